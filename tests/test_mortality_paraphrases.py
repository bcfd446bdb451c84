"""Pages say the child-mortality names of WHO and UN IGME reports in words: "died before
their fifth birthday" is under-five deaths, "died in their first month" or "within 28 days
of birth" neonatal deaths, "before their first birthday" infant deaths (issue 12, held-out
paediatrics set: five figures found no claim). The words name whichever of those names the
registry holds; a sentence without them names none."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(ident: str, names: str, statement: str, value: float) -> str:
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [{names}]
  context: [worldwide]
  value: {{value: {value}, unit: deaths}}
  sources: [{{citation: "UN IGME 2023", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim(
        "u5",
        "under-five deaths, under-5 deaths",
        "In 2022, 4.9 million children died before their fifth birthday.",
        4.9e6,
    )
    + _claim(
        "nn",
        "neonatal deaths, newborn deaths",
        "In 2022, 2.3 million newborns died in their first month of life.",
        2.3e6,
    )
    + _claim(
        "inf",
        "infant deaths",
        "In 2022, 3.7 million infants died before their first birthday.",
        3.7e6,
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2022, 4.9 million children died before reaching their fifth birthday.", {}),
        (
            "In 2022, 5.9 million children died before their fifth birthday.",
            {"5.9 million children": ("CC101", "u5")},
        ),
        ("About 2.3 million babies died within 28 days of birth in 2022.", {}),
        (
            "In 2022, 4.9 million babies died in their first month of life.",
            {"4.9 million babies": ("CC101", "nn")},
        ),
        (
            "Some 2.8 million infants died before their first birthday in 2022.",
            {"Some 2.8 million infants": ("CC101", "inf")},
        ),
        (
            "In 2022, 2.3 million children died before the age of five, and 4.9 million newborns"
            " died in their first month.",
            {"2.3 million children": ("CC101", "u5"), "4.9 million newborns": ("CC101", "nn")},
        ),
    ],
)
def test_child_deaths_said_in_words_find_their_claims(lint_text, text, expected):
    assert lint_text(text) == expected


def test_other_deaths_are_no_child_deaths(lint_text):
    found = lint_text("About 4.9 million people died of heart disease in 2022.")
    assert all(rule != "CC101" for rule, _id in found.values())


def test_children_under_five_died_names_under_five_deaths(lint_text):
    found = lint_text("An estimated 5.9 million children under five died in 2022.")
    assert found == {"An estimated 5.9 million children": ("CC101", "u5")}


def test_deaths_of_a_cause_among_under_fives_are_no_under_five_deaths(lint_text):
    found = lint_text("In 2022, 5.9 million children under five died of malaria.")
    assert all(claim != "u5" for _rule, claim in found.values())


UNDIAGNOSED = """\
- id: gout-undiagnosed
  statement: About 40% of adults with gout are undiagnosed.
  subject: [gout]
  context: [undiagnosed]
  value: {value: 40, unit: percent}
  sources: [{citation: "Gout survey 2021", quote: "40% undiagnosed"}]
  status: approved
  review_by: 2030-01-01
- id: gout-prevalence
  statement: Gout affects 4% of adults.
  subject: [gout]
  value: {value: 4, unit: percent}
  sources: [{citation: "Gout survey 2021", quote: "4%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_undiagnosed = figure_verdicts_fixture(UNDIAGNOSED)


@pytest.mark.parametrize(
    "text",
    [
        "Gout is common, yet about 40% of adults who have it have never been diagnosed.",
        "About 40% of adults with gout have not been diagnosed.",
        "Some 40% of people with gout are not diagnosed.",
    ],
)
def test_not_diagnosed_names_undiagnosed(lint_undiagnosed, text):
    """A name made of "un" and a participle is said with "not" or "never (been)" too."""
    assert lint_undiagnosed(text) == {}


def test_a_wrong_share_not_diagnosed_is_a_conflict(lint_undiagnosed):
    found = lint_undiagnosed("About 60% of adults with gout have never been diagnosed.")
    assert found == {"About 60%": ("CC101", "gout-undiagnosed")}
