"""The body a question asks about, as the documents write it.

A body is named by its registry aliases or, named only by the shape of its name, by that name without the
place it sits in ("Hội Nông dân xã Tân Phú" is "Hội Nông dân xã" in its own commune's documents). Whether a
document is the body's own (its issuer, at the level asked), whether a duty's party is that body and not a
namesake at another level or place, and which documents mention the places a question names: the
planner's headline, quote and abstention steps all ask these.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.mentions import names_any
from assistant.answer.placed_names import levelled_variants
from assistant.answer.receivers import SENDING_WORDS, recipients
from assistant.corpus import Corpus
from assistant.lexicon.phrases import formal_order
from assistant.lexicon.words import registry
from assistant.models import Document, Hit, Obligation
from assistant.obligations.clauses import named_body_end
from assistant.query import QueryInfo, org_aliases
from assistant.retrieve.prefer import asked_places, named_place_docs
from assistant.retrieve.scope import LEVEL_WORDS
from assistant.text import day_keys, fold, fold_chars

# The administrative level of a body ("Hội Nông dân huyện", "Đoàn xã"), and a level with the place after it.
_LEVEL_RE = re.compile(rf"\b(?:{'|'.join(LEVEL_WORDS)})\b")
_LEVEL_END_RE = re.compile(rf"\b(?:{'|'.join(LEVEL_WORDS)})$")
_PLACE_TAIL_RE = re.compile(rf"\s+(?:{'|'.join(LEVEL_WORDS)})\b.*$")
# "xã hội" (society: "Ban Kinh tế - Xã hội", "các tổ chức chính trị - xã hội") writes no commune: a level word
# opens a place as "xã Hội Xuân" does, the level in lower case before a capitalised name.
_SOCIETY_RE = re.compile(r"(?<!\w)([xX][ãa]|XÃ|XA)\s+(h[ộo]i|H[ỘO]I|H[ộo]i)(?!\w)")


def level_text(text: str) -> str:
    """``fold(text)`` with the "xa" of each "xã hội" (society) blanked, for reading the levels and places a
    text names; any case, with or without diacritics."""
    folded = fold(text)
    if len(folded) != len(text):
        return folded
    for m in _SOCIETY_RE.finditer(text):
        if m.group(1)[0] == "x" and m.group(2)[0] == "H" and m.group(2)[1:].islower():
            continue  # "xã Hội Xuân": a commune
        folded = folded[: m.start()] + "~~" + folded[m.start() + 2 :]
    return folded


def _body_core(name: str) -> str:
    """A body's folded name without the place it sits in: "Hội Nông dân xã Tân Phú" -> "hoi nong dan xa"
    is written "Hội Nông dân xã" in its own commune's documents."""
    folded = fold(name)
    m = _PLACE_TAIL_RE.search(level_text(name))
    if m is None:
        return folded
    admin = m.group(0).split()[0]
    return folded[: m.start()] + " " + admin


def _aliases(org: str) -> list[str]:
    """Folded names of a registry organisation; [] for a body named only by the shape of its name."""
    try:
        return org_aliases(org)
    except KeyError:
        return []


def names_of(body: str) -> list[str]:
    """How documents write a body the question names: its registry aliases, else its name without place,
    and, for a unit named with its organisation ("Văn phòng Sở GDĐT", "Ban Chấp hành Hội LHPN huyện Kiến
    Xương", "Văn phòng Tỉnh hội Nông dân ..."), the unit as the organisation's own documents write it:
    with the organisation's head word ("van phong so", "ban chap hanh hoi", "van phong tinh hoi") and
    alone ("van phong", "ban chap hanh")."""
    aliases = _aliases(body)
    if aliases:
        return aliases
    out = [_body_core(body), *levelled_variants(body)]
    at, registered = _inner_body(body)
    if at is not None:
        head = fold(body[:at]).strip()
        out.append(f"{head} {fold(body[at:]).split()[0]}")
        bare = re.sub(rf"(?:\s+(?:{'|'.join(LEVEL_WORDS)}))+$", "", head)
        if registered and " " in bare:  # a registry organisation's own documents write its unit alone
            out.append(bare)
    return list(dict.fromkeys(out))


