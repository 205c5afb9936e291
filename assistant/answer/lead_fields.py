"""The lead body a quoted passage states as a field ("Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ xã"),
or assigns after a list item's task ("4. Tham luận “...” - Trường THPT Trường Xuân hỗ trợ thực hiện."), for a
"who leads" question no duty clause answered.

A plan lists each of its events as fields ("- Thời gian: ... - Thành phần: ... - Đơn vị chủ trì: ... -
Kết quả: ..."), which no duty clause holds: "Ai chủ trì hội nghị hiệp thương lần hai ...?" is answered by
the field of the first quote when that passage is the event asked (library dev lmht-03), with the same
guards as a place read from the first quote (``parts.place_lead``).
"""

from __future__ import annotations

import re

from assistant.answer.figures import FIGURE_MIN_OVERLAP
from assistant.answer.parts import label, off_round
from assistant.answer.terms import Terms, overlap, writes_head
from assistant.lexicon.phrases import writes_act
from assistant.lexicon.posts import post_heads
from assistant.models import Citation
from assistant.obligations.clauses import named_body_end
from assistant.query.lead_asks import specific_act
from assistant.text import fold, fold_chars

# "Đơn vị chủ trì: X" as a field of its own: opening a line or a list item ("- Đơn vị chủ trì: ..."), or after
# a full stop or semicolon; its value runs to the next item's dash, a full stop, a semicolon or the line's end
_LEAD_FIELD_RE = re.compile(
    r"(?:^|\n|[;.]\s+|(?<!\S)[-–+•]\s*)(?:Đơn vị chủ trì|Cơ quan chủ trì|Chủ trì)\s*:\s*"
    r"([^;\n|]{2,120}?)(?=\s+[-–+]\s|\.(?:\s|$)|;|\n|\||$)"
)


# "- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với ...": the lead named inside a field of those who carry
# the task out, by its role written after it
_DOER_FIELD_LEAD_RE = re.compile(
    r"(?:^|\n|[;.]\s+|(?<!\S)[-–+•*]\s*)(?:Đơn vị|Cơ quan) (?:thực hiện|phụ trách)\s*:\s*"
    r"([^;\n|:,]{2,120}?)\s+chủ trì\b"
)
# a field line of a plan's item ("- Thời gian thực hiện: ...", "* Cơ quan thực hiện: ..."): a mark, a short
# capitalised label, a colon
_FIELD_LINE_RE = re.compile(r"[-–+•*]\s*[A-ZĐ][^:\n]{1,40}:")
_FIELD_LINES_MAX = 6


def with_item_fields(document_text: str, end: int, text: str) -> str:
    """``text`` (a quote ending at offset ``end`` of the document) with the field lines that follow it in its
    item ("2.5. Tiếp tục rà soát ...\n- Cơ quan thực hiện: Sở Nội vụ chủ trì, ...\n* Thời gian thực hiện:
    ..."), up to the first paragraph that is no field line (the next item) and at most
    ``_FIELD_LINES_MAX`` of them: the fields of the task quoted, never of another item."""
    lines = []
    rest = document_text[end:]
    paragraphs = rest.split("\n")
    # the quote may end inside its paragraph: what is left of that paragraph belongs to the quote's own text
    for para in paragraphs[1:]:
        para = para.strip()
        if not para:
            continue
        if not _FIELD_LINE_RE.match(para) or len(lines) >= _FIELD_LINES_MAX:
            break
        lines.append(para)
    return "\n".join([text, *lines])


def field_span(document_text: str, end: int, lines: list[str]) -> tuple[int, int] | None:
    """The offsets of the field line after offset ``end`` (``with_item_fields``) that writes the body of a
    lead line ("Chủ trì: Sở Nội vụ [1]"), or None when the line is not read from such a field (the quote
    itself writes the body, or no line)."""
    if len(lines) != 1 or ": " not in lines[0]:
        return None
    body = re.sub(r"\s*\[\d+\]$", "", lines[0].split(": ", 1)[1])
    at = end
    for para in document_text[end:].split("\n")[1:]:
        at = document_text.find(para, at)
        stripped = para.strip()
        if not stripped:
            continue
        if not _FIELD_LINE_RE.match(stripped):
            return None
        if body in para:
            return at, at + len(para.rstrip())
        at += len(para)
    return None


