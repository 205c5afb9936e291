"""What a body must do is quoted from its own items (issue 11: the governing passage retrieved but not
quoted; library2 dev: another body's item naming the asked body as whom it guides or works with was quoted
instead of the asked body's own item). Real index over documents written here (.docx, .md, .txt), asked
through ``Assistant``. (The .md decision's and the .txt letter's own items win already, on their words and
on the registry body's own paragraph: they guard the assigning-word and "Trách nhiệm của X" forms.)

- a body's own item is the one under a heading naming it ("2. Tổ dân vận các ấp" / "- Căn cứ Kế hoạch này,
  chủ động ..."), or the item opening with it after an assigning word ("3. Đề nghị Trung tâm ...: Tổ chức
  ..."), though its sentences write no name: another body's item naming it as an object ("hướng dẫn Tổ dân
  vận các ấp triển khai", "phối hợp với Trung tâm ...") is not its duty;
- a numbered provision ended by a footnote's number (".1") is quoted as a provision, not weighed as a
  heading;
- a list item naming the body after a lead-in about another body ("... kiểm tra đối với:" / "- Tổ dân vận
  các ấp trên địa bàn xã.") is whom that body checks, not the asked body's own clause.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

PLAN_LINES = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN HÒA",
    "Số: 07/KH-MTTQ",
    "KẾ HOẠCH",
    "Vận động nhân dân hiến đất làm đường giao thông nông thôn năm 2029",
    "Tân Hòa, ngày 04 tháng 3 năm 2029",
    "I. ĐỐI TƯỢNG KIỂM TRA",
    "1. Ban Thường trực Ủy ban MTTQ xã kiểm tra việc vận động hiến đất làm đường đối với:",
    "- Tổ dân vận các ấp trên địa bàn xã.",
    "- Các hộ gia đình có đất nằm trong tuyến đường.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ban Thường trực Ủy ban MTTQ xã",
    "- Ban hành kế hoạch; hướng dẫn Tổ dân vận các ấp triển khai vận động hiến đất làm đường.",
    "- Phối hợp với Tổ dân vận các ấp tổng hợp kết quả vận động hiến đất làm đường, báo cáo Đảng ủy xã.",
    "2. Tổ dân vận các ấp",
    "- Căn cứ Kế hoạch này, chủ động đến từng hộ có đất nằm trong tuyến đường để giải thích, lập biên bản "
    "đồng thuận.",
    "- Kịp thời nắm bắt ý kiến của người dân, phản ánh về Ban Thường trực.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Văn Sang",
]

DECISION = "\n".join(
    [
        "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ",
        "Số: 212/QĐ-UBND",
        "",
        "# QUYẾT ĐỊNH",
        "Ban hành Chương trình phát triển văn hóa cơ sở năm 2029",
        "",
        "An Phú, ngày 10 tháng 02 năm 2029",
        "",
        "## II. NỘI DUNG",
        "",
        "1.1. Tiếp tục thực hiện hiệu quả nhiệm vụ xây dựng thiết chế văn hóa ở các xã, thị "
        "trấn trên địa bàn huyện An Phú theo Quyết định số 150/QĐ-UBND của Ủy ban nhân dân "
        "huyện.",
        "",
        "- Cơ quan thực hiện: Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn "
        "hóa - Thể thao huyện; các xã, thị trấn.",
        "",
        "1.2. Thực hiện nhiệm vụ tổ chức hội thi văn nghệ quần chúng hằng năm của huyện.",
        "",
        "- Cơ quan thực hiện: Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn "
        "hóa - Thể thao huyện.",
        "",
        "## III. TỔ CHỨC THỰC HIỆN",
        "",
        "1. Giao Phòng Văn hóa và Thông tin: Theo dõi, đôn đốc, phối hợp với Trung tâm Văn "
        "hóa - Thể thao huyện tổng hợp kết quả thực hiện Chương trình, báo cáo Ủy ban nhân "
        "dân huyện trước ngày 15/12 hằng năm.",
        "",
        "2. Đề nghị Trung tâm Văn hóa - Thể thao huyện: Bồi dưỡng nghiệp vụ cho đội ngũ cộng "
        "tác viên ở cơ sở, cử cán bộ hướng dẫn các câu lạc bộ dân ca tại các ấp.",
        "",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Võ Thành Đức",
        "",
    ]
)

LETTER = """ĐOÀN THANH NIÊN XÃ PHÚ MỸ
Số: 15-CV/ĐTN
V/v dọn vệ sinh kênh mương mùa mưa năm 2029
Phú Mỹ, ngày 12 tháng 5 năm 2029

1. Trách nhiệm của Ban Thường vụ Đoàn xã
- Phân công cán bộ hướng dẫn Chi đoàn các thôn dọn vệ sinh kênh mương mùa mưa.
- Kiểm tra Chi đoàn các thôn dọn vệ sinh kênh mương, báo cáo Đảng ủy xã.

