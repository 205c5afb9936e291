"""One ``Assistant`` serves many users (the Gradio app shares one): no question may change what a later
question, another thread's question or a caller holding an earlier answer reads.

A renumbering of one answer's citations once changed Citation objects in place (tests/test_form_appendix
was flaky), so the values an answer is built from are immutable: ``Citation``, ``DocRef``, ``Chunk``,
``Hit`` are frozen dataclasses (a renumbered citation is a new value), the ``Corpus`` hands out read-only
mappings and tuples, and cached lexicon tables are read-only. Here one Assistant answers a sequence of
different questions and each answer must be exactly what a fresh Assistant gives; the same questions asked
from several threads at once give the same answers; a question asked twice gives identical text and
citations, and the answers already returned stay as they were. Two documents written here (Word with a
table, Markdown) and the five samples of documents/ are indexed for real.
"""

from __future__ import annotations

import copy
import dataclasses
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import assistant_over, write_docx_table

PLAN_OPENING = [
    "ĐẢNG ỦY XÃ TÂN PHÚ",
    "Số: 45-KH/ĐU",
    "Tân Phú, ngày 10 tháng 3 năm 2026",
    "KẾ HOẠCH",
    "tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Phát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân cư.",
    "II. NỘI DUNG",
    "1. Ngày hội tổ chức vào ngày 15/11/2026 tại Nhà văn hóa thôn Đông.",
    "2. Ủy ban Mặt trận Tổ quốc xã chủ trì, phối hợp với Hội Nông dân xã tổ chức Ngày hội; báo cáo kết quả "
    "về Đảng ủy xã trước ngày 30/11/2026.",
    "III. KINH PHÍ",
    "Kinh phí hỗ trợ các thôn tổ chức Ngày hội như sau:",
]
PLAN_HEAD = ["Thôn", "Số hộ", "Kinh phí hỗ trợ (đồng)"]
PLAN_ROWS = [["Thôn Đông", "120", "3.000.000"], ["Thôn Tây", "95", "2.500.000"]]
PLAN_CLOSING = [
    "IV. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này.",
    "T/M ĐẢNG ỦY",
    "BÍ THƯ",
    "Trần Văn Hùng",
]
NOTICE = [
    "HỘI LIÊN HIỆP PHỤ NỮ XÃ TÂN PHÚ",
    "Số: 12-TB/HPN",
    "Tân Phú, ngày 02 tháng 4 năm 2026",
    "THÔNG BÁO",
    "về việc tổ chức tập huấn kỹ năng tuyên truyền cho cán bộ hội",
    "1. Thời gian: 07 giờ 30 phút, ngày 20/4/2026.",
    "2. Địa điểm: Hội trường Ủy ban nhân dân xã Tân Phú.",
    "3. Thành phần: Chủ tịch, Phó Chủ tịch các chi hội phụ nữ; tổng số 40 đại biểu.",
    "4. Các chi hội gửi danh sách học viên về Văn phòng Hội trước ngày 15/4/2026.",
    "Nơi nhận:",
    "- Các chi hội;",
    "- Lưu VP.",
    "TM. BAN CHẤP HÀNH",
    "CHỦ TỊCH",
    "Nguyễn Thị Lan",
]
# Different kinds on purpose: a time and place, a lead body, a table row (quoted with its header row,
# citations renumbered), a deadline, a signer, a count, an English question, one with no answer.
OWN_QUESTIONS = [
    "Ngày hội Đại đoàn kết tổ chức ngày nào, ở đâu?",
    "Ai chủ trì tổ chức Ngày hội Đại đoàn kết?",
    "Thôn Đông được hỗ trợ bao nhiêu tiền tổ chức Ngày hội?",
    "Hạn báo cáo kết quả Ngày hội về Đảng ủy xã là khi nào?",
    "Ai ký Thông báo 12-TB/HPN?",
    "Tập huấn kỹ năng tuyên truyền tổ chức ở đâu?",
    "Bao nhiêu đại biểu dự tập huấn kỹ năng tuyên truyền?",
    "When must the branches send the list of trainees?",
    "Xã có kế hoạch xây cầu vượt sông không?",
]
SAMPLE_QUESTIONS = [
    "Kết luận 62-KL/TW do ai ký?",
    "Thông báo 160-TB/TW ban hành ngày nào?",
    "Ai chủ trì theo dõi, đôn đốc việc thực hiện thông báo kết luận sơ kết 5 năm Kết luận 62?",
    "Mặt trận và các đoàn thể cần làm gì để đổi mới nội dung, phương thức hoạt động?",
    "Who signed Conclusion 62?",
    "Kinh phí hoạt động của Mặt trận và các đoàn thể được bảo đảm thế nào?",
]


