"""Words of body names and the fixed phrases of directives, from ``phrases.json`` beside this file.

- ``body_name_tail``: where a body's name ends once its head is read ("Chi bộ Ban Chỉ huy" + "quân sự
  xã" + "Ngọc Lương"): name words such as "quân sự", "phụ nữ", "nhân dân" in any case, then an
  administrative unit or settlement ("xã", "thôn") with its proper name;
- ``is_basis_sentence``: a preamble sentence that cites the basis ("Căn cứ ...", "Thực hiện ...") or hands
  over to the items below ("... xây dựng kế hoạch như sau:");
- ``is_scheduled_event``: a sentence announcing when an event is held ("Hội nghị tổng kết ... dự kiến tổ
  chức vào tháng 8/2026"), no body's duty;
- ``event_kinds``: the kinds of event a text names ("họp" / "hội nghị", "tổng kết", "đại hội" ...), by
  which an event's time is told from another's;
- ``is_closing_sentence``: the concluding sentence after the last item ("Trên đây là ...", "Ban Thường vụ
  đề nghị các chi hội nghiêm túc thực hiện."); ``is_document_sentence``: one about the whole document
  (its effect, what it replaces) that concludes it after an item that is no article.

Matching keeps the diacritics (lower-cased only): folded, "bản" (a village) would be "Ban" (a board).

The heads of bodies' names and the unit and settlement words are one list each (``body_heads``,
``place_words``) for every reader: the obligations grammar (``obligations.clauses``), the registry's
localities (``obligations.orgs``), ``body_name_tail`` and, through ``obligations.clauses.named_body_end``,
the question analysis. Heads are matched with their diacritics when the text has any: folded, "Vụ" (a
department) is "Vũ", "Báo" (a newspaper) "Bảo", so "Vũ Quang, ngày ..." or "Bảo Thắng" would read as bodies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType

from assistant.text import abbreviations, fold, has_diacritics, normalize, spelled_abbreviations, unify_tones

_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_PROPER = rf"(?:[{_UPPER}0-9]\w*)"  # a capitalised syllable or a number ("Ngọc", "5")
# Words that link a name to what follows it, never a name's second syllable ("Hồ Chí Minh trong Quân đội").
_FUNCTION = "(?:trong|của|với|và|tại|theo|cho|về|ở|là|thuộc|các|những|có|do|đến|từ)"


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("phrases.json").read_text(encoding="utf-8"))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def name_words() -> frozenset[str]:
    """The folded words that continue a body's name after its head ("truc thuoc", "phu nu"; ``phrases.json``
    body_words): after a body's noun they are its name, not the predicate."""
    return frozenset(fold(w) for w in _data()["body_words"]["words"])


@cache
def _tail_res() -> tuple[re.Pattern[str], ...]:
    data = _data()["body_words"]
    name = _alternation(data["words"])
    ambiguous = _alternation(data["ambiguous"])
    place = _alternation(_data()["place_words"]["words"])
    # An ambiguous word ("ban", "chỉ huy") only when a name word or a place follows it.
    either = rf"(?:{name}|{ambiguous})"
    return (
        re.compile(rf"\s+(?i:{name}|(?:{ambiguous})(?=\s+(?:{either}|{place})(?!\w)))(?!\w)"),
        re.compile(rf"\s+(?i:{place})(?!\w)"),
        re.compile(rf"(?<!\w)(?i:{place})$"),
        re.compile(rf"(?:\s+{_PROPER}(?!\w)){{1,4}}"),
        # "xã, phường, thị trấn", "tỉnh, thành phố": one body at several kinds of unit; never the unit word
        # opening another body's name ("Phòng ... huyện và | Huyện đoàn", "... tỉnh, Tỉnh ủy")
        re.compile(
            rf"(?:\s*,\s*|\s+(?:và|hoặc)\s+)(?i:{place})(?!\w)(?!\s+(?i:đoàn|ủy|uỷ|hội)(?!\w))(?=\s*[,(]|\s+\w)"
        ),
        # a capitalised word, with its second syllable when a capital follows ("Cộng sản Hồ Chí Minh")
        re.compile(
            rf"\s+{_PROPER}(?!\w)(?:\s+(?!{_FUNCTION}(?!\w))[{_UPPER.lower()}a-z]+(?=\s+[{_UPPER}]))?"
        ),
        # the kind of a school or station after its unit word ("trường" + "trung học cơ sở")
        re.compile(rf"\s+(?i:{_alternation(data['institution_kinds'])})(?!\w)"),
    )


