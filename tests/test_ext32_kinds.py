"""Issue 11, round ext32: an amount per a period said with ``in`` (``960 mg in 24 hours``),
a change's ends after a change verb read less often or after a span of years, a sum shared
``a head`` / ``a resident`` / ``each``, and a relative effect said as a noun
(``a 23% rise in the odds of``) read as its verb form is.

Every case is a sentence of our own, extracted in one ``claimcheck extract --format json``
run, and each figure's offsets are checked (``text == file[start:end]``).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig
from verdict_helpers import figure_verdicts_fixture


def _end(surface: str, value: float, role: str, unit: str | None = None, **extra) -> dict:
    return fig(surface, value, unit=unit, role=role, **extra)


CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "an amount in a day is per day": [
        (
            "Adults may take up to 3,900 mg in 24 hours.",
            [
                fig("up to 3,900 mg", None, 3900, unit="mg", per="day"),
                fig("24 hours", 24, unit="hour"),
            ],
        ),
        (
            "Never give more than 2 g in 24 hours to a child.",
            [fig("more than 2 g", None, 2, unit="g", per="day"), fig("24 hours", 24, unit="hour")],
        ),
        (
            "Do not use more than 6 sachets in 24 hours.",
            [
                fig("more than 6 sachets", None, 6, unit="sachets/day", kind="rate", per="day"),
                fig("24 hours", 24, unit="hour", per=None),
            ],
        ),
        (
            "The average adult loses about 2.5 L in a day through breath and sweat.",
            [fig("about 2.5 L", 2.5, unit="L", approx=True, per="day")],
        ),
        (
            "She swallowed 450 mg in one day.",
            [
                fig("450 mg", 450, unit="mg", per="day", kind="measure"),
                fig("one day", 1, unit="day"),
            ],
        ),
        (
            "A maximum of 10 puffs in any 24-hour period is advised.",
            [
                fig("A maximum of 10 puffs", None, 10, unit="puffs/day", per="day"),
                fig("24-hour", 24, unit="hour"),
            ],
        ),
        (
            "Children need 10 mcg of vitamin D in a day.",
            [fig("10 mcg", 10, unit="µg", per="day")],
        ),
        (
            "Adults may take up to 3,900 mg per 24 hours.",
            [fig("up to 3,900 mg per 24 hours", None, 3900, unit="mg", per="day")],
        ),
        (
            "Several of the infected birds died in 24 hours.",
            [fig("24 hours", 24, unit="hour", kind="duration", per=None)],
        ),
        (
            "Most rashes fade within 24 hours.",
            [fig("within 24 hours", None, 24, unit="hour", kind="duration", per=None)],
        ),
        (
            "Patients got 4 mg in 24 hours of admission.",
            [fig("4 mg", 4, unit="mg", per=None), fig("24 hours", 24, unit="hour")],
        ),
    ],
    "a change after a less usual verb or a span of years": [
        (
            "Clinic visits hardly moved between 2018 and 2019, from 8,410 to 8,502.",
            [_end("8,410", 8410, "before"), _end("8,502", 8502, "after")],
        ),
        (
            "Teen smoking dipped slightly in 2020 and 2021, from 9% to 8%.",
            [
                _end("9%", 9, "before", unit="percent"),
                _end("8%", 8, "after", unit="percent"),
            ],
        ),
        (
            "The vaccination gap edged down, from 14% to 13%.",
            [
                _end("14%", 14, "before", unit="percent"),
                _end("13%", 13, "after", unit="percent"),
            ],
        ),
        (
            "Referrals ballooned from 3,200 to 6,100.",
            [_end("3,200", 3200, "before"), _end("6,100", 6100, "after")],
        ),
        (
            "The backlog slid from 740 to 515 beds.",
            [
                _end("740", 740, "before", unit="beds"),
                _end("515 beds", 515, "after", unit="beds"),
            ],
        ),
        (
            "Coverage slumped from 81.5% in 2009 to 70.2% in 2017.",
            [
                _end("81.5%", 81.5, "before", unit="percent"),
                _end("70.2%", 70.2, "after", unit="percent"),
            ],
        ),
        (
            "Average scores nudged up from 6.2 to 6.6.",
            [_end("6.2", 6.2, "before"), _end("6.6", 6.6, "after")],
        ),
        (
            "Waiting times worsened from 11 weeks to 15 weeks.",
            [
                _end("11 weeks", 11, "before", unit="week"),
                _end("15 weeks", 15, "after", unit="week"),
            ],
        ),
        (
            "The dose ranges from 2 to 6 mg.",
            [fig("from 2 to 6 mg", 2, 6, unit="mg", role=None)],
        ),
        (
            "A cold lasts from 7 to 10 days.",
            [fig("from 7 to 10 days", 7, 10, unit="day", role=None)],
        ),
        (
            "Fees varied between 2019 and 2020 from 30 to 45.",
            [fig("from 30 to 45", 30, 45, role=None)],
        ),
    ],
    "a sum shared a head, a resident or each": [
        (
            "Councils spent £3,240 a head on adult care.",
            [fig("£3,240 a head", 3240, unit="GBP", kind="rate", per="head")],
        ),
        (
            "Care costs the state $7,500 a person.",
            [fig("$7,500 a person", 7500, unit="USD", kind="rate", per="person")],
        ),
        (
            "The levy raises £61 a resident.",
            [fig("£61 a resident", 61, unit="GBP", kind="rate", per="resident")],
        ),
        (
            "Council spending reached £61 per resident.",
            [fig("£61 per resident", 61, unit="GBP", kind="rate", per="resident")],
        ),
        (
            "Hearing aids cost €1,150 each.",
            [fig("€1,150 each", 1150, unit="EUR", kind="rate", per="item")],
        ),
        (
            "Crowns are $900 each, or $1,700 for a pair.",
            [
                fig("$900 each", 900, unit="USD", per="item"),
                # a price for a pair is per pair (session 48), half of it one crown's
                fig("$1,700 for a pair", 1700, unit="USD", per="pair"),
            ],
        ),
        (
            "Membership costs £80 each year.",
            [fig("£80 each year", 80, unit="GBP", per="year")],
        ),
    ],
    "a relative effect as a noun reads as its verb": [
        (
            "Heavy drinking brought a 27% rise in the odds of a fall.",
            [fig("27%", 27, unit="percent", kind="percent", role=None)],
        ),
        (
            "Heavy drinking raised the odds of a fall by 27%.",
            [fig("27%", 27, unit="percent", kind="percent", role=None)],
        ),
        (
            "Trials found a 12% increase in the risk of gout.",
            [fig("12%", 12, unit="percent", kind="percent", role=None)],
        ),
        (
            "The drug increased the risk of gout by 12%.",
            [fig("12%", 12, unit="percent", kind="percent", role=None)],
        ),
        (
            "Screening gave a 35% drop in the odds of dying.",
            [fig("35%", 35, unit="percent", kind="percent", role=None)],
        ),
        (
            "Screening dropped the odds of dying by 35%.",
            [fig("35%", 35, unit="percent", kind="percent", role=None)],
        ),
    ],
}
CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ext32"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Fines run on a sliding scale from £10 to £50.", "from £10 to £50", 10, 50),
        ("There are escalating penalties from $250 to $1,000.", "from $250 to $1,000", 250, 1000),
        ("Slides 2 to 5 show the results.", None, None, None),
        ("Swelling from 2 to 5 cm is common.", "from 2 to 5 cm", 2, 5),
    ],
)
def test_an_ing_adjective_or_noun_of_a_change_verb_leaves_a_range(
    tmp_path, text, surface, low, high
):
    got = extract_paragraphs(tmp_path, [text])[text]
    if surface is None:
        assert all(q["role"] is None for _, q in got)
        return
    [(_, quantity)] = [(o, q) for o, q in got if q["text"] == surface]
    assert (quantity["low"], quantity["high"], quantity["role"]) == (low, high, None)


DOSE_REGISTRY = """\
- id: paracetamol-adult-max
  statement: Adults should take no more than 4 g of paracetamol a day.
  subject: [paracetamol]
  context: [adults, maximum dose]
  value: {high: 4, unit: g/day}
  sources: [{citation: "Medicines leaflet", quote: "no more than 4 g a day"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(DOSE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adults should take no more than 4 g of paracetamol a day.", {}),
        ("Adults should take no more than 4 g of paracetamol in 24 hours.", {}),
        (
            "Adults should take no more than 6 g of paracetamol in 24 hours.",
            {"no more than 6 g": ("CC101", "paracetamol-adult-max")},
        ),
    ],
)
def test_an_amount_in_24_hours_meets_a_claim_per_day(lint_text, text, expected):
    got = {figure: found for figure, found in lint_text(text).items() if figure != "24 hours"}
    assert got == expected
