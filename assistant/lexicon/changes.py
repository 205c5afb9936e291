"""The words a question writes when the document it names is the object of a task, not its scope: the verbs
of changing, drafting or carrying out a document ("sửa đổi Quy chế ...", "triển khai Kế hoạch ...") and the
nouns naming a draft ("dự thảo", "bản dự thảo"). One list each, ``phrases.json`` document_change_verbs and
draft_nouns (newcomer trial 47 q01)."""

from __future__ import annotations

import re
from functools import cache

from assistant.lexicon.phrases import _data
from assistant.text import fold


@cache
def change_verbs() -> tuple[str, ...]:
    """The folded verbs of changing, drafting or carrying out a document ("sua doi", "trien khai"), longest
    first (``phrases.json`` document_change_verbs)."""
    words = {fold(w) for w in _data()["document_change_verbs"]["words"]}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def draft_nouns() -> frozenset[str]:
    """The folded nouns naming a draft of what follows them ("du thao", "ban du thao"; ``phrases.json``
    draft_nouns), with pyvi's joined spelling too ("du_thao")."""
    words = {fold(w) for w in _data()["draft_nouns"]["words"]}
    return frozenset(words | {w.replace(" ", "_") for w in words})


@cache
def _changed_before_re() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in change_verbs())
    # "sửa đổi, bổ sung Quy chế", "rà soát lại Quy chế", "việc triển khai Kế hoạch"
    return re.compile(rf"\b(?:{verbs})(?:\s+lai)?(?:\s+viec)?\s*$")


def changed_before(folded_before: str) -> bool:
    """Does the folded text before a document's name end with a verb of changing, drafting or carrying it out
    ("... phải trình dự thảo sửa đổi " + "Quy chế Quỹ ...")? Then the document named is what the task acts on;
    the task is set elsewhere (a notice assigning it), so the name does not make it the only document read.
    ``folded_before``: folded text (``text.fold``), any length."""
    return _changed_before_re().search(folded_before) is not None
