"""Figure forms from session 56's second set, fixed as kinds with our own examples.

Each kind's paragraphs are read in one ``claimcheck extract --format json`` run (the offset
contract checked for each figure), in Markdown and in HTML where a kind is prose; tables are
read as whole drafts. The README's "Session 56 forms (second set)" item says each rule.
"""

from __future__ import annotations

import pytest
from figure_helpers import fig, paragraph_tests
from form_helpers import figures_and_groups, quantities_by_file, table_cell_tests

KINDS: dict[str, list] = {
    # a period hyphened before the name of a standard, a target or a measure is its label
    "standard name": [
        ("Performance against the 28-day faster diagnosis standard was 74.1% in March.",
         [fig("74.1%", 74.1, unit="percent")]),
        ("The 62-day cancer standard was met for 79.5% of patients.",
         [fig("79.5%", 79.5, unit="percent")]),
        ("There were 312 12-hour waits in the emergency department last winter.",
         [fig("312", 312)]),
        ("The 15-minute handover standard was met on 41% of days.",
         [fig("41%", 41, unit="percent")]),
        ("Average 24-h urinary sodium fell by 0.8 g.", [fig("0.8 g", 0.8, unit="g")]),
        ("The 4-hour A&E target is 95%.", [fig("95%", 95, unit="percent")]),
        ("The 30-day readmission rate was 9% after the new discharge service.",
         [fig("9%", 9, unit="percent")]),
        ("Mean 24-hour ambulatory systolic pressure was 131 mmHg.",
         [fig("131 mmHg", 131, unit="mmHg")]),
        # one wait, a thing promised and a course are lengths: figures
        ("Patients face a 62-day wait for treatment.", [fig("62-day", 62, unit="day")]),
        ("We offer a 10-year guarantee on implants.", [fig("10-year", 10, unit="year")]),
        ("Join our 12-week programme for £120.",
         [fig("12-week", 12, unit="week"), fig("£120", 120, unit="GBP")]),
    ],
    # a period with an open end is a duration, never a count of "weeks"
    "open-ended period": [
        ("Waits of 12+ weeks are now rare.", [fig("12+ weeks", 12, None, unit="week")]),
        ("Fast for 24+ hours before the scan.", [fig("24+ hours", 24, None, unit="hour")]),
        ("A course of 3+ months helps most people.", [fig("3+ months", 3, None, unit="month")]),
        ("Only 2+ years of data exist.", [fig("2+ years", 2, None, unit="year")]),
        ("Rest for 10+ days after the operation.", [fig("10+ days", 10, None, unit="day")]),
    ],
    # a lone "from" and a price after a word that names the product is a price floor
    "price floor": [
        ("Eye drops from £4.99.", [fig("from £4.99", 4.99, None, unit="GBP")]),
        ("Brow lift from £2,800, including the consultation.",
         [fig("from £2,800", 2800, None, unit="GBP")]),
        ("Breast reduction surgery from £5,500.", [fig("from £5,500", 5500, None, unit="GBP")]),
        ("Full lower dentures from £650.", [fig("from £650", 650, None, unit="GBP")]),
        ("Sinus lift: from £1,350.", [fig("from £1,350", 1350, None, unit="GBP")]),
        # a verb of change, or a change with its end, stays a change
        ("Prices were cut from £40.", [fig("£40", 40, unit="GBP", role="before")]),
        ("A price reduction from £40 to £30 applies.",
         [fig("£40", 40, unit="GBP", role="before"), fig("£30", 30, unit="GBP", role="after")]),
    ],
    # the Turkish lira written after the amount, with dot-grouped thousands
    "lira after the amount": [
        ("A veneer costs 2.400 TL in Izmir.", [fig("2.400 TL", 2400, unit="TRY")]),
        ("A crown is 950 TL and a bridge 12.750 TL.",
         [fig("950 TL", 950, unit="TRY"), fig("12.750 TL", 12750, unit="TRY")]),
        ("Whitening costs 3.250 lira.", [fig("3.250 lira", 3250, unit="TRY")]),
        ("Implants cost 18.500 TRY.", [fig("18.500 TRY", 18500, unit="TRY")]),
        ("A scan is 1.750 Turkish lira.", [fig("1.750 Turkish lira", 1750, unit="TRY")]),
        ("The cheapest filling is 7.5 TL.", [fig("7.5 TL", 7.5, unit="TRY")]),
    ],
    # "up" that belongs to a verb of totalling or of working up: no bound
    "total verb": [
        ("Three takeaways a week add up to roughly 4,500 kcal.",
         [fig("Three takeaways a week", 3, unit="takeaways/week", per="week"),
          fig("roughly 4,500 kcal", 4500, unit="kcal", approx=True)]),
        ("These charges soon added up to £2,000.", [fig("£2,000", 2000, unit="GBP")]),
        ("Late fees adding up to £340 were refunded.", [fig("£340", 340, unit="GBP")]),
        ("Ramp up to 10,000 steps a day.",
         [fig("10,000 steps a day", 10000, unit="steps/day", per="day")]),
        ("Small bills totted up to £90.", [fig("£90", 90, unit="GBP")]),
        # a bound stays a bound
        ("Take up to 4 tablets a day.",
         [fig("up to 4 tablets a day", None, 4, unit="tablets/day", per="day")]),
    ],
    # "crossed" before a total: more than it, as "passed" and "topped" are
    "crossed": [
        ("Annual revenue crossed ₹85 crore in 2024.",
         [fig("crossed ₹85 crore", 8.5e8, None, unit="INR", li=False)]),
        ("Membership has crossed 10,000.", [fig("crossed 10,000", 10000, None, li=False)]),
        ("The trust's income crossed £1 billion for the first time.",
         [fig("crossed £1 billion", 1e9, None, unit="GBP", li=False)]),
        ("Sign-ups are crossing 40% of those invited.",
         [fig("crossing 40%", 40, None, unit="percent", li=False)]),
        ("Visits crosses 5,000 a year in most years.",
         [fig("crosses 5,000 a year", 5000, None, li=False, per="year")]),
        # a way gone across is no total
        ("The team crossed 12 km on foot.", [fig("12 km", 12, unit="km")]),
    ],
    # a whole divided in words: each part after the first leaves the whole out
    "divided whole": [
        ("Fill half your plate with salad, a third with rice and the final sixth with fish.",
         [fig("half", 0.5, unit="proportion"), fig("a third", 1 / 3, unit="proportion"),
          fig("sixth", 1 / 6, unit="proportion")]),
        ("Spend half your budget on rent, a third on food and the rest on bills.",
         [fig("half", 0.5, unit="proportion"), fig("a third", 1 / 3, unit="proportion")]),
        ("Give a quarter of the day to rest and the other three quarters to work.",
         [fig("a quarter", 0.25, unit="proportion"),
          fig("three quarters", 0.75, unit="proportion")]),
        ("Put a third of your plate aside for fruit, and half for vegetables.",
         [fig("a third", 1 / 3, unit="proportion"), fig("half", 0.5, unit="proportion")]),
        ("Fill half my mug with milk.", [fig("half", 0.5, unit="proportion")]),
        # an amount of something else stays as it was
        ("Half an hour a day is enough.",
         [fig("Half an hour a day", 0.5, unit="hour", per="day")]),
    ],
    # a BMI band in a sentence of who may have a treatment is its threshold, a figure
    "BMI threshold": [
        ("Your doctor can refer you if your BMI is 35 or more.",
         [fig("35 or more", 35, None)]),
        ("If your BMI is over 27 you may be offered the injection.",
         [fig("over 27", 27, None, li=False)]),
        ("You qualify when your BMI is above 30.", [fig("above 30", 30, None, li=False)]),
        ("Surgery is offered to adults with a BMI of 40 or more.",
         [fig("40 or more", 40, None)]),
        ("People are eligible if their BMI is at least 28.", [fig("at least 28", 28, None)]),
        # a band naming whom a result is about stays a group label
        ("Adults with a BMI over 35 lost 9 kg on average.", [fig("9 kg", 9, unit="kg")]),
    ],
    # "a"/"an" and a unit of time after "after", before "later", or after "over" where
    # digits would be a period: one of the unit, as "1 year later" is
    "a period said with a": [
        ("Most scars fade after a year.", [fig("a year", 1, unit="year")]),
        ("Her cough was gone a week later.", [fig("a week", 1, unit="week")]),
        ("Half of them relapsed a month later.",
         [fig("Half", 0.5, unit="proportion"), fig("a month", 1, unit="month")]),
        ("She lost 5 kg over a year.", [fig("5 kg", 5, unit="kg"), fig("a year", 1, unit="year")]),
        ("Most of the 40 doses were given after a fortnight.",
         [fig("40 doses", 40, unit="doses"), fig("a fortnight", 2, unit="week")]),
        # a bound, a comparison's baseline and a frequency stay as they were
        ("Symptoms lasting over a month need a check.",
         [fig("over a month", 1, None, unit="month", li=False)]),
        ("Referrals were 3% higher than a year earlier.", [fig("3%", 3, unit="percent")]),
        ("We see patients once a week.",
         [fig("once a week", 1, unit="times/week", per="week")]),
    ],
    # a month's name before a figure: no day of a date unless it is one
    "month before a figure": [
        ("In January 2,114 patients attended.",
         [fig("2,114 patients", 2114, unit="patients")]),
        ("In November 83 per cent were seen on time.",
         [fig("83 per cent", 83, unit="percent")]),
        ("By June 12.5% had enrolled.", [fig("12.5%", 12.5, unit="percent")]),
        ("In August 1,250 people used the app.", [fig("1,250 people", 1250, unit="people")]),
        ("At the end of March 74.2% of referrals were triaged.",
         [fig("74.2%", 74.2, unit="percent")]),
        ("The clinic opened on March 3, 2021 with 12 beds.", [fig("12 beds", 12, unit="beds")]),
    ],
    # a count in words: per a period after the dose form it counts, or before a conjunction
    "count in words": [
        ("The pack holds 28 tablets: take one a day.",
         [fig("28 tablets", 28, unit="tablets"), fig("one a day", 1, per="day")]),
        ("The course is 14 capsules, one a day.",
         [fig("14 capsules", 14, unit="capsules"), fig("one a day", 1, per="day")]),
        ("There are 20 sachets, two a day for ten days.",
         [fig("20 sachets", 20, unit="sachets"), fig("two a day", 2, per="day"),
          fig("ten days", 10, unit="day")]),
        ("Beans count as one portion whatever amount you eat.",
         [fig("one portion", 1, unit="portion")]),
        ("Smoothies give just one portion however large they are.",
         [fig("one portion", 1, unit="portion")]),
    ],
    # a stay counted in nights, hyphened before what it is the length of
    "nights": [
        ("Book a 10-night cruise.", [fig("10-night", 10, unit="night")]),
        ("Our 7-night retreat costs £900.",
         [fig("7-night", 7, unit="night"), fig("£900", 900, unit="GBP")]),
        ("A three-night stay is included.", [fig("three-night", 3, unit="night")]),
        ("The 2-night package is popular.", [fig("2-night", 2, unit="night")]),
        ("A stay of 5 nights costs £600.",
         [fig("5 nights", 5, unit="nights"), fig("£600", 600, unit="GBP")]),
    ],
    # a bound on how long ago is a bound on the time since; a bare "ago" dates an event
    "bounded ago": [
        ("People diagnosed less than 4 years ago can join.",
         [fig("less than 4 years", None, 4, unit="year", hi=False)]),
        ("Anyone vaccinated more than 10 years ago needs a booster.",
         [fig("more than 10 years", 10, None, unit="year", li=False)]),
        ("She had surgery over 2 years ago.",
         [fig("over 2 years", 2, None, unit="year", li=False)]),
        ("Those treated under 6 months ago are excluded.",
         [fig("under 6 months", None, 6, unit="month", hi=False)]),
        ("It was at least 3 weeks ago.", [fig("at least 3 weeks", 3, None, unit="week")]),
        ("We opened 5 years ago.", []),
        ("It started about 3 years ago.", []),
    ],
    # extract's unit is the annotation guide's; claimcheck's own is beside it in unit_as_read
    "guide's unit": [
        ("Rent is £650 pcm.",
         [fig("£650 pcm", 650, unit="GBP", per="month", unit_as_read="GBP/month")]),
        ("Physio is Rs. 800 a session.",
         [fig("Rs. 800 a session", 800, unit="INR", per="session",
              unit_as_read="INR/session")]),
        ("Malaria tablets are £3.20 per tablet.",
         [fig("£3.20 per tablet", 3.2, unit="GBP", per="tablet", unit_as_read="GBP/tablet")]),
        ("Extra nights cost €90 a night.",
         [fig("€90 a night", 90, unit="EUR", per="night", unit_as_read="EUR/night")]),
        ("Results come in 5 to 7 working days.",
         [fig("5 to 7 working days", 5, 7, unit="day", unit_as_read="working days")]),
        ("We lost 11 operating days to strikes.",
         [fig("11 operating days", 11, unit="day", unit_as_read="operating days")]),
        # a count per a period keeps its unit, as the guide writes it
        ("About 3 deaths a year are reported.",
         [fig("About 3 deaths a year", 3, unit="deaths/year", per="year", approx=True)]),
    ],
}  # fmt: skip

ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s56b"
)

