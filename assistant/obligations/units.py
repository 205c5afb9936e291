"""The stretches of a parsed directive that duty clauses are read from, and what each carries.

A unit is one parser paragraph, or two joined across a page break ("... tổ chức" | "tổng kết ..."), with
the section it stands in and what that section says about its duties: inside "Tổ chức thực hiện" a clause
without a subject inherits one; after the signature, in an assessment section ("Đánh giá", "Kết quả đạt
được") and in the closing parts the parser appends (the issue lines "Số ...", "<Nơi>, ngày ...", the
signature) only "Giao ..." instructions count; an organisation lead-in ("Hội phụ nữ các cấp: ...") or a
heading naming bodies ("1. Phòng Kinh tế:") gives the actor of the clauses below it. Addressee lines
("Kính gửi: ...") and place-and-date lines are no units at all. A SAO LỤC instruction kept only in the
metadata is a unit of its own, detached from ``doc.text``.

What the clause grammar (``extract``) writes back is a ``Row`` per duty clause (who, in which role, which
stretch of the unit is the task), turned here into the ``Obligation`` with its first deadline and
recurrence, the reporting duty as written and the citation (file, section, page, sentence, offsets).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.models import Deadline, Document, Obligation
from assistant.obligations.anaphora import counted_parties
from assistant.obligations.clauses import _LABEL_RE, chain
from assistant.obligations.deadlines import duty_deadlines, find_recurrences, fold_chars
from assistant.obligations.orgs import OrgRegistry
from assistant.parse.closing import COPY_SECTION, is_closing_section
from assistant.parse.header import PLACE_DATE_RE, header_date
from assistant.parse.tables import is_table_para
from assistant.text import clean_spaces, fold

_SIGNATURE_RE = re.compile(r"^\W*(?:T/M|T/L|K/T|TM\.|KT\.|TL\.|Nơi nhận)", re.MULTILINE)
_SKIP_SECTION_RE = re.compile(r"(?<![a-z])(?:danh gia|noi nhan|ket qua dat duoc)(?![a-z])")
_ITEM_LABEL_RE = re.compile(r"^\s*[a-zđ]\s*[).]\s")
ORG_LEAD_RE = re.compile(r"^\W*([^:.;!?\n]{3,60}?)\s*\**:\**\s+")
_ADDRESS_RE = re.compile(r"^\W*Kính\s+gửi\b", re.I)
_BULLET_RE = re.compile(r"^\s*[-–+•]\s*")
# A heading that asks or assigns bodies, its items being their tasks: "Đề nghị / Giao X (phối hợp)", or
# names whom they are for: "2.1. Đối với Hội Nông dân xã", or whose duties they are: "Điều 6. Trách nhiệm
# của Ủy ban MTTQ huyện", "1. Nhiệm vụ, quyền hạn của Hội Nông dân huyện".
_ASKED_HEAD_RE = re.compile(
    r"\s*(?:de nghi|yeu cau|giao|doi voi"
    r"|(?:trach nhiem|nhiem vu)(?:\s*(?:,|va)\s*(?:quyen han|nhiem vu|trach nhiem))?(?:\s+chung)?\s+cua)\s+"
)
# A lead-in heading naming the body whose duties the items below are: "(Năm 2031, ) X cần / phải / có
# trách nhiệm ... (các|những) nhiệm vụ (trọng tâm) sau:".
_HEAD_FRAME_RE = re.compile(
    r"\s*(?:(?:trong\s+)?(?:nam|giai doan|thoi gian)\s[^,:;]{1,30}|thoi gian toi),\s*"
)
_ITEMS_LEAD_RE = re.compile(
    r"\s*(?:can|phai|co trach nhiem)(?![a-z])[^:;.]{0,80}?(?:cac|nhung|mot so)\s+"
    r"(?:nhiem vu|noi dung|viec|cong viec|giai phap)(?![a-z])[^:;.]{0,40}?\s(?:sau|nhu sau)\s*[:*_\s]*$"
)
_PART_TITLE_RE = re.compile(r"\s*to chuc thuc hien\s*[:.*_]*\s*")
_ROLE_VERB_RE = re.compile(r"\s*(?:phoi hop|thuc hien|chu tri|tham gia)(?:\s+thuc hien)?\s*")
# A list of conditions, criteria or eligible subjects, not of duties: a heading that names them ("1. Đối
# tượng và điều kiện vay", "2. Tiêu chí công nhận tổ ...") or a lead-in announcing them ("... khi có đủ các
# điều kiện:", "... phải có đủ các điều kiện sau:", "đáp ứng đủ các tiêu chí sau:"); not "tạo điều kiện".
_CONDITIONS_TITLE_RE = re.compile(r"(?:cac |nhung )?(?:doi tuong|dieu kien|tieu chi|tieu chuan)(?![a-z])")
_CONDITIONS_LEAD_RE = re.compile(
    r"(?<![a-z])(?:cac|nhung|du)\s+(?:dieu kien|tieu chi|tieu chuan)(?:\s+[a-z]+){0,3}\s*:\s*$"
)


@dataclass
class Unit:
    """A stretch of text read as one paragraph: a parser paragraph, or two joined across a page break."""

    start: int
    end: int
    text: str
    section: str
    page: int | None
    in_tcth: bool
    skip: bool
    org_lead: str | None = None
    # The bodies a section heading consists of ("1. Phòng Kinh tế:"): the actors of its items that name
    # none of their own ("- Là cơ quan thường trực, tổng hợp báo cáo ...").
    heading_bodies: list[str] | None = None
    # The heading names them by a counted head ("3. Nhiệm vụ chung của hai Hội"): read from before it.
    heading_inferred: bool = False
    detached: bool = False  # text kept only in the metadata (a SAO LỤC note): no offsets into doc.text
    # Inside a list of conditions ("a) Là hội viên ..., sinh hoạt thường xuyên ..."): what it states is
    # who qualifies, no duty of the bodies a letter or heading addresses; only a clause naming its own
    # body acting is read there.
    conditions: bool = False

    @property
    def body_from(self) -> int:
        """Where the clauses start: after an organisation lead-in's name and colon, else 0."""
        m = ORG_LEAD_RE.match(self.text) if self.org_lead else None
        return m.end() if m else 0


