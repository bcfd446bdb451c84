"""Kinds found by this session's held-out breaker (session 40), in our own words: a
prescriber's ``q8w`` is a schedule, a table whose rows are arms keeps its outcome column
from naming an arm, a corner cell's period labels the cells, and other types than a claim's
own, or more of them, are no figure of it."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

ARMS = "".join(
    (
        approved_claim(
            "calyx-q4w",
            "In CALYX, 33% of patients given tezomab every 4 weeks had a flare in a year.",
            33,
            "tezomab, CALYX",
            "flare, flares",
            group="[every 4 weeks]",
        ),
        approved_claim(
            "calyx-q8w",
            "In CALYX, 37% of patients given tezomab every 8 weeks had a flare in a year.",
            37,
            "tezomab, CALYX",
            "flare, flares",
            group="[every 8 weeks]",
        ),
        approved_claim(
            "calyx-placebo",
            "In CALYX, 49% of patients given placebo had a flare in a year.",
            49,
            "tezomab, CALYX",
            "flare, flares",
            group="[placebo]",
        ),
    )
)
lint_arms = figure_verdicts_fixture(ARMS)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (("33%", "37%"), {}),
        # swapped rows: each is its own arm's wrong figure, never the placebo arm's
        (("37%", "33%"), {"37%": ("CC101", "calyx-q4w"), "33%": ("CC101", "calyx-q8w")}),
    ],
)
def test_rows_named_by_dose_and_schedule_are_their_arms(lint_arms, rows, expected):
    table = (
        "## CALYX, 52 weeks\n\n| Arm | At least one flare |\n|---|---|\n"
        f"| Tezomab 20 mg every 4 weeks | {rows[0]} |\n"
        f"| Tezomab 20 mg every 8 weeks | {rows[1]} |\n"
        "| Placebo | 49% |\n"
    )
    assert lint_arms(table) == expected


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (("33%", "37%"), {}),
        (("37%", "33%"), {"37%": ("CC101", "calyx-q4w"), "33%": ("CC101", "calyx-q8w")}),
    ],
)
def test_q4w_and_q8w_headers_are_schedules_not_figures(lint_arms, cells, expected):
    table = (
        "| Over 52 weeks | Tezomab 20 mg q4w (CALYX) | Tezomab 20 mg q8w (CALYX) |\n"
        "|---|---|---|\n"
        f"| At least one flare | {cells[0]} | {cells[1]} |\n"
    )
    assert lint_arms(table) == expected


TYPES = "".join(
    (
        approved_claim(
            "rota-g9-share",
            "Rotavirus genotype 9 caused 21% of rotavirus cases in Region V in 2021.",
            21,
            "genotype 9, rotavirus genotype 9",
            "rotavirus cases, Region V",
        ),
        approved_claim(
            "hpv-52-share",
            "HPV 52 causes about 3% of cervical cancers in Region V.",
            3,
            "HPV 52, HPV-52",
            "cervical cancer, cervical cancers, Region V",
        ),
    )
)
lint_types = figure_verdicts_fixture(TYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rotavirus genotype 9 caused 21% of rotavirus cases in Region V in 2021.", {}),
        # more types than the claim's one: not that claim's figure
        (
            "HPV types 31, 33 and 52 cause about 9% of cervical cancers in Region V.",
            {"about 9%": ("CC102", None)},
        ),
    ],
)
def test_other_or_more_types_are_not_one_types_claim(lint_types, text, expected):
    assert lint_types(text) == expected
