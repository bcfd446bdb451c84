"""The age a cumulative risk is counted to (`by age 80`, `by the age of 80`, `to age 70`,
`By 70,` opening a sentence) is read alike in drafts and in claims, so a gene's risk by 80
is told from its risk by 70, and carriers are whom such a risk is of, not a count of carriers
(issue 12: held-out genetics set, where 14 of 22 misses were risks by an age)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(ident: str, statement: str, age: int, value: float) -> str:
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [kidney cancer]
  context: [VHL, cumulative risk, carriers, by age {age}]
  group: [VHL]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Cohort study", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = _claim(
    "vhl-kidney-60",
    "In VHL carriers the cumulative risk of kidney cancer by age 60 is 35%.",
    60,
    35,
) + _claim(
    "vhl-kidney-75",
    "In VHL carriers the cumulative risk of kidney cancer by age 75 is 70%.",
    75,
    70,
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By age 60, the risk of kidney cancer for VHL carriers is 35%.", {}),
        ("By the age of 75, VHL carriers have a 70% risk of kidney cancer.", {}),
        (
            "By age 75, the risk of kidney cancer for VHL carriers is 35%.",
            {"35%": ("CC101", "vhl-kidney-75")},
        ),
        (
            "By 60, about 45% of VHL carriers will have had kidney cancer.",
            {"about 45%": ("CC101", "vhl-kidney-60")},
        ),
        # carriers said with a participle are whom the share is of
        ("By age 75, 70% of people carrying a VHL variant have had kidney cancer.", {}),
        (
            "The risk of kidney cancer to age 75 in VHL carriers is 62%.",
            {"62%": ("CC101", "vhl-kidney-75")},
        ),
    ],
)
def test_a_risk_is_judged_against_the_claim_for_its_age(lint_text, text, expected):
    assert lint_text(text) == expected


INCIDENCE = _claim(
    "vhl-pancreas-70",
    "In VHL syndrome, VHL carriers have a 17% cumulative incidence of pancreatic tumours at 70"
    " years.",
    70,
    17,
).replace("[kidney cancer]", "[pancreatic tumours]")

lint_incidence = figure_verdicts_fixture(INCIDENCE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cumulative incidence in carriers is a risk of theirs, as "a risk" is
        ("By age 70, 17% of VHL carriers have had pancreatic tumours.", {}),
        ("By age 70, pancreatic tumours affect 17 in every 100 VHL carriers.", {}),
        (
            "By age 70, pancreatic tumours affect 30 in every 100 VHL carriers.",
            {"30 in every 100": ("CC101", "vhl-pancreas-70")},
        ),
    ],
)
def test_a_cumulative_incidence_in_carriers_is_their_risk(lint_incidence, text, expected):
    assert lint_incidence(text) == expected
