"""Query understanding: aliases, accent-less and English questions, document numbers, FTS safety, and
agreement between how a question and the indexed text are tokenised."""

from __future__ import annotations

import re
import sqlite3
import unicodedata

import pytest

from assistant.index.lexical import FTS_TOKENIZE, LexicalQuery, index_fields, token_streams
from assistant.query import analyze, find_doc_refs


@pytest.mark.parametrize(
    "a,b",
    [
        ("Hội Liên hiệp Phụ nữ", "hội liên hiệp phụ nữ"),
        ("Ủy ban Mặt trận Tổ quốc", "Uỷ ban Mặt trận Tổ quốc"),  # old/new tone placement
        ("hòa giải", unicodedata.normalize("NFD", "hoà giải")),  # decomposed input from Word/PDF
    ],
)
def test_index_and_query_tokenise_alike(a, b):
    assert token_streams(a) == token_streams(b)
    fields = index_fields([], a)
    q = LexicalQuery.from_texts([b])
    assert set(q.vi) <= set(fields.vi.split()) and set(q.folded) <= set(fields.folded.split())


def test_folded_column_matches_accentless_text():
    vi, folded = token_streams("Hội phụ nữ các cấp")
    assert "phụ_nữ" in vi and "phu_nu" in folded
    assert LexicalQuery.from_texts(["hoi phu nu"]).folded == ["hoi", "phu", "nu", "hoi_phu", "phu_nu"]


@pytest.mark.parametrize(
    "q", ["HLHPN phải làm gì?", "Hội LHPN có nhiệm vụ gì?", "Hội phụ nữ các cấp phải làm gì?"]
)
def test_women_union_aliases(q):
    info = analyze(q)
    assert info.orgs == ["hoi_phu_nu"]
    assert info.language == "vi" and not info.accentless
    terms = info.lexical_query().vi
    assert "phụ_nữ" in terms


def test_abbreviation_expansion():
    info = analyze("MTTQ và các tổ chức CT-XH")
    assert "Mặt trận Tổ quốc" in info.expansions and "chính trị - xã hội" in info.expansions
    assert "mttq" in info.orgs


def test_accentless_question():
    info = analyze("hoi phu nu cac cap phai lam gi")
    assert info.accentless and info.language == "vi"
    assert info.orgs == ["hoi_phu_nu"]
    assert info.restored and info.restored != info.question  # pyvi works offline
    q = info.lexical_query()
    assert "phu_nu" in q.folded and q.weights[1] >= q.weights[0]
    assert len(info.dense_texts()) == 2


def test_english_question():
    info = analyze("What must the Women's Union do?")
    assert info.language == "en" and info.orgs == ["hoi_phu_nu"]
    assert "Hội Liên hiệp Phụ nữ Việt Nam" in info.org_terms
    q = info.lexical_query()
    assert "what" not in q.folded  # English words are not searched lexically
    assert "phụ_nữ" in q.vi
    info = analyze("Who is responsible for the deadline under the conclusion?")
    # "deadline" asks for a time: the intent reads it, its glosses are no clause's words
    assert "chủ trì" in info.english_terms and info.intent == "deadline"
    assert "thời hạn" not in info.english_terms


@pytest.mark.parametrize(
    "q,digits,code,number",
    [
        ("Kết luận số 62-KL/TW nói gì?", "62", "KL", "62-KL/TW"),
        ("nội dung KL 62", "62", "KL", None),
        ("kết luận 62 về Mặt trận", "62", "KL", None),
        ("ket luan so 62", "62", "KL", None),
        ("TB 160 yêu cầu gì", "160", "TB", None),
        ("thông báo 160", "160", "TB", None),
        ("Thông báo kết luận số 160", "160", "TB", None),
        ("What does conclusion 62 say?", "62", "KL", None),
        ("160- TB/TW", "160", "TB", "160-TB/TW"),
    ],
)
def test_document_numbers(q, digits, code, number):
    refs = find_doc_refs(q)
    assert len(refs) == 1
    # the code a loose mention may carry in a number: "Thông báo kết luận 160" is written "160-TB/..."
    assert (refs[0].digits, refs[0].number) == (digits, number) and code in refs[0].codes()
    assert analyze(q).lexical_query().nums


@pytest.mark.parametrize("q", ["Đã 5 năm thực hiện, kết quả ra sao?", "Sau đa 3 lần kiểm tra thì sao?"])
def test_counts_are_not_document_codes(q):
    # a syllable that is also a type code ("ĐA" for Đề án) counts only when written as in numbers
    assert find_doc_refs(q) == []


def test_no_number_in_plain_question():
    assert find_doc_refs("Hội phụ nữ các cấp phải làm gì trong năm 2025?") == []


