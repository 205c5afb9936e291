"""Training tools over the indexed documents: a training pack, a comparison of documents and a quiz.

Everything here works on parsed ``Document`` objects and the obligations table (no LLM): every line a
tool produces carries a ``Cite`` (document, section, page and the verbatim quote it rests on). The same
functions back the "Tập huấn / Training" tab and ``python -m assistant training``.
"""

from assistant.training.cite import Cite, TrainingError, find_document
from assistant.training.compare import Comparison, compare_documents
from assistant.training.lineage import Lineage, LineageLink
from assistant.training.pack import TrainingPack, build_pack
from assistant.training.quiz import QuizItem, make_quiz

__all__ = [
    "Cite",
    "Comparison",
    "Lineage",
    "LineageLink",
    "QuizItem",
    "TrainingError",
    "TrainingPack",
    "build_pack",
    "compare_documents",
    "find_document",
    "make_quiz",
]
