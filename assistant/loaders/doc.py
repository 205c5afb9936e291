"""Word 97-2003 (.doc) loader: LibreOffice headless to .docx, then the DOCX reader; antiword as fallback.

No Python library reads the binary Word format reliably, so an external converter is used. LibreOffice
(Debian ``libreoffice-writer-nogui``) keeps the document's structure: converted to .docx, the file goes
through the DOCX reader, so header, signature and appendix tables come out cell by cell, text boxes,
soft line breaks and automatic numbers as in a .docx. Each conversion runs in its own temporary folder
with its own LibreOffice profile (``-env:UserInstallation``), so parallel indexing runs never share a
profile lock, and under a timeout that kills the whole process group.

LibreOffice reads a final table of a .doc (the signature table as the document's last element) as plain
paragraphs; when antiword is installed its table view of the file puts such a tail back as cells
(``restore_last_table``), else a signing capacity glued to the last recipient is split off.

antiword's text is flat (``-w 0``: one paragraph per line, tables as ``|cell|cell|`` lines); it is used
when LibreOffice is not installed or fails on a file, with a warning. Its table lines still become one
block per cell with ``cell=(table, line, column)``. catdoc is the last resort.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.loaders._common import find_program, finish, load_error
from assistant.models import Block, LoadedFile
from assistant.text import clean_spaces

_TIMEOUT_S = 120
_NO_OFFICE = (
    "Chưa cài LibreOffice nên tệp .doc được đọc bằng antiword: bảng và ô bảng có thể không đầy đủ "
    "(apt-get install libreoffice-writer-nogui) / LibreOffice is not installed, so the .doc file was read "
    "with antiword: tables and cells may be incomplete (apt-get install libreoffice-writer-nogui)"
)


def _soffice(settings: Settings) -> str | None:
    """The LibreOffice executable: the configured one, or ``libreoffice`` when the default is missing."""
    exe = find_program(settings.soffice_cmd)
    if exe is None and settings.soffice_cmd == "soffice":
        exe = shutil.which("libreoffice")
    return exe


def _libreoffice(exe: str, path: Path, settings: Settings) -> LoadedFile:
    """Convert to .docx in a private temporary folder and profile, then read it with the DOCX loader.

    Raises ``LoadError`` ``corrupt`` when LibreOffice fails, produces nothing or runs past the timeout.
    """
    from assistant.loaders import docx as docx_loader

    with tempfile.TemporaryDirectory(prefix="assistant-doc-") as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "input.doc"  # a plain name: no quoting or encoding trouble with the user's file name
        shutil.copyfile(path, src)
        out_dir = tmp / "out"
        cmd = [
            exe,
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nologo",
            "--nodefault",
            f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out_dir),
            str(src),
        ]
        env = {**os.environ, "HOME": str(tmp)}
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True
        )
        try:
            _, err = proc.communicate(timeout=_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise load_error(
                "corrupt",
                path,
                f"LibreOffice chuyển tệp DOC quá {_TIMEOUT_S} giây, đã dừng.",
                f"LibreOffice took over {_TIMEOUT_S} s to convert the DOC file and was stopped.",
            ) from None
        out = out_dir / "input.docx"
        if proc.returncode != 0 or not out.is_file():
            msg = err.decode("utf-8", errors="replace").strip()[:200]
            raise load_error(
                "corrupt",
                path,
                f"LibreOffice không chuyển được tệp DOC ({msg}).",
                f"LibreOffice could not convert the DOC file ({msg}).",
            )
        loaded = docx_loader.load(out, settings)
    loaded.path, loaded.format = str(path), "doc"
    return loaded


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


def text_to_blocks(text: str) -> list[Block]:
    """antiword text -> blocks: one per non-empty line; each ``|a|b|`` line gives one block per cell.

    A run of table lines is one table; its lines are numbered as rows (antiword writes a cell's second
    paragraph on a line of its own, so a "row" here is a printed line) and its cells as columns.
    """
    blocks: list[Block] = []
    table, row, in_table = -1, 0, False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            if not in_table:
                table, row, in_table = table + 1, 0, True
            for col, raw in enumerate(stripped[1:-1].split("|")):
                cell = clean_spaces(raw)
                if cell:
                    blocks.append(Block(text=cell, style=frozenset({"table"}), cell=(table, row, col)))
            row += 1
            continue
        in_table = False
        style = {"center"} if line.startswith(" " * 12) and len(stripped) < 80 else set()
        if stripped[:2] in ("- ", "+ ", "* ", "• "):
            style.add("list")
        blocks.append(Block(text=clean_spaces(stripped), style=frozenset(style)))
    return blocks


def _key_chars(blocks: list[Block]) -> Counter[str]:
    return Counter(c for b in blocks for c in b.text if not c.isspace())


def restore_last_table(blocks: list[Block], antiword_text: str) -> list[Block]:
    """``blocks`` with a final table LibreOffice read as plain paragraphs put back as cells.

    LibreOffice drops the table structure of a .doc whose last element is a table (the signature table
    "Nơi nhận | TM. THƯỜNG TRỰC / CHỦ TỊCH / name"): the cells come out as paragraphs, the right cell's
    first line glued to the left cell's last one ("- Lưu: VP.TM. THƯỜNG TRỰC"). antiword still sees that
    table. When antiword's last table ends the document, no block of ours holds its first cell as a cell,
    and our paragraphs from that cell's text to the end hold the same characters (the glue aside), those
    paragraphs are replaced by antiword's cells."""
    theirs = text_to_blocks(antiword_text)
    if not theirs or theirs[-1].cell is None:
        return blocks
    number = theirs[-1].cell[0]
    table = [b for b in theirs if b.cell is not None and b.cell[0] == number]
    first = table[0].text
    if any(b.cell is not None and b.text == first for b in blocks):
        return blocks  # the table was read as a table
    start = next(
        (
            i
            for i in range(len(blocks) - 1, -1, -1)
            if blocks[i].cell is None and blocks[i].text.startswith(first)
        ),
        None,
    )
    if start is None:
        return blocks
    ours, wanted = _key_chars(blocks[start:]), _key_chars(table)
    total = sum(wanted.values())
    if total == 0 or sum(((ours - wanted) + (wanted - ours)).values()) > 0.05 * total:
        return blocks
    shift = 1 + max((b.cell[0] for b in blocks if b.cell is not None), default=-1)
    page = blocks[start].page
    cells = [replace(b, cell=(shift, b.cell[1], b.cell[2]), page=page) for b in table if b.cell is not None]
    return blocks[:start] + cells


