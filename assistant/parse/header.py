"""The letterhead: issuing body, number, place, date and "V/v" subject, read cell by cell or from flat text.

Vietnamese office documents print the letterhead as two columns (Nghị định 30/2020, Quy định 66-QĐ/TW):
left, the issuing body (under its parent body, e.g. "ĐẢNG BỘ TỈNH KHÁNH HOÀ" / "ĐẢNG UỶ XÃ CÔNG HẢI"), "*",
"Số 87-CV/ĐU" and, for an official letter, "V/v ..."; right, the motto ("ĐẢNG CỘNG SẢN VIỆT NAM",
"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", or a mass organisation's national
name) and "Place, ngày ... tháng ... năm ...". Word files keep the columns as table cells (``Para.cell``);
text exports, PDFs and portals glue them onto one line ("VĂN PHÒNG CHÍNH PHỦ -------",
"Số: 2739/VPCP-ĐMDN V/v ..."), so flat lines are first cut into the pieces a column would hold.

Numbers and dates keep what is printed even when digits are left blank for an electronic signature:
"Số: /KH-SGDĐT" -> ``"/KH-SGDĐT"``, "Số   - HD/BTCTU" -> ``"-HD/BTCTU"``; "ngày   tháng 5 năm 2024" ->
``"2024-05"`` (partial ISO 8601: year-month).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.lexicon.levels import level_syllables, unit_words, upper_unit_words
from assistant.parse.clean import Para, _is_caps
from assistant.text import clean_spaces, fold, normalize, normalize_cased

# National names printed in the right-hand column: never the issuing body.
_MOTTOS = (
    "DANG CONG SAN VIET NAM",
    "CONG HOA XA HOI CHU NGHIA VIET NAM",
    "DOC LAP - TU DO - HANH PHUC",
    "DOC LAP – TU DO – HANH PHUC",
    "DOAN TNCS HO CHI MINH",
    "DOAN THANH NIEN CONG SAN HO CHI MINH",
    "HOI LIEN HIEP PHU NU VIET NAM",
    "HOI NONG DAN VIET NAM",
    "HOI CUU CHIEN BINH VIET NAM",
    "CONG DOAN VIET NAM",
    "TONG LIEN DOAN LAO DONG VIET NAM",
)
_MOTTO_RE = re.compile(
    "|".join(
        r"\s*".join(re.escape(w) for w in m.replace("–", "-").split()).replace(r"\-", r"[-–]")
        for m in _MOTTOS
    ),
    re.I,
)
NUMBER_RE = re.compile(
    r"^(?:(?:Luật|LUẬT|Nghị quyết|NGHỊ QUYẾT|Pháp lệnh|Lệnh)\s+)?(?:Số|SỐ|số)\s*:?\s*"
    r"(?P<num>(?:\d{1,5}\s*)?[-/]\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-ZĐa-zđ0-9]*(?:\s*[-/]\s*[A-ZĐ0-9][A-ZĐa-zđ0-9]*)*)"
)
_DATE_RE = re.compile(
    r"ngày\s*(?P<d>\d{1,2})?[\s.…/]*tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d(?:\s?\d){3})(?!\d)", re.I
)
PLACE_DATE_RE = re.compile(r"^(?P<place>[^\W\d][^,;:]{1,40}?)\s*,\s*(?=ngày\b)", re.I)
_VV_RE = re.compile(r"^(?:V/v|V/V|v/v|Về việc|VỀ VIỆC)\b\s*:?\s*")
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = UPPER.lower()
_DASHES_RE = re.compile(r"\s*(?:-{3,}|–{2,}|_{3,}|\*{1,3})\s*")
# Where a glued line is cut: before "Số", a place-and-date, "V/v", "Kính gửi"; between a sentence (or a
# lower-case word) and a run of capitals; mottos are cut out separately, and the text after a date.
_CUT_RE = re.compile(
    rf"(?<=\S)\s*(?=(?:Số|SỐ)\s*:?\s*(?:\d|[-/]\s*[A-ZĐ]))"
    rf"|(?<=\S)\s+(?=(?:V/v|V/V|Kính gửi)\b)"
    rf"|(?<=[{LOWER}0-9”\"]\.)\s+(?=[{UPPER}]{{2,}}\s+[{UPPER}]{{2,}})"
    rf"|(?<=[{LOWER}])(?=[{UPPER}]{{2,}}\s+[{UPPER}]{{2,}})"
)
_PLACE_CUT_RE = re.compile(rf"(?<=\S)\s+(?=(?:[{UPPER}][{LOWER}]*\s){{0,3}}[{UPPER}][{LOWER}]*,\s*ngày\s)")
_PLACE_START_RE = re.compile(rf"^(?:[{UPPER}][{LOWER}]*\.?\s){{0,3}}[{UPPER}][{LOWER}]*,\s*ngày\b")
_AFTER_DATE_RE = re.compile(r"năm\s*\d(?:\s?\d){3}(?!\d)")
# Words that begin a body's name, a level (place) word, and organs that name nothing without their owner.
_LEVEL_WORDS = upper_unit_words()  # folded upper case ("THI TRAN"), ``lexicon.levels``
_OWNED_ORGANS = re.compile(
    r"^(?:BAN\s+(?:THUONG VU|THUONG TRUC|CHAP HANH|TO CHUC|TUYEN GIAO|DAN VAN|KIEM TRA|CHI DAO)|THUONG TRUC"
    r"|DANG DOAN|BAN CAN SU DANG|VAN PHONG)$"
)
# A body named by its level and kind only ("... HUYỆN HỘI", "TỈNH ĐOÀN") has its place on the next line when a
# narrow PDF column wraps it ("BAN THƯỜNG VỤ HUYỆN HỘI" / "ĐƠN DƯƠNG"); a line opening an organ is no place.
# (a level syllable of an everyday name, or a unit of one word: ``lexicon.levels``)
_LEVEL_HEADS = dict.fromkeys(w.upper() for w in (*level_syllables(), *_LEVEL_WORDS) if " " not in w)
_PLACELESS_END_RE = re.compile(
    rf"\b(?:{'|'.join(_LEVEL_HEADS)})"
    r"\s+(?:UY|DOAN|HOI)$"
)
_ORGAN_STARTS = (
    "BAN ", "HOI ", "DOAN ", "DANG ", "UY BAN", "CHI ", "VAN PHONG", "CONG DOAN", "MAT TRAN", "SO ",
    "PHONG ", "TRUNG TAM", "THUONG TRUC", "CUC ", "VIEN ", "TRUONG ",
)  # fmt: skip
# the first word of a committee's name: a level syllable, a unit of one word ("Xã đoàn"), or "Đảng" (ủy)
_COMMITTEE_FIRST = {*level_syllables(folded=False), *(w for w in unit_words() if " " not in w), "đảng"}
_LEVELS_VI = unit_words()  # lower case with diacritics ("thị xã"), ``lexicon.levels``
_OPEN_HEADS = ("THUONG VU", "DOAN CHU TICH", "BAU CU", "NHAN DAN", "VIET NAM", "CHAP HANH", "MTTQ")
_CAPS_PAIRS = {
    "ủy ban thường vụ quốc hội": "Ủy ban Thường vụ Quốc hội",
    "hội đồng bầu cử quốc gia": "Hội đồng Bầu cử Quốc gia", "bộ chính trị": "Bộ Chính trị",
    "ban bí thư": "Ban Bí thư", "ban chấp hành trung ương": "Ban Chấp hành Trung ương",
    "ban chấp hành": "Ban Chấp hành", "ban thường vụ": "Ban Thường vụ",
    "ban thường trực": "Ban Thường trực", "thường trực": "Thường trực", "ban dân vận": "Ban Dân vận",
    "ban tuyên giáo": "Ban Tuyên giáo", "ban tổ chức": "Ban Tổ chức", "ban kiểm tra": "Ban Kiểm tra",
    "đoàn chủ tịch": "Đoàn Chủ tịch", "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "hội liên hiệp phụ nữ": "Hội Liên hiệp Phụ nữ", "hội nông dân": "Hội Nông dân",
    "hội cựu chiến binh": "Hội Cựu chiến binh", "ngân hàng chính sách xã hội": "Ngân hàng Chính sách xã hội",
    "phòng giao dịch": "Phòng Giao dịch", "giáo dục và đào tạo": "Giáo dục và Đào tạo",
    "hồ chí minh": "Hồ Chí Minh", "việt nam": "Việt Nam", "quốc hội": "Quốc hội", "chính phủ": "Chính phủ",
    "trung ương": "Trung ương", "văn phòng": "Văn phòng", "ủy ban": "Ủy ban", "đảng đoàn": "Đảng đoàn",
}  # fmt: skip
# Institutions whose kind is a name of several words, a proper name after it ("Trường Tiểu học Phú Lộc",
# "Trạm Y tế xã ..."): the kind as written in running text.
_INSTITUTION_KINDS = {
    "trường tiểu học": "Trường Tiểu học", "trường trung học cơ sở": "Trường Trung học cơ sở",
    "trường trung học phổ thông": "Trường Trung học phổ thông", "trường mầm non": "Trường Mầm non",
    "trường mẫu giáo": "Trường Mẫu giáo", "trạm y tế": "Trạm Y tế", "trung tâm y tế": "Trung tâm Y tế",
}  # fmt: skip
_OWNER_HEAD_RE = re.compile(
    r"((?:Ban Thường vụ|Ban Thường trực|Ban Chấp hành|Thường trực|Đoàn Chủ tịch)\s+)"
    r"(hội|đoàn|đảng|công đoàn|liên đoàn|chi bộ|chi hội|chi đoàn|đảng bộ|đảng ủy|đảng uỷ)(?!\w)"
)
_SYLLABLE_RE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptiyou])?$"
)
# A syllable of a place's proper name in a minority language, printed in capitals ("KRÔNG", "KBANG",
# "EA", "H'MÔNG", "ĐẮK"): two consonants may open it, "k", "r", "l" or "h" close it. After a level word
# ("HUYỆN KRÔNG HÀ") it is a name's syllable, not an acronym ("LHPN", "QLDA", "UBND" have no such shape).
_PLACE_SYLLABLE_RE = re.compile(
    r"^(?:ngh|[bcdfghjklmnpqrstvwxz]'?[bcdfghjklmnpqrstvwxz]?)?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptkrlh])?$"
)


@dataclass
class Line:
    """One piece of the letterhead: its text, its column (0 left, 1 right, None unknown) and its paragraph."""

    text: str
    col: int | None
    para: Para


@dataclass
class Letterhead:
    """What the letterhead states. ``date`` is ISO ``yyyy-mm-dd`` or ``yyyy-mm`` when the day is blank."""

    bodies: list[str] = field(default_factory=list)  # issuer lines, top-down, as printed
    number: str | None = None
    date: str | None = None
    place: str | None = None
    subject: str | None = None  # the "V/v ..." line of an official letter
    lines: list[Line] = field(default_factory=list)
    # Urgency and secrecy marks printed near the letterhead ("HỎA TỐC", "KHẨN", "MẬT"): properties of
    # the document, never part of a body's name.
    marks: list[str] = field(default_factory=list)
    # The body lines of each column of a letterhead table ((table, column) -> lines, top-down), the
    # right-hand column's too when the table prints no motto: a joint document's letterhead may give each
    # of its bodies a column of its own ("HỘI NÔNG DÂN ..." | "NGÂN HÀNG CSXH ..."), with no motto at all.
    columns: dict[tuple[int, int], list[str]] = field(default_factory=dict)


# Urgency ("độ khẩn") and secrecy ("độ mật") marks, as a line of their own or at the end of a letterhead
# line a flat reader glued them onto (Nghị định 30/2020, Phụ lục I: stamped near the number).
_MARKS = ("HỎA TỐC HẸN GIỜ", "HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN", "TUYỆT MẬT", "TỐI MẬT", "MẬT")
_MARK_RE = re.compile(rf"(?:^|\s)({'|'.join(_MARKS)})\s*$")


def split_mark(text: str) -> tuple[str, str | None]:
    """A letterhead line without the urgency or secrecy mark printed at its end, and that mark:
    "HỎA TỐC" -> ("", "HỎA TỐC"); "BAN THƯỜNG TRỰC HỎA TỐC" -> ("BAN THƯỜNG TRỰC", "HỎA TỐC"). Only a
    mark alone on its line may be "MẬT" (a name may end in it: "BAN BẢO VỆ BÍ MẬT")."""
    t = normalize_cased(text).strip(" -–*")
    m = _MARK_RE.search(t.upper())
    if not m or not _is_caps(t) or (m.group(1) == "MẬT" and m.start(1) > 0):
        return text, None
    return t[: m.start(1)].strip(), m.group(1)


def is_motto(text: str) -> bool:
    """True for a national motto or a mass organisation's national name ("ĐẢNG CỘNG SẢN VIỆT NAM")."""
    return bool(_MOTTO_RE.fullmatch(clean_spaces(fold(text).upper()).strip(" -–")))


