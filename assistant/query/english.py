"""Reading an English question (query understanding, before retrieval): the question words whose
glosses help or hurt (``WH_WORDS``, ``TIME_ASK_WORDS``, ``CONTACT_ASK_WORDS``), the content words the
glossary leaves untranslated, the Vietnamese names and runs an English question writes, the event it names
by two glossed words and its capitalised names. ``query.analyze`` reads them into ``QueryInfo``."""

from __future__ import annotations

import re

from assistant import text as vt
from assistant.lexicon.months import ENGLISH_MONTHS
from assistant.lexicon.phrases import event_kinds
from assistant.lexicon.words import english_vocabulary

# English question words: their glosses help a question about a passage ("who" -> giao, chủ trì; "when"
# -> ngày, thời hạn), never one asking a document's own fact (signer, date, number, issuer, recipients),
# where "number of" is the document's number, not a count (số lượng).
WH_WORDS = frozenset({"who", "whom", "when", "where", "which", "what", "number of"})
# The glossary entries with which an English deadline question asks for a time ("By when must ...?",
# "What is the deadline for ...?"): the intent reads them, as the Vietnamese "trước ngày nào" words ask
# and name no task; glossed ("thời hạn", "xong trong") they are words no clause of the task writes.
TIME_ASK_WORDS = frozenset({"by when", "when", "deadline", "due", "date"})
# The question word of an English question asking whom to contact ("Who should I call about ...?",
# ``intents.asks_contact_person``): it asks the contact person, so its glosses (giao, chủ trì) would pull
# another document's duty passage that also names a contact ("Giao Ban ... làm đầu mối; đồng chí ... là
# người liên hệ") over the contact sentence of the document asked about.
CONTACT_ASK_WORDS = frozenset({"who", "whom"})


# English words that carry no content of their own (articles, prepositions, auxiliaries, question words).
_EN_FUNCTION_WORDS = frozenset(
    "the a an of and or for on in at to by with from into about as than that this these those its it their "
    "his her our your what which who whom whose when where why how is are was were be been being do does did "
    "has have had must should shall can could will would may might any all each every some there here not no "
    "per via up out many much under over before after during".split()
)
_EN_WORD_RE = re.compile(r"[A-Za-z][a-z']+")


def unglossed_words(question: str, folded: str, covered: list[tuple[int, int]]) -> list[str]:
    """Lower-case English content words of ``question`` outside every glossed or named span (``covered``,
    offsets into ``folded``, which keeps the question's offsets); capitalised words are names."""
    if len(folded) != len(question):
        return []  # not plain English: offsets would not line up
    out = []
    for m in _EN_WORD_RE.finditer(question):
        word = m.group(0).lower().removesuffix("'s").rstrip("'")
        if m.group(0)[0].isupper() or word in _EN_FUNCTION_WORDS or len(word) < 3:
            continue
        if not any(a <= m.start() < b for a, b in covered):
            out.append(word)
    return out


_WORD_SPAN_RE = re.compile(r"[^\W\d_]+")
# Endings that make an English word a noun ("supervision", "activity", "membership"): its gloss is no act
EN_NOUN_ENDINGS = ("tion", "sion", "ity", "ness", "ship")
# "which" / "what" right before a glossed word: the word names the kind of answer asked
WHICH_BEFORE_RE = re.compile(r"\b(?:which|what)\s+$")
# The kinds of body or person a question asks which one of ("cơ quan nào", "which agency")
ASKED_KINDS = frozenset({"cơ quan", "đơn vị", "tổ chức", "bộ phận", "cá nhân"})


def _vietnamese_word(word: str, english: frozenset[str] | set[str]) -> bool:
    """Whether a word of an English question is Vietnamese: written with diacritics, or a common
    Vietnamese syllable that is no English word (``english``: ``text.english_words()``)."""
    return vt.has_diacritics(word) or (vt.is_common_syllable(word) and word.lower() not in english)


