"""Names and idioms that only look like figures (issue 11): a number that is part of a name
(a subscript of a formula, a type, serotype or strain list, a regimen's name) or of an idiom
(``may one day``). Each gives no quantity in ``extract`` and no CC102 in ``lint --registry
claims``; the figures written beside them are still read, with ``text == file[start:end]``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.documents.reader import read_document
from claimcheck.nlp.pipeline import extract_claims

REPO = Path(__file__).resolve().parent.parent

# (draft suffix, sentence): nothing in the sentence is a figure
DROPPED: dict[str, list[tuple[str, str]]] = {
    "subscript of a name": [
        (".html", "<p>Her HbA<sub>1c</sub> was checked every quarter.</p>"),
        (".html", "<p>Pulse oximeters estimate SpO<sub>2</sub> from light.</p>"),
        (".html", "<p>Fine particles (PM<sub>2.5</sub>) reach the lungs.</p>"),
        (".html", "<p>Room CO<sub>2</sub> rises when windows stay shut.</p>"),
        (".html", "<p>FEV<sub>1</sub> is measured after a deep breath.</p>"),
        (".html", "<p>The drug's t<sub>1/2</sub> is long.</p>"),
        (".html", "<p>Breathe in N <sub>2</sub>O slowly.</p>"),
        (".md", "Ask whether your HbA<sub>1c</sub> has been tested."),
        (".md", "Indoor CO~2~ is a proxy for ventilation."),
        (".md", "Rooms with high PM2.5 need filters."),
        (".md", "Plants take up CO₂ by day."),
    ],
    "a list of a name's numbers": [
        (".md", "Most cervical cancers follow infection with HPV types 31 and 45."),
        (".md", "The older vaccine covered HPV 6, 11, 16 and 18."),
        (".md", "Both HIV-1 and -2 are found in the region."),
        (".md", "Types 52, 58 and 33 are rarer."),
        (".md", "Trials enrolled people with type 1 and 2 diabetes."),
        (".md", "The jab protects against serotypes 6B and 23F as well as 4."),
        (".md", "Mutations in codons 12 and 13 predict resistance."),
        (".md", "Levels of IL-1 and -6 were measured."),
        (".md", "Omega 3 and 6 fats come from the diet."),
        (".md", "Genotypes 2 or 3 respond best."),
        (".md", "Most were much improved (CGI-I 1 or 2) by then."),
        (".md", "Few felt worse (PGI-C 6 or 7) after the switch."),
        (".md", "Boys with trisomy 21 were included."),
        (".md", "HPV 16/18 infection was tested."),
    ],
    "an idiom": [
        (".md", "A nasal spray might one day replace the injection."),
        (".md", "Doctors hope to one day prevent the disease."),
        (".md", "One day, screening may be done at home."),
        (".md", "Recovery is taken one day at a time."),
        (".md", "A cure could one day soon be found."),
        (".md", "One day soon the test will be routine."),
    ],
    "a regimen's name": [
        (".md", "Some patients try the 5:2 diet."),
        (".md", "Others prefer 16:8 fasting."),
        (".md", "The 80/20 rule is popular."),
        (".md", "Learn the 4-7-8 breathing technique."),
    ],
}

# (suffix, sentence, figure as written, low, high, unit): look-alikes that are figures
KEPT: list[tuple[str, str, str, float, float, str | None]] = [
    (
        ".html",
        "<p>An HbA<sub>1c</sub> of 53 mmol/mol was the target.</p>",
        "53 mmol/mol",
        53,
        53,
        "mmol/mol",
    ),
    (".html", "<p>Keep SpO<sub>2</sub> above 94%.</p>", "above 94%", 94, None, "percent"),
    (".md", "The stay lasts one day.", "one day", 1, 1, "day"),
    (".md", "They fasted for one day.", "one day", 1, 1, "day"),
    (".md", "In phase 3, 412 patients enrolled.", "412 patients", 412, 412, "patients"),
    (
        ".md",
        "Deaths from COVID-19 and 7 other infections were counted.",
        "7 other infections",
        7,
        7,
        "other infections",
    ),
    (".md", "Type 2 diabetes affects 9% of adults.", "9%", 9, 9, "percent"),
    (".md", "HPV 16 and 18 cause 70% of cases.", "70%", 70, 70, "percent"),
    (".md", "Symptoms lasted 2-3 days.", "2-3 days", 2, 3, "day"),
    (".md", "Of the children, 61% improved (CGI-I 1 or 2).", "61%", 61, 61, "percent"),
]


def _cases(table: dict[str, list]) -> list:
    return [
        pytest.param(kind, case, id=f"{kind}-{i}")
        for kind, cases in table.items()
        for i, case in enumerate(cases)
    ]


def _quantities(suffix: str, sentence: str) -> tuple[str, list[dict]]:
    """The file's text and every quantity extracted from it, as the JSON contract has it."""
    raw = sentence + "\n"
    document = read_document(f"draft{suffix}", raw.encode("utf-8"))
    [(_, claims)] = list(extract_claims([document]))
    return raw, [q.to_dict() for claim in claims for q in claim.quantities]


@pytest.mark.parametrize(("kind", "case"), _cases(DROPPED))
def test_name_or_idiom_is_no_quantity(kind: str, case: tuple[str, str]) -> None:
    _, found = _quantities(*case)
    assert found == [], f"{kind}: {[q['text'] for q in found]}"


@pytest.mark.parametrize("case", KEPT, ids=[case[2] for case in KEPT])
def test_figure_beside_a_name_is_still_read(case: tuple) -> None:
    suffix, sentence, written, low, high, unit = case
    raw, found = _quantities(suffix, sentence)
    assert [q["text"] for q in found] == [written]
    quantity = found[0]
    assert raw[quantity["start"] : quantity["end"]] == written
    assert quantity["low"] == pytest.approx(low)
    assert quantity["high"] == (None if high is None else pytest.approx(high))
    assert quantity["unit"] == unit


def test_names_get_no_cc102_in_lint(tmp_path: Path) -> None:
    """One lint run with the shipped registry over every dropped form, each its own draft."""
    for index, (suffix, sentence) in enumerate(
        case for cases in DROPPED.values() for case in cases
    ):
        (tmp_path / f"page{index}{suffix}").write_text(sentence + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["lint", "--registry", str(REPO / "claims"), "--format", "json", str(tmp_path)],
        catch_exceptions=False,
    )
    findings = json.loads(result.stdout)["findings"]
    assert [f["message"] for f in findings if f["code"].startswith("CC1")] == []


def test_subscript_is_glued_to_its_name_in_the_analysis_text() -> None:
    """The registry's subject words see ``HbA1c`` as one word, as a plain-text draft has it."""
    raw = "<p>HbA<sub>1c</sub> and SpO<sub>2</sub> were low.</p>\n"
    document = read_document("page.html", raw.encode("utf-8"))
    assert len(document.analysis) == len(raw)
    assert "HbA1c" in document.analysis
    assert "SpO2" in document.analysis
