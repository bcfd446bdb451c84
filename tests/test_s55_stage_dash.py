"""Figure forms from session 55, fixed as kinds with our own examples.

Each test asserts what a user sees: the figures ``claimcheck extract`` returns for a
sentence, in prose, a list item, a Markdown table cell and an HTML paragraph where its shape
allows. The README's "Session 55 forms" item says each rule.
"""

from __future__ import annotations

import pytest
from form_helpers import FORMS
from form_helpers import figures_and_groups as _figures_and_groups
from form_helpers import figures_in as _read_in


# A stage and its value set apart by a dash (``stage 4 – 3%``): the stage is a group label
# and the value a figure of its own, never a range 3–4 (a range of stages, ``stages 2–3``,
# has no figure after it).
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "figure", "value"),
    [
        ("stage 4 – 3% survive", "3%", 3.0),
        ("Stage 3 - 2.5% of cases", "2.5%", 2.5),
        ("stage II – 1% relapse", "1%", 1.0),
        ("stage 2 – 3 per cent survive", "3 per cent", 3.0),
        ("Stage 4 — 0.5% respond", "0.5%", 0.5),
    ],
)
def test_a_stage_before_a_dash_is_no_end_of_a_range(
    tmp_path, extract_json, form, sentence, figure, value
):
    found = _read_in(tmp_path, extract_json, form, sentence)
    assert [(text, low, high) for text, low, high, _unit, _approx in found] == [
        (figure, value, value)
    ], found


def test_a_range_of_stages_stays_a_group(tmp_path):
    texts = ["In stages 2–3 disease, 40% respond.", "Stages 1 to 2: 88% survive."]
    found = _figures_and_groups(tmp_path, texts, ("text", "low", "high"))
    assert found[texts[0]] == (["40%"], [("stages 2–3", 2.0, 3.0)])
    assert found[texts[1]][0] == ["88%"]


# An age in words hyphened to "-olds" names a group of people, no length of anything:
# "five-year-olds" is no five-year duration, whatever the hyphened-period rule reads.
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Decay was found in 13.5% of five-year-olds.", "13.5%"),
        ("Among three-year-olds, 8% had it.", "8%"),
        ("One in four twelve-year-olds has braces.", "One in four"),
        ("About 40% of two-year-olds were vaccinated.", "About 40%"),
        ("Of ten-year-olds, 21% wear glasses.", "21%"),
    ],
)
def test_an_age_in_words_before_olds_is_no_duration(tmp_path, extract_json, form, sentence, figure):
    found = _read_in(tmp_path, extract_json, form, sentence)
    assert [text for text, *_rest in found] == [figure], found
