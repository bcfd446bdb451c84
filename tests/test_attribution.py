"""Which sibling claim a figure belongs to when the claims share a subject and differ by a
word (first / second dose, severe / any), by nested age brackets (50+ / 70+), and how a
draft finer than the source's written precision is judged."""

from __future__ import annotations

import json

import pytest
from verdict_helpers import by_figure, registry_linter

REGISTRY = """\
- id: flu-shot-coverage-first-dose
  statement: In 2023, 81% of toddlers received a first dose of the nasal flu vaccine.
  subject: [nasal flu vaccine]
  value: {value: 81, unit: percent}
  sources: [{citation: "Immunisation report 2023", quote: "first dose 81%"}]
  status: approved
  review_by: 2030-01-01
- id: flu-shot-coverage-second-dose
  statement: A second dose of the nasal flu vaccine reached 62% of toddlers in 2023.
  subject: [nasal flu vaccine]
  value: {value: 62, unit: percent}
  sources: [{citation: "Immunisation report 2023", quote: "second dose 62%"}]
  status: approved
  review_by: 2030-01-01
- id: zoster-protection-50-plus
  statement: The shingles vaccine protected 91% of people aged 50 and over.
  subject: [shingles vaccine]
  value: {value: 91, unit: percent}
  sources: [{citation: "Trial report", quote: "91% in those 50 and over"}]
  status: approved
  review_by: 2030-01-01
- id: zoster-protection-70-plus
  statement: In people aged 70 and over the shingles vaccine protected 85%.
  subject: [shingles vaccine]
  value: {value: 85, unit: percent}
  sources: [{citation: "Trial report", quote: "85% in those 70 and over"}]
  status: approved
  review_by: 2030-01-01
- id: lifestyle-weight-loss-1-year
  statement: At 1 year, the lifestyle programme cut body weight by 7%.
  subject: [lifestyle programme]
  value: {value: 7, unit: percent}
  sources: [{citation: "Programme trial report", quote: "7% at one year"}]
  status: approved
  review_by: 2030-01-01
- id: lifestyle-weight-loss-3-years
  statement: After 3 years, weight stayed 4% lower with the lifestyle programme.
  subject: [lifestyle programme]
  value: {value: 4, unit: percent}
  sources: [{citation: "Programme trial report", quote: "4% at three years"}]
  status: approved
  review_by: 2030-01-01
- id: conception-chance-age-30
  statement: A woman of 30 has about a 20% chance of conceiving in any month.
  subject: [conceiving, conception]
  context: [aged 30, each month]
  value: {value: 20, unit: percent, approx: true}
  sources: [{citation: "Fertility guidance", quote: "about 20% per month at 30"}]
  status: approved
  review_by: 2030-01-01
- id: conception-chance-age-40
  statement: By 40 the monthly chance of conceiving falls to about 5%.
  subject: [conceiving, conception]
  context: [aged 40, each month]
  value: {value: 5, unit: percent, approx: true}
  sources: [{citation: "Fertility guidance", quote: "about 5% per month at 40"}]
  status: approved
  review_by: 2030-01-01
- id: first-heart-attacks
  statement: Each year 605,000 Americans have a first heart attack.
  subject: [heart attack]
  context: [first heart attack]
  value: {value: 605000, unit: people/year}
  sources: [{citation: "Heart statistics", quote: "605,000 first attacks"}]
  status: approved
  review_by: 2030-01-01
- id: repeat-heart-attacks
  statement: Some 200,000 Americans a year have a repeat heart attack.
  subject: [heart attack]
  context: [repeat heart attack, repeat]
  value: {value: 200000, unit: people/year}
  sources: [{citation: "Heart statistics", quote: "200,000 recurrent attacks"}]
  status: approved
  review_by: 2030-01-01
- id: stroke-death-rate-2021
  statement: The stroke death rate in 2021 was 87 per 100,000 people worldwide.
  subject: [stroke, strokes]
  value: {value: 87, unit: "deaths per 100,000"}
  sources: [{citation: "Global burden study 2021", quote: "87 per 100,000"}]
  status: approved
  review_by: 2030-01-01
- id: arc-trial-response-drug
  statement: In the ARC trial, the drug alone gave a response rate of 60.6%.
  subject: [ARC trial]
  context: [drug alone]
  value: {value: 60.6, unit: percent}
  sources: [{citation: "ARC trial report", quote: "drug alone 60.6%"}]
  status: approved
  review_by: 2030-01-01
- id: arc-trial-response-therapy
  statement: Talking therapy alone gave a 43.2% response rate in the ARC trial.
  subject: [ARC trial]
  context: [talking therapy alone, therapy alone]
  value: {value: 43.2, unit: percent}
  sources: [{citation: "ARC trial report", quote: "therapy alone 43.2%"}]
  status: approved
  review_by: 2030-01-01
- id: vaping-women-2022
  statement: In 2022, 5.2% of women vaped.
  subject: [vaping, vaped, vape]
  context: [women]
  value: {value: 5.2, unit: percent}
  sources: [{citation: "Health survey 2022", quote: "women 5.2%"}]
  status: approved
  review_by: 2030-01-01
- id: vaping-men-2022
  statement: Among men, 7.9% vaped in 2022.
  subject: [vaping, vaped, vape]
  context: [men]
  value: {value: 7.9, unit: percent}
  sources: [{citation: "Health survey 2022", quote: "men 7.9%"}]
  status: approved
  review_by: 2030-01-01
- id: stroke-deaths-2019
  statement: Strokes killed 6.6 million people worldwide in 2019.
  subject: [stroke, strokes]
  value: {value: 6600000, unit: deaths/year}
  sources: [{citation: "Global burden study 2019", quote: "6.6 million deaths"}]
  status: approved
  review_by: 2030-01-01
- id: stroke-deaths-2021
  statement: Strokes killed an estimated 7.3 million people worldwide in 2021.
  subject: [stroke, strokes]
  value: {value: 7300000, unit: deaths/year}
  sources: [{citation: "Global burden study 2021", quote: "7.3 million deaths"}]
  status: approved
  review_by: 2030-01-01
"""


