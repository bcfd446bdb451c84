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
    if "atio" not in text and "ATIO" not in text:
        return iter(())
    lowered = text.lower()  # the same length: no İ
    starts = word_starts_before(text, occurrences(lowered, "ratio"), _NAME_CHARS)
    return matches_from(GROUP_RATIO, text, starts)


_PAIR = (
    rf"(?<![\d:.,])(?P<ratio>\d{{1,3}}(?:\.\d{{1,2}})?{H}*:{H}*\d{{1,3}}(?:\.\d{{1,2}})?)"
    rf"(?![\d:]|[.,]\d)"
)
NAMED_PARTS_AFTER = re.compile(
    rf"{_PAIR}{H}+(?i:{_GROUP}[-‐]to[-‐]{_GROUP}|{_GROUP}{H}*[:/]{H}*{_GROUP})"
    rf"{H}+(?i:mix|mixes|mixture|blend|drink|solution|split)\b"
)
"""A colon pair before the two parts it compares and what they make: ``a 2:1
glucose-to-fructose mix``, ``a 3:1 carb:protein drink`` (the parts named, as a group ratio's
are; ``a 3:1 mix of water and gel``, a recipe's proportions, stays no figure)."""
STAFFING = re.compile(
    rf"\b(?i:staffing|staff|nurse|nursing|carer|care{H}+staff)(?:{H}+(?i:levels?|cover))?"
    rf"{H}+(?i:is|are|was|were|of|runs{H}+at|run{H}+at|will{H}+be|stays{H}+at){H}+"
    rf"(?:(?i:about|around|roughly|at|at{H}+least|one{H}+to){H}+)?{_PAIR}"
    rf"(?!{H}*(?i:am|pm|a\.m|p\.m|h\b|hrs|o['’]clock))"
)
"""A staffing level said as a colon pair after staff and a verb: ``Staffing is 1:5 by day``,
``nurse staffing was 1:8``, ``care staff cover is 1:4`` (one of staff to the people they look
after, a ratio of two groups without the word ``ratio``; ``Staff are at 9:30`` is a time)."""
_AND_PAIR = re.compile(rf"[^\d.;:!?\n]{{0,30}}?{H}(?:and|or|but){H}+(?:(?i:at){H}+)?{_PAIR}")
"""A second staffing pair in the same clause: ``1:5 by day and 1:10 at night``."""


_ONE_TO = re.compile(rf"1{H}*:")


def _named_pairs(text: str) -> Iterator[re.Match[str]]:
    """The colon pairs :data:`NAMED_PARTS_AFTER` and :data:`STAFFING` name, each staffing
    pair with the pairs joined to it by ``and``/``or`` in its clause. Scanned only where the
    words they need stand (a page rarely says them)."""
    lowered = text.lower()
    if ":" not in text:
        return
    if "to-" in lowered or "to‐" in lowered or "mix" in lowered or "drink" in lowered:
        yield from NAMED_PARTS_AFTER.finditer(text)
    if any(word in lowered for word in ("staff", "nurs", "carer")):
        for match in STAFFING.finditer(text):
            if not _ONE_TO.match(match.group("ratio")):
                continue  # "Staff are at 9:30": a clock time; staffing is one to some
            yield match
            position = match.end()
            while (more := _AND_PAIR.match(text, position)) is not None:
                if _ONE_TO.match(more.group("ratio")):
                    yield more
                position = more.end()


def group_ratios(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Each ratio of two groups in ``text`` (:data:`GROUP_RATIO`, and the named pairs of
    :func:`_named_pairs`) as a multiple (``fold``), outside the ``taken`` spans. A ratio of
    zero parts is none."""
    found = []
    seen: set[tuple[int, int]] = set()
    for match in (*_group_ratio_matches(text), *_named_pairs(text)):
        if match.span("ratio") in seen:
            continue
        seen.add(match.span("ratio"))
        begin, finish = match.span("ratio")
        if any(start < finish and begin < end for start, end in taken):
            continue
        first, second = (float(part) for part in re.split(rf"{H}*:{H}*", match.group("ratio")))
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
