"""Whether a draft's sentence restates a registry claim nearly word for word.

A conflicting figure's fix is safe only when the sentence *is* the claim (README, "Fixing
findings"): then the author meant the source's figure (a typo, an outdated number). The
match score cannot tell that: it rewards a short sentence whose words all occur in a long
statement (``- Stopped treatment because of adverse events: 3.8%`` against a statement that
also names the drug, the arm and the trial scores above 90), and frame evidence raises it
further. Restating is judged here on the words alone: both texts lowercased, markup, list
markers and punctuation dropped, every numeral written ``#`` (the figures are what differs),
then rapidfuzz's plain :func:`~rapidfuzz.fuzz.ratio` (normalised Indel similarity of the
whole strings, 0-100; no partial or token-set alignment, which forgive what is left out).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from claimcheck.registry.model import RegistryClaim

RESTATES_AT = 90.0
"""The similarity (rapidfuzz ``fuzz.ratio``, 0-100, of the normalised texts) at which a
sentence restates a statement or variant: a few words' difference on a sentence of fifteen."""

NUMBER = re.compile(r"\d(?:[\d,.\u00a0\u202f\u2009' ]*\d)?")
NOT_WORD = re.compile(r"[^\w#]+")
LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


def normalised(text: str) -> str:
    """``text`` lowercased, without a list marker or punctuation, numerals as ``#``:
    ``"- Stopped treatment: 3.8%"`` -> ``"stopped treatment #"``."""
    text = LIST_MARK.sub("", text)
    text = NUMBER.sub("#", text.lower())
    return " ".join(NOT_WORD.sub(" ", text).split())


NEGATION = re.compile(
    r"\b(?:not|no|never|none|neither|nor|without|cannot|longer|shorter|more|fewer|less|higher"
    r"|lower|greater|smaller)\b|n't\b",
    re.I,
)
"""Words that deny a figure or make it a difference ("was not 8.5 months", "8.5 months
longer"): a sentence must say as many as the statement to restate it."""


def restates(sentence: str, claim: RegistryClaim) -> bool:
    """Whether ``sentence`` (the draft's sentence holding the figure) says ``claim``'s
    statement or one of its variants nearly word for word (:data:`RESTATES_AT`), with the
    same negations: "was not 8.5 months" is one word from "was 9.5 months" and says the
    opposite, so a fix there would make the draft deny the source."""
    said = normalised(sentence)
    if not said:
        return False
    denied = len(NEGATION.findall(sentence))
    return any(
        fuzz.ratio(said, normalised(wording)) >= RESTATES_AT
        and len(NEGATION.findall(wording)) == denied
        for wording in (claim.statement, *claim.variants)
    )
