"""The action a question asks about and its object: which action a "when" question asks the time of
("Khi nào tổng kết ...?"), the work a question names as its subject, and the word-segmenter tags these
readings (and the amount and subject readings) rest on."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant import text as vt
from assistant.lexicon.changes import draft_nouns
from assistant.lexicon.levels import sending_directions, sending_papers, sending_verbs
from assistant.lexicon.phrases import name_words, variant_verbs
from assistant.lexicon.words import type_names
from assistant.obligations.clauses import named_body_end
from assistant.query.complements import complement_tags
from assistant.query.docrefs import DURATION_WORDS
from assistant.query.drafts import drafted_object, nxt_draft
from assistant.query.sent_acts import act_sent, opens_with_document_number

# "Khi nào tổng kết ...?", "thời hạn tổng kết ...", "Còn tổng kết thì vào lúc nào?": the action whose time
# is asked, two syllables, folded. Directives give several deadlines in one place; this picks the one.
_ACTION_AFTER_RE = re.compile(
    r"\b(?:khi nao|bao gio|thoi han|han chot)\s+(?:(?:la|cua|de|phai|se|can|duoc|co|viec|thi)\s+)*"
    r"([a-z]+ [a-z]+)"
)
_ACTION_BEFORE_RE = re.compile(
    r"\b([a-z]+ [a-z]+)\s+(?:thi\s+)?(?:vao\s+)?(?:luc nao|khi nao|bao gio|thoi diem nao|thoi gian nao)\b"
)
_NOT_ACTIONS = set("con va thi la se phai can duoc co de viec khi nao bao gio luc ngay theo".split())


# Verbs that frame the asked action without being it: modals, copulas, "hoàn thành" / "xong" around it.
_FRAME_VERBS = frozenset(
    "phai can duoc la co bi se nen con con_lai yeu_cau de_nghi giao duoc_giao hoan_thanh xong ket_thuc muon "
    "co_the "
    "thuc_hien bat_dau "
    "co_trach_nhiem tien_hanh di ra ve vao len lam theo den toi han co_han chot cuoi hoan_tat".split()
)
# Words the action follows whatever the tagger calls it ("yêu cầu sơ kết", "thời hạn sơ kết").
_MODALS = frozenset(
    "phai can yeu_cau de_nghi duoc_giao co_trach_nhiem thoi_han han_chot han han_cuoi".split()
)


def asked_action(question: str, deadline: bool = False) -> str | None:
    """The action a "when" question asks the time of, folded: "Khi nào tổng kết ...?" -> "tong ket"
    (the first of ``asked_action_object``)."""
    return asked_action_object(question, deadline)[0]


def asked_object(question: str, deadline: bool = False) -> str | None:
    """The common noun right after the asked action, folded (the second of ``asked_action_object``)."""
    return asked_action_object(question, deadline)[1]


def asked_action_object(
    question: str, deadline: bool = False, naming: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """(action, its object) of a "when" question, folded: "... phải gửi danh sách đoàn viên trước ngày
    nào?" -> ("gui", "danh sach"); a clause writing "gửi" for another thing ("gửi báo cáo") does not set
    this action's time.

    The action: the first verb that is not a modal or a frame ("phải", "hoàn thành") by pyvi's
    part-of-speech tagger, else the word right after a modal ("yêu cầu sơ kết"); in a question typed without
    diacritics (where the tagger is lost) the two syllables after "khi nào" / before "lúc nào", with no
    object; none in English (the Vietnamese tagger reads "when must ..." as an action). The object: the
    common noun right after the action (a verb after a light verb: "tổ chức tập huấn"); none for names
    ("tổng kết Tháng Thanh niên"), generic nouns
    ("việc", "công tác"), or a preposition after the verb ("gửi về ..."). ``deadline``: the question asks
    a time limit without those words ("Hội Nông dân tỉnh phải tổng kết kế hoạch trước ngày nào?").
    ``naming``: folded words that only name the question's document ("Theo kế hoạch bầu cử của Mặt trận
    xã, ...": ``docrefs.description_words``); a verb made of them is the document's subject, not the
    action asked."""
    if not vt.is_accentless(question):
        if not vt.has_diacritics(question):
            return None, None
        # "Cơ quan nào chủ trì hình thành ... và thời hạn hoàn thành?": the act led, not the leading
        return _tagged_action_object(vt.nfc(question), anywhere=deadline, skip=_LEAD_VERBS, naming=naming)
    folded = vt.fold(question)
    known = _known_verb(folded)
    if known is not None:
        return known
    for rx in (_ACTION_AFTER_RE, _ACTION_BEFORE_RE):
        m = rx.search(folded)
        if m and not set(m.group(1).split()) & _NOT_ACTIONS:
            return m.group(1), None
    return None, None


def glossed_action_object(
    glosses: list[list[str]], nouns: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """(action, its object) of an English "when must ...?" question, folded, read by the tagger from its
    Vietnamese glosses in the question's order (the first term of each: "office hand over the houses" ->
    "văn phòng bàn giao nhà" -> ("ban giao", "nha")); (None, None) without a verb among them. A word
    glossed several ways ("submit" -> trình, nộp) names no one act or object: none is read from it (a
    clause writing the other one is as much the answer). ``nouns``: the glosses of English words that are
    nouns by their form ("supervision" -> "giám sát" in "the community supervision regulation"), which the
    tagger would read as the act in the English order; never the act. A light verb ("hold", "organise" ->
    "tổ chức") without an object read is no act: (None, None)."""
    rendering = " ".join(g[0] for g in glosses if g)
    if not rendering:
        return None, None
    skip = _LEAD_VERBS | {vt.fold(n).replace(" ", "_") for n in nouns}
    action, obj = _tagged_action_object(rendering, anywhere=True, skip=skip)
    single = {vt.fold(g[0]) for g in glosses if len(g) == 1}
    if action is None or action not in single:
        return None, None
    obj = obj if obj in single else None
    if obj is None and action.replace(" ", "_") in _LIGHT_VERBS:
        # a light verb names no act of its own: "hold the one-year review" asks the review's time, and a
        # review glossed several ways (sơ kết, tổng kết) leaves only "tổ chức", which another task's row
        # writes ("Tổ chức Hội thi ...") and would win by it over the review's own row (trial 44 q22)
        return None, None
    return action, obj


# Verbs that name one act whatever follows them, folded: those directives write for the same act
# (``lexicon`` action_variants) and a few more of reporting rules. In a question typed without diacritics
# the first of them after the modal (or anywhere) is the act: "Van phong Dang uy bao cao tien do thuc
# hien thong bao ket luan vao luc nao?" asks about "bao cao", not the "ket luan" before "vao luc nao".
_MORE_VERBS = ("tong ket", "so ket", "tong hop", "trinh", "ban hanh", "kiem tra", "giam sat", "ra soat")


@cache
def _known_verbs_re() -> re.Pattern[str]:
    frames = {f.replace("_", " ") for f in _FRAME_VERBS | _LIGHT_VERBS}
    verbs = set(variant_verbs()) | set(_MORE_VERBS)
    verbs = sorted(verbs - frames, key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(re.escape(v) for v in verbs)})\b")


def _known_verb(folded: str) -> tuple[str, str | None] | None:
    """(the first known act verb (``_known_verbs_re``) after the question's modal ("phai", "can"), else
    anywhere, that does not name a body ("Ban Kiem tra", "To cong tac"); the paper it passes on, when a
    verb passing one is followed by a document kind: "nop ke hoach" -> ("nop", "ke hoach")), or None."""
    modal = re.search(r"\b(?:phai|can|se)\s+", folded)
    for m in _known_verbs_re().finditer(folded, modal.end() if modal else 0):
        if re.search(r"\b(?:ban|uy ban|to|doan)\s+$", folded[: m.start()]):
            continue
        paper = None
        if m.group(1).replace(" ", "_") in _TRANSFER_VERBS:
            after = folded[m.end() :].split()
            paper = next((" ".join(after[:n]) for n in (2, 1) if " ".join(after[:n]) in type_names()), None)
        return m.group(1), paper
    return None


# "Bản sao lục ... do ai ký?": the fact belongs to the copy note, not to the original document.
_COPY_RE = re.compile(r"\b(sao luc|ban sao|sao y|copy)\b")


def asks_about_copy(folded_question: str) -> bool:
    """Does the (folded) question ask about a copy of the document ("bản sao lục", "sao y", "copy")?"""
    return bool(_COPY_RE.search(folded_question))


_WHEN_RE = re.compile(r"\b(khi nao|bao gio|thoi han|han chot|luc nao|thoi diem nao|thoi gian nao)\b")


# Nouns after a verb that carry no object of their own ("sơ kết việc thực hiện ...").
# a head noun saying only "the activity of" (folded, tokenised): the object is the word after it
_ACTIVITY_HEADS = frozenset({"hoat_dong"})
_GENERIC_OBJECTS = frozenset(
    "viec cong_tac noi_dung ket_qua tinh_hinh cac nhung moi tat_ca ngay thang nam luc lan dot".split()
    # the question's own words are never its object ("tổ chức khi nào", "họp ở đâu", "tổ chức mấy giờ")
    + "khi khi_nao bao_gio bao_lau luc_nao hom hom_nao o dau o_dau nao gi ai sao the_nao ra_sao may "
    "bao_nhieu gio".split()
    # an ordinal's marker ("giám sát thứ hai", "lần thứ ba") counts the act, it is not what is acted on
    + "thu thu_hai thu_ba thu_tu thu_nhat".split()
)


# The verbs that make a body the lead or a partner: "Ai chủ trì đánh giá ...?" asks about "đánh giá".
# ("đứng ra" takes a task on: "Bên nào đứng ra lo hội nghị ...?" asks who sees to the conference, whose
# act is what follows; folded alone, "đứng" read "dựng" of "xây dựng kế hoạch" as the act)
# ("chịu" alone: the tagger splits "chịu trách_nhiệm", trial 39 f2 read "chiu" as the act)
_LEAD_VERBS = frozenset(
    "chu_tri phoi_hop phu_trach dam_nhiem chiu_trach_nhiem chiu dam_nhan dung dung_ra".split()
)


def led_action(question: str) -> str | None:
    """The action a "who leads" question asks about, folded: "Cơ quan nào chủ trì đánh giá mô hình ...?" ->
    "danh gia"; the first verb by pyvi's tagger that is neither a frame nor a lead verb ("chủ trì", "phối
    hợp"). None in a question without diacritics or in English (the tagger is lost there)."""
    if vt.is_accentless(question) or not vt.has_diacritics(question):
        return None
    text = vt.nfc(question)
    # "Trong buổi sinh hoạt Lịch sử cụm 2, trường nào lo phần trình bày ...?": the opening adjunct says when
    # or where, its verb ("sinh hoạt") is no act asked (library3 dev l3-rw-18: the organiser's clause on the
    # meeting's activities was read as the lead of a talk); the act follows the comma
    text = text[len(opening_adjunct(text)) :]
    return _tagged_action_object(text, anywhere=True, skip=_LEAD_VERBS)[0]


