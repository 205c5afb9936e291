"""Named sections: a question that names a division of a document ("Phụ lục I gồm những gì?", "Điều 5 quy
định gì?", "khoản 3 Điều 12", "Chương III", "Mục 2", "Phần thứ hai", "Appendix 2") finds that division.

Both sides are reduced to the same labels, ``(kind, number)``:

- the question: a division word followed by its number, in any numbering style: Arabic ("Điều 5",
  "Phụ lục 01"), Roman ("Chương III", "Phụ lục II") or, after "thứ", a number word ("Phần thứ hai");
  English division words map to the Vietnamese kinds ("Article 5" -> ``dieu``);
- a chunk: the section path the parser stored with it ("Chương I. ĐOÀN VIÊN" > "Điều 1" > "3. Việc kết
  nạp ..."). A division word in a path element gives an explicit label; a bare "3." directly inside an
  "Điều" is its khoản 3, and an "a)" inside that khoản its điểm a. A bare Roman or Arabic heading
  ("II. NHIỆM VỤ, GIẢI PHÁP") is what directives call "Phần II" / "Mục II" when citing themselves, so it
  carries those labels too, as *implicit* ones: they count only in a document without an explicit
  division of that kind. An appendix with no number ("Phụ lục") answers "Phụ lục 1" in a document with
  one appendix only.

The retriever (feature ``named_section``) gives the chunks matching the most of the question's labels a
dense ranking of their own and a multiplier, in the document the question names when it names one, else
in the best-ranked document having such a division (fused rankings times the title prior).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant import text as vt
from assistant.index.lexical import FOLDED_ORDINAL_WORDS

Label = tuple[str, str]  # (kind, number as a canonical string: "3", "a")

# Documents searched for an unnamed document's division: the best-ranked one having it. With two, "Mục V
# của kế hoạch <title>" put another plan's part V first (many plans have a Roman V).
SECTION_DOCS = 1
# The named division is the question's strongest signal: a content-free "Mục V nói gì?" has no other.
SECTION_WEIGHT = 2.0  # RRF weight of the dense ranking inside the named division (lexical's weight)
SECTION_BOOST = 2.0  # multiplier of its chunks

# folded division word -> kind
_KINDS: dict[str, str] = {
    "phu luc": "phu_luc",
    "appendix": "phu_luc",
    "annex": "phu_luc",
    "chuong": "chuong",
    "chapter": "chuong",
    "phan": "phan",
    "part": "phan",
    "muc": "muc",
    "section": "muc",
    "dieu": "dieu",
    "article": "dieu",
    "khoan": "khoan",
    "clause": "khoan",
    "paragraph": "khoan",
    "diem": "diem",
    "point": "diem",
    # a plan's named phase ("Giai đoạn 3 làm những việc gì?"), a division as much as "Mục II" (newcomer
    # trial 47 q23: another phase's items were quoted without their heading)
    "giai doan": "giai_doan",
    "phase": "giai_doan",
}
_NUMBER_WORDS = {
    **FOLDED_ORDINAL_WORDS,  # Vietnamese, from the lexical index's one list
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
_ROMAN_RE = re.compile(r"^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_KIND_WORDS = "|".join(sorted(_KINDS, key=len, reverse=True))
# A number word only after "thứ" ("phần thứ hai"): "hai phần ba" (two thirds) names no section.
_NUMBER = r"(?:thu\s+(?P<word>[a-z]+)|\(?(?P<num>\d{1,3}|[ivx]{1,6})\)?(?![\w.,/]\d))"
_QUESTION_RE = re.compile(rf"\b(?P<kind>{_KIND_WORDS})\s+(?:so\s+|no\.?\s*)?{_NUMBER}(?!\w)")
# "điểm a" only beside a khoản or Điều, or written "điểm a)": "địa điểm ở đâu" folds to "diem o".
_POINT_RE = re.compile(r"\b(?:diem|point)\s+(?P<letter>[a-i])(?P<paren>\))?(?!\w)")
_APPENDIX_RE = re.compile(r"\b(?:phu luc|appendix|annex)\b")
_PATH_RE = re.compile(rf"^(?P<kind>{_KIND_WORDS})\b\s*(?:so\s+)?(?:{_NUMBER})?")
_BARE_RE = re.compile(r"^(?P<num>\d{1,2}|[ivx]{1,5})\s*[.\-–)]")
_LETTER_RE = re.compile(r"^(?P<letter>[a-z])\s*[)/]")


def _roman(token: str) -> int | None:
    if not _ROMAN_RE.match(token):
        return None
    total = 0
    for a, b in zip(token, token[1:] + " ", strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total


def _number(token: str | None, word: str | None) -> str | None:
    """Canonical number of "3", "03", "III", "(1)" or an ordinal word; None when it is not one."""
    if word:
        n = _NUMBER_WORDS.get(word)
        return str(n) if n else None
    if not token:
        return None
    if token.isdigit():
        return str(int(token))
    n = _roman(token)
    return str(n) if n else None


def question_labels(folded_question: str) -> list[Label]:
    """The divisions a (folded) question names, e.g. "khoan 3 dieu 12" -> [("khoan", "3"), ("dieu", "12")]."""
    out: list[Label] = []
    for m in _QUESTION_RE.finditer(folded_question):
        n = _number(m.group("num"), m.group("word"))
        if n is not None:
            out.append((_KINDS[m.group("kind")], n))
    beside = any(kind in {"khoan", "dieu"} for kind, _ in out)
    for m in _POINT_RE.finditer(folded_question):
        if beside or m.group("paren"):
            out.append(("diem", m.group("letter")))
    if not any(kind == "phu_luc" for kind, _ in out) and _APPENDIX_RE.search(folded_question):
        out.append(("phu_luc", ""))  # "phụ lục" without a number: any appendix
    return list(dict.fromkeys(out))


def path_labels(section_path: Sequence[str]) -> tuple[frozenset[Label], frozenset[Label]]:
    """(explicit, implicit) labels of a chunk's section path (outermost element first)."""
    explicit: set[Label] = set()
    implicit: set[Label] = set()
    parent = ""
    for element in section_path:
        folded = vt.fold(element).strip()
        m = _PATH_RE.match(folded)
        kind = _KINDS[m.group("kind")] if m else ""
        n = _number(m.group("num"), m.group("word")) if m else None
        if m and (n or kind == "phu_luc"):  # "Mục đích", "Phân công", "Điều kiện" name no division
            explicit.add((kind, n or ""))
            parent = kind
            continue
        bare = _BARE_RE.match(folded)
        letter = _LETTER_RE.match(folded)
        if bare and parent == "dieu" and bare.group("num").isdigit():
            explicit.add(("khoan", str(int(bare.group("num")))))
            parent = "khoan"
        elif letter and parent in {"khoan", "dieu"}:
            explicit.add(("diem", letter.group("letter")))
            parent = "diem"
        elif bare and (phase := _phase_after(folded[bare.end() :])):
            # "1. Giai đoạn 1 (từ ngày ... đến ngày ...): ...": the phase numbered in the plan's list
            explicit.add(("giai_doan", phase))
            parent = ""
        elif bare:
            n = _number(bare.group("num"), None)
            if n:  # "Phần II" / "Mục II" for a Roman heading, "mục 3" for an Arabic one
                implicit.update(
                    {("phan", n), ("muc", n)} if not bare.group("num").isdigit() else {("muc", n)}
                )
            parent = ""
        else:
            parent = ""
    return frozenset(explicit), frozenset(implicit)


