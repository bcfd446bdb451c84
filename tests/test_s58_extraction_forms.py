"""Figure forms from session 58 (issue 11, extraction breadth; held-out set s58x), fixed as
kinds with our own examples.

Every paragraph of every kind is read in one ``claimcheck extract --format json`` run, in
Markdown and in HTML (the offset contract checked for each figure); the table kinds read
whole drafts. The README's "Session 58 forms" item says each rule.
"""

from __future__ import annotations

from figure_helpers import fig, paragraph_tests
from form_helpers import table_cell_tests

KINDS: dict[str, list] = {
    # ages a schedule gives its doses or visits at, school years, visits named by an age
    "schedule ages": [
        ("Toddlers are seen for a review appointment at 27 months, with 2 injections.",
         [fig("2 injections", 2, unit="injections")]),
        ("Preterm infants get their jabs at 6, 10 and 14 weeks of age.", []),
        ("For children the booster is due at 3 years 6 months.", []),
        ("A booster at 12 months after the first dose is advised.",
         [fig("12 months", 12, unit="month")]),
        ("Adults get a booster at 10 years.", [fig("10 years", 10, unit="year")]),
        ("The nasal spray is offered to pupils in school years 10 and 11.", []),
        ("Year 10 pupils get the teenage booster.", []),
        ("Give paracetamol after the 6-week and 12-week jabs.", []),
        ("Book the 1-year or 2-year review for your child.", []),
        ("A 12-week course of 3 sessions.",
         [fig("12-week", 12, unit="week"), fig("3 sessions", 3, unit="sessions")]),
        # a week of pregnancy is the time since an event, not an age
        ("The vaccine is offered in pregnancy from 20 weeks.",
         [fig("from 20 weeks", 20, None, unit="week")]),
        ("The syrup can be given to children from 3 months.", []),
    ],
    # digits in names, notes and furniture
    "names and furniture": [
        ("Rates are rounded to 1 decimal place.", []),
        ("Totals are given to two significant figures.", []),
        ("★★★★☆ 4.1 (2,140 ratings) · 86% would buy again",
         [fig("4.1", 4.1), fig("86%", 86, unit="percent")]),
        ("It pairs over Bluetooth 5.3 or USB 2.0.", []),
        ("See board paper TB(25)087 for details.", []),
        ("Patients had ECOG performance status 0–2.", []),
        ("Lines are open 9am to 5pm, 7 days a week.", []),
        ("Swim for 30 minutes 7 days a week.",
         [fig("30 minutes", 30, unit="minute"), fig("7 days a week", 7, unit="day")]),
    ],
    # the days of a stay a cost-sharing table prices, a drug plan's supply basis, a study's
    # subgroup by kidney function
    "framing labels": [
        ("You pay $150 per day for days 1–6 and $0 after.",
         [fig("$150 per day", 150, unit="USD"), fig("$0", 0, unit="USD")]),
        ("Days 21 to 100: $200 per day (days 21–40).",
         [fig("$200 per day", 200, unit="USD")]),
        ("Days 100 and beyond: $25 per day.", [fig("$25 per day", 25, unit="USD")]),
        ("Insulin costs $35 for a one-month supply.", [fig("$35", 35, unit="USD")]),
        ("Opioids are limited to a 7-day supply.",
         [fig("limited to a 7-day", None, 7, unit="day")]),
        ("Exposure rose 3.1-fold at CrCl 30–49 mL/min.",
         [fig("3.1-fold", 3.1, unit="fold")]),
        ("Reduce the dose if CrCl is below 30 mL/min.",
         [fig("below 30 mL/min", None, 30, unit="mL/min", hi=False)]),
        ("There were 20 12-hour corridor-care breaches.", [fig("20", 20)]),
    ],
    # a product's strength inside its name, a diluent's, a formula's constants
    "names and constants": [
        ("Each film-coated tablet contains 250 mg brandolin.",
         [fig("250 mg", 250, unit="mg")]),
        ("Dilute in sodium chloride 9 mg/mL (0.9%) solution to 1–4 mg/mL.",
         [fig("1–4 mg/mL", 1, 4, unit="mg/mL")]),
        ("Give infant ibuprofen suspension (100 mg/5 ml) after the jab.", []),
        ("eGFR = (140 − age) × lean weight / (72 × SCr).", []),
        ("Multiply the result by 0.85 for women.", []),
        ("Mosteller: BSA = √(height (cm) × weight (kg) / 3600).", []),
    ],
    # two prices each with its sign are two figures; a count said once after two stays a range
    "merged spans": [
        # decided (README): after an amount, "once daily" is its period, one figure
        ("Take 200 mg once daily for 3 months.",
         [fig("200 mg once daily", 200, unit="mg"), fig("3 months", 3, unit="month")]),
        ("Membership is £12 once a month.", [fig("£12 once a month", 12, unit="GBP")]),
        ("Glasses cost $129 or $249 per pair.",
         [fig("$129", 129, unit="USD"), fig("$249 per pair", 249, unit="USD")]),
        ("The benefit is €64.20 or €95.10 a week.",
         [fig("€64.20", 64.2, unit="EUR"), fig("€95.10 a week", 95.1, unit="EUR")]),
        ("Take 4 or 5 doses.", [fig("4 or 5 doses", 4, 5, unit="doses")]),
    ],
    # missed forms: a sample's range after its median, a supplement's measure counted in
    # words, a nutrition panel's field before its value, a BMI that sets a dosing rule, a
    # week of pregnancy from which on
    "missed forms": [
        ("The median age at entry was 49 years (range 22–76), and 41% were men.",
         [fig("49 years", 49, unit="year"), fig("22–76", 22, 76, unit="year"),
          fig("41%", 41, unit="percent")]),
        ("Median follow-up was 8 months (range 2–19).",
         [fig("8 months", 8, unit="month"), fig("2–19", 2, 19, unit="month")]),
        ("Median OS was 14.2 months (95% CI 11.0–17.1).",
         [fig("14.2 months", 14.2, unit="month")]),
        ("One level scoop (10 g) gives 20 vitamins.",
         [fig("One level scoop", 1, unit="level scoop"), fig("10 g", 10, unit="g"),
          fig("20 vitamins", 20, unit="vitamins")]),
        ("One heaped teaspoon in water.",
         [fig("One heaped teaspoon", 1, unit="heaped teaspoon")]),
        ("Two injections can be given at one appointment.",
         [fig("Two injections", 2, unit="injections")]),
        ("Serving Size 2 Capsules · Servings Per Container 60",
         [fig("2 Capsules", 2, unit="Capsules"), fig("60", 60)]),
        ("For adults with severe obesity (BMI ≥ 40 kg/m²), dosing is based on adjusted weight.",
         [fig("≥ 40 kg/m²", 40, None, unit="kg/m2")]),
        ("Adults (BMI ≥ 35 kg/m²) lost 9 kg.", [fig("9 kg", 9, unit="kg")]),
        ("Pregnant women can have the booster from 12 weeks.",
         [fig("from 12 weeks", 12, None, unit="week")]),
        ("Scans in pregnancy from 12 to 14 weeks.",
         [fig("from 12 to 14 weeks", 12, 14, unit="week")]),
    ],
    # a tolerance with the range it holds over in brackets: the tolerance alone
    "tolerances": [
        ("Saturation error (Arms) ±3% (75–100%); not specified below 75%.",
         [fig("±3%", -3, 3, unit="percent")]),
        ("Pulse accuracy ±3 bpm (30–250 bpm).", [fig("±3 bpm", -3, 3, unit="bpm")]),
        ("Cuff accuracy ±3 mmHg (0–300 mmHg).", [fig("±3 mmHg", -3, 3, unit="mmHg")]),
        ("Weight fell 4 kg (2–6 kg).",
         [fig("4 kg", 4, unit="kg"), fig("2–6 kg", 2, 6, unit="kg")]),
        ("Mean 5.2 (SD) ±2.1 kg.", [fig("5.2", 5.2), fig("2.1 kg", 2.1, unit="kg")]),
    ],
    # issue 11: counts in words whose noun is left out or is what a scheme pays for; "one
    # of the" is a pronoun
    "word counts": [
        ("Four wards opened and two closed.",
         [fig("Four wards", 4, unit="wards"), fig("two", 2)]),
        ("Three councils rose while two fell sharply.",
         [fig("Three councils", 3, unit="councils"), fig("two", 2)]),
        ("Six nurses and two doctors left.",
         [fig("Six nurses", 6, unit="nurses"), fig("two doctors", 2, unit="doctors")]),
        ("The voucher covers one pair of glasses every two years.",
         [fig("one pair", 1, unit="pair"), fig("two years", 2, unit="year")]),
        ("You get one hearing aid per ear.",
         [fig("one hearing aid", 1, unit="hearing aid")]),
        ("Waiting for one of the 15 key tests.",
         [fig("15 key tests", 15, unit="key tests")]),
        ("Three of the four sites closed.",
         [fig("Three", 3), fig("four sites", 4, unit="sites")]),
    ],
}  # fmt: skip

ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s58"
)

