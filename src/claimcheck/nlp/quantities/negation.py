"""A negation that turns a strict comparator into the opposite bound: dose limits.

Health pages state most limits as a prohibition: ``do not take more than 4 g``, ``must not
exceed 4,000 mg``, ``not exceeding 60 mg per kg``, ``never give more than 2 doses``, ``no
longer than 7 days``. Read without its negation each of these says the opposite (more than
4 g); read with it, it is an upper bound that includes the figure (at most 4 g). The same
holds the other way round: ``do not eat fewer than 5 portions`` is at least 5.

Only strict comparators flip (``more than``, ``over``, ``above``, ``exceed``, ``longer
than``, ``less than``, ``under``, ``below`` …): ``no more than`` and ``not less than`` are
comparators of their own (lexicon), and a negated inclusive one (``not up to``) states no
bound anyone writes.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

NEGATION = re.compile(
    rf"(?<![\w'’])(?:not|never|cannot|without|avoid(?:s|ed|ing)?|refrain{H}+from)\b|n['’]t\b",
    re.IGNORECASE,
)
"""``not``, ``never``, ``cannot``, the contraction ``n't`` (``don't``, ``shouldn't``), and the
words that forbid without a ``not``: ``without exceeding``, ``avoid drinking more than``,
``refrain from taking more than``."""

ADJACENT_NO = re.compile(rf"(?<![\w'’])no{H}+\Z", re.IGNORECASE)
"""``no longer than``, ``no higher than``: ``no`` right before a comparative negates it."""

GAP_WORD = re.compile(rf"{H}+(?P<word>[A-Za-z][A-Za-z'’-]*)")
MAX_GAP_WORDS = 5
"""Words that may stand between a negation and its comparator: ``do not use the spray for
more than``, ``not to exceed``."""

NOT_SCOPING_THE_BOUND = frozenset(
    """only just merely all every everyone everybody each necessarily surprisingly unusual
    uncommon rare unlikely impossible least even quite always exactly""".split()
)
"""Words right after ``not`` that say the negation is about something else: ``not only
more than``, ``not all patients with more than 3 lesions``, ``not unusual for more than``."""

SCOPE_BREAKS = frozenset(
    """and or but nor that which who whom whose when where while if unless because than
    had has have was were is are been being whether""".split()
)
"""Words that end the negated verb phrase before the comparator: ``patients who did not
respond had more than 5 lesions`` negates ``respond``, not the bound. ``have`` and ``be``
forms break it only after the negated verb (``shouldn't have more than`` keeps it)."""

SHORT_COMPARATORS = frozenset({"over", "above", "under", "below"})
"""Prepositions that also place a noun (``do not give to children under 12``): negated
only when at most one word (the verb) stands between (``do not store above 25 °C``)."""

NO_AMOUNT = re.compile(
    rf"(?<![\w'’])no(?={H}+(?:(?:single|one|daily|individual|weekly|total){H}+)?"
    rf"(?:doses?|amounts?|intakes?|servings?|portions?|tablets?|capsules?|injections?"
    rf"|infusions?|courses?|sessions?|drinks?|exposures?|treatments?|bottles?)"
    rf"(?:{H}+(?:of|per){H}+[A-Za-z-]+)?{H}+\Z)",
    re.IGNORECASE,
)
"""``no`` before what is dosed or taken, right before a strict comparator: ``no single dose
above 30 mg/kg``, ``no dose over 4 g``, ``no more than``'s noun form ``no serving of juice
above 150 ml``; the limit is at most the figure. ``no`` before a person (``no child under
12``) names a group, and is not read here. The match is ``no`` alone: the figure's span
starts at its comparator, as with a negation further off."""

OR_NOT_BEFORE = re.compile(rf"(?<![\w])(?:if|or){H}+\Z", re.IGNORECASE)
"""``as much as, if not more than``, ``whether or not``: no prohibition."""


def negation_before(text: str, comparator_start: int, comparator: str) -> re.Match[str] | None:
    """The negation that governs a strict comparator starting at ``comparator_start``, or
    None. ``comparator`` is the comparator as written, lower case, single-spaced."""
    if no := ADJACENT_NO.search(text, max(0, comparator_start - 4), comparator_start):
        return no
    if no := NO_AMOUNT.search(text, max(0, comparator_start - 60), comparator_start):
        return no
    window_start = max(0, comparator_start - 80)
    negations = list(NEGATION.finditer(text, window_start, comparator_start))
    if not negations:
        return None
    negation = negations[-1]
    if OR_NOT_BEFORE.search(text, max(0, negation.start() - 8), negation.start()):
        return None
    words: list[str] = []
    position = negation.end()
    while (found := GAP_WORD.match(text, position)) and found.end() <= comparator_start:
        words.append(found.group("word").lower())
        position = found.end()
    if not re.fullmatch(rf"{H}*", text[position:comparator_start]):
        return None  # punctuation, a number or a line break between: another clause
    if len(words) > MAX_GAP_WORDS:
        return None
    if words and words[0] in NOT_SCOPING_THE_BOUND:
        return None
    if any(word in SCOPE_BREAKS for word in words[1:]):
        return None
    if words and words[0] in SCOPE_BREAKS and words[0] not in ("have", "has", "had"):
        return None
    if comparator.split()[0] in SHORT_COMPARATORS and len(words) > 1:
        return None
    return negation


def is_adjacent(text: str, negation: re.Match[str], comparator_start: int) -> bool:
    """Whether only blanks stand between the negation and the comparator (``not exceeding``,
    ``never exceed``, ``no longer than``): the negation then belongs to the figure's span."""
    return re.fullmatch(rf"{H}*", text[negation.end() : comparator_start]) is not None