def vietnamese_names(question: str, names: list[str]) -> list[str]:
    """Of the bodies an English question names by the shape of a Vietnamese name (``names``, as written),
    those whose words are all Vietnamese (``_vietnamese_word``): "Dai Thanh commune" is a place and an
    English word, read as "Đài ..." by the head's folded form, no body the documents name ("How many
    members does Dai Thanh commune have?" asks about the commune, as "Xã Đại Thành có bao nhiêu ...?"
    does, which names no body either)."""
    english = vt.english_words()
    return [n for n in names if all(_vietnamese_word(w, english) for w in _WORD_SPAN_RE.findall(n))]


def vietnamese_runs(question: str) -> list[tuple[int, int]]:
    """(start, end) of each run of Vietnamese an English question writes ("Who leads the 'Vì người nghèo'
    fund drive in Hà Tĩnh ...?" -> "Vì người nghèo", "Hà Tĩnh"): words written with diacritics, with the
    undiacritic Vietnamese syllables between or beside them that are no English word ("Ban" of "Ban Phong
    trào"). Only a run holding a diacritic counts: an English word is also some Vietnamese syllable."""
    english = vt.english_words()
    words = list(_WORD_SPAN_RE.finditer(question))
    runs: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if any(vt.has_diacritics(m.group(0)) for m in run):
            runs.append((run[0].start(), run[-1].end()))
        run.clear()

    for m in words:
        w = m.group(0)
        joined = not run or not question[run[-1].end() : m.start()].strip(" -–")
        vietnamese = _vietnamese_word(w, english)
        if not (vietnamese and joined):
            close()
        if vietnamese:
            run.append(m)
    close()
    return runs


# Capitalised in English but naming nothing a document writes: months, weekdays, languages.
_EN_CALENDAR_WORDS = frozenset(ENGLISH_MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday vietnamese english".split()
)
_CAPITALISED_RUN_RE = re.compile(r"(?<![\w/-])[A-ZĐ][\w'’]*(?:\s+[A-ZĐ][\w'’]*)*")


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is the first of a sentence (capitalised whatever it is)."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".?!:;\"“"


def english_event(folded: str, matches: list[re.Match[str]], gloss: dict[str, list[str]]) -> list[str]:
    """The Vietnamese names (folded, head first) of an event an English question names by two adjacent
    glossed words, a kind of event then a gathering ("review conference" -> "hội nghị tổng kết", "hội
    nghị sơ kết"; both glosses name kinds of event, ``lexicon.phrases.event_kinds``), or []."""
    for before, after in zip(matches, matches[1:], strict=False):
        if folded[before.end() : after.start()].strip():
            continue
        kinds, heads = gloss[before.group(1)], gloss[after.group(1)]
        if any(event_kinds(t) for t in kinds) and any(event_kinds(t) for t in heads):
            return list(dict.fromkeys(f"{h} {k}" for h in heads for k in kinds))
    return []


def english_names(question: str, folded: str, covered: list[tuple[int, int]]) -> list[str]:
    """The folded names of an English question: runs of capitalised words outside every glossed or
    registered span (``covered``, offsets into ``folded``), less a sentence's first word, function words,
    calendar words, one-letter words ("I") and words with digits or "/" (a document number's "NQ/HU"); a
    run holding a glossary word is an English term, not a name ("Great Solidarity",
    ``lexicon.words.english_vocabulary``). "What is the capital of France?" -> ["france"]; "Who signed
    the Krông Hà veterans' plan?" -> ["krong ha"]."""
    if len(folded) != len(question):
        return []
    vocabulary = english_vocabulary()
    out: list[str] = []
    for run in _CAPITALISED_RUN_RE.finditer(question):
        words: list[str] = []
        for w in re.finditer(r"\S+", run.group(0)):
            at = run.start() + w.start()
            word = vt.fold(w.group(0)).removesuffix("'s").removesuffix("’s").strip("'’")
            if (
                _opens_sentence(question, at)
                or len(word) < 2
                or any(a <= at < b for a, b in covered)
                or word in _EN_FUNCTION_WORDS
                or word in _EN_CALENDAR_WORDS
                or re.search(r"[\d/]", word)
            ):
                if words:
                    out.append(" ".join(words))
                words = []
                continue
            words.append(word)
        if words:
            out.append(" ".join(words))
    return [n for n in dict.fromkeys(out) if not set(n.split()) & vocabulary]
