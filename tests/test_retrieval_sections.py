"""Named sections (feature ``named_section``): a question that names a division of a document ("Điều 5",
"khoản 3 Điều 2", "Chương II", "Phần thứ hai", "Mục II", "Phụ lục II", "Article 4") retrieves that
division, checked through ``Retriever.search`` on a real index (real e5 model, FAISS, SQLite).

The index holds two small documents written here (a regulation with chapters, articles and clauses; a plan
with "PHẦN THỨ NHẤT/HAI" parts and Roman items under each) and, when ``../shared`` is present, the real
STEM inspection plan with its two appendices ("Phụ lục I", "Phụ lục II"). The questions name the division
and little else, so its words do not point at it.
"""

from __future__ import annotations

import shutil
import unicodedata
from dataclasses import replace

import pytest

from tests.conftest import SHARED

REGULATION = """ỦY BAN NHÂN DÂN XÃ AN BÌNH
Số: 12/QĐ-UBND

QUY CHẾ
Thi đua, khen thưởng và quản lý quỹ hoạt động của xã An Bình

Chương I. QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định về tổ chức phong trào thi đua, hình thức khen thưởng và việc quản lý quỹ hoạt động \
của Ủy ban nhân dân xã An Bình trong năm 2026.

Điều 2. Nguyên tắc
1. Việc bình xét được thực hiện công khai, dân chủ, đúng người, đúng thành tích.
2. Mỗi cá nhân chỉ được đề nghị một danh hiệu trong một năm.
3. Không xét cho người đang trong thời gian bị xử lý kỷ luật hoặc đang bị điều tra.

Chương II. HÌNH THỨC VÀ TIÊU CHUẨN

Điều 3. Danh hiệu Lao động tiên tiến
1. Hoàn thành tốt nhiệm vụ được giao, đạt năng suất và chất lượng cao.
2. Chấp hành tốt chủ trương của Đảng, chính sách và pháp luật của Nhà nước.
3. Tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ.

Điều 4. Giấy khen của Chủ tịch Ủy ban nhân dân xã
1. Tặng cho tập thể có thành tích xuất sắc trong phong trào thi đua theo đợt.
2. Tặng cho hộ gia đình có đóng góp lớn về công sức, đất đai cho việc xây dựng nông thôn mới.

Chương III. QUẢN LÝ QUỸ

Điều 5. Nguồn hình thành quỹ
1. Ngân sách xã cấp hằng năm bằng 20% tổng quỹ tiền lương theo ngạch, bậc.
2. Đóng góp tự nguyện của cá nhân, tổ chức trong và ngoài xã.

Điều 6. Sử dụng quỹ
1. Chi tiền thưởng kèm theo các danh hiệu, hình thức khen thưởng.
2. Chi in ấn giấy chứng nhận, khung, hiện vật khen thưởng.
3. Trích không quá 20% để chi cho công tác tổ chức, chỉ đạo phong trào.
"""

PLAN = """ĐẢNG ỦY XÃ AN BÌNH
Số: 45-KH/ĐU

KẾ HOẠCH
Sơ kết công tác dân vận năm 2026

PHẦN THỨ NHẤT. ĐÁNH GIÁ KẾT QUẢ

I. KẾT QUẢ ĐẠT ĐƯỢC
Các chi bộ đã tổ chức 24 buổi đối thoại với nhân dân, tiếp nhận 57 ý kiến và giải quyết xong 51 ý kiến.

II. HẠN CHẾ
Một số chi bộ chưa duy trì sinh hoạt chuyên đề hằng quý; việc nắm bắt dư luận ở thôn xa còn chậm.

PHẦN THỨ HAI. PHƯƠNG HƯỚNG NĂM 2027

I. MỤC TIÊU
Phấn đấu 100% thôn có tổ dân vận hoạt động thường xuyên.

II. GIẢI PHÁP
Ban Dân vận chủ trì, phối hợp với Mặt trận tổ quốc xã mở lớp bồi dưỡng kỹ năng cho cán bộ thôn trước \
ngày 30/6/2027.
"""

