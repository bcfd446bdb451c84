"""Kinds a fourth held-out collection of real-world forms found misread (issue 11): the wire
services' and India's scale abbreviations (``bln``, ``Mn``, ``lac``, ``cr`` and ``L`` after
rupees), rates per device- or bed-time, imperial heights and weights said in two units
(``5'10"``, ``6 ft 2 in``, ``11 st 4 lb``, ``7 lb 8 oz``) and comparatives of size (``taller
than``, ``lighter than``).

Every case is a sentence of our own, all extracted in one ``claimcheck extract --format json``
run on one Markdown draft, so each expectation is what a user sees; offsets are checked
(``text == file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "scale abbreviations": [
        ("Sales of the inhaler reached $4.2 bln in 2022.", [fig("$4.2 bln", 4.2e9, unit="USD")]),
        ("The ministry pledged USD 30 Mn to the campaign.", [fig("USD 30 Mn", 3e7, unit="USD")]),
        ("Insurers paid out £1.7 Bn for mental health care.", [fig("£1.7 Bn", 1.7e9, unit="GBP")]),
        (
            "Around 2.4 lac women were screened in the district.",
            [fig("Around 2.4 lac women", 2.4e5, unit="women", approx=True)],
        ),
        ("The trust spent Rs. 3.2 cr on new ventilators.", [fig("Rs. 3.2 cr", 3.2e7, unit="INR")]),
        ("Cover rises to ₹10L for a family of four.", [fig("₹10L", 1e6, unit="INR")]),
        ("Drink 2L of water on hot days.", [fig("2L", 2, unit="L")]),
        (
            "About 2.3 Mn people use the app.",
            [fig("About 2.3 Mn people", 2.3e6, unit="people", approx=True)],
        ),
        ("The sample held 54 Mn atoms of tracer.", [fig("54 Mn atoms", 54, unit="Mn atoms")]),
    ],
    "device and bed time": [
        (
            "Bloodstream infections ran at 1.3 per 1,000 catheter days.",
            [fig("1.3 per 1,000 catheter days", 1.3, per="1,000 catheter days")],
        ),
        (
            "The ward logged 4.6 falls per 1,000 bed-days last year.",
            [
                fig(
                    "4.6 falls per 1,000 bed-days",
                    4.6,
                    unit="falls/1,000 bed-days",
                    per="1,000 bed-days",
                )
            ],
        ),
        (
            "Pneumonia fell to 2.2 per 1,000 ventilator-days.",
            [fig("2.2 per 1,000 ventilator-days", 2.2, per="1,000 ventilator-days", role="after")],
        ),
        (
            "Line infections were 0.8 per 1,000 central line days.",
            [fig("0.8 per 1,000 central line days", 0.8, per="1,000 central line days")],
        ),
        (
            "Care homes reported 3.1 pressure sores per 10,000 resident-days.",
            [
                fig(
                    "3.1 pressure sores per 10,000 resident-days",
                    3.1,
                    unit="pressure sores/10,000 resident-days",
                    per="10,000 resident-days",
                )
            ],
        ),
    ],
    "imperial pairs": [
        ("The patient was 5'7\" at the first visit.", [fig("5'7\"", 67, unit="inch")]),
        ("Her son is now 4′11″ tall.", [fig("4′11″", 59, unit="inch")]),
        (
            "Players shorter than 5 ft 6 in were rare.",
            [
                fig(
                    "shorter than 5 ft 6 in",
                    None,
                    66,
                    unit="inch",
                    hi=False,
                    comparator="shorter than",
                )
            ],
        ),
        ("He stood 6 feet 1 inch in his socks.", [fig("6 feet 1 inch", 73, unit="inch")]),
        ("She came in at 9 st 12 lb after the diet.", [fig("9 st 12 lb", 138, unit="lb")]),
        (
            "Members heavier than 15 stone 2 pounds pay more.",
            [fig("heavier than 15 stone 2 pounds", 212, None, unit="lb", li=False)],
        ),
        (
            "The twins weighed 5 lb 4 oz and 6 lb 2 oz.",
            [fig("5 lb 4 oz", 5.25, unit="lb"), fig("6 lb 2 oz", 6.125, unit="lb")],
        ),
        ("He put on 3 stone in a year.", [fig("3 stone", 3, unit="st")]),
    ],
    "comparatives of size": [
        (
            # a baby's weight band names who (a group: tests/test_weight_groups.py); an
            # organ's weight stays a figure with its comparative
            "Spleens lighter than 2.5 kg are left in place.",
            [fig("lighter than 2.5 kg", None, 2.5, unit="kg", hi=False)],
        ),
        (
            "Cysts larger than 5 cm are removed.",
            [fig("larger than 5 cm", 5, None, unit="cm", li=False)],
        ),
        (
            "Stones smaller than 4 mm usually pass.",
            [fig("smaller than 4 mm", None, 4, unit="mm", hi=False)],
        ),
        (
            "Wounds wider than 2 cm need stitches.",
            [fig("wider than 2 cm", 2, None, unit="cm", li=False)],
        ),
        (
            "Adults heavier than 120 kg need a bigger cuff.",
            [fig("heavier than 120 kg", 120, None, unit="kg", li=False)],
        ),
    ],
}


CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fourth"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


WORD_CASES: list[tuple[str, list[dict]]] = [
    (
        "A hundred and twenty nurses signed the letter.",
        [fig("A hundred and twenty nurses", 120, unit="nurses")],
    ),
    (
        "Roughly one in a hundred and twenty babies is affected.",
        [fig("Roughly one in a hundred and twenty", 1 / 120, unit="proportion", approx=True)],
    ),
    (
        "The unit handled a thousand and forty referrals.",
        [fig("a thousand and forty referrals", 1040, unit="referrals")],
    ),
    (
        "Three and a quarter million people were offered the jab.",
        [fig("Three and a quarter million people", 3.25e6, unit="people")],
    ),
    ("The wait was one and a third hours.", [fig("one and a third hours", 4 / 3, unit="hour")]),
    (
        "It lasted two and three quarters days.",
        [fig("two and three quarters days", 2.75, unit="day")],
    ),
    (
        "The appeal raised two point five million pounds.",
        [fig("two point five million pounds", 2.5e6, unit="GBP")],
    ),
    ("Half a million pounds went on new beds.", [fig("Half a million pounds", 5e5, unit="GBP")]),
    ("The board found 4 million pounds for the ward.", [fig("4 million pounds", 4e6, unit="GBP")]),
    ("Farmers sold 3 million pounds of apples.", [fig("3 million pounds", 3e6, unit="lb")]),
    ("He weighed 250 pounds on admission.", [fig("250 pounds", 250, unit="lb")]),
    (
        "A repeat prescription is nine pounds and ninety pence.",
        [fig("nine pounds and ninety pence", 9.9, unit="GBP")],
    ),
    (
        "The kit sells for twelve dollars and fifty cents.",
        [fig("twelve dollars and fifty cents", 12.5, unit="USD")],
    ),
    (
        "Forty-odd families use the food bank.",
        [fig("Forty-odd families", 40, unit="families", approx=True)],
    ),
    ("She nursed for 30 odd years.", [fig("30 odd years", 30, unit="year", approx=True)]),
    ("He came home with 3 odd socks.", [fig("3 odd socks", 3, unit="odd socks")]),
    ("Two thousand and twenty-one was a hard year for the ward.", []),
    ("In two thousand and eighteen the clinic opened.", []),
    (
        "Since two thousand and ten, 40 clinics have closed.",
        [fig("40 clinics", 40, unit="clinics")],
    ),
    (
        "We vaccinated two thousand and twenty children.",
        [fig("two thousand and twenty children", 2020, unit="children")],
    ),
    (
        "Two thousand and fifty nurses signed up.",
        [fig("Two thousand and fifty nurses", 2050, unit="nurses")],
    ),
    (
        "The register holds 3 thousand 4 hundred names.",
        [fig("3 thousand 4 hundred names", 3400, unit="names")],
    ),
    (
        "About 1 million 200 thousand people voted.",
        [fig("About 1 million 200 thousand people", 1.2e6, unit="people", approx=True)],
    ),
    (
        "Costs were 2 million and 3 million in two years.",
        [fig("2 million", 2e6), fig("3 million", 3e6), fig("two years", 2, unit="year")],
    ),
]


@pytest.fixture(scope="module")
def extracted_words(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fourth_words"), [t for t, _e in WORD_CASES])


@pytest.mark.parametrize(("text", "expected"), WORD_CASES, ids=[t[:40] for t, _ in WORD_CASES])
def test_long_number_words(extracted_words, text, expected):
    assert_read_as(extracted_words[text], text, expected)


RESTATED_CASES: list[tuple[str, list[dict]]] = [
    (
        "Appeals must reach us within sixty (60) days.",
        [fig("within sixty (60) days", None, 60, unit="day", comparator="within")],
    ),
    (
        "The policy lapses after ninety (90) days without payment.",
        [fig("ninety (90) days", 90, unit="day")],
    ),
    (
        "A waiting period of six (6) months applies to dental work.",
        [fig("six (6) months", 6, unit="month")],
    ),
    (
        "The helpline took 1.2 million (1,200,000) calls.",
        [fig("1.2 million (1,200,000) calls", 1.2e6, unit="calls")],
    ),
    (
        "Members pay two hundred dollars ($200) per stay.",
        [fig("two hundred dollars ($200)", 200, unit="USD")],
    ),
    ("An admin fee of ten pounds (£10) is charged.", [fig("ten pounds (£10)", 10, unit="GBP")]),
    ("We saw 40 (12) patients.", [fig("40", 40)]),
]


@pytest.fixture(scope="module")
def extracted_restated(tmp_path_factory):
    return extract_paragraphs(
        tmp_path_factory.mktemp("fourth_restated"), [t for t, _e in RESTATED_CASES]
    )


@pytest.mark.parametrize(
    ("text", "expected"), RESTATED_CASES, ids=[t[:40] for t, _ in RESTATED_CASES]
)
def test_number_said_again_in_brackets(extracted_restated, text, expected):
    assert_read_as(extracted_restated[text], text, expected)


LINKED_MARKER_CASES: list[tuple[str, list[dict]]] = [
    (
        'Uptake reached 74%<sup><a href="#n2">2</a></sup> in the first year.',
        [fig("74%", 74, unit="percent")],
    ),
    (
        'About 1 in 4 adults<sup><a href="#n5">5</a></sup> snore.',
        [fig("About 1 in 4", 0.25, unit="proportion", approx=True)],
    ),
    (
        'The clinic treated 640 patients.<sup><a class="fn" href="#n7">7</a></sup>',
        [fig("640 patients", 640, unit="patients")],
    ),
    (
        'Waits fell by 12%<sup><a href="#n1">1</a>,<a href="#n3">3</a></sup> last year.',
        [fig("12%", 12, unit="percent")],
    ),
    # (the volume in words is the count's: session 37)
    (
        "Cells grew to 4 &times; 10<sup>6</sup> per mL.",
        [fig("4 &times; 10<sup>6</sup> per mL", 4e6, unit="/mL")],
    ),
]

CARET_CASES: list[tuple[str, list[dict]]] = [
    ("Asthma affects 8% of children.^2^", [fig("8%", 8, unit="percent")]),
    (
        "Some 300 clinics^4^ joined the scheme.",
        [fig("Some 300 clinics", 300, unit="clinics", approx=True)],
    ),
    ("Deaths fell by 9%^1,2^ after screening began.", [fig("9%", 9, unit="percent")]),
    ("The drug costs £45^3^ a month.", [fig("£45", 45, unit="GBP")]),
    ("A dose holds 10^8^ spores.", [fig("10^8^ spores", 1e8, unit="spores")]),
]


@pytest.fixture(scope="module")
def extracted_linked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fourth_linked")
    return extract_paragraphs(folder, [t for t, _e in LINKED_MARKER_CASES], html=True)


@pytest.fixture(scope="module")
def extracted_caret(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fourth_caret")
    return extract_paragraphs(folder, [t for t, _e in CARET_CASES])


@pytest.mark.parametrize(
    ("text", "expected"), LINKED_MARKER_CASES, ids=[t[:40] for t, _ in LINKED_MARKER_CASES]
)
def test_linked_footnote_marker_is_no_figure(extracted_linked, text, expected):
    assert_read_as(extracted_linked[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), CARET_CASES, ids=[t[:40] for t, _ in CARET_CASES])
def test_pandoc_superscript_marker_is_no_figure(extracted_caret, text, expected):
    assert_read_as(extracted_caret[text], text, expected)


NOT_FIGURE_CASES: list[tuple[str, list[dict]]] = [
    ("Text CALM to 85258 any time.", []),
    ("Text HELP to 61234 for advice, or text us on 07700 900123.", []),
    ("Scan the barcode 5 012345 678900 at the till.", []),
    ("Quote your NHS number 943 476 5919 when you call.", []),
    ("The GTIN 00312345678906 appears on the carton.", []),
    ("Dose 2 of 3 is given at four months.", [fig("four months", 4, unit="month")]),
    ("Step 3 of 5: rinse the nozzle.", []),
    ("By day 4 of 7, 60% felt better.", [fig("60%", 60, unit="percent")]),
    ("Cycle 2 of 6 starts on Monday.", []),
    ("Text reminders went to 120 patients.", [fig("120 patients", 120, unit="patients")]),
    ("Question 4 of 20 asks about sleep.", []),
]


@pytest.fixture(scope="module")
def extracted_not_figures(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fourth_not")
    return extract_paragraphs(folder, [t for t, _e in NOT_FIGURE_CASES])


@pytest.mark.parametrize(
    ("text", "expected"), NOT_FIGURE_CASES, ids=[t[:40] for t, _ in NOT_FIGURE_CASES]
)
def test_identifiers_and_places_in_a_sequence(extracted_not_figures, text, expected):
    assert_read_as(extracted_not_figures[text], text, expected)


# (sentence, group label surface, low, high, unit, the figures of the sentence)
GROUP_CASES: list[tuple[str, str, float | None, float | None, str, list[str]]] = [
    (
        "Adults 19 to 64 need 700 mg of calcium a day.",
        "Adults 19 to 64",
        19,
        64,
        "year",
        ["700 mg"],
    ),
    ("Women 25–49 are invited every 3 years.", "Women 25–49", 25, 49, "year", ["3 years"]),
    ("Of the adults 18 to 24, 40% vaped.", "adults 18 to 24", 18, 24, "year", ["40%"]),
    ("Men 40-74 should have a check; 52% did.", "Men 40-74", 40, 74, "year", ["52%"]),
    (
        "Girls 12 to 13 get the jab in school, and 85% take it.",
        "Girls 12 to 13",
        12,
        13,
        "year",
        ["85%"],
    ),
    (
        "From 6 months of age, babies can eat 30 g of puree.",
        "From 6 months of age",
        6,
        None,
        "month",
        ["30 g"],
    ),
    (
        "Children under 2 years of age need 2.5 ml.",
        "Children under 2 years of age",
        None,
        2,
        "year",
        ["2.5 ml"],
    ),
    (
        "Children over 12 years of age take 10 ml.",
        "Children over 12 years of age",
        12,
        None,
        "year",
        ["10 ml"],
    ),
    ("Patients 10 to 20 were enrolled at each site.", "", None, None, "", ["10 to 20"]),
    ("Adults 2 to 3 times as likely to fall were seen.", "", None, None, "", ["2 to 3 times"]),
]


@pytest.fixture(scope="module")
def grouped(tmp_path_factory):
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    path = tmp_path_factory.mktemp("fourth_groups") / "groups.md"
    path.write_text("\n\n".join(case[0] for case in GROUP_CASES) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    groups, figures = {}, []
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for group in claim["groups"]:
            assert file_text[group["start"] : group["end"]] == group["text"]
            groups[group["text"]] = group
        for quantity in claim["quantities"]:
            assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
            figures.append(quantity["text"])
    return groups, figures


@pytest.mark.parametrize("case", GROUP_CASES, ids=[c[0][:40] for c in GROUP_CASES])
def test_age_group_without_age_word(grouped, case):
    text, surface, low, high, unit, expected_figures = case
    groups, figures = grouped
    for figure in expected_figures:
        assert figure in figures
    if not surface:
        assert not any(g for g in groups if g in text)
        return
    group = groups[surface]
    assert (group["low"], group["high"], group["unit"]) == (low, high, unit)
    assert not any(f in surface for f in figures if f in text)


MORE_CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "participles of change": [
        (
            "Screening has risen from 61% to almost 70%.",
            [
                fig("61%", 61, unit="percent", role="before"),
                fig("almost 70%", 70, unit="percent", approx=True, role="after"),
            ],
        ),
        (
            "Attendance has sunk from 80% to 62%.",
            [
                fig("80%", 80, unit="percent", role="before"),
                fig("62%", 62, unit="percent", role="after"),
            ],
        ),
        (
            "Admissions spiked from 140 to 410 in January.",
            [fig("140", 140, role="before"), fig("410", 410, role="after")],
        ),
        (
            "Uptake leapt from 12% to 30%.",
            [
                fig("12%", 12, unit="percent", role="before"),
                fig("30%", 30, unit="percent", role="after"),
            ],
        ),
        (
            "Stocks have dwindled from 900 doses to 150 doses.",
            [
                fig("900 doses", 900, unit="doses", role="before"),
                fig("150 doses", 150, unit="doses", role="after"),
            ],
        ),
    ],
    "over a period after a statistic": [
        ("The NNT over 10 years was 55.", [fig("10 years", 10, unit="year"), fig("55", 55)]),
        (
            "The risk over 5 years is 8%.",
            [fig("5 years", 5, unit="year"), fig("8%", 8, unit="percent")],
        ),
        (
            "Mortality over 3 years was 21%.",
            [fig("3 years", 3, unit="year"), fig("21%", 21, unit="percent")],
        ),
        (
            "Survival over 2 years reached 75%.",
            [fig("2 years", 2, unit="year"), fig("75%", 75, unit="percent")],
        ),
        (
            "She had pain for over 3 years.",
            [fig("over 3 years", 3, None, unit="year", li=False, comparator="over")],
        ),
    ],
    "a word between a number and its unit of time": [
        (
            "The drug added 3.2 additional months of life.",
            [fig("3.2 additional months", 3.2, unit="month")],
        ),
        ("Keep taking it for two more weeks.", [fig("two more weeks", 2, unit="week")]),
        ("Use the drops for 5 consecutive days.", [fig("5 consecutive days", 5, unit="day")]),
        ("Rest for 2 full days after the jab.", [fig("2 full days", 2, unit="day")]),
        ("It gave patients 6 extra weeks at home.", [fig("6 extra weeks", 6, unit="week")]),
    ],
    "q + hours": [
        ("Cefuroxime 750 mg IV q8h.", [fig("750 mg", 750, unit="mg"), fig("8h", 8, unit="hour")]),
        (
            "Salbutamol 2 puffs q4-6h when wheezy.",
            [fig("2 puffs", 2, unit="puffs"), fig("4-6h", 4, 6, unit="hour")],
        ),
        (
            "Paracetamol 1 g q6h, max 4 g a day.",
            [
                fig("1 g", 1, unit="g"),
                fig("6h", 6, unit="hour"),
                fig("max 4 g a day", None, 4, unit="g", per="day", comparator="max"),
            ],
        ),
        ("Gentamicin q24h with levels.", [fig("24h", 24, unit="hour")]),
        ("Try the q10 app for reminders.", []),
    ],
}
MORE_CASES = cases_by_kind(MORE_CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted_more(tmp_path_factory):
    return extract_paragraphs(
        tmp_path_factory.mktemp("fourth_more"), [t for _k, t, _e in MORE_CASES]
    )


@pytest.mark.parametrize(
    ("kind", "text", "expected"), MORE_CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in MORE_CASES]
)
def test_more_forms_are_read_as_written(extracted_more, kind, text, expected):
    assert_read_as(extracted_more[text], text, expected)


SUSPENDED_CASES: list[tuple[str, list[dict]]] = [
    (
        "Aim for a 20- to 30-minute walk each day.",
        [fig("20- to 30-minute", 20, 30, unit="minute", kind="duration")],
    ),
    ("The 5- to 10-mg tablets are scored.", [fig("5- to 10-mg", 5, 10, unit="mg")]),
    (
        "Checks happen at 3-, 6- and 12-month visits.",
        [fig("3", 3, unit="month"), fig("6", 6, unit="month"), fig("12-month", 12, unit="month")],
    ),
    (
        "Inhalers come in 100- or 200-microgram strengths.",
        [fig("100", 100, unit="µg"), fig("200-microgram", 200, unit="µg")],
    ),
    ("Use 2.5- and 5-mg doses only.", [fig("2.5", 2.5, unit="mg"), fig("5-mg", 5, unit="mg")]),
    ("Scores of 10 - 20 were normal.", [fig("10 - 20", 10, 20)]),
]


@pytest.fixture(scope="module")
def extracted_suspended(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fourth_suspended")
    return extract_paragraphs(folder, [t for t, _e in SUSPENDED_CASES])


@pytest.mark.parametrize(
    ("text", "expected"), SUSPENDED_CASES, ids=[t[:40] for t, _ in SUSPENDED_CASES]
)
def test_suspended_hyphen(extracted_suspended, text, expected):
    assert_read_as(extracted_suspended[text], text, expected)
