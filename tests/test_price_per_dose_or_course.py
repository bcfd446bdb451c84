"""What a price buys: one dose, session or cycle, or a whole course. Clinic pages quote both
("£119 per dose", "the two-dose course comes to £238", "£1,200 for all three sessions"), and
a course's price is no conflict with the price of one dose, nor is one dose's price backed by
the course's (issue 12, held-out travel set)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.verify.frames import priced_by

REGISTRY = """\
- id: shingrix-dose-price
  statement: A private clinic charges £180 per dose of the shingles vaccine.
  subject: [shingles vaccine, Shingrix]
  context: [price, per dose, private clinic]
  value: {value: 180, unit: GBP}
  sources: [{citation: "Clinic price list 2025", quote: "£180 per dose"}]
  status: approved
  review_by: 2030-01-01
- id: physio-course-price
  statement: A course of six physiotherapy sessions costs £390 at the clinic.
  subject: [physiotherapy]
  context: [price, course, sessions]
  value: {value: 390, unit: GBP}
  sources: [{citation: "Clinic price list 2025", quote: "£390"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "bought"),
    [
        ("so the two-dose course comes to", "all"),
        ("£1,200 for all three sessions", "all"),
        ("a full course of treatment costs", "all"),
        ("costs £119 a dose at our pharmacy", "one"),
        ("IVF costs $15,000 per cycle", "one"),
        ("£65 for each session", "one"),
        ("costs about $2,213 a year", ""),
    ],
)
def test_what_a_price_buys(text, bought):
    assert priced_by(text) == bought


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shingles vaccine costs £180 per dose at a private clinic.", {}),
        (
            "The shingles vaccine costs £180 per dose, so the two-dose course comes to £360.",
            {"£360": ("CC102", None), "two-dose": ("CC102", None)},
        ),
        (
            "At a private clinic the full course of the shingles vaccine costs £180.",
            {"£180": ("CC102", None)},
        ),
        ("A course of six physiotherapy sessions costs £390.", {}),
        (
            "Physiotherapy at the clinic costs £65 for each session.",
            # the session it is charged for is in its span (GBP/session), as "per session"
            {"£65 for each session": ("CC102", None)},
        ),
        # a price's own words win over another price's before it, either way round
        (
            "The shingles vaccine costs £180 a dose, or £360 for the full course.",
            {"£360": ("CC102", None)},
        ),
        (
            "The shingles vaccine costs £360 for the full course, or £180 a dose.",
            {"£360": ("CC102", None)},
        ),
    ],
)
def test_a_course_price_is_no_dose_price(lint_text, text, expected):
    assert lint_text(text) == expected
