"""Units spelled in words read as their symbols (``lexicon.phrases.canonical_units``, ``phrases.json``
unit_spellings): "héc-ta" is "ha", "cây số" is "km"; a one-word spelling typed with tone marks is another
word ("tốn" costs, no "ton"), which made "... tốn tổng cộng bao nhiêu tiền?" ask a sum for a tonne."""

from __future__ import annotations

import pytest

from assistant.lexicon.phrases import canonical_units


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("bao nhiêu héc-ta lúa", "bao nhiêu ha lúa"),
        ("bao nhiêu hecta", "bao nhiêu ha"),
        ("bao nhiêu mét vuông đất", "bao nhiêu m² đất"),
        ("cách bao nhiêu cây số", "cách bao nhiêu km"),
        ("Mỗi hộ nhận mấy ki-lô-gam giống?", "Mỗi hộ nhận mấy kg giống?"),
        ("Hội thi tốn tổng cộng bao nhiêu tiền?", "Hội thi tốn tổng cộng bao nhiêu tiền?"),
        ("Việc tôn tạo di tích hết bao nhiêu?", "Việc tôn tạo di tích hết bao nhiêu?"),
    ],
)
def test_units_spelled_in_words_and_words_that_only_look_like_them(text, read):
    assert canonical_units(text) == read
