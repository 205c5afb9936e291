"""Hybrid retrieval on the real sample index: aliases, accent-less, English and document-number questions,
ranking preferences, filters, odd input, and the fusion arithmetic."""

from __future__ import annotations

import pytest

from assistant.fusion import reciprocal_rank_fusion
from assistant.index.store import IndexStore
from assistant.retrieve import Filters, Retriever


@pytest.fixture(scope="module")
def retriever(settings, sample_index, embedder):
    return Retriever(settings, embedder=embedder)


def _is_women_paragraph(hit) -> bool:
    c = hit.chunk
    return c.file.startswith("KL-BTV") and "Tự tin, tự trọng" in c.text


@pytest.mark.parametrize(
    "question",
    [
        "Hội phụ nữ các cấp phải làm gì?",
        "HLHPN phải làm gì?",
        "Hội LHPN có nhiệm vụ gì?",
        "hoi phu nu cac cap phai lam gi",
        "What must the Women's Union do?",
    ],
)
def test_women_union_paragraph_in_top5(retriever, question):
    hits = retriever.search(question, k=5)
    assert any(_is_women_paragraph(h) for h in hits), [h.chunk.text[:60] for h in hits]


def test_hits_carry_scores_ranks_and_citation_data(retriever):
    hits = retriever.search("Hội phụ nữ các cấp phải làm gì?", k=5)
    assert len(hits) == 5
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:], strict=False))
    top = hits[0]
    assert top.dense_rank is not None or top.lexical_rank is not None
    assert top.chunk.section_path and top.chunk.text and top.chunk.file


@pytest.mark.parametrize(
    "question",
    [
        "Kết luận 62-KL/TW yêu cầu gì về đổi mới phương thức hoạt động?",
        "KL 62 đánh giá gì về hạn chế?",
        "kết luận số 62 nói gì",
    ],
)
def test_document_number_questions_prefer_that_document(retriever, question):
    hits = retriever.search(question, k=5)
    assert hits[0].chunk.file.startswith("KL-62"), [h.chunk.file for h in hits]


@pytest.mark.parametrize("question", ["TB 160 yêu cầu gì?", "thông báo 160 của Bộ Chính trị"])
def test_loose_number_matches_the_number_token(retriever, question):
    # The sample TB-160 file carries its number only in its file name, so metadata has none to boost;
    # the number tokens still bring the passages that cite 160-TB/TW (or the TB-160 text itself) first.
    hits = retriever.search(question, k=3)
    cites = ["160" in h.chunk.text or "160" in h.chunk.file for h in hits]
    assert cites[0] and sum(cites) >= 2, [h.chunk.text[:80] for h in hits]


def test_org_preference_beats_generic_passages(retriever):
    hits = retriever.search("Hội Cựu chiến binh các cấp phải làm gì?", k=3)
    assert any("cựu chiến binh các cấp" in h.chunk.text[:60].lower() for h in hits)


def test_filters(retriever, sample_index):
    store = IndexStore.open(sample_index)
    kl62 = next(d for d, info in store.doc_info.items() if info.file.startswith("KL-62"))
    hits = retriever.search("Hội phụ nữ", k=5, filters=Filters(doc_ids=[kl62]))
    assert hits and all(h.chunk.doc_id == kl62 for h in hits)
    hits = retriever.search("nhiệm vụ", k=5, filters=Filters(numbers=["62-KL/TW"]))
    assert hits and all(h.chunk.doc_id == kl62 for h in hits)
    assert retriever.search("nhiệm vụ", k=5, filters=Filters(years=[1990])) == []
    hits = retriever.search("phải làm gì", k=3, filters=Filters(orgs=["hoi_phu_nu"]))
    assert hits and all(
        h.chunk.org == "hoi_phu_nu" or "phụ nữ" in h.chunk.section_label().lower() for h in hits
    )


@pytest.mark.parametrize("odd", ['"', "*", "AND", "62-KL/TW", "NEAR(", "'); --", "   ", "???"])
def test_odd_queries_never_fail(retriever, odd):
    hits = retriever.search(odd, k=3)
    assert isinstance(hits, list)


def test_store_read_side(sample_index, embedder):
    store = IndexStore.open(sample_index)
    assert store.manifest.counts["documents"] == 5
    docs = store.documents()
    assert len(docs) == 5 and all(d.text and d.sections for d in docs)
    chunk = store.all_chunks()[0]
    assert store.chunks([chunk.chunk_id])[0] == chunk
    dense = store.dense_search(embedder.embed_query("Hội phụ nữ"), 3)
    assert len(dense) == 3 and dense[0][1] >= dense[-1][1]
    lexical = store.lexical_search(["hoi phu nu"], 3)
    assert lexical and "phụ nữ" in store.chunks([lexical[0][0]])[0].text.lower()


def test_rrf_arithmetic():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "a"]], k=60)
    assert [i for i, _ in fused] == ["a", "b", "c"] or [i for i, _ in fused] == ["b", "a", "c"]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "c"]], k=60, weights=[1.0, 2.0])
    assert fused[0][0] == "b" and dict(fused)["c"] == pytest.approx(2 / 62)
    assert reciprocal_rank_fusion([["x", "x", "y"]])[1] == ("y", pytest.approx(1 / 63))
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 2.0])


def test_review_of_a_document_is_found_in_the_documents_reviewing_it(retriever):
    # "sơ kết 5 năm thực hiện KL 62" is in the provincial notice citing it, not in the 2009 conclusion.
    hits = retriever.search("Hội nghị sơ kết 5 năm thực hiện Kết luận 62 chỉ ra những hạn chế gì?", k=3)
    assert hits[0].chunk.file.startswith("TB-Thuong-truc"), [h.chunk.file for h in hits]


