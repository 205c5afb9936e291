"""The clauses that may answer for a body a question names, in a document giving it no clause of its own.

"Hội Cựu chiến binh xã phải báo cáo trước ngày nào theo Công văn 41?" over a Công văn giving report dates to
the Mặt trận, the Hội Nông dân, the Đoàn ... and never to the veterans: the best-matching clause ("1. Ủy ban
Mặt trận Tổ quốc Việt Nam xã báo cáo ..., trước ngày 05/4/2027") is another body's, and its date on the first
line is a confident wrong answer (newcomer trial 46 u04). Only a clause of "các đơn vị" ("Các đơn vị gửi báo
cáo trước ngày ...", ``clause_facts.addressed_to_all``) answers for the body, and only when the document names
it (among its addressees or in its text); else no clause does, and no first line is given.

The body is the actor the question asks about (``QueryInfo.subject_orgs`` / ``subject_bodies``): a body
after "của" naming the document's owner ("Kết luận của Ban Thường vụ Tỉnh ủy") is not, by the grammar of
``query.subjects``, nor is a question word read as a name ("Bao giờ ...", ``query.named_bodies``; session
26 took this rule out when the sample set's "Bao giờ phải tổng kết Kết luận ...?" abstained on it).
"""

from __future__ import annotations

from assistant.answer import bodies, mentions
from assistant.answer.clause_facts import addressed_to_all
from assistant.answer.duties import duties_of
from assistant.corpus import Corpus


def all_units_clauses(corpus: Corpus, body: str, doc_id: str) -> set[tuple[str, int, int]]:
    """The (doc_id, start, end) keys of the duties of document ``doc_id`` addressed to every unit ("các đơn
    vị", "các cơ quan, đơn vị liên quan") when the document's text names ``body`` (a registry id or a body's
    name, ``bodies.names_of``); an empty set when it does not name the body or has no such duty."""
    names = bodies.unlevelled(bodies.names_of(body))
    if not mentions.names_any([corpus.folded_docs.get(doc_id, "")], names):
        return set()
    return {
        (o.doc_id, o.start, o.end) for o in duties_of(corpus, None, doc_id) or [] if addressed_to_all(o)
    }
