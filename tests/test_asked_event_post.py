"""A first line for the event or the post a question asks about, or none (issue 11, library3 dev: outside
writers asking of events and posts a plan never writes). Documents written here as DOCX and as TXT
(``conftest.assistant_as``), asked through ``Assistant.ask``:

- "Hội nghị sơ kết ... phải tổ chức trước ngày nào?" of a plan that dates issuing criteria and finishing the
  review but holds no review conference: no deadline line (the other acts' dates are no answer);
- "Đoàn giám sát ... do ai làm phó đoàn?" of a plan that sets the team up but names no deputy head: no
  "Thực hiện:" line (a heading "Tổ chức Đoàn giám sát:" is no one holding the post).
"""

from __future__ import annotations

import pytest

from assistant.evaluation.sets import first_line, stated_fact
from tests.conftest import assistant_as

REVIEW = [
    "HỘI CỰU CHIẾN BINH TỈNH HÀ GIANG",
    "Số: 33-KH/CCBT",
    "Hà Giang, ngày 06 tháng 5 năm 2032",
    "KẾ HOẠCH",
    "Rà soát, phân loại hội viên Hội Cựu chiến binh năm 2032",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nắm chắc số lượng, chất lượng hội viên; làm cơ sở để củng cố tổ chức Hội các cấp.",
    "II. NỘI DUNG RÀ SOÁT",
    "Rà soát số lượng hội viên, độ tuổi, hoàn cảnh kinh tế, việc đóng hội phí và tham gia sinh hoạt.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Ban Tổ chức - Kiểm tra Tỉnh hội hướng dẫn tiêu chí rà soát, ban hành trước ngày 22/5/2032.",
    "2. Hội Cựu chiến binh các xã, phường hoàn thành việc rà soát, phân loại hội viên trước ngày 17/7/2032"
    " và báo cáo kết quả về Ban Thường vụ Hội Cựu chiến binh tỉnh.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Vàng Văn Sình",
]

SUPERVISION = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN LẬP",
    "Số: 09/KH-MTTQ",
    "Tân Lập, ngày 11 tháng 12 năm 2032",
    "KẾ HOẠCH",
    "Kiểm tra, giám sát công tác bầu cử đại biểu Hội đồng nhân dân xã",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Bảo đảm cuộc bầu cử diễn ra dân chủ, đúng luật.",
    "II. NỘI DUNG",
    "1. Kiểm tra việc lập, niêm yết danh sách cử tri tại các thôn.",
    "2. Giám sát việc tổ chức hội nghị tiếp xúc cử tri của người ứng cử.",
    "3. Tổ chức Đoàn kiểm tra, giám sát: Ban Thường trực Ủy ban Mặt trận Tổ quốc xã thành lập Đoàn kiểm tra,"
    " giám sát để tiến hành kiểm tra, giám sát tại các thôn và các khu vực bỏ phiếu.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã ban hành Quyết định thành lập Đoàn kiểm tra, giám sát; báo"
    " cáo kết quả về Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện trước ngày 20/3/2033.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lý Thị Mai",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def review(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH33", REVIEW)


@pytest.fixture(scope="module", params=["docx", "txt"])
def supervision(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH09", SUPERVISION)


def test_no_deadline_of_another_act_for_an_event_never_planned(review):
    answer = review.ask(
        "Hội nghị sơ kết kế hoạch rà soát hội viên của Hội Cựu chiến binh tỉnh Hà Giang phải tổ chức trước"
        " ngày nào?"
    )
    line = first_line(answer.text)
    assert stated_fact(line) != "deadline", answer.text


def test_the_act_written_keeps_its_deadline(review):
    answer = review.ask(
        "Hội Cựu chiến binh các xã phải hoàn thành việc rà soát, phân loại hội viên trước ngày nào?"
    )
    assert "17/7/2032" in first_line(answer.text), answer.text


def test_no_doer_for_a_post_no_clause_names(supervision):
    answer = supervision.ask("Đoàn kiểm tra, giám sát bầu cử của Mặt trận xã Tân Lập do ai làm phó đoàn?")
    line = first_line(answer.text)
    assert stated_fact(line) is None, answer.text
