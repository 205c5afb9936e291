"""The ONNX export of the transformer, for ``assistant.embeddings`` to run on ONNX Runtime.

``attention_mask`` -> ``last_hidden_state``) is exported to ``onnx/model.onnx``
with ``torch.onnx.export`` (TorchScript exporter, opset 17, eager attention:
SDPA traces badly; weights as external data in ``onnx/model.onnx.data``, which
ORT memory-maps) for ``assistant.embeddings`` to run on ONNX Runtime, which is
about twice as fast as torch for a short query on the 2-core AMD machine.  The
export is kept only if ORT reproduces a *freshly loaded* torch model
(``torch.onnx.export`` leaves the exported module altered) to cosine
>= 0.9999 on Vietnamese texts of several lengths, one at a time and as a
padded batch; its size, sha256 and the onnx / onnxruntime versions go into
``build_info.json["onnx"]``.  Without the ``onnx`` or ``onnxruntime`` package
the export is skipped with a warning (the assistant then runs on torch), and
an existing build that lacks it gets it added in place on the next run,
without rebuilding the rest.

"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.model_build.layout import (
    ONNX_DATA_NAME,
    ONNX_DIR,
    ONNX_EXPORT_VERSION,
    ONNX_FILE,
    check_build,
    file_sha256,
    write_json,
)
from assistant.model_build.sources import BuildError, dist_version
from assistant.model_build.verify import force_offline

log = logging.getLogger(__name__)

ONNX_OPSET = 17
#: ORT must reproduce torch at least this closely, or the build fails.
ONNX_MIN_COSINE = 0.9999

#: Parity probes: Vietnamese texts from a few tokens to past the 512-token limit (truncated).
ONNX_PARITY_TEXTS: tuple[str, ...] = (
    "query: Hội phụ nữ",
    "query: Ủy ban nhân dân tỉnh phải báo cáo kết quả thực hiện trước ngày nào?",
    "passage: Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, "
    "kiểm tra việc thực hiện Chỉ thị này và định kỳ báo cáo Ban Thường vụ Tỉnh ủy.",
    "passage: "
    + " ".join(
        f"Điều {i}. Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - "
        "xã hội có trách nhiệm quán triệt, tổ chức thực hiện nghiêm túc Chỉ thị này."
        for i in range(1, 9)
    ),
    "passage: " + "Hội Liên hiệp Phụ nữ các cấp tuyên truyền, vận động hội viên. " * 80,
)


def _onnx_versions() -> dict[str, str] | None:
    """Versions of ``onnx`` (to export) and ``onnxruntime`` (to verify); None if either is missing."""
    versions = {}
    for module, dist in (("onnx", "onnx"), ("onnxruntime", "onnxruntime")):
        try:
            __import__(module)
        except Exception as exc:  # ImportError, or a broken install
            log.warning(
                "%s is not importable (%s): skipping the ONNX export; the assistant will embed with "
                "torch (slower queries). Install it with: pip install -r requirements.txt",
                module,
                exc,
            )
            return None
        versions[module] = dist_version(dist) or "unknown"
    return versions


def export_onnx(folder: Path, out_dir: Path) -> Path:
    """Export the transformer of the model in ``folder`` into ``out_dir``; returns ``out_dir/model.onnx``.

    Graph: ``input_ids``, ``attention_mask`` (int64, batch and sequence dynamic) -> ``last_hidden_state``;
    weights in ``out_dir/model.onnx.data`` (see :data:`ONNX_DATA_NAME`).
    """
    force_offline()
    import warnings

    import onnx
    import torch
    from transformers import AutoModel

    # Eager attention: the SDPA path traces into a graph that does not match torch on padded batches.
    model = AutoModel.from_pretrained(str(folder), attn_implementation="eager", local_files_only=True).eval()

    class _LastHidden(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    # A padded batch of two, so that the traced mask handling is the general one.
    ids = torch.tensor([[0, 1000, 2000, 3000, 4000, 2], [0, 5000, 2, 1, 1, 1]], dtype=torch.int64)
    mask = (ids != 1).to(torch.int64)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "model.onnx"
    single = out_dir / "single-file.onnx"
    dyn = {0: "batch", 1: "sequence"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # TracerWarnings about Python control flow on shapes
        torch.onnx.export(
            _LastHidden(model),
            (ids, mask),
            str(single),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": dyn, "attention_mask": dyn, "last_hidden_state": dyn},
            opset_version=ONNX_OPSET,
            dynamo=False,
        )
    del model
    proto = onnx.load(str(single))
    onnx.save_model(
        proto,
        str(out),
        save_as_external_data=True,
        all_tensors_to_one_file=True,
        location=ONNX_DATA_NAME,
        size_threshold=1024,
    )
    del proto
    single.unlink()
    for p in (out, out_dir / ONNX_DATA_NAME):
        os.chmod(p, 0o644)  # onnx writes the data file owner-only
    return out


def verify_onnx(folder: Path, onnx_path: Path, texts: Sequence[str] = ONNX_PARITY_TEXTS) -> float:
    """Minimum cosine between ORT on ``onnx_path`` and torch, both on a freshly loaded model.

    The texts are embedded one at a time (no padding) and as one padded batch, through
    sentence-transformers with the transformer swapped exactly as ``assistant.embeddings`` does it.
    """
    force_offline()
    from sentence_transformers import SentenceTransformer

    from assistant.embeddings import use_onnx_runtime

    # Fresh, and loaded directly: during a build ``folder`` has no build_info.json yet.
    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)

    def encode_all() -> np.ndarray:
        kw = {"convert_to_numpy": True, "normalize_embeddings": True, "show_progress_bar": False}
        single = np.concatenate([model.encode([t], **kw) for t in texts])
        batched = model.encode(list(texts), batch_size=len(texts), **kw)
        return np.concatenate([single, batched]).astype(np.float64)

    ref = encode_all()
    use_onnx_runtime(model, onnx_path, threads=max(1, os.cpu_count() or 1))
    got = encode_all()
    cos = np.sum(ref * got, axis=1) / (np.linalg.norm(ref, axis=1) * np.linalg.norm(got, axis=1))
    return float(cos.min())


def export_and_verify(folder: Path, out_dir: Path) -> dict[str, Any] | None:
    """Export into ``out_dir``, check parity, return the ``build_info["onnx"]`` record.

    Returns None (after a logged warning) when onnx/onnxruntime are missing; raises
    :class:`BuildError` when ORT does not reproduce torch. ``out_dir`` is removed unless it verifies.
    """
    versions = _onnx_versions()
    if versions is None:
        return None
    t0 = time.perf_counter()
    log.info("exporting %s (opset %d, onnx %s)", ONNX_FILE, ONNX_OPSET, versions["onnx"])
    try:
        onnx_path = export_onnx(folder, out_dir)
        cos = verify_onnx(folder, onnx_path)
        if not cos >= ONNX_MIN_COSINE:
            raise BuildError(
                f"the ONNX export does not reproduce torch: min cosine {cos:.6f} < {ONNX_MIN_COSINE} "
                f"over {len(ONNX_PARITY_TEXTS)} texts (single and padded batch); torch "
                f"{dist_version('torch')}, transformers {dist_version('transformers')}, "
                f"onnxruntime {versions['onnxruntime']}. The export was not kept."
            )
    except BaseException:
        shutil.rmtree(out_dir, ignore_errors=True)
        raise
    log.info("  ONNX Runtime vs torch: min cosine %.7f (%.1fs)", cos, time.perf_counter() - t0)
    files = {}
    for name in sorted(p.name for p in out_dir.iterdir()):
        p = out_dir / name
        files[f"{ONNX_DIR}/{name}"] = {"size": p.stat().st_size, "sha256": file_sha256(p)}
    return {
        "export_version": ONNX_EXPORT_VERSION,
        "file": ONNX_FILE,
        "files": files,
        "opset": ONNX_OPSET,
        "inputs": ["input_ids", "attention_mask"],
        "outputs": ["last_hidden_state"],
        "parity_min_cosine": round(cos, 7),
        "onnx_version": versions["onnx"],
        "onnxruntime_version": versions["onnxruntime"],
        "exported_with": {"torch": dist_version("torch"), "transformers": dist_version("transformers")},
        "export_seconds": round(time.perf_counter() - t0, 2),
    }


def add_onnx(folder: Path) -> dict[str, Any] | None:
    """Add (or redo) ``onnx/`` in an existing, complete build without touching its other files.

    Returns the new ``onnx`` record of ``build_info.json``, or None when onnx/onnxruntime are missing.
    The export is written and verified in a temporary sibling folder, then renamed into place, and
    ``build_info.json`` is replaced atomically, so an interrupted run leaves the old state.
    """
    folder = Path(folder)
    info = check_build(folder)
    if info is None:
        raise BuildError(f"{folder} is not a complete model build; run: python -m assistant.model_build")
    tmp = folder / f".{ONNX_DIR}.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    rec = export_and_verify(folder, tmp)
    if rec is None:
        return None
    final = folder / ONNX_DIR
    old = folder / f".{ONNX_DIR}.old-{os.getpid()}"
    if final.exists():
        os.rename(final, old)
    os.rename(tmp, final)
    shutil.rmtree(old, ignore_errors=True)
    info["onnx"] = rec
    info_tmp = folder / f".build_info.json.tmp-{os.getpid()}"
    write_json(info_tmp, info)
    os.replace(info_tmp, folder / "build_info.json")
    log.info("added %s to %s", ONNX_DIR, folder)
    return rec

