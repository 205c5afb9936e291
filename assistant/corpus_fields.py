"""The fields a ranking reads for one index generation besides the lexical index: the heading field
(each chunk's section path with its document's label: tokens, postings, IDF, norms), division labels and
quoted heading titles, per-document term counts, counted ordinals ("Đợt 2"), and what names a document
(type, title, issuer, the issuer's places).

Part of the retrieve step: ``corpus.Corpus`` mixes ``RankingFields`` in (it reads the corpus's ``store``,
``chunks`` and ``by_doc``), so each field is built once per generation on first use and then shared
read-only by every question (``retrieve``, ``retrieve.within``, ``retrieve.prefer``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType

import numpy as np

from assistant import text as vt
from assistant.index.lexical import counted_ordinals, ordinals

TITLE_FALLBACK_CHARS = 200  # of a document's opening line used as its title when none was read
_COUNTED_RE = re.compile(r"[a-z]+_ord\d+")  # a counted ordinal (``index.lexical.counted_ordinals``)


def _read_only(a: np.ndarray) -> np.ndarray:
    """``a`` marked non-writeable: a per-generation array shared by every request."""
    a.setflags(write=False)
    return a


class RankingFields:
    """The ranking fields of ``corpus.Corpus`` (mixed in; uses its ``store``, ``chunks`` and ``by_doc``)."""

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
