"""Bodies a question names by the shape of their names, outside the organisation registry (query
understanding, read by ``query.analyze``): the shaped names themselves, whether a body named before "gửi"
sends, and an issuer's code inside a document's number that names no body asked about."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import text as vt
from assistant.lexicon.levels import grade_alternation, unit_alternation

_LEVEL_ONLY_RE = re.compile(
    rf"^\s*(?:cac cap|cap (?:{grade_alternation()}|co so)|{unit_alternation(centre=True)})?\s*$"
)


# "Trường hợp" (a case, "Trường hợp đơn vị cần điều chỉnh ... thì ...") opens with the head noun of a school
# ("Trường THCS ..."), written with its diacritics; it names no body (library5 dev l5-rw-26).
_CASE_WORD_RE = re.compile(r"(?i)trường\s+hợp(?!\w)")
# "Bao giờ", "Bao lâu", "Bao nhiêu" (when, how long, how many) open a question with the folded head noun of a
# newspaper ("Báo ..."); they name no body (the sample set's "Bao giờ phải tổng kết Kết luận ...?" read "Bao
# giờ" as the actor asked, which no clause names). Matched on the folded name, with or without diacritics.
_ASK_WORD_RE = re.compile(r"bao\s+(?:gio|lau|nhieu)(?![a-z])")


def shaped_bodies(cased: str, mentions: list) -> list[tuple[str, int]]:
    """Bodies named by the shape of their name that the registry does not cover (or covers only in part:
    "Ban Tuyên giáo Tỉnh hội" is longer than the registry's "Ban Tuyên giáo")."""
    from assistant.obligations.clauses import acting_head_end, named_body_end, subject_body_span

    folded = vt.fold_chars(cased)
    out: list[tuple[str, int]] = []
    # "Các đoàn kiểm tra phải ...", "Tổ công tác cần ...": a generic actor opening the question
    opening = subject_body_span(cased, folded)
    if opening is not None and _CASE_WORD_RE.match(cased, opening[0]):
        opening = None  # "Trường hợp đơn vị thấy cần ... thì ...": a case clause, no school ("Trường")
    if opening is not None and _ASK_WORD_RE.match(folded.lower(), opening[0]):
        opening = None
    if opening is not None and not any(x.start <= opening[0] < x.end for x in mentions):
        out.append((cased[opening[0] : opening[1]], opening[0]))
    for m in re.finditer(r"(?<!\w)\w", cased):
        at = m.start()
        if not cased[at].isupper():
            continue
        end = named_body_end(cased, folded, at)
        if end is None and at == 0:
            end = acting_head_end(cased, folded, at)  # "Hợp tác xã phải ...": a generic actor
        if end is None:
            continue
        if any(x.start <= at and end <= x.end for x in mentions):
            continue  # the registry names it whole
        if any(x.start < at < x.end for x in mentions):
            continue  # begun inside a registry name that it goes on ("Ủy ban Kiểm tra [Đảng ủy] xã")
        if any(x.start == at and _LEVEL_ONLY_RE.match(folded[x.end : end]) for x in mentions):
            continue  # the registry's body at a level ("Đoàn thanh niên" + "các cấp")
        name = cased[at:end]
        if _ASK_WORD_RE.match(folded.lower(), at):
            continue
        # an abbreviation counts the words it stands for ("HTX" cần ...: "hợp tác xã")
        if len(vt.spell_out(vt.fold(name)).split()) >= 2 and name not in [n for n, _ in out]:
            out.append((name, at))
    # A generic head read as the opening actor ("Văn phòng", "Ban", "Tổ công tác") is no body of its own when
    # a longer name starting there says whose it is ("Văn phòng Đảng ủy"): read alone it would match any
    # owner's ("Văn phòng Đoàn xã"; newcomer trial 41 q32).
    return [
        (n, a)
        for n, a in out
        if not any(a2 <= a and a + len(n) <= a2 + len(n2) and len(n2) > len(n) for n2, a2 in out)
    ]


@dataclass
class Mention:
    """A body named in a question by the shape of its name, in the registry mention's form."""

    org_id: str  # the name as written
    start: int
    end: int


# "Hội Phụ nữ phường (hằng quý) gửi ... cho cơ quan nào?", "... phải gửi cho ai?": a body sends, or a duty
# does; a document's Nơi nhận is asked with the document as the one sent ("Kế hoạch ... gửi cho những ai?").
_DUTY_SENDS_RE = re.compile(r"\b(?:phai|can|co trach nhiem)\b.*\bgui\b")
_BODY_SENDS_RE = re.compile(r"(?:\s+(?!duoc\b)\S+){0,4}?\s+(?:(?:phai|can|se|da)\s+)?gui\b")


def body_sends(cased: str, mentions: list) -> bool:
    """Whether the question's "gửi" is a body's act: a duty ("phải gửi"), or a body named within a few
    words before it, not as a document's issuer ("của ...") nor inside its number ("14-KH/ĐTN"), and not
    before a passive "được gửi" (what is sent is the subject)."""
    folded = vt.fold(cased).lower()
    if _DUTY_SENDS_RE.search(folded):
        return True
    return any(
        _BODY_SENDS_RE.match(folded, m.end)
        and not folded[: m.start].rstrip().endswith(" cua")
        and folded[m.start - 1 : m.start] not in ("/", "-")
        for m in mentions
    )


def in_number(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a capitals code glued after "/" or "-" to a number's other parts
    ("HU" of "86-TB/HU", "HPN" of "47/CV-HPN")."""
    code = text[start:end]
    return (
        start > 0
        and text[start - 1] in "/-"
        and code.isupper()
        and " " not in code
        and (end == len(text) or not text[end].isalnum())
        and bool(re.search(r"\d[\w/-]*$", text[:start]))
    )
