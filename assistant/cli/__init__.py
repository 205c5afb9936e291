"""Command line: ``python -m assistant COMMAND``. Each command lives in its own module of this package;
commands only parse arguments, call the ``assistant`` API and format its output."""

from __future__ import annotations

import importlib

import click

# Modules that register commands on ``main``; each defines ``register(main)``.
_COMMAND_MODULES = ["inspect", "index", "ask", "obligations", "training", "eval", "serve", "model"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
