"""With or without: a figure said of those without something is not the claim about those
with it, and the other way round.

"Awareness was reported in 1 in 8,200 anaesthetics when no neuromuscular block was given"
against two sibling claims, "With neuromuscular block, … 1 in 8,200" and "Without
neuromuscular block, … 1 in 135,900": both claims share every word of the clause, so only the
"no" tells them apart. The registry-name rule of the matcher (``WITH_IT``) covers a condition
the registry names as a subject; this one covers any exposure, technique or setting a claim
says with a negator (``without``, ``no``, ``non-``, ``never``), read from the words
themselves.

A negated phrase is its first one or two content words after the negator. It contradicts a
text that says all of those words outside any negated phrase: the figure names the exposure
plainly while the claim is about its absence, or the figure is about its absence while the
claim names it plainly. A text that says neither way (no mention) contradicts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

NEGATOR = re.compile(
    r"(?:\b(?:without|no|never)\b(?!-)|\bnon-)\W*(?:(?:a|an|the|any|prior)\W+)?"
    r"(?P<what>[A-Za-z][\w'-]*(?:[ \t]+[A-Za-z][\w'-]*)?)",
    re.IGNORECASE,
)
"""A negator and the (at most two) words it negates: ``without neuromuscular block``, ``no
muscle relaxant``, ``non-smokers``, ``never smoked``."""
NOT_NEGATED = frozenset(
    """more less fewer longer later earlier sooner greater higher lower better worse than one
    other others significant significantly difference different differences change changes
    increase increased decrease reduction evidence known clear single further matter need
    needed cost charge extra such doubt exception reason way time times problem problems
    data statistically effect impact benefit role use longer-term matter sign signs
    account case cases""".split()
)
"""Words after a negator that do not make a group of those without something: ``no more
than``, ``no significant difference``, ``no evidence``, ``no longer``, ``no extra cost``."""


@dataclass(frozen=True)
class Polarity:
    """What a text says without (``negated``: one tuple of stems per negated phrase) and the
    stems it says plainly, outside any negated phrase (``plain``)."""

    negated: tuple[frozenset[str], ...]
    plain: frozenset[str]


def read_polarity(
    text: str, stems: Callable[[str], list[str]], function_words: frozenset[str]
) -> Polarity:
    """The negated phrases and plain words of ``text``; ``stems`` turns words into the stems
    the matcher compares (its ``comparable_words``), ``function_words`` are never content."""
    negated: list[frozenset[str]] = []
    spans: list[tuple[int, int]] = []
    for found in NEGATOR.finditer(text):
        words = found.group("what").split()
        if words[0].lower() in NOT_NEGATED:
            continue
        said = frozenset(
            s for s in stems(" ".join(words)) if s not in function_words and s not in NOT_NEGATED
        )
        if not said:
            continue
        negated.append(said)
        spans.append((found.start(), found.end()))
    plain_text = text
    for start, end in reversed(spans):
        plain_text = plain_text[:start] + " ; " + plain_text[end:]
    plain = frozenset(s for s in stems(plain_text) if s not in function_words)
    return Polarity(tuple(negated), plain)


def opposite(figure: Polarity, claim: Polarity) -> frozenset[str] | None:
    """The stems of a phrase one side negates and the other says plainly (and never
    negates), or None when their polarities agree or only one side speaks of it."""
    figure_negated = frozenset().union(*figure.negated) if figure.negated else frozenset()
    claim_negated = frozenset().union(*claim.negated) if claim.negated else frozenset()
    for phrase in figure.negated:
        if phrase <= claim.plain and not phrase & claim_negated:
            return phrase
    for phrase in claim.negated:
        if phrase <= figure.plain and not phrase & figure_negated:
            return phrase
    return None
