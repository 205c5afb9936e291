"""The documents a person signs: "Phan Thị Ngát ký văn bản nào?", "Đồng chí X đã ký những văn bản nào?",
"Which documents did X sign?" (trial 28 p47 quoted only one signature cell). When the question names a
person who signs loaded documents, as first signer or as a joint document's cosigner, the first line lists
those documents (type, number, date, subject, the title and capacity signed with), each cited where the name
is written; a person signing none gets no such line. Names compare folded (a question typed without marks).

A corpus written here: a joint programme as a Word file (two signers side by side), a plan as plain text and
a notice as a web page, through a real ``Assistant`` and the CLI.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line
from tests.test_joint_programme import _docx

PLAN = """HỘI LIÊN HIỆP PHỤ NỮ XÃ HÒA PHONG
BAN THƯỜNG VỤ
Số: 21/KH-HPN

Hòa Phong, ngày 10 tháng 9 năm 2030

KẾ HOẠCH
Tổ chức Ngày hội phụ nữ khởi nghiệp năm 2030

1. Ban Thường vụ Hội phân công đồng chí Nguyễn Văn Bình theo dõi các gian hàng.
2. Các chi hội báo cáo kết quả trước ngày 30/10/2030.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
(đã ký)
Phan Thị Ngát
"""

NOTICE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>
<p><b>ĐOÀN TNCS HỒ CHÍ MINH</b><br><b>BCH ĐOÀN XÃ HÒA PHONG</b><br>Số: 05-TB/ĐTN</p>
<p>Hòa Phong, ngày 03 tháng 4 năm 2030</p>
<p style="text-align:center"><b>THÔNG BÁO</b></p>
<p style="text-align:center"><b>Về lịch sinh hoạt chi đoàn quý II năm 2030</b></p>
<p>1. Các chi đoàn sinh hoạt định kỳ vào ngày 15 hằng tháng.</p>
<p>2. Đồng chí Phan Thị Ngát, Chủ tịch Ủy ban MTTQ xã, dự sinh hoạt chi đoàn thôn 2.</p>
<p><b>TM. BAN CHẤP HÀNH</b><br><b>BÍ THƯ</b><br><i>(đã ký)</i><br><b>Lê Văn Hùng</b></p>
</body></html>
"""


@pytest.fixture(scope="module")
def signers_assistant(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("signed")
    made = root / "made"
    made.mkdir()
    return assistant_over(
        root,
        embedder,
        {
            "CTrPH-07-ve-sinh.docx": _docx(made / "CTrPH-07.docx", "mttq"),
            "KH-21-HPN.txt": PLAN,
            "TB-05-DTN.html": NOTICE,
        },
    )


def _cited(line: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", line)]


@pytest.mark.parametrize(
    "question",
    [
        "Phan Thị Ngát ký văn bản nào?",
        "Đồng chí Phan Thi Ngat đã ký những văn bản nào?",
        "Những văn bản nào do đồng chí Phan Thị Ngát ký?",
    ],
)
def test_the_documents_a_signer_and_cosigner_signs_lead(signers_assistant, question: str) -> None:
    answer = signers_assistant.ask(question)
    line = first_line(answer)
    assert line.startswith("Văn bản do Phan Thị Ngát ký:"), answer.text
    # the plan she signs alone and the joint programme she cosigns, newest first; not the notice naming her
    assert "Kế hoạch 21/KH-HPN (10/09/2030)" in line and "Ngày hội phụ nữ khởi nghiệp" in line, line
    assert "Chương trình 07/CTRPH-MTTQ-UBND (02/06/2030)" in line, line
    assert line.index("21/KH-HPN") < line.index("07/CTRPH"), line
    assert "05-TB" not in line and "Lê Văn Hùng" not in line, line
    assert "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ" in line, line
    cited = {c.n: c for c in answer.citations}
    assert len(_cited(line)) == 2, line
    for n in _cited(line):
        assert "Phan Thị Ngát" in cited[n].quote, cited[n]


def test_the_documents_a_signer_signs_in_english(signers_assistant) -> None:
    line = first_line(signers_assistant.ask("Which documents did Lê Văn Hùng sign?"))
    assert line.startswith("Documents signed by Lê Văn Hùng:"), line
    assert "05-TB/ĐTN" in line and "21/KH" not in line and "07/CTRPH" not in line, line


def test_a_person_signing_nothing_gets_no_list(signers_assistant) -> None:
    # named in a plan's text, signs none of the documents
    answer = signers_assistant.ask("Nguyễn Văn Bình ký văn bản nào?")
    assert "ký:" not in first_line(answer) and "Văn bản do" not in first_line(answer), answer.text


def test_who_signed_is_still_the_document_fact(signers_assistant) -> None:
    line = first_line(signers_assistant.ask("Ai ký kế hoạch số 21/KH-HPN?"))
    assert line.startswith("Người ký: Phan Thị Ngát"), line


def test_cli_lists_a_signers_documents(signers_assistant) -> None:
    from click.testing import CliRunner

    from assistant.cli import main

    index = str(signers_assistant.settings.index_dir)
    result = CliRunner().invoke(
        main, ["ask", "--index", index, "--json", "Đinh Công Lực ký những văn bản nào?"]
    )
    assert result.exit_code == 0, result.output
    answer = json.loads(result.output)
    assert answer["answer"].startswith("Văn bản do Đinh Công Lực ký: Chương trình 07/CTRPH-MTTQ-UBND"), answer
    assert Path(answer["citations"][0]["file"]).name == "CTrPH-07-ve-sinh.docx", answer
