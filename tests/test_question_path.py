"""The general question path on documents the system was never tuned on: small synthetic directives
written here (new numbers, bodies, people and wording), indexed for real (real embedding model, FAISS,
SQLite), asked through ``Assistant``, ``Retriever.search`` and the CLI only.

What each test pins (issue 11):
- identity keeps the type: a conclusion and a resolution numbered 27 are two documents; a citation whose
  type code no held document carries is linked by the visible fallback (same number and issuer), marked
  inferred;
- the first line comes from the governing clause: a clause that sets no deadline says so instead of
  borrowing another clause's; a deadline asked for one body comes from that body's clause;
- a notice's signer is the notice's, not that of the document it cites nor of a copy note;
- a body outside the organisation registry has duties, found by the clause grammar.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

KL27 = """ĐẢNG CỘNG SẢN VIỆT NAM
BAN CHẤP HÀNH TRUNG ƯƠNG
Số 27-KL/TW
Hà Nội, ngày 14 tháng 3 năm 2022

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ
về công tác khuyến học, khuyến tài trong các dòng họ

1. Các cấp ủy đảng lãnh đạo việc xây dựng dòng họ học tập, gia đình học tập trên địa bàn dân cư.

2. Hội Khuyến học các cấp vận động các dòng họ lập quỹ khuyến học, khen thưởng học sinh nghèo vượt khó.

T/M BỘ CHÍNH TRỊ
Phạm Quang Vinh
"""

NQ27 = """ĐẢNG CỘNG SẢN VIỆT NAM
BAN CHẤP HÀNH TRUNG ƯƠNG
Số 27-NQ/TW
Hà Nội, ngày 9 tháng 11 năm 2022

NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về bảo tồn nghề dệt thổ cẩm của đồng bào vùng cao

1. Các cấp ủy đảng đưa nghề dệt thổ cẩm vào chương trình phát triển làng nghề của địa phương.

2. Chính quyền các cấp hỗ trợ vốn vay cho hợp tác xã dệt thổ cẩm và mở lớp truyền nghề cho thanh niên.

T/M BỘ CHÍNH TRỊ
Đinh Ngọc Thạch
"""

TB41 = """TỈNH ỦY LÂM HÀ
Số 41-TB/TU
Lâm Hà, ngày 20 tháng 5 năm 2023

THÔNG BÁO
KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY
về tiếp tục thực hiện Kết luận số 27-KL/TW, ngày 14/3/2022 của Bộ Chính trị

Thường trực Tỉnh ủy thống nhất tiếp tục thực hiện Kết luận số 27-KL/TW về khuyến học.

1. Giao Ban Xây dựng Đảng chủ trì, phối hợp với Văn phòng Tỉnh ủy tổ chức tập huấn, xong trước ngày 30/6/2023.

2. Trường Chính trị tỉnh tổ chức sơ kết việc thực hiện thông báo này và báo cáo Thường trực Tỉnh ủy.

3. Các huyện ủy xây dựng kế hoạch thực hiện, xong trong quý III/2023.

4. Ban Tuyên giáo Tỉnh hội chủ trì biên soạn tài liệu tuyên truyền dòng họ, xong trước ngày 15/8/2023.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Hà Thị Loan

HUYỆN ỦY ĐỨC TRỌNG

SAO LỤC

Số 77-BS/HU

Đức Trọng, ngày 25 tháng 5 năm 2023

Giao Văn phòng Huyện ủy gửi các chi bộ trực thuộc./.

Nơi nhận:
- Các chi bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.

T/L BAN THƯỜNG VỤ
PHÓ CHÁNH VĂN PHÒNG
Lương Văn Khải
"""

HD5 = """HỘI KHUYẾN HỌC TỈNH LÂM HÀ
Số 5-HD/KHT
Lâm Hà, ngày 3 tháng 4 năm 2023

HƯỚNG DẪN
xét công nhận danh hiệu Dòng họ học tập tiêu biểu

Ngày 28/3/2023, Ban Thường vụ Hội Khuyến học tỉnh họp, thống nhất nội dung hướng dẫn này.

1. Phạm vi áp dụng

Hướng dẫn này áp dụng cho các dòng họ trên địa bàn tỉnh.

2. Điều kiện công nhận

Dòng họ được xét công nhận khi có đủ các điều kiện sau:
a) Có quỹ khuyến học do con cháu đóng góp, hoạt động thường xuyên;
b) Không có con cháu trong độ tuổi đi học bỏ học;
c) Có ít nhất một phần ba số hộ đạt danh hiệu gia đình học tập;
d) Được Ban khuyến học cấp xã đề nghị bằng văn bản.

