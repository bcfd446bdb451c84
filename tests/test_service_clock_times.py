"""Two clock times with quarter-hour minutes after a verb of running a service (``the clinic
runs from 9.30 to 4.30``) are opening hours, no figure; a measured range in the same shape
keeps its figure (``doses ran from 2.50 to 4.00 mg``)."""

from __future__ import annotations

from pathlib import Path

import pytest

HOURS = [
    "The walk-in clinic runs from 9.30 to 4.30.",
    "Sessions run from 9.15 to 11.45 daily.",
    "The phone line is staffed 8.00–6.00 on weekdays.",
    "The drop-in operates between 10.30 and 2.30 on Fridays.",
]
FIGURES = [
    ("Doses ran from 2.50 to 4.00 mg.", "from 2.50 to 4.00 mg"),
    ("Levels ran from 4.30 to 6.30 mmol/L.", "from 4.30 to 6.30 mmol/L"),
]


def _texts(tmp_path: Path, extract_json, sentence: str) -> list[str]:
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    return [
        q["text"] for c in extract_json(draft)["documents"][0]["claims"] for q in c["quantities"]
    ]


@pytest.mark.parametrize("sentence", HOURS)
def test_service_hours_are_no_figure(tmp_path: Path, extract_json, sentence: str) -> None:
    assert _texts(tmp_path, extract_json, sentence) == []


@pytest.mark.parametrize(("sentence", "written"), FIGURES)
def test_measured_range_stays(tmp_path: Path, extract_json, sentence: str, written: str) -> None:
    assert _texts(tmp_path, extract_json, sentence) == [written]
