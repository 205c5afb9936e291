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

from assistant.lexicon.doc_types import doc_types, type_for_code
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
    read_letterhead,
    split_row,
    unglue,
)
from assistant.parse.signature import DATE_NUM_RE, explode_tail, iso_date, read_tail
from assistant.parse.tail import (
    CAPACITY_RE,
    COPY_RE,
    SIGNED_RE,
    Appendix,
    is_person_name,
    is_title,
    unglue_signature,
)
from assistant.text import canonical_doc_number, find_doc_numbers, fold

__all__ = ["Split", "split_document", "body_name", "iso_date", "is_person_name", "type_of"]

# Type words as printed in capitals (longest first, display form) and the type codes inside numbers,
# from the one lexicon of document types.
DOC_TYPES: list[tuple[str, str]] = [(t.caps_key, t.name) for t in doc_types()]
TYPE_CODES = {c.upper(): type_for_code(c) for t in doc_types() for c in t.codes}
_ISSUED_BY_RE = re.compile(
    r"((?:Ban Thường vụ|Thường trực|Ban Chấp hành|Bộ Chính trị|Ban Bí thư)[^,.;:]{0,40}?)\s+ban hành\s+"
    r"(?:Kế hoạch|Chương trình|Nghị quyết|Kết luận|Chỉ thị|Quy định|Hướng dẫn|Thông báo)"
)
_BODY_START_RE = re.compile(
    r"^(?:Căn cứ|Thực hiện|Kính gửi|Xét|Ngày \d|Tại|Sau khi|\d{1,2}\s*[.)]|[IVX]+\s*[.\-])"
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
    # Appendices, schedules, lists and forms after the signature: content, sections of their own.
    appendices: list[Appendix] = field(default_factory=list)


def type_of(line: str) -> str | None:
    """The document type a capitals line announces ("THÔNG BÁO", "KẾT LUẬN CỦA ...")."""
    key = fold(line).upper()
    for caps, name in DOC_TYPES:
        if key == caps or key.startswith(caps + " CUA ") or key.startswith(caps + " "):
            return name
    return None


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
        body_start = _read_title(paras, title_at, meta)
    header = paras[:title_at]
    head = read_letterhead(header)
    header_issuer = issuing_body(head.bodies)
    meta.number, meta.date, meta.place = head.number, head.date, head.place
    if head.subject and not meta.title:
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
    _choose_issuer(meta, split, header_issuer)
    _read_web(web_lines or [], meta)
    _fill_gaps(meta)
    return split


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
        elif end == 0 and i < 2 and not _BODY_START_RE.match(p.text):
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
        or (_is_caps(t) and len(t) <= 90 and not _BODY_START_RE.match(t))  # not "I. MỤC ĐÍCH"
    )


def _choose_issuer(meta: DocumentMeta, split: Split, header_issuer: str | None) -> None:
    """Title ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ"), then the letterhead, the body's "X ban hành", the T/M capacity.

    A letterhead naming the whole committee ("BAN CHẤP HÀNH TRUNG ƯƠNG") yields to the one body that
    signs for itself ("T/M BAN BÍ THƯ"); a capacity that names an organ only ("TM. BAN THƯỜNG VỤ") never
    replaces the letterhead's body.
    """
    if meta.issuer:
        return
    cap = CAPACITY_RE.match(meta.signer_capacity or "")
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


_PREAMBLE_OPENINGS = (
    "can cu",
    "thuc hien",
    "kinh gui",
    "de ",
    "nham ",
    "ngay ",
    "trien khai",
    "theo ",
    "sau khi",
    "qua ",
    "tiep tuc",
    "chap hanh",
    "quan triet",
    "nhu ",
    "trong ",
    "hien nay",
    "tren co so",
)


