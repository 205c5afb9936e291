"""The title block under the letterhead: the type line ("KẾ HOẠCH", "THÔNG BÁO" + "KẾT LUẬN"), the issuer
it names ("KẾT LUẬN CỦA BỘ CHÍNH TRỊ") and the subject, in capitals or in sentence case, over one line or
several. Read by ``parse.metadata.split_document``.
"""

from __future__ import annotations

import re

from assistant.lexicon.doc_types import doc_types, type_for_code
from assistant.lexicon.phrases import level_name_levels
from assistant.models import DocumentMeta
from assistant.parse.clean import Para, _is_caps
from assistant.parse.header import body_name, is_motto
from assistant.text import find_doc_numbers, fold

__all__ = [
    "DOC_TYPES", "TYPE_CODES", "BODY_START_RE", "type_of", "type_of_code", "number_code", "is_joint",
    "read_title", "continues_subject_line", "issue_note",
]  # fmt: skip

# Type words as printed in capitals (longest first, display form) and the type codes inside numbers,
# from the one lexicon of document types.
DOC_TYPES: list[tuple[str, str]] = [(t.caps_key, t.name) for t in doc_types()]
TYPE_CODES = {c.upper(): type_for_code(c) for t in doc_types() for c in t.codes}
# Where the body starts: the preamble's openings, a numbered item ("1.", "I."), a division heading
# ("Chương I", "Mục 2", "Điều 1.", "Phần thứ nhất"): none of them is the title block's.
BODY_START_RE = re.compile(
    r"^(?:Căn cứ|Thực hiện|Kính gửi|Xét|Ngày \d|Tại|Sau khi|\d{1,2}\s*[.)]|[IVX]+\s*[.\-]"
    r"|(?:Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU|Phần|PHẦN)\s+(?:[\dIVXLC]+\b|thứ\b|THỨ\b))"
)
# A note on how the document was issued, printed under its subject: "(Ban hành kèm theo Quyết định số
# 27-QĐ/HPN ngày ...)". It is text a reader quotes (which decision issued it), not the subject.
_ISSUE_NOTE_RE = re.compile(r"^\(\s*(?:Ban hành\s+)?kèm theo\b", re.I)


def issue_note(line: str) -> bool:
    """Is ``line`` the note saying which document issues this one ("(Ban hành kèm theo Quyết định ...)")?"""
    return bool(_ISSUE_NOTE_RE.match(line.strip())) and len(line) <= 400


def type_of_code(code: str) -> str | None:
    """The type a number's code means, or the type of the longest code it starts with ("KHLT" for a joint
    plan, "HDLN" for an inter-agency guidance: a type code with a qualifier's initials after it)."""
    key = code.upper()
    if key in TYPE_CODES:
        return TYPE_CODES[key]
    prefixes = [c for c in TYPE_CODES if key.startswith(c) and len(c) >= 2]
    return TYPE_CODES[max(prefixes, key=len)] if prefixes else None


_JOINT_RE = re.compile(r"\bLIEN (?:TICH|NGANH)\b")
# A type line naming a cooperation ("CHƯƠNG TRÌNH PHỐI HỢP", "KẾ HOẠCH PHỐI HỢP", "QUY CHẾ PHỐI HỢP"): the
# type's words, then "PHỐI HỢP" (folded).
_COOPERATION_RE = re.compile(r"^(?:\S+\s+){1,3}PHOI HOP\b")
_NUMBER_CODE_RE = re.compile(r"^\d*(?:/\d{4})?[-/]([A-ZĐa-zđ]+)")


