"""What heading a paragraph opens, read from that paragraph alone: its numbering, an organisation lead-in,
a plain styled heading, or none.

Numbering decides depth, not typography: "II-" > "1." > "2.1." > "a)", and "Chương" > "Mục" > "Điều"
in legal-style texts. A paragraph that opens with an organisation's name and a colon ("*Hội phụ nữ các
cấp:* ...") is a lead-in with ``Heading.org`` set. Bullets ("-", "•", "+") are items of their section,
never sections of their own. A numbered paragraph is either a title ("5. Tổ chức thực hiện", shown in full,
shortened if long) or a numbered piece of content ("5.1. Các huyện ủy ... quý III/2021."), shown by its
number alone ("5.1"). The document-level rules that revise these readings are in ``parse.outline``; the
tree is built in ``parse.structure``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.lexicon.levels import tier_words
from assistant.obligations.orgs import default_registry
from assistant.parse.clean import Para, _is_caps
from assistant.parse.tables import is_table_para
from assistant.parse.tail import appendix_label
from assistant.text import clean_spaces, fold, nfc, normalize, sentence_spans

_ROMAN = r"(?:X{0,2}(?:IX|IV|V?I{0,3}))"
_SEP = r"\s*(?:[.:\-–)]\s*(.*)|$)"  # a separator then the title, or the label alone on its line
_WORD_NUM = r"(?:\d{1,2}|[IVX]{1,4}|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))"
# (kind, rank, pattern): a smaller rank is a bigger division. Groups: label, title (None: label alone).
# Decimal numbering nests by its depth: "10." > "10.3" > "10.3.5" > "10.3.5.1", whatever the typography.
NUMBERINGS: list[tuple[str, float, re.Pattern[str]]] = [
    # An appendix or form inside the body ("PHỤ LỤC I", "Mẫu số 01/TH"): a top division in every format,
    # styled or plain text alike (after the signature ``parse.tail`` cuts them the same way).
    (
        "phu_luc",
        9,
        re.compile(
            r"^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu|MẪU SỐ|Mẫu số)"
            r"(?:\s+((?:số\s+)?(?:\d+[\w./\-]*|[IVXLC]+)))?\b\s*([.:\-–]?)\s*(.*)$"
        ),
    ),
    # A label is a whole word: "Điểm c" is a point, "Điểm cầu ..." (a venue) or "Phần Lan" is no label.
    ("phan", 10, re.compile(r"^(?:Phần|PHẦN)\s+(\d+|[IVXLC]+|(?:thứ|THỨ)\s+\w+)(?!\w)\s*[.:\-–]?\s*(.*)$")),
    ("chuong", 11, re.compile(r"^(?:Chương|CHƯƠNG)\s+(\d+|[IVXLC]+)\b\s*[.:\-–]?\s*(.*)$")),
    ("muc", 12, re.compile(r"^(?:Mục|MỤC)\s+(\d+|[IVXLC]+)\b\s*[.:\-–]?\s*(.*)$")),
    ("dieu", 13, re.compile(r"^(?:Điều|ĐIỀU)\s+(\d+)" + _SEP)),
    ("roman", 14, re.compile(rf"^({_ROMAN})\s*[.\-–)]\s*(\S.*)$")),
    ("d5", 17.75, re.compile(r"^(\d{1,2}(?:\.\d{1,2}){4})\s*[.\-–)]?\s+(\S.*)$")),
    ("d4", 17.5, re.compile(r"^(\d{1,2}(?:\.\d{1,2}){3})\s*[.\-–)]?\s+(\S.*)$")),
    ("d3", 17, re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})\s*[.\-–)]?\s+(\S.*)$")),
    ("d2", 16, re.compile(r"^(\d{1,2}\.\d{1,2})\s*[.\-–)]?\s+(\S.*)$")),
    ("d1", 15, re.compile(r"^(\d{1,2})\s*[.\-–)]\s*(\S.*)$")),
    ("alpha", 18, re.compile(r"^([a-zđ])\s*[)/]\s*(\S.*)$")),
    ("diem", 18, re.compile(r"^(?:Điểm)\s+([a-zđ])(?!\w)\s*[.:\-–)]?\s*(.*)$")),
    # Steps and alternatives of a procedure guide: their depth is where they first appear (see ``build``).
    ("buoc", 0, re.compile(rf"^(?:Bước|BƯỚC)\s+({_WORD_NUM})\b" + _SEP)),
    ("cach", 0, re.compile(rf"^(?:Cách|CÁCH)\s+({_WORD_NUM})\b" + _SEP)),
    ("giai_doan", 0, re.compile(rf"^(?:Giai đoạn|GIAI ĐOẠN)\s+({_WORD_NUM})\b" + _SEP)),
    # "A. CÔNG TÁC ...", "B. ĐỐI VỚI ...": capital letters (not I, V, X: those are Roman numbers).
    ("upper", 0, re.compile(r"^([A-HJ-UWYZĐ])\s*[.)]\s+(\S.*)$")),
]
_WORD_KINDS = {"phan": "Phần", "chuong": "Chương", "muc": "Mục", "dieu": "Điều"}
_WORD_KINDS.update({"buoc": "Bước", "cach": "Cách", "giai_doan": "Giai đoạn"})
DYNAMIC = {"buoc", "cach", "giai_doan", "upper"}
TABLE_TITLE = "table_title"  # its rank is known only while reading: see ``structure._table_title_rank``
READ_RANK = DYNAMIC | {TABLE_TITLE}  # kinds whose rank is set while reading
RANK_BOLD = 14.5  # an unnumbered bold heading sits between "II." and "1."
_RANK_LEAD = 19.0  # organisation and other lead-in paragraphs are the innermost divisions
BULLET_RE = re.compile(r"^[-•+▪●◦–]\s")
_PLAIN_LEAD_RE = re.compile(r"^(?:[-•+]\s*)?([^:.;!?]{3,60}):\s+\S")
# ("cơ sở" of "Trường Trung học cơ sở" is the school's kind, part of its name, not a level)
_TIERS = "|".join(tier_words())  # "tỉnh|huyện|xã" (``lexicon.levels``)
_LEVEL_WORDS = re.compile(rf"\b(?:các cấp|cấp (?:{_TIERS})|(?<!trung học )cơ sở|{_TIERS}|các)\b")
_PATH_MAX = 70


@dataclass
class Heading:
    kind: str
    rank: float
    label: str | None
    title: str
    display: str
    org: str | None = None
    is_title: bool = False
    bare: bool = False  # the label alone on its line ("Điều 9")


def org_of(lead: str) -> str | None:
    """The organisation a lead-in names ("Hội phụ nữ các cấp:" -> "hoi_phu_nu"), or None.

    Names are found by the shared ``OrgRegistry`` (aliases and abbreviations, with or without diacritics;
    collectives excluded: a lead names one body). The name must make up most of the lead once level words
    ("các cấp", "tỉnh") are set aside, so "Các cấp ủy tăng cường ..." is not mistaken for a lead-in about
    party committees. When the registry resolves the whole lead to one body, that body wins. A lead that
    is one body's name by its shape (``obligations.clauses.named_body_end``) ending in a registered name
    is a department of that body, however long the department's own name or joined with " - " ("Ban Kinh
    tế - Xã hội Hội Nông dân huyện", "Ban Tổ chức - Kiểm tra Huyện đoàn"): the body it ends in.
    """
    from assistant.obligations.clauses import named_body_end

    text = clean_spaces(nfc(lead)).rstrip(":").strip()
    core = _LEVEL_WORDS.sub(" ", normalize(text)).split()
    if not core:
        return None
    registry = default_registry()
    # Longest name first, as the registry matches; the first one that fills most of the lead decides.
    mentions = sorted(registry.find_names(text), key=lambda m: m.start - m.end)
    for mention in mentions:
        alias_core = _LEVEL_WORDS.sub(" ", normalize(mention.surface)).split()
        if len(alias_core) >= 0.5 * len(core):
            resolved = registry.resolve(lead.rstrip(": "))
            return resolved.id if resolved is not None else mention.org_id
    if mentions and named_body_end(text, fold(text), 0) == len(text):
        owner = max(mentions, key=lambda m: m.end)
        if owner.start > 0 and not text[owner.end :].strip(" ,."):
            return owner.org_id
    return None


def shorten(text: str, limit: int = _PATH_MAX) -> str:
    text = text.rstrip(" :;")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + "…"


def _is_title(p: Para) -> bool:
    """A heading line rather than numbered content: styled, or one short sentence not ending in '.'."""
    if "bold" in p.style or "heading" in p.style:
        return len(p.text) <= 300
    return len(p.text) <= 300 and len(sentence_spans(p.text)) <= 1 and not p.text.endswith((".", ";", "./."))


def styled(p: Para) -> bool:
    return "bold" in p.style or "heading" in p.style or any(re.fullmatch(r"h[1-6]", x) for x in p.style)


def _prose_reference(kind: str, m: re.Match[str], p: Para) -> bool:
    """ "Mục I Phần thứ nhất Hướng dẫn số 02-HD/BTCTU ..." opens a sentence that cites, not a heading."""
    if kind not in {"phan", "chuong", "muc"} or not m.group(2) or styled(p):
        return False
    after = p.text[m.end(1) :].lstrip()[:1]
    rest = m.group(2)
    sentence = len(rest) > 100 or rest.endswith(".")
    return after not in {".", ":", "-", "–"} and not _is_caps(rest) and sentence


def _appendix_line(m: re.Match[str], p: Para) -> bool:
    """ "PHỤ LỤC I", "Phụ lục: Danh sách ...", "Mẫu số 01/TH" head an appendix; "Phụ lục kèm theo Kế hoạch
    này gồm ..." is a sentence that mentions one."""
    if len(p.text) > 200 or p.text.endswith((".", ";", ",")):
        return False
    rest = m.group(3)
    return bool(m.group(1) or m.group(2) or not rest or _is_caps(rest) or styled(p))