T/M BAN THƯỜNG VỤ
Kiều Văn Sơn
"""

QD3 = """ĐẢNG ỦY KHỐI DOANH NGHIỆP
Số 3-QĐ/ĐUK
ngày 6 tháng 2 năm 2024

QUY ĐỊNH
về tổ chức chi bộ trong doanh nghiệp

Điều 4. Thành lập chi bộ

1. Doanh nghiệp có từ 3 đảng viên chính thức trở lên thì lập chi bộ.

2. Chi bộ có đông đảng viên sinh hoạt ở nhiều ca làm việc thì được chia thành tổ đảng theo ca.

3. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần.

T/M BAN THƯỜNG VỤ
Mạc Thị Xuân
"""

KH9 = """HUYỆN ỦY ĐỨC TRỌNG
Số 9-KH/HU
Đức Trọng, ngày 2 tháng 6 năm 2023

KẾ HOẠCH
thực hiện Thông báo kết luận số 41-KL/TU, ngày 20/5/2023 của Thường trực Tỉnh ủy

1. Các chi bộ trực thuộc phổ biến Thông báo kết luận đến toàn thể đảng viên trong tháng 7/2023.

T/M BAN THƯỜNG VỤ
Vi Văn Tường
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory, embedder):
    """A real index of six synthetic directives (none of them seen while tuning)."""
    from assistant.config import Settings
    from assistant.indexer import Indexer

    root = tmp_path_factory.mktemp("qpath")
    docs = root / "docs"
    docs.mkdir()
    for name, text in {
        "KL-27-KL-TW.txt": KL27,
        "NQ-27-NQ-TW.txt": NQ27,
        "TB-41-TB-TU.txt": TB41,
        "KH-9-KH-HU.txt": KH9,
        "HD-5-HD-KHT.txt": HD5,
        "QD-3-QD-DUK.txt": QD3,
    }.items():
        (docs / name).write_text(text, encoding="utf-8")
    settings = Settings.from_env(index_dir=root / "index", documents_dir=docs)
    Indexer(settings, embedder=embedder).update(docs)
    return settings


@pytest.fixture(scope="module")
def assistant(library, embedder):
    from assistant.api import Assistant

    return Assistant(library, embedder=embedder)


def _first_line(answer) -> str:
    return answer.text.splitlines()[0] if answer.text else ""


def _doc(assistant, stem: str):
    return next(d for d in assistant.documents() if Path(d.file).stem == stem)


# ------------------------------------------------------------------------------------------ identity


def test_same_number_other_type_is_another_document(assistant):
    kl, nq = _doc(assistant, "KL-27-KL-TW"), _doc(assistant, "NQ-27-NQ-TW")
    assert kl.meta.number == "27-KL/TW" and nq.meta.number == "27-NQ/TW"
    # the resolution never becomes a spelling of the conclusion, nor the other way round
    assert "27-KL/TW" not in nq.meta.number_aliases and "27-NQ/TW" not in kl.meta.number_aliases
    signer = _first_line(assistant.ask("Nghị quyết 27-NQ/TW do ai ký?"))
    assert "Đinh Ngọc Thạch" in signer and "Phạm Quang Vinh" not in signer
    signer = _first_line(assistant.ask("Ai ký Kết luận số 27-KL/TW?"))
    assert "Phạm Quang Vinh" in signer and "Đinh Ngọc Thạch" not in signer


def test_number_filter_keeps_the_type(library, embedder):
    from assistant.retrieve import Filters, Retriever

    hits = Retriever(library, embedder=embedder).search(
        "nghề dệt và khuyến học", k=10, filters=Filters(numbers=["27-NQ/TW"])
    )
    assert hits and {Path(h.chunk.file).stem for h in hits} == {"NQ-27-NQ-TW"}


def test_unresolved_type_links_by_number_and_issuer_marked_inferred(assistant):
    # The plan cites the notice as "41-KL/TU"; the notice is numbered 41-TB/TU. Same digits and issuer,
    # one candidate: linked, and the alias is marked as inferred, not made an identity.
    tb = _doc(assistant, "TB-41-TB-TU")
    assert "41-KL/TU" in tb.meta.number_aliases
    assert "number_aliases" in tb.meta.inferred
    hits = assistant.retriever.search("Văn bản nào triển khai Thông báo kết luận 41-KL/TU?", k=5)
    assert Path(hits[0].chunk.file).stem == "KH-9-KH-HU", [h.chunk.file for h in hits]


# ------------------------------------------------------------------------------------------ first line


