"""A dose said with a schedule other than its claim's is still judged (session 43): how
often and how long a dose is given tell a drug's dose claims apart only where the registry
holds claims that differ in them; a drug's one dose claim, named with the dose, accuses a
wrong dose at the plain threshold; and how often a dose is given ("four times a day") is
part of that dose, never an unsupported figure of its own."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

DOSES = "".join(
    (
        valued_claim(
            "cefradine-dose",
            "For uncomplicated cystitis, cefradine is taken at 500 mg twice daily for 5 days.",
            "{value: 500, unit: mg}",
            "cefradine",
            "cystitis, dose",
        ),
        valued_claim(
            "mecillinam-dose",
            "For uncomplicated cystitis, mecillinam is taken at 400 mg three times daily for 3"
            " days.",
            "{value: 400, unit: mg}",
            "mecillinam",
            "cystitis, dose",
        ),
        valued_claim(
            "fosfolin-dose",
            "For uncomplicated cystitis, fosfolin is taken as a single 3 g dose.",
            "{value: 3, unit: g}",
            "fosfolin",
            "cystitis, dose",
        ),
        valued_claim(
            "hemophilin-weekly",
            "Hemophilin prophylaxis is given at 1.5 mg/kg once weekly.",
            "{value: 1.5, unit: mg/kg}",
            "hemophilin",
            "prophylaxis, dose",
        ),
        valued_claim(
            "hemophilin-biweekly",
            "Hemophilin prophylaxis is given at 3 mg/kg every two weeks.",
            "{value: 3, unit: mg/kg}",
            "hemophilin",
            "prophylaxis, dose",
        ),
    )
)
lint_doses = figure_verdicts_fixture(DOSES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a schedule no claim of the drug states does not hide a wrong dose
        (
            "Cefradine is taken at 250 mg four times a day.",
            {"250 mg": ("CC101", "cefradine-dose")},
        ),
        (
            "For cystitis, mecillinam is taken as 200 mg twice a day and fosfolin as a single"
            " 3 g dose.",
            {"200 mg": ("CC101", "mecillinam-dose")},
        ),
        (
            "For cystitis, cefradine is taken as 500 mg twice a day and mecillinam as 200 mg"
            " twice a day, each for 3 days.",
            {"200 mg": ("CC101", "mecillinam-dose")},
        ),
        (
            "Cefradine is taken at 250 mg twice a day for 10 days.",
            {"250 mg": ("CC101", "cefradine-dose")},
        ),
        # the right dose passes, and its schedule is no figure of its own
        ("Cefradine is taken at 500 mg twice a day.", {}),
        # … but the claim's dose on another schedule is not backed (session 45): twice the
        # daily amount of the claim's "500 mg twice daily"
        (
            "Cefradine 500 mg, taken by mouth four times a day, is usual.",
            {"500 mg": ("CC102", None)},
        ),
        ("Mecillinam is taken at 400 mg three times a day for 3 days.", {}),
        # where the drug's dose claims differ by schedule, the schedule tells them apart
        ("Hemophilin is given at 3 mg/kg every two weeks.", {}),
        (
            "Hemophilin is given at 3 mg/kg once weekly.",
            {"3 mg/kg once weekly": ("CC101", "hemophilin-weekly")},
        ),
    ],
)
def test_dose_with_another_schedule(lint_doses, text, expected):
    assert lint_doses(text) == expected
