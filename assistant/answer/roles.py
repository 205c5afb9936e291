"""The member a setting-up decision gives the post asked ("Ai làm tổ trưởng Tổ tiếp công dân ...?"): its list
of members writes each post last in the member's item ("1. Bà Khúc Thị Hòa - Phó Chủ tịch ... - Tổ
trưởng."); the first line names the one member whose item ends with that post (library dev lmqd-01).
"""

from __future__ import annotations

import re

from assistant.answer.figures import FIGURE_MIN_OVERLAP
from assistant.answer.terms import Terms, overlap
from assistant.lexicon.phrases import role_titles
from assistant.models import Citation
from assistant.text import fold, fold_chars

# a list item of a member: "1. Bà Khúc Thị Hòa - ... - Tổ trưởng" (its number, then dash-separated fields)
_ITEM_RE = re.compile(r"(?:^|(?<=\s))\d{1,2}[.)]\s+")
_FIELD_SPLIT_RE = re.compile(r"\s+[-–]\s+")


def asked_role(folded_question: str) -> str | None:
    """The post a (folded) question asks who holds ("ai làm / là / giữ chức tổ trưởng ...?" -> "to
    truong"); None when it asks none of ``lexicon.phrases.role_titles``."""
    for role in role_titles():
        asks = rf"\bai (?:lam|la|giu chuc|duoc cu lam|duoc phan cong lam) {re.escape(role)}\b"
        # the post first: "Phó Trưởng ban (còn lại) là ai?", "Thư ký của Ban là ai?"
        named_first = rf"^(?:con |vay )?{re.escape(role)}\b(?: \w+){{0,4}} (?:la|do) ai\b"
        if re.search(asks, folded_question) or re.search(named_first, folded_question):
            return role
    return None


def writes_role(role: str, text: str) -> bool:
    """Whether ``text`` writes the folded post ``role`` (``asked_role``), its everyday short form read as
    written in full too ("phó đoàn" as "phó trưởng đoàn", "phó ban" as "phó trưởng ban")."""
    folded = fold(text)
    forms = {role, re.sub(r"^pho (?!truong\b)", "pho truong ", role)}
    return any(re.search(rf"\b{re.escape(f)}\b", folded) for f in forms)


# "Đồng chí Phan Văn Bình giữ vị trí gì trong Ban ...?", "Bà X là gì trong Tổ ...?": the post of a person
# named after an honorific (folded), the name being the words up to the verb asking the post
_PERSON_POST_RE = re.compile(
    r"\b(?:dong chi|ong|ba|anh|chi) ((?:\w+ ){1,4}?)"
    r"(?:(?:giu|dam nhan|dam nhiem|co|la|duoc phan cong|duoc giao) "
    r"(?:vi tri|chuc vu|chuc danh|vai tro|cuong vi) (?:gi|nao)|la gi trong|giu chuc gi)\b"
)


def asked_person(folded_question: str) -> str | None:
    """The folded name of the person whose post a question asks ("đồng chí Phan Văn Bình giữ vị trí gì ...?"
    -> "phan van binh"), or None."""
    m = _PERSON_POST_RE.search(folded_question)
    return m.group(1).strip() if m else None


def _member_items(text: str) -> list[list[str]]:
    """The dash-separated fields of each numbered member item of a list ("1. Bà X - Phó Chủ tịch ... - Tổ
    trưởng." -> ["Bà X", "Phó Chủ tịch ...", "Tổ trưởng"])."""
    marks = list(_ITEM_RE.finditer(text))
    items = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        fields = _FIELD_SPLIT_RE.split(text[m.end() : end].strip().rstrip(".;, "))
        # "1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban: Phụ trách chung, ...": the post is written
        # before the colon that opens the member's duties (library3 dev l3-mttq-31)
        duties = next((j for j in range(1, len(fields)) if ":" in fields[j]), None)
        if duties is not None:
            fields = [*fields[:duties], fields[duties].split(":", 1)[0].strip()]
        items.append(fields)
    return items


# A post written as a field label and who holds it, in a list of a delegation's members: "+ Trưởng đoàn: Đại
# diện Ban Thường trực Ủy ban MTTQ Việt Nam phường + Thành viên đoàn: ..." (library3 dev l3-mttq-21): the
# holder runs to the next list mark, ";" or the sentence's end.
_HOLDER_END_RE = re.compile(r"\s+[+\-–•]\s|;|\.(?:\s|$)|$")


def _labelled_holders(text: str, role: str) -> list[str]:
    """Who each field labelled with the folded post ``role`` names ("Trưởng đoàn: X" or "Trưởng đoàn là X"
    -> "X"), as written."""
    folded = fold_chars(text).lower()
    out = []
    # "Trưởng đoàn: X" and "Trưởng đoàn là X" (a post filled by another post: "Trưởng đoàn là đại diện
    # Lãnh đạo Ban Thường trực UBMTTQ xã"; library4 dev l4-mttq-20)
    for m in re.finditer(rf"(?<!\w){re.escape(role)}\s*(?::|\s+la\b)\s*", folded):
        before = folded[: m.start()].rstrip()
        if before and before[-1] not in "+-–•:;." and not before.endswith("\n"):
            continue  # "Phó Trưởng đoàn:" holds "trưởng đoàn:" inside another post
        end = _HOLDER_END_RE.search(text, m.end())
        holder = text[m.end() : end.start() if end else len(text)].strip(" ,")
        if m.group(0).rstrip().endswith("la") and re.match(r"(?:nguoi|ai|chuc|vi tri)\b", fold(holder)):
            continue  # "Trưởng đoàn là người đứng đầu ...": what the post is, not who holds it
        if holder:
            out.append(holder)
    return out


