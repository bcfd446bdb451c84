"""A claim whose share is of the people taking its subject ("40% of adults with psoriasis
given velorant") is that arm's share, not the subject's share of something else: a page's
"31% of velorant patients" is judged against it (README, the share-of-subject rule), while
a claim that makes its subject a share of another thing ("velorant makes up 12% of biologic
prescriptions") is still no claim for a share of velorant's patients."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: ardent-velorant-response-week24
  statement: In ARDENT, 40% of adults with plaque psoriasis given velorant responded at week 24.
  subject: [velorant]
  context: [ARDENT, plaque psoriasis]
  value: {value: 40, unit: percent}
  sources: [{citation: "ARDENT trial report", quote: "40% achieved a response at week 24"}]
  status: approved
  review_by: 2030-01-01
- id: brightstep-tavonide-remission
  statement: In BRIGHTSTEP, 27% of people with colitis taking tavonide were in remission at week 52.
  subject: [tavonide]
  context: [BRIGHTSTEP, ulcerative colitis]
  value: {value: 27, unit: percent}
  sources: [{citation: "BRIGHTSTEP trial report", quote: "27% in remission at week 52"}]
  status: approved
  review_by: 2030-01-01
- id: tavonide-share-of-prescriptions
  statement: Tavonide makes up 12% of biologic prescriptions for ulcerative colitis in Freedonia.
  subject: [tavonide]
  context: [Freedonia, ulcerative colitis, prescriptions]
  value: {value: 12, unit: percent}
  sources: [{citation: "Freedonia prescribing data", quote: "12% of biologic prescriptions"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In ARDENT, 31% of velorant patients responded by week 24.",
            {"31%": ("CC101", "ardent-velorant-response-week24")},
        ),
        ("In ARDENT, 40% of velorant patients responded by week 24.", {}),
        (
            "In BRIGHTSTEP, 35% of tavonide patients were in remission at week 52.",
            {"35%": ("CC101", "brightstep-tavonide-remission")},
        ),
        (
            "In Freedonia, 12% of tavonide users stopped it within a year.",
            {"12%": ("CC102", None)},
        ),
    ],
)
def test_a_share_of_the_people_on_it(lint_text, text, expected):
    assert lint_text(text) == expected
