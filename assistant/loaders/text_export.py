"""Repair plain-text exports of web pages (legal portals, crawlers) so they read like the original.

Portal exports flatten the document's layout: the letterhead's two cells land on one line with the
cells' rules ("ỦY BAN NHÂN DÂN TỈNH X ------- CỘNG HÒA XÃ HỘI ..."), the number, place-date, type and
subject follow each other on one line, the signature block (capacity, title, name) is glued to the last
recipient and to the appendix title after it, a breadcrumb ("Quyết định 435/QĐ-UBND năm 2020. ") is put
in front of headings, and a heading's number is cut from its text ("1.4." alone, or "... động 2.1.").

``repair_lines`` splits such lines at the boundaries a letterhead and a signature block always have,
without changing any word: the parser then sees one header item per line, as in the DOCX or PDF.
Letterhead rules apply only in the first lines, signature rules only after the body's end ("./.",
"Nơi nhận:"), so body sentences are never cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from assistant.lexicon.doc_types import doc_types
from assistant.lexicon.portal import is_portal_furniture
from assistant.loaders.text_columns import is_column_line

# Document type names as printed in running text, from the one list (``lexicon/doc_types.json``).
_TYPE = "(?:" + "|".join(re.escape(t.name) for t in doc_types()) + ")"
# "Quyết định 435/QĐ-UBND năm 2020. " in front of a line: the portal's breadcrumb.
_BREADCRUMB_RE = re.compile(rf"^({_TYPE}\s+(?:số\s+)?[0-9][\w./\-Đđ]*\s+năm\s+\d{{4}})\.\s+(?=\S)")
_RULE_RE = re.compile(r"\s*(?<![\w/])[-_=]{3,}(?![\w/])\s*")
_MOTTO_RE = re.compile(r"(?=(?:CỘNG H[ÒO]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)\b)")
_MOTTO_START_RE = re.compile(r"(?<=\S)\s+(?=Độc lập\s*[-–]\s*Tự do)")
_MOTTO_END_RE = re.compile(r"(Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)\s+(?=\S)")
_NUMBER_RE = re.compile(r"(?<=\S)\s+(?=Số\s*:)")
_PLACE_DATE_RE = re.compile(
    r"(?<!\S)(?:[A-ZĐ]\w*\s){0,4}[A-ZĐ]\w*,\s*ngày\s+[\d.…_ ]*\s*tháng\s+[\d.…_ ]*\s*năm\s+\d{4}"
)
_AFTER_DATE_RE = re.compile(r"(ngày\s+[\d.…_ ]*\s*tháng\s+[\d.…_ ]*\s*năm\s+\d{4})\s+(?=[A-ZĐ])")
_SUBJECT_RE = re.compile(r"(?<=\S)\s+(?=(?:V/[vV]|Về việc|VỀ VIỆC)\s)")
_KINH_GUI_RE = re.compile(r"(?<=\S)\s+(?=Kính gửi\s*:)")
_CAPS_COLON_RE = re.compile(r"(?<=[,;.])\s+(?=[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{3,40}:$)")
_CAPACITY_RE = re.compile(r"(?<=\S)\s+(?=(?:TM|KT|TL|T/M|K/T|T/L|Q)\.?\s+[A-ZĐÀ-Ỹ]{2})")
_ANNEX_NOTE_RE = re.compile(r"(?<=\S)\s+(?=\((?:Ban hành|Kèm theo|Ban hành kèm theo)\b)")
_BODY_END_RE = re.compile(r"(?:\./\.|^Nơi nhận\s*:?)")
# "... quan hệ lao động 2.1." / "III. TỔ CHỨC THỰC HIỆN 1.": the next item's number at a line end.
_TRAILING_NUMBER_RE = re.compile(r"^(.*\S)\s+(\d{1,2}(?:\.\d{1,2})+\.)$")
_CAPS_HEADING_NUMBER_RE = re.compile(r"^(.*\S)\s+(\d{1,2}\.)$")
_MID_NUMBER_RE = re.compile(r"(?<=[\wÀ-ỹ])\s+(?=\d{1,2}\.\d{1,2}\.\s+[A-ZĐÀ-Ỹ])")
_BARE_NUMBER_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.|[IVXLC]+\.|[a-zđ]\)|(?:Điều|ĐIỀU)\s+\d+\.)$")
_MARKER_START_RE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+\.|[a-zđ]\)|[-+•*]|(?:Điều|Chương|Mục)\s)"
)
# A number after these words cites a part of a text ("tại mục 2.1.", "Phụ lục 1.2."), it opens nothing.
_REFERENCE_WORDS = {"khoản", "mục", "điểm", "điều", "tại", "số", "theo", "và", "phần", "lục", "chương",
                    "biểu", "mẫu", "bảng", "hình", "bản", "tiết", "đoạn", "các", "của"}  # fmt: skip
_HEADER_LINES = 8
_SIGNATURE_LINES = 30


def _is_caps_word(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_caps_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _is_name_word(w: str) -> bool:
    return len(w) >= 2 and w[0].isupper() and w[1:].isalpha() and w[1:].islower()


def _split_caps_name(line: str) -> list[str]:
    """Cut "... (2b). BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng CHƯƠNG TRÌNH ..." into title, name and the rest.

    A signer's name is 2-5 capitalised words right after an all-caps title of two words or more, and
    followed by the line's end or by more capitals (the appendix title glued after the signature).
    """
    words = line.split(" ")
    kinds = ["C" if _is_caps_word(w) else "N" if _is_name_word(w) else "o" for w in words]
    cuts: list[int] = []
    i = 0
    while i < len(words):
        if kinds[i] != "N":
            i += 1
            continue
        j = i
        while j < len(words) and kinds[j] == "N":
            j += 1
        caps_before = i >= 2 and kinds[i - 1] == "C" and kinds[i - 2] == "C"
        caps_after = j + 1 < len(words) and kinds[j] == "C" and kinds[j + 1] == "C"
        if 2 <= j - i <= 5 and caps_before and (j == len(words) or caps_after):
            k = i
            while k > 0 and kinds[k - 1] == "C":
                k -= 1
            cuts.extend([k, i, j])  # title, name, what follows (an appendix title)
        i = j
    parts, start = [], 0
    for c in sorted(set(cuts)):
        if 0 < c < len(words) and c > start:
            parts.append(" ".join(words[start:c]))
            start = c
    parts.append(" ".join(words[start:]))
    return [p for p in parts if p.strip()]


def _split(line: str, rules: list[re.Pattern[str]]) -> list[str]:
    parts = [line]
    for rx in rules:
        nxt: list[str] = []
        for p in parts:
            if rx.groups:
                nxt.extend(s for s in _split_after(p, rx) if s.strip())
            else:
                nxt.extend(s.strip() for s in rx.split(p) if s.strip())
        parts = nxt
    return parts


def _split_after(text: str, rx: re.Pattern[str]) -> list[str]:
    """Split after group 1 of each match (the group stays on the left part)."""
    out, start = [], 0
    for m in rx.finditer(text):
        out.append(text[start : m.end(1)].strip())
        start = m.end()
    out.append(text[start:].strip())
    return out


def _breadcrumb(lines: list[str]) -> list[str]:
    """Strip a portal breadcrumb repeated in front of lines; keep it once as the first (title) line."""
    first = next((ln for ln in lines if ln.strip()), "")
    m = _BREADCRUMB_RE.match(first.strip())
    if not m:
        return lines
    prefix = m.group(0)
    out = [m.group(1) + "."]
    for ln in lines:
        s = ln.strip()
        out.append(s[len(prefix) :] if s.startswith(prefix) else ln)
    return out


def _numbers(lines: list[str]) -> list[str]:
    """Put cut-off heading numbers back in front of their text."""
    out: list[str] = []
    carry = ""
    for n, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            out.append(ln)
            continue
        # Tab-separated columns, kept as they are by ``repair_lines``.
        if _columns(ln, out, islice(lines, n + 1, None)):
            if carry:
                out.append(carry)
                carry = ""
            out.append(ln)
            continue
        if carry and _MARKER_START_RE.match(s):
            out.append(carry)
            carry = ""
        if carry:
            s, carry = f"{carry} {s}", ""
        parts = _split_mid_numbers(s)
        for n, part in enumerate(parts):
            last = n == len(parts) - 1
            m = _TRAILING_NUMBER_RE.match(part)
            if last and _BARE_NUMBER_RE.match(part):
                carry = part
                continue
            caps = _CAPS_HEADING_NUMBER_RE.match(part)
            if last and caps and _is_caps_text(caps.group(1)):  # "III. TỔ CHỨC THỰC HIỆN 1."
                out.append(caps.group(1))
                carry = caps.group(2)
                continue
            if last and m and m.group(1).split()[-1].lower() not in _REFERENCE_WORDS:
                out.append(m.group(1))
                carry = m.group(2)
                continue
            out.append(part)
    if carry:
        out.append(carry)
    return out


def _split_mid_numbers(text: str) -> list[str]:
    """ "... đình công 3.1. Rà soát ...": a sub-item glued after its heading starts a line of its own."""
    parts, start = [], 0
    for m in _MID_NUMBER_RE.finditer(text):
        before = text[start : m.start()].split()
        if before and before[-1].lower() not in _REFERENCE_WORDS:
            parts.append(text[start : m.start()].strip())
            start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def repair_lines(lines: list[str]) -> list[str]:
    """The export's lines with glued letterhead and signature items on lines of their own."""
    lines = _breadcrumb(lines)
    out: list[str] = []
    seen = 0
    issuer = ""
    signature_left = 0
    header_done = False
    for n, ln in enumerate(lines):
        s = ln.strip()
        if not s or is_portal_furniture(s):  # "Lượt xem: 214 | In văn bản | Gửi email"
            out.append("")
            continue
        seen += 1
        if _BODY_END_RE.search(s):
            header_done = True
        if _columns(ln, out, islice(lines, n + 1, None)):
            out.append(ln)  # tab-separated columns: the cells are already apart
            signature_left = _SIGNATURE_LINES if _BODY_END_RE.search(s) else max(0, signature_left - 1)
            continue
        if seen <= _HEADER_LINES and not header_done:
            parts = _split(s, [_RULE_RE, _MOTTO_RE, _MOTTO_START_RE, _NUMBER_RE, _SUBJECT_RE, _KINH_GUI_RE])
            parts = [q for p in parts for q in _split_place_date(p)]
            parts = [q for p in parts for q in _split(p, [_MOTTO_END_RE])]
            parts = [q for p in parts for q in _split(p, [_AFTER_DATE_RE])]
            if not issuer and parts and _is_caps_word(parts[0].split()[0]):
                issuer = parts[0]
            elif issuer:
                parts = [q for p in parts for q in _split_issuer(p, issuer)]
        elif signature_left > 0:
            signature_left -= 1
            parts = _split(s, [_CAPACITY_RE, _ANNEX_NOTE_RE])
            parts = [q for p in parts for q in _split_caps_name(p)]
            parts = [q for p in parts for q in _split_deputy(p)]
        else:
            parts = _split(s, [_CAPS_COLON_RE])
        if _BODY_END_RE.search(s):
            signature_left = _SIGNATURE_LINES
        out.extend(parts)
    return _numbers(out)


