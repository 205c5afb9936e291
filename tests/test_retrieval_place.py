"""Where an act is done, written without a label (feature ``asked_place``), through ``Retriever.search``
on a real index (real e5 model, FAISS, SQLite) of a guide written here: "Người ứng cử nộp hồ sơ ở đâu?" is
answered at the end of a long procedural step ("... Người ứng cử nộp hồ sơ tại Ủy ban bầu cử xã"), while
other passages, and a notice on filing, talk about the candidates' files at length without saying where
they go.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

GUIDE = """ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ
BAN THƯỜNG TRỰC
Số: 05/HD-MTTQ-BTT

HƯỚNG DẪN
Trình tự, thủ tục giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã An Phú nhiệm kỳ 2026 - 2031

I. HỒ SƠ NGƯỜI ỨNG CỬ
1. Hồ sơ ứng cử gồm đơn ứng cử, sơ yếu lý lịch có chứng thực, tiểu sử tóm tắt, ba ảnh chân dung màu và \
bản kê khai tài sản, thu nhập theo mẫu của Hội đồng bầu cử quốc gia.
2. Người ứng cử kê khai hồ sơ trung thực, đầy đủ; hồ sơ thiếu thành phần phải bổ sung trong thời hạn \
quy định; hồ sơ được lập thành hai bộ.
3. Các cơ quan, tổ chức giới thiệu người ứng cử giúp người ứng cử hoàn thiện hồ sơ, kiểm tra tính hợp lệ \
của các giấy tờ trong hồ sơ trước khi chuyển đi.

II. QUY TRÌNH GIỚI THIỆU
1. Đối với thôn: Trưởng Ban công tác Mặt trận phối hợp với Bí thư chi bộ, Trưởng thôn họp dự kiến người \
giới thiệu; Trưởng Ban công tác Mặt trận triệu tập và chủ trì hội nghị Ban công tác Mặt trận để thảo \
luận, nhận xét, biểu thị sự tín nhiệm; Trưởng Ban công tác Mặt trận phối hợp với Trưởng thôn tổ chức hội \
nghị cử tri tại thôn và chuyển biên bản hội nghị đến Ban Thường trực Ủy ban MTTQ xã. Người ứng cử nộp hồ \
sơ tại Ủy ban bầu cử xã.
2. Đối với cơ quan, đơn vị: họp Ban lãnh đạo dự kiến người giới thiệu, tổ chức hội nghị cử tri nơi công \
tác, hội nghị Ban lãnh đạo mở rộng giới thiệu chính thức và chuyển biên bản đến Ban Thường trực.

III. THỜI GIAN THỰC HIỆN
Từ ngày 17/12/2025 đến ngày 25/01/2026.
"""

NOTICE = """ỦY BAN BẦU CỬ XÃ AN PHÚ
Số: 09/TB-UBBC

THÔNG BÁO
Về việc nộp hồ sơ ứng cử đại biểu Hội đồng nhân dân xã An Phú nhiệm kỳ 2026 - 2031

1. Người ứng cử đại biểu Hội đồng nhân dân xã An Phú nộp hồ sơ ứng cử đúng thời hạn; người ứng cử nộp hồ \
sơ chậm sẽ không được xem xét đưa vào danh sách hiệp thương.
2. Người ứng cử đại biểu Hội đồng nhân dân xã An Phú nộp hồ sơ đủ thành phần, kê khai trung thực; người \
tự ứng cử nộp hồ sơ kèm bản kê khai tài sản, thu nhập.
3. Cán bộ tiếp nhận kiểm tra hồ sơ người ứng cử đại biểu Hội đồng nhân dân xã An Phú, ghi sổ theo dõi và \
trả phiếu tiếp nhận cho người nộp hồ sơ.
"""

QUESTION = "Người ứng cử đại biểu HĐND xã An Phú nộp hồ sơ ở đâu?"


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("place")
    (folder / "huong-dan.txt").write_text(GUIDE, encoding="utf-8")
    (folder / "thong-bao.txt").write_text(NOTICE, encoding="utf-8")
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def _search(index, embedder, off: frozenset[str] = frozenset()):
    from assistant.retrieve import Retriever

    settings = replace(index, disabled_features=index.disabled_features | off)
    return Retriever(settings, embedder=embedder).search(QUESTION, k=10)


def _rank(hits, phrase: str) -> int | None:
    return next((i for i, h in enumerate(hits) if phrase in h.chunk.text), None)


def _show(hits) -> list[str]:
    return [h.chunk.text[:60] for h in hits]


def test_the_passage_writing_the_act_with_its_place_comes_first(index, embedder):
    from assistant.retrieve import FEATURES

    assert "asked_place" in FEATURES
    on = _search(index, embedder)
    off = _search(index, embedder, frozenset({"asked_place"}))
    assert _rank(on, "nộp hồ sơ tại Ủy ban bầu cử xã") == 0, _show(on)
    rank_off = _rank(off, "nộp hồ sơ tại Ủy ban bầu cử xã")
    assert rank_off is None or rank_off > 0, _show(off)
