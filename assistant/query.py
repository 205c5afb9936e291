"""Query understanding: what a question says, in the terms the index was built with.

Every Vietnamese rule comes from ``assistant.text`` (normalize, fold, expand_abbreviations,
find_doc_numbers, is_accentless, detect_language), and lexical terms are produced by the index's own
``LexicalQuery.from_texts``, so a question and the chunks it should match are tokenised identically.

What it recognises:
- abbreviations (``data/abbreviations.json``) and organisations: every alias, abbreviation and English name
  (HLHPN, Hội LHPN, Women's Union -> Hội Liên hiệp Phụ nữ) through the shared ``OrgRegistry``
  (``assistant.obligations.orgs.default_registry``), so questions and documents name bodies alike;
- questions typed without diacritics: the folded FTS column is the main mechanism; pyvi's ``add_accents``
  restores a best guess for the dense side (it is often wrong on rare words, hence a lower weight);
- English questions: the multilingual model embeds them as they are, and ``data/glossary_en.json`` plus
  organisations' English names add Vietnamese terms for the lexical side;
- document numbers written fully ("62-KL/TW") or loosely ("KL 62", "kết luận số 62", "TB 160").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from assistant import text as vt
from assistant.index.lexical import LexicalQuery, number_tokens, partial_number_tokens
from assistant.obligations.orgs import Org, default_registry

# Abbreviations (from data/abbreviations.json) that name document types; used for "KL 62"-style numbers.
_DOC_TYPE_CODES = ("TBKL", "KL", "NQ", "TB", "CT", "QĐ", "HD", "KH", "CV", "CTr")
# "Thông báo kết luận 160" is numbered "160-TB/TW": the code that appears in the number.
_CODE_IN_NUMBER = {"TBKL": "TB"}


@dataclass
class DocNumberRef:
    """A document the question names by number: fully ("62-KL/TW") or loosely ("KL 62")."""

    text: str
    digits: str
    code: str | None = None  # "KL", "TB" ... as it appears in numbers
    number: str | None = None  # canonical, when written in full
    # "sơ kết 5 năm thực hiện Kết luận 62", "triển khai TB 160": the question is about documents that
    # carry this one out, not about its own text (see ``_implemented_role``).
    implemented: bool = False

    def tokens(self) -> list[str]:
        return number_tokens(self.number) if self.number else partial_number_tokens(self.digits, self.code)


@dataclass
class DocDescription:
    """A document the question names by type and issuer or period, not by number ("Kế hoạch của Tỉnh
    ủy", "kết luận giai đoạn 2021-2025"); all fields folded."""

    kind: str  # "ke hoach", "ket luan", ...
    issuer: str | None = None  # "tinh uy", "ban thuong vu tinh uy"
    period: str | None = None  # "2021-2025" or a year


@dataclass
class QueryInfo:
    """Everything retrieval needs to know about a question."""

    question: str
    normalized: str
    folded: str
    language: str  # "vi" | "en"
    accentless: bool
    restored: str | None = None  # pyvi's accent restoration of an accent-less question
    expansions: list[str] = field(default_factory=list)  # abbreviation expansions
    expanded: str = ""  # folded, each abbreviation replaced by its expansion ("kh tb 160" -> "ke hoach ...")
    english_terms: list[str] = field(default_factory=list)  # Vietnamese terms for English words
    doc_numbers: list[DocNumberRef] = field(default_factory=list)
    doc_descriptions: list[DocDescription] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)  # organisation ids named
    # The organisations the question is about as actors ("Hội phụ nữ phải làm gì ..."), not those it names
    # as a topic ("... về công tác Mặt trận"), an issuer ("Kết luận của Ban Thường vụ") or an answer it
    # asks for ("cơ quan nào chủ trì ..."); retrieval prefers their sections (see ``subject_orgs``).
    subject_orgs: list[str] = field(default_factory=list)
    org_terms: list[str] = field(default_factory=list)  # Vietnamese names added for those organisations
    intent: str | None = None  # the kind of fact asked for (see ``detect_intent``)
    asked_action: str | None = None  # folded action a "when" question asks about ("tong ket")

    def dense_texts(self) -> list[tuple[str, float]]:
        """(text to embed, fusion weight): the question itself, plus the restored text when accent-less."""
        if self.restored and vt.normalize(self.restored) != self.normalized:
            # e5 places accent-less Vietnamese far from the real text; pyvi's guess, even with a few
            # wrong tones, lands much closer (measured on the sample corpus), so it leads.
            return [(self.question, 0.6), (self.restored, 1.0)]
        return [(self.question, 1.0)]

    def lexical_query(self) -> LexicalQuery:
        """FTS terms: question (unless English), expansions, organisation names, glossary terms, numbers."""
        extra = self.expansions + self.org_terms + self.english_terms
        texts = extra if self.language == "en" else [self.question, *extra]
        q = LexicalQuery.from_texts(texts)
        if self.accentless and self.restored:
            # The folded column carries the match; restored diacritic terms only help when pyvi is right.
            q.vi = list(dict.fromkeys(LexicalQuery.from_texts([self.restored, *extra]).vi))
            q.weights = (0.5, 1.0, 3.0)
        elif self.language == "en":
            q.weights = (1.0, 0.5, 3.0)
        else:
            q.weights = (1.0, 0.3, 3.0)
        q.nums = list(dict.fromkeys(t for ref in self.doc_numbers for t in ref.tokens()))
        return q