def is_place_date_line(text: str) -> bool:
    """"Hòa An, ngày 12 tháng 3 năm 2026": the line a document is dated by, wherever a layout puts it."""
    t = clean_spaces(text).strip(" *_")
    return bool(PLACE_DATE_RE.match(t) and header_date(t)) and len(t) <= 80


def units(doc: Document, reg: OrgRegistry) -> Iterable[Unit]:
    """The units of ``doc`` in reading order, then any SAO LỤC instruction not already among them."""
    sig = _SIGNATURE_RE.search(doc.text)
    signature_at = sig.start() if sig else len(doc.text)
    out: list[Unit] = []
    heading_cache: dict = {}
    conditions_cache: dict[str, bool] = {}
    addressees = {fold(a) for a in doc.meta.addressees}
    for p in sorted(doc.paragraphs, key=lambda p: p.start):
        text = doc.text[p.start : p.end]
        if not text.strip() or is_table_para(p.style):  # table rows are read by ``table_rows``
            continue
        if _ADDRESS_RE.match(text) or fold(_BULLET_RE.sub("", text).strip(" .;,")) in addressees:
            continue  # "Kính gửi:" and the addressees listed under it: whom the letter is for, no duty
        if is_place_date_line(text):
            continue  # the date line, also where a portal's header table lands after the body
        prev = out[-1] if out else None
        if (
            prev
            and text.lstrip()[:1].islower()
            and not _ITEM_LABEL_RE.match(text)  # "a) ...", "đ. ...": an item under a heading, not a tail
            and not prev.text.rstrip().endswith((".", ":", ";", "!", "?"))
        ):
            prev.end = p.end  # a sentence cut by a page break or a stray blank line
            prev.text = doc.text[prev.start : prev.end]
            continue
        sec = doc.section(p.section_id)
        path = sec.path if sec else []
        folded_path = [fold(h) for h in path]
        heading = path[-1] if path else ""
        bodies, inferred = _section_bodies(doc, sec, reg, heading_cache) if sec is not None else (None, False)
        if bodies and not _bare_label(heading) and fold(text).startswith(fold(heading)[:30]):
            bodies = None  # the heading's own paragraph (not an item "a) ..." whose label is its heading)
        closing = is_closing_section(path) and not path[0].startswith(COPY_SECTION)
        skip = p.start >= signature_at or closing or any(_SKIP_SECTION_RE.search(h) for h in folded_path)
        out.append(
            Unit(
                start=p.start,
                end=p.end,
                text=text,
                section=" › ".join(path),
                page=p.page,
                in_tcth=any("to chuc thuc hien" in h for h in folded_path),
                skip=skip,
                org_lead=_org_lead(text, reg),
                heading_bodies=bodies,
                heading_inferred=bool(bodies) and inferred,
                conditions=sec is not None and _in_conditions(doc, sec, conditions_cache),
            )
        )
    yield from out
    covered = [(u.start, u.end) for u in out]
    # A SAO LỤC instruction the parser kept only in the metadata is still a duty.
    for copy in doc.meta.copies:
        instruction = (copy.instruction or "").strip()
        if not instruction:
            continue
        at = doc.text.find(instruction)
        if at >= 0 and any(s <= at < e for s, e in covered):
            continue
        label = " ".join(x for x in (copy.kind or "SAO LỤC", copy.number) if x)
        if at >= 0:
            yield Unit(at, at + len(instruction), instruction, label, None, False, True)
        else:
            yield Unit(0, 0, instruction, label, None, False, True, detached=True)


