"""Helpers every loader shares: bilingual errors, lead detection, glyph repair and the final checks.

Kept apart from ``__init__`` so that format modules can import it without importing the dispatcher.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from assistant.errors import LoadError
from assistant.loaders.encodings import repair_legacy_text
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces, nfc

# Glyphs that PDF fonts and Word symbol fonts map wrongly. "ƣ"/"Ƣ" (U+01A3/U+01A2, "oi") come out of
# pypdf for fonts whose ToUnicode maps ư/Ư to the Latin "gha"; "Ð"/"ð" (Eth) stand in for Đ/đ.
# Private-use bullets come from Symbol/Wingdings fonts.
_GLYPH_FIXES = str.maketrans(
    {
        "\u01a3": "ư",
        "\u01a2": "Ư",
        "\u00d0": "Đ",
        "\u00f0": "đ",
        "\uf0b7": "•",
        "\uf0a7": "▪",
        "\uf02d": "-",
        "\uf0d8": "•",
        "\uf076": "•",
        "\uf0fc": "•",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\x00": "",
    }
)
_PRIVATE_USE_RE = re.compile("[\ue000-\uf8ff]")
# A space or line break before a combining mark detaches a tone from its vowel ("Vie ̣t").
_SPACE_BEFORE_MARK_RE = re.compile(r"\s+(?=[\u0300-\u036f])")


# A number cut by a line wrap: the token before the break and the one after it. A cell too narrow for
# "150.000.000" prints "150.000.00" / "0" (or "2.450.000." / "000"); joined with a space the sum is lost.
_WRAP_LEFT_RE = re.compile(r"(?:^|(?<=[\s(]))(\d[\d.,/]*)$")
_WRAP_RIGHT_RE = re.compile(r"^([\d.,/]*\d[\d.,/]*)(?=$|[\s)%;:]|[^\W\d_])")
# A number grouped by thousands ("150.000.000", "1.234,5", "2,450,000") or a date ("17/10/2026").
_WHOLE_NUMBER_RE = re.compile(
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}/\d{1,2}/\d{4}"
)
# A token that is a number on its own: left of the break, "1" or "1.500"; right of it, one not starting
# with a zero or a separator ("50.000.000", not "0", "000" or ".000").
_STANDS_LEFT_RE = re.compile(r"\d{1,3}(?:[.,]\d{3})*|\d{1,2}/\d{1,2}/\d{4}")
_STANDS_RIGHT_RE = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})*|\d{1,2}/\d{1,2}/\d{4}")


def join_wrapped(first: str, second: str) -> str:
    """Two printed lines of one paragraph or cell joined: with a space, except inside a number.

    The wrap cut a number when the digits before the break and those after it make one number grouped
    by thousands (or one date) and are not two numbers each whole on its own: "150.000.00" + "0" ->
    "150.000.000", "2.450.000." + "000 đồng" -> "2.450.000.000 đồng", but "12" + "15" and
    "1" + "50.000.000" keep their space.
    """
    first, second = first.rstrip(), second.lstrip()
    if not first or not second:
        return first + second
    left, right = _WRAP_LEFT_RE.search(first), _WRAP_RIGHT_RE.match(second)
    if left and right:
        a, b = left.group(1), right.group(1)
        if _WHOLE_NUMBER_RE.fullmatch(a + b) and not (
            _STANDS_LEFT_RE.fullmatch(a) and _STANDS_RIGHT_RE.fullmatch(b)
        ):
            return first + second
    return first + " " + second


def join_lines(lines: list[str]) -> str:
    """Printed lines of one paragraph joined (``join_wrapped`` from the first to the last)."""
    out = ""
    for line in lines:
        out = join_wrapped(out, line) if out else line
    return out


def load_error(code: str, path: Path | str, vi: str, en: str) -> LoadError:
    """A ``LoadError`` naming the file, with the reason in Vietnamese and English."""
    return LoadError(vi, en, file=str(path), code=code)


def find_program(cmd: str) -> str | None:
    """The executable for ``cmd`` (a name on PATH or a path), or None when it is not installed."""
    if "/" in cmd:
        return cmd if Path(cmd).is_file() else None
    return shutil.which(cmd)


def repair_glyphs(text: str) -> str:
    """Fix glyph defects of PDF/Word extraction and return NFC text.

    Returns NFC with ư/Ư restored, Eth turned into Đ, symbol-font bullets made visible, other
    private-use characters and zero-width characters removed, and detached combining marks re-attached.
    """
    text = text.translate(_GLYPH_FIXES)
    text = _PRIVATE_USE_RE.sub("", text)
    text = _SPACE_BEFORE_MARK_RE.sub("", text)
    return nfc(text)


# A list item that writes its own label, so that the number a list draws before it (an HTML ``<ol>``
# marker, Word's automatic numbering) is not written a second time: a bullet, "2.", "1.2.", "b)", "III.",
# or a word with its number and a mark or nothing after it ("Bước 4:", "Điều 3.", "Mục II -", "Chương I";
# never "Điều 5 Luật ... quy định", a sentence citing an article).
OWN_LABEL_RE = re.compile(
    r"^(?:[-–•+*▪]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][.)]\s|[IVXLC]{1,5}[.)]\s"
    r"|(?:bước|điều|khoản|điểm|mục|chương|phần|đợt|giai đoạn|cách|lần)\s+(?:\d{1,3}|[IVXLC]{1,5})"
    r"(?=\s*[.:)\-–]|\s*$))",
    re.IGNORECASE,
)


def writes_own_label(text: str) -> bool:
    """Does a list item's text start with its own label ("Bước 4: Chi hội ...", "a) ...", "2. ...")?"""
    return bool(OWN_LABEL_RE.match(text.strip()))


