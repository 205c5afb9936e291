"""One index generation as the question path sees it: documents, chunks, per-chunk marks (deadlines,
lead bodies, bodies at a chunk's head, numbers cited) and the obligations table.

``Corpus`` is the only cache of derived data. ``Retriever.corpus`` builds one per generation and drops it
when the indexer commits a new one, so the retriever and ``Assistant`` always read the same state. Every
value is computed on first use and never changed afterwards (safe to share between threads; two threads
racing on first use compute the same value). The values are read-only views (``MappingProxyType``, tuples,
frozen sets, frozen ``Chunk`` values): one question's code cannot change what the next question reads
(tests/test_request_isolation.py).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np

from assistant import text as vt
from assistant.index.bm25 import Bm25
from assistant.index.lexical import counted_ordinals, ordinals
from assistant.lexicon.phrases import is_basis_sentence, is_dissemination_sentence
from assistant.lexicon.words import org_pattern, registry
from assistant.models import Chunk, Document
from assistant.obligations.amendments import Amendment, find_amendments
from assistant.obligations.clauses import head_bodies
from assistant.obligations.deadlines import DeadlineMatch, find_deadlines, find_recurrences
from assistant.parse.closing import PREAMBLE_SECTION
from assistant.parse.duplicates import shingles
from assistant.parse.tables import ROW_STYLE, reading_text

if TYPE_CHECKING:
    from assistant.answer.terms import Vocabulary
    from assistant.index.store import IndexStore
    from assistant.obligations.table import ObligationTable

LEAD_RE = re.compile(r"\bchu tri\b")  # a lead body's verb, folded
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+|\n+")
TITLE_FALLBACK_CHARS = 200  # of a document's opening line used as its title when none was read
# How a preamble sentence cites what its document rests on or carries out (folded); the other openers of
# ``lexicon.phrases`` basis sentences ("để", "nhằm", "sau khi") also open sentences stating facts.
_CITES_BASIS_RE = re.compile(r"(?:can cu|thuc hien|trien khai|thi hanh|xet|tren co so|tiep theo)\b")
_COUNTED_RE = re.compile(r"[a-z]+_ord\d+")  # a counted ordinal (``index.lexical.counted_ordinals``)



def _read_only(a: np.ndarray) -> np.ndarray:
    """``a`` marked non-writeable: a per-generation array shared by every request."""
    a.setflags(write=False)
    return a


class Corpus:
    """``Corpus(store)``: derived views of one opened generation (``store.generation``)."""

    def __init__(self, store: IndexStore) -> None:
        self.store = store
        self.generation = store.generation
        self._lock = threading.Lock()
        self._org_scopes: dict[str, frozenset[int]] = {}
        self._place_docs: dict[str, frozenset[str]] = {}
        self._shingles: dict[int, frozenset[int]] = {}
        self._echo_rows: dict[str, list[tuple[int, frozenset[str], frozenset[str]]]] = {}

    # documents and chunks ------------------------------------------------------------------------

    @cached_property
    def docs(self) -> Mapping[str, Document]:
        """doc_id -> Document (metadata, sections, text); read-only."""
        return MappingProxyType({d.doc_id: d for d in self.store.documents()})

    @cached_property
    def signers(self) -> Mapping[str, tuple[tuple[str, str, str], ...]]:
        """Each name signing a loaded document, as written, -> (doc_id, title, capacity) of each document it
        signs, as first signer or as a cosigner of a joint document."""
        out: dict[str, list[tuple[str, str, str]]] = {}
        for doc_id, d in self.docs.items():
            m = d.meta
            people = [(m.signer, m.signer_title, m.signer_capacity)] + [
                (c.name, c.title, c.capacity) for c in m.cosigners
            ]
            for name, title, capacity in people:
                if name and name.strip():
                    out.setdefault(name.strip(), []).append((doc_id, title or "", capacity or ""))
        return MappingProxyType({name: tuple(signed) for name, signed in out.items()})

    @cached_property
    def folded_docs(self) -> Mapping[str, str]:
        """Each document's folded text with its metadata (``text.fold``), for name checks (places)."""
        out = {}
        for doc_id, d in self.docs.items():
            m = d.meta
            head = " ".join(x for x in (m.issuer, m.title, m.place) if x)
            out[doc_id] = vt.fold(f"{head} {d.text}")
        return MappingProxyType(out)

    @cached_property
    def compact_text(self) -> str:
        """Every document's folded text (``folded_docs``) with no spaces, one string: where an English
        question's name is looked up as written without its syllables apart ("Hanoi", "Krong Ha")."""
        return "\n".join(t.replace(" ", "") for t in self.folded_docs.values())

    def docs_mentioning(self, place: str) -> frozenset[str]:
        """The documents whose folded text (with their metadata) writes the folded ``place`` as whole
        words; each place is searched once per generation (a question naming a commune scanned every
        document's text, ~10 ms a question on the library)."""

        def scan() -> frozenset[str]:
            rx = re.compile(rf"\b{re.escape(place)}\b")
            return frozenset(d for d, text in self.folded_docs.items() if rx.search(text))

        return self._memo(self._place_docs, place, scan)

    def docs_writing_day(self, key: str) -> frozenset[str]:
        """The documents writing the day ``key`` ("5/6/2025" or "5/6", ``text.day_keys``) in figures or in
        words ("05/6/2025", "ngày 05 tháng 6 năm 2025"), read by the rules the question's terms use."""
        return frozenset(d for d, days in self.doc_days.items() if key in days)

    @cached_property
    def doc_days(self) -> Mapping[str, frozenset[str]]:
        """doc_id -> the days its text writes (``text.days_written``), read once per generation."""
        return MappingProxyType(
            {d: frozenset(vt.days_written(vt.TOKEN_RE.findall(text))) for d, text in self.folded_docs.items()}
        )

    def passage_shingles(self, vid: int) -> frozenset[int]:
        """Hashed word 5-grams of a chunk's folded text (``parse.duplicates.shingles``), read once per
        generation: the repeat check of ``distinct_passages`` compares the same chunks question after
        question."""
        return self._memo(self._shingles, vid, lambda: shingles(self.store.folded_texts()[vid]))

    def echo_rows(self, doc_id: str) -> list[tuple[int, frozenset[str], frozenset[str]]]:
        """(vid, section path terms, text terms) of each chunk of a document, in order: the folded words
        and word pairs (``retrieve.echo.folded_terms``) the name echo compares with a question naming the
        document, read once per generation (folding every chunk of a named document cost a question ~10 ms
        on the library)."""
        from assistant.retrieve.echo import folded_terms

        def scan() -> list[tuple[int, frozenset[str], frozenset[str]]]:
            folded = self.store.folded_texts()  # ``text.fold`` of each chunk's text
            rows = []
            for c in self.by_doc.get(doc_id, []):
                if (v := self.store.vid(c.chunk_id)) is not None:
                    path = folded_terms(vt.fold(" ".join(c.section_path)))
                    rows.append((v, path, folded_terms(folded.get(v) or vt.fold(c.text))))
            return rows

        return self._memo(self._echo_rows, doc_id, scan)

    def _memo(self, table: dict, key, compute):
        """``table[key]``, computed by ``compute()`` the first time (outside the lock: two threads may both
        compute it, with the same result)."""
        with self._lock:
            found = table.get(key)
        if found is None:
            found = compute()
            with self._lock:
                table[key] = found
        return found

    @cached_property
    def chunks(self) -> tuple[Chunk, ...]:
        """Every chunk, by file and position."""
        return tuple(self.store.all_chunks())

    @cached_property
    def by_doc(self) -> Mapping[str, tuple[Chunk, ...]]:
        """doc_id -> its chunks in order."""
        out: dict[str, list[Chunk]] = {}
        for c in self.chunks:
            out.setdefault(c.doc_id, []).append(c)
        return MappingProxyType({d: tuple(chunks) for d, chunks in out.items()})

    @cached_property
    def bm25(self) -> Bm25:
        """Lexical search with SQLite's bm25 scores, postings read once per generation (``index.bm25``)."""
        return Bm25(self.store)

    @cached_property
    def vocab(self) -> Vocabulary:
        """Term rarity over every chunk's heading and text (weights the question's terms)."""
        from assistant.answer.terms import Vocabulary

        return Vocabulary([f"{c.heading} {c.text}" for c in self.chunks])

    @cached_property
    def obligations(self) -> ObligationTable:
        """Who must do what, by when, over every document (raises ImportError without the package)."""
        from assistant.obligations.table import ObligationTable

        return ObligationTable.from_documents(list(self.docs.values()))

    @cached_property
    def amendments(self) -> dict[str, list[Amendment]]:
        """doc_id -> the changes of a time it writes (``obligations.amendments``: "đồng ý lùi thời hạn ...
        đến ngày ..."), for the documents writing any."""
        found = {d: find_amendments(doc) for d, doc in self.docs.items()}
        return {d: a for d, a in found.items() if a}

    # per-chunk marks (keyed by vector id) ----------------------------------------------------------

    @cached_property
    def texts(self) -> Mapping[int, str]:
        return MappingProxyType(self.store.chunk_texts())

    @cached_property
    def reading_texts(self) -> Mapping[int, str]:
        """Every chunk's text as the amount check reads it: a table row's values named by their columns
        ("Kinh phí hỗ trợ (đồng): 3.000.000", ``parse.tables.reading_text``), which its text, the
        document's cells, does not repeat; any other chunk's text as written."""
        tabled = {d for d, doc in self.docs.items() if any(ROW_STYLE in p.style for p in doc.paragraphs)}
        texts = dict(self.texts)
        for vid, (doc_id, start, end) in self.store.chunk_spans().items():
            if doc_id in tabled:
                texts[vid] = reading_text(self.docs[doc_id], start, end)
        return MappingProxyType(texts)

    @cached_property
    def reading_folded(self) -> Mapping[int, str]:
        """``reading_texts`` folded."""
        folded = dict(self.store.folded_texts())
        for v, t in self.reading_texts.items():
            if t != self.texts.get(v):
                folded[v] = vt.fold(t)
        return MappingProxyType(folded)

    @cached_property
    def head_bodies(self) -> Mapping[int, tuple[str, ...]]:
        """The bodies each chunk names at its head, as the actors of its duty."""
        reg = registry()
        found = {v: tuple(bodies) for v, t in self.texts.items() if (bodies := head_bodies(t, reg))}
        return MappingProxyType(found)

    @cached_property
    def deadlines(self) -> Mapping[int, tuple[DeadlineMatch, ...]]:
        """Every chunk's deadlines, by the obligations grammar (so retrieval and the table agree)."""
        return MappingProxyType(
            {v: tuple(found) for v, t in self.store.folded_texts().items() if (found := find_deadlines(t))}
        )

    @cached_property
    def recurrence_marked(self) -> frozenset[int]:
        return frozenset(v for v, t in self.store.folded_texts().items() if find_recurrences(t))

    @cached_property
    def deadline_marked(self) -> frozenset[int]:
        """Chunks stating a deadline or a recurrence."""
        return frozenset(self.deadlines) | self.recurrence_marked

    @cached_property
    def lead_marked(self) -> frozenset[int]:
        """Chunks naming a lead body ("chủ trì")."""
        return frozenset(v for v, t in self.store.folded_texts().items() if LEAD_RE.search(t))

    @cached_property
    def cited_numbers(self) -> Mapping[int, tuple[str, ...]]:
        """Document numbers each chunk's own text cites."""
        cited = {vid: tuple(n for n, _, _ in vt.find_doc_numbers(t)) for vid, t in self.texts.items()}
        return MappingProxyType({vid: found for vid, found in cited.items() if found})

    @cached_property
    def heading_tokens(self) -> Mapping[int, frozenset[str]]:
        """Each chunk's section path plus its document's type, number and title, as folded syllables and
        bigrams (the "heading" lexical field)."""
        labels: dict[str, list[str]] = {}
        for d, info in self.store.doc_info.items():
            label = " ".join(x for x in (info.doc_type, info.number, info.title) if x)
            labels[d] = vt.content_folds(label, r"\S+")
        paths = {self.store.vid(c.chunk_id): " ".join(c.section_path) for c in self.chunks}
        out: dict[int, frozenset[str]] = {}
        for v, c in self.store.chunk_info.items():
            path = (
                vt.content_folds(paths[v], r"\S+")
                if paths.get(v)
                else [w for w in c.heading_folded.split() if w not in vt.folded_stopwords()]
            )
            words = [w for w in labels.get(c.doc_id, []) + path if w.isalnum()]
            out[v] = frozenset(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
        return MappingProxyType(out)

    @cached_property
    def section_labels(self) -> tuple[tuple[int, str, frozenset, frozenset], ...]:
        """(vid, doc_id, explicit, implicit) division labels of each chunk's section path, for chunks
        that have any (``retrieve.sections``: "Phụ lục I", "Điều 5", "khoản 3")."""
        from assistant.retrieve.sections import path_labels

        out = []
        for c in self.chunks:
            explicit, implicit = path_labels(c.section_path or [])
            vid = self.store.vid(c.chunk_id)
            if vid is not None and (explicit or implicit):
                out.append((vid, c.doc_id, explicit, implicit))
        return tuple(out)

    @cached_property
    def form_marked(self) -> frozenset[int]:
        """Chunks of blank forms and templates (``retrieve.prefer.is_form``)."""
        from assistant.retrieve.prefer import is_form

        vids = (self.store.vid(c.chunk_id) for c in self.chunks if is_form(c.section_path or [], c.text))
        return frozenset(v for v in vids if v is not None)

    @cached_property
    def day_marked(self) -> frozenset[int]:
        """Chunks writing a day ("vào ngày 26/7/2026", "20/3") other than a cited document's date or a
        time limit ("trước ngày 10/02/2026", the obligations grammar): where an event's day can be read."""
        from assistant.answer.times import writes_event_time

        out = {v for v, t in self.texts.items() if writes_event_time(t, day=True)}
        return frozenset(out)

    @cached_property
    def formula_marked(self) -> frozenset[int]:
        """Chunks saying only where their document is to be read out ("Thông báo này phổ biến đến chi
        bộ.", ``lexicon.phrases.is_dissemination_sentence``): no duty, date or figure."""
        out = set()
        for c in self.chunks:
            sentences = [x for x in _SENTENCE_END_RE.split(c.text) if x.strip()]
            if sentences and all(is_dissemination_sentence(x) for x in sentences):
                if (vid := self.store.vid(c.chunk_id)) is not None:
                    out.add(vid)
        return frozenset(out)

    @cached_property
    def basis_preambles(self) -> frozenset[int]:
        """Preamble chunks (``parse.closing.PREAMBLE_SECTION``) saying only what their document rests on or
        carries out ("Căn cứ ...; Thực hiện Kế hoạch số 16/KH-...; ... ban hành Kế hoạch ... như sau:"):
        every sentence a ``lexicon.phrases.is_basis_sentence``, one at least citing a basis. They restate
        the document's title and state no duty, date or figure of their own."""
        out = set()
        for c in self.chunks:
            if c.heading != PREAMBLE_SECTION:
                continue
            sentences = [x for x in _SENTENCE_END_RE.split(c.text) if x.strip()]
            if (
                any(_CITES_BASIS_RE.match(vt.fold(x).strip(' -*_"“”')) for x in sentences)
                and all(is_basis_sentence(x) for x in sentences)
                and (vid := self.store.vid(c.chunk_id)) is not None
            ):
                out.add(vid)
        return frozenset(out)

    @cached_property
    def section_titles(self) -> Mapping[str, frozenset[int]]:
        """Folded heading title (label removed, at least ``sections.MIN_TITLE_WORDS`` words) -> the chunks
        under that heading, for questions that quote a heading ("Kết nạp vào Đảng trong các trường hợp
        đặc biệt")."""
        from assistant.retrieve.sections import MIN_TITLE_WORDS, title_forms

        out: dict[str, set[int]] = {}
        for c in self.chunks:
            vid = self.store.vid(c.chunk_id)
            if vid is None:
                continue
            for element in c.section_path or []:
                for title in title_forms(element):
                    if len(title.split()) >= MIN_TITLE_WORDS:
                        out.setdefault(title, set()).add(vid)
        return MappingProxyType({title: frozenset(vids) for title, vids in out.items()})

    @cached_property
    def doc_terms(self) -> Mapping[str, tuple[tuple[int, Mapping[str, int]], ...]]:
        """doc_id -> (vid, term counts) of each of its chunks: the folded column the lexical index holds
        for it (document label, section path and text, with their abbreviations' expansions: "UB MTTQ"
        also as "Mặt trận Tổ quốc") plus ordinals with their counting word
        (``index.lexical.counted_ordinals``: "Đợt 2" -> ``dot_ord2``), for ranking passages inside a
        document (``retrieve.within``). Built for every document at once (about 1.5 s for 4,000 chunks):
        no question pays for a document's first use."""
        out: dict[str, list[tuple[int, Counter[str]]]] = {}
        columns = self.store.lexical_folded()
        for c in self.chunks:
            vid = self.store.vid(c.chunk_id)
            if vid is not None:
                terms = Counter(columns.get(vid, "").split())
                terms.update(counted_ordinals(" ".join([*c.section_path, c.text])))
                out.setdefault(c.doc_id, []).append((vid, MappingProxyType(terms)))
        return MappingProxyType({d: tuple(rows) for d, rows in out.items()})

    @cached_property
    def term_totals(self) -> Mapping[int, int]:
        """vid -> how many terms its ``doc_terms`` row counts (the passage's length for bm25 inside its
        document, ``retrieve.within``), summed once per generation instead of once a question."""
        totals = {vid: sum(terms.values()) for rows in self.doc_terms.values() for vid, terms in rows}
        return MappingProxyType(totals)

    @cached_property
    def passage_rounds(self) -> Mapping[int, frozenset[str]]:
        """vid -> the counted ordinals its section path and text write ("lần thứ nhất" -> ``lan_ord1``,
        "Đợt 2" -> ``dot_ord2``; ``index.lexical.counted_ordinals``), for chunks writing any: read from
        ``doc_terms``, which holds them (the lexical column's own tokens never join a word to ``ordN``)."""
        out: dict[int, frozenset[str]] = {}
        for rows in self.doc_terms.values():
            for vid, terms in rows:
                found = frozenset(t for t in terms if _COUNTED_RE.fullmatch(t))
                if found:
                    out[vid] = found
        return MappingProxyType(out)

    @cached_property
    def title_rounds(self) -> Mapping[str, frozenset[str]]:
        """doc_id -> the counted ordinals of its title ("... hiệp thương lần thứ hai" -> ``lan_ord2``)."""
        return MappingProxyType(
            {
                d: frozenset(found)
                for d, info in self.store.doc_info.items()
                if info.title and (found := counted_ordinals(info.title))
            }
        )

    @cached_property
    def identity_tokens(self) -> Mapping[str, frozenset[str]]:
        """doc_id -> folded words and bigrams of its type, title and issuer (what a question names a
        document by: "kế hoạch tiếp công dân, xử lý đơn thư của Mặt trận xã"), plus the ordinals of its
        title as the lexical index writes them (``ord2`` for "lần thứ hai", "lần 2", "vòng hai")."""
        out: dict[str, frozenset[str]] = {}
        for d, info in self.store.doc_info.items():
            title = info.title
            if not title and self.by_doc.get(d):
                # No title read from the header: the document's opening line stands in for it.
                title = self.by_doc[d][0].text.split("\n", 1)[0][:TITLE_FALLBACK_CHARS]
            raw = " ".join(x for x in (info.doc_type, title, info.issuer) if x)
            words = vt.content_folds(raw)  # letters only; numbers: doc_scope
            bigrams = {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
            out[d] = frozenset(words) | bigrams | set(ordinals(raw))  # "lần thứ hai" -> ord2
        return MappingProxyType(out)

    @cached_property
    def issuer_places(self) -> Mapping[str, frozenset[str]]:
        """doc_id -> folded names of the places its issuer carries (``issuer_places``): "Ban Tổ chức Thành
        ủy Hà Nội" -> {"ha noi"}, "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh" -> {"luong minh"};
        national bodies ("Ban Bí thư", "Ủy ban Thường vụ Quốc hội") carry none."""
        return MappingProxyType(
            {d: issuer_places(info.issuer or "") for d, info in self.store.doc_info.items()}
        )

    @cached_property
    def identity_idf(self) -> Mapping[str, float]:
        """IDF of identity tokens over the documents (a word every title has says nothing)."""
        df: dict[str, int] = {}
        for toks in self.identity_tokens.values():
            for t in toks:
                df[t] = df.get(t, 0) + 1
        n = max(1, len(self.identity_tokens))
        return MappingProxyType({t: math.log(n / k) for t, k in df.items()})

    @cached_property
    def heading_postings(self) -> Mapping[str, np.ndarray]:
        """Heading-field token -> the chunks carrying it (vids, int64, read-only, in ``heading_tokens``
        order)."""
        out: dict[str, list[int]] = {}
        for v, toks in self.heading_tokens.items():
            for t in toks:
                out.setdefault(t, []).append(v)
        return MappingProxyType({t: _read_only(np.array(vids, dtype=np.int64)) for t, vids in out.items()})

    @cached_property
    def heading_idf(self) -> Mapping[str, float]:
        n = max(1, len(self.heading_tokens))
        return MappingProxyType({t: math.log(1 + n / len(vids)) for t, vids in self.heading_postings.items()})

    @cached_property
    def heading_norm(self) -> np.ndarray:
        """vid -> the square root of its heading token count (at least 1), float64 by vid, read-only."""
        norm = np.ones(max(self.heading_tokens, default=-1) + 1)
        for v, toks in self.heading_tokens.items():
            norm[v] = math.sqrt(max(1, len(toks)))
        return _read_only(norm)

    def org_scope(self, org_id: str) -> frozenset[int]:
        """Chunks that belong to an organisation: tagged ``Chunk.org`` by the chunker, naming it at their
        head as an actor, or in their heading or lead-in ("Hội phụ nữ các cấp: ...")."""

        def scan() -> frozenset[int]:
            pattern = org_pattern(org_id)
            openings = self.store.openings()
            heads = self.head_bodies
            return frozenset(
                v
                for v, c in self.store.chunk_info.items()
                if c.org == org_id
                or org_id in heads.get(v, ())
                or (
                    pattern is not None
                    and (pattern.search(c.heading_folded) or pattern.search(openings[v][:60]))
                )
            )

        return self._memo(self._org_scopes, org_id, scan)


# A run of capitalised syllables ending an issuer's name: its place ("... Thành ủy Hà Nội", "Tỉnh đoàn
# Quảng Nam"); a syllable in capitals only is an abbreviation ("MTTQ"), never part of it.
_CAPITALISED_RE = re.compile(r"^[^\W\d_][^\W_]*$")


# The country ends every national body's name ("Mặt trận Tổ quốc Việt Nam"): it tells no documents apart.
_NO_PLACE = frozenset({"viet nam"})


def issuer_places(issuer: str) -> frozenset[str]:
    """Folded names of the places an issuer's name carries: after an administrative word ("xã Lương
    Minh", ``query.subjects.named_places``), and the run of two or more capitalised syllables ending it
    ("Ban Tổ chức Thành ủy Hà Nội" -> "ha noi"), which is how a body of a province or city writes its
    place without one."""
    from assistant.query.subjects import named_places

    text = vt.nfc(issuer)
    found = list(named_places(text))
    for part in text.split(" - "):  # a joint issuer: each body's own place
        words = part.split()
        run: list[str] = []
        for w in reversed(words):
            w = w.strip(",.;:()")
            if not (_CAPITALISED_RE.match(w) and w[0].isupper() and not w.isupper()):
                break
            run.insert(0, w)
        if 2 <= len(run) < len(words):
            found.append(vt.fold(" ".join(run)))
    return frozenset(found) - _NO_PLACE
