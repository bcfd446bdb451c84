"""Issue 11, session 28: a concentration spelled out (``7.0 millimoles per litre``), a
liquid's strength ``per`` a measured volume, a place in an order within a year (``quarter 1
of 2024``), a caret footnote glued after a figure (``45%^2``), ``a woman of 50`` as an age
group, not a figure, ``one death prevented for every 456 men``, a number needed (456 men), and
``8.5/100 000``, a rate per 100,000 (bug28: not a score of 8.5 out of 100).

Every case is a sentence of our own, extracted in one ``claimcheck extract --format json``
run, and each figure's offsets are checked (``text == file[start:end]``).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "a concentration spelled out": [
        (
            "A fasting level of 7.0 millimoles per litre means diabetes.",
            [fig("7.0 millimoles per litre", 7.0, unit="mmol/L")],
        ),
        (
            "Ferritin under 15 micrograms per litre shows low iron stores.",
            [fig("under 15 micrograms per litre", None, 15, unit="µg/L", hi=False)],
        ),
        (
            "Glucose above 126 milligrams per decilitre is high.",
            [fig("above 126 milligrams per decilitre", 126, None, unit="mg/dL", li=False)],
        ),
        (
            "A reading of 4 nanograms per millilitre is often the cut-off.",
            [fig("4 nanograms per millilitre", 4, unit="ng/mL")],
        ),
        (
            "Potassium of 3.2 mmol per litre was recorded.",
            [fig("3.2 mmol per litre", 3.2, unit="mmol/L")],
        ),
        (
            "Her level was 35 international units per litre.",
            [fig("35 international units per litre", 35, unit="IU/L")],
        ),
        (
            "Creatinine reached 150 micromoles per litre.",
            [fig("150 micromoles per litre", 150, unit="µmol/L")],
        ),
    ],
    "a strength per a measured volume": [
        ("The syrup holds 250 mg per 5 ml.", [fig("250 mg per 5 ml", 250, unit="mg/5mL")]),
        ("Each bottle has 120 mg per 5 mL.", [fig("120 mg per 5 mL", 120, unit="mg/5mL")]),
        ("It is sold as 100 mg in 5 ml.", [fig("100 mg in 5 ml", 100, unit="mg/5mL")]),
        ("A suspension of 40 mg per 1 mL is used.", [fig("40 mg per 1 mL", 40, unit="mg/1mL")]),
        ("Give 200 mg per 5 ml at night.", [fig("200 mg per 5 ml", 200, unit="mg/5mL")]),
    ],
    "a place in an order, not a share": [
        ("Sales rose 12% in quarter 1 of 2024.", [fig("12%", 12, unit="percent")]),
        ("In week 12 of 2023, 41% of tests were positive.", [fig("41%", 41, unit="percent")]),
        ("Q3 of 2022 saw 8% fewer visits.", [fig("8%", 8, unit="percent")]),
        ("By wave 2 of 2021 uptake was 64%.", [fig("64%", 64, unit="percent")]),
        ("In year 2 of 5, 30% stopped.", [fig("30%", 30, unit="percent")]),
        ("At phase 3 of 4, 55% were still enrolled.", [fig("55%", 55, unit="percent")]),
    ],
    "a caret footnote after a figure": [
        ("About 45%^2 of adults smoke.", [fig("About 45%", 45, unit="percent", approx=True)]),
        ("Survival was 62%^12 in that group.", [fig("62%", 62, unit="percent")]),
        ("There were 1,200 deaths^3 last year.", [fig("1,200 deaths", 1200, unit="deaths")]),
        ("Uptake (71%)^4 rose again.", [fig("71%", 71, unit="percent")]),
        ("A BMI of 30 kg/m^2 or more.", [fig("30 kg/m^2 or more", 30, None, unit="kg/m2")]),
        (
            "About 5 x 10^6 cells/mL.",
            [fig("About 5 x 10^6 cells/mL", 5e6, unit="cells/mL", approx=True)],
        ),
    ],
    "one event prevented for every N people: a number needed": [
        (
            "Screening prevented one prostate cancer death for every 456 men invited.",
            [fig("456 men", 456, unit="men")],
        ),
        (
            "One stroke is averted for every 25 patients treated.",
            [fig("25 patients", 25, unit="patients")],
        ),
        (
            "The programme saved one life for every 1,000 women screened.",
            [fig("1,000 women", 1000, unit="women")],
        ),
        (
            "Statins avoided one heart attack for every 40 adults treated.",
            [fig("40 adults", 40, unit="adults")],
        ),
        (
            "Vaccination spares one admission for every 300 children vaccinated.",
            [fig("300 children", 300, unit="children")],
        ),
        (
            "There is one GP for every 1,800 people.",
            [fig("one GP for every 1,800 people", 1, unit="GP/1,800 people", kind="rate")],
        ),
    ],
    "a rate over a population grouped by spaces after a slash": [
        (
            "Mortality was 8.5/100 000 in 2018.",
            [fig("8.5/100 000", 8.5, per="100,000")],
        ),
        (
            "Incidence reached 9.3/100 000 person-years.",
            [fig("9.3/100 000 person-years", 9.3, per="100,000 person-years")],
        ),
        (
            "It rose from 1/100 000 in 2000 to 75.4/100 000 in 2020.",
            [
                fig("1/100 000", 1, per="100,000", role="before"),
                fig("75.4/100 000", 75.4, per="100,000", role="after"),
            ],
        ),
        (
            "The rate was 12.5/100\u00a0000 among women.",
            [fig("12.5/100\u00a0000", 12.5, per="100,000")],
        ),
        (
            "Deaths fell to 3.25/1 000 000 population.",
            [fig("3.25/1 000 000 population", 3.25, per="1,000,000 population")],
        ),
        ("Her pain score was 7.5/10 last week.", [fig("7.5/10", 7.5)]),
        (
            "Incidence was 17.6/1000 man-years in men.",
            [fig("17.6/1000 man-years", 17.6, per="1,000 man-years")],
        ),
        (
            "Rates reached 12.5/1000 person-years.",
            [fig("12.5/1000 person-years", 12.5, per="1,000 person-years")],
        ),
        ("Seen on 17/6/2021 with 5 cases.", [fig("5 cases", 5, unit="cases")]),
        ("Seen on 17.6.21 with 6 cases.", [fig("6 cases", 6, unit="cases")]),
    ],
    "a person of an age": [
        ("A woman of 50 has a 2% risk.", [fig("2%", 2, unit="percent")]),
        ("For a man of 60, the risk is 5%.", [fig("5%", 5, unit="percent")]),
        ("A child of 8 needs 10 hours of sleep.", [fig("10 hours", 10, unit="hour")]),
        ("Patients of 75 or older had 30% fewer falls.", [fig("30%", 30, unit="percent")]),
        ("A smoker of 45 faces a 9% risk.", [fig("9%", 9, unit="percent")]),
        (
            "A patient of 70 kg needs 5 mg.",
            [fig("70 kg", 70, unit="kg"), fig("5 mg", 5, unit="mg")],
        ),
        ("A cohort of 300 patients was followed.", [fig("300 patients", 300, unit="patients")]),
    ],
}

CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ext28"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}: {t}" for k, t, _e in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
