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
from assistant.models import CopyNote, DocumentMeta
from assistant.parse.clean import Para, _is_caps
from assistant.text import canonical_doc_number, clean_spaces, find_doc_numbers, fold

# Type words as printed in capitals (longest first, display form) and the type codes inside numbers,
# from the one lexicon of document types.
DOC_TYPES: list[tuple[str, str]] = [(t.caps_key, t.name) for t in doc_types()]
TYPE_CODES = {c.upper(): type_for_code(c) for t in doc_types() for c in t.codes}
# Multi-word names whose capitals are fixed by convention; other words go lower case.
_CAPS_PAIRS = {
    "bộ chính trị": "Bộ Chính trị",
    "ban bí thư": "Ban Bí thư",
    "ban chấp hành trung ương": "Ban Chấp hành Trung ương",
    "ban thường vụ": "Ban Thường vụ",
    "thường trực": "Thường trực",
    "tỉnh ủy": "Tỉnh ủy",
    "thành ủy": "Thành ủy",
    "huyện ủy": "Huyện ủy",
    "đảng ủy": "Đảng ủy",
    "trung ương": "Trung ương",
    "ban dân vận": "Ban Dân vận",
    "ban tuyên giáo": "Ban Tuyên giáo",
    "ban tổ chức": "Ban Tổ chức",
    "văn phòng": "Văn phòng",
    "mặt trận tổ quốc việt nam": "Mặt trận Tổ quốc Việt Nam",
    "ủy ban": "Ủy ban",
    "đảng đoàn": "Đảng đoàn",
}
_SKIP_HEADER = ("DANG CONG SAN VIET NAM", "CONG HOA XA HOI CHU NGHIA VIET NAM", "DOC LAP - TU DO - HANH PHUC")
_PLACE_DATE_RE = re.compile(
    r"^(?P<place>[^\W\d][^,;:]{1,40}),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
    re.I,
)
_DATE_WORDS_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_DATE_NUM_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")
_CAPACITY_RE = re.compile(r"^(T/M|TM\.?|K/T|KT\.?|T/L|TL\.?|T/U|TUQ\.?|Q\.)\s+(.+)$")
_SIGNED_RE = re.compile(r"^\(?\s*đã\s+ký(?:,[^)]*)?\)?\s*:?\s*(.*)$", re.I)
_TITLES = (
    "TONG BI THU",
    "PHO BI THU",
    "BI THU",
    "CHANH VAN PHONG",
    "PHO CHANH VAN PHONG",
    "CHU TICH",
    "PHO CHU TICH",
    "TRUONG BAN",
    "PHO TRUONG BAN",
    "GIAM DOC",
    "PHO GIAM DOC",
    "THUONG TRUC",
    "UY VIEN",
)
_COPY_RE = re.compile(r"^(SAO LỤC|SAO Y BẢN CHÍNH|SAO Y|TRÍCH SAO|BẢN SAO)$")
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


def is_person_name(text: str) -> bool:
    """2-5 capitalised words and nothing else ("Trần Quốc Vượng"): how a signature's name line looks."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


def iso_date(text: str) -> str | None:
    """The first date in ``text`` as yyyy-mm-dd ("ngày 8 tháng 12 năm 2009", "08/12/2009")."""
    for rx in (_DATE_WORDS_RE, _DATE_NUM_RE):
        m = rx.search(text)
        if m:
            d, mth, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= d <= 31 and 1 <= mth <= 12:
                return f"{y:04d}-{mth:02d}-{d:02d}"
    return None


def body_name(raw: str) -> str:
    """A body's name as written in running text: "BAN THƯỜNG VỤ TỈNH ỦY" -> "Ban Thường vụ Tỉnh ủy"."""
    s = clean_spaces(raw).strip(" ,.;:")
    if not _is_caps(s):
        return s
    low = s.lower()
    for k in sorted(_CAPS_PAIRS, key=len, reverse=True):
        low = low.replace(k, _CAPS_PAIRS[k])
    words = low.split()
    # After a party committee word comes a place name: capitalise it ("Tỉnh ủy Bình Thuận").
    for i in range(1, len(words)):
        if words[i - 1] in {"ủy", "tỉnh", "phố"} and words[i].islower() and words[i] not in {"ban", "viên"}:
            words[i:] = [w.capitalize() for w in words[i:]]
            break
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def type_of(line: str) -> str | None:
    """The document type a capitals line announces ("THÔNG BÁO", "KẾT LUẬN CỦA ...")."""
    key = fold(line).upper()
    for caps, name in DOC_TYPES:
        if key == caps or key.startswith(caps + " CUA ") or key.startswith(caps + " "):
            return name
    return None


