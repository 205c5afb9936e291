"""The real embedding model: offline loading, prefixes, normalisation, truncation, cache, fingerprint."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embeddings import Embedder
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
