"""Metadata of the seed documents, references between them, and identities inferred across documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders.text import load
from assistant.models import Document
from assistant.parse import parse, resolve_references
from assistant.parse.metadata import body_name, iso_date
from assistant.text import doc_number_key

KH = "KH-BTV-Tinh-uy_thuc-hien-TB-160-TB-TW.md"
KL62 = "KL-62-KL-TW_2009-12-08_Bo-Chinh-tri_doi-moi-MTTQ-doan-the.txt"
KLBTV = "KL-BTV-Tinh-uy_2021-2025_lanh-dao-MTTQ-to-chuc-CT-XH.md"
TB160 = "TB-160-TB-TW_2020-01-15_Bo-Chinh-tri_tiep-tuc-thuc-hien-KL-62.md"
TB2014 = "TB-Thuong-truc-Tinh-uy_2014_so-ket-5-nam-KL-62.md"


def _parse_all(documents_dir: Path) -> dict[str, Document]:
    return {name: parse(load(documents_dir / name), name) for name in (KH, KL62, KLBTV, TB160, TB2014)}


@pytest.fixture(scope="module")
def docs(documents_dir: Path) -> dict[str, Document]:
    return _parse_all(documents_dir)


def test_dates_and_body_names():
    assert iso_date("Hà Nội, ngày 8 tháng 12 năm 2009") == "2009-12-08"
    assert iso_date("ngày 15/01/2020 của Bộ Chính trị") == "2020-01-15"
    assert body_name("BAN THƯỜNG VỤ TỈNH ỦY") == "Ban Thường vụ Tỉnh ủy"
    assert body_name("TỈNH ỦY BÌNH THUẬN") == "Tỉnh ủy Bình Thuận"


def test_kl62_from_header_and_web_facts(docs):
    m = docs[KL62].meta
    assert (m.doc_type, m.number, m.date, m.place, m.issuer) == (
        "Kết luận",
        "62-KL/TW",
        "2009-12-08",
        "Hà Nội",
        "Bộ Chính trị",
    )
    assert (m.signer, m.signer_capacity) == ("Trương Tấn Sang", "T/M BỘ CHÍNH TRỊ")
    assert m.title.startswith("Về tiếp tục đổi mới nội dung, phương thức hoạt động")
    assert m.short_title() == "Kết luận 62-KL/TW"


def test_tb160_type_signer_and_copy(docs):
    m = docs[TB160].meta
    assert m.doc_type == "Thông báo kết luận" and m.issuer == "Bộ Chính trị"
    assert (m.signer, m.signer_capacity) == ("Trần Quốc Vượng", "T/M BỘ CHÍNH TRỊ")
    assert m.title == "về việc tiếp tục thực hiện Kết luận số 62-KL/TW, ngày 08/12/2009 của Bộ Chính trị"
    assert m.number is None  # its own text never states it
    [copy] = m.copies
    assert (copy.kind, copy.number, copy.date, copy.issuer, copy.place) == (
        "SAO LỤC",
        "1000-BS/TU",
        "2020-02-05",
        "Tỉnh ủy Bình Thuận",
        "Bình Thuận",
    )
    assert copy.instruction.startswith("Giao Ban Dân vận Tỉnh ủy chủ trì")
    assert copy.signer == "Trần Tới"
    assert m.recipients == []  # the copy's distribution list is not the notice's


def test_kl_btv_and_plan_and_2014_notice(docs):
    kl = docs[KLBTV].meta
    assert (kl.doc_type, kl.issuer, kl.signer, kl.signer_capacity, kl.signer_title) == (
        "Kết luận",
        "Ban Thường vụ Tỉnh ủy",
        "Lê Thị Thu Hồng",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
    )
    assert "Văn phòng Trung ương Đảng" in kl.recipients and len(kl.recipients) == 8
    kh = docs[KH].meta
    assert (kh.doc_type, kh.issuer, kh.signer, kh.signer_title) == (
        "Kế hoạch",
        "Ban Thường vụ Tỉnh ủy",
        "Phạm Minh Tấn",
        "PHÓ BÍ THƯ",
    )
    assert kh.number is None  # "Số: 1909" is the incoming stamp, not the plan's number
    assert kh.title.startswith("thực hiện Thông báo kết luận số 160-TB/TW của Bộ Chính trị")
    assert "Lưu Văn phòng Tỉnh ủy_(xh)" in kh.recipients
    tb = docs[TB2014].meta
    assert (tb.doc_type, tb.issuer, tb.signer, tb.signer_title) == (
        "Thông báo kết luận",
        "Thường trực Tỉnh ủy",
        "Lê Tấn Lai",
        "CHÁNH VĂN PHÒNG",
    )


def test_references_of_the_plan(docs):
    refs = {r.number: r for r in docs[KH].meta.references}
    assert {"160-TB/TW", "62-KL/TW", "18-NQ/TW", "212-QĐ/TW"} <= set(refs)
    assert (refs["160-TB/TW"].doc_type, refs["160-TB/TW"].date, refs["160-TB/TW"].issuer) == (
        "Thông báo kết luận",
        "2020-01-15",
        "Bộ Chính trị",
    )
    assert refs["62-KL/TW"].date == "2009-12-08"
    assert (refs["212-QĐ/TW"].date, refs["212-QĐ/TW"].issuer) == ("2019-12-30", "Ban Bí thư")
    assert refs["18-NQ/TW"].date == "2017-10-25"


def test_resolve_infers_tb160_identity_and_links_both_spellings(documents_dir: Path):
    docs = _parse_all(documents_dir)
    graph = resolve_references(list(docs.values()))
    tb = docs[TB160]
    assert tb.meta.number == "160-TB/TW"
    assert tb.meta.date == "2020-01-15"
    # number and date inferred from the plan's citation; the conclusion's "160-KL/TW" (another type
    # code) is linked by the same-number-and-issuer fallback, so the alias is marked inferred too.
    assert set(tb.meta.inferred) == {"number", "date", "number_aliases"}
    assert "160-KL/TW" in tb.meta.number_aliases
    citing = {docs_by_id(docs, lk.source) for lk in graph.cited_by(tb.doc_id)}
    assert {KH, KLBTV} <= citing  # the plan (160-TB/TW) and the BTV conclusion (160-KL/TW)
    kl62_citers = {docs_by_id(docs, lk.source) for lk in graph.cited_by(docs[KL62].doc_id)}
    assert {KH, KLBTV, TB160, TB2014} <= kl62_citers
    unresolved = [lk.reference.number for lk in graph.links if lk.target is None]
    assert "212-QĐ/TW" in unresolved  # not in the collection
    assert doc_number_key("160-KL/TW") != doc_number_key(tb.meta.number)  # identity keeps the type
    klbtv_link = next(lk for lk in graph.cites(docs[KLBTV].doc_id) if lk.reference.number == "160-KL/TW")
    assert klbtv_link.target == tb.doc_id and klbtv_link.inferred


def docs_by_id(docs: dict[str, Document], doc_id: str) -> str:
    return next(name for name, d in docs.items() if d.doc_id == doc_id)


def test_motto_wrapped_after_a_shared_letterhead_line(tmp_path):
    # a two-column letterhead flattened to lines (PDF or text export): the motto's first words end the
    # issuer's line and "VIỆT NAM" wraps alone; it is the motto's, never the issuer's
    text = (
        "HỘI LHPN TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\n"
        "BAN THƯỜNG VỤ HỘI LHPN Độc lập - Tự do - Hạnh phúc\nHUYỆN HƯƠNG SƠN\n"
        "Số: 12-TB/HLHPN Hương Sơn, ngày 18 tháng 4 năm 2026\n\nTHÔNG BÁO\nKết luận về hỗ trợ phụ nữ khởi nghiệp\n\n"
        "1. Các cơ sở Hội rà soát hội viên có nhu cầu vay vốn.\n\nT/M BAN THƯỜNG VỤ\nCHỦ TỊCH\nLê Thị Hoa\n"
    )
    path = tmp_path / "TB12.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse(load(path), path.name)
    assert doc.meta.issuer == "Ban Thường vụ Hội LHPN huyện Hương Sơn", doc.meta.issuer
