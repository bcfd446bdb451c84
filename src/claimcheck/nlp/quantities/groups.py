"""Group labels: the words that name *who* a figure is about (``women aged 38–40``,
``adults over 65``, ``children under 5``, ``men in their 50s``, ``over-40s``, ``stage 3``).

A group label states no amount to verify: it narrows the population of the claim beside it
(``a 12% success rate in women aged 38–40``). :func:`find_group_labels` reads each one into a
:class:`GroupLabel` (an interval of age, in years unless written otherwise, or of cancer
stage); the finder drops any figure inside one, and the claim keeps them as its ``groups``.

A label is recognised in one of these shapes (``N`` a numeral up to 3 digits, a mixed number
such as ``2 1/2`` or ``2½``, or a number word,
``N–M`` a range written with a dash, ``to``, ``through`` or ``between … and``):

- a population noun (women, adults, patients, children, people, those, anyone …) followed by
  a comparator and N: ``adults over 65``, ``patients under 35``, ``those younger than 35``,
  ``women ≥40 years``; ``more``/``less than`` only with ``years old``/``of age``;
- ``aged``/``age``/``ages`` N, N–M or N with a comparator, with or without the noun:
  ``aged 18 to 64``, ``women aged 38–40``, ``aged 65 and over``, ``ages 18–64``;
- the age of N: ``over the age of 21``, ``between the ages of 18 and 35``, ``from age 40``;
- a population noun followed by N and a trailing comparator: ``people 65 and older``,
  ``women 35 years or over``, ``men 50+``; or by N–M and an age unit: ``adults 18–64 years``;
- a decade of life: ``men in their 50s``, ``women in their late thirties``;
- ``over-40s``, ``under 5s``, ``the over-sixties``; ``40-year-olds``, ``18- to 24-year-olds``;
- ``stage`` N (0–5 or I–V, with a sub-letter): ``in stage 3``, ``stage IIIA``, ``stages 2–3``;
- an age group named as one: ``the 18–24 age group``, ``the 65+ age band``;
- a BMI band after ``with``/``whose``/``if`` (``adults with a BMI of 30 or more``, in
  ``kg/m2``; :mod:`~claimcheck.nlp.quantities.body_mass`);
- a collar, neck, waist or hip size band after ``with``/``whose``/``if`` (``anyone with a
  collar size above 17 inches``; :mod:`~claimcheck.nlp.quantities.body_sizes`);
- a body-weight band after a child noun or a weighing word (``children over 40 kg``,
  ``adults weighing 50 to 60 kg``, in its unit of weight;
  :mod:`~claimcheck.nlp.quantities.body_weight`);
- babies by the weeks of pregnancy at birth, under a bound: ``born before 28 weeks``, ``born
  earlier than 37 weeks of gestation`` (a group in weeks; ``born at 29 weeks`` stays a figure).

Ambiguous cases, and how they are decided: a unit of time after ``over``/``under`` is an age
when it is ``years`` (``adults over 65 years``), ``months``/``weeks``/``days`` only after a
child noun (``infants under 6 months``); a period when it leads on (``patients over 2 years
after surgery``) or the noun is the object of following-up (``we followed women over 20
years``, ``kind 6``). A percentage, money, a measure, a rate or a multiple after the number
makes it a figure (``women over 50 kg``, ``patients under 5%``). A point age needs ``aged``
or ``age`` (``aged 45``), or ``at`` opening a clause or near a person (``At 30, …``): a bare
``women 45`` is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from typing import Any

from claimcheck.nlp.quantities import units
from claimcheck.nlp.quantities.age_alternatives import alternative_bound
from claimcheck.nlp.quantities.age_bound_scans import opening_bound, turning_bound, words_then_bound
from claimcheck.nlp.quantities.body_mass import BMI_UNIT, bmi_bands
from claimcheck.nlp.quantities.body_sizes import body_size_bands
from claimcheck.nlp.quantities.body_weight import weight_bands
from claimcheck.nlp.quantities.elided import elided_time_unit
from claimcheck.nlp.quantities.filters import digit_runs
from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.fractions import parse_fraction
from claimcheck.nlp.quantities.numbers import ONES, SCALE_AFTER, TENS, H
from claimcheck.nlp.quantities.required_words import (
    Gated,
    folds_to_ascii,
    matches_from,
    occurrences,
    words_before,
)
from claimcheck.nlp.quantities.youngest_ages import dose_ages, schedule_ages, youngest_ages

_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(sorted(TENS, key=len, reverse=True))
MIXED_AGE = rf"(?<![\d.,])\d{{1,2}}(?:{H}+[1-9][/⁄][2-9]|{H}?[½¼¾⅓⅔])(?![\d/⁄])"
"""An age with a part of a year: ``2 1/2``, ``2½``, ``1 ½``."""
NUM = (
    rf"(?:{MIXED_AGE}|(?<![\d.,])\d{{1,3}}(?:\.\d)?(?![\d]|[.,]\d)"
    rf"|(?i:(?:{_TENS})(?:[-{H[1:-1]}](?:{_ONES}))?|{_ONES})(?![\w-]))"
)
"""An age: a numeral of up to 3 digits, or number words up to ninety-nine."""

_CHILD_NOUNS = frozenset(
    """children child kids kid infants infant babies baby toddlers toddler newborns newborn
    neonates girls girl boys boy""".split()
)
NOUNS = _CHILD_NOUNS | frozenset(
    """women woman men man adults adult adolescents teens teenagers youths people persons
    person individuals individual patients patient participants subjects volunteers residents
    smokers survivors mothers fathers parents couples seniors pensioners veterans workers
    employees students users donors recipients those anyone everyone someone population them
    cohort group cases citizens members americans australians britons canadians europeans
    athletes athlete players player runners runner footballers swimmers cyclists soldiers
    recruits nurses doctors drivers""".split()
)
"""Population nouns: the word before an age that says whose age it is (``women aged 38–40``)."""
_RANGE_AT = re.compile(rf"\d{{1,3}}{H}*(?:[-–—]|(?i:to)){H}*\d{{1,3}}(?![\d.,])")
_BETWEEN_NOUN_AND_AGE = frozenset(
    "who are were of must should be to need needs have has between from".split()
)
"""Words that may stand between a population noun and its age: ``those who are over 65``,
``women of 40``, ``women must be under 38``, ``patients need to be over 18``."""
PRONOUNS = frozenset("you they".split())
"""Pronouns of people that say whose age it is where a verb of being stands between: ``if you
are over 65``, ``if they are under 12``, ``you must be 18 or older``, ``if you're over 50``
(read as ``people aged over 65`` is; never without the verb: ``call you over 65 times``). Not
``we``, which on a health page is the service as often as its people (``we were over 40 in
the room``)."""
_BEING = frozenset("are were be re".split())
_PRONOUN_AGE_ENDS = re.compile(
    rf"{H}*(?:[,.;:!?)\]–—]|\Z|\n|(?i:and|or|but|who|with|without|you|they|we|it|can|could"
    rf"|should|may|might|must|will|would|are|were|have|has|had|do|in|at|on|for|if|when|then"
    rf"|so|to|this|that|there|please|ask|talk|speak|get|see|book)\b)"
)
"""What may follow a pronoun's age (``if you are over 65, …``, ``if they are under 12 and
…``, ``if you are over 65 you can …``): the clause's end or a function word or verb, never a
noun the number counts (``we are over 50 staff``)."""
_COLLECTIVE_NOUNS = frozenset("population cohort group cases members".split())
"""Nouns of a whole whose ``of N`` is its size, not an age (``a cohort of 300 or more``)."""
_WORD_BEFORE = re.compile(r"(\w+)(\W*)\Z")

# (surface, bounded side, inclusive); "at" reads a point
_BEFORE = [
    (rf"older{H}+than|more{H}+than|greater{H}+than|over|above|beyond|after|>(?!=)", "low", False),
    (rf"at{H}+least|no{H}+younger{H}+than|≥|>=|=>|⩾", "low", True),
    (rf"younger{H}+than|less{H}+than|under|below|before|<(?!=)", "high", False),
    (rf"up{H}+to|until|till|by|no{H}+older{H}+than|≤|<=|=<|⩽", "high", True),
    (r"at", None, True),
]
COMPARATOR = re.compile(
    "(?i:"
    + "|".join(f"(?P<b{i}>{pattern})" for i, (pattern, _, _) in enumerate(_BEFORE))
    + rf")(?:(?<=[<>=≥≤⩾⩽])|(?![\w])){H}*"
)
"""A comparator before an age; the time words (after, before, until, by, at) only serve
``the age of`` (``after the age of 35``), never a bare noun (``patients after 65``)."""
_TIME_WORDS = ("after", "before", "until", "till", "by", "at")
_RANGE_OPENER = re.compile(rf"(?i:between|from){H}+")
_AFTER = re.compile(
    rf"(?:{H}*\+(?![\w])|{H}*(?:and|or|&){H}+(?:(?P<low>older|over|above|up|upwards|more"
    rf"|greater)|(?P<high>younger|under|below|less|fewer))\b|{H}+plus\b|-plus(?![\w-]))",
    re.IGNORECASE,
)
"""A comparator after the age: ``65+``, ``65 and older``, ``5 or younger``, ``65-plus``."""

AGE_UNIT = re.compile(
    rf"(?:{H}*-{H}*|{H}+)(?P<unit>years?|yrs?|y|months?|mos?|weeks?|wks?|days?)"
    rf"(?P<old>(?:[-{H[1:-1]}]+old\b)|{H}+of{H}+(?:age|life)\b)?(?![\w-])",
    re.IGNORECASE,
)
_UNITS = {"y": "year", "yr": "year", "mo": "month", "wk": "week"}
_RANGE = re.compile(
    rf"{H}*(?:-{H}*)?(?:to|through|thru)(?:{H}*-)?{H}*|{H}*[-–—‐‑‒−]{H}*|{H}+and{H}+"
    rf"|{H}+or{H}+(?=\d)",
    re.IGNORECASE,
)
"""Between two ages of one group: ``aged 18–64``, ``ages 18 to 64``, ``at age 16 or 17``,
``aged 40-to-74`` (the worded link hyphen-joined, as headlines write it)."""
_FAR_BOUND = re.compile(
    rf"(?:(?P<strict><|less{H}+than|under|younger{H}+than|below)|≤|<=|up{H}+to){H}*",
    re.IGNORECASE,
)
"""A comparator on the far end of an age range, as US labels write it: ``2 to <12 years``
[2, 12), ``12 to less than 18 years``, ``≥12 to <18 years``."""
_PERIOD_AFTER = re.compile(
    rf"{H}+(?:after|later|post|since|from|following|before|ago|of{H}+(?:follow|treatment"
    rf"|therapy|use|exposure|data|observation))",
    re.IGNORECASE,
)
_CLOCK_UNIT_AFTER = re.compile(
    rf"(?:{H}*-{H}*|{H}*)(?i:hours?|hrs?|h|minutes?|mins?|seconds?|secs?|nights?)(?![\w])"
)
"""A unit of time no age is told in, after the number: ``patients up to 24 hours``,
``people within 90 minutes``, ``women over 48 h``: the figure is a duration."""
_FOLLOWED_BEFORE = re.compile(
    r"\b(?:follow|track|monitor|observ|stud(?:y|ied)|surve|treat|assess)\w*\b[^.;\n]{0,25}\Z",
    re.IGNORECASE,
)
_RATE_OR_MULTIPLE = re.compile(
    rf"{H}*(?:/|per\b|a{H}+(?:day|week|month|year)\b|times\b|-?fold\b|x\b)", re.IGNORECASE
)

# Each reader starts from a cheap trigger (a regex with a literal or one-character-class
# start, which the regex engine skips to quickly), then reads forward with anchored matches
# and looks back a few words for the noun: a noun-first pattern tried at every position
# cost more than the rest of the finder.
AGE_WORD = re.compile(r"[Aa]ge[ds]?\b")
AGED_HEAD = re.compile(
    rf"(?i:aged|ages|age(?:{H}+(?:group|band|bracket|range))?)(?:{H}*:(?={H}*(?i:from|under"
    rf"|over|up{H}+to)\b))?{H}+(?i:of{H}+)?"
)
"""``aged``, ``ages``, ``age group`` before an age; and a field's ``Age:`` before a bound
(``Age: from 9 months``, ``Age: under 16``): the ages a leaflet or a service takes."""
THE_AGE_HEAD = re.compile(rf"(?i:ages?{H}+of|age(?={H}+\d)){H}+")
THE_AGE_PREFIX = re.compile(
    rf"(?:(?P<cmp>older{H}+than|younger{H}+than|over|above|under|below|beyond|from|after"
    rf"|before|until|up{H}+to|at|by|between){H}+)?(?:the{H}+)?\Z",
    re.IGNORECASE,
)
COMPARATOR_WORD = re.compile(r"(?:over|under|above|below|than|least)\b")
WORDED_AGE_AFTER = re.compile(
    rf"\b(?:over|under|above|below|than|least|to|between){H}+(?=(?i:{_TENS}|{_ONES})\b)"
)
"""A comparator word before an age written in words: where that age starts."""
DECADE_HEAD = re.compile(rf"(?:in|In){H}+(?:their|his|her|your|my|our){H}+")
DECADE = re.compile(
    rf"(?:(?P<part>early|mid|late)[-{H[1:-1]}]*)?"
    rf"(?:(?P<dec>[1-9]0)['’]?s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies"
    rf"|eighties|nineties))\b",
    re.IGNORECASE,
)
_DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip
_PART = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}
OVER_NS = re.compile(
    rf"(?P<cmp>over|under|Over|Under)(?:-|{H})?"
    rf"(?:(?P<n>\d{{1,2}})['’]?s|(?P<w>fives|tens|twenties|thirties|forties|fifties|sixties"
    rf"|seventies|eighties|nineties))\b"
)
_PLURAL_WORDS = {"fives": 5, "tens": 10, **_DECADE_WORDS}
OLDS = re.compile(r"olds\b")
YEAR_OLDS_BEFORE = re.compile(
    rf"(?P<n1>{NUM})(?:-?{H}*(?:[-–—]|to|and|or){H}*-?{H}*(?P<n2>{NUM}))?[-{H[1:-1]}]+"
    rf"(?P<unit>year|month|week|day)s?[-{H[1:-1]}]+\Z",
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_STAGE_NUMBER = r"(?:IV|V|III|II|I|[0-5])(?:[A-Ca-c][1-3]?)?"
STAGE = re.compile(
    rf"(?P<head>[Ss]tages?){H}+(?P<s1>{_STAGE_NUMBER})\b"
    # (not a figure after the stage: "stage 4 – 3%", "Stage 2 - 3.5%" is the stage's value)
    rf"(?:{H}*(?:[-–—/]|to|or|and){H}*(?P<s2>{_STAGE_NUMBER})\b(?![.,]\d|{H}*(?:%|per{H}*cent)))?"
)
_NOT_THIS_STAGE = re.compile(
    rf"\b(?:this|that|each|every|which|what|any|one|same|next|final|later|earlier){H}+\Z",
    re.IGNORECASE,
)
_STAGE_LEADS_ON = re.compile(rf"{H}*(?::|of\b)")


@dataclass(frozen=True)
class GroupLabel:
    """One group label. Offsets index the text it was found in (the file's, in a claim).

    ``low``/``high`` bound the group's age (``None`` for an open side), or its stage;
    ``low_inclusive``/``high_inclusive`` are ``False`` for strict comparators (``over 65``:
    low 65, exclusive). ``unit`` is ``year``, ``month``, ``week`` or ``day`` of age, or
    ``stage``; ``noun`` the population word written before it (``women``), else ``None``.
    """

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str = "year"
    noun: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The ``groups`` entry of the extraction contract (README, `claimcheck extract`)."""
        return asdict(self)

    def moved(self, text: str) -> GroupLabel:
        """The same label with its surface taken from another text of the same offsets."""
        return replace(self, text=text[self.start : self.end])


@dataclass
class _Bound:
    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str | None = None
    end: int = 0


ZERO_WIDTH_SPACE = "\u200b"
"""What an opening emphasis marker or tag is blanked to in the analysis text."""


_REMEMBERED: dict[str, tuple[GroupLabel, ...]] | None = None
"""The group labels of each text read while :func:`group_labels_remembered` is on."""


@contextmanager
def group_labels_remembered() -> Iterator[None]:
    """Within the block, each text's group labels (without ``age_cells``) are read once and
    kept: ``registry check`` reads a statement's labels for its near-duplicate search and
    again, inside the figure reader, for its evidence check, the whole registry apart (no
    bounded cache reaches back that far). The labels depend on the text alone, and each
    caller gets its own list; what is kept (a tuple per statement and quote, most empty)
    goes with the block."""
    global _REMEMBERED
    outer = _REMEMBERED
    if outer is None:
        _REMEMBERED = {}
    try:
        yield
    finally:
        _REMEMBERED = outer


def find_group_labels(text: str, age_cells: Iterable[tuple[int, int]] = ()) -> list[GroupLabel]:
    """Every group label in ``text``, sorted by start, none overlapping. ``age_cells`` are
    (start, end) spans of table cells that name an age by their place (row headers under a
    column titled "Age"): ``35–37``, ``Under 35``, ``65+`` there are ages, not figures."""
    remembered = _REMEMBERED
    if remembered is None or age_cells != ():
        return _group_labels(text, age_cells)
    found = remembered.get(text)
    if found is None:
        found = remembered[text] = tuple(_group_labels(text, ()))
    return list(found)


def _group_labels(text: str, age_cells: Iterable[tuple[int, int]]) -> list[GroupLabel]:
    """:func:`find_group_labels`, read afresh."""
    # "aged **18 to 64**", "aged <em>50</em> to <em>70</em>": the document readers blank an
    # opening emphasis marker or tag as zero-width spaces; a label reads them as the spaces
    # they stand for, so emphasis never changes who a figure is about (offsets are kept)
    text = text.replace(ZERO_WIDTH_SPACE, " ")
    found: list[GroupLabel] = [
        label for start, end in age_cells if (label := _age_cell(text, start, end)) is not None
    ]
    readers = (
        _registry_ages,
        _ages,
        _nouns_then_ages,
        _units_of_age,
        _decades,
        _over_ns,
        _year_olds,
        _stages,
    )
    readers = (*readers, _at_ages, _dose_table_ages, _named_age_groups, _born_before)
    readers = (*readers, _apposed_ages, _ages_after_a_share, _bmi_bands, _weight_bands)
    readers = (*readers, _body_size_bands, _household_sizes)
    readers = (*readers, _bracket_plurals, _age_phrase_brackets, _chained_ages, _persons_of_ages)
    readers = (*readers, _ranked_parts, _event_and_risk_ages, _youngest_ages)
    readers = (*readers, _bracketed_age_lists, _ages_said_of_someone)
    for reader in (*readers, _counted_groups):
        found.extend(reader(text))
    # "… at 6 months and 71% at 24": a timepoint whose unit was said before, not an age
    found = [g for g in found if elided_time_unit(text, _last_word(text, g), g.end) is None]
    found.sort(key=lambda g: (g.start, -(g.end - g.start)))
    kept: list[GroupLabel] = []
    for group in found:
        if kept and group.start < kept[-1].end:
            continue
        kept.append(group)
    return _with_echoed_ages(text, _with_coordinated_ages(text, kept))


ECHOED_RANGE = re.compile(
    rf"(?:(?P<lead>(?i:from|those|people|women|men|children|adults|girls|boys|patients)){H}+"
    rf"|(?<=;){H}*)"
    rf"(?P<low>\d{{1,3}}){H}*(?:[-–—]|{H}(?i:to){H}){H}*(?P<high>\d{{1,3}})"
    rf"(?![\w%‰]|[.,]\d|{H}*(?:%|‰|(?i:per{H}?cent|percent)\b))"
)
"""A later age bracket said bare where the sentence's words lead on from an age group
(``women aged 25 to 49 …, then every 5 years from 50 to 64``, ``… and those 50 to 64
every 5 years``, ``adults aged 18–39 need one dose; 40–64, two``)."""
CHANGED_BEFORE = re.compile(
    r"\b(?:r[io]se|risen|fell|fallen|increas\w*|decreas\w*|went|gone|climb\w*|drop\w*|grew"
    r"|grown|chang\w*|mov\w*|cut|reduc\w*|lower\w*|rais\w*|improv\w*|declin\w*|jump\w*)\b",
    re.IGNORECASE,
)
"""A verb of change before ``from``: what follows are the change's ends, not ages."""
AGAIN_AT_AGE = re.compile(
    rf"{H}*,?{H}+(?i:and|or|then)(?:{H}+(?i:again|later))?{H}+(?i:by|at)"
    rf"(?:{H}+(?i:age))?{H}+(?P<n>\d{{1,3}})(?![\w%‰]|[.,]\d)"
)
"""A second age said after an age deadline or point (``by age 35 and again by 45``, ``at 12
and again at 18``)."""
MAX_AGE = 120


def _with_echoed_ages(text: str, kept: list[GroupLabel]) -> list[GroupLabel]:
    """``kept`` with each bare range that carries an age group's ladder on in its sentence
    (:data:`ECHOED_RANGE`): after a group of ages in years, a range of whole numbers that
    starts where that group ends or above it, no older than :data:`MAX_AGE`, with no unit
    or share of its own, is the next bracket: its figures are about those people, and it
    is no figure to verify (screening by age: 25–49 every 3 years, 50–64 every 5)."""
    if not kept:
        return kept
    labels = list(kept)
    for index, label in enumerate(kept):
        if label.unit != "year":
            continue
        following = kept[index + 1].start if index + 1 < len(kept) else len(text)
        ends = SENTENCE_END.search(text, label.end)
        limit = min(following, ends.start() if ends else len(text))
        again = AGAIN_AT_AGE.match(text, label.end)
        if again and label.text[:2].lower() in ("by", "at") and label.high is not None:
            age = float(again["n"])
            if label.high < age <= MAX_AGE and LADDER_FOLLOWS.match(text, again.end()):
                # "screened by age 35 and again by 45": the second deadline is an age too
                low = age if label.low is not None else None
                bound = _Bound(low, age, end=again.end())
                labels.append(_label(text, again.start("n"), bound, with_noun=False))
        floor = label.high if label.high is not None else label.low
        if floor is None:
            continue
        for hit in ECHOED_RANGE.finditer(text, label.end, limit):
            low, high = float(hit["low"]), float(hit["high"])
            if not floor <= low < high <= MAX_AGE or not LADDER_FOLLOWS.match(text, hit.end()):
                continue
            lead = hit["lead"]
            from_lead = bool(lead) and lead.lower() == "from"
            before = max(label.end, hit.start() - 60)
            if from_lead and CHANGED_BEFORE.search(text, before, hit.start()):
                continue  # "the rate rose from 50 to 64": a change's two ends
            start = hit.start("lead") if from_lead else hit.start("low")
            labels.append(_label(text, start, _Bound(low, high, end=hit.end()), with_noun=False))
            floor = high
    labels.sort(key=lambda g: g.start)
    return labels


_RANK_ADJECTIVE = r"well-off|[a-z]+(?:ed|ent|ant|ous|ble)"
"""What ``most``/``least`` rank by: ``deprived``, ``affluent``, ``disadvantaged``,
``prosperous``, ``vulnerable``, ``well-off`` (never a noun: ``in most patients half the
dose``)."""
_RANK_TOP = (
    r"richest|wealthiest|richer|wealthier|top|highest|upper|higher|best-off|better-off"
    r"|highest-income|high-income|top-earning|most(?:{H}+|-)(?:" + _RANK_ADJECTIVE + ")"
)
_RANK_BOTTOM = (
    r"poorest|poorer|bottom|lowest|lower|worst-off|worse-off|lowest-income|low-income"
    r"|least(?:{H}+|-)(?:" + _RANK_ADJECTIVE + ")"
)
"""The words that rank a group from the top or from the bottom of what they order."""
RANK_PARTS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
RANK_PART_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
RANKED_PART = Gated(
    re.compile(
        rf"(?<![\w-])(?i:the|their|its|each|a|in){H}+"
        rf"(?P<rank>(?P<top>(?i:{_RANK_TOP}))|(?i:{_RANK_BOTTOM}))"
        rf"(?:{H}+(?i:income|earning|wealth|socioeconomic|deprivation|household))?{H}+"
        rf"(?P<part>(?:(?P<numerator>(?i:one|two|three|four))[-{H[1:-1]}]+)?"
        rf"(?P<whole>(?i:half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)))(?![\w-])"
        rf"(?:{H}+(?i:of){H}+(?P<of>(?:(?i:the){H}+)?(?:(?P<distribution>[a-z]+{H}+"
        rf"(?i:distribution|scale|spectrum|gradient))|(?P<noun>[a-z]+s|people|children|men"
        rf"|women|population)))(?![\w-]))?".replace("{H}", H)
    )
)
"""A fraction word after a word that ranks (``poorest``, ``richest``, ``top``, ``bottom``,
``most deprived``, ``least affluent``) names a group by its rank, not a share to verify:
``children in the poorest fifth of families``, ``the richest tenth of households``, ``the
bottom quarter of earners``, ``the top fifth of the income distribution``, ``the most
deprived fifth of areas``, ``the poorest two fifths``. ``a fifth of adults`` has no rank word
and stays a proportion; an ordinal after its fraction word (``the fifth poorest country``)
is none of this."""


def _ranked_parts(text: str) -> list[GroupLabel]:
    """:data:`RANKED_PART` labels. The band is the group's place in the ranking the word says,
    as a share of the whole counted from its low end: the poorest fifth is [0, 0.2], the
    richest tenth [0.9, 1], the most deprived fifth [0.8, 1] of deprivation (*decided*: the
    ranking word, not wealth, orders it), unit ``ranked share``; the noun is the population
    after ``of`` (``families``), if one is said."""
    labels = []
    for match in RANKED_PART.finditer(text):
        whole = match.group("whole").lower()
        parts = RANK_PARTS.get(whole.removesuffix("s"), 2 if whole == "halves" else None)
        if parts is None:
            continue
        numerator = RANK_PART_NUMERATORS.get((match.group("numerator") or "one").lower(), 1)
        share = numerator / parts
        if share >= 1:
            continue  # "the top two halves": the whole, no group
        low, high = (1 - share, 1.0) if match.group("top") else (0.0, share)
        start = match.start("rank")
        noun = match.group("noun") or match.group("distribution")
        labels.append(
            GroupLabel(
                text=text[start : match.end()],
                start=start,
                end=match.end(),
                low=round(low, 12),
                high=round(high, 12),
                unit="ranked share",
                noun=noun.lower() if noun else None,
            )
        )
    return labels


def _bmi_bands(text: str) -> list[GroupLabel]:
    """``adults with a BMI of 30 or more``, ``obese (BMI ≥30)``: a BMI band naming who
    (:mod:`~claimcheck.nlp.quantities.body_mass`), a group in ``kg/m2``."""
    labels = []
    for start, end, low, high, low_inclusive, high_inclusive in bmi_bands(text):
        bound = _Bound(low, high, low_inclusive, high_inclusive, unit=BMI_UNIT, end=end)
        labels.append(_label(text, start, bound, unit=BMI_UNIT, with_noun=False))
    return labels


def _body_size_bands(text: str) -> list[GroupLabel]:
    """``anyone with a collar size above 17 inches``, ``if your waist is 94 cm or more``: a
    body-size band naming who (:mod:`~claimcheck.nlp.quantities.body_sizes`), a group in its
    unit of length."""
    labels = []
    for start, end, low, high, low_inclusive, high_inclusive, unit in body_size_bands(text):
        bound = _Bound(low, high, low_inclusive, high_inclusive, unit=unit, end=end)
        labels.append(_label(text, start, bound, unit=unit, with_noun=False))
    return labels


_SMALL_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
HOUSEHOLD = re.compile(
    rf"\b(?i:family|household|couple|party)(?:{H}+)(?i:of){H}+"
    rf"(?P<size>(?i:{'|'.join(_SMALL_NUMBERS)})|[2-9]|1[0-2])\b"
    rf"(?=[,.;:!?)]|{H}*\Z|{H}+(?:(?i:travel\w*|going|visiting|staying|living|flying|might|may"
    rf"|can|could|will|would|should|must|is|are|was|were|has|have|had|pays?|spends?|needs?"
    rf"|costs?|gets?|uses?|saves?|eats?|drinks?|buys?|loses?|earns?|makes?|takes?|lives?"
    rf"|shares?|wastes?|produces?|who|that|with|in|on|at|from|for|to|and|or)\b))"
)
"""``a family of four``, ``a household of five``: how many people a household is, not followed
by a noun the number would count (``a family of four children`` counts the children)."""


def _household_sizes(text: str) -> list[GroupLabel]:
    """``A family of four travelling to Kenya might spend more than £1,000``: the household's
    size says whom the figure is for, as ``a woman of 50`` does; a group label in ``people``,
    never a count to verify (it gave ``four pays``, a count of pays)."""
    labels = []
    if (
        "amily" not in text
        and "ousehold" not in text
        and "ouple" not in text
        and ("arty" not in text)
    ):
        return labels
    for match in HOUSEHOLD.finditer(text):
        written = match.group("size")
        size = float(_SMALL_NUMBERS.get(written.lower(), 0) or int(written))
        bound = _Bound(size, size, unit="people", end=match.end())
        labels.append(_label(text, match.start(), bound, unit="people", with_noun=False))
    return labels


def _weight_bands(text: str) -> list[GroupLabel]:
    """``children over 40 kg``, ``adults weighing 50 to 60 kg``: a body-weight band naming
    who (:mod:`~claimcheck.nlp.quantities.body_weight`), a group in its unit of weight."""
    labels = []
    for start, end, low, high, low_inclusive, high_inclusive, unit in weight_bands(text):
        bound = _Bound(low, high, low_inclusive, high_inclusive, unit=unit, end=end)
        labels.append(_label(text, start, bound, unit=unit, with_noun=False))
    return labels


def _last_word(text: str, group: GroupLabel) -> int:
    """Where the label's last word starts: the number of ``at 24``."""
    found = re.search(r"\S+\Z", text[group.start : group.end])
    return group.start + found.start() if found else group.start


LADDER_FOLLOWS = re.compile(
    rf"{H}*(?:[,;.:)!?\n]|\Z|(?i:and|or|&|every|each|need|needs|needed|were|are|was|is|had"
    rf"|have|has|get|gets|got|should|must|can|may|will|would|receive|received|in|on|at|with"
    rf"|who|for|from|to|the|a|an|years?|yrs?|y|olds|year-olds)\b)"
)
"""What may follow an age bracket listed bare after another (``aged 25–49, 50–64 and 65+``,
``… and those 50 to 64 every 5 years``): punctuation, a conjunction, a verb or preposition
the group's clause goes on with, never a counted noun or a unit (``In adults aged 18–64,
10–15 minutes …`` is the clause's own figure after its opening group)."""
COORDINATED = re.compile(rf"{H}*,{H}*(?:(?:and|or){H}+)?|{H}+(?:and|or|&){H}+", re.IGNORECASE)
"""Between two age groups listed together: ``aged 30–49 and 50–70``, ``18–24, 25–34 or 35+``."""


def _with_coordinated_ages(text: str, kept: list[GroupLabel]) -> list[GroupLabel]:
    """``kept`` with the age groups listed after one of them: in ``men aged 30–49 and 50–70``
    the second range is a group too, as ``aged`` reaches over the list (``10% and 17%,
    respectively`` are then the two groups' figures). A listed item is an age only when it
    is written as one without the word: a range (``50–70``), an open end (``65+``, ``65 and
    over``, ``under 18``) or a number with an age unit (``70 years``); a bare number
    (``aged 30–49 and 12 others``) and any other figure (``and 20–30%``) are not."""
    if not kept:
        return kept
    labels: list[GroupLabel] = []
    for index, label in enumerate(kept):
        labels.append(label)
        if label.unit == "stage":
            continue
        following = kept[index + 1].start if index + 1 < len(kept) else len(text)
        end = label.end
        previous: GroupLabel | _Bound = label
        while (joint := COORDINATED.match(text, end)) and joint.end() < following:
            bound = _read_age(text, joint.end())
            if (
                bound is None
                or bound.end > following
                or not (
                    _written_as_age(text, joint.end(), bound)
                    or _next_single_age(text, joint, previous, bound)
                )
                or (joint.group().strip() == "," and not _ladder_goes_on(text, previous, bound))
            ):
                break  # "In adults aged 18–64, 10–15 minutes …": the clause's own figure
            listed = _label(text, joint.end(), bound, unit=label.unit, with_noun=False)
            labels.append(listed)
            end = listed.end
            previous = listed
        while (joint := COORDINATED.match(text, end)) and joint.end() < following:
            # "women under 40 or 42": the other cut-off of a one-sided age bound
            bound = _read_age(text, joint.end())
            if bound is None or bound.end > following or bound.low != bound.high:
                break
            if not _clause_goes_on(text, bound.end):
                break
            other = alternative_bound(
                joint.group(),
                previous.low,
                previous.high,
                previous.low_inclusive,
                previous.high_inclusive,
                bound.low,
            )
            if other is None:
                break
            low, high, low_inclusive, high_inclusive = other
            bound = replace(
                bound,
                low=low,
                high=high,
                low_inclusive=low_inclusive,
                high_inclusive=high_inclusive,
            )
            listed = _label(text, joint.end(), bound, unit=label.unit, with_noun=False)
            labels.append(listed)
            end = listed.end
            previous = listed
    return labels


_NEXT_WORD = re.compile(rf"{H}+(?P<word>[a-z]+)\b(?!['’-])")


def _clause_goes_on(text: str, end: int) -> bool:
    """Whether the group's clause goes on after an age at ``end``: a list's punctuation, a
    conjunction or a verb of :data:`LADDER_FOLLOWS`, or any other small word that is no
    plural, people's noun or unit (``children under 12 or 16 pay less``; never ``or 42
    patients``, ``or 42 women``, ``or 42 kg``)."""
    if LADDER_FOLLOWS.match(text, end):
        return True
    word = _NEXT_WORD.match(text, end)
    return bool(
        word
        and not word.group("word").endswith("s")
        and word.group("word") not in NOUNS
        and not _is_other_figure(text, end)
    )


SINGLE_AGE_GAP = 10
"""How far past a single age another single age listed after it may be and still be an age
(``aged 50 and 51``, ``aged 65 or 70``)."""


def _next_single_age(
    text: str, joint: re.Match[str], previous: GroupLabel | _Bound, bound: _Bound
) -> bool:
    """Whether a bare number after ``and``/``or`` carries on a single age before it: ``people
    aged 50 and 51``, ``those aged 65 or 66 are invited`` (a point just above a point age,
    then the group's clause, :data:`LADDER_FOLLOWS`); ``aged 40 and 45 patients`` (a counted
    noun), ``aged 40 and 12 others`` (below it) and ``aged 30–49 and 12`` (after a range)
    are not."""
    if joint.group().strip() == "," or previous.low is None or previous.low != previous.high:
        return False
    if bound.low is None or bound.low != bound.high:
        return False
    gap = bound.low - previous.low
    return 0 < gap <= SINGLE_AGE_GAP and bool(LADDER_FOLLOWS.match(text, bound.end))


def _ladder_goes_on(text: str, previous: GroupLabel | _Bound, bound: _Bound) -> bool:
    """Whether an age bracket after a comma carries on a list of brackets: it starts where
    the one before it ends or above it, and a list's punctuation or the group's clause
    follows it (:data:`LADDER_FOLLOWS`); "aged 50–69, 20–30 were found" is a count."""
    floor = previous.high if previous.high is not None else previous.low
    return (
        bound.low is not None
        and (floor is None or bound.low >= floor)
        and bool(LADDER_FOLLOWS.match(text, bound.end))
    )


def _written_as_age(text: str, start: int, bound: _Bound) -> bool:
    """An age said without ``aged``: a range, an open end or a number with an age unit."""
    if bound.low is None or bound.high is None or bound.low != bound.high:
        return True
    return bool(AGE_UNIT.search(text, start, bound.end))


AGE_CELL_REST = re.compile(r"[ \u00a0]*\([^\d()]*\)\Z")
AGE_CELL_MONTHS = re.compile(r"\A\d{1,2}[ \u00a0]+months?\b")
"""What may follow an age in its cell: a bracket without a number, or (after years) a part
in months."""


def _age_cell(text: str, start: int, end: int) -> GroupLabel | None:
    """The age a whole table cell states, read as if "aged" stood before it; None when the
    cell says more than an age (``35–37 (n = 1,204)``) or something else (``At birth``)."""
    bound = _read_age(text, start)
    if bound is None or bound.end > end:
        return None
    rest = text[bound.end : end].strip(" \t\u00a0")
    # "3 years 4 months" (a schedule's age in two parts), "1 year (around the first
    # birthday)": a part in months or a bracket of words leaves the cell an age (s58x)
    said_more = bool(rest)
    if bound.unit == "year":
        rest = AGE_CELL_MONTHS.sub("", rest).strip(" \t\u00a0")
    rest = AGE_CELL_REST.sub("", rest).strip(" \t\u00a0")
    if rest and not re.fullmatch(r"(?i)(?:years?(?: old)?|yrs?|y)\.?", rest):
        return None
    rest = rest or ("more" if said_more else "")
    return _label(text, start, replace(bound, end=end if rest else bound.end), with_noun=False)


def _starts_word(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "_-")


def _noun_before(text: str, pos: int, being: bool = False) -> tuple[int, str] | None:
    """(start, noun) of a population noun right before ``pos``: ``women ``, ``patients, ``,
    ``those who are ``, ``women of ``; None when the word there is no population noun.
    ``being``: a verb of being stands right after ``pos`` (``you`` before ``must be over
    18``), so a pronoun there says whose age it is (:data:`PRONOUNS`)."""
    window_start = max(0, pos - 30)
    window = text[window_start:pos]
    skipped: set[str] = {"be"} if being else set()
    for _ in range(4):
        found = _WORD_BEFORE.search(window)
        if not found or found.group(2).strip(" \t\u00a0\u2009\u202f,("):
            return None
        word = found.group(1).lower()
        if word in PRONOUNS and skipped & _BEING:
            return window_start + found.start(1), word
        if word == "re" and window[: found.start(1)].endswith(("'", "’")):
            skipped.add(word)  # "you're over 65": the verb of being, contracted
            window = window[: found.start(1) - 1]
            continue
        if word in NOUNS:
            if word in _COLLECTIVE_NOUNS and "of" in skipped:
                return None  # "a population of 100 or more", "a cohort of 300": a size
            return window_start + found.start(1), word
        if word not in _BETWEEN_NOUN_AND_AGE:
            return None
        skipped.add(word)
        window = window[: found.start(1)]
    return None


def _label(
    text: str, start: int, bound: _Bound, unit: str = "year", with_noun: bool = True
) -> GroupLabel:
    noun = _noun_before(text, start) if with_noun else None
    begin = noun[0] if noun else start
    return GroupLabel(
        text=text[begin : bound.end],
        start=begin,
        end=bound.end,
        low=bound.low,
        high=bound.high,
        low_inclusive=bound.low_inclusive,
        high_inclusive=bound.high_inclusive,
        unit=bound.unit or unit,
        noun=noun[1] if noun else None,
    )


def age_number(surface: str) -> float:
    """An age's number as written: digits, a part of a year (``2 1/2``, ``2½``) or words up
    to ninety-nine (``thirty-nine``)."""
    if surface[0].isdigit() and (part := parse_fraction(surface)) is not None:
        return part  # "2 1/2", "2½": an age with a part of a year
    if surface[0].isdigit():
        return float(surface)
    words = re.split(r"[\s\-\u00a0\u2009\u202f]+", surface.lower())
    return float(sum(ONES.get(w, 0) + TENS.get(w, 0) for w in words))


_NUM_AT = re.compile(NUM)


def _read_age(
    text: str, pos: int, *, comparator: str | None = None, time_words: bool = False
) -> _Bound | None:
    """An age, an age range or an age with a comparator, from ``pos``; None when the number
    turns out to be some other figure (a percentage, money, a measure, a rate).
    ``comparator`` is one already read (``over`` in ``over the age of 21``)."""
    side: str | None = None
    inclusive = True
    between = False
    written = comparator
    if written is None and (opener := _RANGE_OPENER.match(text, pos)):
        written, pos = opener.group().strip(), opener.end()
    elif written is None and (found := COMPARATOR.match(text, pos)):
        written, pos = found.group().strip(), found.end()
    if written is not None:
        lowered = re.sub(r"\s+", " ", written.lower())
        if lowered in ("between", "from"):
            between = True
        else:
            index = int(COMPARATOR.match(lowered).lastgroup[1:])
            _, side, inclusive = _BEFORE[index]
            if lowered in _TIME_WORDS and not time_words:
                return None
    first = _NUM_AT.match(text, pos)
    if not first or _currency_before(text, first.start()):
        return None
    low = high = age_number(first.group())
    end = first.end()
    unit_match = AGE_UNIT.match(text, end)
    if unit_match:
        end = unit_match.end()
    second = None
    far_strict = False
    separator = _RANGE.match(text, end)
    if separator and side in (None, "low") and (between or "and" not in separator.group().lower()):
        far = _FAR_BOUND.match(text, separator.end())
        if side is None or far:  # "≥12 to <18 years": a floor, then a ceiling
            second = _NUM_AT.match(text, far.end() if far else separator.end())
            far_strict = bool(far) and far.group("strict") is not None
            if second:
                side = None  # the floor's inclusiveness stays in ``inclusive``
    second_unit = second and AGE_UNIT.match(text, second.end())
    if (
        second
        and unit_match
        and second_unit
        and _unit_name(unit_match.group("unit")) != (_unit_name(second_unit.group("unit")))
    ):
        # "aged 6 months to 5 years": the near end in the far end's unit, [0.5, 5] years
        low = _in_unit(low, unit_match.group("unit"), second_unit.group("unit"))
    if second and age_number(second.group()) >= low:
        high = age_number(second.group())
        end = second.end()
        unit_match = AGE_UNIT.match(text, end) or unit_match
        if unit_match and unit_match.start() == end:
            end = unit_match.end()
    elif between and written.lower() == "between":
        return None
    elif between:
        side = "low"  # "from age 40": 40 and over
    if _is_other_figure(text, end):
        return None
    bound = _Bound(low, high, end=end)
    if second is not None and high != low or far_strict:
        bound.high_inclusive = not far_strict
        bound.low_inclusive = inclusive
    if unit_match:
        bound.unit = _unit_name(unit_match.group("unit"))
    if side == "low":
        bound.high, bound.low_inclusive = None, inclusive
    elif side == "high":
        bound.low, bound.high_inclusive = None, inclusive
    elif second is None and (after := _AFTER.match(text, end)):
        bound.end = after.end()
        if after.group("high"):
            bound.low = None
        else:
            bound.high = None
    return bound


_DAYS_IN = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}


