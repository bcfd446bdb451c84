"""Kinds a seventh held-out collection of real-world forms found misread (issue 11): TeX math
and siunitx in Markdown (``$5 \\times 10^{8}$``), a combination product's strengths (``5/160
mg``), gestation over forty (``at 12/40``), a price's dash for no cents (``49,- €``), days
glued to their number (``x 10d``), a spelled count per a population, and what is no figure:
section cross-references of drug labels (``(5.1)``), an attachment's size and pages, places
in a hospital, the 5 A Day slogan, day counters (``D+100``), keycap list markers, raised
ordinal letters (``2ⁿᵈ``), a product's number before a singular noun, decades written with an
apostrophe, vitamin D's ``25(OH)D`` and a dialling prefix glued to its area code.

Every case is a sentence of our own, all extracted in one ``claimcheck extract --format json``
run per table, so each expectation is what a user sees; offsets are checked (``text ==
file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "TeX math and siunitx in Markdown": [
        (
            "Each sachet holds $3 \\times 10^{10}$ spores.",
            [fig("3 \\times 10^{10}$ spores", 3e10, unit="spores", kind="count")],
        ),
        (
            "Titres over $2.5 \\times 10^4$ copies/mL were seen.",
            [fig("over $2.5 \\times 10^4$ copies/mL", 2.5e4, None, unit="copies/mL", li=False)],
        ),
        (
            "The gain was $6.1 \\pm 2.3$ kg at a year.",
            [
                fig(
                    "6.1 \\pm 2.3$ kg",
                    6.1,
                    unit="kg",
                    spread={"kind": "±", "value": 2.3, "low": None, "high": None, "level": None},
                ),
            ],
        ),
        (
            "Fewer falls were seen ($p < 0.001$).",
            [fig("p < 0.001", None, 0.001, hi=False, statistic="P")],
        ),
        (
            "Offer it to anyone with a score $\\geq 12$ points.",
            [fig("$\\geq 12$ points", 12, None, unit="points", comparator="≥")],
        ),
        (
            "Run in \\SI{250}{\\milli\\litre} of glucose.",
            [fig("250}{\\milli\\litre}", 250, unit="mL")],
        ),
        ("Add \\SI{40}{\\milli\\gram} at night.", [fig("40}{\\milli\\gram}", 40, unit="mg")]),
        (
            "Nearly $1\\,200$ nurses replied.",
            [fig("Nearly $1\\,200$ nurses", 1200, unit="nurses", approx=True)],
        ),
        (
            "Lunch costs $4 and dinner $9 here.",
            [fig("$4", 4, unit="USD"), fig("$9", 9, unit="USD")],
        ),
        (
            "Counts of $$4 \\times 10^{9}$$ cells were rare.",
            [fig("4 \\times 10^{9}$$ cells", 4e9, unit="cells", kind="count")],
        ),
        (
            "Each vial holds \\(1.5 \\times 10^{7}\\) organisms.",
            [fig("1.5 \\times 10^{7}\\) organisms", 1.5e7, unit="organisms")],
        ),
    ],
    "a combination product's strengths, the unit written once": [
        (
            "Begin on 10/160 mg each morning.",
            [fig("10", 10, unit="mg", kind="measure"), fig("160 mg", 160, unit="mg")],
        ),
        (
            "Co-amoxiclav 875/125 mg is given twice a day.",
            [
                fig("875", 875, unit="mg"),
                fig("125 mg", 125, unit="mg"),
                fig("twice a day", 2, unit="times/day"),
            ],
        ),
        (
            "The film comes as 2/0.5 mg and 8/2 mg.",
            [
                fig("2", 2, unit="mg"),
                fig("0.5 mg", 0.5, unit="mg"),
                fig("8", 8, unit="mg"),
                fig("2 mg", 2, unit="mg"),
            ],
        ),
        (
            "Do not go above a maximum of 10/40 mg a day.",
            [
                fig("10", None, 10, unit="mg", comparator="a maximum of"),
                fig("40 mg", None, 40, unit="mg", comparator="a maximum of"),
            ],
        ),
        (
            "The inhaler gives 200/6 micrograms a puff.",
            [fig("200", 200, unit="µg"), fig("6 micrograms", 6, unit="µg")],
        ),
        (
            "Amlodipine 5/10 mg suits most adults.",
            [fig("5", 5, unit="mg"), fig("10 mg", 10, unit="mg")],
        ),
        ("Give 1/2 mg at night.", [fig("1/2 mg", 0.5, unit="mg")]),
        ("Take 3/4 g with food.", [fig("3/4 g", 0.75, unit="g")]),
    ],
    "weeks of a pregnancy over forty": [
        ("Her dating scan was at 11/40.", [fig("11/40", 11, unit="week", kind="duration")]),
        ("She is now 28/40 and well.", [fig("28/40", 28, unit="week")]),
        ("Bleeding at 20+3/40, seen in triage.", [fig("20+3/40", 20 + 3 / 7, unit="week")]),
        ("Itching since 33/40, bile acids sent.", [fig("33/40", 33, unit="week")]),
        ("Admitted 39/40 pregnant in labour.", [fig("39/40", 39, unit="week")]),
        (
            "Only 9/40 of the women smoked.",
            [fig("9/40", 9 / 40, unit="proportion", kind="proportion")],
        ),
    ],
    "a price's dash for no cents": [
        ("A blood test is 39,- € here.", [fig("39,- €", 39, unit="EUR", kind="money")]),
        ("Tooth cleaning costs € 85,– a visit.", [fig("€ 85,– a visit", 85, unit="EUR")]),
        (  # "each" after a price: per item (README "What counts")
            "Home visits cost CHF 150.– each.",
            [fig("CHF 150.– each", 150, unit="CHF", kind="rate", per="item")],
        ),
        (
            "Massage is 60,- to 90,- € an hour.",
            [fig("60,- to 90,- € an hour", 60, 90, unit="EUR")],
        ),
        ("A crown costs 2.400,- € in Vienna.", [fig("2.400,- €", 2400, unit="EUR")]),
    ],
    "days glued to their number after a word of a period": [
        (
            "Doxycycline 100 mg daily x 7d.",
            [fig("100 mg daily", 100, unit="mg"), fig("7d", 7, unit="day", kind="duration")],
        ),
        ("Keep the dressing on for 5d.", [fig("5d", 5, unit="day")]),
        ("Symptoms over the last 3d only.", [fig("3d", 3, unit="day")]),
        ("Repeat every 14d if needed.", [fig("14d", 14, unit="day")]),
        ("A 3d model of the heart helped.", []),
    ],
    "a spelled count per a population": [
        (
            "There were two midwives per 1,000 births.",
            [fig("two midwives per 1,000 births", 2, unit="midwives/1,000 births", kind="rate")],
        ),
        (
            "About five deaths per 100,000 people were seen.",
            [
                fig(
                    "About five deaths per 100,000 people",
                    5,
                    unit="deaths/100,000 people",
                    approx=True,
                )
            ],
        ),
        (
            "Nine cases per 10,000 residents were found.",
            [fig("Nine cases per 10,000 residents", 9, unit="cases/10,000 residents")],
        ),
        (
            "It saw three doctors per 1,000 patients.",
            [fig("three doctors per 1,000 patients", 3, unit="doctors/1,000 patients")],
        ),
        (
            "Twelve beds per 100,000 people remain.",
            [fig("Twelve beds per 100,000 people", 12, unit="beds/100,000 people")],
        ),
    ],
    "a cross-reference to a numbered section": [
        ("Check liver tests before starting (5.2).", []),
        ("Angioedema has been reported [see Warnings and Precautions (5.4)].", []),
        ("Rash occurred in 3% of patients (6.1, 6.3).", [fig("3%", 3, unit="percent")]),
        ("See 14 for the trial data.", []),
        ("Do not use it in pregnancy (see sections 4.3 and 4.6).", []),
        (
            "Most patients respond within 4 weeks (2.2).",
            [fig("within 4 weeks", None, 4, unit="week")],
        ),
        (
            "Mean HbA1c was 7.4% (7.1).",
            [fig("7.4%", 7.4, unit="percent"), fig("7.1", 7.1, unit="percent")],
        ),
    ],
    "an attachment's format, size and pages": [
        ("Winter vaccines leaflet (PDF, 310KB, 8 pages)", []),
        ("Read the annual report (PDF, 2.4 MB).", []),
        ("Data tables for 2024 (XLSX, 56 KB)", []),
        ("Easy read guide (Word, 120KB, 6 pages)", []),
        ("Survey results (CSV 9 KB)", []),
        ("Carers' guide PDF (480 KB)", []),
    ],
    "a place in a hospital": [
        ("Ward 14 is next to the main lifts.", []),
        ("Buses 21 and 45 stop at the hospital.", []),
        ("Go up to floor 3 for the scan.", []),
        ("The man in bed 6 needs 500 mL of saline.", [fig("500 mL", 500, unit="mL")]),
        ("Theatre 2 holds 4 lists a day.", [fig("4 lists a day", 4, unit="lists/day")]),
        (
            # (a band of weight after "toddlers of" names who: a group, tests/test_weight_groups.py)
            "Size 5 nappies suit weights of 11 to 16 kg.",
            [fig("11 to 16 kg", 11, 16, unit="kg")],
        ),
        # (how many times it is done: a count of occasions since session 56, no multiple)
        ("Squeeze the pelvic floor 10 times.", [fig("10 times", 10, unit="times", kind="count")]),
        ("The effect size 0.3 was small.", [fig("0.3", 0.3)]),
        ("In wave 3, 2,100 adults took part.", [fig("2,100 adults", 2100, unit="adults")]),
    ],
    "the 5 A Day slogan": [
        ("A handful of grapes counts as 1 of your 5 A Day.", []),
        ("Get your 5 A Day from soups and stews.", []),
        ("This stew gives you 3 of your 5 a day.", []),
        ("Tips for the 5-a-day habit.", []),
        ("One portion is 80g of veg.", [fig("80g", 80, unit="g")]),
    ],
    "a day counted from an event": [
        ("Engraftment is checked at D+28.", []),
        ("Chemotherapy starts at D-6 in hospital.", []),
        ("Labour may be induced at T+12.", []),
        ("The donor cells go in on day −1.", []),
        ("Steroids begin on day -3 and stop on day 5.", []),
    ],
    "list markers and raised ordinal letters": [
        ("1️⃣ Rest 2️⃣ Drink 2 litres a day", [fig("2 litres a day", 2, unit="L", per="day")]),
        ("3️⃣ Walk for 30 minutes", [fig("30 minutes", 30, unit="minute")]),
        ("Have your 3ʳᵈ dose after 6 months.", [fig("6 months", 6, unit="month")]),
        ("The 1ˢᵗ visit takes 40 minutes.", [fig("40 minutes", 40, unit="minute")]),
        ("On her 4ᵗʰ day she walked.", []),
    ],
    "a product's number before a singular noun": [
        ("The FreeStyle Libre 2 reader beeps at lows.", []),
        ("Her Omnipod 5 pump failed in May.", []),
        ("The Apple Watch SE 2 screen is small.", []),
        ("Our clinic uses Dexcom G6 sensors.", []),
        ("We fitted 12 pumps this week.", [fig("12 pumps", 12, unit="pumps", kind="count")]),
    ],
    "decades with an apostrophe": [
        ("Rickets returned in the 2010's.", []),
        ("Screening grew in the 1970's and 80's.", []),
        ("Smoking fell through the '90s.", []),
        ("Waits were shorter in the 1960's.", []),
        ("Some 30% smoked in the 1990's.", [fig("Some 30%", 30, unit="percent", approx=True)]),
    ],
    "vitamin D named by its carbon": [
        (
            "A 25(OH)D under 30 nmol/L is deficient.",
            [fig("under 30 nmol/L", None, 30, unit="nmol/L", hi=False)],
        ),
        ("Kidneys make 1,25(OH)2D when calcium is low.", []),
        ("We measured 25-OH-D in 200 children.", [fig("200 children", 200, unit="children")]),
        ("Serum 25OHD was checked.", []),
        ("A 25(OH)D3 test costs £20.", [fig("£20", 20, unit="GBP")]),
    ],
    "age and sex glued at a note's start": [
        ("52M with crushing chest pain.", [fig("52M", 52, unit="year-old", kind="measure")]),
        ("A 67M with COPD was admitted.", [fig("67M", 67, unit="year-old")]),
        ("81M, fell at home, hip pain.", [fig("81M", 81, unit="year-old")]),
        ("Pt: 39M presenting with fever.", [fig("39M", 39, unit="year-old")]),
        ("The charity raised 40M with its appeal.", [fig("40M", 40e6)]),
    ],
    "dose forms counted in Roman numerals, as sigs write them": [
        (
            "Sig: ii tabs po bd with food.",
            [fig("ii tabs", 2, unit="tabs", kind="count"), fig("bd", 2, unit="times/day")],
        ),
        ("Take i-ii caps at night prn.", [fig("i-ii caps", 1, 2, unit="caps")]),
        ("Instil gtt iii in the left ear.", [fig("gtt iii", 3, unit="gtt")]),
        ("Use puffs ii when wheezy.", [fig("puffs ii", 2, unit="puffs")]),
        ("Read part ii tabs first.", []),
        ("I lost my caps i think.", []),
    ],
    "a sun protection factor": [
        ("Pick a cream of SPF 50 for the beach.", [fig("50", 50)]),
        ("Wear SPF 30 or higher all day.", [fig("30 or higher", 30, None, comparator="or higher")]),
        ("Her SPF 15 balm wore off.", [fig("15", 15)]),
        (
            "Wear at least SPF 30 at noon.",
            [fig("at least SPF 30", 30, None, comparator="at least")],
        ),
        ("An SPF 30 lotion was applied.", [fig("30", 30)]),
        ("Reapply SPF 50 every 2 hours.", [fig("50", 50), fig("2 hours", 2, unit="hour")]),
    ],
    "a dialling prefix glued to its area code": [
        ("Book on 1(617)555-0147 today.", []),
        ("Fax: 1(212)555-0199.", []),
        ("Call 1-800-555-0123 for refills.", []),
        ("Our line is 1 (415) 555-0100.", []),
        ("Text 1.303.555.0177 with questions.", []),
    ],
}
CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("seventh"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


HTML_CASES: list[tuple[str, list[dict]]] = [
    ("Flu leaflet <span>PDF, 210&nbsp;KB, 4 pages</span>", []),
    ("Clinic prices: 45,- &euro; a visit.", [fig("45,- &euro; a visit", 45, unit="EUR")]),
    ("See the label (5.1).", []),
    ("Ward 9 has 24 beds.", [fig("24 beds", 24, unit="beds")]),
    ("Book the 2ⁿᵈ dose at 12 weeks.", [fig("12 weeks", 12, unit="week")]),
]


@pytest.fixture(scope="module")
def extracted_html(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seventh_html")
    return extract_paragraphs(folder, [t for t, _e in HTML_CASES], html=True)


@pytest.mark.parametrize(("text", "expected"), HTML_CASES, ids=[t[:40] for t, _ in HTML_CASES])
def test_html_reads_the_same(extracted_html, text, expected):
    assert_read_as(extracted_html[text], text, expected)