def bare_units(asked: list[str]) -> dict[str, list[str]]:
    """The units ``names_of`` names alone ("ban chap hanh" of "Ban Chấp hành Hội Nông dân xã Phú Thành"),
    each with the folded names of the organisation it belongs to (its registry aliases): the unit alone
    is that organisation's only in a document that names it; in a notice about another association's
    congress, "Ban Chấp hành khóa mới" is that association's."""
    out: dict[str, list[str]] = {}
    for body in asked:
        if _aliases(body):
            continue
        at, registered = _inner_body(body)
        if at is None or not registered:
            continue
        head = re.sub(rf"(?:\s+(?:{'|'.join(LEVEL_WORDS)}))+$", "", fold(body[:at]).strip())
        orgs = [m.org_id for m in registry().find_names(body, caps_only=False) if m.start == at]
        if " " in head and orgs:
            out.setdefault(head, []).extend(unlevelled(_aliases(orgs[0])))
    return out


def names_written_for(names: list[str], bare: dict[str, list[str]], folded_document: str) -> list[str]:
    """``names`` less the units named alone (``bare_units``) whose organisation ``folded_document`` (its
    text with its issuer) never names."""
    return [
        n
        for n in names
        if fold(n) not in bare
        or any(re.search(rf"\b{re.escape(o)}\b", folded_document) for o in bare[fold(n)])
    ]


def _inner_body(body: str) -> tuple[int | None, bool]:
    """Where the organisation a unit is named with starts inside the unit's name (a registry name, or a
    body by the shape of its name: "Sở" of "Văn phòng Sở GDĐT"), and whether the registry names it there;
    (None, False) for a name with none."""
    registered = [m.start for m in registry().find_names(body, caps_only=False) if m.start > 0]
    found = list(registered)
    folded = fold_chars(body)
    for m in re.finditer(r"(?<=\s)\w", body):
        if body[m.start()].isupper() and named_body_end(body, folded, m.start()) is not None:
            found.append(m.start())
            break
    if not found:
        return None, False
    return min(found), bool(registered)


_LEVEL_LEAD_RE = re.compile(rf"\s+(?:{'|'.join(LEVEL_WORDS)})\b")
_PROPER_RE = re.compile(r"\s+([A-ZĐÀ-Ỹ][^\s,.;:]*(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:]*)*)")


def registry_named(texts: list[str], asked: list[str], info: QueryInfo) -> bool:
    """Whether the registry finds one of the asked registry bodies in one of ``texts`` at the level the
    question names it (any level when it names none) and not with another place's name after it, as it
    found it in the question: with a level word inside the name ("tổ chức cơ sở đảng" is a "tổ chức đảng"
    at commune level), which an alias written whole (``names_of``) misses."""
    ids = {b for b in asked if _aliases(b)}
    if not ids:
        return False
    reg = registry()
    levels = {m.org_id: m.level for m in reg.find_names(info.question, caps_only=False) if m.org_id in ids}
    not_after = elsewhere(info)

    def fits(text: str, m) -> bool:
        asked_level = levels.get(m.org_id)
        if m.org_id not in ids or (asked_level is not None and m.level not in (None, asked_level)):
            return False
        tail = text[m.end : m.end + 80]
        if not_after and re.match(not_after, fold_chars(tail).lower()):
            return False  # "Ủy ban Kiểm tra Huyện ủy" is not the "Ủy ban Kiểm tra Đảng ủy xã" asked
        lead = _LEVEL_LEAD_RE.match(fold_chars(tail).lower())
        after = _PROPER_RE.match(tail, lead.end() if lead else 0)
        # a proper name right after ("Đoàn Thanh niên xã Bình Lợi") is a place: the question's, or another
        places = info.places
        return after is None or not places or any(fold(after.group(1)).startswith(p) for p in places)

    return any(fits(t, m) for t in texts for m in reg.find_names(t, caps_only=False))


