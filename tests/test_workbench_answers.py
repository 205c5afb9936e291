"""Answers a cadre's workbench relies on, through ``Assistant``: a question asked under an organisation
filter that names no body, and short follow-ups that lean on the conversation."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def assistant(sample_index, settings, embedder):
    from assistant.api import Assistant

    return Assistant(settings, embedder=embedder)


def test_org_filter_stands_for_the_body_in_a_generic_question(assistant):
    from assistant.retrieve import Filters

    answer = assistant.ask("Phải làm gì và hạn khi nào?", filters=Filters(orgs=["hoi_phu_nu"]))
    assert not answer.abstained
    assert "phụ nữ" in " ".join(c.quote for c in answer.citations).lower()


def test_short_followup_asks_for_the_previous_bodys_deadline(assistant):
    first = "Hội phụ nữ các cấp phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?"
    answer = assistant.ask("Hạn chót là khi nào?", history=[first])
    assert not answer.abstained
    assert answer.text.startswith("Thời hạn: xong trong quý III/2021")
    # The deadline line cites the clause that sets it for the provincial organisations (5.2).
    assert any("quý III/2021" in c.quote and "tổ chức chính trị - xã hội" in c.quote for c in answer.citations)
