"""`claimcheck registry suggest`: each stub names what its figure is about, as the matcher
looks for it (a noun phrase of the figure's own clause; never a function word, pronoun, verb,
unit or period; phrases that only count people last), and a rate per population keeps its
denominator as the stub's unit, however the rate is written."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent


def stubs_for(run_cli, tmp_path, text: str) -> list[dict]:
    page = tmp_path / "page.md"
    page.write_text(f"# A page\n\n{text}\n", encoding="utf-8")
    result = run_cli("registry", "suggest", "--registry", REPO / "claims", page)
    assert result.exit_code == 0, result.stderr
    return yaml.safe_load(result.stdout) or []


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a pronoun or a verb before the figure is no subject: the phrase it is about is
        ("If you are prescribed digoxin, you usually take 250 mcg each morning.", ["digoxin"]),
        ("Gout flares happen in 12% of those on the diet.", ["Gout flares"]),
        ("Asthma admissions are down from 8% in the spring.", ["Asthma admissions"]),
        # a generic noun after the figure gives way to what qualifies it
        ("Roughly 30% of patients with rosacea report eye symptoms.", ["rosacea", "patients"]),
        # a pronoun takes its sentence's subject, as the matcher reads it
        (
            "Iron deficiency is frequent: it occurs in 1 in 4 toddlers in some towns.",
            ["Iron deficiency", "toddlers"],
        ),
        # a place after "at" is where, not what (the registry's "cost" is a name it knows)
        ("A course of physiotherapy costs about €900 at a city clinic.", ["physiotherapy", "cost"]),
        # a unit or period is never the subject
        ("Sleep apnoea affects 9% of adults over a decade ago.", ["Sleep apnoea", "adults"]),
        # a verb before an article ends the phrase; a "6-week" figure measures its noun
        ("Our physio runs a 10-week class every winter.", ["class", "physio"]),
        # a count's own noun phrase names what is counted
        ("Our pharmacy gave 3,400 shingles jabs last year.", ["shingles jabs", "pharmacy"]),
    ],
)
def test_a_stub_names_the_noun_phrase_its_figure_is_about(run_cli, tmp_path, sentence, subject):
    (stub,) = stubs_for(run_cli, tmp_path, sentence)
    assert stub["subject"] == subject


@pytest.mark.parametrize(
    "control",
    [
        "<!-- claimcheck-disable-next-line unsupported -->",
        "<!-- claimcheck-disable-next-line CC102 -->",
        "<!-- claimcheck-disable-next-line -->",
    ],
)
def test_no_stub_for_a_figure_the_page_suppresses_inline(run_cli, tmp_path, control):
    text = (
        f"{control}\nOur surgery booked 2,300 smear tests last spring.\n\n"
        "Tooth decay affects 41% of children aged 8 in the borough."
    )
    stubs = stubs_for(run_cli, tmp_path, text)
    assert [stub["statement"] for stub in stubs] == [
        "Tooth decay affects 41% of children aged 8 in the borough."
    ]
    # lint agrees: the suppressed figure is no CC102, the other one is
    lint = run_cli("lint", "--registry", REPO / "claims", tmp_path / "page.md")
    assert '"41%"' in lint.stdout and "2,300" not in lint.stdout, lint.stdout


def test_no_stub_inside_a_disable_region(run_cli, tmp_path):
    text = (
        "<!-- claimcheck-disable CC1 -->\nOur surgery booked 2,300 smear tests last spring.\n"
        "<!-- claimcheck-enable CC1 -->\n\nTooth decay affects 41% of children in the borough."
    )
    stubs = stubs_for(run_cli, tmp_path, text)
    assert [stub["value"]["value"] for stub in stubs] == [41]


WEAK = {"you", "it", "they", "happens", "happen", "occurs", "prescribed", "down", "day", "mg"}


def test_no_stub_subject_is_a_function_word_verb_or_unit(run_cli, tmp_path):
    text = (
        "You take 2 tablets a day. It happens in 3% of visits. They recover in 10 days. "
        "Cases went down to 40 last year."
    )
    for stub in stubs_for(run_cli, tmp_path, text):
        assert not {word.lower() for word in stub["subject"]} & WEAK, stub


def test_a_table_cell_with_only_a_bound_and_a_unit_asks_for_a_subject(run_cli, tmp_path):
    table = (
        "| Stage | Systolic |\n|---|---|\n"
        "| Normal | below 120 mmHg |\n| High | 140 mmHg or higher |"
    )
    stubs = stubs_for(run_cli, tmp_path, table)
    assert stubs
    for stub in stubs:  # no "below", "higher" or "mmHg" stands in for what it is about
        assert not {word.lower() for word in stub["subject"]} & {"below", "higher", "mmhg"}, stub


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Kidney cancer incidence was 17.1 per 100,000 men in 2020.", "per 100,000"),
        ("Lyme disease incidence reached 9.8/100,000 in the region.", "per 100,000"),
        ("Lyme disease incidence reached 12/100,000 in the region.", "per 100,000"),
        ("Scarlet fever reached 4.2 per 100 000 children.", "per 100,000"),
        ("Stillbirths fell to 3.9 per 1,000 births.", "per 1,000"),
        ("Meningitis struck 21 people per million last year.", "people per 1,000,000"),
        ("Cholera killed 8 people per 100k residents.", "people per 100,000"),
        ("Hip fractures reached 5.1/1,000 in care homes.", "per 1,000"),
    ],
)
def test_a_rate_per_population_keeps_its_denominator(run_cli, tmp_path, sentence, unit):
    stubs = stubs_for(run_cli, tmp_path, sentence)
    assert [s["value"].get("unit") for s in stubs] == [unit]  # one stub: no denominator stub
    folder = tmp_path / "stubs"
    folder.mkdir()
    (folder / "s.yaml").write_text(yaml.safe_dump(stubs, sort_keys=False), encoding="utf-8")
    check = run_cli("registry", "check", folder)
    assert check.exit_code == 0, check.output  # a unit `registry check` understands
