"""A study and the later studies of its series are different studies: "in the VeloCITY
trial" is not VeloCITY-2, though the one name is a prefix of the other, and a coined name
with a run of capitals inside (``VeloCITY``, ``KarMMa``) is written as a study's name as
``ERASURE`` or ``SOLO 1`` are. A figure of the first is never judged against a claim
about the second."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

VELOCITY_PFS = """\
- id: velocity-pfs
  statement: Median progression-free survival with zanotrel in VeloCITY was 8.8 months.
  subject: [VeloCITY, zanotrel]
  context: [myeloma, progression-free survival]
  value: {value: 8.8, unit: month}
  sources: [{citation: "VeloCITY report", quote: "median PFS 8.8 months"}]
  status: approved
  review_by: 2030-01-01
"""

REGISTRY = (
    VELOCITY_PFS
    + """\
- id: velocity2-pfs
  statement: In VeloCITY-2, median progression-free survival was 13.8 months with zanotrel.
  subject: [VeloCITY-2, zanotrel]
  context: [myeloma, progression-free survival]
  group: [zanotrel]
  value: {value: 13.8, unit: month}
  sources: [{citation: "VeloCITY-2 report", quote: "median PFS 13.8 months"}]
  status: approved
  review_by: 2030-01-01
- id: bridge-response
  statement: In BRIDGE, 41% of patients on zanotrel responded.
  subject: [BRIDGE, zanotrel]
  context: [myeloma, response]
  value: {value: 41, unit: percent}
  sources: [{citation: "BRIDGE report", quote: "41% responded"}]
  status: approved
  review_by: 2030-01-01
- id: bridge3-response
  statement: In BRIDGE 3, 63% of patients on zanotrel responded.
  subject: [BRIDGE 3, zanotrel]
  context: [myeloma, response]
  value: {value: 63, unit: percent}
  sources: [{citation: "BRIDGE 3 report", quote: "63% responded"}]
  status: approved
  review_by: 2030-01-01
"""
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Median progression-free survival with zanotrel in the VeloCITY trial was about"
            " nine months.",
            {},
        ),
        (
            "Median progression-free survival with zanotrel in the VeloCITY trial was 13.8 months.",
            {"13.8 months": ("CC101", "velocity-pfs")},
        ),
        ("In VeloCITY-2, median progression-free survival with zanotrel was 13.8 months.", {}),
        (
            "In VeloCITY-2, median progression-free survival with zanotrel was 8.8 months.",
            {"8.8 months": ("CC101", "velocity2-pfs")},
        ),
        ("In the BRIDGE trial, 41% of patients given zanotrel responded.", {}),
        (
            "In the BRIDGE trial, 63% of patients given zanotrel responded.",
            {"63%": ("CC101", "bridge-response")},
        ),
    ],
)
def test_a_study_is_not_the_next_of_its_series(lint_text, text, expected):
    assert lint_text(text) == expected


FIRST_ONLY = (
    VELOCITY_PFS
    + """\
- id: harbour-response
  statement: In HARBOUR, 41% of patients on zanotrel responded.
  subject: [HARBOUR, zanotrel]
  context: [myeloma, response]
  value: {value: 41, unit: percent}
  sources: [{citation: "HARBOUR report", quote: "41% responded"}]
  status: approved
  review_by: 2030-01-01
"""
)

first_only = figure_verdicts_fixture(FIRST_ONLY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In VeloCITY-2, median progression-free survival with zanotrel was 8.8 months.",
            {"8.8 months": ("CC102", None)},
        ),
        (
            "In VeloCITY 2, median progression-free survival with zanotrel was 8.8 months.",
            {"8.8 months": ("CC102", None)},
        ),
        ("In VeloCITY, median progression-free survival with zanotrel was 8.8 months.", {}),
        ("In the PARTNER trial, 41% of patients on zanotrel responded.", {"41%": ("CC102", None)}),
        ("In HARBOUR, 41% of patients on zanotrel responded.", {}),
    ],
)
def test_a_study_the_registry_does_not_hold_is_another_study(first_only, text, expected):
    """A study named in an opening "In …," or before "trial" that the registry does not hold,
    a later one of a series ("VeloCITY-2") or another altogether ("PARTNER"), is not the
    study a claim names: the claim neither backs nor accuses its figure, though its
    statement states the same number."""
    assert first_only(text) == expected


LOWER_START = """\
- id: arbour-idfs
  statement: In arbourE, 85.8% of patients given zanotrel were free of invasive disease at 4 years.
  subject: [zanotrel]
  context: [arbourE]
  value: {value: 85.8, unit: percent}
  sources: [{citation: "arbourE report", quote: "85.8%"}]
  status: approved
  review_by: 2030-01-01
"""

lower_start = figure_verdicts_fixture(LOWER_START)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In arbourE, 85.8% of patients on zanotrel were free of invasive disease at 4 years.", {}),
        (
            "In ARBOUR 3, 85.8% of patients on zanotrel were free of invasive disease at 4 years.",
            {"85.8%": ("CC102", None)},
        ),
    ],
)
def test_a_study_name_with_a_lower_case_start(lower_start, text, expected):
    """A coined study name that starts in lower case (``monarchE``, ``iPrEx``) is a study's
    name too: a figure said of another study is not its claim's."""
    assert lower_start(text) == expected
