"""``over`` and a period spent on something (``over 24 months of follow-up``, ``over 2 years
of treatment``) is the time watched or treated, a duration, not "more than"; after ``for``
it stays a comparator, and ``over 65 years of age`` stays an age."""

from __future__ import annotations

from pathlib import Path

import pytest

# sentence, figure's text, low, high, comparator
CASES = [
    ("Over 36 months of follow-up, 14 women relapsed.", "36 months", 36, 36, None),
    ("Falls were rare over 2 years of treatment.", "2 years", 2, 2, None),
    ("Pain eased over 12 weeks of therapy in most patients.", "12 weeks", 12, 12, None),
    ("No new risks appeared over 5 years of use.", "5 years", 5, 5, None),
    ("Over 18 months of the trial, 40 sites joined.", "18 months", 18, 18, None),
    ("She has been on it for over 3 years of treatment.", "over 3 years", 3, None, "over"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_period_spent_on_is_a_duration(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, low, high, comparator = case
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    raw = draft.read_text(encoding="utf-8")
    quantities = [q for c in extract_json(draft)["documents"][0]["claims"] for q in c["quantities"]]
    [figure] = [q for q in quantities if q["kind"] == "duration"]
    assert figure["text"] == written == raw[figure["start"] : figure["end"]]
    assert (figure["low"], figure["high"], figure["comparator"]) == (low, high, comparator)


def test_age_of_years_stays_a_group(tmp_path: Path, extract_json) -> None:
    draft = tmp_path / "page.md"
    draft.write_text("Adults over 65 years of age need 2 doses.\n", encoding="utf-8")
    [claim] = extract_json(draft)["documents"][0]["claims"]
    assert [g["low"] for g in claim["groups"]] == [65]
    assert [q["text"] for q in claim["quantities"]] == ["2 doses"]
