"""A bare number that a sentence sets beside an earlier figure takes that figure's unit.

Writers say a unit once and leave it out of the figures that follow in parallel: "22.3 deaths
per 100,000 live births in 2021 and 32.9 in 2022", "43.2 events per 1,000 patient-years with
the drug and 61.2 with placebo", "a hazard ratio of 0.61 for A and 0.72 for B", "5.2 kg on the
drug against 1.1 on placebo", "$4,000 in 2019 and 5,500 in 2023", "… 223 deaths per 100,000
live births; by 2020 it was 339". Read alone, the second number is a bare number that matches
no claim in that unit, so a wrong one passes unseen and a right one is unsupported.

The rule (an ellipsis of the unit, as in the grammar of coordination): a bare number (no unit,
rate, statistic or counted noun of its own) takes the unit, rate and statistic of the nearest
figure before it in the same sentence that has one (a multiple, ``2.6 times``, and a P value
are passed over: they compare or test, they do not measure) when

- the words between them set the two side by side: a conjunction or contrast (``and``,
  ``but``, ``while``, ``whereas``, ``versus``, ``against``, ``compared with``, ``than``), a
  semicolon, ``it was``, a change (``dropped to``), a bracket holding the number alone
  (``the rate for men (26.6)``), a comma followed by an owner (``trial B's``) across at
  most five words (``DAPA-CKD's 0.61, EMPA-KIDNEY's 0.72``), or a comma closing a phrase the
  number then repeats with the same preposition (``10.1 years in Black women, 6.5 in white
  women``); years may stand between them
  (``in 2021 and``), and age groups (``for men aged 19 to 50, and``), no other number may;
- the earlier figure is a measure, not the time a figure is given at: a duration after
  ``at``, ``after``, ``within``, ``over`` … (``at 10 years was 0.76``) lends no unit;
- and nothing after the number names what it counts: it ends its clause (``.``, ``,``,
  ``;``, ``)``) or a preposition or conjunction follows (``with placebo``, ``in 2022``,
  ``for women``). ``… and 30 clinics`` counts clinics, and ``… and 30 had`` is a count the
  sentence does not say the unit of: both stay as they are.

A bare number set against the figure right after it, with nothing but a comparison word
between (``versus``, ``vs``, ``against``, ``compared with``), takes that figure's unit: the
unit said once, at the end ("137 versus 58 per 100,000", "14 vs 18 months").

A measurement with its unit but no period takes the period of the figure before it in the
same unit on the same terms: "38 g a day for men …, and 25 g for women" is 25 g a day, "2.2
mSv a year, compared with about 3 mSv in the US" about 3 mSv a year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

SIDE_BY_SIDE = re.compile(
    r"\b(?:and|but|while|whereas|versus|vs|against|compared|than|or|it was|it is|from"
    r"|followed by|ahead of|behind|then|next)\b|;|"
    r"\b(?:rose|rise|rising|fell|fall|falling|dropped|dropping|declined|declining|increased|"
    r"decreased|climbed|grew|reached|reaching|went (?:up|down)|up|down)(?: again)? to\b",
    re.IGNORECASE,
)
"""Words or marks between two figures that set them side by side."""
BESIDE = re.compile(r"[,(]")
"""A comma or bracket sets two figures side by side only across a few words
(``DAPA-CKD's 0.61, EMPA-KIDNEY's 0.72``, ``the rate for men (26.6)``)."""
BESIDE_WORDS = 5
PARALLEL = re.compile(r"\s+(in|among|for|with|on)\s[^,;]*,\s*\Z", re.IGNORECASE)
"""A phrase after the earlier figure that the later number repeats with the same preposition
(``10.1 years in Black women, 6.5 in white women``): the list carries the unit."""
TIME_FRAME = re.compile(
    r"\b(?:at|after|by|within|over|for|in|during|until|through|to|before)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Words before a duration that make it the time a figure is given at (``at 10 years``), a
frame, not a measure whose unit a later figure leaves out."""
YEAR = re.compile(r"\b(?:1[89]|20)\d\d(?:\s?[-–/]\s?(?:1[89]|20)?\d\d)?\b")
AGE_GROUP = re.compile(
    r"\b(?:aged|ages?|over|under|older\s+than|younger\s+than)\s+\d{1,3}"
    r"(?:\s*(?:to|-|–)\s*\d{1,3})?(?:\s+(?:and|or)\s+(?:over|older|under|younger))?\b",
    re.IGNORECASE,
)
"""An age group between two figures names whom the figure is about and measures nothing
(``38 g a day for men aged 19 to 50, and 25 g for women``): no other number."""
GAP_LIMIT = 80  # characters between the two figures: further apart, the unit is not carried
CLAUSE_END = re.compile(
    r"\s*(?:$|[.,;:)\]]|(?:with|in|for|among|on|at|by|and|or|after|before|"
    r"under|from|versus|vs|against|respectively|than|while|whereas|but|"
    r"across|during|within|to|compared|among|thereafter|afterwards|later|overall|"
    # a participle or "who" naming the group, as a preposition does: "9 children given the
    # vaccine and four given placebo", "… and four taking the dummy pill" (session 59)
    r"given|taking|receiving|treated|allocated|assigned|randomi[sz]ed|who)\b"
    r"|\((?=[^\W\d_])[^()\d]{1,30}\))",
    re.IGNORECASE,
)
"""What may follow a number whose unit was left out: the end of its clause, a preposition, a
participle or ``who`` naming its group (``and four given placebo``), a word of when (``but
1.2 thereafter``) or a bracket naming what it is about in words (``0.62
(death) and 0.70 (MI)``)."""


