"""A preamble that only cites what its document rests on (feature ``basis_preamble``), through
``Retriever.search`` on a real index (real e5 model, FAISS, SQLite) of a commune plan written here: its
"Căn cứ ...; Căn cứ Kế hoạch số 16/KH-...; ... xây dựng Kế hoạch ... như sau:" restates the plan's title
and the question's words and states nothing asked about what the plan does; it still answers what the
plan carries out.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import search_without

PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ
BAN THƯỜNG TRỰC
Số: 21/KH-MTTQ-BTT
An Phú, ngày 10 tháng 12 năm 2025

KẾ HOẠCH
Tuyên truyền cuộc bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp

Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; Căn cứ Kế hoạch số 16/KH-MTTQ-BTT \
ngày 18/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã An Phú về tuyên truyền cuộc bầu cử đại biểu \
Quốc hội và đại biểu Hội đồng nhân dân các cấp; Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế \
hoạch tuyên truyền cuộc bầu cử như sau:

I. NỘI DUNG TUYÊN TRUYỀN
1. Trước ngày bầu cử: phổ biến Luật Bầu cử, tiêu chuẩn người ứng cử, quyền và nghĩa vụ của cử tri.
2. Sau ngày bầu cử: thông tin kết quả bầu cử, danh sách người trúng cử đại biểu.

II. HÌNH THỨC TUYÊN TRUYỀN
1. Treo băng rôn, khẩu hiệu tại trụ sở xã và các thôn.
2. Phát thanh trên hệ thống loa truyền thanh của xã mỗi ngày hai lần.
"""

AFTER = "Sau ngày bầu cử, Mặt trận xã An Phú tuyên truyền những gì?"
BASIS = "Kế hoạch tuyên truyền bầu cử của Mặt trận xã An Phú thực hiện kế hoạch nào?"


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("basis-preamble")
    (folder / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def _preamble_rank(hits) -> int | None:
    return next((i for i, h in enumerate(hits) if h.chunk.text.startswith("Căn cứ Luật")), None)


def test_the_basis_preamble_gives_way_to_the_items(index, embedder):
    from assistant.retrieve import FEATURES

    assert "basis_preamble" in FEATURES
    on = search_without(index, embedder, AFTER, k=10)
    off = search_without(index, embedder, AFTER, frozenset({"basis_preamble"}), k=10)
    assert on[0].chunk.text.startswith("2. Sau ngày bầu cử"), [h.chunk.text[:40] for h in on]
    assert _preamble_rank(off) == 2, [h.chunk.text[:40] for h in off]
    assert _preamble_rank(on) > _preamble_rank(off)


def test_a_question_on_what_the_plan_carries_out_keeps_it(index, embedder):
    on = search_without(index, embedder, BASIS, k=10)
    off = search_without(index, embedder, BASIS, frozenset({"basis_preamble"}), k=10)
    assert [h.chunk.chunk_id for h in on] == [h.chunk.chunk_id for h in off]
    assert _preamble_rank(on) is not None and _preamble_rank(on) < 3
