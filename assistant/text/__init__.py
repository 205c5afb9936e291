"""Vietnamese text rules, in one place, so that indexing and querying can never disagree.

The rules live in modules by kind; this package re-exports their public names, so every caller imports
``from assistant.text import ...``:

- ``normalise``: ``nfc`` (Unicode NFC), ``unify_tones`` (one tone placement for every syllable: "uỷ"/"ủy" ->
  "ủy", "hoà"/"hòa" -> "hòa"), ``normalize`` (the matching form: NFC, unified tones, lower case, one kind of
  quote and dash, single spaces), ``fold`` (``normalize`` without any diacritics: "Hội phụ nữ" -> "hoi phu
  nu", for accent-less matching).
- ``tokens``: ``syllables`` / ``bigrams``, the token streams the lexical index and the query share.
- ``language``: ``is_accentless`` / ``detect_language``, what kind of question this is.
- ``abbrevs``: ``expand_abbreviations`` (MTTQ -> Mặt trận Tổ quốc, from ``data/abbreviations.json``);
  ``spell_out`` the same on folded text ("htx xa" -> "hop tac xa xa"), for comparing bodies' names.
- ``content_words``: stop words and content words.
- ``docnumbers``: ``find_doc_numbers`` / ``canonical_doc_number``: "62- KL/TW" -> "62-KL/TW".
- ``dates``: days in figures or words, adoption dates, dashed dates.
- ``sentences``: sentence spans and lettered lists.
- ``drafting``: phrases of how directives and questions are drafted (replaced acts, effect divisions,
  opening periods, references to divisions, table column heads).
- ``datafiles``: reading the JSON data files the rules use.
"""

from assistant.text.abbrevs import (
    abbreviations,
    counted_from,
    defined_abbreviations,
    expand_abbreviations,
    initialled_phrases,
    spell_out,
    spelled_abbreviations,
    with_definitions,
)
from assistant.text.content_words import (
    content_folds,
    content_mask,
    folded_stopwords,
    question_words,
    stopwords,
)
from assistant.text.dates import (
    DASHED_DATE,
    adoption_date,
    day_keys,
    days_written,
)
from assistant.text.docnumbers import (
    canonical_doc_number,
    doc_number_issuer_key,
    doc_number_key,
    find_doc_numbers,
)
from assistant.text.drafting import (
    asks_replaced_act,
    column_counted,
    is_effect_division,
    opening_period,
    opens_reference,
    swap_head_phrase,
    writes_replacement,
)
from assistant.text.language import (
    detect_language,
    english_words,
    is_accentless,
    is_common_syllable,
    reaccent,
)
from assistant.text.normalise import (
    clean_spaces,
    fold,
    fold_cased,
    fold_chars,
    nfc,
    normalize,
    normalize_cased,
    tone_marks,
    unify_tones,
)
from assistant.text.sentences import (
    CITED_POINT_BEFORE_RE,
    ITEM_LETTERS,
    LIST_LETTERS,
    listed_parts,
    next_list_letter,
    sentence_spans,
)
from assistant.text.tokens import (
    TOKEN_RE,
    bigrams,
    comrade_count,
    has_diacritics,
    syllables,
    written_forms,
)

__all__ = [
    "clean_spaces",
    "comrade_count",
    "fold",
    "fold_cased",
    "fold_chars",
    "nfc",
    "normalize",
    "normalize_cased",
    "tone_marks",
    "unify_tones",
    "TOKEN_RE",
    "bigrams",
    "has_diacritics",
    "syllables",
    "written_forms",
    "detect_language",
    "english_words",
    "is_accentless",
    "is_common_syllable",
    "reaccent",
    "abbreviations",
    "counted_from",
    "defined_abbreviations",
    "expand_abbreviations",
    "initialled_phrases",
    "spell_out",
    "spelled_abbreviations",
    "with_definitions",
    "content_folds",
    "content_mask",
    "folded_stopwords",
    "question_words",
    "stopwords",
    "canonical_doc_number",
    "doc_number_issuer_key",
    "doc_number_key",
    "find_doc_numbers",
    "DASHED_DATE",
    "adoption_date",
    "day_keys",
    "days_written",
    "CITED_POINT_BEFORE_RE",
    "ITEM_LETTERS",
    "LIST_LETTERS",
    "listed_parts",
    "next_list_letter",
    "sentence_spans",
    "asks_replaced_act",
    "column_counted",
    "is_effect_division",
    "opening_period",
    "opens_reference",
    "swap_head_phrase",
    "writes_replacement",
]
