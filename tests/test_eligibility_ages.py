"""An eligibility age after its noun and ``must be``/``should be``/``need to be`` (``women
must be under 38``, ``patients need to be over 18``) names who, as ``women under 38`` does:
a group label on the claim, no figure."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimcheck.cli import main


@pytest.mark.parametrize(
    ("text", "figure", "group"),
    [
        (
            "Women must be under 40 to get 3 funded cycles.",
            "3 funded cycles",
            ("Women must be under 40", None, 40.0),
        ),
        (
            "Patients need to be over 18 for the 2 visits.",
            "2 visits",
            ("Patients need to be over 18", 18.0, None),
        ),
        (
            "Donors should be aged 17 to 65, and 4% are turned away.",
            "4%",
            ("Donors should be aged 17 to 65", 17.0, 65.0),
        ),
        (
            "Men have to be over 50 to join; 1,200 did.",
            "1,200",
            ("Men have to be over 50", 50.0, None),
        ),
    ],
)
def test_an_eligibility_age_is_a_group(tmp_path, text, figure, group) -> None:
    path = tmp_path / "draft.md"
    path.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    assert [q["text"] for c in claims for q in c["quantities"]] == [figure]
    groups = [(g["text"], g["low"], g["high"]) for c in claims for g in c["groups"]]
    assert groups == [group]
