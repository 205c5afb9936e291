"""The organisation registry: names in every spelling resolve to one body; collectives expand."""

from __future__ import annotations

import pytest

from assistant.obligations.orgs import OrgRegistry, UnknownOrganisationError, default_registry


@pytest.fixture(scope="module")
def reg() -> OrgRegistry:
    return OrgRegistry.load()


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("Hội phụ nữ", "hoi_phu_nu"),
        ("HLHPN", "hoi_phu_nu"),
        ("hlhpn", "hoi_phu_nu"),
        ("Women's Union", "hoi_phu_nu"),
        ("women’s union", "hoi_phu_nu"),
        ("hoi phu nu", "hoi_phu_nu"),
        ("Hội Liên hiệp Phụ nữ Việt Nam", "hoi_phu_nu"),
        ("Hội LHPN tỉnh", "hoi_phu_nu"),
        ("Hội phụ nữ các cấp", "hoi_phu_nu"),
        ("MTTQ", "mttq"),
        ("mat tran to quoc", "mttq"),
        ("Vietnam Fatherland Front", "mttq"),
        ("Youth Union", "doan_tn"),
        ("Ban Thường vụ Tỉnh đoàn", "doan_tn"),
        ("các cấp bộ đoàn", "doan_tn"),
        ("Ban Dân vận Tỉnh ủy", "ban_dan_van"),
        ("ban dan van trung uong", "ban_dan_van"),
        ("Mass Mobilization Commission", "ban_dan_van"),
        ("BTV Tỉnh ủy", "ban_thuong_vu"),
        ("Thường trực Tỉnh ủy", "thuong_truc_tinh_uy"),
        ("Đảng đoàn HĐND tỉnh", "dang_doan_hdnd"),
        ("Đảng đoàn HDND tỉnh", "dang_doan_hdnd"),
        ("Ban cán sự đảng UBND tỉnh", "ban_can_su_ubnd"),
        ("các huyện, thị, thành ủy", "huyen_uy"),
        ("đảng ủy trực thuộc Tỉnh ủy", "dang_uy_truc_thuoc"),
        ("Các cơ quan tham mưu giúp việc của Tỉnh ủy", "co_quan_tham_muu"),
        ("Chủ tịch UBND", "ubnd"),
        ("People's Committee", "ubnd"),
        ("Politburo", "bo_chinh_tri"),
        ("Hội CCB", "hoi_ccb"),
        ("LĐLĐ", "cong_doan"),
        ("ubnd", "ubnd"),
        ("hoi_phu_nu", "hoi_phu_nu"),
    ],
)
def test_resolve(reg: OrgRegistry, name: str, org_id: str) -> None:
    org = reg.resolve(name)
    assert org is not None and org.id == org_id


def test_unknown_names(reg: OrgRegistry) -> None:
    assert reg.resolve("Hội Khuyến học") is None
    assert reg.resolve("") is None
    with pytest.raises(UnknownOrganisationError) as exc:
        reg.require("Hoi phu nuu")
    assert "Hội Liên hiệp Phụ nữ Việt Nam" in str(exc.value)
    assert " / " in exc.value.bilingual()  # Vietnamese and English


def test_find_in_longest_first_with_level(reg: OrgRegistry) -> None:
    text = "Ban Thường vụ Tỉnh đoàn và Ban Dân vận Tỉnh ủy chủ trì"
    ms = reg.find_in(text)
    assert [(m.org_id, m.surface) for m in ms] == [
        ("doan_tn", "Ban Thường vụ Tỉnh đoàn"),
        ("ban_dan_van", "Ban Dân vận Tỉnh ủy"),
    ]
    assert ms[1].level == "tinh"
    assert text[ms[0].start : ms[0].end] == ms[0].surface


def test_collectives_expand_to_members(reg: OrgRegistry) -> None:
    text = "5.2. Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh quán triệt"
    ms = reg.find_in(text)
    assert {m.surface for m in ms} == {"Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh"}
    by_id = {m.org_id: m for m in ms}
    assert not by_id["mttq"].collective  # named inside the phrase
    assert by_id["hoi_phu_nu"].collective and by_id["hoi_phu_nu"].via == "mttq_va_ctxh"
    assert by_id["hoi_phu_nu"].level == "tinh"
    spaced = reg.find_in("MTTQ Việt Nam và các đoàn thể chính trị- xã hội làm nòng cốt")
    assert {m.org_id for m in spaced} >= {
        "mttq",
        "hoi_phu_nu",
        "doan_tn",
        "hoi_nong_dan",
        "hoi_ccb",
        "cong_doan",
    }
    assert "mttq_va_ctxh" in reg.collectives_including("hoi_phu_nu")


def test_abbreviations_need_capitals_in_documents(reg: OrgRegistry) -> None:
    assert reg.find_in("từ tỉnh đến cơ sở") == []  # folded "tu" is not the abbreviation TU
    assert [m.org_id for m in reg.find_in("báo cáo TU")] == ["tinh_uy"]
    assert [m.org_id for m in reg.find_in("hlhpn", caps_only=False)] == ["hoi_phu_nu"]


def test_display(reg: OrgRegistry) -> None:
    assert reg.display("ban_dan_van", "tinh") == "Ban Dân vận Tỉnh ủy"
    assert reg.display("hoi_phu_nu", "huyen") == "Hội LHPN huyện"
    assert reg.display("hoi_phu_nu", "all") == "Hội Liên hiệp Phụ nữ Việt Nam các cấp"
    assert reg.display("hoi_phu_nu") == "Hội Liên hiệp Phụ nữ Việt Nam"
    assert reg.english("hoi_phu_nu") == "Women's Union"


def test_default_registry_is_loaded_once() -> None:
    assert default_registry() is default_registry()


def test_find_names_spans_and_english(reg: OrgRegistry) -> None:
    text = "Hội LHPN tỉnh và MTTQ, các đoàn thể"
    assert [(m.org_id, m.surface) for m in reg.find_names(text)] == [
        ("hoi_phu_nu", "Hội LHPN tỉnh"),
        ("mttq", "MTTQ"),  # named inside the collective phrase, which is not expanded
    ]
    assert reg.find_names("What must the Women's Union do?") == []  # English only when asked for
    assert [m.org_id for m in reg.find_names("What must the Women's Union do?", english=True)] == [
        "hoi_phu_nu"
    ]
    assert reg.names("hoi_nong_dan")[:2] == ["Hội Nông dân Việt Nam", "Hội Nông dân"]
