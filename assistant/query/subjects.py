"""Which bodies a question asks about as actors, and the traits that add an abstention check whatever the
kind of question: a post holder ("Ai là Chủ tịch ...?") needs a sentence naming a person next to that post;
the places, procedure and event a question names. The asked action and its object live in
``assistant.query.actions``; amounts, counts and qualifiers in ``assistant.query.amounts``."""

from __future__ import annotations

import re
from functools import cache

from assistant import text as vt
from assistant.lexicon.levels import level_syllables, unit_alternation
from assistant.lexicon.words import glossary_terms, type_alternation, type_words
from assistant.query.intents import spec
from assistant.text import fold

# Words right before an organisation's name that make it the topic, beneficiary or issuer of what the
# question asks about rather than its actor: "về công tác Mặt trận", "phối hợp với MTTQ", "the role of",
# "người ứng cử HĐND xã", "bầu cử Hội đồng nhân dân" (the body elected, not the one acting).
# ("phải tới tay / đến tay X", "gửi (lên) X", "nộp X", "trình X": the body a paper reaches is its
# recipient; library3 dev l3-mttq-05, library dev lib-hd21-02)
_OBJECT_MARKER_RE = re.compile(
    r"(?:\b(?:ve|cong tac|lien quan den|lien quan toi|doi voi|voi|cho|giua|de|den|toi|giup|ho tro|dai hoi|"
    r"ung cu|bau cu|toi tay|den tay|len|gui|nop|trinh|"
    r"tai|for|with|about|to|on|by|from|between)\s+(?:the\s+|cac\s+|cua\s+)?)$"
)


# the first syllable of an event's word ("đại" of "đại hội", "ngày" of "ngày hội"), folded, right before a
# body's name opening with "hội" that the registry read there ("Đại hội Phụ nữ" holds "hội Phụ nữ")
_EVENT_HOI_RE = re.compile(r"\b(?:dai|ngay)\s*$")


@cache
def _issuer_of_re() -> re.Pattern[str]:
    """ "của" / "of" after a document marks its issuer ("Kết luận của Ban Thường vụ", "Notice 160 of the
    Politburo"); after anything else its owner ("nhiệm vụ của Hội phụ nữ")."""
    types = type_alternation()
    return re.compile(
        rf"\b(?:{types}|van ban|sao luc|document)"
        r"(?:\s+(?:so\s+)?[\w/.-]*\d[\w/.-]*)?(?:\s+(?:nam|giai doan)\s+[\d -]+)?\s+(?:cua|of)\s+(?:the\s+)?$"
    )


_ASSIGNED_TO_RE = re.compile(
    r"\b(?:giao cho|giao|phan cong cho|phan cong|de nghi|assigned to|assign to)\s+(?:cac\s+|the\s+)?$"
)
# A passive's agent after an actor ("Hội Nông dân huyện được Ban Thường vụ Huyện ủy giao nhiệm vụ gì?"): the
# body that assigns, not the one asked about.
_AGENT_RE = re.compile(r"\b(?:duoc|bi|by)\s+(?:the\s+)?$")
_JOINER_RE = re.compile(r"\s*(?:,|,?\s*(?:va|hoac|cung|and|or))\s*")
_WH_SUBJECT_RE = re.compile(
    r"^(ai|co quan nao|don vi nao|to chuc nao|ban nao|who|which|what (body|agency))\b"
)


# A council named after a delegate's or candidate's word ("người ứng cử đại biểu HĐND xã", "đại biểu Quốc
# hội", "ứng cử viên HĐND") names the seat, not a body acting in the question (folded, before the name)
_SEAT_OF_RE = re.compile(
    r"\b(?:dai bieu|ung cu vien|ung vien|ung cu|candidates? (?:for|to)|deputies? (?:of|to))\s*$"
)
_FOR_TO_RE = re.compile(r"\s*(?:of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,3}?\s+)?to\s+[a-z]")
# The predicate's opening after an actor: a body named after it, unless joined to the actor ("X và Y phải"),
# sits inside the predicate ("X phải kiểm tra chế độ báo cáo của các chi bộ": the branches own the
# reports, X acts).
_PREDICATE_RE = re.compile(
    r"\b(?:phai|can|co trach nhiem|duoc giao|chu tri|tham muu|must|should|has to|have to|needs? to)\b"
)


