"""A frame's word lists searched only where a word every match needs stands in the text.

:func:`claimcheck.verify.frames.read_frame` asks some forty patterns of each clause whether
they match (the measures, stages, sexes, settings, ethnic groups, severities, dose levels,
schedules); each starts at a word boundary, so the regex engine tries it at every character,
and most clauses name none of them. :class:`GatedNames` reads from each parsed pattern the
strings one of which every match contains (``women``, ``female``, ``girl`` …, as
:mod:`claimcheck.nlp.quantities.required_words` does for the quantity finder) and searches a
pattern only in a text that holds one of them. A text without any cannot match, so the names
found are the same as searching every pattern; a pattern without such strings is always
searched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from claimcheck.nlp.quantities.required_words import CASE_FOLDED, required_strings


def lowered(text: str) -> str | None:
    """``text`` in lower case for the case-blind checks, or None when a character in it
    (``İ ı ſ K``) matches an ASCII letter without case but lower-cases to something else:
    then every pattern is searched."""
    if not text.isascii() and any(char in text for char in CASE_FOLDED):
        return None
    return text.lower()


class GatedNames:
    """The names of ``patterns`` (name -> compiled pattern), in the mapping's order, each
    with the strings its matches need and whether they are compared without case."""

    __slots__ = ("_entries",)

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        self._entries = tuple(
            (name, pattern, *required_strings(pattern)) for name, pattern in patterns.items()
        )

    def found(self, text: str, lower: str | None) -> frozenset[str]:
        """The names whose pattern matches ``text`` somewhere (``lower``: :func:`lowered`
        of it)."""
        return frozenset(
            name for name, pattern in self.searched(text, lower) if pattern.search(text)
        )

    def searched(self, text: str, lower: str | None) -> list[tuple[str, re.Pattern[str]]]:
        """The (name, pattern) pairs, in the mapping's order, whose needles ``text`` holds
        (``lower``: :func:`lowered` of it): the only patterns that can match it. The
        needles are tested with ``str.__contains__`` mapped over them, not a generator per
        pattern: some forty patterns a clause, and the test ran for each."""
        searched = []
        for name, pattern, needles, blind in self._entries:
            if needles:
                if blind:
                    if lower is not None and not any(map(lower.__contains__, needles)):
                        continue
                elif not any(map(text.__contains__, needles)):
                    continue
            searched.append((name, pattern))
        return searched
