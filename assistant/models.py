"""Plain data types shared by every stage: load -> clean -> parse -> chunk -> index -> retrieve -> answer.

Each stage consumes and produces these dataclasses, so a chunk always knows its document, section path
and pages, and a citation is just data. Everything here is JSON-serialisable through ``to_dict``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

# ---------------------------------------------------------------------------------------------- loading


@dataclass
class Block:
    """One paragraph-like unit of text as a loader found it.

    ``style`` holds hints such as ``"bold"``, ``"italic"``, ``"heading"``, ``"table"``, ``"list"``,
    ``"center"``, ``"h1"``..``"h6"``; loaders never put markup characters (``**``, ``<b>``) into ``text``.
    ``page`` is 1-based for paged formats (PDF) and None otherwise.
    ``lead`` is the emphasised run a paragraph starts with (``"Hội phụ nữ các cấp:"``), when a loader
    can tell; the structure parser uses it to recognise organisation paragraphs.

    Layout contract shared by every loader (DOCX, DOC, PDF, HTML, text):

    - One block per visual line group: a paragraph, or one line of a paragraph written with soft line
      breaks (``<w:br/>``, ``<br>``); paragraph boundaries (automatic numbering included) are never merged.
    - ``cell`` is ``(table, row, col)``, 0-based, for text inside a table (``table`` counts the file's
      tables in reading order, nested tables get their own number); blocks of one table come in row-major
      reading order, a cell's lines in order, a merged cell once at its first row/column. None outside tables.
    - Text boxes (VML and DrawingML) are emitted at their anchor position with ``"textbox"`` in ``style``.
    - ``pages`` lists every page a block spans when it crosses a page break (``page`` is the first).
    """

    text: str
    page: int | None = None
    style: frozenset[str] = frozenset()
    lead: str | None = None
    cell: tuple[int, int, int] | None = None
    pages: tuple[int, ...] = ()


@dataclass
class LoadedFile:
    """What a loader returns: text blocks plus facts about the source file."""

    path: str
    blocks: list[Block]
    format: str  # "pdf", "docx", "doc", "txt", "md", "html"
    page_count: int | None = None
    encoding: str | None = None
    ocr_pages: list[int] = field(default_factory=list)
    skipped_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------- metadata


@dataclass
class Reference:
    """Another document cited in the text (``Kết luận số 62-KL/TW, ngày 08/12/2009 của Bộ Chính trị``)."""

    number: str  # canonical, e.g. "62-KL/TW"
    doc_type: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    issuer: str | None = None
    text: str = ""  # the phrase as written


@dataclass
class CopyNote:
    """A "SAO LỤC" / "SAO Y" block: a copy made by another body, with its own number and instruction."""

    kind: str  # "SAO LỤC", "SAO Y BẢN CHÍNH", ...
    number: str | None = None
    date: str | None = None
    issuer: str | None = None
    place: str | None = None
    instruction: str | None = None
    signer: str | None = None


@dataclass
class Signer:
    """One more signer of a joint document (a column of its signature block): name, title, capacity."""

    name: str
    title: str | None = None  # "CHỦ TỊCH", "HIỆU TRƯỞNG"
    capacity: str | None = None  # "TM. BAN THƯỜNG VỤ HỘI LHPN XÃ"


@dataclass
class DocumentMeta:
    """What the header, title and signature block of a directive say about it."""

    doc_type: str | None = None  # "Kết luận", "Thông báo kết luận", "Kế hoạch", ...
    number: str | None = None  # canonical "62-KL/TW"
    number_aliases: list[str] = field(default_factory=list)  # other spellings met for the same document
    issuer: str | None = None
    # The lines the issuer is read from, as printed (the letterhead's body lines, or the title line
    # naming it): what an issuer line quotes, since ``issuer`` is a name written in running text.
    issuer_text: str = ""
    # Urgency and secrecy marks printed by the letterhead ("HỎA TỐC", "KHẨN", "MẬT").
    marks: list[str] = field(default_factory=list)
    date: str | None = None  # ISO yyyy-mm-dd
    place: str | None = None
    signer: str | None = None
    signer_capacity: str | None = None  # "T/M BỘ CHÍNH TRỊ", "K/T ...", "T/L BAN THƯỜNG VỤ"
    signer_title: str | None = None  # "PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG"
    title: str | None = None  # the subject line ("về tiếp tục đổi mới ...")
    # The note under the subject saying which document issues this one, as printed: "(Ban hành kèm theo
    # Quyết định số 31/QĐ-MTTQ-BTT ngày ...)" of a regulation or charter (absent from older indexes).
    issued_with: str | None = None
    # The other signers of a joint document, in the order their columns are printed after the first
    # (``signer``, ``signer_title``, ``signer_capacity``); absent from indexes built before them.
    cosigners: list[Signer] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận:" list at the foot
    # The "Nơi nhận:" block as written (its heading and item lines, dashes kept) and the pages it is
    # printed on: what the recipients line cites (absent from indexes built before it).
    recipients_text: str = ""
    recipients_pages: list[int] = field(default_factory=list)
    # "Kính gửi:" addressees at the head of a letter or report (absent from indexes built before them).
    addressees: list[str] = field(default_factory=list)
    copies: list[CopyNote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    # Fields filled from what other documents say about this one ("number", "date"), not from its own text.
    inferred: list[str] = field(default_factory=list)

    def sent_to(self) -> list[str]:
        """Everyone the document goes to: the "Kính gửi" addressees, then the "Nơi nhận" list without its
        "Như trên" / "Như kính gửi" line (which stands for the addressees)."""
        if not self.addressees:
            return list(self.recipients)
        rest = [r for r in self.recipients if not re.match(r"(?i)^\s*như\s+(?:trên|kính gửi)\b", r)]
        return [*self.addressees, *rest]

    def short_title(self) -> str:
        """A label a cadre recognises: "Kết luận 62-KL/TW" or the type and subject."""
        if self.doc_type and self.number and self.number[:1].isdigit():  # "/KH-..." (blank digits) names none
            return f"{self.doc_type} {self.number}"
        if self.doc_type and self.title:
            return f"{self.doc_type} {self.title}"[:120]
        return self.title or self.doc_type or ""


# ---------------------------------------------------------------------------------------------- structure


@dataclass
class Section:
    """A node of the document's section tree.

    ``path`` lists the headings from the root down to this node, each as shown to users
    (``["3. Tổ chức thực hiện", "3.4"]``). ``label`` is the numbering (``"3.4"``, ``"II"``, ``"a"``) or
    None for unnumbered headings. ``org`` is the canonical id of the organisation a lead-in paragraph
    names (``"hoi_phu_nu"``) or None. Offsets index into ``Document.text``.
    """

    id: str
    path: list[str]
    label: str | None
    title: str
    level: int
    start: int
    end: int
    pages: list[int] = field(default_factory=list)
    org: str | None = None
    parent: str | None = None


@dataclass
class Paragraph:
    """A cleaned paragraph of the document body with its section and position."""

    text: str
    start: int
    end: int
    section_id: str
    page: int | None = None
    style: frozenset[str] = frozenset()
    pages: list[int] = field(default_factory=list)  # every page it spans (a page break inside it)


@dataclass
class Document:
    """A parsed document: cleaned text (original wording), metadata, section tree and paragraphs."""

    doc_id: str
    file: str  # path as given to the indexer
    format: str
    text: str  # cleaned original text; all offsets point into it
    meta: DocumentMeta
    sections: list[Section]
    paragraphs: list[Paragraph]
    content_hash: str = ""
    page_count: int | None = None
    ocr_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Other files holding the same document (a DOCX beside its signed PDF); only ``file`` is indexed.
    alternates: list[str] = field(default_factory=list)

    def section(self, section_id: str) -> Section | None:
        """Return the section with this id, if any."""
        for s in self.sections:
            if s.id == section_id:
                return s
        return None

    def continues_parent(self, section: Section) -> bool:
        """Whether ``section`` holds its parent's own text after the parent's children (plain paragraphs
        after a list, ``parse.closing.continuation``): it has the parent's path and no label of its own, is
        cited as the parent, and an outline shows it as the parent, never as a second node."""
        parent = self.section(section.parent) if section.parent and section.label is None else None
        return parent is not None and parent.path == section.path and bool(section.path)


# ---------------------------------------------------------------------------------------------- chunks


@dataclass(frozen=True)
class Chunk:
    """A retrievable unit: contiguous text inside one section.

    Frozen: the store's chunks are shared by every question an ``Assistant`` answers (``Corpus.chunks``,
    ``Hit.chunk``); a changed value is a new chunk (``dataclasses.replace``), never an edit.

    ``text`` is the original wording (for display and quotes); ``norm_text`` is the matching form from
    ``assistant.text.normalize``; ``embed_text`` is what the embedding model sees (heading path + text).
    """

    chunk_id: str
    doc_id: str
    file: str
    section_id: str
    section_path: list[str]
    heading: str
    start: int
    end: int
    text: str
    norm_text: str
    embed_text: str
    pages: list[int] = field(default_factory=list)
    org: str | None = None
    ordinal: int = 0

    def section_label(self) -> str:
        """The section path joined the way citations show it."""
        return " › ".join(self.section_path)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Hit:
    """A chunk returned by retrieval with its fused score and the ranks that produced it (frozen)."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float | None = None
    lexical_score: float | None = None


