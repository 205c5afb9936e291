"""The index parts on their own: FAISS backends, manifest commit point, document round-trip, HNSW switch."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from assistant.errors import IndexError_, IndexMismatchError
from assistant.index import vectors as vec
from assistant.index.manifest import Manifest, next_generation, sweep_generations, write_json_atomic
from assistant.index.records import document_from_json, document_to_json
from assistant.index.store import IndexStore
from assistant.indexer import Indexer
from assistant.pipeline import process_file
from assistant.retrieve import Retriever


def _unit(rows: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    m = np.random.default_rng(seed).standard_normal((rows, dim)).astype(np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


@pytest.mark.parametrize("backend", ["flat", "hnsw", "ivf"])
def test_vector_backends_search_by_chunk_id(tmp_path, backend):
    mat = _unit(300)
    vids = np.arange(1000, 1300, dtype=np.int64)
    index = vec.build(vids, mat, 32, backend)
    vec.write(index, tmp_path / "v.faiss")
    index = vec.read(tmp_path / "v.faiss")
    hits = vec.search(index, mat[42], 5)
    assert hits[0][0] == 1042 and hits[0][1] == pytest.approx(1.0, abs=1e-4)
    allowed = {1001, 1002, 1003}
    assert {v for v, _ in vec.search(index, mat[42], 5, allowed)} <= allowed
    assert vec.search(index, mat[42], 5, set()) == []


def test_backend_threshold():
    assert vec.backend_for(10, 50_000) == "flat" and vec.backend_for(50_001, 50_000) == "ivf"
    assert vec.backend_for(50_001, 50_000, "hnsw") == "hnsw"


def test_manifest_errors(tmp_path):
    with pytest.raises(IndexError_) as err:
        Manifest.read(tmp_path)
    assert err.value.code == "index_missing"
    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(IndexError_) as err:
        Manifest.read(tmp_path)
    assert err.value.code == "index_damaged"
    m = Manifest(embed_model="m", dim=3, fingerprint="f", schema_version=999)
    write_json_atomic(tmp_path / "manifest.json", m.__dict__)
    with pytest.raises(IndexMismatchError):
        Manifest.read(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]  # no temp files left behind


def test_manifest_compatibility():
    m = Manifest(embed_model="multilingual-e5-small", dim=384, fingerprint="sha256:a")
    m.check_compatible("multilingual-e5-small", 384, "sha256:a")
    m.check_compatible("renamed-folder", 384, "sha256:a")  # same weights under another folder name
    with pytest.raises(IndexMismatchError):
        m.check_compatible("multilingual-e5-small", 384, "sha256:b")
    with pytest.raises(IndexMismatchError):
        m.check_compatible("multilingual-e5-small", 768, "sha256:a")


def test_generations(tmp_path):
    assert next_generation(tmp_path) == "g000001"
    for g in ("g000001", "g000002", "g000005"):
        (tmp_path / g).mkdir()
    assert next_generation(tmp_path) == "g000006"
    sweep_generations(tmp_path, keep={"g000005", "g000002"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g000002", "g000005"]


def test_document_json_round_trip(documents_dir, settings):
    path = next(documents_dir.glob("KL-BTV*"))
    doc = process_file(path, settings, path.name).document
    assert document_from_json(document_to_json(doc)) == doc


def test_hnsw_above_threshold(tmp_path, settings, embedder):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i, org in enumerate(["Hội phụ nữ", "Hội Nông dân", "Đoàn Thanh niên", "Hội Cựu chiến binh"]):
        (docs / f"{i}.md").write_text(
            f"KẾ HOẠCH\n\n1. {org} các cấp tổ chức tuyên truyền, vận động hội viên.\n", encoding="utf-8"
        )
    s = replace(settings, index_dir=tmp_path / "index", ann_threshold=2, ann_kind="hnsw")
    Indexer(s, embedder=embedder).update(docs)
    store = IndexStore.open(s.index_dir)
    assert store.manifest.vector_backend == "hnsw" and store.manifest.counts["chunks"] >= 4
    assert (
        json.loads((s.index_dir / "manifest.json").read_text(encoding="utf-8"))["fingerprint"]
        == embedder.fingerprint
    )
    hits = Retriever(s, embedder=embedder).search("Hội Nông dân", k=2)
    assert "Nông dân" in hits[0].chunk.text
    # Removing a file rebuilds the graph from the stored vectors (HNSW cannot delete), no re-embedding.
    (docs / "0.md").unlink()
    Indexer(s, embedder=embedder).update(docs)
    assert IndexStore.open(s.index_dir).manifest.counts["documents"] == 3
