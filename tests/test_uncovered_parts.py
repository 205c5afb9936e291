"""A question asking two things answered by sibling items quotes an item for each (newcomer trial 46 q07),
through a real ``Assistant`` over a guide written as Word, text and HTML: read whole, "Mức vay tối đa là
bao nhiêu và thời hạn vay bao lâu?" quoted only the item of the loan's term; the item of its ceiling,
answering the first ask alone, is added under that ask's number.
"""

from __future__ import annotations

import html

import pytest

from tests.conftest import assistant_over, write_docx

GUIDE = [
    "HỘI CỰU CHIẾN BINH XÃ TÂN LẬP",
    "Số: 11-HD/CCB",
    "Tân Lập, ngày 08 tháng 4 năm 2041",
    "HƯỚNG DẪN",
    "Cho vay vốn Quỹ Hỗ trợ cựu chiến binh làm kinh tế năm 2041",
    "I. ĐỐI TƯỢNG",
    "Hội viên cựu chiến binh có phương án chăn nuôi, trồng trọt khả thi.",
    "II. MỨC VAY, THỜI HẠN VAY",
    "1. Mức vay tối đa 40.000.000 đồng/hộ.",
    "2. Thời hạn vay không quá 36 tháng.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các Chi hội Cựu chiến binh phổ biến hướng dẫn này đến hội viên.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Toàn",
]


@pytest.fixture(scope="module", params=["docx", "txt", "html"])
def guide(request, tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp(f"uncovered_parts_{request.param}")
    path = root / f"HD-11-CCB.{request.param}"
    if request.param == "docx":
        write_docx(path, GUIDE)
    elif request.param == "html":
        body = "\n".join(f"<p>{html.escape(line)}</p>" for line in GUIDE)
        path.write_text(f'<html lang="vi"><head><meta charset="utf-8"></head><body>{body}</body></html>')
    else:
        path.write_text("\n\n".join(GUIDE), encoding="utf-8")
    (root / "run").mkdir()
    return assistant_over(root / "run", embedder, {path.name: path})


@pytest.mark.parametrize(
    "question",
    [
        "Mức vay tối đa là bao nhiêu và thời hạn vay bao lâu?",
        "Thời hạn vay bao lâu, mức vay tối đa là bao nhiêu?",
    ],
)
def test_each_ask_has_its_item_quoted(guide, question) -> None:
    answer = guide.ask(question)
    assert not answer.abstained, answer.text
    quotes = [c.quote for c in answer.citations]
    assert any("40.000.000 đồng/hộ" in q for q in quotes), answer.text
    assert any("36 tháng" in q for q in quotes), answer.text
