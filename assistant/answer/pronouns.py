"""Words of a follow-up pointing back at what the previous question asked about.

"Đơn vị nào phối hợp với họ?" after "Ai phụ trách bảo đảm an ninh trật tự trong buổi lễ kỷ niệm?": "họ" is
the lead of that task, and the partners asked are that task's; "Phần trang trí ở đó phải xong trước khi
nào?" after "Lễ kỷ niệm ... tổ chức ở đâu?": "ở đó" is the place of that event (newcomer trial 42 f1, f2).
Without the previous question the pronoun names nothing, and the follow-up was answered from whatever row
retrieval put first ("Chủ trì: ..." of another task). The pronouns are the everyday ones of Vietnamese
speech and of English (``lexicon/pronouns.json``); the rewrite keeps the previous question's task and adds
the follow-up's own ask after it ("Ai phụ trách bảo đảm an ninh ... — đơn vị nào phối hợp?"), the form
``followup`` already gives another fact of the same task.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

_LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "pronouns.json"


@cache
def _pronoun_re() -> re.Pattern[str]:
    """The pronoun phrases, longest first, with the preposition before them that only links them to the
    verb ("phối hợp với họ", "ở đó"): lower-cased text with diacritics, whole words."""
    lex = json.loads(_LEXICON.read_text(encoding="utf-8"))
    words = sorted({*lex["vi"], *lex["en"], *lex["bodies"]}, key=len, reverse=True)
    links = sorted(lex["links"], key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    link = "|".join(re.escape(w) for w in links)
    never = "|".join(re.escape(w) for w in lex["not_after"])
    return re.compile(
        rf"(?<![\wÀ-ỹđĐ])(?:(?:{link})\s+)?(?:{alt})(?![\wÀ-ỹđĐ])(?!\s+(?:{never})(?![\wÀ-ỹđĐ]))",
        re.IGNORECASE,
    )


def refers_back(question: str) -> bool:
    """Whether ``question`` points back with a pronoun ("với họ", "ở đó", "việc đó", "that unit"); a name
    ("họ và tên", "họ tên") is none."""
    return _pronoun_re().search(question) is not None


def without_pronoun(question: str) -> str | None:
    """``question`` less its pronoun phrases ("Đơn vị nào phối hợp với họ?" -> "Đơn vị nào phối hợp"), its
    closing "?" dropped; None when it has none or nothing would be left."""
    if not refers_back(question):
        return None
    rest = _pronoun_re().sub(" ", question)
    rest = re.sub(r"\s+", " ", rest).strip(" ?,")
    return rest if re.search(r"\w", rest) else None


@cache
def _body_re() -> re.Pattern[str]:
    lex = json.loads(_LEXICON.read_text(encoding="utf-8"))
    alt = "|".join(re.escape(w) for w in sorted(lex["bodies"], key=len, reverse=True))
    never = "|".join(re.escape(w) for w in lex["not_after"])
    return re.compile(
        rf"(?<![\wÀ-ỹđĐ])(?:{alt})(?![\wÀ-ỹđĐ])(?!\s+(?:{never})(?![\wÀ-ỹđĐ]))", re.IGNORECASE
    )


def body_pronoun(question: str) -> bool:
    """Whether ``question``'s pronoun stands for a body ("họ", "đơn vị đó", "they"), not a task or place."""
    return _body_re().search(question) is not None


def with_body(question: str, body: str) -> str:
    """``question`` with its first body pronoun replaced by ``body`` as written ("Họ phải nộp báo cáo trước
    ngày nào?" + "Hội Nông dân xã" -> "Hội Nông dân xã phải nộp báo cáo trước ngày nào?")."""
    m = _body_re().search(question)
    if m is None:
        return question
    return question[: m.start()] + body + question[m.end() :]
