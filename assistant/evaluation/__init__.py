"""Evaluation: retrieval metrics against naive baselines, answer metrics, external question sets.

- ``retrieval``: the question set, the relevance rule (gold file + verbatim evidence) and recall/MRR.
- ``baseline``: LangChain 1000/200 chunks with e5 + FAISS flat, and bm25s over the same chunks.
- ``answers``: citation, key-phrase and abstention metrics of ``Assistant.ask``; threshold calibration.
- ``external``: ALQAC 2024 (article level) and the Hanoi party handbook (page level), read in place.
- ``runner`` / ``report``: one run over the sample corpus and its console tables.
"""