# ---------------------------------------------------------------------------------------------- answers


@dataclass(frozen=True)
class DocRef:
    """The document facts a citation shows (frozen: one value may be shown by several citations)."""

    doc_id: str
    file: str
    doc_type: str | None
    number: str | None
    date: str | None
    title: str
    issuer: str | None = None
    signer: str | None = None


@dataclass(frozen=True)
class Citation:
    """A numbered pointer from an answer to the exact words that support it.

    Frozen, ``pages`` a tuple: a renumbered or moved citation is a new value (``dataclasses.replace``), so
    no answer changes a citation another answer, a conversation or a caller still holds
    (tests/test_request_isolation.py).
    """

    n: int
    doc: DocRef
    section: str  # "3. Tổ chức thực hiện › 3.4"
    page: int | None
    chunk_id: str
    text: str  # the chunk's original text
    quote: str  # the supporting words, verbatim
    quote_start: int  # offsets of ``quote`` inside ``text``
    quote_end: int
    doc_start: int = 0  # offsets of ``quote`` inside the document's cleaned text
    doc_end: int = 0
    pages: tuple[int, ...] = ()  # every page the quote spans, when more than ``page``

    def __post_init__(self) -> None:
        if not isinstance(self.pages, tuple):  # a list read back from JSON (``conversations``)
            object.__setattr__(self, "pages", tuple(self.pages))


