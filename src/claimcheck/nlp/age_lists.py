"""List items labelled by an age band: ``- 18–44: 18.9%`` under "Share of adults, by age:".

A list whose lead-in or heading says its labels are ages gives each item's age as a bare
label before a colon or a dash (``- 18–44: 18.9%``, ``- 65 and older: 29.2%``, ``- Under 18 —
2%``). The label says *who* the item's figure is about, as a row header under a column titled
"Age" does (:func:`~claimcheck.nlp.tables.age_row_headers`): it is no figure to verify (no
CC102 on ``18–44``, no stub from ``registry suggest``) and becomes the claim's group. Without
such a lead the same label may be anything (``- 12–15: 3 sessions`` on a price list), so it is
left to the finder.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.documents.document import BLOCK_BREAK, ROW_BREAK

AGE_LEAD = re.compile(r"\bby\W+age\b|\bage\W+(?:groups?|bands?|brackets?)\b", re.IGNORECASE)
"""A lead-in or heading that says its list's labels are ages ("Share of adults with
diabetes, by age:", "### Prevalence by age group")."""

_BLOCK = re.compile(rf"[^\n{BLOCK_BREAK}{ROW_BREAK}]+")
"""One line or block of the analysis text (list items, headings and paragraphs each open one)."""
_ITEM_LABEL = re.compile(
    r"[ \t\u00a0]*(?P<label>(?:[^:—–\n]|–(?![ \t\u00a0])){1,30}?)[ \t\u00a0]*(?::|—|–[ \t\u00a0])"
)
"""The label that opens an item, up to its colon or its spaced dash (``18–44: …``,
``Under 18 — …``); a dash inside the label (``18–44``) is no separator."""
LEAD_BLOCKS = 2
"""Blocks above a list searched for its age lead: the lead-in line and the heading above it."""


def age_item_labels(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the label of each list item under an age lead (module doc), in text
    order; each is a span the caller reads as an age (a label that reads as no age is no
    group, and its figure stays)."""
    if not AGE_LEAD.search(text):
        return
    blocks = [
        (m.start(), m.end()) for m in _BLOCK.finditer(text) if text[m.start() : m.end()].strip()
    ]
    labels: list[tuple[int, int] | None] = [_label(text, start, end) for start, end in blocks]
    for index, label in enumerate(labels):
        if label is None:
            continue
        above = index - 1
        while above >= 0 and labels[above] is not None:  # the items before it in its list
            above -= 1
        lead = " ".join(
            text[slice(*blocks[i])] for i in range(max(0, above - LEAD_BLOCKS + 1), above + 1)
        )
        if AGE_LEAD.search(lead):
            yield label


def _label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a block's opening label when the block is a labelled item with a figure
    after its label (``18–44: 18.9%``); None for a heading, a lead-in or prose."""
    match = _ITEM_LABEL.match(text, start, end)
    if match is None or not any(ch.isdigit() for ch in match.group("label")):
        return None
    if not any(ch.isdigit() for ch in text[match.end() : end]):
        return None
    return match.start("label"), match.end("label")
