"""Whether a named document names a body at all: a document that never does gives it no clause.

"Hội Cựu chiến binh xã phải báo cáo trước ngày nào theo Công văn 41?" over a Công văn giving report dates to
the Mặt trận, the Hội Nông dân, the Đoàn ... and never naming the veterans (neither among "Kính gửi" nor in a
clause): the best-matching clause ("1. Ủy ban Mặt trận Tổ quốc Việt Nam xã báo cáo ..., trước ngày
05/4/2027") is another body's, and its date on the first line is a confident wrong answer (newcomer trial 46
u04). ``headline.clause_lead`` reads no clause of such a document for the body. A document that names the
body keeps every clause as before, whether or not the obligations table ties one to it (its own clause may
be written in a shape the table does not read: "Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy ... xong
trong quý III/2021" for "Các huyện ủy, thành ủy ..."; a "các đơn vị" clause is the addressed body's).

The body is the actor the question asks about (``QueryInfo.subject_orgs`` / ``subject_bodies``): a body
after "của" naming the document's owner ("Kết luận của Ban Thường vụ Tỉnh ủy") is not, by the grammar of
``query.subjects``, nor is a question word read as a name ("Bao giờ ...", ``query.named_bodies``; session
26 took this rule out when the sample set's "Bao giờ phải tổng kết Kết luận ...?" abstained on it).
"""

from __future__ import annotations

from assistant.answer import bodies, mentions
from assistant.corpus import Corpus


def never_named(corpus: Corpus, body: str, doc_id: str) -> bool:
    """Whether the text of document ``doc_id`` never names ``body`` (a registry id or a body's name, by
    ``bodies.names_of`` without their level words, ``bodies.unlevelled``); False for an unknown document."""
    text = corpus.folded_docs.get(doc_id)
    if text is None:
        return False
    return not mentions.names_any([text], bodies.unlevelled(bodies.names_of(body)))
