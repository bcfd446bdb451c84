"""Times listed for a "respectively" list of figures (session 44).

- "1-, 5- and 10-year survival was 97%, 88% and 76%, respectively": times said with a
  suspended hyphen and one unit are paired with the figures one by one (all three were
  judged at 10 years: two right figures accused, with CC402 beside them).
- "97% and 88% at 1 and 5 years, respectively": "at 1" is a time, not the age 1, so the
  88% is judged at 5 years (it was refused as "about one age group"). "at 1 and 5 years" and
  "after 2-3 years" are times; "people 18-24 years old" is still an age group.
"""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

from claimcheck.verify.frames import read_frame

REGISTRY = "".join(
    approved_claim(
        f"hip-revision-free-{years}y",
        f"{value}% of hip replacements were free of revision {years} years after surgery.",
        value,
        "hip replacement, revision",
        "cemented implant",
        timepoint=f"{years} years",
    )
    for years, value in ((1, 99), (5, 96), (10, 92))
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1-, 5- and 10-year freedom from revision after a cemented hip replacement is 99%, "
            "96% and 92%, respectively.",
            {},
        ),
        (
            "1-, 5- and 10-year freedom from revision after a cemented hip replacement is 99%, "
            "92% and 96%, respectively.",
            {"92%": ("CC101", "hip-revision-free-5y"), "96%": ("CC101", "hip-revision-free-10y")},
        ),
        (
            "Freedom from revision after a cemented hip replacement is 99% and 96% at 1 and 5 "
            "years, respectively.",
            {},
        ),
        (
            "Freedom from revision after a cemented hip replacement is 96% and 99% at 1 and 5 "
            "years, respectively.",
            {"96%": ("CC101", "hip-revision-free-1y"), "99%": ("CC101", "hip-revision-free-5y")},
        ),
    ],
)
def test_times_listed_for_figures(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Survival at 1 and 5 years was high.", ()),
        ("Most implants last after 2-3 years.", ()),
        ("Uptake among people 18-24 years old was low.", ((18.0, 24.0),)),
    ],
)
def test_times_are_not_ages(text, ages):
    assert read_frame(text).ages == ages