def split_document(paras: list[Para], web_lines: list[str] | None = None) -> Split:
    """Find header, title, body and tail; fill ``DocumentMeta`` from them (and from web facts)."""
    meta = DocumentMeta()
    split = Split(meta=meta, body=[])
    title_at = next(
        (i for i, p in enumerate(paras[:30]) if _is_caps(p.text) and len(p.text) <= 120 and type_of(p.text)),
        None,
    )
    if title_at is None:
        title_at = 0
        while title_at < min(len(paras), 8) and _is_header_line(paras[title_at].text):
            title_at += 1
        body_start = title_at
    else:
        body_start = _read_title(paras, title_at, meta)
    header = paras[:title_at]
    header_issuer = _read_header(header, meta)
    split.issue_lines = [p for p in header if _PLACE_DATE_RE.match(p.text) or re.match(r"^Số\b", p.text)]
    split.header = [p.text for p in paras[:body_start]]
    rest = _drop_repeated_title(paras[body_start:], paras[:body_start], meta)
    tail_at = _tail_start(rest)
    split.body = rest[:tail_at]
    split.tail = [p.text for p in rest[tail_at:]]
    _read_tail(rest[tail_at:], meta, split)
    _fill_gaps(meta, split)
    # The header names the whole committee ("BAN CHẤP HÀNH TRUNG ƯƠNG") even for a Politburo text,
    # so it counts only after the title, the body and the signature have had their say.
    meta.issuer = meta.issuer or header_issuer
    _read_web(web_lines or [], meta)
    return split


def _drop_repeated_title(rest: list[Para], head: list[Para], meta: DocumentMeta) -> list[Para]:
    """Legal texts repeat the issuer and "QUY ĐỊNH <subject>" after the preamble: not headings."""
    seen = {fold(p.text) for p in head}
    if meta.doc_type and meta.title:
        seen.add(fold(f"{meta.doc_type} {meta.title}"))
    return [p for n, p in enumerate(rest) if not (n < 15 and _is_caps(p.text) and fold(p.text) in seen)]


def _is_header_line(text: str) -> bool:
    return (
        text == "*"
        or bool(re.match(r"^Số\s*:?\s*\S+", text) and find_doc_numbers(text))
        or bool(_PLACE_DATE_RE.match(text))
        or (_is_caps(text) and len(text) <= 80)
    )


def _read_title(paras: list[Para], at: int, meta: DocumentMeta) -> int:
    """Read the type line, "CỦA ..." lines and the subject; return where the body starts."""
    first = paras[at].text
    meta.doc_type = type_of(first)
    i = at + 1
    _issuer_from(first, meta)
    while i < len(paras) and _is_caps(paras[i].text) and len(paras[i].text) <= 150:
        line = paras[i].text
        if meta.doc_type == "Thông báo" and fold(line).upper().startswith("KET LUAN"):
            meta.doc_type = "Thông báo kết luận"
        elif not re.search(r"\bCỦA\b", line) and meta.title is None:
            meta.title = line  # a subject printed in capitals ("MỘT SỐ VẤN ĐỀ CỤ THỂ THI HÀNH ...")
        _issuer_from(line, meta)
        i += 1
    if i < len(paras) and meta.title is None:
        subject = paras[i].text
        s = fold(subject)
        looks_subject = subject[:1].islower() or s.startswith(("ve ", "v/v", "tai "))
        if looks_subject and len(subject) <= 600 and not subject.endswith(":"):
            meta.title = subject
            i += 1
    return i


def _issuer_from(line: str, meta: DocumentMeta) -> None:
    m = re.search(r"\bCỦA\s+(.+)$", line)
    if m and not meta.issuer:
        meta.issuer = body_name(m.group(1))


def _read_header(header: list[Para], meta: DocumentMeta) -> str | None:
    """Number, place and date from the header; returns the header's issuing body (a fallback only)."""
    issuers = []
    for p in header:
        text = p.text
        nums = find_doc_numbers(text)
        if nums and re.match(r"^Số\b", text):
            meta.number = meta.number or nums[0][0]
            # PDF headers often print "Số 06-HD/TW Hà Nội, ngày 09 tháng 6 năm 2025" on one line.
            m = _PLACE_DATE_RE.match(text[nums[0][2] :].strip(" ,"))
            if m:
                meta.place = meta.place or m.group("place").strip()
                meta.date = meta.date or iso_date(text)
            continue
        m = _PLACE_DATE_RE.match(text)
        if m:
            meta.place = meta.place or m.group("place").strip()
            meta.date = meta.date or iso_date(text)
            continue
        if _is_caps(text) and text != "*" and not fold(text).upper().startswith(_SKIP_HEADER):
            issuers.append(text)
    return body_name(issuers[0]) if issuers else None


