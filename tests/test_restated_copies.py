"""A general document's provision restated by a local plan is quoted in both (``extractive.restated_copies``);
a count of days asked against a named day is quoted from the sentence counting against it.

A commune's plan restates the law's sentence in its own shorter words ("Đối với thôn có từ 200 cử tri trở
lên: ... ít nhất 65 cử tri tham dự"); the law's longer sentence scores best, and the plan's copy scored
below ``OTHER_DOCUMENT_RATIO`` of it, so only the law was quoted though the plan is what the commune acts on
(library dev lib-lyk-02, lib-gt-02). Real index over the two documents written here, as DOCX and as TXT.

- The plan's copy is quoted beside the law's provision, and the first line is unchanged.
- A plan sentence on the same topic that does not restate the provision (another figure) is not added.
- With no local copy in the library, the law alone is quoted.
- A question naming the commune ("Ở xã Hòa Vinh, ...") quotes its plan first (``bodies.place_docs``
  narrows the quotes to the documents writing the place).
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

LAW = [
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "Nghị quyết số: 301/2030/UBTVQH16",
    "NGHỊ QUYẾT",
    "Quy định chi tiết việc tổ chức hội nghị cử tri",
    "Điều 6. Số lượng cử tri tham dự hội nghị",
    "1. Đối với nơi có dưới 200 cử tri thì tổ chức hội nghị toàn thể cử tri và phải bảo đảm số lượng cử tri "
    "tham dự hội nghị đạt ít nhất là 60% tổng số cử tri được triệu tập.",
    "2. Đối với nơi có từ 200 cử tri trở lên thì có thể tổ chức hội nghị toàn thể hoặc hội nghị cử tri đại "
    "diện hộ gia đình và phải bảo đảm có ít nhất là 65 cử tri tham dự hội nghị.",
    "Điều 7. Biên bản hội nghị",
    "Biên bản hội nghị cử tri được gửi đến Ban thường trực Ủy ban Mặt trận Tổ quốc cấp xã.",
    "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "CHỦ TỊCH",
    "Trần Văn Hải",
]

PLAN = [
    "ỦY BAN MTTQ VIỆT NAM XÃ HÒA VINH",
    "BAN THƯỜNG TRỰC",
    "Số: 14/KH-MTTQ-BTT",
    "Hòa Vinh, ngày 05 tháng 01 năm 2031",
    "KẾ HOẠCH",
    "Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử đại biểu Hội đồng nhân dân xã",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Tổ chức hội nghị cử tri đúng quy định, dân chủ, khách quan.",
    "II. TỔ CHỨC HỘI NGHỊ",
    "1. Thời gian: Hoàn thành trước ngày 20/01/2031.",
    "2. Số lượng cử tri dự hội nghị:",
    "- Đối với thôn có từ 200 cử tri trở lên: Có thể tổ chức toàn thể hoặc đại diện hộ gia đình, phải đảm "
    "bảo ít nhất 65 cử tri tham dự.",
    "3. Ban công tác Mặt trận thôn chuẩn bị hội trường cho 120 cử tri.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Thị Hoa",
]

QUESTION = "Với thôn có từ 200 cử tri trở lên thì hội nghị cử tri phải có tối thiểu bao nhiêu cử tri tham dự?"


def _files(fmt: str, names: dict[str, list[str]]) -> dict[str, str | list[str]]:
    if fmt == "docx":
        return {f"{stem}.docx": lines for stem, lines in names.items()}
    return {f"{stem}.txt": "\n\n".join(lines) for stem, lines in names.items()}


@pytest.fixture(scope="module", params=["docx", "txt"])
def both(request, tmp_path_factory, embedder):
    files = _files(request.param, {"nq301": LAW, "kh14_hoa_vinh": PLAN})
    return assistant_over(tmp_path_factory.mktemp(f"restated_{request.param}"), embedder, files)


@pytest.fixture(scope="module", params=["docx", "txt"])
def law_only(request, tmp_path_factory, embedder):
    files = _files(request.param, {"nq301": LAW})
    return assistant_over(tmp_path_factory.mktemp(f"law_only_{request.param}"), embedder, files)


def _quoted_files(answer) -> set[str]:
    return {c.doc.file.rsplit(".", 1)[0] for c in answer.citations}


def test_the_local_plans_copy_is_quoted_beside_the_law(both):
    answer = both.ask(QUESTION)
    assert not answer.abstained
    assert "65" in answer.text.splitlines()[0]
    assert _quoted_files(answer) == {"nq301", "kh14_hoa_vinh"}
    assert "ít nhất 65 cử tri tham dự." in answer.text
    # the plan's neighbouring sentence on the same meeting, another figure, restates nothing
    assert "120 cử tri" not in answer.text


def test_with_no_local_copy_the_law_alone_is_quoted(law_only):
    answer = law_only.ask(QUESTION)
    assert not answer.abstained
    assert "65" in answer.text.splitlines()[0]
    assert _quoted_files(answer) == {"nq301"}


def test_a_question_naming_the_place_quotes_its_plan_first(both):
    answer = both.ask(
        "Ở xã Hòa Vinh, thôn có từ 200 cử tri trở lên thì hội nghị cử tri phải có tối thiểu bao nhiêu cử tri?"
    )
    assert not answer.abstained
    assert "65" in answer.text.splitlines()[0]
    assert answer.citations[0].doc.file.startswith("kh14_hoa_vinh")


# A count of days asked against a named day ("sớm hơn hôm bầu cử bao nhiêu ngày?"): the sentence writing
# its count against that day ("trước ngày bầu cử 15 ngày") is quoted first, not one writing a count of
# days beside another act ("ngay sau khi tổ chức hội nghị 01 ngày") that repeats more of the question's
# words (library dev lib-lm16-02).
TIMETABLE = [
    "ỦY BAN MTTQ VIỆT NAM XÃ HÒA VINH",
    "BAN THƯỜNG TRỰC",
    "Số: 09/KH-MTTQ-BTT",
    "Hòa Vinh, ngày 02 tháng 12 năm 2030",
    "KẾ HOẠCH",
    "Thực hiện công tác bầu cử đại biểu Hội đồng nhân dân xã",
    "II. NỘI DUNG VÀ THỜI GIAN",
    "(1) Tổ chức Hội nghị hiệp thương lần thứ nhất: Chậm nhất ngày 10/01/2031.",
    "(2) Tổ chức Hội nghị hiệp thương lần thứ ba: Chậm nhất ngày 25/02/2031 (trước ngày bầu cử 15 ngày theo "
    "quy định của Luật Bầu cử).",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Thị Hoa",
]

ROUNDS = [
    "ỦY BAN MTTQ VIỆT NAM XÃ HÒA VINH",
    "BAN THƯỜNG TRỰC",
    "Số: 21/KH-MTTQ-BTT",
    "Hòa Vinh, ngày 20 tháng 12 năm 2030",
    "KẾ HOẠCH",
    "Tổ chức các hội nghị hiệp thương",
    "3. Hội nghị hiệp thương lần thứ ba",
    "- Hội nghị hiệp thương lần thứ ba họp xong phải gửi Biên bản về Ban Thường trực Ủy ban MTTQ tỉnh ngay "
    "sau khi tổ chức hội nghị 01 ngày, trước hôm bầu cử.",
    "- Thành phần: Ban Thường trực Ủy ban MTTQ xã; đại diện các tổ chức thành viên.",
    "TM. BAN THƯỜNG TRỰC",
    "CHỦ TỊCH",
    "Lê Thị Hoa",
]


@pytest.fixture(scope="module", params=["docx", "txt"])
def timetables(request, tmp_path_factory, embedder):
    files = _files(request.param, {"kh09_bau_cu": TIMETABLE, "kh21_hiep_thuong": ROUNDS})
    return assistant_over(tmp_path_factory.mktemp(f"before_{request.param}"), embedder, files)


def test_days_before_a_named_day_are_quoted_from_the_sentence_counting_against_it(timetables):
    answer = timetables.ask("Hội nghị hiệp thương lần ba phải họp sớm hơn hôm bầu cử bao nhiêu ngày?")
    assert not answer.abstained
    assert "trước ngày bầu cử 15 ngày" in answer.citations[0].quote
    assert all("01 ngày" not in c.quote for c in answer.citations)
