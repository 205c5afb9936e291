"""Evaluation: retrieval metrics against naive baselines, answer metrics, external question sets.

- ``retrieval``: the question set, the relevance rule (gold file + verbatim evidence) and recall/MRR.
- ``baseline``: LangChain 1000/200 chunks with e5 + FAISS flat, and bm25s over the same chunks.
- ``answers``: citation, key-phrase, headline-fact and abstention metrics of ``Assistant.ask``.
- ``sets``: the question sets, their fixed dev/test halves, the verbatim and no-copying rules, headlines.
- ``library``: the library (samples + ``../shared``) indexed together into ``indexes/library``.
- ``suite``: one run over the sets, scored per half; ``ablate``: each named ranking preference off in turn.
- ``external``: ALQAC 2024 (article level) and the Hanoi party handbook (page level), read in place.
- ``runner`` / ``report``: corpus helpers and the console tables.
"""