def is_joint(type_line: str | None, number: str | None, columns: int = 1) -> bool:
    """A joint document, issued by several bodies together: its type line says so ("KẾ HOẠCH LIÊN TỊCH",
    "THÔNG TƯ LIÊN TỊCH", "HƯỚNG DẪN LIÊN NGÀNH"), its number's code is a type code with "LT" / "LN" / "PH"
    after it ("02/KHLT-PN-ĐTN", "102/2025/NQLT-...", "03/CTrPH-MTTQ-UBND": a "chương trình phối hợp"), or
    its type line names a cooperation ("CHƯƠNG TRÌNH PHỐI HỢP") and ``columns`` (the signature columns
    read) show more than one body signing: one body's "kế hoạch phối hợp" with others is signed once."""
    folded = fold(type_line or "").upper()
    if type_line and _JOINT_RE.search(folded):
        return True
    code = (number_code(number) or "").upper()
    if any(code in (c + "LT", c + "LN", c + "PH") for c in TYPE_CODES):
        return True
    return columns >= 2 and bool(_COOPERATION_RE.match(folded)) and type_of(type_line or "") is not None


def number_code(number: str | None) -> str | None:
    """The letters after a document number's digits and year ("KHLT" of "02/KHLT-PN-ĐTN", "KL" of
    "62-KL/TW"), or None."""
    m = _NUMBER_CODE_RE.match(number or "")
    return m.group(1) if m else None


def type_of(line: str) -> str | None:
    """The document type a capitals line announces ("THÔNG BÁO", "KẾT LUẬN CỦA ...")."""
    key = fold(line).upper()
    for caps, name in DOC_TYPES:
        if key == caps or key.startswith(caps + " CUA ") or key.startswith(caps + " "):
            return name
    return None


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


def _subject_lines(paras: list, i: int) -> tuple[list[str], int]:
    """The subject line starting at paragraph ``i`` and the lines that carry it on
    (``_continues_subject``), and the index after them."""
    lines = [paras[i].text]
    i += 1
    while i < len(paras) and _continues_subject(
        paras[i - 1], paras[i], len(" ".join(lines)), paras[i + 1] if i + 1 < len(paras) else None
    ):
        lines.append(paras[i].text)
        i += 1
    return lines, i


def read_title(paras: list[Para], at: int, meta: DocumentMeta) -> int:
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
        if BODY_START_RE.match(line):
            break  # "CHƯƠNG I", "I. MỤC ĐÍCH, YÊU CẦU": the body's first heading
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
    if lines and i < len(paras) and _about_line(paras[i].text):
        # "NGHỊ QUYẾT" / "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LẦN THỨ 9" / "về phát triển ...": the capitals
        # line names the meeting or body that adopted it and the "về ..." line under it is the subject; a
        # subject in capitals that a "về ..." line carries on ("THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW" / "về ...")
        # keeps both.
        about, i = _subject_lines(paras, i)
        if not all(_names_meeting(x) for x in lines):
            about = [*lines, *about]
        lines = about
    if lines:
        meta.title = " ".join(lines)
    if i < len(paras) and meta.title is None and _is_subject(paras, i):
        subject, i = _subject_lines(paras, i)
        meta.title = " ".join(subject)
        by = re.match(r"^của\s+(.{3,60}?)\s+(?:về|tại|đối với)\s", meta.title)
        if by and not meta.issuer and not _names_person(by.group(1)):
            # "của đồng chí Bí thư Đảng ủy tại hội nghị ...": whose words are announced (a speaker, an office
            # holder), never the issuer; the letterhead's body issues it (trial 41, an HTML Thông báo)
            meta.issuer = by.group(1)
        if by and re.match(r"(?:về|đối với)\s", meta.title[by.end(1) :].strip()):
            # "THÔNG BÁO KẾT LUẬN" / "của Ban Thường vụ Huyện ủy về ...": the subject is "về ..."; one "tại
            # cuộc họp ngày ..." names the meeting, not a subject, and is kept whole with whose it is
            meta.title = meta.title[by.end(1) :].strip()
    return i