def field_lead(
    terms: Terms,
    cited: Citation,
    reading: str | None,
    language: str,
    about: str = "",
    head: list[str] | None = None,
    question_text: str = "",
) -> list[str]:
    """``["Chủ trì: Ban Thường trực Ủy ban MTTQ xã [1]"]``: the one lead body the first quote writes in a
    "Đơn vị chủ trì / Chủ trì / Cơ quan chủ trì:" field. [] when it writes none or two different ones;
    when the passage, read with its section and the document's subject line (``about``), covers less
    than ``figures.FIGURE_MIN_OVERLAP`` of the question; when it is on another round than the one asked
    ("lần thứ nhất" for "lần hai", ``index.lexical.round_match``); or when the event's head words
    (``head``: ``checks.event_head``, "hiệp thương" of "hội nghị hiệp thương ...") are not written in it:
    the lead of another event is no answer."""
    text = reading or cited.quote
    if another_act(text, question_text):
        return []
    found = (
        m.group(1).strip().rstrip(".").strip()
        for rx in (_LEAD_FIELD_RE, _DOER_FIELD_LEAD_RE)
        for m in rx.finditer(text)
    )
    values = list(dict.fromkeys(found))
    if len(values) != 1 or len(values[0]) < 3:
        return []
    where = f"{cited.section or ''} {text}"
    if overlap(terms, f"{where} {about}") < FIGURE_MIN_OVERLAP:
        return []
    if reading and reading != cited.quote and overlap(terms, cited.quote) < FIGURE_MIN_OVERLAP:
        return []  # a table row is one task of many: the row itself must be the task asked
    if off_round(where, terms, question_text) or head and not writes_head(where, head):
        return []
    if fold(values[0]) in fold(question_text):
        return []  # the body the question names is not its answer
    return [f"{label('lead', language)}: {values[0]} [{cited.n}]"]


# a list item's task, a dash, then the body assigned and its role, closing the item: "1. Phân tích đề thi ...
# – Trường THPT Cao Lãnh 2 thực hiện.", "... - Ban Tuyên giáo chủ trì." (the dash before the body; the role
# last, before the item's full stop or semicolon)
_DASH_RE = re.compile(r"\s[-–—]\s+")
_ROLE_RE = re.compile(
    r"\s+(?:(hỗ trợ|phối hợp) )?(chủ trì|thực hiện|phụ trách|đảm nhận|đảm nhiệm)\s*(?:[.;]|$)", re.IGNORECASE
)


def assigned_body(text: str) -> list[tuple[str, str]]:
    """The (body, role) pairs a text's list items assign after their task, the role "lead" for "chủ trì",
    "responsible" for one carrying it out ("thực hiện", "hỗ trợ thực hiện"): "... - Trường THPT Trường Xuân
    hỗ trợ thực hiện." -> [("Trường THPT Trường Xuân", "responsible")]. The body is read by the shape of its
    name (``obligations.clauses.named_body_end``); a dash followed by anything else assigns nothing."""
    folded = fold_chars(text)
    out = []
    for m in _DASH_RE.finditer(text):
        end = named_body_end(text, folded, m.end(), described=True)
        role = _ROLE_RE.match(text, end) if end is not None else None
        if role is not None:
            kind = "lead" if fold(role.group(2)) == "chu tri" and not role.group(1) else "responsible"
            out.append((text[m.end() : end].strip(), kind))
    return out


def assigned_lead(
    terms: Terms,
    cited: Citation,
    reading: str | None,
    language: str,
    about: str = "",
    question_text: str = "",
    doer: bool = False,
) -> list[str]:
    """``["Thực hiện: Trường THPT Trường Xuân [1]"]``: the one body the first quote's list item assigns
    after its task (``assigned_body``), for a "who" question no duty clause answered. A body carrying the
    task out ("thực hiện") answers only a question asking who does it (``doer``:
    ``query.lead_asks.asks_doer``), not "Ai chủ trì ...?". [] when the quote assigns none or two, when
    it (with its section and the document's subject line, ``about``) covers less than
    ``figures.FIGURE_MIN_OVERLAP`` of the question, or when it is on another round than the one asked:
    the same guards as ``field_lead``."""
    text = reading or cited.quote
    if another_act(text, question_text):
        return []
    found = list(dict.fromkeys(assigned_body(text)))
    if len(found) != 1:
        return []
    body, kind = found[0]
    if kind == "responsible" and not doer:
        return []
    where = f"{cited.section or ''} {text}"
    if overlap(terms, f"{where} {about}") < FIGURE_MIN_OVERLAP or off_round(where, terms, question_text):
        return []
    if fold(body) in fold(question_text):
        return []  # the body the question names is not its answer
    return [f"{label(kind, language)}: {body} [{cited.n}]"]


# a person given the lead by name: "Giao đồng chí Phạm Văn Hùng, Phó Bí thư Chi bộ, Trưởng ấp chủ trì ...",
# "Đồng chí Lê Thị Hoa, Phó Chủ tịch UBND xã, phụ trách ...": a form of address, the name, the posts it
# holds (each opening with a capital, at most ``_POSTS_MAX``), then the lead role (folded text)
_ADDRESS_RE = re.compile(r"\b(?:dong chi|d/c|ong|ba)\s+")
_POST_RE = re.compile(r"\s*[,–-]\s*([^\W\d_][^,;.:()\n|]{1,50}?)(?=\s*,|\s+(?:chu tri|phu trach)\b)")
_PERSON_ROLE_RE = re.compile(r"\s*,?\s+(?:truc tiep )?(?:chu tri|phu trach)\b")
# a person given the lead by post alone: "Phân công đồng chí Phó Chủ tịch Thường trực trực tiếp phụ trách
# ...": after the form of address, a post's head (``lexicon.posts``) and at most ``_POST_WORDS_MAX`` more
# words with no punctuation, then the lead role (folded text)
_POST_WORDS_MAX = 6
_POST_TAIL_RE = re.compile(
    rf"((?: [^\W\d_]+){{0,{_POST_WORDS_MAX}}}?)(?=\s+(?:truc tiep )?(?:chu tri|phu trach)\b)"
)
_POSTS_MAX = 3
_SYLLABLE_RE = re.compile(r"\w+")


