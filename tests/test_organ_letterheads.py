"""A letterhead whose left column prints the organisation's name over its organ ("ĐOÀN TNCS HỒ CHÍ MINH" /
"BCH HUYỆN VĨNH KHÊ"): the organisation's name is not the motto there, and the issuer is the organ of that
organisation at that level ("BCH Đoàn TNCS Hồ Chí Minh huyện Vĩnh Khê"), so "Công văn của Huyện đoàn" finds
it (trial 22 q32: the issuer was read as "BCH huyện Vĩnh Khê" and the letter was denied). Real files: a
text letter laid out in spaced columns and a Word letter with a two-cell header table, read through the
``inspect`` command and asked through ``Assistant``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import docx
import pytest

from tests.conftest import assistant_over

LETTER = """ĐOÀN TNCS HỒ CHÍ MINH                      ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH
BCH HUYỆN VĨNH KHÊ
        ***                                 Vĩnh Khê, ngày 28 tháng 4 năm 2030
    Số: 21-CV/HĐVK
V/v tổ chức Ngày hội đọc sách năm 2030

Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.

1. Mỗi cơ sở Đoàn tổ chức ít nhất một buổi giới thiệu sách cho thiếu nhi.

2. Báo cáo kết quả về Văn phòng Huyện đoàn trước ngày 30/5/2030.

                                            TM. BAN THƯỜNG VỤ
                                            BÍ THƯ
                                            Hà Văn Lực
"""


def _word_letter(path):
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "ĐOÀN TNCS HỒ CHÍ MINH\nBCH TỈNH HÀ NGUYÊN\n***\nSố: 40-CV/TĐTN"
    table.cell(0, 1).text = "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\n\nHà Nguyên, ngày 02 tháng 5 năm 2030"
    for line in [
        "V/v hướng dẫn tổ chức Tháng hành động vì môi trường",
        "1. Các huyện đoàn ra quân thu gom rác thải nhựa trong tháng 6/2030.",
        "TM. BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Nông Thị Hoa",
    ]:
        d.add_paragraph(line)
    d.save(path)
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("organ_letterheads_files")
    (root / "CV21.txt").write_text(LETTER, encoding="utf-8")
    return {"CV21.txt": root / "CV21.txt", "CV40.docx": _word_letter(root / "CV40.docx")}


def _issuer(path) -> str:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "inspect", "--json", str(path)],
        capture_output=True, text=True, env=env, check=True,
    ).stdout
    return json.loads(out)["meta"]["issuer"]


@pytest.mark.parametrize(("name", "issuer"), [
    ("CV21.txt", "BCH Đoàn TNCS Hồ Chí Minh huyện Vĩnh Khê"),
    ("CV40.docx", "BCH Đoàn TNCS Hồ Chí Minh tỉnh Hà Nguyên"),
])
def test_the_organisation_over_its_organ_is_the_issuers_owner(files, name, issuer):
    assert _issuer(files[name]) == issuer


def test_the_everyday_name_finds_the_letter(tmp_path, embedder, files):
    assistant = assistant_over(tmp_path, embedder, files)
    answer = assistant.ask("Công văn của Huyện đoàn về Ngày hội đọc sách số mấy?")
    assert not answer.abstained and "21-CV/HĐVK" in answer.text, answer.text
