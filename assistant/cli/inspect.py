"""``python -m assistant inspect FILE [--json]``: show what the system understood of one document.

For a cadre checking a new file before indexing it: the metadata read from header, title and signature,
the section outline with pages and chunk counts, and any warnings. ``--json`` gives the same facts to
scripts. Only formatting lives here; the work is ``assistant.pipeline.process_file``.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.pipeline import ProcessedFile, process_file


def register(main: click.Group) -> None:
    """Add the ``inspect`` command to the CLI group."""
    main.add_command(inspect_cmd)


@click.command("inspect")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output / Xuất dạng JSON.")
def inspect_cmd(file: Path, as_json: bool) -> None:
    """Hiển thị siêu dữ liệu, dàn ý và cảnh báo của một văn bản / Show a document's metadata, outline, warnings."""
    try:
        processed = process_file(file, Settings.from_env())
    except AssistantError as exc:
        raise click.ClickException(exc.bilingual()) from exc
    if as_json:
        click.echo(json.dumps(summary(processed), ensure_ascii=False, indent=2))
    else:
        click.echo(render(processed))


def summary(pf: ProcessedFile) -> dict[str, Any]:
    """The facts ``inspect`` shows, as plain data."""
    doc = pf.document
    counts: dict[str, int] = {}
    # A section holding its parent's text after the parent's list is shown as that parent, once.
    shown = {s.id: s.parent if doc.continues_parent(s) else s.id for s in doc.sections}
    for c in pf.chunks:
        sid = shown.get(c.section_id, c.section_id)
        counts[sid] = counts.get(sid, 0) + 1
    return {
        "file": doc.file,
        "doc_id": doc.doc_id,
        "format": doc.format,
        "encoding": pf.loaded.encoding,
        "page_count": doc.page_count,
        "ocr_pages": doc.ocr_pages,
        "content_hash": doc.content_hash,
        "meta": asdict(doc.meta),
        "label": doc.meta.short_title(),
        "sections": [
            {
                "id": s.id,
                "label": s.label,
                "path": s.path,
                "title": s.title,
                "level": s.level,
                "pages": s.pages,
                "org": s.org,
                "chunks": counts.get(s.id, 0),
            }
            for s in doc.sections
            if shown[s.id] == s.id
        ],
        "chunks": len(pf.chunks),
        "chars": len(doc.text),
        "warnings": doc.warnings,
    }


def _line(label: str, value: Any) -> str | None:
    if value in (None, "", []):
        return None
    return f"  {label:<22}{value}"


def render(pf: ProcessedFile) -> str:
    """Readable text: metadata block, outline (indented, pages, chunk counts), warnings."""
    s = summary(pf)
    m = pf.document.meta
    out = [f"Tệp / File: {s['file']}  ({s['format']}, {s['chars']} ký tự, {s['chunks']} đoạn/chunks)"]
    out.append("Siêu dữ liệu / Metadata:")
    inferred = f"  (suy ra / inferred: {', '.join(m.inferred)})" if m.inferred else ""
    signer = " ".join(x for x in (m.signer_capacity, m.signer_title, m.signer) if x)
    for c in m.cosigners:  # a joint document's other signers
        signer += "; " + " ".join(x for x in (c.capacity, c.title, c.name) if x)
    rows = [
        ("Loại / Type", m.doc_type),
        (
            "Số / Number",
            (m.number or "") + (f" (= {', '.join(m.number_aliases)})" if m.number_aliases else ""),
        ),
        ("Ngày / Date", (m.date or "") + inferred),
        ("Cơ quan / Issuer", m.issuer),
        ("Nơi / Place", m.place),
        ("Người ký / Signer", signer),
        ("Trích yếu / Title", m.title),
        ("Kèm theo / Issued by", getattr(m, "issued_with", None)),  # "(Ban hành kèm theo Quyết định ...)"
        ("Kính gửi / Addressees", "; ".join(m.addressees)),
        ("Nơi nhận / Recipients", "; ".join(m.recipients)),
    ]
    out.extend(x for x in (_line(k, v) for k, v in rows) if x)
    for c in m.copies:
        parts = [c.kind, c.number, c.date, c.issuer, c.place, c.signer]
        out.append(f"  {'Bản sao / Copy':<22}" + ", ".join(p for p in parts if p))
        if c.instruction:
            out.append(f"  {'':<22}→ {c.instruction}")
    if m.references:
        out.append("Văn bản được dẫn / References:")
        for r in m.references:
            facts = ", ".join(x for x in (r.doc_type, r.number, r.date, r.issuer) if x)
            out.append(f"  - {facts}")
    out.append("Dàn ý / Outline:")
    for sec in s["sections"][1:]:
        indent = "  " * len(sec["path"])  # a continuation's children stand beside its parent's list
        pages = f" [tr. {', '.join(map(str, sec['pages']))}]" if sec["pages"] else ""
        org = f" {{{sec['org']}}}" if sec["org"] else ""
        out.append(f"{indent}{sec['path'][-1]}{pages}{org} ({sec['chunks']} đoạn)")
    if s["warnings"]:
        out.append("Cảnh báo / Warnings:")
        out.extend(f"  ! {w}" for w in s["warnings"])
    return "\n".join(out)