@cache
def _inside_place_re() -> re.Pattern[str]:
    """A unit word and the capitalised syllables read after it, at the end of what was read ("huyện Vĩnh
    Thuận"): the place's proper name may go on."""
    place = _alternation(_data()["place_words"]["words"])
    return re.compile(rf"(?<!\w)(?i:{place})((?:[ \t]+(?!(?i:{_FUNCTION})(?!\w)){_PROPER}(?!\w)){{1,3}})$")


def place_name_tail(text: str, end: int) -> int:
    """Where a name cut at ``end`` inside its place's proper name ends ("huyện Vĩnh Thuận" + "Đông", "xã
    Tân Lập" + "Thượng": a direction or position word closing the place): the capitalised syllables after
    a unit word go on, on the same line, up to four in all; ``end`` when no place's name was being read."""
    inside = _inside_place_re().search(text, max(0, end - 60), end)
    if not inside:
        return end
    left = max(0, 4 - len(inside.group(1).split()))
    more = re.compile(rf"(?:[ \t]+(?!(?i:{_FUNCTION})(?!\w)){_PROPER}(?!\w)){{0,{left}}}")
    return more.match(text, end).end()


def body_name_tail(text: str, end: int) -> int:
    """Where a body's name that has been read up to ``end`` really ends: name words ("quân sự", "phụ
    nữ", "nhân dân") and the capitalised words after them ("Mặt trận Tổ quốc" + "Việt Nam"), then a unit
    or settlement with its proper name ("xã Ngọc Lương", "thôn 3") or a list of units ("xã, phường"), also
    when the unit word was already read ("Hội Cựu chiến binh xã" + "Tân Lập"). The place closes it.
    Tone marks may sit in the old place ("Ban thường vụ đảng uỷ" is "đảng ủy", ``text.unify_tones``)."""
    words, place, ends_in_place, proper, more_places, capital, kind = _tail_res()
    unified = unify_tones(text)
    text = unified if len(unified) == len(text) else text
    if not ends_in_place.search(text, max(0, end - 20), end):
        read = False  # a name word was read: capitalised words may follow ("Tổ quốc" + "Việt Nam")
        while m := words.match(text, end) or (read and capital.match(text, end)):
            end, read = m.end(), True
        m = place.match(text, end)
        if not m:
            return end
        end = m.end()
        if k := kind.match(text, end):  # "trường" + "trung học cơ sở" (+ its proper name below)
            end = k.end()
    named = proper.match(text, end)
    end = named.end() if named else end
    while m := more_places.match(text, end):
        end = m.end()
    return end


def _sentence(text: str) -> str:
    return normalize(text).strip(' *_"“”')


@cache
def _basis_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_alternation(_data()['basis_openers']['words'])})(?!\w)")


@cache
def _lead_in_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alternation(_data()['lead_in_endings']['words'])})\s*:?\s*$")


@cache
def assigning_leads() -> tuple[str, ...]:
    """The words an item assigning work writes before the body it assigns it to ("Giao", "Đề nghị", "Đối
    với", "Trách nhiệm của"; ``phrases.json`` assigning_leads), as written (not folded)."""
    return tuple(_data()["assigning_leads"]["words"])


@lru_cache(maxsize=8192)
def is_basis_sentence(sentence: str) -> bool:
    """A sentence that cites what a document rests on or hands over to its items: no duty of its own.
    Cached: the answer scores the same retrieved sentences several times a question."""
    s = _sentence(sentence)
    return bool(_basis_re().match(s) or _lead_in_re().search(s))


@cache
def _closing_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _data()["closing_formulas"]["patterns"])


@cache
def _dissemination_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _data()["dissemination_formulas"]["patterns"])


def is_dissemination_sentence(sentence: str) -> bool:
    """"Thông báo này phổ biến đến chi bộ.": where the document is to be read out, and nothing else
    (``phrases.json`` ``dissemination_formulas``)."""
    s = _sentence(sentence)
    return any(rx.search(s) for rx in _dissemination_res())


def is_closing_sentence(sentence: str) -> bool:
    """The concluding sentence of a document, after its last item (a summary, an exhortation to carry
    out the whole, what to do with difficulties, whom to contact)."""
    s = _sentence(sentence)
    return any(rx.search(s) for rx in _closing_res()) or is_contact_sentence(sentence)


