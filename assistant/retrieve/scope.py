"""Which documents a question points at, and number matching between questions, references and documents.

- "Kế hoạch (của Tỉnh ủy) thực hiện Thông báo 160": the plans citing 160 (named by what they carry out);
- "Theo Thông báo 160 ...", "Kế hoạch của Tỉnh ủy": the document named or described;
- "tổng kết việc thực hiện KL 62", "văn bản nào triển khai TB 160": the documents citing it;
- "Thông báo 160 tiếp tục thực hiện kết luận nào?": the notice and the documents it cites.

Numbers match by identity (``text.doc_number_key``: digits, year, type code and issuer) over every
spelling a document is known by (``number_aliases``, including aliases the reference resolver inferred).
A loose mention ("KL 62") matches by digits plus the code or the type it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from assistant import text as vt
from assistant.index.store import DocInfo
from assistant.lexicon.changes import changed_before
from assistant.lexicon.doc_types import doc_types, type_for_code
from assistant.lexicon.levels import folded_unit_levels
from assistant.lexicon.phrases import admin_levels, formal_order
from assistant.lexicon.words import glossary_terms, type_alternation
from assistant.query import DocDescription, DocNumberRef, QueryInfo
from assistant.query.docrefs import expanded_folded, ordered_making, written_levels


@dataclass
class DocumentScope:
    """What documents a question points at."""

    docs: set[str]  # every document preferred in ranking
    carried_out: bool  # they carry out / review the document the question names
    named: set[str] = field(default_factory=set)  # named or described as the container
    cited: set[str] = field(default_factory=set)  # cited by the named ones ("... thực hiện kết luận nào?")

    def target(self) -> str | None:
        """The one document a fact should come from: the cited one asked about ("kết luận nào ... do ai
        ký?"), else the single named or implementing one."""
        if len(self.cited) == 1:
            return next(iter(self.cited))
        if len(self.named) == 1:
            return next(iter(self.named))
        return None


def _type_matches(doc_type: str | None, type_name: str | None, inferred: bool = False) -> bool:
    """Is a document of ``doc_type`` one of the type a question names? Its type starts with the name
    ("Kế hoạch liên tịch" is a "kế hoạch"); with ``inferred``, its type also ends with it: a "Thông báo kết
    luận" is what cadres call "kết luận số 86". Two types that share no words stay apart (62-KL/TW is
    never 62-NQ/TW)."""
    if not (doc_type and type_name):
        return False
    held, named = vt.fold(doc_type), vt.fold(type_name)
    return held.startswith(named) or (inferred and held.endswith(" " + named))


def _named_by_year(doc: DocInfo, ref: DocNumberRef, type_name: str | None) -> bool:
    """Is a document that carries no number named by its type and its year ("Hiến pháp 2013" of the
    Constitution adopted 28/11/2013, whose text prints no number; trial 36 t36-25)? The very type
    (not one that only starts with it) and the year of its date."""
    return bool(
        not ref.number
        and re.fullmatch(r"(?:19|20)\d\d", ref.digits or "")
        and doc.date
        and doc.date.startswith(ref.digits)
        and doc.doc_type
        and type_name
        and vt.fold(doc.doc_type) == vt.fold(type_name)
    )


def inferred_type(doc: DocInfo, ref: DocNumberRef) -> bool:
    """Does a loose mention ("kết luận 86") name ``doc`` only by the last words of its type ("Thông báo kết
    luận 86-TB/HU"), a reading to say is inferred?"""
    return (
        not ref.number
        and not _number_matches(doc, ref, inferred=False)
        and _number_matches(doc, ref, inferred=True)
    )


def number_matches(doc: DocInfo, ref: DocNumberRef, inferred: bool = True) -> bool:
    """Does a document carry the number a question or filter names (any of its spellings)? A loose
    mention ("kết luận 86") matches by digits plus its code or its type, or (``inferred``) a type whose
    name ends with the named one (``_type_matches``)."""
    return _number_matches(doc, ref, inferred)


def _number_matches(doc: DocInfo, ref: DocNumberRef, inferred: bool) -> bool:
    # numbers restart each year and at each issuer: "16/KH-MTTQ-BTT ngày 23/12/2025 của MTTQ tỉnh ..." is not
    # a commune Front's 16/KH-MTTQ-BTT of 18/11/2025 (l4-mttq-36; ``DocNumberRef.dated``, ``issuer_levels``)
    held = written_levels(doc.issuer) if ref.issuer_levels and doc.issuer else frozenset()
    if (ref.dated and doc.date and doc.date != ref.dated) or (held and not held & ref.issuer_levels):
        return False
    numbers = [n for n in [doc.number, *doc.number_aliases] if n]
    codes = [c.upper() for c in ref.codes()]
    type_name = ref.doc_type or (type_for_code(ref.code) if ref.code else None)
    if not numbers and _named_by_year(doc, ref, type_name):
        return True
    for n in numbers:
        if ref.number:
            if vt.doc_number_key(n) == vt.doc_number_key(ref.number):
                return True
            continue
        canon = vt.canonical_doc_number(n)
        lead = canon.split("-")[0].split("/")[0]
        if not (lead.isdigit() and str(int(lead)) == ref.digits):
            continue
        if not codes:
            return True
        if any(f"-{c}/" in canon or canon.startswith(f"{lead}/{c}") for c in codes):
            return True
        if _type_matches(doc.doc_type, type_name, inferred):
            return True
    return False


def refs_of(doc: DocInfo) -> list[DocNumberRef]:
    """A held document's numbers, every spelling, as references to look for."""
    return [
        DocNumberRef(n, "", None, vt.canonical_doc_number(n)) for n in [doc.number, *doc.number_aliases] if n
    ]


def numbers_match(numbers: list[str], refs: list[DocNumberRef]) -> bool:
    """Does one of ``numbers`` (cited in a text or a reference list) carry one of the referenced numbers?"""
    holder = DocInfo("", "", None, numbers, None, None, None, None)
    return any(number_matches(holder, r) for r in refs)


def cites_doc(citing: DocInfo, cited: DocInfo) -> bool:
    """Does ``citing`` list ``cited`` (by any of its numbers) among its references?"""
    return numbers_match(citing.references, refs_of(cited))


def in_period(doc: DocInfo, period: str) -> bool:
    """Does a document belong to "2021-2025" / "2009": its title names the period, or it is dated in it?"""
    title = vt.fold(doc.title or "").replace(" ", "")
    if period in title:
        return True
    years = [int(y) for y in period.split("-")]
    return bool(doc.date) and years[0] <= int(doc.date[:4]) <= years[-1]


@cache
def _implements_re() -> re.Pattern[str]:
    """ "<type> ... thực hiện/triển khai <document>", "the plan implementing <document>": a document named
    by what it carries out."""
    names = "|".join(re.escape(vt.fold(t.name)) for t in doc_types())
    en = "|".join(re.escape(vt.fold(e)) for t in doc_types() for e in t.en if " " not in e)
    return re.compile(
        rf"\b(?:(?P<vi>{names})\b[^?.]{{0,40}}?\b(?:thuc hien|trien khai|quan triet)|"
        rf"(?P<en>{en})\b[^?.]{{0,40}}?\b(?:implement\w*|carr\w* out|to carry out))\b"
    )


@cache
def _asks_cited_re() -> re.Pattern[str]:
    """ "... thực hiện kết luận nào?", "which resolution does it implement?": the documents a named one
    cites."""
    names = "|".join(re.escape(vt.fold(t.name)) for t in doc_types())
    en = type_alternation(english=True, codes=False)
    return re.compile(rf"\b({names}|van ban) nao\b|\bwhich (?:{en}|document)()\b")


def named_docs(docs: dict[str, DocInfo], refs: list[DocNumberRef]) -> set[str]:
    """The held documents a question's numbers name; a document of the very type named wins over one
    whose type only ends with it (``inferred_type``)."""
    if not refs:
        return set()
    found: set[str] = set()
    for r in refs:
        exact = {d for d, info in docs.items() if number_matches(info, r, inferred=False)}
        found |= exact or {d for d, info in docs.items() if number_matches(info, r)}
    return found


def title_counts(docs: dict[str, DocInfo], info: QueryInfo) -> QueryInfo:
    """The analysis without the loose mentions that are a held document's title, not its number:
    "Theo Kế hoạch 5 điểm nghẽn, ..." where no held plan is number 5 and a held title counts "5 điểm
    nghẽn" (the digits and the word after them, ``DocNumberRef.counted``). Returns a new ``QueryInfo``
    (the same one when nothing is dropped)."""
    from dataclasses import replace

    def titled(r: DocNumberRef) -> bool:
        if not r.counted or named_docs(docs, [r]):
            return False
        said = re.compile(rf"(?<![\d.,]){'0*' + r.digits}\s+{re.escape(r.counted)}\b")
        return any(said.search(vt.fold(d.title or "")) for d in docs.values())

    kept = [r for r in info.doc_numbers if not titled(r)]
    return info if len(kept) == len(info.doc_numbers) else replace(info, doc_numbers=kept)


def citing_docs(docs: dict[str, DocInfo], refs: list[DocNumberRef], kind: str | None = None) -> set[str]:
    """Documents (of a type starting with folded ``kind``, if given) whose references carry a number,
    also under the other spellings of a held document the number resolves to."""
    held = [docs[d] for d in named_docs(docs, refs)]
    found = set()
    for d, doc in docs.items():
        if kind and (not doc.doc_type or not vt.fold(doc.doc_type).startswith(kind)):
            continue
        if numbers_match(doc.references, refs) or any(cites_doc(doc, h) for h in held if h.doc_id != d):
            found.add(d)
    return found


def implementing_docs(docs: dict[str, DocInfo], info: QueryInfo) -> set[str]:
    """For "Kế hoạch thực hiện Thông báo 160": documents of that type citing the number, not the notice."""
    if not info.doc_numbers:
        return set()
    m = _implements_re().search(info.expanded) or _implements_re().search(info.folded)
    if not m:
        return set()
    said = info.expanded if _implements_re().search(info.expanded) else info.folded
    if ordered_making(said[max(0, m.start() - 40) : m.end()] + " "):
        return set()  # "xây dựng kế hoạch thực hiện X": a plan X orders, asked in X's own text
    if m.group("vi"):
        kind = m.group("vi")
    else:
        terms = glossary_terms(m.group("en"))
        if not terms:
            return set()
        kind = vt.fold(terms[0])
    return citing_docs(docs, info.doc_numbers, kind=kind)


def described_docs(docs: dict[str, DocInfo], info: QueryInfo) -> set[str]:
    """Documents matching "Kế hoạch của Tỉnh ủy" / "kết luận giai đoạn 2021-2025" (type plus issuer or
    period); a description that fits every document says nothing and is dropped."""
    found: set[str] = set()
    for desc in info.doc_descriptions:
        fitting: set[str] = set()
        for d, doc in docs.items():
            if not vt.fold(doc.doc_type or "").startswith(desc.kind):
                continue
            if desc.issuer and not (doc.issuer and _fits_issuer(desc.issuer, expanded_folded(doc.issuer))):
                continue
            if desc.period and not in_period(doc, desc.period):
                continue
            fitting.add(d)
        if desc.topic and fitting:
            # "Kế hoạch bầu cử của Mặt trận xã": of the body's plans, those whose title holds the topic;
            # all of them when none does (a topic paraphrased, not quoted).
            words = desc.topic.split()
            topical = {
                d for d in fitting if all(re.search(rf"\b{w}\b", vt.fold(docs[d].title or "")) for w in words)
            }
            fitting = topical or fitting
        found |= fitting
    return found if len(found) < len(docs) else set()


# Where a body's name ends and its place begins ("hoi nong dan | huyen hoa vinh").
# The administrative levels that start a body's place ("Hội Nông dân | xã Tân Hòa"), folded; the answer
# planner reads a body's level and place by the same words (``lexicon.levels``; "tp": "thành phố" abridged).
LEVEL_WORDS: tuple[str, ...] = (*folded_unit_levels(), "tp")
# "Tỉnh ủy", "Huyện đoàn", "Thành hội" are bodies, not places.
_PLACE_START_RE = re.compile(rf"\b(?:{'|'.join(LEVEL_WORDS)})\b(?!\s+(?:uy|doan|hoi)\b)")


def _level_of(word: str) -> set[str]:
    """The levels a unit word that starts a body's place may stand for ("huyen" -> {"huyen"}); a city,
    "thành phố", is a province or a district."""
    if word in ("thanh pho", "tp"):
        return {"tinh", "huyen"}
    level = admin_levels().get(tuple(word.split()))
    return {level} if level else set()


def _issuer_parts(text: str) -> tuple[set[str], set[str], set[str]]:
    """A folded issuer's body words, levels and place words, read in the letterhead's order."""
    text = formal_order(text)
    m = _PLACE_START_RE.search(text)
    head, tail = (text[: m.start()], text[m.end() :]) if m else (text, "")
    return set(head.split()), _level_of(m.group(0)) if m else set(), set(tail.split())


def issuer_levels(issuer: str) -> set[str]:
    """The administrative levels the place in a folded issuer's name starts with ("ban thuong truc ... xa
    luong minh" -> {"xa"}); empty for a body that writes no place."""
    return _issuer_parts(issuer)[1]


# The central level's word in a folded issuer's body words ("ban bi thu trung uong doan")
_CENTRAL = frozenset(["trung", "uong"])


def _fits_issuer(described: str, issuer: str) -> bool:
    """Can a held document's issuer (folded, abbreviations expanded) be the described one? Both are read
    in the letterhead's order first ("Huyện đoàn" is "Đoàn ... huyện", "Tỉnh ủy" "Ban Chấp hành Đảng bộ
    tỉnh": ``phrases.formal_order``). The bodies' words, one inside the other ("dang bo tinh" / "ban
    thuong vu dang bo tinh", "hoi phu nu" / "hoi lien hiep phu nu"); the levels, when both write one, the
    same ("Huyện đoàn" is not "Tỉnh đoàn"); the places, when both write one, one inside the other. A joint
    document's issuer ("hoi lien hiep phu nu xa x - ban chap hanh doan xa x - ...") fits when one of its
    bodies does."""
    joint = [p for p in issuer.split(" - ") if p.strip()]
    if len(joint) > 1 and any(_fits_issuer(described, p.strip()) for p in joint):
        return True

    (body_a, level_a, place_a), (body_b, level_b, place_b) = _issuer_parts(described), _issuer_parts(issuer)
    if level_a and level_b and not level_a & level_b:
        return False
    # the central level ("Ban Bí thư Trung ương Đoàn") is none of a place's: "Tỉnh đoàn Quảng Nam" is not it,
    # though its body's words are inside (library2 dev l2-rw-14)
    central_a, central_b = _CENTRAL <= body_a, _CENTRAL <= body_b
    if central_a != central_b and (level_a if central_b else level_b):
        return False
    if not body_a and place_a:  # "kế hoạch ... của xã Phúc Thịnh": any body of that place
        return place_a <= set(formal_order(issuer).split())
    if not body_a or not body_b:  # a bare place names no body
        return False
    if not (body_a <= body_b or body_b <= body_a):
        return False
    return not (place_a and place_b) or place_a <= place_b or place_b <= place_a


def issuer_fits(described: str, issuer: str) -> bool:
    """Can a document whose issuer is ``issuer`` (folded, abbreviations expanded) be the one a question
    describes as issued by ``described`` (folded)? The rule of ``_fits_issuer``: a cited document's
    issuer is read as a held one's (``answer.cited_facts``)."""
    return _fits_issuer(described, issuer)


def undescribed(docs: dict[str, DocInfo], info: QueryInfo) -> DocDescription | None:
    """A description naming an issuer that no held document can be ("Ai ký Kế hoạch của Hội Chữ thập đỏ
    huyện?" where no such plan is loaded; "Nghị quyết của Hội Nông dân huyện" where that body issued only
    a Quyết định): the facts of the documents found are not its facts. A held document of the type whose
    issuer was not read may be it (None then), and so does one the type's name is part of ("kết luận" in
    "Thông báo kết luận")."""
    for desc in info.doc_descriptions:
        if not desc.issuer:
            continue
        fits = False
        for doc in docs.values():
            if desc.kind not in vt.fold(doc.doc_type or ""):
                continue
            if not doc.issuer or _fits_issuer(desc.issuer, expanded_folded(doc.issuer)):
                fits = True
                break
        if not fits:
            return desc
    return None


# "... về <subject>" right after a description: what the described document is about, up to the
# question's own words ("ban hành ngày nào", "số mấy", "do ai ký").
_SUBJECT_AFTER_RE = re.compile(
    r"\s*,?\s*ve\s+((?:(?!\b(?:ban hanh|(?:vao )?ngay (?:nao|bao nhieu|may)|"
    r"(?:mang )?so (?:may|bao nhieu|nao|hieu|ky hieu)|mang ky hieu|"
    r"do ai|ai|nao|gi|bao nhieu|may|co|la|da|duoc|ky|phai|can|se|nen|"
    r"quy dinh|yeu cau|giao|o dau|the nao)\b)[a-z0-9 ])+)"
)


def described_subject(info: QueryInfo, desc: DocDescription) -> list[str]:
    """The content words of what a description says its document is about: its topic ("Kế hoạch bầu cử
    của ...") or the "về ..." after it ("Công văn của Huyện đoàn về báo cáo chiến dịch hè ..."), folded."""
    words = desc.topic or ""
    if not words and desc.text and (at := info.expanded.find(desc.text)) >= 0:
        m = _SUBJECT_AFTER_RE.match(info.expanded, at + len(desc.text))
        words = m.group(1) if m else ""
    stop = {vt.fold(w) for w in vt.stopwords()}
    return [w for w in words.split() if w not in stop and not w.isdigit()]


# Fewest subject words that let a document of the described type stand in for a description its
# issuer does not fit: two words say what it is about, one may be any document's.
STAND_IN_MIN_WORDS = 2


def stand_in(
    docs: dict[str, DocInfo], info: QueryInfo, desc: DocDescription, doc_id: str, texts: list[str]
) -> bool:
    """May the best-ranked document ``doc_id`` answer for a description no held document's issuer fits?
    Only when it is of the described type, the description says what it is about and all those words
    are in its title or in ``texts`` (its retrieved passages), and its issuer does not write another place
    than the described one ("Huyện đoàn Đông Sơn" is not a body of huyện Thạch An). Its letterhead may
    name the body otherwise than the question ("Huyện đoàn" / "BCH Đoàn TNCS Hồ Chí Minh huyện ..."):
    denying a held document is worse than answering it with a note saying whose it is."""
    doc = docs.get(doc_id)
    if doc is None or desc.kind not in vt.fold(doc.doc_type or ""):
        return False
    subject = described_subject(info, desc)
    if len(subject) < STAND_IN_MIN_WORDS:
        return False
    held = set(vt.fold(" ".join([doc.title or "", *texts])).split())
    if not set(subject) <= held:
        return False
    if desc.issuer and doc.issuer:
        place_a = _issuer_parts(desc.issuer)[2]
        place_b = _issuer_parts(expanded_folded(doc.issuer))[2]
        if place_a and place_b and not (place_a <= place_b or place_b <= place_a):
            return False
    return True


# Share of a document's title words a question must hold to name it by type and title.
TITLE_SHARE = 0.6


def titled_docs(docs: dict[str, DocInfo], info: QueryInfo) -> set[str]:
    """Documents named by their type written as a name (capitalised, not opening the question) together
    with most of their title ("theo Luật Tổ chức chính quyền địa phương"), or by a type only one held
    document has ("theo Hiến pháp", "Điều lệ Đoàn"): no number, yet only one document fits."""
    cased = vt.normalize_cased(info.question)
    folded = vt.fold(info.question)
    by_type: dict[str, list[str]] = {}
    for d, doc in docs.items():
        if doc.doc_type:
            by_type.setdefault(doc.doc_type, []).append(d)
    found: set[str] = set()
    for doc_type, held in by_type.items():
        name = vt.normalize_cased(doc_type)
        name = name[:1].upper() + name[1:]
        # (a document named as what a task changes or carries out, "sửa đổi Quy chế ...", is not named as
        # the one to read: another document sets that task; newcomer trial 47 q01)
        spots = [
            m
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)(\s+\w+)?", cased)
            if m.start() > 0 and not changed_before(vt.fold(cased[: m.start()]))
        ]
        if not spots:
            continue
        if len(held) == 1:
            # "theo Hiến pháp" names it; "Điều lệ Đảng" names another one when the word after the
            # type is a name ours does not carry.
            title = vt.fold(docs[held[0]].title or "")
            after = [(m.group(1) or "").strip() for m in spots]
            if any(not a[:1].isupper() or re.search(rf"\b{vt.fold(a)}\b", title) for a in after):
                found.update(held)
            continue
        for d in held:
            words = [w for w in vt.content_folds(docs[d].title or "") if w.isascii()]
            hits = sum(bool(re.search(rf"\b{w}\b", folded)) for w in words)
            if len(words) >= 2 and hits >= TITLE_SHARE * len(words):
                found.add(d)
    return found or _titled_by_phrase(docs, by_type, folded)


