"""Words of body names and the fixed phrases of directives, from ``phrases.json`` beside this file.

- ``body_name_tail``: where a body's name ends once its head is read ("Chi bộ Ban Chỉ huy" + "quân sự
  xã" + "Ngọc Lương"): name words such as "quân sự", "phụ nữ", "nhân dân" in any case, then an
  administrative unit or settlement ("xã", "thôn") with its proper name;
- ``is_basis_sentence``: a preamble sentence that cites the basis ("Căn cứ ...", "Thực hiện ...") or hands
  over to the items below ("... xây dựng kế hoạch như sau:");
- ``is_closing_sentence``: the concluding sentence after the last item ("Trên đây là ...", "Ban Thường vụ
  đề nghị các chi hội nghiêm túc thực hiện.").

Matching keeps the diacritics (lower-cased only): folded, "bản" (a village) would be "Ban" (a board).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from assistant.text import normalize

_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_PROPER = rf"(?:[{_UPPER}0-9]\w*)"  # a capitalised syllable or a number ("Ngọc", "5")
# Words that link a name to what follows it, never a name's second syllable ("Hồ Chí Minh trong Quân đội").
_FUNCTION = "(?:trong|của|với|và|tại|theo|cho|về|ở|là|thuộc|các|những|có|do|đến|từ)"


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("phrases.json").read_text(encoding="utf-8"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


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
        # "xã, phường, thị trấn", "tỉnh, thành phố": one body at several kinds of unit
        re.compile(rf"(?:\s*,\s*|\s+(?:và|hoặc)\s+)(?i:{place})(?!\w)(?=\s*[,(]|\s+\w)"),
        # a capitalised word, with its second syllable when a capital follows ("Cộng sản Hồ Chí Minh")
        re.compile(
            rf"\s+{_PROPER}(?!\w)(?:\s+(?!{_FUNCTION}(?!\w))[{_UPPER.lower()}a-z]+(?=\s+[{_UPPER}]))?"
        ),
    )


def body_name_tail(text: str, end: int) -> int:
    """Where a body's name that has been read up to ``end`` really ends: name words ("quân sự", "phụ
    nữ", "nhân dân") and the capitalised words after them ("Mặt trận Tổ quốc" + "Việt Nam"), then a unit
    or settlement with its proper name ("xã Ngọc Lương", "thôn 3") or a list of units ("xã, phường"), also
    when the unit word was already read ("Hội Cựu chiến binh xã" + "Tân Lập"). The place closes it."""
    words, place, ends_in_place, proper, more_places, capital = _tail_res()
    if not ends_in_place.search(text, max(0, end - 20), end):
        read = False  # a name word was read: capitalised words may follow ("Tổ quốc" + "Việt Nam")
        while m := words.match(text, end) or (read and capital.match(text, end)):
            end, read = m.end(), True
        m = place.match(text, end)
        if not m:
            return end
        end = m.end()
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


def is_basis_sentence(sentence: str) -> bool:
    """A sentence that cites what a document rests on or hands over to its items: no duty of its own."""
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
    out the whole, what to do with difficulties)."""
    s = _sentence(sentence)
    return any(rx.search(s) for rx in _closing_res())


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
def _variant_groups() -> dict[str, tuple[str, ...]]:
    from assistant.text import fold

    out: dict[str, tuple[str, ...]] = {}
    for group in _data()["action_variants"]["groups"]:
        folded = tuple(dict.fromkeys(fold(w) for w in group))
        for w in folded:
            out[w] = tuple(dict.fromkeys(out.get(w, ()) + folded))
    return out


def action_variants(action: str) -> tuple[str, ...]:
    """The folded verbs written for the same act as ``action`` (folded: "gui" -> "gui", "gui ve", "nop",
    "bao cao", "chuyen"; ``phrases.json`` action_variants), the action itself first."""
    return tuple(dict.fromkeys((action, *_variant_groups().get(action, ()))))
