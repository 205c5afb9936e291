"""Quotes widened to the whole provision: a lead-in ending with ":" takes the list it announces, an item
("b) ...") takes its lead-in and sibling items, within ``MAX_WIDENED`` characters, also across a chunk
boundary (the parser often makes "a) ... d)" sections of their own), so a condition list is quoted whole.
"""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.sentence_scores import Span
from assistant.answer.sentences import trim
from assistant.models import Chunk
from assistant.obligations.clauses import chain
from assistant.obligations.orgs import default_registry
from assistant.text import fold, fold_chars

# A list item label at the start of a line: "a)", "b.", "-", "+", "•", "1)"; a capital and a full stop
# ("I. MỤC ĐÍCH, YÊU CẦU", "V.") is a Roman-numbered heading, never an item.
# A procedure's step ("Bước 2: ...", "Bước 3.") is an item of its list of steps as much as "b)".
_STEP = r"b(?:ư|u)(?:ớ|o)c\s+\d{1,2}\s*[:.)]"
_ITEM_RE = re.compile(rf"\s*(?:[a-zđ]\)|(?-i:[a-zđ])\.\s|\d{{1,2}}\)|[-+•–]|{_STEP})", re.IGNORECASE)
# A list's or an appendix's title: "DANH SÁCH ...", "Phụ lục I / DANH SÁCH ...", "PHỤ LỤC / DỰ TRÙ KINH PHÍ".
_LIST_TITLE_RE = re.compile(r"\W*(?:phu luc\b|danh sach\b)")
# A numbered line: a list item, or a table row whose first cell is its number ("3 | Tổ hợp tác ... | ...").
_NUMBERED_RE = re.compile(rf"\s*(?:\d{{1,3}}[.)]\s|\d{{1,3}}\s\|\s|[a-zđ]\)|[-+•–]|{_STEP})", re.IGNORECASE)
_FIRST_NUMBERED_RE = re.compile(r"\s*1[.)]\s")
_NUMBER_LABEL_RE = re.compile(r"\s*\d{1,2}[.)]\s")
MAX_WIDENED = 1200  # a lead-in widened to its list stops here


# A dashed item opening with a name and ":" ("- Trung tâm Dịch vụ nông nghiệp huyện: chủ trì ...").
_NAMED_ITEM_RE = re.compile(r"\s*[-+•–]\s*([^:\n.;]{3,90}?)\s*\**:\**\s")


def body_item(line: str) -> bool:
    """Whether a line is a dashed item opening with a body's name and ":" ("- Hội LHPN các xã, thị trấn:
    ...", "- Trung tâm Dịch vụ nông nghiệp huyện: ..."): one body's duties in a list of bodies' duties, a
    provision of its own, never read with its siblings (another body's duties and deadlines)."""
    m = _NAMED_ITEM_RE.match(line)
    if not m:
        return False
    name = m.group(1)
    spans, _ = chain(name, fold_chars(name), default_registry(), 0)
    return bool(spans) and spans[0][0] == 0


# A task's attribute line under its paragraph ("- Cơ quan thực hiện: Sở Nội vụ chủ trì, ...", "- Thời gian
# thực hiện: ..."), folded: it says who does or when, the paragraph above it says what (trial 36 t36-29)
_ATTRIBUTE_RE = re.compile(
    r"\s*[-+*•–]\s*(?:(?:co quan|don vi) (?:thuc hien|chu tri|phoi hop)|thoi gian (?:thuc hien|hoan thanh))"
    r"\s*:"
)