def _read_title(paras: list[Para], at: int, meta: DocumentMeta) -> int:
    """Read the type line, "CỦA ..." lines and the subject; return where the body starts.

    The subject may run over several lines: capitals lines that go on from the one above ("...;" or
    "VÀ ..."), centred lines printed like the first subject line, or lines an enumeration carries on
    ("(1) ...;" + "(2) ..."). A state or organisation name right under the type ("ĐIỀU LỆ" + "ĐOÀN THANH
    NIÊN CỘNG SẢN HỒ CHÍ MINH") says whose charter it is: it is kept with its adoption note when one follows.
    """
    first = paras[at].text
    meta.doc_type = type_of(first)
    i = at + 1
    _issuer_from(first, meta)
    header = {fold(p.text) for p in paras[:at]}
    lines: list[str] = []
    while i < len(paras) and _is_caps(paras[i].text) and len(paras[i].text) <= 500:
        line = paras[i].text
        if meta.doc_type == "Thông báo" and fold(line).upper().startswith("KET LUAN"):
            meta.doc_type = "Thông báo kết luận"
        elif _names_issuer(line) or fold(line) in header:
            pass  # "CỦA BỘ CHÍNH TRỊ", the issuer repeated under a decision's title
        elif not lines and _is_name(line):
            # Whose charter or constitution: the name with its adoption note ("(Đại hội ... thông qua
            # ngày ...)"), or the state's name as printed ("NƯỚC CỘNG HÒA ..."); a motto alone never.
            lines = [line] if not is_motto(line) else []
            i = _adoption_note(paras, i + 1, [line], lines)
            break
        elif not lines or _goes_on(lines[-1], line):
            lines.append(line)  # a subject printed in capitals ("MỘT SỐ VẤN ĐỀ CỤ THỂ THI HÀNH ...")
        _issuer_from(line, meta)
        i += 1
    if lines:
        meta.title = " ".join(lines)
    if i < len(paras) and meta.title is None and _is_subject(paras, i):
        subject = [paras[i].text]
        i += 1
        while i < len(paras) and _continues_subject(paras[i - 1], paras[i], len(" ".join(subject))):
            subject.append(paras[i].text)
            i += 1
        meta.title = " ".join(subject)
        by = re.match(r"^của\s+(.{3,60}?)\s+(?:về|tại|đối với)\s", meta.title)
        if by:  # "THÔNG BÁO KẾT LUẬN" / "của Ban Thường vụ Huyện ủy về ...": the subject is "về ..."
            meta.title = meta.title[by.end(1) :].strip()
            if not meta.issuer:
                meta.issuer = by.group(1)
    return i


def _names_issuer(line: str) -> bool:
    """ "CỦA BỘ CHÍNH TRỊ" or "KẾT LUẬN CỦA ..." names the issuer; "SỬA ĐỔI ... CỦA LUẬT ..." is a subject."""
    m = re.search(r"\bCỦA\b", line)
    return bool(m) and (not line[: m.start()].strip() or bool(type_of(line[: m.start()].strip())))


def _goes_on(prev: str, line: str) -> bool:
    """A capitals line carrying the subject above on ("...;" + "VIỆC ...", "... ĐẠI BIỂU" + "VÀ ...")."""
    return prev.rstrip().endswith((";", ",", "-", "–")) or bool(
        re.match(r"^(?:VÀ|CỦA|VỀ|TRONG|CHO|VỚI|ĐỐI VỚI|TẠI|THEO|NĂM|GIAI ĐOẠN|NHIỆM KỲ|\(\d)", line)
    )


def _is_name(line: str) -> bool:
    """A state's or mass organisation's name ("NƯỚC CỘNG HÒA ...", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH")."""
    return is_motto(re.sub(r"^(?:NƯỚC|CỦA)\s+", "", line.strip()))


def _adoption_note(paras: list[Para], i: int, name: list[str], lines: list[str]) -> int:
    """Where the body starts after a name line; with a parenthesised adoption note (one or two lines,
    "... thông qua ngày ...") after it, ``lines`` becomes the name and the note."""
    for j in (i, i + 1):
        note = " ".join(p.text for p in paras[i : j + 1])
        if j < len(paras) and note.startswith("(") and note.endswith(")") and len(note) <= 250:
            if re.search(r"thông qua|ban hành", note, re.I):
                lines[:] = [*name, note]
                return j + 1
            return i
    return i


