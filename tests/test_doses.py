"""Two doses of one drug are two arms: a figure whose clause gives a dose is never judged
against a claim that states another dose ("tofacitinib 10 mg" is not the 5 mg arm), nor
backed by it when that claim's statement happens to state the figure (README, frames:
"dose")."""

from __future__ import annotations

import pytest
from verdict_helpers import registry_linter


def _claim(id_, dose, value):
    return f"""\
- id: {id_}
  statement: In KALIX-1, {value}% of patients on lorvatinib {dose} mg twice daily responded.
  subject: [lorvatinib, KALIX-1]
  context: [response]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Our own trial report", quote: "{value}% with {dose} mg"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = _claim("kalix1-5mg", 5, 48) + _claim("kalix1-10mg", 10, 57)


@pytest.fixture
def findings(tmp_path, run_cli):
    lint = registry_linter(tmp_path, run_cli, REGISTRY)
    return lambda text: [
        (f["code"], f["registry_id"], f["message"]) for f in lint("page.md", text + "\n")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In KALIX-1, 48% of patients on lorvatinib 5 mg responded.", []),
        ("In KALIX-1, 57% of patients on lorvatinib 10 mg responded.", []),
        ("In KALIX-1, 48% of patients on lorvatinib 10 mg responded.", [("CC101", "kalix1-10mg")]),
        ("In KALIX-1, 57% of patients on lorvatinib 5 mg responded.", [("CC101", "kalix1-5mg")]),
        ("In KALIX-1, 61% of patients on lorvatinib 20 mg responded.", [("CC102", None)]),
    ],
)
def test_a_dose_is_judged_only_against_its_own_arm(findings, text, expected):
    got = [(f[0], f[1]) for f in findings(text) if f[0] in ("CC101", "CC102") and "%" in f[2]]
    assert got == expected


def test_the_message_says_another_dose(findings):
    (message,) = [
        f[2]
        for f in findings("In KALIX-1, 61% of patients on lorvatinib 20 mg responded.")
        if f[0] == "CC102" and '"61%"' in f[2]
    ]
    assert "another dose" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dose opens the sentence, the figure comes after its comma
        ("With lorvatinib 5 mg twice daily, 48% of KALIX-1 patients responded.", []),
        (
            "With lorvatinib 10 mg twice daily, 48% of KALIX-1 patients responded.",
            [("CC101", "kalix1-10mg")],
        ),
    ],
)
def test_a_dose_opening_the_sentence_belongs_to_the_figure_after_it(findings, text, expected):
    got = [(f[0], f[1]) for f in findings(text) if f[0] in ("CC101", "CC102") and "%" in f[2]]
    assert got == expected


def _level(id_, dose, value):
    return f"""\
- id: {id_}
  statement: In LIPID-5, LDL cholesterol was {value} mmol/L with lipovast {dose} mg.
  subject: [lipovast, LDL cholesterol]
  context: [LIPID-5]
  value: {{value: {value}, unit: mmol/L}}
  sources: [{{citation: "Our own trial report", quote: "{value} mmol/L with {dose} mg"}}]
  status: approved
  review_by: 2030-01-01
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In LIPID-5, LDL cholesterol was 2.1 mmol/L with lipovast 20 mg.", []),
        # the 20 mg arm's figure said of a 10 mg arm the registry does not hold: its
        # statement states 2.1 mmol/L, but for another dose, so it backs nothing
        ("In LIPID-5, LDL cholesterol was 2.1 mmol/L with lipovast 10 mg.", [("CC102", None)]),
    ],
)
def test_a_statement_of_another_dose_backs_nothing(tmp_path, run_cli, text, expected):
    lint = registry_linter(tmp_path, run_cli, _level("lp-20", 20, 2.1) + _level("lp-40", 40, 1.8))
    got = [
        (f["code"], f["registry_id"]) for f in lint("page.md", text + "\n") if "2.1" in f["message"]
    ]
    assert got == expected


def _per_weight(id_, dose, value):
    return f"""\
- id: {id_}
  statement: In a 1984 study, {value}% of patients treated with isodrin {dose} mg/kg relapsed.
  subject: [isodrin]
  context: [relapse]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Dose study", quote: "{value}% at {dose} mg/kg"}}]
  status: approved
  review_by: 2030-01-01
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a 1984 study, 10% of patients on isodrin 1.0 mg/kg/day relapsed.", []),
        (
            "In a 1984 study, 42% of patients on isodrin 1 mg/kg/day relapsed.",
            [("CC101", "iso-10")],
        ),
        (
            "In a 1984 study, 10% of patients on isodrin 0.1 mg/kg per day relapsed.",
            [("CC101", "iso-01")],
        ),
        ("In a 1984 study, 30% of patients on isodrin 0.25 mg/kg/day relapsed.", [("CC102", None)]),
    ],
)
def test_a_dose_per_weight_per_day_is_that_dose(tmp_path, run_cli, text, expected):
    """A dose per body weight given daily ("1 mg/kg/day", "0.1 mg/kg per day") is the arm of
    the claim stating that dose per body weight ("1.0 mg/kg")."""
    registry = _per_weight("iso-01", "0.1", 42) + _per_weight("iso-10", "1.0", 10)
    lint = registry_linter(tmp_path, run_cli, registry)
    got = [
        (f["code"], f["registry_id"])
        for f in lint("page.md", text + "\n")
        if f["code"] in ("CC101", "CC102") and "%" in f["message"]
    ]
    assert got == expected
