"""Quiz from a document's duties, deadlines, leads and figures, without an LLM.

Kinds: ``mc`` (multiple choice, four options), ``true_false`` and ``fill_in``. Each item carries the
verbatim quote that proves its answer, and the fact the quote states (``evidence``: the body, deadline or
figure as written there). Distractors come from the same library (other bodies, other deadlines, other
figures; when the library has fewer than three other deadlines, the right deadline with another quarter,
month or year) and are refused when they appear in the item's own quote or name the same body, so no item has
a second correct option. Item order is deterministic for a given library (seeded by the document ids).
"""

from __future__ import annotations

import random
import re
from dataclasses import asdict, dataclass, field

from assistant.models import Document
from assistant.obligations.deadlines import finer_than_year, parse_deadline
from assistant.obligations.table import ObligationTable
from assistant.text import fold
from assistant.training.cite import TrainingError, doc_label
from assistant.training.pack import Duty, Figure, _duty, figures

TRUE, FALSE = "Đúng", "Sai"


@dataclass
class QuizItem:
    """One question; ``answer`` is one of ``options`` for ``mc`` and ``true_false``; ``quote`` is verbatim
    document text; ``evidence`` is the fact inside ``quote`` that proves the answer."""

    question: str
    kind: str  # "mc" | "true_false" | "fill_in"
    options: list[str]
    answer: str
    quote: str
    file: str
    section: str
    page: int | None
    evidence: str = ""
    topic: str = ""  # "lead" | "deadline" | "figure"
    document: str = ""
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("extra")
        return d


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split()).rstrip(" .;:")
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _in(needle: str, hay: str) -> bool:
    return bool(needle) and fold(needle) in fold(hay)


class _Pool:
    """Distractor pools drawn from the whole library."""

    def __init__(self, docs: list[Document], table: ObligationTable):
        self._turn = -1  # which kind of lead question comes next (``next_kind``)
        self.table = table
        bodies: dict[str, str] = {}
        deadlines: dict[str, tuple[str, str | None]] = {}
        for row in table.rows:
            for b in (*row.lead, *row.responsible, *row.coordinators):
                b = b.strip()
                if 3 <= len(b) <= 60 and b[:1].isupper():
                    bodies.setdefault(fold(b), b)
            if row.deadline and row.deadline.text:
                deadlines.setdefault(fold(row.deadline.text), (row.deadline.text, row.deadline.end))
        self.bodies = list(bodies.values())
        self.deadlines = list(deadlines.values())
        self.figures: list[Figure] = [f for d in docs for f in figures(d)]

    def next_kind(self) -> int:
        """0, 1, 2, 0, ...: the kinds of lead questions take turns across the whole quiz."""
        self._turn += 1
        return self._turn % 3

    def _ids(self, names: list[str]) -> set[str]:
        return {m.org_id for n in names for m in self.table.registry.find_in(n)}

    def other_bodies(self, duty: Duty, rng: random.Random, k: int = 3) -> list[str]:
        """Bodies that are not a party to ``duty`` and do not appear in its quote."""
        mine = self._ids([*duty.bodies, *duty.lead, *duty.coordinators])
        out: list[str] = []
        for b in rng.sample(self.bodies, len(self.bodies)):
            if _in(b, duty.cite.quote) or any(_in(b, x) or _in(x, b) for x in duty.bodies):
                continue
            if self._ids([b]) & mine or any(fold(b) == fold(o) for o in out):
                continue
            out.append(b)
            if len(out) == k:
                break
        return out

    def other_deadlines(self, duty: Duty, rng: random.Random, k: int = 3) -> list[str]:
        """Deadlines from other duties that end on another date and are not in the quote."""
        out: list[str] = []
        for text, end in rng.sample(self.deadlines, len(self.deadlines)):
            if end == duty.due or not _is_deadline(text) or _in(text, duty.cite.quote) or any(fold(text) == fold(o) for o in out):
                continue
            out.append(text)
            if len(out) == k:
                break
        return out

    def deadline_variants(self, duty: Duty, k: int = 3) -> list[str]:
        """When the library has too few other deadlines: the same wording with another quarter, month or
        year (each checked by the deadline grammar to end on another date than the right answer)."""
        text = duty.deadline or ""
        out: list[str] = []
        romans = ["I", "II", "III", "IV"]
        q = re.search(r"(quý\s+)(IV|III|II|I)\b", text, re.IGNORECASE)
        if q:
            out += [text[: q.start(2)] + r + text[q.end(2) :] for r in romans if r != q.group(2).upper()]
        for m in re.finditer(r"(?<!\d)(\d{4})(?!\d)", text):
            y = int(m.group(1))
            out += [text[: m.start()] + str(y + d) + text[m.end() :] for d in (1, -1)]
        mo = re.search(r"(tháng\s+)(\d{1,2})\b", text, re.IGNORECASE)
        if mo:
            n = int(mo.group(2))
            out += [text[: mo.start(2)] + str(x) + text[mo.end(2) :] for x in (n - 1, n + 1, n + 2) if 1 <= x <= 12]
        good = []
        for v in out:
            parsed = parse_deadline(v)
            if parsed and parsed.end != duty.due and fold(v) not in {fold(g) for g in good}:
                good.append(v)
        return good[:k]

    def other_figures(self, fig: Figure, rng: random.Random, k: int = 3) -> list[str]:
        """Figures of the same kind (percentages with percentages) with another value, not in the quote."""
        pct = "%" in fig.value
        out: list[str] = []
        for f in rng.sample(self.figures, len(self.figures)):
            if ("%" in f.value) != pct or fold(f.value) == fold(fig.value) or _in(f.value, fig.cite.quote):
                continue
            if any(fold(f.value) == fold(o) for o in out):
                continue
            out.append(f.value)
            if len(out) == k:
                break
        return out


