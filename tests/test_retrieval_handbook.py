"""Handbook-style questions (a heading asked as a topic, "parent heading: title") over real PDFs, through
``Retriever.search`` on a real index (real e5 model, FAISS, SQLite): the causes of the Hanoi handbook's
misses at 5 (README, External sets), each on a guide written here as PDF pages with fpdf2.

- ``distinct_passages``: one guide kept as two PDF renderings (paginated differently) and indexed as two
  documents, as when duplicates are not merged: a passage and its copy no longer take two of the first
  places; the copy is still there further down;
- ``heading_opening``: a question quoting a heading whole gets the passage where that heading is
  written, on its page, before its subsections' passages, which repeat its words;
- a heading opening with "VỀ" ("III. VỀ TỔ CHỨC TRAO TẶNG ...") is quoted without it;
- a numbered line in plain type with only sub-items under it ("1. Về kỳ sinh hoạt thường kỳ.") opens its
  first sub-item's passage instead of standing alone as a passage that says nothing but its title.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# Pages of the guide: each inner list is one PDF page, one paragraph per line.
GUIDE = [
    [
        "HƯỚNG DẪN",
        "Nghiệp vụ công tác đảng viên của Đảng bộ xã An Bình",
        "1. Tạo nguồn kết nạp đảng viên",
        "Chi bộ phân công đảng viên chính thức giúp đỡ quần chúng ưu tú, theo dõi và bồi dưỡng ít nhất "
        "sáu tháng trước khi đề nghị cho học lớp nhận thức về Đảng.",
        "2. Hồ sơ xét kết nạp",
        "Hồ sơ gồm đơn xin vào Đảng, lý lịch của người xin vào Đảng, giấy chứng nhận học lớp bồi dưỡng "
        "nhận thức về Đảng, giấy giới thiệu của đảng viên chính thức và nhận xét của đoàn thể nơi cư trú.",
    ],
    [
        "3. Kết nạp vào Đảng trong các trường hợp đặc biệt",
        "Các trường hợp dưới đây do ban thường vụ cấp ủy cấp trên trực tiếp xem xét trước khi chi bộ "
        "biểu quyết; hồ sơ có thêm bản tự khai của người vào Đảng.",
        "3.1. Kết nạp người theo tôn giáo vào Đảng trong trường hợp đặc biệt",
        "Người theo tôn giáo vào Đảng phải tự giác chấp hành Cương lĩnh, Điều lệ Đảng; trường hợp đặc "
        "biệt là chức sắc tôn giáo thì cấp ủy cấp tỉnh xem xét, quyết định việc kết nạp.",
        "3.2. Kết nạp chủ doanh nghiệp tư nhân vào Đảng trong trường hợp đặc biệt",
        "Chủ doanh nghiệp tư nhân được kết nạp vào Đảng khi chấp hành đúng pháp luật về lao động, thuế; "
        "trường hợp đặc biệt do ban thường vụ cấp ủy cấp tỉnh xem xét, quyết định việc kết nạp.",
    ],
    [
        "3.3. Kết nạp lại vào Đảng trong trường hợp đặc biệt",
        "Người đã ra khỏi Đảng được xét kết nạp lại khi đã sửa chữa khuyết điểm ít nhất 36 tháng; trường "
        "hợp đặc biệt do cấp ủy cấp tỉnh xem xét, quyết định việc kết nạp lại vào Đảng.",
        "3.4. Kết nạp vào Đảng ở nơi chưa có đảng viên trong trường hợp đặc biệt",
        "Ở thôn chưa có đảng viên, đảng ủy xã phân công đảng viên theo dõi, giúp đỡ; trường hợp đặc biệt "
        "do ban thường vụ đảng ủy xã đề nghị cấp trên xem xét, quyết định việc kết nạp.",
    ],
    [
        "III. VỀ TỔ CHỨC TRAO TẶNG HUY HIỆU ĐẢNG",
        "Lễ trao tặng tổ chức trang trọng vào dịp kỷ niệm ngày thành lập Đảng 3/2, ngày Quốc khánh 2/9 "
        "hoặc ngày 7/11; đảng viên ốm đau được trao tại gia đình.",
        "1. Thời điểm tổ chức trao tặng Huy hiệu Đảng",
        "Chi bộ tổ chức trao tặng Huy hiệu Đảng trong kỳ sinh hoạt gần nhất sau khi nhận quyết định tặng "
        "Huy hiệu Đảng của cấp ủy có thẩm quyền.",
        "2. Chương trình lễ tổ chức trao tặng Huy hiệu Đảng",
        "Chào cờ; tuyên bố lý do; đọc quyết định tặng Huy hiệu Đảng; trao tặng Huy hiệu Đảng; đảng viên "
        "được tặng Huy hiệu Đảng phát biểu; bế mạc.",
    ],
]
PARTY_FEES = [
    [
        "QUY ĐỊNH",
        "Về việc thu, nộp đảng phí của Đảng bộ xã An Bình",
        "1. Mức đóng đảng phí",
        "Đảng viên đóng đảng phí hằng tháng bằng 1% thu nhập; đảng viên đã nghỉ hưu đóng 0,5% lương hưu.",
        "2. Thời hạn nộp đảng phí",
        "Chi bộ thu đảng phí trong kỳ sinh hoạt hằng tháng và nộp về đảng ủy xã trước ngày 10 tháng sau.",
        "3. Sử dụng đảng phí để lại",
        "Đảng ủy xã dùng phần đảng phí để lại chi tổ chức trao tặng Huy hiệu Đảng; chi bộ tổ chức trao "
        "tặng Huy hiệu Đảng được hỗ trợ mua hoa, quà tặng đảng viên nhận Huy hiệu Đảng.",
    ]
]

BRANCH_RULES = [
    [
        "QUY ĐỊNH",
        "Một số vấn đề về sinh hoạt chi bộ của Đảng bộ xã An Bình",
        "1. Về kỳ sinh hoạt thường kỳ.",
        "1.1. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần vào ngày mùng 5; tháng có ngày lễ lớn thì chi bộ "
        "dời sang ngày làm việc kế tiếp và báo cáo đảng ủy xã.",
        "1.2. Chi bộ có trên 30 đảng viên được chia thành các tổ đảng; tổ đảng họp trước kỳ sinh hoạt của "
        "chi bộ để chuẩn bị ý kiến.",
        "2. Về sinh hoạt chuyên đề.",
        "2.1. Mỗi quý chi bộ sinh hoạt chuyên đề ít nhất một lần, chủ đề do chi ủy chọn theo định hướng của "
        "đảng ủy xã.",
        "2.2. Nội dung sinh hoạt chuyên đề được ghi vào sổ biên bản riêng và gửi đảng ủy xã trong 5 ngày.",
    ]
]


def _pdf(path: Path, pages: list[list[str]], width: float) -> Path:
    from fpdf import FPDF

    if not Path(FONT).is_file():
        pytest.skip("DejaVu Sans (fonts-dejavu-core) not installed")
    pdf = FPDF()
    pdf.add_font("dv", "", FONT)
    pdf.set_font("dv", size=12)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.multi_cell(width, 7, line)
            pdf.ln(2)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    """Settings of a real index over the guide as two renderings (one page per page, and the same text in
    a narrower column: other line breaks), and another document; duplicates left unmerged."""
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("handbook")
    _pdf(folder / "huong-dan-dang-vien.pdf", GUIDE, 0)
    _pdf(folder / "hd-dang-vien-ban-in.pdf", GUIDE, 150)
    _pdf(folder / "quy-dinh-dang-phi.pdf", PARTY_FEES, 0)
    _pdf(folder / "quy-dinh-sinh-hoat-chi-bo.pdf", BRANCH_RULES, 0)
    settings = replace(
        Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index", merge_duplicates=False
    )
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def _top(index, embedder, question: str, off: frozenset[str] = frozenset(), k: int = 5):
    from assistant.retrieve import Retriever

    settings = replace(index, disabled_features=index.disabled_features | off)
    return Retriever(settings, embedder=embedder).search(question, k=k)


def _words(hit) -> str:
    return " ".join(hit.chunk.text.split())


def _repeats(hits) -> list[str]:
    """Texts found twice in ``hits`` from two files."""
    seen: dict[str, str] = {}
    out = []
    for h in hits:
        text = _words(h)
        if text in seen and seen[text] != h.chunk.file:
            out.append(text[:60])
        seen.setdefault(text, h.chunk.file)
    return out


def test_a_copy_in_another_rendering_does_not_take_a_place(index, embedder):
    question = "Hồ sơ xét kết nạp đảng viên gồm những giấy tờ gì?"
    off = _top(index, embedder, question, frozenset({"distinct_passages"}))
    assert _repeats(off), "both renderings' copies rank near the top without the feature"
    hits = _top(index, embedder, question)
    assert _words(hits[0]).startswith("2. Hồ sơ xét kết nạp"), [_words(h)[:50] for h in hits]
    assert not _repeats(hits), [(h.chunk.file, _words(h)[:50]) for h in hits]
    deeper = _top(index, embedder, question, k=40)  # every passage of the index
    assert _repeats(deeper), "the copy is moved down, not dropped"


def test_a_quoted_heading_gets_the_passage_where_it_is_written(index, embedder):
    question = "Kết nạp đảng viên: Kết nạp vào Đảng trong các trường hợp đặc biệt"
    hits = _top(index, embedder, question)
    top = hits[0].chunk
    assert _words(hits[0]).startswith("3. Kết nạp vào Đảng trong các trường hợp đặc biệt"), top.section_path
    assert top.pages == [2], top.pages
    off = _top(index, embedder, question, frozenset({"heading_opening"}))
    assert not _words(off[0]).startswith("3. Kết nạp vào Đảng"), "the subsections lead without the feature"


def test_a_heading_about_a_topic_is_quoted_without_its_topic_word(index, embedder):
    # "Tổ chức trao tặng Huy hiệu Đảng" quotes "III. VỀ TỔ CHỨC TRAO TẶNG HUY HIỆU ĐẢNG": its opening passage
    # leads, not its subsections that repeat the words
    hits = _top(index, embedder, "Huy hiệu Đảng: Tổ chức trao tặng Huy hiệu Đảng")
    top = hits[0].chunk
    assert top.section_path == ["III. VỀ TỔ CHỨC TRAO TẶNG HUY HIỆU ĐẢNG"], [
        h.chunk.section_path for h in hits
    ]
    assert top.pages == [4], top.pages


def test_a_numbered_line_over_its_sub_items_opens_the_first_one(index, embedder):
    hits = _top(index, embedder, "Chi bộ sinh hoạt thường kỳ, sinh hoạt chuyên đề thế nào?", k=40)
    rules = [h for h in hits if h.chunk.file == "quy-dinh-sinh-hoat-chi-bo.pdf"]
    texts = [_words(h) for h in rules]
    assert "1. Về kỳ sinh hoạt thường kỳ." not in texts and "2. Về sinh hoạt chuyên đề." not in texts, texts
    opening = next(t for t in texts if t.startswith("1. Về kỳ sinh hoạt thường kỳ."))
    assert "1.1. Chi bộ sinh hoạt thường kỳ mỗi tháng" in opening, opening
    assert any(t.startswith("2. Về sinh hoạt chuyên đề. 2.1. Mỗi quý") for t in texts), texts