@cache
def _document_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _data()["document_formulas"]["patterns"])


def is_document_sentence(sentence: str) -> bool:
    """A sentence about the whole document: when it takes effect, what it replaces, who carries it out on
    its basis ("Hướng dẫn này thay thế Hướng dẫn số ...", "Kế hoạch này có hiệu lực từ ngày ký.", "Các cấp
    ủy căn cứ Hướng dẫn này tổ chức thực hiện."; ``phrases.json`` ``document_formulas``). It concludes a
    document after its last item unless that item is an article or a heading about effect
    (``is_effect_title``)."""
    s = _sentence(sentence)
    return any(rx.search(s) for rx in _document_res())


def is_effect_title(title: str) -> bool:
    """A heading whose own text states the document's effect or implementation ("Hiệu lực thi hành",
    "TỔ CHỨC THỰC HIỆN"; ``phrases.json`` ``effect_titles``, matched folded inside the title)."""
    folded = " ".join(fold(title).lower().split())
    return any(w in folded for w in _data()["effect_titles"]["words"])


@cache
def _contact_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _data()["contact_formulas"]["patterns"])


_ITEM_LABEL_RE = re.compile(r"^(?:[-–•+*]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ][.)]\s*)")


def is_contact_sentence(sentence: str) -> bool:
    """ "Mọi vướng mắc liên hệ đồng chí ...", "Thông tin liên hệ: ...", "Điện thoại: ...": whom to contact,
    after any list label (``phrases.json`` ``contact_formulas``); no duty."""
    s = _ITEM_LABEL_RE.sub("", _sentence(sentence), count=1)
    return any(rx.search(s) for rx in _contact_res())


@cache
def _unit_kinds_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    place = _alternation(_data()["place_words"]["words"])
    return re.compile(rf"(?<!\w)(?:{place})$"), re.compile(rf"^(?:{place})$")


def is_unit_kind_list(before: str, after: str) -> bool:
    """Whether a comma between ``before`` and ``after`` lists kinds of unit inside one body's name ("Hội
    LHPN các xã" + "thị trấn", "UBND các xã" + "phường, thị trấn"): ``before`` ends with a bare unit word
    and ``after`` is one. "Hội LHPN xã Tân Hòa" + "thị trấn An Phú" are two bodies (named places)."""
    ends, alone = _unit_kinds_res()
    return bool(ends.search(before.strip())) and bool(alone.match(after.strip()))


@cache
def _event_re() -> re.Pattern[str]:
    data = _data()["scheduled_events"]
    nouns, schedule = _alternation(data["nouns"]), _alternation(data["schedule"])
    return re.compile(rf"^(?:{nouns})(?!\w)[^.;:!?]{{0,120}}?(?<!\w)(?:{schedule})(?!\w)")


def is_scheduled_event(clause: str) -> bool:
    """A clause (after its list label) whose subject is an event scheduled in the passive ("Hội nghị sơ kết
    cấp huyện dự kiến tổ chức vào tháng 9/2026", "Lễ tuyên dương sẽ được tổ chức ..."), ``phrases.json``
    ``scheduled_events``: it dates the event and assigns nothing."""
    return bool(_event_re().search(_sentence(clause).lower()))


@cache
def _event_word_res() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(rf"(?<!\w)(?:{_alternation(group)})(?!\w)") for group in _data()["event_words"]["groups"]
    )


def event_kinds(text: str) -> frozenset[int]:
    """The kinds of event ``text`` names (indexes of ``phrases.json`` event_words groups: "họp" and "hội
    nghị" are one kind, "tổng kết" another), read with diacritics; empty for a text without any (a question
    typed without them names none that can be told apart: folded, "họp" is "hợp" of "phối hợp")."""
    if not has_diacritics(text):
        return frozenset()
    low = normalize(text).lower()
    return frozenset(i for i, rx in enumerate(_event_word_res()) if rx.search(low))


def head_event_kind(text: str) -> int | None:
    """The kind of the event a name opens with, its head ("Lễ bế mạc Ngày hội Đại đoàn kết" -> the kind
    of "bế mạc": the earliest word of ``event_kinds`` after a leading "lễ"), or None."""
    if not has_diacritics(text):
        return None
    low = normalize(text).lower()
    found = sorted((m.start(), i) for i, rx in enumerate(_event_word_res()) if (m := rx.search(low)))
    if len(found) > 1 and low[found[0][0] :].startswith("lễ "):
        found = found[1:]  # "lễ" classifies the event named after it ("Lễ khai mạc", "Lễ tổng kết")
    return found[0][1] if found else None


