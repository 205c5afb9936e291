"""A duty's time asked as "trong thời gian nào?" with a duty word ("các huyện ủy phải hoàn tất việc lập kế
hoạch ... trong thời gian nào?") is a deadline question, and "lập kế hoạch" is the act a clause writes as
"xây dựng kế hoạch" (``lexicon/phrases.json`` action_variants): the first line is the clause's "xong
trong quý II/2032" (library3 dev l3-party-02 got no line: the question read as no kind at all). Another
clause's time (the sơ kết in quý IV/2033) is no answer. Word and text documents; names and dates invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as, first_line

CONCLUSION = [
    "TỈNH ỦY LAI CHÂU",
    "BAN THƯỜNG VỤ",
    "Số: 41-KL/TU",
    "Lai Châu, ngày 15 tháng 3 năm 2032",
    "KẾT LUẬN",
    "của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở cơ sở giai đoạn 2032-2036",
    "1. Đánh giá chung",
    "Công tác dân vận ở cơ sở thời gian qua có nhiều chuyển biến, mối quan hệ giữa Đảng và nhân dân được "
    "củng cố.",
    "2. Nhiệm vụ, giải pháp",
    "Đổi mới nội dung, phương thức công tác dân vận; phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể.",
    "3. Tổ chức thực hiện",
    "3.1. Các huyện ủy, thị ủy và đảng ủy trực thuộc Tỉnh ủy có trách nhiệm quán triệt, triển khai và xây "
    "dựng kế hoạch thực hiện Kết luận này ở cấp mình xong trong quý II/2032.",
    "3.2. Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, tham mưu Ban "
    "Thường vụ Tỉnh ủy sơ kết việc thực hiện Kết luận trong quý IV/2033.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KL41", CONCLUSION)


def test_time_asked_in_which_span_is_the_clauses_deadline(assistant):
    a = assistant.ask(
        "Theo kết luận của Ban Thường vụ Tỉnh ủy về công tác dân vận, các huyện ủy phải hoàn tất việc lập kế "
        "hoạch thực hiện ở cấp mình trong thời gian nào?"
    )
    assert not a.abstained, a.text
    line = first_line(a)
    assert line.startswith("Thời hạn:") and "quý II/2032" in line and "2033" not in line, a.text
