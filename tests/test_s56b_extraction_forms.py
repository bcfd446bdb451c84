"""Figure forms from session 56's second set, fixed as kinds with our own examples.

Each kind's paragraphs are read in one ``claimcheck extract --format json`` run (the offset
contract checked for each figure), in Markdown and in HTML where a kind is prose; tables are
read as whole drafts. The README's "Session 56 forms (second set)" item says each rule.
"""

from __future__ import annotations

from figure_helpers import fig, paragraph_tests

KINDS: dict[str, list] = {
    # a period hyphened before the name of a standard, a target or a measure is its label
    "standard name": [
        ("Performance against the 28-day faster diagnosis standard was 74.1% in March.",
         [fig("74.1%", 74.1, unit="percent")]),
        ("The 62-day cancer standard was met for 79.5% of patients.",
         [fig("79.5%", 79.5, unit="percent")]),
        ("There were 312 12-hour waits in the emergency department last winter.",
         [fig("312", 312)]),
        ("The 15-minute handover standard was met on 41% of days.",
         [fig("41%", 41, unit="percent")]),
        ("Average 24-h urinary sodium fell by 0.8 g.", [fig("0.8 g", 0.8, unit="g")]),
        ("The 4-hour A&E target is 95%.", [fig("95%", 95, unit="percent")]),
        ("The 30-day readmission rate was 9% after the new discharge service.",
         [fig("9%", 9, unit="percent")]),
        ("Mean 24-hour ambulatory systolic pressure was 131 mmHg.",
         [fig("131 mmHg", 131, unit="mmHg")]),
        # one wait, a thing promised and a course are lengths: figures
        ("Patients face a 62-day wait for treatment.", [fig("62-day", 62, unit="day")]),
        ("We offer a 10-year guarantee on implants.", [fig("10-year", 10, unit="year")]),
        ("Join our 12-week programme for £120.",
         [fig("12-week", 12, unit="week"), fig("£120", 120, unit="GBP")]),
    ],
    # a period with an open end is a duration, never a count of "weeks"
    "open-ended period": [
        ("Waits of 12+ weeks are now rare.", [fig("12+ weeks", 12, None, unit="week")]),
        ("Fast for 24+ hours before the scan.", [fig("24+ hours", 24, None, unit="hour")]),
        ("A course of 3+ months helps most people.", [fig("3+ months", 3, None, unit="month")]),
        ("Only 2+ years of data exist.", [fig("2+ years", 2, None, unit="year")]),
        ("Rest for 10+ days after the operation.", [fig("10+ days", 10, None, unit="day")]),
    ],
}  # fmt: skip

ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s56b"
)