def issued_by(doc: Document | None, actor: str | None, folded_question: str | None = None) -> bool:
    """Whether the registry organisation ``actor`` is the document's issuing body; with
    ``folded_question``, also at the level the question names ("Hội Nông dân xã ..." is not the
    district association issuing "Hội Nông dân huyện ..." documents)."""
    if doc is None or not actor or not doc.meta.issuer:
        return False
    if not _aliases(actor):
        return _leads(fold(doc.meta.issuer), fold(actor))
    if not any(m.org_id == actor for m in registry().find_names(doc.meta.issuer, caps_only=False)):
        return False
    if folded_question is None:
        return True
    level = _LEVEL_RE.search(level_text(doc.meta.issuer))
    asked = set(_LEVEL_RE.findall(level_text(folded_question)))
    return level is None or not asked or level.group(0) in asked


def titled_unissued(doc: Document | None, actor: str | None) -> bool:
    """Whether a document recording no issuer (a charter adopted by a congress: "Điều lệ / ĐOÀN THANH NIÊN
    CỘNG SẢN HỒ CHÍ MINH (Đại hội ... thông qua ...)") is about the registry organisation ``actor`` by its
    subject line: its clauses are that organisation's rules ("Không quá sáu tháng ... phải tổ chức đại hội")
    without naming it, as the clauses of a document it issues are its own (library3 dev l3-rw-07)."""
    if doc is None or not actor or doc.meta.issuer or not doc.meta.title:
        return False
    return any(m.org_id == actor for m in registry().find_names(doc.meta.title, caps_only=False))


# The organs that issue an organisation's documents in its name: "Nghị quyết ... của Đảng ủy xã X" is the
# Đảng bộ xã X's, "Ban Chấp hành / Ban Thường vụ Hội Nông dân xã X" the association's (folded).
_ORGAN_RE = re.compile(r"^(?:ban chap hanh|bch|ban thuong vu|btv|ban thuong truc|thuong truc)\s+")
_PARTY_ORG_RE = re.compile(r"^dang bo\b")


def without_organ(folded_name: str) -> str:
    """A body's folded name without the organ leading it ("ban thuong truc uy ban mttq huyen" -> "uy ban
    mttq huyen"): the organisation the organ acts for."""
    return _ORGAN_RE.sub("", folded_name)


def _leads(folded_issuer: str, folded_name: str) -> bool:
    """Whether an issuer is the body named by the shape of its name (no registry entry), or the organ
    leading it ("Đảng ủy xã Phú Thịnh" for "Đảng bộ xã Phú Thịnh"). A name ending at its level with no
    place ("Đảng bộ xã") is that level's body of the place the issuer names ("Đảng ủy xã Hòa Phong":
    newcomer trial 40 f5, the commune party committee's resolution abstained on for "Đảng bộ xã")."""
    issuer = _ORGAN_RE.sub("", folded_issuer)
    name = _ORGAN_RE.sub("", folded_name)
    names = {name, _PARTY_ORG_RE.sub("dang uy", name)}
    if issuer in names:
        return True
    if not _LEVEL_END_RE.search(name):
        return False
    return any(issuer.startswith(f"{n} ") and not _LEVEL_RE.search(issuer[len(n) :]) for n in names)


def units_only(asked: list[str]) -> list[str]:
    """The asked bodies without a parent organisation named inside a unit's name: "Văn phòng Tỉnh hội Nông
    dân Nghệ An" names the association only to say whose office, so the association's documents are not
    wholly the office's (it holds a clause of them). ``asked``: body names as written and registry ids."""
    names = [a for a in asked if not _aliases(a)]

    def parent(a: str) -> bool:
        for n in names:
            if n == a:
                continue
            if not _aliases(a):
                fa, fn = fold(a), fold(n)
                if fa in fn and not fn.startswith(fa):
                    return True
                continue
            # "Hội Nông dân" inside "Văn phòng Tỉnh hội Nông dân ...", "Tỉnh đoàn" inside "Ban Tuyên giáo Tỉnh
            # đoàn" (a registry board whose own name opens the unit's)
            found = registry().find_names(n, caps_only=False)
            if any(m.org_id == a and m.start > 0 for m in found) and not any(
                m.org_id == a and m.start == 0 for m in found
            ):
                return True
        return False

    return [a for a in asked if not parent(a)]


