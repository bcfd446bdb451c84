"""A timepoint said as an adjective with digits ("5-year relapse-free survival", "10-year
overall survival") is when the figure was measured, as "five-year survival" is: no figure of
its own, and a 5-year figure is not a 3-year claim's. "Survive for at least five years" is a
timepoint too."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig
from verdict_helpers import figure_verdicts_fixture

READINGS = [
    ("A 5-year relapse-free survival of 48% was reported.", [fig("48%", 48, unit="percent")]),
    ("The 10-year overall survival was 61%.", [fig("61%", 61, unit="percent")]),
    ("Its 3-year event-free survival reached 70%.", [fig("70%", 70, unit="percent")]),
    # a duration that is not an outcome's time stays a figure
    ("We ran a 5-year study.", [fig("5-year", 5, unit="year")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return extract_paragraphs(tmp_path_factory.mktemp("tp"), [text for text, _ in READINGS])


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=[t[:40] for t, _ in READINGS])
def test_a_timepoint_adjective_is_no_figure(extracted: dict, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


REGISTRY = """\
- id: drug-w-3yr-rfs
  statement: Three-year relapse-free survival with drug W was 58%.
  subject: [drug W]
  timepoint: 3 years
  value: {value: 58, unit: percent}
  sources: [{citation: "W trial 2020", quote: "3-year RFS 58%"}]
  status: approved
  review_by: 2030-01-01
- id: tumour-v-10yr-survival
  statement: Ten years after diagnosis, 78% of people with tumour V are alive.
  subject: [tumour V]
  timepoint: 10 years
  value: {value: 78, unit: percent}
  sources: [{citation: "V registry", quote: "10-year survival 78%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drug W gave a 5-year relapse-free survival of 52%.", {"52%": ("CC102", None)}),
        (
            "Drug W gave a 3-year relapse-free survival of 52%.",
            {"52%": ("CC101", "drug-w-3yr-rfs")},
        ),
        ("Of people with tumour V, 87% survive for at least five years.", {"87%": ("CC102", None)}),
    ],
)
def test_the_timepoint_decides_the_claim(lint_text, text, expected):
    assert lint_text(text) == expected