# ----------------------------------------------------------------------------------------- data


def _load(name: str) -> dict:
    with resources.files("assistant.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


def _boundary_re(phrases: list[str]) -> re.Pattern[str] | None:
    """One alternation over folded phrases, longest first, matching whole words only."""
    phrases = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


def org_aliases(org_id: str) -> list[str]:
    """Folded names of one organisation, longer than three letters (for heading matches in retrieval and
    alternative phrasings in answers), from the registry."""
    folded = (vt.fold(name) for name in default_registry().names(org_id))
    return [alias for alias in dict.fromkeys(folded) if len(alias) > 3]


@lru_cache(maxsize=256)
def org_pattern(org_id: str) -> re.Pattern[str] | None:
    """Whole-word matcher for an organisation's folded names, for use on folded text."""
    return _boundary_re(org_aliases(org_id))


def _search_names(org: Org, limit: int = 4) -> list[str]:
    """Vietnamese names worth adding to a lexical query: full words only, no bare abbreviations."""
    out = [org.name]
    for alias in org.aliases:
        words = alias.split()
        if len(words) >= 2 and not any(len(w) > 1 and w.isupper() for w in words):
            out.append(alias)
    return list(dict.fromkeys(out))[:limit]


@lru_cache(maxsize=1)
def _glossary() -> tuple[re.Pattern[str] | None, dict[str, list[str]]]:
    table = {vt.fold(k): v for k, v in _load("glossary_en.json")["terms"].items()}
    return _boundary_re(list(table)), table


def glossary_terms(english: str) -> list[str]:
    """Vietnamese terms the English glossary gives for a word or phrase ("members" -> đoàn viên, hội viên)."""
    _, table = _glossary()
    return list(table.get(vt.fold(english), []))


@lru_cache(maxsize=1)
def _doc_type_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """Folded doc-type words and codes ("ket luan", "kl", "conclusion") -> the code used in numbers."""
    abbr = vt.abbreviations()
    words: dict[str, str] = {}
    for code in _DOC_TYPE_CODES:
        in_number = _CODE_IN_NUMBER.get(code, code)
        words.setdefault(vt.fold(code), in_number)
        for expansion in abbr.get(vt.fold(code), []):
            words.setdefault(vt.fold(expansion), in_number)
    # English document types through the glossary ("conclusion" -> "kết luận" -> KL).
    _, gloss = _glossary()
    for en, vis in gloss.items():
        for vi in vis:
            if vt.fold(vi) in words and " " not in en:
                words.setdefault(en, words[vt.fold(vi)])
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)({alt})\s*(?:so|number|no\.?)?\s*(\d{{1,5}})(?![\w/-])")
    return pattern, words


