"""Exports read back: DOCX with python-docx, PDF text with pypdf (diacritics intact), GIFT and Aiken with
small parsers written from the formats' published rules (docs.moodle.org GIFT_format and Aiken_format)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("exports")
    base = [sys.executable, "-m", "assistant", "training"]
    src = ["--documents", str(REPO / "documents"), "--index", "/nonexistent-index"]
    for args in (
        ["pack", "--document", "KL-BTV", "--docx", str(out / "pack.docx"), "--pdf", str(out / "pack.pdf")],
        ["quiz", "--document", "KL-BTV", "--n", "15", "--gift", str(out / "q.gift"), "--aiken", str(out / "q.aiken"), "--docx", str(out / "q.docx"), "--json"],
        ["compare", "62-KL/TW", "160-TB/TW", "--docx", str(out / "cmp.docx")],
    ):
        res = subprocess.run([*base, *args, *src], capture_output=True, text=True, cwd=REPO, timeout=600)
        assert res.returncode == 0, res.stderr
        if "--json" in args:
            (out / "q.json").write_text(res.stdout, encoding="utf-8")
    return out


def test_pack_docx_reads_back(outputs):
    import docx

    d = docx.Document(str(outputs / "pack.docx"))
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Nhiệm vụ theo cơ quan, tổ chức" in text
    cells = " ".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "xong trong quý III/2021" in cells
    footer = d.sections[0].footer._element.xml
    assert "PAGE" in footer, "page numbers in the footer"


def test_pack_pdf_text_keeps_diacritics(outputs):
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(str(outputs / "pack.pdf")).pages)
    text = " ".join(text.split())
    for phrase in ("Ban Thường vụ Tỉnh ủy", "Hội phụ nữ", "quý III/2021"):
        assert phrase in text


def test_compare_docx_reads_back(outputs):
    import docx

    text = "\n".join(p.text for p in docx.Document(str(outputs / "cmp.docx")).paragraphs)
    assert "Nội dung tương ứng" in text and "Mới trong" in text


def _parse_gift(src: str) -> list[dict]:
    """GIFT: blocks separated by blank lines; '//' comments; '::title::' optional; the answer part in
    '{...}' with '=' right, '~' wrong, '#' feedback, 'T'/'F' for true/false; '\\' escapes ~=#{}:."""
    out = []
    for block in re.split(r"\n\s*\n", src.strip()):
        lines = [ln for ln in block.splitlines() if not ln.lstrip().startswith("//")]
        body = " ".join(lines).strip()
        if not body or body.startswith("$CATEGORY"):
            continue
        m = re.match(r"^::((?:\\.|[^:])*)::(.*)$", body)
        assert m, body
        rest = m.group(2)
        opens = [i for i, ch in enumerate(rest) if ch == "{" and (i == 0 or rest[i - 1] != "\\")]
        closes = [i for i, ch in enumerate(rest) if ch == "}" and rest[i - 1] != "\\"]
        assert len(opens) == 1 and len(closes) == 1 and opens[0] < closes[0], body
        answer = rest[opens[0] + 1 : closes[0]].strip()
        parts = re.split(r"(?<!\\)([=~#])", answer)
        right, wrong = [], []
        for mark, val in zip(parts[1::2], parts[2::2]):
            val = re.sub(r"\\(.)", r"\1", val.strip())
            (right if mark == "=" else wrong if mark == "~" else []).append(val)
        tf = parts[0].strip() if parts[0].strip() in {"T", "F", "TRUE", "FALSE"} else None
        out.append({"right": right, "wrong": wrong, "tf": tf})
    return out


def _parse_aiken(src: str) -> list[dict]:
    """Aiken: a question line, options 'A. ' / 'A) ' one per line, then 'ANSWER: X'; blank lines between."""
    out = []
    for block in re.split(r"\n\s*\n", src.strip()):
        lines = block.splitlines()
        assert lines[-1].startswith("ANSWER: "), block
        opts = lines[1:-1]
        assert opts and all(re.match(r"^[A-Z][.)] ", o) for o in opts), block
        letter = lines[-1].split(": ", 1)[1].strip()
        assert letter in [o[0] for o in opts]
        out.append({"question": lines[0], "options": [o[3:] for o in opts], "answer": opts[ord(letter) - 65][3:]})
    return out


def test_gift_and_aiken_parse(outputs):
    import json

    items = json.loads((outputs / "q.json").read_text(encoding="utf-8"))
    gift = _parse_gift((outputs / "q.gift").read_text(encoding="utf-8"))
    assert len(gift) == len(items)
    for g, it in zip(gift, items):
        if it["kind"] == "mc":
            assert g["right"] == [it["answer"]] and sorted(g["wrong"] + g["right"]) == sorted(it["options"])
        elif it["kind"] == "true_false":
            assert g["tf"] == ("T" if it["answer"] == "Đúng" else "F")
        else:
            assert g["right"] == [it["answer"]]
    aiken = _parse_aiken((outputs / "q.aiken").read_text(encoding="utf-8"))
    choice = [it for it in items if it["kind"] != "fill_in"]
    assert len(aiken) == len(choice)
    for a, it in zip(aiken, choice):
        assert a["answer"] == " ".join(it["answer"].split())


def test_quiz_docx_questions_and_key_apart(outputs):
    import docx

    q = "\n".join(p.text for p in docx.Document(str(outputs / "q.docx")).paragraphs)
    key = "\n".join(p.text for p in docx.Document(str(outputs / "q-dap-an.docx")).paragraphs)
    assert "Đáp án:" not in q and "Đáp án:" in key
