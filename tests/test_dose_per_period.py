"""An amount per period said in words is the same figure as one with a slash: "150 µg a
day", "250 µg of iodine daily", "0.15 mg of iodine each day" and "1.6 micrograms per
kilogram of body weight per day" are judged against a claim in µg/day or µg/kg/day (issue
12: these were unsupported, so a wrong daily dose passed silently); a registry statement may
say its value that way too; radioiodine activities in mCi and MBq are units."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities.finder import find_quantities
from claimcheck.verify.convert import convert


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Adults need 150 µg a day.", "µg/day", (150.0, 150.0)),
        ("Take 250 µg of iodine daily.", "µg/day", (250.0, 250.0)),
        ("Aim for 0.15 mg of iodine each day.", "µg/day", (150.0, 150.0)),
        ("Start at 25 to 50 mcg a day.", "µg/day", (25.0, 50.0)),
        ("Give 2 g of paracetamol per day at most.", "mg/day", (2000.0, 2000.0)),
        (
            "The dose is 1.6 micrograms per kilogram of body weight per day.",
            "µg/kg/day",
            (1.6, 1.6),
        ),
        ("Children get 10 mg per kg.", "mg/kg", (10.0, 10.0)),
        ("A dose of 100 mCi was given.", "MBq", (3700.0, 3700.0)),
        ("Take 0.4 mg of folic acid every day.", "µg/day", (400.0, 400.0)),
        ("Adults need 2.4 µg of vitamin B12 a day.", "µg/day", (2.4, 2.4)),
        ("Take 400 μg (0.4 mg) of folic acid daily.", "µg/day", (400.0, 400.0)),
        ("Breastfeeding women need 500 μg (0.5 mg) daily.", "µg/day", (500.0, 500.0)),
        ("Eat 0.8 g of protein per kilogram of body weight per day.", "g/kg/day", (0.8, 0.8)),
        ("The dose is 55 kBq per kg of body weight.", "kBq/kg", (55.0, 55.0)),
        ("The dose is 1.5 µCi/kg.", "kBq/kg", (55.5, 55.5)),
    ],
)
def test_an_amount_with_its_period_in_words_converts_to_the_claims_unit(text, unit, value):
    quantity = find_quantities(text)[0]  # a restatement in brackets is a figure of its own
    converted = convert(quantity, unit)
    assert converted is not None
    assert (converted.low, converted.high) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "Adults need 150 µg a week.",  # another period
        "Adults need 150 µg.",  # no period said
        "Give 5 mg of the drug per 100,000 people.",  # a population, not a period
        "She took 150 µg of the old drug a year ago.",  # when, not how often
    ],
)
def test_no_period_or_another_period_is_not_a_daily_dose(text):
    (quantity,) = find_quantities(text)
    assert convert(quantity, "µg/day") is None


def test_a_floor_word_before_two_figures_opens_a_range():
    (quantity,) = find_quantities("Doses start at 25 to 50 mcg.")
    assert (quantity.low, quantity.high, quantity.comparator) == (25.0, 50.0, None)
    (floor,) = find_quantities("Prices start at $99.")
    assert (floor.low, floor.high) == (99.0, None)


REGISTRY = """\
- id: iodine-adults
  statement: WHO recommends 150 µg of iodine a day for adults.
  subject: [iodine]
  group: [adults]
  value: {value: 150, unit: µg/day}
  sources: [{citation: "WHO 2007", quote: "150 µg of iodine per day"}]
  status: approved
  review_by: 2030-01-01
- id: iodine-pregnancy
  statement: WHO recommends 250 µg of iodine a day in pregnancy.
  subject: [iodine]
  group: [pregnant women]
  value: {value: 250, unit: µg/day}
  sources: [{citation: "WHO 2007", quote: "250 µg of iodine daily"}]
  status: approved
  review_by: 2030-01-01
- id: levothyroxine-full-dose
  statement: Full replacement is 1.6 micrograms of levothyroxine per kilogram per day.
  subject: [levothyroxine]
  value: {value: 1.6, unit: µg/kg/day}
  sources: [{citation: "NICE NG145", quote: "1.6 micrograms per kilogram of body weight per day"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WHO advises 150 µg of iodine a day for adults and 250 µg daily in pregnancy.", {}),
        (
            "WHO advises 250 µg of iodine a day for adults and 150 µg daily in pregnancy.",
            {"250 µg": ("CC101", "iodine-adults"), "150 µg daily": ("CC101", "iodine-pregnancy")},
        ),
        ("Pregnant women should get 0.25 mg of iodine each day, says WHO.", {}),
        (
            "The full dose of levothyroxine is 1.8 micrograms per kilogram per day.",
            {"1.8 micrograms per kilogram per day": ("CC101", "levothyroxine-full-dose")},
        ),
    ],
)
def test_daily_doses_in_words_are_judged_against_their_claims(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The RDA is 600 IU a day.", "IU/d", 600.0),  # dietary reference values write IU/d
        ("Men need 38 g of fibre a day.", "g/d", 38.0),
        ("Women need 14.8 mg a day.", "mg/d", 14.8),
        ("Give 600 IU.", "IU", 600.0),
        ("Adults need 10 µg a day.", "µg", 10.0),  # a claim whose quote left the day unsaid
    ],
)
def test_one_unit_spelled_two_ways_is_one_unit(text, unit, value):
    converted = convert(find_quantities(text)[0], unit)
    assert converted is not None and converted.low == value


def test_a_daily_column_is_the_amount_of_a_claim_without_its_day(run_cli, tmp_path):
    """An 'Iron (mg/day)' column against claims in mg (their quotes say "8.7 mg")."""
    registry = tmp_path / "claims"
    registry.mkdir()
    (registry / "iron.yaml").write_text(
        """\
- id: iron-men
  statement: In the UK men over 18 need 8.7 mg of iron.
  subject: [iron]
  group: [men]
  value: {value: 8.7, unit: mg}
  sources: [{citation: "UK RNI 1991", quote: "8.7 mg"}]
  status: approved
  review_by: 2030-01-01
""",
        encoding="utf-8",
    )
    draft = tmp_path / "iron.md"
    draft.write_text(
        "### Daily iron needs in the UK\n\n| Group | Iron (mg/day) |\n|---|---|\n"
        "| Men over 18 | 14.8 |\n",
        encoding="utf-8",
    )
    result = run_cli("lint", "--no-cache", "--registry", str(registry), str(draft))
    assert "CC101" in result.output and "iron-men" in result.output
