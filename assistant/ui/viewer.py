"""HTML rendering for the UI: a cited section with its quote highlighted, document metadata, an outline.

Pure functions from the shared data types (``Citation``, ``Document``, ``Obligation``) to HTML strings;
every piece of document text is escaped before it is put into markup. Links to original files go through
Gradio's file route (``/gradio_api/file=<absolute path>``), which serves only folders passed to
``launch(allowed_paths=...)``; PDF viewers honour the ``#page=N`` fragment.
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import quote as url_quote

from assistant.answer.render import format_date
from assistant.models import Citation, DocRef, Document, Obligation, Section
from assistant.ui.i18n import t

FILE_ROUTE = "/gradio_api/file="
# Originals a browser may show inline: PDFs (opened at the page) and raster images. Anything else (HTML,
# SVG, text, Word...) is served as a download, so a document can never run script in the app's origin.
INLINE_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff"}
# The app's own pages: scripts, styles and connections only from the app itself; no plugins, no framing
# by other sites, no form posts or base-URL changes to elsewhere. Gradio's page needs inline scripts and
# styles (its config is inlined), hence 'unsafe-inline' for those two.
APP_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; connect-src 'self' ws: wss:; "
    "worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'self'"
)
# A downloaded original, if a browser still renders it, runs in a sandbox with no script.
FILE_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'"
CONTEXT_CHARS = 1500  # at most this much of a long section is shown around the quote


def file_url(path: str | Path, page: int | None = None) -> str:
    """The URL that opens ``path`` through Gradio's file route, at ``page`` for PDFs."""
    url = FILE_ROUTE + url_quote(str(Path(path).resolve()), safe="/:")
    return f"{url}#page={page}" if page else url


def highlight(text: str, start: int, end: int) -> str:
    """Escape ``text`` and wrap ``text[start:end]`` in ``<mark>``; out-of-range offsets mark nothing."""
    if not (0 <= start < end <= len(text)):
        return _paragraphs(html.escape(text))
    return _paragraphs(
        html.escape(text[:start])
        + '<mark class="quote">'
        + html.escape(text[start:end])
        + "</mark>"
        + html.escape(text[end:])
    )


def _paragraphs(escaped: str) -> str:
    """Keep the document's paragraph breaks visible inside HTML."""
    return escaped.replace("\n", "<br>")


def _meta_rows(rows: list[tuple[str, str | None]]) -> str:
    cells = "".join(f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows if v)
    return f'<table class="meta">{cells}</table>'


def docref_meta(ref: DocRef, lang: str = "vi", section: str | None = None, page: int | None = None) -> str:
    """A small table of the document facts a cadre checks: type, number, date, issuer, signer, page."""
    return _meta_rows(
        [
            (t("meta_type", lang), ref.doc_type),
            (t("meta_number", lang), ref.number),
            (t("meta_date", lang), format_date(ref.date)),
            (t("meta_issuer", lang), ref.issuer),
            (t("meta_signer", lang), ref.signer),
            (t("meta_title", lang), ref.title),
            (t("meta_section", lang), section),
            (t("meta_page", lang), str(page) if page else None),
            (t("meta_file", lang), Path(ref.file).name),
        ]
    )


def _open_link(path: str | Path, page: int | None, lang: str) -> str:
    inline = Path(path).suffix.lower() in INLINE_SUFFIXES
    page = page if Path(path).suffix.lower() == ".pdf" else None
    label = t("open_original_page", lang, page=page) if page else t("open_original", lang)
    extra = "" if inline else f' download="{html.escape(Path(path).name)}"'
    return (
        f'<a class="open-original" href="{html.escape(file_url(path, page))}" target="_blank" '
        f'rel="noopener noreferrer"{extra}>{html.escape(label)} {"↗" if inline else "⤓"}</a>'
    )


