"""``python -m assistant ask`` as a subprocess: the batch JSONL contract the eval harness relies on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _run(args: list[str], **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    return subprocess.run(
        [sys.executable, "-m", "assistant", "ask", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        **kw,
    )


def test_batch_output_schema(sample_index, tmp_path):
    batch = tmp_path / "q.jsonl"
    rows = [
        {"id": "a", "question": "Ai ký Kết luận số 62-KL/TW?", "history": []},
        {
            "id": "b",
            "question": "Còn Hội Nông dân thì sao?",
            "history": ["Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?"],
        },
        {"id": "c", "question": "What is the capital of France?"},
    ]
    batch.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    proc = _run(["--index", str(sample_index), "--json", "--batch", str(batch)])
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    for o in out:
        assert {"id", "answer", "abstained", "citations", "retrieved", "timings_ms"} <= set(o)
        assert 0 < len(o["retrieved"]) <= 10
        for r in o["retrieved"]:
            assert {"file", "section", "page", "text", "score"} <= set(r)
        scores = [r["score"] for r in o["retrieved"]]
        assert scores == sorted(scores, reverse=True)
        for c in o["citations"]:
            assert {"n", "file", "doc_title", "doc_number", "section", "page", "pages", "text", "quote"} <= set(c)
            assert isinstance(c["pages"], list)
            assert c["text"][c["quote_start"] : c["quote_end"]] == c["quote"]
    assert out[0]["citations"][0]["file"].startswith("KL-62") and not out[0]["abstained"]
    assert out[2]["abstained"] and out[2]["citations"] == []


def test_single_question_plain_and_missing_index(sample_index, tmp_path):
    proc = _run(["Ai ký Kết luận số 62-KL/TW?", "--index", str(sample_index)])
    assert proc.returncode == 0 and "Trương Tấn Sang" in proc.stdout and "[1]" in proc.stdout
    missing = _run(["Câu hỏi?", "--index", str(tmp_path / "none")])
    assert missing.returncode != 0
    assert "python -m assistant index" in missing.stderr and "No index" in missing.stderr


def test_answer_exports_to_docx_and_pdf_with_diacritics(sample_index, tmp_path):
    import docx
    from pypdf import PdfReader

    proc = _run(
        [
            "Hội phụ nữ phải làm gì theo Kết luận của Ban Thường vụ Tỉnh ủy?",
            "--index",
            str(sample_index),
            "--json",
            "--docx",
            str(tmp_path / "a.docx"),
            "--pdf",
            str(tmp_path / "a.pdf"),
        ]
    )
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    quotes = [" ".join(c["quote"].split()) for c in answer["citations"]]
    assert quotes
    text_docx = " ".join(p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs)
    text_pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(str(tmp_path / "a.pdf")).pages).split())
    for q in quotes:
        assert q[:60] in " ".join(text_docx.split())
        assert q[:40] in text_pdf, "the PDF keeps the quote's diacritics"
    assert "[1]" in text_docx and "Ban Thường vụ Tỉnh ủy" in text_docx


RULES = """ĐẢNG ỦY XÃ AN PHÚ
Số: 05-QĐ/ĐU

QUY ĐỊNH
Về sinh hoạt chi bộ

Điều 1. Sinh hoạt định kỳ
1. Chi bộ sinh hoạt thường kỳ mỗi tháng một lần vào ngày mùng 5.
2. Đảng viên cao tuổi được xét giảm nội dung sinh hoạt khi có đơn đề nghị gửi chi ủy.
3. Đảng viên được miễn sinh hoạt đảng khi ốm đau dài ngày hoặc đi công tác xa trên ba tháng.
4. Chi ủy báo cáo Đảng ủy xã danh sách đảng viên vắng sinh hoạt hằng quý.
"""


def test_answers_do_not_depend_on_the_hash_seed(tmp_path, settings, embedder):
    # Python salts str hashes per process: a tie between two equally rare question words, broken by the
    # order a set iterates in, gave different quotes after each restart. Four processes, one answer.
    from dataclasses import replace

    from assistant.indexer import Indexer

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "quy-dinh-sinh-hoat.txt").write_text(RULES, encoding="utf-8")
    index = tmp_path / "index"
    Indexer(replace(settings, index_dir=index), embedder=embedder).update(docs)
    question = "Khi nào đảng viên cao tuổi được miễn sinh hoạt đảng?"
    answers = set()
    for seed in ("0", "1", "2", "3"):
        env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", PYTHONHASHSEED=seed)
        proc = subprocess.run(
            [sys.executable, "-m", "assistant", "ask", question, "--index", str(index), "--json"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=900,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        answers.add(json.loads(proc.stdout)["answer"])
    assert len(answers) == 1, answers


def test_a_failing_question_does_not_end_the_batch(sample_index, tmp_path):
    # a question that is no text fails inside ``ask``: its row says so and the next lines are answered
    # (a trial's unaccented amount question once raised inside ``ask`` and ended its whole batch)
    batch = tmp_path / "q.jsonl"
    rows = [
        {"id": "x", "question": 123},
        {"id": "y", "question": "moi don vi duoc ho tro tri gia bao nhieu"},
        {"id": "z", "question": "Ai ký Kết luận số 62-KL/TW?"},
    ]
    batch.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    proc = _run(["--index", str(sample_index), "--json", "--batch", str(batch)])
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert [o["id"] for o in out] == ["x", "y", "z"]
    assert "error" in out[0] and "answer" not in out[0]
    assert "error" not in out[1] and "answer" in out[1], out[1]
    assert out[2]["citations"] and not out[2]["abstained"]
