"""Words that only repeat a document's own name choose nothing (trial 34, kinds 1-2: "name-echo"). Real
index over one plan written here (.docx and .txt, a module fixture's param), asked through ``Assistant``.

- a body's duty list asked with the plan's own subject words ("... để giải quyết các điểm nghẽn?", the plan
  being "giải quyết các điểm nghẽn ..."): the body's clauses are chosen by the other words of the question,
  else in the text's order, so the first clause (what the body leads) is quoted, not the later clauses that
  happen to write the plan's name again.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

PLAN = [
    "ỦY BAN NHÂN DÂN XÃ AN THẠNH",
    "Số: 17/KH-UBND",
    "KẾ HOẠCH",
    "Giải quyết các điểm nghẽn về trật tự đô thị trên địa bàn xã năm 2029",
    "An Thạnh, ngày 12 tháng 01 năm 2029",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Tập trung giải quyết dứt điểm các điểm nghẽn về trật tự đô thị, lấn chiếm vỉa hè trên địa bàn xã.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Kinh tế:",
    "- Là cơ quan thường trực, tổng hợp báo cáo kết quả giải quyết các điểm nghẽn trên địa bàn xã.",
    "2. Công an xã:",
    "- Chủ trì thực hiện các nhiệm vụ bảo đảm trật tự an toàn giao thông trên địa bàn xã.",
    "- Phối hợp với các thôn rà soát các điểm nghẽn về trật tự đô thị, lập danh sách các điểm nghẽn cần giải "
    "quyết.",
    "- Tham gia tổ công tác liên ngành giải quyết các điểm nghẽn về lấn chiếm vỉa hè, lòng đường.",
    "- Báo cáo kết quả giải quyết các điểm nghẽn về trật tự đô thị cho Ủy ban nhân dân xã hằng tháng.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "Nguyễn Văn Hòa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def plan(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH17-UBND", PLAN)


def test_body_duties_asked_with_the_plan_name_quote_its_first_clause(plan):
    answer = plan.ask("Công an xã An Thạnh được giao những việc gì để giải quyết các điểm nghẽn?")
    assert not answer.abstained
    assert "Chủ trì thực hiện các nhiệm vụ bảo đảm trật tự an toàn giao thông" in answer.text