def header_date(text: str) -> str | None:
    """The date of "ngày 8 tháng 12 năm 2009" as ISO; "ngày   tháng 5 năm 2024" (blank day) -> "2024-05"."""
    m = _DATE_RE.search(text)
    if not m:
        return None
    y, mth = int(m.group("y").replace(" ", "")), int(m.group("m"))
    if not 1 <= mth <= 12:
        return None
    if m.group("d") and 1 <= int(m.group("d")) <= 31:
        return f"{y:04d}-{mth:02d}-{int(m.group('d')):02d}"
    return f"{y:04d}-{mth:02d}"


def header_number(text: str) -> str | None:
    """The number of a "Số ..." line, blanks left out: "Số: /KH-SGDĐT" -> "/KH-SGDĐT"; None if none."""
    m = NUMBER_RE.match(text.strip())
    if not m:
        return None
    return re.sub(r"\s+", "", m.group("num")).replace("Đ", "Đ")


def _skeleton(text: str) -> str:
    """Upper-case base letters, one per character (so positions match ``text``): "Hà Nội" -> "HA NOI"."""
    return "".join((unicodedata.normalize("NFD", c)[:1] or c).upper().replace("Đ", "D") for c in text)


# The organs a mass organisation's name follows in its own letterhead ("BCH ĐOÀN TNCS HỒ CHÍ MINH").
_ORGAN_BEFORE_RE = re.compile(r"\b(?:BCH|BTV|BAN CHAP HANH|BAN THUONG VU|UY BAN KIEM TRA|DANG DOAN)\s*$")


