"""Text encodings: UTF-8/16 with and without BOM, Windows-1258, and the legacy TCVN3 and VNI font encodings."""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources

import pytest

from assistant.loaders.encodings import (
    decode_bytes,
    legacy_to_unicode,
    repair_legacy_text,
    unicode_to_legacy,
    vietnamese_score,
)

SENTENCES = [
    "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc.",
    "Hội Liên hiệp Phụ nữ các cấp: chủ trì tuyên truyền, vận động hội viên thực hiện Kết luận số 62-KL/TW.",
    "Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp với Đoàn Thanh niên, Hội Nông dân, Hội Cựu chiến binh "
    "tổ chức hội nghị quán triệt trước ngày 15/3/2024; người đứng đầu cấp ủy chịu trách nhiệm.",
    "Nghị quyết về tiếp tục đổi mới nội dung, phương thức hoạt động; khuyến khích thanh niên, ưu tiên thuở trước.",
]
TEXT = " ".join(SENTENCES)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 stores the vowel (with circumflex/breve/horn) precomposed and the tone as a combining mark."""

    def cluster(m: re.Match[str]) -> str:
        vowel_marks = "".join(c for c in m.group(2) if c in "\u0302\u0306\u031b")
        tones = "".join(c for c in m.group(2) if c not in vowel_marks)
        return unicodedata.normalize("NFC", m.group(1) + vowel_marks) + tones

    return re.sub(r"(.)([\u0300-\u036f]+)", cluster, unicodedata.normalize("NFD", text)).encode("cp1258")


@pytest.mark.parametrize(
    "data,expected_encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (to_cp1258(TEXT), "windows-1258"),
        (unicode_to_legacy(TEXT, "vni"), "vni"),
    ],
)
def test_decode_round_trip(data: bytes, expected_encoding: str) -> None:
    text, encoding = decode_bytes(data)
    assert encoding == expected_encoding
    assert text == TEXT
    assert unicodedata.is_normalized("NFC", text)


def test_decomposed_utf8_becomes_nfc() -> None:
    text, _ = decode_bytes(unicodedata.normalize("NFD", TEXT).encode("utf-8"))
    assert text == TEXT


def test_tcvn3_round_trip_lower_case() -> None:
    # TCVN3 (ABC) has no upper-case toned letters (those are typed in a capitals font), so compare
    # after lower-casing the letters it cannot represent.
    text, encoding = decode_bytes(unicode_to_legacy(TEXT, "tcvn3"))
    assert encoding == "tcvn3"
    assert text.lower() == TEXT.lower()


def test_real_looking_legacy_samples() -> None:
    """Byte strings as old .VnTime / VNI-Times files actually contain them."""
    tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\r\n§éc lËp - Tù do - H¹nh phóc\r\n".encode("latin-1")
    text, enc = decode_bytes(tcvn3)
    assert enc == "tcvn3"
    assert "Cộng hoà xã hội chủ nghĩa Việt Nam" in text and "Độc lập - Tự do - Hạnh phúc" in text
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\r\nÑoäc laäp - Töï do - Haïnh phuùc; ngöôøi ñaûng vieân".encode(
        "cp1252"
    )
    text, enc = decode_bytes(vni)
    assert enc == "vni"
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam" in text and "người đảng viên" in text


def test_legacy_mojibake_inside_unicode_text_is_repaired() -> None:
    assert repair_legacy_text("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == (
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
        "tcvn3",
    )
    assert repair_legacy_text("Ban Thöôøng vuï Ñaûng uûy") == ("Ban Thường vụ Đảng ủy", "vni")
    text, enc = decode_bytes("Céng hoµ x· héi chñ nghÜa ViÖt Nam. §¶ng bé x·".encode())
    assert (text, enc) == ("Cộng hoà xã hội chủ nghĩa Việt Nam. Đảng bộ xã", "utf-8+tcvn3")
    # A paragraph that already has real Unicode Vietnamese is left alone (mixed fonts are not guessed at).
    mixed = "Quyết định: Céng hoµ x· héi"
    assert repair_legacy_text(mixed) == (mixed, None)


@pytest.mark.parametrize(
    "clean", ["PHIẾU LẤY Ý KIẾN (2)", "* Ý kiến khác:", "Nhiệt độ 30°C", TEXT, "café résumé"]
)
def test_clean_text_is_never_converted(clean: str) -> None:
    assert repair_legacy_text(clean) == (clean, None)


def test_score_prefers_real_vietnamese() -> None:
    assert vietnamese_score(TEXT) > 0.9
    assert vietnamese_score(unicode_to_legacy(TEXT, "tcvn3").decode("latin-1")) < 0.6


def test_tables_are_complete_and_consistent() -> None:
    data = json.loads(resources.files("assistant.data").joinpath("legacy_encodings.json").read_text("utf-8"))
    tcvn3, vni = data["tcvn3"], data["vni"]
    # 67 lower-case letters with diacritics, đ, and the 7 upper-case base letters Ă Â Ê Ô Ơ Ư Đ.
    assert len(tcvn3) == 74 and len(set(tcvn3.values())) == 74
    lowers = {c for c in tcvn3.values() if c.islower()}
    assert len(lowers) == 67
    # VNI covers every toned vowel in both cases exactly once.
    assert len(set(vni.values())) == len(vni)
    for ch in "ắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵíìỉĩịđ":
        assert ch in vni.values() and ch.upper() in vni.values()
    for value in list(tcvn3.values()) + list(vni.values()):
        assert unicodedata.is_normalized("NFC", value) and len(value) == 1
    assert legacy_to_unicode("\u00a7\u00b8", "tcvn3") == "Đá"