def _task_start(text: str, line_start: int) -> int | None:
    """For an attribute line (``_ATTRIBUTE_RE``) starting at ``line_start``: where the task it belongs to
    starts: its paragraph above the attribute lines; None when no such paragraph is there (the attribute
    opens the chunk, or an item or a heading ending with ":" is above it)."""
    p = line_start
    while p > 0:
        prev_start = text.rfind("\n", 0, p - 1) + 1
        line = text[prev_start : p - 1]
        if not line.strip():
            if prev_start == 0:
                return None
            p = prev_start
            continue
        if _ATTRIBUTE_RE.match(fold(line)):
            p = prev_start
            continue
        if _ITEM_RE.match(line) or line.rstrip(" *").endswith(":"):
            return None
        return prev_start
    return None


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def widen(span: Span) -> Span:
    """A chosen sentence widened to its whole list: a lead-in ending with ":" takes the items after it,
    an item ("b) ...") takes its lead-in and sibling items, within ``MAX_WIDENED`` characters, so a
    condition list "a) ... d)" is quoted whole."""
    text = span.chunk.text
    a, b = span.start, span.end
    line_start = text.rfind("\n", 0, a) + 1
    is_item = bool(_ITEM_RE.match(text, line_start)) or bool(_ITEM_RE.match(text, a))
    # a heading read with its list's first item ("4. Hồ sơ đề nghị / - Đơn đề nghị vay vốn;"): the items
    # after it belong to the quote as much as the first one
    last_line = text.rfind("\n", a, b) + 1
    heads_list = not is_item and last_line > a and bool(_ITEM_RE.match(text, last_line))
    item_line = line_start if is_item else last_line if heads_list else None
    if item_line is not None and body_item(text[item_line : _line_end(text, item_line)]):
        # "4. Đề nghị các đơn vị / - Ban Thường vụ Hội Nông dân các xã: ... / - Phòng giao dịch ...: ...": the
        # body's own item, without the heading (the citation's section) or the other bodies' items
        a2, b2 = trim(text, item_line, max(b, _line_end(text, item_line)))
        return Span(span.chunk, a2, b2, span.score, span.rank)
    attribute = is_item and bool(_ATTRIBUTE_RE.match(fold(text[line_start:b])))
    task = _task_start(text, line_start) if attribute else None
    if task is not None and b - task <= MAX_WIDENED:
        # "- Cơ quan thực hiện: Sở Nội vụ chủ trì ..." quoted with the task it is the attribute of, and
        # that task's other attribute lines ("- Thời gian thực hiện: ...")
        end = b
        while end < len(text):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end:nxt].strip("\n")
            if not line.strip():
                if nxt >= len(text):
                    break
                end = nxt
                continue
            if not _ATTRIBUTE_RE.match(fold(line)) or nxt - task > MAX_WIDENED:
                break
            end = nxt
        a2, b2 = trim(text, task, end)
        return Span(span.chunk, a2, b2, span.score, span.rank)
    if is_item:  # back to the lead-in ending with ":", else to the first sibling item
        p = line_start
        first_item = line_start
        while p > 0:
            prev_start = text.rfind("\n", 0, p - 1) + 1
            line = text[prev_start : p - 1]
            if not line.strip():  # a blank line between paragraphs: look one paragraph further up
                if prev_start == 0 or p - prev_start > 2:
                    break
                p = prev_start
                continue
            if line.rstrip(" *").endswith(":"):
                if b - prev_start <= MAX_WIDENED:
                    a = first_item = prev_start
                break
            if not _ITEM_RE.match(line) or b - prev_start > MAX_WIDENED:
                break
            p = first_item = prev_start
        a = min(a, first_item)  # "b) ..." under a heading without ":": a) is quoted too
    elif heads_list:
        pass
    elif _LIST_TITLE_RE.match(fold(text[a:b])):
        # A list's or table's title ("PHỤ LỤC / DANH SÁCH MÔ HÌNH ...") with its rows in the same chunk:
        # the rows it announces, past the short lines between ("(Kèm theo ...)", the column names).
        end = _rows_after_title(text, b, a + MAX_WIDENED)
        if end == b:
            return span
        a2, b2 = trim(text, a, end)
        return Span(span.chunk, a2, b2, span.score, span.rank)
    elif not text[a:b].rstrip(" *").endswith(":"):
        return _without_own_heading(span)
    end = b
    while end < len(text):
        nxt_end = text.find("\n", end + 1)
        nxt_end = len(text) if nxt_end < 0 else nxt_end
        line = text[end:nxt_end]
        if not line.strip() and nxt_end < len(text):  # items written as paragraphs of their own
            after = text.find("\n", nxt_end + 1)
            after = len(text) if after < 0 else after
            if _ITEM_RE.match(text[nxt_end:after].lstrip("\n")) and after - a <= MAX_WIDENED:
                end = after
                continue
        if not line.strip() or not _ITEM_RE.match(line.lstrip("\n")) or nxt_end - a > MAX_WIDENED:
            break
        end = nxt_end
    if (a, end) == (span.start, span.end):
        return span
    a2, b2 = trim(text, a, end)
    return Span(span.chunk, a2, b2, span.score, span.rank)