@dataclass
class Answer:
    """What ``Assistant.ask`` returns."""

    question: str
    text: str
    abstained: bool
    citations: list[Citation]
    retrieved: list[Hit]
    mode: str = "extractive"
    language: str = "vi"
    see_also: list[Citation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. why the LLM answer was replaced
    timings_ms: dict[str, float] = field(default_factory=dict)
    resolved_question: str | None = None  # after follow-up resolution
    # Why the assistant answered or abstained (``answer.abstain.Evidence``: coverage, dense, score, checks).
    evidence: Any = None
    # The first line says the governing clause states no such fact ("Văn bản không nêu thời hạn cho việc
    # này."): the asked fact is reported absent while the clause is still quoted; evaluation counts it as
    # abstaining on an unanswerable question.
    fact_absent: bool = False


# ---------------------------------------------------------------------------------------------- obligations


@dataclass
class Deadline:
    """A deadline as written plus the date range it means; both None for a time counted from an event
    ("ngay sau khi kết thúc hội nghị", "trong vòng 05 ngày làm việc kể từ ...")."""

    text: str
    start: str | None  # ISO dates
    end: str | None


@dataclass
class Obligation:
    """One duty: who must do what, by when, under which document and section."""

    task: str
    lead: list[str]
    coordinators: list[str]
    responsible: list[str]
    deadline: Deadline | None
    recurrence: str | None
    reporting: str | None
    file: str
    doc_id: str
    section: str
    page: int | None
    text: str  # the original sentence
    org_match: str | None = None  # "named" | "collective" | None, relative to a query
    source: str = "rules"  # "rules", "table" (a row of an assignment table) or "llm"
    start: int = 0
    end: int = 0
    # The bodies are not written in the clause but read from around it: the issuer of a dated clause that
    # names nobody, or the bodies a counted head ("hai Hội") stands for.
    inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
