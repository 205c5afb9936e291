"""LLM mode with a real small model (Qwen2.5-Coder-0.5B-Instruct Q4_K_M, GGUF, through transformers) and
the grounding guard. Slow (the model loads in about a minute once converted, and writes ~7 tokens/s on two
cores), but it runs in CI: it is the only test that shows the guard catching a real model's invention.

Assertions are on the guard's verdicts, never on what the model happens to write.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer import render
from assistant.answer.guard import missing_numbers
from assistant.answer.llm import TransformersGGUFChat, answer_messages

pytestmark = pytest.mark.slow

UNANSWERABLE = "Ngân sách tỉnh dành cho Mặt trận Tổ quốc năm 2021 là bao nhiêu tỷ đồng?"
ANSWERABLE = (
    "Ai chủ trì theo dõi, kiểm tra việc thực hiện Kết luận của Ban Thường vụ Tỉnh ủy giai đoạn 2021-2025?"
)


@pytest.fixture(scope="module")
def llm_assistant(settings, sample_index, embedder, repo_root):
    from assistant.api import Assistant
    from assistant.llm_model import prepare_test_llm

    gguf = prepare_test_llm(repo_root / "models" / "llm")
    # A busy 2-core CI machine writes ~7 tokens/s: give the real model a generous per-question deadline.
    s = replace(settings, llm_gguf=str(gguf), llm_max_tokens=80, answer_mode="llm", llm_deadline=900.0)
    a = Assistant(s, embedder=embedder)
    llm = a._llm_answerer()
    assert isinstance(llm.chat, TransformersGGUFChat)  # llama-cpp is not installed here: transformers runs it
    llm.passages = 3  # a short prompt keeps prefill time down on two cores
    return a


def test_guard_rejects_invented_budget_figure(llm_assistant):
    """Fed directly: an invented figure next to real passages is unsupported."""
    llm = llm_assistant._llm_answerer()
    hits = llm_assistant.retriever.search(UNANSWERABLE, k=5)
    passages = llm._passages(hits)
    invented = "Ngân sách tỉnh dành cho Mặt trận Tổ quốc năm 2021 là 35 tỷ đồng [1]."
    result = llm.guard.check(invented, {c.n: c.text for c in passages})
    assert not result.verdicts[0].supported and result.verdicts[0].reason in (
        "number_not_in_passage",
        "low_overlap",
    )
    assert not result.substantive


def test_real_model_output_on_unanswerable_question(llm_assistant):
    """The model's real output for an unanswerable question: whatever it writes, no sentence carrying a
    figure absent from its passage survives the guard, and the final answer has no invented figure."""
    llm = llm_assistant._llm_answerer()
    hits = llm_assistant.retriever.search(UNANSWERABLE, k=5)
    passages = llm._passages(hits)
    raw = str(llm.chat.invoke(answer_messages(UNANSWERABLE, passages, "vi")).content)
    assert raw.strip(), "the model produced no text"
    by_n = {c.n: c.text for c in passages}
    result = llm.guard.check(raw, by_n)
    print(f"model output: {raw!r}\nverdicts: {[(v.supported, v.reason) for v in result.verdicts]}")
    for v in result.verdicts:
        if v.supported:
            assert not missing_numbers(v.sentence, by_n[v.best_passage])
            assert (
                v.lexical >= llm.guard.lexical_min
                and v.cosine is not None
                and v.cosine >= llm.guard.cosine_min
            )
    # Through the Assistant: the evidence check abstains before any generation; no budget figure appears.
    answer = llm_assistant.ask(UNANSWERABLE, mode="llm")
    assert answer.abstained and answer.text == render.not_found("vi")
    assert "tỷ đồng" not in answer.text


def test_llm_mode_end_to_end_is_guarded(llm_assistant):
    """An answerable question in LLM mode: the final answer is either guarded model text whose every
    sentence the guard accepted, or the extractive answer with a note saying why."""
    answer = llm_assistant.ask(ANSWERABLE, mode="llm")
    llm = llm_assistant._llm_answerer()
    verdicts = llm.last_guard.verdicts
    print(f"model output: {llm.last_raw!r}\nverdicts: {[(v.supported, v.reason) for v in verdicts]}")
    print(f"final ({answer.mode}): {answer.text[:200]!r} notes={answer.notes}")
    assert verdicts, f"no sentences judged in {llm.last_raw!r}"
    assert not answer.abstained or answer.text == render.not_found("vi")
    if answer.mode == "llm" and not answer.abstained:
        assert answer.text == " ".join(v.sentence for v in verdicts if v.supported)
        for c in answer.citations:
            assert c.text[c.quote_start : c.quote_end] == c.quote
    elif not answer.abstained:
        assert any("extractive" in n or "trích nguyên văn" in n for n in answer.notes)
        assert answer.text.startswith("Chủ trì: Ban Dân vận Tỉnh ủy")
    assert {"generate", "guard", "total"} <= set(answer.timings_ms)
