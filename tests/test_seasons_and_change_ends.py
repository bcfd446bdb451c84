"""Three readings the held-out sports set brought: a season's short second year
(``2013–14``) is a year too; the bare end of a change is in its start's unit (``from 0.39
per 100,000 … to 0.20``); and a header rate written as a title (``Concussions per 10,000
athlete-exposures``) is its cells' unit."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities import find_quantities
from claimcheck.verify.frames import read_frame

REGISTRY = """\
- id: flu-ve-2019-20
  statement: CDC estimated the 2019-20 influenza vaccine's effectiveness at 39%.
  subject: [flu vaccine, influenza vaccine]
  context: [effectiveness, CDC]
  value: {value: 39, unit: percent}
  sources: [{citation: "CDC 2020", quote: "39% in 2019-20"}]
  status: approved
  review_by: 2030-01-01
- id: rugby-concussion-rate
  statement: Rugby players had 4.7 concussions per 10,000 athlete-exposures.
  subject: [rugby]
  context: [concussions]
  value: {value: 4.7, unit: "per 10,000"}
  sources: [{citation: "Injury study 2018", quote: "4.7 per 10,000 athlete-exposures"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """\
| Sport | Concussions per 10,000 athlete-exposures |
|---|---|
| Rugby | {value} |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the 2019–20 season, CDC put flu vaccine effectiveness at 39%.", {}),
        (
            "In the 2020–21 season, CDC put flu vaccine effectiveness at 39%.",
            {"39%": ("CC102", None)},
        ),
        (TABLE.format(value="4.7"), {}),
        (TABLE.format(value="7.4"), {"7.4": ("CC101", "rugby-concussion-rate")}),
    ],
)
def test_seasons_and_header_rates(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("in 2013–14", {"2013", "2014"}),
        ("from 2009/10 to 2013-14.", {"2009", "2010", "2013", "2014"}),
        ("in 2019–25 we saw", {"2019"}),  # not a season: 25 does not follow 19
        ("a 2019-20.5 range", {"2019"}),
    ],
)
def test_a_season_names_both_its_years(text, years):
    assert read_frame(text).years == years


@pytest.mark.parametrize(
    ("text", "end", "unit", "per"),
    [
        (
            "Deaths fell from 0.39 per 100,000 runners in 2005 to 0.20 in 2020.",
            "0.20",
            None,
            "100,000",
        ),
        ("Fees rose from $1,200 in 2019 to 1,500 in 2023.", "1,500", "USD", None),
    ],
)
def test_the_bare_end_of_a_change_takes_its_starts_unit(text, end, unit, per):
    (read,) = [q for q in find_quantities(text) if q.text == end]
    assert (read.unit, read.per, read.role) == (unit, per, "after")
