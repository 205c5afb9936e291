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
    # Candidates each ranking (dense, lexical, scoped) contributes to the fusion, at least; 5 per asked
    # result above that. A passage found deep in one ranking only still gets that ranking's share (the
    # documents are still chosen from the first 50 places, ``retrieve.within.DOC_ORDER_DEPTH``). Dev halves,
    # 2026-11-30, 50 -> 150: library R@1 .604 -> .615, R@10 .922 -> .943, MRR .728 -> .738; handbook page
    # R@5 .833 and sample unchanged (200: the same as 150).
    candidate_depth: int = field(default=150, metadata={"env": "ASSISTANT_CANDIDATE_DEPTH"})
    chunk_min_chars: int = field(default=200, metadata={"env": "ASSISTANT_CHUNK_MIN"})
    chunk_max_chars: int = field(default=900, metadata={"env": "ASSISTANT_CHUNK_MAX"})
    max_file_mb: int = field(default=100, metadata={"env": "ASSISTANT_MAX_FILE_MB"})
    # One document in several files (DOCX + signed PDF) is indexed once (assistant/parse/duplicates.py).
    merge_duplicates: bool = field(default=True, metadata={"env": "ASSISTANT_MERGE_DUPLICATES"})
    ocr_lang: str = field(default="vie", metadata={"env": "ASSISTANT_OCR_LANG"})
    # External converters, by name on PATH or full path (tests point them at missing binaries).
    tesseract_cmd: str = field(default="tesseract", metadata={"env": "ASSISTANT_TESSERACT"})
    antiword_cmd: str = field(default="antiword", metadata={"env": "ASSISTANT_ANTIWORD"})
    # LibreOffice for Word 97 .doc (converted to .docx so tables and cells survive); antiword is the fallback.
    soffice_cmd: str = field(default="soffice", metadata={"env": "ASSISTANT_SOFFICE"})
    ocr_dpi: int = field(default=300, metadata={"env": "ASSISTANT_OCR_DPI"})
    # Answering.
    answer_mode: str = field(default="extractive", metadata={"env": "ASSISTANT_MODE"})
    abstain_threshold: float = field(default=0.0, metadata={"env": "ASSISTANT_ABSTAIN_THRESHOLD"})
    # Ranking preferences switched off by name (``assistant.retrieve.FEATURES``), e.g. "org_scope,closing";
    # ``eval --ablate`` switches them off one at a time; ``ASSISTANT_DISABLE=none`` turns all on.
    # Off by default: the two that lowered recall@5 on the library dev half (eval/splits.json, 103
    # questions): org_scope 0.568 -> 0.620 and both 0.641 when off, at a cost on the sample dev half
    # (recall@5 1.000 -> 0.968, MRR 0.903 -> 0.886); measured 2026-11-29 (README, Quality).
    # heading_field was off from 2026-11-29 (then library dev recall@5 0.755 either way) and is on again
    # since 2026-11-30: library dev recall@1 .698 -> .708, recall@5 .958 -> .979, MRR .804 -> .807; sample
    # dev unchanged (recall@5 1.000, MRR .887); library dev answers: gold cited 82 = 82, key phrase 82 = 82,
    # headline right 35 = 35 (weight 0.5: library MRR .814 but sample MRR .887 -> .871).
    disabled_features: frozenset[str] = field(
        default=frozenset({"org_scope", "section_aggregation"}),
        metadata={"env": "ASSISTANT_DISABLE"},
    )
    # ``name_echo`` (``retrieve.echo``): multiplier of a passage that only restates the title a question names
    # its document by, without the words it asks (0.5: the clause answering, ranked just below, comes first).
    name_echo_penalty: float = field(default=0.5, metadata={"env": "ASSISTANT_NAME_ECHO_PENALTY"})
    # ``answer.amended``: how much of what an amending sentence names ("lùi thời hạn trình dự thảo Báo cáo
    # chính trị đến ...": its words and word pairs, [0, 1]) an earlier clause or the question must write for
    # the change to apply to it; between the two (or applying without citing the clause's document) the
    # change may apply: no first line rather than the old time. Seen: the amended table row 0.92, the
    # question 0.92, a clause of another task sharing "báo cáo" 0.5 and less (tests/test_amendments.py).
    amend_applies: float = field(default=0.75, metadata={"env": "ASSISTANT_AMEND_APPLIES"})
    amend_may_apply: float = field(default=0.45, metadata={"env": "ASSISTANT_AMEND_MAY_APPLY"})
    llm_base_url: str = field(default="", metadata={"env": "ASSISTANT_LLM_BASE_URL"})
    llm_model: str = field(default="", metadata={"env": "ASSISTANT_LLM_MODEL"})
    llm_api_key: str = field(default="", metadata={"env": "ASSISTANT_LLM_API_KEY"})
    llm_gguf: str = field(default="", metadata={"env": "ASSISTANT_LLM_GGUF"})
    llm_max_tokens: int = field(default=512, metadata={"env": "ASSISTANT_LLM_MAX_TOKENS"})
    # LLM calls: seconds to connect, seconds to wait for each read, whole-question deadline (seconds),
    # retries after a failed call, and how many LLM questions run at once (the rest get the extractive
    # answer with a note, so hanging LLM calls never hold every answering slot).
    llm_connect_timeout: float = field(default=5.0, metadata={"env": "ASSISTANT_LLM_CONNECT_TIMEOUT"})
    llm_read_timeout: float = field(default=30.0, metadata={"env": "ASSISTANT_LLM_READ_TIMEOUT"})
    llm_deadline: float = field(default=60.0, metadata={"env": "ASSISTANT_LLM_DEADLINE"})
    llm_retries: int = field(default=1, metadata={"env": "ASSISTANT_LLM_RETRIES"})
    llm_concurrency: int = field(default=2, metadata={"env": "ASSISTANT_LLM_CONCURRENCY"})
    # Limits on one file, so a hostile file cannot take the machine: zip-based formats (DOCX, XLSX, ODT...)
    # are checked before reading (total inflated size in MB, member count, compression ratio); PDFs by
    # page count; any text by characters after loading.
    max_unzipped_mb: int = field(default=300, metadata={"env": "ASSISTANT_MAX_UNZIPPED_MB"})
    max_zip_members: int = field(default=5000, metadata={"env": "ASSISTANT_MAX_ZIP_MEMBERS"})
    max_zip_ratio: int = field(default=200, metadata={"env": "ASSISTANT_MAX_ZIP_RATIO"})
    max_pages: int = field(default=2000, metadata={"env": "ASSISTANT_MAX_PAGES"})
    max_chars: int = field(default=20_000_000, metadata={"env": "ASSISTANT_MAX_CHARS"})
    # Seconds an index update waits for another writer (CLI or app) before giving up with a message.
    lock_wait: float = field(default=60.0, metadata={"env": "ASSISTANT_LOCK_WAIT"})
    # Deleted documents are moved here (restorable); empty = "<documents>-trash" beside the documents folder.
    trash_dir: str = field(default="", metadata={"env": "ASSISTANT_TRASH"})
    # Users file (JSON, written by `python -m assistant users`): logins with reader/editor roles.
    users_file: str = field(default="", metadata={"env": "ASSISTANT_USERS"})
    # Audit log of library changes (JSON lines); empty = "audit.jsonl" beside the index folder.
    audit_log: str = field(default="", metadata={"env": "ASSISTANT_AUDIT_LOG"})
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
                elif isinstance(default, (int, float)):
                    kind = type(default)
                    try:
                        number = kind(raw)
                    except ValueError:
                        number = None
                    if number is None or number < 0:
                        from assistant.errors import ConfigError

                        what = "số nguyên" if kind is int else "số"
                        raise ConfigError(
                            f"{env}={raw!r} không hợp lệ: cần một {what} không âm.",
                            f"{env}={raw!r} is not valid: a non-negative {kind.__name__} is expected.",
                        )
                    values[f.name] = number
                elif isinstance(default, frozenset):
                    # "none" names the empty set (an empty variable means "not set")
                    values[f.name] = frozenset(
                        x.strip() for x in raw.split(",") if x.strip() and x.strip().lower() != "none"
                    )
                else:
                    values[f.name] = raw
        for k, v in overrides.items():
            if v is not None:
                values[k] = Path(v) if isinstance(getattr(cls, k, None), Path) and isinstance(v, str) else v
        return cls(**values)  # type: ignore[arg-type]

    @property
    def trash_path(self) -> Path:
        """Where deleted documents go: ``trash_dir`` or ``<documents>-trash`` beside the documents folder."""
        if self.trash_dir:
            return Path(self.trash_dir)
        d = Path(self.documents_dir)
        return d.parent / f"{d.name}-trash"

    @property
    def audit_path(self) -> Path:
        """The audit log file: ``audit_log`` or ``audit.jsonl`` beside the index folder."""
        return Path(self.audit_log) if self.audit_log else Path(self.index_dir).parent / "audit.jsonl"

    @property
    def llm_configured(self) -> bool:
        """True when an LLM endpoint or local GGUF file is set."""
        return bool(self.llm_base_url and self.llm_model) or bool(self.llm_gguf)


def env_table() -> list[tuple[str, str, str]]:
    """(environment variable, field, default) rows for the README and ``--help``."""
    return [(f.metadata["env"], f.name, str(f.default)) for f in fields(Settings) if f.metadata.get("env")]