@pytest.fixture
def lint_text(tmp_path, run_cli):
    lint_draft = registry_linter(tmp_path, run_cli, REGISTRY)

    def findings(text: str) -> list[dict]:
        return lint_draft("page.md", text + "\n")

    def run(text: str) -> dict[str, tuple[str, str | None]]:
        return by_figure(findings(text))

    def codes(text: str) -> list[tuple[str, str]]:
        """Every finding as (code, figure), duplicates kept."""
        return [(f["code"], f["message"].split('"')[1]) for f in findings(text)]

    run.codes = codes
    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023, 81% of toddlers got a first dose of the nasal flu vaccine, and 62% a second.",
            {},
        ),
        (
            "In 2023, 62% of toddlers got a first dose of the nasal flu vaccine, and 81% a second.",
            {
                "62%": ("CC101", "flu-shot-coverage-first-dose"),
                "81%": ("CC101", "flu-shot-coverage-second-dose"),
            },
        ),
        (
            "The shingles vaccine protected 91% of people aged 50 and over and 85% of those "
            "aged 70 and over.",
            {},
        ),
        (
            "The shingles vaccine protected 85% of people aged 50 and over and 91% of those "
            "aged 70 and over.",
            {
                "85%": ("CC101", "zoster-protection-50-plus"),
                "91%": ("CC101", "zoster-protection-70-plus"),
            },
        ),
    ],
    ids=["doses-right", "doses-swapped", "nested-ages-right", "nested-ages-swapped"],
)
def test_a_swapped_sibling_figure_is_a_conflict_with_its_own_claim(lint_text, text, expected):
    assert lint_text(text) == expected


def test_a_figure_finer_than_the_source_writes_it_is_overprecise(lint_text):
    """The value is typed out in full (7300000), the statement says "7.3 million"."""
    got = lint_text("Strokes killed 7.34 million people worldwide in 2021.")
    assert got == {"7.34 million people": ("CC103", "stroke-deaths-2021")}
    assert lint_text("Strokes killed 7.9 million people worldwide in 2021.") == {
        "7.9 million people": ("CC101", "stroke-deaths-2021")
    }