STEM_PLAN = "kh_tiepdoan_stem.doc"  # real plan with "Phụ lục I" (school list) and "Phụ lục II" (programme)


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    """Settings of a real index over the two written documents plus the STEM plan when present."""
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("named-sections")
    (folder / "quy-che-thi-dua.txt").write_text(REGULATION, encoding="utf-8")
    (folder / "ke-hoach-so-ket-dan-van.txt").write_text(PLAN, encoding="utf-8")
    if SHARED.is_dir():
        from assistant.evaluation.library import library_files

        by_name = {unicodedata.normalize("NFC", f.name): f for f in library_files()}
        if STEM_PLAN in by_name:
            shutil.copy(by_name[STEM_PLAN], folder / STEM_PLAN)
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


def _top(index, embedder, question: str, off: frozenset[str] = frozenset(), k: int = 5):
    from assistant.retrieve import Retriever

    settings = replace(index, disabled_features=index.disabled_features | off)
    return Retriever(settings, embedder=embedder).search(question, k=k)


def _paths(hits) -> list[str]:
    return [" > ".join(h.chunk.section_path) for h in hits]


@pytest.mark.parametrize(
    ("question", "path_start", "last"),
    [
        ("Điều 5 của quy chế thi đua xã An Bình quy định gì?", "Chương III", "Điều 5"),
        ("Khoản 3 Điều 2 quy chế thi đua khen thưởng xã An Bình nói gì?", "Chương I", "3."),
        ("Chương II quy chế thi đua xã An Bình gồm nội dung gì?", "Chương II", None),
        ("What does Article 4 of the An Binh emulation regulation say?", "Chương II", None),
        ("dieu 6 quy che thi dua xa an binh", "Chương III", None),
    ],
)
def test_a_named_article_clause_or_chapter_comes_first(index, embedder, question, path_start, last):
    hits = _top(index, embedder, question)
    top = hits[0].chunk.section_path
    assert top[0].startswith(path_start), _paths(hits)
    if last is not None:
        assert top[-1].startswith(last) or any(p.startswith(last) for p in top), _paths(hits)
    if "Khoản 3 Điều 2" in question:
        assert top[1].startswith("Điều 2") and top[2] == "3.", _paths(hits)
    if "Article 4" in question:
        assert top[1].startswith("Điều 4"), _paths(hits)


def test_a_roman_item_inside_a_named_part(index, embedder):
    # "Mục II" is the Roman item "II." (the document writes no "Mục"), inside "PHẦN THỨ HAI"; Part One has
    # its own "II." (shortcomings), which must not come first.
    hits = _top(index, embedder, "Mục II phần thứ hai của kế hoạch sơ kết công tác dân vận nói gì?")
    top = hits[0].chunk.section_path
    assert top[0].upper().endswith("THỨ HAI") and top[-1] == "II. GIẢI PHÁP", _paths(hits)


def test_a_question_naming_no_division_is_left_alone(index, embedder):
    # "hai phần ba" (two thirds) and "địa điểm ở đâu" name no division: the feature changes nothing.
    for question in (
        "Hai phần ba quỹ thi đua xã An Bình có được trích để chi tổ chức phong trào không?",
        "Địa điểm ở đâu thì tổ dân vận xã An Bình mở lớp bồi dưỡng?",
    ):
        on = [h.chunk.chunk_id for h in _top(index, embedder, question)]
        off = [h.chunk.chunk_id for h in _top(index, embedder, question, frozenset({"named_section"}))]
        assert on == off


@pytest.mark.parametrize(
    ("question", "appendix"),
    [
        ("Phụ lục II của kế hoạch làm việc với Đoàn kiểm tra STEM gồm những gì?", "Phụ lục II"),
        ("Phụ lục I kế hoạch đón đoàn kiểm tra STEM liệt kê gì?", "Phụ lục I"),
    ],
)
def test_a_named_appendix_of_a_real_plan(index, embedder, question, appendix):
    from assistant.retrieve import Retriever

    files = {d.file for d in Retriever(index, embedder=embedder).store.doc_info.values()}
    if STEM_PLAN not in files:
        pytest.skip(f"{STEM_PLAN} not present under {SHARED}")
    hits = _top(index, embedder, question)
    assert hits[0].chunk.file == STEM_PLAN and hits[0].chunk.section_path[0] == appendix, _paths(hits)
