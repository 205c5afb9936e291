"""An everyday word of one syllable paraphrased in the lexicon ("phạt" -> "kỷ luật", "họp" -> "hội nghị";
``lexicon/phrases.json`` question_paraphrases) is read with its diacritics: folded, it is another word as
often ("phát" of "Lễ phát động", "hợp" of "phối hợp"). A question typed without diacritics gets the
paraphrase only where the restored accents read that word (``lexicon.phrases.paraphrase_groups``).
Before, "le phat dong ..." searched "kỷ luật" too, and a passage on discipline sharing no other word of
the question was a lexical hit (newcomer trial 37 e06's unaccented twin). A plan written here, as Word and
as text, searched through a real ``Retriever`` and asked through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

PLAN = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ NA HANG",
    "Số: 12-KH/ĐTN",
    "Na Hang, ngày 10 tháng 1 năm 2034",
    "KẾ HOẠCH",
    "Tết trồng cây năm 2034",
    "1. Lễ phát động Tết trồng cây tổ chức lúc 07 giờ 30 ngày 05/02/2034 tại sân Trường Tiểu học Na Hang.",
    "2. Chi đoàn các thôn gửi danh sách đoàn viên tham gia về Ban Chấp hành Đoàn xã trước ngày 01/02/2034.",
    "TM. BAN CHẤP HÀNH",
    "BÍ THƯ",
    "Hà Thị Mai",
]

RULES = [
    "ĐOÀN TNCS HỒ CHÍ MINH XÃ NA HANG",
    "Số: 03-QĐ/ĐTN",
    "QUY ĐỊNH",
    "Xử lý vi phạm nội quy sinh hoạt",
    "Điều 1. Đoàn viên vi phạm nội quy sinh hoạt bị xem xét kỷ luật theo Điều lệ Đoàn.",
    "Điều 2. Hình thức kỷ luật gồm khiển trách, cảnh cáo, khai trừ.",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(request.param, tmp_path_factory, embedder, "na_hang", {"KH-12": PLAN, "QD-03": RULES})


def test_an_accentless_launch_is_no_discipline(library) -> None:
    hits = library.retriever.search("phat dong tet trong cay vao ngay nao", k=10)
    lexical = [h.chunk.text for h in hits if h.lexical_rank is not None]
    assert any("Lễ phát động" in t for t in lexical), lexical
    assert not any("kỷ luật" in t for t in lexical), lexical
