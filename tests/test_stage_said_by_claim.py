"""A stage the claim itself states ("COPD of stage II or higher") does not narrow the figure's
subject when the page says it too: the figure is the claim's, and a wrong one is accused.
(The claim's words are compared word by word: "stage II" is two of them.)"""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: lungs-copd-stage2
  statement: In the LUNGS study, 9% of adults aged 40 and over had COPD of stage II or higher.
  subject: [COPD]
  context: [LUNGS, stage II or higher]
  group: [aged 40 and over]
  value: {value: 9, unit: percent}
  sources: [{citation: "LUNGS study 2019", quote: "9% (stage II or higher)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The LUNGS study found stage II or higher COPD in 9% of adults aged 40 and over.", {}),
        (
            "The LUNGS study found stage II or higher COPD in 14% of adults aged 40 and over.",
            {"14%": ("CC101", "lungs-copd-stage2")},
        ),
    ],
)
def test_a_stage_the_claim_states_narrows_nothing(lint_text, text, expected):
    assert lint_text(text) == expected
