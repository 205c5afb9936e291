"""The real embedding model: offline loading, prefixes, normalisation, truncation, cache, fingerprint,
and the ONNX Runtime forward pass against the torch one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.embeddings import ONNX_MODEL, Embedder, _weights_fingerprint
from assistant.errors import ConfigError


def test_query_vectors_are_normalised_float32(embedder):
    vecs = embedder.embed_queries(["Hội phụ nữ các cấp phải làm gì?", "What must the Women's Union do?"])
    assert vecs.dtype == np.float32 and vecs.shape == (2, embedder.dim)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)


def test_prefixes_are_applied(embedder):
    text = "Hội phụ nữ các cấp vận động phụ nữ thực hiện bình đẳng giới."
    q = embedder.embed_queries([text])[0]
    p = embedder.embed_passages([text])[0]
    # Same words, different e5 prefixes: close but not identical vectors.
    assert 0.8 < float(q @ p) < 0.9999


def test_query_cache_returns_the_same_vector(embedder):
    a = embedder.embed_query("Mặt trận Tổ quốc có nhiệm vụ gì?")
    b = embedder.embed_query("Mặt trận Tổ quốc có nhiệm vụ gì?")
    assert np.array_equal(a, b)


def test_cross_lingual_similarity_ranks_the_right_passage(embedder):
    passages = [
        "Hội phụ nữ các cấp vận động phụ nữ rèn luyện phẩm chất đạo đức, xây dựng gia đình hạnh phúc.",
        "Hội Cựu chiến binh các cấp phát huy bản chất bộ đội Cụ Hồ.",
    ]
    p = embedder.embed_passages(passages)
    q = embedder.embed_query("What must the Women's Union do?")
    assert int(np.argmax(p @ q)) == 0


def test_long_passages_are_truncated_and_progress_reported(embedder):
    calls = []
    long_text = "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. " * 400  # far beyond 512 tokens
    vecs = embedder.embed_passages(
        [long_text, "ngắn"], progress=lambda done, total: calls.append((done, total))
    )
    assert vecs.shape == (2, embedder.dim) and embedder.max_seq_length <= 512
    assert calls[-1] == (2, 2)
    assert embedder.embed_passages([]).shape == (0, embedder.dim)


def test_fingerprint_is_weights_checksum(embedder):
    assert embedder.fingerprint.startswith("sha256:")
    assert embedder.fingerprint == embedder.fingerprint
    assert embedder.model_name == "multilingual-e5-small"


def test_missing_model_folder_is_a_clear_config_error(tmp_path):
    with pytest.raises(ConfigError) as err:
        Embedder(str(tmp_path / "no-such-model"))
    assert err.value.code == "model_missing"
    assert "model_build" in err.value.message_en and "ASSISTANT_EMBED_MODEL" in err.value.message_vi


def test_uncached_hub_name_is_a_clear_config_error():
    with pytest.raises(ConfigError) as err:
        Embedder("nobody-has/this-model-cached")
    assert "make setup" in err.value.bilingual()


# --- ONNX Runtime vs torch ------------------------------------------------------------------------------

# Lengths from two tokens to far past the 512-token limit, so one padded batch mixes all of them.
MIXED_PASSAGES = [
    "ngắn",
    "Hội phụ nữ các cấp vận động phụ nữ thực hiện bình đẳng giới.",
    "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra việc "
    "thực hiện Chỉ thị này; định kỳ sơ kết, tổng kết và báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/12.",
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội có trách nhiệm tuyên truyền, vận động. " * 12,
    "Các cấp ủy, tổ chức đảng quán triệt và tổ chức thực hiện nghiêm túc Chỉ thị này. " * 60,
]
QUESTIONS = ["Hội phụ nữ các cấp phải làm gì?", "Ai chủ trì theo dõi?", "What must the Women's Union do?"]


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sum(a * b, axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


@pytest.fixture(scope="module")
def model_dir(settings) -> Path:
    """The built model folder; it must hold the ONNX export (made by `make setup` / model_build)."""
    pytest.importorskip("onnxruntime")
    folder = Path(settings.embed_model)
    assert (folder / ONNX_MODEL).is_file(), (
        f"{folder} has no {ONNX_MODEL}: run python -m assistant.model_build --out {folder}"
    )
    return folder


@pytest.fixture(scope="module")
def onnx_embedder(settings, model_dir):
    return Embedder.shared(
        str(model_dir), settings.query_prefix, settings.passage_prefix, settings.embed_batch_size, "onnx"
    )


@pytest.fixture(scope="module")
def torch_embedder(settings, model_dir):
    return Embedder.shared(
        str(model_dir), settings.query_prefix, settings.passage_prefix, settings.embed_batch_size, "torch"
    )


@pytest.fixture(scope="module")
def folder_without_onnx(model_dir, tmp_path_factory) -> Path:
    """The same model folder as an old build would have it: every file (symlinked) except onnx/."""
    folder = tmp_path_factory.mktemp("no-onnx") / model_dir.name
    folder.mkdir()
    for entry in model_dir.iterdir():
        if entry.name != "onnx":
            (folder / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    return folder


def test_auto_runtime_picks_onnx_when_the_export_exists(settings, model_dir):
    auto = Embedder.shared(
        str(model_dir), settings.query_prefix, settings.passage_prefix, settings.embed_batch_size, "auto"
    )
    assert auto.runtime == "onnx"


def test_onnx_and_torch_runtimes_give_the_same_vectors(onnx_embedder, torch_embedder):
    assert (onnx_embedder.runtime, torch_embedder.runtime) == ("onnx", "torch")
    # All passages in one padded batch (longest first), and each one on its own (no padding).
    batched = [e.embed_passages(MIXED_PASSAGES) for e in (onnx_embedder, torch_embedder)]
    assert batched[0].dtype == np.float32 and batched[0].shape == (len(MIXED_PASSAGES), onnx_embedder.dim)
    assert _cosines(*batched).min() >= 0.9999
    single = np.concatenate([onnx_embedder.embed_passages([t]) for t in MIXED_PASSAGES])
    assert _cosines(single, batched[1]).min() >= 0.9999
    queries = [e.embed_queries(QUESTIONS) for e in (onnx_embedder, torch_embedder)]
    assert _cosines(*queries).min() >= 0.9999
    assert np.allclose(np.linalg.norm(queries[0], axis=1), 1.0, atol=1e-4)


def test_fingerprint_does_not_depend_on_the_runtime_or_the_onnx_folder(
    onnx_embedder, torch_embedder, folder_without_onnx
):
    # Indexes built before onnx/ was added (or with the other runtime) must stay valid.
    assert onnx_embedder.fingerprint == torch_embedder.fingerprint
    assert onnx_embedder.fingerprint == _weights_fingerprint(folder_without_onnx)


def test_onnx_runtime_without_the_export_is_a_clear_config_error(folder_without_onnx):
    with pytest.raises(ConfigError) as err:
        Embedder(str(folder_without_onnx), runtime="onnx")
    assert err.value.code == "onnx_missing"
    assert "model_build" in err.value.message_en and "ASSISTANT_EMBED_RUNTIME" in err.value.message_en
    assert "model_build" in err.value.message_vi and "ASSISTANT_EMBED_RUNTIME" in err.value.message_vi


def test_auto_runtime_falls_back_to_torch_without_the_export(folder_without_onnx, torch_embedder):
    emb = Embedder(str(folder_without_onnx))
    assert emb.runtime == "torch"
    assert np.allclose(emb.embed_query("Ai chủ trì?"), torch_embedder.embed_query("Ai chủ trì?"), atol=1e-6)


def test_unknown_runtime_is_a_config_error(model_dir):
    with pytest.raises(ConfigError) as err:
        Embedder(str(model_dir), runtime="gpu")
    assert err.value.code == "bad_setting" and "auto" in err.value.bilingual()
