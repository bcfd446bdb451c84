"""Figure forms from session 56 (issue 11, extraction breadth), fixed as kinds with our own
examples.

Every paragraph of every kind is read in one ``claimcheck extract --format json`` run (the
offset contract checked for each figure); the lead-in and page kinds read whole drafts, and
the lint tests check what a writer sees: no CC102 on a timepoint, a bundle's count or an
appointment's name. The README's "Session 56 forms" item says each rule.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig
from form_helpers import html_page, quantities_by_file

REPO = Path(__file__).resolve().parents[1]

KINDS: dict[str, list] = {
    # a currency sign and a currency word around one amount: one figure, the word's currency
    "sign and currency word": [
        ("A root canal costs $800 pesos here.", [fig("$800 pesos", 800, unit="MXN")]),
        ("Whitening is $2,500 pesos mexicanos.",
         [fig("$2,500 pesos mexicanos", 2500, unit="MXN")]),
        ("A night at the clinic is $350 Colombian pesos.",
         [fig("$350 Colombian pesos", 350, unit="COP")]),
        ("Checks run $1,500 pesos chilenos.", [fig("$1,500 pesos chilenos", 1500, unit="CLP")]),
        ("An extraction is $45.000 pesos.", [fig("$45.000 pesos", 45000, unit="MXN")]),
        ("The visa fee was $1,000 Canadian dollars.",
         [fig("$1,000 Canadian dollars", 1000, unit="CAD")]),
        ("Insulin pens are $40 US dollars each.",
         [fig("$40 US dollars each", 40, unit="USD", unit_as_read="USD/item", per="item")]),
        ("The course is €90 euros in total.", [fig("€90 euros", 90, unit="EUR")]),
        ("A blood panel is ₹900 rupees.", [fig("₹900 rupees", 900, unit="INR")]),
        # what follows the word is the price's basis, and a range takes the word once
        ("Cleanings from $600 pesos per visit.",
         [fig("from $600 pesos per visit", 600, None, unit="MXN",
              unit_as_read="MXN/visit", per="visit",
              comparator="from")]),
        ("Implants cost from $9,000 to $14,000 pesos.",
         [fig("from $9,000 to $14,000 pesos", 9000, 14000, unit="MXN")]),
        ("Entre $700 y $1,100 pesos por consulta.",
         [fig("Entre $700 y $1,100 pesos por consulta", 700, 1100, unit="MXN",
              unit_as_read="MXN/consultation",
              per="consultation")]),
        # a word that names no currency the sign could be stays outside the figure
        ("It was £40, pounds of paperwork later.", [fig("£40", 40, unit="GBP")]),
    ],
    # "a dozen" is 12 with or without its noun; vague quantities are no figures
    "dozen and vague quantities": [
        ("We saw a dozen of them last winter.", [fig("a dozen", 12)]),
        ("The ward has tested a dozen.", [fig("a dozen", 12)]),
        ("Two dozen were referred on.", [fig("Two dozen", 24)]),
        ("Half a dozen dropped out.", [fig("Half a dozen", 6)]),
        ("About a dozen came back.", [fig("About a dozen", 12, approx=True)]),
        ("The service runs in a dozen towns.", [fig("a dozen towns", 12, unit="towns")]),
        ("Dozens of practices signed up.",
         [fig("Dozens of practices", 12, 120, unit="practices", hi=False)]),
        ("A couple of families wrote in.", []),
        ("A handful of GPs offer it.", []),
        ("Only a handful of them replied.", []),
        ("A few parents asked about it.", []),
        ("Twelve of them improved.", []),
    ],
    # a bundle's price: one money figure, the price as written; the count no figure of its own
    "bundle price": [
        ("Sports massage is £225 for three booked together.",
         [fig("£225", 225, unit="GBP")]),
        ("Plasters are 2 for £4 this week.", [fig("2 for £4", 4, unit="GBP")]),
        ("Book 3 physio sessions for £150 and save.",
         [fig("£150", 150, unit="GBP")]),
        ("A block of five classes for £60 is popular.",
         [fig("£60", 60, unit="GBP")]),
        ("We paid $95 for 100 test strips.", [fig("$95", 95, unit="USD")]),
        ("Lancets are $12 for 50.", [fig("$12", 12, unit="USD")]),
        ("The course is €480 for six.", [fig("€480", 480, unit="EUR")]),
        ("Swim passes cost £30 for 10 tickets.", [fig("£30", 30, unit="GBP")]),
        # the price of one of them is its rate; a period or people after "for" stay apart
        ("A taster is £35 for 1 session.",
         [fig("£35 for 1 session", 35, unit="GBP", unit_as_read="GBP/session", per="session")]),
        ("Membership is £120 for 12 months.",
         [fig("£120", 120, unit="GBP"), fig("12 months", 12, unit="month")]),
        ("The grant was £2m for 14 practices.",
         [fig("£2m", 2e6, unit="GBP"), fig("14 practices", 14, unit="practices")]),
        ("Entry is £18 for 2 adults.",
         [fig("£18", 18, unit="GBP"), fig("2 adults", 2, unit="adults")]),
    ],
    # stones and pounds as UK pages write a weight: glued, spaced, or stones alone
    "stones": [
        ("She weighed 11st 7lb before the diet.", [fig("11st 7lb", 161, unit="lb")]),
        ("His goal is 12st by summer.", [fig("12st", 12, unit="st")]),
        ("The target weight is 10 st.", [fig("10 st", 10, unit="st")]),
        ("Beds for people over 25st are on order.",
         [fig("over 25st", 25, None, unit="st", li=False, comparator="over")]),
        ("He went from 17st 3lb to 14st 11lb.",
         [fig("17st 3lb", 241, unit="lb", role="before"),
          fig("14st 11lb", 207, unit="lb", role="after")]),
        ("A healthy range for him is 10st to 12st.", [fig("10st to 12st", 10, 12, unit="st")]),
        # ordinals stay words
        ("It was her 1st visit, on the 21st of May.", []),
    ],
    # a price per item said as price lists shorten it: ea, apiece, a piece, a pop, /ea
    "per item": [
        ("Swabs are £4.50 ea in the shop.",
         [fig("£4.50 ea", 4.5, unit="GBP", unit_as_read="GBP/item", per="item")]),
        ("Rapid tests $12ea, or three for $30.",
         [fig("$12ea", 12, unit="USD",
              unit_as_read="USD/item", per="item"), fig("three for $30", 30, unit="USD")]),
        ("Test strips are $0.40 apiece.",
         [fig("$0.40 apiece", 0.4, unit="USD", unit_as_read="USD/item", per="item")]),
        ("Vials cost €9/ea from the pharmacy.",
         [fig("€9/ea", 9, unit="EUR", unit_as_read="EUR/item", per="item")]),
        ("Face masks are £1 a piece.", [fig("£1 a piece", 1, unit="GBP",
             unit_as_read="GBP/item", per="item")]),
        ("The jab is £75 a pop privately.", [fig("£75 a pop", 75, unit="GBP",
             unit_as_read="GBP/item", per="item")]),
        ("Syringes are 15p ea.", [fig("15p ea", 15, unit="pence", per="item")]),
        ("Lancets are 8 cents apiece.", [fig("8 cents apiece", 8, unit="cent", per="item")]),
    ],
    # an appointment named by the week, month or year it falls at is no figure
    "appointment named by its time": [
        ("Your 20-week scan looks at the baby's heart.", []),
        ("The 12-week scan dates the pregnancy.", []),
        ("Book the 6 to 8 week check with your GP.", []),
        ("Bring the red book to your baby's 1-year review.", []),
        ("The 9- to 12-month developmental review is offered to all.", []),
        ("Families get a 27 month health and development review.", []),
        ("Most babies have their 8-week jabs at the surgery.", []),
        # a length stays a figure
        ("A 30-minute appointment is enough.", [fig("30-minute", 30, unit="minute")]),
        ("She booked a three-day visit to the clinic.", [fig("three-day", 3, unit="day")]),
        ("In the 12 weeks before the scan, rest.", [fig("12 weeks", 12, unit="week")]),
        ("The 20-week scan is done at 18 to 21 weeks.",
         [fig("18 to 21 weeks", 18, 21, unit="week")]),
    ],
    # "N times" that counts occasions is a count of times, never a multiple
    "occasions": [
        ("The midwife visited 4 times in March.", [fig("4 times", 4, unit="times", kind="count")]),
        ("We tried it a dozen times before it worked.",
         [fig("a dozen times", 12, unit="times", kind="count")]),
        ("She has been admitted 5 times since May.",
         [fig("5 times", 5, unit="times", kind="count")]),
        ("Repeat the stretch ten times.", [fig("ten times", 10, unit="times", kind="count")]),
        ("He has donated blood more than 60 times.",
         [fig("more than 60 times", 60, None, unit="times", kind="count", li=False)]),
        ("We met 3 times in 2024.", [fig("3 times", 3, unit="times", kind="count")]),
        # a multiple stays a multiple, and how often stays a frequency
        ("Smokers are 3 times more likely to have it.",
         [fig("3 times", 3, unit="fold", kind="multiple")]),
        ("Heavy drinking raises it 4 times.", [fig("4 times", 4, unit="fold", kind="multiple")]),
        ("The rate was 2 times that of 2010.", [fig("2 times", 2, unit="fold", kind="multiple")]),
        # a comparison said again with its words left out stays a multiple
        ("Gout was 3.1 times as common in men in 2015, and 2.7 times in 2023.",
         [fig("3.1 times", 3.1, unit="fold", kind="multiple"),
          fig("2.7 times", 2.7, unit="fold", kind="multiple")]),
        ("Use the gel three times a day.",
         [fig("three times a day", 3, unit="times/day", kind="frequency", per="day")]),
        ("Spray it 2 times in 24 hours.",
         [fig("2 times", 2, unit="times/day", kind="frequency"),
          fig("24 hours", 24, unit="hour")]),
    ],
}  # fmt: skip

CASES = [(kind, text, expected) for kind, cases in KINDS.items() for text, expected in cases]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s56"), [text for _, text, _ in CASES])


@pytest.fixture(scope="module")
def read_html(tmp_path_factory):
    texts = [text for _, text, _ in CASES]
    return extract_paragraphs(tmp_path_factory.mktemp("s56html"), texts, html=True)


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}: {t[:30]}" for k, t, _ in CASES]
)
def test_form_is_read_as_written(read, kind: str, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}: {t[:30]}" for k, t, _ in CASES]
)
def test_form_is_read_alike_in_html(read_html, kind: str, text: str, expected) -> None:
    assert_read_as(read_html[text], text, expected)


# A lead-in's timepoint: the list's time, no figure (each draft read whole: the list decides)
LEADS = {
    "after": ["People alive five years after diagnosis:", "- Stage 1: 88%", "- Stage 4: 9%"],
    "at": ["Survival at 10 years, by stage:", "- early: 81%", "- late: 14%"],
    "over": ["Weight lost over 52 weeks:", "- drug: 12.1%", "- placebo: 2.8%"],
    "within": ["Readmitted within 28 days of discharge:", "- Ward 3: 11%", "- Ward 4: 13%"],
    "on": ["Quit rates a year on:", "- patch: 17%", "- app: 12%"],
    "since": ["Two years since the ban:", "- smoking fell to 11%"],
    # a length said as the lead-in's claim, a span of days, or a list of no figures stay
    "claim": ["Recovery takes about 6 weeks:", "- walking: 2 weeks", "- driving: 6 weeks"],
    "span": ["Reactions in the 1 to 2 days after the jab:", "- fever: 8%", "- rash: 2%"],
    "no figures": ["At 6 weeks after birth:", "- most babies smile", "- some lift the head"],
}
LEAD_FIGURES = {
    "after": ["88%", "9%"],
    "at": ["81%", "14%"],
    "over": ["12.1%", "2.8%"],
    "within": ["11%", "13%"],
    "on": ["17%", "12%"],
    "since": ["11%"],
    "claim": ["about 6 weeks", "2 weeks", "6 weeks"],
    "span": ["1 to 2 days", "8%", "2%"],
    "no figures": ["6 weeks"],
}


@pytest.fixture(scope="module")
def leads(tmp_path_factory):
    drafts = {
        f"{name.replace(' ', '_')}.md": "\n\n".join(lines) + "\n" for name, lines in LEADS.items()
    }
    found = quantities_by_file(tmp_path_factory.mktemp("s56leads"), drafts)
    return {name: [q["text"] for q in found[f"{name.replace(' ', '_')}.md"]] for name in LEADS}


@pytest.mark.parametrize("name", list(LEADS))
def test_a_lead_in_timepoint_is_no_figure(leads, name: str) -> None:
    assert leads[name] == LEAD_FIGURES[name]


# The page decides whose peso a bare "pesos" after "$" is, and "dollars" on a peso page
@pytest.mark.parametrize(
    ("name", "draft", "expected"),
    [
        (
            "co.html",
            html_page(' lang="es-CO"', "Una limpieza: $80.000 pesos. Flights from $300 dollars."),
            [("$80.000 pesos", 80000.0, "COP"), ("from $300 dollars", 300.0, "USD")],
        ),
        (
            "mx.md",
            "A crown is $4,000 pesos and a filling $900.\n",
            [("$4,000 pesos", 4000.0, "MXN"), ("$900", 900.0, "MXN")],
        ),
        (
            "au.html",
            html_page(' lang="en-AU"', "A consult is $95 dollars."),
            [("$95 dollars", 95.0, "AUD")],
        ),
        ("plain.md", "An X-ray is $60 dollars.\n", [("$60 dollars", 60.0, "USD")]),
        (
            "peso_page.html",
            html_page(' lang="es-MX"', "Una consulta: 300 pesos."),
            [("300 pesos", 300.0, "MXN")],
        ),
    ],
)
def test_the_page_names_the_peso_and_the_word_the_dollar(tmp_path, name, draft, expected):
    found = quantities_by_file(tmp_path, {name: draft})[name]
    assert [(q["text"], q["low"], q["unit"]) for q in found] == expected
    assert all(q["kind"] == "money" for q in found)


LINT_DRAFT = """# Survival and prices

