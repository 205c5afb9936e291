"""The phrasings of a "who does it" question, for the question kinds' table (``query.intents``, its "lead"
row) and for the answer (``asks_doer``): "ai" or "<kind of body> nào" before an act of ``lexicon.asks``, or
the agent of a passive ("do ai ..."). One place for every phrasing, built from the lexicon's words.
"""

from __future__ import annotations

import re

from assistant import text as vt
from assistant.lexicon.asks import asking_nouns, english_lead_verbs, lead_verbs, specific_acts

# Who does a task, however a cadre asks it: "ai" or "<kind of body> nào" as the subject of an act whose doer
# is asked ("Ai lo tiền ...?", "Ở xã X, bên nào mời ...?", "Trường nào lo phần ...?"), or the agent of a
# passive ("Kinh phí do ai chi trả?", "do đơn vị nào bảo đảm?"). The acts and the kinds of body are
# ``lexicon.asks``; a "<body> nào" is read only as the subject (the question's start, after a comma or "do"):
# "tổ chức ở trường nào?" asks a place.
# English kinds of body asked ("which ministry", "which department") and the verbs that give one a task
_EN_BODIES = (
    r"(?:body|agency|organi[sz]ation|board|unit|office|department|ministry|ministries|committee|authority"
    r"|bodies|agencies|units|offices|departments|committees|authorities)"
)
_EN_ASSIGNS = (
    r"(?:task|tasked|assign|assigned|ask|asked|charge|charged|instruct|instructed|direct|directed"
    r"|entrust|entrusted|request|requested|give|gave|given)"
)
_BEFORE_ACT = r"(?:(?:se|phai|can|duoc giao|co trach nhiem|la (?:nguoi|ben|don vi|co quan)|dung ra) )*"
LEAD_ASKS = (
    rf"\bai {_BEFORE_ACT}(?:{lead_verbs()})\b",
    # ("phòng nào của Sở GDĐT đứng đầu việc ...": the body asked among a body's units, its owner after "của /
    # thuộc")
    rf"(?:^|[,:;]\s*|\bdo |\bthi )(?:cac |nhung )?(?:{asking_nouns()}) nao "
    rf"(?:(?:cua|thuoc) [^,;?]{{1,60}}? )?"
    rf"{_BEFORE_ACT}(?:{lead_verbs()})\b",
    # the agent of a passive, mid-sentence ("... do ai chi trả?"; "Do AI ...?" opening a question is English)
    rf"(?<=\w )do (?:ai|(?:cac |nhung )?(?:{asking_nouns()}) nao)\b",
    rf"\b(?:who|which (?:body|agency|organi[sz]ation|board|school|unit|office|department|side|party)) "
    rf"(?:will |must |should |is to |has to )?(?:{english_lead_verbs()})\b",
    # the body given a task, asked after the assigning verb ("Thủ tướng giao bộ nào nghiên cứu ...?", "giao
    # cho đơn vị nào ...?") or in English around it ("Which ministry did the Prime Minister task with ...?",
    # "Which department was assigned to ...?"): the body a "giao X ..." clause names (library2 l2-rw-32)
    rf"\bgiao (?:cho )?(?:ai|(?:cac |nhung )?(?:{asking_nouns()}) nao)\b",
    rf"\b(?:who|which {_EN_BODIES}) (?:did|does|do|will|has|have|had) [^?]{{1,80}}? {_EN_ASSIGNS}\b",
    rf"\b(?:who|which {_EN_BODIES}) (?:is|was|are|were|has been|had been|will be) {_EN_ASSIGNS}\b",
)

_LEAD_ASK_RES = tuple(re.compile(a) for a in LEAD_ASKS)
# a question naming the lead role itself ("chủ trì", "phụ trách", "in charge") asks for the clause's lead
_LEAD_ROLE_RE = re.compile(
    r"\b(?:chu tri|phu trach|dung dau (?:viec|cong tac|nhiem vu)|lead|leads|in charge)\b"
)


def asks_doer(question: str) -> bool:
    """Whether a "who" question asks who does a task rather than who leads it: it asks by one of the acts of
    ``lexicon.asks`` ("Ai lo tiền ...?", "Bên nào mời ...?", "Kinh phí do ai chi trả?") without naming the
    lead role ("chủ trì", "phụ trách"). The body a clause gives the task ("Văn phòng Huyện ủy bảo đảm kinh
    phí") answers it though the clause names no lead; "Ai chủ trì ...?" is answered only by a lead."""
    q = vt.fold(question)
    return any(rx.search(q) for rx in _LEAD_ASK_RES) and not _LEAD_ROLE_RE.search(q)


