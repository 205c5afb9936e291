"""``python -m assistant obligations`` on a regulation's steps and a letter's closing part written here as
DOCX and TXT (trial 31):

- a step whose body is a council named by its task and level ("Hội đồng quản lý quỹ xã họp xét duyệt trong
  thời hạn 07 ngày làm việc ...") is a row; "trong 03 ngày làm việc" is its time limit though no event is
  counted from; "Ban Công tác Mặt trận ở khu dân cư" is one body, where it sits included;
- "Phòng Văn hóa và Thông tin huyện và Huyện đoàn": two bodies (the "và" inside the department's name
  stays), as "A và B" is split everywhere;
- "Vòng chung kết cấp xã dự kiến tổ chức trong tháng 11 năm 2031; giải Nhất ..." in a letter's closing part
  announces the issuer's own event: no duty of the addressees.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assistant.cli import main
from tests.conftest import write_paragraphs

REGULATION = [
    "ỦY BAN MTTQ VIỆT NAM",
    "XÃ PHÚ LẠC",
    "BAN THƯỜNG TRỰC",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "QUY CHẾ",
    'Quản lý và sử dụng Quỹ "Vì người nghèo" xã Phú Lạc',
    "Chương I",
    "TRÌNH TỰ HỖ TRỢ",
    "Điều 1. Trình tự xét hỗ trợ",
    "1. Ban Công tác Mặt trận ở khu dân cư họp bình xét, gửi danh sách về Ban Thường trực Ủy ban MTTQ xã"
    " trong thời hạn 05 ngày làm việc kể từ ngày nhận đơn.",
    "2. Ban Thường trực Ủy ban MTTQ xã thẩm định, niêm yết công khai danh sách tại trụ sở trong 03 ngày làm"
    " việc, sau đó trình Hội đồng.",
    "3. Hội đồng quản lý quỹ xã họp xét duyệt trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ danh sách.",
    "Điều 2. Giám sát",
    "Phòng Văn hóa và Thông tin huyện và Huyện đoàn cử đại diện tham gia giám sát việc hỗ trợ.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Đinh Thị Hoa",
]

LETTER = [
    "HỘI LHPN HUYỆN ĐỒNG XUÂN",
    "BAN THƯỜNG VỤ",
    "Số: 19/CV-HPN",
    "V/v tham gia Hội thi “Phụ nữ với chuyển đổi số” năm 2031",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Đồng Xuân, ngày 02 tháng 10 năm 2031",
    "Kính gửi: Ban Thường vụ Hội LHPN các xã, thị trấn",
    "Thực hiện Kế hoạch số 08-KH/HPN ngày 15/9/2031 của Ban Thường vụ Hội LHPN huyện, Ban Thường vụ Hội LHPN"
    " huyện đề nghị Ban Thường vụ Hội LHPN các xã, thị trấn thực hiện một số nội dung sau:",
    "1. Lựa chọn 01 đội thi gồm 03 hội viên tham gia Hội thi.",
    "2. Gửi danh sách đội thi về Ban Thường vụ Hội LHPN huyện trước ngày 20 tháng 10 năm 2031.",
    "Vòng chung kết cấp huyện dự kiến tổ chức trong tháng 11 năm 2031; giải Nhất được thưởng 3.000.000 đồng."
    " Đề nghị các cơ sở hội quan tâm triển khai thực hiện.",
    "Nơi nhận:",
    "- Như kính gửi;",
    "- Lưu VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Thị Mai",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def rows(request, tmp_path_factory) -> list[dict]:
    root = tmp_path_factory.mktemp(f"steps_{request.param}")
    docs = root / "docs"
    docs.mkdir()
    write_paragraphs(docs / f"QC.{request.param}", REGULATION)
    write_paragraphs(docs / f"CV19.{request.param}", LETTER)
    result = CliRunner().invoke(
        main, ["obligations", "--index", str(root / "no-index"), "--documents", str(docs), "--json"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _row(rows: list[dict], words: str) -> dict:
    found = [r for r in rows if words.lower() in r["task"].lower()]
    assert len(found) == 1, (words, [r["task"] for r in rows])
    return found[0]


def test_a_council_named_by_task_and_level_is_a_step_s_body(rows):
    row = _row(rows, "họp xét duyệt")
    assert row["responsible"] == ["Hội đồng quản lý quỹ xã"], row
    assert row["text"].count("07 ngày làm việc") == 1


def test_working_days_are_a_time_limit_without_an_event(rows):
    row = _row(rows, "niêm yết công khai")
    assert row["responsible"] == ["Ban Thường trực Ủy ban MTTQ xã"], row
    assert "03 ngày làm việc" in json.dumps(row["deadline"], ensure_ascii=False), row


def test_where_a_body_sits_is_part_of_its_name(rows):
    row = _row(rows, "bình xét")
    assert row["responsible"] == ["Ban Công tác Mặt trận ở khu dân cư"], row
    assert not row["task"].startswith("Ở khu dân cư")


def test_a_department_and_a_body_after_its_place_are_two(rows):
    row = _row(rows, "tham gia giám sát")
    assert row["responsible"] == ["Phòng Văn hóa và Thông tin huyện", "Huyện đoàn"], row


def test_the_issuer_s_own_event_is_no_duty_of_the_addressees(rows):
    assert not [r for r in rows if "Vòng chung kết" in r["task"] or "giải Nhất" in r["task"]]
    # the letter's real duties stay
    assert _row(rows, "Gửi danh sách đội thi")["responsible"] == ["Ban Thường vụ Hội LHPN các xã, thị trấn"]
