"""Misreads a third fresh collection of real-world forms found on main (issue 11), each fixed
as a kind: a noun that shares a stem with a verb of change (``surgery``, ``booster``) no
longer turns a range into a change; ``once``/``twice``/``thrice`` before a period are a
frequency.

Every case is one paragraph of our own, all extracted in one ``claimcheck extract --format
json`` run on one Markdown draft, so each expectation is what a user sees; offsets are
checked (``text == file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

BEFORE = {"role": "before"}
AFTER = {"role": "after"}

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    # a noun of another sense that shares a change verb's stem is no change word: the
    # range after it stays one interval (README "Changes")
    "noun sharing a change verb's stem": [
        (
            "Knee surgery lasts from 2 to 3 hours in most hospitals.",
            [fig("from 2 to 3 hours", 2, 3, unit="hour", role=None)],
        ),
        (
            "A surgeon's fee runs from $400 to $650 per visit.",
            [fig("from $400 to $650", 400, 650, unit="USD", role=None)],
        ),
        (
            "Boosters are given from 6 to 12 months after the first course.",
            [fig("from 6 to 12 months", 6, 12, unit="month", role=None)],
        ),
        (
            "Droplets from 5 to 10 µm settle within a metre.",
            [fig("from 5 to 10 µm", 5, 10, unit="µm", role=None)],
        ),
        (
            "Cataract surgery from £2,100 per eye at our clinic.",
            [fig("from £2,100", 2100, None, unit="GBP", comparator="from")],
        ),
        (
            "A double-blind phase lasted from 8 to 12 weeks.",
            [fig("from 8 to 12 weeks", 8, 12, unit="week", role=None)],
        ),
        # the verbs themselves still make a change
        (
            "Admissions surged from 40 to 95 a week.",
            [fig("40", 40, **BEFORE), fig("95 a week", 95, unit=None, **AFTER)],
        ),
        (
            "Her weight dropped from 92 to 80 kg.",
            [fig("92", 92, unit="kg", **BEFORE), fig("80 kg", 80, unit="kg", **AFTER)],
        ),
    ],
    # "once", "twice", "thrice" before a period are a frequency, as "3 times a day" is
    # (README "What counts"); a number word ends a counted noun
    "frequency in words": [
        (
            "Apply the gel twice daily until the rash clears.",
            [fig("twice daily", 2, unit="times/day", kind="frequency", per="day")],
        ),
        (
            "Rinse your mouth once a day with the solution.",
            [fig("once a day", 1, unit="times/day", kind="frequency")],
        ),
        (
            "The once-weekly pen replaced daily injections.",
            [fig("once-weekly", 1, unit="times/week", kind="frequency")],
        ),
        (
            "Nurses checked the wound at least twice per week.",
            [fig("at least twice per week", 2, None, unit="times/week", comparator="at least")],
        ),
        (
            "Most children need the inhaler once or twice a day.",
            [fig("once or twice a day", 1, 2, unit="times/day", kind="frequency")],
        ),
        (
            "Swallow 1 tablet thrice daily after meals.",
            [fig("1 tablet", 1, unit="tablet"), fig("thrice daily", 3, unit="times/day")],
        ),
        (
            "Take 1 capsule four times weekly with water.",
            [fig("1 capsule", 1, unit="capsule"), fig("four times weekly", 4, unit="times/week")],
        ),
        # without a period after it the word is no figure
        ("Once the fever settles, stop the tablets.", []),
        ("She was admitted twice before the diagnosis.", []),
    ],
    # a change said as a multiple: read as "halved" is, approximate (README "Relative effects
    # in words"); a change made to a dose, "doubling time" and "doubled up" are none
    "change said as a multiple": [
        (
            "Cases of the infection have tripled since the last survey.",
            [fig("tripled", 3, unit="fold", kind="multiple", approx=True)],
        ),
        (
            "Heavy drinking doubles the risk of a fall.",
            [fig("doubles", 2, unit="fold", kind="multiple", approx=True)],
        ),
        (
            "Waiting lists have more than doubled in five years.",
            [
                fig("more than doubled", 2, None, unit="fold", approx=True, li=False),
                fig("five years", 5, unit="year"),
            ],
        ),
        (
            "Prescription costs nearly trebled over the decade.",
            [fig("nearly trebled", 3, unit="fold", approx=True)],
        ),
        (
            "Screening uptake quadrupled after the text reminders.",
            [fig("quadrupled", 4, unit="fold", approx=True)],
        ),
        ("The doctor doubled the dose at the second visit.", []),
        ("He doubled over with cramps.", []),
        # the change's ends state it, and an object that is no measure is a business's news
        (
            "Clinic visits doubled from 1,200 to 2,400.",
            [fig("1,200", 1200, role="before"), fig("2,400", 2400, role="after")],
        ),
        ("The chain doubled its shop count in 2019.", []),
        # a percentage later in the sentence states the change exactly: it is the claim
        (
            "Gout cases more than doubled over 30 years, rising by 118%.",
            [fig("30 years", 30, unit="year"), fig("118%", 118, unit="percent")],
        ),
        # "over" after such a verb is the period of the change, never "more than"
        (
            "Referrals tripled over 4 years at the clinic.",
            [fig("tripled", 3, unit="fold", approx=True), fig("4 years", 4, unit="year")],
        ),
        ("Its doubling time is short in young patients.", []),
        ("He doubled up in pain.", []),
    ],
}


def _cases(kinds):
    return [(kind, text, expected) for kind, cases in kinds.items() for text, expected in cases]


CASES = _cases(KINDS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fresh"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