def _phase_after(folded_rest: str) -> str | None:
    """The number of the phase a list item's text opens with ("giai doan 3 (tu ngay ...)" -> "3"), folded;
    None when it opens with no numbered phase."""
    m = _PATH_RE.match(folded_rest.strip())
    if m is None or _KINDS[m.group("kind")] != "giai_doan":
        return None
    return _number(m.group("num"), m.group("word"))


def section_matches(
    wanted: Sequence[Label],
    chunk_labels: Iterable[tuple[int, str, frozenset[Label], frozenset[Label]]],
) -> set[int]:
    """Vector ids of the chunks naming the most of ``wanted`` in each document.

    ``chunk_labels``: (vid, doc_id, explicit, implicit) per chunk. A kind a document labels explicitly
    anywhere is matched on explicit labels only there; an unnumbered division ("Phụ lục") stands for
    number 1 in a document with no other division of its kind."""
    if not wanted:
        return set()
    rows = list(chunk_labels)
    kinds_of: dict[str, set[str]] = {}
    numbered: dict[str, set[str]] = {}
    for _, doc, explicit, _ in rows:
        for kind, n in explicit:
            kinds_of.setdefault(doc, set()).add(kind)
            if n:
                numbered.setdefault(doc, set()).add(kind)
    best: dict[str, int] = {}
    found: dict[int, tuple[str, int]] = {}
    for vid, doc, explicit, implicit in rows:
        have = set(explicit)
        have |= {(k, "1") for k, n in explicit if not n and k not in numbered.get(doc, set())}
        have |= {(k, n) for k, n in implicit if k not in kinds_of.get(doc, set())}
        kinds = {k for k, _ in have}
        score = sum(1 for kind, n in wanted if (kind, n) in have or (not n and kind in kinds))
        if score:
            found[vid] = (doc, score)
            best[doc] = max(best.get(doc, 0), score)
    top = max(best.values(), default=0)
    # Across documents, only those matching as many of the labels as the best one does.
    return {vid for vid, (doc, score) in found.items() if score == best[doc] == top}


