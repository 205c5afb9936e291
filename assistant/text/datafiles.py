"""Reading the text rules' data files (``assistant/data/*.json``: abbreviations, stop words, common
syllables, the English glossary) for the modules of ``assistant.text``."""

from __future__ import annotations

import json
from importlib import resources


def load_json(name: str) -> dict:
    with resources.files("assistant.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)
