"""A footnote's number between a figure and the noun or unit it counts (session 53).

Reports and charity pages put the note's number right after the figure it sources, before
the noun: ``1,200¹ patients``, ``1,200[2] patients``, Markdown's ``1,200[^2] patients``,
HTML's ``1,200<sup>2</sup> patients`` and ``<sup>[2]</sup>``, after a scale word too (``3.4
million¹ people``), and before a unit (``6<sup>3</sup> weeks``). The number is the note's,
not a power: it is read as an invisible character (one for one, so offsets do not move and
the figure's text keeps it), and the noun after it is still what the figure counts (``1,200
patients``, ``6 weeks``).

A power of ten keeps its raised digits: ``10⁸ cells`` (``5 × 10⁸``) is a number, and HTML's
``10<sup>8</sup>`` arrives as ``10^8``; a letter's raised digit is a unit's power, so
``1.2m²`` stays 1.2 square metres (a short scale letter is never taken for ``million``
before a raised digit).
Marks that are no number (``*``, ``†``, letters) are read by the finder's own patterns."""

from __future__ import annotations

import re

_RAISED = "[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}"
_CITED = r"\[\^?(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\d{1,3})(?:[,–-](?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\d{1,3}))*\]"
_AFTER_FIGURE = (
    r"(?:(?<=\d)(?<![^\d.,]10)(?<!^10)|(?<=\dbn)|(?<=million)|(?<=billion)"
    r"|(?<=thousand))"
)
NOTE_NUMBER = re.compile(
    rf"{_AFTER_FIGURE}(?:(?P<padded> {{5,}}(?:{_RAISED}|{_CITED}) {{5,}}(?= ))"
    rf"|(?P<glued>{_RAISED}|{_CITED}))(?=[ \u00a0]+[A-Za-zµμ])",
    re.MULTILINE,
)
"""The note's number (raised, or cited in square brackets) glued to a figure or standing in
the blanks an HTML ``<sup>`` left (five and more on each side, which no plain text writes),
before a blank and a word."""


def note_numbers_invisible(text: str) -> str:
    """``text`` with every :data:`NOTE_NUMBER` read as invisible characters, one for one."""
    if "[" not in text and not re.search("[¹²³⁴⁵⁶⁷⁸⁹⁰]", text):
        return text  # no raised digit and no bracket: nothing to take (most texts)
    return NOTE_NUMBER.sub(lambda found: "\u200b" * len(found.group()), text)
