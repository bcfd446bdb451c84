"""Number forms read wrong at the start of session 37 (issue 11), each kind with sentences of
our own: the rules that lend one figure's unit to another (a unit said once for parallel
figures, a lab's reference range, a unit printed once after the bracket) held in plain
paragraphs only, and were switched off in a list item, a quote, an HTML element, or any
paragraph of a draft that also had a heading or a list; and a list item's first word (``-
Sodium 131 …``) was read as a name whose number is no figure."""

from __future__ import annotations

import pytest

# (the figure's line, the figures as (surface, unit)) read the same in every layout below
LINES = [
    ("Trial volunteers gained 3.4 kg on the steroid against 0.6 on the dummy tablet.",
     [("3.4 kg", "kg"), ("0.6", "kg")]),
    ("Calcium 2.91 mmol/L (ref 2.20-2.60)",
     [("2.91 mmol/L", "mmol/L"), ("2.20-2.60", "mmol/L")]),
    ("Chloride 91 (98–107) mmol/L",
     [("91", "mmol/L"), ("98–107", "mmol/L")]),
    ("Magnesium 0.48 (0.70-1.00) mmol/L",
     [("0.48", "mmol/L"), ("0.70-1.00", "mmol/L")]),
    ("The clinic charged $2,100 in 2020 and 2,650 in 2024.",
     [("$2,100", "USD"), ("2,650", "USD")]),
]  # fmt: skip

LAYOUTS = {
    "paragraph after a heading": ("page.md", "# Results\n\n{line}\n"),
    "paragraph before a list": ("page.md", "{line}\n\n- another point\n"),
    "list item": ("page.md", "Blood tests:\n\n- {line}\n"),
    "starred list item": ("page.md", "* {line}\n"),
    "numbered list item": ("page.md", "1. {line}\n"),
    "quote": ("page.md", "> {line}\n"),
    "HTML paragraph": ("page.html", "<h2>Results</h2>\n<p>{line}</p>\n"),
    "HTML list item": ("page.html", "<ul><li>{line}</li></ul>\n"),
    "bulleted plain text": ("page.txt", "• {line}\n"),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(("line", "expected"), LINES)
def test_a_unit_lent_between_figures_holds_in_every_layout(
    tmp_path, extract_json, layout, line, expected
):
    name, template = LAYOUTS[layout]
    draft = tmp_path / name
    draft.write_text(template.format(line=line), encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    got = [(q["text"], q["unit"]) for claim in claims for q in claim["quantities"]]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Windows 10 is installed on 40% of the ward's computers.", ["40%"]),
        ("Patients on the Galaxy 21 phone plan pay nothing.", []),
        ("1. Gardasil 9 protects against 90% of the strains.", ["90%"]),
    ],
)
def test_a_names_number_inside_a_sentence_or_before_its_verb_stays_no_figure(
    tmp_path, extract_json, text, expected
):
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    assert [q["text"] for claim in claims for q in claim["quantities"]] == expected


@pytest.mark.parametrize(
    ("name", "draft"),
    [
        ("page.md", "| Test | Result |\n|---|---|\n| Ferritin | 9 ug/L (15-200) |\n"),
        ("page.html", "<table><tr><td>Ferritin 9 ug/L (15-200)</td></tr></table>\n"),
        ("page.html", "<table><tr><th>Test</th><th>Result</th></tr>"
         "<tr><td>Calcium</td><td>2.91 mmol/L (ref 2.20-2.60)</td></tr></table>\n"),
    ],
)  # fmt: skip
def test_a_table_cells_reference_range_takes_its_results_unit(tmp_path, extract_json, name, draft):
    path = tmp_path / name
    path.write_text(draft, encoding="utf-8")
    claims = extract_json(path)["documents"][0]["claims"]
    units = [q["unit"] for claim in claims for q in claim["quantities"]]
    assert len(units) == 2 and units[0] == units[1] is not None


