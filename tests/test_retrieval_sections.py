"""Named sections (feature ``named_section``): a question that names a division of a document ("Điều 5",
"khoản 3 Điều 2", "Chương II", "Phần thứ hai", "Mục II", "Phụ lục II", "Article 4") retrieves that
division, checked through ``Retriever.search`` on a real index (real e5 model, FAISS, SQLite); so do a
question quoting a heading (``titled_section``) and one whose words blank forms repeat (``form_penalty``).

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

from tests.conftest import SHARED, search_without

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
# Real resolution on candidacy files: Điều 2 lists the file's papers, then 9 blank forms ("Mẫu số 01/HĐBC-QH"
# ...) repeat the same words around dotted blanks.
FORMS_RESOLUTION = "40_NQ-HDBCQG_678128.doc"

GUIDE = """BAN TỔ CHỨC HUYỆN ỦY AN BÌNH
Số: 07-HD/BTCHU

HƯỚNG DẪN
Nghiệp vụ kết nạp đảng viên

I. TIÊU CHUẨN, ĐIỀU KIỆN KẾT NẠP ĐẢNG VIÊN

1. Tuổi đời
Người vào Đảng phải từ đủ 18 tuổi đến đủ 60 tuổi tính theo tháng, tại thời điểm chi bộ xét kết nạp.

2. Kết nạp vào Đảng trong các trường hợp đặc biệt
Các trường hợp dưới đây do cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng xem xét, quyết định.

2.1. Người theo tôn giáo
Thực hiện theo quy định của Bộ Chính trị về kết nạp người theo tôn giáo; chi bộ báo cáo cấp ủy cấp trên \
trước khi làm thủ tục.

2.2. Người có quan hệ hôn nhân với người nước ngoài
Chi bộ thẩm tra lý lịch của người nước ngoài, báo cáo ban tổ chức cấp ủy cấp trên để xin ý kiến.

II. QUY TRÌNH KẾT NẠP

1. Chi bộ họp xét
Chi bộ họp xét, biểu quyết đề nghị kết nạp khi có ít nhất hai phần ba số đảng viên chính thức tán thành.
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    """Settings of a real index over the two written documents plus the STEM plan when present."""
    from assistant.config import Settings
    from assistant.indexer import Indexer

    folder = tmp_path_factory.mktemp("named-sections")
    (folder / "quy-che-thi-dua.txt").write_text(REGULATION, encoding="utf-8")
    (folder / "ke-hoach-so-ket-dan-van.txt").write_text(PLAN, encoding="utf-8")
    (folder / "huong-dan-ket-nap.txt").write_text(GUIDE, encoding="utf-8")
    if SHARED.is_dir():
        from assistant.evaluation.library import library_files

        by_name = {unicodedata.normalize("NFC", f.name): f for f in library_files()}
        for name in (STEM_PLAN, FORMS_RESOLUTION):
            if name in by_name:
                shutil.copy(by_name[name], folder / name)
    settings = replace(Settings.from_env(), index_dir=tmp_path_factory.mktemp("idx") / "index")
    Indexer(settings, embedder=embedder).update(folder)
    return settings


_top = search_without


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
    _require(index, embedder, STEM_PLAN)
    hits = _top(index, embedder, question)
    assert hits[0].chunk.file == STEM_PLAN and hits[0].chunk.section_path[0] == appendix, _paths(hits)


def _require(index, embedder, name: str) -> None:
    from assistant.retrieve import Retriever

    if name not in {d.file for d in Retriever(index, embedder=embedder).store.doc_info.values()}:
        pytest.skip(f"{name} not present under {SHARED}")


def test_a_quoted_heading_finds_its_opening_passage(index, embedder):
    # feature titled_section: the handbook's way of asking, "parent heading: title"
    question = "Tiêu chuẩn, điều kiện kết nạp đảng viên: Kết nạp vào Đảng trong các trường hợp đặc biệt"
    hits = _top(index, embedder, question)
    assert hits[0].chunk.text.startswith("2. Kết nạp vào Đảng trong các trường hợp đặc biệt"), _paths(hits)


def _is_form(hit) -> bool:
    return any(p.startswith("Mẫu số") for p in hit.chunk.section_path)


def test_blank_forms_do_not_outrank_the_provision(index, embedder):
    # feature form_penalty: without it the five best were blank forms ("Mẫu số 08/HĐBC-HĐND > Ghi chú", ...)
    _require(index, embedder, FORMS_RESOLUTION)
    hits = _top(
        index, embedder, "Người ứng cử đại biểu Hội đồng nhân dân phải nộp những giấy tờ nào trong hồ sơ?"
    )
    assert not _is_form(hits[0]) and hits[0].chunk.section_path[0].startswith("Điều"), _paths(hits)


def test_a_question_about_a_form_still_gets_the_form(index, embedder):
    _require(index, embedder, FORMS_RESOLUTION)
    hits = _top(index, embedder, "Mẫu đơn ứng cử đại biểu Quốc hội gồm những mục gì?")
    assert any(_is_form(h) for h in hits[:3]), _paths(hits)
