"""A comparator arm's claim, filed under the trial's drug (subject: the new drug; statement:
"patients given enalapril"), is not the figure of patients given the new drug: it neither
backs an equal figure of the other arm nor accuses it (issue 12: fresh-eyes round break22,
where the enalapril arm's 16.5% backed a figure said of sacubitril-valsartan)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(ident: str, statement: str, value: float, group: str = "") -> str:
    said = f"\n  group: [{group}]" if group else ""
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [HARBOUR, lorva-sacubil]
  context: [heart failure]{said}
  measure: deaths
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Trial report", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = _claim(
    "harbour-new-drug",
    "In HARBOUR, 13.3% of patients given lorva-sacubil died from cardiovascular causes.",
    13.3,
) + _claim(
    "harbour-comparator",
    "In HARBOUR, 16.5% of patients given enalapril died from cardiovascular causes.",
    16.5,
    "enalapril",
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In HARBOUR, 13.3% of patients given lorva-sacubil died from cardiovascular causes.",
            {},
        ),
        ("In HARBOUR, 16.5% of patients given enalapril died from cardiovascular causes.", {}),
        # the comparator's figure said of the new drug: accused by the new drug's claim
        (
            "In HARBOUR, 16.5% of patients given lorva-sacubil died from cardiovascular causes.",
            {"16.5%": ("CC101", "harbour-new-drug")},
        ),
        (
            "In HARBOUR, 12.0% of patients given enalapril died from cardiovascular causes.",
            {"12.0%": ("CC101", "harbour-comparator")},
        ),
        # a figure the comparator's claim would round to, said of the new drug
        (
            "In HARBOUR, about 17% of patients given lorva-sacubil died from cardiovascular"
            " causes.",
            {"about 17%": ("CC101", "harbour-new-drug")},
        ),
        # swapped between the arms in one sentence
        (
            "In HARBOUR, 16.5% of patients given lorva-sacubil died from cardiovascular causes,"
            " whereas it was 13.3% with enalapril.",
            {
                "16.5%": ("CC101", "harbour-new-drug"),
                "13.3%": ("CC101", "harbour-comparator"),
            },
        ),
    ],
)
def test_a_comparators_claim_is_not_the_new_drugs_figure(lint_text, text, expected):
    assert lint_text(text) == expected


TRIAL_ONLY = """\
- id: calder-drops
  statement: In CALDER, 4.4% of participants treated with pressure-lowering eye drops went blind.
  subject: [CALDER]
  context: [ocular hypertension]
  value: {value: 4.4, unit: percent}
  sources: [{citation: "Trial report", quote: "4.4% of the treated group"}]
  status: approved
  review_by: 2030-01-01
"""

lint_trial = figure_verdicts_fixture(TRIAL_ONLY)


def test_a_claim_filed_under_its_trial_alone_keeps_its_arm(lint_trial):
    # the claim's subject names no drug: its arm, said in other words, is the figure's
    assert lint_trial("In CALDER, 4.4% of participants given eye drops went blind.") == {}
