"""``python -m assistant obligations``: the duty table, filtered, as a readable table, JSON, CSV or ICS.

Documents come from the index when one exists (so the table matches what the assistant answers from),
otherwise the documents folder is parsed on the spot; extraction itself is rule-based and takes well under
a second, so there is nothing to cache.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import click

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.models import Document, Obligation
from assistant.obligations.export import to_csv, to_ics, to_json
from assistant.obligations.table import ObligationTable


def load_documents(index_dir: Path | None, documents_dir: Path | None, settings: Settings) -> list[Document]:
    """Stored documents from the index, or the documents folder parsed directly when there is no index."""
    index_dir = index_dir or settings.index_dir
    if (Path(index_dir) / "manifest.json").exists():
        from assistant.index.store import IndexStore

        store = IndexStore.open(index_dir)
        try:
            return store.documents()
        finally:
            store.close()
    from assistant.loaders import SUPPORTED_EXTENSIONS
    from assistant.pipeline import process_file

    folder = Path(documents_dir or settings.documents_dir)
    if not folder.is_dir():
        raise click.ClickException(
            f"Không có chỉ mục ở {index_dir} và không có thư mục văn bản {folder}. / "
            f"No index at {index_dir} and no documents folder at {folder}."
        )
    docs: list[Document] = []
    for path in sorted(
        p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS
    ):
        try:
            docs.append(process_file(path, settings, display_path=str(path)).document)
        except AssistantError as exc:  # one unreadable file must not hide the others' duties
            click.echo(f"! {exc.bilingual()}", err=True)
    from assistant.parse import resolve_references

    resolve_references(docs)  # identities one document only gets from another (as the indexer does)
    return docs


def format_table(rows: list[Obligation], table: ObligationTable, width: int = 100) -> str:
    """A plain-text listing a cadre can read in a terminal: who, what, by when, and where it is written."""
    if not rows:
        return "Không tìm thấy nhiệm vụ nào. / No obligations found."
    out: list[str] = []
    for n, r in enumerate(rows, 1):
        when = r.deadline.text if r.deadline else ""
        if r.deadline and r.deadline.end:  # a time counted from an event has no calendar range
            when += f" ({r.deadline.start or '…'} → {r.deadline.end})"
        if r.recurrence:
            when = f"{when}; {r.recurrence}" if when else r.recurrence
        match = {"named": "", "collective": " [chung / collective]"}.get(r.org_match or "", "")
        out.append(
            f"{n}. {table.label(r.doc_id)} › {r.section}" + (f", tr. {r.page}" if r.page else "") + match
        )
        implied = " (suy ra / inferred)" if r.inferred else ""  # not written in the clause itself
        if r.lead:
            out.append(f"   Chủ trì / Lead: {'; '.join(r.lead)}{implied}")
        if r.responsible:
            out.append(f"   Thực hiện / Responsible: {'; '.join(r.responsible)}{implied}")
        if r.coordinators:
            out.append(f"   Phối hợp / Coordinating: {'; '.join(r.coordinators)}")
        out.append(
            textwrap.fill(r.task, width, initial_indent="   Nhiệm vụ / Task: ", subsequent_indent="      ")
        )
        if when:
            out.append(f"   Thời hạn / When: {when}")
        if r.reporting:
            out.append(f"   Báo cáo / Reporting: {r.reporting}")
    out.append(f"\n{len(rows)} nhiệm vụ / obligations.")
    return "\n".join(out)


def register(main: click.Group) -> None:
    """Add the ``obligations`` command to the CLI group."""

    @main.command("obligations")
    @click.option(
        "--index", "index_dir", type=click.Path(path_type=Path), help="Thư mục chỉ mục / index folder."
    )
    @click.option(
        "--documents",
        "documents_dir",
        type=click.Path(path_type=Path),
        help="Thư mục văn bản (khi chưa có chỉ mục) / documents folder used when there is no index.",
    )
    @click.option(
        "--org",
        help="Tổ chức: tên, viết tắt hoặc tên tiếng Anh / organisation: name, abbreviation or English name.",
    )
    @click.option(
        "--document", "document", help="Số hiệu, tên tệp hoặc mã văn bản / document number, file name or id."
    )
    @click.option(
        "--due-before", help="Hạn trước hoặc đúng ngày / due on or before (2021-09-30, 30/9/2021, 9/2021)."
    )
    @click.option("--due-after", help="Hạn từ ngày / due on or after.")
    @click.option("--json", "fmt", flag_value="json", help="Xuất JSON / JSON output.")
    @click.option(
        "--csv", "fmt", flag_value="csv", help="Xuất CSV (UTF-8 BOM, mở được bằng Excel) / CSV output."
    )
    @click.option("--ics", "fmt", flag_value="ics", help="Xuất lịch iCalendar / calendar output.")
    @click.option("--output", "-o", type=click.Path(path_type=Path), help="Ghi ra tệp / write to a file.")
    @click.option(
        "--reminder-days",
        type=click.IntRange(0, 365),
        default=7,
        show_default=True,
        help="Nhắc trước hạn (ICS), 0 = không nhắc / ICS reminder days before the due day, 0 = none.",
    )
    def obligations(index_dir, documents_dir, org, document, due_before, due_after, fmt, output, reminder_days) -> None:  # noqa: ANN001
        """Bảng nhiệm vụ: ai chủ trì, phối hợp, thời hạn / Obligations: who leads, coordinates, by when."""
        settings = Settings.from_env(index_dir=index_dir, documents_dir=documents_dir)
        try:
            docs = load_documents(index_dir, documents_dir, settings)
            table = ObligationTable.from_documents(docs)
            if document and not table.find_documents(document):
                raise click.ClickException(
                    f"Không tìm thấy văn bản “{document}”. / No document matches “{document}”."
                )
            rows = table.query(org=org, document=document, due_before=due_before, due_after=due_after)
        except AssistantError as exc:
            raise click.ClickException(exc.bilingual()) from exc
        except ValueError as exc:  # a date that is not a date
            raise click.ClickException(f"Ngày không hợp lệ / invalid date: {exc}") from exc
        data: bytes
        if fmt == "json":
            data = (to_json(rows, table.label) + "\n").encode("utf-8")
        elif fmt == "csv":
            data = to_csv(rows, table.label)
        elif fmt == "ics":
            data = to_ics(rows, table.label, reminder_days=reminder_days)
        else:
            data = (format_table(rows, table) + "\n").encode("utf-8")
        if output:
            output.write_bytes(data)
            click.echo(f"{len(rows)} → {output}", err=True)
        else:
            sys.stdout.buffer.write(data) if hasattr(sys.stdout, "buffer") else click.echo(
                data.decode("utf-8")
            )