_HEADING_LABEL_RE = re.compile(r"^\s*(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)\-/:]*\s*")


def _without_own_heading(span: Span) -> Span:
    """A sentence read with the heading line above it ("2. Mục tiêu năm 2028 / Mở rộng diện tích ..."),
    when that heading is its chunk's section (the citation names it): the sentence alone, no heading glued
    to its first words."""
    text, a, b = span.chunk.text, span.start, span.end
    first_end = text.find("\n", a, b)
    path = span.chunk.section_path
    if first_end < 0 or not path or not text[first_end:b].strip():
        return span
    title = fold(path[-1]).rstrip("…").strip()
    if not title or fold(text[a:first_end]).strip(" *:") != title.rstrip(" :"):
        return span
    name = _HEADING_LABEL_RE.sub("", text[a:first_end]).strip(" *:")
    if name and chain(name, fold_chars(name), default_registry(), 0)[0]:
        return span  # "3. Văn phòng Sở / Phối hợp ...": the heading names the body the sentence is about
    a2, b2 = trim(text, first_end, b)
    return Span(span.chunk, a2, b2, span.score, span.rank) if b2 > a2 else span


_PREFACE_LINES = 6  # short lines allowed between a list's title and its first row
_PREFACE_CHARS = 90


def _rows_after_title(text: str, start: int, limit: int) -> int:
    """End of the numbered rows after a title ending at ``start`` (``start`` when none follow within
    ``_PREFACE_LINES`` short lines), up to the offset ``limit``."""
    end, preface, seen = start, 0, False
    for m in re.finditer(r"[^\n]+", text[start:]):
        line, line_end = m.group(0), start + m.end()
        if _NUMBERED_RE.match(line):
            if line_end > limit:
                break
            end, seen = line_end, True
        elif not seen and preface < _PREFACE_LINES and len(line.strip()) <= _PREFACE_CHARS:
            preface += 1
        else:
            break
    return end


def _item_run_end(text: str, start: int, limit: int, item_re: re.Pattern[str] | None = None) -> int:
    """End of the run of list-item lines starting at ``start`` (``start`` when there is none)."""
    item_re = item_re or _ITEM_RE
    end = start
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end:nxt].lstrip("\n")
        if not line.strip() or not item_re.match(line) or nxt - start > limit:
            break
        end = nxt
    return end


