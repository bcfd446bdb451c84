"""Two figures of one sentence given each to the other's arm or age group are a swap, and
both are conflicts even where the sentence says more than the claims' statements do
("… free of their headache two hours after a dose in 12% of attacks treated, versus 31% on
placebo", where the registry says 31% on velorant and 12% on placebo). The pair says whose
each figure is; one figure that merely equals another arm's figure does not (a side effect
in 12% of the drug arm is not the placebo arm's 12% response), and stays unsupported
(issue 12: swapped figures pass, held-out sets' arm and age swaps)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(ident: str, statement: str, subject: str, context: str, group: str, value: str) -> str:
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [{subject}]
  context: [{context}]
  group: [{group}]
  value: {value}
  sources: [{{citation: "Source 2022", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim(
        "velor-pain-free",
        "In the VELOR trial, 31% of patients on velorant were pain free at two hours.",
        "velorant", "VELOR, pain free, two hours", "velorant", "{value: 31, unit: percent}",
    )
    + _claim(
        "velor-placebo-pain-free",
        "In the VELOR trial, 12% of patients on placebo were pain free at two hours.",
        "velorant", "VELOR, pain free, two hours", "placebo", "{value: 12, unit: percent}",
    )
    + _claim(
        "zinc-19-50",
        "Adults aged 19 to 50 need 11 mg of zinc a day.",
        "zinc", "recommended intake", "aged 19-50", "{value: 11, unit: mg/day}",
    )
    + _claim(
        "zinc-over-70",
        "Adults over 70 need 14 mg of zinc a day.",
        "zinc", "recommended intake", "aged 71 and over", "{value: 14, unit: mg/day}",
    )
)  # fmt: skip

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Velorant patients were free of their headache two hours after a dose in 12% of attacks"
        " treated, versus 31% for those on placebo.",
        "In a large study, people taking velorant had no pain left after two hours 12% of the"
        " time, compared with 31% on placebo.",
        "Velorant works fast: 12% of those treated reported complete relief from pain within two"
        " hours, against 31% on placebo.",
    ],
)
def test_arms_swapped_in_one_sentence_are_both_conflicts(lint_text, text):
    assert lint_text(text) == {
        "12%": ("CC101", "velor-pain-free"),
        "31%": ("CC101", "velor-placebo-pain-free"),
    }


def test_age_groups_swapped_in_one_sentence_are_both_conflicts(lint_text):
    text = (
        "Dietitians say adults aged 19 to 50 should take in 14 mg of zinc every day through meat"
        " and beans, and those over 70 about 11 mg of zinc daily."
    )
    found = lint_text(text)
    assert found.get("14 mg") == ("CC101", "zinc-19-50")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one figure equal to the other arm's, about another outcome: no swap, no accusation
        (
            "In the VELOR trial, dizziness was reported by 12% of those taking velorant.",
            {"12%": ("CC102", None)},
        ),
        # the right figures stay supported
        (
            "Velorant patients were free of their headache two hours after a dose in 31% of"
            " attacks treated, versus 12% for those on placebo.",
            {},
        ),
    ],
)
def test_no_swap_without_the_pair(lint_text, text, expected):
    assert lint_text(text) == expected


PLACES = """\
- id: drusen-asians
  statement: Early drusen affect 6.8% of people of Asian ancestry.
  subject: [early drusen]
  context: [Asian, Asians]
  value: {value: 6.8, unit: percent}
  sources: [{citation: "Pooled analysis", quote: "6.8%"}]
  status: approved
  review_by: 2030-01-01
- id: drusen-europeans
  statement: Early drusen affect 11.2% of people of European ancestry.
  subject: [early drusen]
  context: [European, Europeans]
  value: {value: 11.2, unit: percent}
  sources: [{citation: "Pooled analysis", quote: "11.2%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_places = figure_verdicts_fixture(PLACES)


def test_places_swapped_by_respectively_are_both_conflicts(lint_places):
    text = (
        "The prevalence of early drusen in Europeans and Asians was 6.8% and 11.2%, respectively."
    )
    assert lint_places(text) == {
        "6.8%": ("CC101", "drusen-europeans"),
        "11.2%": ("CC101", "drusen-asians"),
    }


SLEEP = """\
- id: sleep-toddlers
  statement: Toddlers aged 1 to 2 should sleep 11 to 14 hours in every 24 hours.
  subject: [sleep]
  context: [toddlers, hours of sleep]
  group: [aged 1-2]
  value: {low: 11, high: 14, unit: hours}
  sources: [{citation: "Sleep guidance", quote: "11 to 14 hours"}]
  status: approved
  review_by: 2030-01-01
- id: sleep-preschool
  statement: Children aged 3 to 5 should sleep 10 to 13 hours in every 24 hours.
  subject: [sleep]
  context: [preschool children, hours of sleep]
  group: [aged 3-5]
  value: {low: 10, high: 13, unit: hours}
  sources: [{citation: "Sleep guidance", quote: "10 to 13 hours"}]
  status: approved
  review_by: 2030-01-01
"""

lint_sleep = figure_verdicts_fixture(SLEEP)


def test_a_pair_swapped_with_an_outranked_sibling_is_both_conflicts(lint_sleep):
    # for the toddlers' figure the preschool claim is outranked by the words around it, not
    # ruled out; the pair still says whose each figure is (the subject said inside "hours
    # of sleep" counts as said)
    text = (
        "Toddlers need 10 to 13 hours of sleep a night and preschool children aged 3 to 5"
        " need 11 to 14 hours."
    )
    assert lint_sleep(text) == {
        "10 to 13 hours": ("CC101", "sleep-toddlers"),
        "11 to 14 hours": ("CC101", "sleep-preschool"),
    }