def with_elided_units(quantities: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """``quantities`` (one sentence's, in order, offsets into ``text``) with each bare
    number that stands beside an earlier figure given that figure's unit, rate and
    statistic (see the module's rule); every other quantity unchanged."""
    if len(quantities) < 2 or not any(_bare(q) or _unperiodic(q) for q in quantities):
        return quantities
    read = list(quantities)
    for index in range(1, len(read)):
        quantity = read[index]
        if _unperiodic(quantity):
            _period_from_before(read, index, text)
            continue
        if not _bare(quantity):
            continue
        source = _measured_before(read, index, text)
        if source is None or not _side_by_side(read, source, index, text):
            continue
        if not CLAUSE_END.match(text, quantity.end):
            continue
        read[index] = _with_unit_of(quantity, read[source])
    for index in range(len(read) - 1):
        # "at 137 versus 58 per 100,000", "14 vs 18 months": a bare number set against the
        # figure right after it takes that figure's unit (the unit said once, at the end)
        if (
            _bare(read[index])
            and _measured(read[index + 1])
            and VERSUS_NEXT.fullmatch(text, read[index].end, read[index + 1].start)
        ):
            read[index] = _with_unit_of(read[index], read[index + 1])
    return tuple(read)


VERSUS_NEXT = re.compile(
    r"\s*(?:versus|vs\.?|v\.|against|as\s+against|compared\s+(?:with|to))\s+", re.IGNORECASE
)
"""Nothing but a comparison word between a bare number and the figure after it."""


def _with_unit_of(quantity: Quantity, source: Quantity) -> Quantity:
    """``quantity`` with the unit, kind, rate and statistic of ``source``."""
    return replace(
        quantity,
        unit=source.unit,
        kind=source.kind,
        per=source.per,
        statistic=source.statistic,
    )


def _unperiodic(quantity: Quantity) -> bool:
    """A measurement with a unit and no period of its own (``25 g``, ``about 3 mSv``)."""
    return quantity.kind == "measure" and quantity.unit is not None and quantity.per is None


def _period_from_before(read: list[Quantity], index: int, text: str) -> None:
    """The period of the figure before, in the same unit, set side by side with this one:
    "38 g a day for men …, and 25 g for women", "2.2 mSv a year, compared with about 3 mSv
    in the US" (the period is left out as the unit is in :func:`with_elided_units`)."""
    quantity = read[index]
    source = _measured_before(read, index, text)
    if source is None:
        return
    earlier = read[source]
    if earlier.per is None or earlier.unit != quantity.unit or earlier.kind != quantity.kind:
        return
    if _side_by_side(read, source, index, text) and CLAUSE_END.match(text, quantity.end):
        read[index] = replace(quantity, per=earlier.per)


def _bare(quantity: Quantity) -> bool:
    return quantity.unmeasured


PASSED_OVER = ("multiple",)  # kinds that compare or test and measure nothing
PASSED_OVER_STATISTICS = ("P", "CI")


def _passed_over(quantity: Quantity) -> bool:
    return (
        quantity.kind in PASSED_OVER
        or quantity.statistic in PASSED_OVER_STATISTICS
        or _share_in_words(quantity)
    )


def _share_in_words(quantity: Quantity) -> bool:
    """A share said in words (``halved``, ``by half``, ``a quarter of``): it sizes a change or
    a part, as a multiple does, and lends its ``proportion`` to no count after it (``deaths
    halved from 1,200 to 600`` are two counts)."""
    return quantity.unit == "proportion" and not any(c.isdigit() for c in quantity.text)


def _measured(quantity: Quantity) -> bool:
    measured = quantity.unit is not None or quantity.per is not None or quantity.statistic
    return bool(measured) and quantity.kind != "frequency" and not _passed_over(quantity)


ARM_DOSE_BEFORE = re.compile(
    r"\b(?:on|with|given|taking|receiving|to)\s+(?:(?:the|a|an)\s+)?(?:[^\W\d_][\w-]*\s+){0,3}\Z",
    re.IGNORECASE,
)
"""Words before a dose that make it the name of a trial's arm (``0.18 on fingolimod 0.5 mg``,
``with drug X 10 mg``): it names whom the figure before it is about and lends no unit to a
number after it (``… and 0.16 on 1.25 mg``)."""
DOSE_UNITS = frozenset({"mg", "µg", "mcg", "g", "mg/kg", "µg/kg", "mcg/kg", "ml", "mL", "IU"})


def _arm_dose(quantity: Quantity, text: str) -> bool:
    return quantity.unit in DOSE_UNITS and bool(
        ARM_DOSE_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
    )


def _measured_before(read: list[Quantity], index: int, text: str) -> int | None:
    """The nearest figure before ``index`` with a unit of its own, passing over multiples
    and the doses that name an arm (:func:`_arm_dose`); None when that figure is a time
    frame (``at 10 years``)."""
    for before in range(index - 1, -1, -1):
        if _arm_dose(read[before], text):
            continue
        if _measured(read[before]):
            frame = read[before].kind == "duration" and _time_frame(read[before], text)
            return None if frame else before
        if not _passed_over(read[before]):
            return None  # a bare number stands between: it would carry the unit, not this
    return None


def _time_frame(duration: Quantity, text: str) -> bool:
    """Whether a preposition of time comes before the duration's number, outside its text
    (``at 10 years``) or inside it (``Within 6 months`` is read with its comparator)."""
    digit = next((i for i, c in enumerate(duration.text) if c.isdigit()), 0)
    number = duration.start + digit
    return TIME_FRAME.search(text, max(0, duration.start - 20), number) is not None


GENERIC_WORDS = frozenset(
    """the a an it its was is were are be been being about around roughly nearly approximately
    almost only just then again still also later now at of by with in for on among to level
    levels rate rates value values figure figures reading readings result results score
    scores one have has had show shows showed men women boys girls children adults patients
    people""".split()
)
"""Words that may stand between the connective and the later number without naming what it
measures (``and it was about 2.6``, ``and later levels of 4.1``, ``while girls have a rate
of 15.0``: a group and its verb say whose figure it is, not another measure)."""
WORD = re.compile(r"[^\W\d_][\w'’/-]*")
LED_BY_PREPOSITION = re.compile(
    r"\s*,\s*(?:and\s+)?(?:for|of|in|among|with|on|at)\s+[^\W\d_][^,;:.()\d]{0,40}?\s*"
)
"""A comma and a phrase opened by a preposition before a statistic's second value (``…, for
obesity 1.6``): what the same statistic is given for."""
PARALLEL_LEADS = frozenset({"for", "of", "in", "among", "with", "on", "at"})
"""Prepositions that open the words before the later number: they say what or whom the same
measure is given for (``The HR for death was 0.83 and for hospitalisation 0.71``, ``the
relative risk of stroke was 0.78, and of heart attack 0.85``), not a measure of their own."""


def _names_a_new_measure(gap: str) -> bool:
    """Whether the words after the gap's last connective name another measure, written before
    the number as lab reports and criteria write one (``sodium 128 mmol/L and albumin 28``,
    ``troponin under 14 ng/L and eGFR >=60``, ``platelets above 50 and INR <1.5``): the later
    number is that measure's, in a unit the sentence does not give, so it takes none (a
    count's noun is shared all the same: ``21,300 cases …, and RSV 14,750``). An
    owner (``trial B's 0.81``) names whose figure it is, not another measure, and a name
    followed by ``in`` (``… per 100,000 male births, and haemophilia B in 5.0``) is a second
    group the same measure is given for."""
    ends = [found.end() for found in SIDE_BY_SIDE.finditer(gap)]
    tail = gap[ends[-1] :] if ends else gap
    words = WORD.findall(tail)
    if words and words[-1].lower() in ("in", "among", "for", "with", "on", "at", "to"):
        return False  # "haemophilia A in 24.6 per 100,000 …, and haemophilia B in 5.0": parallel
    if words and words[0].lower() in PARALLEL_LEADS:
        return False  # "The HR for death was 0.83 and for hospitalisation 0.71": what it is of
    return any(
        word.lower() not in GENERIC_WORDS and not word.endswith(("'s", "’s", "s'", "s’"))
        for word in words
    )


NAME_WITH_DIGITS = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z]*-?\d+[A-Za-z]?(?![\w.,]*\d)")
"""A name whose digits are part of it (``ZOE-50``, ``COVID-19``, ``HER2``, ``BRCA1``): no
other number between two figures ("9.1 per 1,000 in ZOE-50 and 9.2 in ZOE-70")."""


