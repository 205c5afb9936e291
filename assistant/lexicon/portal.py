"""Portal page furniture (``portal.json``): the labels a web portal prints around a document.

``is_portal_furniture`` tells a line made only of such items ("Tệp đính kèm: 05-HD.pdf | Lượt xem: 356 |
In trang", "Lượt xem: 214 | In văn bản | Gửi email"): items separated by bars, bullets, tabs or wide
spaces, each a counter with its number, an action link alone, or an attachment label with file names.
The HTML loader and the text-export loader drop such lines; ``parse/clean`` ends a page's text at an
attachment or action label alone on its line.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from assistant.text import nfc

# Items on one furniture line: "|", "•", "·", "»", a tab or three spaces and more between them.
_SEPARATOR_RE = re.compile(r"\s*[|•·»¦]\s*|\t+|\s{3,}")
_COUNT_RE = re.compile(r"^[\d.,\s]+$")
# An attachment's value: file names ("05-HD-DTN.pdf", "KH 27.docx"), with sizes or a download link label.
_FILE_RE = re.compile(r"\.(?:pdf|docx?|xlsx?|rar|zip|jpe?g|png|odt|pptx?)\b", re.IGNORECASE)
_MAX_VALUE = 120


@cache
def _data() -> dict:
    return json.loads(Path(__file__).with_name("portal.json").read_text(encoding="utf-8"))


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(nfc(w).lower() for w in _data()[kind]["words"])


def end_labels() -> frozenset[str]:
    """Action and attachment labels: alone on a line late in a page, the page's text has ended."""
    return _words("actions") | _words("attachments")


def _is_item(item: str) -> bool:
    label, colon, value = item.partition(":")
    label = nfc(label).strip(" .\u00a0").lower()
    value = value.strip()
    if not colon or not value:
        return label in _words("actions") or label in _words("attachments")
    if label in _words("counters"):
        return bool(_COUNT_RE.match(value))
    if label in _words("attachments"):
        return len(value) <= _MAX_VALUE and bool(_FILE_RE.search(value))
    return False


def is_portal_furniture(line: str) -> bool:
    """A line made only of portal furniture: view counters, print/e-mail/share links, attachment lists."""
    items = [p for p in _SEPARATOR_RE.split(line.strip()) if p.strip()]
    if not items:
        return False
    if _is_attachment(items[0]):
        # the list of attached files goes on with their titles ("· Danh sách khen thưởng")
        return all(_is_item(p) or (len(p) <= _MAX_TITLE and not p.rstrip().endswith(".")) for p in items[1:])
    return all(_is_item(p) for p in items)


_MAX_TITLE = 80  # an attached file's title after the attachment label


def _is_attachment(item: str) -> bool:
    label, colon, value = item.partition(":")
    label = nfc(label).strip(" .\u00a0").lower()
    return bool(colon) and label in _words("attachments") and bool(_FILE_RE.search(value))
