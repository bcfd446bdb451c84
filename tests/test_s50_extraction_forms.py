"""Figure forms from session 50, fixed as kinds with our own examples.

Each kind is read the same in a sentence, a list item, a Markdown table cell and an HTML
paragraph (:func:`_read_in`).

- ``near``, ``nearer`` and ``near to`` before a figure hedge it as ``close to`` does (``near
  30%`` is about 30%); ``passed`` before a total (a sum, a share, a count of a thousand or more
  or one with a scale word) is more than it, as ``exceeded`` is, while ``passed 3 kidney
  stones`` says what went through.
- A spelled period hyphened to a noun it is the length of (course, wait, stay, delay,
  treatment, trial, admission …, one word between allowed) is that duration, as its digits are:
  ``a two-week course`` is 2 weeks like ``a 2-week course``; before any other noun it names a
  kind (``a five-year plan`` stays no figure, as decided before).
- An everyday slash fraction (a part under 10 of a whole from 2 to 16) before a verb is a
  share of those meant, as ``a third will`` is: ``only about 1/8 succeeds`` is about 0.125,
  ``roughly 1/3 will relapse`` about a third; not after a word that leads a date (``on 1/3 and
  is``), never ``24/7``; a combined strength before its dose form (``8/500 tablets``, the
  whole over 16) is no share.
- ``N noun in M`` with a part of one and any singular noun between is a proportion, as ``one
  woman in 10`` is for people: ``1 cycle in 6 ends in a birth`` is 1/6 (never ``1 cycle`` and
  ``6 ends``), also ``1 cycle in 6 cycles``; a whole followed by another counted noun (``1 bed
  in 12 wards``), a unit of time (``1 dose in 3 weeks``) or a measure stays two figures. A
  larger part with a plural noun is a proportion where a plural verb follows the whole (``3
  cycles in 10 end in a birth`` 0.3, ``two deaths in 10 were avoidable``).
- A bare number (or one in the bound's unit) bracketed right after a limit, with only the
  setting it holds in after it, is that setting's limit: ``at most 16 tablets (32 in a
  pharmacy)`` is at most 32 tablets too; after ``over 40 patients`` a bracketed ``(12 in
  London)`` counts a part exactly.
- A professional or licence registration is an identifier, no figure: ``GPhC reg. 2061847``,
  ``Her GMC number is 7012345``, ``NMC PIN: 1234567``, ``Registration 4412`` (a regulator's
  acronym only with its word of registration or a colon: ``the NMC has 780,000 nurses``
  counts). A score after a clinical scale's name (``NEWS2``, ``PEWS``, ``MEWS`` added) or
  ``score`` counts nothing, so the verb after it is no counted noun: ``a NEWS2 score of 5 or
  more triggers review`` is the bounded score [5, ∞) with no unit (a single or bounded score
  stays a figure, as the README's *Scores* and scale-band rules decided), and ``NEWS2 5-6`` is
  a band, no figure.
- Ages follow the group-label rules: a field's ``Age:`` before a bound (``Age: from 9
  months``) and a population noun, ``from`` and an age with its unit (``Children from 3
  months``, ``Babies from 8 weeks``) are groups [N, ∞), no duration (``patients from 27
  hospitals`` still counts); ``at N to M`` after a share is the whole bracket (``20% at 38 to
  39``, never ``at 38`` and a bare 39); one person ``of N`` before any verb in -s or -ed is
  an age (``a woman of 32 yields``, no count of ``yields``); ``At 43+`` opening a clause is a
  group [43, ∞) before a determiner (``At 43+ most clinics decline``) or a comma.
- ``N or M`` is two alternatives, not a range, when the far end is at least twice the near
  one and both are 10 or more (``28 or 84 tablets``, ``10 or 20 mg``, ``12 or 24 months``), or
  a pack or container is named before them in the clause (``Packs contain 7 or 28 tablets``):
  each is a figure, the first taking the second's unit. ``two or three embryos``, ``6 or 8
  weeks``, ``1 or 2 tablets``, ``10 or 11 patients`` and a hedged ``about 10 or 20 people``
  stay ranges, and so does session 49's ``| 1 or 2 |`` filling a cell.
- ``a``/``an`` and a unit of time is one of it where the README says so: after ``for`` (``for
  a month or more`` at least a month, and now ``Rest for a week`` too, ``rest`` being no
  idiom before ``for``), and after a verb of how long with a bound said after it (``symptoms
  lasting a month or more``, ``wait a year or longer``), as ``more than a week`` is. A bare
  ``takes a fortnight`` stayed words here; session 51 reads it as two weeks (see
  test_s51_extraction_forms). ``twice a year`` (a frequency), ``a year ago`` and ``per year``
  stay words.
- A zero count is a figure (value 0) where it is the claim its sentence makes: the only
  figure there, said with a verb of having, recording or occurring (``There were 0 MRSA
  bloodstream infections last year``, ``The ward had zero falls in March``). Session 39's
  decision stands everywhere else: ``87% had zero attacks`` is one figure, 87%; a heading or
  cell ``Zero relapses``, ``reached zero`` and ``a zero-tolerance policy`` are none."""

