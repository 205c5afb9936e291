"""Compare two or three documents on one subject, section by section (embeddings plus headings).

Each document is cut into its leaf sections (a section with no sub-sections, or its own lead-in text);
sections of the first document are paired with those of each later one by a combined similarity: the
cosine of their e5 passage embeddings (``embedder``) and the overlap of their heading words. Pairs at or
above ``threshold`` are aligned; the rest are "dropped" (only in the earlier document) or "new" (only in
the later one). For an aligned pair the duties and figures of both sides are compared: lead body,
coordinators, deadlines and targets that differ are listed as changes, each side quoted and cited.
Without an embedder (no model folder), word overlap alone is used and the report says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from assistant.models import Document, Section
from assistant.obligations.table import ObligationTable
from assistant.text import fold, stopwords
from assistant.training.cite import Cite, cite, doc_label
from assistant.training.pack import Duty, _duty, figures

# Combined similarity at which two sections count as the same topic, set by reading one alignment (the
# sample conclusion KL 62-KL/TW against the notice TB 160-TB/TW: same-topic pairs scored 0.84-0.90, the
# weakest plausible pair 0.81). Every pair shows its score; pass ``threshold`` to be stricter or looser.
THRESHOLD = 0.83
LEXICAL_THRESHOLD = 0.30  # the same decision from word overlap alone (no embedder)
_EMBED_WEIGHT = 0.8  # cosine vs heading/word overlap


@dataclass
class Unit:
    """A leaf section's text as compared."""

    doc: Document
    section: Section
    text: str
    cite: Cite
    duties: list[Duty] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)


@dataclass
class Change:
    """One difference inside an aligned pair: ``what`` is "lead", "coordinators", "deadline" or "target"."""

    what: str
    before: str
    after: str


@dataclass
class Pair:
    """Aligned sections of two documents, with their similarity and the changes found."""

    left: Unit
    right: Unit
    score: float
    changes: list[Change] = field(default_factory=list)


@dataclass
class Comparison:
    """``pairs[i]`` aligns document 0 with document i+1 (a list per later document)."""

    documents: list[Document]
    aligned: list[list[Pair]]
    new: list[list[Unit]]  # per later document: sections only it has
    dropped: list[list[Unit]]  # per later document: sections of document 0 it has no counterpart for
    method: str  # "embeddings+headings" or "words"

    def labels(self) -> list[str]:
        return [doc_label(d) for d in self.documents]


def _leaves(doc: Document, table: ObligationTable) -> list[Unit]:
    parents = {s.parent for s in doc.sections if s.parent}
    rows = [r for r in table.query(document=doc.doc_id) if r.doc_id == doc.doc_id]
    units: list[Unit] = []
    for s in sorted(doc.sections, key=lambda s: s.start):
        if s.id in parents:
            kids = [k for k in doc.sections if k.parent == s.id]
            end = min((k.start for k in kids), default=s.end)  # the parent's own lead-in text
        else:
            end = s.end
        text = doc.text[s.start : end].strip()
        if len(text) < 40 or s.title.startswith(("Ban hành", "SAO")):
            continue
        u = Unit(doc, s, text, cite(doc, s.start, min(end, s.start + 400)))
        u.duties = [_duty(doc, r) for r in rows if s.start <= r.start < end]
        u.figures = [f.value for f in figures(doc) if s.start <= f.cite.start < end]
        units.append(u)
    return units


def _words(text: str) -> set[str]:
    stop = stopwords()
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) > 1 and w not in stop and not w.isdigit()}


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, min(len(wa), len(wb))) if wa and wb else 0.0


def _similarity(left: list[Unit], right: list[Unit], embedder) -> tuple[np.ndarray, str]:
    lex = np.array([[_overlap(a.section.title + " " + a.text[:600], b.section.title + " " + b.text[:600]) for b in right] for a in left])
    if embedder is None:
        return lex, "words"
    ea = embedder.embed_passages([" › ".join(u.section.path) + "\n" + u.text[:1500] for u in left])
    eb = embedder.embed_passages([" › ".join(u.section.path) + "\n" + u.text[:1500] for u in right])
    cos = np.asarray(ea) @ np.asarray(eb).T
    return _EMBED_WEIGHT * cos + (1 - _EMBED_WEIGHT) * lex, "embeddings+headings"


def _ids(table: ObligationTable, names: list[str]) -> set[str]:
    return {m.org_id for n in names for m in table.registry.find_in(n)} or {fold(n) for n in names}


def _changes(a: Unit, b: Unit, table: ObligationTable) -> list[Change]:
    out: list[Change] = []
    leads_a = [x for d in a.duties for x in (d.lead or d.bodies)]
    leads_b = [x for d in b.duties for x in (d.lead or d.bodies)]
    if leads_a and leads_b and _ids(table, leads_a) != _ids(table, leads_b):
        out.append(Change("lead", "; ".join(dict.fromkeys(leads_a)), "; ".join(dict.fromkeys(leads_b))))
    co_a = [x for d in a.duties for x in d.coordinators]
    co_b = [x for d in b.duties for x in d.coordinators]
    if (co_a or co_b) and _ids(table, co_a) != _ids(table, co_b):
        out.append(Change("coordinators", "; ".join(dict.fromkeys(co_a)) or "—", "; ".join(dict.fromkeys(co_b)) or "—"))
    dl_a = sorted({d.deadline for d in a.duties if d.deadline})
    dl_b = sorted({d.deadline for d in b.duties if d.deadline})
    if (dl_a or dl_b) and {fold(x) for x in dl_a} != {fold(x) for x in dl_b}:
        out.append(Change("deadline", "; ".join(dl_a) or "—", "; ".join(dl_b) or "—"))
    if (a.figures or b.figures) and {fold(x) for x in a.figures} != {fold(x) for x in b.figures}:
        out.append(Change("target", "; ".join(a.figures) or "—", "; ".join(b.figures) or "—"))
    return out


def compare_documents(
    docs: list[Document], selected: list[Document], embedder=None, table: ObligationTable | None = None,
    threshold: float | None = None,
) -> Comparison:
    """Align ``selected[0]`` with each of ``selected[1:]`` (two or three documents, oldest first is
    clearest). Raises ``ValueError`` for fewer than two or more than three documents."""
    if not 2 <= len(selected) <= 3:
        raise ValueError("compare needs two or three documents")
    table = table or ObligationTable.from_documents(docs)
    units = [_leaves(d, table) for d in selected]
    aligned, new, dropped = [], [], []
    method = "words"
    for right in units[1:]:
        left = units[0]
        sim, method = _similarity(left, right, embedder) if left and right else (np.zeros((len(left), len(right))), "words")
        cut = threshold if threshold is not None else (THRESHOLD if method != "words" else LEXICAL_THRESHOLD)
        pairs: list[Pair] = []
        used_l: set[int] = set()
        used_r: set[int] = set()
        # Greedy one-to-one matching, best pairs first.
        for flat in np.argsort(-sim, axis=None):
            i, j = divmod(int(flat), sim.shape[1])
            if sim[i, j] < cut:
                break
            if i in used_l or j in used_r:
                continue
            used_l.add(i)
            used_r.add(j)
            pairs.append(Pair(left[i], right[j], float(sim[i, j]), _changes(left[i], right[j], table)))
        pairs.sort(key=lambda p: p.left.section.start)
        aligned.append(pairs)
        new.append([u for j, u in enumerate(right) if j not in used_r])
        dropped.append([u for i, u in enumerate(left) if i not in used_l])
    return Comparison(list(selected), aligned, new, dropped, method)