# Who coordinates a task: "Ai phối hợp với X ...?", "Đơn vị nào phối hợp ...?", "X phối hợp với ai / những
# đơn vị nào?", "Who coordinates with X?". The answer is the clause's coordinators ("phối hợp" column or
# "... phối hợp"), never its lead (``asks_coordinator``).
COORDINATOR_ASKS = (
    rf"\b(?:ai|(?:cac |nhung )?(?:{asking_nouns()}) nao) {_BEFORE_ACT}(?:cung )?phoi hop\b",
    rf"\bphoi hop (?:voi )?(?:ai|nhung ai|(?:cac |nhung )?(?:{asking_nouns()}) nao)\b",
    r"\b(?:who|which (?:body|agency|organi[sz]ation|board|unit|office|department)s?) "
    r"(?:will |must |should |is to |are to )?(?:coordinates?|co-?operates?|works? with|supports?)\b",
    r"\b(?:coordinates?|co-?operates?|works?) with whom\b",
)
_COORDINATOR_ASK_RES = tuple(re.compile(a) for a in COORDINATOR_ASKS)


def asks_coordinator(question: str) -> bool:
    """Whether a "who" question asks who coordinates a task (``COORDINATOR_ASKS``: "Ai phối hợp với Đài
    Truyền thanh xã ...?", "X phối hợp với đơn vị nào?") and not who leads it: a question naming the lead
    role or a doer too ("Ai chủ trì, ai phối hợp ...?", "Ai chịu trách nhiệm ..., phối hợp với ai?") asks
    both, which the lead line answers with its coordinators."""
    q = vt.fold(question)
    asked = any(rx.search(q) for rx in _COORDINATOR_ASK_RES)
    return asked and not _LEAD_ROLE_RE.search(q) and not asks_doer(q)


def specific_act(question: str) -> str | None:
    """The act a "who does it" question asks the doer of when it is one of ``lexicon.asks.specific_acts``
    (folded: "Ai chịu trách nhiệm giám sát tiến độ ...?" -> "giam sat", "Ai giám sát việc tiếp nhận hồ sơ?"
    -> "giam sat"): the first such act written after the asking word; None when the question asks none
    (``asks_doer`` false, or a generic act: "Ai lo tiền ...?")."""
    if not asks_doer(question):
        return None
    q = vt.fold(question)
    asking = re.search(r"\b(?:ai|nao)\b", q)
    if asking is None:
        return None
    acts = "|".join(re.escape(a) for a in sorted(specific_acts(), key=len, reverse=True))
    m = re.search(rf"\b(?:{acts})\b", q[asking.end() :])
    return m.group(0) if m else None


# The body a question says assigns the task asked: "<X> giao (cho) ai ...?", "<X> phân công ai / đơn vị nào
# ...?" (folded); X is at most five words before the verb, after the question's last comma or its start.
_ASSIGNER_RE = re.compile(
    r"(?:^|[,:;]\s*)(?:(?:trong|theo|o|tai) [^,;:]*?\s)?(?P<who>(?:\w+ ){1,5}?)(?:da |se )?"
    rf"(?:giao|phan cong|chi dinh|cu)(?: cho)? (?:ai|(?:cac |nhung )?(?:{asking_nouns()}) nao)\b"
)


def assigner(question: str) -> str:
    """The folded name of the body a question says assigns the task ("Ban Thường trực giao cho ai đứng ra
    lo ...?" -> "ban thuong truc"), "" when it names none. That body gives the task; a line naming it as
    the one doing the task answers another clause (library2 dev l2-mttq-18)."""
    m = _ASSIGNER_RE.search(vt.fold(question))
    return m.group("who").strip() if m else ""


# The body a coordinator question asks the partners of, written as the subject before "phối hợp": "Trạm Y tế
# xã phối hợp với đơn vị nào trong Hội thi?", "Trong Hội thi, Đoàn Thanh niên cần phối hợp với những ai?"
# (folded; at most eight words, after the question's start, a comma, "thì" or an opening "trong/khi/theo
# ..." phrase)
_COORDINATING_RE = re.compile(
    r"(?:^|[,:;]\s*|\bthi )(?:(?:trong|theo|khi|o|tai) [^,;:]*?,\s*)?(?P<who>(?:\w+ ){1,8}?)"
    r"(?:(?:se|phai|can|duoc giao|co trach nhiem|da) )*phoi hop (?:voi )?"
    rf"(?:ai|nhung ai|(?:cac |nhung )?(?:{asking_nouns()}) nao)\b"
)


def coordinating_body(question: str) -> str:
    """The folded name of the body whose partners a coordinator question asks ("Trạm Y tế xã phối hợp với
    đơn vị nào ...?" -> "tram y te xa"), "" when the question names none ("Ai phối hợp với Đài Truyền thanh
    xã?", "Đơn vị nào phối hợp ...?"). Its partners are those of its own row or clause only: another body's
    coordinators are not its (newcomer trial 45 u02)."""
    m = _COORDINATING_RE.search(vt.fold(question))
    if m is None:
        return ""
    who = m.group("who").strip()
    return "" if re.search(r"\b(?:ai|nao)\b", who) else who
