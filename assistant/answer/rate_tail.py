"""What a figure is written per, read right after it: "1.500.000 đồng/ha", "50.000 đồng/người/ngày",
"300 triệu đồng/dự án" - each unit after a slash a whole word, never cut mid-noun (newcomer trial 40 fu2:
"tối đa 300 triệu đồng/dự" for "/dự án")."""

from __future__ import annotations

import re

from assistant.query.actions import compound_tags

# one syllable after each slash: where a unit starts
_SLASH_RE = re.compile(r"/([^\W\d_]+)")


def rate_tail_end(sentence: str, at: int) -> int | None:
    """The end of the per-unit tail starting at ``at`` in ``sentence`` ("/ha", "/người/ngày", "/dự án"),
    None when no slash and word follow there. Each unit is the whole word pyvi reads starting at the
    syllable after its slash (a compound of several syllables, "dự_án", is taken whole); without pyvi, or
    when it reads the syllable alone, one syllable."""
    end = None
    pos = at
    while (m := _SLASH_RE.match(sentence, pos)) is not None:
        unit_end = m.end()
        tagged = compound_tags(sentence[m.start(1) : m.start(1) + 40])
        if tagged:
            word, _tag = tagged[0]
            surface = word.replace("_", " ")
            if "_" in word and sentence.startswith(surface, m.start(1)):
                unit_end = m.start(1) + len(surface)
        end = pos = unit_end
    return end
