"""Deaths from any cause and deaths of one cause are two measures: a trial's cardiovascular
deaths are not its all-cause deaths, and a screening trial's deaths from any cause are not
its prostate cancer deaths (issue 12: held-out sets and a fresh-eyes round accused or
backed a cause-specific figure with the all-cause claim, and the reverse). A figure of
one scope is never judged against a claim of the other; the message says why."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, registry_linter


def _claim(ident: str, statement: str, context: str, value: str) -> str:
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [WARDEN, ostravaban]
  context: [{context}]
  value: {value}
  sources: [{{citation: "Trial report", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim(
        "warden-all-cause",
        "In WARDEN, patients on ostravaban died from any cause at 4.1% per year.",
        "all-cause mortality",
        "{value: 4.1, unit: percent}",
    )
    + _claim(
        "warden-renal-deaths",
        "In WARDEN, renal deaths with ostravaban ran at 0.9% per year.",
        "renal death",
        "{value: 0.9, unit: percent}",
    )
    + """\
- id: kelso-screening-pc-deaths
  statement: In KELSO, screening cut bowel cancer deaths by 27% at 15 years.
  subject: [KELSO, screening]
  context: [bowel cancer mortality]
  value: {value: 27, unit: percent}
  sources: [{citation: "Trial report", quote: "Bowel cancer mortality fell by 27%."}]
  status: approved
  review_by: 2030-01-01
"""
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all-cause figures, judged against the all-cause claim
        ("In WARDEN, patients on ostravaban died from any cause at 4.1% per year.", {}),
        (
            "In WARDEN, all-cause mortality with ostravaban was 5.3% per year.",
            {"5.3% per year": ("CC101", "warden-all-cause")},
        ),
        # one cause against the all-cause claim: another measure, neither backed nor accused
        (
            "In WARDEN, cardiovascular deaths with ostravaban ran at 4.1% per year.",
            {"4.1% per year": ("CC102", None)},
        ),
        (
            "In WARDEN, 2.2% of patients on ostravaban died of a stroke each year.",
            {"2.2%": ("CC102", None)},
        ),
        # the claim's own cause still decides
        ("In WARDEN, renal deaths with ostravaban ran at 0.9% per year.", {}),
        (
            "In WARDEN, renal deaths with ostravaban ran at 1.6% per year.",
            {"1.6% per year": ("CC101", "warden-renal-deaths")},
        ),
        # any cause against a claim of one cause
        (
            "In KELSO, screening cut deaths from any cause by 27% at 15 years.",
            {"27%": ("CC102", None)},
        ),
        (
            "In KELSO, screening cut bowel cancer deaths by 31% at 15 years.",
            {"31%": ("CC101", "kelso-screening-pc-deaths")},
        ),
        # a period before "mortality" is no cause
        (
            "In WARDEN, three-year mortality from any cause was 5.3% per year with ostravaban.",
            {"5.3% per year": ("CC101", "warden-all-cause")},
        ),
    ],
)
def test_deaths_of_one_cause_are_not_all_deaths(lint_text, text, expected):
    assert lint_text(text) == expected


def test_the_message_says_which_deaths(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)(
        "page.md", "In WARDEN, cardiovascular deaths with ostravaban ran at 4.1% per year.\n"
    )
    message = next(f["message"] for f in findings if '"4.1% per year"' in f["message"])
    assert "deaths of another scope" in message
    assert "the figure cardiovascular deaths" in message
