"""The World Bank's income groups are places a figure is about, as WHO and GBD report by
them: a figure for high-income countries is not the world's, and the LMICs' share is the
LMIC claim's."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: stillbirths-world
  statement: Worldwide, there were about 1.9 million stillbirths in 2021.
  subject: [stillbirths, stillbirth]
  context: [worldwide]
  value: {value: 1900000, unit: stillbirths, approx: true}
  sources: [{citation: "UN IGME 2023", quote: "1.9 million stillbirths in 2021"}]
  status: approved
  review_by: 2030-01-01
- id: stillbirths-lmic-share
  statement: About 98% of stillbirths occur in low- and middle-income countries.
  subject: [stillbirths, stillbirth]
  context: [LMICs]
  value: {value: 98, unit: percent, approx: true}
  sources: [{citation: "WHO 2020", quote: "98% occur in low- and middle-income countries"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Worldwide, there were about 1.9 million stillbirths in 2021.", {}),
        (
            "In high-income countries, there were about 1.2 million stillbirths in 2021.",
            {"about 1.2 million stillbirths": ("CC102", None)},
        ),
        ("About 98% of stillbirths occur in LMICs.", {}),
        (
            "About 75% of stillbirths occur in low- and middle-income countries.",
            {"About 75%": ("CC101", "stillbirths-lmic-share")},
        ),
    ],
)
def test_an_income_group_is_a_place(lint_text, text, expected):
    assert lint_text(text) == expected
