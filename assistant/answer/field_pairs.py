"""The place field written beside a time field: a plan's "Thời gian, địa điểm" item written as two field
lines, "- Thời gian: Dự kiến 19h30 ngày ...;" then "- Địa điểm: Sân ...", which ``sentences.split_sentences``
reads as two sentences. The place of the time a first line states is the "Địa điểm" field of the sentence
right after (or right before) the one writing the time when that sentence is itself a "Thời gian" field
line: the two fields describe one event (library2 dev l2-rw-11). A place field anywhere else in the passage
is not read so (another item's place, trial 37 c02).
"""

from __future__ import annotations

import re

# a field line of the time ending where its time begins: "Thời gian: Dự kiến ", "- Thời gian tổ chức: ",
# "a) Thời gian dự kiến: vào " at a line's start, after a list mark or "; " (a flattened list)
_TIME_FIELD_RE = re.compile(
    r"(?:^|\n|[;:]\s|\s[-–+•]\s)[ \t]*(?:[-–+•*][ \t]*|[a-zđ0-9]{1,2}[.)][ \t]*)?"
    r"[Tt]hời gian(?: tổ chức| dự kiến)?[ \t]*:[^\n;:]{0,30}$"
)
# a field line of the place, opening its sentence: "Địa điểm: ...", "- Địa điểm tổ chức: tại ..."
_PLACE_FIELD_RE = re.compile(
    r"^[ \t]*(?:[-–+•*][ \t]*|[a-zđ0-9]{1,2}[.)][ \t]*)?[Đđ]ịa điểm(?: tổ chức)?[ \t]*:[ \t]*(?:tại[ \t]+)?"
    r"([^;\n|]{2,80}?)[.;]?[ \t]*(?=$|\n)"
)


def place_beside_time(
    text: str, sentences: list[tuple[int, int]], where: tuple[int, int], anchor: str
) -> re.Match[str] | None:
    """The "Địa điểm: ..." field (a match whose group 1 is the place, as written) of the sentence right
    after or right before ``where`` (``(start, end)`` in ``text`` of the sentence writing ``anchor``, the
    first line's time), when the line of ``where`` writing ``anchor`` is a "Thời gian:" field line; None
    otherwise. ``sentences``: ``split_sentences(text)``."""
    at = text.find(anchor, where[0], where[1])
    if at < 0:
        return None
    if not _TIME_FIELD_RE.search(text[where[0] : at]):
        return None
    i = sentences.index(where) if where in sentences else -1
    if i < 0:
        return None
    for j in (i + 1, i - 1):
        if 0 <= j < len(sentences):
            a, b = sentences[j]
            m = _PLACE_FIELD_RE.match(text[a:b])
            if m is not None:
                return m
    return None