def parent_documents(info: QueryInfo, asked: list[str], docs: dict[str, Document]) -> set[str]:
    """The documents issued by the organisation a unit is named with (the asked bodies ``units_only``
    left out): there "Văn phòng Tỉnh hội" is the unit asked; another organisation's is a namesake. Empty
    when the question names no unit of an organisation."""
    parents = [b for b in [*info.subject_bodies, *info.subject_orgs] if b not in asked]
    if not parents:
        return set()
    return {d for d, doc in docs.items() if any(issued_by(doc, p) for p in parents)}


def unit_heads(asked: list[str]) -> list[str]:
    """The names of the asked units without the organisation they are named with, folded ("Thường trực
    Hội LHPN huyện" -> "thuong truc"): how the organisation's own documents name its unit. Only names of
    two words or more ("Ban Chấp hành", "Văn phòng"); [] for a body that is no unit of a registry
    organisation."""
    out = []
    for a in asked:
        found = registry().find_names(a, caps_only=False)
        if not found or found[0].start == 0:
            continue
        head = fold(a[: found[0].start]).strip(" ,.-")
        if len(head.split()) >= 2:
            out.append(head)
    return out


def organ_heads(asked: list[str]) -> list[str]:
    """The leading organ of the asked bodies, folded ("Ban Chấp hành Hội Cựu chiến binh xã" -> "ban chap
    hanh"): how the documents about that organisation name it alone ("số lượng Ban Chấp hành khóa mới
    ...")."""
    out = []
    for a in asked:
        m = _ORGAN_RE.match(fold(a))
        if m and len(m.group(0).split()) >= 2:
            out.append(m.group(0).strip())
    return list(dict.fromkeys(out))


def unit_named(texts: list[str], heads: list[str]) -> bool:
    """Does a text name a unit by its own name (``unit_heads``), not followed by another organisation's
    name ("Thường trực Huyện ủy" is not the association's "Thường trực")?"""
    for text in texts:
        folded = fold_chars(text).lower()  # same offsets as the text
        for head in heads:
            for m in re.finditer(rf"\b{re.escape(head)}\b", folded):
                after = text[m.end() : m.end() + 60]
                if not any(x.start <= 1 for x in registry().find_names(after, caps_only=False)):
                    return True
    return False


def unlevelled(names: list[str]) -> list[str]:
    """Names without a trailing level word ("hoi nong dan xa" -> "hoi nong dan"), for ``elsewhere``; a
    name of one word and its level stays whole ("doan xa": "Đoàn" alone names too much)."""
    out = []
    for n in names:
        bare = re.sub(rf"\s+(?:{'|'.join(LEVEL_WORDS)})$", "", fold(n))
        out.append(bare if " " in bare else fold(n))
    return out


def acts_here(ob: Obligation, body: str, not_after: str) -> bool:
    """Is the duty's party named ``body`` the one asked about, not a namesake at another level or place
    (``elsewhere``)? A duty that names the body nowhere (its issuer's own task) counts."""
    parties = [" ; ".join(ob.lead + ob.coordinators + ob.responsible)]
    names = unlevelled(names_of(body))
    # a name that writes its level ("Tỉnh đoàn", "Đoàn xã") names the body at that level only
    here = [n for n in names if not _at_other_level(n, not_after)]
    return names_any(parties, here, not_after) or not names_any(parties, names)


def collective_here(ob: Obligation, info: QueryInfo) -> bool:
    """Is a duty shared by a collective ("Ủy ban MTTQ xã và các đoàn thể chính trị - xã hội ...") one of
    the body asked at the level the question names? A collective whose parties write levels, none of them
    asked, is the collective of another level: the commune's mass organisations are not the district
    Women's Union asked (trial 28 n01). One writing no level counts."""
    if ob.org_match != "collective":
        return True
    asked = set(_LEVEL_RE.findall(level_text(info.question)))
    written = set(_LEVEL_RE.findall(level_text(" ; ".join(ob.lead + ob.coordinators + ob.responsible))))
    return not asked or not written or bool(asked & written)


_LEVEL_END_RE = re.compile(rf"\s(?:{'|'.join(LEVEL_WORDS)})$")


def _at_other_level(name: str, not_after: str) -> bool:
    """Does the folded name end, read in a letterhead's order ("tinh doan" -> "doan tinh",
    ``phrases.formal_order``), in a level word ``not_after`` rules out?"""
    end = _LEVEL_END_RE.search(formal_order(fold(name)))
    return bool(end and not_after and re.match(not_after, end.group(0)))


