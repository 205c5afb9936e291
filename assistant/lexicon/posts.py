"""Posts held by persons that a document names instead of the person (``posts.json``)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from assistant.text import fold


@cache
def post_heads() -> tuple[str, ...]:
    """The folded heads of posts a plan assigns work to by title ("pho chu tich", "bi thu"; ``posts.json``
    post_heads), longest first so "pho chu tich" is read before "chu tich"."""
    data = json.loads(Path(__file__).with_name("posts.json").read_text(encoding="utf-8"))
    return tuple(sorted({fold(w) for w in data["post_heads"]}, key=len, reverse=True))


@cache
def assigning_posts() -> tuple[str, ...]:
    """The folded posts whose holder gives a task ("thu tuong", "pho chu tich"; ``posts.json``
    assigning_posts), longest first so "pho thu tuong" is read before "thu tuong"."""
    data = json.loads(Path(__file__).with_name("posts.json").read_text(encoding="utf-8"))
    return tuple(sorted({fold(w) for w in data["assigning_posts"]}, key=len, reverse=True))
