"""A dose that names a trial arm ("glucoxin 10 mg versus placebo: 35% versus 12%", a column
"Glucoxin 10 mg") is no figure of its own: it is never judged against a body-weight claim in
kg (a dose and a weight are both masses, never one another's figure), it does not upset the
pairing of the arms with their figures, and it is no unbacked figure."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gluco-target-10mg
  statement: In GLUCO-1, the HbA1c target was reached by 35% of patients on glucoxin 10 mg.
  subject: [glucoxin, GLUCO-1]
  context: [HbA1c target, 10 mg]
  value: {value: 35, unit: percent}
  sources: [{citation: "GLUCO-1 trial 2024", quote: "35% (10 mg) vs 12% (placebo)"}]
  status: approved
  review_by: 2030-01-01
- id: gluco-target-placebo
  statement: In GLUCO-1, the HbA1c target was reached by 12% of patients on placebo.
  subject: [glucoxin, GLUCO-1]
  context: [HbA1c target]
  group: [placebo]
  value: {value: 12, unit: percent}
  sources: [{citation: "GLUCO-1 trial 2024", quote: "35% (10 mg) vs 12% (placebo)"}]
  status: approved
  review_by: 2030-01-01
- id: gluco-weight-10mg
  statement: In GLUCO-1, body weight fell by 2.1 kg with glucoxin 10 mg.
  subject: [glucoxin, GLUCO-1]
  context: [body weight, 10 mg]
  value: {value: 2.1, unit: kg}
  sources: [{citation: "GLUCO-1 trial 2024", quote: "2.1 kg (10 mg) vs 0.3 kg (placebo)"}]
  status: approved
  review_by: 2030-01-01
- id: gluco-weight-placebo
  statement: In GLUCO-1, body weight fell by 0.3 kg with placebo.
  subject: [glucoxin, GLUCO-1]
  context: [body weight]
  group: [placebo]
  value: {value: 0.3, unit: kg}
  sources: [{citation: "GLUCO-1 trial 2024", quote: "2.1 kg (10 mg) vs 0.3 kg (placebo)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """### GLUCO-1 results

| Outcome | Glucoxin 10 mg | Placebo |
|---|---|---|
| HbA1c target reached | {drug} | {placebo} |"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GLUCO-1, glucoxin 10 mg versus placebo: 35% versus 12% reached the HbA1c target.", {}),
        (
            "GLUCO-1, glucoxin 10 mg versus placebo: 12% versus 35% reached the HbA1c target.",
            {"12%": ("CC101", "gluco-target-10mg"), "35%": ("CC101", "gluco-target-placebo")},
        ),
        ("In GLUCO-1, body weight fell by 2.1 kg with glucoxin 10 mg and 0.3 kg with placebo.", {}),
        (
            "In GLUCO-1, 35% and 12% of patients on glucoxin 10 mg and placebo, respectively, "
            "reached the HbA1c target.",
            {},
        ),
        (TABLE.format(drug="35%", placebo="12%"), {}),
        (
            TABLE.format(drug="12%", placebo="35%"),
            {"12%": ("CC101", "gluco-target-10mg"), "35%": ("CC101", "gluco-target-placebo")},
        ),
    ],
)
def test_a_dose_that_names_an_arm_is_no_figure(lint_text, text, expected):
    assert lint_text(text) == expected
