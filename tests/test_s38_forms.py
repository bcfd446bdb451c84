"""Number forms read wrong at the start of session 38 (issue 11), each kind with sentences of
our own: a bound on a share restated in brackets in a lab's unit (``below 5.7% (39
mmol/mol)``) lost its bound."""

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