def _in_unit(value: float, written: str, other: str) -> float:
    """An age in one unit of time said in another (6 ``months`` is 0.5 ``years``), rounded
    to four decimals so 6 months reads as exactly half a year."""
    days = value * _DAYS_IN[_unit_name(written)]
    return round(days / _DAYS_IN[_unit_name(other)], 4)


def _unit_name(written: str) -> str:
    word = written.lower().rstrip("s")
    return _UNITS.get(word, word)


def _currency_before(text: str, start: int) -> bool:
    return bool(units.CURRENCY_BEFORE.search(text, max(0, start - 8), start))


def _is_other_figure(text: str, end: int) -> bool:
    """A percentage, scale, currency, measure, rate or multiple right after the age."""
    return bool(
        units.PERCENT.match(text, end)
        or SCALE_AFTER.match(text, end)
        or units.CURRENCY_AFTER.match(text, end)
        or units.MEASURE.match(text, end)
        or _RATE_OR_MULTIPLE.match(text, end)
    )


REGISTRY_AGE_FIELD = StartScanned(
    re.compile(
        rf"(?<![\w])(?:(?P<range>(?i:ages?{H}+eligible(?:{H}+for{H}+(?:the{H}+)?study)?"
        rf"|eligible{H}+ages?|age{H}+(?:range|limits?)))"
        rf"|(?P<min>(?i:min(?:imum)?\.?{H}+age))|(?P<max>(?i:max(?:imum)?\.?{H}+age))){H}*:{H}*"
    )
)
"""A trial registry's eligibility field: ``Ages Eligible for Study: 18 Years to 75 Years``,
``Minimum Age: 18 Years``, ``Maximum Age: 65 Years``, ``Age Range: 6 Months to 17 Years``."""


