"""Markdown pipe tables in text files: a letterhead or signature table written as ``| ... | ... |`` rows.

Converters (pandoc, web-to-Markdown tools, office "save as Markdown") write a directive's two-column header
table (issuing body, number, "V/v" subject | motto, place-date) and its signature table (recipients |
capacity, title, name) as one pipe row each, with the lines of a cell joined by ``<br>`` and a separator row
``|---|---|`` under the first row. Read as prose, the row is one line: the cells glue together, the
"V/v ..." line glues onto the number ("112-CV/HĐTN" + "V/v" -> "112-CV/HĐTNV"), the separator row becomes
text (even a section title) and the pipes stay in passages.

Here the table is found by markdown-it-py's GFM table rule (a maintained CommonMark parser: escaped pipes,
alignment colons, ragged rows and code spans are its business), and each cell comes back with its lines
split at ``<br>``, so the loader gives every line its ``Block.cell = (table, row, col)`` exactly as the
DOCX and HTML readers do for a Word or web header table. Only top-level tables are taken (a table inside
a list item or a quote keeps its prefix on each source line); the separator row is no row, and a line
without a pipe right under the last row (GFM reads it as one more row) is the paragraph after the table.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARSER = MarkdownIt("commonmark").enable("table")

CellLines = list[tuple[int, list[str]]]  # (column, the cell's lines) of one row, empty cells left out
Segment = tuple[list[str], list[CellLines]]  # (plain lines, []) or ([], table rows)


def split_br(text: str) -> list[str]:
    """A cell's (or a line's) pieces between ``<br>`` tags, blank pieces left out."""
    return [piece.strip() for piece in BR_RE.split(text) if piece.strip()]


def table_segments(lines: list[str]) -> list[Segment]:
    """``lines`` cut into alternating plain runs and pipe tables: ``(plain_lines, [])`` or ``([], rows)``."""
    if not any("|" in line for line in lines):
        return [(lines, [])] if lines else []
    tables: list[tuple[int, int, list[CellLines]]] = []
    rows: list[CellLines] = []
    col = 0
    span: tuple[int, int] | None = None  # the source lines of the top-level table being read
    for token in _PARSER.parse("\n".join(lines)):
        if token.type == "table_open" and token.level == 0 and token.map:
            span, rows = (token.map[0], token.map[1]), []
        elif span is None:
            continue
        elif token.type == "tr_open":
            if token.map and "|" not in lines[token.map[0]] and rows:
                # GFM takes a line without a pipe right under a table for one more row ("| | Tổng cộng |
                # 200 |" then "Kinh phí được cấp ..."); a document's writer meant a paragraph after it
                tables.append((span[0], token.map[0], [r for r in rows if r]))
                span = None
                continue
            rows.append([])
            col = 0
        elif token.type in ("th_close", "td_close"):
            col += 1
        elif token.type == "inline" and rows and (pieces := split_br(token.content)):
            rows[-1].append((col, pieces))
        elif token.type == "table_close" and token.level == 0:
            tables.append((*span, [r for r in rows if r]))
            span = None
    out: list[Segment] = []
    cursor = 0
    for first, last, table_rows in tables:
        if first > cursor:
            out.append((lines[cursor:first], []))
        if table_rows:
            out.append(([], table_rows))
        cursor = last
    if cursor < len(lines):
        out.append((lines[cursor:], []))
    return out
