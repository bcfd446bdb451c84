"""The quantity finder, family by family: what it reads, and what it must leave alone.

Each case is (text, expected) where expected lists (surface, low, high, low_inclusive,
high_inclusive, approx, unit) in order; offsets are checked through ``text[start:end]``.
"""

from __future__ import annotations

import pytest

from claimcheck.nlp.quantities import find_quantities

Expected = tuple[str, float | None, float | None, bool, bool, bool, str | None]


def point(surface: str, value: float, unit: str | None, approx: bool = False) -> Expected:
    return (surface, value, value, True, True, approx, unit)


def check(text: str, expected: list[Expected]) -> None:
    found = find_quantities(text)
    got = [
        (q.text, q.low, q.high, q.low_inclusive, q.high_inclusive, q.approx, q.unit) for q in found
    ]
    assert got == expected
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
    starts = [q.start for q in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


FAMILIES: dict[str, list[tuple[str, list[Expected]]]] = {
    "percent": [
        ("Uptake reached 64% last spring.", [point("64%", 64, "percent")]),
        ("Adherence was 12.5 per cent.", [point("12.5 per cent", 12.5, "percent")]),
        ("It rose 3 percentage points.", [point("3 percentage points", 3, "percentage points")]),
        # a label word before it ("year 2", "week 12") does not make a percentage a label
        ("Sales last year 76 percent higher.", [point("76 percent", 76, "percent")]),
    ],
    "range": [
        (
            "Fees run from Rs. 12 lakh to Rs. 18 lakh.",
            [("from Rs. 12 lakh to Rs. 18 lakh", 1.2e6, 1.8e6, True, True, False, "INR")],
        ),
        (
            "Response ranged 35–45% across sites.",
            [("35–45%", 35, 45, True, True, False, "percent")],
        ),
        ("Dose 2-3 weeks apart.", [("2-3 weeks", 2, 3, True, True, False, "week")]),
        (
            "Mojibake padding 60–  75% stays one range.",
            [("60–  75%", 60, 75, True, True, False, "percent")],
        ),
        (
            "Kept between 36°C and 38°C overnight.",
            [("between 36°C and 38°C", 36, 38, True, True, False, "°C")],
        ),
        (
            "Budgets of $2 billion to $4 billion.",
            [("$2 billion to $4 billion", 2e9, 4e9, True, True, False, "USD")],
        ),
        (
            "Around six to seven thousand donors.",
            [("Around six to seven thousand donors", 6000, 7000, True, True, True, "donors")],
        ),
    ],
    "comparator": [
        (
            "Costs ran as much as $9,000.",
            [("as much as $9,000", None, 9000, True, True, False, "USD")],
        ),
        (
            "Seen in more than 60% of samples.",
            [("more than 60%", 60, None, False, True, False, "percent")],
        ),
        (
            "Survival stayed under 18 months.",
            [("under 18 months", None, 18, True, False, False, "month")],
        ),
        (
            "Requires at least 2 prior regimens.",
            [("at least 2 prior regimens", 2, None, True, True, False, "prior regimens")],
        ),
        (
            "Eligible after ≥  2 prior lines.",
            [("≥  2 prior lines", 2, None, True, True, False, "prior lines")],
        ),
        (
            "Relapse within three years.",
            [("within three years", None, 3, True, True, False, "year")],
        ),
        (
            "Costs up to $900 a month.",
            [("up to $900 a month", None, 900, True, True, False, "USD/month")],
        ),
    ],
    "approx": [
        ("Roughly 40% respond.", [point("Roughly 40%", 40, "percent", approx=True)]),
        ("It takes ~3 weeks.", [point("~3 weeks", 3, "week", approx=True)]),
        (
            "An estimated 5,200 adults enrolled.",
            [point("An estimated 5,200 adults", 5200, "adults", approx=True)],
        ),
    ],
    "scale": [
        (
            "About 2.5 million people are affected.",
            [point("About 2.5 million people", 2.5e6, "people", approx=True)],
        ),
        ("A $3bn market.", [point("$3bn", 3e9, "USD")]),
        (
            "Some 40k volunteers signed up.",
            [point("Some 40k volunteers", 40000, "volunteers", approx=True)],
        ),
    ],
    "number words": [
        ("The trial enrolled twelve patients.", [point("twelve patients", 12, "patients")]),
        (
            "There are two hundred and fifty clinics.",
            [point("two hundred and fifty clinics", 250, "clinics")],
        ),
        (
            "Nearly half a million doses shipped.",
            [point("Nearly half a million doses", 5e5, "doses", approx=True)],
        ),
        ("A dozen centres took part.", [point("A dozen centres", 12, "centres")]),
        ("Twenty-five sites opened.", [point("Twenty-five sites", 25, "sites")]),
    ],
    "currency": [
        ("Care costs $12,500 per course.", [point("$12,500 per course", 12500, "USD/course")]),
        ("Priced at €4,000.", [point("€4,000", 4000, "EUR")]),
        ("A fee of 300 euros.", [point("300 euros", 300, "EUR")]),
        ("Budget of Rs 50,000.", [point("Rs 50,000", 50000, "INR")]),
    ],
    "open end": [
        (
            "Over 2,000+ donors signed up.",
            [("Over 2,000+ donors", 2000, None, False, True, False, "donors")],
        ),
        ("Bills of $40,000+ are common.", [("$40,000+", 40000, None, True, True, False, "USD")]),
        # "Adults 65 years or older" is a group label now (tests/test_group_labels.py)
        (
            "Relief lasts 5 years or longer.",
            [("5 years or longer", 5, None, True, True, False, "year")],
        ),
    ],
    "duration": [
        ("Median follow-up was 31.2 months.", [point("31.2 months", 31.2, "month")]),
        ("Infusion lasts 90 minutes.", [point("90 minutes", 90, "minute")]),
        ("Monitoring for 48 hours.", [point("48 hours", 48, "hour")]),
    ],
    "rate": [
        (
            "Roughly 1,500 deaths/year nationally.",
            [point("Roughly 1,500 deaths/year", 1500, "deaths/year", approx=True)],
        ),
        (
            "Some 9,000 new cases per year.",
            [point("Some 9,000 new cases per year", 9000, "new cases/year", approx=True)],
        ),
        ("It costs $1,200/month.", [point("$1,200/month", 1200, "USD/month")]),
    ],
    "statistics": [
        (
            "Mortality fell (HR=0.71; P<0.05).",
            [point("HR=0.71", 0.71, None), ("P<0.05", None, 0.05, True, False, False, None)],
        ),
        ("With OR 2.3 and p = 0.04.", [point("OR 2.3", 2.3, None), point("p = 0.04", 0.04, None)]),
        (
            "An HR of 0.8 (95% CI 0.6–0.9).",
            [point("HR of 0.8 (95% CI 0.6–0.9)", 0.8, None)],  # the CI is the HR's spread
        ),
        ("Significant (P < 0.001).", [("P < 0.001", None, 0.001, True, False, False, None)]),
    ],
    "multiples": [
        ("A 3-fold increase.", [point("3-fold", 3, "fold")]),
        ("Uptake was fourfold higher.", [point("fourfold", 4, "fold")]),
        ("It is 20 times slower.", [point("20 times", 20, "fold")]),
        ("Sales rose 5x.", [point("5x", 5, "fold")]),
    ],
    "doses and concentrations": [
        ("Infused at 2 × 10⁶ cells/kg.", [point("2 × 10⁶ cells/kg", 2e6, "cells/kg")]),
        ("Given 5×10^7 cells/kg once.", [point("5×10^7 cells/kg", 5e7, "cells/kg")]),
        (
            "Eligible with AFP above 200 ng/mL.",
            [("above 200 ng/mL", 200, None, False, True, False, "ng/mL")],
        ),
        ("An IC50 of 8 nM in vitro.", [point("8 nM", 8, "nM")]),
    ],
    "indian scale words": [
        ("A course costs ₹18 lakh.", [point("₹18 lakh", 1.8e6, "INR")]),
        ("The budget was Rs 2.5 crore.", [point("Rs 2.5 crore", 2.5e7, "INR")]),
    ],
    "fractions": [
        ("Nearly half of adults were eligible.", [point("Nearly half", 0.5, "proportion", True)]),
        ("Two-thirds of the cohort relapsed.", [point("Two-thirds", 2 / 3, "proportion")]),
        ("A quarter of tumours carried it.", [point("A quarter", 0.25, "proportion")]),
        ("Half a million doses shipped.", [point("Half a million doses", 5e5, "doses")]),
    ],
    "proportions": [
        ("It affects 1 in 8 adults.", [point("1 in 8", 0.125, "proportion")]),
        (
            "About one in four will relapse.",
            [point("About one in four", 0.25, "proportion", approx=True)],
        ),
    ],
    "counted nouns": [
        ("Three of the donors withdrew.", [point("Three of the donors", 3, "donors")]),
        ("A cohort of 312 participants.", [point("312 participants", 312, "participants")]),
        ("Data from 2,104 HCC patients.", [point("2,104 HCC patients", 2104, "HCC patients")]),
        (
            "There are six licensed products.",
            [point("six licensed products", 6, "licensed products")],
        ),
    ],
}

NOT_CLAIMS: dict[str, list[str]] = {
    "identifiers": [
        "GPC3 and IL-15 and PD-L1 and CD8+ cells.",
        "Trial NCT01234567 tested CT053 and Claudin18.2 with 5-fluorouracil.",
        "Ligands ULBP1-4, Th1 cells, MHC class I, COVID-19 and IL-7/1L-15.",
        "Interleukin 6 (IL-6) and Glypican 3 (GPC3) are expressed.",
    ],
    "phases grades stages": [
        "A Phase 2 study and a Phase I/II study.",
        "Toxicity was grade 1-2 in stage 3 disease.",
        "Patients with ECOG PS 0–1 were eligible.",
        "STEP 1 - collect cells.",
    ],
    "dates and years": [
        "Updated on March 3, 2025.",
        "In May 2024 the agency met.",
        "As of 2023, work continues.",
        "Data from 2016 and 2019 were pooled.",
        "The report (2024) was cited.",
        "The clinic opens at 9:30 a.m. and at 7pm.",
        "Accessed 4 Feb 2026.",
        "Cancer Res 2019;79:1123-31.",
    ],
    "citations": [
        "This was shown before (14, 15).",
        "Several reviews agree (31–34).",
        "Earlier work [7] disagreed.",
        "| [12] |",
    ],
    "section and list numbers": [
        "3.2 Cell therapy\nText.",
        "1 Introduction",
        "2. Background",
        "Two effects: 1) faster killing; 2) longer persistence.",
    ],
    "page furniture": [
        "8 min read",
        "Open 24/7 for questions.",
        "Oncology Reports ›› Vol. 9 : 2",
    ],
    "urls phones versions": [
        "For bookings call +44 20 7946 0958 any day.",
        "See https://example.org/page-12/item3 for more.",
        "doi:10.1000/xyz123 is the record.",
        "Call (555) 123-4567 today.",
        "Update to version 2.4.1 now.",
    ],
    "scores": ["The match ended 3-1 in extra time."],
    "determiner one": [
        "One reason is cost.",
        "One study found a benefit.",
        "It is one of the most common cancers.",
        "One patient who received it improved.",
    ],
    "structural spelled numbers": [
        "The receptor has two main components.",
        "This happens in three key ways.",
        "The guide uses a six-step framework.",
        "Compared with five years ago, progress is real.",
    ],
    "parts of a period": [
        "Sales rose in the first half of the year.",
        "In the last quarter of 2025 enrolment slowed.",
        "They cut the dose in half.",
    ],
    "not numbers": [
        "Several trials and multiple centres grew many cells.",
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in FAMILIES.values() for case in cases],
    ids=[f"{family}-{i}" for family, cases in FAMILIES.items() for i in range(len(cases))],
)
def test_reads_quantity(text: str, expected: list[Expected]) -> None:
    check(text, expected)


@pytest.mark.parametrize(
    "text",
    [text for texts in NOT_CLAIMS.values() for text in texts],
    ids=[f"{family}-{i}" for family, texts in NOT_CLAIMS.items() for i in range(len(texts))],
)
def test_not_a_claim(text: str) -> None:
    assert find_quantities(text) == []


def test_offsets_index_the_whole_text() -> None:
    text = "Heading\n\nSurvival was 14 months.\n- 22% responded"
    found = find_quantities(text)
    assert [(q.start, q.end) for q in found] == [(22, 31), (35, 38)]
    assert [text[q.start : q.end] for q in found] == ["14 months", "22%"]


def test_never_joins_across_a_newline() -> None:
    found = find_quantities("Costs were 40\n50% of the total")
    assert [q.text for q in found] == ["40", "50%"]


def test_kind_statistic_and_per_are_set() -> None:
    hazard, rate = find_quantities("HR=0.5 and 30 deaths per year")
    assert (hazard.kind, hazard.statistic) == ("statistic", "HR")
    assert (rate.kind, rate.per, rate.unit) == ("rate", "year", "deaths/year")
