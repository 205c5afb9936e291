"""The generated bad-input corpus (scripts/make_bad_inputs.py) through the real CLI: every bad file gets its
own bilingual message with the expected reason, every good file is indexed, the command does not crash, and
peak memory stays under 1.5 GB above the embedding model's own footprint (issue 12, "Done when")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
MEASURE = (
    "import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "sys.stdout.write(p.stdout); sys.stderr.write(p.stderr); "
    "print('PEAK_KB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(p.returncode)"
)
MODEL_ONLY = (
    "from assistant.config import Settings; from assistant.embeddings import Embedder; "
    "Embedder.for_settings(Settings.from_env()).embed_passages(['Hội phụ nữ tổ chức tập huấn.'])"
)


def _peak(args: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess, int]:
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=1800,
    )
    kb = int(proc.stdout.rsplit("PEAK_KB", 1)[1].split()[0])
    return proc, kb


def test_bad_input_corpus(tmp_path):
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(REPO)}
    made = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "make_bad_inputs.py"), str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    expected: dict[str, str] = json.loads((tmp_path / "expected.json").read_text(encoding="utf-8"))
    docs, index = tmp_path / "documents", tmp_path / "index"
    proc, peak_kb = _peak(
        [sys.executable, "-m", "assistant", "index", "-d", str(docs), "-i", str(index), "-q"], env
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0 and "Traceback" not in out, out
    lines = {}
    for line in out.splitlines():
        if line.startswith("["):
            rest = line.split("] ", 1)[1]
            name = rest.split(": ", 1)[0] if line.startswith("[error") else rest.rsplit(" (", 1)[0]
            lines[name] = line
    from assistant.index.store import IndexStore

    store = IndexStore.open(index)
    states = store.file_states()
    import unicodedata

    nfc = {unicodedata.normalize("NFC", k): v for k, v in lines.items()}
    for name, code in expected.items():
        line = nfc.get(unicodedata.normalize("NFC", name))
        assert line is not None, f"no status line for {name}:\n{out}"
        if code == "ok":
            assert line.startswith("[added"), line
        else:
            assert line.startswith("[error") and " / " in line.split(": ", 1)[1], line
    good = {unicodedata.normalize("NFC", n) for n, c in expected.items() if c == "ok"}
    assert {unicodedata.normalize("NFC", f) for f in states} == good
    # Peak memory above the model alone (same process kind: Python + model + one small embedding).
    _, model_kb = _peak([sys.executable, "-c", MODEL_ONLY], env)
    above_mb = (peak_kb - model_kb) / 1024
    print(
        f"peak RSS {peak_kb / 1024:.0f} MB, model alone {model_kb / 1024:.0f} MB, "
        f"above the model {above_mb:.0f} MB"
    )
    assert above_mb < 1536
