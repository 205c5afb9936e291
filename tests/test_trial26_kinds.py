"""Kinds of faults from newcomer trial 26, each checked on a resolution written here in every format (TXT,
MD, HTML, DOCX, DOC, PDF), indexed for real and asked through ``Assistant``. Names, places and dates are
invented.

- a bare follow-up naming another body by its units ("Còn các chi bộ thôn?") asks about that body, the
  units with it: the registry's name alone ("chi bộ") kept the previous body's place and found another
  item's deadline;
- a body's name stops before a verb: "Hợp tác xã Đồng Tiến" + "thành lập", not "... Đồng Tiến thành" (a
  lower-case syllable that starts a verb is no part of a capitalised proper name), in the first line and the
  obligations table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assistant_over, first_line, soffice_convert, write_docx, write_pdf_lines

RESOLUTION = [
    "ĐẢNG BỘ HUYỆN BẮC SƠN",
    "ĐẢNG ỦY XÃ ĐỒNG TIẾN",
    "Số: 21-NQ/ĐU",
    "Đồng Tiến, ngày 12 tháng 3 năm 2031",
    "NGHỊ QUYẾT",
    "Về phát triển chăn nuôi an toàn sinh học trên địa bàn xã",
    "I. MỤC TIÊU",
    "Đến năm 2033 có ít nhất 60% hộ chăn nuôi áp dụng quy trình an toàn sinh học.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết, trình Ban Thường vụ Đảng ủy trước ngày "
    "20/4/2031.",
    "2. Hội Cựu chiến binh xã chủ trì, phối hợp với Hợp tác xã Đồng Tiến thành lập 03 tổ hợp tác chăn nuôi "
    "trong năm 2031.",
    "3. Các chi bộ thôn ban hành nghị quyết chuyên đề để lãnh đạo thực hiện tại thôn, hoàn thành trước ngày "
    "30/5/2031.",
    "4. Ủy ban Kiểm tra Đảng ủy xã giám sát việc thực hiện Nghị quyết ở các chi bộ.",
    "5. Văn phòng Đảng ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Đảng ủy kết quả thực hiện trước ngày "
    "15/12 hằng năm.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Lương Văn Khải",
]


def _html(lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"<html><head><meta charset='utf-8'><title>Nghị quyết</title></head><body>{body}</body></html>"


def write_formats(root: Path, stem: str, lines: list[str], fmt: str) -> Path:
    """``lines`` (one paragraph each) written as ``fmt``: a text export, Markdown, a web page, a Word file,
    a Word 97 file (LibreOffice) or a PDF."""
    path = root / f"{stem}.{fmt}"
    if fmt in ("txt", "md"):
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    elif fmt == "html":
        path.write_text(_html(lines), encoding="utf-8")
    elif fmt == "docx":
        write_docx(path, lines)
    elif fmt == "doc":
        write_docx(root / f"{stem}.docx", lines)
        soffice_convert(root / f"{stem}.docx", "doc")
        (root / f"{stem}.docx").unlink()
    else:
        write_pdf_lines(path, lines)
    return path


FORMATS = ["txt", "md", "html", "docx", "doc", "pdf"]


@pytest.fixture(scope="module", params=FORMATS)
def resolution(request, tmp_path_factory, embedder):
    src = tmp_path_factory.mktemp(f"t26_src_{request.param}")
    path = write_formats(src, "NQ21-DU", RESOLUTION, request.param)
    return assistant_over(tmp_path_factory.mktemp(f"t26_nq_{request.param}"), embedder, {path.name: path})


@pytest.mark.parametrize("bare", ["Còn các chi bộ thôn?", "Còn chi bộ thôn thì sao?"])
def test_a_bare_follow_up_naming_units_asks_about_them(resolution, bare):
    previous = "Ủy ban Kiểm tra Đảng ủy xã Đồng Tiến được giao gì, có thời hạn không?"
    answer = resolution.ask(bare, history=[previous])
    assert "chi bộ thôn" in (answer.resolved_question or "").lower(), answer.resolved_question
    # never the office's yearly report date (another item of the same part) as the first line
    assert "15/12" not in first_line(answer), answer.text
    assert any("Các chi bộ thôn ban hành" in c.quote for c in answer.citations), answer.text


def test_a_partner_name_stops_before_the_verb(resolution):
    answer = resolution.ask("Đơn vị nào chủ trì thành lập tổ hợp tác chăn nuôi và phối hợp với ai?")
    first = first_line(answer)
    assert "Hợp tác xã Đồng Tiến" in first and "Đồng Tiến thành" not in first, answer.text
    rows = [r for r in resolution.obligations() if "03 tổ hợp tác" in r.text]
    names = [n for r in rows for n in [*r.lead, *r.coordinators, *r.responsible]]
    assert "Hợp tác xã Đồng Tiến" in names and not any(n.endswith("thành") for n in names), names
