"""Which registry claim a draft's quantity refers to.

Candidates come only from the registry terms found in the sentence, or the sentence before
(``claimcheck_terms``), so the cost per claim depends on how many claims share its terms, not
on the registry's size. A candidate must have its subject named there, a unit the figure can
be converted to, and the same kind of statistic; it is scored with rapidfuzz on the figure's
own clause against the claim's statement and approved variants, plus the evidence of where
its names, context and year sit (see :func:`_evidence`). Whether the rank suffices is the
verdict's call (:mod:`claimcheck.verify.verdicts`): agreeing figures need less than conflicts.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import re
import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

import numpy as np
from rapidfuzz import fuzz, process, utils
from spacy.lang.en.stop_words import STOP_WORDS

from claimcheck.nlp.age_lists import AGE_LEAD
from claimcheck.nlp.claim import CellText, Claim
from claimcheck.nlp.lay_names import field_name, lay_name_patterns, said_as_the_field_says
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantities.first_chars import StartScanned, guarded
from claimcheck.nlp.quantities.numbers import ONES
from claimcheck.nlp.quantity import AFTER, BEFORE, Quantity
from claimcheck.nlp.terms import other_spelling
from claimcheck.registry.loader import Registry, normalise_term
from claimcheck.registry.model import EMPTY, RegistryClaim, per_claim, per_claim_shared
from claimcheck.registry.units import (
    CURRENCY_CODES,
    PERCENTAGE_POINTS,
    is_counted_noun,
    same_counted_noun,
)
from claimcheck.verify import analytes, shortlist
from claimcheck.verify.among import (
    AMONG,
    ANOTHER_BASIS,
    another_basis,
    name_said,
    opening_basis,
    share_basis,
)
from claimcheck.verify.analytes import molar_factor
from claimcheck.verify.attributed_shares import DOER, doing
from claimcheck.verify.compare import compare
from claimcheck.verify.convert import (
    RATIO_STATISTICS,
    RATIO_WORDS,
    as_ratio,
    convert,
    convert_kept,
    scaled,
    to_a_years_count,
)
from claimcheck.verify.daily_doses import (
    another_schedule,
    compared_by_day,
    daily_total,
    per_administration,
    per_dose,
)
from claimcheck.verify.frame_pairs import contradiction_of, shared_frame, slot_names_of, slots_of
from claimcheck.verify.frames import (
    AGE_IN_WEEKS_OR_MONTHS,
    AGES_SAID,
    ANOTHER_LOOK_BACK,
    ANOTHER_TIME,
    ANY_REGION,
    BARE_AGE,
    BARE_GROUP_AGE,
    CONTROL_ARM,
    DAYS,
    DECADE,
    DEMONYM,
    ELIDED_TIMEPOINT,
    ETHNIC_MENTION,
    ETHNICITIES,
    EVERY_AGE,
    LIFE_STAGES,
    LOOK_BACK,
    LOOK_BACK_PHRASES,
    MEASURES,
    OLDEST_AGE,
    OUTCOME_THRESHOLD,
    PAST_YEAR,
    PEOPLE_NOUN,
    PER_BODY_DOSE,
    PREVALENCE_WORD,
    PROPORTION_UNITS,
    RATE_PER_POPULATION,
    RESPECTIVELY,
    SEVERITIES,
    SEX_SAID,
    SEXES,
    SINCE_YEAR,
    SLACK_FROM,
    STAGES,
    TIME_UNIT,
    TIMEPOINT,
    WORLD,
    YEAR,
    Frame,
    ages_named,
    apply_declared,
    cell_frame_text,
    cell_times,
    change_direction,
    clause_of,
    clauses_of,
    contradiction,
    control_named,
    countries_for_demonyms,
    duration_days,
    elided_timepoint,
    fill_empty,
    fill_group,
    group_ages,
    group_slots,
    is_dose,
    labelled_timepoint,
    levels_before,
    months_named,
    numbered_group_text,
    numbered_groups_in,
    own_group_sexes,
    part_of_life,
    priced_by,
    read_frame,
    regions_in_reach,
    regions_named,
    respective_groups,
    row_names,
    same_days,
    says_when,
    sexes_named,
    stage_or_age_named,
    timepoints_named,
    without_spans,
    without_study_population,
    year_spans,
    years_named,
)
from claimcheck.verify.frozen import replace
from claimcheck.verify.gates import GatedNames
from claimcheck.verify.gates import lowered as lowered_for_gates
from claimcheck.verify.polarity import NEGATOR, NO_POLARITY, Polarity, opposite, read_polarity
from claimcheck.verify.retrieval import AGE_UNITS, MIN_HEAD_LETTERS, YEAR_UNITS
from claimcheck.verify.scans import JunctionGated, NeedleScanned
from claimcheck.verify.wholes import all_against_part, another_whole, whole_kind

DEFAULT_THRESHOLD = 65.0  # the rank (text score plus evidence) a match needs; see verdicts
SUBJECT_BONUS = 15.0  # the subject named in the figure's own sentence
ADULT_AGE, OLDER_AGE = 18.0, 65.0  # a stage of life below or above these is a part of everyone
BIRTH_STAGE_AGE = 3.0  # infants, babies, toddlers: claims per births are about them unsaid
NEARBY_SUBJECT_BONUS = 5.0  # named only in the sentence before ("GPC3 … It is found in …")
CONTEXT_BONUS = 5.0  # the context (disease, population) named in the figure's clause too
DOCUMENT_CONTEXT_BONUS = 2.0  # … or elsewhere in the sentence or the document
OTHER_SUBJECT_PENALTY = 20.0  # the sentence names a subject the claim does not know
OTHER_CLAUSE_DISCOUNT = 20.0  # wording matched only outside the figure's own clause
ELLIPSIS_DISCOUNT = 5.0  # … by a clause that carries on the subject before it
EXACT_FIGURE_BONUS = 15.0  # the figure is the source's own precise figure
EXACT_FIGURE_DIGITS = 3  # significant digits that make a figure precise enough to identify
YEAR_BONUS = 10.0  # the clause names the claim's year (or, taken away, another year)
DISTANCE_PENALTY_PER_CHAR = 0.1
MAX_DISTANCE_PENALTY = 15.0


@dataclass(frozen=True)
class Match:
    registry_claim: RegistryClaim
    quantity: Quantity  # the draft's quantity, converted to the registry claim's unit
    score: float  # rapidfuzz text similarity, 0–100
    rank: float  # score plus the evidence of names, context, frame and distance
    evidence: float = 0.0  # the rank's attribution part: names, frame, year, distance
    rejected: str | None = None  # why the names or frame rule this candidate out
    restated: bool = False  # ruled out, yet its statement states this figure in this frame
    unexplained: tuple[str, ...] = ()  # words of the clause the claim does not explain
    narrowed: tuple[str, ...] = ()  # words that narrow one of its names there ("severe")
    paraphrased: bool = False  # ruled out only as unnamed, yet the clause says its statement
    companion: bool = False  # backs another figure its statement states (its timepoint), not
    # its value: a retired or stale claim is reported once, on the value's figure
    contradiction: str = ""  # why a figure agreeing with it contradicts it all the same
    part_unsaid: bool = False  # a part of a sibling's whole (a place, an age-matched subset)
    # that nothing around the figure names: it never lends its support past that sibling


@dataclass(frozen=True)
class _Sentence:
    """What every figure of one sentence shares, worked out once per sentence: a sentence
    of a thousand figures must not read the whole sentence a thousand times."""

    clauses: tuple[tuple[int, int], ...]  # per quantity: its clause, file offsets
    frame: Frame  # what the whole sentence says (years, places, measures, timepoints)
    figures: tuple[tuple[int, int], ...]  # the non-duration figures, offsets in the sentence
    respective: tuple[tuple[int, int], ...] | None  # their groups one by one, if paired
    paired: tuple[tuple[int, int], ...] = ()  # the figures ``respective`` pairs, in order
    scope: Frame | None = None  # the frame of a phrase opening the sentence ("Among …,")
    clause_words: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    word_clauses: Counter[str] = field(default_factory=Counter)  # clauses holding each word
    opening_words: frozenset[str] = frozenset()  # of a phrase opening it ("With typical use,")


_SENTENCES: dict[int, tuple[Claim, _Sentence]] = {}
"""id(claim) -> (the claim, what its figures share): the very claim object, held so its id
cannot be reused, is found without hashing its figures (a sentence of a thousand figures
asks a thousand times)."""
_READINGS: dict[tuple[object, ...], _Sentence] = {}
"""The same, keyed by everything it is read from: the sentence, its offset, its figures (their
kinds and spans), its registry names and its groups. The names decide which breaks divide
clauses and which groups a "respectively" pairs, and a table's headers give its figures
their kinds, so the same sentence at the same place linted against another registry, or in
another draft, is read again; a draft linted again unchanged (the language server at each
keystroke) is not."""
SENTENCE_MEMO = 256  # sentences remembered; a document is judged a sentence at a time


CHANGE_GAP_WORDS = frozenset(
    """falling fell rising rose dropping dropped climbing climbed increasing increased
    decreasing decreased reaching reached down up compared""".split()
)
"""Words a gapped clause may say of a change besides the figure and its year: "…, falling
to 21,400 in 2022", "down from 36,200 in 2018" (the same measure and group, another year)."""


def _times_in_years(
    claim: Claim, quantity: Quantity, start: int, end: int
) -> frozenset[tuple[float, float]]:
    """The (low, high) of the other durations in years that the clause at file offsets
    ``start``–``end`` holds: times, which a frame must not read as ages."""
    return frozenset(
        (q.low, q.high)
        for q in claim.quantities
        if q is not quantity
        and q.kind == "duration"
        and q.unit == "year"
        and start <= q.start
        and q.end <= end
        and q.low is not None
    )


TIME_NAME = re.compile(r"\d+(?:hours?|days?|weeks?|months?|years?)")
"""A registry name that is a time ("24 months" in a claim's context, keyed ``24months``):
a gapped clause's timepoint, no name of what it measures."""


def _pure_gap(claim: Claim, quantity: Quantity, start: int, end: int) -> bool:
    """Whether the figure's clause says nothing but the figure, a year or a timepoint and
    function words ("and 14.1% in 2023", "and 55% from 10 weeks on"), and the figure's own
    words name no group ("2,594 women")."""
    if quantity.start == min(q.start for q in claim.quantities):
        return False
    rest = (
        claim.text[start - claim.start : quantity.start - claim.start]
        + " "
        + claim.text[quantity.end - claim.start : end - claim.start]
    )
    rest = DECADE.sub(" ", YEAR.sub(" ", rest))
    if TIME_UNIT.search(rest):
        rest = TIMEPOINT.sub(" ", rest)  # "… at 2 to 4 weeks and 55% from 10 weeks on"
    arm = CONTROL_ARM.search(rest)
    if arm is not None and ARM_GAP.fullmatch(CONTROL_ARM.sub(" ", rest)):
        # "… affected 1.7% of the lecanemab group and 12.6% of the placebo group": only the
        # arm changes, the outcome is the clause before's (the arm stays this figure's)
        return not any(c.isdigit() for c in rest)
    words = re.findall(r"[^\W\d_]+", rest)
    if any(c.isdigit() for c in rest) or any(
        w.lower() not in STOP_WORDS and w.lower() not in CHANGE_GAP_WORDS for w in words
    ):
        return False
    said = read_frame(quantity.text)
    return not (said.sexes or said.ages or said.stages or said.control)


PARALLEL_ITEM_PREPOSITION = re.compile(
    r"\s*(?P<prep>for|in|among|amongst|of)\s+(?:the\s+|those\s+)?(?P<group>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)
"""A figure's group said straight after it by a preposition ("17% for BRCA1 carriers", "44%
in BRCA2 carriers", "12% among boys")."""
PARALLEL_ITEM_OPENING = re.compile(r"\W*(?:(?:and|but|while|whereas|vs\.?|versus)\W+)?\Z", re.I)
"""What may come before the second figure of a parallel item: its conjunction only."""
PARALLEL_GROUP_FIRST = re.compile(
    r"\W*(?:and|but|while|whereas)?\s*(?P<prep>for|in|among|amongst)\s+(?:the\s+|those\s+)?"
    r"(?P<group>[^\W\d_][\w-]*)(?:\s+[\w-]+){0,3}?(?:\s*,)?\s*(?:it\s+(?:is|was)\s+)?",
    re.IGNORECASE,
)
"""The second item's group said before its figure: "…, and in BRCA2 carriers 44%"."""
PARALLEL_ITEM_REST = re.compile(r"[\w-]+(?:\s+[\w-]+){0,3}\W*", re.IGNORECASE)
"""What may follow an item's group: a few more of its words ("BRCA2 variant carriers")."""


def _parallel_lead(claim: Claim, quantity: Quantity, start: int, end: int) -> str | None:
    """The words before the figure before this one, when the figure's clause is a parallel
    item of it (:func:`_parallel_item`): what both items are about ("Ovarian cancer risk by
    age 80 differs by gene, "), without the other item's own group. None otherwise."""
    if not _parallel_item(claim, quantity, start, end):
        return None
    before = _figure_before(claim, quantity)
    lead = claim.text[: before.start - claim.start] if before is not None else ""
    return lead if lead.strip() else None


def _figure_before(claim: Claim, quantity: Quantity) -> Quantity | None:
    """The sentence's last figure (no duration) before ``quantity``, if any."""
    return max(
        (q for q in claim.quantities if q.kind != "duration" and q.start < quantity.start),
        key=lambda q: q.start,
        default=None,
    )


def _parallel_item(claim: Claim, quantity: Quantity, start: int, end: int) -> bool:
    """Whether the figure's clause repeats the shape of the figure before it with another
    group only: "…, 17% for BRCA1 carriers and 44% for BRCA2 carriers", "… 9% in girls and
    14% in boys" (the same preposition straight after both figures, and nothing in the
    clause but the conjunction, the figure and its group's few words). The item says its
    group again and carries the rest on: what is measured, for whom and when, as said
    with the figure before (a gapped clause whose gap holds a group)."""
    before = _figure_before(claim, quantity)
    if before is None:
        return False
    text = claim.text
    theirs = PARALLEL_ITEM_PREPOSITION.match(text, before.end - claim.start)
    if theirs is None or before.unit != quantity.unit:
        return False
    opening = text[start - claim.start : quantity.start - claim.start]
    if not PARALLEL_ITEM_OPENING.match(opening):
        # "… 17% in BRCA1 carriers, and in BRCA2 carriers 44%": the group before the figure
        fronted = PARALLEL_GROUP_FIRST.fullmatch(opening)
        return (
            fronted is not None
            and fronted["prep"].lower() == theirs["prep"].lower()
            and fronted["group"].lower() != theirs["group"].lower()
            and not text[quantity.end - claim.start : end - claim.start].strip(" .;,")
        )
    own = PARALLEL_ITEM_PREPOSITION.match(text, quantity.end - claim.start)
    if own is None or own["prep"].lower() != theirs["prep"].lower():
        return False
    if own["group"].lower() == theirs["group"].lower():
        return False
    rest = text[own.end() : end - claim.start]
    return not rest.strip(" .;,") or PARALLEL_ITEM_REST.fullmatch(rest.lstrip()) is not None


SHARED_TAIL_GAP = re.compile(r"\s*,?\s*(?:and|or|versus|vs\.?)\s+\Z", re.IGNORECASE)
"""What may come between a figure's one-word group and the next parallel figure: the
conjunction alone ("25.7% of men and 9.7% of women …"; not "8% of grafts re-tear, while
7% …", whose first item says its own verb)."""
SHARED_PREDICATE = re.compile(
    r"\b(?:were|was|are|is|had|have|has|say|says|said|report(?:s|ed)?|die[ds]?|develop(?:s|ed)?"
    r"|need(?:s|ed)?|t(?:ake|akes|ook)|g(?:et|ets|ot)|live[sd]?|surviv(?:e|es|ed)|use[sd]?"
    r"|remain(?:s|ed)?|reach(?:es|ed)?|achiev(?:e|es|ed)|experienc(?:e|es|ed))\b",
    re.IGNORECASE,
)
"""The verb that opens what two parallel items share, after the second one's group ("…
of those on trastuzumab emtansine were alive …": the arm is the second item's, the rest
both's)."""


def _shared_tail(claim: Claim, quantity: Quantity) -> tuple[int, int] | None:
    """Where the words after the next figure's group are (offsets in the claim's text),
    when that figure is a parallel item of this one said before what both share: "Among
    16-24 year olds, 25.7% of men and 9.7% of women say they have ever self-harmed" (the
    25.7% say so too). None otherwise."""
    text = claim.text
    later = [q for q in claim.quantities if q.kind != "duration" and q.start > quantity.start]
    if not later or later[0].unit != quantity.unit:
        return None
    following = later[0]
    mine = PARALLEL_ITEM_PREPOSITION.match(text, quantity.end - claim.start)
    theirs = PARALLEL_ITEM_PREPOSITION.match(text, following.end - claim.start)
    if mine is None or theirs is None or mine["prep"].lower() != theirs["prep"].lower():
        return None
    if mine["group"].lower() == theirs["group"].lower():
        return None
    if not SHARED_TAIL_GAP.fullmatch(text, mine.end(), following.start - claim.start):
        return None
    stop = later[1].start - claim.start if len(later) > 1 else len(text)
    verb = SHARED_PREDICATE.search(text, following.end - claim.start, stop)
    if verb is None:
        return None  # "… and 43% of those on pioglitazone.": no predicate they share
    return verb.start(), stop


LISTED_TIMES_BEFORE = re.compile(r"\b(?:at|after|within|over)\W+\Z", re.IGNORECASE)
"""The word before a list of timepoints: "at 5, 10 and 20 years", "after 1 and 3 months"."""


SUSPENDED_TIMES = re.compile(
    r"(?<![\w.])(?P<numbers>\d+(?:\.\d+)?-,?(?:\s*\d+(?:\.\d+)?-,?)*\s*(?:and|or|&)\s*"
    r"\d+(?:\.\d+)?)[-\s](?P<unit>year|month|week|day)s?\b",
    re.IGNORECASE,
)
"""Times listed with a suspended hyphen and one unit: "1-, 5- and 10-year", "6- and
12-month"."""


_JOINED = r"(?:versus|vs\.?|v\.?|and|compared\s+with|against)"
FIGURES_JOINED = re.compile(rf"\s*(?:,\s*)?{_JOINED}\s*\Z", re.IGNORECASE)
"""What joins two figures an arm pair names in order ("6.4% versus 0.6%")."""
ARMS_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?P<first>[^()]{{2,60}}?)\s+{_JOINED}\s+(?P<second>[^()]{{2,60}}?)"
    r"(?:\s*,\s*respectively)?\s*\)",
    re.IGNORECASE,
)
"""Two arms named in brackets after two figures, in their order ("(alteplase versus
placebo)", "(drug and placebo, respectively)")."""


def _bracketed_arm(claim: Claim, quantity: Quantity) -> str | None:
    """The arm the brackets after a pair of joined figures name for ``quantity`` ("6.4%
    versus 0.6% (alteplase versus placebo)": alteplase for the 6.4%, placebo for the 0.6%);
    None where no such pair holds it."""
    if "(" not in claim.text:
        return None
    figures = [q for q in claim.quantities if q.kind != "duration"]
    for first, second in itertools.pairwise(figures):
        if quantity is not first and quantity is not second:
            continue
        between = claim.text[first.end - claim.start : second.start - claim.start]
        if not FIGURES_JOINED.fullmatch(between):
            continue
        arms = ARMS_IN_BRACKETS.match(claim.text, second.end - claim.start)
        if arms is None:
            continue
        return arms.group("first") if quantity is first else arms.group("second")
    return None


FIGURE_IN_BRACKET = re.compile(r"\(\s*\Z")
"""What opens a bracket that holds a figure alone, right before it: ``placebo (``."""
BRACKET_CLOSES = re.compile(r"\s*\)")
PHRASE_BEFORE_BRACKET = re.compile(
    r"(?:^|(?<=[,;:(]\s)|(?<=[,;:(])|\b(?:than|versus|vs\.?|beat|outperformed|against|with|on"
    r"|in|among|for|and|but|while|whereas)\s+)(?P<phrase>[^,;:()]{2,60}?)\s*\(\s*\Z",
    re.IGNORECASE,
)
"""The words that name whom a bracketed figure is about, back to the word that opens them
(``infliximab 5 mg/kg (`` after ``In ACT 1, ``; ``placebo (`` after ``beat``)."""


def bracketed_after_arm(claim: Claim, quantity: Quantity) -> bool | None:
    """Whether the figure sits alone in a bracket right after the arm it is about, and that
    arm is the control ("beat placebo (37%)", "compared with conventional control (24.9%)":
    True) or a treatment ("infliximab 5 mg/kg (69%)", "the drug (31%)": False); None where
    the figure is not so bracketed or the words before it name no arm. A bracketed figure
    is its arm's, whatever else the clause around it names (the other arm of "beat")."""
    start, end = quantity.start - claim.start, quantity.end - claim.start
    text = claim.text
    if not FIGURE_IN_BRACKET.search(text, max(0, start - 3), start):
        return None
    if not BRACKET_CLOSES.match(text, end):
        return None
    said = PHRASE_BEFORE_BRACKET.search(text, max(0, start - 80), start)
    if said is None:
        return None
    phrase = said.group("phrase")
    if CONTROL_ARM.search(phrase) is not None:
        return True
    if _names_a_drug(phrase) or drug_sets(f"with {phrase}"):
        return False
    return None


FIGURES_LISTED = re.compile(rf"\s*(?:,\s*)?(?:{_JOINED}|to|or)\s*|\s*,\s*", re.IGNORECASE)
"""What joins figures a bracket after them pairs one by one ("14% and 9%", "48% versus 31%",
"from 8.1% to 6.2%", "12%, 9% and 4%")."""
BEFORE_BRACKET = re.compile(r"(?:[^.;:()]|\.\d){0,80}?\(\s*")
"""Words between the last figure and the bracket that lists its groups ("… of adolescents (",
"… at 12 weeks (")."""
BRACKET_ITEM_JOIN = re.compile(
    rf"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:{_JOINED}|or)\s+"
    # (not an open end's "or": "85 or over", "16 or under")
    r"(?!(?:over|older|more|above|under|younger|less|below|fewer)\b)",
    re.IGNORECASE,
)
"""Between two items of a bracketed list ("girls vs boys", "15 mg, 10 mg and 5 mg")."""
NO_GROUP_BRACKET = re.compile(
    r"%|=|[<>≤≥]|\b(?:CI|IQR|SD|SE|HR|OR|RR|aOR|aHR)\b"
    r"|\b(?:[Ff]ig(?:ure)?s?|[Tt]ables?|[Rr]efs?|[Ss]ee|[Aa]ppendix|[Ss]upplementary|et al)\b"
)
"""What says a bracket holds statistics or points to a source, not the groups of the figures
before it ("(95% CI 1.2 to 3.4)", "(P<0.001)", "(see Table 2)")."""
RESPECTIVELY_CLOSES = re.compile(r"\s*,?\s*respectively\s*\Z", re.IGNORECASE)


def _bracketed_items(
    claim: Claim, figures: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]] | None:
    """The groups a bracket after two or more listed figures names one by one, in order
    ("14% and 9% of adolescents (girls vs boys)", "48% versus 31% (15 mg vs 5 mg)",
    "rose from 8.1% to 6.2% (2019 vs 2023)"), as "respectively" would pair them; None where
    no bracket so follows the figures, or it lists another number of items, or holds
    statistics (a confidence interval, a p value, a count of people)."""
    if len(figures) < 2 or "(" not in claim.text[figures[-1][1] :]:
        return None
    text = claim.text
    if not all(FIGURES_LISTED.fullmatch(text, a[1], b[0]) for a, b in itertools.pairwise(figures)):
        return None
    opened = BEFORE_BRACKET.match(text, figures[-1][1])
    if opened is None:
        return None
    start = opened.end()
    close = text.find(")", start)
    if close < 0 or "(" in text[start:close] or NO_GROUP_BRACKET.search(text, start, close):
        return None
    inner_end = close
    if said := RESPECTIVELY_CLOSES.search(text[start:close]):
        inner_end = start + said.start()
    joins = list(BRACKET_ITEM_JOIN.finditer(text, start, inner_end))
    if not joins or not re.search(r"[a-z]", joins[-1].group(), re.IGNORECASE):
        return None  # "(NHS Digital, 2023)": a source and its year, no list of groups
    items = [
        (at, join.start())
        for at, join in zip((start, *(j.end() for j in joins[:-1])), joins, strict=True)
    ]
    items.append((joins[-1].end(), inner_end))
    if len(items) != len(figures) or any(not 0 < b - a <= 40 for a, b in items):
        return None
    return items


CLOSING_BRACKET = re.compile(r"\((?P<group>[^()\d]*\d[^()]*)\)\W*\Z")
"""A bracket that closes a sentence or list item (``… (children 5–17 months).``)."""
AGE_DIGITS = re.compile(
    r"\d{1,3}\s*(?:[-–—]|to)\s*\d{1,3}\s*(?:years?|months?|weeks?)?|\d{1,3}\s*(?:\+|years?|months?)"
)
"""The numbers of an age bracket, taken out to tell a group's bracket from a figure's."""
OPENS_POINTING_BACK = re.compile(
    r"\W*(?:A\s*:\s*)?(?:It|They|This|These|Its|Their|That(?:['’]s)?|Of\s+(?:these|them|those))\b"
)
"""A sentence that opens with a word pointing back to the sentence before ("It claims …",
"They account for …", "Of these, …")."""


def _said_back(claim: Claim) -> bool:
    """Whether the sentence opens pointing back (:data:`OPENS_POINTING_BACK`) or answers the
    question that is the sentence before it."""
    return bool(OPENS_POINTING_BACK.match(claim.text)) or claim.previous_text.rstrip().endswith("?")


GROUP_CLOSES = re.compile(r"\s*(?:in|among|for)\s", re.IGNORECASE)
"""A group phrase opening right after a sentence's last figure ("… by 32% in children aged
5–17 months")."""
OVERALL_SAID = re.compile(
    r"\b(?:overall|in\W+all|in\W+total|across\W+all|all\W+ages|everyone|all\W+patients)\b", re.I
)
"""Words that say a figure is about everyone, not the group a later clause names."""


def _trailing_ages(claim: Claim, quantity: Quantity) -> tuple[tuple[float, float], ...]:
    """The ages a group phrase after the sentence's last figure names, for an earlier figure
    whose clause is coordinated with the last one by "and" and names no group of its own
    ("… by 36% and severe malaria by 32% in children aged 5–17 months"); () otherwise."""
    closing = CLOSING_BRACKET.search(claim.text)
    if closing is not None and quantity.end - claim.start <= closing.start():
        # "- RTS,S: 36% fewer cases over four years (children 5–17 months)": a bracket that
        # closes the sentence naming a group alone names every figure's
        ages = ages_named(closing.group("group"))
        if ages and not any(ch.isdigit() for ch in AGE_DIGITS.sub("", closing.group("group"))):
            return ages
    figures = [q for q in claim.quantities if q.kind != "duration"]
    if len(figures) < 2 or quantity is figures[-1] or quantity not in figures:
        return ()
    last = figures[-1]
    if quantity.unit != last.unit or any(
        q.unit != last.unit for q in figures if quantity.start < q.start < last.start
    ):
        return ()  # (parallel figures only: "Four doses of it cut … by 36%" counts doses)
    tail = claim.text[last.end - claim.start :]
    if not GROUP_CLOSES.match(tail) or any(ch.isdigit() for ch in AGE_DIGITS.sub("", tail)):
        return ()
    between = claim.text[quantity.end - claim.start : last.start - claim.start]
    if (
        not re.search(r"\band\b", between)
        or OVERALL_SAID.search(between)
        or ages_named(between)
        or GROUP_CLOSES.match(between)
        or ";" in between
    ):
        return ()
    return ages_named(tail)


def _respective_timepoint(claim: Claim, quantity: Quantity) -> float | None:
    """The timepoint, in days, that "respectively" pairs with the figure: a sentence listing as
    many durations as it has other figures, all of them on one side of those figures, in the
    same order ("at 5, 10 and 20 years … 95%, 91% and 78%, respectively"). None otherwise."""
    if "espectively" not in claim.text:
        return None
    durations = [q for q in claim.quantities if q.kind == "duration"]
    figures = [q for q in claim.quantities if q.kind != "duration"]
    suspended = SUSPENDED_TIMES.search(claim.text)
    if suspended is not None and all(
        suspended.start() <= q.start - claim.start and q.end - claim.start <= suspended.end()
        for q in durations
    ):
        # "1-, 5- and 10-year graft survival was 97%, 88% and 76%, respectively": the
        # times said with one unit at the end, one per figure
        numbers = re.findall(r"\d+(?:\.\d+)?", suspended.group("numbers"))
        unit = suspended.group("unit").lower()
        if len(numbers) != len(figures) or not RESPECTIVELY.search(claim.text):
            return None
        at = next(i for i, q in enumerate(figures) if q is quantity)
        return round(float(numbers[at]) * DAYS[unit], 6)
    if len(durations) < 2 or len(durations) != len(figures) or not RESPECTIVELY.search(claim.text):
        return None
    if any(is_dose(q) for q in figures):
        return None  # "Drug 25 mg and 50 mg cut waking time by 11.7 and 22.9 minutes": arms
    first = min(durations, key=lambda q: q.start).start - claim.start
    if not LISTED_TIMES_BEFORE.search(claim.text, max(0, first - 12), first):
        return None  # "… by 11.7 and 22.9 minutes": sizes of a change, no timepoints
    if not (
        max(q.end for q in durations) <= min(q.start for q in figures)
        or max(q.end for q in figures) <= min(q.start for q in durations)
    ):
        return None  # interleaved: each figure's own clause says its time
    units = {q.unit for q in durations}
    if len(units) != 1 or (unit := units.pop()) not in DAYS:
        return None
    at = next(i for i, q in enumerate(figures) if q is quantity)
    listed = durations[at]
    if listed.low is None or listed.low != listed.high:
        return None
    return round(listed.low * DAYS[unit], 6)


def _without_names(claim: Claim, quantity: Quantity, start: int, end: int) -> str:
    """The clause at file offsets ``start``–``end`` with its registry names and the figure
    blanked (offsets kept): what is left to say who or what the figure is about."""
    text = list(claim.text[start - claim.start : end - claim.start])
    for s_, e_, _n in claim.outer_terms:  # blank the clause's names
        if e_ <= start or s_ >= end:
            continue  # a name outside the clause (most of a long sentence's): nothing to blank
        for i in range(max(s_, start), min(e_, end)):
            text[i - start] = " "
    for i in range(max(quantity.start, start), min(quantity.end, end)):
        text[i - start] = " "
    return "".join(text)


def _arm_before_outcome(claim: Claim, quantity: Quantity, start: int, end: int) -> bool:
    """Whether the figure's clause names nothing but its arm (a name, a control word and the
    words of :data:`ARM_GAP`), before the sentence's last figure, whose clause says what is
    measured: "29% of the donanemab group and 47% of the placebo group had …"."""
    if quantity.kind == "duration" or quantity.start == max(
        q.start for q in claim.quantities if q.kind != "duration"
    ):
        return False
    if not (start <= quantity.start and quantity.end <= end):
        return False  # a figure outside its clause's span: one that divides nothing
    rest = CONTROL_ARM.sub(" ", _without_names(claim, quantity, start, end))
    if any(c.isdigit() for c in rest) or not ARM_GAP.fullmatch(rest):
        return False
    said = read_frame(quantity.text)  # "2,594 men and 13,195 women": each its own group
    return not (said.sexes or said.ages or said.stages or said.life_stages)


BARE_CONTROL_MENTION = re.compile(
    r"\W*(?:the\W+)?(?:controls?|placebo|sham|comparator|usual\W+care|standard\W+care)"
    r"(?:\W+(?:groups?|arms?))?\W*",
    re.IGNORECASE,
)


def _bare_control(mention: str) -> bool:
    """Whether a group a "respectively" list pairs with a figure is the control arm by its
    bare name ("the control", "placebo", "usual care")."""
    return BARE_CONTROL_MENTION.fullmatch(mention) is not None


def _carries_the_arm(claim: Claim, quantity: Quantity) -> bool:
    """Whether a later clause that says nothing but its figure, a study's name, a year or a
    timepoint carries on the control arm the sentence's first figure's clause names: "The
    placebo response was 22.7% in Elaris EM-I and 19.6% in Elaris EM-II", "30% of those on
    placebo in SPIRIT 1 and 27% in SPIRIT 2" (the 19.6% and the 27% are placebo's too). Each
    figure between them must say no more than that either, so no other arm comes between."""
    return any(q is quantity for q in _arm_carriers(claim))


_ARM_CARRIERS: dict[int, tuple[Claim, tuple[Quantity, ...]]] = {}


def _arm_carriers(claim: Claim) -> tuple[Quantity, ...]:
    """The figures of :func:`_carries_the_arm`, found in one pass over the sentence's
    figures in order (each figure's clause is read once, however many figures follow)."""
    known = _ARM_CARRIERS.get(id(claim))
    if known is not None and known[0] is claim:
        return known[1]
    if len(_ARM_CARRIERS) > 256:
        _ARM_CARRIERS.clear()
    carriers: list[Quantity] = []
    ordered = sorted(claim.quantities, key=lambda q: q.start)
    if len(ordered) > 1:
        first = ordered[0]
        first_end = clause_span(claim, first)[1]
        # (the control slot of the first figure's frame alone: a whole frame, some 170 us,
        # was read for it)
        if control_named(
            claim.text[: first_end - claim.start],
            (first.start - claim.start, first.end - claim.start),
        ):
            for later in ordered[1:]:
                if later.start == first.start:
                    continue
                if not _names_no_more_than_its_study(claim, later, *clause_span(claim, later)):
                    break  # another arm may come here: no figure after it carries on
                if later.unit == first.unit and (later.kind == "duration") == (
                    first.kind == "duration"
                ):
                    # (not a figure of another kind: "after 3 months of watchful waiting";
                    # a duration only after one: "fell by 2.2 days in A and 1.8 days in B")
                    carriers.append(later)
    _ARM_CARRIERS[id(claim)] = (claim, tuple(carriers))
    return tuple(carriers)


def _names_no_more_than_its_study(claim: Claim, quantity: Quantity, start: int, end: int) -> bool:
    """Whether the figure's clause holds nothing but the figure, names (a trial's, a
    place's), years, timepoints and function words: "and 19.6% in Elaris EM-II"."""
    if not (start <= quantity.start and quantity.end <= end):
        return False
    said = claim.text[start - claim.start : end - claim.start]
    if ARM_SAID.search(said) or _names_a_drug(said) or COMPARISON_WORD.search(said):
        return False  # "…, against 39% with fenvastat in ORIOLE-B": an arm of its own
    last = quantity.start == max(q.start for q in claim.quantities)
    if last:
        # "… and 18% in ORIOLE-B responded": the sentence's closing words are every
        # clause's, not this one's own
        closing = _closing_words(claim, quantity, end)
        if closing is None:
            return False
        end -= len(closing)
    rest = DECADE.sub(" ", YEAR.sub(" ", _without_names(claim, quantity, start, end)))
    if TIME_UNIT.search(rest):
        rest = TIMEPOINT.sub(" ", rest)
    if any(c.isdigit() for c in rest):
        return False
    if any(w.lower() not in STOP_WORDS for w in re.findall(r"[^\W\d_]+", rest)):
        return False
    said = read_frame(quantity.text)
    return not (said.sexes or said.ages or said.stages or said.control or said.life_stages)


COMPARISON_WORD = re.compile(
    r"\b(?:against|versus|vs|compared|whereas|while|than|relative)\b", re.IGNORECASE
)
"""Words that set a clause's figure against another's: its arm is its own."""
ARM_NOUN = re.compile(r"\b(?:groups?|arms?|cohorts?)\b", re.IGNORECASE)
CLOSING_PREDICATE = re.compile(
    r"\s+(?:(?P<verb>were|was|had|have|has|are|is|became|become|showed|achieved|reached|met)"
    r"\s+)?(?P<first>[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,3}\W*\Z"
)
"""A sentence's closing predicate after its last figure's study ("… and 18% in ORIOLE-B
responded.", "… were responders."): said once for every clause."""


def _closing_words(claim: Claim, quantity: Quantity, end: int) -> str | None:
    """The closing predicate of the sentence's last clause (:data:`CLOSING_PREDICATE`), ""
    when there is none, None when what closes it names a group, an arm or a treatment."""
    tail = claim.text[quantity.end - claim.start : end - claim.start]
    found = CLOSING_PREDICATE.search(tail)
    if found is None:
        return ""
    words = found.group()
    said = read_frame(words)
    opening = found.group("first").lower()
    if (
        (opening in STOP_WORDS and found.group("verb") is None)
        or ARM_NOUN.search(words)
        or said.sexes
        or said.ages
        or said.control
        or said.life_stages
        or TREATMENT_WORD.search(words)
        or _names_a_drug(words)
        or ARM_SAID.search(words)
    ):
        return None
    return words


ARM_GAP = re.compile(
    r"[\W]*(?:(?:and|but|while|whereas|versus|vs|against|compared|with|to|of|in|on|for|among"
    r"|the|those|patients|participants|people|women|men|group|arm|given|taking|receiving"
    r"|who|took|received|were|was)\b[\W]*)*",
    re.IGNORECASE,
)
"""The words a gapped clause about another arm may say besides the arm: "and 12.6% of the
placebo group", "versus 4.3% in those given placebo"."""


YEAR_BEFORE = re.compile(
    r"\b(?:the\W+(?:year|previous\W+year|prior\W+year|preceding\W+year)\W+before"
    r"|the\W+(?:previous|prior|preceding)\W+year|a\W+year\W+(?:earlier|before))\b",
    re.IGNORECASE,
)
"""A year said relative to the sentence's one year: "up from 383,789 the year before"."""
YEARS_AWAY = re.compile(
    r"\b(?:(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\W+years?"
    r"\W+(?P<side>later|afterwards|earlier|previously|(?:on|before)(?=\s*[,.;)]|\s*\Z))"
    r"|the\W+(?P<next>following|next|subsequent)\W+year|the\W+year\W+after)\b",
    re.IGNORECASE,
)
"""A year reached by counting from the sentence's one year, after the figure: "rose from
169,125 in 2014-15 to 350,344 three years later", "… and 35,770 the following year"."""
YEARS_AWAY_REACH = 40  # characters after a figure searched for its "N years later"
_COUNT_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip


YEARS_AWAY_OPENING = re.compile(
    r"\W*(?:In\W+|By\W+)?(?:(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\W+years?\W+(?P<side>later|afterwards|earlier|previously|(?:on|before|after)(?=\s*,))"
    r"|the\W+(?P<next>following|next|subsequent)\W+year|the\W+year\W+(?P<which>before|after)"
    r"|the\W+(?P<previous>previous|prior|preceding)\W+year)\b",
    re.IGNORECASE,
)
"""A sentence that opens by counting years from the sentence before's one year: "A year
later, the expected deaths were 35,770", "The following year, …", "Two years earlier, …"."""


def _years_away_opening(claim: Claim) -> int | None:
    """How many years from the sentence before's year the sentence opens by saying it is
    (:data:`YEARS_AWAY_OPENING`); None where it opens otherwise."""
    found = YEARS_AWAY_OPENING.match(claim.text)
    if found is None:
        return None
    if found.group("previous") is not None:
        return -1
    if found.group("which") is not None:
        return -1 if found.group("which").lower() == "before" else 1
    if found.group("count") is None:
        return 1
    count = found.group("count").lower()
    years = int(count) if count.isdigit() else _COUNT_WORDS[count]
    ahead = found.group("side").lower() in ("later", "on", "after", "afterwards")
    return years if ahead else -years


def _years_away(claim: Claim, quantity: Quantity, clause: str) -> int | None:
    """How many years from the sentence's year the figure is said to be, by the words in its
    clause or right after it: -1 for "the year before", +3 for "three years later"; None
    where it counts none."""
    if YEAR_BEFORE.search(clause):
        return -1
    start = quantity.end - claim.start
    following = [  # (the "three years" of "three years later" is a duration, no figure)
        q.start - claim.start
        for q in claim.quantities
        if q.start > quantity.start and q.kind != "duration"
    ]
    stop = min([start + YEARS_AWAY_REACH, *[f for f in following if f > start]])
    found = YEARS_AWAY.search(claim.text, start, stop)
    if found is None or re.search(r"[,;:]", claim.text[start : found.start()]):
        return None  # "2,570 in 2020, before falling the next year": another event's year
    if found.group("count") is None:
        return 1  # "the following year", "the year after"
    count = found.group("count").lower()
    years = int(count) if count.isdigit() else _COUNT_WORDS[count]
    ahead = found.group("side").lower() in ("later", "on", "after", "afterwards")
    return years if ahead else -years


LOOK_BACK_YEAR = re.compile(PAST_YEAR, re.IGNORECASE)
SET_AGAINST = re.compile(
    r"\b(?:from|than|compared|comparison|versus|vs|up|down|rose|fell|increased|decreased|against)\b",
    re.IGNORECASE,
)


def _looks_back(clause: str) -> bool:
    """Whether "the previous year" is a survey's look-back period ("26.1% reported a fall
    in the previous year", asked in 2020 about the twelve months before), not the year
    before the sentence's year that a change or comparison sets against it ("… up from
    380 in the previous year")."""
    return bool(LOOK_BACK_YEAR.search(clause)) and not SET_AGAINST.search(clause)


PRONOUN_REACH = 30  # characters into a sentence within which a pronoun may open it


OTHER_ARM_BEFORE = re.compile(
    r"\b(?:against|versus|vs\.?|compar(?:ed|ison)\s+(?:with|to)|as\s+against|as\s+opposed\s+to"
    r"|in\s+contrast\s+(?:to|with)|relative\s+to)\W*\Z",
    re.IGNORECASE,
)
"""Words that open a comparison's other side right before a figure: the figure may be the
control arm's though nothing in its clause says so (:attr:`Frame.other_arm`)."""
OTHER_ARM_REACH = 30  # characters before the clause searched for them
GIVEN_ALONE_AFTER = re.compile(
    r"(?:\s+of\s+(?:those|patients|people|participants|adults|women|men|children))?"
    r"\s+(?:with|on|given|taking|receiving)\s+(?:the\s+)?[^\W\d][\w/-]*(?:\s+(?:and|plus)"
    r"\s+[^\W\d][\w/-]*|\s+[^\W\d][\w/-]*){0,3}\s+alone\b",
    re.IGNORECASE,
)
"""A comparison's other side given a treatment "alone" after its figure (``against 2.4% with
the counselling alone``): the background every arm had, without the drug under test."""

COORDINATION = re.compile(r",?\s+(?:and|or)\s+|,\s+", re.IGNORECASE)
"""What joins two items of a list: ``A and B``, ``A, B, and C``, ``A or B``."""
COMBINED_WITH = re.compile(
    r"\s*(?:\+|plus|with|combined\s+with|in\s+combination\s+with|together\s+with|added\s+to)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""What joins two names into one arm of a list ("nivolumab plus ipilimumab and sunitinib",
"corvalimab with radiotherapy and radiotherapy alone"): a combination is one item."""
LIST_ITEM_ALONE = re.compile(r"\s+(?:alone|only|monotherapy)\b", re.IGNORECASE)
"""A list item's "alone" after its name ("radiotherapy alone"): part of the item."""
AND_OR = re.compile(r"\b(?:and|or)\b", re.IGNORECASE)


def _coordinated_names(claim: Claim, before: int) -> list[tuple[int, int]]:
    """The registry names listed together last before offset ``before`` of the sentence
    (sentence offsets), each item whole: in "monthly bevacizumab and monthly ranibizumab
    gained", the two items ``monthly bevacizumab`` and ``monthly ranibizumab`` (names side
    by side are one item). Empty unless two or more items are joined by ``and``, ``or`` or
    commas, the last join an ``and`` or ``or``: the groups a "respectively" pairs with the
    figures when frames read none (the caller keeps as many items, from the end, as there
    are figures: "In CATT, A and B gained 8.0 and 8.5" pairs A and B)."""
    spans = sorted({(s - claim.start, e - claim.start) for s, e, _n in claim.outer_terms})
    doses = {q.start - claim.start: q.end - claim.start for q in claim.quantities if is_dose(q)}
    items: list[tuple[int, int]] = []
    for start, end in spans:
        if end > before:
            break
        gap = claim.text[items[-1][1] : start] if items else ""
        if items and (not gap.strip(" -") or COMBINED_WITH.fullmatch(gap)):
            # "monthly bevacizumab", "nivolumab plus ipilimumab": one item
            items[-1] = (items[-1][0], end)
        else:
            items.append((start, end))
        alone = LIST_ITEM_ALONE.match(claim.text, end)
        if alone and alone.end() <= before:  # "radiotherapy alone": the item, its word too
            items[-1] = (items[-1][0], alone.end())
            end = alone.end()
        gap = len(claim.text[end:]) - len(claim.text[end:].lstrip(" \u00a0"))
        if end + gap in doses and doses[end + gap] <= before:
            # "semaglutide 1 mg and dulaglutide 1.5 mg": a name's dose is part of its item
            items[-1] = (items[-1][0], doses[end + gap])
    for last in range(len(items) - 1, 0, -1):
        # the last list before the figures, though a name that is no item of it may follow
        # ("drug X 15 mg and 30 mg gave EASI-75 in 80% and 70%": the doses are the list)
        chain = [items[last]]
        for item in reversed(items[:last]):
            if not COORDINATION.fullmatch(claim.text[item[1] : chain[0][0]]):
                break
            chain.insert(0, item)
        if len(chain) >= 2 and AND_OR.search(claim.text[chain[-2][1] : chain[-1][0]]):
            return chain  # a list ends in "and" or "or": "In CATT, A and B" lists A and B
    return []


def _keys_of(registry_claim: RegistryClaim) -> frozenset[str]:
    return subject_keys(registry_claim) | _context_keys(registry_claim)


def _is_figure(claim: Claim, quantity: Quantity) -> bool:
    """Whether a quantity of the sentence is a figure a "respectively" pairs: not a duration
    that says when the others were measured ("at 12 weeks"), though a duration that is
    itself the measure ("by 11.7 and 22.9 minutes, respectively") is, nor how often a dose is
    given ("50 and 100 micrograms (once daily) … 77% and 64%, respectively")."""
    if quantity.kind == "frequency":
        return False  # "(once daily)": how often a dose is given, part of its regimen
    return quantity.kind != "duration" or not says_when(claim.text, quantity, claim.start)


def _sentence(claim: Claim) -> _Sentence:
    known = _SENTENCES.get(id(claim))
    if known is not None and known[0] is claim:
        return known[1]
    key = (claim.text, claim.start, claim.quantities, claim.terms, claim.groups)
    made = _READINGS.get(key)
    if made is None:
        made = _read_sentence(claim)
        if len(_READINGS) >= SENTENCE_MEMO:
            _READINGS.clear()
        _READINGS[key] = made
    if len(_SENTENCES) >= SENTENCE_MEMO:
        _SENTENCES.clear()
    _SENTENCES[id(claim)] = (claim, made)
    return made


PART_OF_WHOLE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|its|their|these|those|an\s+estimated|some)\s+"
    r"(?:(?:[A-Z][\w.-]*|\w+)['’]s?\s+)?(?:(?:estimated|total|annual|yearly|reported)\s+)?\Z"
)
"""What joins a part to the whole it is of, between the two figures: "About 14,000 of the
UK's 48,000 annual deaths", "19,550 of the 152,810 cases" (not "14% of the 48,000")."""
WHOLE_PHRASE_ENDS = re.compile(
    r"[,;:]|\s(?:will|would|could|can|may|might|should|must|are|were|is|was|have|has|had"
    r"|do|does|did|occur\w*|happen\w*|die[ds]?|result\w*|go|went|need\w*|got|get)\b"
)
"""Where the whole's noun phrase ends: its sentence's verb ("… deaths could be prevented")."""


def _part_and_whole_clauses(claim: Claim, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``clauses`` with a part and the whole it is of told apart ("About 19,550 of the 152,810
    US cases expected in 2024 will be in people under 50"): the whole's clause is its own
    noun phrase from "of" to the sentence's verb, which says no more of it than that (the
    cases in 2024, in the US: all ages), while the part's runs to the sentence's end, whose
    words say which part it is (under 50, could be prevented). Counts only: a share ("14%
    of the 48,000") is a share of its whole by its unit already."""
    quantities = claim.quantities
    if len(quantities) < 2:
        return clauses
    adjusted = list(clauses)
    text = claim.text
    for index, (part, whole) in enumerate(itertools.pairwise(quantities)):
        if part.unit == "percent" or whole.unit == "percent" or part.kind == "duration":
            continue
        between = text[part.end - claim.start : whole.start - claim.start]
        if not PART_OF_WHOLE.fullmatch(between):
            continue
        if part.low is None or whole.low is None or part.low >= whole.low:
            continue  # a part is smaller than its whole
        after = whole.end - claim.start
        ends = WHOLE_PHRASE_ENDS.search(text, after)
        whole_end = ends.start() if ends else len(text)
        adjusted[index] = (claim.start, claim.start + len(text.rstrip()))
        adjusted[index + 1] = (part.end, claim.start + whole_end)
    return adjusted


def _read_sentence(claim: Claim) -> _Sentence:
    protected = (
        *((s, e) for s, e, _name in claim.terms),
        *((group.start, group.end) for group in claim.groups),
    )
    clauses = clauses_of(claim.text, claim.quantities, offset=claim.start, protected=protected)
    clauses = _part_and_whole_clauses(claim, clauses)
    measured = [q for q in claim.quantities if _is_figure(claim, q)]
    # beside figures that are no doses, a dose names an arm ("in the dabigatran 150 mg and
    # warfarin groups", "glucoxin 10 mg versus placebo: 35% versus 12%"), no figure to pair
    arms_only = any(not is_dose(q) for q in measured)
    # … and so does a schedule ("for secukinumab every 2 weeks, every 4 weeks and placebo")
    figures = tuple(
        _span_in(claim, q)
        for q in measured
        if not (arms_only and (is_dose(q) or _schedule_said(claim, q)))
    )
    paired = _before_respectively(claim.text, figures)
    mentions = _respective_mentions(claim, paired)
    if mentions is None and paired != figures:
        paired = figures
        mentions = _respective_mentions(claim, paired)
    if RESPECTIVELY.search(claim.text):
        # "weight loss of at least 5% and at least 10% was reached by 86.4% and 69.1%,
        # respectively": the thresholds are the list, each the outcome of one share
        bounds = [_span_in(claim, q) for q in measured if q.comparator is not None]
        shares = [_span_in(claim, q) for q in measured if q.comparator is None and not is_dose(q)]
        if 2 <= len(bounds) == len(shares) and bounds[-1][1] <= shares[0][0]:
            paired, mentions = tuple(shares), bounds
    if mentions is None and RESPECTIVELY.search(claim.text):
        # "a 50% or greater reduction … was seen in 43.3% and 50.0% of patients given
        # erenumab 70 mg and 140 mg, respectively": a bound that defines the outcome is no
        # item of the list
        unbounded = tuple(
            _span_in(claim, q)
            for q in measured
            if q.comparator is None and not (arms_only and is_dose(q))
        )
        if 2 <= len(unbounded) < len(figures):
            listed = _before_respectively(claim.text, unbounded)
            if (found := _respective_mentions(claim, listed)) is not None:
                paired, mentions = listed, found
    if mentions is None and RESPECTIVELY.search(claim.text):
        # "… 8.3% and 6.1% with 42 mm and 46 mm heads, respectively": measures in another
        # unit listed after the figures, as many, are their groups (as doses are)
        # (a schedule is an arm's name, not a measure: "with X every 2 weeks, every 4 weeks
        # and placebo" lists three arms, not two groups for the last two figures)
        split = _figures_then_measures(claim, [q for q in measured if not _schedule_said(claim, q)])
        if split is not None:
            paired, mentions = split
    if mentions is None and len(figures) == 2:
        # "ARISTOTLE, apixaban versus warfarin: 1.27% versus 1.60%": in the names' order
        mentions = _names_versus_figures(claim, figures)
    if mentions is None:
        # "14% and 9% of adolescents (girls vs boys)": the groups a bracket after the
        # figures lists, in their order
        mentions = _bracketed_items(claim, figures)
    spans = tuple((claim.start + a, claim.start + b) for a, b in clauses)
    clause_words = {
        span: content_words(_without_figures(claim, *span, ""))
        for q, span in zip(claim.quantities, spans, strict=True)
        if q.kind != "duration"
    }
    return _Sentence(
        clauses=spans,
        clause_words=clause_words,
        word_clauses=Counter(w for words in clause_words.values() for w in words),
        frame=read_frame(claim.text),
        figures=figures,
        respective=tuple(mentions) if mentions is not None else None,
        paired=paired if mentions is not None else (),
        scope=_scope(claim),
        opening_words=_opening_words(claim),
    )


EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)


NEXT_STEP = re.compile(
    r"\W*(?:and\W+)?(?:then|thereafter|afterwards|later|after\W+(?:that|which)|followed\W+by"
    r"|(?:rising|increasing|raised|increased|going\W+up|stepping\W+up|stepped\W+up"
    r"|dropping|decreasing|reduced|tapering|tapered)\W+to)\b",
    re.IGNORECASE,
)
"""What opens a clause that is a regimen's next step ("…, then 100 mg a day", "rising to 2.4
mg"): it comes after the time its sentence's first step was said of."""


def _schedule_said(claim: Claim, quantity: Quantity) -> bool:
    """Whether a duration is how often a treatment is given ("every 2 weeks"), which names
    an arm beside figures, as a dose does."""
    return quantity.kind == "duration" and bool(
        EVERY_BEFORE.search(claim.text, 0, quantity.start - claim.start)
        or (
            PRESCRIBER_INTERVAL.fullmatch(quantity.text) is not None
            and claim.text[quantity.start - claim.start - 1 : quantity.start - claim.start]
            in ("q", "Q")
        )
    )


PRESCRIBER_INTERVAL = re.compile(r"q?\d{1,2}(?:d|w|wk|wks|h)", re.IGNORECASE)
"""A dosing interval as prescribers write it (``q4w``, ``Q8W``, ``q21d``; the quantity is
the ``4w`` after the ``q``): an arm's name beside figures, as "every 4 weeks" is."""


def _figures_then_measures(
    claim: Claim, measured: list[Quantity]
) -> tuple[tuple[tuple[int, int], ...], list[tuple[int, int]]] | None:
    """(the figures, their groups) where the figures before "respectively" are a run in one
    unit followed by as many in another ("8.3% and 6.1% with 42 mm and 46 mm heads"); None
    otherwise."""
    said = RESPECTIVELY.search(claim.text)
    before = [q for q in measured if q.end - claim.start <= said.start()]
    for half in (2, 3):  # the last figures before "respectively" (an age may open it)
        if len(before) < 2 * half:
            break
        first, second = before[-2 * half : -half], before[-half:]
        units_first = {(q.unit, q.per) for q in first}
        units_second = {(q.unit, q.per) for q in second}
        if len(units_first) == 1 and len(units_second) == 1 and units_first != units_second:
            return (
                tuple(_span_in(claim, q) for q in first),
                [_span_in(claim, q) for q in second],
            )
    return None


def _before_respectively(
    text: str, figures: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """The figures a "respectively" pairs: those before it, when two or more are and others
    follow it ("… in 59% and 48% of patients given drug X 8 mg/kg and 4 mg/kg, respectively,
    and in 26% of those on placebo": the 26% is no item of the list); else all."""
    said = RESPECTIVELY.search(text)
    if said is None:
        return figures
    before = tuple(span for span in figures if span[1] <= said.start())
    return before if 2 <= len(before) < len(figures) else figures


def _respective_mentions(
    claim: Claim, figures: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]] | None:
    """The groups or names a sentence pairs with ``figures`` one by one, or None."""
    mentions = respective_groups(claim.text, list(figures))
    if mentions is None and figures and RESPECTIVELY.search(claim.text):
        # "… in Europeans and Asians was 6.8% and 11.2%, respectively": registry names
        named = _coordinated_names(claim, figures[0][0])[-len(figures) :]
        mentions = named if len(named) == len(figures) else None
        if mentions is not None and _listed_after(
            claim.text, figures, RESPECTIVELY.search(claim.text).start()
        ):
            # "rates of death, stroke or rehospitalisation were 8.5% and 15.1% for TAVR and
            # surgery, respectively": the list right before "respectively" is the one it
            # pairs, not the names coordinated before the figures
            mentions = None
        if mentions is None:
            # "… in 69% and 61% of patients given infliximab 5 mg/kg and 10 mg/kg,
            # respectively": the names listed after the figures
            at = RESPECTIVELY.search(claim.text)
            after = [
                span for span in _coordinated_names(claim, at.start()) if span[0] >= figures[-1][1]
            ]
            mentions = after if len(after) == len(figures) else None
        if mentions is None:
            # "… 59% and 48% of patients given tocilizumab 8 mg/kg and 4 mg/kg, respectively",
            # where the registry names the drug with each dose: the doses listed after the
            # figures, in order, are the arms
            at = RESPECTIVELY.search(claim.text)
            doses = [
                _span_in(claim, q)
                for q in claim.quantities
                if is_dose(q) and figures[-1][1] <= q.start - claim.start < at.start()
            ]
            mentions = doses if len(doses) == len(figures) else None
        if mentions is None:
            # "… were 21.9%, 8.4% and 16.1% for varenicline, bupropion and placebo,
            # respectively": any short items listed after the figures, one per figure
            mentions = _listed_after(claim.text, figures, RESPECTIVELY.search(claim.text).start())
        if mentions is None:
            # "Incidence and mortality fell by 37.0% and 52.8% respectively", "rates for 7
            # and 14 days of therapy were 72.9% and 81.9% respectively": any short items
            # listed right before the figures, one per figure
            mentions = _listed_before(claim.text, figures)
    return mentions


LIST_BEFORE_STOP = frozenset(
    """was were is are be been fell rose grew dropped declined increased decreased reached
    cause causes caused had have has account accounts accounted make makes made kill kills
    killed of for with in among on at by from to after over under during between the a an
    respectively""".split()
)
"""Words that end an item of a list before the figures, on either side: a verb that leads
to the figures, or a preposition that leads into the list ("rates for 7 and 14 days of
therapy were …")."""


def _listed_before(text: str, figures: tuple[tuple[int, int], ...]) -> list | None:
    """The items listed before the first figure, one per figure, in their order ("Incidence
    and mortality fell by …", "Breast, ovarian and womb cancers cause …"): the list around
    the last "and"/"or" before the figures, each item at most :data:`LIST_ITEM_WORDS` words
    and none of :data:`LIST_BEFORE_STOP`; None where no such list of as many items is
    there, or a figure's clause lies between."""
    head = text[: figures[0][0]]
    joints = list(re.finditer(r"\s*,?\s+(?:and|or|&)\s+", head))
    if not joints:
        return None
    joint = joints[-1]
    words = list(re.finditer(r"[^\s,;:()]+", head))
    after = [w for w in words if w.start() >= joint.end()]
    last: list[re.Match[str]] = []
    for word in after:
        if word.group().lower() in LIST_BEFORE_STOP:
            break
        last.append(word)
    if not last or len(last) > LIST_ITEM_WORDS:
        return None
    items = [(last[0].start(), last[-1].end())]
    end = joint.start()
    for _ in range(len(figures) - 1):
        before = [w for w in words if w.end() <= end]
        item: list[re.Match[str]] = []
        for word in reversed(before):
            if word.group().lower() in LIST_BEFORE_STOP or len(item) == LIST_ITEM_WORDS:
                break
            if text[word.end() : (item[0].start() if item else end)].strip():
                break  # a comma or a bracket between: the item ends there
            item.insert(0, word)
        if not item:
            return None
        items.insert(0, (item[0].start(), item[-1].end()))
        comma = re.search(r"\s*,\s*\Z", text[: item[0].start()])
        if len(items) < len(figures):
            if comma is None:
                return None
            end = comma.start()
    if any(ch in text[items[0][0] : figures[0][0]] for ch in ";:"):
        return None
    return items


LIST_LEAD = re.compile(
    r"\W*(?:of\W+(?:the\W+)?(?:those|patients|people|participants|women|men|children|adults)"
    r"\W+(?:(?!(?:and|or|but|while|whereas|than|versus|vs)\b)\w+\W+){1,8}?"
    r"(?=(?:with|on|given|taking|receiving|after|following)\b))?"
    r"(?:(?:for|in|with|among|on|of|after|following)\W+(?:(?:the\W+)?(?:those|patients|people|participants"
    r"|women|men|children|adults)\W+(?:on|given|taking|receiving|treated\W+with)\W+)?"
    r"|(?:given|taking|receiving|on)\W+)",
    re.IGNORECASE,
)
"""What leads into a list of the figures' groups after them ("for", "in those given", and
after the share's people and up to eight words of its outcome and time, "of patients
responded with", "of patients reached ACR20 at week 24 with",
"of people had a response on")."""
LIST_ITEM_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
LIST_ITEM_WORDS = 4  # words an item of such a list has at most ("usual care alone")


def _listed_after(text: str, figures: tuple[tuple[int, int], ...], end: int) -> list | None:
    """The items listed between the last figure and ``end`` ("respectively"), one per
    figure, each of at most :data:`LIST_ITEM_WORDS` words, or None."""
    lead = LIST_LEAD.match(text, figures[-1][1], end)
    if lead is None:
        return None
    start = lead.end()
    body = text[start:end].rstrip(" ,")
    items, at = [], 0
    for gap in LIST_ITEM_GAP.finditer(body):
        items.append((at, gap.start()))
        at = gap.end()
    items.append((at, len(body)))
    if len(items) != len(figures) or any(
        not body[a:b].strip() or len(body[a:b].split()) > LIST_ITEM_WORDS for a, b in items
    ):
        return None
    return [(start + a, start + b) for a, b in items]


OPENING_PHRASE = re.compile(
    r"^\W*(?:with|without|under|among|in|for|across|on|after|before|until|since|following"
    r"|during|at|when|if|once|by|"
    r"[a-z]+(?:ed|en)|(?:a|an|[\w.]+)[\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|into|of"
    r"|from|since|on))\s[^,;:]{1,60},",
    re.IGNORECASE,
)
"""A phrase that opens a sentence and ends at its first comma ("With typical use, …", "Used
perfectly, …", "Analysed per protocol, …", "After two years, …", "One year after foam
sclerotherapy, …"): its conditions hold for every clause after it."""


LIST_GOES_ON = re.compile(r"\s*[A-Za-z][A-Za-z\s-]{0,40}?(?:,|\s(?:and|or)\s)")
"""The comma closed an item of a list, not the phrase ("… with heart disease, diabetes and")."""


def _opening_words(claim: Claim) -> frozenset[str]:
    """The content words of a phrase opening the sentence before any figure: each clause
    says them (in "With typical use, the pill fails for 9% and the condom for 13%", the
    13% is typical use too), so they tell its candidates apart in every clause."""
    found = OPENING_PHRASE.match(claim.text)
    if found is None or any(
        q.start - claim.start < found.end() and q.kind != "duration" for q in claim.quantities
    ):
        # (a time it opens with is no figure of its own: "One year after X, 5.8% …")
        return frozenset()
    if LIST_GOES_ON.match(claim.text, found.end()):
        return frozenset()  # "Among adults with heart disease, diabetes and obesity, …"
    return content_words(found.group())


OTHER_ARM_SAID = re.compile(
    r"\b(?:for\s+comparison|compared|comparison|versus|vs|against|other\s+arm)\b", re.IGNORECASE
)
"""Words of a list item that set it against the heading's arm (``- For comparison, normal-
calcium diet: 20%``): the other arm's figure, not the heading's."""


FIGURES_AGAIN = NeedleScanned(
    re.compile(
        r"\b(?:the\s+)?(?:corresponding\s+|equivalent\s+|same\s+)?(?:figures|rates|numbers"
        r"|values|results|proportions|shares|percentages)\s+(?:were|are|was|stood\s+at)\b",
        re.IGNORECASE,
    )
)
"""A sentence that gives the previous sentence's figures again for another study or time
("In REMIX-2, the figures were 46.8% and 19.6%")."""


def _carried_on_control(claim: Claim, quantity: Quantity) -> bool:
    """Whether a figure of a sentence giving the previous one's figures again (:data:`
    FIGURES_AGAIN`) stands where the previous sentence's control arm's figure stood: the
    sentences' figures are paired in order, when both give as many."""
    said = FIGURES_AGAIN.search(claim.text)
    if said is None:
        return False
    ours = [
        q for q in claim.quantities if q.kind != "duration" and q.start - claim.start >= said.end()
    ]
    if len(ours) < 2 or quantity not in ours:
        return False
    units = {q.unit for q in ours}
    before = tuple(
        q
        for q in _header_figures((claim.previous_text,))  # read once, however many ask
        if q.kind != "duration" and q.unit in units and q.comparator is None
    )  # (a threshold said with them, "UAS7 ≤ 6", is none of the figures given again)
    if len(before) != len(ours):
        return False
    start, end = clauses_of(claim.previous_text, before)[ours.index(quantity)]
    return control_named(claim.previous_text[start:end])


def _control_opening(claim: Claim) -> int:
    """Where a phrase opening the sentence before any figure (:data:`OPENING_PHRASE`) ends
    when it names a dummy treatment as the figures' arm ("After taking a placebo, …", "With
    sham treatment, …"; not "Compared with placebo, …"), else 0."""
    found = OPENING_PHRASE.match(claim.text)
    if found is None or any(
        q.start - claim.start < found.end() and q.kind != "duration" for q in claim.quantities
    ):
        return 0
    phrase = found.group()
    # (a dummy treatment only: "Without treatment, …" opens a natural history as often)
    return found.end() if DUMMY_ARM.search(phrase) and control_named(phrase) else 0


DUMMY_ARM = re.compile(r"\b(?:placebo|sham|dummy|sugar\W+pills?|inactive)\b", re.IGNORECASE)


BY_THEN = re.compile(
    r"\W*(?:by\s+then|by\s+that\s+(?:time|point)|at\s+that\s+(?:time|point|stage)|then)\b",
    re.IGNORECASE,
)
"""A sentence opening that points back to the time the sentence before says ("By then, …",
"At that point, …")."""
SAME_AGE = StartScanned(
    re.compile(
        r"\b(?:(?:of\s+)?the\s+same\s+age(?:\s+(?:group|band|bracket))?|of\s+that\s+age|same-age)\b",
        re.IGNORECASE,
    )
)
"""Words that give a figure the age group said before it in the sentence."""
SCOPE_PHRASE = re.compile(
    r"^\W*(?:among|in|for|across|of|by|at|before|until)\s[^,;:]+,", re.IGNORECASE
)
"""A prepositional phrase that opens a sentence and ends at its first comma ("Among US
married women aged 15–49 with no prior births, …", "By age 80, …"): who the whole sentence
is about, or the age its cumulative risks are counted to."""


def _an_age(quantity: Quantity) -> bool:
    """Whether a figure is a person's age as written ("55-year-old", "6-month-old")."""
    return quantity.unit is not None and quantity.unit.endswith("-old")


def _scope(claim: Claim) -> Frame | None:
    """The groups named by a phrase opening the sentence before any of its figures, which
    hold for each figure whose own clause names none; failing such a phrase, a baby's age
    in weeks or months said before the first figure ("efficacy in children aged 5–17
    months was 28% with a booster and 36% without one": both are those children's)."""
    found = SCOPE_PHRASE.match(claim.text)
    if found is not None and not any(
        q.start - claim.start < found.end() and not _an_age(q) and q.kind != "duration"
        for q in claim.quantities
    ):  # (an age there is whom the phrase names: "For 55-year-old men, …"; a schedule or a
        # time there is no figure of theirs: "In children aged 6 to 11 given it every 4 weeks")
        frame = read_frame(found.group())
        if frame.ages or frame.sexes:
            return frame
    said_ages = [m.span() for m in AGE_IN_WEEKS_OR_MONTHS.finditer(claim.text)]
    if not said_ages:
        return None
    figures = [
        q.start - claim.start
        for q in claim.quantities
        if not any(a <= q.start - claim.start < b for a, b in said_ages)
    ]
    first = min(figures, default=0)
    said = ages_named(claim.text[:first]) if first > 0 else ()
    young = tuple(age for age in said if age[1] < SLACK_FROM)
    return Frame(ages=young) if young else None


def _colon_lead(claim: Claim, start: int) -> str | None:
    """The words before a colon that opens the figure's clause (``start``, file offset),
    when they hold no figure of their own: what the figures after it are ("Placebo groups:
    9.1 … and 9.2 …", "Deaths in the first year: …"); None otherwise."""
    colon = claim.text.rfind(":", 0, start - claim.start)
    if colon < 0 or any(
        q.start - claim.start < colon and q.kind != "count" for q in claim.quantities
    ):
        return None  # (a count there says how many were looked at: "in the two trials")
    lead = claim.text[:colon]
    if COMPARED_IN_LEAD.search(lead) or _names_a_drug(lead):
        return None  # "Drug and placebo groups: …" names both arms; "Drug X: …" its own
    return lead


def _arm_clause(claim: Claim, quantity: Quantity, clause: str) -> str:
    """The figure's clause with the rest of a treatment arm it cuts at a dose ("… taking
    adalimumab 40 mg every other week plus methotrexate 20 mg weekly": the doses are
    figures, so the clause of the 62% ends at the first one, and the arm is the
    combination)."""
    if not any(q.kind == "measure" for q in claim.quantities if q is not quantity):
        return clause
    start, end = clause_span(claim, quantity)
    text = claim.text
    blanked = DOSE_GAP.sub(lambda dose: " " * len(dose.group()), text)  # as arm_phrases reads
    for written, _phrase in arm_phrases(text, COMBINATION_WORDS):
        at = blanked.find(written)
        if at < 0:
            continue
        begins, ends = claim.start + at, claim.start + at + len(written)
        if start <= begins < end < ends:
            return f"{clause} {text[end - claim.start : ends - claim.start]}"
    return clause


def _labelled_ages(claim: Claim, start: int, end: int) -> tuple[tuple[float, float], ...]:
    """The age groups in years among the claim's group labels inside [start, end) (file
    offsets), as a frame's brackets (an open end to :data:`frames.OLDEST_AGE`)."""
    return tuple(
        (
            group.low if group.low is not None else 0.0,
            group.high if group.high is not None else OLDEST_AGE,
        )
        for group in claim.groups
        if group.unit == "year"
        and start <= group.start
        and group.end <= end
        and BARE_AGE_LABEL.fullmatch(group.text)
    )


BARE_AGE_LABEL = re.compile(
    r"\d{1,3}(?:\s*[-–—]\s*\d{1,3}|\s*\+|\s+(?:and|or)\s+(?:over|older|above|under|younger))?"
)
"""A group label that is an age said bare (``50–64``, ``65 and over``, ``80+``): the frame's
own words ("aged …", "adults over 65") read the other shapes already."""


def clause_span(claim: Claim, quantity: Quantity) -> tuple[int, int]:
    """File offsets of the clause that holds the figure (:func:`frames.clauses_of`): in
    "X kills 830,000 people, and China records 410,000 cases", the 830,000 is about the
    first half only."""
    index = next((i for i, q in enumerate(claim.quantities) if q is quantity), None)
    if index is None:
        index = claim.quantities.index(quantity)
    return _sentence(claim).clauses[index]


IRREGULAR_FORMS = {
    "lost": "lose", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise",
    "grew": "grow", "grown": "grow", "gave": "give", "given": "give", "took": "take",
    "taken": "take", "led": "lead", "won": "win", "ran": "run", "paid": "pay", "kept": "keep",
    "made": "make", "found": "find", "saw": "see", "seen": "see", "died": "die",
    "children": "child", "women": "woman", "men": "man", "people": "person",
    "dying": "die", "teeth": "tooth", "feet": "foot", "spent": "spend", "bought": "buy",
    "brought": "bring", "felt": "feel", "held": "hold", "told": "tell", "sold": "sell",
    "sought": "seek", "taught": "teach", "went": "go", "gone": "go",
}  # fmt: skip
SUFFIXES = ("ing", "ed", "es", "s")
ADVERB_MIN_LENGTH = 8


def _stem(word: str) -> str:
    """A crude word stem, enough for 'lose'/'lost', 'tumours'/'tumour', 'enrolled'/'enrols'."""
    word = IRREGULAR_FORMS.get(word, word)
    if len(word) >= ADVERB_MIN_LENGTH and word.endswith("ly"):
        word = word[:-2]  # "used perfectly" says "perfect use"; "monthly", "family" stay
    if len(word) > 5 and word.endswith("ies"):
        return word[:-3] + "y"  # "studies", "therapies": study, therapy, as said singular
    for suffix in SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            if suffix in ("ed", "ing") and _doubled(stem):
                return stem[:-1]  # "controlled", "stopped", "admitted": control, stop, admit
            if suffix == "es" and not SIBILANT_END.search(stem):
                # "vaccines", "diseases", "antihistamines": the plural of a word that ends
                # in e keeps it, as the singular does (only "classes", "reaches", "boxes"
                # add -es to a stem)
                return word[:-1]
            return stem
    return word


SIBILANT_END = re.compile(r"(?:ss|sh|ch|x|z)\Z")
"""A stem that takes -es for its plural or third person ("classes", "reaches", "boxes")."""


def _doubled(stem: str) -> bool:
    """Whether a stem left by -ed or -ing ends in a doubled consonant the base word lacks
    ("controll", "stopp", "referr"), as Porter's stemmer undoubles it: not s or z ("pass",
    "buzz"), and l only in a longer word ("fall" stays, "controll" goes)."""
    last = stem[-1]
    if len(stem) < 4 or stem[-2] != last or last in "aeiousz":
        return False
    return last != "l" or len(stem) >= DOUBLED_L_LENGTH


DOUBLED_L_LENGTH = 6  # "controll", "enroll" (but "fall", "spill" keep their l)


PHRASE_SYNONYMS = (
    (re.compile(r"\bunder (?:the )?skin\b"), "subcutaneous"),
    (re.compile(r"\b(?:into|in) (?:a |the )?veins?\b"), "intravenous"),
    (re.compile(r"\bby mouth\b"), "oral"),
    (
        re.compile(r"\b(?:break|breaks|breaking|broke|broken)(?: (?:a|their|her|his))? bones?\b"),
        "fracture",
    ),
    (re.compile(r"\bchest infections?\b"), "lower respiratory tract infection"),
    (re.compile(r"\bheart attacks?\b"), "myocardial infarction"),
    (
        re.compile(
            r"\b(?:do|does|did)(?: not|n t|nt) know(?: (?:that|whether|if))?"
            r"|\b(?:are|is|were|was)(?: not|n t|nt) aware\b"
        ),
        "unaware",
    ),
)
"""Everyday words for a route of administration or an event, said as the field says it
("break a bone" is a fracture, a "chest infection" a lower respiratory tract infection), and
for awareness ("do not know they have it" is "unaware", as surveys of hypertension, diabetes
and HIV report it)."""
WORD_SYNONYMS = {
    **dict.fromkeys(
        """cut cuts lower lowered lowers lowering decreas decrease reduc reduction slash
        slashed""".split(),
        "reduce",
    ),
    **dict.fromkeys("rais raise raised increas boost boosted".split(), "increase"),
    **dict.fromkeys("acquir acquire contract".split(), "infect"),
    **dict.fromkeys("die dy fatalit fatality".split(), "death"),  # "died of TB" = "TB deaths"
    "failure": "fail",  # "fails for 2% of users" says the failure rate
    "subcutaneously": "subcutaneous",
    "intravenously": "intravenous",
    "orally": "oral",
}
"""Stems that say the same change ("lowered", "cut", "reduced" the risk): a page's verb is
seldom the statement's."""


@lru_cache(maxsize=16384)
def comparable_words(text: str) -> str:
    """Lower case, punctuation gone, words stemmed: paraphrases inflect what they repeat,
    and say a change or a route in other words (:data:`WORD_SYNONYMS`), or a condition by
    its everyday name (:mod:`~claimcheck.nlp.lay_names`)."""
    processed = said_as_the_field_says(utils.default_process(text))
    for pattern, said in PHRASE_SYNONYMS:
        processed = pattern.sub(said, processed)
    stems = (_stem(word) for word in processed.split())
    return " ".join(_stem(WORD_SYNONYMS.get(stem, stem)) for stem in stems)


@per_claim
def _subject_names(registry_claim: RegistryClaim) -> tuple[str, ...]:
    """The claim's subject names as comparable words, longest first."""
    names = {comparable_words(name) for name in registry_claim.subject}
    return tuple(sorted((name for name in names if name), key=len, reverse=True))


def _in_words(name: str, words: str) -> bool:
    return f" {name} " in f" {words} "


Wording = tuple[str, str | None, tuple[str, ...]]
"""One wording of a claim as :func:`_similarity_to` reads it: (its comparable words, the
subject name it says, the claim's other subject names it does not say)."""


@per_claim
def _wordings(registry_claim: RegistryClaim) -> tuple[Wording, ...]:
    """The claim's statement and variants, each as a :data:`Wording`, worked out once per
    loaded claim: every figure of every draft compares its words with every candidate's,
    and a bounded cache of them thrashes on a registry of 100,000 statements (stemming them
    again was half of a lint against one)."""
    names = _subject_names(registry_claim)
    made = []
    for wording in (registry_claim.statement, *registry_claim.variants):
        theirs = comparable_words(wording)
        said = next((name for name in names if _in_words(name, theirs)), None)
        others = (
            ()
            if said is None
            else tuple(name for name in names if name != said and not _in_words(name, theirs))
        )
        made.append((theirs, said, others))
    return tuple(made)


def _similarity_to(words: str, wording: Wording) -> float:
    """token_set_ratio of two comparable-word strings, with the claim's subject said the
    same way: "high blood pressure" and "hypertension" are one subject, so a page saying
    one is as close to a statement saying the other as to one saying the same."""
    theirs, said, others = wording
    return fuzz.token_set_ratio(_said_their_way(words, said, others), theirs, processor=None)


def _said_their_way(words: str, said: str | None, others: tuple[str, ...]) -> str:
    """The page's words with each of a claim's ``others`` subject names it says replaced by
    the name the wording says (:func:`_similarity_to`)."""
    for name in others:
        if _in_words(name, words):
            words = f" {words} ".replace(f" {name} ", f" {said} ").strip()
    return words


def _similarity(text: str, registry_claim: RegistryClaim) -> float:
    words = comparable_words(text)
    return max(_similarity_to(words, wording) for wording in _wordings(registry_claim))


def text_score(
    claim: Claim,
    clause: str,
    registry_claim: RegistryClaim,
    discount: float = OTHER_CLAUSE_DISCOUNT,
) -> float:
    """How close the wording around the figure is to the claim's statement or an approved
    variant: the figure's own clause counts fully, the rest of the sentence less (by
    ``discount``; a clause that carries on the one before, with its verb and subject left
    out, is scored with the words it leaves out)."""
    whole = _similarity(claim.text, registry_claim)
    if len(clause) == len(claim.text):
        return whole
    return max(_similarity(clause, registry_claim), whole - discount)


def text_scores(
    claim: Claim,
    clause: str,
    registry_claims: list[RegistryClaim],
    discount: float = OTHER_CLAUSE_DISCOUNT,
) -> list[float]:
    """:func:`text_score` of each of ``registry_claims``, in their order: the same scores,
    the comparisons made in one ``process.cdist`` call for the sentence and the clause
    together, and each claim's best wording taken by numpy (thousands of candidates share a
    figure: a Python step per candidate and text was a tenth of a lint against 100,000
    claims). A wording whose other subject names the page says (:func:`_similarity_to` says
    them its way first) is scored alone; the scorer, and so each score, is the same."""
    if not registry_claims:
        return []
    texts = [claim.text] if len(clause) == len(claim.text) else [claim.text, clause]
    queries = [comparable_words(text) for text in texts]
    wordings = [_wordings(registry_claim) for registry_claim in registry_claims]
    batch = [wording[0] for claim_wordings in wordings for wording in claim_wordings]
    scored = process.cdist(
        queries, batch, scorer=fuzz.token_set_ratio, processor=None, dtype=np.float64
    )
    if len(batch) > len(registry_claims):  # variants: each claim's best wording
        counts = np.fromiter((len(w) for w in wordings), dtype=np.intp, count=len(wordings))
        starts = np.zeros(len(wordings), dtype=np.intp)
        np.cumsum(counts[:-1], out=starts[1:])
    else:
        starts = None
    # a wording whose other names the page says: the page's words said its way, which is
    # the same text for every wording that says the same name and leaves out the same
    # others (thousands of siblings whose statements say "HCC" where the page says
    # "hepatocellular carcinoma"), so each such text is compared with all of them at once
    alone: dict[tuple[int, str | None, tuple[str, ...]], tuple[list[int], list[str]]] = {}
    # whether a text says one of a wording's other names, asked once per set of names
    # (hundreds of siblings leave out the same ones)
    says: dict[tuple[int, tuple[str, ...]], bool] = {}
    index = 0
    for claim_wordings in wordings:
        for theirs, said, others in claim_wordings:
            if others:
                for row, words in enumerate(queries):
                    said_here = says.get((row, others))
                    if said_here is None:
                        said_here = says[row, others] = any(
                            _in_words(name, words) for name in others
                        )
                    if said_here:
                        at, batched = alone.setdefault((row, said, others), ([], []))
                        at.append(index)
                        batched.append(theirs)
            index += 1
    for (row, said, others), (at, batched) in alone.items():
        words = _said_their_way(queries[row], said, others)
        scored[row, at] = process.cdist(
            [words], batched, scorer=fuzz.token_set_ratio, processor=None, dtype=np.float64
        )[0]
    best = scored if starts is None else np.maximum.reduceat(scored, starts, axis=1)
    if len(queries) == 1:
        return best[0].tolist()
    return np.maximum(best[1], best[0] - discount).tolist()


def _exact_figure(quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    """A precise figure stated exactly as the source gives it (841,080; 27.7) names its source."""
    value = registry_claim.value
    if (
        not value.is_point
        or quantity.approx
        or (quantity.low, quantity.high)
        != (
            value.low,
            value.high,
        )
    ):
        return False
    digits = str(abs(value.low)).replace(".", "").strip("0")
    return len(digits) >= EXACT_FIGURE_DIGITS


@per_claim_shared
def subject_keys(registry_claim: RegistryClaim) -> frozenset[str]:
    """The claim's subject names, normalised (:func:`normalise_term`), once per loaded claim:
    a bounded cache keyed by the names thrashed where 100,000 claims have contexts of
    their own."""
    return frozenset(normalise_term(name) for name in registry_claim.subject)


@per_claim
def _context_keys(registry_claim: RegistryClaim) -> frozenset[str]:
    """The claim's context names, normalised, once per loaded claim."""
    return frozenset(normalise_term(name) for name in registry_claim.context)


@lru_cache(maxsize=4096)
def statement_figures(statement: str) -> tuple[Quantity, ...]:
    """The figures a registry statement states, read once per statement: every figure of
    every draft asks about its candidates' statements again (a page of a hundred figures
    read the same statements hundreds of times, a fifth of its lint)."""
    return tuple(find_quantities(statement))


@per_claim
def statement_quantities(registry_claim: RegistryClaim) -> tuple[Quantity, ...]:
    """The figures the claim's statement states, read once per loaded claim."""
    return tuple(find_quantities(registry_claim.statement))


COMPARED_IN_STATEMENT = re.compile(
    r"\b(?:versus|vs\.?|compared|comparison|than|against|while|whereas|but|relative\W+to|in\W+contrast"
    r"|up\W+from|down\W+from|placebo|control|sham|dummy|untreated)\b",
    re.IGNORECASE,
)
COMPARISON_ARM_AFTER = re.compile(
    r"\A\W*(?:[\w-]+\W+){0,3}?(?:placebo|control|sham|dummy|untreated|usual\W+care)\b",
    re.IGNORECASE,
)
"""A word between a statement's figures that sets the second against the first ("67.2% on
AR101, versus 4.0% on placebo"): the second is another arm's or group's figure."""


@per_claim
def own_statement_quantities(registry_claim: RegistryClaim) -> tuple[Quantity, ...]:
    """The figures of the statement that are the claim's own: the one stating its value and
    every other not set against it. A figure said of the comparison ("… versus 4.0% on
    placebo") is another claim's, so a draft saying it of this claim's arm repeats nothing of
    this claim's. All of them when none states the value as written."""
    figures = statement_quantities(registry_claim)
    value = registry_claim.value
    own = next(
        (f for f in figures if (f.low, f.high) == (value.low, value.high) and f.unit), None
    ) or next((f for f in figures if (f.low, f.high) == (value.low, value.high)), None)
    if own is None:
        return figures
    statement = registry_claim.statement
    restated = _ratio_restated(registry_claim, figures)
    own_arm_is_control = bool(COMPARISON_ARM_AFTER.match(statement[own.end :]))
    return tuple(
        figure
        for figure in figures
        if figure is own
        or figure is restated
        or not (
            COMPARED_IN_STATEMENT.search(
                statement, min(own.end, figure.end), max(own.start, figure.start)
            )
            # "…; 1.7% on placebo did": the arm said right after the figure is its own
            or (not own_arm_is_control and COMPARISON_ARM_AFTER.match(statement[figure.end :]))
        )
    )


def _ratio_restated(
    registry_claim: RegistryClaim, figures: tuple[Quantity, ...]
) -> Quantity | None:
    """The statement's percentage that says its ratio as a change ("55% less likely …
    (hazard ratio 0.455)"): one minus or one plus it is the ratio, to the percentage's own
    precision. The claim's own figure, though "than placebo" stands between them."""
    ratio = registry_claim.value.low
    if ratio is None or registry_claim.value.high != ratio or not _is_ratio(registry_claim):
        return None
    for figure in figures:
        if figure.unit != "percent" or figure.low is None or figure.low != figure.high:
            continue
        half_step = 0.5 * 10.0 ** _last_decimal_place(figure.low) / 100
        share = figure.low / 100
        if min(abs(1 - share - ratio), abs(1 + share - ratio)) <= half_step + 1e-9:
            return figure
    return None


def _last_decimal_place(number: float) -> int:
    """The power of ten of a number's last written digit: 55 -> 0, 12.5 -> -1."""
    text = repr(float(number)).rstrip("0").rstrip(".")
    return -len(text.partition(".")[2])


@per_claim
def _statistic_of(registry_claim: RegistryClaim) -> str | None:
    """The statistic (HR, OR, P…) the claim's value is, read off its own statement."""
    value = registry_claim.value
    for figure in statement_quantities(registry_claim):
        if figure.statistic and (figure.low, figure.high) == (value.low, value.high):
            return figure.statistic
    return None


@per_claim
def _is_ratio(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's value is a relative risk, hazard or odds ratio (no unit, and the
    statement or context names one)."""
    if registry_claim.value.unit is not None:
        return False
    if _statistic_of(registry_claim) in RATIO_STATISTICS:
        return True
    words = " ".join((registry_claim.statement, *registry_claim.context)).lower()
    return any(name in words for name in RATIO_WORDS)


def _statistics_agree(quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    """A P value only matches a P value; an HR never matches an OR."""
    if quantity.statistic is None:
        return True
    known = _statistic_of(registry_claim)
    if known is None:
        if quantity.statistic in ("NNT", "NNH") and registry_claim.value.unit is not None:
            # "the number needed to treat … was 18" and "8 men had to be treated to prevent
            # one death": a number needed is a count of people treated
            return _says_number_needed(registry_claim)
        return quantity.statistic != "P" and registry_claim.value.unit is None
    return known == quantity.statistic


NUMBER_NEEDED_WORDS = re.compile(
    r"needed\W+to\W+(?:treat|harm|screen|invite|vaccinate)\b|\bNN[TH]s?\b"
    r"|to\W+(?:prevent|avoid|avert|cause)\W+one\b",
    re.IGNORECASE,
)
"""A claim in people that is a number needed: to treat, harm, screen, invite or vaccinate
(the extractor reads all five as an NNT), or one event prevented, avoided or averted."""


@per_claim
def _says_number_needed(registry_claim: RegistryClaim) -> bool:
    """Whether a claim in people says its count is a number needed (:data:`NUMBER_NEEDED_WORDS`)."""
    words = " ; ".join((registry_claim.statement, *registry_claim.context))
    return NUMBER_NEEDED_WORDS.search(words) is not None


PRONOUN_START = re.compile(
    r"^\W*(?:(?:and|but|while|once|when|where|then|so|yet|however|though|still|also)\W+)*"
    r"(?:(?:in|by|at|on|for|during|since|after|before|among|against|of|with|without)\W+"
    r"(?:\w+\W+){0,4}?)?"
    r"(?:it|its|they|their|them|this|these"
    r"|those|which|the\W+(?:drug|medicine|vaccine|test|treatment|procedure|disease"
    r"|condition|cancer|virus|trial|study|tumou?r|figures?"
    r"|(?:same|equivalent|corresponding|comparable)\W+(?:figures?|rates?|shares?|proportions?"
    r"|numbers?|percentages?)"
    # "In 2022 the estimate was around 63,000": the sentence before's count, said again
    r"|(?:latest\W+|new\W+)?(?:estimate|number|total|count|toll)\W+(?=(?:was|is|stood|had"
    r"|rose|fell|reached|came)\b)))\b",
    re.IGNORECASE,
)
"""A clause that refers back to a subject named before it ("…: it is found in 70–80% …",
"…: in 2022 it still killed …", "Against mumps, they are …"), and one that carries on the
sentence before's measure ("On the 150 mg dose, the figure was 71.6%")."""
PRONOUN_OBJECT = NeedleScanned(
    re.compile(
        r"\b(?:found|detected|seen|diagnosed|reported|estimated|have|has|had|get|gets|got"
        r"|develop|develops|developed|caught|catch|treat|treated|cured|with)\W+(?:it|them)\b"
        r"|(?:%|\bper\W*cent|\b\d+|\bhalf|\bthirds?|\bquarters?|\bfifths?|\btenths?|\bmost"
        r"|\bmany|\bsome|\ball|\bnone)\W+of\W+them\b",
        re.IGNORECASE,
    )
)
"""A pronoun as the object of its clause's verb or of "with" ("NHANES III found it in 0.3%",
"adults who have it", "a third of men with it"), and a share of them ("after 10 years,
93.2% of them are still in place"): it stands for the subject named before, as one opening
the clause does."""


CAUSE_LEAD = re.compile(
    r"\b(?:(?:caused|driven|triggered|brought\W+on)\W+(?:\w+\W+)?by|due\W+to|linked\W+to"
    r"|attributed\W+to|because\W+of)\W+(?:\w+\W+){0,2}\Z",
    re.IGNORECASE,
)
"""Words that make the name after them a cause, not what a sentence is about: "Mesothelioma
is almost always caused by asbestos: it killed 2,268 people" (it is the mesothelioma)."""


def _said_as_cause(claim: Claim, name_start: int, clause_start: int) -> bool:
    """Whether the name at ``name_start`` (a file offset) is said as the cause of the
    sentence's subject (:data:`CAUSE_LEAD`) while another name comes before it: a pronoun
    after it stands for the subject."""
    at = name_start - claim.start
    if not CAUSE_LEAD.search(claim.text, max(0, at - 60), at):
        return False
    return any(s_ < name_start for s_, e_, _n in claim.outer_terms if e_ <= clause_start)


def _groups_replaced(claim: Claim, clause: str) -> frozenset[str]:
    """The names said before the clause that are groups of a kind the clause names its own
    of (a stage of life or an age, a sex, a place): "adults" in the clause replaces
    "children", "US" replaces "UK"."""
    # (each kind read on its own, as read_frame reads it: a whole frame per name cost more)
    counts = _counts_said(clause)
    kinds = {
        "life": stage_or_age_named(clause),
        "sex": bool(sexes_named(clause)),
        "place": bool(regions_named(clause)),
        "count": bool(counts),
    }
    if not any(kinds.values()):
        return frozenset()
    replaced = set()
    for start, end, name in claim.outer_terms:
        said = claim.text[start - claim.start : end - claim.start]
        if said and said in clause:
            continue
        text = said or name
        if (
            (kinds["life"] and stage_or_age_named(text))
            or (kinds["sex"] and sexes_named(text))
            or (kinds["place"] and regions_named(text))
            or (kinds["count"] and (_counts_said(text) or counts) != counts)
        ):
            replaced.add(normalise_term(name))
    return frozenset(replaced)


COUNT_WORD = re.compile(
    r"(?:(?<=\bwith\s)(?:one|no|none)|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|[2-9]|1[0-2]))\b(?![.,]\d|%)",
    re.IGNORECASE,
)
"""A small count in a group's name or a clause that carries one on ("patients with two risk
factors …, and those with three …"): the count tells the groups apart."""


def _counts_said(text: str) -> frozenset[str]:
    """The small counts ``text`` says (:data:`COUNT_WORD`), spelled as written, lower case."""
    return frozenset(found.group().lower() for found in COUNT_WORD.finditer(text))


NEW_EVENTS = re.compile(r"\bnew(?:ly)?\b", re.IGNORECASE)
RESTATES_BEFORE = re.compile(
    r"\W*(?:that|this|which)(?:'s|\W+is|\W+was|\W+means|\W+works\W+out\W+(?:at|to|as)"
    r"|\W+comes\W+to|\W+equals|\W+amounts\W+to)\b|\W*(?:in\W+other\W+words|put\W+another\W+way"
    r"|put\W+differently|on\W+average\W+that\W+is)\b",
    re.IGNORECASE,
)
"""A sentence that says the sentence before's figure again, in other units ("That is about
23 deaths a day", "In other words, one stroke every five minutes")."""
REFERS_BACK = StartScanned(
    re.compile(
        r"\b(?:of|among|in|for)\W+(?:them|these|those(?!\W+(?:who|with|aged|over|under|given|on"
        r"|taking|receiving|treated|assigned|randomi[sz]ed|allocated|using|without)\b))\b",
        re.IGNORECASE,
    )
)
"""A pronoun after the figure that stands for a group named before ("17.9% of them")."""
TIME_LABEL = re.compile(
    r"(?:\A|[;:\n•])\s*(?:[-*]\s+)?(?P<time>\d+(?:\.\d+)?\s*(?:years?|months?|weeks?|days?))"
    r"\s*[,:=–—-]\s*\Z",
    re.IGNORECASE,
)
"""A time written as a list item's label right before its figure ("; 5 years, 26.4%")."""
PART_AFTER = re.compile(r"\s*(?:of|among|amongst)\s+(?:them|these|those)\b(?!\s+(?:who|with|aged))")
"""The words after a count that make it a part of a group counted before ("around 5,000 of
them are caused by asbestos", "1,200 of these deaths")."""
PART_OPENING = re.compile(r"\W*(?:of|among|amongst)\s+(?:them|these|those)\s*,", re.IGNORECASE)
"""A clause that opens on the group counted before ("Of these, 1,200 …")."""
PART_COUNTED = "the figure counts a part of the group said before it, the claim that whole"
MIN_CONTAINED_NAME = 5  # normalised letters a name needs to count as part of a longer one
SUBJECT_NOT_NAMED = "its subject is not named near the figure"
FRAME_SLOT_BONUS = 4.0  # per frame slot (measure, group, time) the claim shares
SIBLING_CONTEXT_PENALTY = 8.0  # the clause names another candidate's context, not this one's
DISTINCT_WORD_BONUS = 8.0  # per word only this candidate has, in the figure's own clause
DISTINCT_WORDS_COUNTED = 2  # at most this many such words count, either way
DISTINCT_ELSEWHERE_PENALTY = 8.0  # … said only in another clause of the sentence
DISTINCT_ELSEWHERE_COUNTED = 1  # at most this many such words count against
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with and or but as is are was were be been has have
    had it its this that these those their they there which who than then so about per
    among all each""".split()
)
"""Words no sibling claim is told apart by (a custom list: spaCy's stop words hold "first",
"second", "two" and "within", which are exactly what tells siblings apart)."""
UNSTATED_GROUP_PENALTY = 8.0  # per sub-group the claim is about and the figure does not name
UNSTATED_PART_END = ", which nothing near the figure names"
UNSTATED_PART = "it is about {}" + UNSTATED_PART_END


NEGATED_BEFORE = re.compile(
    r"\b(?:without|no|not|never|non|nor)(?:\s+(?:a|an|the|any))?[\s-]+\Z", re.IGNORECASE
)
"""A name said as absent: "without a booster dose" names "no booster", not "booster"."""
FORMER_BEFORE = re.compile(r"\b(?:ex|former)[\s-]+\Z", re.IGNORECASE)
"""A name said as past: "ex-smokers", "former smokers" name "former smoking", no smoking."""


_name_keys: tuple[Claim | None, dict[tuple[int, str], str]] = (None, {})


def _name_key(claim: Claim, start: int, name: str) -> str:
    """The key of a registry name said at file offset ``start``; a name said as absent
    (:data:`NEGATED_BEFORE`) is the key of "no" and the name, so a claim with the context
    "no booster" is named and one with "booster" is not. The last claim's keys are kept:
    each of its figures, and the evidence of each candidate, asks for its names' keys.
    (One tuple, replaced whole: a thread reads a pair that belongs together.)"""
    global _name_keys
    kept_for, kept = _name_keys
    if kept_for is not claim:
        kept = {}
        _name_keys = (claim, kept)
    found = kept.get((start, name))
    if found is None:
        found = normalise_term(name)
        offset = start - claim.start
        if NEGATED_BEFORE.search(claim.text, max(0, offset - 16), offset):
            found = "no" + found
        elif FORMER_BEFORE.search(claim.text, max(0, offset - 8), offset):
            found = "former" + found
        kept[start, name] = found
    return found


MEASURE_NAMES = GatedNames(MEASURES)
"""The measures' patterns with the needles each match holds (:class:`~.gates.GatedNames`)."""


@lru_cache(maxsize=16)
def _document_keys(terms: frozenset[str]) -> frozenset[str]:
    """The keys of a document's names: every figure's :class:`Surroundings` asks, and the
    claims of one document share one set of names (a frozenset keeps its hash), so they
    are keyed once per document, not once per figure."""
    return frozenset(normalise_term(n) for n in terms)


SURROUNDINGS_KEPT = 256  # figures whose surroundings are kept (those of the last few claims)
_SURROUNDINGS: dict[tuple[int, int], tuple[Claim, Quantity, Surroundings]] = {}
"""(id of a claim, id of one of its figures) -> the two and the figure's surroundings; the
objects are held, so an id is not reused while its entry stands."""


@dataclass(frozen=True)
class Surroundings:
    """The names, years and frame around one figure, worked out once for all candidates."""

    clause: str  # the figure's clause, after its table headers
    clause_names: frozenset[str]  # normalised registry names in the figure's clause
    sentence_names: frozenset[str]  # … anywhere in its sentence
    before_names: frozenset[str]  # … in the sentence before
    document_names: frozenset[str]  # … anywhere in the document
    years: frozenset[str]  # years named in the clause ("In 2018, …")
    frame: Frame
    words: frozenset[str] = frozenset()  # content words of the clause, figures left out
    other_words: frozenset[str] = frozenset()  # … of the sentence's other clauses only
    earlier_names: frozenset[str] = frozenset()  # names in the sentence before the clause
    telling_words: frozenset[str] = frozenset()  # what the clause says beyond names and figures
    companions: tuple[Quantity, ...] = ()  # the clause's other figures ("… lost at least 5%")
    sentence: str = ""  # the sentence's text
    share_of: str = ""  # the words after "N% of", when the figure is a proportion of them
    share_said: str = ""  # … the sentence's text right after that figure, as written
    own_frame: Frame = Frame()  # the frame the clause itself states, before the sentence's
    inherited: frozenset[str] = frozenset()  # clause names a pronoun took from its antecedent
    ages_inherited: bool = False  # its age group is only its pronoun's antecedent's
    gapped: bool = False  # a clause of a figure and a year only, keeping the one before's frame
    inner_names: frozenset[str] = frozenset()  # names inside a longer one in the clause
    pieces: tuple[str, ...] = ()  # the clause and its cell's row and column headers, apart
    paired: bool = False  # a "respectively" list pairs the figure with one group of it
    dose_owner: str = ""  # the drug a dose figure is said with ("nivolumab 1 mg/kg")
    step_before: frozenset[float] = frozenset()  # times (days) a regimen's earlier step had
    compared_names: frozenset[str] = frozenset()  # names said as what it is compared with
    opening_words: frozenset[str] = frozenset()  # a phrase opening the sentence says them
    name_texts: tuple[tuple[str, str], ...] = ()  # (key, as written) of the clause's names
    heading_names: frozenset[str] = frozenset()  # a cell's names said only above its table
    header_names: frozenset[str] = frozenset()  # a cell's names said by its row or column header
    lead_names: frozenset[str] = frozenset()  # a list item's heading or lead-in names
    previous_text: str = ""  # the sentence before (its place holds for "the figure is …")
    lead_text: str = ""  # the heading or lead-in above a list item or table
    parallel_lead: str = ""  # the lead a parallel item carries on ("Risk by 80 is 17% for …")
    parallel_tail: str = ""  # what a figure shares with the parallel item after it
    part_of: frozenset[str] | None = None  # a count of a part of a group counted before
    # ("… 12,000 deaths … 5,000 of them"): what the whole counts (its measures)
    # (in a match, only those naming a whole the row is a part of: :func:`_wholes_above`)

    # What the clause and its headers say of whom a figure is about, read once per figure:
    # each of the first candidates (EXPLAINED_FOR) asks whether its own words say it
    # (:func:`_unstated_group_words`), and the searches were the same for every one of them.
    @cached_property
    def sexes_in_pieces(self) -> tuple[str, ...]:
        """The sexes (:data:`SEXES`' names, in its order) a piece says."""
        return tuple(n for n, p in SEXES.items() if any(p.search(x) for x in self.pieces))

    @cached_property
    def kinds_of_people(self) -> tuple[str, ...]:
        """Per piece, in order, the people of a kind it first names (:data:`PEOPLE_OF_A_KIND`:
        "among US veterans")."""
        return tuple(
            said.group("kind") for piece in self.pieces if (said := PEOPLE_OF_A_KIND.search(piece))
        )

    @cached_property
    def harms_said(self) -> tuple[str, ...]:
        """The side effects the pieces report (:data:`ADVERSE_EFFECT` where
        :data:`HARM_REPORTED`), in order, the examples of an outcome left out."""
        return tuple(
            h.group()
            for piece in self.pieces
            if HARM_REPORTED.search(piece)
            for h in ADVERSE_EFFECT.finditer(EXAMPLES_LISTED.sub(" ", piece))
        )

    @cached_property
    def qualifiers_said(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """The qualifiers of people the pieces say (:func:`_qualifiers_in`), in order."""
        return tuple(found for piece in self.pieces for found in _qualifiers_in(piece))

    @cached_property
    def stage_words_said(self) -> tuple[tuple[tuple[float, float], tuple[str, ...]], ...]:
        """Per stage of life (:data:`~claimcheck.verify.frames.LIFE_STAGES`, in order), its
        ages and its first word as each piece says it, pieces in order (none where no piece
        says it)."""
        return tuple(
            (ages, said)
            for pattern, ages in LIFE_STAGES
            if (
                said := tuple(
                    found.group() for piece in self.pieces if (found := pattern.search(piece))
                )
            )
        )

    @cached_property
    def counted_stages(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """The counts of people of a part of life the pieces say ("48,000 children"), in the
        order :func:`_unstated_life_stage` reads them, each with the stage's own words."""
        found = []
        for piece in self.pieces:
            for pattern, ages in LIFE_STAGES:
                if not part_of_life((ages,)):
                    continue
                for said in pattern.finditer(piece):
                    counted = COUNTED_BEFORE.search(piece, max(0, said.start() - 40), said.start())
                    if counted is None:
                        continue  # "10 million people, including many young children"
                    # (the stage's own word: "older" of "older people", whose people any
                    # claim about people says)
                    words = frozenset(comparable_words(said.group()).split()) - PEOPLE_WORDS
                    found.append((piece[counted.start() : said.end()], words))
        return tuple(found)

    @cached_property
    def names_within(self) -> frozenset[str]:
        """The clause's names and the names inside them: every candidate's evidence asks
        about them, so the union is made once per figure, not once per candidate."""
        return self.clause_names | self.inner_names

    @cached_property
    def labels_said(self) -> tuple[tuple[str, str], ...]:
        """The numbered labels (``ACR20``, ``PASI 75``) the figure's clause and headers say,
        or, when they say none, the one label its sentence says: "… 73.1% had an ACR20
        response, versus 39.7% on methotrexate with placebo" is an ACR20 figure too (a
        sentence saying two labels leaves a clause without one unlabelled)."""
        # (a figure a "respectively" list pairs with one group reads its clause with the
        # other groups blanked: "29.4% and 42.3% … in PERFECT 1 and PERFECT 2" says only
        # PERFECT 2 of the 42.3%)
        pieces = (self.clause, *self.pieces[1:]) if self.paired else self.pieces
        own = tuple(
            _label_parts(found) for piece in pieces for found in NUMBERED_LABEL.finditer(piece)
        ) + numbered_groups_in(self.clause)  # (the listed groups of others blanked)
        if not self.sentence:
            return own
        said = {_label_parts(found) for found in NUMBERED_LABEL.finditer(self.sentence)}
        if not own:
            said |= set(numbered_groups_in(self.sentence))
            return tuple(said) if len(said) == 1 else ()
        # … and a label of other letters the sentence says once, outside the clause: "In
        # UNCOVER-3, 38.1% of patients on ixekizumab every two weeks reached PASI 90" (the
        # clause ends before it; the trial's own number is no outcome's)
        letters = {label[0] for label in own}
        others = [label for label in said if label[0] not in letters]
        once = [
            label for label in others if sum(1 for other in others if other[0] == label[0]) == 1
        ]
        return own + tuple(sorted(once))

    @cached_property
    def measure_stems(self) -> dict[str, frozenset[str]]:
        """For each measure the clause says (:data:`~claimcheck.verify.frames.MEASURES`),
        the telling words that say it: "died", "killed" for deaths, "charge" for a cost.
        A claim of that measure explains them whatever words its statement uses."""
        found: dict[str, frozenset[str]] = {}
        # only the measures whose needles the clause holds (:class:`~.gates.GatedNames`):
        # another cannot match, so it has no stems
        for measure, pattern in MEASURE_NAMES.searched(self.clause, lowered_for_gates(self.clause)):
            stems = frozenset(
                word
                for said in pattern.finditer(self.clause)
                for word in comparable_words(said.group(0)).split()
            )
            if stems & self.telling_words:
                found[measure] = stems & self.telling_words
        return found

    @cached_property
    def modified_words(self) -> tuple[tuple[str, int, str, str, str, str, bool], ...]:
        """Each word of the clause's pieces that stands right before another (a space or a
        hyphen between), as :func:`narrowing_words` reads them: (the piece, the word's
        start in it, the word and the next as written, each as comparable words, and whether
        a slash joined the word to another modifier of that next word, "MDR/RR-TB"). The
        same for every candidate: found once per figure, not once per candidate."""
        pairs = []
        described = _row_description(self)
        for index, piece in enumerate(self.pieces):  # words of two headers are not one phrase
            if index == 1 and described:
                piece = ROW_BRACKET.sub("", piece)  # the row's trial described, not the cell
            found = list(WORD.finditer(piece))
            for at, (word, following) in enumerate(zip(found, found[1:], strict=False)):
                gap = piece[word.end() : following.start()]
                slashed = False
                if gap == "/" and at + 2 < len(found):
                    # "MDR/RR-TB": each of two modifiers joined by a slash is the noun's
                    after = found[at + 2]
                    if piece[following.end() : after.start()] in (" ", "-"):
                        following, gap, slashed = after, " ", True
                if gap not in (" ", "-"):
                    continue  # a modifier stands right before the word it narrows
                written, followed_by = word.group(), following.group()
                pairs.append(
                    (
                        piece,
                        word.start(),
                        written,
                        followed_by,
                        comparable_words(written),
                        comparable_words(followed_by),
                        slashed,
                    )
                )
        return tuple(pairs)

    @cached_property
    def survival_text(self) -> str | None:
        """The text that says the figure's survival, when one does (:func:`another_survival`):
        its clause, when the clause or the sentence says a survival, else the heading or
        lead-in above it ("### Median progression-free survival in ORCHID-3" above "-
        Zelbrumab: 9.6 months": an item that says no measure of its own has its heading's);
        None when none says one, as for most figures. Asked of every candidate, the same for
        each: read once per figure."""
        if _says_survival(self.clause) or _says_survival(self.sentence):
            return self.clause
        if self.lead_text and _says_survival(self.lead_text):
            return self.lead_text
        return None

    @cached_property
    def free_said(self) -> bool:
        """Whether the figure's lead, the sentence before, its sentence or its clause says
        free of an event (:data:`FREE_SAID`): an event-free survival's claim needs that."""
        said = f"{self.lead_text} {self.previous_text} {self.sentence} {self.clause}"
        return FREE_SAID.search(said) is not None

    @cached_property
    def survival_event_free(self) -> bool:
        """Whether :attr:`survival_text` says an event-free survival and no death from all
        causes: then it is no overall survival figure."""
        own = self.survival_text or ""
        return bool(EVENT_FREE.search(own) and not ALL_CAUSES.search(own))

    @cached_property
    def clause_word_stems(self) -> tuple[tuple[str, str], ...]:
        """Each word of the clause as written, in order, with its comparable words: what
        :func:`unexplained_words` names a candidate's unexplained stems by, the same for
        every candidate (read once per figure)."""
        return tuple(
            (word, comparable_words(word)) for word in re.findall(r"[^\W\d_][\w'-]*", self.clause)
        )

    @cached_property
    def spelled_out(self) -> tuple[tuple[str, str], ...]:
        """The names the clause spells out beside a short form in brackets
        (:data:`SPELLED_OUT`), as (the short form's comparable words, the long form as
        written): found once per figure, where every candidate's unexplained words asked
        the pattern of the whole clause again."""
        if "(" not in self.clause:
            return ()
        return tuple(
            (
                comparable_words(found.group("short") or found.group("short_first")),
                found.group("long") or found.group("long_after"),
            )
            for found in SPELLED_OUT.finditer(self.clause)
        )

    @cached_property
    def unexplainable_names(self) -> tuple[tuple[str, str], ...]:
        """The clause's names (key, as written) that may be a claim's unexplained ones
        (:func:`unexplained_names`): not what the figure is compared with, no year, and
        saying something of their own. The same for every candidate: read once per figure,
        and none, for most figures, so no candidate's names are asked."""
        return tuple(
            (key, written)
            for key, written in self.name_texts
            if key not in self.compared_names
            and not YEAR.fullmatch(key)
            and _says_something(written)
        )

    @cached_property
    def names_nearby(self) -> frozenset[str]:
        """The names of the figure's sentence and the sentence before, made once per figure."""
        return self.sentence_names | self.before_names

    @classmethod
    def of(cls, claim: Claim, quantity: Quantity) -> Surroundings:
        """The surroundings of ``quantity`` in ``claim``, worked out once per figure: the
        ranking, the swap test and the verdict each ask, and the answer depends on the two
        objects alone (both frozen). Kept by identity for the last figures asked."""
        key = (id(claim), id(quantity))
        kept = _SURROUNDINGS.get(key)
        if kept is not None and kept[0] is claim and kept[1] is quantity:
            return kept[2]
        found = cls._worked_out(claim, quantity)
        if len(_SURROUNDINGS) >= SURROUNDINGS_KEPT:
            _SURROUNDINGS.clear()
        _SURROUNDINGS[key] = (claim, quantity, found)
        return found

    @classmethod
    def _worked_out(cls, claim: Claim, quantity: Quantity) -> Surroundings:
        sentence_facts = _sentence(claim)
        start, end = clause_span(claim, quantity)
        clause = claim.text[start - claim.start : end - claim.start]
        names = {_name_key(claim, s, n) for s, e, n in claim.outer_terms if start <= s and e <= end}
        # "Kidney graft survival … depends on the donor: 85% for living donors and 72% for
        # deceased donors": the lead's names are a parallel item's own
        # (not the ends of a change or a range: "ranged from 2.3% in Maryland to 4.5% in
        # California" gives each end a place, and the lead's subject is the whole's)
        lead_names = (
            _parallel_lead(claim, quantity, start, end)
            if quantity.role not in (BEFORE, AFTER)
            else None
        )
        # (a lead that introduces the list, by a colon or by saying the items differ: "…
        # depends on the donor: 85% for …"; not a lead that is the first item's own clause,
        # "In CheckMate 067, 52% of the … group", whose names weigh as the sentence's)
        said_by_lead = (
            {
                _name_key(claim, s, n)
                for s, e, n in claim.outer_terms
                if e <= claim.start + len(lead_names)
            }
            if lead_names is not None
            and (lead_names.rstrip().endswith(":") or DIFFERS_BY.search(lead_names))
            else set()
        )
        # "25.7% of men and 9.7% of women say they have self-harmed": what both items share,
        # said after the second, is the first's too
        shared = _shared_tail(claim, quantity)
        if shared is not None:
            names |= {
                _name_key(claim, s, n)
                for s, e, n in claim.outer_terms
                if claim.start + shared[0] <= s and e <= claim.start + shared[1]
            }
        compared = frozenset(
            normalise_term(n)
            for s, e, n in claim.outer_terms
            if start <= s
            and e <= end
            and COMPARED_BEFORE.search(claim.text, 0, s - claim.start)
            # "usual care 18.6% versus EGDT 18.8%": a name right before the figure labels it
            and not LABEL_GAP.fullmatch(claim.text, e - claim.start, quantity.start - claim.start)
        )
        inner = frozenset(  # (a name said as absent is "no" and the name inside too)
            _name_key(claim, s, n) for s, e, n in claim.inner_terms if start <= s and e <= end
        )
        cell, cell_names = claim.cell_of(quantity)
        headers = cell_frame_text(cell) if cell is not None else ""
        names |= {normalise_term(n) for n in cell_names}
        heading_names: frozenset[str] = frozenset()
        header_names: frozenset[str] = frozenset()
        if cell is not None:
            names |= set(row_names(cell))
            headers_said = normalise_term(f"{cell.row} {cell.column}")
            heading_names = frozenset(
                key
                for key in (normalise_term(n) for n in cell_names)
                if key not in headers_said and key not in normalise_term(clause)
            )
            header_names = _header_names(cell, cell_names) | frozenset(row_names(cell))
        sentence = frozenset(_name_key(claim, s, n) for s, _e, n in claim.outer_terms)
        before = frozenset(normalise_term(n) for n in claim.nearby_terms)
        inherited: frozenset[str] = frozenset()
        if (
            PRONOUN_START.search(clause)
            or PRONOUN_OBJECT.search(clause)
            # "… 35,250 to die of it in 2024. A year later, the expected deaths were 35,770":
            # a sentence that opens by counting years from the one before carries it on
            or _years_away_opening(claim) is not None
        ):
            # "…: it is found in 70–80%", "NHANES III found it in 0.3%": the pronoun's
            # antecedent is this clause's subject, named earlier in the sentence or, failing
            # that, in the sentence before; a group the clause names replaces the one said
            # with the antecedent ("… in US children, at 2.2%; in adults it is 1.8%")
            replaced = _groups_replaced(claim, clause)
            # (a name after the clause is no antecedent: in "It got 86% of patients to …,
            # against 79% with semaglutide" the "It" is the sentence before's drug)
            said_before = frozenset(
                _name_key(claim, s_, n)
                for s_, e_, n in claim.outer_terms
                if e_ <= start and not _said_as_cause(claim, s_, start)
            )
            inherited = frozenset(
                _uncompared(said_before - names - replaced, _compared_in_sentence(claim))
                or _uncompared(before - names - replaced, _compared_before(claim))
            )
            names |= inherited
        respective = _respective_group(claim, quantity, start, end)
        listed_elsewhere: frozenset[str] = frozenset()
        other_groups: set[str] = set()
        if respective is not None:
            # "women and men … 13.1% and 10.1%, respectively": this figure's group only
            mention, clause, listed_elsewhere = respective
            if ETHNIC_MENTION.fullmatch(mention.strip()):
                # "among Black, White and Hispanic women": the adjective names its people
                mention = f"{mention} people"
            headers = f"{headers} {_list_lead(claim, start)} {mention}".strip()
            other_groups = _names_in_other_groups(claim, quantity)
            if _bare_control(mention):
                # "… by 62% and 40% of men on tamsulosin and placebo respectively": the
                # placebo arm is the tamsulosin trial's, whose drug the other group names
                other_groups = set()
            names -= other_groups
            names |= _names_in_own_group(claim, quantity)
            # "… rates of death, stroke or rehospitalisation were 8.5% and 15.1% for TAVR and
            # surgery, respectively": the figures of a paired list share the names said
            # before the first of them (what is measured), the other groups' aside
            names |= _names_before_list(claim) - other_groups
        shift = len(headers) + 1 if headers else 0
        read = f"{headers} {clause}" if headers else clause
        times = cell_times(cell) if cell is not None else ""
        frame = read_frame(
            f"{read} ; {times}" if times else read,
            quantity.unit,
            skip=(quantity.start - start + shift, quantity.end - start + shift),
        )
        if frame.ages and (times := _times_in_years(claim, quantity, start, end)):
            # "97% and 88% at 1 and 5 years, respectively": the clause "88% at 1" reads "at
            # 1" as an age, where the extractor read the 1 as a time (ages of people are
            # group labels to it, never figures)
            frame = replace(frame, ages=tuple(a for a in frame.ages if a not in times))
        if (
            cell is not None
            and frame.control
            and CONTROL_ARM.search(cell.heading)
            and not CONTROL_ARM.search(f"{cell.row} {cell.column}")
            and (_names_a_drug(cell.row) or _names_a_drug(cell.column))
        ):
            # "BLISS-76: SRI response with belimumab 10 mg/kg and placebo" above the row
            # "Belimumab 10 mg/kg": the caption names both arms, the row the cell's own
            frame = replace(frame, control=False)
        if cell is not None and frame.years:
            # "| Measure | 2018 | 2022 |" under "US health workers, 2018 and 2022": a cell's
            # column (or row) header names its year; the heading's list names the table's
            header_years = years_named(cell.column) or years_named(cell.row)
            if header_years and header_years < frame.years:
                frame = replace(frame, years=header_years)
        if cell is not None and len(frame.measures) > 1:
            # "| Rectum | 732,210 | 339,022 |" under the columns "New cases" and "Deaths" of
            # a table headed "New cases and deaths": the cell's own header says which
            own_measures = read_frame(f"{cell.row} ; {cell.column}", quantity.unit).measures
            if own_measures and own_measures < frame.measures:
                frame = replace(frame, measures=own_measures)
        if respective is not None and not frame.control and _bare_control(respective[0]):
            # "… 10.3, 11.2 and 14.1 months in the control, bevacizumab-initiation and
            # bevacizumab-throughout groups, respectively": the 10.3 is the control arm's
            frame = replace(frame, control=True)
        if (
            not frame.ages
            and respective is None  # (a list's clause holds every item's ages)
            and (labelled := _labelled_ages(claim, start, end))
        ):
            # "… (17.7%) as at 50–64 (8.4%)": an age group the extractor read as a label in
            # the clause, in a shape the frame's own words do not say ("aged …")
            frame = replace(frame, ages=labelled)
        if not frame.timepoints and (
            label := TIME_LABEL.search(claim.text, 0, quantity.start - claim.start)
        ):
            # "Risk of recurrence: 1 year, 11.1%; 5 years, 26.4%": a time written as the
            # label of the figure after it, as a table's row header writes one
            frame = replace(frame, timepoints=timepoints_named(f"at {label.group('time')}"))
        ages_said = bool(frame.ages)
        whole_measures: frozenset[str] | None = None  # what the group counted before counts
        part_of_before = quantity.unit not in PROPORTION_UNITS and bool(
            PART_AFTER.match(claim.text, quantity.end - claim.start) or PART_OPENING.match(clause)
        )
        if inherited or REFERS_BACK.search(clause):
            # "Adults aged 18–44 are hit hardest: 17.9% of them …": the group the pronoun
            # stands for is the figure's, when its own clause names none
            antecedent = read_frame(claim.text[: start - claim.start])
            if antecedent == Frame() and start - claim.start < PRONOUN_REACH:
                # "… did worst of all. Only 9.4% of them …": the sentence before says whom
                antecedent = read_frame(claim.previous_text)
            both_sexes = frame.everyone and not frame.sexes
            frame = fill_empty(frame, antecedent)
            if part_of_before:
                # (only a group a figure counted: "Medical school places …: it aims for
                # 10,000 of them" is the whole number, no part of one)
                before_figure = claim.text[: start - claim.start]
                counted = any(c.isdigit() for c in before_figure) or (
                    not before_figure.strip() and any(c.isdigit() for c in claim.previous_text)
                )
                whole_measures = antecedent.measures if counted else None
                if not frame.measures and whole_measures:
                    # "… 12,000 lung disease deaths … Around 5,000 of them are caused by
                    # asbestos": a part of the deaths counted before counts deaths too
                    frame = replace(frame, measures=whole_measures)
            if both_sexes:
                # "… 8.8% of women, while the figure for all adults is 7.1%": the clause's
                # "adults" are both sexes, not the antecedent's women
                frame = replace(frame, sexes=frozenset())
            if frame.ages == EVERY_AGE and frame.life_stages:
                # "Asthma affects people of all ages. In 2021, 6.5% of US children had it":
                # the clause's children, not the antecedent's every age
                frame = replace(frame, ages=())
            # … and its arm ("Women given placebo fared worse: 4.3% of them …"), unless the
            # clause names its own ("… on placebo. With secukinumab 300 mg, the equivalent
            # rate was 77.1%")
            if not _names_a_drug(clause):
                frame = replace(frame, control=frame.control or antecedent.control)
        if claim.previous_text and RESTATES_BEFORE.match(claim.text):
            # "It killed about 8,290 people in the US in 2024. That is about 23 deaths a
            # day.": the sentence before's figure said again, in its frame
            frame = fill_empty(frame, read_frame(claim.previous_text))
        ages_inherited = bool(frame.ages) and not ages_said
        # "50 mg a day for the first six weeks, then 100 mg a day": the times the regimen's
        # step before was said of, which the next step's figure comes after
        step_before = (
            timepoints_named(claim.text[: start - claim.start])
            # (a share is no regimen's step: "1 in 8 men …, rising to 1 in 4 for Black men")
            if NEXT_STEP.match(clause)
            and quantity.kind != "duration"
            and quantity.unit not in PROPORTION_UNITS
            else frozenset()
        )
        if (
            NEXT_STEP.match(clause)
            and not frame.dose_levels
            and "loading" in read_frame(claim.text[: start - claim.start]).dose_levels
        ):
            # "a 20 mg/kg loading dose, followed by 5 mg/kg every 12 hours": the step after
            # a loading dose is the maintenance dose
            frame = replace(frame, dose_levels=frozenset({"maintenance"}))
        gapped = not {
            n for n in names if not YEAR.fullmatch(n) and not TIME_NAME.fullmatch(n)
        } and _pure_gap(claim, quantity, start, end)
        # "…, 17% for BRCA1 carriers and 44% for BRCA2 carriers": the item says its own group
        # and carries on the lead before the first item (what is measured, by when, where)
        parallel = lead_names if not gapped else None
        if parallel is not None:
            names |= said_by_lead  # (after the gap is read: a gapped clause names nothing)
        if parallel is not None:
            # (its ages, times and places; what is measured stays the clause's own reading)
            said_lead = read_frame(parallel, quantity.unit)
            frame = fill_empty(frame, replace(said_lead, measures=frozenset(), count_of=""))
        tail = claim.text[shared[0] : shared[1]].strip() if shared and parallel is None else ""
        leading = not gapped and _arm_before_outcome(claim, quantity, start, end)
        if gapped and not (inherited or REFERS_BACK.search(clause)):
            # "… among US high school students was 10.0% in 2022 and 14.1% in 2023": a
            # clause of nothing but a figure and a year keeps the group said before the
            # sentence's first figure
            first = min(claim.quantities, key=lambda q: q.start)
            first_end = clause_span(claim, first)[1]
            said_before = read_frame(
                claim.text[: first_end - claim.start],
                quantity.unit,
                skip=(first.start - claim.start, first.end - claim.start),
            )
            if step_before:
                # a regimen's next step comes after the time the one before was said of
                said_before = replace(said_before, timepoints=frozenset(), courses=frozenset())
            # … and what it counts: "23,900 men acquired HIV in 2018, falling to 21,400 in
            # 2022" counts new infections among those men in 2022
            # … and its arm: "6.4% of patients on placebo by 12 months and 12.6% by 24
            # months" are both the placebo arm's
            frame = replace(
                fill_empty(frame, said_before),
                measures=frame.measures or said_before.measures,
                count_of=frame.count_of or said_before.count_of,
                control=frame.control or (said_before.control and not _names_a_drug(clause)),
            )
        if not gapped and not (frame.ages or frame.life_stages or frame.sexes):
            people = _same_people_before(claim, quantity)
            if people is not None:
                # "23% of children aged 2 to 5 have had decay and 10% have untreated decay":
                # a bare share that goes straight on to a verb is of the people just named
                frame = replace(
                    frame, ages=people.ages, life_stages=people.life_stages, sexes=people.sexes
                )
        own_sexes = own_group_sexes(
            claim.text, (quantity.start - claim.start, quantity.end - claim.start)
        )
        if len(own_sexes) == 1 and own_sexes < frame.sexes:
            # "more common in women than men: 9.7% of adult women …": the people the share
            # is of say its sex, not both the sentence names
            frame = replace(frame, sexes=own_sexes)
        paired = _arm_in_order(claim, quantity, sentence_facts.figures)
        if paired is not None:
            # "Fremanezumab beat placebo: 47.7% versus 27.9%": the arms in the order named
            frame = replace(frame, control=paired)
        if (
            paired is None
            and not frame.control
            and not frame.other_arm
            and _carries_the_arm(claim, quantity)
        ):
            # "The placebo response was 22.7% in Elaris EM-I and 19.6% in Elaris EM-II"
            frame = replace(frame, control=True)
        if (
            frame.count_of == "having"
            and quantity.per
            and quantity.per[:1].isdigit()
            and not PREVALENCE_WORD.search(read)
        ):
            # "have the highest rates: 31 per 100,000": a rate, whatever verb has it
            # ("prevalence", "living with" still say whom it counts, in the clause or in a
            # table cell's row or column header: "People living with HS")
            frame = replace(frame, count_of="")
        lead_in = "" if priced_by(clause) else _price_lead_in(claim, quantity)
        if lead_in:
            # "… £119 a dose, so the two-dose course comes to £238": what the words leading
            # to a price say it buys, where its own clause says nothing of it
            frame = replace(frame, priced=lead_in)
        if not frame.control and WITHOUT_PRONOUN.search(clause):
            # "… 4.4% of those given eye drops. Without them it developed in 9.5%": without
            # the treatment said before, the untreated arm (not people without the disease)
            treated = f"{claim.previous_text} {claim.text[: start - claim.start]}"
            if drug_sets(treated) or TREATMENT_WORD.search(treated) or _with_a_drug(treated):
                frame = replace(frame, control=True)
        set_against = not frame.control and OTHER_ARM_BEFORE.search(
            claim.text,
            max(0, quantity.start - claim.start - OTHER_ARM_REACH),
            quantity.start - claim.start,
        )
        if set_against and _control_set_first(claim, quantity, sentence_facts, clause):
            # "4.4% of those who were only observed …, compared with 9.5% of those who used
            # eye drops": the side set against the control arm is the treated one
            set_against = None
        if (
            not set_against
            and not frame.control
            and _one_of_both_arms(claim, quantity, sentence_facts.figures)
            and not (_names_a_drug(clause) or ARM_SAID.search(clause))
        ):
            # "Adverse events were as common in both arms, at 77.2% and 76.3%": two figures
            # for two arms said together, in no order: either may be the control's
            frame = replace(frame, other_arm=True)
        if set_against and (
            not (_names_a_drug(clause) or ARM_SAID.search(clause))
            # (not where the clause names its own arm: "…, against 40% with klotase")
            or GIVEN_ALONE_AFTER.match(claim.text, quantity.end - claim.start)
            # … unless it names what it was given "alone" ("…, against 2.4% with the
            # counselling alone", "versus 76.0% with fluorouracil and leucovorin alone"):
            # what the other arm added its drug to, maybe the control arm (or a trial's third
            # arm: "compared with 52% on nivolumab alone")
        ):
            frame = replace(frame, other_arm=True)
        if (arm := _bracketed_arm(claim, quantity)) is not None:
            # "6.4% versus 0.6% (alteplase versus placebo)": the arms named in brackets after
            # the two figures, in their order
            frame = replace(frame, control=CONTROL_ARM.search(arm) is not None, other_arm=False)
        if (own_arm := bracketed_after_arm(claim, quantity)) is not None:
            # "infliximab 5 mg/kg (69%) beat placebo (37%)": the arm right before its
            # bracket is the figure's, not the other one its clause names
            frame = replace(frame, control=own_arm, other_arm=False)
        if quantity.role in (BEFORE, AFTER) and frame.phases:
            # "Compliance rose from 51% to 67.2% after the strategy was introduced": the
            # change's start is the figure before the intervention, its end the one after
            frame = replace(frame, phases=frozenset({quantity.role}))
        if quantity.role in (BEFORE, AFTER) and treatment_changed(claim, quantity):
            # "Semaglutide cut the risk … from 8.0% to 6.5%": the two arms of its trial, the
            # control's figure first
            frame = replace(frame, control=quantity.role == BEFORE)
        if (
            frame.control
            and (quantity.statistic in RATIO_STATISTICS or quantity.unit == "fold")
            and paired is None
        ):
            # "… 2.46 per 1,000 in the control group (adjusted HR 1.80, …)": a ratio compares
            # the arms, as a ratio claim's frame does; the control group said before it is
            # the other figure's arm, not the ratio's; so is a multiple's ("2.9 times as likely
            # as placebo did": placebo is what it multiplies)
            frame = replace(frame, control=False)
        own_frame = frame
        whole = sentence_facts.frame
        away = _years_away(claim, quantity, clause)
        if (
            (
                not frame.years
                # (the sentence's year, not one the figure's own clause says)
                or (away is not None and away > 0 and not years_named(clause))
            )
            and _one_year_or_season(whole.years)
            and away is not None
            and not _looks_back(clause)
        ):
            # "… 400,000 in 2023, up from 383,789 the year before": the year before 2023 (and
            # the season before 2019-20, 2018-19); "from 169,125 in 2014-15 to 350,344 three
            # years later": 2017-18
            frame = replace(frame, years=frozenset(str(int(y) + away) for y in whole.years))
        elif (
            not frame.years
            and not whole.years
            and claim.previous_text
            and (opening := _years_away_opening(claim)) is not None
            and _one_year_or_season(before := read_frame(claim.previous_text).years)
        ):
            # "… 35,250 to die of it in 2024. A year later, the expected deaths were 35,770":
            # the year after the sentence before's
            frame = replace(frame, years=frozenset(str(int(y) + opening) for y in before))
        if frame.years != without_spans(frame.years) and _ends_of_a_change(quantity):
            frame = replace(frame, years=_change_end_years(frame.years, quantity, clause))
        if (
            not frame.years
            and not (EVERY_YEAR.search(clause) and not any(_future_year(y) for y in whole.years))
            # (nor for a clause said of now: "In 2000 malaria killed 897,000; today the toll
            # is about 608,000" is today's, not 2000's)
            and not NOW_SAID.search(clause)
        ):
            # a year said once for the sentence holds for all its clauses (its years: a
            # span said in another clause is not this figure's as a whole, though the ends
            # of a change over it are still its first and last year's); not for a clause
            # that counts its own figure by the year ("Every year about 100,000 die of it;
            # in 2021 it killed 6.7 million": the 100,000 is any year's, not 2021's), where
            # the year is no projection's ("By 2050, … 8.22 million and 1.91 million a year")
            years = without_spans(whole.years)
            if years != whole.years and _ends_of_a_change(quantity):
                years = _change_end_years(whole.years, quantity, claim.text)
            if years and _projects_after(claim, clause, end):
                # "About 6.7 million have it, a number expected to reach 8.5 million by
                # 2030": the year is the projection's, not the figure's before it
                years = frozenset(y for y in years if not _future_year(y))
            frame = replace(frame, years=years)
        elif APPOSITIVE_PROJECTION.search(clause, quantity.end - start):
            # "About 96,000 die of it each year, a figure projected to keep rising until
            # 2040": the year is the figure's future, not its own
            frame = replace(frame, years=frozenset(y for y in frame.years if not _future_year(y)))
        if not frame.regions and whole.regions:  # so does a place, but not one said only
            # past an outer break, in another figure's clause (:func:`regions_in_reach`)
            frame = replace(frame, regions=regions_in_reach(claim.text, end - claim.start))
        if not whole.regions and claim.previous_text and _said_back(claim):
            # "Stroke is one of the UK's biggest killers. It claims around 38,000 lives a
            # year, and some 1.3 million survivors live with its effects": a sentence that
            # opens by pointing back, or answers the question before it ("Q: How many … in
            # the UK? A: About 1.3 million …"), is about the group the sentence before names
            frame = fill_group(frame, read_frame(claim.previous_text))
        if not frame.ethnicities and len(whole.ethnicities) == 1:  # and one ethnic group
            frame = replace(frame, ethnicities=whole.ethnicities)
        # … and the group of a phrase that opens the sentence before any figure ("Among
        # women aged 15–49 with no prior births, 19% … and 26% …")
        scope = sentence_facts.scope
        if not frame.ages and scope is not None and not frame.everyone:
            # (not to a clause about everyone: "Among adults over 70, 71% …, compared with
            # 18% of all UK adults")
            frame = replace(frame, ages=scope.ages)
        if not frame.ages and (trailing := _trailing_ages(claim, quantity)):
            # "… cut clinical malaria by 36% and severe malaria by 32% in children aged 5–17
            # months": the group closing coordinated clauses is each one's
            frame = replace(frame, ages=trailing)
        if (
            not frame.control
            and 0 < (opened := _control_opening(claim)) <= start - claim.start
            and not _names_a_drug(clause)
            and not any(
                opened <= q.start - claim.start < quantity.start - claim.start
                and q.kind != "duration"
                for q in claim.quantities
            )
        ):
            # "Two hours after taking a placebo, 28% … had no pain": an opening phrase's arm
            # is the first clause's after it, unless that names one of its own ("…, against
            # 40% with klotase" is the other arm's)
            frame = replace(frame, control=True)
        if not frame.control and claim.previous_text and _carried_on_control(claim, quantity):
            # "…, versus 24.8% on placebo. In REMIX-2, the figures were 46.8% and 19.6%": the
            # 19.6% is the placebo arm's, as the second figure before it was
            frame = replace(frame, control=True)
        lead = _colon_lead(claim, start)
        if lead is not None and not frame.control and not _names_a_drug(clause):
            # "The placebo groups had almost identical rates: 9.1 … in ZOE-50 and 9.2 in
            # ZOE-70": a lead before a colon, holding no figure, frames the figures after it
            lead_frame = read_frame(lead)
            if lead_frame.control and not ARM_SAID.search(clause):
                frame = replace(frame, control=True)
            if not frame.measures and lead_frame.measures:
                frame = replace(frame, measures=lead_frame.measures)
        if not frame.ages and COMPARED_AGES.search(clause):
            # "Adults aged 65 and over had 9.7 …, compared with 3.1 per 1,000 for younger
            # people": younger than the one age group said before the clause
            earlier = ages_named(claim.text[: start - claim.start])
            if len(earlier) == 1:
                frame = replace(frame, ages=_other_ages(earlier, clause))
        if frame.ages and not ages_said and (other := _other_ages(frame.ages, clause)):
            # "… aged 80 and older was 2.6%, while in younger patients it was 0.7%": the
            # rest of the ages, not those the clause took from an earlier one
            frame = replace(frame, ages=other)
        if (
            not frame.ages
            and len(frame.sexes) == 1
            and len(whole.sexes) > 1
            and len(whole.ages) == 1
            and not frame.life_stages
            and ages_named(claim.text[end - claim.start :]) == whole.ages
            and not ages_named(claim.text[: start - claim.start])
            and sexes_named(claim.text[quantity.end - claim.start : end - claim.start])
        ):
            # "… found in 8.5% of men and 11.8% of women aged 40 and over": shares of the
            # sexes set side by side share the one age group said after the last of them
            # (not one said with the first, "Women aged 19 to 50 need 14.8 mg, while men
            # need 8.7 mg", nor a clause of its own: "Men need 14.8 mg and women aged 19 to
            # 50 need 8.7 mg", where the sex is said before the figure)
            frame = replace(frame, ages=whole.ages)
        if not frame.sexes and not frame.everyone and scope is not None:
            frame = replace(frame, sexes=scope.sexes)
        if not frame.ethnicities and scope is not None:
            frame = replace(frame, ethnicities=scope.ethnicities)
        if not frame.ages and SAME_AGE.search(clause):
            # "… 50.9% of women aged 20 to 29 and 38% of men the same age": the age group
            # said earlier in the sentence
            frame = replace(frame, ages=ages_named(claim.text[: start - claim.start]))
        if claim.lead_text:
            # "### Acne in adults aged 30 to 39" above "- Women: 20.1%": the group, place,
            # year and timepoint of a list's heading or lead-in hold for each item that
            # says none of its own
            lead = read_frame(without_study_population(claim.lead_text))
            frame = replace(
                fill_group(frame, lead),
                years=frame.years or lead.years,
                timepoints=frame.timepoints
                or (lead.timepoints if quantity.kind != "duration" else frame.timepoints),
                # … and how often its arm's dose is given ("### Emicizumab every 2 weeks"
                # above "- Treated bleeds per year: 1.5" is no weekly arm's figure)
                schedules=frame.schedules or lead.schedules,
                # … and what its figures count ("Deaths expected in 2024:" above "- Women:
                # 4,550" counts deaths), where the item says nothing of it (carrying a gene,
                # "If you carry a BRCA gene change", is whom the items are about)
                measures=frame.measures
                or (lead.measures - CARRIERS if not frame.count_of else frozenset()),
                count_of=frame.count_of or (lead.count_of if not frame.measures else ""),
                # … and its arm when the item names no treatment ("### No-prophylaxis arm")
                control=frame.control
                or (
                    lead.control and not _names_a_drug(clause) and not OTHER_ARM_SAID.search(clause)
                ),
            )
            if content_words(_without_figures(claim, start, end, "")) <= ANSWER_LABEL:
                # "Q: How many people died of malaria in 2021?" above "A: About 720,000.": an
                # answer of nothing but its figure counts what the question asks about
                asked = read_frame(claim.lead_text, quantity.unit)
                frame = replace(
                    frame,
                    measures=frame.measures or asked.measures,
                    count_of=frame.count_of or asked.count_of,
                )
        if not frame.ages and (ages := _labelled_age_band(claim, clause, cell)):
            # "Share of adults with diabetes, by age:" above "- 18–44: 18.9%": the item's label
            frame = replace(frame, ages=ages)
        if (
            not frame.timepoints
            and quantity.kind != "duration"
            and claim.lead_text
            and (labelled := labelled_timepoint(claim.text))
        ):
            # "Share surviving after the operation:" above "- 1 year: 41%": the item's label
            frame = replace(frame, timepoints=labelled)
        if not frame.ethnicities and (named := _labelled_ethnicity(claim, clause, cell)):
            # "## Uptake by ethnic group" above "- White: 62.5%": a bare ethnic label (an
            # "Asian" label is then no continent)
            regions = frame.regions - {"Asia"} if "Asian" in named else frame.regions
            frame = replace(frame, ethnicities=named, regions=regions)
        if not frame.regions and claim.section_text:
            frame = replace(frame, regions=_section_places(claim))
        # … and one measure ("Measles deaths fell from … to …") and one timepoint ("Over 15
        # years, lifestyle … by 27% and metformin by 18%"), not a duration's own
        # (not to a clause counting those who have it or new cases by its own words: "8.5
        # million had Parkinson's, and it caused 329,000 deaths")
        if (
            not frame.measures
            and not frame.count_of
            and len(whole.measures) == 1
            # (the trait said in one clause holds for another only where that one says no
            # verb of having the disease: "…, while sickle cell disease occurs in 1 in 13")
            and not ("carriers" in whole.measures and DISEASE_VERB.search(clause))
            and not _unit_measure(quantity)
            # (nor to a share the subject causes, which counts what follows its "of": "…
            # 8,274 deaths in 2022, and it causes 60% of cirrhosis")
            and not (frame.caused and quantity.unit in PROPORTION_UNITS)
            # (nor another clause's deaths to one counting new events: "12.2 million new
            # strokes in 2019 and 6.55 million stroke deaths")
            and not ("deaths" in whole.measures and NEW_EVENTS.search(clause))
            # (nor to a share of a whole its clause names, not people: "… make up 26% of
            # childhood cancers but cause 33% of childhood cancer deaths")
            and not _share_of_a_thing(claim, quantity)
        ):
            frame = replace(frame, measures=whole.measures)
        if (
            not frame.measures
            and "deaths" in whole.measures
            and quantity.unit in PROPORTION_UNITS
            and (of := SHARE_OF.match(claim.text[quantity.end - claim.start :])) is not None
            and CASES_AS_WHOLE.match(of.group(1))
        ):
            # "95% of cases and 94% of deaths …": a share of the cases, set against one of
            # the deaths, counts cases (alone, "working in 89% of cases" says only what the
            # share is of)
            frame = replace(frame, measures=frozenset({"cases"}))
        if not frame.timepoints and quantity.kind != "duration":
            # "… after one year and 93% after five": five years, the unit said once
            elided = elided_timepoint(clause, claim.text)
            if elided:
                # … and "at 5." read as an age was this timepoint
                ages = ages_named(ELIDED_TIMEPOINT.sub(" ", clause)) if ages_said else None
                frame = replace(frame, timepoints=elided, ages=() if ages == () else frame.ages)
        if quantity.kind != "duration" and (listed := _respective_timepoint(claim, quantity)):
            # "survival at 5, 10 and 20 years … was 95%, 91% and 78%, respectively": the 91%
            # is at 10 years, the timepoints paired with the figures one by one
            frame = replace(frame, timepoints=frozenset({listed}))
        if (
            not frame.timepoints
            and len(whole.timepoints) == 1
            and quantity.kind != "duration"
            and not step_before
            # (not to the whole a sentence opens with: "Of the 153,000 people with it, about
            # 18,000 were diagnosed in the past year": the past year is the part's)
            and not WHOLE_OPENING.fullmatch(
                claim.text, start - claim.start, quantity.start - claim.start
            )
        ):
            frame = replace(frame, timepoints=whole.timepoints, time_spans=whole.time_spans)
        if (
            not frame.timepoints
            and quantity.kind != "duration"
            and claim.previous_text
            and BY_THEN.match(claim.text)
        ):
            # "PARTNER 3 followed its patients for five years. By then, 8.2% … had died": the
            # time the sentence before says is the one "then" points back to
            then = timepoints_named(claim.previous_text)
            if len(then) == 1:
                frame = replace(frame, timepoints=then)
        words = content_words(
            _without_figures(claim, start, end, headers)
            if respective is None
            else read[: quantity.start - start + shift] + " " + read[quantity.end - start + shift :]
        )
        # the words of the sentence's other figures' clauses: a clause holding only a
        # duration or a group ("In the first 12 weeks of TRIM-3, …") frames the others
        own = sentence_facts.clause_words.get((start, end), frozenset())
        # the phrase's words are the figure's own when its clause holds the phrase
        opening = (
            sentence_facts.opening_words if start > min(sentence_facts.clauses)[0] else frozenset()
        )
        everywhere = frozenset(
            w
            for w, n in sentence_facts.word_clauses.items()
            if n - (w in own) > 0 and w not in opening
        )
        words |= opening
        if listed_elsewhere:
            # "… at stages 2, 3 and 4 is 81%, 22% and 64%, respectively": the "2" and "4"
            # are the other figures' groups, said around this one only by the list
            words -= listed_elsewhere
            everywhere -= listed_elsewhere
        telling = _telling_words(
            claim, start, end, " ".join((cell.row, cell.column)) if cell else ""
        )

        return cls(
            clause=read,
            clause_names=frozenset(names),
            inherited=inherited,
            ages_inherited=ages_inherited,
            gapped=gapped and not (inherited or bool(REFERS_BACK.search(clause))),
            parallel_lead=parallel or "",
            parallel_tail=tail,
            part_of=whole_measures,
            sentence_names=sentence,
            before_names=before,
            document_names=_document_keys(claim.document_terms),
            years=frame.years,
            # one object per distinct frame, as claims' frames are (:func:`shared_frame`):
            # figures that read the same frame share what is worked out of it against each
            # claim frame (:mod:`claimcheck.verify.frame_pairs`, keyed by identity)
            frame=shared_frame(frame),
            own_frame=shared_frame(own_frame),
            # a gapped clause ("… and 14.1% in 2023") says the words before it again, and
            # one that names only its arm before the clause that says what is measured
            # ("29% of the drug group and 47% of the placebo group had no progression")
            # says those words too
            words=words | everywhere if gapped or leading else words,
            other_words=frozenset() if gapped or leading else everywhere - words,
            earlier_names=frozenset(normalise_term(n) for _s, e, n in claim.terms if e <= start),
            inner_names=inner,
            compared_names=compared,
            opening_words=opening - listed_elsewhere,
            name_texts=tuple(
                (_name_key(claim, s_, n), claim.text[s_ - claim.start : e_ - claim.start])
                for s_, e_, n in claim.outer_terms
                if start <= s_
                and e_ <= end
                # (another group's name in a "respectively" list says nothing of this one)
                and normalise_term(n) not in other_groups
            ),
            paired=respective is not None,
            dose_owner=_dose_owner(claim, quantity) if is_dose(quantity) else "",
            step_before=step_before,
            pieces=(claim.text[start - claim.start : end - claim.start], cell.row, cell.column)
            if cell is not None
            else (claim.text[start - claim.start : end - claim.start],),
            telling_words=telling,
            heading_names=heading_names,
            header_names=header_names,
            lead_names=frozenset(normalise_term(n) for n in claim.lead_terms),
            previous_text=claim.previous_text,
            lead_text=claim.lead_text,
            sentence=claim.text,
            share_of=_share_of_text(claim, quantity, respective is not None),
            share_said=(
                claim.text[quantity.end - claim.start :]
                if quantity.unit in PROPORTION_UNITS
                else ""
            ),
            companions=tuple(
                q
                for q in claim.quantities
                if q is not quantity
                and start <= q.start
                and q.end <= end
                and q.kind != "duration"
                and not _in_other_group(claim, quantity, q)
            )
            + _header_companions(cell)
            + _fronted_companions(claim, quantity, start)
            + _respective_doses(claim, quantity, start, end)
            + _lead_doses(claim, quantity),
        )


def _one_year_or_season(years: frozenset[str]) -> bool:
    """Whether ``years`` are one year (``2023``) or one season of two running years
    (``2019-20`` read as 2019 and 2020), whose year before is one year (or season) back."""
    if not years or not all(y.isdigit() for y in years):
        return False
    if len(years) == 1:
        return True
    low, high = sorted(int(y) for y in years) if len(years) == 2 else (0, 0)
    return high == low + 1


ANSWER_LABEL = frozenset(
    "a answer ans million billion thousand trillion hundred people person".split()
)
"""The only words an answer that is nothing but its figure says besides it ("A: About 720,000.",
"About 9 million people.")."""


COMPARED_AGES = StartScanned(
    re.compile(r"\b(?P<side>younger|older)\b(?!\W+than\W+\d)", re.IGNORECASE)
)
"""A group said by its age against the sentence's ("… aged 65 and older was 4.8%, against
1.7% in younger patients"); not an age bracket of its own ("older than 40")."""


def _other_ages(
    ages: tuple[tuple[float, float], ...], clause: str
) -> tuple[tuple[float, float], ...]:
    """The ages on the side the clause names of the one bracket ``ages`` holds: below it for
    ``younger``, above it for ``older``; none when the clause names neither or the bracket
    leaves nothing on that side."""
    found = COMPARED_AGES.search(clause)
    if found is None or len(ages) != 1:
        return ()
    low, high = ages[0]
    if found.group("side").lower() == "younger":
        return ((0.0, low - 1),) if low > 1 else ()
    return ((high + 1, OLDEST_AGE),) if high + 1 < OLDEST_AGE else ()


def _price_lead_in(claim: Claim, quantity: Quantity) -> str:
    """What the words from the sentence's previous price (or its start) to this price say it
    buys (:func:`frames.priced_by`): "all" for a course, "one" for a dose; empty for what is
    not money or says neither."""
    if quantity.unit is None or quantity.unit.partition("/")[0] not in CURRENCY_CODES:
        return ""
    start = max(
        (q.end for q in claim.quantities if q.end <= quantity.start and q.unit == quantity.unit),
        default=claim.start,
    )
    return priced_by(claim.text[start - claim.start : quantity.start - claim.start])


def _in_other_group(claim: Claim, quantity: Quantity, other: Quantity) -> bool:
    """Whether ``other`` lies in the group a "respectively" pairs with another figure than
    ``quantity`` ("… 61% of patients given infliximab 5 mg/kg and 10 mg/kg, respectively":
    the 5 mg/kg is the 69%'s, not the 61%'s)."""
    facts = _sentence(claim)
    figures, mentions = facts.paired, facts.respective
    own = _span_in(claim, quantity)
    if mentions is None or own not in figures:
        return False
    mine = mentions[figures.index(own)]
    at = _span_in(claim, other)
    return any(
        m_start <= at[0] and at[1] <= m_end
        for m_start, m_end in mentions
        if (m_start, m_end) != mine
    )


def _respective_doses(
    claim: Claim, quantity: Quantity, start: int, end: int
) -> tuple[Quantity, ...]:
    """The doses said in the group a ``respectively`` pairs the figure with, outside its
    clause (``40% and 63% for abrocitinib 200 mg and 100 mg, respectively``: the 40% is the
    200 mg arm's), as a dose in its own clause would be (:func:`another_dose`)."""
    facts = _sentence(claim)
    figures, mentions = facts.paired, facts.respective
    if mentions is None or _span_in(claim, quantity) not in figures:
        return ()
    m_start, m_end = mentions[figures.index(_span_in(claim, quantity))]
    return tuple(
        q
        for q in claim.quantities
        if m_start <= q.start - claim.start
        and q.end - claim.start <= m_end
        and not (start <= q.start and q.end <= end)
        and _dose(q)
    )


def _respective_group(
    claim: Claim, quantity: Quantity, start: int, end: int
) -> tuple[str, str, frozenset[str]] | None:
    """(this figure's group, its clause with every listed group blanked, the words only the
    other listed groups say) when the sentence pairs its figures with groups one by one
    (:func:`frames.respective_groups`)."""
    facts = _sentence(claim)
    figures, mentions = facts.paired, facts.respective
    if mentions is None or _span_in(claim, quantity) not in figures:
        return None
    mention = mentions[figures.index(_span_in(claim, quantity))]
    chars = list(claim.text[start - claim.start : end - claim.start])
    for m_start, m_end in mentions:
        for pos in range(max(m_start, start - claim.start), min(m_end, end - claim.start)):
            chars[pos - (start - claim.start)] = " "
    own = _listed_group_text(claim.text, mentions, mention)
    others = " ".join(_listed_group_text(claim.text, mentions, m) for m in mentions if m != mention)
    return own, "".join(chars), content_words(others) - content_words(own)


def _listed_group_text(text: str, mentions: list[tuple[int, int]], mention: tuple[int, int]) -> str:
    """The group a listed mention names, as words :func:`read_frame` reads: an age listed
    by its numbers alone after another group ("US men aged 30–49 and 50–70") is an age of
    that group's people ("US men aged 50–70")."""
    said = text[mention[0] : mention[1]]
    numbered = numbered_group_text(text, mention)
    if numbered is not None:
        return numbered  # the "3" of "stages 2 and 3" is stage 3
    if not BARE_AGE.fullmatch(said):
        return said
    index = mentions.index(mention)
    while index > 0 and BARE_AGE.fullmatch(text[slice(*mentions[index - 1])]):
        index -= 1
    people = AGES_SAID.sub(" ", text[slice(*mentions[index - 1])]) if index > 0 else ""
    return f"{people.strip()} aged {said}".strip()


@per_claim
def _declared_sexes(registry_claim: RegistryClaim) -> frozenset[str]:
    """The sexes a claim's ``group`` or ``context`` names: a sub-group it is about, not a
    person its statement happens to speak of ("A girl is born with …")."""
    return read_frame(" ; ".join((*registry_claim.group, *registry_claim.context))).sexes


def _names_in_other_groups(claim: Claim, quantity: Quantity) -> set[str]:
    """The registry names said in the groups a "respectively" list pairs with the sentence's
    other figures ("the zelvatide and placebo groups": zelvatide is not the 3.9%'s), and
    those holding one ("tocilizumab 8 mg/kg", a name whose dose is the 59%'s listed arm)."""
    facts = _sentence(claim)
    own = facts.respective[facts.paired.index(_span_in(claim, quantity))]
    others = [span for span in facts.respective if span != own]
    return {
        normalise_term(name)
        for s, e, name in claim.terms
        if any(
            (a <= s - claim.start and e - claim.start <= b)
            or (s - claim.start <= a and b <= e - claim.start)
            for a, b in others
        )
    }


LEAD_BREAK = re.compile(r"[;:]")


def _list_lead(claim: Claim, start: int) -> str:
    """The words before a "respectively" list's first figure, for a later figure whose clause
    does not hold them: "Meaningful relief was reported by 62% and 22% of men on tamsulosin
    and placebo respectively" measures relief for the 22% too. Empty where the groups are
    listed before the figures (they open the figures' clauses) or the clause holds the lead."""
    facts = _sentence(claim)
    first = facts.paired[0][0]
    if facts.respective[0][0] < facts.paired[-1][1] or start - claim.start <= first:
        return ""
    breaks = [m.end() for m in LEAD_BREAK.finditer(claim.text, 0, first)]
    return claim.text[breaks[-1] if breaks else 0 : first].strip()


def _names_before_list(claim: Claim) -> set[str]:
    """The registry names a "respectively" sentence says before its first paired figure,
    where the groups are listed after the figures (a list said before them opens the
    figures' clauses, which hold those names already)."""
    facts = _sentence(claim)
    first = facts.paired[0][0]
    if facts.respective[0][0] < facts.paired[-1][1]:
        return set()
    return {normalise_term(name) for _s, e, name in claim.terms if e - claim.start <= first}


def _names_in_own_group(claim: Claim, quantity: Quantity) -> set[str]:
    """The registry names said in the group a "respectively" list pairs with this figure
    ("drug X 15 mg and 30 mg … in 80% and 70%, respectively": 30 mg is the 70%'s arm)."""
    facts = _sentence(claim)
    own = facts.respective[facts.paired.index(_span_in(claim, quantity))]
    return {
        normalise_term(name)
        for s, e, name in claim.terms
        if own[0] <= s - claim.start and e - claim.start <= own[1]
    }


def _unit_measure(quantity: Quantity) -> bool:
    """Whether the figure's own unit says what it counts (``deaths/year``)."""
    return _unit_says_measure(quantity.unit)


@lru_cache(maxsize=1024)
def _unit_says_measure(unit: str | None) -> bool:
    """:func:`_unit_measure` of a unit, read once per unit: figures share a few units."""
    return read_frame("", unit).measures != frozenset()


def _span_in(claim: Claim, quantity: Quantity) -> tuple[int, int]:
    return quantity.start - claim.start, quantity.end - claim.start


VERSUS = re.compile(r"\A\W*(?:versus|vs\.?|against|compar(?:ed|ison)\W+(?:with|to))\W*\Z", re.I)


def _names_versus_figures(
    claim: Claim, figures: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]] | None:
    """The two registry names set against each other before a colon, when the two figures
    after it are set against each other the same way ("apixaban versus warfarin: 1.27% versus
    1.60%"): the figures follow the names' order. None when the sentence is not so built."""
    (first_start, first_end), (second_start, _end) = figures
    listed = PAIR_AND.fullmatch(claim.text, first_end, second_start) is not None
    if not listed and not ARMS_THEN_FIGURES.match(claim.text[first_end:second_start]):
        return None
    spans = sorted({(s - claim.start, e - claim.start) for s, e, _n in claim.outer_terms})
    before = [span for span in spans if span[1] <= first_start]
    if len(before) < 2:
        return None
    # the last two names set against each other before the colon ahead of the figures (the
    # measure may be named after it: "…: major bleeding 1.8% versus 0.6%")
    colon = claim.text.rfind(":", 0, first_start)
    before = [span for span in before if span[1] <= colon]
    if listed:
        # "objective responses with sorafenib and lenvatinib: 11.9% and 24.1%": two names
        # joined by "and" right before the colon, two figures joined by "and" right after it
        # (the order "respectively" would say)
        if (
            len(before) >= 2
            and PAIR_AND.fullmatch(claim.text, before[-2][1], before[-1][0])
            and not claim.text[before[-1][1] : colon].strip(" )")
            and not claim.text[colon + 1 : first_start].strip()
        ):
            return [before[-2], before[-1]]
        return None
    for one, two in reversed(list(itertools.pairwise(before))):
        # ("dulaglutide 1.5 mg against semaglutide 1 mg": a dose is part of its arm's name)
        gap = LEADING_DOSE.sub("", claim.text[one[1] : two[0]], count=1)
        if VERSUS.match(gap) or (
            COMPARED_PAIR.match(gap) and COMPARING.search(claim.text, 0, one[0])
        ):
            return [one, two]
    # "Low-dose colchicine worked as well as the high-dose regimen in AGREE: 37.8% versus
    # 32.7%": two arms compared by a verb, each name with the names said right beside it
    joined: list[tuple[int, int]] = []
    for span in before:
        if joined and not claim.text[joined[-1][1] : span[0]].strip(" -\u00a0"):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    for one, two in reversed(list(itertools.pairwise(joined))):
        if COMPARED_BY_A_VERB.fullmatch(claim.text, one[1], two[0]):
            return [one, two]
    return None


COMPARED_BY_A_VERB = re.compile(
    r"\W*(?:(?:was|were|is|are|did|does|worked|performed|proved|fared)\W+)?(?:(?:just|about"
    r"|almost|nearly)\W+)?(?:as\W+(?:well|good|effective|safe|successful)\W+as|better\W+than"
    r"|worse\W+than|(?:more|less)\W+(?:effective|successful)\W+than|beat|outperformed"
    r"|matched|equalled|equaled|rivalled|rivaled)\W+(?:the\W+|a\W+)?",
    re.IGNORECASE,
)
"""Two arms compared by a verb between their names ("A worked as well as the B", "A did
better than B", "A beat B"), with the figures after a colon in the names' order."""


COMPARED_PAIR = re.compile(r"\A\W*(?:with|to|and)\W*\Z", re.IGNORECASE)
PAIR_AND = re.compile(r"\s*,?\s*and\s+", re.IGNORECASE)
"""Two names or two figures listed as a pair ("sorafenib and lenvatinib", "11.9% and 24.1%")."""
COMPARING = re.compile(r"\bcompar(?:ed|es|ing)\W*\Z", re.IGNORECASE)
"""Two arms named as "compared A with B" ("AMPLIFY compared apixaban with conventional
therapy: …"), as "A versus B" names them."""


LEADING_DOSE = re.compile(
    r"\A\s*\d+(?:\.\d+)?\s*(?:mg/kg|mg|µg|mcg|g|micrograms?|milligrams?)\b", re.IGNORECASE
)
BOTH_ARMS = re.compile(
    r"\b(?:both|the\W+two|each\W+of\W+the\W+two)\W+(?:(?:trial|study|treatment|randomi[sz]ed)"
    r"\W+)?(?:arms|groups)\b|\bbetween\W+(?:the\W+)?(?:two\W+)?(?:arms|groups)\b"
    r"|\b(?:in|for)\W+each\W+(?:arm|group)\b",
    re.IGNORECASE,
)
"""Words that speak of a trial's two arms together without naming either."""
PAIR_JOINED = re.compile(r"\A\W*(?:and|vs\.?|versus|or|,|/)?\W*\Z", re.IGNORECASE)


def one_of_both_arms(claim: Claim, quantity: Quantity) -> bool:
    """:func:`_one_of_both_arms` of the figure's sentence, for the verdicts: the two figures
    of such a pair are the two arms', never one claim's twice."""
    return _one_of_both_arms(claim, quantity, _sentence(claim).figures)


def _one_of_both_arms(
    claim: Claim, quantity: Quantity, figures: tuple[tuple[int, int], ...]
) -> bool:
    """Whether the figure is one of a sentence's first two figures, joined by "and", "vs" or
    a comma alone, after words that speak of both arms without naming them ("similar in the
    two groups: 77.2% and 76.3%"): either may be the control arm's (:attr:`Frame.other_arm`),
    where a figure that names no arm is otherwise read as the treated arm's."""
    if len(figures) < 2 or quantity.start - claim.start not in (figures[0][0], figures[1][0]):
        return False
    (first_start, first_end), (second_start, _end) = figures[0], figures[1]
    return bool(
        PAIR_JOINED.match(claim.text[first_end:second_start])
        and BOTH_ARMS.search(claim.text[:first_start])
    )


ARMS_THEN_FIGURES = re.compile(r"\A\W*(?:versus|vs\.?|against|compar(?:ed|ison)\W+with|to)\W", re.I)


def _arm_in_order(
    claim: Claim, quantity: Quantity, figures: tuple[tuple[int, int], ...]
) -> bool | None:
    """Whether the figure is the control arm's when a sentence names a treatment and its
    control before its first two figures, set against each other ("Fremanezumab beat placebo
    in HALO: 47.7% versus 27.9%", "Placebo against drug K: 9% vs 31%"): the figures follow
    the order of the first name and the control. None when the sentence is not so built."""
    if len(figures) < 2 or _compares_arms(quantity):
        return None
    at = quantity.start - claim.start
    ratios = {q.start - claim.start for q in claim.quantities if _compares_arms(q)}
    # the figure and its neighbour set against it: the first two figures, or a later pair
    # after a dose and a multiple ("Drug K 15 mg led to seven times the loss of placebo:
    # 20.9% versus 3.1%"); never a ratio, which compares the arms ("by 15% versus placebo
    # (HR 0.85)": the 15% is no arm's either)
    pairs = [
        (first, second)
        for first, second in zip(figures, figures[1:], strict=False)
        if at in (first[0], second[0])
        and not ratios & {first[0], second[0]}
        and ARMS_THEN_FIGURES.match(claim.text[first[1] : second[0]])
    ]
    if not pairs:
        return None
    (first_start, _first_end), (second_start, _end) = pairs[0]
    for labelled in (first_start, second_start):
        if any(
            found.end() <= labelled and ARM_LABEL_GAP.fullmatch(claim.text, found.end(), labelled)
            # (the figure's first digit in reach: "vehicle" names an arm only before one)
            for found in CONTROL_ARM.finditer(claim.text, max(0, labelled - 40), labelled + 1)
        ):
            # "trifarotene 42.3% vs vehicle 25.7%", "usual care 18.6% versus EGDT 18.8%": the
            # control arm's name labels the figure right after it, whatever was named before
            return at == labelled
    if (first_start, _first_end) != figures[0] and not CONTROL_ARM.search(
        claim.text[figures[0][0] : first_start]
    ):
        # a later pair is set against the control only where the control is named after
        # the sentence's first figure ("… 15 mg … as placebo: 20.9% versus 3.1%")
        return None
    head = claim.text[:first_start]
    controls = list(CONTROL_ARM.finditer(head))
    if not controls:
        return None
    control = controls[-1]
    # (not a study or group named by the phrase opening the sentence: "In the Temel trial,
    # patients given standard care alone lived 11.6 months, compared with 8.9 months …" names
    # the control first)
    opening = SCOPE_PHRASE.match(claim.text)
    after = opening.end() if opening is not None and opening.end() <= control.start() else 0
    names = [
        s - claim.start for s, _e, _n in claim.outer_terms if after <= s - claim.start < first_start
    ]
    if not names:
        return None  # no treatment named: the order says nothing
    control_first = min(names) > control.start()  # "Placebo against drug K: …"
    return (at == first_start) == control_first


def _compares_arms(quantity: Quantity) -> bool:
    """Whether the figure is a ratio of two arms (hazard, risk or odds ratio, a multiple),
    never one arm's own figure."""
    return quantity.statistic in RATIO_STATISTICS or quantity.unit == "fold"


def _without_figures(claim: Claim, start: int, end: int, headers: str) -> str:
    """The sentence's text from ``start`` to ``end`` (file offsets) with the digits and signs
    of every figure blanked, after ``headers``: the words, not the numbers (a swapped figure
    sits in its sibling's clause); a figure's unit words ("new cases") stay words."""
    chars = list(claim.text[start - claim.start : end - claim.start])
    for quantity in claim.quantities:
        for pos in range(max(start, quantity.start), min(end, quantity.end)):
            if not chars[pos - start].isalpha():
                chars[pos - start] = " "
    return f"{headers} {''.join(chars)}"


GENERIC_WORDS = frozenset(
    comparable_words(
        """people person persons patient patients adult adults woman women man men child children
        user users
        participant participants individual individuals case cases rate rates share proportion
        percent per cent number total estimate estimated estimates around roughly approximately
        nearly almost about some only just still also now currently today each every single
        year years
        month months week weeks day days time times have has had having get gets got affect
        affects affected make makes made occur occurs occurred occurring happen happens happened
        happening reach reaches reached reaching arm arms see seen find found show shows
        perform performs performed performing carried
        shown report reports reported say says said according data figure figures overall
        average typical typically common commonly likely total like around globally worldwide
        nationwide nationally countrywide
        world living live lives country countries population
        give gives giving gave given receive receives receiving received go goes going went
        gone feel feels feeling felt respectively leave leaves leaving left
        suggest suggests suggested indicate indicates indicated reveal reveals revealed pooled
        expect expects expected project projects projected predict predicts predicted
        forecast forecasts forecasted
        means meaning define defines defined definition weigh weighs weighed weighing
        stay stays stayed staying remain remains remained persist persists persisted
        review reviews
        compare compares compared comparing comparison versus
        before after prior since once following until rollout introduced introduction
        launched implemented implementation adopted
        ask asks asked asking include includes included including across put puts putting
        send sends sent sending hold holds held count counts counted counting
        recommend recommends recommended begin begins began begun beginning
        add adds added adding lengthen lengthens lengthened extend extends extended
        prolong prolongs prolonged"""
    ).split()
)
"""Words that say nothing about what a figure measures: who is counted in general, time
words, hedges, and the verbs every statistic is written with (and those a trial arm or an
outcome is told with: "given …", "went a median of …", "felt better after …", "left 9.8% of
patients with …"; and how a source reports it: "pooled data suggest …"), and the
words of a projection, said of figures whose source projects them ("expected to cause …"),
the review a figure is reported from ("according to the Cochrane review"), the link of a
comparison ("cut stroke by 12% compared with warfarin": the arms say what is compared; a
trial or study stays telling, "the RENOIR trial" may be another study's figure), and of a
definition ("very low birthweight means a baby weighs under 1,500 g")."""
UNEXPLAINED_WORDS_FREE = 1  # words the claim does not explain that cost nothing
UNEXPLAINED_WORD_PENALTY = 4.0  # per further word the claim does not explain …
UNEXPLAINED_WORDS_COUNTED = 4  # … up to this many


def _telling(words: list[str]) -> frozenset[str]:
    """The words that may tell claims apart: no stop word, generic word or number."""
    return frozenset(
        w
        for w in words
        if len(w) > 2
        and w not in STOP_WORDS
        and w not in GENERIC_WORDS
        and not any(ch.isdigit() for ch in w)
    )


COUNT_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve first third""".split()
)
"""Numbers in words that spaCy counts as stop words but that tell sibling claims apart when
no figure holds them: "those with three (risk factors)", "the third dose", "two or more
children" said of a figure's group."""


def _telling_counts(words: list[str]) -> frozenset[str]:
    """The words of :func:`_telling` and the :data:`COUNT_WORDS` among ``words``."""
    return _telling(words) | (COUNT_WORDS & frozenset(words))


SAME_PEOPLE_VERB = re.compile(
    r"\s+(?:still\s+|also\s+|now\s+)?(?:have|has|had|are|were|get|got|develop(?:ed)?"
    r"|report(?:ed)?|need(?:ed)?|die[sd]?|went|go|take|took|use[sd]?|remain(?:ed)?)\b",
    re.IGNORECASE,
)
"""A verb right after a bare share: "… and 10% have untreated decay", "… and 4% died"."""


def _same_people_before(claim: Claim, quantity: Quantity) -> Frame | None:
    """The group (ages, stage of life, sex) of the people a bare share is of, when the share
    goes straight on to a verb (no "of …" of its own) after an earlier share of the sentence
    that names its people ("23% of children aged 2 to 5 have had decay and 10% have untreated
    decay": the 10% are of those children); None otherwise, or when the earlier share names
    no group."""
    if quantity.unit != "percent" or not SAME_PEOPLE_VERB.match(
        claim.text, quantity.end - claim.start
    ):
        return None
    earlier = [
        q
        for q in claim.quantities
        if q.end <= quantity.start and q.unit == "percent" and _share_of_text(claim, q)
    ]
    if not earlier:
        return None
    before = earlier[-1]
    start, end = clause_span(claim, before)
    said = read_frame(
        claim.text[start - claim.start : end - claim.start],
        before.unit,
        skip=(before.start - start, before.end - start),
    )
    return said if said.ages or said.life_stages or said.sexes else None


def _share_of_text(claim: Claim, quantity: Quantity, paired: bool = False) -> str:
    """The one to three words after a percentage's "of" ("40–70% of HCC" -> "HCC"). For a
    figure a "respectively" list pairs with a group after it, only the words before the
    list: in "45%, 42% and 34% of patients responded with velumab every 2 weeks, every 4
    weeks and placebo, respectively", the 34% is a share of patients, not "of patients …
    with velumab" (the first arm)."""
    if quantity.unit != "percent":
        return ""
    text = claim.text[quantity.end - claim.start :]
    if paired:
        after = [
            m[0] for m in _sentence(claim).respective or () if m[0] >= quantity.end - claim.start
        ]
        if after:
            text = claim.text[quantity.end - claim.start : min(after)]
    found = SHARE_OF.match(text)
    return found.group(1) if found else ""


def _telling_words(claim: Claim, start: int, end: int, headers: str) -> frozenset[str]:
    """The words of the figure's clause (and its cell's row and column headers, not the
    table's title, which often names a source) that say what is measured, beyond the
    registry names found there (weighed as names) and every figure with its unit words
    (weighed by conversion): "serious adverse events occurred in 38.3%" says "serious
    adverse event", which a claim about the primary outcome does not explain."""
    chars = list(claim.text[start - claim.start : end - claim.start])
    spans = [(q.start, q.end) for q in claim.quantities] + [(s, e) for s, e, _n in claim.terms]
    # … and the study noun right after a name ("the ZOE-50 trial", "the Rotterdam study"):
    # part of the name, which is weighed as a name (a study noun said alone stays telling)
    spans += [
        (e, e + found.end())
        for _s, e, _n in claim.terms
        if (found := STUDY_NOUN_AFTER.match(claim.text[e - claim.start :]))
    ]
    for s_, e_ in spans:
        for pos in range(max(start, s_), min(end, e_)):
            chars[pos - start] = " "
    text = "".join(chars)
    # … nor why it is so: "…, because it rarely causes symptoms" after the clause's last
    # figure explains the figure, it does not say what is counted
    last = max((q.end for q in claim.quantities if start <= q.start < end), default=start)
    reason = REASON_AFTER.search(text, last - start)
    if reason is not None:
        text = text[: reason.start()]
    # a look-back period ("at some point in their lives") is the frame's to weigh, not words
    # a claim must say
    for pattern, _days in LOOK_BACK_PHRASES:
        if pattern.search(text):  # (a needle check first: most clauses say none)
            text = pattern.sub(" ", text)
    # … nor who said it: "according to Frontier Economics", "said Dr Lyle, a consultant"
    text = ATTRIBUTION.sub(" ", text)
    # … nor examples of what it names: "skin reactions such as itching, redness and
    # swelling" are skin reactions, whose claim need not list them
    text = EXAMPLES_LISTED.sub(" ", text)
    # … and an everyday phrase is the field's word it says: "cause no symptoms" leaves
    # "asymptomatic" to explain, not "cause" and "symptoms"
    if LAY_SAID.search(text):
        text = field_words(text)
    # … and an adjective of nationality the country it names: "Danish surgeons" are Denmark's
    if DEMONYM.search(text):
        text = countries_for_demonyms(text)
    return _telling_counts(comparable_words(f"{headers} {text}").split())


STUDY_NOUN_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:phase[ \u00a0]+(?:[1-4]|I{1,3}|IV)[ab]?|randomi[sz]ed|clinical|pivotal"
    r"|controlled|placebo-controlled)[ \u00a0]+)*"
    r"(?:trials?|study|studies|cohort|programme|program|registry|survey)\b",
    re.IGNORECASE,
)
"""A study noun right after a registry name ("ZOE-50 trial", "Framingham study")."""
REASON_AFTER = re.compile(
    r",\s*(?:because|since|as(?!\s+(?:well|much|many|high|low|of|a|an|the)\b)|given\s+that"
    r"|which\s+(?:means|is\s+why)|so\s+that)\b",
    re.IGNORECASE,
)
"""A clause of reason or consequence after a figure: why it is so, not what it counts."""
_NAMED = r"(?:the\W+)?(?:(?:Dr|Prof(?:essor)?|Mr|Mrs|Ms|Sir|Dame)\.?\W+)?[A-Z][^.;:!?]*"
ATTRIBUTION = re.compile(
    r"\baccording\W+to\W+[^.;:!?]*"
    rf"|\b(?:said|says|told|added|explained|warned|noted|wrote)\W+{_NAMED}"
    r"|\b(?:figures|data|statistics|estimates|a\W+report|research|analysis)\W+(?:from|by)\W+"
    r"(?:the\W+)?(?:[A-Z][\w'’&.-]*\W+){1,5}(?:show(?:s|ed)?|found|suggest(?:s|ed)?)\b",
)
"""Who a figure is attributed to, which says nothing of what it measures: "…, according to
Cancer Research UK", "…,' said Dr Sara Lyle, a consultant in immunisation", "figures from
NHS Digital show …" (news copy attributes nearly every figure). A claim need not explain it."""


@per_claim
def claim_vocabulary(registry_claim: RegistryClaim) -> frozenset[str]:
    """Every word the claim says about itself: statement, variants, subject and context
    names, declared frame, and its sources' quotes."""
    texts = (
        registry_claim.statement,
        *registry_claim.variants,
        *registry_claim.subject,
        *registry_claim.context,
        *registry_claim.group,
        registry_claim.measure or "",
        registry_claim.timepoint or "",
        *(_quoted_about_value(registry_claim, s.quote or "") for s in registry_claim.sources),
        _period_words(registry_claim.value.unit),
        (registry_claim.value.unit or "").replace("/", " "),  # "deaths", "infections/year"
        _fatal_words(registry_claim),
    )
    words = frozenset(word for text in texts for word in comparable_words(text).split())
    # … in either spelling ("esophageal" is a word of the claim about oesophageal cancer)
    # and by another name for the same people ("US doctors" for its US physicians)
    return (
        words
        | frozenset(other_spelling(word) for word in words)
        | frozenset(SAME_PEOPLE[word] for word in words & SAME_PEOPLE.keys())
        | frozenset(same for word in words & BORN.keys() for same in BORN[word])
    )


SAME_PEOPLE = {"physician": "doctor", "doctor": "physician", "gp": "doctor", "gps": "doctor"}
"""Words (as :func:`comparable_words` gives them) that name the same people: a physician is
a doctor, and a GP one too."""
BORN = {"birth": ("born", "babi", "baby", "newborn")}
"""A claim counted per births speaks of babies born: "1 in 13 babies born with it" uses no
word the claim "1 out of every 365 births" does not explain."""


def _fatal_words(registry_claim: RegistryClaim) -> str:
    """ "fatal" for a claim that counts deaths (its unit or declared measure): "117,941 fatal
    overdoses" says the claim's deaths from overdose, no narrower kind of overdose."""
    said = f"{registry_claim.value.unit or ''} {registry_claim.measure or ''}".lower()
    return "fatal fatalities" if "death" in said else ""


PERIOD_WORDS = {
    "day": "daily day a day per day 24 hours",
    "week": "weekly week a week per week",
    "month": "monthly month a month per month",
    "year": "annual annually yearly year a year per year",
}
"""How a page says the period of a value per period: "daily micturitions" say the claim's
micturitions/day, "annual cost" its USD/year, so neither word narrows the claim."""


def _period_words(unit: str | None) -> str:
    period = (unit or "").rpartition("/")[2]
    return PERIOD_WORDS.get(period, PERIOD_WORDS["day"] if period == "24h" else "")


def _states_value(figure: Quantity, registry_claim: RegistryClaim) -> bool:
    value = registry_claim.value
    converted = convert(figure, value.unit)
    return converted is not None and (converted.low, converted.high) == (value.low, value.high)


def _quoted_about_value(registry_claim: RegistryClaim, quote: str) -> str:
    """The part of a source's quote that speaks of the claim's own figure: the clause of
    that figure when the quote states it among others ("infusion reactions in 26.4% … and
    ARIA-E in 12.6%" explains ARIA-E for the 12.6% claim, not infusion reactions)."""
    figures = tuple(q for q in find_quantities(quote) if q.kind != "duration")
    target = next((q for q in figures if _states_value(q, registry_claim)), None)
    if target is None or len(figures) < 2:
        return quote
    start, end = clause_of(quote, figures, target)
    return quote[start:end]


EXPLAINED_FOR = 8  # candidates, best first, whose unexplained words are worked out
EXPLAINED_FLOOR = 60.0  # the text score of a clause the claim explains word for word
EXPLAINED_SLACK = 5.0  # … when its evidence is at most this far below a subject named there


SYNONYMOUS_MEASURES = frozenset({"deaths", "cost", "survival", "recurrence"})
"""Measures whose every word says the same thing ("died", "killed", "deaths"; "costs",
"charge", "fee"; "survival", "alive", "survive"): unlike "cases" ("diagnosed" is not
"develop cirrhosis") or "response"."""


CONTROL_ARM_WORDS = frozenset(
    comparable_words(
        """placebo sham dummy usual standard care control controls observation watchful
        waiting physician investigator choice best supportive untreated"""
    ).split()
)
"""The words a control arm is named by (frames' CONTROL_ARM): a control arm's claim
explains them, whatever its statement calls the arm."""


NEW_CASE_WORDS = frozenset(
    comparable_words(
        """new newly incident diagnosed diagnosis diagnoses develop develops developed
        developing"""
    ).split()
)
"""The words that say a count is of new cases ("newly diagnosed", "develop it each year"):
a claim that counts new cases (declared ``measure: incidence``, or said so) explains them,
whether its statement says "incidence" or "diagnosed" (frames' INCIDENCE)."""


AGE_WORDS = frozenset(
    comparable_words(
        """aged age ages adolescent adolescents teenager teenagers teen teens infant infants
        baby babies toddler toddlers newborn newborns elderly young younger old older"""
    ).split()
)
"""Words that say an age group or a stage of life (weighed by the frame's age slot)."""
AGE_GROUP_SAID = re.compile(
    r"\bage[-\s]*(?:groups?|bands?|brackets?|ranges?|categor(?:y|ies)|cohorts?)\b", re.IGNORECASE
)
"""Age groups named as such ("the 70–79 and 80-plus age groups", frames' NAMED_AGE_RUN)."""
AGE_GROUP_WORDS = frozenset(
    comparable_words("plus group groups band bands bracket brackets range ranges category").split()
)
"""The words beside the ages of age groups named as such, which the frame's age slot weighs."""


REGIMEN_STEPS = re.compile(r"\b(?:or|then|followed\W+by)\b|/", re.IGNORECASE)
"""What joins a regimen's alternatives or steps ("heparin then warfarin or a VKA")."""


RESULT_WORDS = frozenset(
    comparable_words("result results outcome outcomes finding findings").split()
)
"""Words that say only that a figure is a result (a row headed ``Result``, ``the outcome
was``): no claim explains them, and none is told apart by them."""
ZERO_WORDS = frozenset(comparable_words("zero").split())
"""``zero`` said as ``no`` (``zero attacks``, ``the zero-attack rate``): a claim that says
without something explains it (the polarity weighs with against without)."""


def _unexplained_stems(registry_claim: RegistryClaim, around: Surroundings) -> frozenset[str]:
    """The clause's telling words the claim does not explain: not in its vocabulary
    (:func:`claim_vocabulary`), nor words saying the measure it is of ("killed" and "died"
    for a claim of deaths whose statement says "deaths"; "charge" for a price)."""
    unexplained = around.telling_words - claim_vocabulary(registry_claim) - RESULT_WORDS
    if unexplained & ZERO_WORDS and _claim_polarities(registry_claim)[2].anywhere:
        unexplained -= ZERO_WORDS  # "Zero attacks" for a claim of those with "no attacks"
    if unexplained & AGE_WORDS and around.frame.ages:
        frame = claim_frame(registry_claim)
        if frame.ages or frame.life_stages:
            # "adolescents aged 12 to 17" against a claim about children: the frame weighs
            # the age groups both state, and a claim that states one explains the words
            # that say it (an age the frame could not read, "6–12 weeks", still costs)
            unexplained -= AGE_WORDS
            if AGE_GROUP_SAID.search(around.clause):
                # "in the 70–79 and 80-plus age groups": the words that name the age groups
                unexplained -= AGE_GROUP_WORDS
    if unexplained and claim_frame(registry_claim).stages & around.frame.stages:
        # "whose cancer has spread to distant organs" against a claim about distant disease:
        # the words that say the stage the claim states are its
        for stage in claim_frame(registry_claim).stages & around.frame.stages:
            for found in STAGES[stage].finditer(around.clause):
                unexplained -= set(comparable_words(found.group()).split())
    if unexplained & CONTROL_ARM_WORDS and claim_frame(registry_claim).control:
        unexplained -= CONTROL_ARM_WORDS  # "usual care" for a claim about the control arm
    if unexplained & NEW_CASE_WORDS and claim_frame(registry_claim).count_of == "new":
        unexplained -= NEW_CASE_WORDS  # "newly diagnosed" for a claim of an incidence
    if unexplained and MONOTHERAPY in claim_arm_words(registry_claim):
        # "those given a single drug" for a claim about the monotherapy arm
        for found in ALONE.finditer(around.clause):
            unexplained -= set(comparable_words(found.group()).split())
    if unexplained and around.measure_stems:
        for measure in claim_frame(registry_claim).measures & SYNONYMOUS_MEASURES:
            unexplained -= around.measure_stems.get(measure, frozenset())
    if unexplained and len(around.pieces) > 1 and registry_claim.group:
        # a table header naming the claim's declared arm among the alternatives or steps of
        # one regimen names it whole: the column "Heparin then warfarin or VKA" is the
        # warfarin arm's, "heparin" and "VKA" with it ("Dupilumab 300 mg weekly" still says
        # "weekly", and "A with B" is a combination, another arm)
        group = {w for label in registry_claim.group for w in comparable_words(label).split()}
        for header in around.pieces[1:]:
            words = set(comparable_words(header).split())
            if words & group and REGIMEN_STEPS.search(header):
                unexplained -= words
    if unexplained & STUDY_WORDS and claim_vocabulary(registry_claim) & STUDY_WORDS:
        unexplained -= STUDY_WORDS  # "the ProMISe study" for a claim about the ProMISe trial
    if unexplained and around.spelled_out:
        unexplained -= _spelled_out_words(registry_claim, around)
    if unexplained and (said := DIFFERS_BY.search(around.clause)) is not None:
        # "Heat-health alert thresholds differ by region: 25°C in the North East …": the
        # words that say the figures are told apart by something frame the list, no part
        # of what any one claim counts
        unexplained -= set(comparable_words(said.group()).split())
    return unexplained


DIFFERS_BY = re.compile(
    r"\b(?:differ(?:s|ed)?|var(?:y|ies|ied)|depends?|depended)\s+(?:by|between|across|with|on)"
    r"\s+(?:the\s+)?[\w-]+",
    re.IGNORECASE,
)
"""A lead saying that the figures after it are told apart ("differ by region", "vary by
age", "depends on the donor")."""
STUDY_WORDS = frozenset(comparable_words("study studies trial trials").split())
"""Words for a study that pages use for one another: a claim about a trial explains "the
… study", as it explains "the … trial"."""
SPELLED_OUT = re.compile(
    r"(?P<long>(?:[A-Z][\w'-]*\s+(?:(?:in|of|and|for|the|with|on|to|after|at)\s+)*){2,9})"
    r"\((?P<short>[A-Za-z][\w-]*)\)"
    r"|\b(?P<short_first>[A-Z][A-Z0-9-]{2,})\s+\((?P<long_after>[A-Z][^()]{8,160})\)"
)
"""A name spelled out before its short form in brackets: "Protocolised Management in Sepsis
(ProMISe)", "Adjunctive Corticosteroid Treatment … (ADRENAL)"; or after it: "ARISTOTLE
(Apixaban for Reduction in Stroke and Other Thromboembolic Events …)"."""


def _spelled_out_words(registry_claim: RegistryClaim, around: Surroundings) -> frozenset[str]:
    """The words of each name the clause spells out before a short form the claim says
    (:attr:`Surroundings.spelled_out`): they are that name's, explained by it, not words of
    other things the sentence speaks of."""
    vocabulary = claim_vocabulary(registry_claim)
    words: set[str] = set()
    for short, long in around.spelled_out:
        if short in vocabulary:
            words.update(comparable_words(long).split())
    return frozenset(words)


def _all_explained(registry_claim: RegistryClaim, around: Surroundings) -> bool:
    """Whether the claim explains the clause's words, but for the one that is free."""
    return len(_unexplained_stems(registry_claim, around)) <= UNEXPLAINED_WORDS_FREE


COMPANION_BONUS = 8.0  # the clause's other figure is one the claim's statement states too
COMPANION_PENALTY = 15.0  # … the statement states another figure of that unit instead


def _same_figure(quantity: Quantity, figure: Quantity) -> bool | None:
    """Whether two figures are the same (None: units that do not compare). Two bounds open
    on opposite sides are not, at one number: "1000 mg/g or less" and "above 1000 mg/g"
    set the two subgroups a threshold divides people into."""
    converted = convert(quantity, figure.unit)
    if converted is None:
        return None
    if _open_side(converted) * _open_side(figure) < 0:
        return False
    ends = {round(v, 6) for v in (converted.low, converted.high) if v is not None}
    theirs = {round(v, 6) for v in (figure.low, figure.high) if v is not None}
    return ends == theirs


def companion_evidence(registry_claim: RegistryClaim, around: Surroundings) -> float:
    """What the clause's other figures say: a threshold, dose or count the claim's statement
    states too ("50.5% lost at least 5%" beside "… 86.4% lost at least 5% of their weight")
    attributes the figure to it; one where the statement states another figure of that unit
    ("at least 15%", "15 mg" where the page says "5 mg") points at a sibling."""
    return _companion_bonus(*companion_agreement(registry_claim, around))


def _companion_bonus(agreeing: int, disagreeing: int) -> float:
    """The evidence of so many agreeing and disagreeing companions (:func:`companion_evidence`)."""
    return agreeing * COMPANION_BONUS - disagreeing * COMPANION_PENALTY


def companion_agreement(registry_claim: RegistryClaim, around: Surroundings) -> tuple[int, int]:
    """(how many of the clause's other figures the claim's statement states too, how many
    it states another figure of that unit instead): see :func:`companion_evidence`."""
    if not around.companions:
        return 0, 0
    value = registry_claim.value
    figures = [
        f
        for f in statement_quantities(registry_claim)
        if (f.low, f.high) != (value.low, value.high) and f.kind != "duration"
    ]
    agreeing = disagreeing = 0
    for companion in around.companions:
        same = [_same_figure(companion, f) for f in figures]
        if any(same):
            agreeing += 1
        elif False in same:
            disagreeing += 1
    return agreeing, disagreeing


def _open_side(quantity: Quantity) -> int:
    """+1 for a lower bound ("above 1000 mg/g", "50% or greater": open above), -1 for an
    upper bound ("1000 mg/g or less"), 0 for a value or an interval."""
    if quantity.low is not None and quantity.high is None:
        return 1
    if quantity.high is not None and quantity.low is None:
        return -1
    return 0


def _is_bound(quantity: Quantity) -> bool:
    return quantity.kind != "duration" and (
        quantity.comparator is not None or quantity.low is None or quantity.high is None
    )


MEAN_CHANGE = re.compile(
    r"\b(?:mean|average|median)\b[^.;]{0,40}\b(?:change|loss|reduction|gain)\b"
    r"|\b(?:lost|gained|shed|lowered|reduced|fell|dropped)\W+(?:an?\W+)?(?:mean|average|median)\b",
    re.IGNORECASE,
)


def _states_mean_change(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's value is a mean change (a negative value, "mean … change" or
    "lost a mean 14.9%")."""
    value = registry_claim.value
    return (value.high is not None and value.high < 0) or bool(
        MEAN_CHANGE.search(registry_claim.statement)
    )


THRESHOLD_NOT_CHANGE = "it states a mean change, the figure is a threshold a share reached"


def _threshold_of_a_share(around: Surroundings, quantity: Quantity) -> bool:
    """Whether the figure is a bound said after a share of people in its clause ("38.0% of
    participants lost at least 15% of body weight", "79% reached an HbA1c of 6.5% or
    less"): the level the share's people reached, which defines its outcome."""
    return _is_bound(quantity) and any(
        c.start < quantity.start and c.unit in PROPORTION_UNITS and not _is_bound(c)
        for c in around.companions
    )


SHARE_NOT_MEAN = "it states a mean change, the figure is the share past a threshold"


def _share_past_a_threshold(around: Surroundings, quantity: Quantity) -> bool:
    """Whether the figure is a share of people followed in its clause by the bound they
    reached ("20.1% lost 10% or more", "38.0% of participants lost at least 15%")."""
    return (
        quantity.unit in PROPORTION_UNITS
        and not _is_bound(quantity)
        and any(
            c.start > quantity.start and c.unit == quantity.unit and _is_bound(c)
            for c in around.companions
        )
    )


def threshold_of_a_share(
    registry_claim: RegistryClaim, around: Surroundings, quantity: Quantity
) -> str | None:
    """Why the claim is not the figure's, when the figure is the threshold of a share said
    before it (:func:`_threshold_of_a_share`): against a mean change, a threshold people
    reached is no change of them all; against a share past another threshold in the
    figure's unit ("79% reached an HbA1c below 7.0%" for "… of 6.5% or less"), the figure
    is that outcome's threshold said otherwise, never the claim's share. None otherwise
    (the claim's own threshold said again is the claim's, :func:`restates`)."""
    if _share_past_a_threshold(around, quantity):
        # "… and 20.1% lost 10% or more": the share of people past the threshold, no
        # mean change of them all
        return SHARE_NOT_MEAN if _states_mean_change(registry_claim) else None
    if not _threshold_of_a_share(around, quantity):
        return None
    if _states_mean_change(registry_claim):
        return THRESHOLD_NOT_CHANGE
    value = registry_claim.value
    stated = [
        f
        for f in statement_quantities(registry_claim)
        if (f.low, f.high) != (value.low, value.high)
        and _is_bound(f)
        and f.unit == quantity.unit
        and f.kind == quantity.kind
    ]
    same = [_same_figure(quantity, f) for f in stated]
    if False in same and not any(same):
        return ANOTHER_THRESHOLD.format(stated[same.index(False)].text)
    return None


DIFFERENCE_WORD = re.compile(r"\b(?:differ(?:ence|ences|ed|s)?|ETD)\b", re.IGNORECASE)
DIFFERENCE_SAID = StartScanned(
    re.compile(
        r"\b(?:(?:treatment|mean|absolute|estimated|between-group)\W+differences?"
        r"|differences?\W+(?:between|from|versus|vs\.?)|ETD)\b",
        re.IGNORECASE,
    )
)
"""A figure said as the difference between two arms ("the estimated treatment difference
was -3.55 kg", "a difference between the groups of 4.1 kg"): CONSORT's effect size."""
A_DIFFERENCE = "it is a difference between arms, the figure one arm's in a comparison or list"
ONE_ARM = "it is one arm's, the figure a difference between arms"


def _said_as_difference(claim: Claim, quantity: Quantity) -> bool:
    """Whether the words before the figure, back to the figure before it that is no dose,
    say it as a difference between arms ("the treatment difference between semaglutide 1 mg
    and dulaglutide fell by 4.1 kg": a dose names an arm, so the clause reaches past it)."""
    start = max(
        (
            q.end - claim.start
            for q in claim.quantities
            if q.end <= quantity.start and not is_dose(q)
        ),
        default=0,
    )
    return DIFFERENCE_SAID.search(claim.text, start, quantity.start - claim.start) is not None


def _difference_or_side(registry_claim: RegistryClaim, one_side: bool) -> str | None:
    """Why the claim is not the figure's, when one is a difference between two arms and the
    other one arm's: a figure paired with its arm ("6.5 kg and 3.0 kg, respectively", "6.5
    kg versus 3.0 kg") is no claim stating a difference; a figure said as the difference
    ("the treatment difference was 4.1 kg") is no claim of one declared group that states
    no difference (whose value is that arm's change)."""
    states_difference = DIFFERENCE_WORD.search(registry_claim.statement) is not None
    if one_side:
        return A_DIFFERENCE if states_difference else None
    if states_difference or not registry_claim.group:
        return None
    return ONE_ARM


ANOTHER_COURSE = "it is about another group ({})"


@per_claim
def _group_lengths(registry_claim: RegistryClaim) -> tuple[Quantity, ...]:
    """The lengths of time the claim's declared ``group`` states (IDEA's ``group: [3
    months]``, a course of treatment that sets the arm)."""
    return tuple(
        q
        for label in registry_claim.group
        for q in find_quantities(label)
        if q.kind == "duration" and not EVERY_BEFORE.search(label, 0, q.start)
    )  # ("every 4 weeks" is how often, no length: a schedule)


TIMEPOINT_AT = re.compile(r"\b(?:at|by)\s+(?:the\s+)?\Z", re.IGNORECASE)
"""A duration right after "at" or "by" is a timepoint ("at 2 hours"), never a course."""


def another_course_length(
    registry_claim: RegistryClaim, lengths_said: tuple[Quantity, ...]
) -> str | None:
    """The length of time the claim's ``group`` declares, when the figure's clause states
    lengths in that unit (``lengths_said``) and none is it ("… and 74.6% with 6 months"
    against the claim about the arm given 3 months): another arm of a trial of treatment
    lengths. None otherwise (the words of a length are a figure's: no group words tell)."""
    for length in _group_lengths(registry_claim):
        said = [c for c in lengths_said if c.unit == length.unit]
        if said and not any(_same_figure(c, length) for c in said):
            return length.text
    return None


ANOTHER_LEVEL = "its threshold is of another level ({})"


def _threshold_levels(claim: Claim, quantity: Quantity, around: Surroundings) -> frozenset[str]:
    """The levels (:data:`~claimcheck.verify.frames.LEVELS`) the bounds of the figure's
    clause, the figure among them, are thresholds of: "an LDL cholesterol below 70 mg/dL"."""
    bounds = [q for q in (quantity, *around.companions) if _is_bound(q)]
    return frozenset().union(*(levels_before(claim.text, q.start - claim.start) for q in bounds))


@per_claim
def _claim_threshold_levels(registry_claim: RegistryClaim) -> frozenset[str]:
    """The levels the bounds a claim's statement states (not its value) are thresholds of:
    "79% reached an HbA1c below 7.0%" is of HbA1c."""
    value = registry_claim.value
    return frozenset().union(
        *(
            levels_before(registry_claim.statement, f.start)
            for f in statement_quantities(registry_claim)
            if (f.low, f.high) != (value.low, value.high) and _is_bound(f)
        )
    )


def another_threshold(registry_claim: RegistryClaim, around: Surroundings) -> str | None:
    """The threshold the claim's statement defines its outcome by, when the figure's clause
    defines it by another in the same unit ("reached a serum urate below 5.0 mg/dL" against
    "… below 6.0 mg/dL"; "a haemoglobin rise of more than 2.0 g/dL" against "at least 1.0
    g/dL"): another outcome, whatever the shares; None when they agree or cannot compare."""
    bounds = [c for c in around.companions if _is_bound(c)]
    if not bounds:
        return None
    value = registry_claim.value
    if _states_mean_change(registry_claim):
        # "Weight loss ≥15% | 50.5%": a share of people past a threshold, never the mean
        # change a claim states (a negative value, or "mean … change")
        return f"none: it states a mean change, the figure a share past {bounds[0].text}"
    stated = [
        f
        for f in statement_quantities(registry_claim)
        if (f.low, f.high) != (value.low, value.high) and _is_bound(f)
    ]
    for companion in bounds:
        same = [_same_figure(companion, f) for f in stated]
        if False in same and not any(same):
            return next(f.text for f, agrees in zip(stated, same, strict=True) if agrees is False)
    return None


LEVEL_SET = NeedleScanned(
    re.compile(
        r"\b(?P<name>[A-Za-z][\w-]*\d[\w-]*|[A-Z]{2,}[\w-]*)[ \t]*=[ \t]*"
        r"(?P<level>\d+(?:\.\d+)?)\b(?![.,]\d)"
    )
)
"""A score set to one level with ``=`` (``UAS7 = 0``, ``mRS = 2``, ``EDSS = 3.0``): the
outcome a table's column or a clause counts, as a bound sets one (``UAS7 ≤ 6``)."""


def _bound_of_another_level(registry_claim: RegistryClaim, around: Surroundings) -> str | None:
    """The bound the claim's statement sets a score by (``a UAS7 ≤ 6``) when the figure's
    clause or headers set that score to one level with ``=`` (``UAS7 = 0``): another outcome
    (those at 0 are a part of those at 6 or less), whatever the shares; None when the claim
    sets no bound on a score the clause sets."""
    value = registry_claim.value
    statement = registry_claim.statement
    for bound in statement_quantities(registry_claim):
        if not _is_bound(bound) or (bound.low, bound.high) == (value.low, value.high):
            continue
        named = re.search(r"([A-Za-z][\w-]*)[^\w]*\Z", statement[: bound.start])
        if named is None:
            continue
        for piece in around.pieces:
            for level in LEVEL_SET.finditer(piece):
                if level.group("name").lower() != named.group(1).lower():
                    continue
                return bound.text  # one level is no bound's outcome, even one inside it
    return None


@per_claim
def subgroup_thresholds(registry_claim: RegistryClaim) -> tuple[Quantity, ...]:
    """The bounds and ranges a claim's statement defines its people by: of a ratio claim (a
    hazard ratio, relative risk or odds ratio, whose value has no unit) a share or a level,
    KEYNOTE-189's "a PD-L1 tumour proportion score of 50% or greater" (a subgroup of the
    trial, not its whole); of a share or a count, a level in a unit of measurement, PCPT's
    "men whose PSA was 2.1 to 3.0 ng/mL"."""
    value = registry_claim.value
    # a score's share or a level set a ratio's subgroup ("one or more falls" sets an outcome);
    # of a share or a count, only a level in a unit of measurement does (a share's or a
    # count's bounds in its own kind are as often its value, said again)
    kinds = ("percent", "measure") if value.unit is None else ("measure",)
    statement = registry_claim.statement
    return tuple(
        f
        for f in statement_quantities(registry_claim)
        if f.kind in kinds
        and (_is_bound(f) or (f.low is not None and f.low != f.high))
        and f.unit is not None
        and f.unit != value.unit
        # the value's own unit however spelled ("mg/m²" of a value "mg/m2" extracted): "should
        # not exceed 450 mg/m²", "up-dosed to at most 40 mg a day" state the value itself
        and (value.unit is None or convert(f, value.unit) is None)
        # "a sustained decline in eGFR of at least 50%" sets the outcome, not the people
        and not OUTCOME_THRESHOLD.search(statement[max(0, f.start - 60) : f.start])
    )


@per_claim
def subgroup_threshold_units(registry_claim: RegistryClaim) -> tuple[str, ...]:
    """The units of :func:`subgroup_thresholds`, in order: whether a sibling has any, and in
    which units, without its statement's figures (kept for later runs, ``stored_memos``,
    where the figures are not: every sibling of every figure is asked)."""
    return tuple(threshold.unit for threshold in subgroup_thresholds(registry_claim))


@lru_cache(maxsize=4096)
def _header_figures(headers: tuple[str, ...]) -> tuple[Quantity, ...]:
    """The figures of some texts, read once however many figures ask: a table cell's row
    and column headers ("80–108 mg/dL"), or the sentence before one giving its figures again."""
    return tuple(q for header in headers for q in find_quantities(header))


def another_subgroup(
    registry_claim: RegistryClaim, said: tuple[Quantity, ...]
) -> tuple[str | None, bool]:
    """(why the claim is not the figure's, whether the sentence leaves its subgroup unsaid)
    for a claim about a subgroup set by a threshold (:func:`subgroup_thresholds`): where the
    sentence (``said``, its other figures) states a figure in the threshold's unit and none
    is the threshold, the figure is about another subgroup ("below 1%" against "50% or
    greater"); where it states none in that unit, the subgroup is unsaid, which a page may
    leave out ("an NNT of 2.5" of "at least 50% pain relief") but which rules the claim out
    beside one about the whole ("the hazard ratio for death was 0.49": the trial's)."""
    unsaid = False
    for threshold in subgroup_thresholds(registry_claim):
        same = [_same_figure(figure, threshold) for figure in said if figure.unit == threshold.unit]
        if True in same:
            continue
        if False in same:
            return f"{ANOTHER_SUBGROUP} ({threshold.text})", False
        unsaid = True
    return None, unsaid


ANOTHER_SUBGROUP = "it is about another subgroup"
SUBGROUP_SAID = "the figure is about a subgroup, the claim about the whole"
UNSAID_SUBGROUP = "it is about a subgroup the sentence does not name, beside the whole's claim"


ALL_CAUSES = re.compile(
    r"\b(?:all[- ]cause|any\W+cause|all\W+causes|overall\W+(?:mortality|deaths?|survival)"
    r"|total\W+mortality)\b",
    re.IGNORECASE,
)
"""Deaths counted whatever killed (all-cause mortality, death from any cause)."""
CAUSE_OF_DEATH_AFTER = re.compile(
    r"\b(?:die[ds]?|dying|deaths?|mortality|death\W+rates?)\W+(?:from|due\W+to|caused\W+by"
    r"|attributed\W+to)\W+(?:an?\W+|the\W+)?(?P<after>[^\W\d_][\w-]*)"
    r"|\b(?:die[ds]?|dying)\W+of\W+(?:an?\W+|the\W+)?(?P<of>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)
"""The cause said after the deaths or the verb, in any tense: "deaths from lung cancer", "died
of stroke", "as likely to die from cardiovascular causes"."""
CAUSE_OF_DEATH = re.compile(
    CAUSE_OF_DEATH_AFTER.pattern
    + r"|(?<![\w-])(?P<before>[^\W\d_][\w-]*?)(?:[- ](?:related|specific|associated))?[ -]+"
    r"(?:deaths?|mortality|death\W+rates?)\b",
    re.IGNORECASE,
)
"""Deaths of one cause, said after them or before them: "cardiovascular death",
"liver-specific mortality", "died of stroke", "deaths from lung cancer"."""
NOT_A_CAUSE = frozenset(
    """the a an of all any and or its their these those such no zero more fewer many most
    premature excess early late total overall annual yearly reported recorded estimated
    global worldwide national hospital in-hospital perinatal neonatal infant child childhood
    maternal adult under-five preventable avoidable attributable associated additional
    cumulative crude age-adjusted age-standardised age-standardized age-specific standardised
    standardized observed expected predicted projected operative postoperative perioperative
    relative absolute risk rate higher lower increased reduced new per million thousand
    which whose cause it them this that
    disease condition illness infection virus""".split()
)
"""Words before "deaths" or "mortality" that say how, when, where or whose, not a cause; and
a general noun said alone after it, which points back to the page's subject ("die from the
disease", "died of the infection")."""
ALL_CAUSE = "any cause"
PERIOD_WORD = re.compile(r"(?:year|month|week|day|hour)s?$", re.IGNORECASE)
LIVES_SAID = re.compile(r"\blives\b", re.IGNORECASE)
"""Lives saved, claimed or lost: deaths counted (or prevented), never new events."""
DEATH_WORD = NeedleScanned(re.compile(r"\b(?:died|die|deaths?|mortality|dying)\b", re.IGNORECASE))


UNDERLYING_CAUSE = re.compile(
    r"\b(?:with|had|has|have)\W+(?P<cause>[A-Za-z][\w'’ -]{2,40}?)\W+as\W+(?:the|their|its)"
    r"\W+(?:main\W+|primary\W+)?underlying\W+cause\b",
    re.IGNORECASE,
)
"""Deaths coded to one cause: "deaths coded with sickle cell disease as the underlying
cause" are that cause's deaths, never all the deaths it contributed to."""


def death_scope(text: str) -> str | None:
    """Which deaths ``text`` counts: :data:`ALL_CAUSE` (all-cause mortality), a cause as
    written ("cardiovascular", "stroke"), or None where it says neither."""
    if underlying := UNDERLYING_CAUSE.search(text):
        return underlying.group("cause")  # "… coded with X as the underlying cause"
    if ALL_CAUSES.search(text):
        return ALL_CAUSE
    # the explicit "deaths from X", "died of X" first: "the rate of death from stroke" holds
    # "of death" too, which would otherwise consume the "death" of "death from stroke"
    said_all = [m for m in CAUSE_OF_DEATH_AFTER.finditer(text)]
    said_all += [m for m in CAUSE_OF_DEATH.finditer(text) if m.group("before")]
    for said in said_all:
        cause = said.groupdict().get("after") or said.groupdict().get("of") or said.group("before")
        if not (
            cause.lower() in NOT_A_CAUSE
            or cause.lower() in STOP_WORDS  # "the hazard ratio for death": no cause
            or PEOPLE_NOUN.fullmatch(cause)
            or PERIOD_WORD.search(cause)  # "three-year mortality", "in-hospital"
        ):
            return cause
    return None


@per_claim
def claim_death_scope(registry_claim: RegistryClaim) -> str | None:
    """Which deaths the claim counts (:func:`death_scope`), read from the clause of its
    statement around its value, its measure and its context."""
    statement = value_clause(registry_claim)
    return death_scope(" . ".join((statement, *registry_claim.context)))


ARM_ONLY_CLAUSE = re.compile(
    r"\A\W*(?:and|but|while|whereas|versus|vs\.?|against|compared\W+with)?\W*"
    r"[^;:]*?\d[^;:]*?\b(?:of|in|for|with|on|among)\W+(?:those|the|patients|people|men|women"
    r"|participants|adults|children)\b[^;:]*\Z"
    # … or its drug alone after the figure: "…, compared with 62% on cefuroxime"
    r"|\A\W*(?:and|but|while|whereas|versus|vs\.?|against|compared\W+(?:with|to))?\W*"
    r"(?:about\W+|around\W+|nearly\W+|just\W+|only\W+)?[\d.,]+\s*(?:%|per\W?cent)?\W+"
    r"(?:on|with|given|taking|receiving)\W+(?:the\W+)?[A-Za-z][\w-]*"
    r"(?:\W+(?:alone|group|arm))?\W*\Z",
    re.IGNORECASE,
)


def _counts_no_outcome(clause: str) -> bool:
    """Whether a later clause only names its figure's arm or group ("and 21.8% of those on
    enalapril") or its statistic (": a hazard ratio of 0.86"), no outcome of its own: it
    carries on what the first clause counted."""
    if ARM_ONLY_CLAUSE.search(clause) and not OUTCOME_VERB.search(clause):
        return True
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", clause)}
    return bool(words) and words <= STATISTIC_WORDS | STOP_WORDS


STATISTIC_WORDS = frozenset(
    "hazard odds risk rate ratio relative adjusted hr or rr ci confidence interval".split()
)
"""The words of a clause that only names its figure's statistic ("a hazard ratio of 0.86",
"HR 0.86, 95% CI 0.74 to 0.99")."""


OUTCOME_VERB = re.compile(r"\b(?:were|was|had|have|has|developed|reported)\b", re.IGNORECASE)
"""A verb that says an outcome of the clause's own ("… and 12% were hospitalised")."""


def another_cause(registry_claim: RegistryClaim, scope: str, clause: str) -> str | None:
    """Why the claim is not the figure's when one counts deaths from any cause and the
    other deaths of one cause (ERSPC's prostate cancer deaths against deaths from any
    cause; ARISTOTLE's cardiovascular deaths against its all-cause deaths): another
    measure, whatever the figures. None when they agree, or either says no scope."""
    own = claim_death_scope(registry_claim)
    if own is None or own.lower() == scope.lower():
        return None
    if own != ALL_CAUSE and scope != ALL_CAUSE:
        # two causes: another unless the claim says the figure's ("CV deaths" of a claim
        # whose context says CV), or the clause says the claim's
        if (
            comparable_words(scope) in claim_vocabulary(registry_claim)
            or own.lower() in clause.lower()
        ):
            return None
        return f"{ANOTHER_CAUSE} ({own} deaths, the figure {scope} deaths)"
    if own == ALL_CAUSE:
        return f"{ANOTHER_CAUSE} (deaths from any cause, the figure {scope} deaths)"
    return f"{ANOTHER_CAUSE} ({own} deaths, the figure deaths from any cause)"


ANOTHER_CAUSE = "it counts deaths of another scope"

COMPOSITE_MARK = re.compile(r"\b(?:composite|primary|co-primary)\b", re.IGNORECASE)
"""What makes a claim's outcome of several parts one outcome: a trial's composite or
primary end point ("cardiovascular death or hospitalisation for heart failure")."""
PART_JOINS = re.compile(r"\s*,\s*(?:or\s+)?|\s+or\s+", re.IGNORECASE)
STEM_PREFIX = 6  # letters two inflections share ("hospitalised", "hospitalisation")
ONE_PART = "the figure is about one part of its composite outcome ({})"
PART_FILLER = frozenset({"caus", "cause"})
"""Stems a part's name may leave out in other words: "death from cardiovascular causes" is
"cardiovascular death"."""


@per_claim
def composite_parts(registry_claim: RegistryClaim) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The parts of the claim's composite outcome, each as (its words, its telling stems),
    from a context name that joins them with "or", where the claim says its outcome is a
    composite or primary one (CONSORT: a composite outcome is one event of several kinds,
    and a figure of one kind is another outcome); () for every other claim."""
    said = (registry_claim.statement, *registry_claim.context)
    if not any(COMPOSITE_MARK.search(text) for text in said):
        return ()
    listed = COMPOSITE_LIST.search(registry_claim.statement) or EVENTS_LISTED.search(
        registry_claim.statement
    )
    names = [name for name in registry_claim.context if " or " in name]
    found = []
    for name in ([listed.group("parts")] if listed else []) + names:
        parts = tuple(
            (part, tuple(sorted(_telling(comparable_words(part).split()) - PART_FILLER)))
            for part in PART_JOINS.split(name)
            if part.strip()
        )
        if len(parts) >= 2 and all(stems for _part, stems in parts):
            found.append(parts)
    # the longest list: a context list may hold only the last parts of the statement's (a
    # YAML flow list splits "cardiovascular death, stroke or myocardial infarction")
    return max(found, key=len, default=())


COMPOSITE_LIST = re.compile(
    r"\bcomposite(?:\W+(?:outcome|end\W?point))?\W+of\W+(?P<parts>[^.;()]+?\bor\b[^.;()]+?)"
    r"(?=\W+(?:occurred|was|were|with|in|among|at|for|fell|rose)\b|[.;(]|$)",
    re.IGNORECASE,
)
"""A composite's parts listed in a statement: "the primary composite outcome of
cardiovascular death, stroke or myocardial infarction occurred in …"."""
EVENTS_LISTED = re.compile(
    r"\b(?P<parts>(?:died|had\s+died|die)\s*,\s*(?:[\w-]+\s+){0,4}?[\w-]+"
    r"(?:\s*,\s*(?:[\w-]+\s+){0,4}?[\w-]+)*\s+or\s+(?:[\w-]+\s+){0,4}?[\w-]+?)"
    r"(?=\s+(?:within|by|at|after|over|in|during|from)\b|[.;(]|$)",
    re.IGNORECASE,
)
"""A composite said as events people had, death first: "… 15.1% … died, had a stroke or
were rehospitalised within 1 year" (the parts: died / had a stroke / were rehospitalised)."""


def _stem_said(stem: str, words: frozenset[str]) -> bool:
    """Whether a clause's stemmed words say ``stem``, or an inflection sharing its first
    :data:`STEM_PREFIX` letters."""
    if stem in words:
        return True
    if len(stem) < STEM_PREFIX:
        return False
    return any(word[:STEM_PREFIX] == stem[:STEM_PREFIX] for word in words)


def one_part_said(registry_claim: RegistryClaim, clause: str) -> str | None:
    """The part of the claim's composite outcome (:func:`composite_parts`) that is all the
    figure's clause says of it: "hospitalisation for heart failure fell by 21%" is no figure
    of the claim about cardiovascular death or hospitalisation for heart failure. None when
    the clause says no part, every part, or calls its outcome composite or primary."""
    if COMPOSITE_MARK.search(clause):
        return None
    said = _parts_said(registry_claim, clause)
    return said[0] if len(said) == 1 else None


def composite_said(registry_claim: RegistryClaim, clause: str) -> bool:
    """Whether the clause names the claim's composite outcome by its parts, in words of its
    own: every part of two ("kidney disease progression or cardiovascular death" for
    "progression of kidney disease or death from cardiovascular causes"), or two or more of
    a longer list ("died or had a heart attack, stroke, sepsis or pneumonia")."""
    parts = composite_parts(registry_claim)
    said = len(_parts_said(registry_claim, clause)) if parts else 0
    return bool(parts) and (said == len(parts) or said >= 2)


def _parts_said(registry_claim: RegistryClaim, clause: str) -> list[str]:
    """The parts of the claim's composite outcome whose telling stems the clause all says."""
    parts = composite_parts(registry_claim)
    if not parts:
        return []
    words = frozenset(comparable_words(clause).split())
    if DEATH_WORD.search(clause):
        words |= {"death"}  # "died from cardiovascular causes" says "cardiovascular death"
    return [part for part, stems in parts if all(_stem_said(s, words) for s in stems)]


GUIDELINE_BODIES = {
    "NICE": "National Institute for Health and (?:Care|Clinical) Excellence",
    "WHO": "World Health Organi[sz]ation",
    "CDC": "Centers for Disease Control",
    "IDSA": "Infectious Diseases Society of America",
    "ACOG": "American College of Obstetricians",
    "AAP": "American Academy of Pediatrics",
    "ACP": "American College of Physicians",
    "ACC": "American College of Cardiology",
    "AHA": "American Heart Association",
    "ESC": "European Society of Cardiology",
    "ESCMID": "European Society of Clinical Microbiology",
    "EULAR": "European (?:League|Alliance of Associations) Against Rheumatism",
    "ACR": "American College of Rheumatology",
    "BSR": "British Society for Rheumatology",
    "ADA": "American Diabetes Association",
    "EASD": "European Association for the Study of Diabetes",
    "FDA": "Food and Drug Administration",
    "EMA": "European Medicines Agency",
    "MHRA": "Medicines and Healthcare products Regulatory Agency",
    "USPSTF": "(?:US|U\\.S\\.|United States) Preventive Services Task Force",
    "NHMRC": "National Health and Medical Research Council",
    "SIGN": "Scottish Intercollegiate Guidelines Network",
    "RCOG": "Royal College of Obstetricians",
    "BTS": "British Thoracic Society",
    "GINA": "Global Initiative for Asthma",
    "GOLD": "Global Initiative for Chronic Obstructive Lung Disease",
    "KDIGO": "Kidney Disease: Improving Global Outcomes",
    "ASCO": "American Society of Clinical Oncology",
    "ESMO": "European Society for Medical Oncology",
    "NCCN": "National Comprehensive Cancer Network",
    "AASLD": "American Association for the Study of Liver Diseases",
    "EASL": "European Association for the Study of the Liver",
    "ACG": "American College of Gastroenterology",
    "AGA": "American Gastroenterological Association",
    "ATS": "American Thoracic Society",
    "ERS": "European Respiratory Society",
    "AAN": "American Academy of Neurology",
    "APA": "American Psychiatric Association",
    "AAFP": "American Academy of Family Physicians",
    "ACS": "American Cancer Society",
    "ECDC": "European Centre for Disease Prevention and Control",
    "UKHSA": "UK Health Security Agency",
    "JCVI": "Joint Committee on Vaccination and Immunisation",
    "ACIP": "Advisory Committee on Immunization Practices",
    "AUA": "American Urological Association",
    "EAU": "European Association of Urology",
    "ESHRE": "European Society of Human Reproduction",
    "ASRM": "American Society for Reproductive Medicine",
    "ESH": "European Society of Hypertension",
    "IDF": "International Diabetes Federation",
    "AAD": "American Academy of Dermatology",
    "CMO": "Chief Medical Officers?",
}
"""Bodies that issue clinical guidance, by their acronym and their name written out (the
bodies the verdict sets' sources cite): a recommendation is the figure of the body that
makes it."""
# behind a look-ahead at the letters a body can start with (first_chars.guarded): each of the
# ~100 branches opens with a word boundary, so without it every branch ran at every
# character (0.14 ms a clause, 13 times the guarded search)
BODY = re.compile(
    guarded(
        "|".join(
            rf"(?P<{acronym}>\b{acronym}s?\b|\b{name}\b)"
            for acronym, name in GUIDELINE_BODIES.items()
        )
    )
)
RECOMMENDED = NeedleScanned(
    re.compile(
        r"\b(?:recommend\w*|advis\w*|guidelines?|guidance|suggest\w*|endorse\w*|target)\b",
        re.IGNORECASE,
    )
)
"""Words that make a figure a body's advice (a dose, a course, a limit, a target)."""


def bodies_in(text: str) -> frozenset[str]:
    """The guideline bodies ``text`` names (:data:`GUIDELINE_BODIES`), by acronym."""
    return frozenset(said.lastgroup for said in BODY.finditer(text) if said.lastgroup)


@per_claim
def claim_bodies(registry_claim: RegistryClaim) -> frozenset[str]:
    """The bodies the claim's statement, context or sources' citations name."""
    texts = (
        registry_claim.statement,
        *registry_claim.context,
        *registry_claim.subject,
        *(source.citation or "" for source in registry_claim.sources),
    )
    return bodies_in(" . ".join(texts))


def another_body(registry_claim: RegistryClaim, bodies: frozenset[str]) -> str | None:
    """Why the claim is not the figure's when the figure is one body's advice and the
    claim another's ("IDSA guidelines recommend 10 days" against NICE's 21 days): another
    recommendation, not a wrong figure. None where the claim names no body or one of these."""
    own = claim_bodies(registry_claim)
    if not own or own & bodies:
        return None
    return f"{ANOTHER_BODY} ({', '.join(sorted(own))}, the figure {', '.join(sorted(bodies))})"


ANOTHER_BODY = "it is another body's recommendation"


PROJECTION = StartScanned(
    re.compile(
        r"\b(?:will|would|is\W+(?:expected|projected|forecast|predicted|set|likely)\W+to"
        r"|are\W+(?:expected|projected|forecast|predicted|set|likely)\W+to|projected|projections?"
        r"|forecasts?|predicted|expected\W+to|by\W+(?:the\W+year\W+)?(?:20[3-9]\d|2[1-9]\d\d)"
        # a target set for years to come: "the targets call for a 65% reduction", "aims
        # to cut", "New infections should fall by 90%"
        r"|targets?\W+(?:calls?|aims?)|aims?\W+to|should\W+(?:fall|drop|rise|reach|be\W+"
        r"(?:cut|reduced|halved)))\b",
        re.IGNORECASE,
    )
)
"""Words of a projection: "will", "is expected to", "projected", "by 2030", and of a target
set for years to come ("the targets call for", "aims to", "should fall by")."""
FIRST_PROJECTED_YEAR = date.today().year + 1


def projected_years(clause: str, years: frozenset[str]) -> frozenset[int]:
    """The years after this one a clause that speaks of a projection (:data:`PROJECTION`)
    names: "By 2030, 15% … are expected to …" -> {2030}; none where it says no projection."""
    future = frozenset(
        int(year) for year in years if YEAR.fullmatch(year) and int(year) >= FIRST_PROJECTED_YEAR
    )
    return future if future and PROJECTION.search(clause) else frozenset()


def another_horizon(registry_claim: RegistryClaim, projected: frozenset[int]) -> str | None:
    """Why a claim of how things are (no year, or past years only, and no projection in its
    words) is not the figure's when the figure is a projection for a year to come: a
    forecast is not today's figure, however the two compare. None where the claim projects
    too, or names such a year."""
    years = _years_of(registry_claim)
    if any(YEAR.fullmatch(y) and int(y) >= FIRST_PROJECTED_YEAR for y in years):
        return None
    if PROJECTION.search(registry_claim.statement):
        return None
    said = ", ".join(str(y) for y in sorted(projected))
    return f"{NOT_PROJECTED}, the figure a projection for {said}"


def projection_of(registry_claim: RegistryClaim) -> str | None:
    """Why a claim that is a forecast (every year it names is to come: "by 2050, 6.3 million
    hip fractures a year") is not the claim of a figure said as how things are, in a sentence
    that projects nothing; None for a claim of a past or present year, or of none."""
    said = sorted(int(y) for y in _years_of(registry_claim) if YEAR.fullmatch(y))
    if not said or said[0] < FIRST_PROJECTED_YEAR:
        return None
    return f"{PROJECTION_OF} {', '.join(map(str, said))}, the figure about how things are"


PROJECTION_OF = "it is a projection for"
"""How the reason opens that rules out a forecast for a figure said as how things are: a
figure equal to the forecast is not it restated (it puts the future for the present)."""


WHOLE_OPENING = re.compile(
    r"\W*(?:of|among|out\W+of|from)\W+(?:the|these|those|all|an\W+estimated)?\W*", re.IGNORECASE
)
"""The words before a figure that opens its sentence as the whole the rest divides: "Of the
153,000 people with it, …"."""
NOT_PROJECTED = "it is about how things are"
PROJECTION_BESIDE = "it is a projection, which another clause of the sentence makes"


def _future_year(year: str) -> bool:
    return bool(YEAR.fullmatch(year)) and int(year) >= FIRST_PROJECTED_YEAR


EVERY_YEAR = re.compile(
    r"\b(?:every|each|a|per)\W+year\b(?!\W*(?:old|after|before|later|earlier|ago))|\bannually\b"
    r"|\byearly\b(?!\W*(?:average|total))",
    re.IGNORECASE,
)
"""A clause that counts its figure by the year ("every year", "each year", "a year",
"annually"): the figure is any one year's, as a claim counted per year is."""


def _projects_after(claim: Claim, clause: str, end: int) -> bool:
    """Whether the figure's clause projects nothing and the sentence after it does."""
    if PROJECTION.search(clause) or _future_years(clause):
        return False
    return PROJECTION.search(claim.text, end - claim.start) is not None


def _projection_after(claim: Claim, around: Surroundings) -> frozenset[int]:
    """The years to come a clause after the figure's projects to, where the figure's own
    clause projects nothing and names no year to come ("About 1 million have it, a number
    expected to reach 1.2 million by 2030" -> {2030} for the 1 million; "…, a figure
    projected to keep rising until 2040" in its own clause, after it); empty otherwise."""
    clause = around.clause
    at = claim.text.find(clause)
    after = claim.text[at + len(clause) :] if at >= 0 else ""
    appositive = APPOSITIVE_PROJECTION.search(clause)
    if appositive is not None:
        clause, after = clause[: appositive.start()], clause[appositive.start() :]
    if PROJECTION.search(clause) or _future_years(clause):
        return frozenset()
    return _future_years(after) if PROJECTION.search(after) else frozenset()


DEATHS = frozenset({"deaths"})
DEATHS_UNSAID = "the figure counts deaths, the claim does not"


@per_claim
def _says_no_death(registry_claim: RegistryClaim) -> bool:
    """Whether a claim's statement, context and measure say nothing of death, nor of a
    change or a ratio that could be a death rate's."""
    frame = claim_frame(registry_claim)
    if frame.measures or frame.change or _is_ratio(registry_claim):
        return False
    said = " ; ".join((registry_claim.statement, *registry_claim.context))
    return MEASURES["deaths"].search(said) is None


APPOSITIVE_PROJECTION = re.compile(
    r",\W*(?:a|the|this)\W+(?:number|figure|total|count|rate|toll|share)\W+(?:that\W+is\W+|which\W+is\W+)?"
    r"(?:projected|expected|forecast|predicted|set|likely|estimated\W+to\W+(?:rise|reach|grow))",
    re.IGNORECASE,
)
"""An appositive that projects the figure before it ("…, a figure projected to keep rising
until 2040"): the years after it are the projection's."""


def _projected_only(registry_claim: RegistryClaim) -> bool:
    """Whether every year or decade a claim names is still to come ("by the 2050s", "in
    2040"): a projection, never how things are now."""
    years = _years_of(registry_claim)
    starts = [int(y[:4]) for y in years if re.fullmatch(r"(?:19|20)\d\d(?:s)?", y)]
    return bool(starts) and len(starts) == len(years) and min(starts) >= FIRST_PROJECTED_YEAR


def _future_years(text: str) -> frozenset[int]:
    return frozenset(int(y) for y in YEAR.findall(text) if int(y) >= FIRST_PROJECTED_YEAR)


def _projects(registry_claim: RegistryClaim, years: frozenset[int]) -> bool:
    """Whether a claim is a projection to one of ``years``: every year it names is to come,
    and one of them is among them."""
    said = {int(y) for y in _years_of(registry_claim) if YEAR.fullmatch(y)}
    return bool(said) and min(said) >= FIRST_PROJECTED_YEAR and bool(said & years)


NOW_SAID = NeedleScanned(
    re.compile(
        r"\b(?:today|now|nowadays|currently|at\W+present|these\W+days|this\W+year)\b",
        re.IGNORECASE,
    )
)
"""Words that set a figure in the present beside one of a past year ("2.2 million in 2000;
today about 3 million")."""


def then_against_now(
    clause: str, sentence: str, years: frozenset[str], following: str = ""
) -> frozenset[int]:
    """The past years of a clause whose sentence sets another clause in the present (:data:
    `NOW_SAID` outside it): "Glaucoma affected 2.2 million in 2000; today about 3 million
    have it" -> {2000} for the 2.2 million (or the next sentence, ``following``, opening
    "Today …"). None where the clause itself speaks of now."""
    past = frozenset(
        int(year) for year in years if YEAR.fullmatch(year) and int(year) < FIRST_PROJECTED_YEAR - 1
    )
    if not past or NOW_SAID.search(clause):
        return frozenset()
    rest = f"{sentence.replace(clause, ' ')} {following}"
    return past if NOW_SAID.search(rest) else frozenset()


LONG_AGO = 10  # years before the present that a claim's year is no longer "today"
LONG_AGO_PENALTY = 8.0  # a claim about long ago, for a figure said of now with no year


def _long_ago(registry_claim: RegistryClaim) -> int | None:
    """The latest year a claim names when every year it names is more than :data:`LONG_AGO`
    years before the present (a figure said of "today" is not that claim's), else None."""
    years = [int(y) for y in _years_of(registry_claim) if YEAR.fullmatch(y)]
    if not years or max(years) >= FIRST_PROJECTED_YEAR - 1 - LONG_AGO:
        return None
    return max(years)


def another_past(registry_claim: RegistryClaim, then: frozenset[int]) -> str | None:
    """Why a claim of how things are (no year in its words) is not the figure of a past year
    the sentence sets against the present: the start of a change is not today's figure."""
    if _years_of(registry_claim):
        return None  # a dated claim is judged by its year, as every dated figure is
    said = ", ".join(str(y) for y in sorted(then))
    return f"{NOT_PROJECTED} now, the figure one of {said}"


RISK_SCALE = re.compile(
    r"\b(?P<scale>absolute|relative)\W+(?:(?:risk|rate)\W+)?(?:reduction|reductions|decrease"
    r"|increase|difference|risk|rate|benefit|fall|drop|change)\b"
    r"|\bin\W+(?P<terms>absolute|relative)\W+terms\b"
    r"|\b(?P<short>ARR|RRR|ARI|RRI)\b",
)
"""A change in risk said as absolute or relative: "an absolute reduction", "the relative
risk", "in absolute terms", "ARR". A share said relative is a fraction of the baseline
risk, an absolute one a difference in percentage points: one is no figure of the other's
claim, whatever the value."""
SHORT_SCALES = {"ARR": "absolute", "ARI": "absolute", "RRR": "relative", "RRI": "relative"}


def risk_scale_said(text: str) -> str | None:
    """ "absolute" or "relative" when ``text`` says one of them only (:data:`RISK_SCALE`)."""
    said = {
        (found.group("scale") or found.group("terms") or "").lower()
        or SHORT_SCALES[found.group("short")]
        for found in RISK_SCALE.finditer(text)
    }
    return next(iter(said)) if len(said) == 1 else None


@per_claim
def _claim_risk_scale(registry_claim: RegistryClaim) -> str | None:
    said = " ; ".join(
        (registry_claim.statement, *registry_claim.context, registry_claim.measure or "")
    )
    scale = risk_scale_said(said)
    if scale is None and RATIO_SAID.search(said):
        # "… by 20% compared with placebo (hazard ratio 0.80)": a change read off a ratio is
        # relative by nature, though no word says so
        return "relative"
    return scale


RATIO_SAID = re.compile(
    r"\b(?:hazard|odds|risk|rate)\W+ratios?\b|\brelative\W+risk\b|\b(?:a?HR|a?OR|RR|IRR)\b"
    r"(?=\W+\d)",
    re.IGNORECASE,
)
"""A ratio of two groups' risks said in a statement ("hazard ratio 0.80", "HR 0.80")."""


def another_risk_scale(registry_claim: RegistryClaim, scale: str) -> str | None:
    """Why a claim of a relative change is not the figure's when the figure is said
    absolute, or the other way round; None when the claim says neither or the same."""
    own = _claim_risk_scale(registry_claim)
    if own is None or own == scale:
        return None
    return (
        f"it is a {own} change, the figure an {scale} one"
        if scale == "absolute"
        else (f"it is an {own} change, the figure a {scale} one")
    )


TOTAL_SPENT = re.compile(
    r"\b(?:in\W+total|totall?(?:ed|ing)|a\W+total\W+of|total\W+(?:spending|expenditure|bill)"
    r"|altogether|combined|spen[dt]\w*|outlays?)\b",
    re.IGNORECASE,
)
"""Words that make a sum of money a total (what a nation, a system or all hospitals spent)."""
PAYER = re.compile(
    r"\b(?:cost|costs|costing)\W+(?:the\W+)?(?:US|U\.S\.|UK|NHS|United\W+States|United\W+Kingdom"
    r"|England|Europe|world|nation|country|economy|health"
    r"\W+system|employers|taxpayers|society)\b",
    re.IGNORECASE,
)
"""A payer that makes a sum a total, when the sum is a nation's or a system's size
(:data:`PAYER_TOTAL_FROM`): "Hip fractures cost the NHS £1.1 billion a year"; "Alendronic acid
costs the NHS about £20 a year" is what the NHS pays for one patient."""
PAYER_TOTAL_FROM = 1_000_000.0
PER_UNIT = re.compile(
    r"\b(?:per|each|every|a)\W+(?:single\W+)?(?:stay|patient|person|case|admission"
    r"|beneficiary|beneficiaries|enrollee|member|decedent|capita|head|resident"
    r"|hospitali[sz]ation|visit|dose|course|procedure|operation|treatment|birth|child|day"
    r"|night|bed|episode|discharge|test|pack|tablet|vial|injection|session|appointment"
    r"|cycle|scan|consultation|infusion|prescription|item)s?\b"
    # "each haemodialysis session", "one IVF cycle", "a single session": one item priced
    r"|\b(?:each|every|one|an?(?:\W+single)?)\W+(?:[\w-]+\W+){0,3}?(?:session|appointment|cycle"
    r"|scan|consultation|bed|cot|place|patient|person|case|beneficiary|enrollee|member"
    r"|infusion|visit|dose|course|procedure|operation|treatment|stay|admission|test|injection)s?\b"
    r"|\b(?:mean|average|median|typical)\W+(?:\w+\W+)?(?:cost|price|charge|bill|fee)s?\b",
    re.IGNORECASE,
)
"""Words that make a sum of money one unit's: a cost per stay, per patient, per dose, on each
haemodialysis patient."""


def money_scope(text: str, amount: float | None = None) -> str | None:
    """Whether ``text`` gives a sum of money as a total ("total") or one unit's ("unit"):
    the unit wins where both are said ("costs the NHS £1,450 a year per patient"). A payer
    (:data:`PAYER`) makes a total of an ``amount`` (in the currency's units) of a million or
    more, or of a sum not given, and one unit's (a patient's) of a smaller one."""
    units = [found.group().lower() for found in PER_UNIT.finditer(text)]
    if units and not (
        all(said.endswith(("day", "days")) for said in units)
        and PAYER.search(text)
        and amount is not None
        and abs(amount) >= PAYER_TOTAL_FROM
    ):
        return "unit"  # (not "costs the NHS £23.6 million a day": a payer's total each day)
    if TOTAL_SPENT.search(text):
        return "total"
    if PAYER.search(text):
        # "costs the NHS about £4,500 a year": under a million, what it pays for one patient
        return "total" if amount is None or abs(amount) >= PAYER_TOTAL_FROM else "unit"
    return None


def _per_unit(unit: str) -> bool:
    """Whether a money unit is per something other than a period (USD/stay, not GBP/year)."""
    per = unit.partition("/")[2]
    return bool(per) and per not in SHARE_PERIODS and per not in ("yr", "24h")


def _money_unit(unit: str | None) -> bool:
    """Whether ``unit`` is a currency, or a currency per something (USD/stay)."""
    return bool(unit) and unit.partition("/")[0] in CURRENCY_CODES


@per_claim
def claim_money_scope(registry_claim: RegistryClaim) -> str | None:
    """:func:`money_scope` of the clause of the claim's statement around its value; one
    unit's where its unit is a currency per something (USD/stay, GBP/patient)."""
    if _per_unit(registry_claim.value.unit or ""):
        return "unit"
    statement = value_clause(registry_claim)
    value = registry_claim.value
    return money_scope(statement, value.high if value.high is not None else value.low)


def another_money_scope(registry_claim: RegistryClaim, scope: str) -> str | None:
    """Why a money claim is not the figure's when one is a total and the other one unit's
    ("cost the US about $4 billion in total" against a mean cost per stay of $8,819): another
    measure, however the figures compare. None when they agree or either says neither."""
    own = claim_money_scope(registry_claim)
    if own is None or own == scope:
        return None
    return ANOTHER_MONEY_SCOPE.format(
        "a total" if own == "total" else "one unit's cost",
        "a total" if scope == "total" else "one unit's cost",
    )


ANOTHER_MONEY_SCOPE = "it is {}, the figure {}"


def companion_ceiling(around: Surroundings) -> float:
    """The most :func:`companion_evidence` can add for any claim: keep the two in step."""
    return COMPANION_BONUS * len(around.companions)


OTHER_DOSE = "it is about another dose"
RELATIVE_DOSE = re.compile(
    r"\b(?:(?P<low>lower|lowest|smaller|smallest|reduced)|(?P<high>higher|highest|larger"
    r"|largest))[\s-]+doses?\b",
    re.IGNORECASE,
)
"""A dose named by its rank among a trial's doses: "the lower dose", "the higher dose"."""


def _mg(dose: Quantity) -> float | None:
    """A dose's amount in milligrams (None for a dose that is no mass)."""
    converted = convert(dose, "mg")
    return None if converted is None else converted.low


def _extreme_dose(
    registry: Registry, named: dict[str, tuple[int, ...]], said: re.Match[str] | None
) -> tuple[str, float] | None:
    """The smallest (for "the lower dose") or largest ("the higher dose") dose the
    candidates' claims state (:func:`ranked_dose`: in mg, or a strength in percent), where
    they state two or more of one kind: the arm a clause naming no dose of its own means.
    None where the clause says no such rank or the claims state one dose."""
    if said is None:
        return None
    doses = {
        amount
        for claim_id in named
        if (amount := ranked_dose(registry.by_id[claim_id])) is not None
    }
    if len(doses) < 2 or len({unit for unit, _amount in doses}) > 1:
        return None
    return min(doses) if said.group("low") else max(doses)


@per_claim
def ranked_dose(registry_claim: RegistryClaim) -> tuple[str, float] | None:
    """The dose a claim's arm is ranked by: its first dose in mg, else the strength of a
    preparation its statement gives in percent ("netarsudil 0.02% eye drops", "1%
    hydrocortisone cream": a dosage form after it), as (unit, amount); None where it states
    neither."""
    stated = _claim_doses(registry_claim)
    if stated and (amount := _mg(stated[0])) is not None:
        return ("mg", amount)
    statement = registry_claim.statement
    for figure in statement_quantities(registry_claim):
        if (
            figure.unit == "percent"
            and figure.low is not None
            and STRENGTH_AFTER.match(statement, figure.end)
        ):
            return ("percent", figure.low)
    return None


_FORMS = (
    r"(?:eye\W?drops?|ear\W?drops?|drops|cream|gel|ointment|solution|lotion|spray|foam|shampoo"
    r"|wash|mouthwash|patch|suspension)"
)
STRENGTH_AFTER = re.compile(rf"\W*(?:[a-z]+\W+)?{_FORMS}\b", re.IGNORECASE)
"""A dosage form after a percentage: the preparation's strength ("0.02% eye drops", "1%
hydrocortisone cream")."""


OTHER_DOSE_COUNT = "it is about {}, the figure about another number of doses"
DOSE_COUNT = re.compile(
    r"\b(?P<n>one|a\W+single|single|1|two|both|2|three|3|four|4)[\s-]+doses?\b(?!\W+of\W+\d)",
    re.IGNORECASE,
)
"""A number of doses of a vaccine or course ("one dose", "a single dose", "two-dose",
"both doses", "3 doses"): not "one dose of 10 mg", a dose's size."""
DOSE_COUNT_WORDS = {"one": 1, "single": 1, "1": 1, "two": 2, "both": 2, "2": 2, "three": 3,
                    "3": 3, "four": 4, "4": 4}  # fmt: skip


ELIDED_DOSES = re.compile(
    r"\b(?:after|with|following)\W+(?P<n>one|1|two|2|three|3|four|4)\b(?!\W*(?:[%a-z]|\d))",
    re.IGNORECASE,
)
"""A number of doses said bare after "after", "with", the noun left to an earlier clause
("71% after two doses and 83% after three")."""


def dose_counts(text: str) -> frozenset[int]:
    """The numbers of doses ``text`` says (:data:`DOSE_COUNT`)."""
    if "dose" not in text.lower():
        return frozenset()
    said = (re.split(r"\W+", found.group("n").lower())[-1] for found in DOSE_COUNT.finditer(text))
    return frozenset(DOSE_COUNT_WORDS[word] for word in said)


@per_claim
def _claim_dose_counts(registry_claim: RegistryClaim) -> frozenset[int]:
    """The numbers of doses a claim's statement and context say: a claim about two doses of
    a vaccine is no claim about one."""
    return dose_counts(" ; ".join((registry_claim.statement, *registry_claim.context)))


def _doses(count: int) -> str:
    return "one dose" if count == 1 else f"{count} doses"


ANOTHER_THRESHOLD = "its outcome is defined by another threshold ({})"
SMALL_MASSES = frozenset({"µg", "mcg", "mg"})  # doses only
BODY_MASSES = frozenset({"kg", "kgs", "lb", "lbs", "st"})  # weights of people, never doses


SHARE_PERIODS = frozenset({"year", "month", "week", "day"})
FIRST_YEAR = NeedleScanned(
    re.compile(r"\b(?:in|during|within|over)\W+(?:the\W+)?(?:first|one|a)\W+year\b", re.I)
)
"""A share over a year ("in the first year of use"): a rate per year, as contraceptive
failure rates are given."""
ANNUALISED = NeedleScanned(
    re.compile(r"\bannuali[sz]ed\b|\bper\s+annum\b|\b(?:patient|person)[\s-]years?\b")
)


@per_claim
def _period_said(registry_claim: RegistryClaim) -> str:
    """The claim's statement, context and unit, lower case, where a period is looked for."""
    return " ".join(
        (registry_claim.statement, *registry_claim.context, registry_claim.value.unit or "")
    ).lower()


SHARE_PERIOD = NeedleScanned(
    re.compile(
        r"(?<!\bin )(?<!\bwithin )(?<!\bfor )(?<!\bafter )(?<!\bover )"
        r"(?<!mg )(?<!g )(?<!IU )(?<!units )(?<!doses )(?<!tablets )(?<!times )"
        # a bound or a verb of lasting before it makes a time said: "survive at least a
        # year", "for more than a year", "live a year" (how long, not how often)
        r"(?<!least )(?<!than )(?<!most )(?<!up to )(?<!under )(?<!nearly )(?<!almost )"
        r"(?<!about )(?<!around )(?<!roughly )(?<!survive )(?<!survived )(?<!survives )"
        r"(?<!live )(?<!lived )(?<!lives )(?<!last )(?<!lasts )(?<!lasted )"
        r"\b(?:each|every|per|a)\s+(?P<period>year|month|week|day)\b"
        r"(?!\s+(?:later|after|on|earlier|before|ago|apart|old|of\s+age)\b)",
        re.IGNORECASE,
    )
)
"""A share's period said in its clause away from the figure ("5.6% of patients die each
year"): the share is a rate per that period (not "within a year", "a year later", "a year
on", nor a dose's "50 mg a day")."""


def _share_period(clause: str, figures: tuple[Quantity, ...] = ()) -> str | None:
    """The period a share's clause says it is per (:data:`SHARE_PERIOD`), if one. A period
    said with ``a`` that is a duration figure of the sentence (``still taking it a year
    later``, ``after a year``: one year, session 56) is a time, never the share's period: the
    clause ends at that figure, before the ``later`` that said so."""
    said = SHARE_PERIOD.search(clause)
    if said is None:
        return None
    written = " ".join(said.group().lower().split())
    if any(q.kind == "duration" and " ".join(q.text.lower().split()) == written for q in figures):
        return None
    return said.group("period").lower()


def _says_a_period(registry_claim: RegistryClaim, period: str) -> bool:
    """Whether the claim says its share is per ``period`` ("each year", "annual", "/year"):
    a share of people per year (an incidence) is no share of people at all (a prevalence or
    a lifetime risk), whatever its number."""
    said = _period_said(registry_claim)
    if f"/{period}" in said:
        return True
    words = PERIOD_WORDS.get(period, "").split()
    every = rf"\b(?:a|an|per|each|every)\s+{period}\b"
    if period == "year" and (ANNUALISED.search(said) or FIRST_YEAR.search(said)):
        return True
    return bool(re.search(every, said)) or any(
        re.search(rf"\b{w}\b", said) for w in words if w not in (period, "a", "per")
    )


def _as_mass_of_kind(quantity: Quantity, unit: str | None) -> Quantity | None:
    """:func:`convert`, except that a dose (``10 mg``) and a body weight (``2.1 kg``) are never
    one another's figure, though both are masses: a 10 mg arm is no weight lost."""
    mine, theirs = (quantity.unit or "").lower(), (unit or "").lower()
    if (mine in SMALL_MASSES or is_dose(quantity)) and theirs in BODY_MASSES:
        return None
    if mine in BODY_MASSES and (theirs in SMALL_MASSES or PER_BODY_DOSE.fullmatch(theirs)):
        return None
    return convert_kept(quantity, unit)  # (retrieval converted it to this unit too)


_dose = is_dose  # one definition of a dose (frames.is_dose)


@per_claim
def _claim_doses(registry_claim: RegistryClaim) -> tuple[Quantity, ...]:
    """The doses (µg, mg, g) the claim's statement and context state."""
    texts = (registry_claim.statement, " ; ".join(registry_claim.context))
    return tuple(q for text in texts for q in find_quantities(text) if _dose(q))


def another_dose(registry_claim: RegistryClaim, around: Surroundings, quantity: Quantity) -> bool:
    """Whether the figure's clause gives a dose (``tofacitinib 10 mg``) and the claim states
    doses, none of them that one: two doses of one drug are two arms of a trial, so the
    figure of one is never judged against the other's claim. A dose per part of a course
    beside a whole course's (``a total of 1,000 mg, as five infusions of 200 mg``) is the
    same course said twice, no other arm."""
    if _dose(quantity):
        # the figure is a dose itself: the clause's other doses are other steps of a regimen
        # ("50 mg a day for six weeks, then 100 mg", "0.5–1 mg/kg daily to a total of 120–150
        # mg/kg"), each judged by its own value, not arms the figure is an outcome of
        return False
    per_part = quantity.per in COURSE_PARTS
    doses = [c for c in around.companions if _dose(c) and (c.per in COURSE_PARTS) == per_part]
    if not doses:
        return False  # the claim's doses are read only when the clause gives one
    stated = _claim_doses(registry_claim)
    if not stated:
        return False
    return not any(_same_dose(dose, figure) for dose in doses for figure in stated)


FRONTED_PHRASE = re.compile(
    r"\s*(?:At|With|Using|Under|Above|Below|For|Among|In)\b(?:[^,;:.]|\.(?=\d)){0,60},\s*\Z"
)
"""A sentence that opens with a prepositional phrase set off by a comma ("At the 25%
threshold, …", "With a cut-off of 7 mg/L, …")."""


def _fronted_companions(claim: Claim, quantity: Quantity, start: int) -> tuple[Quantity, ...]:
    """The figures of a phrase that opens the sentence and sets the figure's clause's terms
    ("At the 25% threshold, 13.5% of the world's population …"): the clause's threshold, as
    one inside the clause would be (:func:`companion_evidence`). Only when the figure's clause
    follows that phrase directly."""
    if start <= claim.start or quantity.start < start:
        return ()
    before = claim.text[: start - claim.start]
    if not FRONTED_PHRASE.fullmatch(before):
        return ()
    return tuple(
        q for q in claim.quantities if q is not quantity and q.end <= start and q.kind != "duration"
    )


def _lead_doses(claim: Claim, quantity: Quantity) -> tuple[Quantity, ...]:
    """The dose a heading or lead-in names above a list item that gives none of its own
    ("### Baricitinib 2 mg in BRAVE-AA1" above "- SALT 20 or less at week 36: 22.8%"): the
    item's figure is that arm's, as a dose in a table's header says of its cells
    (:func:`_header_companions`). Not a heading naming two doses or more (both arms)."""
    if not claim.lead_text or any(_dose(q) for q in claim.quantities if q is not quantity):
        return ()
    return _one_dose_in(claim.lead_text)


@lru_cache(maxsize=1024)
def _one_dose_in(text: str) -> tuple[Quantity, ...]:
    """The dose a heading names when it names exactly one, read once per heading (every item
    of its list asks)."""
    doses = tuple(q for q in find_quantities(text) if _dose(q))
    return doses if len(doses) == 1 else ()


PER_DAY = re.compile(r"\s?/\s?(?:day|d|24\s?h)$")


def _header_companions(cell: CellText | None) -> tuple[Quantity, ...]:
    """The doses and thresholds a table cell's row or column header gives ("Dapagliflozin 5
    mg", a "40 mg" vial, "Weight loss ≥15%"): the cell's figure is that arm's, that vial's
    or that threshold's, as a dose or bound in its own clause would say
    (:func:`another_dose`, :func:`another_threshold`)."""
    if cell is None:
        return ()
    return tuple(
        q
        for header in (cell.row, cell.column)
        if header
        for q in find_quantities(header)
        if _dose(q) or _is_bound(q)
    )


def _same_dose(dose: Quantity, figure: Quantity) -> bool:
    """Whether two doses are the same, a daily one and one said without its period alike
    ("1 mg/kg/day" is the claim's "1.0 mg/kg", given daily)."""
    if _same_figure(dose, figure):
        return True
    mine, theirs = (PER_DAY.sub("", q.unit or "") for q in (dose, figure))
    if (mine, theirs) == (dose.unit, figure.unit):
        return False
    return bool(_same_figure(replace(dose, unit=mine), replace(figure, unit=theirs)))


NUMBERED_LABEL = JunctionGated(
    re.compile(
        r"\b([A-Za-z]{2,})-?(\d{1,3})(?![\d%]|[.,]\d)\b"
        r"|\b([A-Z]{3,})\s(\d{1,3})(?![\d%]|[.,]\d)\b"
    ),
    # a letter right before a digit, or before a hyphen or (a capital) a blank and a digit:
    # every label holds one, and a clause's figures rarely do ("in 2019", "of 45%")
    re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d)|(?<=[A-Z]\s\d))"),
)
"""A name with a number glued or hyphenated to its letters: ACR20, SVR12, PHQ-9, PCV13,
HIV-1, IL-6; or a capitalised name with its number after a space: a trial's (SKYLIGHT 2) or
a response threshold's (PASI 75, PASI 90, PASI 100: three digits too)."""


ANOTHER_LABEL = "it is about {}"
"""Why a claim stating a numbered name is not the figure's: the clause says another number."""


def _label_parts(found: re.Match[str]) -> tuple[str, str]:
    if found.group(1):
        return found.group(1).lower(), found.group(2)
    return found.group(3).lower(), found.group(4)


@per_claim
def _numbered_labels(registry_claim: RegistryClaim) -> frozenset[tuple[str, str]]:
    texts = (registry_claim.statement, *registry_claim.variants, *registry_claim.context)
    groups = (*texts, *registry_claim.group)
    return frozenset(
        _label_parts(m) for text in texts for m in NUMBERED_LABEL.finditer(text)
    ) | frozenset(label for text in groups for label in numbered_groups_in(text))


def another_numbered_label(registry_claim: RegistryClaim, around: Surroundings) -> str | None:
    """A numbered name the claim states (``ACR20``) when the figure's clause says the same
    letters with another number (``ACR70``) and the claim never says that one: another
    outcome, serotype or scale, so not this claim's figure. None otherwise."""
    theirs = _numbered_labels(registry_claim)
    if not theirs:
        return None
    for letters, number in around.labels_said:
        if (letters, number) in theirs:
            continue
        other = next((f"{a.upper()}{n}" for a, n in sorted(theirs) if a == letters), None)
        if other is not None:
            return other
    return None


def unexplained_names(registry_claim: RegistryClaim, around: Surroundings) -> list[str]:
    """The registry names of the clause (as written) that are none of the claim's names and
    that its statement does not say: "… develop cirrhosis" against a claim about treatment
    speaks of another outcome, as an unexplained word does."""
    said = around.unexplainable_names  # "cases" says nothing of its own
    if not said:
        return []
    own = subject_keys(registry_claim) | _context_keys(registry_claim)
    statement = _statement_key(registry_claim)
    unexplained = [
        (key, written)
        for key, written in said
        if key not in own
        and key not in statement
        and not _names_one_of(frozenset((key,)), own)
        and not any(key in name for name in own)
        and not _explained_name(written, registry_claim)
    ]
    if len(unexplained) == len(said):
        return [written for _key, written in unexplained]
    # words said once may be several names ("autistic" is both "autistic" and "autism"):
    # explained when any of them is the claim's
    explained = {written for key, written in said if (key, written) not in unexplained}
    return list(dict.fromkeys(w for _key, w in unexplained if w not in explained))


def sibling_names(
    registry: Registry, registry_claim: RegistryClaim, around: Surroundings
) -> list[str]:
    """The clause's names (as written) the claim does not explain that a sibling claim (one
    sharing a subject name with it) has for its own: the registry tells those claims apart
    by that name ("EASI-75" against the IGA 0/1 claim of the same trial, where another claim
    holds EASI-75), so a figure said of it is not this claim's figure."""
    unexplained = unexplained_names(registry_claim, around)
    if not unexplained:
        return []
    subjects = subject_keys(registry_claim)
    own = (subjects | _context_keys(registry_claim)) & around.clause_names
    keys = {written: key for key, written in around.unexplainable_names}
    found = []
    for written in unexplained:
        key = keys.get(written, "")
        siblings = [
            registry.by_id[other]
            for other in registry.by_term.get(key, ())
            if other != registry_claim.id and subject_keys(registry.by_id[other]) & subjects
        ]
        if not siblings or not says_what(written, registry_claim):
            continue
        if all(key in subject_keys(s) and own - _all_keys(s) for s in siblings):
            # "In FOURIER, Repatha reduced …": a name the siblings hold as another name of
            # the subject they share (a brand), where the clause also names what only this
            # claim holds (its trial): the brand tells nothing apart
            continue
        found.append(written)
    return found


def _all_keys(registry_claim: RegistryClaim) -> frozenset[str]:
    """The claim's subject and context keys."""
    return subject_keys(registry_claim) | _context_keys(registry_claim)


def says_what(written: str, registry_claim: RegistryClaim) -> bool:
    """Whether a name says what is measured, with a word the claim does not say: not a
    place or a control arm ("placebo-controlled"), nor only people ("babies", "Americans")
    and a measure ("died", "diagnosed"), nor a word the claim says in another form
    ("osteoporosis", "osteoporotic")."""
    if ANY_REGION.search(written) or CONTROL_ARM.search(written):
        return False  # a place, or a control arm (which the arm rules weigh)
    rest = PEOPLE_NOUN.sub(" ", written)
    for pattern in MEASURES.values():
        rest = pattern.sub(" ", rest)
    vocabulary = claim_vocabulary(registry_claim)
    return any(
        not any(len(stem) >= SAME_ROOT and word.startswith(stem[:SAME_ROOT]) for word in vocabulary)
        for stem in _telling(comparable_words(rest).split()) - vocabulary - AGE_WORDS - REPORT_WORDS
    )


REPORT_WORDS = frozenset(
    comparable_words(
        "result results outcome outcomes finding findings study trial analysis"
    ).split()
)
"""Words of how a figure is reported, which any claim's sibling may name: no outcome."""


SAME_ROOT = 7  # letters two words share when they are forms of one ("osteoporo-sis/-tic")


def _explained_name(written: str, registry_claim: RegistryClaim) -> bool:
    """Whether a one-word registry name said in the clause is a word the claim says of
    itself: "deaths" against a claim whose unit is deaths ("… cause 153,020 deaths"). A
    longer name is a phrase of its own: "chronic hepatitis" is not explained by a claim
    saying "chronic infection" and "hepatitis C" apart."""
    words = comparable_words(written).split()
    return len(words) == 1 and words[0] in claim_vocabulary(registry_claim)


def _uncompared(names: frozenset[str], compared: frozenset[str]) -> frozenset[str]:
    """A pronoun's antecedents without the names said as what something is compared with
    ("Apixaban was compared with warfarin in ARISTOTLE. It lowered …": it is apixaban),
    unless nothing else is left."""
    return (names - compared) or names


def _compared_in_sentence(claim: Claim) -> frozenset[str]:
    """The sentence's names said after a comparison word (``versus``, ``compared with``)."""
    return frozenset(
        _name_key(claim, s, n)
        for s, _e, n in claim.outer_terms
        if COMPARED_BEFORE.search(claim.text, 0, s - claim.start)
    )


def _compared_before(claim: Claim) -> frozenset[str]:
    """The names of the sentence before said after a comparison word there (found by their
    first place in its text; a name written otherwise than its key is kept)."""
    text = claim.previous_text
    lowered = text.lower()
    compared = set()
    for name in claim.nearby_terms:
        at = lowered.find(name.lower())
        if at > 0 and COMPARED_BEFORE.search(text, 0, at):
            compared.add(normalise_term(name))
    return frozenset(compared)


@lru_cache(maxsize=4096)
def _says_something(written: str) -> bool:
    """Whether a name as written has a telling word: asked of the clause's few names for
    every one of thousands of candidates, so worked out once per name."""
    return bool(_telling(comparable_words(written).split()))


def unexplained_penalty_floor(registry_claim: RegistryClaim, around: Surroundings) -> float:
    """A lower bound of :func:`unexplained_penalty` that reads only the clause's words, not
    its registry names (which only add to the count): keep the two in step."""
    unexplained = len(_unexplained_stems(registry_claim, around))
    counted = min(UNEXPLAINED_WORDS_COUNTED, unexplained) - UNEXPLAINED_WORDS_FREE
    return UNEXPLAINED_WORD_PENALTY * max(0, counted)


def unexplained_penalty(registry_claim: RegistryClaim, around: Surroundings) -> float:
    """What the clause says that the claim does not explain, beyond a word: a figure about
    something else said of the same subject ("… 44% of new cases of kidney failure" against
    a claim about how common diabetes is) is not that claim's figure."""
    unexplained = len(_unexplained_stems(registry_claim, around))
    unexplained += len(unexplained_names(registry_claim, around))
    counted = min(UNEXPLAINED_WORDS_COUNTED, unexplained) - UNEXPLAINED_WORDS_FREE
    return UNEXPLAINED_WORD_PENALTY * max(0, counted)


def unexplained_words(registry_claim: RegistryClaim, around: Surroundings) -> tuple[str, ...]:
    """The clause's words, as written, that the claim does not explain, when they cost it
    (more than the free one): what a message names for a near miss ("the sentence speaks of
    serious, adverse, events")."""
    stems = _unexplained_stems(registry_claim, around)
    names = unexplained_names(registry_claim, around)
    if len(stems) + len(names) <= UNEXPLAINED_WORDS_FREE:
        return ()
    written: dict[str, str] = {name.lower(): name for name in names}
    for word, stem in around.clause_word_stems:
        if stem in stems:
            written.setdefault(word.lower(), word)
    return tuple(written.values())[:UNEXPLAINED_WORDS_COUNTED]


@per_claim
def _name_heads(registry_claim: RegistryClaim) -> frozenset[str]:
    """The last word of each of the claim's subject names and of its context phrases (a
    phrase ends in its noun; a one-word context may be a verb or an adjective, so only a
    plural noun, ``adults``, counts of those), comparable:
    the word a narrowing modifier stands before ("obesity" of "obesity", "fracture" of
    "vertebral fracture", "adult" of "US adults")."""
    phrases = (
        name
        for name in registry_claim.context
        if " " in name.strip() or (name.endswith("s") and name.isalpha() and name.islower())
    )
    heads = [comparable_words(name).split() for name in (*registry_claim.subject, *phrases)]
    return frozenset(words[-1] for words in heads if words and not words[-1].isdigit())


def _lettered_heads(registry_claim: RegistryClaim) -> frozenset[str]:
    """The noun of each subject name that ends in a letter, number or numeral telling its
    kinds apart ("haemophilia" of "haemophilia A", "hepatitis" of "hepatitis B")."""
    heads = set()
    for name in registry_claim.subject:
        words = comparable_words(name).split()
        if not words or not _kind_mark(words[-1]):
            continue
        while words and _kind_mark(words[-1]):
            words = words[:-1]
        if words:
            heads.add(words[-1])
    return frozenset(heads)


def _kind_mark(word: str) -> bool:
    return len(word) == 1 or word.isdigit() or word in NUMERALS


NUMERALS = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix"})
ADJECTIVE = re.compile(
    r"(?:severe|mild|moderate|acute|chronic|active|latent|advanced|early|late|occult"
    r"|\w+(?:al|ic|ive|ous|ed|ing|ent|ant|ary|ile|ful|less))"
)
"""What may narrow a lettered name: an adjective ("severe haemophilia A", "acute hepatitis
B", "congenital …"), not any word that happens to stand before it ("as a rule Marker X")."""


WORD = re.compile(r"[^\W\d_]+")  # "low-dose" is two words, as comparable_words says it


NOT_MODIFIERS = frozenset(
    """hundred thousand million billion trillion cut cuts lost fell rose saw had gave took
    made kept got led hit put set caught began became brought bought sought fought taught
    thought spent sent left felt found held won beat ran grew drew knew came went gone
    shed spread struck stood no zero usually typically generally normally commonly mostly
    often sometimes rarely frequently occasionally routinely currently still just only
    nearly roughly approximately""".split()
)
"""Scale words and the irregular past forms of verbs (the regular ones end in "ed"): "caught
measles", "spread flu", "began treatment" say what happened to a name, they narrow nothing;
nor do the negators "no" and "zero" ("Zero flares"): with or without is the polarity's to
weigh (:mod:`~claimcheck.verify.polarity`); nor adverbs of how often or how near, before a
verb that shares a name's word ("patients usually stay just 2 days" against a hospital
stay)."""
LOOK_BACK_WORDS = frozenset("past last previous preceding prior".split())
"""A look-back's words ("during the past year" against a claim's "in the previous year"):
they narrow no claim whose own frame looks back a year (the frame weighs the period)."""


def _not_a_modifier(written: str) -> bool:
    """A scale word of the figure, a verb's form (``recorded``, ``taking``, ``cut``), a plural noun
    (``couples conceive``) or a place (``American adults``: the frame weighs places)
    narrows nothing."""
    lower = written.lower()
    return (
        lower in NOT_MODIFIERS
        or lower.endswith(("ing", "ed"))
        or (lower.endswith("s") and not lower.endswith(("ous", "ss", "is")))
        or ANY_REGION.search(written) is not None
    )


CONDITION_SHAPE = NeedleScanned(
    re.compile(
        r"[a-z]{3,}(?:itis|osis|aemia|emia|oma|omas|opathy|algia|ectomy|ectomies|otomy|plasty"
        r"|uria)$",
        re.IGNORECASE,
    )
)
"""A word shaped as the name of a condition or an operation by its Greek or Latin ending:
oesophagitis, cirrhosis, anaemia, lymphoma, neuropathy, neuralgia, hysterectomy, angioplasty,
proteinuria."""
CONDITION_ENDINGS = (
    "itis", "osis", "aemia", "emia", "oma", "omas", "opathy", "algia", "ectomy", "ectomies",
    "otomy", "plasty", "uria",
)  # fmt: skip
"""The endings :data:`CONDITION_SHAPE` reads, in lower case: an ASCII word ending otherwise
is no condition's name."""


NOT_CONDITIONS = frozenset(
    """diagnosis diagnoses prognosis prognoses hypnosis osmosis diploma diplomas aroma aromas
    academia nostalgia""".split()
)
"""Words of those endings that name no condition: "ever had an ADHD diagnosis"."""


def _unstated_conditions(registry_claim: RegistryClaim, around: Surroundings) -> list[str]:
    """The words of the figure's own clause, as written, that name a condition or an
    operation (:data:`CONDITION_SHAPE`) the claim does not say: "It found oesophagitis in 31%
    of the sleeve patients" is about oesophagitis, whatever else it shares with a claim about
    those patients' weight loss, so it accuses no such claim (the free unexplained word the
    text score allows is no condition's name)."""
    stems = _unexplained_stems(registry_claim, around)
    if not stems:
        return []
    found = []
    for word in re.findall(r"[^\W\d_][\w'-]*", around.clause):
        if (
            # (a string test before the pattern's; a word outside ASCII may hold a letter
            # that matches an ASCII one without case, "ſ" for "s", and is asked as before)
            (not word.isascii() or word.lower().endswith(CONDITION_ENDINGS))
            and CONDITION_SHAPE.search(word)
            and word.lower() not in NOT_CONDITIONS
            and comparable_words(word) in stems
        ):
            found.append(word)
    return found


SUBTYPE_MODIFIERS = frozenset(
    comparable_words(
        """haemorrhagic hemorrhagic ischaemic ischemic intracranial gastrointestinal fatal
        nonfatal non-fatal recurrent symptomatic asymptomatic paroxysmal persistent
        permanent metastatic invasive"""
    ).split()
)
"""Adjectives that split a condition into its kinds: before any word of the claim's own
("haemorrhagic stroke" against a claim about stroke or systemic embolism, "recurrent
stroke", "fatal bleeding"), a kind the claim does not say narrows it, as a modifier of one
of its names does."""


def narrowing_words(
    registry_claim: RegistryClaim,
    around: Surroundings,
    subject_terms: frozenset[str] = frozenset(),
    sexes_split: bool = False,
    ages_split: bool = False,
    population: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The clause's words, as written, that narrow one of the claim's names to a part of
    what it names, and that the claim does not explain: "severe" in "had severe obesity"
    against a claim about obesity, "Hispanic" in "Hispanic adults" against one about US
    adults, "hip" in "hip fracture" against one about vertebral fracture. The figure is then
    about a subgroup or subtype the claim does not state: not a figure to accuse of differing
    from it. A place (``American adults``) is the frame's to weigh, not a narrowing."""
    heads = _name_heads(registry_claim) | frozenset(
        # a one-word context that is another claim's subject is a noun: "melanoma"
        comparable_words(name)
        for name in registry_claim.context
        if " " not in name.strip() and normalise_term(name) in subject_terms
    )
    vocabulary = claim_vocabulary(registry_claim)
    lettered = _lettered_heads(registry_claim)
    narrowing = []
    for piece, at, written, followed_by, modifier, noun, slashed in around.modified_words:
        if modifier in vocabulary:
            continue
        if (slashed or around.paired) and modifier not in around.words:
            # (another item of a "respectively" list, not this figure's words: "Deep burns
            # and extensive burns … 17.8% and 2.6%, respectively" has the 17.8% not extensive)
            continue
        if set(comparable_words(f"{written} {followed_by}").split()) <= vocabulary:
            continue  # "chest infections", said as the claim says it in other words
        if SAID_ABSENT.search(piece, max(0, at - 5), at):
            continue  # "a no-cost check-up" says what it lacks, no part of check-ups
        if modifier in CONTROL_ARM_WORDS and claim_frame(registry_claim).control:
            continue  # "usual care alone" names a control arm's claim's arm
        if modifier in NEW_CASE_WORDS and claim_frame(registry_claim).count_of == "new":
            # "35.9 new MS cases", "80 per 100,000 develop epilepsy": the new cases an
            # incidence claim counts, no part of its subject
            continue
        if (
            noun not in heads
            and not (noun in lettered and ADJECTIVE.fullmatch(modifier))
            and not (modifier in SUBTYPE_MODIFIERS and noun in vocabulary)
        ):
            continue
        if not _telling([modifier]) or _not_a_modifier(written):
            continue
        if (
            written.lower() in LOOK_BACK_WORDS
            and LOOK_BACK[0][1] in claim_frame(registry_claim).timepoints
        ):
            continue
        if normalise_term(written) in subject_terms:
            continue  # "flu symptoms": a disease the registry knows names, not narrows
        narrowing.append(written)
    narrowing.extend(_unstated_conditions(registry_claim, around))
    narrowing.extend(
        _unstated_group_words(registry_claim, around, sexes_split, ages_split, population)
    )
    narrowing.extend(_contrast_subject(around.pieces[0] if around.pieces else "", vocabulary))
    narrowing.extend(
        _free_of_unstated(_clause_to_next_figure(around), vocabulary, around.sentence_names)
    )
    narrowing.extend(
        # (not a phrase a qualifier of people read already: "who had previously received a")
        phrase
        for phrase in _prior_status_unstated(registry_claim, around, vocabulary)
        if not any(phrase.startswith(said) for said in narrowing)
    )
    return tuple(dict.fromkeys(narrowing))


FREE_STATE = re.compile(r"\b(?P<what>[^\W\d_]{4,})-free\b", re.IGNORECASE)
FREE_OF = NeedleScanned(FREE_STATE)
"""A state said as free of an event ("stayed relapse-free", "seizure-free at 12 months")."""
NOT_AN_EVENT = frozenset(
    "cost charge risk interest duty tax symptom hands gluten sugar alcohol smoke".split()
)
"""Words before ``-free`` that say no event a figure counts (``cost-free``, ``hands-free``)."""


def _clause_to_next_figure(around: Surroundings) -> str:
    """The figure's clause and the sentence's words after it up to the next number: a clause
    cut at a figure of time ("… every 8 weeks were in steroid-free remission") goes on to
    say its state."""
    at = around.sentence.find(around.clause) if around.clause else -1
    if at < 0:
        return around.clause
    rest = around.sentence[at + len(around.clause) :]
    digit = re.search(r"\d", rest)
    return around.clause + (rest[: digit.start()] if digit else rest)


def _free_of_unstated(
    clause: str, vocabulary: frozenset[str], names: frozenset[str] = frozenset()
) -> list[str]:
    """The clause's "X-free" states (:data:`FREE_OF`) whose event the claim does not say: a
    share of people who stayed relapse-free is no figure of a claim about disability
    progression, whatever else the two share."""
    found = []
    for said in FREE_OF.finditer(clause):
        if normalise_term(said.group()) in names:
            continue  # "itch-free", a sibling claim's name: the sibling rule says whose
        what = comparable_words(said.group("what"))
        if what in NOT_AN_EVENT or not _telling([what]) or _said_loosely(what, vocabulary):
            continue
        if any(word.endswith(what) for word in vocabulary):
            continue  # "steroid-free" of a claim's "corticosteroid-free"
        found.append(said.group())
    return found


PRIOR_STATUS = NeedleScanned(
    re.compile(
        r"\b(?:who|that)\W+(?:(?:had|have|has|were|was|are|is)\W+)?"
        r"(?:(?:never\W+|not\W+(?:yet\W+|previously\W+|already\W+)?|(?:previously|already)\W+)"
        r"(?:(?:been\W+)?(?P<verb>had|received|taken|used|tried|smoked|treated|infected"
        r"|vaccinated|given|exposed|been))|no\W+(?:prior|previous|history))\b"
        r"(?:\W+(?:a|an|the|any|of)\b)?(?:\W+[\w-]+)?"
        r"(?:\W+(?:before|previously|in\W+the\W+past)\b)?"
        r"|\b(?:treatment|therapy|drug|vaccine|antiretroviral)[- ]na[iï]ve\b"
        r"|\b(?:previously\W+untreated|with\W+no\W+(?:prior|previous)\W+\w+)",
        re.IGNORECASE,
    )
)
"""A group said by what its people had (or never had) before: "children who had never had
dengue before", "patients who had previously received chemotherapy", "treatment-naive
adults". Such a subgroup is a part of the claim's people the claim must say."""
PRIOR_STATUS_WORDS = frozenset(
    comparable_words(
        """never previously previous prior naive naïve untreated pretreated seronegative
        seropositive first-ever history"""
    ).split()
)
"""Words by which a claim says its people's history ("in primary prevention", "previously
untreated", "seronegative at baseline"): then the figure's subgroup may be its own."""


PREVENTION_SAID = NeedleScanned(
    re.compile(r"\b(?:primary|secondary)\W+prevention\b", re.IGNORECASE)
)
"""A claim about people who never had the event (primary prevention) or who had it."""


def _prior_status_unstated(
    registry_claim: RegistryClaim, around: Surroundings, vocabulary: frozenset[str]
) -> list[str]:
    """The phrase saying a group by its history (:data:`PRIOR_STATUS`) in the figure's clause,
    or in a phrase opening its sentence ("In children who had never had dengue before, …"),
    where the claim says no such history: the figure is about a subgroup the claim is not."""
    if vocabulary & PRIOR_STATUS_WORDS or PREVENTION_SAID.search(
        " ; ".join((registry_claim.statement, *registry_claim.context, *registry_claim.group))
    ):
        return []
    opening = OPENING_PHRASE.match(around.sentence)
    for text in (around.clause, opening.group() if opening is not None else ""):
        found = PRIOR_STATUS.search(text) if text else None
        if found is not None:
            if _said_unprefixed(found.group(), vocabulary):
                return []  # "who had never been vaccinated" are the claim's unvaccinated
            return [found.group().strip()]
    return []


SAID_ABSENT = re.compile(r"\b(?:no|zero)[ -]\Z", re.IGNORECASE)
"""``no-`` before a modifier (``a no-cost check-up``, ``a no-fee scheme``): the thing
without it, as ``-free`` says (:data:`~claimcheck.verify.frames.MEASURES`' cost)."""


CONTRAST_SUBJECT = re.compile(
    r"\A\W*(?:(?:and|but|while|whereas|with)\W+)?"
    r"(?P<subject>[^\W\d_][\w'-]*(?:[ ]+[^\W\d_][\w'-]*){0,3})"
    r"\W+(?:(?:a|an)\W+(?:further|additional|extra)\W+|another\W+|(?:about|around|some|nearly"
    r"|almost|just|only|roughly)\W+)?[\d.,]+\s*(?:%|per\W?cent)?\W*\Z",
    re.IGNORECASE,
)
"""A gapped clause of a subject and a figure only, after a clause that said the verb:
"Smoking causes 72% of cases and workplace exposures 13%", "… and hepatitis C a further
56%". Its subject is what the figure is about."""


NOT_A_SUBJECT = re.compile(
    r"\b[^\W\d_]{3,}ed\b|\b(?:to|at|by|for|in|of|from|with|on|was|were|is|are|be|been|than|reached"
    r"|hit|stood|rose|fell|grew|saw|cost|costs|took|gave|got|had|has|have|made|makes|make)\Z",
    re.IGNORECASE,
)
"""Words before a figure that make the words a verb phrase, not a gapped clause's subject:
a past tense (``killed``, ``reported``) or a verb or preposition right before the figure."""


def _contrast_subject(clause: str, vocabulary: frozenset[str]) -> list[str]:
    """The subject of a gapped clause (:data:`CONTRAST_SUBJECT`) when the claim's words say
    none of its telling words: the figure is about that subject, not the claim's."""
    said = CONTRAST_SUBJECT.match(clause)
    if said is None:
        return []
    subject = said.group("subject")
    if NOT_A_SUBJECT.search(subject) or any(p.search(subject) for p in MEASURES.values()):
        return []  # "… and killed 604,000", "… and rose to 12%": a verb's object, no subject
    words = _telling(comparable_words(subject).split())
    if words and not any(_said_loosely(word, vocabulary) for word in words):
        return [said.group("subject")]
    return []


_EXAMPLE_ITEM = r"[^\W\d_][\w'-]*(?:[ ][^\W\d_][\w'-]*)?"
EXAMPLES_LISTED = re.compile(
    rf"\b(?:such\W+as|including|e\.g\.,?|for\W+example,?)\s+{_EXAMPLE_ITEM}"
    rf"(?:\s*,\s*{_EXAMPLE_ITEM})*(?:,?\s+(?:and|or)\s+{_EXAMPLE_ITEM})?",
    re.IGNORECASE,
)
"""A list of examples of what was just named ("reactions such as itching, redness and
swelling"): kinds of it, no other thing."""
ALL_PATIENTS = re.compile(r"\bpatients\b", re.IGNORECASE)
ARM_OR_TRIAL = re.compile(
    r"\b(?:trials?|study|studies|given|treated|taking|receiving|assigned|randomi[sz]ed|on)\b",
    re.IGNORECASE,
)
"""A statement about a trial, or about patients on a treatment (an arm)."""


def _about_all_patients(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's statement is about patients and it, its context and group name no
    sex and no subject only one sex has (:data:`SEX_OF_SUBJECT`): patients of both sexes, as
    "adults" are. Not a trial's "participants", often of one sex (PROUD enrolled men)."""
    if not ALL_PATIENTS.search(registry_claim.statement) or ARM_OR_TRIAL.search(
        registry_claim.statement
    ):
        return False  # (a trial arm's patients may all be of one sex: "men given lorvatan")
    said = " ".join(
        (registry_claim.statement, *registry_claim.subject, *registry_claim.context,
         *registry_claim.group)
    )  # fmt: skip
    return not any(p.search(said) for p in (*SEX_OF_SUBJECT.values(), *SEXES.values()))


SEX_OF_SUBJECT = {
    "female": re.compile(
        r"\b(?:cervi\w*|ovar\w*|uter\w*|endometri\w*|womb|vagin\w*|vulva\w*|breast|mammo\w*|conceiv\w*|conception|pregnan\w*"
        r"|maternal|mothers?|menopaus\w*|birth|births|obstetric\w*|ivf|contracepti\w*|hpv"
        r"|miscarri\w*|stillbirths?|gestation\w*|antenatal|prenatal|postnatal|postpartum"
        r"|c[a]?esarean\w*|breastfe\w*|lactat\w*|menstru\w*|pre-?eclampsia|eclampsia"
        r"|pcos|midwi\w*)\b",
        re.IGNORECASE,
    ),
    "male": re.compile(
        r"\b(?:prostat\w*|testic\w*|penile|erectile|sperm|vasectom\w*|scrot\w*)\b",
        re.IGNORECASE,
    ),
}
"""Subjects only one sex has (cervical cancer, prostate cancer, pregnancy): a claim about
them need not say "women" or "men", so naming the sex narrows nothing."""


def _sex_of_the_source(registry_claim: RegistryClaim) -> frozenset[str]:
    """The one sex the claim's sources are titled as studying ("observations on male British
    doctors"), or none: a claim from a study of men need not say "men" for "men who stopped
    smoking at 60" to be its figure. A title naming both sexes names neither."""
    titles = " ".join(source.citation for source in registry_claim.sources)
    said = frozenset(sex for sex, pattern in SEXES.items() if pattern.search(titles))
    return said if len(said) == 1 else frozenset()


def _unstated_group_words(
    registry_claim: RegistryClaim,
    around: Surroundings,
    sexes_split: bool = False,
    ages_split: bool = False,
    population: frozenset[str] = frozenset(),
) -> list[str]:
    """The words of the figure's own clause that name a sex or a stage, where the claim
    states none and its words do not say them: "5,430 men died" against a claim about all
    deaths is about a part the claim does not state (one age group against all ages is
    ruled out as a frame contradiction already). A sex is weighed for counts only: in "74%
    of women aged 25–49" it says whom a share is of, and a claim about a disease of women
    need not say "women"."""
    theirs = claim_frame(registry_claim)
    vocabulary = claim_vocabulary(registry_claim)
    share = bool(around.share_of)
    proportion = registry_claim.value.unit in PROPORTION_UNITS or share
    found = []
    for slot, patterns in (
        ("sexes", SEXES),
        ("stages", STAGES),
        ("ethnicities", ETHNICITIES),
        ("severities", SEVERITIES),
    ):
        if getattr(theirs, slot):
            continue
        if (
            slot == "sexes"
            and (registry_claim.value.unit in PROPORTION_UNITS or share)
            and not sexes_split
        ):
            # "74% of women aged 25–49": whom a share is of, often the whole; not where
            # sibling claims are told apart by sex ("14.5% of men aged 40–59" against the
            # claim about all adults of that age, beside the men's and the women's claims)
            continue
        if slot != "sexes":
            found.extend(_unsaid(patterns, getattr(around.own_frame, slot), around, vocabulary))
            continue
        # the figure's own counted noun says a sex too ("4,300 men"): read the whole clause
        # (asked of sexes only: the other slots read the frame's own clause)
        named = set(around.sexes_in_pieces)
        claim_text = " ".join(
            (registry_claim.statement, *registry_claim.subject, *registry_claim.context)
        )
        named = {n for n in named if not SEX_OF_SUBJECT[n].search(claim_text)} - population
        if named:
            named -= _sex_of_the_source(registry_claim)
        found.extend(_unsaid(patterns, named, around, vocabulary))
        if around.gapped and not named and len(around.frame.sexes - population) == 1:
            # a gapped clause keeps the sex said before it ("23,900 men acquired HIV in
            # 2018, falling to 21,400 in 2022"): the 21,400 are men too
            (sex,) = around.frame.sexes
            if not SEX_OF_SUBJECT[sex].search(claim_text) and not vocabulary & SEX_WORDS[sex]:
                found.append(sex)
    found.extend(_unstated_life_stage(registry_claim, around, proportion))
    own = around.own_frame.severities
    if own and (own < theirs.severities or ("all" in theirs.severities and "all" not in own)):
        # "minimal impotence in 17.2%" against a claim about "minimal, moderate and complete
        # impotence" together: one grade of the several the claim counts as one
        found.extend(sorted(own))
    if (
        ages_split
        and around.own_frame.ages
        and not theirs.ages
        and not theirs.life_stages
        # (a claim whose declared group left its statement's ages out still states them:
        # "The rate in boys aged 0-14 is 17.3" with the group [boys])
        and not set(around.own_frame.ages) <= set(ages_named(registry_claim.statement))
    ):
        # "14.5% of men aged 40–59" against the men's claim about all ages, beside claims
        # told apart by age: a part of its people the claim does not state
        for piece in around.pieces:
            said = AGES_SAID.search(piece)
            if said:
                found.append(said.group())
                break
    # (not the examples of the claim's own outcome: "skin reactions such as itching,
    # redness and swelling" are skin reactions, no other outcome)
    said_harm = list(around.harms_said)
    if said_harm and _another_outcome(said_harm, _claim_harms(registry_claim)):
        # "nausea was reported by 41% of patients on drug X" against the trial's efficacy
        # claim, or constipation against its claim about nausea: another outcome
        found.append(said_harm[0])
    # "in people who are overweight", "smokers without a psychiatric disorder": a part of
    # the people the claim counts, told by words it does not say
    found.extend(_unsaid_qualifiers(around.qualifiers_said, vocabulary))
    for kind in around.kinds_of_people:
        # "Among US veterans, 31.5% had chronic pain" against the claim about all adults:
        # people of a kind the claim does not state
        if not _all_said(kind, vocabulary) and not _doers_of_its_habit(kind, vocabulary):
            found.append(kind)
            break
    if not theirs.ages and not theirs.life_stages and not proportion:
        # "2,000 children died" against a claim about all deaths: a part it does not state
        # (adults are the whole a claim means when it names no one); for counts only, as a
        # sex: "half of the world's children" get a vaccine whose claim need not say them
        for (low, high), said in around.stage_words_said:
            if high >= ADULT_AGE and low < OLDER_AGE:
                continue
            if high <= BIRTH_STAGE_AGE:
                continue  # "a baby with …" against a claim per births: births are babies
            for written in said:
                if not _all_said(written, vocabulary):
                    found.append(written)
                    break
    return found


QUALIFIED_PEOPLE = NeedleScanned(
    re.compile(
        r"\b(?:people|persons|patients|adults|children|kids|women|men|girls|boys|participants"
        r"|recipients|individuals|infants|babies|students|pupils|smokers|those|eyes)\W+"
        r"(?:(?:in|from)\W+(?:the\W+)?(?-i:[A-Z][\w.-]*)(?:\W+(?-i:[A-Z][\w.-]*)){0,3}\W+)?"
        r"(?P<qualifier>who\W+(?:are|were|is|was|have|has|had)\W+(?:(?:never|not|no|also|already"
        r"|a|an)\W+)*[^\W\d_][\w'-]*(?:[ ]+[^\W\d_][\w'-]*){0,2})",
        re.IGNORECASE,
    )
)
"""People told apart by a relative clause saying what they are or have: "in people who are
overweight", "children who have asthma", "adults who had never had dengue", also after a
place ("adults in the US who are obese"). Not "people living with HIV" (often the very
population a claim counts) nor "living in treated clusters" (a trial's arm). The words of the
qualifier (up to three after its verb) name a part of the people a claim counts, unless the
claim's own words say them. Not what people did ("who started the drug", "who stayed on
it": a trial's arm, which arms weigh) nor what they are without ("without diabetes", often
the very population a trial enrolled)."""
QUALIFIER_SAID = re.compile(r"who\b.*", re.IGNORECASE)
"""A qualifier as :func:`_unsaid_qualifiers` returns it: a narrowing to a group of people."""
QUALIFIER_ENDS = re.compile(
    r"\b(?:and|or|but|who|which|that|were|was|are|is|had|have|has|at|in|by|on)\b.*", re.I
)
"""Where a qualifier's words stop: the main clause's verb or a new phrase."""


def _qualifiers_in(piece: str) -> list[tuple[str, frozenset[str]]]:
    """The qualifiers of people in ``piece`` (:data:`QUALIFIED_PEOPLE`), as written, each
    with its telling words; not those naming an arm ("who are not treated"), weighed as
    arms."""
    found = []
    for said in QUALIFIED_PEOPLE.finditer(piece):
        head, _, rest = said.group("qualifier").partition(" ")
        first, _, more = rest.partition(" ")  # "who are overweight": its own verb stays
        qualifier = " ".join(w for w in (head, first, QUALIFIER_ENDS.sub("", more).strip()) if w)
        if CONTROL_ARM.search(qualifier):
            continue
        if POINTS_BACK_QUALIFIER.match(said.group("qualifier")):
            continue  # "men who have the operation": the one named before, no narrowing
        if COMPARED_IN.search(piece, max(0, said.start() - 40), said.start() + 1):
            continue  # "… and is more common in men who are obese": whom it is commoner in
        found.append((qualifier, _telling(comparable_words(qualifier).split())))
    return found


POINTS_BACK_QUALIFIER = re.compile(
    r"who\W+(?:are|were|is|was|have|has|had)\W+(?:(?:had|been|taken|given|used)\W+)?"
    r"(?:it\b|them\b|(?:the|this|that|these|such)\W+(?:operation|procedure|surgery|treatment"
    r"|therapy|drug|medicine|medication|pill|test|scan|screening|vaccine|jab|condition|disease"
    r"|illness|infection|virus|cancer|tumou?r|transplant|implant|injection|diagnosis)s?\b)",
    re.IGNORECASE,
)
"""A qualifier whose object points back to what the sentence before named ("men who have
the operation" after TURP, "patients who take this drug"): those the claim is about, no part
of them."""
COMPARED_IN = re.compile(
    r"\b(?:more|less|most|least)\W+(?:common|likely|frequent|prevalent|usual|often)\W+"
    r"(?:in|among|amongst|for)\W+(?:\w+\W+)?\w+\W*\Z",
    re.IGNORECASE,
)
"""A comparison naming whom something is commoner in, right before a qualified group: the
group is compared, not the one a figure counts."""


def _unsaid_qualifiers(
    qualifiers: Iterable[tuple[str, frozenset[str]]], vocabulary: frozenset[str]
) -> list[str]:
    """Of ``qualifiers`` (:func:`_qualifiers_in`), those with a telling word the claim's
    ``vocabulary`` does not say, as written."""
    return [
        qualifier
        for qualifier, words in qualifiers
        if any(not _said_loosely(word, vocabulary) for word in words)
        and not _said_unprefixed(qualifier, vocabulary)
    ]


NEGATED = re.compile(r"\b(?:never|not|no)\b", re.IGNORECASE)


def _said_unprefixed(phrase: str, vocabulary: frozenset[str]) -> bool:
    """Whether a negated phrase ("who have never been vaccinated", "never had the MMR
    vaccine") says what the claim's word with ``un-`` says ("unvaccinated")."""
    if not NEGATED.search(phrase):
        return False
    return any(_said_loosely(f"un{word}", vocabulary) for word in comparable_words(phrase).split())


def _doers_of_its_habit(kind: str, vocabulary: frozenset[str]) -> bool:
    """Whether people of a kind are the doers of a habit the claim says ("vapers" of a claim
    about vaping, "smokers" of one about smoking): the claim's own people, no part of them
    (not "non-smokers" nor "ex-smokers", who are others)."""
    if re.match(r"(?:ex|non)\W?", kind, re.IGNORECASE):
        return False
    habits = {doing(word) for word in vocabulary}
    return any(
        DOER.search(word) and doing(word) in habits for word in comparable_words(kind).split()
    )


def _said_loosely(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether the claim's words say ``word`` in another form ("who smoke" and "smokers")."""
    if word in vocabulary:
        return True
    stem = word[: max(4, len(word) - 2)]
    return len(word) > 4 and any(other.startswith(stem) for other in vocabulary)


PEOPLE_OF_A_KIND = re.compile(
    r"\b(?:among|of|in|for)\W+(?:[^\W\d_][\w-]*\W+){0,2}"
    r"(?P<kind>(?:ex-|non-?)?(?:smokers|drinkers|vapers|veterans|nurses|doctors|physicians"
    r"|clinicians|surgeons|dentists|pharmacists|midwives|carers|caregivers"
    r"|teachers|workers|employees|farmers|miners|soldiers|military\W+personnel"
    r"|drivers|pilots|prisoners|inmates|refugees|migrants"
    r"|immigrants|asylum\W+seekers|travell?ers|pensioners|retirees|homeless\W+people"
    r"|rough\W+sleepers|sex\W+workers|truck\W+drivers))\b",
    re.IGNORECASE,
)
"""People of a kind a figure may be said of ("among US veterans", "of nurses", "in current
smokers"): an occupation, a habit or a social group. A claim whose words do not say it is
about others (everyone, adults), so the figure is no figure to accuse it of, nor one an equal
figure of it backs. Not pupils, students or athletes: the people a school survey's or a sports
claim's figures are about, often without saying so."""


ROLE_PEOPLE = re.compile(
    r"\b(?P<role>(?:unpaid\W+)?(?:carers?|care-?givers?|caregivers?)|volunteers?|donors?"
    r"|relatives?|family\W+members?|parents?\W+of)\b",
    re.IGNORECASE,
)
"""People a claim may count by the part they play for those with a condition (carers,
donors, relatives), not the people who have it. (Not doctors, nurses or staff: a survey's
claim about them is often said of "physicians" or of a hospital's workforce in other words.)"""
ROLE_UNSAID = "it counts people by a part they play, which nothing near the figure names"


def _role_unsaid(registry_claim: RegistryClaim, around: Surroundings) -> str | None:
    """The role (:data:`ROLE_PEOPLE`) a claim's context or group declares its people play,
    where nothing around the figure names it: a count of those with dementia is no count of
    their carers. None where the claim declares none, or the page says it."""
    roles = [
        found.group()
        for term in (*registry_claim.context, *registry_claim.group)
        if (found := ROLE_PEOPLE.fullmatch(term.strip())) is not None
    ]
    if not roles:
        return None
    said = f"{around.lead_text} {around.previous_text} {around.sentence}".lower()
    for role in roles:  # (its context's names are alternatives: "healthcare workers, staff")
        stem = re.sub(r"\W+", " ", role.lower()).split()[-1].rstrip("s")[:5]
        if stem in said:
            return None
    return roles[0]


ADVERSE_EFFECT = re.compile(
    r"\b(?:nausea|vomiting|diarrh(?:o)?ea|constipation|headaches?|dizziness|fatigue|rash(?:es)?"
    r"|itching|pruritus|acne|conjunctivitis|drowsiness|somnolence|dry\W+mouth|myalgia"
    r"|injection[\W-]+site\W+reactions?|infusion(?:[\W-]+related)?\W+reactions?"
    r"|(?:serious\W+)?adverse\W+(?:events?|effects?|reactions?)|side[\W-]+effects?)\b",
    re.IGNORECASE,
)
"""Side effects a page reports a trial's figure for. A claim whose words name none of them
(an efficacy claim) is about another outcome, whatever the figures."""


HARM_REPORTED = NeedleScanned(
    re.compile(
        r"\b(?:reported|experienced|occurred|developed|affected|side[\W-]+effects?|adverse)\b",
        re.IGNORECASE,
    )
)
"""How a page says a side effect happened ("nausea was reported by 41%", "infusion reactions
occurred in 9.8%"): without such words the same names may be the condition a trial treats
("free of their headache two hours after a dose")."""
HARM_SYNONYMS = {
    "itching": "pruritus",
    "somnolence": "drowsiness",
    "headaches": "headache",
    "rashes": "rash",
    "diarrhoea": "diarrhea",
}
GENERAL_HARMS = frozenset({"adverse", "side"})  # "adverse events", "side effects": any of them


def _harm_key(written: str) -> str:
    """A side effect's key: its first word, spellings and synonyms as one."""
    word = written.lower().split()[0].split("-")[0]
    if word == "serious":
        word = "adverse"
    return HARM_SYNONYMS.get(word, word)


@per_claim
def _claim_harms(registry_claim: RegistryClaim) -> frozenset[str]:
    """The side effects (:data:`ADVERSE_EFFECT`, by key) the claim's own words name:
    statement, variants, subject, context and its quotes."""
    texts = (
        registry_claim.statement,
        *registry_claim.variants,
        *registry_claim.subject,
        *registry_claim.context,
        *(source.quote or "" for source in registry_claim.sources),
    )
    return frozenset(_harm_key(h.group()) for text in texts for h in ADVERSE_EFFECT.finditer(text))


def _another_outcome(said: list[str], claims: frozenset[str]) -> bool:
    """Whether side effects said around a figure are none the claim is about: it names none
    (an efficacy claim), or names others (nausea, where the page says constipation); a
    general name on either side ("side effects") may be any of them."""
    if not claims:
        return True
    keys = {_harm_key(word) for word in said}
    if keys & GENERAL_HARMS or claims & GENERAL_HARMS:
        return False
    return not keys & claims


def _names_whole(pattern: re.Pattern[str], word: str) -> bool:
    """Whether ``pattern`` reads the whole of ``word`` said before a people noun ("Black",
    "Asian American": an ethnic group's words need one after them)."""
    said = pattern.match(f"{word} people")
    return said is not None and said.end() >= len(word)


def another_kind(registry_claim: RegistryClaim, clause: str) -> bool:
    """Whether the figure's clause says a kind of a condition (:data:`KIND_WORDS`: "sporadic
    ALS", "chronic hepatitis B") where the claim's statement or context says another kind
    before that same name ("familial ALS", "acute hepatitis B"): the figure is about another
    kind of it, which an equal figure does not back (a kind the claim is silent on, "severe
    obesity" against obesity, is the narrowing rules' to weigh)."""
    lowered = " ; ".join((registry_claim.statement, *registry_claim.context)).lower()
    words = re.findall(r"[A-Za-z][\w'-]*", clause)
    for i, word in enumerate(words):
        if comparable_words(word) not in KIND_WORDS or re.search(rf"\b{word.lower()}\b", lowered):
            continue
        for n in (1, 2, 3):
            if i + n >= len(words):
                break
            name = re.escape(" ".join(words[i + 1 : i + 1 + n]).lower())
            for other in re.finditer(rf"\b([a-z][\w'-]*)[ -]+{name}\b", lowered):
                if comparable_words(other.group(1)) in KIND_WORDS:
                    return True
    return False


KIND_WORDS = frozenset(
    comparable_words(
        """familial sporadic hereditary inherited acquired congenital primary secondary acute
        chronic early late advanced localised localized regional distant metastatic benign
        malignant juvenile limb-onset bulbar-onset limb bulbar unilateral bilateral mild
        moderate severe major minor fatal nonfatal non-fatal symptomatic asymptomatic
        ischaemic ischemic haemorrhagic hemorrhagic invasive non-invasive relapsing
        progressive episodic paroxysmal persistent permanent"""
    ).split()
)
"""Adjectives that tell the kinds of a condition apart, each against the others
(:func:`another_kind`): familial against sporadic ALS, acute against chronic hepatitis B."""


def _unstated_life_stage(
    registry_claim: RegistryClaim, around: Surroundings, proportion: bool
) -> list[str]:
    """The clause's word for a part of life (children, babies, teenagers, older people:
    :data:`~claimcheck.verify.frames.LIFE_STAGES`) where the claim counts people of no
    stated age and does not say the word: "48,000 children die from sepsis" is no figure of
    the claim that 48,000 people do, though the numbers agree. Weighed for counts only, as a
    sex is: in "67% of children on the drug" the children are often the claim's whole
    population (a trial in children, a rate of births)."""
    theirs = claim_frame(registry_claim)
    if proportion or theirs.ages or theirs.life_stages or not _counts_people(registry_claim):
        return []
    vocabulary = claim_vocabulary(registry_claim)
    for counted, words in around.counted_stages:
        if not words & vocabulary:
            return [counted]  # "48,000 children"
    return []


PEOPLE_WORDS = frozenset(comparable_words("people person persons adults patients").split())
COUNTED_BEFORE = re.compile(
    r"\d(?:[\d,.]|[ \u00a0\u202f\u2009](?=\d))*(?:[ \u00a0]*(?:million|billion|thousand|m|bn))?"
    r"[ \u00a0]+(?:[A-Za-z'-]+[ \u00a0]+){0,2}?(?=\Z|(?:older|elderly|senior|pensioner|retiree"
    r"|infant|newborn|neonat"
    r"|bab|toddler|adolescent|teen|child|kid|p(?:a)?ediatric))",
    re.IGNORECASE,
)
"""A number right before a stage of life, with at most two words between: the stage is the
noun the figure counts ("48,000 children", "12,400 older people", "310,000 newborn
babies"), not a group named elsewhere in the clause."""


def _counts_people(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's value is a count (of people or their events: ``people``,
    ``deaths/year``), not a share, a rate per population, a dose, a duration or money."""
    unit = registry_claim.value.unit or ""
    return is_counted_noun(unit) and not RATE_PER_POPULATION.search(unit)


def narrows_to_a_group(words: tuple[str, ...], registry_claim: RegistryClaim) -> bool:
    """Whether narrowing words (:func:`narrowing_words`) name a group of people: a sex, an
    age group, an ethnic group, people of a kind or a treatment arm (not a word that narrows
    a condition, "severe"); a stage of life only against a claim that counts people
    (:func:`_counts_people`): a course's length or a dose "in children" is often the
    claim's own, whose children go unsaid."""
    if _counts_people(registry_claim) and any(
        (counted := COUNTED_BEFORE.match(word))
        and any(pattern.fullmatch(word, counted.end()) for pattern, _ages in LIFE_STAGES)
        for word in words
    ):
        return True
    return any(
        PEOPLE_OF_A_KIND.fullmatch(f"of {word}")
        or QUALIFIER_SAID.fullmatch(word)
        or ARM_SAID.fullmatch(word)
        or ADVERSE_EFFECT.fullmatch(word)
        or FREE_STATE.fullmatch(word)  # "steroid-free": a state of its own, no support
        or AGES_SAID.fullmatch(word)
        or any(pattern.fullmatch(word) for pattern in SEXES.values())
        or any(_names_whole(pattern, word) for pattern in ETHNICITIES.values())
        for word in words
    )


def _unsaid(
    patterns: dict[str, re.Pattern[str]],
    names: Iterable[str],
    around: Surroundings,
    vocabulary: frozenset[str],
) -> list[str]:
    """For each of ``names``, the first of its words said in the figure's pieces that the
    claim's vocabulary does not say, in the order the draft writes them (``names`` is often
    a set: its order would change from run to run, and with it the message)."""
    found = []
    for name in names:
        for index, piece in enumerate(around.pieces):
            said = patterns[name].search(piece)
            if said and not _all_said(said.group(), vocabulary):
                found.append((index, said.start(), said.group()))
                break
    return [written for *_place, written in sorted(found)]


SEX_WORDS = {
    "male": frozenset(comparable_words("men man male males boys").split()),
    "female": frozenset(comparable_words("women woman female females girls").split()),
}


def says_all(registry_claim: RegistryClaim, written: Iterable[str]) -> bool:
    """Whether the claim says every word of ``written`` (words or phrases as a page writes
    them, such as a match's narrowing words): it is about that part itself."""
    vocabulary = claim_vocabulary(registry_claim)
    return all(_all_said(words, vocabulary) for words in written)


def _all_said(written: str, vocabulary: frozenset[str]) -> bool:
    """Whether every word of ``written`` ("stage II", "men") is among the claim's words: a
    phrase of two words is never one of them whole."""
    return all(word in vocabulary for word in comparable_words(written).split())


def content_words(text: str) -> frozenset[str]:
    """The words that can tell claims apart: not function words, not calendar years (the
    year slot of the frame weighs those already)."""
    return frozenset(
        w
        for w in comparable_words(text).split()
        if w not in FUNCTION_WORDS and not YEAR.fullmatch(w)
    )


@per_claim
def claim_words(registry_claim: RegistryClaim) -> frozenset[str]:
    """The content words of a claim's statement (its figures left out) and context: what
    tells it apart from its siblings ("first dose" / "second dose", "severe" / "any")."""
    statement = registry_claim.statement
    chars = list(statement)
    for figure in statement_quantities(registry_claim):
        for pos in range(figure.start, figure.end):
            if not chars[pos].isalpha():
                chars[pos] = " "
    return content_words(" ".join(("".join(chars), *registry_claim.context)))


def distinct_words(registry_claim: RegistryClaim, others: list[RegistryClaim]) -> frozenset[str]:
    """The words of a claim that no other candidate for the same figure has."""
    own = claim_words(registry_claim)
    for other in others:
        if other is not registry_claim:
            own = own - claim_words(other)
    return own


def distinct_words_of(
    siblings: list[RegistryClaim], within: frozenset[str] | None = None
) -> dict[str, frozenset[str]]:
    """:func:`distinct_words` of each of ``siblings`` (distinct claims) against the others,
    by id: counted once over all of them, so hundreds of siblings cost no more than their
    words, not their number squared. With ``within``, only those of its words (a figure's
    words, :func:`distinct_evidence`, read nothing else): each sibling's set is then the full
    one's intersection with ``within``, counted over far fewer words where thousands of
    siblings share a subject."""
    if within is None:
        words_of = [claim_words(sibling) for sibling in siblings]
    else:
        words_of = [claim_words(sibling) & within for sibling in siblings]
    counts: Counter[str] = Counter()
    for words in words_of:
        counts.update(words)
    once = {word for word, count in counts.items() if count == 1}
    if len(once) > ONCE_FOUND_BY_SCAN:
        return {
            sibling.id: words & once if words else words
            for sibling, words in zip(siblings, words_of, strict=True)
        }
    # few words only one sibling has (none, most often, where thousands share a subject):
    # each one's sibling is found by a scan, and every other sibling has none; the same
    # sets as ``words & once``, without a set made per sibling
    ids = [sibling.id for sibling in siblings]
    made = dict.fromkeys(ids, EMPTY)
    for word in once:
        owner = ids[next(i for i, words in enumerate(words_of) if word in words)]
        made[owner] = made[owner] | {word}
    return made


ONCE_FOUND_BY_SCAN = 8  # distinct words whose siblings are found by a scan each
telling = _telling  # for the verdict's rule on an agreeing claim outworded (verdicts)


def _same_subject_groups(siblings: list[RegistryClaim]) -> list[list[RegistryClaim]]:
    """The candidates in sets that share all their subject names (a subject's siblings)."""
    groups: dict[frozenset[str], list[RegistryClaim]] = {}
    for sibling in siblings:
        groups.setdefault(subject_keys(sibling), []).append(sibling)
    return list(groups.values())


def _has_a_whole(registry_claim: RegistryClaim, whole_of: dict[tuple, set[frozenset[str]]]) -> bool:
    """Whether a candidate about both sexes names every subject name of the claim (and may
    name more: "autistic children" beside "autism") and is about the same people but for sex
    (:func:`_people_but_sex`): the claim is its part by sex. Two trials sharing a drug's name
    ("PrEP" of PROUD and of iPrEx) are no whole and part."""
    wholes = whole_of.get(_people_but_sex(registry_claim)) if whole_of else None
    if not wholes:
        return False
    keys = subject_keys(registry_claim)
    return keys in wholes or any(keys <= whole for whole in wholes)


def _people_but_sex(registry_claim: RegistryClaim) -> tuple:
    """Whom and when a claim is about but for sex and year: its age group, arm, stage, dose,
    course, schedule and timepoint (a whole and its part by sex agree on all of them)."""
    frame = claim_frame(registry_claim)
    return (
        frame.ages,
        frame.control,
        frame.stages,
        frame.dose_levels,
        frame.courses,
        frame.schedules,
        frame.timepoints,
    )


@per_claim
def _unstated_sex(registry_claim: RegistryClaim) -> str:
    """The one sex a claim is about ("men"), where a page must say it for the claim to be
    its figure's: "" for a claim about both sexes or either, or about a subject only one sex
    has (prostate cancer, pregnancy: :data:`SEX_OF_SUBJECT`)."""
    sexes = claim_frame(registry_claim).sexes
    if len(sexes) != 1:
        return ""
    (sex,) = sexes
    text = " ".join((registry_claim.statement, *registry_claim.subject, *registry_claim.context))
    if SEX_OF_SUBJECT[sex].search(text):
        return ""
    return {"male": "men", "female": "women"}.get(sex, sex)


def _unstated_ethnicity(registry_claim: RegistryClaim, around: Surroundings) -> str:
    """The one ethnic group a claim is about ("Black"), where neither the figure's sentence,
    the sentence before, its heading nor its frame names any ethnic group: "" otherwise."""
    ethnicities = claim_frame(registry_claim).ethnicities
    if len(ethnicities) != 1 or around.frame.ethnicities:
        return ""
    near = " ".join((around.sentence, around.previous_text, around.lead_text, around.clause))
    if any(pattern.search(near) for pattern in ETHNICITIES.values()):
        return ""
    return next(iter(ethnicities))


def _unstated_parts(siblings: list[RegistryClaim], around: Surroundings) -> frozenset[str]:
    """The candidates that are a part of a sibling about the same subject: the sibling has no
    context (but its year), they have one, and none of theirs is named in the sentence, the
    one before or the document ("people with HIV" for a death count, beside the claim about
    all deaths). The claim about the whole is the figure's, as for the sub-groups of a
    frame. (A sibling with contexts of its own may just be described more fully: "worldwide,
    global" is no part of "worldwide".)"""
    said = around.sentence_names | around.before_names | around.document_names
    # (a part by sex is said when its sex is, as a word, not a name: "… among women")
    sexes_said = (
        around.frame.sexes | sexes_named(around.sentence) | sexes_named(around.previous_text)
    )
    parts = set()
    for group in _same_subject_groups(siblings):
        if len(group) < 2:
            continue
        if all(map(_part_contexts, group)):
            continue  # no claim about the whole: every one has a context of its own
        contexts = {c.id: _part_contexts(c) for c in group}
        # one pass, not a pair of loops: thousands of claims may share a subject
        parts.update(
            claim.id
            for claim in group
            if contexts[claim.id]
            and not contexts[claim.id] & said
            and not _place_said(claim, around.frame.regions)
            and not _place_said(claim, _regions_of(around.previous_text))
            and not _declared_sexes(claim) & sexes_said
        )
    return frozenset(parts)


PRIMARY_OUTCOME = re.compile(
    r"\bprimary\W+(?:(?:composite|efficacy|kidney|renal|cardiovascular|combined)\W+)?"
    r"(?:outcome|end\W?point)s?\b",
    re.IGNORECASE,
)
PRIMARY_SAID = re.compile(
    r"\b(?:primary|main|composite|combined)\b|\bend\W?points?\b|\bMACE\b", re.IGNORECASE
)
COMPOSITE_OUTCOME = re.compile(r"\bcomposite\W+(?:(?:outcome|end\W?point)s?\b|of\b)", re.IGNORECASE)
"""A statement about a composite outcome, primary or not ("the kidney composite outcome of a
sustained decline in eGFR …", "the composite of death or hospitalisation")."""
PRIMARY_UNSAID = "it is about the trial's primary outcome, which nothing near the figure names"
COMPOSITE_UNSAID = "it is about a composite outcome, which nothing near the figure names"


EVENT_FREE = NeedleScanned(
    re.compile(
        r"\b(?:[\w-]+[- ])?free\W+surviv|\b(?:i?DFS|PFS|RFS|EFS|i?DMFS|MFS|DDFS)\b",
        re.IGNORECASE,
    )
)
"""An event-free survival, the share alive without an event (progression, recurrence,
invasive disease): "progression-free survival", "iDFS"."""
FREE_SAID = StartScanned(
    re.compile(
        r"\bfree\b|\b(?:i?DFS|PFS|RFS|EFS|i?DMFS|MFS|DDFS)\b"
        r"|\bwithout\W+(?:\w+\W+){0,3}?(?:progression|recurrence|relapse|disease|cancer)"
        r"|\b(?:alive|surviv\w*)\W+(?:\w+\W+){0,2}?without\b",
        re.IGNORECASE,
    )
)
"""Words that say an event-free survival in a page's own words ("free of invasive disease",
"alive without progression", "alive without a tracheostomy", "survived without permanent
ventilation")."""
SURVIVAL_SAID = StartScanned(
    re.compile(
        r"\b(?:surviv\w*|alive|(?:lived|live)\b(?!\W+(?:with|in|at|alone|together|near|on|by)\b))\b",
        re.IGNORECASE,
    )
)
"""Words that say a survival: ``survived``, ``alive``, and ``lived a median of 6.8 months``
(not ``lived with diabetes``, ``lived in care``)."""


def another_survival(registry_claim: RegistryClaim, around: Surroundings) -> str | None:
    """Why the claim is not the figure's when one is an event-free survival (ICH E9 and
    oncology trial reports keep progression-free, disease-free and overall survival apart)
    and the other is not: "94.1% were alive at 12 months" is no progression-free survival
    figure (nothing near it says free of anything), and "progression-free survival was 9.6
    months" no overall survival figure. None when they agree or the figure is no survival."""
    if around.survival_text is None:
        return None
    survival, event_free = _survival_stated(registry_claim)
    if not survival:
        return None
    if event_free:
        if around.free_said:
            return None
        return EVENT_FREE_UNSAID
    if around.survival_event_free:
        return OVERALL_NOT_FREE
    return None


@per_claim
def _survival_stated(registry_claim: RegistryClaim) -> tuple[bool, bool]:
    """Whether the claim's statement and context say a survival, and whether an event-free
    one (:func:`another_survival` asks of every candidate of a survival figure)."""
    theirs = " ".join((registry_claim.statement, *registry_claim.context))
    survival = SURVIVAL_SAID.search(theirs) is not None
    return survival, survival and EVENT_FREE.search(theirs) is not None


def _says_survival(text: str) -> bool:
    """Whether ``text`` says a survival, in words or as an event-free survival's acronym
    ("median PFS was 9.6 months")."""
    return bool(SURVIVAL_SAID.search(text) or EVENT_FREE.search(text))


AVOIDED_OPENING = "it counts those who had "
"""How the reason of :func:`_avoided_event` opens: never a statement said again."""
EVENT_AVOIDED = re.compile(
    r"\b(?:avoid(?:s|ed|ing)?|(?:were|was)\W+spared|(?:did|does|do)\W+not\W+(?:need|require"
    r"|undergo|have)|(?:didn't|doesn't|don't)\W+(?:need|require|undergo|have)"
    r"|never\W+(?:needed|required|underwent|had))\W+(?:(?:a|an|the|any|their)\W+)?"
    r"(?P<what>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)
"""An event said as not happening to those a share counts ("avoided an appendectomy",
"did not need surgery", "never underwent a biopsy"): the share is the complement of the
share who had it."""


AVOIDING_GROUP = re.compile(
    r"\b(?:who|that|which)\W+(?:(?:have|has|had|did|do|does|were|was|are|is)\W+)?\Z",
    re.IGNORECASE,
)
"""Right before an avoided event: it names the people counted, not what they count ("who
have never had a stroke", "who did not need surgery")."""


def _avoided_event(registry_claim: RegistryClaim, clause: str) -> str | None:
    """The event the clause says its people avoided, as written, when the claim's own
    clause counts those who had it (plainly, no negator, no avoiding): the figure is the
    complement of the claim's share, no figure of it. None otherwise."""
    found = EVENT_AVOIDED.search(clause)
    if found is None or AVOIDING_GROUP.search(clause, 0, found.start()):
        return None  # "17.2% of children who avoided peanut had …": whom it counts
    theirs = value_clause(registry_claim)
    said = " ; ".join((registry_claim.statement, *registry_claim.context, *registry_claim.group))
    if EVENT_AVOIDED.search(said) or "avoid" in said.lower() or NEGATOR.search(theirs):
        return None
    event = comparable_words(found.group("what"))
    return found.group("what") if event and event in _comparable_list(theirs) else None


EVENT_FREE_UNSAID = "it is about an event-free survival, the figure about being alive"
OVERALL_NOT_FREE = "it is about overall survival, the figure an event-free survival"


@per_claim
def _about_primary_outcome(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's statement is about a trial's primary outcome ("the primary outcome
    occurred in 14.5% of the placebo group") or another composite one ("the hazard ratio for
    the kidney composite outcome of … was 0.56"): a figure of one event (death) is neither."""
    statement = registry_claim.statement
    return bool(PRIMARY_OUTCOME.search(statement) or COMPOSITE_OUTCOME.search(statement))


def _death_said_of(registry_claim: RegistryClaim, clause: str) -> bool:
    """Whether the clause says dying ("5.75 times as likely to die", "eight times the risk of
    death") of a ratio claim whose outcome is mortality or death, whatever its context
    calls it ("all-cause mortality"): the verb names the outcome as the noun does."""
    if not DEATH_WORD.search(clause) or not any(
        DEATH_WORD.search(name) for name in _outcome_names(registry_claim)
    ):
        return False
    scope = death_scope(clause)  # "death from stroke" is no outcome of all-cause mortality
    return scope is None or scope == claim_death_scope(registry_claim)


@per_claim
def _outcome_names(registry_claim: RegistryClaim) -> tuple[str, ...]:
    """The claim's context names as written whose keys :func:`_outcome_keys` keeps."""
    keys = _outcome_keys(registry_claim)
    return tuple(n for n in registry_claim.context if normalise_term(n) in keys)


@per_claim
def _outcome_keys(registry_claim: RegistryClaim) -> frozenset[str]:
    """The context names of a ratio claim that may be its outcome: not a figure ("10 mmHg",
    the size of the change a ratio is per), the statistic ("relative risk") or the kind of
    report ("meta-analysis") nor the study it comes from: "lowered the risk of heart failure
    by 28%" names "10 mmHg" and "meta-analysis" of the stroke claim, not its stroke. All its
    contexts when none is left."""
    kept = frozenset(
        normalise_term(name)
        for name in registry_claim.context
        if not name.strip()[:1].isdigit()  # "10 mmHg" is a size; "dying within 30 days" no
        and not NOT_AN_OUTCOME.search(name)
        # nor the study it comes from ("In NURSE-EU, … burnout"): the study is no outcome
        and not _says_a_study(registry_claim, normalise_term(name))
    )
    return kept or _context_keys(registry_claim)


NOT_AN_OUTCOME = re.compile(
    r"\b(?:(?:relative|absolute)\s+risk|(?:hazard|odds|risk|rate)\s+ratio|meta-?analys[ie]s"
    r"|analys[ie]s|trials?|study|studies|review|cohort|randomi[sz]ed|placebo)\b",
    re.IGNORECASE,
)


@per_claim
def _part_contexts(registry_claim: RegistryClaim) -> frozenset[str]:
    """:func:`_own_contexts` but those naming the whole world ("worldwide", "global") or only
    what is counted ("deaths"): a claim about the world's deaths is the whole its regions'
    claims are parts of, not a part itself."""
    own = _own_contexts(registry_claim)
    whole = frozenset(
        normalise_term(name)
        for name in registry_claim.context
        if (WORLD_WORD.search(name) and read_frame(name).regions == WORLD)
        or name.casefold() in MEASURE_CONTEXTS
    )
    return own - whole if whole else own


MEASURE_CONTEXTS = frozenset(
    ("deaths", "death", "cases", "case", "incidence", "prevalence", "mortality", "new", "new cases")
)
"""Contexts that only say what is counted (a claim's ``context: [new]`` says it counts new
cases, as ``incidence`` does): no part of the subject a figure must name."""


WORLD_WORD = re.compile(r"\b(?:world|global)", re.IGNORECASE)  # asked before reading a frame


@per_claim
def _place_contexts(registry_claim: RegistryClaim) -> frozenset[str]:
    """The regions the claim's context names as places (``US``: the United States)."""
    return frozenset(
        region for name in registry_claim.context for region in read_frame(name).regions
    )


@lru_cache(maxsize=1024)
def _regions_of(text: str) -> frozenset[str]:
    """The places a sentence names (the one before a figure's: "… in the United States is
    10.6% in men. For women, the figure is 7.1%")."""
    return read_frame(text).regions if text else frozenset()


def _place_said(registry_claim: RegistryClaim, regions: frozenset[str]) -> bool:
    """Whether the figure's place is one the claim's context names, however written ("in
    the United States" for a context ``US``): that context is said."""
    return bool(regions) and bool(_place_contexts(registry_claim) & regions)


def _year_keys(registry_claim: RegistryClaim) -> frozenset[str]:
    """The claim's context names that are calendar years ("2022")."""
    return frozenset(k for k in _context_keys(registry_claim) if YEAR.fullmatch(k))


@per_claim
def _own_contexts(registry_claim: RegistryClaim) -> frozenset[str]:
    """The claim's context names but its years (:func:`_year_keys`): asked of every sibling
    of every figure (thousands where a subject has thousands of claims), so kept on the
    claim."""
    contexts = _context_keys(registry_claim)
    years = _year_keys(registry_claim)
    return contexts - years if years else contexts  # most name no year: the same set


RESPECTIVE_WORD_BONUS = 16.0  # the candidate whose word "respectively" pairs with the figure
_WORD_AT = re.compile(r"[^\W\d_]+")


PAIRED_ELSEWHERE = "the list pairs it with another figure"


@per_claim
def _statement_words(registry_claim: RegistryClaim) -> frozenset[str]:
    return content_words(registry_claim.statement)


def _listed_words(
    claim: Claim, quantity: Quantity
) -> tuple[frozenset[str], tuple[frozenset[str], ...], bool] | None:
    """(the words of the group a "respectively" list pairs the figure with, the words of each
    of the list's other groups, whether the figure's group names a drug), or None when no
    list pairs it."""
    facts = _sentence(claim)
    span = _span_in(claim, quantity)
    if facts.respective is None or span not in facts.paired:
        return None
    own = facts.respective[facts.paired.index(span)]
    written = claim.text[slice(*own)]
    return (
        _listed_group_words(written),
        tuple(_listed_group_words(claim.text[slice(*m)]) for m in facts.respective if m != own),
        _inn_word_in(written),
    )


def _listed_group_words(text: str) -> frozenset[str]:
    """A listed group's content words, a number in words as its digits too ("every two
    weeks" says the "2" of a claim's "every 2 weeks")."""
    words = content_words(text)
    return words | {str(ONES[w]) for w in words if w in ONES}


def _paired_elsewhere(
    registry_claim: RegistryClaim,
    listed: tuple[frozenset[str], tuple[frozenset[str], ...], bool],
    distinct: dict[str, frozenset[str]],
) -> str | None:
    """Why a claim is another figure of a "respectively" list's, not this one's: another
    group says its telling words (those no sibling says; where it has none, the treatment
    its people were given) and this figure's group none of them. None where its statement
    names this figure's group too ("39.7% on erenumab versus 29.5% on placebo" sets both
    arms side by side)."""
    mine, others, named = listed
    # (the treatment its people were given tells only where this group names one: "with
    # emicizumab weekly and every two weeks" leaves the drug to the first group)
    theirs = distinct.get(registry_claim.id) or (claim_arm_words(registry_claim) if named else None)
    if not theirs or theirs & mine or mine <= _statement_words(registry_claim):
        return None
    for other in others:
        if theirs & other:
            return f"{PAIRED_ELSEWHERE} ({', '.join(sorted(theirs & other))})"
    return None


def _respective_by_words(
    claim: Claim, quantity: Quantity, distinct: dict[str, frozenset[str]]
) -> str | None:
    """The candidate that "respectively" pairs with this figure through the words that tell
    the candidates apart: in "deaths attributable to and associated with AMR could reach 8.22
    million and 1.91 million, respectively", the first figure goes with the claim only
    "attributable" names, the second with the one "associated" names. Only when as many
    candidates as figures each have a word before the first figure, in a clear order."""
    if not RESPECTIVELY.search(claim.text):
        return None
    figures = [q for q in claim.quantities if _is_figure(claim, q)]
    if len(figures) < 2 or quantity not in figures:
        return None
    before = claim.text[: figures[0].start - claim.start]
    holders: dict[str, list[str]] = {}  # each distinct word's claims, built once
    for claim_id, words in distinct.items():
        for word in words:
            holders.setdefault(word, []).append(claim_id)
    first_said: dict[str, int] = {}
    for word in _WORD_AT.finditer(before):
        for claim_id in holders.get(comparable_words(word.group()), ()):
            first_said.setdefault(claim_id, word.start())
    if len(first_said) != len(figures) or len(set(first_said.values())) != len(figures):
        return None
    ordered = sorted(first_said, key=first_said.__getitem__)
    return ordered[figures.index(quantity)]


def _opening_conditions(siblings: list[RegistryClaim], opening: frozenset[str]) -> dict[str, int]:
    """How many words of the sentence's opening phrase ("In the per-protocol analysis, …")
    each candidate has and no candidate about the same subject has: the phrase holds for every
    clause, so among one subject's claims it picks the one it names, even where another
    subject's claim says the same words (the per-protocol claim of drug B, for "… and drug B
    88%"). -1 for a claim that has none of them while a sibling about the same subject does:
    the figure is not its, even when it is its exact figure (a swap)."""
    if not opening:
        return {}
    counts: dict[str, int] = {}
    for group in _same_subject_groups(siblings):
        if len(group) < 2:
            continue  # nothing to tell apart: the words are the clause's business
        said = {c.id: claim_words(c) & opening for c in group}
        times = Counter(word for words in said.values() for word in words)  # linear, not n²
        for registry_claim in group:
            mine = said[registry_claim.id]
            own = [word for word in mine if times[word] == 1]
            # a sibling's condition said and none of its own: a swapped figure, perhaps
            counts[registry_claim.id] = min(DISTINCT_WORDS_COUNTED, len(own)) or -bool(
                times.keys() - mine
            )
    return counts


def _sibling_contexts_said(
    around: Surroundings, sibling_contexts: frozenset[str]
) -> tuple[str, ...]:
    """The names of the figure's clause that are a candidate's context: the same for every
    candidate of the figure, so found once, not once per sibling."""
    return tuple(name for name in around.clause_names if name in sibling_contexts)


def _names_a_sibling_context(registry_claim: RegistryClaim, said: tuple[str, ...]) -> bool:
    """Whether the figure's clause names a context of another candidate that is none of
    this claim's names ("… effective against mumps" for the measles claim); ``said``: the
    clause's names that are a candidate's context (:func:`_sibling_contexts_said`)."""
    if not said:
        return False
    subjects, contexts = subject_keys(registry_claim), _context_keys(registry_claim)
    # a name among the claim's own is its own (:func:`_is_own`): no union made for those
    said = [name for name in said if name not in contexts and name not in subjects]
    if not said:
        return False
    own = subjects | contexts
    return any(not _is_own(name, own) for name in said)


def _distinct_group_words(siblings: list[RegistryClaim]) -> dict[str, frozenset[str]]:
    """The content words of each sibling's declared ``group`` that no other group declared
    among the siblings has, by id: where writers list every arm in every claim's context,
    the group still says whose arm a claim is ("spinal anaesthesia", "general
    anaesthesia")."""
    words_of = {sibling.id: _group_words(sibling) for sibling in siblings if sibling.group}
    if len(words_of) < 2:
        return {}
    # over the groups as declared, not the claims: three claims of the spinal arm (its
    # delirium, its deaths) still tell "spinal" from "general"
    counts = Counter(word for words in set(words_of.values()) for word in words)
    return {
        claim_id: frozenset(word for word in words if counts[word] == 1)
        for claim_id, words in words_of.items()
    }


@per_claim
def _group_words(registry_claim: RegistryClaim) -> frozenset[str]:
    """The content words of the claim's declared group, read once per loaded claim."""
    return content_words(" ".join(registry_claim.group))


def distinct_evidence(
    distinct: frozenset[str],
    around: Surroundings,
    carried: bool = True,
    arm_words: frozenset[str] = frozenset(),
) -> float:
    """Words only this candidate has, said in the figure's own clause, attribute the figure
    to it ("… a first dose" for the first-dose claim); said only in another clause of the
    sentence ("…, and 83% a second"), they attribute it to the other figure there, unless
    the figure's clause names only its arm and carries on the first clause's outcome. A
    claim's declared group words (``carried`` false) are its arm's, never an outcome carried
    on: "46.1% of the hyperbaric oxygen group versus 25.0% of the normobaric group" gives
    the 25.0% to the normobaric arm, not to the arm the first clause names; so, carried on,
    the other clause's words count but for ``arm_words`` (the claim's declared group's)."""
    if carried and around.other_words and _carries_on_the_outcome(around.sentence, around.clause):
        # "24 episodes of dactylitis in the placebo group and 123 in the hydroxyurea group":
        # a later clause naming only its arm counts what the first one counted
        said = around.words | (around.other_words - arm_words)
        return DISTINCT_WORD_BONUS * min(DISTINCT_WORDS_COUNTED, len(distinct & said))
    here = min(DISTINCT_WORDS_COUNTED, len(distinct & around.words))
    there = min(DISTINCT_ELSEWHERE_COUNTED, len(distinct & around.other_words))
    return DISTINCT_WORD_BONUS * here - DISTINCT_ELSEWHERE_PENALTY * there


@lru_cache(maxsize=4096)
def _carries_on_the_outcome(sentence: str, clause: str) -> bool:
    """Whether the figure's clause is a later one that names only its arm or group and no
    outcome of its own (:func:`_counts_no_outcome`), after the sentence's first clause.
    Asked for every candidate of a figure, so answered once per sentence and clause."""
    return (
        sentence.find(clause.strip()) > 0
        and ARM_ONLY_CLAUSE.search(clause) is not None
        and _counts_no_outcome(clause)
        and not read_frame(clause).measures  # "… 70% of the deaths it causes"
    )


ARM_LEAD_PATTERN = (
    r"\b(?:on|given|taking|receiving|received|treated\W+with|assigned\W+to|randomi[sz]ed\W+to"
    r"|with|after(?!\W+(?:the\W+)?(?:diagnosis|birth|delivery|onset|infection|exposure|stopping"
    r"|starting|start|end|first|second|last|each|every|one|two|three|four|five|six|a|an)\b))"
    r"\W+(?:the\W+|a\W+)?"
)
ARM_SAID = re.compile(
    ARM_LEAD_PATTERN + r"(?P<arm>[A-Za-z][\w-]*(?:\W+[A-Za-z][\w-]*){0,2})", re.IGNORECASE
)
"""A treatment arm said by the drug its people were on: "men on cabazitaxel", "women given
lutetium-177 PSMA-617", "treated with ribociclib"."""
ARM_STOP = frozenset(
    "and or versus vs than compared who which that had have has were was is are in of for without "
    "at to by from after before during their its his her them they it this these those".split()
)


VERB_AFTER_ARM = re.compile(r"[a-z]{3,}ed", re.IGNORECASE)


def arm_phrases(text: str, limit: int = 3) -> list[tuple[str, str]]:
    """The treatments ``text`` says its people were on, each as written with its lead-in
    ("assigned to haloperidol") and alone ("haloperidol"), stopped at the first joining word,
    the next lead-in or the verb after the arm ("given cabazitaxel and …", "with knee
    osteoarthritis given celecoxib" is the condition, then the arm, "… to risperidone stopped
    it"); a control arm is the frame's business, not a treatment name."""
    found = []
    if any(ch.isdigit() for ch in text):
        # a dose between a drug's name and the word after it ("ezetimibe 10 mg alone") is
        # part of the arm, no word of it: blanked, the offsets kept
        text = DOSE_GAP.sub(lambda dose: " " * len(dose.group()), text)
    for lead in ARM_LEAD.finditer(text):
        if text[lead.start() : lead.start() + 5].lower() == "after" and not _after_opens_arm(
            text, lead.start()
        ):
            continue
        words: list[str] = []
        end = lead.end()
        for word in ARM_WORD.finditer(text, lead.end()):
            if len(words) == limit or text[end : word.start()].strip(" "):
                break  # at most ``limit`` words, joined by spaces only
            written = word.group()
            lowered = written.lower()
            if lowered in ARM_STOP or lowered in ARM_LEAD_WORDS:
                break
            if words and VERB_AFTER_ARM.fullmatch(written):
                break  # "assigned to risperidone stopped it": the arm ends at its verb
            words.append(written)
            end = word.end()
        phrase = " ".join(words)
        if words and (after := ALONE_AFTER.match(text, end)):
            phrase, end = f"{phrase} alone", after.end()  # "ezetimibe 10 mg on its own"
        if (
            phrase
            and not CONTROL_ARM.search(phrase)
            and not NEGATED_LEAD.search(text, max(0, lead.start() - 24), lead.start())
        ):
            found.append((text[lead.start() : end], phrase))
    return found


AFTER_ARM_BEFORE = re.compile(r"(?:[,.;:(%]|\b(?:and|but|while|whereas|versus|vs|against|than))\Z")


def _after_opens_arm(text: str, at: int) -> bool:
    """Whether "after" at ``at`` says the treatment a figure's people had ("99.1% after
    RPLND", "After RPLND, …", "…, against 92.4% after chemotherapy"): it opens the text or a
    clause, or follows a figure; not the time a treatment is given ("gemcitabine after
    surgery"), a time since something ("a year after the procedure") or an analysis ("a 29%
    lower risk after adjustment")."""
    before = text[:at].rstrip()
    return not before or AFTER_ARM_BEFORE.search(before) is not None


NEGATED_LEAD = re.compile(r"\b(?:not|never|n't)\W+(?:been\W+|being\W+)?\Z", re.IGNORECASE)
"""A lead-in said negated: "children not given penicillin prophylaxis" were on no treatment
(the with-or-without rule weighs them), so penicillin is not their arm."""


ON_ITS_OWN = r"on\W+(?:its|their)\W+own|by\W+(?:itself|themselves)"
"""The words that say a treatment is given without the others, besides "alone"."""
DOSE = r"\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g|IU|units?|ml)(?:/(?:kg|day|d|m2))?"
"""A dose said after a drug's name ("10 mg", "2.5 mg/kg"), read past to what follows it."""
ALONE_AFTER = re.compile(rf"(?:\s+{DOSE})?\s+(?:{ON_ITS_OWN})\b", re.IGNORECASE)
"""A drug said on its own after the words an arm's phrase stops at ("on its own", "by
itself"), as "alone" is said."""


ARM_LEAD = StartScanned(re.compile(ARM_LEAD_PATTERN, re.IGNORECASE))
DOSE_GAP = re.compile(
    r"(?<=[A-Za-z])\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|micrograms?|milligrams?|g|IU|units?|ml)"
    r"(?:/(?:kg|day|d|m2))?\b(?:\s+(?:once|twice|three\s+times)?\s*(?:daily|weekly|a\s+day"
    r"|a\s+week|every\s+\w+\s+weeks?))?(?=\s+(?:alone|only|monotherapy|plus|and|with|combined)\b)",
    re.IGNORECASE,
)
"""A dose, with its schedule, between a drug's name and a word that joins or limits it
("ezetimibe 10 mg alone", "exenatide 2 mg once weekly plus dapagliflozin"): part of the
arm's phrase, no word of it."""
ARM_LEAD_WORDS = frozenset(
    "on given taking receiving received treated assigned randomised randomized with".split()
)
ARM_WORD = re.compile(r"[A-Za-z][\w-]*")
COMBINATION_SAID = re.compile(
    r"\w\s+(?:plus|\+|with|combined\s+with)\s+\w|\b(?:combination|combined|doublet|triplet)\b",
    re.IGNORECASE,
)
"""An arm of two or more drugs, by their names ("atezolizumab plus bevacizumab") or as
trials' reports call it ("the combination", "combination therapy", "the doublet")."""
COMBINATION = "combination"  # the arm word of such an arm, as reports call it
COMBINATION_WORDS = 6  # words read after a lead-in for a combination's drugs


def arm_words(text: str) -> frozenset[str]:
    """The telling words of the treatments ``text`` says its people were on
    (:func:`arm_phrases`): {"cabazitaxel"} for "given cabazitaxel and …"."""
    found: set[str] = set()
    for _written, phrase in arm_phrases(text):
        found |= _telling(comparable_words(phrase).split())
        if ALONE.search(phrase):  # "estrogen alone" is not "estrogen plus progestin"
            found.add(MONOTHERAPY)
        elif COMBINATION_SAID.search(phrase):
            # "given atezolizumab plus bevacizumab" and "on the combination" say one arm:
            # the one of two drugs, not the comparator's single drug
            found.add(COMBINATION)
    for alone in drugs_said_alone(text):  # "Sofosbuvir alone cured 99%"
        found |= alone | {MONOTHERAPY}
    return frozenset(found)


DRUG_MODIFIERS = frozenset(
    """oral intravenous iv subcutaneous intramuscular topical inhaled nasal intranasal
    sublingual transdermal rectal vaginal daily weekly monthly once-daily twice-daily
    long-acting short-acting extended-release modified-release slow-release low-dose
    high-dose standard-dose quadrivalent bivalent trivalent nonavalent 9-valent adjuvanted
    live inactivated prophylactic""".split()
)
"""Words before a drug's name that say its route, schedule, formulation or valency, not
which drug it is ("given oral penicillin" is on penicillin; "the quadrivalent HPV vaccine")."""


DOSE_SAID = re.compile(r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|IU|mg/kg)\b")


def treatment_changed(claim: Claim, quantity: Quantity) -> bool:
    """Whether an end of a change (``from 8.0% to 6.5%``) is one of a trial's arms: a drug
    (by its INN stem or a dose) is named before the change's first figure, as what made the
    change ("Semaglutide cut the risk of … from 8.0% to 6.5%"), so the start is the control
    arm's figure and the end the drug arm's, not a baseline and a result over time."""
    first = min(
        (q.start for q in claim.quantities if q.role in (BEFORE, AFTER)), default=quantity.start
    )
    head = claim.text[: first - claim.start]
    if BASELINE.search(claim.text):
        return False  # "… improved HbA1c from 8.1% at baseline to 7.0%": one arm over time
    in_a_trial = TRIAL_SAID.search(claim.text) is not None
    return any(
        # (what is added to a treatment is one: "Adding fludrocortisone to hydrocortisone")
        found.group("added") is not None
        or _names_a_drug(agent := found.group("agent"))
        or PROCEDURE_AGENT.fullmatch(agent) is not None
        # (and whatever a sentence about a trial says made the change: "Safety planning cut
        # suicide attempts from 5.3% to 3.0% … in the SAFE-ED trial")
        or (in_a_trial and agent.lower() not in STOP_WORDS)
        for found in DRUG_CHANGED.finditer(head)
    )


TRIAL_SAID = re.compile(r"\b(?:trial|randomi[sz]ed|placebo|control\W+(?:group|arm))\b", re.I)
"""A sentence that says its change was a trial's: the change's ends are its arms."""


PROCEDURE_AGENT = re.compile(
    r"[\w-]*(?:ectomy|otomy|ostomy|plasty|plase|thrombolysis|radiotherapy|chemotherapy|surgery"
    r"|stenting|ablation|transplant(?:ation)?|vaccination|vaccine|screening"
    # an intervention by what is done: "Prone positioning halved …", "Early mobilisation cut"
    r"|positioning|ventilation|mobili[sz]ation|supplementation|prophylaxis|resuscitation"
    r"|rehabilitation|physiotherapy|counselling|counseling|therapy|treatment|intervention)",
    re.IGNORECASE,
)
"""A procedure or a therapy by its name's ending ("Thrombectomy cut 90-day mortality from
18.9% to 15.3%", "alteplase raised …", "Screening lowered …"): a treatment as much as a drug
is."""


DRUG_CHANGED = re.compile(
    r"(?:(?P<agent>[\w-]+(?:\W+\d+(?:\.\d+)?\W*(?:mg|mcg|µg|g)\b)?)"
    r"|\badding\W+(?P<added>[\w-]+)\W+(?:to|on\W+top\W+of)\W+(?:[\w-]+\W+){1,4}?)\W*"
    r"(?:(?:has|had|have)\W+)?"
    r"(?:(?:roughly|nearly|almost|about|more\W+than|significantly|substantially|further)\W+)?"
    r"(?:cut|cuts|reduced|reduces|lowered|lowers|halved|halves|doubled|doubles|tripled|trebled"
    r"|brought\W+down|slashed|lengthen(?:ed|s)|extend(?:ed|s)|prolong(?:ed|s)|improv(?:ed|es)"
    r"|increas(?:ed|es)|rais(?:ed|es)|boost(?:ed|s))\b",
    re.IGNORECASE,
)
"""A drug that made a change, right before its verb: "Semaglutide cut …", "tirzepatide 15 mg
reduced …", "Adding cetuximab to radiotherapy lengthened median survival from 29.3 to 49.0
months" (not "spending on adalimumab fell from …", where the drug is what changed)."""
BASELINE = re.compile(r"\bbaseline\b|\bbefore\W+(?:treatment|starting)\b", re.IGNORECASE)


def _names_a_drug(text: str) -> bool:
    """Whether a clause names a treatment of its own: a dose ("300 mg") or a word with a
    drug's INN stem ("secukinumab"; not the common "-ine" words)."""
    return DOSE_SAID.search(text) is not None or _inn_word_in(text)


def drug_sets(text: str) -> tuple[frozenset[str], ...]:
    """The treatments ``text`` says its people were given, were taking, receiving, assigned
    or randomised to, or were on, each as the set of its drugs' first telling words
    ("glucosamine plus chondroitin sulfate" -> {glucosamine, chondroitin}: a combination's
    drugs all in one set). Not after "with" ("children with an ear infection" is a
    condition), and after "on" only a drug's name: an INN stem (:data:`INN_STEM`) or a
    capitalised brand ("on Wegovy"), not "on a ventilator", "on average"."""
    found = []
    for written, phrase in arm_phrases(text, COMBINATION_WORDS):
        lead = written[: len(written) - len(phrase)].split()
        first = lead[0].lower() if lead else ""
        if first == "with":
            continue
        # a drug's name after "on" whatever its stem where the phrase is a regimen's: two
        # names combined, one said alone, or a dose after it (blanked by arm_phrases):
        # "on lesinurad 200 mg plus allopurinol", "on allopurinol alone"
        regimen = bool(COMBINED.search(phrase) or ALONE.search(phrase) or DOSE_BLANK.search(phrase))
        drugs = set()
        for part in COMBINED.split(phrase):
            words = [w for w in part.split() if w.lower() not in DRUG_MODIFIERS] or part.split()
            if not words:
                continue
            name = words[0]
            if first == "on" and not (
                INN_STEM.search(name)
                or name[:1].isupper()
                or (regimen and not TREATMENT_CLASS.search(part))
            ):
                continue  # (not a class of drugs: "kept on antiepileptic drugs alone")
            drugs |= _telling(comparable_words(name).split())
        drugs -= COMBINING_WORDS
        if drugs:
            found.append(frozenset(drugs))
    # "Sofosbuvir alone cured 99%": a drug said alone needs no lead-in
    found.extend(alone for alone in drugs_said_alone(text) if alone not in found)
    return tuple(found)


def drugs_said_alone(text: str) -> list[frozenset[str]]:
    """Each drug ``text`` says alone (:data:`DRUG_SAID_ALONE`, a name with an INN stem), as
    the set of its telling words."""
    if not ("alone" in text or " own" in text or "itself" in text or "monotherapy" in text):
        return []
    found = []
    for said in DRUG_SAID_ALONE.finditer(text):
        if INN_STEM.search(said.group("drug")):
            alone = frozenset(_telling(comparable_words(said.group("drug")).split()))
            if alone:
                found.append(alone)
    return found


DRUG_SAID_ALONE = re.compile(
    rf"\b(?P<drug>[A-Za-z][\w-]{{3,}})(?:\s+{DOSE})?\s+(?:alone|{ON_ITS_OWN}|monotherapy)\b",
    re.IGNORECASE,
)
"""A drug (an INN stem) said alone wherever it stands: the sentence's subject too."""


COMBINED = re.compile(r"\s+(?:plus|\+|combined\s+with)\s+|\s*\+\s*", re.IGNORECASE)
TREATMENT_CLASS = re.compile(
    r"\b(?:drugs?|medicines?|medications?|treatments?|therap(?:y|ies)|care|tablets)\b",
    re.IGNORECASE,
)
"""Words that make a phrase a class of treatment, no one drug's name."""
DOSE_BLANK = re.compile(r"[^\W\d_] {4,}")
"""Where a dose was blanked out of an arm's phrase (:func:`arm_phrases` keeps its offsets)."""
INN_STEM = re.compile(
    r"(?:mab|nib|ciclib|parib|lisib|zomib|tide|gliflozin|gliptin|pril|sartan|olol|statin"
    r"|azole|oxacin|mycin|micin|cillin|cycline|vir|pram|triptan|gepant|setron|prazole"
    r"|dronate|parin|xaban|gatran|lukast|terol|sonide|olone|asone|semide|thiazide|azepam"
    r"|zolam|profen|coxib|fenac|peridol|idone|amide|formin|glinide|glitazone|relix|rolimus"
    r"|platin|taxel|rubicin|fungin|barb|odone|phenidate|ine)$",
    re.IGNORECASE,
)
"""Endings of international nonproprietary names (WHO, "The use of stems in the selection
of International Nonproprietary Names for pharmaceutical substances", 2018) that mark a word
after "on" as a drug: "on dapagliflozin", "on semaglutide", "on olanzapine"."""
COMBINING_WORDS = frozenset(
    comparable_words("plus alone only monotherapy combined combination doublet triplet").split()
)
"""Words of an arm that name no drug: how drugs are joined or given alone, or what reports
call a combination ("the doublet")."""


def named_drugs(text: str) -> frozenset[str]:
    """Every drug word of :func:`drug_sets`."""
    return frozenset().union(*drug_sets(text))


def _other_drugs(
    registry_claim: RegistryClaim, around_clause: str, subject_terms: frozenset[str]
) -> str | None:
    """The treatment the figure's clause names when it is not the claim's own, though no
    candidate is on it: a drug the claim's words never say ("74% of those assigned to
    haloperidol" is no figure of the risperidone arm), one drug of the claim's combination
    said alone ("given glucosamine" against "glucosamine plus chondroitin"), or a
    combination against one of its drugs. None where the clause or the claim's statement
    names no treatment, or where they name the same one."""
    statement = value_clause(registry_claim)
    claims = drug_sets(statement)
    pages = drug_sets(around_clause)
    if not claims or not pages:
        return None
    alone = bool(ALONE.search(around_clause))
    said = arm_words(around_clause) - {MONOTHERAPY, COMBINATION}
    if said and said <= arm_words(statement) and not alone:
        # "those given eye drops" against "treated with pressure-lowering eye drops": the
        # same treatment said with fewer words (its first word is no drug's name here)
        return None
    vocabulary = claim_vocabulary(registry_claim)
    for page in pages:
        if any(page == own and not (alone and len(own) > 1) for own in claims):
            return None  # its own treatment
    for page in pages:
        for own in claims:
            if (alone and page < own) or (own < page and not page - own <= vocabulary):
                return " ".join(sorted(page))  # one drug of a combination, or more than one
        unknown = page - vocabulary - subject_terms
        if unknown and not page & frozenset().union(*claims):
            return " ".join(sorted(unknown))
    # a comparator arm's claim (its statement's drug is none of its subject's or context's:
    # "given enalapril" under the subject sacubitril-valsartan) is not the figure of the
    # arm its subject names, whatever names the subject lends it
    subject_words = _subject_drug_words(registry_claim)
    for page in pages:
        if page <= subject_words and all(
            own and not own & subject_words and not page & own for own in claims
        ):
            return " ".join(sorted(page))
    return None


@per_claim
def _subject_drug_words(registry_claim: RegistryClaim) -> frozenset[str]:
    """The telling words of the claim's subject and context names (its drug, its trial,
    "TDF/FTC" in the context of a claim filed under PrEP), not its declared group."""
    group = set(registry_claim.group)  # a declared group is also read as context
    return frozenset(
        word
        for name in (*registry_claim.subject, *registry_claim.context)
        if name not in group
        for word in _telling(comparable_words(name).split())
    )


def unstated_arms(
    registry_claim: RegistryClaim, around: Surroundings, subject_terms: frozenset[str]
) -> tuple[str, ...]:
    """The treatment arms the figure's clause says (as written, "assigned to haloperidol")
    that a claim stating no arm does not explain, asked where the candidates are told apart
    by their arms: the claim about all of a trial's patients is about the whole, and a
    figure of one arm is about a part of it (a group that narrows it)."""
    if claim_arm_words(registry_claim):
        return ()
    unknown = named_drugs(around.clause) - claim_vocabulary(registry_claim) - subject_terms
    return tuple(
        written for written, phrase in arm_phrases(around.clause) if named_drugs(written) & unknown
    )


ALONE = re.compile(
    rf"\b(?:alone|only|monotherapy|{ON_ITS_OWN}"
    r"|single[- ](?:drug|agent|medicine|medication)s?|one\W+(?:drug|medicine|medication))\b",
    re.IGNORECASE,
)
"""A treatment given without the others: "alone", "monotherapy", "on its own", and "a single
drug", "single-agent", "one medicine" (the comparator of a combination, named by its count)."""
MONOTHERAPY = "alone"


@per_claim
def claim_arm_words(registry_claim: RegistryClaim) -> frozenset[str]:
    """The treatment words of the clause of the claim's statement around its value; of the
    whole statement where no other figure of the value's unit is in it: a threshold or a
    time inside the outcome ("reached an INR of 1.2 or lower within 3 hours with fresh
    frozen plasma") ends no arm's clause, only a sibling arm's figure does ("… 20.5% with
    spinal and 19.7% with general")."""
    target = value_figure(registry_claim)
    if target is not None and not any(
        q is not target and q.unit == target.unit for q in statement_quantities(registry_claim)
    ):
        return arm_words(registry_claim.statement)
    return arm_words(value_clause(registry_claim))


@per_claim
def value_clause(registry_claim: RegistryClaim) -> str:
    """The clause of the claim's statement around the figure that states its value (the
    whole statement where none does): what its own treatment, deaths or money are read from,
    not a sibling figure's clause ("… 20.5% with spinal and 19.7% with general")."""
    statement = registry_claim.statement
    target = value_figure(registry_claim)
    if target is None:
        return statement
    start, end = clause_of(statement, statement_quantities(registry_claim), target)
    return statement[start:end]


@per_claim
def value_figure(registry_claim: RegistryClaim) -> Quantity | None:
    """The figure of the claim's statement that states its ``value`` (the first, if several),
    None when the statement writes it otherwise: where its frame, arm and direction are read."""
    value = registry_claim.value
    return next(
        (
            q
            for q in statement_quantities(registry_claim)
            if (q.low, q.high) == (value.low, value.high)
        ),
        None,
    )


CARRIERS = frozenset({"carriers"})


def _control_set_first(claim: Claim, quantity: Quantity, facts: _Sentence, clause: str) -> bool:
    """Whether the figure before this one in the sentence is the control arm's by its own
    clause's words ("4.4% of those who were only observed", "20% on placebo") and this
    figure's clause names no control: a comparison's other side is then the treated arm, not
    maybe the control (:attr:`Frame.other_arm`)."""
    if CONTROL_ARM.search(clause):
        return False
    earlier = [
        index
        for index, q in enumerate(claim.quantities)
        if q.end <= quantity.start and q.kind != "duration"
    ]
    if not earlier:
        return False
    start, end = facts.clauses[earlier[-1]]
    if (start, end) == facts.clauses[claim.quantities.index(quantity)]:
        return False  # one clause holds both: nothing says which side names the arm
    return bool(CONTROL_ARM.search(claim.text, start - claim.start, end - claim.start))


def _first_side_arms(claim: Claim, quantity: Quantity, around: Surroundings) -> frozenset[str]:
    """The treatment words of a comparison's first side, when the figure is its other side
    and says nothing of whom it is about ("adults on tirzepatide 15 mg lost 11.2 kg, compared
    with 5.7 kg": {"tirzepatide"}); empty where the figure's clause names a group, time or
    place of its own ("…, compared with 14 kg at two years" may be the same arm later)."""
    own = around.own_frame
    if (
        not around.frame.other_arm
        or own.sexes
        or own.ages
        or own.stages
        or own.timepoints
        or own.years
        or own.regions
        or around.clause_names
        or PEOPLE_NOUN.search(around.clause)  # "versus 37% of urban children": whom it counts
    ):
        return frozenset()
    before = claim.text[: max(0, quantity.start - claim.start)]
    connectives = [m.start() for m in OTHER_ARM_WORD.finditer(before)]
    if not connectives:
        return frozenset()
    return arm_words(before[: connectives[-1]])


OTHER_ARM_WORD = NeedleScanned(
    re.compile(OTHER_ARM_BEFORE.pattern.removesuffix(r"\W*\Z"), re.IGNORECASE)
)
"""The words that open a comparison's other side (:data:`OTHER_ARM_BEFORE`), anywhere."""


def _is_first_sides(registry_claim: RegistryClaim, first_side: frozenset[str]) -> bool:
    """Whether the claim is about the arm a comparison's first side names (:func:`
    _first_side_arms`), so that the figure set against it is not its: its treatment words
    say that arm (alone, or set against another: a difference between the two arms is no
    figure of one side either), and it is no control arm's claim."""
    said = claim_arm_words(registry_claim) | _telling(
        comparable_words(registry_claim.statement).split()
    )
    return bool(said & first_side) and not claim_frame(registry_claim).control


def arm_holders(said: frozenset[str], siblings: list[RegistryClaim]) -> dict[str, set[str]]:
    """Which candidates' statements name each treatment word the figure's clause names as
    its arm, worked out once per figure (one pass over the siblings, not one per pair)."""
    holders: dict[str, set[str]] = {}
    if said:
        for other in siblings:
            for word in said & claim_arm_words(other):
                holders.setdefault(word, set()).add(other.id)
    return holders


def _arm_in_words(words: str) -> str:
    """An arm's words as a reason names them: its drugs, not the words that join them
    ("atezolizumab bevacizumab", not "atezolizumab bevacizumab combination plus"); "the
    combination" where that is all the figure's clause calls it."""
    drugs = [word for word in words.split() if word not in COMBINING_WORDS]
    if drugs:
        return " ".join(drugs)
    return "the combination" if COMBINATION in words.split() else words


def another_arm(
    registry_claim: RegistryClaim,
    said: frozenset[str],
    holders: dict[str, set[str]],
    subject_terms: frozenset[str] = frozenset(),
    around_clause: str = "",
) -> str | None:
    """The treatment the figure's clause says its people were on, when that is the arm of
    another candidate and not this claim's: "66% of men on cabazitaxel" is not the claim
    about men given lutetium-177, beside the claim about those given cabazitaxel; "on
    estrogen alone" is not the claim about estrogen plus progestin, beside one about
    estrogen alone (a combination's drugs all count, "plus" joins them)."""
    if not claim_arm_words(registry_claim):
        return None
    if not holders:
        # … or a treatment no candidate is on (:func:`_other_drugs`)
        return _other_drugs(registry_claim, around_clause, subject_terms)
    # the arm its statement says ("… on OROS methylphenidate (18, 36 or 54 mg/day)"), else
    # its subject's names: a trial's reference arm is often filed under the trial's own drug
    own = claim_arm_words(registry_claim) or _telling(
        comparable_words(" ".join(registry_claim.subject)).split()
    )
    if own & said and MONOTHERAPY not in said and MONOTHERAPY not in own:
        # its own drug, whatever else the phrase holds, unless the clause names it alone or
        # with another against the claim's combination or single drug
        return _other_drugs(registry_claim, around_clause, subject_terms)
    extra = said - own  # the clause's treatment words this claim's arm lacks …
    others = sorted(
        word for word in extra if holders.get(word, set()) - {registry_claim.id}
    )  # … that are another candidate's arm: "on cabazitaxel", "estrogen alone"
    return " ".join(others) or _other_drugs(registry_claim, around_clause, subject_terms)


@per_claim
def claim_frame(registry_claim: RegistryClaim) -> Frame:
    """The frame a registry claim states: its explicit ``measure``, ``group`` and
    ``timepoint`` when set, else what its statement says around its own value (the clause
    of "14.9%" in "… lost 14.9% of body weight, against 2.4% on placebo" is not the placebo
    arm's), with the slots the statement leaves empty filled from its ``context`` (``aged
    38–39`` there), and the years of its statement and context."""
    statement = registry_claim.statement
    value = registry_claim.value
    target = value_figure(registry_claim)
    if target is None:
        frame = read_frame(statement, value.unit)
    else:
        frame = _frame_in_statement(
            registry_claim, statement_quantities(registry_claim), target, value.unit
        )
    frame = fill_empty(frame, read_frame(" ; ".join(registry_claim.context)))
    if not frame.caused and _may_be_caused(registry_claim):
        frame = replace(frame, caused=True)
    if not frame.change and _may_be_change(registry_claim):
        frame = replace(frame, change=True)
    if (frame.control or frame.count_of) and _is_ratio(registry_claim):
        # a ratio compares the arms: "… than with placebo (rate ratio 0.37)" is the drug
        # against placebo, no figure of the placebo arm (unless its group says so); and it
        # counts no one: "have a relative risk of asthma of 1.74" is the risk of developing it
        frame = replace(frame, control=False, count_of="")
    if "survival" in frame.measures and _is_ratio(registry_claim):
        # a hazard ratio of a survival outcome is the hazard of its events: "cut the risk of
        # recurrence or death by 32%" is the disease-free survival's hazard ratio
        frame = replace(frame, measures=frame.measures | SURVIVAL_EVENTS)
    frame = replace(
        frame,
        years=_years_of(registry_claim) | _total_since(registry_claim),
        months=_months_of(registry_claim),
    )
    frame = apply_declared(frame, registry_claim)

    if not frame.everyone and not frame.sexes and _about_all_patients(registry_claim):
        # "Five-year survival … is 57% among patients": all of them, so "72% of men with
        # heart failure" is a part the claim does not state (as against "adults")
        frame = replace(frame, everyone=True)
    return shared_frame(frame)  # one object per distinct frame: its answers are kept once


SURVIVAL_EVENTS = frozenset({"deaths", "recurrence"})
"""The events a survival outcome counts the time to (death; recurrence or relapse)."""


def _survival_events_said(registry_claim: RegistryClaim, around: Surroundings) -> bool:
    """Whether the clause says the events of a survival ratio claim's outcome ("cut the risk
    of recurrence or death by 30%" of the disease-free survival hazard ratio): it names the
    outcome as its name would."""
    return (
        "survival" in claim_frame(registry_claim).measures
        and bool(SURVIVAL_EVENTS & around.frame.measures)
        and _is_ratio(registry_claim)
    )


MAY_BE_CAUSED = re.compile(
    r"\b(?:accounts?\W+for|make[s]?\W+up|made\W+up|attribut\w+|risk\W+factors?"
    r"|caus\w+|due\W+to|behind|responsible)\b",
    re.IGNORECASE,
)
"""Words by which a claim, its context or its quotes may speak of a share its subject
causes ("Hepatitis B accounts for 56% of liver cancers", quoted as "attributable to HBV")."""


MAY_BE_CHANGE = re.compile(
    r"\b(?:cut\w*|lower\w*|reduc\w*|decreas\w*|increas\w*|rais\w*|rose|rise\w*|fell"
    r"|fall\w*|drop\w*|los[et]\w*|loss|gain\w*|shed|chang\w*|improv\w*|halv\w*|fewer"
    r"|relative|ratio|efficac\w*|effective\w*|protect\w*|prevent\w*|differen\w*)\b",
    re.IGNORECASE,
)
"""Words by which a claim, its context or its quotes may speak of a change or an effect
("lost 14.9% of body weight", "relative risk reduction", "97% effective", "the treatment
difference")."""


LEVEL_NOT_CHANGE = "it states the level reached, the figure the size of a change"
CHANGE_NOT_LEVEL = "it states the size of a change, the figure a level before or after one"
LEVEL_REACHED_BEFORE = re.compile(
    r"\b(?:rose|rises|risen|fell|falls|fallen|lower(?:ed|s)?|reduc(?:ed|es)|cut|cuts|drop(?:ped|s)?"
    r"|declin(?:ed|es)|decreas(?:ed|es)|increas(?:ed|es)|rais(?:ed|es)|gr[eo]w|grown|climb(?:ed|s)?"
    r"|improv(?:ed|es)|went|gone)\b[^.;:]{0,60}?\bto\W+(?:(?:about|around|nearly|almost|just"
    r"|only|roughly)\W+)?\Z",
    re.IGNORECASE,
)
"""A claim's value said as the level a change reached ("lowered the recurrence rate to
44.8%", "rose to 12%")."""


@per_claim
def _states_level_reached(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's statement says its value as the level a change reached
    (:data:`LEVEL_REACHED_BEFORE`), no size of a change."""
    target = value_figure(registry_claim)
    if target is None:
        return False
    statement = registry_claim.statement
    return bool(LEVEL_REACHED_BEFORE.search(statement, max(0, target.start - 90), target.start))


@per_claim
def _states_a_change(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's statement says its own value as a relative change ("mortality
    fell by 31%", "a 30% lower risk"), not only words that may speak of one."""
    target = value_figure(registry_claim)
    if target is None:
        return False
    quantities = statement_quantities(registry_claim)
    unit = registry_claim.value.unit
    return _frame_in_statement(registry_claim, quantities, target, unit).change


def _may_be_change(registry_claim: RegistryClaim) -> bool:
    value = registry_claim.value
    if any(end is not None and end < 0 for end in (value.low, value.high)):
        return True  # a signed value is a change or a difference ("-3.55 kg")
    texts = (registry_claim.statement, *registry_claim.context)
    # (its subject's own name says no change: "Falls account for 14% of admissions")
    named = [name for name in registry_claim.subject if MAY_BE_CHANGE.search(name)]
    if named:
        said = re.compile("|".join(rf"\b{re.escape(name)}\b" for name in named), re.IGNORECASE)
        texts = tuple(said.sub(" ", text) for text in texts)
    if any(MAY_BE_CHANGE.search(text) for text in texts):
        return True
    return any(
        _quotes_change(
            said.sub(" ", source.quote or "") if named else source.quote or "", registry_claim
        )
        for source in registry_claim.sources
    )


QUOTE_PIECE = re.compile(r"[^,;:()\[\].]+(?:\.\d[^,;:()\[\].]*)*")
"""A quote's pieces between punctuation (a decimal point stays inside its number)."""


SCALE_WORDS = (
    (1e9, r"(?:billion|bn|b)\b"),
    (1e6, r"(?:million|mn|m)\b"),
    (1e3, r"(?:thousand|k)\b"),
)


@lru_cache(maxsize=4096)
def _written_forms(number: float) -> tuple[re.Pattern[str], ...]:
    """How a quote may write a value: as a plain number (``4.0``), grouped (``7,740,000``)
    or with a scale word (``7.74 million`` for 7740000)."""
    forms = [rf"(?<![\d.]){re.escape(f'{number:g}')}(?:\.0+)?(?![\d])"]
    if number == int(number) and abs(number) >= 1000:
        forms.append(rf"(?<![\d.,]){re.escape(f'{int(number):,}')}(?![\d])")
    for scale, words in SCALE_WORDS:
        if abs(number) >= scale:
            forms.append(rf"(?<![\d.]){re.escape(f'{number / scale:g}')}\s*{words}")
    return tuple(re.compile(form, re.IGNORECASE) for form in forms)


def _quotes_change(quote: str, registry_claim: RegistryClaim) -> bool:
    """Whether a source's quote speaks of a change where it states the claim's own value: a
    quote often gives the change and the level side by side ("16% lower in 2015 than in
    2011 (4.0%)", "increased by 41.4%, from 5.46 million in 2000 to 7.74 million in 2021"),
    and the claim about the level (4.0%, 7.74 million) is no change. A quote that does not
    write the value (:func:`_written_forms`) is read whole."""
    value = registry_claim.value
    written = [form for n in (value.low, value.high) if n is not None for form in _written_forms(n)]
    pieces = [
        piece.group()
        for piece in QUOTE_PIECE.finditer(quote)
        if any(form.search(piece.group()) for form in written)
    ]
    if not pieces:
        return MAY_BE_CHANGE.search(quote) is not None
    return any(MAY_BE_CHANGE.search(piece) for piece in pieces)


def _may_be_caused(registry_claim: RegistryClaim) -> bool:
    texts = (
        registry_claim.statement,
        *registry_claim.context,
        *(source.quote or "" for source in registry_claim.sources),
    )
    return any(MAY_BE_CAUSED.search(text) for text in texts)


def _frame_in_statement(
    registry_claim: RegistryClaim,
    figures: tuple[Quantity, ...],
    figure: Quantity,
    unit: str | None,
) -> Frame:
    """The frame a statement gives one of its own figures: read from that figure's clause,
    with the statement's and context's years."""
    statement = registry_claim.statement
    start, end = clause_of(statement, figures, figure)
    skip = (figure.start - start, figure.end - start)
    frame = read_frame(statement[start:end], unit, skip=skip)
    if not frame.measures and figure.unit and figure.unit != unit:
        # "there were 134 new TB cases per 100,000 population" with the unit "per 100,000":
        # the statement's own words for its figure's unit say what is counted
        frame = replace(
            frame, measures=read_frame(statement[start:end], figure.unit, skip).measures
        )
    if (not frame.timepoints or not frame.measures) and not any(
        other is not figure and other.unit == figure.unit for other in figures
    ):
        # "41.8% of patients who continued vedolizumab every 8 weeks were in clinical
        # remission at week 52": a dosing interval split the clause from its timepoint and
        # measure; with no other figure of its kind, the statement's are the figure's
        whole = read_frame(statement, unit, skip=(figure.start, figure.end))
        frame = replace(
            frame,
            timepoints=frame.timepoints or whole.timepoints,
            measures=frame.measures or whole.measures,
        )
    return replace(frame, years=_years_of(registry_claim))


def _evidence(
    registry_claim: RegistryClaim,
    around: Surroundings,
    quantity: Quantity,
    positions: tuple[int, ...],
    subject_terms: frozenset[str],
    stood_for: frozenset[str] = frozenset(),
) -> tuple[float | None, str | None]:
    """The bonus the names and frame around the figure give a candidate, or (None, why)
    when they rule it out.

    ``stood_for``: the subject names a study's name in the clause stands for
    (:func:`study_stand_ins`): "8% of patients in SOLO 1" names SOLO 1's drug.

    The subject (what is measured) must be named in the figure's clause (full bonus), or
    elsewhere in its sentence or in the sentence before (a pronoun's antecedent).
    A clause that also names another registry subject this claim does not know (DC-CIK
    beside a trial of another drug) is likely about that other thing: a penalty.
    A context (where, in whom) named in the clause adds to the bonus, one named elsewhere in
    the sentence or document a little (pages often leave it unsaid, so none costs nothing).
    The frames must not contradict (another measure, arm, stage, sex, age group, timepoint
    or year rules the claim out: :func:`frames.contradiction`); each slot they share adds a
    little, and each sub-group the claim is about that the figure does not name costs (the
    claim about the whole beats its siblings about parts). A subject named far from the
    figure counts for less.
    """
    subjects = subject_keys(registry_claim)
    named_here = around.clause_names & subjects
    if (
        named_here
        and named_here <= around.compared_names
        and _names_another_beside(registry_claim, around, subject_terms)
    ):
        # "1.55 for nicotine e-cigarettes against NRT": NRT is what the figure is
        # compared with; the figure is the e-cigarettes'
        return None, COMPARED_ONLY
    if named_here or _names_one_of_subjects(around.names_within, subjects):
        narrower = _narrower_subject(registry_claim, around, subject_terms)
        if narrower is not None:
            # "hepatitis C killed 1.1 million" is about hepatitis C, a subject of its own,
            # not about all viral hepatitis, whose name it holds
            return None, f"the figure is about {narrower}, a part of its subject"
    subtype = _subtype_said(registry_claim, around.clause)
    if subtype is not None:
        # "HPV types 16 and 18 cause about 70% of cervical cancers" is about two types of
        # HPV, not about all HPV, whose name it holds; "HPV types 31, 33 and 45" are not
        # the types 16 and 18 a claim names
        if any(c.isdigit() for c in subtype):
            return None, f"the figure is about {subtype}{OTHER_TYPES_END}"
        return None, f"the figure is about {subtype}, a part of its subject"
    if (joined := _joined_part_alone(registry_claim, around, subject_terms)) is not None:
        # "In ZOE-70, Shingrix was more than 90% effective": about ZOE-70 alone, not the
        # pooled analysis of "ZOE-50 and ZOE-70", though that claim names the vaccine too
        return None, f"the figure is about {joined} alone, one of those its subject joins"
    if named_here and named_here <= around.heading_names:
        part = _part_in_row(registry_claim, around, subject_terms)
        if part is not None:
            # "New curable STIs, 2020" above a row "Syphilis": the row's figure is about the
            # part its headers name, not the heading's whole that lists it
            return None, f"the figure is about {part}, a part of its subject"
    if (
        around.part_of is not None
        and _counts_the_whole(claim_frame(registry_claim).measures, around.part_of)
        and named_here
        and named_here <= around.inherited
        # (a claim the part's own words name a context of is the part's: "almost 885,000 of
        # them seek medical attention" against a claim about dog bites "medical attention")
        and not (around.clause_names - around.inherited) & _context_keys(registry_claim)
        and registry_claim.value.unit not in PROPORTION_UNITS
    ):
        # "Around 12,000 lung disease deaths … Around 5,000 of them are caused by asbestos":
        # the part is no figure of the claim about the whole its pronoun names
        return None, PART_COUNTED
    if named_here:
        bonus = SUBJECT_BONUS
    elif (
        around.lead_names & subjects
        and not around.clause_names - around.lead_names - _keys_of(registry_claim)
        and not _unexplained_stems(registry_claim, around)
    ):
        # "### Gout in Freedonia" above "- Men: 5.2%": the item is about the heading's
        # subject as if its label said it, when the label says nothing the claim does not
        # ("- Rash: 3%" under drug K's side effects is no item of the headache claim)
        bonus = SUBJECT_BONUS
    elif _names_one_of_subjects(around.names_within, subjects):
        # a name said inside a longer one names it ("women living with HIV" names HIV),
        # unless the clause names another claim's subject outright (then it is about that)
        if names_another_subject(registry_claim, around, subject_terms, holding_own=True):
            return None, SUBJECT_NOT_NAMED
        bonus = SUBJECT_BONUS
    elif not any(
        name in subject_terms
        and not _is_own(name, subjects)
        and name not in _split_heads(registry_claim)
        for name in around.clause_names
    ) and _split_name(registry_claim.subject, around):
        # "Type 2 accounts for 90–95% of diabetes": the name's head said elsewhere in the
        # sentence, its telling first words in the figure's clause
        bonus = SUBJECT_BONUS
    elif _carries_on(
        around, subject_terms, _context_keys(registry_claim)
    ) and _names_one_of_subjects(around.earlier_names, subjects):
        # a clause naming no subject of its own carries on the one before it: "Type 2
        # accounts for 90–95%, type 1 for 5–10%", "… and 97.2% in those aged 70 and over"
        bonus = SUBJECT_BONUS
        if _carried_other_subject(registry_claim, around, subject_terms):
            # … and what else that clause named: "zetacel with chemotherapy gave a median
            # PFS of 14 months, against 10 months on chemotherapy alone" is the zetacel trial's
            # control arm, no figure of another drug's PFS claim
            bonus -= OTHER_SUBJECT_PENALTY
    elif _names_one_of_subjects(around.names_nearby, subjects):
        bonus = NEARBY_SUBJECT_BONUS
    elif stood_for & subjects:
        bonus = NEARBY_SUBJECT_BONUS  # named by its study: "in SOLO 1", "ERASURE patients"
    elif _subject_in_other_words(registry_claim, _with_measure(registry_claim, around)):
        # "Deaths caused solely by anaesthesia", "seasonal flu": every word of a subject
        # name of two words or more said in the sentence, in another order or form; a part
        # of a whole counted before says its name in its own clause with the whole's
        # measure ("Around 5,500 of them follow a fall": fall deaths)
        bonus = (
            SUBJECT_BONUS
            if around.part_of
            and _subject_in_other_words(
                registry_claim, _with_measure(registry_claim, around, around.clause)
            )
            else NEARBY_SUBJECT_BONUS
        )
    else:
        return None, SUBJECT_NOT_NAMED
    theirs = claim_frame(registry_claim)
    why = _frame_contradiction(around, theirs, registry_claim, subject_terms)
    if why is not None:
        return None, why
    if ALL_SAID.search(around.clause):
        subgroup = _subgroup_claim(registry_claim)
        if subgroup is not None:
            # "Across all patients, NIV prolonged survival by 48 days" is not the claim about
            # "patients with better bulbar function"
            return None, f"{SUBGROUP_CLAIM} ({subgroup}), the figure about all of them"
    row = around.pieces[1] if len(around.pieces) == 3 else ""
    if row and not _row_explained(row, registry_claim):
        # "| Tree nut | 1.2% |" under "Most common food allergies": the row is a part the
        # claim about all food allergy does not name
        return None, f"it is about {row.strip()}, which the claim does not name"
    at = around.clause.find(quantity.text)
    # the comparison is looked for after the figure ("more than 8 million non-smokers" is
    # no comparison)
    past = at + len(quantity.text) if at >= 0 else None
    # "non-pregnant women" against the claim about pregnant women: its own names, subject
    # or context, said with "non-"
    own = subject_keys(registry_claim) | _context_keys(registry_claim)
    without = _about_those_without(around.clause, subject_terms, past, own)
    if without and around.frame.control and WITHOUT_PRONOUN.search(around.clause):
        without = False  # "without them" (the drops said before): the untreated arm
    if not without and around.frame.control and claim_frame(registry_claim).control:
        # a control arm's figure ("compared with 35.0% of those who had surgery alone",
        # "Radiotherapy cut it from 35.0% …") against a control arm's claim said as without
        # the treatment ("without radiotherapy"): the same people, whatever the words
        without = _claim_about_those_without(registry_claim, subject_terms, own)
    if (
        _about_primary_outcome(registry_claim)
        and around.frame.measures
        # (its arm, "dapagliflozin", is whom it counts, no name of its outcome)
        and not (_outcome_keys(registry_claim) - _group_keys(registry_claim))
        & around.sentence_names
        and not composite_said(registry_claim, around.clause)
        and not PRIMARY_SAID.search(
            f"{around.lead_text} {around.previous_text} {around.sentence} {around.clause}"
        )
    ):
        # "Death from any cause occurred in 6.8% of the placebo group" is no figure of the
        # claim about the trial's primary outcome: a page giving that figure says so ("the
        # primary endpoint", "the main outcome", "the composite of …"), where its clause
        # counts a measure of its own, deaths, cases, and names none of the claim's outcome
        # names (a bare "event rate" or "hazard ratio" of the trial is its headline, the
        # primary outcome's; "a heart attack, stroke or cardiovascular death" its parts)
        primary = PRIMARY_OUTCOME.search(registry_claim.statement)
        return None, PRIMARY_UNSAID if primary else COMPOSITE_UNSAID
    survival = another_survival(registry_claim, around)
    if survival is not None:
        return None, survival
    if (
        "oid" in around.clause
        or "n't" in around.clause
        or "not" in around.clause
        or ("never" in around.clause or "spared" in around.clause)
    ):
        avoided = _avoided_event(registry_claim, around.clause)
        if avoided is not None:
            # "60.9% avoided an appendectomy" is no figure of the claim that 39.1% had one
            return None, f"{AVOIDED_OPENING}{avoided}, the figure those who did not"
    if without != _claim_about_those_without(registry_claim, subject_terms, own):
        # "76 years, compared with 54 years for people without it": the 54 is the claim
        # about people without the disease, never the one about people with it
        return None, WITHOUT_IT if not without else WITH_IT
    if (
        _share_of_names(around.share_of) & subjects
        and not POSSESSIVE_LEAD.match(around.share_of)
        and _share_of_another(registry_claim)
        and not (_people_of(around.share_of, subjects) and _share_of_people(registry_claim))
    ):
        # "EpCAM is found in 40–70% of HCC" is a share of HCC, not HCC's share of primary
        # liver cancers ("HCC makes up 75–85% of primary liver cancers")
        return None, SHARE_OF_SUBJECT
    if (
        around.share_of
        and _amount_or_people(around.share_of) * _value_share_kind(registry_claim) < 0
    ):
        # "lost 16.0% of body weight" is no share of the adults who lost 5% or more ("91%
        # of adults on tirzepatide …"), nor the other way round
        return None, SHARE_OF_AMOUNT
    if (whole := another_whole(around.share_of, _value_share_of(registry_claim))) is not None:
        # "complicate about 10% of pregnancies" is no figure of the claim that they caused
        # "14.0% of maternal deaths": a share of another whole
        return None, f"{ANOTHER_WHOLE} ({whole}), the claim of another"
    if (
        around.share_said
        and (whole := all_against_part(around.share_said, _after_value(registry_claim))) is not None
    ):
        # "causes 25% of all strokes" is no figure of the claim that it causes 25% of
        # ischaemic strokes, nor "of ischaemic strokes" of one about all strokes
        return None, f"{ANOTHER_WHOLE} ({whole}), the claim of another"
    if (
        theirs.change
        and not around.frame.change
        and _states_a_change(registry_claim)
        and (
            (around.share_of and SHARE_OF_PEOPLE.match(around.share_of))
            or EVENT_HAD.match(around.share_said)
        )
    ):
        # "71% of those offered the test had it", "3.3% had a stroke" are shares of people,
        # never the size of a relative change ("mortality fell by 31% among those offered it")
        return None, SHARE_NOT_CHANGE
    if around.frame.change and _states_level_reached(registry_claim):
        # "lowered the five-year recurrence rate by 14%" is the size of the change, never
        # the level a claim says it was lowered to ("… lowered it to 44.8%")
        return None, LEVEL_NOT_CHANGE
    if quantity.role in (BEFORE, AFTER) and _states_a_change(registry_claim):
        # "brought the time to relief down from 7 days to 6.3 days" says two levels, never
        # the size of the change a claim states ("shortened it by 16.8 hours")
        return None, CHANGE_NOT_LEVEL
    if (
        around.share_of
        and PEOPLE_FIRST.match(around.share_of)
        and not WITH_SUBJECT.match(around.share_of)
        and (said := HAVING.search(around.share_of)) is not None
        and _names_one_of(_leading_names(said.group(1)), subjects)
        and _share_of_those_with(registry_claim)
    ):
        # "12% of US adults live with CKD" is CKD's share of adults, not a share of those
        # with CKD ("90% of US adults with CKD do not know they have it")
        return None, SUBJECTS_SHARE
    contexts = _context_keys(registry_claim)
    if names_another_subject(registry_claim, around, subject_terms):
        bonus -= OTHER_SUBJECT_PENALTY
    if contexts & around.clause_names:
        bonus += CONTEXT_BONUS
    elif contexts & (around.sentence_names | around.document_names):
        bonus += DOCUMENT_CONTEXT_BONUS
    if around.years and theirs.years:
        bonus += YEAR_BONUS
    shared, unstated = slots_of(around.frame, theirs)  # shared_slots, unstated_groups
    bonus += FRAME_SLOT_BONUS * shared
    bonus -= UNSTATED_GROUP_PENALTY * unstated
    if positions and not (around.inherited & subjects):
        # (a subject a pronoun of the clause stands for is as near as the pronoun: "Rabies
        # is almost always fatal once symptoms start: it kills about 70,000 people a year")
        distance = min(abs(p - quantity.start) for p in positions)
        bonus -= min(MAX_DISTANCE_PENALTY, distance * DISTANCE_PENALTY_PER_CHAR)
    return bonus, None


ALL_SAID = NeedleScanned(
    re.compile(
        r"\b(?:across|among|in|for|of)\W+all\W+(?:the\W+)?(?:\w+\W+)?(?:patients|participants"
        r"|people|subjects|adults|children|women|men|randomi[sz]ed)\b",
        re.IGNORECASE,
    )
)
"""A figure said of everyone a study counted ("across all patients in the trial", "of all
participants")."""
WHOLE_SAID = re.compile(
    r"\boverall\b|\bacross\W+(?:all|every)\b|\b(?:in|among)\W+all\W+(?:\w+\W+)?(?:studies"
    r"|trials|patients|participants|subjects|cohorts?|groups?|ages|comers)\b"
    r"|\bin\W+the\W+(?:whole|entire|full|total)\b|\ball\W+comers\b",
    re.IGNORECASE,
)
"""A figure's clause that says it is about everyone counted ("overall", "across all
studies", "in the whole cohort"), set beside another clause's part of them (not a share's
"of all deaths", whose "all" is its denominator)."""


TIME_SAID_SIBLING = "it is measured at no time, the figure at {}, as a sibling claim is"
PLACE_SAID = "it is about no one place, the figure about {}, which a sibling claim is about"
UNSAID_PART_PENALTY = 8.0  # a candidate narrower than a sibling by a part nothing names


@per_claim
def _part_keys(registry_claim: RegistryClaim) -> frozenset[str]:
    """The claim's context keys but those saying it is about the whole (``all severities``,
    ``overall``, ``any type``): a whole's claim that says so is no part of its parts'."""
    return frozenset(
        normalise_term(name) for name in registry_claim.context if not WHOLE_NAMED.search(name)
    )


WHOLE_NAMED = re.compile(
    r"\b(?:all|any|every)\W+(?:severit(?:y|ies)|forms?|types?|kinds?|subtypes?|stages?|grades?)\b"
    r"|\A\W*(?:overall|combined)\W*\Z"
    # the world is the whole of every place: no part a figure naming no place leaves unsaid
    r"|\A\W*(?:worldwide|world|global(?:ly)?|the\W+world|internationally)\W*\Z",
    re.IGNORECASE,
)
"""A context name saying the claim is about its subject's whole: all severities, all forms,
any type, ``overall`` alone (not "all causes", "total mortality" nor "overall survival":
other measures)."""


def _narrower_unsaid(
    siblings: list[RegistryClaim], around: Surroundings, strict: bool = False
) -> frozenset[str]:
    """The ids of the candidates whose context holds every name a sibling of their subject
    holds and more, none of which the figure's sentence, the text before it, its heading or
    its document names: claims about a part of the sibling's whole ("age-matched studies")
    that the figure does not say it is about; and, the same way, the claims about a place
    (``Among Chinese women``) beside a sibling about none, where the figure names no place.
    ``strict``: only the claims about a place, and only beside a sibling whose frame is
    theirs but for the place and the years (a sibling about men, or a lifetime risk, is no
    whole of the claim about a country's prevalence): the places a frame reads, not the
    names a context lists, which a sentence may say in other words."""
    said = around.sentence_names | around.before_names | around.document_names | around.lead_names
    contexts = {c.id: _part_keys(c) for c in siblings}
    places = {c.id: claim_frame(c).regions - WORLD for c in siblings}
    return frozenset(
        c.id
        for c in siblings
        if any(
            o.id != c.id
            and _counted_alike(c, o)  # (a cost per person is no part of the total)
            and (
                not strict
                or (
                    _same_but_place(c, o) and contexts[o.id] <= contexts[c.id] and _told_alike(c, o)
                )
            )
            and not (contexts[c.id] - contexts[o.id]) & said
            and (
                (
                    not strict
                    and contexts[o.id] < contexts[c.id]
                    and subject_keys(o) == subject_keys(c)
                )
                # a claim about one place (``Among Chinese women``, India's deaths) beside a
                # sibling about no place or the world, where the figure names none: the
                # pooled figure is the sibling's
                or (
                    places[c.id]
                    and not places[o.id]
                    and not around.frame.regions - WORLD
                    and subject_keys(o) & subject_keys(c)
                    # (a sibling about an age group or a sex is about fewer people, no whole:
                    # "Among people aged 10-24 the rate was 6.8" beside England's 11.4)
                    and not group_slots(claim_frame(o)) - group_slots(claim_frame(c))
                    # (nor one about a year long ago, where the other is left to the present:
                    # children diagnosed in 1975 are no wider place than today's UK figure)
                    and not (_long_ago(o) is not None and not claim_frame(c).years)
                    # (a name only this claim has, said: "in the PROUD study" is England's)
                    and not (subject_keys(c) - subject_keys(o)) & said
                )
            )
            for o in siblings
        )
        and not composite_parts(c)  # (a composite's context names its outcome's parts)
    )


def _labelled_age_band(
    claim: Claim, clause: str, cell: CellText | None
) -> tuple[tuple[float, float], ...]:
    """The age band a list item's bare label says (``- 18–44: 18.9%``, ``- 65 and older:
    29.2%``) under a lead-in or heading that says its labels are ages: read as a claim's
    ``group`` item is (:data:`~claimcheck.verify.frames.BARE_GROUP_AGE`); () elsewhere ("18–44"
    alone before a colon may be anything)."""
    if cell is not None and (cell.row or cell.column):
        return ()
    if not AGE_LEAD.search(f"{claim.lead_text} {claim.section_text}"):
        return ()
    # (the item's own text: a label the extractor read as a figure ends the clause before it)
    label, colon, _rest = claim.text.partition(":")
    if not colon or not BARE_GROUP_AGE.fullmatch(label.strip(" -–*•\t")):
        return ()
    return group_ages(label.strip(" -–*•\t"))


ETHNIC_LABEL = re.compile(
    r"\W*(?:non-?\W?Hispanic\W+)?(?P<name>White|Black|Asian|Hispanic|Latin[oax])"
    r"(?:\W+(?:British|American|Caribbean|African|ethnic\W+groups?|people))?\W*",
    re.IGNORECASE,
)
"""A label that is an ethnic group's name alone (``White``, ``Black British``, ``Asian``), as a
list item's or a table's row or column says it."""
ETHNIC_CONTEXT = re.compile(r"\bethnic\w*|\brac(?:e|ial)\b", re.IGNORECASE)
"""Words that say a list's or table's labels are ethnic groups ("by ethnic group", "Race
and ethnicity")."""


def _labelled_ethnicity(claim: Claim, clause: str, cell: CellText | None) -> frozenset[str]:
    """The ethnic group a bare label names (``- White: 62.5%`` under "Uptake by ethnic
    group", a row ``Black`` under the column "Ethnicity"), where the list's lead, the
    section's heading or the table's headers say its labels are ethnic groups: "White"
    alone is no people elsewhere ("White: 5.2" may be a blood count)."""
    if cell is not None and (cell.row or cell.column):
        labels = (cell.row, cell.column)
        context = f"{cell.row_title} {cell.heading} {cell.row} {cell.column}"
    else:
        label, colon, _rest = clause.partition(":")
        labels = (label,) if colon else ()
        context = f"{claim.lead_text} {claim.section_text}"
    if not labels or not ETHNIC_CONTEXT.search(f"{context} {claim.section_text}"):
        return frozenset()
    named = {
        found.group("name").capitalize()
        for label in labels
        if (found := ETHNIC_LABEL.fullmatch(label))
    }
    return frozenset("Hispanic" if name.startswith("Latin") else name for name in named)


def _section_places(claim: Claim) -> frozenset[str]:
    """The places the heading above a paragraph names ("# HIV in South Africa" above "About
    7.7 million people live with HIV"), when neither the sentence nor the one before names
    a place of its own: a section's figures are about the place its heading says, as a
    list's items are about their lead's. (The sentence's places are its frame's, read once
    per sentence; the others' are read alone: ``read_frame(text).regions`` is
    :func:`regions_named` of the text, and a whole frame of each was a tenth of lint's work
    beyond extraction. The heading, short, is read before the sentence before: most name no
    place, and then the sentence before need not be read.)"""
    if _sentence(claim).frame.regions:
        return frozenset()
    heading = regions_named(claim.section_text)
    if not heading or regions_named(claim.previous_text):
        return frozenset()
    return heading


def _counted_alike(claim: RegistryClaim, other: RegistryClaim) -> bool:
    """Whether two claims count in one unit: the same unit, or a count per year
    (``deaths/year``) beside the same count in one stated year ("17.9 million people died
    … in 2019", unit ``deaths``), which is a year's count too."""
    if claim.value.unit == other.value.unit:
        return True
    return any(
        _calendar_period(yearly.value.unit) == "year"
        and (yearly.value.unit or "").rpartition("/")[0] == counted.value.unit
        and _counts_one_year(counted)
        for yearly, counted in ((claim, other), (other, claim))
    )


def _same_but_place(claim: RegistryClaim, other: RegistryClaim) -> bool:
    """Whether two claims' frames are one but for their places and years (India's snakebite
    deaths and the world's), and neither declares a group the other lacks but a place."""
    if not _same_frame_but(claim, other, "regions"):
        return False
    # (a claim about women in England is no place's part of a claim about everyone: its
    # group says more than a place)
    mine, theirs = _groups_but_places(claim), _groups_but_places(other)
    if _long_ago(other) is not None and not claim_frame(claim).years:
        # ("Of children diagnosed in 1975, 33% survived" is no whole of today's UK figure: a
        # year long before the one the other claim leaves to the present is another time,
        # not a wider place)
        return False
    return mine == theirs


TOLD_ALIKE_SHARE = 0.5  # of the shorter outcome's words the other must say
NO_OUTCOME = frozenset(
    comparable_words(
        "about around approximately roughly nearly almost some estimated estimate an "
        "hundred thousand million billion half third quarter fifth tenth "
        "each every per year years annual annually month week day "
        "worldwide global globally world nationwide national nationally"
    ).split()
)
"""Words that say how a figure is hedged, scaled or counted per period or where, never what
it counts: left out when two claims' outcomes are compared (:func:`_told_alike`)."""


def _told_alike(claim: RegistryClaim, other: RegistryClaim) -> bool:
    """Whether two claims' statements say one outcome (:func:`_statement_outcome`: their
    words past the subject, places and numbers): "Snakebites kill … in India every year" and
    "… kill … worldwide each year" do; England's screening uptake and the share of screening
    kits with an abnormal result do not, though no frame slot tells them apart. A statement
    saying nothing past its subject is alike to any."""
    measures = claim_frame(claim).measures
    if measures and measures == claim_frame(other).measures:
        return True  # ("kill" and "died": both count deaths)
    mine, theirs = _statement_outcome(claim) - NO_OUTCOME, _statement_outcome(other) - NO_OUTCOME
    if not mine or not theirs:
        return True
    return len(mine & theirs) >= TOLD_ALIKE_SHARE * min(len(mine), len(theirs))


@per_claim
def _groups_but_places(registry_claim: RegistryClaim) -> frozenset[str]:
    """The claim's declared ``group`` items that name no place and no whole (``women``,
    ``stage 1``; not ``England``, ``worldwide``), normalised."""
    return frozenset(
        normalise_term(g)
        for g in registry_claim.group
        if not WHOLE_NAMED.search(g) and not read_frame(g).regions
    )


def _same_frame_but(claim: RegistryClaim, other: RegistryClaim, slot: str) -> bool:
    """Whether two claims' frames are one but for ``slot`` (a frame field) and their years:
    the same measure of the same people, told apart by that slot alone (a claim of delirium
    during an ICU stay is no untimed sibling of the 6-month mortality)."""
    mine, theirs = claim_frame(claim), claim_frame(other)
    return all(
        getattr(mine, name) == getattr(theirs, name) for name in FRAME_IDENTITY if name != slot
    )


FRAME_IDENTITY = (
    "measures", "control", "stages", "ages", "life_stages", "regions", "timepoints",
    "ethnicities", "severities", "settings", "dose_levels", "responses", "grade",
)  # fmt: skip
"""The frame slots that say what is counted and of whom: two claims alike in all of them
but one are told apart by that one (a frame may leave a sex or a reading as a change
unsaid where its sibling's wording says it: "mothers", "rate")."""


def _wholes_of_a_place_said(siblings: list[RegistryClaim], around: Surroundings) -> dict[str, str]:
    """The candidates about no place or the world, each with the place the figure's words
    name that a sibling of theirs (same subject, same unit) is about: "In Japan, 22% of hip
    fracture patients die within a year" is the Japanese claim's figure (10.1%), never the
    pooled claim's 22%, whatever the wording they share. {id: place}."""
    said = around.frame.regions - WORLD
    if not said:
        return {}
    places = {c.id: claim_frame(c).regions - WORLD for c in siblings}
    out: dict[str, str] = {}
    for c in siblings:
        if places[c.id] or any(not WHOLE_NAMED.search(g) for g in c.group):
            continue  # (a declared group may be a place no frame reads: "Australasia")
        for o in siblings:
            if (
                places[o.id] & said
                and _counted_alike(c, o)
                and subject_keys(o) & subject_keys(c)
                # (a name of its own the sentence says: "in Australasia", no place a frame reads)
                and not (_part_keys(c) - _part_keys(o)) & around.sentence_names
            ):
                out[c.id] = sorted(places[o.id] & said)[0]
                break
    return out


LANDMARK_SAID = re.compile(
    r"\b(?:at|after)\W+(?:(?:the\W+)?(?:end\W+of\W+)?(?:weeks?|months?|years?|days?)\W+\d"
    r"|(?:\w+\W+){0,2}?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|eighteen|twenty-four)\W+(?:weeks?|months?|years?|days?)\b)"
    r"|\b(?:\d+|one|two|three|four|five|six|ten)-(?:week|month|year|day)\b",
    re.IGNORECASE,
)
"""A landmark said in the figure's own clause: ``at 6 weeks``, ``at week 12``, ``after one
year``, ``six-month`` (not "beyond the first year", "by age 24", "in the past year")."""


def _untimed_beside_a_time_said(
    siblings: list[RegistryClaim], around: Surroundings
) -> dict[str, str]:
    """The candidates at no timepoint, each with the timepoint the figure's words say that a
    sibling of theirs (same subject, same unit) is measured at: "| Any breastfeeding at 6
    weeks | 55% |" is the six-week claim's figure, never the one of mothers who started,
    whatever the names they share. {id: the sibling's timepoint as its claim says it}."""
    said = around.frame.timepoints
    if not said or not LANDMARK_SAID.search(around.clause):
        return {}  # ("beyond the first year", "by age 24", "in the past year": no landmark)
    times = {c.id: claim_frame(c).timepoints for c in siblings}
    out: dict[str, str] = {}
    for c in siblings:
        if times[c.id] or c.timepoint is not None:
            continue
        for o in siblings:
            if (
                o.timepoint is not None
                and times[o.id] & said
                and o.value.unit == c.value.unit
                and subject_keys(o) & subject_keys(c)
                and _same_frame_but(c, o, "timepoints")
            ):
                out[c.id] = o.timepoint or "its time"
                break
    return out


UNSAID_LANDMARK_PENALTY = 16.0  # a landmark claim where the figure says no time
"""Outweighs the wording a landmark's statement shares with the figure's sentence ("had an
event at 12 months" against "occurred in … over 2.2 years"): the time is what tells them."""


TIME_SAID = NeedleScanned(
    re.compile(
        r"\b(?:year|month|week|day|hour)s?\b|\b(?:annual(?:ly)?|yearly|monthly|weekly|daily)\b",
        re.IGNORECASE,
    )
)
"""Any word of time: a sentence holding one may say a landmark :func:`_landmarks_unsaid` does
not read as one."""


def _landmarks_unsaid(siblings: list[RegistryClaim], around: Surroundings) -> frozenset[str]:
    """The ids of the candidates with a ``timepoint`` (a trial's landmark: "at 12 months")
    beside a sibling of the same subject, unit, context and group that has none (its
    headline figure, over the whole follow-up), where the figure's sentence says no time: a
    figure said at no time is the headline's."""
    if around.frame.timepoints or any(
        TIME_SAID.search(text) for text in (around.sentence, around.lead_text, *around.pieces)
    ):
        return frozenset()  # "fails for 9% in the first year", "At week 52, …": a time said
    # the untimed claims' contexts by what a landmark must share with its headline (one
    # pass each way: thousands of siblings may share a subject)
    headlines: dict[tuple, list[frozenset[str]]] = {}
    for o in siblings:
        if o.timepoint is None:
            key = (subject_keys(o), o.value.unit, frozenset(o.group))
            headlines.setdefault(key, []).append(_part_keys(o))
    if not headlines:
        return frozenset()
    return frozenset(
        c.id
        for c in siblings
        if c.timepoint
        and any(
            context <= _part_keys(c)
            for context in headlines.get((subject_keys(c), c.value.unit, frozenset(c.group)), ())
        )
    )


TOTAL_OVER_YEARS = re.compile(
    r"\b(?P<by>by|as\W+of|up\W+to|through)\W+(?:the\W+end\W+of\W+)?(?:(?:late|early|mid)\W+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\W+)?(?:19|20)\d\d\b"
    r"|\bsince\W+(?:19|20)\d\d\b|\bto\W+date\b|\bso\W+far\b|\bin\W+total\b"
    r"|\bcumulative(?:ly)?\b|\bin\W+all\b"
    r"|\bbetween\W+(?P<a>(?:19|20)\d\d)\W+and\W+(?P<b>(?:19|20)\d\d)\b"
    r"|\bfrom\W+(?P<c>(?:19|20)\d\d)\W+(?:to|until|through)\W+(?P<d>(?:19|20)\d\d)\b"
    r"|\bover\W+the\W+(?:past|last)\W+(?:\w+\W+)?(?:years|decades)\b",
    re.IGNORECASE,
)
"""Words that make a count a total to a date or over years ("had been implanted by the end
of 2019", "so far", "between 2000 and 2019"), not a count a year."""


PERFECT = re.compile(
    r"\b(?:had|have|has)\W+(?:now\W+|already\W+|so\W+far\W+)?(?:been\W+)?[a-z]+(?:ed|en|ne|wn|t)\b",
    re.IGNORECASE,
)
"""A verb in the perfect ("had been implanted", "have received", "has gone"): a count to a
date, where "by 2050" with any other verb is a year projected."""
A_YEARS_COUNT = re.compile(
    r"\b(?:a|each|every|per|that|the\W+same)\W+(?:(?:subsequent|following|later)\W+)?year\b"
    r"|\bannual(?:ly)?\b|\byearly\b",
    re.I,
)
"""Words that say a count is a year's."""


_SPAN_COUNT = (
    r"(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|eighteen"
    r"|twenty|thirty)"
)
SPAN_OF_TIME = re.compile(
    rf"\b(?:over|across|during|for|in)\W+(?:the\W+(?:next|following|first)\W+)?{_SPAN_COUNT}\W+"
    rf"(?:years|months|decades)\b(?!\W+(?:old|of\W+age|and\W+(?:over|older)|after|later|before|ago))"
    rf"|^\W*{_SPAN_COUNT}\W+(?:years|months|decades)\W+(?:of|in|on)\b"
    r"|\b(?:19|20)\d\d\W+and\W+(?:19|20)\d\d\W+(?:together|combined)\b",
    re.IGNORECASE,
)
"""A clause that sums its figure over a span of time ("Over ten years, stroke costs £26
billion", "Two years in a nursing home costs about £112,000", "over 2021 and 2022
together"): a total, no count or cost a year."""


def _a_total_over_years(around: Surroundings, quantity: Quantity) -> bool:
    """Whether the figure is a count or a sum of money with no period of its own whose
    clause says it is a total to a date or over years (:data:`TOTAL_OVER_YEARS`,
    :data:`SPAN_OF_TIME`)."""
    if quantity.per is not None or "/" in (quantity.unit or ""):
        return False
    if _ends_of_a_change(quantity):
        return False  # "between 2021 and 2022, from 106,699 to 107,941": each year's count
    if quantity.kind == "money":  # ("Between 2023 and 2027, a total of US$65 billion")
        # (years from and to, or since one: "in total" alone is no span of time)
        total = TOTAL_OVER_YEARS.search(around.clause)
        spanned = total is not None and (
            total.group("a") or total.group("c") or total.group().lower().startswith("since")
        )
        return SPAN_OF_TIME.search(around.clause) is not None or (
            bool(spanned) and _a_total(total, around.clause)
        )
    if quantity.kind not in ("count", "number"):
        return False
    if A_YEARS_COUNT.search(around.sentence):
        return False  # "annual deaths … to climb to around 1 million by 2050": a year's
    if SPAN_OF_TIME.search(around.clause):
        return True
    # ("118,100 … had been placed in US adults and 65,000 in US children by the end of
    # 2019": the date said once for the sentence's counts)
    if around.frame.count_of == "having":
        return False  # "By 2022, 39.0 million people were living with HIV": those who have it
    found = TOTAL_OVER_YEARS.search(around.clause)
    if found is None and ONE_YEAR.search(around.clause):
        return False  # "In 2023 alone, 4,545 … were done, adding to more than 90,000 since
        # 1988": the clause's own year makes its count that year's
    found = found or TOTAL_OVER_YEARS.search(around.sentence)
    return _a_total(found, around.sentence)


def _a_total(found: re.Match[str] | None, sentence: str) -> bool:
    """Whether a :data:`TOTAL_OVER_YEARS` match in ``sentence`` makes a total over years."""
    if found is None:
        return False
    if SUPERLATIVE_SINCE.search(sentence, 0, found.end()) and found.group().lower().startswith(
        "since"
    ):
        return False  # "1,500 cases, the most since 1992": a year's count set against years
    if found.group("by") and not PERFECT.search(sentence):
        return False  # "deaths are expected to reach 1 million by 2050": a projected year's
    first, last = found.group("a") or found.group("c"), found.group("b") or found.group("d")
    return first is None or int(last) > int(first)  # ("between 2019 and 2019": one year)


SUPERLATIVE_SINCE = re.compile(
    r"\b(?:most|highest|lowest|largest|fewest|least|biggest|smallest|worst|best|first\W+time"
    r"|record)\W+(?:\w+\W+){0,3}?since\W+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""A superlative reaching back to a year ("the most since 1992", "the highest toll since
2001"): the figure is one year's, compared with the years since, no total over them."""
ONE_YEAR = re.compile(
    r"\b(?:in|during)\W+(?:the\W+(?:calendar\W+|financial\W+|fiscal\W+)?year\W+)?(?:19|20)\d\d\b"
    r"(?!\W*(?:-|–|to|and|through|until)\W*(?:19|20)?\d\d)",
    re.IGNORECASE,
)
"""A single calendar year a statement counts in ("In 2022, 42,887 organ transplants were
performed"), not a span of them."""


@per_claim
def _counts_a_total(registry_claim: RegistryClaim) -> bool:
    """Whether the claim is a count with no period whose statement makes it a total to a
    date or over years ("More than 1 million organ transplants had been performed in the
    United States by September 2022")."""
    if _calendar_period(registry_claim.value.unit) is not None:
        return False
    statement = registry_claim.statement
    if A_YEARS_COUNT.search(statement):
        return False
    return _a_total(TOTAL_OVER_YEARS.search(statement), statement)


def _total_since(registry_claim: RegistryClaim) -> frozenset[str]:
    """The year a total over years counts from ("By the end of 2023, more than 90,000 heart
    transplants had been performed … since 1988": 1988), which :func:`years_named` leaves
    out as a year compared with when the statement names another: a figure said "since
    1988" is that total's."""
    if "since" not in registry_claim.statement or not _counts_a_total(registry_claim):
        return frozenset()
    return frozenset(found.group(1) for found in SINCE_YEAR.finditer(registry_claim.statement))


@per_claim
def _counts_one_year(registry_claim: RegistryClaim) -> bool:
    """Whether the claim counts per calendar period: by its unit (``implants/year``) or, with
    none, by a statement counting within one year ("In 2022, 42,887 organ transplants were
    performed", "each year") that makes no total over years."""
    if _calendar_period(registry_claim.value.unit) is not None:
        return True
    if "/" in (registry_claim.value.unit or "") or claim_frame(registry_claim).count_of == "having":
        return False  # ("In 2022, 39.0 million people were living with HIV": those who have it)
    statement = registry_claim.statement
    if not (A_YEARS_COUNT.search(statement) or ONE_YEAR.search(statement)):
        return False
    return not _a_total(TOTAL_OVER_YEARS.search(statement), statement)


CALENDAR_PERIOD_NAMES = frozenset({"year", "month", "week", "day"})


@per_claim
def _priced_by_period(registry_claim: RegistryClaim) -> bool:
    """Whether the claim is a sum of money per calendar period: by its unit (``USD/year``,
    ``GBP/week``) or, with no period in it, by a statement that says a year's ("costs the
    NHS £8.6 billion a year"): no total over a span of years ("Over ten years, …")."""
    currency, slash, period = (registry_claim.value.unit or "").partition("/")
    if currency not in CURRENCY_CODES:
        return False
    if period in CALENDAR_PERIOD_NAMES:
        return True
    return A_YEARS_COUNT.search(registry_claim.statement) is not None


def _price_period(registry_claim: RegistryClaim) -> str:
    """The calendar period a claim's price is per (``GBP/week``: ``week``); ``year`` where
    its unit says none (a statement's "a year")."""
    period = (registry_claim.value.unit or "").partition("/")[2]
    return period if period in CALENDAR_PERIOD_NAMES else "year"


TOTAL_OVER_SPAN_END = ", the figure a total over a span of time"
"""How the reason ends that rules out a claim counted or priced per period for a total over
years: a total equal to a year's figure is never that figure restated ("Over ten years,
stroke costs £26 billion" against £26 billion a year)."""


def _calendar_period(unit: str | None) -> str | None:
    """The calendar period of a count per period (``implants/year``: ``year``), else None."""
    noun, slash, period = (unit or "").rpartition("/")
    if not slash or not noun or noun.partition("/")[0] in CURRENCY_CODES:
        return None
    return period if period in CALENDAR_PERIOD_NAMES else None


def _periods_unsaid(
    siblings: list[RegistryClaim], around: Surroundings, quantity: Quantity
) -> frozenset[str]:
    """The ids of the candidates priced per period (``USD/day``) beside a sibling of the same
    subject priced in the same currency with none, or per a thing no time (``USD``,
    ``USD/stay``: a stay, a course, a patient), where the
    figure is money with no period and its sentence says no time: "the median cost of a
    hospital stay was $1,772" is the stay's price, not the cost per day. (Money without a
    period still matches money per period where no such sibling exists: the period is often
    said away from the figure.)"""
    unit = quantity.unit or ""
    if unit not in CURRENCY_CODES or any(
        TIME_SAID.search(text) for text in (around.sentence, around.lead_text, *around.pieces)
    ):
        return frozenset()
    whole = {  # priced with no period, or per stay, per course, per patient: no time
        subject_keys(o)
        for o in siblings
        if (o.value.unit or "").partition("/")[0] == unit
        and (o.value.unit or "").partition("/")[2] not in CALENDAR_PERIOD_NAMES
    }
    if not whole:
        return frozenset()
    return frozenset(
        c.id
        for c in siblings
        if (c.value.unit or "").partition("/")[0] == unit
        and (c.value.unit or "").partition("/")[2] in CALENDAR_PERIOD_NAMES
        and subject_keys(c) in whole
    )


def _qualified_elsewhere(
    registry_claim: RegistryClaim, distinct: frozenset[str], around: Surroundings
) -> str:
    """The claim's names (group, context) holding a word only this candidate has that
    another clause of the sentence says and the figure's own does not: the part of the whole
    that clause's figure is about ("" if none; the bare words where no name holds them)."""
    elsewhere = distinct & around.other_words
    if not elsewhere:
        return ""
    names = [
        name
        for name in (*registry_claim.group, *registry_claim.context)
        if elsewhere & set(_comparable_list(name))
    ]
    return ", ".join(names) or " ".join(sorted(elsewhere))


SUBGROUP_OPENING = re.compile(
    r"\A\W*(?:In\W+[^,;:]{1,40},\s*)?(?:In|Among|For|in|among|for)\W+(?:the\W+)?"
    r"(?P<what>(?:\w+\W+)?(?:patients|participants|people"
    r"|subjects|adults|children|women|men|those)\W+(?:with|who|whose)\b[^,;:.]{1,60}),",
)
"""A statement opening with the subgroup it is about ("In patients with better bulbar
function, …", "Among women who had a prior birth, …"), also after the study it opens with
("In CONFIRMS, among patients with mild or moderate renal impairment, …")."""
SUBGROUP_CLAIM = "it is about a subgroup"


@per_claim
def _subgroup_claim(registry_claim: RegistryClaim) -> str | None:
    """The subgroup the claim's statement opens with (:data:`SUBGROUP_OPENING`), if any."""
    found = SUBGROUP_OPENING.search(registry_claim.statement)
    return found.group("what").strip() if found else None


def _subgroup_unsaid(
    registry_claim: RegistryClaim, claim: Claim, around: Surroundings, plain_subjects: dict
) -> bool:
    """Whether the claim's statement opens with a subgroup (:func:`_subgroup_claim`) that
    the figure's sentence, the sentence before, its heading and cell say no telling word of,
    while a sibling claim on the same subject and unit opens with none: the figure is the
    whole's."""
    subgroup = _subgroup_claim(registry_claim)
    plain = plain_subjects.get((subject_keys(registry_claim), registry_claim.value.unit))
    if subgroup is None or plain is None:
        return False
    if (_context_keys(registry_claim) - plain) & (around.sentence_names | around.lead_names):
        return False  # its own name for the subgroup is said ("CPS ≥20" for its PD-L1 score)
    words = _telling(comparable_words(subgroup).split()) - SUBGROUP_FILLER
    context = (around.sentence, *around.pieces[1:], claim.lead_text or "", claim.previous_text)
    said = set(comparable_words(" ".join(t for t in context if t)).split())
    return bool(words) and not words & said


SUBGROUP_FILLER = frozenset("mild moderate severe patients people adults those".split())


WITHOUT = StartScanned(
    re.compile(
        r"\b(?:without|never|not\W+(?:been\W+)?(?:given|receiving|received|taking|on|using))"
        r"\W+(?:(?:a|an|the|any)\W+)?(?P<what>[A-Za-z][\w'-]*(?:\W+[A-Za-z][\w'-]*){0,3})"
        r"|\b[Nn]on-(?P<non>[A-Z][A-Z0-9]+)\b"
        r"|\b[Nn]on-(?P<nonword>[a-z][\w'-]*(?:[ \t]+[A-Za-z][\w'-]*){0,3})"
    )
)
"""People without a condition or a setting: "without it", "without IBD", "the non-SCD
cohort", "at non-trauma centres" (the words after "non-" count only where they are a name
the registry holds: "non-smokers" are a group of their own unless "smokers" is a subject)."""
WITHOUT_COMPARED = re.compile(
    r"\b(?:than|as|compared|comparison|versus|vs|against|relative)\b", re.IGNORECASE
)
LABEL_GAP = re.compile(r"[ \t:=(]*")
"""What may stand between an arm's name and the figure it labels (``EGDT 18.8%``, ``vehicle:
25.7%``)."""
ARM_LABEL_GAP = re.compile(r"[ \t=(]*")
"""Between a control arm's name and the figure it labels (``placebo 17%``); not a colon,
after which the figures follow arms named in a list before it (``drug K versus placebo: 35%
versus 12%``)."""
COMPARED_BEFORE = StartScanned(
    re.compile(
        r"\b(?:than|compar(?:ed|ison)\W+(?:with|to)|versus|vs\.?|against|relative\W+to"
        r"|head\W+to\W+head\W+with|(?:pitted|tested|trialled|trialed)\W+against)"
        r"\W+(?:the\W+|those\W+)?"
        r"(?:(?!(?:with|and|or|in|on|for|to|by|at|of|placebo|sham|control)\b)[a-z][\w-]*"
        r"[ ]+){0,2}?\Z",
        re.IGNORECASE,
    )
)
"""Words right before a name, or before its first one or two lower-case words, that make it
what the figure is compared with ("1.55 for e-cigarettes against NRT", "went head to head
with chemotherapy", "compared with platinum chemotherapy"), not what the figure is about."""
COMPARED_WITH_THOSE_WITHOUT = re.compile(
    r"\b(?:than|compared\W+(?:with|to)|versus|vs\.?|against|relative\W+to"
    r"|(?:likely|common|often|high|much|many)\W+as)\W+"
    r"(?:(?:the|those|people|women|men|patients|children|adults|individuals|controls)\W+)?"
    r"(?:without|non-?)(?=\w|\W)",
    re.IGNORECASE,
)
"""A claim's reference group after a comparison: "compared with women without PCOS", "twice
as likely as non-smokers"."""
WITHOUT_PRONOUNS = frozenset({"it", "them", "this", "that", "one"})
DISEASE_VERB = re.compile(
    r"\b(?:occurs?|occurring|affects?|affecting|develops?|strikes?|is\W+(?:found|seen|born)"
    r"|are\W+(?:found|seen|born)|has|have|living\W+with)\b",
    re.IGNORECASE,
)
"""Verbs of having a disease, which a clause about its carriers does not need."""
WITHOUT_PRONOUN = StartScanned(
    re.compile(r"\bwithout(?:\W+(?:it|them)\b|\W*\Z)", re.IGNORECASE)
)  # "… without it", "… and 15% without."
TREATMENT_WORD = re.compile(
    r"\b(?:treat(?:ed|ment|ments)|drops|drugs?|medications?|medicines?|therapy|therapies"
    r"|tablets|pills|injections|vaccines?|vaccinated)\b",
    re.IGNORECASE,
)
"""A treatment said before "without it" / "without them": the pronoun is that treatment."""
WITHOUT_IT = "it is about people without it, the figure about people with it"
WITH_OR_WITHOUT = "one of the two says it without what the other says with"
WITH_DRUG = re.compile(r"\bwith\W+(?:the\W+|a\W+)?([^\W\d_][\w-]+)", re.IGNORECASE)


def _with_a_drug(text: str) -> bool:
    """Whether ``text`` says a drug by its INN stem after "with" ("FEV1 rose by 160 mL with
    dupilumab, and by 77 mL without it"): ``it`` is that drug, and the figure after "without
    it" the untreated arm's. (:func:`drug_sets` leaves out what follows "with", which is
    more often a condition, "children with asthma", than a drug.)"""
    return any(INN_STEM.search(found.group(1)) for found in WITH_DRUG.finditer(text))


@functools.lru_cache(maxsize=4096)
def _figure_polarity(clause: str) -> Polarity:
    """What the figure's clause says without and plainly (:func:`polarity.read_polarity`)."""
    return _polarity(clause)


def _polarity(text: str) -> Polarity:
    """:func:`polarity.read_polarity` with the matcher's stems and stop words, an agent
    noun's ``-er`` and a silent ``e`` dropped too: "never smoked" negates what "smokers"
    and "smoke" say plainly."""
    return read_polarity(text, _polarity_words, POLARITY_STOP_WORDS)


def _claim_polarity(text: str) -> Polarity:
    """:func:`_polarity` of a claim's words, where ``X-free`` names an outcome
    (``failure-free``), not a group without X."""
    return read_polarity(text, _polarity_words, POLARITY_STOP_WORDS, free=False)


AGENT_OR_SILENT_E = re.compile(r"(?<=\w{3})(?:er|e)\Z")


def _polarity_words(text: str) -> list[str]:
    return [AGENT_OR_SILENT_E.sub("", word) for word in _comparable_list(text)]


@per_claim
def _claim_polarities(registry_claim: RegistryClaim) -> tuple[Polarity, Polarity, Polarity]:
    """What a claim's declared names (context and group), its group alone, and all its words
    (statement, context, group) say without and plainly; the first two are
    :data:`NO_POLARITY` for a claim that declares no group and no negated context."""
    context, group = registry_claim.context, registry_claim.group
    said = _claim_polarity(" ; ".join((registry_claim.statement, *context, *group)))
    if not group and not any(NEGATOR.search(name) for name in context):
        return NO_POLARITY, NO_POLARITY, said
    declared = _claim_polarity(" ; ".join((*context, *group)))
    if said.compared:
        # context "placebo or no NRT" of a statement "… against placebo or no NRT": the
        # reference group the statement compares with, not the claim's own
        declared = replace(declared, own=tuple(p for p in declared.own if p not in said.compared))
    return declared, _claim_polarity(" ; ".join(group)), said


POLARITY_STOP_WORDS = frozenset(STOP_WORDS) | FUNCTION_WORDS
_WITHOUT_DECLARED: dict[int, tuple[Registry, dict]] = {}


def _declared_without(registry: Registry) -> frozenset[frozenset[str]]:
    """The negated phrases the registry's claims declare as their group or context
    ("without early palliative care"): the groups the registry knows by their absence."""
    cache = _per_registry(_WITHOUT_DECLARED, registry)
    if "all" not in cache:
        cache["all"] = frozenset(
            phrase
            for claim in registry.claims
            if _may_declare_without(claim)
            for phrase in _claim_polarities(claim)[0].own
        )
    return cache["all"]


def _may_declare_without(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's declared names (context and group, joined as
    :func:`_claim_polarities` joins them) hold a negator: without one, its declared polarity
    has no phrase of its own, so :func:`_declared_without` need not read its polarities (a
    statement, its context and group read three times: 3 s of a first lint's CPU against
    100,000 claims of which 16,000 declare an age group, none of them negated)."""
    context, group = registry_claim.context, registry_claim.group
    if not group and not any(NEGATOR.search(name) for name in context):
        return False  # its declared polarity is NO_POLARITY
    return NEGATOR.search(" ; ".join((*context, *group))) is not None


def _said_the_other_way(
    registry_claim: RegistryClaim, figure: Polarity, known: frozenset[frozenset[str]]
) -> bool:
    """Whether the claim says with what the figure's clause says without, or the other way
    round (:func:`polarity.opposite`): its declared group or context says without what the
    clause says plainly; or the clause says without what the claim's group says plainly, or
    what its statement says plainly where a sibling claim declares that very absence as its
    group ("did not receive early palliative care" against the claim about those given it,
    beside the one about those without it)."""
    declared, group, said = _claim_polarities(registry_claim)
    if declared is not NO_POLARITY and opposite(figure, declared, group, said) is not None:
        return True
    return any(
        phrase in known and phrase <= said.plain and not phrase & said.anywhere
        for phrase in figure.own
    )


def _comparable_list(text: str) -> list[str]:
    return comparable_words(text).split()


WITH_IT = "it is about people with it, the figure about people without it"


def _about_those_without(
    text: str,
    subject_terms: frozenset[str],
    figure_at: int | None = None,
    own: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``text`` speaks of people without a condition the registry names ("for people
    without it", "a patient without IBD", "the non-IBD group"): a figure about them is no
    figure about the people with it, and the other way round. Past a comparison after the
    figure (``figure_at``, an offset in ``text``), they are whom it is compared with: "three
    times as likely as people without it"."""
    if not WITHOUT.search(text):
        return False
    found = _without_mentions(text, figure_at)
    return any(_names_without(key, subject_terms, own) for keys in found for key in keys)


def _names_without(key: str, subject_terms: frozenset[str], own: frozenset[str]) -> bool:
    """Whether one key of a "without …"/"non-…" mention names the condition: a pronoun (the
    empty key), a registry name, and for a lowercase "non-" (keys marked ``~``) only the
    claim's own subject ("non-trauma centres" against trauma centres' claims, while
    "non-smokers" say whom second-hand smoke kills)."""
    if key.startswith("~"):
        return key[1:] in own
    return key == "" or key in subject_terms


def _without_mentions(text: str, figure_at: int | None) -> list[tuple[str, ...]]:
    """Each "without …" or "non-…" of ``text``: the keys its first one to four words may be
    (an empty key for a pronoun, "without it")."""
    mentions = []
    for found in WITHOUT.finditer(text):
        if figure_at is not None and WITHOUT_COMPARED.search(text, figure_at, found.start()):
            continue
        if found.group("non") is not None:
            mentions.append((normalise_term(found.group("non")),))
            continue
        if found.group("nonword") is not None:
            if COMPARED_BEFORE.search(text, max(0, found.start() - 30), found.start()):
                continue  # "… longer than non-runners": whom the figure is compared with
            words = found.group("nonword").split()
            mentions.append(tuple("~" + normalise_term(" ".join(words[:n])) for n in range(1, 5)))
            continue
        words = found.group("what").split()
        if words[0].lower() in WITHOUT_PRONOUNS:
            mentions.append(("",))
            continue
        mentions.append(tuple(normalise_term(" ".join(words[:n])) for n in range(1, 5)))
    return mentions


@per_claim
def _claim_without_keys(registry_claim: RegistryClaim) -> tuple[tuple[str, ...], ...]:
    text = " ; ".join((registry_claim.statement, *registry_claim.context, *registry_claim.group))
    if not WITHOUT.search(text):
        return ()
    # "… an odds ratio of 4.43 compared with women without PCOS": whom the claim compares
    # with, not whom it is about
    text = COMPARED_WITH_THOSE_WITHOUT.sub(" ", text)
    return tuple(_without_mentions(text, None))


def _claim_about_those_without(
    registry_claim: RegistryClaim, subject_terms: frozenset[str], own: frozenset[str]
) -> bool:
    """Whether the claim's statement, context or group is about people without a condition
    the registry names ("a matched cohort without sickle cell disease", context ``non-IBD``)."""
    return any(
        _names_without(key, subject_terms, own)
        for keys in _claim_without_keys(registry_claim)
        for key in keys
    )


_STUDY_CORE = (
    r"[A-Z]{2,}[A-Za-z0-9]*|[A-Z][A-Za-z]*\d+|[A-Z][a-z]+[A-Z]{2,}[a-z]*\d*|[a-z]+[A-Z][A-Za-z]*\d*"
)
_STUDY_PART = rf"(?:{_STUDY_CORE}|[A-Z][a-z]*\d*|\d{{1,3}}[A-Za-z]?)"
STUDY_NAME = re.compile(
    rf"(?:[A-Z][a-z]+[-\s])*(?:{_STUDY_CORE})(?:[-\s]{_STUDY_PART})*"
    rf"|(?:[A-Z][a-z]+\s)*[A-Z][A-Za-z]*[-\s]?\d{{1,3}}"
)
"""A study's name as registries write it in ``context``: capitals (``ERASURE``, ``CLARITY AD``,
``RE-LY``, ``ODYSSEY OUTCOMES``), a capitalised name with its number (``SOLO 1``, ``STEP 1``,
``BLISS-52``, ``CYD14``), a coined name with a run of capitals inside (``KarMMa``,
``MajesTEC``) or after a lower-case start (``monarchE``, ``iPrEx``), and any of these joined
by hyphens or spaces to further parts (``ELITE-Symphony``, ``BRAVE-AA1``, ``IMPROVE-IT``,
``Elaris EM-I``, ``CLIMB SCD-121``, ``Measure Up 1``). A measure so written (``eGFR``,
``PASI 90``) is no study: its claims do not say "In PASI 90, …" (:func:`_is_study`)."""
NOT_STUDIES = frozenset(
    normalise_term(name)
    for name in """WHO CDC NHS NICE FDA EMA GBD UK US USA EU UKHSA IARC UNAIDS UNICEF NCHS NIH
    ACS AHA ESC OECD ONS ABS AIHW ECDC PHE NHANES NSDUH BRFSS SEER GLOBOCAN HIV AIDS
    HIV-1 HIV-2 COVID-19 SARS-CoV-2 SARS MERS H1N1 H5N1""".split()
)
"""Agencies, surveys, places and viruses written in capitals: sources or settings many subjects
share, never one study's arm."""
_STAND_INS: dict[int, tuple[Registry, dict[str, frozenset[str]]]] = {}


def _per_registry(table: dict, registry: Registry) -> dict:
    """The answers ``table`` keeps for ``registry``: one registry at a time, as lint loads
    it (a new registry starts the table afresh); keyed by the registry's identity, held with
    it so the id is never read for another object."""
    known = table.get(id(registry))
    if known is None or known[0] is not registry:
        known = (registry, {})
        table.clear()
        table[id(registry)] = known
    return known[1]


def study_stand_ins(registry: Registry, names: frozenset[str]) -> frozenset[str]:
    """The subject names (normalised) that the study names among ``names`` stand for: a
    ``context`` name written like a study's (:data:`STUDY_NAME`), no subject of any claim, and
    held only by claims that share a subject ("SOLO 1" in the context of dupilumab's claims
    only). Pages name a trial's arms by the trial ("8% of patients in SOLO 1 on placebo")."""
    cache = _per_registry(_STAND_INS, registry)
    found: set[str] = set()
    for name in names:
        if name not in cache:
            cache[name] = _stands_for(registry, name)
        found |= cache[name]
    return frozenset(found)


STAND_IN_LIMIT = 200  # claims a study's name may hold: a name on more is no one study's


MEASURE_ROW_WORDS = frozenset(
    comparable_words(
        """prevalence incidence rate rates share proportion percentage percent number count
        median mean average estimate estimated value figure people patients adults cases
        uptake coverage risk odds ratio score level dose duration cost price result results
        outcome outcomes finding findings"""
    ).split()
)
"""Row headers that say what the row's figures measure, not a part of the whole
(``Prevalence``, ``Rate``, ``Number of people``), or only that they are its figures
(``Result``, ``Outcome``): the claim's measure is the frame's to weigh."""
TOTAL_ROW = re.compile(r"\b(?:all|total|overall|any|combined|everyone|whole)\b", re.IGNORECASE)


def _row_explained(row: str, registry_claim: RegistryClaim) -> bool:
    """Whether a table row's header may be the claim's: it says a total (``All``,
    ``Overall``), a frame slot the frames weigh (an age, sex, place, arm, stage, time), or a
    word the claim says about itself; a row of other words is another part of the table's
    whole (``Tree nut`` beside ``Peanut``), never a claim that names none of them."""
    words = [
        w
        for w in comparable_words(row).split()
        if w not in FUNCTION_WORDS and w not in MEASURE_ROW_WORDS and not w.isdigit()
    ]
    if not words or TOTAL_ROW.search(row):
        return True
    said = read_frame(row)
    if said != Frame():
        return True
    return bool(set(words) & claim_vocabulary(registry_claim))


TITLE_NAME = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}")
"""A name in title case, one to four words ("Heads Up", "Lower Pole"): a study's when its
claims call it a trial or study."""


def _called_a_study(written: str, statement: str) -> bool:
    """Whether the statement calls a context name a study ("In the Pylera trial, …"): a
    name with no capitals run or number is a study's when its claim says so."""
    return bool(
        re.search(
            rf"\b{re.escape(written)}\W+(?:trial|study|cohort|registry)\b", statement, re.IGNORECASE
        )
    )


def _stands_for(registry: Registry, name: str) -> frozenset[str]:
    ids = registry.by_term.get(name, ())
    if not ids or len(ids) > STAND_IN_LIMIT or name in registry.subject_terms:
        return frozenset()
    if name in NOT_STUDIES:
        return frozenset()
    shared: frozenset[str] | None = None
    for claim_id in ids:
        registry_claim = registry.by_id[claim_id]
        written = next((c for c in registry_claim.context if normalise_term(c) == name), None)
        if written is None or not (
            STUDY_NAME.search(written) or _called_a_study(written, registry_claim.statement)
        ):
            return frozenset()
        subjects = subject_keys(registry_claim)
        shared = subjects if shared is None else shared & subjects
        if not shared:
            return frozenset()
    return shared or frozenset()


UN_WORD = StartScanned(re.compile(r"\bun-?([a-z]{4,}ed)\b", re.IGNORECASE))
"""A participle negated by ``un`` (``unadjusted``, ``unvaccinated``, ``untreated``)."""


def _said_negated(registry_claim: RegistryClaim, unsaid: frozenset[str]) -> str | None:
    """The word of the claim's names (subject or context) that the figure's clause says
    negated with ``un`` ("the unadjusted estimate" against a claim whose context is
    ``adjusted``): the claim is about what the figure is not. None when there is none."""
    for name in (*registry_claim.context, *registry_claim.subject):
        words = re.findall(r"[a-z]+", name.lower())
        if NEGATORS & set(words):
            continue  # "not been vaccinated" is the claim's own negation
        for word in words:
            if word in unsaid:
                return word
    return None


NEGATORS = frozenset({"not", "never", "no", "non", "without", "nor"})
NOT_WITH = "it is about those not"  # … vaccinated, the figure about the vaccinated
PLAIN_PARTICIPLE = re.compile(
    r"(?<![\w-])(?<!\bnot\s)(?<!\bnever\s)(?<!\bnon-)(?<!\bbeen\s)([a-z]{4,}ed)\b",
    re.IGNORECASE,
)
"""A participle said plainly, with no ``un``, ``not``, ``never`` or ``non-`` before it."""
NEGATED_NAME = re.compile(r"\b(?:un-?|not\W+|never\W+(?:been\W+)?|non-)([a-z]{4,}ed)\b")


def _negated_names(registry_claim: RegistryClaim) -> frozenset[str]:
    """The participles the claim's names (context, subject) say negated: ``unvaccinated``,
    ``not vaccinated``, ``non-treated`` give ``vaccinated``, ``treated``."""
    return frozenset(
        found.group(1)
        for name in (*registry_claim.context, *registry_claim.subject)
        for found in NEGATED_NAME.finditer(name.lower())
    )


def _said_plainly(registry_claim: RegistryClaim, plain: frozenset[str]) -> str | None:
    """The participle a claim's names say negated and the figure's clause says plainly
    ("71% were in vaccinated people" against a claim whose context is ``unvaccinated``): the
    claim is about those the figure is not, the mirror of :func:`_said_negated`."""
    return next(iter(sorted(_negated_names(registry_claim) & plain)), None)


def _page_study(registry: Registry, around: Surroundings) -> str | None:
    """The one study a page names, for a figure whose sentence and the one before name
    none: the study the page is about (a claim about another study the registry knows is no
    figure of it). None where the page names none or several."""
    if any(_is_study(registry, key) for key in around.sentence_names | around.before_names):
        return None
    return _one_study_of(registry, around.document_names)


_PAGE_STUDIES: dict[int, tuple[Registry, dict[frozenset[str], str | None]]] = {}
PAGE_STUDIES_KEPT = 64  # pages whose one study is kept (the names of the last few pages)


def _one_study_of(registry: Registry, document_names: frozenset[str]) -> str | None:
    """The one study among a page's names, or None (:func:`_page_study`): the same for
    every figure of the page, so worked out once per page's names, not once per figure
    (each asked :func:`_is_study` of every name the page says)."""
    kept = _per_registry(_PAGE_STUDIES, registry)
    if document_names in kept:
        return kept[document_names]
    studies = [key for key in sorted(document_names) if _is_study(registry, key)]
    # (the one study: "PARTNER" inside "PARTNER 3" is that name read short)
    studies = [k for k in studies if not any(o != k and o.startswith(k) for o in studies)]
    if len(kept) >= PAGE_STUDIES_KEPT:
        kept.clear()
    found = kept[document_names] = studies[0] if len(studies) == 1 else None
    return found


def _studies_named(registry: Registry, around: Surroundings) -> dict[str, str]:
    """The registry names in the figure's clause that are studies' names (:func:`_is_study`):
    key -> as written."""
    said = {
        key: _with_series_number(written, around.clause)
        for key, written in around.name_texts
        if STUDY_NAME.fullmatch(written.strip()) and _is_study(registry, key)
    }
    if not said and around.inherited:
        # "In ERASURE, 81.6% … On etanercept, the figure was 44.0%": the study of the
        # sentence the clause carries on
        said = {key: key for key in sorted(around.inherited) if _is_study(registry, key)}
    if (
        not said
        and (opened := STUDY_OPENER.match(around.sentence)) is not None
        and (not _compared_clause(around) or around.own_frame.control)
    ):
        # (a comparison's other side that names the trial's control arm, "…, against 38% of
        # those given placebo", is inside the trial too)
        # "In EINSTEIN-DVT, … 3.0% of patients on rivaroxaban and 2.1% of those on standard
        # therapy": the study opening the sentence is every clause's (not a comparison's
        # other side, which may be a cohort outside it: "…, against 26% of untreated babies
        # in a natural-history cohort")
        key = normalise_term(opened.group("name"))
        if key in registry.by_term and _is_study(registry, key):
            said = {key: opened.group("name")}
    if not said and not any(_is_study(registry, key) for key in around.sentence_names):
        # "PIONEER II enrolled 326 adults. In that trial, 58.9% of the placebo group …": a
        # sentence naming no study carries on the one study the sentence before names
        studies = [key for key in sorted(around.before_names) if _is_study(registry, key)]
        # (the one study: "PARTNER" inside "PARTNER 3" is that name read short)
        before = [k for k in studies if not any(o != k and o.startswith(k) for o in studies)]
        if len(before) == 1:
            said = {before[0]: before[0]}
    if "n " in around.clause:  # "In …" / "in the …": a study the registry may not know
        for found in UNKNOWN_STUDY.finditer(around.clause):
            name = found.group("name")
            first, _, rest = name.partition(" ")
            if rest and normalise_term(first) in NOT_STUDIES:
                name = rest  # "in the US NOBLE study": the study is NOBLE, in the US
            key = normalise_term(name)
            if key not in registry.by_term and key not in NOT_STUDIES and key not in said:
                said[key] = name
    return said


ANOTHER_STUDY = "it is about another study"


def _compared_clause(around: Surroundings) -> bool:
    """Whether the figure's clause is a comparison's other side: it says "against",
    "versus", "compared with" or the like, or opens right after them."""
    at = max(around.sentence.find(around.clause), 0)
    return bool(
        OTHER_ARM_WORD.search(around.clause)
        or OTHER_ARM_BEFORE.search(around.sentence, max(0, at - OTHER_ARM_REACH), at)
    )


STUDY_OPENER = re.compile(
    r"\s*[Ii]n\s+(?:the\s+)?(?P<name>[A-Z][\w-]*(?:\s[A-Z0-9][\w-]*)?)(?:\s+(?:trial|study))?\s*,"
)
"""A study's name opening a sentence ("In EINSTEIN-DVT, …", "In the CLOT trial, …")."""
ANOTHER_ARM = "it is about another treatment arm"
UNKNOWN_STUDY = StartScanned(
    re.compile(
        r"\b[Ii]n\s+(?:the\s+)?(?:(?:head-to-head|pivotal|landmark|randomi[sz]ed|open-label"
        r"|double-blind|placebo-controlled|multicent(?:re|er)|international|large|original)\s+)*"
        r"(?P<name>(?:[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*|[A-Z][a-z]+[A-Z]{2,}[a-z]*)"
        r"(?:-(?:[A-Z][A-Za-z0-9]*|\d{1,3}(?![\d%.,]\d|\d|\s*%)))*"
        r"(?:\s[A-Z]{2,}[A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*)*"
        r"(?:[-\s](?:I|V|X)\b)?"
        r"(?:[-\s]\d{1,2}(?![\d%.,]\d|\d|\s*%))?)"
        r"(?=\s*,|\s+(?:trial|study|cohort|registry)\b)"
    )
)
"""A study's name in an opening "In …," or before "trial"/"study" that the registry does not
hold ("In PARTNER, …", "In the KarMMa-3 trial", "In IMPROVE-IT, …", "in the US NOBLE study"):
capitals or a coined name with capitals inside, with further hyphenated parts, words in
capitals and its series number. A claim about another study is not that figure's."""


SERIES_NUMBER = r"(-|\s)(\d|(?:III|II|IV|V|I)\b)(?![\d%.,]\d|\d|\s*%|\s*(?:per|in|of)\b)"
"""A study's number in its series after its name: "KarMMa-3", "MONARCH 3", "FREEDOMS II" (one
digit or a Roman numeral up to V, not a figure: "KarMMa 73%" holds none)."""


def _with_series_number(written: str, clause: str) -> str:
    """A study's name as the clause writes it, with the number of its series when one
    follows ("KarMMa-3" where the registry knows only "KarMMa"): a later study of the series,
    not the one the registry names."""
    if written[-1:].isdigit():
        return written
    found = re.search(rf"\b{re.escape(written)}{SERIES_NUMBER}", clause)
    return f"{written}{found.group(1)}{found.group(2)}" if found else written


_STUDIES: dict[int, tuple[Registry, dict[str, bool]]] = {}


def _is_study(registry: Registry, key: str) -> bool:
    """Whether a registry name is a study's: written as one (:data:`STUDY_NAME`), no agency or
    survey of :data:`NOT_STUDIES`, and at least half the claims holding it say so ("In
    AFFIRM, …", "the PCPT trial"). "COPD" and "NRT" are written in capitals too, but their
    claims do not speak of being "in" them."""
    cache = _per_registry(_STUDIES, registry)
    if key not in cache:
        holders = registry.by_term.get(key, ())[:STAND_IN_LIMIT]
        calls = sum(_says_a_study(registry.by_id[claim_id], key) for claim_id in holders)
        # most claims holding a study's name say it as one; a disease's claims rarely do
        cache[key] = key not in NOT_STUDIES and bool(holders) and 2 * calls >= len(holders)
    return cache[key]


def _says_a_study(registry_claim: RegistryClaim, key: str) -> bool:
    for name in (*registry_claim.subject, *registry_claim.context):
        if (
            normalise_term(name) == key
            and TITLE_NAME.fullmatch(name.strip())
            and _called_a_study(name.strip(), registry_claim.statement)
        ):
            return True  # "In the Heads Up trial, …", "the Lower Pole study": a titled name
        if normalise_term(name) == key and STUDY_NAME.fullmatch(name.strip()):
            # "In AFFIRM, …"; a coined name that is no abbreviation also after a lower-case
            # "in" ("… with ide-cel in KarMMa was 8.8 months")
            lower = "" if name.strip().isupper() else "|in"
            opening = rf"\b(?:In{lower})\W+(?:the\W+)?{re.escape(name.strip())}\b"
            return bool(re.search(opening, registry_claim.statement)) or _called_a_study(
                name.strip(), registry_claim.statement
            )
    return False


def another_study(
    registry: Registry, registry_claim: RegistryClaim, studies_said: dict[str, str]
) -> str | None:
    """The study the figure's clause names, as written, when the claim is about another one:
    the claim names a study of its own, and none of those the clause names is among its
    names or in its statement ("In PREVAIL, median overall survival was 32.4 months" is not
    the AFFIRM claim's figure, whatever their wording shares); or it names none, and the
    clause names a study the registry knows from other claims. None otherwise."""
    names = _keys_of(registry_claim)
    # the studies as written, with a series number the registry may not know ("KarMMa-3")
    written_keys = [normalise_term(written) for written in studies_said.values()]
    said = normalise_term(registry_claim.statement)
    if not any(_is_study(registry, key) for key in names if key not in written_keys):
        # a claim naming no study of its own: "In the RN4CAST countries, … 23%" is not the
        # Pennsylvania claim's figure where the registry knows RN4CAST by its own claims
        known = [
            written
            for key, written in studies_said.items()
            if key in registry.by_term
            and STUDY_NAME.fullmatch(written.strip())  # as written: no name a pronoun stood for
            and key not in names
            and not _holds_study(key, said)
        ]
        return known[0] if known else None
    if any(key in names for key in written_keys):
        return None
    longer = [
        written
        for key, written in studies_said.items()
        if key in registry.by_term
        and any(
            name != key and name.startswith(key) and _is_study(registry, name) for name in names
        )
    ]
    if longer:
        # "In Hokusai-VTE, …" against a claim of Hokusai VTE Cancer: the study the clause
        # names, known from other claims, is the start of a longer study name the claim has
        return longer[0]
    if any(_holds_study(key, said) for key in written_keys):
        return None
    return next(iter(studies_said.values()))


ROMAN_LETTERS = frozenset("ivx")
"""The letters a series' Roman numeral is written with, lower-cased as keys are: "VOYAGE I"
(``voyagei``) goes on as ``voyageii`` in the name of the next study of its series."""


def _holds_study(key: str, said: str) -> bool:
    """Whether a normalised statement names the study ``key`` itself, not another of its
    series: "KarMMa" is not said by "In KarMMa-3, …" (``karmma3``), nor "SOLO 1" by a
    statement about SOLO 12, nor "VOYAGE I" by one about VOYAGE II (a Roman numeral goes on)."""
    at = said.find(key)
    while at >= 0:
        after = said[at + len(key) : at + len(key) + 1]
        if not after.isdigit() and not (key[-1:] in ROMAN_LETTERS and after in ROMAN_LETTERS):
            return True
        at = said.find(key, at + 1)
    return False


COMPARED_ONLY = "its subject is named only as what the figure is compared with"
FRAME_LATER = "ruled out by its frame; the reason is read if it is the near miss"


CONTROL_ARM_LIMIT = 50  # claims of a name read to tell whether it names only control arms
DIGIT_IN = re.compile(r"\d")


def _only_controls_on(
    registry: Registry,
    around: Surroundings,
    quantity: Quantity,
    named: dict[str, tuple[int, ...]],
) -> bool:
    """Whether the treatment the figure's clause says its people were on ("from about 5
    months with chemotherapy") is, among the candidates, the arm of control-arm claims only
    ("… with the physician's choice of chemotherapy", ``group: [comparator]``): the clause
    names the control arm by its treatment (on the figure's side of a comparison: "saved
    £34 compared with best practice" is the other side's). Ratio claims compare the arms
    and say both. Where the sentence names a trial whose claims hold that treatment, its
    claims alone decide (gemcitabine is PRODIGE 4's control arm, though MPACT's claims give
    it with nab-paclitaxel)."""
    said = arm_words(_figures_side(around.clause, quantity)) - {MONOTHERAPY}
    if (
        not said
        and len(around.pieces) == 3
        and around.pieces[2]
        and not _names_a_drug(around.pieces[1])
    ):
        # (not where the row names a drug or dose of its own: "Brezalumab 30 mg every 4
        # weeks | 41%" under "At least one exacerbation" is the row's arm, the column its outcome)
        # a table column headed by a treatment alone ("Chemotherapy" beside "Enfortumab
        # vedotin + pembrolizumab") is the arm on it, as "with chemotherapy" says in prose
        said = _telling(comparable_words(around.pieces[2]).split())
    if not said:
        return False
    holders = [
        c for c in (registry.by_id[i] for i in named) if not _is_ratio(c) and said & _arm_said(c)
    ]
    # in the trial the sentence names, if it names one: gemcitabine is PRODIGE 4's control
    # arm, though other trials' claims give it with nab-paclitaxel as their own arm
    said_names = around.clause_names | around.sentence_names
    in_named = [c for c in holders if subject_keys(c) & said_names]
    if in_named and any(claim_frame(c).control for c in in_named):
        holders = in_named
    return bool(holders) and all(claim_frame(c).control and said <= _arm_said(c) for c in holders)


WITHOUT_TREATMENT = StartScanned(
    re.compile(
        r"\b(?:without|no)\W+(?:(?:a|an|the|any)\W+)?(?P<what>[A-Za-z][\w'-]*(?:\W+[A-Za-z][\w'-]*)?)"
        r"(?P<end>\W*\Z)",
        re.IGNORECASE,
    )
)
"""A figure's side of a comparison ending "without maintenance", "with no booster"."""


def _without_the_treatment(
    registry: Registry,
    around: Surroundings,
    quantity: Quantity,
    named: dict[str, tuple[int, ...]],
) -> bool:
    """Whether the figure's side of its comparison ends by saying its people went without the
    treatment the other arm's claims are about ("… 76.8 months with maintenance BCG and 35.7
    months without maintenance"): among the candidates, the claims naming that treatment in
    their subject are treatment arms and some candidate is a control arm, so the figure is
    the control arm's."""
    side = _figures_side(around.clause, quantity)
    at = side.find(quantity.text)
    if at < 0:
        return False
    after = at + len(quantity.text)
    found = WITHOUT_TREATMENT.search(side, after)
    if found is None or found.start() - after > 40 or DIGIT_IN.search(side, after, found.start()):
        return False  # (said right after this figure, not after a later one)
    words = _telling(comparable_words(found.group("what")).split())
    if not words:
        return False
    claims = [registry.by_id[i] for i in named]
    treated = [
        c
        for c in claims
        if words <= {w for name in c.subject for w in comparable_words(name).split()}
    ]
    return (
        bool(treated)
        and not any(claim_frame(c).control for c in treated)
        and any(claim_frame(c).control for c in claims)
    )


WITHOUT_SAID = re.compile(
    r"\b(?:without|no)\W+(?:(?:a|an|the|any)\W+)?(?P<what>[A-Za-z][\w'-]*)", re.IGNORECASE
)
"""A treatment said as gone without ("after surgery without radiotherapy", "no booster")."""


def _without_as_a_control_says(
    registry: Registry,
    around: Surroundings,
    named: dict[str, tuple[int, ...]],
    quantity: Quantity | None = None,
) -> bool:
    """Whether the figure's clause says its people went without a treatment (``After
    breast-conserving surgery without radiotherapy, 35.0% …``), or had another alone (``…
    of those who had surgery alone``), in the words a control-arm candidate says of its own
    people (its context ``without radiotherapy``, ``surgery alone``): the figure is a control
    arm's, wherever in its clause the words stand (:func:`_without_the_treatment` reads them
    only after the figure)."""
    lowered = around.clause.lower()
    if "alone" in lowered or "only" in lowered:
        # "compared with 35.0% of those who had surgery alone": a control arm's own words
        # (not a trial's name that every arm's claim says: "the estrogen-alone trial")
        words = f" {comparable_words(around.clause)} "
        candidates_ = [registry.by_id[claim_id] for claim_id in named]
        treated_say = {
            comparable_words(name)
            for c in candidates_
            if not claim_frame(c).control
            for name in (*c.subject, *c.context, *c.group)
        }
        for registry_claim in candidates_:
            if claim_frame(registry_claim).control and any(
                f" {phrase} " in words
                and not any(f" {said} " in f" {phrase} " for said in treated_say)
                for phrase in _alone_said_by(registry_claim)
            ):
                return True
    if "without" not in lowered and "no " not in lowered:
        return False
    said = {
        frozenset(_telling(comparable_words(found.group("what")).split()))
        for found in WITHOUT_SAID.finditer(around.clause)
    } - {frozenset()}
    # (what the figure's own side of a comparison says: "cut bleeds by 96% compared with no
    # prophylaxis" names the comparison arm, not the figure's)
    side = _figures_side(around.clause, quantity) if quantity is not None else around.clause
    gone_without = [found.group("what") for found in WITHOUT_PHRASE.finditer(side)]
    pointed_back = WITHOUT_IT_SAID.search(side) is not None
    if not said and not pointed_back:
        return False
    # what every arm's claims say gone without is an outcome ("no treated bleeds"), no arm
    every_arm = frozenset().union(
        *(
            _declared_gone_without(registry.by_id[claim_id])
            for claim_id in named
            if not claim_frame(registry.by_id[claim_id]).control
        )
    )
    for claim_id in named:
        registry_claim = registry.by_id[claim_id]
        if not claim_frame(registry_claim).control:
            continue
        # (a treatment the claim is filed under: "no disability", "without troublesome
        # dyskinesia" are outcomes, said alike by every arm)
        subject = {w for name in registry_claim.subject for w in comparable_words(name).split()}
        if any(what <= subject for what in said & _said_without_by(registry_claim)):
            return True
        # … or what the claim declares its people went without (its context or group
        # "without cefuroxime"), said within a few words ("without intracameral cefuroxime")
        declared = _declared_gone_without(registry_claim) - every_arm
        if declared and any(
            declared & set(_telling(comparable_words(what).split())) for what in gone_without
        ):
            return True
        if (
            declared
            and pointed_back
            and declared & set(comparable_words(around.previous_text).split())
        ):
            # "Intracameral cefuroxime was tested … Without it, endophthalmitis followed
            # 0.345% …": the pronoun is the sentence before's treatment
            return True
    return False


WITHOUT_IT_SAID = re.compile(r"\bwithout\W+(?:it|them)\b", re.IGNORECASE)
"""Going without a treatment said by a pronoun ("Without it, …")."""
WITHOUT_PHRASE = re.compile(
    r"\b(?:without|no)\W+(?:(?:a|an|the|any)\W+)?(?P<what>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,2})",
    re.IGNORECASE,
)
"""What a clause says its people went without, up to three words ("without intracameral
cefuroxime")."""


@per_claim
def _declared_gone_without(registry_claim: RegistryClaim) -> frozenset[str]:
    """The telling words of what a claim's context or group items say its people went
    without ("without cefuroxime", "no booster"): a control arm it declares."""
    return frozenset(
        word
        for item in (*registry_claim.context, *registry_claim.group)
        for found in WITHOUT_SAID.finditer(item)
        for word in _telling(comparable_words(found.group("what")).split())
    )


@per_claim
def _alone_said_by(registry_claim: RegistryClaim) -> tuple[str, ...]:
    """A claim's context and group items that name a treatment given alone (``surgery
    alone``, ``diet only``), as comparable words."""
    return tuple(
        comparable_words(item)
        for item in (*registry_claim.context, *registry_claim.group)
        if re.search(r"\b(?:alone|only)\b", item, re.IGNORECASE) and len(item.split()) > 1
    )


@per_claim
def _said_without_by(registry_claim: RegistryClaim) -> frozenset[frozenset[str]]:
    """The treatments a claim says its people went without (statement, context, group)."""
    text = " ; ".join((registry_claim.statement, *registry_claim.context, *registry_claim.group))
    return frozenset(
        frozenset(_telling(comparable_words(found.group("what")).split()))
        for found in WITHOUT_SAID.finditer(text)
    ) - {frozenset()}


STOPPED_TREATMENT = re.compile(
    r"\b(?:stopped|stopping|stop|discontinued|discontinuing|came\W+off|coming\W+off"
    r"|withdrew\W+from|withdrawn\W+from)\W+(?:(?:taking|their|the|her|his)\W+)?"
    r"(?P<what>[A-Za-z][\w'-]*)",
    re.IGNORECASE,
)
"""People said by the treatment they stopped ("women who stopped alendronate", "after
stopping the drug", "those who came off it"): no longer on it."""


def _stopped_the_treatment(
    registry: Registry, around: Surroundings, named: dict[str, tuple[int, ...]]
) -> bool:
    """Whether the figure's clause counts people who stopped the treatment the other arm's
    claims are about ("after stopping alendronate, 5.3% had a fracture", "those who stopped
    alendronate had a 5.3% risk"): among the candidates, the claims naming it in their subject
    are the arm still on it and a control-arm candidate says its people stopped it, so the
    figure is that arm's (as in FLEX, where those who stopped were given placebo; Black DM et
    al., JAMA 2006)."""
    if "stop" not in around.clause.lower() and "off" not in around.clause.lower():
        return False
    claims = [registry.by_id[i] for i in named]
    for found in STOPPED_TREATMENT.finditer(around.clause):
        what = found.group("what")
        words = _telling(comparable_words(what).split())
        if not words:
            continue
        treated = [
            c
            for c in claims
            if words <= {w for name in c.subject for w in comparable_words(name).split()}
        ]
        for stopped in treated:
            if not (claim_frame(stopped).control and _says_stopped(stopped)):
                continue
            if not _names_a_drug(what) and normalise_term(what) not in subject_keys(stopped):
                continue  # ("stopped binge eating", "stopped smoking": an outcome)
            # … in the trial the sentence names, where the claim files one ("STEP 4")
            others = {
                key
                for name in stopped.subject
                if not words & set(comparable_words(name).split())
                for key in (normalise_term(name),)
            }
            if others and not others & around.sentence_names:
                continue
            # its siblings (the same subject: the arm that continued, in the same trial)
            siblings = [
                c
                for c in treated
                if c is not stopped
                and set(c.subject) == set(stopped.subject)
                and not claim_frame(c).control
            ]
            # (where the continuing arm's claim says stopping too, its words decide)
            if siblings and not any(_says_stopped(c) for c in siblings):
                return True
    return False


@per_claim
def _says_stopped(registry_claim: RegistryClaim) -> bool:
    """Whether a claim says its people stopped a treatment (statement, context or group)."""
    said = " ; ".join((registry_claim.statement, *registry_claim.context, *registry_claim.group))
    return STOPPED_TREATMENT.search(said) is not None


def _figures_side(clause: str, quantity: Quantity) -> str:
    """The part of the clause on the figure's side of its comparison words ("compared with",
    "versus", :data:`OTHER_ARM_WORD`): the whole clause where it has none."""
    at = clause.find(quantity.text)
    cuts = [0, *(m.start() for m in OTHER_ARM_WORD.finditer(clause)), len(clause)]
    if at < 0 or len(cuts) == 2:
        return clause
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start <= at < end:
            return clause[start:end]
    return clause


@per_claim
def _arm_said(registry_claim: RegistryClaim) -> frozenset[str]:
    """The treatment words of the claim's value clause (:func:`claim_arm_words`) and its other
    telling words, as :func:`arm_words` reads a draft's: "the physician's choice of
    chemotherapy" says chemotherapy, which the arm phrase stops short of."""
    clause = value_clause(registry_claim)
    return claim_arm_words(registry_claim) | _telling(comparable_words(clause).split())


ALONE_ENDINGS = ("alone", "only", "monotherapy")
"""How a normalised name says a treatment given by itself ("aromatase inhibitor alone")."""


def _names_a_control_arm(registry: Registry, around: Surroundings) -> bool:
    """Whether the figure's clause names its arm by a treatment that, in the registry, is
    the subject only of control-arm claims, and names no treatment of another arm: FLAURA's
    "patients on gefitinib or erlotinib" are its comparator arm, as the claims about them
    declare (``group: [comparator]``), though the clause says no "comparator" or "control"."""
    named = {n for n in around.clause_names - around.compared_names if n in registry.by_term}
    if len(around.pieces) == 3 and around.pieces[2]:
        # a table column headed by the control arm ("Endocrine therapy alone") is that arm's
        # though its row names the trial by its drug ("monarchE (abemaciclib)")
        column = normalise_term(around.pieces[2])
        headed = {n for n in named if n in column}
        if headed and _names_only_control_arms(registry, headed):
            return True
    if _names_only_control_arms(registry, named):
        return True
    studies = frozenset(_studies_named(registry, around)) or frozenset(
        key for key in around.sentence_names | around.clause_names if _is_study(registry, key)
    )  # (a trial the sentence names anywhere: "DREAMM-7 reported …, 36.6 months for DVd";
    # a table's heading or caption: "SURMOUNT-5: weight change at 72 weeks")
    if not studies:
        # … or a trial the registry's subjects name in other words ("the Danish knee
        # replacement trial"): a subject some of whose claims are a control arm's
        studies = frozenset(
            key
            for key in around.sentence_names | around.clause_names
            if key in registry.subject_terms and _has_control_claims(registry, key)
        )
    if not studies:
        return False
    if len(around.pieces) == 3 and not around.name_texts:
        # a table cell: its row's and column's headers are what names its arm ("Semaglutide")
        written_names = [(normalise_term(h), h.strip()) for h in around.pieces[1:] if h]
        within = " ".join(around.pieces[1:])
    else:
        written_names, within = list(around.name_texts), around.clause
        unwritten = named - {key for key, _w in written_names}
        if unwritten:
            # a "respectively" list's mention set before its clause ("AC-T In BCIRG 006, …")
            written_names += [
                (normalise_term(token), token)
                for token in re.findall(r"\w[\w/+-]*", within)
                if normalise_term(token) in unwritten
            ]
    drugs = {
        key
        for key, written in written_names
        if key in named and _names_an_arm(registry, key, written) and _stands_alone(written, within)
    }
    if not drugs:
        # "1.0% of the surgery group", "17.4% of surgical patients": an arm named by what
        # was done, no drug, where only the trial's control-arm claims hold that name
        # (not where the drug the trial tests is named, though hyphened to the control
        # arm's regimen: "daratumumab-VTd" is the treatment arm; "FOLFIRI-bevacizumab" is
        # the control arm where both arms have bevacizumab and the trial tests FOLFOXIRI)
        if any(
            _names_an_arm(registry, key, written) and _tested_in(registry, key, studies)
            for key, written in written_names
        ):
            return False
        # (a control arm said in words, "placebo", is the frame's to read: it knows a design,
        # "the placebo-controlled ORBIT trial", names no arm)
        arms = {
            key
            for key, written in written_names
            if key in named and key not in studies and not control_named(written)
        }
        return bool(arms) and _names_the_studys_control(registry, arms, studies)
    if len(drugs) != 1:
        return False  # "adding daratumumab to VRd": a combination, the treatment arm's
    return _names_the_studys_control(registry, drugs, studies)


def _headed_by_control_arm(registry: Registry, claim: Claim, around: Surroundings) -> bool:
    """Whether a list item that names no treatment of its own sits under a heading or
    lead-in naming the control arm: "### Placebo arms at week 16" (a control arm said in
    words, and no drug beside it), or "### Surgery (SAVR) in PARTNER 3", whose arm names are,
    among the claims of the trial it names, held only by the control arm's claims
    (:func:`_names_the_studys_control`). Each item of such a list is that arm's figure."""
    lead = claim.lead_text
    if not lead or any(around.pieces[1:]) or _names_a_drug(around.clause):
        return False
    if ARM_SAID.search(around.clause) or control_named(around.clause):
        return False  # "- Drug group: 40%" names its own arm
    if COMPARED_IN_LEAD.search(lead):
        return False  # "### Zetacel against placebo": both arms
    named = around.lead_names | around.sentence_names
    studies = frozenset(key for key in named if _is_study(registry, key)) or (
        frozenset(
            key
            for key in named
            if key in registry.subject_terms and _has_control_claims(registry, key)
        )
    )  # (a trial named by the registry's subjects: "Danish knee replacement trial")
    # (the item's label before its colon is outside the figure's clause: the whole item)
    own = {key for key in around.sentence_names - studies if key in registry.by_term}
    if studies and False in _arm_sides(registry, own, studies):
        return False  # "- Aspirin: 3.45%" under the comparator's heading names its own arm
    if control_named(lead):
        # (a drug named as its trial's name is no arm: "### Placebo arm of the larazotide
        # trial (12 weeks)")
        return not _names_a_drug(TRIAL_NAMED_BY_DRUG.sub(" ", lead))
    arms = {
        key
        for key in around.lead_names - studies
        if key in registry.by_term and not any(key in study for study in studies)
    }  # (not a name inside the trial's: its "knee replacement")
    if part := ARM_PART_OF_LEAD.match(lead):
        # "### Plasma arms in the 4F-PCC trials": the arm is what the heading says before
        # "arms"; what follows names the trials (by their tested drug), no arm of its items
        said = normalise_term(part.group("arm"))
        arms = {key for key in arms if key in said}
    return bool(studies and arms) and _names_the_studys_control(registry, arms, studies)


TRIAL_NAMED_BY_DRUG = re.compile(
    r"\b(?:(?:phase\W+(?:[1-4]|I{1,3}|IV)[ab]?|pivotal|randomi[sz]ed)\W+)*[\w-]+\W+"
    r"(?:trials?|stud(?:y|ies)|programme|program)\b",
    re.IGNORECASE,
)
"""A trial named by the drug it tests ("the phase 2b larazotide trial", "the semaglutide
studies"): a name of the trial, not of an arm."""


ARM_PART_OF_LEAD = re.compile(
    r"\W*(?P<arm>[^:;]+?)\s+(?:arms?|groups?)\s+(?:in|of|from|across)\s", re.IGNORECASE
)
"""A heading that names an arm, then the trials it is from ("Plasma arms in the 4F-PCC
trials", "Control groups of the ORBIT studies")."""


COMPARED_IN_LEAD = re.compile(r"\b(?:vs?\.?|versus|against|compared|or|and)\b|/", re.IGNORECASE)
"""A heading that sets arms side by side ("Drug vs placebo", "TAVR and surgery")."""


def _has_control_claims(registry: Registry, key: str) -> bool:
    """Whether some claim whose subject is ``key`` is a control arm's: ``key`` names a
    trial (its claims hold both arms)."""
    return any(
        key in subject_keys(claim) and claim_frame(claim).control
        for claim in (registry.by_id[i] for i in registry.by_term.get(key, ())[:CONTROL_ARM_LIMIT])
    )


def _tested_in(registry: Registry, key: str, studies: frozenset[str]) -> bool:
    """Whether a name is a subject of a claim of one of the studies: the treatment the
    study tests (its claims' subject), not one both its arms were given (their context)."""
    return any(
        key in subject_keys(claim) and (_context_keys(claim) | subject_keys(claim)) & studies
        for claim in (registry.by_id[i] for i in registry.by_term.get(key, ())[:CONTROL_ARM_LIMIT])
    )


def _names_an_arm(registry: Registry, key: str, written: str) -> bool:
    """Whether a name as written is a treatment's: a drug's INN stem, a regimen's
    abbreviation (:data:`REGIMEN`) or code (:data:`REGIMEN_CODE`, no study's name)."""
    return (
        _names_a_drug(written)
        or REGIMEN.fullmatch(written) is not None
        or (REGIMEN_CODE.fullmatch(written) is not None and not _is_study(registry, key))
    )


def _inn_word_in(text: str) -> bool:
    """Whether ``text`` holds a word with a drug's INN stem (:data:`INN_STEM`)."""
    return any(
        (found := INN_STEM.search(word)) is not None and found.group().lower() != "ine"
        for word in re.findall(r"[A-Za-z][a-z-]{5,}", text)
    )


REGIMEN = re.compile(r"[A-Z]{1,3}[a-z]")
"""A regimen's abbreviation, its drugs' initials and a lower-case last (myeloma's ``Rd``,
``VRd``, ``VTd``, ``KRd``, ``DVd``: the ``d`` for dexamethasone)."""


REGIMEN_CODE = re.compile(r"(?=[A-Z0-9-]*[A-Z]{2})[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")
"""A chemotherapy regimen's code, capitals and digits perhaps hyphened (``LV5FU2``,
``FOLFIRI``, ``R-CHOP``, ``AC-T``, ``TCH``): an arm's name where it is no study's."""


def _stands_alone(written: str, clause: str) -> bool:
    """Whether ``written`` stands in the clause as a word of its own, not hyphened into a
    longer name ("VTd" of "daratumumab-VTd" names the other arm's regimen)."""
    pattern = rf"(?<![\w-]){re.escape(written)}(?![\w-])"
    return re.search(pattern, clause, re.IGNORECASE) is not None


def _names_the_studys_control(registry: Registry, named: set[str], studies: frozenset[str]) -> bool:
    """Whether the clause's drug (an INN stem or a regimen's abbreviation, a word of its own)
    is, among the claims of the study the sentence names, held only by its control arm's
    claims: BE RADIANT's comparator is secukinumab, though secukinumab is the treatment arm
    of other trials ("… 48.9% with bimekizumab and 61.7% with secukinumab" in BE RADIANT
    gives the 61.7% to the secukinumab arm)."""
    return _arm_sides(registry, named, studies) == {True}


def _arm_sides(registry: Registry, named: set[str], studies: frozenset[str]) -> set[bool]:
    """Which arms (control True, treatment False) the names tell, among the claims of the
    studies: each name held by one arm's claims only (a name both arms' claims hold, "clear
    skin", tells no arm; a ratio's claim is its drug's: "dexamethasone cut PONV by 26%")."""
    arms: set[bool] = set()
    for name in named - studies:
        holders = [
            registry.by_id[i]
            for i in registry.by_term.get(name, ())[:CONTROL_ARM_LIMIT]
            if (_context_keys(registry.by_id[i]) | subject_keys(registry.by_id[i])) & studies
            and name not in _compared_with(registry.by_id[i])
        ]  # (a ratio "with ferric carboxymaltose against oral iron" is no oral iron arm's)
        controls = {claim_frame(c).control for c in holders}
        if len(controls) == 1:
            arms |= controls
    return arms


COMPARED_WITH_BEFORE = r"\b(?:against|versus|vs\.?|compared\W+(?:with|to)|relative\W+to)\W+"


@per_claim
def _compared_with(registry_claim: RegistryClaim) -> frozenset[str]:
    """The context names (keys) a ratio claim's statement sets its drug against ("the
    hazard ratio … with ferric carboxymaltose against oral iron": ``oraliron``): the
    comparator, whose arm the ratio is not."""
    if not _is_ratio(registry_claim):
        return frozenset()
    return frozenset(
        normalise_term(name)
        for name in registry_claim.context
        if re.search(
            rf"{COMPARED_WITH_BEFORE}(?:the\W+)?{re.escape(name)}\b",
            registry_claim.statement,
            re.IGNORECASE,
        )
    )


def _names_only_control_arms(registry: Registry, named: set[str]) -> bool:
    """Whether the names are, among the registry's claims holding them, only control-arm
    claims' treatments (:func:`_names_a_control_arm`)."""
    if not named & registry.subject_terms and not any(n.endswith(ALONE_ENDINGS) for n in named):
        return False
    arms = set()
    for name in named:
        holders = [registry.by_id[i] for i in registry.by_term.get(name, ())[:CONTROL_ARM_LIMIT]]
        # a subject's name, or the treatment arm a claim's group declares ("tirzepatide 15
        # mg"; a control arm's group, "placebo", may be what the figure is set against)
        # … or, in its context, the treatment an add-on trial's control arm stays on alone
        # ("endocrine therapy alone" of monarchE's control arm)
        alone = name.endswith(ALONE_ENDINGS)
        holders = [
            c
            for c in holders
            if name in subject_keys(c)
            or (name in _group_keys(c) and not claim_frame(c).control)
            or (alone and name in _context_keys(c) and not _is_ratio(c))  # (a ratio's
            # context may name what it compares, "… against endocrine therapy alone")
        ]
        written = {n for c in holders for n in c.subject if normalise_term(n) == name}
        if not holders or any(n.isupper() or DIGIT_IN.search(n) for n in written):
            continue  # "HALO", "KEYNOTE-024": a trial's name, which no arm is named by
        controls = {claim_frame(c).control for c in holders}
        if len(controls) == 1:  # a trial's name, held by both arms' claims, tells no arm
            arms |= controls
    return arms == {True}


@per_claim
def _group_keys(registry_claim: RegistryClaim) -> frozenset[str]:
    """The claim's declared ``group`` items as names compare."""
    return frozenset(normalise_term(name) for name in registry_claim.group)


def _frame_rules_out(
    around: Surroundings, registry_claim: RegistryClaim, subject_terms: frozenset[str]
) -> bool:
    """Whether the claim's frame contradicts the figure's, so that :func:`_evidence` rules it
    out whatever its names (every way it allows a claim passes :func:`contradiction`; keep
    this in step with it, tests/test_candidate_pruning.py checks it): thousands of siblings
    in other years or age groups are set aside without reading their names, and only the
    near miss among them is asked why (its reason may be its names)."""
    theirs = claim_frame(registry_claim)
    return _frame_contradiction(around, theirs, registry_claim, subject_terms) is not None


STEP_BEFORE = "it is about the regimen's step before"
"""Why a claim about the time a sentence's earlier step was said of is not the figure's,
when the figure's clause is the next step ("…, then 100 mg a day")."""


def _frame_contradiction(
    around: Surroundings,
    theirs: Frame,
    registry_claim: RegistryClaim | None = None,
    subject_terms: frozenset[str] = frozenset(),
) -> str | None:
    """Why the claim's frame cannot be the figure's (:func:`frames.contradiction`), as
    :func:`_evidence` and :func:`_frame_rules_out` both ask it: one call, so the two agree.
    A control arm the claim names by its treatment ("group: [control]", "31.8% of patients
    given oral iron") is the figure's arm when the clause names that treatment."""
    frame = around.frame
    if (
        around.step_before
        and theirs.timepoints
        and not frame.timepoints
        and theirs.timepoints <= around.step_before
    ):
        return STEP_BEFORE  # "…, then 100 mg a day" is not the first six weeks' dose
    if (
        registry_claim is not None
        and theirs.control
        and not frame.control
        and not frame.other_arm
        and _names_the_control_treatment(registry_claim, around, subject_terms)
    ):
        frame = replace(frame, control=True)
    if (
        frame.caused
        and not theirs.caused
        and registry_claim is not None
        and _share_of_the_same_whole(around.share_of, registry_claim)
    ):
        # "About 70% of cervical cancers are caused by HPV" against "HPV is found in 99.7% of
        # cervical cancers": a share of the same whole the subject is behind, no prevalence
        frame = replace(frame, caused=False)
    if registry_claim is not None and _other_sex_than_the_source(frame, registry_claim):
        (sex,) = _sex_of_the_source(registry_claim)
        return f"its source studied {SEX_SAID[sex]} only, the figure is about the other sex"
    return contradiction_of(frame, theirs, not around.ages_inherited)


def _share_of_the_same_whole(share_of: str, registry_claim: RegistryClaim) -> bool:
    """Whether the words a figure is a share of ("non-cardia gastric cancers are caused by
    …") open with every telling word of the whole the claim's value is a share of ("… is
    found in 89% of non-cardia gastric cancers")."""
    whole = _value_share_of(registry_claim)
    if not whole or not share_of:
        return False
    theirs = telling(comparable_words(WHOLE_ENDS.split(whole, maxsplit=1)[0]).split())
    ours = telling(comparable_words(WHOLE_ENDS.split(share_of, maxsplit=1)[0]).split())
    return bool(theirs) and theirs == ours


WHOLE_ENDS = re.compile(
    r"\b(?:in|among|of|for|are|is|were|was|that|which|who|with|caused|due|linked"
    r"|attributable|related)\b",
    re.IGNORECASE,
)
"""Where the noun phrase a share is of ends ("heart attacks | in Americans aged 65 …")."""


def _other_sex_than_the_source(frame: Frame, registry_claim: RegistryClaim) -> bool:
    """Whether the figure is about one sex and the claim's sources are titled as a study of
    the other ("women who …" against "… observations on male doctors"), where the claim
    itself names no sex. A source's title is read only to rule out the other sex: a title
    naming a sex in passing ("Women Republic", a publisher) does not make the claim need it."""
    if len(frame.sexes) != 1 or claim_frame(registry_claim).sexes:
        return False
    source = _sex_of_the_source(registry_claim)
    return bool(source) and not source & frame.sexes


def _regimen_as_told_apart(registry: Registry, around: Surroundings, named: dict) -> Frame:
    """A dose's frame without the schedule or course length no candidate states (``500 mg
    four times a day`` where the only dose claims of the drug say "twice daily"): how often
    and how long a dose is given tell a drug's dose claims apart only where they differ
    (emicizumab weekly and every two weeks); else the writer has the regimen wrong, and the
    dose is judged against its claim, not left unjudged."""
    frame = around.frame
    claims = [registry.by_id[claim_id] for claim_id in named]
    # (the claims of the drug the clause names, where it names one: another drug's "twice
    # daily" tells this drug's claims nothing)
    own = [c for c in claims if subject_keys(c) & around.clause_names] or claims
    frames = [claim_frame(c) for c in own]
    if frame.schedules and not any(frame.schedules & theirs.schedules for theirs in frames):
        frame = replace(frame, schedules=frozenset())
    if frame.courses and not any(
        theirs.courses and same_days(frame.courses, theirs.courses) for theirs in frames
    ):
        frame = replace(frame, courses=frozenset())
    return frame


def _dose_on_another_schedule(
    schedules: frozenset[str], registry_claim: RegistryClaim, converted: Quantity
) -> str | None:
    """Why a dose said on a schedule no candidate states is not the figure of a claim that
    gives the same dose on another schedule ("162 mg every two weeks" against "162 mg once a
    week"), in words for a message; None when it may be. The dose agrees and the regimen does
    not: backing it would pass a wrong regimen, so the claim is no match and the figure is
    left unsupported for a reviewer. A dose that disagrees too is still judged against it
    (:func:`_regimen_as_told_apart`: the writer has the regimen wrong)."""
    theirs = claim_frame(registry_claim).schedules or _stated_per_schedule(registry_claim)
    if not theirs or schedules & theirs:
        return None
    if compare(converted, registry_claim.value, None) not in ("supported", "overprecise"):
        return None
    return (
        f"{DOSE_ON_ANOTHER_SCHEDULE}{' and '.join(sorted(theirs))}, "
        f"the figure {' and '.join(sorted(schedules))}"
    )


@per_claim
def _stated_per_schedule(registry_claim: RegistryClaim) -> frozenset[str]:
    """The schedule of the claim's own dose as its statement says it per period ("7.5 mg
    once a week": weekly), which the claim's frame, read beside its value, leaves out."""
    for figure in statement_quantities(registry_claim):
        if (
            figure.per in PER_SCHEDULES
            and is_dose(figure)
            and _states_value(figure, registry_claim)
        ):
            return frozenset({PER_SCHEDULES[figure.per]})
    return frozenset()


PER_SCHEDULES = {"day": "daily", "week": "weekly"}
"""The schedule a dose said per period gives itself ("7.5 mg a day" is given daily)."""
ANOTHER_REGIMEN = "it gives the day's amount on another schedule"
"""Why a day's total is no match where the claim gives the day's amount a different number
of times a day than the figure's dose is given."""
DOSE_ON_ANOTHER_SCHEDULE = "it gives this dose "
"""How the reason opens that a dose agrees with a claim given on another schedule: the
claim's statement says the dose, but not for the figure's regimen (never restated)."""


def _names_the_control_treatment(
    registry_claim: RegistryClaim, around: Surroundings, subject_terms: frozenset[str]
) -> bool:
    """Whether the clause names the treatment a control-arm claim's statement gives its arm
    (a context name said in the statement, not a subject: "oral iron" of "31.8% of patients
    given oral iron"), and no control word: "31.8% of those on oral iron" is that arm."""
    named = (around.clause_names - around.compared_names) & _context_keys(registry_claim)
    named -= subject_keys(registry_claim)
    if not named or CONTROL_ARM.search(around.clause):
        return False
    if not named & _arm_treatments(registry_claim):
        return False
    # … and nothing the control arm lacks ("daratumumab, lenalidomide and dexamethasone" is
    # the experimental arm, though the control's "lenalidomide and dexamethasone" is in it)
    own = subject_keys(registry_claim) | _context_keys(registry_claim)
    said = normalise_term(around.clause)  # said in the clause itself, not carried to it
    if any(
        name in subject_terms and not _is_own(name, own) and name in said
        for name in around.clause_names - around.compared_names
    ):
        return False
    # … nor the trial's own drug, a subject name that is no study's ("daratumumab" of a MAIA
    # claim about the lenalidomide and dexamethasone arm)
    return not any(
        normalise_term(name) in said and not STUDY_LIKE.search(name)
        for name in registry_claim.subject
        if normalise_term(name) not in _arm_treatments(registry_claim)
    )


GIVEN_BEFORE = (
    r"\b(?:given|on|receiving|taking|treated\W+with|(?:allocated|assigned|randomi[sz]ed)\W+to"
    r"|(?<!patients )(?<!people )(?<!those )(?<!adults )(?<!children )(?<!women )(?<!men )"
    r"(?<!participants )(?<!individuals )(?<!anyone )with)\W+"
)
"""Words before a treatment an arm is given ("given oral iron", "rose … with oral iron"; a
population's "patients with type 2 diabetes" is none)."""


@per_claim
def _arm_treatments(registry_claim: RegistryClaim) -> frozenset[str]:
    """The context names (keys) the claim's statement gives its arm as a treatment, after
    "given", "with", "on", "receiving" ("31.8% of patients given oral iron": ``oraliron``);
    an outcome named in the statement ("had a symptom response") is none."""
    found = set()
    for name in registry_claim.context:
        pattern = rf"{GIVEN_BEFORE}(?:the\W+|a\W+|an\W+)?{re.escape(name)}\b"
        if re.search(pattern, registry_claim.statement, re.IGNORECASE):
            found.add(normalise_term(name))
    return frozenset(found)


def _names_another_beside(
    registry_claim: RegistryClaim, around: Surroundings, subject_terms: frozenset[str]
) -> bool:
    """Whether the clause names, outside the comparison, a subject (or a name holding one)
    that is none of this claim's."""
    own = subject_keys(registry_claim) | _context_keys(registry_claim)
    beside = (around.clause_names - around.compared_names) | around.inner_names
    return any(
        (name in subject_terms or name in around.inner_names) and not _is_own(name, own)
        for name in beside
    ) or any(
        _names_one_of(frozenset((name,)), subject_terms - own)
        for name in around.clause_names - around.compared_names
    )


def _carried_other_subject(
    registry_claim: RegistryClaim, around: Surroundings, subject_terms: frozenset[str]
) -> bool:
    """Whether the figure is a comparison's other arm ("compared to 9.8 months for …") after a
    clause that names a registry subject that is none of this claim's names nor contexts
    (:func:`_is_own`): the comparison is that subject's trial. (Any carried-on clause, not only
    a comparison's, was tried: 1 verdict won, 3 swaps lost.)"""
    at = around.sentence.find(around.clause.strip())
    if at < 0 or not COMPARED_ARM_BEFORE.search(around.sentence, 0, at):
        return False  # only a comparison's other arm ("compared to 9.8 months for …")
    if around.frame.control and claim_frame(registry_claim).control:
        return False  # "… against 0.4% of those on placebo": the claim about that very arm
    own = subject_keys(registry_claim) | _context_keys(registry_claim)
    if claim_frame(registry_claim).control and subject_keys(registry_claim) & around.earlier_names:
        # "In SURPASS-2, adults on tirzepatide lost 11.2 kg, compared with 5.7 kg": the control
        # arm's claim of the trial the sentence names (its subject), though filed under the
        # comparator's own drug
        return False
    return any(
        name in subject_terms and not _is_own(name, own) and not _said_of_own(name, registry_claim)
        for name in around.earlier_names
    )


COMPARED_ARM_BEFORE = re.compile(
    r"\b(?:compar(?:ed|ison)\s+(?:to|with)|versus|vs\.?|against|as\s+against)\s+"
    r"(?:(?:about|around|just|only|a|an)\s+)?\Z",
    re.IGNORECASE,
)
"""The words that open a comparison's other arm right before its figure."""


def names_another_subject(
    registry_claim: RegistryClaim,
    around: Surroundings,
    subject_terms: frozenset[str],
    holding_own: bool = False,
) -> bool:
    """Whether the figure's clause names a registry subject that is none of this claim's
    names (nor part of one) and that its statement does not say (:func:`_said_of_own`): the
    figure is likely about that other thing. With ``holding_own``, a name that holds one of
    the claim's inside it ("living with HIV" for a claim about HIV) is the claim's too: "77%
    of people living with HIV were on antiretroviral therapy" names the therapy outright."""
    subjects = subject_keys(registry_claim)
    said = around.clause_names - around.compared_names
    if subjects & (said - around.heading_names):
        # a table's heading names what all its rows share ("New curable STIs in 2020"): not
        # another subject of a cell whose row header names the claim's own ("Syphilis")
        said = said - around.heading_names
    # a name among the claim's own subject names is its own (:func:`_is_own`)
    said = [name for name in said if name in subject_terms and name not in subjects]
    if not said:  # most candidates: the clause names no registry subject but their own
        return False
    own = subjects | _context_keys(registry_claim)
    if _named_only_elsewhere(registry_claim, around):
        # "33.3% of patients who had CBT-E …, compared with 65.5% of those who had IPT":
        # the claim about IPT names CBT-E as its comparator, yet the figure's clause names
        # CBT-E, a subject of the registry, and IPT is named only in another clause: the
        # context is no shield there, the figure is CBT-E's
        own = subjects
    return any(
        not _is_own(name, own)
        and not (holding_own and _names_one_of(frozenset((name,)), own))
        and not _said_of_own(name, registry_claim)
        for name in said
    )


def _named_only_elsewhere(registry_claim: RegistryClaim, around: Surroundings) -> bool:
    """Whether the claim's subject is named in the figure's sentence, but only outside the
    figure's clause (and not through a pronoun there): the subject of another figure."""
    subjects = subject_keys(registry_claim)
    return not subjects & around.clause_names and bool(subjects & around.sentence_names)


WHOLE_LIMIT = 50  # claims of a heading's name read to tell whether it is a whole of the row's


def _wholes_above(registry: Registry, around: Surroundings) -> frozenset[str]:
    """The names said only above a table that name a whole its row is a part of: a claim
    about the heading's subject states the row's ("New curable STIs" above "Syphilis", whose
    claim about all four names syphilis). Another trial above a drug's row (ASTRAL-4) is no
    whole of it: it stays a name the cell says."""
    own = (around.clause_names - around.heading_names) & registry.subject_terms
    wholes = set()
    for name in around.heading_names:
        claims = [registry.by_id[i] for i in registry.by_term.get(name, ())[:WHOLE_LIMIT]]
        if any(own & subject_keys(c) for c in claims):
            continue  # "ASTRAL-4" and the drug are one claim's subjects: a trial of it
        if any(part in _statement_key(c) for c in claims for part in own):
            wholes.add(name)
    return frozenset(wholes)


YEARS_ONLY = re.compile(r"\D*(?:(?:19|20)\d\d\D*)+")
"""A name that is nothing but years ("2017–2018"): a time, which the frame weighs."""


def _header_names(cell: CellText, cell_names: Iterable[str]) -> frozenset[str]:
    """The names a table cell's own row or column header says as words of its own (not
    inside another word, "WHO" only in capitals: "Adults who smoke" names no WHO), years
    (:data:`YEARS_ONLY`) and generic words (a column "People", :data:`GENERIC_WORDS`) aside."""
    found = set()
    for name in cell_names:
        banded = any(ch.isdigit() for ch in name)  # "2.1 to 4.0": a band, a dose, a stage
        if YEARS_ONLY.fullmatch(name) or not (banded or _telling(comparable_words(name).split())):
            continue  # "2017–2018", "People": a time, or a word that tells no claim apart
        flags = 0 if name.isupper() else re.IGNORECASE
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", flags)
        if pattern.search(cell.row) or pattern.search(cell.column):
            found.add(normalise_term(name))
    # a name inside a longer one said there is that one's ("responder" in "responder rate")
    return frozenset(key for key in found if not any(key != k and key in k for k in found))


ANOTHER_ROW = "the cell's header names another claim's context"


def _told_by_another_row(
    registry_claim: RegistryClaim,
    row_told: dict[str, set[frozenset[str]]],
    around: Surroundings,
    shared_by: dict[frozenset[str], frozenset[str]],
) -> str | None:
    """The context name a table cell's row or column header says (``row_told``: names of
    the candidates' contexts said there, with the subject names of the claims holding each)
    that this claim neither holds nor states, where a sibling with its very subject names (one
    trial's claims, one drug's) holds it (a column "SVR12" naming the outcome of another
    trial's claim about the same drug tells no group of this one's): the cell "23.9%" in the
    row "2.1 to 3.0" is that band's claim's, not the claim about all men whose PSA never
    exceeded 4.0 that the heading above names (the
    heading frames the table, the headers each cell), and the column "Number needed to
    diagnose" is no cell of the claim about the number needed to invite. None when the
    claim holds them all, or when the headers also say a context name that sets this claim
    apart from its siblings (the column "Women" of a row "Uptake" is the women's claim's,
    though only the age groups' claims list "uptake")."""
    subjects = subject_keys(registry_claim)
    own = _context_keys(registry_claim) | subjects
    headers = normalise_term(" ".join(around.pieces[1:]))
    told = [
        key
        for key in _context_keys(registry_claim) - shared_by.get(subjects, frozenset())
        if key in headers
    ]
    described = _row_description(around)
    if told and not all(key in described for key in told):
        return None  # the headers name what sets this claim apart ("Women"): it is told too
    column = normalise_term(around.pieces[2]) if told and len(around.pieces) > 2 else ""
    missing = sorted(
        key
        for key, holders in row_told.items()
        if key not in own and subjects in holders
        # "denosumab group" is the denosumab claim's, whatever else holds it
        if not _said_of_own(key, registry_claim)
        and not any(len(n) >= MIN_HEAD_LETTERS and n in key for n in own)
        and (not told or key in column)
    )
    return missing[0] if missing else None


ROW_BRACKET = re.compile(r"\(([^()]*)\)\s*$")


def _row_description(around: Surroundings) -> str:
    """The normalised words in brackets that end a table cell's row header when its column
    header names something of its own ("ENGAGE AF (high-dose edoxaban)" under "Warfarin"):
    they describe the row's trial, its experimental arm, not the cell, whose arm the column
    names, so a claim told only by them loses the cell to the column's claim. "" otherwise."""
    if len(around.pieces) < 3 or not around.pieces[2].strip():
        return ""
    bracket = ROW_BRACKET.search(around.pieces[1])
    return normalise_term(bracket.group(1)) if bracket else ""


def _part_in_row(
    registry_claim: RegistryClaim, around: Surroundings, subject_terms: frozenset[str]
) -> str | None:
    """The cell's row header when it is nothing but a registry subject's name, none of the
    claim's, that the claim's statement states as a part of what it is about (the row
    "Syphilis" under a heading naming all curable STIs, whose claim lists syphilis); None
    otherwise."""
    if len(around.pieces) < 2:
        return None
    row = normalise_term(around.pieces[1])  # the row header is nothing but the part's name
    own = subject_keys(registry_claim) | _context_keys(registry_claim)
    if row in own or row not in subject_terms or not _said_of_own(row, registry_claim):
        return None
    return around.pieces[1].strip()


def _said_of_own(name: str, registry_claim: RegistryClaim) -> bool:
    """Whether the claim's statement says ``name`` ("people living with HIV" in a statement
    about undiagnosed HIV, "atrial fibrillation" in one about warfarin): what the statement
    speaks of is part of what the claim is about, not another subject."""
    return name in _statement_key(registry_claim)


@per_claim
def _statement_key(registry_claim: RegistryClaim) -> str:
    """The statement as one normalised key, to find names it says inside it."""
    return normalise_term(registry_claim.statement)


LAY_FORMS = lay_name_patterns()  # each everyday name as a pattern over running text
LAY_SAID = NeedleScanned(
    re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _name in LAY_FORMS), re.I)
)


def field_words(text: str) -> str:
    """``text`` with each everyday phrase of :mod:`~claimcheck.nlp.lay_names` replaced by the
    field's name it says ("cause no symptoms" -> "asymptomatic")."""
    for pattern, name in LAY_FORMS:
        text = pattern.sub(f" {name} ", text)
    return text


@lru_cache(maxsize=8192)
def _split_forms(name: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(first words, head) patterns of a name of several words: "type 2 diabetes" ->
    ("type 2", "diabetes")."""
    words = name.split()
    forms = []
    for cut in range(1, len(words)):
        first, head = " ".join(words[:cut]), " ".join(words[cut:])
        if sum(ch.isalpha() for ch in head) >= MIN_HEAD_LETTERS:
            # the first words or, for an everyday name's field, what the page says for it
            # ("silent kerrith cysts": "cause no symptoms" says asymptomatic, as silent does)
            field = field_name(first.lower())
            said = re.escape(first)
            if field is not None:
                said += "|" + "|".join(f"(?:{p.pattern})" for p, name in LAY_FORMS if name == field)
            forms.append(
                (
                    re.compile(rf"\b(?:{said})\b", re.IGNORECASE),
                    re.compile(rf"\b{re.escape(head)}(?:s|es)?\b", re.IGNORECASE),
                )
            )
    return tuple(forms)


@per_claim_shared
def _split_heads(registry_claim: RegistryClaim) -> frozenset[str]:
    """The keys a split subject name's head may be said as: "87% of strokes … were
    ischaemic" says the head of ischaemic stroke, which is then no other subject, though the
    registry knows "strokes" as one (``ischaemic stroke`` -> ``stroke``, ``strokes``)."""
    heads = set()
    for name in registry_claim.subject:
        words = name.split()
        for cut in range(1, len(words)):
            head = normalise_term(" ".join(words[cut:]))
            if sum(ch.isalpha() for ch in head) >= MIN_HEAD_LETTERS:
                heads |= {head, head + "s", head + "es"}
    return frozenset(heads)


SUBJECT_WORD_SYNONYMS = {
    "flu": "influenza",
    "kill": "death",
    "operation": "surgery",
    "procedur": "surgery",
}
"""Stems a page says a subject's word with ("seasonal flu" for seasonal influenza, "killed"
for deaths, "operation" for surgery), read only for :func:`_subject_in_other_words`."""


@per_claim
def _subject_word_sets(registry_claim: RegistryClaim) -> tuple[frozenset[str], ...]:
    """Each subject name of two content words or more as the set of its comparable stems."""
    sets = []
    for name in registry_claim.subject:
        # a lay name is found by the field's name too ("glue ear", said "otitis media with
        # effusion")
        said = field_name(utils.default_process(name))
        if said is not None:
            sets.append(
                frozenset(
                    w for w in comparable_words(said).split() if w not in STOP_WORDS and len(w) > 2
                )
            )
        for form in (name, LOOSE_COMPOUND.sub(" ", name)):
            words = frozenset(
                SUBJECT_WORD_SYNONYMS.get(w, w)
                for w in comparable_words(form).split()
                if w not in STOP_WORDS and len(w) > 2
            )
            if len(words) >= 2 and words not in sets:
                sets.append(words)
    return tuple(sets)


LOOSE_COMPOUND = re.compile(
    r"\b[A-Za-z]+-(?:related|associated|induced|acquired|dependent)\b", re.IGNORECASE
)
"""A hyphened modifier pages often leave out of a name ("late macular degeneration" for late
age-related macular degeneration, "ventilator pneumonia"): a name said without it is said."""


def named_in_other_words(registry: Registry, claim: Claim) -> dict[str, tuple[int, ...]]:
    """Registry ids (each with no offsets, as :func:`~claimcheck.verify.retrieval.candidates`
    gives a name said elsewhere) of the claims that have a subject name of two words or more
    whose every word the figure's sentence says (all but one, for a name of
    :data:`LONG_NAME_WORDS` or more), in any order or form (:func:`
    _subject_in_other_words`): for a figure whose sentence names no registry name as written
    ("31% were dying at home" against a claim about home deaths, "a complete loss of their
    teeth" against complete tooth loss). In registry order, at most
    :data:`~claimcheck.verify.shortlist.CANDIDATE_CAP`; none for a registry of more than
    :data:`OTHER_WORDS_LIMIT` claims."""
    if len(registry.usable) > OTHER_WORDS_LIMIT:
        return {}  # (the index would cost seconds to build: a name as written is needed)
    index = _word_set_index(registry)
    if not index:
        return {}
    said = {SUBJECT_WORD_SYNONYMS.get(w, w) for w in comparable_words(claim.text).split()}
    roots = {w[:SAME_ROOT] for w in said if len(w) >= SAME_ROOT}
    found: dict[str, None] = {}
    for key in said | roots:
        for words, claim_id in index.get(key, ()):
            if claim_id in found:
                continue
            unsaid = sum(
                1
                for w in words
                if not (w in said or (len(w) >= SAME_ROOT and w[:SAME_ROOT] in roots))
            )
            # a long name may be said with one word put otherwise ("died during or after
            # pregnancy and childbirth" for "… during and following …")
            if unsaid == 0 or (unsaid == 1 and len(words) >= LONG_NAME_WORDS):
                found[claim_id] = None
    ordered = sorted(found, key=registry.position.__getitem__)[: shortlist.CANDIDATE_CAP]
    return dict.fromkeys(ordered, ())


LONG_NAME_WORDS = 4
"""Content words a subject name has at least for :func:`named_in_other_words` to find it
with one of them said in other words."""
OTHER_WORDS_LIMIT = 20_000
"""The usable claims up to which :func:`named_in_other_words` looks candidates up by their
subject words: its index reads every subject name once (some 15 µs each), a second or more
for a registry of 100,000 claims, which would undo the bounded lint of a large registry
(issue 17); above it, a sentence must name a registry name as written."""
_WORD_SET_INDEXES: dict[int, tuple[weakref.ref[Registry], dict]] = {}
_WORD_SET_INDEXES_KEPT = 4  # lint asks of its registry and its drafts in turn


def _word_set_index(registry: Registry) -> dict[str, list[tuple[frozenset[str], str]]]:
    """Each usable claim's subject word sets (:func:`_subject_word_sets`) by the key of the
    longest word of each (its first :data:`SAME_ROOT` letters, or the word when shorter):
    one lookup per word a sentence says, whatever the registry's size."""
    known = _WORD_SET_INDEXES.get(id(registry))
    if known is not None and known[0]() is registry:
        return known[1]
    index: dict[str, list[tuple[frozenset[str], str]]] = {}
    for registry_claim in registry.usable:
        for words in _subject_word_sets(registry_claim):
            longest = max(sorted(words), key=len)
            index.setdefault(longest[:SAME_ROOT], []).append((words, registry_claim.id))
    while len(_WORD_SET_INDEXES) >= _WORD_SET_INDEXES_KEPT:
        del _WORD_SET_INDEXES[next(iter(_WORD_SET_INDEXES))]
    _WORD_SET_INDEXES[id(registry)] = (weakref.ref(registry), index)
    return index


def _counts_the_whole(theirs: frozenset[str], whole: frozenset[str]) -> bool:
    """Whether a claim measuring ``theirs`` counts what the whole a part was said of counts
    (``whole``, its measures): the same measure, or none said by either (people)."""
    return bool(theirs & whole) if whole else not theirs


def _with_measure(registry_claim: RegistryClaim, around: Surroundings, text: str = "") -> str:
    """The figure's sentence, with the measure of the whole it counts a part of said as a
    word, where the claim counts that too: "Around 5,000 of them are caused by asbestos"
    (of the deaths counted before) says "asbestos deaths"."""
    said = text or around.sentence
    shared = (around.part_of or frozenset()) & claim_frame(registry_claim).measures
    return f"{said} {' '.join(sorted(shared))}" if shared else said


def _subject_in_other_words(registry_claim: RegistryClaim, sentence: str) -> bool:
    """Whether every word of one of the claim's subject names of two words or more is said
    in the sentence, in any order or form ("Deaths caused solely by anaesthesia" says
    "deaths from anaesthesia"; "died from the heat" says "heat deaths"; a word of
    :data:`SAME_ROOT` letters or more by its first letters, "drug-resistant" for drug
    resistance), or a one-word name in another form (:func:`_subject_roots`)."""
    sets, roots = _subject_word_sets(registry_claim), _subject_roots(registry_claim)
    if not sets and not roots:
        return False
    said = {SUBJECT_WORD_SYNONYMS.get(w, w) for w in comparable_words(sentence).split()}
    said_roots = {w[:SAME_ROOT] for w in said if len(w) >= SAME_ROOT}
    if roots and not roots.isdisjoint(said_roots):
        return True
    # each word of a longer name in any form too: "drug resistance" says drug-resistant
    return any(
        all(w in said or (len(w) >= SAME_ROOT and w[:SAME_ROOT] in said_roots) for w in words)
        for words in sets
    )


@per_claim
def _subject_roots(registry_claim: RegistryClaim) -> frozenset[str]:
    """The first :data:`SAME_ROOT` letters of each one-word subject name that long: a page
    says "breastfed" for a claim about breastfeeding, "osteoporotic" for osteoporosis."""
    names = (comparable_words(name) for name in registry_claim.subject)
    return frozenset(n[:SAME_ROOT] for n in names if " " not in n and len(n) >= SAME_ROOT)


def _split_name(names: tuple[str, ...], around: Surroundings) -> bool:
    """Whether one of ``names`` is said split: its first words in the figure's clause and
    its head elsewhere in the sentence ("Type 2 accounts for 90–95% of diabetes, type 1 for
    5–10%": type 1 diabetes in the second clause)."""
    return any(
        first.search(around.clause) and head.search(around.sentence)
        for name in names
        for first, head in _split_forms(name)
    )


def _carries_on(
    around: Surroundings, subject_terms: frozenset[str], own: frozenset[str] = frozenset()
) -> bool:
    """Whether the figure's clause names no subject of its own after a clause that does:
    it carries on the subject (and the wording) of the clause before it. Names in ``own``
    (a candidate's context) are no subject of the clause's own: in "24.4% of men given
    finasteride and 18.4% of those given placebo were diagnosed with prostate cancer" the
    second clause carries on the trial, and prostate cancer is what both arms count."""
    return bool(around.earlier_names) and not any(
        name in subject_terms and name not in own
        for name in around.clause_names - around.inherited  # a pronoun carries on too
    )


CASES_AS_WHOLE = re.compile(
    r"(?:new\s+|reported\s+|confirmed\s+)?(?:cases|diagnoses|infections)\b", re.IGNORECASE
)
"""A share of cases ("94% of cases and 95% of deaths …"): the cases are its whole."""


def _share_of_a_thing(claim: Claim, quantity: Quantity) -> bool:
    """Whether a proportion is said as a share "of" a kind of whole (:func:`~claimcheck.
    verify.wholes.whole_kind`: "26% of childhood cancers", "of all admissions"), not of
    people or an arm: that whole is what it counts."""
    if quantity.unit not in PROPORTION_UNITS:
        return False
    found = SHARE_OF.match(claim.text[quantity.end - claim.start :])
    return found is not None and (
        whole_kind(found.group(1)) is not None or CASES_AS_WHOLE.match(found.group(1)) is not None
    )


SHARE_OF = re.compile(
    r"\A[^\w]*of\s+(?:the\s+|all\s+)?(?:(?:the\s+)?(?:world|globe|country|nation|UK|US|EU)['’]s\s+)?"
    r"([\w'-]+(?:[ \t]+[\w'-]+){0,9})",
    re.IGNORECASE,
)
"""What a percentage is a share of: the words after its "of" (past ``the``, ``all`` and a
place's possessive, ``of the world's road traffic deaths``)."""
_VERB_BE_HAVE = r"(?:have|has|had|are|is|was|were)\b"
_TREATED_WORD = (
    r"(?:on|given|receiving|taking|treated|started|starting|therapy|treatment|regimen)\b"
)
"""A word that makes the people after "N% of" those given a treatment ("of patients on
combination therapy with X plus Y"): the "with" after it names what they were given, an
arm, not what they have."""
WITH_SUBJECT = re.compile(
    r"^(?:[\w'-]+[ \t]+){0,2}?(?:people|persons|adults|patients|women|men|children|girls|boys"
    r"|individuals|adolescents|teens|[a-z]+ans)"
    rf"(?:[ \t]+(?:(?:who|that)[ \t]+{_VERB_BE_HAVE}"
    rf"|(?!{_VERB_BE_HAVE}|{_TREATED_WORD})[\w'-]+)){{0,4}}?"
    r"(?<!\blive)(?<!\blives)[ \t]+(?:with|living[ \t]+with|who[ \t]+have|diagnosed[ \t]+with)"
    r"[ \t]+(.+)$",
    re.IGNORECASE,
)
"""People "with" something after "N% of" ("40% of adults with chronic kidney disease"):
the proportion is a share of those who have it (not after a word of treatment, "of patients
on combination therapy with X": an arm). Not where the sentence's own verb comes
between ("13.5% of US adults have ever been diagnosed with asthma", "of adults are currently
living with long COVID": a share of all adults, the subject what they have); a relative
clause still names whom it counts ("of adults who were diagnosed with asthma")."""
"""The words after "N% of": what a proportion is a share of."""
SHARE_OF_SUBJECT = "the figure is a share of its subject, the claim its subject's share"
POSSESSIVE_LEAD = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s", re.IGNORECASE)
"""A share "of the SOS study's surgical patients": of the subject's people, not of the
subject itself."""
SHARE_OF_AMOUNT = "one is a share of people, the other a share of an amount (weight, income)"
SHARE_NOT_CHANGE = "it is a relative change, the figure a share of people"
CHANGE_NOT_SHARE = "it is a share of people, the figure the size of a change"
EVENT_HAD = re.compile(
    r"\s+(?:of\s+(?:them|those|patients|people|participants)\s+)?(?:had|developed|died"
    r"|suffered|experienced|were\s+(?:diagnosed|admitted|hospitali[sz]ed|readmitted))\b",
    re.IGNORECASE,
)
"""A share that goes straight on to the event its people had ("3.3% had a stroke", "2.5%
died"): a share of people."""
ANOTHER_WHOLE = "the figure is a share of another whole"
SHARE_OF_PEOPLE = re.compile(
    r"(?:[\w'-]+[ \t]+){0,2}?(?:people|persons|adults|patients|women|men|children|infants"
    r"|babies|girls|boys|participants|subjects|recipients|individuals|adolescents|those|users"
    r"|smokers|drinkers|travell?ers|workers|residents|respondents|students|survivors|donors"
    r"|mothers|fathers|parents|members|carers|caregivers|nurses|doctors|physicians)\b",
    re.IGNORECASE,
)
"""People after a figure's "of" ("of those offered it", "of adult smokers"): the figure is a
share of them, a level, never the size of a relative change."""
AMOUNT_SHARE = re.compile(
    r"(?:(?:their|his|her|its|the|a|each|one's)\s+)?(?:(?:initial|baseline|starting|total"
    r"|original|usual|daily|monthly|annual|household|body)\s+)?(?:body\s*weight|weight"
    r"|income|earnings|salary|wages?|budget|spending|calories|energy\s+intake)\b",
    re.IGNORECASE,
)
"""A share of an amount after "N% of", not of people: "of their body weight", "of household
income", "of daily calories"."""


def _amount_or_people(share_of: str) -> int:
    """1 when the words after a share's "of" are people ("of adults on …", "of those
    given …"), -1 when an amount (:data:`AMOUNT_SHARE`), 0 when neither is plain."""
    if AMOUNT_SHARE.match(share_of):
        return -1
    if PEOPLE_FIRST.match(share_of) or THOSE.match(share_of):
        return 1
    return 0


THOSE = re.compile(r"(?:those|them|people|everyone)\b", re.IGNORECASE)


@per_claim
def _value_share_kind(registry_claim: RegistryClaim) -> int:
    """:func:`_amount_or_people` of the claim's statement's own value (0 when no share)."""
    words = _value_share_of(registry_claim)
    return _amount_or_people(words) if words is not None else 0


PEOPLE_OF = re.compile(
    r"(?:[\w'-]+[ \t]+){0,3}?(?:group|arm|participants|volunteers|recipients)\b",
    re.IGNORECASE,
)
"""A share of a trial's people ("of the placebo group", "of participants"), not of another
thing: a figure that is a share of "FIDELIO-DKD patients" may be its arm's."""


PEOPLE_IN_ARM = re.compile(
    r"(?:[\w'-]+[ \t]+){0,2}?(?:people|persons|adults|patients|women|men|children|infants"
    r"|participants|subjects)[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?(?:[\w'-]+[ \t]+){0,5}?"
    r"(?:group|arm|cohort)\b",
    re.IGNORECASE,
)
"""People of a trial's arm named after them ("of patients in the very early mobilisation
group"): a share of the arm's people, as :data:`PEOPLE_OF` reads "of the placebo group"."""


ON_TREATMENT = re.compile(
    r"\b(?:given|taking|on|receiving|using|treated[ \t]+with|who[ \t]+(?:took|received|used))"
    r"[ \t]+(.+)$",
    re.IGNORECASE,
)
"""The people of a share who take something ("of adults with psoriasis given velorant"):
where that is the claim's subject, the share is of its arm, not the subject's of another."""


@lru_cache(maxsize=4096)
def _share_of_names(words: str) -> frozenset[str]:
    """The names the first one to three words after "of" could be (normalised), or after
    "with" in "of adults with …" (the people who have it)."""
    named = _leading_names(words)
    people_with = WITH_SUBJECT.match(words)
    if people_with is not None:
        named |= _leading_names(people_with.group(1))
    caused = EVENTS_CAUSED_BY.match(words)
    if caused is not None:
        named |= _leading_names(caused.group(1))
    return named


EVENTS_CAUSED_BY = re.compile(
    r"(?:[\w'-]+[ \t]+){0,2}?(?:deaths|cases|admissions|hospitali[sz]ations|injuries|illnesses"
    r"|infections|diseases?|burden|costs?|years[ \t]+of[ \t]+life[ \t]+lost|DALYs)[ \t]+"
    r"(?:from|due[ \t]+to|caused[ \t]+by|attributable[ \t]+to|attributed[ \t]+to"
    r"|linked[ \t]+to|related[ \t]+to)[ \t]+(?:the[ \t]+)?(.+)$",
    re.IGNORECASE,
)
"""Events said with their cause after "N% of" ("of premature deaths from outdoor air
pollution"): the share is of the cause's events, so the cause is what it is a share of."""


def _leading_names(words: str) -> frozenset[str]:
    """The names the first one to three words could be, each also with its last word
    singular ("hepatocellular carcinomas" is the name "hepatocellular carcinoma")."""
    parts = words.split()[:3]
    names = set()
    for k in range(1, len(parts) + 1):
        name = " ".join(parts[:k])
        names.add(normalise_term(name))
        if len(name) > 4 and name.endswith("s") and not name.endswith(("ss", "is", "us")):
            names.add(normalise_term(name[:-1]))
    return frozenset(names)


SUBJECTS_PEOPLE = re.compile(
    r"(?P<name>[\w'-]+(?:[ \t]+[\w'-]+){0,2}?)[ \t]+(?:patients|participants|recipients"
    r"|volunteers|subjects|users)\b",
    re.IGNORECASE,
)
"""A subject's people after a share's "of" ("of STOP-IT patients", "of hip replacement
patients"): the people of a trial or a treatment, not those who have a condition."""


def _people_of(words: str, subjects: frozenset[str]) -> bool:
    """Whether the words after the figure's "of" are the subject's people ("STOP-IT
    patients"), whom a claim about a share of those people counts too."""
    found = SUBJECTS_PEOPLE.match(words)
    # … also with their group between ("of SOS surgery group patients")
    return found is not None and bool(_leading_names(found.group("name")) & subjects)


@per_claim
def _share_of_people(registry_claim: RegistryClaim) -> bool:
    """Whether the statement's value is a share of people ("21.8% of patients given a
    four-day course had …", "of US adults", "of people with type 2 diabetes who had
    surgery"): the same people a figure said of the trial's or the treatment's patients
    counts."""
    words = _value_share_of(registry_claim)
    return words is not None and bool(PEOPLE_FIRST.match(words))


SUBJECTS_SHARE = "the figure is its subject's share of people, the claim a share of those with it"


HAVING = re.compile(
    r"\b(?:have|has|live|lives|living|suffer|suffers|suffering)\b(?:\W+(?:with|from))?\W+(.+)$",
    re.IGNORECASE,
)
"""People said to have something after a share's "of" ("of US adults live with CKD")."""


@per_claim
def _share_of_those_with(registry_claim: RegistryClaim) -> bool:
    """Whether the statement's value is a share of the people with its subject ("90% of US
    adults with chronic kidney disease …")."""
    words = _value_share_of(registry_claim)
    people_with = WITH_SUBJECT.match(words) if words is not None else None
    return people_with is not None and bool(
        _leading_names(people_with.group(1)) & subject_keys(registry_claim)
    )


@per_claim
def _value_share_of(registry_claim: RegistryClaim) -> str | None:
    """The words after "of" right after the statement's own value ("… 90% of US adults with
    chronic kidney disease …": "US adults with chronic kidney disease …"), or None when its
    value is no share said so (or the statement never states its value)."""
    statement = registry_claim.statement
    value = registry_claim.value
    for figure in statement_quantities(registry_claim):
        if (figure.low, figure.high) != (value.low, value.high):
            continue
        found = SHARE_OF.match(statement[figure.end :])
        return found.group(1) if found is not None else None
    return None


def _after_value(registry_claim: RegistryClaim) -> str | None:
    """The statement's text right after its own value ("… 25% of ischaemic strokes." ->
    " of ischaemic strokes."), or None when the statement never states its value."""
    end = _value_end(registry_claim)
    return None if end is None else registry_claim.statement[end:]


@per_claim
def _value_end(registry_claim: RegistryClaim) -> int | None:
    """Where the statement's own value ends (:func:`value_figure`'s end), None when it never
    states it: a number, kept for later runs (``stored_memos``), where the figure is not, so
    a candidate's statement is not read again for it."""
    figure = value_figure(registry_claim)
    return None if figure is None else figure.end


PEOPLE_FIRST = re.compile(
    r"(?:[\w'-]+[ \t]+){0,2}?(?:people|persons|adults|patients|women|men|children|infants"
    r"|participants|subjects|recipients|individuals|adolescents)\b",
    re.IGNORECASE,
)
"""People first after a statement's "of" ("of patients given …", "of older adults")."""


def _subject_before_value(registry_claim: RegistryClaim, subjects: frozenset[str]) -> bool:
    """Whether the statement names a subject before its own value ("Prediabetes is found in
    38.0% of …"): the subject is then what the share is of people."""
    value = registry_claim.value
    for figure in statement_quantities(registry_claim):
        if (figure.low, figure.high) == (value.low, value.high):
            said = registry_claim.statement[: figure.start]
            # (not in an opening phrase of time: "Five years after a COPD diagnosis, 61% of
            # patients were alive" is a share of the people with it)
            said = OPENING_AFTER.sub(" ", said, count=1)
            before = normalise_term(said)
            return any(subject in before for subject in subjects)
    return False


OPENING_AFTER = re.compile(
    r"\A\W*(?:[\w-]+\s+){0,3}?(?:after|following|since|within)\b[^,;:]*,", re.IGNORECASE
)
"""A phrase of time opening a statement, up to its comma ("Five years after a COPD
diagnosis,", "After a stroke,")."""


CASES_OF = re.compile(r"(?:all\s+|the\s+)?(?:cases|episodes|instances)\b", re.IGNORECASE)


@per_claim
def _share_of_another(registry_claim: RegistryClaim) -> bool:
    """Whether the statement makes its subject a share of something else: its value is
    followed by "of" and words that name none of its subjects ("HCC makes up 75–85% of
    primary liver cancers"; not "2.3% of women given denosumab")."""
    subjects = subject_keys(registry_claim)
    share_of = _value_share_of(registry_claim)
    if share_of is None:
        return False
    if PEOPLE_OF.match(share_of):
        return False  # "21.1% of the placebo group", "of patients given …": people
    if CASES_OF.match(share_of):
        return False  # "used for otitis media in 56% of cases": a share of its own cases
    if PEOPLE_IN_ARM.match(share_of):
        return False  # "8% of patients in the very early mobilisation group": its arm's
    if (
        PEOPLE_FIRST.match(share_of)
        and not WITH_SUBJECT.match(share_of)
        and not _subject_before_value(registry_claim, subjects)
        and not ((having := HAVING.search(share_of)) and _leading_names(having.group(1)) & subjects)
    ):
        # "47% of previously untreated patients became seizure-free", "60% of people whose
        # foot ulcer has healed have a recurrence": a share of people (not "Prediabetes is
        # found in 38.0% of American adults" nor "38% of adults have prediabetes", the
        # subject's share of them)
        return False
    on_it = ON_TREATMENT.search(share_of)
    if on_it is not None and _leading_names(on_it.group(1)) & subjects:
        return False  # "40% of adults with psoriasis given velorant": its arm's people
    words = normalise_term(" ".join(share_of.split()[:3]))
    named = _share_of_names(share_of)
    return not named & subjects and not any(subject in words for subject in subjects)


def _narrower_subject(
    registry_claim: RegistryClaim, around: Surroundings, subject_terms: frozenset[str]
) -> str | None:
    """The clause's name that holds one of the claim's subject names inside it and is itself
    another claim's subject ("hepatitis C" for a claim about "hepatitis"), if any; none when
    the sentence says the claim's own subject outright ("viral hepatitis and hepatitis C")."""
    subjects = subject_keys(registry_claim)
    # (a cell's clause holds its row and column headers, which its sentence does not: the
    # row "Acute lymphoblastic leukaemia" says the claim's subject outright too)
    if (around.sentence_names | around.clause_names) & subjects - around.inherited:
        return None
    # a name among the claim's own subject names is its own (:func:`_is_own`): thousands
    # of siblings ask this of the one subject name they share, with no union made
    said = [
        name
        for name in around.clause_names - around.compared_names
        if name in subject_terms and name not in subjects
    ]
    if not said:
        return None
    own = subjects | _context_keys(registry_claim)
    # in the order the clause writes them, as written ("ischaemic stroke", not the key of
    # one of its spellings, which a set would pick from run to run)
    written = dict(reversed(around.name_texts))
    order = {key: place for place, (key, _text) in reversed(list(enumerate(around.name_texts)))}
    for name in sorted(said, key=lambda key: (order.get(key, len(order)), key)):
        if name.endswith(STUDY_ENDINGS):
            continue  # "the WHI estrogen plus progestin trial" studies the subject, no part
        if not _is_own(name, own) and _names_one_of(frozenset((name,)), own):
            return written.get(name, name).strip()
    return None


POLES = {"high": "low", "low": "high", "short": "long", "long": "short", "early": "late",
         "late": "early", "acute": "chronic", "chronic": "acute", "upper": "lower",
         "lower": "upper"}  # fmt: skip
"""Opposite modifiers a claim's declared names may hold joined to a word (``low-activity``,
``low-income``, ``short-course``, ``early-onset``): a figure whose clause joins the opposite
to the same word, and never the claim's own, is about the other kind."""
POLED = re.compile(rf"\b({'|'.join(POLES)})(?:-|[ \t]+)([a-z]{{3,}})\b", re.IGNORECASE)


@per_claim
def _declared_poles(registry_claim: RegistryClaim) -> frozenset[tuple[str, str]]:
    """The (pole, word) pairs of the claim's declared names written with a hyphen
    (``low-activity`` is ("low", "activity")), but for a word it declares with both poles."""
    names = " ; ".join((*registry_claim.subject, *registry_claim.context, *registry_claim.group))
    if "-" not in names:
        return frozenset()
    found = {
        (pole.lower(), word.lower())
        for pole, word in re.findall(rf"\b({'|'.join(POLES)})-([a-z]{{3,}})\b", names, re.I)
    }
    return frozenset(pair for pair in found if (POLES[pair[0]], pair[1]) not in found)


def _opposite_pole(registry_claim: RegistryClaim, clause: str) -> str | None:
    """Why the claim is not the figure's when its declared names join one pole to a word
    (``low-activity``) and the clause joins only the opposite to it (``High-activity``,
    ``high activity``), else None."""
    poles = _declared_poles(registry_claim)
    if not poles:
        return None
    said = {(pole.lower(), word.lower()) for pole, word in POLED.findall(clause)}
    for pole, word in poles:
        if (POLES[pole], word) in said and (pole, word) not in said:
            return f"the figure says {POLES[pole]}-{word} where the claim says {pole}-{word}"
    return None


RAISED_TO = re.compile(
    r"\b(?:increased|raised|up-?titrated|titrated\W+up|up-?dosed|escalated|stepped\W+up"
    r"|doubled|tripled|trebled|quadrupled|go(?:es)?\W+up)\W+(?:\w+\W+){0,3}?to\W*\Z",
    re.IGNORECASE,
)
"""The words right before a dose that say it is the one raised to (``can be increased to``,
``up-dosed to``, ``titrated up to a maximum of``)."""
STANDARD_DOSE = re.compile(
    r"\b(?:standard|usual|licensed|starting|initial|normal)\W+(?:adult\W+|daily\W+)?doses?\b",
    re.IGNORECASE,
)
RAISED_DOSE = re.compile(
    r"\b(?:up-?dos\w*|increased|raised|escalat\w*|titrated\W+up|maximum|highest\W+dose"
    r"|fourfold|four\W+times|higher\W+dose)\b",
    re.IGNORECASE,
)
"""What a claim about a standard dose says (``the standard adult dose``) and what one about a
raised dose says (``may be up-dosed to at most 40 mg``, ``the maximum``)."""


@per_claim
def _dose_step(registry_claim: RegistryClaim) -> str | None:
    """``standard`` for a claim about a standard, usual or starting dose, ``raised`` for one
    about the dose raised to or the maximum, None for any other (or one saying both)."""
    words = " ; ".join((registry_claim.statement, *registry_claim.context))
    standard = STANDARD_DOSE.search(words) is not None
    raised = RAISED_DOSE.search(words) is not None
    if standard == raised:
        return None
    return "standard" if standard else "raised"


def _other_dose_step(
    registry_claim: RegistryClaim, clause: str, claim: Claim, quantity: Quantity
) -> str | None:
    """Why the claim is not the figure's when the figure is a dose raised to (:data:`RAISED_TO`
    in the sentence's words right before it: a clause may break at the ``to``) and the claim
    is about the standard dose, or the other way round: the figure said as the standard dose
    (in its ``clause``) and the claim about the raised one."""
    step = _dose_step(registry_claim)
    if step is None:
        return None
    at = quantity.start - claim.start
    before = claim.text[max(0, at - 60) : at]
    if step == "standard" and RAISED_TO.search(before):
        return "the figure is the dose raised to, the claim the standard dose"
    if step == "raised" and STANDARD_DOSE.search(before) and not RAISED_DOSE.search(clause):
        return "the figure is the standard dose, the claim the dose raised to"
    return None


COURSE_PARTS = frozenset({"fraction", "infusion", "cycle", "application"})
"""The parts a course of treatment is given in (radiotherapy's fractions, a drug's infusions
or cycles): an amount per part is no amount of the whole course."""
PER_PART = "the figure is per {}, the claim about the whole course"


@per_claim
def _part_bases(registry_claim: RegistryClaim) -> frozenset[str]:
    """The parts of a course the claim's value is per, as its statement, context or unit
    says (``2 Gy per fraction``, ``each infusion``, ``Gy/fraction``)."""
    said = " ".join(
        (registry_claim.statement, *registry_claim.context, registry_claim.value.unit or "")
    )
    return frozenset(part.lower() for part in PART_SAID.findall(said))


PART_SAID = re.compile(
    r"(?:\b(?:per|a|an|each|every)\s+|/\s*)(fraction|infusion|cycle|application)\b", re.IGNORECASE
)


ANOTHER_DRUGS_DOSE = "it is about the dose of "
OWNER_BEFORE = re.compile(
    r"\s*(?:\(\s*|,\s*)?(?:(?:was\s+|is\s+|are\s+|were\s+)?(?:(?:given|dosed|taken|used"
    r"|prescribed|administered|started)\s+)?(?:at|as)\s+(?:a\s+(?:single\s+)?dose\s+of\s+)?)?\Z",
    re.IGNORECASE,
)
OWNER_AFTER = re.compile(r"\s*(?:of\s+)?", re.IGNORECASE)


def _dose_owner(claim: Claim, quantity: Quantity, inn: bool = True) -> str:
    """The drug (a registry name with an INN word; any registry name with ``inn`` false) a
    dose is written with: right before it ("nivolumab 1 mg/kg", "nivolumab at 1 mg/kg",
    "nivolumab (1 mg/kg)", "cefadroxil is taken at 500 mg") or right after it ("1 mg/kg of
    nivolumab", "3 mg/kg ipilimumab"), as written; "" when none is."""
    for start, end, _name in claim.outer_terms:
        written = claim.text[start - claim.start : end - claim.start]
        if inn and not _inn_word_in(written):
            continue
        if end <= quantity.start and OWNER_BEFORE.fullmatch(
            claim.text, end - claim.start, quantity.start - claim.start
        ):
            return written
        after = OWNER_AFTER.match(claim.text, quantity.end - claim.start)
        if start >= quantity.end and after.end() == start - claim.start:
            return written
    return ""


DOSE_UNIT = re.compile(r"(?:µg|mcg|mg|g|ml|mL|IU|units?)(?:/|$)", re.IGNORECASE)
"""A claim's unit that measures a dose (not a course's length)."""


def own_dose_claim(
    registry: Registry, claim: Claim, quantity: Quantity, registry_claim: RegistryClaim, named
) -> bool:
    """Whether ``registry_claim`` is the one dose claim of the drug the dose figure is
    written with ("Cefadroxil is taken at 250 mg four times a day" against the one claim
    of cefadroxil's dose): then the drug's name, said with its dose, tells whose dose it is,
    however the words around it differ (a schedule said otherwise is the regimen's mistake),
    and a wrong dose is accused without the margin a conflict otherwise needs."""
    if not is_dose(quantity) or not DOSE_UNIT.match(registry_claim.value.unit or ""):
        return False
    owner = _dose_owner(claim, quantity, inn=False)
    key = normalise_term(owner) if owner else ""
    if not key or key not in subject_keys(registry_claim):
        return False
    return not any(
        claim_id != registry_claim.id
        and key in subject_keys(registry.by_id[claim_id])
        and DOSE_UNIT.match(registry.by_id[claim_id].value.unit or "")
        for claim_id in named
    )


def _another_drugs_dose(
    registry: Registry, registry_claim: RegistryClaim, around: Surroundings
) -> str | None:
    """Why a dose claim is not the figure's when the figure's clause names a drug (an INN
    word) that is another registry claim's subject and none of this claim's, and none of this
    claim's own drugs: a dose is the drug's it is said of. None otherwise."""
    subjects = subject_keys(registry_claim)
    theirs = sorted(name for name in registry_claim.subject if _inn_word_in(name))
    if not theirs:
        return None
    owner = around.dose_owner
    if owner:
        # "nivolumab 1 mg/kg plus ipilimumab 3 mg/kg": each dose is the drug's said with it
        key = normalise_term(owner)
        if key in subjects or key not in registry.subject_terms:
            return None
        return f"{ANOTHER_DRUGS_DOSE}{theirs[0]}, the figure about {owner}"
    if any(normalise_term(name) in around.clause_names for name in theirs):
        return None
    said = sorted(
        written
        for key, written in around.name_texts
        if key not in subjects and key in registry.subject_terms and _inn_word_in(written)
    )
    if not said:
        return None
    return f"{ANOTHER_DRUGS_DOSE}{theirs[0]}, the figure about {said[0]}"


AGE_SAID = re.compile(r"\bages?\b|\baged\b|\byears?\s+old\b", re.IGNORECASE)


@per_claim
def _gives_an_age(registry_claim: RegistryClaim) -> bool:
    """Whether a claim with no unit gives an age ("the average age … is 51"): its number is
    years, whether or not the figure says so."""
    return bool(AGE_SAID.search(" ".join((registry_claim.statement, *registry_claim.context))))


COURSE_TOTAL = re.compile(
    r"\b(?:cumulative|total|whole[ -]course|full[ -]course|course[ -]total|lifetime)\b",
    re.IGNORECASE,
)


@per_claim
def _course_total(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's value is a whole course's amount ("a cumulative dose of 120 to 150
    mg/kg", context "total dose"), its unit no amount a day: a daily dose is no figure of it."""
    said = " ".join((registry_claim.statement, *registry_claim.context))
    return bool(COURSE_TOTAL.search(said)) and not PER_DAY.search(registry_claim.value.unit or "")


@per_claim
def _daily(registry_claim: RegistryClaim) -> frozenset[str]:
    """``{"day"}`` when the claim's value is an amount a day (``mg/kg/day``): a course's total
    ("until they reach a total of 120 mg/kg") is no figure of it."""
    return frozenset({"day"}) if PER_DAY.search(registry_claim.value.unit or "") else frozenset()


def _said_per_part(registry_claim: RegistryClaim, part: str) -> bool:
    return part in _part_bases(registry_claim)


WHOLE_COURSE = "the figure is the whole course's, the claim per {}"
WHOLE_COURSE_BEFORE = re.compile(
    r"\b(?:totals|totall?ing|adds[ \t]+up[ \t]+to|comes[ \t]+to[ \t]+)\s*\Z"
    r"|\b(?:total|cumulative|overall|combined|whole[ \t-]course|full[ \t-]course)"
    r"(?:[ \t]+(?:dose|amount|of))?[ \t]+(?:of[ \t]+)?(?:about[ \t]+|up[ \t]+to[ \t]+)?\Z"
    r"|\bin[ \t]+(?:all|total)[ \t,]+\Z",
    re.IGNORECASE,
)
WHOLE_COURSE_AFTER = re.compile(
    r"(?:[ \t]+of[ \t]+[a-z]+)?"
    r"(?:[ \t]+(?:is|are|was|were|be)[ \t]+(?:usually[ \t]+|often[ \t]+|then[ \t]+)?"
    r"(?:given|delivered|divided|split|infused|administered|spread))?"
    r"[ \t,]+(?:in[ \t]+(?:all|total)|altogether"
    r"|(?:in|over|across|into)[ \t]+(?:\w+[ \t]+){0,2}?(?:fractions|infusions|cycles"
    r"|applications|sessions|doses|weeks|months)\b)",
    re.IGNORECASE,
)
"""Words after an amount that make it a whole course's: ``1,000 mg in total``, ``60 Gy in 20
fractions``, ``2,000 mg is given over two infusions``, ``… split into two doses``."""


def _said_whole_course(claim: Claim, quantity: Quantity) -> bool:
    """Whether an amount is said as a whole course's: ``a total of 1,000 mg``, ``a
    cumulative dose of 240 mg/m²``, ``15 mg/kg in total``, ``60 Gy in 20 fractions``,
    ``240 mg/m² over four cycles``: never the amount of one part a claim per part gives."""
    start, end = quantity.start - claim.start, quantity.end - claim.start
    return bool(
        WHOLE_COURSE_BEFORE.search(claim.text, max(0, start - 40), start)
        or WHOLE_COURSE_AFTER.match(claim.text, end)
    )


_DESIGNATION = r"(?-i:[A-Z0-9])[\w.]*"  # "G1", "16", "H5N1": never a lower-case word
SUBTYPE_AFTER = re.compile(
    rf"(?:[ \t-]+(?:sub|geno|sero)?types?|[ \t]+(?:strains?|serogroups?|variants?|clades?))"
    rf"[ \t]+{_DESIGNATION}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+){_DESIGNATION})*"
    rf"|[ \t-]+\d{{1,3}}[a-z]?"
    rf"(?:(?:[ \t]*,[ \t]+|[ \t]*/[ \t]*|[ \t]+(?:and|or|&)[ \t]+)\d{{1,3}}[a-z]?)+"
    rf"(?![\d,.]|[ \t]*%)"
    rf"|[ \t-]+\d{{1,3}}[a-z]?[ \t]+(?:alone|only)\b"
    rf"|[ \t]\d{{1,3}}[a-z]?"
    rf"(?=[ \t]+(?:is|was|has|had|[a-z]{{3,}}(?:s|ed))[ \t]+(?:about|around|nearly|an?|the|\d))",
    re.IGNORECASE,
)
"""Types named after a subject's name: ``HPV types 16 and 18``, ``influenza subtype H5N1``,
``E. coli strain O157``, ``HPV 16 and 18``, ``HPV-16/18``, ``HPV 16 alone``: a part of what
the name stands for (a bare number after a name is part of many names, ``COVID-19``, so only
a list of them, one said ``alone``, or one apart from the name before its verb and figure,
``HPV 31 causes about 4%``, is a type)."""


@lru_cache(maxsize=4096)
def _types_said(clause: str) -> bool:
    """Whether the clause names types after some word at all (:data:`SUBTYPE_AFTER`): asked
    once per clause, not once per candidate."""
    return SUBTYPE_AFTER.search(clause) is not None


def _subtype_said(registry_claim: RegistryClaim, clause: str) -> str | None:
    """The clause's words naming types of one of the claim's subjects (:data:`SUBTYPE_AFTER`)
    that the claim itself does not name, as written ("HPV types 16 and 18"), or None."""
    if not _types_said(clause):
        return None
    own = " ".join((registry_claim.statement, *registry_claim.subject, *registry_claim.context))
    for name in _subject_heads(registry_claim):
        # (a type word in the plural: "serotype" of "serotype 3" in "Serotypes 1 and 3")
        plural = "s?" if TYPE_WORD.fullmatch(name) else ""
        for found in re.finditer(rf"\b{re.escape(name)}{plural}\b", clause, re.IGNORECASE):
            after = SUBTYPE_AFTER.match(clause, found.end())
            if after is None:
                continue
            designations = re.findall(r"\b[A-Z0-9][\w.]*", after.group())
            if all(re.search(rf"\b{re.escape(d)}\b", own) for d in designations):
                continue  # the claim is about those types itself (all of them: "HPV types
                # 31, 33 and 45" are no figure of the claim about HPV 45 alone)
            return clause[found.start() : after.end()].strip()
    return None


TYPE_WORD = re.compile(r"(?:sub|geno|sero)?type|strain|serogroup|clade", re.IGNORECASE)
ONE_TYPE_NAMED = re.compile(
    r"(?:[A-Za-z][\w-]*[ \t]+)?(?P<head>(?:sub|geno|sero)?types?|strains?|serogroups?|clades?)"
    r"[ \t-]+\d{1,3}[a-z]?",
    re.IGNORECASE,
)
"""A subject name that is one numbered type (``serotype 3``, ``rotavirus genotype 9``): the
type word before the number is what other types are said with. (Any name before a number
was tried, ``HPV 45``: trials are named so too, ``HAVEN 1``, ``SOLO 1``, and 20 verdicts
broke.)"""


@per_claim
def _subject_heads(registry_claim: RegistryClaim) -> tuple[str, ...]:
    """The claim's subject names, and the name each types itself names types of ("HPV" of
    "HPV types 16 and 18", of "HPV-16/18"): a clause naming other types of it ("HPV types
    31, 33 and 45") is about them, not the claim's."""
    heads = list(registry_claim.subject)
    for name in registry_claim.subject:
        if one := ONE_TYPE_NAMED.fullmatch(name.strip()):
            heads.append(one.group("head"))  # "HPV 45", "serotype 3": types of HPV, serotypes
            continue
        for at in range(1, len(name)):
            typed = SUBTYPE_AFTER.match(name, at)
            if typed is not None and typed.end() == len(name) and name[:at].strip():
                heads.append(name[:at].strip())
                break
    return tuple(dict.fromkeys(heads))


STUDY_LIKE = re.compile(r"\d|[A-Z]{2}")
"""A study's name has a number or an acronym (ZOE-50, SOLO 1, TOLO-B, KEYNOTE-189)."""
JOINED = re.compile(r"\s+(?:and|&|\+|plus)\s+|\s*,\s*|\s*/\s*", re.IGNORECASE)


@per_claim
def _joined_parts(registry_claim: RegistryClaim) -> dict[str, str]:
    """The parts of the claim's subject names that join several studies ("ZOE-50 and
    ZOE-70", "SOLO 1 and SOLO 2"), by key, as written; empty for most claims."""
    parts: dict[str, str] = {}
    for name in registry_claim.subject:
        pieces = [piece.strip() for piece in JOINED.split(name) if piece.strip()]
        if len(pieces) >= 2 and all(STUDY_LIKE.search(piece) for piece in pieces):
            # studies named by their numbers (ZOE-50, SOLO 1, KEYNOTE-189), not a
            # combination of drugs ("nivolumab plus ipilimumab") or of diseases ("hepatitis B
            # and C"), whose parts a page names one by one while meaning them together
            parts.update((normalise_term(piece), piece) for piece in pieces)
    return parts


def _joined_part_alone(
    registry_claim: RegistryClaim, around: Surroundings, subject_terms: frozenset[str]
) -> str | None:
    """The clause's name that is one part of a joined subject name of the claim and itself
    another claim's subject, said without the joined name ("In ZOE-70, …" against a claim
    about "ZOE-50 and ZOE-70"), if any: the figure is about that part alone."""
    parts = _joined_parts(registry_claim)
    if not parts:
        return None
    subjects = subject_keys(registry_claim)
    joined = {normalise_term(name) for name in registry_claim.subject if JOINED.search(name)}
    if around.sentence_names & joined:
        return None  # the joined name itself is said
    said = [name for name in around.sentence_names if name in parts]
    if len(said) != 1:
        return None  # none of them, or more than one ("ZOE-50 and ZOE-70 pooled")
    name = said[0]
    if name in around.clause_names - around.compared_names and name in subject_terms:
        return None if name in subjects else parts[name]
    return None


STUDY_ENDINGS = tuple(
    normalise_term(word) for word in "trial trials study studies cohort programme program".split()
)
"""How a study's name ends: a name holding the subject and one of these words is the study
of the subject (``estrogen plus progestin trial``), not a narrower subject."""


DAYS_ON = re.compile(r"\bon\s+(?:at\s+least\s+|up\s+to\s+|only\s+|just\s+)?\Z", re.IGNORECASE)
"""``on`` right before a number of days: ``on 2 days a week``, ``on at least 3 days``."""
DAY_UNITS = frozenset({"day", "days", "d"})


def _counts_days(claim: Claim, quantity: Quantity) -> bool:
    """Whether the figure is a number of days said after ``on`` ("muscle-strengthening
    activity on 2 days a week"): how many days something is done, a count of occasions, not
    a length of time a claim in minutes or hours could state."""
    if quantity.kind != "duration" or (quantity.unit or "") not in DAY_UNITS:
        return False
    at = quantity.start - claim.start
    return bool(DAYS_ON.search(claim.text, max(0, at - 20), at))


def _names_one_of(names: frozenset[str], subjects: frozenset[str]) -> bool:
    """Whether ``names`` (normalised names found in the text) name one of ``subjects``,
    also inside a longer name found there ("first heart attack" names "heart attack": the
    longest registry name wins where two overlap)."""
    if names & subjects:
        return True
    return any(
        len(subject) >= MIN_CONTAINED_NAME
        and subject in name
        # said as absent or past: "non-smokers", "ex-smokers" are no smoking
        and not name.startswith(("no" + subject, "former" + subject))
        for name in names
        for subject in subjects
    )


@lru_cache(maxsize=4096)
def _names_one_of_subjects(names: frozenset[str], subjects: frozenset[str]) -> bool:
    """:func:`_names_one_of` of a figure's names and a claim's subject names (both small),
    once per pair: thousands of siblings share their subject names (one object,
    :func:`_subject_keys`) and ask it of the same few names. Never for a large set (all the
    registry's subjects): the cache would keep copies of it."""
    return _names_one_of(names, subjects)


def _is_own(name: str, own: frozenset[str]) -> bool:
    """Whether a name is one of the claim's own, or part of one ("liver cancer" in
    "early-stage liver cancer"): a broader name for what the claim is about is not another
    subject."""
    if name in own or _number_of(name) in own:
        return True  # ("strokes" is a claim about "stroke"'s own name, in the plural)
    return len(name) >= MIN_CONTAINED_NAME and any(name in term for term in own)


def _number_of(name: str) -> str:
    """A name in the other grammatical number, crudely: "strokes" -> "stroke", "stroke" ->
    "strokes"."""
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else f"{name}s"


def _as_its_fall(converted: Quantity, registry_claim: RegistryClaim) -> Quantity:
    """A negative figure against a claim stating the size of a fall ("−3.7 days" in a table
    of changes, against "reduced monthly migraine days by 3.7 days"): the same fall, compared
    as its size."""
    low, high = converted.low, converted.high
    value = registry_claim.value
    if low is None or high is None or high >= 0 or value.low is None or value.low < 0:
        return converted
    if _claim_direction(registry_claim) >= 0 and not _statement_says_fall(registry_claim):
        return converted
    return replace(converted, low=-high, high=-low)


@per_claim
def _statement_says_fall(registry_claim: RegistryClaim) -> bool:
    """Whether the statement says its (positive) value as the size of a fall, by a word
    before or after it (:data:`FALL_BEFORE`, :data:`FALL_AFTER`): "lost a mean 14.9% of body
    weight", against which a table's "−14.9%" change is that loss."""
    figure = value_figure(registry_claim)
    if figure is None:
        return False
    statement = registry_claim.statement
    return (
        FALL_BEFORE.search(statement, max(0, figure.start - 60), figure.start) is not None
        or FALL_AFTER.match(statement[figure.end : figure.end + 60]) is not None
    )


FALL_BEFORE = re.compile(
    r"\b(?:lost|lose|loses|losing|shed|sheds|shedding|dropped|drops?|fell|falls?|falling"
    r"|decreased?|decreasing|reduced?|reducing|declined?|declining|cut|cuts|lowered|lowers?"
    r"|loss|reduction|decrease|decline|drop|down)\b"
    r"(?:\W+(?:of|by|an?|average|mean|on|about|around|nearly|almost|approximately|roughly"
    r"|some|just|over|under|more|less|than|up|to|the|their|its|body|weight|was|were|is|are)\b)"
    r"{0,5}\W*\Z",
    re.IGNORECASE,
)
"""Words before a figure that say it is the size of a fall: ``lost 14.9%``, ``shed an
average of 12.4%``, ``a weight loss of about 15%``, ``fell by 2.1``."""
FALL_AFTER = re.compile(
    r"\A(?:\W+(?:of|in)(?:\W+(?:their|his|her|its|the|body|initial|baseline))*\W+[a-z]+)?"
    r"(?:\W+(?:was|were|is|are|being|been))?"
    r"\W+(?:lower|less|down|loss|lost|shed|reduction|decrease|fall|drop|smaller)\b",
    re.IGNORECASE,
)
"""… or after it: ``14.9% lower``, ``a 15% reduction``, ``14.9% of body weight loss``."""


def _as_said_fall(
    converted: Quantity, registry_claim: RegistryClaim, claim: Claim, quantity: Quantity
) -> Quantity:
    """A positive figure said as a fall ("lost 14.9% of their body weight") against a claim
    whose value is the negative change a trial reports ("mean change in body weight was
    -14.9%"): the same change, compared with its sign (the mirror of :func:`_as_its_fall`)."""
    low, high = converted.low, converted.high
    value = registry_claim.value
    if low is None or high is None or low < 0 or value.high is None or value.high >= 0:
        return converted
    if not _said_as_fall(claim, quantity) and not any(
        # "… lost 6.5 kg, compared with 3.0 kg", "6.5 kg versus 3.0 kg of weight lost",
        # "weight loss was 6.5 kg with A versus 3.0 kg with B": a comparison's or a list's
        # figures are said as the change one of them is said as
        _said_as_fall(claim, side)
        for side in _parallel_figures(claim, quantity)
    ):
        return converted
    return replace(converted, low=-high, high=-low)


PARALLEL_JOINER = re.compile(
    r"\b(?:against|versus|vs\.?|compared|comparison|relative|and|or|while|whereas)\b|,",
    re.IGNORECASE,
)
CONTRARY_CHANGE = re.compile(
    r"\b(?:gain(?:s|ed|ing)?|rose|rise[sn]?|increased?|higher|up|put\W+on)\b|[;:()]",
    re.IGNORECASE,
)
PARALLEL_REACH = 80  # characters between two figures of a comparison or list


def _parallel_figures(claim: Claim, quantity: Quantity) -> tuple[Quantity, ...]:
    """The figures in the figure's unit that a comparison or list sets beside it, each
    joined to the next by "versus", "compared with", "and" or a comma with no change word of
    its own between ("6.5 kg with A versus 3.0 kg with B"; not "lost 6.5 kg and gained 1
    kg"): doses naming the arms ("1 mg") are passed over."""
    figures = [
        q
        for q in claim.quantities
        if q.unit == quantity.unit and q.kind == quantity.kind and not is_dose(q)
    ]
    if quantity not in figures:
        return ()
    at = figures.index(quantity)
    joined = []
    for step in (-1, 1):
        here = at
        while 0 <= here + step < len(figures):
            a, b = sorted((figures[here], figures[here + step]), key=lambda q: q.start)
            gap = claim.text[a.end - claim.start : b.start - claim.start]
            if (
                len(gap) > PARALLEL_REACH
                or not PARALLEL_JOINER.search(gap)
                or CONTRARY_CHANGE.search(gap)
            ):
                break
            here += step
            joined.append(figures[here])
    return tuple(joined)


def _said_as_fall(claim: Claim, quantity: Quantity) -> bool:
    """Whether words right before or after the figure say it as a fall ("lost 6.5 kg")."""
    start, end = quantity.start - claim.start, quantity.end - claim.start
    text = claim.text
    return (
        FALL_BEFORE.search(text, max(0, start - 60), start) is not None
        or FALL_AFTER.match(text[end : end + 60]) is not None
    )


@per_claim
def _claim_direction(registry_claim: RegistryClaim) -> int:
    """Whether the claim's statement says its value as a fall (-1), a rise (+1) or neither."""
    figure = value_figure(registry_claim)
    if figure is None:
        return 0
    return change_direction(registry_claim.statement, figure.start, figure.end)


def restates(
    registry_claim: RegistryClaim, quantity: Quantity, frame: Frame, own_value: bool = True
) -> bool:
    """Whether the claim's statement states this very figure in a clause whose frame fits
    the figure's ("… to 10.7 months, from 7.9 months on placebo" for a placebo arm's 7.9).
    ``own_value`` False leaves out the claim's own value: for a claim another figure of the
    sentence matched, its value said here is a swap ("children … 16.8 hours; adults … 29
    hours" against the adults' 16.8), not a second figure its statement gives."""
    figures = statement_quantities(registry_claim)
    value = registry_claim.value
    for figure in figures:
        converted = convert(quantity, figure.unit)
        if converted is None or (converted.low, converted.high) != (figure.low, figure.high):
            continue
        if not own_value and (figure.low, figure.high) == (value.low, value.high):
            continue
        if quantity.per in COURSE_PARTS and figure.per != quantity.per:
            continue  # "74 Gy per fraction" is not the "74 Gy in 37 fractions" it states
        stated = _frame_in_statement(registry_claim, figures, figure, figure.unit)
        if contradiction(frame, stated) is not None or _other_sex_than_the_source(
            frame, registry_claim
        ):
            continue
        declared = claim_frame(registry_claim).count_of
        if (figure.low, figure.high) == (value.low, value.high) and (
            frame.count_of and declared and frame.count_of != declared
        ):
            continue  # its own value, counting whom it declares (prevalence, not new cases)
        # (a measure contradicting the claim's whole frame is left to restate it: tried,
        # "45.9 million people died" against 45.9 million living with epilepsy won 1 verdict
        # and lost 3 whose frames are misread, "91,000 crashes …, and nearly 800 deaths")
        return True
    return False


def _says_the_durations(registry_claim: RegistryClaim, timepoints: frozenset[float]) -> bool:
    """Whether the claim's statement says each of the figure's timepoints (days) as a
    duration of its own, within 5%: "stopped binge eating for 4 weeks" says 28 days."""
    said = [
        days
        for figure in statement_quantities(registry_claim)
        if (days := duration_days(figure)) is not None
    ]
    return bool(timepoints) and all(
        any(abs(days - point) <= 0.05 * max(days, point) for days in said) for point in timepoints
    )


def states_its_timepoint(quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    """Whether a duration is the timepoint the claim is measured at ("five years" of a
    five-year survival claim): it says when, and the claim backs it."""
    days = duration_days(quantity)
    return days is not None and any(
        abs(days - point) <= 0.05 * max(days, point)
        for point in claim_frame(registry_claim).timepoints
    )


@per_claim
def _ends_of_a_change(quantity: Quantity) -> bool:
    """Whether the figure is an end of a change, or a change's two ends read as an interval
    ("from 76 to 37 deaths per 1,000")."""
    return quantity.role in (BEFORE, AFTER) or (
        quantity.low is not None
        and quantity.high is not None
        and quantity.text.lower().startswith("from ")
    )


def _change_end_years(years: frozenset[str], quantity: Quantity, clause: str) -> frozenset[str]:
    """The years of a change's end in a clause that names a span: "Between 2003 and 2017 the
    share fell from 39.7% to 29.8%" dates its start 2003 and its end 2017; a span said
    otherwise ("in 2003–2017") leaves both ends its years; spans said one for each end
    ("from 0.39 in 2000–2010 to 0.20 in 2010–2023") are kept for the frame to weigh."""
    spans = years - without_spans(years)
    if len(spans) > 1:
        return years
    plain = sorted(without_spans(years))
    if (
        quantity.role in (BEFORE, AFTER)
        and len(plain) == 2
        and year_spans(clause, leads=("between", "from"))
    ):
        return frozenset({plain[0] if quantity.role == BEFORE else plain[1]})
    return frozenset(plain)


def years_of_claim(registry_claim: RegistryClaim) -> frozenset[str]:
    """:func:`_years_of`, for the verdict's tie-break between years."""
    return _years_of(registry_claim)


def _years_of(registry_claim: RegistryClaim) -> frozenset[str]:
    """The years a claim's statement and context name, a season's short second year written
    out as a page's are (``2017-18``: 2017 and 2018)."""
    return years_named(" ".join((registry_claim.statement, *registry_claim.context)))


def _another_share_basis(
    registry_claim: RegistryClaim, clause: str, sentence: str = ""
) -> str | None:
    """Why a claim's share, taken among people with its subject or of everyone, is not a
    figure's said the other way (:mod:`claimcheck.verify.among`), or None: the figure's
    clause says how, or else the sentence's opening phrase ("Of people with psoriasis, …")."""
    names = tuple(registry_claim.subject)
    figure_basis = share_basis(clause, names)
    if figure_basis is None and sentence and not sentence.startswith(clause):
        figure_basis = opening_basis(sentence, names)
    if figure_basis is None:
        return None
    claim_basis = share_basis(registry_claim.statement, names)
    return another_basis(figure_basis, claim_basis, name_said(clause, names))


AMONG_WORDS = frozenset(
    comparable_words(
        "people person adults patients children kids women men those who have has had having "
        "with living live diagnosed among amongst of in"
    ).split()
)
"""The words that say whom a share is taken among: no outcome of it."""
CAPITALISED_OR_NUMBER = re.compile(r"\b(?:[A-Z][\w'’-]*|[\d.,]+%?)")


def _statement_outcome(registry_claim: RegistryClaim) -> frozenset[str]:
    """What a claim's statement (or an approved variant) counts among people with its
    subject: its content words past the subject's names, the people and the words that take
    the share among them, leaving out names written with a capital (places, studies) and
    numbers."""
    subject = frozenset(
        w for name in registry_claim.subject for w in comparable_words(name).split()
    )
    said = (registry_claim.statement, *registry_claim.variants)
    plain = " ; ".join(CAPITALISED_OR_NUMBER.sub(" ", text) for text in said)
    return content_words(plain) - subject - AMONG_WORDS


ANOTHER_OUTCOME_AMONG = "it counts another outcome among people with {}"


def _another_outcome_among(registry_claim: RegistryClaim, around: Surroundings) -> str | None:
    """Why a claim is not the figure's where both are shares among people with its subject
    ("3.0% of people with psoriasis have uveitis" against "16.5% of adults with psoriasis
    have depression"): the subject is only whom the share is taken among, so the claim's
    outcome must be said too; none of its words is in the clause, and the clause says a
    word of its own. None otherwise."""
    names = tuple(registry_claim.subject)
    if share_basis(around.clause, names) != AMONG:
        return None
    if share_basis(registry_claim.statement, names) != AMONG:
        return None
    outcome = _statement_outcome(registry_claim)
    if not outcome or outcome & around.words:
        return None
    if around.frame.measures & claim_frame(registry_claim).measures:
        return None  # the outcome in other words: "survive two years" is two-year survival
    if not around.telling_words - claim_vocabulary(registry_claim):
        return None
    return ANOTHER_OUTCOME_AMONG.format(name_said(around.clause, names))


def _months_of(registry_claim: RegistryClaim) -> frozenset[str]:
    """The months (with their years) a claim's statement and context name."""
    return months_named(" ; ".join((registry_claim.statement, *registry_claim.context)))


COUNTED_NOUN_BONUS = 8.0  # the figure counts what the claim's unit counts, by name
OUTNAMED_PENALTY = 12.0  # a sibling's context names around the figure include this one's


def _named_for(
    registry_claim: RegistryClaim,
    around: Surroundings,
    slots_by_frame: dict[int, tuple[Frame, frozenset[str]]] | None = None,
    compared_contexts: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """What the figure's clause names of a claim: its contexts (years left to the year slot,
    measure words such as "deaths" to the measure slot) and the frame slots the clause
    itself states and the claim shares (an age group, a timepoint, a measure …; not a sex,
    which a whole page is often about; not what the sentence said elsewhere).

    ``slots_by_frame``: the slots found so far for this ``around``, by the claim frame's
    identity (with the frame, so an id is never read for another): thousands of siblings
    share a few hundred frames, and most name none of the clause's names."""
    theirs = claim_frame(registry_claim)
    kept = None if slots_by_frame is None else slots_by_frame.get(id(theirs))
    if kept is not None and kept[0] is theirs:
        slots = kept[1]
    else:
        names = slot_names_of(around.own_frame, theirs) - {"year"}
        if (
            "timepoint" not in names
            and "timepoint" in slot_names_of(around.frame, theirs)
            and _opens_with_a_time(around.sentence, around.clause)
        ):
            # a time said once for the sentence ("Seven years after vaccination, X was
            # 89.8% effective") names the claim at that time as the clause's own would
            names |= {"timepoint"}
        slots = frozenset(f"slot:{name}" for name in names)
        if slots_by_frame is not None:
            slots_by_frame[id(theirs)] = (theirs, slots)
    # its subject names that a sibling lists as context too: the claim about IPT that lists
    # CBT-E as its comparator does not outname the CBT-E claim in a clause that names CBT-E
    scale = _claim_risk_scale(registry_claim)
    if scale is not None and risk_scale_said(around.clause) == scale:
        # "an absolute reduction of 54% in the 5-year risk": the clause says the claim's
        # scale as a slot of its own, which no sibling without it outnames
        slots = slots | {f"slot:scale:{scale}"}
    said = (
        _context_keys(registry_claim) | (subject_keys(registry_claim) & compared_contexts)
    ) & around.clause_names
    if not said:
        return slots
    contexts = {name for name in said if not YEAR.fullmatch(name) and not _names_a_measure(name)}
    return slots | contexts


SENTENCE_OPENING = re.compile(r"\s*(?P<phrase>[^,;:.]{3,80}),")
"""A phrase that opens a sentence before a comma ("Seven years after vaccination, …")."""


@lru_cache(maxsize=4096)
def _opens_with_a_time(sentence: str, clause: str) -> bool:
    """Whether ``sentence`` opens with a phrase of time before a comma that ``clause`` (the
    figure's) does not hold: the time of the whole sentence ("Seven years after vaccination,
    …"; not a time said in another clause, "… in the past year, and 55.1% of those …")."""
    found = SENTENCE_OPENING.match(sentence)
    if found is None or found.group("phrase") in clause:
        return False
    return bool(timepoints_named(found.group("phrase")))


@lru_cache(maxsize=4096)
def _names_a_measure(name: str) -> bool:
    """Whether a context name (normalised) says a measure (``deaths``): read once per name,
    not once per candidate and figure that names it (a name's frame is some forty pattern
    searches)."""
    return bool(read_frame(name).measures)


def _outnamed_sets(
    named: dict[str, frozenset[str]], outnamers: frozenset[frozenset[str]] | None = None
) -> frozenset[frozenset[str]]:
    """The named sets outnamed by another: another set has every name and slot of it, and
    more of its contexts; a slot it shares and this one leaves empty never decides alone (a
    claim that states no measure is not outnamed by one that counts cases). Compared set
    against set, not claim against claim: thousands of siblings share a few sets.
    ``outnamers``: the sets that may outname another (None: all of them)."""
    distinct = set(named.values())
    contexts = {
        named_set: {n for n in named_set if not n.startswith("slot:")} for named_set in distinct
    }
    others = distinct if outnamers is None else distinct & outnamers
    return frozenset(
        own
        for own in distinct
        if any(own <= other and contexts[own] < contexts[other] for other in others)
    )


FOR_ANOTHER_IT = re.compile(
    r"\W*(?:for|in|among|with)\s+(?P<other>[^,;:]{2,60}?)\s*,?\s+(?:it|this|that"
    r"|the\s+(?:figure|rate|share|number|proportion))\s+(?:is|was|stands\s+at|reaches|falls\s+to"
    r"|rises\s+to)\s+(?:about\s+|around\s+|only\s+|just\s+)?\Z",
    re.IGNORECASE,
)
"""A clause that turns to another subject before its pronoun: "For pancreas grafts it is",
"For the rabies vaccine, the figure is" (lower case, up to the figure)."""


def _said_before_figure(claim: Claim, quantity: Quantity) -> str:
    """The figure's clause up to the figure, lower case: "For AML it is" of "… 72%"."""
    start, _end = clause_span(claim, quantity)
    return claim.text[start - claim.start : quantity.start - claim.start].lower()


def _without_alternatives(
    around: Surroundings,
    registry: Registry,
    named: dict[str, tuple[int, ...]],
    before_figure: str = "",
) -> Surroundings:
    """The surroundings without the names a pronoun took from its antecedent that are the
    alternatives of a name the clause says itself: in "Two doses are 97% effective against
    measles. Against mumps, they are 88% effective", "they" is the two doses, not measles
    (candidates about one subject hold measles or mumps in their context, none both); nor
    the antecedent's subject where the clause names another ("For AML it is 72%")."""
    if not around.inherited:
        return around
    claims = [registry.by_id[claim_id] for claim_id in named]
    own = around.clause_names - around.inherited

    def alternative(name: str, said: str) -> bool:
        holding = [c for c in claims if name in _context_keys(c)]
        saying = [c for c in claims if said in _context_keys(c)]
        return any(subject_keys(a) & subject_keys(b) for a in holding for b in saying) and not any(
            c in saying for c in holding
        )

    written = dict(around.name_texts)
    turned = FOR_ANOTHER_IT.match(before_figure)
    if turned is not None and not any(
        (text := written.get(key)) and text.strip().lower() in turned["other"] for key in own
    ):
        # "Hearing aids are worn by 35% of adults with hearing loss. For bone-anchored
        # devices it is 2%.": the clause turns to something no registry name says; the
        # pronoun stands for what is measured, and nothing the antecedent named is the
        # figure's subject or its setting
        return replace(around, clause_names=own, inherited=frozenset())
    # (only a subject the clause turns to before its pronoun stands against the antecedent:
    # "For AML it is 72%"; "it happens in 1 in 19,000 anaesthetics" counts anaesthetics,
    # "It reduced admissions for worsening heart failure by 30%" names its outcome)
    said_first = frozenset(
        key
        for key in own
        if turned is not None and written.get(key, "\0").strip().lower() in turned["other"]
    )

    def other_subject(name: str, said: str) -> bool:
        if said not in said_first:
            return False
        # "Five-year survival for medulloblastoma is 70%. For AML it is 72%.": the clause
        # names a subject of its own where the antecedent's was another ("it" is the
        # survival): no candidate is about both
        # (alternatives: no candidate names both, as its subject or its context; "BRCA2 …:
        # by age 80 they carry a breast cancer risk" names the outcome of BRCA2's claims)
        holding = [c for c in claims if name in subject_keys(c)]
        return (
            bool(holding)
            and any(said in subject_keys(c) for c in claims)
            and not any({name, said} <= subject_keys(c) | _context_keys(c) for c in claims)
        )

    kept = frozenset(
        name
        for name in around.inherited
        if not any(alternative(name, said) or other_subject(name, said) for said in own)
    )
    if kept == around.inherited:
        return around
    return replace(around, clause_names=own | kept, inherited=kept)


@dataclass(frozen=True)
class _Pending:
    """An allowed candidate before its last, costliest evidence is weighed (:func:`_finish`)."""

    registry_claim: RegistryClaim
    converted: Quantity
    score: float
    bonus: float
    against: bool  # the words around the figure name a sibling
    part_unsaid: bool = False  # a part of a sibling's whole that nothing names (Match)


def _finish(pending: _Pending, around: Surroundings) -> Match:
    """The candidate's match: its rank once the words its claim leaves unexplained, the
    clause's other figures, a clause it explains word for word and its exact figure are
    weighed. :func:`_rank_ceiling` bounds the rank from above: keep the two in step."""
    registry_claim, converted, score, bonus = (
        pending.registry_claim,
        pending.converted,
        pending.score,
        pending.bonus,
    )
    bonus -= unexplained_penalty(registry_claim, around)
    agreeing, disagreeing = companion_agreement(registry_claim, around)
    bonus += _companion_bonus(agreeing, disagreeing)
    if bonus >= SUBJECT_BONUS - EXPLAINED_SLACK and _all_explained(registry_claim, around):
        # the clause names the subject and says nothing the claim does not explain
        # ("… and 19% have impaired fecundity"): its wording is the claim's, however
        # differently the statement puts it
        score = max(score, EXPLAINED_FLOOR)
    if (
        not pending.against
        and not (disagreeing and not agreeing)
        and _exact_figure(converted, registry_claim)
    ):
        # the source's own precise figure names its source, unless the words around it
        # name a sibling: a swapped figure is exactly its sibling's figure; nor where the
        # clause's other figures are not the statement's ("At the 25% threshold, 13.5% …"
        # against "13.5% spent more than 10%"): the sibling at 25% is the figure's claim
        bonus += EXACT_FIGURE_BONUS
    return Match(
        registry_claim,
        converted,
        score,
        score + bonus,
        bonus or 0.0,
        None,
        part_unsaid=pending.part_unsaid,
    )


RANK_SLACK = 1e-6  # rounding between a ceiling's sum and a rank's


def _rank_ceiling(
    pending: _Pending, around: Surroundings, companions: float | None = None
) -> float:
    """A rank :func:`_finish` cannot exceed, without reading the registry names the claim
    leaves unexplained: the words it leaves unexplained cost at least
    :func:`unexplained_penalty_floor`, the clause's other figures add at most
    :func:`companion_ceiling`, the floor of a clause explained word for word lifts the score
    only where the words allow it, and the exact figure's bonus is known. ``companions``:
    :func:`companion_ceiling` of ``around``, when the caller has it (it is every
    candidate's)."""
    registry_claim = pending.registry_claim
    score = pending.score
    bonus = pending.bonus - unexplained_penalty_floor(registry_claim, around)
    bonus += companion_ceiling(around) if companions is None else companions
    # the floor lifts the score only where the bonus :func:`_finish` weighs it with, which
    # is at most this one, reaches a subject named there (thousands of siblings whose
    # evidence cannot reach it were finished only to fall outside the verdict's window)
    if bonus >= SUBJECT_BONUS - EXPLAINED_SLACK and _all_explained(registry_claim, around):
        score = max(score, EXPLAINED_FLOOR)
    if not pending.against and _exact_figure(pending.converted, registry_claim):
        bonus += EXACT_FIGURE_BONUS
    return score + bonus + RANK_SLACK


def _finished(
    pending: list[_Pending], around: Surroundings, last: set[str], window: float | None
) -> list[Match]:
    """The matches of the allowed candidates, in their order; with a ``window``, only those a
    verdict can read (:func:`verdicts._best_verdict`): every one whose rank may come within
    ``window`` of the best's (it reads them best first and stops at the first further
    below), and the first :data:`EXPLAINED_FOR` in rank order (it looks among them for a
    claim the sentence does not narrow). The best is the best candidate not in ``last``
    (those outnamed, which rank after every other), or of ``last`` when all are.

    A candidate is left out only when :func:`_rank_ceiling` is below the best rank found
    minus the window and below the sort keys of :data:`EXPLAINED_FOR` candidates already
    weighed: it falls outside both. When one not in ``last`` is left out, so are those in
    ``last``: they come after it, past the window and past the first few."""
    if window is None or len(pending) <= EXPLAINED_FOR:
        return [_finish(p, around) for p in pending]
    companions = companion_ceiling(around)
    ceilings = [_rank_ceiling(p, around, companions) for p in pending]
    # sorted before ``last``
    firsts = [p.registry_claim.id not in last for p in pending] if last else [True] * len(pending)
    first = any(firsts)  # whose best is the top
    keys = list(zip(firsts, ceilings, strict=True))  # the sort keys, made once
    done: dict[int, Match] = {}
    best = float("-inf")
    ahead: list[tuple[bool, float]] = []  # the EXPLAINED_FOR greatest sort keys weighed
    left_out_first = False
    order = sorted(range(len(pending)), key=keys.__getitem__, reverse=True)
    # where each part of the order ends: those not in ``last`` come first
    ends = {True: sum(firsts), False: len(order)}
    at = 0
    while at < len(order):
        i = order[at]
        if ceilings[i] < best - window and len(ahead) == EXPLAINED_FOR and ahead[0] > keys[i]:
            left_out_first = left_out_first or firsts[i]
            # every later one of its part has a ceiling and a sort key no higher, and the
            # best and the first few change only when one is weighed: all left out too
            at = ends[firsts[i]]
            continue
        at += 1
        match = done[i] = _finish(pending[i], around)
        if firsts[i] == first:
            best = max(best, match.rank)
        if len(ahead) < EXPLAINED_FOR:
            heapq.heappush(ahead, (firsts[i], match.rank))
        else:
            heapq.heappushpop(ahead, (firsts[i], match.rank))
    return [done[i] for i in sorted(done) if not (left_out_first and not firsts[i])]


def _told_apart(
    registry: Registry, named: dict[str, tuple[int, ...]], around: Surroundings
) -> dict[frozenset[str], tuple[bool, bool]]:
    """For each set of contexts the claims named around the figure hold, whether the claims
    holding it are told apart by sex (the men's beside the women's of one survey) and by age
    group: then a share's sex or age group says which part of those people it is about, and
    their claim that states none is about the whole. Read only where the figure's own words
    say a sex or an age."""
    own = around.own_frame
    if not (own.sexes or own.ages):
        return {}
    sexes: dict[frozenset[str], set[frozenset[str]]] = {}
    ages: dict[frozenset[str], set[tuple[tuple[float, float], ...]]] = {}
    for claim_id in named:
        registry_claim = registry.by_id[claim_id]
        frame = claim_frame(registry_claim)
        contexts = _own_contexts(registry_claim)
        sexes.setdefault(contexts, set()).add(frame.sexes)
        ages.setdefault(contexts, set()).add(frame.ages)
    # two sexes, or one sex beside everyone's claim (the men's beside all adults'); or two
    # age brackets, one of them all ages ("adults" beside "aged 40–59")
    return {key: (len(sexes[key]) > 1, len(ages[key]) > 1 and any(ages[key])) for key in sexes}


def _population_sexes(
    registry: Registry, named: dict[str, tuple[int, ...]], around: Surroundings
) -> dict[str, frozenset[str]]:
    """For each regimen claim (a dose, a course's length) named around the figure, the one
    sex every registry claim sharing a subject with it states, when some do and none states
    another or everyone: a study of women (SAFA's outcome claims each say "women", its dose
    claims say no sex), so "women took 50 mg a day" names the study's people, no part of
    them the dose claim leaves unstated. Read only where the figure's own words say a sex."""
    if not around.own_frame.sexes:
        return {}
    found = {}
    for claim_id in named:
        if not REGIMEN_UNIT.match(registry.by_id[claim_id].value.unit or ""):
            continue  # a count or share of people may be told apart from a sibling by sex
        sexes = _study_sexes(registry, claim_id)
        if sexes:
            found[claim_id] = sexes
    return found


REGIMEN_UNIT = re.compile(
    r"(?:µg|mcg|mg|g|ml|mL|IU|units?|days?|weeks?|months?|years?|hours?)(?:/|$)", re.IGNORECASE
)
"""A claim's unit that measures a regimen (a dose, a course's length), no people."""
STUDY_SIBLINGS = 64  # claims sharing a subject read at most (a study's, not a disease's)
_STUDY_SEXES: dict[tuple[int, str], tuple[Registry, frozenset[str]]] = {}


def _study_sexes(registry: Registry, claim_id: str) -> frozenset[str]:
    """The one sex the claims sharing a subject with ``claim_id`` state, or empty: kept per
    registry and claim (the claims of a subject are many only for a disease, where this
    reads nothing)."""
    key = (id(registry), claim_id)
    kept = _STUDY_SEXES.get(key)
    if kept is not None and kept[0] is registry:  # (the registry held: its id is not reused)
        return kept[1]
    siblings = {
        other
        for subject in subject_keys(registry.by_id[claim_id])
        for other in registry.by_term.get(subject, ())
    }
    stated = (
        {claim_frame(registry.by_id[other]).sexes for other in siblings} - {frozenset()}
        if len(siblings) <= STUDY_SIBLINGS
        else set()
    )
    found = next(iter(stated)) if len(stated) == 1 and len(next(iter(stated))) == 1 else frozenset()
    if len(_STUDY_SEXES) >= SENTENCE_MEMO:
        _STUDY_SEXES.clear()
    _STUDY_SEXES[key] = (registry, found)
    return found


class _SexesSaid:
    """Whether a figure's clause, its sentence, the sentence before or the lead-in names a
    sex, worked out on the first ask: most figures have no candidate that asks, and the
    sentences' sexes are all a frame of them would be read for."""

    __slots__ = ("_around", "_claim", "_said")

    def __init__(self, claim: Claim, around: Surroundings) -> None:
        self._claim, self._around, self._said = claim, around, None

    def any(self) -> bool:
        if self._said is None:
            claim = self._claim
            self._said = bool(
                self._around.frame.sexes
                or sexes_named(claim.text)
                or sexes_named(claim.previous_text)
                or (claim.lead_text and sexes_named(claim.lead_text))
            )
        return self._said


def _never_restated(why: str) -> bool:
    """Whether a near miss ruled out for ``why`` can never be a statement the page restates,
    though the figure equals its value: its figure is another study's, dose's, threshold's,
    scope of deaths', outcome part's, subgroup's, body's advice, arm's, survival's …, or a
    total against one unit's cost, a part the page does not name, the people without it, a
    share on another basis, ever against now. (A figure that equals a claim's value in
    another frame is that frame's own figure, not the claim said again.)"""
    return (
        why in NEVER_RESTATED
        or why.startswith(NEVER_RESTATED_OPENINGS)
        or why.endswith((UNSTATED_PART_END, OTHER_TYPES_END, TOTAL_OVER_SPAN_END))
        or why.startswith(PROJECTION_OF)
    )


OTHER_TYPES_END = ", other types than its own"
"""How a reason ends that says the figure is about numbered types of the claim's subject
other than its own ("the figure is about Serotypes 1 and 3, …"): an equal figure there is
those types' own, never the claim said again."""


def _places_of(claim: Claim) -> frozenset[str]:
    """The places the figure's sentence names, or, where it points back ("That's about 150
    men every day"), the sentence before's."""
    regions = _sentence(claim).frame.regions
    if not regions and _said_back(claim):
        return _regions_of(claim.previous_text)
    return regions


def _a_years_count_of(
    registry_claim: RegistryClaim, quantity: Quantity, regions: frozenset[str], restated: bool
) -> Quantity | None:
    """A count per day, week or month as a year's count (:func:`~claimcheck.verify.convert.
    to_a_years_count`), against a claim that counts one year of what it counts ("1.3
    million deaths in 2022", unit ``deaths``), or counts per year (``deaths/year``) in the
    place the figure's sentence names (``regions``: "around 33 men a day in the UK" against
    the UK's deaths a year): approximate. None for any other figure or claim (not those
    living with something, nor a total over years). A bare number a day said again from the
    sentence before (``restated``: "That is about 1,060 a week") counts what the claim does."""
    unit = registry_claim.value.unit
    placed = bool(regions & (claim_frame(registry_claim).regions | _place_contexts(registry_claim)))
    factor = to_a_years_count(quantity, unit, per_year=placed, bare=restated)
    if factor is None or unit is None or not _counts_one_year(registry_claim):
        return None
    return scaled(quantity, factor, unit).replaced(per=None)


def _in_claim_unit(
    registry_claim: RegistryClaim,
    claim: Claim,
    quantity: Quantity,
    conversions: dict[str | None, Quantity | None],
) -> tuple[Quantity | None, bool]:
    """The figure in the claim's unit (None when it converts to none), and whether it is a
    ratio read from a change ("raises the risk by 75%"), which a ranking keeps only where
    the clause says the ratio's outcome. ``conversions`` keeps the plain conversion per
    unit for the figure: thousands of candidates share a few units."""
    unit = registry_claim.value.unit
    converted = conversions[unit] if unit in conversions else _as_mass_of_kind(quantity, unit)
    conversions[unit] = converted
    if (
        converted is None
        and (
            a_year := _a_years_count_of(
                registry_claim,
                quantity,
                _places_of(claim),
                bool(claim.previous_text) and RESTATES_BEFORE.match(claim.text) is not None,
            )
        )
        is not None
    ):
        # "TB kills about 3,500 people a day" against 1.3 million deaths in 2022: a day's
        # count is a year's divided by its days (approximate: the days are the conversion's)
        return a_year, False
    if (
        converted is None
        and (unit is None or unit.lower() in YEAR_UNITS)
        and quantity.unit in AGE_UNITS
        and _gives_an_age(registry_claim)
    ):
        # "the average age at diagnosis is 66 (years)" against an age the registry gives
        # bare, as its source wrote it; "65 years old" against one in years
        return replace(quantity, unit=unit, kind="number" if unit is None else "duration"), False
    if converted is None and (quantity.unit, unit) in analytes.PAIRS:
        # "7.0 mmol/L" against a glucose claim in mg/dL: through the analyte's molar mass
        factor = molar_factor(quantity.unit, unit, _analyte_text(registry_claim))
        if factor is not None and unit is not None:
            return scaled(quantity, factor, unit), False
    if (
        converted is None
        and (quantity.unit, unit) == (PERCENTAGE_POINTS, "percent")
        and _claim_risk_scale(registry_claim) == "absolute"
    ):
        # "cut the risk by 2.7 percentage points" against an absolute reduction of 2.7%: an
        # absolute change in percent is a difference of percentage points
        return replace(quantity, unit=unit), False
    if (
        converted is None
        and (quantity.unit, unit) == ("percent", PERCENTAGE_POINTS)
        and _claim_risk_scale(registry_claim) == "absolute"
        and _figure_risk_scale(claim, quantity) == "absolute"
    ):
        # "an absolute risk reduction of 39%" against one of 5.3 percentage points: the
        # sentence's absolute change in percent is a difference of points (and another value)
        return replace(quantity, unit=unit), False
    if (
        converted is None
        and unit is None
        and quantity.unit == "percent"
        and _a_level_ratio(registry_claim)
        and LEVEL_RATIO.search(claim.text)
    ):
        # "an FEV1/FVC ratio under 70%" against a ratio below 0.70: the same fraction
        return replace(
            quantity,
            low=None if quantity.low is None else round(quantity.low / 100, 9),
            high=None if quantity.high is None else round(quantity.high / 100, 9),
            unit=None,
        ), False
    if converted is not None and quantity.per == "pair" and _priced_per_one(registry_claim):
        # "£2,400 for both eyes" against a claim of £2,400 per eye: £1,200 an eye
        return scaled(converted, 0.5, converted.unit or unit), False
    if converted is None and _is_ratio(registry_claim):
        # "raises the risk by 75%" against a relative risk of 1.20: the ratio it says;
        # "1.74 times as likely", "raises the odds 7.7-fold": the ratio itself
        if quantity.unit == "fold":
            return replace(quantity, unit=None), True
        return as_ratio(quantity, _direction_of(claim, quantity)), True
    if converted is None:
        # "100 mg three times a day" against a claim of 300 mg a day: the day's total
        return daily_total(claim, quantity, unit), False
    # "300 mg a day" against a claim of "100 mg three times a day": one of its doses; "two
    # 500 mg tablets" against a claim of 1 g at a time: the two of them
    return per_administration(claim, quantity, per_dose(converted, quantity, registry_claim)), False


def _figure_risk_scale(claim: Claim, quantity: Quantity) -> str | None:
    """:func:`risk_scale_said` of the figure's clause, or of its sentence where the clause
    says neither ("relative risk reduction 26%, absolute risk reduction 4.9%": each its own)."""
    start, end = clause_span(claim, quantity)
    clause = claim.text[start - claim.start : end - claim.start]
    return risk_scale_said(clause) or risk_scale_said(claim.text)


LEVEL_RATIO = re.compile(
    r"(?<!hazard )(?<!odds )(?<!risk )(?<!rate )\b(?:ratio|fraction)\b", re.IGNORECASE
)
"""A measured ratio or fraction (``FEV1/FVC ratio``, ``ejection fraction``), which a page may
write in per cent; not a ratio of risks between groups."""


@per_claim
def _a_level_ratio(registry_claim: RegistryClaim) -> bool:
    """Whether the claim gives a measured ratio as a bare fraction (``below 0.70``): its
    statement names a ratio or fraction (:data:`LEVEL_RATIO`) and its value lies within 1."""
    value = registry_claim.value
    ends = [v for v in (value.low, value.high) if v is not None]
    return (
        bool(ends)
        and all(0 < v <= 1 for v in ends)
        and LEVEL_RATIO.search(registry_claim.statement) is not None
    )


ONE_OF_A_PAIR = frozenset(
    {"eye", "ear", "side", "hip", "knee", "hand", "foot", "leg", "arm", "breast", "lens", "aid",
     "item"}
)  # fmt: skip
"""What a price for one side is per ("£2,400 per eye", "£1,500 each"): half a pair's."""


@per_claim
def _priced_per_one(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's statement prices its value per one of a pair (:data:`ONE_OF_A_PAIR`)."""
    own = value_figure(registry_claim)
    return own is not None and (own.per or "").lower() in ONE_OF_A_PAIR


@per_claim
def _analyte_text(registry_claim: RegistryClaim) -> str:
    """What the claim says it measures: its statement, subject and context."""
    return " ; ".join((registry_claim.statement, *registry_claim.subject, *registry_claim.context))


def _direction_of(claim: Claim, quantity: Quantity) -> int:
    """:func:`~claimcheck.verify.frames.change_direction` of the figure in its sentence, kept
    for the last figure asked: each ratio candidate of a figure asks it."""
    global _last_direction
    kept_for, kept = _last_direction
    if kept_for is not None and kept_for[0] is claim and kept_for[1] is quantity:
        return kept
    found = change_direction(claim.text, quantity.start - claim.start, quantity.end - claim.start)
    _last_direction = ((claim, quantity), found)
    return found


_last_direction: tuple[tuple[Claim, Quantity] | None, int] = (None, 0)
"""The last figure whose direction of change was worked out, with it (one tuple, replaced
whole: a thread reads a pair that belongs together)."""


def _may_be_its_figure(
    registry_claim: RegistryClaim,
    claim: Claim,
    quantity: Quantity,
    conversions: dict[str | None, Quantity | None],
    days_counted: bool,
) -> bool:
    """Whether a ranking may keep the candidate (allowed, or ruled out as a near miss): the
    figure is not a number of days against a claim in another unit, converts to the claim's
    unit and says the claim's statistic. The tests :func:`ranked_matches` drops a candidate
    by before it reads the figure's surroundings; a ratio whose outcome the clause must say
    may be kept."""
    unit = registry_claim.value.unit
    if days_counted and (unit or "").split("/")[0].strip().lower() not in DAY_UNITS:
        return False
    converted, _as_ratio = _in_claim_unit(registry_claim, claim, quantity, conversions)
    return converted is not None and _statistics_agree(quantity, registry_claim)


def ranked_matches(
    registry: Registry,
    claim: Claim,
    quantity: Quantity,
    named: dict[str, tuple[int, ...]],
    window: float | None = None,
) -> tuple[list[Match], Match | None]:
    """The candidates the names and frame around the figure allow, best first, and the best
    one they rule out (a near miss, with the reason). Whether a candidate's rank is enough is
    the verdict's business. With a ``window`` (rank points below the best), the allowed
    candidates are only those a verdict can read: those within the window of the best, and
    the first :data:`EXPLAINED_FOR` (:func:`_finished`); without, all of them."""
    near: Match | None = None
    # the figure in each unit, converted once: thousands of candidates share a few units
    conversions: dict[str | None, Quantity | None] = {}
    days_counted = _counts_days(claim, quantity)
    if not any(
        _may_be_its_figure(registry.by_id[claim_id], claim, quantity, conversions, days_counted)
        for claim_id in named
    ):
        # no candidate can state the figure in any unit ("P < 0.001" against claims that
        # state no P value): none is allowed or a near miss, and the figure's surroundings,
        # the costliest part of a ranking, are not worth reading
        return [], None
    around = _without_alternatives(
        Surroundings.of(claim, quantity), registry, named, _said_before_figure(claim, quantity)
    )
    judged = []
    share_period = (
        quantity.per
        if quantity.per in SHARE_PERIODS
        else _share_period(around.clause, claim.quantities)
        if quantity.unit in PROPORTION_UNITS
        else None
    )
    if around.heading_names:
        around = replace(around, heading_names=_wholes_above(registry, around))
    if not around.frame.control and (
        _names_a_control_arm(registry, around)
        or _headed_by_control_arm(registry, claim, around)
        or _only_controls_on(registry, around, quantity, named)
        or _without_the_treatment(registry, around, quantity, named)
        or _stopped_the_treatment(registry, around, named)
        or _without_as_a_control_says(registry, around, named, quantity)
    ):
        around = replace(around, frame=replace(around.frame, control=True))
    unheld_schedules: frozenset[str] = frozenset()  # the dose's own, which no candidate states
    if (
        is_dose(quantity)
        and quantity.per in PER_SCHEDULES
        and around.frame.schedules - {PER_SCHEDULES[quantity.per]}
    ):
        # "1 g up to four times a day, a maximum of 4 g a day": the day's amount says its own
        # period; the clause's "four times a day" is the other dose's
        around = replace(around, frame=replace(around.frame, schedules=frozenset()))
    if is_dose(quantity) and (around.frame.schedules or around.frame.courses):
        told_apart = _regimen_as_told_apart(registry, around, named)
        unheld_schedules = around.frame.schedules - told_apart.schedules
        around = replace(around, frame=told_apart)
    elif is_dose(quantity) and quantity.per in PER_SCHEDULES:
        # "7.5 mg once daily", "7.5 mg a day": the schedule is in the figure's own words,
        # which its frame does not read; a weekly claim's 7.5 mg is not this dose's
        unheld_schedules = frozenset({PER_SCHEDULES[quantity.per]})
    stood_for = (  # only where the clause names no subject of its own
        frozenset()
        if around.clause_names & registry.subject_terms
        else study_stand_ins(registry, around.clause_names)
    )
    # what the clause says with and without (none of it for a change's ends: "vaccination cut
    # … from 2.3% to 0.9%" speaks of the states before and after)
    known_without = _declared_without(registry)
    opening = SCOPE_PHRASE.match(claim.text)  # "Among patients who did not receive X, …"
    said_with = (
        f"{opening.group()} {around.clause}"
        if opening is not None and opening.group() not in around.clause
        else " ; ".join(p for p in around.pieces if p)  # a cell's "Zero attacks" row and
        if len(around.pieces) > 1  # its "Share" column: no phrase runs from one to the other
        else around.clause
    )
    polarity = (
        _figure_polarity(said_with)
        if (known_without or NEGATOR.search(said_with)) and quantity.role not in ("before", "after")
        else None
    )
    dose_figure = _dose(quantity)
    # (not when the figure is the count itself: "three doses" against the two-dose claim)
    doses_counted = dose_counts(around.clause.replace(quantity.text, " "))
    if not doses_counted and "dose" in claim.text.lower():
        # "After three doses, the vaccine was 71% effective": the course said once, in a
        # phrase of its own, is the figure's when the sentence says no other; "… after two
        # doses and 83% after three": the doses left unsaid after the first
        elided = ELIDED_DOSES.search(around.clause.replace(quantity.text, " "))
        in_sentence = dose_counts(claim.text.replace(quantity.text, " "))
        if elided is not None:
            doses_counted = frozenset({DOSE_COUNT_WORDS[elided.group("n").lower()]})
        elif len(in_sentence) == 1:
            doses_counted = in_sentence
    for claim_id, positions in named.items():
        registry_claim = registry.by_id[claim_id]
        unit = registry_claim.value.unit
        if days_counted and (unit or "").split("/")[0].strip().lower() not in DAY_UNITS:
            continue  # "on 2 days a week" counts days: no 2,880 minutes of activity
        converted, as_ratio_of = _in_claim_unit(registry_claim, claim, quantity, conversions)
        if (
            as_ratio_of
            and converted is not None
            and not _outcome_keys(registry_claim) & around.clause_names
            and not _death_said_of(registry_claim, around.clause)
            and not _survival_events_said(registry_claim, around)
        ):
            converted = None  # the change of what? a ratio's outcome is its context
        if converted is None or not _statistics_agree(quantity, registry_claim):
            continue
        if (step := _other_dose_step(registry_claim, around.clause, claim, quantity)) is not None:
            # "10 mg a day, which can be increased to 40 mg a day": the 40 mg is the raised
            # dose, no figure of the claim about the standard one (nor the other way round)
            judged.append((registry_claim, converted, None, step))
            continue
        if (pole := _opposite_pole(registry_claim, around.clause)) is not None:
            # "High-activity | 3.7" under "Activity (GBq)" is no figure of the claim its
            # context declares "low-activity"
            judged.append((registry_claim, converted, None, pole))
            continue
        if quantity.per in COURSE_PARTS and not _said_per_part(registry_claim, quantity.per):
            # "2.67 Gy per fraction" is no figure of the claim of the whole course's 40 Gy
            judged.append((registry_claim, converted, None, PER_PART.format(quantity.per)))
            continue
        if dose_figure and (drug := _another_drugs_dose(registry, registry_claim, around)):
            # "pembrolizumab was given at 1.25 mg/kg" is no figure of the claim of enfortumab
            # vedotin's 1.25 mg/kg, though the two are given together in one trial
            judged.append((registry_claim, converted, None, drug))
            continue
        if quantity.per == "day" and _course_total(registry_claim):
            # "0.5–1 mg/kg daily" is no figure of the claim of a cumulative 120–150 mg/kg
            judged.append((registry_claim, converted, None, PER_PART.format("day")))
            continue
        if (
            quantity.per is None
            and (parts := _part_bases(registry_claim) | _daily(registry_claim))
            and _said_whole_course(claim, quantity)
        ):
            # "a cumulative dose of 240 mg/m²" is no figure of the claim of 60 mg/m² a cycle
            judged.append((registry_claim, converted, None, WHOLE_COURSE.format(min(parts))))
            continue
        if (
            share_period is not None
            and quantity.unit in PROPORTION_UNITS
            and not _says_a_period(registry_claim, share_period)
        ):
            continue  # "an incidence of 10.6% a year" is no lifetime risk of 19%
        converted = _as_said_fall(
            _as_its_fall(converted, registry_claim), registry_claim, claim, quantity
        )
        if _frame_rules_out(around, registry_claim, registry.subject_terms):
            # ruled out whatever names it: its reason is read only if it is the near miss
            judged.append((registry_claim, converted, None, FRAME_LATER))
            continue
        by_day = compared_by_day(claim, quantity, registry_claim)
        if (
            unheld_schedules
            # (a day's total against a day's: "100 mg three times a day" is 300 mg daily)
            and not by_day
            and (why := _dose_on_another_schedule(unheld_schedules, registry_claim, converted))
        ):
            judged.append((registry_claim, converted, None, why))
            continue
        if by_day and another_schedule(claim, quantity, registry_claim):
            # "7 mg twice a day" against "14 mg once a day": a regimen the source does not
            # give, whatever its day's total (as a dose on another schedule is not backed)
            judged.append((registry_claim, converted, None, ANOTHER_REGIMEN))
            continue
        bonus, why = _evidence(
            registry_claim, around, quantity, positions, registry.subject_terms, stood_for
        )
        if (
            bonus is not None
            and polarity is not None
            and _said_the_other_way(registry_claim, polarity, known_without)
        ):
            # "… 1 in 8,200 when no neuromuscular block was given" against the claim "With
            # neuromuscular block, …": siblings that share every word but the negator
            bonus, why = None, WITH_OR_WITHOUT
        judged.append((registry_claim, converted, bonus, why))
    # the siblings: the candidates the names and frame allow, told apart by their words
    siblings = [registry_claim for registry_claim, _c, bonus, _w in judged if bonus is not None]
    # the context names of the candidates (allowed or not) that a table cell's own row or
    # column header says: a claim holding none of them is not the cell's
    # the subjects of the ratio claims about a whole, beside those about its subgroups
    wholes = {
        subject_keys(c)
        for c in siblings
        if c.value.unit is None and not subgroup_threshold_units(c)
    }
    # the subjects (and units) of the claims whose statement opens with no subgroup
    plain_subjects: dict[tuple, frozenset[str]] = {}
    for c in siblings:
        if _subgroup_claim(c) is None:
            key = (subject_keys(c), c.value.unit)
            plain_subjects[key] = plain_subjects.get(key, frozenset()) | _context_keys(c)
    # … and the figures of the sentence that set a subgroup in the units those claims use
    subgroup_said: dict[frozenset[str], str] = {}
    for c in siblings:
        for unit in subgroup_threshold_units(c):
            for q in claim.quantities:
                if q is not quantity and q.unit == unit and q.low != q.high:
                    subgroup_said.setdefault(subject_keys(c), q.text)
    row_told: dict[str, set[frozenset[str]]] = {}  # each such name: its holders' subjects
    shared_by: dict[frozenset[str], frozenset[str]] = {}  # subjects: the contexts all hold
    if around.header_names and len(judged) > 1:
        for other, *_ in judged:
            subjects = subject_keys(other)
            for key in _context_keys(other) & around.header_names:
                row_told.setdefault(key, set()).add(subjects)
            shared_by[subjects] = shared_by.get(subjects, _context_keys(other)) & _context_keys(
                other
            )
    told_as = (
        {normalise_term(n): n for other, *_ in judged for n in other.context} if row_told else {}
    )
    sibling_contexts = frozenset().union(*[_context_keys(other) for other in siblings])
    # the clause's names that are a sibling's context: none, for most figures, and then no
    # sibling is asked (:func:`_names_a_sibling_context` reads only these)
    sibling_named = _sibling_contexts_said(around, sibling_contexts)
    discount = (
        ELLIPSIS_DISCOUNT if _carries_on(around, registry.subject_terms) else OTHER_CLAUSE_DISCOUNT
    )
    # the words that tell siblings apart: all of them where "respectively" may pair them
    # with the figures (:func:`_respective_by_words`), else only those said around the
    # figure (all that :func:`distinct_evidence` reads)
    said_words = None if RESPECTIVELY.search(claim.text) else around.words | around.other_words
    distinct = distinct_words_of(siblings, said_words) if len(siblings) > 1 else {}
    grouped = _distinct_group_words(siblings) if len(siblings) > 1 else {}
    conditions = _opening_conditions(siblings, around.opening_words)
    respective = _respective_by_words(claim, quantity, distinct) if distinct else None
    listed = _listed_words(claim, quantity)
    slots_by_frame: dict[int, tuple[Frame, frozenset[str]]] = {}
    # the contexts of claims about another clause's subject that are other subjects' names
    # (the comparator CBT-E in the context of the IPT claim, where IPT is named only with the
    # other figure): this clause names those for their own claims
    compared_contexts = frozenset().union(
        *[
            _context_keys(other) - subject_keys(other)
            for other in siblings
            if _named_only_elsewhere(other, around)
        ]
    )
    contexts_named = {
        registry_claim.id: _named_for(registry_claim, around, slots_by_frame, compared_contexts)
        for registry_claim in siblings
    }
    # a claim about another clause's subject outnames none whose subject this clause names:
    # in "… of HPV-positive cancer fell by 50% and that of HPV-negative cancer rose by 225%"
    # the claim about the HPV-negative fall has "fell" in its context, yet the 50% is the
    # HPV-positive claim's (a swap)
    own_subject = any(subject_keys(c) & around.clause_names for c in siblings)
    outnamed = _outnamed_sets(
        contexts_named,
        frozenset(contexts_named[c.id] for c in siblings if not _named_only_elsewhere(c, around))
        if own_subject
        else None,
    )
    # a figure whose own clause names a sex, where the registry breaks the subject down by
    # sex: a claim about everyone is less likely its ("… compared with 9.4% of females")
    sexes = around.own_frame.sexes
    sex_sibling = bool(sexes) and any(_declared_sexes(c) for c, _q, _b, _w in judged)
    parts = _unstated_parts(siblings, around)
    # the subjects whose candidates include one about both sexes: there a claim about one
    # sex is a part the page must name (not where every claim is about one sex: a trial of
    # women, men who have sex with men)
    whole_of: dict[tuple, set[frozenset[str]]] = {}
    for c, _q, _b, _w in judged:
        if not claim_frame(c).sexes:
            # … in all else the same (age group, arm, time; not the year): "a woman of 30"
            # beside "by 40", or the drug arm's claim about women beside the placebo arm's,
            # is no part
            whole_of.setdefault(_people_but_sex(c), set()).add(subject_keys(c))
    sexes_said = _SexesSaid(claim, around)  # asked only of a candidate that may be a part
    arm_clause = _arm_clause(claim, quantity, around.clause)
    said_arms = (
        arm_words(arm_clause)
        if siblings and not RESPECTIVELY.search(claim.text)
        else frozenset()  # "… on methadone and buprenorphine, respectively": pairs, not arms
    )
    holders = arm_holders(said_arms, siblings)
    first_side = _first_side_arms(claim, quantity, around) if not said_arms else frozenset()
    studies_said = _studies_named(registry, around)
    page_study = _page_study(registry, around) if not studies_said else None
    unsaid = frozenset(m.group(1).lower() for m in UN_WORD.finditer(around.clause))
    plain = (
        frozenset(m.group(1).lower() for m in PLAIN_PARTICIPLE.finditer(around.clause)) - unsaid
        if "ed" in around.clause
        else frozenset()
    )
    # what rules a claim out only where the clause says it, asked once per figure: a dose
    # (:func:`another_dose`), a numbered name (:func:`another_numbered_label`), a treatment
    # another candidate is on (:func:`another_arm`); most clauses say none of them
    dose_said = any(_dose(companion) for companion in around.companions)
    extreme_dose = (
        _extreme_dose(registry, named, RELATIVE_DOSE.search(around.clause))
        if not dose_said and not _dose(quantity) and "dose" in around.clause
        else None
    )
    facts = _sentence(claim)
    at = next((i for i, q in enumerate(claim.quantities) if q is quantity), None)
    clause_start, clause_end = facts.clauses[at] if at is not None else (0, -1)
    lengths_said = (
        tuple(
            q
            for q in claim.quantities
            if q.kind == "duration"
            and q is not quantity
            and q.low is not None
            and q.low == q.high  # (not "from 7 to 14 days": a change of length, both arms)
            and q.role is None
            and clause_start <= q.start
            and q.end <= clause_end
            and not _schedule_said(claim, q)
            # ("… at 2 hours to 36.1%": when the outcome was measured, no arm's course)
            and not TIMEPOINT_AT.search(
                claim.text, max(0, q.start - claim.start - 12), q.start - claim.start
            )
        )
        + tuple(
            # (a table cell's header: "| Risk group | 3 months | 6 months |")
            q
            for q in _header_figures(around.pieces[1:])
            if q.kind == "duration" and q.low is not None and q.low == q.high
        )
    )
    label_said = bool(around.labels_said)
    threshold_said = any(_is_bound(companion) for companion in around.companions)
    level_set = any(LEVEL_SET.search(piece) for piece in around.pieces)
    figure_bound = _is_bound(quantity) and bool(around.companions)
    one_side = (facts.respective is not None and _span_in(claim, quantity) in facts.paired) or bool(
        _parallel_figures(claim, quantity)
    )
    difference_said = not one_side and _said_as_difference(claim, quantity)
    levels_said = (
        _threshold_levels(claim, quantity, around)
        if threshold_said or figure_bound
        else frozenset()
    )
    money = (
        (
            "unit"
            if _per_unit(quantity.unit or "")
            else money_scope(
                around.clause, quantity.high if quantity.high is not None else quantity.low
            )
        )
        if _money_unit(quantity.unit)
        else None
    )
    risk_scale = risk_scale_said(around.clause) if quantity.unit in PROPORTION_UNITS else None
    own_clause = around.clause
    if (appositive := APPOSITIVE_PROJECTION.search(own_clause)) is not None:
        own_clause = own_clause[: appositive.start()]
    projected = projected_years(own_clause, around.frame.years)
    # "About 1 million have it, a number expected to reach 1.2 million by 2030": the other
    # clause's projection is not this figure's
    projection_beside = _projection_after(claim, around) if not projected else frozenset()
    deaths_said = around.frame.measures == DEATHS and DEATH_WORD.search(around.clause) is not None
    # new events counted in words that say nothing of death ("people … have a stroke")
    # (a count of people or events, not a rate whose name may be a death's: "SUDEP occurs at
    # about 1.2 per 1,000 patient-years"; and no lives saved, claimed or lost)
    events_not_deaths = (
        around.frame.count_of == "new"
        and not around.frame.measures
        and quantity.kind in ("count", "rate")
        and MEASURES["deaths"].search(around.clause) is None
        and LIVES_SAID.search(around.clause) is None
    )
    # a figure whose sentence projects nothing and names no year to come: how things are
    said_now = not PROJECTION.search(around.sentence) and not _future_years(around.sentence)
    then = then_against_now(around.clause, claim.text, around.frame.years, claim.next_text)
    # set in the present against a past year said in another clause ("In 2000, …; today …":
    # the year opening the sentence lends itself to every clause); "now survive" alone is
    # the page's way of giving the latest figure, whatever year the claim names
    now = (
        bool(NOW_SAID.search(around.clause))
        and not years_named(around.clause)
        and bool(years_named(claim.text.replace(around.clause, " ")))
    )
    # … and a sentence said of now with no year anywhere ("Today 80% of children survive
    # five years, and …"): a claim about long ago counts less than one about how things are
    now_alone = not now and bool(NOW_SAID.search(claim.text)) and not years_named(claim.text)
    now_said = bool(NOW_SAID.search(around.clause))
    bodies = (
        bodies_in(around.clause) or bodies_in(claim.text)
        if RECOMMENDED.search(claim.text)
        else frozenset()
    )
    scope = death_scope(around.clause) if DEATH_WORD.search(around.clause) else None
    if (
        scope is None
        and not DEATH_WORD.search(around.clause)
        and (death := DEATH_WORD.search(around.sentence))
        and death.end() <= around.sentence.find(around.clause)
        and _counts_no_outcome(around.clause)
    ):
        # "… cardiovascular death or a heart failure hospitalisation struck 26.5% of patients
        # on drug X and 21.8% of those on enalapril": the second clause carries on the
        # first's deaths, whose cause it does not say again
        scope = death_scope(around.sentence)
    share_said = quantity.unit in PROPORTION_UNITS
    # candidates told apart by the arm their statements say (the CATIE drugs): a treatment
    # none of them is on is then another arm too
    arms_differ = bool(said_arms) and any(claim_arm_words(c) for c in siblings)
    arm_said = bool(said_arms)
    narrower = _narrower_unsaid(siblings, around) if len(siblings) > 1 else frozenset()
    parts_unsaid = _narrower_unsaid(siblings, around, strict=True) if narrower else frozenset()
    place_wholes = _wholes_of_a_place_said(siblings, around) if len(siblings) > 1 else {}
    untimed = _untimed_beside_a_time_said(siblings, around) if len(siblings) > 1 else {}
    landmarks = _landmarks_unsaid(siblings, around) if len(siblings) > 1 else frozenset()
    per_period = _periods_unsaid(siblings, around, quantity) if len(siblings) > 1 else frozenset()
    total_said = _a_total_over_years(around, quantity)
    year_said = _calendar_period(quantity.unit) == "year" or (
        quantity.kind in ("count", "number")
        and (
            A_YEARS_COUNT.search(around.clause) is not None
            # "In the US, 41,000 … were done in 2022": one year's count, no total to its end
            or (not total_said and ONE_YEAR.search(around.clause) is not None)
        )
    )
    whole_said = bool(around.other_words) and WHOLE_SAID.search(around.clause) is not None
    pending: list[_Pending] = []  # allowed, their last evidence still to weigh
    # the candidates' subject names the figure's own clause says
    others_named = around.clause_names & frozenset(
        name for c, _q, b, _w in judged if b is not None for name in subject_keys(c)
    )
    labelled: set[str] = set()  # ruled out for another numbered outcome (ACR50, not ACR20)
    scored_clause = around.clause
    if claim.previous_text and RESTATES_BEFORE.match(claim.text):
        # "… 251,377 abortions in England and Wales. That's about 690 every day.": the
        # figure said again in other units is worded as the sentence before words it
        scored_clause = f"{claim.previous_text} {around.clause}"
    elif around.parallel_lead:
        # "…, 17% for BRCA1 carriers and 44% for BRCA2 carriers": worded as the lead says
        scored_clause = f"{around.parallel_lead} {around.clause}"
    elif around.parallel_tail:
        # "25.7% of men and 9.7% of women say they have self-harmed": both say so
        scored_clause = f"{around.clause} {around.parallel_tail}"
    elif claim.previous_text and around.inherited and not around.earlier_names:
        # "Women with a BRCA1 variant face a 44% risk of ovarian cancer by 80. For BRCA2
        # carriers, it is 17%.": the pronoun's antecedent is the sentence before, whose
        # words the clause says again by it
        scored_clause = f"{claim.previous_text} {around.clause}"
    scores = text_scores(claim, scored_clause, [c for c, _q, _b, _w in judged], discount)
    counted_nouns: dict[str | None, bool] = {}  # by claim unit: thousands share a few
    for (registry_claim, converted, bonus, why), score in zip(judged, scores, strict=True):
        if bonus is not None and sex_sibling and not claim_frame(registry_claim).sexes:
            bonus -= UNSTATED_GROUP_PENALTY
        if bonus is not None and registry_claim.id in parts:
            # "died of TB" is not the claim about those with HIV, beside the one about all
            bonus, why = None, UNSTATED_PART.format(", ".join(registry_claim.context))
        if bonus is not None and not sexes_said.any() and _has_a_whole(registry_claim, whole_of):
            unstated = _unstated_sex(registry_claim)
            if unstated:  # "523,674 new cases worldwide" is not the claim about men's
                bonus, why = None, UNSTATED_PART.format(unstated)
        if bonus is not None and (ethnicity := _unstated_ethnicity(registry_claim, around)):
            # "Women made up 48% of active blood donors" is not the claim about Black donors'
            # share: an ethnic group nothing near the figure names
            bonus, why = None, UNSTATED_PART.format(ethnicity)
        condition = conditions.get(registry_claim.id, 0)
        if condition > 0 and around.own_frame.everyone and not around.own_frame.ages:
            # "Among adults over 70, 71% …, compared with 18% of all UK adults": the clause
            # says its own people, all of them, whatever the opening phrase named
            condition = 0
        if bonus is not None and condition > 0:
            bonus += DISTINCT_WORD_BONUS * condition
        against = condition < 0  # a sibling's condition opens the sentence
        if (
            bonus is not None
            and others_named
            and not (around.clause_names & subject_keys(registry_claim))
            and others_named - subject_keys(registry_claim) - _context_keys(registry_claim)
        ):
            # "Cologuard detected 73.8% …, while FIT detected 92.3%": the clause names
            # another candidate's subject and not this claim's, so its exact figure is a
            # swapped one, no sign of its source
            against = True
        if bonus is not None and listed is not None:
            # "… 18.5 and 12.2 months for drug X plus radiotherapy and radiotherapy alone,
            # respectively": a claim whose telling words (those no sibling says, and the
            # arm its people were given) another figure's group says more of than this
            # figure's is that figure's
            why_not = _paired_elsewhere(registry_claim, listed, distinct)
            if why_not is not None:
                bonus, why = None, why_not
        if bonus is not None and respective is not None:
            if respective == registry_claim.id:
                bonus += RESPECTIVE_WORD_BONUS
            elif registry_claim.id in distinct and distinct[registry_claim.id]:
                against = True  # "… attributable to and associated with …, respectively"
        if bonus is not None and whole_said and len(siblings) > 1:
            part = _qualified_elsewhere(registry_claim, distinct[registry_claim.id], around)
            if part:
                # "… was 4.00 across all studies and 4.43 in BMI-matched studies": the 4.00
                # is the whole's, never the claim about the part the other clause names
                bonus, why = None, f"{SUBGROUP_CLAIM} ({part}), the figure about all of them"
        if bonus is not None and registry_claim.id in untimed:
            bonus, why = None, TIME_SAID_SIBLING.format(untimed[registry_claim.id])
        if bonus is not None and registry_claim.id in place_wholes:
            bonus, why = None, PLACE_SAID.format(place_wholes[registry_claim.id])
        if bonus is not None and registry_claim.id in narrower:
            # "People with psoriasis have 2.8 times the odds of depression" beside the claims
            # about all studies and about age-matched ones: the figure says no such part
            bonus -= UNSAID_PART_PENALTY
            if claim_frame(registry_claim).regions - WORLD:
                # a country's exact figure said of everyone names no source: it is the
                # country's figure put for the world's ("CKD affects 12.9% of people" beside
                # Japan's 12.9% and the world's 9.1%)
                against = True
        if (
            bonus is not None
            and total_said
            and (_counts_one_year(registry_claim) or _priced_by_period(registry_claim))
        ):
            # "118,100 cochlear implants had been placed in US adults by the end of 2019",
            # "1.2 million deaths between 2000 and 2019": a total over years, no count a year
            period = _calendar_period(registry_claim.value.unit)
            said = (
                f"it is a sum per {_price_period(registry_claim)}"
                if _money_unit(registry_claim.value.unit)
                else f"it counts per {period or 'year'}"
            )
            bonus, why = None, f"{said}{TOTAL_OVER_SPAN_END}"
        if bonus is not None and year_said and _counts_a_total(registry_claim):
            # "more than 1 million organ transplants a year" against the million performed
            # in the United States by 2022: a total over years is no count a year
            bonus, why = None, "it is a total over years, the figure a count a year"
        if bonus is not None and registry_claim.id in per_period:
            # "the median cost of a COVID-19 hospital stay was $1,772" beside the claims of a
            # stay's cost and of a day's: the figure says no period, so it is the stay's
            period = (registry_claim.value.unit or "").partition("/")[2]
            bonus, why = None, f"it is a price per {period}, the figure says no period"
        if bonus is not None and registry_claim.id in landmarks:
            # "9.8% of those on placebo had an event" beside the claims at 12 and 24 months
            # and the trial's headline: the figure says no landmark
            bonus -= UNSAID_LANDMARK_PENALTY
        if bonus is not None and len(siblings) > 1:
            own_group = grouped.get(registry_claim.id)
            telling = distinct_evidence(
                distinct[registry_claim.id], around, arm_words=own_group or frozenset()
            )
            if own_group:
                # the declared group's own words ("spinal" of [spinal anaesthesia] where a
                # sibling's is [general anaesthesia]) count though both contexts list both
                telling += distinct_evidence(
                    own_group - distinct[registry_claim.id], around, carried=False
                )
            against = against or telling < 0
            bonus += telling
            if sibling_named and _names_a_sibling_context(registry_claim, sibling_named):
                bonus -= SIBLING_CONTEXT_PENALTY
                against = True
            if contexts_named[registry_claim.id] in outnamed:
                # a sibling has every context the clause names for this claim, and more
                # ("two doses … against mumps": the mumps two-dose claim, not the measles
                # one, whatever their statements' wording)
                bonus -= OUTNAMED_PENALTY
                against = True
        counted = counted_nouns.get(registry_claim.value.unit)
        if counted is None:
            counted = counted_nouns[registry_claim.value.unit] = same_counted_noun(
                quantity.unit, registry_claim.value.unit
            )
        if bonus is not None and counted:
            bonus += COUNTED_NOUN_BONUS  # "12,000 participants" for a claim in participants
        if bonus is not None and lengths_said:
            length = another_course_length(registry_claim, lengths_said)
            if length is not None:  # "74.6% with 6 months" is not the 3-month arm's
                bonus, why = None, ANOTHER_COURSE.format(length)
        if bonus is not None and dose_said and another_dose(registry_claim, around, quantity):
            bonus, why = None, OTHER_DOSE  # "tofacitinib 10 mg" is not the 5 mg arm
        if (
            bonus is not None
            and extreme_dose is not None
            and ranked_dose(registry_claim) is not None
            and ranked_dose(registry_claim) != extreme_dose
        ):
            bonus, why = None, OTHER_DOSE  # "the lower dose" is not the 150 mg arm
        if bonus is not None and doses_counted and _claim_dose_counts(registry_claim):
            theirs = _claim_dose_counts(registry_claim)
            if not theirs & doses_counted:  # "one dose is 93% effective": not the two-dose claim
                bonus, why = None, OTHER_DOSE_COUNT.format(_doses(min(theirs)))
        if bonus is not None and arm_said:
            arm = another_arm(
                registry_claim,
                said_arms,
                holders,
                registry.subject_terms,
                arm_clause,
            )
            if arm is not None:  # "men on cabazitaxel" is not the lutetium arm's
                bonus, why = None, f"{ANOTHER_ARM} ({_arm_in_words(arm)})"
        if bonus is not None and first_side and _is_first_sides(registry_claim, first_side):
            # "… on tirzepatide 15 mg lost 11.2 kg, compared with 5.7 kg": the 5.7 kg is the
            # other side's, never the tirzepatide arm's the comparison sets it against
            bonus, why = (
                None,
                f"{ANOTHER_ARM} (the figure is set against {' '.join(sorted(first_side))})",
            )
        if bonus is not None and (figure_bound or share_said):
            reached = threshold_of_a_share(registry_claim, around, quantity)
            if reached is not None:  # "79% reached an HbA1c of 6.5% or less": the 6.5%
                bonus, why = None, reached
        if bonus is not None and (one_side or difference_said):
            why_not = _difference_or_side(registry_claim, one_side)
            if why_not is not None:  # "6.5 kg and 3.0 kg, respectively" is no difference
                bonus, why = None, why_not
        if bonus is not None and levels_said:
            levels = _claim_threshold_levels(registry_claim)
            if levels and not levels & levels_said:
                # "reached an LDL cholesterol below 70 mg/dL" is no share past an HbA1c target
                bonus, why = None, ANOTHER_LEVEL.format(", ".join(sorted(levels)))
        if bonus is not None and threshold_said:
            other = another_threshold(registry_claim, around)
            if other is not None:  # "below 5.0 mg/dL" is not the below-6.0 claim's outcome
                bonus, why = None, ANOTHER_THRESHOLD.format(other)
        if bonus is not None and level_set:
            other = _bound_of_another_level(registry_claim, around)
            if other is not None:  # a column "UAS7 = 0" is not the UAS7 ≤ 6 claim's
                bonus, why = None, ANOTHER_THRESHOLD.format(other)
        if (
            bonus is not None
            and registry_claim.value.unit is None
            and not subgroup_threshold_units(registry_claim)
            and subject_keys(registry_claim) in subgroup_said
        ):
            # "a marker score of 1 to 49%, the hazard ratio …": a subgroup's, not the whole's
            bonus, why = None, f"{SUBGROUP_SAID} ({subgroup_said[subject_keys(registry_claim)]})"
        if bonus is not None and subgroup_threshold_units(registry_claim):
            other, subgroup_unsaid = another_subgroup(
                registry_claim,
                # (a table cell's row and column headers say its band: "| 80–108 mg/dL | 0.86 |")
                tuple(q for q in claim.quantities if q is not quantity)
                + _header_figures(around.pieces[1:]),
            )
            if other is not None:  # "below 1%, the hazard ratio … 0.42": not the ≥50% claim's
                bonus, why = None, other
            elif subgroup_unsaid and subject_keys(registry_claim) in wholes:
                # the whole's claim is a candidate too: the figure is the whole's
                bonus, why = None, UNSAID_SUBGROUP
        if bonus is not None and _subgroup_unsaid(registry_claim, claim, around, plain_subjects):
            # "CONFIRMS brought serum urate below 6.0 mg/dL in 45%" is not the claim that
            # opens "among patients with renal impairment", beside the trial's own claim
            bonus, why = None, UNSAID_SUBGROUP
        if bonus is not None and row_told:
            other_row = _told_by_another_row(registry_claim, row_told, around, shared_by)
            if other_row is not None:  # the row "2.1 to 3.0" under "PSA never over 4.0"
                bonus, why = None, f"{ANOTHER_ROW} ({told_as.get(other_row, other_row)})"
        if bonus is not None and composite_parts(registry_claim):
            # (a ratio's clause after "with a hazard ratio of" carries its sentence's outcome:
            # "lowered cardiovascular death, with a hazard ratio of 0.78")
            said_of = around.clause if not _counts_no_outcome(around.clause) else around.sentence
            part = one_part_said(registry_claim, said_of)
            if part is not None:  # "… hospitalised for heart failure" of a composite's claim
                bonus, why = None, ONE_PART.format(part)
        if bonus is not None and scope is not None:
            other = another_cause(registry_claim, scope, around.clause)
            if other is not None:  # "cardiovascular death" is not the all-cause claim's
                bonus, why = None, other
        if bonus is not None and money and _money_unit(registry_claim.value.unit):
            other = another_money_scope(registry_claim, money)
            if other is not None:  # "$4 billion in total" is no cost per stay
                bonus, why = None, other
        if bonus is not None and (role := _role_unsaid(registry_claim, around)) is not None:
            # "Around 850,000 people in the UK have dementia" is no count of the claim
            # about the people who care for them (context: carers)
            bonus, why = None, f"{ROLE_UNSAID} ({role})"
        if (
            bonus is not None
            and events_not_deaths
            and claim_frame(registry_claim).measures == DEATHS
        ):
            # "Every year, around 38,000 people in the UK have a stroke" is no count of the
            # deaths stroke causes a year, however the figures compare
            bonus, why = None, "it counts deaths, the figure new cases"
        if bonus is not None and deaths_said and _says_no_death(registry_claim):
            # "Deaths at 3 months were 17%" against a claim that never speaks of death (39%
            # had minimal or no disability): a death figure is only a claim's that counts them
            bonus, why = None, DEATHS_UNSAID
        if bonus is not None and projection_beside and _projects(registry_claim, projection_beside):
            bonus, why = None, PROJECTION_BESIDE
        if bonus is not None and not projected and not projection_beside and said_now:
            other = projection_of(registry_claim)
            if other is not None:  # "About 76,000 hip fractures happen each year" is not
                bonus, why = None, other  # the forecast of 6.3 million a year by 2050
        if bonus is not None and projected:
            other = another_horizon(registry_claim, projected)
            if other is not None:  # "By 2030, 15% …" is no figure of today's 9%
                bonus, why = None, other
        if (
            bonus is not None
            and around.frame.change
            and quantity.unit in PROPORTION_UNITS
            and not _states_a_change(registry_claim)
            and _share_of_people(registry_claim)
        ):
            # "were 54% less likely to develop glaucoma", "cut the risk by 54%" is the size
            # of a change, never the share of an arm's people who had it ("4.4% … developed
            # it"); ruled out here, after the siblings' telling words are read, as an arm is
            bonus, why = None, CHANGE_NOT_SHARE
        if bonus is not None and now_said and _projected_only(registry_claim):
            # "… could reach about 7,000 a year by the 2050s, up from about 2,000 today": a
            # figure said of now is no projection's
            bonus, why = None, "it is a projection, the figure about now"
        if bonus is not None and now_alone and (long_ago := _long_ago(registry_claim)):
            if any(
                _long_ago(other) is None and subject_keys(other) & subject_keys(registry_claim)
                for other, _q, _b, _w in judged
            ):
                # "Today 41% survive": not the 1980 claim, beside the claim about today
                bonus, why = None, f"it is about {long_ago}, the figure about now"
            else:
                bonus -= LONG_AGO_PENALTY
        if bonus is not None and now:
            long_ago = _long_ago(registry_claim)
            if long_ago is not None:  # "today about 2.9 million" is not the claim of 2000
                bonus, why = None, f"it is about {long_ago}, the figure about now"
        if bonus is not None and then:
            other = another_past(registry_claim, then)
            if other is not None:  # "2.2 million in 2000; today 3 million": not today's
                bonus, why = None, other
        if bonus is not None and risk_scale:
            other = another_risk_scale(registry_claim, risk_scale)
            if other is not None:  # "an absolute reduction of 64%" is no relative one
                bonus, why = None, other
        if bonus is not None and bodies:
            other = another_body(registry_claim, bodies)
            if other is not None:  # "IDSA recommends 10 days" is not NICE's 21 days
                bonus, why = None, other
        if bonus is not None and label_said:
            other = another_numbered_label(registry_claim, around)
            if other is not None:  # "an ACR70 response" is not the ACR20 claim's
                bonus, why = None, ANOTHER_LABEL.format(other)
                labelled.add(registry_claim.id)
        if bonus is not None and unsaid:
            negated = _said_negated(registry_claim, unsaid)
            if negated is not None:  # "the unadjusted estimate" is not the adjusted claim's
                bonus, why = None, f"it is about {negated}, the figure about un{negated}"
        if bonus is not None and plain:
            negated = _said_plainly(registry_claim, plain)
            if negated is not None:  # "in vaccinated people" is not the unvaccinated claim's
                bonus, why = None, f"{NOT_WITH} {negated}, the figure about the {negated}"
        if bonus is not None and share_said and registry_claim.value.unit in PROPORTION_UNITS:
            other = _another_share_basis(
                registry_claim, around.clause, around.sentence
            ) or _another_outcome_among(registry_claim, around)
            if other is not None:  # "46% of people with it had muscle ache" is no prevalence
                bonus, why = None, other
        if bonus is not None and studies_said:
            study = another_study(registry, registry_claim, studies_said)
            if study is not None:  # "In PREVAIL, …" is not the AFFIRM claim's figure
                bonus, why = None, f"{ANOTHER_STUDY} ({study})"
        if bonus is not None and page_study is not None:
            own = {key for key in _keys_of(registry_claim) if _is_study(registry, key)}
            if own and page_study not in own:
                # a page about the FAST trial: "Over about four years, 8.6% of them died",
                # two sentences on, is not a figure of the CARES trial's claims
                bonus, why = None, f"{ANOTHER_STUDY} ({page_study})"
        if bonus is not None:
            pending.append(
                _Pending(
                    registry_claim,
                    converted,
                    score,
                    bonus,
                    against,
                    registry_claim.id in parts_unsaid,
                )
            )
        elif near is None or score + 0.0 > near.rank:
            # a ruled-out candidate is kept only as the near miss, the best of them: thousands
            # of them made a match each that was thrown away
            near = Match(registry_claim, converted, score, score + 0.0, 0.0, why)
    # a candidate outnamed by a sibling ranks below it, whatever its statement's wording
    last = (
        {m.registry_claim.id for m in pending if contexts_named[m.registry_claim.id] in outnamed}
        if outnamed
        else set()
    )
    allowed = _finished(pending, around, last, window)
    # two candidates of one rank: the one whose context the sentence says more of first
    # ("… overall survival of 31.8 months with osimertinib and 38.6 months with gefitinib":
    # the second clause carries on the first's measure)
    sentence_said = around.sentence_names | around.clause_names
    if outnamed:
        allowed.sort(
            key=lambda m: (
                contexts_named.get(m.registry_claim.id) not in outnamed,
                m.rank,
                len(_context_keys(m.registry_claim) & sentence_said),
            ),
            reverse=True,
        )
    else:  # the same order: a stable sort by rank (thousands of siblings, often)
        allowed.sort(
            key=lambda m: (m.rank, len(_context_keys(m.registry_claim) & sentence_said)),
            reverse=True,
        )
    # the words a claim leaves unexplained are said only of the candidates a verdict or its
    # message can name (worked out for each of thousands of siblings, they cost a tenth of lint)
    explained = allowed[:EXPLAINED_FOR]
    apart = _told_apart(registry, named, around) if explained else {}
    population = _population_sexes(registry, named, around)
    allowed[: len(explained)] = [
        replace(
            m,
            unexplained=unexplained_words(m.registry_claim, around),
            narrowed=narrowing_words(
                m.registry_claim,
                around,
                registry.subject_terms,
                *apart.get(_own_contexts(m.registry_claim), (False, False)),
                population.get(m.registry_claim.id, frozenset()),
            )
            + (
                unstated_arms(m.registry_claim, around, registry.subject_terms)
                if arms_differ
                else ()
            ),
        )
        for m in explained
    ]
    paraphrase = near is not None and near.rejected == SUBJECT_NOT_NAMED
    if near is not None and near.rejected == FRAME_LATER:
        claim_id = near.registry_claim.id
        _bonus, why = _evidence(
            near.registry_claim,
            around,
            quantity,
            named[claim_id],
            registry.subject_terms,
            stood_for,
        )
        near = replace(near, rejected=why)
    if near is not None:
        # whether its statement states this figure in this frame is asked of the near miss
        # only: a verdict reads it of no other ruled-out candidate
        # … unless it was ruled out for another numbered outcome: a statement of PASI 75
        # states its 81.6% for PASI 75, not for the PASI 90 the figure is about
        label = near.registry_claim.id in labelled
        restated = (
            not _never_restated(near.rejected)
            # … nor at another time ("7-year" against "At 5 years"), unless the statement says
            # the figure's own duration ("stopped binge eating for 4 weeks": a misread time)
            and (
                near.rejected != ANOTHER_TIME
                or _says_the_durations(near.registry_claim, around.frame.timepoints)
            )
            and not label
            and not (around.labels_said and another_numbered_label(near.registry_claim, around))
            and restates(near.registry_claim, quantity, around.frame)
            # … nor a share said on another basis, whatever else ruled it out ("Of people
            # with psoriasis, 3.0% have uveitis" restates no "Psoriasis affects 3.0%")
            and (
                quantity.unit not in PROPORTION_UNITS
                or _another_share_basis(near.registry_claim, around.clause, around.sentence) is None
            )
        )
        near = replace(
            near,
            restated=restated,
            unexplained=unexplained_words(near.registry_claim, around),
            paraphrased=paraphrase
            # (not where the clause names another study: "In DAPA-HF, the number needed to
            # treat … was 21" says no PARADIGM-HF claim in other words)
            and not set(studies_said)
            - subject_keys(near.registry_claim)
            - _context_keys(near.registry_claim)
            # … nor another subject of the registry: "TB is three times more common in
            # women" says no migraine claim in other words, however alike the rest
            and not _another_subject_named(around, registry, near.registry_claim)
            and paraphrases(
                near.registry_claim, near.score, quantity, around, tuple(claim.quantities)
            ),
        )
    return allowed, near


def _another_subject_named(
    around: Surroundings, registry: Registry, registry_claim: RegistryClaim
) -> bool:
    """Whether the figure's clause names a registry subject that is none of the claim's
    names, no name its statement says, and no word form of its subject's (``autistic
    adults`` beside ``autism``: the same five first letters)."""
    others = (
        (around.clause_names & registry.subject_terms)
        - subject_keys(registry_claim)
        - _context_keys(registry_claim)
        - _statement_keys(registry_claim)
    )
    own = {key[:WORD_FORM_PREFIX] for key in subject_keys(registry_claim)}
    return any(key[:WORD_FORM_PREFIX] not in own for key in others)


WORD_FORM_PREFIX = 5  # letters two word forms of one name share ("autis"m, "autis"tic)


@per_claim
def _statement_keys(registry_claim: RegistryClaim) -> frozenset[str]:
    """The name keys (:func:`normalise_term`) of every run of up to four words of the
    claim's statement: a registry name its statement says ("… acquire hepatitis B") is no
    other subject, whatever the claim files as its own."""
    words = re.findall(r"[\w'-]+", registry_claim.statement)
    return frozenset(
        normalise_term(" ".join(words[i : i + n]))
        for n in range(1, 5)
        for i in range(len(words) - n + 1)
    )


PARAPHRASE_SCORE = 85.0  # the text score of a clause that says a claim's statement over
NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")


def paraphrases(
    registry_claim: RegistryClaim,
    score: float,
    quantity: Quantity,
    around: Surroundings,
    sentence_figures: tuple[Quantity, ...] = (),
) -> bool:
    """Whether the figure's clause says the claim's statement in other words, though it
    names none of its subject's names ("one in five reported bacterial infections resisted
    antibiotics" for a claim about antimicrobial resistance; "binge drank" for binge
    drinking): its text score is at least :data:`PARAPHRASE_SCORE`, the frame allows it,
    and every other number the clause says (an age, a dose, a year) is one the claim says
    too ("stopped smoking at 30" is not the claim about stopping at 60). Such a claim may
    back a figure that agrees with it; it never accuses one that does not."""
    if score < PARAPHRASE_SCORE:
        return False
    written = (
        registry_claim.statement,
        *registry_claim.context,
        *registry_claim.group,
        registry_claim.timepoint or "",
        *registry_claim.variants,
    )
    said = {n for text in written for n in NUMERAL.findall(text)}
    figures = set(NUMERAL.findall(quantity.text))
    durations = {
        n for q in sentence_figures if q.kind == "duration" for n in NUMERAL.findall(q.text)
    }  # "in the past 12 months" is a figure of its own, and still says when
    numerals = (set(NUMERAL.findall(around.clause)) - figures) | durations
    if not numerals <= said:
        return False
    if contradiction(around.frame, claim_frame(registry_claim)) is not None:
        # "after taking a placebo, 28% had no pain" says no drug arm's claim in other words,
        # nor "### Emicizumab every 2 weeks" above a rate the weekly arm's, however alike
        # the rest
        return False
    declared, group, stated = _claim_polarities(registry_claim)
    if declared is not NO_POLARITY and opposite(
        _figure_polarity(around.clause), declared, group, stated
    ):
        # "95% of admitted patients" is no paraphrase of the claim about non-admitted ones,
        # however alike the words
        return False
    # "more than 7 hours" says the opposite of "less than 7 hours", in the same words
    ours = {m.group().lower() for m in DIRECTION.finditer(around.clause)}
    theirs = {m.group().lower() for m in DIRECTION.finditer(registry_claim.statement)}
    return not (
        _directions(ours) and _directions(theirs) and _directions(ours) != _directions(theirs)
    )


DIRECTION = re.compile(
    r"\b(?:more|fewer|less|over|under|above|below|at least|at most|longer|shorter)\b",
    re.IGNORECASE,
)
UPWARD = frozenset({"more", "over", "above", "at least", "longer"})


def _directions(words: set[str]) -> frozenset[str]:
    """The directions (``up``, ``down``) the comparative words of a text point in."""
    return frozenset("up" if word in UPWARD else "down" for word in words)


NEVER_RESTATED = frozenset(
    {
        SUBJECT_NOT_NAMED,
        OTHER_DOSE,
        WITH_IT,
        WITH_OR_WITHOUT,
        SUBJECTS_SHARE,
        STEP_BEFORE,
        CHANGE_NOT_LEVEL,  # "from 3 days to 1.5 days" restates no "shortened it by 1.5 days"
        # "8.6% … lost 10% or more" restates no "lost a mean 8.6%": people, not weight
        SHARE_OF_AMOUNT,
        SHARE_NOT_MEAN,
        THRESHOLD_NOT_CHANGE,
    }
)
"""Near-miss reasons (:func:`_never_restated`) said in full."""
NEVER_RESTATED_OPENINGS = (
    ANOTHER_STUDY,
    AVOIDED_OPENING,
    ANOTHER_THRESHOLD[:30],
    ANOTHER_LEVEL[:30],
    ANOTHER_COURSE.split("(")[0],
    A_DIFFERENCE,
    ONE_ARM,
    ANOTHER_CAUSE,
    ONE_PART.split("(")[0],
    ANOTHER_SUBGROUP,
    SUBGROUP_SAID,
    ANOTHER_BODY,
    NOT_PROJECTED,
    "it is a relative change",
    "it is an absolute change",
    "it is a total",
    "it is one unit's",
    ANOTHER_ARM,
    NOT_WITH,
    *ANOTHER_BASIS,
    ANOTHER_LOOK_BACK,
    EVENT_FREE_UNSAID,
    OVERALL_NOT_FREE,
    ANOTHER_WHOLE,
    ANOTHER_DRUGS_DOSE,
    PAIRED_ELSEWHERE,
    DOSE_ON_ANOTHER_SCHEDULE,
)
"""Near-miss reasons (:func:`_never_restated`) by how they open (the rest names the case)."""
