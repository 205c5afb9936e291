"""Command line: ``python -m assistant COMMAND``. Each command lives in its own module of this package;
commands only parse arguments, call the ``assistant`` API and format its output."""

from __future__ import annotations

import importlib

import click

# Modules that register commands on ``main``; each defines ``register(main)``.
_COMMAND_MODULES = ["inspect", "index", "ask", "obligations", "training", "eval", "serve", "model", "users"]


class _Group(click.Group):
    """Every failure a user can cause or meet (read-only folder, full disk, locked index, a domain error)
    ends in one bilingual message and exit status 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        from assistant.errors import as_user_error

        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - translated when a user can act on it, else re-raised
            user = as_user_error(exc)
            if user is None:
                raise
            raise click.ClickException(user.bilingual()) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Trợ lý hỏi đáp văn bản Đảng, Mặt trận và đoàn thể / Q&A assistant for Vietnamese directives."""


for _name in _COMMAND_MODULES:
    try:
        _mod = importlib.import_module(f"assistant.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != f"assistant.cli.{_name}":
            raise
        continue
    _mod.register(main)