# The registry's level of a body's units below a commune (a village's chi đoàn, chi hội, chi bộ).
SUB_UNIT_LEVEL = "chi"


def asks_sub_unit(info: QueryInfo, body: str) -> bool:
    """Whether the question names the registry body as its unit below a commune ("Chi hội nông dân ...")."""
    found = registry().find_names(info.question, caps_only=False)
    return any(m.org_id == body and m.level == SUB_UNIT_LEVEL for m in found)


def other_unit_duty(ob: Obligation, body: str, info: QueryInfo) -> bool:
    """Is the duty's party the asked registry body only as one of its units below a commune ("Các chi
    đoàn báo cáo ..." for "Đoàn Thanh niên xã ...") while the question asks about the body, or only at a
    level above such a unit ("Ban Thường vụ Hội Nông dân xã") while the question asks about the unit
    ("chi hội nông dân")? A unit below a commune is a body of its own: its tasks and times are not the
    commune body's, nor the other way round."""
    reg = registry()
    asks_unit = asks_sub_unit(info, body)
    levels = [
        m.level
        for name in (*ob.lead, *ob.coordinators, *ob.responsible)
        for m in reg.find_names(name)
        if m.org_id == body
    ]
    if asks_unit:
        return bool(levels) and all(lv not in (None, SUB_UNIT_LEVEL) for lv in levels)
    return bool(levels) and all(lv == SUB_UNIT_LEVEL for lv in levels)


def only_recipient(ob: Obligation, body: str) -> bool:
    """Is ``body`` (a name as asked, or a registry id) named in the duty only as whom it sends to ("Báo cáo
    kết quả ... về Ban Thường trực Ủy ban MTTQ xã" led by "Ban Công tác Mặt trận các ấp")? Its parties
    (lead, coordinators, responsible) name other bodies, and the body follows a sending word
    (``receivers.recipients``): the duty and its time are the senders', not the recipient's (trial 24
    f1)."""
    parties = [*ob.lead, *ob.coordinators, *ob.responsible]
    if not parties:
        return False
    names = [n for n in names_of(body) if n]
    written = fold(" ; ".join(parties))
    if any(fold(n) in written for n in names):
        return False
    ids = {m.org_id for n in names for m in registry().find_names(n, caps_only=False)} | {body}
    if ids & recipients(ob.text):
        return True
    # a body outside the registry's names ("Ban Thường trực Ủy ban MTTQ xã"): its name's first words
    # right after a sending word
    text = fold(ob.text)
    heads = {" ".join(n.split()[:3]) for n in map(fold, names) if len(n.split()) >= 3}
    return any(re.search(rf"\b(?:{SENDING_WORDS})\s+{re.escape(head)}\b", text) for head in heads)


def at_asked_levels(names: list[str], info: QueryInfo) -> list[str]:
    """The names without those that write another level than the question names ("ủy ban kiểm tra huyện
    ủy", a registry alias, is not the "Ủy ban Kiểm tra Đảng ủy xã" asked); all of them when it names no
    level, or when none would be left."""
    asked = set(_LEVEL_RE.findall(level_text(info.question)))
    if not asked:
        return names
    kept = [n for n in names if set(_LEVEL_RE.findall(level_text(n))) <= asked]
    return kept or names


