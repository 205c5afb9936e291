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
        r"(?P<verb>duoc|ma|la|nao|da|dan|dan chieu|trich dan|vien dan|can cu|thuc hien|trien khai|"
        r"quan triet)\b"
    )


# Verbs of a citing document: "<type> của X thực hiện kết luận nào?" describes the document that cites (its
# issuer X is the asking document's), unless it is the one asked ("văn bản nào của X dẫn chiếu ...")
_CITING_VERBS = frozenset(
    ["dan", "dan chieu", "trich dan", "vien dan", "can cu", "thuc hien", "trien khai", "quan triet"]
)


@cache
def _asked_after_re() -> re.Pattern[str]:
    """A document asked by its type and "nào" ("kết luận nào", "văn bản nào")."""
    names = "|".join(re.escape(vt.fold(t.name)) for t in doc_types())
    return re.compile(rf"\b(?:van ban|{names})\s+nao\b")


def asked_issuer(info: QueryInfo) -> tuple[str | None, str | None] | None:
    """The level and the issuer (folded, abbreviations expanded) a question gives the document it asks
    for, among those citing or cited by another ("văn bản nào của Mặt trận huyện dẫn chiếu ...", "văn bản
    cấp huyện mà kế hoạch này căn cứ", "văn bản của Hội LHPN huyện được dẫn trong đó"): (level, issuer),
    either None; None when it gives neither."""
    for text in (info.expanded, info.folded):
        for m in _asked_issuer_re().finditer(text):
            if (
                m.group("verb") in _CITING_VERBS
                and not re.search(r"\bnao\b", m.group(0))
                and _asked_after_re().search(text, m.end())
            ):
                # "Công văn của Đảng ủy xã ... thực hiện kết luận nào?": the citing document, not the one
                # asked (named after the verb with "nào"), whose issuer the question gives after it or not
                # at all (library dev lib-rw05-03's Vietnamese twin lost the basis line its English twin has)
                continue
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
