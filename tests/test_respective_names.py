""" "respectively" pairs figures with the registry names listed before them when no age,
sex or place is listed there (ancestries, drugs, doses): "… in Hispanic and Black adults
was 12% and 11%, respectively" gives the 12% to the Hispanic claim. A swapped pair is two
conflicts; a right pair passes."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(id_, statement, subject, context, value):
    return f"""\
- id: {id_}
  statement: {statement}
  subject: [{subject}]
  context: [{context}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Our own test source", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = "".join(
    (
        _claim("gout-hispanic", "Gout affects 3.1% of Hispanic adults.", "gout", "Hispanic", 3.1),
        _claim("gout-asian", "Gout affects 5.4% of Asian adults.", "gout", "Asian", 5.4),
        _claim(
            "statin-trial-atorvastatin",
            "In LIPID-9, atorvastatin lowered LDL cholesterol by 41%.",
            "LIPID-9",
            "atorvastatin",
            41,
        ),
        _claim(
            "statin-trial-rosuvastatin",
            "In LIPID-9, rosuvastatin lowered LDL cholesterol by 49%.",
            "LIPID-9",
            "rosuvastatin",
            49,
        ),
    )
)


lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gout affects Hispanic and Asian adults at 3.1% and 5.4%, respectively.", {}),
        (
            "Gout affects Hispanic and Asian adults at 5.4% and 3.1%, respectively.",
            {"5.4%": ("CC101", "gout-hispanic"), "3.1%": ("CC101", "gout-asian")},
        ),
        ("In LIPID-9, atorvastatin and rosuvastatin cut LDL by 41% and 49%, respectively.", {}),
        (
            "In LIPID-9, atorvastatin and rosuvastatin cut LDL by 49% and 41%, respectively.",
            {
                "49%": ("CC101", "statin-trial-atorvastatin"),
                "41%": ("CC101", "statin-trial-rosuvastatin"),
            },
        ),
        (
            "In LIPID-9, daily rosuvastatin and daily atorvastatin cut LDL by 49% and 41%, "
            "respectively.",
            {},
        ),
    ],
)
def test_respectively_pairs_the_listed_names_in_order(lint_text, text, expected):
    assert lint_text(text) == expected