def _registry_ages(text: str) -> list[GroupLabel]:
    """A registry's eligibility field names who a trial takes, an age group like ``aged
    18–75``, never a duration: the range as written, a minimum age at least it, a maximum age
    at most it (ClinicalTrials.gov writes both ends inclusive)."""
    labels = []
    for hit in REGISTRY_AGE_FIELD.finditer(text):
        comparator = "at least" if hit.group("min") else "up to" if hit.group("max") else None
        bound = _read_age(text, hit.end(), comparator=comparator)
        if bound is not None:
            labels.append(_label(text, hit.start(), bound))
    return labels


def _ages(text: str) -> list[GroupLabel]:
    """``aged 18 to 64``, ``women aged 38–40``, ``ages 18–64``, ``age 65 and over``, and the
    age of N: ``over the age of 21``, ``between the ages of 18 and 35``, ``from age 40``,
    ``at age 35`` (a point), ``after the age of 35`` (older than 35), ``by age 5`` (5 or
    younger)."""
    labels = []
    for hit in AGE_WORD.finditer(text):
        at = hit.start()
        if not _starts_word(text, at):
            continue
        if STATISTIC_OF_AGE.search(text, max(0, at - 12), at):
            continue  # "median age 52", "mean age of 61": a figure about ages, not a group
        if (head := THE_AGE_HEAD.match(text, at)) and (
            prefix := THE_AGE_PREFIX.search(text, max(0, at - 25), at)
        ):
            bound = _read_age(text, head.end(), comparator=prefix.group("cmp"), time_words=True)
            if bound is not None and SPREAD_AFTER_AGE.match(text, bound.end):
                continue  # "Age 58 ± 12 years": a mean age (below)
            if bound is not None:
                labels.append(_label(text, prefix.start(), bound))
                continue
        head = AGED_HEAD.match(text, at)
        if head and (bound := _read_age(text, head.end())) is not None:
            if SPREAD_AFTER_AGE.match(text, bound.end):
                continue  # "Age 58 ± 12 years", "aged 58 (SD 12)": a mean age, no group
            labels.append(_label(text, at, _with_spaced_far_end(text, bound)))
    return labels


