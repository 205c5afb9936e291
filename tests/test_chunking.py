"""Chunks follow the section tree: inside one section, one organisation, whole sentences, exact offsets."""

from __future__ import annotations

import re
from pathlib import Path
from statistics import median

import pytest

from assistant.config import Settings
from assistant.pipeline import ProcessedFile, process_file
from assistant.text import normalize, sentence_spans

_LEADS = (
    "Mặt trận Tổ quốc các cấp:",
    "Công đoàn các cấp:",
    "Hội Nông dân các cấp:",
    "Hội cựu chiến binh các cấp:",
    "Hội phụ nữ các cấp:",
    "Các cấp bộ đoàn:",
)


@pytest.fixture(scope="module")
def processed(documents_dir: Path) -> list[ProcessedFile]:
    settings = Settings.from_env()
    return [process_file(f, settings, display_path=f.name) for f in sorted(documents_dir.iterdir())]


def test_offsets_exact_and_inside_one_section(processed):
    for pf in processed:
        doc = pf.document
        for c in pf.chunks:
            assert doc.text[c.start : c.end] == c.text
            sec = doc.section(c.section_id)
            assert c.end <= sec.end
            # Every paragraph the chunk touches belongs to that very section, except the headings of
            # bodiless sections just before it (a lead-in "1. ... gồm:" opens its first child's chunk).
            touched = [p for p in doc.paragraphs if p.start < c.end and p.end > c.start]
            before = [p for p in touched if p.section_id != c.section_id]
            assert all(p.end <= sec.start and "heading" in p.style for p in before), c.text[:80]
            assert {p.section_id for p in touched} - {p.section_id for p in before} == {c.section_id}
            assert c.norm_text == normalize(c.text)
            assert c.section_path == sec.path


def test_no_chunk_mixes_organisations(processed):
    for pf in processed:
        for c in pf.chunks:
            assert sum(c.text.count(lead) for lead in _LEADS) <= 1, c.text[:80]
    kl = next(pf for pf in processed if pf.document.file.startswith("KL-BTV"))
    by_org = {c.org: c for c in kl.chunks if c.org}
    assert set(by_org) == {"mttq", "cong_doan", "hoi_nong_dan", "hoi_ccb", "hoi_phu_nu", "doan_tn"}
    assert by_org["hoi_phu_nu"].text.startswith("Hội phụ nữ các cấp:")


def test_chunks_end_on_sentence_or_paragraph_boundaries(processed):
    for pf in processed:
        doc = pf.document
        para_edges = {p.start for p in doc.paragraphs} | {p.end for p in doc.paragraphs}
        for c in pf.chunks:
            if c.start in para_edges and c.end in para_edges:
                continue
            first = next(p for p in doc.paragraphs if p.start <= c.start < p.end)
            last = next(p for p in doc.paragraphs if p.start < c.end <= p.end)
            starts = {first.start + s for s, _ in sentence_spans(first.text)}
            ends = {last.start + e for _, e in sentence_spans(last.text)}
            assert c.end in ends | para_edges and c.start in starts | para_edges, c.text[-60:]


def test_sizes_ids_and_embed_text(processed):
    settings = Settings.from_env()
    lengths = [len(c.text) for pf in processed for c in pf.chunks]
    assert median(lengths) <= settings.chunk_max_chars
    ids = [c.chunk_id for pf in processed for c in pf.chunks]
    assert len(ids) == len(set(ids))
    kl62 = next(pf for pf in processed if pf.document.file.startswith("KL-62"))
    assert kl62.chunks[1].embed_text.startswith("Kết luận 62-KL/TW | 1. Nâng cao nhận thức")
    assert not any("Văn bản khác" in c.text or "(ĐCSVN)" in c.text for c in kl62.chunks)
    for pf in processed:
        for c in pf.chunks:
            assert re.fullmatch(r"[0-9a-f]{20}", c.chunk_id)
            assert len(c.text) <= settings.chunk_max_chars or len(sentence_spans(c.text)) == 1


def test_chunk_ids_are_stable(documents_dir: Path, processed):
    f = documents_dir / "TB-160-TB-TW_2020-01-15_Bo-Chinh-tri_tiep-tuc-thuc-hien-KL-62.md"
    again = process_file(f, Settings.from_env(), display_path=f.name)
    first = next(pf for pf in processed if pf.document.file == f.name)
    assert [c.chunk_id for c in again.chunks] == [c.chunk_id for c in first.chunks]
    assert again.document.doc_id == first.document.doc_id
    assert len(again.document.content_hash) == 64


def test_small_sections_keep_their_own_chunk(processed):
    kl = next(pf for pf in processed if pf.document.file.startswith("KL-BTV"))
    five = [c for c in kl.chunks if c.section_path[:1] == ["5. Tổ chức thực hiện"]]
    assert [c.section_path[-1] for c in five] == ["5.1", "5.2", "5.3", "5.4", "5.5"]
