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


COORDINATOR = re.compile(rf"(?:,{H}*|{H}+)(?i:or|and|nor){H}+|,{H}+", re.IGNORECASE)
"""What joins a second limit to a negated first: ``…, or``, `` and ``, `` nor ``."""
LIST_WORDS = frozenset({"or", "and", "nor", "than"})
"""Scope-breaking words that a negated list's earlier parts hold as parts of their own limits
(``more than 8 tablets … or``)."""
INSTRUCTION_NEGATION = re.compile(
    rf"(?<![\w'’])(?:(?:do|does|must|should|shall|will|can|need|may){H}+not|never|cannot"
    rf"|not{H}+to|avoid(?:s|ing)?|refrain{H}+from)\b"
    rf"|(?<![\w'’])(?:don|doesn|mustn|shouldn|can|won|needn)['’]t\b",
    re.IGNORECASE,
)
"""A negated instruction (``do not``, ``don't``, ``never``, ``must not``, ``should not``,
``not to``, ``avoid``): what a coordinated list of limits is forbidden by. A bare ``not`` or
``without`` (``Without treatment, more than 30% die, and over 50% …``) governs no list."""
COORDINATION_WINDOW = 200
"""How far back a coordinated limit looks for the negation that governs its list."""
CLAUSE_END = re.compile(r"[.;:!?\n\u2029]")
"""Marks that end the sentence or clause a negation governs."""
NOT_THE_INSTRUCTION = frozenset(
    """see ask tell call talk contact speak stop consult seek check go return get""".split()
)
"""Verbs after a coordinator that open an instruction of their own (``… and see a doctor if
symptoms last more than 5 days``): the negation stops before them."""


def negation_before(text: str, comparator_start: int, comparator: str) -> re.Match[str] | None:
    """The negation that governs a strict comparator starting at ``comparator_start``, or
    None. ``comparator`` is the comparator as written, lower case, single-spaced."""
    if no := ADJACENT_NO.search(text, max(0, comparator_start - 4), comparator_start):
        return no
    if no := NO_AMOUNT.search(text, max(0, comparator_start - 60), comparator_start):
        return no
    return _negation_in_phrase(text, comparator_start, comparator) or _negation_of_list(
        text, comparator_start, comparator
    )


def _negation_in_phrase(text: str, comparator_start: int, comparator: str) -> re.Match[str] | None:
    """A negation in the same verb phrase as the comparator, a few words before it."""
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


def _negation_of_list(text: str, comparator_start: int, comparator: str) -> re.Match[str] | None:
    """The negation of an instruction whose later part, after ``or``, ``and``, ``nor`` or a
    comma, holds the comparator: ``do not take more than 8 tablets in 24 hours or for longer
    than 3 days``, ``do not take it for longer than 10 days for pain, or for longer than 3
    days for a fever``, ``should not be used in children under 12 or for longer than 5
    days``. The whole list is what the instruction forbids, so each of its comparators is a
    limit, the second and later ones too (session 59). The part before the coordinator may
    hold figures and commas but no other clause (``if``, ``who``, ``but``, a full stop); the
    part after it is a few words, none of them the start of another instruction (``and see a
    doctor if symptoms last more than 5 days`` stays more than 5)."""
    sentence_start = max(0, comparator_start - COORDINATION_WINDOW)
    if ends := list(CLAUSE_END.finditer(text, sentence_start, comparator_start)):
        sentence_start = ends[-1].end()
    negations = list(INSTRUCTION_NEGATION.finditer(text, sentence_start, comparator_start))
    if not negations:
        return None
    coordinators = [
        joint
        for joint in COORDINATOR.finditer(text, negations[0].end(), comparator_start)
        if joint.start() > negations[0].end()
    ]
    if not coordinators:
        return None
    joint = coordinators[-1]
    after = text[joint.end() : comparator_start]
    words = [word.lower() for word in re.findall(r"[A-Za-z'’-]+", after)]
    if not re.fullmatch(rf"(?:[A-Za-z'’-]+{H}+)*", after):
        return None  # a number or a mark between: the part after is no bare verb phrase
    if not words and not re.search(r"(?i:or|nor)", joint.group()):
        return None  # "…, and more than 80% adhere": a clause of its own, no second limit
    if len(words) > MAX_GAP_WORDS or any(
        word in SCOPE_BREAKS or word in NOT_THE_INSTRUCTION for word in words
    ):
        return None
    if comparator.split()[0] in SHORT_COMPARATORS and len(words) > 1:
        return None  # "… or give to children under 12": a group, as after a lone negation
    for negation in reversed(negations):
        if negation.end() >= joint.start():
            continue
        if OR_NOT_BEFORE.search(text, max(0, negation.start() - 8), negation.start()):
            continue
        before = text[negation.end() : joint.start()]
        if not any(char.isdigit() for char in before):
            return None  # "should not stop treatment, or …": no limit said before the list
        said = [word.lower() for word in re.findall(r"[A-Za-z'’]+", before)]
        if said and said[0] in NOT_SCOPING_THE_BOUND:
            return None
        if said and said[0] in SCOPE_BREAKS and said[0] not in ("have", "has", "had"):
            return None
        if any(word in SCOPE_BREAKS and word not in LIST_WORDS for word in said[1:]):
            return None  # "do not take it if you are over 65 or …": a condition between
        return negation
    return None
