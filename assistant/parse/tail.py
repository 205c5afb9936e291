"""The tail of a document: recipients, the signature, a SAO LỤC copy, and what follows the signature.

After the body come "Nơi nhận:" with its list, the signature (a capacity "TM. BAN THƯỜNG VỤ", "KT. CHỦ
TỊCH", a title "PHÓ CHỦ TỊCH", a name or "Đã ký: ..."), in Word often as a two-column table (left: the
recipients; right: capacity, title, name), in text exports glued onto one line ("TM. ỦY BAN NHÂN DÂN KT.
CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp CHƯƠNG TRÌNH ..."). After the signature documents often carry
appendices, schedules, lists and forms ("Phụ lục I", "Mẫu số 01", "CHƯƠNG TRÌNH HÀNH ĐỘNG (Ban hành kèm
theo ...)"): those are content, returned as ``Appendix`` parts for the section tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.lexicon.doc_types import type_of_line
from assistant.parse.clean import Para, _is_caps
from assistant.parse.header import LOWER, UPPER
from assistant.text import clean_spaces, fold

CAPACITY_RE = re.compile(rf"^(T/M|TM\.?|K/T|KT\.?|T/L|TL\.?|T/U|TUQ\.?|Q\.)\s*([{UPPER}].*)$")
# A "signed" marker where the signature image was: "(đã ký)", "(Đã ký)", "(ký)", "(signed)", "[đã ký]",
# "(đã ký, đóng dấu)"; or "Đã ký: <name>" / "(đã ký) <name>". Group 1: the name after it, if any. A form's
# "(ký tên)" / "(ký tên, đóng dấu)" asks for a signature: a placeholder of the form's text, left whole.
_MARKER = (
    r"[(\[]\s*(?i:đã\s+ký|ký|signed)"
    r"(?:\s*[,;][^)\]]{0,40}|\s+(?:và\s+)?đóng dấu[^)\]]{0,30})?\s*[)\]]"
)
SIGNED_RE = re.compile(rf"^(?:{_MARKER}|(?i:đã\s+ký|signed)(?=\s*:|\s*$|\s+[{UPPER}]))\s*:?\s*(.*)$")
_MARKER_SPLIT_RE = re.compile(rf"\s*({_MARKER})\s*")
COPY_RE = re.compile(r"^(SAO LỤC|SAO Y BẢN CHÍNH|SAO Y|TRÍCH SAO|BẢN SAO)$")
TITLES = (
    "TONG BI THU",
    "PHO BI THU THUONG TRUC",
    "PHO BI THU",
    "BI THU",
    "PHO CHANH VAN PHONG",
    "CHANH VAN PHONG",
    "PHO CHU TICH THUONG TRUC",
    "PHO CHU TICH",
    "CHU TICH QUOC HOI",
    "CHU TICH",
    "PHO TRUONG BAN",
    "TRUONG TIEU BAN",
    "TRUONG BAN",
    "PHO GIAM DOC",
    "GIAM DOC",
    "PHO TRUONG PHONG",
    "TRUONG PHONG",
    "PHO HIEU TRUONG",
    "HIEU TRUONG",
    "THU TUONG",
    "BO TRUONG, CHU NHIEM",
    "BO TRUONG",
    "CHU NHIEM",
    "THUONG TRUC",
    "UY VIEN",
)
_NAME = rf"(?<!\w)[{UPPER}][{LOWER}]*(?!\w)"
_NAME_RUN_RE = re.compile(rf"{_NAME}(?:\s+{_NAME}){{1,4}}")
_APPENDIX_RE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu|MẪU SỐ|Mẫu số|Biểu mẫu|BIỂU MẪU)\b")
_ATTACHED_RE = re.compile(r"^\(\s*(?:Ban hành\s+)?(?:kèm theo|Kèm theo|Đính kèm|đính kèm|Ban hành theo)\b")
_LIST_TITLE_RE = re.compile(
    r"^(?:DANH SÁCH|CHƯƠNG TRÌNH|LỊCH|BẢNG|BIỂU|ĐỀ CƯƠNG|DỰ TOÁN|NỘI QUY|QUY CHẾ|QUY ĐỊNH)\b"
)


@dataclass
class Appendix:
    """One part after the signature: its label ("Phụ lục II"), title lines and content paragraphs."""

    label: str
    title: str
    paras: list[Para] = field(default_factory=list)


@dataclass
class Tail:
    """What the tail holds, in reading order of its kinds."""

    recipients: list[str] = field(default_factory=list)
    signature: list[Para] = field(default_factory=list)
    capacity: str | None = None
    title: str | None = None
    signer: str | None = None
    appendices: list[Appendix] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)


def is_person_name(text: str) -> bool:
    """2-5 capitalised words and nothing else ("Trần Quốc Vượng"): how a signature's name line looks."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() and (w[1:].islower() or len(w) == 1) and w.isalpha() for w in words)
        and len(words[0]) > 1
    )


def is_title(text: str) -> bool:
    """A signer's title line in capitals ("PHÓ BÍ THƯ", "CHỦ TỊCH QUỐC HỘI")."""
    return _is_caps(text) and len(text) <= 60 and fold(text).upper().startswith(TITLES)


