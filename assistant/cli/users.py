"""``python -m assistant users add|remove|list``: manage the app's users file (roles reader/editor).

The file is ``--file`` or ``ASSISTANT_USERS``. Passwords are read from a hidden prompt (typed twice) or,
for scripts, from standard input with ``--password-stdin``; they are stored only as scrypt hashes.
"""

from __future__ import annotations

import getpass
import re
import sys
from pathlib import Path

import click

from assistant.config import Settings

USER_NAME_RE = re.compile(r"[\w.@-]{2,64}")
MIN_PASSWORD = 8  # NIST SP 800-63B's minimum for a memorised secret chosen by the user


def _store(path: str | None):
    from assistant.users import UserStore

    path = path or Settings.from_env().users_file
    if not path:
        raise click.ClickException(
            "Chưa chỉ định tệp người dùng: dùng --file hoặc ASSISTANT_USERS / "
            "No users file: use --file or set ASSISTANT_USERS"
        )
    return UserStore(path)


def register(main: click.Group) -> None:
    """Add the ``users`` command group."""

    @main.group("users")
    def users() -> None:
        """Người dùng và vai trò / users and roles (reader, editor)."""

    @users.command("add")
    @click.argument("name")
    @click.option("--role", type=click.Choice(["reader", "editor"]), default="reader", show_default=True)
    @click.option("--file", "path", type=click.Path(dir_okay=False), help="Tệp người dùng / users file")
    @click.option(
        "--password-stdin", is_flag=True, help="Đọc mật khẩu từ stdin / read the password from stdin"
    )
    @click.option("--replace", is_flag=True, help="Đổi mật khẩu/vai trò người đã có / change an existing user")
    def add(name: str, role: str, path: str | None, password_stdin: bool, replace: bool) -> None:
        """Thêm người dùng (--replace để đổi) / add a user (--replace to change one)."""
        if not USER_NAME_RE.fullmatch(name):
            raise click.ClickException(
                "Tên người dùng chỉ gồm chữ, số và . _ @ - (2-64 ký tự, không khoảng trắng). / "
                "A user name is 2-64 letters, digits or . _ @ - (no spaces)."
            )
        store = _store(path)
        if not replace and any(n == name for n, _ in store.list()):
            raise click.ClickException(
                f"Đã có người dùng {name}; dùng --replace để đổi. / User {name} exists; use --replace to change it."
            )
        if password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = click.prompt("Mật khẩu / password", hide_input=True, confirmation_prompt=True)
        if len(password) < MIN_PASSWORD:
            raise click.ClickException(
                f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự. / The password needs at least {MIN_PASSWORD} characters."
            )
        store.add(name, password, role)
        from assistant import audit

        s = Settings.from_env()
        audit.record(s, f"cli:{getpass.getuser()}", "user_add", [name], {"role": role})
        click.echo(f"Đã lưu người dùng {name} ({role}) / saved user {name} ({role}): {store.path}")

    @users.command("remove")
    @click.argument("name")
    @click.option("--file", "path", type=click.Path(dir_okay=False), help="Tệp người dùng / users file")
    def remove(name: str, path: str | None) -> None:
        """Xóa người dùng / remove a user."""
        if not _store(path).remove(name):
            raise click.ClickException(f"Không có người dùng {name} / no such user: {name}")
        from assistant import audit

        audit.record(Settings.from_env(), f"cli:{getpass.getuser()}", "user_remove", [name])
        click.echo(f"Đã xóa {name} / removed {name}")

    @users.command("list")
    @click.option("--file", "path", type=click.Path(dir_okay=False), help="Tệp người dùng / users file")
    def list_cmd(path: str | None) -> None:
        """Danh sách người dùng / list users and roles."""
        store = _store(path)
        if not Path(store.path).is_file():
            raise click.ClickException(f"Chưa có tệp người dùng {store.path}. / No users file at {store.path}.")
        for name, role in store.list():
            click.echo(f"{name}\t{role}")
