"""The document a question's document carries out (feature ``basis_identity``), through
``Retriever.search`` on a real index (real e5 model, FAISS, SQLite) of two plans of one commune written
here: the general election plan (Kế hoạch số 16) and the consultation plan carrying it out. "Kế hoạch hiệp
thương ... triển khai kế hoạch nào?" is answered by the consultation plan's preamble citing plan 16 and by
plan 16's own number line, which shares none of the question's words.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

GENERAL = """ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ
BAN THƯỜNG TRỰC
Số: 16/KH-MTTQ-BTT
An Phú, ngày 18 tháng 11 năm 2025

KẾ HOẠCH
Thực hiện công tác bầu cử đại biểu Hội đồng nhân dân xã An Phú nhiệm kỳ 2026 - 2031

I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy vai trò của Mặt trận trong công tác bầu cử, bảo đảm dân chủ, đúng luật.
2. Phối hợp chặt chẽ với Ủy ban bầu cử xã trong tổ chức các hội nghị hiệp thương.

II. NỘI DUNG
1. Tổ chức ba hội nghị hiệp thương theo luật định.
2. Tuyên truyền về bầu cử trên hệ thống loa truyền thanh của xã.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lê Văn Bình
"""

CONSULT = """ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ
BAN THƯỜNG TRỰC
Số: 25/KH-MTTQ-BTT
An Phú, ngày 25 tháng 11 năm 2025

KẾ HOẠCH
Tổ chức các hội nghị hiệp thương bầu cử đại biểu Hội đồng nhân dân xã An Phú nhiệm kỳ 2026 - 2031

Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân; thực hiện Kế hoạch số 16/KH-MTTQ-BTT \
ngày 18/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã An Phú, Ban Thường trực Ủy ban MTTQ Việt Nam \
xã xây dựng Kế hoạch tổ chức các hội nghị hiệp thương như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Các hội nghị hiệp thương được tổ chức dân chủ, đúng trình tự, thủ tục.

II. NỘI DUNG
1. Hội nghị hiệp thương lần thứ nhất thỏa thuận cơ cấu, thành phần, số lượng người được giới thiệu.
2. Hội nghị hiệp thương lần thứ hai lập danh sách sơ bộ những người ứng cử.
3. Hội nghị hiệp thương lần thứ ba lập danh sách chính thức những người ứng cử.

III. TỔ CHỨC THỰC HIỆN
Văn phòng Cơ quan Ủy ban MTTQ xã chuẩn bị tài liệu các hội nghị hiệp thương theo mẫu.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lê Văn Bình
"""

QUESTION = "Kế hoạch hiệp thương của Mặt trận xã An Phú là để triển khai kế hoạch nào trước đó của xã?"


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    """Settings of a real index over the two plans."""
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("basis")
    (folder / "kh16.txt").write_text(GENERAL, encoding="utf-8")
    (folder / "kh25.txt").write_text(CONSULT, encoding="utf-8")
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def _search(index, embedder, off: frozenset[str] = frozenset()):
    from assistant.retrieve import Retriever

    settings = replace(index, disabled_features=index.disabled_features | off)
    return Retriever(settings, embedder=embedder).search(QUESTION, k=5)


def _rank(hits, file: str, phrase: str) -> int | None:
    return next((i for i, h in enumerate(hits) if h.chunk.file == file and phrase in h.chunk.text), None)


def _show(hits) -> list[str]:
    return [f"{h.chunk.file}: {h.chunk.text[:60]}" for h in hits]


def test_the_cited_plan_is_named_by_its_number_line_after_the_citing_preamble(index, embedder):
    from assistant.retrieve import FEATURES

    assert "basis_identity" in FEATURES
    on = _search(index, embedder)
    assert _rank(on, "kh25.txt", "thực hiện Kế hoạch số 16/KH-MTTQ-BTT") is not None, _show(on)
    assert _rank(on, "kh16.txt", "Số: 16/KH-MTTQ-BTT") == 1, _show(on)
    off = _search(index, embedder, frozenset({"basis_identity"}))
    rank_off = _rank(off, "kh16.txt", "Số: 16/KH-MTTQ-BTT")
    assert rank_off is None or rank_off > 1, _show(off)