# ------------------------------------------------------------------ body heads and place words


@cache
def body_heads() -> tuple[str, ...]:
    """Head nouns of bodies' names, lower case with diacritics, longest first ("ban thường vụ", "ban"),
    with the abbreviations of heads (``abbreviated_heads``: "htx")."""
    words = {normalize(w) for w in _data()["body_heads"]["words"]} | abbreviated_heads()
    return tuple(sorted(words, key=len, reverse=True))


@cache
def abbreviated_heads() -> frozenset[str]:
    """The abbreviations whose expansion is a body's head ("htx" of "hợp tác xã", "clb" of "câu lạc bộ",
    "bch" of "Ban Chấp hành"), lower case, from ``text.abbreviations`` (``data/abbreviations.json``):
    a head only written in capitals (``is_written_head``), and no everyday syllable ("tu", "thu")."""
    heads = {normalize(w) for w in _data()["body_heads"]["words"]}
    spelled = spelled_abbreviations()
    return frozenset(k for k, v in abbreviations().items() if k in spelled and normalize(v[0]) in heads)


@cache
def folded_body_heads() -> tuple[str, ...]:
    """The heads folded ("ban thuong vu", "uy ban"), longest first, each once."""
    return tuple(sorted({fold(h) for h in body_heads()}, key=len, reverse=True))


def is_written_head(written: str) -> bool:
    """Whether ``written`` (a text's words where a folded head matched) is that head: the same diacritics,
    or none at all (a text typed without them)."""
    w = normalize(written)
    if w in abbreviated_heads():
        return written.isupper()  # "HTX", not the word "htx"
    return w in body_heads() or not has_diacritics(w)


@cache
def place_levels() -> Mapping[str, str | None]:
    """Each administrative unit or settlement word ("xã", "thôn", "thành phố") with the level of a body
    named for it ("xa", "huyen", "tinh"), or None (schools; words that fold into another word)."""
    return MappingProxyType(dict(_data()["place_words"]["words"]))


@cache
def venue_words() -> tuple[str, ...]:
    """Lower-case nouns of a venue written before its name ("sân vận động", "hội trường"), longest first
    (phrases.json ``venue_words``)."""
    return tuple(sorted(_data()["venue_words"]["words"], key=len, reverse=True))


@cache
def place_words() -> tuple[str, ...]:
    """The unit and settlement words, with diacritics, longest first."""
    return tuple(sorted(place_levels(), key=len, reverse=True))


@cache
def folded_place_words() -> tuple[str, ...]:
    """The unit and settlement words folded, longest first, less those that fold into a body's head
    ("bản" -> "ban") and so cannot be told apart on folded text."""
    heads = set(folded_body_heads())
    return tuple(dict.fromkeys(f for f in (fold(w) for w in place_words()) if f not in heads))


@cache
def admin_levels() -> Mapping[tuple[str, ...], str]:
    """Folded syllables of each unit word that gives a level, elided forms included ("thanh" of "các
    huyện, thành ủy"): ("thi", "tran") -> "xa"."""
    words = {**place_levels(), **_data()["place_words"]["elided"]}
    return MappingProxyType({tuple(fold(w).split()): level for w, level in words.items() if level})


@cache
def _level_name_res() -> tuple[
    re.Pattern[str], dict[str, str], dict[str, str], re.Pattern[str], dict[str, str]
]:
    data = _data()["level_names"]
    levels = {fold(k): fold(v) for k, v in data["levels"].items()}
    kinds = {fold(k): fold(v) for k, v in data["kinds"].items()}
    committees = {fold(k): fold(v) for k, v in data["committees"].items()}
    names = _alternation(fold(w) for w in _data()["body_words"]["words"])
    compound = re.compile(rf"\b({_alternation(levels)}) ({_alternation(kinds)})((?: (?:{names}))*)\b")
    committee = re.compile(rf"\b({_alternation(committees)})\b")
    return compound, levels, kinds, committee, committees


def level_name_kinds() -> frozenset[str]:
    """The folded kind words of everyday level names ("uy", "doan", "hoi")."""
    return frozenset(_level_name_res()[2])


