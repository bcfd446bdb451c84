"""A word of a subject name that sibling claims share tells none of them apart, though one
statement says the subject that way (issue 12, fresh-eyes round break26: "91% have had tooth
decay and 27% have untreated decay", where only the untreated claim's statement said "tooth
decay" and so took the 91% from the claim about all decay)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: myopia-age-12
  statement: In 2020, 34% of children aged 12 in Norland had myopia.
  subject: [myopia, short-sightedness, nearsightedness]
  group: [aged 12]
  value: {value: 34, unit: percent}
  sources: [{citation: "Norland eye survey 2020", quote: "myopia at 12: 34%"}]
  status: approved
  review_by: 2030-01-01
- id: uncorrected-myopia-age-12
  statement: In 2020, 12% of children aged 12 in Norland had uncorrected short-sightedness.
  subject: [myopia, short-sightedness, nearsightedness]
  context: [uncorrected]
  group: [aged 12]
  value: {value: 12, unit: percent}
  sources: [{citation: "Norland eye survey 2020", quote: "uncorrected at 12: 12%"}]
  status: approved
  review_by: 2030-01-01
"""
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Norland, among children aged 12, 34% have short-sightedness and 12% have"
            " uncorrected myopia.",
            {},
        ),
        (
            "In Norland, among children aged 12, 12% have short-sightedness and 34% have"
            " uncorrected myopia.",
            {"12%": ("CC101", "myopia-age-12"), "34%": ("CC101", "uncorrected-myopia-age-12")},
        ),
        ("In Norland, 34% of children aged 12 have nearsightedness.", {}),
        ("In Norland, 12% of 12-year-olds have uncorrected short-sightedness.", {}),
    ],
)
def test_a_shared_subject_name_tells_no_sibling_apart(lint_text, text, expected):
    assert lint_text(text) == expected
