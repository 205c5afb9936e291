"""Money and rate questions answered only by a sum for what they ask (trial 20, kind 5: "a sum in đồng
anywhere in the quotes satisfies 'bao nhiêu tiền'"), on documents written here in three formats, indexed
for real and asked through ``Assistant`` and the CLI:

- the sum must sit in a sentence about the act or object asked ("hỗ trợ **sửa chuồng trại**", "bị
  **phạt**"), not in another act's list of grants nor in another document's budget;
- "mỗi hộ" asks a sum per household: a total "để hỗ trợ ..." is not one (folded, "hộ" is "hỗ");
- "lãi suất bao nhiêu?", "bao nhiêu %?" ask a rate: only a percentage (or ‰) answers, never grants in đồng,
  and an interest rate is written with "lãi" (a share in a condition, "thiệt hại từ 50%", is none).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import assistant_over, write_paragraphs

GUIDE_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hướng dẫn 15/HD-HND</title></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a></nav>
<article>
<p>HỘI NÔNG DÂN TỈNH BẮC GIANG</p>
<p>Số: 15/HD-HND</p>
<p>Bắc Giang, ngày 10 tháng 10 năm 2028</p>
<h1>HƯỚNG DẪN</h1>
<p>Hỗ trợ hội viên khôi phục sản xuất nông nghiệp sau bão số 7</p>
<h2>I. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN</h2>
<p>a) Hội viên Hội Nông dân có diện tích lúa hoặc hoa màu bị thiệt hại từ 50% trở lên.</p>
<p>b) Hội viên có chuồng trại chăn nuôi bị đổ sập phải tự khắc phục trước khi đề nghị hỗ trợ.</p>
<h2>II. MỨC HỖ TRỢ</h2>
<ul>
<li>Mua giống lúa: 3.000.000 đồng/ha;</li>
<li>Mua phân bón: 1.500.000 đồng/ha;</li>
<li>Hội viên thuộc hộ nghèo được cộng thêm 500.000 đồng/hộ.</li>
</ul>
<h2>III. TỔ CHỨC THỰC HIỆN</h2>
<p>Hội Nông dân các huyện tổng hợp danh sách hội viên đề nghị hỗ trợ, gửi về Hội Nông dân tỉnh
trước ngày 30/10/2028.</p>
</article>
<footer>Bản quyền thuộc Hội Nông dân tỉnh Bắc Giang</footer>
</body></html>
"""

PLAN_DOCX = [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN XÃ TÂN LẬP",
    "Số: 40-KH/ĐTN",
    "Tân Lập, ngày 02 tháng 3 năm 2028",
    "KẾ HOẠCH",
    "Tổ chức Giải bóng đá thanh niên xã Tân Lập năm 2028",
    "I. NỘI DUNG",
    "1. Mỗi chi đoàn thôn thành lập 01 đội bóng, đăng ký với Ban Thường vụ Đoàn xã trước ngày 20/3/2028.",
    "2. Chi đoàn nào không cử đội tham gia sẽ bị trừ điểm thi đua cuối năm.",
    "II. KINH PHÍ",
    "Kinh phí tổ chức giải từ nguồn ngân sách xã cấp cho Đoàn xã là 12.000.000 đồng.",
    "T/M BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Lương Thị Thu",
]

NOTICE_TXT = [
    "ĐẢNG BỘ HUYỆN YÊN SƠN",
    "HUYỆN ỦY",
    "Số: 118-TB/HU",
    "Yên Sơn, ngày 15 tháng 9 năm 2028",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Huyện ủy về khắc phục hậu quả ngập lụt",
    "1. Mưa lớn kéo dài làm 640 hộ dân bị ngập nhà, 35 hộ có nhà bị sập hoàn toàn.",
    "2. Ủy ban nhân dân huyện bố trí 900 triệu đồng từ nguồn dự phòng ngân sách huyện để hỗ trợ khắc phục "
    "hậu quả ngập lụt.",
    "3. Mỗi căn nhà bị sập hoàn toàn được hỗ trợ 20.000.000 đồng để dựng lại.",
    "4. Quỹ hỗ trợ nông dân huyện cho hội viên vay khôi phục sản xuất với lãi suất 0,5%/tháng.",
    "5. Độ mặn nước giếng tại các thôn ven sông đo được 3‰, vượt ngưỡng cho phép.",
    "T/L BAN THƯỜNG VỤ",
    "CHÁNH VĂN PHÒNG",
    "Hoàng Văn Nam",
]

