"""Shared fixtures: paths to the sample corpus and the external material, settings, and one real index of
the sample documents built once per test session (real embedding model, real FAISS, real SQLite)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ASSISTANT_SHARED", REPO.parent / "shared"))
EXTERNAL = SHARED / "external"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: long-running (real LLM, browser); still runs in CI")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def documents_dir() -> Path:
    """The five sample documents shipped in documents/."""
    return REPO / "documents"


@pytest.fixture(scope="session")
def external_dir() -> Path:
    """../shared/external: real third-party documents and question sets (read in place, never copied)."""
    if not EXTERNAL.is_dir():
        pytest.skip(f"{EXTERNAL} not present")
    return EXTERNAL


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory):
    from assistant.config import Settings

    return Settings.from_env(index_dir=tmp_path_factory.mktemp("index") / "sample")


@pytest.fixture(scope="session")
def embedder(settings):
    """The real embedding model, loaded once per session."""
    from assistant.embeddings import Embedder

    # shared(): the same instance Indexer/Retriever/Assistant(settings) pick up, so the model loads once.
    return Embedder.for_settings(settings)


@pytest.fixture(scope="session")
def sample_index(settings, documents_dir, embedder):
    """A real index of the sample documents, built once: returns the index directory."""
    from assistant.indexer import Indexer

    Indexer(settings, embedder=embedder).update(documents_dir)
    return settings.index_dir


def assistant_over(root: Path, embedder, files: dict[str, str | list[str] | Path]):
    """A real ``Assistant`` over documents written under ``root`` ({file name: text}, {"X.docx": its
    paragraphs} written by python-docx, or {name: a file made elsewhere, copied}), indexed for real (the
    shared embedder, FAISS, SQLite)."""
    from assistant.api import Assistant
    from assistant.config import Settings
    from assistant.indexer import Indexer

    docs = root / "docs"
    docs.mkdir()
    for name, text in files.items():
        if isinstance(text, list):
            write_docx(docs / name, text)
        elif isinstance(text, Path):
            (docs / name).write_bytes(text.read_bytes())
        else:
            (docs / name).write_text(text, encoding="utf-8")
    settings = Settings.from_env(index_dir=root / "index", documents_dir=docs)
    Indexer(settings, embedder=embedder).update(docs)
    return Assistant(settings, embedder=embedder)


def assistant_as(fmt: str, tmp_path_factory, embedder, stem: str, lines: list[str]):
    """``assistant_over`` one document of ``lines`` written as ``stem``.docx (python-docx paragraphs) or
    ``stem``.txt (a blank line between lines), by ``fmt`` ("docx" / "txt"): a module fixture's params."""
    files = {f"{stem}.docx": lines} if fmt == "docx" else {f"{stem}.txt": "\n\n".join(lines)}
    return assistant_over(tmp_path_factory.mktemp(f"{stem}_{fmt}"), embedder, files)


def library_as(fmt: str, tmp_path_factory, embedder, name: str, docs: dict[str, list[str]]):
    """``assistant_over`` several documents ({stem: lines}), each written as ``stem``.docx (python-docx
    paragraphs) or ``stem``.txt (a blank line between lines), by ``fmt`` ("docx" / "txt")."""
    if fmt == "docx":
        files = {f"{stem}.docx": lines for stem, lines in docs.items()}
    else:
        files = {f"{stem}.txt": "\n\n".join(lines) for stem, lines in docs.items()}
    return assistant_over(tmp_path_factory.mktemp(f"{name}_{fmt}"), embedder, files)


def search_without(index, embedder, question: str, off: frozenset[str] = frozenset(), k: int = 5):
    """``Retriever.search`` over the index of ``index`` (its settings) with the features ``off`` switched
    off besides the default ones: how a ranking feature is measured in a test."""
    from dataclasses import replace

    from assistant.retrieve import Retriever

    settings = replace(index, disabled_features=index.disabled_features | off)
    return Retriever(settings, embedder=embedder).search(question, k=k)


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    """A .docx of plain paragraphs (python-docx), one per line given."""
    import docx

    document = docx.Document()
    for line in paragraphs:
        document.add_paragraph(line)
    document.save(path)
    return path


