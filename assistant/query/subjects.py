"""Which bodies a question asks about as actors, which action a "when" question asks the time of, and the
traits that add an abstention check whatever the kind of question: an amount ("bao nhiêu tỷ đồng", "how
many members") needs its unit next to a number; a post holder ("Ai là Chủ tịch ...?") needs a sentence
naming a person next to that post."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from assistant import text as vt
from assistant.lexicon.phrases import canonical_units, name_words, quantity_units, variant_verbs
from assistant.lexicon.words import glossary_terms, person_nouns, type_alternation, type_names, type_words
from assistant.obligations.clauses import named_body_end
from assistant.query.docrefs import DURATION_WORDS
from assistant.query.intents import spec
from assistant.text import fold

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
    tagger would read as the act in the English order; never the act."""
    rendering = " ".join(g[0] for g in glosses if g)
    if not rendering:
        return None, None
    skip = _LEAD_VERBS | {vt.fold(n).replace(" ", "_") for n in nouns}
    action, obj = _tagged_action_object(rendering, anywhere=True, skip=skip)
    single = {vt.fold(g[0]) for g in glosses if len(g) == 1}
    if action is None or action not in single:
        return None, None
    return action, obj if obj in single else None


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
    return _tagged_action_object(vt.nfc(question), anywhere=True, skip=_LEAD_VERBS)[0]


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
            if first in type_names() or first in _PAPERS:
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
        if tag == "V" and w not in _FRAME_VERBS and w not in skip and not set(w.split("_")) <= naming:
            nxt = folded[i + 1] if i + 1 < len(folded) else ""
            if w in _HELPING_VERBS and tags[i + 1 : i + 2] == ["V"] and nxt not in _FRAME_VERBS:
                i, w = i + 1, nxt  # "giúp lập mới tổ hợp tác": the act helped is the act asked
            if w in _CAUSATIVE_VERBS and (reached := _state_reached(words, tags, folded, i + 1)):
                return reached
            light = w in _LIGHT_VERBS
            obj = _object_after(words, tags, _past_manner(folded, i + 1), light, paper=w in _TRANSFER_VERBS)
            if w in _VAGUE_VERBS and obj:
                return obj, None  # "lo xong sân bãi": the thing seen to names the act ("chuẩn bị sân bãi")
            return w.replace("_", " "), obj
        nxt = folded[i + 1] if i + 1 < len(folded) else ""
        if w in _MODALS and "_" in nxt and nxt not in _FRAME_VERBS and nxt not in _GENERIC_OBJECTS:
            # ("hạn bao giờ?": a question word after "hạn" is no act)
            # "yêu cầu sơ kết": the tagger reads a noun
            obj = _object_after(words, tags, _past_manner(folded, i + 2), nxt in _LIGHT_VERBS)
            return folded[i + 1].replace("_", " "), obj
    return None


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
_TRANSFER_VERBS = frozenset("gui nop trinh chuyen ban_hanh".split())


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
    w = vt.fold(words[i])
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


