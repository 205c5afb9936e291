"""``python -m assistant users``: names, passwords and replacing a user are checked, one clear message each."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _users(tmp_path: Path, *args: str, password: str = "mật-khẩu-dài") -> subprocess.CompletedProcess:
    env = {"ASSISTANT_INDEX": str(tmp_path / "index"), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "assistant", "users", *args, "--file", str(tmp_path / "users.json")],
        input=password + "\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_users_add_refuses_what_it_should(tmp_path):
    assert _users(tmp_path, "list").returncode != 0  # no users file yet: said, not silent
    assert _users(tmp_path, "add", "lan", "--role", "editor", "--password-stdin").returncode == 0
    again = _users(tmp_path, "add", "  lan  ", "--password-stdin")
    assert again.returncode != 0 and "Traceback" not in again.stderr  # a name with spaces is refused
    same = _users(tmp_path, "add", "lan", "--password-stdin")
    assert same.returncode != 0 and "--replace" in same.stderr  # no silent replacement
    short = _users(tmp_path, "add", "hoa", "--password-stdin", password="p")
    assert short.returncode != 0 and "8" in short.stderr
    bad = _users(tmp_path, "add", "../../etc/passwd", "--password-stdin")
    assert bad.returncode != 0
    listed = _users(tmp_path, "list")
    assert listed.returncode == 0 and listed.stdout.split() == ["lan", "editor"]
    assert _users(tmp_path, "add", "lan", "--role", "reader", "--replace", "--password-stdin").returncode == 0
    assert _users(tmp_path, "list").stdout.split() == ["lan", "reader"]
