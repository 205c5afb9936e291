"""What a question's interrogative asks for, as the label a document writes before that fact.

A plan states its place and time as labelled fields ("Địa điểm: Tại Trường THCS An Thạnh", "Thời gian:
Buổi sáng, ngày 18/4/2026"), and a question asks for them with words the field never repeats ("làm việc ở
đâu?", "đến đâu?", "vào thời gian nào?"). Those question words are stopwords to the lexical side, so
nothing pulled the labelled passage up. ``field_terms`` maps the interrogative to the label words, which
the retriever adds to the lexical query, and ``states_field`` tells a passage that writes the label as a
field ("Địa điểm:", "Thời gian, địa điểm tiếp nhận hồ sơ:"), which the retriever prefers like other
passages that can state the fact asked for (feature ``asked_field``).

The table is about the Vietnamese (and English) question words themselves, folded, never about one
document or one question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.lexicon.levels import unit_alternation
from assistant.query.intents import EN_WHO_LEADS, contact_asked
from assistant.query.reasons import asks_reason, gives_cause
from assistant.text import fold

FIELD_BOOST = 2.0  # a passage writing the asked label; library dev MRR 1.3: .543, 2.0: .550, 3.0: .544

# (folded interrogative pattern, label words documents use for the field it asks about)
ASKED_FIELDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(
            r"\b(o dau|tai dau|den dau|cho nao|noi nao|dia diem nao|dia diem|where"
            rf"|(?:o|tai) (?:dia phuong|dia ban|{unit_alternation()}|thon) nao"
            # "... tổ chức ở hội trường nào / phòng họp nào?": a meeting hall's kind asked (library4
            # l4-party-40); not an office's ("tại phòng nào, trụ sở nào?", where papers are filed:
            # library3 l3-mttq-39)
            r"|(?:o|tai) (?:hoi truong|phong hop|nha van hoa) nao)\b"
        ),
        ("địa điểm",),
    ),
    (
        # "Hội nghị tổ chức ngày nào?": the notice's "Thời gian: ... ngày 22/6" (its "Địa điểm" line shares
        # the question's place words but states no day)
        re.compile(
            r"\b(thoi gian nao|vao luc nao|may gio|gio nao|thoi gian|what time"
            r"|(?:to chuc|hop|dien ra|khai mac|bat dau) (?:vao )?(?:ngay nao|hom nao|khi nao|luc nao|bao gio)"
            # ("When and where will ... hold ...?": an event's time asked beside its place, trial 32 e3)
            r"|what date|which day|when and where|where and when)\b"
            # its English twin: "When does the review conference start?", "When will the Front hold ...?"
            r"|\bwhen\b[^?.]{0,80}?\b(?:held|hold|holds|start|starts|begin|begins|open|opens|take place|"
            r"takes place|organi[sz]ed?)\b"
        ),
        ("thời gian",),
    ),
    # "Ai chủ trì ...?" is answered by an assignment's "Đơn vị chủ trì: ..." / "Cơ quan chủ trì: ..."
    (
        # (not "who leads the <team>?", which asks a post holder: ``intents.EN_WHO_LEADS``)
        re.compile(
            rf"\b((ai|don vi nao|co quan nao|ban nao|to chuc nao) (chu tri|phu trach)|{EN_WHO_LEADS})\b"
        ),
        ("chủ trì", "phụ trách"),
    ),
    (re.compile(r"\b(phoi hop voi ai|ai phoi hop|(don vi|co quan) nao phoi hop)\b"), ("phối hợp",)),
    # "Thủ tục ... gồm những bước nào?": a procedure's steps, written "Bước 1: ...", "Bước 2: ..."
    (re.compile(r"\b(nhung buoc nao|cac buoc|buoc nao|may buoc|which steps|what steps)\b"), ("bước",)),
    # "... diễn ra lúc nào, theo hình thức gì?": the way it is held, written "Hình thức: ..." or under a
    # heading "2. Hình thức" (trial 36 t36-15: "Trực tuyến qua ứng dụng Google meet")
    (re.compile(r"\b(hinh thuc (?:gi|nao|ra sao|the nao)|in what form|what format)\b"), ("hình thức",)),
    # "Kinh phí ... lấy từ đâu?": the source of funds, written "Nguồn kinh phí ..."
    (
        re.compile(r"\b(lay tu dau|lay o dau|tu dau ra|tu nguon nao|nguon nao|what source|funded by)\b"),
        ("nguồn",),
    ),
)


# "Thời gian hoàn thành:" labels a time limit, not the time of an event ("tổ chức ngày nào?")
_NOT_AFTER = {"thoi gian": r"(?!\s+(?:hoan thanh|hoan tat))"}


# A field whose value only sends the reader to another paper ("Thời gian, địa điểm tiếp nhận hồ sơ: Theo
# thông báo số 09/TB-UBBC ngày 15/12/2025 của ...") writes neither the time nor the place it labels: the
# date in it is that paper's, and the passage that writes the period or the place ("Từ ngày ... đến ngày
# ...", "nộp hồ sơ tại Ủy ban bầu cử") answers instead (folded)
_REFERRED_VALUE = (
    r"\s*(?:theo|can cu(?: vao)?|thuc hien|xem)\s+(?:cac\s+|tai\s+)?(?:thong bao|ke hoach|quyet dinh|"
    r"huong dan|cong van|van ban|nghi quyet|chi thi|ket luan|quy dinh|giay moi|lich)\b"
)


def _label_re(label: str) -> re.Pattern[str]:
    word = fold(label)
    after = _NOT_AFTER.get(word, "")
    return re.compile(rf"\b{re.escape(word)}\b{after}[^:\n.;]{{0,40}}:(?!{_REFERRED_VALUE})")


# Where a passage writes a place without a label: "tại huyện Núi Thành", "ở xã Tân Phú" (folded).
_PLACE_PHRASE_RE = re.compile(
    rf"\b(?:tai|o)\s+(?:{unit_alternation()}|thon)\s+[a-z]"
    # a venue: "tại Nhà Văn hóa Thanh niên tỉnh", "tại Hội trường B", "tại trụ sở Huyện ủy"
    r"|\btai\s+(?:nha van hoa|nha thi dau|hoi truong|tru so|phong hop|san van dong|san|quang truong|"
    r"trung tam|cong vien|khu|nha truyen thong|dai tuong niem|tuong dai)\b"
)


_SOURCE_RE = re.compile(r"\bnguon\b|\btu (?:quy|ngan sach)\b|\bxa hoi hoa\b")


def unlabelled_fields(folded_question: str) -> list[re.Pattern[str]]:
    """For a question asking where ("ở đâu?", "ở địa phương nào?") or from what source ("lấy từ đâu?"): the
    pattern of a passage stating it without an "Địa điểm:" / "Nguồn:" field: a place after "tại / ở" and
    an administrative word ("tại huyện Núi Thành"), a source ("nguồn", "từ quỹ", "từ ngân sách", "xã hội
    hóa"); [] for other questions."""
    asked = field_terms(folded_question)
    out = [rx for label, rx in (("địa điểm", _PLACE_PHRASE_RE), ("nguồn", _SOURCE_RE)) if label in asked]
    if _ASKS_EFFECT_RE.search(folded_question):
        # "... có hiệu lực đến bao giờ?": the sentence stating the document's effect, not any dated clause
        # of it (a duty "trước ngày 15 tháng 3 hằng năm" was quoted first; trial 32 q17)
        out.append(_STATES_EFFECT_RE)
    if _asks_unwritten_contact(folded_question):
        # "Cần hỏi thêm ... thì gọi cho ai / gọi số nào?": the contact sentence ("Mọi chi tiết xin liên hệ
        # đồng chí ..., điện thoại ...") answers without the question writing "liên hệ" (trial 32 q38)
        out.append(_STATES_CONTACT_RE)
    return out


# the contacts a contact sentence answers: whom to call and which number (an email asked is most often in
# the clause saying where to send a report, not in the contact sentence)
CALLED = frozenset({"person", "phone"})
# a question writing the contact sentence's own words ("liên hệ ai, số máy nào?", "số điện thoại liên hệ")
# finds it by them, with its topic; every document's contact sentence placed beside it, ranked by
# similarity alone, let another plan's contact come first (trial 32 q15)
_WRITES_CONTACT_RE = re.compile(r"\b(?:lien he|dien thoai)\b")


def _asks_unwritten_contact(folded_question: str) -> bool:
    """Whom to call or which number, asked without the contact sentence's words ("gọi cho ai?")."""
    return bool(contact_asked(folded_question) & CALLED) and not _WRITES_CONTACT_RE.search(folded_question)
# a passage naming a contact: what a contact question (``intents.contact_asked``) is answered by
_STATES_CONTACT_RE = re.compile(r"\b(?:lien he|lien lac|dien thoai|dau moi)\b")


def field_labels(folded_question: str, without: tuple[str, ...] = ()) -> list[re.Pattern[str]]:
    """Patterns of the field labels the question asks about, for ``states_field`` (``without``: label words
    left out, e.g. "thời gian")."""
    return [_label_re(w) for w in field_terms(folded_question) if w not in without]


def heading_labels(folded_question: str, without: tuple[str, ...] = ()) -> list[re.Pattern[str]]:
    """Patterns of the fields the question asks about written as a heading line of their own, the value
    on the lines after it ("1. Thời gian\n\nLúc 14 giờ 00 phút, ngày 28 tháng 4 năm 2026.", "2. Hình
    thức\n\nTrực tuyến ..."), as a plan's numbered items write them (trial 36 t36-15); matched against a
    folded sentence that opens with its item's heading line. ``without`` as ``field_labels``."""
    return [
        re.compile(rf"(?:^|\n)\s*(?:(?:\d+|[ivxlc]+|[a-z])[.)]\s*)?{re.escape(fold(w))}\s*\n")
        for w in field_terms(folded_question)
        if w not in without
    ]


def states_field(folded_text: str, labels: list[re.Pattern[str]]) -> bool:
    """Does a (folded) passage write one of the labels as a field, followed by a colon?"""
    return any(p.search(folded_text) for p in labels)


def asks_only_place(folded_question: str) -> bool:
    """Whether the (folded) question asks where and not when ("... diễn ra ở đâu?")."""
    asked = field_terms(folded_question)
    return "địa điểm" in asked and "thời gian" not in asked and not _WHEN_RE.search(folded_question)


# "... làm khi nào và ở chỗ nào?": a time asked beside the place, by any word asking when (folded)
_WHEN_RE = re.compile(r"\b(?:khi nao|bao gio|luc nao|ngay nao|hom nao|when)\b")


def field_terms(folded_question: str) -> list[str]:
    """Label words for the fields the (folded) question asks about, e.g. ["địa điểm"] for "... ở đâu?"."""
    out: list[str] = []
    if asks_reason(folded_question):
        # "Vì sao ... đổi địa điểm?": the place or time named is the topic of a cause asked, no field
        return out
    for pattern, labels in ASKED_FIELDS:
        if pattern.search(folded_question):
            out.extend(labels)
    return out


# "Người ứng cử nộp hồ sơ ở đâu?": the two words before the interrogative, and a passage writing them
# before "tại" ("nộp hồ sơ tại Ủy ban bầu cử cấp xã") states that place without any label.
_WHERE_RE = re.compile(r"\b([a-z]+ [a-z]+) (?:o dau|tai dau|noi nao|cho nao)\b")
_NOT_ACTION = frozenset({"la", "duoc", "se", "thi", "phai", "nam", "o"})


def place_phrase(folded_question: str) -> re.Pattern[str] | None:
    """For "V O ở đâu?", a pattern of the (folded) words before "ở đâu" followed by "tại / ở" (feature
    ``asked_place``); None for other questions or when those words are function words."""
    m = _WHERE_RE.search(folded_question)
    if not m or set(m.group(1).split()) & _NOT_ACTION:
        return None
    return re.compile(rf"\b{re.escape(m.group(1))} (?:tai|o) ")


def placed_passages(folded_texts: dict[int, str], folded_question: str) -> set[int]:
    """The passages writing the words before "ở đâu" followed by "tại / ở" (``place_phrase``); empty for
    other questions."""
    rx = place_phrase(folded_question)
    return {v for v, t in folded_texts.items() if rx.search(t)} if rx is not None else set()


# "Nghị quyết ... có hiệu lực từ ngày nào?", "When does Decision X take effect?": a document states its
# own effect in a set sentence ("Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 11 năm 2025",
# "Quyết định này có hiệu lực kể từ ngày ký"), while the passages around it name other documents ceasing
# to have effect ("Nghị quyết số 1186/2021 ... hết hiệu lực kể từ ngày Nghị quyết này có hiệu lực").
# A document "applied from" a time asked ("... bắt đầu được áp dụng kể từ khi nào?") is asked its effect: the
# text states it as "có hiệu lực" (library4 dev l4-mttq-09)
_ASKS_EFFECT_RE = re.compile(
    r"\bhieu luc\b.*\b(?:ngay nao|khi nao|luc nao|bao gio|thoi diem nao|tu bao gio)\b"
    r"|\bap dung\s+(?:ke\s+)?tu\s+(?:(?:ngay|khi|luc|thoi diem|moc) nao|bao gio)\b"
    r"|\bbat dau (?:duoc )?ap dung\b.*\b(?:ngay nao|khi nao|luc nao|bao gio|thoi diem nao)\b"
    r"|\b(?:take|takes|took) effect\b|\bcome into (?:force|effect)\b|\beffective (?:date|from|on|when)\b"
    r"|\bwhen\b.*\beffective\b"
    # "Nghị quyết ... bắt đầu được áp dụng kể từ khi nào?": a document (named by its type) starting to apply
    # is its taking effect; a measure "áp dụng từ khi nào?" without a document's type is not asked here
    # (library4 dev l4-mttq-09)
    r"|\b(?:nghi quyet|quyet dinh|quy dinh|quy che|luat|nghi dinh|thong tu|chi thi|van ban)\b"
    r".*\b(?:bat dau\s+)?(?:duoc\s+)?(?:ap dung|thi hanh)\s+(?:ke\s+)?(?:tu\s+)?"
    r"(?:ngay nao|khi nao|luc nao|bao gio|thoi diem nao)\b"
)
# (with or without "này": "Chương trình có hiệu lực từ ngày ký đến hết ngày 31/12/2038", trial 32 q17; "đến"
# for a period's end: "có hiệu lực đến hết năm 2038")
_STATES_EFFECT_RE = re.compile(
    r"\bco hieu luc(?: thi hanh)?\s+(?:ke\s+)?(?:tu|den)\s+(?:ngay\s+(?:\d|ky\b|ban hanh\b)|het\b|\d)"
)


def contact_passages(folded_texts: dict[int, str], folded_question: str) -> set[int]:
    """For a question asking for a contact (``intents.contact_asked``: whom to call or ask, which number;
    feature ``asked_contact``) without the words "liên hệ" / "điện thoại": the passages naming a contact
    ("liên hệ", "điện thoại", "đầu mối"); empty for other questions."""
    if not _asks_unwritten_contact(folded_question):
        return set()
    return {v for v, t in folded_texts.items() if _STATES_CONTACT_RE.search(t)}


def effect_asked(folded_question: str) -> bool:
    """Whether the (folded) question asks when a document takes effect or until when it has effect."""
    return bool(_ASKS_EFFECT_RE.search(folded_question))


def states_effect(folded_text: str) -> bool:
    """Whether a (folded) passage states a document's own effect and its time, by date or by signing ("...
    này có hiệu lực kể từ ngày ký": an answer to "có hiệu lực từ khi nào?" with no date written)."""
    return bool(_STATES_EFFECT_RE.search(folded_text))


# A document stating its own effect from a date, its subject "này" (this one): "Luật này có hiệu lực thi hành
# từ ngày 01 tháng 7 năm 2025", "Quy định này có hiệu lực kể từ ngày 02-9-2025" (folded). Its subject is the
# document itself, which the sentence names by no word of its title or number.
_STATES_OWN_EFFECT_RE = re.compile(
    r"\bnay\s+(?:chinh thuc\s+)?co hieu luc(?: thi hanh)?\s+(?:ke\s+)?tu\s+ngay\s+\d"
)


def states_own_effect(folded_sentence: str) -> bool:
    """Whether a (folded) sentence states the effect of the document that writes it, from a date written
    ("Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025"): its subject is that document, named by
    its type, number and title rather than by any word of the sentence. Source: the closing article of
    laws, resolutions and regulations (library3 dev)."""
    return bool(_STATES_OWN_EFFECT_RE.search(folded_sentence))


def effect_passages(folded_texts: dict[int, str], folded_question: str) -> set[int]:
    """For a question asking when a document takes effect (feature ``effective_date``): the passages where
    a document states its own effect and its date ("... này có hiệu lực (thi hành) (kể) từ ngày ...");
    empty for other questions."""
    if not _ASKS_EFFECT_RE.search(folded_question):
        return set()
    return {v for v, t in folded_texts.items() if _STATES_EFFECT_RE.search(t)}


def cause_passages(texts: Mapping[int, str], folded_question: str) -> set[int]:
    """For a question asking why (``query.reasons.asks_reason``; feature ``asked_reason``): the passages
    giving a cause ("Do ..., ...", "... vì ...", "Lý do: ..."; ``query.reasons.gives_cause``), read from
    their text as written ({vid: text}); empty for other questions."""
    if not asks_reason(folded_question):
        return set()
    return {v for v, t in texts.items() if gives_cause(t)}