def _in_conditions(doc: Document, sec, cache: dict[str, bool]) -> bool:
    """Whether ``sec`` lies in a list of conditions: it or a section above it is headed by their name or
    by a lead-in announcing them, or a section above it announces them in its own text before its items."""
    if sec.id in cache:
        return cache[sec.id]
    title = fold_chars(sec.title or "").strip()
    label = _LABEL_RE.match(title)
    head = title[label.end() :].lstrip() if label else title
    found = bool(_CONDITIONS_TITLE_RE.match(head) or _CONDITIONS_LEAD_RE.search(title))
    parent = doc.section(sec.parent) if sec.parent else None
    if not found and parent is not None and parent.path:
        kids = [k.start for k in doc.sections if k.parent == parent.id and k.start > parent.start]
        own = doc.text[parent.start : min(kids, default=parent.end)]
        announced = bool(_CONDITIONS_LEAD_RE.search(fold_chars(own).strip()))
        found = announced or _in_conditions(doc, parent, cache)
    cache[sec.id] = found
    return found


def _section_bodies(doc: Document, sec, reg: OrgRegistry, cache: dict) -> tuple[list[str] | None, bool]:
    """The bodies ``sec``'s heading consists of; for a bare item ("a)", "2.") with no title of its own, those
    of the heading above it ("Điều 6. Trách nhiệm của Ủy ban MTTQ huyện" over its points a) b)); and whether
    they were read from before the heading, not written in it (a counted head, "hai Hội")."""
    if sec.id in cache:
        return cache[sec.id]
    heading = sec.path[-1] if sec.path else ""
    if heading.endswith("…") and (sec.title or "").startswith(heading[:-1].rstrip()):
        heading = sec.title  # a long lead-in heading is shortened in the path, whole in the title
    found = _heading_bodies(heading, reg, doc, sec.start)
    if found[0] is None and sec.parent and _bare_label(heading):
        parent = doc.section(sec.parent)
        found = _section_bodies(doc, parent, reg, cache) if parent is not None else found
    cache[sec.id] = found
    return found


