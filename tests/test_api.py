"""The Assistant facade: streaming, timings, passthroughs for the UI, the missing-index error, and the
end-to-end latency of extractive answers on the sample corpus."""

from __future__ import annotations

import statistics
import time
from dataclasses import replace

import pytest

from assistant.errors import IndexError_
from assistant.models import Answer


@pytest.fixture(scope="module")
def assistant(settings, sample_index, embedder):
    from assistant.api import Assistant

    return Assistant(settings, embedder=embedder)


def test_missing_index_is_a_bilingual_error(settings, tmp_path, embedder):
    from assistant.api import Assistant

    with pytest.raises(IndexError_) as err:
        Assistant(replace(settings, index_dir=tmp_path / "nothing"), embedder=embedder)
    assert (
        "python -m assistant index" in err.value.message_vi
        and "python -m assistant index" in err.value.message_en
    )
    assert err.value.code == "index_missing"


def test_ask_returns_complete_answer(assistant):
    a = assistant.ask("Ban Tuyên giáo Tỉnh ủy được giao nhiệm vụ gì trong Kết luận giai đoạn 2021-2025?")
    assert isinstance(a, Answer) and a.mode == "extractive" and not a.abstained
    assert {"retrieve", "compose", "total"} <= set(a.timings_ms)
    assert 0 < len(a.retrieved) <= 10
    c = a.citations[0]
    assert c.doc.file and c.doc.title and c.section and c.chunk_id
    assert c.text[c.quote_start : c.quote_end] == c.quote


def test_stream_yields_text_then_answer(assistant):
    items = list(assistant.stream("Ai ký Kết luận số 62-KL/TW?"))
    *deltas, final = items
    assert isinstance(final, Answer) and all(isinstance(d, str) for d in deltas)
    assert "".join(deltas) == final.text


def test_llm_mode_without_model_falls_back_with_note(assistant):
    a = assistant.ask("Ai ký Kết luận số 62-KL/TW?", mode="llm")
    assert a.mode == "extractive" and a.notes and "Trương Tấn Sang" in a.text


def test_passthroughs(assistant):
    docs = assistant.documents()
    assert len(docs) == 5
    kl = next(d for d in docs if d.meta.number == "62-KL/TW")
    assert assistant.document(kl.doc_id).file == kl.file
    outline = assistant.outline(kl.doc_id)
    assert outline and [s.start for s in outline] == sorted(s.start for s in outline)
    rows = assistant.obligations(org="Hội phụ nữ")
    assert rows and all(r.org_match in ("named", "collective") for r in rows)


def test_extractive_latency_p50(assistant):
    """p50 of end-to-end ``ask`` (retrieval + answer) over typical questions; the target is 60 ms on an
    idle 2-core machine. The bound asserted here is loose because CI machines are shared."""
    questions = [
        "Hội phụ nữ các cấp có nhiệm vụ gì?",
        "Ai ký Kết luận số 62-KL/TW?",
        "Thời hạn tổng kết Kết luận giai đoạn 2021-2025 là khi nào?",
        "Ai chủ trì theo dõi việc thực hiện Thông báo 160?",
        "What must the Youth Union do?",
    ]
    for q in questions:  # warm caches
        assistant.ask(q)
    times, compose = [], []
    for _ in range(3):
        for q in questions:
            t = time.perf_counter()
            a = assistant.ask(q)
            times.append((time.perf_counter() - t) * 1000)
            compose.append(a.timings_ms.get("compose", 0.0))
    p50 = statistics.median(times)
    print(f"extractive ask p50={p50:.1f} ms (answer stage p50={statistics.median(compose):.1f} ms)")
    assert p50 < 2000


def test_delete_and_add_document_reload(settings, sample_index, embedder, documents_dir, tmp_path):
    """Index maintenance through the facade, on a copy of the sample index (the shared one stays intact)."""
    import shutil

    from assistant.api import Assistant

    copy = tmp_path / "idx"
    shutil.copytree(sample_index, copy)
    docs = tmp_path / "documents"  # deleting moves the file to the trash: work on a copy of the folder
    shutil.copytree(documents_dir, docs)
    a = Assistant(replace(settings, index_dir=copy, documents_dir=docs), embedder=embedder)
    kl = next(d for d in a.documents() if d.meta.number == "62-KL/TW")
    a.delete_document(kl.doc_id)
    assert len(a.documents()) == 4 and all(d.doc_id != kl.doc_id for d in a.documents())
    assert not (docs / kl.file).exists() and (tmp_path / "documents-trash" / kl.file).is_file()
    from assistant.errors import AssistantError

    with pytest.raises(AssistantError) as outside:  # the documents folder is a boundary: copy files in first
        a.add_documents([documents_dir / kl.file])
    assert outside.value.code == "outside_documents"
    shutil.copy(documents_dir / kl.file, docs / kl.file)
    a.add_documents([docs / kl.file])
    assert len(a.documents()) == 5
    assert a.ask("Ai ký Kết luận số 62-KL/TW?").text.startswith("Người ký: Trương Tấn Sang")
