"""A dose that agrees with a claim given on another schedule (session 45): "162 mg every two
weeks" against a label's "162 mg once a week" is the right dose on the wrong regimen. It was
backed (the schedule no claim states was dropped so the dose could be judged, and the equal
dose then passed); now the claim is no match, the figure is unsupported and the near miss
says which schedule the claim gives. A dose that disagrees too is still accused, and a dose
said on the claim's own schedule, or with no schedule, is backed."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "tcz-gca-dose",
            "In giant cell arteritis, tocilizumab is given as 162 mg by injection once a week.",
            "{value: 162, unit: mg}",
            "tocilizumab",
            "giant cell arteritis, GCA",
        ),
        valued_claim(
            "mtx-ra-start",
            "For rheumatoid arthritis, methotrexate is usually started at 7.5 mg once a week.",
            "{value: 7.5, unit: mg}",
            "methotrexate",
            "rheumatoid arthritis",
        ),
        valued_claim(
            "rtx-maintenance-dose",
            "For maintenance in vasculitis, rituximab 500 mg is infused every 6 months.",
            "{value: 500, unit: mg}",
            "rituximab",
            "vasculitis, maintenance",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In giant cell arteritis, tocilizumab is given as 162 mg by injection every other "
            "week.",
            {"162 mg": ("CC102", None)},
        ),
        (
            "Tocilizumab 162 mg is injected fortnightly for giant cell arteritis.",
            {"162 mg": ("CC102", None)},
        ),
        (
            "For maintenance, rituximab 500 mg is infused every 4 months.",
            {"500 mg": ("CC102", None), "4 months": ("CC102", None)},
        ),
        # a schedule in the dose's own words, or a frequency ("7.5 mg once daily" against a
        # weekly claim: the dangerous daily-for-weekly methotrexate error)
        (
            "For rheumatoid arthritis, methotrexate is usually started at 7.5 mg once daily.",
            {"7.5 mg once daily": ("CC102", None)},
        ),
        (
            "Methotrexate 7.5mg every day is the usual starting dose for rheumatoid arthritis.",
            {"7.5mg every day": ("CC102", None)},
        ),
        (
            "For rheumatoid arthritis, methotrexate is started at 7.5 mg twice a week.",
            {"7.5 mg": ("CC102", None)},  # (how often: judged with the dose)
        ),
        (
            "For rheumatoid arthritis, methotrexate is started at 10 mg a day.",
            {"10 mg a day": ("CC101", "mtx-ra-start")},
        ),
        ("For rheumatoid arthritis, methotrexate is started at 7.5 mg weekly.", {}),
        # the claim's own schedule, or none said: backed
        ("Tocilizumab 162 mg is injected weekly for giant cell arteritis.", {}),
        ("For maintenance, rituximab 500 mg is infused every 6 months.", {}),
        ("For maintenance, rituximab 500 mg is infused.", {}),
        # a dose that disagrees on another schedule: the writer has the regimen wrong
        (
            "Tocilizumab 80 mg is injected every two weeks for giant cell arteritis.",
            {"80 mg": ("CC101", "tcz-gca-dose"), "two weeks": ("CC102", None)},
        ),
    ],
)
def test_an_equal_dose_on_another_schedule_is_not_backed(lint_text, text, expected):
    assert lint_text(text) == expected


def test_the_message_names_the_claims_schedule(tmp_path, run_cli):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "Tocilizumab 162 mg is injected every two weeks for giant cell arteritis.\n",
        encoding="utf-8",
    )
    result = run_cli("lint", "--no-cache", "--registry", tmp_path / "claims", page)
    assert "it gives this dose weekly, the figure every two weeks" in result.stdout