SPREAD_AFTER_AGE = re.compile(rf"{H}*(?:±|\+/-|\+-|\({H}*(?:SD|s\.d\.|SE|SEM)\b)", re.IGNORECASE)
"""A spread right after an age (``58 ± 12 years``, ``58 (SD 12)``): the mean of a sample's
ages with its standard deviation, as a trial's baseline table gives it, never an age group."""


_SPACED_AGE = re.compile(r"[ \t\u00a0]+(?P<n>\d{2,3})(?!\d|[.,/:'’]\d)")
"""A second age after ``aged 18`` with only a space between, its dash lost in pasting."""


def _with_spaced_far_end(text: str, bound: _Bound) -> _Bound:
    """``aged 18 65`` is the age group 18–65 whose dash was lost (a PDF copy, a form field),
    never an 18 and a bare figure 65: after ``aged``/``ages`` and a two-digit age with no
    unit, a higher age of two or three digits up to 120 with nothing but a space between
    is the far end. A number followed by a figure's unit (``aged 40 50% …``), a lower one
    (``aged 65 12 patients``) or anything after a unit (``aged 18 years 65``) is left alone."""
    if bound.low is None or bound.high != bound.low or bound.unit is not None:
        return bound
    spaced = _SPACED_AGE.match(text, bound.end)
    if spaced is None or not 10 <= bound.low < int(spaced.group("n")) <= 120:
        return bound
    end = spaced.end()
    if _is_other_figure(text, end) or re.match(rf"{H}+(?:{_ONES}|\d)", text[end:], re.I):
        return bound
    unit_match = AGE_UNIT.match(text, end)
    return replace(
        bound,
        high=float(spaced.group("n")),
        end=unit_match.end() if unit_match else end,
        unit=_unit_name(unit_match.group("unit")) if unit_match else None,
    )


CHAINED_AGE = StartScanned(
    re.compile(
        rf"(?<![\w.,])(?P<low>\d{{1,3}})(?:{H}*(?:y|yr|yrs|years?))?{H}*(?P<s1><=|=<|[<≤⩽]){H}*"
        rf"(?i:age){H}*(?P<s2><=|=<|[<≤⩽]){H}*(?P<high>\d{{1,3}})(?![\d.,%])"
        rf"(?:{H}*(?i:years?|yrs?|y)\b)?"
    )
)
"""``18 ≤ age ≤ 65``: an age bracket written as a chained inequality."""


def _chained_ages(text: str) -> list[GroupLabel]:
    """``18 ≤ age ≤ 65``, ``40 < age ≤ 75 years``: the inequality maths writes names who a
    trial or a rule takes, a group label like ``aged 18–65``, never a bare 18 and a ceiling.
    The bracket holds when its low end is below its high end."""
    labels = []
    for hit in CHAINED_AGE.finditer(text):
        low, high = float(hit.group("low")), float(hit.group("high"))
        if low >= high:
            continue
        bound = _Bound(
            low,
            high,
            low_inclusive=hit.group("s1") != "<",
            high_inclusive=hit.group("s2") != "<",
            end=hit.end(),
        )
        labels.append(_label(text, hit.start(), bound))
    return labels


STATISTIC_OF_AGE = re.compile(rf"\b(?i:mean|median|average|avg\.?){H}+\Z")
"""``median age 52``: the word before ``age`` makes what follows a figure (the cohort's
median), not the age of the group a figure is about."""
APPOSED_AGE = re.compile(
    rf"(?<![\w-])(?:[A-Z][a-z'’-]+{H}){{0,2}}[A-Z][a-z'’-]+,{H}(?P<age>\d{{1,2}})(?=,{H}"
    rf"(?:said|says|told|tells|explained|explains|added|adds|recalled|recalls|who|from|of|a|an"
    rf"|the|his|her|their|was|is|had|has|and|now|lives|works)\b)"
)
"""``Maria Lopez, 34, said``: a person's name, a comma, an age, a comma and the rest of the
sentence about them: the age in apposition is who the person is, not a count."""
_LISTED_SHARE = rf"(?:\d{{1,3}}(?:\.\d+)?{H}*(?:%|(?i:per{H}?cent)){H}+)?(?:(?i:at){H}+)?"
"""A list item's own share and its ``at`` said again before its time (``… and 55% at 12
months``, ``… and at 12 months``)."""
AGE_AFTER_SHARE = StartScanned(
    re.compile(
        rf"(?:%|\b(?i:per{H}?cent)){H}+(?P<cmp>(?i:under|over|below|above|younger{H}+than"
        rf"|older{H}+than|at|aged)){H}+(?P<n>\d{{1,2}})(?:{H}*[-–—]{H}*(?P<n2>\d{{1,2}})"
        rf"|{H}+(?i:to|or){H}+(?P<n3>\d{{1,2}}))?(?P<years>{H}+(?i:years|yrs))?"
        rf"(?!(?:{H}*,{H}*{_LISTED_SHARE}\d{{1,3}})*{H}*,?{H}+(?i:to|and|or){H}+{_LISTED_SHARE}"
        rf"\d{{1,3}}{H}*-?{H}*"
        rf"(?i:years?|yrs?"
        rf"|months?|mos?|weeks?|wks?"
        rf"|days?|hours?|hrs?)\b)"
        rf"(?=\b(?![.,]\d|{H}*%)(?:{H}*(?:[,;:)]|\.(?!\d)|$)"
        rf"|{H}+(?i:to|and|or|at|but|while|versus|vs\.?)\b))",
        re.MULTILINE,
    )
)
"""``falls from 32% under 35 to 11% at 40–42``: a comparator (or ``at``) and a bare age or
bracket right after a share, with nothing after it but the clause's end or a conjunction,
names the group the share is about; not when the conjunction (or a list, ``over 6, 12 and 24
months``) leads on to a period (``fell 7% over 12 to 18 months`` is a range of time, README
"over + a period"). ``years`` may close an adult's bracket after ``at`` (``20% at 38 to 39
years``): see :func:`_an_age_bracket_in_years`."""
ADULT_AGE = 16
"""The least near end of a bracket in years after ``at`` and a share that is an age, not a
time since the start: follow-up brackets are said from the first years (``80% at 5 to 10
years``), while a one-year-wide bracket at 38 is a woman's age."""


def _an_age_bracket_in_years(match: re.Match[str], low: float, high: float) -> bool:
    """Whether a :data:`AGE_AFTER_SHARE` match that ends in ``years`` is an age: only a
    bracket (``at 38 to 39 years``, ``at 40–42 years``) from :data:`ADULT_AGE` up, no wider than
    ten years; a single ``at 5 years`` or ``at 20 years`` after a share is a landmark time
    (``survival was 80% at 5 years``) and stays a duration."""
    bracket = match.group("n2") or match.group("n3")
    return bool(bracket) and low >= ADULT_AGE and high - low <= 10


