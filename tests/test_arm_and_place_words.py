"""Words that looked like a frame and were not: "untreated" in the name of a condition ("an
untreated decayed tooth") is no untreated arm; a placebo named after "than those given" is
the comparison, not the figure's arm; "US$" is a currency, not a place; and "for 2 years"
says when an effect was measured."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: untreated-cavity-kids
  statement: 18% of children aged 6 to 11 have at least one untreated cavity.
  subject: [untreated cavity, untreated cavities]
  context: [children]
  group: [aged 6-11]
  value: {value: 18, unit: percent}
  sources: [{citation: "Dental survey 2020", quote: "18% (6-11 years)"}]
  status: approved
  review_by: 2030-01-01
- id: gel-x-fewer-cavities
  statement: Children using gel X had 31% fewer cavities than those using a placebo gel.
  subject: [gel X]
  context: [cavities, prevented fraction]
  value: {value: 31, unit: percent}
  sources: [{citation: "Gel X review", quote: "prevented fraction 31%"}]
  status: approved
  review_by: 2030-01-01
- id: clinic-spending-2021
  statement: Worldwide spending on dental clinics reached US$ 150 billion in 2021.
  subject: [dental clinics]
  context: [spending]
  value: {value: 150000000000, unit: USD}
  sources: [{citation: "Spending report 2022", quote: "US$ 150 billion"}]
  status: approved
  review_by: 2030-01-01
- id: sealant-y-2yr
  statement: Sealant Y prevented 78% of cavities over 2 years.
  subject: [sealant Y]
  context: [cavities]
  timepoint: 2 years
  value: {value: 78, unit: percent}
  sources: [{citation: "Sealant review", quote: "78% at 2 years"}]
  status: approved
  review_by: 2030-01-01
- id: sealant-y-4yr
  statement: Sealant Y prevented 55% of cavities over 4 years.
  subject: [sealant Y]
  context: [cavities]
  timepoint: 4 years
  value: {value: 55, unit: percent}
  sources: [{citation: "Sealant review", quote: "55% at 4 years"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 18% of children aged 6 to 11 have an untreated cavity.", {}),
        (
            "About 28% of children aged 6 to 11 have an untreated cavity.",
            {"About 28%": ("CC101", "untreated-cavity-kids")},
        ),
        ("Children using gel X had 31% fewer cavities than those given a placebo gel.", {}),
        (
            "Children using gel X had 41% fewer cavities than those given a placebo gel.",
            {"41%": ("CC101", "gel-x-fewer-cavities")},
        ),
        ("Spending on dental clinics reached US$ 150 billion in 2021.", {}),
        ("Sealant Y protects against 78% of cavities for 2 years.", {}),
        (
            "Sealant Y protects against 55% of cavities for 2 years.",
            {"55%": ("CC101", "sealant-y-2yr")},
        ),
    ],
)
def test_words_that_are_no_frame(lint_text, text, expected):
    assert lint_text(text) == expected