def test_which_documents_carry_out_a_notice(retriever):
    # one passage per citing document, where it cites the notice (the provincial conclusion spells it
    # "160-KL/TW", the notice itself is "160-TB/TW")
    hits = retriever.search("Những văn bản nào quán triệt Thông báo 160?", k=5)
    top_files = {h.chunk.file.split("_")[0] for h in hits[:2]}
    assert top_files == {"KH-BTV-Tinh-uy", "KL-BTV-Tinh-uy"}, [h.chunk.file for h in hits]
    assert all("160" in h.chunk.text for h in hits[:2])


def test_topic_organisation_does_not_outrank_the_actor(retriever):
    # "Mặt trận" is the topic of almost every passage here; the duty asked about belongs to the
    # Ban Tổ chức Trung ương, and the passage saying so must lead.
    hits = retriever.search("Cơ quan nào ở Trung ương chủ trì đánh giá mô hình thí điểm về Mặt trận?", k=3)
    assert "Ban Tổ chức Trung ương chủ trì" in hits[0].chunk.text, [h.chunk.text[:60] for h in hits]


def test_dissemination_line_held_back_unless_asked(retriever):
    # "Thông báo này phổ biến đến chi bộ." states no duty, date or signer: a question about the notice's
    # basis and signer must not get it among its first passages; one asking where it is read out does.
    hits = retriever.search("Thông báo 160 tiếp tục thực hiện kết luận nào và do ai ký?", k=5)
    assert not any("phổ biến đến chi bộ" in h.chunk.text for h in hits), [h.chunk.text[:60] for h in hits]
    hits = retriever.search("Thông báo 160 được phổ biến đến đâu?", k=3)
    assert any("phổ biến đến chi bộ" in h.chunk.text for h in hits), [h.chunk.text[:60] for h in hits]


def test_document_described_by_type_and_issuer(retriever):
    hits = retriever.search("Kế hoạch của Tỉnh ủy giao Ban Tuyên giáo việc gì?", k=3)
    assert hits[0].chunk.file.startswith("KH-BTV-Tinh-uy"), [h.chunk.file for h in hits]
    assert "Ban Tuyên giáo" in hits[0].chunk.text


@pytest.mark.parametrize(
    "question",
    [
        "Khi nào phải tổng kết Kết luận giai đoạn 2021-2025?",
        "Bao giờ tổng kết việc thực hiện Kết luận của Ban Thường vụ Tỉnh ủy?",
    ],
)
def test_when_question_prefers_the_deadline_of_its_action(retriever, question):
    # the conclusion has deadlines for plans (quý III/2021) and for the final review (quý III/2025)
    hits = retriever.search(question, k=3)
    assert "tổng kết vào quý III/2025" in hits[0].chunk.text, [h.chunk.text[:60] for h in hits]


def test_a_deadline_restating_the_questions_period_is_not_preferred(retriever, settings, embedder):
    # Through the public search only, with and without the deadline preference: the review clause (5.5,
    # "tổng kết vào quý III/2025") gains from it and ranks before the plans clause (5.2, another action's
    # deadline). (Periods restating the question's are checked in test_question_path / answers.)
    from dataclasses import replace

    question = "Thời hạn tổng kết kết luận giai đoạn 2021-2025 là khi nào?"
    # section aggregation off in both: it lets a chunk gain from its section-mates' scores
    base = Retriever(
        replace(settings, disabled_features=frozenset({"section_aggregation"})), embedder=embedder
    )
    on = {h.chunk.chunk_id: h for h in base.search(question, k=20)}
    plain = Retriever(
        replace(settings, disabled_features=frozenset({"deadline_marks", "section_aggregation"})),
        embedder=embedder,
    )
    off = {h.chunk.chunk_id: h for h in plain.search(question, k=20)}
    review = next(h for h in on.values() if h.chunk.text.startswith("5.5. "))
    plans = next(h for h in on.values() if h.chunk.text.startswith("5.2. "))
    assert review.score > plans.score
    assert review.score > off[review.chunk.chunk_id].score
    # the plans clause states another action's deadline: it gains less than the asked action's clause
    gain_review = review.score / off[review.chunk.chunk_id].score
    gain_plans = plans.score / off[plans.chunk.chunk_id].score
    assert gain_review > gain_plans



@pytest.mark.parametrize(
    "question",
    [
        "Ai ký Kết luận số 62-KL/TW?",
        "Ai là người ký kết luận của Bộ Chính trị về đổi mới hoạt động của Mặt trận năm 2009?",
    ],
)
def test_who_signed_lifts_the_signature_alone(retriever, question):
    # "who signed" is answered by the signature section; the number-and-date lines of the same document
    # keep their own score (they were lifted with it and took a top place from the body's evidence).
    hits = retriever.search(question, k=5)
    assert hits[0].chunk.section_path == ["Người ký"], [h.chunk.section_path for h in hits]
    assert hits[0].chunk.file.startswith("KL-62")
    header = [h for h in hits if h.chunk.section_path == ["Số, ngày ban hành"]]
    assert all(h.score < hits[0].score for h in header), [(h.chunk.section_path, h.score) for h in hits]


def test_who_signed_the_copy_lifts_the_copy_note(retriever):
    # a copy ("bản sao lục") has its own signer: asked about the copy, its note leads, not the signature
    hits = retriever.search("Bản sao lục Thông báo 160 của Tỉnh ủy do ai ký?", k=3)
    assert hits[0].chunk.section_path[0].startswith("SAO LỤC"), [h.chunk.section_path for h in hits]
    assert hits[0].score > hits[1].score
