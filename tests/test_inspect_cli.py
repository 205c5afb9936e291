"""``python -m assistant inspect``: readable and JSON output of what was understood, clean errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assistant.cli import main


def test_inspect_text_output(documents_dir: Path):
    f = documents_dir / "KL-BTV-Tinh-uy_2021-2025_lanh-dao-MTTQ-to-chuc-CT-XH.md"
    result = CliRunner().invoke(main, ["inspect", str(f)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Kết luận" in out and "Ban Thường vụ Tỉnh ủy" in out
    assert "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Lê Thị Thu Hồng" in out
    assert "5. Tổ chức thực hiện" in out and "Hội phụ nữ các cấp {hoi_phu_nu} (1 đoạn)" in out
    assert "160-KL/TW" in out  # a reference


def test_inspect_json_output(documents_dir: Path):
    f = documents_dir / "TB-160-TB-TW_2020-01-15_Bo-Chinh-tri_tiep-tuc-thuc-hien-KL-62.md"
    result = CliRunner().invoke(main, ["inspect", "--json", str(f)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["meta"]["doc_type"] == "Thông báo kết luận"
    assert data["meta"]["copies"][0]["number"] == "1000-BS/TU"
    assert data["chunks"] == sum(s["chunks"] for s in data["sections"])
    assert any(s["path"] == ["3. Tổ chức thực hiện", "3.4"] for s in data["sections"])


def test_inspect_missing_file_is_a_clean_bilingual_error(tmp_path: Path):
    result = CliRunner().invoke(main, ["inspect", str(tmp_path / "khong-co.md")])
    assert result.exit_code != 0
    assert "Error:" in result.output and " / " in result.output
    assert "Traceback" not in result.output