_DEADLINE_CUE = re.compile(r"\b(?:trước|xong|chậm nhất|hoàn thành|hạn|đến hết|trong tháng|trong quý)\b", re.IGNORECASE)


def _is_deadline(text: str) -> bool:
    """A deadline a learner can be asked about: a date, month or quarter, or a cue ("trước", "xong");
    a bare period ("trong giai đoạn 2021-2025", "nhiệm kỳ") is the document's time frame, not a deadline."""
    return finer_than_year(text) or bool(_DEADLINE_CUE.search(text))


def _item(question, kind, options, answer, duty_or_fig, evidence, topic, label) -> QuizItem:
    c = duty_or_fig.cite
    return QuizItem(question, kind, options, answer, c.quote, c.file, c.section, c.page, evidence, topic, label)


_MIN_QUOTE = 60  # a shorter "duty" is a heading or a list label, not a sentence to ask about


def _blank(quote: str, part: str) -> tuple[str, str] | None:
    """``quote`` with ``part`` replaced by a blank, and the words of ``part`` as written there."""
    at = fold(quote).find(fold(part))
    if at < 0:
        return None
    return quote[:at] + "______" + quote[at + len(part) :], quote[at : at + len(part)]


def _candidates(doc: Document, table: ObligationTable, pool: _Pool, rng: random.Random) -> list[QuizItem]:
    """Questions are worded around the verbatim sentence: the sentence with the fact blanked out, so a
    question never rests on a paraphrase the extractor may have cut wrongly."""
    label = doc_label(doc)
    items: list[QuizItem] = []
    duties = [_duty(doc, r) for r in table.query(document=doc.doc_id) if r.doc_id == doc.doc_id]
    for duty in duties:
        quote = duty.cite.quote
        if len(quote) < _MIN_QUOTE:
            continue
        body = next((b for b in (duty.lead or duty.bodies) if _in(b, quote)), None)
        blanked = _blank(quote, body) if body else None
        if blanked:
            # One question per blank: a fill-in and a multiple choice on the same words give each other away.
            text, written = blanked
            shown = _short(text, 320)
            wrong = pool.other_bodies(duty, rng)
            kind = ("mc", "true_false", "fill_in")[pool.next_kind()] if len(wrong) == 3 else "fill_in"
            if kind == "mc":
                opts = rng.sample([written, *wrong], 4)
                items.append(
                    _item(f"Theo {label}: «{shown}». Cơ quan, tổ chức nào ở chỗ trống?", "mc", opts, written, duty, written, "lead", label)
                )
            elif kind == "true_false":
                truth = rng.random() < 0.5
                stated = text.replace("______", written if truth else wrong[0], 1)
                items.append(
                    _item(
                        f"Đúng hay sai: theo {label}, «{_short(stated, 320)}».",
                        "true_false",
                        [TRUE, FALSE],
                        TRUE if truth else FALSE,
                        duty,
                        written,
                        "lead",
                        label,
                    )
                )
            else:
                items.append(_item(f"Điền vào chỗ trống ({label}): «{shown}»", "fill_in", [], written, duty, written, "lead", label))
        if duty.deadline and _is_deadline(duty.deadline):
            blanked = _blank(quote, duty.deadline)
            wrong = pool.other_deadlines(duty, rng) if blanked else []
            if blanked and len(wrong) < 3:
                wrong += [v for v in pool.deadline_variants(duty) if fold(v) not in {fold(w) for w in wrong}]
                wrong = wrong[:3]
            if blanked and len(wrong) == 3:
                text, written = blanked
                opts = rng.sample([written, *wrong], 4)
                items.append(
                    _item(f"Theo {label}: «{_short(text, 320)}». Thời hạn ở chỗ trống là gì?", "mc", opts, written, duty, written, "deadline", label)
                )
    for fig in figures(doc):
        token = fig.value.split()[0]
        blanked = _blank(fig.cite.quote, token)
        wrong = pool.other_figures(fig, rng) if blanked else []
        if blanked and len(wrong) == 3:
            text, written = blanked
            opts = [written, *[w.split()[0] for w in wrong]]
            if len({fold(o) for o in opts}) == 4:
                items.append(
                    _item(f"Theo {label}: «{_short(text, 320)}». Số liệu ở chỗ trống là bao nhiêu?", "mc", rng.sample(opts, 4), written, fig, written, "figure", label)
                )
    return items


def make_quiz(docs: list[Document], targets: list[Document], n: int = 20, table: ObligationTable | None = None, seed: int | None = None) -> list[QuizItem]:
    """Up to ``n`` items about ``targets`` (documents of ``docs``), kinds and topics interleaved.

    Raises ``TrainingError("nothing_to_ask")`` when the documents state no duty or figure to ask about.
    """
    table = table or ObligationTable.from_documents(docs)
    pool = _Pool(docs, table)
    rng = random.Random(seed if seed is not None else "|".join(sorted(d.doc_id for d in targets)))
    cands: list[QuizItem] = []
    for doc in targets:
        cands.extend(_candidates(doc, table, pool, rng))
    if not cands:
        raise TrainingError(
            "Văn bản không nêu nhiệm vụ, thời hạn hay chỉ tiêu nào để đặt câu hỏi.",
            "The document states no duty, deadline or figure to ask about.",
            code="nothing_to_ask",
        )
    # Interleave by (topic, kind) so a short quiz mixes leads, deadlines, figures and the three kinds.
    buckets: dict[tuple[str, str], list[QuizItem]] = {}
    for it in cands:
        buckets.setdefault((it.topic, it.kind), []).append(it)
    order = sorted(buckets, key=lambda k: ({"deadline": 0, "lead": 1, "figure": 2}[k[0]], k[1]))
    out: list[QuizItem] = []
    seen_quotes: dict[str, int] = {}
    while len(out) < n and any(buckets.values()):
        for key in order:
            if buckets[key] and len(out) < n:
                it = buckets[key].pop(0)
                if seen_quotes.get(it.quote, 0) >= 3:  # at most three questions from one sentence
                    continue
                seen_quotes[it.quote] = seen_quotes.get(it.quote, 0) + 1
                out.append(it)
    # The right option's place cycles A, B, C, D over the multiple-choice items, so position gives nothing away.
    for k, it in enumerate(x for x in out if x.kind == "mc"):
        wrong = [o for o in it.options if o != it.answer]
        at = k % len(it.options)
        it.options = wrong[:at] + [it.answer] + wrong[at:]
    return out