def level_name_levels() -> frozenset[str]:
    """The folded level syllables of everyday level names ("tinh", "thanh", "huyen", "quan", "thi")."""
    return frozenset(_level_name_res()[1])


def formal_order(folded: str) -> str:
    """A folded body's name with its everyday level names written as a letterhead writes them, kind first
    and level after (``phrases.json`` level_names): "huyen doan thach an" -> "doan huyen thach an", "thanh
    hoi nong dan" -> "hoi nong dan thanh pho", "ban thuong vu huyen uy" -> "ban thuong vu dang bo huyen",
    "dang uy xa" -> "dang bo xa". The same body under both names then has the same words."""
    compound, levels, kinds, committee, committees = _level_name_res()

    def formal(m: re.Match[str]) -> str:
        return f"{kinds[m.group(2)]}{m.group(3)} {levels[m.group(1)]}"

    out = compound.sub(formal, folded)
    return committee.sub(lambda m: committees[m.group(1)], out)


@cache
def _variant_groups() -> Mapping[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for group in _data()["action_variants"]["groups"]:
        folded = tuple(dict.fromkeys(fold(w) for w in group))
        for w in folded:
            out[w] = tuple(dict.fromkeys(out.get(w, ()) + folded))
    return MappingProxyType(out)


@cache
def verb_pattern(verb: str) -> re.Pattern[str]:
    """A folded verb as whole words, not where the syllable after it makes another word ("chuyen" is not
    "chuyen doi"; ``phrases.json`` action_variants ``not_followed_by``)."""
    rules = _data()["action_variants"].get("not_followed_by", {})
    table = {fold(k): v for k, v in rules.items() if k != "_doc"}
    after = [fold(w) for w in table.get(verb, [])]
    guard = rf"(?!\s+(?:{'|'.join(re.escape(w) for w in after)})\b)" if after else ""
    return re.compile(rf"\b{re.escape(verb)}\b{guard}")


def variant_verbs() -> frozenset[str]:
    """Every folded verb of ``phrases.json`` action_variants ("gui", "bao cao", "xu ly" ...)."""
    return frozenset(_variant_groups())


def writes_act(text: str, act: str) -> bool:
    """Whether ``text`` writes the folded ``act`` or a verb for the same act (``action_variants``: "theo dõi,
    đôn đốc" for "giám sat"), as whole words, diacritics aside."""
    folded = fold(text)
    return any(verb_pattern(v).search(folded) for v in action_variants(act))


def action_variants(action: str) -> tuple[str, ...]:
    """The folded verbs written for the same act as ``action`` (folded: "gui" -> "gui", "gui ve", "nop",
    "bao cao", "chuyen"; ``phrases.json`` action_variants), the action itself first."""
    return tuple(dict.fromkeys((action, *_variant_groups().get(action, ()))))


@cache
def _choice_table() -> dict[str, tuple[str, ...]]:
    return {fold(k): tuple(fold(w) for w in v) for k, v in _data()["choice_wordings"]["pairs"].items()}


def choice_wordings(alternative: str) -> tuple[str, ...]:
    """The folded wordings of an alternative an either-or question asks (folded, "online" -> ("online",
    "truc tuyen", "qua mang"); ``phrases.json`` choice_wordings), the alternative itself first."""
    return (alternative, *_choice_table().get(alternative, ()))


@cache
def _paraphrase_res(folded: bool = False) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """(pattern of an everyday word, its directive wordings): the word as written, or ``folded`` (for a
    question typed without diacritics)."""
    pairs = _data()["question_paraphrases"]["pairs"]
    key = fold if folded else (lambda k: k)
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(key(k))}(?!\w)"), tuple(v))
        for k, v in pairs.items()
        if not (folded and _one_syllable(k))
    )


def _one_syllable(word: str) -> bool:
    """Whether a paraphrase key is one syllable ("phạt", "họp", "mời"): folded, it is another word as often
    ("phát", "hợp", "mới")."""
    return len(word.split()) == 1


