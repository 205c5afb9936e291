"""``python -m assistant users add|remove|list``: manage the app's users file (roles reader/editor).

The file is ``--file`` or ``ASSISTANT_USERS``. Passwords are read from a hidden prompt (typed twice) or,
for scripts, from standard input with ``--password-stdin``; they are stored only as scrypt hashes.
"""

from __future__ import annotations

import getpass
import sys

import click

from assistant.config import Settings


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
    def add(name: str, role: str, path: str | None, password_stdin: bool) -> None:
        """Thêm hoặc đổi người dùng / add a user (or change their password and role)."""
        if password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = click.prompt("Mật khẩu / password", hide_input=True, confirmation_prompt=True)
        store = _store(path)
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
        for name, role in _store(path).list():
            click.echo(f"{name}\t{role}")
