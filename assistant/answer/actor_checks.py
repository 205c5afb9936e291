"""The body checks (``answer.checks``): whether a quote names the body a question asks about
(``names_actor``), and the bodies whose congress a question asks about (``congress_owners``) with the
names a passage writes for that congress (``congress_names``).

In the answer step: ``answer.checks`` records the results in ``abstain.Evidence``.
"""

from __future__ import annotations

import re

from assistant.answer import bodies, mentions
from assistant.answer.citations import CitationBook
from assistant.corpus import Corpus
from assistant.lexicon.words import registry
from assistant.parse.tables import cells_with_columns
from assistant.text import fold


def names_actor(
    corpus: Corpus,
    book: CitationBook,
    spans_text: list[str],
    actor_names: list[str],
    asked_bodies: list[str],
    elsewhere: str,
) -> bool:
    """Whether a quote names the body asked about; a unit named alone ("Ban Chấp hành", ``bodies.bare_units``)
    only in a document that names its organisation (its issuer or its text)."""
    bare = bodies.bare_units(asked_bodies)
    # a quoted table row names a body by its column and its cell ("Chi hội | ..." over "Cầu Đá | ...")
    said = [f"{c.section} {c.text}" for c in book.citations] + spans_text + [
        r
        for c in book.citations
        if (d := corpus.docs.get(c.doc.doc_id)) is not None
        for r in cells_with_columns(d, c.doc_start, c.doc_end)
    ]
    if not bare:
        return mentions.names_any(said, bodies.unlevelled(actor_names), elsewhere)
    whole = [n for n in actor_names if fold(n) not in bare]
    if mentions.names_any(said, bodies.unlevelled(whole), elsewhere):
        return True
    for c in book.citations:
        doc = corpus.docs.get(c.doc.doc_id)
        issuer = fold(doc.meta.issuer or "") if doc else ""
        text = f"{issuer} {corpus.folded_docs.get(c.doc.doc_id, '')}"
        names = bodies.names_written_for(actor_names, bare, text)
        if mentions.names_any([f"{c.section} {c.text}"], bodies.unlevelled(names), elsewhere):
            return True
    return False


# the words before a body's name that make it the owner of a congress asked about, folded: "Đại hội Hội
# Nông dân xã ...", and "Đại hội Phụ nữ xã ..." where the registry reads "hội Phụ nữ" from "Đại hội"
_CONGRESS_BEFORE_RE = re.compile(r"\bdai hoi\s*$")
_CONGRESS_HOI_RE = re.compile(r"\bdai\s*$")
CONGRESS_NAMED_RE = re.compile(r"\bdai hoi\b")


def congress_owners(question: str) -> list[str]:
    """The registry bodies a question names as whose congress it asks about ("Đại hội Phụ nữ xã Tân Phước
    triệu tập bao nhiêu đại biểu?" -> ["hoi_phu_nu"])."""
    out = []
    # the registry opens no body at the "hội" of "Đại hội" (the congress is no union a passage must name);
    # here the union after "Đại" is the owner asked about: "Đại" is blanked, the offsets kept
    blank = re.compile(r"(?i)(?<!\w)(đại|dai)(?=\s+(?:hội|hoi)(?!\w))")
    unmasked = blank.sub(lambda m: " " * len(m.group(1)), question)
    for m in registry().find_names(unmasked, caps_only=False):
        before = fold(question[max(0, m.start - 12) : m.start])
        name = fold(question[m.start : m.end])
        inside = _CONGRESS_HOI_RE.search(before) and name.startswith("hoi ")
        if _CONGRESS_BEFORE_RE.search(before) or inside:
            out.append(m.org_id)
    return list(dict.fromkeys(out))


def congress_names(org_id: str) -> list[str]:
    """How a passage names the body's congress or the body: its names, and a union's name after "Đại hội
    (đại biểu)" without its "Hội" ("Đại hội đại biểu Phụ nữ huyện ..." is the Women's Union's congress)."""
    names = bodies.names_of(org_id)
    unions = [n.split(" ", 1)[1] for n in names if " " in n and fold(n.split(" ", 1)[0]) == "hoi"]
    return [*names, *(f"Đại hội {u}" for u in unions), *(f"Đại hội đại biểu {u}" for u in unions)]
