"""Decode text files to Unicode. (Interim version: UTF-8/UTF-16 with BOM; the full detector replaces it.)"""

from __future__ import annotations


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes to text and return (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    return data.decode("utf-8", errors="replace"), "utf-8"
