"""The values a bare follow-up swaps or carries into the previous question (``answer.followup``,
resolved before retrieval): another year, school year, term, quarter or month ("Còn năm 2035 thì sao?"),
and the quantity the previous question counted ("... được bao nhiêu?")."""

from __future__ import annotations

import re

from assistant.text import fold_chars

# "... được bao nhiêu?" ending on the quantity word with no unit nor noun of its own (folded)
_BARE_AMOUNT_RE = re.compile(r"\bbao nhieu\s*\??\s*$")
# what the previous question counts: the words after its "bao nhiêu" to the end of its clause (folded)
_COUNTED_RE = re.compile(r"\bbao nhieu\s+([^,;?()]+?)\s*(?:[,;?()]|\s(?:va|con|thi)\s|$)")


def with_counted_subject(rest: str, prev: str) -> str:
    """A figure follow-up that names nothing it counts ("Thực hiện 6 tháng được bao nhiêu?" after "Kế hoạch
    năm 2037 làm mới bao nhiêu km đường giao thông nông thôn?") asks the same quantity: the unit and the noun
    after the previous question's "bao nhiêu" go with it ("... được bao nhiêu km đường giao thông nông
    thôn"). Without them the follow-up matched every row of the table alike and its first row was quoted
    (trial 32 f2). ``rest`` unchanged otherwise."""
    bare = _BARE_AMOUNT_RE.search(fold_chars(rest).lower())
    counted = _COUNTED_RE.search(fold_chars(prev).lower())
    if not bare or not counted:
        return rest
    subject = prev[counted.start(1) : counted.end(1)].strip()
    if not subject:
        return rest
    head = rest[: bare.start()].rstrip()
    return f"{head} bao nhiêu {subject}".strip()


# A time a follow-up may ask about in place of the previous question's own (folded): a year, a school year, a
# term or period, a quarter, a month ("năm 2035", "năm học 2035 - 2036", "quý III", "tháng 5/2034"). Group
# "kind" is what it counts, which the previous question's value must share. A round or step ("Còn đợt 2 thì
# sao?") is not swapped: "... đợt 2 cấp khi nào?" is then held to a when-check that "sau khi nghiệm thu"
# does not pass, and the bare round's quote is lost (trial 30 p55).
_VALUE = (
    r"(?P<kind>nam hoc|nien khoa|nhiem ky|giai doan)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}"
    r"|(?P<kind2>nam)\s+(?:19|20)\d{2}(?!\s*[-–]\s*\d)"
    r"|(?P<kind3>quy|thang)\s+(?:iv|i{1,3}|\d{1,2})(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?"
)
_VALUE_ALONE_RE = re.compile(rf"^(?:{_VALUE}|(?P<bare>(?:19|20)\d{{2}}))$")
_VALUE_IN_RE = re.compile(rf"(?<![\w/-])(?:{_VALUE})(?![\w/])")


def _value_kind(m: re.Match) -> str:
    if "bare" in m.groupdict() and m.group("bare"):
        return "nam"  # "Còn 2035 thì sao?"
    return next(k for k in (m.group("kind"), m.group("kind2"), m.group("kind3")) if k)


def value_swap(prev: str, rest: str) -> str | None:
    """The previous question asked of the value a bare follow-up names instead of its own ("Còn năm 2035
    thì sao?" after "Chỉ tiêu diện tích lúa chất lượng cao năm 2034 là bao nhiêu?" -> "Chỉ tiêu diện tích lúa
    chất lượng cao năm 2035 là bao nhiêu?"), or with it added when it writes none of that kind; None when
    the follow-up names more than a value, or when the previous question writes two of its kind (which one
    is replaced is then a guess)."""
    folded_rest = fold_chars(rest).lower().strip()
    alone = _VALUE_ALONE_RE.match(folded_rest)
    if not alone:
        return None
    kind = _value_kind(alone)
    folded_prev = fold_chars(prev).lower()
    same = [m for m in _VALUE_IN_RE.finditer(folded_prev) if _value_kind(m) == kind]
    if len(same) > 1:
        return None
    if same:
        a, b = same[0].span()
        value = rest if a > 0 else rest[:1].upper() + rest[1:]
        if alone.group("bare"):
            value = re.sub(r"\d{4}", alone.group("bare"), prev[a:b])  # "năm 2034" -> "năm 2035"
        return prev[:a] + value + prev[b:]
    years = list(_BARE_YEAR_RE.finditer(folded_prev)) if kind == "nam" else []
    if len(years) == 1:
        # "... build in 2027?" writes its year bare: the year is swapped, the words around it kept
        a, b = years[0].span()
        return prev[:a] + re.search(r"(?:19|20)\d{2}", folded_rest).group(0) + prev[b:]
    if years:
        return None
    return f"{prev.rstrip(' ?')}, {rest}?"


# A year written bare (folded), not a part of a date, a number or a span of years
_BARE_YEAR_RE = re.compile(r"(?<![\w/.,-])(?:19|20)\d{2}(?![\w/.,]|\s*[-–]\s*\d)")
