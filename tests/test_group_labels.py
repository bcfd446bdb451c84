"""Group labels (issue 11, kind 13): ``women aged 38–40``, ``adults over 65``, ``stage 3`` name
who a figure is about. They are kept on the claim as ``groups`` (JSON contract) with their
interval, and are never figures themselves: no quantity, no CC102, no ``registry suggest``
stub. Look-alikes that are figures (a weight, a percentage, a period) are still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

REPO = Path(__file__).resolve().parent.parent
INF = None

# sentence, group as written, low, high, low_inclusive, high_inclusive, unit, noun, the figure
Case = tuple[str, str, float | None, float | None, bool, bool, str, str | None, str]
GROUPS: dict[str, list[Case]] = {
    "noun, a verb 'to be' and comparator": [
        (
            "In the cohort, 41% of them were over 75.",
            "them were over 75",
            75,
            INF,
            False,
            True,
            "year",
            "them",
            "41%",
        ),
        (
            "Nearly 30% of patients were under 40.",
            "patients were under 40",
            INF,
            40,
            True,
            False,
            "year",
            "patients",
            "30%",
        ),
        (
            "Most donors were under 30, and 12% gave twice.",
            "donors were under 30",
            INF,
            30,
            True,
            False,
            "year",
            "donors",
            "12%",
        ),
    ],
    "noun and comparator": [
        (
            "Women over 40 had a 23% success rate.",
            "Women over 40",
            40,
            INF,
            False,
            True,
            "year",
            "women",
            "23%",
        ),
        (
            "Of patients under 30, 61% conceived.",
            "patients under 30",
            INF,
            30,
            True,
            False,
            "year",
            "patients",
            "61%",
        ),
        (
            "Risk was 4% in those older than 70.",
            "those older than 70",
            70,
            INF,
            False,
            True,
            "year",
            "those",
            "4%",
        ),
        (
            "Smokers younger than 25 quit at 18%.",
            "Smokers younger than 25",
            INF,
            25,
            True,
            False,
            "year",
            "smokers",
            "18%",
        ),
        (
            "Adults ≥50 years had 2 doses.",
            "Adults ≥50 years",
            50,
            INF,
            True,
            True,
            "year",
            "adults",
            "2 doses",
        ),
        (
            "Infants under 6 months made up 12% of cases.",
            "Infants under 6 months",
            INF,
            6,
            True,
            False,
            "month",
            "infants",
            "12%",
        ),
        (
            "Children less than 2 years old had 3 visits.",
            "Children less than 2 years old",
            INF,
            2,
            True,
            False,
            "year",
            "children",
            "3 visits",
        ),
    ],
    "aged": [
        (
            "Women aged 30–34 had a 41% rate.",
            "Women aged 30–34",
            30,
            34,
            True,
            True,
            "year",
            "women",
            "41%",
        ),
        (
            "Men aged 40 to 44 made up 9% of donors.",
            "Men aged 40 to 44",
            40,
            44,
            True,
            True,
            "year",
            "men",
            "9%",
        ),
        (
            "Adults aged 50 and over need 2 doses.",
            "Adults aged 50 and over",
            50,
            INF,
            True,
            True,
            "year",
            "adults",
            "2 doses",
        ),
        (
            "Uptake was 70% in people aged between 20 and 29.",
            "people aged between 20 and 29",
            20,
            29,
            True,
            True,
            "year",
            "people",
            "70%",
        ),
        (
            "Teens aged 12-17 took part in 3 sessions.",
            "Teens aged 12-17",
            12,
            17,
            True,
            True,
            "year",
            "teens",
            "3 sessions",
        ),
        (
            "Cover is 95% for those aged 65 years or older.",
            "those aged 65 years or older",
            65,
            INF,
            True,
            True,
            "year",
            "those",
            "95%",
        ),
    ],
    "noun and between": [
        (
            "Women between 25 and 64 are offered a test; 72% take it.",
            "Women between 25 and 64",
            25,
            64,
            True,
            True,
            "year",
            "women",
            "72%",
        ),
        (
            "Men between 50 and 69 can ask for a PSA test, and 8% do.",
            "Men between 50 and 69",
            50,
            69,
            True,
            True,
            "year",
            "men",
            "8%",
        ),
    ],
    "noun, will be, comparator": [
        (
            "By 2050, 22% of people will be over 60.",
            "over 60",
            60,
            INF,
            False,
            True,
            "year",
            None,
            "22%",
        ),
    ],
    "aged, the dash lost": [
        (
            "Women aged 18 45 had a 31% response.",
            "Women aged 18 45",
            18,
            45,
            True,
            True,
            "year",
            "women",
            "31%",
        ),
        (
            "Of adults aged 40 74, 9% were screened.",
            "adults aged 40 74",
            40,
            74,
            True,
            True,
            "year",
            "adults",
            "9%",
        ),
        (
            "Those aged 50 69 years took part, 61% of them twice.",
            "Those aged 50 69 years",
            50,
            69,
            True,
            True,
            "year",
            "those",
            "61%",
        ),
        (
            "Children ages 12 17 made up 14% of visits.",
            "Children ages 12 17",
            12,
            17,
            True,
            True,
            "year",
            "children",
            "14%",
        ),
        (
            "Patients aged\u00a065 100 had a 7% death rate.",
            "Patients aged\u00a065 100",
            65,
            100,
            True,
            True,
            "year",
            "patients",
            "7%",
        ),
    ],
    "the age of": [
        (
            "Screening is offered to 80% of women over the age of 75.",
            "women over the age of 75",
            75,
            INF,
            False,
            True,
            "year",
            "women",
            "80%",
        ),
        (
            "Children under the age of 2 had 5% more infections.",
            "Children under the age of 2",
            INF,
            2,
            True,
            False,
            "year",
            "children",
            "5%",
        ),
        (
            "Between the ages of 16 and 24, 30% smoke.",
            "Between the ages of 16 and 24",
            16,
            24,
            True,
            True,
            "year",
            None,
            "30%",
        ),
        (
            "From age 50, the risk is 1 in 8.",
            "From age 50",
            50,
            INF,
            True,
            True,
            "year",
            None,
            "1 in 8",
        ),
        (
            "After the age of 40, success falls to 12%.",
            "After the age of 40",
            40,
            INF,
            False,
            True,
            "year",
            None,
            "12%",
        ),
        (
            "At age 35, fertility is 15% lower.",
            "At age 35",
            35,
            35,
            True,
            True,
            "year",
            None,
            "15%",
        ),
    ],
    "comparator after": [
        (
            "People 70 and older had 3 times the risk.",
            "People 70 and older",
            70,
            INF,
            True,
            True,
            "year",
            "people",
            "3 times",
        ),
        (
            "Women 45 or over made up 6% of patients.",
            "Women 45 or over",
            45,
            INF,
            True,
            True,
            "year",
            "women",
            "6%",
        ),
        ("Men 60+ had a 20% lower rate.", "Men 60+", 60, INF, True, True, "year", "men", "20%"),
        (
            "Children 12 and under paid $40.",
            "Children 12 and under",
            INF,
            12,
            True,
            True,
            "year",
            "children",
            "$40",
        ),
        (
            "Adults 80 years and older had 2 falls.",
            "Adults 80 years and older",
            80,
            INF,
            True,
            True,
            "year",
            "adults",
            "2 falls",
        ),
        (
            "Adults 18–64 years got 1 dose in 90% of cases.",
            "Adults 18–64 years",
            18,
            64,
            True,
            True,
            "year",
            "adults",
            "90%",
        ),
    ],
    "decades": [
        (
            "Women in their 40s had a 9% rate.",
            "Women in their 40s",
            40,
            49,
            True,
            True,
            "year",
            "women",
            "9%",
        ),
        (
            "Men in their early sixties made up 14% of cases.",
            "Men in their early sixties",
            60,
            63,
            True,
            True,
            "year",
            "men",
            "14%",
        ),
        (
            "Patients in their late 20s did best, at 52%.",
            "Patients in their late 20s",
            27,
            29,
            True,
            True,
            "year",
            "patients",
            "52%",
        ),
        (
            "Mothers in their thirties gave 3 reasons.",
            "Mothers in their thirties",
            30,
            39,
            True,
            True,
            "year",
            "mothers",
            "3 reasons",
        ),
        (
            "Anyone in their mid-50s saw 8% gains.",
            "Anyone in their mid-50s",
            54,
            56,
            True,
            True,
            "year",
            "anyone",
            "8%",
        ),
    ],
    "over-Ns and year-olds": [
        (
            "Over-50s make up 35% of our patients.",
            "Over-50s",
            50,
            INF,
            False,
            True,
            "year",
            None,
            "35%",
        ),
        (
            "Under-18s paid nothing for 2 visits.",
            "Under-18s",
            INF,
            18,
            True,
            False,
            "year",
            None,
            "2 visits",
        ),
        (
            "The over-seventies had 4% more falls.",
            "over-seventies",
            70,
            INF,
            False,
            True,
            "year",
            None,
            "4%",
        ),
        (
            "Among 35-year-olds, 25% conceived.",
            "35-year-olds",
            35,
            35,
            True,
            True,
            "year",
            None,
            "25%",
        ),
        (
            "Of 16- to 18-year-olds, 40% vaped.",
            "16- to 18-year-olds",
            16,
            18,
            True,
            True,
            "year",
            None,
            "40%",
        ),
        ("Uptake among under 5s was 88%.", "under 5s", INF, 5, True, False, "year", None, "88%"),
    ],
    "stages": [
        (
            "In stage 2 breast cancer, 5-year survival is 93%.",
            "stage 2",
            2,
            2,
            True,
            True,
            "stage",
            None,
            "93%",
        ),
        (
            "Stage IV disease had a 28% response.",
            "Stage IV",
            4,
            4,
            True,
            True,
            "stage",
            None,
            "28%",
        ),
        ("For stages 1–2, 90% were cured.", "stages 1–2", 1, 2, True, True, "stage", None, "90%"),
        (
            "Patients with stage 3B tumours had 11 months.",
            "stage 3B",
            3,
            3,
            True,
            True,
            "stage",
            None,
            "11 months",
        ),
        (
            "Stage 0 lesions recurred in 6% of women.",
            "Stage 0",
            0,
            0,
            True,
            True,
            "stage",
            None,
            "6%",
        ),
    ],
    "at an age": [
        (
            "At 30, about 20% of women conceive each month.",
            "30",
            30,
            30,
            True,
            True,
            "year",
            None,
            "about 20%",
        ),
        (
            "At 40–42 it leads to a birth in 11% of transfers.",
            "40–42",
            40,
            42,
            True,
            True,
            "year",
            None,
            "11%",
        ),
        (
            "Most conceive quickly; at 35 a woman has a 15% chance.",
            "35",
            35,
            35,
            True,
            True,
            "year",
            None,
            "15%",
        ),
        (
            "Patients treated at 65 or later had 9% fewer falls.",
            "65",
            65,
            65,
            True,
            True,
            "year",
            None,
            "9%",
        ),
        (
            "Screening women at 50, the usual start, finds 4% positive.",
            "50",
            50,
            50,
            True,
            True,
            "year",
            None,
            "4%",
        ),
    ],  # fmt: skip
}

# sentences whose number near a population word IS a figure: no group label, the figure read
NOT_GROUPS: list[tuple[str, str]] = [
    ("Women over 50 kg had fewer side effects.", "over 50 kg"),
    ("Patients under 5% body fat were excluded.", "under 5%"),
    ("We followed 300 women over 20 years.", "300 women"),
    ("Patients over 2 years after surgery did well.", "2 years"),
    ("A 40-year-old woman was treated.", "40-year-old"),
    ("Patients more than 2 years out had 3 visits.", "3 visits"),
    ("At this stage 40 patients had responded.", "40 patients"),
    ("Stage 2: recruit 60 volunteers.", "60 volunteers"),
    ("The clinic saw patients at 30 sites.", "30 sites"),
    ("The index closed at 30, up 2%.", "30"),
    ("The dose was held at 40 mg for women.", "40 mg"),
]


def _cases() -> list:
    return [
        pytest.param(case, id=f"{kind}-{i}")
        for kind, cases in GROUPS.items()
        for i, case in enumerate(cases)
    ]


def _extract(tmp_path: Path, sentence: str) -> tuple[str, dict]:
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(draft)])
    assert result.exit_code == 0, result.stderr
    [claim] = json.loads(result.stdout)["documents"][0]["claims"]
    return draft.read_text(encoding="utf-8"), claim


@pytest.mark.parametrize("case", _cases())
def test_group_label_is_kept_on_the_claim(tmp_path: Path, case: Case) -> None:
    sentence, written, low, high, low_inc, high_inc, unit, noun, _figure = case
    raw, claim = _extract(tmp_path, sentence)
    [group] = claim["groups"]
    assert group["text"] == written
    assert raw[group["start"] : group["end"]] == written
    assert (group["low"], group["high"]) == (low, high)
    assert (group["low_inclusive"], group["high_inclusive"]) == (low_inc, high_inc)
    assert (group["unit"], group["noun"]) == (unit, noun)
    assert (group["line"], group["col"]) == (1, raw.index(written) + 1)


@pytest.mark.parametrize("case", _cases())
def test_group_label_is_no_figure_but_its_claim_figure_is(tmp_path: Path, case: Case) -> None:
    sentence, written, *_, figure = case
    raw, claim = _extract(tmp_path, sentence)
    texts = [q["text"] for q in claim["quantities"]]
    assert figure in " | ".join(texts), texts
    start = raw.index(written)
    end = start + len(written)
    assert all(q["end"] <= start or q["start"] >= end for q in claim["quantities"]), texts


@pytest.mark.parametrize(("sentence", "figure"), NOT_GROUPS)
def test_look_alike_is_a_figure_not_a_group(tmp_path: Path, sentence: str, figure: str) -> None:
    _, claim = _extract(tmp_path, sentence)
    assert claim["groups"] == []
    assert any(figure in q["text"] for q in claim["quantities"]), claim["quantities"]


@pytest.fixture(scope="module")
def draft_of_all(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("groups")
    draft = folder / "page.md"
    sentences = [case[0] for cases in GROUPS.values() for case in cases]
    draft.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    return draft


def _group_spans(raw: str) -> list[tuple[int, int]]:
    """Where each case's group label sits in the draft of all cases."""
    spans = []
    for cases in GROUPS.values():
        for sentence, written, *_ in cases:
            start = raw.index(sentence) + sentence.index(written)
            spans.append((start, start + len(written)))
    return spans


