"""A footnote marker glued to a sentence's full stop (``high.³ The``, ``high.[3] The``,
``<sup>3</sup>`` in HTML) ends the sentence: the next sentence is a claim of its own, so
its figures and words are not matched as the first one's."""

from __future__ import annotations

import json

import pytest

SECOND = "The same survey found that 1 in 4 of them were on treatment."


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("page.md", "Most adults over 65 have high blood pressure.[12] " + SECOND),
        ("page.txt", "Most adults over 65 have high blood pressure.¹² " + SECOND),
        ("page.md", "Most adults over 65 have high blood pressure.²,³ " + SECOND),
        (
            "page.html",
            "<p>Most adults over 65 have high blood pressure.<sup>12</sup> " + SECOND + "</p>",
        ),
    ],
)
def test_a_footnote_marker_after_a_full_stop_ends_the_sentence(tmp_path, run_cli, name, text):
    draft = tmp_path / name
    draft.write_text(text + "\n", encoding="utf-8")
    result = run_cli("extract", "--format", "json", draft)
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    assert [claim["text"] for claim in claims][-1] == SECOND
    assert [q["text"] for claim in claims for q in claim["quantities"]] == ["1 in 4"]


def test_a_decimal_before_a_capital_is_not_a_footnote(tmp_path, run_cli):
    draft = tmp_path / "page.txt"
    draft.write_text("Uptake rose by 2.5 A-level students in 2020.\n", encoding="utf-8")
    claims = json.loads(run_cli("extract", "--format", "json", draft).stdout)["documents"][0]
    assert len(claims["claims"]) == 1
