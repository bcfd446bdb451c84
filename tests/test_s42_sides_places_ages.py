"""What a figure is about, read from words around it (session 42): a list's heading says what
its items count; a sub-region of Asia is no figure of the world's claim; the side a
comparison sets against the control arm is the treated arm; a dose said of one drug is no
figure of another drug's dose claim; and an age given bare ("the average age at diagnosis is
73") is years, against a claim in years or one that gives the age bare."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "kidney-cases-women-2024",
            "In 2024, about 31,000 new cases of kidney cancer were expected in women in Northland.",
            "{value: 31000, unit: cases}",
            "kidney cancer",
            "Northland, new cases",
            measure="incidence",
            group="[women]",
        ),
        valued_claim(
            "kidney-deaths-women-2024",
            "In 2024, about 5,200 women were expected to die of kidney cancer in Northland.",
            "{value: 5200, unit: deaths}",
            "kidney cancer",
            "Northland, deaths",
            measure="deaths",
            group="[women]",
        ),
        approved_claim(
            "astigmatism-world-2030",
            "By 2030, 40.4% of the world population is projected to have astigmatism.",
            40.4,
            "astigmatism",
            "worldwide, world population",
            measure="prevalence",
        ),
        approved_claim(
            "calmer-drops-glaucoma",
            "In the CALMER study, 3.9% of participants given pressure-lowering eye drops"
            " developed glaucoma within 5 years.",
            3.9,
            "CALMER study, CALMER",
            "ocular hypertension, developed glaucoma",
            timepoint="5 years",
        ),
        approved_claim(
            "calmer-observed-glaucoma",
            "In the CALMER study, 8.7% of participants who were only observed developed"
            " glaucoma within 5 years.",
            8.7,
            "CALMER study, CALMER",
            "ocular hypertension, developed glaucoma",
            group="[observation]",
            timepoint="5 years",
        ),
        valued_claim(
            "tidal-velotumab-dose",
            "In TIDAL-3, velotumab was given at 2.5 mg/kg every 3 weeks.",
            "{value: 2.5, unit: mg/kg}",
            "TIDAL-3, velotumab",
            "dose, bowel cancer",
        ),
        valued_claim(
            "tidal-nivolizumab-dose",
            "In TIDAL-3, nivolizumab was given at 240 mg every 3 weeks.",
            "{value: 240, unit: mg}",
            "TIDAL-3, nivolizumab",
            "dose, bowel cancer",
        ),
        valued_claim(
            "gout-age-first-attack",
            "The average age at a first attack of gout in Northland is 52 years.",
            "{value: 52, unit: years}",
            "gout",
            "Northland, age at first attack",
        ),
        valued_claim(
            "shingles-age-bare",
            "In Northland the average age of people when shingles is diagnosed is 63.",
            "{value: 63}",
            "shingles",
            "Northland, average age",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading says what its list items count
        (
            "Kidney cancer deaths expected in Northland in 2024:\n\n- Women: 31,000\n",
            {"31,000": ("CC101", "kidney-deaths-women-2024")},
        ),
        (
            "Kidney cancer deaths expected in Northland in 2024:\n\n- Women: 5,200\n",
            {},
        ),
        (
            "New kidney cancer cases expected in Northland in 2024:\n\n- Women: 5,200\n",
            {"5,200": ("CC101", "kidney-cases-women-2024")},
        ),
        # a region of the world is no figure of the world's claim
        ("In East Asia, 40.4% of people have astigmatism.", {"40.4%": ("CC102", None)}),
        ("In South Asia, 30% of people have astigmatism.", {"30%": ("CC102", None)}),
        ("Across the Middle East, 40.4% of adults have astigmatism.", {"40.4%": ("CC102", None)}),
        ("By 2030, 40.4% of the world's people will have astigmatism.", {}),
        # the side set against the control arm is the treated arm
        (
            "In CALMER, 3.9% of people who were only observed developed glaucoma within five"
            " years, compared with 8.7% of those who used eye drops.",
            {
                "3.9%": ("CC101", "calmer-observed-glaucoma"),
                "8.7%": ("CC101", "calmer-drops-glaucoma"),
            },
        ),
        (
            "In CALMER, 8.7% of people who were only observed developed glaucoma within five"
            " years, compared with 3.9% of those who used eye drops.",
            {},
        ),
        (
            "In CALMER, 3.9% of people given eye drops developed glaucoma within five years,"
            " against 8.7% of those only observed.",
            {},
        ),
        # a dose is the dose of the drug it is said of
        (
            "In TIDAL-3, nivolizumab was given at 2.5 mg/kg.",
            {"2.5 mg/kg": ("CC102", None)},
        ),
        ("In TIDAL-3, velotumab was given at 2.5 mg/kg.", {}),
        (
            "In TIDAL-3, velotumab was given at 3 mg/kg every 3 weeks.",
            {"3 mg/kg": ("CC101", "tidal-velotumab-dose")},
        ),
        # an age given bare is years
        ("The average age at a first attack of gout in Northland is 52.", {}),
        (
            "The average age at a first attack of gout in Northland is 45.",
            {"45": ("CC101", "gout-age-first-attack")},
        ),
        ("In Northland, the average age at which shingles is diagnosed is 63 years.", {}),
        # "N years old" is an age, against a claim in years or one given bare
        ("People in Northland are on average 52 years old at a first attack of gout.", {}),
        (
            "At a first attack of gout, people in Northland are typically 45 years old.",
            {"45 years old": ("CC101", "gout-age-first-attack")},
        ),
        (
            "In Northland, people are on average 58 years old when shingles is diagnosed.",
            {"58 years old": ("CC101", "shingles-age-bare")},
        ),
        (
            "In Northland, the average age at which shingles is diagnosed is 58 years.",
            {"58 years": ("CC101", "shingles-age-bare")},
        ),
    ],
)
def test_what_the_words_around_a_figure_say(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The median age at diagnosis is 67.", [("67", "year")]),
        ("Median age: 71", [("71", "year")]),
        ("The mean age at death was 79 in men and 82 in women.", [("79", "year"), ("82", "year")]),
        ("The average age of onset is about 45.", [("about 45", "year")]),
        # not a count after an age, nor a number with its own unit
        ("At age 50, 12 people were screened.", [("12 people", "people")]),
        ("The average age of the cohort was 54 years.", [("54 years", "year")]),
    ],
)
def test_an_age_given_bare_is_years(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["unit"]) for q in quantities] == expected
