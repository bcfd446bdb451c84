"""Three frame readings a held-out set (ovarian cancer) found wrong, in our own wording:
"alive without disease progression" and "free of disease progression or death" are one
progression-free survival (not deaths against survival); carriers of a gene named before a
hazard ratio are whom the ratio is of, not what it counts; and an "or" between two names
("ovarian or tubal cancer") divides no clauses where an "and" between two figures does."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: kite-drug-pfs-2y
  statement: In KITE, 58% of women given lorafenib were free of disease progression or death
    at 2 years.
  subject: [lorafenib, KITE]
  context: [KITE, progression-free]
  timepoint: 2 years
  value: {value: 58, unit: percent}
  sources: [{citation: "KITE report", quote: "58%"}]
  status: approved
  review_by: 2030-01-01
- id: kite-placebo-pfs-2y
  statement: In KITE, 31% of women given placebo were free of disease progression or death
    at 2 years.
  subject: [lorafenib, KITE]
  context: [KITE, progression-free]
  group: [placebo]
  timepoint: 2 years
  value: {value: 31, unit: percent}
  sources: [{citation: "KITE report", quote: "31%"}]
  status: approved
  review_by: 2030-01-01
- id: salpingectomy-ovarian-hr
  statement: Among BRCA1 and BRCA2 carriers, salpingectomy was linked to a hazard ratio of
    0.35 for ovarian or tubal cancer.
  subject: [salpingectomy]
  context: [ovarian cancer, tubal cancer, hazard ratio, BRCA1, BRCA2]
  value: {value: 0.35}
  sources: [{citation: "Cohort B", quote: "HR 0.35"}]
  status: approved
  review_by: 2030-01-01
- id: salpingectomy-breast-hr
  statement: Among BRCA1 and BRCA2 carriers, salpingectomy was linked to a hazard ratio of
    0.62 for breast cancer.
  subject: [salpingectomy]
  context: [breast cancer, hazard ratio, BRCA1, BRCA2]
  value: {value: 0.62}
  sources: [{citation: "Cohort B", quote: "HR 0.62"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At two years in KITE, 58% of lorafenib patients and 31% of placebo patients were"
         " alive without disease progression.", {}),
        ("At two years in KITE, 31% of lorafenib patients and 58% of placebo patients were"
         " alive without disease progression.",
         {"31%": ("CC101", "kite-drug-pfs-2y"), "58%": ("CC101", "kite-placebo-pfs-2y")}),
        ("In BRCA1 and BRCA2 carriers, salpingectomy was linked to a hazard ratio of 0.35 for"
         " ovarian or tubal cancer and 0.62 for breast cancer.", {}),
        ("In BRCA1 and BRCA2 carriers, salpingectomy was linked to a hazard ratio of 0.62 for"
         " ovarian or tubal cancer and 0.35 for breast cancer.",
         {"hazard ratio of 0.62": ("CC101", "salpingectomy-ovarian-hr"),
          "0.35": ("CC101", "salpingectomy-breast-hr")}),
        ("In BRCA1 and BRCA2 carriers, salpingectomy was linked to a hazard ratio of 0.62 for"
         " ovarian or tubal cancer, 0.35 for breast cancer.",
         {"hazard ratio of 0.62": ("CC101", "salpingectomy-ovarian-hr"),
          "0.35": ("CC101", "salpingectomy-breast-hr")}),
    ],
)  # fmt: skip
def test_frames_read_in_our_own_wording(lint_text, text, expected):
    assert lint_text(text) == expected
