"""One document in several files (issue 10, item 8): stored once, cited from the file with pages.

Real index, real embedding model; the DOCX and its signed PDF are read in place from
``../shared/realworld-cases/rw02-dup-docx-signedpdf`` (copied into a temporary documents folder only for
the CLI, which indexes a folder).
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from click.testing import CliRunner

from assistant.api import Assistant
from assistant.cli import main
from assistant.index.store import IndexStore
from assistant.indexer import Indexer
from tests.conftest import SHARED

CASE = SHARED / "realworld-cases" / "rw02-dup-docx-signedpdf"
DOCX, PDF = CASE / "kh_lichsu_cumtruong.docx", CASE / "kh_lichsu_cumtruong_signed.pdf"


@pytest.fixture
def workspace(tmp_path, settings):
    if not CASE.is_dir():
        pytest.skip(f"{CASE} not present (../shared/realworld-cases)")
    docs = tmp_path / "docs"
    docs.mkdir()
    return docs, replace(settings, index_dir=tmp_path / "index", documents_dir=docs)


def _only_document(settings):
    docs = Assistant(settings).documents()
    assert len(docs) == 1
    return docs[0]


def test_docx_and_signed_pdf_are_one_document(workspace, embedder):
    _, settings = workspace
    report = Indexer(settings, embedder=embedder).add_files([DOCX, PDF])
    merged = report.status(DOCX.name)
    assert merged.status == "merged" and PDF.name in merged.message_en and PDF.name in merged.message_vi
    assert report.status(PDF.name).status == "added" and report.counts["documents"] == 1
    doc = _only_document(settings)
    assert doc.file == PDF.name and doc.alternates == [DOCX.name]  # the file with pages is cited
    assert (doc.meta.doc_type, doc.meta.number, doc.meta.date) == ("Kế hoạch", "58/KH-THPTCL2", "2026-04-15")
    store = IndexStore.open(settings.index_dir)
    chunks = store.all_chunks()
    assert {c.file for c in chunks} == {PDF.name} and all(c.pages for c in chunks)
    assert len({c.text for c in chunks}) == len(chunks)  # no doubled quotes
    answer = Assistant(settings).ask(
        "Tham luận về công tác phụ đạo cho học sinh do trường nào hỗ trợ thực hiện?"
    )
    assert answer.citations and {c.doc.file for c in answer.citations} == {PDF.name}
    assert any("Trần Quốc Toản" in c.text for c in answer.citations)
    assert all(c.page for c in answer.citations)


def test_merge_survives_updates_in_either_order_and_removal(workspace, embedder):
    _, settings = workspace
    indexer = Indexer(settings, embedder=embedder)
    assert indexer.add_files([DOCX]).status(DOCX.name).status == "added"
    report = indexer.add_files([PDF])  # the stored DOCX gives way to the PDF, which has pages
    assert report.status(DOCX.name).status == "merged" and report.counts == {
        "documents": 1,
        "chunks": report.counts["chunks"],
    }
    assert _only_document(settings).alternates == [DOCX.name]
    again = indexer.add_files([DOCX, PDF])
    assert again.by_status() == {"unchanged": 2}  # alternatives are remembered, not re-read
    gone = indexer.remove(PDF.name)  # the DOCX stands for the document again
    assert gone.status(PDF.name).status == "removed" and gone.status(DOCX.name).status in {"added", "changed"}
    doc = _only_document(settings)
    assert doc.file == DOCX.name and doc.alternates == []


def test_index_cli_names_the_merged_files(workspace):
    docs, settings = workspace
    shutil.copy(DOCX, docs / DOCX.name)
    shutil.copy(PDF, docs / PDF.name)
    args = ["index", "--documents", str(docs), "--index", str(settings.index_dir), "--quiet"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if ln.startswith("[merged"))
    assert DOCX.name in line and PDF.name in line and "gộp" in line
    assert "1 văn bản / documents" in result.output


def _plan(number: str, body: str) -> str:
    return (
        f"HỘI LIÊN HIỆP PHỤ NỮ TỈNH\n\nSố: {number}\n\nKẾ HOẠCH\n\nvề tuyên truyền năm 2024\n\n"
        f"1. Mục đích\n\n{body}\n\n2. Tổ chức thực hiện\n\n{body} Báo cáo kết quả trước ngày 30/11/2024.\n"
    )


def test_same_text_other_number_stays_two_documents_and_copies_merge(workspace, embedder, tmp_path):
    _, settings = workspace
    body = (
        "Hội Liên hiệp Phụ nữ các cấp tổ chức tuyên truyền sâu rộng đến cán bộ, hội viên, phụ nữ về phòng, "
        "chống bạo lực gia đình, xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh; lồng ghép trong sinh "
        "hoạt chi hội, tổ phụ nữ và các mô hình câu lạc bộ ở cơ sở, phối hợp với các ngành liên quan."
    )
    src = tmp_path / "src"
    src.mkdir()
    first, amended, copy = src / "kh12.txt", src / "kh15.txt", src / "kh12_ban_sao.md"
    first.write_text(_plan("12-KH/HPN", body), encoding="utf-8")
    amended.write_text(_plan("15-KH/HPN", body), encoding="utf-8")  # an amended plan is another document
    copy.write_text(_plan("12-KH/HPN", body).replace("\n\n", "\n\n\n"), encoding="utf-8")
    report = Indexer(settings, embedder=embedder).add_files([first, amended, copy])
    assert report.counts["documents"] == 2
    merged = [f for f in report.files if f.status == "merged"]
    assert len(merged) == 1 and merged[0].file in {first.name, copy.name}
    numbers = sorted(d.meta.number for d in Assistant(settings).documents())
    assert numbers == ["12-KH/HPN", "15-KH/HPN"]
    # Editing the file that stands for the document re-reads its alternative: still one document.
    primary = next(d for d in Assistant(settings).documents() if d.meta.number == "12-KH/HPN")
    edited = src / primary.file
    edited.write_text(edited.read_text(encoding="utf-8") + "\nNơi nhận: như trên.\n", encoding="utf-8")
    again = Indexer(settings, embedder=embedder).add_files([first, amended, copy])
    assert again.counts["documents"] == 2 and again.status(primary.file).status == "changed"
    doc = next(d for d in Assistant(settings).documents() if d.meta.number == "12-KH/HPN")
    assert doc.alternates == [({first.name, copy.name} - {doc.file}).pop()]


def test_merging_can_be_switched_off(workspace, embedder, tmp_path):
    _, settings = workspace
    text = _plan("7-KH/HND", "Hội Nông dân các cấp vận động hội viên tham gia xây dựng nông thôn mới. " * 6)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text, encoding="utf-8")
    separate = replace(settings, merge_duplicates=False)
    assert Indexer(separate, embedder=embedder).add_files([a, b]).counts["documents"] == 2
    merged = replace(settings, index_dir=tmp_path / "merged")
    assert Indexer(merged, embedder=embedder).add_files([a, b]).counts["documents"] == 1


def test_numbers_with_blank_digits_do_not_make_two_plans_one():
    """Two different plans of one office, both "Số: /KH-MTTQ-BTT" and dated the same day, stay two."""
    from assistant.models import Document, DocumentMeta
    from assistant.parse.duplicates import same_document, shingles

    def doc(i: int, text: str) -> Document:
        meta = DocumentMeta(doc_type="Kế hoạch", number="/KH-MTTQ-BTT", date="2025-12-10")
        return Document(f"d{i}", f"f{i}.docx", "docx", text, meta, [], [])

    a = doc(1, "Kế hoạch tổ chức hội nghị hiệp thương lần thứ hai để thỏa thuận cơ cấu, thành phần. " * 20)
    b = doc(2, "Kế hoạch kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội và Hội đồng nhân dân. " * 20)
    assert not same_document(a, b, shingles(a.text), shingles(b.text))
