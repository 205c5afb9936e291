"""The one table of question kinds: how each is recognised, what retrieval prefers for it, what answer it
gets, what evidence that answer needs and how abstention is checked.

Every layer reads this table through ``spec(intent)`` instead of re-deciding the kind of question:
retrieval (``prefer``), the answer planner (``answer``, ``evidence``), abstention (``check``) and the
subject analysis (``has_actor``). Order matters: the first kind whose pattern matches wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant import text as vt
from assistant.query.duration_asks import DURATION_LIMIT_ASKED
from assistant.query.lead_asks import COORDINATOR_ASKS, LEAD_ASKS


@dataclass(frozen=True)
class Intent:
    """One kind of question.

    - ``patterns``: folded-question regexes recognising it;
    - ``needs_org``: only when the question names an organisation ("Hội phụ nữ phải làm gì?");
    - ``prefer``: what ranking prefers: "closing" (issue line, signature, copy note), "deadline", "lead",
      "day" (a passage writing a day),
      "citing" (documents that cite the named one), or None;
    - ``answer``: "metadata" (a document fact), "clause" (a duty's deadline or lead body), "duties" (an
      organisation's duties), "documents" (one passage per document), "specific" (quotes, the sentence
      naming the question's most specific term first), "quotes";
    - ``evidence``: "document" (the one document asked about), "clause" (the duty clause governing the
      action and body asked about), "sentences";
    - ``check``: the abstention check besides the evidence score: "fact" (no fact where the answer needs
      one, and no quoted sentence writes a time: say so), "when" (no quoted sentence writes a date or
      period) or None;
    - ``has_actor``: whether bodies named in the question are its actors (a "who leads" question names
      context, not the actor);
    - ``needs_signer``: only when the question names a person who signs a loaded document (the corpus
      knows, not the question: ``query.context.with_signer`` sets such a kind after ``analyze``);
    - ``english``: patterns read only in a question in English, whose words a Vietnamese question folds to
      ("Can ...?" of English is "Cần ..." (need to) folded, "May ...?" is "Mấy ...?", "Do ...?" is "Do ai
      ...?").
    """

    name: str
    patterns: tuple[re.Pattern[str], ...]
    prefer: str | None
    answer: str
    evidence: str
    check: str | None = None
    needs_org: bool = False
    has_actor: bool = True
    needs_signer: bool = False
    english: tuple[re.Pattern[str], ...] = ()


# "who" as a cadre asks for a person ("ai", "đồng chí nào", "ông nào", "lãnh đạo nào"), folded
_WHO_PERSON = r"(?:ai|(?:dong chi|ong|ba|nguoi|lanh dao|ca nhan|vi|thu truong|can bo) nao)"
# what may stand between the asked person and "ký": "đã", "sẽ", "là người (đã)", "đứng tên"
_BEFORE_SIGN = r"(?:(?:da|se|la nguoi|dung ten|dung ra) )*(?:thay mat (?:\w+ ){1,6}?)?"
# ("ai là người thay mặt Bộ Chính trị ký ...?": the body the signer signs for, as "T/M BỘ CHÍNH TRỊ" above
# the name; library3 dev l3-party-09)
# an agreement signed by the people a document addresses ("ký cam kết", "ký kết", "ký hợp đồng") is no
# signature of the document
# ("ký Kết luận" signs the Conclusion: "kết" of "kết luận" is no agreement; library3 dev l3-party-09)
_NOT_SIGNATURE = r"(?! (?:cam ket|ket(?! luan)|hop dong|nhan|xac nhan)\b)"

# a phone or a call named in a question (folded): its "số mấy?" asks the phone's number, not the document's
# (also read by ``answer.quotes`` for the number line)
PHONE_WORDS = r"\b(?:dien thoai|sdt|goi dien|goi cho|goi ai|lien he|hotline|phone|call)\b"


def asks_contact_person(folded_question: str) -> bool:
    """Whether a (folded) question asks whom to call or ask for more (``contact_asked``'s "person"): its
    "who" names the contact person asked, not a body leading a duty (retrieval's contact passages, the
    English glosses kept)."""
    return "person" in contact_asked(folded_question)


# "vào thứ mấy?", "what day of the week": a day of the week, answered by the sentence dating the event
# ("... ngày 24/01/2026 (thứ 7)"); "lần / đợt / khóa thứ mấy?" asks an ordinal instead, and "đứng / xếp
# (hạng) / vị trí / giải thứ mấy?" a rank ("xếp vị trí 81/100": library6 dev l6-rw-12) (folded)
WEEKDAY_ASKED = (
    r"(?<!\blan )(?<!\bdot )(?<!\bkhoa )(?<!\bky )(?<!\bvong )(?<!\bbuoc )"
    r"(?<!\bdung )(?<!\bxep )(?<!\bhang )(?<!\btri )(?<!\bgiai )\bthu may\b"
    r"|\b(?:what|which) day of the week\b"
)


def weekday_asked(folded_question: str) -> bool:
    """Whether a (folded) question asks a day of the week (``WEEKDAY_ASKED``)."""
    return bool(re.search(WEEKDAY_ASKED, folded_question.replace("_", " ")))


# The words of a duty's time (folded) that make "khi nào / ngày nào?" ask a deadline, not an event's time
# ("muộn nhất / trễ nhất" say "chậm nhất": newcomer trial 40 dl4)
_DUTY_WORDS = r"phai|can|han|cham nhat|muon nhat|tre nhat|truoc ngay|xong"

# A period asked by both its ends or as a span (folded): "từ bao giờ / khi nào / ngày nào đến ...", "bắt đầu
# và kết thúc khi nào?", "(trong) khoảng thời gian nào?", "from when to when", "start and end"; read by the
# ``event`` row below and by ``period_asked`` (the answer then needs a period with two ends)
PERIOD_ASKED = (
    r"\btu (?:ngay |thang |nam |quy )?(?:nao|bao gio|khi nao|luc nao|thoi diem nao|hom nao)\b.*\bden\b"
    r"|\bbat dau\b.*\bket thuc\b.*"
    r"\b(?:khi nao|bao gio|luc nao|ngay nao|thoi gian nao|thoi diem nao|hom nao)\b"
    r"|\b(?:khi nao|bao gio|ngay nao) bat dau\b.*\b(?:khi nao|bao gio|ngay nao) ket thuc\b"
    r"|\bkhoang thoi gian nao\b"
    r"|\bfrom when (?:to|until) when\b|\b(?:start|begin)s? and (?:end|finish)s?\b"
)


def period_asked(folded_question: str) -> bool:
    """Whether a (folded) question asks a period by both its ends or as a span (``PERIOD_ASKED``): its
    first line is a period "từ ... đến ...", never one of its days alone."""
    return bool(re.search(PERIOD_ASKED, folded_question.replace("_", " ")))


# "Who leads the review?" asks the lead body of a task; "Who leads the community digital technology team,
# and who is its deputy?" asks the holder of a post of that team (tổ trưởng / tổ phó), which no "chủ trì"
# clause answers: "who leads" followed by a body's noun that ends the question's object (folded English)
# (trial 41 q20)
_EN_POST_NOUNS = "team|board|committee|group|council|delegation|subcommittee|club|union|association"
EN_WHO_LEADS = (
    rf"who leads(?! the (?:(?!(?:of|for|on|in|to|with)\b)[\w'-]+ ){{0,6}}(?:{_EN_POST_NOUNS})s?"
    r"\s*(?:,|\?|$|\band\b))"
)


# The task a body leads, asked by "nào / gì" right after "chủ trì" ("<body> chủ trì (những) nội dung nào?"):
# the question asks the body's tasks, not who leads one (folded).
_LED_TASK = (
    r"(?:(?:nhung|cac)\s+)?(?:noi dung|(?:cong |phan )?viec|hoat dong|nhiem vu|chuong trinh|linh vuc|phan)"
)


_EN_POST_RE = re.compile(r"\bwho (?:leads|heads) the\b")
_EN_LEADS_RE = re.compile(rf"\b{EN_WHO_LEADS}")


def post_asked(folded_question: str) -> str | None:
    """The body noun ("team", "board") whose post holder an English "who leads / heads the <body>?" asks
    (``EN_WHO_LEADS``: not the lead body of a task), or None. Folded English in."""
    m = _EN_POST_RE.search(folded_question)
    if m is None or _EN_LEADS_RE.match(folded_question, m.start()):
        return None
    noun = re.match(
        rf" (?:(?!(?:of|for|on|in|to|with)\b)[\w'-]+ ){{0,6}}({_EN_POST_NOUNS})s?\s*(?:,|\?|$|\band\b)",
        folded_question[m.end() :],
    )
    return noun.group(1) if noun else None


# "What age range must a person be in when the party cell considers admitting them?": a "when" clause inside
# a question another question word opens qualifies its ask, it asks no time (library2 l2-party-31);
# "by when", "and when", "from when" still ask one (folded English)
# So does a "when" clause closed by a comma before the question word ("Under Resolution ..., when a workplace
# has 100 voters or more, how many voters ... must attend?"; library5 dev l5-mttq-29)
_EN_SUBORDINATE_WHEN_RE = re.compile(
    r"\b(?:what|which|how|who|whom|whose|where)\b.*?"
    r"(?<!\bby )(?<!\band )(?<!\bor )(?<!\bfrom )(?<!\buntil )(?<!\bsince )\b(?P<after>when)\b(?! and\b)"
    r"|(?:^|,\s*)(?P<before>when)\b(?! and\b)[^,?]*,\s*(?:what|which|how|who|whom|whose|where)\b"
)


def _hide_when(m: re.Match[str]) -> str:
    """The subordinate "when" of an ``_EN_SUBORDINATE_WHEN_RE`` match written "_when" (no word "when")."""
    at = m.start("after") if m.group("after") else m.start("before")
    return m.group(0)[: at - m.start()] + "_" + m.group(0)[at - m.start() :]


def subordinate_when(folded_question: str) -> bool:
    """Whether an English question's "when" opens a clause qualifying another ask ("what age range ...
    when the party cell considers admitting them?"), not a time asked. Folded English in."""
    return bool(_EN_SUBORDINATE_WHEN_RE.search(folded_question))


def _rx(*alts: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(a) for a in alts)


# The contact a question asks for, by kind, over the folded question: the one place the contact kind is
# recognised (retrieval's contact passages, the answer's check that a phone or email is written). A
# question may ask two ("... thì gọi số nào, gặp ai?"). The contact sentence ("Mọi chi tiết xin liên hệ
# đồng chí ..., điện thoại ...") answers all of them, whether the question writes "liên hệ" or not.
CONTACT_ASKED: dict[str, tuple[re.Pattern[str], ...]] = {
    "phone": _rx(
        r"\b(?:so dien thoai|dien thoai lien he|sdt|so hotline|so duong day nong|phone|telephone|"
        r"hotline number|contact number)\b",
        # "gọi điện cho ai, số mấy?": a call and a number asked (trial 25 q10)
        r"\b(?:goi dien|goi cho|goi ai|dien thoai)\b.*\bso (?:may|bao nhieu|nao)\b",
        # "gọi số nào", "gọi vào số mấy", "gọi máy nào" (trial 33 q21, p37)
        r"\bgoi (?:dien )?(?:den |toi |vao )?(?:so|may) (?:nao|may|bao nhieu|gi)\b",
        r"\b(?:what|which) number (?:do|should|can|to|must) (?:i |we |you )?call\b",
        r"\bcall (?:what|which) number\b",
    ),
    "email": _rx(r"\b(?:email|e-mail|thu dien tu)\b"),
    "person": _rx(
        # whom to call, ask, meet or turn to ("gọi cho ai", "hỏi ai", "gặp ai", trial 32 q38)
        r"\b(?:goi (?:dien )?(?:cho )?ai|hoi (?:y kien )?(?:cua )?ai|lien (?:lac|he) (?:voi )?ai|nho ai|"
        r"tim ai|gap ai)\b",
        # the contact point and who answers questions ("người đầu mối", "ai giải đáp", trial 33 p03)
        r"\bdau moi\b|\bai (?:se |co the )?(?:giai dap|tra loi thac mac|huong dan them)\b",
        r"\bwho(?:m)? (?:to|should (?:i|we)|do (?:i|we)|can (?:i|we)) (?:call|ask|contact|phone|turn to)\b",
        r"\b(?:contact person|contact point|point of contact|focal point)\b",
        r"\bwho (?:answers|can answer|handles|will answer) (?:questions|queries|enquiries|inquiries)\b",
    ),
}


def contact_asked(folded_question: str) -> frozenset[str]:
    """The kinds of contact a folded question asks for ("phone", "email", "person"; ``CONTACT_ASKED``)."""
    q = folded_question.replace("_", " ")
    return frozenset(k for k, rxs in CONTACT_ASKED.items() if any(rx.search(q) for rx in rxs))


def _event(*patterns: str) -> Intent:
    """The date or period of an event or of a rule taking effect: the sentence naming it is quoted first;
    the first line is left to the quote (an event's date is not a duty's deadline nor the issue date)."""
    return Intent(
        "event",
        _rx(*patterns),
        prefer="day",
        answer="specific",
        evidence="sentences",
        check="when",
        has_actor=False,
    )


# the kinds of document a question may ask a signer's documents by ("ký những kế hoạch nào?")
_DOC_KINDS = (
    r"(van ban|ke hoach|nghi quyet|chi thi|huong dan|quyet dinh|ket luan|thong bao|thong tri|chuong trinh|"
    r"cong van|quy dinh|bao cao|to trinh|quy che)"
)
_EN_DOC_KINDS = (
    r"(documents?|plans?|resolutions?|conclusions?|notices?|decisions?|letters?|instructions?|"
    r"guidances?|guidelines?|directives?|reports?|programmes?|programs?|regulations?)"
)

# the kinds of document adopted by a vote whose adoption date a question asks (folded; English)
_ADOPTED_KINDS = r"luat|bo luat|hien phap|dieu le|nghi quyet|quy che|quy dinh|chuong trinh hanh dong"
_EN_ADOPTED_KINDS = r"law|charter|statute|constitution|resolution|regulations?"

# The English modals that say "phải" (must): a duty's time asked with any of them is a deadline
_EN_MODALS = r"must|should|ought to|ha(?:s|ve|d) to|needs? to"

INTENTS: tuple[Intent, ...] = (
    # "Hoàng Thị Mến ký văn bản nào?", "Đồng chí X đã ký những văn bản nào?", "Which documents did X sign?":
    # the documents a person signs, when the question names a person signing a loaded document.
    Intent(
        "signed",
        _rx(
            rf"^(?!.*\b(ai ky|nguoi ky)\b).*\bky (ten )?(vao )?(nhung |cac )?{_DOC_KINDS}( \w+){{0,3}} nao\b",
            rf"^(?!.*\b(ai ky|nguoi ky)\b).*\b(nhung |cac )?{_DOC_KINDS} nao (da )?(do|duoc) .*\bky\b",
            r"^(?!.*\b(ai ky|nguoi ky)\b).*\bky (nhung )?(gi|nhung gi)\b",
            rf"\b(which|what) {_EN_DOC_KINDS} (did|does|has|have|had) .+ sign(ed)?\b",
            rf"\b(which|what) {_EN_DOC_KINDS} (were |are |was |is )?signed by\b",
            r"\bwhat (did|has|have|had) .+ signed?\b",
        ),
        prefer="closing",
        answer="signed",
        evidence="document",
        has_actor=False,
        needs_signer=True,
    ),
    # "Luật ... được Quốc hội thông qua vào ngày nào?", "Điều lệ ... thông qua khi nào?": the date a document
    # named as the question's subject (a law, charter, resolution, rules) says it was adopted, a document fact
    # (``answer.facts.adopted_fact``), not an event's time read from passages (library2 l2-mttq-10,
    # l2-rw-12); "Danh sách bầu cử được thông qua khi nào?" names no document and stays an event's.
    Intent(
        "adopted",
        _rx(
            rf"^(?:(?:van ban|ban|bo) )?(?:{_ADOPTED_KINDS})\b.*\bthong qua\b.*"
            r"\b(?:ngay nao|khi nao|bao gio|hom nao|luc nao|thoi gian nao|ngay bao nhieu|nam nao)\b",
            rf"\b(?:when|what date|which date|which day)\b.*\b(?:{_EN_ADOPTED_KINDS})\b.*"
            r"\b(?:adopted|passed|approved)\b",
        ),
        prefer="closing",
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    # "từ ngày nào đến ngày nào?": a period of activity, not a time limit (the ``event`` row below).
    # "Đại hội điểm tổ chức ở đâu và khi nào?": when an event is held, asked without a duty word ("phải",
    # "hạn", "trước ngày"), is that event's time, not a deadline.
    _event(
        r"\btu (ngay|thang|nam) nao\b.*\bden\b",
        r"\bfrom (what|which) (date|day)\b",
        # a period asked by both its ends, or as a span, with no duty word (``PERIOD_ASKED``): "kéo dài từ bao
        # giờ đến bao giờ?", "bắt đầu và kết thúc khi nào?", "làm trong khoảng thời gian nào?" (trial 37 c01,
        # library dev); "phải xong ... từ ngày nào đến ngày nào" stays a deadline's
        rf"^(?!.*\b({_DUTY_WORDS}|hoan thanh)\b).*(?:{PERIOD_ASKED})",
        # ("lúc mấy giờ" asks the hour of the event, not a number of hours)
        rf"^(?!.*\b({_DUTY_WORDS})\b).*\b(to chuc|dien ra|khai mac|be mac)\b.*"
        r"\b(khi nao|bao gio|luc nao|thoi gian nao|(luc|vao) may gio)\b",
        # "Lễ ra quân bắt đầu lúc nào / mấy giờ?", "... lúc mấy giờ?": the hour an event starts, with no duty
        # word ("Đợt 2 bắt đầu và kết thúc khi nào?" asks a period's bounds: ``PERIOD_ASKED`` above)
        # ("tổ chức ở đâu, mấy giờ?" is left to the quotes: the event check wants the event's own kind)
        rf"^(?!.*\b({_DUTY_WORDS})\b).*\b(bat dau (vao )?(luc nao|(luc )?may gio)|"
        r"luc may gio|may gio (bat dau|khai mac)|what time)\b",
    ),
    # "gửi danh sách trước ngày nào?" asks for a deadline, not for the day the document was issued.
    Intent(
        "deadline",
        _rx(
            r"\b(truoc|den|cham nhat|muon nhat|tre nhat|xong|hoan thanh|han) (ngay|hom|thang|nam|quy) nao\b",
            # a time limit named as such wins over "ngày nào": "hạn chót ngày nào?", "hạn cuối là ngày nào?"
            # ("có bị giới hạn thời gian hoàn thành không?": whether a time limit is set)
            r"\bco (bi )?gioi han thoi gian\b.*\bkhong\b",
            # ("muộn nhất / trễ nhất (là hôm nào)" say "chậm nhất": newcomer trial 40 dl4, library2 dev
            # l2-mttq-03)
            r"\b(han chot|han cuoi|thoi han|cham nhat|muon nhat|tre nhat|han nop|han gui|deadline|by when|"
            r"due date|by what date|by which date|no later than)\b",
            # a duty's time: "Khi nào X phải ban hành bộ tiêu chí?" asks when X must act, not the issue date
            # (English says "phải" with any of its modals: "When should / does ... have to / need to ...?")
            rf"\b(phai|can|{_EN_MODALS})\b.*\b(khi nao|bao gio|ngay nao|hom nao|luc nao|when)\b",
            rf"\b(khi nao|bao gio|ngay nao|when)\b.*\b(phai|{_EN_MODALS})\b",
            # a question opening with the time limit it asks, its act after it: "Hạn các chi đoàn nộp hồ sơ
            # ... là ngày nào?" (newcomer trial 39 p_n2vi read it as an event's day), not "hạn chế / hạn mức"
            r"^(con |vay )?han (?!che|muc|ngach|dinh)\w.*\b(ngay nao|khi nao|bao gio|luc nao|thang nao)\b",
            # "... phải hoàn tất trước mốc nào?": the time mark a duty must meet
            r"\b(truoc|den|cham nhat|xong|hoan thanh|hoan tat) (moc|moc thoi gian|thoi diem|thoi han) nao\b",
            # a duty's time asked as "in which time": "các huyện ủy phải hoàn tất việc lập kế hoạch ... trong
            # thời gian nào?" (library3 dev l3-party-02); with no duty word it is an event's ("diễn ra trong
            # thời gian nào?", the ``event`` row above)
            r"\b(phai|can|xong|hoan thanh|hoan tat)\b.*\btrong (khoang )?thoi gian nao\b",
            # a duty's time asked as the longest it may take or how long before an event: "tối đa bao lâu
            # phải họp đại hội ...?", "phải gửi hồ sơ ... sớm hơn đợt trao bao lâu?" (library3 dev l3-rw-07,
            # l3-party-01); with no duty word a length ("tập huấn tối đa bao lâu?") is no time limit
            r"^(?=.*\bphai\b).*\b(toi da|som hon|truoc)\b(\s+\S+){0,4}\s+bao lau\b",
            # a duty's time limit as a duration: "cấp ủy mới phải gửi báo cáo ... trong bao nhiêu ngày?",
            # "tỉnh ủy phải giải quyết trong (vòng) bao lâu?" (library5 dev l5-party-01); with no duty word a
            # length ("diễn ra trong bao nhiêu ngày?") is an event's
            DURATION_LIMIT_ASKED,
            # a time limit named as the matter two documents are compared on: "... có thống nhất với nhau về
            # hạn chi bộ phải làm lễ kết nạp ... không?" (library5 dev l5-party-27), not "hạn chế / hạn mức"
            r"\bve (thoi )?han (?!che|muc|ngach|dinh)\w.*\bphai\b",
        ),
        prefer="deadline",
        answer="clause",
        evidence="clause",
        check="fact",
    ),
    # "Quy chế ... được ban hành kèm theo quyết định nào?": the document that issues a regulation or charter
    # (its "(Ban hành kèm theo Quyết định số ...)" note), a document fact.
    Intent(
        "issued_with",
        _rx(
            r"\bkem theo (van ban|quyet dinh|nghi quyet|thong tu|nghi dinh|chi thi|thong tri|ket luan)"
            r"( \w+){0,3} nao\b",
            r"\b(issued|promulgated|adopted) (with|under|by) (which|what) (decision|document|resolution)\b",
            r"\b(which|what) (decision|document|resolution)\b.*\b(issued|promulgated|adopted) (with|under)\b",
        ),
        prefer=None,
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    # "Công văn 112 căn cứ vào văn bản nào?", "Kế hoạch này triển khai kế hoạch nào?": the documents this one
    # is based on or carries out (its preamble's references), not the documents citing it ("documents").
    Intent(
        "basis",
        _rx(
            # (a question also asking who signed it is the signer's: "... kết luận nào và do ai ký?")
            r"^(?!.*\b(ai ky|nguoi ky|who signed)\b).*"
            # ("làm theo công văn nào?": the document it follows)
            r"\b(can_? cu (vao |theo )?|thuc hien |trien khai |cu the hoa |dua (tren|theo|vao) |lam theo )"
            r"(nhung |cac )?(van ban|ke hoach|nghi quyet|chi thi|huong dan|quyet dinh|ket luan|thong bao|"
            # ("... thực hiện Thông báo 128 khi nào?" asks a time: "nào" of "khi nào" is not the document's)
            r"thong tri|chuong trinh|cong van|quy dinh|luat)"
            # ("... căn cứ kế hoạch số mấy?": the number of the plan it is based on, not its own; trial 38)
            r"( (?!(?:khi|luc|ngay|thoi|gian|hom|gio)\b)\w+){0,4}"
            r" (nao|so may|so bao nhieu|so hieu (nao|gi))\b",
            # a document named by its type and topic asked its basis without naming the kind cited ("Hướng
            # dẫn xét chọn hộ vay vốn dựa trên căn cứ nào?", "Kế hoạch ... căn cứ vào đâu?"): the "Căn cứ ..."
            # paragraph of the document described, as "... căn cứ vào văn bản nào?" reads (trial 41 q19)
            r"^(?!.*\b(ai ky|nguoi ky)\b)(van ban|ke hoach|nghi quyet|chi thi|huong dan|quyet dinh|ket luan|"
            r"thong bao|thong tri|chuong trinh|cong van|quy dinh|quy che)\b.*"
            r"\b(dua (tren|theo|vao) )?(nhung |cac )?can_? cu (nao|vao dau)\b",
            r"^(?!.*\b(ai ky|nguoi ky|who signed)\b).*"
            r"\bwhich (document|conclusion|resolution|plan|directive|notice|decision|guidance|"
            r"instruction)s?\b"
            r".*\b(implement|implements|carry out|carries out|based on|follow|follows)\b",
            # the number or date of a document the one asked about cites ("văn bản của Hội LHPN huyện được
            # dẫn trong đó là số mấy, ngày nào?", "văn bản cấp huyện mà kế hoạch này căn cứ là số mấy?"):
            # the cited reference, not the citing document's own number (trial 37 b10)
            r"\b(duoc (trich |vien )?dan|dan chieu|(?<!duoc )ma ((?!so\b)[\w/-]+ ){1,3}"
            r"(can_? cu|thuc hien|trien khai|dua vao|dan))\b"
            r".*\b(so may|so bao nhieu|so hieu|so nao|ngay nao|ngay bao nhieu)\b",
            r"\b(cited|referenced|referred to|based on)\b.*\b(number|date)\b",
            r"\b(number|date) of the (\w+ ){0,3}(document|plan|resolution|notice|decision|letter)s? "
            r"(it |this \w+ |the \w+ )?(cites|references|is based on|implements)\b",
        ),
        prefer=None,
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    Intent(
        "documents",
        _rx(
            # (the papers a dossier or an application holds are no documents of the library: "What documents
            # must be included in the loan application dossier?" asks the "Hồ sơ gồm ..." list; trial 46 q17)
            r"^(?!.*\b(ho so|dossier|dossiers|application|applications|paperwork|included|include|includes|"
            r"attached|attach|enclosed|submitted|submit)\b)"
            r".*\b(nhung van ban nao|van ban nao|cac van ban nao|which documents|what documents)\b",
            # "Which document of the district Front cites notice 45?" (trial 37 e07, in English)
            r"\b(which|what) (document|letter|plan|guidance|notice|report)s? (\w+ ){0,6}"
            r"(cites?|refers? to|references)\b",
        ),
        prefer="citing",
        answer="documents",
        evidence="sentences",
        has_actor=False,
    ),
    Intent(
        "signer",
        _rx(
            r"\b(ai ky|nguoi ky|ky ban hanh|do ai ky|ky boi|dung ten ky|ai ky ten|who signed|signer|"
            r"signed by|signatory|"
            r"who (has |had )?signed|who signs|who was the signatory|whose signature)\b",
            # "do đồng chí nào ký?", "Ai đã ký ...?", "ai là người ký", "ký bởi ai", "người ký là ai"
            rf"\b{_WHO_PERSON} {_BEFORE_SIGN}ky\b{_NOT_SIGNATURE}",
            r"\bky boi ",
        ),
        prefer="closing",
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    # The document's own date: only when the question asks when it was issued or signed. Any other "ngày
    # nào" is the date of an event ("ngày bầu cử", "có hiệu lực ngày nào"), answered by the ``event`` row.
    Intent(
        "date",
        _rx(
            # "ký" (signed), never "định kỳ" (periodically)
            r"\b(ngay ban hanh|ngay ky|ban hanh (khi nao|bao gio|luc nao|hom nao|ngay|vao ngay)|"
            r"(?<!dinh )ky (khi nao|bao gio|ngay nao|hom nao|vao ngay)|"
            r"(khi nao|bao gio|ngay nao|hom nao|ngay bao nhieu) .*(ban hanh|(?<!dinh )ky)\b|"
            r"when (was|were) .* (issued|signed|adopted|dated|promulgated)|issued on|signed on|"
            r"(what|which) (date|day) (was|were|is) .* (issued|signed|dated)|"
            r"(on )?(what|which) (date|day) did .* (issue|sign)|(issue|issuance|signing) date|"
            r"date of (issue|issuance|signing)|date of (the )?(document|"
            r"plan|resolution|conclusion|notice|decision|letter|instruction|guidance|regulation))\b"
        ),
        prefer="closing",
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    Intent(
        "number",
        # "... là văn bản số bao nhiêu?", "Kế hoạch ... số bao nhiêu?": the question ends asking the number.
        # "gọi cho ai, số mấy?" asks a phone number: "số mấy / số bao nhiêu" beside a phone or a call is no
        # document number (trial 25 q10); nor is "at what number?" beside a call ("Who should I call ...,
        # and at what number?", trial 24 q09).
        _rx(
            r"\b(so hieu|so van ban|so bao nhieu cua van ban|van ban so bao nhieu|"
            r"document number|reference number|official number|"
            r"(what|which) is (the|its) number of (the|this) (document|plan|resolution|conclusion|notice|"
            r"decision|letter|instruction|guidance|regulation|directive|report|program(me)?))\b",
            rf"^(?!.*{PHONE_WORDS}).*(\bso may\b|\bso bao nhieu\s*\??\s*$|\bwhat number\b)",
        ),
        prefer="closing",
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    # The document's subject line (trích yếu, "V/v ...") and its recipients (Nơi nhận): metadata.
    Intent(
        "title",
        _rx(
            # "Nghị quyết 12-NQ/HU về vấn đề gì?": a document named, then what it is about
            r"\b(van ban|ke hoach|cong van|thong bao|quyet dinh|huong dan|nghi quyet|ket luan|chi thi|"
            r"quy che|quy dinh|chuong trinh|thong tri|bao cao)( so)?( [\w/.-]*\d[\w/.-]*)?( nay)?"
            r"( (ban hanh|de cap|noi))? ve (van de|noi dung|linh vuc) gi\b",
            r"\b(ve viec gi|v/v gi|trich yeu|co ten (la )?gi|ten (cua )?(van ban|ke hoach|cong van|thong bao|"
            r"quyet dinh|huong dan|nghi quyet|ket luan) (la )?gi|what is .* about|subject of)\b",
        ),
        prefer="closing",
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    Intent(
        "recipients",
        _rx(
            r"\b(noi nhan|kinh gui|gui (cho |den |toi )?(nhung |cac )?(noi|ai|co quan|don vi|to chuc) nao|"
            r"gui (cho |den |toi )?(nhung )?ai(?= *\??$)|"
            r"duoc gui (cho |den |toi )?(nhung |cac )?(ai|noi nao|dau)|who receives|recipients|sent to|"
            r"addressed to|to whom)\b"
        ),
        prefer="closing",
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    Intent(
        "issuer",
        _rx(
            r"\b(co quan nao ban hanh|ai ban hanh|who issued|issued by|issuing body|issuer|"
            r"(which|what) (body|agency|organi[sz]ation|office|committee|board) issued|"
            r"who (is|was) the issuer)\b"
        ),
        prefer="closing",
        answer="metadata",
        evidence="document",
        has_actor=False,
    ),
    # ("mỗi ngày bao nhiêu tiền?", "một ngày bao nhiêu?" ask a rate per day, not a date)
    _event(
        r"\b(ngay nao|hom nao|(?<!moi )(?<!mot )ngay bao nhieu|thang nao|tu ngay nao|den ngay nao|hieu luc|"
        r"dien ra|keo dai|"
        r"what date|which day|what day|effective|take place|took place|held on)\b",
        # a start of application asked as such: "Nghị quyết ... bắt đầu được áp dụng kể từ khi nào?" is its
        # effect (``retrieve.fields.effect_asked``), a day, not a duty's time limit (library4 dev l4-mttq-09)
        r"\b(ap dung|thi hanh) (ke )?tu (khi nao|ngay nao|bao gio|luc nao|thoi diem nao)\b",
        WEEKDAY_ASKED,
        # the point a rule or state starts from, asked with no duty word: "Từ mốc nào thì đảng viên không được
        # xin điều chỉnh ngày sinh nữa?", "... bắt đầu được áp dụng kể từ khi nào?" (library4 dev l4-party-14,
        # l4-mttq-09): the date the sentence starts it from ("Kể từ ngày 18/8/2016, không ..."), no time limit
        # ("Các chi đoàn ... được giao làm gì và bắt đầu từ khi nào?" asks when a body's work begins: the
        # duty's start, read by the deadline path from the clause, not an event named "Các chi đoàn ...")
        rf"^(?!.*\b({_DUTY_WORDS}|bat dau|giao)\b)"
        r".*\btu (?:(?:moc|thoi diem|moc thoi gian|khi|luc|ngay) nao|bao gio)\b",
        # ("When and where is ...?" asks the event's time and place, as "diễn ra khi nào, ở đâu?" does)
        r"^when (and where )?(is|was|will|does|did)\b",
    ),
    # "Khi nào người đã quá 60 tuổi vẫn được kết nạp?": "when" as "in which case" is a rule's condition,
    # answered by the provision for that case, not by a time. So is "when" of a state of validity ("Hội
    # nghị ... hợp lệ khi nào?", "When is a meeting valid?" of library dev lib-dld-05: a quorum, no date)
    Intent(
        "condition",
        _rx(
            r"\b(khi nao|trong truong hop nao|luc nao)\b(?!.*\bphai\b).*\b(duoc|thi duoc)\b(?! giao)",
            r"\bhop le\b.*\b(khi nao|trong truong hop nao)\b|\b(khi nao|trong truong hop nao)\b.*\bhop le\b",
        ),
        prefer=None,
        answer="specific",
        evidence="clause",
        has_actor=False,
    ),
    Intent(
        "deadline",
        _rx(
            r"\b(thoi han|han chot|khi nao|bao gio|den khi nao|luc nao|thoi diem nao|xong trong|xong truoc|"
            r"deadline|by when|when must|due)\b"
        ),
        prefer="deadline",
        answer="clause",
        evidence="clause",
        check="fact",
    ),
    Intent(
        "lead",
        _rx(
            # "chủ trì" with a "who/which": "Trạm Y tế chủ trì nhiệm vụ gì?" asks a body's duties instead, and
            # so does "<body> chủ trì (những) nội dung / việc nào?", the "nào" asking the task (newcomer trial
            # 46: "Hội Cựu chiến binh xã chủ trì nội dung nào?" got another row's "Chủ trì: Đoàn xã")
            r"\b(ai|nao|who)\b.*\bchu tri\b|"
            r"\bchu tri\b(?!\s+" + _LED_TASK + r"\s+(?:nao|gi)\b).*\b(ai|nao)\b|"
            r"\b(ai chiu trach nhiem|co quan nao|don vi nao|giao cho ai|ai phu trach|ai theo doi|"
            rf"{EN_WHO_LEADS}|who is responsible|in charge|which (body|agency|organi[sz]ation|board)|"
            r"who (monitors|coordinates))\b",
            *LEAD_ASKS,
            *COORDINATOR_ASKS,
        ),
        prefer="lead",
        answer="clause",
        evidence="clause",
        has_actor=False,
    ),
    Intent(
        "org_duty",
        _rx(
            # "hoàn thành tốt / xuất sắc nhiệm vụ" is a grade ("bao nhiêu cơ sở Hội hoàn thành tốt nhiệm vụ?"
            # counts those graded so, trial 28 p52), not a duty asked
            r"\b(phai lam gi|lam gi|(?<!hoan thanh tot )(?<!hoan thanh xuat sac )nhiem vu|trach nhiem|"
            r"nhung viec|what must|what should|"
            r"what are .* (duties|tasks)|duties|tasks|responsibilit(y|ies)|role of)\b"
        ),
        prefer=None,
        answer="duties",
        evidence="clause",
        needs_org=True,
    ),
    # "Chi bộ có từ 30 đảng viên có được chia thành tổ không?", "Can a branch ...?": a rule's case. The
    # answer quotes the provision for that case first ("specific"), not a neighbouring general rule.
    Intent(
        "yesno",
        _rx(r"\b(co duoc|duoc phep|co the|co phai|co bat buoc|co can)\b.*\bkhong\b"),
        prefer=None,
        answer="specific",
        evidence="clause",
        # ("Cần hỏi thêm ... thì gọi cho ai?" is no "Can ...?": trial 32 q38)
        english=_rx(r"^(can|may|must|is|are|does|do|should)\b"),
    ),
)

OPEN = Intent("open", (), prefer=None, answer="quotes", evidence="sentences")
_BY_NAME = {i.name: i for i in INTENTS}


# The modal words the patterns read, with diacritics, and "ký" (signed). Folded, "cán bộ", "căn cứ" read
# "can", "phái" reads "phai" and "nhiệm kỳ" reads "ky": in a question typed with diacritics, a word that
# folds to one of these without being it keeps a mark so that no pattern reads it as the modal ("Nghị quyết
# ... về cán bộ ... có hiệu lực ngày nào?" asks an event's date, not what must be done by when).
_MODALS = {"can": "cần", "phai": "phải", "ky": "ký"}


def _folded_for_patterns(question: str) -> str:
    folded = vt.fold(question)
    if not vt.has_diacritics(question) or len(folded) != len(question):
        return folded

    def mark(m: re.Match[str]) -> str:
        word = question[m.start() : m.end()].lower()
        return m.group(0) if word == _MODALS[m.group(0)] else m.group(0) + "_"

    return re.sub(r"\b(?:can|phai|ky)\b", mark, folded)


def detect_intent(question: str, orgs: list[str] | None = None, signer: bool = False) -> str | None:
    """The kind of fact a question asks for (an ``INTENTS`` name), or None for an open question.
    ``signer``: the question names a person who signs a loaded document."""
    q = _folded_for_patterns(question)
    english = vt.detect_language(question) == "en"
    if english and subordinate_when(q):
        # a subordinate "when" asks no time: it is hidden from the time patterns ("_when" is no word "when")
        q = _EN_SUBORDINATE_WHEN_RE.sub(_hide_when, q, count=1)
    for intent in INTENTS:
        if (intent.needs_org and not orgs) or (intent.needs_signer and not signer):
            continue
        if any(p.search(q) for p in (*intent.patterns, *(intent.english if english else ()))):
            return intent.name
    return None


# What a body must do, in the words of any question (no registry body needed): the duties pattern, or
# "làm những gì", "làm những việc gì" (folded).
_DUTY_WORDS_RE = re.compile(r"\blam (?:nhung|cac) (?:viec |cong viec )?gi\b")


def asks_duty(folded_question: str) -> bool:
    """Whether a (folded) question asks what someone must do, by the words of the duties intent or "làm
    những gì", whatever body it names."""
    q = folded_question.replace("_", " ")
    return bool(_DUTY_WORDS_RE.search(q)) or any(p.search(q) for p in _BY_NAME["org_duty"].patterns)


def spec(intent: str | None) -> Intent:
    """The table row of an intent name (``OPEN`` for None or an unknown name)."""
    return _BY_NAME.get(intent or "", OPEN)
