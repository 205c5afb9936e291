"""Users and roles for the app: an optional JSON users file with scrypt-hashed passwords.

Roles: ``reader`` may ask, export and read obligations; ``editor`` may also change the library (upload,
delete, restore, re-index). The file is written by ``python -m assistant users`` (``add``/``remove``/
``list``) and read by the app when ``ASSISTANT_USERS`` points at it; it never holds a password, only
``scrypt$N$r$p$salt$hash`` (hashlib.scrypt, the standard library's memory-hard KDF, 16-byte random salt),
and is written atomically with mode 0600.

Without a users file: with ``ASSISTANT_AUTH`` the single login is an editor; with no login at all the
app is a local single-user tool and everyone is an editor (as before).

Errors: ``ConfigError`` (code ``users``) for an unreadable file, an unknown role or an empty name/password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

from assistant.config import Settings
from assistant.errors import ConfigError

ROLES = ("reader", "editor")
# What each role may do; UI handlers and the Documents tab ask ``allowed``.
PERMISSIONS: dict[str, frozenset[str]] = {
    "reader": frozenset({"ask", "export", "obligations"}),
    "editor": frozenset({"ask", "export", "obligations", "upload", "delete", "restore", "reindex"}),
}
_N, _R, _P = 2**14, 8, 1  # scrypt cost: ~16 MB and ~50 ms per check


def hash_password(password: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64) for ``password``."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored`` (constant-time comparison)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(base64.b64decode(digest)),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


def _error(vi: str, en: str) -> ConfigError:
    return ConfigError(vi, en, code="users")


class UserStore:
    """The users file: ``{"users": {name: {"role": ..., "password": "scrypt$..."}}}``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def _read(self) -> dict[str, dict[str, str]]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return dict(data.get("users", {}))
        except (OSError, ValueError, AttributeError) as exc:
            raise _error(
                f"Không đọc được tệp người dùng {self.path}: {exc}",
                f"Cannot read the users file {self.path}: {exc}",
            ) from exc

    def _write(self, users: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"users": users}, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)

    def add(self, name: str, password: str, role: str = "reader") -> None:
        """Add a user or replace their password and role."""
        name = name.strip()
        if role not in ROLES:
            raise _error(
                f"Vai trò không hợp lệ: {role} (reader, editor)", f"Unknown role: {role} (reader, editor)"
            )
        if not name or ":" in name or not password:
            raise _error("Tên hoặc mật khẩu trống/không hợp lệ.", "Empty or invalid name or password.")
        users = self._read()
        users[name] = {"role": role, "password": hash_password(password)}
        self._write(users)

    def remove(self, name: str) -> bool:
        """Remove a user; False when there was no such user."""
        users = self._read()
        if name not in users:
            return False
        del users[name]
        self._write(users)
        return True

    def list(self) -> list[tuple[str, str]]:
        """(name, role) for every user, sorted by name."""
        return sorted((n, u.get("role", "reader")) for n, u in self._read().items())

    def verify(self, name: str, password: str) -> str | None:
        """The user's role when the password is right, else None."""
        user = self._read().get(name)
        if user is None or not check_password(password, user.get("password", "")):
            return None
        return user.get("role", "reader")

    def role(self, name: str | None) -> str | None:
        user = self._read().get(name or "")
        return user.get("role", "reader") if user else None


def role_of(settings: Settings, username: str | None) -> str:
    """The role of a logged-in user (``reader`` when unknown); ``editor`` when the app has one login
    (``ASSISTANT_AUTH``) or none at all."""
    if settings.users_file:
        return UserStore(settings.users_file).role(username) or "reader"
    return "editor"


def allowed(settings: Settings, username: str | None, action: str) -> bool:
    """Whether ``username`` may do ``action`` (see ``PERMISSIONS``)."""
    return action in PERMISSIONS[role_of(settings, username)]


def gradio_auth(settings: Settings):
    """The ``auth`` argument for ``gr.Blocks.launch``: a checker over the users file, the single
    ``ASSISTANT_AUTH`` pair, or None (no login)."""
    if settings.users_file:
        store = UserStore(settings.users_file)
        if not store.list():
            raise _error(
                f"Tệp người dùng {settings.users_file} chưa có ai: "
                "thêm bằng `python -m assistant users add`.",
                f"The users file {settings.users_file} has no users: "
                "add one with `python -m assistant users add`.",
            )
        return lambda name, password: store.verify(name, password) is not None
    if settings.auth:
        user, sep, password = settings.auth.partition(":")
        if not sep or not user:
            raise _error(
                "ASSISTANT_AUTH phải có dạng user:password.", "ASSISTANT_AUTH must be user:password."
            )
        return (user, password)
    return None
