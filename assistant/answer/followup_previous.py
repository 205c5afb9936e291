"""What a follow-up carries from the previous question (``answer.followup``, resolved before retrieval):
its actor as written, its task (a duties question's topic, the question without its ask or a follow-up's
ask without its "done" frame), the phrase or label naming its document, the topic words of a follow-up,
and the organisation finder kept off identifiers (a document number's issuer code names no body)."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.terms import content_tokens
from assistant.lexicon.levels import unit_alternation
from assistant.query import QueryInfo
from assistant.text import find_doc_numbers, fold

# (org_id, start, end) mentions of organisations in a text.
OrgFinder = Callable[[str], list[tuple[str, int, int]]]


# How a question asks for a body's duties on a topic ("có nhiệm vụ gì về", "phải làm gì trong", "được giao
# việc gì đối với"), folded; "phải làm gì theo Kết luận 62" names a document, no topic.
_DUTY_FRAME_RE = re.compile(
    r"\s+(?:(?:phai|can|duoc giao|duoc|co|se)\s+)?(?:nhung\s+)?"
    r"(?:nhiem vu|trach nhiem|cong viec|viec|lam)\s+gi\s+(?:ve|trong|doi voi)\s+(?=\S)"
)


def duty_task(question: str) -> str | None:
    """A duties question on a topic read as that task ("Văn phòng Hội ... có nhiệm vụ gì về quyết toán kinh
    phí vườn rau?" -> "Văn phòng Hội ... quyết toán kinh phí vườn rau"): what a follow-up asking another
    fact ("Hạn chót là khi nào?") asks it of; None for another question."""
    folded = fold(question)
    m = _DUTY_FRAME_RE.search(folded) if len(folded) == len(question) else None
    if m is None or m.start() == 0:
        return None
    return f"{question[: m.start()]} {question[m.end() :]}".rstrip(" ?")


# A follow-up's words saying a task is to be done ("phải hoàn thành", "phải xong"), folded: the task carried
# from the previous question is the act asked, these words only frame it.
_DONE_RE = re.compile(r"\b(?:(?:phai|can|se)\s+)?(?:hoan thanh|xong)\b\s*")


def without_frame(ask: str) -> str:
    """The follow-up's ask without the words framing the task as done ("Khi nào phải hoàn thành" ->
    "Khi nào"); the ask unchanged when nothing else would be left."""
    folded = fold(ask)
    if len(folded) != len(ask):
        return ask
    kept = ask
    for m in reversed(list(_DONE_RE.finditer(folded))):
        kept = kept[: m.start()] + kept[m.end() :]
    kept = re.sub(r"\s+", " ", kept).strip(" ,")
    return kept if re.search(r"\w", kept) else ask


def actor_phrase(question: str, info: QueryInfo, finder: OrgFinder) -> str | None:
    """The actor of a question as written, from the first body it asks about (by the shape of its name or
    the registry's) to the end of the organisation that goes on it ("Văn phòng Hội phụ nữ huyện Đông Lâm",
    "Ban Kinh tế - Xã hội của Hội Nông dân huyện Yên Thịnh", "Ban Tổ chức của Hội Nông dân huyện ...");
    None when it names none."""
    spans = [(question.find(b), question.find(b) + len(b)) for b in info.subject_bodies if b in question]
    spans += [(a, b) for org, a, b in finder(question) if org in set(info.subject_orgs)]
    if not spans:
        return None
    start, end = min(spans)
    for a, b in sorted([*spans, *((a, b) for _, a, b in finder(question))]):
        if start <= a <= end or re.fullmatch(r"\s+(?:của\s+)?", question[end:a]):
            end = max(end, b)
    if LEVEL_END_RE.search(fold(question[:end])):
        # the place after its level ("... huyện" + "Tân Hòa"): the capitalised words that follow
        while (m := re.match(r"\s+([^\s?,.;:()]+)", question[end:])) and m.group(1)[:1].isupper():
            end += m.end()
    return question[start:end]


PLURAL_BEFORE_RE = re.compile(r"\b(?:các|những)\s+$", re.IGNORECASE)
LEVEL_END_RE = re.compile(rf"\b(?:{unit_alternation()})$")


# What a question ends by asking ("... trước ngày nào?", "... cho ai?", "... bao lâu một lần?"), folded: the
# previous question's own ask, dropped when a follow-up asks another fact of its task.
_ASKED_TAIL_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:truoc|vao|den|trong|tu)\s+)?(?:ngay nao|thoi diem nao|thoi gian nao|khi nao|luc nao|"
    r"bao gio|bao lau(?: mot lan)?|may lan|cho ai|cho co quan nao|ve dau|cho don vi nao|la gi|o dau|may gio|"
    r"bao nhieu(?: \w+)?|la ai|nhu the nao|ra sao)\s*\??\s*$"
)


def without_asked(question: str) -> str:
    """The question without the fact it ends by asking ("Hội Nông dân xã phải báo cáo kết quả hằng quý
    trước ngày nào?" -> "Hội Nông dân xã phải báo cáo kết quả hằng quý"), so that a follow-up's own ask
    ("gửi cho ai?") is the one read; the question less its "?" when it ends otherwise."""
    folded = fold(question)
    m = _ASKED_TAIL_RE.search(folded) if len(folded) == len(question) else None
    return question[: m.start()].rstrip(" ,?") if m and m.start() > 0 else question.rstrip(" ?")


# Verbs handing on a task's product (folded): sending, submitting, passing on.
HANDING_ON = frozenset("gui nop trinh chuyen".split())


# Words that ask which fact of a task (its lead, partner, time, place, signer), not which task; "xong",
# "hoàn thành" ask when a task is done ("Phải xong trước ngày nào?", "Khi nào phải hoàn thành?"), "thực hiện"
# (carry out, any task's verb) when or by whom it is done ("Thời hạn thực hiện là khi nào?": trial 48 f1).
_FACT_WORDS = frozenset(
    "don vi co quan ben ban nganh phoi hop chu tri phu trach chiu trach nhiem thoi han chot gian dia diem "
    "ngay gio luc nao dau ky ten nguoi ai la gi bao nhieu may xong hoan thanh tien thuc hien".split()
)


def topic_words(text: str) -> list[str]:
    """The words of a follow-up that name a topic of its own ("tổng kết" in "tổng kết thì vào lúc nào"),
    the fact words (``_FACT_WORDS``) and question words aside."""
    return [w for w in content_tokens(text) if w not in _FACT_WORDS]


_DOC_PHRASE = re.compile(
    r"\b(theo|của|trong|tại)\s+(thông báo kết luận|kết luận|thông báo|kế hoạch|nghị quyết|chỉ thị|quy định)\b"
    r"[^?]*?(?=\s+(là|thì|có|phải|được|cần|do|giao)\b|\s*[?,;]|$)",
    re.IGNORECASE,
)


def doc_phrase(prev: str) -> str | None:
    """The words naming the document in a question ("theo Kết luận giai đoạn 2021-2025"), up to the clause's
    end: "Trong kế hoạch hội thao của Hội CCB xã X, ai chủ trì ...?" names "trong kế hoạch hội thao của Hội
    CCB xã X", not what it asks."""
    m = _DOC_PHRASE.search(prev)
    if not m:
        return None
    phrase = m.group(0).strip()
    return phrase[:1].lower() + phrase[1:]


def doc_label_of(prev: str, previous_doc: Callable[[str], str | None] | None) -> str | None:
    numbers = find_doc_numbers(prev)
    if numbers:
        return _doc_word(prev, numbers[0][1]) + numbers[0][0]
    return previous_doc(prev) if previous_doc else None


def _doc_word(text: str, at: int) -> str:
    """The document type written just before a number ("Kết luận số 62-KL/TW" -> "Kết luận ")."""
    m = re.search(
        r"(kết luận|thông báo kết luận|thông báo|kế hoạch|nghị quyết|chỉ thị)\s+(số\s+)?$", text[:at], re.I
    )
    return m.group(0) if m else "văn bản "


# An identifier written in a question: a document number ("86-TB/HU", "12-NQ/HU"), a code with a number and
# a "/" or "-" in it, an e-mail address. Never a body's name, whatever letters it holds ("HU" is no Huyện ủy
# there); "xã/phường" (no number) is words, not a code.
_IDENTIFIER_RE = re.compile(r"[^\s,;:?()]*(?:\d[^\s,;:?()]*[/-]|[/-][^\s,;:?()]*\d|@)[^\s,;:?()]*")


def _identifier_spans(text: str) -> list[tuple[int, int]]:
    return [(a, b) for _, a, b in find_doc_numbers(text)] + [m.span() for m in _IDENTIFIER_RE.finditer(text)]


def outside_identifiers(finder: OrgFinder) -> OrgFinder:
    """``finder`` without the mentions inside an identifier: "Còn Hội Nông dân huyện thì sao?" after
    "Thông báo kết luận 86-TB/HU giao Hội Cựu chiến binh huyện ...?" swaps the veterans' association, not the
    "HU" of the document's number (trial 31 q49)."""

    def find(text: str) -> list[tuple[str, int, int]]:
        spans = _identifier_spans(text)
        return [(org, a, b) for org, a, b in finder(text) if not any(a < e and s < b for s, e in spans)]

    return find
