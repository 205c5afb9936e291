"""Word 97-2003 (.doc) loader through ``antiword``, with ``catdoc`` or LibreOffice as fallbacks.

No Python library reads the binary Word format reliably, so an external converter is used. antiword
with ``-w 0`` writes each paragraph on one line and tables as ``|cell|cell|`` rows, in UTF-8 with
``-m UTF-8.txt``. When no converter is installed the error says exactly what to install.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from assistant.config import Settings
from assistant.loaders._common import find_program, finish, load_error
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces

_TIMEOUT_S = 120


def _antiword(exe: str, path: Path) -> str:
    proc = subprocess.run(
        [exe, "-w", "0", "-m", "UTF-8.txt", str(path)], capture_output=True, timeout=_TIMEOUT_S, check=False
    )
    err = proc.stderr.decode("utf-8", errors="replace").strip()
    if proc.returncode != 0:
        if "encrypt" in err.lower():
            raise load_error(
                "encrypted",
                path,
                "Tệp Word được đặt mật khẩu; hãy gỡ mật khẩu rồi thêm lại.",
                "The Word file is password-protected; remove the password and add it again.",
            )
        raise load_error(
            "corrupt", path, f"Tệp DOC bị hỏng, antiword không đọc được ({err[:200]}).",
            f"Corrupt DOC file, antiword cannot read it ({err[:200]}).",
        )  # fmt: skip
    return proc.stdout.decode("utf-8", errors="replace")


def _catdoc(exe: str, path: Path) -> str:
    proc = subprocess.run(
        [exe, "-d", "utf-8", "-w", str(path)], capture_output=True, timeout=_TIMEOUT_S, check=False
    )
    if proc.returncode != 0:
        raise load_error("corrupt", path, "Tệp DOC bị hỏng (catdoc).", "Corrupt DOC file (catdoc).")
    return proc.stdout.decode("utf-8", errors="replace")


def _libreoffice(exe: str, path: Path, settings: Settings) -> LoadedFile:
    """Convert to .docx in a temporary folder and read it with the DOCX loader (keeps bold/italic)."""
    from assistant.loaders import docx as docx_loader

    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(
            [exe, "--headless", "--convert-to", "docx", "--outdir", tmp, str(path)],
            capture_output=True,
            timeout=_TIMEOUT_S * 2,
            check=False,
        )
        out = Path(tmp) / (path.stem + ".docx")
        if proc.returncode != 0 or not out.is_file():
            raise load_error(
                "corrupt",
                path,
                "LibreOffice không chuyển được tệp DOC.",
                "LibreOffice could not convert the DOC file.",
            )
        loaded = docx_loader.load(out, settings)
    loaded.path, loaded.format = str(path), "doc"
    return loaded


def text_to_blocks(text: str) -> list[Block]:
    """antiword text -> blocks: one per non-empty line; ``|a|b|`` rows become table blocks."""
    blocks = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            cells = [clean_spaces(c) for c in stripped[1:-1].split("|")]
            cells = [c for c in cells if c]
            if cells:
                blocks.append(Block(text=" | ".join(cells), style=frozenset({"table"})))
            continue
        style = {"center"} if line.startswith(" " * 12) and len(stripped) < 80 else set()
        if stripped[:2] in ("- ", "+ ", "* ", "• "):
            style.add("list")
        blocks.append(Block(text=clean_spaces(stripped), style=frozenset(style)))
    return blocks


def load(path: Path, settings: Settings) -> LoadedFile:
    """Load a .doc with the first converter available: antiword, catdoc, then LibreOffice."""
    warnings: list[str] = []
    antiword = find_program(settings.antiword_cmd)
    if antiword:
        text = _antiword(antiword, path)
    elif catdoc := shutil.which("catdoc"):
        text = _catdoc(catdoc, path)
        warnings.append("Đọc bằng catdoc (không có antiword) / Read with catdoc (antiword missing)")
    elif office := (shutil.which("libreoffice") or shutil.which("soffice")):
        loaded = _libreoffice(office, path, settings)
        loaded.warnings.append(
            "Đọc qua LibreOffice (không có antiword) / Read via LibreOffice (antiword missing)"
        )
        return loaded
    else:
        raise load_error(
            "converter_missing",
            path,
            f"Không đọc được tệp Word 97-2003 (.doc) vì thiếu chương trình antiword ({settings.antiword_cmd}). "
            "Cài bằng: apt-get install antiword (hoặc lưu tệp thành .docx).",
            f"Cannot read the Word 97-2003 (.doc) file: the antiword converter ({settings.antiword_cmd}) is missing. "
            "Install it with: apt-get install antiword (or save the file as .docx).",
        )
    return finish(
        LoadedFile(path=str(path), blocks=text_to_blocks(text), format="doc", warnings=warnings), path
    )
