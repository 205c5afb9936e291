"""The recipient a question and a clause send a paper to, compared as written: "nộp ... cho TT Đảng ủy" and
"trình Thường trực Đảng uỷ trước ngày 31/7/2026" send to one body (library5 dev l5-rw-30), whatever the
verb ("nộp" / "trình") and whether or not the registry knows the body.

Part of the answer step, beside ``receivers.recipients`` (registry bodies only): ``no_deadline`` must not
say a document sets no time for an act when a dated clause sends the same paper to the same recipient,
named in full or by its initials ("TT" for "Thường trực", as cadres abbreviate any body's name).
"""

from __future__ import annotations

import re

from assistant.lexicon.levels import sending_directions, sending_verbs
from assistant.lexicon.words import stopwords
from assistant.text import fold

# the sending verbs and their marks of direction, folded (``lexicon.levels``: the one list)
_VERBS = "|".join(sending_verbs())
_DIRECTIONS = "|".join(sending_directions())
# A sending word and the preposition after it: "trình", "gửi về", "nộp cho", "báo cáo lên", folded
_SEND_RE = re.compile(rf"\b(?:{_VERBS}|{_DIRECTIONS})\s+(?:(?:{_DIRECTIONS})\s+)?")
# what ends a recipient's name: a time, a purpose, a question word, a clause's end (folded)
_NAME_END_RE = re.compile(
    r"\s(?:truoc|cham nhat|muon nhat|han|trong|de|la|khi|vao|thi|hoac|va|sau|kem|theo|tu|ngay|thoi)\b"
    r"|[,;.:?!()\n]"
)
MAX_NAME_WORDS = 6  # a recipient's name: "Ban Thường vụ Đảng ủy xã" and no more


def _names_sent_to(text: str) -> list[list[str]]:
    """The recipients' names (folded words) written right after each sending word of ``text``."""
    folded = fold(text).lower()
    out = []
    for m in _SEND_RE.finditer(folded):
        rest = folded[m.end() :]
        end = _NAME_END_RE.search(rest)
        words = re.findall(r"[a-z0-9]+", rest[: end.start() if end else len(rest)])[:MAX_NAME_WORDS]
        if len(words) >= 2:
            out.append(words)
    return out


def _same_name(asked: list[str], written: list[str]) -> bool:
    """Whether ``asked`` (a question's recipient, folded words) names ``written`` (a clause's): word for
    word, a word of two or more letters that is no word of ``written`` standing for the initials of as many
    of its words ("tt dang uy" for "thuong truc dang uy"). Both names are read whole."""
    i = 0
    for w in asked:
        if i < len(written) and written[i] == w:
            i += 1
            continue
        n = len(w)
        if n >= 2 and w not in written and [x[0] for x in written[i : i + n]] == list(w):
            i += n
            continue
        return False
    return i == len(written)


# A sending verb, the paper it sends and the preposition before the recipient: "nộp bảng chấm điểm thi
# đua về ...", "nộp kế hoạch du lịch cộng đồng cho ..." (folded)
_PAPER_RE = re.compile(
    rf"\b(?:{_VERBS})\s+((?:(?!(?:{_DIRECTIONS})\b)[a-z0-9]+\s+)"  # the paper's words, then the direction
    r"{1,8}?)"
    rf"(?:{_DIRECTIONS})\s"
)


def _papers_sent(text: str) -> list[list[str]]:
    """The papers ``text`` sends (its folded content words between a sending verb and the recipient's
    preposition, stopwords dropped); a paper of no content word is left out."""
    stop = {fold(w).lower() for w in stopwords()}
    out = []
    for m in _PAPER_RE.finditer(fold(text).lower()):
        words = [w for w in m.group(1).split() if w not in stop]
        if words:
            out.append(words)
    return out


def same_recipient(question: str, clause: str, context: str = "", *, paper: bool = True) -> bool:
    """Whether ``question`` sends its paper to the body ``clause`` sends one to (``_same_name``), a name of
    two words or more on each side, and that paper is the one the clause's sentence sends: every content
    word of a paper the question names is written in ``clause`` or ``context`` (the sentence around it,
    where the paper stands before "...; trình Thường trực Đảng ủy trước ngày ..."). The same recipient
    alone is not enough: "nộp bảng chấm điểm thi đua về Hội Nông dân xã" is not "báo cáo kết quả sơ kết 6
    tháng về Hội Nông dân xã trước ngày ..." (another paper to the same body; a question naming no paper
    gets False). ``paper=False`` compares the recipients alone, for a caller whose safe side is a match
    (``no_deadline``: a withheld "no time" costs a first line, a false one is wrong)."""
    written = _names_sent_to(clause)
    if not any(_same_name(a, w) for a in _names_sent_to(question) for w in written):
        return False
    if not paper:
        return True
    have = set(re.findall(r"[a-z0-9]+", fold(f"{clause} {context}").lower()))
    return any(all(w in have for w in paper) for paper in _papers_sent(question))


# the end of a sentence that goes on after a line break: a semicolon or a comma
_GOES_ON_RE = re.compile(r"[;,]\s*$")


def continued_from(text: str, start: int) -> str:
    """The sentence before ``text[start:]`` when the one at ``start`` goes on with it: it opens in lower
    case and the text before ends with ";" or "," ("Các sở, ban, ngành ... chủ động xây dựng Kế hoạch ...;
    \\n định kỳ hàng năm (trước ngày 15/11 ...) báo cáo ..."): its subject is written there. "" otherwise."""
    rest = text[start:].lstrip()
    before = text[:start]
    if not rest or not rest[0].islower() or not _GOES_ON_RE.search(before):
        return ""
    cut = max(before.rfind(".", 0, len(before.rstrip()) - 1), before.rfind("\n\n"))
    return before[cut + 1 :] if cut >= 0 else before
