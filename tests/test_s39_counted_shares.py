"""A count of a whole restated as its percentage is one figure, the percentage as written
(session 39, redoing session 38's reverted reading).

``30/40 women (75%) responded`` was two figures (0.75 "women" and 75%), and a wrong pair
two findings; ``30/40 women`` alone was 0.75 women, no share, so no claim backed it. The
first attempt read the pair as the computed share, so a registry quote ``27 147 of 33 839
(80%)`` stated 80.22%, not the claim's 80%, and ``registry check`` refused valid claims: the
figure is now the percentage as its writer rounded it."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = approved_claim(
    "lumos-response",
    "In the LUMOS trial, 75% of women responded to treatment.",
    75,
    "LUMOS",
    "women, responded, response",
)

lint_counts = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "In the LUMOS trial, 30/40 women (75%) responded to treatment.",
        "In the LUMOS trial, 30/40 women responded to treatment.",
        "In LUMOS, 30 of 40 women (75%) responded.",
        "In LUMOS, 30 out of 40 women (75.0%) responded to treatment.",
    ],
)
def test_a_count_and_its_percentage_pass_as_one(lint_counts, text):
    assert lint_counts(text) == {}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In the LUMOS trial, 24/40 women (60%) responded to treatment.", "24/40 women (60%)"),
        ("In LUMOS, 24 of 40 women (60%) responded.", "24 of 40 women (60%)"),
        ("In the LUMOS trial, 24/40 women responded to treatment.", "24/40"),
    ],
)
def test_a_wrong_count_is_one_conflict(tmp_path, run_cli, text, figure):
    from verdict_helpers import registry_linter

    findings = registry_linter(tmp_path, run_cli, REGISTRY)("page.md", text + "\n")
    assert [(f["code"], f["message"].split('"')[1]) for f in findings] == [("CC101", figure)]


def test_a_registry_quote_states_the_percentage_as_written(tmp_path, run_cli):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "claims.yaml").write_text(
        """\
- id: screening-uptake
  statement: Cervical screening reached 80% of eligible women in Westland in 2023.
  subject: [cervical screening]
  context: [Westland, eligible women, uptake]
  value: {value: 80, unit: percent}
  sources:
    - citation: Westland screening report 2024
      quote: "27 147 of 33 839 (80%) eligible women were screened"
  status: approved
""",
        encoding="utf-8",
    )
    result = run_cli("registry", "check", folder)
    assert result.exit_code == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("text", "figure", "share"),
    [
        ("One Westland adult in twelve has asthma today.", "One Westland adult in twelve", 1 / 12),
        ("One older woman in three will break a bone.", "One older woman in three", 1 / 3),
        ("One UK child in 8 lives with a long-term condition.", "One UK child in 8", 1 / 8),
    ],
)
def test_one_person_in_n_with_a_word_before_the_noun(tmp_path, extract_json, text, figure, share):
    draft = tmp_path / "page.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    read = [(q["text"], q["low"], q["unit"]) for c in claims for q in c["quantities"]]
    assert read == [(figure, pytest.approx(share), "proportion")]