def subject_orgs(cased_question: str, mentions: list, intent: str | None) -> list[str]:
    """Organisation ids the question asks about as actors.

    "Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy về công tác Mặt trận?" names three
    bodies, one is the actor. The others are marked by the word before them (của, về, với, để, of, for);
    a body joined by "và" / "," shares the role of the one before it. Kinds of question that ask for a
    body or a document fact (``Intent.has_actor`` false) have no actor of their own.
    """
    if not spec(intent).has_actor:
        return []
    folded = vt.fold(cased_question)
    if _WH_SUBJECT_RE.search(folded.lstrip(" ,.")):
        return []
    out: list[str] = []
    previous_is_subject: bool | None = None
    previous_end = -1
    subject_end = -1  # where the last actor's name ends
    first_assigned = -1  # index in ``out`` of the first body a task is assigned to
    for m in mentions:
        before = vt.fold(cased_question[max(0, m.start - 30) : m.start]).rstrip() + " "
        gap = vt.fold(cased_question[previous_end : m.start]) if previous_end >= 0 else ""
        if previous_is_subject is not None and (_JOINER_RE.fullmatch(gap) or not gap.strip()):
            # joined to the body before it, or the rest of its name ("Ban Thường vụ" + "Huyện ủy")
            is_subject = previous_is_subject
        elif subject_end >= 0 and _PREDICATE_RE.search(vt.fold(cased_question[subject_end : m.start])):
            is_subject = False
        elif _EVENT_HOI_RE.search(before) and vt.fold(cased_question[m.start : m.end]).startswith("hoi "):
            # "Đại hội Phụ nữ xã ... triệu tập bao nhiêu đại biểu?": the name's "hội" ends the event's word
            # ("đại hội", "ngày hội"); the body whose congress it is acts in nothing (trial 25 s05)
            is_subject = False
        elif subject_end >= 0 and _AGENT_RE.search(before):
            is_subject = False
        elif _SEAT_OF_RE.search(before):
            is_subject = False
        else:
            is_subject = not (_OBJECT_MARKER_RE.search(before) or _issuer_of_re().search(before))
            # "giao cho X nhiệm vụ gì?", "assigned to X": the body assigned a task is its actor, and a body
            # before it that assigns ("Ban Thường vụ Huyện ủy giao X ...") is not
            if _ASSIGNED_TO_RE.search(before):
                is_subject = True
                if first_assigned < 0:
                    first_assigned = len(out)
            # "the deadline for the Women's Union (of X commune) to report": "for X to do" names the actor
            is_subject = is_subject or bool(
                re.search(r"\bfor (?:the )?$", before)
                and _FOR_TO_RE.match(vt.fold(cased_question[m.end : m.end + 60]))
            )
        if is_subject and m.org_id not in out:
            out.append(m.org_id)
        if is_subject:
            subject_end = m.end
        previous_is_subject, previous_end = is_subject, m.end
    return out[first_assigned:] if first_assigned > 0 else out



# "Ai là Chủ tịch ... hiện nay?", "Who is the chair of ...?": the answer is a person.
_PERSON_ROLE = re.compile(
    # (elected or appointed to it: "Ai được bầu làm Chủ tịch ...?", newcomer trial 39 u2)
    r"\b(ai la|ai dang la|ai giu chuc"
    r"|ai (?:(?:se|da) )?duoc (?:bau|bau cu|chon|cu|bo nhiem|phan cong) (?:lam|giu)"
    r"|who is|who are|who's|who was elected|who will be elected)\s+(the\s+)?(current\s+)?"
    r"(chu tich|pho chu tich|bi thu|pho bi thu|truong ban|pho truong ban|giam doc|nguoi dung dau|"
    r"chair\w*|president|secretary|head|director|leader)\b"
)
_EN_POST = re.compile(r"chair\w*|president|secretary|head|director|leader")
# "Họ tên của Tổ trưởng Tổ ... là gì?", "Tên đồng chí Trưởng ban ... là gì?": the holder's name is asked
# (newcomer trial 41 q33: a post the document fills only with another post names nobody)
_NAME_OF_POST = re.compile(
    r"\b(?:ho (?:va )?ten|ten)\s+(?:cua\s+)?(?:dong chi\s+|nguoi\s+)?"
    r"(chu tich|pho chu tich|bi thu|pho bi thu|truong ban|pho truong ban|giam doc|to truong|to pho|"
    r"chi hoi truong|truong thon|truong ap|truong doan)\b.*\bla (?:gi|ai)\b"
)


def asks_person(question: str) -> list[str] | None:
    """The post a question asks the holder of, as folded Vietnamese phrasings ("Ai là Chủ tịch ...?" ->
    ["chu tich"]; English posts through the glossary, [] when it has none), or None."""
    m = _PERSON_ROLE.search(fold(question))
    if not m:
        named = _NAME_OF_POST.search(fold(question))
        return [named.group(1)] if named else None
    post = m.group(4)
    if _EN_POST.fullmatch(post):
        return [fold(t) for t in glossary_terms(post)]
    return [post]