# A capitals line under the type that names who adopted the document, not what it is about: a meeting
# ("HỘI NGHỊ BAN CHẤP HÀNH ... LẦN THỨ 9", "ĐẠI HỘI ĐẠI BIỂU ...", "KỲ HỌP THỨ ...") or a collective body.
# the level syllables of everyday names ("TỈNH ỦY", "THỊ ỦY"; ``phrases.json`` level_names)
_LEVEL_SYLLABLES = "|".join(sorted(w.upper() for w in level_name_levels()))
_MEETING_RE = re.compile(
    r"^(?:HOI NGHI|DAI HOI|KY HOP|PHIEN HOP|BAN CHAP HANH|BAN THUONG VU|BAN THUONG TRUC|BO CHINH TRI"
    rf"|BAN BI THU|HOI DONG NHAN DAN|UY BAN NHAN DAN|DANG UY|(?:{_LEVEL_SYLLABLES}) UY)\b"
)


def _names_meeting(line: str) -> bool:
    return bool(_MEETING_RE.match(fold(line).upper()))


def _about_line(line: str) -> bool:
    """A subject line in sentence case saying what the document is about: "về ...", "V/v ...", "đối với"."""
    t = line.strip()
    return len(t) <= 300 and not t.endswith(":") and bool(re.match(r"^(?:về|V/v|đối với)\s+\S", t))


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
    return is_motto(re.sub(r"^NƯỚC\s+", "", line.strip()))


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
    if subject.rstrip().endswith(";"):  # an enumeration the next line carries on: "(1) ...;" + "(2) ..."
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        return len(subject) <= 200 and nxt is not None and _continues_subject(paras[i], nxt, len(subject))
    return len(subject) <= 200 and not subject.rstrip().endswith((":", "."))


def _centred(p: Para) -> bool:
    return "center" in p.style and p.cell is None


def _continues_subject(prev: Para, p: Para, length: int, nxt: Para | None = None) -> bool:
    """Does ``p`` carry the subject line above on: centred like it, or an enumeration or clause it left
    open ("... (1) Tình trạng úng ngập;" + "(2) Ùn tắc giao thông; ...")? ``nxt`` is the line after ``p``:
    when the body opens there, a short line in the subject's type that opens with a capital is where a
    name was wrapped ("... mặn vụ Đông" + "Xuân 2027 - 2028")."""
    t = p.text
    if length + len(t) > 600 or t.endswith(":") or BODY_START_RE.match(t) or _ISSUE_NOTE_RE.match(t):
        return False
    if fold(t).startswith(_PREAMBLE_OPENINGS):
        return False
    if _centred(prev) and _centred(p) and not _is_caps(t) and re.search(r"\w", t):
        return True
    opened = prev.text.rstrip().endswith((";", ",", "-", "–"))
    if opened and (t[:1].islower() or bool(re.match(r"^\(\d{1,2}\)", t))):
        return True
    # A subject wrapped onto the next line in the same type (a PDF's lines are not centred paragraphs):
    # "của Ban Thường vụ Huyện ủy" + "tại cuộc họp ngày 05/6/2025"; the body never opens in lower case.
    same_type = all((k in prev.style) == (k in p.style) for k in ("bold", "italic"))
    if not same_type:
        return False
    if continues_subject_line(prev.text, t):
        return True
    # The line wrapped inside a name, so the next line opens with a capital: it is the subject's when the
    # body opens right after it (the preamble, the first heading, "Kính gửi"), it fits the subject's line
    # and it is no sentence or label of its own (no ":", no full stop).
    return (
        nxt is not None
        and t[:1].isupper()
        and ":" not in t
        and _body_opens(nxt.text)
        and continues_subject_line(prev.text, t, column=len(prev.text))
    )


def _body_opens(text: str) -> bool:
    """Does the body open with this line: the preamble ("Kính gửi", "Căn cứ", ...) or the first heading?"""
    f = fold(text)
    return bool(BODY_START_RE.match(text)) or f.startswith(_PREAMBLE_OPENINGS)


# Where a wrapped subject's next line may start: in lower case ("kết quả hỗ trợ ..."), with a figure
# ("6 tháng đầu năm 2026") or with an opening quote or bracket ('"Vì người nghèo" năm 2026'). A line
# in capitals or opening with a capital letter starts something else (a heading, "Kính gửi:", the body).
_CONTINUATION_START_RE = re.compile(r"^(?:\d|[\"“”'‘(\[«])")
_BULLET_RE = re.compile(r"^[-–•+*▪]\s")


