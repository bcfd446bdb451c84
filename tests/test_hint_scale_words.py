"""A hint writes a registry figure of a million or more as its source does: with the scale
word of the claim's statement or quote (``~2.45 billion people``), never digit by digit
(``~2,450,000,000 people``), which a writer has to count to read; digits stay when no source
text uses a scale word, and smaller figures are unchanged."""

from __future__ import annotations

import json

import pytest

from claimcheck.wording import figure, number, source_scale

CLAIMS = """\
- id: test-myopia-worldwide
  statement: Worldwide, an estimated 2.45 billion people live with myopia.
  subject: [myopia, short-sightedness]
  value: {value: 2450000000, approx: true, unit: people}
  sources:
    - citation: A made-up eye survey, 2024
      url: https://example.org/eyes
      quote: "an estimated 2.45 billion people live with myopia"
  status: approved
  review_by: 2030-01-01
- id: test-hay-fever-count
  statement: About 13,500,000 adults in the country have hay fever.
  subject: [hay fever]
  value: {value: 13500000, approx: true, unit: adults}
  sources:
    - citation: A made-up allergy survey, 2024
      url: https://example.org/hay
      quote: "About 13,500,000 adults in the country have hay fever"
  status: approved
  review_by: 2030-01-01
"""


@pytest.fixture
def site(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "eyes.yaml").write_text(CLAIMS, encoding="utf-8")
    page = tmp_path / "eyes.md"
    page.write_text(
        "# Eyes\n\nWorldwide, about 3.1 billion people live with myopia.\n\n"
        "About 20 million adults in the country have hay fever.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_a_hint_writes_a_large_figure_with_the_sources_scale_word(run_cli, site):
    result = run_cli("lint", "--registry", site / "claims", "--format", "json", site / "eyes.md")
    findings = json.loads(result.stdout)["findings"]
    hints = {f["registry_id"]: f["suggestion"] for f in findings if f["code"] == "CC101"}
    assert "~2.45 billion people" in hints["test-myopia-worldwide"], hints
    assert "2,450,000,000" not in hints["test-myopia-worldwide"]
    # the source writes digits: so does the hint
    assert "~13,500,000 adults" in hints["test-hay-fever-count"], hints
    text = run_cli("lint", "--registry", site / "claims", site / "eyes.md").stdout
    assert "~2.45 billion people" in text and "2,450,000,000" not in text


@pytest.mark.parametrize(
    ("texts", "values", "scale"),
    [
        (["An estimated 1.28 billion adults"], (1_280_000_000, None), "billion"),
        (["38.4 million people had diabetes"], (38_400_000, None), "million"),
        (["38.4 million people had diabetes"], (38_500_000, None), None),  # not this value
        (["more than 480,000 deaths"], (480_000, None), None),  # under a million: digits
        (["between 1.2 and 1.5 million"], (1_200_000, 1_500_000), "million"),
    ],
)
def test_source_scale_reads_the_word_the_source_uses(texts, values, scale):
    assert source_scale(texts, values) == scale


def test_figure_with_a_scale_word():
    assert figure(1_280_000_000, 1_280_000_000, approx=True, unit="adults", scale="billion") == (
        "~1.28 billion adults"
    )
    assert figure(480_000, None, low_inclusive=False, unit="deaths/year", scale="million") == (
        "more than 480,000 deaths/year"  # below a million a scale word is never used
    )
    assert number(38_400_000, "million") == "38.4 million"
