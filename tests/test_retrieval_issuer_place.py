"""A place the question names, against the place its documents' issuers carry (feature ``named_place``),
through ``Retriever.search`` on a real index (real e5 model, FAISS, SQLite) of two guides written here: the
central guide words the provision as the question does ("cấp ủy có thẩm quyền ... ra quyết định kết nạp
trong vòng ... ngày"), the city's guide details it in its own words. "Ở Đà Nẵng, ...?" asks the city's rule:
the city's name, written without an administrative word, is the place its issuer ("Ban Tổ chức Thành ủy Đà
Nẵng") carries.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import search_without

CENTRAL = """BAN CHẤP HÀNH TRUNG ƯƠNG
BAN TỔ CHỨC TRUNG ƯƠNG
Số: 38-HD/BTCTW
Hà Nội, ngày 29 tháng 9 năm 2025

HƯỚNG DẪN
Về thẩm quyền và thời hạn ra quyết định kết nạp đảng viên của cấp ủy

I. KẾT NẠP ĐẢNG VIÊN
1. Cấp ủy có thẩm quyền kết nạp phải ra quyết định kết nạp trong vòng 30 ngày làm việc kể từ ngày nhận \
được nghị quyết của chi bộ.
2. Người vào Đảng phải có đơn tự nguyện.
"""

CITY = """BAN TỔ CHỨC THÀNH ỦY ĐÀ NẴNG
Số: 12-HD/BTCTU
Đà Nẵng, ngày 10 tháng 11 năm 2025

HƯỚNG DẪN
Nghiệp vụ công tác đảng viên

I. THỜI HẠN XEM XÉT HỒ SƠ
1. Chậm nhất 45 ngày làm việc sau khi nhận nghị quyết của chi bộ, Ban Thường vụ xem xét hồ sơ người vào \
Đảng.
2. Lễ kết nạp tổ chức trang trọng theo nghi thức.
"""

IN_CITY = "Ở Đà Nẵng, cấp ủy có thẩm quyền phải ra quyết định kết nạp trong vòng bao nhiêu ngày?"
ANYWHERE = "Cấp ủy có thẩm quyền phải ra quyết định kết nạp trong vòng bao nhiêu ngày?"


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("issuer-place")
    (folder / "huong-dan-trung-uong.txt").write_text(CENTRAL, encoding="utf-8")
    (folder / "huong-dan-thanh-uy.txt").write_text(CITY, encoding="utf-8")
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def _files(hits) -> list[str]:
    return [h.chunk.file for h in hits]


def test_the_named_city_prefers_its_own_guide(index, embedder):
    from assistant.retrieve import FEATURES

    assert "named_place" in FEATURES
    on = search_without(index, embedder, IN_CITY)
    off = search_without(index, embedder, IN_CITY, frozenset({"named_place"}))
    assert "45 ngày" in on[0].chunk.text, _files(on)
    assert "30 ngày" in off[0].chunk.text, _files(off)  # the central wording matches the question best


def test_a_question_naming_no_place_keeps_the_best_wording_first(index, embedder):
    hits = search_without(index, embedder, ANYWHERE)
    assert "30 ngày" in hits[0].chunk.text, _files(hits)
