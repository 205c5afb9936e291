"""Settings in one place: every knob has an environment variable, a documented default and a CLI flag.

``Settings.from_env()`` reads the environment; CLI flags and the UI override single fields with
``dataclasses.replace``. Nothing else in the package reads ``os.environ``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    value = os.environ.get(name)
    return default if value is None or value == "" else value


@dataclass(frozen=True)
class Settings:
    """All configuration. Environment variable names are given in each field's metadata."""

    documents_dir: Path = field(default=REPO_ROOT / "documents", metadata={"env": "ASSISTANT_DOCUMENTS"})
    index_dir: Path = field(default=REPO_ROOT / "indexes" / "default", metadata={"env": "ASSISTANT_INDEX"})
    # Any sentence-transformers name or folder; the default folder is built offline by `make setup`.
    embed_model: str = field(
        default=str(REPO_ROOT / "models" / "multilingual-e5-small"), metadata={"env": "ASSISTANT_EMBED_MODEL"}
    )
    # Transformer forward pass: "auto" (ONNX Runtime when <model>/onnx/model.onnx exists), "torch" or "onnx".
    embed_runtime: str = field(default="auto", metadata={"env": "ASSISTANT_EMBED_RUNTIME"})
    query_prefix: str = field(default="query: ", metadata={"env": "ASSISTANT_QUERY_PREFIX"})
    passage_prefix: str = field(default="passage: ", metadata={"env": "ASSISTANT_PASSAGE_PREFIX"})
    embed_batch_size: int = field(default=32, metadata={"env": "ASSISTANT_EMBED_BATCH"})
    # Exact inner-product search below this many chunks, HNSW above.
    ann_threshold: int = field(default=50_000, metadata={"env": "ASSISTANT_ANN_THRESHOLD"})
    ann_kind: str = field(default="ivf", metadata={"env": "ASSISTANT_ANN_KIND"})  # "ivf" or "hnsw"
    top_k: int = field(default=10, metadata={"env": "ASSISTANT_TOP_K"})
    chunk_min_chars: int = field(default=200, metadata={"env": "ASSISTANT_CHUNK_MIN"})
    chunk_max_chars: int = field(default=900, metadata={"env": "ASSISTANT_CHUNK_MAX"})
    max_file_mb: int = field(default=100, metadata={"env": "ASSISTANT_MAX_FILE_MB"})
    ocr_lang: str = field(default="vie", metadata={"env": "ASSISTANT_OCR_LANG"})
    # External converters, by name on PATH or full path (tests point them at missing binaries).
    tesseract_cmd: str = field(default="tesseract", metadata={"env": "ASSISTANT_TESSERACT"})
    antiword_cmd: str = field(default="antiword", metadata={"env": "ASSISTANT_ANTIWORD"})
    ocr_dpi: int = field(default=300, metadata={"env": "ASSISTANT_OCR_DPI"})
    # Answering.
    answer_mode: str = field(default="extractive", metadata={"env": "ASSISTANT_MODE"})
    abstain_threshold: float = field(default=0.0, metadata={"env": "ASSISTANT_ABSTAIN_THRESHOLD"})
    # Ranking preferences switched off by name (``assistant.retrieve.FEATURES``), e.g. "org_scope,closing";
    # ``eval --ablate`` switches them off one at a time.
    disabled_features: frozenset[str] = field(default=frozenset(), metadata={"env": "ASSISTANT_DISABLE"})
    llm_base_url: str = field(default="", metadata={"env": "ASSISTANT_LLM_BASE_URL"})
    llm_model: str = field(default="", metadata={"env": "ASSISTANT_LLM_MODEL"})
    llm_api_key: str = field(default="", metadata={"env": "ASSISTANT_LLM_API_KEY"})
    llm_gguf: str = field(default="", metadata={"env": "ASSISTANT_LLM_GGUF"})
    llm_max_tokens: int = field(default=512, metadata={"env": "ASSISTANT_LLM_MAX_TOKENS"})
    # App.
    host: str = field(default="127.0.0.1", metadata={"env": "ASSISTANT_HOST"})
    port: int = field(default=7860, metadata={"env": "GRADIO_SERVER_PORT"})
    auth: str = field(default="", metadata={"env": "ASSISTANT_AUTH"})  # "user:password"
    ui_language: str = field(default="vi", metadata={"env": "ASSISTANT_UI_LANG"})

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Build settings from the environment, then apply explicit overrides (None values are ignored)."""
        values: dict[str, object] = {}
        for f in fields(cls):
            env = f.metadata.get("env")
            if env and os.environ.get(env):
                raw = os.environ[env]
                default = f.default
                if isinstance(default, Path):
                    values[f.name] = Path(raw)
                elif isinstance(default, bool):
                    values[f.name] = raw.lower() in {"1", "true", "yes"}
                elif isinstance(default, int):
                    values[f.name] = int(raw)
                elif isinstance(default, float):
                    values[f.name] = float(raw)
                elif isinstance(default, frozenset):
                    values[f.name] = frozenset(x.strip() for x in raw.split(",") if x.strip())
                else:
                    values[f.name] = raw
        for k, v in overrides.items():
            if v is not None:
                values[k] = Path(v) if isinstance(getattr(cls, k, None), Path) and isinstance(v, str) else v
        return cls(**values)  # type: ignore[arg-type]

    @property
    def llm_configured(self) -> bool:
        """True when an LLM endpoint or local GGUF file is set."""
        return bool(self.llm_base_url and self.llm_model) or bool(self.llm_gguf)


def env_table() -> list[tuple[str, str, str]]:
    """(environment variable, field, default) rows for the README and ``--help``."""
    return [(f.metadata["env"], f.name, str(f.default)) for f in fields(Settings) if f.metadata.get("env")]
