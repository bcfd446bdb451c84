"""A study numbered in Roman numerals is not the next study of its series (session 45):
"In VOYAGE I, …" is no figure of the claim about VOYAGE II. The first was read as the
second, because one name starts the other (and a lone "I" was not read as a series number
at all), so a figure from the first trial was accused against, or backed by, the second's
claim. Now the near miss says it is about another study."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "sail2-response",
            "In SAIL II, 55% of patients on the study drug responded at week 16.",
            55,
            "SAIL II, study drug",
            "psoriasis, week 16",
        ),
        approved_claim(
            "crest-iv-remission",
            "In CREST IV, 31% of patients on the study drug were in remission at week 52.",
            31,
            "CREST IV, study drug",
            "colitis, week 52",
        ),
    )
)
REGISTRY += approved_claim(
    "tidal-relapse",
    "In TIDAL, 28% of patients on the study drug relapsed within two years.",
    28,
    "TIDAL, study drug",
    "relapse",
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another study of the series: no figure of the claim, agreeing or not
        (
            "In SAIL I, 48% of patients on the study drug responded at week 16.",
            {"48%": ("CC102", None)},
        ),
        (
            "In the SAIL I trial, 55% of patients on the study drug responded at week 16.",
            {"55%": ("CC102", None)},
        ),
        (
            "In SAIL III, 55% of patients on the study drug responded at week 16.",
            {"55%": ("CC102", None)},
        ),
        (
            "In CREST V, 31% of patients on the study drug were in remission at week 52.",
            {"31%": ("CC102", None)},
        ),
        (
            "In CREST II, 25% of patients on the study drug were in remission at week 52.",
            {"25%": ("CC102", None)},
        ),
        # the claim's own study: judged as before
        ("In SAIL II, 55% of patients on the study drug responded at week 16.", {}),
        (
            "In SAIL II, 48% of patients on the study drug responded at week 16.",
            {"48%": ("CC101", "sail2-response")},
        ),
        (
            "In CREST IV, 25% of patients on the study drug were in remission at week 52.",
            {"25%": ("CC101", "crest-iv-remission")},
        ),
    ],
)
def test_a_roman_numbered_study_is_not_the_next_of_its_series(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize("said", ["TIDAL II", "TIDAL III", "TIDAL-II"])
def test_a_numbered_study_is_not_the_unnumbered_claims(lint_text, said):
    text = f"In {said}, 35% of patients on the study drug relapsed within two years."
    assert lint_text(text) == {"35%": ("CC102", None)}


def test_the_message_names_the_study_as_written(tmp_path, run_cli):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "claims.yaml").write_text(REGISTRY, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text("In TIDAL II, 35% of patients on the study drug relapsed.\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--registry", tmp_path / "claims", page)
    assert "it is about another study (TIDAL II)" in result.stdout