# What ends the words naming a document after its type ("Kế hoạch tổ tiết kiệm xanh | giao Huyện đoàn ..."):
# a verb of the question's own clause, a preposition or a question word, folded.
_TITLE_PHRASE_END = (
    r"giao|phai|co|la|duoc|ve|cua|do|ban hanh|quy dinh|yeu cau|neu|ghi|noi|de ra|dat ra|huong dan|ky|"
    r"nam|so|nay|nao|gi|ai|thi|cho|tai|trong"
)
TITLE_PHRASE_MIN_WORDS = 3  # fewer words after a type name a topic many documents share


def _titled_by_phrase(docs: dict[str, DocInfo], by_type: dict[str, list[str]], folded: str) -> set[str]:
    """The one held document of a type whose title writes every word of the phrase after the type in the
    question ("Kế hoạch tổ tiết kiệm xanh giao ..." names the plan titled "... mô hình Tổ phụ nữ tiết kiệm
    xanh ..."), at least ``TITLE_PHRASE_MIN_WORDS`` words; none when two documents fit."""
    found: set[str] = set()
    for doc_type, held in by_type.items():
        for m in re.finditer(
            rf"\b{re.escape(vt.fold(doc_type).lower())}\s+((?:(?!(?:{_TITLE_PHRASE_END})\b)[a-z0-9]+\s*)+)",
            folded,
        ):
            words = [w for w in m.group(1).split() if w]
            if len(words) < TITLE_PHRASE_MIN_WORDS or changed_before(folded[: m.start()]):
                continue
            titles = {d: vt.fold(docs[d].title or "") for d in held}
            fits = [d for d in held if all(re.search(rf"\b{w}\b", titles[d]) for w in words)]
            if len(fits) == 1:
                found.update(fits)
    return found


