"""A group told by a small count of what its people have is who a figure is about, not a
figure to verify (issue 11, kind 13; issue 12's frames read the count): "patients with two
risk factors have a 39% chance", "women who have had three or more children". The count is
kept on the claim as its group, in the unit of what is counted; a count that is itself the
figure ("30 had two or more admissions", "two doses") stays a figure."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, extract_paragraphs, fig

from claimcheck.cli import main

CASES = [
    (
        "Patients with two warning signs have a 19% chance of delirium.",
        [fig("19%", 19, unit="percent")],
    ),
    (
        "Women who have had three or more children face a 20% higher risk.",
        [fig("20%", 20, unit="percent")],
    ),
    (
        "Adults with one kidney had a 5% lower filtration rate.",
        [fig("5%", 5, unit="percent")],
    ),
    (
        "Those with at least 2 prior fractures broke a hip at 4.1% a year.",
        [fig("4.1% a year", 4.1, unit="percent", per="year")],
    ),
    # counts that are the figure stay figures
    (
        "Of 120 patients, 30 had two or more admissions.",
        [
            fig("120 patients", 120, unit="patients"),
            fig("30", 30, unit="patients"),  # a part of the whole said first (session 60)
            fig("two or more admissions", 2, None, unit="admissions"),
        ],
    ),
    ("Children need two doses of the vaccine.", [fig("two doses", 2, unit="doses")]),
    # no other figure beside it: the count is the sentence's figure
    (
        "Patients with 3 or more visits did better.",
        [fig("3 or more visits", 3, None, unit="visits")],
    ),
    (
        "Patients with one of these conditions made up 12% of admissions.",
        [fig("12%", 12, unit="percent")],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("counted"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_counted_groups_are_not_figures(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


def test_the_count_is_kept_as_the_claims_group(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("Patients with two warning signs have a 19% chance of delirium.\n")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(page)])
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(result.stdout)["documents"][0]["claims"]
    (group,) = claim["groups"]
    assert (group["text"], group["low"], group["high"], group["unit"]) == (
        "two warning signs",
        2,
        2,
        "warning signs",
    )
