"""The issuer a question gives the document it asks for among those citing or cited by another one
("văn bản nào của Mặt trận huyện dẫn chiếu Thông báo 45?", "văn bản cấp huyện mà kế hoạch này căn cứ là số
mấy?"; trial 37 e07, b10): read from the question (``asked_issuer``), and matched against a held document's
or a reference's issuer by the rules of ``scope`` for described documents (``issuer_fits``)."""

from __future__ import annotations

import re
from functools import cache

from assistant import text as vt
from assistant.lexicon.doc_types import doc_types
from assistant.query import QueryInfo
from assistant.query.docrefs import expanded_folded
from assistant.retrieve.scope import LEVEL_WORDS, _fits_issuer, issuer_levels


@cache
def _asked_issuer_re() -> re.Pattern[str]:
    names = "|".join(re.escape(vt.fold(t.name)) for t in doc_types())
    levels = "|".join(LEVEL_WORDS)
    return re.compile(
        rf"\b(?:van ban|{names})\s+(?:nao\s+)?(?:cap\s+(?P<level>{levels})\s+)?"
        # a body's name only: not over a subject ("Hướng dẫn của Huyện đoàn về chiến dịch hè ...")
        r"(?:cua\s+(?P<issuer>(?:(?!(?:ve|nao|van|tai|trong|cho)\b)[a-z0-9]+\s+){1,8}?))?"
        r"(?:duoc|ma|la|nao|da|dan|dan chieu|trich dan|vien dan|can cu|thuc hien|trien khai|quan triet)\b"
    )


def asked_issuer(info: QueryInfo) -> tuple[str | None, str | None] | None:
    """The level and the issuer (folded, abbreviations expanded) a question gives the document it asks
    for, among those citing or cited by another ("văn bản nào của Mặt trận huyện dẫn chiếu ...", "văn bản
    cấp huyện mà kế hoạch này căn cứ", "văn bản của Hội LHPN huyện được dẫn trong đó"): (level, issuer),
    either None; None when it gives neither."""
    for text in (info.expanded, info.folded):
        for m in _asked_issuer_re().finditer(text):
            if m.group("level") or m.group("issuer"):
                return m.group("level"), (m.group("issuer") or "").strip() or None
    return None


def issuer_fits(held: str | None, level: str | None, issuer: str | None) -> bool:
    """Can a document issued by ``held`` (as written) be the one ``asked_issuer`` describes?"""
    if not held:
        return False
    folded = expanded_folded(held)
    if issuer and not _fits_issuer(issuer, folded):
        return False
    return not level or level in issuer_levels(folded) or bool(re.search(rf"\b{level}\b", folded))


def cited_filter(info: QueryInfo):
    """For a question asking which of a document's references ("văn bản của Hội LHPN huyện được dẫn trong
    đó", "văn bản cấp huyện mà kế hoạch này căn cứ"): a predicate on a ``models.Reference`` keeping those
    whose issuer fits the body or level the question describes (``asked_issuer``); None when the question
    describes neither (trial 37 b10: the plan's other basis, the commune resolution, is not the district
    document asked)."""
    asked = asked_issuer(info)
    if asked is None:
        return None
    return lambda ref: issuer_fits(ref.issuer, *asked)
