"""Follow-up questions, resolved by rules (extractive mode) before retrieval.

Users ask the way they talk: "Còn Hội Nông dân thì sao?" after "Hội phụ nữ phải làm gì theo Kết luận
62?", or "Văn bản đó ban hành ngày nào?". Retrieval needs the whole question, so the follow-up is
rewritten against the previous question (``history`` holds earlier user questions, oldest first):

- organisation swap: the follow-up names an organisation and otherwise carries little; the previous
  question's organisation is replaced by the new one (or the new one is added);
- document carry: "văn bản đó/này/trên", "that document", "it" become the previous question's document
  ("Kết luận 62-KL/TW"), taken from a number it names or, failing that, from its top retrieved document
  (``previous_doc`` callback, supplied by the Assistant);
- task carry: a bare follow-up asking another fact ("Hạn chót là khi nào?", "Gửi cho ai?") asks it of the
  previous question's body as written (a unit with its organisation and place, "Văn phòng Hội ... huyện X")
  and of its task: its act, or the topic of a duties question ("có nhiệm vụ gì về quyết toán kinh phí");
- parent switch: a follow-up naming the organisation of the unit asked before ("Còn Hội Nông dân thì sao?"
  after "Ban Kinh tế - Xã hội của Hội Nông dân huyện ...") asks about that organisation, not the unit.

In LLM mode the Assistant asks the model first (``llm.condense``) and uses these rules as the fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant import text as vt
from assistant.answer.demonstratives import with_named
from assistant.answer.event_pointer import points_to_event, with_event
from assistant.answer.followup_previous import (
    HANDING_ON,
    LEVEL_END_RE,
    PLURAL_BEFORE_RE,
    OrgFinder,
    actor_phrase,
    doc_label_of,
    doc_phrase,
    duty_task,
    outside_identifiers,
    topic_words,
    without_asked,
    without_frame,
)
from assistant.answer.followup_task import lead_task
from assistant.answer.followup_values import value_swap, with_counted_subject
from assistant.answer.pronouns import body_pronoun, refers_back, with_body, without_pronoun
from assistant.answer.terms import content_tokens
from assistant.lexicon.phrases import action_variants, body_name_tail
from assistant.query import QueryInfo, analyze
from assistant.query.actions import asked_action_object
from assistant.query.lead_asks import asks_coordinator
from assistant.query.subjects import procedure_phrase
from assistant.text import fold

_FOLLOW_START = re.compile(r"^(con|the con|vay con|vay thi|va|and|what about|how about|and what about)\b")
# "Vậy việc tổng kết được tiến hành vào lúc nào?": "so, ..." draws on what was asked before (with its tone:
# folded, "vay" is also "vay vốn", to borrow; library3 dev l3-party-32)
_SO_START = re.compile(r"^\s*vậy(?:\s+thì)?\b[,\s]*")
_FOLLOW_ANY = re.compile(r"\b(thi sao|the nao|ra sao|nhu the nao|then|too|as well)\b\W*$")
_DOC_REF = re.compile(
    r"(văn bản|kết luận|thông báo|kế hoạch|nghị quyết|chỉ thị)\s+(đó|này|trên|ấy|nói trên)|"
    r"\b(van ban|ket luan|thong bao|ke hoach|nghi quyet|chi thi)\s+(do|nay|tren|ay)\b|"
    r"\b(that|this|the same|the previous) (document|conclusion|notice|plan|resolution|directive)\b|"
    r"\bit\b(?= (was|is) (issued|signed|dated))",
    re.IGNORECASE,
)


@dataclass
class Resolution:
    """The question retrieval should use, and what was carried from the history."""

    question: str
    is_followup: bool = False
    carried_doc: str | None = None  # label of the carried document
    swapped_org: str | None = None  # org id put into the previous question
    # asked when ``question`` finds nothing: "X phải làm gì (Công văn 418)?" where X's own item sets no time
    fallback: str | None = None


def _pointed_back(
    question: str, prev: str, prev_info: QueryInfo, own_info: QueryInfo, finder: OrgFinder
) -> Resolution | None:
    """A follow-up pointing back with a pronoun (``pronouns``: "với họ", "ở đó", "việc đó", "that unit")
    and naming no body or document of its own. The pronoun is the previous question's body when it named
    one ("Họ phải nộp báo cáo trước ngày nào?" after "Hội Nông dân xã có nhiệm vụ gì ...?" asks it of "Hội
    Nông dân xã"); a follow-up with a topic of its own ("Phần trang trí ở đó phải xong trước khi nào?"
    after "Lễ kỷ niệm ... tổ chức ở đâu?") asks that topic, in the previous question's document when it
    named one; one asking only another fact, or a body the previous question did not name ("Đơn vị nào
    phối hợp với họ?" after "Ai phụ trách bảo đảm an
    ninh trật tự ...?") asks it of the previous question's task: "Ai phụ trách bảo đảm an ninh trật tự ...
    — đơn vị nào phối hợp?" (newcomer trial 42 f1, f2). None otherwise."""
    rest = without_pronoun(question)
    if rest is None or own_info.orgs or own_info.bodies or own_info.doc_numbers or own_info.doc_descriptions:
        return None
    body = body_pronoun(question)
    actor = actor_phrase(prev, prev_info, finder) if body else None
    if actor:
        return Resolution(with_body(question, actor), True)
    if not body and topic_words(rest):
        phrase = doc_phrase(prev)
        return Resolution(f"{rest} {phrase}?" if phrase else f"{rest}?", True, carried_doc=phrase)
    task = duty_task(prev) or without_asked(prev)
    return Resolution(f"{task} — {rest[:1].lower()}{rest[1:]}?", True)


# syllables: "Hạn chót là khi nào?"; "Mỗi nhà được hỗ trợ bao nhiêu tiền?" (8) leans on context too (trial 12)
_ELLIPTICAL_MAX_WORDS = 9


def is_elliptical(question: str) -> bool:
    """A short question naming no body and no document ("Hạn chót là khi nào?", "Ai chủ trì?"): asked
    in a conversation, it is about the previous question's body and document."""
    if len(question.split()) > _ELLIPTICAL_MAX_WORDS:
        return False
    info = analyze(question)
    return not (info.orgs or info.bodies or info.doc_numbers or info.doc_descriptions)


def _asks_facts_only(question: str) -> bool:
    """A question of any length asking only facts of a task ("Thời hạn thực hiện là khi nào, đơn vị nào
    phối hợp?": fact and question words, no topic word, body or document): asked in a conversation, it asks
    them of the previous question's task (newcomer trial 48 f1, 10 syllables)."""
    if topic_words(question) or not content_tokens(question):
        return False
    info = analyze(question)
    return not (info.orgs or info.bodies or info.doc_numbers or info.doc_descriptions)


def is_followup(question: str, history: list[str]) -> bool:
    """True when the question leans on earlier ones ("Còn ...", "... thì sao?", "that document", or a
    short question naming neither body nor document)."""
    if not history:
        return False
    q = fold(question).strip()
    return bool(
        _FOLLOW_START.search(q)
        or _SO_START.search(vt.normalize(question).lower())
        or _FOLLOW_ANY.search(q)
        or _DOC_REF.search(question)
        or is_elliptical(question)
        or _asks_facts_only(question)
        or refers_back(question)
        or points_to_event(question)
    )


def _strip_followup_words(question: str) -> str:
    q = re.sub(
        r"^\s*(còn|thế còn|vậy còn|vậy thì|vậy|và|and|what about|how about)\b[,\s]+",
        "",
        question,
        flags=re.IGNORECASE,
    )
    q = re.sub(r"\s*(thì sao|thế nào|ra sao|then|too|as well)\s*\??\s*$", "", q, flags=re.IGNORECASE)
    return q.strip(" ?")


def resolve(
    question: str,
    history: list[str],
    find_orgs: OrgFinder | None = None,
    org_names: dict[str, str] | None = None,
    previous_doc: Callable[[str], str | None] | None = None,
) -> Resolution:
    """Rewrite a follow-up into a standalone question; other questions come back unchanged. A follow-up
    typed without diacritics is rewritten without them ("Con doan vien bo sinh hoat may thang ...?" ->
    "... (Dieu le DOAN THANH NIEN ...)?"; ``text.fold_cased``, the carried label kept in
    ``carried_doc``): the words it carries over made it read as typed with diacritics, so it lost what an
    accent-less question gets (the restoration, its everyday words' wordings, its "may thang" read as
    "mấy tháng") while its accented twin kept them (library dev lib-dld-06)."""
    resolution = _resolve(question, history, find_orgs, org_names, previous_doc)
    if resolution.question != question and vt.is_accentless(question):
        from dataclasses import replace

        return replace(resolution, question=vt.fold_cased(resolution.question))
    return resolution


def _resolve(
    question: str,
    history: list[str],
    find_orgs: OrgFinder | None,
    org_names: dict[str, str] | None,
    previous_doc: Callable[[str], str | None] | None,
) -> Resolution:
    if not is_followup(question, history):
        return Resolution(question)
    prev = history[-1]
    if len(history) > 1:  # the previous question may itself have been a follow-up
        prev = resolve(prev, history[:-1], find_orgs, org_names, previous_doc).question
    names = org_names or {}
    finder = outside_identifiers(find_orgs or (lambda _t: []))

    doc_match = _DOC_REF.search(question)
    if doc_match:
        label = doc_label_of(prev, previous_doc)
        if label:
            rewritten = question[: doc_match.start()] + label + question[doc_match.end() :]
            return Resolution(rewritten, True, carried_doc=label)
    # "chi hội đó", "đồng chí ấy": the unit, place or person the previous question named (trial 45 q23, q24)
    named = with_named(question, prev)
    if named is not None:
        return Resolution(named, True)
    # "Thế hạn chót của hội nghị đó là khi nào?": the previous question's event (library4 l4-mttq-32)
    pointed_event = with_event(question, prev)
    if pointed_event is not None:
        return Resolution(pointed_event, True)

    # Only a body the follow-up asks about as its actor is swapped in ("Còn Hội Nông dân thì sao?"); one
    # named as an issuer or topic ("Còn bản sao lục của Tỉnh ủy Bình Thuận do ai ký?") is part of a new
    # question about the same document.
    own_info = analyze(question)
    pointed = _pointed_back(question, prev, analyze(prev), own_info, finder)
    if pointed is not None:
        return pointed
    if own_info.intent == "lead" and asks_coordinator(question):
        # "Còn Đoàn các xã thì phối hợp với ai?" asks the partners of the body it names, in the previous
        # question's task: that body is its subject, as in any follow-up naming a body, not a lead asked
        own_info = replace(
            own_info, intent=None, subject_orgs=list(own_info.orgs), subject_bodies=list(own_info.bodies)
        )
    # A body written with its place ("Còn Đoàn xã Phước Hưng thì sao?" after "Đoàn xã Phước Lâm phải ...")
    # replaces the previous question's body as written, place and all: the registry's canonical name
    # would drop the place and leave the previous commune in the question.
    prev_info = analyze(prev)
    new_bodies = own_info.subject_bodies
    named = _strip_followup_words(question)
    if new_bodies and named != question.strip(" ?"):
        # the body as named without the follow-up's own words: "Còn Hội LHPN thì sao?" names "Hội LHPN", which
        # the shape of a name read on into "thì"
        new_bodies = [b for b in new_bodies if b in named] or analyze(named).subject_bodies
    old_bodies = prev_info.subject_bodies
    # "Còn Ban Kinh tế - Xã hội Hội Nông dân huyện phải làm gì, hạn khi nào?": a question of its own about
    # its own body; only the previous question's document is carried (below), not its task
    whole = bool(own_info.intent or own_info.asked_action) and bool(new_bodies or own_info.subject_orgs)
    if whole:
        new_bodies = []
    own = _own_item(question, named, own_info, prev, prev_info, finder, previous_doc)
    if own is not None:
        return own
    if new_bodies and old_bodies and old_bodies[0] in prev and fold(new_bodies[0]) != fold(old_bodies[0]):
        swapped = own_info.subject_orgs[0] if own_info.subject_orgs else None
        old = old_bodies[0]
        actor = actor_phrase(prev, prev_info, finder)
        if actor and actor != old and finder(new_bodies[0]):
            # "Còn Hội Nông dân các xã thì sao?" after "Ban Kinh tế - Xã hội của Hội Nông dân huyện ...": a
            # body naming its own organisation takes the place of the unit and the organisation it was named
            # with ("Còn Ban Tổ chức thì sao?" is that organisation's other unit: the unit alone is replaced)
            old = actor
        return Resolution(prev.replace(old, new_bodies[0], 1), True, swapped_org=swapped)
    old_orgs = [m for m in finder(prev) if m[0] in set(prev_info.subject_orgs)]
    if new_bodies and not old_bodies and old_orgs and not own_info.subject_orgs:
        # "Còn Ban Kinh tế - Xã hội thì sao?" after "Hội Nông dân xã phải gửi ... trước ngày nào?": a body
        # outside the registry takes the place of the registry body the previous question asked about
        _, a, b = old_orgs[0]
        return Resolution(prev[:a] + new_bodies[0] + prev[b:], True)
    actors = set() if whole else set(own_info.subject_orgs)
    new_orgs = [m for m in finder(question) if m[0] in actors]
    if new_orgs:
        org_id = new_orgs[0][0]
        name = names.get(org_id) or question[new_orgs[0][1] : new_orgs[0][2]]
        mention = question[new_orgs[0][1] : new_orgs[0][2]]
        written_body = next((b for b in new_bodies if mention in b), None)
        tail = body_name_tail(question, new_orgs[0][2])
        if not written_body and tail > new_orgs[0][2]:
            # "Còn các chi bộ thôn?": the unit the follow-up names its body by ("thôn") and the plural before
            # it are part of the body asked about; the registry's name ("chi bộ") alone is another body
            plural = PLURAL_BEFORE_RE.search(question, 0, new_orgs[0][1])
            mention = question[plural.start() if plural else new_orgs[0][1] : tail]
        if written_body:
            name = written_body  # "Còn Đoàn xã Phước Hưng thì sao?": the body as written, its place with it
        elif LEVEL_END_RE.search(fold(mention)):
            name = mention  # "Còn Hội phụ nữ xã thì sao?": the level asked goes with the name
        old = finder(prev)
        actor = actor_phrase(prev, prev_info, finder)
        parent = [(a, b) for org, a, b in old if org == org_id and actor and prev.find(actor) < a]
        if parent and actor:
            # "Còn Hội Nông dân thì sao?" after "Ban Kinh tế - Xã hội của Hội Nông dân huyện ... phải làm
            # gì?": the organisation whose unit was asked about, as the follow-up names it, not that unit
            written = question[new_orgs[0][1] : new_orgs[0][2]]
            return Resolution(prev.replace(actor, written, 1), True, swapped_org=org_id)
        if old:
            _, a, b = old[0]
            level = LEVEL_END_RE.search(fold(prev[a:b]))
            if level and not written_body and not LEVEL_END_RE.search(fold(name)):
                # "Còn Đoàn Thanh niên thì sao?" after "Hội Phụ nữ xã Hòa Lạc ...": the level (and the
                # place after it) stays with the new body, named as the follow-up names it
                name = f"{mention} {prev[a:b][level.start():]}"
            rewritten = prev[:a] + (name[:1].upper() + name[1:] if a == 0 else name) + prev[b:]
        elif prev_info.subject_bodies and _asks_after(named, mention):
            # "Còn Hội LHPN xã thì được giao gì?" after "Ban Quản lý chợ X được giao nhiệm vụ gì trong Thông
            # báo 47?": the follow-up asks its own question of the body it names, in the previous question's
            # document; the previous body (outside the registry) is no part of it (newcomer trial 41 q28)
            own_ask = re.sub(r"\s+thì\s+", " ", named, count=1, flags=re.IGNORECASE)
            carried = doc_phrase(prev)
            label = None if carried else doc_label_of(prev, previous_doc)
            where = carried or (f"({label})" if label else "")
            asked = f"{own_ask} {where}".rstrip() + "?"
            return Resolution(asked, True, swapped_org=org_id, carried_doc=carried or label)
        else:
            rewritten = f"{prev.rstrip(' ?')} ({name})?"
        return Resolution(rewritten, True, swapped_org=org_id)

    # A topic follow-up with no organisation or document reference: ask the new words about the previous
    # question's document ("Còn tổng kết thì vào lúc nào?" + "... theo Kết luận giai đoạn 2021-2025 ...").
    rest = _strip_followup_words(question)
    # The previous question's actor goes with it ("Hạn chót là khi nào?" after "Hội phụ nữ các cấp phải
    # làm gì ...?" asks for the Women's Union's deadline).
    # A "Còn <topic> thì sao?" follow-up changes the topic and may change who acts ("Còn tổng kết thì vào
    # lúc nào?" is not the district committees' task): only a bare short question keeps the actor.
    q = fold(question).strip()
    switched = bool(_FOLLOW_START.search(q) or _FOLLOW_ANY.search(q))
    swapped_value = value_swap(prev, rest) if switched else None
    if switched and not swapped_value:
        # "Thế còn báo cáo sơ kết 6 tháng?" after "... gửi báo cáo tháng lên huyện trước ngày nào?": the same
        # question of the other report, the phrase it names in place of the previous one
        swapped_value = vt.swap_head_phrase(prev, rest) if rest else None
    if swapped_value:
        # "Còn năm 2035 thì sao?" after "Chỉ tiêu diện tích lúa ... năm 2034 là bao nhiêu?": the same question
        # of another year (school year, quarter, month), the indicator asked and all the rest of it kept
        return Resolution(swapped_value, True)
    if switched and rest and not topic_words(rest):
        # "Còn đơn vị phối hợp là ai?" after "Ai chủ trì lớp tập huấn lúa hữu cơ?": another fact of the same
        # task, which only the previous question names
        return Resolution(f"{prev.rstrip(' ?')} — {rest[:1].lower()}{rest[1:]}?", True)
    own_words = topic_words(rest) if rest else []
    # the previous question's act, and the verbs written for the same act ("báo cáo" / "gửi" / "nộp")
    prev_act = prev_info.asked_action or asked_action_object(prev, deadline=True)[0]
    act_words = {w for v in action_variants(prev_act) for w in v.split()} if prev_act else set()
    # "Gửi cho ai?" after "... phải hoàn chỉnh dự thảo báo cáo chính trị trước ngày nào?": handing on what the
    # task makes is part of that task
    same_task = own_words and set(own_words) <= set(content_tokens(prev)) | act_words | HANDING_ON
    # "Hạn chót là khi nào?" after "Văn phòng Hội ... có nhiệm vụ gì về quyết toán kinh phí?": the duties
    # question's topic is the task asked about, as an act would be
    task = duty_task(prev) or lead_task(prev)  # "Nhiệm vụ X ... do ai chủ trì?": task X (trial 44 q28)
    if not switched and rest and (same_task or (not own_words and (prev_act or task))):
        # "Gửi cho cơ quan nào?" after "Chi hội trưởng phải gửi báo cáo ... bao lâu một lần?": its only topic
        # words repeat the previous question's act; "Hạn chót là khi nào?" after "Hội Nông dân xã báo cáo kết
        # quả ... cho ai?" has none: either asks another fact of that same task, not the body's other tasks
        ask = without_frame(rest) if task or prev_act else rest
        return Resolution(f"{task or without_asked(prev)} — {ask[:1].lower()}{ask[1:]}?", True)
    prev_actors = set() if switched else set(prev_info.subject_orgs)
    carried = [prev[a:b] for org, a, b in finder(prev) if org in prev_actors]
    if carried and not switched:
        # the body as the previous question wrote it, a unit of the organisation with it ("Văn phòng Hội
        # phụ nữ huyện Đông Lâm"), not the registry organisation alone
        carried = [actor_phrase(prev, prev_info, finder) or carried[0]]
    if carried and rest and fold(carried[0]) not in fold(rest):
        rest = f"{carried[0]} {rest[:1].lower()}{rest[1:]}"
    # So does the previous question's procedure ("Phải nộp trong bao lâu?" after "Hồ sơ đại hội chi hội
    # CCB gồm những giấy tờ gì?" asks when those papers are due), unless the follow-up names its own.
    topic = None if switched or own_info.procedure_topic else procedure_phrase(prev)
    if topic and rest and fold(topic) not in fold(rest):
        rest = f"{topic} {rest[:1].lower()}{rest[1:]}"
    if rest:
        rest = with_counted_subject(rest, prev)
    # A follow-up naming its own document ("Thế còn Thông báo 160 thì giao cho ai?") asks about that one:
    # the previous question's document is not carried into it.
    if rest and (own_info.doc_numbers or own_info.doc_descriptions):
        return Resolution(f"{rest}?", True)
    phrase = doc_phrase(prev)
    if phrase and rest:
        return Resolution(f"{rest} {phrase}?", True, carried_doc=phrase)
    label = doc_label_of(prev, previous_doc)
    if label and rest:
        rewritten = f"{rest} ({label})?"
    elif topic and rest:
        rewritten = f"{rest}?"  # the procedure carried says what the previous question did
    else:
        rewritten = f"{prev.rstrip(' ?')} — {rest}?"
    return Resolution(rewritten, True, carried_doc=label)


def _asks_after(named: str, mention: str) -> bool:
    """Whether a follow-up, its opening words stripped (``named``), asks something of its own after the
    body's name (``mention`` and the level or place after it, ``body_name_tail``): "Hội LHPN xã thì được
    giao gì", not "Hội LHPN xã" alone."""
    at = named.find(mention)
    if at < 0:
        return False
    rest = named[body_name_tail(named, at + len(mention)) :]
    return bool(re.sub(r"^\s*thì\b", "", rest.strip(), flags=re.IGNORECASE).strip())


# Words asking a fact of their own (folded): "Còn Đoàn các xã thì phối hợp với ai?" asks its own question.
_ASK_WORD_RE = re.compile(r"\b(?:ai|gi|nao|bao nhieu|bao gio|bao lau|may|o dau|sao|the nao)\b")
# A department's first words (folded): "Ban Tổ chức - Kiểm tra", "Văn phòng", named without its organisation.
_UNIT_START_RE = re.compile(r"^(?:cac\s+)?(?:ban|van phong|phong|to)\s")


def _own_item(
    question: str,
    named: str,
    own_info: QueryInfo,
    prev: str,
    prev_info: QueryInfo,
    finder: OrgFinder,
    previous_doc: Callable[[str], str | None] | None,
) -> Resolution | None:
    """A follow-up switching to another body in the previous question's document: "Còn các chi bộ trực
    thuộc thì sao?" after a deadline question asks the deadline of that body's own item there, not the
    previous body's act (which the new body may not do: its row is another); "Còn Đoàn các xã thì phối hợp
    với ai?" asks its own question of that body there. None for another follow-up."""
    if named == question.strip(" ?") or not (own_info.subject_bodies or own_info.subject_orgs):
        return None
    folded = fold(named)
    if own_info.intent or own_info.asked_action or own_info.doc_numbers or own_info.doc_descriptions:
        return None
    body = named
    m = re.search(r"\s+thì\s+", named)
    ask = ""
    if m:
        body, ask = named[: m.start()], named[m.end() :]
    elif _ASK_WORD_RE.search(folded):
        return None
    if ask and (not _ASK_WORD_RE.search(fold(ask)) or topic_words(ask)):
        # "Còn Ban Thường trực MTTQ xã thì phải báo cáo lên huyện hạn nào?" names a task of its own (the
        # previous question's, carried as written below); only an ask of another fact is asked here
        return None
    if not ask and prev_info.intent != "deadline":
        return None
    if not ask and topic_words(body) == [] and not finder(body):
        return None
    # "Còn Ban Tổ chức - Kiểm tra thì sao?" after "Văn phòng Hội Nông dân huyện ...": the department is the
    # previous body's organisation's ("Ban Tổ chức - Kiểm tra Hội Nông dân huyện")
    actor = actor_phrase(prev, prev_info, finder)
    if actor and _UNIT_START_RE.search(fold(body)) and _UNIT_START_RE.search(fold(actor)):
        own_ids = {org for org, _, _ in finder(body)}
        start = prev.find(actor)
        end = start + len(actor)
        parent = [(a, org) for org, a, _ in finder(prev) if start < a < end and org not in own_ids]
        if parent:
            body = f"{body} {prev[parent[0][0] : end]}"
    phrase = doc_phrase(prev)
    label = None if phrase else doc_label_of(prev, previous_doc)
    where = f" {phrase}" if phrase else f" ({label})" if label else ""
    body = body[:1].upper() + body[1:]
    if ask:
        return Resolution(f"{body} {ask.rstrip(' ?')}{where}?", True, carried_doc=phrase or label)
    # an item setting no time is still the body's item: its duties there are asked when the deadline is not
    return Resolution(
        f"{body} phải làm gì, trước ngày nào{where}?",
        True,
        carried_doc=phrase or label,
        fallback=f"{body} phải làm gì{where}?",
    )