# A place is written after an administrative word ("xã Công Hải", "tỉnh Bắc Ninh", "huyện Núi Thành"), or
# before one in English ("Quang Nam province"). Its capitalised syllables are the name.
_ADMIN_VI_RE = re.compile(
    rf"\b(?i:{unit_alternation(folded=False)}|TP\.?|thôn|bản|ấp)\s+"
    r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w]*)(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ0-9][\w]*){0,3})"
)
# A level's body named by the level word and the body's head word, capitalised ("Tỉnh Đoàn", "Huyện Đoàn",
# "Quận Đoàn", "Thị Đoàn"): the name after it is the place the body is of.
_LEVEL_BODY_RE = re.compile(
    rf"\b((?:{'|'.join(w[0].upper() + w[1:] + '|' + w for w in level_syllables(folded=False))})) Đoàn(?=\s)"
)
# The same typed without diacritics ("xa Phu Thanh"): only lower-case administrative words, and not
# "ban" / "quan" / "ap", which are also "Ban" (a board), "quan" and "áp" once folded.
_ADMIN_ACCENTLESS_RE = re.compile(
    rf"\b(?:{unit_alternation(accentless=True)}|thon)\s+"
    r"((?:[A-Z][a-z]*)(?:\s+[A-Z0-9][a-z0-9]*){0,3})"
)
# (words of any letters, Vietnamese ones too: "in Bản Lầu district"; only the capitalised ones name it)
_ADMIN_EN_RE = re.compile(
    r"\b([^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+(?:province|commune|district|city|ward)\b"
    r"|\b(?:of|in|at)\s+(?:the\s+)?([^\W\d_]+\s+[^\W\d_]+)\b"
)


def _capitalised_tail(words: str, whole: bool) -> str:
    """The capitalised words ending ``words`` ("in Bản Lầu" -> "Bản Lầu"); all of them or "" if ``whole``."""
    parts = words.split()
    n = len(parts)
    while n > 0 and parts[n - 1][:1].isupper() and parts[n - 1][1:].islower():
        n -= 1
    if whole and n > 0:
        return ""
    return " ".join(parts[n:])


# Capitalised English words that name bodies or documents, not places ("of the Youth Union").
_EN_NOT_PLACE = frozenset(
    "the people's peoples provincial committee youth union women's womens party front fatherland farmers "
    "veterans association council national assembly central politburo secretariat ministry department plan "
    "resolution conclusion notice decision guidance regulation law constitution communist executive "
    "standing board office school".split()
)


def _names_document(name: str) -> bool:
    """Whether a capitalised English run names a kind of document ("in Official Letter 214", "of the Action
    Programme"): its words, or its last one, are a document type's name (``lexicon.words.type_words``)."""
    folded = fold(name)
    return folded in type_words() or folded.rsplit(" ", 1)[-1] in type_words()


def named_places(question: str) -> list[str]:
    """Folded names of the places a question names: "Ở xã Phố Bảng, ..." -> ["pho bang"].

    Only names written after (Vietnamese) or before (English) an administrative word count, so the name
    of a body or a person is never taken for a place. Capitalisation follows the question as typed.
    """
    cased = vt.nfc(question)
    # "Tỉnh Đoàn Sóc Trăng": the body (a level's Youth Union) of the place after it, "tỉnh Sóc Trăng", not a
    # place "Đoàn Sóc Trăng" no document writes (trial 36 t36-26)
    cased = _LEVEL_BODY_RE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), cased)
    names = [m.group(1) for m in _ADMIN_VI_RE.finditer(cased)]
    if vt.is_accentless(cased):
        names += [m.group(1) for m in _ADMIN_ACCENTLESS_RE.finditer(cased)]
    for m in _ADMIN_EN_RE.finditer(cased):
        name = _capitalised_tail(m.group(1), False) if m.group(1) else _capitalised_tail(m.group(2), True)
        if name and not set(name.lower().split()) & _EN_NOT_PLACE and not _names_document(name):
            names.append(name)
    return list(dict.fromkeys(fold(n) for n in names if n.strip()))


