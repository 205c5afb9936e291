"""Items run into the paragraph before them: the next article, lettered item or bullet written inside the
previous one's paragraph, split off into a paragraph of its own.

A PDF whose lines are read without their breaks, a .doc read as text, a hard-wrapped text or a web page
that lost its line breaks glue "... trước kỳ họp. Điều 4. Hiệu lực thi hành" or "a) Đảng ủy xã ...; b) Đoàn
Thanh niên ..." or "- Theo dõi ... . - Phối hợp ..." into one paragraph: one quote holding two items,
cited to the first. A label inside a paragraph opens an item of its own only when it goes on with a
sequence the document is writing, so that a label quoted in prose ("điểm b) khoản 2", "Ban Kinh tế - Xã
hội", "theo Điều 5 Luật ...") stays where it is:

- "Điều N." (a capital after it) when the last article read before it is "Điều N-1" (or N is 1), after the
  end of a sentence;
- a lettered item "b)" right after the letter the paragraph's own item or the last lettered item before it
  opened with ("a)"), a capital after it; after the end of a sentence, or anywhere when the paragraph
  itself opens with the letter before (a line break lost between two items written without stops);
- the bullet ("-", "+", "•") the paragraph itself opens with, after the end of a sentence, a letter after it.

The letters go in the order Vietnamese lists use (``text.LIST_LETTERS``). Table cells are never
split. The same for every format: it runs on the cleaned paragraphs (``parse.clean``).
"""

from __future__ import annotations

import re

from assistant.parse.clean import Para
from assistant.parse.tables import is_table_para
from assistant.text import CITED_POINT_BEFORE_RE, next_list_letter

_CAP = "A-ZĐÀ-ỸÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_ARTICLE_AT_RE = re.compile(r"^(?:Điều|ĐIỀU)\s+(\d{1,3})\s*[.:]")
_ARTICLE_IN_RE = re.compile(rf"(?<=[.;:!?…])\s+(?=(?:Điều|ĐIỀU)\s+(\d{{1,3}})\s*[.:]\s*[{_CAP}])")
_LETTER_AT_RE = re.compile(r"^([a-zđ])\s*\)\s*\S")
_LETTER_IN_RE = re.compile(rf"(?<=\S)\s+(?=([a-zđ])\)\s+[{_CAP}])")
_NUMBERED_AT_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[IVX]{1,4}\s*[.\-–]|(?:Điều|ĐIỀU)\s+\d)\s*\S")
_BULLET_AT_RE = re.compile(r"^([-+•])\s+\S")
_STOP_BEFORE = (".", ";", ":", "!", "?", "…")


def _cuts(text: str, article: int | None, letter: str | None) -> tuple[list[int], int | None, str | None]:
    """Where ``text`` is cut (offsets of the labels that open items of their own), and the last article
    number and item letter read once it is read. ``article``, ``letter``: the last ones read before it."""
    cuts: list[int] = []
    if m := _ARTICLE_AT_RE.match(text):
        article = int(m.group(1))
    own = _LETTER_AT_RE.match(text)
    if own:
        letter = own.group(1)
    elif _NUMBERED_AT_RE.match(text):
        letter = None  # a new numbered item: its lettered list starts again
    for m in _ARTICLE_IN_RE.finditer(text):
        n = int(m.group(1))
        if n == (article or 0) + 1:
            cuts.append(m.end())
            article = n
    for m in _LETTER_IN_RE.finditer(text):
        if m.group(1) != next_list_letter(letter):
            continue
        before = text[: m.start()].rstrip()
        stopped = before.endswith(_STOP_BEFORE)
        if (stopped or own) and not CITED_POINT_BEFORE_RE.search(before):
            cuts.append(m.end())
            letter = m.group(1)
    bullet = _BULLET_AT_RE.match(text)
    if bullet:
        mark = re.escape(bullet.group(1))
        for m in re.finditer(rf"(?<=[.;:!?…])\s+(?={mark}\s+\w)", text):
            cuts.append(m.end())
    return sorted(set(cuts)), article, letter


def split_run_on_items(paras: list[Para]) -> list[Para]:
    """``paras`` with every item run into the paragraph before it split off (see the module's rules).
    The first piece keeps the paragraph's style and lead; the others have none (a bullet's piece is a
    "list" item). Pages: each piece keeps the paragraph's pages (where the break fell is not known)."""
    out: list[Para] = []
    article: int | None = None
    letter: str | None = None
    for p in paras:
        if p.cell is not None or is_table_para(p.style):
            out.append(p)
            continue
        cuts, article, letter = _cuts(p.text, article, letter)
        if not cuts:
            out.append(p)
            continue
        bounds = [0, *cuts, len(p.text)]
        for k, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
            piece = p.text[a:b].strip()
            if not piece:
                continue
            if k == 0:
                out.append(Para(piece, p.style, p.lead, list(p.pages), p.cell))
            else:
                style = frozenset({"list"}) if _BULLET_AT_RE.match(piece) else frozenset()
                out.append(Para(piece, style, None, list(p.pages), p.cell))
    return out