ABSTAIN = "Không tìm thấy"


# a Word plan whose budget is a table: each sum is read under its column header "Kinh phí (đồng)"
BUDGET_LINES = [
    "ỦY BAN MTTQ VIỆT NAM PHƯỜNG AN BÌNH",
    "Số: 33/KH-MTTQ",
    "An Bình, ngày 05 tháng 4 năm 2028",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội Đại đoàn kết khu phố năm 2028",
    "I. NỘI DUNG",
    "1. Tổ chức hội thi nấu ăn và hội diễn văn nghệ giữa các khu phố.",
    "2. Trao quà cho hộ cận nghèo.",
    "3. Tổ chức hội thi cắm hoa cho hội viên phụ nữ các khu phố. Kinh phí dự kiến: 4.000.000 đồng.",
    "II. DỰ TRÙ KINH PHÍ",
]
BUDGET_ROWS = [
    ["TT", "Nội dung", "Kinh phí (đồng)"],
    ["1", "Hội thi nấu ăn", "6.000.000"],
    ["2", "Quà cho hộ cận nghèo", "15.000.000"],
]


def write_budget(path):
    import docx

    document = docx.Document()
    for line in BUDGET_LINES:
        document.add_paragraph(line)
    table = document.add_table(rows=len(BUDGET_ROWS), cols=3)
    for i, row in enumerate(BUDGET_ROWS):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    for line in ("T/M BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Đỗ Văn Sang"):
        document.add_paragraph(line)
    document.save(path)


@pytest.fixture(scope="module")
def docs_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("money-src")
    write_paragraphs(root / "KH40.docx", PLAN_DOCX)
    write_paragraphs(root / "TB118.txt", NOTICE_TXT)
    write_budget(root / "KH33.docx")
    return root


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder, docs_root):
    return assistant_over(
        tmp_path_factory.mktemp("money"),
        embedder,
        {
            "HD15.html": GUIDE_HTML,
            "KH40.docx": docs_root / "KH40.docx",
            "TB118.txt": docs_root / "TB118.txt",
            "KH33.docx": docs_root / "KH33.docx",
        },
    )


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("Hội viên mua giống lúa được hỗ trợ bao nhiêu tiền một ha?", "3.000.000 đồng"),
        ("Ngân sách xã cấp bao nhiêu tiền để tổ chức giải bóng đá thanh niên?", "12.000.000 đồng"),
        ("Mỗi căn nhà bị sập được hỗ trợ bao nhiêu tiền?", "20.000.000 đồng"),
        ("Huyện bố trí bao nhiêu tiền dự phòng để khắc phục ngập lụt?", "900 triệu đồng"),
        ("Quỹ hỗ trợ nông dân huyện cho hội viên vay với lãi suất bao nhiêu?", "0,5%"),
        ("Độ mặn nước giếng ven sông là bao nhiêu phần nghìn?", "3‰"),
        # a table row's sum, read under its column header
        ("Hội thi nấu ăn của phường An Bình được dự trù bao nhiêu tiền?", "6.000.000"),
        # a sentence naming only the sum is read with the one before it, which says what it is for
        ("Hội thi cắm hoa của phường An Bình cần bao nhiêu tiền?", "4.000.000 đồng"),
        # words of the document's subject line describe every passage of it ("khắc phục sản xuất sau bão")
        ("Hội viên khôi phục sản xuất sau bão mua phân bón được hỗ trợ bao nhiêu tiền?", "1.500.000 đồng"),
        ("Kinh phí thực hiện Kế hoạch 40 là bao nhiêu?", "12.000.000 đồng"),
        # the issuer's words ("Hội Nông dân tỉnh Bắc Giang") describe the guide, not the grant
        ("Hội viên Hội Nông dân tỉnh Bắc Giang mua giống lúa được hỗ trợ bao nhiêu tiền?", "3.000.000 đồng"),
        # a plan writing one sum: its budget is for what its subject line says
        ("Giải bóng đá thanh niên năm 2028 được bao nhiêu kinh phí?", "12.000.000 đồng"),
        # typed without diacritics
        ("Ngan sach xa cap bao nhieu tien de to chuc giai bong da thanh nien?", "12.000.000 đồng"),
    ],
)
def test_a_sum_for_the_act_asked_answers(assistant, question, written):
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert written in answer.text


