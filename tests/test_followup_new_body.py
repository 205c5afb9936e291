"""A follow-up naming a new body with its own ask ("Còn Hội Nông dân xã thì được giao gì?") switches the
subject to that body, also when the previous question's body is outside the registry ("Ban Quản lý bến xe
khách ..."): newcomer trial 41 q28 repeated the previous body's item. Real index over a notice written as
DOCX and as TXT, asked through ``Assistant.ask`` with history.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

NOTICE = [
    "ĐẢNG BỘ XÃ AN THẠNH",
    "ĐẢNG ỦY XÃ",
    "Số: 33-TB/ĐU",
    "An Thạnh, ngày 12 tháng 4 năm 2029",
    "THÔNG BÁO",
    "Kết luận của Thường trực Đảng ủy tại hội nghị giao ban tháng 4 năm 2029",
    "1. Ban Quản lý bến xe khách An Thạnh bố trí lại bãi đỗ xe, lắp đặt biển báo giờ xe chạy; hoàn thành "
    "trong tháng 5/2029.",
    "2. Hội Nông dân xã hướng dẫn hội viên chuyển đổi sang trồng bưởi da xanh theo tiêu chuẩn VietGAP, "
    "sơ kết trước ngày 30/11/2029.",
    "3. Hội Cựu chiến binh xã vận động hội viên tham gia giữ gìn an ninh trật tự khu dân cư.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Phạm Văn Long",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "TB33", NOTICE)


def test_a_new_registry_body_replaces_a_non_registry_one(assistant):
    history = ["Ban Quản lý bến xe khách An Thạnh được giao nhiệm vụ gì trong Thông báo 33?"]
    answer = assistant.ask("Còn Hội Nông dân xã thì được giao gì?", history=history)
    assert "bưởi da xanh" in answer.text, answer.text
    assert "bãi đỗ xe" not in answer.text, answer.text
