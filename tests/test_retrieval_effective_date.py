"""When a document takes effect (feature ``effective_date``), through ``Retriever.search`` on a real \
index
(real e5 model, FAISS, SQLite) of a resolution written here: its final article states its own effect \
("Nghị
quyết này có hiệu lực thi hành từ ngày 01 tháng 11 năm 2025") next to a clause on another resolution \
ceasing
to have effect, which repeats the question's words ("Nghị quyết ... về hội nghị cử tri có hiệu lực") \
without
a date. In the library's resolutions the latter ranked first (library dev: 2 of 2 such questions).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import search_without

RESOLUTION = """ỦY BAN THƯỜNG VỤ QUỐC HỘI
Nghị quyết số: 205/2025/UBTVQH15
Hà Nội, ngày 26 tháng 9 năm 2025

NGHỊ QUYẾT
Quy định chi tiết việc tổ chức hội nghị cử tri

Chương I. HỘI NGHỊ CỬ TRI

Điều 1. Tổ chức hội nghị cử tri nơi cư trú
1. Hội nghị cử tri nơi cư trú do Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã phối hợp với \
Ủy ban nhân dân cùng cấp triệu tập và chủ trì.
2. Hội nghị cử tri được tổ chức ở thôn, tổ dân phố nơi người ứng cử cư trú thường xuyên.

Điều 2. Biên bản hội nghị cử tri
1. Biên bản hội nghị cử tri ghi rõ thành phần, số lượng người tham dự, diễn biến và kết quả hội nghị.
2. Biên bản được gửi đến Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã trong thời hạn quy định.

Chương II. ĐIỀU KHOẢN THI HÀNH

Điều 3. Điều khoản thi hành
1. Từ ngày Nghị quyết 205/2025/UBTVQH15 về hội nghị cử tri có hiệu lực, Nghị quyết số \
1186/2021/UBTVQH14 về hội nghị cử tri hết hiệu lực; các hội nghị cử tri đã tổ chức trước ngày Nghị \
quyết 205/2025/UBTVQH15 có hiệu lực vẫn có giá trị.
2. Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 11 năm 2025.
3. Ủy ban Thường vụ Quốc hội, Chính phủ và Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam \
hướng dẫn các địa phương tổ chức hội nghị cử tri theo Nghị quyết này.
"""

WHEN = "Nghị quyết về hội nghị cử tri có hiệu lực từ ngày nào?"
WHEN_EN = "When does the resolution on voter conferences take effect?"
OTHER = "Biên bản hội nghị cử tri ghi những nội dung gì?"
STATEMENT = "Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 11 năm 2025"


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("effective-date")
    (folder / "nghi-quyet.txt").write_text(RESOLUTION, encoding="utf-8")
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def _lead(hits) -> float:
    """The effect statement's score over the best other passage's."""
    own = next(h.score for h in hits if STATEMENT in h.chunk.text)
    other = max(h.score for h in hits if STATEMENT not in h.chunk.text)
    return own / other


@pytest.mark.parametrize("question", [WHEN, WHEN_EN])
def test_the_documents_own_effect_statement_leads(index, embedder, question):
    from assistant.retrieve import FEATURES

    assert "effective_date" in FEATURES
    on = search_without(index, embedder, question, k=10)
    off = search_without(index, embedder, question, frozenset({"effective_date"}), k=10)
    assert STATEMENT in on[0].chunk.text, [h.chunk.text[:50] for h in on]
    assert _lead(on) >= 1.5 * _lead(off)


def test_other_questions_are_left_alone(index, embedder):
    on = search_without(index, embedder, OTHER)
    off = search_without(index, embedder, OTHER, frozenset({"effective_date"}))
    assert [h.chunk.chunk_id for h in on] == [h.chunk.chunk_id for h in off]