def _columns(line: str, out: list[str], below: Iterable[str]) -> bool:
    """A tab-separated row, or a right-column line ("\\t\\tCHỦ TỊCH") among adjacent lines with one: ``out``
    holds the lines above (last nearest), ``below`` the lines after ``line``."""
    if is_column_line(line):
        return True
    if not line.lstrip(" ").startswith("\t"):
        return False
    for near in (reversed(out), below):
        for other in near:
            if not other.strip():
                break
            if is_column_line(other):
                return True
    return False


# A day of the week before "ngày ...": "thứ Sáu, ngày 09 tháng 01 năm 2032" is a date, not a place-date line
_WEEKDAY_BEFORE_RE = re.compile(r"(?:\bthứ|\bchủ)\s*$", re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"^(?:Thứ\s+\w+|Chủ\s+[Nn]hật)\s*,", re.IGNORECASE)


def _split_place_date(text: str) -> list[str]:
    """ "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020": the place-date line starts at the place; a
    weekday is no place ("... lúc 8 giờ 00 phút, thứ Sáu, ngày 09 tháng 01 năm 2032" stays one line)."""
    m = _PLACE_DATE_RE.search(text)
    if m and (_WEEKDAY_BEFORE_RE.search(text[: m.start()]) or _WEEKDAY_RE.match(m.group(0))):
        return [text]
    if m and m.start() > 0:
        return [text[: m.start()].strip(), text[m.start() :].strip()]
    return [text]


def _split_deputy(text: str) -> list[str]:
    """ "KT. CHỦ TỊCH PHÓ CHỦ TỊCH": the capacity ("KT. CHỦ TỊCH") and the deputy's title apart."""
    m = re.match(r"^((?:KT|K/T)\.?\s+\S.*?)\s+(PHÓ\s.*)$", text)
    return [m.group(1), m.group(2)] if m else [text]


def _split_issuer(text: str, issuer: str) -> list[str]:
    """The letterhead's issuer repeated at the end of a line (before a decision's preamble)."""
    if len(text) > len(issuer) + 5 and text.endswith(" " + issuer):
        return [text[: -len(issuer)].strip(), issuer]
    return [text]
