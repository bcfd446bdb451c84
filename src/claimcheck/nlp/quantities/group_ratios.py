"""Ratios of two groups written with a colon after the ratio's name: ``the female-to-male
ratio is about 9:1``, ``a male:female ratio of 3:1``, ``the ratio of women to men was
2.5:1``, ``a sex ratio of 1:4``. Epidemiology states how much commoner a condition is in one
group this way (a 9:1 ratio is nine times as common), and registries hold it as a multiple
(``unit: fold``), so it is a figure to check: ``a:b`` is ``a / b`` fold. Any other colon pair
(``randomised 2:1``, ``a 1:100 dilution``, ``the odds were 3:1``) stays no figure, as the
README's "Not claims" says: only a ratio named as one between two groups is read."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

from claimcheck.nlp.quantities.lexicon import APPROX_BEFORE
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.required_words import (
    folds_to_ascii,
    matches_from,
    occurrences,
    word_starts_before,
)
from claimcheck.nlp.quantity import Quantity

_GROUP = r"[a-z]+"
GROUP_RATIO = re.compile(
    rf"(?i:\b(?:{_GROUP}[-‐]to[-‐]{_GROUP}|{_GROUP}{H}*[:/]{H}*{_GROUP}|sex|gender)"
    rf"{H}+ratios?\b|\bratios?{H}+of{H}+{_GROUP}{H}+to{H}+{_GROUP}\b)"
    rf"(?:{H}*\([A-Za-z]{{1,2}}{H}*[:/]{H}*[A-Za-z]{{1,2}}\))?"  # "sex ratio (M:F)"
    rf"(?P<gap>[^\d.;:!?\n]{{0,60}}?)"
    rf"(?<![\d:.,])(?P<ratio>(?P<a>\d{{1,3}}(?:\.\d{{1,2}})?){H}*:{H}*(?P<b>\d{{1,3}}(?:\.\d{{1,2}})?))"
    rf"(?![\d:]|[.,]\d)"
)
"""A ratio's name between two groups, a few words, then its colon pair."""
_NAME_CHARS = frozenset(string.ascii_letters + "-‐:/" + " \t\u00a0\u2009\u202f")
"""Every character a match of :data:`GROUP_RATIO` can hold before its ``ratio``: the letters
of the groups' names (``[a-z]``, case-blind), what joins them (``-to-``, ``:``, ``/``) and the
blanks (:data:`~claimcheck.nlp.quantities.numbers.H`)."""


def _group_ratio_matches(text: str) -> Iterator[re.Match[str]]:
    """``GROUP_RATIO.finditer(text)``, tried only at the word starts that can open a match:
    every match holds ``ratio`` (any case), and before it only :data:`_NAME_CHARS` from its
    start (a word start: ``\\b`` then a letter), so it starts at a word start of the run of
    those characters that ends at an occurrence of ``ratio`` (:func:`word_starts_before`). A
    page says ``ratio`` a few times (``duration``, ``proliferation``), where the plain scan
    read every word of it. A text holding a character that case-blind matching folds to an
    ASCII letter (``K``, ``ſ``, ``ı``, ``İ``) is scanned as it is."""
    if folds_to_ascii(text):
        return GROUP_RATIO.finditer(text)
    lowered = text.lower()  # the same length: no İ
    starts = word_starts_before(text, occurrences(lowered, "ratio"), _NAME_CHARS)
    return matches_from(GROUP_RATIO, text, starts)


def group_ratios(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Each ratio of two groups in ``text`` (:data:`GROUP_RATIO`) as a multiple (``fold``),
    outside the ``taken`` spans. A ratio of zero parts is none."""
    found = []
    for match in _group_ratio_matches(text):
        begin, finish = match.span("ratio")
        if any(start < finish and begin < end for start, end in taken):
            continue
        first, second = float(match.group("a")), float(match.group("b"))
        if first == 0 or second == 0:
            continue
        value = first / second
        found.append(
            Quantity(
                text=match.group("ratio"),
                start=begin,
                end=finish,
                low=value,
                high=value,
                unit="fold",
                kind="multiple",
                approx=APPROX_BEFORE.search(text, max(0, begin - 40), begin) is not None,
            )
        )
    return found