_ADDRESS_LINE_RE = re.compile(r"^\W*Kính\s+gửi\b", re.I)


def classify(p: Para) -> Heading | None:
    """What kind of heading ``p`` opens, if any (table rows and table headers are never headings)."""
    text = p.text
    if is_table_para(p.style) or _ADDRESS_LINE_RE.match(text):
        return None  # "Kính gửi:" heads the addressee list of a letter, not a section of its content
    if BULLET_RE.match(text) and not p.lead:
        lead = _PLAIN_LEAD_RE.match(text)
        org = org_of(lead.group(1)) if lead else None
        if org:
            return Heading("org", _RANK_LEAD, None, text, shorten(lead.group(1)), org=org)  # type: ignore[union-attr]
        return None
    for kind, rank, rx in NUMBERINGS:
        m = rx.match(text)
        if not m or (kind == "roman" and not m.group(1)) or _prose_reference(kind, m, p):
            continue
        if kind == "phu_luc":
            if not _appendix_line(m, p):
                continue
            label = appendix_label([text], 1, form=False)
            if not m.group(3).strip():
                return Heading(kind, rank, label, text, label, is_title=True, bare=True)
            return Heading(kind, rank, label, text, shorten(f"{label}. {m.group(3)}"), is_title=True)
        if kind == "upper" and (len(text) > 200 or not (styled(p) or _is_caps(m.group(2)))):
            continue  # "A. ..." divides a document only as a heading line
        label = m.group(1)
        word = _WORD_KINDS.get(kind)
        if not (m.group(2) or "").strip():  # the label alone ("Điều 9"): its title may follow
            display = text.rstrip(" .:") if word else f"{label}."
            return Heading(kind, rank, label, text, display, is_title=True, bare=True)
        title = _is_title(p)
        if title:
            display = shorten(text)
        elif word:
            display = f"{word} {label}"
        else:
            display = f"{label}." if kind in {"d1", "roman"} else f"{label})" if kind == "alpha" else label
        return Heading(kind, rank, label, text, display, is_title=title)
    if p.lead:
        org = org_of(p.lead)
        return Heading("org" if org else "lead", _RANK_LEAD, None, text, shorten(p.lead), org=org)
    lead = _PLAIN_LEAD_RE.match(text)
    if lead and org_of(lead.group(1)):
        return Heading("org", _RANK_LEAD, None, text, shorten(lead.group(1)), org=org_of(lead.group(1)))
    level = next((int(s[1]) for s in p.style if re.fullmatch(r"h[1-6]", s)), 0)
    if (level or "bold" in p.style) and len(text) <= 200 and not text.endswith((".", ";")):
        if not re.search(r"\w", text):  # "*", "---": no section label without a word
            return None
        rank = float(level) if level else RANK_BOLD
        return Heading(f"h{level}" if level else "bold", rank, None, text, shorten(text), is_title=True)
    return None

