"""A total sum of money (what a nation, a health system or all hospitals spent) and one unit's
cost (per stay, per patient, a course, the mean cost of a stay) are two measures: "cost the
US about $4 billion in total" is no figure of the claim about a mean cost per stay, neither
accused nor backed (issue 12: held-out eatdis set, fresh-eyes round break21)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, registry_linter

UNIT_ONLY = """\
- id: gallstone-stay-cost
  statement: The mean hospital cost of a stay for gallstone disease was $9,800 in 2018.
  subject: [gallstone disease, gallstones]
  context: [hospital stay, United States]
  value: {value: 9800, unit: USD}
  sources: [{citation: "Statistical brief", quote: "mean cost per stay was $9,800"}]
  status: approved
  review_by: 2030-01-01
"""
REGISTRY = (
    UNIT_ONLY
    + """\
- id: gallstone-total-cost
  statement: Hospital care for gallstone disease cost the US $6.2 billion in total in 2018.
  subject: [gallstone disease, gallstones]
  context: [United States, aggregate cost]
  value: {value: 6200000000, unit: USD}
  sources: [{citation: "Statistical brief", quote: "aggregate costs of $6.2 billion"}]
  status: approved
  review_by: 2030-01-01
"""
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2018 the mean hospital cost of a stay for gallstone disease was $9,800.", {}),
        (
            "In 2018 the mean hospital cost of a stay for gallstone disease was $12,400.",
            {"$12,400": ("CC101", "gallstone-stay-cost")},
        ),
        ("In 2018 hospital care for gallstones cost the US $6.2 billion in total.", {}),
        (
            "In 2018 US hospitals spent $7.9 billion on gallstone disease.",
            {"$7.9 billion": ("CC101", "gallstone-total-cost")},
        ),
    ],
)
def test_totals_and_unit_costs_are_judged_against_their_own_claims(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2018 hospital care for gallstones cost the US about $6 billion in total.",
        "In 2018 US hospitals spent $6.2 billion on gallstone disease.",
    ],
)
def test_a_total_is_no_figure_of_a_unit_cost(tmp_path, run_cli, text):
    findings = registry_linter(tmp_path, run_cli, UNIT_ONLY)("page.md", text + "\n")
    assert [f["code"] for f in findings] == ["CC102"]
    assert "it is one unit's cost, the figure a total" in findings[0]["message"]


RATES = """\
- id: kidney-nhs-total
  statement: Kidney failure costs the NHS in England £1.45 billion a year.
  subject: [kidney failure]
  context: [NHS, England]
  value: {value: 1450000000, unit: GBP/year}
  sources: [{citation: "Report", quote: "costs the NHS £1.45 billion a year"}]
  status: approved
  review_by: 2030-01-01
- id: kidney-us-per-person
  statement: Medicare spends $93,191 per person a year on kidney failure.
  subject: [kidney failure]
  context: [Medicare, United States]
  value: {value: 93191, unit: USD}
  sources: [{citation: "Report", quote: "$93,191 per person per year"}]
  status: approved
  review_by: 2030-01-01
"""

lint_rates = figure_verdicts_fixture(RATES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost per patient against the NHS total, a total against the cost per person
        (
            "In England, kidney failure costs the NHS about £1,450 a year per patient.",
            {"about £1,450 a year": ("CC102", None)},
        ),
        (
            "Kidney failure costs Medicare about $93 billion in total.",
            {"about $93 billion": ("CC102", None)},
        ),
        ("Medicare spends $93,191 a year for each person with kidney failure.", {}),
    ],
)
def test_rates_per_unit_and_per_year_totals(lint_rates, text, expected):
    assert lint_rates(text) == expected
