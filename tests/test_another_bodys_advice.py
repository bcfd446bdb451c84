"""A recommendation is the figure of the body that makes it: "IDSA guidelines recommend 10
days" is not NICE's 21-day course, and no conflict with it (issue 12: held-out lyme set,
fresh-eyes round break21 with NICE, ESCMID, EULAR and BSR against IDSA and ACR claims).
Bodies are read by acronym or name written out from the figure's sentence when it advises
(recommend, advise, guideline, target) and from the claim's statement, context and
sources' citations. A claim that names no body, or a sentence that names none, is judged
as before."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, registry_linter

REGISTRY = """\
- id: nice-cellulitis-course
  statement: NICE recommends flucloxacillin for 5 to 7 days for cellulitis.
  subject: [flucloxacillin, cellulitis]
  context: [course, NICE]
  value: {low: 5, high: 7, unit: days}
  sources: [{citation: "NICE NG141, 2019", quote: "flucloxacillin for 5 to 7 days"}]
  status: approved
  review_by: 2030-01-01
- id: acr-urate-target
  statement: The ACR guideline recommends a serum urate target below 6 mg/dL on treatment.
  subject: [serum urate, urate-lowering therapy]
  context: [target]
  value: {high: 6, unit: mg/dL}
  sources:
    - citation: FitzGerald JD et al. 2020 American College of Rheumatology Guideline for Gout
      quote: a serum urate target of <6 mg/dl
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NICE recommends flucloxacillin for 5 to 7 days for cellulitis.", {}),
        (
            "NICE guidance recommends flucloxacillin for 14 days for cellulitis.",
            {"14 days": ("CC101", "nice-cellulitis-course")},
        ),
        # another body's advice: not NICE's figure
        (
            "IDSA guidelines recommend flucloxacillin for 10 days for cellulitis.",
            {"10 days": ("CC102", None)},
        ),
        (
            "The World Health Organization advises flucloxacillin for 10 days for cellulitis.",
            {"10 days": ("CC102", None)},
        ),
        # the claim's body named only in its source's citation, written out
        (
            "The American College of Rheumatology recommends a serum urate target below"
            " 6 mg/dL on urate-lowering therapy.",
            {},
        ),
        (
            "EULAR recommends a serum urate target below 5 mg/dL on urate-lowering therapy.",
            {"below 5 mg/dL": ("CC102", None)},
        ),
        (
            "The British Society for Rheumatology advises a serum urate target below 5 mg/dL"
            " on urate-lowering therapy.",
            {"below 5 mg/dL": ("CC102", None)},
        ),
        # no body named: judged against the claim as before
        (
            "A serum urate target below 5 mg/dL is advised on urate-lowering therapy.",
            {"below 5 mg/dL": ("CC101", "acr-urate-target")},
        ),
    ],
)
def test_another_bodys_recommendation_is_not_the_claims(lint_text, text, expected):
    assert lint_text(text) == expected


def test_the_message_names_both_bodies(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)(
        "page.md", "IDSA guidelines recommend flucloxacillin for 10 days for cellulitis.\n"
    )
    message = next(f["message"] for f in findings if '"10 days"' in f["message"])
    assert "another body's recommendation (NICE, the figure IDSA)" in message