def _is_subject(paras: list[Para], i: int) -> bool:
    """Is ``paras[i]`` a subject in sentence case ("Tổ chức Tháng Thanh niên năm 2026")? Short, ending
    without ":" or ".", neither a numbered heading nor the preamble. A line centred under a centred type
    line is one whatever its length or last mark; so is a line citing what it implements when the
    preamble follows it ("Thực hiện Chỉ thị số 21-CT/TW ... năm 2026" + "Thực hiện Chỉ thị số ...")."""
    subject = paras[i].text
    s = fold(subject)
    if subject.endswith(":") or len(subject) > 600 or not (subject[:1].isupper() or subject[:1].islower()):
        return False
    if re.match(r"^(?:[IVXLC]+|\d+|[a-zđ])[.)\-]\s", subject) or re.match(
        r"^(?:chuong|muc|dieu|phan|phu luc|buoc|cach|tiet)\b", s
    ):
        return False
    if subject[:1].islower() or s.startswith(("ve ", "v/v", "tai ")):
        return True
    preamble = s.startswith(_PREAMBLE_OPENINGS) and _reads_as_preamble(subject)
    if _centred(paras[i - 1]) and _centred(paras[i]) and not (preamble and len(subject) > 300):
        return True
    if preamble:
        nxt = fold(paras[i + 1].text) if i + 1 < len(paras) else ""
        cites_only = "nhu sau" not in s and len(subject) <= 200 and not subject.rstrip().endswith((".", ";"))
        return cites_only and nxt.startswith(_PREAMBLE_OPENINGS)
    return len(subject) <= 200 and not subject.rstrip().endswith((":", ".", ";"))


def _centred(p: Para) -> bool:
    return "center" in p.style and p.cell is None


def _continues_subject(prev: Para, p: Para, length: int) -> bool:
    """Does ``p`` carry the subject line above on: centred like it, or an enumeration or clause it left
    open ("... (1) Tình trạng úng ngập;" + "(2) Ùn tắc giao thông; ...")?"""
    t = p.text
    if length + len(t) > 600 or t.endswith(":") or _BODY_START_RE.match(t):
        return False
    if fold(t).startswith(_PREAMBLE_OPENINGS):
        return False
    if _centred(prev) and _centred(p) and not _is_caps(t) and re.search(r"\w", t):
        return True
    opened = prev.text.rstrip().endswith((";", ",", "-", "–"))
    return opened and (t[:1].islower() or bool(re.match(r"^\(\d{1,2}\)", t)))


def _reads_as_preamble(line: str) -> bool:
    """ "Thực hiện Kế hoạch số 112-KH/TU ..., ban hành kế hoạch như sau" cites a document or hands over to
    the items; a subject opening with the same words ("Triển khai thực hiện công tác dân vận khéo năm
    2026") does neither."""
    f = fold(line)
    return bool(find_doc_numbers(line)) or " so " in f or "nhu sau" in f or len(line) > 160


def _issuer_from(line: str, meta: DocumentMeta) -> None:
    """ "CỦA BỘ CHÍNH TRỊ" under the type, or "KẾT LUẬN CỦA ..." on the type line, names the issuer."""
    m = re.search(r"\bCỦA\s+(.+)$", line)
    before = line[: m.start()].strip() if m else ""
    if m and before and not type_of(before):
        return
    if m and not meta.issuer and len(m.group(1)) <= 80:
        meta.issuer = body_name(m.group(1))


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
            or (CAPACITY_RE.match(pieces[0]) and _is_caps(pieces[0]))
            or SIGNED_RE.match(t)
            or (is_title(pieces[0]) and (near_end or len(pieces) > 1))
            or (near_end and COPY_RE.match(t))
        ):
            return i
    return len(rest)


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
    if not meta.doc_type and meta.number:
        m = re.match(r"\d*(?:/\d{4})?[-/]([A-ZĐa-zđ]+)", meta.number)
        if m:
            meta.doc_type = TYPE_CODES.get(m.group(1).upper())
    if meta.number:
        meta.number = canonical_doc_number(meta.number)
