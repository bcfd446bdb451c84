"""``N times`` that counts occasions: a count of times, never a multiple.

``The nurse visited 4 times in March``, ``We tried it a dozen times``, ``Squeeze the pelvic
floor 10 times``, ``She has been admitted 5 times since May``: how often something was done,
a count (unit ``times``), where ``3 times higher``, ``4 times as likely`` and ``smoking raises
it 4 times`` compare two amounts (a multiple, unit ``fold``). Every ``N times`` was read as a
multiple, so a count of visits could back or break a registry's 4-fold risk (NewsQuant
marks ``orbiting more than 3200 times`` with the unit ``times``).

``N times`` counts occasions when nothing after it compares (no comparative, ``as``,
``than``, ``the``, ``that``, ``over``, or a noun it multiplies: ``6.5 times earnings``) and
no word just before the number makes it a change or a ratio (``raises it``, ``increased
by``, ``is``, ``were``, ``by``), nor does a comparison earlier in its sentence that it says
again with its words left out (``3.8 times as prevalent in 2020, and 4.3 times in 2022``).
How often a dose is taken (``3 times a day``, ``Max 4 times in 24 hours``) is a frequency,
read before this.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

OCCASION_AFTER = re.compile(
    rf"{H}*(?:[.,;:!?)\]]|\Z|\n|\u2029)"
    rf"|{H}+(?i:this|last|in|during|since|before|after|so{H}+far|already|until|till|on|at"
    rf"|while|when|with|without|and|or|but|if|throughout|across|altogether|in{H}+total|now"
    rf"|today|then|ago|to{H}+(?:get|make|see|find|reach|be)|from|for)\b"
)
"""What follows a count of occasions: the clause's end, or when, where and how it was done;
never a period it is said per (``3 times a day``, ``per week``: how often; ``4 times in 24
hours`` is made a frequency by the rate reader, as the multiple was)."""
CHANGE_BEFORE = re.compile(
    rf"(?<![\w-])(?i:raise[sd]?|raising|increase[sd]?|increasing|multipl\w+|boost\w*|rise[sn]?"
    rf"|rising|rose|grow\w*|grew|jump\w*|climb\w*|soar\w*|surg\w+|higher|lower|cut\w*|reduc\w*"
    rf"|decreas\w*|drop\w*|fell|fall\w*|is|are|was|were|be|been|being|by)"
    rf"(?:{H}+(?i:it|them|this|that|risk|the{H}+risk|odds|the{H}+odds))?"
    rf"(?:{H}+(?i:about|nearly|almost|around|roughly|some|approximately|more{H}+than|over"
    rf"|up{H}+to|at{H}+least|less{H}+than))?{H}+(?:an?{H}+)?\Z"
)
"""Words right before the number that make ``N times`` a change or a ratio: ``raises it 4
times``, ``increased by 3 times``, ``is about 3 times``."""


COMPARED_EARLIER = re.compile(
    rf"(?i:\btimes{H}+(?:as|more|less|higher|lower|greater|larger|smaller|bigger|faster"
    rf"|slower|likelier|longer|shorter|the|that|than)\b|fold\b|\btwice{H}+as\b"
    rf"|\b(?:doubl|tripl|quadrupl)\w*)"
)
"""A comparison said earlier in the sentence, which a later bare ``N times`` elides: ``3.8
times as prevalent in boys in 2020, and 4.3 times in 2022``."""
SENTENCE_START = re.compile(r"[.!?;\n\u2029][^.!?;\n\u2029]*\Z")


def counts_occasions(text: str, start: int, end: int) -> bool:
    """Whether ``N times`` (the number from ``start``, the word ending at ``end``) counts how
    often something was done (see the module); never where a comparison earlier in its
    sentence is said again with its words left out (:data:`COMPARED_EARLIER`)."""
    if OCCASION_AFTER.match(text, end) is None:
        return False
    if CHANGE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return False
    window = max(0, start - 300)
    opening = SENTENCE_START.search(text, window, start)
    return COMPARED_EARLIER.search(text, opening.start() if opening else window, start) is None