@pytest.mark.parametrize(
    "question",
    [
        # the guide supports seed and fertiliser; a collapsed pen is a condition, never a grant
        "Hội viên có chuồng trại bị đổ sập được hỗ trợ sửa chuồng trại bao nhiêu tiền?",
        # the only sanction is points off; the plan's budget is another act's sum
        "Chi đoàn không cử đội tham gia giải bóng đá bị phạt bao nhiêu tiền?",
        # the budget table prices the cooking contest and the gifts, not the show
        "Hội diễn văn nghệ của phường An Bình được dự trù bao nhiêu tiền?",
    ],
)
def test_a_sum_for_another_act_is_no_answer(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert ABSTAIN in answer.text


def test_a_total_is_not_a_sum_per_household(assistant):
    # "900 triệu đồng ... để hỗ trợ khắc phục" is the district's total; folded, its "hỗ trợ" reads "hộ"
    answer = assistant.ask("Mỗi hộ bị ngập nhà được huyện hỗ trợ bao nhiêu tiền?")
    assert answer.abstained, answer.text


def test_per_mille_is_the_figure_asked(assistant):
    answer = assistant.ask("Độ mặn nước giếng ven sông là bao nhiêu phần nghìn?")
    assert answer.text.startswith("Số liệu: 3‰"), answer.text


@pytest.mark.parametrize(
    "question",
    [
        # the guide writes grants in đồng, no rate: "bao nhiêu %" is not answered by "500.000 đồng/hộ"
        "Theo Hướng dẫn 15/HD-HND, hội viên được hưởng lãi suất bao nhiêu?",
        "Theo Hướng dẫn 15/HD-HND, hội viên thuộc hộ nghèo được cộng thêm bao nhiêu %?",
    ],
)
def test_a_rate_needs_a_percentage(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained, answer.text


def test_cli_abstains_on_a_fine_never_written(assistant):
    settings = assistant.settings
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "ask",
            "--index",
            str(settings.index_dir),
            "--json",
            "Chi đoàn không cử đội tham gia giải bóng đá bị phạt bao nhiêu tiền?",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )
    answer = json.loads(out.stdout)
    assert answer["abstained"], answer


def test_a_sum_named_by_kinh_phi_is_any_sum_for_the_act(assistant):
    # the notice writes "bố trí 900 triệu đồng ... để hỗ trợ khắc phục hậu quả ngập lụt", not "kinh phí"
    answer = assistant.ask("Kinh phí hỗ trợ khắc phục hậu quả ngập lụt ở Yên Sơn là bao nhiêu?")
    assert not answer.abstained and "900 triệu đồng" in answer.text, answer.text


def test_a_verb_of_money_asks_a_sum_without_a_unit(assistant):
    # "được hỗ trợ tối đa bao nhiêu từ ...": no unit word; "từ" ends the question's unit
    answer = assistant.ask("Mỗi căn nhà bị sập hoàn toàn được hỗ trợ tối đa bao nhiêu từ huyện?")
    assert not answer.abstained and "20.000.000 đồng" in answer.text, answer.text
