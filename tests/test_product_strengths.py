"""A percentage right before a formulation or a drug's name is the product's strength
(``5% minoxidil``, ``1% hydrocortisone cream``, ``the 2% solution``): like a dose it names the
arm of the figures beside it, is no figure about people and divides no clause."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities import find_quantities

REGISTRY = """\
- id: cream-a-irritation-strong
  statement: In the trial, skin irritation was reported by 9% of patients using 1% tazorel cream.
  subject: [tazorel]
  context: [skin irritation, irritation]
  group: [1% tazorel]
  value: {value: 9, unit: percent}
  sources: [{citation: "Tazorel trial 2019", quote: "irritation: 9% (1%), 3% (0.5%)"}]
  status: approved
  review_by: 2030-01-01
- id: cream-a-irritation-weak
  statement: In the trial, skin irritation was reported by 3% of patients using 0.5% tazorel cream.
  subject: [tazorel]
  context: [skin irritation, irritation]
  group: [0.5% tazorel]
  value: {value: 3, unit: percent}
  sources: [{citation: "Tazorel trial 2019", quote: "irritation: 9% (1%), 3% (0.5%)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Skin irritation was reported by 9% of patients on 1% tazorel cream.", {}),
        (
            "Skin irritation was reported by 3% of patients on 1% tazorel cream, whereas 9% of"
            " those using the 0.5% cream had it.",
            {
                "3%": ("CC101", "cream-a-irritation-strong"),
                "9%": ("CC101", "cream-a-irritation-weak"),
            },
        ),
        ("In the trial, irritation affected 3% of patients using 0.5% tazorel.", {}),
    ],
)
def test_a_strength_names_the_arm_and_is_no_figure(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "strengths", "figures"),
    [
        ("Hair regrew in 45% of men on 5% minoxidil foam.", ["5%"], ["45%"]),
        ("Use 1% hydrocortisone cream twice a day for a week.", ["1%"], []),
        ("A 2% chlorhexidine wash cut infections by 40%.", ["2%"], ["40%"]),
        ("Rinse with 0.9% saline; 12% of wounds healed faster.", ["0.9%"], ["12%"]),
        ("Peels with 30% glycolic acid helped 6 in 10 patients.", ["30%"], ["6 in 10"]),
        ("Apply 0.1% tacrolimus ointment.", ["0.1%"], []),
        ("Deaths saw a 20% decline in a decade.", [], ["20%"]),
        ("There is a 50% chance of passing it on.", [], ["50%"]),
        ("About 7% alcohol-related admissions were avoidable.", [], ["About 7%"]),
    ],
)
def test_a_percentage_before_a_product_is_its_strength(text, strengths, figures):
    read = find_quantities(text)
    assert [q.text for q in read if q.role == "strength"] == strengths
    assert [
        q.text for q in read if q.role != "strength" and q.unit in ("percent", "proportion")
    ] == figures
