"""Reading the bodies at the head of a duty clause: "X, Y và Z ...", "X chủ trì, phối hợp (với) Y ...".

Works on the folded copy of a clause (``deadlines.fold_chars``: same offsets, plain ASCII), with the
organisation spans from ``OrgRegistry.find_in``. A coordinating list may also hold bodies that are not in the
registry but plainly are bodies ("các cơ quan, đơn vị có liên quan").
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.lexicon.levels import grade_alternation, level_syllables, tier_words, unit_alternation
from assistant.lexicon.phrases import (
    body_name_tail,
    folded_body_heads,
    folded_place_words,
    is_written_head,
    level_name_kinds,
    level_name_levels,
    place_levels,
)
from assistant.obligations.orgs import OrgRegistry
from assistant.obligations.unit_spelling import DISTRIBUTIVE_UNITS, PLURAL_UNITS, spelled_as_unit
from assistant.text import clean_spaces, fold, fold_chars, normalize

# A list label, also an article's or clause's number ("Điều 2.", "Khoản 3:") before its provision.
_LABEL_RE = re.compile(
    r"^\s*(?:[-•+*▪]\s*|(?:(?:dieu|khoan)\s+\d{1,3}[a-z]?\s*[.:]|"
    r"(?:\d{1,2}(?:\.\d{1,2}){0,2}|[ivx]{1,4}|[a-z])\s*[.)\-/]+)\s*)+"
)
# "các", "mỗi" before bodies; "đồng chí" before a post whose holder acts ("Giao đồng chí Phó Chủ tịch ...").
_DETERMINER_RE = re.compile(r"(?:cac|nhung|moi|tung|dong chi)\s+")
_CONNECTOR_RE = re.compile(r"\s*(?:,\s*(?:va\s+)?|\s+(?:va|cung|hoac)\s+)")
# A body that is not in the registry but is clearly one ("các cơ quan, đơn vị có liên quan").
_GENERIC_RE = re.compile(
    r"(?:(?:cac|nhung)\s+(?:co quan|don vi|ban|bo|nganh|so|dia phuong)|co quan|don vi)"
    r"(?:\s*,\s*(?:co quan|don vi|ban|bo|nganh|so|dia phuong|doan the))*"
    r"(?:\s+(?:nha nuoc|dang|doan the|thong tin|truyen thong|chuc nang|trong he thong chinh tri))?"
    r"(?:\s*,\s*(?:truyen thong))?(?:\s+tren dia ban)?(?:\s+(?:co\s+)?lien quan)?(?![a-z])"
)


def generic_body_end(text: str, folded: str, pos: int) -> int | None:
    """Where a generic body (``_GENERIC_RE``) starting at ``pos`` ends, or None. "đảng" is read with its
    diacritics: "Các đơn vị đăng ký ..." (folded "dang ky") is units registering, not party units."""
    g = _GENERIC_RE.match(folded, pos)
    if g is None:
        return None
    end = g.end()
    for w in re.finditer(r"(?<![a-z])dang(?![a-z])", folded[pos:end]):
        if normalize(text[pos + w.start() : pos + w.end()]).lower() != "đảng":
            end = len(text[: pos + w.start()].rstrip())
            break
    return end if end > pos else None


# Levels sharing one head written once ("các huyện, thành đoàn" = huyện đoàn and thành đoàn; "các huyện,
# thị, thành ủy"), with the units directly under the issuer that often close the list ("và đoàn trực thuộc").
_LV = rf"(?:{unit_alternation(elided=True)})"
_ELIDED_RE = re.compile(
    rf"{_LV}(?:\s*,\s*{_LV})*(?:\s*,\s*|\s+va\s+){_LV}\s+(?:doan|uy|hoi)(?![a-z])"
    r"(?:(?:\s*,\s*|\s+va\s+)(?:doan|dang bo|dang uy|chi bo|hoi|co so doan)\s+truc thuoc(?![a-z]))?"
)
# Units directly under the issuer closing a list of bodies ("Các huyện đoàn, thành đoàn, đoàn trực thuộc
# ...", "... và đảng ủy trực thuộc Tỉnh ủy"): trial 32 lost "đoàn trực thuộc" into the task. Only after
# another party: alone at a clause's head they are as often a description ("Đơn vị trực thuộc hoặc ...").
_DIRECT_RE = re.compile(r"(?:doan|dang bo|dang uy|chi bo|hoi|co so doan|co so hoi)\s+truc thuoc(?![a-z])")
# A level's own committee or union named by level and head ("thị đoàn", "quận đoàn", "huyện hội", "thị ủy"),
# read with its diacritics ("thị", not "thi"; never "xã hội"): one party of a list ("Các huyện đoàn, thị
# đoàn, đoàn trực thuộc"), registered or not.
_LEVEL_HEAD_RE = re.compile(  # "huyện đoàn", "tỉnh ủy" (``phrases.json`` level_names)
    rf"(?:{'|'.join(sorted(level_name_levels()))})\s+(?:{'|'.join(sorted(level_name_kinds()))})(?![a-z])"
)
_LEVEL_HEAD_WORDS = (set(level_syllables(folded=False)), {"đoàn", "ủy", "hội"})


def _level_head_end(text: str, folded: str, pos: int) -> int | None:
    m = _LEVEL_HEAD_RE.match(folded, pos)
    if m is None:
        return None
    words = normalize(text[pos : m.end()]).split()
    return m.end() if words[0] in _LEVEL_HEAD_WORDS[0] and words[-1] in _LEVEL_HEAD_WORDS[1] else None


_ADVERBS_RE = re.compile(
    r"(?:\s*(?:theo chuc nang,?\s*nhiem vu(?:\s+duoc giao)?,?"
    r"|khan truong|som|tich cuc|chu dong|can phai|can|phai)(?![a-z]))*\s*"
)
_CLOSELY = r"(?:\s+(?:chat che|thuong xuyen|tot))?"  # "phối hợp chặt chẽ với ..."
_LEAD_RE = re.compile(r"chu tri(?:\s*,\s*|\s+va\s+|\s+)(?:phoi hop" + _CLOSELY + r"(?:\s+voi)?\s+)?")
_COORD_RE = re.compile(r"(?:tham muu(?:\s*,\s*|\s+va\s+|\s+))?phoi hop" + _CLOSELY + r"(?:\s+voi)?\s+")

# A body that is not in the registry, recognised by the shape of its name: a head noun for a body
# ("Ban", "Hội", "Trường", "Huyện ủy" ...; ``lexicon.phrases.body_heads``) followed by a capitalised proper
# part ("Ban Xây dựng Đảng", "Ban Tuyên giáo Tỉnh hội", "Trường THCS Lê Lợi", "Huyện ủy Tuy Phong").
_HEAD_RE = re.compile(r"(?:" + "|".join(re.escape(h) for h in folded_body_heads()) + r")(?![a-z])")


def _head_end(text: str, folded: str, pos: int) -> int | None:
    """Where a body's head noun written at ``pos`` ends (the longest whose diacritics agree), or None."""
    m = _HEAD_RE.match(folded, pos)
    if not m:
        return None
    for head in folded_body_heads():
        end = pos + len(head)
        if folded.startswith(head, pos) and not folded[end : end + 1].isalpha():
            if is_written_head(text[pos:end]):
                return end
    return None


