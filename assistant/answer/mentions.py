"""Mention checks: whether quoted text writes what a question's precise check needs.

- an amount: ``answer.amount_asked`` reads what the question asks, ``answer.amount_mentions`` whether a
  sentence writes it, ``answer.money_matter`` what a sum is asked for; years: ``answer.year_mentions``;
- a person: a name by the shape of a Vietnamese name, near the post asked for;
- a body: its names as whole words, not followed by another level or place (``names_any``);
- a place: written in at least one quoted document (``places_mentioned``); a sentence writing a place as a
  "where" question asks it (``place_writer``);
- a contact detail: a phone number or an email address written out (``contact_written``);
- a choice ("bỏ phiếu kín hay giơ tay?"): one of the alternatives written (``choice_written``).

``abstain.Evidence`` records each result; ``abstain.should_abstain`` abstains when one fails.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.terms import fold
from assistant.lexicon.levels import unit_alternation
from assistant.lexicon.phrases import choice_wordings
from assistant.lexicon.surnames import family_names
from assistant.lexicon.words import registry, type_names
from assistant.obligations.deadlines import WEEKDAY
from assistant.query.actions import compound_words
from assistant.query.intents import contact_asked
from assistant.retrieve.fields import field_labels, unlabelled_fields
from assistant.text import fold_chars, has_diacritics, nfc, normalize, opens_reference, spell_out

_WEEKDAY_WRITTEN_RE = re.compile(
    rf"(?<![a-z0-9])(?<!\blan )(?<!\bdot )(?<!\bkhoa )(?<!\bky )(?<!\bvong )(?<!\bbuoc )(?<!\bphan ){WEEKDAY}"
)
_CONTACT_WRITTEN = {
    # "0912 345 678", "0243.825.1234", "(024) 3825 1234", "+84 912 345 678"
    "phone": re.compile(r"(?<![\d/.,-])(?:\+?84|\(?0\d{1,3}\)?)(?:[\s.-]?\d{2,4}){2,3}(?![\d/,])"),
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
}


def writes_weekday(sentence: str) -> bool:
    """Whether a sentence writes a day of the week ("ngày 24/01/2026 (thứ 7)", ``deadlines.WEEKDAY``), not
    an ordinal after its counting word ("lần thứ hai", "đợt thứ 7", "khóa thứ ba")."""
    return bool(_WEEKDAY_WRITTEN_RE.search(fold(sentence)))


def asked_contact(folded_question: str) -> str | None:
    """The contact detail a (folded) question asks for (``intents.contact_asked``): "phone", "email", or
    None (a person asked, or no contact): answered only by one written out."""
    asked = contact_asked(folded_question)
    return next((k for k in ("phone", "email") if k in asked), None)


def contact_written(sentences: list[str], kind: str) -> bool:
    """Whether one of the sentences writes a contact detail of that kind (a phone number's digits, an email
    address): the word "điện thoại" beside no number answers nothing."""
    rx = _CONTACT_WRITTEN[kind]
    if kind == "email":
        return any(rx.search(s) for s in sentences)
    # a phone number has 9 to 12 digits ("05.000.000 đồng" is a sum)
    return any(9 <= sum(c.isdigit() for c in m.group(0)) <= 12 for s in sentences for m in rx.finditer(s))


# "Bầu bằng hình thức bỏ phiếu kín hay giơ tay?", "trực tiếp hay trực tuyến?": a choice between two named
# ways; "... hay không?" is a yes/no question, not a choice.
_CHOICE_RE = re.compile(
    r"(\w+(?: \w+)?) (?:hay|hoac|hay la|or) (?!khong\b|not\b)(\w+(?: \w+)?)(?: \w+){0,2}\s*\??\s*$"
)


def asked_choice(folded_question: str) -> tuple[str, str] | None:
    """The two alternatives a (folded) question ends by asking to choose between, two words each at most:
    those before the "hay" and the first ones after it ("chip dien tu hay bam gio tay?" -> "dien tu" /
    "bam gio"), or None."""
    m = _CHOICE_RE.search(folded_question)
    return (m.group(1), m.group(2)) if m else None


def choice_written(sentences: list[str], choice: tuple[str, str]) -> bool:
    """Whether one of the sentences writes one of the alternatives (folded, whole words), in any of its
    wordings ("online" is the directive's "trực tuyến", ``lexicon.phrases.choice_wordings``; library2
    l2-rw-34): quotes naming neither do not say which."""
    folded = [fold(s) for s in sentences]
    return any(
        re.search(rf"\b{re.escape(w)}\b", f) for alt in choice for w in choice_wordings(alt) for f in folded
    )


# A person's name is a run of two to four capitalised syllables ("Dương Văn An", "Trần Tới") that is not
# an organisation (the registry), not a title or institution word run ("Phó Bí thư", "Tỉnh ủy") and not a
# place after an administrative word ("tỉnh Bình Thuận"). The title words are compared as WRITTEN, with their
# diacritics: folded, the common surnames and middle names "Trần" (trận), "Đặng" (Đảng), "Đỗ" (độc lập tự
# do), "Tô" (Tổ quốc), "Trương" (trưởng), "Thanh" (thành) read as title words and their names were lost
# (newcomer trial 46 q22: "đồng chí Trần Văn Lộc" named no one). Such a syllable is in a name when the
# run has three syllables or more, follows a personal title, or opens with it as a common family name
# ("Trần Tới", "Tô Lâm"; ``lexicon.surnames``): two capitalised words "Hà Nội", "Luật Thanh niên", "Sở Nội
# vụ" name no one. A text written without any diacritic compares them folded, as it cannot tell them apart.
_TITLE_WRITTEN = frozenset(
    normalize(w)
    for w in "phó phố bí thư chủ tịch trưởng trường ban bản giám đốc độc ủy uỷ viên viện thường thương trực "
    "tỉnh huyện xã hội đảng đoàn mặt trận tổ quốc bộ chính trị trung ương nhân nhận dân thành quận quân "
    "phường cộng công hòa hoà chủ nghĩa việt nam lập tự do hạnh phúc kính gửi nơi đồng chí ông bà".split()
)
_TITLE_WORDS = frozenset(fold(w) for w in _TITLE_WRITTEN)
# Title words that are also given or middle names ("Nguyễn Quốc Anh", "Lê Thành Nam", "Trần Văn Chính"):
# part of a name a personal title introduces ("đồng chí / ông / bà ..."), where the name's first syllable is
# no title word ("đồng chí Phó Bí thư" is a post)
_NAME_TOO = frozenset(
    normalize(w)
    for w in "quốc thành nam việt trung hòa hoà phúc hạnh nhân dân chính lập nghĩa công thương chí".split()
)
_PERSON_TITLE_RE = re.compile(r"(?:(?<!\w)(?:ông|bà|anh|chị|đồng chí|đ/c)|^(?:Ông|Đồng chí|Đ/c))\s+$")
_ADMIN_BEFORE_RE = re.compile(rf"\b(?:{unit_alternation()}|tp\.?|tai|o|uy)\s*$")
_WORD_RE = re.compile(r"\w+")


def _folds_like_title(word: str, written: bool) -> bool:
    """Whether a word written in a text with diacritics is no title word but folds like one ("Trần",
    "Thanh", "Nội")."""
    return written and fold(word) in _TITLE_WORDS and normalize(word) not in _TITLE_WRITTEN


def _title_word(word: str, written: bool) -> bool:
    """Whether a word is a title or institution word (``_TITLE_WRITTEN``): by its written form (lower case,
    tones unified) in a text with diacritics, folded in one without any (``written`` False)."""
    return normalize(word) in _TITLE_WRITTEN if written else fold(word) in _TITLE_WORDS


def _titled_at(sentence: str, at: int) -> bool:
    """Whether a personal title ("đồng chí", "ông", "bà", "đ/c" ...; in lower case, or opening the sentence
    as "Ông", "Đồng chí") is written right before offset ``at``."""
    return bool(_PERSON_TITLE_RE.search(nfc(sentence[max(0, at - 12) : at])))


def person_names(sentence: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the personal names a sentence writes, by the shape of a Vietnamese
    name: two to four capitalised syllables, none a title word (``_title_word``: by its written form where
    the sentence has diacritics), except a name-like one (``_NAME_TOO``) inside a name after a personal
    title; a run of two holding a syllable that folds like a title word only after a personal title or
    opening with it as a family name (``_folds_like_title``, ``lexicon.surnames``). Empty list when none."""
    orgs = [(m.start, m.end) for m in registry().find_in(sentence)]
    written = has_diacritics(sentence)
    words = [m for m in _WORD_RE.finditer(sentence)]
    runs: list[list[re.Match[str]]] = []
    for m in words:
        w = m.group(0)
        capital = w[:1].isupper() and (len(w) == 1 or w[1:].islower()) and not w.isdigit()
        joined = bool(runs and runs[-1] and sentence[runs[-1][-1].end() : m.start()] == " ")
        title = _title_word(w, written)
        if title and written and joined and normalize(w) in _NAME_TOO and len(runs[-1]) < 4:
            title = not _titled_at(sentence, runs[-1][0].start())
        ok = capital and not title
        if ok and joined:
            runs[-1].append(m)
        elif ok:
            runs.append([m])
        else:
            runs.append([])
    out = []
    for run in runs:
        if not 2 <= len(run) <= 4:
            continue
        a, b = run[0].start(), run[-1].end()
        if any(s < b and a < e for s, e in orgs):
            continue
        ambiguous = [k for k, m in enumerate(run) if _folds_like_title(m.group(0), written)]
        if ambiguous and len(run) < 3 and not _titled_at(sentence, a):
            if ambiguous != [0] or normalize(run[0].group(0)) not in family_names():
                continue
        if any(e <= a and not sentence[e:a].strip() for _, e in orgs):
            continue  # "Hội CCB Krông Hà": the capitalised words right after a body's name are its place
        if _ADMIN_BEFORE_RE.search(fold(sentence[max(0, a - 12) : a])):
            continue
        out.append((a, b))
    return out


