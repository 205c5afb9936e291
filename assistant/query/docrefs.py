"""Documents a question names: by number ("62-KL/TW", "KL 62", "kết luận số 62", "conclusion 62"), by
description (a type plus an issuer or a period: "Kế hoạch của Tỉnh ủy", "kết luận giai đoạn 2021-2025"),
and whether the question is about the named document's own text or about the documents carrying it out
("triển khai Thông báo 160", "tổng kết việc thực hiện Nghị quyết 18").

Type words, codes and English names all come from ``assistant.lexicon`` (``doc_types.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant import text as vt
from assistant.index.lexical import number_tokens, partial_number_tokens
from assistant.lexicon.doc_types import doc_types
from assistant.lexicon.levels import unit_alternation, unit_levels
from assistant.lexicon.phrases import document_making_words
from assistant.lexicon.words import glossary_terms, type_alternation, type_words
from assistant.query.about_refs import named_as_subject


@dataclass
class DocNumberRef:
    """A document the question names by number: fully ("62-KL/TW") or loosely ("KL 62")."""

    text: str
    digits: str
    code: str | None = None  # "KL", "TB" ... as written in the question or the number
    number: str | None = None  # canonical, when written in full
    # "triển khai TB 160", "tổng kết việc thực hiện Kết luận 62": the question is about documents that
    # carry this one out, not about its own text.
    implemented: bool = False
    doc_type: str | None = None  # the type the question names ("Thông báo kết luận"), from the lexicon
    # "Kế hoạch 5 điểm nghẽn": a loose mention (a type's name and digits, no "số", no code) followed by a
    # lower-case word, folded ("diem"): the number may count that word in a title (``scope.title_counts``)
    counted: str | None = None
    # "Kế hoạch số 16/KH-MTTQ-BTT ngày 23/12/2025": the date written right after the number, ISO
    # (yyyy-mm-dd); a held document of that number but another date is not the one named (l4-mttq-36)
    dated: str | None = None
    # "... 16/KH-MTTQ-BTT ngày 23/12/2025 của MTTQ tỉnh Quảng Ninh": the levels of the issuer written right
    # after the number ("tinh"), ``written_levels``; a held document issued at other levels only is not it
    issuer_levels: frozenset[str] = frozenset()

    def codes(self) -> list[str]:
        """Codes a number of this document may carry: the one written, the named type's codes, and those
        of a type whose name the named one extends ("Thông báo kết luận" numbers are often "-TB/")."""
        out = [self.code] if self.code else []
        if self.doc_type:
            name = vt.fold(self.doc_type)
            for t in doc_types():
                if name == vt.fold(t.name) or name.startswith(vt.fold(t.name) + " "):
                    out.extend(t.codes)
        return list(dict.fromkeys(out))

    def tokens(self) -> list[str]:
        if self.number:
            return number_tokens(self.number)
        codes = self.codes()
        if not codes:
            return partial_number_tokens(self.digits, None)
        return list(dict.fromkeys(t for c in codes for t in partial_number_tokens(self.digits, c)))


@dataclass
class DocDescription:
    """A document the question names by type and issuer or period, not by number ("Kế hoạch của Tỉnh
    ủy", "kết luận giai đoạn 2021-2025"); all fields folded."""

    kind: str  # "ke hoach", "ket luan", ...
    issuer: str | None = None  # "tinh uy", "ban thuong vu tinh uy"
    period: str | None = None  # "2021-2025" or a year
    topic: str | None = None  # "bau cu" in "Kế hoạch bầu cử của Mặt trận xã": words its title holds
    text: str = ""  # the description as written, folded ("ke hoach bau cu cua mat tran xa luong minh")


# Words after the digits that make "đa 5 năm" a count, not a document code.
_UNIT_AFTER_RE = re.compile(r"\s*(?:nam|thang|ngay|nguoi|lan|%|phan tram|tuoi|gio|year|month|day)\b")
# after a type's full name only a span of time ("báo cáo 6 tháng đầu năm"); "Nghị quyết 18 ngày 25/10/2017"
# is a number and its date
DURATION_WORDS = ("nam", "thang", "quy", "tuan")  # folded: năm, tháng, quý, tuần
_DURATION_AFTER_RE = re.compile(rf"\s*(?:{'|'.join(DURATION_WORDS)})\b(?!\s*\d)")


_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")


@cache
def _loose_number_re() -> re.Pattern[str]:
    alt = type_alternation()
    return re.compile(rf"(?<!\w)({alt})\s*(?:so|number|no\.?)?\s*(\d{{1,5}})(?![\w/-])")


def _type_of_word(word: str) -> str | None:
    return type_words().get(word)


def _code_of(type_name: str | None, word: str) -> str:
    """The code a loose mention stands for: the word itself when it is a code, else the type's first."""
    for t in doc_types():
        if t.name == type_name:
            for code in t.codes:
                if vt.fold(code) == word:
                    return code
            return t.codes[0] if t.codes else word.upper()
    return word.upper()


# A full number typed in lower case ("hướng dẫn số 08-hd/btctu", "16/kh-mttq"): ``text.find_doc_numbers``
# reads only capitals (in a document's text "2-kg/ha" is no number); a question's counts when its type code
# is one the lexicon knows.
_DASHES = "-\u2013\u2014\u2011\u2212"
_LOWER_NUMBER_RE = re.compile(
    rf"(?<![\w/])\d{{1,5}}\s*[{_DASHES}]\s*([a-zđ]{{1,6}})\s*/\s*[a-zđ][a-zđ0-9]{{0,12}}"
    rf"(?:[{_DASHES}][a-zđ0-9]{{1,12}}){{0,3}}(?![\w/])"
    rf"|(?<![\w/])\d{{1,5}}\s*/\s*(?:\d{{4}}\s*/\s*)?([a-zđ]{{1,6}})(?:[{_DASHES}][a-zđ0-9]{{1,12}}){{1,4}}(?![\w/])"
)


@cache
def _type_codes() -> frozenset[str]:
    return frozenset(vt.fold(c) for t in doc_types() for c in t.codes)


def _question_numbers(question: str) -> list[tuple[str, int, int]]:
    """The full numbers a question writes, in capitals or (with a known type code) in lower case, with
    their offsets in the question's NFC text."""
    found = vt.find_doc_numbers(question)
    nfc = vt.nfc(question)
    for m in _LOWER_NUMBER_RE.finditer(nfc):
        code = vt.fold(m.group(1) or m.group(2))
        if code in _type_codes() and not any(a < m.end() and m.start() < b for _, a, b in found):
            found.append((vt.canonical_doc_number(m.group(0)), m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


# The issue date written right after a document's number (folded): "số 16/KH-MTTQ ngày 23/12/2025",
# "Kết luận 62, ngày 08 tháng 12 năm 2009", "(ban hành ngày 8-12-2009)". A whole date only: "ngày 5/6"
# after a number may be an event's day.
_DATE_AFTER_RE = re.compile(
    r"[\s,(]*(?:ban hanh\s+|ky\s+)?(?:ngay\s+)?(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})"
    r"\s*(?:[/.-]|\s+nam\s+)\s*((?:19|20)\d{2})(?!\d)"
)


# The issuer written after a number and its date ("... của MTTQ tỉnh Quảng Ninh về ..."), lower case with
# diacritics, up to the words that end a body's name; its administrative level words (``lexicon.levels``,
# read with their diacritics). Only the words that name one level and nothing else: "thành phố" is a
# province's city or a district's.
_ISSUER_AFTER_NUMBER_RE = re.compile(
    r"[\s,(]*(?:(?:ban hành\s+|ký\s+)?(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}\s*"
    r"(?:[/.-]|\s+năm\s+)\s*\d{4}\)?[\s,]*)?(?:của|do)\s+(.{3,80}?)"
    r"(?=\s+(?:về|ban hành|ký|năm|giai đoạn|nhiệm kỳ|là|có|quy định|yêu cầu|giao|thực hiện|được|đã|phải)\s"
    r"|[,?.;:()]|$)",
    re.IGNORECASE,
)
_LEVEL_WORDS = unit_levels(unambiguous=True)
_LEVEL_WORDS_RE = re.compile(
    rf"(?<![\wÀ-ỹđĐ])({unit_alternation(folded=False, unambiguous=True)})(?![\wÀ-ỹđĐ])", re.IGNORECASE
)


def written_levels(name: str) -> frozenset[str]:
    """The administrative levels an issuer's name writes ("Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương
    Minh" -> {"xa"}, "Tỉnh ủy Quảng Ninh" -> {"tinh"}); empty when it writes none of the unambiguous level
    words (``lexicon.levels.unit_levels``, without "thành phố": a province's city or a district's). Read with
    diacritics: folded, "tinh" is also "tình"."""
    return frozenset(_LEVEL_WORDS[m.group(1).lower()] for m in _LEVEL_WORDS_RE.finditer(vt.nfc(name)))


def _issuer_after(cased: str, end: int) -> frozenset[str]:
    """``written_levels`` of the issuer written right after offset ``end`` of the NFC question ("của MTTQ
    tỉnh Quảng Ninh"), else empty."""
    m = _ISSUER_AFTER_NUMBER_RE.match(cased, end)
    return written_levels(m.group(1)) if m else frozenset()


def _date_after(folded: str, end: int) -> str | None:
    """The ISO date (yyyy-mm-dd) written right after offset ``end`` of a folded question, else None."""
    m = _DATE_AFTER_RE.match(folded, end)
    if not m:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{m.group(3)}-{month:02d}-{day:02d}"


def find_doc_refs(question: str) -> list[DocNumberRef]:
    """Document numbers a question names, full ones first, then "KL 62"-style mentions.

    A bare code counts when written in capitals ("TB 160") or without tone marks and not followed by a
    unit ("đã 5 năm" is no "ĐA 5"): codes are written as in the number.
    """
    refs: list[DocNumberRef] = []
    folded = vt.fold(question)
    nfc = vt.nfc(question)
    same_offsets = len(folded) == len(nfc)
    for number, _, end in _question_numbers(question):
        digits = re.match(r"\d+", number)
        code = re.match(r"\d+(?:/\d{4})?[-/]([^\W\d_]+)", number)
        refs.append(
            DocNumberRef(
                number,
                str(int(digits.group(0))) if digits else number,
                code.group(1) if code else None,
                number,
                doc_type=None,
                dated=_date_after(vt.fold(nfc[end : end + 60]), 0),
                issuer_levels=_issuer_after(nfc, end),
            )
        )
    for m in _loose_number_re().finditer(folded):
        digits = str(int(m.group(2)))
        if any(r.digits == digits for r in refs):
            continue
        word = m.group(1)
        type_name = _type_of_word(word)
        is_name = " " in word or len(word) > 4
        if not is_name and same_offsets:
            written = nfc[m.start(1) : m.end(1)]
            toned = vt.fold(written) != written.lower().replace("đ", "d")
            if not written.isupper() and (toned or _UNIT_AFTER_RE.match(folded, m.end())):
                continue
        elif is_name and _DURATION_AFTER_RE.match(folded, m.end()):
            continue  # "báo cáo 9 tháng", "kế hoạch 5 năm": a span of time, not a document's number
        dated = _date_after(folded, m.end())
        ref = DocNumberRef(m.group(0), digits, _code_of(type_name, word), doc_type=type_name, dated=dated)
        after = _WORD_AFTER_RE.match(folded, m.end())
        if is_name and after and " so" not in m.group(0)[len(word) :] and same_offsets:
            if nfc[after.start(1)].islower():
                ref.counted = after.group(1)
        refs.append(ref)
    return refs


@cache
def _described_type_re() -> re.Pattern[str]:
    names = "|".join(re.escape(vt.fold(t.name)) for t in doc_types())
    return re.compile(rf"\b({names})\b(?!\s*(?:so\s*)?\d)")


_ISSUER_AFTER_RE = re.compile(
    r"\s*cua\s+((?:(?!\b(?:ve|giai doan|nhiem ky|nam|thuc hien|trien khai|lam theo|dua (?:tren|theo|vao)|"
    r"cung|va|yeu cau|giao|co|la|da|duoc|de|ban hanh|ky|phai|can|se|nen|gui|"
    # the question's own words after the issuer: "... của Hội Phụ nữ xã số mấy / do ai ký / ngày nào?"
    r"so (?:may|bao nhieu|nao|hieu|ky hieu)|do ai|ai|nao|gi|bao nhieu|may|ngay|o dau)\b)[a-z ])+)"
)
# The subject written between the type and "của" ("Kế hoạch bầu cử của Mặt trận xã", "Kế hoạch tuyên
# truyền của Tỉnh đoàn"): up to twenty words (a whole title, term of office included), none a verb of the
# question's own clause or a demonstrative.
_TOPIC_BEFORE_ISSUER_RE = re.compile(
    r"\s+((?:(?!\b(?:nay|nao|gi|do|tren|ve|cua|phai|can|se|co|la|da|duoc|quy dinh|"
    r"yeu cau|giao|noi|ghi|neu)\b)(?:[a-z0-9]+|-),?\s+){1,20}?)(?=cua\b)"
)
_PLURAL_RE = re.compile(r"\s*(?:cac|nhung)\b")
_PERIOD_RE = re.compile(r"\b(?:giai doan|nhiem ky|nam)\s+(\d{4})(?:\s*-\s*(\d{4}))?")
_ABBREVIATED_RE = re.compile(r"\S+ \(([^)]*)\)")


@cache
def _en_described_re() -> re.Pattern[str]:
    en = "|".join(re.escape(vt.fold(e)) for t in doc_types() for e in t.en if " " not in e)
    return re.compile(
        rf"\b(?:(?P<y1>\d{{4}})(?:\s*-\s*(?P<y2>\d{{4}}))?\s+(?P<kind>{en})|"
        rf"(?P<kind2>{en})\s+(?:for|of)\s+(?:the\s+)?(?:period\s+|term\s+)?"
        r"(?P<y3>\d{4})(?:\s*-\s*(?P<y4>\d{4}))?)\b"
    )


def expanded_folded(question: str) -> str:
    """The folded question with each abbreviation replaced by its expansion ("KH thực hiện TB 160" ->
    "ke hoach thuc hien thong bao 160"), for patterns written in full words."""
    return _ABBREVIATED_RE.sub(r"\1", vt.fold(vt.expand_abbreviations(question)[0]))


# A verb of drafting right before a described document: the question asks who makes it, so the answer
# is in the document assigning that work, not in the document described.
# A verb making or handing in a paper: the type after it is the duty's product, no held document ("soạn
# Hướng dẫn", "gửi báo cáo kết quả năm 2037 lên huyện": trial 32 q35 took the one 2037 Báo cáo as the scope)
_DRAFTS_BEFORE_RE = re.compile(
    r"\b(?:soan(?: thao)?|xay dung|du thao|chuan bi|gui|nop|lap|draft\w*|prepar\w*|send\w*|submit\w*)\s+$"
)


def find_doc_descriptions(question: str) -> list[DocDescription]:
    """Documents named by type plus issuer ("của Tỉnh ủy") or period ("giai đoạn 2021-2025"), no number.

    A bare type ("kết luận về công tác Mặt trận") is not a description: several documents share it; nor is
    a bare period ("trong giai đoạn 2021-2025"): many documents are written for one; nor is the object of
    a drafting verb ("soạn Hướng dẫn của Mặt trận xã": the answer is where that work is assigned).
    """
    expanded = expanded_folded(question)
    found = list(_described_type_re().finditer(expanded))
    out: list[DocDescription] = []
    for m in _en_described_re().finditer(expanded):  # "the 2021-2025 conclusion", "conclusion for 2021-2025"
        word = m.group("kind") or m.group("kind2")
        type_name = _type_of_word(word)
        kinds = [type_name] if type_name else glossary_terms(word)
        period = "-".join(g for g in (m.group("y1") or m.group("y3"), m.group("y2") or m.group("y4")) if g)
        if kinds and period:
            out.append(DocDescription(vt.fold(kinds[0]), None, period))
    for i, m in enumerate(found):
        if _DRAFTS_BEFORE_RE.search(expanded[max(0, m.start() - 30) : m.start()]):
            continue  # "Ai chủ trì soạn Hướng dẫn của Mặt trận xã?": the document is the duty's product
        stop = found[i + 1].start() if i + 1 < len(found) else len(expanded)
        after = expanded[m.end() : min(stop, m.end() + 160)]
        issuer = _ISSUER_AFTER_RE.match(after)
        topic = None
        # a copy's kind continues its name ("bản sao lục của Tỉnh ủy" is the copy note, not a subject)
        if not issuer and m.group(1) != "ban sao" and (t := _TOPIC_BEFORE_ISSUER_RE.match(after)):
            issuer = _ISSUER_AFTER_RE.match(after, t.end(1) - 1)
            topic = t.group(1).replace(",", " ").strip() if issuer else None
        if issuer and _PLURAL_RE.match(issuer.group(1)):
            # "Quy định về chế độ báo cáo của các chi bộ": bodies in the plural issue no one document; the
            # phrase belongs to the subject
            issuer = topic = None
        period = _PERIOD_RE.search(after)
        if not issuer and not period:
            continue
        out.append(
            DocDescription(
                m.group(1),
                issuer.group(1).strip() if issuer else None,
                "-".join(g for g in period.groups() if g) if period else None,
                topic,
                expanded[m.start() : m.end() + max(x.end() for x in (issuer, period) if x)].strip(" ,"),
            )
        )
    return out


# A law or charter named by its title ("theo Luật Tổ chức chính quyền địa phương 2025", "Điều lệ Hội Cựu
# chiến binh"): the title names a domain, and a body written inside it is not who the question asks about.
# The title runs from a capitalised word after the type to punctuation, a number or a word that starts the
# rest of the question (a verb or question word, compared with its diacritics: "có" ends it, "cơ" does not).
_TITLED_TYPE_RE = re.compile(r"\b(?:Bộ luật|Luật|Pháp lệnh|Điều lệ)\s+(?=[A-ZĐÀ-Ỹ])")
_TITLE_END = frozenset(
    "quy có được thì là năm số hiện khi nếu phải ai gì nào mấy bao như cho đã đang sẽ nêu ghi".split()
)


def titled_spans(question: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``question`` of the laws and charters it names by title (see above)."""
    out = []
    for m in _TITLED_TYPE_RE.finditer(question):
        end = m.end()
        for w in re.finditer(r"[^\W\d_]+|\S", question[m.end() :]):
            word = w.group(0)
            if not word[0].isalpha() or vt.normalize(word) in _TITLE_END:
                break
            end = m.end() + w.end()
        if end > m.end():
            out.append((m.start(), end))
    return out


def description_words(question: str, descriptions: list[DocDescription]) -> set[str]:
    """The folded words written only inside the question's document descriptions ("ke", "hoach", "mat",
    "tran", ... of "Theo kế hoạch bầu cử của Mặt trận xã Lương Minh, vòng hai xong khi nào?"): they name
    the document, not the passage asked about."""
    rest = expanded_folded(question)
    inside: set[str] = set()
    for desc in descriptions:
        if desc.text:
            inside.update(desc.text.split())
            rest = rest.replace(desc.text, " ")
    return inside - set(re.findall(r"[a-z0-9]+", rest))


# After a document named by number, what describes it further: "của Quảng Ninh", "về mức chi bầu cử",
# up to the question's own predicate ("có hiệu lực", "quy định", "giao", "phải", a question word).
_REF_TAIL_RE = re.compile(
    r"\s*,?\s*(?:cua|ve)\s+(?:(?!\b(?:co|la|da|duoc|phai|can|se|nen|quy dinh|yeu cau|giao|ban hanh|ky|"
    r"thi|het|bat dau|ap dung|thay the|huong dan|nhu the nao|khi nao|bao gio|ngay nao|nao|gi|ai|cua|ve)\b)"
    r"[a-z0-9/ -])+"
)
# The same, read with diacritics where the question has them: folded, "cán bộ" and "cơ sở" would end the
# description as "cần" and "có" do.
_REF_TAIL_VI_RE = re.compile(
    r"\s*,?\s*(?:của|về)\s+(?:(?!(?<!\w)(?:có|là|đã|được|phải|cần|sẽ|nên|quy định|yêu cầu|giao|ban hành|"
    r"ký|thì|hết|bắt đầu|áp dụng|thay thế|hướng dẫn|như thế nào|khi nào|bao giờ|ngày nào|nào|gì|ai|của|về)"
    r"(?!\w))[\w/ -])+"
)


@cache
def _type_before_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{type_alternation()})\s+(?:so\s+)?$")


def reference_words(question: str, refs: list[DocNumberRef]) -> set[str]:
    """The folded words written only inside the question's references to numbered documents, with what
    describes them right after ("Nghị quyết 99/2025/NQ-HĐND của Quảng Ninh về mức chi bầu cử có hiệu lực
    ngày nào?" -> the words up to "có"): like ``description_words``, they say which document, not which
    of its passages. A reference to a document others carry out (``implemented``) is left out: its words
    are what the passages sought cite."""
    rest = vt.fold(question)  # not expanded: an abbreviation inside a number ("62-KL/TW") stays
    written = vt.normalize(question).lower()
    if len(written) != len(rest) or not vt.has_diacritics(question):
        written, tail_re = rest, _REF_TAIL_RE
    else:
        tail_re = _REF_TAIL_VI_RE
    inside: set[str] = set()
    for ref in refs:
        if ref.implemented:
            continue
        needle = vt.fold(ref.text)
        at = rest.find(needle)
        if at < 0:
            continue
        end = at + len(needle)
        if before := _type_before_re().search(rest, 0, at):  # "Nghị quyết (số) 99/2025/NQ-HĐND"
            at = before.start()
        tails = []
        for _ in range(2):  # "của X về Y" or "về Y của X"
            tail = tail_re.match(written, tails[-1].end() if tails else end)
            if tail is None:
                break
            tails.append(tail)
        # "của X" alone may be a copy's issuer or an actor ("Bản sao lục Thông báo 160 của Tỉnh ủy ..."):
        # only with a subject ("về Y") is the tail the document's description
        if any(re.match(r"\s*,?\s*ve\b", vt.fold(t.group(0))) for t in tails):
            end = tails[-1].end()
        inside.update(re.findall(r"[a-z0-9]+", rest[at:end]))
        rest = rest[:at] + " " + rest[end:]
        written = written[:at] + " " + written[end:]
    return inside - set(re.findall(r"[a-z0-9]+", rest))


# A verb of carrying out right before the document ("triển khai", "quán triệt", "(việc) thực hiện"): the
# passages sought are in the documents that carry it out or review it, which cite it.
@cache
def _carry_out_before_re() -> re.Pattern[str]:
    types = type_alternation()
    return re.compile(
        r"\b(?:thuc hien|trien khai|quan triet|implement\w*|carr\w* out"
        # a review of it, over a period or not ("nghe tổng kết 10 năm Kết luận 62": the notice recording
        # the review cites it; library5 dev l5-party-12)
        r"|(?:tong ket|so ket)(?:\s+\d+\s+(?:nam|thang))?"
        # a document citing it ("Văn bản nào dẫn chiếu Thông báo 45?", "which letter cites notice 45"):
        # the passages sought are those citing documents' (trial 37 e07)
        r"|(?:dan chieu|trich dan|vien dan)(?:\s+(?:den|toi))?|cite[sd]?|refer(?:s|red)?\s+to)"
        r"\s+(?:viec\s+)?(?:the\s+)?"
        # (an English type may be two words: "conclusion notice 45")
        rf"(?:(?:{types})\s+){{0,2}}(?:so\s+)?$"
    )


def implemented_role(folded_question: str, ref: DocNumberRef) -> bool:
    """Is the document named as what other documents carry out (``DocNumberRef.implemented``)?

    "Theo Kết luận 62 ..." is about its text; "tổng kết việc thực hiện Kết luận 62", "triển khai TB 160"
    about the documents carrying it out. A question whose document reads "Kế hoạch thực hiện X" names a
    plan by what it carries out: the retriever resolves that case (``Retriever`` "implementing" scope).
    """
    needle = vt.fold(ref.text)
    pos = folded_question.find(needle)
    if pos < 0:
        return False
    before = folded_question[max(0, pos - 80) : pos]
    if named_as_subject(before):
        return True  # "Chương trình hành động ... về Chỉ thị 37": the programme's subject (``about_refs``)
    return bool(_carry_out_before_re().search(before)) and not ordered_making(before)


@cache
def _making_before_re() -> re.Pattern[str]:
    makes = "|".join(re.escape(w) for w in document_making_words())
    types = type_alternation()
    return re.compile(
        rf"\b(?:{makes})\s+(?:(?:mot|cac|the|a|an)\s+)?(?:{types})\s+(?:de\s+|to\s+|for\s+)?"
        r"(?:thuc hien|trien khai|quan triet|implement\w*|carr\w* out)\s+(?:viec\s+)?(?:the\s+)?"
        rf"(?:(?:{types})\s+)?(?:so\s+)?$"
    )


def ordered_making(folded_before: str) -> bool:
    """Does the folded text before a document reference end with the making of a document carrying it out
    ("... phải xây dựng kế hoạch thực hiện " + "Nghị quyết 15", "draw up a plan to implement ")? Then the
    making is a duty the named document orders ("Đảng ủy giao UBND xã xây dựng kế hoạch thực hiện Nghị
    quyết, hoàn thành trước ngày ..."): the question is about that document's own text, not about the
    documents carrying it out. Verbs from ``phrases.json`` document_making_verbs."""
    return bool(_making_before_re().search(folded_before))