def continues_subject_line(prev: str, line: str, column: int | None = None, same_cell: bool = False) -> bool:
    """Does ``line`` carry on a subject line ``prev`` that was wrapped (the "V/v ..." of a letter, the
    subject under a type line)? The subject goes on until a line that opens something else: "Kính gửi:",
    the place and date, a heading or numbered item, the preamble ("Thực hiện ...", "Căn cứ ..."), a list
    item, or a line starting with a capital; never after a subject line that ended a sentence, and never
    with a long line or one that announces what follows (":").

    A "V/v" subject wraps in its narrow letterhead column wherever the column ends, so its next line may
    open with a name ("V/v hướng dẫn lập hồ sơ vay vốn" / "Quỹ Hỗ trợ nông dân đợt 2 năm 2028"). A caller
    that knows the line is printed right under the V/v line says so: ``same_cell``, a paragraph of the V/v
    line's own table cell, or ``column``, the V/v line's width, for a line under it outside any cell; then
    a line opening with a capital carries the subject on too, in a cell always, outside one when it fits
    the column (at most half as long again) and ends no sentence (a body's first line is a sentence)."""
    t = line.strip()
    if not t or len(t) > 200 or t.endswith(":") or prev.rstrip().endswith((".", ":", ";", "!", "?")):
        return False
    if BODY_START_RE.match(t) or _ISSUE_NOTE_RE.match(t) or _BULLET_RE.match(t) or _is_caps(t):
        return False
    if re.search(r"\bngày\s+\d{1,2}\s+tháng\b", t) or fold(t).startswith(_PREAMBLE_OPENINGS):
        return False
    if t[:1].islower() or _CONTINUATION_START_RE.match(t):
        return True
    if same_cell:
        return True
    fits = column is not None and len(t) <= max(40, column * 3 // 2)
    return fits and not t.endswith((".", ";", "!", "?"))


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
    if m and _names_person(m.group(1)):
        return  # "KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ HUYỆN ỦY": whose words are announced, not who issues them
    if m and not meta.issuer and len(m.group(1)) <= 80:
        meta.issuer = body_name(m.group(1))


# A person named by a form of address or by an office ("ĐỒNG CHÍ ...", "BÍ THƯ HUYỆN ỦY", "CHỦ TỊCH UBND"):
# a conclusion "CỦA" a person is announced by that person's committee or office, which the letterhead names.
_PERSON_RE = re.compile(
    r"^(?:DONG CHI|DC|ONG|BA|TONG BI THU|CHU TICH|PHO CHU TICH|THU TUONG|PHO THU TUONG|BI THU|PHO BI THU"
    r"|TRUONG BAN|PHO TRUONG BAN|GIAM DOC|PHO GIAM DOC|BO TRUONG|THU TRUONG|CHANH VAN PHONG)\b"
)


def _names_person(name: str) -> bool:
    """Whether the words after "CỦA" name a person (an office holder) rather than a body."""
    return bool(_PERSON_RE.match(fold(name).upper().strip(" .,:")))


_SOURCE_TAG_RE = re.compile(r"^[^\s:]{2,20}:\s+")  # "Web.ĐTN: ", "TTXVN: " before a news lead


def lead_title(text: str, limit: int = 200) -> str | None:
    """A document with neither type line nor subject (a news article, a note) is named by its lead: the
    first sentence of its first paragraph, without the source tag, cut at a word within ``limit``."""
    first = next((p.strip() for p in text.split("\n\n") if len(p.strip()) >= 40), "")
    first = _SOURCE_TAG_RE.sub("", first)
    if not first:
        return None
    end = re.search(r"[.!?](?:\s|$)", first)
    sentence = first[: end.start()] if end else first
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"
    return sentence or None