def person_named(sentences: list[str], roles: list[str] | None = None) -> bool:
    """Does one of the sentences name a person, next to the post asked about when one is given?

    "đồng chí Dương Văn An - Phó Bí thư Tỉnh ủy" names the deputy, not the secretary: a post preceded by
    "phó" is another post unless the question asked for the deputy.
    """
    for sentence in sentences:
        names = person_names(sentence)
        if not names:
            continue
        if not roles:
            return True
        folded = fold_chars(sentence)  # same offsets as the sentence, so name and post positions compare
        for role in roles:
            for m in re.finditer(rf"\b{re.escape(role)}\b", folded):
                if not role.startswith("pho ") and folded[max(0, m.start() - 4) : m.start()] == "pho ":
                    continue
                if any(abs(a - m.end()) <= 40 or abs(m.start() - b) <= 40 for a, b in names):
                    return True
    return False


def names_any(sentences: list[str], names: list[str], not_after: str = "") -> bool:
    """Whether one of the sentences writes one of the names (folded, whole words), not followed by what
    the regular expression ``not_after`` matches (another level or place than the question's: "Hội Nông
    dân tỉnh", "Hội Nông dân xã Thạch Long" are not the "Hội Nông dân xã Thạch Đài" asked)."""
    folded = [fold(s) for s in sentences]
    # an abbreviation on either side reads as its expansion ("HTX Nông nghiệp" is "Hợp tác xã nông nghiệp")
    folded += [sp for f in folded if (sp := spell_out(f)) != f]
    names = [*names, *(sp for n in names if (sp := spell_out(fold(n))) != fold(n))]
    after = rf"(?!{not_after})" if not_after else ""
    if any(re.search(rf"\b{re.escape(fold(n))}\b{after}", f) for n in names for f in folded):
        return True
    return bool(not_after) and any(_named_here(nfc(s), n, not_after) for s in sentences for n in names)