def unglue(text: str) -> list[str]:
    """Cut a flat letterhead line into the pieces the two columns held (mottos, number, date, V/v ...)."""
    out: list[str] = []
    for piece in _DASHES_RE.split(text):
        cuts = {0, len(piece)}
        skeleton = _skeleton(piece)
        for m in _MOTTO_RE.finditer(skeleton):
            after = skeleton[m.end() :].split()
            national = m.group(0).startswith(("CONG HOA", "DANG CONG SAN", "DOC LAP"))
            if not national and after and (after[0] in _LEVEL_WORDS or " ".join(after[:2]) in _LEVEL_WORDS):
                continue  # part of a body's name: "BCH ĐOÀN TNCS HỒ CHÍ MINH XÃ ..." (never the state motto)
            if not national and _ORGAN_BEFORE_RE.search(skeleton[: m.start()]):
                continue  # "BCH ĐOÀN TNCS HỒ CHÍ MINH" / "TỈNH LÂM ĐỒNG": that body's organ, not its motto
            cuts.update((m.start(), m.end()))
        bounds = sorted(cuts)
        for sub in (piece[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)):
            out.extend(_cut(sub))
    return [o for o in out if o.strip(" -–*,")]


def _cut(piece: str) -> list[str]:
    cuts = {0, len(piece)}
    for m in _CUT_RE.finditer(piece):
        cuts.add(m.end())
    m = None if _PLACE_START_RE.match(piece) else _PLACE_CUT_RE.search(piece)
    if m:
        cuts.add(m.end())
    m = _AFTER_DATE_RE.search(piece)
    if m and "ngày" in piece[: m.start()].lower():
        cuts.add(m.end())
    bounds = sorted(cuts)
    return [piece[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def read_letterhead(paras: list[Para]) -> Letterhead:
    """Read the letterhead pieces of ``paras`` (the part of the document above its title)."""
    head = Letterhead()
    # The column the motto stands in, per table: a joint letterhead may print its bodies in several
    # columns before it ("HỘI LHPN XÃ X" | "BCH ĐOÀN XÃ X" | "CỘNG HÒA ..."); those are all left columns.
    motto_col: dict[int, int] = {}
    for p in paras:
        if p.cell is not None and p.cell[2] >= 1 and is_motto(p.text):
            motto_col[p.cell[0]] = min(motto_col.get(p.cell[0], p.cell[2]), p.cell[2])
    lines = [
        Line(p.text, None if p.cell is None else int(p.cell[2] >= motto_col.get(p.cell[0], 1)), p)
        for p in paras
    ]
    head.lines = lines
    from assistant.parse.title import continues_subject_line  # title reads names with this module

    subject_column: tuple[int, int] | None = None  # (table, column) the V/v line is printed in
    for i, ln in enumerate(lines):
        t, mark = split_mark(ln.text.strip())
        if mark:
            head.marks.append(mark)
        if t in {"*", "***"} or not t.strip("*-–_ "):
            continue
        if NUMBER_RE.match(t):
            head.number = head.number or header_number(t)
            continue
        m = PLACE_DATE_RE.match(t)
        if m or (_DATE_RE.match(t) and header_date(t)):
            head.date = head.date or header_date(t)
            if m:
                head.place = head.place or m.group("place").strip()
            continue
        if _VV_RE.match(t):
            if not head.subject:
                head.subject, subject_column = t, _column_of(ln.para)
            continue
        if is_motto(t) and ln.col in (0, None) and _organ_follows(lines, i):
            head.bodies.append(t)  # "ĐOÀN TNCS HỒ CHÍ MINH" over "BCH HUYỆN X" in the left column: its owner
            continue
        body_like = _is_caps(t) and len(t) <= 160 and not t.startswith(("Số", "SỐ"))
        if ln.col == 1 and not is_motto(t) and body_like and ln.para.cell[0] not in motto_col:
            head.columns.setdefault(_column_of(ln.para), []).append(t)  # a body's column, no motto's
            continue
        if is_motto(t) or ln.col == 1:
            continue
        in_column = head.subject and _column_of(ln.para) == subject_column
        if in_column and continues_subject_line(head.subject, t, same_cell=subject_column is not None):
            head.subject += " " + t  # the V/v line wrapped in its cell ("... và" / "6 tháng đầu năm 2026")
            continue
        if body_like:
            head.bodies.append(t)
            if ln.para.cell is not None:
                head.columns.setdefault(_column_of(ln.para), []).append(t)
    return head


# An organ printed under its organisation's name in a letterhead's left column, naming no organisation of
# its own: "BCH HUYỆN VĨNH KHÊ" under "ĐOÀN TNCS HỒ CHÍ MINH" (folded, upper case).
_BARE_ORGAN_RE = re.compile(
    rf"^(?:BCH|BTV|BAN CHAP HANH|BAN THUONG VU)\s+(?:{'|'.join(_LEVEL_WORDS)})\b"
    r"(?!\s+(?:UY|DOAN|HOI)\b)"  # "BCH HUYỆN HỘI KIM BÔI" names its association ("Huyện hội")
)


def _organ_follows(lines: list, i: int) -> bool:
    """Whether the next line of the same (left) column is a bare organ (``_BARE_ORGAN_RE``)."""
    for nxt in lines[i + 1 : i + 3]:
        if nxt.col != lines[i].col:
            continue
        return bool(_BARE_ORGAN_RE.match(fold(nxt.text.strip()).upper()))
    return False


def _column_of(p: Para) -> tuple[int, int] | None:
    return None if p.cell is None else (p.cell[0], p.cell[2])


def issuing_body(lines: list[str], joint: bool = False) -> str | None:
    """The issuing body of a letterhead's left column, top-down ("ĐẢNG BỘ TỈNH X" / "ĐẢNG UỶ XÃ Y" -> Y).

    Lines that continue a name ("HỘI ĐỒNG BẦU CỬ" / "QUỐC GIA", "ỦY BAN MTTQ VIỆT NAM" / "XÃ LƯƠNG MINH")
    are joined first; of the bodies left the lowest issues the document, and an organ that names nothing
    without its owner ("BAN THƯỜNG TRỰC", "BAN TỔ CHỨC", "VĂN PHÒNG") takes the body above it as owner.
    A ``joint`` document ("KẾ HOẠCH LIÊN TỊCH") is issued by every body its letterhead names, each printed
    as a body of its own: they are all kept, joined with " - " as a joint letterhead line prints them.
    """
    bodies = _letterhead_bodies(lines, joint)
    if not bodies:
        return None
    if joint and len(bodies) >= 2:
        names: list[str] = []
        organ = lambda text: bool(_OWNED_ORGANS.match(fold(text).upper()))  # noqa: E731
        # A letterhead writes its bodies alike: one that opens with a body prints each organ under its
        # owner ("ỦY BAN MTTQ ... XÃ X" / "BAN THƯỜNG TRỰC" / "ỦY BAN NHÂN DÂN XÃ X": the organ is the
        # Front's), one that opens with an organ prints it above ("BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ ...").
        owner_above = not organ(bodies[0])
        above: str | None = None  # an organ printed above the owner read next
        for n, body in enumerate(bodies):
            if n + 1 < len(bodies) and _owns(body, bodies[n + 1]):
                continue  # the owner above its own body ("HỘI NÔNG DÂN TỈNH X" / "BTV HỘI NÔNG DÂN ...")
            below = n + 1 < len(bodies) and not organ(bodies[n + 1])
            if organ(body) and below and not (owner_above and names):
                above = body  # an organ above its owner ("BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ ..."): read next
            elif organ(body) and names:
                names[-1] = f"{body_name(body)} {names[-1]}"  # the organ under its owner
            elif above is not None:
                names.append(f"{body_name(above)} {body_name(body)}")
                above = None
            else:
                names.append(body_name(body))
        if len(names) >= 2:
            return " - ".join(names)
    return _lowest_body(bodies)


def joint_issuer(columns: dict[tuple[int, int], list[str]]) -> str | None:
    """A joint document's issuers when its letterhead table gives each body a column of its own: each
    column's issuing body (its lowest, an organ with its owner, as ``issuing_body`` reads one column),
    left to right, joined with " - "; None when fewer than two columns name a body."""
    names = [issuing_body(lines) for _, lines in sorted(columns.items()) if lines]
    names = [n for n in names if n]
    return " - ".join(dict.fromkeys(names)) if len(names) >= 2 else None


def _owns(owner: str, body: str) -> bool:
    """Whether the letterhead line ``owner`` names the organisation the line under it belongs to: its name
    without its place ("HỘI NÔNG DÂN" of "HỘI NÔNG DÂN TỈNH X", "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI") is inside
    the lower body's name ("BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN Y", "PHÒNG GIAO DỊCH NGÂN HÀNG CHÍNH SÁCH XÃ
    HỘI HUYỆN Y"): printed above it as its owner, not a body that issues."""
    words = fold(clean_spaces(owner)).upper().split()
    cut = next(
        (k for k in range(1, len(words)) if words[k] in _LEVEL_WORDS and words[k : k + 2] != ["XA", "HOI"]),
        len(words),
    )
    name = " ".join(words[:cut])
    lower = fold(clean_spaces(body)).upper()
    inside = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lower) is not None
    return len(name.split()) >= 2 and lower != name and inside


def _wraps_owner_name(bodies: list[str], prev: str, key: str) -> bool:
    """A line that finishes an owner's name the line above began, where a narrow column wrapped it
    ("PHÒNG GIAO DỊCH NGÂN HÀNG" / "CHÍNH SÁCH XÃ HỘI HUYỆN X" under "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI"): the
    end of the line above and the start of this one make up an owner line printed above (folded)."""
    tail, head = prev.split(), key.split()
    for owner in bodies[:-1]:
        words = fold(clean_spaces(owner)).upper().split()
        for k in range(1, len(words)):
            if tail[-k:] == words[:k] and head[: len(words) - k] == words[k:]:
                return True
    return False


def _letterhead_bodies(lines: list[str], joint: bool = False) -> list[str]:
    """The letterhead's body lines with the lines that continue a name joined to it. In a ``joint``
    letterhead an organ under its owner ("HỘI LHPN HUYỆN X" / "BAN THƯỜNG VỤ") is no open head: the body
    printed next ("PHÒNG Y TẾ HUYỆN X") is the next issuer, not the organ's owner."""
    bodies: list[str] = []
    for raw in lines:
        line = clean_spaces(raw).strip(" -–*/")
        if not line:
            continue
        key = fold(line).upper()
        prev = fold(bodies[-1]).upper() if bodies else ""
        starts_level = key.startswith((*_LEVEL_WORDS, "QUOC GIA")) and not re.match(
            rf"^(?:{'|'.join(_LEVEL_WORDS)})\s+(?:UY|DOAN|HOI)\b", key
        )
        wrapped_place = bool(_PLACELESS_END_RE.search(prev)) and len(key.split()) <= 4
        if bodies and (
            starts_level
            or prev.endswith(_OPEN_HEADS)
            or (wrapped_place and not key.startswith(_ORGAN_STARTS))
            or _ends_place(prev, line)
            or key.startswith(("QUOC HOI", "- ", "– "))
            or _wraps_owner_name(bodies, prev, key)
        ):
            owned = joint and len(bodies) >= 2 and _OWNED_ORGANS.match(prev) and key.startswith(_ORGAN_STARTS)
            if not (prev.endswith(_OPEN_HEADS) and _OWNED_ORGANS.match(key)) and not owned:
                bodies[-1] = f"{bodies[-1]} {line}"
                continue
        bodies.append(line)
    return bodies


def _lowest_body(bodies: list[str]) -> str:
    """The lowest body of a hierarchy printed top-down, an organ with its owner."""
    last = bodies[-1]
    key = fold(clean_spaces(last)).upper()
    if len(bodies) >= 2 and key.startswith("DAI HOI") and not any(w in _LEVEL_WORDS for w in key.split()):
        # A congress line naming no place ("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XV" under "HỘI LHPN HUYỆN X"): the
        # congress of the organisation above issues ("Đại hội đại biểu Hội LHPN huyện X lần thứ XV").
        congress, owner = body_name(last), _lowest_body(bodies[:-1])
        at = re.search(r"\s(?:lần thứ|khóa|khoá|nhiệm kỳ)\b", congress)
        if at is None:
            return f"{congress} {owner}"
        return f"{congress[: at.start()]} {owner}{congress[at.start():]}"
    bare = _BARE_ORGAN_RE.match(fold(last).upper())
    if len(bodies) >= 2 and bare and is_motto(bodies[-2]):
        # "ĐOÀN TNCS HỒ CHÍ MINH" / "BCH HUYỆN VĨNH KHÊ": the organ of that organisation at that level,
        # written as one letterhead line writes it ("BCH Đoàn TNCS Hồ Chí Minh huyện Vĩnh Khê")
        organ = last[: bare.end()].rsplit(" ", 1)[0]
        return body_name(f"{organ} {bodies[-2]} {last[len(organ):].strip()}")
    if (
        len(bodies) >= 2
        and _OWNED_ORGANS.match(fold(bodies[-2]).upper())
        and not _OWNED_ORGANS.match(fold(last).upper())
    ):
        # The organ printed above its owner ("BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ ... XÃ X"): the organ issues.
        return f"{body_name(bodies[-2])} {body_name(last)}"
    if len(bodies) >= 2 and _OWNED_ORGANS.match(fold(last).upper()):
        owner = body_name(bodies[-2])
        owner = re.sub(
            r"^Ban Chấp hành\s+", "", owner
        )  # "Ban Tổ chức" of the Central Committee: "... Trung ương"
        return f"{body_name(last)} {owner}"
    return body_name(last)


# Words that make a line a body of its own, wherever they stand in it ("CÔNG AN", "TRẠM Y TẾ").
_BODY_WORDS_RE = re.compile(
    r"(?<!\w)(?:ỦY|UỶ|BAN|HỘI|ĐOÀN|ĐẢNG|CHI|SỞ|PHÒNG|CỤC|VIỆN|TRƯỜNG|TRẠM|CÔNG AN|CÔNG TY|TỔNG|BỘ|TÒA ÁN"
    r"|KHO BẠC|NGÂN HÀNG|BỆNH VIỆN|LIÊN ĐOÀN|HỢP TÁC|QUỸ|THƯỜNG TRỰC|VĂN PHÒNG|TRUNG TÂM|MẶT TRẬN)(?!\w)"
)


def _ends_place(prev: str, line: str) -> bool:
    """A line that only finishes the place name the line above began ("ỦY BAN MTTQ VIỆT NAM XÃ NINH" /
    "THẠNH"): a long letterhead line wrapped by a narrow column (a PDF printed from a Word table, a text
    export). Such a line is one or two syllables (a minority-language place's too: "KRÔNG THẠCH") with no
    body word, and the line above ends in a level word with at most two words of a place after it; a body
    of its own ("PHÒNG GIÁO DỤC", "CÔNG AN XÃ", "UBND") is never taken for it."""
    words = clean_spaces(line).split()
    # A place's syllable in a minority language ("KRÔNG", "M'GAR") is printed like an acronym but is a name.
    acronym = lambda w: _is_acronym(w) and not _PLACE_SYLLABLE_RE.match(fold(w).lower())  # noqa: E731
    if not 1 <= len(words) <= 2 or not _is_caps(line) or any(acronym(w) for w in words):
        return False
    if _BODY_WORDS_RE.search(clean_spaces(line).upper()):
        return False
    tail = prev.split()
    for k in range(0, 3):  # the level word, then up to two words of the place already printed
        at = len(tail) - 1 - k
        if at < 1:
            break
        if tail[at] in _LEVEL_WORDS or " ".join(tail[at - 1 : at + 1]) in _LEVEL_WORDS:
            committee = k >= 1 and tail[at + 1] in {"UY", "DOAN", "HOI"}  # "HUYỆN ỦY" is a body
            return not committee and k + len(words) <= 4
    return False


def _is_acronym(word: str) -> bool:
    """A token printed in capitals that is not a Vietnamese syllable ("LHPN", "GDĐT", "THPT", "XVI", "UB")."""
    letters = re.sub(r"[^\wÀ-ỹ]", "", word)
    if not letters or not letters.isupper() and not letters.isdigit():
        return False
    if any(c.isdigit() for c in letters) or re.fullmatch(r"[IVXLC]+", letters):
        return True
    f = fold(letters)
    return not _SYLLABLE_RE.match(f)


def body_name(raw: str) -> str:
    """A body's name as written in running text: "BAN THƯỜNG VỤ TỈNH ỦY" -> "Ban Thường vụ Tỉnh ủy".

    Acronyms stay as printed ("HỘI LHPN TỈNH BẮC NINH" -> "Hội LHPN tỉnh Bắc Ninh", "SỞ GDĐT", "TRƯỜNG THPT
    CAO LÃNH 2" -> "Trường THPT Cao Lãnh 2"); fixed names keep their conventional capitals; after a level
    word ("xã", "tỉnh" ...), a committee word ("Tỉnh ủy", "Thành đoàn") or an acronym comes a proper name.
    Lines not in capitals come back as they are.
    """
    s = clean_spaces(raw).strip(" ,.;:")
    if not _is_caps(s):
        return s
    words = [w if _is_acronym(w) else w.lower() for w in s.split()]
    text = " ".join(words)
    for k in sorted(_CAPS_PAIRS, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(k)}(?!\w)", _CAPS_PAIRS[k], text)
    # The owner's name after an organ starts with a capital: "Ban Thường vụ Hội LHPN", "Đoàn Chủ tịch Đoàn".
    text = _OWNER_HEAD_RE.sub(lambda m: m.group(1) + m.group(2)[:1].upper() + m.group(2)[1:], text)
    words = text.split()
    folded = [normalize(w) for w in words]
    proper = False  # inside a proper name: capitalise until a level word
    i = 0
    while i < len(words):
        two = " ".join(folded[i : i + 2])
        level = 2 if two in _LEVELS_VI else 1 if folded[i] in _LEVELS_VI else 0
        if two == "xã hội":  # "society" ("Chính sách xã hội"), never a commune's name
            i += 2
            continue
        committee = (
            i + 1 < len(words) and folded[i] in _COMMITTEE_FIRST and folded[i + 1] in {"ủy", "đoàn", "hội"}
        )
        if committee:  # "Tỉnh ủy Bình Thuận", "Thành đoàn Hà Nội", "Đảng ủy xã ..."
            words[i], words[i + 1] = _cap(words[i]), words[i + 1].lower()
            i, proper = i + 2, True
            continue
        if level and i > 0:
            i, proper = i + level, True
            continue
        if _is_acronym(words[i]):
            if proper and _PLACE_SYLLABLE_RE.match(fold(words[i])):
                # "huyện KRÔNG" + "Hà": "huyện Krông Hà"; "M'GAR": "M'Gar"
                words[i] = re.sub(r"'(\w)", lambda m: "'" + m.group(1).upper(), _cap(words[i].lower()))
            i, proper = i + 1, True
            continue
        kind = next((k for k in _INSTITUTION_KINDS if " ".join(folded[i : i + len(k.split())]) == k), None)
        if kind:
            size = len(kind.split())
            words[i : i + size] = _INSTITUTION_KINDS[kind].split()
            i, proper = i + size, True
            continue
        if proper and not words[i].islower():
            proper = False  # a fixed name follows with its own capitals ("Mặt trận Tổ quốc")
        elif proper and words[i] not in {"và", "của"}:
            words[i] = _cap(words[i])
        i += 1
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def _cap(word: str) -> str:
    return word if not word.islower() else word[:1].upper() + word[1:]


_GLUED_BODY_RE = re.compile(
    rf"(?<=[{UPPER}0-9])\s+(?<!ỦY\s)(?<!UỶ\s)(?<!TIỂU\s)"
    r"(?=(?:ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|CHI BỘ|BAN (?:THƯỜNG|CHẤP|TỔ|TUYÊN|DÂN|KIỂM)|BCH|SỞ|TRƯỜNG|TIỂU BAN)\s)"
)


def split_row(text: str) -> list[str]:
    """Cells of a table row a loader joined with " | " (empty cells kept); one item for other text."""
    if not re.search(r"(?:^|\s)\|(?:\s|$)", text):
        return [text]
    return [c.strip() for c in re.split(r"(?:^|\s)\|(?:\s|$)", text)]


def explode(paras: list[Para]) -> list[Para]:
    """The letterhead paragraphs cut into pieces (see ``unglue``), each a ``Para`` with its column kept.

    A cell keeps its ``cell``; text joined from cells with " | " gets a pseudo cell ``(-1, row, col)``;
    capitals of two issuer lines glued together ("ĐẢNG BỘ TỈNH X ĐẢNG UỶ XÃ Y") are cut before the lower
    body's first word.
    """
    out: list[Para] = []
    right: list[Para] = []
    current: int | None = None
    for r, p in enumerate(paras):
        row = split_row(p.text) if p.cell is None else [p.text]
        table = p.cell[0] if p.cell is not None else (-1 if len(row) > 1 else None)
        if table != current:  # a table ended: its right column follows its left one
            out.extend(right)
            right, current = [], table
        if len(row) > 1:
            cells = [((-1, r, min(i, 1)), t) for i, t in enumerate(row)]
        else:
            cells = [(p.cell, p.text)]
        for cell, text in cells:
            for piece in unglue(text):
                parts = [piece]
                if _is_caps(piece) and not is_motto(piece) and "CỦA" not in piece:
                    cut = _GLUED_BODY_RE.split(piece)
                    parts = cut if all(len(c.split()) >= 2 for c in cut) else [piece]
                for part in parts:
                    q = Para(part.strip(), p.style, p.lead, list(p.pages), cell)
                    (right if cell is not None and cell[2] >= 1 else out).append(q)
    return _join_wrapped_mottos(out + right)


def _join_wrapped_mottos(paras: list[Para]) -> list[Para]:
    """A motto wrapped onto two lines of a narrow column ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA" + "VIỆT NAM", as a
    PDF converted by LibreOffice gives it) is one line again, so "VIỆT NAM" is never read as a body."""
    out: list[Para] = []
    for p in paras:
        prev = out[-1] if out else None
        if prev is not None and prev.cell == p.cell and _is_caps(p.text) and not is_motto(p.text):
            # the motto's first words may end a line that a left-column body shares ("HỘI LHPN TỈNH X
            # CỘNG HÒA XÃ HỘI CHỦ NGHĨA" + "VIỆT NAM"): the body stays, the motto is whole again
            words = prev.text.split()
            for k in range(len(words), 0, -1):
                tail = " ".join(words[-k:])
                if not is_motto(tail) and is_motto(f"{tail} {p.text}"):
                    head = " ".join(words[:-k])
                    motto = Para(f"{tail} {p.text}", prev.style, prev.lead, list(prev.pages), prev.cell)
                    body = Para(head, prev.style, prev.lead, list(prev.pages), prev.cell)
                    out[-1:] = [body, motto] if head else [motto]
                    break
            else:
                out.append(p)
            continue
        out.append(p)
    return out