# Words right before an organisation's name that make it the topic, beneficiary or issuer of what the
# question asks about rather than its actor: "về công tác Mặt trận", "phối hợp với MTTQ", "the role of",
# "người ứng cử HĐND xã", "bầu cử Hội đồng nhân dân" (the body elected, not the one acting).
_OBJECT_MARKER_RE = re.compile(
    r"(?:\b(?:ve|cong tac|lien quan den|lien quan toi|doi voi|voi|cho|giua|de|den|toi|giup|ho tro|dai hoi|"
    r"ung cu|bau cu|"
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
    r"\b(?:giao cho|giao|phan cong cho|phan cong|assigned to|assign to)\s+(?:cac\s+|the\s+)?$"
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


_AMOUNT = re.compile(r"\b(bao nhieu|may|how much|how many)\b\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)?", re.UNICODE)
_UNIT_STOP = frozenset("la phai dat duoc co nguoi the does do is are of nam lan".split())
_UNIT_STOP_CASED = frozenset("là phải đạt được có người thế does do is are of năm lần".split())
# Words that end a unit: "mấy trường sẽ ...", "mấy đợt ra quân", "bao nhiêu tiền một tháng" ask for
# schools, rounds and money; what follows the noun is the rest of the question.
_UNIT_END = frozenset(
    "se ra theo mot cua cho trong de thi va ma tai o voi ve sau truoc khi nay do dang van con tat ca tong "
    "moi cac nhung duoc phai la co a den".split()  # "den": "từ bao nhiêu tuổi đến bao nhiêu tuổi"
)
# The same words with their tones, for a question typed with diacritics: folded, "đang" (now) is "đảng"
# (party: "mấy đảng viên"), "về" is "vé", "để" is "đề", "mỗi" is "mới", "còn" is "con"; both "mỗi" (each)
# and "mới" ("mấy tháng mới được ...": only then) end a unit.
_UNIT_END_CASED = frozenset(
    "sẽ ra theo một của cho trong để thì và mà tại ở với về sau trước khi này đó đang vẫn còn tất cả tổng "
    "mỗi mới các những được phải là có à từ đến".split()
)


_GENERIC_UNITS = frozenset("cai con so".split())
# "trong vòng bao lâu?", "mất bao lâu?": a length of time (``phrases.json`` quantity_units "thoi gian"),
# matched with its tone where the question has them ("lâu", not "lau"); "bao lâu một lần?" asks how often
# ("định kỳ 6 tháng", "hằng năm"), not a length (sample dev dea-06)
DURATION = "thoi gian"  # the unit of a length of time asked (a key of ``quantity_units``)
_EN_DURATION_RE = re.compile(r"^how long\b(?!\s+ago\b)|\bfor how long\b")
# "lúc mấy giờ", "vào mấy giờ" (folded): a time of day asked, not an amount of hours
_DURATION_RE = re.compile(r"\bbao (?:lâu|lau)\b(?!\s+(?:một|mot)\s+(?:lần|lan)\b)")
# Nouns that name an amount of money: a "... là bao nhiêu?" about them is answered by a sum in đồng, not
# by any number ("giá vé", "mức lương cơ sở", "kinh phí", "mức hỗ trợ"; "thu nhập": an income, "mỗi người
# dân có thu nhập bao nhiêu một năm?" is a sum in đồng, trial 37 a02); English the same without "how much".
_MONEY_NOUNS = (
    r"gia ve|gia ban|gia thue|gia tien|muc luong|luong co so|tien luong|muc chi|muc ho tro|muc phu cap|"
    r"phu cap|kinh phi|ngan sach|chi phi|hoc phi|le phi|thu lao|nguon von|von dieu le|muc vay|muc cho vay|"
    r"so tien|tien|muc hoc bong|thu nhap"
)

_MONEY_RE = re.compile(rf"\b(?:{_MONEY_NOUNS})\b")


def is_money_noun(folded: str) -> bool:
    """Whether a folded phrase is a noun of money ("kinh phi", "ngan sach", "so tien"; ``_MONEY_NOUNS``)."""
    return re.fullmatch(rf"(?:{_MONEY_NOUNS})", folded) is not None


def money_noun(question: str) -> str | None:
    """The folded word a "... là bao nhiêu?" names the money by, without "giá / mức" ("giá vé" -> "ve",
    "mức lương cơ sở" -> "luong co so"), for "bao nhiêu tiền" the verb giving it ("được hỗ trợ bao nhiêu
    tiền" -> "ho tro"); None when the question names none."""
    folded = fold(question)
    m = _MONEY_RE.search(folded)
    if not m:
        return None
    if m.group(0) == "tien":
        # "được hỗ trợ bao nhiêu tiền?": the sum is named by what gives it ("hỗ trợ", "cấp", "thưởng")
        verb = _MONEY_VERB_RE.search(folded[: m.start()])
        return verb.group(1) if verb else None
    if m.group(0) in _SUM_NOUNS:
        return None  # "Kinh phí làm ... là bao nhiêu?": any sum is one; what it is for the answer checks
    return re.sub(r"^(?:gia|muc) ", "", m.group(0))


# Nouns that mean a sum of money itself, not a thing priced: a document writes the sum without them ("bố
# trí 2,5 tỷ đồng hỗ trợ xây dựng ..." is the "kinh phí" asked; trial 21 r16b).
_SUM_NOUNS = frozenset(["kinh phi", "ngan sach", "so tien", "chi phi", "nguon von"])


def asks_sum(question: str) -> bool:
    """Whether the question names a sum of money itself (``_SUM_NOUNS``: "Kinh phí tổ chức ... là bao
    nhiêu?", "How much is the budget ...?"), not a thing priced: a threshold on another thing's value
    ("công trình ... giá trị từ 30 triệu đồng trở lên") does not answer it."""
    folded = fold(question)
    return bool(re.search(rf"\b(?:{'|'.join(_SUM_NOUNS)})\b", folded) or re.search(r"\bbudget\b", folded))


# A verb of money right before "bao nhiêu" with no unit ("được vay tối đa bao nhiêu", "được hỗ trợ bao nhiêu
# từ quỹ"), a bound between them allowed; or with what it is lent from between them when a bound leads
# the "bao nhiêu" ("Mỗi hộ vay Quỹ Hỗ trợ nông dân tối đa bao nhiêu ...?", trial 32 q13). "được chi / bồi
# dưỡng / phụ cấp bao nhiêu (một buổi)?" asks a sum as well (library dev lib-n99-04): the one paid is named
# by the label or the item head of the value (``answer.item_heads``), never a sum of the list's other payees.
_VI_MONEY_VERB_RE = re.compile(
    r"\b(?:vay|cho vay|ho tro|cap|thuong|dong gop|nop|chi tra|boi duong|phu cap|tro cap|duoc chi)\s+"
    r"(?:(?:[a-z]+\s+){1,6}?(?=(?:toi da|toi thieu|nhieu nhat|it nhat)\s))?"
    r"(?:(?:toi da|toi thieu|nhieu nhat|it nhat|duoc|them)\s+)*"
    r"(?:bao nhieu|may)\b(?!\s+(?:nguoi|ho|lan|ngay|thang|nam)\b)"
)


# Spending asked, read with diacritics: a question opening with the verb "Chi" (not "Chi bộ", "Chi hội",
# "Chi đoàn", "Chi nhánh", "Chi tiết"); "X được chi bao nhiêu?" is read by ``_VI_MONEY_VERB_RE``.
_SPENDING_RE = re.compile(
    r"^\W*(?:mức\s+)?chi\s+(?!(?:bộ|hội|đoàn|nhánh|cục|tiết|phí|tiêu)\b)\w"
)


# The verb right before "bao nhiêu tiền" ("được hỗ trợ", "được cấp", "phải nộp"), modals aside.
_MONEY_VERB_RE = re.compile(
    r"\b(ho tro|cap|thuong|chi|nop|dong gop|dong|tang|trao|huy dong|van dong|tai tro|thu)\s+(?:them\s+)?"
    r"(?:bao nhieu|may)\s+$"
)


_EN_AUXILIARIES = frozenset(
    "can could should must will would may might shall did does do is are was were has have".split()
)
_EN_MONEY_WORDS = frozenset("money cash funding funds budget savings capital".split())
# English words that may stand between "how much" and its noun ("How much in savings ...?")
_EN_FUNCTION_WORDS = frozenset("in of the a an".split())
_EN_MONEY_VERB_RE = re.compile(
    r"\b(?:borrow|lend|loan|pay|paid|spend|spent|cost|earn|receive|received|contribute|donate|grant|"
    r"support|subsidi[sz]e)\w*\b"
)
_EN_RATE_RE = re.compile(
    r"^(?:what|how high)\b.*\b(?:ratio|rate|percentage|proportion)\b(?!\s+(?:of|for)\s+\w+ing\b)"
    r"|^what (?:share|part) of\b"  # "What share of households ... ?" (trial 39 e5)
)
_EN_MONEY_RE = re.compile(
    r"^(?:what|how much)\b.*\b(?:budget|cost|costs|price|fee|fees|salary|wage|allowance|funding)\b"
)
# "What fee is charged on loans ...?": a fee or charge is as often written as a rate ("phí sử dụng vốn
# 0,5%/tháng") as a sum, so any figure answers it, as "Phí ... là bao nhiêu?" reads (trial 41 q21)
_EN_FEE_RE = re.compile(r"^(?:what|how much)\b.*\b(?:fees?|charges?|charged)\b")


@cache
def _people() -> frozenset[str]:
    """Folded nouns for people ("dang vien", "thanh vien", "dai bieu")."""
    return frozenset(person_nouns())


# the hour an event starts or is held: "lúc mấy giờ", "bắt đầu mấy giờ", "khai mạc vào mấy giờ" (folded)
_CLOCK_RE = re.compile(r"\b(?:luc|vao|bat dau|khai mac|dien ra|to chuc)\s+may\s+gio\b")
# "vào thứ mấy?" asks a day of the week, "lần thứ mấy?" an ordinal: neither is a number of anything (folded)
_WHICH_TH_RE = re.compile(r"\bthu may\b")


def amount_unit(question: str) -> list[str] | None:
    """The folded unit words a "how much / how many" question asks for ([] when none; None: no amount). A
    unit spelled in words is read as its abbreviation ("héc-ta" -> "ha"; ``phrases.canonical_units``)."""
    question = canonical_units(question)
    # "mấy" folds to "may", as "bộ máy" does: the question word is matched with its tone when it has one
    hit = None
    if _DURATION_RE.search(fold(question) if vt.is_accentless(question) else vt.nfc(question).lower()):
        return [DURATION]  # "trong vòng bao lâu?": a length of time, in days, months or years
    if _EN_DURATION_RE.search(fold(question)):
        return [DURATION]  # "How long does a household have to look after the cow?": a length of time
    if _CLOCK_RE.search(fold(question)):
        return None  # "khai mạc lúc mấy giờ?": the hour of the day, not a number of hours
    if not re.search(r"\b(bao nhiêu|bao nhieu|how much|how many)\b", vt.nfc(question).lower()) and (
        _WHICH_TH_RE.search(fold(question))
    ):
        return None  # "tổ chức vào thứ mấy?", "Đại hội lần thứ mấy?": a weekday or an ordinal asked
    if vt.is_accentless(question):
        m = _AMOUNT.search(fold(question))
    else:
        cased = vt.nfc(question).lower()
        hit = re.search(r"\b(bao nhiêu|mấy|how much|how many)\b", cased)
        m = _AMOUNT.search(fold(cased[hit.start() :])) if hit else None
    if not m:
        # "What is the total budget of ...?": an amount of money asked without "how much"; "What is the
        # overdue debt ratio ...?": a rate, as "Tỷ lệ ... là bao nhiêu?" asks it (any figure, a percentage)
        if _EN_FEE_RE.search(fold(question)):
            return []
        if _EN_MONEY_RE.search(fold(question)):
            return ["tien"]
        return [] if _EN_RATE_RE.search(fold(question)) else None
    raw = (m.group(2) or "").split()
    # the unit's words as typed, where the question has diacritics (fold keeps one character for one)
    typed = raw
    if hit is not None:
        tail = cased[hit.start() :]
        if len(fold(tail)) == len(tail) and m.group(2):
            typed = tail[m.start(2) : m.end(2)].split()
    typed = typed if len(typed) == len(raw) else raw
    accentless = typed is raw

    def ends(i: int) -> bool:
        """Whether the unit's i-th word ends it ("mấy trường sẽ ..."), told by its tone when typed."""
        return (raw[i] in _UNIT_END) if accentless else (typed[i] in _UNIT_END_CASED)

    if m.group(1) == "how much" and raw and raw[0] in _EN_AUXILIARIES:
        # "How much can a cooperative borrow?": no noun names the unit; a verb of money asks for a sum
        folded = fold(question)
        if _EN_FEE_RE.search(folded):
            return []
        return ["tien"] if _EN_MONEY_VERB_RE.search(folded) or _EN_MONEY_RE.search(folded) else []
    if raw and raw[0] in _EN_MONEY_WORDS:
        return ["tien"]  # "how much money / funding": a sum in đồng
    if m.group(1) in ("how much", "how many") and raw:
        # "How much support does each house receive?", "How many households registered ...?": the unit the
        # documents write, as a Vietnamese question's ("bao nhiêu tiền", "bao nhiêu hộ")
        unit = _english_unit(question, raw)
        if unit is not None:
            return unit
    if raw and raw[0] in _GENERIC_UNITS:
        return []  # "bao nhiêu cái", "mấy con số": any count answers
    if raw and raw[0] == "nguoi":
        return ["nguoi"]  # a count of people, written with any noun for people ("15 cán bộ", "05 đồng chí")
    if len(raw) == 2 and " ".join(raw) in _people():
        return raw  # "mấy đảng viên", "bao nhiêu thành viên": a noun for people, one word of two syllables
    source = fold(cased[hit.start() :]) if hit is not None else fold(question)
    three = source[m.start(2) :].split()[:3] if m.group(2) else []
    if len(three) == 3 and " ".join(three) in _people():
        return three  # "bao nhiêu cựu chiến binh đi thi": a noun for people of three syllables
    # the unit is the first word before any word that ends it ("bao nhiêu từ Quỹ ...": none)
    cut = next((i for i in range(len(raw)) if ends(i)), len(raw))

    def stop(i: int) -> bool:
        """Whether the unit's i-th word is a verb or frame word, told by its tone when typed: "có" (has)
        is one, "cơ" of "cơ sở" (trial 28 p52: "bao nhiêu cơ sở Hội") is not."""
        return (raw[i] in _UNIT_STOP) if accentless else (typed[i] in _UNIT_STOP_CASED)

    first = next((i for i in range(cut) if not stop(i)), None)
    words = [raw[first]] if first is not None else []
    if (
        words
        and len(raw) > first + 1
        and not stop(first + 1)
        and raw[first + 1] not in _EN_AUXILIARIES
        and not ends(first + 1)
    ):
        words.append(raw[first + 1])
    if len(words) == 2 and not _one_word(question, words):
        words = words[:1]  # "mấy hộ vay": the unit is "hộ", the verb after it says which ones
    if len(words) == 2 and words[0] in _time_units() and not _time_units(" ".join(words)):
        # "mấy giờ khai mạc?", "bao nhiêu ngày tập huấn?": a unit of time takes no second word but its own
        # ("ngày làm việc"); the word after it is the act timed (the tagger often reads it as a noun)
        words = words[:1]
    if not words and _MONEY_RE.search(fold(question)):
        return ["tien"]  # "Giá vé ... là bao nhiêu?": the quantity asked is money, written "... đồng"
    if not words and _VI_MONEY_VERB_RE.search(fold(question)):
        return ["tien"]  # "Mỗi hộ được vay tối đa bao nhiêu từ Quỹ ...?": a verb of money asks a sum
    if not words and hit is not None and _SPENDING_RE.search(cased):
        # "Chi khắc dấu ... là bao nhiêu?": what is spent on an item is a sum in đồng (a budget's "Nội
        # dung chi" naming the item writes no sum; its "Mức chi" does: trial 34 p47). Read with its tone:
        # "chỉ", "chi bộ", "chi hội" are no spending
        return ["tien"]
    if not words:
        # "Diện tích ... là bao nhiêu?": the quantity named asks for its units (``quantity_units``)
        folded = fold(question)
        named = [q for q in quantity_units() if re.search(rf"\b{q}\b", folded)]
        if named:
            return [named[0]]
    if words and (_MONEY_RE.fullmatch(" ".join(words)) or _MONEY_RE.fullmatch(words[0])):
        return ["tien"]  # "bao nhiêu kinh phí / tiền": money too, a sum in đồng for that noun
    return words


# English words counting people that the glossary leaves out: any noun for people counts them ("15 cán bộ")
_EN_PEOPLE = frozenset("people persons participants attendees individuals".split())
# English nouns counting occurrences or kinds, no unit written with a figure ("How many times a year?")
_EN_GENERIC = frozenset("times items things kinds types ways".split())
# English units of time kept as they are: the length-of-time readers know them (``answer.times``)
_EN_TIME_UNITS = frozenset("days months weeks years hours day month week year hour".split())


def _measure_units() -> frozenset[str]:
    """The units of measure as documents write them, folded ("ha", "km", "tan": ``unit_spellings``)."""
    from assistant.lexicon.phrases import unit_spellings

    return frozenset(fold(u).lower() for u in unit_spellings())


# an English plural noun, folded ("houses", "members", "households"; not "less", "bus", "this")
_EN_PLURAL_RE = re.compile(r"^[a-z]{3,}(?<![su])s$")


def _english_unit(question: str, raw: list[str]) -> list[str] | None:
    """The unit of an English "how much / how many" question, as the documents write it (folded): a sum
    in đồng for "how much" with a word of money ("How much support does each house receive?", "How much
    in savings ..."), the Vietnamese noun the glossary gives for a counted noun ("households" -> "hộ"; one
    of two words, or "nguoi" when all its terms count people: "members" -> đoàn viên, hội viên), the
    English units of time and the documents' own units of measure as they are; None (read as before) for
    a noun with no one Vietnamese unit. An English word is no unit any Vietnamese sentence writes."""
    folded = fold(question)
    while raw and raw[0] in _EN_FUNCTION_WORDS:
        raw = raw[1:]  # "how much in savings": the noun follows
    if not raw:
        return None
    if raw[0] in _EN_TIME_UNITS or raw[0] in _measure_units():
        return raw[:1]  # a unit of time, or one the documents write the same way ("hectares" read "ha")
    if raw[0] in _UNIT_STOP or raw[0] in _EN_AUXILIARIES or raw[0] in _EN_GENERIC:
        return None
    money = _EN_MONEY_VERB_RE.search(folded) or _EN_MONEY_RE.search(folded) or raw[0] in _EN_MONEY_WORDS
    if re.search(r"\bhow much\b", folded) and money:
        return ["tien"]
    if raw[0] in _EN_PEOPLE or (len(raw) > 1 and raw[1] in _EN_PEOPLE):
        return ["nguoi"]  # "how many people", "how many young people": a count of people, any noun for them
    from assistant.lexicon.words import glossary_terms

    terms = glossary_terms(" ".join(raw)) if len(raw) == 2 else []
    if not terms and len(raw) > 1 and _EN_PLURAL_RE.search(raw[1]) and not _EN_PLURAL_RE.search(raw[0]):
        # "How many new houses ...?", "How many new members ...?": a word before the plural noun qualifies
        # it; the plural is what is counted ("120 căn nhà"), not "mới"
        raw = raw[1:]
        if raw[0] in _EN_PEOPLE:
            return ["nguoi"]
    terms = terms or glossary_terms(raw[0])
    if not terms and raw[0].endswith("s"):
        terms = glossary_terms(raw[0][:-1])  # "producers" -> "producer"
    units = [fold(t) for t in terms]
    if units and all(u in _people() for u in units):
        return ["nguoi"]
    if len(units) == 1 and len(units[0].split()) <= 2:
        return units[0].split()
    return None


# Words a qualifier of a counted noun may be (pyvi's tags): nouns and adjectives ("hội viên **nữ**",
# "đại biểu **chính thức**"), "là" and the noun after it ("hội viên **là đảng viên**").
_QUALIFIER_TAGS = frozenset(["N", "A", "Nc"])


def amount_qualifier(question: str) -> list[str]:
    """The folded words right after a counted unit that say which of them the question counts: "bao nhiêu
    hội viên **nữ**?", "bao nhiêu hội viên **là đảng viên**?" (["nu"], ["la", "dang", "vien"]); [] when the
    unit is followed by a verb ("bao nhiêu người tham dự?": the act is the rest of the question), a name
    ("mấy cơ sở Hội ..."), another word or nothing, and for money, rates and lengths of time. A count of
    the unit written without those words counts all of them, not the ones asked (trial 28 n08)."""
    unit = amount_unit(question)
    if not unit or unit in (["tien"], [DURATION]) or not vt.has_diacritics(question):
        return []
    folded = fold(question)
    words = r"\s+".join(map(re.escape, unit))
    m = re.search(rf"\b(?:bao nhieu|may)\s+{words}\b", folded)
    if m is None or unit[0] in _time_units() or unit[:2] == ["phan", "tram"]:
        return []
    rest = re.split(r"[?,;.!:]", question[m.end() :], maxsplit=1)[0]
    tagged = compound_tags(rest) if rest.strip() else None
    out: list[str] = []
    for i, (word, tag) in enumerate(tagged or []):
        surface = word.replace("_", " ")
        if i == 0 and fold(surface) == "la" and len(tagged) > 1:
            out.append("la")
            continue
        if tag not in _QUALIFIER_TAGS or surface[:1].isupper() or fold(surface) in _UNIT_END:
            break
        out.extend(fold(surface).split())
    return [] if out == ["la"] else out


@cache
def _time_units(prefix: str = "") -> frozenset[str]:
    """The one-word units of a length of time ("ngày", "giờ", ``quantity_units`` "thoi gian"), folded;
    with ``prefix``, the longer units opening with it ("ngay lam" of "ngay lam viec")."""
    units = quantity_units()[DURATION]
    if prefix:
        return frozenset(u for u in units if u != prefix and u.startswith(f"{prefix} ") or u == prefix)
    return frozenset(u for u in units if " " not in u)


# Counting words a counted noun follows ("120 suất học bổng", "1.450 lượt hội viên", "02 bộ hồ sơ"), folded.
_COUNTING_WORDS = frozenset("suat luot phan chiec cuon tam bo goi".split())


def _one_word(question: str, unit: list[str]) -> bool:
    """Whether the two folded syllables of a unit name one thing ("hội viên", "tổ hợp", "tỷ đồng"), not a
    noun and the verb or adjective after it ("hộ vay", "hộ nghèo": the documents count "08 hộ") nor a
    counting word and the first syllable of the noun after it ("suất học bổng": "suất"), by pyvi's tagger.
    True when the question has no diacritics or the tagger fails (the two are kept as before)."""
    tagged = _pos_tags(vt.nfc(question)) if vt.has_diacritics(question) else None
    if tagged is None:
        return True
    words, tags = tagged
    folded = [vt.fold(w) for w in words]
    for i in range(len(folded) - 1):
        if folded[i] == unit[0] and folded[i + 1].split("_")[0] == unit[1]:
            # after a counting word, the second syllable opening a word of its own ("suất học_bổng": a count
            # of "suất" of scholarships, not "suất học"; trial 31 p13) names what is counted, not the unit
            # (a noun's own qualifier stays: "ảnh chân_dung", not the "05 ảnh về mô hình" beside it)
            counter = unit[0] in _COUNTING_WORDS and "_" in folded[i + 1]
            return tags[i + 1] not in ("V", "A") and not counter
    return True


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
    r"\b(?i:xã|huyện|tỉnh|thành phố|TP\.?|phường|quận|thị xã|thị trấn|thôn|bản|ấp)\s+"
    r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w]*)(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ0-9][\w]*){0,3})"
)
# A level's body named by the level word and the body's head word, capitalised ("Tỉnh Đoàn", "Huyện Đoàn",
# "Quận Đoàn", "Thị Đoàn"): the name after it is the place the body is of.
_LEVEL_BODY_RE = re.compile(r"\b(Tỉnh|Huyện|Quận|Thị|tỉnh|huyện|quận) Đoàn(?=\s)")
# The same typed without diacritics ("xa Phu Thanh"): only lower-case administrative words, and not
# "ban" / "quan" / "ap", which are also "Ban" (a board), "quan" and "áp" once folded.
_ADMIN_ACCENTLESS_RE = re.compile(
    r"\b(?:xa|huyen|tinh|thanh pho|phuong|thi xa|thi tran|thon)\s+"
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
_SENT_BEFORE_RE = re.compile(
    r"\b(?:gui|nop|chuyen|tiep nhan|nhan|tra|tong hop|(?<!bao )gom|tap hop|thu thap)\s+(?:lai\s+)?"
    r"(?:(?:du|day du|het|xong|ca)\s+)?$"
)


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
    if m is None or _SENT_BEFORE_RE.search(folded[max(0, m.start() - 20) : m.start()]):
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
    r"o dau|tai dau|(?:(?:o|tai)\s+)?(?:dia diem nao|noi nao))"
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