2. Trách nhiệm của Chi đoàn các thôn
- Ra quân mỗi sáng Chủ nhật, khơi thông dòng chảy các tuyến nước chính trước mùa lũ.
- Lập danh sách đoàn viên tham gia, gửi Ban Thường vụ.

TM. BAN THƯỜNG VỤ
BÍ THƯ
Ngô Thị Lan
"""


GUIDE = "\n".join(
    [
        "BAN TỔ CHỨC HUYỆN ỦY ĐÔNG SƠN",
        "Số: 05-HD/BTCHU",
        "",
        "HƯỚNG DẪN",
        "Tổ chức lễ trao bằng khen cho chi bộ đạt danh hiệu trong sạch, vững mạnh tiêu biểu",
        "",
        "Đông Sơn, ngày 06 tháng 02 năm 2029",
        "",
        "I. VỀ TỔ CHỨC LỄ TRAO BẰNG KHEN",
        "",
        "1. Thẩm quyền tổ chức lễ trao bằng khen cho chi bộ",
        "",
        "1.1. Ban Thường vụ Đảng ủy các xã, thị trấn chủ trì tổ chức lễ trao bằng khen cho "
        "các chi bộ đủ điều kiện; các đảng bộ cơ quan, doanh nghiệp trực thuộc Huyện ủy tự tổ "
        "chức lễ trao bằng khen tại hội trường cơ quan (đảng bộ cơ sở, chi bộ cơ sở).1",
        "",
        "1.2. Căn cứ tình hình thực tế, Ban Tổ chức Huyện ủy tham mưu Thường trực Huyện ủy "
        "phân công đồng chí Ủy viên Ban Thường vụ dự và trao bằng khen tại lễ trao bằng khen "
        "của các xã, thị trấn.",
        "",
        "2. Chương trình lễ trao bằng khen",
        "",
        "2.1. Lễ trao bằng khen cho chi bộ được tổ chức vào dịp kỷ niệm ngày thành lập Đảng "
        "03-02 hằng năm tại hội trường Đảng ủy các xã, thị trấn.",
        "",
        "2.2. Thành phần dự lễ trao bằng khen gồm Ban Thường vụ Đảng ủy xã, thị trấn, bí thư "
        "các chi bộ và đảng viên của chi bộ được trao bằng khen.",
        "",
        "TM. BAN TỔ CHỨC",
        "TRƯỞNG BAN",
        "Lê Văn Hùng",
    ]
)

@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(
        tmp_path_factory.mktemp("own_duty_quotes"),
        embedder,
        {"KH07.docx": PLAN_LINES, "QD212.md": DECISION, "CV15.txt": LETTER, "HD05.txt": GUIDE},
    )


def _first_quote(answer) -> str:
    return next(line for line in answer.text.split("\n") if line.lstrip().startswith("- “"))


@pytest.mark.parametrize(
    ("question", "own", "other"),
    [
        ("Tổ dân vận các ấp phải làm gì theo kế hoạch vận động hiến đất làm đường của MTTQ xã Tân Hòa?",
         "chủ động đến từng hộ", "hướng dẫn Tổ dân vận"),
        ("Tổ dân vận các ấp có trách nhiệm gì trong kế hoạch vận động hiến đất làm đường?",
         "chủ động đến từng hộ", "trên địa bàn xã"),
        ("Quyết định 212 của UBND huyện An Phú đề nghị Trung tâm Văn hóa - Thể thao huyện thực hiện nhiệm "
         "vụ gì?", "Bồi dưỡng nghiệp vụ", "Phòng Văn hóa và Thông tin chủ trì"),
        ("Chi đoàn các thôn phải làm gì trong đợt dọn vệ sinh kênh mương mùa mưa?",
         "khơi thông dòng chảy", "Phân công cán bộ"),
    ],
)  # fmt: skip
def test_the_body_own_item_is_quoted_first(assistant, question, own, other):
    answer = assistant.ask(question)
    first = _first_quote(answer)
    assert own in first and other not in first, answer.text


def test_a_provision_ending_with_a_footnote_number_is_no_heading(assistant):
    """ "1.1. Ban Thường vụ ... chủ trì tổ chức lễ ...; ... (đảng bộ cơ sở, chi bộ cơ sở).1": a numbered
    provision the parser takes for its item's (shortened) title, its sentence ended by a footnote's number
    as a PDF's text layer writes it, is the provision quoted, not a heading weighed down."""
    answer = assistant.ask("Ở cấp xã, thị trấn, cơ quan nào chủ trì buổi lễ trao bằng khen cho chi bộ?")
    first = _first_quote(answer)
    # the provision itself is among the quotes, whole, not only the clause the first line cites
    assert "chủ trì tổ chức lễ trao bằng khen" in first, answer.text
    assert "tự tổ chức lễ trao bằng khen" in first, answer.text
    assert "Thành phần dự lễ" not in answer.text, answer.text