def asked_owners(info: QueryInfo) -> list[str]:
    """The owners (folded) the question writes right after a registry body's generic name: "dang uy" of
    "Ban Tuyên giáo Đảng ủy", "Văn phòng Đảng ủy" (a body by the shape of its name that goes on past the
    registry's name); a level or a place the question names after it ("Hội Nông dân xã Tân Phú") is no
    owner."""
    out = []
    for body in info.bodies:
        for m in registry().find_names(body, caps_only=False):
            rest = body[m.end :].strip()
            owner = fold(rest)
            if m.start == 0 and owner and not _LEVEL_RE.match(level_text(rest)):
                if not any(owner.startswith(p) for p in info.places):
                    out.append(owner)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _owner_alternation() -> str:
    """Every registry organisation's folded aliases as one alternation, longest first: the owners a
    department's generic name may be written with ("Ban Tuyên giáo" + "Đoàn xã")."""
    reg = registry()
    names = {a for org in reg.orgs for a in _aliases(org) if len(a) > 2}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def elsewhere(info: QueryInfo) -> str:
    """What may not follow a body's name for it to be the body asked about (a regular expression over
    folded text): a level the question does not name ("Hội Nông dân tỉnh" for "Hội Nông dân xã"), or the
    asked level with another place than the question's ("xã Thạch Long" for "xã Thạch Đài"). "" when the
    question names no level."""
    alts = []
    owners = asked_owners(info)
    if owners:
        # "Ban Tuyên giáo Đảng ủy" asked: "Ban Tuyên giáo Đoàn xã" is another owner's (trial 41 q32)
        alts.append(rf"\s+(?!(?:{'|'.join(re.escape(o) for o in owners)})\b)(?:{_owner_alternation()})\b")
    asked = set(_LEVEL_RE.findall(level_text(info.question)))
    if not asked:
        return "|".join(alts)
    other = [lv for lv in LEVEL_WORDS if lv not in asked]
    # "Ủy ban MTTQ các xã", "Hội Cựu chiến binh cấp xã" are at commune level as much as "Ủy ban MTTQ xã"
    if other:
        alts.append(rf"\s+(?:(?:cac|nhung|cap)\s+)?(?:{'|'.join(other)})\b")
    if info.places:
        places = "|".join(re.escape(p) for p in info.places)
        alts.append(rf"\s+(?:{'|'.join(sorted(asked))})\s+(?!(?:{places})\b)(?!cac\b|va\b)[a-z]")
    return "|".join(alts)


def place_docs(info: QueryInfo, corpus: Corpus, hits: list[Hit] | None = None) -> set[str] | None:
    """The documents that mention every place the question names ("xã Phúc Thịnh") and write every day
    it names ("cuộc họp ngày 05/6/2025", in figures or in words); None when it names none. A place scopes
    the answer: another commune's duties and figures are not this one's; a day names the meeting or the
    event asked about: another document's "Hội nghị ..." is not it. A day no document writes scopes
    nothing (the question may be wrong about it; the abstention checks see that).

    Of those, the documents whose issuer carries a place the question names (``prefer.named_place_docs``:
    "Ở Hà Nội, ..." -> "Ban Tổ chức Thành ủy Hà Nội") when any of them is among ``hits``: a central
    document signed "Hà Nội, ngày ..." or a province's guide listing the commune mentions the place
    without being its own; the place's own document details the rule for it, as retrieval prefers it."""
    found = [set(corpus.docs_mentioning(p)) for p in info.places]
    for key in dict.fromkeys(k for t in info.folded.split() for k in day_keys(t.strip("?,.;:!()"))[:1]):
        dated = set(corpus.docs_writing_day(key))
        if dated:
            found.append(dated)
    mentioning = set.intersection(*found) if found else None
    issued = named_place_docs(corpus, info) if hits else set()
    if mentioning is not None:
        issued &= mentioning
    hit_docs = {h.chunk.doc_id for h in hits or []}
    if issued & hit_docs and not hit_docs <= issued:
        # (a scope holding every retrieved document narrows nothing: two provincial bodies' plans of the
        # place asked are told apart by the body, not by the place; tests/test_units_of_organisations.py)
        # a retrieved passage that writes the place in its text (not only in a "Hà Nội, ngày ..." line) is
        # about it as well: a district's notice on the commune's drill ("... tại xã Tân Lập") is no less
        # the place's than the commune union's own plan (trial 37 d03, d10)
        places = asked_places(corpus, info)
        writing = {h.chunk.doc_id for h in hits or [] if _writes_place(h.chunk.text, places)}
        return issued | (writing & mentioning if mentioning is not None else writing)
    return mentioning


def _writes_place(text: str, places: set[str]) -> bool:
    """Whether a passage writes one of the (folded) places other than as the place of a date line ("Hà Nội,
    ngày 26 tháng 5 năm 2025")."""
    folded = fold(text)
    return any(re.search(rf"\b{re.escape(p)}\b(?!\s*,?\s*ngay\b)", folded) for p in places)
