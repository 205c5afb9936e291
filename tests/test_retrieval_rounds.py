"""Rounds and amounts (features ``round_marks`` and ``amount_scope``), through ``Retriever.search`` on a
real index (real e5 model, FAISS, SQLite) of documents written here.

- A plan holds one section per round of a consultative conference, each with the same report duty worded
  alike; a question naming its round ("lần hai") must get that round's passage, not another round's.
- A law states the number of a council's members once, as "không quá 85 đại biểu", among many passages
  on the same council; a youth plan writes "huy động tối đa nguồn lực" again and again. "Có tối đa bao
  nhiêu đại biểu?" must get the passage writing a count of members.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.conftest import search_without

PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ
BAN THƯỜNG TRỰC
Số: 21/KH-MTTQ-BTT

KẾ HOẠCH
Tổ chức các hội nghị hiệp thương bầu cử đại biểu Hội đồng nhân dân xã An Phú nhiệm kỳ 2026 - 2031

I. MỤC ĐÍCH, YÊU CẦU
1. Các hội nghị hiệp thương được tổ chức dân chủ, đúng luật, đúng trình tự, thủ tục.

II. NỘI DUNG
1. Hội nghị hiệp thương lần thứ nhất
1.1. Nội dung: thỏa thuận cơ cấu, thành phần, số lượng người được giới thiệu ứng cử đại biểu Hội đồng \
nhân dân xã.
1.2. Báo cáo kết quả hội nghị: Văn phòng Cơ quan Ủy ban MTTQ xã gửi biên bản hội nghị đến Ban Thường \
trực Ủy ban MTTQ huyện ngay sau khi kết thúc hội nghị.
2. Hội nghị hiệp thương lần thứ hai
2.1. Nội dung: lập danh sách sơ bộ những người ứng cử đại biểu Hội đồng nhân dân xã.
2.2. Báo cáo kết quả hội nghị: Văn phòng Cơ quan Ủy ban MTTQ xã gửi biên bản hội nghị đến Ủy ban bầu \
cử xã và Ban Thường trực Ủy ban MTTQ huyện trong vòng 02 ngày sau hội nghị.
3. Hội nghị hiệp thương lần thứ ba
3.1. Nội dung: lựa chọn, lập danh sách chính thức những người đủ tiêu chuẩn ứng cử đại biểu Hội đồng \
nhân dân xã; danh sách người ứng cử phải bảo đảm đúng tiêu chuẩn, đủ điều kiện theo quy định.
3.2. Báo cáo kết quả hội nghị: Văn phòng Cơ quan Ủy ban MTTQ xã gửi biên bản hội nghị đến Ủy ban bầu \
cử xã, Ban Thường trực Ủy ban MTTQ huyện và Thường trực Hội đồng nhân dân xã.

III. TỔ CHỨC THỰC HIỆN
Văn phòng Cơ quan Ủy ban MTTQ xã chuẩn bị tài liệu, biên bản các hội nghị hiệp thương theo mẫu.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lê Văn Bình
"""

SECOND = """ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ
BAN THƯỜNG TRỰC
Số: 25/KH-MTTQ-BTT

KẾ HOẠCH
Tổ chức hội nghị hiệp thương lần thứ hai bầu cử đại biểu Hội đồng nhân dân xã An Phú

I. MỤC ĐÍCH, YÊU CẦU
1. Hội nghị thỏa thuận lập danh sách sơ bộ những người ứng cử đại biểu Hội đồng nhân dân xã.
2. Danh sách sơ bộ người ứng cử phải bảo đảm số dư cần thiết, bảo đảm cơ cấu, thành phần, số lượng \
đại biểu được bầu.

II. TỔ CHỨC THỰC HIỆN
Văn phòng Cơ quan Ủy ban MTTQ xã chuẩn bị hội trường, tài liệu và giấy mời đại biểu dự hội nghị.
"""

LAW = """QUỐC HỘI
Luật số: 90/2025/QH15

LUẬT
TỔ CHỨC HỘI ĐỒNG NHÂN DÂN

Điều 10. Vị trí của Hội đồng nhân dân tỉnh
Hội đồng nhân dân tỉnh gồm các đại biểu Hội đồng nhân dân do cử tri ở tỉnh bầu ra, là cơ quan quyền lực \
nhà nước ở địa phương, đại diện cho ý chí, nguyện vọng và quyền làm chủ của Nhân dân.

Điều 11. Nhiệm vụ của đại biểu Hội đồng nhân dân tỉnh
Đại biểu Hội đồng nhân dân tỉnh tiếp xúc cử tri, thu thập và phản ánh trung thực ý kiến, nguyện vọng của \
cử tri với Hội đồng nhân dân tỉnh; tham gia đầy đủ các kỳ họp của Hội đồng nhân dân tỉnh.

Điều 12. Thường trực Hội đồng nhân dân tỉnh
Thường trực Hội đồng nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên là Trưởng ban của Hội \
đồng nhân dân tỉnh; đại biểu Hội đồng nhân dân tỉnh hoạt động chuyên trách theo quy định.

Điều 13. Thành lập các Ban của Hội đồng nhân dân tỉnh
Hội đồng nhân dân tỉnh thành lập Ban pháp chế, Ban kinh tế - ngân sách, Ban văn hóa - xã hội; mỗi Ban \
có Trưởng ban, Phó Trưởng ban và các Ủy viên là đại biểu Hội đồng nhân dân tỉnh.

Điều 14. Cơ cấu số lượng
Tỉnh có từ 1.000.000 dân trở xuống được bầu 50 người; có trên 1.000.000 dân thì cứ thêm 70.000 dân được \
bầu thêm 01 người, nhưng tổng số không quá 85 đại biểu.

Điều 15. Kỳ họp của Hội đồng nhân dân tỉnh
Hội đồng nhân dân tỉnh họp thường lệ mỗi năm ít nhất hai kỳ; đại biểu Hội đồng nhân dân tỉnh có trách \
nhiệm tham dự đầy đủ các kỳ họp.
"""

