"""The paper a question asks about when it names a draft: "trình dự thảo sửa đổi Quy chế ..." asks about the
Quy chế's revision, which the directive assigning it writes without the word "dự thảo" ("rà soát, sửa đổi
Quy chế ...; trình Ban Thường vụ ... chậm nhất ngày ..."; newcomer trial 47 q01). Read over pyvi's words
(``query.actions``)."""

from __future__ import annotations

from assistant import text as vt
from assistant.lexicon.changes import change_verbs, draft_nouns
from assistant.lexicon.words import type_names

# Words between a draft noun's verbs of change ("sửa đổi, bổ sung"), pyvi's folded words.
_JOINERS = frozenset({",", "va", "hoac", "lai"})


def nxt_draft(words: list[str], i: int) -> bool:
    """Is the word after ``i`` a draft noun ("bản" + "dự_thảo")? ``words``: pyvi's words of the question."""
    return i + 1 < len(words) and vt.fold(words[i + 1]) in draft_nouns()


def drafted_object(words: list[str], tags: list[str], i: int) -> str:
    """The folded paper a draft noun at ``i`` is the draft of ("dự_thảo sửa_đổi , bổ_sung Quy_chế ..." ->
    "quy che", "bản dự_thảo báo_cáo chính_trị" -> "bao cao"): past the draft nouns and the verbs of
    changing or drafting (``lexicon.changes``), a document type, whatever its case, or a common noun in
    lower case. The draft noun itself ("du thao") when nothing follows that is one. ``words`` and ``tags``:
    pyvi's words and part-of-speech tags of the question, one each."""
    j = i + 1
    while j < len(words) and vt.fold(words[j]) in draft_nouns():
        j += 1
    changes = {v.replace(" ", "_") for v in change_verbs()}
    while j < len(words) and (vt.fold(words[j]) in changes or vt.fold(words[j]) in _JOINERS):
        j += 1
    own = vt.fold(words[i + 1] if vt.fold(words[i]) not in draft_nouns() else words[i]).replace("_", " ")
    if j >= len(words):
        return own
    name = vt.fold(words[j]).replace("_", " ")
    if name in type_names():
        return name
    if tags[j] == "N" and words[j][:1].islower() and any(ch.isalpha() for ch in words[j]):
        return name
    return own