def lead_of(runs: list[tuple[str, bool]]) -> str | None:
    """The emphasised run a paragraph starts with, when it reads as a lead-in.

    ``runs`` are (text, emphasised) pieces in order. A lead is the leading emphasised text when it has
    letters, is followed by ordinary text, and ends with ":" (or "." for numbered lead-ins such as
    "a) Hội Nông dân."). A fully emphasised paragraph is a heading, not a lead.
    """
    lead_parts: list[str] = []
    rest_parts: list[str] = []
    in_lead = True
    for text, emphasised in runs:
        if in_lead and (emphasised or not text.strip()):
            lead_parts.append(text)
        else:
            in_lead = False
            rest_parts.append(text)
    lead = clean_spaces("".join(lead_parts))
    rest = clean_spaces("".join(rest_parts))
    if not lead or not rest or not any(c.isalpha() for c in lead):
        return None
    if lead.endswith(":") or (lead.endswith(".") and len(lead) > 3):
        return lead
    # "Hội phụ nữ các cấp" + ": ..." where the colon is not emphasised.
    if rest.startswith(":"):
        return lead + ":"
    return None


def finish(loaded: LoadedFile, path: Path) -> LoadedFile:
    """Final checks shared by all loaders: repair legacy-font text, drop empty blocks, refuse no text.

    A document whose text would be empty is an error (``empty``), never a silent empty result.
    """
    blocks: list[Block] = []
    legacy: set[str] = set()
    for b in loaded.blocks:
        text = clean_spaces(repair_glyphs(b.text))
        if not text:
            continue
        text, enc = repair_legacy_text(text)
        lead = b.lead
        if enc:
            legacy.add(enc)
            if lead:
                lead = repair_legacy_text(lead)[0]
        blocks.append(
            Block(
                text=text,
                page=b.page,
                style=b.style,
                lead=clean_spaces(lead) if lead else None,
                cell=b.cell,
                pages=b.pages,
            )
        )
    for enc in sorted(legacy):
        loaded.warnings.append(
            f"Đã chuyển văn bản phông cũ {enc.upper()} sang Unicode / Converted legacy {enc.upper()} font text to Unicode"
        )
    loaded.blocks = blocks
    if not blocks:
        raise load_error(
            "empty",
            path,
            "Tệp không có nội dung văn bản nào để đọc.",
            "The file contains no text to read.",
        )
    return loaded