def _named_here(sentence: str, name: str, not_after: str) -> bool:
    """Whether the name is written with, after its level word, no place's name: folded, "Đoàn Thanh niên
    xã nhận xây dựng ..." reads as the Đoàn of a commune "Nhận"; written, "nhận" is a verb in lower case (a
    place's name is capitalised)."""
    chars = fold_chars(sentence).lower()  # offsets shared with the sentence
    for m in re.finditer(rf"\b{re.escape(fold(name))}\b", chars):
        tail = re.match(not_after, chars[m.end() :])
        if tail is None:
            return True
        initial = m.end() + tail.end() - 1
        if re.search(r"\s[a-z]$", tail.group(0)) and sentence[initial].islower():
            return True
    return False


def place_writer(folded_question: str) -> Callable[[str], bool]:
    """Whether a sentence writes a place as the (folded) "where" question asks it: a field ("Địa điểm:")
    or a place's name after "tại / ở"."""
    places = field_labels(folded_question) + unlabelled_fields(folded_question)
    return lambda s: _at_named(s) or any(p.search(fold(s)) for p in places)


# "tại Trạm Y tế xã", "ở Nhà văn hóa thôn": a place written with its name's capital after "tại / ở"
_AT_RE = re.compile(r"(?<!\w)(?:tại|ở)\s+(\w)")


# "tại Hội nghị sơ kết ...", "phát biểu tại Đại hội", "tại Kỳ họp thứ 10": a gathering after "tại / ở" is
# the occasion something is said or decided at, not its place (library4 l4-party-40, a notice's subject
# line "Thông báo kết luận tại Hội nghị ..." read as the venue); folded, at the capital's offset
_OCCASION_RE = re.compile(r"(?:hoi nghi|dai hoi|ky hop|phien hop|cuoc hop|buoi lam viec|le\b(?!\s+dai))\b")


