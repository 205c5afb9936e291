"""``python -m assistant obligations`` on the real sample documents (parsed directly: no index given)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import main


@pytest.fixture(scope="module")
def run(documents_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    missing_index = tmp_path_factory.mktemp("no-index") / "idx"

    def _run(*args: str) -> tuple[int, str, bytes]:
        result = CliRunner().invoke(
            main, ["obligations", "--index", str(missing_index), "--documents", str(documents_dir), *args]
        )
        return result.exit_code, result.output, result.stdout_bytes

    return _run


@pytest.fixture(scope="module")
def women_json(run) -> list[dict]:
    code, out, _ = run("--org", "Hội phụ nữ", "--json")
    assert code == 0, out
    return json.loads(out)


def test_org_aliases_give_the_same_rows(run, women_json: list[dict]) -> None:
    for name in ("HLHPN", "Women's Union"):
        code, out, _ = run("--org", name, "--json")
        assert code == 0, out
        assert json.loads(out) == women_json
    matches = {r["org_match"] for r in women_json}
    assert matches == {"named", "collective"}
    q3 = [r for r in women_json if r["deadline"] and r["deadline"]["end"] == "2021-09-30"]
    assert q3 and q3[0]["org_match"] == "collective" and q3[0]["section"].endswith("5.2")
    assert q3[0]["deadline"] == {
        "text": "xong trong quý III/2021",
        "start": "2021-07-01",
        "end": "2021-09-30",
    }


def test_json_row_shape(women_json: list[dict]) -> None:
    keys = {"task", "lead", "coordinators", "responsible", "deadline", "recurrence", "reporting", "org_match",
            "file", "section", "page", "text"}  # fmt: skip
    for row in women_json:
        assert keys <= set(row)
        assert all(isinstance(row[k], list) for k in ("lead", "coordinators", "responsible"))


def test_csv_has_bom_and_round_trips_vietnamese(run, tmp_path: Path) -> None:
    out_file = tmp_path / "nghia-vu.csv"
    code, out, _ = run("--org", "HLHPN", "--csv", "--output", str(out_file))
    assert code == 0, out
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert any(r["responsible"] == "Hội phụ nữ các cấp" for r in rows)
    coll = next(r for r in rows if r["deadline_end"] == "2021-09-30")
    assert coll["responsible"] == "Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh"
    assert coll["deadline_text"] == "xong trong quý III/2021"
    multi = next(r for r in rows if "; " in r["coordinators"])
    assert len(multi["coordinators"].split("; ")) >= 2


def test_ics_validates_and_has_one_event_per_dated_row(run, tmp_path: Path) -> None:
    from icalendar import Calendar

    code, out, _ = run("--json")
    dated = [r for r in json.loads(out) if r["deadline"] and r["deadline"]["end"]]
    ics_file = tmp_path / "han.ics"
    code, out, _ = run("--ics", "-o", str(ics_file))
    assert code == 0, out
    cal = Calendar.from_ical(ics_file.read_bytes())
    events = cal.walk("VEVENT")
    assert 0 < len(events) <= len(dated)
    assert len({str(e["UID"]) for e in events}) == len(events)
    for e in events:  # one day each, on the due day, with a reminder a week before
        assert (e.decoded("DTEND") - e.decoded("DTSTART")).days == 1
        alarms = e.walk("VALARM")
        assert len(alarms) == 1 and alarms[0].decoded("TRIGGER").days == -7
    q3 = [e for e in events if e.decoded("DTSTART").isoformat() == "2021-09-30"]
    assert q3, "a quarter's deadline falls on its last day"
    assert "xong trong quý III/2021" in str(q3[0]["DESCRIPTION"])
    year = [e for e in events if "2021-2025" in str(e["DESCRIPTION"]) and "giai đoạn" in str(e["DESCRIPTION"])]
    assert all(e.decoded("DTSTART").isoformat() == "2025-12-31" for e in year)
    # Exporting again gives the same UIDs (calendar apps update instead of duplicating).
    code, out, _ = run("--ics", "-o", str(ics_file))
    assert {str(e["UID"]) for e in Calendar.from_ical(ics_file.read_bytes()).walk("VEVENT")} == {
        str(e["UID"]) for e in events
    }


def test_document_and_due_filters(run) -> None:
    code, out, _ = run("--document", "62- KL/TW", "--json")
    assert code == 0 and {Path(r["file"]).name for r in json.loads(out)} == {
        "KL-62-KL-TW_2009-12-08_Bo-Chinh-tri_doi-moi-MTTQ-doan-the.txt"
    }
    code, out, _ = run("--due-before", "2021-12-31", "--json")
    assert (
        code == 0 and json.loads(out) and all(r["deadline"]["end"] <= "2021-12-31" for r in json.loads(out))
    )
    code, out, _ = run("--document", "999-KL/TW")
    assert code != 0 and "999-KL/TW" in out


def test_readable_table_and_unknown_org(run) -> None:
    code, out, _ = run("--org", "HLHPN")
    assert code == 0
    assert "Hội phụ nữ các cấp" in out and "[chung / collective]" in out and "xong trong quý III/2021" in out
    code, out, _ = run("--org", "Hoi phu nuu")
    assert code != 0
    assert (
        "Không nhận ra tổ chức" in out
        and "Unknown organisation" in out
        and "Hội Liên hiệp Phụ nữ Việt Nam" in out
    )