def test_a_pronoun_after_a_colon_and_a_lead_in_takes_the_subject_before_it(lint_text):
    text = "The nasal flu vaccine is lagging: in 2023 it reached 70% of toddlers with a first dose."
    assert lint_text(text) == {"70%": ("CC101", "flu-shot-coverage-first-dose")}


def test_a_count_before_the_figure_does_not_cut_the_figure_off_from_its_words(lint_text):
    """Nothing divides "two doses" from "62%": both keep the whole sentence as their clause,
    so "second dose" still tells the siblings apart."""
    text = "A second dose of the nasal flu vaccine over 2 visits reached 81% of toddlers in 2023."
    assert lint_text(text)["81%"] == ("CC101", "flu-shot-coverage-second-dose")


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("lost 14.9% of body weight over 68 weeks", ()),
        ("patients over 2 months", ()),
        ("over 65 trials", ()),
        ("adults over 65", ((65.0, 120.0),)),
        ("over 65 years old", ((65.0, 120.0),)),
    ],
)
def test_over_and_a_number_is_an_age_only_with_a_person_or_years_of_age(text, ages):
    from claimcheck.verify.frames import read_frame

    assert read_frame(text).ages == ages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "and" of "aged 50 and over" divides nothing; the one after it does
        (
            "The shingles vaccine protected 91% of people aged 50 and over and 85% of those "
            "aged 70 and over.",
            {},
        ),
        # "to" divides the two ends of a change when nothing stronger does
        (
            "Stroke deaths rose from about 6.5 million in 2019 to 7.3 million in 2021.",
            {},  # the start of the change has its own year: judged against the 2019 claim
        ),
        (
            "Stroke deaths rose from 7.3 million in 2019 to 6.6 million in 2021.",
            {
                "7.3 million": ("CC101", "stroke-deaths-2019"),
                "6.6 million": ("CC101", "stroke-deaths-2021"),
            },
        ),
    ],
    ids=["and-over", "change-right", "change-swapped"],
)
def test_breaks_inside_names_and_group_labels_divide_nothing(lint_text, text, expected):
    assert lint_text(text) == expected


def test_a_statement_figure_is_not_borrowed_across_a_contradicting_frame(lint_text):
    """The 50-and-over claim is matched by the first figure; its statement's 91% does not
    make the second figure, about people aged 70 and over, supported."""
    text = (
        "The shingles vaccine protected 85% of people aged 50 and over and 91% of those "
        "aged 70 and over."
    )
    got = lint_text(text)
    assert got.get("91%") != ("CC101", "zoster-protection-50-plus")
    assert got["85%"] == ("CC101", "zoster-protection-50-plus")


@pytest.mark.parametrize(
    ("draft", "source", "compatible"),
    [
        ("Americans", "deaths/year", True),
        ("Canadians", "patients", True),
        ("Europeans", "cases", True),
        ("toddlers", "children", True),
        ("smokers", "deaths", True),
        ("tablets", "deaths", False),
        ("clinics", "patients", False),
    ],
)
def test_a_count_of_people_named_by_nationality_or_role_is_a_count_of_people(
    draft, source, compatible
):
    from claimcheck.registry.units import units_compatible

    assert units_compatible(draft, source) is compatible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 3 years, the lifestyle programme kept weight 4% lower.", {}),
        (
            "Over 3 years, the lifestyle programme kept weight 7% lower.",
            {"7%": ("CC101", "lifestyle-weight-loss-3-years")},
        ),
        (
            "The lifestyle programme kept weight 7% lower within 3 years.",
            {"7%": ("CC101", "lifestyle-weight-loss-3-years")},
        ),
    ],
    ids=["leading-right", "leading-wrong", "within"],
)
def test_a_duration_that_says_when_frames_the_figure_and_divides_nothing(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At 30 the chance of conceiving each month is about 20%; at 40, about 5%.", {}),
        (
            "At 30 the chance of conceiving each month is about 5%; at 40, about 20%.",
            {
                "about 5%": ("CC101", "conception-chance-age-30"),
                "about 20%": ("CC101", "conception-chance-age-40"),
            },
        ),
        (
            "Each year 200,000 Americans have a first heart attack and 605,000 a repeat one.",
            {
                "200,000 Americans": ("CC101", "first-heart-attacks"),
                "605,000": ("CC101", "repeat-heart-attacks"),
            },
        ),
    ],
    ids=["ages-at-right", "ages-at-swapped", "subject-inside-a-longer-name"],
)
def test_ages_said_with_at_and_subjects_inside_longer_names(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Strokes killed 87 per 100,000 people worldwide in 2021.", {}),
        ("Strokes killed 0.87 per 1,000 people worldwide in 2021.", {}),
        (
            "Strokes killed 95 per 100,000 people worldwide in 2021.",
            {"95 per 100,000 people": ("CC101", "stroke-death-rate-2021")},
        ),
        ("Strokes claimed 7.3 million lives worldwide in 2021.", {}),
    ],
    ids=["rate", "rate-per-1000", "rate-wrong", "lives-are-deaths"],
)
def test_a_rate_per_population_is_judged_against_a_rate_never_a_count(lint_text, text, expected):
    assert lint_text(text) == expected


