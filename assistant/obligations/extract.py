"""Who must do what, by when: duty clauses read off a parsed directive by rule, each row cited.

Vietnamese directives assign work in a few fixed shapes, and the rules follow those shapes, not any one
document:

- a subject chain of bodies, then the duty: "Ban Tuyên giáo Tỉnh ủy chỉ đạo ...", "Các huyện, thành ủy ...
  có trách nhiệm ...", "MTTQ và các tổ chức chính trị - xã hội tỉnh quán triệt ...";
- "(Giao) X chủ trì, phối hợp (với) Y, Z <task>": X leads, Y and Z coordinate; "X phối hợp Y <task>":
  X is responsible, Y coordinates; "Bộ Chính trị giao X ...": X is responsible, not the assigner;
- an organisation lead-in paragraph ("Hội phụ nữ các cấp: ..."): every sentence is that body's task;
- a clause without a subject inherits the previous clause's when it adds a time, a report or a
  "chủ trì" ("...; hằng năm báo cáo kết quả với ..."), and inside "Tổ chức thực hiện" always.

Sentences that only describe ("MTTQ ... đã tích cực ...", "... chưa theo kịp ..."), lead-ins ending with a
colon, assessment sections and everything after the signature except "Giao ..." instructions (the SAO LỤC
copy note) are not duties. Deadlines and recurrences come from ``deadlines``; bodies from ``orgs``; the
paragraphs read and the rows written (``Unit``, ``Row`` -> ``Obligation``) from ``units``.
Rows of assignment tables are read by their columns (``table_rows``), not by these rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from assistant.lexicon.months import item_label
from assistant.lexicon.phrases import (
    is_basis_sentence,
    is_closing_sentence,
    is_contact_sentence,
    is_scheduled_event,
)
from assistant.models import Deadline, Document, Obligation
from assistant.obligations.anaphora import antecedent_task, counted_parties, implied_issuer, lead_year
from assistant.obligations.assigners import assigned_at, remit_end
from assistant.obligations.clauses import (
    _ADVERBS_RE,
    _LABEL_RE,
    _UNIT_WORD_RE,
    chain,
    distributive_units,
    generic_body_end,
    roles,
    verb_starts,
)
from assistant.obligations.deadlines import (
    DeadlineMatch,
    find_deadlines,
    find_recurrences,
    fold_chars,
    is_scope_period,
    parse_deadline,
)
from assistant.obligations.orgs import OrgRegistry
from assistant.obligations.table_rows import table_obligations
from assistant.obligations.units import REPORT_RE, Row, Unit, of_heading_body, tcth_item, to_obligation, units
from assistant.parse.closing import CLOSING_SECTION, PREAMBLE_SECTION
from assistant.text import clean_spaces, fold, normalize, normalize_cased, sentence_spans

LlmRows = Callable[[Document, list[Obligation]], Iterable[Obligation]]

_GIAO_RE = re.compile(r"giao\s+")
# A clause with no body as subject whose noun phrase is scheduled in the passive ("Vòng sơ khảo cấp huyện
# dự kiến tổ chức trong tháng 4", "Lễ trao giải sẽ được tổ chức ..."): it announces the issuer's own event,
# it is no duty of the bodies a letter is sent to (folded)
_ANNOUNCED_RE = re.compile(
    r"[^,;:]{3,120}?\s(?:du kien (?:se )?(?:duoc )?(?:to chuc|dien ra)|se (?:duoc )?to chuc|se dien ra"
    r"|duoc to chuc|dien ra)(?![a-z])"
)
# "giao" assigns; "giao ban" (a briefing meeting), "giao lưu", "giao thông" ..., the second word written in
# lower case, name no assignment: "3. Giao ban Ban Chấp hành tháng 12" gave "ban Ban Chấp hành" the task
# "Tháng 12" (trial 30); "Giao Ban Dân vận Tỉnh ủy chủ trì ..." assigns the body
_NOT_ASSIGNING = frozenset("ban luu thong dich tiep huu thua nhan hang keo".split())
# The place field of an event's schedule ("- Địa điểm: Hội trường Trung tâm Chính trị huyện."): the value is
# a place, never a body acting. "Thành phần: mỗi chi hội cử 12 hội viên ..." may set a duty: read as any line
_EVENT_FIELD_RE = re.compile(r"dia diem(?: (?:to chuc|hop|hoi nghi))?\s*:")
# The frame before whom to contact ("Trong quá trình thực hiện, nếu có vướng mắc, liên hệ đồng chí ..."):
# lower-cased, with diacritics
_CONTACT_FRAME_RE = re.compile(
    r"^(?:[-–•+*]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*)?(?:trong (?:quá trình|khi)[^,;.]{0,40},\s*)?"
    r"(?:(?:nếu|khi)\s+(?:có\s+)?)?"
)
# An assigning or role verb with nothing after it: the heading over the items that say what is assigned
# ("Điều 5. Hội đồng nhân dân tỉnh giao", "2. Đề nghị Đoàn Thanh niên xã phối hợp").
# A body directing another to lead a task ("X chỉ đạo Y chủ trì ..."): read only when "chủ trì" follows Y.
_DIRECTS_RE = re.compile(r"\s*(?:chi dao|lanh dao|phan cong)\s+")
_BARE_ASSIGN_RE = re.compile(r"\s*(?:giao|yeu cau|de nghi|phoi hop|thuc hien|chu tri)\s*[:.]?\s*")
_ASK_RE = re.compile(r"(?<![a-z])(?:yeu cau|de nghi)\s+")
# A frame before the subject: "Gắn với Đại hội ..., các cấp ủy ...", "Căn cứ ..., ", and the instruction a
# letter carries out ("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy đề nghị ..."; a
# Công văn's one request opens so).
_FRAME_RE = re.compile(
    r"(?:gan voi|dong thoi|tren co so|can cu"
    r"|thuc hien\s+(?:su\s+)?(?:chi dao|y kien|ke hoach|cong van|chi thi|nghi quyet|ket luan|huong dan"
    r"|quyet dinh|thong bao|chuong trinh|van ban))(?![a-z])[^,;]{0,120},\s*"
)
# Words that make a sentence about a body a description, not a duty ("là" defines; "bị" is passive, not
# the "bị" of "chuẩn bị"). With diacritics: folded, "vẫn" would be the "vận" of "dân vận", "đã" "đa".
_DESCRIPTIVE_RE = re.compile(
    r"(?<!\w)(?:là|đã|chưa|vẫn|còn|ngày càng|luôn|vừa|được|(?<!chuẩn )(?<!trang )(?<!thiết )(?<!dự )bị"
    r"|có lúc|có vai trò|có nhiều|yêu cầu|đề nghị|kết luận|thảo luận"
    # An appraisal in a conclusion notice ("Ban Thường vụ đánh giá cao ...", "ghi nhận, biểu dương ...").
    r"|đánh giá cao|ghi nhận|biểu dương|khen ngợi|hoan nghênh|nhất trí với)(?!\w)"
)


def _describes(head: str) -> bool:
    """Whether a clause's first words (``head``, as written) describe rather than assign
    (``_DESCRIPTIVE_RE``). A descriptive word written with a capital after the first word names a document
    ("xây dựng kế hoạch thực hiện Kết luận này"), and "còn lại" is "the remaining" ("hướng dẫn 02 xã còn lại
    tổ chức ..."): neither describes (trial 32: Kết luận 2.6, Báo cáo II.2 had no row)."""
    cased = normalize_cased(head)
    for m in _DESCRIPTIVE_RE.finditer(cased.lower()):
        before = cased[: m.start()].rstrip()
        if before[-1:].isalpha() and cased[m.start()].isupper():
            continue
        if m.group(0) == "còn" and cased.lower()[m.end() :].startswith(" lại"):
            continue
        return True
    return False


# A body chosen or assigned, then acting: "được (lựa) chọn làm điểm, tổ chức ...", "được giao chủ trì ...",
# "được phân công theo dõi ...". Not "được chọn là đơn vị tiêu biểu", "được giao quyền ..." (a status or an
# authority: ``_IS_RE`` after it).
_CHOSEN_RE = re.compile(
    r"duoc\s+(?:(?:lua\s+)?chon|giao|phan cong|chi dinh|cu)(?![a-z])"
    r"(?:\s+(?:lam|la)\s+[^,;.:]{1,40}?\s*,)?\s*"
)
_IS_RE = re.compile(r"(?:la|lam|vao|tham gia|quyen)(?![a-z])|\W*$")
_TIME_WORDS_RE = re.compile(
    r"[\W_]*(?:(?:va|de|phai|can)\s+)?"
    r"(?:hoan thanh|hoan tat|xong|ket thuc|thoi gian(?:\s+thuc hien)?|thoi han)?[\W_]*"
)
_FRONTED_EVENT_MAX = 160  # characters after a fronted time limit its event's comma is looked for in
# the word a time limit is counted from ("kể từ ngày ...", "sau khi ...", "tính từ ..."), folded
_COUNTED_FROM_RE = re.compile(r"(?<![a-z])(?:ke tu|tinh tu|sau khi|sau ngay|truoc ngay|truoc khi)(?![a-z])")
_REMAINING_RE = re.compile(r"\s+con lai(?![a-z])")
# A contrast that opens a clause with its own subject ("..., còn Đoàn xã hoàn thành ...", "; riêng xã Phú
# Thạnh tổ chức ..."): the time after it is that subject's, not the first clause's.
_CONTRAST_RE = re.compile(r"(?:con|rieng)\s+")
_CONTRAST_CUT_RE = re.compile(r",\s*(?=(?:con|rieng)\s)")
# "Là cơ quan thường trực / chủ trì", "làm đầu mối": the body of the clause leads the task.
_LEAD_ROLE_RE = re.compile(
    r"(?:la|lam)\s+(?:(?:co quan|don vi|bo phan)\s+)?(?:chu tri|thuong truc|dau moi)(?![a-z])"
)
# A topic before the item's content ("3. Thời gian, địa điểm nhận hồ sơ: Hội LHPN các xã tiếp nhận ..."):
# a short phrase ending in a colon, then the sentence that names who acts.
_TOPIC_RE = re.compile(r"[^:;.!?\n]{3,60}:\s+")
# A numbered title that names a topic, not an act ("2. Mức vay và thời hạn", "3. Trình tự lập và xét hồ
# sơ", "4. Trách nhiệm của các đơn vị"): under a letter's "đề nghị ... thực hiện một số nội dung sau:" it
# heads what follows, and is no duty of those addressed.
_TOPIC_TITLE_RE = re.compile(
    r"(?:trach nhiem|trinh tu|quy trinh|muc|thoi han|thoi gian|dia diem|noi dung|ho so|kinh phi|thanh phan"
    r"|hinh thuc|phuong thuc|cach thuc|tien do|che do|doi tuong|dieu kien|tieu chi|tieu chuan)(?![a-z])"
)
_TITLE_MAX = 80


@dataclass
class _Context:
    """What carries over between paragraphs: the bodies a lead-in addressed ("... yêu cầu các cấp ủy
    đảng, chính quyền ... thực hiện tốt một số nội dung sau:")."""

    addressees: list[str] | None = None
    doc: Document | None = None  # whose bodies a counted head ("hai Hội") or an unnamed subject stands for


def extract_obligations(
    doc: Document, registry: OrgRegistry | None = None, llm_rows: LlmRows | None = None
) -> list[Obligation]:
    """Every duty in ``doc``, one row per duty clause, each citing file, section, page, sentence and
    offsets into ``doc.text``. ``llm_rows`` may add rows (always marked ``source="llm"``), never replace."""
    reg = registry or OrgRegistry.load()
    rows: list[Obligation] = []
    seen: set[tuple[int, int, str]] = set()
    ctx = _Context(doc=doc)
    rows.extend(table_obligations(doc))  # assignment tables: one row per table row
    for unit in units(doc, reg):
        if unit.in_tcth or unit.skip:
            ctx.addressees = None  # "Tổ chức thực hiện" names its own bodies
        for ob in _read_unit(doc, unit, reg, ctx):
            key = (ob.start, ob.end, ob.task)
            if key not in seen:
                seen.add(key)
                rows.append(ob)
    if llm_rows is not None:
        rows.extend(replace(extra, source="llm") for extra in llm_rows(doc, list(rows)))
    return rows


# ------------------------------------------------------------------------------------------ reading


def _read_unit(doc: Document, u: Unit, reg: OrgRegistry, ctx: _Context) -> list[Obligation]:
    out: list[Obligation] = []
    text = u.text
    body_from = u.body_from
    last_subject: tuple[list[str], bool] | None = None
    for s_start, s_end in sentence_spans(text):
        if s_end <= body_from:
            continue
        sentence = text[s_start:s_end]
        if u.section == CLOSING_SECTION and is_closing_sentence(sentence):
            continue  # "... thông báo để các cơ quan, đơn vị biết, thực hiện.": the notice's last line
        if _contact(text[max(s_start, body_from) : s_end]):
            continue  # "Mọi vướng mắc liên hệ đồng chí ...", "Điện thoại: ...": whom to contact, no duty
        content_from = max(s_start, body_from)
        rows: list[Row] = []
        if u.section == PREAMBLE_SECTION and is_basis_sentence(sentence):  # "Căn cứ ...", "... như sau:"
            # no duty, but names whom the items below are for
            row = _addressed(text, s_start, s_end, reg, doc.meta.addressees)
            ctx.addressees = row.subject if row is not None else ctx.addressees
            continue
        if sentence.rstrip().rstrip("*").endswith(":") and not u.org_lead:
            # "Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng chỉ đạo, thực hiện tốt những nhiệm vụ sau:"
            # is one duty of the bodies it addresses, and names who the items below are for.
            row = None if u.skip else _addressed(text, s_start, s_end, reg, doc.meta.addressees)
            if row is None:
                continue
            rows.append(row)
            ctx.addressees = row.subject
        elif u.org_lead:
            label = _LABEL_RE.match(fold_chars(text[content_from:s_end]))
            t0 = content_from + (label.end() if label else 0)
            rows.append(Row([u.org_lead], False, [], (t0, s_end), (t0, s_end), (s_start, s_end)))
        else:
            for c_start, c_end in _clauses(text, content_from, s_end, reg):
                row = _read_clause(text, c_start, c_end, reg, u, rows, last_subject, ctx, content_from)
                if row is not None:
                    rows.append(row)
                    last_subject = (row.subject, row.lead)
        for row in rows:
            ob = to_obligation(doc, u, text, row)
            if ob is not None:
                out.append(ob)
    return out


def _clauses(text: str, start: int, end: int, reg: OrgRegistry) -> list[tuple[int, int]]:
    """Split a sentence at semicolons, and at a comma that opens a new time-and-subject clause
    ("..., định kỳ cấp ủy đảng các cấp làm việc ...")."""
    pieces: list[tuple[int, int]] = []
    s = start
    folded = fold_chars(text[start:end])
    cuts = [(m.start(), m.end()) for m in re.finditer(r";", folded)]
    for m in _CONTRAST_CUT_RE.finditer(folded):
        # ", còn X ..." / ", riêng X ...": a new clause only when a body follows the contrast word
        rest = _CONTRAST_RE.match(folded, m.end())
        if rest and chain(text[start:end], folded, reg, rest.end())[0]:
            cuts.append((m.start(), m.end()))
    cuts.extend(_parallel_lead_cuts(text[start:end], folded, reg, cuts))
    for a, b in sorted(cuts):
        pieces.append((s, start + a))
        s = start + b
    pieces.append((s, end))
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        cut = a
        piece = text[a:b]
        times = sorted({t.start for t in (*find_recurrences(piece), *find_deadlines(piece))})
        for t in times:
            before = piece[:t].rstrip()
            if not before.endswith(",") or a + t <= cut:
                continue
            rest = piece[t:]
            own = [x for x in (*find_recurrences(rest[:40]), *find_deadlines(rest[:60])) if x.start == 0]
            if own and chain(rest, fold_chars(rest), reg, _time_end(rest, own))[0]:
                out.append((cut, a + len(before) - 1))
                cut = a + t
        out.append((cut, b))
    return [c for a, b in out if text[a:b].strip() for c in _dated_parts(text, a, b)]


_LEAD_VERB_RE = re.compile(r"\s*chu tri(?![a-z])")


def _parallel_lead_cuts(
    text: str, folded: str, reg: OrgRegistry, cuts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Commas between two clauses of one shape, each a body and "chủ trì" ("Hội Nông dân huyện chủ trì năm
    2037, Hội Cựu chiến binh huyện chủ trì năm 2038"): each body leads its own part (trial 32: the second
    body was read into the first one's task). A comma inside a list of bodies, or before "phối hợp", is no
    such cut: the clause before it must itself open with bodies and "chủ trì"."""
    out: list[tuple[int, int]] = []
    starts = sorted([0, *(b for _, b in cuts)])
    for m in re.finditer(r",\s*", folded):
        bodies, after = chain(text, folded, reg, m.end())
        if not bodies or not _LEAD_VERB_RE.match(folded, after):
            continue
        opened = max(x for x in starts if x <= m.start())
        label = _LABEL_RE.match(folded, opened)
        first, end = chain(text, folded, reg, label.end() if label else opened)
        if first and _LEAD_VERB_RE.match(folded, end) and end < m.start():
            out.append((m.start(), m.end()))
            starts.append(m.end())
    return out


# what joins two dated tasks of one clause: "..., báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ..."
_JOIN_AFTER_TIME_RE = re.compile(r"\s*(?:,\s*(?:va\s+)?|\s+va\s+)")


def _dated_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A clause writing several tasks, each with its own deadline ("báo cáo kết quả 6 tháng trước ngày 10/6
    và báo cáo năm trước ngày 10/11 hằng năm"), cut after each deadline that a joiner and another task
    follow: each task keeps its own time (the body is inherited by the later parts)."""
    piece = text[a:b]
    folded = fold_chars(piece)
    # a period the task covers ("Đề án ... giai đoạn 2037 - 2038, trình ... trước ngày 30/6/2037") is part
    # of the task: no cut after it
    dated = [d for d in find_deadlines(piece) if not is_scope_period(d)]
    if len(dated) < 2:
        return [(a, b)]
    out: list[tuple[int, int]] = []
    cut = 0
    for d, nxt in zip(dated, dated[1:], strict=False):
        join = _JOIN_AFTER_TIME_RE.match(folded, d.end)
        if join is None or join.end() >= nxt.start:
            continue
        between = folded[join.end() : nxt.start]
        if len(between.split()) < 2:
            continue  # "trước ngày 10/6 và trước ngày 10/11": two times of one task
        out.append((a + cut, a + d.end))
        cut = join.end()
    out.append((a + cut, b))
    return out


def _time_end(text: str, times: list) -> int:
    end = max(t.end for t in times)
    m = re.match(r"\s*,?\s*", text[end:])
    return end + (m.end() if m else 0)


def _addressed(
    text: str, a: int, b: int, reg: OrgRegistry, letter: list[str] | None = None
) -> Row | None:
    """The duty in a lead-in asking bodies to carry out what follows ("yêu cầu X thực hiện tốt ... sau:").
    A letter asking "các đơn vị" / "các cơ quan, đơn vị" asks those it is sent to (``letter``: its "Kính
    gửi" addressees)."""
    clause = text[a:b]
    folded = fold_chars(clause)
    end = len(clause.rstrip().rstrip("*").rstrip(":"))
    for m in _ASK_RE.finditer(folded):
        if normalize(clause[m.start() : m.end()]).strip() not in {"yêu cầu", "đề nghị"}:
            continue
        subject, after = chain(clause, folded, reg, m.end())
        if subject:
            names = [clean_spaces(clause[s:e]) for s, e in subject]
            return Row(names, False, [], (a + after, a + end), (a, b), (a, b))
        if letter and (generic := generic_body_end(clause, folded, m.end())):
            return Row(list(letter), False, [], (a + generic, a + end), (a, b), (a, b))
    return None


def _meeting_word(clause: str, folded: str, at: int) -> bool:
    """Whether the word at ``at`` after "giao" makes a noun of it ("giao ban", "giao lưu"), written in lower
    case: a body's name after an assigning "giao" is capitalised ("Giao Ban Dân vận ...")."""
    m = re.match(r"[a-z]+", folded[at:])
    return bool(m) and m.group(0) in _NOT_ASSIGNING and clause[at : at + 1].islower()


# A clause naming whom to contact as its predicate ("đồng chí X, Phó Chủ tịch ..., số điện thoại ..., là người
# liên hệ"), folded; and a clause stating a budget figure with no verb ("Tổng kinh phí dự kiến 135.000.000
# đồng"), normalised: neither sets anyone a duty (trial 32: both were obligations rows).
_CONTACT_CLAUSE_RE = re.compile(r"\bla\s+(?:nguoi|dau moi|can bo|dong chi)\s+(?:lien he|lien lac)\b")
_FIGURE_STATEMENT_RE = re.compile(
    r"(?:tổng\s+)?(?:kinh phí|dự toán|tổng dự toán|số tiền)(?:\s+(?:dự kiến|thực hiện|tổ chức|năm \d{4}))*"
    r"\s*(?:là|:|khoảng|dự kiến)?\s*(?:khoảng\s+)?[\d.,]+\s*"
    r"(?:đồng|nghìn đồng|triệu đồng|tỷ đồng)\s*[.;]?\s*$"
)


def _contact(sentence: str) -> bool:
    """Whom to contact (``is_contact_sentence``), also after a frame: "Trong quá trình thực hiện, nếu có
    vướng mắc, liên hệ đồng chí ..." sets nobody a duty (trial 30: a contact person listed as one)."""
    if is_contact_sentence(sentence):
        return True
    bare = _CONTACT_FRAME_RE.sub("", normalize(sentence).strip().lower(), count=1)
    bare = re.sub(r",\s*(liên hệ|liên lạc)\b", r" \1", bare)
    return bare != normalize(sentence).strip().lower() and is_contact_sentence(bare)


def _read_clause(
    text: str,
    a: int,
    b: int,
    reg: OrgRegistry,
    u: Unit,
    rows: list[Row],
    last: tuple[list[str], bool] | None,
    ctx: _Context,
    s_from: int = 0,
) -> Row | None:
    clause = text[a:b]
    folded = fold_chars(clause)
    label = _LABEL_RE.match(folded)
    pos = label.end() if label else 0
    pos += len(folded[pos:]) - len(folded[pos:].lstrip())
    if _EVENT_FIELD_RE.match(folded.lower(), pos):
        return None  # "- Địa điểm: Hội trường Trung tâm ...": where an event is held, no duty
    if _CONTACT_CLAUSE_RE.search(folded.lower()) or _FIGURE_STATEMENT_RE.match(normalize(clause[pos:])):
        return None  # "đồng chí X, ..., là người liên hệ"; "Tổng kinh phí dự kiến 135.000.000 đồng"
    giao = _GIAO_RE.match(folded, pos)
    if giao and (normalize(clause[pos : pos + 4]) != "giao" or _meeting_word(clause, folded, giao.end())):
        giao = None  # "giáo dục", "giao ban" are no assignment
    # In "Tổ chức thực hiện" and the closing part a plan asks bodies outside its issuer's authority to act;
    # elsewhere "đề nghị X ..." is often the actor's own power ("2. Đề nghị Quốc hội bầu ...").
    # A request with a time limit is a duty wherever it stands ("5. Đề nghị Ban công tác Mặt trận các thôn gửi
    # báo cáo ... trước ngày 18/6"): a proposal to a higher body sets it no deadline.
    asks = u.in_tcth or u.section == CLOSING_SECTION or bool(find_deadlines(clause))
    ask = None if giao or not asks else _ASK_RE.match(folded, pos)
    if not giao and not u.skip:
        # "Về nội dung nêu trên, Thủ tướng Chính phủ giao Bộ ... nghiên cứu ...": the body given the task acts
        giao = assigned_at(clause, folded, reg, pos)
    if giao:
        pos = giao.end()
    elif ask and normalize(clause[ask.start() : ask.end()]).strip() in {"yêu cầu", "đề nghị"}:
        if chain(clause, folded, reg, ask.end())[0]:
            pos = ask.end()  # "4. Đề nghị Ủy ban nhân dân xã bố trí kinh phí ...": the body asked acts
    elif is_scheduled_event(clause[pos:]):
        return None  # "Hội nghị tổng kết ... dự kiến tổ chức vào tháng 8": an event's date, nobody's duty
    contrast = _CONTRAST_RE.match(folded, pos)
    if contrast and chain(clause, folded, reg, contrast.end())[0]:
        pos = contrast.end()  # "riêng xã Phú Thạnh ...", "còn Đoàn xã ...": the body after it acts
    subject, after = chain(clause, folded, reg, pos)
    label_when = None
    if not subject and (month := item_label(clause[pos:])) is not None:
        # "Tháng 3: Các huyện Hội xây dựng kế hoạch ...;" (a plan's month-by-month schedule): the body after
        # the month label acts, and the month is the time of its work
        subject, after = chain(clause, folded, reg, pos + month[1])
        if subject:
            pos += month[1]
            dated = parse_deadline(f"trong {month[0]}")  # "Tháng 9/2026": that month's days
            if not find_deadlines(clause[pos:]):  # a time of its own in the item governs it
                label_when = Deadline(month[0], dated.start if dated else None, dated.end if dated else None)
    topic = _TOPIC_RE.match(clause, pos) if not subject and label else None
    if topic:  # "3. Thời gian nhận hồ sơ: Hội LHPN các xã tiếp nhận ...": the body after the topic acts
        subject, after = chain(clause, folded, reg, topic.end())
        pos = topic.end() if subject else pos
    g2 = re.match(r"\s*giao\s+", folded[after:])
    if (
        subject
        and not giao
        and g2
        and normalize(clause[after : after + g2.end()]) == "giao"
        and not _meeting_word(clause, folded, after + g2.end())
    ):
        subject, after = chain(clause, folded, reg, after + g2.end())  # "Bộ Chính trị giao X ..."
        giao = g2
    directs = _DIRECTS_RE.match(folded, after) if subject else None
    if directs:
        led, led_end = chain(clause, folded, reg, directs.end())
        if led and _LEAD_VERB_RE.match(folded, led_end):
            # "Đảng ủy Quân sự huyện chỉ đạo Ban Chỉ huy Quân sự huyện chủ trì, phối hợp với Công an huyện tổ
            # chức diễn tập ...": the body directed leads the task, the one directing it only directs (trial
            # 37 d03), as the body given a task in "Bộ Chính trị giao X ..." does
            subject, after = led, led_end + len(folded[led_end:]) - len(folded[led_end:].lstrip())
    if not subject:  # "Định kỳ hằng năm, chủ tịch UBND ...", "Gắn với Đại hội ..., các cấp ủy ..."
        times = [t for t in (*find_recurrences(clause), *find_deadlines(clause)) if t.start == pos]
        frame = _FRAME_RE.match(folded, pos)
        hop = _time_end(clause, times) if times else (frame.end() if frame else None)
        subject, after = chain(clause, folded, reg, hop) if hop is not None else (subject, after)
        counted = [t for t in times if isinstance(t, DeadlineMatch) and t.deadline.end is None]
        if not subject and counted and len(counted) == len(times):
            # "Trong thời hạn 10 ngày làm việc kể từ ngày nhận được hồ sơ đề nghị của <a body>, Ban Thường vụ
            # ... ra quyết định", "Trong thời hạn 15 ngày, kể từ ngày nhận được báo cáo, X ...": a time limit
            # counted from an event, before the body (a Quy định's article), whose event runs past what the
            # grammar reads; the body after the event's comma acts. (A recurrence or a date before a task
            # with no body, "hằng năm báo cáo ... với X, Y và ...", names no event: its commas list bodies.)
            for comma in list(re.finditer(r",\s*", folded[hop : hop + _FRONTED_EVENT_MAX]))[:2]:
                event = folded[counted[0].start : hop + comma.start()]
                if not _COUNTED_FROM_RE.search(event):
                    break
                subject, after = chain(clause, folded, reg, hop + comma.end())
                if subject:  # the limit is counted from the whole event, up to its comma
                    event_text = clean_spaces(clause[counted[0].start : hop + comma.start()])
                    label_when = Deadline(event_text, None, None)
                    break
    if not subject and (find_deadlines(clause) or REPORT_RE.search(folded)):  # "Các đơn vị báo cáo ..."
        subject, after = chain(clause, folded, reg, pos, generic=True)
    ask_at = after + len(folded[after:]) - len(folded[after:].lstrip())
    ask2 = _ASK_RE.match(folded, ask_at) if subject and not giao and asks else None
    if ask2 and normalize(clause[ask2.start() : ask2.end()]).strip() in {"yêu cầu", "đề nghị"}:
        # "Ban Tuyên giáo Tỉnh ủy đề nghị Ban Tuyên giáo các huyện ủy ... gửi báo cáo ... trước ngày
        # 20/9/2026": the bodies asked act, not the one asking (a request with a time limit, or in "Tổ chức
        # thực hiện" / the closing part, as for a request opening the clause)
        asked, asked_end = chain(clause, folded, reg, ask2.end())
        if asked:
            subject, after = asked, asked_end
    if u.skip and not giao:
        return None
    if not subject and ctx.doc is not None and not u.detached:
        # "Hằng năm, hai Hội luân phiên chủ trì ...": a counted head standing for bodies named before it
        lead_times = [t for t in (*find_recurrences(clause), *find_deadlines(clause)) if t.start == pos]
        at = _time_end(clause, lead_times) if lead_times else pos
        counted = counted_parties(ctx.doc, reg, clause, at, u.start + a)
        if counted is not None:
            return _counted_row(clause, folded, reg, a, b, counted)
    if subject and (rest := _REMAINING_RE.match(folded, after)):
        # "các xã còn lại hoàn thành ...": "còn lại" (the remaining ones) belongs to the subject, not the
        # "còn" of a description ("vẫn còn hạn chế")
        subject = [*subject[:-1], (subject[-1][0], rest.end())]
        after = rest.end()
    if subject and ctx.addressees and len(subject) == 1:
        s0, s1 = subject[0]
        if generic_body_end(clause, folded, s0) == s1:
            # "2. Các đơn vị đăng ký ..." in a letter asking its addressees: "the units" are those addressed
            return Row(list(ctx.addressees), False, [], (a + after, b), (a, b), (a, b))
        kinds = distributive_units(folded[s0:s1]) if last is None else None
        if kinds and kinds <= set(_UNIT_WORD_RE.findall(fold(" ".join(ctx.addressees)))):
            # "Mỗi xã, thị trấn đề xuất ..." under a letter to "Ban Thường vụ Hội Nông dân các xã, thị trấn":
            # each unit is one of those addressed, and the duty is theirs as written
            return Row(list(ctx.addressees), False, [], (a + pos, b), (a, b), (a, b))
    if subject:
        # "- Ban Thường vụ chỉ đạo ..." under "3. Hội Nông dân xã": that body's Ban Thường vụ
        names = of_heading_body([clean_spaces(clause[s:e]) for s, e in subject], u.heading_bodies)
        pred = _ADVERBS_RE.match(folded, after).end()
        after = remit_end(folded, after)  # "theo chức năng, nhiệm vụ được giao," is no part of the duty
        head = normalize_cased(clause[after:]).split(",")[0].split()[:8]
        chosen = _CHOSEN_RE.match(folded, pred)
        if chosen and not _IS_RE.match(folded, chosen.end()):
            # "X được chọn làm điểm, tổ chức sơ kết ...", "X được giao chủ trì ...": X acts
            lead, coords, task_at = roles(clause, folded, reg, chosen.end())
            task = (a + (task_at if lead or coords else pred), b)
            return Row(names, lead, coords, task, (a, b), (a, b))
        if _describes(" ".join(head)) or pred >= len(folded.rstrip(" ./")):
            return None
        if _BARE_ASSIGN_RE.fullmatch(folded, pred):  # a heading over items: they carry the tasks
            return None
        lead, coords, task_at = roles(clause, folded, reg, pred)
        row = Row(
            names, lead, coords, (a + (after if not coords and not lead else task_at), b), (a, b), (a, b)
        )
        if label_when is not None:
            row.when = label_when
        if lead and not coords and (year := lead_year(clause, task_at)) is not None:
            # "Hội Nông dân huyện chủ trì năm 2037": what is led is the task of the "chủ trì" before it
            row.elided, row.when = antecedent_task(text, s_from, a), year
        return row
    # No subject of its own: inherit when the clause adds a time, a report or a role,
    # and always in "Tổ chức thực hiện". A condition ("a) Là hội viên ...") says who qualifies: no duty.
    if u.conditions:
        return None
    if last is None and u.heading_bodies:  # an item under a heading naming its bodies: theirs
        pred = _ADVERBS_RE.match(folded, pos).end()
        role = bool(_LEAD_ROLE_RE.match(folded, pred))  # "Là cơ quan thường trực": a role, no description
        # the item's own verb, not an object's ("Giải ngân các khoản vay đã được phê duyệt")
        if not role and _describes(" ".join(normalize_cased(clause[pos:]).split(",")[0].split()[:4])):
            return None
        lead, coords, task_at = roles(clause, folded, reg, pred)
        lead = lead or role
        task = (a + (task_at if coords else pos), b)
        return Row(list(u.heading_bodies), lead, coords, task, (a, b), (a, b), inferred=u.heading_inferred)
    if last is None:
        # An item under an addressed lead-in that sets a time is a duty of those addressed.
        # So is each numbered item right under it ("... đề nghị X thực hiện một số nội dung sau: 1. ...;
        # 2. ...; 3. Phối hợp với Y thẩm định ...") that does not only describe.
        if not ctx.addressees:
            return _issuer_row(clause, folded, reg, a, b, pos, u, ctx)
        if _ANNOUNCED_RE.match(folded, pos):
            return None  # "Vòng sơ khảo cấp huyện dự kiến tổ chức trong tháng 4": the issuer's own event
        if find_recurrences(clause) or find_deadlines(clause):
            return Row(list(ctx.addressees), False, [], (a + pos, b), (a, b), (a, b))
        head = " ".join(normalize_cased(clause[pos:]).split(",")[0].split()[:8])
        if label is None or rows or _describes(head) or _TOPIC_RE.match(clause, pos):
            return None
        title = clause[pos:].strip()
        if len(title) <= _TITLE_MAX and not title.endswith((".", ";")) and _TOPIC_TITLE_RE.match(folded, pos):
            return None  # "2. Mức vay và thời hạn": a topic's title, its text below
        pred = _ADVERBS_RE.match(folded, pos).end()
        lead, coords, task_at = roles(clause, folded, reg, pred)
        task = (a + (task_at if lead or coords else pos), b)
        return Row(list(ctx.addressees), lead, coords, task, (a, b), (a, b))
    pred = _ADVERBS_RE.match(folded, pos).end()
    lead, coords, task_at = roles(clause, folded, reg, pred)
    times = [*find_recurrences(clause), *find_deadlines(clause)]
    has_time = bool(times)
    reports = bool(REPORT_RE.search(folded))
    same_sentence = bool(rows)
    if same_sentence and has_time and not (lead or coords) and _only_time(folded, pos, times):
        # "...; hoàn thành trước ngày 26/3/2026": the time of the task before it, not a task of its own;
        # the duty's text (what a duties answer quotes) goes on to it
        rows[-1].task = (rows[-1].task[0], b)
        rows[-1].span = (rows[-1].span[0], b)
        rows[-1].sentence = (rows[-1].sentence[0], max(rows[-1].sentence[1], b))
        return None
    if lead or coords or has_time or reports or u.in_tcth:
        if not (same_sentence or u.in_tcth or has_time or reports):
            return None
        return Row(
            list(last[0]),
            lead or (last[1] and not coords),
            coords,
            (a + (task_at if lead or coords else pos), b),
            (a, b),
            (a, b),
        )
    if rows:  # a further task of the same body in the same sentence: the duty (and its quote) goes on to it
        rows[-1].task = (rows[-1].task[0], b)
        rows[-1].span = (rows[-1].span[0], b)
        rows[-1].sentence = (rows[-1].sentence[0], max(rows[-1].sentence[1], b))
    return None


def _counted_row(
    clause: str, folded: str, reg: OrgRegistry, a: int, b: int, counted: tuple[list[str], int]
) -> Row | None:
    """The duty of the bodies a counted head stands for ("hai Hội luân phiên chủ trì ..."), inferred."""
    names, after = counted
    pred = _ADVERBS_RE.match(folded, after).end()
    head = normalize_cased(clause[after:]).split(",")[0].split()[:8]
    if _describes(" ".join(head)) or pred >= len(folded.rstrip(" ./")):
        return None
    lead, coords, task_at = roles(clause, folded, reg, pred)
    task = (a + (task_at if lead or coords else after), b)
    return Row(names, lead, coords, task, (a, b), (a, b), inferred=True)


def _issuer_row(
    clause: str, folded: str, reg: OrgRegistry, a: int, b: int, pos: int, u: Unit, ctx: _Context
) -> Row | None:
    """A dated item of "Tổ chức thực hiện" naming no body and addressed to nobody ("4. Báo cáo kết quả về Hội
    LHPN huyện trước ngày 10/12/2038"): the issuer's own duty, marked inferred (trial 32: no row)."""
    if not u.in_tcth or ctx.doc is None or not find_deadlines(clause) or _ANNOUNCED_RE.match(folded, pos):
        return None
    if not tcth_item(u.section):
        return None  # under a heading of its own ("2. Ban Thường trực ... thực hiện chế độ báo cáo như sau:")
    if is_scheduled_event(clause[pos:]) or _only_time(folded, pos, find_deadlines(clause)):
        return None
    if 0 not in verb_starts(clause[pos:]):
        return None  # "3. Chương trình có hiệu lực đến hết ngày ...": a statement about a noun, no order
    head = " ".join(normalize_cased(clause[pos:]).split(",")[0].split()[:8])
    issuer = implied_issuer(ctx.doc, reg, clause)
    if issuer is None or _describes(head):
        return None
    pred = _ADVERBS_RE.match(folded, pos).end()
    lead, coords, task_at = roles(clause, folded, reg, pred)
    task = (a + (task_at if lead or coords else pos), b)
    return Row([issuer], lead, coords, task, (a, b), (a, b), inferred=True)


def _only_time(folded: str, pos: int, times: list) -> bool:
    """Whether a clause from ``pos`` says nothing but when: its times and a completion word around them."""
    rest = list(folded)
    for t in times:
        rest[t.start : t.end] = " " * (t.end - t.start)
    return bool(_TIME_WORDS_RE.fullmatch("".join(rest[pos:])))


# ``ObligationTable`` lives in ``table``; re-exported here for the module contract.
from assistant.obligations.table import ObligationTable  # noqa: E402

__all__ = ["ObligationTable", "extract_obligations"]
