"""A question asking two things, often across two documents ("Đêm văn nghệ diễn ra hôm nào, và theo nghị
quyết thì trưởng ban được bồi dưỡng bao nhiêu mỗi buổi?"), was refused whole: read as one question its
evidence covered neither part well and one part's failed check sank both (library5 l5-mttq-27, l5-rw-25,
l5-rw-27; trial 44 q25). Each ask is now answered on its own evidence under its own number, a part the
library lacks said to be missing, and the whole question is refused only when every part is. Own
documents: a plan and a resolution as Word paragraphs or text, through a real ``Assistant``.
"""

from __future__ import annotations

import pytest

from tests.conftest import library_as

PLAN = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "XÃ HÒA LẠC",
    "Số: 31-KH/MTTQ",
    "Hòa Lạc, ngày 05 tháng 2 năm 2047",
    "KẾ HOẠCH",
    "Tổ chức đêm văn nghệ gây quỹ “Ánh sao quê hương” năm 2047",
    "I. MỤC ĐÍCH",
    "Vận động các tầng lớp nhân dân ủng hộ quỹ học bổng cho học sinh nghèo vượt khó.",
    "II. THỜI GIAN, ĐỊA ĐIỂM",
    "1. Thời gian: 19 giờ 30 phút ngày 18 tháng 3 năm 2047.",
    "2. Địa điểm: Sân vận động trung tâm xã Hòa Lạc.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Ban Công tác Mặt trận các thôn vận động nhân dân tham gia đêm văn nghệ.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Đinh Thị Mai",
]
RESOLUTION = [
    "HỘI ĐỒNG NHÂN DÂN",
    "TỈNH BẮC VIÊN",
    "Số: 41/2046/NQ-HĐND",
    "Bắc Viên, ngày 12 tháng 12 năm 2046",
    "NGHỊ QUYẾT",
    "Quy định mức chi bồi dưỡng cho thành viên Ban chỉ đạo phong trào văn hóa cơ sở trên địa bàn tỉnh",
    "Điều 1. Mức chi bồi dưỡng",
    "1. Cấp tỉnh: Trưởng ban: 350.000 đồng/người/buổi; thành viên: 250.000 đồng/người/buổi.",
    "2. Cấp xã: Trưởng ban: 180.000 đồng/người/buổi; thành viên: 120.000 đồng/người/buổi.",
    "Điều 2. Tổ chức thực hiện",
    "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "CHỦ TỊCH",
    "Hà Quang Vinh",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def library(request, tmp_path_factory, embedder):
    return library_as(
        request.param, tmp_path_factory, embedder, "two_asks", {"KH-31": PLAN, "NQ-41": RESOLUTION}
    )


def _parts(text: str) -> list[str]:
    """The answer's numbered parts ("1. ...", "2. ..."), each with what follows it."""
    blocks, current = [], None
    for line in text.splitlines():
        if line[:3] in ("1. ", "2. ", "3. ") and line.rstrip().endswith("?"):
            current = [line]
            blocks.append(current)
        elif current is not None:
            current.append(line)
    return ["\n".join(b) for b in blocks]


@pytest.mark.parametrize(
    "question",
    [
        "Đêm văn nghệ gây quỹ Ánh sao quê hương diễn ra hôm nào, và theo nghị quyết của HĐND tỉnh thì trưởng"
        " ban cấp xã được bồi dưỡng bao nhiêu mỗi buổi?",
        "Theo nghị quyết của HĐND tỉnh, trưởng ban cấp xã được bồi dưỡng bao nhiêu mỗi buổi; còn đêm văn"
        " nghệ Ánh sao quê hương tổ chức vào ngày nào?",
        "dem van nghe gay quy anh sao que huong dien ra hom nao, truong ban cap xa duoc boi duong bao nhieu"
        " moi buoi theo nghi quyet cua hdnd tinh?",
    ],
)
def test_each_ask_answered_from_its_own_document(library, question):
    answer = library.ask(question)
    assert not answer.abstained, answer.text
    parts = _parts(answer.text)
    assert len(parts) == 2, answer.text
    by_time = next(p for p in parts if "18 tháng 3 năm 2047" in p)
    by_sum = next(p for p in parts if "180.000 đồng/người/buổi" in p)
    assert by_time != by_sum
    cited = {c.doc.file.split("/")[-1].split(".")[0] for c in answer.citations}
    assert cited == {"KH-31", "NQ-41"}, cited
    # every [n] of the text points at one of the answer's citations
    numbers = {c.n for c in answer.citations}
    assert len(numbers) == len(answer.citations)
    assert all(f"[{n}]" in answer.text for n in numbers)


def test_an_ask_the_library_lacks_is_said_missing_not_the_whole_question(library):
    answer = library.ask(
        "Đêm văn nghệ gây quỹ Ánh sao quê hương diễn ra hôm nào, và ban tổ chức đêm văn nghệ có bao nhiêu"
        " xe cứu thương túc trực?"
    )
    assert not answer.abstained, answer.text
    assert "18 tháng 3 năm 2047" in answer.text
    (missing,) = [p for p in _parts(answer.text) if "xe cứu thương" in p.splitlines()[0]]
    assert "Không tìm thấy" in missing
    assert "18 tháng 3 năm 2047" not in missing
    # a first line never states the missing part's figure
    assert not answer.text.startswith("Số liệu")


def test_a_question_every_part_of_which_is_missing_is_refused(library):
    answer = library.ask(
        "Hội thao người cao tuổi tổ chức ở đâu, và mỗi đội được hỗ trợ bao nhiêu tiền thuê xe?"
    )
    assert answer.abstained, answer.text
