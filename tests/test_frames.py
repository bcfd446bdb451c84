"""Issue 12's table: each figure is judged against its own claim, found through its frame
(its clause, measure, stage, year, table headers), with the shipped registry (claims/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

ROWS = [
    (
        "Hepatitis B causes 20% of liver cancers and hepatitis C a further 56%.\n",
        {"20%": ("CC101", "hbv-attributable-liver-cancer"),
         "56%": ("CC101", "hcv-attributable-liver-cancer")},
    ),
    (
        "About 75% of primary liver cancers are HCC and 10–15% are intrahepatic "
        "cholangiocarcinoma.\n",
        {},
    ),
    (
        "Localized liver cancer has a five-year survival of 3.1%; once it has spread to "
        "distant organs, 36.1% survive five years.\n",
        {"3.1%": ("CC101", "liver-cancer-five-year-survival-localized"),
         "36.1%": ("CC101", "liver-cancer-five-year-survival-distant")},
    ),
    (
        "In 2020 liver cancer killed 905,677 people and 830,180 new cases were diagnosed.\n",
        {"905,677 people": ("CC101", "liver-cancer-deaths-2020"),
         "830,180 new cases": ("CC101", "liver-cancer-new-cases-2020")},
    ),
    (
        "| Measure (2020) | Worldwide |\n|---|---|\n| New liver cancer cases | 830,180 |\n"
        "| Liver cancer deaths | 905,677 |\n",
        {"830,180": ("CC101", "liver-cancer-new-cases-2020"),
         "905,677": ("CC101", "liver-cancer-deaths-2020")},
    ),
    (
        "GPC3 is found in 95% of HCC.\n",
        {"95%": ("CC101", "gpc3-expression-hcc")},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_each_figure_is_judged_against_its_own_claim(tmp_path, run_cli, text, expected):
    draft = tmp_path / "page.md"
    draft.write_text(text, encoding="utf-8")
    result = run_cli(
        "lint", "--no-cache", "--registry", REPO / "claims", "--select", "CC1",
        "--format", "json", draft,
    )  # fmt: skip
    findings = json.loads(result.stdout)["findings"]
    got = {f["message"].split('"')[1]: (f["code"], f["registry_id"]) for f in findings}
    assert got == expected


def test_a_near_miss_says_why_it_was_ruled_out(tmp_path, run_cli):
    draft = tmp_path / "page.md"
    draft.write_text(
        "Once liver cancer has spread to distant organs, 36.1% survive five years.\n",
        encoding="utf-8",
    )
    result = run_cli("lint", "--no-cache", "--registry", REPO / "claims", "--select", "CC1", draft)
    assert "score 100" not in result.stdout


CLAIM = """- id: placebo-arm
  statement: Adults on placebo lost 2.4% of body weight.
  subject: [placebo arm]
  value: {{value: 2.4, unit: percent}}
  {extra}
  sources:
    - citation: "A trial report"
  status: approved
"""


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        ("group: [placebo]", None),
        ("timepoint: 68 weeks", None),
        ("timepoint: week 68", None),  # a trial's visit, as trials name them
        ("measure: deaths", None),
        ("group: [methadone]", None),  # a group in words: a name to say (test_group_names.py)
        ('group: [""]', "'group item' is empty"),
        ("group: [12]", "'group item' must be text, not a number"),
        ("group: [Western Pacific]", None),
        ("group: [8 weeks]", None),
        ("group: [monthly]", None),
        ("timepoint: soon", "timepoint 'soon' is not a duration"),
        ("measure: death", "measure 'death' is not one of"),
    ],
)
def test_registry_frame_fields_are_validated(tmp_path, run_cli, extra, error):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "a.yaml").write_text(CLAIM.format(extra=extra), encoding="utf-8")
    result = run_cli("registry", "check", folder)
    if error is None:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 2
        assert "a.yaml:5:" in result.output and error in result.output


def test_a_statement_figure_restated_beside_the_value_is_no_cc402(tmp_path, run_cli):
    # "One year" is another figure of the claim's statement ("alive at one year"), not a
    # second reading of its value: no CC402 against the 42%
    draft = tmp_path / "page.md"
    draft.write_text(
        "One year after CAR-GPC3 T cells, 42% of the patients were still alive.\n",
        encoding="utf-8",
    )
    result = run_cli("lint", "--no-cache", "--registry", REPO / "claims", draft)
    assert "CC402" not in result.stdout


@pytest.mark.parametrize(
    ("clause", "control"),
    [
        ("2.4% on placebo", True),
        ("in the usual care group, 12% relapsed", True),
        ("compared with placebo, 15% lost weight", False),
        ("when the cells were added to standard care, 30% responded", False),
        ("on top of usual care, 20% improved", False),
        # other comparison arms: observation, watchful waiting, a waiting list, a vehicle
        ("9.1% of those who were only observed went on to need surgery", True),
        ("in the observation group, 14% progressed", True),
        ("under watchful waiting 21% needed treatment within a year", True),
        ("of patients on the waiting list, 6% improved on their own", True),
        ("in the vehicle group, 6% cleared", True),
        ("compared with no treatment, 33% fewer had a relapse", False),
        ("12% of untreated patients relapsed", True),
    ],
)
def test_the_control_arm_is_read_only_where_the_figure_is_about_it(clause, control):
    from claimcheck.verify.frames import read_frame

    assert read_frame(clause).control is control


@pytest.mark.parametrize(
    ("figure", "claim", "contradicts"),
    [
        ("given as needed, 52% improved", "given monthly, 61% improved", True),
        ("with weekly injections, 14% lost weight", "with daily tablets, 14% lost weight", True),
        ("taken twice daily, 30% responded", "taken once daily, 30% responded", True),
        ("injected every 4 weeks, 40% responded", "given monthly, 40% responded", False),
        ("given once a day, 22% improved", "taken daily, 22% improved", False),
        ("22% improved", "given monthly, 22% improved", False),  # the page says nothing
    ],
)
def test_a_treatment_schedule_tells_trial_arms_apart(figure, claim, contradicts):
    from claimcheck.verify.frames import contradiction, read_frame

    why = contradiction(read_frame(figure), read_frame(claim))
    assert (why is not None) is contradicts, why
    if contradicts:
        assert why.startswith("it is about treatment given")


@pytest.mark.parametrize(
    ("clause", "change"),
    [
        ("Migraine is about 40% more common in women", True),
        ("smokers had a 30% higher risk of stroke", True),
        ("The drug led to 25% fewer admissions", True),
        ("Gout is 60% less likely after weight loss", True),
        ("About 40% of women get migraine", False),
        ("more than 40% of women get migraine", False),
        ("40% more than 12 months after diagnosis", False),
    ],
)
def test_a_percentage_followed_by_more_or_less_is_a_relative_difference(clause, change):
    from claimcheck.nlp.quantities import find_quantities
    from claimcheck.verify.frames import read_frame

    figure = next(q for q in find_quantities(clause) if q.unit == "percent")
    skip = (figure.start, figure.end)
    assert read_frame(clause, figure.unit, skip=skip).change is change