def opening_adjunct(question: str) -> str:
    """The adjunct of time or place a "who" question opens with, up to and with its comma ("Trong buổi sinh
    hoạt Lịch sử cụm 2, " of "Trong buổi sinh hoạt Lịch sử cụm 2, trường nào lo ...?"), as written; "" when
    it opens with none or asks nothing after it."""
    frame = _FRAME_ADJUNCT_RE.match(question)
    if frame is None or not _ASKS_WHO_RE.search(vt.fold(question[frame.end() :])):
        return ""
    return question[: frame.end()]


# An opening adjunct of time or place, up to its comma ("Trong buổi sinh hoạt ..., ", "Tại hội nghị ..., ")
# and the asking words after it (folded)
_FRAME_ADJUNCT_RE = re.compile(r"^\s*(?:Trong|Tại|Ở|Qua|Sau|Trước)\s[^,?;]{3,100},\s*", re.IGNORECASE)
_ASKS_WHO_RE = re.compile(r"\b(?:ai|nao|who|which)\b")


@lru_cache(maxsize=256)
def _tagged(question: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    try:
        from pyvi import ViPosTagger, ViTokenizer

        words, tags = ViPosTagger.postagging(ViTokenizer.tokenize(question))
    except Exception:  # ImportError or the tagger's own failure
        return None
    return tuple(words), tuple(tags)


def _pos_tags(question: str) -> tuple[list[str], list[str]] | None:
    """pyvi's words and part-of-speech tags of a question (tagged once per question: the action and the
    amount's unit both use them; each caller gets its own lists, the cache keeps tuples), or None when
    pyvi is missing or fails."""
    tagged = _tagged(question)
    return None if tagged is None else (list(tagged[0]), list(tagged[1]))


def compound_tags(text: str) -> list[tuple[str, str]] | None:
    """pyvi's (word, tag) pairs of a text, the syllables of a word joined by "_" ("điển_hình", "N"), or
    None when pyvi is missing or fails."""
    tagged = _pos_tags(text)
    return None if tagged is None else list(zip(*tagged, strict=True))


def compound_words(text: str) -> list[str] | None:
    """The folded words of two syllables or more in a text, by pyvi's tokenizer ("báo cáo số vụ bạo lực
    gia đình" -> ["bao cao", "bao luc", "gia dinh"]), or None when pyvi is missing or fails."""
    tagged = _pos_tags(text)
    if tagged is None:
        return None
    return [vt.fold(w.replace("_", " ")) for w in tagged[0] if "_" in w]


def _tagged_action_object(
    question: str, anywhere: bool, skip: frozenset[str] = frozenset(), naming: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """(action, its object) by pyvi's tagger; unless ``anywhere``, only in a question that asks "khi nào /
    bao giờ / thời hạn" at all. ``skip``: verbs passed over besides the frames."""
    if not anywhere and not _WHEN_RE.search(vt.fold(question)):
        return None, None
    tagged = _pos_tags(question)
    if tagged is None:  # pyvi is a best-effort helper: no action, no narrowing
        return None, None
    words, tags = tagged
    tags = complement_tags(words, tags, _pos_tags)  # "hoàn thành niêm_yết/N ...": the act completed
    folded = [vt.fold(w) for w in words]
    # a question may open with a body's name ("Ban công tác Mặt trận các ấp phải ..."; its head noun from
    # ``lexicon.phrases``), which the tagger can read as a verb
    opens_with_body = named_body_end(question, vt.fold_chars(question), 0) is not None
    # the predicate follows the modal ("Kết quả hiệp thương lần một phải gửi về ..."): a verb before it
    # belongs to the subject's noun phrase ("hiệp thương" of "kết quả hiệp thương")
    # a passive "được" before a verb marks the predicate too ("Tác phẩm dự thi được nhận đến khi nào?")
    modal_at = next(
        (
            i
            for i, w in enumerate(folded)
            if (w in ("phai", "can") and tags[i] == "V") or (w == "duoc" and tags[i + 1 : i + 2] == ["V"])
        ),
        None,
    )
    start = modal_at if modal_at is not None else _unmodal_start(folded)
    found = _predicate(words, tags, folded, start, len(words), opens_with_body, skip, naming)
    if found is not None:
        if found[1] is None and found[0].replace(" ", "_") in _TRANSFER_VERBS and modal_at:
            # "Báo cáo nhanh kết quả ... phải gửi trước mấy giờ?": the paper sent is the subject
            first = folded[0].replace("_", " ")
            if (first in type_names() or first in _PAPERS) and not opens_with_document_number(folded):
                return found[0], first
        return found
    if modal_at and all(w in _FRAME_VERBS or tags[j] != "V" for j, w in enumerate(folded) if j > modal_at):
        # "việc vận động nông dân mua BHXH phải xong trước ngày nào?": after the modal only a frame ("xong"),
        # the act is the one the subject names after "việc"
        at = next((j for j in range(modal_at) if folded[j] == "viec"), None)
        if at is not None:
            found = _predicate(words, tags, folded, at + 1, modal_at, opens_with_body, skip, naming)
            return found or (None, None)
        # "Xét công nhận đảng viên chính thức thì chi bộ phải làm trong thời hạn nào?": the act is fronted
        # as the topic, closed by "thì" or a comma before the body and its modal ("làm" only frames it)
        topic_end = next((j for j in range(modal_at) if folded[j] in _TOPIC_ENDS), None)
        if topic_end:
            # "Kế hoạch họp cử tri nơi cư trú của xã yêu cầu xác minh, trả lời ... phải hoàn tất ...": the act
            # the topic's own "yêu cầu" / "đề nghị" asks, not a verb of the document's description before it
            asks = next((j for j in range(topic_end) if folded[j] in _MODALS), 0)
            found = _predicate(words, tags, folded, asks, topic_end, opens_with_body, skip, naming)
            return found or (None, None)
        work = _work_subject(words, tags, opens_with_body)
        if work:
            return work, None
    return None, None


# Words closing a question's fronted topic ("<act> thì <body> phải làm ...", "<act>, <body> phải ...").
_TOPIC_ENDS = frozenset({"thi", ","})
# Words opening a fronted event a time is counted from ("Sau buổi lễ kết nạp thì ...", "Sau khi đại hội bế
# mạc, ..."), and the words asking a time limit that a purpose clause ("để <act>") follows ("có thời hạn bao
# lâu để hoàn tất lý lịch?", "có mấy ngày để nộp ...?"): pyvi's folded words.
_EVENT_OPENERS = frozenset({"sau", "sau_khi", "ke_tu", "ke_tu_khi"})
_TIME_ASKS = frozenset({"thoi_han", "thoi_gian", "bao_lau", "may", "bao_nhieu", "han"})


def _unmodal_start(folded: list[str]) -> int:
    """Where the act of a question with no modal ("phải", "cần") is looked for: after "để" when a time
    limit is asked before it ("Sau buổi lễ kết nạp thì người mới vào Đảng có thời hạn bao lâu để hoàn tất
    bản lý lịch?" asks the time of "hoàn tất lý lịch"), else after a fronted event closed by "thì" or a
    comma ("Sau khi bế mạc đại hội thì ..."): the event the time counts from is not the act asked; else 0."""
    for i, w in enumerate(folded):
        if w == "de" and any(x in _TIME_ASKS for x in folded[:i]) and i + 1 < len(folded):
            return i + 1
    if folded and folded[0] in _EVENT_OPENERS:
        end = next((j for j, w in enumerate(folded) if w in _TOPIC_ENDS), None)
        if end is not None and end + 1 < len(folded):
            return end + 1
    # "Chương trình Xuân tình nguyện – Tết sẻ chia 2026 của Đoàn xã ...: các chi đoàn đăng ký số suất quà
    # ... hạn cuối là hôm nào?": a topic closed by a colon names the programme or document (its title's
    # verbs, "tình nguyện", are no act); the question's act follows it (library4 dev l4-rw-08)
    colon = next((j for j, w in enumerate(folded) if w == ":"), None)
    if colon is not None and any(w[:1].isalpha() for w in folded[colon + 1 :]):
        return colon + 1
    return 0


def _work_subject(words: list[str], tags: list[str], opens_with_body: bool) -> str | None:
    """The work a question's subject names when only a frame follows its modal ("Đường bê tông ở ấp Bàu Sen
    phải hoàn thành trước ngày nào?" -> "duong"): the thing finished is the act asked, as the thing seen to
    is the act of "lo xong sân bãi" (``_VAGUE_VERBS``); a clause setting its time writes it ("Bê tông hóa
    tuyến đường ...; công trình hoàn thành trước ..."). None when the subject is a body ("Chi bộ phải ...")
    or no common noun (newcomer trial 39 u3: another clause's time was read for the road)."""
    if opens_with_body or not tags or tags[0] != "N":
        return None
    return _object_after(words, tags, 0)


def subject_work(question: str) -> str | None:
    """The folded work a "by when" question's subject names (``_work_subject``), or None (no such
    subject, no diacritics, or pyvi missing)."""
    if not vt.has_diacritics(question) or vt.is_accentless(question):
        return None
    question = vt.nfc(question)
    action, obj = _tagged_action_object(question, anywhere=True, skip=_LEAD_VERBS)
    tagged = _pos_tags(question)
    if action is None or obj is not None or tagged is None:
        return None
    words, tags = tagged
    opens_with_body = named_body_end(question, vt.fold_chars(question), 0) is not None
    return action if _work_subject(words, tags, opens_with_body) == action else None


# Papers passed on that directives name by their kind ("Danh sách đoàn viên phải nộp ...").
_PAPERS = frozenset({"danh sach", "ho so", "bien ban", "phieu", "ban dang ky", "dang ky"})


def _predicate(
    words: list[str],
    tags: list[str],
    folded: list[str],
    start: int,
    stop: int,
    opens_with_body: bool,
    skip: frozenset[str],
    naming: frozenset[str],
) -> tuple[str, str | None] | None:
    """The first act verb in words[start:stop] and its object (``_tagged_action_object``'s rules)."""
    for i in range(start, stop):
        w, tag = folded[i], tags[i]
        if w in _COMPLETION_VERBS and tag == "V":
            # "hoàn tất bản lý lịch": the thing completed names the act ("khai lý lịch"); with none after it
            # ("... phải hoàn tất trước mốc nào?") the verb only frames the act, as "hoàn thành" does
            at = _past_manner(folded, i + 1)
            at += tags[at : at + 1] == ["Nc"]  # a classifier first ("bản", "cuốn")
            obj = _object_after(words, tags, at)
            if obj:
                return obj, None
            continue
        if words[i][:1].isupper() and (i or opens_with_body):
            continue  # a capitalised word is a name's ("Ban Xây dựng Đảng"), not the predicate
        if i and tags[i - 1] in ("N", "Np") and w.replace("_", " ") in name_words():
            continue  # "Các chi bộ trực thuộc gửi ...": the verb-like word goes on with the body's name
        if i and tags[i - 1] != "V" and folded[i - 1].replace("_", " ") in type_names():
            continue  # "... trong kế hoạch rà soát hội viên": the verb names the document's subject
        if w.replace("_", " ") in type_names() and opens_with_document_number(folded[i:]):
            continue  # "Thông_báo/V 160-TB/TW giao ...": the document asked about, no act (l4-party-36)
        if w in ("toi", "den") and folded[i + 1 : i + 2] == ["tay"]:
            # "Báo cáo ... phải tới tay Ban Thường trực ...": reaching the body's hands is the sending
            return "gui", None
        if tag == "V" and w not in _FRAME_VERBS and w not in skip and not set(w.split("_")) <= naming:
            nxt = folded[i + 1] if i + 1 < len(folded) else ""
            if nxt in _TIME_LIMIT_NOUNS:
                # "Kế hoạch ... đặt hạn cuối cho hội nghị hiệp thương lần ba": the verb sets the time limit
                # ("đặt", "ấn định", "quy định"), the act it limits follows (library3 l3-mttq-07)
                continue
            if w in _HELPING_VERBS and tags[i + 1 : i + 2] == ["V"] and nxt not in _FRAME_VERBS:
                i, w = i + 1, nxt  # "giúp lập mới tổ hợp tác": the act helped is the act asked
            if w in _CAUSATIVE_VERBS and (reached := _state_reached(words, tags, folded, i + 1)):
                return reached
            sent = act_sent(folded, i + 1) if w in _TRANSFER_VERBS else None
            if sent:
                return sent, None  # "gửi khiếu nại": the act is the complaint, however it reaches the body
            light = w in _LIGHT_VERBS
            obj = _object_after(words, tags, _past_manner(folded, i + 1), light, paper=w in _TRANSFER_VERBS)
            if obj is None and w in _SENDING_VERBS:
                obj = _paper_past_recipient(words, folded, i + 1)
            if w in _VAGUE_VERBS and obj:
                return obj, None  # "lo xong sân bãi": the thing seen to names the act ("chuẩn bị sân bãi")
            return w.replace("_", " "), obj
        nxt = folded[i + 1] if i + 1 < len(folded) else ""
        if w in _MODALS and "_" in nxt and nxt not in _FRAME_VERBS and nxt not in _GENERIC_OBJECTS:
            # ("hạn bao giờ?": a question word after "hạn" is no act)
            # "yêu cầu sơ kết": the tagger reads a noun
            obj = _object_after(words, tags, _past_manner(folded, i + 2), nxt in _LIGHT_VERBS)
            if obj is None and nxt in _SENDING_VERBS:
                obj = _paper_past_recipient(words, folded, i + 2)
            return folded[i + 1].replace("_", " "), obj
    return None


# Nouns of a time limit: a verb they follow sets the limit ("đặt hạn cuối cho ...", "quy định thời hạn
# nộp ..."), it is not the act limited (pyvi's folded words).
_TIME_LIMIT_NOUNS = frozenset("han thoi_han han_chot han_cuoi moc".split())


# Words between a verb and its object that say how far or how often the act goes ("giải quyết xong nợ quá
# hạn", "xử lý dứt điểm", "nộp đầy đủ hồ sơ", "họp định kỳ", "báo cáo thường xuyên").
_MANNER_WORDS = frozenset(
    "xong dut_diem het day_du kip_thoi dinh_ky thuong_ky thuong_xuyen hang_thang".split()
)


def _past_manner(folded: list[str], i: int) -> int:
    """The first word at or after ``i`` that is not a manner word (``_MANNER_WORDS``)."""
    while i < len(folded) and folded[i] in _MANNER_WORDS:
        i += 1
    return i


# Causative verbs ("đưa thôn Khuổi Mản đạt chuẩn ...", "làm cho xã trở thành ..."): what is brought about
# is the act; directives write the goal reached, by any verb of effort ("Xây dựng thôn ... đạt chuẩn",
# "phấn đấu 3 thôn đạt chuẩn"), rarely the causative verb itself.
_CAUSATIVE_VERBS = frozenset("dua lam_cho".split())
# the words of the noun phrase a causative verb acts on, by pyvi's tags (a count, a unit, a name)
_CAUSEE_TAGS = frozenset("N Np Nc Nu M L A".split())
_CAUSEE_MAX_WORDS = 5


def _state_reached(
    words: list[str], tags: list[str], folded: list[str], i: int
) -> tuple[str, str | None] | None:
    """(the verb of the state reached, the thing brought to it) after a causative verb whose object
    (``_CAUSEE_TAGS``, at most ``_CAUSEE_MAX_WORDS`` words) is followed right away by a verb that is no
    frame ("đưa thôn Khuổi Mản đạt chuẩn" -> ("dat chuan", "thon")); None otherwise ("đưa công trình vào sử
    dụng": a preposition, "đưa hộ nghèo ra khỏi ...": a frame verb; the causative verb is then the act)."""
    j = i
    while j < len(words) and j - i < _CAUSEE_MAX_WORDS and tags[j] in _CAUSEE_TAGS:
        j += 1
    if j == i or j >= len(words) or tags[j] != "V" or folded[j] in _FRAME_VERBS:
        return None
    # the state with the noun it is reached in ("đạt chuẩn", "đạt danh hiệu"): "đạt" alone is any result
    state = folded[j : j + 2] if tags[j + 1 : j + 2] == ["N"] else folded[j : j + 1]
    return " ".join(state).replace("_", " "), _object_after(words, tags, i)


# Verbs of helping another act ("giúp lập mới", "hỗ trợ thành lập"): the verb after them is the act.
_HELPING_VERBS = frozenset("giup giup_do ho_tro".split())
# Verbs that only say an act takes place: their object says which ("tổ chức Đại hội", "tổ chức tập huấn").
_LIGHT_VERBS = frozenset("to_chuc thuc_hien tien_hanh trien_khai".split())
# Everyday verbs of getting a thing done ("lo xong sân bãi", "lo liệu hồ sơ"): documents write the act by
# another verb ("chuẩn bị sân bãi"), so the object names the act.
_VAGUE_VERBS = frozenset("lo lo_lieu".split())
# Verbs of completing, a frame of the act unless a thing completed follows ("hoàn tất bản lý lịch")
_COMPLETION_VERBS = frozenset("hoan_tat".split())
# Verbs that pass a paper on: a document kind after them is the paper, though the tagger reads a verb
# ("gửi báo cáo", "ban hành hướng dẫn"); another verb is not ("gửi đăng ký": the registration is the act).
# The sending verbs of ``lexicon.levels`` in pyvi's folded words, and "ban hành" (a document passed on to
# those carrying it out); not "báo cáo", itself the name of a paper.
_SENDING = frozenset(v.replace(" ", "_") for v in sending_verbs())
_TRANSFER_VERBS = (_SENDING - {p.replace(" ", "_") for p in sending_papers()}) | {"ban_hanh"}


# Verbs of sending a paper to a body, which may name the body first: "gửi lên MTTQ tỉnh bản báo cáo ...",
# "nộp cho Văn phòng Đảng ủy hồ sơ ...", "báo cáo về Huyện đoàn danh sách ..." (pyvi's folded words).
_SENDING_VERBS = _TRANSFER_VERBS | _SENDING
# The words opening the recipient phrase right after such a verb, and those closing the stretch the paper is
# looked for in (the time asked, a purpose: "gửi về Huyện đoàn trước ngày nào", "... để tổng hợp")
_RECIPIENT_MARKS = frozenset(sending_directions())
_RECIPIENT_STOPS = frozenset(
    "truoc trong cham cham_nhat muon khi khi_nao bao_gio vao ngay han thoi_han de nham sau tu luc hom".split()
)
_RECIPIENT_MAX_WORDS = 7  # a recipient and the paper after it: "Ban Thường trực MTTQ huyện bản báo cáo"


def _paper_past_recipient(words: list[str], folded: list[str], i: int) -> str | None:
    """The paper a sending verb passes on when a recipient phrase stands between them ("gửi lên MTTQ tỉnh
    bản báo cáo ..." -> "bao cao", "nộp cho Văn phòng Đảng ủy hồ sơ ..." -> "ho so"), folded, or None: the
    verb at ``i - 1`` must be followed by a mark of direction (``_RECIPIENT_MARKS``), then within
    ``_RECIPIENT_MAX_WORDS`` words, before the time asked (``_RECIPIENT_STOPS``) or a mark, a paper's kind
    (``type_names`` or ``_PAPERS``) written in lower case (a capitalised one names the body: "Phòng Tài chính
    - Kế hoạch"). The common order of Vietnamese sending sentences, verb + recipient + object (library2 dev
    l2-mttq-03: the report asked after "gửi lên MTTQ tỉnh" was lost, a minutes' sending time answered)."""
    if i >= len(folded) or folded[i] not in _RECIPIENT_MARKS:
        return None
    for j in range(i + 1, min(len(folded), i + 1 + _RECIPIENT_MAX_WORDS)):
        w = folded[j]
        if w in _RECIPIENT_STOPS or not w[:1].isalnum():
            return None
        name = w.replace("_", " ")
        if (name in type_names() or name in _PAPERS) and not words[j][:1].isupper():
            return name
    return None


def _object_after(
    words: list[str], tags: list[str], i: int, after_light: bool = False, paper: bool = False
) -> str | None:
    """The common noun at ``i`` (the word right after the verb), folded, or None; after a light verb
    (``after_light``) a verb too ("tổ chức tập huấn"). A name is none ("Tháng Thanh niên": several
    capitalised syllables); an event written with its first capital ("Đại hội", "Hội thi") is one."""
    if i >= len(words):
        return None
    # after a verb passing a paper on, a paper's name whatever the tagger calls it ("gửi báo_cáo/L năm")
    is_paper = paper and vt.fold(words[i]).replace("_", " ") in type_names()
    if not (tags[i] == "N" or (after_light and tags[i] == "V") or is_paper):
        return None
    if sum(s[:1].isupper() for s in words[i].split("_")) >= 2:
        return None
    if not any(ch.isalpha() for ch in words[i]):
        return None  # a dash the tagger calls a noun ("Xuân tình nguyện – Tết sẻ chia"; library4 l4-rw-08)
    if paper and not is_paper and words[i][:1].isupper():
        return None  # "gửi Thành ủy ...": the body a paper goes to, not the paper (library dev lib-hd21-02)
    w = vt.fold(words[i])
    if w in draft_nouns() or (w == "ban" and nxt_draft(words, i)):
        return drafted_object(words, tags, i)
    if w in _ACTIVITY_HEADS:
        # "giám sát hoạt động vận động của người ứng cử": the activity is named by what follows, which a
        # plan writes alone ("Công tác vận động bầu cử: ... đến 05 giờ 00 ngày 14/3/2026"; library6 dev
        # l6-mttq-07); a noun or a verb there, else none
        return _object_after(words, tags, i + 1, after_light=True)
    # a document type is the document asked about ("tổng kết Kết luận ...", "thực hiện kế hoạch số 12", "...
    # kế hoạch này"), which its clauses do not repeat; a paper passed on is not ("gửi báo cáo kết quả")
    nxt = vt.fold(words[i + 1]) if i + 1 < len(words) else ""
    after = vt.fold(words[i + 2]) if i + 2 < len(words) else ""
    # "báo cáo số 12", not "báo cáo 9 tháng"
    numbered = nxt[:1].isdigit() and after not in (*DURATION_WORDS, "ngay")
    named_doc = words[i][:1].isupper() or nxt in ("so", "nay", "tren") or numbered
    if w in _GENERIC_OBJECTS or (w.replace("_", " ") in type_names() and named_doc):
        return None
    return w.replace("_", " ")
