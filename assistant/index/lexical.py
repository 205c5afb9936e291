"""The lexical side of the index: token streams shared by indexing and querying, and FTS5 query strings.

Why SQLite FTS5 rather than a separate BM25 library: it ships with Python's ``sqlite3`` (no extra
dependency), ranks with ``bm25()``, and lives in the same database file as the chunk store, so a save
commits chunks, vectors and lexical postings in one transaction and one atomic file swap. There is never a
lexical index that disagrees with the chunks it points to.

Three FTS columns, all built here from ``assistant.text`` so a query is tokenised exactly like the text:

- ``vi``: normalised syllables with diacritics plus syllable bigrams (``phụ_nữ``). Vietnamese words are
  mostly two syllables; bigrams stand in for word segmentation and reward the right word order.
- ``folded``: the same streams without diacritics (``hoi``, ``phu_nu``), so "hoi phu nu" finds "Hội phụ nữ".
- ``nums``: document-number tokens (``n62_kl_tw``, key ``k62_tw``, type+digits ``d62_kl``, digits ``x62``)
  so "KL 62", "62-KL/TW" and "kết luận số 62" meet on a shared token and can be boosted.

FTS5 has its own query language (quotes, ``*``, ``AND``, ``NEAR``, column filters); user text never reaches
it raw: every term is reduced to word characters and double-quoted, so odd input cannot break a query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assistant import text as vt

# Keep "_" inside tokens (bigrams and number tokens); diacritics stay in the ``vi`` column.
FTS_TOKENIZE = "unicode61 remove_diacritics 0 tokenchars '_'"
FTS_COLUMNS = ("vi", "folded", "nums")

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def fts_token(token: str) -> str:
    """Reduce a token to what the FTS tokenizer keeps as one token: word characters and ``_``."""
    return _NON_WORD.sub("_", token.lower()).strip("_")


# Ordinals: "lần thứ hai", "vòng hai", "đợt 2", "hiệp thương lần ba" all carry the token ``ord2``/``ord3``
# in both columns, so "đợt giám sát thứ hai" meets "Đợt 2:" and "lần ba" meets "lần thứ ba".
_ORDINAL_LEAD = frozenset({"thứ", "lần", "đợt", "vòng"})
_ORDINAL_WORD = {
    "nhất": 1, "một": 1, "đầu": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
# The same number words diacritics aside ("thu hai" in a folded question).
FOLDED_ORDINAL_WORDS = {vt.fold(w): n for w, n in _ORDINAL_WORD.items()}


def ordinal_tokens(syllables: Sequence[str]) -> list[str]:
    """``ordN`` for each ordinal in a syllable sequence ("lần", "thứ", "đợt", "vòng" + number)."""
    out: list[str] = []
    for i, t in enumerate(syllables):
        if t not in _ORDINAL_LEAD or (t == "thứ" and i and syllables[i - 1] == "lần"):
            continue
        j = i + 2 if t == "lần" and i + 1 < len(syllables) and syllables[i + 1] == "thứ" else i + 1
        if j >= len(syllables):
            continue
        n = _ordinal_value(syllables[j])
        if n:
            out.append(f"ord{n}")
    return out


# The counting word an ordinal belongs to ("vòng" and "lần" both count rounds of one event): the round
# of a plan ("Đợt 2:") is then told from a consultation round it mentions ("hội nghị lần thứ hai").
_COUNTER = {"lần": "lan", "vòng": "lan", "đợt": "dot", "bước": "buoc"}
COUNTER_REACH = 4  # syllables between a counting word and its "thứ N" ("đợt giám sát thứ hai": 2)
# The same counting words, "thứ" and number words diacritics aside, for a text typed without diacritics
# ("dot cao diem thu 5" is "đợt cao điểm thứ 5"; read only when the whole text is accent-less,
# ``text.is_accentless``: in an accented text "thu" is "thu" (collect) and "lan" is "lan" / "lân").
_FOLDED_COUNTER = {vt.fold(w): c for w, c in _COUNTER.items()}


def counted_ordinals(text: str, roman: bool = False) -> list[str]:
    """``<counter>_ordN`` for each ordinal with its counting word in a free text: "Đợt 2", "đợt giám sát
    thứ hai" -> ``dot_ord2``; "lần thứ nhất", "lần một", "vòng hiệp thương thứ nhất" -> ``lan_ord1``. Not in
    the FTS index (its ``ordN`` has no counter); used where a document's passages are told apart. ``roman``:
    a Roman number after "thứ" counts too ("lần thứ VI" -> ``lan_ord6``; the place line's round check).
    Not read by default: the question path's round preferences were measured without it. A text typed
    without diacritics (``text.is_accentless``: a cadre's question) is read folded: "dot cao diem thu 5" ->
    ``dot_ord5``, "buoc thu ba" -> ``buoc_ord3`` (library5 dev: the other rounds were quoted)."""
    syl = [fts_token(t) for t in vt.syllables(text)]
    counters, nth, value = _COUNTER, "thứ", _ordinal_value
    if vt.is_accentless(text):  # "dot cao diem thu 5", "buoc thu ba"
        counters, nth, value = _FOLDED_COUNTER, "thu", _folded_ordinal_value
    out: list[str] = []
    for i, t in enumerate(syl):
        if t not in counters:
            continue
        for j in range(i + 1, min(len(syl), i + 2 + COUNTER_REACH)):
            w = syl[j]
            if w in counters:
                break
            n = None
            if w == nth and j + 1 < len(syl):
                n = value(syl[j + 1]) or (_roman_value(syl[j + 1]) if roman else None)
            elif j == i + 1 and (w.isdigit() or not (j + 1 < len(syl) and syl[j + 1].isdigit())):
                # not "đợt năm 2025" (năm: five, or the year's word); "Đợt 2 (08 xã ...)" is round 2
                n = value(w)
            if n:
                out.append(f"{counters[t]}_ord{n}")
            if n or w == nth:
                break
    return out


def _folded_ordinal_value(word: str) -> int | None:
    """As ``_ordinal_value`` for a syllable typed without diacritics ("hai", "nam", "5")."""
    return int(word) if word.isdigit() and len(word) <= 2 else FOLDED_ORDINAL_WORDS.get(word)


def round_match(text: str, asked: set[str] | frozenset[str], roman: bool = False) -> bool | None:
    """Whether a text is on the round a question asks (``asked``: its ``counted_ordinals``): True when it
    writes one of them, False when it writes another of the same counting word ("lần thứ ba" for "lần
    một"), None when it writes none of that kind. ``roman``: Roman numbers count ("lần thứ VII")."""
    written = set(counted_ordinals(text, roman=roman)) if asked else set()
    if not written:
        return None
    if written & asked:
        return True
    counters = {o.split("_")[0] for o in asked}
    return False if any(o.split("_")[0] in counters for o in written) else None


def ordinal_spellings(n: int) -> set[str]:
    """The folded tokens an ordinal ``n`` is written with ("thu", "hai", "thu_hai", "2", ``ord2``): what a
    counted ordinal (``dot_ord2``) supersedes in a query, since they also match other counters' ordinals."""
    words = {vt.fold(w) for w, v in _ORDINAL_WORD.items() if v == n} | {str(n), f"{n:02d}"}
    return {"thu", f"ord{n}"} | words | {f"thu_{w}" for w in words}


_ROMAN_RE = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")
_ROMAN_DIGITS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}


def _roman_value(word: str) -> int | None:
    """The value of a Roman number up to 39 ("vi" -> 6, "xv" -> 15), lower-cased as tokens are; None for
    any other word. Read only after "thứ", where a Roman number counts a round ("lần thứ VI")."""
    m = _ROMAN_RE.match(word)
    if not word or m is None:
        return None
    return 10 * len(m.group(1)) + _ROMAN_DIGITS.get(m.group(2), 0) or None


def _ordinal_value(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) <= 2 else _ORDINAL_WORD.get(word)


def ordinals(text: str) -> list[str]:
    """The ``ordN`` tokens of a free text ("Hội nghị hiệp thương lần thứ hai" -> ["ord2"])."""
    return ordinal_tokens([fts_token(t) for t in vt.syllables(text)])


def token_streams(text: str, drop_stopwords: bool = False) -> tuple[list[str], list[str]]:
    """(diacritic syllables + bigrams, folded syllables + bigrams) of a text, as FTS tokens.

    Queries drop function words (``text.stopwords``) and every bigram that would span one, so "Khi nào
    tổng kết" searches ``tổng``, ``kết`` and ``tổng_kết``; documents keep everything.
    """
    syl = [fts_token(t) for t in vt.syllables(text)]
    ords = ordinal_tokens(syl)
    if drop_stopwords:
        stop = vt.stopwords()
        # Split into runs at stopwords, so bigrams never bridge a removed word.
        runs: list[list[str]] = [[]]
        for t in syl:
            if t in stop:
                runs.append([])
            elif t:
                runs[-1].append(t)
        kept = [t for run in runs for t in run]
        folded_runs = [[fts_token(vt.fold(t)) for t in run] for run in runs]
        folded_kept = [t for run in folded_runs for t in run]
        return (
            kept + [b for run in runs for b in vt.bigrams(run)] + ords,
            folded_kept + [b for run in folded_runs for b in vt.bigrams(run)] + ords,
        )
    syl = [t for t in syl if t]
    folded = [fts_token(vt.fold(t)) for t in syl]
    return syl + vt.bigrams(syl) + ords, folded + vt.bigrams(folded) + ords


def _split_number(number: str) -> tuple[str, str | None]:
    """("62-KL/TW") -> ("62", "KL"); ("16/KH-MTTQ-BTT") -> ("16", "KH")."""
    n = vt.canonical_doc_number(number)
    m = re.match(r"(\d+)(?:/\d{4})?[-/]([^\W\d_]+)", n)
    if m:
        return str(int(m.group(1))), m.group(2)
    digits = re.match(r"\d+", n)
    return (str(int(digits.group(0))) if digits else n), None


def number_tokens(number: str) -> list[str]:
    """Tokens for one canonical document number (see the module docstring)."""
    digits, code = _split_number(number)
    toks = [
        "n" + fts_token(vt.canonical_doc_number(number)),
        "k" + fts_token(vt.doc_number_key(number)),
        "x" + digits,
    ]
    if code:
        toks.append("d" + fts_token(f"{digits}_{vt.fold(code)}"))
    return toks


def partial_number_tokens(digits: str, code: str | None) -> list[str]:
    """Tokens for a number mentioned loosely in a question ("KL 62", "thông báo 160")."""
    d = str(int(digits)) if digits.isdigit() else digits
    return ["d" + fts_token(f"{d}_{vt.fold(code)}")] if code else ["x" + d]


def chunk_lexical_text(section_path: Sequence[str], body: str, doc_label: str = "") -> str:
    """The text a chunk is indexed under: its document's label (type, number, subject: questions name
    documents that way, "kết luận về công tác Mặt trận giai đoạn 2021-2025"), its heading path (it
    names organisations) and its body."""
    return "\n".join([doc_label, *section_path, body]) if doc_label else "\n".join([*section_path, body])


@dataclass
class LexicalFields:
    """The three FTS column values for one chunk."""

    vi: str
    folded: str
    nums: str


def index_fields(
    section_path: Sequence[str], body: str, extra_numbers: Iterable[str] = (), doc_label: str = ""
) -> LexicalFields:
    """Build a chunk's FTS columns with the same functions queries use."""
    text = chunk_lexical_text(section_path, body, doc_label)
    # Abbreviations the text uses are indexed with their expansion too ("MTTQ" also as "Mặt trận Tổ
    # quốc"), as a question's are: "Mặt trận xã" then meets a plan that only writes "UBMTTQ xã".
    expansions = vt.expand_abbreviations(text)[1]
    vi, folded = token_streams("\n".join([text, *dict.fromkeys(expansions)]))
    nums: list[str] = []
    for number in [n for n, _, _ in vt.find_doc_numbers(text)] + list(extra_numbers):
        nums.extend(number_tokens(number))
    return LexicalFields(" ".join(vi), " ".join(folded), " ".join(dict.fromkeys(nums)))


@dataclass
class LexicalQuery:
    """Terms to search per column, with per-column bm25 weights (higher = more important)."""

    vi: list[str] = field(default_factory=list)
    folded: list[str] = field(default_factory=list)
    nums: list[str] = field(default_factory=list)
    weights: tuple[float, float, float] = (1.0, 0.6, 3.0)

    @classmethod
    def from_texts(cls, texts: Iterable[str], numbers: Iterable[str] = ()) -> LexicalQuery:
        """Terms of free texts (question, expansions) for both text columns, plus number tokens."""
        vi: list[str] = []
        folded: list[str] = []
        for t in texts:
            a, b = token_streams(t, drop_stopwords=True)
            vi += a
            folded += b
        nums = [tok for n in numbers for tok in number_tokens(n)]
        return cls(list(dict.fromkeys(vi)), list(dict.fromkeys(folded)), list(dict.fromkeys(nums)))

    def is_empty(self) -> bool:
        return not (self.vi or self.folded or self.nums)

    def phrases(self) -> list[tuple[str, str]]:
        """(column, token) of each phrase of ``match_expression``, in its order (duplicates kept)."""
        return [
            (col, fts_token(t))
            for col, terms in zip(FTS_COLUMNS, (self.vi, self.folded, self.nums), strict=True)
            for t in terms
            if fts_token(t)
        ]

    def match_expression(self) -> str:
        """An FTS5 MATCH string: OR of quoted terms per column. Safe for any input (see module doc)."""
        parts = []
        for col, terms in zip(FTS_COLUMNS, (self.vi, self.folded, self.nums), strict=True):
            quoted = [_quote(t) for t in terms if fts_token(t)]
            if quoted:
                parts.append(f"{col} : ({' OR '.join(quoted)})")
        return " OR ".join(parts)


def _quote(term: str) -> str:
    """Double-quote a term as an FTS5 string (inner quotes doubled), after reducing it to a token."""
    return '"' + fts_token(term).replace('"', '""') + '"'


def lexical_limit(k: int, allowed: set[int] | None) -> int:
    """Rows a lexical search ranks before keeping the ``allowed`` ones: k, or enough to survive a filter."""
    return k if allowed is None else max(k * 20, 1000)
