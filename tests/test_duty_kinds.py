"""Duty kinds from the newcomer trials of 2026-11-30 (issue 11, part 6), on documents written here and read
through ``load_file`` + ``parse`` + ``extract_obligations`` (and ``Assistant`` where the first line matters):

- a body chosen as the pilot that then acts ("X được chọn làm điểm, tổ chức ... trước ngày ...") has that
  duty and that deadline;
- a sentence whose subject is an event scheduled by "dự kiến / sẽ được tổ chức" ("Hội nghị ... dự kiến tổ
  chức vào tháng 9") is no body's duty, and its date is no body's deadline;
- "X chủ trì, phối hợp với Y <task>" keeps Y as partner when Y is a body outside the registry named by its
  head ("Hợp tác xã ...", "Ngân hàng ..."); "X phối hợp với Y <task>" keeps X responsible, in text and PDF;
- the place-and-date line and the signature of a portal page (its header table placed anywhere) are no
  duty, and an article's provision ("Điều 2. X chủ trì ...") is read as its body's duty;
- a range "từ 01/6 đến 30/7/2026" is the whole time of the duty, start and end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.models import Document, Obligation
from assistant.obligations import extract_obligations
from assistant.parse import parse
from tests.conftest import assistant_over, first_line, write_paragraphs

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _doc(path: Path) -> Document:
    return parse(load_file(path), str(path))


def _rows(path: Path) -> list[Obligation]:
    return extract_obligations(_doc(path))


PORTAL = """<html><head><meta charset="utf-8">
<title>Quyết định khen thưởng - Hội Nông dân huyện Đông Sơn</title></head><body>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/vb">Văn bản</a></div>
<p align="center"><b>QUYẾT ĐỊNH</b><br><b>Về việc khen thưởng chi hội xuất sắc năm 2026</b></p>
<p align="center"><b>BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN ĐÔNG SƠN</b></p>
<p>Căn cứ Điều lệ Hội Nông dân Việt Nam;</p>
<p align="center"><b>QUYẾT ĐỊNH:</b></p>
<p>Điều 1. Tặng Giấy khen cho 12 chi hội có thành tích xuất sắc năm 2026.</p>
<p>Điều 2. Văn phòng Hội Nông dân huyện chủ trì, phối hợp với Hội Nông dân các xã trao thưởng trước ngày
30/10/2026.</p>
<table class="doc-header"><tr>
<td>HỘI NÔNG DÂN TỈNH LAM ĐIỀN<br>BCH HỘI NÔNG DÂN HUYỆN ĐÔNG SƠN<br>Số: 77-QĐ/HND</td>
<td>HỘI NÔNG DÂN VIỆT NAM<br><i>Bảo Thắng, ngày 12 tháng 9 năm 2026</i></td></tr></table>
<table><tr><td><b><i>Nơi nhận:</i></b><br>- Như Điều 2;<br>- Lưu VP.</td>
<td align="center"><b>T/M BAN THƯỜNG VỤ<br>CHỦ TỊCH</b><br><br><b>Phạm Văn Lộc</b></td></tr></table>
</body></html>"""


def test_portal_date_line_and_signature_are_no_duty_and_an_article_is(tmp_path: Path) -> None:
    path = tmp_path / "qd77.html"
    path.write_text(PORTAL, encoding="utf-8")
    rows = _rows(path)
    assert not [r for r in rows if "ngày 12 tháng 9" in r.text or "CHỦ TỊCH" in r.task], rows
    (row,) = rows
    assert row.lead == ["Văn phòng Hội Nông dân huyện"] and row.coordinators == ["Hội Nông dân các xã"]
    assert row.task.startswith("Trao thưởng") and row.deadline and row.deadline.end == "2026-10-30"


LETTER = [
    "HỘI CỰU CHIẾN BINH TỈNH LAM ĐIỀN",
    "HỘI CCB HUYỆN ĐÔNG SƠN",
    "Số: 52/CV-CCB",
    "Đông Sơn, ngày 04 tháng 5 năm 2026",
    "V/v sơ kết mô hình tổ hội kiểu mẫu",
    "Kính gửi: Ban Thường vụ Hội Cựu chiến binh các xã, thị trấn.",
    "Ban Thường vụ Hội Cựu chiến binh huyện đề nghị Ban Thường vụ Hội Cựu chiến binh các xã, thị trấn thực "
    "hiện một số nội dung sau:",
    "1. Rà soát tổ hội, gửi báo cáo về Văn phòng Hội huyện trước ngày 25/5/2026.",
    "2. Hội Cựu chiến binh xã Hòa Lợi được chọn làm điểm, tổ chức sơ kết mô hình trước ngày 20/6/2026 để các "
    "cơ sở đến dự, học tập.",
    "3. Chi hội Cựu chiến binh thôn Bến Giang được giao xây dựng vườn mẫu trong tháng 7/2026.",
    "Hội nghị sơ kết mô hình cấp huyện dự kiến tổ chức vào tháng 9/2026 tại Hội trường Huyện ủy. Lễ tuyên "
    "dương điển hình sẽ được tổ chức trong tháng 10/2026.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VP.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Trần Văn Khang",
]


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_a_chosen_body_acts_and_a_scheduled_event_is_nobodys_duty(tmp_path: Path, suffix: str) -> None:
    rows = _rows(write_paragraphs(tmp_path / f"cv52{suffix}", LETTER))
    pilot = [r for r in rows if r.responsible == ["Hội Cựu chiến binh xã Hòa Lợi"]]
    assert len(pilot) == 1 and "sơ kết mô hình" in pilot[0].task, rows
    assert pilot[0].deadline and pilot[0].deadline.end == "2026-06-20"
    (garden,) = [r for r in rows if r.responsible == ["Chi hội Cựu chiến binh thôn Bến Giang"]]
    assert "vườn mẫu" in garden.task and garden.deadline and garden.deadline.end == "2026-07-31"
    assert not [r for r in rows if "Hội nghị" in r.text or "Lễ tuyên dương" in r.text], rows
    assert not [r for r in rows if r.deadline and r.deadline.end in ("2026-09-30", "2026-10-31")]


def test_first_line_of_a_chosen_body_is_its_own_deadline(tmp_path: Path, embedder) -> None:
    assistant = assistant_over(tmp_path, embedder, {"cv52.txt": "\n\n".join(LETTER) + "\n"})
    answer = assistant.ask("Hội Cựu chiến binh xã Hòa Lợi phải tổ chức sơ kết mô hình trước ngày nào?")
    assert first_line(answer).startswith("Thời hạn: trước ngày 20/6/2026"), answer.text
    answer = assistant.ask("Hội Cựu chiến binh các xã phải tổ chức sơ kết trước ngày nào?")
    assert "9/2026" not in first_line(answer), answer.text


def test_a_span_of_days_is_the_whole_time_of_the_duty(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    head = ("HUYỆN ĐOÀN ĐÔNG SƠN", "Số: 61-KH/HĐTN", "KẾ HOẠCH", "Chiến dịch hè 2026", "II. NỘI DUNG")
    for line in head:
        d.add_paragraph(line)
    table = d.add_table(rows=3, cols=5)
    cells = [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        ["1", "Sửa chữa 04 cây cầu dân sinh", "Đoàn xã Hòa Lợi", "Hội Nông dân xã Hòa Lợi",
         "Từ 01/6 đến 30/7/2026"],
        ["2", "Mở lớp học bơi cho thiếu nhi", "Đoàn thị trấn Đông Sơn", "Trung tâm Văn hóa huyện",
         "Từ tháng 6 đến hết tháng 8/2026"],
    ]
    for row, values in zip(table.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Các cơ sở Đoàn trồng cây xanh, thời gian từ ngày 15/5/2026 đến ngày 31/5/2026")
    path = tmp_path / "kh61.docx"
    d.save(str(path))
    spans = {r.task[:20]: (r.deadline.start, r.deadline.end) for r in _rows(path) if r.deadline}
    assert spans == {
        "Sửa chữa 04 cây cầu ": ("2026-06-01", "2026-07-30"),
        "Mở lớp học bơi cho t": ("2026-06-01", "2026-08-31"),
        "Trồng cây xanh, thời": ("2026-05-15", "2026-05-31"),
    }


NOTICE = [
    "ĐẢNG ỦY XÃ TÂN PHÚ",
    "Số 40-TB/ĐU",
    "Tân Phú, ngày 05 tháng 4 năm 2026",
    "THÔNG BÁO KẾT LUẬN",
    "của Ban Thường vụ Đảng ủy về phòng, chống hạn",
    "I. NHIỆM VỤ TRỌNG TÂM",
    "1. Hội Liên hiệp Phụ nữ xã phối hợp với Ngân hàng Chính sách xã hội huyện rà soát các tổ tiết kiệm và "
    "vay vốn, báo cáo Ban Thường vụ trước ngày 30/5/2026.",
    "2. Ủy ban nhân dân xã chủ trì, phối hợp với Hợp tác xã nông nghiệp Tân Phú hoàn thành nạo vét 3 km kênh "
    "nội đồng trước ngày 20/4/2026.",
    "3. Hội Nông dân xã phối hợp với Trường tiểu học Kim Đồng tổ chức ngày hội trồng cây trong tháng 5/2026.",
    "T/M BAN THƯỜNG VỤ",
    "PHÓ BÍ THƯ",
    "Lê Văn Tâm",
]


def _pdf(path: Path, lines: list[str], width: float) -> Path:
    from fpdf import FPDF

    if not Path(FONT).is_file():
        pytest.skip("DejaVu Sans (fonts-dejavu-core) not installed")
    pdf = FPDF()
    pdf.add_font("dv", "", FONT)
    pdf.set_font("dv", size=12)
    pdf.add_page()
    for line in lines:
        pdf.multi_cell(width, 7, line)
        pdf.ln(2)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("form", [".txt", ".docx", "pdf-wide", "pdf-narrow"])
def test_partners_outside_the_registry_and_who_is_responsible(tmp_path: Path, form: str) -> None:
    if form.startswith("pdf"):  # lines wrapped at different words: the roles must not depend on it
        path = _pdf(tmp_path / "tb40.pdf", NOTICE, 0 if form == "pdf-wide" else 75)
    else:
        path = write_paragraphs(tmp_path / f"tb40{form}", NOTICE)
    rows = {r.text[:2]: r for r in _rows(path)}
    bank = rows["1."]
    assert bank.lead == [] and bank.responsible == ["Hội Liên hiệp Phụ nữ xã"]
    assert bank.coordinators == ["Ngân hàng Chính sách xã hội huyện"] and bank.task.startswith("Rà soát")
    dredge = rows["2."]
    assert dredge.lead == ["Ủy ban nhân dân xã"] and dredge.coordinators == ["Hợp tác xã nông nghiệp Tân Phú"]
    assert dredge.task.startswith("Hoàn thành nạo vét") and dredge.deadline.end == "2026-04-20"
    trees = rows["3."]
    assert trees.responsible == ["Hội Nông dân xã"] and trees.coordinators == ["Trường tiểu học Kim Đồng"]


def test_csv_puts_who_acts_before_the_partners(tmp_path: Path) -> None:
    import csv
    import io

    from click.testing import CliRunner

    from assistant.cli import main

    docs = tmp_path / "docs"
    docs.mkdir()
    _pdf(docs / "tb40.pdf", NOTICE, 0)
    result = CliRunner().invoke(
        main, ["obligations", "--index", str(tmp_path / "idx"), "--documents", str(docs), "--csv"]
    )
    assert result.exit_code == 0, result.output
    table = list(csv.reader(io.StringIO(result.stdout_bytes.decode("utf-8-sig"))))
    header, rows = table[0], table[1:]
    bank = next(r for r in rows if r[header.index("task")].startswith("Rà soát"))
    acting = [bank[header.index(c)] for c in header[header.index("task") + 1 :] if bank[header.index(c)]]
    assert acting[:2] == ["Hội Liên hiệp Phụ nữ xã", "Ngân hàng Chính sách xã hội huyện"], acting
    assert header.index("responsible") < header.index("coordinators")


def test_grassroots_units_of_an_association_are_a_subject(tmp_path: Path) -> None:
    lines = [
        "HỘI CỰU CHIẾN BINH HUYỆN ĐÔNG SƠN",
        "Số: 30/BC-CCB",
        "Đông Sơn, ngày 05 tháng 7 năm 2026",
        "BÁO CÁO",
        "Sơ kết 6 tháng đầu năm 2026",
        "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        "1. Các cơ sở Hội hoàn thành việc rà soát hội viên nghèo, cận nghèo, gửi danh sách về Văn phòng Hội "
        "huyện trước ngày 15/8/2026.",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Lê Văn An",
    ]
    (row,) = _rows(write_paragraphs(tmp_path / "bc30.txt", lines))
    assert row.responsible == ["Các cơ sở Hội"] and row.task.startswith("Hoàn thành việc rà soát")
    assert row.deadline and row.deadline.end == "2026-08-15"


def test_bodies_a_plan_asks_to_act_in_its_implementation_part(tmp_path: Path) -> None:
    lines = [
        "ỦY BAN MTTQ VIỆT NAM XÃ TÂN PHÚ",
        "Số: 21/KH-MTTQ",
        "KẾ HOẠCH",
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
        "I. MỤC ĐÍCH",
        "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Đề nghị Ủy ban nhân dân xã bố trí kinh phí hỗ trợ các thôn và chỉ đạo Công an xã bảo đảm "
        "an ninh.",
        "2. Đề nghị Đoàn Thanh niên xã phối hợp",
        "- Phối hợp chặt chẽ với Ban công tác Mặt trận các thôn tổ chức hoạt động văn nghệ.",
        "- Vận động đoàn viên tham gia dọn vệ sinh khu dân cư.",
    ]
    rows = _rows(write_paragraphs(tmp_path / "kh21.docx", lines))
    funds = [r for r in rows if r.task.startswith("Bố trí kinh phí")]
    assert [r.responsible for r in funds] == [["Ủy ban nhân dân xã"]], rows
    youth = [r for r in rows if r.responsible == ["Đoàn Thanh niên xã"]]
    assert [r.task[:19] for r in youth] == ["Tổ chức hoạt động v", "Vận động đoàn viên "], youth
    assert youth[0].coordinators == ["Ban công tác Mặt trận các thôn"]


def test_a_clause_that_only_adds_the_time_dates_the_task_before_it(tmp_path: Path) -> None:
    lines = [
        "HUYỆN ĐOÀN ĐÔNG SƠN",
        "Số: 08-HD/HĐTN",
        "HƯỚNG DẪN",
        "Tổ chức Tháng Thanh niên năm 2026",
        "II. NỘI DUNG HOẠT ĐỘNG",
        "2. Chuyển đổi số: Mỗi Đoàn xã, thị trấn thành lập ít nhất 01 tổ hỗ trợ người dân dùng dịch vụ công "
        "trực tuyến, hướng dẫn cài đặt ứng dụng định danh; hoàn thành trước ngày 28/3/2026.",
    ]
    (row,) = _rows(write_paragraphs(tmp_path / "hd08.txt", lines))
    assert row.task.startswith("Thành lập ít nhất 01 tổ") and row.task.endswith("trước ngày 28/3/2026")
    assert row.deadline and row.deadline.end == "2026-03-28"
    # the duty's text, which a duties answer quotes, carries its time too
    assert row.text.endswith("hoàn thành trước ngày 28/3/2026."), row.text