class SecurityHeaders:
    """ASGI middleware for the app: ``X-Content-Type-Options: nosniff`` on every response, the
    ``APP_CSP`` Content-Security-Policy on HTML pages, and for files served by the file route
    ``Content-Disposition: attachment`` (plus a sandboxing CSP) unless they are PDFs or images."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return
        from urllib.parse import unquote

        path = unquote(scope.get("path", ""))
        served = path.split("/file=", 1)[1] if "/file=" in path else None

        async def send_with_headers(message) -> None:
            if message.get("type") == "http.response.start":
                from starlette.datastructures import MutableHeaders

                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                if served is not None:
                    if Path(served).suffix.lower() not in INLINE_SUFFIXES:
                        name = url_quote(Path(served).name, safe="")
                        headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{name}"
                        headers["Content-Security-Policy"] = FILE_CSP
                elif headers.get("content-type", "").startswith("text/html"):
                    headers["Content-Security-Policy"] = APP_CSP
                    headers["X-Frame-Options"] = "SAMEORIGIN"
                    headers["Referrer-Policy"] = "same-origin"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def enclosing_section(doc: Document, start: int, end: int) -> Section | None:
    """The deepest section whose span contains ``[start, end)``."""
    best: Section | None = None
    for s in doc.sections:
        if s.start <= start and end <= s.end and (best is None or s.level >= best.level):
            best = s
    return best


def _context(doc: Document, start: int, end: int) -> tuple[str, int, int]:
    """The text of the section around ``[start, end)``, trimmed to ``CONTEXT_CHARS``, with new offsets."""
    sec = enclosing_section(doc, start, end)
    lo, hi = (sec.start, sec.end) if sec else (max(0, start - 600), min(len(doc.text), end + 600))
    if hi - lo > CONTEXT_CHARS:
        lo = max(lo, start - CONTEXT_CHARS // 3)
        hi = min(hi, max(end, lo + CONTEXT_CHARS))
    body = doc.text[lo:hi]
    prefix = "… " if sec and lo > sec.start else ""
    suffix = " …" if sec and hi < sec.end else ""
    return prefix + body + suffix, start - lo + len(prefix), end - lo + len(prefix)


def render_citation(
    c: Citation, doc: Document | None = None, lang: str = "vi", original: str | Path | None = None
) -> str:
    """The side panel for one citation: heading, metadata, the section text with the quote in ``<mark>``.

    With the parsed ``doc`` the whole enclosing section is shown around the quote; without it, the cited
    chunk. ``original`` is the absolute path of the source file (for the "open the original" link).
    """
    if doc is not None and 0 <= c.doc_start < c.doc_end <= len(doc.text):
        text, s, e = _context(doc, c.doc_start, c.doc_end)
    else:
        text, s, e = c.text, c.quote_start, c.quote_end
    link = _open_link(original, c.page, lang) if original else ""
    return (
        f'<div class="citation-view" data-n="{c.n}">'
        f"<h3>[{c.n}] {html.escape(c.doc.title)}</h3>"
        f'<div class="section-path">{html.escape(c.section)}</div>'
        f"{docref_meta(c.doc, lang, c.section, c.page)}{link}"
        f'<div class="section-text">{highlight(text, s, e)}</div></div>'
    )


def render_obligation(
    ob: Obligation, doc: Document | None = None, lang: str = "vi", original: str | Path | None = None
) -> str:
    """The source panel for one obligation row: the section around the sentence, sentence highlighted."""
    if doc is not None and 0 <= ob.start < ob.end <= len(doc.text):
        text, s, e = _context(doc, ob.start, ob.end)
    else:
        text, s, e = ob.text, 0, len(ob.text)
    title = doc.meta.short_title() if doc else Path(ob.file).name
    meta = docref_meta(_docref(doc), lang, ob.section, ob.page) if doc else ""
    link = _open_link(original, ob.page, lang) if original else ""
    return (
        f'<div class="obligation-view"><h3>{html.escape(title or Path(ob.file).name)}</h3>'
        f'<div class="section-path">{html.escape(ob.section)}</div>{meta}{link}'
        f'<div class="section-text">{highlight(text, s, e)}</div></div>'
    )


def _docref(doc: Document) -> DocRef:
    from assistant.answer.render import doc_ref

    return doc_ref(doc)


def render_outline(doc: Document, lang: str = "vi", original: str | Path | None = None) -> str:
    """The document's outline with its metadata on top: each heading's number, heading text and first line;
    a click on a heading opens that section's text (``<details>``, no script needed)."""
    from assistant.training.pack import outline

    items: list[str] = []
    for e in outline(doc):
        s = doc.section(e.section_id)
        if s is None:
            continue
        pages = (
            f' <span class="pages">({t("meta_page", lang).lower()} {s.pages[0]})</span>' if s.pages else ""
        )
        org = f' <span class="org">· {html.escape(s.org)}</span>' if s.org else ""
        indent = max(0, e.level - 1)
        head = " ".join(x for x in (e.label, e.heading) if x) or (s.path[-1] if s.path else "—")
        first = f'<div class="first-line">{html.escape(e.first_line)}</div>' if e.first_line else ""
        body = doc.text[s.start : s.end].strip()
        if len(body) > CONTEXT_CHARS:
            body = body[:CONTEXT_CHARS].rsplit(" ", 1)[0] + " …"
        items.append(
            f'<li style="margin-left:{indent * 1.2:.1f}em" class="lvl{s.level}"><details>'
            f'<summary><span class="heading">{html.escape(head)}</span>{pages}{org}{first}</summary>'
            f'<div class="section-text">{_paragraphs(html.escape(body))}</div></details></li>'
        )
    link = _open_link(original, None, lang) if original else ""
    return (
        f'<div class="outline-view"><h3>{html.escape(doc.meta.short_title() or Path(doc.file).name)}</h3>'
        f'{docref_meta(_docref(doc), lang)}{link}<ul class="outline">{"".join(items)}</ul></div>'
    )


def empty_panel(message: str) -> str:
    """A muted placeholder for a panel with nothing selected yet."""
    return f'<div class="panel-empty">{html.escape(message)}</div>'


CSS = """
#citation-view mark.quote, #obligation-source mark.quote { background: #fff3a3; padding: 0 .1em; }
.citation-view h3, .obligation-view h3, .outline-view h3 { margin: .2em 0; }
.section-path { color: #555; font-size: .9em; margin-bottom: .4em; }
table.meta { font-size: .88em; border-collapse: collapse; margin: .3em 0; }
table.meta, table.meta tr, table.meta th, table.meta td {
  border: 0 !important; background: transparent !important; }
#ob-table, #ob-table *, #doc-list, #doc-list *, #upload-results, #upload-results * {
  font-family: system-ui, sans-serif !important; }
table.meta th { text-align: left; padding: 1px 8px 1px 0; color: #555; font-weight: 600;
  white-space: nowrap; }
table.meta td { padding: 1px 0; }
.section-text { margin-top: .5em; padding: .6em .8em; border-left: 3px solid #c33; background: #fafafa;
  max-height: 420px; overflow-y: auto; line-height: 1.5; }
a.open-original { font-size: .9em; }
ul.outline { list-style: none; padding-left: 0; }
ul.outline li.lvl1 > details > summary .heading { font-weight: 600; }
ul.outline summary { cursor: pointer; }
ul.outline .first-line { color: #555; font-size: .9em; margin-left: 1.1em; }
.panel-empty { color: #777; font-style: italic; padding: .5em; }
#status-bar { font-size: .9em; }
"""
