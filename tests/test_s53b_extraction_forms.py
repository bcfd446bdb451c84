"""Figure forms from session 53's second set, fixed as kinds with our own examples.

Each kind is read the same in a sentence, a list item, a Markdown table cell and an HTML
paragraph where its shape allows (:func:`_read_in`); the README's "Session 53 forms (second
set)" item says each rule.
"""

from __future__ import annotations

import pytest
from form_helpers import FORMS
from form_helpers import figures_in as _read_in


# Kind 1: a numeral whose whole part is a zero is never grouped in thousands: the point or
# comma after "0" is a decimal mark, whatever the currency, the page's style or the same
# digits grouped elsewhere say.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Spend 1.200.000 EUR; each dose is 0.125 mg.",
            [
                ("1.200.000 EUR", 1200000.0, 1200000.0, "EUR", False),
                ("0.125 mg", 0.125, 0.125, "mg", False),
            ],
        ),
        (
            "It costs € 0.125 per tablet.",
            [("€ 0.125 per tablet", 0.125, 0.125, "EUR/tablet", False)],
        ),
        ("It costs kr. 0.500 a day.", [("kr. 0.500 a day", 0.5, 0.5, "kr/day", False)]),
        ("A sachet costs 0.750 kr.", [("0.750 kr", 0.75, 0.75, "kr", False)]),
        (
            "Between 0,014 and 0,020 mSv. Also 0.014 mSv.",
            [
                ("Between 0,014 and 0,020 mSv", 0.014, 0.02, "mSv", False),
                ("0.014 mSv", 0.014, 0.014, "mSv", False),
            ],
        ),
        (
            "Population 12.500.000. A chest X-ray gives 0.014 mSv.",
            [
                ("12.500.000", 12500000.0, 12500000.0, None, False),
                ("0.014 mSv", 0.014, 0.014, "mSv", False),
            ],
        ),
        (
            "Costs €1.234,56. The risk is 0.001% a year.",
            [
                ("€1.234,56", 1234.56, 1234.56, "EUR", False),
                ("0.001% a year", 0.001, 0.001, "percent", False),
            ],
        ),
        ("Each tablet has .125 mg of digoxin.", [(".125 mg", 0.125, 0.125, "mg", False)]),
        ("La dose était de 0,014 mSv.", [("0,014 mSv", 0.014, 0.014, "mSv", False)]),
    ],
)
def test_a_leading_zero_is_never_grouped_in_thousands(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It costs € 1.250 per course.",
            [("€ 1.250 per course", 1250.0, 1250.0, "EUR/course", False)],
        ),
        ("A visit costs 1.200 kr.", [("1.200 kr", 1200.0, 1200.0, "kr", False)]),
        ("About 1,014 scans were done.", [("About 1,014 scans", 1014.0, 1014.0, "scans", True)]),
    ],
)
def test_a_grouped_thousand_with_a_whole_part_stays_grouped(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected
