"""Amendment clauses: a later document changing a time an earlier one set.

"Do ảnh hưởng của mưa lũ, Ban Thường vụ Đảng ủy đồng ý lùi thời hạn trình dự thảo Báo cáo chính trị đến
ngày 28/10/2027." (a conclusion notice citing the plan "Kế hoạch số 21-KH/ĐU" whose task table says
"Trước ngày 10/10/2027"), "gia hạn thời gian nộp hồ sơ đến hết ngày 15/11/2027", "điều chỉnh thời gian tổ
chức Hội nghị từ ngày 10/11/2027 sang ngày 20/11/2027", "Thời hạn gửi báo cáo ... được lùi đến ...".

The words (verbs of change with their kind, the time nouns, the from / to marks) are the lexicon's
(``lexicon/amendments.json``); this module is their grammar, for every format alike since it reads the
parsed document text:

    VERB [TIME NOUN] WHAT [từ OLD] TO NEW            (active: "lùi thời hạn trình ... đến ngày ...")
    TIME NOUN WHAT [được | nay ...] VERB [từ OLD] TO NEW  (passive: "Thời hạn trình ... được lùi đến ...")

A verb of general change ("điều chỉnh", "chuyển") needs the time noun; NEW must read as a time
(``deadlines.find_deadlines``). The amended document is the one the amending sentence cites by number,
else its paragraph, else its section (``Amendment.cites``); linking a number to a held document is the
reference resolution of ``retrieve.scope`` (``numbers_match`` / ``refs_of``) that the answer does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from assistant.lexicon.doc_types import doc_types
from assistant.models import Document
from assistant.obligations.deadlines import find_deadlines
from assistant.parse.closing import CLOSING_SECTION, HEADER_SECTION, PREAMBLE_SECTION, SIGNATURE_HEADINGS
from assistant.text import find_doc_numbers, fold, unify_tones

_LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "amendments.json"
_WORD = r"(?<![\wà-ỹđ])"
_END = r"(?![\wà-ỹđ])"


@dataclass(frozen=True)
class Amendment:
    """One change of a time. Offsets are ``Document.text`` offsets of the sentence; ``what`` is the text
    naming what is changed as written ("trình dự thảo Báo cáo chính trị"; "" when the sentence names
    nothing), ``new`` / ``old`` the times as written ("đến ngày 28/10/2027"; ``old`` None when the sentence
    does not write it), ``new_end`` the ISO last day of the new time, ``kind`` "move" | "extend" |
    "change" (the lexicon's), ``cites`` the document numbers of the sentence, else of its paragraph, else
    of its section (canonical, ``text.find_doc_numbers``)."""

    doc_id: str
    start: int
    end: int
    text: str
    what: str
    new: str
    new_end: str | None
    old: str | None
    kind: str
    cites: tuple[str, ...]


@cache
def _lexicon() -> dict:
    return json.loads(_LEXICON.read_text(encoding="utf-8"))


def _alt(words) -> str:
    return "|".join(re.escape(unify_tones(w)) for w in sorted(set(words), key=len, reverse=True))


@cache
def _grammar() -> tuple[tuple[re.Pattern[str], ...], dict[str, str]]:
    """((active, passive, passive without a mark), verb -> kind) over lower-cased text with its
    diacritics."""
    lex = _lexicon()
    kinds: dict[str, str] = {}
    bare: list[str] = []
    timed: list[str] = []
    for kind, group in lex["verbs"].items():
        if kind.startswith("_"):
            continue
        for v in group["bare"]:
            kinds[unify_tones(v)] = kind
            bare.append(v)
        for v in group["with_time"]:
            kinds[unify_tones(v)] = kind
            timed.append(v)
    noun = _alt(lex["time_nouns"]["words"])
    marks = _alt(lex["passive_marks"]["words"])
    frm = _alt(lex["from_marks"]["words"])
    to = _alt(lex["to_marks"]["keep"] + lex["to_marks"]["drop"])
    what = r"(?P<what>[^.;:!?\n]{0,160}?)"
    old = rf"(?:\s*,?\s+{_WORD}(?:{frm}){_END}\s+(?P<old>[^.;:!?\n]{{1,60}}?))?"
    new = (
        rf"\s*,?\s+{_WORD}(?P<to>{to}){_END}\s+"
        r"(?P<new>(?=(?:hết|trước|cuối|ngày|tháng|quý|\d))[^.;!?\n]{1,80})"
    )
    verb = rf"(?P<verb>{_alt(bare)}|(?:{_alt(timed)})(?=\s+(?:{noun}){_END}))"
    active = re.compile(rf"{_WORD}{verb}{_END}(?:\s+(?:{noun}){_END})?\s+{what}{old}{new}")
    # a verb of change itself ("lùi", "gia hạn") needs no mark: "Thời hạn gửi thể lệ ... lùi đến ngày ..."; a
    # general one does ("Thời gian ... được điều chỉnh thành ...": "thời gian kéo dài đến ..." is a span)
    passive = re.compile(
        rf"{_WORD}(?:{noun}){_END}(?:\s+{what})?\s+(?:(?:{marks}){_END}\s+)+"
        rf"(?P<verb>{_alt(bare + timed)}){_END}{old}{new}"
    )
    bare_passive = re.compile(
        rf"{_WORD}(?:{noun}){_END}(?:\s+{what})?\s+(?P<verb>{_alt(bare)}){_END}{old}{new}"
    )
    # an event moved with the time it replaces, no time noun needed: "Hội nghị sơ kết ... được chuyển sang 8
    # giờ 00 ngày 18/6/2041, thay cho ngày 11/6/2041", "... dời sang ngày ... thay vì ngày ...", "... lùi đến
    # ngày ... (thay cho ngày ...)": what is moved is the sentence's subject before the verb
    instead = _alt(lex["place_changes"]["instead_marks"])
    replaced = (
        rf"(?:\s+(?:{marks}){_END})*\s+(?P<verb>{_alt(bare + timed)}){_END}{new_before(to)}"
        rf"\s*[,(]?\s*{_WORD}(?:{instead}){_END}\s+"
        r"(?P<old>(?=(?:hôm|ngày|tháng|quý|\d))[^.;:!?\n)]{1,60})"
    )
    opens = r"(?:^|(?<=[.;:\n]))\s*(?:[-+•]\s*|\d{1,2}[.)]\s*)?"  # the sentence's start, an item's mark
    moved = re.compile(opens + r"(?P<what>[^.;:!?\n]{3,160}?)" + replaced)
    return (moved, active, passive, bare_passive), kinds


def new_before(to: str) -> str:
    """The to-mark and the new time of a move that names the replaced time after it ("sang 8 giờ 00 ngày
    18/6/2041" before ", thay cho ..."): the new time stops at the comma or bracket opening the old one."""
    return (
        rf"\s+{_WORD}(?P<to>{to}){_END}\s+"
        r"(?P<new>(?=(?:hết|trước|cuối|ngày|tháng|quý|\d))[^.;!?\n(]{1,80}?)(?=\s*[,(]?\s*thay\s)"
    )


@cache
def _citing_re() -> re.Pattern[str]:
    """Where what is changed ends and the document it is set by begins ("... dự thi của các chi hội | theo
    Kế hoạch số 15-KH/HND"), over lower-cased text: a linking word and a document type."""
    names = _alt(t.name.lower() for t in doc_types())
    return re.compile(rf"[\s,]*{_WORD}(?:theo|tại|nêu tại|quy định tại|trong|của|ở)\s+(?:{names}){_END}")


@cache
def _inner_time_re() -> re.Pattern[str]:
    """A time noun or a date inside what a change names ("10/4/2031, thời hạn gửi ..." read from "ngày"
    of the date before it): what is changed starts after the last one. "ngày" counts only before a date
    ("Ngày hội hiến máu" is an event's name)."""
    nouns = _alt(w for w in _lexicon()["time_nouns"]["words"] if w not in ("ngày", "lịch"))
    return re.compile(rf"{_WORD}(?:{nouns}){_END}|\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{4}})?[\s,]*")


def _what(text: str) -> str:
    """What an amendment changes, as written, without the document that set it nor the time words
    before it."""
    cuts = [m.end() for m in _inner_time_re().finditer(text.lower())]
    text = text[cuts[-1] :] if cuts else text
    m = _citing_re().search(text.lower())
    return (text[: m.start()] if m else text).strip(" ,")


def _new_time(to: str, after: str) -> tuple[str, str | None] | None:
    """The new time as written from ``after`` (the text after the to-mark) and its ISO last day: "đến" and
    "tới" are part of it ("đến ngày 28/10/2027"), "sang" / "thành" are not; None when no time opens it."""
    keep = fold(to) in {fold(w) for w in _lexicon()["to_marks"]["keep"]}
    probe = f"{to} {after}" if keep else after
    found = [m for m in find_deadlines(probe) if m.start == 0]
    if not found and not keep:
        shifted = find_deadlines(f"vào {after}")
        found = [m for m in shifted if m.start == 0]
        if found:
            m = found[0]
            return after[: m.end - 4].strip(), m.deadline.end
    if not found:
        return None
    m = found[0]
    return probe[: m.end].strip(), m.deadline.end


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence part of ``text`` holding ``[start, end)``: from after the last ". " / "; " / line break
    before it to the first such stop after it (the ";" kept). A ";" parts two clauses with their own times
    ("gia hạn thời hạn gửi phiếu đến hết ngày 25/3; Ban ... thông báo lịch bốc thăm chậm nhất ngày 29/3"):
    a change is the part it changes, not its neighbour's (newcomer trial 48 n2)."""
    before = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start), text.rfind("\n", 0, start))
    a = before + 1 if before >= 0 else 0
    while a < start and text[a].isspace():
        a += 1
    stops = [
        i
        for i in (text.find(". ", end), text.find(".\n", end), text.find("\n", end), text.find("; ", end))
        if i >= 0
    ]
    b = min(stops) + 1 if stops else len(text)
    if text[b - 1 : b] == "\n":
        b -= 1
    return a, b


