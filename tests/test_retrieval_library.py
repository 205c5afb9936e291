"""Retrieval mechanisms measured on the library, checked through ``Retriever.search`` on real files.

A small real index (real e5 model, FAISS, SQLite) of ten library documents from ``../shared`` (Word 97 and
DOCX plans of the Lương Minh election, the STEM inspection plan with its appendix tables, a signed PDF plan
and a law): each test asks a question whose evidence the retriever missed before the mechanism it names.
Skipped when ``../shared`` is absent.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from tests.conftest import SHARED

FILES = (
    "kh_tiepdoan_stem.doc",
    "KH Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp "
    "nhiệm kỳ 2026 - 2031.docx",
    "KẾ HOẠCH KIỂM TRA, GIÁM SÁT BẦU CỬ NHIỆM KỲ 2026 - 2031.docx",
    "Kế hoạch tiếp công dân, xử lý đơn thư phục vụ bầu cử của Ban Thường trực Ủy ban MTTQ xã Lương "
    "Minh.docx",
    "QĐ thành lập Tổ tiếp công dân, xử lý đơn thư phục vụ bầu cử đại biểu Quốc hội khóa XVI và bầu cử "
    "đại biểu Hội đồng nhân dân các cấp (chuan).docx",
    "Kế hoạch tổ chức Kế hoạch tổ chức HN lấy ý kiến CT nơi cư trú (Chuẩn).docx",
    "Kế hoạch tổ chức HN hiệp thương lần thứ hai.docx",
    "kh_lichsu_cumtruong_signed.pdf",
    "83_2025_QH15_663780.doc",
    "KL-BTV-Tinh-uy_2021-2025_lanh-dao-MTTQ-to-chuc-CT-XH.md",
)


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder):
    """Settings of a real index over ``FILES`` (found by name among the library's files)."""
    return _index(tmp_path_factory, embedder, FILES)


def _index(tmp_path_factory, embedder, files):
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present")
    from assistant.config import Settings
    from assistant.evaluation.library import library_files
    from assistant.indexer import Indexer

    by_name = {unicodedata.normalize("NFC", f.name): f for f in library_files()}  # some are stored NFD
    missing = [n for n in files if n not in by_name]
    if missing:
        pytest.skip(f"library files not present: {missing}")
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("lib") / "index")
    Indexer(settings, embedder=embedder).add_files([by_name[n] for n in files])
    return settings


def _search(library, embedder, question: str, off: frozenset[str] | None = None, k: int = 10):
    from assistant.retrieve import Retriever

    settings = library if off is None else replace(library, disabled_features=library.disabled_features | off)
    return Retriever(settings, embedder=embedder).search(question, k=k)


def _rank(hits, *phrases: str) -> int | None:
    """0-based rank of the first hit whose text holds every phrase."""
    return next((i for i, h in enumerate(hits) if all(p in h.chunk.text for p in phrases)), None)


def test_a_bodiless_heading_opens_its_first_childs_chunk(library, embedder):
    # "2. Đợt 2: Từ ngày ... đến ngày ...:" has only sub-points a), b) under it: its dates used to live in
    # the (shortened) section path only, held by no chunk's text. The ordinal token meets "thứ hai".
    question = "Đợt giám sát thứ hai về bầu cử ở Lương Minh bắt đầu và kết thúc khi nào?"
    hits = _search(library, embedder, question, k=20)
    rank = _rank(hits, "Đợt 2: Từ ngày 23/02/2026 đến ngày 14/3/2026")
    assert rank is not None, [h.chunk.text[:60] for h in hits[:5]]  # reachable now; its rank is still poor


def test_a_table_title_opens_its_table(library, embedder):
    # Phụ lục I: the title "DANH SÁCH CÁC TRƯỜNG ..." was a chunk of its own, the school rows another.
    hits = _search(library, embedder, "Danh sách các trường tham gia làm việc với Đoàn kiểm tra của Bộ?")
    rank = _rank(hits, "DANH SÁCH CÁC TRƯỜNG THAM GIA", "Trường THPT Tân Hồng")
    assert rank is not None and rank < 5, [h.chunk.text[:60] for h in hits[:5]]


def test_asked_field_finds_the_labelled_place(library, embedder):
    question = "Đoàn kiểm tra của Bộ làm việc ở đâu, vào thời gian nào?"
    place = "Địa điểm: Tại Trường Trung học cơ sở An Thạnh"
    on = _rank(_search(library, embedder, question), place)
    off = _rank(_search(library, embedder, question, frozenset({"asked_field"})), place)
    assert on is not None and on < 3
    # never worse for the feature (with the plan's title read, the place ranks first without it too)
    assert off is None or on <= off


def test_abbreviations_in_the_text_meet_the_words_of_a_question(library, embedder):
    # The plan writes "Ban Thường trực UBMTTQ xã"; the question says "Mặt trận xã".
    question = "Đơn thư về người ứng cử đại biểu Quốc hội gửi tới Mặt trận xã Lương Minh thì xử lý thế nào?"
    hits = _search(library, embedder, question)
    rank = _rank(hits, "phải chuyển ngay đến Ủy ban Bầu cử tỉnh Quảng Ninh")
    assert rank is not None and rank < 5 and hits[rank].lexical_rank is not None


def test_a_law_number_names_its_document(library, embedder):
    from assistant.query import analyze
    from assistant.retrieve import Retriever

    question = "Luật 83/2025/QH15 sửa đổi những điều nào của Luật Bầu cử?"
    scope = Retriever(library, embedder=embedder).document_scope(analyze(question))
    hits = _search(library, embedder, question, k=5)
    assert len(scope.named) == 1
    assert all(h.chunk.file == "83_2025_QH15_663780.doc" for h in hits), [h.chunk.file for h in hits]


def test_title_prior_prefers_the_document_the_question_describes(library, embedder):
    # Three plans of the same commune; the question's words describe one of them by its title.
    question = "Ở xã Lương Minh, bên nào mời và điều hành hội nghị lấy ý kiến cử tri nơi cư trú?"
    wanted = "Kế hoạch tổ chức Kế hoạch tổ chức HN lấy ý kiến CT nơi cư trú (Chuẩn).docx"
    on = _search(library, embedder, question, k=5)
    off = _search(library, embedder, question, frozenset({"title_prior"}), k=5)
    share_on = sum(h.chunk.file == wanted for h in on)
    assert share_on >= 3 and share_on >= sum(h.chunk.file == wanted for h in off)


def test_closing_first_for_a_signer_question(library, embedder):
    question = "Ai ký kế hoạch sinh hoạt chuyên môn Lịch sử của Trường THPT Cao Lãnh 2?"
    hits = _search(library, embedder, question)
    assert "Trần Thanh Vũ" in hits[0].chunk.text, [h.chunk.text[:60] for h in hits[:3]]


def test_asked_field_finds_the_labelled_lead(tmp_path_factory, embedder):
    # "Đơn vị chủ trì: ..." answers "đơn vị nào chủ trì ...?"; the other plan of the same meeting competes
    two = _index(
        tmp_path_factory,
        embedder,
        (
            "25-11-KH thuc hien HN hiep thuong (Lương Minh).docx",
            "Kế hoạch tổ chức HN hiệp thương lần thứ hai.docx",
        ),
    )
    question = "Đơn vị nào chủ trì hội nghị hiệp thương thứ hai của xã Lương Minh?"
    lead = "Đơn vị chủ trì"
    on = _rank(_search(two, embedder, question), lead)
    off = _rank(_search(two, embedder, question, frozenset({"asked_field"})), lead)
    assert on is not None and on < 3, (on, off)
    assert off is None or on < off, (on, off)
