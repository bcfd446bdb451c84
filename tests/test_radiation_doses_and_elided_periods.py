"""Radiation doses in sieverts and grays, and a period left out after the first figure.

Imaging pages give effective doses in mSv and µSv (``roughly 5 µSv`` for a dental X-ray is
0.005 mSv) and absorbed doses in mGy; a registry writes them in any case (``mSv``, ``msv``).
Sieverts and grays never convert into each other. A measurement with its unit but no period
takes the period of the figure before it in the same unit, where the sentence sets them side
by side: "2.2 mSv a year, compared with about 3 mSv in the US"; "38 g a day for men aged 19
to 50, and 25 g for women" (issue 12, held-out imaging and nutrition sets)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities.finder import find_quantities
from claimcheck.registry.units import units_compatible
from claimcheck.verify.convert import convert


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("roughly 5 µSv", "mSv", 0.005),
        ("3 μSv", "mSv", 0.003),
        ("10 millisieverts", "mSv", 10.0),
        ("20 microsieverts", "µSv", 20.0),
        ("2 mSv", "µSv", 2000.0),
        ("a dose of 1.5 cGy", "mGy", 15.0),
    ],
)
def test_doses_convert_within_their_kind(text, unit, value):
    (quantity,) = find_quantities(text)
    assert convert(quantity, unit).low == pytest.approx(value)


def test_sieverts_are_not_grays():
    assert not units_compatible("mSv", "mGy")


REGISTRY = """\
- id: ct-chest-dose
  statement: A CT scan of the chest gives an effective dose of about 6.1 mSv.
  subject: [chest CT, CT scan of the chest]
  context: [effective dose]
  value: {value: 6.1, unit: mSv, approx: true}
  sources: [{citation: "Dose chart", quote: "6.1 mSv"}]
  status: approved
  review_by: 2030-01-01
- id: background-uk
  statement: In the UK, natural background radiation averages 2.7 mSv a year.
  subject: [background radiation]
  context: [UK, United Kingdom]
  value: {value: 2.7, unit: msv/year}
  sources: [{citation: "Radiation survey", quote: "2.7 mSv"}]
  status: approved
  review_by: 2030-01-01
- id: background-us
  statement: In the US, natural background radiation averages 3.1 mSv a year.
  subject: [background radiation]
  context: [US, United States]
  value: {value: 3.1, unit: mSv/year}
  sources: [{citation: "Radiation survey", quote: "3.1 mSv"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A chest CT scan gives about 6,100 µSv.", {}),
        ("A chest CT scan gives about 610 µSv.", {"about 610 µSv": ("CC101", "ct-chest-dose")}),
        (
            "In the UK, background radiation averages 2.7 mSv a year, compared with about"
            " 3.1 mSv in the US.",
            {},
        ),
        (
            "In the UK, background radiation averages 2.7 mSv a year, compared with about"
            " 6.2 mSv in the US.",
            {"about 6.2 mSv": ("CC101", "background-us")},
        ),
    ],
)
def test_doses_and_left_out_periods_find_their_claims(lint_text, text, expected):
    assert lint_text(text) == expected


def test_a_quote_states_a_dose_per_year_without_its_period(tmp_path, run_cli):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "doses.yaml").write_text(
        """\
- id: dose-per-year
  statement: The average person receives 6.2 mSv a year from all sources.
  subject: [radiation exposure]
  context: [per year]
  value: {value: 6.2, unit: mSv/year}
  sources: [{citation: "Report 160", quote: "the average annual effective dose was 6.2 mSv"}]
  status: approved
  review_by: 2030-01-01
- id: dose-wrong-quote
  statement: The average person receives 6.2 mSv a year from all sources.
  subject: [radiation]
  context: [per year]
  value: {value: 6.2, unit: mSv/year}
  sources: [{citation: "Report 160", quote: "the average annual effective dose was 6.2 mGy"}]
  status: approved
  review_by: 2030-01-01
""",
        encoding="utf-8",
    )
    result = run_cli("registry", "check", folder)
    assert result.exit_code == 1
    assert "'dose-per-year'" not in result.output
    assert "'dose-wrong-quote': value 6.2 mSv/year is stated by no source quote" in result.output
