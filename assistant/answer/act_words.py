"""Act words: how an asked action and a duty clause's words are matched (folded, whole words).

Part of the answer step, below ``clause_facts`` and the checks: what a duty is matched on
(``clause_words``); whether a text writes an action, with its object or by a verb for the same act
(``writes``, ``documents_write_action``, ``acts``); the asked action as the facts check it
(``action_phrase``); and a task's words without the bodies it names (``words_without_bodies``,
``task_terms``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.terms import Terms
from assistant.lexicon.phrases import action_variants, paraphrase_pairs, verb_pattern
from assistant.lexicon.words import registry
from assistant.models import Obligation
from assistant.query import analyze
from assistant.text import fold, has_diacritics, nfc


def task_terms(terms: Terms, question: str) -> Terms:
    """The question's terms less the words naming its bodies (the registry's, and those named by the shape of
    their names): what tells one of a body's tasks from another; "Văn phòng Hội phụ nữ huyện" tells none
    ("3. Văn phòng Hội ... lập dự toán, trình Thường trực Hội ... và báo cáo quyết toán ...")."""
    if not question:
        return terms
    asked = set(re.findall(r"[a-z0-9]+", fold(question)))
    named = {w for b in analyze(question).bodies for w in re.findall(r"[a-z0-9]+", fold(b))}
    return terms.without((asked - words_without_bodies(question)) | named)


def words_without_bodies(text: str, names: list[str] | None = None) -> set[str]:
    """The folded words of ``text`` less the bodies it names (the registry's, and ``names``): what a task
    is, whoever does it or receives it."""
    folded = fold(text)
    for m in registry().find_in(text, caps_only=False):
        folded = folded.replace(fold(text[m.start : m.end]), " ")
    for n in names or []:
        folded = folded.replace(fold(n), " ")
    return set(re.findall(r"[a-z0-9]+", folded))


def acts(text: str, action: str, question: str) -> bool:
    """Does ``text`` write the asked action (``writes`` with its variants), its verb with the diacritics
    the question gives it?"""
    return writes(text, action, True) and _verb_as_asked(text, action, question)


def _verb_as_asked(text: str, action: str, question: str) -> bool:
    """Whether ``text`` writes the action's verb with the diacritics the question gives it, when both have
    them: folded, "họp" (meet) is the "hợp" of "phối hợp". True when either is typed without them."""
    written = _asked_surface(action.split(" + ")[0], question)
    if written is None or not has_diacritics(text):
        return True
    return written.search(nfc(text).lower()) is not None


@lru_cache(maxsize=256)
def _asked_surface(verb: str, question: str) -> re.Pattern[str] | None:
    """The pattern of the folded ``verb`` as the question writes it, with its diacritics; None when the
    question does not write it with them."""
    words = re.findall(r"\w+", nfc(question).lower())
    n = len(verb.split())
    spans = (" ".join(words[i : i + n]) for i in range(len(words)))
    surface = next((w for w in spans if fold(w) == verb), None)
    if surface is None or not has_diacritics(surface):
        return None
    return re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)")


# The roles a table row's columns give it, in the words a question asks them by ("ai chủ trì ...?"): the
# row's text is the document's cells, its column names are its table's header line.
_ROLE_WORDS = (("lead", "chủ trì"), ("coordinators", "phối hợp"), ("responsible", "thực hiện"))


def clause_words(ob: Obligation) -> str:
    """What a duty is matched on: its task and its text; a table row's with the roles its columns fill."""
    if ob.source != "table":
        return f"{ob.task} {ob.text}"
    roles = [w for attr, w in _ROLE_WORDS if getattr(ob, attr)]
    if ob.deadline:
        roles.append("thời gian")
    return " ".join([ob.task, ob.text, *roles])


def writes(text: str, phrase: str, variants: bool = False) -> bool:
    """Does ``text`` write ``phrase`` (an action or a body's name) as whole words, diacritics aside? An
    action with its object ("gửi + danh sách", see ``action_phrase``) is written when both parts are; one
    whose object is itself a verb for the act ("gửi + báo cáo") when the object is. ``variants``: the verb
    of an action with its object by any verb written for the same act ("nộp + hồ sơ" / "gửi hồ sơ";
    ``action_variants``)."""
    folded = fold(text)

    def has(word: str) -> bool:
        return verb_pattern(word).search(folded) is not None

    verb, *rest = [fold(p) for p in phrase.split(" + ")]
    if len(rest) == 1 and rest[0] in action_variants(verb)[1:]:
        return has(rest[0])  # "gửi + báo cáo": the paper names the act ("báo cáo kết quả ... trước ...")
    # only beside the object it acts on: "báo cáo" alone is not every "gửi" ("gửi kế hoạch về ...")
    verbs = action_variants(verb) if variants and rest else (verb,)
    return any(has(v) for v in verbs) and all(has(p) for p in rest)


def documents_write_action(folded_texts: list[str], action: str) -> bool:
    """Whether any of the (folded) document texts writes the asked action or a verb for the same act
    (``lexicon/phrases.json`` action_variants: "gửi" / "báo cáo" / "nộp"). A document the question names
    that never does sets no time for it: its dates are other actions'."""
    variants = [verb_pattern(v) for v in action_variants(action)]
    return any(rx.search(t) for rx in variants for t in folded_texts)


def action_phrase(action: str | None, obj: str | None) -> str | None:
    """The asked action as the facts check it: the verb, with its object when the question names one
    ("gui + danh sach"): a clause that sends another thing ("gửi báo cáo ...") does not set its time."""
    if not action:
        return None
    return f"{action} + {obj}" if obj else action


def object_wordings(obj: str, question: str) -> list[str]:
    """The asked object (folded) with the directive wordings of the everyday word the question writes for
    it (``lexicon/phrases.json`` question_paraphrases, matched with diacritics in the question: "dự toán
    tiền khen thưởng" -> ["tien", "kinh phi"]; library6 dev l6-party-06, "lập dự trù kinh phí khen
    thưởng"), folded, the object first. A folded word the question does not write with the pair's
    diacritics ("tiến") gets no wordings."""
    said = nfc(question).lower()
    extra = [
        fold(w)
        for word, wordings in paraphrase_pairs().items()
        if fold(word) == obj and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", said)
        for w in wordings
    ]
    return list(dict.fromkeys([obj, *extra]))
