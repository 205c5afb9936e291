"""References whose type is qualified between the type and "số" (newcomer trial 6): "Chương trình phối hợp
số 05/CTr-MTTQ-HND", "Kế hoạch liên tịch số 03/KHLT-...", "Hướng dẫn liên ngành số 07/HDLN-...", and codes
whose official spelling ends in a lower-case letter ("CTr"). Read through ``load_file`` + ``parse`` on a
plan written here, and asked through ``Assistant`` over it, indexed for real."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import assistant_over, first_line

PLAN = """ỦY BAN MTTQ VIỆT NAM XÃ HÒA LỢI
BAN THƯỜNG TRỰC
Số: 14/KH-MTTQ-BTT
Hòa Lợi, ngày 22 tháng 3 năm 2026

KẾ HOẠCH
Phối hợp tuyên truyền về bảo vệ môi trường năm 2026

Căn cứ Chương trình phối hợp số 05/CTr-MTTQ-HND ngày 10/01/2026 giữa Ban Thường trực Ủy ban MTTQ xã và \
Hội Nông dân xã về bảo vệ môi trường; Kế hoạch liên tịch số 03/KHLT-MTTQ-PN ngày 12/01/2026 của Ban Thường \
trực Ủy ban MTTQ xã và Hội Liên hiệp Phụ nữ xã; Hướng dẫn liên ngành số 07/HDLN-MTTQ-UBND ngày 15/02/2026 \
của Ban Thường trực Ủy ban MTTQ huyện và Ủy ban nhân dân huyện, Ban Thường trực xây dựng Kế hoạch như sau:

1. Hội Nông dân xã tuyên truyền về thu gom bao bì thuốc bảo vệ thực vật trước ngày 30/4/2026.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Văn An
"""


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("qualified_refs") / "KH-14-MTTQ-Hoa-Loi.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_qualified_types_are_references_with_their_type_and_date(plan_file):
    doc = parse(load_file(plan_file), plan_file.name)
    refs = {r.number: r for r in doc.meta.references}
    assert set(refs) == {"05/CTr-MTTQ-HND", "03/KHLT-MTTQ-PN", "07/HDLN-MTTQ-UBND"}, refs
    assert (refs["05/CTr-MTTQ-HND"].doc_type, refs["05/CTr-MTTQ-HND"].date) == ("Chương trình", "2026-01-10")
    assert (refs["03/KHLT-MTTQ-PN"].doc_type, refs["03/KHLT-MTTQ-PN"].date) == ("Kế hoạch", "2026-01-12")
    assert (refs["07/HDLN-MTTQ-UBND"].doc_type, refs["07/HDLN-MTTQ-UBND"].date) == ("Hướng dẫn", "2026-02-15")
    assert refs["05/CTr-MTTQ-HND"].text.startswith("Chương trình phối hợp số"), refs["05/CTr-MTTQ-HND"].text


def test_a_mixed_case_code_does_not_hide_the_documents_own_number(tmp_path):
    path = tmp_path / "CTr-08.txt"
    path.write_text(PLAN.replace("Số: 14/KH-MTTQ-BTT", "Số: 08-CTr/ĐU").replace("KẾ HOẠCH", "CHƯƠNG TRÌNH"))
    doc = parse(load_file(path), path.name)
    assert doc.meta.number == "08-CTr/ĐU", doc.meta


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):
    return assistant_over(tmp_path_factory.mktemp("qualified_refs_ask"), embedder, {"KH-14.txt": PLAN})


def test_what_the_plan_is_based_on_names_the_qualified_documents(assistant):
    answer = assistant.ask("Kế hoạch 14/KH-MTTQ-BTT căn cứ vào văn bản nào?")
    first = first_line(answer)
    assert first.startswith("Căn cứ, thực hiện:"), answer.text
    for number in ("05/CTr-MTTQ-HND", "03/KHLT-MTTQ-PN", "07/HDLN-MTTQ-UBND"):
        assert number in first, answer.text
