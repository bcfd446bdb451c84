"""A table's heading names what all its rows share: a whole ("Illnesses caused by foodborne
pathogens") whose parts the rows are ("Norovirus", "Salmonella"), as the whole's claim says.
The heading's whole is then no other subject that counts against the row's own claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: foodborne-total-2022
  statement: >-
    In 2022 foodborne pathogens (norovirus, Salmonella and Campylobacter) caused 7.3 million
    illnesses in Regionland.
  subject: [foodborne pathogens]
  context: [Regionland, "2022"]
  value: {value: 7300000, unit: illnesses}
  sources: [{citation: "Regionland food safety report 2023", quote: "7.3 million"}]
  status: approved
  review_by: 2030-01-01
- id: norovirus-2022
  statement: Norovirus caused 5.5 million illnesses in Regionland in 2022.
  subject: [norovirus]
  context: [Regionland, "2022"]
  value: {value: 5500000, unit: illnesses}
  sources: [{citation: "Regionland food safety report 2023", quote: "5.5 million"}]
  status: approved
  review_by: 2030-01-01
- id: salmonella-2022
  statement: Salmonella caused 1.0 million illnesses in Regionland in 2022.
  subject: [Salmonella]
  context: [Regionland, "2022"]
  value: {value: 1000000, unit: illnesses}
  sources: [{citation: "Regionland food safety report 2023", quote: "1.0 million"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """### Illnesses caused by foodborne pathogens in Regionland, 2022

| Pathogen | Illnesses |
|---|---|
| Norovirus | {noro} |
| Salmonella | {salmonella} |"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TABLE.format(noro="5.5 million", salmonella="1.0 million"), {}),
        (
            TABLE.format(noro="1.0 million", salmonella="5.5 million"),
            {"1.0 million": ("CC101", "norovirus-2022"),
             "5.5 million": ("CC101", "salmonella-2022")},
        ),
    ],
)  # fmt: skip
def test_a_rows_figure_is_its_rows_not_the_headings_whole(lint_text, text, expected):
    assert lint_text(text) == expected
