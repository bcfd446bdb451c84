"""A treatment that is the control arm in the trial a sentence names is that arm there,
though another trial's claims give it as part of their own experimental arm: in "In HERON,
survival was 11.1 months with lorvatin versus 6.8 months with dacarbine", the 6.8 is HERON's
dacarbine (control) claim's, whatever KESTREL's "tavoxel plus dacarbine" claims say."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: heron-lorvatin-os
  statement: In HERON, median overall survival was 11.1 months with lorvatin.
  subject: [lorvatin, HERON]
  context: [HERON, overall survival, median]
  value: {value: 11.1, unit: months}
  sources: [{citation: "HERON report", quote: "11.1 months"}]
  status: approved
  review_by: 2030-01-01
- id: heron-dacarbine-os
  statement: In HERON, median overall survival was 6.8 months with dacarbine.
  subject: [lorvatin, HERON]
  context: [HERON, overall survival, median, dacarbine]
  group: [comparator]
  value: {value: 6.8, unit: months}
  sources: [{citation: "HERON report", quote: "6.8 months"}]
  status: approved
  review_by: 2030-01-01
- id: kestrel-tavoxel-dacarbine-os
  statement: In KESTREL, median overall survival was 8.5 months with tavoxel plus dacarbine.
  subject: [tavoxel, KESTREL]
  context: [KESTREL, overall survival, median, dacarbine]
  value: {value: 8.5, unit: months}
  sources: [{citation: "KESTREL report", quote: "8.5 months"}]
  status: approved
  review_by: 2030-01-01
- id: kestrel-dacarbine-os
  statement: In KESTREL, median overall survival was 6.7 months with dacarbine alone.
  subject: [tavoxel, KESTREL]
  context: [KESTREL, overall survival, median, dacarbine]
  group: [comparator]
  value: {value: 6.7, unit: months}
  sources: [{citation: "KESTREL report", quote: "6.7 months"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In HERON, median overall survival was 11.1 months with lorvatin versus 6.8 months"
         " with dacarbine.", {}),
        ("In HERON, patients given lorvatin lived a median of 6.8 months and those given"
         " dacarbine 11.1 months.", {"6.8 months": ("CC101", "heron-lorvatin-os"),
                                     "11.1 months": ("CC101", "heron-dacarbine-os")}),
        ("In HERON, median overall survival was 11.1 months with lorvatin versus 7.9 months"
         " with dacarbine.", {"7.9 months": ("CC101", "heron-dacarbine-os")}),
    ],
)  # fmt: skip
def test_control_drug_of_the_named_trial(lint_text, text, expected):
    assert lint_text(text) == expected
