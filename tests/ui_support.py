"""Shared by the browser tests: start the real app (``python app.py``) on a free port over a temp copy of
some documents, and stop it; Debian's Chromium launched through Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT_S = 900  # first start builds the index on a busy 2-core CI machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the app exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise TimeoutError(f"{url} did not answer within {timeout:.0f} s")


@contextmanager
def running_app(root: Path, names: list[str], log_name: str, **env_extra: str) -> Iterator[str]:
    """The app over ``root/documents`` (copies of the sample documents ``names``) and ``root/index``;
    yields its URL. Skips when Chromium or Playwright is missing."""
    if not CHROMIUM.exists():
        pytest.skip("Debian Chromium not installed at /usr/bin/chromium (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api")
    docs = root / "documents"
    docs.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(REPO / "documents" / name, docs / name)
    port = _free_port()
    env = {
        **os.environ,
        "ASSISTANT_DOCUMENTS": str(docs),
        "ASSISTANT_INDEX": str(root / "index"),
        "GRADIO_SERVER_PORT": str(port),
        "ASSISTANT_HOST": "127.0.0.1",
        "ASSISTANT_AUTH": "",
        "ASSISTANT_UI_LANG": "vi",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "PYTHONUNBUFFERED": "1",
        **env_extra,
    }
    ARTIFACTS.mkdir(exist_ok=True)
    log = (ARTIFACTS / log_name).open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/", proc, START_TIMEOUT_S)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Debian Chromium through Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()