def _at_named(sentence: str) -> bool:
    # (a document or its division after "tại" is where a text is written: "yêu cầu tại Công văn số ...")
    return any(
        m.group(1).isupper()
        and not opens_reference(sentence[m.start(1) : m.start(1) + 60], type_names())
        and not _OCCASION_RE.match(fold(sentence[m.start(1) : m.start(1) + 20]))
        for m in _AT_RE.finditer(sentence)
    )


def places_mentioned(places: list[str], refs: list, corpus) -> bool:
    """Whether every place the question names (folded, ``query.subjects.named_places``) is written in at
    least one of the quoted documents (text or header)."""
    texts = [corpus.folded_docs.get(r.doc_id, "") for r in {r.doc_id: r for r in refs}.values()]
    return all(any(re.search(rf"\b{re.escape(p)}\b", t) for t in texts) for p in places)


# "Công văn có yêu cầu báo cáo số vụ bạo lực gia đình không?", "Người xin vào Hội có bắt buộc phải học lớp
# bồi dưỡng không?": a yes/no question about a matter, after "có" and its modals, up to "(hay) không".
_YES_NO_RE = re.compile(r"\bcó\s+(.+?)\s+(?:hay\s+)?không\s*\??\s*$")
# The share of the matter's words of two syllables or more ("bạo lực", "gia đình") the quoted documents
# must write for it to be there at all: a rule they never mention is not stated, whatever unrelated passage
# scores best. Half: one word of two may be paraphrased ("phận sự" for the documents' "nhiệm vụ").
MATTER_MIN_WORDS = 0.5


def asked_matter(question: str) -> list[str]:
    """The folded words of two syllables or more of the matter a yes/no question asks about ("báo cáo số
    vụ bạo lực gia đình" -> ["bao cao", "bao luc", "gia dinh"]; ``query.actions.compound_words``), the
    modals before it left out ("có yêu cầu / bắt buộc phải ..."); [] when it is none, when the question
    has no diacritics ("co" folded is also "cơ", "cô") or the tokenizer is missing."""
    if not has_diacritics(question):
        return []
    m = _YES_NO_RE.search(nfc(question).lower())
    if m is None:
        return []
    words = compound_words(m.group(1)) or []
    modals = set(_MODAL_WORDS) | set(_CONNECTIVE_WORDS)
    return [w for w in words if w not in modals]


_MODAL_WORDS = ("yeu cau", "bat buoc", "quy dinh", "cho phep", "duoc phep", "can phai", "nhat thiet")
# Connectives of two syllables, no matter of their own: "họp online thay vì gặp mặt" compares two ways of
# the matter ("thay vì": instead of; library5 dev l5-mttq-24 counted it as a matter word no rule writes)
_CONNECTIVE_WORDS = ("thay vi", "thay cho", "so voi", "cung nhu", "hay la", "hoac la", "ngoai ra", "con lai")


def matter_written(words: list[str], folded_texts: list[str]) -> bool:
    """Whether the texts (folded) write at least ``MATTER_MIN_WORDS`` of the matter's words; True when it
    has fewer than two (too few to tell)."""
    if len(words) < 2:
        return True
    found = sum(any(re.search(rf"\b{re.escape(w)}\b", t) for t in folded_texts) for w in words)
    return found / len(words) >= MATTER_MIN_WORDS


# A rank of a kind of award ("giải Nhì", "hạng Ba", "huy chương Bạc"), folded: the kind, then the rank.
_RANK_RE = re.compile(
    r"\b(giai|hang)\s+(dac biet|nhat|nhi|ba|tu|khuyen khich)\b|\b(huy chuong)\s+(vang|bac|dong)\b"
)


def _ranks(folded: str) -> list[tuple[str, str]]:
    return [(a or c, b or d) for a, b, c, d in _RANK_RE.findall(folded)]


def rank_written(folded_question: str, folded_texts: list[str]) -> bool:
    """Whether every award rank the (folded) question names ("giải Nhì") is written in the texts, or its
    kind is written with no rank there at all; False when the texts write that kind with other ranks only
    ("giải Nhất ... 10.000.000 đồng" for "Giải Nhì được thưởng bao nhiêu?")."""
    for kind, rank in _ranks(folded_question):
        if any(re.search(rf"\b{kind}\s+{rank}\b", t) for t in folded_texts):
            continue
        ranks = {r for t in folded_texts for k, r in _ranks(t) if k == kind}
        if ranks - {rank}:
            return False
    return True
