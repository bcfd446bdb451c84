"""Figure forms from session 57 (issue 11, extraction breadth; held-out set s57x), fixed as
kinds with our own examples.

Every paragraph of every kind is read in one ``claimcheck extract --format json`` run, in
Markdown and in HTML (the offset contract checked for each figure); the table and page kinds
read whole drafts. The README's "Session 57 forms" item says each rule.
"""

from __future__ import annotations

import pytest
from figure_helpers import fig, paragraph_tests
from form_helpers import table_cell_tests

KINDS: dict[str, list] = {
    # digits inside a name, a label or a marker are no figures
    "labels and identifiers": [
        ("Deaths in Quintile 2 (more deprived) numbered 212.", [fig("212", 212)]),
        ("See note 3 for how rates were made.", []),
        ("Provisional figures [note 2] [note 5] may change.", []),
        ("Please note 30 patients were lost.", [fig("30 patients", 30, unit="patients")]),
        ("The audit notes 7.5 cases per 1,000 screened.",
         [fig("7.5 cases per 1,000", 7.5, unit="cases/1,000", per="1,000")]),
        ("Read about categories 1 to 4 of response.", []),
        ("Registered charity 1098765. Call us.", []),
        ("Half waited over 6 hours, a third of them aged over 80.",
         [fig("Half", 0.5, unit="proportion"),
          fig("over 6 hours", 6, None, unit="hour", li=False, comparator="over"),
          fig("a third", 1 / 3, unit="proportion")]),
        ("Homes are ignored under the 12-week property disregard.", []),
        # a period that names when is no label of the number after it
        ("Last month 12,450 calls were answered late.",
         [fig("12,450 calls", 12450, unit="calls")]),
        ("In the past year 3,100 people were referred.",
         [fig("3,100 people", 3100, unit="people")]),
        ("The next Phase 3 trial opens soon.", []),
    ],
    # bounds said in words
    "bounds in words": [
        ("Specialist drugs: 25% coinsurance (min $40, max $300).",
         [fig("25%", 25, unit="percent"),
          fig("min $40", 40, None, unit="USD", comparator="min"),
          fig("max $300", None, 300, unit="USD", comparator="max")]),
        ("Rest 20 min 3 times a day.",
         [fig("20 min", 20, unit="minute"), fig("3 times a day", 3, unit="times/day")]),
        ("Keep the serum at −20 °C or colder.",
         [fig("−20 °C or colder", None, -20, unit="°C")]),
        ("Store it at 15 °C or warmer.", [fig("15 °C or warmer", 15, None, unit="°C")]),
        ("No patient should wait longer than an hour.",
         [fig("longer than an hour", 1, None, unit="hour", li=False)]),
        ("Some spent a day or more in the corridor.",
         [fig("a day or more", 1, None, unit="day")]),
        ("Stays of a week or longer are usual.",
         [fig("a week or longer", 1, None, unit="week")]),
        # the period of a frequency is no length
        ("Check it twice a day or more.", [fig("twice a day", 2, unit="times/day")]),
        ("Each bag holds 450 ml, just under a pint.",
         [fig("450 ml", 450, unit="mL"),
          fig("just under a pint", None, 1, unit="pint", hi=False, approx=True)]),
        ("The jug holds just over a litre.",
         [fig("just over a litre", 1, None, unit="L", li=False, approx=True)]),
        ("Pour under a litre of water.", []),
    ],
    # a bound said once before two parallel figures, each after what it is for
    "shared bounds": [
        ("Stays longer than 2 days after a hip repair or 4 days after a knee repair need review.",
         [fig("longer than 2 days", 2, None, unit="day", li=False),
          fig("4 days", 4, None, unit="day", li=False)]),
    ],
    # a target said to be zero is the amount it sets
    "zero targets": [
        ("The national target for such breaches is zero.", [fig("zero", 0)]),
        ("There is zero evidence for it.", []),
    ],
    # "over" a count of instalments: across them, a point
    "instalments": [
        ("Tax is taken over 52 pay periods.",
         [fig("52 pay periods", 52, unit="pay periods")]),
        ("Pay over 4 interest-free payments of £25.",
         [fig("4 interest-free payments", 4, unit="interest-free payments"),
          fig("£25", 25, unit="GBP")]),
        ("Over 4 patients were seen.",
         [fig("Over 4 patients", 4, None, unit="patients", li=False)]),
    ],
    # a length with its conversion: the bound and the metres kept
    "conversions after a bound": [
        ("Signal range: up to 8 m (26 ft) indoors.",
         [fig("up to 8 m", None, 8, unit="m"), fig("26 ft", None, 26, unit="ft")]),
        ("The lead is 2 m (6.5 feet) long.",
         [fig("2 m", 2, unit="m"), fig("6.5 feet", 6.5, unit="ft")]),
    ],
    # a time in two parts with a rate's period after it is one time
    "compound times": [
        ("Another 5% in range is about 1 hour 12 minutes a day.",
         [fig("5%", 5, unit="percent"),
          fig("about 1 hour 12 minutes a day", 72, unit="minute", approx=True)]),
        ("Train 2 weeks 3 days a week.",
         [fig("2 weeks", 2, unit="week"), fig("3 days a week", 3, unit="day")]),
    ],
    # a hedged "twice the" is a multiple, a rating on a star line is a figure
    "multiples and ratings": [
        ("It took 19 minutes, more than twice the 9-minute target.",
         [fig("19 minutes", 19, unit="minute"),
          fig("more than twice", 2, None, unit="fold", li=False)]),
        ("Costs were nearly twice the budget.",
         [fig("nearly twice", 2, unit="fold", approx=True)]),
        ("Give twice the dose.", []),
        ("★★★★☆ Rated 4.2 out of 5 by 310 buyers",
         [fig("4.2 out of 5", 4.2), fig("310 buyers", 310, unit="buyers")]),
    ],
    # a bulletin's reliability marker between a rate and its interval
    "markers before an interval": [
        ("The rate was 5.8 [u] (2.9 to 10.4) in the oldest group.",
         [fig("5.8 [u]", 5.8)]),
    ],
}  # fmt: skip

ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s57"
)