def _name_end(text: str, at: int) -> int | None:
    """Where the name starting at ``at`` ends: two to five capitalised syllables ("Phạm Văn Hùng", "Lê Thị
    Hoa") one space apart; None when fewer start there."""
    end, n = at, 0
    while n < 5 and (m := _SYLLABLE_RE.match(text, end + (1 if n else 0))):
        word = m.group(0)
        if not (word[0].isupper() and (len(word) == 1 or word[1:].islower()) and not word.isdigit()):
            break
        if n and text[end] != " ":
            break
        end, n = m.end(), n + 1
    return end if n >= 2 else None


def _post_end(text: str, folded: str, at: int) -> int | None:
    """Where a post named instead of a person ends when one starts at ``at`` and the lead role follows it
    ("Phó Chủ tịch Thường trực" of "đồng chí Phó Chủ tịch Thường trực trực tiếp phụ trách"): its head from
    ``lexicon.posts.post_heads`` written with a capital, then up to ``_POST_WORDS_MAX`` words; None
    otherwise."""
    for head in post_heads():
        after = folded[at + len(head) : at + len(head) + 1]
        if folded.startswith(head, at) and text[at].isupper() and not after.isalnum():
            tail = _POST_TAIL_RE.match(folded, at + len(head))
            return tail.end() if tail is not None else None
    return None


def person_leads(text: str) -> list[str]:
    """The persons a text gives the lead of a task by name, each as written with its form of address and
    posts ("đồng chí Phạm Văn Hùng, Phó Bí thư Chi bộ, Trưởng ấp"), in order, without repeats. The name is
    read by the shape of a Vietnamese name (two to five capitalised syllables after the form of address);
    a post must open with a capital. A post written instead of a name ("đồng chí Phó Chủ tịch Thường trực
    trực tiếp phụ trách ...") is read whole up to the role (``_post_end``)."""
    folded = fold_chars(text)
    out = []
    for m in _ADDRESS_RE.finditer(folded):
        post = _post_end(text, folded, m.end())
        if post is not None:
            out.append(text[m.start() : post].strip(" ,"))
            continue
        end = _name_end(text, m.end())
        if end is None:
            continue
        at, posts = end, 0
        while posts < _POSTS_MAX and (p := _POST_RE.match(folded, at)) and text[p.start(1)].isupper():
            at, posts = p.end(), posts + 1
        if _PERSON_ROLE_RE.match(folded, at):
            out.append(text[m.start() : at].strip(" ,"))
    return list(dict.fromkeys(out))


def person_lead(
    terms: Terms,
    cited: Citation,
    reading: str | None,
    language: str,
    about: str = "",
    question_text: str = "",
) -> list[str]:
    """``["Chủ trì: đồng chí Phạm Văn Hùng, Phó Bí thư Chi bộ, Trưởng ấp [1]"]``: the one person the first
    quote gives the lead of its task (``person_leads``), for a "who leads" question no duty clause answered
    (the duty table holds bodies, not persons; trial 39 q13). [] when the quote names none or two, or under
    the guards of ``assigned_lead`` (coverage of the question, round asked, the person named in the
    question)."""
    text = reading or cited.quote
    if another_act(text, question_text):
        return []
    found = person_leads(text)
    if len(found) != 1:
        return []
    where = f"{cited.section or ''} {text}"
    if overlap(terms, f"{where} {about}") < FIGURE_MIN_OVERLAP or off_round(where, terms, question_text):
        return []
    name = _ADDRESS_RE.sub("", fold(found[0].split(",")[0]), count=1).strip()
    if name and name in fold(question_text):
        return []  # the person the question names is not its answer
    return [f"{label('lead', language)}: {found[0]} [{cited.n}]"]


def another_act(text: str, question_text: str) -> bool:
    """Whether a "who does it" question asks a specific act (``query.lead_asks.specific_act``: "Ai giám sát
    ...?") that ``text`` does not write, nor a verb for it: the lead its field or row names leads another
    act ("Tiếp nhận hồ sơ ... | Văn phòng UBND xã" does not say who monitors the intake; trial 39 f2)."""
    act = specific_act(question_text)
    return act is not None and not writes_act(text, act)
