"""A timepoint whose unit the sentence says once (``… after one year and 90% after five``)
is the figure's own timepoint in that unit, not the first clause's."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: hip-implant-survival-10y
  statement: About 95% of hip implants are still in place after 10 years.
  subject: [hip implants, hip replacements]
  timepoint: 10 years
  value: {value: 95, unit: percent, approx: true}
  sources: [{citation: "Joint registry 2021", quote: "95% at 10 years"}]
  status: approved
  review_by: 2030-01-01
- id: hip-implant-survival-20y
  statement: About 85% of hip implants are still in place after 20 years.
  subject: [hip implants, hip replacements]
  timepoint: 20 years
  value: {value: 85, unit: percent, approx: true}
  sources: [{citation: "Joint registry 2021", quote: "85% at 20 years"}]
  status: approved
  review_by: 2030-01-01
- id: stent-patency-6m
  statement: At 6 months, 88% of the stents were open.
  subject: [stents]
  timepoint: 6 months
  value: {value: 88, unit: percent}
  sources: [{citation: "Stent trial 2019", quote: "88% at 6 months"}]
  status: approved
  review_by: 2030-01-01
- id: stent-patency-24m
  statement: At 24 months, 71% of the stents were open.
  subject: [stents]
  timepoint: 24 months
  value: {value: 71, unit: percent}
  sources: [{citation: "Stent trial 2019", quote: "71% at 24 months"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 95% of hip implants are still in place after 10 years and 85% after twenty.", {}),
        (
            "About 95% of hip implants are still in place after 10 years and 70% after twenty.",
            {"70%": ("CC101", "hip-implant-survival-20y")},
        ),
        (
            "Hip replacements last well: 95% are in place after ten years, and 85% after 20.",
            {},
        ),
        ("Of the stents, 88% were open at 6 months and 71% at 24.", {}),
        (
            "Of the stents, 88% were open at 6 months and 80% at 24.",
            {"80%": ("CC101", "stent-patency-24m")},
        ),
        (
            "Of the stents, 88% were open after 6 months and 71% by 24.",
            {},
        ),
        ("About 95% of hip implants last 10 years and about 85% last 20.", {}),
        (
            "About 95% of hip implants last 10 years and about 70% last 20.",
            {"about 70%": ("CC101", "hip-implant-survival-20y")},
        ),
    ],
)
def test_a_timepoint_says_its_unit_once(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("85% were alive after 5 years and 70% after 10.", "10", "year"),
        ("Pain eased in 40% at 2 weeks and in 65% at 6, the trial found.", "6", "week"),
        ("It was 12% within 30 days and 18% within 90; most deaths came early.", "90", "day"),
        ("Fever settled in half by 24 hours and in 90% by 48.", "48", "hour"),
        ("Relapse: 10% over 1 year, 25% over 3 and 40% over 5.", "5", "year"),
    ],
)
def test_an_elided_time_unit_is_read_from_the_duration_before(text, figure, unit):
    from claimcheck.nlp.quantities import find_quantities

    (read,) = [q for q in find_quantities(text) if q.text.split()[-1] == figure]
    assert (read.unit, read.kind) == (unit, "duration")
    assert text[read.start : read.end] == read.text


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, 40 women were treated for 3 weeks and 12 were treated.",
        "After 5 years of follow-up we enrolled 300 more; 20 left.",
        "Scans took 20 minutes. At 50, most people need one.",
    ],
)
def test_a_bare_number_without_a_parallel_time_word_stays_bare(text):
    from claimcheck.nlp.quantities import find_quantities

    assert all(q.kind != "duration" or q.unit for q in find_quantities(text))
    durations = [q.text for q in find_quantities(text) if q.kind == "duration"]
    assert all(any(ch.isalpha() for ch in d) for d in durations)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("96% are alive a year later", {365.25}),
        ("most survived a year", {365.25}),
        ("1.20 a day on placebo", set()),  # a rate's period, not when it was measured
    ],
)
def test_a_year_in_words_is_a_timepoint(text, days):
    from claimcheck.verify.frames import read_frame

    assert read_frame(text).timepoints == days