FORMS = [
    # a bound after a count per volume written with a power of ten (or "per mL")
    ("Neutrophils 1.0 × 10^9/L or higher are needed before the next cycle.",
     [("1.0 × 10^9/L or higher", 1.0e9, None, "/L")]),
    ("A platelet count of 100 x 10^9/L or above is safe for the procedure.",
     [("100 x 10^9/L or above", 1.0e11, None, "/L")]),
    ("Motile counts of 20 × 10⁶ per mL or more are normal.",
     [("20 × 10⁶ per mL or more", 2.0e7, None, "/mL")]),
    # red-cell indices, and their reference range
    ("MCV 76 fL (80–100), MCH 24 pg (27–32).",
     [("76 fL", 76, 76, "fL"), ("80–100", 80, 100, "fL"), ("24 pg", 24, 24, "pg"),
      ("27–32", 27, 32, "pg")]),
    # a measure named by a word that also labels (Volume 2, Level 3): the unit says amount
    ("Her tidal volume was low: tidal volume 380 mL.", [("380 mL", 380, 380, "mL")]),
    ("Serum level 42 ng/mL at the trough.", [("42 ng/mL", 42, 42, "ng/mL")]),
    ("Body mass index 31 kg/m2 at the first visit.", [("31 kg/m2", 31, 31, "kg/m2")]),
    ("See Volume 2 of the guideline.", []),
    # a dose form before "nightly": a rate per night, the adverb no part of the noun
    ("Use 1 spray nightly in each nostril.", [("1 spray nightly", 1, 1, "spray/night")]),
    ("Take 2 capsules nightly.", [("2 capsules nightly", 2, 2, "capsules/night")]),
    # an Indian fee notice's "/-" after both ends of a range of prices
    ("Ultrasound abdomen: Rs.1,800/- to Rs.2,400/-",
     [("Rs.1,800/- to Rs.2,400/-", 1800, 2400, "INR")]),
    # … and the period after the last "/-" is the range's (session 55, second set)
    ("Dressing charges are from Rs.150/- to Rs.300/- per day.",
     [("from Rs.150/- to Rs.300/- per day", 150, 300, "INR")]),
]  # fmt: skip

RATES = [
    # a rate per lakh (100,000), the Indian public-health style
    ("Malaria incidence was 41/lakh population in 2021.", "100,000 population"),
    ("The maternal mortality ratio fell to 97 per lakh live births.", "100,000 live births"),
]


@pytest.mark.parametrize(("text", "per"), RATES)
def test_a_rate_per_lakh(tmp_path, extract_json, text, per):
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    assert [q["per"] for c in claims for q in c["quantities"]][0] == per


def test_a_reference_range_in_square_brackets_takes_the_results_unit(tmp_path, extract_json):
    draft = tmp_path / "page.txt"
    draft.write_text("Fasting glucose 8.1 mmol/L [3.9–5.5]\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    assert [q["unit"] for c in claims for q in c["quantities"]] == ["mmol/L", "mmol/L"]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_form_read_right(tmp_path, extract_json, text, expected):
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    got = [(q["text"], q["low"], q["high"], q["unit"]) for c in claims for q in c["quantities"]]
    assert got == [(t, pytest.approx(lo), hi if hi is None else pytest.approx(hi), u)
                   for t, lo, hi, u in expected]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "statistic"),
    [("The NNTB over 4 years was 21.", "NNT"), ("The NNTH over 18 months was 55.", "NNH")],
)
def test_altmans_nntb_and_ntth_before_a_period_are_the_nnt_and_nnh(
    tmp_path, extract_json, text, statistic
):
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    figures = [q for c in claims for q in c["quantities"]]
    assert [(q["statistic"], q["comparator"]) for q in figures] == [(None, None), (statistic, None)]


@pytest.mark.parametrize(
    ("html", "unit"),
    [
        ("<p>Uptake reached 88&nbsp;per&nbsp;cent.</p>", "percent"),
        ("<p>Target below 130/80&nbsp;mm&nbsp;Hg.</p>", "mmHg"),
    ],
)
def test_a_no_break_space_entity_inside_a_two_word_unit(tmp_path, extract_json, html, unit):
    draft = tmp_path / "page.html"
    draft.write_text(html + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    assert [q["unit"] for c in claims for q in c["quantities"]][-1] == unit


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, the prevalence of asthma among Norland adults was 0.112.",
        "The proportion of children fully vaccinated reached 0.87 in 2023.",
        "They found a prevalence of 0.04 in the screened group.",
    ],
)
def test_a_prevalence_or_proportion_said_as_a_decimal_is_a_proportion(tmp_path, extract_json, text):
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    figures = [q for c in claims for q in c["quantities"] if q["kind"] != "duration"]
    assert [(q["kind"], q["unit"]) for q in figures][-1] == ("proportion", "proportion")