from __future__ import annotations

import pytest
from form_helpers import FORMS, claims_in
from form_helpers import figures_in as _read_in


def _groups_in(tmp_path, extract_json, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, unit) of every group label read from ``sentence`` in ``form``."""
    claims = claims_in(tmp_path, extract_json, form, sentence)
    return [(g["text"], g["low"], g["high"], g["unit"]) for c in claims for g in c["groups"]]


def _bounds(tmp_path, extract_json, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, low_inclusive, high_inclusive) of every figure read."""
    claims = claims_in(tmp_path, extract_json, form, sentence)
    return [
        (q["text"], q["low"], q["high"], q["low_inclusive"], q["high_inclusive"])
        for c in claims
        for q in c["quantities"]
    ]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Uptake is near 30% in Wales.", [("near 30%", 30.0, 30.0, "percent", True)]),
        (
            "The share is nearer six in ten.",
            [("nearer six in ten", 0.6, 0.6, "proportion", True)],
        ),
        ("Near to 40 patients came.", [("Near to 40 patients", 40.0, 40.0, "patients", True)]),
        ("Nearly 30% did.", [("Nearly 30%", 30.0, 30.0, "percent", True)]),
    ],
)
def test_near_hedges_the_figure_after_it(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The charity passed twelve million donors.",
            [("passed twelve million donors", 12e6, None, False, True)],
        ),
        ("Sales passed $2 billion.", [("passed $2 billion", 2e9, None, False, True)]),
        ("Uptake passing 40% is likely.", [("passing 40%", 40.0, None, False, True)]),
        ("Walkers passed 10,000 steps.", [("passed 10,000 steps", 1e4, None, False, True)]),
        ("She passed 3 kidney stones.", [("3 kidney stones", 3.0, 3.0, True, True)]),
    ],
)
def test_passed_before_a_total_is_more_than_it(tmp_path, extract_json, form, sentence, expected):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Most need a two-week course of tablets.", [("two-week", 2.0, 2.0, "week", False)]),
        ("Expect a four-hour wait in A&E.", [("four-hour", 4.0, 4.0, "hour", False)]),
        ("A three-day hospital stay is usual.", [("three-day", 3.0, 3.0, "day", False)]),
        ("A 2-week course is usual.", [("2-week", 2.0, 2.0, "week", False)]),
        ("They agreed a five-year plan.", []),
    ],
)
def test_a_spelled_period_hyphened_to_what_it_lasts(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Only about 1/8 succeeds.", [("about 1/8", 0.125, 0.125, "proportion", True)]),
        ("Roughly 1/4 will relapse.", [("Roughly 1/4", 0.25, 0.25, "proportion", True)]),
        ("2/5 never return to work.", [("2/5", 0.4, 0.4, "proportion", False)]),
        ("The clinic reopens on 1/3 and is busy.", []),
        ("The helpline works 24/7.", []),
        ("Use the 8/500 tablets.", []),
    ],
)
def test_a_slash_fraction_before_a_verb_is_a_share(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("1 cycle in 6 ends in a birth.", [("1 cycle in 6", 1 / 6, 1 / 6, "proportion", False)]),
        ("One embryo in five implants.", [("One embryo in five", 0.2, 0.2, "proportion", False)]),
        ("One woman in 10 is affected.", [("One woman in 10", 0.1, 0.1, "proportion", False)]),
        ("3 cycles in 10 end in a birth.", [("3 cycles in 10", 0.3, 0.3, "proportion", False)]),
        (
            "Two deaths in 10 were avoidable.",
            [("Two deaths in 10", 0.2, 0.2, "proportion", False)],
        ),
        (
            "3 patients in 12 wards were ill.",
            [("3 patients", 3.0, 3.0, "patients", False), ("12 wards", 12.0, 12.0, "wards", False)],
        ),
        (
            "1 bed in 12 wards was empty.",
            [("1 bed", 1.0, 1.0, "bed", False), ("12 wards", 12.0, 12.0, "wards", False)],
        ),
        (
            "Take 1 dose in 3 weeks.",
            [("1 dose", 1.0, 1.0, "dose", False), ("3 weeks", 3.0, 3.0, "week", False)],
        ),
    ],
)
def test_one_noun_in_a_whole_is_a_proportion(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sell at most 16 tablets (32 in a pharmacy).",
            [("at most 16 tablets", None, 16.0, True, True), ("32", None, 32.0, True, True)],
        ),
        (
            "Give up to 3 doses (4 doses for adults).",
            [("up to 3 doses", None, 3.0, True, True), ("4 doses", None, 4.0, True, True)],
        ),
        (
            "Give at least 2 doses (3 for adults).",
            [("at least 2 doses", 2.0, None, True, True), ("3", 3.0, None, True, True)],
        ),
        (
            "Over 40 patients (12 in London) joined.",
            [("Over 40 patients", 40.0, None, False, True), ("12", 12.0, 12.0, True, True)],
        ),
    ],
)
def test_a_bracketed_alternative_takes_the_limit(tmp_path, extract_json, form, sentence, expected):
    assert _bounds(tmp_path, extract_json, form, sentence) == expected