def document_scope(docs: dict[str, DocInfo], info: QueryInfo) -> DocumentScope:
    """The documents an analysed question points at (see the module docstring)."""
    implementing = implementing_docs(docs, info)
    if implementing:
        return DocumentScope(implementing, carried_out=True, named=implementing)
    containers = [r for r in info.doc_numbers if not r.implemented]
    named = named_docs(docs, containers) | described_docs(docs, info)
    # a type only one held document has names it ("theo Hiến pháp"), unless the question gives an issuer
    # that no held document of the type fits ("Kế hoạch của Hội Chữ thập đỏ" when the one plan is not)
    described_issuer = any(d.issuer for d in info.doc_descriptions)
    if not named and not info.doc_numbers and info.language == "vi" and not described_issuer:
        named = titled_docs(docs, info)
    if named:
        asked = _asks_cited_re().search(info.folded)
        cited: set[str] = set()
        if asked:
            kind = asked.group(1)
            cited = {
                d
                for d, doc in docs.items()
                for n in named
                if d not in named
                and cites_doc(docs[n], doc)
                and (not kind or kind == "van ban" or vt.fold(doc.doc_type or "").startswith(kind))
            }
        return DocumentScope(named | cited, carried_out=False, named=named, cited=cited)
    carried = [r for r in info.doc_numbers if r.implemented]
    if carried:
        # the document itself too, when held: it sets its own checks and reports ("Ủy ban Kiểm tra kiểm
        # tra việc thực hiện Thông báo này ... trong quý IV"; "báo cáo kết quả thực hiện Kế hoạch"), unless
        # the question asks which documents carry it out
        own = named_docs(docs, carried)
        citing = citing_docs(docs, carried) - own
        from assistant.retrieve.asked_issuer import asked_issuer, issuer_fits  # (it reads this module's)

        if (asked := asked_issuer(info)) is not None:
            # "Văn bản nào của Mặt trận huyện dẫn chiếu Thông báo 45?": of those citing it, that body's
            # (trial 37 e07), all of them when none fits
            citing = {d for d in citing if issuer_fits(docs[d].issuer, *asked)} or citing
        return DocumentScope(citing if info.intent == "documents" else citing | own, carried_out=True)
    return DocumentScope(set(), carried_out=False)


