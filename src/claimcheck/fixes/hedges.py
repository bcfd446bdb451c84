"""What a figure fix does with the hedge written before the figure it replaces.

A hedge says where the true value lies against the figure: ``about``, ``around``,
``roughly``, ``approximately`` and ``an estimated`` lie on either side of it (neutral), while
``nearly``, ``almost`` and ``close to`` put it a little *under*, and ``just under`` / ``just
over`` a little to one side of a bound. Kept before a new figure, a directional hedge changes
what the fixed sentence asserts: ``Nearly 60%`` fixed to ``Nearly 46%`` says "a little under
46%" where the source says "an estimated 46%". So a fix keeps a neutral hedge, and replaces a
directional one the source's wording does not carry: with ``about`` when the source's figure
is approximate (the author's hedge stays a hedge), else with nothing. A bound's own
comparator (``more than``, ``at least``, ``up to``, ``fewer than``) is carried whenever a fix
is offered at all, since a fix needs the source's figure to be a bound of the same side.
"""

from __future__ import annotations

import re

from claimcheck.documents.document import Document
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.model import RegistryValue

DIRECTIONAL = re.compile(
    r"(?<![\w])(?:nearly|almost|close\s+to|approaching|practically|virtually"
    r"|(?:just|slightly|a\s+little)\s+(?=under\b|over\b|below\b|above\b|shy\b|short\b))\s*",
    re.IGNORECASE,
)
"""A hedge that puts the true value to one side of the figure (``nearly 60%``: under 60); for
a bound, the word that puts it close to the bound (the ``just`` of ``just under 60%``)."""

NEUTRAL = "about"
"""The hedge a directional one becomes when the source's figure is approximate."""


def _carried(phrase: str, wordings: tuple[str, ...]) -> bool:
    """Whether the claim's statement or a variant says ``phrase`` right before a figure
    (``Nearly 46% of adults …``): then the source's figure carries the hedge."""
    words = r"\s+".join(re.escape(word) for word in phrase.lower().split())
    said = re.compile(rf"(?<![\w]){words}\s*[~≈]?\s*\d")
    return any(said.search(wording.lower()) for wording in wordings)


def _cased_like(replacement: str, original: str) -> str:
    """``replacement`` capitalised when ``original`` was (``Nearly`` -> ``About``)."""
    if replacement and original[:1].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def hedge_spans(
    document: Document,
    quantity: Quantity,
    numeral_start: int,
    source: RegistryValue,
    wordings: tuple[str, ...],
) -> list[tuple[int, int, str]] | None:
    """The edits that keep the hedge between ``quantity``'s start and its first numeral
    (``numeral_start``) true of the source's figure: none when it is neutral or carried by
    ``wordings`` (the claim's statement and variants); None when the hedge would have to
    change but is written in markup (``**nearly** 60%``), so no fix is offered."""
    prefix = document.analysis[quantity.start : numeral_start]
    found = DIRECTIONAL.search(prefix)
    if found is None or _carried(found.group(), wordings):
        return []
    start, end = quantity.start + found.start(), quantity.start + found.end()
    if document.raw[start:end] != document.analysis[start:end]:
        return None
    bound = (source.low is None) != (source.high is None)
    replacement = "" if bound or not source.approx else NEUTRAL + " "
    following = document.analysis[end : end + 1]
    if not replacement and found.group()[:1].isupper() and following.isalpha():
        # "Just under 60%" -> "Under 46%": the sentence's capital moves to the next word
        return [(start, end + 1, following.upper())]
    return [(start, end, _cased_like(replacement, found.group()))]
