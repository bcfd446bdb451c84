"""The short forms health pages write before or after a figure (``ref.``, ``ca.``, ``avg.``,
``est.``, ``resp.``, ``incl.``, ``min.``) end no sentence: the figure stays in its sentence,
so a reference range after ``ref.`` keeps the result's unit, and ``min.`` before a number is
a minimum (``30 min. then`` after a number stays minutes)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, extract_paragraphs, fig

from claimcheck.cli import main

CASES = [
    (
        "Creatinine was 142 µmol/L (ref. range: 60-110).",
        [fig("142 µmol/L", 142, unit="µmol/L"), fig("60-110", 60, 110, unit="µmol/L")],
    ),
    (
        "Calcium 2.9 mmol/L (ref. 2.2-2.6) on admission.",
        [fig("2.9 mmol/L", 2.9, unit="mmol/L"), fig("2.2-2.6", 2.2, 2.6, unit="mmol/L")],
    ),
    (
        "Her ferritin was 9 µg/L (ref. 15-300).",
        [fig("9 µg/L", 9, unit="µg/L"), fig("15-300", 15, 300, unit="µg/L")],
    ),
    (
        "Rest for min. 2 days after the procedure.",
        [fig("min. 2 days", 2, None, unit="day", comparator="min.")],
    ),
    (
        "Wait at least 30 min. then recheck the pressure.",
        [fig("at least 30 min", 30, None, unit="minute", comparator="at least")],
    ),
    (
        "Response was 48% vs. 31% with the older drug.",
        [fig("48%", 48, unit="percent"), fig("31%", 31, unit="percent")],
    ),
]

ONE_SENTENCE = [
    "Each visit lasts avg. 12 minutes for new patients.",
    "The ward treats ca. 900 patients a year.",
    "Sodium was 126 mmol/L (ref. range 135-145) on the ward.",
    "The clinic spent est. £40,000 on new scanners.",
    "Uptake was 61% and 74% resp. in the two arms.",
    "The fee is £90 incl. the follow-up visit.",
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("abbr"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_figure_after_an_abbreviation(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize("text", ONE_SENTENCE, ids=[t[:40] for t in ONE_SENTENCE])
def test_abbreviation_ends_no_sentence(tmp_path, text):
    path = tmp_path / "one.md"
    path.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    assert [claim["text"] for claim in claims] == [text]
