"""Who gives a task and to whom, when the one giving it is a post or stands after an opening phrase.

"Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư theo chức năng, nhiệm vụ được
giao, nghiên cứu ...", "Phó Thủ tướng Trịnh Đình Dũng giao Bộ Xây dựng ...", "Trên cơ sở đó, Ban Thường
vụ Tỉnh ủy giao Ban Tuyên giáo ...": the body after "giao" is responsible; the assigner (a post, a person
with a post, or a body) and an opening phrase ending with a comma name no duty. The posts are
``lexicon/posts.json`` (``lexicon.posts.assigning_posts``).
"""

from __future__ import annotations

import re

from assistant.lexicon.posts import assigning_posts
from assistant.obligations.clauses import chain
from assistant.obligations.orgs import OrgRegistry
from assistant.text import fold, normalize

_FRAME_MAX = 200  # characters of an opening phrase before the assigner ("Về nội dung nêu trên, ")
_ASSIGNER_MAX = 80  # characters of the assigner before "giao" ("Phó Thủ tướng Trịnh Đình Dũng ")
_GIAO_RE = re.compile(r"(?<![a-z])giao\s+")
# "theo chức năng, nhiệm vụ (được giao)," / "theo chức năng, nhiệm vụ, quyền hạn": how a body is to act, no
# part of what it is to do (folded)
_REMIT_RE = re.compile(
    r"\s*theo\s+(?:dung\s+)?chuc nang,?\s*nhiem vu(?:,?\s*quyen han)?(?:\s+(?:duoc giao|cua minh))?\s*,?\s*"
)


def _assigner(clause: str, folded: str, reg: OrgRegistry, a: int, b: int) -> bool:
    """Whether ``clause[a:b]`` (stripped) is an assigner: a body chain ending at ``b``, or a post written
    with a capital, alone or before a capitalised word (a body or a person's name: "Thủ tướng Chính phủ",
    "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Thủ tướng Trịnh Đình Dũng"); the span is at most
    ``_ASSIGNER_MAX`` characters and holds no comma."""
    text = clause[a:b].strip()
    if not text or not text[0].isupper():
        return False
    start = a + len(clause[a:b]) - len(clause[a:b].lstrip())
    parties, end = chain(clause, folded, reg, start)
    if parties and not clause[end:b].strip():
        return True
    words = text.split()
    if fold(words[0]) == "dong" and len(words) > 2 and fold(words[1]) == "chi":
        words = words[2:]  # "Đồng chí Phó Chủ tịch ..."
    low = fold(" ".join(words))
    post = next((p for p in assigning_posts() if low == p or low.startswith(p + " ")), None)
    if post is None:
        return False
    rest = words[len(post.split()) :]
    if not rest:
        return True
    # after the post: a body ("Chính phủ", "Ủy ban nhân dân tỉnh"), then perhaps a person's name, or only a
    # name ("Trịnh Đình Dũng"); a lower-case word left over is a verb or an adverb ("... tỉnh đã giao")
    name_at = b - len(clause[a:b]) + len(clause[a:b].rstrip()) - len(" ".join(rest))
    parties, end = chain(clause, folded, reg, name_at)
    left = clause[end if parties else name_at : b].split()
    return all(w[:1].isupper() for w in left)


def assigned_at(clause: str, folded: str, reg: OrgRegistry, pos: int) -> re.Match[str] | None:
    """The assigning "giao" in ``clause`` (``folded``: ``fold_chars`` of it, same length; the body given
    the task starts at the match's end), when the clause from ``pos`` reads [opening phrase ","] assigner
    "giao" body; None otherwise. Only the first "giao" is read, and the body after it must be one
    ``chain`` reads (a capitalised name: "chưa giao hội viên ..." assigns nothing).

    Source: the shape of assigning sentences in Công văn and Thông báo kết luận (issue 11, library2
    l2-rw-32: "Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ ...")."""
    g = _GIAO_RE.search(folded, pos, min(len(folded), pos + _FRAME_MAX + _ASSIGNER_MAX))
    if g is None or normalize(clause[g.start() : g.start() + 4]) != "giao":
        return None
    if not clause[g.end() : g.end() + 1].isupper() or ";" in clause[pos : g.start()]:
        return None
    comma = clause.rfind(",", pos, g.start())
    who_at = comma + 1 if comma >= 0 else pos
    if g.start() - who_at > _ASSIGNER_MAX or (comma >= 0 and comma - pos > _FRAME_MAX):
        return None
    if not _assigner(clause, folded, reg, who_at, g.start()):
        return None
    if not chain(clause, folded, reg, g.end())[0]:
        return None
    return g


def remit_end(folded: str, at: int) -> int:
    """Past "theo chức năng, nhiệm vụ được giao," at ``at`` in ``folded`` (``fold_chars`` text): where the
    duty itself starts; ``at`` when no such phrase stands there (Công văn wording, library2 l2-rw-32)."""
    m = _REMIT_RE.match(folded, at)
    return m.end() if m else at