# "Thủ tục kết nạp đảng viên mới gồm những bước nào?", "Điều kiện để thành lập Đoàn cơ sở là gì?": the
# procedure or condition asked names its topic right after the head word, up to the question words.
_PROCEDURE_HEAD_RE = re.compile(
    r"\b(?:thu tuc|quy trinh|trinh tu|ho so|giay to|dieu kien(?: de)?|cac buoc)\s+"
)
_TOPIC_END_RE = re.compile(
    r"\s*(?:\b(?:gom|bao gom|la|phai|can|nhu the nao|ra sao|the nao|o dau|truoc|trong|nop|gui|chuyen|"
    r"duoc|nhung|gi|nao|khi nao|bao nhieu|may)\b|[?,;.:]|$)"
)


# Light verbs and prepositions before the topic: "hồ sơ đề nghị tặng Huy hiệu", "thủ tục xin vào Hội",
# "điều kiện để thực hiện việc ...".
_LIGHT_LEAD_RE = re.compile(r"(?:de nghi|xin|thuc hien|tien hanh|viec|ve|cua|cho)\s+")


# "Hạn gửi hồ sơ vay vốn ...", "nộp hồ sơ ... trước ngày nào?": the file is the object of an act asked
# about (its time, its place), not a procedure whose steps or conditions are asked.
# So is it with a word of completeness between ("Nhận đủ hồ sơ rồi thì ...", "nộp đầy đủ hồ sơ").
# ... or gathered ("tổng hợp hồ sơ", "gom xong hồ sơ và bản trích ngang ... trước ngày nào?").
_SENT_VERBS = r"\b(?:gui|nop|chuyen|tiep nhan|nhan|tra|tong hop|(?<!bao )gom|tap hop|thu thap)\s+"
_SENT_BEFORE_RE = re.compile(_SENT_VERBS + r"(?:lai\s+)?(?:(?:du|day du|het|xong|ca)\s+)?$")
# ... or the second of the act's objects ("gửi biên bản bầu cử và hồ sơ nhân sự lên cấp trên": library6
# dev l6-party-03): a sending verb earlier in the clause, a coordinator right before the file
_SENT_AND_RE = re.compile(_SENT_VERBS + r"[^,;:.?]{1,60}\s(?:va|hoac|cung)\s+$")


def _procedure_span(question: str) -> tuple[str, int, int, int] | None:
    """(the question, NFC; where the procedure's head word starts; where its topic starts and ends), or
    None when it names no procedure. Offsets are shared with ``fold`` (one character each)."""
    cased = vt.nfc(question)
    folded = fold(cased)
    if len(folded) != len(cased):
        return None
    m = _PROCEDURE_HEAD_RE.search(folded)
    if m is not None and _COORDINATED_RE.match(folded, m.end()):
        m = _PROCEDURE_HEAD_RE.search(folded, m.end())  # "Hồ sơ và thủ tục kết nạp ...": the last head's
    if m is not None and _BESIDES_RE.search(folded, 0, m.start()):
        m = _PROCEDURE_HEAD_RE.search(folded, m.end())  # "ngoài hồ sơ thông thường ...": set aside
    if m is None or _SENT_BEFORE_RE.search(folded[max(0, m.start() - 20) : m.start()]):
        return None
    if _SENT_AND_RE.search(folded[max(0, m.start() - 80) : m.start()]):
        return None
    end = _TOPIC_END_RE.search(folded, m.end())
    start = m.end()
    while lead := _LIGHT_LEAD_RE.match(folded, start):  # "hồ sơ đề nghị tặng ...": the topic is the gift
        start = lead.end()
    stop = end.start() if end and end.start() >= start else len(cased)
    if len(cased[start:stop].split()) < 2 or _CLAUSE_LINK_RE.match(cased, start) or _COORDINATED_RE.match(
        folded, start
    ):
        return None
    return cased, m.start(), start, stop


# "Ngoài hồ sơ thông thường cần nộp thêm giấy tờ gì?": the file after "ngoài" (besides) is the one the
# question sets aside, its words ("thông thường") no topic; a later head, if any, names the procedure
# (library5 dev l5-party-22). Folded, right before the head.
_BESIDES_RE = re.compile(r"\b(?:ngoai|ben canh|ngoai cac|ngoai nhung)\s+$")


# A clause linker right after the head word ("Có hồ sơ rồi thì ...", "Hồ sơ thì ai nhận?"): the file closes
# its clause, what follows is another clause, not the procedure's topic. Read on the text as written:
# folded, "thi" is also "thi" (an exam: "Hồ sơ thi tuyển").
_CLAUSE_LINK_RE = re.compile(r"(?:rồi|thì|xong rồi)\b", re.IGNORECASE)
# A coordinator after the head word: the topic, if any, follows a later head ("Hồ sơ và thủ tục kết nạp ..."),
# else the file is one of a list of papers ("hồ sơ và bản trích ngang ..."), no procedure's (folded).
_COORDINATED_RE = re.compile(r"(?:va|hoac)\s")