def test_lint_flags_the_figure_never_the_group(draft_of_all: Path) -> None:
    result = CliRunner().invoke(
        main, ["lint", "--registry", str(REPO / "claims"), "--format", "json", str(draft_of_all)]
    )
    findings = json.loads(result.stdout)["findings"]
    raw = draft_of_all.read_text(encoding="utf-8")
    unsupported = [(f["start"], f["end"]) for f in findings if f["code"] == "CC102"]
    for start, end in unsupported:
        for g_start, g_end in _group_spans(raw):
            assert end <= g_start or start >= g_end, raw[start:end]
    figures = [raw[start:end] for start, end in unsupported]
    assert "23%" in figures and "2 doses" in figures


def test_registry_suggest_drafts_no_stub_for_a_group(draft_of_all: Path) -> None:
    result = CliRunner().invoke(
        main, ["registry", "suggest", "--registry", str(REPO / "claims"), str(draft_of_all)]
    )
    values = [line.strip() for line in result.stdout.splitlines() if "value:" in line]
    assert "value: {value: 23, unit: percent}" in values
    # every group is bounded on one side or is an age or a stage; no figure here is
    assert not [v for v in values if v.startswith(("value: {low:", "value: {high:"))]
    assert not [v for v in values if "unit: stage" in v]
    # "5-year survival" is the timepoint of its figure, no stub of its own (README, Timepoints)
    assert [v for v in values if "unit: year" in v] == []


@pytest.mark.parametrize(
    ("sentence", "written", "figure"),
    [
        ("Donors aged 40 50% more often gave blood.", "Donors aged 40", "50%"),
        ("Among men aged 65 12 patients were seen.", "men aged 65", "12 patients"),
        ("Women aged 45 30 times a year had scans.", "Women aged 45", "30 times a year"),
        ("Patients aged 70 1,200 in all, were seen.", "Patients aged 70", "1,200"),
    ],
)
def test_spaced_number_after_an_age_that_is_no_far_end(
    tmp_path: Path, sentence: str, written: str, figure: str
) -> None:
    """``aged 18 65`` is a group 18–65 whose dash was lost, but a number after ``aged N`` that
    is lower, or has a figure's unit, is its own figure and the group stays a point."""
    _, claim = _extract(tmp_path, sentence)
    [group] = claim["groups"]
    assert group["text"] == written
    assert figure in [q["text"] for q in claim["quantities"]]
