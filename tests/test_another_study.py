"""A figure whose clause names another study than the claim's is not the claim's, whatever
their wording shares: "In ORBIT, median overall survival was 32.4 months with velotamide" is
not the NOVA claim's figure (issue 12, held-out oncology and skin sets: PREVAIL against
AFFIRM, ECLIPSE against CLEAR). A study's name is one most claims holding it speak of as a
study ("In NOVA, …", "the NOVA trial"); a disease's capitals (COPD) are none."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(ident: str, statement: str, subject: str, value: str) -> str:
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [{subject}]
  context: [overall survival, median]
  value: {value}
  sources: [{{citation: "Trial report", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim(
        "nova-os",
        "In NOVA, median overall survival was 18.4 months with velotamide.",
        "velotamide, NOVA",
        "{value: 18.4, unit: months}",
    )
    + _claim(
        "orbit-response",
        "In ORBIT, 41% of patients responded to velotamide.",
        "velotamide, ORBIT",
        "{value: 41, unit: percent}",
    )
    + _claim(
        "copd-survival",
        "COPD patients on home oxygen had a median survival of 40 months.",
        "COPD, home oxygen",
        "{value: 40, unit: months}",
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In NOVA, median overall survival was 18.4 months with velotamide.", {}),
        (
            "In NOVA, median overall survival was 32.4 months with velotamide.",
            {"32.4 months": ("CC101", "nova-os")},
        ),
        # another study of the same drug: not the NOVA claim's
        (
            "In ORBIT, median overall survival was 32.4 months with velotamide.",
            {"32.4 months": ("CC102", None)},
        ),
        # a disease written in capitals is no study
        (
            "In COPD, patients on home oxygen had a median survival of 52 months.",
            {"52 months": ("CC101", "copd-survival")},
        ),
    ],
)
def test_a_figure_from_another_study_is_not_the_claims(lint_text, text, expected):
    assert lint_text(text) == expected
