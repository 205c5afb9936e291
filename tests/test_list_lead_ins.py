"""A parent's text after its list, and a lead-in's list over several chunks (issue: shortcomings quoted as
the last achievement). A report's part I lists achievements "1." .. "3." (one paragraph each), then
"Bên cạnh đó, ... còn một số tồn tại; cụ thể như sau:" and bullets, then part II: the lead-in and its
bullets are part I's own text again, not item 3's; and every later chunk of that bullet list embeds the
lead-in first. Small reports written here in .txt and .docx, read through ``load_file`` + ``parse`` and
``Retriever.search`` on a real index (real e5 model, FAISS, SQLite)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document, Section
from assistant.parse import parse
from tests.conftest import write_paragraphs

LEAD_IN = (
    "Bên cạnh đó, công tác phòng, chống thiên tai của Hội vẫn còn một số tồn tại, hạn chế; cụ thể như sau:"
)
BULLETS = [
    "- Việc rà soát hộ hội viên sống ở vùng trũng, ven sông chưa thường xuyên, danh sách một số chi hội "
    "lập chậm, thiếu thông tin về số nhân khẩu, người cao tuổi, trẻ em cần sơ tán khi có bão lũ; sổ theo dõi "
    "chưa được cập nhật sau mỗi đợt kiểm tra của Ban Thường vụ Hội xã.",
    "- Lực lượng xung kích của các chi hội chưa được tập huấn kỹ năng cứu hộ, sơ cứu ban đầu; trang thiết "
    "bị như áo phao, đèn pin, loa cầm tay còn thiếu, nhiều nơi phải mượn của thôn khi có tình huống khẩn "
    "cấp, ảnh hưởng đến thời gian ứng phó tại chỗ.",
    "- Công tác tuyên truyền về chủ động phòng tránh thiên tai có lúc còn hình thức, chủ yếu lồng ghép trong "
    "sinh hoạt chi hội, chưa sử dụng hiệu quả mạng xã hội và hệ thống truyền thanh thôn để đưa tin cảnh báo "
    "kịp thời đến hội viên làm ăn xa nhà.",
    "- Hệ thống kênh mương nội đồng ở ba thôn phía bắc chưa được nạo vét trước mùa mưa, rác thải và bèo "
    "lục bình ùn ứ làm chậm tiêu thoát nước, gây ngập úng cục bộ hàng chục héc-ta lúa và hoa màu của hội "
    "viên trong đợt mưa lớn tháng 10.",
]
BODY = [
    "HỘI NÔNG DÂN XÃ TÂN LỘC",
    "Số: 21/BC-HND",
    "Tân Lộc, ngày 15 tháng 12 năm 2025",
    "BÁO CÁO",
    "Kết quả công tác phòng, chống thiên tai năm 2025",
    "I. KẾT QUẢ ĐẠT ĐƯỢC",
    "Năm 2025, Ban Thường vụ Hội Nông dân xã đã chỉ đạo các chi hội chủ động triển khai công tác phòng, "
    "chống thiên tai theo phương châm bốn tại chỗ, đạt được một số kết quả sau:",
    "1. Các chi hội đã vận động hội viên gia cố 126 ngôi nhà, chằng chống mái tôn trước mùa bão.",
    "2. Hội phối hợp với Đoàn Thanh niên xã hỗ trợ thu hoạch lúa chạy lũ cho 48 hộ neo đơn.",
    "3. Quỹ hỗ trợ nông dân cho 15 hộ bị thiệt hại vay vốn khôi phục sản xuất sau bão.",
    LEAD_IN,
    *BULLETS,
    "II. NHIỆM VỤ NĂM 2026",
    "1. Tiếp tục rà soát, cập nhật danh sách hộ hội viên ở vùng trũng trước ngày 31/5/2026.",
    "2. Tổ chức tập huấn kỹ năng cứu hộ cho lực lượng xung kích các chi hội trong quý II/2026.",
    "3. Phối hợp với các thôn nạo vét kênh mương nội đồng trước mùa mưa.",
    "Nơi nhận:",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Văn Tâm",
]


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


def _holding(doc: Document, phrase: str) -> Section:
    """The section of the paragraph that holds ``phrase``."""
    para = next(p for p in doc.paragraphs if phrase in p.text)
    sec = doc.section(para.section_id)
    assert sec is not None
    return sec


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_lead_in_and_bullets_after_one_paragraph_items_are_the_parents_text(tmp_path: Path, suffix: str):
    doc = _doc(write_paragraphs(tmp_path / f"bc21{suffix}", BODY))
    part = next(s for s in doc.sections if s.path == ["I. KẾT QUẢ ĐẠT ĐƯỢC"])
    item3 = next(s for s in doc.sections if s.path == [*part.path, "3."])
    held = _holding(doc, "cụ thể như sau")
    # Cited as part I (its path), a child of part I with no number of its own, never item 3.
    assert held.path == part.path and held.parent == part.id and held.label is None, held
    assert all(_holding(doc, b[2:30]).id == held.id for b in BULLETS)
    assert "tồn tại" not in doc.text[item3.start : item3.end]
    assert part.start <= held.start and held.end <= part.end  # part I's range covers its own text
    # Part II and its items are untouched; its last list is followed by the closing lines, not a paragraph.
    second = [s.path[1:] for s in doc.sections if s.path[:1] == ["II. NHIỆM VỤ NĂM 2026"]]
    assert second == [[], ["1."], ["2."], ["3."]]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize(
    "change",
    [
        # Item 2 runs over two paragraphs: the list's items are not one paragraph each.
        ("2. Hội phối hợp", "Việc thu hoạch được tổ chức theo từng tổ, có sự giám sát của chi hội trưởng."),
        # A lower-case line after item 3 goes on with it (a page break in the middle of the sentence).
        ("3. Quỹ hỗ trợ", "trong đó có 6 hộ được gia hạn nợ do thiệt hại nặng."),
    ],
)
def test_the_guards_keep_the_paragraphs_with_the_last_item(tmp_path: Path, suffix: str, change):
    after, extra = change
    lines = list(BODY)
    at = next(i for i, line in enumerate(lines) if line.startswith(after)) + 1
    lines.insert(at, extra)
    doc = _doc(write_paragraphs(tmp_path / f"bc21{suffix}", lines))
    assert _holding(doc, "cụ thể như sau").path == ["I. KẾT QUẢ ĐẠT ĐƯỢC", "3."]


@pytest.fixture(scope="module", params=[".txt", ".docx"])
def index(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, embedder):
    """A real index over the report in one format (one index each: the same text twice is one document)."""
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("leadins")
    write_paragraphs(folder / f"bc21{request.param}", BODY)
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def test_a_later_chunk_of_a_lead_ins_list_embeds_the_lead_in(index, embedder):
    from assistant.retrieve import Retriever

    hits = Retriever(index, embedder=embedder).search(
        "Hội Nông dân xã Tân Lộc còn tồn tại gì về kênh mương nội đồng chưa được nạo vét?", k=10
    )
    ours = hits
    bullet = next((h for h in ours if "kênh mương nội đồng ở ba thôn" in h.chunk.text), None)
    assert bullet is not None, [h.chunk.text[:60] for h in hits]
    chunk = bullet.chunk
    assert chunk.section_label() == "I. KẾT QUẢ ĐẠT ĐƯỢC"  # cited as part I, not as item "3."
    assert LEAD_IN not in chunk.text  # a later chunk of the list: its own text starts at a bullet
    body = chunk.embed_text.split(f"{' > '.join(chunk.section_path)} | ", 1)[1]
    assert body.startswith(LEAD_IN.rsplit(". ", 1)[-1]), chunk.embed_text[:300]
    # A chunk outside the list (part II's items) carries no lead-in.
    task = next(h.chunk for h in ours if "nạo vét kênh mương nội đồng trước mùa mưa" in h.chunk.text)
    assert "cụ thể như sau" not in task.embed_text


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_every_later_chunk_of_an_items_bullet_list_starts_with_its_lead_in(tmp_path: Path, suffix: str):
    """The list inside one item ("2. ... như sau:" + bullets): each of its chunks after the first embeds
    the lead-in before its own text; the first holds it already, and the next item's chunks do not."""
    from assistant.config import Settings
    from assistant.pipeline import process_file

    lead = "2. Ban Thường vụ Hội đề nghị các chi hội khắc phục những tồn tại, hạn chế như sau:"
    one = "1. Các chi hội đã vận động hội viên gia cố 126 ngôi nhà."
    lines = [*BODY[:7], one, lead, *BULLETS, *BODY[-11:]]
    path = write_paragraphs(tmp_path / f"bc22{suffix}", lines)
    pf = process_file(path, Settings.from_env(), display_path=path.name)
    item = [c for c in pf.chunks if c.section_path[0] == BODY[5] and c.section_path[-1].startswith("2. Ban")]
    assert len(item) >= 2, [c.text[:60] for c in pf.chunks]
    assert item[0].text.startswith(lead)
    for c in item[1:]:
        assert c.text.startswith("- ") and lead not in c.text
        body = c.embed_text.split(f"{' > '.join(c.section_path)} | ", 1)[1]
        assert body.startswith(lead), c.embed_text[:200]
    later = [c for c in pf.chunks if c.section_path[:1] == ["II. NHIỆM VỤ NĂM 2026"]]
    assert later and not any("như sau" in c.embed_text for c in later)
