"""Figure forms of session 55, fixed as kinds with sentences of our own.

Each kind has its table; all sentences are extracted in one ``claimcheck extract`` run and
each figure is checked with its offsets (``text == file[start:end]``). The README's "Session
55 forms" item says each rule.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

# Kind 6: a capital ``X`` typed as the times sign reads as the lower-case ``x`` does.
CAPITAL_TIMES = [
    ("Give 500mg X 2 daily.",
     [fig("500mg", 500, unit="mg"), fig("X 2 daily", 2, unit="times/day", per="day")]),
    ("Take 5 ml X 3 daily.",
     [fig("5 ml", 5, unit="mL"), fig("X 3 daily", 3, unit="times/day", per="day")]),
    ("Inhale 2 puffs X 4 daily.",
     [fig("2 puffs", 2, unit="puffs"), fig("X 4 daily", 4, unit="times/day", per="day")]),
    ("Dissolve 1 sachet X 2 per day.",
     [fig("1 sachet", 1, unit="sachet"), fig("X 2 per day", 2, unit="times/day", per="day")]),
    ("Take 1 tablet X 3 times a day.",
     [fig("1 tablet", 1, unit="tablet"), fig("3 times a day", 3, unit="times/day")]),
    ("Take 1 tablet x 3 times a day.",
     [fig("1 tablet", 1, unit="tablet"), fig("3 times a day", 3, unit="times/day")]),
    ("Apply the cream 3X daily.", [fig("3X daily", 3, unit="times/day", per="day")]),
    ("Use the spray 2X weekly.", [fig("2X weekly", 2, unit="times/week", per="week")]),
    ("Swallow 2 X 250 mg capsules.",
     [fig("2 X", 2, unit="capsules"), fig("250 mg", 250, unit="mg")]),
    ("The Model X 2 launched in May.", []),
]  # fmt: skip

# Kind 3: a service line's short number said as a way to get help, and a route's or a
# place's number, are no figures; a count, a change or a measure beside the digits stays.
SERVICE_AND_ROUTE = [
    ("You can get help from 111 at any time.", []),
    ("Contact 111 for advice about your symptoms.", []),
    ("Try 111 first if your GP is closed.", []),
    ("Use 988 to reach a crisis counsellor.", []),
    ("For urgent help, 111 is open all day.", []),
    ("Emergency numbers: 999 and 112.", []),
    ("In the US dial 911; in Europe, 112.", []),
    ("Ring 999 or 112 straight away.", []),
    ("The 73 bus stops outside the surgery.", []),
    ("The 12 bus stops here every hour.", []),
    ("Leave the motorway at junction 5.", []),
    ("Queue at window 2 for your tablets.", []),
    ("Report to counter 4 on arrival.", []),
    ("The lounge is in zone 2.", []),
    ("Take Route 9 to platform 4, then Gate 12.", []),
    ("Ward 7 is next to Room 204.", []),
    ("The unit saw 111 patients.", [fig("111 patients", 111, unit="patients")]),
    ("Numbers fell to 111 last year.", [fig("111", 111)]),
    ("Admissions rose from 112 in 2019 to 140.", [fig("112", 112), fig("140", 140)]),
    ("The 73 bus stops were moved last year.", [fig("73 bus stops", 73, unit="bus stops")]),
    ("There are 73 bus stops in town.", [fig("73 bus stops", 73, unit="bus stops")]),
]  # fmt: skip

# Kind 2: a period hyphened as an adjective is the length of the noun after it, in words as
# in digits; before a plan, a strategy, a forecast, a market's high or an amount of money it
# names a kind or a term, no figure, in digits as in words.
PERIOD_ADJECTIVES = [
    ("We went on a two-week trip to Spain.", [fig("two-week", 2, unit="week")]),
    ("We went on a 2-week trip to Spain.", [fig("2-week", 2, unit="week")]),
    ("She booked a three-day visit to the clinic.", [fig("three-day", 3, unit="day")]),
    ("The three-year study followed 400 women.",
     [fig("three-year", 3, unit="year"), fig("400 women", 400, unit="women")]),
    ("He started a 12-month course of tablets.", [fig("12-month", 12, unit="month")]),
    ("A six-week programme of exercise helps.", [fig("six-week", 6, unit="week")]),
    ("It was a nine-month pregnancy.", [fig("nine-month", 9, unit="month")]),
    ("Pharmacies give a two-week supply.", [fig("two-week", 2, unit="week")]),
    ("A twenty-four-hour fast is risky.", [fig("twenty-four-hour", 24, unit="hour")]),
    ("She finished a fifty-two-week course.", [fig("fifty-two-week", 52, unit="week")]),
    ("A forty-eight-hour wait is normal.", [fig("forty-eight-hour", 48, unit="hour")]),
    ("They agreed a five-year plan.", []),
    ("They agreed a 5-year plan.", []),
    ("The 10-year NHS strategy was published.", []),
    ("Shares hit a 52-week high.", []),
    ("It raised its three-year growth forecast.", []),
    ("She won a five-year $700,000 award.", [fig("$700,000", 700000, unit="USD")]),
]  # fmt: skip

# Kind 1: glued pence and cents are prices in the hundredth (README "Cents and pence"), with
# what they are per after a slash; a chromosome arm and a stored temperature are none.
GLUED_PENCE = [
    ("A single dose costs 90p at the pharmacy.", [fig("90p", 90, unit="pence")]),
    ("There is a 45p charge for each sachet.", [fig("45p", 45, unit="pence")]),
    ("Each test strip is 99c online.", [fig("99c", 99, unit="cent")]),
    ("Calls cost 10p/min from a landline.", [fig("10p/min", 10, unit="pence", per="minute")]),
    ("Calls cost 10p per minute.", [fig("10p per minute", 10, unit="pence", per="minute")]),
    ("Calls cost 35 cents/min.", [fig("35 cents/min", 35, unit="cent", per="minute")]),
    ("The bag levy is 5p/bag.", [fig("5p/bag", 5, unit="pence", per="bag")]),
    ("The gel is £1.20 or 99p for the small tube.",
     [fig("£1.20", 1.2, unit="GBP"), fig("99p", 99, unit="pence")]),
    ("It costs 80p-£1.", [fig("80p", 80, unit="pence"), fig("£1", 1, unit="GBP")]),
    ("Patients with del(17p) did worse.", []),
    ("A 17p deletion predicts resistance.", []),
    ("Loss of 17p is common in relapse.", []),
    ("Store below 25c in a dry place.", [fig("below 25c", None, 25, unit="°C", hi=False)]),
    ("Keep it at 4c in the fridge.", [fig("4c", 4, unit="°C")]),
]  # fmt: skip

# Kind 5: Spanish links, bounds and periods around prices on English-mixed pages.
SPANISH_MONEY = [
    ("Costs run $1,500 y $2,000.",
     [fig("$1,500", 1500, unit="USD"), fig("$2,000", 2000, unit="USD")]),
    ("The fee is entre $1,500 y $2,000.", [fig("entre $1,500 y $2,000", 1500, 2000, unit="USD")]),
    ("The price is de $1,500 a $2,000.", [fig("de $1,500 a $2,000", 1500, 2000, unit="USD")]),
    ("Therapy costs $300 al mes.", [fig("$300 al mes", 300, unit="USD", per="month")]),
    ("Each visit is MXN 4,500 por sesión.",
     [fig("MXN 4,500 por sesión", 4500, unit="MXN", per="session")]),
    ("Rent is $5,000 mensuales.", [fig("$5,000 mensuales", 5000, unit="USD", per="month")]),
    ("It costs $120 por día.", [fig("$120 por día", 120, unit="USD", per="day")]),
    ("Cover is hasta $5,000.", [fig("hasta $5,000", None, 5000, unit="USD")]),
    ("Take 1 tableta cada 8 horas.",
     [fig("1 tableta", 1, unit="tableta"), fig("8 horas", 8, unit="hour")]),
    ("The dose is 500 mg al día.", [fig("500 mg al día", 500, unit="mg", per="day")]),
]  # fmt: skip

# Kind 7a: a price per an item or a minute after a slash (as price lists write a copay).
SLASH_BASES = [
    ("Copays are $25/visit.", [fig("$25/visit", 25, unit="USD", per="visit")]),
    ("The levy is £5/bag.", [fig("£5/bag", 5, unit="GBP", per="bag")]),
    ("Generic pills cost $2/pill.", [fig("$2/pill", 2, unit="USD", per="pill")]),
    ("Calls cost £1/min.", [fig("£1/min", 1, unit="GBP", per="minute")]),
    ("Physio is €40/session.", [fig("€40/session", 40, unit="EUR", per="session")]),
    ("It is €3/day.", [fig("€3/day", 3, unit="EUR", per="day")]),
]  # fmt: skip

# Kind 7b: a spelled part of one dose form is its fraction, not one of a "half tablet".
UNIT_FRACTIONS = [
    ("Take one half tablet at night.", [fig("one half tablet", 0.5, unit="tablet")]),
    ("Take one-half tablet at night.", [fig("one-half tablet", 0.5, unit="tablet")]),
    ("Add one third cup of oats.", [fig("one third cup", 1 / 3, unit="cup")]),
    ("Take one quarter tablet daily.",
     [fig("one quarter tablet daily", 0.25, unit="tablet/day", per="day")]),
    ("Give one half teaspoon twice a day.",
     [fig("one half teaspoon", 0.5, unit="teaspoon"), fig("twice a day", 2, unit="times/day")]),
    ("Give one and a half tablets.", [fig("one and a half tablets", 1.5, unit="tablets")]),
]  # fmt: skip

KINDS = {
    "slash bases": SLASH_BASES,
    "unit fractions": UNIT_FRACTIONS,
    "glued pence": GLUED_PENCE,
    "spanish money": SPANISH_MONEY,
    "capital times sign": CAPITAL_TIMES,
    "service and route": SERVICE_AND_ROUTE,
    "period adjectives": PERIOD_ADJECTIVES,
}
CASES = [(kind, text, expected) for kind, cases in KINDS.items() for text, expected in cases]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s55"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}: {t[:40]}" for k, t, _ in CASES]
)
def test_session_55_form_is_read(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


# Kind 4: a unit a table's header states without brackets or a comma is its cells' unit.
HEADER_TABLE = """\
| Site | Volunteer hours | Weight / kg | Duration [days] | Number of patients | Visits per year |
|---|---|---|---|---|---|
| North | 120 | 70 | 14 | 1,200 | 4 |

| Site | Sleep hours | Dose/mg | Steps per day | Patients | Year |
|---|---|---|---|---|---|
| South | 7 | 250 | 8,000 | 300 | 5 |
"""
HEADER_UNITS = [
    ("120", "hour", None), ("70", "kg", None), ("14", "day", None),
    ("1,200", "patients", None), ("4", "visits/year", "year"),
    ("7", "hour", None), ("250", "mg", None), ("8,000", "steps/day", "day"),
    ("300", None, None), ("5", None, None),
]  # fmt: skip


def test_header_units_without_brackets(tmp_path, extract_json):
    path = tmp_path / "table.md"
    path.write_text(HEADER_TABLE, encoding="utf-8")
    got = [
        (q["text"], q["unit"], q["per"])
        for c in extract_json(path)["documents"][0]["claims"]
        for q in c["quantities"]
        if HEADER_TABLE[q["start"] : q["end"]] == q["text"]
    ]
    assert got == HEADER_UNITS