def write_docx_table(
    path: Path, opening: list[str], head: list[str], rows: list[list[str]], closing: list[str]
) -> Path:
    """A .docx (python-docx): the ``opening`` paragraphs, a bordered table of ``head`` and ``rows``, then the
    ``closing`` paragraphs."""
    import docx

    d = docx.Document()
    for line in opening:
        d.add_paragraph(line)
    table = d.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    for r, row in enumerate([head, *rows]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    for line in closing:
        d.add_paragraph(line)
    d.save(path)
    return path


def write_pipe_table(
    path: Path, opening: list[str], head: list[str], rows: list[list[str]], closing: list[str]
) -> Path:
    """The same content as ``write_docx_table`` as plain text: paragraphs separated by blank lines and the
    table as Markdown pipe rows (how a .txt or .md file writes a table)."""

    def pipe(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    table = [pipe(head), pipe(["---"] * len(head)), *(pipe(r) for r in rows)]
    path.write_text("\n\n".join(opening) + "\n\n" + "\n".join(table) + "\n\n" + "\n\n".join(closing) + "\n")
    return path


def write_paragraphs(path: Path, lines: list[str]) -> Path:
    """Write ``lines`` as one paragraph each: a Word document for a ``.docx`` path, else text with blank
    lines between them."""
    if path.suffix == ".docx":
        import docx

        d = docx.Document()
        for line in lines:
            d.add_paragraph(line)
        d.save(str(path))
    else:
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def first_line(answer) -> str:
    """An answer's first line (where a headline fact is written)."""
    return answer.text.split("\n", 1)[0]


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def dejavu_page(size: float = 11):
    """An fpdf2 A4 page in points with DejaVu Sans set (Vietnamese glyphs), for tests that lay out a PDF
    by coordinates; skips the test when the font (Debian fonts-dejavu-core) is not installed."""
    from fpdf import FPDF

    if not DEJAVU.is_file():
        pytest.skip("DejaVu Sans (fonts-dejavu-core) not installed")
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_page()
    pdf.set_font("DejaVu", "", size)
    return pdf


def soffice_convert(src: Path, fmt: str) -> Path:
    """``src`` converted by LibreOffice to ``fmt`` ("doc", "pdf") beside it, as an office saves it; skips the
    test when LibreOffice (soffice) is not installed."""
    import shutil
    import subprocess

    exe = shutil.which("soffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) not installed")
    subprocess.run(
        [exe, "--headless", "--convert-to", fmt, "--outdir", str(src.parent), str(src)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return src.with_suffix("." + fmt)


def write_pdf_lines(path: Path, lines: list[str], width: int = 90, left: float = 60) -> Path:
    """A PDF (fpdf2, DejaVu Sans 10 pt) of ``lines``, each a paragraph of its own wrapped at ``width``
    characters from ``left`` points, as a plain export prints them; skips the test without the font."""
    import textwrap

    pdf = dejavu_page(10)
    y = 50.0
    for line in lines:
        for piece in textwrap.wrap(line, width):
            pdf.text(left, y, piece)
            y += 13
        y += 11  # a paragraph's distance
    pdf.output(str(path))
    return path


def with_footnotes(path: Path, marks: list[tuple[str, str]]) -> None:
    """Give each paragraph of a saved .docx starting with an anchor a footnote mark, with its note in
    word/footnotes.xml (the parts and relationship Word writes). ``marks``: (anchor, note) pairs."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
        f'</w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote>'
        for i, (_, note) in enumerate(marks, start=1)
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:footnote>{notes}</w:footnotes>"
    )
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts["word/document.xml"].decode("utf-8")
    for i, (anchor, _) in enumerate(marks, start=1):
        end = doc.index("</w:p>", doc.index(anchor))
        mark = (
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{i}"/></w:r>'
        )
        doc = doc[:end] + mark + doc[end:]
    parts["word/document.xml"] = doc.encode("utf-8")
    parts["word/footnotes.xml"] = footnotes.encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    rel = (
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'footnotes" Target="footnotes.xml"/>'
    )
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", rel + "</Relationships>"
    ).encode()
    types = parts["[Content_Types].xml"].decode("utf-8")
    override = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
    )
    parts["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
