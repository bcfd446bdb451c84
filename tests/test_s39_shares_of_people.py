"""n of N people, as a user reads it in ``claimcheck extract --format json`` and ``lint``.

A count of people over their whole is a share: ``45/60 patients`` is the proportion 0.75, and
a count restated with its percentage in brackets is one figure, the percentage as its writer
rounded it (``30/40 women (75%)`` is 75%), the count being its support. A bare count's share
is exact, so it is judged against a rounded source by that source's rounding: ``27/33``
(81.8%) is the registry's 82%, but ``44/60`` (73.3%) is not its 75%. A slash that is a date,
a blood pressure, a score, weeks of a pregnancy or a label in a table's header row is no
share. Odds keep their percentage (``about 1 in 25 (4.0%)``: two figures, as before).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig
from verdict_helpers import approved_claim, by_figure, registry_linter

BARE_SHARES = [
    ("In the trial, 45/60 patients improved.", [fig("45/60", 0.75, unit="proportion")]),
    (
        "Side effects were reported by 14/56 respondents.",
        [fig("14/56", 0.25, unit="proportion")],
    ),
    ("Remission was reached in 5/8 subjects.", [fig("5/8", 0.625, unit="proportion")]),
    ("Relapse occurred in 3/17 cases.", [fig("3/17", 3 / 17, unit="proportion")]),
    ("Of the cohort, 30/40 women responded.", [fig("30/40", 0.75, unit="proportion")]),
    ("Symptoms cleared in 7/9 children by day five.", [fig("7/9", 7 / 9, unit="proportion")]),
    ("Only 11/48 responders relapsed.", [fig("11/48", 11 / 48, unit="proportion")]),
    (
        "A rash was seen in 112/150 participants.",
        [fig("112/150", 112 / 150, unit="proportion")],
    ),
    (
        "In all, 1,234/2,000 adults were vaccinated.",
        [fig("1,234/2,000", 0.617, unit="proportion")],
    ),
    (
        "Nearly 19/23 men finished the course.",
        [fig("Nearly 19/23", 19 / 23, unit="proportion", approx=True)],
    ),
]

COUNT_OF_WITH_PERCENT = [
    ("In LUMOS, 18 of 24 participants (75%) improved.", "18 of 24 participants (75%)", 75.0),
    ("In LUMOS, 14 of 20 respondents (70%) agreed.", "14 of 20 respondents (70%)", 70.0),
    ("In LUMOS, 9 out of 12 patients (75%) responded.", "9 out of 12 patients (75%)", 75.0),
    ("In 2023, 27 147 of 33 839 (80%) women were screened.", "27 147 of 33 839 (80%)", 80.0),
    ("In LUMOS, 2 of 3 children (66.7%) recovered.", "2 of 3 children (66.7%)", 66.7),
    ("In LUMOS, 18 of 24 (75%) participants improved.", "18 of 24 (75%)", 75.0),
    ("In LUMOS, 2 of 3 adults (66%) relapsed.", "2 of 3 adults (66%)", 66.0),
    ("In LUMOS, 45 of 60 patients [75%] improved.", "45 of 60 patients [75%]", 75.0),
    ("In LUMOS, 150 of 224 patients (67.0%) healed.", "150 of 224 patients (67.0%)", 67.0),
]

SLASH_WITH_PERCENT = [
    ("In LUMOS, 30/40 women (75%) responded.", "30/40 women (75%)", 75.0),
    ("In LUMOS, 27/33 patients (82%) responded.", "27/33 patients (82%)", 82.0),
    ("The response rate was 18/24 (75%).", "18/24 (75%)", 75.0),
    ("In LUMOS, 45/60 patients [75%] improved.", "45/60 patients [75%]", 75.0),
    ("In LUMOS, 45/60 patients (i.e. 75%) improved.", "45/60 patients (i.e. 75%)", 75.0),
    ("In LUMOS, 2/3 patients (66%) improved.", "2/3 patients (66%)", 66.0),
    ("In LUMOS, 112/150 patients (75%) improved.", "112/150 patients (75%)", 75.0),
    ("In LUMOS, 14/56 respondents (25%) agreed.", "14/56 respondents (25%)", 25.0),
    ("In LUMOS, 1,234/2,000 adults (61.7%) were vaccinated.", "1,234/2,000 adults (61.7%)", 61.7),
]

PERCENT_THEN_COUNT = [
    ("In LUMOS, 75% (45 of 60 patients) improved.", "75%", 75.0),
    ("In LUMOS, 75% (45/60 patients) improved.", "75%", 75.0),
    ("In LUMOS, 75% (45 of 60) improved.", "75%", 75.0),
    ("In LUMOS, 82% (27/33) of patients responded.", "82%", 82.0),
]

CI = {"kind": "CI", "value": None, "low": 62.0, "high": 85.0, "level": 95.0}
WITH_ITS_INTERVAL = [
    (
        "In LUMOS, 45/60 patients (75%, 95% CI 62–85) improved.",
        [fig("75%", 75.0, unit="percent", spread=CI)],
    ),
    (
        "In LUMOS, 45 of 60 women (75%; 95% CI 62–85) improved.",
        [fig("75%", 75.0, unit="percent", spread=CI)],
    ),
]

NOT_SHARES = [
    (
        "Her blood pressure was 130/80 mmHg at rest.",
        [fig("130", 130.0, unit="mmHg", role="systolic"), fig("80 mmHg", 80.0, unit="mmHg")],
    ),
    ("BP 135/85 at the clinic.", [fig("135", 135.0, role="systolic"), fig("85", 85.0)]),
    ("She scored 24/30 on the MMSE.", [fig("24/30", 24.0, unit=None, kind="number")]),
    (
        "At 30/40 women are offered a glucose tolerance test.",
        [fig("30/40", 30.0, unit="week", kind="duration")],
    ),
    (
        "From 28/40 women should sleep on their side.",
        [fig("28/40", 28.0, unit="week", kind="duration")],
    ),
    (
        "By 36/40 mothers are asked about the baby's position.",
        [fig("36/40", 36.0, unit="week", kind="duration")],
    ),
    ("On 1/12 patients were seen in the new clinic.", []),
    ("In 3/2020 patients were recalled for review.", []),
    (
        "Pain scores fell from 7/10 to 3/10.",
        [fig("7/10", 7.0, role="before"), fig("3/10", 3.0, role="after")],
    ),
    (
        "Colorectal cancer affects about 1 in 25 (4.0%) people.",
        [
            fig("about 1 in 25", 0.04, unit="proportion", approx=True),
            fig("4.0%", 4.0, unit="percent"),
        ],
    ),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    texts = [text for text, _ in BARE_SHARES + WITH_ITS_INTERVAL + NOT_SHARES]
    texts += [text for text, _, _ in COUNT_OF_WITH_PERCENT + SLASH_WITH_PERCENT]
    texts += [text for text, _, _ in PERCENT_THEN_COUNT]
    return extract_paragraphs(tmp_path_factory.mktemp("shares_of_people"), texts)


@pytest.mark.parametrize(("text", "expected"), BARE_SHARES)
def test_a_bare_count_of_people_is_its_share(readings, text, expected):
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "surface", "percent"), COUNT_OF_WITH_PERCENT + SLASH_WITH_PERCENT)
def test_a_count_with_its_percentage_is_the_percentage_as_written(readings, text, surface, percent):
    assert_read_as(readings[text], text, [fig(surface, percent, unit="percent")])


@pytest.mark.parametrize(("text", "surface", "percent"), PERCENT_THEN_COUNT)
def test_a_percentage_with_its_count_after_it_is_the_percentage(readings, text, surface, percent):
    assert_read_as(readings[text], text, [fig(surface, percent, unit="percent")])


@pytest.mark.parametrize(("text", "expected"), WITH_ITS_INTERVAL)
def test_a_percentage_with_its_interval_keeps_it_and_drops_the_count(readings, text, expected):
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), NOT_SHARES)
def test_a_slash_that_is_no_count_of_people_is_no_share(readings, text, expected):
    assert_read_as(readings[text], text, expected)


def _table_figures(tmp_path, extract_json, table: str) -> list[tuple[int, str, str | None]]:
    draft = tmp_path / "page.md"
    draft.write_text(table, encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    return [(q["line"], q["text"], q["unit"]) for c in claims for q in c["quantities"]]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("| Offered | 30/40 women | 36/40 women |", "| Glucose test | 412 | 388 |"),
        ("| Ratio | 1/2 patients | 2/3 patients |", "| Dose | 10 mg | 20 mg |"),
    ],
)
def test_a_slash_in_a_table_header_row_is_no_share(tmp_path, extract_json, header, row):
    table = f"{header}\n|---|---|---|\n{row}\n"
    assert all(line == 3 for line, _text, _unit in _table_figures(tmp_path, extract_json, table))


def test_a_count_in_a_table_body_is_still_a_share(tmp_path, extract_json):
    table = "| Arm | Responders |\n|---|---|\n| Drug | 45/60 patients |\n"
    assert _table_figures(tmp_path, extract_json, table) == [(3, "45/60", "proportion")]


REGISTRY = "".join(
    approved_claim(
        f"{trial.lower()}-response",
        f"In the {trial} trial, {value}% of patients responded to treatment.",
        value,
        trial,
        "patients, responded, response",
    )
    for trial, value in (("LUMOS", 75), ("ORION", 82), ("VEGA", 81.8), ("LYRA", 67))
)


@pytest.fixture
def lint_page(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)
    return lambda text: by_figure(findings("page.md", text + "\n"))


@pytest.mark.parametrize(
    "text",
    [
        "In the LUMOS trial, 45/60 patients responded to treatment.",
        "In the LUMOS trial, 45 of 60 patients responded to treatment.",
        "In the ORION trial, 27/33 patients responded to treatment.",
        "In the VEGA trial, 27/33 patients responded to treatment.",
        "In the LYRA trial, 2/3 patients responded to treatment.",
        "In the LYRA trial, 20/30 patients responded to treatment.",
        "In the ORION trial, 27/33 patients (82%) responded to treatment.",
        "In the LUMOS trial, 30/40 women (75%) responded to treatment.",
        "In the LUMOS trial, 75% (45 of 60 patients) responded to treatment.",
        "In the ORION trial, 112/137 patients responded to treatment.",
    ],
)
def test_a_count_that_rounds_to_the_source_is_supported(lint_page, text):
    assert lint_page(text) == {}


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        ("In the LUMOS trial, 44/60 patients responded to treatment.", "44/60", "lumos"),
        ("In the LUMOS trial, 46 of 60 patients responded to treatment.", "46 of 60", "lumos"),
        ("In the ORION trial, 26/33 patients responded to treatment.", "26/33", "orion"),
        ("In the VEGA trial, 28/33 patients responded to treatment.", "28/33", "vega"),
    ],
)
def test_a_count_that_does_not_round_to_the_source_conflicts(lint_page, text, figure, claim):
    assert lint_page(text) == {figure: ("CC101", f"{claim}-response")}


def test_a_percentage_its_count_does_not_round_to_stays_apart(tmp_path, run_cli):
    """``27/33 patients (80%)``: 27/33 is 81.8%, so the 80% restates nothing: the count is
    the source's 82%, and the 80% is wrong against both the claim and the count."""
    lint = registry_linter(tmp_path, run_cli, REGISTRY)
    findings = lint("page.md", "In the ORION trial, 27/33 patients (80%) responded.\n")
    assert sorted((f["code"], f["message"].split('"')[1]) for f in findings) == [
        ("CC101", "80%"),
        ("CC402", "80%"),
    ]


def test_registry_quotes_of_counts_state_their_percentages(tmp_path, run_cli):
    folder = tmp_path / "claims"
    folder.mkdir()
    quotes = {
        75: "Of 150 patients, 112/150 patients (75%) responded",
        82: "a response in 27/33 patients at week 12",
        67: "healing in 150 of 224 patients (67.0%) receiving it",
    }
    (folder / "claims.yaml").write_text(
        "".join(
            approved_claim(f"claim-{value}", quote, value, "LUMOS", "patients")
            for value, quote in quotes.items()
        ),
        encoding="utf-8",
    )
    result = run_cli("registry", "check", folder)
    assert result.exit_code == 0, result.stdout + result.stderr