People alive five years after diagnosis:

- Stage 1: 88%
- Stage 4: 9%

Sports massage is £225 for three booked together, or book 3 sessions for £150.

Your 20-week scan is at the hospital, and a dozen of us went along.
"""


def test_lint_reports_no_timepoint_count_or_appointment_name(tmp_path, run_cli) -> None:
    draft = tmp_path / "page.md"
    draft.write_text(LINT_DRAFT, encoding="utf-8")
    result = run_cli("lint", "--registry", REPO / "claims", "--format", "json", draft)
    findings = json.loads(result.stdout)["findings"]
    unsupported = [LINT_DRAFT[f["start"] : f["end"]] for f in findings if f["code"] == "CC102"]
    assert unsupported == [
        "88%",
        "9%",
        "£225",
        "£150",
        "a dozen",
    ]


@pytest.mark.parametrize(
    ("clause", "price", "priced"),
    [
        ("Sports massage is £225 for three booked together.", "£225", "all"),
        ("Book 3 physio sessions for £150 and save.", "£150", "all"),
        ("Lancets are $12 for 50.", "$12", "all"),
        ("A taster is £35 for one session.", "£35", "one"),
        ("Membership is £120 for 12 months.", "£120", ""),
    ],
)
def test_a_bundle_price_is_priced_as_a_whole_course(clause: str, price: str, priced: str) -> None:
    from claimcheck.verify.frames import read_frame

    start = clause.index(price)
    unit = "USD" if price.startswith("$") else "GBP"
    assert read_frame(clause, unit, (start, start + len(price))).priced == priced
