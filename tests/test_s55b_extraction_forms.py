"""Figure forms from session 55's second set, fixed as kinds with our own examples.

Every paragraph of every kind is read in one ``claimcheck extract --format json`` run (the
offset contract checked for each figure); the README's "Session 55 forms (second set)" item
says each rule.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

KINDS: dict[str, list] = {
    # "by X to Y" after a verb that moves a level: the change, then the level reached
    "change then level": [
        ("Income fell by £9.3m to £14.6m last year.",
         [fig("£9.3m", 9.3e6, unit="GBP"), fig("£14.6m", 14.6e6, unit="GBP", role="after")]),
        ("Reserves rose by $2.1 million to $2.9 million.",
         [fig("$2.1 million", 2.1e6, unit="USD"),
          fig("$2.9 million", 2.9e6, unit="USD", role="after")]),
        ("Uptake increased by 2% to 3% in a year.",
         [fig("2%", 2, unit="percent"), fig("3%", 3, unit="percent", role="after")]),
        ("The register grew by 1,200 to 7,800 patients.",
         [fig("1,200", 1200), fig("7,800 patients", 7800, unit="patients", role="after")]),
        ("The index dropped by 3 points to 41.",
         [fig("3 points", 3, unit="points"), fig("41", 41, role="after")]),
        ("Bed numbers went down by 40 to 950.", [fig("40", 40), fig("950", 950, role="after")]),
        # an effect's spread, the unit said once, stays a range
        ("Systolic pressure fell by 5 to 10 mmHg on the drug.",
         [fig("5 to 10 mmHg", 5, 10, unit="mmHg")]),
        ("The patch cuts cravings by 30% to 50%.", [fig("30% to 50%", 30, 50, unit="percent")]),
    ],
    # bare amounts after one currency sign or code: each an amount in that currency
    "currency list": [
        ("A session costs CHF 300, 500, 1'000 or 1'500 by length.",
         [fig("CHF 300", 300, unit="CHF"), fig("500", 500, unit="CHF"),
          fig("1'000", 1000, unit="CHF"), fig("1'500", 1500, unit="CHF")]),
        ("Vouchers of £20, 30 and 50 can be bought at the desk.",
         [fig("£20", 20, unit="GBP"), fig("30", 30, unit="GBP"), fig("50", 50, unit="GBP")]),
        ("Courses cost €150, 250, 400 for members.",
         [fig("€150", 150, unit="EUR"), fig("250", 250, unit="EUR"), fig("400", 400, unit="EUR")]),
        ("Fees of USD 40, 60 and 80 apply to visitors.",
         [fig("USD 40", 40, unit="USD"), fig("60", 60, unit="USD"), fig("80", 80, unit="USD")]),
        ("Memberships are $29, 49 or 79 a month.",
         [fig("$29", 29, unit="USD", per="month"), fig("49", 49, unit="USD"),
          fig("79 a month", 79, unit="USD")]),
        ("Awards of £1m, 2.5m or 4m were made.",
         [fig("£1m", 1e6, unit="GBP"), fig("2.5m", 2.5e6, unit="GBP"),
          fig("4m", 4e6, unit="GBP")]),
        # no list: two amounts with no "and"/"or", or a percent after the comma
        ("It cost £20, 30 patients came.",
         [fig("£20", 20, unit="GBP"), fig("30 patients", 30, unit="patients")]),
        ("It cost £20, 2020 and 2021 were dearer.", [fig("£20", 20, unit="GBP")]),
        ("Fees rose to £20, 30% above the old rate.",
         [fig("£20", 20, unit="GBP", role="after"), fig("30%", 30, unit="percent")]),
    ],
    # a range whose ends are in two units of one kind: one range in the low end's unit
    "mixed-unit range": [
        ("Hearing is tested from 250 Hz to 8 kHz.",
         [fig("from 250 Hz to 8 kHz", 250, 8000, unit="Hz")]),
        ("Uploads range from 900 KB to 2 MB.", [fig("from 900 KB to 2 MB", 900, 2000, unit="KB")]),
        ("Take 250 µg–1 mg daily.", [fig("250 µg–1 mg daily", 250, 1000, unit="µg")]),
        ("Hold the stretch for 45 seconds to 3 minutes.",
         [fig("45 seconds to 3 minutes", 45, 180, unit="second")]),
        ("A walk of 800 m to 2 km a day helps.",
         [fig("800 m to 2 km a day", 800, 2000, unit="m", per="day")]),
        ("Normal hearing spans 20 Hz–20 kHz.", [fig("20 Hz–20 kHz", 20, 20000, unit="Hz")]),
        ("The probe runs at 5 MHz.", [fig("5 MHz", 5, unit="MHz")]),
        ("A 3 kW heater was fitted.", [fig("3 kW", 3, unit="kW")]),
    ],
    # a reference to a provision of a law, regulation or code is no figure
    "provision reference": [
        ("The duty is set out in paragraph 25(4)(a) of the guidance.", []),
        ("Under regulation 12(1) providers must report incidents.", []),
        ("Consent rests on Article 9(2)(h) of the GDPR.", []),
        ("The criteria are in section 3.2 and Schedule 2.", []),
        ("Detention under s. 117(3) of the Act ends aftercare.", []),
        ("Paragraphs 12–14 apply to 30 clinics.", [fig("30 clinics", 30, unit="clinics")]),
        ("In section 3.2, 40 patients were seen.", [fig("40 patients", 40, unit="patients")]),
        ("A standard 500 mg dose was given.", [fig("500 mg", 500, unit="mg")]),
    ],
    # times of day and dates in European styles are no figures
    "clock time or date": [
        ("Visiting runs from 9 h 30 to 17 h 30.", []),
        ("Reception: Mon–Fri 8h–18h.", []),
        ("Open Tue-Sat 7h30-19h, Sun 9h-12h.", []),
        ("The lab opens 07h15 on weekdays.", []),
        ("Closed from 23.12. to 03.01. each winter.", []),
        ("Services resume on 05.01.2026 in the new wing.", []),
        ("Last samples at 16.45 please.", []),
        # lengths of time in the same shapes stay figures
        ("The relay took 2h30.", [fig("2h30", 2.5, unit="hour")]),
        ("Therapy cut sleep latency by 19.03 minutes.",
         [fig("19.03 minutes", 19.03, unit="minute")]),
        ("Symptoms start 6h to 24h after eating.",
         [fig("6h", 6, unit="hour"), fig("24h", 24, unit="hour")]),
    ],
    # a change said as a verb of multiplying: a multiple with its hedge or comparator
    "multiple verb": [
        ("Referrals more than doubled after 2015.",
         [fig("more than doubled", 2, None, unit="fold", approx=True, li=False,
              comparator="more than")]),
        ("Prescriptions nearly tripled over the decade.",
         [fig("nearly tripled", 3, unit="fold", approx=True)]),
        ("Rates in girls have quadrupled since 1980.",
         [fig("quadrupled", 4, unit="fold", approx=True)]),
        ("Child obesity has more than quintupled since 1975.",
         [fig("more than quintupled", 5, None, unit="fold", approx=True, li=False)]),
        ("Costs have roughly sextupled.", [fig("roughly sextupled", 6, unit="fold", approx=True)]),
        # halved is the relative effect of issue 11's kind 11, as "by half" is
        ("Smoking in teenagers has halved since 2000.",
         [fig("halved", 0.5, unit="proportion", approx=True)]),
        ("Use has more than halved.",
         [fig("more than halved", 0.5, None, unit="proportion", approx=True, li=False)]),
    ],
    # a share in words after a word of comparison: a proportion
    "compared share": [
        ("Now 40% of adults are obese, compared with a quarter in 1990.",
         [fig("40%", 40, unit="percent"), fig("a quarter", 0.25, unit="proportion")]),
        ("Some 62% responded versus half in the control arm.",
         [fig("Some 62%", 62, unit="percent", approx=True), fig("half", 0.5, unit="proportion")]),
        ("Coverage reached 70%, vs a fifth before the campaign.",
         [fig("70%", 70, unit="percent"), fig("a fifth", 0.2, unit="proportion")]),
        ("It was 20% compared with two-thirds in 2000.",
         [fig("20%", 20, unit="percent"), fig("two-thirds", 2 / 3, unit="proportion")]),
        ("Uptake is 80% against about half in 2015.",
         [fig("80%", 80, unit="percent"), fig("about half", 0.5, unit="proportion", approx=True)]),
        ("Half improved, against one in five on placebo.",
         [fig("Half", 0.5, unit="proportion"), fig("one in five", 0.2, unit="proportion")]),
        # an amount of something else after the comparison stays as it was
        ("It took 2 hours compared with half an hour.",
         [fig("2 hours", 2, unit="hour"), fig("half an hour", 0.5, unit="hour")]),
        ("Response was 30% versus a third dose group.", [fig("30%", 30, unit="percent")]),
    ],
    # found in price lists: a period after an Indian fee notice's "/-" is the amount's rate
    "fee notice period": [
        ("Ward stay is Rs. 650/- per day.",
         [fig("Rs. 650/- per day", 650, unit="INR", per="day")]),
        ("A lipid profile costs Rs 420/- per test.",
         [fig("Rs 420/- per test", 420, unit="INR", per="test")]),
        ("Private rooms are ₹3,200/- per day.",
         [fig("₹3,200/- per day", 3200, unit="INR", per="day")]),
        ("Visits cost from Rs.300/- to Rs.550/- per visit.",
         [fig("from Rs.300/- to Rs.550/- per visit", 300, 550, unit="INR")]),
        ("Registration is Rs 75/- (per visit).",
         [fig("Rs 75/- (per visit)", 75, unit="INR", per="visit")]),
        ("The card is Rs.150/- only.", [fig("Rs.150", 150, unit="INR")]),
    ],
    # found in price lists and tariffs: the basis in brackets after an amount is its rate
    "bracketed basis": [
        ("Counselling is £55 (per session).",
         [fig("£55 (per session)", 55, unit="GBP", per="session")]),
        ("Parking is £2.50 (per hour) on site.",
         [fig("£2.50 (per hour)", 2.5, unit="GBP", per="hour")]),
        ("The gym plan is €25 (a month).",
         [fig("€25 (a month)", 25, unit="EUR", per="month")]),
        ("Oxygen 180 (PER HOUR)", [fig("180 (PER HOUR)", 180, per="hour")]),
        ("Dressings cost $12 (per dressing item).",
         [fig("$12 (per dressing item)", 12, unit="USD", per="dressing item")]),
        # a bracket that says something else is no basis
        ("The fee fell by £20 (a decrease).", [fig("£20", 20, unit="GBP")]),
    ],
}  # fmt: skip

CASES = [(kind, text, expected) for kind, cases in KINDS.items() for text, expected in cases]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s55b"), [text for _, text, _ in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}: {t[:30]}" for k, t, _ in CASES]
)
def test_form_is_read_as_written(read, kind: str, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