_MONTHS_AND_DAYS = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday In On At By For Of To From
    Table Figure Phase Stage Step Week Day Year""".split()
)


APPOSED_NAME = re.compile(rf"(?<![\w-])(?:[A-Z][a-z'’-]+{H}){{0,2}}[A-Z][a-z'’-]+\Z")


def _apposed_matches(text: str) -> Iterator[re.Match[str]]:
    """:data:`APPOSED_AGE`'s matches, tried only at a one- or two-digit run between commas
    (the text's digit runs are found once): the pattern, free to start at any capital, cost a
    whole pass of every page."""
    for start, end in digit_runs(text):
        if end - start > 2 or text[start - 2 : start - 1] != ",":
            continue
        name = APPOSED_NAME.search(text, max(0, start - 120), start - 2)
        if name is not None and (match := APPOSED_AGE.match(text, name.start())):
            yield match


def _apposed_ages(text: str) -> list[GroupLabel]:
    """``Maria Lopez, 34, said``, ``Tom, 52, a nurse``: an age between commas after a name."""
    labels = []
    for match in _apposed_matches(text):
        name = text[match.start() : match.start("age") - 2].split()
        if any(word in _MONTHS_AND_DAYS for word in name) or int(match.group("age")) == 0:
            continue
        bound = _Bound(float(match.group("age")), float(match.group("age")), end=match.end())
        labels.append(_label(text, match.start("age"), bound, with_noun=False))
    return labels


def _ages_after_a_share(text: str) -> list[GroupLabel]:
    """``32% under 35``, ``5% over 65 and 9% under 18``: the comparator and age after a share."""
    labels = []
    for match in AGE_AFTER_SHARE.finditer(text):
        value = float(match.group("n"))
        if match.group("cmp").lower() in ("at", "aged"):
            # "11% at 40–42", "20% at 38 to 39": the whole bracket, never its far end alone
            high = float(match.group("n2") or match.group("n3") or value)
            if high < value:
                continue
            if match.group("years") and not _an_age_bracket_in_years(match, value, high):
                continue  # "80% at 5 years": a landmark time, a duration
            bound = _Bound(value, high, end=match.end())
        elif match.group("years"):
            continue  # "fell 7% over 2 years": a span of time, README "over + a period"
        elif match.group("n3"):
            continue  # "over 40 to 50": no age (and "32% under 35 to 11%" has a share after)
        elif match.group("n2"):
            continue  # "over 40–50": not an age
        elif match.group("cmp").lower().startswith(("under", "below", "younger")):
            bound = _Bound(None, value, high_inclusive=False, end=match.end())
        else:
            bound = _Bound(value, None, low_inclusive=False, end=match.end())
        labels.append(_label(text, match.start("cmp"), bound, with_noun=False))
    return labels


def _nouns_then_ages(text: str) -> list[GroupLabel]:
    """``adults over 65``, ``those younger than 35``, ``people 65 and older``, ``adults 18–64
    years``: a population noun, then an age with a comparator (before or after) or a unit.
    Found from each age-sized number and each comparator word, looking back for the noun."""
    labels = []
    tried: set[int] = set()
    triggers = [start for start, end in digit_runs(text) if end - start <= 3]
    triggers += [hit.start() for hit in COMPARATOR_WORD.finditer(text)]
    # … and each age in words after a comparator ("older than one year", "up to three
    # months old", "between one and two years old"): read from the number, as digits are
    triggers += [
        hit.end()
        for hit in WORDED_AGE_AFTER.finditer(text)
        if not text[hit.end() : hit.end() + 1].isdigit()
    ]
    for at in triggers:
        noun = _noun_before_age(text, at)
        if noun is None or noun[0] in tried:
            continue
        tried.add(noun[0])
        after_noun = _after_noun(text, noun[0])
        bound = _read_age(text, after_noun)
        if bound is not None and _is_age_after_noun(text, noun, after_noun, bound):
            labels.append(_label(text, after_noun, bound))
    return labels


_MUST_BE = rf"(?:must|should|will|would|needs?{H}+to|ha(?:ve|s){H}+to){H}+be"
"""``women must be under 38``, ``patients need to be over 18``, ``1 in 3 people will be over
60``: an eligibility age (or one to come) after its
noun, a group as ``women under 38`` is."""
_FILLER_BEFORE_AGE = re.compile(
    rf"(?:(?i:who{H}+(?:are|were)|of|{_MUST_BE}){H}+)?(?:(?i:older{H}+than|younger{H}+than|more{H}+than"
    rf"|less{H}+than|greater{H}+than|at{H}+least|no{H}+(?:older|younger){H}+than|over|under"
    rf"|above|below|beyond|up{H}+to|between)(?![\w]){H}*|[≥≤<>⩾⩽]=?{H}*)?\Z"
)


BEING_IN_FILLER = re.compile(r"(?i)\b(?:are|were|be)\b")
"""A verb of being in :data:`_FILLER_BEFORE_AGE` (``must be``, ``who are``)."""
_CLOSES = re.compile(rf"{H}*\)")
_COMPARATOR_ENDS = frozenset("over under above below beyond than least to".split())
_SIGNS = " \t\u00a0\u2009\u202f<>=≥≤⩾⩽("


def _noun_before_age(text: str, at: int) -> tuple[int, str] | None:
    """The population noun that an age (or its comparator) at ``at`` follows, if any.
    The word right before is looked at first, in plain Python: most numbers follow neither
    a noun nor a comparator, and a regex search back from each one cost a fifth of a second
    per million characters."""
    end = at
    while end > 0 and text[end - 1] in _SIGNS:
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:end].lower()
    if word in NOUNS:  # "adults 65+", "adults ≥50": the noun, then the age
        return _noun_before(text, end)
    if word not in _COMPARATOR_ENDS and word not in _BETWEEN_NOUN_AND_AGE:
        return None
    if word == "from" and not _RANGE_AT.match(text, at) and not _unit_of_age_at(text, at):
        return None  # "patients from 27 hospitals": where from, no age ("women from 25 to 49")
    filler = _FILLER_BEFORE_AGE.search(text, max(0, at - 30), at)
    being = bool(filler and BEING_IN_FILLER.search(filler.group()))
    noun = _noun_before(text, filler.start() if filler else at, being)
    if noun and noun[1] in _COLLECTIVE_NOUNS and filler and re.match(r"(?i)of\b", filler.group()):
        return None  # "a population of 100 or more", "a cohort of 300": a size, not an age
    return noun


def _unit_of_age_at(text: str, at: int) -> bool:
    """Whether the number at ``at`` is written with a unit of age (``from 3 months``, ``from
    2 years``): after ``from`` and a population noun, the youngest age it takes (``Children
    from 3 months can have it``, a child noun needed for months, weeks or days)."""
    number = _NUM_AT.match(text, at)
    return number is not None and AGE_UNIT.match(text, number.end()) is not None


_NOUN_AND_FILLER = re.compile(
    rf"\w+(?:{H}*\({H}*(?=[\d<>≥≤⩾⩽]|(?i:under|over|above|below|aged?)\b)"
    rf"|,?{H}+(?:(?i:(?:who{H}+)?(?:are|were)|of|{_MUST_BE}){H}+)?|['’]re{H}+)"
)


def _after_noun(text: str, noun_start: int) -> int:
    """Where the age starts after a noun: past the noun, a comma, ``(who) are/were`` or
    ``of``, or the bracket an age stands in (``Children (6-12 years)``)."""
    found = _NOUN_AND_FILLER.match(text, noun_start)
    return found.end() if found else noun_start


def _is_age_after_noun(text: str, noun: tuple[int, str], at: int, bound: _Bound) -> bool:
    """Whether what follows the noun is its age rather than a period or a count."""
    if noun[1] in PRONOUNS and not _PRONOUN_AGE_ENDS.match(text, bound.end):
        return False  # "we are over 50 staff": a count of staff, no age
    written = text[at : bound.end].lower()
    has_comparator = bound.low is None or bound.high is None
    is_range = bound.low is not None and bound.high is not None and bound.low != bound.high
    bracketed = text[max(0, at - 8) : at].rstrip(" \t\u00a0").endswith("(") and _CLOSES.match(
        text, bound.end
    )
    if not has_comparator and not (
        is_range and (bound.unit or bracketed or _bare_age_range(text, noun, at, bound))
    ):
        return False  # "Children (6-12): 1 tablet": a bracketed range after the noun is an age
    if _PERIOD_AFTER.match(text, bound.end) or _CLOCK_UNIT_AFTER.match(text, bound.end):
        return False  # "patients up to 24 hours after their stroke": a duration, no age
    unit = bound.unit
    child = noun[1] in _CHILD_NOUNS
    if unit in ("month", "week", "day") and not child:
        return False
    states_age = " old" in written or "-old" in written or "of age" in written
    if re.match(r"(?:more|less|greater)", written) and not (states_age or (child and unit)):
        return False
    lower_bound_first = written.startswith(("over", "above", "more", "greater", "beyond"))
    # "we followed women over 20 years": a period
    return not (
        unit
        and lower_bound_first
        and not states_age
        and not child
        and _FOLLOWED_BEFORE.search(text, max(0, noun[0] - 40), noun[0])
    )


_AGE_NOUNS = _CHILD_NOUNS | frozenset(
    "adults women men people girls boys teenagers teens adolescents youths seniors".split()
)
_BARE_RANGE = re.compile(
    rf"\d{{1,3}}{H}*(?:[-–—‐‑‒]|to|through|thru){H}*\d{{1,3}}\Z"
    rf"|between{H}+\d{{1,3}}{H}+and{H}+\d{{1,3}}\Z|from{H}+\d{{1,3}}{H}+to{H}+\d{{1,3}}\Z",
    re.IGNORECASE,
)
_VERB_OR_END_AFTER = re.compile(
    rf"{H}*(?:[,;:.)]|\Z|(?:are|were|is|was|need|needs|should|must|may|can|could|will|would"
    rf"|have|had|get|got|take|make|made|receive|received|account|accounted|who|in|with|and"
    rf"|or|on|at|for|every|each)\b)"
)


def _bare_age_range(text: str, noun: tuple[int, str], at: int, bound: _Bound) -> bool:
    """``Adults 19 to 64 need 1,000 mg``, ``Women 25–49 are invited``, ``Women between 25 and
    64 are invited``: a range of two whole
    numbers with no unit right after a noun of people by age is their age when it is a span
    of human ages (0–120, rising) and a verb, a preposition or the clause's end follows; a
    noun after it (``adults 10 to 20 times``) or another noun before it leaves it a figure."""
    if noun[1] not in _AGE_NOUNS or bound.low is None or bound.high is None:
        return False
    if not (0 <= bound.low < bound.high <= 120) or bound.low != int(bound.low):
        return False
    return bool(_BARE_RANGE.fullmatch(text, at, bound.end)) and bool(
        _VERB_OR_END_AFTER.match(text, bound.end) or _verb_after(text, bound.end)
    )


_WORD_AFTER = re.compile(rf"{H}+(?P<word>[a-z]+)\b(?![-/%])")
_NOT_A_VERB = frozenset(
    "percent per cent times fold points units doses years months weeks days hours minutes "
    "kg mg g ml cm mm km lb miles steps cigarettes drinks".split()
)


def _verb_after(text: str, end: int) -> bool:
    """Whether the word after a bare age range reads as the clause's verb, said of the
    people (``Teenagers 13 to 17 spend …``, ``Women 25 to 49 walk …``, ``Men 40 to 74
    smoked …``): a lower-case word that is no plural noun (an ``-s`` ending, ``10 to 20
    times``) and no unit, for a plural subject takes its verb without ``-s``."""
    found = _WORD_AFTER.match(text, end)
    if found is None:
        return False
    word = found.group("word")
    if word in _NOT_A_VERB or units.MEASURE.match(text, end) or units.TIME.match(text, end):
        return False
    return not (word.endswith("s") and not word.endswith("ss"))


OF_AGE = re.compile(rf"{H}+of{H}+age\b")
_AGE_OF_START = re.compile(
    rf"(?i:from|after|before|under|over|above|below|until|by|older{H}+than|younger{H}+than"
    rf"|up{H}+to){H}+\d{{1,3}}(?:\.\d)?{H}+(?i:years?|months?|weeks?|days?)\Z"
    # "between 6 and 60 months of age", "6 to 60 months of age": a range said to be an age
    rf"|(?:(?i:between){H}+)?\d{{1,3}}{H}*(?:[-–—]|(?i:to|and)){H}*\d{{1,3}}{H}+"
    rf"(?i:years?|months?|weeks?|days?)\Z"
)


_BLANKS = frozenset(" \t\u00a0\u2009\u202f")
"""The characters of :data:`~claimcheck.nlp.quantities.numbers.H`."""
_OF_AGE_WORDS = re.compile(rf"of{H}+age\b")


def _of_age_matches(text: str) -> Iterator[re.Match[str]]:
    """``OF_AGE.finditer(text)``, found from each ``of … age`` (a literal the regex engine
    skips to): a match is the whole run of blanks before one, so it starts where that run
    does, and the scan's next match is there (none starts inside a run, none where no blank
    comes before ``of``)."""
    for found in _OF_AGE_WORDS.finditer(text):
        begin = found.start()
        while begin and text[begin - 1] in _BLANKS:
            begin -= 1
        if begin < found.start():
            yield OF_AGE.match(text, begin)


def _units_of_age(text: str) -> list[GroupLabel]:
    """``from 6 months of age``, ``under 2 years of age``, ``children over 12 years of age``:
    a comparator, a number and a unit of time said to be an age (``of age``)."""
    labels = []
    for hit in _of_age_matches(text):
        start = _AGE_OF_START.search(text, max(0, hit.start() - 40), hit.start())
        if start is None:
            continue
        bound = _read_age(text, start.start(), time_words=True)
        if bound is not None and bound.end >= hit.end():
            labels.append(_label(text, start.start(), bound))
    return labels


def _decades(text: str) -> list[GroupLabel]:
    """``men in their 50s``, ``women in their late thirties``: a decade of life, inclusive."""
    labels = []
    for head in DECADE_HEAD.finditer(text):
        match = DECADE.match(text, head.end())
        if not match or not _starts_word(text, head.start()):
            continue
        decade = int(match.group("dec")) if match.group("dec") else None
        decade = decade or _DECADE_WORDS[match.group("decw").lower()]
        part = match.group("part").lower() if match.group("part") else None
        first, last = _PART[part]
        bound = _Bound(float(decade + first), float(decade + last), end=match.end())
        labels.append(_label(text, head.start(), bound))
        position = match.end()
        while (joined := DECADE_JOINED.match(text, position)) and (
            more := DECADE.match(text, joined.end())
        ):
            # "in their 60s and 70s", "in their fifties or sixties": each decade is a group
            decade = int(more.group("dec")) if more.group("dec") else None
            decade = decade or _DECADE_WORDS[more.group("decw").lower()]
            part = more.group("part").lower() if more.group("part") else None
            first, last = _PART[part]
            bound = _Bound(float(decade + first), float(decade + last), end=more.end())
            labels.append(_label(text, more.start(), bound, with_noun=False))
            position = more.end()
    return labels


DECADE_JOINED = re.compile(rf"(?:{H}*,{H}*|{H}+)(?:and|or|to){H}+|{H}*,{H}*(?=[1-9]0['’]?s)")
"""What joins a second decade to ``in their 50s``: ``and``, ``or``, ``to``, a comma."""


AT_AGE = StartScanned(
    re.compile(
        rf"\b(?P<lead>[Aa]t|[Bb]y){H}+(?P<low>\d{{1,3}})(?![,.]\d)(?:{H}*(?:[-–—]|to|or){H}*(?P<high>\d{{1,3}})"
        rf"|(?P<plus>\+|-plus\b|{H}+(?:and|or){H}+(?:over|older|above)\b))?"
        # ("years old" says an age whatever follows: "offered at 12 to 13 years old in schools")
        rf"(?:{H}+(?i:years?|yrs?){H}+(?i:old|of{H}+age)\b"
        rf"|(?={H}*(?:[,;:)]|\.(?!\d)|$|\((?P<share>{H}*\d[\d.,]*{H}*%))|{H}+(?:it|a|an|the|she"
        rf"|he|they|and|or|women|men|woman"
        rf"|man|people|patients|adults|children|girls|boys"
        # … or the verb of the people it is said of: "girls who start at 15 to 26 need …"
        rf"|need|needs|needed|had|have|has|were|are|get|got|should|can|may|will|would)\b"
        # … and after an open end, the determiner of what follows: "At 43+ most clinics decline"
        rf"|(?<=\+){H}+(?:most|many|few|some|all|no|only|about|around)\b))",
        re.MULTILINE,
    )
)
LISTED_TIMEPOINTS = re.compile(
    rf"(?:{H}*,{H}*{_LISTED_SHARE}\d{{1,3}}(?:\.\d+)?)*{H}*,?{H}*(?:and|or|&|to){H}+"
    rf"{_LISTED_SHARE}\d{{1,3}}(?:\.\d+)?{H}*"
    rf"(?:(?i:hours?|hrs?|days?|weeks?|wks?|months?|mths?)\b"
    rf"|(?i:years?|yrs?)\b(?!{H}+(?i:old|of{H}+age)\b))"
)
"""The rest of a list of timepoints after ``at N`` whose unit is said once, after its last
item (``at 6 and 12 months``, ``at 8, 12 and 16 weeks``, ``at 2, 4 and 8 hours``), also with
``at`` said again or each time's share between (``at 6 and at 12 months``, ``40% at 6 and
55% at 12 months``): each item is a time in that unit, no age in years (``at 40 and 50 years
old`` stays ages; ``at 2, 4 and 6 months of age``, an infant's schedule, is times in months)."""
PERSON_NEAR = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|mothers?|fathers?|couples?|people|persons?|patients?"
    r"|adults?|children|child|she|he|her|his)\b",
    re.IGNORECASE,
)
PERSON_REACH = 80  # characters either side of "at N" searched for a person
OFFERED_AT = re.compile(
    rf"\b(?i:offered|given|vaccinated|immuni[sz]ed|screened|invited|jabbed|start|starts"
    rf"|started|starting|begin|begins|began|vaccination|immuni[sz]ation|screening|jabs?"
    rf"|vaccines?|join|joins|joined|joining|enrol|enrols|enroll|enrolls|enrolled)(?:{H}+(?i:it|them|the{H}+\w+|a{H}+\w+))?{H}+\Z"
)
"""A verb of offering or starting, or a noun of it, right before ``at N``: "the vaccine is
offered at 12 to 13", "screening starts at 25", "HPV vaccination at 12–13 cut …" say whom by
age, with no person named near."""
OFFERED_AT_NEEDLE = StartScanned(
    re.compile(r"(?i:offer|given|vaccin|immuni|screen|invite|jab|start|begin|began|join|enrol)")
)
"""Whether a page says a word of offering at all (then :data:`AT_AGE_OFFERED` is read). Both
are whole-page scans skipped ahead by their first letters (:class:`StartScanned`): the plain
case-blind search tried its alternation at every character."""
AT_AGE_OFFERED = StartScanned(
    re.compile(
        rf"\b(?P<lead>[Aa]t){H}+(?P<low>\d{{1,2}})(?:{H}*(?:[-–—]|to){H}*(?P<high>\d{{1,2}}))?"
        rf"(?={H}+(?:[a-z]+ed|cut|cuts|had|has|have|led|leads|fell|saw|sees|gave|gives|got|gets"
        rf"|need|needs|can|may|will|would|should|is|are|was|were|protects|prevents|reduces"
        rf"|lowers|halves)\b)"
    )
)
"""``at N`` or ``at N–M`` that a verb follows (``cut``, ``reduced``, ``is``), read as an age
only after a word of offering (:data:`OFFERED_AT`): "HPV vaccination at 12–13 cut …"
(``given at 1 g``, ``started at 4 to 6 vials`` are doses)."""
CLAUSE_OPENS = re.compile(rf"(?:\A|[.;:!?\u2029\n]){H}*(?:and{H}+|but{H}+)?\Z")
"""``At 30 the chance …``, ``…; at 40, about 5%``: an ``at N`` that opens a clause is an age, as
is a ``By 70,`` that opens one (the age a cumulative risk is counted to)."""


