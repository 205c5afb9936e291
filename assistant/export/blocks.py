"""The small document model every export writes: headings, paragraphs, cited quotes and tables."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Heading:
    text: str
    level: int = 1  # 0 = document title, 1..3


@dataclass
class Para:
    text: str
    bold: bool = False


@dataclass
class Quote:
    """A verbatim quote and the citation printed under it."""

    text: str
    source: str


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] | None = None  # relative column widths


Block = Heading | Para | Quote | Table
