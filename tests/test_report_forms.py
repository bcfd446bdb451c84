"""Forms of epidemiology reports and lab sheets read as one figure each (issue 11):

- a bare bracketed interval right after a figure, around it, is its uncertainty interval
  (its bounds as written, as for a labelled interval)
  (GBD and WHO write "11.0 million (10.1–12.0) deaths", "5.2 (4.1–6.3) per 1,000"), never a
  second figure; a bracket that does not hold the figure stays apart;
- a rate's population may follow the interval ("0.047 cases (95% CI 0.042–0.052 cases) per
  100,000 population");
- one to a whole of 100 or more after a colon is a proportion ("1:2,000 newborns",
  "1:2,000 to 1:4,000"), but not a titre, a dilution, a ratio or a map's scale;
- the litre spelled after a slash is the litre ("10 mIU/litre", "mg/decilitre").
"""

from __future__ import annotations

import pytest

from claimcheck.nlp.quantities.finder import find_quantities


def _read(text: str) -> list[tuple]:
    found = []
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text  # the offset contract
        spread = (q.spread.low, q.spread.high) if q.spread else None
        found.append((q.text, q.low, q.high, q.unit, spread))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sepsis caused 11.0 million (10.1–12.0) deaths.",
            [("11.0 million (10.1–12.0) deaths", 11e6, 11e6, "deaths", (10.1, 12.0))],
        ),
        (
            "Mortality was 5.2 (4.1-6.3) per 1,000 live births.",
            [("5.2 (4.1-6.3) per 1,000 live births", 5.2, 5.2, None, (4.1, 6.3))],
        ),
        (
            "Prevalence was 7.4% (6.1–8.9) in 2021.",
            [("7.4% (6.1–8.9)", 7.4, 7.4, "percent", (6.1, 8.9))],
        ),
        (
            "AMR was linked to 4.95 million (3.62–6.57) deaths.",
            [("4.95 million (3.62–6.57) deaths", 4.95e6, 4.95e6, "deaths", (3.62, 6.57))],
        ),
        (
            "The rate was 0.047 cases (95% CI, 0.042-0.052 cases) per 100,000 population.",
            [
                (
                    "0.047 cases (95% CI, 0.042-0.052 cases) per 100,000 population",
                    0.047,
                    0.047,
                    "cases/100,000 population",
                    (0.042, 0.052),
                )
            ],
        ),
    ],
)
def test_a_bracketed_interval_around_its_figure_is_its_spread(text, expected):
    found = _read(text)
    assert [(t, lo, hi, u) for t, lo, hi, u, _ in found] == [e[:4] for e in expected]
    spreads = [bound for *_, s in found for bound in s]
    assert spreads == pytest.approx([bound for e in expected for bound in e[4]])


def test_a_bracket_not_around_the_figure_stays_apart():
    found = _read("The clinic saw 40 patients (12–18 a day) last week.")
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("It occurs in 1:2,000 to 1:4,000 newborns.", 1 / 4000, 1 / 2000),
        ("The disease affects 1:500 people.", 1 / 500, 1 / 500),
        ("It is seen in about 1:1,000 births.", 1 / 1000, 1 / 1000),
        ("Carriers are 1:250 in this group.", 1 / 250, 1 / 250),
        ("Incidence is 1:10,000 live births.", 1 / 10000, 1 / 10000),
    ],
)
def test_one_to_a_whole_after_a_colon_is_a_proportion(text, low, high):
    (quantity,) = find_quantities(text)
    assert (quantity.low, quantity.high, quantity.unit) == (
        pytest.approx(low),
        pytest.approx(high),
        "proportion",
    )


@pytest.mark.parametrize(
    "text",
    [
        "An ANA titre of 1:160 was found.",
        "The serum was diluted 1:1,000 in saline.",
        "Use a 1:100 ratio of bleach to water.",
        "Clinic opens at 10:30 am.",
        "Mix the powder 2:1 with water.",
    ],
)
def test_a_colon_that_is_no_share(text):
    assert all(q.unit != "proportion" for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A TSH of 10 mIU/litre or higher.", "mIU/L"),
        ("Glucose of 5 mmol/litre.", "mmol/L"),
        ("Cholesterol of 190 mg/decilitre.", "mg/dL"),
        ("Lead below 2 µg/liter.", "µg/L"),
        ("A dose of 4 mg/millilitre.", "mg/mL"),
    ],
)
def test_the_litre_spelled_after_a_slash(text, unit):
    (quantity,) = find_quantities(text)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The new regimen raised H. pylori eradication from 72.9% to 81.9%.",
        "E. coli resistance rose from 12% to 20% in a decade.",
        "Uptake rose vs. last year from 41% to 48%.",
        "Screening lifted S. aureus detection from 30% to 45%.",
        "The programme cut approx. smoking from 22% to 15%.",
    ],
)
def test_an_initial_before_a_change_ends_no_clause(text):
    found = find_quantities(text)
    assert len(found) == 2 and all(q.low == q.high for q in found)
