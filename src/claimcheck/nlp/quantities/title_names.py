"""A number word inside a Title Case name: "the HORIZON (Health Outcomes and Reduced Incidence
with Zoledronic Acid Once Yearly) trial", "the Two Rivers Health Trust's clinic", "the Fifty
Plus Women Study". The name spelled out before or after a study's acronym, or a name that a
noun of its kind follows (trial, study, hospital, trust …), holds words that read as figures
("Once Yearly" as once a year, "Two Rivers" as two rivers): they are part of the name, no
figure to substantiate. A Title Case heading ("Osteoporosis Affects Two Million Women") is no
name: its run is neither bracketed nor followed by such a noun, so its figures stay."""

from __future__ import annotations

import re

from claimcheck.nlp.quantity import Quantity

_CONNECTOR = r"(?:and|of|with|for|the|in|on|at|to|&)"
RUN_BEFORE = re.compile(rf"(?:[A-Z][\w'’-]*[ \u00a0]+(?:{_CONNECTOR}[ \u00a0]+)?)+\Z")
"""Capitalised words (with the small words a name joins them by) right before the figure."""
RUN_AFTER = re.compile(rf"(?:[ \u00a0]+(?:{_CONNECTOR}[ \u00a0]+)?[A-Z][\w'’-]*)*")
"""Capitalised words right after the figure, the rest of the name."""
_KINDS = (
    r"(?:trial|study|studies|programme|program|project|hospital|clinic|trust"
    r"|foundation|centre|center|group|network|initiative|cohort|registry|campaign|charity)\b"
)
KIND_AFTER = re.compile(rf"['’]?s?[ \u00a0]+(?i:{_KINDS})|(?<=[ \u00a0])(?i:{_KINDS})\Z")
"""A noun that says what the name names, after it (``… Rivers clinic``) or as its last
word (``… Women Study``)."""
SPELLED = re.compile(r"[A-Z][a-z]")
THE_BEFORE = re.compile(r"\bthe[ \u00a0]+\Z")


def in_a_title_name(text: str, quantity: Quantity) -> bool:
    """Whether a figure said in capitalised words stands inside a name (module docstring):
    every word of its surface capitalised, a capitalised word before it, and the whole run
    in brackets or followed by a noun of a name's kind (or, opened by "the", capitalised
    words after it and then that noun)."""
    surface = quantity.text
    if not SPELLED.match(surface) or not all(w[:1].isupper() for w in surface.split()):
        return False
    after = RUN_AFTER.match(text, quantity.end)
    end = after.end() if after else quantity.end
    before = RUN_BEFORE.search(text, max(0, quantity.start - 120), quantity.start)
    if (
        before is None
        and text[: quantity.start].rstrip(" \u00a0").endswith("(")
        and text[end:].lstrip(" \u00a0").startswith(")")
        and len(text[quantity.start : end].split()) >= 3
    ):
        return True  # "the FORTE (Four Or Ten Exercises) study": a name in brackets whole
    if before is None:
        # "the Two Rivers Health Trust clinic": a name opened by "the", its kind after it
        return (
            THE_BEFORE.search(text, max(0, quantity.start - 5), quantity.start) is not None
            and end > quantity.end
            and _kind_after(text, quantity.end, end)
        )
    opened = text[: before.start()].rstrip(" \u00a0").endswith("(")
    if opened and text[end:].lstrip(" \u00a0").startswith(")"):
        return True
    return _kind_after(text, quantity.end, end)


def _kind_after(text: str, start: int, end: int) -> bool:
    """Whether the name ending at ``end`` says what it names: a noun of a name's kind after
    it (``… Health Trust clinic``) or as its own last word (``… Women Study``)."""
    return KIND_AFTER.match(text, end) is not None or (
        end > start and KIND_AFTER.search(text, start, end) is not None
    )
