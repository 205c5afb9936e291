"""Failures a user can meet end in one bilingual message and a non-zero exit, never a traceback (issue 12,
fault 8): a read-only index folder, a full disk, an index locked by another writer, a missing model folder.

Read-only and full filesystems are real: a small tmpfs mounted for the test (root, as in CI containers), or
a folder without write permission when not root. Tests that cannot set up their filesystem skip with the
reason."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOC = (
    "HỘI CỰU CHIẾN BINH TỈNH NAM ĐỊNH\nSố: 05-KH/CCB\nKẾ HOẠCH\nTuyên truyền truyền thống năm 2026\n\n"
    "1. Hội Cựu chiến binh các huyện tổ chức nói chuyện truyền thống tại các trường học "
    "trong tháng 12 năm 2026.\n"
)


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=600,
    )


def _assert_one_message(proc: subprocess.CompletedProcess, *needles: str) -> None:
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0, out
    assert "Traceback" not in out, out
    for n in needles:
        assert n in out, out


@pytest.fixture()
def docs(tmp_path: Path) -> Path:
    d = tmp_path / "documents"
    d.mkdir()
    (d / "KH-05-CCB.txt").write_text(DOC, encoding="utf-8")
    return d


@pytest.fixture()
def small_fs(tmp_path: Path):
    """A mount point for a tmpfs of the requested size; unmounted afterwards."""
    mounts: list[Path] = []

    def mount(size: str, read_only: bool = False) -> Path:
        point = tmp_path / f"fs{len(mounts)}"
        point.mkdir()
        if os.geteuid() != 0:
            pytest.skip("mounting a tmpfs needs root")
        proc = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True
        )
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode().strip()}")
        mounts.append(point)
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        return point

    yield mount
    for p in mounts:
        subprocess.run(["umount", str(p)], capture_output=True)


def test_read_only_index_folder(docs, small_fs, tmp_path):
    if os.geteuid() == 0:
        ro = small_fs("1m", read_only=True)
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o555)
    proc = _cli("index", "-d", str(docs), "-i", str(ro / "idx"), "-q")
    _assert_one_message(proc, "chỉ đọc", "read-only")


def test_disk_full(docs, small_fs):
    full = small_fs("48k")
    proc = _cli("index", "-d", str(docs), "-i", str(full / "idx"), "-q")
    _assert_one_message(proc, "Ổ đĩa đã đầy", "disk is full")


def test_locked_index(docs, tmp_path):
    idx = tmp_path / "idx"
    idx.mkdir()
    with (idx / ".lock").open("a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        proc = _cli("index", "-d", str(docs), "-i", str(idx), "-q", env={"ASSISTANT_LOCK_WAIT": "1"})
    _assert_one_message(proc, "tiến trình khác", "another process")


def test_missing_model_folder(docs, tmp_path):
    proc = _cli(
        "index",
        "-d",
        str(docs),
        "-i",
        str(tmp_path / "idx"),
        "-q",
        env={"ASSISTANT_EMBED_MODEL": str(tmp_path / "no-model")},
    )
    _assert_one_message(proc, "Chưa có mô hình nhúng", "not available offline")