# A signer's capacity glued after the last recipient when a table's cells come out as paragraphs:
# "- Lưu: VP.TM. THƯỜNG TRỰC" -> "- Lưu: VP." + "TM. THƯỜNG TRỰC".
_GLUED_CAPACITY_RE = re.compile(r"(?<=[.;])\s*(?=(?:TM|KT|TL|Q|T/M|K/T|T/L)\.\s*[A-ZĐ]{2})")
_RECIPIENTS_RE = re.compile(r"^Nơi nhận\s*:?$", re.IGNORECASE)


def split_glued_capacity(blocks: list[Block]) -> list[Block]:
    """After "Nơi nhận:", a paragraph holding a recipient and a capacity ("TM.", "KT.", "T/M") is two."""
    out: list[Block] = []
    after = False
    for b in blocks:
        after = after or bool(_RECIPIENTS_RE.match(b.text.strip()))
        parts = _GLUED_CAPACITY_RE.split(b.text) if after and b.cell is None else [b.text]
        out.extend(replace(b, text=p.strip()) for p in parts if p.strip())
    return out


def load(path: Path, settings: Settings) -> LoadedFile:
    """Load a .doc: LibreOffice when installed, else (or when it fails) antiword, then catdoc.

    Raises ``LoadError`` ``converter_missing`` when none is installed, ``encrypted`` or ``corrupt``.
    """
    warnings: list[str] = []
    office = _soffice(settings)
    office_error: LoadError | None = None
    if office:
        try:
            loaded = _libreoffice(office, path, settings)
            antiword = find_program(settings.antiword_cmd)
            if antiword:
                try:
                    loaded.blocks = restore_last_table(loaded.blocks, _antiword(antiword, path))
                except (LoadError, OSError, subprocess.SubprocessError):
                    pass  # antiword only checks LibreOffice's reading; without it that reading stands
            loaded.blocks = split_glued_capacity(loaded.blocks)
            return loaded
        except LoadError as exc:
            office_error = exc
            warnings.append(
                f"LibreOffice không đọc được tệp, chuyển sang antiword: {exc.message_vi} / "
                f"LibreOffice failed on the file, falling back to antiword: {exc.message_en}"
            )
    else:
        warnings.append(_NO_OFFICE)
    antiword = find_program(settings.antiword_cmd)
    if antiword:
        text = _antiword(antiword, path)
    elif catdoc := shutil.which("catdoc"):
        text = _catdoc(catdoc, path)
        warnings.append("Đọc bằng catdoc (không có antiword) / Read with catdoc (antiword missing)")
    elif office_error is not None:
        raise office_error
    else:
        raise load_error(
            "converter_missing",
            path,
            "Không đọc được tệp Word 97-2003 (.doc) vì thiếu chương trình chuyển đổi (LibreOffice "
            f"{settings.soffice_cmd} hoặc antiword {settings.antiword_cmd}). Cài bằng: apt-get install "
            "libreoffice-writer-nogui, hoặc tối thiểu apt-get install antiword (hoặc lưu tệp thành .docx).",
            "Cannot read the Word 97-2003 (.doc) file: no converter is installed (LibreOffice "
            f"{settings.soffice_cmd} or antiword {settings.antiword_cmd}). Install with: apt-get install "
            "libreoffice-writer-nogui, or at least apt-get install antiword (or save the file as .docx).",
        )
    return finish(
        LoadedFile(path=str(path), blocks=text_to_blocks(text), format="doc", warnings=warnings), path
    )
