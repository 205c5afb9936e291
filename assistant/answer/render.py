"""Answer wording the product owns: labels, lead-ins, fixed phrases, document labels and citation lines.

Quotes from the documents always stay in Vietnamese; only the words around them follow the question's
language. All wording comes from ``prompts/`` (``labels.json``, ``not_found.*.txt``) so that it is
reviewed and translated in one place, not scattered through the code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from assistant.config import REPO_ROOT
from assistant.models import Citation, DocRef, Document
from assistant.parse.closing import PREAMBLE_SECTION

PROMPTS_DIR = REPO_ROOT / "prompts"


@lru_cache(maxsize=64)
def prompt(name: str) -> str:
    """The text of ``prompts/<name>`` without its trailing newline."""
    return (PROMPTS_DIR / name).read_text(encoding="utf-8").rstrip("\n")


@lru_cache(maxsize=1)
def _labels() -> Mapping[str, Mapping[str, str]]:
    """{language: {key: label}} from ``prompts/labels.json``, read-only (shared by every answer)."""
    labels = json.loads((PROMPTS_DIR / "labels.json").read_text(encoding="utf-8"))
    return MappingProxyType({lang: MappingProxyType(table) for lang, table in labels.items()})


def lang_of(language: str | None) -> str:
    """Only two product languages exist; anything else is shown in Vietnamese."""
    return "en" if language == "en" else "vi"


def label(key: str, language: str = "vi", **fmt: object) -> str:
    """A product label in the question's language, formatted with ``fmt`` when it has placeholders."""
    text = _labels()[lang_of(language)][key]
    return text.format(**fmt) if fmt else text


def not_found(language: str = "vi") -> str:
    """The fixed "not found in the loaded documents" phrase."""
    return prompt(f"not_found.{lang_of(language)}.txt")


def is_not_found(text: str) -> bool:
    """True when ``text`` is (essentially) the not-found phrase in either language."""
    from assistant.text import fold

    t = fold(text).strip(" .\"'")
    return any(fold(not_found(lang)).strip(" .") in t for lang in ("vi", "en")) or t.startswith(
        "khong tim thay"
    )


def format_date(iso: str | None, language: str = "vi") -> str:
    """ISO ``2009-12-08`` -> ``08/12/2009`` (the way the documents write dates, in both languages)."""
    if not iso:
        return ""
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{parts[2]}/{parts[1]}/{parts[0]}"
    if len(parts) == 2:  # the day left blank in the document: "2025-11" -> "11/2025"
        return f"{parts[1]}/{parts[0]}"
    return iso


def doc_ref(doc: Document) -> DocRef:
    """The document facts a citation shows, from the parsed metadata."""
    meta = doc.meta
    title = meta.short_title() or Path(doc.file).stem
    if len(title) > 70:  # an unnumbered document is named by its subject line: keep the label short
        title = title[:69].rsplit(" ", 1)[0] + "…"
    return DocRef(
        doc_id=doc.doc_id,
        file=doc.file,
        doc_type=meta.doc_type,
        number=meta.number,
        date=meta.date,
        title=title,
        issuer=meta.issuer,
        signer=meta.signer,
    )


def subject_line(doc: Document | None) -> str:
    """The document's subject line ("Thủ tục vay vốn Quỹ Hỗ trợ nông dân năm 2029"), "" when unknown."""
    return (doc.meta.title or "") if doc is not None else ""


def opening_matter(doc: Document | None) -> str:
    """What the document's opening announces it is about: the last clause of the preamble's lead-in ("Căn
    cứ ..., Ban Thường vụ Huyện đoàn hướng dẫn tổ chức Ngày hội hiến máu tình nguyện như sau:" -> "Ban
    Thường vụ Huyện đoàn hướng dẫn tổ chức Ngày hội hiến máu tình nguyện như sau:"), where a passage
    under it names its matter barely ("Ngày hội được tổ chức ..."); "" when the preamble has no lead-in.
    The clauses before it cite other documents, whose words are not this document's matter."""
    if doc is None:
        return ""
    preamble = next((s.id for s in doc.sections if s.path == [PREAMBLE_SECTION]), None)
    if preamble is None:
        return ""
    lead = [p.text for p in doc.paragraphs if p.section_id == preamble and p.text.rstrip().endswith(":")]
    return lead[-1].rsplit(", ", 1)[-1] if lead else ""


def doc_sort_date(doc: Document) -> str:
    """An ISO date to order documents newest first, even when the header date was not parsed.

    Falls back to the newest document it cites (a directive is never older than what it implements),
    then to a year in the file name; "" sorts last.
    """
    if doc.meta.date:
        return doc.meta.date
    cited = [r.date for r in doc.meta.references if r.date]
    if cited:
        return max(cited)
    m = re.search(r"(?<!\d)((?:19|20)\d{2})(?:-(\d{2})-(\d{2}))?(?!\d)", Path(doc.file).name)
    if m:
        return "-".join(x for x in m.groups() if x) if m.group(2) else f"{m.group(1)}-01-01"
    return ""


def doc_label(ref: DocRef, language: str = "vi") -> str:
    """ "Kết luận 62-KL/TW (08/12/2009)": what a cadre calls the document."""
    date = format_date(ref.date, language)
    return f"{ref.title} ({date})" if date else ref.title


def citation_line(c: Citation, language: str = "vi") -> str:
    """One sources line: ``[1] Kết luận 62-KL/TW (08/12/2009) — 3. Tổ chức › 3.4, tr. 2 — file``."""
    parts = [f"[{c.n}] {doc_label(c.doc, language)}"]
    where = c.section
    if c.page:
        pages = f"{c.pages[0]}–{c.pages[-1]}" if len(c.pages) > 1 else str(c.page)
        where = (
            f"{where}, {label('page', language)} {pages}" if where else f"{label('page', language)} {pages}"
        )
    if where:
        parts.append(where)
    parts.append(c.doc.file)
    return " — ".join(parts)


def sources_block(citations: list[Citation], language: str = "vi", heading: str = "sources") -> str:
    """The numbered sources list shown under an answer (CLI and plain-text output)."""
    if not citations:
        return ""
    lines = [f"{label(heading, language)}:"]
    lines += [citation_line(c, language) for c in citations]
    return "\n".join(lines)


def quote_line(quote: str, n: int) -> str:
    """A verbatim quote followed by its citation marker; quotes keep the documents' own wording."""
    q = " ".join(quote.split())
    return f"“{q}” [{n}]"


def language_name(language: str) -> str:
    """How the LLM prompt names the answer language."""
    return "tiếng Anh (English)" if lang_of(language) == "en" else "tiếng Việt"
