"""A plan sets an event's venue ("- Địa điểm: Nhà văn hóa ..."); a later notice citing the plan by number
moves it ("Địa điểm: chuyển từ ... về ...", "... được chuyển sang ..., thay cho ...", "Địa điểm: ... (thay cho
...)"). "... tổ chức ở đâu?" printed the plan's superseded venue as the first line (newcomer trial 43 q21;
trial 42's "thay cho" wording). The place line now comes from the notice, marked as changed, or is absent.
Own documents: the plan in Word, the notice in HTML or text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

PLAN = [
    "HỘI CỰU CHIẾN BINH HUYỆN LẠC SƠN",
    "BAN CHẤP HÀNH HỘI CCB XÃ TÂN MỸ",
    "Số: 14-KH/CCB",
    "Tân Mỹ, ngày 02 tháng 2 năm 2051",
    "KẾ HOẠCH",
    "Tổ chức Hội thao truyền thống Cựu chiến binh xã Tân Mỹ năm 2051",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Động viên hội viên rèn luyện sức khỏe, tăng cường đoàn kết.",
    "II. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM",
    "1. Hội thao truyền thống Cựu chiến binh",
    "- Thời gian: ngày 20/3/2051.",
    "- Địa điểm: Sân vận động thôn Đồng Gianh, xã Tân Mỹ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Hội chuẩn bị giải thưởng, hoàn thành trước ngày 15/3/2051.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Hà Văn Lộc",
]


def _notice(item: str) -> str:
    lines = [
        "HỘI CỰU CHIẾN BINH HUYỆN LẠC SƠN",
        "BAN CHẤP HÀNH HỘI CCB XÃ TÂN MỸ",
        "Số: 17-TB/CCB",
        "Tân Mỹ, ngày 01 tháng 3 năm 2051",
        "THÔNG BÁO",
        "Về việc điều chỉnh địa điểm tổ chức Hội thao truyền thống Cựu chiến binh năm 2051",
        "Thực hiện Kế hoạch số 14-KH/CCB ngày 02/2/2051 của Ban Chấp hành Hội CCB xã về tổ chức Hội thao"
        " truyền thống Cựu chiến binh năm 2051; do sân đang được nâng cấp, Ban Chấp hành thông báo như sau:",
        item,
        "Các nội dung khác giữ nguyên theo Kế hoạch số 14-KH/CCB.",
        "TM. BAN CHẤP HÀNH",
        "CHỦ TỊCH",
        "Hà Văn Lộc",
    ]
    return "\n\n".join(lines)


def _html(text: str) -> str:
    body = "".join(f"<p>{line}</p>\n" for line in text.split("\n\n"))
    return f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>\n{body}</body></html>'


NEW = "Nhà thi đấu đa năng xã Tân Mỹ"
WORDINGS = {
    "from_to_html": "1. Địa điểm: chuyển từ Sân vận động thôn Đồng Gianh về Nhà thi đấu đa năng xã Tân Mỹ.",
    "instead_txt": "1. Địa điểm tổ chức Hội thao được chuyển sang Nhà thi đấu đa năng xã Tân Mỹ, thay cho Sân"
    " vận động thôn Đồng Gianh.",
    "paren_html": "1. Địa điểm: Nhà thi đấu đa năng xã Tân Mỹ (thay cho Sân vận động thôn Đồng Gianh).",
}


@pytest.fixture(scope="module", params=sorted(WORDINGS))
def library(request, tmp_path_factory, embedder):
    text = _notice(WORDINGS[request.param])
    name = "TB-17.html" if request.param.endswith("html") else "TB-17.txt"
    files = {"KH-14.docx": PLAN, name: _html(text) if name.endswith("html") else text}
    return assistant_over(tmp_path_factory.mktemp(f"moved_{request.param}"), embedder, files)


@pytest.mark.parametrize(
    "question",
    [
        "Hội thao truyền thống Cựu chiến binh xã Tân Mỹ năm 2051 tổ chức ở đâu?",
        "hoi thao truyen thong cuu chien binh to chuc o dau?",
    ],
)
def test_the_moved_venue_is_never_the_plans_old_one(library, question) -> None:
    answer = library.ask(question)
    first = answer.text.split("\n", 1)[0]
    assert not first.startswith("Địa điểm: Sân vận động"), answer.text  # the superseded venue
    if first.startswith("Địa điểm:"):
        assert first.startswith(f"Địa điểm: {NEW}"), answer.text
        assert "đã điều chỉnh" in first and "17-TB/CCB" in first, answer.text


def test_the_moved_venue_leads(library) -> None:
    answer = library.ask("Hội thao truyền thống Cựu chiến binh xã Tân Mỹ năm 2051 tổ chức ở đâu?")
    assert answer.text.startswith(f"Địa điểm: {NEW}"), answer.text


@pytest.fixture(scope="module")
def time_only(tmp_path_factory, embedder):
    text = _notice("1. Thời gian: chuyển từ ngày 20/3/2051 sang ngày 27/3/2051.")
    files = {"KH-14.docx": PLAN, "TB-17.txt": text}
    return assistant_over(tmp_path_factory.mktemp("moved_time_only"), embedder, files)


def test_a_notice_moving_only_the_day_keeps_the_plans_venue(time_only) -> None:
    answer = time_only.ask("Hội thao truyền thống Cựu chiến binh xã Tân Mỹ năm 2051 tổ chức ở đâu?")
    first = answer.text.split("\n", 1)[0]
    assert not first.startswith("Địa điểm:") or "Sân vận động thôn Đồng Gianh" in first, answer.text
