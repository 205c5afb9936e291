"""A question asking a change ("... năm 2033 tăng bao nhiêu so với năm 2032?") is not answered by a cell of
a table of figures by year: each cell is a level, none of them the change (trial 31 p58 was given "Số liệu:
2.940 ha (Thực hiện 2033)" for "tăng 310 ha"); the level of a year asked still is. A resolution written here
as Markdown with a pipe table, through a real ``Assistant``. A figure written with no year ("Nhiệm kỳ qua ...
đạt 14.000 tấn") never leads before the row of the one year asked (trial 33 d4), and a unit cell whose text
is garbled (a PDF cell overrun: "hợipệ ut áqcu") is left out of the line (trial 31 q05).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over, first_line

TEXT = """ĐẢNG BỘ HUYỆN TÂN KHÊ

Số: 09-NQ/HU

Tân Khê, ngày 10 tháng 01 năm 2034

NGHỊ QUYẾT

về phát triển cây ăn quả giai đoạn 2034 - 2035

I. KẾT QUẢ NĂM 2033

Diện tích cây ăn quả đạt 1.870 ha, tăng 240 ha so với năm 2032.

II. CHỈ TIÊU

| TT | Chỉ tiêu | Đơn vị | Thực hiện 2033 | Năm 2034 | Năm 2035 |
|---|---|---|---|---|---|
| 1 | Diện tích cây ăn quả | ha | 1.870 | 2.100 | 2.400 |
| 2 | Sản lượng quả | tấn | 15.200 | 16.500 | 18.000 |
| 3 | Hợp tác xã trồng quả | hợipệ ut áqcu | 12 | 14 | 17 |

III. ĐÁNH GIÁ CHUNG

Nhiệm kỳ qua, sản lượng quả toàn huyện đạt 14.000 tấn.

T/M BAN CHẤP HÀNH

BÍ THƯ

Lê Văn Khang
"""


@pytest.fixture(scope="module")
def resolution(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("nq09"), embedder, {"NQ-09-HU.md": TEXT})


def test_a_change_asked_gets_no_cell_of_the_table(resolution) -> None:
    answer = resolution.ask("Diện tích cây ăn quả năm 2033 tăng bao nhiêu so với năm 2032?")
    assert "1.870" not in first_line(answer), answer.text


def test_the_level_of_a_year_asked_is_its_cell(resolution) -> None:
    answer = resolution.ask("Diện tích cây ăn quả năm 2035 là bao nhiêu?")
    assert "2.400 ha" in first_line(answer), answer.text


def test_a_year_the_figure_is_not_of_gets_no_line(resolution) -> None:
    answer = resolution.ask("Sản lượng quả năm 2036 là bao nhiêu?")
    assert "Số liệu" not in first_line(answer), answer.text


def test_a_figure_of_no_year_does_not_answer_a_year(resolution) -> None:
    answer = resolution.ask("Sản lượng quả toàn huyện năm 2034 đạt bao nhiêu?")
    assert "14.000" not in first_line(answer), answer.text


def test_a_garbled_unit_cell_is_left_out(resolution) -> None:
    answer = resolution.ask("Số hợp tác xã trồng quả năm 2035 là bao nhiêu?")
    line = first_line(answer)
    assert "17" in line and "áqcu" not in line, answer.text


def test_a_level_reached_is_no_change(resolution) -> None:
    answer = resolution.ask("Diện tích cây ăn quả năm 2035 phấn đấu tăng lên bao nhiêu?")
    assert "2.400 ha" in first_line(answer), answer.text
