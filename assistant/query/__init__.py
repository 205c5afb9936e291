"""Query understanding: a question is analysed once into a ``QueryInfo`` that every later layer reads.

Every Vietnamese rule comes from ``assistant.text`` (normalize, fold, expand_abbreviations,
find_doc_numbers, is_accentless, detect_language), word lists from ``assistant.lexicon`` (organisations,
glossary, document types), and lexical terms from the index's own ``LexicalQuery.from_texts``, so a
question and the chunks it should match are tokenised identically.

- ``docrefs``: documents named by number or description, and whether they are carried out by others;
- ``intents``: the one table of question kinds (recognition, retrieval preference, answer, evidence,
  abstention check);
- ``actions``: the action a "when" question asks about and its object, the work a question names;
- ``amounts``: the amount, count and qualifier a question asks for (an abstention check);
- ``subjects``: the bodies a question asks about as actors, the post holder (an abstention check), the
  places, procedure and event it names;
- ``english``: an English question's question words, untranslated words, Vietnamese runs, event and names;
- ``named_bodies``: bodies named by the shape of their names, outside the registry;
- ``context``: the analysis re-read with a follow-up's carried document, an organisation filter or a signer.

Questions typed without diacritics are matched by the folded FTS column; pyvi's ``add_accents`` restores
a best guess for the dense side, whose phrases the lexicon writes get the lexicon's diacritics
(``lexicon.words.accented_phrases``, ``text.reaccent``: the same Vietnamese the glossary gives English).
English questions are embedded as they are, and the glossary plus organisations' English names add
Vietnamese terms for the lexical side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant import text as vt
from assistant.index.lexical import LexicalQuery
from assistant.lexicon.months import asked_months
from assistant.lexicon.phrases import question_paraphrases
from assistant.lexicon.words import (
    accented_phrases,
    glossary,
    glossary_terms,
    org_aliases,
    org_pattern,
    registry,
    search_names,
)
from assistant.query.actions import (
    asked_action,
    asked_action_object,
    asked_object,
    glossed_action_object,
    led_action,
    subject_work,
)
from assistant.query.amounts import amount_unit
from assistant.query.docrefs import (
    DocDescription,
    DocNumberRef,
    description_words,
    expanded_folded,
    find_doc_descriptions,
    find_doc_refs,
    implemented_role,
    reference_words,
    titled_spans,
)
from assistant.query.english import (
    ASKED_KINDS,
    CONTACT_ASK_WORDS,
    EN_NOUN_ENDINGS,
    TIME_ASK_WORDS,
    WH_WORDS,
    WHICH_BEFORE_RE,
    english_event,
    english_names,
    unglossed_words,
    vietnamese_names,
    vietnamese_runs,
)
from assistant.query.intents import (
    INTENTS,
    Intent,
    asks_contact_person,
    detect_intent,
    post_asked,
    spec,
    subordinate_when,
)
from assistant.query.named_bodies import Mention, body_sends, in_number, shaped_bodies
from assistant.query.subjects import (
    asks_person,
    classified_event,
    event_subject,
    named_places,
    procedure_topic,
    subject_orgs,
)

__all__ = [
    "INTENTS",
    "DocDescription",
    "DocNumberRef",
    "Intent",
    "QueryInfo",
    "analyze",
    "asked_action",
    "asked_object",
    "detect_intent",
    "expanded_folded",
    "find_doc_descriptions",
    "find_doc_refs",
    "glossary_terms",
    "org_aliases",
    "org_pattern",
    "spec",
    "subject_orgs",
]


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
    paraphrases: list[str] = field(default_factory=list)  # directive wording of everyday words ("kinh phí")
    # folded words written only inside the document descriptions and the references to numbered documents
    # with what describes them (``docrefs.description_words``, ``reference_words``): they name the
    # document, not the passage, the action or the actor asked about
    description_words: frozenset[str] = frozenset()
    expanded: str = ""  # folded, each abbreviation replaced by its expansion ("kh tb 160" -> "ke hoach ...")
    english_terms: list[str] = field(default_factory=list)  # Vietnamese terms for English words
    # The same per English word, in question order: each entry's renderings are one concept ("join" ->
    # ["kết nạp", "vào Đảng"]), so a passage writing one of them covers the word (``Terms.groups``).
    english_glosses: list[list[str]] = field(default_factory=list)
    # The topic of a procedure or condition asked ("Thủ tục kết nạp đảng viên mới gồm những bước nào?" ->
    # "kết nạp đảng viên mới"; ``subjects.procedure_topic``): the quoted passages must be about it.
    procedure_topic: str | None = None
    # A follow-up's document carried from the previous question ("... (Điều lệ Đoàn ...)?",
    # ``answer.followup``): its label's words are describing words (``with_carried_document``).
    carried_doc: str | None = None
    # The event a "when is it held" question names as its subject ("Lễ bế giảng lớp học bơi tổ chức vào
    # ngày nào?"; ``subjects.event_subject``): the dated passages must be about it.
    event_subject: str | None = None
    # That event with the classifier opening its name ("Lễ phát động quỹ ..."; ``subjects.classified_event``):
    # the sentence naming the gathering so ("lễ phát động") is its passage, not a duty writing the act.
    event_classified: str | None = None
    # An English question's event named by two glossed words, its kind before its gathering ("review
    # conference"): the Vietnamese names it may be written by, head first ("hội nghị tổng kết", "hội nghị
    # sơ kết"; ``english_event``). The time or place quoted must be that event's.
    english_event: list[str] = field(default_factory=list)
    # English content words the glossary and the registry left untranslated ("penalty", "plastic"): what
    # the Vietnamese terms cannot check (see ``unglossed_words``).
    unglossed: list[str] = field(default_factory=list)
    # an English question's names of places or people (``english_names``), folded: "france", "krong ha"
    names: list[str] = field(default_factory=list)
    doc_numbers: list[DocNumberRef] = field(default_factory=list)
    doc_descriptions: list[DocDescription] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)  # organisation ids named
    # The organisations the question is about as actors ("Hội phụ nữ phải làm gì ..."), not those it names
    # as a topic ("... về công tác Mặt trận"), an issuer ("Kết luận của Ban Thường vụ") or an answer it
    # asks for ("cơ quan nào chủ trì ..."); retrieval prefers their sections (see ``subject_orgs``).
    subject_orgs: list[str] = field(default_factory=list)
    # organisations named only by the issuer's code of a document's number ("HU" of "86-TB/HU")
    number_orgs: list[str] = field(default_factory=list)
    # Bodies outside the registry, named by the shape of their names ("Ban Xây dựng Đảng", "Trường THCS
    # Lê Lợi"), as written; the obligations table finds their duties by these names.
    bodies: list[str] = field(default_factory=list)
    subject_bodies: list[str] = field(default_factory=list)  # those of ``bodies`` asked about as actors
    org_terms: list[str] = field(default_factory=list)  # Vietnamese names added for those organisations
    intent: str | None = None  # the kind of fact asked for (a ``query.intents.INTENTS`` name)
    asked_action: str | None = None  # folded action a "when" question asks about ("tong ket")
    asked_object: str | None = None  # folded noun right after that action ("danh sach"; see ``actions``)
    led_action: str | None = None  # folded action a "who leads" question asks about ("danh gia")
    # folded work a "by when" question's subject names, also its ``asked_action`` ("duong" of "Đường bê
    # tông ... phải hoàn thành trước ngày nào?"; ``actions.subject_work``)
    asked_work: str | None = None
    amount_unit: list[str] | None = None  # "bao nhiêu tỷ đồng" -> ["ty", "dong"] (see ``amounts``)
    person_post: list[str] | None = None  # "Ai là Chủ tịch ...?" -> ["chu tich"] (see ``subjects``)
    places: list[str] = field(default_factory=list)  # folded place names: "xã Công Hải" -> ["cong hai"]
    # the months the question asks about ("Tháng 9 ... làm gì?", "in May"; ``lexicon.months``): a month-by-
    # month schedule's item of that month answers it, another month's does not
    months: frozenset[int] = frozenset()
    # the signer the question names, as the documents write the name ("Hoàng Thị Mến"; ``with_signer``)
    signer: str | None = None

    @property
    def spec(self) -> Intent:
        """The intent table's row for this question (``OPEN`` for an open question)."""
        return spec(self.intent)

    def dense_texts(self) -> list[tuple[str, float]]:
        """(text to embed, fusion weight): the question itself, plus the restored text when accent-less."""
        if self.restored and vt.normalize(self.restored) != self.normalized:
            # e5 places accent-less Vietnamese far from the real text; pyvi's guess, even with a few
            # wrong tones, lands much closer (measured on the sample corpus), so it leads.
            return [(self.question, 0.6), (self.restored, 1.0)]
        return [(self.question, 1.0)]

    def lexical_query(self, paraphrases: bool = True, body_terms_folded: bool = True) -> LexicalQuery:
        """FTS terms: question (unless English), expansions, organisation names, glossary terms, numbers;
        with ``paraphrases`` the directive wording of its everyday words ("tiền" -> "kinh phí"); with
        ``body_terms_folded`` the organisation names a Vietnamese question does not write search the folded
        column only (``retrieve`` feature ``body_terms``)."""
        extra = self.expansions + self.org_terms + self.english_terms
        said = self.paraphrases if paraphrases else []
        texts = extra if self.language == "en" else [self.question, *extra, *said]
        if body_terms_folded and self.language == "vi" and not self.accentless:
            # The names added for a body the question names ("Huyện đoàn" -> "Đoàn Thanh niên Cộng sản Hồ
            # Chí Minh") search the folded column only: thirteen tokens of one name in both columns
            # outweighed the task's words, and every chunk of a document that body issued carries them
            # (its identity is indexed with each chunk).
            own = [self.question, *self.expansions, *self.english_terms, *said]
            q = LexicalQuery.from_texts(own)
            added = [t for t in self.org_terms if t not in own]
            q.folded = list(dict.fromkeys(q.folded + LexicalQuery.from_texts(added).folded))
        else:
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


