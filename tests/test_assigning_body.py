"""The body a duties question asks about is the one assigned the task, not the one that assigns it ("Hội
Nông dân huyện được Ban Thường vụ Huyện ủy giao nhiệm vụ gì ...?", "Ban Thường vụ Huyện ủy giao Hội Nông
dân nhiệm vụ gì?"): a quotes answer must name the asked body, and a passage naming only the assigning
body does not (trial 20, q23: another body's duty was quoted because the question also named the Huyện
ủy). The asked body is also at the level asked: "Tỉnh đoàn" is not answered by "Đoàn Thanh niên huyện", nor
"Huyện đoàn" by "Ban Thường vụ Tỉnh đoàn". Real index over Word and text notices written here.
"""

from __future__ import annotations

import pytest

from assistant.query import analyze
from tests.conftest import assistant_over, write_paragraphs

NOTICE = [
    "HUYỆN ỦY TÂN PHƯỚC",
    "Số: 88-TB/HU",
    "Tân Phước, ngày 15 tháng 3 năm 2027",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Huyện ủy về công tác phòng, chống dịch bệnh trên đàn gia súc",
    "Ngày 12/3/2027, Ban Thường vụ Huyện ủy họp nghe báo cáo tình hình dịch bệnh trên đàn gia súc.",
    "1. Ban Thường vụ Huyện đoàn tổ chức đội hình thanh niên tình nguyện hỗ trợ tiêu độc, khử trùng "
    "chuồng trại tại các xã có dịch.",
    "2. Ban Thường vụ Hội Liên hiệp Phụ nữ huyện vận động hội viên không buôn bán, giết mổ gia súc bị "
    "bệnh.",
    "3. Ủy ban nhân dân huyện bố trí kinh phí mua hóa chất tiêu độc.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Hồ Văn Lực",
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    made = tmp_path_factory.mktemp("assigning-src")
    files = {
        "TB88.docx": write_paragraphs(made / "TB88.docx", NOTICE),
        # the same notice re-issued as text under the next number
        "TB89.txt": "\n\n".join(NOTICE).replace("88-TB", "89-TB").replace("15 tháng 3", "16 tháng 3"),
    }
    return assistant_over(tmp_path_factory.mktemp("assigning"), embedder, files)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Hội Nông dân huyện được Ban Thường vụ Huyện ủy giao nhiệm vụ gì?", ["hoi_nong_dan"]),
        ("Ban Thường vụ Huyện ủy giao Hội Nông dân nhiệm vụ gì?", ["hoi_nong_dan"]),
        ("Ủy ban MTTQ xã giao cho Hội Phụ nữ và Đoàn Thanh niên nhiệm vụ gì?", ["hoi_phu_nu", "doan_tn"]),
    ],
)
def test_the_assigning_body_is_not_asked_about(question, asked):
    info = analyze(question)
    assert info.subject_orgs == asked, info.subject_orgs
    assert info.subject_bodies == [], info.subject_bodies


@pytest.mark.parametrize(
    "question",
    [
        "Hội Nông dân huyện được Ban Thường vụ Huyện ủy giao nhiệm vụ gì trong phòng chống dịch gia súc?",
        "Ban Thường vụ Huyện ủy giao Hội Nông dân huyện nhiệm vụ gì trong phòng chống dịch gia súc?",
    ],
)
def test_a_body_no_passage_names_abstains_though_the_assigner_is_named(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert not answer.citations, answer.text


def test_the_assigned_body_named_in_the_passage_is_answered(assistant):
    answer = assistant.ask("Hội Liên hiệp Phụ nữ huyện được Ban Thường vụ Huyện ủy giao nhiệm vụ gì?")
    assert not answer.abstained, answer.text
    assert "vận động hội viên không buôn bán" in answer.text, answer.text
    assert "Hội Liên hiệp Phụ nữ huyện" in answer.citations[0].quote, answer.citations[0].quote


YOUTH_NOTICE = """TỈNH ỦY HÀ NAM

Số: 30-TB/TU

Hà Nam, ngày 05 tháng 5 năm 2027

THÔNG BÁO KẾT LUẬN

về hỗ trợ thanh niên khởi nghiệp

1. Ban Thường vụ Tỉnh đoàn xây dựng quỹ hỗ trợ thanh niên khởi nghiệp.

2. Sở Lao động tổ chức đào tạo nghề cho thanh niên.

T/M BAN THƯỜNG VỤ

BÍ THƯ

Lê Văn Bảy
"""

DISTRICT_NOTICE = [
    "HUYỆN ỦY PHÚ AN",
    "Số: 12-TB/HU",
    "Phú An, ngày 03 tháng 4 năm 2027",
    "THÔNG BÁO KẾT LUẬN",
    "về phòng chống đuối nước cho trẻ em",
    "1. Đoàn Thanh niên huyện tổ chức lớp dạy bơi miễn phí cho thiếu nhi trong tháng 6/2027.",
    "2. Hội Liên hiệp Phụ nữ huyện tuyên truyền phụ huynh quản lý con em dịp hè.",
    "T/M BAN THƯỜNG VỤ",
    "BÍ THƯ",
    "Nguyễn Văn Sáu",
]


@pytest.fixture(scope="module")
def levels(tmp_path_factory, embedder):
    made = tmp_path_factory.mktemp("levels-src")
    files = {"TB30.txt": YOUTH_NOTICE, "TB12.docx": write_paragraphs(made / "TB12.docx", DISTRICT_NOTICE)}
    return assistant_over(tmp_path_factory.mktemp("levels"), embedder, files)


@pytest.mark.parametrize(
    ("question", "theirs", "not_theirs"),
    [
        # the union named by its everyday level name gets its own level's duty, never the namesake's
        ("Tỉnh đoàn có nhiệm vụ gì?", "Ban Thường vụ Tỉnh đoàn xây dựng quỹ", "Đoàn Thanh niên huyện"),
        ("Huyện đoàn có nhiệm vụ gì?", "Đoàn Thanh niên huyện tổ chức lớp dạy bơi", "Tỉnh đoàn"),
    ],
)
def test_a_duties_answer_is_the_asked_level_s(levels, question, theirs, not_theirs):
    answer = levels.ask(question)
    assert not answer.abstained, answer.text
    assert theirs in answer.text, answer.text
    assert not_theirs not in answer.text, answer.text