def _cited(doc: Document, a: int, b: int) -> tuple[str, ...]:
    """The numbers the sentence ``[a, b)`` cites, else its paragraph, else its section, else the
    document's preamble (``parse.closing.PREAMBLE_SECTION``: "Thực hiện Kế hoạch số 27-KH/ĐTN ...; ...
    thông báo như sau:") or its subject line: a notice whose items change a plan cites it once, above
    them (newcomer trial 40 P8)."""
    spans = [(a, b)]
    para = next((p for p in doc.paragraphs if p.start <= a < p.end), None)
    if para is not None:
        spans.append((para.start, para.end))
    section = min(
        (s for s in doc.sections if s.start <= a < s.end), key=lambda s: s.end - s.start, default=None
    )
    if section is not None:
        spans.append((section.start, section.end))
    spans += [(s.start, s.end) for s in doc.sections if s.title == PREAMBLE_SECTION]
    own = {doc.meta.number} if doc.meta.number else set()
    for said in [*(doc.text[x:y] for x, y in spans), doc.meta.title or ""]:
        numbers = [n for n, _, _ in find_doc_numbers(said) if n not in own]
        if numbers:
            return tuple(dict.fromkeys(numbers))
    return ()


def find_amendments(doc: Document) -> list[Amendment]:
    """Every change of a time ``doc`` writes, in text order (see the module's grammar). Never raises on
    odd text; [] when none."""
    text = doc.text
    low = unify_tones(text.lower())
    if len(low) != len(text):  # a lower-casing that changed lengths: offsets would drift
        return []
    patterns, kinds = _grammar()
    out: list[Amendment] = []
    taken: list[tuple[int, int]] = []
    for rx in patterns:
        for m in rx.finditer(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            new = _new_time(text[m.start("to") : m.end("to")], text[m.start("new") : m.end("new")])
            if new is None:
                continue
            a, b = _sentence_bounds(text, m.start(), m.start("new") + 1)
            old = text[m.start("old") : m.end("old")].strip() if m.group("old") else None
            if old is not None and not find_deadlines(f"vào {old}") and not find_deadlines(old):
                old = None
            # "ngày 11/6/2041 như Kế hoạch số 20-KH/HND": the time, not the plan that set it
            opening = [d for d in find_deadlines(f"vào {old}") if d.start == 0] if old else []
            if opening and opening[0].end > 4:
                old = old[: opening[0].end - 4].strip()
            what = _what(text[m.start("what") : m.end("what")])
            out.append(
                Amendment(
                    doc_id=doc.doc_id,
                    start=a,
                    end=b,
                    text=text[a:b],
                    what=what,
                    new=new[0],
                    new_end=new[1],
                    old=old,
                    kind=kinds.get(unify_tones(m.group("verb")), "change"),
                    cites=_cited(doc, a, b),
                )
            )
            taken.append((m.start(), m.end()))
    out += _notice_items(doc, low, out)
    return sorted(out, key=lambda x: x.start)


@cache
def _changing_re() -> re.Pattern[str]:
    """A title or opening saying the document changes times or places of another (lower-cased, with
    diacritics): a verb of change (any kind, the lexicon's) before a time noun or one of the lexicon's
    ``notice_objects`` ("Về việc thay đổi thời gian, địa điểm tổ chức ...", "... thông báo điều chỉnh như
    sau:"); "chuyển Kế hoạch số ... đến các chi hội" forwards a plan and changes nothing."""
    lex = _lexicon()
    verbs = [v for k, g in lex["verbs"].items() if not k.startswith("_") for v in g["bare"] + g["with_time"]]
    objects = _alt([*lex["time_nouns"]["words"], *lex["notice_objects"]["words"]])
    return re.compile(rf"{_WORD}(?:{_alt(verbs)}){_END}(?:\s+lại)?\s+(?:{objects}){_END}")


@cache
def _done_re() -> re.Pattern[str]:
    """A verb of completion ("hoàn thành", "hoàn tất"; lexicon ``done_verbs``), over lower-cased text."""
    return re.compile(rf"{_WORD}(?:{_alt(_lexicon()['done_verbs']['words'])}){_END}\s*")


_OUTSIDE_ITEMS = frozenset({PREAMBLE_SECTION, CLOSING_SECTION, HEADER_SECTION, *SIGNATURE_HEADINGS})
_PLACE_TAIL_RE = re.compile(rf"\s+{_WORD}(?:tại|ở){_END}\s+[^,;]*$", re.IGNORECASE)
_ITEM_MARK_RE = re.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s*|^\s*[-•+]\s*")


def _notice_items(doc: Document, low: str, found: list[Amendment]) -> list[Amendment]:
    """The deadlines a changing notice sets, each a change of the cited plan's time for what its sentence
    names: a notice "Về việc thay đổi thời gian, địa điểm tổ chức Lễ kỷ niệm ..." citing "Kế hoạch số
    15-KH/CCB" whose item says "Chi hội ... hoàn thành trang trí khánh tiết tại địa điểm mới trước 17 giờ
    00 ngày 06/12/2026" replaces the plan's row "Trang trí khánh tiết ... | Trước ngày 04/12/2026" though
    it writes no verb of change (newcomer trial 42 f1). A notice is changing when its title, or its
    opening (``PREAMBLE_SECTION``), says so (``_changing_re``); only the items (no opening, closing,
    header or signature) count, and only a sentence citing a document (``_cited``). ``kind`` "change",
    ``old`` None; [] for any other document."""
    opening = " ".join(
        low[s.start : s.end] for s in doc.sections if s.title == PREAMBLE_SECTION
    )
    if not _changing_re().search(f"{unify_tones((doc.meta.title or '').lower())} {opening}"):
        return []
    out: list[Amendment] = []
    for m in find_deadlines(doc.text):
        if any(x.start <= m.start < x.end for x in found):
            continue
        around = [s for s in doc.sections if s.start <= m.start < s.end]
        section = min(around, key=lambda s: s.end - s.start, default=None)
        if section is None or section.title in _OUTSIDE_ITEMS:
            continue
        a, b = _sentence_bounds(doc.text, m.start, m.end)
        cites = _cited(doc, a, b)
        if not cites:
            continue
        # the place it is done at ("... tại địa điểm mới") is where, not what: the plan's row names the task
        what = _PLACE_TAIL_RE.sub("", _ITEM_MARK_RE.sub("", doc.text[a : m.start])).strip(" ,;:")
        # "Đoàn Thanh niên xã hoàn thành chuẩn bị sân khấu": the task is what is to be done, after the verb
        # of completion; its subject's name is also written in other rows (as a partner) and is no task
        done = _done_re().search(unify_tones(what.lower()))
        if done and done.end() < len(what):
            what = what[done.end() :].strip(" ,;:")
        out.append(
            Amendment(
                doc_id=doc.doc_id,
                start=a,
                end=b,
                text=doc.text[a:b],
                what=what,
                new=m.deadline.text,
                new_end=m.deadline.end,
                old=None,
                kind="change",
                cites=cites,
            )
        )
    return out


def asks_new_value(folded_question: str) -> bool:
    """Whether a question (folded, ``text.fold``) asks for a changed time ("được lùi đến ngày nào?", "gia
    hạn đến bao giờ?", "thời hạn mới", "the extended deadline"): the old time is then no answer."""
    return any(re.search(p, folded_question) for p in _lexicon()["question_new"]["patterns"])


def amendment_words() -> dict:
    """The lexicon ``lexicon/amendments.json`` as read (shared, do not change it)."""
    return _lexicon()


def cited_numbers(doc: Document, a: int, b: int) -> tuple[str, ...]:
    """The document numbers ``doc.text[a:b]`` cites, else its paragraph, section, preamble or subject line
    (canonical; see ``_cited``); () when none."""
    return _cited(doc, a, b)


def changing_document(doc: Document, low: str | None = None) -> bool:
    """Whether ``doc``'s title or opening says it changes another's times or places ("Về việc điều chỉnh
    thời gian, địa điểm tổ chức ...", "... thông báo điều chỉnh như sau:"). ``low``: ``doc.text``
    lower-cased with ``text.unify_tones`` when the caller has it."""
    low = low if low is not None else unify_tones(doc.text.lower())
    opening = " ".join(low[s.start : s.end] for s in doc.sections if s.title == PREAMBLE_SECTION)
    return bool(_changing_re().search(f"{unify_tones((doc.meta.title or '').lower())} {opening}"))


@cache
def _verb_re() -> re.Pattern[str]:
    lex = _lexicon()
    verbs = [v for k, g in lex["verbs"].items() if not k.startswith("_") for v in g["bare"] + g["with_time"]]
    return re.compile(rf"{_WORD}(?:{_alt(verbs)}){_END}")


def writes_change(text: str) -> bool:
    """Whether a sentence writes one of the lexicon's verbs of change ("lùi", "điều chỉnh", "gia hạn"; any
    kind): an item a changing notice sets without one (``_notice_items``) is that notice's own time."""
    return bool(_verb_re().search(unify_tones(text.lower())))
