"""The amount checks beyond the amount written (``amount_mentions.amount_supported``): whether the quoted
sentence writing the sum is about what a money question asks it for, in a document the question names
(``sum_for_matter``; ``money_matter`` reads that matter), and whether every quote writing the amount is a
table row of another item (``other_items_only``).

In the answer step: ``answer.checks`` records the results in ``abstain.Evidence``.
"""

from __future__ import annotations

import re

from assistant.answer import amount_mentions, items, money_matter, render
from assistant.answer.citations import CitationBook
from assistant.answer.cited_context import cited_reader
from assistant.answer.event_checks import TOPIC_MIN_COVERAGE
from assistant.answer.parts import AMOUNT, asked_parts
from assistant.answer.sentences import split_sentences
from assistant.answer.sum_clause import sum_clauses
from assistant.answer.terms import Terms, head_coverage, overlap, passage_terms, title_phrase_words, tokens
from assistant.models import Document
from assistant.parse.tables import reading_text
from assistant.query import QueryInfo
from assistant.retrieve.scope import DocumentScope
from assistant.text import fold

# How much of what a money or rate question asks the sum for (``money_matter.money_matter``: "hỗ trợ **mua
# đất**", "**nộp báo cáo trễ** bị **phạt**") the quoted sentence writing the sum, read with its section and
# its lead-in, must cover (``terms.overlap``, IDF-weighted). Sums for another act or object cover little:
# the grants for building a house asked for buying land, a plan's budget asked for a fine (trial 20:
# 0.00-0.09); sums for the act asked cover a third or more, a paraphrased verb or two aside (trial 20's
# answered money questions: 0.33-0.78 for the best sentence; library dev lib-n99-01: 0.62).
MONEY_MATTER_MIN = 0.3
# The most words of its own, money words aside, a sentence writing a sum may have to be read with the
# sentence before it ("Kinh phí dự kiến: 4.000.000 đồng." names no act; "Hội diễn văn nghệ: 6.000.000
# đồng" does, and is about that act alone).
BARE_SUM_WORDS = 1


