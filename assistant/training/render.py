"""Training material as export blocks (DOCX/PDF) and as plain text for the terminal and the UI."""

from __future__ import annotations

from assistant.export.blocks import Block, Heading, Para, Quote, Table
from assistant.training.compare import Comparison
from assistant.training.pack import TrainingPack
from assistant.training.quiz import QuizItem

_WHAT = {"lead": "Chủ trì", "coordinators": "Phối hợp", "deadline": "Thời hạn", "target": "Chỉ tiêu"}


def _src(c) -> str:
    return c.label()


def pack_blocks(pack: TrainingPack) -> list[Block]:
    """Identity, lineage, outline, duties by organisation, deadlines in date order and figures."""
    first = pack.documents[0]
    out: list[Block] = [Heading(f"Tài liệu tập huấn: {first['label']}", 0)]
    for d in pack.documents:
        out.append(Heading(d["label"], 1))
        rows = [
            ["Loại văn bản", d["type"] or "—"],
            ["Số", d["number"] or "—"],
            ["Ngày ban hành", d["date"] or "—"],
            ["Cơ quan ban hành", d["issuer"] or "—"],
            ["Người ký", " ".join(x for x in (d["signer_title"], d["signer"]) if x) or "—"],
            ["Trích yếu", d["title"] or "—"],
        ]
        out.append(Table(["Thông tin", "Nội dung"], rows, [1, 3]))
    if pack.lineage:
        out.append(Heading("Văn bản liên quan", 1))
        out.extend(Para("• " + line) for line in pack.lineage)
    out.append(Heading("Bố cục", 1))
    for label, entries in pack.outline.items():
        if len(pack.outline) > 1:
            out.append(Heading(label, 2))
        rows = [
            [("  " * max(0, e.level - 1)) + e.label, e.heading, e.first_line, str(e.cite.page or "")]
            for e in entries
            if e.label or e.heading
        ]
        out.append(Table(["Mục", "Tiêu đề", "Nội dung chính", "Tr."], rows, [1, 3, 5, 0.7]))
    out.append(Heading("Nhiệm vụ theo cơ quan, tổ chức", 1))
    for body, duties in pack.duties.items():
        out.append(Heading(body, 2))
        rows = [
            [d.task, "; ".join(d.lead) or "—", "; ".join(d.coordinators) or "—", d.deadline or "—", _src(d.cite)]
            for d in duties
        ]
        out.append(Table(["Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Nguồn"], rows, [4, 1.6, 1.6, 1.4, 2]))
    if pack.deadlines:
        out.append(Heading("Các mốc thời hạn", 1))
        rows = [[d.due or "", d.deadline or "", "; ".join(d.bodies) or "—", d.task, _src(d.cite)] for d in pack.deadlines]
        out.append(Table(["Hạn (ngày cuối)", "Thời hạn ghi trong văn bản", "Cơ quan", "Nhiệm vụ", "Nguồn"], rows, [1.2, 1.6, 1.6, 4, 2]))
    if pack.figures:
        out.append(Heading("Chỉ tiêu, số liệu", 1))
        out.append(Table(["Số liệu", "Nội dung", "Nguồn"], [[f.value, f.measure, _src(f.cite)] for f in pack.figures], [1, 5, 2]))
    for w in pack.warnings:
        out.append(Para(w))
    return out


def comparison_blocks(cmp: Comparison) -> list[Block]:
    """Aligned sections with their changes, then what is new and what was dropped, both sides quoted."""
    labels = cmp.labels()
    out: list[Block] = [Heading("So sánh văn bản: " + " / ".join(labels), 0)]
    out.append(Para(f"Cách ghép mục: {cmp.method}.", bold=False))
    for k, pairs in enumerate(cmp.aligned):
        right = labels[k + 1]
        out.append(Heading(f"{labels[0]} → {right}", 1))
        out.append(Heading("Nội dung tương ứng", 2))
        for p in pairs:
            title = f"{' › '.join(p.left.section.path)}  ↔  {' › '.join(p.right.section.path)} (độ tương đồng {p.score:.2f})"
            out.append(Para(title, bold=True))
            for ch in p.changes:
                out.append(Para(f"Thay đổi — {_WHAT[ch.what]}: {ch.before} → {ch.after}"))
            out.append(Quote(_clip(p.left.cite.quote), _src(p.left.cite)))
            out.append(Quote(_clip(p.right.cite.quote), _src(p.right.cite)))
        out.append(Heading(f"Mới trong {right}", 2))
        out.extend(Quote(_clip(u.cite.quote), _src(u.cite)) for u in cmp.new[k])
        if not cmp.new[k]:
            out.append(Para("Không có."))
        out.append(Heading(f"Có trong {labels[0]}, không còn trong {right}", 2))
        out.extend(Quote(_clip(u.cite.quote), _src(u.cite)) for u in cmp.dropped[k])
        if not cmp.dropped[k]:
            out.append(Para("Không có."))
    return out


def _clip(text: str, limit: int = 400) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def quiz_blocks(items: list[QuizItem], with_answers: bool) -> list[Block]:
    """The questions (``with_answers=False``) or the answer key with each answer's quote and citation."""
    title = "Đáp án" if with_answers else "Câu hỏi kiểm tra"
    out: list[Block] = [Heading(title, 0)]
    letters = "ABCD"
    for i, it in enumerate(items, 1):
        out.append(Para(f"Câu {i}. {it.question}", bold=True))
        if not with_answers:
            if it.options:
                out.extend(Para(f"{letters[j]}. {o}") for j, o in enumerate(it.options))
            else:
                out.append(Para("Trả lời: ...................................................."))
            continue
        answer = it.answer
        if it.options and it.kind == "mc":
            answer = f"{letters[it.options.index(it.answer)]}. {it.answer}"
        out.append(Para(f"Đáp án: {answer}"))
        src = ", ".join(x for x in (it.document, f"mục {it.section}" if it.section else "", f"tr. {it.page}" if it.page else "") if x)
        out.append(Quote(it.quote, src))
    return out


def blocks_to_text(blocks: list[Block]) -> str:
    """A plain-text rendering for the terminal."""
    lines: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            lines += ["", b.text, ("=" if b.level <= 1 else "-") * min(len(b.text), 100)]
        elif isinstance(b, Para):
            lines.append(b.text)
        elif isinstance(b, Quote):
            lines += [f"  “{b.text}”", f"    — {b.source}"]
        elif isinstance(b, Table):
            lines.append(" | ".join(b.header))
            lines += [" | ".join(c.replace("\n", " ") for c in r) for r in b.rows]
    return "\n".join(lines).strip() + "\n"