def procedure_topic(question: str) -> str | None:
    """The topic of a procedure or condition question, as the question writes it ("kết nạp đảng viên
    mới"), or None (no such head word, fewer than two words after it, or an English question: its words
    cannot be checked against Vietnamese text)."""
    span = _procedure_span(question)
    return span[0][span[2] : span[3]].strip() if span else None


def procedure_phrase(question: str) -> str | None:
    """The procedure a question asks about with its head word, as written ("Hồ sơ đại hội chi hội CCB"
    of "Hồ sơ đại hội chi hội CCB gồm những giấy tờ gì?"), or None (as ``procedure_topic``)."""
    span = _procedure_span(question)
    return span[0][span[1] : span[3]].strip() if span else None


# "Lễ bế giảng lớp học bơi tổ chức vào ngày nào?", "Lễ tổng kết ... tổ chức ở đâu?", "Môn kéo co thi đấu ở
# đâu?": the event is the subject, before the verb of its taking place and the time or place asked ("tổ
# chức ở địa điểm nào?" as "tổ chức ở đâu?": trial 32 n08).
_EVENT_SUBJECT_RE = re.compile(
    r"^(?:(?:theo|trong)\s+[^,]+,\s*)?(.+?)\s+(?:se\s+|duoc\s+|du kien\s+)*"
    r"(?:to chuc|dien ra|khai mac|bat dau|ket thuc|hop|thi(?: dau)?)\s+(?:vao\s+|tu\s+)?"
    r"(?:ngay nao|thoi gian nao|thoi diem nao|luc nao|khi nao|bao gio|hom nao|thang nao|(?:luc\s+)?may gio|"
    r"o dau|tai dau|(?:(?:o|tai)\s+)?(?:dia diem nao|noi nao)"
    # a venue's kind asked ("ở hội trường nào?", as ``retrieve.fields.ASKED_FIELDS``; library4 l4-party-40)
    r"|(?:o|tai)\s+(?:hoi truong|phong hop|nha van hoa)\s+nao)"
)


def event_subject(question: str) -> str | None:
    """The event a "when / where is it held" question names as its subject, as written ("Lễ bế giảng lớp
    học bơi"), or None (an event after the verb is ``asked_action_object``'s object; an English question's
    words cannot be checked against Vietnamese text). Offsets are shared with ``fold``."""
    return _event_subject(question, classified=False)


def classified_event(question: str) -> str | None:
    """``event_subject`` with the classifier that opens it ("Lễ phát động quỹ ...", "Buổi tập huấn ..."),
    when it opens with one (``_EVENT_CLASSIFIER_RE``), else None. The classifier with the act after it
    names the gathering ("lễ phát động"): the act alone ("phát động vận động ủng hộ Quỹ ...") is also
    written for a duty, which is no time of the ceremony."""
    return _event_subject(question, classified=True)


def _event_subject(question: str, classified: bool) -> str | None:
    cased = vt.nfc(question).strip()
    folded = fold(cased)
    if len(folded) != len(cased):
        return None
    m = _EVENT_SUBJECT_RE.match(folded)
    if m is None:
        return None
    start = m.start(1)
    # a classifier before the event's name ("Lễ | bế giảng", "Lớp | tập huấn") tells no event from another
    lead = _EVENT_CLASSIFIER_RE.match(folded, start)
    if classified and (lead is None or lead.end() >= m.end(1)):
        return None
    if lead and lead.end() < m.end(1) and not classified:
        start = lead.end()
    stop = m.end(1)
    # a question of several parts asks another before the time ("Lớp ... do ai chủ trì, tổ chức khi nào?",
    # "Hội thi ... ở đâu, diễn ra ngày nào?"): the event ends where that part begins
    if part := _OTHER_PART_RE.search(folded, start, stop):
        stop = part.start()
    subject = cased[start:stop].strip(" ,")
    return subject if len(subject.split()) >= 2 else None


_OTHER_PART_RE = re.compile(
    r"\s+(?:va\s+)?(?:(?:do|boi)\s+)?(?:ai|don vi nao|co quan nao|o dau|tai dau)(?![a-z])"
)


_EVENT_CLASSIFIER_RE = re.compile(r"(?:cac\s+|nhung\s+)?(?:le|lop|buoi|cuoc|dot|ky|mon)\s+")
