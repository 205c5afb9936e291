"""A contact person asked ("đầu mối liên hệ ... là ai?", "hỏi ai?", "who should we contact?";
``intents.CONTACT_ASKED`` "person"): which quoted sentences state one (library5 dev l5-rw-17: "nếu có vướng
mắc, các đơn vị kịp thời thông tin về Sở GDĐT (qua ông ... - Phó Trưởng phòng ..., điện thoại số ...)").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer import mentions
from assistant.lexicon.phrases import is_contact_sentence
from assistant.query.intents import asks_contact_person

# A person named with the title written before a name ("ông Nguyễn Văn A", "đồng chí Lò Văn B", "đ/c C").
_TITLED_RE = re.compile(r"(?<!\w)(?:ông|bà|anh|chị|đồng chí|đ/c)\s+(?=[A-ZĐÀ-Ỹ])", re.IGNORECASE)


def _titled_person(sentence: str) -> bool:
    """Whether a sentence names a person after a title: a name (``mentions.person_names``, which keeps
    surnames that fold like common words: "Trần", "Đặng", "Đỗ") starting right after "ông / bà / đồng chí ..."
    (the title in lower case: "Bà Rịa" is a place)."""
    starts = {a for a, _ in mentions.person_names(sentence)}
    return any(
        m.end() in starts and m.group(0)[:1].islower()
        for m in _TITLED_RE.finditer(sentence)
    )


def names_contact(sentence: str) -> bool:
    """Whether a sentence states whom to contact: a person's name after a title (``_titled_person``), a phone
    number (``mentions.contact_written``) or a contact formula ("Mọi vướng mắc liên hệ ...",
    ``phrases.is_contact_sentence``)."""
    return (
        _titled_person(sentence)
        or mentions.contact_written([sentence], "phone")
        or is_contact_sentence(sentence)
    )


def asks_contact_name(folded_question: str) -> bool:
    """Whether a (folded) question asks whom to contact (``intents.asks_contact_person``: "đầu mối liên hệ ở
    Sở ... là ai?") and no phone or email (``mentions.asked_contact`` reads those). The body it names is where
    the contact sits, the setting of the answer (``quotes.setting_documents``), not a doer of what is quoted."""
    return asks_contact_person(folded_question) and mentions.asked_contact(folded_question) is None


def person_contact_states(folded_question: str) -> Callable[[str], bool] | None:
    """``names_contact`` for a question ``asks_contact_name``; None for any other question."""
    return names_contact if asks_contact_name(folded_question) else None