@pytest.mark.parametrize(
    "odd",
    ['"', "*", "AND", "OR NOT", "62-KL/TW", "NEAR(a b)", "vi : x", "'; DROP TABLE chunks; --", "^*()", ""],
)
def test_fts_expressions_are_always_valid(odd):
    conn = sqlite3.connect(":memory:")
    conn.execute(f'CREATE VIRTUAL TABLE t USING fts5(vi, folded, nums, tokenize="{FTS_TOKENIZE}")')
    f = index_fields(["Kết luận"], "Kết luận số 62-KL/TW AND * NEAR")
    conn.execute("INSERT INTO t VALUES (?,?,?)", (f.vi, f.folded, f.nums))
    expr = analyze(odd).lexical_query().match_expression()
    if expr:
        assert re.fullmatch(r'[\w ():"]+', expr)
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall()


def test_organisations_through_the_registry():
    assert analyze("What must the Women’s Union do?").orgs == ["hoi_phu_nu"]  # curly apostrophe
    assert analyze("MTTQ và các đoàn thể phải làm gì?").orgs == ["mttq"]  # collectives are not expanded
    assert analyze("Hội LHPN tỉnh và Đoàn TN cần làm gì?").orgs == ["hoi_phu_nu", "doan_tn"]


def test_short_abbreviation_needs_capitals_in_questions():
    # "từ" folds to "tu" like the abbreviation TU (Tỉnh ủy): lower-case it is the everyday word.
    assert analyze("Thời hạn từ ngày nào?").orgs == []
    assert analyze("hlhpn phai lam gi").orgs == ["hoi_phu_nu"]


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Gửi danh sách đội thi trước ngày nào?", "deadline"),
        ("Kết luận 62 ban hành ngày nào?", "date"),
        ("Ai ký Kết luận 62?", "signer"),
        ("Ai đứng tên ký thông báo của Đảng ủy xã?", "signer"),
        ("Hạn chót xây dựng kế hoạch là khi nào?", "deadline"),
        ("Ở tỉnh có những văn bản nào triển khai Thông báo 160?", "documents"),
    ],
)
def test_intent(question, intent):
    assert analyze(question).intent == intent


@pytest.mark.parametrize(
    ("question", "subjects"),
    [
        # the actor, not the issuer ("của" after a document) nor the topic ("về công tác", "để")
        (
            "Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy về công tác Mặt trận?",
            ["hoi_phu_nu"],
        ),
        ("Công đoàn cần làm gì để Hội Nông dân tham gia?", ["cong_doan"]),
        # "của" after a duty word marks its owner; "và" shares the role of the body before it
        ("Nhiệm vụ của Hội Cựu chiến binh là gì?", ["hoi_ccb"]),
        ("What are the tasks of the Youth Union?", ["doan_tn"]),
        ("HĐND và UBND tỉnh được giao gì?", ["hdnd", "ubnd"]),
        # the question asks for a body: the ones it names are context
        ("Cơ quan nào chủ trì công tác Mặt trận?", []),
        ("Ai theo dõi việc Hội phụ nữ thực hiện kết luận?", []),
    ],
)
def test_subject_organisations(question, subjects):
    assert analyze(question).subject_orgs == subjects


@pytest.mark.parametrize(
    ("question", "implemented"),
    [
        ("Tổng kết 10 năm thực hiện Kết luận 62 có kết quả gì?", True),
        ("Hội nghị sơ kết 5 năm thực hiện KL 62 đánh giá gì?", True),
        ("Văn bản nào triển khai TB 160?", True),
        ("Theo Kết luận 62, Mặt trận phải làm gì?", False),
        ("Kết luận 62 giao cơ quan nào theo dõi việc thực hiện?", False),
    ],
)
def test_document_named_as_what_others_carry_out(question, implemented):
    assert [r.implemented for r in analyze(question).doc_numbers] == [implemented]


def test_documents_named_by_description():
    (plan,) = analyze("Theo Kế hoạch của Tỉnh ủy, Ban Tổ chức làm gì?").doc_descriptions
    assert (plan.kind, plan.issuer, plan.period) == ("ke hoach", "tinh uy", None)
    (conclusion,) = analyze("HLHPN phải làm gì theo KL giai đoạn 2021-2025?").doc_descriptions
    assert (conclusion.kind, conclusion.period) == ("ket luan", "2021-2025")
    # a bare type is shared by several documents: not a description
    assert analyze("Kết luận về công tác Mặt trận nói gì?").doc_descriptions == []
    # a numbered document is named, not described
    assert analyze("Kết luận 62 của Bộ Chính trị nói gì?").doc_descriptions == []


def test_documents_described_in_english_not_by_period_alone():
    q = "What are the duties of the Farmers' Association in the 2021-2025 conclusion?"
    (en,) = analyze(q).doc_descriptions
    assert (en.kind, en.period) == ("ket luan", "2021-2025")
    (en2,) = analyze("What must the Youth Union do under the conclusion for 2021-2025?").doc_descriptions
    assert (en2.kind, en2.period) == ("ket luan", "2021-2025")
    # a bare period names no document: many documents are written for one period (issue 11)
    assert analyze("Công đoàn được giao việc gì trong giai đoạn 2021-2025?").doc_descriptions == []
    assert analyze("Năm 2014 đã sơ kết những gì?").doc_descriptions == []  # a single year names no period


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Mặt trận xã định họp hiệp thương lần hai vào hôm nào?", "event"),
        ("Hội nghị tuyên dương diễn ra ngày nào?", "event"),
        ("Kế hoạch được ký hôm nào?", "date"),
    ],
)
def test_day_questions_ask_an_event_or_the_signing(question, intent):
    assert analyze(question).intent == intent


