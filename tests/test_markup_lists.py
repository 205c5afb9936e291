"""Lists written by markup (issue 11, part 5: "a condition list 'a) ... d)' is quoted whole"; real layouts).

- An HTML ``<ul>``/``<ol>`` item is read with the label a browser draws ("- ", "2.", "b)"), as DOCX
  numbering and text files write theirs, so the parser and the quote widening tell a list.
- A list numbered from 1 again right under a numbered heading ("3. Trình tự giải quyết" / "1. Chi hội
  tiếp nhận ...") is that heading's list, not its siblings, in HTML, DOCX and plain text alike; the next
  heading numbered after it ("4. Mức cho vay") is the heading's sibling again.
- A procedure question naming the document's subject ("Quỹ Hỗ trợ nông dân") is answered by a passage of
  the document whose subject line names it, though the passage itself does not.
Real files, real parse; the answers through ``Assistant`` over a real index.
"""

from __future__ import annotations

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import assistant_over, write_docx

ITEMS = [
    ("3. Trình tự giải quyết", None),
    ("Chi hội tiếp nhận hồ sơ, gửi Hội Nông dân xã trong 05 ngày làm việc.", 1),
    ("Hội Nông dân xã thẩm định, trình Ban điều hành Quỹ huyện.", 2),
    ("Ban điều hành Quỹ huyện xét duyệt và giải ngân trong 10 ngày làm việc.", 3),
]

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Hướng dẫn vay vốn</title></head>
<body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></nav>
<div class="article">
<p>HỘI NÔNG DÂN HUYỆN ĐÔNG SƠN</p>
<p>Số: 07/HD-HND</p>
<p>Đông Sơn, ngày 14 tháng 3 năm 2029</p>
<h1>HƯỚNG DẪN</h1>
<p>Thủ tục vay vốn Quỹ Hỗ trợ nông dân năm 2029</p>
<h2>1. Đối tượng được vay</h2>
<p>Hội viên Hội Nông dân có dự án sản xuất, kinh doanh khả thi tại địa phương.</p>
<h2>2. Hồ sơ vay vốn</h2>
<p>Hộ vay lập 01 bộ hồ sơ, gồm:</p>
<ul>
<li>Đơn xin vay vốn theo mẫu của Quỹ;</li>
<li>Dự án sản xuất có xác nhận của chi hội trưởng;</li>
<li>Biên bản họp tổ vay vốn bình xét;</li>
<li>Bản sao căn cước công dân của chủ hộ.</li>
</ul>
<h2>3. Trình tự giải quyết</h2>
<ol>
<li>Chi hội tiếp nhận hồ sơ, gửi Hội Nông dân xã trong 05 ngày làm việc.</li>
<li>Hội Nông dân xã thẩm định, trình Ban điều hành Quỹ huyện.</li>
<li><p>Ban điều hành Quỹ huyện xét duyệt và giải ngân trong 10 ngày làm việc.</p></li>
</ol>
<h2>4. Mức cho vay</h2>
<p>Mỗi hộ được vay tối đa 100 triệu đồng, thời hạn không quá 36 tháng.</p>
<ol type="a" start="2"><li>Hộ vay có tài sản bảo đảm được vay thêm 20 triệu đồng.</li>
<li>- Hộ vay trả nợ trước hạn được ưu tiên vay lần sau.</li></ol>
<p>TM. BAN THƯỜNG VỤ</p><p>CHỦ TỊCH</p><p>Nguyễn Văn Bình</p>
</div>
<footer><p>Bản quyền thuộc Hội Nông dân huyện Đông Sơn</p></footer>
</body></html>
"""

HEAD = ["HỘI NÔNG DÂN HUYỆN ĐÔNG SƠN", "Số: 08/HD-HND", "HƯỚNG DẪN", "Thủ tục vay vốn năm 2029",
        "1. Đối tượng được vay", "Hội viên có dự án sản xuất khả thi.", "2. Hồ sơ vay vốn",
        "Đơn xin vay vốn theo mẫu."]  # fmt: skip
TAIL = ["4. Mức cho vay", "Mỗi hộ được vay tối đa 100 triệu đồng."]


def _lines() -> list[str]:
    return HEAD + [text if n is None else f"{n}. {text}" for text, n in ITEMS] + TAIL


def _paths(path) -> dict[str, list[str]]:
    doc = parse(load_file(path), path.name)
    return {doc.text[s.start : s.end].split("\n", 1)[0][:40]: s.path for s in doc.sections if s.path}


def test_html_list_items_carry_their_labels(tmp_path):
    page = tmp_path / "HD07.html"
    page.write_text(PAGE, encoding="utf-8")
    texts = [b.text for b in load_file(page).blocks]
    assert "- Đơn xin vay vốn theo mẫu của Quỹ;" in texts
    assert "- Bản sao căn cước công dân của chủ hộ." in texts
    assert "3. Ban điều hành Quỹ huyện xét duyệt và giải ngân trong 10 ngày làm việc." in texts
    assert "b) Hộ vay có tài sản bảo đảm được vay thêm 20 triệu đồng." in texts
    # an item that writes its own label keeps it, once
    assert "- Hộ vay trả nợ trước hạn được ưu tiên vay lần sau." in texts
    assert not any(t.startswith("Trang chủ") or t.startswith("- Trang chủ") for t in texts)


@pytest.mark.parametrize("suffix", [".html", ".txt", ".docx"])
def test_a_list_numbered_again_under_a_heading_is_its_list(tmp_path, suffix):
    path = tmp_path / f"HD{suffix}"
    if suffix == ".html":
        path.write_text(PAGE, encoding="utf-8")
    elif suffix == ".txt":
        path.write_text("\n\n".join(_lines()), encoding="utf-8")
    else:
        write_docx(path, _lines())
    paths = _paths(path)
    step = next(p for head, p in paths.items() if head.startswith("2. Hội Nông dân xã thẩm định"))
    assert len(step) == 2 and step[0].startswith("3. Trình tự giải quyết"), paths
    last = next(p for head, p in paths.items() if head.startswith("4. Mức cho vay"))
    assert len(last) == 1, paths


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("markup_lists"), embedder, {"HD07.html": PAGE})


def test_an_html_list_is_quoted_whole(assistant):
    answer = assistant.ask("Hồ sơ vay vốn Quỹ Hỗ trợ nông dân cần những giấy tờ gì?")
    assert not answer.abstained, answer.text
    quoted = " ".join(c.quote for c in answer.citations[:1])
    assert "Đơn xin vay vốn" in quoted and "Bản sao căn cước" in quoted, answer.text


def test_the_steps_are_quoted_under_their_heading(assistant):
    answer = assistant.ask("Trình tự giải quyết hồ sơ vay gồm những bước nào?")
    assert not answer.abstained, answer.text
    quoted = " ".join(c.quote for c in answer.citations[:2])
    assert "tiếp nhận hồ sơ" in quoted and "giải ngân" in quoted, answer.text