PERSON_OF_AGE = StartScanned(
    re.compile(
        rf"\b(?P<noun>(?i:wom[ae]n|m[ae]n|girls?|boys?|persons?|people|patients?|smokers?"
        rf"|mothers?|fathers?|adults?|child(?:ren)?)){H}+of{H}+(?P<age>\d{{1,3}})"
        rf"(?:{H}+(?i:years?|yrs?)(?:{H}+old)?)?"
        rf"(?={H}*(?:[,;:)]|\.(?!\d)|$)|{H}+(?i:or|and|who|with|without|has|have|had|is|are|was|were"
        rf"|can|may|might|will|would|should|faces?|carr(?:y|ies)|runs?|gets?|needs?)\b)",
        re.MULTILINE,
    )
)
"""``a woman of 50``, ``a man of 60,``, ``women of 40 or over``: a person noun and ``of N``
(with ``years (old)`` or none), then a verb, a joining word or the clause's end; ``a cohort
of 300``, ``a patient of 70 kg``, ``men of 40% …`` are not ages."""


OF_AN_AGE = re.compile(rf"of{H}+\d")


def _person_of_age_matches(text: str) -> Iterator[re.Match[str]]:
    """``PERSON_OF_AGE.finditer(text)``, tried only at the word before the blanks before each
    ``of N`` (:func:`words_before`): every match is a noun at a word boundary, blanks, then
    ``of``, blanks and a digit."""
    if folds_to_ascii(text):
        return PERSON_OF_AGE.finditer(text)
    needles = (found.start() for found in OF_AN_AGE.finditer(text))
    return matches_from(PERSON_OF_AGE, text, words_before(text, needles, _BLANKS))


ONE_PERSON_OF_AGE_VERB = re.compile(
    rf"\b(?P<noun>(?i:woman|man|girl|boy|person|patient|smoker|mother|father|adult|child))"
    rf"{H}+of{H}+(?P<age>\d{{1,3}})(?={H}+(?P<verb>[a-z]+(?:s|ed))\b(?![-/]))"
)
"""``a woman of 32 yields more eggs``, ``a man of 60 smoked``: one person, ``of N``, then a
word in ``-s`` or ``-ed``, the verb a singular subject takes (any verb, not only those
:data:`PERSON_OF_AGE` lists); a unit after the number (``a patient of 45 years``, ``a man of
90 kilos``) is read as before."""


def _one_person_of_age_then_verb(text: str) -> Iterator[re.Match[str]]:
    """:data:`ONE_PERSON_OF_AGE_VERB` matches whose word after the number is no unit."""
    if folds_to_ascii(text):
        found = ONE_PERSON_OF_AGE_VERB.finditer(text)
    else:
        needles = (hit.start() for hit in OF_AN_AGE.finditer(text))
        found = matches_from(ONE_PERSON_OF_AGE_VERB, text, words_before(text, needles, _BLANKS))
    for match in found:
        end = match.end()
        if units.TIME.match(text, end) or units.MEASURE.match(text, end):
            continue
        if units.PERCENT.match(text, end) or SCALE_AFTER.match(text, end):
            continue
        yield match


def _persons_of_ages(text: str) -> list[GroupLabel]:
    """The age in :data:`PERSON_OF_AGE` (or :data:`ONE_PERSON_OF_AGE_VERB`), a group label
    with its noun."""
    labels = []
    matches = list(_person_of_age_matches(text))
    starts = {match.start("age") for match in matches}
    matches += [m for m in _one_person_of_age_then_verb(text) if m.start("age") not in starts]
    for match in matches:
        age = float(match.group("age"))
        if not 0 < age <= 120:
            continue
        bound = _Bound(age, age, end=match.end())
        labels.append(_label(text, match.start("age"), bound))
    return labels


WORDED_OPEN = re.compile(r"\b(?:and|or)\W+(?:over|older|above)\b", re.IGNORECASE)
"""An open end said in words (``and over``, ``or older``): an age's, where ``+`` may be a
count's."""


def _same_sentence(text: str, match: re.Match[str], others: list[re.Match[str]]) -> bool:
    """Whether one of ``others`` is in ``match``'s sentence (no sentence end between)."""
    return any(
        not SENTENCE_END.search(text, min(o.end(), match.end()), max(o.start(), match.start()))
        for o in others
    )


def _at_ages(text: str) -> list[GroupLabel]:
    """``At 30, a woman …``, ``at 40–42 it leads …``, ``given it at 12 to 13 and``: ``at`` and a
    bare age or bracket (a dash, ``to`` or ``or`` between) that
    no unit or other noun follows (a verb of its people may: "who start at 15 to 26 need"),
    opening a clause, after a verb of offering or starting (:data:`OFFERED_AT`) or in a
    sentence about people (a person noun within :data:`PERSON_REACH` characters). ``at 30
    sites``, ``at 40 mg`` and ``the index closed at 30,`` are not ages."""
    labels = []
    matches = list(AT_AGE.finditer(text))
    if OFFERED_AT_NEEDLE.search(text):
        # "HPV vaccination at 12–13 cut …": after a word of offering, a verb may follow
        taken = {m.start() for m in matches}
        matches += [
            m
            for m in AT_AGE_OFFERED.finditer(text)
            if m.start() not in taken and OFFERED_AT.search(text, max(0, m.start() - 30), m.start())
        ]
    # "more common at 65 and over (17.7%) than at 50–64 (8.4%)": an open-ended age said
    # in words ("and over", "and older") before a share in brackets is an age, and so is
    # each bracket of its sentence written the same way
    shared = [m for m in matches if m.groupdict().get("share")]
    worded_open = [m for m in shared if WORDED_OPEN.search(m.group("plus") or "")]
    brackets = [m for m in shared if m.group("high")]
    if len(brackets) >= 2:
        # "… more common at 75–84 (33.9%) than at 65–74 (26.2%)": two brackets of ages,
        # each before its share, are a ladder of age groups as an open end in words is
        worded_open += brackets
    for match in matches:
        low = float(match.group("low"))
        high = float(match.group("high") or low)
        if not 0 < low <= high <= 120:
            continue
        if (
            match.groupdict().get("share")
            and worded_open
            and _same_sentence(text, match, worded_open)
        ):
            bound = _Bound(low, high, end=match.end())
            if match.groupdict().get("plus"):
                bound.high = None
            labels.append(_label(text, match.start("low"), bound, with_noun=False))
            continue
        if LISTED_TIMEPOINTS.match(text, match.end()):
            continue  # "seen at 6 and 12 months": timepoints, the unit said once at the end
        opens = CLAUSE_OPENS.search(text, 0, match.start())
        if match.group("lead").lower() == "by" and not opens:
            continue  # "fell by 12, then …": only a clause's opening "By 70," is an age
        window = text[max(0, match.start() - PERSON_REACH) : match.end() + PERSON_REACH]
        offered = OFFERED_AT.search(text, max(0, match.start() - 30), match.start())
        if not (PERSON_NEAR.search(window) or opens or offered or " old" in match.group()[-5:]):
            continue  # ("offered at 12 to 13 years old" says it is an age itself)
        start = match.start("low")
        bound = _Bound(low, high, end=match.end())
        if match.groupdict().get("plus"):
            bound.high = None  # "At 43+", "at 40 and over": that age and older
        labels.append(_label(text, start, bound, with_noun=False))
    return labels


_BAND_UNIT = r"(?:yrs?|years?|y|mths?|mos?|months?|m|wks?|weeks?)(?![\w-])"
DOSE_TABLE_AGE = StartScanned(
    re.compile(
        rf"(?P<low>\d{{1,2}})(?:{H}*(?P<low_unit>{_BAND_UNIT}))?"
        rf"(?:{H}*(?:[-–—]|to){H}*(?P<high>\d{{1,2}}))?{H}*(?P<high_unit>{_BAND_UNIT})"
    )
)
BAND_COMPARATOR = re.compile(rf"(?P<cmp>(?i:under|over|up{H}+to)|[<>≤≥]){H}*\Z")
"""An age band as dose tables write it, with short units: ``2–5yrs``, ``12–17y``, ``6m–2y``,
``>5 yr``, ``Under 6 mths``, ``3–6 mo``."""
_BAND_OPENS = re.compile(
    rf"(?:\A|[\n\u2029\x1d;,:(|•·*]|\b(?i:childn|children|child|infants?|babies|baby|kids"
    rf"|neonates|adolescents|adults|paed|ped)){H}*\Z"
)
_DOSE_AFTER = re.compile(
    rf"{H}*:?{H}*(?:(?i:max(?:imum)?\.?|give|take|usual(?:ly)?|initially|up{H}+to){H}+)?"
    rf"(?:\d+(?:\.\d+)?{H}*(?:mg|mcg|µg|μg|g|ml|mL|IU|units?|drops?|puffs?|tablets?|tabs?"
    rf"|caps(?:ules)?|sachets?|spoonfuls?|teaspoons?|tsp)\b"
    rf"|(?i:not{H}+(?:recommended|advised|for{H}+use)|do{H}+not|avoid|contraindicated"
    rf"|consult|see{H}+(?:a|your)))"
)
_BAND_UNITS = {"y": "year", "yr": "year", "m": "month", "mo": "month", "mth": "month"}
_BAND_UNITS |= {"wk": "week"}


def _band_unit(written: str) -> str:
    """``yrs`` -> ``year``, ``m`` -> ``month``, ``mths`` -> ``month``."""
    word = written.lower().rstrip("s")
    return _BAND_UNITS.get(word, word)


def _dose_table_ages(text: str) -> list[GroupLabel]:
    """``2–5yrs: 2.5 mL``, ``Childn >5 yr 250 mg tid, 1-5 yr 125 mg tid``, ``6m–2y: 2.5 ml``,
    ``Under 6 mths: not recommended``: the age band a dose table's row opens with is who the
    dose is for, not a duration. Read where a row or list item opens (a line's start, after
    ``,``, ``;``, ``:`` or a bullet, or after a child or adult noun, ``Childn``), when a dose
    (an amount in mg, mL, units … or a dose form) or ``not recommended`` follows, after an
    optional colon and ``max``, ``give``, ``take`` or ``up to``; a near end in another unit
    is said in the far end's (``6m–2y`` is [0.5, 2] years)."""
    labels = []
    for match in DOSE_TABLE_AGE.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue
        single = match.group("high") is None
        if single:  # "Under 6 mths", ">5 yr": one age, under its comparator
            if not (before := BAND_COMPARATOR.search(text, max(0, start - 8), start)):
                continue
            start = before.start()
        if not _BAND_OPENS.search(text, max(0, start - 14), start):
            continue
        if not _DOSE_AFTER.match(text, match.end()):
            continue
        if single:
            value = float(match.group("low"))
            unit = _band_unit(match.group("high_unit"))
            written = before.group("cmp").lower()
            lower = written in ("over", ">", "≥")
            inclusive = written in ("≥", "≤") or written.startswith("up")
            bound = _Bound(
                value if lower else None,
                None if lower else value,
                low_inclusive=inclusive or not lower,
                high_inclusive=inclusive or lower,
                unit=unit,
                end=match.end(),
            )
        else:
            unit = _band_unit(match.group("high_unit"))
            low, high = float(match.group("low")), float(match.group("high"))
            if match.group("low_unit") and _band_unit(match.group("low_unit")) != unit:
                low = round(low * _DAYS_IN[_band_unit(match.group("low_unit"))] / _DAYS_IN[unit], 4)
            if high < low:
                continue
            bound = _Bound(low, high, unit=unit, end=match.end())
        labels.append(_label(text, start, bound, unit=bound.unit, with_noun=False))
    return labels


SOMEONE_IS_AGED = re.compile(
    rf"\b(?i:you|your{H}+(?:baby|child|son|daughter|toddler)|(?:the|a){H}+(?:baby|child"
    rf"|infant|toddler)|he|she|they)"
    rf"{H}+(?P<verb>(?i:is|are|was|were|turns?|turned|reach(?:es|ed)?))"
    rf"{H}+(?P<low>\d{{1,3}})(?P<half>{H}+(?i:and){H}+(?i:a){H}+(?i:half)|{H}?½)?"
    rf"(?:{H}*(?:[-–]|(?i:to|or)){H}*(?P<high>\d{{1,3}}))?"
    rf"(?:{H}+(?P<unit>(?i:years?|months?|weeks?|days?)){H}+(?i:old)\b"
    rf"|(?={H}*(?:[,.;:!?)]|\Z)))"
)
"""Someone's age said with a verb of being or turning: ``if your baby is 2 to 3 months old``,
``when your child is 6 months old``, ``by the time you are 50 and a half,``, ``until she
turns 16.``: whom an instruction is for, a label (s60x). Written with ``old`` after its unit,
or a bare number (with ``and a half``) that ends its clause; the subject is a person (``you``,
``your baby``, ``he``, ``she``, ``they``), never a thing (``the scan is 3 months old``). A bare
number after a verb of being is an age only of ``you`` (the reader an instruction is for);
``He is 14 and a half.`` stays a figure, as session 54 read it; after ``turns`` or
``reaches`` it is an age of anyone."""
BEING = frozenset({"is", "are", "was", "were"})


def _ages_said_of_someone(text: str) -> list[GroupLabel]:
    """Ages said of someone with a verb of being (:data:`SOMEONE_IS_AGED`): group labels."""
    labels = []
    for match in SOMEONE_IS_AGED.finditer(text):
        bare_being = match.group("unit") is None and match.group("verb").lower() in BEING
        if bare_being and not match.group().lower().startswith("you"):
            continue  # "He is 14 and a half.": a mixed number said of him, kept (s54b)
        low = float(match.group("low"))
        if match.group("half"):
            low += 0.5
        high = float(match.group("high")) if match.group("high") else low
        if not 0 < low <= high <= 120:
            continue
        unit = (match.group("unit") or "year").lower().rstrip("s")
        bound = _Bound(low, high, unit=unit, end=match.end())
        labels.append(_label(text, match.start("low"), bound, unit=unit, with_noun=False))
    return labels


def _over_ns(text: str) -> list[GroupLabel]:
    """``over-40s`` (older than 40), ``under-5s`` (younger than 5), ``the over-sixties``."""
    labels = []
    for match in OVER_NS.finditer(text):
        if not _starts_word(text, match.start()):
            continue
        value = float(match.group("n") or _PLURAL_WORDS[match.group("w").lower()])
        if match.group("cmp").lower() == "over":
            bound = _Bound(value, None, low_inclusive=False, end=match.end())
        else:
            bound = _Bound(None, value, high_inclusive=False, end=match.end())
        labels.append(_label(text, match.start(), bound, with_noun=False))
    return labels


def _year_olds(text: str) -> list[GroupLabel]:
    """``40-year-olds``, ``18- to 24-year-olds``: a plural of ages is a group."""
    labels = []
    for hit in OLDS.finditer(text):
        match = YEAR_OLDS_BEFORE.search(text, max(0, hit.start() - 40), hit.start())
        if not match:
            continue
        low = age_number(match.group("n1"))
        high = age_number(match.group("n2")) if match.group("n2") else low
        if high < low:
            continue
        bound = _Bound(low, high, unit=match.group("unit").lower(), end=hit.end())
        labels.append(_label(text, match.start(), bound, with_noun=False))
    return labels


AGE_BRACKET_PLURAL = StartScanned(
    re.compile(
        rf"(?<![\w.,'’£$€-])(?P<n1>\d{{1,2}})(?:{H}*(?:-{H}*)?to(?:{H}*-)?{H}*|{H}*[-–—]{H}*)"
        rf"(?P<n2>\d{{1,2}})['’]?s\b(?!['’-])"
    )
)
"""A plural of an age bracket with no unit: ``5-to-11s``, ``the 12–15s``, ``16 to 17s``."""
_BRACKET_PLURAL_BEFORE = re.compile(
    rf"(?:\A|[.!?:;,(\n]|\b(?i:for|to|in|among|amongst|of|the|and|or|with|all|most|many"
    rf"|aged|by|vaccinating|vaccinated|offering|offered|protecting|invite|inviting)){H}*\Z"
)
"""Where a bracket plural opens as a group: a clause's start, a preposition or a verb of
offering (``boosters for 12–15s``); ``sells 2-4s packs`` is a pack size, not a group."""


def _bracket_plurals(text: str) -> list[GroupLabel]:
    """``jabs for 5-to-11s``, ``the 12–15s``: a plural of a bracket of ages names a group, as
    ``under-5s`` does. Two tens (``the 20–30s``) may be decades as well as ages and are
    left to the other readers; so is a bracket whose far end is not above the near one, and
    one after any word but a clause's start, a preposition, an article or a verb of offering
    (``sells 2-4s packs``)."""
    labels = []
    for match in AGE_BRACKET_PLURAL.finditer(text):
        low, high = float(match.group("n1")), float(match.group("n2"))
        if high <= low or (low % 10 == 0 and high % 10 == 0):
            continue
        if not _BRACKET_PLURAL_BEFORE.search(text, max(0, match.start() - 14), match.start()):
            continue
        bound = _Bound(low, high, end=match.end())
        labels.append(_label(text, match.start(), bound, with_noun=False))
    return labels


AGE_LIST_BRACKET = re.compile(rf"\({H}*(?:(?i:aged?|ages){H}+)?")
"""A bracket that may list the ages of the figures before it (``… 87% and 62% lower (aged
12–13 vs 14–16)``, ``… 32% and 11% (under 35 vs 40 to 42)``); the ``aged`` is optional."""
AGE_LIST_JOIN = re.compile(
    rf"{H}*,{H}*(?:(?:and|or){H}+)?|{H}+(?:and|or|&|vs\.?|versus|v\.?|compared{H}+(?:with|to)){H}+",
    re.IGNORECASE,
)
"""Between two ages of a bracketed list (``12–13 vs 14–16``, ``18–39, 40–64 and 65+``)."""
FIGURES_BEFORE_BRACKET = re.compile(
    r"\d(?:[^.;:()\n]|(?<=\d)\.(?=\d)){0,120}\d(?:[^.;:()\n]|(?<=\d)\.(?=\d)){0,120}\Z"
)
"""At least two numbers in the clause before the bracket (decimal points may be in them:
``9.2% and 23.9%``): the figures its ages belong to."""


def _bracketed_age_lists(text: str) -> list[GroupLabel]:
    """``rates were 87% and 62% lower in women offered the vaccine (aged 12–13 vs 14–16)``,
    ``birth rates were 32% and 11% (under 35 vs 40 to 42)``, ``falls affect 30% and 50% of
    older people (65+ vs 80+)``: a bracket after two or more figures that holds nothing but
    ages, two or more of them, joined by ``and``, ``or``, commas or ``vs``, names the
    figures' groups in order, as ``respectively`` would; each is a group label, no figure
    to verify. Each item must read as an age on its own (a range of whole numbers up to
    :data:`MAX_AGE`, an open end ``65+``, ``under 35``, ``80 and over``, or a number with an
    age unit): ``(12% vs 9%)``, ``(n = 120 vs 118)`` or ``(2019 vs 2023)`` are no ages."""
    labels: list[GroupLabel] = []
    if "(" not in text:
        return labels
    for opening in AGE_LIST_BRACKET.finditer(text):
        clause_start = max(0, opening.start() - 240)
        if not FIGURES_BEFORE_BRACKET.search(text, clause_start, opening.start()):
            continue
        items: list[GroupLabel] = []
        pos = opening.end()
        while True:
            bound = _read_age(text, pos)
            if bound is None or not _listed_age(text, pos, bound):
                items = []
                break
            items.append(_label(text, pos, bound, with_noun=False))
            joint = AGE_LIST_JOIN.match(text, bound.end)
            if joint is None:
                break
            pos = joint.end()
        if len(items) >= 2 and _CLOSES.match(text, items[-1].end):
            labels.extend(items)
    return labels


def _listed_age(text: str, start: int, bound: _Bound) -> bool:
    """Whether an item of a bracketed list reads as an age on its own: an open end, a range
    of whole numbers up to :data:`MAX_AGE`, or a number with an age unit."""
    ends = [n for n in (bound.low, bound.high) if n is not None]
    if not ends or any(n != int(n) or n > MAX_AGE for n in ends):
        return False
    return _written_as_age(text, start, bound)


AGE_PHRASE_OPEN = StartScanned(re.compile(rf"(?i:age|years|life){H}*\({H}*"))
"""Where an age phrase's bracket opens: ``age (``, ``years (``; the cheap trigger."""
AGE_PHRASE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<noun>[A-Za-z]+){H}+(?i:of|in){H}+(?:(?i:their|the){H}+)?"
    rf"(?:[A-Za-z-]+{H}+){{0,2}}\Z"
)
"""A population noun and the start of its age phrase (``women of childbearing ``, ``adults
in their reproductive ``), read back from the phrase's last word."""


STAGE_OF_LIFE_AGE = re.compile(
    r"(?<![\w-])(?i:(?:pre-?|primary[ \t]|secondary[ \t])?school(?:-going)?|nursery|working"
    r"|reproductive|child-?bearing|retirement|pension(?:able)?|college|university|adult"
    rf"|teen(?:age)?){H}+\Z"
)
"""A kind of age named by the stage of life it is (``school age``, ``working age``,
``reproductive age``, ``retirement age``): its bracket's range says who, as a noun's would
(``Gestational``, ``mean`` or ``bone`` age are measures, never read here)."""


def _age_phrase_brackets(text: str) -> list[GroupLabel]:
    """``women of childbearing age (15–49)``, ``adults of working age (16–64 years)``: a
    bracket holding only an age range or an open end (``(65+)``) right after a population
    noun and its age phrase states that group's ages; the label runs from the noun to the
    bracket's last number. A bare number (``of working age (12)``) may be a footnote or a
    count and is not read; nor is a bracket that goes on after the age (``(15–49, 2019)``).
    Found from each ``age (``/``years (``, looking back for the noun."""
    labels = []
    for opening in AGE_PHRASE_OPEN.finditer(text):
        if opening.start() and (text[opening.start() - 1].isalnum()):
            continue
        match = AGE_PHRASE_BEFORE.search(text, max(0, opening.start() - 60), opening.start())
        if match is None and opening.group().lower().startswith("age"):
            # "School age (6–13 years)", "working age (16–64)": a stage of life named by its
            # kind of age, no population noun before it
            match = STAGE_OF_LIFE_AGE.search(text, max(0, opening.start() - 30), opening.start())
            noun = None
        elif match is None or (noun := match.group("noun").lower()) not in NOUNS:
            continue
        if match is None:
            continue
        bound = _read_age(text, opening.end())
        if bound is None or not _CLOSES.match(text, bound.end):
            continue
        if bound.low is not None and bound.low == bound.high:
            continue
        label = _label(text, opening.end(), bound, with_noun=False)
        labels.append(
            replace(label, text=text[match.start() : bound.end], start=match.start(), noun=noun)
        )
    return labels


NAMED_AGE_GROUP = Gated(  # scanned only in a text that says group, band, bracket …
    re.compile(
        rf"(?<![\d.,])(?P<n1>\d{{1,3}})(?:(?:{H}*(?:[-–—]|to){H}*|-to-)(?P<n2>\d{{1,3}})|(?P<plus>\+)"
        rf"|[-{H[1:-1]}]+(?:and|or)[-{H[1:-1]}]+(?:over|older|above)|[-{H[1:-1]}]plus)"
        rf"(?:{H}*-?{H}*(?:years?|yrs?)(?:-old)?)?[-{H[1:-1]}]+"
        rf"(?i:age)[-{H[1:-1]}]*(?i:groups?|bands?|brackets?|ranges?|categor(?:y|ies)|cohorts?)\b"
    )
)
"""An age group named as one: ``the 18–24 age group``, ``the 65+ age band``, ``the 50 and over
age bracket``, ``the 25-34-year age group``."""