TABLES = {
    # an Age column's cell is an age however it goes on: a part in months, a bracket of words
    "schedule.md": (
        "| Age | Vaccine | Doses |\n|---|---|---|\n"
        "| 6 weeks | 5-in-1 | 1 |\n| 13 months (from the birthday month) | MMR | 1 |\n"
        "| 3 to 11 years (yearly) | flu | 1 |\n| 2 years 3 months | booster | 1 |\n",
        [("1", 1, None), ("1", 1, None), ("1", 1, None), ("1", 1, None)],
    ),
    # a column titled by when children are measured names the age a share is of
    "coverage.md": (
        "| Vaccine | Measured at | Coverage 2024 (%) |\n|---|---|---:|\n"
        "| DTaP (4 doses) | 5 years | 86.1 |\n| 5-in-1 (3 doses) | 12 months | 90.3 |\n",
        [("86.1", 86.1, "percent"), ("90.3", 90.3, "percent")],
    ),
    "coverage.html": (
        "<table><tr><th>Vaccine</th><th>Given at</th><th>Uptake (%)</th></tr>\n"
        "<tr><td>Rotavirus</td><td>8 weeks</td><td>89.0</td></tr>\n"
        "<tr><td>MenB booster</td><td>1 year</td><td>87.5</td></tr>\n</table>\n",
        [("89.0", 89.0, "percent"), ("87.5", 87.5, "percent")],
    ),
    # a dosing table's row headers under a measure patients are sorted by: bands are labels
    "renal.md": (
        "| Creatinine clearance (mL/min) | Dose (mg) | Interval (hours) |\n|---|---|---|\n"
        "| ≥ 60 | 400 | 12 |\n| 30–59 | 200 | 24 |\n| < 15 or on dialysis | 100 | 48 |\n",
        [("400", 400, "mg"), ("12", 12, "hour"), ("200", 200, "mg"), ("24", 24, "hour"),
         ("100", 100, "mg"), ("48", 48, "hour")],
    ),
    "renal.html": (
        "<table><tr><th>CrCl (mL/min)</th><th>Dose (mg/kg)</th></tr>"
        "<tr><td>&gt; 50</td><td>10</td></tr><tr><td>25&ndash;50</td><td>7.5</td></tr></table>\n",
        [("10", 10, "mg/kg"), ("7.5", 7.5, "mg/kg")],
    ),
    # a point there is what the row is
    "weight.md": (
        "| Body weight (kg) | Dose (mg) |\n|---|---|\n| 60 | 450 |\n",
        [("60", 60, "kg"), ("450", 450, "mg")],
    ),
    # a column header's bound before its period frames the cells; a supply basis is none
    "waits.md": (
        "| Specialty | Total | Over 40 weeks |\n|---|---|---|\n| ENT | 1,200 | 35 |\n",
        [("1,200", 1200, None), ("35", 35, None)],
    ),
    "supply.md": (
        "| Tier | Pharmacy, 28-day supply | Post, 84-day supply |\n|---|---|---|\n"
        "| 1 | $0 | $10 |\n",
        [("$0", 0, "USD"), ("$10", 10, "USD")],
    ),
    "days.html": (
        "<table><tr><th>Service</th><th>Days</th><th>Cost</th></tr>"
        "<tr><td>Hospital</td><td>Days 1&ndash;3</td><td>$300 per day</td></tr>"
        "<tr><td></td><td>Days 150+</td><td>All costs</td></tr></table>\n",
        [("$300 per day", 300, "USD")],
    ),
    # a row header's bracketed count is no course count where it is no vaccine's
    "arms.md": (
        "| Arm | Patients |\n|---|---|\n| Placebo (n=120) | 40 |\n",
        [("120", 120, None), ("40", 40, None)],
    ),
    # a heading that opens with a product and its strength names it
    "product.md": (
        "# Brandol 250 mg film-coated tablets\n\nEach tablet contains 250 mg brandolin.\n",
        [("250 mg", 250, "mg")],
    ),
    "product.html": (
        "<h1>Brandol 250 mg tablets / Brandol 10 mg/mL oral solution</h1>\n"
        "<p>The usual dose is 10 mg/kg.</p>\n",
        [("10 mg/kg", 10, "mg/kg")],
    ),
    # a ± in a cell after a header's bracket of words opens the figure
    "oximeter.html": (
        "<table><tr><th>Display range</th><td>0–100%</td></tr>"
        "<tr><th>Oxygen saturation error (A<sub>rms</sub>)</th>"
        "<td>±3% (75–100%); not specified below 75%</td></tr>"
        "<tr><th>Temperature (operating)</th><td>±0.3 °C</td></tr></table>\n",
        [("0–100%", 0, "percent"), ("±3%", -3, "percent"), ("±0.3 °C", -0.3, "°C")],
    ),
}  # fmt: skip


read_tables, test_table_figures_are_the_cells = table_cell_tests(TABLES, "s58_tables")