def _tail_start(rest: list[Para]) -> int:
    """Index where the tail starts: "Nơi nhận", a signing capacity, "Đã ký", or a closing signer title."""
    for i, p in enumerate(rest):
        if i == 0:
            continue
        t = p.text
        near_end = i >= len(rest) - 8
        if (
            fold(t).startswith("noi nhan")
            or (_CAPACITY_RE.match(t) and _is_caps(t))
            or _SIGNED_RE.match(t)
            or (near_end and _is_caps(t) and fold(t).upper().startswith(_TITLES) and len(t) <= 60)
            or (near_end and _COPY_RE.match(t))
        ):
            return i
    return len(rest)


def _read_tail(tail: list[Para], meta: DocumentMeta, split: Split) -> None:
    """Recipients, signer (capacity, title, name) and copy notes, in whatever order they come."""
    copy: CopyNote | None = None
    in_recipients = False
    for n, p in enumerate(tail):
        t = p.text
        nxt = tail[n + 1].text if n + 1 < len(tail) else ""
        f = fold(t)
        if _COPY_RE.match(t):
            split.copy_block.append(p)
            continue
        if _COPY_RE.match(nxt) and _is_caps(t):
            copy = CopyNote(kind=nxt, issuer=body_name(t))
            meta.copies.append(copy)
            split.copy_block.append(p)
            in_recipients = False
            continue
        if f.startswith("noi nhan"):
            in_recipients = True
            rest = t.split(":", 1)[1].strip() if ":" in t else ""
            if rest and copy is None:
                meta.recipients.append(rest)
            continue
        if in_recipients and (t.startswith(("-", "+", "•")) or f.startswith("(bao cao") or t.startswith("}")):
            item = re.sub(r"\s*\}?\s*\(báo cáo\)\s*$", "", re.sub(r"^[-+•]\s*", "", t)).strip(" ,;.}")
            if copy is None and item and not f.startswith("(bao cao"):
                meta.recipients.append(item)
            continue
        in_recipients = False
        cap = _CAPACITY_RE.match(t)
        signed = _SIGNED_RE.match(t)
        if copy is not None:
            _read_copy_line(t, copy)
            split.copy_block.append(p)
        elif cap and _is_caps(t):
            meta.signer_capacity = clean_spaces(t)
            split.signature.append(p)
        elif signed:
            if signed.group(1).strip():
                meta.signer = signed.group(1).strip(" .")
            split.signature.append(p)
        elif _is_caps(t) and len(t) <= 60:
            meta.signer_title = meta.signer_title or t
            split.signature.append(p)
        elif is_person_name(t):
            meta.signer = meta.signer or t
            split.signature.append(p)
        else:
            split.warnings.append(f"tail text not understood: {t[:80]}")


def _read_copy_line(t: str, copy: CopyNote) -> None:
    m = _PLACE_DATE_RE.match(t)
    signed = _SIGNED_RE.match(t)
    if m:
        copy.place, copy.date = m.group("place").strip(), iso_date(t)
    elif re.match(r"^Số\b", t) and find_doc_numbers(t):
        copy.number = find_doc_numbers(t)[0][0]
    elif signed and signed.group(1).strip():
        copy.signer = signed.group(1).strip(" .")
    elif is_person_name(t):
        copy.signer = t
    elif not _is_caps(t) and len(t) > 20 and copy.instruction is None:
        copy.instruction = t


def _read_web(lines: list[str], meta: DocumentMeta) -> None:
    """The web export's facts: page title, then subject, number, type, field, dates, issuer, signer."""
    if not lines:
        return
    dates = []
    for line in lines[1:]:
        nums = find_doc_numbers(line)
        if nums and nums[0][1] == 0 and nums[0][2] >= len(line) - 1:
            meta.number = meta.number or nums[0][0]
        elif _DATE_NUM_RE.fullmatch(line.strip()):
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


def _fill_gaps(meta: DocumentMeta, split: Split) -> None:
    """Fall back to the body's own words, the signing capacity, then the number's type code."""
    if not meta.issuer:
        for p in split.body[:3]:
            m = _ISSUED_BY_RE.search(p.text)
            if m:
                meta.issuer = m.group(1).strip()
                break
    if not meta.issuer and meta.signer_capacity and meta.signer_capacity.startswith(("T/M", "TM")):
        meta.issuer = body_name(_CAPACITY_RE.match(meta.signer_capacity).group(2))  # type: ignore[union-attr]
    if not meta.doc_type and meta.number:
        m = re.match(r"\d+(?:/\d{4})?[-/]([A-ZĐa-z]+)", meta.number)
        if m:
            meta.doc_type = TYPE_CODES.get(m.group(1).upper())
    if meta.number:
        meta.number = canonical_doc_number(meta.number)