def tcth_item(section: str) -> bool:
    """Whether a unit's section (its path joined by " › ") is the "Tổ chức thực hiện" part or a bare item
    right under it ("V. TỔ CHỨC THỰC HIỆN › 4."), not a titled heading inside it."""
    path = section.split(" › ")
    folded = [fold_chars(h) for h in path]
    if not folded:
        return False
    if _PART_TITLE_RE.fullmatch(folded[-1], _label_end(folded[-1])):
        return True
    return len(path) >= 2 and _bare_label(path[-1]) and bool(
        _PART_TITLE_RE.fullmatch(folded[-2], _label_end(folded[-2]))
    )


def _label_end(folded: str) -> int:
    label = _LABEL_RE.match(folded)
    return label.end() if label else 0


def _bare_label(heading: str) -> bool:
    """A heading that is only an item's label: "a)", "2.", "Khoản 3"."""
    folded = fold_chars(heading).strip(" *_")
    label = _LABEL_RE.match(folded)
    return bool(label) and not folded[label.end() :].strip()


def _heading_bodies(
    heading: str, reg: OrgRegistry, doc: Document | None = None, at: int = 0
) -> tuple[list[str] | None, bool]:
    """The bodies a section heading consists of, after its label ("1. Phòng Kinh tế:", "2. Ủy ban MTTQ
    xã và các đoàn thể"), or None when the heading says anything else ("1. Mục đích"); with whether they
    are read from ``doc`` before the heading (at offset ``at``): "3. Nhiệm vụ chung của hai Hội"."""
    folded = fold_chars(heading)
    label = _LABEL_RE.match(folded)
    pos = label.end() if label else 0
    if _PART_TITLE_RE.fullmatch(folded, pos):
        return None, False  # "III. TỔ CHỨC THỰC HIỆN": a part of the plan, not the body "tổ chức"
    asks = _ASKED_HEAD_RE.match(folded, pos)  # "2. Đề nghị Ủy ban nhân dân xã phối hợp": the items are its
    frame = None if asks else _HEAD_FRAME_RE.match(folded, pos)
    spans, end = chain(heading, folded, reg, asks.end() if asks else frame.end() if frame else pos)
    rest = len(heading.rstrip(" :*_."))
    if not spans and asks and doc is not None:
        counted = counted_parties(doc, reg, heading, asks.end(), at)
        if counted is not None and counted[1] >= rest:
            return counted[0], True
    if spans and asks and (verb := _ROLE_VERB_RE.match(folded, end)):
        end = verb.end()
    if spans and not asks and heading.rstrip(" *_").endswith(":") and _ITEMS_LEAD_RE.match(folded, end):
        end = rest  # "2. Năm 2031, Đảng ủy xã cần thực hiện tốt các nhiệm vụ sau:": the items are its duties
    if not spans or end < rest:
        return None, False
    return [clean_spaces(heading[a:b]) for a, b in spans], False


def _org_lead(text: str, reg: OrgRegistry) -> str | None:
    """The body an organisation lead-in names ("Hội phụ nữ các cấp:"), as written, or None."""
    m = ORG_LEAD_RE.match(text)
    if not m:
        return None
    name = m.group(1).strip(" *_")
    mentions = reg.find_in(name)
    if mentions and mentions[0].start <= 1 and mentions[0].end >= len(name.rstrip()) - 1:
        return name
    return None


# ------------------------------------------------------------------------------------------ rows

REPORT_RE = re.compile(r"(?<![a-z])(?:bao cao|trinh(?=\s+(?:ban|bo|thuong truc|tinh uy|hoi nghi)))(?![a-z])")
_REPORT_CUT_RE = re.compile(
    r"\s+va\s+(?:tham muu|to chuc|chi dao|xay dung|de xuat|kiem tra|tong ket)(?![a-z])"
)


# The organs that lead a body and act in its name (folded), as opposed to its departments.
LEADING_ORGANS = frozenset(
    ["uy ban", "ban thuong truc", "thuong truc", "ban thuong vu", "ban chap hanh", "bch", "btv",
     "doan chu tich"]
)  # fmt: skip


