"""Load any supported file into text blocks: ``load_file(path, settings) -> LoadedFile``.

The real type is read from the content (magic bytes), because files in government folders are often
misnamed (a PDF saved as ``.doc``, a web page saved as ``.doc``). A misnamed but readable file loads with
a warning; anything else raises a ``LoadError`` with a stable code and a bilingual message naming the file.
"""

from __future__ import annotations

import re
import zipfile
from importlib import import_module
from pathlib import Path

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.loaders import limits
from assistant.loaders._common import load_error
from assistant.models import LoadedFile

__all__ = ["SUPPORTED_EXTENSIONS", "detect_format", "load_file"]

SUPPORTED_EXTENSIONS = {".pdf", ".docx", ".doc", ".txt", ".md", ".html", ".htm"}

# Format -> (loader module, extensions that name it).
_FORMATS: dict[str, tuple[str, set[str]]] = {
    "pdf": ("pdf", {".pdf"}),
    "docx": ("docx", {".docx"}),
    "doc": ("doc", {".doc"}),
    "txt": ("text", {".txt", ".md"}),
    "md": ("text", {".txt", ".md"}),
    "html": ("html", {".html", ".htm"}),
}
_IMAGE_MAGIC = {
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
    b"BM": "BMP",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _unsupported(path: Path, what: str) -> LoadError:
    exts = ", ".join(sorted(SUPPORTED_EXTENSIONS))
    return load_error(
        "unsupported",
        path,
        f"Định dạng không được hỗ trợ ({what}). Các định dạng đọc được: {exts}.",
        f"Unsupported format ({what}). Supported formats: {exts}.",
    )


def detect_format(path: Path, head: bytes) -> str:
    """The format the content really has: "pdf", "docx", "doc", "html", "txt"/"md", or "<kind>!" when the
    content is recognisably something unsupported (e.g. "PNG!", "xlsx!", "binary!")."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError):
            return "zip-corrupt!"
        if "word/document.xml" in names:
            return "docx"
        if any(n.startswith("xl/") for n in names):
            return "xlsx!"
        if any(n.startswith("ppt/") for n in names):
            return "pptx!"
        return "zip!"
    if head.startswith(_OLE_MAGIC):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "encrypted-office!"
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        return "ole!"  # Excel 97 / PowerPoint 97
    for magic, kind in _IMAGE_MAGIC.items():
        if head.startswith(magic):
            return f"{kind}!"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf!"
    from assistant.loaders.encodings import sniff_utf16

    is_utf16 = (
        head.startswith((b"\xff\xfe", b"\xfe\xff")) or sniff_utf16(head[: len(head) // 2 * 2]) is not None
    )
    if b"\x00" in head and not is_utf16:
        return "binary!"
    # Tags are ASCII, so a lossless byte view is enough to sniff HTML in any 8-bit or UTF-8 file.
    text = head.decode("utf-16", errors="ignore") if is_utf16 else head.decode("latin-1")
    lowered = text[:2048].lower().lstrip()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered or "<body" in lowered:
        return "html"
    if _looks_like_fragment(text, path.suffix.lower()):
        return "html"
    return "md" if path.suffix.lower() == ".md" else "txt"


_BLOCK_TAG_RE = re.compile(
    r"<(?:p|div|br|table|tr|td|th|li|ul|ol|h[1-6]|section|article|blockquote)\b[^>]*>", re.I
)
_ENTITY_RE = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});", re.I)


def _looks_like_fragment(text: str, ext: str) -> bool:
    """An HTML fragment (an article body without ``<html>``/``<body>``), told by its tags and entities.

    Under ``.html``/``.htm`` one block tag is enough; under another extension (a ``.txt`` export) the text
    must be mostly markup: at least three block tags and half of its non-blank lines starting with a tag.
    Markdown converters' stray ``<b>`` tags do not count (only block-level tags do).
    """
    tags = len(_BLOCK_TAG_RE.findall(text))
    if ext in {".html", ".htm", ".xhtml"}:
        return tags >= 1 or len(_ENTITY_RE.findall(text)) >= 3 and "<" in text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    tagged = sum(1 for ln in lines if ln.startswith("<"))
    return tags >= 3 and bool(lines) and tagged >= 0.5 * len(lines)


def load_file(path: Path | str, settings: Settings | None = None) -> LoadedFile:
    """Load one file into a ``LoadedFile`` of text blocks, choosing the loader from the content.

    Raises ``LoadError`` with code ``not_found``, ``empty``, ``too_large``, ``unsupported``,
    ``wrong_extension``, ``corrupt``, ``encrypted``, ``image_only`` or ``converter_missing``.
    """
    path = Path(path)
    settings = settings or Settings.from_env()
    if not path.exists():
        raise load_error("not_found", path, "Không tìm thấy tệp.", "File not found.")
    if not path.is_file():
        raise _unsupported(path, "thư mục / a folder")
    size = path.stat().st_size
    if size == 0:
        raise load_error("empty", path, "Tệp rỗng (0 byte).", "The file is empty (0 bytes).")
    if size > settings.max_file_mb * 1024 * 1024:
        mb = size / (1024 * 1024)
        raise load_error(
            "too_large",
            path,
            f"Tệp quá lớn ({mb:.1f} MB, giới hạn {settings.max_file_mb} MB; đặt ASSISTANT_MAX_FILE_MB để tăng).",
            f"File too large ({mb:.1f} MB, limit {settings.max_file_mb} MB; set ASSISTANT_MAX_FILE_MB to raise it).",
        )
    with path.open("rb") as fh:
        head = fh.read(8192)
    limits.check_before_load(path, head, settings)  # zip bombs, page counts: before any parsing
    ext = path.suffix.lower()
    fmt = detect_format(path, head)
    if fmt.endswith("!"):
        kind = fmt[:-1]
        if kind == "zip-corrupt" and ext in {".docx"}:
            raise load_error(
                "corrupt",
                path,
                "Tệp DOCX bị hỏng (không mở được gói ZIP).",
                "Corrupt DOCX file (cannot open ZIP).",
            )
        if kind == "encrypted-office":
            raise load_error(
                "encrypted",
                path,
                "Tệp Word được đặt mật khẩu; hãy gỡ mật khẩu rồi thêm lại.",
                "The Word file is password-protected; remove the password and add it again.",
            )
        if ext in SUPPORTED_EXTENSIONS:
            raise load_error(
                "wrong_extension",
                path,
                f"Phần mở rộng {ext} không khớp nội dung thật của tệp ({kind}); định dạng này không đọc được.",
                f"The extension {ext} does not match the file's real content ({kind}), which cannot be read.",
            )
        raise _unsupported(path, kind)
    module_name, exts = _FORMATS[fmt]
    warning = None
    if ext not in exts:
        if ext not in SUPPORTED_EXTENSIONS and fmt in {"txt", "md"}:
            # Plain text under an unknown extension (.csv, .json, .log) is not a directive: refuse it.
            raise _unsupported(path, ext or "không có phần mở rộng / no extension")
        warning = (
            f"Phần mở rộng {ext or '(không có)'} không khớp nội dung; tệp được đọc như {fmt.upper()}. / "
            f"Extension {ext or '(none)'} does not match the content; read as {fmt.upper()}."
        )
    loader = import_module(f"assistant.loaders.{module_name}")
    try:
        loaded: LoadedFile = loader.load(path, settings)
    except LoadError:
        raise
    except Exception as exc:  # a malformed file must not crash indexing of the rest of the folder
        raise load_error(
            "corrupt",
            path,
            f"Tệp bị hỏng hoặc không đọc được ({type(exc).__name__}: {exc}).",
            f"The file is corrupt or unreadable ({type(exc).__name__}: {exc}).",
        ) from exc
    if warning:
        loaded.warnings.insert(0, warning)
    limits.check_chars(path, sum(len(b.text) for b in loaded.blocks), settings)
    if not any(b.text.strip() for b in loaded.blocks):
        raise load_error("empty", path, "Tệp không có nội dung văn bản.", "The file contains no text.")
    return loaded