# ------------------------------------------------------------------------------ sections named by title

# Weight and multiplier for the chunks under a quoted heading, chosen on the dev halves only (library dev
# half, even-numbered handbook nodes): weight 1 / boost 1.5 gave library dev R@5 .766 MRR .604, handbook
# even R@5 .973; boost 2: .766/.598/.946; weight 2: .766/.589/.946 (2026-11-29).
TITLED_WEIGHT = 1.0
TITLED_BOOST = 1.5
# Further multiplier of the passage where the quoted heading is written (feature ``heading_opening``): a
# heading asked for is answered where it opens, not by a subsection's passage that shares its words.
# Chosen on the dev halves (handbook dev, library dev): see README "External sets".
OPENING_BOOST = 1.5
# Share of the question's words the quoted headings must cover: a question that *is* a heading (the
# handbook's topics, a cadre typing one), not one that contains a common short one (ALQAC's legal questions).
MIN_TITLE_SHARE = 0.5
MIN_TITLE_WORDS = 3  # a shorter heading ("Căn cứ", "Mục đích", "Yêu cầu") names no one section
_LABEL_RE = re.compile(
    rf"^(?:(?:{_KIND_WORDS})\s+(?:thu\s+[a-z]+|\(?[0-9ivxlc]+\)?)|\(?[0-9]+(?:\.[0-9]+)*\)?|[ivxlc]+|[a-z])"
    r"\s*[.:\-–)/]+\s*"
)
_NON_WORD_RE = re.compile(r"[^\w]+")


def title_words(element: str) -> str:
    """A path element's title, folded, without its label ("1.2. Quy trình ..." -> "quy trinh ...") and
    without the word cut by shortening ("... KẾT NẠP ĐẢNG VIÊN CHÍNH…" -> "... ket nap dang vien")."""
    folded = vt.fold(element).strip()
    cut = folded.endswith("…")
    folded = _LABEL_RE.sub("", folded, count=1)
    words = _NON_WORD_RE.sub(" ", folded).split()
    return " ".join(words[:-1] if cut else words)


# A heading opening with a topic word ("IV. VỀ TỔ CHỨC TRAO TẶNG ...", "Về tuổi đời") is also quoted
# without it: "Tổ chức trao tặng ..." names the same section.
TOPIC_WORDS = ("ve",)


def title_forms(element: str) -> list[str]:
    """The folded titles a question may quote a path element by: ``title_words``, and the same without a
    leading topic word (``TOPIC_WORDS``)."""
    title = title_words(element)
    first, _, rest = title.partition(" ")
    return [title, rest] if first in TOPIC_WORDS and rest else [title]


def titled_matches(folded_question: str, titles: dict[str, set[int]]) -> set[int]:
    """Chunks under the headings the question quotes whole (``titles``: title -> chunks under it): those
    whose headings cover the most words of the question (a nested generic heading that repeats words
    already covered adds nothing)."""
    words = _NON_WORD_RE.sub(" ", folded_question).split()
    q = f" {' '.join(words)} "
    covered: dict[int, set[int]] = {}
    for title, vids in titles.items():
        if f" {title} " not in q:
            continue
        n = len(title.split())
        spans = {
            i + j for i in range(len(words) - n + 1) if " ".join(words[i : i + n]) == title for j in range(n)
        }
        for v in vids:
            covered.setdefault(v, set()).update(spans)
    top = max((len(c) for c in covered.values()), default=0)
    if top < MIN_TITLE_SHARE * len(words):
        return set()  # a short heading inside a longer question ("hợp đồng lao động") names no section
    return {v for v, c in covered.items() if len(c) == top}
