"""A place asked where the quoted clause only refers the place to another paper.

"Ủy ban bầu cử xã đặt điểm nhận hồ sơ tại phòng nào, trụ sở nào?" of a guide writing "3. Thời gian, địa
điểm tiếp nhận hồ sơ: Theo Thông báo số 09/TB-UBBC ..." : the guide does not state the place, a notice
the library may not hold does; quoting the reference reads as an answer (library3 l3-mttq-39, an
unanswerable question answered). Read folded (``assistant.text.fold``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from assistant.answer.sentences import split_sentences
from assistant.text import fold

# The question asks a place: a room, a seat, an address, "ở đâu" (folded). A time asked beside it
# ("khi nào và ở đâu?") is answered by the same clause's time: not read here.
_PLACE_ASK_RE = re.compile(
    r"\b(?:o dau|tai dau|cho nao|noi nao|dia diem nao|phong nao|tru so nao|dia chi|toa nha nao|where)\b"
)
_TIME_ASK_RE = re.compile(r"\b(?:khi nao|bao gio|luc nao|ngay nao|hom nao|thoi gian|may gio|when)\b")
# A place written only by a reference: "Địa điểm ...: Theo Thông báo số ...", "địa điểm do Ủy ban ...
# thông báo", "... sẽ thông báo sau" (a document kind after "theo", or a notice to come).
_PAPERS = r"(?:thong bao|ke hoach|quyet dinh|cong van|van ban|huong dan|giay moi)"
_DEFERS_RE = re.compile(
    rf"\bdia diem\b[^:.;]{{0,80}}:\s*(?:theo|tai|do)\s+(?:cac\s+)?{_PAPERS}\b"
    rf"|\bdia diem\b[^.;]{{0,80}}\b(?:se|duoc)\s+thong bao (?:sau|cu the)\b"
)


def asks_place_only(folded_question: str) -> bool:
    """Whether the (folded) question asks where (a room, a seat, an address) and not when."""
    return bool(_PLACE_ASK_RE.search(folded_question)) and not _TIME_ASK_RE.search(folded_question)


def place_only_referred(quotes: Iterable[str], writes_place: Callable[[str], bool]) -> bool:
    """True when some quoted sentence gives the place only by a reference to another paper
    (``_DEFERS_RE``) and no quoted sentence writes a place otherwise (``writes_place``: a sentence -> does
    it write a place, ``mentions.place_writer``). ``quotes``: the quoted passages (text)."""
    referred = False
    for quote in quotes:
        for a, b in split_sentences(quote):
            sentence = quote[a:b]
            if _DEFERS_RE.search(fold(sentence)):
                referred = True
            elif writes_place(sentence):
                return False
    return referred