def _is_post(field: str) -> bool:
    """Whether a member item's field is a post of the body set up (it opens with one of
    ``lexicon.phrases.role_titles``: "Ủy viên kiêm Thư ký", "Phó Trưởng ban Thường trực")."""
    folded = fold(field).strip()
    return any(folded == r or folded.startswith(r + " ") for r in role_titles())


def person_post_lead(
    folded_question: str, terms: Terms, cited: Citation, reading: str | None, about: str = ""
) -> list[str]:
    """``["Phan Văn Bình: Ủy viên kiêm Thư ký [1]"]``: the post the first quote's member list gives the person
    the question names (``asked_person``), its item's last field when that field is a post (``_is_post``).
    [] when no such question, when no item or two items name the person, or when the quote (with its
    section and ``about``) covers less than ``figures.FIGURE_MIN_OVERLAP`` of the question."""
    name = asked_person(folded_question)
    if name is None:
        return []
    text = reading or cited.quote
    if overlap(terms, f"{cited.section or ''} {text} {about}") < FIGURE_MIN_OVERLAP:
        return []
    found = [
        fields
        for fields in _member_items(text)
        if len(fields) >= 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", fold(fields[0]))
    ]
    if len(found) != 1 or not _is_post(found[0][-1]):
        return []
    fields = found[0]
    at = fold_chars(fields[0]).lower().find(name)
    person = fields[0][at : at + len(name)]
    return [f"{person}: {fields[-1].strip()} [{cited.n}]"]


def role_lead(
    folded_question: str, terms: Terms, cited: Citation, reading: str | None, language: str, about: str = ""
) -> list[str]:
    """``["Tổ trưởng: Bà Khúc Thị Hòa [1]"]``: the one member of the first quote's list whose item's last
    field is the post asked (``asked_role``), as written, with the members holding a qualified form of that
    post beside it ("Phó Trưởng ban: X; Phó Trưởng ban Thường trực: Y": both are deputies, the line naming
    one alone would leave the other out). [] when the question asks no post, when no item or two items end
    with it, or when the quote read with its section and the document's subject line (``about``) covers less
    than ``figures.FIGURE_MIN_OVERLAP`` of the question (another team's list). A question asking no post
    may ask a named person's post (``person_post_lead``)."""
    role = asked_role(folded_question)
    if role is None:
        return person_post_lead(folded_question, terms, cited, reading, about)
    text = reading or cited.quote
    if overlap(terms, f"{cited.section or ''} {text} {about}") < FIGURE_MIN_OVERLAP:
        return []
    found: list[tuple[str, str]] = []
    qualified: list[tuple[str, str]] = []
    for fields in _member_items(text):
        post = fold(fields[-1]).strip()
        if len(fields) >= 2 and post == role:
            found.append((fields[0].strip(), fields[-1].strip()))
        elif len(fields) >= 2 and post.startswith(role + " "):
            qualified.append((fields[0].strip(), fields[-1].strip()))
    if not found and not qualified:
        # no member list: "+ Trưởng đoàn: <who>", the post as a field label (``_labelled_holders``)
        holders = list(dict.fromkeys(_labelled_holders(text, role)))
        if len(holders) != 1:
            return []
        return [f"{role_titles_written(text, role)}: {holders[0]} [{cited.n}]"]
    if len({f for f, _ in found}) != 1:
        return []
    held = "; ".join(f"{post[:1].upper()}{post[1:]}: {person}" for person, post in [found[0], *qualified])
    return [f"{held} [{cited.n}]"]


def role_titles_written(text: str, role: str) -> str:
    """The post ``role`` (folded) as ``text`` writes it ("Trưởng đoàn"), its first letter capitalised; the
    folded form when the text does not write it."""
    at = fold_chars(text).lower().find(role)
    written = text[at : at + len(role)] if at >= 0 else role
    return written[:1].upper() + written[1:]


def later_holder(
    folded_question: str,
    terms: Terms,
    citations: list[Citation],
    shown: str,
    readings: dict[int, str],
    about: str = "",
) -> tuple[int, str] | None:
    """(number, ``role_lead`` line) of the first citation after the first, of the first's document and
    shown in the answer body ``shown``, whose quote gives the post asked (``asked_role``) its one holder;
    None when the question asks no post or no such quote does."""
    if asked_role(folded_question) is None or not citations:
        return None
    for c in citations[1:]:
        if c.doc.doc_id != citations[0].doc.doc_id or f"[{c.n}]" not in shown:
            continue
        got = role_lead(folded_question, terms, c, readings.get(c.n), "vi", about)
        if got:
            return c.n, got[0]
    return None