def unglue_signature(text: str) -> list[str]:
    """Cut a glued signature line: "TM. BAN THƯỜNG VỤ CHỦ TỊCH Nguyễn Thị Minh Hạnh" -> capacity, title, name.

    Capacity markers ("TM.", "KT.", "T/L" ...) start a piece; a known title at the end of a capacity is
    its own piece; a "signed" marker ("(đã ký)", "[đã ký]", "(signed)") is one, never part of a name; a
    person's name after the capitals is one, and what follows the name (an appendix title glued on)
    another. A two-column row flattened onto one line ("- Như Điều 3; CHỦ TỊCH", "- Lưu VT. Nguyễn Văn
    An") gives its recipient and its signature part apart. Other lines come back whole.
    """
    out: list[str] = []
    for k, part in enumerate(_MARKER_SPLIT_RE.split(clean_spaces(text))):
        if part.strip():
            out.extend([part.strip()] if k % 2 else _unglue_part(part))
    return out or [clean_spaces(text)]


def is_signature_piece(text: str) -> bool:
    """A piece only a signature block holds: capacity, signer title, "signed" marker or a bare name."""
    return (
        bool(CAPACITY_RE.match(text) and _is_caps(text))
        or is_title(text)
        or bool(SIGNED_RE.match(text))
        or is_person_name(text)
    )


def is_recipient_piece(text: str) -> bool:
    """ "Nơi nhận: ..." or a listed recipient ("- Như Điều 3;", "+ Lưu VT.")."""
    return text.startswith(("-", "+", "•")) or fold(text).startswith("noi nhan")


def _trailing_part(text: str) -> int | None:
    """Where a signature part glued after a recipient starts: a title in capitals at the line's end
    ("- Như Điều 3; CHỦ TỊCH"), or a name after an item's full stop ("- Lưu VT. Nguyễn Văn An")."""
    if not is_recipient_piece(text):
        return None
    skeleton = fold(text).upper()
    for t in TITLES:
        at = len(text) - len(t)
        if at > 0 and skeleton.endswith(t) and text[at - 1] == " " and _is_caps(text[at:]):
            words = text[:at].split()
            while words and _is_caps(words[-1]) and words[-1][-1:].isalpha():
                at -= len(words.pop()) + 1  # more capitals of the title ("PHÓ" of "PHÓ BÍ THƯ")
            return at if words else None
    name = re.search(rf"(?<=[.)])\s+({_NAME}(?:\s+{_NAME}){{1,4}})$", text)
    # After "Lưu: VT, ĐMDN (2b)." comes the drafter's name or initials (Nghị định 30/2020), not the signer.
    if name and is_person_name(name.group(1)) and not fold(text).lstrip("-+• ").startswith("luu"):
        return name.start(1)
    return None


def _unglue_part(text: str) -> list[str]:
    text = text.strip()
    caps = re.search(rf"(?:(?<=\s)|^)(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.)\s*[{UPPER}]", text)
    trailing = None if caps else _trailing_part(text)
    if trailing is not None:
        return [text[:trailing].strip(), text[trailing:].strip()]
    title_at = _title_start(text)
    start = caps.start() if caps else title_at
    if start is None:
        # "Người lập kế hoạch Đỗ Ngọc Nam": a role in running words, then the name.
        words = text.split()
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1][1:].islower() and words[k - 1].isalpha():
            k -= 1
        if 0 < k and 2 <= len(words) - k <= 5 and words[k - 1].islower() and len(text) <= 80:
            if not text.startswith(("-", "+", "•")):
                return [" ".join(words[:k]), " ".join(words[k:])]
        return [text]
    head, rest = text[:start].strip(), text[start:]
    name = _NAME_RUN_RE.search(rest)
    caps_part, after = (rest[: name.start()], rest[name.start() :]) if name else (rest, "")
    pieces = [head] if head else []
    for cap in re.split(rf"\s+(?=(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.|Q\.)\s*[{UPPER}])", caps_part.strip()):
        pieces.extend(x.strip(" ,;") for x in _split_title(cap))
    if name:
        pieces.append(name.group(0))
        after = after[name.end() - name.start() :].strip()
        if after:
            pieces.append(after)
    return [p for p in pieces if p]


def _title_start(text: str) -> int | None:
    """Where a title in capitals starts inside a glued line ("... (2b). Trung Anh BỘ TRƯỞNG, ...")."""
    skeleton = fold(text).upper()
    best = None
    for t in TITLES:
        for m in re.finditer(rf"(?<![A-Z]){re.escape(t)}(?![A-Z])", skeleton):
            if best is None or m.start() < best:
                best = m.start()
            break
    if best is None:
        return None
    # Only when a name follows the title: otherwise it is running text that mentions a title.
    return best if _NAME_RUN_RE.search(text[best:]) and _is_caps(text[best : best + 8]) else None


