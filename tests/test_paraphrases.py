"""Everyday words in a question, directive words in the document (issue 11: questions written as cadres
ask them): "Ai lo tiền tổ chức hội nghị?" finds "... bảo đảm kinh phí"; "mời và điều hành" finds
"triệu tập và chủ trì". Real index over a plan written here; the lexicon is
``assistant/lexicon/phrases.json`` question_paraphrases.
"""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over

PLAN = """HUYỆN ỦY YÊN LẠC
Số: 88-KH/HU
Yên Lạc, ngày 04 tháng 5 năm 2026

KẾ HOẠCH
Tổ chức hội nghị biểu dương người có uy tín năm 2026

I. THÀNH PHẦN, SỐ LƯỢNG
Đại biểu là người có uy tín trong đồng bào các dân tộc, khoảng 120 người.

II. TỔ CHỨC THỰC HIỆN
1. Ban Dân vận Huyện ủy triệu tập và chủ trì hội nghị, chuẩn bị báo cáo đề dẫn.
2. Văn phòng Huyện ủy bảo đảm kinh phí tổ chức hội nghị theo quy định.
3. Trung tâm Văn hóa huyện trang trí hội trường và phục vụ âm thanh.
4. Ủy ban MTTQ huyện rà soát danh sách đại biểu, gửi về Ban Dân vận trước ngày 20/5/2026.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("paraphrases"), embedder, {"KH88.txt": PLAN})


def test_question_words_get_their_directive_wording():
    assert "kinh phí" in analyze("Ai lo tiền tổ chức hội nghị biểu dương?").paraphrases
    assert {"triệu tập", "chủ trì"} <= set(analyze("Ai mời và điều hành hội nghị?").paraphrases)
    # accent-less questions through their restored text; a word already written adds nothing
    assert "kinh phí" in analyze("Ai lo tien to chuc hoi nghi?").paraphrases
    assert analyze("Kinh phí hội nghị do ai bảo đảm?").paraphrases == []
    # the bounds of a figure, as documents write them ("phải bảo đảm ít nhất 55 cử tri", "không quá 15")
    assert "ít nhất" in analyze("Hội nghị phải có tối thiểu mấy cử tri?").paraphrases
    assert "không quá" in analyze("Được bố trí tối đa bao nhiêu cán bộ?").paraphrases


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Ai lo tiền tổ chức hội nghị biểu dương người có uy tín?", "bảo đảm kinh phí"),
        ("Bên nào mời và điều hành hội nghị biểu dương người có uy tín?", "triệu tập và chủ trì"),
    ],
)
def test_passage_in_directive_words_ranks_first(assistant, question, written):
    hits = assistant.retriever.search(question, k=3)
    assert hits, question
    top = hits[0].chunk.text
    assert written in top, [h.chunk.text[:80] for h in hits]


def test_answer_quotes_the_passage_in_directive_words_first(assistant):
    # the quotes count "mời" or "triệu tập" as one concept: the sentence in the document's words comes first
    answer = assistant.ask("Bên nào mời và điều hành hội nghị biểu dương?")
    assert not answer.abstained, answer.text
    quotes = [line for line in answer.text.splitlines() if line.startswith("- ")]
    assert quotes and "triệu tập và chủ trì" in quotes[0], answer.text


RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH LONG
Số: 12/2025/NQ-HĐND
Bình Long, ngày 10 tháng 7 năm 2025

NGHỊ QUYẾT
Quy định mức chi hỗ trợ cho hoạt động của Ban công tác Mặt trận ở khu dân cư

Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ Luật Mặt trận Tổ quốc Việt Nam;
Xét Tờ trình của Ủy ban nhân dân tỉnh, Hội đồng nhân dân tỉnh quyết nghị:

Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định mức chi hỗ trợ cho hoạt động của Ban công tác Mặt trận ở khu dân cư trên địa bàn \
tỉnh Bình Long.

Điều 2. Mức chi
Mỗi Ban công tác Mặt trận ở khu dân cư được hỗ trợ 6.000.000 đồng mỗi năm để tổ chức các hoạt động.

Điều 3. Nguồn kinh phí
Kinh phí thực hiện Nghị quyết này do ngân sách tỉnh bảo đảm theo phân cấp ngân sách hiện hành.

Điều 4. Thay thế thành viên
Trường hợp Trưởng Ban công tác Mặt trận nghỉ việc thì Ban Thường trực Ủy ban MTTQ xã cử người thay thế; \
người thay thế được hưởng mức hỗ trợ theo Nghị quyết số 12/2025/NQ-HĐND từ tháng được cử.

Điều 5. Điều khoản thi hành
1. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2025.
2. Nghị quyết số 07/2019/NQ-HĐND ngày 12 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh quy định mức chi cho \
Ban công tác Mặt trận ở khu dân cư hết hiệu lực từ ngày Nghị quyết này có hiệu lực thi hành.
3. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
"""


def test_what_a_resolution_replaces_is_where_the_old_one_ends(tmp_path_factory, embedder):
    # a law or resolution writes what it replaces as the old one's end ("... hết hiệu lực từ ngày Nghị quyết
    # này có hiệu lực"), rarely with the verb "thay thế" a cadre asks with, which its article on replacing
    # a member writes twice
    question = "Nghị quyết 12/2025/NQ-HĐND thay thế nghị quyết nào trước đây?"
    assert {"hết hiệu lực", "bãi bỏ"} <= set(analyze(question).paraphrases)
    assistant = assistant_over(tmp_path_factory.mktemp("replaces"), embedder, {"NQ12.txt": RESOLUTION})
    hits = assistant.retriever.search(question, k=2)
    assert any("hết hiệu lực từ ngày" in h.chunk.text for h in hits), [h.chunk.text[:80] for h in hits]
