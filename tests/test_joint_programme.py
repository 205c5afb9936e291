"""Joint documents whose type line or number says "phối hợp" ("CHƯƠNG TRÌNH PHỐI HỢP", "…/CTrPH-MTTQ-UBND")
with both bodies stacked in one letterhead cell (each with its organ under it, a rule of dashes between
them) and one signature column per body, side by side (trial 28: the issuer was a blend of the two bodies,
the second signer was lost and the second column became a section that swallowed "Nơi nhận").

Written here as a Word file, a PDF printed from it by LibreOffice, plain text laid out with spaces and a
web page with tables; each must give both bodies as the issuer, each column's signer with its own
capacity, and the recipients; through ``load_file`` + ``parse``, ``inspect`` and a real ``Assistant``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.loaders import load_file
from assistant.parse import parse
from tests.conftest import assistant_over, first_line, soffice_convert

# Two joint documents: (left letterhead cell, type line, subject, signature columns left to right,
# issuer expected, cosigners expected). In the first the second body signs first (left column) and the
# first body's capacity wraps over two lines; the second is joint by its type line and its two columns.
VARIANTS = {
    "mttq": {
        "head": [
            "ỦY BAN MTTQ VIỆT NAM", "XÃ HÒA PHONG", "BAN THƯỜNG TRỰC", "-------", "ỦY BAN NHÂN DÂN",
            "XÃ HÒA PHONG", "Số: 07/CTrPH-MTTQ-UBND",
        ],
        "place": "Hòa Phong, ngày 02 tháng 6 năm 2030",
        "type": "CHƯƠNG TRÌNH PHỐI HỢP",
        "subject": "Về giữ gìn vệ sinh môi trường khu dân cư năm 2030",
        "columns": [
            ["TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "(đã ký)", "Đinh Công Lực"],
            ["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "(đã ký)", "Phan Thị Ngát"],
        ],
        "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Phong - Ủy ban nhân dân xã Hòa Phong",
        "signer": ("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Đinh Công Lực"),
        "cosigners": [("TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "Phan Thị Ngát")],
    },
    "hpn": {
        "head": [
            "HỘI LIÊN HIỆP PHỤ NỮ", "HUYỆN KIM SƠN", "BAN THƯỜNG VỤ", "***", "PHÒNG Y TẾ", "HUYỆN KIM SƠN",
            "Số: 12/KH-HLHPN-PYT",
        ],
        "place": "Kim Sơn, ngày 20 tháng 8 năm 2030",
        "type": "KẾ HOẠCH PHỐI HỢP",
        "subject": "Tuyên truyền chăm sóc sức khỏe sinh sản cho phụ nữ năm 2030",
        "columns": [
            ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(đã ký)", "Trịnh Thu Hà"],
            ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "(đã ký)", "Vũ Văn Kiên"],
        ],
        "issuer": "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Kim Sơn - Phòng y tế huyện Kim Sơn",
        "signer": ("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Trịnh Thu Hà"),
        "cosigners": [("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Vũ Văn Kiên")],
    },
}  # fmt: skip
BODY = [
    "Căn cứ Quy chế phối hợp công tác giữa hai bên, thống nhất ban hành văn bản như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Phát huy vai trò của hai bên trong vận động Nhân dân thực hiện.",
    "II. NỘI DUNG",
    "1. Mỗi quý tổ chức ít nhất một đợt ra quân tại các thôn.",
    "2. Hai bên tổng hợp kết quả trước ngày 15/12/2030.",
]
RECIPIENTS = ["Thường trực Đảng ủy (b/c);", "Các thôn, tổ dân phố;", "Lưu: VT."]
RECIPIENT_NAMES = ["Thường trực Đảng ủy (b/c)", "Các thôn, tổ dân phố", "Lưu: VT"]


def _docx(path: Path, variant: str) -> Path:
    import docx

    v = VARIANTS[variant]
    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "\n".join(v["head"])
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + v["place"]
    for line in [v["type"], v["subject"], *BODY]:
        d.add_paragraph(line)
    sign = d.add_table(rows=1, cols=2)
    for n, column in enumerate(v["columns"]):
        sign.cell(0, n).text = "\n".join(column)
    d.add_paragraph("Nơi nhận:")
    for r in RECIPIENTS:
        d.add_paragraph(f"- {r}")
    d.save(str(path))
    return path


def _pdf(path: Path, variant: str) -> Path:
    return soffice_convert(_docx(path.with_suffix(".docx"), variant), "pdf")


def _side_by_side(left: list[str], right: list[str], width: int, sep: str = "") -> list[str]:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [(a.center(width) + sep + b.center(width)).rstrip() for a, b in zip(left, right, strict=True)]


def _tabbed(left: list[str], right: list[str]) -> list[str]:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [f"{a}\t{b}".rstrip("\t") for a, b in zip(left, right, strict=True)]


def _txt(path: Path, variant: str, tabs: bool = False) -> Path:
    """Plain text laid out with spaces (or, ``tabs``, a tab between the cells as Word saves a table as
    text): the letterhead's two columns and the two signature columns."""
    v = VARIANTS[variant]
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "", "", "", v["place"]]
    columns = _tabbed if tabs else lambda a, b: _side_by_side(a, b, 44)
    lines = [*columns(v["head"], motto), "", v["type"], v["subject"], "", *BODY, ""]
    lines += columns(*v["columns"])
    lines += ["", "Nơi nhận:", *(f"- {r}" for r in RECIPIENTS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _html(path: Path, variant: str) -> Path:
    v = VARIANTS[variant]
    cell = lambda lines: "<td>" + "<br>".join(f"<b>{x}</b>" for x in lines) + "</td>"  # noqa: E731
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", v["place"]]
    page = [
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>',
        f"<table><tr>{cell(v['head'])}{cell(motto)}</tr></table>",
        f'<p style="text-align:center"><b>{v["type"]}</b></p>',
        f'<p style="text-align:center"><b>{v["subject"]}</b></p>',
        *(f"<p>{x}</p>" for x in BODY),
        f"<table><tr>{''.join(cell(c) for c in v['columns'])}</tr></table>",
        "<p><b><i>Nơi nhận:</i></b></p>",
        *(f"<p>- {r}</p>" for r in RECIPIENTS),
        "</body></html>",
    ]
    path.write_text("\n".join(page), encoding="utf-8")
    return path


def _tsv(path: Path, variant: str) -> Path:
    return _txt(path.with_name(path.stem + "-tabs.txt"), variant, tabs=True)


MAKERS = {".docx": _docx, ".pdf": _pdf, ".txt": _txt, "tabs.txt": _tsv, ".html": _html}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("ext", sorted(MAKERS))
def test_both_bodies_issue_and_each_column_signs(tmp_path: Path, ext: str, variant: str) -> None:
    path = MAKERS[ext](tmp_path / f"joint{ext}", variant)
    doc = parse(load_file(path), str(path))
    m, v = doc.meta, VARIANTS[variant]
    assert m.issuer == v["issuer"], m
    assert (m.signer_capacity, m.signer_title, m.signer) == v["signer"], m
    assert [(c.capacity, c.title, c.name) for c in m.cosigners] == v["cosigners"], m
    assert m.recipients == RECIPIENT_NAMES, m
    # the second column is the signature, never a section of the text
    headings = [s.title or "" for s in doc.sections]
    assert not any("MTTQ" in h.upper() or "PHÒNG" in h.upper() for h in headings), headings


def test_inspect_of_the_printed_pdf_lists_both_signers(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from assistant.cli import main

    path = _pdf(tmp_path / "CTrPH-07.pdf", "mttq")
    result = CliRunner().invoke(main, ["inspect", str(path), "--json"])
    assert result.exit_code == 0, result.output
    meta = json.loads(result.output)["meta"]
    v = VARIANTS["mttq"]
    assert meta["issuer"] == v["issuer"], meta
    assert [(c["capacity"], c["title"], c["name"]) for c in meta["cosigners"]] == v["cosigners"], meta


@pytest.fixture(scope="module")
def programme_assistant(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("programme")
    made = root / "made"
    made.mkdir()
    return assistant_over(
        root,
        embedder,
        {
            "CTrPH-07-ve-sinh.docx": _docx(made / "CTrPH-07.docx", "mttq"),
            "KH-12-suc-khoe.txt": _txt(made / "KH-12.txt", "hpn"),
        },
    )


def test_who_signed_a_joint_programme_names_both_signers(programme_assistant) -> None:
    line = first_line(programme_assistant.ask("Ai ký chương trình phối hợp số 07?"))
    assert "Đinh Công Lực" in line and "Phan Thị Ngát" in line, line
    line = first_line(programme_assistant.ask("Who signed programme 07/CTrPH-MTTQ-UBND?"))
    assert "Đinh Công Lực" in line and "Phan Thị Ngát" in line, line


def test_who_signed_for_one_body_names_that_bodys_signer(programme_assistant) -> None:
    line = first_line(programme_assistant.ask("Bên Mặt trận ai ký chương trình phối hợp số 07?"))
    assert "Phan Thị Ngát" in line and "Đinh Công Lực" not in line, line
    line = first_line(programme_assistant.ask("Ủy ban nhân dân xã ai ký chương trình phối hợp số 07?"))
    assert "Đinh Công Lực" in line and "Phan Thị Ngát" not in line, line
    line = first_line(programme_assistant.ask("Phòng Y tế ai ký kế hoạch phối hợp số 12?"))
    assert "Vũ Văn Kiên" in line and "Trịnh Thu Hà" not in line, line


def test_issuer_of_a_joint_programme_is_both_bodies(programme_assistant) -> None:
    answer = programme_assistant.ask("Chương trình phối hợp số 07 do cơ quan nào ban hành?")
    line = first_line(answer)
    assert "Ủy ban MTTQ Việt Nam xã Hòa Phong" in line and "Ủy ban nhân dân xã Hòa Phong" in line, answer.text
    assert "Ban Thường trực Ủy ban nhân dân" not in answer.text, answer.text


# Signature columns of unequal length with the names set apart by the blank lines left for signing: the
# left column longer (its capacity wraps, its name alone below a blank line), the same mirrored, and both
# names on one line below a blank line. Each column's capacity, title and name must stay together.
SPACED_SIGNATURES = {
    "left-longer": (
        ["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "(đã ký)", "", "Phan Thị Ngát"],
        ["TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "(đã ký)", "Đinh Công Lực"],
    ),
    "right-longer": (
        ["TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "(đã ký)", "Đinh Công Lực"],
        ["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "(đã ký)", "", "Phan Thị Ngát"],
    ),
    "names-apart": (
        ["TM. BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "(đã ký)", "", "Phan Thị Ngát"],
        ["TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "(đã ký)", "", "", "Đinh Công Lực"],
    ),
}
FRONT = ("TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "Phan Thị Ngát")
COMMUNE = ("TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH", "Đinh Công Lực")


def _unequal(path: Path, layout: str) -> Path:
    """The "mttq" programme with the signature columns of ``layout``, in the format of ``path``'s suffix
    (text laid out with spaces for .txt and .md, a Word table, a web page's table)."""
    v = dict(VARIANTS["mttq"], columns=list(SPACED_SIGNATURES[layout]))
    VARIANTS[f"mttq-{layout}"] = v
    try:
        if path.suffix == ".docx":
            return _docx(path, f"mttq-{layout}")
        if path.suffix == ".html":
            return _html(path, f"mttq-{layout}")
        return _txt(path, f"mttq-{layout}")
    finally:
        del VARIANTS[f"mttq-{layout}"]


@pytest.mark.parametrize("layout", sorted(SPACED_SIGNATURES))
@pytest.mark.parametrize("ext", [".txt", ".md", ".docx", ".html"])
def test_unequal_signature_columns_keep_each_signer_with_its_capacity(
    tmp_path: Path, ext: str, layout: str
) -> None:
    path = _unequal(tmp_path / f"joint{ext}", layout)
    m = parse(load_file(path), str(path)).meta
    first, second = (FRONT, COMMUNE) if SPACED_SIGNATURES[layout][0][0] == FRONT[0][:19] else (COMMUNE, FRONT)
    assert (m.signer_capacity, m.signer_title, m.signer) == first, m
    assert [(c.capacity, c.title, c.name) for c in m.cosigners] == [second], m


@pytest.fixture(scope="module")
def unequal_assistant(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("unequal")
    made = root / "made"
    made.mkdir()
    return assistant_over(root, embedder, {"CTrPH-07.txt": _unequal(made / "CTrPH-07.txt", "left-longer")})


def test_who_signed_for_the_front_with_the_longer_column(unequal_assistant) -> None:
    line = first_line(unequal_assistant.ask("Bên Mặt trận ai ký chương trình phối hợp số 07?"))
    assert "Phan Thị Ngát" in line and "Đinh Công Lực" not in line, line
    line = first_line(unequal_assistant.ask("Ủy ban nhân dân xã ai ký chương trình phối hợp số 07?"))
    assert "Đinh Công Lực" in line and "Phan Thị Ngát" not in line, line


def test_a_title_alone_below_a_spaced_letterhead_is_no_column(tmp_path: Path) -> None:
    """Only a signing column takes a line below its blank lines: the type line set apart under the
    letterhead (left-aligned, as portal exports write it) stays the document's title."""
    v = VARIANTS["mttq"]
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "", "", "", v["place"]]
    lines = [*_side_by_side(v["head"], motto, 44), "", "KẾ HOẠCH PHỐI HỢP", "", v["subject"], "", *BODY, ""]
    lines += _side_by_side(*SPACED_SIGNATURES["left-longer"], 44)
    path = tmp_path / "KH-07.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    m = parse(load_file(path), str(path)).meta
    assert m.doc_type == "Kế hoạch" and m.title == v["subject"], m
    assert (m.signer_capacity, m.signer_title, m.signer) == FRONT, m
    assert [(c.capacity, c.title, c.name) for c in m.cosigners] == [COMMUNE], m
