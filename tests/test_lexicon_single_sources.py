"""One lexicon source each for the administrative level words, the sending words and the event nouns
(``assistant/lexicon/phrases.json`` place_words units / sending / scheduled_events nouns, read through
``lexicon.levels`` and ``lexicon.events``), and what the old copies got wrong where they disagreed.

- The level words were copied into a dozen modules, each a different subset. The issuer's levels a question
  names after a document's number (``query.docrefs``) knew only "xã, phường, thị trấn, huyện, tỉnh": "Kế
  hoạch số 15-KH/HPN của Hội LHPN quận Hải Châu" named no level, and the ward's plan of the same number
  was quoted beside the district's. "quận", "thị xã" and "đặc khu" are units of one tier (Luật Tổ chức
  chính quyền địa phương); only "thành phố" (a province's city or a district's) names none for sure.
- The event nouns a follow-up points back with ("hội nghị đó") were a list of their own, without the
  festival and round nouns of the scheduled-event list ("ngày hội", "liên hoan", "đợt"): "Thế hạn chót
  của ngày hội đó là khi nào?" after a question on one of two festivals was not read as a follow-up.
- The signature's level words (``parse.signature``) lacked "đặc khu" (a commune-level unit since 2025): a
  capacity wrapped before "ĐẶC KHU CÔN ĐẢO" was cut there and the place read as the signer's post.
- A source test: no module outside ``assistant/lexicon`` writes a literal list of the unit words.

Real index over documents written here (.docx and .txt), asked through ``Assistant.ask``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from assistant.lexicon.levels import unit_levels
from assistant.text import fold
from tests.conftest import assistant_as, library_as

DISTRICT = [
    "HỘI LHPN QUẬN HẢI CHÂU",
    "Số: 15-KH/HPN",
    "Hải Châu, ngày 03 tháng 3 năm 2043",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội phụ nữ khởi nghiệp năm 2043",
    "1. Ngày hội phụ nữ khởi nghiệp tổ chức vào ngày 25/3/2043 tại Nhà văn hóa Hải Châu.",
    "2. Các chi hội đăng ký gian hàng trước ngày 15/3/2043.",
    "TM. BAN THƯỜNG VỤ",
    "CHỦ TỊCH",
    "Lê Thị Hoa",
]
WARD = [
    "HỘI LHPN PHƯỜNG HẢI CHÂU",
    "Số: 15-KH/HPN",
    "Hải Châu, ngày 05 tháng 3 năm 2043",
    "KẾ HOẠCH",
    "Tổ chức Ngày hội phụ nữ khởi nghiệp năm 2043",
    "1. Ngày hội phụ nữ khởi nghiệp tổ chức vào ngày 18/3/2043 tại Nhà văn hóa Hải Châu.",
    "2. Các chi hội đăng ký gian hàng trước ngày 10/3/2043.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Trần Thị Lan",
]

SPECIAL_ZONE = [
    "ĐẢNG BỘ ĐẶC KHU CÔN ĐẢO",
    "ĐẢNG ỦY ĐẶC KHU",
    "Số: 07-KH/ĐU",
    "Côn Đảo, ngày 04 tháng 8 năm 2043",
    "KẾ HOẠCH",
    "Tổ chức Hội nghị học tập chuyên đề năm 2043",
    "1. Hội nghị học tập chuyên đề tổ chức vào ngày 20/8/2043 tại Hội trường đặc khu.",
    "2. Các chi bộ trực thuộc gửi danh sách đảng viên dự hội nghị trước ngày 15/8/2043.",
    "TM. BAN THƯỜNG VỤ",
    "ĐẢNG ỦY",
    "ĐẶC KHU CÔN ĐẢO",
    "BÍ THƯ",
    "Nguyễn Văn Bình",
]

FESTIVALS = [
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN PHÚ",
    "Số: 31/KH-MTTQ",
    "KẾ HOẠCH",
    "Tổ chức các ngày hội đại đoàn kết toàn dân tộc ở khu dân cư năm 2043",
    "1. Ngày hội ở khu dân cư số 1",
    "- Thời gian: Dự kiến ngày 08/11/2043 (đăng ký chậm nhất ngày 20/10/2043).",
    "- Đơn vị chủ trì: Ban công tác Mặt trận khu dân cư số 1.",
    "2. Ngày hội ở khu dân cư số 2",
    "- Thời gian: Dự kiến ngày 15/11/2043 (đăng ký chậm nhất ngày 27/10/2043).",
    "- Đơn vị chủ trì: Ban công tác Mặt trận khu dân cư số 2.",
]
FESTIVAL_HISTORY = ["Ngày hội ở khu dân cư số 2 của xã An Phú dự kiến tổ chức vào ngày nào?"]


@pytest.fixture(scope="module", params=["docx", "txt"])
def same_numbers(request, tmp_path_factory, embedder):
    return library_as(
        request.param,
        tmp_path_factory,
        embedder,
        "same_numbers",
        {"KH15_Quan": DISTRICT, "KH15_Phuong": WARD},
    )


@pytest.fixture(scope="module", params=["docx", "txt"])
def special_zone(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH07_DacKhu", SPECIAL_ZONE)


@pytest.fixture(scope="module", params=["docx", "txt"])
def festivals(request, tmp_path_factory, embedder):
    return assistant_as(request.param, tmp_path_factory, embedder, "KH31_NgayHoi", FESTIVALS)


def test_an_issuer_named_with_its_district_is_not_the_wards(same_numbers):
    answer = same_numbers.ask(
        "Theo Kế hoạch số 15-KH/HPN của Hội LHPN quận Hải Châu, ngày hội phụ nữ khởi nghiệp tổ chức"
        " vào ngày nào?"
    )
    assert "25/3/2043" in answer.text.splitlines()[0], answer.text
    assert "18/3/2043" not in answer.text, answer.text  # the ward's plan of the same number is another one


def test_the_wards_plan_is_still_found_by_its_ward(same_numbers):
    answer = same_numbers.ask(
        "Theo Kế hoạch số 15-KH/HPN của Hội LHPN phường Hải Châu, ngày hội phụ nữ khởi nghiệp tổ chức"
        " vào ngày nào?"
    )
    assert "18/3/2043" in answer.text.splitlines()[0], answer.text
    assert "25/3/2043" not in answer.text, answer.text


def test_a_signature_wrapped_before_a_special_zone_goes_on_with_it(special_zone):
    # "ĐẶC KHU CÔN ĐẢO" under "TM. BAN THƯỜNG VỤ" / "ĐẢNG ỦY" is the rest of the capacity, not the post
    first = special_zone.ask("Ai ký Kế hoạch 07-KH/ĐU?").text.splitlines()[0]
    assert "Nguyễn Văn Bình" in first, first
    assert "(BÍ THƯ" in first and "ĐẢNG ỦY ĐẶC KHU CÔN ĐẢO" in first, first


@pytest.mark.parametrize(
    "question",
    ["Thế hạn chót đăng ký của ngày hội đó là khi nào?", "Vậy ngày hội này đăng ký chậm nhất khi nào?"],
)
def test_a_follow_up_points_back_with_any_event_noun(festivals, question):
    answer = festivals.ask(question, history=FESTIVAL_HISTORY)
    assert answer.resolved_question and "số 2" in answer.resolved_question, answer.resolved_question
    first = answer.text.splitlines()[0]
    assert "27/10/2043" in first, answer.text
    assert "20/10/2043" not in first, answer.text


# --- the source: the unit words are written once, in assistant/lexicon ---

_PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
# the tier codes ("xa", "huyen", "tinh") are values of the table, compared everywhere: not a copy of it
_TIERS = frozenset(unit_levels().values())


def _forms() -> dict[str, str]:
    forms = {}
    for word in unit_levels():
        for form in (word, word.upper(), fold(word), fold(word).upper()):
            forms[form] = word
    return forms


def _copies(path: Path) -> list[str]:
    """The literals of ``path`` that list three or more unit words beyond the tier codes: alternation
    members of one string ("xa|huyen|thi tran") or string elements of one tuple, list, set or dict's keys."""
    forms = _forms()
    alt = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    member = re.compile(rf"(?:(?<=[(|:])|^)\s*({alt})\s*(?=[|)]|$)")
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        written: list[str] = []
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            written = [m.group(1) for m in member.finditer(node.value.replace("\\ ", " "))]
        elif isinstance(node, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
            elts = node.keys if isinstance(node, ast.Dict) else node.elts
            written = [
                e.value.strip()
                for e in elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value.strip() in forms
            ]
        words = {forms[w] for w in written}
        if len(words) >= 3 and any(w not in _TIERS for w in written):
            found.append(f"{path.relative_to(_PACKAGE.parent)}:{node.lineno} {sorted(words)}")
    return found


def test_no_module_outside_the_lexicon_lists_the_unit_words():
    copies = [
        c
        for p in sorted(_PACKAGE.rglob("*.py"))
        if "lexicon" not in p.relative_to(_PACKAGE).parts
        for c in _copies(p)
    ]
    assert not copies, "\n".join(copies)
