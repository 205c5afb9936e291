"""Training tools through their public functions and the CLI, on the sample documents and on real Front
documents from ../shared/external (read in place)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.text import fold

REPO = Path(__file__).resolve().parent.parent
FRONT = REPO.parent / "shared" / "external" / "mttq_baucu_luongminh" / "mttq_docs"


def _library(folder: Path):
    from assistant.cli.obligations import load_documents
    from assistant.config import Settings
    from assistant.obligations.table import ObligationTable

    docs = load_documents(Path("/nonexistent-index"), folder, Settings.from_env())
    return docs, ObligationTable.from_documents(docs)


@pytest.fixture(scope="module")
def samples():
    return _library(REPO / "documents")


@pytest.fixture(scope="module")
def front():
    if not FRONT.is_dir():
        pytest.skip(f"{FRONT} not present")
    return _library(FRONT)


def _verbatim(docs, cite) -> None:
    doc = next(d for d in docs if d.doc_id == cite.doc_id)
    assert cite.quote == doc.text[cite.start : cite.end].strip()


def _check_quiz(docs, items, n, all_kinds: bool = True) -> None:
    assert len(items) == n
    texts = {d.file: d.text for d in docs}
    kinds = {it.kind for it in items}
    if all_kinds:
        assert {"mc", "true_false", "fill_in"} <= kinds
    positions = set()
    for it in items:
        assert it.quote in texts[it.file], "the quote must be verbatim document text"
        assert it.evidence and it.evidence in it.quote, "the quote must state the answer"
        if it.kind == "mc":
            assert len(it.options) == 4 and it.answer in it.options
            assert len({fold(o) for o in it.options}) == 4
            wrong = [o for o in it.options if o != it.answer]
            assert not any(fold(w) in fold(it.quote) for w in wrong), f"second correct option in {it.question}"
            assert it.answer == it.evidence
            positions.add(it.options.index(it.answer))
        elif it.kind == "true_false":
            assert it.options == ["Đúng", "Sai"] and it.answer in it.options
            stated = it.question.split("«", 1)[1].rsplit("»", 1)[0]
            assert (it.answer == "Đúng") == (it.evidence in stated)
        else:
            assert it.options == [] and it.answer == it.evidence and "______" in it.question
    assert len(positions) > 1 or len([it for it in items if it.kind == "mc"]) < 2, "the right option moves"


def test_lineage_links_implementing_documents(samples):
    from assistant.training import Lineage, find_document

    docs, _ = samples
    lin = Lineage.build(docs)
    tb160 = find_document(docs, "160-TB/TW")
    sources = {lk.source for lk in lin.implementing(tb160.doc_id)}
    plan = find_document(docs, "KH-BTV-Tinh-uy_thuc-hien-TB-160-TB-TW.md")
    assert plan.doc_id in sources
    kl62 = find_document(docs, "KL 62")
    assert tb160.doc_id in {lk.source for lk in lin.implementing(kl62.doc_id)}
    # The conclusion cites the notice as "160-KL/TW": linked, but shown as inferred, not silently equal.
    links = [lk for lk in lin.links if lk.target == tb160.doc_id and lk.number == "160-KL/TW"]
    assert links and all(lk.inferred for lk in links)


def test_pack_lists_duties_by_organisation_with_deadlines(samples):
    from assistant.training import build_pack, find_document

    docs, table = samples
    doc = find_document(docs, "KL-BTV-Tinh-uy_2021-2025_lanh-dao-MTTQ-to-chuc-CT-XH.md")
    pack = build_pack(docs, doc, table)
    assert pack.documents[0]["issuer"] == "Ban Thường vụ Tỉnh ủy"
    assert len(pack.duties) >= 5
    women = [k for k in pack.duties if "phụ nữ" in k.lower()]
    assert women, list(pack.duties)
    dated = [d for duties in pack.duties.values() for d in duties if d.deadline]
    assert dated
    assert [d.due for d in pack.deadlines] == sorted(d.due for d in pack.deadlines)
    headings = [e.heading for e in pack.outline[next(iter(pack.outline))] if e.label]
    assert all(h for h in headings), "every numbered heading shows its text, not a bare number"
    for duties in pack.duties.values():
        for d in duties:
            _verbatim(docs, d.cite)
            assert d.cite.section


def test_compare_shows_added_and_changed(samples):
    from assistant.embeddings import Embedder
    from assistant.config import Settings
    from assistant.training import compare_documents, find_document

    docs, table = samples
    a, b = find_document(docs, "62-KL/TW"), find_document(docs, "160-TB/TW")
    cmp = compare_documents(docs, [a, b], Embedder.for_settings(Settings.from_env()), table)
    assert cmp.method == "embeddings+headings"
    assert cmp.aligned[0], "sections on the same topics are aligned"
    assert cmp.new[0], "the 2019 notice adds sections (its assignments 3.x)"
    assert any("3.1" in " ".join(u.section.path) for u in cmp.new[0])
    assert any(p.changes for p in cmp.aligned[0])
    for p in cmp.aligned[0]:
        _verbatim(docs, p.left.cite)
        _verbatim(docs, p.right.cite)


def test_quiz_twenty_items_each_proved_by_its_quote(samples):
    from assistant.training import find_document, make_quiz

    docs, table = samples
    doc = find_document(docs, "KL-BTV-Tinh-uy_2021-2025_lanh-dao-MTTQ-to-chuc-CT-XH.md")
    items = make_quiz(docs, [doc], 20, table)
    _check_quiz(docs, items, 20)
    assert {"lead", "deadline"} <= {it.topic for it in items}


def test_unknown_document_is_a_clear_error(samples):
    from assistant.training import TrainingError, find_document

    docs, _ = samples
    with pytest.raises(TrainingError) as err:
        find_document(docs, "999-KL/TW")
    assert "Không tìm thấy" in str(err.value) and "No document" in str(err.value)


def test_real_front_plans_pack_and_quiz(front):
    from assistant.training import build_pack, find_document, make_quiz

    docs, table = front
    doc = find_document(docs, "18-11-KH thuc hien cong tac bau cu (Lương Minh).docx")
    pack = build_pack(docs, doc, table)
    assert pack.duties and any("MTTQ" in k or "Mặt trận" in k for k in pack.duties)
    items = make_quiz(docs, [doc, find_document(docs, "25-11-KH thuc hien HN hiep thuong (Lương Minh).docx")], 10, table)
    _check_quiz(docs, items, len(items), all_kinds=False)
    assert len(items) >= 2


def test_real_front_plans_compare(front):
    from assistant.training import compare_documents, find_document

    docs, table = front
    a = find_document(docs, "25-11-KH thuc hien HN hiep thuong (Lương Minh).docx")
    b = find_document(docs, "Kế hoạch tổ chức HN hiệp thương lần thứ hai.docx")
    cmp = compare_documents(docs, [a, b], None, table)  # no embedder: word overlap, and it says so
    assert cmp.method == "words"
    assert cmp.aligned[0]
    for p in cmp.aligned[0]:
        _verbatim(docs, p.left.cite)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "training", *args, "--documents", str(REPO / "documents"), "--index", "/nonexistent-index"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )


def test_cli_quiz_json_contract_and_files(tmp_path):
    out = _cli("quiz", "--document", "KL-BTV", "--n", "12", "--json", "--gift", str(tmp_path / "q.gift"), "--aiken", str(tmp_path / "q.txt"), "--docx", str(tmp_path / "q.docx"))
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert len(items) == 12
    for it in items:
        assert {"question", "kind", "options", "answer", "quote", "file", "section", "page"} <= set(it)
        if it["kind"] == "mc":
            assert it["answer"] in it["options"]
    assert (tmp_path / "q.gift").stat().st_size and (tmp_path / "q.txt").stat().st_size
    assert (tmp_path / "q-dap-an.docx").is_file()


def test_cli_unknown_document_exits_nonzero():
    out = _cli("pack", "--document", "không-có-văn-bản-này")
    assert out.returncode != 0
    assert "Không tìm thấy" in out.stderr and "Traceback" not in out.stderr
