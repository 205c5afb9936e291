"""A task's words count at least as much as a body's name (trial 20, q18): "Huyện đoàn phải hoàn thành đợt
ra quân ... trước ngày nào?" where one document, a district committee's notice, gives the Huyện đoàn that
task without a date, and another, a letter the Huyện đoàn of another district issued, writes "Huyện
đoàn" in every line and dates its reports. The answer is the notice's clause with "Văn bản không nêu thời
hạn cho việc này", never the letter's date.

- "Ban Thường vụ Huyện đoàn" is a duty of the Huyện đoàn (the registry read "Ban Thường vụ Huyện" as
  the provincial standing committee and lost the body), through the ``obligations`` command;
- the title prior does not count the name of the body asked about as the actor (feature
  ``title_actors``): the letterhead of the letter its namesake issued, "BCH Đoàn TNCS Hồ Chí Minh huyện
  ...", no longer ranks the letter's dated sentences above the notice, through ``Retriever.search``;
- the answer, through ``Assistant``: the document where the body does the asked act gives the clause.
Real index over a Word letter and an HTML notice written here.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from assistant.cli import main
from tests.conftest import assistant_over, first_line, search_without, write_paragraphs

LETTER = [
    "BCH ĐOÀN TNCS HỒ CHÍ MINH",
    "HUYỆN HÒA LẠC",
    "Số: 41-CV/HĐTN",
    "Hòa Lạc, ngày 02 tháng 7 năm 2027",
    "V/v báo cáo kết quả phong trào Chủ nhật xanh",
    "Kính gửi: Ban Thường vụ Đoàn các xã, thị trấn.",
    "Ban Thường vụ Huyện đoàn đề nghị các cơ sở đoàn thực hiện một số nội dung sau:",
    "1. Báo cáo số đoàn viên tham gia theo mẫu của Huyện đoàn.",
    "2. Báo cáo gửi về Ban Thường vụ Huyện đoàn (qua Văn phòng Huyện đoàn) trước 17 giờ 00 ngày "
    "30/7/2027.",
    "3. Mỗi cơ sở đoàn chọn 01 công trình tiêu biểu để Huyện đoàn đề xuất Tỉnh đoàn khen thưởng.",
    "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN",
    "BÍ THƯ",
    "Lục Văn Hòa",
]

NOTICE = """<html><body>
<p>HUYỆN ỦY TÂN LẬP</p>
<p>Số: 130-TB/HU</p>
<p>Tân Lập, ngày 05 tháng 7 năm 2027</p>
<h2>THÔNG BÁO KẾT LUẬN</h2>
<p>của Ban Thường vụ Huyện ủy về phòng, chống ngập úng mùa mưa năm 2027</p>
<p>2. Nhiệm vụ trọng tâm thời gian tới</p>
<p>2.1. Ủy ban nhân dân huyện rà soát các tuyến đê bao xung yếu, hoàn thành trước ngày 20/7/2027.</p>
<p>2.2. Ban Thường vụ Huyện đoàn tổ chức đợt ra quân nạo vét kênh mương, khơi thông dòng chảy tại các
xã vùng trũng.</p>
<p>2.3. Ủy ban MTTQ Việt Nam huyện vận động nhân dân gia cố nhà ở trước mùa mưa bão.</p>
<p>T/M BAN THƯỜNG VỤ</p>
<p>PHÓ BÍ THƯ</p>
<p>Trịnh Quang Vinh</p>
</body></html>
"""

QUESTION = "Huyện đoàn phải hoàn thành đợt ra quân nạo vét kênh mương cho dân vùng trũng trước ngày nào?"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    made = tmp_path_factory.mktemp("task-body-src")
    files = {"CV41.docx": write_paragraphs(made / "CV41.docx", LETTER), "TB130.html": NOTICE}
    return assistant_over(tmp_path_factory.mktemp("task-body"), embedder, files)


def test_a_standing_committee_of_the_union_acts_for_it(assistant):
    result = CliRunner().invoke(
        main, ["obligations", "--index", str(assistant.settings.index_dir), "--org", "Huyện đoàn", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert "nạo vét kênh mương" in result.output, result.output


def test_the_actor_named_in_a_letterhead_does_not_rank_its_document(assistant, embedder):
    on = search_without(assistant.settings, embedder, QUESTION, k=5)
    assert on[0].chunk.file == "TB130.html", [h.chunk.text[:40] for h in on]
    off = search_without(assistant.settings, embedder, QUESTION, frozenset({"title_actors"}), k=5)
    assert off[0].chunk.file == "CV41.docx", [h.chunk.text[:40] for h in off]  # what the feature changes


def test_a_task_given_without_a_date_is_said_so_from_its_own_document(assistant):
    answer = assistant.ask(QUESTION)
    assert first_line(answer).startswith("Văn bản không nêu thời hạn cho việc này"), answer.text
    assert answer.fact_absent, answer.text
    assert answer.citations[0].doc.file == "TB130.html", answer.citations[0]
    assert "30/7/2027" not in answer.text and "20/7/2027" not in answer.text, answer.text