def sum_for_matter(
    info: QueryInfo,
    resolved: str,
    terms: Terms,
    book: CitationBook,
    scope: DocumentScope,
    passages: list[str],
    docs: dict[str, Document],
) -> bool:
    """Whether a quoted sentence that writes the sum or rate asked is about what the question asks it for
    and is in a document the question names (any quoted document when it names none). Another act's sum,
    another document's budget, is no answer (trial 20 q30, q38)."""
    drop = frozenset(info.description_words) | {w for p in info.places for w in p.split()}
    asked_sum = amount_part(resolved)
    english = info.language == "en"
    glosses = info.english_glosses if english else None
    matter = money_matter.money_matter(asked_sum, drop, english=english, glosses=glosses)
    if matter is None:
        return True
    matter.vocab = terms.vocab
    # the item the question names the sum for ("tiền đi lại"): the sentence writing the sum, read with its
    # section and lead-in, must name it; the festival's budget or a gift's price is not the travel money
    item = money_matter.money_item(asked_sum, drop)
    total = bool(_TOTAL_ASKED_RE.search(info.folded))
    doc_id_sums: dict[str, int] = {}
    for c in book.citations:
        if scope.docs and c.doc.doc_id not in scope.docs:
            continue
        doc = docs.get(c.doc.doc_id)
        # the words of the document's type, issuer and place describe every passage of it ("Hội viên cựu
        # chiến binh xây nhà mới ..." of the veterans' association's guide), and so do those of its
        # subject line when the document writes one sum only, its budget ("Cuộc vận động ... được cấp bao
        # nhiêu kinh phí?"): what is left must be in the sentence. A document writing sums for several
        # cases is asked which one ("Mỗi hộ bị ngập nhà ..." of a notice on the floods that prices collapsed
        # houses only).
        meta = doc.meta if doc is not None else None
        described = [meta.doc_type, meta.issuer, meta.place] if meta else []
        sums = (
            doc_id_sums.setdefault(c.doc.doc_id, money_matter.sums_written(resolved, doc.text)) if meta else 0
        )
        single = bool(meta) and sums <= 1
        # a document's total asked ("Toàn bộ kinh phí ... là bao nhiêu?") and written ("Tổng kinh phí dự kiến
        # 960.000.000 đồng"): the total is the whole document's, its subject line says what it is for, as
        # when the document writes one sum only; its rates per case ("8.000.000 đồng/ha") are not asked
        # (trial 25 q12)
        whole_asked = bool(meta) and not single and total
        whole = [*described, meta.title] if whole_asked else described
        if single:
            described.append(meta.title)
        # a phrase of the question its subject line or opening writes ("Ngày hội Đại đoàn kết" of "Về việc
        # tổ chức Ngày hội Đại đoàn kết ... ở khu dân cư"), whatever sums it writes: the matter the whole
        # document is about, which its sentences leave unsaid ("Mỗi khu dân cư được hỗ trợ 3.000.000 đồng");
        # the rest of what is asked ("khu dân cư") must still be in the sentence (trial 25 p11, r03; trial 24
        # q31)
        subject = f"{render.subject_line(doc)} . {render.opening_matter(doc)}"
        titled = _titled_concepts(matter, subject) if english else title_phrase_words(matter, subject)
        asked = matter.without(set(tokens(" ".join(x or "" for x in described))))
        # (read with or without them: a sentence writing the title's words itself covers them as before)
        untitled = asked.without(titled)
        asked_whole = matter.without(set(tokens(" ".join(x or "" for x in whole))))
        # a quoted table row is read with its columns' names too ("Kinh phí (đồng): 6.000.000")
        held = doc is not None and c.doc_end > c.doc_start
        reading = reading_text(doc, c.doc_start, c.doc_end) if held else ""
        texts = [c.quote] + ([reading] if reading and reading != c.quote else [])
        sentences = [t[a:b] for t in texts for a, b in split_sentences(t)]
        # the sentences of a table row's labelled reading: one clause each (``sum_clause``)
        rows = len(sentences) - len(split_sentences(c.quote)) if len(texts) > 1 else 0
        for i, sent in enumerate(sentences):
            if not amount_mentions.amount_supported(resolved, [sent], passages):
                continue
            # the clauses writing the sum, each read alone: another clause's event is not what the sum is
            # for (trial 40 u1)
            clauses = sum_clauses(
                sent,
                lambda p: amount_mentions.amount_supported(resolved, [p], passages),
                row=i >= len(sentences) - rows if rows else False,
            )
            # a list item is read with the lead-in it completes ("Mức hỗ trợ mua giống như sau:"), and a
            # sentence naming only the sum ("Kinh phí dự kiến: 4.000.000 đồng.") with the one before it,
            # which says what it is for
            bare = len({w for w in money_matter.matter_words(sent) if w}) <= BARE_SUM_WORDS
            lead = sentences[i - 1] if i and (bare or sentences[i - 1].rstrip().endswith(":")) else ""
            for clause in clauses:
                read = f"{c.section} {lead} {clause}"
                totals = whole_asked and bool(_TOTAL_WRITTEN_RE.search(fold(sent)))
                whole_read = totals and (not asked_whole.unigrams or _matter_read(asked_whole, read, english))
                if (
                    asked.unigrams
                    and not _matter_read(asked, read, english)
                    and (untitled.unigrams and not _matter_read(untitled, read, english))
                    and not whole_read
                ):
                    continue
                # the item must be named in the clause writing the sum: "tiền ăn ... 150.000 đồng/người/ngày;
                # tiền đi lại, lưu trú do đơn vị cử học viên chi trả" prices the meals, not the lodging
                # (trial 27 n10)
                titled_sum = meta.title if single or totals else ""
                if (
                    item
                    and head_coverage(item, f"{titled_sum} {c.section} {lead} {clause}") < TOPIC_MIN_COVERAGE
                    and not (meta and _titles_item(item, meta.title or ""))
                ):
                    continue
                return True
    return False


# The share of an English money question's glossed words (one concept each, ``money_matter.glossed_matter``)
# the sentence of a sum must write, more than which it is the sum asked: "the budget for the school
# renovation" is not met by "Kinh phí chỉnh trang vỉa hè" (renovation written, school not), which the
# alternative renderings of a gloss made look covered by ``overlap``.
ENGLISH_MATTER_MIN = 0.5


def _titled_concepts(matter: Terms, title: str) -> set[str]:
    """The words of an English money question's glossed concepts (``money_matter.glossed_matter``) that a
    document's subject line or opening writes whole ("quỹ", "vay" of "Cho vay vốn Quỹ Hỗ trợ nông dân"):
    what the whole document is about, as ``title_phrase_words`` finds for a Vietnamese question's pairs."""
    if not title.strip(" ."):
        return set()
    uni = passage_terms(title)[0]
    return {w for alts in matter.groups for a_u, _ in alts if a_u and a_u <= uni for w in a_u}


