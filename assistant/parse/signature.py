"""Reading the tail into metadata: recipients, the signer (capacity, title, name), copy notes, and where the
text after the signature starts (handed to ``parse.tail.split_appendices``).

The tail's lines come in reading order from any format: Word table cells (the right column after the left
one), " | "-joined rows, spaced text exports and PDF text, where a two-column block (recipients left;
capacity, title, "signed" marker and name right) is flattened onto lines and is read back as its two
columns here. After the signer's name only another signer's parts belong to the signature; a copy note
("SAO LỤC", "SAO Y BẢN CHÍNH"), with or without its office's line above it, is read into ``CopyNote``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.lexicon.levels import upper_unit_words
from assistant.models import CopyNote, DocumentMeta, Signer
from assistant.parse.clean import Para, _is_caps
from assistant.parse.header import PLACE_DATE_RE, body_name, header_date, is_motto, split_row
from assistant.parse.tables import is_table_para
from assistant.parse.tail import (
    CAPACITY_RE,
    COPY_RE,
    SIGNED_RE,
    is_appendix_start,
    is_person_name,
    is_recipient_piece,
    is_signature_piece,
    is_title,
    split_appendices,
    unglue_signature,
)
from assistant.text import clean_spaces, find_doc_numbers, fold

if TYPE_CHECKING:
    from assistant.parse.metadata import Split

__all__ = ["DATE_NUM_RE", "explode_tail", "iso_date", "read_tail"]

_DATE_WORDS_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
DATE_NUM_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")


def iso_date(text: str) -> str | None:
    """The first date in ``text`` as yyyy-mm-dd ("ngày 8 tháng 12 năm 2009", "08/12/2009")."""
    for rx in (_DATE_WORDS_RE, DATE_NUM_RE):
        m = rx.search(text)
        if m:
            d, mth, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= d <= 31 and 1 <= mth <= 12:
                return f"{y:04d}-{mth:02d}-{d:02d}"
    return None


def explode_tail(tail: list[Para]) -> list[Para]:
    """Tail paragraphs cut into lines: cells of " | "-joined rows (left column first), glued signatures.

    A two-column signature block flattened onto lines ("Nơi nhận: TM. BAN THƯỜNG VỤ", "- Như Điều 3;
    CHỦ TỊCH", "- Lưu VT. (đã ký)", as text exports and PDF text give it) is read as the table it was:
    recipients in the left column, capacity, title, marker and name in the right one, which follows.
    Three bodies signing side by side in rows (spaced text, a table of one line per row) give each signer's
    capacity, title and name together, as one Word cell does: when a third column holds signature parts,
    the columns right of the first follow each whole, in their order (``_by_column``).
    """
    out: list[Para] = []
    right: list[tuple[int, Para]] = []  # the lines of the columns right of the first, with their column
    current: int | None = None
    for p in tail:
        # A data table's header and rows (parse/tables) are read whole: "STT | Chi hội | ..." is no row
        # of a flattened signature block, and a row's "Ghi chú: ..." no signature piece.
        table_para = is_table_para(p.style)
        cols = split_row(p.text) if p.cell is None and not table_para else [p.text]
        table = p.cell[0] if p.cell is not None else (-1 if len(cols) > 1 else None)
        named = any(is_person_name(x.text) for _, x in right)
        sides = (
            _two_sides(p.text, glued=current == _GLUED, named=named)
            if table is None and len(p.text) <= 600 and not table_para
            else None
        )
        if sides is not None:
            table = _GLUED
        if table != current:  # a table ended: its right columns follow its left one
            out.extend(_by_column(right))
            right, current = [], table
        if sides is not None:
            out.extend(Para(x, p.style, p.lead, list(p.pages), p.cell) for x in sides[0])
            right.extend((1, Para(x, p.style, p.lead, list(p.pages), p.cell)) for x in sides[1])
            continue
        for c, text in enumerate(cols):
            for piece in unglue_signature(text) if len(text) <= 600 and not table_para else [text]:
                q = Para(piece, p.style, p.lead, list(p.pages), p.cell)
                col = max(c, p.cell[2] if p.cell is not None else 0)
                if col >= 1:
                    right.append((col, q))
                else:
                    out.append(q)
    return out + _by_column(right)


def _by_column(right: list[tuple[int, Para]]) -> list[Para]:
    """The lines right of a table's first column in reading order, or column by column when a column past
    the second holds signature parts (a third signer beside the second): rows of such a block interleave
    the signers ("BÍ THƯ", "HIỆU TRƯỞNG", "(đã ký)", "(đã ký)"). Other tables (a form's grid) keep their
    order."""
    signers = any(col >= 2 and (is_signature_piece(q.text) or is_person_name(q.text)) for col, q in right)
    ordered = sorted(right, key=lambda x: x[0]) if signers else right
    return [q for _, q in ordered]


_TRAILING_NAME_RE = re.compile(r"(?<=[.;,)])\s+(\S+(?:\s+\S+){1,4})$")
_GLUED = -2  # pseudo table id of a two-column signature block flattened onto lines


def _two_sides(text: str, glued: bool, named: bool = False) -> tuple[list[str], list[str]] | None:
    """(left, right) pieces of a flattened two-column tail line, or None when it is no such row: a row
    holds a recipient and a signature part; once one is met, recipient-only and signature-only lines
    continue the block. Inside such a block whose right column has no name yet, a name after the last
    recipient's full stop ("- Lưu Văn phòng Huyện ủy. Đặng Quốc Huy", tab-separated columns flattened)
    is the signer's, not a drafter's initials."""
    if glued and not named:
        last = _TRAILING_NAME_RE.search(text)
        if last and is_recipient_piece(text) and is_person_name(last.group(1)):
            return [text[: last.start()].strip()], [last.group(1)]
    pieces = unglue_signature(text)
    sig = [x for x in pieces if is_signature_piece(x)]
    rest = [x for x in pieces if not is_signature_piece(x)]
    if sig and rest and is_recipient_piece(rest[0]) and pieces[0] == rest[0]:
        return rest, sig
    if glued and not rest:
        return [], sig
    if glued and not sig and (is_recipient_piece(rest[0]) or (len(text) <= 60 and text[:1].islower())):
        return rest, []
    return None


_NUMBERED_RE = re.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s+")
_ITEM_MARK_RE = re.compile(r"(?:^|(?<=\s))[-+•]\s+")


def _recipient_items(text: str, punctuated: bool = False) -> list[str]:
    """ "Nơi nhận: - Như trên; - Lưu VPĐU." (a cell's lines glued) -> ["Như trên", "Lưu VPĐU"].

    A dash inside a name ("Các đoàn thể chính trị - xã hội xã", "Phòng Văn hóa - Thông tin huyện") is no
    item mark: a mark opens the text or follows an item's end (";", ",", "."). Only in a list whose items
    end with no ";" (``punctuated`` false: the list's other lines, and this text, have none) can a dash
    before a capital open an item, as a cell's unpunctuated lines glued give ("- Như trên - Lưu VT"); a
    "+" before a capital always does ("Văn phòng Trung ương Đảng + Vụ II")."""
    punctuated = punctuated or ";" in text

    def opens_item(m: re.Match[str]) -> bool:
        if m.start() == 0 or text[: m.start()].rstrip()[-1:] in ";,.:)}":
            return True
        # "+" joins two recipients in one item ("Văn phòng Trung ương Đảng + Vụ II"); only a dash joins
        # the words of one name
        dash = m.group().strip() == "-"
        return not (punctuated and dash) and not text[m.end() :][:1].islower()

    cuts = [m for m in _ITEM_MARK_RE.finditer(text) if opens_item(m)]
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
    items = [text[bounds[k] : bounds[k + 1]] for k in range(0, len(bounds), 2)]
    return [
        re.sub(r"\s*\}?\s*\((?:báo cáo|b/c)\)\s*$", "", i).strip(" ,;.}") for i in items if i.strip(" ,;.}")
    ]


def _punctuated(tail: list[Para], n: int) -> bool:
    """Whether the recipient list around line ``n`` ends its items with ";" (its dashed lines near it)."""
    near = tail[max(0, n - 8) : n + 9]
    return any(p.text.rstrip().endswith(";") and p.text.lstrip().startswith(("-", "+", "•")) for p in near)


def read_tail(tail: list[Para], meta: DocumentMeta, split: Split) -> None:
    """Recipients, signer (capacity, title, name), copy notes and, after the signature, appendices."""
    copy: CopyNote | None = None
    in_recipients = seen_recipients = False
    signed = False  # the signature's name (or "Đã ký") has been read
    other: dict[str, str] | None = None  # the capacity and title of a cosigner whose name comes next
    for n, p in enumerate(tail):
        t = p.text
        nxt = tail[n + 1] if n + 1 < len(tail) else None
        f = fold(t)
        if COPY_RE.match(t):
            if copy is None or copy.kind != t or copy.number or copy.signer:
                # A copy note without an issuer line above "SAO LỤC" (the copying office is named by its
                # capacity or its number only) is a copy note all the same.
                copy = CopyNote(kind=t)
                meta.copies.append(copy)
            split.copy_block.append(p)
            in_recipients = False
            continue
        if (
            (signed or meta.signer_capacity or meta.signer_title)
            and copy is None
            and is_appendix_start(p, nxt)
        ):
            split.appendices = split_appendices(tail[n:])
            return
        if nxt is not None and COPY_RE.match(nxt.text) and _is_caps(t):
            copy = CopyNote(kind=nxt.text, issuer=body_name(t))
            meta.copies.append(copy)
            split.copy_block.append(p)
            in_recipients = False
            continue
        if f.startswith("noi nhan"):
            in_recipients = seen_recipients = True
            rest = t.split(":", 1)[1].strip() if ":" in t else ""
            if copy is None:
                split.recipients_block.append(p)
            if rest and copy is None:
                meta.recipients.extend(_recipient_items(rest, _punctuated(tail, n)))
            continue
        listed = t.startswith(("-", "+", "•")) and len(t) <= 200  # a recipient row beside the signature
        # Right under "Nơi nhận:", a numbered list is its items too (an HTML <ol>, Word numbering, "1. ...").
        numbered = in_recipients and len(t) <= 200 and bool(_NUMBERED_RE.match(t))
        if (in_recipients or (listed and seen_recipients)) and (
            listed or numbered or f.startswith("(bao cao") or t.startswith("}")
        ):
            if copy is None and not f.startswith("(bao cao"):
                meta.recipients.extend(
                    _recipient_items(_NUMBERED_RE.sub("", t) if numbered else t, _punctuated(tail, n))
                )
            if copy is None:
                split.recipients_block.append(p)
            continue
        in_recipients = False
        cap = CAPACITY_RE.match(t)
        sig = SIGNED_RE.match(t)
        if copy is not None:
            _read_copy_line(t, copy)
            split.copy_block.append(p)
        elif signed and other is not None and set(other) == {"capacity"} and _continues_capacity(t):
            # "TM. BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ ..." in the second column: still that capacity
            other["capacity"] = f"{other['capacity']} {clean_spaces(t)}"
            split.signature.append(p)
        elif not signed and meta.signer_title and not meta.signer_capacity and _continues_capacity(t):
            # The body a title heads, on the next line of its column ("GIÁM ĐỐC" / "PHÒNG GIAO DỊCH ...")
            meta.signer_title = f"{meta.signer_title} {clean_spaces(t)}"
            split.signature.append(p)
        elif not signed and meta.signer_capacity and not meta.signer_title and _continues_capacity(t):
            # The body of a capacity wrapped in its narrow column ("TM. BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ VIỆT
            # NAM HUYỆN"): still the capacity, never the signer's title.
            meta.signer_capacity = f"{meta.signer_capacity} {clean_spaces(t)}"
            split.signature.append(p)
        elif signed and ((cap and _is_caps(t)) or (_is_caps(t) and len(t) <= 60 and is_title(t))):
            # After the first signer's name, a capacity or a title opens the next column of a joint
            # signature block ("TM. BCH ĐOÀN XÃ / BÍ THƯ / name" beside "TM. BAN THƯỜNG VỤ HỘI ... / CHỦ TỊCH
            # / name"): that signer is kept as a cosigner once their name is read.
            if cap and (other is None or other.get("name") or other.get("title")):
                other = {"capacity": clean_spaces(t)}
            elif cap:
                other["capacity"] = f"{other['capacity']} {clean_spaces(t)}"  # "TM. ..." then "KT. ..."
            elif other is None or other.get("title"):
                other = {"title": t}
            else:
                other["title"] = t
            split.signature.append(p)
        elif cap and _is_caps(t):
            if meta.signer_capacity and not signed and not meta.signer_title:
                # "TM. BAN THƯỜNG TRỰC" then "KT. CHỦ TỊCH": a deputy signs for the head on the body's
                # behalf; both capacities are kept, in their order.
                meta.signer_capacity = f"{meta.signer_capacity} {clean_spaces(t)}"
            meta.signer_capacity = meta.signer_capacity or clean_spaces(t)
            split.signature.append(p)
        elif sig:
            name = sig.group(1).strip(" .")
            if name and signed and other is not None:
                _add_cosigner(meta, other, name)
                other = None
            elif name:
                meta.signer = meta.signer or name
                signed = True
            split.signature.append(p)
        elif _is_caps(t) and len(t) <= 60 and (not signed or is_title(t)):
            # After the name only a second signer's title belongs to the signature; other capitals start
            # what is attached after it ("QUY CHẾ" + its title: an attached document, read below).
            meta.signer_title = meta.signer_title or t
            split.signature.append(p)
        elif is_person_name(t):
            if signed and other is not None:
                _add_cosigner(meta, other, t)
                other = None
            meta.signer = meta.signer or t
            signed = True
            split.signature.append(p)
        elif not _is_caps(t) and len(t) <= 40 and nxt is not None and is_person_name(nxt.text):
            meta.signer_title = meta.signer_title or t  # "Người lập kế hoạch" above the name
            split.signature.append(p)
        elif (
            seen_recipients
            and meta.recipients
            and len(t) <= 60
            and (t[:1].islower() or t.endswith((",", ";")))
        ):
            meta.recipients[-1] = f"{meta.recipients[-1]} {t}".strip(
                " ,;."
            )  # a recipient wrapped on two lines
            split.recipients_block.append(p)
        elif signed and copy is None:
            split.appendices = split_appendices(tail[n:])
            return
        else:
            split.warnings.append(f"tail text not understood: {t[:80]}")


# How the body a capacity names goes on when its column wraps it: an organ or a level word (folded; the
# level words of ``lexicon.levels`` as whole words: "XÃ ", not "XÂY").
_BODY_STARTS = (
    "UY BAN", "BAN ", "HOI ", "DOAN ", "DANG ", "CHI ", "SO ", "PHONG ", "CONG DOAN", "MAT TRAN",
    "THUONG TRUC", "TRUNG TAM", "VAN PHONG",
)  # fmt: skip
_LEVEL_STARTS = tuple(w + " " for w in upper_unit_words())


def _continues_capacity(text: str) -> bool:
    """A capitals line that names a body (an organ or a level word opens it), under a capacity line:
    the rest of that capacity ("TM. BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ VIỆT NAM XÃ"), not a title or a name."""
    t = clean_spaces(text)
    if not _is_caps(t) or len(t) > 60 or is_title(t) or CAPACITY_RE.match(t) or is_motto(t):
        return False
    key = fold(t).upper()
    return key.startswith(_BODY_STARTS) or (key + " ").startswith(_LEVEL_STARTS)


def _add_cosigner(meta: DocumentMeta, parts: dict[str, str], name: str) -> None:
    """A joint document's next signer, unless it repeats one already read (a signature printed twice)."""
    if name != meta.signer and all(c.name != name for c in meta.cosigners):
        meta.cosigners.append(Signer(name=name, title=parts.get("title"), capacity=parts.get("capacity")))


def _read_copy_line(t: str, copy: CopyNote) -> None:
    """One line of a copy note: its number, place and date (one line or several), issuer, signer, order."""
    m = PLACE_DATE_RE.match(t)
    signed = SIGNED_RE.match(t)
    number = re.match(r"^Số\b", t) and find_doc_numbers(t)
    if number:
        copy.number = copy.number or number[0][0]
        # "Số 17-SL/VPHU, Lạc Sơn, ngày 16 tháng 4 năm 2025": number, place and date on one line.
        rest = t[number[0][2] :].lstrip(" ,;-–")
        m = PLACE_DATE_RE.match(rest)
        if m or header_date(rest):
            copy.place = copy.place or (m.group("place").strip() if m else None)
            copy.date = copy.date or iso_date(rest) or header_date(rest)
    elif m:
        copy.place, copy.date = m.group("place").strip(), iso_date(t)
    elif (
        _is_caps(t)
        and copy.issuer is None
        and copy.number is None
        and not (CAPACITY_RE.match(t) or is_title(t) or is_motto(t))
    ):
        copy.issuer = body_name(t)  # the copying office printed under "SAO LỤC"
    elif signed and signed.group(1).strip():
        copy.signer = signed.group(1).strip(" .")
    elif is_person_name(t):
        copy.signer = t
    elif not _is_caps(t) and len(t) > 20 and copy.instruction is None:
        copy.instruction = t
