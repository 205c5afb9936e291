"""Questions asking why: the cause of a change or an act, and the clauses that give one.

"Vì sao lễ kỷ niệm phải đổi địa điểm?", "Lý do thay đổi thời gian là gì?", "Tại sao ...?", "Why was the
venue changed?" ask the cause, not the fact that changed: the venue or the time they name is their topic.
A document gives the cause in a clause of its own: "Do Hội trường Ủy ban nhân dân xã đang được sửa chữa
mái, ...", "... vì trùng lịch tiếp xúc cử tri", "Lý do: ...", "Nguyên nhân: ...". A purpose ("nhằm ...",
"để ...") is what an act is for, the answer to "để làm gì?" / "nhằm mục đích gì?", not a cause.

The words are Vietnamese function words and their English twins (the question's, folded; a clause's, read
with its diacritics: folded, the causal "do" is also "đó" (that), "độ" (degree) and "đồ", and "vì" is
"vi" of "vi phạm"), never one document's phrasing.
"""

from __future__ import annotations

import re

from assistant.text import nfc

# "vì sao", "tại sao", "vì lý do gì", "lý do ... là gì", "nguyên nhân ... là gì", "do đâu", "why", "what is
# the reason", typed with or without diacritics (folded)
_ASKS_REASON_RE = re.compile(
    r"\b(?:vi sao|tai sao|vi ly do gi|vi dau|do dau|ly do|nguyen nhan|why|reason|for what reason)\b"
)

# A clause giving a cause, read lowercase with its diacritics: a sentence or clause opening with "Do ..."
# ("Do Hội trường ... đang sửa chữa, ..."; after a comma "do" is most often the doer, "do Ủy ban ... chủ
# trì", so only where it opens a sentence, a line or a field), "vì" / "bởi vì" / "bởi" / "tại vì" anywhere,
# "là do", a labelled "Lý do" / "Nguyên nhân".
_CAUSE_RE = re.compile(
    r"(?:^|[.!?:;\n]\s*|[\"“(]\s*)(?:do|bởi vì|bởi|vì|tại vì)\s+\w"
    r"|(?<!\w)(?:vì|bởi vì|tại vì|là do|lý do|nguyên nhân)(?!\w)"
)


def asks_reason(folded_question: str) -> bool:
    """Whether a (folded) question asks why something is done or changed ("Vì sao ...?", "Lý do ... là
    gì?", "Tại sao", "why", "vi sao" typed without diacritics)."""
    return bool(_ASKS_REASON_RE.search(folded_question))


def gives_cause(text: str) -> bool:
    """Whether a passage or a sentence gives a cause (``_CAUSE_RE``: "Do ...,", "... vì ...", "Lý do:
    ...", "Nguyên nhân ..."), read lowercase with its diacritics."""
    return bool(_CAUSE_RE.search(nfc(text).lower()))
