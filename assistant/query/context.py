"""Re-reading a question's analysis with what its context adds (after ``query.analyze``, before
retrieval): the previous question's document a follow-up carries, an organisation filter's bodies, and the
loaded documents' signers the question names. Each returns a new ``QueryInfo``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant import text as vt
from assistant.lexicon.words import registry, search_names
from assistant.query import QueryInfo
from assistant.query.intents import detect_intent


def with_carried_document(info: QueryInfo, label: str | None) -> QueryInfo:
    """The analysis of a follow-up resolved by carrying the previous question's document ("Còn đoàn viên
    bỏ sinh hoạt mấy tháng thì bị xóa tên (Điều lệ Đoàn ...)?"): the label's words that the question does
    not write elsewhere only name that document, like a description's (``description_words``), so they
    find it but do not rank its passages, and a body it names is not the question's actor. Returns a new
    ``QueryInfo`` (unchanged without a label)."""
    from dataclasses import replace

    if not label:
        return info
    folded = vt.fold(info.question)
    label_folded = vt.fold(label)
    at = folded.find(label_folded)
    rest = folded[:at] + " " + folded[at + len(label_folded) :] if at >= 0 else folded
    words = set(re.findall(r"[a-z0-9]+", label_folded)) - set(re.findall(r"[a-z0-9]+", rest))
    # a body named only inside the label ("Điều lệ Hội Cựu chiến binh ...") is the document's, not the actor
    mentions = registry().find_names(vt.normalize_cased(rest), caps_only=False, english=True)
    outside = {m.org_id for m in mentions}
    return replace(
        info,
        carried_doc=label,
        description_words=info.description_words | words,
        subject_orgs=[o for o in info.subject_orgs if o in outside],
        subject_bodies=[b for b in info.subject_bodies if vt.fold(b) in rest],
    )


def with_subject_orgs(info: QueryInfo, org_ids: list[str]) -> QueryInfo:
    """The analysis of a question asked under an organisation filter that names no body itself
    ("Phải làm gì và hạn khi nào?" with the filter "HLHPN"): the filter's bodies become the question's
    actors, and the question's kind is decided again with them (some kinds need a body). Returns a new
    ``QueryInfo``; a question naming its own bodies is returned unchanged."""
    from dataclasses import replace

    if not org_ids or info.orgs or info.bodies:
        return info
    reg = registry()
    known = [o for o in org_ids if o in reg.orgs]
    if not known:
        return info
    terms = list(info.org_terms)
    for o in known:
        terms.extend(search_names(reg.orgs[o]))
    return replace(
        info,
        orgs=list(known),
        subject_orgs=list(known),
        org_terms=list(dict.fromkeys(terms)),
        intent=detect_intent(info.question, known) or info.intent,
    )


def named_signer(question: str, signers: Iterable[str]) -> str | None:
    """The person of ``signers`` (names of the loaded documents' signers and cosigners, as written) whose
    name ``question`` writes, compared folded ("Hoang Thi Men", "Đồng chí Hoàng Thị Mến"); of names folding
    alike, the one written with the question's marks; of names inside one another, the longest; None when
    it names none. A name is two words at least."""
    folded = vt.fold(question)
    lowered = vt.normalize(question).lower()
    found = [
        n
        for n in signers
        if len(n.split()) >= 2 and re.search(rf"(?<!\w){re.escape(vt.fold(n))}(?!\w)", folded)
    ]
    if not found:
        return None
    exact = [n for n in found if vt.normalize(n).lower() in lowered]
    return max(exact or found, key=lambda n: (len(n), n))


def with_signer(info: QueryInfo, signers: Iterable[str]) -> QueryInfo:
    """The analysis of a question naming a person who signs loaded documents (``signers``: their names):
    the person in ``signer``, and the kind of question read again with the rows that need one ("Hoàng Thị
    Mến ký văn bản nào?": the documents that person signs). Returns a new ``QueryInfo`` (unchanged when
    the question names no signer)."""
    from dataclasses import replace

    name = named_signer(info.question, signers)
    if name is None:
        return info
    intent = detect_intent(info.question, info.orgs or info.bodies, signer=True)
    return replace(info, signer=name, intent="signed" if intent == "signed" else info.intent)
