"""Quiz text formats a learning platform imports.

- Moodle GIFT (docs.moodle.org/en/GIFT_format): ``::title:: question {=right ~wrong ~wrong}``; true/false
  ``{T}``/``{F}``; short answer ``{=answer}``; the characters ``~ = # { } :`` are escaped with ``\\``;
  questions are separated by a blank line; ``//`` starts a comment line.
- Aiken (docs.moodle.org/en/Aiken_format): the question on one line, options ``A. ...`` one per line,
  then ``ANSWER: X``; multiple choice only, so true/false becomes two options and fill-in is left out.
"""

from __future__ import annotations

from assistant.training.quiz import FALSE, TRUE, QuizItem

_GIFT_SPECIAL = "~=#{}:"


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters and fold line breaks into spaces."""
    text = " ".join(text.replace("\\", "\\\\").split())
    return "".join("\\" + ch if ch in _GIFT_SPECIAL else ch for ch in text)


def to_gift(items: list[QuizItem], category: str = "") -> str:
    """The items as a GIFT file (text); each question's feedback gives the quote and its citation."""
    out: list[str] = []
    if category:
        out.append(f"$CATEGORY: {gift_escape(category)}\n")
    for i, it in enumerate(items, 1):
        # The file's name only: a learning platform's learners need not see the office's folder layout.
        name = it.file.replace("\\", "/").rsplit("/", 1)[-1]
        cite = f"{it.quote} ({it.document or name}, {it.section}{', tr. ' + str(it.page) if it.page else ''})"
        fb = "#" + gift_escape(cite)
        head = f"// {it.topic} / {it.kind}\n::Q{i}:: {gift_escape(it.question)} "
        if it.kind == "mc":
            opts = " ".join(("=" if o == it.answer else "~") + gift_escape(o) for o in it.options)
            out.append(head + "{" + opts + " " + fb + "}")
        elif it.kind == "true_false":
            out.append(head + "{" + ("T" if it.answer == TRUE else "F") + " " + fb + "}")
        else:
            out.append(head + "{=" + gift_escape(it.answer) + " " + fb + "}")
    return "\n\n".join(out) + "\n"


def to_aiken(items: list[QuizItem]) -> str:
    """The multiple-choice and true/false items as an Aiken file (fill-in items have no Aiken form)."""
    letters = "ABCDEFGH"
    out: list[str] = []
    for it in items:
        if it.kind == "fill_in":
            continue
        options = it.options if it.kind == "mc" else [TRUE, FALSE]
        lines = [" ".join(it.question.split())]
        lines += [f"{letters[i]}. {' '.join(o.split())}" for i, o in enumerate(options)]
        lines.append(f"ANSWER: {letters[options.index(it.answer)]}")
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"
