"""A name right after "against", "versus" or "compared with" is what the figure is compared
with, not what it is about: "1.64 for varenicline against bupropion" is varenicline's
figure, and a claim about bupropion neither backs nor accuses it, even where varenicline is
named inside a longer registry name ("varenicline tartrate")."""

from __future__ import annotations

import pytest
from verdict_helpers import by_figure, figure_verdicts_fixture, registry_linter

REGISTRY = """\
- id: bupropion-quit-rr
  statement: Bupropion raised quit rates against placebo, risk ratio 1.64.
  subject: [bupropion]
  context: [placebo, quit rates, risk ratio]
  value: {value: 1.64}
  sources: [{citation: "Our own review", quote: "bupropion against placebo, RR 1.64"}]
  status: approved
  review_by: 2030-01-01
- id: varenicline-vs-bupropion-rr
  statement: Varenicline raised quit rates compared with bupropion, risk ratio 1.39.
  subject: [varenicline]
  context: [bupropion, quit rates, risk ratio, varenicline tartrate]
  value: {value: 1.39}
  sources: [{citation: "Our own review", quote: "varenicline versus bupropion, RR 1.39"}]
  status: approved
  review_by: 2030-01-01
"""


lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The risk ratio was 1.64 for bupropion against placebo, and 1.39 for "
            "varenicline against bupropion.",
            {},
        ),
        (
            "The risk ratio was 1.39 for bupropion against placebo, and 1.64 for "
            "varenicline tartrate against bupropion.",
            {
                "risk ratio was 1.39": ("CC101", "bupropion-quit-rr"),
                "1.64": ("CC101", "varenicline-vs-bupropion-rr"),
            },
        ),
        ("Varenicline versus bupropion gave a risk ratio of 1.39.", {}),
        (
            "Compared with bupropion, varenicline gave a risk ratio of 1.64.",
            {"risk ratio of 1.64": ("CC101", "varenicline-vs-bupropion-rr")},
        ),
    ],
)
def test_a_compared_name_is_not_the_figures_subject(lint_text, text, expected):
    assert lint_text(text) == expected


REGISTRY_INNER = """\
- id: nrt-quit-rr
  statement: Nicotine replacement therapy raised quit rates against placebo, risk ratio 1.52.
  subject: [nicotine replacement therapy, NRT]
  context: [placebo, quit rates, risk ratio]
  value: {value: 1.52}
  sources: [{citation: "Our own review", quote: "NRT against placebo, RR 1.52"}]
  status: approved
  review_by: 2030-01-01
- id: vaping-vs-nrt-rr
  statement: Nicotine vapes raised quit rates compared with NRT, risk ratio 1.71.
  subject: [vapes, vaping]
  context: [nicotine vapes, compared with NRT, quit rates, risk ratio]
  value: {value: 1.71}
  sources: [{citation: "Our own review", quote: "nicotine vapes versus NRT, RR 1.71"}]
  status: approved
  review_by: 2030-01-01
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For nicotine vapes against NRT, the risk ratio was 1.71.", {}),
        (
            "For nicotine vapes against NRT, the risk ratio was 1.52.",
            {"risk ratio was 1.52": ("CC101", "vaping-vs-nrt-rr")},
        ),
        ("The risk ratio for quitting was 1.52 with NRT.", {}),
    ],
)
def test_a_name_inside_a_longer_one_is_the_subject_beside_a_compared_name(
    tmp_path, run_cli, text, expected
):
    findings = registry_linter(tmp_path, run_cli, REGISTRY_INNER)
    assert by_figure(findings("page.md", text + "\n")) == expected