def test_a_precise_figure_swapped_between_arms_does_not_name_the_wrong_arm(lint_text):
    """60.6% is exactly the drug arm's figure, but the clause names the therapy arm."""
    text = "In the ARC trial, therapy alone gave a 60.6% response rate and the drug alone 43.2%."
    assert lint_text(text) == {
        "60.6%": ("CC101", "arc-trial-response-therapy"),
        "43.2%": ("CC101", "arc-trial-response-drug"),
    }


def test_a_worldwide_figure_is_not_judged_against_a_claim_about_one_country(lint_text):
    """The stroke claims are worldwide; a US figure is about another population."""
    got = lint_text("In the US, strokes killed 7.9 million people in 2021.")
    assert got == {"7.9 million people": ("CC102", None)}


def test_two_figures_for_one_claim_contradict_only_when_they_cannot_both_hold(lint_text):
    agreeing = (
        "Strokes killed 7.3 million people worldwide in 2021.\n\n"
        "Strokes killed about 7 million people worldwide in 2021."
    )
    assert lint_text(agreeing) == {}
    clashing = (
        "Strokes killed 7.3 million people worldwide in 2021.\n\n"
        "Strokes killed 9 million people worldwide in 2021."
    )
    assert sorted(lint_text.codes(clashing)) == [
        ("CC101", "9 million people"),
        ("CC402", "9 million people"),
    ]


def test_a_figure_inside_risky_wording_is_reported_by_its_rule_not_as_a_figure(tmp_path, run_cli):
    draft = tmp_path / "page.md"
    draft.write_text("Our stroke clinic is 100% safe for everyone.\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--format", "json", draft)
    codes = sorted(f["code"] for f in json.loads(result.stdout)["findings"])
    assert "CC306" in codes
    assert not {"CC101", "CC102", "CC103"} & set(codes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2022, women and men vaped at rates of 5.2% and 7.9%, respectively.", {}),
        (
            "In 2022, women and men vaped at rates of 7.9% and 5.2%, respectively.",
            {"7.9%": ("CC101", "vaping-women-2022"), "5.2%": ("CC101", "vaping-men-2022")},
        ),
        ("Men vaped more than women in 2022: 7.9% versus 5.2%.", {}),
        (
            "Men vaped more than women in 2022: 5.2% versus 7.9%.",
            {"5.2%": ("CC101", "vaping-men-2022"), "7.9%": ("CC101", "vaping-women-2022")},
        ),
    ],
    ids=["respectively-right", "respectively-swapped", "colon-right", "colon-swapped"],
)
def test_figures_listed_after_their_groups_follow_them_one_by_one(lint_text, text, expected):
    assert lint_text(text) == expected


def test_a_pronoun_reaches_back_past_a_sentence_that_names_nothing(lint_text):
    """ "it" in the third sentence is the vaccine named in the first: the second sentence
    names no registry subject."""
    text = (
        "The nasal flu vaccine is offered to every toddler. Uptake matters in winter. "
        "In 2023 it reached 70% of toddlers with a first dose."
    )
    assert lint_text(text) == {"70%": ("CC101", "flu-shot-coverage-first-dose")}
