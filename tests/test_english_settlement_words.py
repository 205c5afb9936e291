"""English words for settlements and land work ("hamlets", "land consolidation") are read as the documents'
words ("thôn", "dồn điền, đổi thửa"), so the sentence naming the hamlets of that work is quoted before
other dated clauses of the same year (trial 37 a11: two unrelated 2026 deadlines quoted first). Real index
over a resolution written here as TXT and as DOCX, asked through ``Assistant.ask``.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_as

LINES = [
    "ĐẢNG BỘ XÃ HÒA LẠC",
    "Số 21-NQ/ĐU",
    "Hòa Lạc, ngày 14 tháng 3 năm 2031",
    "NGHỊ QUYẾT",
    "về phát triển nông nghiệp giai đoạn 2031 - 2035",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Phát triển sản xuất",
    "Mở rộng vùng trồng rau an toàn tại các thôn ven sông.",
    "2. Dồn điền, đổi thửa và tích tụ ruộng đất",
    "Hoàn thành dồn điền, đổi thửa tại các thôn Đông Hưng, Bến Đá và Cây Sung trong năm 2031.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Đảng ủy giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày "
    "15/4/2031.",
    "2. Các chi bộ thôn cụ thể hóa Nghị quyết bằng nghị quyết chuyên đề, hoàn thành trước ngày 30/4/2031.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Lý Văn Hưng",
]


@pytest.fixture(scope="module", params=["txt", "docx"])
def assistant(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "nq21", LINES)


def test_the_hamlets_of_the_land_work_are_quoted_first(assistant):
    answer = assistant.ask(
        "Which hamlets must finish land consolidation in 2031 under the Hoa Lac commune Party resolution?"
    )
    quotes = [line for line in answer.text.split("\n") if line.startswith("- “")]
    assert quotes and "Đông Hưng" in quotes[0], answer.text