# ----------------------------------------------------------------------------------------- analysis


@lru_cache(maxsize=1024)
def _restore_accents(question: str) -> str | None:
    """pyvi's accent restoration (bundled CRF model, works offline); None if pyvi is unavailable."""
    try:
        from pyvi import ViUtils
    except ImportError:
        return None
    try:
        return vt.nfc(ViUtils.add_accents(question))
    except Exception:  # pyvi is a best-effort helper; the folded column still matches
        return None


def find_doc_refs(question: str) -> list[DocNumberRef]:
    """Document numbers a question names, full ones first, then "KL 62"-style mentions."""
    refs: list[DocNumberRef] = []
    spans: list[tuple[int, int]] = []
    for number, start, end in vt.find_doc_numbers(question):
        digits = re.match(r"\d+", number)
        code = re.match(r"\d+(?:/\d{4})?[-/]([^\W\d_]+)", number)
        refs.append(
            DocNumberRef(
                number,
                str(int(digits.group(0))) if digits else number,
                code.group(1) if code else None,
                number,
            )
        )
        spans.append((start, end))
    pattern, words = _doc_type_words()
    folded = vt.fold(question)
    for m in pattern.finditer(folded):
        digits = str(int(m.group(2)))
        if any(r.digits == digits for r in refs):
            continue
        refs.append(DocNumberRef(m.group(0), digits, words[m.group(1)]))
    return refs


def analyze(question: str) -> QueryInfo:
    """Normalise a question and work out its language, terms, organisations and document numbers."""
    question = vt.clean_spaces(vt.nfc(question))
    normalized = vt.normalize(question)
    folded = vt.fold(question)
    language = vt.detect_language(question)
    accentless = language == "vi" and vt.is_accentless(question)
    info = QueryInfo(question, normalized, folded, language, accentless)
    if accentless:
        info.restored = _restore_accents(question)

    _, expansions = vt.expand_abbreviations(question)
    info.expansions = list(dict.fromkeys(expansions))
    info.expanded = expanded_folded(question)

    # Bodies named by their own names (a collective phrase adds only the members it names), any case and
    # with or without diacritics: questions are typed loosely, so abbreviations need no capitals here,
    # except two-letter ones (the registry's rule), hence the cased form.
    registry = default_registry()
    cased = vt.normalize_cased(question)
    mentions = registry.find_names(cased, caps_only=False, english=True)
    for mention in mentions:
        if mention.org_id not in info.orgs:
            info.orgs.append(mention.org_id)
            info.org_terms.extend(_search_names(registry.orgs[mention.org_id]))
    info.org_terms = list(dict.fromkeys(info.org_terms))

    if language == "en":
        gloss_re, gloss = _glossary()
        if gloss_re is not None:
            for m in gloss_re.finditer(folded):
                info.english_terms.extend(gloss[m.group(1)])
        info.english_terms = list(dict.fromkeys(info.english_terms))

    info.doc_numbers = find_doc_refs(question)
    for ref in info.doc_numbers:
        ref.implemented = _implemented_role(folded, ref)
    info.doc_descriptions = find_doc_descriptions(question)
    info.intent = detect_intent(question, info.orgs)
    info.subject_orgs = subject_orgs(cased, mentions, info.intent)
    info.asked_action = asked_action(question)
    return info