NAMED_IN_BRACKET = re.compile(r"\([^()]*[A-Za-z][^()]*\Z")
"""A bracket that names something before the number in it (``(UAS7 ≤ 6)``, ``(HbA1c 7``)."""


def _side_by_side(read: list[Quantity], source: int, index: int, text: str) -> bool:
    start, end = read[source].end, read[index].start
    if end - start > GAP_LIMIT:
        return False
    gap = text[start:end]
    for skipped in read[source + 1 : index]:  # a multiple passed over is no other number
        offset = skipped.start - start
        gap = gap[:offset] + " " * (skipped.end - skipped.start) + gap[offset + len(skipped.text) :]
    gap = NAME_WITH_DIGITS.sub(" ", AGE_GROUP.sub(" ", YEAR.sub(" ", gap)))
    if any(c.isdigit() for c in gap):
        return False
    if SIDE_BY_SIDE.search(gap):
        # a count's noun is shared by a parallel subject ("21,300 cases …, and RSV 14,750"); a
        # measure's unit is not shared by another measure named before the number
        if read[source].kind == "count" or not _names_a_new_measure(gap):
            return True
        if not gap.rstrip().endswith("("):
            return False
    if gap.rstrip().endswith("(") and text[read[index].end : read[index].end + 1] == ")":
        # "… the rate for men (26.6)": the number alone in brackets; "(UAS7 ≤ 6)" names a
        # score of its own before it, its level in no unit the sentence gives
        return not NAMED_IN_BRACKET.search(text, start, end)
    if BESIDE.search(gap) is None or len(gap.split()) > BESIDE_WORDS:
        return False
    parallel = PARALLEL.match(gap)
    if parallel and re.match(rf"\s+{parallel.group(1)}\b", text[read[index].end :], re.I):
        return True  # "10.1 years in Black women, 6.5 in white women": one phrase, repeated
    if read[source].statistic and LED_BY_PREPOSITION.fullmatch(gap):
        return True  # "The OR for smoking was 2.1, for obesity 1.6": what the same is of
    # after the comma, an owner says whose figure the number is ("…, trial B's 0.81"); a
    # number right after the comma ("1.1 births per woman, 12,500 in total") or after a
    # measure's own name ("weight 96.2 kg, BMI 33.5") starts anew
    return bool(re.search(r"[,(][^,(]*[^\W\d_]['’]s?\s*\Z", gap))
