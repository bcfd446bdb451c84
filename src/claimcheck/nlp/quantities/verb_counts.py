"""Counts of people said right before a verb, in coordinated clauses (session 60, issue 11).

Results pages split a group and count each part by what happened to it, leaving out the
noun: "12 had surgery and seven had radiotherapy", "Of 40 patients, 31 responded and nine did
not", "Twenty were admitted and 11 died". Each number is a count of its own, the subject of
its own verb. A digit count is read already (a bare number); a spelled one was dropped, as
every small number word without its noun is (``seven`` alone is as often no figure). Here
it counts when the sentence sets it beside another count before a verb, with ``and``,
``but``, ``while``, ``whereas``, ``yet`` or a semicolon between (a partner before it or
after it), or right after a whole that opens the sentence (``Of the 40 patients, nine …``).

The noun: a count after a whole said first (``Of 40 patients,``, ``Of the 120 women
enrolled,``) counts the whole's things, so it takes its noun (31 patients, 9 patients): the
sentence says what the parts are of. With no whole, a count before a verb stays bare (the
sentence does not say 12 what), as ``Four wards opened and two closed`` keeps its 2 bare.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

H = r"[ \t\u00a0\u202f\u2009]"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SPELLED = rf"(?:(?:{_TENS})(?:[-{H[1:-1]}](?:{_UNITS}))?|{_TEENS}|{_UNITS})"
"""A spelled whole number up to ninety-nine, as counts of a group's parts are spelled."""
COUNT = rf"(?<![\w.,£$€%-])(?:\d{{1,3}}(?:,\d{{3}})*|\d+|(?i:{SPELLED}))(?![\w.,%-])"
"""A count in digits or words (not a decimal, a price or a share)."""
VERB = (
    r"(?:(?:did|do|does|were|was|are|is|had|have|has|could|would|will|can|may|might|should"
    r"|must)(?:n['’]t)?|died|die|said|say|got|get|went|took|take|saw|see|became|become|came"
    r"|left|underwent|fell|grew|gave|made|felt|kept|lost|quit|sought|began|stayed|remained"
    r"|needs?|(?!(?:aged|based|related|dated|ed)\b)[a-z]{2,}ed)\b"
)
"""A verb the counted subject takes (``had``, ``did not``, ``responded``, ``died``); a word
in ``-ed`` but ``aged``, ``based`` … (``nine aged under 5`` says whom, not what they did)."""
ASIDE = rf"(?:{H}*\([^()\n]{{1,60}}\))?"
"""A bracketed aside between the count and its verb: ``107 (86%) completed``."""
VERB_AFTER = re.compile(rf"{ASIDE}{H}+{VERB}")
"""A verb right after the count (its bracketed aside passed over)."""
JOINER = rf"(?:,?{H}+(?i:and|but|while|whereas|yet)|;|,{H}+(?i:and{H}+)?(?i:then))"
CLAUSE = r"[^.;:!?\n\u2029\d]"
NO_DETERMINER = "".join(
    rf"(?<!{word} )(?<!{word.title()} )" for word in ("the", "all", "both", "these", "those")
)
"""No determiner before a partner count: ``The two had surgery and one …`` counts nobody anew."""
PARTNER_BEFORE = re.compile(
    rf"{NO_DETERMINER}{COUNT}{ASIDE}{H}+{VERB}{CLAUSE}{{0,60}}?{JOINER}{H}+\Z", re.IGNORECASE
)
"""A count before a verb earlier in the sentence and a conjunction right before this count:
``12 had surgery and`` before ``seven``."""
PARTNER_AFTER = re.compile(
    rf"{ASIDE}{H}+{VERB}{CLAUSE}{{0,60}}?{JOINER}{H}+{NO_DETERMINER}{COUNT}{ASIDE}{H}+{VERB}",
    re.IGNORECASE,
)
"""After this count, its verb, a conjunction and another count before a verb: ``Twenty``
before ``had surgery and 11 had chemotherapy``."""
WHOLE_BEFORE = re.compile(
    rf"(?:^|(?<=[.!?:;\n(>]))[\s\"'“‘]*(?i:of){H}+(?:(?i:the|these|those|all){H}+)?"
    rf"{COUNT}{H}+[A-Za-z]{CLAUSE}{{0,60}}?,{H}*\Z"
)
"""A whole said first, opening its sentence, and the comma before this count: ``Of the 40
patients,`` before ``nine``."""
PRONOUN_BEFORE = re.compile(
    rf"(?<![\w])(?i:the|these|those|all|both|other|another|each|every|any|some|of|in|to|at"
    rf"|by|for|on|from|with){H}+\Z"
)
"""A word before a spelled number that makes it no subject count of its own (``the two``,
``all three``, ``one of the``, ``in one``)."""
REACH = 120


def counts_before_a_verb(text: str, start: int, end: int) -> bool:
    """Whether the spelled number ``text[start:end]`` is a count of people before its verb
    in a coordinated clause (the module's rule): a partner count before a verb before or
    after it, or a whole opening the sentence."""
    if not VERB_AFTER.match(text, end):
        return False
    if PRONOUN_BEFORE.search(text, max(0, start - 12), start):
        return False
    lo = max(0, start - REACH)
    if PARTNER_BEFORE.search(text, lo, start) or WHOLE_BEFORE.search(text, lo, start):
        return True
    return bool(PARTNER_AFTER.match(text, end))


def counted_parts(quantities: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """``quantities`` (one sentence's, in order, offsets into ``text``) with every bare
    count before a verb that follows a whole said first (``Of 40 patients, 31 responded and
    nine did not``) given the whole's noun; every other quantity unchanged."""
    if len(quantities) < 2:
        return quantities
    read = list(quantities)
    whole: Quantity | None = None
    last = 0
    for index, quantity in enumerate(read):
        if whole is None:
            if _a_whole(quantity, text):
                whole, last = quantity, index
            continue
        if not quantity.unmeasured or not VERB_AFTER.match(text, quantity.end):
            if quantity.unmeasured or quantity.kind not in ("duration", "percent"):
                whole = None  # another count or measure stands between: the frame ends
            continue
        gap = text[read[last].end : quantity.start]
        if last == index - 1 and read[last] is whole:
            if not re.fullmatch(rf"(?:{H}+[A-Za-z]{CLAUSE}{{0,60}}?)?,{H}*", gap):
                whole = None
                continue
        elif not re.search(rf"{JOINER}{H}+\Z", gap, re.IGNORECASE):
            continue
        read[index] = replace(quantity, unit=whole.unit, kind="count")
        last = index
    return tuple(read)


def _a_whole(quantity: Quantity, text: str) -> bool:
    """A count of a plural noun that opens its sentence after ``Of`` (``Of the 40 patients``)."""
    if quantity.kind != "count" or not quantity.unit or quantity.per is not None:
        return False
    if quantity.low is None or quantity.low != quantity.high or quantity.comparator:
        return False
    return bool(WHOLE_OPENS.search(text, max(0, quantity.start - 40), quantity.start))


WHOLE_OPENS = re.compile(
    rf"(?:^|(?<=[.!?:;\n(>]))[\s\"'“‘]*(?i:of){H}+(?:(?i:the|these|those|all){H}+)?\Z"
)
"""``Of`` (and a determiner) opening a sentence right before the whole's count."""