# "Khi nào tổng kết ...?", "thời hạn tổng kết ...", "Còn tổng kết thì vào lúc nào?": the action whose time
# is asked, two syllables, folded. Directives give several deadlines in one place; this picks the one.
_ACTION_AFTER_RE = re.compile(
    r"\b(?:khi nao|bao gio|thoi han|han chot)\s+(?:(?:la|cua|de|phai|se|can|duoc|co|viec|thi)\s+)*"
    r"([a-z]+ [a-z]+)"
)
_ACTION_BEFORE_RE = re.compile(
    r"\b([a-z]+ [a-z]+)\s+(?:thi\s+)?(?:vao\s+)?(?:luc nao|khi nao|bao gio|thoi diem nao|thoi gian nao)\b"
)
_NOT_ACTIONS = {"con", "va", "thi", "la", "se", "phai", "can", "duoc", "co", "de", "viec"}


def asked_action(question: str) -> str | None:
    """The action a "when" question asks the time of, folded: "Khi nào tổng kết ...?" -> "tong ket"."""
    folded = vt.fold(question)
    for rx in (_ACTION_AFTER_RE, _ACTION_BEFORE_RE):
        m = rx.search(folded)
        if m and not set(m.group(1).split()) & _NOT_ACTIONS:
            return m.group(1)
    return None


_DESCRIBED_TYPE_RE = re.compile(
    r"\b(thong bao ket luan|ket luan|nghi quyet|ke hoach|chi thi|thong bao|quyet dinh|huong dan|"
    r"chuong trinh)\b(?!\s*(?:so\s*)?\d)"
)
_ISSUER_AFTER_RE = re.compile(
    r"\s*cua\s+((?:(?!\b(?:ve|giai doan|nhiem ky|nam|thuc hien|trien khai|cung|va|"
    r"yeu cau|giao|co|la|da|duoc|de|ban hanh|ky)\b)[a-z ])+)"
)
_PERIOD_RE = re.compile(r"\b(?:giai doan|nhiem ky|nam)\s+(\d{4})(?:\s*-\s*(\d{4}))?")
_ABBREVIATED_RE = re.compile(r"\S+ \(([^)]*)\)")
_EN_DESCRIBED_RE = re.compile(
    r"\b(?:(?P<y1>\d{4})(?:\s*-\s*(?P<y2>\d{4}))?\s+(?P<kind>conclusion|resolution|plan|notice|directive)|"
    r"(?P<kind2>conclusion|resolution|plan|notice|directive)\s+(?:for|of)\s+(?:the\s+)?(?:period\s+|term\s+)?"
    r"(?P<y3>\d{4})(?:\s*-\s*(?P<y4>\d{4}))?)\b"
)
_BARE_PERIOD_RE = re.compile(r"\b(?:giai doan|nhiem ky|period|term)\s+(\d{4})\s*-\s*(\d{4})\b")


def expanded_folded(question: str) -> str:
    """The folded question with each abbreviation replaced by its expansion ("KH thực hiện TB 160" ->
    "ke hoach thuc hien thong bao 160"), for patterns written in full words."""
    return _ABBREVIATED_RE.sub(r"\1", vt.fold(vt.expand_abbreviations(question)[0]))


def find_doc_descriptions(question: str) -> list[DocDescription]:
    """Documents named by type plus issuer ("của Tỉnh ủy") or period ("giai đoạn 2021-2025"), no number.

    A bare type ("kết luận về công tác Mặt trận") is not a description: several documents share it.
    """
    expanded = expanded_folded(question)
    found = list(_DESCRIBED_TYPE_RE.finditer(expanded))
    out: list[DocDescription] = []
    for m in _EN_DESCRIBED_RE.finditer(expanded):  # "the 2021-2025 conclusion", "conclusion for 2021-2025"
        kinds = glossary_terms(m.group("kind") or m.group("kind2"))
        period = "-".join(g for g in (m.group("y1") or m.group("y3"), m.group("y2") or m.group("y4")) if g)
        if kinds and period:
            out.append(DocDescription(vt.fold(kinds[0]), None, period))
    if not found and not out:
        # "trong giai đoạn 2021-2025", "nhiệm kỳ 2021-2025": a multi-year period names the document
        # written for it even without its type.
        period = _BARE_PERIOD_RE.search(expanded)
        if period:
            out.append(DocDescription("", None, f"{period.group(1)}-{period.group(2)}"))
    for i, m in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(expanded)
        after = expanded[m.end() : min(stop, m.end() + 90)]
        issuer = _ISSUER_AFTER_RE.match(after)
        period = _PERIOD_RE.search(after)
        if not issuer and not period:
            continue
        out.append(
            DocDescription(
                m.group(1),
                issuer.group(1).strip() if issuer else None,
                "-".join(g for g in period.groups() if g) if period else None,
            )
        )
    return out