@pytest.mark.parametrize(
    ("question", "action", "obj"),
    [
        ("Đoàn xã phải gửi danh sách đoàn viên ưu tú trước ngày nào?", "gui", "danh sach"),
        ("Các chi đoàn phải nộp kinh phí trước ngày nào?", "nop", "kinh phi"),
        ("Khi nào phải sơ kết việc thực hiện kế hoạch?", "so ket", None),  # "việc": no object of its own
        ("Đoàn xã phải tổng kết Tháng Thanh niên trước ngày nào?", "tong ket", None),  # a name
        ("Kết quả phải gửi về Ban Thường trực lúc nào?", "gui", None),  # a preposition after the verb
        ("Còn báo cáo kết quả thì hạn chót khi nào?", "bao cao", None),  # "kết quả": generic
    ],
)
def test_the_asked_action_and_its_object(question, action, obj):
    info = analyze(question)
    assert info.intent == "deadline"
    assert (info.asked_action, info.asked_object) == (action, obj)


def test_english_directive_vocabulary_gets_vietnamese_terms():
    # the glossary covers the library's frequent directive terms, not only party-rule words; bodies' names
    # come from the organisation registry ("Standing Committee" adds no glossary term of its own)
    info = analyze("Which commune letter asks the village heads to submit the dossier before the second round?")
    for term in ("xã", "công văn", "thôn", "hồ sơ", "lần thứ hai", "trước"):
        assert term in info.english_terms, info.english_terms
    assert "ban thường vụ" not in analyze("What did the Standing Committee conclude?").english_terms


def test_a_body_opening_the_question_is_no_action_and_english_has_none():
    info = analyze("Ban công tác Mặt trận các ấp phải báo cáo về Ủy ban MTTQ xã trước ngày nào?")
    assert info.asked_action == "bao cao"
    assert "Ban công tác Mặt trận các ấp" in info.subject_bodies
    assert analyze("Các xã còn lại phải hoàn thành đại hội trước ngày nào?").asked_action is None
    assert analyze("When must youth union branches submit their final report?").asked_action is None
    assert analyze("Đại hội điểm tổ chức ở đâu và khi nào?").intent == "event"
    assert analyze("Khi nào phải tổ chức hội nghị sơ kết?").intent == "deadline"


def test_words_that_fold_alike_are_read_as_written():
    # folded, "cán bộ" reads "can" (cần) and "nhiệm kỳ" reads "ky" (ký): neither is the modal or signing
    assert analyze("Nghị quyết về hỗ trợ cán bộ thôn có hiệu lực ngày nào?").intent == "event"
    assert analyze("Khi nào Đoàn xã tổ chức đại hội nhiệm kỳ mới?").intent != "date"
    assert analyze("Kế hoạch 41 ký ngày nào?").intent == "date"
    assert analyze("ai ky ke hoach 41").intent == "signer"  # typed without marks: read folded


def test_what_a_document_carries_out_is_not_who_carries_it_out():
    assert analyze("Công văn 112 căn cứ vào văn bản nào?").intent == "basis"
    assert analyze("Kế hoạch này triển khai kế hoạch nào của xã?").intent == "basis"
    assert analyze("Which conclusion does the commune letter implement?").intent == "basis"
    assert analyze("Những văn bản nào thực hiện Thông báo 160?").intent == "documents"


@pytest.mark.parametrize(
    ("question", "action"),
    [
        ("Cơ quan nào ở Trung ương chủ trì đánh giá mô hình thí điểm?", "danh gia"),
        ("Ban nào chủ trì, phối hợp xây dựng đề án?", "xay dung"),
        ("Ai chủ trì?", None),
        ("ai chu tri danh gia mo hinh", None),  # no diacritics: the tagger is lost, no action
    ],
)
def test_led_action_of_who_leads_questions(question, action):
    # "who leads X?" ranks the passage where a body leads X (retrieve.prefer ``asked_action``)
    assert analyze(question).led_action == action


def test_a_verb_after_a_two_syllable_place_name_is_not_the_bodys_name():
    # "Krông Hà mở lớp ...": "mở" starts the predicate, not a syllable of the name
    info = analyze("Ban Kinh tế Hội CCB Ea Súp mở lớp tập huấn nuôi bò vào thời gian nào?")
    assert "Ban Kinh tế Hội CCB Ea Súp" in info.subject_bodies, info.subject_bodies
    assert not any(b.endswith(" mở") for b in info.subject_bodies), info.subject_bodies


def test_how_often_is_no_length_of_time():
    # "bao lâu một lần?" asks a frequency ("định kỳ 6 tháng một lần"), not a length in days or months
    assert analyze("Bao lâu một lần Ban Thường vụ phải làm việc với Mặt trận?").amount_unit is None
    assert analyze("Ảnh của người ứng cử phải chụp trong vòng bao lâu?").amount_unit == ["thoi gian"]