# Lower-case words that start the predicate, never the end of a body's name ("Đảng chủ trì").
_PREDICATE_STARTS = frozenset(
    "chu tham phoi co thuc xay chi trien to huong theo kiem va cung voi cac trong truoc de nam lam "
    "bao quan tuyen day nghien tiep khan sam duoc can phai la gui nop chiu mo ho van giup".split()
)
_TOKEN_RE = re.compile(r"\S+")
# Predicate starts that are also a name's second syllable ("Ban Dân chủ - Pháp luật", "Hội Nông dân | chủ
# trì"; "Phòng Kinh tế và Phát triển", "Ban Phát triển ..." | "triển khai"): they start the predicate only
# before these syllables (trial 32: "phối hợp: Ban Dân" cut at "chủ"; session 21: "Phòng Kinh tế và Phát"
# cut at "triển").
_PREDICATE_PAIRS = {"chu": frozenset({"tri", "dong"}), "trien": frozenset({"khai"})}


def _starts_predicate(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the lower-case word ``tokens[i]`` starts a predicate (``_PREDICATE_STARTS``), reading a word
    of ``_PREDICATE_PAIRS`` with the syllable after it."""
    word = fold(tokens[i].group(0).rstrip(",.;:)?!"))
    if word not in _PREDICATE_STARTS:
        return False
    pair = _PREDICATE_PAIRS.get(word)
    if pair is None or tokens[i].group(0) != tokens[i].group(0).rstrip(",.;:)?!"):
        return True
    nxt = fold(tokens[i + 1].group(0).rstrip(",.;:)?!")) if i + 1 < len(tokens) else ""
    return nxt in pair


def _abbreviation(word: str) -> bool:
    """Whether ``word`` (punctuation stripped) is written in capitals only, two letters or more ("GDĐT",
    "LHPN", "UBND"): an abbreviation, a word of its own."""
    bare = word.strip(",.;:()?!\"“”")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


def _longest_first(words: list[str]) -> str:
    """One group over folded words, longest first (so "truong hoc" wins over "truong")."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"

_NAME_JOINERS = ("và", "-", "–")
_OPEN_QUOTES = ('"', "“", "«")
# a quoted name inside a body's name: a capitalised quote of up to six words, closed on the same line
_QUOTED_NAME_RE = re.compile(r"[\"“«][^\W\d_][^\"”»\n.;:]{0,60}?[\"”»]")
# Level words a place's proper name follows inside a body's name ("Hội LHPN huyện Kiến Xương"): the
# lexicon's unit words giving a level, compared with diacritics ("quận", not the "quân" of "quân sự").
_PLACE_LEVELS = frozenset(w for w, level in place_levels().items() if level and " " not in w)
_TIERS = "|".join(fold(w) for w in tier_words())  # "huyen|tinh|xa"
_LEVEL_RE = re.compile(
    rf"\s+(?:cac cap|cap (?:{_TIERS})|{grade_alternation()})(?![a-z])"
)


# A body head over a kind of unit in the plural names one body per unit ("Đảng ủy các sở, ngành",
# "Chi đoàn các thôn", "Ban Chấp hành các cấp"): a subject of its own, though no name is capitalised.
_PLACES = sorted(folded_place_words(), key=len, reverse=True)  # lexicon.phrases: one list of unit words
_UNITS = _longest_first([*(fold(w) for w in PLURAL_UNITS), *_PLACES])  # unit_spelling: one list
_PLURAL_RE = re.compile(rf"\s+(?:cac|nhung)\s+{_UNITS}(?:\s*,\s*{_UNITS})*(?![a-z])")


# A distributive subject: a determiner over a kind of unit ("Mỗi xã, thị trấn đề xuất ...", "Từng chi đoàn
# đăng ký ...", "các xã còn lại hoàn thành ..."): one duty per unit, a subject though no name is written.
# Territorial and grassroots units only ("các cấp", "các đơn vị" are read elsewhere, or as generic bodies).
# ("Các cơ sở Hội hoàn thành ...": each grassroots unit of the association; unit_spelling: one list)
_UNIT_WORDS = _longest_first([*_PLACES, *(fold(w) for w in DISTRIBUTIVE_UNITS)])
_DISTRIBUTIVE_RE = re.compile(rf"(?:moi|tung|cac|nhung)\s+{_UNIT_WORDS}(?![a-z])")
# A settlement named after its unit word ("xã Phú Thạnh tổ chức ...", after "riêng"): that place acts.
_NAMED_UNIT_RE = re.compile(rf"{_UNIT_WORDS}\s+(?=\S)")


_MORE_LEVELS_RE = re.compile(
    rf"(?:\s*,\s*|\s+(?:va|hoac)\s+)cap\s+(?:{_TIERS}|co so|trung uong)(?![a-z])"
)


# What follows a body that acts: "phải", "cần", "có trách nhiệm", "được giao".
_ACTING_RE = re.compile(r"\s+(?:phai|can|co trach nhiem|duoc giao|chiu trach nhiem)\b")


def body_head_end(text: str, folded: str, pos: int) -> int | None:
    """Where a capitalised body head of two or more words written alone ends ("Ban Chấp hành | họp ...",
    "Ban Thường vụ | họp ..."), when one starts at ``pos``; None otherwise."""
    end = _head_end(text, folded, pos)
    if end is None or not text[pos : pos + 1].isupper() or " " not in text[pos:end].strip():
        return None
    return end


_LEADING_PLURAL_RE = re.compile(r"(?:cac|nhung|moi)\s+", re.IGNORECASE)
# Words that end such a name: a possessive or preposition, or an auxiliary starting a clause about it
# ("Mỗi trường | được mời tiếp ...").
_NAME_STOPS = frozenset("cua thuoc o tai trong va voi cho ve theo duoc bi da se dang la co".split())
_SUBJECT_NAME_WORDS = 3  # lower-case words after the head: "đoàn | kiểm tra", "tổ | công tác"
_SUBJECT_MAX_WORDS = 8  # words from the head to the modal


def subject_body_span(text: str, folded: str) -> tuple[int, int] | None:
    """(start, end) of a body a question opens with, named by its head noun and a few lower-case words,
    written before the question's modal ("Các đoàn kiểm tra phải báo cáo ...", "Tổ công tác cần ...",
    "Các chi bộ ... phải nộp ..."): a generic actor, as ``acting_head_end`` reads one right before its
    modal. The name stops at a possessive or preposition ("đoàn kiểm tra quỹ | của Mặt trận huyện").
    None when the question opens otherwise or no modal follows within ``_SUBJECT_MAX_WORDS``."""
    lead = _LEADING_PLURAL_RE.match(folded)
    start = lead.end() if lead else 0
    head = _head_end(text, folded, start)
    if head is None:
        return None
    tokens = list(_TOKEN_RE.finditer(text, head))
    end, named = head, True
    for i, tok in enumerate(tokens[:_SUBJECT_MAX_WORDS]):
        if _ACTING_RE.match(folded, tok.start() - 1):
            return (start, end) if " " in text[start:end].strip() else None
        word = fold(tok.group(0).rstrip(",.;:?!"))
        if word == "xong" or tok.group(0).rstrip(",.;:?!").lower() == "thì":
            return None  # "Hội thao xong thì các chi hội ... phải ...": a time or condition opens it, no body
        if word in _NAME_STOPS or tok.group(0)[:1].isupper() or tok.group(0)[-1:] in ",;:":
            named = False
        if named and i < _SUBJECT_NAME_WORDS and tok.group(0).isalpha():
            end = tok.end()
        else:
            named = False
    return None


def acting_head_end(text: str, folded: str, pos: int) -> int | None:
    """Where a body named by its head noun alone ends when a modal follows it ("Hợp tác xã | phải tổ chức
    ...", "Trạm y tế | có trách nhiệm ..."): a question's generic actor; None otherwise."""
    end = _head_end(text, folded, pos)
    if end is None or not _ACTING_RE.match(folded, end):
        return None
    return end


def named_body_end(text: str, folded: str, pos: int, described: bool = False) -> int | None:
    """Where a body named by the shape of its name ends, when one starts at ``pos`` (see ``_HEAD_RE``);
    None otherwise. The head must be written with a capital and be followed by a capitalised word or by
    the name words and place of ``lexicon.phrases.body_name_tail`` ("Chi hội phụ nữ thôn Đồng Tâm");
    the longest such name is read ("Chi bộ Ban Chỉ huy quân sự xã", not "Chi bộ Ban Chỉ huy").
    ``described``: where a body must stand (after "phối hợp với"), also a head, a few lower-case words
    saying its kind, then its proper name ("Hợp tác xã nông nghiệp Tân Phú", "Trường tiểu học Kim Đồng")."""
    head_end = _head_end(text, folded, pos)
    if head_end is None or not text[pos : pos + 1].isupper():
        return None
    # Read once taking a lower-case syllable after a capital as its second syllable ("Tổ quốc"), once
    # leaving a name word there to ``body_name_tail`` ("Hội" + "phụ nữ huyện"): the longer reading wins.
    ends = [_shaped_end(text, folded, head_end, name_words) for name_words in (False, True)]
    if described and not any(ends):
        ends.append(_described_end(text, folded, head_end))
        ends.append(_leveled_end(text, folded, head_end))
    plural = _PLURAL_RE.match(folded, head_end)
    ends.append(plural.end() if plural else None)  # "Đảng ủy các sở, ngành", "Chi bộ các thôn"
    end = max((e for e in ends if e is not None), default=None)
    if end is not None and (units := _PLURAL_RE.match(folded, end)):
        end = units.end()  # one body per unit: "Ban công tác Mặt trận các ấp", "Chi hội phụ nữ các thôn"
    return end


_KIND_WORDS_MAX = 3  # "nông nghiệp", "dịch vụ tổng hợp": the kind of a cooperative, school or company


def _described_end(text: str, folded: str, end: int) -> int | None:
    """After a head: up to ``_KIND_WORDS_MAX`` lower-case words that are no predicate, then a capitalised
    word that starts no other body, read as a proper name ("Hợp tác xã" + "nông nghiệp" + "Tân Phú")."""
    tokens = list(_TOKEN_RE.finditer(text, end, min(len(text), end + 120)))
    for i, tok in enumerate(tokens[: _KIND_WORDS_MAX + 1]):
        word = tok.group(0)
        if word[:1].isupper():
            if i == 0 or _head_end(text, folded, tok.start()) is not None:
                return None
            end = tokens[i - 1].end()
            for name in tokens[i:]:  # the proper name: capitalised words only ("Tân Phú", not "Phú hoàn")
                bare = name.group(0).rstrip(",.;:)?!")
                if not (bare[:1].isupper() or bare[:1].isdigit()) or text[end : name.start()].strip():
                    break
                end = name.start() + len(bare)
                if bare != name.group(0):
                    break
            return end
        if not word.isalpha() or fold(word) in _PREDICATE_STARTS:
            return None
    return None


def _leveled_end(text: str, folded: str, end: int) -> int | None:
    """After a head: a few lower-case words saying what the body is for, then its level ("Hội đồng" + "xét
    chọn học bổng" + "huyện", "Ban chỉ đạo" ... "tỉnh"): a council or committee named by task and level."""
    tokens = list(_TOKEN_RE.finditer(text, end, min(len(text), end + 80)))
    for i, tok in enumerate(tokens[: _KIND_WORDS_MAX + 3]):
        word = tok.group(0)
        bare = word.rstrip(",.;:)?!")
        if not bare.isalpha() or not bare.islower():
            return None
        if i and bare in _PLACE_LEVELS:
            return tok.start() + len(bare)
        if bare != word:
            return None
    return None


def _enumerated_name(following: list[re.Match[str]], text: str, folded: str) -> bool:
    """After a comma: capitalised words (no body head) up to "và" and a capitalised word, the fields a
    department's name enumerates ("Văn hóa, Thể thao và Du lịch", "Khoa học, Công nghệ và Môi trường")."""
    seen_and, prev_cap = False, False
    for tok in following:
        word = tok.group(0).rstrip(",.;:)?!")
        if word == "và":
            seen_and, prev_cap = True, False
            continue
        if word[:1].isupper() and _head_end(text, folded, tok.start()) is None:
            if seen_and:
                return True
            prev_cap = True
        elif prev_cap and word.islower():
            prev_cap = False  # the second syllable of a capitalised word ("Thể thao")
        else:
            return False
    return False


def _shaped_end(text: str, folded: str, end: int, name_words: bool) -> int | None:
    tokens = list(_TOKEN_RE.finditer(text, end))
    proper = 0
    enumerating = False
    placed = False  # a level word was read ("huyện"): the capitalised words after it are a place's name
    quoted_to = -1
    for i, tok in enumerate(tokens[:14]):
        if tok.start() < quoted_to:
            continue  # inside a quoted part of the name, read whole below
        word = tok.group(0)
        bare = word.rstrip(",.;:)?!")
        if proper and bare[:1] in _OPEN_QUOTES and not text[end : tok.start()].strip():
            # a quoted part of the name: "Ban Vận động Quỹ "Vì người nghèo" huyện" (trial 30: the body was
            # cut at the quotation mark, the rest read as its task)
            close = _QUOTED_NAME_RE.match(text, tok.start())
            if close is None:
                break
            end = quoted_to = close.end()
            proper += 1
            continue
        if placed and bare.islower():
            break  # "Hội LHPN huyện Kiến Xương họp ...": a place's name has no lower-case syllable
        gap = text[end : tok.start()].strip()
        if gap and gap not in _NAME_JOINERS and not (gap == "," and enumerating):
            break
        enumerating = False
        if bare in _NAME_JOINERS:
            # "Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội", "Phòng Văn hóa - Thông tin":
            # a joiner inside one name, unless the next word starts another body ("Hội Nông dân và Hội ...")
            # or the name already ended with its place ("Phòng Giáo dục và Đào tạo huyện | và Huyện đoàn").
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            capital = nxt is not None and nxt.group(0)[:1].isupper()
            if proper and not placed and capital and _head_end(text, folded, nxt.start()) is None:
                continue
            break
        if bare and (bare[0].isupper() or bare[0].isdigit()):
            proper += 1
        elif proper and bare.islower() and bare in _PLACE_LEVELS:
            placed = True
        elif proper and bare.islower() and not _starts_predicate(tokens, i):
            # the second syllable of a capitalised word ("Xây dựng", "Tỉnh hội"): one per capital
            # An abbreviation has no second syllable ("Bộ GDĐT | về kiểm tra", "Hội LHPN | vừa ..."): the
            # lower-case word after it is read like one after a lower-case word (library2 l2-rw-10 took
            # "Bộ GDĐT về" for the body, a name no document writes)
            if i == 0 or not tokens[i - 1].group(0)[:1].isupper() or _abbreviation(tokens[i - 1].group(0)):
                # ... or the field a department's name closes with before its level ("Phòng Kinh tế và
                # Phát triển" + "nông thôn" + "huyện"): lower-case words, no verb, then a unit word
                end = _field_before_level(text, tokens, i) or end
                break
            if i > 1 and tokens[i - 2].group(0)[:1].isupper() and tok.start() in verb_starts(text):
                # "Hợp tác xã Hòa Phong | thành lập ...": after a proper name of two capitals, a syllable
                # that starts a verb begins the predicate ("Ban Chỉ huy": "huy" ends the verb "Chỉ huy")
                break
            if name_words and body_name_tail(text, end) > end:
                break
        else:
            break
        end = tok.start() + len(bare)
        if bare != word:  # punctuation closes the name ...
            if word.endswith(",") and _enumerated_name(tokens[i + 1 : i + 6], text, folded):
                enumerating = True
                continue  # ... except a comma inside one: "Sở Văn hóa, Thể thao và Du lịch"
            break
    tail = body_name_tail(text, end)  # "quân sự xã", "phụ nữ thôn Đồng Tâm", "xã Ngọc Lương"
    if proper or tail > end:
        level = _LEVEL_RE.match(folded, tail)  # "Trường Chính trị tỉnh", "Ban Dân vận các cấp"
        if not level:
            return tail
        end = level.end()
        while more := _MORE_LEVELS_RE.match(folded, end):  # "... cấp tỉnh, cấp xã"
            end = more.end()
        return body_name_tail(text, end)
    return None


_FIELD_WORDS_MAX = 2  # "nông thôn" of "Phòng Nông nghiệp và Phát triển nông thôn huyện"


def _field_before_level(text: str, tokens: list[re.Match[str]], i: int) -> int | None:
    """Where the lower-case words from ``tokens[i]`` end when, at most ``_FIELD_WORDS_MAX`` of them, none
    starting a predicate or a verb (``verb_starts``), are followed by a unit word giving a level ("nông
    thôn" + "huyện"): the rest of a department's name, its level after it; None otherwise. (Read up to
    the predicate instead, "Ban Dân chủ - Pháp luật | dự thảo báo cáo" would take the verb "dự thảo".)"""
    verbs = verb_starts(text)
    for k in range(i, min(len(tokens), i + _FIELD_WORDS_MAX + 1)):
        word = tokens[k].group(0)
        bare = word.rstrip(",.;:)?!")
        if k > i and bare in _PLACE_LEVELS:
            return tokens[k - 1].end()
        if bare != word or not (bare.isalpha() and bare.islower()) or bare in _PLACE_LEVELS:
            return None
        if fold(bare) in _PREDICATE_STARTS or tokens[k].start() in verbs:
            return None
    return None


@lru_cache(maxsize=512)
def verb_starts(text: str) -> frozenset[int]:
    """Offsets in ``text`` where a word pyvi's tagger reads as a verb begins ("thành" of "thành_lập"), or
    none when pyvi is missing or fails."""
    try:
        from pyvi import ViPosTagger, ViTokenizer

        words, tags = ViPosTagger.postagging(ViTokenizer.tokenize(text))
    except Exception:  # ImportError or the tagger's own failure: no verb read, the name as before
        return frozenset()
    starts, cursor = set(), 0
    for word, tag in zip(words, tags, strict=False):
        first = word.split("_")[0]
        at = text.find(first, cursor) if first else -1
        if at < 0:
            continue
        if tag == "V":
            starts.add(at)
        cursor = at + len(first)
    return frozenset(starts)


_UNIT_WORD_RE = re.compile(rf"(?<![a-z]){_UNIT_WORDS}(?![a-z])")


def distributive_units(folded_name: str) -> set[str] | None:
    """The unit words of a distributive subject ("moi xa, thi tran" -> {"xa", "thi tran"}), or None when
    the (folded) name is not one."""
    if not _DISTRIBUTIVE_RE.match(folded_name):
        return None
    rest = _UNIT_WORD_RE.sub("", folded_name[folded_name.index(" ") :])
    if re.sub(r"\b(?:va|con lai)\b|[\s,]", "", rest):
        return None  # a settlement's name or another word: not only units
    return set(_UNIT_WORD_RE.findall(folded_name))


# A post over a unit written after the unit word ("chi hội trưởng", "tổ trưởng", "chi đoàn phó"), with its
# diacritics ("trưởng", not "trường"): the holders of the post act, not the units.
_POST_RE = re.compile(r"\s+(?:trưởng|phó)(?!\w)")


def _unit_subject_end(text: str, folded: str, pos: int) -> int | None:
    """Where a unit subject starting at ``pos`` ends: a distributive one ("Mỗi xã" + ", thị trấn") or a
    settlement by its name ("xã" + " Phú Thạnh"); None when none starts there."""
    dist = _DISTRIBUTIVE_RE.match(folded, pos)
    if dist and not spelled_as_unit(text[pos + len(dist.group(0).split()[0]) : dist.end()]):
        dist = None  # "Các sổ phát thẻ ...": registers, not "các sở" (``unit_spelling``)
    if dist:
        end = dist.end()
        if post := _POST_RE.match(text, end):
            end = post.end()  # "Các chi hội | trưởng phụ nữ thôn": the heads of the units, one post
        return body_name_tail(text, end)
    unit = _NAMED_UNIT_RE.match(folded, pos)
    if unit and not spelled_as_unit(text[pos : unit.end()]):
        unit = None
    if unit and unit.end() < len(text) and text[unit.end()].isupper():
        end = body_name_tail(text, len(text[: unit.end()].rstrip()))
        return end if end > unit.end() else None
    return None


# Where a body sits, written after its name as part of it ("Ban Công tác Mặt trận ở khu dân cư", "... ở thôn,
# tổ dân phố", "... ở các thôn (khu dân cư)"), folded: "ở", settlements or the grassroots, a note on them.
_SETTLEMENT = r"(?:cac\s+)?(?:khu dan cu|thon|ap|to dan pho|co so)(?![a-z])"
_LOCATIVE_RE = re.compile(
    rf"\s+o\s+{_SETTLEMENT}(?:\s*(?:,|va|hoac)\s*{_SETTLEMENT})*(?:\s*\((?:{_SETTLEMENT})\))?"
)


def chain(
    text: str, folded: str, reg: OrgRegistry, pos: int, generic: bool = False
) -> tuple[list[tuple[int, int]], int]:
    """The bodies named one after another from ``pos`` ("X, Y và Z"), as spans, and where they end."""
    spans: dict[int, int] = {}
    for m in reg.find_in(text):
        spans[m.start] = max(spans.get(m.start, 0), m.end)
    parties: list[tuple[int, int]] = []
    while True:
        p = pos + (len(folded[pos:]) - len(folded[pos:].lstrip()))
        det = _DETERMINER_RE.match(folded, p)
        q = det.end() if det else p
        shaped = named_body_end(text, folded, p, described=generic)
        if shaped is None and det and folded.startswith("dong chi", p):
            shaped = named_body_end(text, folded, q, described=generic)  # "đồng chí | Phó Chủ tịch ..."
        if p in spans or q in spans:
            # the registry names the body; a longer name of the same shape ("Huyện ủy Tuy Phong") wins
            end = body_name_tail(text, max(spans.get(p, 0), spans.get(q, 0), shaped or 0))
        elif generic and (g_end := generic_body_end(text, folded, p)) and g_end > q + 1:
            end = g_end
        elif det and (g := _ELIDED_RE.match(folded, q)):
            end = g.end()  # "Các huyện, thành đoàn và đoàn trực thuộc": one head for several levels
        elif shaped is not None:
            end = shaped
        elif (det or parties) and (level_end := _level_head_end(text, folded, q)) is not None:
            end = body_name_tail(text, level_end)  # "thị đoàn", "Các quận đoàn"
        elif parties and (direct := _DIRECT_RE.match(folded, q)):
            end = direct.end()
            over = end + 1 if text[end : end + 1] == " " else -1  # "trực thuộc | Tỉnh ủy": whose units
            if over > 0 and (over in spans or named_body_end(text, folded, over) is not None):
                end = max(spans.get(over, 0), named_body_end(text, folded, over) or 0)
        elif (unit_end := _unit_subject_end(text, folded, p)) is not None:
            end = unit_end
        elif det and (many := _plural_head_end(text, folded, q)) is not None:
            end = many  # "Các hợp tác xã nông nghiệp | rà soát ...": every body of that kind
        else:
            break
        # a registry name inside the shaped one that runs on ("Ban Thường trực | Ủy ban MTTQ Việt Nam các
        # huyện, thị xã, thành phố"): the body ends where that name ends
        end = max([end] + [e for s, e in spans.items() if p < s < end])
        if (where := _LOCATIVE_RE.match(folded, end)) and text[end : where.end()].split()[0] == "ở":
            end = body_name_tail(text, where.end())  # "Ban Công tác Mặt trận | ở khu dân cư": its name
        parties.append((p, end))
        pos = end
        conn = _CONNECTOR_RE.match(folded, pos)
        if not conn:
            break
        nxt = conn.end()
        det2 = _DETERMINER_RE.match(folded, nxt)
        nq = det2.end() if det2 else nxt
        if (
            nxt in spans
            or nq in spans
            or (generic and generic_body_end(text, folded, nxt) is not None)
            or named_body_end(text, folded, nxt, described=generic) is not None
            or _DIRECT_RE.match(folded, nq) is not None
            or _level_head_end(text, folded, nq) is not None
        ):
            pos = nxt
            continue
        break
    return parties, pos


def _plural_head_end(text: str, folded: str, pos: int) -> int | None:
    """After "các" / "mỗi": a body's head of two syllables or more in lower case ("hợp tác xã", "câu lạc
    bộ", "trung tâm") and up to ``_KIND_WORDS_MAX`` lower-case words of its kind ("nông nghiệp"), ending
    before a predicate's start or a verb (``verb_starts``): every body of that kind acts. None otherwise."""
    head = _head_end(text, folded, pos)
    if head is None or " " not in text[pos:head].strip() or not text[pos:head].islower():
        return None
    verbs = verb_starts(text)
    end = head
    for tok in list(_TOKEN_RE.finditer(text, head, min(len(text), head + 80)))[:_KIND_WORDS_MAX]:
        word = tok.group(0).rstrip(",.;:)?!")
        if not (word.isalpha() and word.islower()) or fold(word) in _PREDICATE_STARTS | _NAME_STOPS:
            break
        if tok.start() in verbs or word in _PLACE_LEVELS:
            break
        end = tok.start() + len(word)
        if word != tok.group(0):
            break
    return end


def roles(clause: str, folded: str, reg: OrgRegistry, pred: int) -> tuple[bool, list[str], int]:
    """Whether the predicate starts with "chủ trì", the coordinating bodies after "phối hợp (với)",
    and where the task itself starts."""
    m = _LEAD_RE.match(folded, pred)
    if m:
        coords, end = chain(clause, folded, reg, m.end(), generic=True)
        return True, [clean_spaces(clause[s:e]) for s, e in coords], end if coords else m.end()
    m = _COORD_RE.match(folded, pred)
    if m:
        coords, end = chain(clause, folded, reg, m.end(), generic=True)
        if coords:
            return False, [clean_spaces(clause[s:e]) for s, e in coords], end
    return False, [], pred


def opening_spans(text: str, reg: OrgRegistry) -> tuple[list[tuple[int, int]], int]:
    """The bodies a passage opens with after its list label ("3. Phòng Văn hóa và Thông tin huyện chủ trì
    ..."), as spans of ``text`` (``chain``), and where they end (0 when none)."""
    folded = fold_chars(text)
    label = _LABEL_RE.match(folded)
    return chain(text, folded, reg, label.end() if label else 0)


def head_bodies(text: str, reg: OrgRegistry, collective: bool = False) -> list[str]:
    """Organisation ids named at the head of a passage, after its list label: the actors of a duty
    paragraph ("3. Đảng đoàn MTTQ, các tổ chức chính trị - xã hội, Ban Thường vụ Tỉnh đoàn xây dựng ...").
    Members reached only through a collective phrase count when ``collective`` is set."""
    head = text[:400]
    spans, _ = opening_spans(head, reg)
    out: list[str] = []
    for m in reg.find_in(head):
        if (
            (collective or not m.collective)
            and any(s <= m.start < e for s, e in spans)
            and m.org_id not in out
        ):
            out.append(m.org_id)
    return out