def test_clause_without_deadline_says_so(assistant):
    answer = assistant.ask("Khi nào Trường Chính trị tỉnh phải sơ kết việc thực hiện thông báo?")
    first = _first_line(answer)
    assert first.startswith("Văn bản không nêu thời hạn cho việc này."), answer.text
    assert "quý III/2023" not in first and "30/6/2023" not in first
    assert not answer.abstained
    assert answer.fact_absent  # the asked fact is reported absent (eval: an abstention when unanswerable)


def test_deadline_of_the_body_asked_about(assistant):
    answer = assistant.ask("Ban Tuyên giáo Tỉnh hội phải biên soạn tài liệu xong trước ngày nào?")
    first = _first_line(answer)
    assert "15/8/2023" in first, first
    assert not answer.fact_absent
    first = _first_line(assistant.ask("Thời hạn Ban Xây dựng Đảng tổ chức tập huấn là khi nào?"))
    assert "30/6/2023" in first, first


def test_english_no_deadline_sentence(assistant):
    answer = assistant.ask(
        "By when must the provincial Political School review the implementation of the notice?"
    )
    assert not answer.text or "15/8/2023" not in _first_line(answer)


def test_notice_signer_not_cited_document_nor_copy_note(assistant):
    first = _first_line(assistant.ask("Thông báo 41-TB/TU do ai ký?"))
    assert "Hà Thị Loan" in first, first
    assert "Phạm Quang Vinh" not in first and "Lương Văn Khải" not in first
    # asking about the copy gives the copy's signer
    first = _first_line(assistant.ask("Bản sao lục Thông báo 41-TB/TU do ai ký?"))
    assert "Lương Văn Khải" in first, first


def test_quotes_are_few_and_skip_copy_notes(assistant):
    answer = assistant.ask("Thông báo 41-TB/TU giao những việc gì về khuyến học?")
    assert len(answer.citations) <= 6  # fact line + at most five quotes
    assert all("SAO LỤC" not in c.quote and "Nơi nhận" not in c.quote for c in answer.citations)


def test_condition_list_is_quoted_whole(assistant):
    answer = assistant.ask("Dòng họ cần những điều kiện gì để được công nhận dòng họ học tập tiêu biểu?")
    assert not answer.abstained
    quoted = " ".join(c.quote for c in answer.citations)
    for item in ("quỹ khuyến học", "bỏ học", "một phần ba", "cấp xã đề nghị"):
        assert item in quoted, answer.text


def test_can_question_quotes_the_special_case_first(assistant):
    answer = assistant.ask("Chi bộ làm việc theo nhiều ca có được chia thành tổ đảng không?")
    assert not answer.abstained and answer.citations
    assert "tổ đảng theo ca" in answer.citations[0].quote, answer.text


def test_meeting_date_is_not_the_issue_date(assistant):
    answer = assistant.ask("Ban Thường vụ Hội Khuyến học tỉnh họp ngày nào để thống nhất hướng dẫn?")
    assert not _first_line(answer).startswith(("Ngày ban hành", "Issued on")), answer.text
    assert any("28/3/2023" in c.quote for c in answer.citations), answer.text


# ------------------------------------------------------------------------------------------ any body


def test_duties_of_a_body_outside_the_registry(assistant):
    rows = assistant.obligations(org="Ban Xây dựng Đảng")
    assert rows and any("tập huấn" in r.task for r in rows)
    row = next(r for r in rows if "tập huấn" in r.task)
    assert row.lead == ["Ban Xây dựng Đảng"] and any("Văn phòng Tỉnh ủy" in c for c in row.coordinators)
    assert row.deadline is not None and "30/6/2023" in row.deadline.text
    school = assistant.obligations(org="Trường Chính trị tỉnh")
    assert school and "sơ kết" in school[0].task
    answer = assistant.ask("Ban Xây dựng Đảng phải làm gì?")
    assert not answer.abstained and "tập huấn" in answer.text


def test_obligations_cli_for_an_unregistered_body(library):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "obligations",
            "--org",
            "Ban Tuyên giáo Tỉnh hội",
            "--json",
            "--index",
            str(library.index_dir),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**__import__("os").environ, "ASSISTANT_DOCUMENTS": str(library.documents_dir)},
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert any("tài liệu tuyên truyền" in r["task"] for r in rows)


# ------------------------------------------------------------------------------------------ features


def test_every_feature_can_be_switched_off(library, embedder):
    from assistant.retrieve import FEATURES, Retriever

    assert len(FEATURES) >= 5
    question = "Ban Xây dựng Đảng tổ chức tập huấn trước ngày nào?"
    for name in FEATURES:
        settings = replace(library, disabled_features=frozenset({name}))
        hits = Retriever(settings, embedder=embedder).search(question, k=3)
        assert hits, name
