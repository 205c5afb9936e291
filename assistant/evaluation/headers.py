"""Header accuracy: type, number, date, issuer and signer read from real documents against a labelled set.

The gold file (``eval/headers_gold.jsonl``) has one line per document: ``file`` (a path relative to the
repository root, e.g. ``../shared/external/...``), the five fields as a person read them from the file
(``null`` where the document does not state the field, listed again in ``absent``; a list means "any of
these", e.g. the three signers of a joint resolution) and a ``note``. Each document goes through the
public ``load_file`` + ``parse``. A field counts as right when the parser's value equals the gold value
after ``normalize`` (case, tone placement, spaces; numbers compared without spaces) or both are absent.

Conventions of the labels: ``number`` keeps what is printed, blank digits left out ("Số: /KH-SGDĐT" ->
"/KH-SGDĐT"); ``date`` is ISO, ``yyyy-mm`` when the day is left blank; ``issuer`` is the body the
document is issued by: the "CỦA ..." line under the type, else the lowest body of the letterhead (an
organ such as "BAN THƯỜNG TRỰC" with the body above it as owner), else the body the text or the T/M
signature names.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.loaders import load_file
from assistant.parse import parse
from assistant.text import normalize

FIELDS = ("type", "number", "date", "issuer", "signer")


@dataclass
class HeaderResult:
    """Per-field accuracy over the documents found, the misses, and files that could not be read."""

    n: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[dict[str, Any]] = field(default_factory=list)
    missing_files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def accuracy(self) -> dict[str, float]:
        """Share of documents whose field is right, per field (0.0 when no document was read)."""
        return {f: (self.right[f] / self.n if self.n else 0.0) for f in FIELDS}


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The labelled documents, one JSON object per line; blank lines skipped."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _norm(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    text = normalize(value).strip(" .,;")
    return text.replace(" ", "") if name == "number" else text


def same(name: str, predicted: str | None, gold: str | list[str] | None) -> bool:
    """True when ``predicted`` matches the gold value (or any of a gold list) for field ``name``."""
    options = gold if isinstance(gold, list) else [gold]
    return any(_norm(predicted, name) == _norm(g, name) for g in options)


def predicted_fields(meta: Any) -> dict[str, str | None]:
    """The five fields of a ``DocumentMeta`` under the gold file's names."""
    return {
        "type": meta.doc_type,
        "number": meta.number,
        "date": meta.date,
        "issuer": meta.issuer,
        "signer": meta.signer,
    }


def _find(path: Path) -> Path | None:
    """The file, also when the disk spells its name in another Unicode form (NFD from macOS)."""
    if path.exists():
        return path
    if path.parent.is_dir():
        want = unicodedata.normalize("NFC", path.name)
        for p in path.parent.iterdir():
            if unicodedata.normalize("NFC", p.name) == want:
                return p
    return None


def evaluate(gold_path: Path, root: Path, log: Callable[[str], None] | None = None) -> HeaderResult:
    """Parse every labelled file found under ``root`` and compare its header fields with the labels."""
    result = HeaderResult()
    for row in load_gold(gold_path):
        path = _find(root / row["file"])
        if path is None:
            result.missing_files.append(row["file"])
            continue
        try:
            doc = parse(load_file(path), row["file"])
        except AssistantError as exc:
            result.errors.append(f"{row['file']}: {exc}")
            doc = None
        result.n += 1
        got = predicted_fields(doc.meta) if doc else dict.fromkeys(FIELDS)
        for name in FIELDS:
            if same(name, got[name], row.get(name)):
                result.right[name] += 1
            else:
                result.misses.append(
                    {"file": row["file"], "field": name, "gold": row.get(name), "got": got[name]}
                )
        if log:
            log(f"  {row['file']}")
    return result


def report(result: HeaderResult) -> str:
    """The console table: accuracy per field, then each miss (file, field, gold, parsed)."""
    acc = result.accuracy()
    lines = [f"Header metadata on {result.n} labelled documents / Độ chính xác siêu dữ liệu", ""]
    lines.append("  field     right   accuracy")
    for name in FIELDS:
        lines.append(f"  {name:<8}{result.right[name]:>4}/{result.n:<4}{acc[name]:>8.3f}")
    if result.missing_files:
        lines.append(f"\n  not found (skipped): {len(result.missing_files)}")
    if result.errors:
        lines.append("\n  unreadable:")
        lines.extend(f"    {e}" for e in result.errors)
    if result.misses:
        lines.append("\n  misses:")
        for m in result.misses:
            lines.append(
                f"    {Path(m['file']).name[:60]:<60} {m['field']:<7} gold={m['gold']!r} got={m['got']!r}"
            )
    return "\n".join(lines)