# "sơ kết 5 năm thực hiện", "tổng kết việc thực hiện", "sau 10 năm thực hiện", "triển khai", "quán triệt"
# right before a document:
# the passages sought are in the documents reviewing or carrying it out, which cite it.
_IMPLEMENTED_BEFORE_RE = re.compile(
    r"\b(?:(?:so ket|tong ket)(?:\s+\d+\s+nam)?(?:\s+\(?[\d -]+\)?)?(?:\s+viec)?\s+thuc hien|"
    r"\d+\s+nam\s+thuc hien|trien khai|quan triet)\s+$"
)


def _implemented_role(folded_question: str, ref: DocNumberRef) -> bool:
    """Is the document named as what other documents carry out or review (``DocNumberRef.implemented``)?"""
    needle = vt.fold(ref.text)
    pos = folded_question.find(needle)
    if pos < 0:
        return False
    return bool(_IMPLEMENTED_BEFORE_RE.search(folded_question[max(0, pos - 60) : pos]))


# Words right before an organisation's name that make it the topic, beneficiary or issuer of what the
# question asks about rather than its actor: "về công tác Mặt trận", "kết luận của Ban Thường vụ",
# "phối hợp với MTTQ", "để MTTQ tham gia", "the role of ...".
_OBJECT_MARKER_RE = re.compile(
    r"(?:\b(?:ve|cong tac|lien quan den|lien quan toi|doi voi|voi|cho|giua|de|den|toi|giup|ho tro|"
    r"tai|for|with|about|to|on|by|from|between)\s+(?:the\s+|cac\s+|cua\s+)?)$"
)
# "của" / "of" marks the issuer after a document ("Kết luận của Ban Thường vụ", "Notice 160 of the
# Politburo") but the owner of a duty otherwise ("nhiệm vụ của Hội phụ nữ", "the duties of the Union").
_ISSUER_OF_RE = re.compile(
    r"\b(?:ket luan|nghi quyet|thong bao|ke hoach|chi thi|quyet dinh|huong dan|chuong trinh|van ban|"
    r"cong van|bao cao|sao luc|kl|tb|tbkl|kh|nq|ct|conclusion|resolution|notice|plan|directive|document)"
    r"(?:\s+(?:so\s+)?[\w/.-]*\d[\w/.-]*)?(?:\s+(?:nam|giai doan)\s+[\d -]+)?\s+(?:cua|of)\s+(?:the\s+)?$"
)
_JOINER_RE = re.compile(r"\s*(?:,|,?\s*(?:va|hoac|cung|and|or))\s*")
# The question asks for a body ("cơ quan nào chủ trì", "ai ký") or a fact about a document: any body it
# names is context, not the one whose sections hold the answer.
_NO_SUBJECT_INTENTS = {"lead", "signer", "date", "number", "issuer", "documents"}
_WH_SUBJECT_RE = re.compile(
    r"^(ai|co quan nao|don vi nao|to chuc nao|ban nao|who|which|what (body|agency))\b"
)


