"""Originals are served safely (issue 12, fault 1) and logins come from the users file (item 7).

The real app is launched in-process on 127.0.0.1 (real index, real Gradio server); requests go over HTTP."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

EVIL = "<html><body><h1>Thông báo</h1><script>fetch('/gradio_api/info')</script></body></html>"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app(settings, sample_index, tmp_path_factory):
    from assistant.ui.app import launch
    from assistant.users import UserStore

    root = tmp_path_factory.mktemp("serving")
    docs = root / "documents"
    docs.mkdir()
    (docs / "thong-bao.html").write_text(EVIL, encoding="utf-8")
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with (docs / "van-ban.pdf").open("wb") as fh:
        writer.write(fh)
    users = root / "users.json"
    UserStore(users).add("ana", "mat-khau-doc", "reader")
    UserStore(users).add("bao", "mat-khau-sua", "editor")
    idx = root / "index"
    shutil.copytree(sample_index, idx)
    port = _free_port()
    s = replace(settings, documents_dir=docs, index_dir=idx, port=port, users_file=str(users))
    demo = launch(s, block=False)
    yield f"http://127.0.0.1:{port}", docs
    demo.close()


def _login(base: str, user: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30, follow_redirects=True)
    r = client.post("/login", data={"username": user, "password": password})
    assert r.status_code == 200, r.text
    return client


def test_html_original_is_a_download_never_a_page(app):
    base, docs = app
    client = _login(base, "ana", "mat-khau-doc")
    r = client.get(f"/gradio_api/file={(docs / 'thong-bao.html').resolve()}")
    assert r.status_code == 200
    assert r.headers["content-disposition"].startswith("attachment")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in r.headers["content-security-policy"]


def test_pdf_opens_inline(app):
    base, docs = app
    client = _login(base, "ana", "mat-khau-doc")
    r = client.get(f"/gradio_api/file={(docs / 'van-ban.pdf').resolve()}")
    assert r.status_code == 200 and "attachment" not in r.headers.get("content-disposition", "")
    assert r.headers["x-content-type-options"] == "nosniff"


def test_app_pages_carry_a_content_security_policy(app):
    base, _ = app
    client = _login(base, "bao", "mat-khau-sua")
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    csp = r.headers["content-security-policy"]
    assert "object-src 'none'" in csp and "frame-ancestors 'self'" in csp and "connect-src 'self'" in csp


def test_wrong_password_and_unknown_user_are_refused(app):
    base, docs = app
    with httpx.Client(base_url=base, timeout=30) as client:
        assert client.post("/login", data={"username": "ana", "password": "sai"}).status_code >= 400
        assert client.post("/login", data={"username": "eve", "password": "x"}).status_code >= 400
        r = client.get(f"/gradio_api/file={(docs / 'thong-bao.html').resolve()}")
        assert r.status_code in (401, 403)


def test_users_cli_stores_only_hashes(tmp_path):
    from assistant.users import UserStore

    users = tmp_path / "users.json"
    repo = Path(__file__).resolve().parent.parent
    env = {"ASSISTANT_INDEX": str(tmp_path / "index"), "PATH": "/usr/bin:/bin"}
    add = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "users",
            "add",
            "chi",
            "--role",
            "editor",
            "--file",
            str(users),
            "--password-stdin",
        ],
        input="mật-khẩu-dài\n",
        capture_output=True,
        text=True,
        cwd=repo,
        env=env,
        timeout=120,
    )
    assert add.returncode == 0, add.stderr
    assert "mật-khẩu-dài" not in users.read_text(encoding="utf-8") and "scrypt$" in users.read_text(
        encoding="utf-8"
    )
    store = UserStore(users)
    assert store.verify("chi", "mật-khẩu-dài") == "editor" and store.verify("chi", "sai") is None
    assert (users.stat().st_mode & 0o777) == 0o600
    listed = subprocess.run(
        [sys.executable, "-m", "assistant", "users", "list", "--file", str(users)],
        capture_output=True,
        text=True,
        cwd=repo,
        env=env,
    )
    assert listed.stdout.split() == ["chi", "editor"]
    rm = subprocess.run(
        [sys.executable, "-m", "assistant", "users", "remove", "chi", "--file", str(users)],
        capture_output=True,
        text=True,
        cwd=repo,
        env=env,
    )
    assert rm.returncode == 0 and store.list() == []
    from assistant import audit

    actions = [r["action"] for r in audit.read(tmp_path / "audit.jsonl")]
    assert actions == ["user_add", "user_remove"]


def test_api_roles_and_rejected_upload(app):
    """Through the app's API: a reader may ask but not add documents; an editor's rejected upload (an
    executable named .pdf) does not stay in the documents folder, and the change is in the audit log."""
    import base64

    from gradio_client import Client

    from assistant import audit

    base, docs = app
    reader = Client(base + "/", auth=("ana", "mat-khau-doc"), verbose=False)
    answer = reader.predict("Kết luận số 62-KL/TW do ai ký?", "extractive", api_name="/ask")
    assert answer["answer"] and answer["citations"]
    with pytest.raises(Exception, match="editor|biên tập"):
        reader.predict("x.txt", base64.b64encode(b"Hoi phu nu").decode(), api_name="/add_document")
    editor = Client(base + "/", auth=("bao", "mat-khau-sua"), verbose=False)
    out = editor.predict(
        "bao-cao.pdf", base64.b64encode(b"MZ\x90\x00" + b"\x00" * 600).decode(), api_name="/add_document"
    )
    assert out["files"][0]["status"] == "error" and out["removed"] == ["bao-cao.pdf"]
    assert not (docs / "bao-cao.pdf").exists()
    last = audit.read(docs.parent / "audit.jsonl")[-1]
    assert (last["user"], last["action"], last["files"]) == ("bao", "upload", ["bao-cao.pdf"])
