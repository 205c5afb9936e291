"""A duty question about a body outside the organisation registry prefers the passages its name heads
(feature ``asked_body``), through ``Retriever.search`` on a real index (real e5 model, FAISS, SQLite) of a
commune plan written here: "Công an xã An Phú có nhiệm vụ gì trong kế hoạch ...?" is answered under "2.
Công an Xã:" (the place left out, as a plan writes its own units), while the purpose paragraph restates the
plan's title and names the police among others.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import search_without

PLAN = """ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 15/KH-UBND
An Phú, ngày 14 tháng 1 năm 2026

KẾ HOẠCH
Giải quyết điểm nghẽn về trật tự đô thị trên địa bàn xã An Phú

I. MỤC ĐÍCH, YÊU CẦU
1. Kế hoạch giải quyết điểm nghẽn đề ra nhiệm vụ của Công an xã, các phòng, ban và đơn vị trong giải \
quyết điểm nghẽn về trật tự đô thị xã An Phú.
2. Các phòng, ban, đơn vị thực hiện nghiêm túc nhiệm vụ được giao trong kế hoạch.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế:
- Là cơ quan thường trực, tổng hợp báo cáo Ủy ban nhân dân xã về kết quả giải quyết điểm nghẽn.
2. Công an Xã:
- Chủ trì xử lý lấn chiếm vỉa hè, lòng đường; lập biên bản các trường hợp vi phạm.
3. Phòng Văn hóa - Xã hội:
- Tuyên truyền để người dân chấp hành quy định về trật tự đô thị.

Trên đây là Kế hoạch giải quyết điểm nghẽn về trật tự đô thị trên địa bàn xã An Phú. Ủy ban nhân dân xã \
yêu cầu các phòng, ban, đơn vị có liên quan nghiêm túc thực hiện nhiệm vụ được giao.
"""

DUTY = "Công an xã An Phú có nhiệm vụ gì trong kế hoạch giải quyết điểm nghẽn?"
WHEN = "Kế hoạch giải quyết điểm nghẽn của xã An Phú ban hành ngày nào?"


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("asked-body")
    (folder / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def _texts(hits) -> list[str]:
    return [h.chunk.text[:50] for h in hits]


def test_the_section_the_asked_body_heads_comes_first(index, embedder):
    from assistant.retrieve import FEATURES

    assert "asked_body" in FEATURES
    on = search_without(index, embedder, DUTY)
    off = search_without(index, embedder, DUTY, frozenset({"asked_body"}))
    assert on[0].chunk.text.startswith("2. Công an Xã"), _texts(on)
    assert not off[0].chunk.text.startswith("2. Công an Xã"), _texts(off)


def test_other_questions_are_left_alone(index, embedder):
    on = search_without(index, embedder, WHEN)
    off = search_without(index, embedder, WHEN, frozenset({"asked_body"}))
    assert [h.chunk.chunk_id for h in on] == [h.chunk.chunk_id for h in off]
