"""A figure of an act done TO the body a question asks about, not BY it.

"Sau khi nhận đủ hồ sơ, Ban Thường vụ Thành ủy phải ra quyết định trong vòng bao nhiêu ngày?" asks a length
of the Standing Committee's own act; "Các đơn vị gửi hồ sơ ... đến Ban Thường vụ Thành ủy trước 30 ngày
làm việc ..." writes the length of the units' act of sending files to it. A body the question writes as
the subject of its act (not after a word making it the place, partner or receiver: "đến", "về", "lên",
"cho", "của", ...) that the figure's clause writes only after such a word is no actor of that clause: the
figure is another actor's (library5 dev l5-party-38, a wrong "Số liệu: 30 ngày làm việc"). Any body, any
document type; a clause that does not write the body asked is left to the other checks.
"""

from __future__ import annotations

import re

from assistant.text import fold

# Words before a body's name that make it the receiver, place or partner of an act, not its doer (folded):
# "gửi về Ban Thường vụ", "báo cáo lên Huyện ủy", "đề nghị đến ...", "của Đảng ủy xã".
_RECEIVING_RE = re.compile(
    r"\b(?:tai|cua|voi|ve|cho|den|toi|len|tu|theo|qua|boi|gui|trinh|nop|xin)\s*(?:\(\s*)?$"
)
# The fewest words of an asked name read as naming it ("ban thuong vu thanh uy" of "ban thuong vu thanh uy
# ha noi"; a shorter head such as "ban thuong vu" names the organ of any organisation).
_MIN_NAME_WORDS = 4


def _forms(name: str) -> list[str]:
    """The folded name and its shortenings by trailing words down to ``_MIN_NAME_WORDS`` words, longest
    first."""
    words = name.split()
    if len(words) <= _MIN_NAME_WORDS:
        return [name]
    return [" ".join(words[:n]) for n in range(len(words), _MIN_NAME_WORDS - 1, -1)]


def _roles(folded_text: str, name: str) -> list[bool]:
    """For each place the folded text writes ``name`` (or a shortening, ``_forms``): True when it is
    written as a doer (no receiving word right before it, ``_RECEIVING_RE``)."""
    for form in _forms(name):
        found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", folded_text)]
        if found:
            return [not _RECEIVING_RE.search(folded_text[max(0, at - 12) : at]) for at in found]
    return []


def done_to_asked(question: str, clause: str, asked_names: list[str]) -> bool:
    """Whether ``clause`` (a figure's clause) writes a body the question names as its doer (``asked_names``:
    folded names of the question's subject bodies) only as the receiver or partner of its act: the
    figure belongs to another actor's act. False when the question writes none of the names as a doer or
    the clause does not write it."""
    folded_question, folded_clause = fold(question), fold(clause)
    for name in asked_names:
        if not any(_roles(folded_question, name)):
            continue
        in_clause = _roles(folded_clause, name)
        if in_clause and not any(in_clause):
            return True
    return False