def subject_orgs(cased_question: str, mentions: list, intent: str | None) -> list[str]:
    """Organisation ids the question asks about as actors.

    A cadre asks "Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy về công tác Mặt trận?":
    three bodies are named, one is the actor. The other two are marked by the word before them (của, về,
    với, để, of, for ...); a body joined by "và" / "," shares the role of the one before it. Questions that
    ask for a body or a document fact have no actor of their own.
    """
    if intent in _NO_SUBJECT_INTENTS:
        return []
    folded = vt.fold(cased_question)
    if _WH_SUBJECT_RE.search(folded.lstrip(" ,.")):
        return []
    out: list[str] = []
    previous_is_subject: bool | None = None
    previous_end = -1
    for m in mentions:
        before = vt.fold(cased_question[max(0, m.start - 30) : m.start]).rstrip() + " "
        gap = vt.fold(cased_question[previous_end : m.start]) if previous_end >= 0 else ""
        if previous_is_subject is not None and _JOINER_RE.fullmatch(gap):
            is_subject = previous_is_subject
        else:
            is_subject = not (_OBJECT_MARKER_RE.search(before) or _ISSUER_OF_RE.search(before))
        if is_subject and m.org_id not in out:
            out.append(m.org_id)
        previous_is_subject, previous_end = is_subject, m.end
    return out


# Folded-question patterns for each kind of fact (order matters: the first match wins).
_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    # "gửi danh sách trước ngày nào?" asks for a deadline, not for the day the document was issued.
    ("deadline", re.compile(r"\b(truoc|den|cham nhat|xong|hoan thanh|han) (ngay|thang|nam|quy) nao\b")),
    (
        "documents",
        re.compile(r"\b(nhung van ban nao|van ban nao|cac van ban nao|which documents|what documents)\b"),
    ),
    (
        "signer",
        re.compile(r"\b(ai ky|nguoi ky|ky ban hanh|do ai ky|ky boi|who signed|signer|signed by|signatory)\b"),
    ),
    (
        "date",
        re.compile(
            r"\b(ngay nao|ngay bao nhieu|ngay thang|ngay ban hanh|ban hanh (khi nao|bao gio|luc nao|ngay)|"
            r"(khi nao|bao gio) .*ban hanh|when was .* (issued|signed|adopted|dated)|what date|issued on|"
            r"date of)\b"
        ),
    ),
    (
        "number",
        re.compile(r"\b(so hieu|so may|so van ban|so bao nhieu cua van ban|what number|document number)\b"),
    ),
    ("issuer", re.compile(r"\b(co quan nao ban hanh|ai ban hanh|who issued|issued by|issuing body)\b")),
    (
        "deadline",
        re.compile(
            r"\b(thoi han|han chot|khi nao|bao gio|den khi nao|luc nao|thoi diem nao|xong trong|xong truoc|"
            r"deadline|by when|when must|due)\b"
        ),
    ),
    (
        "lead",
        re.compile(
            r"\b(chu tri|ai chiu trach nhiem|co quan nao|don vi nao|giao cho ai|ai phu trach|ai theo doi|"
            r"who leads|who is responsible|in charge|which (body|agency|organi[sz]ation|board)|"
            r"who (monitors|coordinates))\b"
        ),
    ),
    (
        "org_duty",
        re.compile(
            r"\b(phai lam gi|lam gi|nhiem vu|trach nhiem|nhung viec|what must|what should|"
            r"what are .* (duties|tasks)|duties|tasks|responsibilit(y|ies)|role of)\b"
        ),
    ),
]


def detect_intent(question: str, orgs: list[str] | None = None) -> str | None:
    """The kind of fact a question asks for, or None for an open question (the answer layer leads with
    that fact; retrieval prefers passages that can state it).

    "org_duty" needs an organisation named in the question ("Hội phụ nữ phải làm gì?").
    """
    q = vt.fold(question)
    for kind, pattern in _INTENTS:
        if pattern.search(q):
            if kind == "org_duty" and not orgs:
                continue
            return kind
    return None