TABLES = {
    # a row or column header's period bound frames its cells: no figure of its own
    "rows.md": (
        "| Indicator | Apr | May |\n|---|--:|--:|\n| Total referrals | 4,210 | 4,388 |\n"
        "| % seen within 2 weeks | 88.1% | 90.4% |\n| Waiting over 26 weeks | 312 | 298 |\n"
        "| Handovers over 30 minutes | 41 | 37 |\n| Patients waiting 12+ weeks | 18 | 15 |\n"
        "| Stays longer than 21 days | 77 | 81 |\n",
        [("4,210", 4210, None), ("4,388", 4388, None), ("88.1%", 88.1, "percent"),
         ("90.4%", 90.4, "percent"), ("312", 312, None), ("298", 298, None), ("41", 41, None),
         ("37", 37, None), ("18", 18, None), ("15", 15, None), ("77", 77, None),
         ("81", 81, None)],
    ),
    "columns.md": (
        "| Clinic | Waiting list | Waiting 4+ weeks | % waiting 4+ weeks |\n|---|--:|--:|--:|\n"
        "| Audiology | 1,240 | 310 | 25.0% |\n| Dermatology | 2,015 | 644 | 32.0% |\n",
        [("1,240", 1240, None), ("310", 310, None), ("25.0%", 25.0, "percent"),
         ("2,015", 2015, None), ("644", 644, None), ("32.0%", 32.0, "percent")],
    ),
    "rows.html": (
        "<table><tr><th>Measure</th><th>Q1</th><th>Q2</th></tr>\n"
        "<tr><td>Discharged within 7 days</td><td>64%</td><td>67%</td></tr>\n"
        "<tr><td>Seen in under 15 minutes</td><td>81%</td><td>79%</td></tr>\n</table>\n",
        [("64%", 64, "percent"), ("67%", 67, "percent"), ("81%", 81, "percent"),
         ("79%", 79, "percent")],
    ),
    # under a "Standard" column the row header states the standard's threshold: a figure
    "standards.md": (
        "| Standard | Target | Q1 | Q2 |\n|---|--:|--:|--:|\n"
        "| Patients seen within 4 hours | 95% | 81.2% | 83.0% |\n",
        [("within 4 hours", None, "hour"), ("95%", 95, "percent"), ("81.2%", 81.2, "percent"),
         ("83.0%", 83.0, "percent")],
    ),
    # the same bound in prose, a point period in a row header, a row with no figures: kept
    "kept.md": (
        "Patients waiting over 26 weeks fell to 280.\n\n| Service | Price |\n|---|--:|\n"
        "| Consultation (45 minutes) | £120 |\n| Express test (results within 2 days) | |\n",
        [("over 26 weeks", 26, "week"), ("280", 280, None), ("45 minutes", 45, "minute"),
         ("£120", 120, "GBP"), ("within 2 days", None, "day")],
    ),


    # a lone "from" in a price cell is a floor, even after a row header such as "Sinus lift"
    "floors.md": (
        "| Treatment | London | Budapest |\n|---|--:|--:|\n"
        "| Sinus lift | from £1,350 | from €700 |\n"
        "| Breast reduction | from £4,900 | €2,900 |\n",
        [("from £1,350", 1350, "GBP"), ("from €700", 700, "EUR"), ("from £4,900", 4900, "GBP"),
         ("€2,900", 2900, "EUR")],
    ),
    "floors.html": (
        "<table><tr><th>Item</th><th>Price</th></tr>\n"
        "<tr><td>Sinus lift</td><td>from £1,350</td></tr>\n"
        "<tr><td>Hygiene visit</td><td>from &euro;65</td></tr>\n</table>\n",
        [("from £1,350", 1350, "GBP"), ("from &euro;65", 65, "EUR")],
    ),
    # a bracket after another price, or with a hedge, is a conversion: never a negative
    "conversions.md": (
        "| Treatment | London | Budapest |\n|---|--:|--:|\n"
        "| Implant | £2,300 | €850 (about £730) |\n"
        "| Crown | £900 | €300 (£255) |\n| Veneer | £700 | €250 (c. £215) |\n",
        [("£2,300", 2300, "GBP"), ("€850", 850, "EUR"), ("about £730", 730, "GBP"),
         ("£900", 900, "GBP"), ("€300", 300, "EUR"), ("£255", 255, "GBP"), ("£700", 700, "GBP"),
         ("€250", 250, "EUR"), ("c. £215", 215, "GBP")],
    ),
    "conversions.html": (
        "<table><tr><th>Item</th><th>Budapest</th></tr>\n"
        "<tr><td>Bridge</td><td>€700 (~£600)</td></tr>\n"
        "<tr><td>Inlay</td><td>€350 (approx. £300)</td></tr>\n</table>\n",
        [("€700", 700, "EUR"), ("~£600", 600, "GBP"), ("€350", 350, "EUR"),
         ("approx. £300", 300, "GBP")],
    ),
    # an account's negative fills its cell, under a money header
    "account.md": (
        "| Line | 2025 £m |\n|---|--:|\n| Operating result | (2.4) |\n",
        [("2.4", -2.4e6, "GBP")],
    ),
}  # fmt: skip


