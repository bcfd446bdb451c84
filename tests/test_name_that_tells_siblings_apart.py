"""A registry name the best claim leaves unexplained, which a sibling claim holds for its
own, says the figure is about that sibling's outcome: no conflict with the best claim
(issue 12: held-out sets accused a trial's EASI-75 share with its IGA 0/1 claim, a
haemorrhagic stroke rate with the stroke-or-embolism claim, a suicide SMR with the all-cause
SMR). Places, people nouns and reporting words are no such name, and a sentence with two
figures of one kind is left to the sibling rules."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, registry_linter


def _claim(ident: str, statement: str, context: str, value: str, subject: str = "") -> str:
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [{subject or "TALLIS, corvimab"}]
  context: [{context}]
  value: {value}
  sources: [{{citation: "Trial report", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim(
        "tallis-clear-skin",
        "In TALLIS, 38% of patients on corvimab had clear skin at week 12.",
        "clear skin",
        "{value: 38, unit: percent}",
    )
    + _claim(
        "tallis-itch-free",
        "In TALLIS, 52% of patients on corvimab were itch-free at week 24.",
        "itch-free, week 24",
        "{value: 52, unit: percent}",
    )
    + _claim(
        "tallis-results-days",
        "TALLIS reported its first results 10 days after the last visit.",
        "results",
        "{value: 10, unit: days}",
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In TALLIS, 38% of patients on corvimab had clear skin at week 12.", {}),
        (
            "In TALLIS, 45% of patients on corvimab had clear skin at week 12.",
            {"45%": ("CC101", "tallis-clear-skin")},
        ),
        # the sibling's outcome, said at the first claim's week: not the clear-skin claim's
        (
            "In TALLIS, 45% of patients on corvimab were itch-free at week 12.",
            {"45%": ("CC102", None)},
        ),
        # a reporting word a sibling holds says no outcome
        (
            "In TALLIS results, 45% of patients on corvimab had clear skin at week 12.",
            {"45%": ("CC101", "tallis-clear-skin")},
        ),
        # two figures of one kind: each clause holds the other's name, the sibling rules decide
        (
            "In TALLIS, 38% of patients on corvimab had clear skin at week 12 and 52% were"
            " itch-free at week 24.",
            {},
        ),
    ],
)
def test_a_siblings_name_keeps_the_figure_from_the_claim(lint_text, text, expected):
    assert lint_text(text) == expected


def test_the_message_names_the_siblings_word(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)(
        "page.md", "In TALLIS, 45% of patients on corvimab were itch-free at week 12.\n"
    )
    message = next(f["message"] for f in findings if '"45%"' in f["message"])
    assert "speaks of itch-free" in message


ARMS = """\
- id: ridge-relapse-spinal
  statement: In RIDGE, 20.5% of patients assigned to spinal block relapsed by week 12.
  subject: [RIDGE]
  context: [relapse, spinal block, general block]
  group: [spinal block]
  value: {value: 20.5, unit: percent}
  sources: [{citation: "Trial report", quote: "20.5% spinal and 19.7% general"}]
  status: approved
  review_by: 2030-01-01
- id: ridge-relapse-general
  statement: In RIDGE, 19.7% of patients assigned to general block relapsed by week 12.
  subject: [RIDGE]
  context: [relapse, spinal block, general block]
  group: [general block]
  value: {value: 19.7, unit: percent}
  sources: [{citation: "Trial report", quote: "20.5% spinal and 19.7% general"}]
  status: approved
  review_by: 2030-01-01
"""

lint_arms = figure_verdicts_fixture(ARMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In RIDGE, 20.5% of patients given spinal block and 19.7% of those given general"
            " block relapsed by week 12.",
            {},
        ),
        # swapped: each figure is its own arm's, by the declared groups, though every
        # claim's context lists both arms
        (
            "In RIDGE, 19.7% of patients given spinal block relapsed by week 12, and 20.5% of"
            " those given general block.",
            {
                "19.7%": ("CC101", "ridge-relapse-spinal"),
                "20.5%": ("CC101", "ridge-relapse-general"),
            },
        ),
    ],
)
def test_declared_groups_tell_arms_apart(lint_arms, text, expected):
    assert lint_arms(text) == expected
