"""Metadata: split a cleaned document into header, title, body and tail, and read the facts they state.

Party directives follow one layout (Quy định 66-QĐ/TW on the form of party documents): a header (issuing
body, "*", "Số 62-KL/TW", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày ..."), the type in capitals
("KẾT LUẬN", "THÔNG BÁO" + "KẾT LUẬN CỦA BỘ CHÍNH TRỊ"), the subject ("về ..."), the body, then a tail:
"Nơi nhận:" with its list, the signature ("T/M BỘ CHÍNH TRỊ", a title, a name or "Đã ký: ..."), and
sometimes a copy note ("TỈNH ỦY BÌNH THUẬN / SAO LỤC / Số 1000-BS/TU / ..."). Only the body becomes
``Document.text``; everything else becomes ``DocumentMeta``, so a chunk never quotes a recipients list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon.levels import unit_words
from assistant.models import DocumentMeta
from assistant.parse.clean import Para, _is_caps
from assistant.parse.header import (
    NUMBER_RE,
    PLACE_DATE_RE,
    body_name,
    explode,
    header_date,
    is_motto,
    issuing_body,
    joint_issuer,
    read_letterhead,
    split_row,
    unglue,
)
from assistant.parse.signature import DATE_NUM_RE, explode_tail, iso_date, read_tail
from assistant.parse.signature import _recipient_items as dashed_items
from assistant.parse.tail import (
    CAPACITY_RE,
    COPY_RE,
    SIGNED_RE,
    Appendix,
    is_person_name,
    is_title,
    unglue_signature,
)
from assistant.parse.title import (
    BODY_START_RE,
    DOC_TYPES,
    continues_subject_line,
    is_joint,
    issue_note,
    number_code,
    read_title,
    type_of,
    type_of_code,
)
from assistant.text import canonical_doc_number, find_doc_numbers, fold

__all__ = ["Split", "split_document", "body_name", "iso_date", "is_person_name", "type_of"]

_ISSUED_BY_RE = re.compile(
    r"((?:Ban Thường vụ|Thường trực|Ban Chấp hành|Bộ Chính trị|Ban Bí thư)[^,.;:]{0,40}?)\s+ban hành\s+"
    r"(?:Kế hoạch|Chương trình|Nghị quyết|Kết luận|Chỉ thị|Quy định|Hướng dẫn|Thông báo)"
)


@dataclass
class Split:
    """The parts of a document: metadata, body paragraphs, and what went to metadata (for ``inspect``)."""

    meta: DocumentMeta
    body: list[Para]
    header: list[str] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # What a reader still sees of the header and tail (kept as closing sections of the text, so "who
    # signed?" and the SAO LỤC copy can be quoted): issue line, signature, copy block. Not recipients.
    issue_lines: list[Para] = field(default_factory=list)
    signature: list[Para] = field(default_factory=list)
    copy_block: list[Para] = field(default_factory=list)
    # The "Nơi nhận:" block's lines as written: metadata only, but what the recipients fact cites.
    recipients_block: list[Para] = field(default_factory=list)
    # Appendices, schedules, lists and forms after the signature: content, sections of their own.
    appendices: list[Appendix] = field(default_factory=list)


def split_document(paras: list[Para], web_lines: list[str] | None = None) -> Split:
    """Find header, title, body, tail and appendices; fill ``DocumentMeta`` from them (and from web facts)."""
    meta = DocumentMeta()
    split = Split(meta=meta, body=[])
    zone = _header_zone(paras)
    exploded = explode(paras[:zone])
    paras = exploded + paras[zone:]
    zone = len(exploded)
    while zone and not _is_header_piece(paras[zone - 1].text) and not type_of(paras[zone - 1].text):
        zone -= 1  # text glued after the letterhead ("... năm 2019 Kính gửi: ...") belongs to the body
    title_at = next(
        (
            i
            for i, p in enumerate(paras[:30])
            if _is_caps(p.text) and len(p.text) <= 120 and type_of(p.text) and not is_motto(p.text)
        ),
        None,
    )
    if title_at is None:
        title_at = body_start = zone
    else:
        body_start = read_title(paras, title_at, meta)
    header = paras[:title_at]
    # "(Ban hành kèm theo Quyết định số ... ngày ...)" under the subject: which document issues this one.
    # It stays in the body too (a reader quotes it).
    near = range(body_start, min(body_start + 2, len(paras)))
    at = next((j for j in near if issue_note(paras[j].text)), None)
    note = [paras[at].text] if at is not None else []
    while note and not note[-1].rstrip().endswith(")") and at + len(note) < min(len(paras), at + 3):
        note.append(paras[at + len(note)].text)  # a note wrapped in a PDF: "... ngày 14/3/2027 của" + "..."
    meta.issued_with = " ".join(note).strip().strip("()").strip() if note else None
    head = read_letterhead(header)
    type_line = paras[title_at].text if title_at < len(paras) and _is_caps(paras[title_at].text) else None
    meta.number, meta.date, meta.place = head.number, head.date, head.place
    if head.subject and not meta.title:
        if body_start == title_at:  # no type line: the body starts right under the letterhead
            body_start = _subject_goes_on(paras, body_start, head)
        meta.title = head.subject
        meta.doc_type = meta.doc_type or "Công văn"  # only an official letter carries a "V/v" line
    if (
        not meta.doc_type
        and head.number
        and any(p.text.startswith("Kính gửi") for p in paras[zone : zone + 2])
    ):
        meta.doc_type = "Công văn"  # a numbered letter with no type title, addressed "Kính gửi: ..."
    split.issue_lines = [p for p in header if PLACE_DATE_RE.match(p.text) or NUMBER_RE.match(p.text)]
    split.header = [p.text for p in paras[:body_start]]
    rest = _drop_repeated_title(paras[body_start:], paras[:body_start], meta)
    tail_at = _tail_start(rest)
    split.body = rest[:tail_at]
    split.tail = [p.text for p in rest[tail_at:]]
    read_tail(explode_tail(rest[tail_at:]), meta, split)
    if split.recipients_block and meta.recipients:
        meta.recipients_text = "\n".join(p.text for p in split.recipients_block)
        meta.recipients_pages = sorted({n for p in split.recipients_block for n in p.pages})
    meta.addressees = read_addressees(split.body)
    # Read after the signature: a cooperation programme is joint when more than one column signs it.
    joint = is_joint(type_line, head.number, 1 + len(meta.cosigners))
    header_issuer = (joint and joint_issuer(head.columns)) or issuing_body(head.bodies, joint=joint)
    meta.marks = list(dict.fromkeys(head.marks))
    title_issuer = meta.issuer
    _choose_issuer(meta, split, header_issuer)
    meta.issuer_text = _issuer_text(meta, paras[title_at:body_start], head, title_issuer, header_issuer)
    _read_web(web_lines or [], meta)
    _fill_gaps(meta)
    return split


def _issuer_text(meta: DocumentMeta, title: list[Para], head, title_issuer, header_issuer) -> str:
    """The lines the issuer was read from, as printed: the title line naming it ("KẾT LUẬN CỦA BỘ CHÍNH
    TRỊ"), else the letterhead's body lines (every column's of a joint letterhead), else the signer's
    capacity naming it; "" when none holds it (a web page's field)."""
    if not meta.issuer:
        return ""
    if title_issuer:
        line = next((p.text for p in title if re.search(r"\bCỦA\b", p.text)), None)
        if line:
            return line
    if header_issuer and meta.issuer.endswith(header_issuer):
        if " - " in header_issuer and head.columns:
            return "\n".join(x for _, lines in sorted(head.columns.items()) for x in lines)
        return "\n".join(head.bodies)
    if meta.signer_capacity and fold(meta.issuer).lower() in fold(meta.signer_capacity).lower():
        return meta.signer_capacity
    return ""


def _subject_goes_on(paras: list[Para], at: int, head) -> int:
    """The "V/v ..." subject wrapped under the letterhead (a text or PDF letter whose left column goes on
    below the row with the date): the lines after it that carry it on join ``head.subject`` (see
    ``title.continues_subject_line``: until "Kính gửi:", the date, a heading, the preamble); returns where
    the body starts. Only when the V/v line is in the letterhead's last line or row: the last piece, in
    the last piece's table row, or followed only by the right column's place-date or motto (a PDF line
    that printed "V/v ..." and the date side by side, a table whose right column is read after its
    left). A paragraph of the V/v line's own table cell that the letterhead did not take (a name opening
    the cell's second line) carries it on as well."""
    last = paras[at - 1] if at else None
    vv_at = next((i for i in range(at - 1, -1, -1) if head.subject.startswith(paras[i].text.strip())), None)
    vv = paras[vv_at] if vv_at is not None else None
    same_row = (
        vv is not None and last is not None and bool(vv.cell and last.cell and vv.cell[:2] == last.cell[:2])
    )
    beside = vv_at is not None and all(
        PLACE_DATE_RE.match(p.text) or is_motto(p.text) for p in paras[vv_at + 1 : at]
    )
    if vv is None or not (vv is last or same_row or beside):
        return at
    n = 0
    while at < len(paras) and n < 3:
        in_cell = vv.cell is not None and paras[at].cell == vv.cell
        if paras[at].cell is not None and not in_cell:
            break
        if not continues_subject_line(
            head.subject, paras[at].text, column=len(vv.text.strip()), same_cell=in_cell
        ) and not _wrapped_before_body(head.subject, paras, at):
            break
        head.subject += " " + paras[at].text.strip()
        at, n = at + 1, n + 1
    return at


def _wrapped_before_body(subject: str, paras: list[Para], at: int) -> bool:
    """A V/v subject's wrapped lines that a plain-text reader joined into one paragraph ("Mặt trận Tổ quốc
    Việt Nam tỉnh" + "lần thứ XVI, nhiệm kỳ 2029 - 2034"), longer than the V/v column: still the subject's
    when "Kính gửi:" follows them (between the V/v line and the addressees a letter prints nothing else)
    and they make no sentence or label of their own (trial 27: a letter laid out with spaces)."""
    t = paras[at].text.strip()
    nxt = paras[at + 1].text if at + 1 < len(paras) else ""
    return (
        bool(t)
        and len(t) <= 200
        and ":" not in t
        and not t.endswith((".", ";", "!", "?"))
        and not subject.rstrip().endswith((".", ":", ";"))
        and bool(_ADDRESSED_RE.match(nxt))
        and continues_subject_line(subject, t, column=len(t))
    )


_ADDRESSED_RE = re.compile(r"^\s*Kính\s+gửi\s*:?\s*(.*)$", re.I | re.S)
_ITEM_RE = re.compile(r"^\s*[-–+•]\s*")


def read_addressees(body: list[Para]) -> list[str]:
    """The "Kính gửi:" addressees of a letter or report: on the same line ("Kính gửi: Ban Thường vụ Tỉnh
    ủy"), split at ";", a line break or a dash that opens an item, or as the dash items right under it.
    A dash inside a name ("Các tổ chức chính trị - xã hội xã", "Ban Kinh tế - Xã hội") is no item mark, as
    in "Nơi nhận:" (``signature._recipient_items``; trial 41). Read within the first paragraphs only."""
    for n, p in enumerate(body[:6]):
        m = _ADDRESSED_RE.match(p.text)
        if not m:
            continue
        pieces = re.split(r"\s*;\s*|\n", m.group(1))
        # a line that opens with no dash lists nothing by dashes: a dash there joins a name's words
        punctuated = ";" in m.group(1) or not _ITEM_RE.match(m.group(1))
        inline = [x for piece in pieces for x in (dashed_items(piece, punctuated) if piece.strip() else [])]
        names = [x for x in inline if _ITEM_RE.sub("", x).strip()]
        for q in body[n + 1 : n + 30]:
            if not _ITEM_RE.match(q.text) or len(q.text) > 200:
                break
            names.append(q.text)
        return [_ITEM_RE.sub("", x).strip().rstrip(" .;,") for x in names if len(x) <= 200]
    return []


def _header_zone(paras: list[Para]) -> int:
    """How many leading paragraphs hold the letterhead (a portal's title line above it included)."""
    end = 0
    for i, p in enumerate(paras[:14]):
        cells = split_row(p.text) if len(p.text) <= 1500 else [p.text]
        pieces = [unglue(c) for c in cells]
        first = pieces[0][0] if pieces[0] else "*"  # a line of dashes or stars only
        row = p.cell is not None or len(cells) > 1  # a letterhead table row: any cell may show it
        rest = [x for cell in pieces for x in cell][1:]
        if _is_caps(p.text) and type_of(p.text) and not is_motto(p.text) and len(p.text) <= 120:
            return i + 1 if end else end  # the type line ends the letterhead ("KẾT LUẬN", "HIẾN PHÁP")
        if (
            _is_header_piece(first)
            or (row and any(not c for c in pieces))
            or ((i <= 1 or row) and any(_is_header_piece(x) for x in rest))
        ):
            end = i + 1
        elif end == 0 and i < 2 and not BODY_START_RE.match(p.text):
            continue  # a title line printed above the letterhead
        else:
            break
    return end


def _is_header_piece(text: str) -> bool:
    t = text.strip()
    return (
        t in {"*", "***"}
        or bool(NUMBER_RE.match(t))
        or bool(PLACE_DATE_RE.match(t) and header_date(t))
        or is_motto(t)
        or bool(re.match(r"^(?:V/v|V/V)\b", t))
        or (_is_caps(t) and len(t) <= 90 and not BODY_START_RE.match(t))  # not "I. MỤC ĐÍCH"
    )


def _choose_issuer(meta: DocumentMeta, split: Split, header_issuer: str | None) -> None:
    """Title ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ"), then the letterhead, the body's "X ban hành", the T/M capacity.

    A letterhead naming the whole committee ("BAN CHẤP HÀNH TRUNG ƯƠNG") yields to the one body that
    signs for itself ("T/M BAN BÍ THƯ"); a capacity that names an organ only ("TM. BAN THƯỜNG VỤ") never
    replaces the letterhead's body.
    """
    if meta.issuer:
        meta.issuer = _placed(meta.issuer, header_issuer) if header_issuer else meta.issuer
        return
    # The first capacity names the body ("TM. BAN THƯỜNG TRỰC" of "TM. BAN THƯỜNG TRỰC KT. CHỦ TỊCH").
    cap = CAPACITY_RE.match(re.split(r"\s+(?=(?:K/T|KT\.|T/L|TL\.)\s)", meta.signer_capacity or "")[0])
    cap_body = body_name(cap.group(2)) if cap and cap.group(1).replace("/", "").startswith("TM") else None
    owned = cap_body is not None and bool(
        re.match(r"^(?:Ban Thường|Thường trực|Ban Chấp hành|Ủy ban nhân dân$)", cap_body)
    )
    if header_issuer and cap_body and not owned and header_issuer.startswith("Ban Chấp hành"):
        meta.issuer = cap_body
    meta.issuer = meta.issuer or header_issuer
    if not meta.issuer:
        for p in split.body[:3]:
            m = _ISSUED_BY_RE.search(p.text)
            if m:
                meta.issuer = m.group(1).strip()
                break
    meta.issuer = meta.issuer or cap_body


def _placed(organ: str, header_body: str) -> str:
    """An organ the title names without its place ("của Ban Thường vụ Tỉnh ủy") under a letterhead that
    names the body ("TỈNH ỦY QUẢNG NGÃI") is that body's organ: "Ban Thường vụ Tỉnh ủy Quảng Ngãi"."""
    words, head = organ.split(), fold(header_body).lower()
    if head in fold(organ).lower():
        return organ
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if tail.lower() in unit_words():
            # A level word qualifies the organ's owner ("Ban Chấp hành Đảng bộ huyện"): it names no body, so
            # the letterhead's committee ("HUYỆN ỦY CẨM THẠCH") is not glued on; only its place is.
            level = rf"(?i)(?<!\w){re.escape(tail)}(?:\s+(?:ủy|uỷ|đoàn|hội))?\s+(\w.*)$"
            place = re.search(level, header_body)
            return f"{organ} {place.group(1)}" if place and place.group(1)[:1].isupper() else organ
        if head.startswith(fold(tail).lower() + " "):
            return " ".join(words[:k]) + " " + header_body
    return organ


def _drop_repeated_title(rest: list[Para], head: list[Para], meta: DocumentMeta) -> list[Para]:
    """Legal texts repeat the issuer and "QUY ĐỊNH <subject>" after the preamble: not headings. Only in the
    body: in a short document's tail the issuer's name heads a copy note ("HUYỆN ỦY X" / "SAO LỤC")."""
    seen = {fold(p.text) for p in head}
    if meta.doc_type and meta.title:
        seen.add(fold(f"{meta.doc_type} {meta.title}"))
    closing = (
        n
        for n, p in enumerate(rest)
        if fold(p.text).startswith("noi nhan")
        or SIGNED_RE.match(p.text)
        or (CAPACITY_RE.match(p.text) and _is_caps(p.text))
        or COPY_RE.match(p.text)
    )
    limit = min(15, next(closing, 15))
    return [p for n, p in enumerate(rest) if not (n < limit and _is_caps(p.text) and fold(p.text) in seen)]


def _tail_start(rest: list[Para]) -> int:
    """Index where the tail starts: "Nơi nhận", a signing capacity, "Đã ký", or a closing signer title."""
    for i, p in enumerate(rest):
        if i == 0:
            continue
        t = p.text
        near_end = i >= len(rest) - 8
        pieces = unglue_signature(t) if len(t) <= 400 else [t]
        if (
            fold(t).startswith("noi nhan")
            or _signature_table(rest, i)
            or (CAPACITY_RE.match(pieces[0]) and _is_caps(pieces[0]))
            or SIGNED_RE.match(t)
            or (is_title(pieces[0]) and (near_end or len(pieces) > 1))
            or (near_end and COPY_RE.match(t))
        ):
            return i
    return len(rest)


def _signature_table(rest: list[Para], i: int) -> bool:
    """Whether ``rest[i]`` opens a table of signature columns: a table whose cells hold only short lines,
    among them a signer's title or capacity in capitals and a person's name ("GIÁM ĐỐC" / "PHÒNG GIAO
    DỊCH ..." / name beside "TM. BAN THƯỜNG VỤ" / "CHỦ TỊCH" / name). Its first column may open with a
    title that ``_tail_start`` would not take so far from the end (a "Nơi nhận" list printed under it)."""
    p = rest[i]
    if p.cell is None or (i and rest[i - 1].cell is not None and rest[i - 1].cell[0] == p.cell[0]):
        return False
    cells = []
    for q in rest[i:]:
        if q.cell is None or q.cell[0] != p.cell[0]:
            break
        cells.append(q.text.strip())
    if not cells or len(cells) > 16 or any(len(t) > 80 for t in cells):
        return False
    signs = any((CAPACITY_RE.match(t) or is_title(t)) and _is_caps(t) for t in cells)
    return signs and any(is_person_name(t) for t in cells)


def _read_web(lines: list[str], meta: DocumentMeta) -> None:
    """The web export's facts: page title, then subject, number, type, field, dates, issuer, signer."""
    if not lines:
        return
    dates = []
    for line in lines[1:]:
        nums = find_doc_numbers(line)
        if nums and nums[0][1] == 0 and nums[0][2] >= len(line) - 1:
            meta.number = meta.number or nums[0][0]
        elif DATE_NUM_RE.fullmatch(line.strip()):
            dates.append(iso_date(line))
        elif fold(line).startswith("ve "):
            meta.title = meta.title or line
        elif any(fold(line) == fold(name) for _, name in DOC_TYPES):
            meta.doc_type = meta.doc_type or line
        elif is_person_name(line) and line.split()[0] not in {"Bộ", "Ban", "Tỉnh", "Thường", "Văn", "Ủy"}:
            meta.signer = meta.signer or line
        elif re.match(r"^(Bộ|Ban|Tỉnh|Thành|Huyện|Thường|Văn phòng|Ủy ban|Đảng)\b", line):
            meta.issuer = meta.issuer or line
    if dates and not meta.date:
        meta.date = dates[0]


def _fill_gaps(meta: DocumentMeta) -> None:
    """Fall back to the number's type code for the type; write the number one way."""
    if not meta.doc_type and (code := number_code(meta.number)):
        meta.doc_type = type_of_code(code)
    if meta.number:
        meta.number = canonical_doc_number(meta.number)