TABLES = {
    # a Units column gives its row's bare figures their unit; a cell count's unit written
    # there alone is no multiple, and its power is the figures' (per litre, as inline)
    "units.md": (
        "| Test | Units | Men | Women |\n|---|---|---|---|\n"
        "| Neutrophils | ×10⁹/L | 2.0–7.0 | 2.0–7.0 |\n"
        "| Red cells | x10^12/L | 4.5–5.9 | 4.0–5.2 |\n"
        "| Platelets | x109/L | 140–400 | 140–400 |\n| GGT | U/L | < 60 | < 40 |\n",
        [("2.0–7.0", 2.0e9, "/L"), ("2.0–7.0", 2.0e9, "/L"), ("4.5–5.9", 4.5e12, "/L"),
         ("4.0–5.2", 4.0e12, "/L"), ("140–400", 1.4e11, "/L"), ("140–400", 1.4e11, "/L"),
         ("< 60", None, "U/L"), ("< 40", None, "U/L")],
    ),
    "units.html": (
        "<table><tr><th>Test</th><th>Units</th><th>Range</th></tr>\n"
        "<tr><td>Lymphocytes</td><td>×10⁹/L</td><td>1.0–3.5</td></tr>\n"
        "<tr><td>Haematocrit</td><td>L/L</td><td>0.37–0.47</td></tr>\n"
        "<tr><td>INR</td><td></td><td>0.8–1.2</td></tr>\n</table>\n",
        [("1.0–3.5", 1.0e9, "/L"), ("0.37–0.47", 0.37, "L/L"), ("0.8–1.2", 0.8, None)],
    ),
    # the same count inline keeps its power (the value per litre, the guide's scale rule)
    "inline.md": (
        "Neutrophils below 1.5 × 10^9/L need review.\n",
        [("below 1.5 × 10^9/L", None, "/L")],
    ),
    # an age band under an Age column past the first names whom a range is for
    "ages.md": (
        "| Test | Units | Age | Range |\n|---|---|---|---|\n"
        "| Phosphate | mmol/L | Up to 1 year | 1.30–2.40 |\n| | | 1–12 years | 1.10–2.00 |\n"
        "| | | Day 1 | 1.50–2.60 |\n| | | 3 months | 1.20–2.30 |\n",
        [("1.30–2.40", 1.3, "mmol/L"), ("1.10–2.00", 1.1, "mmol/L"),
         ("1.50–2.60", 1.5, "mmol/L"), ("1.20–2.30", 1.2, "mmol/L")],
    ),
    # a device accuracy table: tolerance headers and band row labels frame the shares
    "accuracy.md": (
        "| Reference | Within ±10 mg/dL or ±10% | Within ±30 mg/dL or ±30% |\n|---|---|---|\n"
        "| All | 81.0% | 97.0% |\n| < 60 mg/dL | 76.5% | 95.0% |\n"
        "| 60–200 mg/dL | 83.1% | 98.2% |\n| > 200 mg/dL | 79.9% | 96.1% |\n",
        [("81.0%", 81.0, "percent"), ("97.0%", 97.0, "percent"), ("76.5%", 76.5, "percent"),
         ("95.0%", 95.0, "percent"), ("83.1%", 83.1, "percent"), ("98.2%", 98.2, "percent"),
         ("79.9%", 79.9, "percent"), ("96.1%", 96.1, "percent")],
    ),
    "accuracy.html": (
        "<table><tr><th>Band</th><th>Within ±20%</th></tr>\n"
        "<tr><td>&lt; 4 mmol/L</td><td>88%</td></tr>\n"
        "<tr><td>4–10 mmol/L</td><td>93%</td></tr>\n</table>\n",
        [("88%", 88, "percent"), ("93%", 93, "percent")],
    ),
    # a dose heading a row stays a figure, as a point or a band
    "doses.md": (
        "| Dose | Nausea |\n|---|---|\n| 0.5 mg | 12% |\n| 1–2 mg | 19% |\n",
        [("0.5 mg", 0.5, "mg"), ("12%", 12, "percent"), ("1–2 mg", 1, "mg"),
         ("19%", 19, "percent")],
    ),
    # a product named at a heading's start and in its text: its number is the name's
    "product.md": (
        "# Vireo 2 blood pressure monitor\n\nThe Vireo 2 cuff fits arms of 22 to 42 cm.\n\n"
        "*Vireo 2 is indicated for adults.\n",
        [("22 to 42 cm", 22, "cm")],
    ),
}  # fmt: skip


read_tables, test_table_figures_are_the_cells = table_cell_tests(TABLES, "s57_tables")


def test_an_inline_cell_count_is_per_litre(read_tables) -> None:
    """The decided value convention: ``1.5 × 10^9/L`` is 1.5e9 per litre (README, "Session
    57 forms")."""
    (quantity,) = read_tables["inline.md"]
    assert (quantity["high"], quantity["high_inclusive"]) == (pytest.approx(1.5e9), False)