def of_heading_body(names: list[str], heading_bodies: list[str] | None) -> list[str]:
    """``names`` with an organ written alone ("Ban Thường vụ", "Thường trực", ``LEADING_ORGANS``) read as
    the organ of the one body its section heading names ("3. Hội Nông dân xã" / "- Ban Thường vụ chỉ đạo
    ..." -> "Ban Thường vụ Hội Nông dân xã"): the heading says whose the items are. Unchanged without one
    such heading body, or when that body is itself an organ."""
    if not heading_bodies or len(heading_bodies) != 1:
        return names
    owner = heading_bodies[0]
    if fold(owner).strip() in LEADING_ORGANS:
        return names
    return [f"{n} {owner}" if fold(n).strip() in LEADING_ORGANS else n for n in names]


@dataclass
class Row:
    """One duty clause read: its subject bodies, whether they lead, the partners, and spans in the unit."""

    subject: list[str]
    lead: bool
    coordinators: list[str]
    task: tuple[int, int]  # in the clause's unit
    span: tuple[int, int]  # the clauses the row covers, in the unit
    sentence: tuple[int, int]
    sources: list[str] = field(default_factory=list)
    inferred: bool = False  # the subject is implied, not written (``anaphora``)
    # A task left unwritten ("Hội Nông dân huyện chủ trì năm 2037" after "... luân phiên chủ trì tổ chức sơ
    # kết"): the span in the unit of the words it takes from the clause before, and the time it adds.
    elided: tuple[int, int] | None = None
    when: Deadline | None = None


def to_obligation(doc: Document, u: Unit, text: str, row: Row) -> Obligation | None:
    """The row of ``row`` read in unit ``u`` (whose text is ``text``), or None when it has no task or body."""
    a, b = row.span
    t0, t1 = row.task
    # a body's lead-in colon is no part of its task ("- Văn phòng Hội Nông dân huyện: tiếp nhận hồ sơ")
    task = clean_spaces(text[t0:t1]).strip(" ,;").lstrip(": ").removesuffix("./.").rstrip(" .;,")
    if row.elided is not None:
        task = f"{clean_spaces(text[row.elided[0] : row.elided[1]]).strip(' ,;')} {task}"
    if not task or not row.subject:
        return None
    part = text[a:b]
    deadlines = duty_deadlines(part)
    recurrences = find_recurrences(part)
    reporting = _reporting(part, recurrences)
    s0, s1 = row.sentence
    base = u.start
    start, end = (0, 0) if u.detached else (base + s0, base + s1)
    return Obligation(
        task=task[:1].upper() + task[1:],
        lead=list(row.subject) if row.lead else [],
        coordinators=row.coordinators,
        responsible=[] if row.lead else list(row.subject),
        deadline=row.when or (deadlines[0].deadline if deadlines else None),
        recurrence=recurrences[0].label if recurrences else None,
        reporting=reporting,
        file=doc.file,
        doc_id=doc.doc_id,
        section=u.section,
        page=u.page,
        text=text[s0:s1],
        start=start,
        end=end,
        inferred=row.inferred,
    )


def _reporting(part: str, recurrences: list) -> str | None:
    """The reporting duty as written: what, to whom, how often ("hằng năm báo cáo kết quả thực hiện
    với Thường trực Tỉnh ủy"); a body that only hears reports ("nghe báo cáo") has none."""
    folded = fold_chars(part)
    for m in REPORT_RE.finditer(folded):
        if folded[max(0, m.start() - 6) : m.start()].strip().endswith("nghe"):
            continue
        if not folded[m.end() :].strip(" .;,/"):
            continue  # "Đăng ký tham luận cùng báo cáo": the report named last, a noun, is no duty to report
        start = m.start()
        for r in recurrences:
            if 0 <= m.start() - r.end <= 3:
                start = r.start
        cut = _REPORT_CUT_RE.search(folded, m.end())
        end = cut.start() if cut else len(part)
        return clean_spaces(part[start:end]).removesuffix("./.").rstrip(" .;,")
    return None