@pytest.fixture(scope="module")
def own_settings(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("isolation")
    plan = write_docx_table(root / "kh-45.docx", PLAN_OPENING, PLAN_HEAD, PLAN_ROWS, PLAN_CLOSING)
    notice = "\n\n".join(NOTICE) + "\n"
    return assistant_over(root, embedder, {"kh-45.docx": plan, "tb-12.md": notice}).settings


@pytest.fixture(scope="module")
def sample_settings(settings, sample_index):
    return dataclasses.replace(settings, index_dir=Path(sample_index))


@pytest.fixture(scope="module")
def cases(own_settings, sample_settings):
    """(settings, question) of every question asked here."""
    return [(own_settings, q) for q in OWN_QUESTIONS] + [(sample_settings, q) for q in SAMPLE_QUESTIONS]


def _fresh(settings, embedder):
    from assistant.api import Assistant

    return Assistant(settings, embedder=embedder)


def _key(answer) -> tuple:
    """What a user reads of an answer: its text, abstention, citations and "see also" sections."""
    return (
        answer.text,
        answer.abstained,
        answer.fact_absent,
        list(answer.notes),
        [dataclasses.asdict(c) for c in answer.citations],
        [dataclasses.asdict(c) for c in answer.see_also],
    )


@pytest.fixture(scope="module")
def alone(cases, embedder):
    """Each question's answer by an Assistant that has answered nothing before it."""
    return [_key(_fresh(s, embedder).ask(q)) for s, q in cases]


def test_a_sequence_of_questions_is_answered_as_by_fresh_assistants(cases, alone, embedder) -> None:
    shared = {}
    for forward in (True, False):  # in one order, then the other, by the same two Assistants
        order = range(len(cases)) if forward else reversed(range(len(cases)))
        for i in order:
            s, q = cases[i]
            a = shared.setdefault(s.index_dir, _fresh(s, embedder))
            assert _key(a.ask(q)) == alone[i], q


def test_questions_asked_from_several_threads_at_once_get_the_sequential_answers(cases, alone, embedder):
    # new Assistants: the threads also race on the first use of every cached view of the corpus
    assistants = {s.index_dir: _fresh(s, embedder) for s, _ in cases}
    jobs = [i for i in range(len(cases)) for _ in range(2)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(lambda i: _key(assistants[cases[i][0].index_dir].ask(cases[i][1])), jobs))
    for i, key in zip(jobs, got, strict=True):
        assert key == alone[i], cases[i][1]


def test_a_question_asked_twice_gets_identical_answers_and_returned_answers_stay(cases, embedder) -> None:
    for settings in {s.index_dir: s for s, _ in cases}.values():
        a = _fresh(settings, embedder)
        documents = copy.deepcopy(a.documents())
        questions = [q for s, q in cases if s.index_dir == settings.index_dir]
        first = [a.ask(q) for q in questions]
        kept = [copy.deepcopy(_key(x)) for x in first]
        again = [a.ask(q) for q in reversed(questions)][::-1]
        for q, old, new, before in zip(questions, first, again, kept, strict=True):
            assert (new.text, new.citations) == (old.text, old.citations), q
            assert _key(old) == before, f"an earlier answer changed by later questions: {q}"
        assert a.documents() == documents, "answering changed the documents the Assistant holds"
        # whoever holds an answer (the UI, a conversation log, a renumbering) cannot change its citations
        cited = next(x for x in first if x.citations)
        with pytest.raises(dataclasses.FrozenInstanceError):
            cited.citations[0].n = 9
        with pytest.raises(dataclasses.FrozenInstanceError):
            cited.retrieved[0].chunk.text = ""