def widen_across(span: Span, book: CitationBook) -> Span:
    """A lead-in that closes its chunk ("... các điều kiện sau:") while its items open the next chunk (the
    parser often makes "a) ... d)" sections of their own): one quote over both, built from the document
    text."""
    chunk, text = span.chunk, span.chunk.text
    tail = text[span.start : span.end].rstrip(" *")
    # A list's title closing its chunk ("Phụ lục I / DANH SÁCH TỔ HỘI ...") announces numbered items
    # ("1. Tổ hội ...") that are sections of their own, as a lead-in ending with ":" announces its list;
    # short lines may follow the title in its chunk ("(Kèm theo Kế hoạch số ...)").
    titled = bool(_LIST_TITLE_RE.match(fold(tail)))
    rest = [line for line in text[span.end :].split("\n") if line.strip()]
    preface = titled and len(rest) <= _PREFACE_LINES and all(len(x) <= _PREFACE_CHARS for x in rest)
    if (rest and not preface) or book.chunks_for is None:
        return span
    last_line = tail[tail.rfind("\n") + 1 :]
    if body_item(last_line):
        return span  # one body's item among others' (``body_item``): its provision is whole
    # A heading read with its numbered list's first item ("3. Trình tự giải quyết / 1. Chi hội tiếp nhận
    # ..."), numbered like it (a list numbered again under it, ``parse.structure``), the other items
    # sections of their own under it: the items that follow under it. Items under a heading of a bigger
    # kind ("II. NHIỆM VỤ / 1. ...") are the document's divisions, each its own provision.
    parent = chunk.section_path[:-1]
    numbered = (
        "\n" in tail
        and bool(_FIRST_NUMBERED_RE.match(last_line))
        and bool(parent)
        and bool(_NUMBER_LABEL_RE.match(parent[-1]))
    )
    if not (tail.endswith(":") or titled or numbered or _ITEM_RE.match(last_line)):
        return span
    doc = book.docs.get(chunk.doc_id)
    following = [
        c
        for c in book.chunks_for(chunk.doc_id) or []
        if c.start >= chunk.end - 1 and c.chunk_id != chunk.chunk_id
    ]
    if doc is None or not following:
        return span
    following.sort(key=lambda c: c.start)
    # A lead-in ending with ":" that closes its section's chunk, the numbered items sections of their own
    # under that section (khoản "1.", "2." under "Điều 3. Điều kiện xét chọn / ... các điều kiện sau:"):
    # those items, numbered as they are.
    own = chunk.section_path
    children = tail.endswith(":") and len(following[0].section_path) > len(own) > 0
    children = children and following[0].section_path[: len(own)] == own
    if numbered:
        following = [c for c in following if c.section_path[: len(parent)] == parent]
    elif not (tail.endswith(":") or titled):
        # an item closing its chunk ("c) Ủy ban MTTQ ... chủ trì ..."): its own section's rest (a list cut by
        # the chunk's size) or the list under it, never the sibling items after it, provisions of their own
        # (trial 37: "c)" quoted on through "d)", "đ)", "e)")
        following = [c for c in following if c.section_path[: len(own)] == own]
    elif children:
        following = [
            c for c in following if c.section_path[: len(own)] == own and len(c.section_path) > len(own)
        ]
    if not following:
        return span
    item_re = _NUMBERED_RE if titled or numbered or children else _ITEM_RE
    nxt = following[0]
    first = nxt.text.lstrip()
    if not item_re.match(first):
        return span
    lead = len(nxt.text) - len(first)
    end_in_next = _item_run_end(nxt.text, lead, MAX_WIDENED, item_re)
    start, end = chunk.start + span.start, nxt.start + end_in_next
    # Items that are sections of their own ("a)", "b)" ... one chunk each): take the run of item chunks
    # that follow one another, within MAX_WIDENED.
    for more in following[1:]:
        gap = doc.text[end : more.start]
        item = more.text.lstrip()
        if gap.strip() or not item_re.match(item) or more.end - start > MAX_WIDENED + (span.end - span.start):
            break
        end = more.start + _item_run_end(more.text, len(more.text) - len(item), MAX_WIDENED, item_re)
        nxt = more
    if end <= start or end - start > MAX_WIDENED + (span.end - span.start):
        return span
    joined = Chunk(
        chunk_id=f"{chunk.chunk_id}+{nxt.chunk_id}",
        doc_id=chunk.doc_id,
        file=chunk.file,
        section_id=chunk.section_id,
        section_path=list(chunk.section_path),
        heading=chunk.heading,
        start=start,
        end=end,
        text=doc.text[start:end],
        norm_text="",
        embed_text="",
        pages=sorted({*chunk.pages, *(p for c in following if c.start < end for p in c.pages)}),
        org=chunk.org,
        ordinal=chunk.ordinal,
    )
    a, b = trim(joined.text, 0, len(joined.text))
    return Span(joined, a, b, span.score, span.rank)


# an item's section title: "4.", "d)", "Bước 2:" or, its own label read as the title, "Bước 2"
_BARE_LABEL_RE = re.compile(
    r"\s*(?:\d{1,2}|[a-zđ])[.)]\s*$|\s*b(?:ư|u)(?:ớ|o)c\s+\d{1,2}\s*[:.)]?\s*$", re.IGNORECASE
)