@cache
def _syllable_res() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(one-syllable everyday word with its diacritics, lower case; its directive wordings)."""
    pairs = _data()["question_paraphrases"]["pairs"]
    return tuple((normalize(k).lower(), tuple(v)) for k, v in pairs.items() if _one_syllable(k))


def paraphrase_groups(
    question: str, accentless: bool = False, restored: str | None = None
) -> list[list[str]]:
    """[everyday word as written, its directive wordings...] for each everyday word the question uses whose
    directive wording it does not write ("Ai lo tiền tổ chức?" -> [["tiền", "kinh phí"]]; ``phrases.json``
    question_paraphrases): one concept each, however the passage words it.

    ``accentless``: the question was typed without diacritics ("Con doan vien bo sinh hoat may thang ...?"):
    the everyday words are matched folded on the question as typed ("bo sinh hoat" -> [["bo sinh hoat",
    "không tham gia sinh hoạt"]]), as the folded FTS column matches it; read on pyvi's restoration they were
    lost whenever a tone was guessed wrong ("bộ sinh hoạt"). A word of one syllable is never matched
    folded: "phat" is "phát" ("Lễ phát động") as often as "phạt" -> "kỷ luật", "hop" is "hợp" ("phối hợp")
    as often as "họp" -> "hội nghị". It is read on ``restored`` instead (the question with its accents put
    back, word for word: ``QueryInfo.restored``), where the restoration reads that word, and the group
    names it as typed ("phat"); without ``restored`` it is not read at all.

    An accented question compares every word with its diacritics (``accentless`` False)."""
    s = normalize(question).lower()
    if accentless:
        s = fold(s)
    out: list[list[str]] = []

    def group(written: str, words: tuple[str, ...]) -> None:
        said = [re.escape(fold(w) if accentless else w) for w in words]
        new = [w for w, x in zip(words, said, strict=True) if not re.search(rf"(?<!\w){x}(?!\w)", s)]
        if new:
            out.append([written, *new])

    for rx, words in _paraphrase_res(accentless):
        if m := rx.search(s):
            group(m.group(0), words)
    if accentless and restored:
        typed = [re.sub(r"^\W+|\W+$", "", w) for w in s.split()]
        read = [re.sub(r"^\W+|\W+$", "", w) for w in normalize(restored).lower().split()]
        if len(typed) == len(read):  # word for word, as ``text.reaccent`` lines them up
            for word, words in _syllable_res():
                at = next((i for i, w in enumerate(read) if w == word), None)
                if at is not None and typed[at] == fold(word):
                    group(typed[at], words)
    return out


def question_paraphrases(question: str, accentless: bool = False, restored: str | None = None) -> list[str]:
    """The directive wording of the everyday words a question uses ("Ai lo tiền tổ chức?" -> ["kinh
    phí"]), for the lexical query; ``accentless`` and ``restored`` as in ``paraphrase_groups``."""
    return list(dict.fromkeys(w for g in paraphrase_groups(question, accentless, restored) for w in g[1:]))


@cache
def paraphrase_pairs() -> Mapping[str, tuple[str, ...]]:
    """{everyday word: its directive wordings}, lower case with diacritics (``phrases.json``
    question_paraphrases: "ra quân": ("phát động",))."""
    pairs = _data()["question_paraphrases"]["pairs"]
    return MappingProxyType(
        {normalize(k).lower(): tuple(normalize(w).lower() for w in v) for k, v in pairs.items()}
    )


@cache
def noun_paraphrases() -> Mapping[str, tuple[str, ...]]:
    """{everyday noun: the directive wordings for it}, both folded ("chi em": ("phu nu",); ``phrases.json``
    question_paraphrases): a count asked "bao nhiêu chị em" is written "1.500 phụ nữ"."""
    pairs = _data()["question_paraphrases"]["pairs"]
    # a word of one syllable folded is another word as often ("hop": "họp" / "hộp"; ``paraphrase_groups``)
    return MappingProxyType(
        {fold(k): tuple(dict.fromkeys(fold(w) for w in v)) for k, v in pairs.items() if not _one_syllable(k)}
    )


@cache
def unit_spellings() -> Mapping[str, tuple[str, ...]]:
    """{abbreviation: its spellings in words}, all folded ("ha": ("hec ta", "hecta", ...); ``phrases.json``
    unit_spellings, after TCVN 7870 / SI symbols)."""
    table = _data()["unit_spellings"]
    return MappingProxyType({k: tuple(v) for k, v in table.items() if not k.startswith("_")})


def _spelled_pattern(spelling: str) -> str:
    """A folded spelling as a pattern: its syllables joined by a space, a hyphen or nothing."""
    return r"[\s-]?".join(re.escape(p) for p in spelling.split())


@cache
def _spelled_re() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """(the pattern of every spelling, longest first, one named group each; the symbol of each group)."""
    alts = sorted(((s, k) for k, v in unit_spellings().items() for s in v), key=lambda x: -len(x[0]))
    parts = (rf"(?<!\w)(?P<u{i}>{_spelled_pattern(s)})(?!\w)" for i, (s, _) in enumerate(alts))
    return re.compile("|".join(parts)), tuple(k for _, k in alts)


@lru_cache(maxsize=1024)
def canonical_units(text: str) -> str:
    """``text`` with each unit spelled in words written as its abbreviation ("bao nhiêu héc-ta lúa" ->
    "bao nhiêu ha lúa"); the rest unchanged, case and diacritics kept. Cached: a question's text is read
    by several of its checks (one pass of the pattern of every spelling costs ~0.1 ms)."""
    rx, symbols = _spelled_re()
    folded = fold(text).lower()
    if len(folded) != len(text):
        return text
    out, last = [], 0
    for m in rx.finditer(folded):
        typed = text[m.start() : m.end()]
        if " " not in m.group(0).strip() and "-" not in m.group(0) and typed.lower() != m.group(0):
            # a one-word spelling typed with tone marks is another word: "tốn" (costs) is no "ton"
            continue
        out.append(text[last : m.start()])
        out.append(symbols[int(m.lastgroup[1:])])
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def unit_patterns(unit: str) -> tuple[str, ...]:
    """Folded patterns for a unit as documents write it: the abbreviation and its spellings ("ha",
    "hec[ -]?ta", "hecta" ...); the unit alone when it has none."""
    return (re.escape(unit), *(_spelled_pattern(s) for s in unit_spellings().get(unit, ())))


@cache
def quantity_units() -> Mapping[str, tuple[str, ...]]:
    """{quantity named in words (folded): the units that measure it} ("dien tich": ("ha", "m²", "km²");
    ``phrases.json`` quantity_units)."""
    table = _data()["quantity_units"]
    return MappingProxyType({k: tuple(v) for k, v in table.items() if not k.startswith("_")})


@cache
def money_verb_variants(verb: str) -> tuple[str, ...]:
    """The verbs naming the same flow of money as ``verb`` (folded: "cap" -> "hỗ trợ", "cấp", "trợ cấp",
    "tài trợ"; ``phrases.json`` money_verbs), lower-case with their diacritics (folded, "đóng" is "đồng"
    of any sum); () when it has none."""
    for group in _data()["money_verbs"]["groups"]:
        if verb in {fold(w) for w in group}:
            return tuple(group)
    return ()


@cache
def member_nouns() -> Mapping[str, tuple[str, tuple[str, ...]]]:
    """{the everyday noun for an organisation's members: (the organisation's registry id, the nouns its
    documents count them with)}, folded ("cuu chien binh": ("hoi_ccb", ("hoi vien",)); ``phrases.json``
    member_nouns)."""
    table = _data()["member_nouns"]
    return MappingProxyType(
        {k: (v["org"], tuple(v["counted"])) for k, v in table.items() if not k.startswith("_")}
    )


@cache
def document_making_words() -> tuple[str, ...]:
    """The folded verbs of making a document ("xay dung", "ban hanh", "xong", "draw up"; ``phrases.json``
    document_making_verbs), longest first: "xây dựng kế hoạch thực hiện X" asks about X's order to make it."""
    return tuple(sorted({fold(w) for w in _data()["document_making_verbs"]["words"]}, key=len, reverse=True))


@cache
def role_titles() -> tuple[str, ...]:
    """The folded posts a setting-up decision gives its members ("to truong", "pho truong ban";
    ``phrases.json`` role_titles), longest first."""
    return tuple(sorted({fold(w) for w in _data()["role_titles"]["words"]}, key=len, reverse=True))


@cache
def _work_noun_re() -> re.Pattern[str]:
    words = _alternation(fold(w) for w in _data()["work_nouns"]["words"])
    return re.compile(rf"^\W*(?:{words})\b")


def refers_to_item_work(sentence: str) -> bool:
    """Whether a sentence opens with a noun referring back to the work its item set ("Công trình hoàn thành
    trước ngày 31/01/2028" after "1. Bê tông hóa tuyến đường ..."; ``phrases.json`` work_nouns): its time
    is that work's, read with the item's first sentence."""
    return _work_noun_re().match(fold(sentence).lower()) is not None
