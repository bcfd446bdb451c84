"""The wording rules by kind, as a user sees them in `claimcheck lint` output.

Each table row is one draft. Square brackets mark the words a finding must quote and where
it must point (line and column of the text output); a row without brackets must get no
wording finding (CC3xx) at all. Rows are our own sentences: positive ones in several
inflections and word orders, negative ones negated, hedged, or merely looking alike.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_lint import make_registry

from claimcheck.rules import parse_rules
from claimcheck.rules.words import TermSyntaxError, check_term, expand_term

OUTPUT_LINE = re.compile(r'^draft\.md:(\d+):(\d+): (CC\d{3}) \w+: "(.*?)"', re.MULTILINE)


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path, monkeypatch):
    """Drafts are linted by a relative path, as a user in the folder would."""
    monkeypatch.chdir(tmp_path)


def wording_findings(run_cli, tmp_path: Path, text: str) -> list[tuple[int, int, str, str]]:
    """(line, col, code, quoted words) of each CC3xx line `claimcheck lint` prints."""
    registry = tmp_path / "claims"
    if not registry.exists():
        make_registry(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text(text, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--registry", registry, "--select", "CC3", draft.name)
    assert result.exit_code in (0, 1), result.stderr
    return [(int(a), int(b), code, said) for a, b, code, said in OUTPUT_LINE.findall(result.stdout)]


def expected(code: str, row: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The draft a row stands for, and the finding its brackets mark (none without)."""
    text = row.replace("[", "").replace("]", "")
    if "[" not in row:
        return text, []
    before, rest = row.split("[", 1)
    said = rest.split("]", 1)[0]
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    return text, [(line, col, code, said)]


def check(run_cli, tmp_path, code: str, row: str) -> None:
    text, want = expected(code, row)
    assert wording_findings(run_cli, tmp_path, text + "\n") == want


# -- kind 11: relative effects in words (CC311) ------------------------------------------------

RELATIVE_IN_WORDS = [
    # verbs of multiplication, every form
    "The new inhaler [halves] the number of attacks.",
    "Regular walking [halved] the rate of falls in the study.",
    "Statins are credited with [halving] heart attacks.",
    "Heavy drinking [doubles the risk] of a second stroke.",
    "Night shifts [doubled the odds] of a late diagnosis.",
    "Smokers saw their risk [tripling] over a decade.",
    "Obesity [quadruples the chance] of needing a new knee.",
    "Stopping the drug early [could double] relapses.",
    # fractions after a change verb
    "The screening scheme cut bowel cancer deaths [by a third].",
    "The patch reduced cravings [by two-thirds].",
    "Hospital stays fell [by a quarter] after the change.",
    "Sharing the plan lowered readmissions [by half].",
    "The vaccine cut infections [in half].",
    "Infections among nurses dropped [by three quarters].",
    "Switching drugs lowered the relapse rate [by a factor of] three.",
    # multipliers in comparisons
    "Teenagers who vape are [twice as likely] to smoke later.",
    "Treated patients were [half as likely] to need surgery.",
    "Night workers carry [twice the risk] of burnout.",
    "Women had [double the rate] of side effects.",
    "Her chance of a reply was [twice higher] with the letter.",
    # figures: percent beside a change word, a multiple
    "Daily aspirin gave a [25%] lower risk of a second heart attack.",
    "Vaccinated children were [3 times] less likely to be admitted.",
    "Users saw a [two-thirds reduction] in symptoms.",
]

NOT_RELATIVE = [
    # negated
    "The new inhaler does not halve the number of attacks.",
    "Walking never doubled the risk of falls in any trial.",
    "Screening did not cut deaths by a third.",
    # absolute figures beside the relative ones
    "The vaccine halved infections, from 8% to 4% of children.",
    "Deaths fell by a third, from 30 per 1,000 to 20 per 1,000 patients a year.",
    # look-alikes: shares, sizes and clinical terms
    "Half the patients responded to the first dose.",
    "A third of adults have high blood pressure.",
    "The tumour doubling time was four months.",
    "A double-blind trial compared two doses.",
    "Triple-negative breast cancer is harder to treat.",
    "Take a double dose only if your doctor says so.",
    "Reduce the dose by a third if your kidneys are weak.",
    "Lower the dosage by 25% for children.",
    "Cut the tablet in half before you swallow it.",
    "Blood pressure fell by 6 percentage points.",
]


