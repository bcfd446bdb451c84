"""A claim counted per births speaks of babies born: "1 in 900 babies is born with it" uses
no word the claim "about 1 out of every 2,500 births" leaves unexplained, so a wrong figure
is accused (it was left unsupported for "babies" and "born")."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: cf-births-northland
  statement: In Northland, cystic fibrosis occurs in about 1 out of every 2,500 births.
  subject: [cystic fibrosis, CF]
  context: [Northland, births]
  value: {value: 0.04, unit: percent, approx: true}
  sources: [{citation: "Northland newborn screening report", quote: "1 in 2,500 births"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Northland, about 1 in 2,500 babies is born with cystic fibrosis.", {}),
        ("In Northland, about 1 in 900 babies is born with cystic fibrosis.",
         {"about 1 in 900": ("CC101", "cf-births-northland")}),
        ("Cystic fibrosis affects 1 in 900 newborns in Northland.",
         {"1 in 900": ("CC101", "cf-births-northland")}),
    ],
)  # fmt: skip
def test_babies_born_are_births(lint_text, text, expected):
    assert lint_text(text) == expected