read_tables, test_table_figures_are_the_cells = table_cell_tests(TABLES, "s56b_tables")


@pytest.mark.parametrize("name", ["floors.md", "floors.html"])
def test_a_price_floor_in_a_cell_is_open_above(read_tables, name: str) -> None:
    for quantity in read_tables[name]:
        if quantity["text"].startswith("from"):
            assert (quantity["high"], quantity["role"]) == (None, None)


AGES = {
    # the youngest age a product is for, said with a bare "from": who, no figure
    "The nasal flu spray is licensed from 2 years and costs £15.":
        (["£15"], [("from 2 years", 2, None, "year")]),
    "Rotavirus vaccine is given from 6 weeks, in 2 doses.":
        (["2 doses"], [("from 6 weeks", 6, None, "week")]),
    "Typhoid jabs can be given from 2 years, and the oral vaccine from 6 years; each course "
    "costs £40.":
        (["£40"], [("from 2 years", 2, None, "year"), ("from 6 years", 6, None, "year")]),
    "The syrup is suitable for babies from 3 months: 2.5 ml twice a day.":
        (["2.5 ml", "twice a day"], [("babies from 3 months", 3, None, "month")]),
    "Children 6 months to 5 years need two doses 4 weeks apart.":
        (["two doses", "4 weeks"], [("Children 6 months to 5 years", 0.5, 5, "year")]),
    # the ages a dose is for
    "The dose for 6–11 years is 5 mg twice a day.":
        (["5 mg", "twice a day"], [("6–11 years", 6, 11, "year")]),
    "The usual dosage for 12 to 17 years is 10 mg.":
        (["10 mg"], [("12 to 17 years", 12, 17, "year")]),
    # a change's ends stay figures
    "The wait fell from 2 years to 8 months.": (["2 years", "8 months"], []),
}  # fmt: skip


@pytest.fixture(scope="module")
def read_ages(tmp_path_factory):
    return figures_and_groups(
        tmp_path_factory.mktemp("s56b_ages"), list(AGES), ("text", "low", "high", "unit")
    )


@pytest.mark.parametrize("text", list(AGES))
def test_an_age_that_says_who_is_a_group(read_ages, text: str) -> None:
    figures, groups = read_ages[text]
    assert figures == AGES[text][0]
    assert groups == AGES[text][1]


def test_an_age_band_in_brackets_after_a_kind_of_age_is_a_group(tmp_path) -> None:
    draft = "| Group | Sleep |\n|---|---|\n| School age (6–13 years) | 9–11 hours |\n"
    found = quantities_by_file(tmp_path, {"sleep.md": draft})["sleep.md"]
    assert [(q["text"], q["low"], q["high"], q["unit"]) for q in found] == [
        ("9–11 hours", 9, 11, "hour")
    ]