@pytest.mark.parametrize("row", RELATIVE_IN_WORDS)
def test_a_relative_effect_in_words_is_reported_where_it_is_said(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC311", row)


@pytest.mark.parametrize("row", NOT_RELATIVE)
def test_negated_absolute_or_look_alike_wording_is_no_relative_effect(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC311", row)


def test_a_hedged_relative_effect_still_needs_its_absolute_figures(run_cli, tmp_path):
    check(run_cli, tmp_path, "CC311", "Skipping doses [may double] the risk of resistance.")
    check(run_cli, tmp_path, "CC311", "A new drug could potentially [halve] flare-ups.")


# -- frequencies are not relative effects ---------------------------------------------------

FREQUENCIES = [
    "Take the syrup 3 times a day with food.",
    "Physiotherapy sessions run 2 times a week.",
    "Use the inhaler twice daily.",
    "Bloods are checked four times per year.",
    "Apply the cream 5 times/day for a week.",
    "Nurses visit three times weekly.",
]


@pytest.mark.parametrize("row", FREQUENCIES)
def test_a_dosing_or_visit_frequency_is_no_relative_effect(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC311", row)


@pytest.mark.parametrize(
    "row",
    [
        "Smokers are [3 times] more likely to get gum disease.",
        "Take it 3 times a day: it makes relapse [four times] less likely.",
        "The cream [halves] itching when used twice daily.",
    ],
)
def test_a_multiple_beside_a_frequency_is_still_relative(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC311", row)


def test_a_frequency_is_read_as_a_frequency_not_a_multiple(extract_json, tmp_path):
    draft = tmp_path / "dose.md"
    draft.write_text("Take 2 times a day. Visits happen four times per year.\n")
    [document] = extract_json(draft)["documents"]
    found = [(q["text"], q["kind"], q["unit"]) for c in document["claims"] for q in c["quantities"]]
    assert found == [
        ("2 times a day", "frequency", "times/day"),
        ("four times per year", "frequency", "times/year"),
    ]


# -- kind 14: side effects (CC305) ------------------------------------------------------------

NO_SIDE_EFFECTS = [
    "Our herbal drops have [no known side effects].",
    "The balm works [without any side effects].",
    "A gentle tablet with [zero side-effects].",
    "The new jab is [free from side effects].",
    "Try our [side effect free] sleep aid.",
    "Patients reported [no adverse reactions] at all.",
    "The spray [doesn't cause any side effects].",  # quoted whole, not from "n't"
    "This remedy will [never cause side effects].",
    "It has [no unwanted side effects].",
    "Our eye drops cause [no unwanted effects] at all.",
    "A cream [free of undesirable effects].",
    "It works [without any unwanted reactions].",
    "All the comfort with [none of the side effects].",
    "Our app helps you sleep [without the side effects] of pills.",
    "Strong relief with [none of the usual side effects].",
    "Calm skin [without the nasty side effects] of steroids.",
]

SIDE_EFFECTS_ADMITTED = [
    "The patch is not free of side effects.",
    "No medicine is without side effects.",
    "Most people have no side effects from the flu jab.",
    "There were no serious side effects in the trial.",
    "Zero side effects is not a promise anyone can make.",
    "Does the infusion have no side effects?",
    "Tell us about any side effects you notice.",
    "Most people have no unwanted effects from the jab.",
    "The drops are not free of unwanted effects.",
    "No tablet comes without the side effects of its class.",
    "Some people feel none of the side effects at all.",
]


@pytest.mark.parametrize("row", NO_SIDE_EFFECTS)
def test_every_way_of_saying_no_side_effects_is_reported(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC305", row)


@pytest.mark.parametrize("row", SIDE_EFFECTS_ADMITTED)
def test_negated_limited_or_asked_side_effect_wording_passes(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC305", row)


# -- kind 14: absolute safety (CC306) ---------------------------------------------------------

ABSOLUTE_SAFETY = [
    "The laser peel is [completely safe].",
    "Our clinic's filler is [totally harmless].",
    "A [risk-free] way to lose weight.",
    "The scan is [100 per cent safe] for babies.",
    "These drops are [safe for everyone].",
    "There is [zero risk] with our method.",
]

SAFETY_QUALIFIED = [
    "No treatment is completely safe.",
    "The laser peel is not entirely harmless.",
    "Adults with no risk factors can wait until 50.",
    "People in no risk group still get the letter.",
    "The jab is safe for most adults.",
    "Whether it is safe for everyone is unclear.",
]


@pytest.mark.parametrize("row", ABSOLUTE_SAFETY)
def test_absolute_safety_in_any_intensity_is_reported(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC306", row)


@pytest.mark.parametrize("row", SAFETY_QUALIFIED)
def test_negated_limited_or_risk_factor_safety_wording_passes(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC306", row)


# -- kind 14: a disease made to go away (CC301) ------------------------------------------------

CURE_VERBS = [
    "Our juice cleanse [eliminates cancer].",
    "The spa package [wipes out tumours] in weeks.",
    "This low-carb plan [reverses type 2 diabetes].",
    "Our infusion [shrinks the tumour] for good.",
    "The protocol [eradicated her liver cancer].",
    "Sound therapy helped him [get rid of arthritis].",
    "Frequency devices [reverse Alzheimer's] disease.",
]

NOT_A_CURE = [
    "T cells recognise and eliminate tumour cells.",
    "The engineered cells kill cancer cells in the dish.",
    "NK cells eliminate hepatocellular carcinoma (HCC) cells in mice.",
    "Surgery may not eliminate all of the cancer.",
    "Immunotherapy may shrink tumours in some patients.",
    "The drug shrank tumours in 9 of 30 patients.",
    "Radiotherapy is given to shrink the tumour before surgery.",
    "The new line eliminates the need for a second scan.",
    "Nothing reverses liver cancer once it has spread.",
]


@pytest.mark.parametrize("row", CURE_VERBS)
def test_a_verb_that_makes_a_disease_go_away_is_a_cure_claim(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC301", row)


@pytest.mark.parametrize("row", NOT_A_CURE)
def test_mechanisms_hedged_or_quantified_responses_are_no_cure_claim(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC301", row)


# -- kind 14: ranks and "the best" (CC309) -----------------------------------------------------

SUPERLATIVES = [
    "Visit the [#1 clinic] for knee pain.",
    "We are Europe's [No. 1 eye hospital].",
    "Meet the [No.1 team] for hair loss.",
    "Patients [voted us number one] in 2024.",
    "Ours is the [number one CAR-T centre] in the region.",
    "Our surgeons [are the best].",
    "We offer the [best care] in town.",
    "A [top-rated clinic] for skin cancer checks.",
    "Our injection is the [best single treatment] for knee pain.",
]

NOT_SUPERLATIVE = [
    "Heart disease is the number one cause of death.",
    "Myth #1: vaccines overload the immune system.",
    "The best way to book is online.",
    "The best treatment depends on the stage of the tumour.",
    "No single clinic is the best for everyone.",
    "Step No. 2 is a blood test.",
    "Most guidelines give their best evidence first.",
    "Giving up cigarettes is the best single step you can take for your lungs.",
    "For most people, walking is the best first move after a heart scare.",
    "Your own pharmacist is the best place to start.",
]


@pytest.mark.parametrize("row", SUPERLATIVES)
def test_ranks_and_the_best_of_what_is_offered_are_superlatives(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC309", row)


@pytest.mark.parametrize("row", NOT_SUPERLATIVE)
def test_ranks_of_causes_list_numbers_and_best_ways_are_not(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC309", row)


def test_no_1_does_not_end_the_sentence_a_rule_reads(run_cli, tmp_path):
    text = "Rated the No. 1 clinic, it [cures] back pain.\n"
    assert wording_findings(run_cli, tmp_path, text.replace("[", "").replace("]", "")) == [
        (1, 1, "CC309", "Rated the No. 1"),
        (1, 28, "CC301", "cures"),
    ]


# -- the term patterns ------------------------------------------------------------------------


def test_a_term_expands_into_its_alternatives_and_optional_words():
    assert expand_term("(no|zero) [known] side effect") == [
        "no known side effect",
        "no side effect",
        "zero known side effect",
        "zero side effect",
    ]
    assert expand_term("kill ...2 cancer !(cell|line)") == ["kill ...2 cancer !(cell|line)"]


@pytest.mark.parametrize(
    "term, problem",
    [
        ("(no|zero side effect", "not closed by ')'"),
        ("no side effect]", "closes nothing"),
        ("[no||zero] risk", "empty alternative"),
        ("(a (b)) c", "groups do not nest"),
        ("... cure", "must start with a word"),
        ("!(cell) cure", "must start with a word"),
        ("cure ...", "must not end in '...'"),
    ],
)
def test_a_malformed_term_is_an_error_at_its_item(term, problem):
    with pytest.raises(TermSyntaxError, match=re.escape(problem)):
        check_term(term)
    text = (
        "- id: bad-term\n  code: CC360\n  kind: avoid\n  severity: info\n  message: m\n"
        f"  rationale: r\n  terms:\n    - ok\n    - '{term}'\n"
        "  examples: {pass: [a], fail: [ok]}\n"
    )
    rules, errors = parse_rules(text, "mine.yaml")
    assert rules == []
    [error] = errors
    assert (error.line, error.col) == (9, 7)
    assert f"terms item '{term}'" in str(error) and problem in str(error)


def test_a_malformed_term_makes_lint_exit_2_naming_file_and_line(run_cli, tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "- id: bad-term\n  code: CC360\n  kind: avoid\n  severity: info\n  message: m\n"
        "  rationale: r\n  terms: ['(miracle|wonder']\n"
        "  examples: {pass: [a], fail: [miracle]}\n"
    )
    draft = tmp_path / "draft.md"
    draft.write_text("Hello.\n")
    result = run_cli("lint", "--registry", make_registry(tmp_path), "--rules", rules, draft)
    assert result.exit_code == 2
    assert f"{rules}:7:" in result.stderr and "not closed by ')'" in result.stderr