def test_a_bracketed_alternative_takes_the_unit(tmp_path, extract_json):
    read = _read_in(tmp_path, extract_json, "prose", "Sell at most 16 tablets (32 in a pharmacy).")
    assert [unit for _t, _lo, _hi, unit, _a in read] == ["tablets", "tablets"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Contact: GPhC reg. 2061847.", []),
        ("Her GMC number is 7012345.", []),
        ("NMC PIN: 1234567.", []),
        ("Registration 4412 is valid.", []),
        ("The NMC has 780,000 nurses.", [("780,000 nurses", 780000.0, 780000.0, "nurses", False)]),
    ],
)
def test_a_registration_number_is_no_figure(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A NEWS2 score of 5 or more triggers review.",
            [("5 or more", 5.0, None, None, False)],
        ),
        ("NEWS2 5-6 needs urgent review.", []),
        ("A score of 3 points is low.", [("3 points", 3.0, 3.0, "points", False)]),
    ],
)
def test_a_score_counts_nothing(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "figures", "groups"),
    [
        (
            "Age: from 9 months, 2.5 ml twice a day.",
            ["2.5 ml", "twice a day"],
            [("Age: from 9 months", 9.0, None, "month")],
        ),
        (
            "Children from 3 months can have 5 ml.",
            ["5 ml"],
            [("Children from 3 months", 3.0, None, "month")],
        ),
        ("Patients from 27 hospitals joined.", ["27 hospitals"], []),
        ("Success is 20% at 38 to 39 and falls.", ["20%"], [("at 38 to 39", 38.0, 39.0, "year")]),
        ("A woman of 32 yields 9 eggs.", ["9 eggs"], [("woman of 32", 32.0, 32.0, "year")]),
        ("At 43+ most clinics refuse 2 cycles.", ["2 cycles"], [("43+", 43.0, None, "year")]),
        ("At 43+, 5% succeed.", ["5%"], [("43+", 43.0, None, "year")]),
    ],
)
def test_ages_are_group_labels(tmp_path, extract_json, form, sentence, figures, groups):
    assert [t for t, *_ in _read_in(tmp_path, extract_json, form, sentence)] == figures
    assert _groups_in(tmp_path, extract_json, form, sentence) == groups


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Packs contain 28 or 84 tablets.",
            [("28", 28.0, 28.0, "tablets", False), ("84 tablets", 84.0, 84.0, "tablets", False)],
        ),
        (
            "Packs contain 7 or 28 tablets.",
            [("7", 7.0, 7.0, "tablets", False), ("28 tablets", 28.0, 28.0, "tablets", False)],
        ),
        ("Transfer two or three embryos.", [("two or three embryos", 2.0, 3.0, "embryos", False)]),
        ("Wait 6 or 8 weeks.", [("6 or 8 weeks", 6.0, 8.0, "week", False)]),
        ("Take 1 or 2 tablets.", [("1 or 2 tablets", 1.0, 2.0, "tablets", False)]),
        ("About 10 or 20 people came.", [("About 10 or 20 people", 10.0, 20.0, "people", True)]),
        ("It happened 10 or 20 years ago.", []),
    ],
)
def test_far_apart_alternatives_are_two_figures(tmp_path, extract_json, form, sentence, expected):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