def _split_title(cap: str) -> list[str]:
    """ "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" -> ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]; "TM. BAN THƯỜNG VỤCHỦ TỊCH" too."""
    cap = cap.strip()
    m = CAPACITY_RE.match(cap)
    if not m:
        return [cap]
    body = m.group(2)
    skeleton = fold(body).upper()
    for t in TITLES:
        owner = skeleton[: -len(t)].split()
        if skeleton.endswith(t) and len(owner) >= 2:
            cut = len(cap) - len(t)
            return [cap[:cut].strip(), cap[cut:].strip()]
    return [cap]


def is_appendix_start(p: Para, nxt: Para | None) -> bool:
    """True where an appendix, schedule, list or form begins ("Phụ lục II", "Mẫu số 01/HNCT", a capitals
    title such as "CHƯƠNG TRÌNH HÀNH ĐỘNG" followed by "(Ban hành kèm theo ...)")."""
    t = p.text
    if _APPENDIX_RE.match(t) and len(t) <= 250:
        return True
    if _ATTACHED_RE.match(t):
        return True
    if _is_caps(t) and len(t) >= 8 and not is_title(t) and not CAPACITY_RE.match(t):
        if nxt is not None and _ATTACHED_RE.match(nxt.text):
            return True
        if _LIST_TITLE_RE.match(t) or (type_of_line(t) and len(t) > 12):
            return True
    return False


_FORM_TITLE_RE = re.compile(r"^(?:BIỂU MẪU|Biểu mẫu|MẪU|Mẫu)\s+(?!(?i:giáo|mực|hình)\b)\w")
_LABEL_MAX = 70


def _short(text: str) -> str:
    """A title cut at a word to fit a section path."""
    if len(text) <= _LABEL_MAX:
        return text
    return text[:_LABEL_MAX].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"


def appendix_label(title_lines: list[str], n: int, form: bool = True) -> str:
    """How an appendix is shown in a section path: "Phụ lục II", "Mẫu số 01/HNCT", or its type or title;
    a form's title after "Phụ lục" is kept ("Phụ lục II. MẪU ĐƠN ...") unless ``form`` is False."""
    first = clean_spaces(title_lines[0]) if title_lines else ""
    m = re.match(r"^(PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu)\s*([IVXLC]+|\d+[a-z]?)?\b", first)
    if m:
        word = "Phụ lục" if fold(m.group(1)).upper() == "PHU LUC" else "Phụ biểu"
        label = f"{word} {m.group(2)}" if m.group(2) else word
        # A blank form attached as an appendix ("PHỤ LỤC: MẪU BIÊN BẢN ...", "PHỤ LỤC II" / "MẪU ĐƠN ...")
        # says so in its label, as "Mẫu số 01" does: forms are held back unless asked for.
        rest = first[m.end() :].lstrip(" .:-–")
        lines = [rest] if rest else [clean_spaces(t) for t in title_lines[1:2]]
        title = next((t for t in lines if _FORM_TITLE_RE.match(t)), None) if form else None
        return f"{label}. {_short(title)}" if title else label
    m = re.match(r"^(?:Mẫu số|MẪU SỐ)\s*(\S+)", first)
    if m:
        return f"Mẫu số {m.group(1)}"
    kind = type_of_line(first) if first else None
    if kind:
        return kind
    label = first[:1] + first[1:].lower() if _is_caps(first) else first
    return label[:60] or f"Phụ lục {n}"


def split_appendices(paras: list[Para]) -> list[Appendix]:
    """Cut the text after the signature into appendix parts, each with its label and title lines."""
    parts: list[Appendix] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if not parts or (is_appendix_start(p, nxt) and not _ATTACHED_RE.match(p.text)):
            titles = [p.text] if (not parts or is_appendix_start(p, nxt)) else []
            j = i + 1
            # Title lines: capitals or a subject line right below, then the "(kèm theo ...)" line.
            while titles and j < len(paras) and j <= i + 3:
                t = paras[j].text
                if _ATTACHED_RE.match(t):
                    titles.append(t)
                    j += 1
                    break
                if (_is_caps(t) or t[:1].isupper()) and len(t) <= 200 and not t.endswith((".", ":", ";")):
                    if _APPENDIX_RE.match(t) or paras[j].cell is not None:
                        break
                    titles.append(t)
                    j += 1
                    continue
                break
            if not titles:
                titles, j = [], i
            parts.append(Appendix(label=appendix_label(titles, len(parts) + 1), title=" ".join(titles)))
            parts[-1].paras.extend(paras[i:j] if titles else [])
            i = j
            continue
        parts[-1].paras.append(p)
        i += 1
    _number_repeats(parts)
    return parts


def _number_repeats(parts: list[Appendix]) -> None:
    """Two appendices both labelled "Phụ lục" become "Phụ lục (1)", "Phụ lục (2)" so paths stay distinct."""
    seen: dict[str, int] = {}
    for a in parts:
        seen[a.label] = seen.get(a.label, 0) + 1
    count: dict[str, int] = {}
    for a in parts:
        if seen[a.label] > 1:
            count[a.label] = count.get(a.label, 0) + 1
            a.label = f"{a.label} ({count[a.label]})"
