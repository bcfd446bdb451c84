"""An amount per part of a course of treatment, and the course's total (session 40, the
held-out rules breaker of session 39).

A dose written ``2.5 Gy/fx`` or ``75 mg/m²/cycle`` lost its unit (the slash stopped it);
``8 cycles of 75 mg/m²`` and ``in six infusions, 300 mg each`` said one part's amount that
was read as the whole course's; and a total (``a cumulative dose of …``, ``… in total``) was
judged against the claim of one part's amount, so a right course total was accused and the
per-part figure beside it was silenced as "another dose"."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import figure_verdicts_fixture, valued_claim


def _figures(tmp_path, extract_json, text: str) -> list:
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    return [(q["text"], q["unit"], q.get("per")) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each course gave 2.5 Gy/fx.", [("2.5 Gy", "Gy", "fraction")]),
        ("Breast boosts use 2.66 Gy/fraction.", [("2.66 Gy", "Gy", "fraction")]),
        ("Docetaxel is given at 75 mg/m²/cycle.", [("75 mg/m²", "mg/m2", "cycle")]),
        ("Ferric carboxymaltose 750 mg/infusion.", [("750 mg", "mg", "infusion")]),
        ("A bar holds 12 g/serving of protein.", [("12 g", "g", "serving")]),
        # a unit that is a concentration whole keeps its slash
        ("Glucose was 110 mg/dL.", [("110 mg/dL", "mg/dL", None)]),
    ],
)
def test_an_amount_before_a_slash_and_its_part_keeps_its_unit(
    tmp_path, extract_json, text, expected
):
    assert _figures(tmp_path, extract_json, text) == expected


@pytest.mark.parametrize(
    ("text", "amount", "part"),
    [
        ("Patients had eight cycles of 75 mg/m² docetaxel.", "75 mg/m²", "cycle"),
        ("She had three injections of 40 mg over a month.", "40 mg", "injection"),
        ("The boost was 16 Gy, in eight fractions of 2 Gy each.", "2 Gy", "fraction"),
        ("Iron was given in two infusions, 500 mg each.", "500 mg", "infusion"),
    ],
)
def test_an_amount_said_of_counted_parts_is_one_parts(tmp_path, extract_json, text, amount, part):
    figures = {t: per for t, _unit, per in _figures(tmp_path, extract_json, text)}
    assert figures[amount] == part


def test_a_course_total_beside_its_parts_stays_the_courses(tmp_path, extract_json):
    figures = _figures(tmp_path, extract_json, "The course was 50 Gy in 25 fractions.")
    assert ("50 Gy", "Gy", None) in figures


REGISTRY = "".join(
    (
        valued_claim(
            "ferric-per-infusion",
            "Ferric derisomaltose is given as up to 1,000 mg per infusion.",
            "{high: 1000, unit: mg}",
            "ferric derisomaltose",
            "per infusion, single dose",
        ),
        valued_claim(
            "ferric-course-total",
            "A course of ferric derisomaltose gives a total of 2,000 mg of iron in two infusions.",
            "{value: 2000, unit: mg}",
            "ferric derisomaltose",
            "course, total",
        ),
        valued_claim(
            "epirubicin-per-cycle",
            "Epirubicin is given at 90 mg/m² per cycle.",
            "{value: 90, unit: mg/m²}",
            "epirubicin",
            "per cycle",
        ),
        valued_claim(
            "epirubicin-lifetime-cap",
            "The cumulative dose of epirubicin should not exceed 900 mg/m².",
            "{high: 900, unit: mg/m²}",
            "epirubicin",
            "cumulative dose, lifetime",
        ),
        valued_claim(
            "whole-breast-total",
            "Whole-breast radiotherapy delivers 40 Gy in 15 fractions.",
            "{value: 40, unit: Gy}",
            "whole-breast radiotherapy",
            "15 fractions",
        ),
        valued_claim(
            "standard-fraction",
            "Standard fractionation gives 2 Gy per fraction.",
            "{value: 2, unit: Gy}",
            "standard fractionation",
            "per fraction",
        ),
    )
)

lint_course = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the total and the part, both right: nothing to flag
        (
            "A course of ferric derisomaltose gives a total of 2,000 mg of iron, as two "
            "infusions of 1,000 mg.",
            {},
        ),
        # swapped: each is the other claim's figure, and each is accused by its own claim
        (
            "A course of ferric derisomaltose gives a total of 1,000 mg of iron, as two "
            "infusions of 2,000 mg.",
            {
                "1,000 mg": ("CC101", "ferric-course-total"),
                "2,000 mg": ("CC101", "ferric-per-infusion"),
            },
        ),
        # a right total is no wrong amount of one infusion
        ("Ferric derisomaltose gives 2,000 mg in total over two infusions.", {}),
        # the per-cycle dose beside the cumulative one is the cycle's, and the cap's value
        # said as a limit is the cap's own; the cumulative dose measured against the cap is
        # a figure of its own, no restatement of the cap more precisely (and no claim
        # states it, nor the six cycles)
        (
            "Epirubicin at 90 mg/m² per cycle for six cycles reaches a cumulative dose of 540 "
            "mg/m², under the limit of 900 mg/m².",
            {"six cycles": ("CC102", None), "540 mg/m²": ("CC102", None)},
        ),
        (
            "Epirubicin is given at 120 mg/m²/cycle.",
            {"120 mg/m²": ("CC101", "epirubicin-per-cycle")},
        ),
        # a fraction's dose that equals a course total is no figure of the course's claim
        (
            "Whole-breast radiotherapy delivers 40 Gy per fraction.",
            {"40 Gy": ("CC102", None)},
        ),
        # a dose on the edge of the source's rounding is a figure of its own, not the
        # source's said more precisely
        (
            "Standard fractionation gives 1.5 Gy/fraction.",
            {"1.5 Gy": ("CC101", "standard-fraction")},
        ),
        ("Standard fractionation gives 2 Gy/fx.", {}),
    ],
)
def test_a_part_and_the_whole_course_are_judged_against_their_own_claims(
    lint_course, text, expected
):
    assert lint_course(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total said with "totals", beside how many times the course is given: the total
        # is a figure to judge, never an arm's name silenced by the count beside it
        (
            "A course of ferric derisomaltose totals 3,000 mg, given on 2 occasions.",
            {"3,000 mg": ("CC101", "ferric-course-total"), "2 occasions": ("CC102", None)},
        ),
        # a "Number of …" label counts: never a wrong amount of the per-cycle claim
        (
            "### Epirubicin\n\n- Dose per cycle: 90 mg/m²\n- Number of cycles: 6\n",
            {"6": ("CC102", None)},
        ),
    ],
)
def test_a_total_and_a_count_of_parts_are_read_as_such(lint_course, text, expected):
    assert lint_course(text) == expected
