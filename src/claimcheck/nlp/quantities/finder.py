"""The scan: one pass over the text from number to number, reading each one's surroundings.

For every numeral or number word the finder looks left (currency, comparator, approximation,
``between``, a statistic's label) and right (scale, range partner, percent, unit, counted noun,
rate), then asks the filters whether the whole is a claim. Regexes anchored at known offsets
keep it linear in the text; no tokenizer is needed.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from claimcheck.nlp.quantities import (
    alternatives,
    bands,
    counted_shares,
    dot_thousands,
    even_chances,
    filters,
    group_ratios,
    joined_bounds,
    lexicon,
    named_outcomes,
    negation,
    scale_bands,
    shorthand,
    unit_ranges,
    units,
)
from claimcheck.nlp.quantities.accounting_brackets import accounting_brackets, bracketed_cells
from claimcheck.nlp.quantities.bare_spreads import bracketed_dispersions
from claimcheck.nlp.quantities.bundle_prices import bundle_prices
from claimcheck.nlp.quantities.change_levels import moved_by
from claimcheck.nlp.quantities.compared_shares import compared_shares
from claimcheck.nlp.quantities.compound_durations import compound_durations
from claimcheck.nlp.quantities.count_per_volume import count_per_volume
from claimcheck.nlp.quantities.currency_lists import currency_lists
from claimcheck.nlp.quantities.distant_intervals import distant_intervals
from claimcheck.nlp.quantities.divided_wholes import divided_wholes
from claimcheck.nlp.quantities.dose_multiples import dose_multiples
from claimcheck.nlp.quantities.elided import elided_time_unit, time_unit_said_after
from claimcheck.nlp.quantities.end_anchored import BLANKS, EndAnchored
from claimcheck.nlp.quantities.every_intervals import EVERY_GATE, every_intervals
from claimcheck.nlp.quantities.first_chars import StartScanned, guarded_branches
from claimcheck.nlp.quantities.fractions import (
    FRACTION_NUMERAL,
    HALF_AFTER,
    VULGAR,
    is_slash,
    parse_fraction,
    part_after,
)
from claimcheck.nlp.quantities.groups import NOUNS, GroupLabel, find_group_labels
from claimcheck.nlp.quantities.measure_basis import measure_basis, part_of_course
from claimcheck.nlp.quantities.minor_currency import (
    HUNDREDTHS,
    hundredth_per,
    hundredths_against_whole,
    is_celsius,
    is_chromosome_arm,
)
from claimcheck.nlp.quantities.money_shares import money_shares, whole_first_money_shares
from claimcheck.nlp.quantities.near_one_unit import near_one_units
from claimcheck.nlp.quantities.noun_footnotes import note_numbers_invisible
from claimcheck.nlp.quantities.numbers import (
    DIGITS,
    MULTIPLE_WORDS,
    ONES,
    PLAIN_DIGITS,
    SCALE_AFTER,
    SCALES,
    TENS,
    WORDS,
    H,
    is_vague_words,
    parse_digits,
    parse_words,
    power_of_ten,
    scale_value,
    trailing_scale,
)
from claimcheck.nlp.quantities.occasions import counts_occasions
from claimcheck.nlp.quantities.period_adjectives import names_a_kind
from claimcheck.nlp.quantities.pregnancy_weeks import pregnancy_weeks
from claimcheck.nlp.quantities.pressure_cues import pressure_said_after
from claimcheck.nlp.quantities.price_bases import basis_head
from claimcheck.nlp.quantities.price_periods import price_periods
from claimcheck.nlp.quantities.restated_bounds import (
    bracketed_alternatives,
    bracketed_totals,
    restated_bounds,
    restated_share_bounds,
)
from claimcheck.nlp.quantities.restated_shares import restated_shares
from claimcheck.nlp.quantities.sample_ranges import sample_ranges
from claimcheck.nlp.quantities.shared_bounds import shared_bounds, shared_hedges
from claimcheck.nlp.quantities.sign_words import PESO_CODES, currency_word_after, peso_thousands
from claimcheck.nlp.quantities.slash_bases import slash_basis
from claimcheck.nlp.quantities.slash_hours import slash_hours
from claimcheck.nlp.quantities.spaced_metres import spaced_metres
from claimcheck.nlp.quantities.spanish_money import SPANISH_WORDS, spanish_money
from claimcheck.nlp.quantities.spread_payments import over_spreads_payments
from claimcheck.nlp.quantities.standard_names import names_a_standard
from claimcheck.nlp.quantities.times_signs import is_times_sign_word
from claimcheck.nlp.quantities.title_names import SPELLED as SPELLED_CAPITAL
from claimcheck.nlp.quantities.title_names import in_a_title_name
from claimcheck.nlp.quantities.tolerance_conditions import tolerance_conditions
from claimcheck.nlp.quantities.unit_fractions import unit_fractions
from claimcheck.nlp.quantities.verb_counts import counts_before_a_verb
from claimcheck.nlp.quantities.visit_names import VISIT_GATE, visit_names
from claimcheck.nlp.quantity import AFTER, BEFORE, STRENGTH, Quantity, Spread

FRACTION_NUMERATORS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
FRACTION_DENOMINATORS = {
    "half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "twentieth": 20, "hundredth": 100,
    "thousandth": 1000,
}  # fmt: skip
FRACTION = (
    rf"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)[{H[1:-1]}-]+)?"
    r"(?:half|thirds?|quarters?|fifths?)"
    rf"|(?:an?|one|two|three|four|five|six|seven|eight|nine)[{H[1:-1]}-]+"
    r"(?:fourths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?|twentieths?"
    r"|hundredths?|thousandths?)"
)
"""A fraction of a whole, before "of" or "the": ``half of``, ``a third of``, ``two-thirds of``."""
LEVEL_FRACTION = (
    rf"(?:an?|one|two|three|four|five|six|seven|eight|nine)[{H[1:-1]}-]+"
    r"(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)(?![\w-])"
    r"|half(?![\w-])"
)
"""A fraction said with its numerator (``two-thirds``, ``a quarter``, ``three quarters``), or
``half``, as the level a share reached (:data:`LEVEL_BEFORE`); a bare ``third`` or ``quarter``
is an ordinal or a time (``was third in line``, ``at quarter past``)."""
LEVEL_BEFORE = "".join(
    f"|(?<=\\b{word}{H})"
    for word in (
        "to",
        "at",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "reached",
        "reaching",
        "hit",
        "nearly",
        "almost",
        "about",
        "around",
        "roughly",
        "approximately",
        "just",
        "only",
        "over",
        "under",
        "above",
        "below",
        "than",
        "barely",
        "exceeded",
        "topped",
        "remained",
        "stayed",
        "now",
        "from",
        # a second share with its verb left out: "half start by 14 and three-quarters by 20"
        "and",
    )
)[1:]
"""A word right before a fraction that makes it the level a share stands at or moved to,
with no ``of`` after it: ``compliance had reached two-thirds``, ``uptake was three
quarters``, ``fell to a third``, ``now nearly half`` (case-blind; one space or no-break
space)."""
PERCENT_ASIDE = rf"(?:{H}*\({H}*[~≈]?\d{{1,3}}(?:[.,]\d+)?{H}*(?:%|per{H}?cent){H}*\))"
"""A percentage in brackets between a fraction and what it is of: ``Two thirds (66%) of
carers``, ``Half (50%) of adults``; the percentage is read as its own figure."""
LEVEL_FRACTION_ENDS = (
    rf"(?={PERCENT_ASIDE}?(?:[ \t]*(?:[.,;:!?)\]–—]|$)"
    rf"|{H}+(?:in|by|for|among|across|after|since|from|at|on|during|within|before|between"
    r"|last|this|compared|versus|vs|nationally|overall|now|then|again"
    rf"|today|locally)\b|{H}+to{H}+(?:(?:an?|one|two|three|half)\b|\d[\d.]*{H}?%)"
    rf"|{H}+(?:full|empty|complete|finished|done|gone|healed|blocked|closed|vaccinated|booked"
    rf"|occupied)\b))"
)
"""What may follow such a fraction: the clause's end or a phrase of when, where or among
whom (``fell to a third in 2021``, ``was three quarters among men``), or ``to`` and the
change's other end (``from a fifth to a third``, ``from a quarter to 40%``), or an adjective
of how full or how far done (``was more than half full``, ``is three quarters empty``, ``the
artery was half blocked``: the share of the whole); never a noun, so ``a third dose`` and
``was a quarter mile`` are not shares. A percentage in brackets may stand between the
fraction and what follows (``rising to more than a third (37%) by age 11``, session 59)."""
FRACTION_BEFORE_VERB = (
    rf"{H}+(?:of{H}+them|(?:had|have|has|were|was|are|is|will|would|could|can|may|might|must"
    r"|should|said|say|says|reported|reports|did|do|does|got|get|gets|took|take|takes|saw|see"
    r"|sees|needed|need|needs|died|survived|recovered|felt|feel|became|remained|stayed|used"
    r"|chose|agreed|disagreed|wanted|want|wants|experienced|developed|showed|responded"
    r"|relapsed|improved|lost|gained|completed|returned|reached|achieved|received|required"
    r"|stop|stopped|quit|quits|dropped|screened|tested|smoke|smoked|drink|drank|relapse|stay"
    r"|go|went|start|started|continue|continued|left|gave|fail|failed|die|live|lived|wait"
    r"|waited|missed|skipped)\b)"
)
"""A verb right after a fraction makes it a proportion without ``of``: ``two thirds had``,
``three quarters recovered``, ``a third said``, ``half were women``, and the everyday verbs
of what a group does (``among those who quit, half stop within a month``, ``a quarter
screened positive``, ``half smoke``)."""
HALF_OF_UNIT = (
    r"hours?|days?|weeks?|months?|years?|decades?|minutes?|miles?|kilomet(?:er|re)s?"
    r"|lit(?:er|re)s?|pounds?|kilos?|kilograms?|grams?|tablets?|capsules?|caplets?|pills?"
    r"|doses?|sachets?|cups?|teaspoons?|tablespoons?|teaspoonfuls?|spoonfuls?|glass(?:es)?"
    r"|pints?|inch(?:es)?|mugs?"
)
"""What ``half a``/``half an`` can measure as an amount: ``half an hour``, ``half a tablet``,
``two-thirds of a cup``."""
PART_FORM_AFTER = re.compile(rf"{H}+(?P<form>(?i:{HALF_OF_UNIT}))(?![\w-])")
"""The thing a spelled part counts a part of: ``half a tablet``, ``a quarter teaspoon``."""
FRACTION_OF_A_UNIT = (
    r"half|quarter|(?:one|two|three|four|five|six|seven|eight|nine)[-‐]"
    r"(?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)"
)
"""A fraction written right before what it measures, without ``of a``: ``a half tablet``, ``a
quarter teaspoon``, ``a three-fourth cup``, ``two-thirds cup``. ``a third``/``a fourth``
alone are left out: before a noun they are as often an ordinal (``a third dose``, ``a fourth
day``)."""
AN_TIME_UNIT = r"seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|years?|decades?"
"""``about an hour``: the units of time ``a``/``an`` counts as one of (:func:`_read_an_time`)."""
AN_TIME_HEDGE = re.compile(
    rf"(?<![\w-])(?i:about|around|roughly|nearly|almost|approximately|approx\.|some|under"
    rf"|over|(?:less|more|longer|shorter){H}+than|up{H}+to|at{H}+least|at{H}+most|within"
    rf"|just{H}+(?:over"
    rf"|under)|no{H}+(?:more|less){H}+than){H}+\Z"
)
DURATION_SAID_BEFORE = re.compile(
    rf"\b(?i:takes?|took|taking|lasts?|lasted|lasting|allow|wait(?:s|ed|ing)?|spend(?:s|ing)?"
    rf"|spent|stay(?:s|ed|ing)?|rest|for|add(?:s|ed|ing)?|gain(?:s|ed|ing)?|live[sd]?|living"
    rf"|survive[sd]?|surviving)\b(?:{H}+[\w'’-]+){{0,3}}?{H}+\Z"
    rf"|(?<![\w-])(?i:by|after){H}+\Z"
    rf"|\b(?i:survival|follow-up|stay|wait|delay|duration|length){H}+(?:[\w'’-]+{H}+){{0,8}}?"
    rf"(?i:was|is|were|are|of|lasted|reached){H}+\Z"
)
"""What says the hedged ``a``/``an`` and unit is a length of time: ``visits last about an
hour``, ``the scan takes under a minute``, ``rest for at least a day``, a time gained or
lived (``adds more than a year to median survival``, ``lived nearly a year longer``), a
length said of a survival, stay or wait (``median survival with drug X was more than a year``,
``a hospital stay of under a week``); and ``by`` or
``after`` right before the hedge, the size of a change in time or the time something takes
to happen (``shortened the illness by about a day``, ``symptoms ease after about a week``)."""
"""The approximation or bound that makes ``a``/``an`` before a unit of time the number one:
``about an hour``, ``under a minute``, ``within a week``, ``at least a month``; a bare ``a
day`` (``twice a day``, ``a day at the clinic``) is a period or a phrase, never a figure."""
PART_OF_A_PERIOD = re.compile(
    rf"\b(?:first|second|third|fourth|last|other|latter|former|next|previous|upper|lower|top|"
    rf"bottom|back|front|final|middle|opening|closing|early|late){H}+\Z",
    re.IGNORECASE,
)

VAGUE_SCALES = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6}
VAGUE_SCALES |= {"billions": 1e9}
VAGUE_PLURAL = (
    rf"(?:tens|dozens|hundreds){H}+of{H}+(?:thousands|millions|billions)"
    r"|tens|dozens|hundreds|thousands|millions|billions"
)
"""A plural scale word before ``of``: ``thousands of patients``, ``tens of thousands of``."""


FEW_SCALES = (
    rf"(?P<few_scale>dozen|hundred|thousand|million|billion)(?P<few_plural>s?)"
    rf"(?:{H}+(?:of{H}+)?(?P<few_scale2>thousand|million|billion)s?)?"
)
"""The scale of a few or several of it: ``several hundred``, ``a few thousand``, ``a few
hundred thousand``, ``several hundreds of``."""
FEW_VALUES = {"dozen": 12.0, "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _vague_interval(written: str) -> tuple[float, float]:
    """The order of magnitude a vague plural names, [N, 10N): ``hundreds`` [100, 1000),
    ``tens of thousands`` [10,000, 100,000), ``dozens`` [12, 120)."""
    words = [w for w in re.split(r"\s+", written.lower()) if w != "of"]
    low = 1.0
    for word in words:
        low *= VAGUE_SCALES[word]
    return low, 10 * low


RELATIVE_HEDGE = (
    rf"(?:(?:about|almost|nearly|roughly|around|approximately|some|more{H}+than|over|less{H}+than"
    rf"|up{H}+to|at{H}+least|close{H}+to|just{H}+(?:over|under)|well{H}+over){H}+)*"
)
"""The words that may stand between ``by`` and a fraction: ``by almost half``."""
COMPARATIVES = (
    r"lighter|heavier|fewer|less|lower|higher|more|smaller|larger|bigger|shorter|longer"
    r"|cheaper|slower|faster|greater"
)
"""A fraction before a comparative is a relative difference: ``a quarter lighter``."""
CHANGE_NOUN_AFTER = (
    rf"{H}+(?i:reductions?|decreases?|declines?|drops?|rises?|increases?|improvements?"
    r"|shrinkage|lowering|fall)\b"
)
"""A fraction before a change's noun sizes the change: ``a two-thirds drop``, ``a one-third
reduction in falls``, ``a half reduction``, as ``a 32% reduction`` does."""
ORDINAL_LOOKING = re.compile(
    rf"an?{H}+(?:third|quarter|fifth|fourth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth"
    r"|hundredth|thousandth)",
    re.IGNORECASE,
)
"""``a third``, ``a quarter``: before a change's noun, an ordinal as often as a fraction
(``a third rise in prices`` is the third rise), so only the unambiguous forms size it."""
NOT_AS_ADJECTIVE = (
    r"a|an|the|this|that|these|those|my|your|his|her|its|our|their|well|soon|part|such|per|if"
    r"|though|of|to|in|on|at|for|with|from|by|and|or|needed|required|directed|prescribed|advised"
    r"|recommended|instructed|necessary|usual|before|above|below|shown|described|follows|one"
)
"""Words after ``as`` that make no comparison: an article, a pronoun, ``as well``, ``as
soon``, ``as part of``, and a dosing instruction (``twice as needed``, ``twice as directed``:
how often, never a multiple)."""
AS_LIKELY = (
    r"likely|common|high|often|many|much|frequent|prevalent|great|large|low|fast|quickly"
    rf"|(?!(?:{NOT_AS_ADJECTIVE})\b)(?![a-z-]*[^su]s\b)[a-z][a-z-]{{2,}}"
    rf"(?=(?:{H}+(?:as|to|in|at|for|on|among|when"
    rf"|if|than|and|or|but|with)\b|{H}*[.,;:!?)]|{H}*\Z))"
)
"""``twice as likely``, ``half as strong``, ``a third as often``: a multiple said in words
before ``as`` and any adjective or adverb (``effective``, ``expensive``, ``strong``), as
``three times as strong`` is. Past the usual ones (likely, common, many …) the word must end
the clause or come before ``as``, ``to``, ``in`` … (``twice as effective as``), so ``twice as
boosters in May`` (a plural noun after ``as``) is no comparison; ``-ous``/``-less`` adjectives
are kept."""
MULTIPLE_OF = r"risks?|odds|chances?|likelihood|rates?|incidence|prevalence|mortality|hazard|number"
"""``twice the risk``, ``double the odds``, ``half the rate``: a multiple said in words before
``the`` and a measure of how often or how many is a relative effect, as ``three times the
risk`` is; before any other noun (``twice the dose``, ``double the cream``) it is no figure."""
MEASURE_AGAINST = (
    rf"{MULTIPLE_OF}|averages?|levels?|figures?|proportions?|percentages?|shares?|totals?"
    r"|prices?|costs?"
)
"""What a multiple said in words can be of when a modifier stands before it (``twice the
national rate``, ``double the England average``, ``half the level seen in 2015``)."""
MULTIPLE_AGAINST = (
    rf"{H}+(?:the(?:{H}+(?!(?i:usual|normal|recommended|maximum|prescribed|daily|same|dose"
    rf"|amount)\b)[A-Za-z][\w'’-]*){{0,2}}?{H}+(?i:{MEASURE_AGAINST})\b"
    rf"|(?i:that|those)(?:{H}+(?i:seen|found|reported|recorded|observed|measured|estimated))?"
    rf"{H}+(?i:of|among|(?:in|at|for)(?!{H}+(?:an?|one|any|each)\b))\b)"
)
"""A multiple said in words against another figure: ``twice the risk``, ``twice the national
rate``, ``roughly twice that of Marbury``, ``half that seen in 2015``, ``double those of
generic drugs``, ``a third that of the general population`` (session 59), read as ``three
times the rate in`` and ``twice as likely`` are: a multiple, in fold. Before a dose or an
amount (``twice the usual dose``, ``double the dose``) and before a time that says how much
(``twice that in one day``) it is no figure."""
MULTIPLE_AGAINST_AT = re.compile(MULTIPLE_AGAINST)
TWICE_VALUES = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "half": 0.5}
TWICE_VALUES["quadruple"] = 4.0
MULTIPLE_HEDGE_BEFORE = re.compile(
    rf"(?<![\w])(?i:roughly|about|around|nearly|almost|approximately|some|close{H}+to"
    rf"|more{H}+than|over|at{H}+least|less{H}+than|under|just{H}+(?:over|under))"
    # a modal in lower case: "Can double glazing help?" opens a question
    rf"|(?<![\w])(?:(?:can|could|may|might|will|would|should|shall|must)"
    rf"(?:{H}+(?i:easily|even|almost|nearly|more{H}+than|at{H}+least|quickly|soon|then|also"
    rf"|often|sometimes))?|to|'ll|’ll){H}+\Z"
)
"""A hedge or a bound before a bare ``double``/``triple`` makes it a multiple said as a
predicate: ``costs roughly double``, ``more than double the limit``, ``nearly triple``; so does
a modal or ``to`` (the verb: ``that can double``, ``costs could triple``, ``the doctor may
double the dose``, ``is expected to double``); without one (``a double room``, ``triple
therapy``) it names a kind of thing."""


FRACTION_AS_AFTER = re.compile(rf"{H}+as{H}+(?:{AS_LIKELY})\b")
"""``as`` and an adjective after a fraction in words: a multiple (``a third as often``)."""
FRACTION_TO_ONE = re.compile(rf"{H}*(?:-|–|{H}to){H}+(?P<one>one|1)(?={H}+[a-z])", re.IGNORECASE)
"""``half to one tablet``, ``a quarter to one teaspoon``: a fraction in words as the near end
of a range of amounts up to one."""
_GROUP_PLURALS = sorted(
    {noun for noun in NOUNS if noun.endswith("s") or noun in ("people", "men", "women", "children")}
    | {"cancers", "cases", "deaths", "infections", "admissions"}
)
FRACTION_BEFORE_GROUP = rf"{H}+(?:all|(?i:{'|'.join(_GROUP_PLURALS)}))\b(?![-–])"
"""A plural group or ``all`` right after a fraction with no ``of``: ``More than half patients
improved``, ``Nearly half adults over 65``, ``half all cancers`` (Recognizers-Text #1173)."""
FRACTION_BEFORE_GROUP_AT = re.compile(rf"{H}+(?!all\b)[A-Za-z]")


SIG_SHORTHAND = re.compile(
    r"(?i:q\d+(?:-\d+)?(?:h|hrs?|d|w|wk)|od|nocte|mane|prn|stat|qh|qam|qpm|qhs|hs|ac|pc|po)"
)
"""A prescription's shorthand of when or how after a dose (``1 tablet q12h``, ``1 capsule
nocte``, ``1 tab prn``, ``1 tablet po``): never a word of the counted noun (session 60:
``1 tablet q12h`` had read as 1 "tablet q12h")."""
SIG_DOTTED = re.compile(r"(?i:[obtq]\.[a-z]\.(?:[a-z]\.?)?)")
"""A dotted sig (``o.d.``, ``b.i.d.``, ``q.d.s.``): it ends the counted noun as its undotted
form does."""
DOSE_PERIOD_ADVERBS = frozenset(
    "daily nightly weekly fortnightly monthly yearly annually hourly".split()
)
"""How often, after a counted dose (``1 tablet daily``): the rate's period, never part of the
counted noun (a singular dose form took it as a second word, ``tablet daily``)."""
SIG_FREQUENCY = re.compile(
    r"(?:BD|bd|BID|bid|TDS|tds|TID|tid|QDS|qds|QID|qid|OD|od"
    r"|b\.i\.d\.?|t\.i\.d\.?|q\.i\.d\.?|B\.I\.D\.?|T\.I\.D\.?|Q\.I\.D\.?|b\.d\.|t\.d\.s\.?|q\.d\.s\.?"
    r"|o\.d\.|O\.D\.)"
)
"""How often a dose is taken, in the Latin shorthand of prescriptions: ``bd``/``bid`` twice a
day, ``tds``/``tid`` three times, ``qds``/``qid`` four times (``1 tab TDS``, ``500 mg bd``).
The dotted forms of US charts too (``b.i.d.``, ``t.i.d.``, ``q.i.d.``; ``q.d.``, once a day,
is left out: its first letter is ``q.i.d.``'s). Upper or lower case as written, never mixed;
read only right after a dose
(:data:`DOSE_BEFORE_SIG`): ``BD`` alone is a company, ``TID`` an identifier. ``od``/``OD``/
``o.d.`` (once a day, British charts' ``omni die``) only after a dose's unit or form (``20 mg
od``, ``1 tablet OD``): after a bare number (``IOP 20 OD``) it is the right eye (session 60)."""


GLUED_HEDGES = ("c", "ca", "cca", "approx", "est", "C", "Ca", "Cca", "Approx", "Est")
"""Hedge abbreviations a writer glues to the number with their point (``c.40%``,
``ca.30%``, ``approx.5 mg``, ``est.300 cases``): the point is the abbreviation's, so the
number after it is whole (never ``.40%`` = 0.4%), and :data:`lexicon.APPROX_BEFORE` reads
the hedge."""
GLUED_HEDGE_AFTER = (
    r"(?<=\.)(?:"  # (a point first: the rest is tried only after one)
    + "|".join(rf"(?<=\b{word}\.)" for word in GLUED_HEDGES)
    # … but not a year (``founded c.1850``, ``est.1948``) nor a gene variant's position in
    # HGVS notation (``c.1521_1523delCTT``, ``c.68_69delAG``, ``c.1905+1G>A``): no figures
    + r")(?!(?:1[0-9]|20)\d\d(?![\d,.])|\d+(?:[_+>]|del|dup|ins|[ACGT]>))"
)
GLUED_HEDGE_NOT = "(?:(?!\\.)|" + "".join(rf"(?<!\b{word})" for word in GLUED_HEDGES) + ")"


def _atom(digits: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w/⁄.,])(?!\d+{H}?/{H}?{units.POPULATION_POWER}(?!{H}+of\b))"  # 12/100,000
        rf"(?P<numeral_fraction>{FRACTION_NUMERAL})"
        # the fraction first (a look-ahead that fails at once at most words), then the
        # level word before it: thirty look-behinds tried at every word start cost more
        rf"|(?<![\w-])(?i:(?=(?:{LEVEL_FRACTION}){LEVEL_FRACTION_ENDS})(?:{LEVEL_BEFORE})"
        rf"(?P<level_fraction>{LEVEL_FRACTION}))"
        rf"|(?:(?<=minus-)|(?<=sub-)|(?<=Rs\.)|(?<=Fr\.)|(?<=kr\.)"  # "Rs.1,200": a sign's point
        # "c.40%", "approx.5 mg": a hedge's point, no decimal point (see GLUED_HEDGE)
        rf"|{GLUED_HEDGE_AFTER}"
        rf"|(?<=\bnow-)|(?<=\bthen-)|(?<=\bNow-)|(?<=\bThen-)"  # "her now-18-month-old son"
        # "500mg-1g": a dose range's high end in a unit of its own, after the low end's unit
        rf"|(?<=\dmg-)|(?<=\dg-)|(?<=\dmcg-)|(?<=\dµg-)|(?<=\dkg-)|(?<=\dmL-)|(?<=\dml-)"
        rf"|(?<![\w])(?<![\w][-‐./])(?<![\w]-\n)"
        rf"(?:(?<![\w],)|(?<=\d,)(?!\d{{3}}(?!\d))))"
        rf"(?P<digits>{digits})(?!\d|\.\d|/(?!{H}?{units.POPULATION_POWER})\d)"
        rf"|(?<=[A-Za-z])(?:(?<!Rs)(?<!Fr)(?<!kr){GLUED_HEDGE_NOT}|(?!\.))(?P<glued>{PLAIN_DIGITS})"
        rf"|(?<![\w-])(?i:(?P<part_of_a>(?P<part_words>{FRACTION}){H}+of{H}+an?))"
        rf"(?={H}+(?i:{HALF_OF_UNIT})\b)"
        rf"|(?<![\w-])(?i:(?P<twice_the>twice|double|triple|treble|half))"
        rf"(?={MULTIPLE_AGAINST})"
        rf"|(?<![\w-])(?i:(?P<fraction>{FRACTION}))"
        rf"(?={PERCENT_ASIDE}?(?:{H}+(?:of|the|its|their)\b|{FRACTION_BEFORE_VERB})|{H}+(?:{COMPARATIVES})\b"
        rf"|{FRACTION_TO_ONE.pattern}|{H}+as{H}+(?:{AS_LIKELY})\b|{CHANGE_NOUN_AFTER}"
        rf"|{MULTIPLE_AGAINST}"
        rf"|{FRACTION_BEFORE_GROUP})"
        rf"|(?<![\w-])(?i:by{H}+(?P<relative>{RELATIVE_HEDGE}(?:{FRACTION})))"
        rf"(?![\w-])(?!{H}+(?:of|an?|the)\b)"
        rf"|(?<![\w-])(?i:(?P<halved>halv(?:ed|es|ing|e)(?![\w-])"
        rf"|in{H}+half(?![\w-])(?!{H}+(?:of|an?|the)\b)))"
        rf"|(?<![\w-])(?i:(?P<twice>twice|half))(?={H}+as{H}+(?:{AS_LIKELY})\b)"
        rf"|(?<![\w-])(?i:(?P<hedged_multiple>double|triple|treble|quadruple"
        # "more than twice the 18-minute target": hedged, twice what the noun holds (s57x)
        rf"|twice(?={H}+the{H})))"
        rf"(?![\w-])(?!{H}+(?:dose|doses|bed|room|check|up|down)\b)"
        rf"|(?<![\w-])(?i:(?P<times_word>once|twice|thrice))(?![\w])"
        rf"|(?<![\w.-])(?P<sig>{SIG_FREQUENCY.pattern})(?![\w])"
        rf"|(?<![\w-])(?i:(?P<multiplied>(?:doubl|tripl|trebl|quadrupl|quintupl|sextupl)"
        rf"(?:ed|es|ing)))(?![\w-])"
        rf"|(?<![\w-])(?i:(?P<half_a>half{H}+an?))(?={H}+(?i:{HALF_OF_UNIT})\b)"
        rf"|(?<![\w-])(?<!and{H})(?i:(?:an?{H}+)?(?P<fraction_unit>{FRACTION_OF_A_UNIT}))"
        rf"(?={H}+(?i:{HALF_OF_UNIT})\b)"
        rf"|(?<![\w-])(?i:(?P<one_and_half>an?{H}+(?P<half_unit>{HALF_OF_UNIT})"
        rf"{H}+and{H}+a{H}+half))(?![\w-])"
        rf"|(?<![\w-])(?i:(?P<couple_of>an?{H}+couple{H}+of))(?={H}+(?i:{AN_TIME_UNIT})(?![\w-]))"
        rf"|(?<![\w-])(?<={H})(?i:(?P<an_time>an?))(?={H}+(?i:{AN_TIME_UNIT})(?![\w-]))"
        rf"|(?<![\w-])(?i:(?P<few>(?:several|a{H}+few){H}+{FEW_SCALES}))(?={H}+[A-Za-z$€£])"
        rf"|(?<![\w-])(?i:(?P<vague>{VAGUE_PLURAL}))(?={H}+of{H}+[A-Za-z$€£])"
        rf"|(?<![\w-])(?i:(?P<multiple>{'|'.join(MULTIPLE_WORDS)})|(?P<words>{WORDS}))(?![\w])"
    )


def _guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with each of its top-level branches behind a guard at its first
    characters (:func:`guarded_branches`): every branch of :func:`_atom` opens with a
    look-behind, so each ran its program at every candidate start, where the guard leaves
    after one character test (:data:`ATOM` some 40% faster at the candidates of 12,000
    texts, the same matches and groups)."""
    return re.compile(guarded_branches(pattern.pattern), pattern.flags)


ATOM = _guarded(_atom(DIGITS))
"""Where a quantity can start: a numeral, a numeral glued to letters, or number words."""
ATOM_UNGROUPED = _guarded(_atom(PLAIN_DIGITS))
"""The same, for a numeral whose whitespace grouping the context refuses (``Phase 3 200``)."""

ATOM_FIRST_WORDS = (
    *ONES, *TENS, *FRACTION_DENOMINATORS, *VAGUE_SCALES, *MULTIPLE_WORDS, "twice", "halv",
    "several", "hundred", "thousand",
    "once", "thrice", "doubl", "tripl", "trebl", "quadrupl", "quintupl", "sextupl",
)  # fmt: skip
"""The words an :data:`ATOM` word branch can start with (as a prefix: ``tens``, ``sixty``,
``twofold``, ``halved`` start with one). A new word branch of :func:`_atom` must start with
one of these, or with a word of :data:`ATOM_SHORT_WORDS` (``tests/test_atom_start.py``)."""
ATOM_SHORT_WORDS = (r"an?", "by", "in", "bid?", "bd", "t[di]s", "tid", "q[di]s", "qid", "od")
ATOM_SHORT_WORDS += (r"b\.i\.d", r"t\.i\.d", r"q\.i\.d", r"b\.d", r"t\.d\.s", r"q\.d\.s")
ATOM_SHORT_WORDS += (r"o\.d",)
"""Short first words that end there (``a third``, ``by half``, ``in half``, a sig's ``bd`` or
``TDS``): kept apart so ``and``, ``bypass`` or ``into`` are not taken as candidates."""
CASE_FOLDED_LETTERS = "\u0130\u0131\u017f\u212a"
"""``İ ı ſ K``: the characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII
letter (``i``, ``i``, ``s``, ``k``); a word branch of :data:`ATOM` may start with one."""


def _atom_start() -> re.Pattern[str]:
    """:data:`ATOM_START`: one character class first, so the regex engine skips everything
    else in C, then the cheap test that a word of :data:`ATOM_FIRST_WORDS` starts there."""
    tails: dict[str, list[str]] = {}
    for word in [rf"{w}(?!\w)" for w in ATOM_SHORT_WORDS] + [
        re.escape(w) for w in ATOM_FIRST_WORDS
    ]:
        tails.setdefault(word[0], []).append(word[1:])
    firsts = "".join(tails)
    words = "|".join(rf"(?<={first})(?:{'|'.join(rest)})" for first, rest in tails.items())
    marks = rf"\d.,·{''.join(VULGAR)}"
    return re.compile(
        rf"[{marks}{firsts}{firsts.upper()}{CASE_FOLDED_LETTERS}]"
        rf"(?:(?<=[{marks}])|(?<![\w-].)(?i:{words}))"
    )


ATOM_START = _atom_start()
"""Every place an :data:`ATOM` match can start, and a few more: a digit, a point or comma
(``.5``, ``,89 €``), a vulgar fraction, or a word start where a number word, fraction word,
multiple, vague plural or ``a``/``an``/``by``/``in`` begins. Searching with ``ATOM`` itself
tries its dozen branches at every character of the text (a third of extraction's time);
this finds the few candidates at C speed, and ``ATOM`` is matched only there, which gives
the same matches (a search is a match tried at each position in turn)."""

NUMBER_AT = re.compile(rf"(?P<digits>{DIGITS})(?![\d])|(?i:(?P<words>{WORDS}))(?![\w])")
NUMBER_AT_UNGROUPED = re.compile(rf"(?P<digits>{PLAIN_DIGITS})(?![\d])")
WHITESPACE_GROUPED = re.compile(r"\d{1,3}[ \u00a0\u2009\u202f]")


def _decimal_part_range(reading: _Reading) -> bool:
    """A range of amounts up to two, one end with a part (``0.5–1``, ``1–1.5``)."""
    low, high = reading.low, reading.high
    return (
        low is not None
        and high is not None
        and low < high <= 2
        and (low != int(low) or high != int(high))
    )


DOSE_FORMS = (
    r"tablets?|capsules?|caplets?|pills?|doses?|sachets?|vials?|ampoules?|injections?"
    r"|patch(?:es)?|bottles?|cans?|glasses|cups?|servings?|portions?|packs?|bags?|syringes?"
    r"|pens?|puffs?|drops?|lozenges?|suppositories|pessaries|spoons?|teaspoons?"
    r"|tablespoons?|scoops?|shots?|spoonfuls?|sprays?|inhalations?|strips?|blisters?"
)
"""What a dose comes in: tablets, capsules, puffs, sachets, spoonfuls …"""
DOSE_FORM_WORD = re.compile(DOSE_FORMS, re.IGNORECASE)
DOSE_UNITS = r"mg|mcg|µg|μg|g|ml|mL|IU|units?"
PORTION_AFTER = re.compile(
    rf"{H}*(?:{DOSE_UNITS})\b(?P<words>(?:{H}+[A-Za-z][\w-]*){{0,2}}?){H}+"
    rf"(?P<form>{DOSE_FORMS})\b",
    re.IGNORECASE,
)
"""A dose or container after a figure: ``2 500 mg tablets`` counts two 500 mg tablets."""
DOSE_TIMES = re.compile(
    rf"{H}*[x×X]{H}*(?P<amount>{PLAIN_DIGITS})(?!{H}*(?:\^|\*\*|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]))"
    rf"(?={H}*(?:{DOSE_UNITS}|mmol|micrograms?|milligrams?|grams?|millilit(?:er|re)s?)(?![\w])"
    rf"|{H}+(?i:{DOSE_FORMS})\b)"
)
"""``2 × 500 mg``, ``3 x 1 g``, ``2x500mg``, ``2 x 2 puffs``: a count of doses, then the dose."""
DOSE_SPACED = re.compile(
    rf"{H}+(?=(?:[1-9]\d*(?:\.\d+)?|0?\.\d+){H}*(?:{DOSE_UNITS})\b(?:{H}+[A-Za-z][\w-]*){{0,2}}?{H}+"
    rf"(?P<form>(?i:{DOSE_FORMS}))\b)"
)
"""A dose and its form right after a count, a space between: ``2 500 mg tablets`` (two
tablets of 500 mg), ``3 250 mg film-coated tablets``. A dose never starts with a zero digit
(``1 000 mg tablets`` is 1,000 mg grouped by a space, never one tablet of 000 mg)."""
PRICE_TIMES = re.compile(rf"{H}*[x×X]{H}*(?P<amount>{units.CURRENCY_PREFIX}){H}*\d")
"""``2 x £50``, ``3 × US$ 120``: a count of items, then the price of one."""
DASHES = str.maketrans(
    {
        "\u2011": "-",
        "\u2012": "–",
        "\u2015": "—",
        "\ufe58": "—",
        "\ufe63": "−",
        "\u02d7": "−",
        "\u2243": "≈",
        "\u2245": "≈",
        "\u2053": "~",
        "\u301c": "~",
        "\uff5e": "~",
    }
)
"""Signs typed with a look-alike read as the sign they stand for, one character for one so
offsets hold: the non-breaking hyphen (U+2011) as a hyphen, the figure dash (U+2012) as an en
dash, the horizontal bar (U+2015) and the small em dash (U+FE58) as an em dash, the small
hyphen-minus (U+FE63) and the modifier minus (U+02D7) as a minus sign, ``≃`` and ``≅`` as
``≈`` and the swung dash ``⁓``, the wave dash ``〜`` and the fullwidth tilde ``～`` as a tilde
(approximately: ``〜20%``; between two numbers a range, ``3〜5 days``). PDFs, word processors and
typesetting tools write them for the plain signs (``4―6 hours``, ``﹣2.4 kg``, ``≃ 8%``)."""
LOOK_ALIKE_SIGNS = re.compile(
    "[\u2011\u2012\u2015\ufe58\ufe63\u02d7\u2243\u2245\u2053\u301c\uff5e]"
)
RANGE_SEPARATOR = re.compile(
    rf"{H}*(?P<sep>[-‐]to[-‐]|[-–—‐−]|(?<=[\d%])[~～〜](?=\.?\d)|up{H}+to|to|through|thru|and|or){H}*"
    rf"(?:(?P<neg>−|(?<={H})-)(?=\.?\d)|\+(?=\.?\d)|-{H}*)?"
    rf"(?:(?P<cur>{units.CURRENCY_PREFIX}){H}*)?"
    rf"(?P<approx>{H}*(?:[~≈]|(?:about|around|approximately|roughly|nearly)\b){H}*)?",
    re.IGNORECASE,
)
"""What joins a range's two ends: a dash, ``to`` (hyphened too, ``a 2-to-4-week course``),
``and`` (after ``between``), ``or``, a tilde
glued on both sides (``40~60%``), ``up to`` after a floor (``from 450 up to 900 sq ft``); a
sign, a currency or an approximation may open the second end (``about 40% to about 60%``)."""
STATISTIC_REACH = 24  # characters a statistic label may sit before its value (entities pad)
STATISTIC_AWAY_REACH = 140  # … and a statistic named with what it is about between them
OPEN_END = re.compile(rf"\+(?![\w/\-−])|{H}+\+(?![\w/\-−]|{H})|-plus(?![\w-])")
"""``150,000+``, ``60 000+ members``, ``40 +``: an open upper end. A plus spaced on both sides
adds something else to the amount, ``£20 + VAT``, ``$99 + shipping``, and bounds nothing."""
MULTIPLE_AFTER = re.compile(rf"(?:{H}*-?{H}*fold\b|{H}*[x×](?![\w])|{H}+times\b)", re.IGNORECASE)
PROPORTION_AFTER = re.compile(
    rf"{H}+(?P<word>in|out{H}+of|of){H}+(?:every{H}+)?(?=[\d]|[a-z]+\b)"
    rf"|[-‐](?P<hyphen>in|out[-‐]of)[-‐](?:(?:every|a)[-‐])?(?=[\d]|[a-z]+\b)"
    rf"|(?<=(?<![\d.,:])1)(?P<colon>:)(?=\d{{3}}|\d{{1,3}}[,\u202f\u00a0 ]\d{{3}})",
    re.IGNORECASE,
)
"""``1 in 8``, ``one in every five``, ``7 out of 10``, ``9 of 10``: a proportion in words; also
hyphenated as an adjective, ``a one-in-two chance``, ``1-in-3``, ``three-out-of-four``; and
one to a whole of 100 or more after a colon, as epidemiology writes it (``1:2,000 newborns``,
``1:2,000 to 1:4,000``), except a titre, dilution or ratio (:data:`COLON_NOT_SHARE`)."""
COLON_NOT_SHARE = re.compile(
    r"\b(?:titres?|titers?|dilut\w*|ratios?|odds|scale|mixed|mix)\W+(?:\w+\W+){0,3}\Z",
    re.IGNORECASE,
)
"""``a titre of 1:160``, ``diluted 1:1,000``, ``a 1:100 ratio``: a colon that is no share."""
NOUN_WORD = re.compile(rf"{H}+(?P<word>[A-Za-z][A-Za-z0-9'’-]*)")
COMMA_NOUN_WORD = re.compile(rf",{H}+(?P<word>[a-z][A-Za-z0-9'’-]*)")
"""The word after a comma between coordinate adjectives before a counted noun (``three small,
randomised trials``, ``12 older, frail residents``): lower case, so a list's next item or a
name starts anew."""
HYPHEN_WORD = re.compile(r"-(?P<word>[A-Za-z][\w-]*)")
PRICE_NEXT_WORD = re.compile(
    r"(?i:per|a|an|each|for|in|at|and|or|to|from|with|only|plus|including|incl|excl|inc|is"
    r"|was|are|were|will|would|would|by|on|vs|versus|but|while|whereas|million|billion|thousand"
    r"|lakh|crore|m|bn|k)"
)
"""The words a price may be followed by; after ``AED``, ``SAR`` or ``CAD`` any other word
(``AED 2 minutes``, ``SAR 12 team``) says the code was the device or acronym, not money."""
GLUED_CURRENCY = re.compile(rf"(?<![A-Za-z])(?:RM|Rs|RMB|Rp|Tk|AUD|CAD|{units.ISO_CODE})\Z")
NEGATIVE_BEFORE = re.compile(
    rf"(?:(?<![\w\-–—])(?P<sign>[-−–])|(?<![\w])(?P<sign2>minus)[{H[1:-1]}-]?)\Z"
)
"""A sign glued to a number: hyphen-minus, minus sign (U+2212) or an en dash typed for one
(``lost –3 kg``, ``a change of –0.4``); between two numbers these dashes are a range instead."""
_SIGN_ENDS = frozenset("-−–s")
"""The characters a :data:`NEGATIVE_BEFORE` match can end with, but for a blank after ``minus``."""


def _sign_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """``NEGATIVE_BEFORE.search(text, start, end)``, None at once where the window's last
    characters can end no sign nor ``minus`` (and one blank or hyphen): asked before every
    number, and nearly every number follows a blank after a word."""
    end = min(end, len(text))
    if end <= start:
        return None
    last = text[end - 1]
    if last not in _SIGN_ENDS and (last not in BLANKS or end - 2 < start or text[end - 2] != "s"):
        return None
    return NEGATIVE_BEFORE.search(text, start, end)


ESTIMATED = re.compile(rf"(?i:estimated){H}*")
"""``estimated`` alone: before ``from`` it says what a figure was estimated from (``estimated
from two diaries``), no approximation of the figure after ``from``."""
PLUS_BEFORE = re.compile(r"(?<![\w+)\]%])\+\Z")
PLUS_MINUS_BEFORE = EndAnchored(
    re.compile(rf"(?:±|\+/-|(?<![\w])(?i:plus(?:{H}+|-)or(?:{H}+|-)minus)[{H[1:-1]}-]){H}?\Z")
)
"""A ``±`` (or ``+/-``, or the words ``plus or minus``) that opens a figure, no figure before
it: ``within ±0.5 dioptre``, ``a margin of plus or minus 3 points``."""
WORDS_BRACKET_BEFORE = re.compile(
    r"\((?!\s*(?i:SD|SE|SEM|s\.d\.|s\.e\.|standard|CI|IQR|range)\b)[^()\d]{1,30}\)\Z"
)
"""A bracket of words closing before a ``±`` (``SpO2 accuracy (Arms) ±2%``): no figure."""


def _figure_ends_before(text: str, at: int) -> bool:
    """Whether a figure (a digit, ``%``, or a bracket or square bracket closing one) ends right
    before ``at`` in its cell or line: a ``±`` there is its spread, not an opening sign. A
    block break, a line break or a bracket of words between leaves the ``±`` opening (s58x:
    ``| SpO2 accuracy (Arms) | ±2% (70–100%) |``)."""
    before = text[max(0, at - 12) : at]
    cut = max(before.rfind(mark) for mark in ("\n", "\u2029", "\u2028"))
    before = before[cut + 1 :].rstrip()
    bracket_end = at - (len(text[:at]) - len(text[:at].rstrip()))
    if before.endswith(")") and WORDS_BRACKET_BEFORE.search(text, max(0, at - 40), bracket_end):
        return False
    return before[-1:] in tuple("0123456789%)]")


PLUS_OR_BEFORE = EndAnchored(re.compile(rf"(?<![\w])(?i:plus(?:{H}+|-)or)(?:{H}+|-)\Z"))
"""``plus or`` before ``minus``: the words of ``±``, so the ``minus`` is no sign."""
SIGN_BEFORE_CURRENCY = re.compile(r"(?<![\w\-–—−])[-−–]\Z")
"""A minus glued before a currency sign before a number: ``-$2.45B`` is minus 2.45 billion."""
"""A plus sign glued to the front of a number: ``from -1.2 to +0.8``, ``(+12%)``."""
NAME_BEFORE_SIGN = re.compile(rf"(?<![\w-])[A-Z][A-Za-z]*[A-Z][A-Za-z]*{H}\Z")
"""``COVID -19``, ``IL -6``: a hyphen spaced off an acronym joins the name's number to it."""
SCIENTIFIC_AFTER = re.compile(
    rf"{H}*[×xX*·⋅]{H}*10(?:(?:\^|\*\*?|[eE]|exp|EXP)?(?P<exp>[-−‐]?\d{{1,2}})(?![\d])"
    rf"|\((?P<paren>[-−‐]?\d{{1,2}})\)|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}})(?![⁰¹²³⁴⁵⁶⁷⁸⁹]))"
)
"""A power of ten after a figure and a times sign, however the exponent is written: ``× 10⁹``,
``x 10^9``, ``x 10**9``, UCUM's ``10*9``, a lab report's ``10E9`` or ``10exp9``, PubMed's
``10(9)`` (a superscript lost in brackets), or a superscript lost outright (``5 x 105``)."""
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _exponent(found: re.Match[str]) -> int:
    """The exponent of a :data:`SCIENTIFIC_AFTER` match."""
    written = (
        found.group("exp")
        or found.group("paren")
        or found.group("sup").translate(SUPERSCRIPT_DIGITS)
    )
    return int(written.replace("−", "-").replace("‐", "-"))


PER_VOLUME = re.compile(
    rf"(?:{H}*/|{H}+per{H}+)(?P<per>L|l|mL|ml|dL|dl|µL|μL|uL|kg|g|(?P<cubic>mm[3³]|cmm|mcL))(?![\w/³])"
)
"""The denominator of a count written as a power of ten: ``4.5 × 10⁹/L``, ``15 × 10⁶ per mL``;
also the cubic millimetre older lab reports count blood cells in (``7.5 × 10³/mm³``,
``/cmm``), which is the microlitre and is written ``µL``; a lower-case litre (``/l``, ``/ml``)
is written ``L``."""
BARE_PER_VOLUME = re.compile(
    rf"(?:{H}*/{H}*|{H}+per{H}+)(?:µL|μL|uL|mcL|mm[3³]|cmm|cubic{H}+millimet(?:re|er)s?"
    rf"|microlit(?:re|er)|(?P<ml>mL|ml|millilit(?:re|er)))(?![\w/³])"
)
"""A volume a bare count is per (``95,000/µL``, ``/cmm``, ``per mm3``, ``per cubic
millimetre``, ``per microlitre``: the microlitre, as :data:`PER_VOLUME` reads them after a
power of ten; ``per mL``, ``/ml``)."""
PARTITIVE = re.compile(
    rf"{H}+of{H}+(?:the|these|those|his|her|their|its|our|[A-Z][\w-]*['’]s)(?={H}+[A-Za-z])"
)
THAN_AFTER = re.compile(rf"{H}+than\b", re.IGNORECASE)
CHANGE_BY = re.compile(rf"(?<![\w])by{H}+\Z", re.IGNORECASE)
MULTIPLIED_VALUES = {
    "doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "quintupl": 5.0, "sextupl": 6.0,
}  # fmt: skip
"""The multiple each verb of multiplying says (``quintupled`` is 5-fold, as writers on
long-run trends use it: ``obesity in children has quintupled since 1975``)."""
NOT_A_MULTIPLICATION_AFTER = re.compile(
    rf"{H}+(?:time|up|back|as)\b|{H}+over{H}*(?:[.,;:!?)]|in\b|with\b|\Z)"
    rf"|{H}+(?:every|each){H}+(?:\d|[a-z]+{H}+(?:days|weeks|months|years|hours)\b)",
    re.IGNORECASE,
)
"""``doubling time``, ``doubled up``, ``doubled over``, ``doubles as``: no change in size; nor
is the pace of a doubling, ``cases are doubling every 3 days`` (the period, 3 days, is the
figure, as it is in ``a doubling time of 3 days``), while ``the risk doubles each year`` stays
a 2-fold change."""
MULTIPLIED_WHAT_AFTER = re.compile(
    rf"{H}*(?:[.,;:!?)\]]|\Z|\n"
    rf"|{H}(?:since|in|over|during|within|between|among|across|after|before|for|again|overall"
    r"|or|and|but|while|whereas|when|compared|by|at|every|each|nearly|almost|roughly)\b"
    rf"|{H}+(?:(?:the|its|their|his|her|your|our|a|an|one's|this|that){H}+)?(?:[\w-]+{H}+)?"
    r"(?:risks?|odds|chances?|likelihood|rates?|incidence|prevalence|mortality|deaths?|numbers?"
    r"|costs?|prices?|levels?|survival|speed|size|amount|uptake|hazard|frequency|probability)\b)",
    re.IGNORECASE,
)
"""What may follow a change said as a multiple: nothing (the clause ends: ``has doubled.``),
a word of time, place or comparison (``tripled since 1990``, ``doubled in a decade``), or as
its object a measure (``doubles the risk``, ``tripled the odds``, ``doubled their survival``).
Any other object (``doubled the sales``, ``doubling it to 256GB``) is news of a business or a
device, which states its figures elsewhere; and ``to`` or ``from`` after it leads to the
change's ends, which state it, so the multiple adds no figure (``doubled from 10 to 20``)."""


MULTIPLE_RESTATED_AFTER = re.compile(
    rf"[^.;!?\n]{{0,80}}?(?<![\w.,])[-−+]?\d[\d.,]*{H}*(?:%|per{H}?cent\b|[-‐]?fold\b|×|times\b)",
    re.IGNORECASE,
)
"""A percentage or multiple later in the sentence that states the same change exactly:
``more than doubled between 1990 and 2020, rising by 132.2%`` (the figure is the claim; the
words round it)."""
_IN_CLAUSE = r"(?:[^.;:!?\n]|\.(?=\d))"  # a character of the clause; a decimal point is one
CHANGE_ENDS_AFTER = re.compile(
    rf"(?:{H}+(?:since|in|over|during|within|across|between){H}+[^,.;:!?()\n]{{1,30}}?)?"
    rf"{H}*[,–—]?{H}*(?:(?:rising|falling|going|increasing|decreasing|dropping|climbing"
    rf"|growing|declining|up|down){H}+)?from{H}+{_IN_CLAUSE}{{0,40}}?\d{_IN_CLAUSE}{{0,40}}?"
    rf"(?<![\w])to{H}+{_IN_CLAUSE}{{0,16}}?\d",
    re.IGNORECASE,
)
"""A change's two ends after a multiple or ``halved``, across a comma, a dash or a time
(``doubled, from 1,200 to 2,400``, ``more than halved, from 9.1 to 4.2``, ``halved since
2000, from 800 to 400``): the ends are the figures, and the multiple words that round them
add none."""


NEW_CLAUSE = re.compile(rf",{H}*(?:and|but|while|whereas|yet){H}+|;", re.IGNORECASE)
"""A comma and a conjunction, or a semicolon: a new clause, with its own subject and figure."""


def _multiple_restated(text: str, end: int) -> bool:
    """Whether a percentage or multiple later in the same clause states the change a
    multiple verb rounds (:data:`MULTIPLE_RESTATED_AFTER`): ``more than doubled, rising by
    132%``. One in a new clause is another change of another thing (``loneliness doubles the
    risk, and debt is linked with a risk about 3 times higher``): the verb keeps its figure."""
    found = MULTIPLE_RESTATED_AFTER.match(text, end)
    return found is not None and NEW_CLAUSE.search(text, end, found.end()) is None


def _read_multiplied(text: str, match: re.Match[str]) -> _Reading | None:
    """``doubled`` (2-fold), ``tripled``/``trebled`` (3), ``quadrupled`` (4), also ``doubles``
    and ``doubling``: a change said as a multiple, read as ``halved`` is (approximate: a
    rounded way to say it; a hedge or comparator before it is kept, ``more than doubled``).
    A change made to a dose, tablet or serving (``doubled the dose``) is an instruction, and
    ``doubling time`` or ``doubled up`` no size at all: no figure; nor is one that a
    percentage or multiple later in its sentence states exactly."""
    if (
        INSTRUCTION_AFTER.match(text, match.end())
        or _instruction_before(text, match)
        or NOT_A_MULTIPLICATION_AFTER.match(text, match.end())
        or not MULTIPLIED_WHAT_AFTER.match(text, match.end())
        or _multiple_restated(text, match.end())
        or CHANGE_ENDS_AFTER.match(text, match.end())
    ):
        return None
    written = match.group("multiplied").lower()
    value = MULTIPLIED_VALUES[re.sub(r"(?:ed|es|ing)\Z", "", written)]
    reading = _Reading(match.start(), match.end(), value, value, spelled=True)
    reading.number_spans.append(match.span())
    reading.unit, reading.kind, reading.approx = "fold", "multiple", True
    _read_left(text, reading)
    return reading


TIMES_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
SIG_TIMES = {"b": 2.0, "t": 3.0, "q": 4.0, "o": 1.0}
DOSE_BEFORE_SIG = re.compile(
    rf"(?:\d|[½¼¾⅓⅔]|\b(?:i|ii|iii|iv|one|two|three|four))[\w.]*{H}*"
    rf"(?P<form>(?i:tabs?|tablets?|caps?|capsules?|pills?|puffs?|drops?|sachets?|sprays?|units?"
    rf"|mg|g|mcg|µg|μg|ml|mL|IU|iu)\.?{H}+)?(?:(?i:po|oral|orally|PO|inh|sc|im|iv){H}+)?\Z"
)
"""A dose right before a sig's frequency: ``1 tab``, ``500 mg``, ``2 caps po``, ``ii``."""


def _read_sig_frequency(text: str, match: re.Match[str]) -> _Reading | None:
    """``TDS`` after ``1 tab`` is 3 times/day (:data:`SIG_FREQUENCY`), kind ``frequency``."""
    dose = DOSE_BEFORE_SIG.search(text, max(0, match.start() - 30), match.start())
    if not dose:
        return None
    if match.group("sig")[0] in "oO" and not re.search(r"[^\W\d_]", dose.group()):
        return None  # "IOP 20 OD": the right eye; "20 mg od", "1 tablet OD": once a day
    value = SIG_TIMES[match.group("sig")[0].lower()]
    reading = _Reading(match.start(), match.end(), value, value, spelled=True)
    reading.number_spans.append(match.span())
    reading.unit, reading.kind, reading.per = "times/day", "frequency", "day"
    return reading


FREQUENCY_PERIOD = re.compile(
    rf"(?:{H}+|[-‐])(?P<adverb>daily|weekly|monthly|yearly|annually|nightly|hourly)\b"
    rf"|{H}+(?:a|an|per|each|every){H}+(?P<per>day|week|month|year|night|hour|fortnight)\b",
    re.IGNORECASE,
)
"""The period after ``once``, ``twice`` or ``thrice`` that makes it a frequency: ``twice
daily``, ``once-weekly``, ``twice a day``, ``once per month``."""
OR_TIMES_WORD = re.compile(rf"{H}+or{H}+(?P<far>twice|thrice)\b", re.IGNORECASE)
"""``once or twice a day``: a range of two frequencies said in words."""


def _read_times_word(text: str, match: re.Match[str]) -> _Reading | None:
    """``twice daily`` (2 times/day), ``once a week``, ``thrice weekly``, ``once-monthly``,
    ``once or twice a day`` ([1, 2] times/day): how often, read as ``3 times a day`` is, kind
    ``frequency``. Without a period after it the word is no figure (``once symptoms start``,
    ``twice the dose``)."""
    value = TIMES_WORDS[match.group("times_word").lower()]
    end, high = match.end(), value
    if (far := OR_TIMES_WORD.match(text, end)) and TIMES_WORDS[far.group("far").lower()] > value:
        end, high = far.end(), TIMES_WORDS[far.group("far").lower()]
    period = FREQUENCY_PERIOD.match(text, end)
    if period is None:
        return None
    word = (period.group("adverb") or period.group("per")).lower()
    per = units.PER_UNIT.get(word, {"nightly": "night", "hourly": "hour"}.get(word, word))
    reading = _Reading(match.start(), period.end(), value, high, spelled=True)
    reading.number_spans.append(match.span())
    reading.unit, reading.kind, reading.per = f"times/{per}", "frequency", per
    _read_left(text, reading)
    return reading


CHANGE_VERB_BEFORE = re.compile(
    rf"\b(?:ros(?:e|en)|rises|fell|falls|dropp(?:ed)|drops|declined|increased|decreased"
    rf"|climbed|jumped|slipped|grew|dipped|gained|lost"
    rf"|(?:is|are|was|were|been|now){H}+(?:up|down)){H}+\Z",
    re.IGNORECASE,
)
"""A verb of change right before a figure says ``by`` without writing it: ``fell 3% to 71%``
is a change of 3%, then the level reached, as ``fell by 3% to 71%`` is; so is ``up``/``down``
after a form of *be* (``were up 12% to 4,500``)."""

_SIGNED = rf"[-−‐]?{H}*{DIGITS}"
_NOT_A_UNIT = r"(?!(?:to|and|or|in|for|with|the|vs|versus|[Pp])\b)"  # a word after a bound
_UNIT_INSIDE = rf"(?:{H}*%|{H}+{_NOT_A_UNIT}[A-Za-zµμ°][\w/°]*)?"
_NOT_REACHED = rf"(?i:NR|NE|NA|not{H}+(?:reached|estimable|evaluable|calculable))\b"
_BOUNDS = (
    rf"(?P<inner>(?:\(|(?P<square>\[)){H}*)?(?P<low>{_SIGNED})(?:\.(?={H}+to{H}))?\+?"
    rf"{_UNIT_INSIDE}{H}*"
    rf"(?:[-–—‐‑‒]|to|and|,|(?(square);|(?!))){H}*"
    rf"(?:(?P<high>{_SIGNED})\+?{_UNIT_INSIDE}|{_NOT_REACHED})(?(inner){H}*[)\]])"
)
"""An interval's two bounds, a unit on either, in brackets or not: ``0.6–0.9``, ``−2.6 to
−1.2 kg``, ``[1.1, 2.9]``, and in square brackets with a semicolon, as journals that write a
decimal comma do: ``[0.55; 0.91]``; ``and`` joins them after a head that says ``limits of``
(``95% confidence limits of 12.1 and 18.4``). A point left after a whole low bound before ``to``
(``52. to 63.2``, a typeset ``52.0`` that lost its zero) ends the number. Oncology writes an
upper bound not yet reached as ``NR``, ``NE`` or ``not reached`` (``(95% CI 18.3–NR)``: open
above) and a time still running with a plus (``(range, 2.8+ to 25.0+)``: the plus censors, it
opens nothing)."""
_LABELLED_BOUNDS = _BOUNDS.replace("(?(square);|(?!))", ";")
"""The bounds after a CI's or an IQR's name, where a semicolon between them is no list in any
bracket (``[95% CI: 0.70; 0.96]``, ``(IQR 2; 7)``): the name says two bounds follow."""
_OTHER_BOUNDS = (
    _LABELLED_BOUNDS.replace("?P<", "?P<o_")
    .replace("(?(inner)", "(?(o_inner)")
    .replace("(?(square)", "(?(o_square)")
)
"""The same bounds with their own group names, for a range or IQR in the same pattern."""
_OPENS = rf"(?:(?P<bracket>[(\[])|[,;]){H}*"  # after SPREAD_AFTER's own blanks: never two {H}*
_CLOSES = rf"(?(bracket){H}*(?:[)\]]|(?=[;,])))"
_SPREAD_BODY = (
    rf"(?:(?P<label>SD|SEM|SE|s\.d\.|(?i:standard{H}+deviation|standard{H}+error))"
    rf"(?:{H}*[=:,]{H}*|{H}+)(?P<value>{DIGITS}){_UNIT_INSIDE}"
    rf"|{lexicon.CI_HEAD}{_LABELLED_BOUNDS}"
    rf"|(?(bracket)(?P<bracket_pm>±|\+{H}?/{H}?[-−]|\+[-−]){H}*(?P<bracket_pm_value>{DIGITS})"
    rf"(?P<bracket_pm_unit>{_UNIT_INSIDE})(?:{H}+(?P<bracket_pm_label>SD|SEM|SE|s\.d\.)(?![\w.]))?|(?!))"
    rf"|(?P<other>(?i:IQR|interquartile{H}+range(?:{H}*[(\[]IQR[)\]])?|range"
    rf"|min(?:imum)?{H}*[-–—/]{H}*max(?:imum)?))(?:{H}*[=:,]{H}*|{H}+)"
    rf"{_OTHER_BOUNDS})"
    rf"{_CLOSES}"
)
SPREAD_AFTER = re.compile(
    rf"{H}*(?:(?P<pm>±|\+{H}?/{H}?[-−]|\+[-−]|(?i:plus(?:{H}+|-)or(?:{H}+|-)minus)){H}*"
    rf"(?P<pm_value>{DIGITS})"
    rf"|{_OPENS}{_SPREAD_BODY})",
    re.IGNORECASE,
)
"""A spread written after a figure: ``± 3.1``, ``+/- 3.1``, ``(SD 9)``, ``(95% CI 0.6–0.9)``,
``(IQR 40–60)``, ``(range 18–65)``. It belongs to the figure (:class:`Spread`). An SD or an
interval may also follow the figure after a comma or semicolon (``HR 0.71, 95% CI
0.58–0.87``, ``(OR 1.8; 95% CI, 1.1-2.9; p<0.01)``), and a bracket may go on after it with
``;`` or ``,`` (a P value: read as its own statistic)."""
SPREAD_GOES_ON = re.compile(rf"{H}*[;,]{H}*(?P<bracket>){_SPREAD_BODY}", re.IGNORECASE)
"""A further spread in the same brackets: ``6 days (IQR 4–9; range 2–30)``."""
BARE_INTERVAL_AFTER = re.compile(
    rf"{H}*(?:\(|(?P<square>\[)){H}*(?P<low>{_SIGNED}){H}*(?:[-–—‐‑‒]|to|,|(?(square);|(?!)))"
    rf"{H}*(?P<high>{_SIGNED}){H}*(?:[)\]]|(?=[;,]))"
)
"""``HR 0.62 (0.51–0.75)``: after a reported statistic, a bare interval is its CI; so is one in
square brackets with a semicolon between its bounds, as decimal-comma journals write a CI
(``OR 1.5 [1.2; 1.9]``), never a round bracket's ``(2; 5)``, which lists."""
INTERVAL_AFTER_IN_BRACKET = re.compile(
    rf"{H}*[,;]{H}*(?P<low>{_SIGNED}){H}*(?:[-–—‐‑‒]|to){H}*(?P<high>{_SIGNED}){H}*(?=\))"
)
"""A bare interval after a comma or semicolon that ends a bracket the statistic opened."""
SPREAD_ANNOUNCED = re.compile(
    rf"(?<![\w])(?i:mean|median|average|estimate|value|values|data|results?|no\.|n){H}*"
    rf"\({H}*(?P<kind>SD|SE|SEM|s\.d\.|(?i:IQR|range)|(?:\d{{2}}(?:\.\d)?{H}*%{H}*)?CI)"
    rf"{H}*\)(?:{H}*:)?(?:[^.;:!?()\n]|\.(?=\d)|\([^()\n]{{0,24}}\))*\Z"
)
"""A heading that names the spread in the brackets after each figure of its clause, the
style of JAMA and of results tables: ``Mean (SD) age was 62.3 (10.4) years``, ``median
(IQR) stay, 5 (3-8) days``, ``mean (95% CI) fall 4.1 (2.9-5.3) kg``."""
SPREAD_HEADING_REACH = 100
"""Characters a spread's heading may stand before a figure of its clause (a list of them)."""
BARE_DISPERSION_AFTER = re.compile(rf"{H}*\({H}*(?P<value>{DIGITS}){_UNIT_INSIDE}{H}*\)")
"""``62.3 (10.4)``: a bare dispersion in brackets, after a heading that names it."""
CHANGE_WORD = re.compile(
    r"\b(?:ros(?:e|en)|ris(?:e|en|es|ing)|s[au]nk|sink(?:s|ing)?|lea(?:pt|ped|ps|ping|p)"
    r"|spik(?:e|es|ed|ing)|dwindl\w*|increas\w*|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?"
    r"|declin\w*|decreas\w*|cut(?:s|ting)?|reduc\w*|lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)"
    r"|improv\w*|grew|grow(?:s|n|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?"
    r"|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|slip(?:s|ped|ping)?|shr[aiu]nk\w*"
    r"|went|go(?:es|ing)?|gone|mov(?:e|es|ed|ing)|chang\w*|shift\w*|revis(?:e|es|ed|ing)"
    r"|boost(?:s|ed|ing)?|plummet\w*|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)"
    r"|dipp?(?:ed|ing|s)?|slow(?:s|ed|ing)?|eas(?:ed|ing)|narrow(?:s|ed|ing)?"
    r"|widen(?:s|ed|ing)?|halv\w*|doubl\w*|tripl\w*|lift(?:s|ed|ing)?|brought|bring\w*"
    r"|swung|trim(?:s|med|ming)?|slash\w*|lengthen\w*|shorten\w*|reach(?:es|ed|ing)?"
    # "the drug extended median survival from": a verb after its subject, before what it
    # changed (never the adjective: "Prolonged grief lasting from …", "an extended course
    # from …", "with prolonged QT intervals from …", "may be prolonged, lasting from …")
    r"|(?<=[A-Za-z\d)] )(?<!\bthe )(?<!\bThe )(?<!\ban )(?<!\bAn )(?<!\ba )(?<!\bA )"
    r"(?<!\bwith )(?<!\bof )(?<!\bfor )"
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bany )"
    r"(?<!\bin )(?<!\band )(?<!\bor )(?:extend|prolong)(?:s|ed)(?!\s*,|\s*\Z|\s+from\b)"
    r"|recover(?:s|ed|ing)?|rebound\w*|(?:is|are|was|were|been|now)\s+(?:up|down)"
    r"|(?:shot|shoots?|shooting|crept|creeps?|creeping|inch(?:ed|es|ing)|edg(?:ed|es|ing)"
    r"|tick(?:ed|s|ing)|came|comes?|coming)\s+(?:up|down)"
    r"|ballooned|(?:sky-?)?rocketed|skyrockets|slid|slumped|worsen(?:s|ed)?|deteriorat(?:es|ed)"
    r"|mushroomed|swelled|escalat(?:es|ed)|nudg(?:es|ed)|crept|inched|edged|sagged|crashed"
    r"|retreated|bounced|expand(?:s|ed)|tailed\s+off)\b(?![-‐])",
    re.IGNORECASE,
)
"""A word that makes ``from X to Y`` a change between two figures, not an interval: a verb of
change or its noun (``a reduction from``). Only the verb's own forms are listed where a noun of
another sense shares the stem, which health pages use all the time before a range: ``surgery``,
``surgeon``, ``booster``, ``droplets``, ``climbers``, ``slippers``, ``plunger``, ``revision``
(``Surgery takes from 2 to 4 hours`` is a range); a hyphenated compound is no verb
(``double-blind``, ``triple-negative``, ``cut-off``). A phrasal verb of change counts with its
``up``/``down`` (``shot up``, ``crept up``, ``came down``, ``were up``). Verbs of change
the news writes beyond the usual ones count too (``ballooned``, ``slid``, ``slumped``, ``worsened``,
``nudged``, ``edged``, ``crept``; a trial's ``extended`` or ``prolonged`` survival ``from 8.2
to 12.4 months``), in their verb forms only where a noun shares the stem
(``slides 2 to 5``, ``swelling from 2 to 5 cm``, ``a rocket``), and never as an ``-ing``
adjective (``a sliding scale from £10 to £50``, ``escalating fines from $250 to $1,000``)."""
RANGE_WORD = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|spans?|spanning|anywhere|between"
    r"|priced?|prices|costs?|fees?|aged?|ages|ran|runs?|running|stretch(?:es|ed|ing)?"
    r"|extend(?:s|ed|ing)?(?=\s*\Z|\s+from\b)|spread(?:s|ing)?|fluctuat\w*|differ(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
"""A word that makes ``from X to Y`` an interval even after a change word (``ranging from``,
``the change in weight ran from -1.2 kg to +0.4 kg``: the change is the thing measured, and
its values run across an interval); ``extends from 2 to 5`` is one, where ``extended median
survival from 8.2 to 12.4 months`` names what changed before its ``from``."""
CLAUSE_START = re.compile(
    r"(?<!(?<![A-Za-z])[A-Z])(?<!\bvs)(?<!\bspp)(?<!\bapprox)[.!?](?=\s)|[;:\n\u2028\u2029]"
    r"|\((?![-−‐]?\d{1,2}\)|\s*(?:in\s+)?(?:19|20)\d{2}(?:[/–-]\d{2})?\s*\))"
    r"|\b(?:and|but|while|whereas)\b"
)
"""Where a clause starts: a bracket opens an aside, unless it holds a lost exponent
(``5 x 10(5) to 3 x 10(2)``), a marker of one or two digits or a year (``rose from 212
(2018) to 305``: the year dates the figure before it, the change goes on); a full stop after
an initial or an abbreviation (``H. pylori``, ``E. coli``, ``vs.``, ``approx.``) ends nothing.
A table cell or row break ends one too: a row header's ``Sinus lift`` is no verb of the price
in the next cell (``| Sinus lift | from £1,200 |`` is a price floor)."""
CHANGE_REACH = 80  # characters before "from"/"to" searched for a change word ("cut the risk of a
# heart attack, stroke or cardiovascular death from 8.0% to 6.5%": a three-part outcome)
TO_BEFORE = re.compile(rf"(?<![\w])to{H}+\Z", re.IGNORECASE)
TO_CENTRE_BEFORE = EndAnchored(
    re.compile(
        rf"(?<![\w])to{H}+(?:a|an|the){H}+(?:mean|median|average){H}+of{H}+\Z", re.IGNORECASE
    )
)
"""``rose from a mean of 61% to a mean of 78%``: the level reached, its average said again."""
FROM_BEFORE = EndAnchored(re.compile(rf"(?<![\w])from{H}+\Z", re.IGNORECASE))
FROM_JUST_BEFORE = EndAnchored(re.compile(rf"(?<![\w])(?i:from{H}+(?:just|only|a{H}+mere)){H}+\Z"))
FROM_BASELINE_BEFORE = EndAnchored(
    re.compile(
        rf"(?<![\w])(?i:from{H}+(?:(?:(?:a|an|the|its|their){H}+)?(?:(?:mean|median|average){H}+)?"
        rf"(?:baseline(?:{H}+(?:level|value|figure|score|rate|reading))?|(?:(?:all-time|record)"
        rf"{H}+)?(?:high|peak|low))"
        rf"{H}+(?:of{H}+)?|(?:a|an|the){H}+(?:mean|median|average){H}+of{H}+))\Z"
    )
)
"""``from a baseline of``, ``from a mean baseline level of``, ``from a high of``, ``from a
peak of``, ``from a median of``: what a change started from."""
UP_FROM_BEFORE = re.compile(rf"(?<![\w])(?:up|down){H}+from{H}+\Z", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(rf"(?<![\w])(?i:an?){H}+\Z")
"""``a``/``an`` right before a number: a number above one after it modifies a singular noun
phrase (``a 12 step programme``), so it counts none of the phrase's words."""
GRADE_BEFORE = re.compile(
    rf"(?<![\w])(?i:grades?)(?:{H}*[:#])?{H}*(?:≥|>=|=>|⩾|>|≤|<=|=<|⩽|<)?{H}*\Z"
)
"""A tumour's or a toxicity's grade right before a number, across a comparator sign: with a
comparator (``Grade ≥3``, ``grade 3 or higher``, ``grade 2 and above``) the grade still names
which events are counted (a label, as ``grade 3`` is), never a bound on a count."""
_ARROW = r"(?:-{1,2}>|=>|→|⟶|➔|➝)"
_UNIT_BEFORE_ARROW = rf"(?:{H}*(?:%|[^\W\d_][^\s\d]{{0,11}}))?"
ARROW_FROM_FIGURE = re.compile(
    rf"(?<![\w.,])[-−+]?\d[\d.,]*{_UNIT_BEFORE_ARROW}{H}*{_ARROW}{H}*[$£€]?\Z"
)
"""A figure (with its unit) and an arrow right before a number: the number is where a change
went (``9.2 -> 6.8``, ``92 kg --> 85 kg``, ``160=>95``, ``58 → 49``), never ``more than`` it."""
ARROW_TO_FIGURE = re.compile(rf"{_UNIT_BEFORE_ARROW}{H}*{_ARROW}{H}*[-−+]?[$£€]?\d")
"""An arrow and a number after a figure (and its unit): the figure is where a change began."""
ARROW_CHARACTERS = (">", "→", "⟶", "➔", "➝")
"""A character every arrow of :data:`_ARROW` holds."""
ARROW_CHARACTER = re.compile(f"[{''.join(ARROW_CHARACTERS)}]")
"""One of :data:`ARROW_CHARACTERS`: looked for in one scan of a window, not one per arrow."""


def _arrow_from_figure(text: str, start: int, end: int) -> re.Match[str] | None:
    """``ARROW_FROM_FIGURE.search(text, start, end)``, None at once where the window holds no
    arrow (:data:`ARROW_CHARACTERS`): asked before every figure, and few texts draw one."""
    if ARROW_CHARACTER.search(text, start, end) is None:
        return None
    return ARROW_FROM_FIGURE.search(text, start, end)


UNIT_AFTER_PARTNER = re.compile(
    rf"{H}+to{H}+(?:(?:about|around|roughly|nearly|approximately){H}+)?[-−+]?"
    rf"(?:(?P<partner>{DIGITS})(?:{SCIENTIFIC_AFTER.pattern.replace('?P<', '?P<p_')})?"
    rf"(?:{H}*[-–—]{H}*{DIGITS})?|(?P<partner_words>(?i:{WORDS}))(?![\w-]))"
)
"""The end of a change after its start: ``to 6.9``, ``to about 24``, ``to 33–35``, and in
words, ``to three`` (``from twelve to three weeks``: the start is 12 weeks)."""
TO_BETWEEN = re.compile(rf"{H}+to{H}+(?:(?:about|around|roughly|nearly|approximately){H}+)?")
DASH_AFTER = re.compile(rf"{H}*[-–—‐]{H}*\d")
SPREAD_KINDS = {"sd": "SD", "s.d.": "SD", "standard deviation": "SD", "se": "SE",
                "sem": "SEM", "standard error": "SE", "ci": "CI", "confidence interval": "CI",
                "cri": "CI", "credible interval": "CI", "ui": "CI",
                "uncertainty interval": "CI", "iqr": "IQR", "interquartile range": "IQR",
                "range": "range"}  # fmt: skip


@dataclass
class _Reading:
    """What the scan has learned about one candidate so far."""

    start: int
    end: int
    low: float
    high: float
    spelled: bool
    number_spans: list[tuple[int, int]] = field(default_factory=list)
    currency: str | None = None
    comparator: str | None = None
    side: str | None = None
    inclusive: bool = True
    approx: bool = False
    statistic: str | None = None
    between: str | None = None  # "between" or "from" when it opens a range
    unit: str | None = None
    kind: str = "number"
    per: str | None = None
    open_high: bool = False
    has_scale: bool = False
    currency_before: bool = False  # "kr. 1.200": the sign or code stands before the amount
    noun_head: str | None = None
    descending: bool = False  # "2-1": a score, not a range
    start_inside_between: int = 0  # where the span starts if no range follows "from"
    role: str | None = None  # BEFORE / AFTER at the ends of a change
    spread: Spread | None = None
    unit_before_range: bool = False  # "5% to 20%": the first number carries its own unit
    numeral_fraction: bool = False  # "¾", "2 1/2": read and checked by its own rules
    high_inclusive: bool = True  # "thousands of": [1000, 10000), the top left out
    named: bool = False  # "COVID -19": a sign spaced off an acronym may join it to a number
    race: bool = False  # "a 5K": a race's distance in kilometres, read in full


ENTITY_PADDING = StartScanned(
    re.compile(
        rf"[\u00a0\u2007\u2009\u202f](?P<space_pad> {{3,12}})(?=[\d(+−=<>≤≥{units.SIGN_CHARS}-])"
        r"|[’‘'–—−‑‒⁄-](?P<pad> {3,12})(?=[\d(+−-])"
        rf"|(?:(?<=[^ ] )|(?<=[(\[]))(?P<pad_before> {{3,7}})"
        rf"(?=[−–‑‒+<>≤≥~≈{units.SIGN_CHARS}]\u200b*\.?\d)"
        r"|[°º˚](?<=\d[°º˚])(?P<degree_pad> {3,12})(?=[CF](?![A-Za-z]))"
        # "622&nbsp;kJ/148&nbsp;kcal": a unit glued to a slash after a typeset space (s60x)
        r"|(?<=\d)\u00a0(?P<unit_pad> {3,12})(?=(?:kJ|kcal|kj|KJ|Kcal|cal)/)"
        r"|(?<=\d)\u00a0(?P<energy_pad> {3,12})(?=(?:kcal|Kcal)\b)"
        r"|(?<=[\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])"
        r"(?P<word_pad> {3,12})(?=[a-z\u00df-\u00ff])"
    )
)
"""The blanks a decoded HTML entity leaves beside its character: the analysis text keeps the
file's length, so the entity's extra characters become spaces, after the character inside a
word (``12&nbsp;500`` reads ``12\u00a0     500``, ``1&#8217;200`` reads ``1’      200``) and
before it when it starts one (``to &minus;0.3`` reads ``to       −0.3``; also where
markup between the sign and its digits shows as nothing: ``&pound;<span>5,000``). An entity is at
least four characters long, hence three or more blanks. They are taken out only before a
number: after a typeset space (``CHF&nbsp;1&#39;200``, ``HR&nbsp;=&nbsp;0.7``), after an
apostrophe, dash or fraction slash (``2&frasl;3``) that follows a digit or a bracket, or
before a sign, comparator or
currency glued to a number (at most seven blanks, the longest such entity, ``&dollar;``,
``&#x20B9;``, after one space: a wider run lines up a plain-text table's columns,
``Annual maximum          $1,000``, and stays, so the row's label is no comparator), or
between a degree sign after a number and its scale (``2&deg;C`` reads ``2°    C``), and
inside a word, after a Latin letter with a diacritic (or ``µ``) an entity spelt
(``Andr&aacute;ssy &uacute;t 12`` reads ``Andrá       ssy ú       t 12``): a street, a name or
a unit written with entities is the word the filters know (a plain text never puts three
blanks between such a letter and a lower-case one)."""


INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
"""Characters a reader never sees: zero-width space, non-joiner and joiner, word joiner, the
byte-order mark and the soft hyphen. CMSs and copy-paste leave them inside figures (``1​000``,
``500​mg``); the scan reads the text without them, as a reader does."""
RAISED_ORDINAL = re.compile("(?<=\\d)(?:ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ)")
RAISED_LETTER = re.compile("[ˢⁿʳᵗ]")
"""The first letter of every :data:`RAISED_ORDINAL` match: a text without one is not searched
with the pattern, whose look-behind opens it at every character."""
MODIFIER_LETTERS = str.maketrans("ˢᵗⁿᵈʳʰ", "stndrh")
"""An ordinal's suffix in Unicode's raised modifier letters, as social posts write it (``2ⁿᵈ
dose``, ``1ˢᵗ``): read as ``2nd``, an ordinal (a place, never a figure), as ``2<sup>nd</sup>``
is. Each letter stands for one, so offsets do not move."""
NO_CENTS = StartScanned(re.compile(r"(?<=\d)[.,][-–—](?![\w\-–—])"))
"""A price's dash for no cents, as German, Austrian and Swiss price tags write it: ``49,- €``,
``€ 25,–``, ``CHF 120.–``, ``300,- to 500,- €``. The scan reads the price without it, so the
currency after it and a range across it are read as if the amount ended at its digits."""
WIDE_FORMS = re.compile("[\uff01-\uff5e\u2007\u3000]")
NARROW_FORMS = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x2007: 0x2009,
    0x3000: 0x20,
}
"""Fullwidth forms (``１２％``, ``２``: the ASCII block of CJK typing, U+FF01–FF5E) read as the
ASCII they stand for, the ideographic space as a space, and the figure space (U+2007, the
width of a digit, used to align and group digits in tables) as a thin space: one character
each, so every offset still indexes the text as written."""


SPACED_NAME_NUMBER = StartScanned(
    re.compile(
        r"(?:(?<=\bCOVID)|(?<=\bCovid)|(?<=\bcovid)|(?<=\bHTLV)) (?=-\d{1,2}\b)"
        r"|(?:(?<=\bSARS-CoV)|(?<=\bMERS-CoV)) (?=-\d\b)"
    )
)
"""A disease's or virus's name whose number a stray blank cut off (``COVID -19 tests``,
``SARS-CoV -2``): read as one word, the blank taken out as an invisible character is (offsets
are put back), so ``thousands of COVID -19 tests`` counts COVID-19 tests, and -19 is no figure."""
SUPERSCRIPT_DIGIT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")
FOOTNOTE_MARK_IN_FIGURE = StartScanned(
    re.compile(
        r"(?<=\d)(?:[†‡§¶]{1,2}|\*{1,2}(?=[ \u00a0]+[a-zµμ]))(?=[ \u00a0]+[A-Za-zµμ%°])"
        r"|(?<=\d)(?:[†‡§¶*]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}"
        r"|[ ]{3,}(?:[a-z]|[1-9]|[¹²³⁴⁵⁶⁷⁸⁹]|[*†‡§¶]){1,2}[ ]{3,})"
        r"(?=[ \u00a0]?%)"
    )
)
"""A report's footnote mark between a number and its unit (``18‡ weeks``, ``2.4† mmol/L``,
``240* patients``): the table's note is about the figure, the unit after it is still its
unit; so is one glued before the percent sign (``64†%``, ``71*%``, ``12¹%``, a superscript
letter or digit whose tags the reader blanked, ``18.2<sup>a</sup>%``). The mark is read as
an invisible character (offsets are put back, so the figure's text keeps it); after a unit
or a sign (``45%*``, ``12.5%†``) it already ends the figure."""
_SPELLED_NUMBER = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|dozen|half|halves|twice|thirds?"
    r"|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
)
FOOTNOTE_MARK_AFTER_WORDS = re.compile(
    rf"(?i:\b{_SPELLED_NUMBER})(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]{{1,3}}|[†‡§¶]{{1,2}}|\*{{1,2}})"
    r"(?=[ \u00a0,;:)]|\.(?!\d)|$)",
    re.MULTILINE,
)
"""A footnote mark glued to a number written in words (``Two-thirds¹ of``, ``Half* of``,
``Seventy² patients``, ``One in five‡ adults``): a word number takes no power, so the mark is
the note's, read as an invisible character (offsets are put back), and the figure is read as
without it, as ``One in five† adults`` already was."""
FOOTNOTE_AFTER_UNIT = re.compile(
    r"\d[ \u00a0\u202f\u2009]?(?:[A-Za-zµμ°%][A-Za-zµμ°/·.]{0,12}?)"
    r"(?<![A-Za-z][kcdmµμ]m)(?<![ /\d][kcdmµμ]m)(?<![ /\d]m)(?<![ /\d]ft)(?<!/s)(?<=[A-Za-zµμ])"
    r"(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?![A-Za-z⁰-⁹])"
)
"""A superscript digit glued after a figure's unit (``75 nmol/L¹``, ``5 mg¹``, ``2 L/min²``):
a footnote's number, read as an invisible character so the unit stays the figure's. Only a
unit of length takes a power (``12 cm²``, ``1.73 m²``, ``75 mg/m²``, ``cells/mm³``,
``m/s²``; ``10⁹/L`` has its power on the number), and there the superscript stays."""
MARK_BETWEEN_NUMBER_AND_NOUN = re.compile(
    r"(?<=\d)(?:(?P<html> {5,}(?:[a-z]|[*†‡§¶]{1,2}) {5,}(?= ))"
    r"|(?P<raised>[ᵃᵇᶜᵈᵉᶠᵍ]|[ᵃᵇᶜᵈᵉᶠᵍ],[ᵃᵇᶜᵈᵉᶠᵍ]))(?=[ \u00a0]+[A-Za-z])"
)
"""A raised mark between a number and the noun it counts: HTML's ``8<sup>a</sup> patients`` or
``8<sup>*</sup> of 40`` (the tags are blanks in the analysis text, so the mark stands between
runs of five and more blanks, which no plain text writes) and the modifier letters of a
Unicode footnote (``8ᵃ patients``). The mark and the tags' blanks are read as invisible
characters, so the noun is still counted (``8 patients``) and the share still read (``8 of
40``), as ``8† patients`` is."""
MARKED_NAME_HYPHEN = StartScanned(re.compile(r"(?<=[®™])-(?=\d)"))
"""The hyphen between a brand's mark and its product number (``Lipitrex®-10``): a name's
hyphen, read as a blank, so the number is no negative figure (``Lipitrex-10`` gives none)."""
DASH_AS_MINUS = StartScanned(re.compile(r"(?:^|(?<=[\s(\[=:;,]))–(?=\d|[.·]\d)", re.MULTILINE))
"""An en dash glued before a number and after a blank or an opening bracket: the minus sign
of journals and PDFs (``–0·3 kg (95% CI –0·6 to 0·0)``, ``from –3·9 to –2·3 kg``), read as a
hyphen-minus, whose rules decide the sign, a range or a CI. After a number (``18 –65``) it
stays a range's dash (see :func:`_dash_is_minus`)."""


def _dash_is_minus(text: str, at: int) -> bool:
    """Whether the en dash at ``at`` (glued to the number after it) is a sign: the text before
    its blanks does not end in a figure (a digit or ``%``)."""
    before = text[:at].rstrip(" \t\u00a0\u202f\u2009")
    return not before or not (before[-1].isdigit() or before[-1] == "%")


GLUED_LIST_COMMA = StartScanned(
    re.compile(
        r"\d[ \u00a0]?(?P<unit>%|[A-Za-zµμ°][A-Za-zµμ°/]{0,8}),"
        r"(?=\d+(?:\.\d+)?[ \u00a0]?(?P=unit)(?![A-Za-zµμ°/]))"
    )
)
"""A comma with no blank after it between two figures in the same unit (``25 mg,50 mg``,
``1.2 mg/dL,1.4 mg/dL``, ``62%,48%``): a list typed without its space. A digit right after a
word and a comma is otherwise no figure's start (``trials,12`` is a citation), so the comma
is read as a blank; the unit repeated after the number is what tells the list. Its match
starts at the last digit of a run: tried only there (:class:`StartScanned`)."""


CITATION_AFTER_PERCENT = re.compile(
    r"(?<=%)(?:\.(?P<stop>\d{1,3}(?:[,–-]\d{1,3})*)(?=[ \u00a0]+[A-Z])"
    r"|,(?P<comma>\d{1,3}(?:[–-]\d{1,3})*)(?=[ \u00a0]+(?P<word>[a-z]+)\b))"
)
"""A reference number glued after a percentage's full stop or comma (``survival is 65%.12
Deaths fell``, ``rose to 28%,14 the highest``): a citation, as ``two trials,12`` is, never a
figure (``.12 Deaths`` is no 0.12). After a comma only before a word that counts nothing (the,
and, while …): ``28%,14 patients`` may be a list typed without its space."""


_WORD_NUMBER_MARK = re.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§¶*]")
_SUPERSCRIPT_DIGIT = re.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]")
_RAISED_OR_PADDED = re.compile("[ᵃᵇᶜᵈᵉᶠᵍ]| {5}")
_RAISED_MARK = re.compile("[ᵃᵇᶜᵈᵉᶠᵍ]")


def _raised_or_padded(text: str) -> bool:
    """Whether :data:`_RAISED_OR_PADDED` finds anything in ``text``: a substring test and a
    class the regex engine skips to, where the alternation ran both ways at every character."""
    return "     " in text or _RAISED_MARK.search(text) is not None


"""What every match of :data:`FOOTNOTE_MARK_AFTER_WORDS`, :data:`FOOTNOTE_AFTER_UNIT` and
:data:`MARK_BETWEEN_NUMBER_AND_NOUN` holds (its mark, or the five blanks of an HTML tag's): a
text without it is not scanned with the pattern, whose alternation of number words or look-
behinds ran at every character. ``tests/test_regex_shortcuts.py`` checks the three."""


RELIABILITY_MARK = re.compile(r"(?<=\d)(?P<mark>[ \u00a0]?\[(?:[a-z]|low)\])(?=[ \u00a0]*\()")
"""A statistical bulletin's shorthand between a rate and its confidence interval: ``6.9 [u]
(3.6 to 12.1)`` (``[u]`` low reliability, ``[c]`` confidential, ``[x]`` not available, the
ONS's and its imitators' markers). The mark is about the figure; the bracket after it is
still the figure's interval (s57x: it read as a range of its own)."""
_BRACKETED_LETTER = re.compile(r"\d[ \u00a0]?\[(?:[a-z]|low)\]")


def _marks_invisible(text: str) -> str:
    """``text`` with the footnote marks of :data:`FOOTNOTE_MARK_AFTER_WORDS`,
    :data:`FOOTNOTE_AFTER_UNIT`, :data:`MARK_BETWEEN_NUMBER_AND_NOUN` and
    :data:`RELIABILITY_MARK` as invisible
    characters, and a brand mark's hyphen (:data:`MARKED_NAME_HYPHEN`) as a blank; one
    character for one, so offsets do not move."""
    chars: list[str] | None = None
    for pattern, group, needed in (
        (FOOTNOTE_MARK_AFTER_WORDS, "mark", _WORD_NUMBER_MARK.search),
        (FOOTNOTE_AFTER_UNIT, "mark", _SUPERSCRIPT_DIGIT.search),
        (MARK_BETWEEN_NUMBER_AND_NOUN, None, _raised_or_padded),
        (RELIABILITY_MARK, "mark", _BRACKETED_LETTER.search),
    ):
        if not needed(text):
            continue  # no mark the pattern must take: it cannot match (most texts)
        for found in pattern.finditer(text):
            start, end = found.span(group) if group else found.span()
            if chars is None:
                chars = list(text)
            chars[start:end] = "\u200b" * (end - start)
    if ("®-" in text or "™-" in text) and MARKED_NAME_HYPHEN.search(text):
        chars = chars if chars is not None else list(text)
        for found in MARKED_NAME_HYPHEN.finditer(text):
            chars[found.start()] = " "
    return text if chars is None else "".join(chars)


BRAND_MARK_BEFORE = re.compile("[®™][ \u00a0]?\\Z")


def _model_number(text: str, quantity: Quantity) -> bool:
    """A bare number right after a brand's ``®`` or ``™`` (``Optivex® 2 was launched``, ``the
    VaxiGuard™ 2 vaccine``, ``Zentra™-20``): the product's model or generation, part of its
    name; with a unit after it (``Zolvira™ 20 mg``) it is the dose, a figure."""
    return (
        quantity.unit is None
        and quantity.low == quantity.high
        and quantity.spread is None
        and quantity.statistic is None
        and BRAND_MARK_BEFORE.search(text, max(0, quantity.start - 2), quantity.start) is not None
    )


ZERO_AS_NONE = re.compile(r"(?i:zero)\b|0(?=[ \u00a0]+[A-Za-z])")
"""A zero said as a word, or a digit 0 before a counted noun: ``had zero attacks``, ``0
relapses``, ``close to zero``."""


def _zero_as_none(text: str, quantity: Quantity) -> bool:
    """A zero count is no figure to substantiate but the word "no" said another way: ``87%
    had zero attacks`` is ``87% had no attacks`` (the 87% is the figure, the zero says whom
    it counts), a column headed ``Zero attacks`` names its cells' outcome as ``Attack-free``
    does, and ``close to zero`` is no amount. A zero with a unit is a figure (``0%``, ``£0``,
    ``0 mg``), as is a bare ``0`` in a table cell."""
    zero = ZERO_AS_NONE.search(text, quantity.start, quantity.end)
    return (
        zero is not None
        and not any(c.isdigit() for c in text[quantity.start : zero.start()])
        and quantity.low == 0
        and quantity.high == 0
        and quantity.comparator is None
        and quantity.statistic is None
        and (quantity.kind == "count" or (quantity.kind == "number" and zero.group() != "0"))
    )


SENTENCE_END = re.compile(r"[.!?;|\n\u2029\x1d](?!\d)")
ZERO_COUNT_VERB = re.compile(
    r"\b(?i:there{H}+(?:were|was|have{H}+been|has{H}+been)|had|has|have|recorded|reported"
    r"|logged|saw|seen|were|was|occurred|happened)\b".replace("{H}", H)
)


def _zero_count_said(text: str, quantity: Quantity, found: list[Quantity]) -> bool:
    """Whether a zero count (:func:`_zero_as_none`) is the claim its sentence makes, a count
    of nothing to verify: ``There were 0 MRSA bloodstream infections last year``, ``The ward
    had zero falls in March``, ``Zero falls were recorded``. Only where no other figure
    stands in the sentence (``87% had zero attacks`` is one figure, 87%, the zero saying whom
    it counts), a verb of having, recording or occurring says it (a heading or a cell
    ``Zero relapses`` is a label), and nothing but the counted noun comes after the zero
    (never ``close to zero``)."""
    if quantity.kind != "count" or quantity.unit is None:
        return False
    start = quantity.start
    while start > 0 and not SENTENCE_END.match(text, start - 1):
        start -= 1
    end = SENTENCE_END.search(text, quantity.end)
    stop = end.start() if end else len(text)
    if any(q is not quantity and start <= q.start < stop for q in found):
        return False
    return ZERO_COUNT_VERB.search(text, start, stop) is not None


ZERO_FIELD_VALUE = re.compile(
    rf"(?:^|(?<=[\n\u2029|>.;]))[^\S\n]*[A-Za-z][\w'’ -]{{0,40}}[A-Za-z]:{H}*\Z"
)


def _zero_is_a_field_value(text: str, quantity: Quantity) -> bool:
    """Whether a zero (:func:`_zero_as_none`) is the value a label and its colon at the start
    of a line or sentence report: ``Falls: zero``, ``Never events: zero``, ``Patient safety:
    zero never events for 14 consecutive months`` (the colon says what a verb of having
    would, and the period after the zero is how long it held: ``87% had zero attacks`` and a
    heading ``Zero relapses`` stay words)."""
    if quantity.kind not in ("count", "number") or not ZERO_AS_NONE.match(text, quantity.start):
        return False  # "Goal: close to zero" is no amount
    return ZERO_FIELD_VALUE.search(text, max(0, quantity.start - 48), quantity.start) is not None


COURSE_MARKER_BEFORE = re.compile(
    rf"(?:(?P<hedge>(?i:around|about|roughly|approximately|near|nearly|almost|circa)){H}+)?"
    rf"(?P<unit>(?i:mile|km|kilomet(?:re|er))){H}+\Z"
)
"""A distance unit written before its number, a marker on a course (``around mile 20``,
``at km 30``), and the hedge before it."""


def _course_markers(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bare whole number right after ``mile``/``km`` read as that
    distance along a course: ``around mile 20`` is about 20 miles in, as ``around 20 miles``
    would be (the hedge before the unit hedges the figure)."""
    result = []
    for quantity in found:
        marker = None
        if (
            quantity.unit is None
            and quantity.comparator is None
            and quantity.low is not None
            and quantity.low == quantity.high
            and float(quantity.low).is_integer()
            and quantity.text.isdigit()
        ):
            marker = COURSE_MARKER_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        if marker is None:
            result.append(quantity)
            continue
        unit = "mile" if marker.group("unit").lower() == "mile" else "km"
        start = marker.start()
        result.append(
            replace(
                quantity,
                text=text[start : quantity.end],
                start=start,
                unit=unit,
                kind="measure",
                approx=quantity.approx or marker.group("hedge") is not None,
            )
        )
    return result


def _dashes_as_minus(text: str) -> str:
    """``text`` with every en dash of :data:`DASH_AS_MINUS` that is a sign as ``-``."""
    chars = list(text)
    for found in DASH_AS_MINUS.finditer(text):
        if _dash_is_minus(text, found.end() - 1):
            chars[found.end() - 1] = "-"
    return "".join(chars)


def _citation_blanked(found: re.Match[str]) -> str:
    """The match with its reference number blanked (offsets kept), or as it was."""
    if found.group("comma") and found.group("word") not in lexicon.STOP_WORDS:
        return found.group()
    number = found.group("stop") or found.group("comma")
    return found.group()[: -len(number)] + " " * len(number)


def find_quantities(text: str, groups: list[GroupLabel] | None = None) -> list[Quantity]:
    """Every quantitative claim in ``text``, sorted by start, none overlapping.

    ``groups`` are the text's group labels (:func:`find_group_labels`, found here when not
    given): a number inside one names who a figure is about and is not a figure itself.

    An HTML entity inside a figure or a phone number (``12&nbsp;500``, ``1&#8217;200``,
    ``+44&nbsp;20&nbsp;7946&nbsp;0000``) reads as the character it stands for: the blanks it
    leaves (:data:`ENTITY_PADDING`) are taken out before the scan, and every offset is put
    back, so ``text[start:end]`` is still the figure as written."""
    written = text
    if LOOK_ALIKE_SIGNS.search(text):
        text = text.translate(DASHES)
    if WIDE_FORMS.search(text):
        text = text.translate(NARROW_FORMS)
    if RAISED_LETTER.search(text) and RAISED_ORDINAL.search(text):
        text = RAISED_ORDINAL.sub(lambda found: found.group().translate(MODIFIER_LETTERS), text)
    if ("ID -" in text or "id -" in text or "CoV -" in text or "LV -" in text) and (
        SPACED_NAME_NUMBER.search(text)
    ):
        text = SPACED_NAME_NUMBER.sub("\u200b", text)  # taken out with the invisibles below
    if (
        "†" in text
        or "‡" in text
        or "§" in text
        or "¶" in text
        or "* " in text
        or "*%" in text
        or ("%" in text and (SUPERSCRIPT_DIGIT.search(text) or "   " in text))
    ) and (FOOTNOTE_MARK_IN_FIGURE.search(text)):
        text = FOOTNOTE_MARK_IN_FIGURE.sub(lambda found: "\u200b" * len(found.group()), text)
    text = _marks_invisible(text)
    text = note_numbers_invisible(text)
    if "–" in text and DASH_AS_MINUS.search(text):
        text = _dashes_as_minus(text)
    if ("%." in text or "%," in text) and CITATION_AFTER_PERCENT.search(text):
        text = CITATION_AFTER_PERCENT.sub(_citation_blanked, text)
    if "," in text and GLUED_LIST_COMMA.search(text):
        text = GLUED_LIST_COMMA.sub(lambda found: found.group()[:-1] + " ", text)
    kept = _padding_kept(text)
    if kept is not None:
        text = "".join(text[i] for i in kept)
        if groups is not None:
            groups = [_moved_in(group, kept) for group in groups]
    if groups is None:
        groups = find_group_labels(text)
    found = _find(text, groups)
    if ", " in text or " and " in text or " or " in text:
        found = currency_lists(text, found)  # "CHF 300, 500, 1'000 or 1'500"
    if "(" in text and NEGATIVE_RESULT_GATE.search(text):
        found = accounting_brackets(text, found)  # "a deficit of (1,200)"
    if "/-" in text or "/=" in text or "(per " in text or "(a " in text or "(PER " in text:
        found = price_periods(text, found)  # "Rs. 22/- per day", "£45 (per session)"
    if COMPARED_SHARE_GATE.search(text):
        found = compared_shares(text, found)  # "40%, compared with a quarter in 1990"
    found = divided_wholes(text, found)  # "half your plate …, a quarter with rice"
    found = near_one_units(text, found)  # "just under a pint"
    if "range" in text or "Range" in text:
        found = sample_ranges(text, found)  # "61 years (range 34–88)": the sample's range
    if "±" in text or "+/-" in text:
        found = tolerance_conditions(text, found)  # "±2% (70–100%)": the tolerance's range
    if "regnan" in text or "gestation" in text:
        found = pregnancy_weeks(text, found)  # "in pregnancy, from 16 weeks": at least 16
    if "\u2029" in text and "(" in text:
        found = bracketed_cells(text, found)  # "| Net | (450) |" under "2023 £000"
    if VISIT_GATE.search(text):
        found = visit_names(text, found)  # "your 20-week scan", "the 6-8 week check"
    if EVERY_GATE.search(text):
        found = every_intervals(text, found)  # "someone is diagnosed every 12 minutes"
    if " to " in text or " or " in text:
        read = [_a_unit_to(text, q) for q in found]
        found = [  # (not where "within a day" is a figure of its own already)
            new
            if new is old or not any(o.start < old.start and o.end > new.start for o in found)
            else old
            for new, old in zip(read, found, strict=True)
        ]
    if "pound" in text and any(q.unit == "lb" for q in found):
        found = [_pounds_spent(text, q) for q in found]
    if "®" in text or "™" in text:
        found = [q for q in found if not _model_number(text, q)]
    if any(SPELLED_CAPITAL.match(q.text) for q in found):
        found = [q for q in found if not in_a_title_name(text, q)]
    if ("zero" in text or "Zero" in text or "ZERO" in text or "0 " in text) and any(
        q.low == 0 for q in found
    ):
        found = [
            q
            for q in found
            if not _zero_as_none(text, q)
            or _zero_count_said(text, q, found)
            or _zero_is_a_field_value(text, q)
            or _zero_target(text, q.start)
        ]
    if kept is not None:
        found = [_moved_out(q, kept) for q in found]
    elif text is written:
        return found
    return [replace(q, text=written[q.start : q.end]) for q in found]


COMPARED_SHARE_GATE = re.compile(
    r"(?i:compared|versus|vs|against|than|from)\s+\S*\s*\S*(?:half|th)"
)
"""Words :func:`compared_shares` looks after (a fast scan before its pattern)."""
NEGATIVE_RESULT_GATE = re.compile(r"(?i:deficit|loss|shortfall|overspend|outflow|net\s)")
"""A word :func:`accounting_brackets` looks after (a fast scan before its pattern)."""
PART_OF_A_GROUP_AFTER = re.compile(
    rf"{H}+(?:by|of|were|are|was|is|had|have|has|will|do|did|say|said|reported|report"
    rf"|start|started|need|needed)\b"
)
"""What follows a part that is a share of people, not a part of one added to the number
before it (``by 14 and three-quarters by the mid-20s``, ``12 and two-thirds of adults``)."""
A_UNIT_TO = re.compile(r"(?<![\w-])(?P<a>[Aa]n?)\s+(?P<unit>week|day|year|hour)\s+(?:to|or)\s+\Z")
SMALLER_UNIT = {
    "week": ("day", 7),
    "day": ("hour", 24),
    "year": ("month", 12),
    "hour": ("minute", 60),
}


def _a_unit_to(text: str, quantity: Quantity) -> Quantity:
    """``a week to 10 days``, ``a day or 36 hours``, ``a year to 18 months``: a range from
    one of a unit to a number of the next smaller one, in that smaller unit (7 to 10 days;
    the bare ``a week`` was no figure, leaving 10 days alone)."""
    if quantity.kind != "duration" or quantity.low != quantity.high or quantity.comparator:
        return quantity
    found = A_UNIT_TO.search(text, max(0, quantity.start - 16), quantity.start)
    if found is None:
        return quantity
    smaller, factor = SMALLER_UNIT[found.group("unit")]
    if quantity.unit != smaller or not factor < quantity.low <= factor * 4:
        return quantity
    return replace(
        quantity, text=text[found.start() : quantity.end], start=found.start(), low=float(factor)
    )


POUNDS_WORD = re.compile(r"pounds?\b", re.IGNORECASE)
MONEY_IN_CLAUSE = re.compile(
    r"\b(?:cost(?:s|ing)?|(?:spen[dt]s?|spending)(?!\s+(?:\w+\s+)?(?:days?|weeks?|months?"
    r"|years?|hours?|nights?|time)\b)|paid|pays?|paying|raised?|raising|donated?"
    r"|fined?|fees?|charged?|charges|price[ds]?|budget(?:ed)?|funding|funded|worth|saved?"
    r"|savings|earn(?:s|ed|ing)?|salary|wages?|bills?|invest(?:s|ed|ing|ment)?|grants?"
    r"|compensation|awarded|afford"
    r"|sessions?|consultations?|appointments?|tickets?|membership|subscriptions?|prescriptions?"
    r"|scans?|check-?ups?|visits?|class(?:es)?|lessons?|entry)\b[^.;!?\n]*\Z",
    re.IGNORECASE,
)
WEIGHT_IN_CLAUSE = re.compile(
    r"\b(?:lo(?:st|se|ses|sing)|gain(?:s|ed|ing)?|weigh(?:s|ed|ing|t)?|heavier|lighter|overweight"
    r"|shed(?:s|ding)?|put(?:s|ting)?\s+on|dropp(?:ed|ing)|piled\s+on"
    r"|lift(?:s|ed|ing)?|carr(?:y|ies|ied)|burn(?:s|t|ed|ing)?)\b[^.;!?\n]*\Z",
    re.IGNORECASE,
)


def _pounds_spent(text: str, quantity: Quantity) -> Quantity:
    """``spent forty-five hundred pounds``, ``raised 2,000 pounds``, ``cost 300 pounds a
    month``: pounds said of money (a verb or noun of money earlier in the clause, none of
    weight) are pounds sterling, not the pound of weight (``lost 20 pounds`` stays 20 lb).
    A service that is priced, named earlier in the clause, says money too (session 53):
    ``Each session is sixty pounds``, ``a consultation is 45 pounds``, ``tickets are 5
    pounds``, ``membership is 20 pounds a month``."""
    if quantity.unit != "lb" or not POUNDS_WORD.search(quantity.text):
        return quantity
    before = text[max(0, quantity.start - 80) : quantity.start]
    if not MONEY_IN_CLAUSE.search(before) or WEIGHT_IN_CLAUSE.search(before):
        return quantity
    if quantity.per:
        return replace(quantity, unit=f"GBP/{quantity.per}", kind="rate")
    return replace(quantity, unit="GBP", kind="money")


def _padding_kept(text: str) -> list[int] | None:
    """The positions of ``text`` that are neither entity padding nor an invisible character
    (:data:`INVISIBLE`), or None when there are none."""
    pads = [
        match.span(match.lastgroup)
        for match in (ENTITY_PADDING.finditer(text) if "   " in text else ())  # 3+ spaces
        if match.lastgroup != "pad"
        or (match.start() and (text[match.start() - 1].isdigit() or text[match.start() - 1] == ")"))
    ]
    if INVISIBLE.search(text):
        pads = sorted(pads + [match.span() for match in INVISIBLE.finditer(text)])
    if ",-" in text or ",–" in text or ".-" in text or ".–" in text or ",—" in text:
        pads = sorted(pads + [match.span() for match in NO_CENTS.finditer(text)])
    if not pads:
        return None
    kept: list[int] = []
    position = 0
    for start, end in pads:
        kept.extend(range(position, start))
        position = end
    kept.extend(range(position, len(text)))
    return kept


def _moved_in(group: GroupLabel, kept: list[int]) -> GroupLabel:
    """A group label found on the whole text, with offsets in the text without padding."""
    start = bisect.bisect_left(kept, group.start)
    return replace(group, start=start, end=bisect.bisect_left(kept, group.end))


def _moved_out(quantity: Quantity, kept: list[int]) -> Quantity:
    """A quantity found on the text without padding, with offsets in the whole text."""
    return replace(quantity, start=kept[quantity.start], end=kept[quantity.end - 1] + 1)


def _atoms(text: str) -> Iterator[re.Match[str]]:
    """The :data:`ATOM` matches in order; a whitespace grouping the context refuses is read
    again as its first group, and the scan goes on right after it."""
    position = 0
    while candidate := ATOM_START.search(text, position):
        match = ATOM.match(text, candidate.start())
        if match is None:
            position = candidate.start() + 1
            continue
        if _grouping_refused(text, match):
            match = ATOM_UNGROUPED.match(text, match.start())
        yield match
        position = match.end()


ZERO_LED_GROUP = re.compile(r"\d{1,3}[ \u00a0\u2009\u202f]0")


def _zero_led_group(surface: str) -> bool:
    """Whether the numeral's second group starts with a zero (``1 000``, ``2 050``): a number
    standing alone never does, so the grouping holds whatever follows."""
    return ZERO_LED_GROUP.match(surface) is not None


def _grouping_refused(text: str, match: re.Match[str]) -> bool:
    """``Phase 3 200 patients`` (a label's number) and ``2 500 mg tablets`` (a count of
    doses) are two numerals, though their shape is a thousands grouping."""
    surface = match.group("digits")
    if not surface or not WHITESPACE_GROUPED.match(surface):
        return False
    if PORTION_AFTER.match(text, match.end()) and not _zero_led_group(surface):
        return True  # (never "1 000 mg tablets": no dose is "000 mg")
    if filters.is_label_number(text, match.start()):
        return True
    # "between 10 200 and 300 patients": a range end between the first group and the whole
    # says the first group stood alone; an end grouped the same way ("from 447 000 to
    # 287 000") says the page groups thousands with spaces
    separator = RANGE_SEPARATOR.match(text, match.end())
    partner = separator and NUMBER_AT.match(text, separator.end())
    if partner and partner.group("digits") and not WHITESPACE_GROUPED.match(partner["digits"]):
        first = float(surface[: WHITESPACE_GROUPED.match(surface).end() - 1])
        return first < parse_digits(partner.group("digits")) < parse_digits(surface)
    return False


def _find(text: str, groups: list[GroupLabel]) -> list[Quantity]:
    group_spans = _union([(g.start, g.end) for g in groups], [])
    group_ends = [end for _, end in group_spans]
    blocked = _union(filters.blocked_spans(text), group_spans)
    blocked_ends = [end for _, end in blocked]
    found = _confidence_intervals(text)
    if BAND_SIGNS.search(text):
        taken = [(q.start, q.end) for q in found]
        found += [
            q
            for q in bands.frequency_bands(text)
            if not any(s < q.end and q.start < e for s, e in taken)
        ]
    found += _blood_pressures(text, blocked, blocked_ends)
    if "/" in text:
        found += alternatives.slash_alternatives(text, [(q.start, q.end) for q in found])
        found += shorthand.slash_periods(text, [(q.start, q.end) for q in found])
        found += shorthand.gestation_weeks(text, [(q.start, q.end) for q in found])
        found += shorthand.sample_parts(text, [(q.start, q.end) for q in found])
        found += counted_shares.large_counts(text, [(q.start, q.end) for q in found])
        found += _scores_out_of(text, found)
    found += shorthand.roman_doses(text, [(q.start, q.end) for q in found])
    found += dose_multiples(text, [(q.start, q.end) for q in found])  # "may double the dose"
    if "x" in text or "X" in text or "×" in text:
        found += shorthand.times_per_period(text, [(q.start, q.end) for q in found])
    # (a blocked span holds no length either: "Mon-Fri 7h30-19h" is opening hours)
    found += shorthand.hours_and_minutes(text, [*((q.start, q.end) for q in found), *blocked])
    if "50" in text or "ifty" in text:
        found += even_chances.even_chances(text, [(q.start, q.end) for q in found])
    if ":" in text:
        found += group_ratios.group_ratios(text, [(q.start, q.end) for q in found])
    if "+" in text:
        found += _gestational_ages(text, found)
    style = dot_thousands.document_style(text)
    taken_until = 0
    ci_spans = [(q.start, q.end) for q in found]
    for match in _atoms(text):
        if match.start() < taken_until or any(s <= match.start() < e for s, e in ci_spans):
            continue
        reading = _read(text, match)
        if reading is None:
            continue
        taken_until = reading.end
        if not reading.numeral_fraction and any(
            _overlaps(blocked, blocked_ends, s, e) for s, e in reading.number_spans
        ):
            if _overlaps(blocked, blocked_ends, *reading.number_spans[0]):
                # "32% under 35 to 11%": a group label's number reads on into the next
                # figure, which must still be read on its own
                taken_until = reading.number_spans[0][1]
            continue  # a numeral fraction proved itself by what follows it, not a date
        if reading.numeral_fraction and _overlaps(
            group_spans, group_ends, *reading.number_spans[0]
        ):
            continue  # "children under 2½ years": an age in a group label
        _settle_point_grouping(text, reading, style)
        if _label_then_end_of_change(text, reading):
            # "fell from 92.4 kg at visit 1 to 85.0 kg": the label's number is no range's
            # start; the change's end after "to" must still be read on its own
            taken_until = reading.number_spans[0][1]
        elif _is_claim(text, reading):
            found.append(_to_quantity(text, reading))
    found.sort(key=lambda q: q.start)
    found = _counts_across_a_hyphened_figure(text, _counts_before_a_model(text, found))
    found = unit_ranges.bounds_in_two_units(text, _without_overlaps(found))
    found = _bound_across_an_aside(text, _ends_share_a_unit(text, found))
    if "/-" in text or "/=" in text:
        found = _fee_notice_ranges(text, found)
    found = _bound_shared_by_an_alternative(text, found)
    found = _strengths(text, _elided_time_units(text, _suspended_hyphen_ranges(text, found)))
    found = compound_durations(text, found)
    found = _daily_amounts(text, _counts_per_period(text, _list_shares_a_unit(text, found)))
    found = _shares_per_period(text, found)
    found = _end_takes_start_unit(joined_bounds.joined_bounds(text, found))
    found = shared_bounds(text, found)  # "above 1.0 mmol/L in men and 1.2 mmol/L in women"
    found = shared_hedges(text, found)  # "an estimated 249 million cases and 608 000 deaths"
    found = _start_takes_end_noun(text, found)
    if "every" in text or "each" in text or "Every" in text or "Each" in text:
        found = money_shares(text, found)  # "92p in every £1": one share of each pound
        found = whole_first_money_shares(text, found)  # "Of every £1 you give, 90p …"
    if "x" in text or "×" in text or "X" in text:
        found = _times_sign_frequencies(text, found)  # "500mg x 2 daily": twice a day
    if " for " in text or "uy" in text:
        found = _offers(text, found)  # "2 for £30", "buy one get one free"
        found = bundle_prices(text, found)  # "3 sessions for £150", "£225 for three"
    if "one" in text or "One" in text:
        found = unit_fractions(text, found)  # "one half tablet": 0.5 tablet
    if SPANISH_WORDS.search(text):
        found = spanish_money(text, found)  # "$300 al mes", "entre $1,500 y $2,000"
    if "0." in text:
        found = _accuracy_proportions(text, found)
    if ":" in text:
        found = _counted_by_label(text, found)
    if "mile" in text or "km" in text or "Mile" in text or "kilomet" in text:
        found = _course_markers(text, found)  # "around mile 20": 20 miles in
    if "(" in text or "[" in text:
        found = restated_bounds(text, found)  # "max 1.25 mg (2.5 mL)": both at most
        found = bracketed_dispersions(text, found)  # "67·7 (25·2) mg/dL": mean (SD) unit
        found = bracketed_alternatives(text, found)  # "at most 16 tablets (32 in a pharmacy)"
        found = restated_share_bounds(text, found)  # "up to 30% (about 1 in 3)": at most it
        found = bracketed_totals(text, found)  # "max 1 g three times a day (3 g a day)"
        if "CI" in text:
            found = distant_intervals(text, found)  # "2.1 points higher than … (95% CI …)"
        found = restated_shares(text, found)  # "18/24 (75%)": one share, its 75% as written
    # a number left hanging ("three-, six- and …", "at 6- and 12-month follow-up") that no
    # list gave a unit names nothing: the list's last figure was a label (a timepoint) too
    return [
        q
        for q in found
        if (
            q.unit is not None or q.kind != "number" or not SUSPENDED_LIST_HYPHEN.match(text, q.end)
        )
        and _finite(q)
    ]


LABEL_THEN_TO = re.compile(rf"{H}+to{H}+", re.IGNORECASE)


def _label_then_end_of_change(text: str, reading: _Reading) -> bool:
    """Whether a range refused as a label's numbers (``visit 1 to 85.0 kg``) is a schedule
    label that dates a change's start, followed by the change's ``to`` and its end: a ``from``
    and a figure, after a change word, stand earlier in the clause (``weight fell from 92.4
    kg at visit 1 to 85.0 kg at visit 4``)."""
    if len(reading.number_spans) < 2:
        return False
    first_start, first_end = reading.number_spans[0]
    if not LABEL_THEN_TO.match(text, first_end) or not filters.is_label_number(text, first_start):
        return False
    window_start = max(0, first_start - CHANGE_REACH - INSERTED_PHRASE_REACH)
    starts = list(FROM_FIGURE.finditer(text, window_start, first_start))
    if not starts or CLAUSE_START.search(text, starts[-1].end(), first_start):
        return False
    return _change_word_before(text, starts[-1].start())


CAPITALISED_WORD_AFTER = re.compile(rf"{H}+[A-Z][a-z]")


def _in_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised multiple word is part of a name: a capitalised word after it
    (``The Twentyfold Trust``, ``Thousandfold Foundation gave …``), wherever it stands."""
    if not match.group()[:1].isupper():
        return False
    return CAPITALISED_WORD_AFTER.match(text, match.end()) is not None


def _finite(quantity: Quantity) -> bool:
    """Whether the figure's ends are finite numbers: a run of more than 308 digits reads as
    infinity in floating point, and is no figure anyone wrote to be checked."""
    return all(end is None or math.isfinite(end) for end in (quantity.low, quantity.high))


BAND_SIGNS = re.compile("[≥≤<>⩾⩽]")
SUSPENDED_LIST_HYPHEN = re.compile(rf"-(?=,|{H}+(?:and|or)\b)")
"""The hyphen of a list's number left hanging before a comma, ``and`` or ``or``."""
SUSPENDED_TO = re.compile(rf"-{H}+(?:to|–|—){H}+")
"""``10- to 15-minute``: the hyphen of the first end is left hanging before ``to``."""


def _suspended_hyphen_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """``a 10- to 15-minute walk``, ``5- to 10-mg doses``: a bare number whose hyphen hangs
    before ``to`` and a hyphenated figure with a unit are one range in that unit, [10, 15]
    minutes (the list form, ``3-, 6- and 12-month visits``, is read by
    :func:`_list_shares_a_unit`)."""
    merged: list[Quantity] = []
    for quantity in found:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and _is_bare(previous)
            and previous.low == previous.high
            and quantity.low == quantity.high
            and quantity.unit is not None
            and quantity.low is not None
            and previous.low is not None
            and previous.low < quantity.low
            and SUSPENDED_TO.fullmatch(text, previous.end, quantity.start)
            and text[quantity.end - 1 : quantity.end].isalpha()
            and "-" in text[quantity.start : quantity.end]
        ):
            merged[-1] = replace(
                quantity,
                text=text[previous.start : quantity.end],
                start=previous.start,
                low=previous.low,
                approx=quantity.approx or previous.approx,
            )
            continue
        merged.append(quantity)
    return merged


LIST_SEPARATOR = re.compile(
    rf"(?:-(?=[{H[1:-1]},]))?{H}*(?:,{H}*(?:(?:and|or|&){H}+)?|(?:and|or|&|as{H}+well{H}+as){H}+)"
    rf"(?:then{H}+)?|{H}+then{H}+",
    re.IGNORECASE,
)
"""What parts the figures of a list: ``43.2 and 61.2``, ``136, 166, and 29``, ``5, 10 or 20``,
also after a suspended hyphen (``3-, 6- and 12-month visits``, ``2.5- or 5-mg doses``), and a
sequence said with ``then`` (``2 and then 3 tablets``, ``1 then 2 puffs``)."""
SHARED_UNIT_KINDS = frozenset(
    {"percent", "measure", "duration", "money", "count", "rate", "multiple", "frequency"}
)


def _list_shares_a_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """``43.2 and 61.2 per 1,000 patient-years``, ``136, 166, and 29 per 1,000``, ``5, 10 and
    20 mg``, ``12 and 15%``: a unit said once after a list of figures is every figure's. Each
    bare number (no unit, rate, statistic, role or spread) that only a comma, ``and``, ``or``,
    ``&`` or ``as well as`` parts from the next figure of the list takes the unit, kind and
    rate of the list's last figure."""
    for index in range(len(found) - 1, 0, -1):
        owner = found[index]
        if owner.kind not in SHARED_UNIT_KINDS and not (owner.kind == "number" and owner.per):
            continue
        if owner.unit is None and owner.per is None:
            continue
        position = index - 1
        while position >= 0 and _is_bare(found[position]):
            if not LIST_SEPARATOR.fullmatch(text, found[position].end, found[position + 1].start):
                break
            found[position] = replace(
                found[position], unit=owner.unit, kind=owner.kind, per=owner.per
            )
            position -= 1
    return found


PERIOD_LATER = re.compile(
    rf"[^,;:.()\d]*?\b(?:(?:every|each|a|per){H}+(?P<period>day|week|hour|minute|month)"
    rf"|(?P<adverb>daily|weekly|hourly|monthly)(?={H}*(?:[,;:.)]|\Z)))\b",
    re.IGNORECASE,
)
PERIOD_BEFORE = re.compile(
    rf"(?:\A|[.!?:]{H}+|\n)(?:(?:and|but|so){H}+)?(?:each|every){H}+"
    r"(?P<period>day|week|hour|minute|month)\b[^.;:!?\n]*\Z",
    re.IGNORECASE,
)
"""A period that opens the sentence before a count (``Every day, 17 people die …``,
``Each minute without treatment, a stroke kills 190,000 neurons``)."""
ADVERB_PERIODS = {"daily": "day", "weekly": "week", "hourly": "hour", "monthly": "month"}


STRENGTH_AFTER = re.compile(
    rf"{H}+(?:(?:topical|oral|aqueous|alcoholic|strength|w/[wv]|wt/vol)\W{{0,2}}{H}*)?"
    rf"(?:[A-Za-z][\w-]*{H}+(?=(?:solution|cream|gel|foam|ointment|lotion|drops|spray"
    r"|shampoo|wash|mouthwash|rinse|patch|tincture|paste|suspension|serum)s?\b))?"
    r"(?:solutions?|creams?|gels?|foams?|ointments?|lotions?|(?:eye\W+)?drops|sprays?"
    r"|shampoos?|(?:mouth)?wash(?:es)?|rinses?|patch(?:es)?|tinctures?|pastes?|suspensions?"
    r"|serums?|saline|glucose|dextrose|alcohol|ethanol|peroxide|iodine|formulation"
    r"|[a-z]+ic\W+acid|[a-z]{2,}(?:idil|caine|azole|mycin|cillin|olone|isone|asone|xidine"
    r"|inoin|imus|profen|amine|oxide|phine|otine|feine|pine|olol|prost|olamide|onidine|alene"
    r"|otene))(?![-\w])"
)
"""What makes a percentage a product's strength when it follows right after: a formulation
(``2% solution``, ``1% cream``, ``0.9% saline``) or a drug's name by its stem (``5%
minoxidil``, ``2% lidocaine``, ``0.1% tacrolimus``, ``1% hydrocortisone``, the eye drops'
``0.01% atropine``, ``0.5% timolol``, ``0.005% latanoprost``, ``0.1% adapalene``)."""


def _strengths(text: str, found: list[Quantity]) -> list[Quantity]:
    """A percentage directly followed by a formulation or a drug's name is the product's
    strength (role ``strength``): like a dose it names the arm its clause is about
    (``4% of men on 5% minoxidil``), it is no figure about people, and it divides no
    clause."""
    for index, quantity in enumerate(found):
        if quantity.unit != "percent" or quantity.role or quantity.spread or quantity.statistic:
            continue
        if STRENGTH_AFTER.match(text, quantity.end):
            found[index] = replace(quantity, role=STRENGTH)
    return found


def _end_takes_start_unit(found: list[Quantity]) -> list[Quantity]:
    """``fell from 0.39 per 100,000 participants in 2000–2010 to 0.20 in 2010–2023``,
    ``rose from $1,200 in 2019 to 1,500 in 2023``: the end of a change said bare is in the
    unit and per what its start is (the start borrows the end's unit the other way round,
    ``from 8.1 to 6.9%``)."""
    for index in range(1, len(found)):
        end, start = found[index], found[index - 1]
        if end.role != AFTER or start.role != BEFORE or end.unit or end.per:
            continue
        if end.kind != "number" or (start.unit is None and start.per is None):
            continue
        found[index] = replace(end, unit=start.unit, kind=start.kind, per=start.per)
    return found


ACCURACY_MEASURE = re.compile(
    r"\b(?:sensitivit(?:y|ies)|specificit(?:y|ies)|(?:positive|negative)\W+predictive"
    r"\W+values?|PPV|NPV|detection\W+rates?|prevalence|proportion|share|fraction)\b"
    r"(?P<gap>[^\d;:.()\[\]\n]{0,80})\Z",
    re.IGNORECASE,
)
"""A test-accuracy measure before its figure (``a sensitivity of 0.79``, ``put FIT's
sensitivity for colorectal cancer at 0.79``): a proportion of the people tested, in the
same clause (no figure, bracket or stop between); and a prevalence, proportion, share or
fraction said as a decimal (``the prevalence of anaemia in pregnant women was 0.365``)."""
DECIMAL_UNDER_ONE = re.compile(r"0?\.\d{1,4}(?:\Z|(?=[ \t]*[(\[]))")
"""A decimal under one, alone or before the bracket of its spread (``0.87 (95% CI …)``)."""


NUMBER_OF_LABEL = re.compile(
    rf"\b(?:number|no\.|count|total{H}+number)[ \t]+of[ \t]+(?P<noun>[a-z][\w-]*s)\b"
    rf"[^:\n|]{{0,30}}:{H}*\Z",
    re.IGNORECASE,
)
"""A label that says its value counts something (``Number of infusions:``, ``No. of
visits:``): the bare number after it is a count of those."""


def _counted_by_label(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare number after a ``Number of …:`` label (:data:`NUMBER_OF_LABEL`) counts what the
    label names (``- Number of infusions: 5`` is 5 infusions), never an amount in a unit a
    claim of the sentence's subject gives (it was judged against 200 mg per infusion)."""
    for index, quantity in enumerate(found):
        if quantity.kind != "number" or quantity.unit or quantity.per or quantity.statistic:
            continue
        label = NUMBER_OF_LABEL.search(text, max(0, quantity.start - 60), quantity.start)
        if label is not None:
            noun = label.group("noun").lower()
            found[index] = replace(quantity, unit=noun, kind="count")
    return found


def _accuracy_proportions(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare decimal under one said as a test's sensitivity, specificity or predictive value
    (:data:`ACCURACY_MEASURE`) is a proportion (0.79 is 79% of those with the disease
    testing positive), as epidemiology writes it: a claim in percent is its claim. Not a
    ratio or an area under the curve, whose words are others (``AUC 0.79``, ``kappa``)."""
    for index, quantity in enumerate(found):
        if quantity.kind != "number" or quantity.unit or quantity.per or quantity.statistic:
            continue
        if not DECIMAL_UNDER_ONE.match(quantity.text) or quantity.low != quantity.high:
            continue
        if not ACCURACY_MEASURE.search(text, max(0, quantity.start - 90), quantity.start):
            continue
        found[index] = replace(quantity, unit="proportion", kind="proportion")
    return found


def _start_takes_end_noun(text: str, found: list[Quantity]) -> list[Quantity]:
    """``fell from twelve to three nurses``, ``from 12 to 3 nurses``: a bare start of a change
    right before ``to`` and its end counts what the end counts, and is a rate per what the
    end is per (``rose from 10.2 to 13.3 cases per million``) (the unit of measure is taken
    while reading, :func:`_borrow_unit_of_change`; a counted noun only once the end is read)."""
    for index in range(len(found) - 1):
        start, end = found[index], found[index + 1]
        if start.role != BEFORE or end.role != AFTER or start.unit or start.per:
            continue
        if start.kind != "number" or start.statistic is not None:
            continue
        rate = end.per is not None and end.kind in ("count", "rate", "number")
        if not rate and (end.kind != "count" or end.unit is None):
            continue
        if not TO_BETWEEN.fullmatch(text, start.end, end.start):
            continue
        if rate:
            # "rose from 10.2 to 13.3 cases per million discharges": a rate per what the
            # end is per, as "from 8.1 to 6.9%" is a percentage
            found[index] = replace(start, unit=end.unit, kind=end.kind, per=end.per)
            continue
        found[index] = replace(start, unit=end.unit, kind="count")
    return found


SHARE_PERIOD_LATER = re.compile(
    rf"[^,;:.()\d\n]*?(?<![\w-])(?P<before>[A-Za-z]+{H}+)?(?:(?:every|each|per){H}+"
    rf"(?P<period>day|week|month|year)\b(?!['’])"
    rf"|a{H}+(?P<a_period>day|week|month|year)(?={H}*(?:[,;:.)!?]|\Z))"
    rf"|(?P<adverb>daily|weekly|monthly|yearly|annually)(?={H}*(?:[,;:.)!?]|\Z)))",
    re.IGNORECASE,
)
"""A period later in a share's clause (``5.6% of patients die each year``, ``12% of adults
relapse every year``, ``3% of patients fall per month``, ``… relapse annually``): ``a year``
only where it closes the clause (``8% of residents fall a year.``), never ``a year of``."""
NOT_A_SHARE_PERIOD_BEFORE = frozenset(
    {"in", "within", "for", "after", "over", "than", "about", "of", "under", "by", "last",
     "first", "next", "this", "that", "one"}
)  # fmt: skip
"""Words before ``a year``/``each year`` that make it say when or how long, not per what:
``within a year``, ``in a year``, ``for a year``, ``after a year``."""
PERIOD_ADVERBS = {**ADVERB_PERIODS, "yearly": "year", "annually": "year"}


def _shares_per_period(text: str, found: list[Quantity]) -> list[Quantity]:
    """``About 5.6% of patients die each year``, ``12% of adults relapse every year``: a share
    whose clause says later, with no figure or comma between, per what period it happens is a
    rate per that period, as ``10.6% a year`` is (README: a share per a period). Years are
    kept here (a share per year is the usual rate); ``within a year``, ``in a year``, ``a year
    later`` say when, and a change's ends keep their roles unperiodised."""
    for index, quantity in enumerate(found):
        if quantity.kind != "percent" or quantity.unit != "percent" or quantity.per is not None:
            continue
        if quantity.role is not None:
            continue  # "rose from 8% to 10% each year": the ends of a change, not a rate
        limit = found[index + 1].start if index + 1 < len(found) else len(text)
        later = SHARE_PERIOD_LATER.match(text[: min(limit, quantity.end + 80)], quantity.end)
        if later is None:
            continue
        before = (later.group("before") or "").strip().lower()
        if before in NOT_A_SHARE_PERIOD_BEFORE:
            continue
        if INTERVAL_AFTER_PERIOD.match(text, later.end()) or re.match(
            rf"{H}+(?:of|on|old|or)\b", text[later.end() :], re.IGNORECASE
        ):
            continue  # "each year later", "every year of follow-up"
        period = later.group("period") or later.group("a_period")
        period = (period or PERIOD_ADVERBS[later.group("adverb").lower()]).lower()
        found[index] = replace(quantity, per=period)
    return found


def _counts_per_period(text: str, found: list[Quantity]) -> list[Quantity]:
    """``22 people on the waiting list die every day``, ``about 17 people are added to the
    list each day``: a count whose clause says later how often it happens (every day, each
    week, a month, hourly) counts per that period, ``people/day``, as ``17 deaths a day``
    does. Years are left out: ``… die every year`` is as often an annual total."""
    for index, quantity in enumerate(found):
        if quantity.kind != "count" or quantity.per is not None or not quantity.unit:
            continue
        limit = found[index + 1].start if index + 1 < len(found) else len(text)
        later = PERIOD_LATER.match(text[: min(limit, quantity.end + 80)], quantity.end)
        if later is not None and later.group().strip():
            said = later.group().lower().split()
            if (
                len(said) >= 2
                and said[-2] in ("a", "an")
                and INTERVAL_AFTER_PERIOD.match(text, later.end())
            ):
                continue  # "two doses a month apart": the gap between them, no rate
            if len(said) >= 3 and said[-2] in ("a", "an") and said[-3] in SPAN_BEFORE_AN:
                continue  # "two or three doses spread over a month": the span, no rate
            period = later.group("period") or ADVERB_PERIODS[later.group("adverb").lower()]
        else:
            # "Each minute without treatment, a stroke kills 190,000 neurons": said before
            start = max(found[index - 1].end if index else 0, quantity.start - 80)
            before = PERIOD_BEFORE.search(text, start, quantity.start)
            if before is None:
                continue
            period = before.group("period")
        period = period.lower()
        found[index] = replace(quantity, unit=f"{quantity.unit}/{period}", per=period, kind="rate")
    return found


SPAN_BEFORE_AN = frozenset({"over", "across", "within", "for", "during", "throughout"})
"""Before ``a``/``an`` and a period, a word that makes it the span counted over, no rate's
period: ``two or three doses spread over a month``, ``4 visits across a year``."""


DAILY_AMOUNT = re.compile(
    rf"\b(?:daily|a{H}+day['’]s|day['’]s){H}+(?:[\w-]+{H}+){{0,2}}?"
    r"(?:doses?|intakes?|allowances?|amounts?|limits?|maximum|requirements?|needs?"
    r"|supplements?|tablets?|capsules?)\b"
    rf"|\b(?:doses?|intakes?|allowances?|limits?|maximum){H}+(?:per|a|each){H}+day\b",
    re.IGNORECASE,
)
"""An amount said to be a day's before it: "the maximum daily dose … is 600 mg", "a
recommended daily intake of 10 µg", "the dose per day is 2 g"."""
DAILY_AMOUNT_REACH = 60  # characters before an amount searched for "daily dose"


def _daily_amounts(text: str, found: list[Quantity]) -> list[Quantity]:
    """An amount of a substance (mg, µg, g, mL, IU) with no period, whose words before it in
    its sentence, or its own text, call it a day's (``The maximum daily dose of allopurinol
    is 600 mg``): 600 mg per day, as ``600 mg a day`` is, so it meets claims in mg/day."""
    for index, quantity in enumerate(found):
        if quantity.per is not None or quantity.kind != "measure" or not quantity.unit:
            continue
        if "/" in quantity.unit or not DOSE_AMOUNT_UNIT.fullmatch(quantity.unit):
            continue
        start = max(found[index - 1].end if index else 0, quantity.start - DAILY_AMOUNT_REACH)
        before = text[start : quantity.end]
        cut = max(before.rfind(". "), before.rfind(";"), before.rfind("\n"))
        if DAILY_AMOUNT.search(before[cut + 1 :]):
            found[index] = replace(quantity, per="day")
    return found


DOSE_AMOUNT_UNIT = re.compile(DOSE_UNITS, re.IGNORECASE)  # the amounts a dose is written in


def _elided_time_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """``95% after 10 years and 85% after 20``, ``12% within 30 days and 18% within 90``: a
    number with no unit that :func:`elided_time_unit` finds a timepoint in the unit said
    before it is a duration in that unit (a bound stays a bound), not a bare figure."""
    for index, quantity in enumerate(found):
        if quantity.unit is not None or quantity.per is not None or quantity.statistic:
            continue
        if quantity.kind not in ("number", "duration") or quantity.role or quantity.spread:
            continue
        digits = re.search(r"\S+\Z", quantity.text)
        start = quantity.end - len(digits.group()) if digits else quantity.start
        unit = elided_time_unit(text, start, quantity.end) or time_unit_said_after(
            text, start, quantity.end
        )
        if unit is None:
            continue
        found[index] = replace(quantity, unit=unit, kind="duration")
        if quantity.text.lower().startswith("over") and quantity.high is None:
            # "… 25% over 3": a period, as "over 3 years" is, not more than three
            found[index] = replace(
                found[index],
                text=text[start : quantity.end],
                start=start,
                high=quantity.low,
                low_inclusive=True,
                comparator=None,
            )
    return found


def _is_bare(quantity: Quantity) -> bool:
    """A figure read with nothing to say what it counts or measures."""
    return (
        quantity.kind == "number"
        and quantity.unit is None
        and quantity.per is None
        and quantity.statistic is None
        and quantity.role is None
        and quantity.spread is None
    )


POINT_GROUPING_KINDS = frozenset({"number", "count", "money", "measure", "rate"})


def _settle_point_grouping(
    text: str, reading: _Reading, style: dot_thousands.DocumentStyle
) -> None:
    """``905.677 new cases``, ``kr. 1.200``, and a ``905.677`` table cell under a page that
    writes ``905,677`` elsewhere: a single point before three digits groups thousands when the
    figure or its document says so (:func:`dot_thousands.groups_thousands`)."""
    if reading.has_scale or reading.statistic or reading.kind not in POINT_GROUPING_KINDS:
        return
    if reading.low < 0 or reading.spelled:
        return
    surfaces = [text[start:end] for start, end in reading.number_spans]
    if not dot_thousands.groups_thousands(
        text,
        surfaces,
        style,
        start=reading.number_spans[0][0],
        end=reading.end,
        currency=reading.currency,
        currency_before=reading.currency_before,
        noun_head=reading.noun_head,
        per=reading.per,
    ):
        return
    values = sorted(float(surface.replace(".", "")) for surface in surfaces)
    reading.low, reading.high = values[0], values[-1]


ASIDE_THEN_COMPARATOR = re.compile(
    rf"{H}*\((?P<aside>[^()\n]{{1,40}})\)(?={lexicon.COMPARATOR_AFTER.pattern})", re.IGNORECASE
)
"""A bracketed conversion between a figure and its trailing comparator: ``4.5 kg (10 lb) or
more``, ``48 mmol/mol (6.5%) or over``, ``80 cm (31.5 in) or less``."""


ALTERNATIVE_BETWEEN = re.compile(
    rf"(?:{H}+(?:of|for|in|on){H}+(?:[\w'’-]+{H}+){{0,3}}?[\w'’-]+)?,?{H}+or{H}+\Z"
)
"""What stands between a bounded figure and its alternative: ``of moderate activity, or``,
``for adults or``, ``or``."""


BRACKET_OPENS = re.compile(rf"{H}*\({H}*\Z")
BRACKETED_GROUP_AFTER = re.compile(rf"{H}+(?i:for|in|among|if|with)\b[^()\n\d]{{1,40}}\)")
"""A bracket that holds a figure and whom it is for, after a bounded figure: ``94 cm or more
(80 cm for women)``, ``over 102 cm (88 cm in women)``, ``no more than 14 units a week (7 units
for pregnant women)``: the same threshold for another group, bounded alike."""


def _bound_shared_by_an_alternative(text: str, found: list[Quantity]) -> list[Quantity]:
    """``at least 150 minutes of moderate activity, or 75 minutes of vigorous activity``, ``up
    to 400 mg of ibuprofen or 1 g of paracetamol``: a comparator before the first of two
    alternatives said with ``or`` bounds the second as well, when both are the same kind of
    amount in the same unit (or the same kind of unit: mg and g) and the second has no bound
    or hedge of its own; the second's span stays as written. So does a threshold for another
    group in brackets after it (:data:`BRACKETED_GROUP_AFTER`: ``94 cm or more (80 cm for
    women)`` is at least 80 cm), which takes a dose's period too (``14 units a week (7 units
    for pregnant women)``)."""
    for index in range(1, len(found)):
        first, second = found[index - 1], found[index]
        if not first.comparator or second.comparator or second.approx or first.low == first.high:
            continue
        if second.low != second.high or second.low is None or first.kind != second.kind:
            continue
        if first.unit != second.unit and not (
            first.kind == "measure" and {first.unit, second.unit} <= {"mg", "g", "µg", "kg"}
        ):
            continue
        if first.unit is None:
            continue
        bracketed = bool(
            BRACKET_OPENS.fullmatch(text, first.end, second.start)
            and BRACKETED_GROUP_AFTER.match(text, second.end)
        )
        if not bracketed and not ALTERNATIVE_BETWEEN.fullmatch(text, first.end, second.start):
            continue
        if bracketed and second.per is None and first.per is not None and first.kind == "measure":
            second = replace(second, per=first.per)  # "(7 units for pregnant women)": a week
        if first.high is None:
            found[index] = replace(
                second, high=None, low_inclusive=first.low_inclusive, comparator=first.comparator
            )
        elif first.low is None:
            found[index] = replace(
                second, low=None, high_inclusive=first.high_inclusive, comparator=first.comparator
            )
    return found


def _bound_across_an_aside(text: str, found: list[Quantity]) -> list[Quantity]:
    """``7.0 mmol/L (126 mg/dL) or above``: the comparator after the brackets bounds the figure
    before them and each figure inside them (the same amount in another unit), inclusively;
    the spans stay as written."""
    for index, quantity in enumerate(found):
        if quantity.low != quantity.high or quantity.comparator or quantity.low is None:
            continue
        aside = ASIDE_THEN_COMPARATOR.match(text, quantity.end)
        if not aside:
            continue
        comparator = lexicon.COMPARATOR_AFTER.match(text, aside.end())
        found[index] = _bounded_by(quantity, comparator)
        for i in range(index + 1, len(found)):  # sorted by start: stop past the brackets
            if found[i].start >= aside.end("aside"):
                break
            if found[i].end <= aside.end("aside"):
                found[i] = _bounded_by(found[i], comparator)
    return found


def _bounded_by(quantity: Quantity, comparator: re.Match[str]) -> Quantity:
    """A point figure made one-sided by a trailing comparator (``or more``, ``or less``)."""
    if quantity.low != quantity.high:
        return quantity
    words = " ".join(comparator.group().split())
    if comparator.group("low"):
        return replace(quantity, high=None, low_inclusive=True, comparator=words)
    return replace(quantity, low=None, high_inclusive=True, comparator=words)


FEE_NOTICE_GAP = re.compile(rf"/[-=]{H}*(?:to|[-–—]){H}*")
FEE_NOTICE_END = re.compile(r"/[-=](?![\d-])")


def _fee_notice_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """``Rs.4,500/- to Rs.6,000/-``, ``from Rs.250/- to Rs.450/-``: the Indian fee notice's
    ``/-`` ("and no paise") after each end of a range of prices in one currency; one range,
    as ``Rs.4,500 to Rs.6,000`` is (``from`` opens the range, it bounds no side)."""
    out: list[Quantity] = []
    for quantity in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == quantity.kind == "money"
            and before.unit == quantity.unit
            and before.low is not None
            and quantity.low == quantity.high is not None
            and (before.low == before.high or (before.comparator or "").lower() == "from")
            and FEE_NOTICE_GAP.fullmatch(text, before.end, quantity.start)
        ):
            end = quantity.end
            opened_by_from = (before.comparator or "").lower() == "from"
            if closing := FEE_NOTICE_END.match(text, end):
                end = closing.end()
            out[-1] = replace(
                before,
                text=text[before.start : end],
                end=end,
                high=quantity.high,
                high_inclusive=True,
                comparator=None if opened_by_from else before.comparator,
                per=before.per or quantity.per,
            )
            continue
        out.append(quantity)
    return out


def _ends_share_a_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """``from 208 pounds to 193``: the end of a change written without a unit takes its
    start's (the start already takes the end's: ``from 8.1 to 6.9%``), and a start with the
    end's unit takes the end's rate (``from $900 to $1,300 a month``)."""
    for index in range(1, len(found)):
        start, end = found[index - 1], found[index]
        if (
            end.role != AFTER
            or start.role != BEFORE
            or not TO_BETWEEN.fullmatch(text, start.end, end.start)
        ):
            continue
        if end.unit is None and start.unit:
            found[index] = replace(end, unit=start.unit, kind=start.kind)
        elif end.per and start.per is None and end.unit == f"{start.unit}/{end.per}":
            # "from $900 to $1,300 a month": the start is per month too
            found[index - 1] = replace(start, unit=end.unit, kind=end.kind, per=end.per)
    return found


def _union(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sorted span lists as one sorted list of disjoint spans."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(first + second):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _overlaps(blocked: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(ends, start)
    return index < len(blocked) and blocked[index][0] < end


def _without_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    kept: list[Quantity] = []
    for quantity in quantities:
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept


def _read_number(match: re.Match[str]) -> tuple[float, bool]:
    """(value, spelled out) of an :data:`ATOM` or :data:`NUMBER_AT` match."""
    if match.group("digits") is not None:
        return parse_digits(match.group("digits")), False
    if match.groupdict().get("glued") is not None:
        return parse_digits(match.group("glued")), False
    return parse_words(match.group("words")), True


def _read(text: str, match: re.Match[str]) -> _Reading | None:
    """Read one candidate from its first number outward; None when it cannot be a quantity."""
    if match.group("multiple"):
        value = float(MULTIPLE_WORDS[match.group("multiple").lower()])
        reading = _Reading(match.start(), match.end(), value, value, spelled=True)
        reading.number_spans.append(match.span())
        reading.unit, reading.kind = "fold", "multiple"
        if match.group("multiple").lower() in ("double", "triple", "quadruple"):
            return None
        if _in_a_name(text, match):
            return None  # "The Twentyfold Trust", "the Threefold Health network": a name
        _read_left(text, reading)
        return reading

    if (
        match.group("relative")
        or match.group("halved")
        or match.group("twice")
        or match.group("twice_the")
        or match.group("hedged_multiple")
    ):
        return _read_relative_words(text, match)

    if match.group("times_word"):
        return _read_times_word(text, match)

    if match.group("sig"):
        return _read_sig_frequency(text, match)

    if match.group("multiplied"):
        return _read_multiplied(text, match)

    if said_fraction := match.group("fraction") or match.group("level_fraction"):
        if PART_OF_A_PERIOD.search(text, max(0, match.start() - 12), match.start()):
            return None  # "the first half of the year", "the last quarter"
        if re.match(CHANGE_NOUN_AFTER, text[match.end() :]) and ORDINAL_LOOKING.fullmatch(
            said_fraction
        ):
            return None  # "a third rise in prices": the third rise, no share
        value = _fraction_value(said_fraction)
        if FRACTION_AS_AFTER.match(text, match.end()) or MULTIPLE_AGAINST_AT.match(
            text, match.end()
        ):
            # "a third as often", "half as strong", "a third that of": a multiple, as
            # "twice as likely" is
            reading = _Reading(match.start(), match.end(), value, value, spelled=True)
            reading.number_spans.append(match.span())
            reading.unit, reading.kind = "fold", "multiple"
            _read_left(text, reading)
            return reading
        if scale := FRACTION_OF_SCALE.match(text, match.end()):
            return _read_fraction_of_scale(text, match, value, scale)
        if percent := FRACTION_OF_A_PERCENT.match(text, match.end()):
            # "half of one percent", "a tenth of a per cent": a part of one percent, 0.5%
            reading = _Reading(match.start(), percent.end(), value, value, spelled=True)
            reading.number_spans.append(match.span())
            reading.unit, reading.kind = "percent", "percent"
            _read_left(text, reading)
            return reading
        reading = _Reading(match.start(), match.end(), value, value, spelled=True)
        reading.number_spans.append(match.span())
        if to_one := FRACTION_TO_ONE.match(text, match.end()):
            # "half to one tablet", "a quarter to 1 teaspoon": a range of amounts, not a share
            reading.number_spans.append(to_one.span("one"))
            reading.high, reading.end, reading.numeral_fraction = 1.0, to_one.end(), True
            _read_left(text, reading)
            return reading if _read_right(text, reading) and reading.unit else None
        reading.unit, reading.kind = "proportion", "proportion"
        _read_left(text, reading)
        if (
            re.match(FRACTION_BEFORE_GROUP, text[match.end() : match.end() + 40])
            and FRACTION_BEFORE_GROUP_AT.match(text, match.end())
            and reading.comparator is None
            and not reading.approx
        ):
            return None  # "half patients" with no hedge: too rare a share to read
        reading.role = _fraction_change_role(text, reading)
        return reading

    if match.group("numeral_fraction"):
        return _read_numeral_fraction(text, match)

    if match.group("vague"):
        return _read_vague(text, match)
    if match.group("few"):
        return _read_few(text, match)

    if match.group("one_and_half"):  # "an hour and a half", "a year and a half"
        reading = _Reading(match.start(), match.end(), 1.5, 1.5, spelled=True)
        reading.number_spans.append(match.span())
        time = units.TIME.match(" " + match.group("half_unit"))
        if time is None:
            return None
        reading.unit, reading.kind = units.time_unit(time.group("time")), "duration"
        _read_left(text, reading)
        return reading

    if match.group("couple_of"):
        return _read_couple_of_a_period(text, match)
    if match.group("an_time"):
        if one_or_two := ONE_OR_TWO.match(text, match.end()):
            # "a day or two", "a week or two": one or two of the unit, as "one or two
            # tablets" is [1, 2]
            reading = _Reading(match.start(), one_or_two.end(), 1.0, 2.0, spelled=True)
            reading.number_spans.append(match.span())
            reading.unit = units.time_unit(one_or_two.group("unit"))
            reading.kind = "duration"
            _read_left(text, reading)
            return reading
        return _read_an_time(text, match)

    if match.group("half_a") or match.group("part_of_a") or match.group("fraction_unit"):
        # "half an hour", "a quarter of an hour", "three-quarters of a mile", "a half
        # tablet", "a three-fourth cup": an amount
        part = match.group("part_words") or match.group("fraction_unit")
        value = 0.5 if part is None else _fraction_value(part)
        reading = _Reading(match.start(), match.end(), value, value, spelled=True)
        reading.number_spans.append(match.span())
        _read_left(text, reading)
        if not _read_right(text, reading):
            return None
        if reading.unit is None and (form := PART_FORM_AFTER.match(text, reading.end)):
            # "half a tablet", "a quarter teaspoon": a part of one thing counted, as "½ cup"
            reading.unit, reading.kind = form.group("form").lower(), "count"
            reading.end = form.end()
        return reading if reading.unit else None

    value, spelled = _read_number(match)
    reading = _Reading(match.start(), match.end(), value, value, spelled)
    reading.number_spans.append(match.span())
    if spelled and is_vague_words(match.group()):
        reading.approx = True  # "a couple hundred families": about 200
    half = HALF_AFTER.match(text, reading.end)
    if half and PART_OF_A_GROUP_AFTER.match(text, half.end()):
        half = None  # "half start by 14 and three-quarters by the mid-20s": a second share
    if half and (part := part_after(half)) is not None:  # "six and a half weeks"
        # "a million and a half", "a billion and a quarter": the part is of the scale said
        scale = trailing_scale(match.group()) if spelled else 1.0
        reading.low = reading.high = value + part * (scale if scale >= 1e6 else 1.0)
        reading.end = half.end()
    elif (odd := ODD_AFTER.match(text, reading.end)) and (
        odd.group().startswith("-") or value % 10 == 0
    ):  # "thirty-odd patients", "40 odd years": about thirty (never "3 odd socks")
        reading.approx, reading.end = True, odd.end()
    elif ish := ISH_AFTER.match(text, reading.end):
        # "10ish%", "20-ish patients", "15ish minutes": about the number, its unit after
        reading.approx, reading.end = True, ish.end()
    if match.group("glued") is not None and not _glued_is_quantity(text, match):
        return None
    _read_left(text, reading)
    _read_scale(text, reading, first=True)
    hedged_from = None
    hedge = HEDGE_BEFORE_NOUN.match(text, reading.end)
    if hedge and (not hedge.group("odd") or reading.low % 10 == 0):
        # "Thirty or so nurses", "two million odd adults": about the number, and the noun
        # after the hedge is still what is counted
        hedged_from, reading.approx, reading.end = reading.end, True, hedge.end()
    _read_restatement(text, reading)
    reading.role = _change_role(text, reading)
    if _read_spread(text, reading):
        _read_scale_after_spread(text, reading)
        _close_bracket_before_power(text, reading)
    else:
        number_end = reading.end
        _read_unit_before_range(text, reading)
        if reading.role is None or _end_of_change_is_a_range(text, reading):
            _read_range(text, reading)  # the level reached may be a range: "to 33–35 billion"
        if len(reading.number_spans) == 1:
            # no range after all ("10% and 20%"): the unit is read as this figure's own
            reading.end = number_end
    from_alone = reading.between == "from" and len(reading.number_spans) == 1
    from_start = reading.start
    if reading.between and (len(reading.number_spans) == 1 or reading.role == BEFORE):
        reading.start, reading.between = reading.start_inside_between, None
    if not _read_right(text, reading):
        return None
    _read_times_sign_before(text, reading)
    if hedge and hedged_from is not None and reading.end == hedge.end():
        reading.end = hedged_from  # nothing read after the hedge: "two million or so."
    _starting_dose_is_a_point(text, reading)
    if from_alone and reading.role is None and reading.currency and reading.side is None:
        # "from €3,900", "prices from £2,000": a price floor, at least the figure
        reading.start, reading.side, reading.inclusive = from_start, "low", True
        reading.comparator = "from"
    if reading.spread is None and not _read_spread(text, reading):
        _read_interval_after_words(text, reading)
    elif reading.per is None and reading.kind == "count":
        # "0.047 cases (95% CI, 0.042–0.052 cases) per 100,000": the rate after the interval
        _read_rate(text, reading)
    if reading.role == BEFORE and reading.unit is None:
        _borrow_unit_of_change(text, reading)
    if reading.currency and reading.spelled:
        _read_restatement(text, reading)  # "five hundred dollars ($500)"
    return reading


_OFFER_COUNT = r"\d{1,2}|one|two|three|four|five|six"
BUNDLE_PRICE = re.compile(
    rf"(?<![\w.,£$€-])(?i:{_OFFER_COUNT}){H}+for{H}+(?=[£$€]|(?:GBP|EUR|USD){H}?\d)"
)
"""A bare count before ``for`` and a price: ``2 for £30``, ``Two for £5``, a bundle's price."""
OFFER = StartScanned(
    re.compile(
        rf"(?<![\w.,-])(?i:buy){H}+(?i:{_OFFER_COUNT})(?:{H}+[a-z]+)?,?{H}+(?i:and{H}+)?(?i:get)"
        rf"{H}+(?i:{_OFFER_COUNT}|another|a{H}+second)(?:{H}+[a-z]+)?{H}+(?i:free|half{H}+price)\b"
        rf"|(?<![\w.,-])(?i:{_OFFER_COUNT})(?:{H}+[a-z]+)?{H}+for{H}+the{H}+price{H}+of{H}+"
        rf"(?i:{_OFFER_COUNT})(?![\w]|[.,]\d)"
    )
)
"""A multi-buy's mechanics: ``buy one get one free``, ``Buy 2 get 1 free``, ``buy 1, get 1 half
price``, ``3 sessions for the price of 2``, ``4 tests for the price of 3``."""


def _offers(text: str, found: list[Quantity]) -> list[Quantity]:
    """A multi-buy offer's counts are no figures (``Buy 2 get 1 free``, ``4 tests for the price
    of 3``: the deal, not a count a registry holds), and a bare count before ``for`` and a
    price is the bundle's price, one figure over both (``2 for £30`` is £30, never a bare 2
    to verify). A count with its noun (``3 sessions for £99``) stays a count; a discount in
    the offer stays (``10% off your second``)."""
    spans = [(m.start(), m.end()) for m in OFFER.finditer(text)]
    result = []
    for quantity in found:
        if any(start <= quantity.start and quantity.end <= end for start, end in spans):
            continue
        bundle = (
            BUNDLE_PRICE.search(text, max(0, quantity.start - 12), quantity.start + 6)
            if quantity.kind == "money"
            else None
        )
        if bundle is not None and bundle.end() == quantity.start:
            if result and result[-1].start >= bundle.start() and result[-1].end <= bundle.end():
                result.pop()  # the bare count "2" of "2 for £30"
            quantity = replace(
                quantity, text=text[bundle.start() : quantity.end], start=bundle.start()
            )
        result.append(quantity)
    return result


SPACED_TIMES_SIGN = re.compile(rf"(?<![\w.,])[xX×]{H}*\Z")
DOSE_THEN_SIGN = re.compile(
    rf"\A{H}*(?:\)|(?i:tabs?|tablets?|caps?|capsules?|puffs?|drops?))?{H}*\Z"
)


def _times_sign_frequencies(text: str, found: list[Quantity]) -> list[Quantity]:
    """``500mg x 2 daily``, ``5 ml × 3 a day``, ``400 mg X 3 daily``: a times sign between a
    dose and a bare number said per a period makes the number how often the dose is taken,
    as ``x2 a day`` glued is (``times/day``); the sign opens the figure. A bare number with no
    period after a dose (``500 mg x 2``) and a count before a dose (``2 x 500 mg``) stay as
    they were."""
    result = list(found)
    for index in range(1, len(result)):
        dose, number = result[index - 1], result[index]
        if (
            number.kind == "number"
            and number.unit is None
            and number.per in ("day", "week", "month", "hour", "night")
            and number.low is not None
            and number.low == number.high
            and float(number.low).is_integer()
            and 1 <= number.low <= 12
            and number.comparator is None
            and dose.kind in ("measure", "count")
            and dose.unit is not None
            and (sign := SPACED_TIMES_SIGN.search(text, max(0, number.start - 4), number.start))
            and DOSE_THEN_SIGN.match(text[dose.end : sign.start()])
        ):
            result[index] = replace(
                number,
                text=text[sign.start() : number.end],
                start=sign.start(),
                unit=f"times/{number.per}",
                kind="frequency",
            )
        elif (
            dose.kind == "count"
            and COUNT_THEN_SIGN.search(dose.text)
            and number.kind == "measure"
            and number.per is not None
            and number.start - dose.end <= 1
            and (period := PERIOD_ENDING.search(number.text))
        ):
            # "2 x 500 mg daily": 500 mg a dose, two doses; never 500 mg a day (as "two
            # 500 mg tablets daily" is read)
            end = number.start + period.start()
            result[index] = replace(number, text=text[number.start : end], end=end, per=None)
    return result


COUNT_THEN_SIGN = re.compile(rf"\d{H}*[xX×]\Z")
PERIOD_ENDING = re.compile(
    rf"{H}+(?:(?:every|each|per|a|an){H}+(?:day|week|month|night)|daily|weekly|monthly|nightly)\Z",
    re.IGNORECASE,
)


TIMES_SIGN_BEFORE = re.compile(r"(?:(?<=[\s(])|^)[×x]\Z")
"""A times sign glued before a number, after a blank or a bracket: ``×2``, ``×3 higher``."""


def _read_times_sign_before(text: str, reading: _Reading) -> None:
    """``her risk was ×2 that of her sister``, ``odds were ×3 higher``: a times sign glued
    before a bare whole or decimal number is a multiple, as ``3x`` and ``3 × higher`` after it
    are. Only a number with nothing read after it: ``x3 a day`` is a frequency and ``x2
    tablets`` a count, and a sign after a number (``5 ×2``) is a product, never this."""
    if (
        reading.unit is None
        and reading.kind == "number"
        and reading.currency is None
        and reading.statistic is None
        and reading.spread is None
        and not reading.spelled
        and len(reading.number_spans) == 1
        and reading.number_spans[0][0] == reading.start
        and (sign := TIMES_SIGN_BEFORE.search(text, max(0, reading.start - 1), reading.start))
    ):
        reading.start, reading.unit, reading.kind = sign.start(), "fold", "multiple"


NUMBER_START = re.compile(rf"[-−+~≈]?{H}*\Z")


def _starting_dose_is_a_point(text: str, reading: _Reading) -> None:
    """``start at 2.5 mg``, ``begin with 10 mL``, ``treatment starts at 12 weeks``: a starting
    dose or time is the amount one starts on, a point, not "at least" it; only a price is a
    floor after ``start at``/``starting from`` (``starting at $99``, ``start from €19``)."""
    if (
        reading.comparator is None
        or not START_WORDS.match(reading.comparator)
        or reading.currency is not None
        or reading.kind not in ("measure", "duration")
        or reading.side != "low"
        or reading.low != reading.high
        or len(reading.number_spans) != 1
    ):
        return
    reading.side, reading.comparator = None, None
    reading.inclusive = True
    reading.start = reading.number_spans[0][0]
    if sign := NUMBER_START.search(text, max(0, reading.start - 2), reading.start):
        reading.start = sign.start() if sign.group().strip() else reading.start


ASIDE_OPENS = re.compile(rf"[(\[]{H}*\Z")


def _read_vague(text: str, match: re.Match[str]) -> _Reading | None:
    """``thousands of patients``, ``tens of thousands of dollars``, ``hundreds of miles``: an
    order of magnitude (:func:`_vague_interval`) of what follows ``of``, or nothing when no
    unit or counted noun does (``hundreds of the``). In brackets it illustrates the words
    before it (``large numbers (billions of cells)``) and is no claim."""
    if ASIDE_OPENS.search(text, max(0, match.start() - 4), match.start()):
        return None  # "grown to large numbers (billions of cells)": an illustration
    low, high = _vague_interval(match.group("vague"))
    reading = _Reading(match.start(), match.end(), low, high, spelled=True)
    reading.number_spans.append(match.span())
    reading.high_inclusive = False
    _read_left(text, reading)
    if not PARTITIVE.match(text, match.end()):  # "hundreds of the trials" reads as a part
        reading.end = FRACTION_OF.match(text, match.end()).end()
    if not _read_right(text, reading) or reading.unit is None:
        return None
    return reading


def _read_few(text: str, match: re.Match[str]) -> _Reading | None:
    """``Several hundred patients``, ``a few thousand people``, ``a few hundred thousand
    adults``, ``several dozen clinics``: a vague count, never a precise one. More than one of
    the scale and fewer than ten of it, [2N, 10N) (its top left out, as ``hundreds of`` is),
    of the unit or counted noun after it; nothing when none follows (``several hundred or
    even 1,000 megawatts`` leaves the words to the figure after them)."""
    scale = FEW_VALUES[match.group("few_scale").lower()]
    if match.group("few_scale2"):
        scale *= FEW_VALUES[match.group("few_scale2").lower()]
    reading = _Reading(match.start(), match.end(), 2 * scale, 10 * scale, spelled=True)
    reading.number_spans.append(match.span())
    reading.high_inclusive = False
    _read_left(text, reading)
    if (
        match.group("few_plural")
        or match.group("few_scale2")
        and text[match.start("few_scale2") - 3 : match.start("few_scale2")].strip().lower() == "of"
    ):
        if PARTITIVE.match(text, match.end()):
            return None  # "several hundreds of the trials": a part of a group
        of = FRACTION_OF.match(text, match.end())
        if of is None:
            return None
        reading.end = of.end()
    if not _read_right(text, reading) or reading.unit is None:
        return None
    return reading


TO_RANGE_THEN_UNIT = re.compile(
    rf"{H}+to{H}+(?:about{H}+)?(?P<partner>{DIGITS})"
    rf"(?={H}*(?:%|(?i:per{H}?cent|percent)\b)|{H}*[A-Za-zµμ°$€£])"
)
THEN_TO_A_FIGURE = re.compile(rf"{H}+to{H}+(?:about{H}+)?[-−]?[$€£]?\d")


def _end_of_change_is_a_range(text: str, reading: _Reading) -> bool:
    """Whether an end of a change is itself a range: written with a dash (``from 60–65% to
    40–45%``, ``to 33–35 billion``), or with ``to`` when its far end has a unit the near end
    lacks: the start when another ``to`` and a figure follow that unit (``from 5 to 7 per
    cent to 3 to 5 per cent``), the end when it was reached (``cut to 3 to 5 per cent``)."""
    if reading.role is None:
        return False
    if DASH_AFTER.match(text, reading.end):
        return True
    found = TO_RANGE_THEN_UNIT.match(text, reading.end)
    if not found or not NUMBER_AT.match(text, found.start("partner")):
        return False
    if reading.role == AFTER:
        return True
    unit_end = _unit_end(text, found.end("partner"))
    return unit_end is not None and THEN_TO_A_FIGURE.match(text, unit_end) is not None


def _unit_end(text: str, end: int) -> int | None:
    """Where a percent, a currency, a unit of time or of measure after ``end`` ends."""
    for found in (
        units.PERCENT.match(text, end),
        units.CURRENCY_AFTER.match(text, end),
        units.TIME.match(text, end),
        _measure_at(text, end),
    ):
        if found:
            return found.end()
    return None


FRACTION_FAR_END = re.compile(rf"{H}*(?:to|[-–—]){H}*(?i:(?P<far>{LEVEL_FRACTION}))")
"""The far end of a range of fractions: ``by a third to a half``, ``by a quarter–a third``."""


def _fraction_change_role(text: str, reading: _Reading) -> str | None:
    """A fraction's role at an end of a change (``went up from a fifth to a third``, ``fell to
    a third``, ``up from a half``): ``from`` after a change word makes it the start (its
    text leaves ``from`` out, as a start in digits does), ``to`` after one (or after a
    start) the level reached."""
    role = _change_role(text, reading)
    if role is not None and reading.between:
        reading.start, reading.between = reading.start_inside_between, None  # not "from"
    return role


def _change_role(text: str, reading: _Reading) -> str | None:
    """BEFORE or AFTER when the figure is an end of a change (``fell from 8.1% to 6.9%``,
    ``rose to 30``, ``up from 4%``), else None.

    ``from X to Y`` is a change when a change word (rose, fell, cut, reduced, improved …)
    stands before ``from`` in its clause and no range word (ranging, varies, between,
    priced …) stands nearer; otherwise it stays an interval. ``to Y`` after a change word is
    the value reached. Each end is then its own point: neither is an interval.
    """
    if reading.statistic is not None:
        return None
    if reading.comparator is None and ARROW_TO_FIGURE.match(text, reading.end):
        return BEFORE  # "a1c 9.2 -> 6.8": an arrow between two figures is a change
    if reading.comparator is None and _arrow_from_figure(
        text, max(0, reading.start - 40), reading.start
    ):
        return AFTER
    if reading.comparator is not None:
        # "fell from up to 252 miles to 287": a bounded start of a change
        from_before = FROM_BEFORE.search(text, max(0, reading.start - 8), reading.start)
        if from_before and _change_word_before(text, from_before.start()):
            return BEFORE
        # "rose from 40% to more than 60%": a bounded level reached
        to_before = TO_BEFORE.search(text, max(0, reading.start - 6), reading.start)
        if to_before and (
            _change_word_before(text, reading.start) or _start_of_change_before(text, reading)
        ):
            return AFTER
        return None
    number_start = reading.start_inside_between if reading.between else reading.start
    if UP_FROM_BEFORE.search(text, max(0, number_start - 16), number_start):
        return BEFORE
    if (just := FROM_JUST_BEFORE.search(text, max(0, number_start - 20), number_start)) and (
        _from_just_starts_a_change(text, just.start())
    ):
        return BEFORE  # "jumped to 60% from just 35%": the start, emphasised
    if (base := FROM_BASELINE_BEFORE.search(text, max(0, number_start - 50), number_start)) and (
        _change_word_before(text, base.start())
    ):
        return BEFORE  # "fell by 1.1% from a baseline of 8.4%": the level it started at
    if reading.between == "from":
        if not _change_word_before(text, reading.start):
            return None
        if reading.currency is not None and _product_named_by_a_change_word(text, reading):
            return None  # "Eye drops from £4.99", "Brow lift from £2,800": a price floor
        return BEFORE
    to_before = TO_BEFORE.search(text, max(0, reading.start - 6), reading.start) or (
        TO_CENTRE_BEFORE.search(text, max(0, reading.start - 30), reading.start)
    )
    if to_before and _start_of_change_before(text, reading):
        return AFTER
    if to_before and _change_word_before(text, reading.start):
        named = _named_number_before(text, to_before.start())
        if named is None or _from_figure_before(text, named):
            return AFTER  # "rose from 30% at week 12 to 45%": the level reached
    return None


NUMBER_JUST_BEFORE = re.compile(rf"(?<![\w.,])\d+(?:\.\d+)?{H}+\Z")


def _named_number_before(text: str, position: int) -> int | None:
    """Where a score's, a scale's or a label's number starts, when one stands right before
    ``position`` (the ``to`` of ``reached ACR 20 to 58% of patients``): that ``to`` gives the
    outcome to the share after it, so the share is no level a change reached, unless the
    change's start was said before the name (``rose from 30% at week 12 to 45%``)."""
    number = NUMBER_JUST_BEFORE.search(text, max(0, position - 12), position)
    if number is None or not named_outcomes.names_the_first_end(text, number.start()):
        return None
    return number.start()


FROM_IN_CLAUSE = re.compile(rf"(?<![\w])(?i:from){H}+[^.;:!?\n]*\Z")


def _from_figure_before(text: str, position: int) -> bool:
    """Whether ``from`` and a figure open a change earlier in the clause before ``position``."""
    found = FROM_IN_CLAUSE.search(text, max(0, position - CHANGE_REACH), position)
    return found is not None and FROM_FIGURE.match(text, found.start()) is not None


FROM_FIGURE = re.compile(
    rf"(?<![\w])from{H}+(?:(?:about|around|roughly|nearly|almost|approximately|some|just"
    rf"|under|over|below|above|(?:less|more|fewer){H}+than){H}+)?"
    rf"(?:[-−+~≈$€£¥₹]|[A-Z]{{3}}{H}*)?\.?\d",
    re.IGNORECASE,
)
"""A change's start figure after ``from``, with its approximation or bound: ``from around
300,000 to over 1 million``."""
NUMBER_IN_PHRASE = re.compile(
    rf"(?P<aside>(?<![\w])(?:in|by|since|of|aged?|over|under|above|below){H}+"
    rf"(?:19|20)?\d{{2}}(?![\d.,%])"
    rf"|\({H}*(?:in{H}+)?(?:19|20)\d{{2}}(?:[/–-]\d{{2}})?{H}*\))"
    rf"|(?P<label>(?<![\w])(?i:weeks?|wks?|days?|months?|years?|visits?|cycles?|doses?|waves?"
    rf"|phases?|rounds?|sessions?|quarters?|Q|semesters?|terms?|trimesters?){H}*\d{{1,3}}"
    rf"(?![\d.,%]))"
    rf"|\d[\d.,]*"
)
"""The numbers between a change's start and ``to``; a year or an age after its preposition
(``from 12% in adults aged over 40 in 2010 to 18%``) is an aside, not a figure; so is a year
in brackets (``from 212 (2018) to 305``, ``(2018/19)``), and a schedule label's number that
says when each end was measured (``from 14.2% in week 2 to 9.8% in week 5``, ``at visit 1``,
``in cycle 3``), whatever shape the start figure has."""
RANGE_START = re.compile(rf"[\d.,]+{H}*(?:[-–—]|to){H}*[\d.,]+")
"""A change's start written as a range: ``from 5 to 7 per cent to 3 to 5 per cent``."""
INSERTED_PHRASE_REACH = 48
"""Characters a phrase may take between a change's start figure and ``to``: ``from 13.4
months on sorafenib to 19.2 months``, ``from 8.1% at baseline to 6.9%``."""


def _start_of_change_before(text: str, reading: _Reading) -> bool:
    """Whether ``to Y`` ends a change whose ``from X`` stands earlier in the clause with a
    phrase between (``raised survival from 13.4 months on sorafenib to 19.2 months``): the
    change word is then counted from ``from``, as it is for X."""
    position = reading.start
    window_start = max(0, position - CHANGE_REACH - INSERTED_PHRASE_REACH)
    starts = list(FROM_FIGURE.finditer(text, window_start, position))
    if not starts:
        return False
    start = starts[-1]
    between = text[start.end() : position]
    if CLAUSE_START.search(between) or re.search(r"\bfrom\b", between, re.IGNORECASE):
        return False
    # the start figure, its unit and the inserted phrase: nothing but words and one number
    numbers = [  # a year or an age in the phrase is no second figure of the change
        found
        for found in NUMBER_IN_PHRASE.finditer(text, start.end() - 1, position)
        if not found.group("aside") and not found.group("label")
    ]
    start_is_a_range = len(numbers) == 2 and RANGE_START.match(text, start.end() - 1)
    if not (len(numbers) == 1 or start_is_a_range) or len(between) > INSERTED_PHRASE_REACH + 24:
        return False
    return _change_word_before(text, start.start())


FROM_JUST = re.compile(rf"(?i:from{H}+(?:just|only|a{H}+mere){H}*)")
"""``from just``/``from only``: a price floor's words (``whitening from just £29``), or the
start of a change said with emphasis (``jumped to 60% from just 35%``)."""


def _from_just_starts_a_change(text: str, position: int) -> bool:
    """Whether ``from just``/``only``/``a mere`` at ``position`` opens a change's start
    (a change word in the clause before it, with no comma between: ``uptake jumped to 60%
    from just 35%``, ``cut waits from only 4 weeks``) rather than a price floor (``whitening
    from just £29``, ``prices rose, with scans now from just £99``)."""
    if not FROM_JUST.match(text, position):
        return False
    since_comma = text.rfind(",", max(0, position - CHANGE_REACH), position) + 1
    # "prices rose, with scans now from just £99": a floor after a clause break
    return bool(CHANGE_WORD.search(text, since_comma, position)) and _change_word_before(
        text, position
    )


YEAR_SPAN = re.compile(
    rf"(?:(?i:between){H}+)?(?:19|20)\d{{2}}{H}+(?i:and){H}+(?:19|20)\d{{2}}(?![\d.,]\d)"
)
"""A span of years said with ``and`` (``between 2021 and 2022``, ``in 2019 and 2020``): when
a change happened, so its ``between`` is no range word and its ``and`` starts no clause
(``barely moved between 2021 and 2022, from 5,120 to 5,340`` is a change)."""


def _change_word_before(text: str, position: int) -> bool:
    """Whether a change word, and no nearer range word, stands in the clause before; a span
    of years (:data:`YEAR_SPAN`) is blanked first, as it only dates the change."""
    window_start = max(0, position - CHANGE_REACH)
    window = YEAR_SPAN.sub(lambda found: " " * len(found.group()), text[window_start:position])
    breaks = list(CLAUSE_START.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    changes = list(CHANGE_WORD.finditer(window))
    if not changes:
        return False
    ranges = list(RANGE_WORD.finditer(window))
    return not ranges or ranges[-1].start() < changes[-1].start()


PRODUCT_CHANGE_WORD = re.compile(
    rf"(?i:(?:lifts?|reductions?|drops)\b|lower{H}+(?!(?:from|by|to|than|the|its|their)\b)[a-z])"
)
"""A change word that names what is sold: ``eye drops``, ``a brow lift``, ``breast
reduction``, ``lower dentures`` (``lower`` before a noun, no verb)."""
CHANGE_END_AFTER = re.compile(rf"{H}*(?:[-–—]|(?i:to|and){H}){H}*(?:[£$€¥₹]|\d)")
"""A change's end after its start: ``from £40 to £30``."""


def _product_named_by_a_change_word(text: str, reading: _Reading) -> bool:
    """Whether the change word before a lone ``from`` and a price only names the product
    priced (:data:`PRODUCT_CHANGE_WORD`) and no end follows: ``Eye drops from £4.99``, ``Brow
    lift from £2,800``, ``Full lower dentures from £650`` are price floors, while ``Prices were
    reduced from £40`` and ``a price reduction from £40 to £30`` stay a change."""
    if CHANGE_END_AFTER.match(text, reading.end):
        return False
    window_start = max(0, reading.start - CHANGE_REACH)
    window = text[window_start : reading.start]
    breaks = list(CLAUSE_START.finditer(window))
    if breaks:
        window_start += breaks[-1].end()
    changes = list(CHANGE_WORD.finditer(text, window_start, reading.start))
    if not changes:
        return False
    last = changes[-1]
    return PRODUCT_CHANGE_WORD.match(text, last.start()) is not None


def _borrow_unit_of_change(text: str, reading: _Reading) -> None:
    """``from 8.1 to 6.9%``: the starting figure takes the unit written after the end one,
    and its scale word when that keeps the two within a factor of ten (``from 24.2 to 33–35
    billion euros`` is 24.2 billion; ``from 900 to 1.2 million`` stays 900)."""
    found = UNIT_AFTER_PARTNER.match(text, reading.end)
    if not found:
        return
    end = found.end()
    scale = SCALE_AFTER.match(text, end)
    words_scale = trailing_scale(found["partner_words"]) if found["partner_words"] else 1.0
    if words_scale > 1 and not reading.has_scale:
        # "from two to three million people": the start is in the end's scale, as with digits
        partner = parse_words(found["partner_words"])
        if partner / 10 <= reading.low * words_scale <= partner * 10:
            reading.low *= words_scale
            reading.high *= words_scale
    elif scale and not reading.has_scale and (scale.group("word") or scale.group("abbr")):
        factor = scale_value(scale)
        said = found.group("partner")
        partner = (parse_digits(said) if said else parse_words(found["partner_words"])) * factor
        if factor > 1 and partner / 10 <= reading.low * factor <= partner * 10:
            reading.low *= factor
            reading.high *= factor
        end = scale.end()
    if reading.currency is None and (money := units.CURRENCY_AFTER.match(text, end)):
        reading.currency = units.currency_code(money.group("cur"))
        reading.unit, reading.kind, end = reading.currency, "money", money.end()
    elif share := units.PERCENT.match(text, end):
        reading.unit, reading.kind, end = units.percent_unit(share), "percent", share.end()
    elif (unit := units.TIME.match(text, end)) and not unit.group("old"):
        reading.unit, reading.kind = units.time_unit(unit.group("time")), "duration"
        end = unit.end()
    elif unit := _measure_at(text, end):
        reading.unit, reading.kind, end = units.measure_unit(unit), "measure", unit.end()
    _borrow_rate_of_change(text, reading, end)


def _borrow_rate_of_change(text: str, reading: _Reading, end: int) -> None:
    """``from 31 to 17 per 1,000 live births``: the starting figure is per what the end one
    is per, as it is in what the end one is in."""
    found = units.RATE.match(text, end)
    if not found or reading.per is not None:
        return
    is_duration = reading.unit in ("day", "week", "month", "year", "hour", "minute", "second")
    if is_duration and (found.group("adverb") or found.group("per")):
        return
    reading.per = units.rate_per(found)
    if reading.kind in ("money", "count"):
        reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"


def _read_spread(text: str, reading: _Reading) -> bool:
    """Take a spread written after a point figure into it (``52 (SD 9)``, ``0.8 (95% CI
    0.6–0.9)``): the figure's dispersion or interval, never a second figure to verify."""
    if reading.low != reading.high or len(reading.number_spans) > 1:
        return False
    found = SPREAD_AFTER.match(text, reading.end)
    if found and found.group("pm"):
        reading.spread = Spread("±", value=parse_digits(found.group("pm_value")))
    elif found and found.group("bracket_pm"):
        # "4.1 (±2.3) kg", "7.2 (± 0.8)%": the same dispersion, bracketed as tables print it
        # "(±2.9 g SD)": a label after the dispersion names its kind
        label = found.group("bracket_pm_label")
        if label is None and found.group("bracket_pm_unit").strip() in ("SD", "SE", "SEM"):
            label = found.group("bracket_pm_unit").strip()  # "(± 9 SD)": the label, no unit
        kind = _spread_kind(label) if label else "±"
        reading.spread = Spread(kind, value=parse_digits(found.group("bracket_pm_value")))
        _read_unit_of_spread(text, reading, found.start("bracket_pm_unit"))
    elif found and found.group("label"):
        value = parse_digits(found.group("value"))
        reading.spread = Spread(_spread_kind(found.group("label")), value=value)
    elif found and found.group("interval"):
        level = found.group("level") or found.group("level_after")
        reading.spread = _at_own_scale(
            text,
            reading,
            found,
            "",
            Spread(
                _spread_kind(found.group("interval")),
                low=_signed(found.group("low")),
                high=_signed(found.group("high")),
                level=float(level) if level else None,
            ),
        )
    elif found:
        low, high = _signed(found.group("o_low")), _signed(found.group("o_high"))
        spread = Spread(_spread_kind(found.group("other")), low=low, high=high)
        reading.spread = _at_own_scale(text, reading, found, "o_", spread)
    elif reading.statistic and (found := BARE_INTERVAL_AFTER.match(text, reading.end)):
        low, high = _signed(found.group("low")), _signed(found.group("high"))
        reading.spread = Spread("CI", low=low, high=high)
    elif (
        reading.statistic
        and (found := INTERVAL_AFTER_IN_BRACKET.match(text, reading.end))
        and text.rfind("(", max(0, reading.start - 12), reading.start) >= 0
        and _signed(found.group("low")) <= reading.low <= _signed(found.group("high"))
    ):
        # "(aOR 0.62, 0.48–0.80)", "(HR 0.62; 0.48 to 0.80)": the statistic's own bracket
        # goes on with a bare interval around it, its CI
        low, high = _signed(found.group("low")), _signed(found.group("high"))
        reading.spread = Spread("CI", low=low, high=high)
    elif text.find(")", max(0, reading.start - SPREAD_HEADING_REACH), reading.start) >= 0 and (
        announced := SPREAD_ANNOUNCED.search(
            text, max(0, reading.start - SPREAD_HEADING_REACH), reading.start
        )
    ):  # a heading's "(SD)" closes before the figure: no search without a ")" there
        # "Mean (SD) age was 62.3 (10.4) years": the heading names what the brackets hold
        kind = _spread_kind(re.sub(r"^\d+(?:\.\d+)?\s*%\s*", "", announced.group("kind")))
        if kind in ("CI", "IQR", "range"):
            found = BARE_INTERVAL_AFTER.match(text, reading.end)
            if not found:
                return False
            low, high = _signed(found.group("low")), _signed(found.group("high"))
            level = re.match(r"\d+(?:\.\d+)?", announced.group("kind"))
            level_value = float(level.group()) if level and kind == "CI" else None
            reading.spread = Spread(kind, low=low, high=high, level=level_value)
        else:
            found = BARE_DISPERSION_AFTER.match(text, reading.end)
            if not found:
                return False
            reading.spread = Spread(kind, value=parse_digits(found.group("value")))
    elif found := _dispersion_after_a_mean(text, reading):
        # "a mean age of 61.4 (9.8) years": a bare number in brackets after a mean and
        # before the unit is its SD, as trial reports write it without a heading
        reading.spread = Spread("SD", value=parse_digits(found.group("value")))
    elif found := _quartiles_after_a_median(text, reading):
        # "a median stay of 6 (4–9) days": the bracketed interval of a median is its IQR
        low, high = _signed(found.group("low")), _signed(found.group("high"))
        reading.spread = Spread("IQR", low=low, high=high)
    elif reading.has_scale and (spread := _scaled_interval_after(text, reading)):
        # "£2.1bn (£1.8bn to £2.4bn)": the bounds write the figure's currency and scale
        reading.spread, found = spread
    elif (found := BARE_INTERVAL_AFTER.match(text, reading.end)) and _brackets_its_figure(
        text, reading, found
    ):
        # "11.0 million (10.1–12.0) deaths", "5.2 (4.1–6.3) per 1,000": an uncertainty
        # interval in brackets, as GBD and WHO reports write it, around the figure it follows
        low, high = _signed(found.group("low")), _signed(found.group("high"))
        reading.spread = Spread("CI", low=low, high=high)
    else:
        return False
    reading.end = found.end()
    while _bracket_still_open(found) and (found := SPREAD_GOES_ON.match(text, reading.end)):
        reading.end = found.end()  # the JSON keeps the first spread; the others are in the span
    return True


OWN_SCALE_ABBREVIATIONS = frozenset("bln bn Bn mn Mn mln tn trn".split())
"""Scale abbreviations an interval may write after its bound (``£1.8bn``); a lone letter
(``m``, ``k``, ``L``) is too often a unit there to be read as a scale."""


def _at_own_scale(
    text: str, reading: _Reading, found: re.Match[str], prefix: str, spread: Spread
) -> Spread:
    """``188 million DALYs (95% UI 176–200 million)``: an interval that writes its own scale
    word after its upper bound is read at that scale (1.76e8 to 2.0e8), as its figure is,
    when the figure then lies within a factor of ten of it; an interval without one keeps its
    bounds as written (``11.0 million (10.1–12.0) deaths``, README)."""
    if found.group(f"{prefix}high") is None or spread.low is None or spread.high is None:
        return spread
    scale = SCALE_AFTER.match(text, found.end(f"{prefix}high"))
    abbreviation = scale.group("abbr") if scale else None
    if scale is None or (abbreviation and abbreviation not in OWN_SCALE_ABBREVIATIONS):
        return spread
    factor = scale_value(scale)
    if factor <= 1 or not spread.low * factor / 10 <= reading.low <= spread.high * factor * 10:
        return spread
    return _scaled_spread(spread, factor)


_SCALED_BOUND = (
    rf"(?:[£$€¥₹]|US\$|A\$|C\$)?{H}*(?P<BOUND>{DIGITS})"
    rf"(?P<BOUND_scale>{H}*(?:bln|bn|Bn|mn|Mn|mln|tn|trn|m|M|k|K)(?![\w²])"
    rf"|{H}+(?i:thousand|million|billion|trillion)\b)"
)
SCALED_INTERVAL_AFTER = re.compile(
    rf"{H}*\({H}*{_SCALED_BOUND.replace('BOUND', 'low')}{H}*(?:[-–—‐‑‒]|to){H}*"
    rf"{_SCALED_BOUND.replace('BOUND', 'high')}{H}*\)"
)
"""``£2.1bn (£1.8bn to £2.4bn)``, ``6.6 million (6.0 million–7.1 million)``: a bare bracketed
range whose bounds each write a scale (and the figure's currency, if any)."""


def _scaled_interval_after(text: str, reading: _Reading) -> tuple[Spread, re.Match[str]] | None:
    """The uncertainty interval of :data:`SCALED_INTERVAL_AFTER` after a scaled figure, read
    at its own scale, when both bounds write the same scale and the figure lies strictly
    inside it (as for a bare bracket, README); None otherwise."""
    found = SCALED_INTERVAL_AFTER.match(text, reading.end)
    if found is None:
        return None
    low_scale = SCALE_AFTER.match(found.group("low_scale"))
    high_scale = SCALE_AFTER.match(found.group("high_scale"))
    if low_scale is None or high_scale is None:
        return None
    factor = scale_value(high_scale)
    if scale_value(low_scale) != factor:
        return None
    low = parse_digits(found.group("low")) * factor
    high = parse_digits(found.group("high")) * factor
    if not low < reading.low < high:
        return None
    return _scaled_spread(Spread("CI", low=low / factor, high=high / factor), factor), found


AVERAGE_BEFORE = re.compile(
    rf"(?<![\w-])(?<!\bcould{H})(?<!\bwould{H})(?<!\bwill{H})(?<!\bmay{H})(?<!\bmight{H})"
    rf"(?<!\bcan{H})(?<!\bto{H})(?<!\bdoes{H})(?<!\bdid{H})(?<!\bnot{H})(?<!\bthat{H})"
    rf"(?P<word>(?i:mean|average|averaged|averaging|median))"
    rf"(?:{H}+(?!(?i:and|or|but|than|vs|versus|compared|whereas|while)\b)"
    rf"[A-Za-z][\w/-]*){{0,5}}(?:{H}*:|{H}+(?i:of|was|were|is|are))?{H}*"
    rf"(?:{_SIGNED}{H}*\({H}*{DIGITS}{H}*\)(?:{H}*[A-Za-z/%][\w/]*)?"
    rf"{H}*(?:,|(?i:and|vs\.?|versus|or)\b){H}*){{0,3}}\Z"
)
"""A mean, an average or a median named just before a figure, with up to three words of what
it is of and a verb or ``of``: ``a mean age of 61.4``, ``mean BMI 31.2``, ``a mean of 12.5``,
``average stay 5.2``, ``the mean HbA1c was 7.9``, ``averaged 5.2``, ``median stay 6``, ``mean
systolic blood pressure at entry was 142``; it covers the next figures of a list said the same
way (``Mean age was 61.4 (9.8) and 59.2``). Never the verb ``mean`` (``this could mean 40``,
``that will mean 12``), and never across a word that parts two figures (``mean age and 40``)."""
AVERAGE_REACH = 60
"""Characters before a figure searched for :data:`AVERAGE_BEFORE`."""
BARE_NUMBER_IN_BRACKETS = re.compile(rf"{H}*\({H}*(?P<value>{DIGITS}){H}*\)")
"""``61.4 (9.8)``: one bare number in round brackets, no unit, sign or percent inside
(``45 (12.3%)`` is a count and its share, never this)."""
YEAR_IN_BRACKETS = re.compile(r"(?:1[89]|20)\d\d\Z")
"""A bracketed year (``(2020)``): it dates the figure; it is no spread."""


def _average_before(text: str, reading: _Reading) -> re.Match[str] | None:
    """The mean, average or median word right before the figure (:data:`AVERAGE_BEFORE`)."""
    return AVERAGE_BEFORE.search(text, max(0, reading.start - AVERAGE_REACH), reading.start)


def _unit_at(text: str, position: int) -> bool:
    """Whether a unit, a currency word, a share or a counted noun starts at ``position``
    (after blanks): read as a figure's unit would be, on a scratch reading."""
    probe = _Reading(position, position, 1.0, 1.0, False)
    if units.PERCENT.match(text, position):
        return True
    return _read_plain_unit(text, probe) and (probe.unit is not None or probe.currency is not None)


def _dispersion_after_a_mean(text: str, reading: _Reading) -> re.Match[str] | None:
    """``a mean age of 61.4 (9.8) years``, ``mean BMI 31.2 (4.5) kg/m2``, ``fell by a mean of
    12.5 (8.1) mmHg``: after a mean or an average, a bare number in brackets with the unit
    after them is the mean's SD, one figure in that unit. A whole number in brackets with no
    unit after stays a citation marker (``the mean score was 40 (12).``), a decimal is the SD
    anyway (``mean score 24.3 (5.1)``); a bracketed year dates the figure (``(2019)``), a
    bracket after the figure's unit is the figure said again for another group (``Mean HbA1c
    was 7.4% (7.1)``), and a bracket without a mean word before it stays apart (README,
    "Spread after a figure")."""
    if reading.spread is not None or reading.statistic is not None:
        return None
    if reading.unit is not None and reading.currency is None:
        return None  # "Mean HbA1c was 7.4% (7.1)": a unit before the bracket, another group's
    found = BARE_NUMBER_IN_BRACKETS.match(text, reading.end)
    if not found or YEAR_IN_BRACKETS.match(found.group("value")):
        return None
    average = _average_before(text, reading)
    if average is None or average.group("word").lower() == "median":
        return None
    stated = reading.currency is not None or _unit_at(text, found.end())
    if stated or re.search(r"[.,·]\d", found.group("value")):
        return found  # "£420 (180)": the currency before the figure is its unit
    return None


def _quartiles_after_a_median(text: str, reading: _Reading) -> re.Match[str] | None:
    """``median 6 (4–9) days``, ``a median follow-up of 3.1 (2.4-4.0) years``: after a median,
    a bare bracketed interval that holds the figure (its ends included: a median may equal a
    quartile, ``median 1 (1–3)``) is its interquartile range, never a CI."""
    if reading.spread is not None or reading.statistic is not None:
        return None
    found = BARE_INTERVAL_AFTER.match(text, reading.end)
    if not found or found.group("square") or text[found.end() - 1 : found.end()] != ")":
        return None
    average = _average_before(text, reading)
    if average is None or average.group("word").lower() != "median":
        return None
    low, high = _signed(found.group("low")), _signed(found.group("high"))
    if low is None or high is None or not low <= reading.low <= high:
        return None
    return found


def _read_unit_of_spread(text: str, reading: _Reading, position: int) -> None:
    """``6.1 (±1.2 hours)``: a unit written only inside the spread's brackets is the figure's
    too (the figure and its dispersion are in one unit)."""
    if share := units.PERCENT.match(text, position):
        reading.unit, reading.kind = units.percent_unit(share), "percent"
    elif (unit := units.TIME.match(text, position)) and not unit.group("old"):
        reading.unit, reading.kind = units.time_unit(unit.group("time")), "duration"
    elif unit := _measure_at(text, position):
        reading.unit, reading.kind = units.measure_unit(unit), "measure"


def _brackets_its_figure(text: str, reading: _Reading, found: re.Match[str]) -> bool:
    """Whether a bare bracketed range right after a point figure is its interval: the figure
    as written lies inside it, strictly below its upper end and above its lower end (``11.0
    million (10.1–12.0)``), so ``aged 45 (30–40)`` or ``12 (4–6 weeks)`` stay apart. A
    change said by its size with the interval of its signed value (``fell by 5.2 kg (−6.1 to
    −4.3)``, as trial reports print a mean difference) is inside it with its sign turned."""
    start, end = reading.number_spans[0]
    written = NUMBER_AT.match(text, start)
    if not written or written.end() != end or not written.group("digits"):
        return False
    value = parse_digits(written.group("digits"))
    low, high = _signed(found.group("low")), _signed(found.group("high"))
    return low < value < high or (high < 0 < value and low < -value < high)


WORDS_THEN_INTERVAL = re.compile(
    rf"(?:{H}+(?!(?:and|or|but|vs|versus|than|compared|whereas|while)\b)[A-Za-z][A-Za-z-]*)"
    rf"{{1,3}}(?={H}*[(\[]{H}*(?:\d{{2}}(?:\.\d)?{H}*%{H}*)?(?:CI|CrI|UI"
    rf"|(?i:confidence|credible|uncertainty){H}+(?i:interval)))"
)
"""One to three words between a figure and the interval in brackets that belongs to it: ``95%
effective (95% CI, 90.3 to 97.6)``, ``a 30% lower risk (95% CI 18–40)``."""


def _read_interval_after_words(text: str, reading: _Reading) -> None:
    """``95% effective (95% CI, 90.3 to 97.6)``: a named interval in brackets after a figure
    and the few words it qualifies is the figure's spread, never a figure of its own; the
    figure's span reaches over the words to the interval's end."""
    if reading.low != reading.high or reading.statistic is not None:
        return
    words = WORDS_THEN_INTERVAL.match(text, reading.end)
    if not words:
        return
    found = SPREAD_AFTER.match(text, words.end())
    if not found or not found.group("interval") or not found.group("bracket"):
        return
    level = found.group("level") or found.group("level_after")
    reading.spread = Spread(
        _spread_kind(found.group("interval")),
        low=_signed(found.group("low")),
        high=_signed(found.group("high")),
        level=float(level) if level else None,
    )
    reading.end = found.end()
    while _bracket_still_open(found) and (found := SPREAD_GOES_ON.match(text, reading.end)):
        reading.end = found.end()


def _read_scale_after_spread(text: str, reading: _Reading) -> None:
    """``57·4 (95% UI 50·4–65·1) million cases``: a scale word after the interval scales the
    figure and its interval alike (GBD and The Lancet write the scale once, after both)."""
    if reading.has_scale or reading.spread is None:
        return
    factor = _read_scale(text, reading, first=True)
    if factor == 1.0:
        return
    reading.spread = _scaled_spread(reading.spread, factor)


def _scaled_spread(spread: Spread, factor: float) -> Spread:
    """A spread multiplied by the scale or power of ten written once after it and its figure."""

    def scaled(value: float | None) -> float | None:
        # 15 significant digits: 65.1 million, not 65099999.99999999
        return None if value is None else float(f"{value * factor:.15g}")

    return replace(
        spread, value=scaled(spread.value), low=scaled(spread.low), high=scaled(spread.high)
    )


BRACKET_OPEN_BEFORE = re.compile(rf"\({H}*\Z")
BRACKET_CLOSE = re.compile(rf"{H}*\)")


def _close_bracket_before_power(text: str, reading: _Reading) -> None:
    """``(3.52 ± 0.03) × 10⁶ cells``: a figure and its ``±`` bracketed so that the power of
    ten after the bracket multiplies both, as physics and lab papers write it. The span takes
    in both brackets, so the power is read (by :func:`_read_right`) as this figure's."""
    if reading.spread is None or reading.spread.kind != "±":
        return
    opening = BRACKET_OPEN_BEFORE.search(text, max(0, reading.start - 3), reading.start)
    closing = BRACKET_CLOSE.match(text, reading.end)
    if opening and closing and SCIENTIFIC_AFTER.match(text, closing.end()):
        reading.start, reading.end = opening.start(), closing.end()


def _bracket_still_open(found: re.Match[str]) -> bool:
    """Whether a spread opened a bracket and stopped before a ``;`` or ``,`` inside it."""
    return found.groupdict().get("bracket") is not None and found.group()[-1:] not in ")]"


def _spread_kind(written: str) -> str:
    """``confidence intervals`` -> ``CI``, ``s.d.`` -> ``SD``, ``interquartile range [IQR]``
    -> ``IQR``, ``min–max`` -> ``range``."""
    said = re.sub(rf"{H}+", " ", written.lower())
    if said.startswith("min"):
        return "range"  # "min–max 2–31": the smallest and largest, a range
    return SPREAD_KINDS[re.sub(r" ?[(\[]iqr[)\]]\Z", "", said).removesuffix("s")]


def _signed(written: str | None) -> float | None:
    """``-0.4``, ``−0.4`` (U+2212) or ``0.4``; None for a bound not reached (``NR``)."""
    if written is None:
        return None
    digits = written.lstrip("-−‐ \t\u00a0\u2009\u202f")
    value = parse_digits(digits)
    return -value if digits != written.strip() else value


FRACTION_OF = re.compile(rf"{H}+of\b", re.IGNORECASE)
SLASH_OF_A_UNIT = re.compile(rf"{H}+(?i:of{H}+an?)(?={H}+(?i:{HALF_OF_UNIT})(?![\w-]))")
"""``of a``/``of an`` and one thing a part can measure after a slash fraction (``3/4 of a
cup``, ``1/2 of a tablet``): an amount of that unit, never a share."""
ACUITY_AFTER = re.compile(rf"{H}+(?:vision|eyesight|sight|acuity)\b", re.IGNORECASE)
"""A slash pair before ``vision`` is a visual acuity as the Snellen chart writes it (``6/12
vision``, ``20/40 eyesight``), never a fraction."""


def _read_numeral_fraction(text: str, match: re.Match[str]) -> _Reading | None:
    """``¾ of patients`` (a proportion), ``1½ hours``, ``2 1/2 years``, ``1/2 pound``.

    A slash fraction (``3/4``) is also how dates are written, so it is read only when what
    follows names what it is a part of (``of``) or its unit, or when a whole number comes
    first (``2 1/2``); anything else is left to the date filters."""
    surface = match.group("numeral_fraction")
    value = parse_fraction(surface)
    if value is None:
        return None
    if ACUITY_AFTER.match(text, match.end()):
        return None  # "6/12 vision", "20/40 eyesight": a visual acuity, no share
    reading = _Reading(match.start(), match.end(), value, value, spelled=False)
    reading.number_spans.append(match.span())
    reading.numeral_fraction = True
    if _is_n_of_n(text, match, surface, value):
        # "18/24 (75%) improved": n of N, a share
        part, _, whole = surface.replace("⁄", "/").partition("/")
        if counted_shares.said_as_no_share(text, match.start(), int(part), int(whole)):
            return None  # "On 1/12 patients were seen", a table's "| 30/40 women |": no share
        reading.unit, reading.kind = "proportion", "proportion"
        _read_left(text, reading)
        return reading
    if is_slash(surface) and (ordinal := SLASH_ORDINAL.match(text, match.end())):
        reading.end = ordinal.end()  # "1/3rd of", "2/3rds of": the whole said as an ordinal
    if value < 1 and (of_a := SLASH_OF_A_UNIT.match(text, reading.end)):
        # "3/4 of a cup", "1/2 of a tablet", "1/4 of an hour": an amount of that one thing,
        # as "three-quarters of a cup" is; "3/4 of patients" stays a proportion (below)
        reading.end = of_a.end()
        _read_left(text, reading)
        if _read_right(text, reading) and reading.unit is None:
            form = PART_FORM_AFTER.match(text, reading.end)
            if form:
                reading.unit, reading.kind = form.group("form").lower(), "count"
                reading.end = form.end()
        if reading.unit:
            return reading
        reading = _Reading(match.start(), match.end(), value, value, spelled=False)
        reading.number_spans.append(match.span())
        reading.numeral_fraction = True
    if FRACTION_OF.match(text, reading.end):
        if value >= 1:
            return None
        reading.unit, reading.kind = "proportion", "proportion"
        _read_left(text, reading)
        return reading
    if value < 1 and _relative_numeral_fraction(text, match):
        # "cut deaths by 1/3": the size of a change, as "by a third" is
        reading.unit, reading.kind = "proportion", "proportion"
        return reading
    if value < 1 and FRACTION_AS_AFTER.match(text, match.end()):
        # "about 2/3 as effective", "2⁄3 as likely": a multiple, as "a third as often" is
        reading.unit, reading.kind = "fold", "multiple"
        _read_left(text, reading)
        return reading
    if _slash_share_before_a_verb(text, match, surface, value):
        # "only about 1/8 succeeds", "roughly 1/3 will relapse": a share of those meant,
        # the verb after it no counted noun
        reading.unit, reading.kind = "proportion", "proportion"
        _read_left(text, reading)
        return reading
    if _slash_strength_before_a_form(text, surface, reading.end):
        return None  # "the 8/500 tablets", "30/500 capsules": a combined strength, no share
    if value > 1 and (strength := STRENGTH_THEN_FORM.match(text, reading.end)):
        # "1 1/2 10 mg tablets": a count of tablets of that strength; the dose is its own figure
        reading.unit, reading.kind = strength.group("form").lower(), "count"
        _read_left(text, reading)
        return reading
    _read_left(text, reading)
    _read_scale(text, reading, first=True)  # "1/2 million people", "1½ million doses"
    if not reading.has_scale:
        _read_fraction_range(text, reading)
    if reading.between and len(reading.number_spans) == 1:
        reading.start, reading.between = reading.start_inside_between, None
    if not _read_right(text, reading):
        return None
    if is_slash(surface) and reading.unit is None and not _mixed_out_of(text, match, value):
        return None
    return reading


MIXED_OUT_OF = re.compile(rf"{H}+out{H}+of{H}+\d")
"""``out of`` and a number after a fraction: a score on a scale (``3-1/2 out of 5``)."""


def _mixed_out_of(text: str, match: re.Match[str], value: float) -> bool:
    """Whether a slash fraction after a whole number (``3-1/2``, ``4 1/2``) is a score out
    of a top said after it (``rated 3-1/2 out of 5``, ``4 1/2 out of 5 stars``): read as
    ``3½ out of 5`` is (a date has no whole number before its slash, nor ``out of``)."""
    return value > 1 and MIXED_OUT_OF.match(text, match.end()) is not None


_SHARE_VERB_STEMS = (
    "die surviv succeed fail respond relaps recover develop need get go end live return becom"
    " remain stay report say experienc use tak smok drink want work improv benefit achiev"
    " reach quit stop conceiv catch giv attend find lose los gain"
).split()
SLASH_SHARE_VERB = re.compile(
    rf"{H}+(?:will|would|may|might|can|could|should|must|is|are|was|were|has|have|had|do"
    rf"|does|did|(?:{'|'.join(_SHARE_VERB_STEMS)})(?:e?s|e?d|ies|ied|ing)?|gets|got|goes|went"
    rf"|became|took|said|gave|found|lost|caught|quits?|never|still|also|now)\b",
    re.IGNORECASE,
)
"""A verb (or the adverb before one) right after a slash fraction: what the share of those
meant do, ``1/8 succeeds``, ``1/3 will relapse``, ``2/3 never return``."""
DATE_PREPOSITION_BEFORE = re.compile(
    rf"(?<![\w])(?:on|by|from|since|until|till|before|after|dated|of|in|to|and|-|–){H}*\Z",
    re.IGNORECASE,
)


def _everyday_slash(surface: str) -> tuple[int, int] | None:
    """(part, whole) of a slash fraction as everyday prose writes a share: a part under 10
    of a whole from 2 to 16 (``1/8``, ``2/3``, ``3/10``), else None."""
    part, slash, whole = surface.replace("⁄", "/").partition("/")
    if not slash or not part.strip().isdigit() or not whole.strip().isdigit():
        return None
    part_n, whole_n = int(part), int(whole)
    return (part_n, whole_n) if 0 < part_n < 10 and 2 <= whole_n <= 16 else None


def _slash_share_before_a_verb(text: str, match: re.Match[str], surface: str, value: float) -> bool:
    """``only about 1/8 succeeds``, ``roughly 1/3 will relapse``: an everyday slash fraction
    (:func:`_everyday_slash`) before a verb is a share of those meant, as ``a third will`` is;
    not after a word that leads a date (``on 1/3 is``, ``by 1/8 will``)."""
    if not 0 < value < 1 or _everyday_slash(surface) is None:
        return False
    if not SLASH_SHARE_VERB.match(text, match.end()):
        return False
    start = match.start()
    return not DATE_PREPOSITION_BEFORE.search(text, max(0, start - 8), start)


SLASH_STRENGTH_FORM = re.compile(rf"{H}*-?{H}*(?:mg{H}*)?(?i:{DOSE_FORMS})\b")


def _slash_strength_before_a_form(text: str, surface: str, end: int) -> bool:
    """``8/500 tablets``, ``30/500mg capsules``: two strengths of a combined medicine before
    its dose form (the whole over 16, far beyond an everyday fraction's), no share."""
    part, slash, whole = surface.replace("⁄", "/").partition("/")
    return (
        bool(slash)
        and whole.strip().isdigit()
        and int(whole) > 16
        and SLASH_STRENGTH_FORM.match(text, end) is not None
    )


STRENGTH_THEN_FORM = re.compile(
    rf"(?={H}+\d{{1,4}}(?:\.\d{{1,3}})?{H}?(?i:mg|mcg|µg|μg|g|ml|mL|IU|units?)\b{H}*-?{H}*"
    rf"(?P<form>(?i:tablets?|tabs?|capsules?|caps|caplets?|pills?|sachets?|suppositor(?:y|ies)|patch(?:es)?)\b))"
)
"""A dose's strength then its form right after a mixed number (``1 1/2 10 mg tablets``,
``2½ 5 mg tabs``): the number counts those tablets."""
N_OF_N_PEOPLE = re.compile(rf"{H}+(?P<noun>[a-z]+)\b")
PERCENT_RESTATED = re.compile(rf"{H}*\({H}*\d{{1,3}}(?:\.\d+)?{H}*%{H}*\)")


def _is_n_of_n(text: str, match: re.Match[str], surface: str, value: float) -> bool:
    """``18/24 (75%)``: a count of a whole written with a slash, as trials report n/N, with
    the share restated in brackets as a percentage, or before a plural noun of people
    (``45/60 patients``), is that share, as ``7 of 10 patients`` is: 0.75, never "0.75
    patients"; a whole number before it (``2 1/2``) or a part not under the whole makes no
    share."""
    if not is_slash(surface) or " " in surface.strip() or not 0 < value < 1:
        return False
    return bool(PERCENT_RESTATED.match(text, match.end())) or _names_people_after(text, match.end())


def _names_people_after(text: str, end: int) -> bool:
    """Whether a plural noun of people (``patients``, ``women``, ``respondents``:
    :data:`counted_shares.SHARE_NOUNS`) follows ``end``."""
    noun = N_OF_N_PEOPLE.match(text, end)
    return (
        bool(noun)
        and noun.group("noun") in counted_shares.SHARE_NOUNS
        and _is_plural(noun.group("noun"))
    )


BY_BEFORE = re.compile(rf"\bby{H}+\Z", re.IGNORECASE)
CLAUSE_ENDS = re.compile(
    rf"{H}*(?:[.;:!?,)]|\Z|{H}(?:in|among|for|over|with|compared|versus|vs\.?|than|when|if|after)\b)",
    re.IGNORECASE,
)


def _relative_numeral_fraction(text: str, match: re.Match[str]) -> bool:
    """``cut deaths by 1/3``, ``lowers the risk by ⅓ in adults``: a fraction under one after
    ``by`` and a verb of change, with nothing after it that it measures (``by 1/2 mg`` is an
    amount), is the relative size of the change."""
    start = match.start()
    return (
        bool(BY_BEFORE.search(text, max(0, start - 4), start))
        and bool(CUT_VERB_BEFORE.search(text, max(0, start - 60), start))
        and bool(CLAUSE_ENDS.match(text, match.end()))
    )


SLASH_ORDINAL = re.compile(r"(?:st|nd|rd|th)s?\b(?=[ \t\u00a0]+of\b)")
"""The ordinal ending news style puts on a slash fraction's whole before ``of``: ``1/3rd of
patients``, ``2/3rds of adults``, ``1/4th of``."""
FRACTION_AT = re.compile(FRACTION_NUMERAL)
FRACTION_RANGE_SLASH_TOP = 4
"""A range from a slash fraction reaches a few units at most (``1/2 - 1 tablet``, ``1/2 to 2
cups``); ``on 3/4 - 5 people came`` is a date and a count."""
BETWEEN_AND = re.compile(rf"{H}+and{H}+", re.IGNORECASE)
FRACTION_RANGE_SEPARATOR = re.compile(rf"{H}*(?:[-–—‐−]|to){H}*", re.IGNORECASE)
"""What joins a range whose first end is a fraction: ``½ – 1 tablet``, ``¼ to ½ cup``."""


def _read_fraction_end(text: str, reading: _Reading, position: int) -> bool:
    """Read a numeral fraction at ``position`` as the far end of a range, when it lies above
    the near end (``1–1½ hours``, ``¼–½ teaspoon``); False when there is none."""
    found = FRACTION_AT.match(text, position)
    if not found or re.match(r"[\d/⁄]", text[found.end() : found.end() + 1]):
        return False
    value = parse_fraction(found.group())
    if value is None or value <= reading.high:
        return False
    reading.number_spans.append(found.span())
    reading.high, reading.end = value, found.end()
    return True


def _read_fraction_range(text: str, reading: _Reading) -> None:
    """``½ – 1 tablet``, ``1/2 - 1 tablet``, ``¼–½ teaspoon``, ``2½ to 3 years``: a range whose
    first end is a numeral fraction; the far end is a fraction or a whole number above it."""
    separator = FRACTION_RANGE_SEPARATOR.match(text, reading.end)
    if reading.between == "between":  # "between 2½ and 5 years"
        separator = BETWEEN_AND.match(text, reading.end)
    if not separator or _read_fraction_end(text, reading, separator.end()):
        return
    partner = NUMBER_AT_UNGROUPED.match(text, separator.end())
    if not partner or re.match(r"[\w/⁄.,]", text[partner.end() : partner.end() + 1]):
        return
    value = parse_digits(partner.group("digits"))
    first = text[reading.number_spans[0][0] : reading.number_spans[0][1]]
    if value <= reading.high or value > (FRACTION_RANGE_SLASH_TOP if is_slash(first) else 12):
        return
    reading.number_spans.append(partner.span())
    reading.high, reading.end = value, partner.end()


INSTRUCTION_AFTER = re.compile(
    rf"{H}+(?:(?:the|your|a|each|every|their|his|her){H}+)?(?:[\w-]+{H}+)?"
    r"(?:doses?|dosage|tablets?|pills?|capsules?|patch(?:es)?|portions?|servings?|recipe)\b",
    re.IGNORECASE,
)
"""What follows ``halve`` when it is an instruction, not an effect: ``halve the dose``."""


FRACTION_OF_A_PERCENT = re.compile(
    rf"{H}+of{H}+(?:an?|one|1){H}*(?:per{H}?cent\b|%|pct\b)", re.IGNORECASE
)
"""``half of one percent``, ``a tenth of a per cent``: a part of one percent is a percentage
(0.5%, 0.1%), never a share of something and a second figure ``one percent``."""
FRACTION_OF_SCALE = re.compile(
    rf"{H}+of{H}+(?:(?:an?|one){H}+)?(?P<scale>thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
"""``a quarter of a million``, ``three-quarters of a billion``: a fraction of a scale word is
an amount (250 000), not a share."""


def _read_fraction_of_scale(
    text: str, match: re.Match[str], value: float, scale: re.Match[str]
) -> _Reading:
    """``a quarter of a million people`` (250 000 people), ``half of a billion dollars``,
    ``two-thirds of a million cases``: the fraction times the scale, read on as a number (its
    counted noun or currency word after it)."""
    amount = value * SCALES[scale.group("scale").lower()]
    reading = _Reading(match.start(), scale.end(), amount, amount, spelled=True)
    reading.number_spans.append(match.span())
    reading.has_scale = True
    _read_left(text, reading)
    _read_right(text, reading)
    return reading


ONE_OR_TWO = re.compile(rf"{H}+(?P<unit>(?i:{AN_TIME_UNIT})){H}+(?i:or){H}+(?i:two)(?![\w-])")
"""The rest of ``a day or two`` after its ``a``: one or two of a unit of time."""


SECOND_AS_ORDINAL = re.compile(
    rf"(?i:second)(?:{H}*,)?{H}+(?!(?i:or|and|longer|later|earlier|before|after|at|to|of|each"
    rf"|per|then|so|while|until|till|when|in|on|is|was|every|between|more|less|only|too)\b)"
    rf"[a-z][\w-]*(?:{H}+[a-z][\w-]*|{H}*(?:[.,;:!?)]|\Z))"
)
"""``a second`` before a noun, or before a comma and the adjectives of one, is the ordinal:
``a second opinion``, ``a second dose``, ``a second, enhancement treatment``, ``a second
time``; as a length it ends its clause or goes on with a word of time or a conjunction
(``hold it for a second and breathe out``, ``for a second, then relax``)."""


def _second_as_ordinal(text: str, match: re.Match[str]) -> bool:
    """``a second`` read as the ordinal (:data:`SECOND_AS_ORDINAL`), never one second."""
    after = text[match.end() :].lstrip(" \t\u00a0")
    if not after[:6].lower().startswith("second") or after[6:7].isalpha():
        return False
    return SECOND_AS_ORDINAL.match(after) is not None


def _read_an_time(text: str, match: re.Match[str]) -> _Reading | None:
    """``takes about an hour`` (1 hour, approximate), ``lasts under a minute`` (below 1
    minute), ``within a week``, ``rest for at least a month``: ``a``/``an`` after an
    approximation or a bound and before a unit of time is the number one
    (:data:`AN_TIME_HEDGE`) when it states how long something takes or lasts (a verb of
    duration or ``for`` before it, :data:`DURATION_SAID_BEFORE`; ``within`` needs none);
    elsewhere (``in around a minute``, ``over more than a decade``) it stays words, and so
    does the ordinal ``a second opinion`` (:func:`_second_as_ordinal`)."""
    if _second_as_ordinal(text, match):
        return None
    if SPREAD_OVER_AN_TIME.search(text, max(0, match.start() - 30), match.start()):
        # "doses spread over a month": the span they are given in, never more than a month
        return _read_an_time_a_verb_lasts(text, match)
    hedge = AN_TIME_HEDGE.search(text, max(0, match.start() - 24), match.start())
    if hedge is None:
        return (
            _read_apart_an_time(text, match)
            or _read_for_an_time(text, match)
            or _read_an_time_a_verb_lasts(text, match)
            or _read_an_time_when(text, match)
            or _read_an_time_bounded_after(text, match)
        )
    said = hedge.group().lower()
    if said.strip() == "over" and (spread := _read_an_time_spread_over(text, match, hedge)):
        return spread  # "4 or 5 doses over a month", "lost 6 kg over a year": as over 1 month
    if (
        not said.startswith("within")
        and not DURATION_SAID_BEFORE.search(text, max(0, hedge.start() - 60), hedge.start())
        and not _hedged_period(text, match, hedge)
    ):
        return None  # "over more than a decade", "a film about a year in …": no stated length
    reading = _Reading(match.start(), match.end(), 1.0, 1.0, spelled=True)
    reading.number_spans.append(match.span())
    _read_left(text, reading)
    if not (reading.approx or reading.side) or not _read_right(text, reading):
        return None
    return reading if reading.kind == "duration" else None


AN_TIME_APPROXIMATELY = re.compile(
    rf"(?i:roughly|nearly|almost|approximately|approx\.|around|about|some){H}+\Z"
)
"""The hedges of :data:`AN_TIME_HEDGE` that make ``a``/``an`` about one of the unit, not a
bound on it: ``roughly a fortnight``, ``nearly a year``, ``almost a month``, ``about a week``
(``under``, ``over``, ``more than``, ``at least`` bound it, and keep their rule)."""
AN_TIME_PREPOSITIONS = frozenset({"about", "around", "some"})
"""Hedges that are also prepositions or determiners: ``a film about a year in the life``,
``walks around a week of stalls`` say no length of time; they need a word of time beside
them (:data:`PERIOD_WORD_BEFORE`, :data:`PERIOD_WORD_AFTER`)."""
PERIOD_WORD_BEFORE = EndAnchored(
    re.compile(rf"(?<![\w-])(?i:in|after|within|for|by|until|till|at|from|over|than){H}+\Z")
)
"""A preposition of time right before the hedge: ``in about a week``, ``after around a
month``, ``by about a year``."""
PERIOD_WORD_AFTER = re.compile(
    rf"{H}+(?i:later|earlier|afterwards|after|before|on|since|long|or{H}+so)\b"
)
"""A word of time after the unit: ``about a week later``, ``roughly a fortnight after the
injection``, ``around a month before``, ``about a year on``."""
SHORT_TIME_UNIT = re.compile(r"(?i:seconds?|minutes?|hours?)\Z")
"""Units below a day: ``in around a minute``, ``in about an hour`` are as often a manner of
speaking as a length of time (``back in about a minute``), so a hedge alone does not make
them one; a verb of duration still does (``the test takes about an hour``,
:data:`DURATION_SAID_BEFORE`)."""
POSSESSIVE_AFTER = re.compile(rf"{H}+(?i:{AN_TIME_UNIT})['’]s?\b")
"""``nearly a year's salary``, ``about a week's supply``: the period measures a thing; it is
no length of time said."""


def _hedged_period(text: str, match: re.Match[str], hedge: re.Match[str]) -> bool:
    """``roughly a fortnight after the injection``, ``in about a week``, ``almost a month
    later``: an approximate ``a``/``an`` period of a day or longer is about one of its unit,
    an approximate duration, wherever it stands, as ``about 2 weeks`` would be (a shorter
    one needs its verb, :data:`SHORT_TIME_UNIT`); ``about``, ``around`` and
    ``some`` need a word of time before the hedge or after the unit (they are prepositions
    too: ``a film about a year in the life``). A bound (``over a decade``) and a bare period
    (``once a week``, ``a week later``) are not this."""
    said = AN_TIME_APPROXIMATELY.search(hedge.group())
    unit = AN_TIME_UNIT_AFTER.match(text, match.end())
    if said is None or unit is None or POSSESSIVE_AFTER.match(text, match.end()):
        return False
    if SHORT_TIME_UNIT.match(unit.group("unit")):
        return False  # "cook a pizza in around a minute": a manner of speaking, as before
    if said.group().split()[0].lower() not in AN_TIME_PREPOSITIONS:
        return True
    return bool(
        PERIOD_WORD_BEFORE.search(text, max(0, hedge.start() - 12), hedge.start())
        or PERIOD_WORD_AFTER.match(text, unit.end())
    )


APART_AFTER = re.compile(rf"{H}+(?P<unit>(?i:{AN_TIME_UNIT})){H}+(?i:apart)\b")


def _read_apart_an_time(text: str, match: re.Match[str]) -> _Reading | None:
    """``given a month apart``, ``taken a week apart``: ``a``/``an`` and a unit of time before
    ``apart`` is the gap between two events, one of the unit (exact), as ``4 weeks apart``
    is four."""
    if APART_AFTER.match(text, match.end()) is None:
        return None
    reading = _Reading(match.start(), match.end(), 1.0, 1.0, spelled=True)
    reading.number_spans.append(match.span())
    if not _read_right(text, reading):
        return None
    return reading if reading.kind == "duration" else None


AFTER_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?i:after){H}+\Z")
WHEN_AN_TIME_UNIT = re.compile(
    rf"{H}+(?P<unit>(?i:weeks?|fortnights?|months?|years?|decades?))(?![\w'’-])"
    rf"(?!{H}+(?i:or{H}+(?:two|so|more|less|longer)))"
)
LATER_AN_TIME_UNIT = re.compile(
    rf"{H}+(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?|decades?)){H}+(?i:later)\b"
)
THAN_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?i:than|on){H}+\Z")


def _read_an_time_when(text: str, match: re.Match[str]) -> _Reading | None:
    """``after a year``, ``a year later``, ``a week later``: ``a``/``an`` and a unit of time
    after ``after`` (a week or longer: ``after a day at the beach`` is an idiom) or before
    ``later`` is one of the unit, the time since an event, as ``after 1 year`` and ``1 year
    later`` in digits are figures (session 56; earlier sessions left the bare form words). Not
    ``a year or two`` (a range, read elsewhere) nor a comparison's ``than a year later``."""
    if THAN_RIGHT_BEFORE.search(text, max(0, match.start() - 8), match.start()):
        return None
    after_before = AFTER_RIGHT_BEFORE.search(text, max(0, match.start() - 8), match.start())
    if not (
        (after_before and WHEN_AN_TIME_UNIT.match(text, match.end()))
        or LATER_AN_TIME_UNIT.match(text, match.end())
    ):
        return None
    reading = _Reading(match.start(), match.end(), 1.0, 1.0, spelled=True)
    reading.number_spans.append(match.span())
    if not _read_right(text, reading):
        return None
    return reading if reading.kind == "duration" and reading.per is None else None


def _read_an_time_spread_over(
    text: str, match: re.Match[str], hedge: re.Match[str]
) -> _Reading | None:
    """``4 or 5 doses of vaccine over a month``, ``lost 6 kg over a year``: ``over`` before
    ``a``/``an`` and a unit of time is the span something happened in wherever ``over`` before
    the same period in digits is (:func:`_over_is_a_period`: after a figure, a verb of change
    or giving, a follow-up), one of the unit; ``lasting over a month`` stays more than one."""
    reading = _Reading(match.start(), match.end(), 1.0, 1.0, spelled=True)
    reading.number_spans.append(match.span())
    if not LONG_AN_TIME_UNIT.match(text, match.end()):
        return None
    before = text[max(0, hedge.start() - 40) : hedge.start()]
    if OVER_AFTER_PEOPLE.search(before) or _after_a_population_noun(before):
        return None  # "in adults over a decade": who, an age, never the span of anything
    if not _over_is_a_period(text, hedge, reading):
        return None
    if not _read_right(text, reading):
        return None
    return reading if reading.kind == "duration" and reading.per is None else None


def _read_couple_of_a_period(text: str, match: re.Match[str]) -> _Reading | None:
    """``a couple of weeks``, ``for a couple of days``: about two of the unit of time (two,
    approximate, as ``a couple hundred`` is about 200); only a unit of time follows (``a
    couple of patients`` stays words: a pair of people is no figure a page would claim)."""
    reading = _Reading(match.start(), match.end(), 2.0, 2.0, spelled=True)
    reading.number_spans.append(match.span())
    reading.approx = True
    _read_left(text, reading)
    if not _read_right(text, reading):
        return None
    return reading if reading.kind == "duration" else None


FOR_BEFORE = re.compile(rf"(?<![\w-])(?i:for){H}+\Z")
FOR_A_DATE_BEFORE = re.compile(
    r"\b(?i:book(?:s|ed|ing)?|schedul(?:e|es|ed|ing)|arrang(?:e|es|ed|ing)|appointments?"
    r"|plan(?:s|ned|ning)?|set|pick|choose|chose)\b"
)
"""Words before ``for a day`` that make it a date to be picked (``book them for a day that
suits you``), not a length of time."""
FOR_AN_TIME_IDIOM = re.compile(
    rf"(?i:once|twice|thrice|while|change|moment|living|pay|paid|charge"
    rf"|charged|rate|fee|salary|wage|cost|costs|price|ticket|pass|membership|subscription)"
    rf"{H}+for{H}+\Z"
)
"""Words before ``for a …`` that make it a price's or a pass's period or an idiom
(``£10 for a day pass``, ``once for a while``), not a length of time said."""


AN_TIME_UNIT_AFTER = re.compile(rf"{H}+(?P<unit>(?i:{AN_TIME_UNIT}))(?![\w'’-])")
FOR_AN_TIME_TAIL = re.compile(
    rf"{H}+(?i:pass|ticket|rate|trip|visit|course|stay|job|or{H}+two|that|which|when|where"
    rf"|out|off|of|to)\b"
)


def _read_for_an_time(text: str, match: re.Match[str]) -> _Reading | None:
    """``avoid contact sport for a month``, ``take it twice a day for a week``: ``for`` right
    before ``a``/``an`` and a unit of time says how long, the number one (exact). The unit
    must end the phrase (``for a day pass`` is a ticket, ``for a day that suits you`` a
    date), no price or idiom stands before ``for`` (:data:`FOR_AN_TIME_IDIOM`) and no
    booking (:data:`FOR_A_DATE_BEFORE`)."""
    before = FOR_BEFORE.search(text, max(0, match.start() - 8), match.start())
    if before is None:
        return None
    if FOR_AN_TIME_IDIOM.search(text, max(0, before.start() - 16), match.start()):
        return None
    unit = AN_TIME_UNIT_AFTER.match(text, match.end())
    if unit is None:
        return None
    if FOR_AN_TIME_TAIL.match(text, unit.end()):
        return None  # "for a day pass", "for a day that suits you", "for a day out"
    if FOR_A_DATE_BEFORE.search(text, max(0, before.start() - 30), before.start()):
        return None  # "book them for a day …": a date to pick
    reading = _Reading(match.start(), match.end(), 1.0, 1.0, spelled=True)
    reading.number_spans.append(match.span())
    if not _read_right(text, reading):
        return None
    return reading if reading.kind == "duration" else None


_SPREAD_OVER = (
    rf"(?i:spread|given|taken|split|divided|staggered|scheduled|delivered)"
    rf"(?:{H}+(?i:out|evenly))?{H}+(?i:over|across)"
)
DURATION_VERB_RIGHT_BEFORE = EndAnchored(
    re.compile(
        rf"(?<![\w-])(?:(?i:takes?|took|taking|lasts?|lasted|lasting|wait(?:s|ed|ing)?)"
        rf"(?:{H}+(?i:only|just|usually|typically|often"
        rf"|generally|normally))?"
        # what is spread over a span: "two or three doses spread over a month"
        rf"|{_SPREAD_OVER}){H}+\Z"
    )
)
SPREAD_OVER_AN_TIME = EndAnchored(re.compile(rf"(?<![\w-]){_SPREAD_OVER}{H}+\Z"))
"""A verb of spreading and ``over``/``across`` right before ``a``/``an`` and a unit: the span
what is spread is given in (``two or three doses spread over a month``: one month), never a
bound (``over a month`` alone is more than one)."""
"""A verb of how long right before ``a``/``an`` and a unit of time: ``symptoms lasting a
month or more``, ``it takes a day or more to heal``; or of spreading over a span: ``two or
three doses spread over a month`` (one month, the span the doses are given in)."""
LONG_AN_TIME_UNIT = re.compile(
    rf"{H}+(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?|decades?))(?![\w'’-])"
)
AN_TIME_NOT_A_LENGTH_AFTER = re.compile(
    rf"{H}*(?:['’]|(?i:ago|later|earlier|afterwards?|after|before|since|of|off|out|on|pass"
    rf"|passes|ticket|trip|rate|job|that|which|when|where|or{H}+two)\b)"
)
"""After the unit, what makes ``a``/``an`` and it no length: ``a year ago``, ``a week
later``, ``a year's supply``, ``a day off``, ``a day trip``, ``a week or two`` (read as a
range elsewhere)."""


AN_TIME_BOUND_AFTER = re.compile(rf"{H}+or{H}+(?i:more|longer|over|less|fewer|under|shorter)\b")
AN_TIME_CLAUSE_GOES_ON = re.compile(
    rf"{H}*(?:[.,;:!?)\]\n]|\Z)|{H}+(?i:to|for|and|but|in|with|until|unless|if|as|or{H}+so)\b"
)
"""What may follow a bare ``takes a fortnight`` for it to be the length: the clause ends, or
goes on with its purpose or a condition (``most take a fortnight to give full protection``,
``the rash lasts a week and fades``), never a noun the unit would describe (``a week
course``)."""


def _read_an_time_a_verb_lasts(text: str, match: re.Match[str]) -> _Reading | None:
    """``symptoms lasting a month or more``, ``most take a fortnight to work``: a verb of how
    long (:data:`DURATION_VERB_RIGHT_BEFORE`) right before ``a``/``an`` and a unit of a day or
    longer is one of the unit, as ``for a week`` is, and with a bound said after it
    (:data:`AN_TIME_BOUND_AFTER`) at least (at most) one, as ``more than a week`` is. The verb
    says how long, so ``takes a fortnight`` claims a length a registry can hold (session 50 left
    it words; its held-out set marked it). Not ``twice a year``, ``a year ago``, ``per
    year``, ``a day off`` (:data:`AN_TIME_NOT_A_LENGTH_AFTER`), nor a unit under a day (``it
    only takes a minute`` is a manner of speaking); a bare one only where its clause ends or
    goes on (:data:`AN_TIME_CLAUSE_GOES_ON`)."""
    if not DURATION_VERB_RIGHT_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        return None
    unit = LONG_AN_TIME_UNIT.match(text, match.end())
    if unit is None or AN_TIME_NOT_A_LENGTH_AFTER.match(text, unit.end()):
        return None
    if not (
        AN_TIME_BOUND_AFTER.match(text, unit.end())
        or AN_TIME_CLAUSE_GOES_ON.match(text, unit.end())
    ):
        return None
    reading = _Reading(match.start(), match.end(), 1.0, 1.0, spelled=True)
    reading.number_spans.append(match.span())
    if not _read_right(text, reading):
        return None
    return reading if reading.kind == "duration" else None


FREQUENCY_RIGHT_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?i:once|twice|thrice|times|doses?|tablets?|per)|\d[\d.,]*){H}+\Z"
)
"""What makes ``a day`` the period of a frequency or a rate: ``once a day or more``, ``3
tablets a day or fewer``, never a length."""


def _read_an_time_bounded_after(text: str, match: re.Match[str]) -> _Reading | None:
    """``spent a day or more on a trolley``, ``stays of a week or longer``, ``an hour or
    less``: ``a``/``an`` and a unit of time with a bound said after it is at least (at most)
    one of the unit wherever it stands, as ``more than a day`` is (s57x marks ``a day or
    more`` [1, ∞) day; the bound says a length is meant, so no verb of duration is needed as
    it is for a bare ``a week``). Not the period of a frequency (``once a day or more``,
    :data:`FREQUENCY_RIGHT_BEFORE`), nor ``a year ago`` and the like
    (:data:`AN_TIME_NOT_A_LENGTH_AFTER`)."""
    unit = AN_TIME_UNIT_AFTER.match(text, match.end())
    if unit is None or not AN_TIME_BOUND_AFTER.match(text, unit.end()):
        return None
    if FREQUENCY_RIGHT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return None
    reading = _Reading(match.start(), match.end(), 1.0, 1.0, spelled=True)
    reading.number_spans.append(match.span())
    if not _read_right(text, reading) or reading.side is None:
        return None
    return reading if reading.kind == "duration" else None


def _read_relative_words(text: str, match: re.Match[str]) -> _Reading | None:
    """A relative effect said in words: ``by a fifth`` (0.2), ``by almost half`` (0.5,
    approximate), ``halved`` (0.5: what fell by half), ``twice as likely`` (2-fold), ``roughly
    double`` and ``more than double the limit`` (2-fold, after a hedge or bound),
    ``half as likely`` (0.5-fold). A fraction after ``by`` is the size of the change, read as
    a proportion (compared as a percentage: a claim of a 20% cut backs ``by a fifth``);
    ``halve the dose`` is an instruction and no figure."""
    if match.group("hedged_multiple") and not MULTIPLE_HEDGE_BEFORE.search(
        text, max(0, match.start() - 24), match.start()
    ):
        return None  # "a double room", "triple therapy": no multiple said
    if twice := match.group("twice") or match.group("twice_the") or match.group("hedged_multiple"):
        value = TWICE_VALUES[twice.lower()]
        reading = _Reading(match.start(), match.end(), value, value, spelled=True)
        reading.number_spans.append(match.span())
        reading.unit, reading.kind = "fold", "multiple"
        _read_left(text, reading)
        return reading
    if match.group("halved"):
        in_half = match.group("halved").lower().startswith("in")
        if INSTRUCTION_AFTER.match(text, match.end()) or _instruction_before(text, match):
            return None
        if CHANGE_ENDS_AFTER.match(text, match.end()):
            return None  # "halved, from 9.1 to 4.2": the ends state the change
        if _halved_names_an_outcome(text, match.start("halved")):
            return None  # "27.5% of patients halved their migraine days": who responded
        if in_half and not CUT_VERB_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            return None  # "folded in half", "split in half": no effect said
        start, end, value = match.start("halved"), match.end("halved"), 0.5
    else:
        written = match.group("relative")
        # the fraction as a word of its own: "than half" holds "an half", which is none
        fraction = re.search(rf"(?<![\w-])(?:{FRACTION})", written, re.IGNORECASE)
        if fraction is None:
            return None
        if INSTRUCTION_AFTER.match(text, match.end()) or _instruction_before(text, match):
            return None
        start = match.start("relative") + fraction.start()
        end, value = match.end("relative"), _fraction_value(fraction.group())
    reading = _Reading(start, end, value, value, spelled=True)
    reading.number_spans.append((start, end))
    reading.unit, reading.kind = "proportion", "proportion"
    reading.approx = bool(match.group("halved"))  # "halved" is a rounded way to say it
    _read_left(text, reading)
    if not match.group("halved") and (far := FRACTION_FAR_END.match(text, reading.end)):
        # "cuts the risk by a third to a half": one relative change, [1/3, 1/2]
        far_value = _fraction_value(far.group("far"))
        if far_value > value:
            reading.high, reading.end = far_value, far.end()
            reading.number_spans.append(far.span("far"))
            return reading
    _read_open_end(text, reading)  # "by half or more": at least a half
    return reading


CUT_VERB_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|slash(?:ed|es|ing)?|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?"
    r"|drop(?:ped|s|ping)?|fell|falls?|falling|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)"
    r"|shrank|shrink(?:s|ing)?)\b(?:\s+\S+){0,5}\s+\Z",
    re.IGNORECASE,
)
"""A verb of cutting up to six words before ``in half`` or ``by 1/3``: ``cut the risk in half``,
``cut deaths by 1/3``."""


INSTRUCTION_BEFORE = re.compile(
    r"\b(?:doses?|dosage|tablets?|pills?|capsules?|patch(?:es)?|portions?|servings?)"
    r"(?:\s+\w+){0,2}\s+\Z",
    re.IGNORECASE,
)


SHARE_OF_PEOPLE_BEFORE = re.compile(
    r"(?:\d(?:[\d.,]*\d)?\s*%|\bper\s*cent|\b(?:one|two|three|four)\s+in\s+\w+)\s+of\s+"
    r"(?:the\s+|those\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:patients|people|participants|women|men|adults|children|users|responders|those)\b"
    r"[^.;:%\d]{0,60}\Z",
    re.IGNORECASE,
)
CELL_START_BEFORE = re.compile("(?:\\A|[\n|\u2028\u2029])[ \t]*\\Z")
"""The start of a line or of a table cell (an HTML cell reads as a paragraph separator)."""


def _halved_names_an_outcome(text: str, start: int) -> bool:
    """Whether ``halved`` at ``start`` says what people did, not a relative effect: after a
    share of people as its subject (``27.5% of patients on placebo halved their monthly
    migraine days``: the responders' outcome, whose figure is the 27.5%), or opening a table
    cell or line, where it names a row's outcome (``| Halved monthly migraine days | 48.2%
    |``). Neither states a figure of 0.5."""
    if CELL_START_BEFORE.search(text, max(0, start - 4), start):
        return True
    return SHARE_OF_PEOPLE_BEFORE.search(text, max(0, start - 120), start) is not None


def _instruction_before(text: str, match: re.Match[str]) -> bool:
    """``reduce the dose by a third``: a change made to a dose is an instruction."""
    return bool(INSTRUCTION_BEFORE.search(text, max(0, match.start() - 40), match.start()))


def _fraction_value(written: str) -> float:
    """``half`` 0.5, ``a third`` 1/3, ``two-thirds`` 2/3, ``three quarters`` 0.75."""
    words = re.split(r"[\s\-\u00a0\u2009\u202f]+", written.lower())
    numerator = FRACTION_NUMERATORS[words[0]] if len(words) > 1 else 1
    denominator = FRACTION_DENOMINATORS[words[-1].removesuffix("s")]
    return numerator / denominator


TRANSLITERATED_POUND = re.compile(r"(?<![A-Za-z])PS\Z")
AMOUNT_SHAPE = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:bn|m|k|{H}+(?:million|billion))\b"
)


def _transliterated_pound(text: str, start: int) -> bool:
    """``PS2.7m``, ``PS21,700``: the pound sign as an ASCII transliteration writes it
    (Unidecode gives ``PS`` for ``£``, as it gives ``Y=`` for ``¥``), read only before an amount
    with a scale or a thousands grouping, so ``PS5`` (a console) and ``PS 118`` stay names."""
    return bool(
        TRANSLITERATED_POUND.search(text, max(0, start - 2), start)
        and AMOUNT_SHAPE.match(text, start)
    )


SPACE_GROUP_AFTER = re.compile(rf"{H}\d{{3}}(?!\d)")
RAND_BEFORE = re.compile(rf"(?<![A-Za-z])R{H}?\Z")
MONEY_SAID_BEFORE = re.compile(
    r"\b(?:costs?|costing|priced?|prices|fees?|pays?|paid|charges?|charged|spends?|spent"
    r"|salary|salaries|wages?|income|budget|worth|saves?|saved|afford|rands?|medical\s+aid)\b"
    r"[^.;:!?\n]{0,40}\Z",
    re.IGNORECASE,
)


def _rand_before(text: str, start: int) -> int | None:
    """Where ``R`` stands right before an amount that a money word leads to in its sentence
    (``A GP visit costs R 1 200``, ``fees of R350 a month``): the South African rand, as
    ``R$`` is the real; elsewhere ``R`` is a correlation, a reproduction number (``R0``) or a
    label, and stays no currency."""
    found = RAND_BEFORE.search(text, max(0, start - 2), start)
    if found is None or not MONEY_SAID_BEFORE.search(
        text, max(0, found.start() - 48), found.start()
    ):
        return None
    return found.start()


GLUED_DOSE_TIMES = re.compile(r"(?<![\w.,])\d{1,2}[xX]\Z")


def _glued_is_quantity(text: str, match: re.Match[str]) -> bool:
    """``EpCAM40–70%`` (a table cell run together), ``RM120,000`` or the dose of ``2x500mg``,
    never ``GPC3``."""
    if GLUED_DOSE_TIMES.search(text, max(0, match.start() - 4), match.start()):
        return bool(_measure_at(text, match.end()))
    if Q_BEFORE.search(text, max(0, match.start() - 2), match.start()):
        return bool(Q_HOURS_AFTER.match(text, match.end()))  # "q8h", "q4-6h": every 8 hours
    if X_BEFORE.search(text, max(0, match.start() - 2), match.start()):
        # "TDS x7 days": a course's length; "x2 tablets": the count of a dose form
        return bool(
            units.TIME.match(text, match.end()) or X_DOSE_FORM_AFTER.match(text, match.end())
        )
    if GLUED_CURRENCY.search(text, max(0, match.start() - 4), match.start()):
        return True
    if _transliterated_pound(text, match.start()):
        return True
    if _rand_before(text, match.start()) is not None:
        # "costs R350": the rand ("R1 200", grouped by a space after the glued digits, is
        # left unread rather than read as R1)
        return not SPACE_GROUP_AFTER.match(text, match.end())
    if units.CURRENCY_BEFORE.search(text, max(0, match.start() - 6), match.start()):
        return True
    after = text[match.end() : match.end() + 24]
    if re.match(rf"{H}*%|{H}*[-–—]{H}*{DIGITS}{H}*%", after):
        return True
    if not GLUED_WORD_TYPO.search(text, max(0, match.start() - 16), match.start()):
        return False
    end = match.end()
    if partner := GLUED_RANGE_END.match(text, end):
        end = partner.end()
    if _measure_at(text, end) or units.TIME.match(text, end) or units.PERCENT.match(text, end):
        return True
    noun = NOUN_WORD.match(text, end)
    return bool(noun) and (
        _is_plural(noun.group("word")) or noun.group("word").lower() in SINGLE_DOSE_FORMS
    )


Q_BEFORE = re.compile(r"(?<![\w.])[qQ]\Z")
X_BEFORE = re.compile(r"(?<![\w.])[xX]\Z")
"""A prescription's ``x7 days`` (for seven days), the ``x`` glued to the number."""
X_DOSE_FORM_AFTER = re.compile(
    rf"{H}+(?i:tabs?|tablets?|caps?|capsules?|pills?|puffs?|drops?|sprays?|sachets?|patch(?:es)?"
    rf"|suppositor(?:y|ies)|lozenges?|injections?|doses?)\b"
)
"""A dose form after a prescription's ``x2`` (``take x2 tablets``): two of it, as ``2 tablets``."""
Q_HOURS_AFTER = re.compile(rf"(?:{H}*[-–—]{H}*\d{{1,2}})?(?:h|hr|hrs|(?i:d|w|wks?))\b|(?:H|HRS?)\b")
"""The prescriber's ``q8h`` (every 8 hours), ``q4-6h``, ``Q12h``: the digits between ``q`` and
``h`` are a number of hours, read as ``every 8 hours`` is; so are the days and weeks of
oncology and biologics schedules, ``Q3W`` and ``q2w`` (every 3 and 2 weeks), ``Q4Wk``,
``q21d`` (every 21 days); a US chart's capitals, ``Q12H``, ``Q6HRS``, are hours too."""
Q_DAYS_WEEKS = re.compile(r"(?i:(?P<week>w|wks?)|(?P<day>d))\b|(?P<hour>H|HRS?)\b")
GLUED_RANGE_END = re.compile(rf"{H}*[-–—]{H}*\d+(?:\.\d+)?")
SINGLE_DOSE_FORMS = frozenset(
    "tablet capsule caplet pill dose drop puff sachet spoonful teaspoon tablespoon".split()
)


GLUED_WORD_TYPO = re.compile(
    r"(?<![\w-])(?i:take|takes|give|gives|use|apply|drink|eat|chew|swallow|inhale|insert"
    r"|add|every|about|only|than|to|up|from|of|for|at|with|after)\Z"
)
"""A common word a typo glued to the figure after it (``Take1-2 tablets``, ``every4-6
hours``): no name ends in one, so the digits are a figure, read from the digits on, when a
unit or a counted noun follows (``Take2 are names`` stays no figure)."""


JUST_BEFORE = re.compile(
    rf"(?<![\w])(?i:(?:only{H}+)?just|a{H}+(?:little|bit|touch|fraction)|slightly|marginally)"
    rf"{H}+\Z"
)
"""A hedge of closeness before ``over``/``under``/``above``/``below``/``more than``/``less
than``: a bound close to its figure (``just under 30%`` is under 30, approximate; so are ``a
little over half``, ``slightly below 20%``, ``a bit more than £200``, ``marginally under
5 mmol/L``): the hedge is part of the figure's text."""


def _closeness_hedge(text: str, start: int, left: int, comparator: str) -> re.Match[str] | None:
    """The hedge of closeness (:data:`JUST_BEFORE`) before a comparator at ``left``: ``just``
    only before ``over``/``under`` (``just below 12%`` stays the plain bound, as decided
    before), the others before any of :data:`CLOSE_BOUND_COMPARATORS`."""
    found = JUST_BEFORE.search(text, start, left)
    if found and "just" in found.group().lower() and comparator.lower() not in ("over", "under"):
        return None
    return found


CLOSE_BOUND_COMPARATORS = frozenset(
    ("over", "under", "above", "below", "more than", "less than", "fewer than")
)
"""The comparators a hedge of closeness (:data:`JUST_BEFORE`) may stand before."""


SPREAD_RANGE_AFTER = re.compile(rf"{H}*[-–—‐]{H}*\d")
"""A dash and a digit after a ``±`` figure: ``±1–2 percentage points``."""


def _spread_size_range(text: str, reading: _Reading) -> bool:
    """Whether a figure after ``±`` opens a range (``margins of error of ±1–2 percentage
    points``): the range is how wide the spread is, [1, 2], not a band around zero (one
    band has one width; ``±2`` alone stays [−2, 2])."""
    return reading.low >= 0 and SPREAD_RANGE_AFTER.match(text, reading.end) is not None


def _read_left(text: str, reading: _Reading) -> None:
    """Peel currency, approximation, comparator, ``between`` and statistic labels off the left."""
    left = reading.start
    around_zero = False
    sign = _sign_before(text, max(0, left - 7), left)
    if sign and reading.spelled and not sign.group("sign2"):
        sign = None  # "minus ten" is negative; a dash before a word is no sign
    if (
        sign
        and sign.group("sign2")
        and PLUS_OR_BEFORE.search(text, max(0, sign.start("sign2") - 12), sign.start("sign2"))
    ):
        sign = None  # "plus or minus 3 points": the words of ±, read below as ±3
    if not sign and not reading.spelled and PLUS_BEFORE.search(text, max(0, left - 2), left):
        left = reading.start = left - 1  # "+0.8", "(+12%)": the sign is part of the figure
    elif (
        not sign
        and reading.low == reading.high
        and (pm := PLUS_MINUS_BEFORE.search(text, max(0, left - 20), left))
        and (not reading.spelled or pm.group()[:1] in "pP")  # "plus or minus two kilos"
        and not _figure_ends_before(text, pm.start())
    ):
        # "within ±0.5 dioptre", "accurate to ±2 mmHg": a ± with no figure before it is the
        # interval around zero it allows, [−N, N]; before a range, the spread's size
        left = reading.start = pm.start()
        if not _spread_size_range(text, reading):
            reading.low, reading.high = -reading.low, reading.low
            around_zero = True
    if sign:
        # "COVID -19" is a name's number unless a unit follows ("LDL -12%"): judged in _is_claim
        reading.named = bool(sign.group("sign")) and bool(
            NAME_BEFORE_SIGN.search(text, max(0, sign.start() - 12), sign.start())
        )
        reading.low = reading.high = -reading.low
        left = sign.start("sign") if sign.group("sign") else sign.start("sign2")
        reading.start = left
    if not reading.spelled and text[max(0, left - 1) : left].isalpha():
        code = GLUED_CURRENCY.search(text, max(0, left - 4), left)
        if code:
            reading.currency = units.prefix_code(code.group())
            reading.currency_before = True
            reading.start = left = code.start()
        elif _transliterated_pound(text, left):
            reading.currency, reading.start = "GBP", left - 2
            left = reading.start
    if not reading.spelled and (rand := _rand_before(text, left)) is not None:
        reading.currency, reading.currency_before = "ZAR", True
        reading.start = left = rand
    pending = {"currency", "approx", "comparator", "between", "statistic"}
    progressed = True
    while progressed and pending:
        progressed = False
        window_start = max(0, left - 40)
        if "currency" in pending and reading.currency is None:
            found = units.CURRENCY_BEFORE.search(text, max(0, left - 8), left)
            if found and _is_clinical_ratio(text, found, reading):
                found = None
                pending.discard("currency")
            if (
                found
                and found.group("cur") in units.WORD_LIKE_CODES
                and left != reading.number_spans[0][0]
            ):
                found = None  # "use the AED within 3 minutes": a defibrillator, no dirhams
                pending.discard("currency")
            if (
                found
                and found.group("cur") in units.WORD_LIKE_CODES
                and (word := NOUN_WORD.match(text, reading.number_spans[0][1]))
                and not PRICE_NEXT_WORD.fullmatch(word.group("word"))
            ):
                found = None  # "the AED 2 minutes away", "the SAR 12 team": no price
                pending.discard("currency")
            if found:
                reading.currency = units.prefix_code(found.group("cur"))
                reading.currency_before = True
                left, progressed = found.start(), True
                pending.discard("currency")
                if sign := SIGN_BEFORE_CURRENCY.search(text, max(0, left - 2), left):
                    # "-$2.45B", "−£3m": a loss or a fall, the sign before the currency sign
                    reading.low, reading.high = -reading.high, -reading.low
                    left = sign.start()
                continue
        if "approx" in pending:
            found = lexicon.APPROX_BEFORE.search(text, window_start, left)
            if found and reading.between == "from" and ESTIMATED.fullmatch(found.group()):
                found = None  # "estimated from two diaries": how it was estimated, no hedge
                pending.discard("approx")
            if found:
                reading.approx = True
                left, progressed = found.start(), True
                pending.discard("approx")
                continue
        if "comparator" in pending:
            found = lexicon.COMPARATOR_BEFORE.search(text, window_start, left)
            if not found and (factor := PROTECTION_FACTOR_BEFORE.search(text, window_start, left)):
                # "at least SPF 30": the comparator bounds the factor across its name
                found = lexicon.COMPARATOR_BEFORE.search(text, window_start, factor.start())
            if found is None and MAXIMUM_NEAR.search(text, max(0, left - MAXIMUM_REACH), left):
                # "the maximum daily dose of ibuprofen in children is 40 mg/kg": the words
                # between the maximum and its figure run past the usual window
                found = lexicon.COMPARATOR_BEFORE.search(text, max(0, left - MAXIMUM_REACH), left)
            if found and lexicon.across_a_column_gap(found):
                found = None  # "Annual maximum          $1,000": a table row's label
            if (
                found
                and lexicon.NUMERALS_ONLY.search(found.group())
                and text[found.end() : found.end() + 1].isalpha()
            ):
                found = None  # "beyond one single therapy": no bound of a word number
            if (
                found
                and lexicon.PASSED.search(found.group())
                and not _a_total_passed(text, reading)
            ):
                found = None  # "passed 3 stones", "passed 2 exams": what went through
            if (
                found
                and lexicon.PASSED_THE.search(found.group())
                and not lexicon.MARK_AFTER.match(text, reading.number_spans[-1][1])
            ):
                found = None  # "passed the 3 exams": only "passed the 1,000 mark" is a floor
            if found and (
                _over_is_a_period(text, found, reading)
                or _over_before_a_trailing_bound(text, found, reading)
                or _before_a_year(found, reading)
                or _by_is_no_deadline(text, found, reading)
                or _over_spreads_a_course(text, found)
                or over_spreads_payments(text, found)  # "over 26 pay periods": across them
                or _over_a_range(text, found, reading)
                or _bound_of_an_age_before(text, found)
                or _up_to_a_target(text, found)
                or _from_just_starts_a_change(text, found.start())
                or _arrow_of_a_change(text, found)
            ):
                pending.discard("comparator")  # "lost 9% over 40 weeks": during, not more than
                continue
            if found:
                reading.side, reading.inclusive = lexicon.comparator_reading(found)
                reading.comparator = lexicon.comparator_words(found)
                if around_zero:  # "within ±0.5": the band is both sides, its ends included
                    reading.side, reading.inclusive = None, True
                left, progressed = found.start(), True
                if " ".join(reading.comparator.lower().split()) in CLOSE_BOUND_COMPARATORS and (
                    just := _closeness_hedge(text, window_start, left, reading.comparator)
                ):
                    # "just under 30%", "just over £200": the bound, said to be close to it
                    reading.approx, left = True, just.start()
                    pending.discard("approx")
                if reading.comparator.lower().startswith("not") and "quite" in reading.comparator:
                    # "not quite 20%": under 20, and close to it, as "just under 20%" is
                    reading.approx = True
                    pending.discard("approx")
                if not reading.inclusive:
                    left = _read_negation(text, reading, left)
                pending.discard("comparator")
                continue
        if "between" in pending and reading.comparator is None:
            found = lexicon.BETWEEN_BEFORE.search(text, window_start, left)
            if found:
                reading.between = found.group("word").lower()
                reading.start_inside_between = left
                left, progressed = found.start(), True
                pending.discard("between")
                continue
        if "statistic" in pending:
            found = lexicon.STATISTIC_BEFORE.search(text, max(0, left - STATISTIC_REACH), left)
            if found and _is_statistic_label(found, reading):
                reading.statistic = found.group("stat").upper()
                if reading.statistic in ("R2", "R²"):
                    reading.statistic = "R2"
                if reading.statistic == "AUROC":
                    reading.statistic = "AUC"  # one name for the area under the ROC curve
                if reading.statistic in ("NNTB", "NNTH"):
                    # the number needed to treat for one to benefit / to be harmed (Altman 1998)
                    reading.statistic = "NNT" if reading.statistic == "NNTB" else "NNH"
                left, progressed = found.start(), True
                pending.discard("statistic")
                continue
            found = lexicon.STATISTIC_WORDS_BEFORE.search(
                text, max(0, left - STATISTIC_REACH - 8), left
            )
            if found:
                phrase = " ".join(found.group("stat").lower().split())
                first_word = phrase.split()[0].split("-")[0]
                reading.statistic = (
                    lexicon.STATISTIC_PHRASES.get(phrase) or (lexicon.STATISTIC_NAMES[first_word])
                )
                left, progressed = found.start(), True
                pending.discard("statistic")
                continue
            away = max(0, left - STATISTIC_AWAY_REACH)
            found = (
                lexicon.STATISTIC_NAMED_AWAY.search(text, away, left)
                if reading.unit is None
                and reading.currency is None
                and lexicon.STATISTIC_AWAY_HINT.search(text, away, left)
                else None
            )
            if found and _named_away(found, reading, text):
                # "The HR for death from any cause was 0.83": the statistic, not the span
                # (the words between are what it is about, read by the claim)
                name = " ".join(found.group("stat").lower().split())
                first_word = name.split()[0]
                reading.statistic = (
                    lexicon.STATISTIC_PHRASES.get(name)
                    or lexicon.STATISTIC_NAMES.get(first_word)
                    or found.group("stat").upper()
                )
                # "The NNTB over 3 years was 17": Altman's NNTB and NNTH are the NNT and NNH
                reading.statistic = {"NNTB": "NNT", "NNTH": "NNH"}.get(
                    reading.statistic, reading.statistic
                )
                pending.discard("statistic")
                continue
    reading.start = left


TOTAL_AFTER = re.compile(
    rf"{H}*(?:%|per{H}?cent|percent|(?:hundred|thousand|million|billion|trillion|lakh|crore"
    rf"|k|m|bn|mn)\b)",
    re.IGNORECASE,
)


def _a_total_passed(text: str, reading: _Reading) -> bool:
    """Whether a figure after ``passed`` is a total it went beyond: a sum of money, a share, a
    count of at least a thousand or one said with a scale word (``passed twelve million``,
    ``passing 40%``, ``passed 10,000 steps``), not ``passed 3 stones``."""
    return (
        reading.currency is not None
        or reading.low >= 1000
        or TOTAL_AFTER.match(text, reading.number_spans[0][1]) is not None
    )


def _read_negation(text: str, reading: _Reading, left: int) -> int:
    """``do not take more than 4 g``, ``must not exceed``, ``no longer than 7 days``: a negated
    strict comparator bounds the other side, the figure included (:mod:`negation`). Returns
    where the span starts: at the negation when only blanks part it from the comparator."""
    negated = negation.negation_before(text, left, reading.comparator.lower())
    if negated is None:
        return left
    reading.side = "high" if reading.side == "low" else "low"
    reading.inclusive = True
    if negation.is_adjacent(text, negated, left):
        reading.comparator = re.sub(r"\s+", " ", text[negated.start() : left]) + reading.comparator
        return negated.start()
    reading.comparator = f"not {reading.comparator}"
    return left


def _is_clinical_ratio(text: str, found: re.Match[str], reading: _Reading) -> bool:
    """``INR 2.5``: the International Normalised Ratio of a blood test (read 0.8 to about 5),
    not 2.5 Indian rupees. ``INR`` before a number under ten with no scale word is the ratio;
    ``INR 2,500`` and ``INR 3 lakh`` stay money, as ``₹`` and ``Rs`` always do."""
    if found.group("cur").strip() != "INR" or reading.low >= 10:
        return False
    return not SCALE_AFTER.match(text, reading.end)


OVER_THEN_PERIOD = re.compile(
    rf"(?:{H}*(?:[-–—‐]|to){H}*{DIGITS})?(?:{H}*-{H}*|{H}+)(?:seconds?|minutes?|hours?|days?"
    rf"|weeks?|months?|years?|decades?|yrs?|y|mos?|wks?|hrs?|h|mins?)\b(?![-{H[1:-1]}]+old)",
    re.IGNORECASE,
)
OVER_LIST_AFTER = re.compile(
    rf"(?:{H}*,{H}*\d{{1,3}})*{H}*,?{H}+(?i:or|and){H}+\d{{1,3}}(?![\d.,]\d)"
)
"""``over 12, 24 or 36 months``, ``over 6 or 12 months``: a list of periods after ``over``
that ends in a unit of time is periods, never "more than" the first."""
OVER_RANGE_AFTER = re.compile(rf"(?:{H}*(?:[-–—‐]|to){H}*{DIGITS})")
OVER_MEANS_MORE = re.compile(
    rf"\b(?:for|of|in|after|than|aged|ages|spent|spends|spend|took|takes|take|taking|lasting"
    rf"|lasts|lasted|last|within|to|at|be|is|are|was|were|been|being|needs?|needed|requires?"
    rf"|required|old|older|just|only|slightly|well|barely|little"
    # a verb of how long right before: "has waited over a year", "survived over 5 years"
    rf"|wait(?:s|ed|ing)?|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|surviv(?:e|es|ed|ing)"
    rf"|liv(?:e|es|ed|ing)|persist(?:s|ed|ing)?"
    # an event that lasts, counted by how long it took: "ambulance handovers over 60 minutes"
    rf"|handovers?|hand-overs?|delays?|journeys?|trips?|queues?|outages?|turnarounds?)"
    rf"{H}+\Z",
    re.IGNORECASE,
)
"""A word right before ``over`` that makes it "more than" even after a figure or a verb of
change in the clause (:func:`_over_is_a_period`): ``for over 3 years``, ``aged over 65``, and
a verb of how long, which says the period itself (``about 1 in 4 patients has waited over a
year``, ``25% survived over 5 years``), and an event counted by its length, as ``waits over
78 weeks`` is (``ambulance handovers over 60 minutes``, ``delays over 30 minutes``)."""
OVER_AFTER_PEOPLE = re.compile(
    rf"\b(?:kids|children|adults|people|patients|women|men|anyone|those){H}+\Z", re.IGNORECASE
)
"""``adults over 65 years``: after a group noun, ``over`` is an age's comparator, unless a
verb of change or follow-up earlier in the clause makes the noun its object (``we followed
300 women over 20 years``)."""
OVER_VERB_IN_CLAUSE = re.compile(
    r"\b(?:followed|measured|observed|maintained|sustained|tracked|monitored|studied"
    r"|assessed|evaluated|lost|gained|fell|rose|dropped|declined|increased|decreased|improved"
    r"|reduced|cut|lowered|raised|loses|gains|falls|rises|drops|doubled|tripled|trebled"
    r"|quadrupled|halved|doubles|triples|halves|grew|grows|climbed|jumped|surged|soared"
    r"|plunged|plummeted|shrank|widened|narrowed|slowed|worsened|changed|shifted|dipped"
    r"|slipped|recovered|rebounded|ran|run|conducted|carried\s+out|collected|recorded"
    r"|audited|surveyed|reviewed)\b[^.;:!?]*\Z"
    # a study or an audit named right before "over": the time it spanned
    r"|\b(?:audits?|stud(?:y|ies)|surveys?|trials?|programmes?|programs?|projects?|reviews?"
    r"|campaigns?|pilots?|schemes?|analys[ie]s|evaluations?|observation)\s+\Z",
    re.IGNORECASE,
)
"""A verb of change or follow-up earlier in the clause (``lost 12% of their weight over 68
weeks``, ``fell steadily over 8 weeks``, ``the audit ran over 18 months``), or a study or an
audit right before ``over`` (``an audit over 18 months``)."""
OVER_MEANS_DURING = re.compile(
    rf"(?:\d[%\w]*|\b(?:followed|measured|observed|maintained|sustained|tracked|monitored"
    rf"|studied|assessed|evaluated|averaged|spread|given|administered|infused?|infusing"
    rf"|injected|inject|injecting|IV|intravenously|slowly|tapered|taper|titrated|titrate"
    rf"|lost|gained|fell|rose"
    rf"|dropped|declined|increased|decreased|improved|reduced|changes?|loss|gain|results?"
    rf"|outcomes?|benefits?|savings?|costs?|data|NNT[BH]?|NNH|risks?|incidence|mortality|survival"
    rf"|probability|chance|odds|number{H}+needed{H}+to{H}+(?:treat|harm)))[,]?{H}+\Z",
    re.IGNORECASE,
)

RISK_OF_THING_BEFORE = re.compile(
    rf"\b(?:risks?|chances?|probability|odds|likelihood|incidence|cumulative{H}+incidence)"
    rf"{H}+of{H}+(?:[A-Za-z'’-]+{H}+){{0,3}}[A-Za-z'’-]+{H}*\Z",
    re.IGNORECASE,
)
"""What a period measures, said with its event (``the risk of fracture over 10 years``, ``the
chance of a relapse over 2 years``): the time the risk is counted over, as ``the risk over 10
years`` is (a group noun right before ``over`` is checked first: ``the risk of death in adults
over 65`` keeps its age group)."""

OVER_GIVEN_IN_CLAUSE = re.compile(
    r"\b(?:infuse[sd]?|infusing|inject(?:s|ed|ing)?|administer(?:s|ed|ing)?|taper(?:s|ed|ing)?"
    r"|titrate[sd]?|titrating)\b[^.;:!?]*\Z",
    re.IGNORECASE,
)
"""A verb of giving a drug earlier in the clause: ``infuse the dose over 3 h`` says how long
the infusion runs. Asked after the group-noun test, so ``administer to adults over 65`` keeps
its age."""
OVER_PAID_IN_CLAUSE = re.compile(
    r"\b(?:pay|pays|paid|paying|repay|repays|repaid|repaying|repayments?|spread(?:s|ing)?"
    r"|split(?:s|ting)?|taken|instal(?:l)?ments?|financed?|financing|borrow(?:s|ed|ing)?"
    r"|interest-free|monthly{H}+payments?)\b[^.;:!?]*\Z".replace("{H}", H),
    re.IGNORECASE,
)
"""A verb of spreading, paying or taking a course earlier in the clause: ``spread the cost
over 12 months``, ``you can pay over 24 months``, ``the antibiotic is taken over 3 days``: the
period the payments or doses fill, never "more than" it. (``takes over 3 days`` right before,
``has over 60 years of experience`` and ``with over 20 years`` stay comparators.)"""
NUMBER_NEEDED_IN_CLAUSE = re.compile(
    rf"(?:\b(?i:number{H}+needed{H}+to{H}+(?:treat|harm|screen|invite|vaccinate))|\bNN[TH][BH]?)"
    r"\b[^.;:!?()\d]*\Z"
)
"""A number needed named earlier in the clause, its figure still to come: ``the number needed
to screen to avoid one death over ten years was 400`` counts the deaths avoided over ten
years, never "more than" ten."""
FIGURE_IN_CLAUSE = re.compile(r"(?<![\w.])\d[^.;:!?\n]*\Z|(?<!\w)\d[\d,.]*\.\d[^.;:!?\n]*\Z")
"""A figure earlier in the clause (``12`` in ``an NNT of 12 to prevent one event over five
years``): the period after ``over`` is the time that figure was measured over."""
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*\Z")


PERIOD_OF_FOLLOW_UP = re.compile(
    rf"{H}+of{H}+(?i:follow(?:[-‐{H[1:-1]}]?up)?|treatment|therapy|observation|monitoring"
    rf"|dosing|exposure|use|screening|data|(?:the{H}+)?(?:study|trial|programme|program))\b"
)
"""What a period after ``over`` was spent on: ``over 24 months of follow-up``, ``over 2
years of treatment``; the period is the time watched or treated, as ``during`` would say."""


def _after_a_population_noun(before: str) -> bool:
    """Whether ``over`` follows a population noun (``residents over 65 years``): an age."""
    last = _LAST_WORD.search(before)
    return bool(last) and last.group(1).lower() in NOUNS


def _over_is_a_period(text: str, found: re.Match[str], reading: _Reading) -> bool:
    """``over`` + a period is the time something happened in, not "more than", when it
    follows a figure or a verb of change or follow-up (``lost 9% over 40 weeks``, ``followed
    over 5 years``), heads a range (``over 12 to 18 months``), or opens the sentence as a
    phrase of time (``Over 40 weeks, …``), or is spent on something (``over 24 months of
    follow-up``). After ``for``, ``of``, ``aged``, ``lasting``, a
    verb ``to be`` or a group noun it stays a comparator (``for over 3 years``)."""
    if found.group().strip().lower() != "over":
        return False
    if (listed := OVER_LIST_AFTER.match(text, reading.end)) and OVER_THEN_PERIOD.match(
        text, listed.end()
    ):
        return True  # "spread the cost over 12, 24 or 36 months": each a period to choose
    if not OVER_THEN_PERIOD.match(text, reading.end):
        return False
    before = text[max(0, found.start() - 40) : found.start()]
    if OVER_MEANS_MORE.search(before):
        return False
    if OVER_RANGE_AFTER.match(text, reading.end):
        return True
    period = OVER_THEN_PERIOD.match(text, reading.end)
    if PERIOD_OF_FOLLOW_UP.match(text, period.end()):
        return True  # "over 24 months of follow-up": the time watched, not "more than"
    if OVER_VERB_IN_CLAUSE.search(text, max(0, found.start() - 80), found.start()):
        return True
    if OVER_AFTER_PEOPLE.search(before) or _after_a_population_noun(before):
        return False
    if _period_of_a_noun_then_verb(text, before, reading):
        return True  # "decline over 3 years was 48% lower": the span the noun is measured over
    if OVER_GIVEN_IN_CLAUSE.search(text, max(0, found.start() - 80), found.start()):
        return True  # "infuse the dose over 3 h": how long the giving takes
    if OVER_PAID_IN_CLAUSE.search(text, max(0, found.start() - 80), found.start()):
        return True  # "spread the cost over 12 months", "is taken over 3 days": the period
    if OVER_MEANS_DURING.search(before) or RISK_OF_THING_BEFORE.search(before):
        return True
    if FIGURE_IN_CLAUSE.search(text, max(0, found.start() - 80), found.start()):
        return True  # "an NNT of 12 to prevent one event over five years"
    if NUMBER_NEEDED_IN_CLAUSE.search(text, max(0, found.start() - 80), found.start()):
        return True  # "the number needed to screen to avoid one death over ten years was 400"
    opening = not before.strip() or before.rstrip()[-1:] in ".;:\n"
    period = OVER_THEN_PERIOD.match(text, reading.end)
    return opening and text[period.end() : period.end() + 1] == ","


NOUN_RIGHT_BEFORE = re.compile(r"(?<![\w-])[a-z][a-z-]{2,}[ \t\u00a0]+\Z")
"""A lower-case word right before ``over`` (``decline over``, ``weight gain over``)."""
VERB_AFTER_PERIOD = re.compile(
    rf"{H}+(?:(?:was|were|is|are|has|had|fell|rose|dropped|increased|decreased|improved"
    rf"|worsened|remained|slowed|averaged|reached|totalled|totaled|came{H}+to)\b)",
    re.IGNORECASE,
)
"""A verb right after ``over`` + a period that names what the noun before it was: ``decline
over 3 years was 48% lower``, ``weight gain over 2 years averaged 3 kg``."""


def _period_of_a_noun_then_verb(text: str, before: str, reading: _Reading) -> bool:
    """Whether ``over`` + a period stands between a noun and its verb, the noun's span of
    time (``cognitive decline over 3 years was 48% lower``, ``costs over 5 years came to
    £2,000``): a phrase of time inside the subject, never "more than 3 years". Read after the
    people and ``for``/``aged`` checks (``adults over 65 years are …`` stays a group)."""
    if not NOUN_RIGHT_BEFORE.search(before):
        return False
    period = OVER_THEN_PERIOD.match(text, reading.end)
    return period is not None and VERB_AFTER_PERIOD.match(text, period.end()) is not None


SPREAD_OVER_BEFORE = re.compile(
    rf"\b(?:spread|split|divided|spaced|staggered|given|delivered|taken|completed|done"
    rf"|(?:is|are|was|were){H}+(?:given|delivered))"
    rf"(?:{H}+(?:it|them|(?:the|your|this|each|its|their){H}+[\w-]+))?(?:{H}+out)?{H}+\Z"
    # "15 mg/kg in total over three infusions", "60 Gy over 30 fractions": an amount spread
    rf"|\b(?:in{H}+total|in{H}+all|altogether){H}+\Z|\d(?:{H}?[a-zµμ/²³]+)+{H}+\Z",
    re.IGNORECASE,
)
COURSE_PARTS_AFTER = re.compile(
    rf"{H}*\S+{H}+(?:sessions?|visits?|appointments?|doses?|injections?|infusions?|fractions?|treatments?"
    rf"|cycles?|courses?|stages?|instal(?:l)?ments?|payments?)\b",
    re.IGNORECASE,
)


def _arrow_of_a_change(text: str, found: re.Match[str]) -> bool:
    """Whether a ``>`` or ``=>`` read as a comparator is the head of an ASCII arrow between two
    figures (``9.2 -> 6.8``, ``92 kg --> 85 kg``, ``160=>95``): a change as ``→`` writes it,
    its end a point reached, never "more than" nor "at least" it. With no figure right
    before it (``=> 2.3`` opening a line, ``age > 65``) it stays a comparator."""
    if not found.group().rstrip().endswith(">"):
        return False
    return _arrow_from_figure(text, max(0, found.end() - 48), found.end()) is not None


def _over_spreads_a_course(text: str, found: re.Match[str]) -> bool:
    """``spread over 4 sessions``, ``given over 3 infusions``, ``split over 6 payments``: what
    a course is divided into, exactly that many, never "more than" them."""
    if found.group().strip().lower() != "over":
        return False
    return bool(
        SPREAD_OVER_BEFORE.search(text, max(0, found.start() - 40), found.start())
        and COURSE_PARTS_AFTER.match(text, found.end())
    )


AGE_AND_BEFORE = re.compile(
    rf"\b(?:aged|ages?|age{H}+group)?{H}*\d{{1,3}}(?:{H}*(?:years?|yrs?))?{H}+(?:and|or){H}+\Z",
    re.IGNORECASE,
)
AGE_WORD_BEFORE = re.compile(r"\b(?:aged|ages?)\b", re.IGNORECASE)


def _bound_of_an_age_before(text: str, found: re.Match[str]) -> bool:
    """``children aged 10 and over 600 mg``, ``adults aged 65 and over 40%``: the ``over``
    closes the age group before it ("aged 10 and over"), never bounds the next figure."""
    if found.group().strip().lower() not in ("over", "under", "above", "below", "older"):
        return False
    before = AGE_AND_BEFORE.search(text, max(0, found.start() - 30), found.start())
    return before is not None and AGE_WORD_BEFORE.search(before.group()) is not None


def _over_a_range(text: str, found: re.Match[str], reading: _Reading) -> bool:
    """``over 6 to 8 feeds``, ``over 3–4 sessions``: ``over`` before a range is what the
    range is spread across, never "more than" a range (no one bounds a figure so)."""
    return found.group().strip().lower() == "over" and (
        reading.low != reading.high or OVER_RANGE_AFTER.match(text, reading.end) is not None
    )


TARGET_UP_TO = re.compile(
    rf"\b(?:(?:build|work|progress)\w*|add(?:s|ed|ing)?|sum(?:s|med|ming)?|tot(?:s|ted|ting)?"
    rf"|ramp(?:s|ed|ing)?)(?:{H}+(?:it|this|that|them|slowly|quickly|soon|easily|gradually"
    rf"|steadily))?{H}+\Z",
    re.IGNORECASE,
)
"""A verb of working towards a target before ``up to``: "walk daily, building up to 30
minutes", "work up to 10 repetitions", "ramp up to 10,000 steps": the target reached, a point,
not at most it; and one whose ``up`` is its own, of a total reached: "snacks add up to 600
kcal", "the charges soon added up to £2,000", "it sums up to 40 hours" (a total, no bound)."""


def _up_to_a_target(text: str, found: re.Match[str]) -> bool:
    """Whether an ``up to`` is the target a verb before it works towards (:data:`TARGET_UP_TO`)."""
    said = found.group().strip().lower()
    if not said.startswith("up") or not said.endswith("to"):
        return False
    return TARGET_UP_TO.search(text, max(0, found.start() - 40), found.start()) is not None


VITAL_RATE_FROM = {"HR": 30, "RR": 10}
"""The smallest whole number after ``HR``/``RR`` read as a heart or breathing rate: hazard
ratios and relative risks are written with decimals and rarely reach these."""


COUNTED_AFTER = re.compile(rf"{H}+[a-z]{{3,}}s\b")
"""A plural noun right after a value: a count (``The OR … was 3 theatres``: an operating
room's, no odds ratio)."""


def _named_away(found: re.Match[str], reading: _Reading, text: str) -> bool:
    """Whether a statistic named before its value (:data:`lexicon.STATISTIC_NAMED_AWAY`) is
    that value's: with no words between, only after a plural or a bracket (``The hazard
    ratios were 0.81``, ``HR (95% CI): 0.70``); ``HR, 78`` is a heart rate, as it is right
    before its value (:data:`VITAL_RATE_FROM`); a value a plural noun follows is a count."""
    if found.group("qualifier") is None and not (found.group("plural") or "(" in found.group()):
        return False
    if COUNTED_AFTER.match(text, reading.end):
        return False
    vital = VITAL_RATE_FROM.get(found.group("stat"))
    return not (vital is not None and reading.low == int(reading.low) and reading.low >= vital)


def _is_statistic_label(found: re.Match[str], reading: _Reading) -> bool:
    """``P`` and ``r`` need a sign (``P=0.03``, ``P<0.01``); ``HR 0.62`` needs none. ``HR``
    and ``RR`` before a whole number from :data:`VITAL_RATE_FROM` up are a heart rate and a
    respiratory rate (``HR 78``, ``RR 22``), never a hazard ratio or a relative risk; ``AUC``
    is the area under a ROC curve only from 0 to 1."""
    has_sign = any(c in found.group("sign") for c in "=:,") or reading.comparator is not None
    if found.group("stat") in ("P", "p", "r", "κ"):
        return has_sign
    vital = VITAL_RATE_FROM.get(found.group("stat"))
    if vital is not None and reading.low == int(reading.low) and reading.low >= vital:
        return False
    if found.group("stat") in ("AUC", "AUROC") and not 0 <= reading.low <= 1:
        return False  # "AUC 12.5 mg·h/L": a drug's exposure, a measure; a ROC area is 0–1
    return has_sign or bool(found.group("sign"))


RACE_BEFORE = re.compile(
    rf"\b(?:a|the|first|his|her|their|my|our|your|weekly|local|annual|charity){H}+\Z", re.I
)
RACE_AFTER = re.compile(
    rf"{H}+(?:fun{H}+|charity{H}+)?(?:run|race|walk|event|route|course|challenge)s?\b"
    rf"|{H}*(?:[.,;:!?)]|\Z)|{H}+(?:for|in|on|with|at|and|or|last|this|every|time|PB"
    rf"|took|takes|was|is|cut|cuts|helped|helps|left|raised|raises)\b",
    re.IGNORECASE,
)


RACE_VERB_BEFORE = re.compile(
    rf"\b(?:ran|runs?|running|walk(?:ed|s|ing)?|jog(?:ged|s|ging)?|complet(?:ed|es|ing)"
    rf"|finish(?:ed|es|ing)|train(?:ed|s|ing)?{H}+for){H}+(?:a|the|his|her|their|my|our|your)"
    rf"(?:{H}+(?:first|second|third|last|next))?{H}+\Z",
    re.I,
)
"""A verb of running and an article before the ``K`` (``ran a 5K six weeks after``): the
object of ``ran`` is the race whatever follows it, a number of weeks included."""


def _is_race(text: str, reading: _Reading, found: re.Match[str]) -> bool:
    """``a 5K for the hospice``, ``her first 10K``, ``the 5k fun run``: after an article or
    a possessive, a glued ``K`` on a whole number up to 100 with no noun of its own after it
    is a race's distance in kilometres (5 km), not five thousand; after a verb of running
    (``ran a 5K``, ``completed her first 10K``) whatever comes next."""
    if not (
        reading.currency is None
        and len(reading.number_spans) == 1
        and reading.low == int(reading.low)
        and 1 <= reading.low <= 100
    ):
        return False
    start = max(0, reading.start - 40)
    if RACE_VERB_BEFORE.search(text, start, reading.start):
        return True
    return bool(RACE_BEFORE.search(text, max(0, reading.start - 12), reading.start)) and bool(
        RACE_AFTER.match(text, found.end())
    )


def _read_scale(text: str, reading: _Reading, first: bool) -> float:
    """Apply a scale word after the last number read; returns the factor (1 when none)."""
    found = SCALE_AFTER.match(text, reading.end)
    if not found:
        return 1.0
    abbr = found.group("abbr")
    glued = abbr is not None and found.start("abbr") == reading.end
    # "8 B people", "5 M users": a letter before a counted noun scales it whatever the spacing
    counted = abbr is not None and _counted_noun_after(text, found.end())
    if abbr in ("b", "B", "Bn", "Mn") and reading.currency is None and not counted:
        return 1.0
    if abbr == "L" and not (reading.currency == "INR" and glued):
        return 1.0  # "₹5L" is five lakh rupees; "5L" elsewhere is five litres
    if abbr == "cr" and reading.currency != "INR" and not counted:
        return 1.0  # "Rs. 2.5 cr" is 2.5 crore rupees
    if abbr == "MM" and reading.currency is None:
        return 1.0  # "$1MM" is a million dollars (finance); "20 MM" is no scale
    spaced_before_sign = abbr in ("k", "M") and SIGN_AFTER_SCALE.match(text, found.end())
    if (
        abbr in ("k", "K", "m", "M")
        and not glued
        and reading.currency is None
        and not counted
        and not spaced_before_sign  # "20 k€", "3 M€": French pages glue the scale to the sign
    ):
        return 1.0
    if abbr in ("m", "M") and glued and first and _is_age_and_sex(text, reading, found.end()):
        reading.unit, reading.kind, reading.end = "year-old", "measure", found.end()
        return 1.0  # "45M with chest pain": a 45-year-old man, never 45 million
    if abbr in ("k", "K") and glued and first and _is_race(text, reading, found):
        reading.unit, reading.kind, reading.end, reading.race = "km", "measure", found.end(), True
        return 1.0
    if abbr in ("m", "M") and reading.currency is None and METRES_CUE.match(text, found.end()):
        return 1.0  # "a 37m (121ft)-long skeleton": metres
    factor = scale_value(found)
    if first:
        reading.low *= factor
        reading.high = reading.low
    else:
        reading.high *= factor
    reading.end = found.end()
    reading.has_scale = True
    if first and (more := SMALLER_SCALE_AFTER.match(text, reading.end)):
        smaller = SCALES[more.group("scale").lower()]
        if smaller < factor:  # "2 thousand 3 hundred": 2,300, digits and words mixed
            reading.low = reading.high = reading.low + float(more.group("n")) * smaller
            reading.end = more.end()
    half = HALF_AFTER.match(text, reading.end) if first and abbr is None else None
    if half and factor >= 1e6 and (part := part_after(half)) is not None:
        # "2 million and a half", "1 billion and a quarter": the part is of the scale
        reading.low = reading.high = reading.low + part * factor
        reading.end = half.end()
        return factor
    rest = AND_UNITS_AFTER.match(text, reading.end) if first and abbr is None else None
    if rest and factor in (100, 1000) and float(rest.group("n")) < 100:
        # "3 hundred and 21": 321, as it is said
        reading.low = reading.high = reading.low + float(rest.group("n"))
        reading.end = rest.end()
    return factor


SIGN_AFTER_SCALE = re.compile(r"[€$£](?![\w$€£])")
"""A currency sign right after a spaced scale letter (``20 k€``, ``3 M€``): the amount's scale."""
AGE_SEX_OPENS = re.compile(
    rf"(?:\A|^|[.;:(\u2029\u2028]{H}*|\b(?:an?|An?|pt|Pt|Patient|patient|Me|me){H}*:?{H}+)\Z",
    re.MULTILINE,
)
AGE_SEX_FOLLOWS = re.compile(
    rf"{H}*(?:[,;]|(?:with|w/|presenting|presents|presented|c/o|who|is|was|has|had|admitted"
    rf"|brought|smoker|non-smoker|ex-smoker|known|on|from|in|referred)\b)"
)


def _is_age_and_sex(text: str, reading: _Reading, end: int) -> bool:
    """``45M with chest pain``, ``A 63M with diabetes``, ``58M, BP 160/100``: case notes write
    a patient's age and sex glued together at the start of a note or after an article, then
    what brought them; that is a 45-year-old man, never 45 million."""
    if reading.currency is not None or reading.low != reading.high:
        return False
    if not (reading.low == int(reading.low) and 0 < reading.low <= 110):
        return False
    opens = AGE_SEX_OPENS.search(text, max(0, reading.start - 12), reading.start)
    return bool(opens) and bool(AGE_SEX_FOLLOWS.match(text, end))


AND_UNITS_AFTER = re.compile(rf"{H}+and{H}+(?P<n>\d{{1,2}})(?![\d.,/:%-]|{H}*%)")
"""The tens and units said after a digit and its spelled scale word: ``3 hundred and 21``,
``2 thousand 3 hundred and 5`` (Recognizers-Text's mixed form), one number."""
SMALLER_SCALE_AFTER = re.compile(
    rf"{H}+(?:and{H}+)?(?P<n>\d{{1,3}}){H}+(?P<scale>hundred|thousand|million)\b", re.IGNORECASE
)
"""A second, smaller scale after a number and its scale word: ``2 thousand 3 hundred``,
``4 million 250 thousand`` (Recognizers-Text's mixed form)."""


METRES_CUE = re.compile(
    rf"{H}*\({H}*[\d.,]+{H}*(?:ft|feet|foot|yd|yards?|in|inches){H}*\)"
    rf"|{H}*-?{H}*(?:long|tall|high|wide|deep|away)\b",
    re.IGNORECASE,
)
"""After ``37m``: a conversion to feet or a dimension word says metres, not millions."""


def _counted_noun_after(text: str, end: int) -> bool:
    found = NOUN_WORD.match(text, end)
    return bool(found) and found.group("word").lower() in lexicon.COUNTABLE_NOUNS


def _read_unit_before_range(text: str, reading: _Reading) -> None:
    """A unit written on both sides of a range (``45°C and 50°C``, ``70% to 80%``,
    ``10 € to 20 €``, ``2 weeks to 6 weeks``, ``10-fold to 20-fold``, ``2x-3x``; never two
    currencies: ``110 JPY to 1 USD`` is
    an exchange rate, and never two units: ``10 days to 3 weeks`` and ``500 mg to 1 g`` stay
    two figures); ``18C to 21C`` and ``18 C to 21 C`` too, the same scale on both sides."""
    if (found := _temperature_glued(text, reading.end)) and (
        after := RANGE_SEPARATOR.match(text, found.end())
    ):
        partner = NUMBER_AT.match(text, after.end())
        again = partner and TEMPERATURE_GLUED.match(text, partner.end())
        if again and again.group("scale") == found.group("scale"):
            reading.end = found.end()
            reading.unit_before_range = True
            return
    for pattern in (units.PERCENT, units.MEASURE, units.CURRENCY_AFTER, units.TIME, MULTIPLE_AFTER):
        found = pattern.match(text, reading.end)
        if found and (after := _separator_at(text, found.end(), reading.between)):
            partner = NUMBER_AT.match(text, after.end())
            again = partner and pattern.match(text, partner.end())
            if (
                again
                and pattern is units.PERCENT
                and units.percent_unit(found) != units.percent_unit(again)
            ):
                return  # "fell 3 pp to 71%": a change in points, then the level reached
            if again and pattern is units.CURRENCY_AFTER:
                again = again if again.group().strip() == found.group().strip() else None
                if not again:
                    return
            if (
                again
                and pattern is units.MEASURE
                and units.measure_unit(again) != units.measure_unit(found)
                and not _degree_then_scale(found, again)
            ):
                return  # "500 mg to 1 g": two amounts in two units, never [1, 500] g
            if pattern is units.TIME and not (
                again
                and units.time_unit(again.group("time")) == units.time_unit(found.group("time"))
            ):
                return
            if partner and (reading.between or again):
                reading.end = found.end()
                reading.unit_before_range = True
                return


def _degree_then_scale(first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether a range's first end has a bare degree sign and its second the sign with its
    scale (``20° to 25°C``, ``36.5°–37.5° C``, ``between 2° and 8°C``): a label's storage line
    names the scale once, at the end, so the range is one, in the second end's scale."""
    return first.group().strip() in ("°", "º", "˚") and units.measure_unit(second) in ("°C", "°F")


CELL_END = re.compile(rf"{H}*(?:[|\n\u2028\u2029]|\Z)")


def _fills_a_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all of a table cell or a line (``| 1 or 2 |``): the
    column's head names what is counted (``Tablets per dose``), so two numbers joined by
    ``or`` there are the choice of one amount, a range, as ``1 or 2 tablets`` is in prose;
    in a sentence a bare ``stage 1 or 2`` stays two numbers."""
    return bool(
        CELL_START_BEFORE.search(text, max(0, start - 12), start) and CELL_END.match(text, end)
    )


BRACKETED_NOTE = re.compile(rf"{H}*\([^()\d\n]{{1,40}}\)")
"""A bracketed note with no figure in it, as a price list puts after a range's first end:
``from £295 (home) to £1,150``, ``between 2 (children) and 4 (adults) tablets``."""


def _range_separator(text: str, reading: _Reading) -> re.Match[str] | None:
    """What joins the range's ends (:data:`RANGE_SEPARATOR`) right after the first end, or,
    after ``from`` or ``between``, past a bracketed note that says where the first end holds
    (:data:`BRACKETED_NOTE`): the note is the range's, never the end of the figure."""
    return _separator_at(text, reading.end, reading.between)


def _separator_at(text: str, at: int, between: str | None) -> re.Match[str] | None:
    """:data:`RANGE_SEPARATOR` at ``at``, or past a bracketed note there after ``from`` or
    ``between`` (:func:`_range_separator`)."""
    if separator := RANGE_SEPARATOR.match(text, at):
        return separator
    if between not in ("from", "between"):
        return None
    note = BRACKETED_NOTE.match(text, at)
    if note is None:
        return None
    separator = RANGE_SEPARATOR.match(text, note.end())
    joins = "to" if between == "from" else "and"
    if separator is None or separator.group("sep").lower() != joins:
        return None
    return separator


def _read_range(text: str, reading: _Reading) -> None:
    """``2-4``, ``70–  80``, ``four to five thousand``, ``between 45 and 50``; ``from £295
    (home) to £1,150``, a note between (:func:`_range_separator`)."""
    separator = _range_separator(text, reading)
    if not separator:
        return
    word = separator.group("sep").lower()
    if word == "and" and reading.between != "between":
        return
    word = re.sub(rf"{H}+", " ", word)
    floor = reading.between == "from" or reading.side == "low"
    if word == "up to" and not floor:
        return  # "40% up to 60 days": a figure, then a bound of another
    if (
        reading.comparator is not None
        and word not in ("-", "–", "—", "‐", "to", "up to")
        and not (word == "or" and reading.comparator.lower() == "within")
    ):
        # "up to 20–30%" bounds one side by the range's far end; "over 5 or 6" no ("within 2
        # or 3 days" is the range the time takes, as "within 2 to 3 days" is)
        return
    if word in ("-", "–", "—", "‐", "to") and _read_fraction_end(text, reading, separator.end()):
        return  # "1–1½ hours", "2 to 2½ years": the far end is a fraction
    partner = NUMBER_AT.match(text, separator.end())
    if not partner:
        return
    if _grouping_refused(text, partner):
        partner = NUMBER_AT_UNGROUPED.match(text, partner.start())
    value, spelled = _read_number(partner)
    if hundredths_against_whole(
        text, reading.number_spans[0][1], reading.currency is not None, *partner.span()
    ):
        return  # "£1.20 or 99p", "from 50p to £1.20": two prices in two units
    if word == "to" and _named_end_before_a_share(text, reading, partner, value):
        return  # "gave PASI 90 to 1.2% of patients": the outcome's 90, then a share
    if separator.group("neg") and not spelled:
        value = -value  # "from −5 to −2 kg", "between -3 and -1"
    after_by = CHANGE_BY.search(text, max(0, reading.start - 4), reading.start) or (
        CHANGE_VERB_BEFORE.search(text, max(0, reading.start - 24), reading.start)
    )
    units_both_sides = separator.group("cur") or reading.unit_before_range
    if (
        after_by
        and word == "to"
        and (units_both_sides or not _unit_follows(text, partner.end()))
        and not _ends_of_a_range(text, reading, value)
    ) or (
        # "fell by £9.3m to £14.6m", "grew by 1,200 to 7,800 patients": a level moved
        word == "to"
        and reading.low >= 0
        and value >= 0
        and moved_by(text, reading.start)
        and (units_both_sides or not _ends_of_a_range(text, reading, value))
    ):
        # "rose by 5% to 20%": a change, then the level it reached; so too with no unit on
        # either (`fell by 1,200 to 98,000`), unless the two are near enough for one range
        # of change (`by 20 to 30`)
        return
    if word == "or" and (
        value <= reading.low
        or not (
            _unit_follows(text, partner.end())
            or DOSE_SPACED.match(text, partner.end())
            or _fills_a_cell(text, reading.start, partner.end())
        )
    ):
        return  # "1 or 2 tablets", "1 or 2 250 mg capsules" (a dose, then its form) are ranges
    if word == "or" and reading.unit_before_range and not reading.approx:
        return  # "70 mg or 140 mg once a month": two doses to choose from, each with its unit
    if word == "or" and reading.currency and separator.group("cur") and not reading.approx:
        return  # "$499 or $899 a hearing aid", "£73.90 or £110.40 a week": two prices (s58x)
    if word == "or" and _discrete_alternatives(text, reading, value, partner.end()):
        return  # "packs of 28 or 84 tablets", "10 or 20 mg": two sizes, never [28, 84]
    if word == "or" and LIST_ITEM_BEFORE.search(text, max(0, reading.start - 24), reading.start):
        return  # "41, 48 or 55%": the last two of a list, not a range
    year_first = _looks_like_year(text, reading.number_spans[0]) and not (
        reading.currency or reading.approx or reading.comparator
    )  # "about 2000 - 2500 kcal" is no year
    if year_first and not _looks_like_year(text, partner.span()):
        return
    spaced_sign = separator.start("sep") > reading.end and separator.end("sep") == partner.start()
    if word in ("-", "−") and spaced_sign:
        return  # "50 -1.3%": a signed number, not a range
    hyphened_to = re.fullmatch(r"[-‐]to[-‐]", word) is not None
    compared = value
    if reading.has_scale and (scale := SCALE_AFTER.match(text, partner.end())):
        compared = value * scale_value(scale)  # "7k-10k": both ends scaled, 10k over 7k
    if (
        (word in ("-", "–", "—", "‐", "−") or hyphened_to)
        and compared <= reading.low
        and not reading.between
    ):
        reading.descending = True  # "2-1", "3-to-1 against": a score or odds, no range
    elif (
        word == "to" and value == 1 and int(reading.low) == reading.low >= 2 and not reading.between
    ):
        # "5 to 1 against", "odds of 3 to 1", "won 3 to 1": odds or a score, which compare
        # and claim no amount (as "3:1" does), never the range [1, 5]
        reading.descending = True
    glued_letter = re.match(r"[A-Za-z]", text[partner.end() : partner.end() + 1])
    if (
        partner.group("digits")
        and glued_letter
        and not SCALE_AFTER.match(text, partner.end())
        and not units.MEASURE.match(text, partner.end())
        and not units.TIME_GLUED.match(text, partner.end())
        and not _temperature_glued(text, partner.end())
        and not MULTIPLE_AFTER.match(text, partner.end())
    ):
        return
    first_low = reading.low
    reading.number_spans.append(partner.span())
    reading.end = partner.end()
    reading.high = value
    had_scale = reading.has_scale
    factor = _read_scale(text, reading, first=False)
    if spelled and factor == 1.0:
        factor = trailing_scale(partner.group("words"))
        value /= factor
    if factor != 1.0 and not had_scale and first_low <= value:
        reading.low = first_low * factor
    if reading.low > reading.high:
        reading.low, reading.high = reading.high, reading.low
    reading.spelled = reading.spelled and spelled
    if (separator.group("approx") or "").strip():
        reading.approx = True  # "40% to about 60%"
    if reading.side == "low" and (
        word == "up to"
        or START_WORDS.match(reading.comparator or "")
        or FLOOR_BEFORE_TWO_ENDS.match(reading.comparator or "")
    ):
        # "starting from 450 up to 900 sq ft", "start at 25 to 50 mcg a day", "as little as
        # $89 to $109": both ends are written, so both are bounds (a floor word before one
        # figure is "at least")
        reading.side, reading.comparator, reading.inclusive = None, None, True


PACK_BEFORE = re.compile(
    r"\b(?i:packs?|packets?|pack{H}+sizes?|box(?:es)?|bottles?|cartons?|tubs?|tins?|blisters?)\b"
    r"[^.;:!?\n]*\Z".replace("{H}", H)
)
"""A pack or container named before ``N or M`` in the clause: the numbers are its sizes."""


def _discrete_alternatives(text: str, reading: _Reading, value: float, end: int) -> bool:
    """Whether ``N or M`` names two alternatives rather than a range: the far end at least
    twice the near one, and both 10 or more (``28 or 84 tablets``, ``10 or 20 mg``, ``12 or 24
    months``) or a pack or container named before them in the clause (``packs of 7 or 28``);
    ``two or three embryos``, ``6 or 8 weeks``, ``1 or 2 tablets`` stay ranges, and ``10 or
    20 years ago`` one time stamp."""
    low = reading.low
    if reading.approx or reading.comparator or low <= 0 or value < 2 * low:
        return False
    if filters.is_time_stamp_ago(text, end):
        return False  # "10 or 20 years ago": one time stamp, no figure either way
    if low >= 10:
        return True
    return PACK_BEFORE.search(text, max(0, reading.start - 60), reading.start) is not None


PLURAL_NOUN_AFTER = re.compile(rf"{H}+[a-z]+s\b")


def _named_end_before_a_share(
    text: str, reading: _Reading, partner: re.Match[str], value: float
) -> bool:
    """A bare number that a score, a scale or a label names (:mod:`named_outcomes`: ``PASI
    90``, ``ACR 20``, ``GCS 15``, ``grade 3``, ``at week 12``) is no range's first end when
    the far end is a share in percent and the first is not (``gave PASI 90 to 1.2% of
    patients``, ``ACR 20 to 58%``), nor when the far end counts fewer things than the name's
    number (``PASI 75 to 71 patients``): the number is the name's, as in ``PASI90``, and the
    far end is read by itself."""
    if reading.unit_before_range or reading.currency or reading.comparator or reading.approx:
        return False
    if reading.between or len(reading.number_spans) != 1 or reading.spelled:
        return False
    first_start, first_end = reading.number_spans[0]
    if not re.fullmatch(r"\d+(?:\.\d+)?", text[first_start:first_end]):
        return False
    share = units.PERCENT.match(text, partner.end()) is not None
    fewer = value < reading.low and PLURAL_NOUN_AFTER.match(text, partner.end()) is not None
    return (share or fewer) and named_outcomes.names_the_first_end(text, first_start)


START_WORDS = re.compile(r"(?:start(?:s|ed|ing)?|beginning|begin(?:s)?)\b", re.IGNORECASE)
"""A floor word that opens a range when a second figure follows (``start at 25 to 50``)."""
FLOOR_BEFORE_TWO_ENDS = re.compile(
    rf"(?:as{H}+(?:little|low|few|cheap)|from{H}+(?:just|only))\b", re.IGNORECASE
)
"""More floor words that give both ends when two are written (``as little as $89 to $109``,
``from just £20 to £45``); before one figure they are "at least"."""


MAXIMUM_NEAR = re.compile(r"[Mm]ax(?:imum)?\b")
MAXIMUM_REACH = 90
"""How far before a figure a ``maximum … dose … is`` may start (the usual window is 40)."""
LIST_ITEM_BEFORE = re.compile(rf"\d[\d.,·]*%?{H}*,{H}*\Z")
"""A figure and a comma before a figure: it is a list's item (``41, 48 or 55%``)."""
RANGE_RATIO = 3.0
"""``by X% to Y%``: ends within this ratio are a range (``by 40% to 60%``); farther apart, the
second is the level the change reached (``rose by 5% to 20%``, ``by $43m to $419m``)."""


def _ends_of_a_range(text: str, reading: _Reading, value: float) -> bool:
    """Whether ``by X<unit> to Y<unit>`` gives the ends of one range rather than a change and
    the level it reached: Y lies above X and within :data:`RANGE_RATIO` of it (the first end
    compared as written, before a scale word); two negative ends are compared by size, the
    larger fall second (``by -4 mmHg to -9 mmHg``)."""
    start, end = reading.number_spans[0]
    written = NUMBER_AT.match(text, start)
    if not written or written.end() != end or not written.group("digits"):
        return False
    first = parse_digits(written.group("digits"))
    if reading.low < 0 and value < 0:
        # "changed by -0.5% to -1.1%": two falls, one range of changes (no level is negative)
        return 0 < first < -value <= RANGE_RATIO * first
    return 0 < first < value <= RANGE_RATIO * first


def _unit_follows(text: str, end: int) -> bool:
    """Whether a unit or counted noun follows ``end`` (``three or four years``)."""
    return bool(
        units.PERCENT.match(text, end)
        or units.TIME.match(text, end)
        or units.CURRENCY_AFTER.match(text, end)
        or _measure_at(text, end)
        or NOUN_WORD.match(text, end)
    )


def _looks_like_year(text: str, span: tuple[int, int]) -> bool:
    return bool(filters.YEAR.match(text[span[0] : span[1]]))


ZERO_KIND = re.compile(rf"(?i:zero)-[A-Za-z][\w-]*{H}+(?:[a-z]|[A-Z][a-z])")
"""``zero`` hyphenated to a noun before another word: a compound adjective naming a kind
(``zero-dose children``, never given a vaccine; ``zero-calorie drinks``, ``zero-tolerance
policy``), not an amount of doses or calories to verify (``zero side effects`` is read)."""


def _read_right(text: str, reading: _Reading) -> bool:
    """Percent, multiple, proportion, currency word, time, measure, counted noun, rate, open end."""
    if reading.race:
        return True  # "a 5K fun run": the distance is read; "run" is no counted noun
    if ZERO_KIND.match(text, reading.start) and reading.end - reading.start == len("zero"):
        return False  # "zero-dose children", "zero-calorie drinks": a kind, no amount
    if _read_size_side(text, reading):
        return True
    if _read_dose_count(text, reading):
        return True
    if found := SCIENTIFIC_AFTER.match(text, reading.end):
        # "5 × 10⁸", and on both ends of a range: "150–400 × 10⁹/L"
        exponent = _exponent(found)
        reading.low *= power_of_ten(exponent)
        reading.high *= power_of_ten(exponent)
        reading.end = found.end()
        if reading.spread is not None:  # "1.35 ± 0.05 × 10⁵": the power scales both
            reading.spread = _scaled_spread(reading.spread, power_of_ten(exponent))
        if reading.role is None and len(reading.number_spans) == 1:
            _read_scientific_range(text, reading)
        if per := PER_VOLUME.match(text, reading.end):
            volume = (
                "µL" if per.group("cubic") or per.group("per") in ("μL", "uL") else per.group("per")
            )
            # "×10⁹/l", "/ml", "/dl": the litre's letter in either case is one unit
            volume = {"l": "L", "ml": "mL", "dl": "dL"}.get(volume, volume)
            reading.unit, reading.kind, reading.end = f"/{volume}", "measure", per.end()
            _read_open_end(text, reading)  # "1.5 × 10^9/L or higher": at least that count
            _read_rate(text, reading)
            _read_bound_after_period(text, reading)
            return True
    if (
        reading.unit is None
        and not reading.currency
        and (per := BARE_PER_VOLUME.match(text, reading.end))
    ):
        # "Platelets 95,000/µL", "7,800/cmm", "180 per mm3", "15 million per mL": a count
        # per volume as a blood count or a semen analysis writes it, no counted noun said
        volume = "mL" if per.group("ml") else "µL"
        reading.unit, reading.kind, reading.end = f"/{volume}", "measure", per.end()
        _read_open_end(text, reading)
        return True
    end = reading.end
    if reading.unit is None and (
        factor := FACTOR_OF_BEFORE.search(text, max(0, reading.start - 24), reading.start)
    ):
        # "reduced by a factor of 2", "rose by a factor of three": a multiple said in words
        reading.start, reading.unit, reading.kind = factor.start(), "fold", "multiple"
        return True
    if reading.currency and (found := PER_PERSON.match(text, end)):
        # "£99pp", "€450 p.p.": a price per person, never percentage points
        reading.unit, reading.kind = f"{reading.currency}/person", "rate"
        reading.per, reading.end = "person", found.end()
        return True
    if found := units.PERCENT.match(text, end):
        reading.unit = units.percent_unit(found)
        reading.kind, reading.end = "percent", found.end()
    elif found := MULTIPLE_AFTER.match(text, end):
        reading.unit, reading.kind, reading.end = "fold", "multiple", found.end()
        if found.group().rstrip().lower().endswith("times") and counts_occasions(
            text, reading.start, found.end()
        ):
            reading.unit, reading.kind = "times", "count"  # "visited 4 times in March"
    elif (
        (found := _proportion_after(text, end, one=reading.low == reading.high == 1))
        and _may_be_a_part(reading)
        and reading.statistic is None  # "the hazard ratio was 0.83 in 2,400 patients"
        and not (
            found.groupdict().get("colon")
            and (
                COLON_NOT_SHARE.search(text, max(0, reading.start - 40), reading.start)
                or re.match(rf"\d[\d,]*{H}*(?:ratio|dilution|scale)", text[found.end() :], re.I)
            )
        )
    ):
        denominator = NUMBER_AT.match(text, found.end()) or _bare_scale_whole(text, found)
        if not denominator or not _is_denominator(text, reading, found, denominator):
            return _read_plain_unit(text, reading)
        value, _ = _read_number(denominator)
        if not value:  # "3 in 0", "-3 in 0": no share of nothing
            return _read_plain_unit(text, reading)
        if (
            reading.low == reading.high
            and value <= 100
            and (reading.low != int(reading.low) or STARS_AFTER.match(text, denominator.end()))
        ):
            # "rated 4.8 out of 5 stars": a part with decimals is a rating over its top,
            # read as the score is (4.8), never the share 0.96; and so is a whole number
            # of stars (4 out of 5 stars is 4, not 80%)
            reading.number_spans.append(denominator.span())
            reading.end = denominator.end()
            return True
        reading.low, reading.high = reading.low / value, reading.high / value
        reading.number_spans.append(denominator.span())
        reading.unit, reading.kind, reading.end = "proportion", "proportion", denominator.end()
        if reading.low == reading.high and reading.role is None:
            _read_proportion_range(text, reading)  # not "rose from 1 in 80 to 1 in 30"
    else:
        return _read_plain_unit(text, reading)
    _read_open_end(text, reading)
    _read_rate(text, reading)
    _read_bound_after_period(text, reading)
    return True


_SIZE_SEP = rf"(?:{H}*[x×X]{H}*|{H}+by{H}+)"
_SIDE_NUMBER = rf"\d+(?:\.\d+|{H}+\d{{1,2}}/\d{{1,2}}(?![\d/])|{H}?[½¼¾⅓⅔⅛])?"
"""One side's number: a decimal, or a mixed number (``4 1/4``, ``2 3/4``, ``3½``)."""
_SIDE = rf"{_SIDE_NUMBER}(?:{H}*[-–]{H}*{_SIDE_NUMBER})?"
SIZE_AFTER = re.compile(
    rf"{_SIZE_SEP}{_SIDE}(?:{_SIZE_SEP}{_SIDE})*"
    rf"(?![\d.,]\d|{H}*(?:\^|\*\*|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]))(?:{H}*-)?"
)
"""The rest of a size after one of its sides: ``× 4`` before ``cm`` in ``3 × 4 cm``, ``x 3 x
5`` before ``mm`` in ``2 x 3 x 5 mm``, ``by 6`` before ``inches`` in ``4 by 6 inches``; a side
may be a range (``3-4 x 5 cm``, ``5 x 6-8 cm``) and a hyphen may join the last side to its
unit (``10 x 10-cm``). The unit is checked after it (:data:`SIZE_UNITS`)."""
SIZE_UNITS = frozenset({"km", "m", "cm", "mm", "µm", "nm", "inch", "ft"})
"""Units of length: only they make ``N x M <unit>`` a size. ``2 x 500 mg`` stays a count of
doses and ``5 x 10^8 cells`` a power of ten."""
INCHES_SPACED = re.compile(rf"{H}+in(?:\.(?!\w)|(?=[,;:)]|{H}*$))", re.MULTILINE)
"""``4 x 4 in.``, ``4 x 4 in,``: the spaced abbreviation of inches closes a size only with its
dot or before punctuation (``2 x 3 in adults`` is no size)."""
SIZE_SIDE_BEFORE = re.compile(rf"\d{_SIZE_SEP}\Z")
"""A side and a times sign (or ``by``) before a number: it is the last side of a size."""
INCH_MARK = '"″”'
INCH_MARK_SIZE_AFTER = re.compile(rf"[{INCH_MARK}]{H}*[x×X]{H}*\d+(?:\.\d+)?[{INCH_MARK}]")
INCH_MARK_SIZE_BEFORE = re.compile(rf"\d[{INCH_MARK}]{H}*[x×X]{H}*\Z")
"""``4" x 4"``, ``3″ × 5″``: each side marked as inches, as US dressing packs write a size; a
lone double quote after a number stays a quote (``"take 4"``)."""


def _read_size_side(text: str, reading: _Reading) -> bool:
    """``a 10 x 10 cm dressing``, ``3 × 4 cm``, ``2 x 3 x 5 mm``, ``4 by 6 inches``: a size,
    each side its own figure in the unit written once after the last side (README "What
    counts", *Sizes*), never a multiple. The first sides keep their own spans (``10``), so
    every side is checked against the registry as the length it is. A side written with its
    own unit (``10cm x 10cm``) is read as a measure already and needs nothing here; a side
    marked with an inch sign (``4" x 4"``) takes the mark into its span."""
    if (
        len(reading.number_spans) > 2
        or reading.currency is not None
        or reading.spelled
        or reading.unit is not None
        or reading.spread is not None
    ):
        return False
    if (mark := text[reading.end : reading.end + 1]) and mark in INCH_MARK:
        if INCH_MARK_SIZE_AFTER.match(text, reading.end) or INCH_MARK_SIZE_BEFORE.search(
            text, max(0, reading.start - 8), reading.start
        ):
            reading.unit, reading.kind, reading.end = "inch", "measure", reading.end + 1
            return True
        return False
    if (inches := INCHES_SPACED.match(text, reading.end)) and SIZE_SIDE_BEFORE.search(
        text, max(0, reading.start - 16), reading.start
    ):
        # "4 x 4 in.": the last side takes the abbreviation, never the dot after it
        reading.unit, reading.kind = "inch", "measure"
        reading.end = inches.start() + len(inches.group().rstrip("."))
        return True
    found = SIZE_AFTER.match(text, reading.end)
    if not found:
        return False
    if INCHES_SPACED.match(text, found.end()):
        reading.unit, reading.kind = "inch", "measure"
        return True
    unit = _measure_at(text, found.end())
    if not unit or units.measure_unit(unit) not in SIZE_UNITS:
        return False
    reading.unit, reading.kind = units.measure_unit(unit), "measure"
    return True


FACTOR_OF_BEFORE = re.compile(rf"(?<![\w-])(?i:an?{H}+)?(?i:factor){H}+(?i:of){H}+\Z")
"""``a factor of`` before a number makes it a multiple (``by a factor of 2``: 2-fold); a
clotting factor's name has no ``of`` (``factor VIII``, ``factor 8 deficiency``)."""


def _read_dose_count(text: str, reading: _Reading) -> bool:
    """``2 × 500 mg tablets``, ``3 x 1 g a day``, ``2x500mg``: a whole number of up to two
    digits, a times sign and a dose (an amount in mg, g, µg, mL, IU or units, or a number of
    tablets, puffs …) count the doses taken; the figure is a count, unit the dose form written
    after the dose (``tablets``) or ``doses``, never a multiple (no relative effect). The dose
    after the sign is read as its own figure. A price after the sign (``2 x £50``) makes the
    count one of ``items``."""
    if reading.currency is not None or reading.low is None or reading.high is None:
        return False
    whole = all(v == int(v) and 1 <= v < 100 for v in (reading.low, reading.high))
    if whole and reading.side is None and (spaced := DOSE_SPACED.match(text, reading.end)):
        # "take 2 500 mg tablets", "two 250 mg capsules", and a range of them, "1-2 500 mg
        # tablets", "one or two 500 mg tablets": the count takes the dose form written after
        # the dose; the dose is its own figure
        reading.unit, reading.kind = spaced.group("form").lower(), "count"
        return True
    if len(reading.number_spans) > 1:
        return False
    if reading.low != reading.high or not whole:
        return False
    if reading.spelled:
        return False
    found = DOSE_TIMES.match(text, reading.end)
    if found:
        portion = PORTION_AFTER.match(text, found.end("amount"))
        if portion and not portion.group("words").strip():
            reading.unit = portion.group("form").lower()
        else:
            reading.unit = "doses"
    elif found := PRICE_TIMES.match(text, reading.end):
        reading.unit = "items"
    else:
        return False
    reading.kind = "count"
    reading.end = found.start("amount")
    while text[reading.end - 1] in " \t\u00a0\u2009\u202f":
        reading.end -= 1
    return True


SCIENTIFIC_RANGE = re.compile(
    rf"{H}*(?P<sep>[-–—‐−]|to|and){H}*(?P<digits>{PLAIN_DIGITS}){SCIENTIFIC_AFTER.pattern}"
)
"""The far end of a range of powers of ten: ``1 × 10⁶ to 5 × 10⁶``, ``2×10^5–8×10^5``."""


def _read_scientific_range(text: str, reading: _Reading) -> None:
    """``1 × 10⁶ to 5 × 10⁶ cells``: both ends written with their power; ``and`` only after
    ``between``."""
    found = SCIENTIFIC_RANGE.match(text, reading.end)
    if not found:
        return
    between = lexicon.BETWEEN_BEFORE.search(text, max(0, reading.start - 12), reading.start)
    if found.group("sep") == "and":
        if not between or between.group("word").lower() != "between":
            return
        reading.start = between.start()
    value = parse_digits(found.group("digits")) * power_of_ten(_exponent(found))
    reading.number_spans.append(found.span("digits"))
    reading.low, reading.high = sorted((reading.low, value))
    reading.end = found.end()


PART_NOUNS = frozenset(
    word
    for word in NOUNS
    if word not in {"those", "them", "anyone", "everyone", "someone", "population", "group"}
)
PROPORTION_AFTER_NOUN = re.compile(
    rf"{H}+(?:[A-Za-z][\w.]*{H}+)?(?P<noun>[A-Za-z]+){H}+(?P<word>in|out{H}+of){H}+"
    rf"(?:every{H}+)?(?=[\d]|[a-z]+\b)",
    re.IGNORECASE,
)
"""``one person in four``, ``1 woman in 8``, ``two adults out of every five``, ``one US adult
in twelve``: the people a proportion counts, named (with one word before their noun)
between its part and its whole."""


OBJECT_AFTER_VERB = re.compile(
    rf"{H}+(?:the|a|an|their|his|her|its|this|that|these|those|some|no|any|at{H}+least)\b",
    re.IGNORECASE,
)
"""An object after a word in -s that follows ``one child in 12``: the word is the sentence's
verb (``misses the booster``, ``needs a transfusion``), whatever verb it is; a counted noun
(``3 patients in 12 wards were …``) is followed by no article."""
PROPORTION_VERBS = frozenset(
    {*lexicon.VERBS_NOT_NOUNS, *lexicon.VERBS_OR_NOUNS}
    | set(
        """has dies develops experiences suffers lives goes sees uses smokes drinks reports
        survives carries catches contracts struggles waits visits ends results leads fails
        succeeds works needs requires returns progresses recurs implants miscarries continues
        relapses responds""".split()
    )
)
"""Verbs in -s that may follow ``one person in four``: the sentence goes on (``1 woman in 8
gets breast cancer``), no noun of another count."""


OPENS_A_PROPORTION = re.compile(rf"{H}+(?i:out{H}+of|of){H}+(?:\d|(?i:{WORDS})\b)")
"""``out of`` or ``of`` and a whole after a number: it is a proportion's part itself."""


def _whole_opens_a_proportion(text: str, at: int) -> bool:
    """Whether the number at ``at`` is followed by ``out of``/``of`` and a whole (``… in 9
    out of 10 patients``): that number is the part of its own proportion, so the ``in``
    before it says where or in whom (``lowers the AHI to under 5 in 9 out of 10 patients``
    is under 5, in 9 out of 10 patients), never the whole of ``5 in 9``."""
    whole = NUMBER_AT.match(text, at)
    return whole is not None and OPENS_A_PROPORTION.match(text, whole.end()) is not None


def _proportion_after(text: str, end: int, one: bool = False) -> re.Match[str] | None:
    """The ``in``/``out of``/``of`` after a proportion's part, also across the noun of the
    people it counts (:data:`PROPORTION_AFTER_NOUN`), and after a part of ``one`` across any
    singular noun: ``1 cycle in 6``, ``one embryo in five`` are that share of cycles and
    embryos, as ``1 in 6 cycles`` is; across any plural noun where a plural verb follows the
    whole (:data:`WHOLE_THEN_VERB`: ``3 cycles in 10 end in a birth``). Never ``in`` before
    a number that opens a proportion of its own (:func:`_whole_opens_a_proportion`)."""
    if found := PROPORTION_AFTER.match(text, end):
        if (found.group("word") or "").lower() == "in" and _whole_opens_a_proportion(
            text, found.end()
        ):
            return None  # "under 5 in 9 out of 10 patients": 5, then 9 out of 10
        return found
    found = PROPORTION_AFTER_NOUN.match(text, end)
    if found and found.group("noun").lower() in PART_NOUNS:
        return found
    if (
        found
        and one
        and found.group("word").lower() == "in"
        and not _is_plural(found.group("noun"))
        and found.group("noun").islower()
        and not units.TIME.match(text, end)
        and not _measure_at(text, end)
        and not DOSE_FORM_WORD.fullmatch(found.group("noun"))
    ):
        return found
    if (
        found
        and not one
        and found.group("word").lower() == "in"
        and _is_plural(found.group("noun"))
        and found.group("noun").islower()
        and not units.TIME.match(text, end)
        and not _measure_at(text, end)
        and not DOSE_FORM_WORD.fullmatch(found.group("noun"))
        and (whole := NUMBER_AT.match(text, found.end()))
        and WHOLE_THEN_VERB.match(text, whole.end())
    ):
        return found  # "3 cycles in 10 end in a birth", "two deaths in 10 were avoidable"
    return None


WHOLE_THEN_VERB = re.compile(
    rf"{H}+(?:are|were|will|would|may|might|can|could|should|must|have|had|do|did|end|die"
    rf"|fail|succeed|need|get|go|live|smoke|drink|develop|survive|return|remain|stay|report"
    rf"|say|use|take|never|still|also|now)\b"
)
"""A plural verb right after the whole of ``N nouns in M``: the proportion's sentence goes on
(``3 cycles in 10 end in a birth``), so M is no count of a noun of its own."""


BARE_SCALE_WHOLE = re.compile(r"(?P<digits>\b\B)?(?i:(?P<words>hundred|thousand|million))(?![\w-])")
"""A whole said by its scale word alone after ``every`` or a hyphened ``a``: ``one in every
hundred``, ``one person in every thousand``, ``a one-in-a-hundred chance``."""


def _bare_scale_whole(text: str, word: re.Match[str]) -> re.Match[str] | None:
    """The bare scale word a proportion's whole is after ``every``/``-a-``
    (:data:`BARE_SCALE_WHOLE`), read as one of it; None after a bare ``in``/``of``, where
    ``hundred`` alone is no whole (``in hundreds of clinics``)."""
    if not re.search(r"(?i:every|[-‐]a)[-‐\s\u00a0]\Z", text[max(0, word.end() - 7) : word.end()]):
        return None
    return BARE_SCALE_WHOLE.match(text, word.end())


def _may_be_a_part(reading: _Reading) -> bool:
    """A point, or a bare range of two numbers (``1–2 in 1,000``, ``between 2 and 3 in 10``):
    what a proportion's part can be."""
    if reading.low == reading.high:
        return True
    return len(reading.number_spans) == 2 and reading.unit is None and not reading.descending


PROPORTION_RANGE_AFTER = re.compile(
    rf"{H}*(?P<sep>[-–—]|to|and){H}*(?=[\d]|[A-Za-z]+\b)", re.IGNORECASE
)


def _read_proportion_range(text: str, reading: _Reading) -> None:
    """``between 1 in 50 and 1 in 100``, ``1 in 20 to 1 in 10``: a range whose two ends are
    proportions; ``and`` only after ``between``."""
    separator = PROPORTION_RANGE_AFTER.match(text, reading.end)
    part = separator and NUMBER_AT.match(text, separator.end())
    word = part and PROPORTION_AFTER.match(text, part.end())
    whole = word and NUMBER_AT.match(text, word.end())
    if not whole:
        return
    between = None
    if separator.group("sep").lower() == "and":
        between = lexicon.BETWEEN_BEFORE.search(text, max(0, reading.start - 12), reading.start)
        if not between or between.group("word").lower() != "between":
            return
    (numerator, _), (denominator, _) = _read_number(part), _read_number(whole)
    if not 0 < numerator < denominator:
        return  # (the ends may be written each its own way: "One in 5 to 1 in 3")
    share = numerator / denominator
    reading.low, reading.high = sorted((reading.low, share))
    reading.number_spans += [part.span(), whole.span()]
    reading.end = whole.end()
    if between:
        reading.start = between.start()


def _is_denominator(
    text: str, reading: _Reading, word: re.Match[str], denominator: re.Match[str]
) -> bool:
    """Whether the number after ``in``/``out of``/``of`` is the whole a proportion is of.

    It must be larger than the part and no period (``8 in 24 hours``, ``3 in 12 months``: a
    count in a time); a year (``12 in 2019``) is a time stamp unless the part is one (``1 in
    2000 births``); after a bare ``of`` both must be written the same way
    (``9 of 10``, ``three of four``) and nothing may follow that makes the whole a label.
    """
    value, spelled = _read_number(denominator)
    said = " ".join(
        re.split(
            r"[\s‐-]+",
            (word.groupdict().get("word") or word.groupdict().get("hyphen") or "").lower(),
        )
    )
    if value <= reading.high or (
        value != int(value) and not _one_in_a_decimal(text, reading, said, denominator)
    ):
        return False
    if units.TIME.match(text, denominator.end()) or units.TIME_GLUED.match(text, denominator.end()):
        return False  # "3-5 in 10 days", "no more than 8 in 24 hours": a count in a period
    is_year = denominator.group("digits") is not None and _looks_like_year(text, denominator.span())
    if is_year and reading.low != 1:
        return False
    if said == "of" and is_year and not _counted_noun_after(text, denominator.end()):
        return False  # "1 of 2024", "case 1 of 2023": a place in a year, no share of 2,024
    if "noun" in word.re.groupindex:
        # "one person in four": never a year ("One patient in 2019 died") nor a whole that
        # counts something else ("3 patients in 12 wards")
        after = NOUN_WORD.match(text, denominator.end())
        noun_after = (
            after is not None
            and _is_plural(after.group("word"))
            and after.group("word").lower() not in PROPORTION_VERBS
            and not OBJECT_AFTER_VERB.match(text, after.end())
        )
        # "1 person in every 4 adults", "one woman in 8 women": the whole counts people too
        people_whole = after is not None and after.group("word").lower() in PART_NOUNS
        # … and "1 cycle in 6 cycles": the whole counts the part's own noun
        people_whole = people_whole or (
            after is not None
            and after.group("word").lower()
            in (word.group("noun").lower() + "s", word.group("noun").lower() + "es")
        )
        if is_year or (
            not people_whole and (_counted_noun_after(text, denominator.end()) or noun_after)
        ):
            return False
    if re.match(rf"{H}*(?:%|per{H}?cent)", text[denominator.end() :]):
        return False  # "5 of 10%", "at week 16 in 80% of patients": a percentage, no whole
    if "." in text[denominator.start() : denominator.end()]:
        return said != "of"
    return said != "of" or spelled == reading.spelled or _news_style_part(reading, spelled, value)


def _one_in_a_decimal(text: str, reading: _Reading, said: str, denominator: re.Match[str]) -> bool:
    """``1 in 2.5 people``, ``one in 1.5 adults``: a whole with decimals is a rounded odds (the
    share 0.4, 0.67) after a part of one and ``in``/``out of``, with no unit after it (``1 in
    2.5 mL`` is no share)."""
    if reading.low != 1 or reading.high != 1 or said not in ("in", "out of"):
        return False
    end = denominator.end()
    return not (
        units.PERCENT.match(text, end)
        or units.TIME.match(text, end)
        or units.CURRENCY_AFTER.match(text, end)
        or _measure_at(text, end)
    )


def _news_style_part(reading: _Reading, spelled: bool, value: float) -> bool:
    """``eight of 10 respondents``, ``three of 12 patients``: news style spells a part under ten
    and writes a whole of ten or more in digits, so the two may be written differently after a
    bare ``of``. ``one of 12 hospitals`` names one among many and stays none."""
    return reading.spelled and not spelled and 2 <= reading.low <= 9 and value >= 10


CENT_SIGN = re.compile(rf"{H}*¢")
"""The cent sign after a number: ``50¢`` is 50 cents, as ``50 cents`` is (unit ``cent``)."""


def _read_cent_sign(text: str, reading: _Reading) -> bool:
    """Read ``50¢`` as ``50 cents`` is read: 50 in the unit ``cent``. A price in the hundredth
    of its currency keeps that unit and its number (``35 cents``, ``99p``, ``4 pence``), as
    NewsQuant annotates it (``up 19 cents`` is 19); the sign was dropped before."""
    if "¢" not in text[reading.end : reading.end + 4] or reading.currency is not None:
        return False
    if not (found := CENT_SIGN.match(text, reading.end)):
        return False
    reading.unit, reading.kind, reading.end = "cent", "measure", found.end()
    return True


def _open_end_then_period(text: str, end: int) -> re.Match[str] | None:
    """The unit of time after a ``+`` that opens the figure's upper end (``12+ weeks``, ``24+
    hours``, ``3+ months``): the figure is that period and more, a duration, never a count of
    ``weeks`` (the plural was read as a counted noun); an age (``65+ years old``) is not this."""
    plus = OPEN_END.match(text, end)
    if plus is None or not plus.group().startswith("+"):
        return None
    found = units.TIME.match(text, plus.end())
    if found is None or found.group("old") or text[plus.end() : found.start("time")].strip():
        return None  # ("12+ calendar weeks": a word between, left as it was)
    return found


HYPHEN_PLUS = re.compile(r"-plus(?![\w-])")
"""``-plus`` after a number: an open upper end, the news wire's ``150,000+`` (``2
million-plus adults``, ``200,000-plus``); see :data:`OPEN_END`."""


def _read_plain_unit(text: str, reading: _Reading) -> bool:
    end = reading.end
    if _read_cent_sign(text, reading):
        _read_rate(text, reading)
        return True
    if reading.currency is None and (found := units.CURRENCY_AFTER.match(text, end)):
        reading.currency = units.currency_code(found.group("cur"))
        reading.end = found.end()
        _read_dot_thousands(text, reading)
        _read_cents(text, reading)
    elif Q_BEFORE.search(text, max(0, reading.start - 1), reading.start) and (
        found := Q_DAYS_WEEKS.match(text, end)
    ):  # "Q3W", "q21d", "Q12H": every 3 weeks, every 21 days, every 12 hours
        unit = "week" if found.group("week") else "hour" if found.group("hour") else "day"
        reading.unit, reading.kind = unit, "duration"
        reading.end = found.end()
    elif found := units.AGE_GLUED.match(text, end):  # "an 18y man", "her 6mo son"
        reading.unit = f"{units.time_unit(found.group('time'))}-old"
        reading.kind, reading.end = "measure", found.end()
    elif found := units.YEARS_OLD_SHORT.match(text, end):  # "a 67 y/o man", "72yo"
        reading.unit, reading.kind, reading.end = "year-old", "measure", found.end()
    elif found := units.EVERY_N.match(text, end):  # "4-6 hourly", "6-monthly"
        reading.unit, reading.kind = units.every_n_unit(found), "duration"
        reading.end = found.end()
    elif found := units.TIME.match(text, end):
        if found.group("old"):
            # "40-year-old", "6-month-old", "3-day-old": an age in its own unit of time
            reading.unit = f"{units.time_unit(found.group('time'))}-old"
            reading.kind = "measure"
        else:
            reading.unit, reading.kind = units.time_unit(found.group("time")), "duration"
        reading.end = found.end()
    elif (found := units.TIME_GLUED.match(text, end)) and not reading.currency:
        reading.unit, reading.kind = units.time_unit(found.group("time")), "duration"
        reading.end = found.end()
    elif (found := GLUED_DAYS.match(text, end)) and PERIOD_CUE.search(
        text, max(0, reading.start - 12), reading.start
    ):
        reading.unit, reading.kind, reading.end = "day", "duration", found.end()
    elif (found := FEET_AND_INCHES_PRIMES.match(text, end)) and not reading.currency:
        _read_imperial_pair(reading, found, 12.0, "inch")
    elif not reading.currency and (priced := hundredth_per(text, end)):
        # "10p/min", "35 cents/min", "5p per bag": the price with what it is per
        reading.unit, reading.per, reading.end = priced
        reading.kind = "measure"
        return True
    elif (found := _measure_at(text, end)) and not reading.currency:
        reading.unit, reading.kind = units.measure_unit(found), "measure"
        reading.end = found.end()
        if reading.unit in HUNDREDTHS:
            if is_chromosome_arm(text, reading.start, reading.end):
                return False  # "del(17p)", "a 17p deletion": an arm, no price
            if is_celsius(text, reading.start, reading.end):
                reading.unit = "°C"  # "Store below 25c": a temperature, no price
        if reading.unit == "lb" and _pounds_are_money(text, reading, found):
            reading.currency, reading.unit = "GBP", None
            _read_cents(text, reading)
            return _settle_currency(text, reading)
        if (pair := IMPERIAL_PAIRS.get(reading.unit)) and (
            second := pair[0].match(text, reading.end)
        ):
            _read_imperial_pair(reading, second, pair[1], pair[2])
        if reading.unit == "degree":
            reading.unit = _body_temperature_scale(text, reading) or reading.unit
    elif (found := _temperature_glued(text, end)) and not reading.currency:
        reading.unit, reading.kind = f"°{found.group('scale')}", "measure"
        reading.end = found.end()
    elif HYPHEN_PLUS.match(text, end):
        # "2 million-plus adults", "200,000-plus": the wire's open end, as "150,000+" is
        if reading.currency is None and reading.statistic is None:
            _read_counted_noun(text, reading)
    elif hyphen := HYPHEN_WORD.match(text, end):
        if (found := units.MEASURE.match(text, end + 1)) and not reading.currency:
            reading.unit, reading.kind = units.measure_unit(found), "measure"
            reading.end = found.end()
        elif not reading.currency and (points := POINT_CHANGE_AFTER.match(text, end)):
            # "a 3-point drop", "a 2.5-point rise in the score": a change of that many points,
            # as "fell by 3 points" is (session 60); "a 10-point scale" names a scale
            reading.unit, reading.kind = "points", "count"
            reading.end = points.end("point")
        elif not reading.currency and _counted_adjective(reading, hyphen):
            head = hyphen.group("word").split("-")[0]
            reading.unit, reading.kind = head.lower(), "count"
            reading.end = hyphen.start("word") + len(head)
        elif not reading.currency:
            return False
    elif reading.currency is not None and (
        PRICE_PERIOD.match(text, end) or GLUED_EACH.match(text, end)
    ):
        pass  # "£650pcm", "£9.99pm", "$35ea": a price's period or basis glued to it
    elif reading.currency is None and (period := _open_end_then_period(text, end)):
        # "12+ weeks", "24+ hours": a period with an open end, as "12 weeks or more" is
        reading.unit, reading.kind = units.time_unit(period.group("time")), "duration"
        reading.open_high, reading.end = True, period.end()
    elif re.match(r"[A-Za-z]", text[end : end + 1]):
        return False
    elif reading.currency is None and (points := POINT_CHANGE_AFTER.match(text, end)):
        reading.unit, reading.kind = "points", "count"  # "a 3 point drop", as "a 3-point drop"
        reading.end = points.end("point")
    elif reading.currency is None and (points := _signed_points(text, reading)):
        # "+1.6 pts", "−0.5 points" beside shares: a change in percentage points (s60x)
        reading.unit, reading.kind = points
        reading.end = SIGNED_POINTS_AFTER.match(text, reading.end).end()
    elif reading.currency is None and reading.statistic is None:
        _read_counted_noun(text, reading)
        if reading.unit is None and CALORIES_BEFORE.search(
            text, max(0, reading.start - 16), reading.start
        ):
            reading.unit, reading.kind = "kcal", "measure"  # "Calories 150": a panel's kcal
    if reading.currency is not None:
        return _settle_currency(text, reading)
    _read_open_end(text, reading)
    _read_rate(text, reading)
    _read_bound_after_period(text, reading)
    return True


CALORIES_BEFORE = re.compile(
    r"(?<![\w-])(?:Calories|CALORIES|Energy[ \u00a0]+\(kcal\)):?[ \u00a0]+\Z"
)
"""A nutrition panel's calorie field right before a bare value (``Calories 150``): the value
is in kcal, as US Nutrition Facts panels print it (s60x)."""
SIGNED_POINTS_AFTER = re.compile(rf"{H}+(?i:pts?|points?)(?![\w-])")
"""``pts`` or ``points`` after a signed change: ``+1.6 pts``, ``−0.5 points``."""
POINTS_CHANGE_BEFORE = re.compile(
    r"\b(?i:rose|fell|up|down|by|increased|decreased|gained|dropped|climbed|slipped|grew)"
    r"[ \u00a0]+\Z"
)
SHARE_BEFORE = re.compile(r"\d{H}?%|(?i:per{H}?cent)\b".replace("{H}", H))


SENTENCE_MARKS = (". ", "\n", "\u2028", "\u2029", "</p>", "</li>", "<br", "</h")
"""Where a sentence, a line or a block before a figure ends: in plain text, in raw HTML, and
in the text the HTML reader writes (its blocks end with U+2028 and U+2029). A table row's
shares are on the change's own line."""


def _signed_points(text: str, reading: _Reading) -> tuple[str, str] | None:
    """(unit, kind) of a signed change in points (``+1.6 pts``, ``−0.5 points``, ``-3 pts``):
    percentage points where a share was said in its sentence or row, within the 200
    characters before it (a table row of shares and their change, ``67.4% | 66.9% | −0.5
    pts``), else points of a score."""
    after = SIGNED_POINTS_AFTER.match(text, reading.end)
    if after is None:
        return None
    if text[reading.start : reading.start + 1] not in ("+", "\u2212", "-"):
        # unsigned, only the short form beside a share in its sentence: "rose 4.1 pts to 52%"
        near = text[max(0, reading.start - 80) : after.end() + 80]
        if "pt" not in after.group().lower() or not SHARE_BEFORE.search(near):
            return None
        if not POINTS_CHANGE_BEFORE.search(text, max(0, reading.start - 24), reading.start):
            return None  # "scored 12 pts in 40% of games": no change said
        return "percentage points", "percent"
    # (its own sentence: a paragraph or list item's end in HTML too, "</p>", "</li>")
    opening = max(text.rfind(mark, 0, reading.start) for mark in SENTENCE_MARKS)
    if SHARE_BEFORE.search(text, max(0, reading.start - 200, opening), reading.start):
        return "percentage points", "percent"
    return "points", "count"


POINT_CHANGE_AFTER = re.compile(
    rf"(?:-|{H}+)(?P<point>(?i:points?|pts?|percentage-points?|percentage{H}points?))"
    rf"(?:{H}+(?i:average|mean|median|overall|absolute|net|relative|further|greater|larger|"
    rf"smaller|bigger|sharp|significant|clinically{H}+(?:important|meaningful|significant)|"
    rf"statistically{H}+significant|improvement|reduction|increase|decrease|drop|fall|rise|gain|"
    rf"decline|change|difference|jump|lead|gap|swing|shift|boost|cut|advantage|benefit|loss|"
    rf"deterioration|worsening|improvement|dip|slide|climb|spike|surge|reduction)\b)+"
)
"""A number hyphenated to ``point`` before a change's noun (``a 3-point drop``, ``a
5-point improvement``, ``a 2.5-point mean reduction``): how much a score moved, in points;
``a 10-point scale`` or ``a 12-point plan`` name a scale or a plan, no figure."""
COUNTED_ADJECTIVE_HEADS = frozenset(
    """bed bedroom bay cot cylinder dose drug medicine vaccine injection jab shot session visit
    tablet capsule pill puff sachet patient person member nurse doctor seat storey floor room
    ward clinic site centre center hospital country state item question lane car door child
    baby cycle round embryo scan test appointment implant tooth arm sample night""".split()
)
"""Counted nouns a number is hyphenated to as an adjective: ``a 12-bed unit`` (12 beds), ``a
two-dose vaccine``, ``a 3-drug regimen``, ``a four-cylinder engine``, ``a 14-night safari``
(a stay counted in nights, as hotels and tours count it). Only these: most words
hyphenated after a number make a name (``5-fluorouracil``, ``9-valent``, ``12-lead ECG``,
``12-step programme``)."""


def _counted_adjective(reading: _Reading, hyphen: re.Match[str]) -> bool:
    """Whether a whole number is hyphenated to a counted noun (:data:`COUNTED_ADJECTIVE_HEADS`)."""
    head = hyphen.group("word").split("-")[0].lower()
    return (
        head in COUNTED_ADJECTIVE_HEADS
        and reading.low == reading.high
        and reading.low == int(reading.low)
        and len(reading.number_spans) == 1
    )


SCALED_POUNDS = re.compile(
    rf"(?:thousand|million|billion|trillion|bn|m|k)(?:{H}+|{H}*-{H}*)pounds\Z",
    re.IGNORECASE,
)


RESTATED = re.compile(rf"{H}*\({H}*(?:[$€£₹]|US\$)?(?P<again>{PLAIN_DIGITS}|{DIGITS}){H}*\)")
"""A number said again in digits in brackets, the style of contracts and insurance policies:
``thirty (30) days``, ``twelve (12) months``, ``2.4 million (2,400,000) visits``, and a
price said in words, ``five hundred dollars ($500)``."""


def _read_restatement(text: str, reading: _Reading) -> None:
    """Take ``(30)`` after ``thirty`` into the figure when it states the same value, so the
    unit after the brackets is the figure's and the digits are no second figure."""
    found = RESTATED.match(text, reading.end)
    if not found or reading.low != reading.high:
        return
    again = parse_digits(found.group("again"))
    if again and abs(again - reading.low) <= 1e-9 * max(abs(again), 1.0):
        reading.end = found.end()  # not a number span: a bracketed number alone is a citation


HEDGE_BEFORE_NOUN = re.compile(
    rf"{H}+or{H}+(?:so|thereabouts)(?={H}+[A-Za-z])(?!{H}+(?:and|or|but)\b)"
    rf"|(?P<odd>(?<=[a-z]{{3}})(?:-|{H}+)odd\b(?!-))",
    re.IGNORECASE,
)
"""A hedge between a number and what it counts: ``Thirty or so nurses``, ``a thousand or
thereabouts volunteers``, and ``odd`` after a scale word (``two million odd adults``; after a
bare number it is read with it, :data:`ODD_AFTER`)."""
ODD_AFTER = re.compile(rf"(?:-|{H}+)odd\b(?!-)", re.IGNORECASE)
STARS_AFTER = re.compile(rf"{H}+(?i:stars?)\b")
"""``stars`` after a proportion's whole: ``4 out of 5 stars`` is a rating, never a share."""
ISH_AFTER = re.compile(r"-?ish(?![\w-])", re.IGNORECASE)
"""``10ish%``, ``20-ish patients``: the suffix of an informal estimate, read as about it."""
"""``thirty-odd``, ``40 odd``: a little over the number, read as about it."""
AND_CENTS = re.compile(
    rf"{H}+and{H}+(?P<cents>\d{{1,2}}|{WORDS}){H}+(?:cents?|pence|p)\b", re.IGNORECASE
)
"""The cents or pence of a price said in words: ``twenty-four dollars and fifty cents``."""
WEIGHED_OF = re.compile(rf"{H}+of\b")


def _read_cents(text: str, reading: _Reading) -> None:
    """``twenty-four dollars and fifty cents``, ``nine pounds and ninety pence``: one price."""
    if (cents := AND_CENTS.match(text, reading.end)) and reading.low == reading.high:
        words = cents.group("cents")
        part = parse_digits(words) if words[0].isdigit() else parse_words(words)
        if part < 100:
            reading.low = reading.high = reading.low + part / 100
            reading.end = cents.end()


def _pounds_are_money(text: str, reading: _Reading, found: re.Match[str]) -> bool:
    """``one point two million pounds``, ``half a million pounds``, ``3 thousand pounds``: a
    scale word before ``pounds`` makes it sterling (no body or dose weighs a million pounds), unless
    ``of`` names what is weighed (``2 million pounds of sugar``)."""
    if AND_CENTS.match(text, found.end()) and "pence" in text[found.end() : found.end() + 40]:
        return True  # "nine pounds and ninety pence"
    if re.match(rf"{H}*\({H}*£", text[found.end() : found.end() + 12]):
        return True  # "ten pounds (£10)": said again with the sign
    window = text[max(reading.start, found.start() - 12) : found.end()]
    return bool(SCALED_POUNDS.search(window)) and not WEIGHED_OF.match(text, found.end())


_PAIR_NUMBER = r"(?P<second>\d{1,2}(?:\.\d+)?)(?![\d,])"
FEET_AND_INCHES_PRIMES = re.compile(rf"(?<=\b\d)['′’]{H}?{_PAIR_NUMBER}{H}?(?:\"|″|''|”|′′)")
"""Feet and inches in primes after a one-digit number: ``5'10"``, ``5′9″``, ``6' 2''``."""
IMPERIAL_PAIRS: dict[str, tuple[re.Pattern[str], float, str]] = {
    "ft": (
        re.compile(rf"{H}*(?:and{H}+)?{_PAIR_NUMBER}{H}*(?:in|inch(?:es)?)\b(?!{H}+\d)"),
        12.0,
        "inch",
    ),
    "st": (re.compile(rf"{H}*(?:and{H}+)?{_PAIR_NUMBER}{H}*(?:lbs?|pounds?)\b"), 14.0, "lb"),
    "lb": (re.compile(rf"{H}*(?:and{H}+)?{_PAIR_NUMBER}{H}*(?:oz|ounces?)\b"), 1 / 16, "lb"),
}
"""The second part of an imperial height or weight said in two units (README "What counts"):
feet and inches (``6 ft 2 in``, ``5 feet 4 inches``), stones and pounds (``11 st 4 lb``) and
pounds and ounces (``7 lb 8 oz``) are one figure in the smaller unit's terms: inches,
pounds, pounds."""


def _read_imperial_pair(
    reading: _Reading, second: re.Match[str], per_big: float, unit: str
) -> None:
    """Fold ``6 ft 2 in`` into one figure, 74 inches (``11 st 4 lb``: 158 lb; ``7 lb 8 oz``:
    7.5 lb); a bound on the first number bounds the whole (``taller than 6 ft 2 in``)."""
    small = float(second.group("second"))
    if unit == "lb" and per_big < 1:  # pounds and ounces: the ounces are sixteenths
        small, per_big = small / 16, 1.0
    if reading.low is not None:
        reading.low = reading.low * per_big + small
    if reading.high is not None:
        reading.high = reading.high * per_big + small
    reading.number_spans.append(second.span("second"))
    reading.unit, reading.kind, reading.end = unit, "measure", second.end()


TEMPERATURE_GLUED = re.compile(rf"(?P<space>{H})?(?P<scale>[CF])(?![\w'’])(?(space)(?![-‐.]\w))")
TEMPERATURE_CUE = re.compile(
    r"\b(?:temperatures?|temps?|fevers?|feverish|febrile|pyrexia|thermometers?|degrees?"
    r"|stored?|storage|fridges?|refrigerat\w*|freez\w*|heat\w*|warm\w*|cool\w*|cold|hot"
    r"|ovens?|room|boil\w*|melt\w*|thaw\w*)\b",
    re.IGNORECASE,
)


def _temperature_glued(text: str, end: int) -> re.Match[str] | None:
    """``38C``, ``101F``, ``37.5-38C``, and spaced, ``above 38 C``, ``12 C melting point``: a
    capital C or F after a number is degrees Celsius or Fahrenheit when the clause speaks of a
    temperature (temperature, fever, thermometer, store, fridge, warm, cold, boil, melt …)
    within 60 characters before (a spaced one also up to 30 characters after); elsewhere
    (``Room 38C``, ``vitamin 12F``, ``grade 3 C``) it is no unit, nor is a spaced letter that
    opens a word (``3 C-sections``, ``5 C. diff cases``)."""
    found = TEMPERATURE_GLUED.match(text, end)
    if not found:
        return None
    window = text[max(0, end - 60) : end]
    clause = re.split(r"[.;!?](?=\s)|\n", window)[-1]
    if TEMPERATURE_CUE.search(clause):
        return found
    # "12 C melting point": the cue may follow a spaced sign in the same clause
    after = re.split(r"[.;!?](?=\s)|\n", text[found.end() : found.end() + 30])[0]
    return found if found.group("space") and TEMPERATURE_CUE.search(after) else None


BODY_TEMPERATURE_CUE = re.compile(
    r"\b(?:temperatures?|temps?|fevers?|feverish|febrile|pyrexia|pyrexial|thermometers?"
    r"|hypotherm\w*|hypertherm\w*)\b",
    re.IGNORECASE,
)
BODY_TEMPERATURE_SCALES = (("°C", 34.0, 43.0), ("°F", 93.0, 109.0))
"""The ranges a body's temperature lies in, in Celsius and in Fahrenheit: they do not meet,
so the number says the scale."""


def _body_temperature_scale(text: str, reading: _Reading) -> str | None:
    """``°C`` or ``°F`` for ``38 degrees`` (or ``38°``) with no scale written, when its clause
    speaks of a body's temperature (temperature, fever, febrile, thermometer …, within 60
    characters before it or 40 after) and every end lies where a body's temperature does in
    one scale (34–43 Celsius, 93–109 Fahrenheit: ``over 38 degrees`` is 38 °C, ``a temperature
    of 100.4 degrees`` 100.4 °F); elsewhere (``bend your knee to 90 degrees``, ``wash at 60
    degrees``) the unit stays ``degree`` (session 60)."""
    ends = [value for value in (reading.low, reading.high) if value is not None]
    scales = BODY_TEMPERATURE_SCALES
    scale = next((name for name, lo, hi in scales if all(lo <= v <= hi for v in ends)), None)
    if scale is None or not ends:
        return None
    before = re.split(r"[.;!?](?=\s)|\n", text[max(0, reading.start - 60) : reading.start])[-1]
    after = re.split(r"[.;!?](?=\s)|\n", text[reading.end : reading.end + 40])[0]
    if BODY_TEMPERATURE_CUE.search(before) or BODY_TEMPERATURE_CUE.search(after):
        return scale
    return None


DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")


def _read_dot_thousands(text: str, reading: _Reading) -> None:
    """``1.200 kr``, ``4.500 €``, ``1.200–1.500 CZK``: with the currency after the amount, in
    the European order, a point before exactly three digits groups thousands (no price is
    written to a thousandth); with a scale word it stays a decimal point (``1.250 million €``)."""
    if reading.has_scale or not reading.number_spans:
        return
    surfaces = [text[start:end] for start, end in reading.number_spans]
    if not all(DOT_THOUSANDS.fullmatch(surface) for surface in surfaces):
        return
    if any(dot_thousands.opens_with_zero(surface) for surface in surfaces):
        return  # "0.500 kr": a leading zero is never a thousands group
    values = sorted(float(surface.replace(".", "")) for surface in surfaces)
    reading.low, reading.high = values[0], values[-1]


def _measure_at(text: str, end: int) -> re.Match[str] | None:
    """A unit of measure after a number; single letters only when glued (``5m``, never ``5 m``),
    but for grams, litres, tonnes, joules and dioptres (``30 g``, ``2 L``, ``360 J``, ``0.50
    D``: a defibrillator's energy and a refraction are written spaced; a lower-case ``l``
    before what a volume takes, ``1.5 l of water``), while a one-character unit sign may be
    spaced (``8 ℃``, ``5 ㎎``)."""
    found = units.MEASURE.match(text, end)
    if not found:
        return None
    surface = text[end : found.end()].strip()
    if (
        text[end : end + 1].isspace()
        and len(surface) == 1
        and surface.isascii()
        and surface not in "gLtJD"  # (a D only after a decimal figure: a dioptre)
        and not (surface == "l" and SPACED_LITRE_AFTER.match(text, found.end()))
        and not (surface == "m" and spaced_metres(text, end, found.end()))
    ):
        return None
    return found


SPACED_LITRE_AFTER = re.compile(
    rf"{H}+of\b|{H}*(?:/|per\b|a{H}+day\b|daily\b|each\b|every\b)", re.IGNORECASE
)
"""What makes a spaced lower-case ``l`` the litre (``1.5 l of water``, ``2 l a day``, ``0,5 l
per day``), as the SI writes it: a letter standing alone after a number is otherwise none."""


DOLLAR_CODE_AFTER = re.compile(
    rf"{H}+(?P<code>USD|CAD|AUD|NZD|SGD|HKD|MXN|JMD|TTD|BBD|BSD|FJD|LRD|NAD)(?![\w])"
)
"""The ISO code a page writes after a ``$`` amount to say whose dollar it is: ``$120 CAD``,
``$49 AUD``, ``$3,800 USD`` (``CAD`` after an amount is otherwise coronary artery disease)."""


def _settle_currency(text: str, reading: _Reading) -> bool:
    code = DOLLAR_CODE_AFTER.match(text, reading.end) if reading.currency == "USD" else None
    if code and text.rfind("$", reading.start, reading.end) >= 0:
        reading.currency, reading.end = code.group("code"), code.end()
    elif reading.currency and (named := currency_word_after(text, reading.end, reading.currency)):
        # "$800 pesos", "$1,000 Canadian dollars", "€20 euros": the word's currency
        reading.currency, reading.end = named
        if named[0] in PESO_CODES:
            reading.low, reading.high = peso_thousands(
                text[reading.start : reading.end], reading.low, reading.high
            )
    reading.unit, reading.kind = reading.currency, "money"
    _read_open_end(text, reading)
    _read_rate(text, reading)
    _read_bound_after_period(text, reading)
    return True


SHARE_OF_WHAT = re.compile(
    rf"{H}+of{H}+(?:(?:the|their|your|all){H}+)?[a-z][a-z-]*(?:{H}+[a-z][a-z-]*)?"
    rf"(?={lexicon.COMPARATOR_AFTER.pattern})",
    re.IGNORECASE,
)
"""What a share is of, between it and a trailing comparator: ``70% of nights or more``, ``80%
of the time or less``, ``90% of doses or more`` (the bound is the share's)."""


def _past_share_of_what(text: str, reading: _Reading) -> int:
    """Where a trailing comparator may start after a share: past what it is of
    (:data:`SHARE_OF_WHAT`), else right after the figure."""
    if reading.kind == "percent" and (of := SHARE_OF_WHAT.match(text, reading.end)):
        return of.end()
    return _past_daily_value(text, reading)


def _read_open_end(text: str, reading: _Reading) -> None:
    """``150,000+`` opens the upper side; ``65 or older`` and ``5 or fewer`` bound one side,
    as ``70% of nights or more`` does past what the share is of."""
    if found := OPEN_END.match(text, reading.end):
        reading.open_high = True
        reading.end = found.end()
    elif (
        reading.side is None
        and reading.low == reading.high
        and (found := lexicon.COMPARATOR_AFTER.match(text, _past_share_of_what(text, reading)))
    ):
        reading.side = "low" if found.group("low") else "high"
        reading.inclusive = True
        reading.comparator = found.group().strip()
        reading.end = found.end()
        if reading.unit is None and reading.kind == "number":
            _read_unit_after_bound(text, reading)


DAILY_VALUE = re.compile(
    rf"{H}+(?:(?i:of){H}+(?:(?i:the|your){H}+)?)?(?:%?DV|RDA|RDI|RI|NRV|GDA"
    rf"|(?i:daily{H}+values?|reference{H}+intakes?))(?![\w-])"
)
"""The label a nutrition panel writes after a share of a daily amount (``5% DV``, ``20% of the
Daily Value``, ``15% RI``): a comparator after it bounds the share (``5% DV or less``)."""


def _past_daily_value(text: str, reading: _Reading) -> int:
    """Where a trailing comparator may start: past a daily-value label after a share."""
    if reading.kind == "percent" and (label := DAILY_VALUE.match(text, reading.end)):
        return label.end()
    return reading.end


def _read_bound_after_period(text: str, reading: _Reading) -> None:
    """``40 mg a day or more``, ``20 mg a day at most``, ``£50 per session or less``: a
    trailing comparator after the period a dose, price or count is per bounds the figure as it
    would right after its unit (``_read_open_end``, read before the period)."""
    if reading.per is None or reading.side is not None or reading.open_high:
        return
    if reading.low != reading.high:
        return
    found = lexicon.COMPARATOR_AFTER.match(text, reading.end)
    if found is None:
        return
    reading.side = "low" if found.group("low") else "high"
    reading.inclusive = True
    reading.comparator = found.group().strip()
    reading.end = found.end()


PERIOD_BEFORE_BOUND = re.compile(
    rf"(?<![\w])(?i:over|lasting|lasts?|lasted|for|during|across|spanning){H}+\Z"
)
"""A word that makes the figure after it a period: ``over 5 or more days``, ``symptoms lasting
3 or more days``, ``for 3 or more weeks``."""


def _before_a_year(found: re.Match[str], reading: _Reading) -> bool:
    """``before 2020``: a time stamp, as the bare year is, never a bound; ``before 15 weeks``
    and ``before 35`` (an age) are bounds (under 15 weeks, under 35)."""
    return (
        found.group().strip().lower() == "before"
        and reading.unit is None
        and reading.low == reading.high
        and reading.low == int(reading.low)
        and 1800 <= reading.low <= 2200
    )


DEADLINE_AFTER = re.compile(
    rf"{H}*-?{H}*(?:hours?|days?|weeks?|months?|years?)\b(?![-{H[1:-1]}]+old)", re.IGNORECASE
)
CHANGE_BEFORE_BY = re.compile(
    r"\b(?:reduc|cut|shorten|lengthen|extend|delay|postpon|increas|decreas|lower|rais|prolong"
    r"|improv|length|fell|fall|rose|rise|ris|drop|gain|lost|los|add|sav|speed|hasten|brought"
    r"|bring|move|earlier|later|faster|sooner|longer|shorter|slow|push|differ|outliv|surviv"
    r"|live)\w*\b(?:[^.:]|(?<=\d)\.(?=\d))*\Z",
    re.IGNORECASE,
)
"""Words of a change or a gain in time, before ``by``: "delayed progression by 6 months",
"extends life by 3 months", "lived longer by 2 years", and a gapped clause after one ("…
shortened symptoms by 17 hours; in adults, by 29 hours"): ``by`` gives the size of the change."""


RECOVERED_BY = re.compile(
    rf"\b(?:improv(?:e|es|ed|ing)|eas(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)"
    rf"|heal(?:s|ed|ing)?|subsid(?:e|es|ed|ing)|clear(?:s|ed|ing)?|recover(?:s|ed|ing)?"
    rf"|disappear(?:s|ed|ing)?|fad(?:e|es|ed|ing)|vanish(?:es|ed|ing)?"
    rf"|go(?:es)?{H}+away|gone{H}+away|went{H}+away|better)"
    rf"(?:{H}+(?:completely|fully|usually|mostly|often|normally|noticeably|a{H}+lot))?{H}*\Z",
    re.IGNORECASE,
)
"""A verb of getting better said right before ``by`` with no object: "most symptoms improve by
6 weeks", "the swelling settles by 3 months": ``by`` is when, a deadline, not the size of a
change."""
TIME_MEASURED = re.compile(
    r"\b(?:survival|life|lifespan|expectancy|time|wait|waiting|stay|duration|delay|length)\b"
    r"[^.;:]*\Z",
    re.IGNORECASE,
)
"""A measure of time the verb changes ("survival improved by 4 months", "waiting times
improved by 2 weeks"): then ``by`` is the size of the change after all."""
GAPPED_BY = re.compile(rf"(?:\A|(?:\band|\bor|[,;(]))[{H[1:-1]}]*\Z", re.IGNORECASE)
"""What stands before a ``by`` that carries on a change said before it, or whose change a
quoted fragment leaves out: nothing, ``and``, ``or``, a comma."""


def _by_is_no_deadline(text: str, found: re.Match[str], reading: _Reading) -> bool:
    """``by`` bounds a time only as a deadline: "the second dose by 24 weeks" is at most 24
    weeks; after a change ("cut the wait by 4 weeks") it gives the size of the change, and
    before anything but a time (``by 20%``, ``by 2030``) it is no bound."""
    if found.group().strip().lower() != "by":
        return False
    if reading.low != reading.high or not DEADLINE_AFTER.match(text, reading.end):
        return True
    if GAPPED_BY.search(text, max(0, found.start() - 12), found.start()):
        return True  # "… and by 2.8 days on placebo", a quote opening "by 3.7 days": a change
    if RECOVERED_BY.search(text, max(0, found.start() - 40), found.start()):
        # "symptoms improve by 6 weeks" is a deadline, "survival improved by 4 months" a change
        return bool(TIME_MEASURED.search(text, max(0, found.start() - 80), found.start()))
    return bool(CHANGE_BEFORE_BY.search(text, max(0, found.start() - 80), found.start()))


REACHES = re.compile(r"(?:reach|hit)\Z", re.IGNORECASE)


def _over_before_a_trailing_bound(text: str, found: re.Match[str], reading: _Reading) -> bool:
    """``over 5 or more days``, ``over 3 or more sessions``: ``over`` before a figure bounded
    after it (``or more``) is the time or course the figure spans, not a second bound; the
    bound is the trailing one, at least 5 days. So with ``can reach``: "prices can reach
    £6,000 or more" is at least £6,000, the height reached, open above."""
    said = found.group().strip()
    if not (said.lower() == "over" or REACHES.search(said)):
        return False
    # (the unit is read after this: "can reach 40% or more", "10 days or longer")
    unit = ONE_UNIT_AFTER.match(text, reading.end)
    ends = (reading.end, unit.end()) if unit else (reading.end,)
    return any(
        (after := lexicon.COMPARATOR_AFTER.match(text, end)) and after.group("low") for end in ends
    )


ONE_UNIT_AFTER = re.compile(rf"{H}*%|{H}*(?i:per{H}?cent)\b|{H}*[A-Za-zµμ°][\w/°]*")
"""The unit (one word or sign) right after a number, before a trailing bound."""


def _read_unit_after_bound(text: str, reading: _Reading) -> None:
    """``3 or more visits``, ``5 or more medicines``, ``2 or fewer mg``: the unit or counted
    noun written after a trailing bound is the figure's, as it would be after the number. A
    unit of time is left to the reading of when (``survive ten or more years`` is the time a
    survival figure is measured at, which the matcher reads from the words), unless a word of
    a period stands before the figure (:data:`PERIOD_BEFORE_BOUND`): ``lasting 3 or more
    days`` is a duration of at least 3 days."""
    end = reading.end
    if time := units.TIME.match(text, end):
        if time.group("old"):
            return
        unit = units.time_unit(time.group("time"))
        period = units.RATE.match(text, time.end())
        if period and (period.group("per") or period.group("slash")):
            # "on 2 or more days a week", "7 or more hours a night": a time per period, as
            # "at least 2 days a week" is, never a "when"
            if _duration_per_period(unit, period):
                reading.unit, reading.kind = unit, "duration"
                reading.per, reading.end = units.rate_per(period), period.end()
            return
        if PERIOD_BEFORE_BOUND.search(text, max(0, reading.start - 12), reading.start):
            reading.unit, reading.kind = unit, "duration"
            reading.end = time.end()
        return
    if measure := units.MEASURE.match(text, end):
        reading.unit, reading.kind = units.measure_unit(measure), "measure"
        reading.end = measure.end()
    else:
        _read_counted_noun(text, reading)
        if reading.unit is not None:
            reading.kind = "count"


FOUND_PARTICIPLES = (
    r"(?:detected|found|diagnosed|recorded|reported|seen|identified|registered|notified"
    r"|confirmed|observed|treated|admitted|performed|prescribed|given|done|carried{H}+out)"
).replace("{H}", H)
"""How a count was come by, between it and its population (see :data:`QUALIFIED_COUNT`)."""
QUALIFIED_COUNT = re.compile(
    rf"{H}+(?:(?:of|from|for|with|in|due{H}+to|caused{H}+by)(?:{H}+[A-Za-z][\w'’-]*){{1,5}}?"
    rf"|(?:(?:were|was|are|is|being|have{H}+been|had{H}+been){H}+)?{FOUND_PARTICIPLES})"
    rf"(?={H}+per{H}+(?:\d|{units.PERSON_TIME}))"
)
"""What a counted noun counts, between it and a population rate's ``per``: ``47 cases of
invasive cervical cancer per 100,000``, ``12 deaths from heart disease per 100,000 people``,
``1.4 episodes of cystitis per person-year``;
or how the counted things were found, a participle with or without its auxiliary: ``8.4
cancers detected per 1,000 women screened``, ``6 deaths were recorded per 10,000``."""


PRICE_PERIOD = re.compile(
    rf"(?:{H}*(?P<abbr>pw|p\.w\.|pcm|p\.c\.m\.|pm|p\.m\.|pa|p\.a\.|ph|p/(?:wk|hr|[wmhad]))"
    rf"|{H}+per{H}+(?P<short>mth|mnth|wk|yr|hr|mo)|{H}*/{H}*(?P<slash>mth|mnth))(?![\w])"
)
"""The periods of prices, salaries, rents and fees in their short forms, spaced or glued as
adverts write them: ``£1,250 pw`` (per week), ``£650 pcm`` and ``£650pcm`` (per calendar
month), ``£9.99pm``, ``£28,407 p.a.`` (per annum), ``€19.99 per mth``; with a slash as UK
care-home, gym and tutoring pages write them (session 53): ``£1,200 p/w``, ``£9.99 p/m``,
``£60 p/h`` or ``ph`` or ``p/hr``, ``£300 p/a``, ``£250 p/d``.
Lower case and after money only: ``9 pm`` is a time, ``PA`` an assistant."""
PER_PERSON = re.compile(rf"{H}*(?:pp|p\.p\.)(?![\w])")
"""``pp`` after money is per person, as travel and private clinics price a package (``£99pp``,
``€450 p.p.``); after any other figure it is percentage points."""
PRICE_PERIODS = {
    "pw": "week", "pcm": "month", "pm": "month", "pa": "year", "mth": "month", "mnth": "month",
    "wk": "week", "yr": "year", "hr": "hour", "mo": "month", "ph": "hour", "phr": "hour",
    "pd": "day", "pwk": "week",
}  # fmt: skip


PRICE_BASIS = re.compile(
    rf"{H}+(?:per|(?P<article>an?))(?:{H}+|-)(?P<basis>(?!(?:the|a|an|our|your|its|their|this|that"
    rf"|each|every|cent|centum|mille|se|diem|annum|capita)\b)[a-z][a-z]{{2,}})\b(?![-'’])"
)
"""What a price is charged per, when it is no period: ``£150 per scan``, ``$85 per session``,
``$1,000 to $4,000 per tooth``, ``£60 a session``. After ``a``/``an`` only the basis nouns of
:data:`ARTICLE_BASES` count (``£20 a good deal`` is no basis)."""
ARTICLE_BASES = frozenset(
    {"session", "visit", "scan", "dose", "cycle", "tooth", "implant", "treatment", "course",
     "consultation", "appointment", "test", "tablet", "pack", "packet", "vial", "injection",
     "jab", "shot", "class", "lesson", "procedure", "night", "round", "infusion", "eye", "arch",
     "head", "resident", "adult", "child", "pupil", "student", "household", "member", "citizen",
     "participant", "employee", "worker"}
)  # fmt: skip
"""The people a sum is shared per after ``a`` (``£4,188 a head``, ``£52 a resident``) are
bases as ``per head`` and ``for every resident`` are (``a person`` is read as ``per person``
is, :data:`units.RATE`)."""
PRICE_EACH = re.compile(
    rf"{H}+(?i:apiece|a{H}+piece|per{H}+piece|a{H}+pop)\b(?![-'’])"
    rf"|(?:{H}+(?i:each|ea)|(?-i:ea)\b)"
    rf"(?={H}*(?:[,.;:!?)\]]|\Z|\n|(?i:for|or|and|plus|with|to|in|at|if|when"
    rf"|but|while|so|on|from)\b))"
)
"""``€300 each``, ``tickets at £12 each, or …``: a bare ``each`` after a price makes it one
item's price (README: ``each`` after a price is per item, never per person). ``each year``,
``each session`` are a period or a basis, read as such. Price lists shorten it and say it
otherwise: ``$35 ea``, ``£4.50 ea.``, ``$35ea`` glued, ``$0.45 apiece``, ``£2 a piece``, ``£80
a pop`` are per item too."""


GLUED_EACH = re.compile(r"ea\b")
"""``ea`` glued to a price (``$35ea``), read by :data:`PRICE_EACH` with the price."""


FOR_EACH_BASIS = re.compile(
    rf"{H}+(?i:for){H}+(?i:each|every){H}+"
    rf"(?:(?:new|additional|extra|single|individual|eligible|other|[a-z]{{3,}}(?:ing|ed)){H}+"
    rf"(?=[a-z]{{3,}}\b))?"
    rf"(?P<basis>(?!(?:one|of|and|such|time|single|other)\b)[a-z][a-z]{{2,}})\b(?![-'’])"
)
"""The thing a sum is said for after it, one at a time: ``$14,570 for every resident``,
``£2,300 for each person``, ``€90 for every adult``: a rate of the currency per that thing,
as ``per resident`` is (``for every 1,000 people`` is a population's rate: :data:`units.RATE`).
A modifier between is passed over (``£50 for each additional night`` is per night, ``$90 for
every insured adult`` per adult, ``£12 for each participating clinic`` per clinic)."""


def _read_for_each_basis(text: str, reading: _Reading) -> bool:
    """Read :data:`FOR_EACH_BASIS` after a money figure; the basis is kept as written (a
    ``resident``, an ``adult``), but a period or a person is named as ``per`` names it
    (``for every person`` is per person, ``for each day`` per day)."""
    found = FOR_EACH_BASIS.match(text, reading.end)
    if found is None:
        return False
    basis = found.group("basis")
    if _is_plural(basis) and basis not in lexicon.SINGULAR_IN_S:
        return False  # "for each patients": no basis written as one thing
    reading.per = units.PER_UNIT.get(basis, basis)
    reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"
    reading.end = found.end()
    return True


PAIR_BASIS = re.compile(
    rf"{H}+(?:(?:for|to{H}+treat|to{H}+fit){H}+both{H}+(?:eyes|ears|sides|hips|knees|hands|feet"
    rf"|legs|arms|breasts)|(?:for{H}+)?(?:a|the){H}+pair|per{H}+pair)\b",
    re.IGNORECASE,
)
"""A price of two, one for each side: ``£2,400 for both eyes``, ``£3,000 a pair``, ``£2,400 for
the pair``."""
PAIR_BEFORE = re.compile(
    rf"\b(?:a|one|per|each){H}+pair{H}+of\b[^.;:!?]{{0,60}}?\b(?:costs?|is|are|was|were|sells?"
    rf"|priced{H}+at|sold{H}+for|set{H}+you{H}+back)(?:{H}+(?:about|around|roughly|approximately"
    rf"|from|just|only|typically|usually|between))*{H}*\Z",
    re.IGNORECASE,
)
"""The pair said before a price: ``A pair of hearing aids costs about €2,300``."""
AMOUNT_BASIS = re.compile(
    rf"{H}+(?:per|a|each){H}+(?P<amount>\d{{1,4}}(?:[.,]\d+)?{H}?(?i:ml|millilitres?|l|litres?"
    rf"|cl|g|grams?|kg|mg|oz|tablets|capsules|doses|sprays|patches|lozenges)"
    rf"(?:{H}+(?i:bottle|carton|pack|packet|tube|tub|jar|box|tin|can|bag|sachet|pouch|vial|pen"
    rf"|cartridge|inhaler|refill))?)\b"
)
"""A price's basis that is an amount of product, with the container it comes in: ``£2.10 per
100 g``, ``£3 per 10 ml bottle``, ``75p per 200 ml carton`` (``£8 for 30 tablets`` stays two
figures, the price and the pack it buys)."""


def _read_price_period(text: str, reading: _Reading) -> None:
    """A money figure's period written short (:data:`PRICE_PERIOD`): a rate of the currency;
    or the thing it is priced per (:data:`PRICE_BASIS`, :data:`FOR_EACH_BASIS`): a rate of
    the currency per that."""
    found = PRICE_PERIOD.match(text, reading.end)
    if not found and (basis := slash_basis(text, reading.end)):
        # "$25/visit", "£5/bag", "£1/min": the price per what the slash names
        reading.per, reading.end = basis
        reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"
        return
    if not found and _read_for_each_basis(text, reading):
        return
    if not found and (each := PRICE_EACH.match(text, reading.end)):
        reading.per = "item"
        reading.unit, reading.kind, reading.end = f"{reading.unit}/item", "rate", each.end()
        return
    if not found and (pair := PAIR_BASIS.match(text, reading.end)):
        # "£2,400 for both eyes", "£3,000 a pair": the price of two, one per side
        reading.per, reading.end = "pair", pair.end()
        reading.unit, reading.kind = f"{reading.unit}/pair", "rate"
        return
    if not found and PAIR_BEFORE.search(text, max(0, reading.start - 90), reading.start):
        # "A pair of hearing aids costs €2,300": the pair said before the thing priced
        reading.per = "pair"
        reading.unit, reading.kind = f"{reading.unit}/pair", "rate"
        return
    if not found and (amount := AMOUNT_BASIS.match(text, reading.end)):
        # "£2.10 per 100 g", "£3 per 10 ml bottle": the amount of product the price buys
        size = re.sub(rf"{H}+", " ", amount.group("amount")).replace(",", "")
        reading.per, reading.end = size.lower(), amount.end()
        reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"
        return
    if not found:
        basis = PRICE_BASIS.match(text, reading.end)
        if basis and (not basis.group("article") or basis.group("basis") in ARTICLE_BASES):
            reading.per, reading.end = basis.group("basis"), basis.end()
            if not basis.group("article") and (head := basis_head(text, basis.end())):
                # "£9.90 per prescription item": the item is priced, the word before names it
                reading.per, reading.end = f"{reading.per} {head[0]}", head[1]
            else:
                _read_period_after_person(text, reading)
            reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"
            return
        # "£1,200 ($1,500) a month": the period said once after a restatement in brackets
        # is both amounts' (their spans stay their own)
        aside = ASIDE_THEN.match(text, reading.end)
        period = aside and units.RATE.match(text, aside.start() + len(aside.group().rstrip()))
        if period and units.rate_per(period) in PRICE_TIME_PERIODS:
            reading.per = units.rate_per(period)
            reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"
            return
        # "A year of apixaban costs about $6,600", "a month's supply of … is £45": the
        # period said before what is priced
        before = PERIOD_BEFORE_PRICE.search(text, max(0, reading.start - 90), reading.start)
        if before:
            reading.per = before.group("period").lower()
            reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"
        return
    written = found.group("abbr") or found.group("short") or found.group("slash")
    written = written.replace(".", "").replace("/", "")
    reading.per = PRICE_PERIODS[written]
    reading.unit, reading.kind, reading.end = f"{reading.unit}/{reading.per}", "rate", found.end()


def _read_period_after_person(text: str, reading: _Reading) -> None:
    """A price per person (:data:`PERSON_BASES`) with the period it covers after it
    (:data:`PERIOD_AFTER_PERSON`): the price is per that period, and its span takes it."""
    if reading.per in PERSON_BASES and (then := PERIOD_AFTER_PERSON.match(text, reading.end)):
        reading.per, reading.end = then.group("period").lower(), then.end()


PRICE_TIME_PERIODS = frozenset({"day", "week", "month", "year"})
PERIOD_BEFORE_PRICE = re.compile(
    rf"(?<![\w-])(?i:an?|one){H}+(?P<period>(?i:year|month|week|day))(?:['’]s)?"
    rf"{H}+(?:(?i:supply|worth|course|treatment){H}+)?(?i:of|on|with|in){H}+"
    rf"[^.;:!?$£€¥\d]{{1,60}}?{H}(?i:costs?|costing|comes{H}+to|runs{H}+to|is|was"
    rf"|(?:will|would|can|could|may){H}+(?:cost|set{H}+you{H}+back)|sets?{H}+you{H}+back)"
    rf"(?:{H}+(?i:the{H}+)?(?:NHS|[A-Za-z]+(?:{H}+service)?))?"  # the payer: "costs the NHS"
    rf"(?:{H}+(?i:about|around|roughly|approximately|nearly|almost|over|under|some|just))?{H}*\Z"
)
"""The period a price covers said before the thing priced: ``A year of apixaban costs about
$6,600``, ``a month's supply of the pen is £45``, ``a day in intensive care costs £1,900``,
``a year of it will set you back £690``: the price a year (a month, a day)."""
PERSON_BASES = frozenset(
    "patient person adult child head resident member participant capita beneficiary user"
    " woman man household".split()
)
"""The people a price may be per, before the period it covers (``per patient per year``)."""
PERIOD_AFTER_PERSON = re.compile(
    rf"{H}+(?i:per|a|an|each|every){H}+(?P<period>(?i:year|month|week|day))\b(?![-'’])"
)
"""The period a per-person price covers, said after the person: ``£35,000 per patient per
year``, ``$1,200 per person a month``, ``€900 per adult each year``: the price a year (per
month …), the one a claim about the yearly cost states."""


DURATION_SPAN = {
    "second": 0,
    "minute": 1,
    "hour": 2,
    "day": 3,
    "night": 3,
    "week": 4,
    "month": 5,
    "year": 6,
}
"""The order of time units by length, to tell a duration per a longer period from a
duration of a shorter unit than it is per."""


def _duration_per_period(unit: str, found: re.Match[str]) -> bool:
    """``2 hours a week``, ``150 minutes per week``, ``9 hours a night``, ``30 minutes
    daily``: a duration said per a longer period is how long per period (its span takes the
    period, as a dose's does). ``3 weeks a month`` or ``per 24 hours`` stay as they are."""
    said = found.group("per") or found.group("slash") or found.group("adverb")
    if not said:
        return False
    period = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
              "daily": "day", "yr": "year", "mo": "month", "wk": "week", "d": "day",
              "hr": "hour"}.get(said.lower(), said.lower())  # fmt: skip
    if period not in DURATION_SPAN:
        return False
    return DURATION_SPAN[period] > DURATION_SPAN[unit]


INTERVAL_AFTER_PERIOD = re.compile(rf"{H}+(?i:apart|later|earlier|ago)\b")
"""After ``a month``, the words that make it a gap in time, not a rate's period."""


TIMES_WITHIN_A_DAY = re.compile(
    rf"{H}+(?i:in|within|every|each|over){H}+(?:(?i:any|a|one|each){H}+)?"
    rf"(?:24{H}*(?i:hours?|hrs?|h)\b|(?i:a|one){H}+(?i:day)\b)"
)
"""``4 times in 24 hours``, ``3 times within a day``: a dosing limit's period after ``times``
(the period stays its own figure)."""


AMOUNT_IN_A_DAY = re.compile(
    rf"{H}+(?i:in){H}+(?:(?:(?i:any|a|one|each|every|a{H}+single){H}+)?"
    rf"(?:24{H}*(?i:hours?|hrs?|h)\b|24[-‐{H[1:-1]}](?i:hour){H}+(?i:period)\b)"
    rf"|(?i:a|one|1|any|each|every|a{H}+single){H}+(?i:day)\b)"
    rf"(?!['’]|[-‐]\w|{H}+(?i:of|after|before|from|since|post|later|ago|earlier|apart)\b)"
)
"""``960 mg in 24 hours``, ``3 L in a day``, ``8 tablets in any 24-hour period``: the period
an amount is taken or given in, said with ``in``, as ``per 24 hours`` says it: a day. As in
``4 times in 24 hours`` (:data:`TIMES_WITHIN_A_DAY`) the period stays its own figure and the
amount's span its own. Only right after the amount: ``died in 24 hours`` and ``within 24
hours`` name no amount's period, and ``in 24 hours of surgery``, ``in a day's time`` say
when."""
DOSE_FORM_COUNT = re.compile(rf"(?:{DOSE_FORMS})\Z", re.IGNORECASE)


def _read_amount_in_a_day(text: str, reading: _Reading) -> bool:
    """Read :data:`AMOUNT_IN_A_DAY` after a measure (``4 g in 24 hours``: 4 g per day) or a
    count of doses (``no more than 8 tablets in 24 hours``: tablets/day, as ``per 24 hours``
    gives), also with what it is of between (``4 g of paracetamol in 24 hours``, as
    :func:`_read_dose_period` reads ``a day``); a count of anything else in a day (``12
    births in a day``) is left to the rules of counts. Only ``per`` (and a count's unit) is
    set: a leaflet's ``in 24 hours`` is checked as a period of its own too."""
    if reading.per is not None or reading.kind not in ("measure", "count"):
        return False
    if reading.kind == "count" and not DOSE_FORM_COUNT.match(reading.unit or ""):
        return False
    found = AMOUNT_IN_A_DAY.match(text, reading.end)
    if found is None and (substance := OF_SUBSTANCE.match(text, reading.end)):
        # "4 g of paracetamol in 24 hours": up to three words of what the amount is of
        start = substance.start("words")
        for word in re.finditer(rf"[A-Za-z][\w-]*{H}+", substance.group("words")):
            if found := AMOUNT_IN_A_DAY.match(text, start + word.end() - 1):
                break
    if found is None:
        return False
    reading.per = "day"  # the span stays the amount's; its period stays a figure of its own
    if reading.kind == "count":
        reading.unit, reading.kind = f"{reading.unit}/day", "rate"
    return True


OF_NORMAL = re.compile(rf"{H}+of{H}+(?:the{H}+)?normal(?:{H}+(?:level|activity|value))?\b", re.I)
"""``42% of normal``: a level as a share of the normal level, as clotting-factor activity is
given (100% of normal is 100 IU/dL)."""


def _read_rate(text: str, reading: _Reading) -> None:
    """``/year``, ``per year``, ``a month``, ``annually``, ``per 100,000``; a count with what
    it counts said before a population's ``per`` (:data:`QUALIFIED_COUNT`) is a rate too.
    ``4 times in 24 hours`` (``Max 4 times in 24 hours``) says how often, a frequency per day,
    not how many times more."""
    if (
        reading.unit in ("fold", "times")  # a multiple, or a count of occasions
        and re.search(r"(?i:times)\Z", text[reading.start : reading.end])
        and TIMES_WITHIN_A_DAY.match(text, reading.end)
    ):
        reading.unit, reading.kind, reading.per = "times/day", "frequency", "day"
        return
    if _read_amount_in_a_day(text, reading):
        return
    found = units.RATE.match(text, reading.end)
    if not found and reading.kind == "money":
        found = units.RATE_OF_MONEY.match(text, reading.end)  # "£200 a month after surgery"
    if not found and reading.kind == "percent" and OF_NORMAL.match(text, reading.end):
        reading.per = "normal"  # "42% of normal": a level against the normal one, no share
        return
    if not found and reading.kind == "money":
        _read_price_period(text, reading)
        return
    if not found and reading.kind == "measure":
        _read_dose_period(text, reading)
        return
    if not found and reading.kind == "duration" and reading.unit in DURATION_SPAN:
        _read_activity_period(text, reading)
        return
    if not found and reading.kind == "count" and (volume := count_per_volume(text, reading.end)):
        # "15 million sperm per mL": a concentration, not a total
        reading.per, reading.end = volume
        reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"
        return
    if not found and reading.kind == "count" and (hours := slash_hours(text, reading.end)):
        # "2 tablets/24 h": per day, as "per 24 hours" is; "1 sachet/8 h": per 8 hours
        reading.per, reading.end = hours
        reading.unit, reading.kind = f"{reading.unit}/{reading.per}", "rate"
        return
    if not found and reading.kind == "count":
        qualified = QUALIFIED_COUNT.match(text, reading.end)
        found = units.RATE.match(text, qualified.end()) if qualified else None
    if not found:
        return
    if found.group("every") and reading.low == 1 and _number_needed(text, reading):
        return  # "one death prevented for every 456 men invited": 456 men, a number needed
    if found.group().lstrip()[:1].lower() == "a" and INTERVAL_AFTER_PERIOD.match(text, found.end()):
        return  # "two doses a month apart": the gap between them, no rate
    is_duration = reading.unit in ("day", "week", "month", "year", "hour", "minute", "second")
    if is_duration and not _duration_per_period(reading.unit, found):
        return
    if found.group("population") and (period := units.TIME.match(text, found.end())):
        # "per 24 hours" is a period, no population: a day for "12 mg per 24 hours"; a
        # duration said per day ("sleep 11 to 14 hours per 24 hours") is that duration
        if is_duration or units.rate_per(found) != "24":
            return
        if units.time_unit(period.group("time")) != "hour":
            return
        reading.per, reading.end = "day", period.end()
        if reading.kind in ("money", "count"):
            reading.unit, reading.kind = f"{reading.unit}/day", "rate"
        elif reading.kind == "multiple":  # "4 times per 24 hours": how often
            reading.unit, reading.kind = "times/day", "frequency"
        return
    reading.per = units.rate_per(found)
    reading.end = found.end()
    if reading.kind == "money":
        _read_period_after_person(text, reading)
    if reading.kind in ("money", "count"):
        reading.unit = f"{reading.unit}/{reading.per}"
        reading.kind = "rate"
    elif reading.kind == "multiple":  # "3 times a day": how often, not how many times more
        reading.unit, reading.kind = f"times/{reading.per}", "frequency"


PREVENTED = re.compile(r"\b(?i:prevent|avert|avoid|sav|spar)(?:s|ed|ing|e|es)?\b")
"""What makes ``one X for every N people`` a number needed to treat, screen or invite (one
event prevented, averted, avoided, saved or spared for every N people: the figure is the N),
not a rate of X among N: ``screening prevented one death for every 456 men invited``, ``one
stroke is averted for every 25 patients treated`` (``one GP for every 1,800 people`` stays a
rate)."""
NUMBER_NEEDED_REACH = 60  # characters before the "one" searched for the preventing verb


def _number_needed(text: str, reading: _Reading) -> bool:
    """Whether the ``one X for every N people`` at ``reading`` is a number needed (see
    :data:`PREVENTED`): the verb before the ``one`` in its clause, or between ``one X`` and
    ``for every``."""
    before = text[max(0, reading.start - NUMBER_NEEDED_REACH) : reading.start]
    before = re.split(r"[.;:!?\n]", before)[-1]
    return bool(PREVENTED.search(before) or PREVENTED.search(text, reading.start, reading.end))


OF_SUBSTANCE = re.compile(
    rf"(?:{H}*\([^()\n]{{1,20}}\)|\))?{H}+of{H}+(?P<words>(?:[A-Za-z][\w-]*{H}+){{0,3}})"
)
"""What an amount is of, between the amount and its period: ``250 µg of iodine a day``,
``400 μg (0.4 mg) of folic acid daily``, ``24 µg of vitamin B12 a day``."""
ASIDE_THEN = re.compile(rf"(?:{H}*\([^()\n]{{1,20}}\)|\)){H}+")
"""A restatement in brackets, or the end of the one the figure is, before a period: ``500 μg
(0.5 mg) daily``, ``400 μg (0.4 mg) of folic acid daily``."""
DOSE_FORM_THEN = re.compile(
    rf"{H}+(?:tablet|capsule|pill|caplet|sachet|patch|injection|infusion|lozenge"
    rf"|suppository|pessary|pen|vial){H}+",
    re.IGNORECASE,
)
"""The form a dose comes in, one of it, between the dose and its period: ``one 20 mg tablet
a day``, ``a 2.5 mg tablet each day``, ``a 50 mg injection every week`` (an amount a day or
a week). Not several (``two 500 mg tablets a day`` is 1,000 mg a day, not 500)."""
PER_BODY_WEIGHT = re.compile(
    rf"per{H}+(?:kg|kilograms?)(?:{H}+of{H}+body{H}+(?:weight|mass))?\b{H}*", re.IGNORECASE
)
HOW_OFTEN_WORDS = frozenset({"twice", "thrice", "times", "two", "three", "four", "five", "six"})
"""Words that say how often a dose is given, not what it is of (``100 mg of levodopa three
times a day`` is 100 mg a dose, three doses a day, not 100 mg a day; ``once a day`` is
the amount a day)."""
DOSE_PERIOD_AFTER = re.compile(
    rf"(?:(?:every|each|per|a|an){H}+(?P<period>day|week|month|year|night)\b"
    rf"|(?:every|each|per){H}+(?P<day>24){H}*(?:hours?|hrs?|h)\b"
    rf"|(?P<adverb>daily|weekly|monthly|nightly)\b)"
    rf"{units.NOT_WHEN}",
    re.IGNORECASE,
)


def _read_dose_period(text: str, reading: _Reading) -> None:
    """``250 µg of iodine a day``, ``400 micrograms of folic acid every day``: an amount of a
    named substance per period, with up to three words of the substance (and a restatement in
    brackets) between (the amount's span stays its own; only its period is read). A
    population (``2 mg of X per 100,000``) is no period here."""
    if part := part_of_course(text, reading.start, reading.end):
        reading.per = part  # "20 fractions of 3 Gy": one fraction's amount
        return
    substance = OF_SUBSTANCE.match(text, reading.end)
    if substance is None and (form := DOSE_FORM_THEN.match(text, reading.end)):
        found = DOSE_PERIOD_AFTER.match(text, form.end())
        if found:
            reading.per = _period_said(found)  # "one 20 mg tablet a day"
            return
    if substance is None:
        aside = ASIDE_THEN.match(text, reading.end)
        found = aside and DOSE_PERIOD_AFTER.match(text, aside.end())
        if found:
            reading.per = _period_said(found)
        elif basis := measure_basis(text, reading.end):
            reading.per = basis  # "10^9 CFU per capsule": the amount in one capsule
        return
    start = substance.start("words")
    for word in re.finditer(rf"[A-Za-z][\w-]*{H}+", substance.group("words")):
        if word.group().rstrip().lower() in HOW_OFTEN_WORDS:
            return  # "100 mg of X three times a day": how often, no period of the amount
        at = start + word.end()
        if basis := measure_basis(text, at - 1):
            reading.per = basis  # "40 micrograms of antigen per dose"
            return
        if (body := PER_BODY_WEIGHT.match(text, at)) and reading.unit and "/" not in reading.unit:
            # "0.8 g of protein per kilogram of body weight per day": a dose per body weight
            reading.unit = f"{reading.unit}/kg"
            at = body.end()
        found = DOSE_PERIOD_AFTER.match(text, at)
        if found:
            reading.per = _period_said(found)
            return


def _read_activity_period(text: str, reading: _Reading) -> None:
    """``150 minutes of exercise a week``, ``8 hours of sleep a night``, ``2 days of strength
    exercise a week``: a duration of a named activity (up to three words after ``of``) per a
    longer period is how long per period, as ``2 hours a week`` is and as an amount of a
    substance is (:func:`_read_dose_period`); the span stays the duration's own. A period no
    longer than the unit (``3 weeks of rest a week``) or one that says when (``a week ago``)
    is none."""
    substance = OF_SUBSTANCE.match(text, reading.end)
    if substance is None or substance.group().lstrip().startswith(("(", ")")):
        return
    start = substance.start("words")
    for word in re.finditer(rf"[A-Za-z][\w-]*{H}+", substance.group("words")):
        found = DOSE_PERIOD_AFTER.match(text, start + word.end())
        if found:
            period = _period_said(found)
            if DURATION_SPAN.get(period, -1) > DURATION_SPAN[reading.unit]:
                reading.per = period
            return


def _period_said(found: re.Match[str]) -> str:
    """The period a :data:`DOSE_PERIOD_AFTER` match names: ``per 24 hours`` is a day, as a
    leaflet's ``no more than 3 g of paracetamol per 24 hours`` means."""
    if found.group("day"):
        return "day"
    said = (found.group("period") or found.group("adverb")).lower()
    return {"daily": "day", "weekly": "week", "monthly": "month", "nightly": "night"}.get(
        said, said
    )


NUMBER_WORDS_IN_NOUN = frozenset({*ONES, *TENS, *TIMES_WORDS, *VAGUE_SCALES})
"""Number words that end a counted noun: a counted noun never holds the next figure
(``1 capsule three times weekly`` is one capsule, then three times a week; in ``The 1918 flu
pandemic killed millions of people`` the year's would-be noun stops before ``millions``)."""
COUNT_HEADS = frozenset(
    "cases deaths infections patients people admissions readmissions hospitalisations "
    "hospitalizations births events episodes diagnoses visits survivors outbreaks injuries "
    "fractures attendances consultations appointments procedures operations surgeries "
    "prescriptions referrals complications incidents overdoses suicides transplants "
    "amputations presentations fatalities casualties".split()
)
"""What is counted of a thing named before it in a word ending in -s: a disease (``measles
cases``, ``diabetes deaths``), or a noun used as a modifier that keeps its -s (``sharps
injuries``, ``sports fractures``, ``burns admissions``). The compound is the counted noun and
its last word the head (``385,000 sharps injuries``: unit ``sharps injuries``, head
``injuries``); a modifier without an -s (``hip fractures``) needs no list, the first plural
ends the noun."""


MODIFIERS_IN_S = frozenset(
    "sharps sports measles mumps rabies scabies herpes diabetes rickets shingles".split()
)
"""Nouns that end in -s in the singular and stand before another noun as its modifier: any
plural after them is the head (``400 sharps bins``, ``12 sports clubs``, ``30 diabetes
clinics``), not only a word of :data:`COUNT_HEADS`."""


MOST_OR_LEAST = re.compile(
    rf"{H}+(?P<word>(?i:most|least))(?={H}+(?!(?i:of|than|the|a|an|and|or)\b)[a-z][\w-]*{H}+[A-Za-z])"
)
"""``most``/``least`` opening a superlative after a count (``3 most deprived areas``, ``6 most
widely used apps``): an adjective and another word follow, never ``of`` or ``than``."""


def _read_counted_noun(text: str, reading: _Reading) -> None:
    """``264 participants``, ``3,756 HCC patients``, ``≥1 prior systemic therapy``,
    ``100+ patients``, and, for spelled-out numbers, a part of a group: ``two of the patients``."""
    position = reading.end
    if reading.spelled and (partitive := PARTITIVE.match(text, position)):
        position = partitive.end()
    plus = OPEN_END.match(text, position)  # "100+ patients": the open end sits before the noun
    if plus:
        position = plus.end()
    words: list[re.Match[str]] = []
    head: re.Match[str] | None = None
    modifier = NOUN_WORD.match(text, position)  # "eight other employees", "3 more cases"
    if (
        modifier
        and modifier.group("word").lower() in lexicon.COUNT_MODIFIERS
        and not THAN_AFTER.match(text, modifier.end())
    ):
        words.append(modifier)
        position = modifier.end()
    elif superlative := MOST_OR_LEAST.match(text, position):
        # "the 12 most common rashes", "5 least expensive clinics": the superlative's "most"
        # is part of the counted noun, as "largest" is in "10 largest hospitals"
        words.append(superlative)
        position = superlative.end()
    after_comma = False
    for _ in range(4):
        found = NOUN_WORD.match(text, position)
        if not found and words and not after_comma:
            # "Three small, randomised trials": coordinate adjectives split by a comma
            found = COMMA_NOUN_WORD.match(text, position)
            after_comma, words_before_comma = found is not None, list(words)
        if not found or found.group("word").lower() in lexicon.STOP_WORDS:
            break
        if words and found.group("word").lower() in lexicon.GIVEN_WORDS:
            break
        if words and is_times_sign_word(found.group("word")):
            break  # "1 tablet x 3 a day": the times sign ends the noun ("tablet")
        if found.group("word").lower() in NUMBER_WORDS_IN_NOUN or SIG_FREQUENCY.fullmatch(
            found.group("word")
        ):
            break  # "1 capsule three times daily", "1 tab TDS": the next figure starts
        if SIG_SHORTHAND.fullmatch(found.group("word")) or SIG_DOTTED.match(text, found.start()):
            break  # "1 tablet q12h", "1 capsule nocte", "1 tab o.d.": when, not what
        if words and found.group("word").lower() in DOSE_PERIOD_ADVERBS:
            break  # "1 tablet daily", "1 patch weekly": how often, the rate's period
        if not words and _is_verb(text, found):
            break  # "25 to 29.9 counts as overweight": the sentence's verb, no counted noun
        if (
            not words
            and found.group("word").lower() not in scale_bands.SCORE_UNITS
            and scale_bands.names_a_score(
                text, reading.number_spans[0][0] if reading.number_spans else reading.start
            )
        ):
            break  # "a NEWS2 score of 5 or more triggers review": a score counts nothing
        if (
            not words
            and not _is_plural(found.group("word"))
            and reading.low is not None
            and reading.low > 1
            and ARTICLE_BEFORE.search(text, max(0, reading.start - 6), reading.start)
            and text[: found.start()].rstrip(" -\u00a0")[-1:].isdigit()
        ):
            # (not a number with its scale, "a 10K grant": an amount, no count of grants)
            # "a 12 step programme helps", "a 3 drug regimen suits adults": after "a", a
            # number's singular noun modifies the noun after it; it is the unit, and no word
            # after it (the phrase's noun, or a verb in -s) is counted
            words.append(found)
            head = found
            break
        words.append(found)
        position = found.end()
        if _is_plural(found.group("word")):
            head = found
            after = NOUN_WORD.match(text, position)
            if (
                after
                and found.group("word").lower() not in COUNT_HEADS
                and (
                    after.group("word").lower() in COUNT_HEADS
                    or (
                        found.group("word").lower() in MODIFIERS_IN_S
                        and _is_plural(after.group("word"))
                        and not _is_verb(text, after)
                    )
                )
            ):
                # "9.2 million measles cases", "mumps deaths": a disease named in -s before
                # what is counted of it
                words.append(after)
                head = after
            break
    if after_comma and head is None:
        words = words_before_comma  # "1 tablet, twice daily": the comma ends the noun
    one_or_less = reading.low == 1 and reading.high in (1, None)
    # "½ – 1 tablet", "¼–½ teaspoon": a fraction of one thing takes the singular
    one_or_less = one_or_less or (reading.numeral_fraction and 0 < reading.high <= 1)
    # "0.5–1 tablet", "1–1.5 tablet": a range of parts of one dose form, in decimals
    one_or_less = one_or_less or (
        bool(words)
        and _decimal_part_range(reading)
        and DOSE_FORM_WORD.fullmatch(words[0].group("word")) is not None
    )
    if head is None and words and one_or_less:
        head = words[-1] if len(words) <= 3 else None
    if head is not None and head is modifier:
        return  # "one more": no noun
    if head is None:
        return
    noun_start = words[0].start("word")
    reading.open_high = reading.open_high or plus is not None
    reading.unit = re.sub(r"\s+", " ", text[noun_start : head.end()])
    reading.noun_head = head.group("word").lower()
    reading.kind = "count"
    reading.end = head.end()


VERB_OBJECT_AFTER = re.compile(
    rf"{H}+(?:as|that|to|the|most|more|fewer|less|it|them|you|your|their|his|her|its|our|no"
    rf"|any|all|some|up|down|into|towards?|from|an?|for|about|around|roughly|just|only)\b"
    rf"|{H}+\d|{H}+[a-z]+ing\b|{H}*[£$€¥₹]",  # "a pack of 16 costs £1.89": a price, no noun
    re.IGNORECASE,
)


def _is_verb(text: str, word: re.Match[str]) -> bool:
    """Whether the word right after a number is the sentence's verb, not a counted noun:
    ``10 suggests depression``, ``32 means obesity`` (:data:`lexicon.VERBS_NOT_NOUNS`),
    ``29.9 counts as overweight``, ``16 causes most cases``, ``21 affects 1 in 700``
    (:data:`lexicon.VERBS_OR_NOUNS` before as, that, to, the, most, a pronoun or a number);
    ``200 counts were low`` and ``3 causes of death`` stay counts."""
    lower = word.group("word").lower()
    if lower in lexicon.VERBS_NOT_NOUNS:
        return True
    return lower in lexicon.VERBS_OR_NOUNS and bool(VERB_OBJECT_AFTER.match(text, word.end()))


ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]*[A-Z]s")
"""An acronym's plural: ``MIs``, ``GPs``, ``CLABSIs``, ``SSIs``, ``MRIs``, ``QALYs`` (the
``-is`` and three-letter rules below are for words, not capitals)."""


def _is_plural(word: str) -> bool:
    lower = word.lower()
    if lower in lexicon.IRREGULAR_PLURALS or lower in lexicon.DOSE_SHORTHAND:
        return True
    if ACRONYM_PLURAL.fullmatch(word):
        return True
    return (
        len(lower) > 3
        and lower.endswith("s")
        and not lower.endswith(("ss", "us", "is", "'s", "’s"))
        and lower not in lexicon.STOP_WORDS
    )


PROTECTION_FACTOR_BEFORE = EndAnchored(re.compile(rf"\b(?:SPF|UPF){H}*\Z"))
"""A sun cream's or fabric's protection factor named before its number (``at least SPF 30``)."""


EVERY_PERIOD_AFTER = re.compile(
    rf"{H}+(?i:every){H}+(?:\d[\d.,]*|(?i:{WORDS})){H}*-?{H}*"
    rf"(?i:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b"
)
"""``every 6 minutes``: the period a rate's one event comes in."""


def _numerator_of_every(text: str, reading: _Reading) -> bool:
    """Whether the figure is the ``one`` of ``one diagnosis every 6 minutes``, ``1 death every
    2 hours``: the rate's numerator, which says nothing by itself (the period is the
    figure), so no count of one diagnosis is checked. A dose (``1 tablet every 4 hours``)
    keeps its count: it is the amount taken."""
    return (
        reading.kind == "count"
        and reading.low == reading.high == 1
        and reading.comparator is None
        and not DOSE_FORM_WORD.fullmatch(reading.unit or "")
        and (reading.unit or "").lower() not in SINGLE_DOSE_FORMS
        and EVERY_PERIOD_AFTER.match(text, reading.end) is not None
    )


RATED_PRODUCTS = frozenset(
    """sunscreen sunscreens suncream suncreams cream creams lotion lotions balm balms spray
    sprays stick sticks gel gels clothing clothes shirt shirts product products block blocks
    moisturiser moisturisers moisturizer moisturizers foundation""".split()
)
"""What a protection factor rates, said after it: ``SPF 100 sunscreen``, ``UPF 50 clothes``."""


def _rating_without_its_product(text: str, reading: _Reading) -> None:
    """A protection factor keeps no counted noun: the rating is
    a figure (README, the seventh held-out kinds: ``SPF 50``, ``SPF 30 or higher``), while the
    product after it (``SPF 100 sunscreen blocks``, ``an SPF 30 lotion``) is what is rated,
    never a count of sunscreens; the figure is read as the bare rating."""
    first_start, first_end = reading.number_spans[0]
    if (
        reading.kind == "count"
        and (reading.unit or "").split(" ")[0].lower() in RATED_PRODUCTS
        and PROTECTION_FACTOR_BEFORE.search(text, max(0, first_start - 8), first_start)
    ):
        reading.unit, reading.kind, reading.end = None, "number", first_end


GLUED_DAYS = re.compile(r"(?<=\d)(?:d|dys?)\b(?![-/.]\w)")
"""``x 10d``, ``for 7d``: days glued to their number, as prescriptions shorten them."""
PERIOD_CUE = re.compile(rf"(?<![\w])(?i:x|×|for|over|within|past|last|next|every){H}*\Z")
"""A word before a number that says a period follows: only there is a glued ``d`` days
(``3d printing`` and a ``2d echo`` are no periods)."""
PER_BEFORE = re.compile(r"(?<![\w-])per\s+\Z", re.IGNORECASE)


TIMEPOINT_OUTCOME = re.compile(
    rf"(?:{H}+(?:overall|relative|net|graft|patient|kidney|cancer|disease|breast"
    rf"|[a-z]+-(?:free|specific|related))){{0,2}}"
    rf"{H}+(?:survival|mortality|death{H}+rate|recurrence|relapse|follow-up)\b",
    re.IGNORECASE,
)
"""An outcome after ``5-year`` that makes it the time the outcome was measured: ``5-year
survival``, ``10-year overall survival``, ``3-year relapse-free survival``."""


def _names_a_timepoint(text: str, reading: _Reading) -> bool:
    """``5-year survival`` is a timepoint, as ``five-year survival`` is: the adjective form
    (a hyphen between number and unit) before an outcome names when a figure was measured,
    not a duration to verify."""
    surface = text[reading.start : reading.end]
    return "-" in surface and bool(TIMEPOINT_OUTCOME.match(text, reading.end))


YEAR_IN_WORDS = re.compile(
    rf"(?i:two{H}+thousand(?:{H}+and)?{H}+\w+(?:-\w+)?|nineteen{H}+(?:hundred{H}+and{H}+)?\w+)"
)
YEAR_OPENS = re.compile(
    rf"(?:^|[.!?:;]{H}+|\n|(?i:\b(?:in|since|until|by|from|during|before|after)){H}+)\Z"
)


def _is_year_in_words(text: str, reading: _Reading) -> bool:
    """``Two thousand and twenty-three was a record year``, ``in nineteen ninety-nine``: a
    year said in words (1900–2099, nothing after it that it counts or measures), opening a
    sentence or after a preposition of time, dates the sentence as ``In 2023`` does."""
    if not reading.spelled or reading.kind != "number" or reading.unit is not None:
        return False
    if reading.low != reading.high or not 1900 <= reading.low <= 2099:
        return False
    first_start, first_end = reading.number_spans[0]
    if not YEAR_IN_WORDS.fullmatch(text, first_start, first_end):
        return False
    return bool(YEAR_OPENS.search(text, max(0, first_start - 12), first_start))


PRONOUN_ONE_AFTER = re.compile(
    rf"(?<![\w-])(?i:first|second|third|fourth|fifth|last|next|other|same|latter"
    rf"|former|final|right|wrong|new|old|this|that|which|each){H}+\Z"
)
"""The words that make ``one`` after them a pronoun (``the second one``, ``the other one``,
``this one``), not the number one."""


BRAND_3M = re.compile(r"(?<![\w.,$€£])3M(?:['’]s\b|[ \u00a0]+(?P<word>[a-z]+)\b(?![-'’]))")
"""``3M`` before a singular word or its possessive (``the 3M mask``, ``3M's filters``) is the
company, a brand; ``3M people`` (a plural counted) stays three million."""


def _is_claim(text: str, reading: _Reading) -> bool:
    """Apply the "not a claim" rules (README, "What counts") to one reading."""
    first_start, first_end = reading.number_spans[0]
    if reading.numeral_fraction:
        # "HPV 16/18": two of a name's numbers, not a fraction
        surface = text[first_start:first_end]
        # "Co-codamol 30/500", "Co-codamol 8/500 tablets": after a name in mid-sentence a
        # pair that is no everyday fraction (a part under 10 of a whole up to 16) is its strength
        parts = surface.split("/") if "/" in surface else surface.split("⁄")
        odd = is_slash(surface) and (
            len(parts) == 2 and (int(parts[1]) > 16 or int(re.split(r"[\s-]", parts[0])[-1]) >= 10)
        )
        return not (
            is_slash(surface) and filters.names_a_number(text, first_start, capitalised=odd)
        )
    if _is_name_or_idiom(text, reading):
        return False
    if reading.comparator is None and filters.is_allergen_or_allele(text, first_start):
        return False  # "Ara h 2", "Bet v 1", "CYP2D6*4": a component's or an allele's name
    _rating_without_its_product(text, reading)
    if _numerator_of_every(text, reading):
        return False
    if _is_year_in_words(text, reading):
        return False
    if PER_BEFORE.search(text, max(0, reading.start - 6), reading.start):
        return False  # "(deaths per 1,000 live births)": a rate's denominator, no figure
    if reading.kind == "percent" and lexicon.CI_LEVEL_AFTER.match(text, first_end):
        return False  # "the 95% CI excluded 1": a confidence level, not a figure
    if filters.is_time_window(text, first_start):
        return False  # "through weeks 9–24": a window of the schedule, whatever is before
    if (
        reading.comparator is None
        and reading.currency is None
        and reading.kind != "percent"
        and scale_bands.names_a_scale_band(text, reading.start, reading.low, reading.high)
    ):
        return False  # "GCS 13-15", "an NIHSS of 5–15": a scale's band names who, a group label
    if reading.kind == "duration" and _names_a_timepoint(text, reading):
        return False  # "a 5-year relapse-free survival of 52%": when 52% was measured
    bare = reading.end == first_end and reading.unit is None and reading.high == 1
    if (
        bare
        and text[first_start:first_end].lower() == "one"
        and PRONOUN_ONE_AFTER.search(text, max(0, first_start - 16), first_start)
    ):
        return False  # "the second one of the two doses": a pronoun, which of them
    if reading.comparator is not None and GRADE_BEFORE.search(
        text, max(0, first_start - 24), first_start
    ):
        return False  # "Grade ≥3 adverse events", "grade 3 or higher": which events, no bound
    qualified = reading.comparator is not None or reading.approx or reading.currency is not None
    # a percentage is an amount even after a label word: "last year 76 percent more"
    qualified = qualified or reading.kind == "percent"
    # … and so is a multiple: "raised antibody levels 10-fold", "stage 3-fold" is no stage
    qualified = qualified or reading.unit in ("fold", "times")  # "the pelvic floor 10 times"
    # … and so is a rate per a number: "the radiography group 247 per 100,000 person-years"
    qualified = qualified or bool(reading.per and reading.per[:1].isdigit())
    # "Schedule: 2 doses", "Cycle length: 21 days": a field's label and its value, a count
    # or a period, not the label's number ("Schedule 2" drugs, "Version: 2.3")
    qualified = qualified or (
        reading.unit is not None
        and reading.kind in ("count", "duration")
        and filters.FIELD_COLON_BEFORE.search(text, max(0, first_start - 4), first_start)
        is not None
    )
    if reading.statistic is None and not qualified and filters.is_label_number(text, first_start):
        return False
    if not qualified and reading.kind == "number" and reading.unit is None:
        if filters.is_clock_time(text, reading.end):
            return False  # "open until 12 noon", "at 12 midnight": a time of day
        if filters.is_registered_number(text, first_start, reading.end):
            return False  # "Heart Trust (1183456)": a charity's or company's number
    if (
        reading.kind in ("number", "count")
        and reading.statistic is None
        and not qualified
        and filters.names_a_place(text, first_start)
    ):
        return False  # "bed 12", "floor 4", "size 4 nappies"
    if not qualified and _names_a_product_before_a_singular(text, reading, first_start, first_end):
        return False  # "the FreeStyle Libre 3 sensor lasts 14 days": the product's number
    if (
        not qualified
        and reading.kind in ("number", "count")
        and reading.low == reading.high
        and filters.is_product_number_before_verb(text, first_start)
    ):
        return False  # "the Fitbit Charge 6 tracks 7 sleep stages", "Zyrtec 10 is sold"
    if not qualified and _model_after_a_count(text, reading, first_start, first_end):
        return False  # "two new 737 Max jets", "three Aquilion 640 scanners": the model's
    if (not qualified or _a_deadline_year(reading)) and filters.names_no_amount(
        text, reading.start, reading.number_spans[0]
    ):
        return False
    if filters.is_time_stamp_ago(text, reading.number_spans[-1][1]) and not _bounded_ago(reading):
        return False
    if reading.kind == "duration" and filters.is_page_review_interval(
        text, reading.number_spans[0][0]
    ):
        return False  # "We update this page every 6 months": page furniture
    if (
        reading.currency is None
        and (brand := BRAND_3M.match(text, first_start))
        and not (brand.group("word") and _is_plural(brand.group("word")))
    ):
        return False  # "the 3M mask", "3M's respirators": the company, no three million
    if reading.kind == "number" and filters.is_named_by_abbreviation(
        text, reading.end, text[first_start:first_end]
    ):
        return False
    if reading.descending and (reading.unit is None or reading.kind == "count"):
        return False  # "won 2-1", "a 2-1 win", "2-1 thanks to": a score
    if reading.named and reading.kind in ("number", "count") and reading.low == int(reading.low):
        return False
    if _one_before_a_plural(text, reading, first_start, first_end):
        return False  # "Measure Up 1 patients", "SOLO 1 participants": a study's number
    if (
        reading.kind == "count"
        and VERB_THEN_FIGURE.match(text, first_end)
        and NAME_BEFORE.search(text, max(0, first_start - 40), first_start)
    ):
        # "HPV 31 causes about 4%", "HSV 2 infects 491 million", "DENV 3 causes …": a
        # name's number, the word after it the name's verb
        return False
    if reading.kind == "number" and not qualified and reading.statistic is None:
        surface = text[first_start:first_end]
        if surface.startswith("0") and surface[1:2].isdigit():
            return False
        if (
            filters.names_a_number(text, first_start)
            and not GROUPED.fullmatch(surface)
            and not STATISTIC_NAMED_BEFORE.search(text, max(0, first_start - 40), first_start)
        ):
            # "HPV 16", "FTSE 100"; a grouped number is no name's but a count: "and MRSA 10,600"
            return False
        if len(surface) <= 3 and surface.isdigit() and filters.is_model_number(text, reading.end):
            return False  # "11 Pro", "787 Dreamliner"; "27000 Model S cars" is a count
    if (
        reading.kind == "duration"
        and text[first_end : first_end + 1] == "-"
        and not text.startswith("-and-", first_end)  # "one-and-a-half hours": a mixed number
        and len(reading.number_spans) == 1
        and (names_a_kind(text, reading.end) or names_a_standard(text, reading.end))
    ):
        # "a five-year plan", "a 52-week high", "the 62-day standard", "12-hour waits";
        # "six-eight weeks" is a range
        return False
    if not reading.spelled:
        return not _is_year(text, reading)
    return _spelled_number_counts(text, reading)


def _bounded_ago(reading: _Reading) -> bool:
    """``diagnosed less than 6 years ago``, ``more than 10 years ago``: a bound on how long ago
    is a bound on the time since (an eligibility window, a figure), where ``5 years ago`` and
    ``about 5 years ago`` only date an event."""
    return (
        reading.kind == "duration" and reading.side is not None and reading.comparator is not None
    )


NAME_BEFORE = re.compile(rf"\b[A-Z][A-Z0-9-]*[A-Z][A-Z0-9-]*{H}+\Z")
"""An acronym right before a number (``HPV``, ``HSV``, ``DENV``): a name the number may be of."""
VERB_THEN_FIGURE = re.compile(
    rf"{H}+[a-z]{{3,}}s{H}+(?:(?:about|around|nearly|almost|up{H}+to|more{H}+than"
    rf"|at{H}+least|some|roughly|approximately)\b|\d)",
    re.IGNORECASE,
)
"""A verb in ``-s`` and the words that open a figure after it (``causes about 4%``,
``infects 491 million``): after a name's number (``HPV 31``), the word is its verb, no
counted noun."""


def _names_a_product_before_a_singular(
    text: str, reading: _Reading, first_start: int, first_end: int
) -> bool:
    """A whole number after a capitalised name in mid-sentence, before a singular noun, ends
    the name: English counts two or more things in the plural, so in ``the FreeStyle Libre 3
    sensor lasts`` or ``the Fitbit Charge 6 tracker`` the number is the product's, no count."""
    if reading.kind != "count" or reading.low != reading.high or reading.low == 1:
        return False
    surface = text[first_start:first_end]
    if (
        not (surface.isdigit() and len(surface) <= 3)
        or reading.noun_head in lexicon.COUNTABLE_NOUNS
    ):
        return False
    first_word = (reading.unit or "").split()[0:1]
    if not first_word or _is_plural(first_word[0]) or not first_word[0].islower():
        return False
    return filters.is_named_number(text, first_start)


COUNT_BEFORE_MODEL = re.compile(
    rf"(?<![\w.,-])(?:\d{{1,3}}|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    rf"|a{H}+(?:pair|couple){H}+of|several|more))"
    rf"(?:{H}+(?i:new|more|extra|additional|further|used|refurbished|other|of{H}+(?:the|its|their)))?"
    rf"(?:{H}+[A-Z][\w&'’.-]*){{0,2}}{H}+\Z"
)
"""A count said before a model's name and number: ``two new 737``, ``three Aquilion 640``,
``4 Series 9``."""


SMALL_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_MODEL_NAME = r"[A-Z][\w&'’.-]*"
COUNT_BEFORE_A_MODEL = re.compile(
    rf"(?<![\w.,-])(?P<count>\d{{1,3}}|(?i:{'|'.join(SMALL_COUNT_WORDS)}))(?![\w.,-])"
    rf"(?:{H}+(?:new|more|extra|additional|further|used|refurbished|other))?"
    rf"(?:(?:{H}+{_MODEL_NAME}){{1,2}}{H}+\d{{1,4}}(?![\w.,])(?:{H}+{_MODEL_NAME}){{0,2}}"
    rf"|{H}+\d{{1,4}}(?![\w.,])(?:{H}+{_MODEL_NAME}){{1,2}})"
    rf"{H}+(?P<noun>[a-z][a-z-]*[a-rt-z]s)\b"
)
"""A count of things named by a model's name and number: ``two new 737 Max jets``, ``three
Aquilion 640 scanners`` (a capitalised name beside the number, and the noun in the plural,
as English counts two or more)."""
_MODEL_RIGHT = re.compile(rf"(?P<names>(?:{H}+{_MODEL_NAME}){{0,2}}){H}+[a-z][a-z-]*[a-rt-z]s\b")
_MODEL_LEFT = re.compile(rf"{_MODEL_NAME}{H}+\Z")


def _model_numbers_near(text: str) -> Iterator[tuple[int, int]]:
    """Where a model's name meets its number before a plural noun (``Aquilion 640 scanners``,
    ``737 Max jets``): the count before them is searched only there. Led by the text's digit
    runs (:func:`filters.digit_runs`, found once), then the words each side are matched in
    place: a pattern that could start at any capital cost a full pass of every page (2% of
    extraction)."""
    for start, end in filters.digit_runs(text):
        if end - start > 4:
            continue
        right = _MODEL_RIGHT.match(text, end)
        if right is None:
            continue
        if not right.group("names"):  # then the name stands before the number
            if not text[start - 1 : start].isspace():
                continue
            left = _MODEL_LEFT.search(text, max(0, start - 40), start)
            if left is None:
                continue
            start = left.start()
        yield start, right.end()


def _counts_before_a_model(text: str, found: list[Quantity]) -> list[Quantity]:
    """The count before a model's name and number counts the plural noun after them (``two
    new 737 Max jets`` is 2 jets); the model's number is no figure (:func:`_model_after_a_count`).
    Added only where nothing was read at the count."""
    added = []
    matches = []
    for near_start, near_end in _model_numbers_near(text):  # only near a name beside a number
        after = matches[-1].end() if matches else 0
        if near_end <= after:
            continue
        match = COUNT_BEFORE_A_MODEL.search(text, max(after, near_start - 60), near_end + 80)
        if match:
            matches.append(match)
    for match in matches:
        start, end = match.span("count")
        if any(q.start < end and start < q.end for q in found):
            continue
        if filters.names_a_number(text, start):
            continue  # "Phase 3 200 patients": a label's number, no count
        surface = match.group("count")
        value = float(surface) if surface.isdigit() else float(SMALL_COUNT_WORDS[surface.lower()])
        if value < 2:
            continue
        added.append(
            Quantity(
                text=surface,
                start=start,
                end=end,
                low=value,
                high=value,
                unit=match.group("noun"),
                kind="count",
            )
        )
    return sorted(found + added, key=lambda q: q.start) if added else found


_HYPHENED_FIGURE = re.compile(r"-[A-Za-z]")
COUNT_BEFORE_HYPHENED_FIGURE = re.compile(
    rf"(?<![\w.,-])(?P<count>(?i:{'|'.join(SMALL_COUNT_WORDS)}))"
    rf"(?P<adjectives>(?:{H}+[a-z]+(?:-[A-Za-z-]+)?){{0,2}}){H}+\Z"
)
"""A spelled count, then up to two adjectives, right before a figure joined to its unit by a
hyphen: ``two 7-day``, ``three non-consecutive 24-hour``, ``four randomised 6-month``."""
NOUNS_AFTER_HYPHENED_FIGURE = re.compile(
    rf"(?:{H}+[A-Za-z]+-[A-Za-z-]+)*(?P<nouns>(?:{H}+[a-z]+\b){{1,3}})"
)


def _counts_across_a_hyphened_figure(text: str, found: list[Quantity]) -> list[Quantity]:
    """A spelled count before a figure that describes the things counted (``two 7-day food
    diaries``, ``three non-consecutive 24-hour urine collections``): the count counts the
    plural noun after that figure (2 food diaries), and the figure stays its own (7 days, a
    frame). A spelled number is a figure only with the noun it counts, and the hyphened
    figure between them hid it. Added only where nothing was read at the count."""
    added = []
    for start, end in filters.digit_runs(text):
        if not _HYPHENED_FIGURE.match(text, end) or end - start > 3:
            continue
        count = COUNT_BEFORE_HYPHENED_FIGURE.search(text, max(0, start - 80), start)
        if count is None:
            continue
        adjectives = count.group("adjectives").split()
        if any(w in lexicon.STOP_WORDS or _is_plural(w) for w in adjectives):
            continue  # "two of the 5-day courses", "in two weeks 5-day courses": no count
        figure = next((q for q in found if q.start == start), None)
        if figure is None or figure.kind not in ("duration", "measure", "count"):
            continue
        nouns = NOUNS_AFTER_HYPHENED_FIGURE.match(text, figure.end)
        words = nouns.group("nouns").split() if nouns else []
        head = next((i for i, word in enumerate(words) if _is_plural(word)), None)
        if head is None or any(word in lexicon.STOP_WORDS for word in words[: head + 1]):
            continue
        count_start, count_end = count.span("count")
        if any(q.start < count_end and count_start < q.end for q in found + added):
            continue
        value = float(SMALL_COUNT_WORDS[count.group("count").lower()])
        unit = " ".join(words[: head + 1])
        added.append(
            Quantity(
                text=count.group("count"),
                start=count_start,
                end=count_end,
                low=value,
                high=value,
                unit=unit,
                kind="count",
            )
        )
    return sorted(found + added, key=lambda q: q.start) if added else found


DEADLINE_WORDS = re.compile(
    rf"(?:(?:no|not){H}+)?(?:later|earlier|sooner){H}+than|not{H}+before|before|after|by",
    re.IGNORECASE,
)
"""Comparators of time: before a bare year they date what happens, no bound of an amount."""


def _a_deadline_year(reading: _Reading) -> bool:
    """Whether ``reading`` is a bare number bounded by a word of time (``later than 2019``,
    ``no later than 2025``): the year rule (:func:`filters.is_year_time_stamp`) still reads
    it as a date, as it reads ``before 2019``, since a deadline's comparator makes the number
    look qualified."""
    return (
        reading.comparator is not None
        and reading.unit is None
        and reading.currency is None
        and not reading.approx
        and DEADLINE_WORDS.fullmatch(reading.comparator.strip()) is not None
    )


def _model_after_a_count(text: str, reading: _Reading, first_start: int, first_end: int) -> bool:
    """A whole number of up to four digits that a capitalised name stands beside (before it,
    ``Aquilion 640 scanners``, or after it, ``737 Max jets``) after a count of the same things
    (``two new …``) is the model's number: the things are already counted, and English does
    not count twice (``the trust bought two new Aquilion 640 scanners``)."""
    if reading.kind not in ("count", "number") or reading.low != reading.high:
        return False
    surface = text[first_start:first_end]
    if not (surface.isdigit() and len(surface) <= 4) or len(reading.number_spans) != 1:
        return False
    if not COUNT_BEFORE_MODEL.search(text, max(0, first_start - 60), first_start):
        return False
    named_before = text[max(0, first_start - 2) : first_start - 1].isalpha() and bool(
        re.search(rf"[A-Z][\w&'’.-]*{H}\Z", text[max(0, first_start - 30) : first_start])
    )
    return named_before or filters.is_model_number(text, first_end)


def _one_before_a_plural(text: str, reading: _Reading, first_start: int, first_end: int) -> bool:
    """A "1" in digits after a name and before a plural noun counts no one: English writes "1
    patient", so in "Measure Up 1 patients" or "SOLO 1 participants" the 1 ends a study's
    name (a "1" after a lowercase word, "had thrown 1 innings", is a figure gone wrong)."""
    if reading.kind != "count" or reading.low != 1 or reading.high != 1:
        return False
    if text[first_start:first_end] != "1" or first_end != reading.number_spans[-1][1]:
        return False
    noun = NOUN_WORD.match(text, first_end)
    if noun is None or noun.group("word").lower() in lexicon.SINGULAR_IN_S:
        return False  # "1 innings", "1 species": one of a noun whose singular ends in -s
    return (
        noun.end() <= reading.end
        and _is_plural(noun.group("word"))
        and filters.names_a_number(text, first_start)
    )


def _is_name_or_idiom(text: str, reading: _Reading) -> bool:
    """A bare whole number or a count that goes on a list of a name's numbers (``HPV 16 and
    18``, ``type 1 and 2 diabetes``: :func:`filters.is_listed_name_number`), or an idiom
    that only looks like a duration (``may one day``: :func:`filters.is_idiom`)."""
    if reading.comparator is not None or reading.approx or reading.currency is not None:
        return False
    if filters.is_idiom(text, reading.start, reading.end):
        return True
    if reading.kind not in ("number", "count") or reading.statistic is not None:
        return False
    if len(reading.number_spans) > 1 or reading.low != int(reading.low):
        return False
    return filters.is_listed_name_number(
        text, reading.number_spans[0][0], counts=reading.kind == "count"
    )


GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
"""A number grouped in thousands by commas: names number things without grouping (``ISO 9001``,
``FTSE 100``), so a grouped number after a name counts (``C. diff 223,900, MRSA 10,600``)."""
STATISTIC_NAMED_BEFORE = re.compile(
    rf"\b(?i:mean|median|average|avg\.?|typical|baseline|fasting|serum|plasma|target)"
    rf"(?:{H}+[A-Za-z][\w-]*){{1,2}}{H}*(?::|=|(?i:was|is|of|were|at))?{H}*\Z"
    rf"|(?<![\w-])(?:BMI|PSA|LDL|HDL|eGFR|GFR|HbA1c|INR|CRP|TSH|SpO2|FEV1|BP|IOP|AMH|FSH"
    rf"|BNP|ALT|AST|MMSE|HR|RR|Na|K|Cl|Ca|Mg|Cr|Hb|Hct|WCC|WBC|Plt|MCV|ALP|GGT|Urea|FT4|T4"
    rf"|ESR|pH|PaO2|PaCO2|HCO3|GCS|Temp|Creat|Alb|Bili|Hgb|Plts|Glu|Gluc|Pulse|Sats|SPF|UPF)"
    rf"(?:-C)?{H}*(?::|=|(?i:was|is|of|were|at))?{H}*\Z"
)
"""``Mean BMI 24.8``, ``median PSA 4.1``, ``fasting LDL 3.4``: after a statistic's or a
measurement's name, the measure's capitalised name is what is measured, not a thing the
number names (``iPhone 11``); so it is after the name of a common clinical measure (``BMI
32``, ``PSA 4.1``, ``INR 2.5``, ``eGFR 45``), a blood test's short name (``Na 138``, ``K
4.1``, ``Hb 132``, ``Plt 250``) or a vital sign's (``HR 78``, ``RR 22``, ``GCS 14``): its
number is its reading."""
AMOUNT_BEFORE = re.compile(
    rf"\b(?:an?{H}+)?(?:average|total|mean|median|sum|maximum|minimum|extra|additional)"
    rf"{H}+of{H}+\Z",
    re.IGNORECASE,
)
"""``an average of``, ``a total of``: what follows is an amount, never a year."""


YEAR_LABELLED_NOUNS = frozenset(
    """goals goal targets target aims aim objectives objective milestones guidelines guideline
    guidance recommendations recommendation estimates estimate figures statistics stats data
    report reports plan plans strategy strategies agenda budget budgets census survey surveys
    review reviews update updates edition editions accords commitments pledges deadline
    deadlines outlook projections projection forecast forecasts rankings league""".split()
)
"""Nouns a year names when written before them (``WHO's 2030 goals``, ``the 2019 guidelines``,
``2024 estimates``): a year-shaped number there is when, never how many goals or guidelines."""


def _modern_year(text: str, reading: _Reading) -> bool:
    """Whether the figure is one number 1900-2099 as a year is written (no grouping)."""
    start, end = reading.number_spans[0]
    return len(reading.number_spans) == 1 and bool(re.fullmatch(r"(?:19|20)\d\d", text[start:end]))


YEAR_NAMING_BEFORE = re.compile(
    rf"(?:\b(?i:the|these|those|its|our|their|your|this{H}+year['’]s|last{H}+year['’]s)"
    rf"|[A-Za-z]['’]s?){H}+\Z"
)
"""What makes a year-shaped number before a plural noun the noun's year: a determiner or a
possessive (``Of the 2023 births``, ``the 2024 admissions``, ``England's 2022 deaths``)."""
SENTENCE_AROUND = re.compile(r"[^.!?;\n]*")
YEAR_SHAPED = re.compile(r"(?<![\w.,])(?:19[5-9]\d|20[0-3]\d)(?![\w.,])")


def _year_before_its_noun(text: str, reading: _Reading) -> bool:
    """``Of the 2023 births``, ``the 2024 admissions``, ``2019 deaths were higher than 2018
    deaths``: an ungrouped 1950-2039 (never a round hundred, ``the 2000 patients``) right
    before a plural noun is the noun's year, never a count of it, where a determiner or a
    possessive stands before it or another year-shaped number stands before the same noun in
    the sentence. ``There were 2023 births`` and ``2019 patients were enrolled`` stay counts."""
    if reading.kind != "count" or len(reading.number_spans) != 1:
        return False
    start, end = reading.number_spans[0]
    surface = text[start:end]
    if not YEAR_SHAPED.fullmatch(surface) or surface.endswith("00"):
        return False
    noun = NOUN_AFTER_YEAR.match(text, end)
    if noun is None:
        return False
    if YEAR_NAMING_BEFORE.search(text, max(0, start - 24), start):
        return True
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?;\n") + 1
    sentence_end = SENTENCE_AROUND.match(text, end).end()
    word = noun.group("noun").lower()
    for other in YEAR_SHAPED.finditer(text, sentence_start, sentence_end):
        if other.start() == start:
            continue
        after = NOUN_AFTER_YEAR.match(text, other.end())
        if after and after.group("noun").lower() == word:
            return True
    return False


NOUN_AFTER_YEAR = re.compile(rf"{H}+(?P<noun>[a-z][a-z-]*s)\b")
"""The plural right after a year-shaped number."""


def _is_year(text: str, reading: _Reading) -> bool:
    """A bare four-digit 1500-2099 is a time stamp (``in 2004``, ``ASCO 2025``)."""
    if reading.currency or reading.statistic:
        return False
    if _year_before_its_noun(text, reading):
        return True
    if (
        reading.kind == "count"
        and reading.noun_head in YEAR_LABELLED_NOUNS
        and _modern_year(text, reading)
    ):
        pass  # "WHO's 2030 goals", "the 2019 guidelines": the year names them, it counts none
    elif reading.kind == "count" and reading.noun_head in lexicon.COUNTABLE_NOUNS:
        return False
    if reading.unit is not None and reading.kind != "count":
        return False
    if AMOUNT_BEFORE.search(text, max(0, reading.start - 24), reading.start):
        return False  # "up by an average of 1500": an amount
    return all(filters.YEAR.match(text[start:end]) for start, end in reading.number_spans) and not (
        reading.comparator or reading.approx
    )


MEASURING_KINDS = frozenset(
    {"percent", "duration", "measure", "money", "multiple", "frequency", "proportion"}
)


def _spelled_number_counts(text: str, reading: _Reading) -> bool:
    """Spelled-out numbers count when they measure, are qualified, or count concrete things."""
    if reading.kind in MEASURING_KINDS or reading.low < 0:
        return True  # a signed number measures: "minus ten points"
    if reading.unit == "points" and POINT_CHANGE_AFTER.match(text, reading.number_spans[-1][1]):
        return True  # "a four-point improvement": how far a score moved
    if reading.kind == "rate" and reading.per and reading.per[:1].isdigit():
        return True  # "three nurses per 1,000 people": a rate per a population measures
    if reading.comparator is not None or reading.approx:
        return reading.kind != "number" or reading.low != 1
    if _one_of_a_course(text, reading):
        return True  # "one dose a year", "one tablet twice a day": counted as "two doses" is
    if _dose_count_elided(text, reading):
        return True  # "14 capsules, one a day": how many of them a day, as "1 a day" is
    if reading.has_scale or reading.low >= 100:
        return True
    if _says_a_dozen(text, reading):
        return True  # "a dozen of them", "tested a dozen": a dozen counts as "a hundred" does
    if not float(reading.low).is_integer() and reading.low == reading.high:
        return True  # "two point four five", "three and a half": said to be exact, it measures
    if reading.kind == "number" and SUSPENDED_LIST_HYPHEN.match(text, reading.end):
        return True  # "four-, five- and six-cylinder": takes the unit of the list's last figure
    if (
        reading.kind == "number"
        and len(reading.number_spans) == 1
        and not (  # "waiting for one of the 15 tests": a pronoun, as "one study found" is
            reading.low == 1
            and PREPOSITION_BEFORE_ONE.search(text, max(0, reading.start - 12), reading.start)
        )
        and (
            (whole := PART_OF_A_NUMBERED_WHOLE.match(text, reading.end))
            and (number := NUMBER_AT.match(text, whole.end()))
            and _read_number(number)[0] > reading.low
        )
    ):
        return True  # "three of the four trials": a count of a whole said as a number
    if reading.unit == "times":
        return True  # "repeat this three times": occasions, counted as "3 times" is
    if (
        reading.kind == "number"
        and len(reading.number_spans) == 1
        and counts_before_a_verb(text, *reading.number_spans[0])
    ):
        return True  # "12 had surgery and seven had radiotherapy": a count before its verb
    if (
        reading.kind == "number"
        and reading.low != 1
        and len(reading.number_spans) == 1
        and ELIDED_COUNT_BEFORE.search(text, max(0, reading.start - 100), reading.start)
        and not NOUN_AFTER_ELIDED.match(text, reading.end)
    ):
        return True  # "two authorities were higher and two lower": the noun said once
    if reading.kind in ("count", "rate") and (reading.low != 1 or reading.high != 1):
        # "two to three doses a day", "one to three doses": a range from one counts too
        return not _counts_parts_of_the_text(reading)
    if (
        reading.kind == "number"
        and reading.low != 1
        and len(reading.number_spans) == 1
        and _unit_of_the_next_figure(text, reading.end)
    ):
        return True  # "two and then three tablets": the list's last figure gives the unit
    if reading.role == AFTER and FROM_START_BEFORE.search(
        text, max(0, reading.start - 40), reading.start
    ):
        return True  # "cut from two to one tablet": the end of a change, never a determiner
    if (
        reading.kind == "number"
        and reading.low == 0
        and reading.high == 0
        and text[reading.start : reading.start + 4].lower() == "zero"
        and ZERO_FIELD_VALUE.search(text, max(0, reading.start - 48), reading.start)
    ):
        return True  # "Falls: zero": the value a label's colon reports (see _zero_as_none)
    if (
        reading.kind in ("number", "count")
        and reading.low == 0
        and reading.high == 0
        and _zero_target(text, reading.start)
    ):
        return True  # "the Welsh target for such waits is zero": the amount a target sets
    # "deaths went from twelve to three": each end of a change is a figure
    return reading.kind == "number" and reading.role is not None and reading.low != 1


ZERO_TARGET = re.compile(
    rf"\b(?i:targets?|goals?|aims?|ambitions?|standards?)\b[^.;:!?\d\n]{{0,40}}?"
    rf"(?i:is|was|are|were|of|be|remains?){H}+(?i:set{H}+at{H}+)?\Z"
)
"""A target said to be zero (``the Welsh target for such waits is zero``, ``a target of
zero``, ``the goal remains zero``): the amount it sets, a figure (s57x; a threshold stated as
an amount, the annotation guide's), where a bare ``zero`` is as often a manner of speaking."""


def _zero_target(text: str, start: int) -> bool:
    """Whether the ``zero`` at ``start`` is the amount a target sets (:data:`ZERO_TARGET`)."""
    return text[start : start + 4].lower() == "zero" and bool(
        ZERO_TARGET.search(text, max(0, start - 60), start)
    )


DOZEN_SAID = re.compile(r"(?i:dozen)\b")


def _says_a_dozen(text: str, reading: _Reading) -> bool:
    """``a dozen``, ``two dozen``, ``half a dozen`` with no noun after them (``a dozen of
    them``, ``we have tested a dozen``, ``Two dozen were admitted``): a dozen is 12, said as a
    count the way ``a hundred`` is, so it is a figure with or without the noun it counts;
    ``twelve`` alone stays a word, as every small number word without its noun does.
    ``dozens of`` is the order of magnitude [12, 120) read elsewhere."""
    first_start, first_end = reading.number_spans[0]
    return bool(DOZEN_SAID.search(text, first_start, first_end))


ONE_DEFINED_AS = re.compile(
    rf"(?:{H}+of{H}+[\w'’-]+(?:{H}+[\w'’-]+)?)?{H}+(?i:is|equals|contains|weighs|means|=)"
    rf"(?:{H}+(?i:about|around|roughly|approximately|just|equal{H}+to))?{H}*"
    rf"(?:[£$€]|\d[\d.,]*{H}*(?!{H}*(?:%|(?i:per{H}?cent)))[A-Za-zµμ])"
)
"""``One portion is 80g``, ``One unit of alcohol is 8 g``, ``one serving equals 150 ml``:
the ``one`` names the unit a measure defines, no count (``One dose is about 93% effective``
counts)."""
ANY_ONE_BEFORE = re.compile(
    r"(?<![\w-])(?i:no|any|every|each|which|the other|this|that)[ \t\u00a0]+\Z"
)
"""``no one dose``, ``any one dose``, ``every one``: a ``one`` that picks no count."""


def _one_of_a_course(text: str, reading: _Reading) -> bool:
    """A spelled ``one`` counting what a course of care or an intake is given in (a dose,
    tablet, visit, session, drink: :data:`lexicon.ONE_COUNTED_NOUNS`), as ``two doses``
    counts: ``one dose is about 93% effective``, ``after that, one dose a year``. ``one of
    the``, ``one day``, ``no one``, ``one-off`` and ``one study found`` stay words."""
    if reading.kind not in ("count", "rate") or reading.low != 1 or reading.high != 1:
        return False
    start, end = reading.number_spans[0]
    if len(reading.number_spans) != 1 or text[start:end].lower() != "one":
        return False
    if text[end : end + 1] == "-" or ANY_ONE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if reading.end <= end or any(char.isdigit() for char in text[end : reading.end]):
        return False  # "one 20 mg tablet a day": the dose is the figure, "one" its form
    if ONE_DEFINED_AS.match(text, reading.end):
        return False  # "One portion is 80g", "One unit of alcohol is 8 g": a definition
    if ONE_OCCASION_BEFORE.search(text, max(0, start - 10), start):
        return False  # "3 vaccines at one visit": the same visit, not a count of visits
    head = (reading.unit or "").lower().split("/")[0].split()
    return bool(head) and head[-1] in lexicon.ONE_COUNTED_NOUNS


ONE_OCCASION_BEFORE = re.compile(rf"\b(?i:at|in|during){H}+\Z")
"""``at one visit``, ``in one session``: one occasion said as the same one (s58x)."""


DOSE_FORMS_BEFORE = re.compile(
    r"\b(?i:tablets|capsules|pills|caplets|sachets|lozenges|doses|injections|puffs|drops"
    r"|patches|pessaries|suppositories|sprays|gummies|chews)\b[^.;!?\n()]{0,30}\Z"
)
"""Dose forms counted in the plural before a spelled count of them a period (``23 tablets,
one a day``)."""


def _dose_count_elided(text: str, reading: _Reading) -> bool:
    """``a pack of 14 capsules, one a day``, ``20 tablets, two a day``: a spelled count per a
    period with its noun left out after the dose form it counts (:data:`DOSE_FORMS_BEFORE`)
    says how many are taken a period, as ``1 a day`` written in digits is read; alone (``one
    a day keeps …``) or after anything else it stays words."""
    if reading.unit is not None or reading.per is None or reading.low != reading.high:
        return False
    if not 1 <= reading.low <= 10 or len(reading.number_spans) != 1:
        return False
    start = reading.number_spans[0][0]
    return DOSE_FORMS_BEFORE.search(text, max(0, start - 60), start) is not None


FROM_START_BEFORE = re.compile(rf"(?i:\bfrom){H}+[\w.,-]+{H}+(?i:to){H}+\Z")
"""``from two to`` right before a figure: it ends a change whose start is one number, so a
``one`` there counts (``from two to one tablet``), unlike a lone ``one`` (``from one clinic to
another``)."""


def _unit_of_the_next_figure(text: str, end: int) -> bool:
    """Whether a list separator (:data:`LIST_SEPARATOR`) and a number with a unit or a plural
    counted noun follow ``end``: ``two and three minutes``, ``four, then six tablets``."""
    separator = LIST_SEPARATOR.match(text, end)
    partner = separator and NUMBER_AT.match(text, separator.end())
    if not partner:
        return False
    after = partner.end()
    if (
        units.PERCENT.match(text, after)
        or units.TIME.match(text, after)
        or _measure_at(text, after)
    ):
        return True
    noun = NOUN_WORD.match(text, after)
    return bool(noun) and _is_plural(noun.group("word")) and not _is_verb(text, noun)


PREPOSITION_BEFORE_ONE = re.compile(rf"\b(?i:for|to|in|on|at|from|with|by|into|about|than){H}+\Z")
"""A preposition before ``one of the``: any one of them, a pronoun (``One of the two doses
was late`` still counts a dose)."""
ELIDED_COUNT_BEFORE = re.compile(
    rf"\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,3}}){H}+"
    rf"(?:[a-z]{{3,}}s|(?i:people|children|men|women|staff|mice|feet|teeth))\b"
    rf"(?:[^.;:!?\n\u2029\d]|(?<![\d.,])(?:19|20)\d\d(?![\d.,%])){{1,60}}?"
    rf"{H}(?i:and|but|while|whereas|with|against|versus|vs|compared{H}+with){H}+\Z"
)
"""A count of a plural noun earlier in the clause and ``and`` before a bare spelled number:
the noun is left out of the second (``Two authorities were higher and two lower``, issue
11), and the spelled count takes it, as the digit count's sibling (``14 people on the drug
and six on placebo``, ``3 boys and two girls``' kin ``17 deaths in 2021 and eleven in 2022``:
an irregular plural and a year between count too, session 59)."""
NOUN_AFTER_ELIDED = re.compile(rf"{H}+(?:of\b|[a-z]+s\b(?<!ss\b)(?<!ly))")
"""A word after the second number that is a plural noun or ``of``: a count of its own."""


PART_OF_A_NUMBERED_WHOLE = re.compile(
    rf"{H}+of{H}+(?i:the|these|those|its|their|our|all){H}+(?=\d|[A-Za-z])"
)
"""``of the`` between a spelled part and a whole written as a number: ``three of the four
trials``, ``two of the 12 sites``. The part counts the whole's things, as ``58 of the 100
men`` keeps its 58; the whole is read as its own count."""


def _counts_parts_of_the_text(reading: _Reading) -> bool:
    """``two main challenges``, ``four points of understanding``: a spelled-out count whose
    noun is an abstraction (a way, point, reason, type …) or whose words announce a list
    (main, key, major …) numbers the text's own parts rather than things in the world."""
    phrase = reading.unit.lower().split("/")[0].split()
    return phrase[-1] in lexicon.STRUCTURAL_NOUNS or any(
        word in lexicon.ENUMERATING_WORDS for word in phrase
    )


def _within_a_range(reading: _Reading) -> bool:
    """``within 2 to 3 days``, ``within 1–2 weeks``: the time it takes, a range, not at most
    its far end (``within 3 days`` alone stays a bound)."""
    return (
        (reading.comparator or "").lower() == "within"
        and reading.low is not None
        and reading.high is not None
        and reading.low < reading.high
    )


def _to_quantity(text: str, reading: _Reading) -> Quantity:
    low: float | None = reading.low
    high: float | None = reading.high
    low_inclusive, high_inclusive = True, reading.high_inclusive
    if reading.side == "low":
        high, low_inclusive = None, reading.inclusive
    elif reading.side == "high" and not _within_a_range(reading):
        low, high_inclusive = None, reading.inclusive
    if reading.open_high:
        high = None
    kind = "statistic" if reading.statistic and reading.kind == "number" else reading.kind
    unit = reading.unit
    if unit == "fortnight":  # "for a fortnight", "two fortnights": said in weeks, as claims are
        low, high, unit = _times(low, 2), _times(high, 2), "week"
    elif unit == "decade":  # "in two decades", "over three decades": years, as claims are
        low, high, unit = _times(low, 10), _times(high, 10), "year"
    return Quantity(
        text=text[reading.start : reading.end],
        start=reading.start,
        end=reading.end,
        low=low,
        high=high,
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
        approx=reading.approx or bool(OR_SO_AFTER.match(text, reading.end)),
        unit=unit,
        kind=kind,
        comparator=reading.comparator,
        statistic=reading.statistic if kind == "statistic" else None,
        per=reading.per or ("day" if kind == "measure" and units.is_per_day(unit) else None),
        role=reading.role,
        spread=reading.spread,
    )


OR_SO_AFTER = re.compile(rf",?{H}+or{H}+(?:so|thereabouts)\b", re.IGNORECASE)
"""``two million or so``, ``ten days or thereabouts``: a hedge after the figure makes it
approximate, as ``about`` before it does."""


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor


BLOOD_PRESSURE = StartScanned(
    re.compile(
        rf"(?<![\w./,-])(?P<systolic>\d{{2,3}})(?:{H}*[-–]{H}*(?P<systolic_high>\d{{2,3}}))?"
        rf"(?:{H}?/{H}?|{H}+(?P<over>over){H}+)"
        rf"(?P<diastolic>\d{{2,3}})(?:{H}*[-–]{H}*(?P<diastolic_high>\d{{2,3}})(?!{H}?/))?"
        rf"(?![\d/]|[.,]\d)"
        rf"(?P<unit>{H}*(?:{units.PRESSURE_UNITS[0].format(H=H)}))?"
    )
)
"""A reading (``140/90``, ``150 over 95``) or a band of readings (``130-139/80-89 mmHg``, the
ACC/AHA 2017 stage 1), its pressure unit after it."""
PRESSURE_CHAIN_AFTER = re.compile(
    rf"(?:(?:{H}*,{H}*(?:(?:and|or){H}+)?|{H}+(?:and|or|to){H}+|{H}*[-–]{H}*)"
    rf"\d{{2,3}}{H}?/{H}?\d{{2,3}})+"
    rf"{H}*(?:{units.PRESSURE_UNITS[0].format(H=H)})",
    re.IGNORECASE,
)
"""Later readings of a list, a change or a range, the last with the unit said once for all
(``150/95, 148/92 and 152/96 mmHg``, ``from 162/98 to 138/84 mmHg``, ``120/80 to 129/84
mmHg``): each reading before is in that unit."""


def _table_block_start(text: str, position: int) -> int:
    """Where the block of ``position`` starts: its line, or, in a table (:func:`_table_row`,
    and the blanked rule under the header), the table's first line, whose header may name
    the column (``| Visit | BP |``)."""
    start = text.rfind("\n", 0, position) + 1
    if not _table_row(text[start:position]):
        return start
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous : start - 1]
        if not (_table_row(line) or (line and not line.strip())):
            break
        start = previous
    return start


def _table_row(line: str) -> bool:
    """A line of a table: a ``|`` or two cell boundaries (a list item opens with one)."""
    return "|" in line or line.count("\u2029") >= 2


OTHER_UNIT_AFTER = re.compile(rf"{H}*(?:dB|Hz|%|per\b|mg|mL|ml|kg|cm|mm(?!{H}*Hg)|beds?\b)")
"""A unit after a pair that makes it no pressure (``80/60 dB``, ``20/10 mg``)."""
MAX_DATE_PART = 31  # the largest day or month a numeric date (``9/11``, ``12/25``) holds
BLOOD_PRESSURE_CUE = re.compile(
    r"\b(?:blood\s+pressures?|BP|systolic|diastolic|hypertensi\w*|hypotensi\w*)\b",
    re.IGNORECASE,
)


def _blood_pressures(
    text: str, blocked: list[tuple[int, int]], blocked_ends: list[int]
) -> list[Quantity]:
    """``140/90 mmHg``, ``a blood pressure below 130/80``: one reading of two figures, the
    systolic over the diastolic pressure, never a fraction or a date. Each is its own figure
    (role ``systolic`` and ``diastolic``), in mmHg when the unit is written; a comparator or an
    approximation on either side bounds both (``140/90 mmHg or higher``: at least 140 and at
    least 90). Read when the unit follows, or when blood pressure, BP, systolic, diastolic or
    hypertension is named in the 60 characters before; the systolic must lie in 60-300, the
    diastolic in 30-200 and below it (``20/20 vision`` is no pressure). Said aloud, ``140
    over 90`` is the same reading, with the same cue (``over 90`` alone is a bound)."""
    readings: list[Quantity] = []
    for found in BLOOD_PRESSURE.finditer(text):
        systolic, diastolic = int(found.group("systolic")), int(found.group("diastolic"))
        if not (60 <= systolic <= 300 and 30 <= diastolic <= 200 and diastolic < systolic):
            continue
        highs = (found.group("systolic_high"), found.group("diastolic_high"))
        if (highs[0] is None) != (highs[1] is None):
            continue  # a band says both ends of both pressures, or it is no reading
        if highs[0] and not (systolic < int(highs[0]) and diastolic < int(highs[1])):
            continue
        chained = found.group("unit") is None and PRESSURE_CHAIN_AFTER.match(text, found.end())
        unit_said = bool(found.group("unit") or chained)
        block_start = _table_block_start(text, found.start())
        if (
            not unit_said
            and not BLOOD_PRESSURE_CUE.search(
                text, max(block_start, found.start() - 60), found.start()
            )
            and not pressure_said_after(text, found.end(), systolic, diastolic)
        ):
            continue  # (the cue in its own block: a heading's "BP" is no cue below it)
        if not unit_said and OTHER_UNIT_AFTER.match(text, found.end()):
            continue  # "80/60 dB": a pair in another unit
        if (
            not unit_said
            and systolic <= MAX_DATE_PART  # "BP 90/60" is no date: no day or month is 90
            and _overlaps(blocked, blocked_ends, *found.span())
        ):
            continue
        start, end = found.start(), found.end()
        side, inclusive, comparator, approx = None, True, None, False
        if before := lexicon.COMPARATOR_BEFORE.search(text, max(0, start - 40), start):
            side, inclusive = lexicon.comparator_reading(before)
            comparator, start = lexicon.comparator_words(before), before.start()
        if before := lexicon.APPROX_BEFORE.search(text, max(0, start - 40), start):
            approx, start = True, before.start()
        if side is None and (after := lexicon.COMPARATOR_AFTER.match(text, end)):
            side, inclusive = ("low" if after.group("low") else "high"), True
            comparator, end = after.group().strip(), after.end()
        unit = "mmHg" if unit_said else None
        systolic_end = found.end("systolic_high") if highs[0] else found.end("systolic")
        spans = ((start, systolic_end), (found.start("diastolic"), end))
        tops = (float(highs[0] or systolic), float(highs[1] or diastolic))
        for role, (span_start, span_end), value, top in zip(
            ("systolic", "diastolic"), spans, (systolic, diastolic), tops, strict=True
        ):
            low = None if side == "high" else float(value)
            high = None if side == "low" else top
            readings.append(
                Quantity(
                    text=text[span_start:span_end],
                    start=span_start,
                    end=span_end,
                    low=low,
                    high=high,
                    low_inclusive=inclusive if side == "low" else True,
                    high_inclusive=inclusive if side == "high" else True,
                    approx=approx,
                    unit=unit,
                    kind="measure",
                    comparator=comparator,
                    role=role,
                )
            )
    return readings


SCORE_OUT_OF = StartScanned(
    re.compile(
        rf"(?<![\w./,-])(?P<score>\d{{1,3}}(?:\.\d)?){H}?/{H}?(?P<top>\d{{1,3}})"
        rf"(?![\d/]|[.,]\d|{H}?(?:[kK]|M)(?![\w]))"  # "4.5/100k": a rate per 100,000
        rf"(?![ \u00a0\u202f\u2009]\d{{3}}(?!\d))"  # "8.5/100 000": per 100,000, grouped by spaces
    )
)
SCORE_CUE = re.compile(
    r"\b(?:scor(?:e|es|ed|ing)|rat(?:ed|ing|ings)|MMSE|MoCA|GCS|Glasgow|Apgar|APGAR|NRS|VAS"
    r"|pain|AMTS|ACE|EPDS|PHQ|GAD|CAT|FRAX|NIHSS|ASIA|Oxford|marks?|points?)\b",
    re.IGNORECASE,
)
SCORE_REACH = 40
SCORE_PARALLEL_REACH = 60  # characters from a score read to another over the same top
SENTENCE_BREAK = re.compile(r"\n|[.!?;](?:\s|\Z)")


def _scores_out_of(text: str, found: list[Quantity]) -> list[Quantity]:
    """``MMSE 24/30``, ``an Apgar score of 9/10``, ``pain fell from 7/10 to 3/10``: a score
    over the scale's top is the score, a figure of its own (the top names the scale), never a
    date or a fraction. Read when a score word or the name of a scale (score, rated, MMSE,
    MoCA, GCS, Apgar, pain, NRS, VAS …) stands in the 40 characters before, the score is at
    most the top and the top is 3 to 100; a comparator or an approximation before it bounds
    it, and so does one after it (``rated their care 7/10 or higher``: 7 and up), and at the
    ends of a change it takes the change's role."""
    taken = [(q.start, q.end) for q in found]
    readings: list[Quantity] = []
    for match in SCORE_OUT_OF.finditer(text):
        score, top = float(match.group("score")), int(match.group("top"))
        if not (3 <= top <= 100 and score <= top):
            continue
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if _names_people_after(text, match.end()):
            continue  # "pain eased in 45/60 patients (75%)": n of N people, no score
        window_start = max(0, match.start() - SCORE_REACH)
        window = text[window_start : match.start()]
        if breaks := list(CLAUSE_START.finditer(window)):
            window = window[breaks[-1].end() :]
        parallel = any(
            r.text.endswith(f"/{top}")
            and 0 <= match.start() - r.end <= SCORE_PARALLEL_REACH
            and not SENTENCE_BREAK.search(text, r.end, match.start())
            for r in readings
        )  # "7/10 on arrival and 3/10 after morphine": the same scale again, a score too
        if (
            not parallel
            and not SCORE_CUE.search(window)
            and ("." not in match.group("score") or _measure_at(text, match.end()))
        ):
            continue  # a score with decimals ("4.5/5") is no date or everyday fraction
        start = match.start()
        side, inclusive, comparator, approx, role = None, True, None, False, None
        if before := lexicon.COMPARATOR_BEFORE.search(text, max(0, start - 40), start):
            side, inclusive = lexicon.comparator_reading(before)
            comparator, start = lexicon.comparator_words(before), before.start()
        elif before := lexicon.APPROX_BEFORE.search(text, max(0, start - 40), start):
            approx, start = True, before.start()
        end = match.end()
        if side is None and (after := lexicon.COMPARATOR_AFTER.match(text, end)):
            # "rated their care 7/10 or higher": the score and up, as "7 or more" is
            side, inclusive = ("low" if after.group("low") else "high"), True
            comparator, end = after.group().strip(), after.end()
        if FROM_BEFORE.search(text, max(0, start - 8), start) and _change_word_before(text, start):
            role = BEFORE
        elif TO_BEFORE.search(text, max(0, start - 6), start) and _change_word_before(text, start):
            role = AFTER
        readings.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                low=None if side == "high" else score,
                high=None if side == "low" else score,
                low_inclusive=inclusive if side == "low" else True,
                high_inclusive=inclusive if side == "high" else True,
                approx=approx,
                unit=None,
                kind="number",
                comparator=comparator,
                role=role,
            )
        )
    return readings


_WEEKS_PLUS_DAYS = r"(?P<{w}>\d{{1,2}})\+(?P<{d}>[0-6])(?![\d+])"
GESTATION = StartScanned(
    re.compile(
        rf"(?<![\w.+/-]){_WEEKS_PLUS_DAYS.format(w='weeks', d='days')}"
        rf"(?:{H}*(?P<sep>[-–]|to|and){H}*{_WEEKS_PLUS_DAYS.format(w='weeks2', d='days2')})?"
        rf"(?P<unit>{H}*(?:weeks?|wks?|w)\b)?",
        re.IGNORECASE,
    )
)
GESTATION_CUE = re.compile(
    r"\b(?:gestation\w*|pregnan\w*|born|birth|deliver\w*|induc\w*|obstetric\w*)\b", re.I
)


def _gestational_ages(text: str, found: list[Quantity]) -> list[Quantity]:
    """``34+2 weeks``, ``between 18+0 and 20+6 weeks``: the obstetric notation of weeks and days
    of pregnancy (34+2 is 34 weeks and 2 days) is one duration in weeks (34.29), never a count
    of 34 and a duration of 2 weeks. Read when a unit of weeks follows or a word of pregnancy
    or birth stands in the clause; ``and`` joins two ends only after ``between``."""
    taken = [(q.start, q.end) for q in found]
    readings: list[Quantity] = []
    for match in GESTATION.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        window = text[max(0, match.start() - 60) : min(len(text), match.end() + 40)]
        if not match.group("unit") and not GESTATION_CUE.search(window):
            continue
        start, end = match.start(), match.end()
        low = int(match.group("weeks")) + int(match.group("days")) / 7
        high = low
        if match.group("weeks2"):
            high = int(match.group("weeks2")) + int(match.group("days2")) / 7
            between = re.search(rf"\bbetween{H}+\Z", text[max(0, start - 10) : start], re.I)
            if match.group("sep").lower() == "and" and not between:
                continue
            if between:
                start -= len(between.group())
        if high < low:
            continue
        side, inclusive, comparator = None, True, None
        if low == high and (
            before := lexicon.COMPARATOR_BEFORE.search(text, max(0, start - 40), start)
        ):
            side, inclusive = lexicon.comparator_reading(before)
            comparator, start = lexicon.comparator_words(before), before.start()
        readings.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                low=None if side == "high" else low,
                high=None if side == "low" else high,
                low_inclusive=inclusive if side == "low" else True,
                high_inclusive=inclusive if side == "high" else True,
                approx=False,
                unit="week",
                kind="duration",
                comparator=comparator,
            )
        )
    return readings


STANDALONE_INTERVAL = re.compile(lexicon.CI_HEAD + _BOUNDS)
"""``95% CI 1.2–3.4`` with no figure before it to belong to."""


def _interval_heads(text: str) -> Iterator[re.Match[str]]:
    """``lexicon.CONFIDENCE_INTERVAL.finditer(text)``, matched only where
    :data:`lexicon.CI_START` finds a candidate (the same matches, at a fraction of the cost)."""
    position = 0
    while candidate := lexicon.CI_START.search(text, position):
        head = lexicon.CONFIDENCE_INTERVAL.match(text, candidate.start())
        if head is None:
            position = candidate.start() + 1
            continue
        yield head
        position = head.end()


def _confidence_intervals(text: str) -> list[Quantity]:
    """``95% CI 1.2–3.4``: one quantity, the interval, with its level inside the span."""
    found: list[Quantity] = []
    for head in _interval_heads(text):
        interval = STANDALONE_INTERVAL.match(text, head.start())
        if not interval:
            continue
        low, high = _signed(interval.group("low")), _signed(interval.group("high"))
        bounds = sorted((low, high)) if high is not None else [low, None]
        found.append(
            Quantity(
                text=text[head.start() : interval.end()],
                start=head.start(),
                end=interval.end(),
                low=bounds[0],  # an interval written high to low is the same interval
                high=bounds[1],
                kind="statistic",
                statistic="CI",
            )
        )
    return found
