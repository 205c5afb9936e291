"""One file through every stage before indexing: load -> parse (clean, metadata, structure) -> chunk.

``process_file`` is what the indexer calls per file and what ``inspect`` shows; ids are stable: the
document id hashes the display path (so a changed file keeps its id) and ``content_hash`` is the
SHA-256 of the bytes (so an unchanged file is never re-embedded).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from assistant.chunking import chunk_document
from assistant.config import Settings
from assistant.models import Chunk, Document, LoadedFile
from assistant.parse import parse

# The version of the rules that read a file (loaders, parser, chunker). Bumped whenever a change reads some
# file differently (other text, sections, metadata or chunks): an index built under another version re-reads
# every file on its next update, since an unchanged file's bytes (its content hash) say nothing about how it
# was read. 13: tables placed by their titles, three signature columns, form appendices (session 13).
# 14: a table row is its cells as written ("2 | ... | ..."), not a labelled rewrite; an ordered item
# writing its own label ("Bước 4:") is not numbered again; the title block ends at "Chương I" and
# leaves the "(Ban hành kèm theo ...)" note to the body (trial 18).
# 15: a number wrapped in a PDF cell is one number; a subject wrapped over lines is whole (PDF, text
# letterheads); a closing part never starts inside an article's paragraph (trial 19).
# 16: a V/v subject wrapped onto a line opening with a name is whole; a department named with " - "
# inside its name is its own lead-in section; a lettered list announced after a list of steps stands beside
# the steps; "Bước 2:" opens a PDF paragraph; a contact line after the last item is the closing part
# (trial 21).
# 17: a letterhead printing the organisation over its bare organ issues as that organ (session 15).
# 18: the "Nơi nhận:" block is kept as written, with its pages, for the recipients fact's citation
# (trial 23 q24).
# 19: a verb after a two-syllable place name ("... Krông Hà mở lớp ...") ends a body's name (trial 24).
# 20: a recipient named with " - " is one recipient; a subject wrapped inside a name onto a capitalised line
# before the body is whole; a cited issuer keeps its place's last syllables; a minority-language place in
# capitals is title-cased; "Điểm cầu ..." is no point "c" (trial 24).
# 21: a minority-language place wrapped onto its own letterhead line ("... HUYỆN" / "KRÔNG THẠCH") finishes
# the issuer's name (trial 25).
# 22: a V/v subject whose wrapped lines a text reader joined into one paragraph longer than the V/v column is
# whole when "Kính gửi:" follows (trial 27).
# 23: OCR reads Tesseract's word boxes: a line jumping from one column to the other is two table cells
# (a scanned signature table's "Nơi nhận" | capacity), as a letter typed with tabs (trial 27).
# 24: a PDF table whose first row the page's end cut (a header broken across pages) keeps that row, joined
# to its continuation on the next page; a word set half a point over a table's rule is inside it (trial 25).
# 25: a joint programme ("CTrPH" number code; "... PHỐI HỢP" type line with two signature columns) is issued
# by both bodies, each signature column its own signer, "Nơi nhận" kept (trial 28).
# 26: a PDF page set in columns with a table in one column keeps the column order (the table between the
# lines above and below it in its own column; the second column after the first).
# 27: urgency and secrecy marks are no part of the issuer; a title "CỦA ĐỒNG CHÍ ..." names no issuer; a
# congress line is its organisation's congress; a joint letterhead's columns each name an issuer (owner
# lines above them issue nothing); a signature table is the tail; Word footnotes are read (trial 29).
# 28: a spaced plain-text joint signature keeps a signing left column's name below the blank lines left for
# the signature (the left column the longer), and a row of both names below them (trial 28).
# 29: a PDF table's word is read whole in the cell holding its middle (a header set over its column's
# ruling); a page's first ruled table with the previous page's last table's columns goes on from it
# whatever words cross its rulings; a table's first row naming columns by years ("Năm 2035", "Số suất
# năm học 2034 - 2035") is its header (trial 31).
# 30: a meeting's capitals line before a "về ..." subject line is no title (the subject line is); the
# "(Ban hành kèm theo ...)" note is DocumentMeta.issued_with (trial 31). 31: 29 and 30 merged.
# 33: a document number typed with an en or em dash ("08 –HD/BTCTU") is read (references, numbers)
# (trial 34). 34: a weekday before "ngày ..." in a text file's first lines is no place-date line ("thứ Sáu,
# ngày 09 tháng 01 năm 2032" split a numbered line in two; trials 32, 33).
# 35: a sentence about the whole document (its effect, what it replaces) after the last item is the closing
# part; an article, lettered item or bullet run into the paragraph before it is a paragraph of its own (every
# format; a PDF line opening the next item); a line without a pipe under a Markdown table is no row (parse21).
# 36: a sentence-case subject "của đồng chí Bí thư ... tại hội nghị ..." names a speaker, never the issuer;
# a hyphen inside a "Kính gửi:" name ("Các tổ chức chính trị - xã hội xã") is no item mark (trial 41).
# 37: the level words of letterheads and signatures are the lexicon's one list (lexicon.levels): a capacity
# wrapped before "ĐẶC KHU ..." ("TM. BAN THƯỜNG VỤ" / "ĐẢNG ỦY" / "ĐẶC KHU CÔN ĐẢO") goes on with it.
# 38: a column named with a year in brackets ("Thành viên (2026)") no longer makes a figures table by year
# a table without a header (trial 45 q09). (Two helpers each bumped to 37 in parallel; 38 keeps an index
# built with only one of the two changes from passing for current.)
PARSE_VERSION = 38


@dataclass
class ProcessedFile:
    """A file as the index will see it."""

    loaded: LoadedFile
    document: Document
    chunks: list[Chunk]


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes, read in blocks so large PDFs do not fill memory."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _load(path: Path, settings: Settings) -> LoadedFile:
    """Load through the loaders package's dispatcher (it picks the loader from the file's content)."""
    from assistant.loaders import load_file

    return load_file(path, settings)


def process_file(
    path: Path, settings: Settings | None = None, display_path: str | None = None
) -> ProcessedFile:
    """Load, parse and chunk one file. Raises ``LoadError`` for unreadable files."""
    settings = settings or Settings.from_env()
    path = Path(path)
    loaded = _load(path, settings)
    document = parse(loaded, display_path or str(path), content_hash=file_hash(path))
    return ProcessedFile(loaded=loaded, document=document, chunks=chunk_document(document, settings))
