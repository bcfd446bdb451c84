"""A country named in the figure's clause is its population's place, whichever country it is
(pycountry's ISO 3166 names), not only the few the frame always knew: a figure about
Indonesia is not judged against a claim about India, nor Kenya's against Nigeria's; and the
WHO regions (Western Pacific, South-East Asia, Eastern Mediterranean, the Americas, besides
Europe and Africa) are places as global health reports name them."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: fever-z-india-share
  statement: India had 27% of the world's cases of fever Z in 2022.
  subject: [fever Z]
  value: {value: 27, unit: percent}
  sources: [{citation: "Fever Z report 2023", quote: "India (27%)"}]
  status: approved
  review_by: 2030-01-01
- id: fever-z-kenya-cases
  statement: Kenya recorded 41,000 cases of fever Z in 2022.
  subject: [fever Z]
  value: {value: 41000, unit: cases}
  sources: [{citation: "Fever Z report 2023", quote: "Kenya: 41,000"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indonesia had 10% of the world's cases of fever Z in 2022.", {"10%": ("CC102", None)}),
        ("Nigeria recorded 65,000 cases of fever Z in 2022.", {"65,000 cases": ("CC102", None)}),
        (
            "Kenya recorded 65,000 cases of fever Z in 2022.",
            {"65,000 cases": ("CC101", "fever-z-kenya-cases")},
        ),
        ("India had 27% of the world's cases of fever Z in 2022.", {}),
        # a WHO region is a place too
        (
            "The Western Pacific Region had 27% of the world's cases of fever Z in 2022.",
            {"27%": ("CC102", None)},
        ),
    ],
)
def test_another_country_is_another_population(lint_text, text, expected):
    assert lint_text(text) == expected
