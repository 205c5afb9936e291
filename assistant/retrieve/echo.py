"""Name echo: a passage that only repeats the name of the document or event a question names.

A question often names its document or event by its title ("Kinh phí tổ chức đêm nhạc giao lưu gây quỹ
Xuân yêu thương lấy từ đâu?", "Trong kế hoạch tổ chức hội nghị hiệp thương lần thứ hai, kế toán có nhiệm vụ
gì?") and asks one thing of it (the money, the accountant's task). Those naming words are the question's
rarest over the library and most of its words, so both the dense and the lexical rankings put first the
passages restating the title (the purpose section "I. MỤC ĐÍCH, YÊU CẦU", the lead-in, "Tổ chức đêm nhạc
... nhằm gây quỹ từ thiện ...") above the clause that answers ("Nguồn kinh phí tổ chức từ quỹ ...").

The naming words are the question's words inside runs it shares with a document's title: at least
``NAME_MIN_PAIRS`` consecutive word pairs of it are the title's. They choose the document (the title prior,
``doc_scope``); the rest of the question's words (the *asked* words) choose the passage inside it. The
ranking feature ``name_echo`` (``prefer.FEATURES``) multiplies by ``Settings.name_echo_penalty`` a passage
of such a document that restates its name (``ECHO_MIN_PAIRS`` of the naming pairs) and no asked word,
when another passage of the document holds some. The answer's quotes are chosen without the naming words
(``answer.plan``; not for a time, a figure or a document fact, which the sentence naming the event may
write). A question with no asked word left ("Kế hoạch tổ chức hội thi X quy định gì?") is about
the document itself: nothing changes. Nothing here names a document, a phrasing or a place: the title is
each document's own (``DocInfo.title``), the words are the lexical index's folded terms.
"""

from __future__ import annotations

from assistant import text as vt

NAME_MIN_PAIRS = 3  # consecutive word pairs of the title a question must write to name it (a 4-word run)

ECHO_MIN_PAIRS = 2  # of those pairs a passage must write to restate the name


def folded_terms(folded: str) -> frozenset[str]:
    """Words of a folded text and their adjacent pairs ("kinh_phi"), every word counted as the lexical
    index's folded column counts them (a pair across "từ" in "gây quỹ từ thiện" is "quy_tu", "tu_thien")."""
    words = vt.TOKEN_RE.findall(folded)
    return frozenset(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}


def title_terms(title: str | None) -> frozenset[str]:
    """``folded_terms`` of a title, with the pairs of its content words too ("tra_bo" of "Đoàn kiểm tra
    của Bộ", as a question's pairs skip its function words); empty for no title."""
    words = vt.content_folds(title or "")
    pairs = {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    return folded_terms(vt.fold(title or "")) | pairs


def naming_words(terms: list[str], title: frozenset[str]) -> set[str]:
    """The words of the question's terms (folded words and ``a_b`` pairs, in the question's order) that
    name the document by its title: a run of at least ``NAME_MIN_PAIRS`` pairs in a row of the question's
    that the title writes ("to_chuc", "chuc_dem", "dem_nhac", "nhac_giao" ...), widened by the title's
    words next to it in the question, and theirs in turn ("STEM" after "thiết bị dạy học" when the title
    has "giáo dục STEM"); else the empty set (a word or two of the title is as often what is asked: "xử
    lý đơn thư", "tuyên truyền")."""
    pairs = [t.split("_") for t in dict.fromkeys(terms) if t.count("_") == 1]
    naming: set[str] = set()
    run: list[list[str]] = []
    for pair in [*pairs, ["", ""]]:
        if "_".join(pair) in title:  # the next pair of the question (its pairs stop at function words)
            run.append(pair)
            continue
        if len(run) >= NAME_MIN_PAIRS:
            naming |= {w for p in run for w in p}
        run = []
    # next to each other: the question's pairs and its content words in a row ("tư tưởng của Đảng")
    words = [t for t in dict.fromkeys(terms) if "_" not in t]
    near = pairs + [[a, b] for a, b in zip(words, words[1:], strict=False)]
    while naming:
        wider = naming | {w for a, b in near for w in (a, b) if w in title and ({a, b} & naming)}
        if wider == naming:
            break
        naming = wider
    return naming


def asked_keys(terms: list[str], naming: set[str]) -> set[str]:
    """The question's terms that are not naming words: its pairs made of asked words only, and its asked
    words that no such pair holds ("kinh_phi" stands for "kinh" and "phi", which "miễn phí" would meet)."""
    pairs = {t for t in terms if "_" in t and not set(t.split("_")) & naming}
    held = {w for p in pairs for w in p.split("_")}
    words = {t for t in terms if "_" not in t and t not in naming and t not in held}
    return pairs | words


def echoes(
    text_terms: frozenset[str], path_terms: frozenset[str], naming_pairs: set[str], keys: set[str]
) -> bool:
    """Whether a passage's text restates the name (``ECHO_MIN_PAIRS`` of its pairs) and neither its text nor
    its section path holds an asked key ("I. MỤC ĐÍCH, YÊU CẦU" over "2. Danh sách ... phải bảo đảm ..."
    answers "... phải đáp ứng yêu cầu gì?"); a heading restating the name makes no passage under it one."""
    restated = sum(1 for p in naming_pairs if p in text_terms)
    return restated >= ECHO_MIN_PAIRS and not any(k in text_terms or k in path_terms for k in keys)


def echo_passages(
    passages: dict[str, list[tuple[int, frozenset[str], frozenset[str]]]],
    titles: dict[str, frozenset[str]],
    terms: list[str],
) -> set[int]:
    """vids of the passages that only echo the name. ``passages``: doc_id -> (vid, ``folded_terms`` of the
    folded section path, ``folded_terms`` of the folded text) of its chunks (``Corpus.echo_rows``, read
    once per generation); ``titles``: doc_id -> its ``title_terms``; ``terms``: the question's folded
    lexical terms. Only documents whose title the terms name count; a document none of whose passages holds an
    asked key gives none (the question asks about the document as a whole, or in other words)."""
    out: set[int] = set()
    for doc, title in titles.items():
        naming = naming_words(terms, title)
        keys = asked_keys(terms, naming) if naming else set()
        if not keys:
            continue
        pairs = {t for t in terms if "_" in t and t in title and set(t.split("_")) <= naming}
        rows = passages.get(doc, [])
        found = {v for v, pt, tt in rows if echoes(tt, pt, pairs, keys)}
        if found and any(any(k in tt or k in pt for k in keys) for _, pt, tt in rows):
            out |= found
    return out


def quote_naming(terms: list[str], title: frozenset[str]) -> set[str]:
    """For choosing quotes (``answer.plan``): the question's naming words (``naming_words``) given its
    folded words and ``a_b`` pairs in the question's order (``Terms.in_order``: runs in a row are read,
    so a set's order, which changes with string hashing from one process to the next, gave one answer
    or another) and the quoted document's ``title_terms``; empty when the question does not name it, or
    asks nothing else of it (every word naming it)."""
    naming = naming_words(terms, title)
    return naming if {t for t in terms if "_" not in t} - naming else set()
