"""Appendices, schedules, lists and forms after the signature as sections of their own ("Phụ lục II › ...").

Each appendix part found by ``parse.tail.split_appendices`` gets a top-level section labelled "Phụ lục II"
(or "Mẫu số 01/HNCT", or its type: "Chương trình hành động"); its content is given its own section tree by
``structure.build`` (numbered headings, bold lines, table rows as the structure reader sees them), grafted
under that section with offsets moved to the end of the document text. So the attached programme of a
decision is quoted and cited like the body ("Chương trình hành động › II. › 1.2").
"""

from __future__ import annotations

from assistant.models import Paragraph, Section
from assistant.parse.structure import build
from assistant.parse.tail import Appendix


def append_appendices(
    text: str, sections: list[Section], paragraphs: list[Paragraph], parts: list[Appendix]
) -> str:
    """Append each appendix to ``text`` as a section subtree; returns the new text (lists grow in place)."""
    root = sections[0]
    for part in parts:
        if not part.paras:
            continue
        sub_text, sub_sections, sub_paras = build(part.paras, part.title)
        offset = len(text) + 2 if text else 0
        top = Section(
            id=f"s{len(sections)}",
            path=[part.label],
            label=None,
            title=part.title or part.label,
            level=1,
            start=offset,
            end=offset + len(sub_text),
            pages=list(sub_sections[0].pages),
            parent=root.id,
        )
        ids = {sub_sections[0].id: top.id}
        new_sections = [top]
        # A heading that opens the part and spans all of it ("PHỤ LỤC I" read as a heading) is the part.
        whole = next(
            (s for s in sub_sections[1:2] if s.level == 1 and s.start == 0 and s.end >= len(sub_text)), None
        )
        for sec in sub_sections[1:]:
            if sec.path == ["Mở đầu"] or sec is whole:
                ids[sec.id] = top.id  # the part's opening lines belong to the part itself
                continue
            ids[sec.id] = f"s{len(sections) + len(new_sections)}"
            path = [part.label, *(sec.path[1:] if whole is not None else sec.path)]
            new_sections.append(
                Section(
                    id=ids[sec.id],
                    path=path,
                    label=sec.label,
                    title=sec.title,
                    level=sec.level + (0 if whole is not None else 1),
                    start=sec.start + offset,
                    end=sec.end + offset,
                    pages=list(sec.pages),
                    org=sec.org,
                    parent=ids.get(sec.parent or "", top.id),
                )
            )
        sections.extend(new_sections)
        for para in sub_paras:
            paragraphs.append(
                Paragraph(
                    para.text,
                    para.start + offset,
                    para.end + offset,
                    ids[para.section_id],
                    para.page,
                    para.style,
                )
            )
        text = f"{text}\n\n{sub_text}" if text else sub_text
    root.end = len(text)
    return text