def _matter_read(matter: Terms, read: str, english: bool) -> bool:
    """Whether ``read`` (a sentence writing a sum, with its section and lead-in) is about ``matter``: for a
    Vietnamese question, ``overlap`` of at least ``MONEY_MATTER_MIN``; for an English one, more than
    ``ENGLISH_MATTER_MIN`` of its glossed concepts written (any rendering of each, whole)."""
    if not english:
        return overlap(matter, read) >= MONEY_MATTER_MIN
    if not matter.groups:
        return True
    uni = passage_terms(read)[0]
    written = sum(any(a_u and a_u <= uni for a_u, _ in alts) for alts in matter.groups)
    return written / len(matter.groups) > ENGLISH_MATTER_MIN


def amount_part(question: str) -> str:
    """A question of several parts without the parts after its amount asking only who, where or when
    ("Năm 2037 phải bố trí tối thiểu bao nhiêu tiền cho chuyển đổi số" of "..., cơ quan nào lo?"): their
    words ("cơ quan", "lo") are no matter the sum is for. A part before the amount stays: it often names
    what the sum is for ("Hội thi ... tổ chức ở đâu, giải nhất được bao nhiêu?"). The question whole when
    it asks one thing."""
    folded = fold(question)
    if len(folded) != len(question):
        return question
    parts = asked_parts(folded)
    first = next((i for i, (kinds, _) in enumerate(parts) if AMOUNT in kinds), None)
    if first is None:
        return question
    others = [part for kinds, part in parts[first + 1 :] if AMOUNT not in kinds]
    kept = question
    for part in others:
        a = folded.find(part)
        kept = kept[:a] + " " * len(part) + kept[a + len(part) :]
        folded = folded[:a] + " " * len(part) + folded[a + len(part) :]
    return " ".join(kept.split())


# A total sum, folded: asked "toàn bộ kinh phí", "tổng kinh phí", "tổng số tiền", "tổng cộng"; written
# "Tổng kinh phí dự kiến 960.000.000 đồng", "tổng dự toán", "toàn bộ kinh phí" ("tổng kết" is no total)
_TOTAL = (
    r"\b(?:tong (?:kinh phi|so tien|so kinh phi|du toan|cong|chi phi|ngan sach)"
    r"|toan bo (?:kinh phi|so tien))\b"
)
_TOTAL_ASKED_RE = re.compile(rf"{_TOTAL}|\btoan bo\b")
_TOTAL_WRITTEN_RE = re.compile(_TOTAL)


def _titles_item(item: str, title: str) -> bool:
    """Whether a document's subject line names a money question's item whole ("ngày hội đại đoàn" in "Về
    việc tổ chức Ngày hội Đại đoàn kết ..."): every sum the document writes is for it. An item of one word
    is too loose to tell ("giống" of many grants)."""
    return len(item.split()) > 1 and head_coverage(item, title) >= 1.0


def other_items_only(
    question: str,
    book: CitationBook,
    passages: list[str],
    docs: dict[str, Document],
    folded_docs: dict[str, str],
) -> bool:
    """Whether every quote writing the amount asked is a table row of another item than the question's
    ("5 | Lớp tập huấn kỹ năng dân vận ... | lớp | 12 | 12 | 100,0" for "Số lớp tập huấn kỹ thuật chăn nuôi
    ... đạt bao nhiêu phần trăm kế hoạch?", ``items.missing_item_words``; trial 32 n09), or a row writing no
    word of the item at all beside such a near miss (``items.shares_item``). The table's row of column names
    writes no item's figure."""
    stating = []
    for c in book.citations:
        read = cited_reader(c, docs)(c.quote_start, c.quote_end)
        if not items.names_row(c.quote) and amount_mentions.amount_supported(
            question, [c.quote, read], passages
        ):
            stating.append((c, read))
    near = [
        c
        for c, read in stating
        if items.missing_item_words(
            question,
            c.quote,
            read,
            render.subject_line(docs.get(c.doc.doc_id)),
            folded_docs.get(c.doc.doc_id, ""),
        )
    ]
    # beside a near miss (another item of the same head, "Lớp tập huấn nghiệp vụ ..."), a row writing no word
    # of the item asked ("Mô hình dân vận khéo ...") is no answer either: quoted once a table's header row
    # no longer takes a quote's place (trial 37)
    return bool(near) and all(c in near or not items.shares_item(question, c.quote) for c, _ in stating)
