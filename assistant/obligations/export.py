"""Obligation rows out of the assistant: JSON for programs, CSV for Excel, ICS for calendars.

The CSV starts with a UTF-8 byte-order mark because Excel otherwise reads Vietnamese as Windows-1252
mojibake. The calendar has one all-day event per dated duty on its due day (the last day the deadline
allows: a quarter -> its last day, "trong năm 2026" -> 31/12/2026), a reminder (VALARM) a set number of
days before, the source sentence and document in the description, and a UID derived from the document,
the sentence and the deadline wording (not from offsets), so re-importing updates events instead of
duplicating them even after the document is re-indexed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from assistant.models import Obligation

LIST_SEP = "; "
# The acting bodies (lead, else responsible) before the partners: with the partners between them, a row
# without a lead ("X phối hợp với Y ...") read as if Y acted (newcomer trial 8).
CSV_COLUMNS = [
    "document", "task", "lead", "responsible", "coordinators",
    "deadline_text", "deadline_start", "deadline_end",
    "recurrence", "reporting", "org_match", "file", "section", "page", "text", "source", "inferred",
]  # fmt: skip

Labeller = Callable[[str], str]


def to_row(ob: Obligation, label: Labeller | None = None) -> dict[str, Any]:
    """One row in the export shape: task, bodies, deadline {text, start, end} or None, recurrence,
    reporting, org_match, and the citation (file, section, page, original sentence)."""
    return {
        "task": ob.task,
        "lead": list(ob.lead),
        "responsible": list(ob.responsible),
        "coordinators": list(ob.coordinators),
        "deadline": {"text": ob.deadline.text, "start": ob.deadline.start, "end": ob.deadline.end}
        if ob.deadline
        else None,
        "recurrence": ob.recurrence,
        "reporting": ob.reporting,
        "org_match": ob.org_match,
        "file": ob.file,
        "section": ob.section,
        "page": ob.page,
        "text": ob.text,
        "source": ob.source,
        "inferred": ob.inferred,  # the bodies are implied, not written in the clause
        "document": label(ob.doc_id) if label else ob.doc_id,
        "start": ob.start,
        "end": ob.end,
    }


def to_json(rows: list[Obligation], label: Labeller | None = None) -> str:
    """The rows as a JSON array (UTF-8 text, Vietnamese kept as is)."""
    return json.dumps([to_row(r, label) for r in rows], ensure_ascii=False, indent=2)


def to_csv(rows: list[Obligation], label: Labeller | None = None) -> bytes:
    """The rows as CSV bytes with a UTF-8 BOM; lists joined by "; "."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for r in rows:
        d = to_row(r, label)
        dl = d.pop("deadline") or {}
        d.update(deadline_text=dl.get("text"), deadline_start=dl.get("start"), deadline_end=dl.get("end"))
        for key in ("lead", "responsible", "coordinators"):
            d[key] = LIST_SEP.join(d[key])
        writer.writerow({k: "" if d.get(k) is None else d[k] for k in CSV_COLUMNS})
    return buf.getvalue().encode("utf-8-sig")


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


REMINDER_DAYS = 7  # default VALARM lead time; ``to_ics(reminder_days=...)`` and the CLI option change it


def event_uid(ob: Obligation) -> str:
    """A UID that stays the same across exports (and re-indexing) of the same duty."""
    key = "|".join([ob.doc_id, " ".join(ob.text.split()), ob.deadline.text if ob.deadline else ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:24] + "@tro-ly-van-ban"


def to_ics(rows: list[Obligation], label: Labeller | None = None, reminder_days: int = REMINDER_DAYS) -> bytes:
    """An iCalendar file: one single-day all-day VEVENT per row with a dated deadline, on the deadline's
    last day, with a display VALARM ``reminder_days`` before (none when 0); the same duty found twice
    (same UID) is written once."""
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Tro ly van ban//Nghia vu / Obligations//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Nhiệm vụ theo văn bản / Obligations")
    stamp = datetime.now(UTC).replace(microsecond=0)
    seen: set[str] = set()
    for ob in rows:
        if not ob.deadline or not ob.deadline.end or event_uid(ob) in seen:
            continue
        seen.add(event_uid(ob))
        due = date.fromisoformat(ob.deadline.end)
        who = ", ".join(ob.lead or ob.responsible)
        doc = label(ob.doc_id) if label else ob.file
        ev = Event()
        ev.add("uid", event_uid(ob))
        ev.add("dtstamp", stamp)
        ev.add("summary", f"{_short(ob.task)} — {who}" if who else _short(ob.task))
        ev.add("dtstart", due)
        ev.add("dtend", due + timedelta(days=1))  # an all-day event ends the next day (RFC 5545 3.6.1)
        lines = [
            f"Văn bản / Document: {doc}",
            f"Mục / Section: {ob.section}" + (f", trang / page {ob.page}" if ob.page else ""),
            f"Tệp / File: {ob.file}",
            f"Hạn / Deadline: {ob.deadline.text} ({ob.deadline.start or '…'} – {ob.deadline.end})",
        ]
        if ob.coordinators:
            lines.append(f"Phối hợp / Coordinating: {', '.join(ob.coordinators)}")
        if ob.reporting:
            lines.append(f"Báo cáo / Reporting: {ob.reporting}")
        lines.append(f"Nguyên văn / Original: {' '.join(ob.text.split())}")
        ev.add("description", "\n".join(lines))
        if reminder_days > 0:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"Sắp đến hạn / Due soon: {_short(ob.task)}")
            alarm.add("trigger", timedelta(days=-reminder_days))
            ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()
