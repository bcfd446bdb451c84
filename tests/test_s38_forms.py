"""Number forms read wrong at the start of session 38 (issue 11), each kind with sentences of
our own: a bound on a share restated in brackets in a lab's unit (``below 5.7% (39
mmol/mol)``) lost its bound; a slash count of people (``30/40 women``) was "0.75 women", a
count, not a share; and an n-of-N share restated as its percentage was two figures."""

from __future__ import annotations

import pytest


def _figures(tmp_path, extract_json, text: str, name: str = "page.txt") -> list[dict]:
    draft = tmp_path / name
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    return [q for claim in claims for q in claim["quantities"]]


def _seen(q: dict) -> tuple:
    """What a user reads of a figure: its words, ends, unit and comparator."""
    return (q["text"], q["low"], q["high"], q["unit"], q["comparator"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An HbA1c below 5.7% (39 mmol/mol) counts as normal.",
         ("39 mmol/mol", None, 39.0, "mmol/mol", "below")),
        ("Most adults should aim for under 7% (53 mmol/mol).",
         ("53 mmol/mol", None, 53.0, "mmol/mol", "under")),
        ("Readings of at least 6.0% (42 mmol/mol) call for a repeat test.",
         ("42 mmol/mol", 42.0, None, "mmol/mol", "at least")),
        ("A target of no more than 6.5% (48 mmol/mol) suits most people.",
         ("48 mmol/mol", None, 48.0, "mmol/mol", "no more than")),
        ("Values above 8% (64 mmol/mol) need a review.",
         ("64 mmol/mol", 64.0, None, "mmol/mol", "above")),
    ],
)  # fmt: skip
def test_a_bound_on_a_share_restated_in_a_lab_unit_keeps_the_bound(
    tmp_path, extract_json, text, expected
):
    assert _seen(_figures(tmp_path, extract_json, text)[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over a third (36%) said so.", ("36%", 36.0, 36.0, "percent", None)),
        ("Under 10% (14 patients) stopped early.", ("14 patients", 14.0, 14.0, "patients", None)),
    ],
)
def test_a_share_or_a_count_in_brackets_stays_exact(tmp_path, extract_json, text, expected):
    assert _seen(_figures(tmp_path, extract_json, text)[-1]) == expected


def _shares(tmp_path, extract_json, text: str) -> list[tuple]:
    return [(q["text"], q["low"], q["unit"]) for q in _figures(tmp_path, extract_json, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pain eased in 30/40 women.", ("30/40", 0.75, "proportion")),
        ("Only 36/48 children were vaccinated on time.", ("36/48", 0.75, "proportion")),
        ("A rash appeared in 6/50 adults on the higher dose.", ("6/50", 0.12, "proportion")),
        ("Just 4/25 participants dropped out.", ("4/25", 0.16, "proportion")),
        ("Healing was seen in 27/30 patients by week 8.", ("27/30", 0.9, "proportion")),
    ],
)
def test_a_slash_count_of_people_is_a_share(tmp_path, extract_json, text, expected):
    assert _shares(tmp_path, extract_json, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the volunteers, 21/28 (75%) finished the course.",
         [("21/28 (75%)", 0.75, "proportion")]),
        ("9 of 12 (75%) reported less pain.", [("9 of 12 (75%)", 0.75, "proportion")]),
        ("Relapse occurred in 5/40 (12.5%) by a year.", [("5/40 (12.5%)", 0.125, "proportion")]),
        ("11 out of 16 women (68.8%) conceived.",
         [("11 out of 16 women (68.8%)", 0.6875, "proportion")]),
        ("Symptoms cleared in 14/20 children (70 %).",
         [("14/20 children (70 %)", 0.7, "proportion")]),
    ],
)  # fmt: skip
def test_a_share_restated_as_its_percentage_is_one_figure(tmp_path, extract_json, text, expected):
    assert _shares(tmp_path, extract_json, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1 in 3 adults (35%) smoke.", ["About 1 in 3", "35%"]),
        ("Overall 12/16 (80%) improved.", ["12/16", "80%"]),
        ("Take 1/2 tablet at night.", ["1/2 tablet"]),
    ],
)
def test_a_percentage_other_than_the_share_stays_its_own_figure(
    tmp_path, extract_json, text, expected
):
    assert [q["text"] for q in _figures(tmp_path, extract_json, text)] == expected