def _named_age_groups(text: str) -> list[GroupLabel]:
    """``in the 18–24 age group, 12% …``: the numbers before ``age group`` (``band``,
    ``bracket``, ``range``, ``category``) name the group, as ``aged 18–24`` does."""
    labels = []
    for match in NAMED_AGE_GROUP.finditer(text):
        low = float(match.group("n1"))
        high = float(match.group("n2")) if match.group("n2") else None  # "65+": open above
        if high is not None and high < low:
            continue
        labels.append(
            _label(text, match.start(), _Bound(low, high, end=match.end()), with_noun=False)
        )
        labels.extend(_listed_before(text, match.start()))
    return labels


LISTED_AGE_BEFORE = re.compile(
    rf"(?<![\d.,])(?P<item>(?P<n1>\d{{1,3}})(?:(?:{H}*(?:[-–—]|to){H}*|-to-)(?P<n2>\d{{1,3}})|\+"
    rf"|[-{H[1:-1]}]plus|[-{H[1:-1]}]+(?:and|or)[-{H[1:-1]}]+(?:over|older|above)))(?:{H}*,{H}*(?:(?:and|or){H}+)?|{H}+(?:and|or|&){H}+)\Z"
)
"""An age range or open end listed before another ahead of ``age groups`` (``the 50–59 and
60–69 age groups``, ``18-24, 25-34 and 35-44 age groups``)."""


def _listed_before(text: str, start: int) -> list[GroupLabel]:
    """The age groups listed before a named one that ``age groups`` reaches back over: in
    ``the 70–79 and 80-plus age groups`` the 70–79 is a group too (it was a bare figure)."""
    labels: list[GroupLabel] = []
    while found := LISTED_AGE_BEFORE.search(text, max(0, start - 24), start):
        low = float(found.group("n1"))
        high = float(found.group("n2")) if found.group("n2") else None
        if high is not None and high < low:
            break
        bound = _Bound(low, high, end=found.end("item"))
        labels.append(_label(text, found.start(), bound, with_noun=False))
        start = found.start()
    return labels


BORN_BEFORE = Gated(  # scanned only in a text that says born or delivered
    re.compile(
        rf"(?i:born|delivered){H}+(?P<cmp>(?i:before|earlier{H}+than|under|below|after|later{H}+than"
        rf"|at{H}+or{H}+(?:before|after)|less{H}+than|more{H}+than)){H}+"
        rf"(?P<n>\d{{1,2}})(?:{H}+(?i:completed))?{H}+(?i:weeks?)"
        rf"(?:{H}+(?i:of){H}+(?i:gestation|pregnancy)|{H}+(?i:gestation(?:al{H}+age)?))?\b"
    )
)
"""Babies named by how early they were born: ``born before 28 weeks``, ``born earlier than 37
weeks of gestation``, ``born after 42 weeks``."""


def _born_before(text: str) -> list[GroupLabel]:
    """``babies born before 28 weeks have a 70% survival rate``: a bound on the weeks of
    pregnancy at birth names which babies a figure is about (a group in weeks of gestation),
    not a period to verify. ``born at 29 weeks`` says one baby's age at birth and stays a
    figure."""
    labels = []
    for match in BORN_BEFORE.finditer(text):
        value = float(match.group("n"))
        said = " ".join(match.group("cmp").lower().split())
        if said in ("after", "later than", "more than", "at or after"):
            bound = _Bound(
                value, None, low_inclusive=said == "at or after", unit="week", end=match.end()
            )
        else:
            bound = _Bound(
                None, value, high_inclusive=said == "at or before", unit="week", end=match.end()
            )
        labels.append(_label(text, match.start(), bound, unit="week"))
    return labels


AGE_BOUND_OF_AN_EVENT = re.compile(
    rf"\b(?i:diagnosed|diagnosis|onset|menopause|pregnan(?:t|cy)|(?:a|her|their|your){H}+first"
    rf"{H}+(?:baby|child|birth|period)|(?:having|have|has|had|giving{H}+birth|gives{H}+birth)"
    rf"(?:{H}+(?:a|her|their|your))?(?:{H}+first)?{H}+(?:baby|child|children|babies)"
    rf"|start(?:s|ed|ing)?{H}+(?:smoking|drinking|periods?)|develop(?:s|ed|ing)?(?:{H}+[\w-]+)?)"
    rf"(?:{H}+[\w-]+){{0,3}}?{H}+(?P<cmp>(?i:before|under|after|over)){H}+"
    rf"(?P<n>\d{{1,3}})(?![\d%]|[.,]\d|{H}*(?:%|[-–]|(?i:per|percent|times|mg|kg|weeks?|days?"
    rf"|months?|hours?|minutes?|cm|mm)\b))"
)
"""An age bound said of when a life event happens (``diagnosed before 40``, ``having a first
baby before 35``, ``menopause before 45``, ``started smoking under 16``): it names whose risk
or count a sentence gives, a group label, never a figure; a unit after it (``before 20
weeks``) is a time, no age."""
_AGE_END = (
    rf"(?![\d%]|[.,]\d)(?={H}*(?:[.,;:!?)\u2029\u2028]|\Z)|{H}+(?i:and|or|but|in|with|when|while"
    rf"|than|if|as|so|because|years?{H}+(?:old|of{H}+age)|yrs?|gain|gains|live|lives|have|has"
    rf"|had|are|is|were|was|can|could|will|may|might|cut|cuts|halve|reduce|avoid|lose|add|still"
    rf"|also|often|usually)\b)"
)
"""What follows a bare age at a clause's end: a stop, a comma, a conjunction, ``years old``,
or the main verb after a relative clause (``Smokers who quit before 40 gain …``)."""
_EVENT_VERB = (
    r"start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|t(?:ake|akes|ook|ried|ry|ries)(?:\s+up)?"
    r"|gain(?:s|ed)?|put\s+on|become|became|die[sd]?|develop(?:s|ed)?|get|gets|got|quit"
    r"|stop(?:s|ped)?|smoked|drank|first|give\s+up|gave\s+up|experiment(?:s|ed)?"
)
AGE_BOUND_AFTER_A_GROUPS_EVENT = re.compile(
    rf"\b(?i:{'|'.join(sorted(NOUNS))})\b(?:{H}+(?!(?i:before|after|under|over)\b)[\w'’-]+)"
    rf"{{0,4}}?{H}+(?i:{_EVENT_VERB})\b(?:{H}+(?!(?i:before|after|under|over)\b)[\w'’-]+){{0,3}}?"
    rf"{H}+(?P<cmp>(?i:before|after|under|over)){H}+(?P<n>\d{{1,3}}){_AGE_END}"
)
"""An age bound on when a group's members do something (``Nine in ten smokers start before
18``, ``Two in three adults gain weight after 40``, ``people who smoke started before 20``):
the age names whom the share is about, a group label, never a bound on 18 of anything."""
AGE_THEY_TURN = re.compile(
    rf"\b(?P<cmp>(?i:before|by|until|after)){H}+(?i:they|he|she|you|we|I){H}+"
    rf"(?i:turn|turns|turned|reach|reaches|reached|are|is|were|was){H}+(?P<n>\d{{1,3}})"
    rf"{_AGE_END}"
)
"""``before they turn 18``, ``by the time…`` no; ``until you are 25``: an age said by turning."""
CLAUSE_OPENING_AGE = re.compile(
    rf"(?:^|(?<=[.;:!?\u2029\u2028]){H}*|(?<=[.;:!?]{H}))(?P<cmp>(?i:over|under|above|below))"
    rf"{H}+(?P<n>\d{{1,3}}),(?!\d)",
    re.MULTILINE,
)
"""``Over 80, it is about 4%.``, ``Under 50, the risk is 1 in 1,000``: a bare age bound that
opens a clause before its comma names whom the clause's figure is about (never a
thousands comma: ``Over 4,000 procedures`` is a count)."""


def _event_and_risk_ages(text: str) -> list[GroupLabel]:
    """Age bounds that say whose risk a sentence gives (:data:`AGE_BOUND_OF_AN_EVENT`,
    :data:`CLAUSE_OPENING_AGE`): group labels of a bare
    age from 1 to 110, never a count nor a bound to verify (``most are diagnosed before 40``
    is no claim about 40 of anything)."""
    labels = []
    for pattern, scan in (
        (AGE_BOUND_OF_AN_EVENT, words_then_bound),
        (CLAUSE_OPENING_AGE, opening_bound),
        (AGE_BOUND_AFTER_A_GROUPS_EVENT, words_then_bound),
        (AGE_THEY_TURN, turning_bound),
    ):
        for match in scan(pattern, text):  # pattern.finditer(text), from where one can start
            value = float(match.group("n"))
            if not 1 <= value <= 110:
                continue
            said = match.group("cmp").lower()
            if pattern is AGE_THEY_TURN:  # "before they turn 18": under 18, "after": 18 on
                bound = (
                    _Bound(value, None, end=match.end("n"))
                    if said == "after"
                    else _Bound(None, value, high_inclusive=False, end=match.end("n"))
                )
            elif said in ("over", "above", "after"):
                bound = _Bound(value, None, low_inclusive=False, end=match.end("n"))
            else:
                bound = _Bound(None, value, high_inclusive=False, end=match.end("n"))
            labels.append(_label(text, match.start("cmp"), bound, with_noun=False))
    return labels


def _stage_value(written: str) -> float:
    core = re.match(r"IV|V|III|II|I|\d", written).group()
    return float(_ROMAN.get(core, core))


def _stages(text: str) -> list[GroupLabel]:
    """``stage 3``, ``stage IIIA``, ``stages 2–3``: a disease stage names who a figure is
    about; never ``at this stage 12 patients`` or a step (``Stage 2: recruit``)."""
    labels = []
    for match in STAGE.finditer(text):
        if not _starts_word(text, match.start()):
            continue
        if _NOT_THIS_STAGE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _STAGE_LEADS_ON.match(text, match.end()):
            continue
        low = _stage_value(match.group("s1"))
        high = _stage_value(match.group("s2")) if match.group("s2") else low
        if high < low:
            continue
        bound = _Bound(low, high, unit="stage", end=match.end())
        labels.append(_label(text, match.start(), bound, unit="stage", with_noun=False))
    return labels


_SMALL_COUNT = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2]"
COUNTED_GROUP = StartScanned(
    re.compile(
        rf"\b(?P<noun>people|patients|women|men|adults|children|those|participants|mothers"
        rf"|individuals|families|smokers|carriers|couples|babies|infants){H}+"
        rf"(?:with|who{H}+(?:have{H}+had|has{H}+had|have|had|has)|having){H}+"
        rf"(?:(?P<least>at{H}+least|only|exactly){H}+)?(?P<n>{_SMALL_COUNT})"
        rf"(?:{H}+or{H}+(?P<more>more|fewer|less))?{H}+"
        rf"(?!(?:times?|percent|per|years?|months?|weeks?|days?|hours?|mg|kg|g|of|in|at|to|or|and"
        rf"|another|other|more|less|fewer|than)\b)"
        rf"(?P<what>[a-z][a-z-]+(?:{H}+(?!(?:has|was|is|does|goes|needs|takes|gets)\b)[a-z][a-z-]+s)?)\b",
        re.IGNORECASE,
    )
)
"""A group told by a small count of what its people have: ``patients with two risk factors``,
``women who have had three or more children``, ``those with at least two warning signs``.
The count says who a figure is about, never a figure to verify. What is counted is one word,
or two where the second is a plural noun (``risk factors``, not ``children face``)."""


SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
SENTENCE_REACH = 400  # characters either side searched for the sentence's other figures


def _another_figure_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` holds a digit outside it: a group
    names whom another figure is about, so a count with no other figure beside it is the
    sentence's figure itself."""
    reach = max(0, start - SENTENCE_REACH)  # a sentence's length at most, not the document
    ends = [found.start() for found in SENTENCE_END.finditer(text, reach, start)]
    begin = ends[-1] + 1 if ends else reach
    after = SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    finish = after.start() if after else min(len(text), end + SENTENCE_REACH)
    return any(c.isdigit() for c in text[begin:start] + text[end:finish])


def _counted_group_matches(text: str) -> Iterator[re.Match[str]]:
    """``COUNTED_GROUP.finditer(text)``, tried only at the word before the blanks before each
    ``with``, ``who`` or ``having`` (any case; :func:`words_before`): every match is a noun
    at a word boundary, blanks, then one of those words."""
    if folds_to_ascii(text):
        return COUNTED_GROUP.finditer(text)
    lowered = text.lower()  # the same length: no İ
    needles = [at for word in ("with", "who", "having") for at in occurrences(lowered, word)]
    return matches_from(COUNTED_GROUP, text, words_before(text, needles, _BLANKS))


def _youngest_ages(text: str) -> list[GroupLabel]:
    """``hepatitis A from 1 year``, ``licensed from 2 years``: the youngest age a product is
    for, a group from that age up; ``the dose for 6–11 years``: the band a dose is for
    (:mod:`~claimcheck.nlp.quantities.youngest_ages`)."""
    return (
        [
            GroupLabel(
                text=text[age.start : age.end],
                start=age.start,
                end=age.end,
                low=age.low,
                high=None,
                unit=age.unit,
            )  # fmt: skip
            for age in youngest_ages(text)
        ]
        + [
            GroupLabel(
                text=text[band.start : band.end],
                start=band.start,
                end=band.end,
                low=band.low,
                high=band.high,
                unit=band.unit,
            )  # fmt: skip
            for band in (*dose_ages(text), *schedule_ages(text))
        ]
    )


def _counted_groups(text: str) -> list[GroupLabel]:
    """:data:`COUNTED_GROUP` labels, in the unit of what is counted (``2 warning signs``),
    where another figure in the sentence is about the group."""
    if "with" not in text and "ha" not in text:
        return []
    labels = []
    for match in _counted_group_matches(text):
        if not _another_figure_in_sentence(text, match.start(), match.end()):
            continue  # "Patients with 3 or more visits did better": the count is the figure
        value = age_number(match.group("n"))
        more = (match.group("more") or "").lower()
        least = (match.group("least") or "").lower().startswith("at")
        low, high = (None, value) if more in ("fewer", "less") else (value, value)
        if more == "more" or least:
            high = None
        bound = _Bound(low, high, unit=match.group("what").lower(), end=match.end())
        labels.append(_label(text, match.start("n"), bound, with_noun=False))
    return labels
