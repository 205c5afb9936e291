"""Vietnamese text rules (assistant/text.py): the one place indexing and querying agree on."""

from __future__ import annotations

import unicodedata

from assistant.text import (
    canonical_doc_number,
    doc_number_key,
    expand_abbreviations,
    find_doc_numbers,
    fold,
    nfc,
    normalize,
    sentence_spans,
    unify_tones,
)


def test_nfc_composes_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Hội phụ nữ")
    assert decomposed != "Hội phụ nữ"
    assert nfc(decomposed) == "Hội phụ nữ"


def test_tone_placement_old_and_new_styles_agree():
    assert unify_tones("uỷ ban") == unify_tones("ủy ban")
    assert unify_tones("hoà giải") == unify_tones("hòa giải")
    assert unify_tones("khoẻ") == unify_tones("khỏe")
    # Vowels with their own diacritic keep the tone where it is.
    assert unify_tones("người") == "người"


def test_normalize_and_fold():
    assert normalize("  Cấp Uỷ  “Đảng” – các cấp ") == 'cấp ủy "đảng" - các cấp'
    assert fold("Hội Liên hiệp Phụ nữ") == "hoi lien hiep phu nu"
    assert fold("Đoàn Thanh niên") == "doan thanh nien"
    assert fold("cấp uỷ") == fold("cấp ủy")


def test_doc_numbers_found_and_canonical():
    found = [n for n, _, _ in find_doc_numbers("số 62- KL/TW, ngày 08/12/2009 và Quy định số 212-QĐ/TW")]
    assert found == ["62-KL/TW", "212-QĐ/TW"]
    assert canonical_doc_number("62- kl/tw") == "62-KL/TW"
    assert [n for n, _, _ in find_doc_numbers("Số 1000-BS/TU")] == ["1000-BS/TU"]


def test_doc_number_key_keeps_type_and_issuer():
    # Identity keeps the type: a conclusion and a resolution numbered 62 are two documents (issue 11).
    assert doc_number_key("62-KL/TW") != doc_number_key("62-NQ/TW")
    assert doc_number_key("62-KL/TW") != doc_number_key("62-KL/TU")
    assert doc_number_key("62- kl/tw") == doc_number_key("62-KL/TW")
    assert doc_number_key("67/2023/NĐ-CP") == doc_number_key("67/2023/ND-CP")


def test_abbreviations_expand():
    expanded, found = expand_abbreviations("MTTQ và HLHPN")
    assert "Mặt trận Tổ quốc" in found
    assert "(Mặt trận Tổ quốc" in expanded


def test_sentences_do_not_end_at_abbreviations_numbers_or_labels():
    text = "5.1. Các huyện ủy có trách nhiệm. TP. Hà Nội và Q. 1 làm tốt mục 4.1 trước. Điều 5. Quy định này."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences == [
        "5.1. Các huyện ủy có trách nhiệm.",
        "TP. Hà Nội và Q. 1 làm tốt mục 4.1 trước.",
        "Điều 5. Quy định này.",
    ]


def test_run_of_abbreviations_expands_each_known_part():
    # "KL BTV TU" is no entry of its own: "KL" and "BTV TU" are
    from assistant.text import expand_abbreviations

    expanded, found = expand_abbreviations("Đoàn TN theo KL BTV TU phải làm gì?")
    assert "KL (Kết luận) BTV TU (Ban Thường vụ Tỉnh ủy)" in expanded
    assert found == ["Kết luận", "Ban Thường vụ Tỉnh ủy"]
