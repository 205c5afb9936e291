"""A question asking which act a named document replaces, of a document that replaces none.

"Nghị quyết 05-NQ/CB của Chi bộ ấp Rạch Sen thay thế nghị quyết nào?" over a resolution that writes no
replacing word anywhere ("thay thế", "bãi bỏ", "hết hiệu lực": ``text.writes_replacement``; it cites only
its basis, "Căn cứ Nghị quyết Đại hội ...") was answered with two unrelated items of it (newcomer trial 46
u08). The answer is that the document names no act it replaces: an abstention with that note
(``note_no_replaced``), never quotes of other items. Only when the question names the document as the one
replacing (the act asked is its object: "X thay thế văn bản nào?", "Which resolution does X replace?"); "X
được / bị thay thế bởi văn bản nào?" asks the later act, which another document writes. ``plan_abstain``
reads it.
"""

from __future__ import annotations

import re

from assistant.corpus import Corpus
from assistant.retrieve.scope import DocumentScope
from assistant.text import asks_replaced_act, fold, writes_replacement

# the named document is the one replaced, not the replacing one: "được / bị thay thế (bởi)", "replaced by"
_PASSIVE_RE = re.compile(
    r"\b(?:duoc|bi)\s+(?:\w+\s+)?(?:thay the|bai bo)\b|\bboi\b|\b(?:replaced|superseded|repealed) by\b"
)


def replaces_nothing(corpus: Corpus, question: str, scope: DocumentScope) -> list[str]:
    """The doc_ids of the documents ``question`` names (``scope.named``) when it asks which act they
    replace (``text.asks_replaced_act``, not in the passive) and none of their texts writes a replacing word
    (``text.writes_replacement``); [] otherwise."""
    if not scope.named or not asks_replaced_act(question) or _PASSIVE_RE.search(fold(question).lower()):
        return []
    named = sorted(d for d in scope.named if d in corpus.docs)
    if not named or any(writes_replacement(corpus.folded_docs.get(d, "")) for d in named):
        return []
    return named