YOUTH = """TỈNH ĐOÀN AN GIANG
Số: 45-KH/TĐTN

KẾ HOẠCH
Chiến dịch thanh niên tình nguyện hè năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Các cấp bộ Đoàn tỉnh bám sát nhiệm vụ chính trị, huy động tối đa nguồn lực xã hội hóa cho các công \
trình thanh niên; mời đại biểu Hội đồng nhân dân tỉnh dự lễ ra quân.
2. Các cấp bộ Đoàn tỉnh huy động tối đa đoàn viên, thanh niên tham gia, phát huy tối đa vai trò xung \
kích của đại biểu thanh niên tỉnh.
3. Huy động tối đa sự tham gia của các tổ chức, cá nhân trên địa bàn tỉnh; báo cáo đại biểu Hội đồng \
nhân dân tỉnh kết quả chiến dịch.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    """Settings of a real index over the plan, the law and the youth plan."""
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("rounds")
    files = {"hiep-thuong.txt": PLAN, "lan-hai.txt": SECOND, "luat.txt": LAW, "thanh-nien.txt": YOUTH}
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


_search = search_without


def _rank(hits, phrase: str) -> int | None:
    """0-based rank of the first hit whose text holds ``phrase``."""
    return next((i for i, h in enumerate(hits) if phrase in h.chunk.text), None)


def _show(hits) -> list[str]:
    return [f"{h.chunk.file}: {h.chunk.text[:60]}" for h in hits]


def test_features_are_listed_for_ablation():
    from assistant.retrieve import FEATURES

    assert {"round_marks", "amount_scope"} <= set(FEATURES)


def _share(hits, phrase: str, wanted: str) -> float:
    """Score of the passage holding ``phrase`` as a share of the passage holding ``wanted`` (0 when the
    first is not among the hits)."""
    scores = {p: next((h.score for h in hits if p in h.chunk.text), 0.0) for p in (phrase, wanted)}
    assert scores[wanted] > 0, _show(hits)
    return scores[phrase] / scores[wanted]


def test_the_round_asked_picks_its_section_among_sections_worded_alike(index, embedder):
    # every round's section has the same report duty ("gửi biên bản hội nghị đến ..."): the round named
    # in the question ("lần hai" = "lần thứ hai" in the section heading) tells them apart
    question = "Biên bản hiệp thương lần hai ở xã An Phú phải gửi cho những ai?"
    wanted = "trong vòng 02 ngày"
    others = ("ngay sau khi kết thúc hội nghị", "Thường trực Hội đồng nhân dân xã.")
    on = _search(index, embedder, question, k=20)
    off = _search(index, embedder, question, frozenset({"round_marks"}), k=20)
    assert _rank(on, wanted) == 0, _show(on)
    for other in others:
        assert _share(on, other, wanted) < _share(off, other, wanted) - 0.2, (_show(on), _show(off))


def test_the_round_in_a_sibling_title_counts_for_its_passages(index, embedder):
    # "vòng hiệp thương thứ hai" is written only in the title of the second round's plan; the general
    # plan's third round asks its list to "bảo đảm" too
    question = "Danh sách ứng cử viên HĐND xã lập ở vòng hiệp thương thứ hai phải đáp ứng yêu cầu gì?"
    wanted, other = "bảo đảm số dư cần thiết", "đủ điều kiện theo quy định"
    on = _search(index, embedder, question, k=20)
    off = _search(index, embedder, question, frozenset({"round_marks"}), k=20)
    assert _rank(on, wanted) is not None and _rank(on, wanted) <= 1, _show(on)
    assert _share(on, other, wanted) < _share(off, other, wanted) - 0.2, (_show(on), _show(off))


def test_an_amount_question_finds_the_passage_writing_that_count(index, embedder):
    # the youth plan writes "tối đa" and "đại biểu Hội đồng nhân dân tỉnh" more often than the law's
    # passage counting the members ("không quá 85 đại biểu")
    question = "HĐND tỉnh có tối đa bao nhiêu đại biểu?"
    wanted = "không quá 85 đại biểu"
    on = _search(index, embedder, question, k=20)
    off = _search(index, embedder, question, frozenset({"amount_scope"}), k=10)
    assert _rank(on, wanted) == 0, _show(on)
    youth = [h for h in on if h.chunk.file == "thanh-nien.txt"]
    youth_off = [h for h in off if h.chunk.file == "thanh-nien.txt"]
    assert youth and youth_off
    lead_on = on[_rank(on, wanted)].score / youth[0].score
    lead_off = off[_rank(off, wanted)].score / youth_off[0].score
    assert lead_on > lead_off + 0.2, (_show(on), _show(off))