def list_siblings(chunk: Chunk, chunks_for, docs, headed: bool = False) -> list[Chunk] | None:
    """The item chunks of the list ``chunk`` is an item of, in the document's order, when the list's items
    are sections of their own ("a)", "4.", "Bước 2:", one chunk each) following one another under a lead-in
    ending with ":" that heads the first item's chunk ("2. Điều kiện: ... các điều kiện sau:"), or, when
    ``headed`` (the question asks a list: duties, conditions, steps), under a heading with no ":" that has
    only short items under it (``_governing_heading_at``); else None."""
    path = chunk.section_path
    if len(path) < 2 or not _BARE_LABEL_RE.match(path[-1]) or chunks_for is None:
        return None
    parent = path[:-1]
    doc = docs.get(chunk.doc_id)
    own = [c for c in chunks_for(chunk.doc_id) or [] if c.section_path[:-1] == parent]
    siblings = sorted(own, key=lambda c: c.start)
    if doc is None or len(siblings) < 2:
        return None
    if not all(_BARE_LABEL_RE.match(c.section_path[-1]) for c in siblings):
        return None
    if (
        _lead_in_at(siblings[0], parent[-1]) is None
        and _parent_lead_in(siblings[0], chunks_for, doc) is None
        and not (headed and _governing_heading_at(siblings, parent[-1]) is not None)
    ):
        return None
    # items follow one another with nothing but spaces between them
    if any(doc.text[a.end : b.start].strip() for a, b in zip(siblings, siblings[1:], strict=False)):
        return None
    return siblings


def _lead_in_at(first: Chunk, title: str) -> int | None:
    """Offset in the first item's chunk of the list's lead-in: the line that starts with the list's
    section title and ends with ":" (after the article's heading when the chunk opens the article:
    "Điều 6. Kết nạp hội viên / 1. Nông dân được xét kết nạp ... các điều kiện sau: / a) ...")."""
    want = fold(title).rstrip(": ")[:40]
    pos = 0
    for line in first.text.split("\n"):
        body = line.strip().rstrip(" *")
        if body.endswith(":") and fold(body).startswith(want):
            return pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
    return None


SHORT_ITEM = 300  # characters: the longest item of a list its heading governs with no ":" (a short khoản)


def _governing_heading_at(siblings: list[Chunk], title: str) -> int | None:
    """Offset in the first item's chunk of the list's own heading printed as a line of its own with no ":"
    ("Điều 3. Nhiệm vụ của Tổ", "I. ĐIỀU KIỆN ĐƯỢC XÉT CHO VAY", "III. CÁC BƯỚC XÉT CHỌN") right above the
    first item, when every item is short (at most ``SHORT_ITEM`` characters: one duty, one condition, one
    step each): a heading with nothing but such items under it governs them as a list does its lead-in
    (trial 41 q02, q09, q10: each item quoted alone, the others lost). Long items (a plan's "II. NHIỆM VỤ"
    with a paragraph of tasks each) stay provisions of their own. None when no such heading is there."""
    first = siblings[0]
    want = fold(title).strip(" *:")
    cut = want.endswith("…")  # a long title is shortened in the section path
    want = want.rstrip("…").strip()
    pos = 0
    for line in first.text.split("\n"):
        said = fold(line).strip(" *:")
        if said and (said == want or (cut and said.startswith(want))):
            after = pos + len(line)
            if not _NUMBERED_RE.match(first.text[after:].lstrip()):
                return None  # the heading has text of its own before the items: no bare list heading
            items = [first.text[after:].strip(), *(c.text.strip() for c in siblings[1:])]
            # a procedure's steps ("Bước 2: Chi hội tổ chức họp ...") name who does each: one list still
            steps = all(re.match(_STEP, c.section_path[-1] + ":", re.IGNORECASE) for c in siblings)
            if any(len(x) > SHORT_ITEM or (not steps and _opens_with_body(x)) for x in items):
                return None  # long items, or each item a body's own ("1. Ủy ban nhân dân xã chỉ đạo ...")
            return pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
    return None


