"""Figure questions answered from the row or clause naming the item asked, through a real ``Assistant``
on a resolution written here as Word paragraphs and as an HTML page (session 22, figs39: library dev
lib-n99-01, lib-n99-04, lib-rw03-04, lib-n101-03):

- "Chủ tịch HĐGK cấp xã được bồi dưỡng bao nhiêu tiền một tháng?" of dash items "- Chủ tịch Hội đồng
  giám khảo: cấp huyện: ...; cấp xã: ..." / "- Phó Chủ tịch, Ủy viên, Thư ký của Hội đồng giám khảo: ...":
  the item whose head is the post asked (an abbreviation the lexicon does not know read by the phrase of
  the document it spells), under the level asked; never the deputy's row, which also writes "Chủ tịch";
- "Người điều hành cuộc họp ... được chi bao nhiêu một buổi?": "chi bao nhiêu" asks a sum in đồng, "một
  buổi" what it is per, and the item "Chủ trì cuộc họp" is the one asked ("điều hành" / "chủ trì");
- "Phụ lục II kê tổng cộng mấy xã?": the total the appendix states, read under that appendix's heading;
- "Nghị quyết này thay thế nghị quyết nào?": the act the effect article replaces.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN HUYỆN TÂN LẠC",
    "Số: 17/2035/NQ-HĐND",
    "Tân Lạc, ngày 12 tháng 12 năm 2035",
    "NGHỊ QUYẾT",
    "Quy định mức chi bồi dưỡng phục vụ Hội thi tiếng hát đồng quê huyện Tân Lạc năm 2036",
    "Điều 1. Mức chi bồi dưỡng cho Hội đồng giám khảo",
    "1. Thành phần Hội đồng giám khảo do Ủy ban nhân dân huyện quyết định.",
    "2. Mức bồi dưỡng:",
    "- Chủ tịch Hội đồng giám khảo: cấp huyện: 1.500.000 đồng/người/tháng; cấp xã: 1.200.000"
    " đồng/người/tháng.",
    "- Phó Chủ tịch, Ủy viên, Thư ký của Hội đồng giám khảo: cấp huyện: 1.300.000 đồng/người/tháng; cấp xã:"
    " 900.000 đồng/người/tháng.",
    "- Trưởng ban tổ chức hội thi: cấp huyện: 1.100.000 đồng/người/tháng; cấp xã: 800.000 đồng/người/tháng.",
    "3. Chi bồi dưỡng các cuộc họp của Hội đồng giám khảo, Ban tổ chức hội thi:",
    "a) Cấp huyện:",
    "- Chủ trì cuộc họp: 400.000 đồng/người/buổi;",
    "- Thành viên tham dự: 180.000 đồng/người/buổi;",
    "- Các đối tượng phục vụ: 90.000 đồng/người/buổi.",
    "b) Cấp xã:",
    "- Chủ trì cuộc họp: 300.000 đồng/người/buổi;",
    "- Các thành viên tham dự: 120.000 đồng/người/buổi;",
    "- Các đối tượng phục vụ: 60.000 đồng/người/buổi.",
    "Điều 2. Tổ chức thực hiện",
    "Ủy ban nhân dân huyện tổ chức thực hiện Nghị quyết này; Thường trực Hội đồng nhân dân huyện giám sát.",
    "Điều 3. Hiệu lực thi hành",
    "Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2036 và thay thế Nghị quyết số 21/2030/NQ-HĐND"
    " ngày 10 tháng 7 năm 2030 của Hội đồng nhân dân huyện Tân Lạc.",
    "CHỦ TỊCH",
    "Đinh Văn Hùng",
    "Phụ lục II",
    "DANH SÁCH CÁC XÃ ĐĂNG CAI VÒNG SƠ KHẢO HỘI THI TIẾNG HÁT ĐỒNG QUÊ",
    "1. Xã Phú Cường",
    "2. Xã Quy Hậu",
    "3. Xã Mãn Đức",
    "4. Xã Địch Giáo",
    "5. Xã Tử Nê",
    "Danh sách có 05 xã đăng cai./.",
]


def _html(lines: list[str]) -> str:
    """The resolution as a portal page: headings as <h3>, dash items as a list, the rest as paragraphs."""
    body = []
    for line in lines:
        if line.startswith("- "):
            body.append(f"<ul><li>{line[2:]}</li></ul>")
        elif line.startswith(("Điều ", "Phụ lục")):
            body.append(f"<h3>{line}</h3>")
        else:
            body.append(f"<p>{line}</p>")
    return (
        '<html><head><meta charset="utf-8"><title>Nghị quyết 17/2035/NQ-HĐND</title></head><body>'
        f"<article>{''.join(body)}</article></body></html>"
    )


@pytest.fixture(scope="module", params=["docx", "html"])
def resolution(request, tmp_path_factory, embedder):
    stem = "NQ-17-2035"
    files = {f"{stem}.docx": RESOLUTION} if request.param == "docx" else {f"{stem}.html": _html(RESOLUTION)}
    return assistant_over(tmp_path_factory.mktemp(f"figs_{request.param}"), embedder, files)


@pytest.mark.parametrize(
    ("question", "value", "not_values"),
    [
        ("Chủ tịch HĐGK cấp xã được bồi dưỡng bao nhiêu tiền một tháng?", "1.200.000", ("900.000",)),
        ("Chủ tịch Hội đồng giám khảo cấp xã được bồi dưỡng bao nhiêu tiền?", "1.200.000", ("900.000",)),
        ("Phó Chủ tịch HĐGK cấp huyện được bồi dưỡng bao nhiêu tiền một tháng?", "1.300.000", ("1.500.000",)),
        ("Trưởng ban tổ chức hội thi cấp xã được bồi dưỡng bao nhiêu một tháng?", "800.000", ("1.200.000",)),
    ],
)
def test_the_post_asked_in_a_list_of_posts(resolution, question, value, not_values) -> None:
    line = first_line(resolution.ask(question))
    assert line.startswith(f"Số liệu: {value} đồng/người/tháng"), line
    assert not any(v in line for v in not_values), line


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Người điều hành cuộc họp cấp huyện được chi bao nhiêu một buổi?", "400.000"),
        ("Người chủ trì cuộc họp cấp huyện được chi bao nhiêu một buổi?", "400.000"),
        ("Thành viên tham dự cuộc họp cấp huyện được chi bao nhiêu một buổi?", "180.000"),
    ],
)
def test_the_amount_per_session_of_the_role_asked(resolution, question, value) -> None:
    line = first_line(resolution.ask(question))
    assert line.startswith(f"Số liệu: {value} đồng/người/buổi"), line


def test_the_total_an_appendix_states(resolution) -> None:
    line = first_line(resolution.ask("Phụ lục II kê tổng cộng mấy xã đăng cai vòng sơ khảo?"))
    assert line.startswith("Số liệu: 05 xã"), line


def test_the_act_replaced(resolution) -> None:
    answer = resolution.ask("Nghị quyết 17/2035/NQ-HĐND thay thế nghị quyết nào trước đây?")
    assert "21/2030/NQ-HĐND" in first_line(answer), answer.text


def test_no_figure_of_a_post_not_listed(resolution) -> None:
    """The deputy's post is its item's; a post no item names ("Thư ký Ban tổ chức": the list has "Thư ký
    của Hội đồng giám khảo" and "Trưởng ban tổ chức hội thi") gets no figure of another's row."""
    line = first_line(resolution.ask("Ủy viên HĐGK cấp xã được bồi dưỡng bao nhiêu tiền một tháng?"))
    assert line.startswith("Số liệu: 900.000 đồng/người/tháng"), line
    line = first_line(resolution.ask("Thư ký Ban tổ chức cấp xã được bồi dưỡng bao nhiêu tiền một tháng?"))
    assert "đồng/người/tháng" not in line, line


REPORT = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ TÂN MINH",
    "Số: 41/BC-HPN",
    "Tân Minh, ngày 05 tháng 12 năm 2035",
    "BÁO CÁO",
    "Kết quả công tác Hội năm 2035",
    "I. KẾT QUẢ",
    "1. Phối hợp Ngân hàng Chính sách xã hội quản lý 7 tổ tiết kiệm và vay vốn.",
    "2. Vận động hội viên giúp nhau phát triển kinh tế; giúp 17 hộ hội viên thoát nghèo.",
    "3. Tổ chức 12 buổi sinh hoạt chuyên đề tại các chi hội.",
    "II. NHIỆM VỤ NĂM 2036",
    "Tiếp tục củng cố tổ chức Hội, nâng cao chất lượng sinh hoạt chi hội.",
]


@pytest.fixture(scope="module", params=["docx", "html"])
def report(request, tmp_path_factory, embedder):
    stem = "BC-41-HPN"
    files = {f"{stem}.docx": REPORT} if request.param == "docx" else {f"{stem}.html": _html(REPORT)}
    return assistant_over(tmp_path_factory.mktemp(f"figs_report_{request.param}"), embedder, files)


def test_a_count_asked_in_everyday_words(report) -> None:
    """"gia đình" is the directives' "hộ", "vượt nghèo" their "thoát nghèo" (trial 38 q30 abstained): the
    count written with the directive's noun answers, on the first line or at least in the quotes."""
    answer = report.ask("Năm 2035 Hội Phụ nữ xã giúp được bao nhiêu gia đình hội viên vượt nghèo?")
    assert not answer.abstained, answer.text
    assert "17 hộ" in answer.text, answer.text
    assert "12 buổi" not in first_line(answer) and "7 tổ" not in first_line(answer), answer.text
