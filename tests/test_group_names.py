"""A registry claim's ``group`` may name who it is about in words frames do not read as a
slot: a drug arm (``risankizumab``), a life stage (``children``), an ethnic or risk group
(``Hispanic adults``). Such an item is a name the page must say, as a ``context`` item is,
so siblings told apart only by it are each matched to the figure said of their own group,
and ``registry check`` accepts it (it used to reject the claim with exit 2)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.registry.schema import parse_claims

REGISTRY = """\
- id: eczema-children
  statement: Atopic eczema affects about 20% of them.
  subject: [atopic eczema, eczema]
  group: [children]
  value: {value: 20, unit: percent, approx: true}
  sources: [{citation: "Skin survey 2021", quote: "about 20% (children)"}]
  status: approved
  review_by: 2030-01-01
- id: eczema-adults
  statement: Atopic eczema affects about 5% of them.
  subject: [atopic eczema, eczema]
  group: [adults]
  value: {value: 5, unit: percent, approx: true}
  sources: [{citation: "Skin survey 2021", quote: "about 5% (adults)"}]
  status: approved
  review_by: 2030-01-01
- id: pasi90-risankizumab-w16
  statement: At week 16, 75% of patients reached PASI 90 in the trial.
  subject: [PASI 90]
  group: [risankizumab]
  timepoint: 16 weeks
  value: {value: 75, unit: percent}
  sources: [{citation: "Psoriasis trial A", quote: "PASI 90 at week 16: 75% vs 42%"}]
  status: approved
  review_by: 2030-01-01
- id: pasi90-ustekinumab-w16
  statement: At week 16, 42% of patients reached PASI 90 in the trial.
  subject: [PASI 90]
  group: [ustekinumab]
  timepoint: 16 weeks
  value: {value: 42, unit: percent}
  sources: [{citation: "Psoriasis trial A", quote: "PASI 90 at week 16: 75% vs 42%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eczema affects about 20% of children and about 5% of adults.", {}),
        (
            "Eczema affects about 5% of children and about 20% of adults.",
            {"about 5%": ("CC101", "eczema-children"), "about 20%": ("CC101", "eczema-adults")},
        ),
        ("In adults, atopic eczema is rarer: about 5% have it.", {}),
        (
            "Atopic eczema is found in about 12% of children.",
            {"about 12%": ("CC101", "eczema-children")},
        ),
        ("By week 16, 75% of patients on risankizumab had reached PASI 90.", {}),
        (
            "By week 16, 42% of patients on risankizumab had reached PASI 90.",
            {"42%": ("CC101", "pasi90-risankizumab-w16")},
        ),
        (
            "PASI 90 at week 16 was reached by 42% with ustekinumab and 75% with risankizumab.",
            {},
        ),
        (
            "PASI 90 at week 16 was reached by 75% with ustekinumab and 42% with risankizumab.",
            {
                "75%": ("CC101", "pasi90-ustekinumab-w16"),
                "42%": ("CC101", "pasi90-risankizumab-w16"),
            },
        ),
    ],
)
def test_a_group_in_words_tells_siblings_apart(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    "group",
    ["children", "secukinumab 300 mg", "Hispanic adults", "people who inject drugs"],
)
def test_registry_check_accepts_a_group_in_words_as_a_name_to_say(group):
    text = REGISTRY.split("- id: eczema-adults")[0].replace("[children]", f"[{group}]")
    claims, errors = parse_claims(text, "claims.yaml")
    assert errors == []
    assert claims[0].group == (group,)
    assert group in claims[0].context  # said on the page, it counts as a context name


def test_a_group_frames_read_stays_a_frame_slot_only():
    text = REGISTRY.split("- id: eczema-adults")[0].replace("[children]", "[aged 5-17, women]")
    claims, errors = parse_claims(text, "claims.yaml")
    assert errors == []
    assert claims[0].context == ()
