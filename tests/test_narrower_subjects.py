"""A subject named inside a longer name that is itself another claim's subject ("hepatitis"
in "hepatitis C") does not name the claim about the whole: "hepatitis C killed 1.1 million"
is about hepatitis C, and is judged against its claim, not the one about all hepatitis."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: fever-all-deaths
  statement: Viral fever caused an estimated 1.3 million deaths in 2022.
  subject: [viral fever, fever]
  context: [worldwide, "2022"]
  measure: deaths
  value: {value: 1300000, unit: deaths}
  sources: [{citation: "Fever report 2023", quote: "1.3 million deaths"}]
  status: approved
  review_by: 2030-01-01
- id: fever-b-deaths
  statement: Fever B caused an estimated 1.1 million deaths in 2022.
  subject: [fever B]
  context: ["2022"]
  measure: deaths
  value: {value: 1100000, unit: deaths}
  sources: [{citation: "Fever report 2023", quote: "B: 1.1 million deaths"}]
  status: approved
  review_by: 2030-01-01
- id: fever-c-deaths
  statement: Fever C caused an estimated 242,000 deaths in 2022.
  subject: [fever C]
  context: ["2022"]
  measure: deaths
  value: {value: 242000, unit: deaths}
  sources: [{citation: "Fever report 2023", quote: "C: 242,000 deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_named_part_is_judged_against_its_own_claim(lint_text):
    found = lint_text(
        "Fever B killed an estimated 242,000 people in 2022, while fever C killed 1.1 million."
    )
    assert found == {
        "an estimated 242,000 people": ("CC101", "fever-b-deaths"),
        "1.1 million": ("CC101", "fever-c-deaths"),
    }


def test_the_whole_is_still_its_own_claim(lint_text):
    assert lint_text("In 2022 viral fever caused an estimated 1.3 million deaths.") == {}


def test_a_part_named_in_the_sentence_before_or_a_column_header(lint_text):
    assert lint_text("Fever C is often missed. It killed 1.1 million people in 2022.") == {
        "1.1 million people": ("CC101", "fever-c-deaths")
    }
    table = (
        "| Deaths in 2022 | Fever B | Fever C |\n|---|---|---|\n| Deaths | 1.1 million | 242,000 |"
    )
    assert lint_text(table) == {}