def _opens_with_body(item: str) -> bool:
    """Whether a list item, past its label, opens with a body's name ("2. Ban Quản lý chợ ... sắp xếp ...",
    the registry's or a name's shape, ``obligations.clauses.chain``): a task given to that body, a provision
    of its own among other bodies' tasks."""
    rest = _NUMBERED_RE.sub("", item, count=1).strip()
    spans, _ = chain(rest[:120], fold_chars(rest[:120]), default_registry(), 0)
    return bool(spans) and spans[0][0] == 0


def _parent_lead_in(first: Chunk, chunks_for, doc) -> tuple[Chunk, int] | None:
    """The lead-in closing the chunk of the items' own section, just before the first item ("Điều 3. Điều
    kiện xét chọn / Học sinh ... phải đáp ứng đủ các điều kiện sau:" with khoản "1.", "2.", "3." sections of
    their own, as an HTML or DOCX Quy chế writes them): that chunk and the lead-in line's offset in it."""
    if doc is None:
        return None
    parent = first.section_path[:-1]
    before = [c for c in chunks_for(first.doc_id) or [] if c.section_path == parent and c.end <= first.start]
    if not before:
        return None
    head = max(before, key=lambda c: c.end)
    if doc.text[head.end : first.start].strip():
        return None
    body = head.text.rstrip()
    if not body.rstrip(" *").endswith(":"):
        return None
    at = body.rfind("\n") + 1
    return head, at + len(body[at:]) - len(body[at:].lstrip())


def _lead_start(siblings: list[Chunk], title: str, chunks_for, doc) -> tuple[Chunk, int]:
    """The chunk holding a list's lead-in and the lead-in's offset in it (the first item's chunk at 0 when
    none is found)."""
    at = _lead_in_at(siblings[0], title)
    if at is not None:
        return siblings[0], at
    parent = _parent_lead_in(siblings[0], chunks_for, doc)
    if parent is not None:
        return parent
    return siblings[0], _governing_heading_at(siblings, title) or 0


def lead_in_of(chunk: Chunk, chunks_for, docs, headed: bool = False) -> str:
    """The lead-in an item chunk is read under ("2. Điều kiện: ... các điều kiện sau:" for "d) Có cam kết
    ..."), "" when ``chunk`` is no item of such a list or heads it itself."""
    siblings = list_siblings(chunk, chunks_for, docs, headed)
    if not siblings:
        return ""
    head, at = _lead_start(siblings, chunk.section_path[-2], chunks_for, docs.get(chunk.doc_id))
    if head.chunk_id == chunk.chunk_id:
        return ""
    return head.text[at:].split("\n", 1)[0]


def widen_list(span: Span, book: CitationBook, headed: bool = False) -> Span:
    """A quote inside a list item made a section of its own ("d)", "4." under "2. Trình tự xét duyệt:",
    one chunk each, the lead-in written at the head of the first item's chunk): the whole list, lead-in
    first and every item in the document's order, within ``MAX_WIDENED`` characters. Quoting one item, or
    the items by score, loses the rest of the conditions or the order of the steps."""
    chunk = span.chunk
    if "+" in chunk.chunk_id:  # already joined across chunks (``widen_across``)
        return span
    siblings = list_siblings(chunk, book.chunks_for, book.docs, headed)
    if not siblings:
        return span
    doc = book.docs[chunk.doc_id]
    head, at = _lead_start(siblings, chunk.section_path[-2], book.chunks_for, doc)
    start, end = head.start + at, siblings[-1].end
    if end - start > MAX_WIDENED or (start, end) == (chunk.start, chunk.end):
        return span
    joined = Chunk(
        chunk_id=f"{head.chunk_id}+{siblings[-1].chunk_id}",
        doc_id=chunk.doc_id,
        file=chunk.file,
        section_id=head.section_id,
        section_path=list(head.section_path),
        heading=head.heading,
        start=start,
        end=end,
        text=doc.text[start:end],
        norm_text="",
        embed_text="",
        pages=sorted({p for c in [head, *siblings] for p in c.pages}),
        org=chunk.org,
        ordinal=head.ordinal,
    )
    a, b = trim(joined.text, 0, len(joined.text))
    return Span(joined, a, b, span.score, span.rank)