def analyze(question: str) -> QueryInfo:
    """Normalise a question and work out its language, terms, organisations, documents and kind."""
    question = vt.clean_spaces(vt.nfc(question))
    normalized = vt.normalize(question)
    folded = vt.fold(question)
    language = vt.detect_language(question)
    accentless = language == "vi" and vt.is_accentless(question)
    info = QueryInfo(question, normalized, folded, language, accentless)
    guess = None
    if accentless:
        # pyvi's guess, with the phrases the lexicon writes put back as the lexicon writes them ("doan vien"
        # is "đoàn viên", never pyvi's "đoạn viên"): the same words an English question gets from the glossary
        guess = _restore_accents(question)
        info.restored = vt.reaccent(question, guess, accented_phrases()) if guess else guess

    _, expansions = vt.expand_abbreviations(question)
    info.expansions = list(dict.fromkeys(expansions))
    # typed without diacritics: the everyday words matched folded on the question as typed (pyvi's guess
    # loses a word whose tone it gets wrong)
    info.paraphrases = question_paraphrases(question, accentless=accentless, restored=info.restored)
    info.expanded = expanded_folded(question)

    # Bodies named by their own names (a collective phrase adds only the members it names), any case and
    # with or without diacritics; two-letter abbreviations need capitals (the registry's rule).
    reg = registry()
    cased = vt.normalize_cased(question)
    mentions = reg.find_names(cased, caps_only=False, english=True)
    # The issuer's code closing a document's number ("86-TB/HU", "47/CV-HPN") names the document, no body
    # the question asks about: a body asked of "Thông báo 86-TB/HU" that it never names is not Huyện ủy.
    # Its words still describe the document (the issuer's terms rank its passages).
    coded = [m for m in mentions if in_number(cased, m.start, m.end)]
    named = {m.org_id for m in mentions if m not in coded}
    info.number_orgs = list(dict.fromkeys(m.org_id for m in coded if m.org_id not in named))
    for mention in mentions:
        if mention.org_id not in info.orgs:
            info.orgs.append(mention.org_id)
            info.org_terms.extend(search_names(reg.orgs[mention.org_id]))
    info.org_terms = list(dict.fromkeys(info.org_terms))

    glossed: list[tuple[str, list[str]]] = []  # (English entry, its Vietnamese terms) in question order
    vietnamese: list[str] = []  # runs of Vietnamese an English question writes
    if language == "en":
        gloss_re, gloss = glossary()
        if gloss_re is not None:
            # "Which agency ...?", "what unit ...?" asks which one, as "cơ quan nào" does (``answer.terms``
            # drops that pair from a Vietnamese question): the kind of body is no word of the topic
            glossed = [
                (m.group(1), gloss[m.group(1)])
                for m in gloss_re.finditer(folded)
                if not (
                    set(gloss[m.group(1)]) <= ASKED_KINDS and WHICH_BEFORE_RE.search(folded, 0, m.start())
                )
            ]
        if subordinate_when(folded):
            glossed = [(e, t) for e, t in glossed if e != "when"]
        post = post_asked(folded)
        if post is not None:
            # "Who leads the community digital technology team?" asks its leader's post (tổ trưởng), not
            # a task's lead body ("chủ trì", the gloss of "leads"; trial 41 q20)
            # (nor does its "who" ask who is assigned: the gloss of "who" is dropped)
            held = list(gloss.get(f"{post} leader", ("trưởng",)))
            glossed = [(e, held if e in ("leads", "heads") else t) for e, t in glossed if e != "who"]
            if not any(e in ("leads", "heads") for e, _ in glossed):
                glossed.append(("heads", held))
        info.english_terms = list(dict.fromkeys(t for _, terms in glossed for t in terms))
        info.english_glosses = [list(terms) for _, terms in glossed]
        covered = [m.span() for m in gloss_re.finditer(folded)] if gloss_re is not None else []
        covered += [(m.start, m.end) for m in mentions]
        # Vietnamese the question writes (a programme's name, a place: "the 'Vì người nghèo' fund drive in Hà
        # Tĩnh") is matched as written, as a Vietnamese question's words are: without it the sentence naming
        # it counted no more than any other the glosses fit
        covered += (written := vietnamese_runs(question))
        vietnamese = [question[a:b] for a, b in written]
        info.english_terms = list(dict.fromkeys([*info.english_terms, *vietnamese]))
        info.unglossed = unglossed_words(question, folded, covered)
        info.names = english_names(question, folded, covered)
        if gloss_re is not None:
            info.english_event = english_event(folded, list(gloss_re.finditer(folded)), gloss)

    shaped = shaped_bodies(cased, mentions)
    if language == "en":
        kept = vietnamese_names(question, [name for name, _ in shaped])
        shaped = [(name, at) for name, at in shaped if name in kept]
    info.bodies = [name for name, _ in shaped]
    info.doc_numbers = find_doc_refs(question)
    for ref in info.doc_numbers:
        ref.implemented = implemented_role(folded, ref)
    info.doc_descriptions = find_doc_descriptions(question)
    info.intent = detect_intent(question, info.orgs or info.bodies)
    if info.intent == "recipients" and body_sends(cased, mentions):
        info.intent = None  # what a body sends and to whom: a duty's clause, not the document's Nơi nhận
    asking = (
        WH_WORDS
        if spec(info.intent).answer == "metadata"
        else TIME_ASK_WORDS
        if info.intent == "deadline"
        else CONTACT_ASK_WORDS
        if asks_contact_person(folded)
        else frozenset()
    )
    if language == "en" and asking:
        # "Who signed ...?", "When was ... issued?": the question word names the document fact asked, which
        # the intent reads; its glosses ("who" -> giao, chủ trì) would pull duty passages instead. So do a
        # deadline question's words asking for a time ("by when" -> thời hạn, xong trong), and a contact
        # question's "who".
        kept = [t for entry, terms in glossed if entry not in asking for t in terms]
        if kept:
            info.english_terms = list(dict.fromkeys([*kept, *vietnamese]))
            info.english_glosses = [list(terms) for entry, terms in glossed if entry not in asking]
    # The issuer in a document's description ("Theo kế hoạch ... của Đoàn xã Phước Lâm, các chi đoàn ấp
    # phải ...") names the document, not the actor; so do the words of its subject for the action.
    naming = info.description_words = frozenset(
        description_words(question, info.doc_descriptions) | reference_words(question, info.doc_numbers)
    )

    folded_cased = vt.fold(cased)
    spans = [
        (i, i + len(d.text))
        for d in info.doc_descriptions
        if d.text and len(folded_cased) == len(cased) and (i := folded_cased.find(d.text)) >= 0
    ]
    spans += titled_spans(cased)

    def acting(found: list) -> list:
        return [
            m
            for m in found
            if not any(a <= m.start and m.end <= b for a, b in spans)
            and m not in coded
            and not set(vt.fold(cased[m.start : m.end]).split()) <= naming
        ]

    info.subject_orgs = subject_orgs(cased, acting(mentions), info.intent)
    if shaped:
        # read in one order with the registry's bodies: "Hội LHPN xã phải báo cáo cho Ban Thường trực Mặt
        # trận": a shaped name after the registry actor's predicate is in the predicate
        written = [Mention(name, a, a + len(name)) for name, a in shaped]
        merged = sorted([*acting(mentions), *acting(written)], key=lambda m: m.start)
        names = {m.org_id for m in written}
        info.subject_bodies = [b for b in subject_orgs(cased, merged, info.intent) if b in names]
    info.asked_action, info.asked_object = asked_action_object(
        question, deadline=info.intent == "deadline", naming=naming
    )
    if info.asked_action is None and guess and info.restored != guess:
        # the lexicon's phrases put back over pyvi's guess may read another word ("công nhân" for the
        # "công nhận" pyvi got right): pyvi's own guess is read first
        info.asked_action, info.asked_object = asked_action_object(
            guess, deadline=info.intent == "deadline", naming=naming
        )
    if info.asked_action is None and info.restored:
        # "xet cong nhan dang vien chinh thuc thi chi bo phai lam trong thoi han nao?": no known verb nor
        # "khi nao <act>" to read; the tagger reads the act from the question with its accents restored
        # (its words are the question's own, folded alike), else another act's time limit would answer
        info.asked_action, info.asked_object = asked_action_object(
            info.restored, deadline=info.intent == "deadline", naming=naming
        )
    if language == "en" and info.intent == "deadline":
        # "By when must the office hand over the houses?": the act asked, read like a Vietnamese question's
        # from the question's glosses in its order ("văn phòng bàn giao nhà" -> "bàn giao" + "nhà")
        nouns = frozenset(terms[0] for entry, terms in glossed if entry.endswith(EN_NOUN_ENDINGS) and terms)
        info.asked_action, info.asked_object = glossed_action_object(info.english_glosses, nouns)
    if info.intent == "deadline" and info.asked_action and not info.asked_object:
        info.asked_work = subject_work(question)
    if info.intent == "lead":
        info.led_action = led_action(question)
        if language == "en":
            # "... which ministry did the Prime Minister task with finding a fix for ...?": the act asked,
            # read from the glosses as a deadline question's is; the tagger, let in by a Vietnamese code in
            # a number ("2739/VPCP-ĐMDN"), read English words ("in") as the act (library2 dev l2-rw-32)
            # (the words naming the document, "Official Letter" -> "công văn", are never the act)
            nouns = frozenset(
                terms[0]
                for entry, terms in glossed
                if terms and (entry.endswith(EN_NOUN_ENDINGS) or set(entry.split()) <= naming)
            )
            info.led_action = glossed_action_object(info.english_glosses, nouns)[0]
    info.amount_unit = amount_unit(question)
    info.person_post = asks_person(question)
    info.places = named_places(question)
    info.months = asked_months(question)
    if language == "vi":
        # typed without diacritics: read from pyvi's restoration, where "đăng ký" is no longer "đang"
        info.procedure_topic = procedure_topic(info.restored or question)
        if (info.spec.check == "when" and not info.asked_object) or info.intent is None:
            read = info.restored or question
            info.event_subject = event_subject(read)
            info.event_classified = classified_event(read) if info.event_subject else None
        elif info.spec.check == "when" and info.asked_action:
            # "Lễ phát động quỹ ... tổ chức lúc nào, ở đâu?": the act the tagger read ("phát động" + "quỹ")
            # is a word of the event's name, the subject held at the time asked; the event's sentence
            # names it by its head ("Tổ chức lễ phát động cấp huyện vào 08 giờ ...") and the rest of its
            # name may be its document's matter only: the event is checked as named (``event_subject``,
            # ``answer.checks``), not every noun after the act (newcomer trial 37 e06)
            subject = event_subject(question)
            if subject and re.search(rf"(?<!\w){re.escape(info.asked_action)}(?!\w)", vt.fold(subject)):
                info.event_subject = subject
                info.event_classified = classified_event(question)
                info.asked_action = info.asked_object = None
    return info
