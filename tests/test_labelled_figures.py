"""A figure after a label and a colon (a list item or a key and its value: ``- Cataract:
51%``, ``Share in women: 12%``) is about what the label names, not what the item before it
named: a swapped figure is a conflict with its own label's claim, a right one passes."""

from __future__ import annotations

import pytest
from verdict_helpers import by_figure, registry_linter

REGISTRY = """\
- id: hearing-loss-noise-share
  statement: Loud noise causes 16% of adult hearing loss worldwide.
  subject: [noise, loud noise]
  context: [hearing loss, causes]
  value: {value: 16, unit: percent}
  sources: [{citation: "Hearing report 2021", quote: "noise accounts for 16%"}]
  status: approved
  review_by: 2030-01-01
- id: hearing-loss-ageing-share
  statement: Ageing causes 35% of adult hearing loss worldwide.
  subject: [ageing, age]
  context: [hearing loss, causes]
  value: {value: 35, unit: percent}
  sources: [{citation: "Hearing report 2021", quote: "ageing accounts for 35%"}]
  status: approved
  review_by: 2030-01-01
- id: hearing-loss-infection-share
  statement: Ear infections cause 9% of adult hearing loss worldwide.
  subject: [ear infections, otitis media]
  context: [hearing loss, causes]
  value: {value: 9, unit: percent}
  sources: [{citation: "Hearing report 2021", quote: "ear infections account for 9%"}]
  status: approved
  review_by: 2030-01-01
"""

HEADING = "## What causes hearing loss in adults\n\n"


@pytest.fixture
def lint_text(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)
    return lambda text: by_figure(findings("page.md", text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADING + "- Ageing: 35%\n- Loud noise: 16%\n- Ear infections: 9%\n", {}),
        (
            HEADING + "- Ageing: 16%\n- Loud noise: 35%\n- Ear infections: 9%\n",
            {
                "16%": ("CC101", "hearing-loss-ageing-share"),
                "35%": ("CC101", "hearing-loss-noise-share"),
            },
        ),
        (
            HEADING + "- Loud noise: 9%\n- Ear infections: 16%\n",
            {
                "9%": ("CC101", "hearing-loss-noise-share"),
                "16%": ("CC101", "hearing-loss-infection-share"),
            },
        ),
        ("Share of hearing loss due to ageing: 35%\n\nDue to ear infections: 9%\n", {}),
        (
            "Share of hearing loss due to ageing: 9%\n\nDue to ear infections: 35%\n",
            {
                "9%": ("CC101", "hearing-loss-ageing-share"),
                "35%": ("CC101", "hearing-loss-infection-share"),
            },
        ),
    ],
)
def test_a_labelled_figure_is_about_its_label(lint_text, text, expected):
    assert lint_text(text) == expected