def test_a_cell_of_close_alternatives_stays_a_range(tmp_path, extract_json):
    cell = "| Medicine | Tablets per dose |\n|---|---|\n| Paracetamol | 1 or 2 |"
    assert _read_in(tmp_path, extract_json, "prose", cell) == [("1 or 2", 1.0, 2.0, None, False)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Avoid sport for a month or more.", [("a month or more", 1.0, None, "month", False)]),
        ("Rest for a week after the op.", [("a week", 1.0, 1.0, "week", False)]),
        (
            "Symptoms lasting a month or more need review.",
            [("a month or more", 1.0, None, "month", False)],
        ),
        ("Some wait a year or longer.", [("a year or longer", 1.0, None, "year", False)]),
        ("She waited over a year.", [("over a year", 1.0, None, "year", False)]),
        ("Avoid sport for a fortnight.", [("a fortnight", 2.0, 2.0, "week", False)]),
        # session 51: the verb says how long, so a bare one is the length too
        ("Recovery takes a fortnight.", [("a fortnight", 2.0, 2.0, "week", False)]),
        ("A year ago it was worse.", []),
        ("Rest for a while before driving.", []),
    ],
)
def test_a_unit_of_time_with_a_is_one_where_said_how_long(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There were 0 MRSA bloodstream infections last year.",
            [("0 MRSA bloodstream infections", 0.0, 0.0, "MRSA bloodstream infections", False)],
        ),
        ("The ward had zero falls in March.", [("zero falls", 0.0, 0.0, "falls", False)]),
        ("Zero falls were recorded in March.", [("Zero falls", 0.0, 0.0, "falls", False)]),
        ("87% had zero attacks.", [("87%", 87.0, 87.0, "percent", False)]),
        ("Zero relapses", []),
        ("Few patients reached zero.", []),
        (
            "A zero-tolerance policy cut 5 incidents.",
            [("5 incidents", 5.0, 5.0, "incidents", False)],
        ),
        ("Take no more than 0 doses.", [("no more than 0 doses", None, 0.0, "doses", False)]),
    ],
)
def test_a_zero_count_that_is_the_claim_is_a_figure(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected
