"""Rules: every shipped rule's own examples, then each kind with texts written for these tests
(negation, hedging, case, plurals, words that merely contain a trigger), scope and presets."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.codes import CODES
from claimcheck.lint import lint
from claimcheck.registry.loader import Registry, load_registry
from claimcheck.rules import RuleSet, load_rules, parse_rules, presets
from claimcheck.rules.examples import example_document, example_problems
from claimcheck.rules.words import inflections

REPO = Path(__file__).resolve().parent.parent
DEFAULTS = load_rules(["claimcheck:default"])
EMPTY_REGISTRY = Registry.from_claims([])


def findings(text: str, rules=DEFAULTS, registry=EMPTY_REGISTRY, path="draft.md"):
    document = example_document(textwrap.dedent(text), path)
    [result] = lint([document], registry, rules=rules).documents
    return [f for f in result.findings if f.rule or f.code.startswith("CC4")]  # not CC1xx


def codes_of(text: str, **kwargs) -> list[str]:
    return [f.code for f in findings(text, **kwargs) if f.code != "CC201"]


def rule(yaml_text: str):
    rules, errors = parse_rules(textwrap.dedent(yaml_text), "test.yaml")
    assert not errors, errors
    return RuleSet(tuple(rules))


# -- the shipped rules ------------------------------------------------------------------------


@pytest.mark.parametrize("shipped", list(DEFAULTS), ids=lambda r: r.id)
def test_each_shipped_rule_passes_its_own_examples(shipped):
    assert shipped.examples_pass and shipped.examples_fail
    assert example_problems(shipped) == []


@pytest.mark.parametrize("shipped", list(load_rules([REPO / "rules"])), ids=lambda r: r.id)
def test_each_project_rule_passes_its_own_examples(shipped):
    assert example_problems(shipped) == []


def test_shipped_codes_are_in_the_codes_table_with_their_names_and_severities():
    for shipped in DEFAULTS:
        assert CODES[shipped.code].name == shipped.id
        assert CODES[shipped.code].severity == shipped.severity
        assert shipped.rationale


def test_default_preset_is_packaged_and_named():
    assert "default" in presets()


# -- avoid ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our infusion cures most liver tumours.",
        "It CURED my father.",
        "Doctors call it a cure.",
        "A curative, one-time treatment.",
        "A cure-all for every cancer.",
    ],
)
def test_cure_wording_is_reported_in_every_inflection_and_case(text):
    assert codes_of(text) == ["CC301"]


@pytest.mark.parametrize(
    "text",
    [
        "Log in through our secure portal.",
        "Procurement of cells takes two weeks.",
        "Many of these cancers are incurable today.",
        "This treatment is not a cure.",
        "It is too early to talk about a cure.",
        "We cannot promise a cure.",
        "There is no cure for advanced disease yet.",
        "A lasting cure remains elusive.",
        "Can this therapy cure liver cancer?",
    ],
)
def test_cure_is_not_reported_in_other_words_negated_hedged_or_asked(text):
    assert codes_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She was offered curative resection of the right lobe.",
        "Curative procedures such as hepatectomy suit few patients.",
        "Curative treatment depends on how well the liver works.",
        "He had curative-intent surgery in March.",
        "Recurrence after curative therapy is watched for by scans.",
        "Potentially curative choices, such as a transplant, are discussed first.",
        "Radiofrequency ablation is a curative ablation for tumours under 3 cm.",
        "Chemotherapy here is non-curative.",
    ],
)
def test_curative_for_a_named_procedure_or_intent_is_clinical_language_not_a_cure_claim(text):
    assert codes_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our curative infusion works for everyone.",
        "This programme is curative.",
        "A cure, and therapy you can afford.",  # a comma breaks the phrase
        "Surgery cures it: non stop results.",  # "non" counts only right before the term
    ],
)
def test_curative_is_still_reported_when_no_procedure_follows(text):
    assert codes_of(text) == ["CC301"]


def test_unless_preceded_and_followed_by_are_whole_inflected_words_next_to_the_term():
    rules = rule(
        """
        - id: hype-word
          code: CC352
          kind: avoid
          severity: warning
          message: '"{match}" is hype'
          rationale: a test rule
          terms: [amazing]
          unless_preceded_by: [not so]
          unless_followed_by: [grace, view]
          examples: {pass: ["Amazing grace."], fail: ["Amazing results."]}
        """
    )
    assert findings("Amazing grace was sung.", rules=rules) == []
    assert findings("The amazing views of the bay.", rules=rules) == []  # view -> views
    assert findings("The results were not so amazing.", rules=rules) == []
    assert [f.code for f in findings("The amazing, viewable results.", rules=rules)] == ["CC352"]
    assert [f.code for f in findings("So amazing results.", rules=rules)] == ["CC352"]


def test_avoid_finding_says_what_was_written_where_and_what_to_do():
    [finding] = [
        f for f in findings("# Title\n\nThe new therapy cures cancer.\n") if f.code == "CC301"
    ]
    assert (finding.code, finding.line, finding.col, finding.rule) == (
        "CC301",
        3,
        17,
        "cure-claims",
    )
    assert finding.message == '"cures" promises a cure'
    assert finding.severity == "error"
    assert "evidence" in finding.suggestion


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Results are guaranteed.", ["CC302"]),
        ("This does not guarantee a response.", []),
        ("There is no guarantee of benefit.", []),
        ("It has no side effects at all.", ["CC305"]),
        ("Like every drug, it has side effects.", []),
        ("The procedure is 100% safe.", ["CC306"]),
        ("A truly miraculous recovery.", ["CC303"]),
        ("Two breakthroughs in one year.", ["CC304"]),
        ("The trial was a potential breakthrough.", []),
        ("A clinically proven therapy.", ["CC308"]),
        ("The benefit has not been proven.", []),
        ("This approach is unproven.", []),
        ("The most effective option available.", ["CC309"]),
        ("Only a few centres offer it.", []),
    ],
)
def test_risky_wording(text, expected):
    assert codes_of(text) == expected


def test_fda_approved_is_reported_unless_negated_or_recorded_in_the_registry(tmp_path):
    assert codes_of("Zentacel is FDA-approved for liver cancer.") == ["CC307"]
    assert codes_of("Zentacel is FDA approved for liver cancer.") == ["CC307"]
    assert codes_of("Zentacel is not FDA-approved for liver cancer.") == []
    (tmp_path / "approvals.yaml").write_text(
        textwrap.dedent(
            """\
            - id: zentacel-approval
              statement: Zentacel is FDA-approved for relapsed lymphoma.
              subject: [Zentacel]
              value: {value: 2021, unit: year}
              sources: [{citation: "Invented label for this test, 2021"}]
              status: approved
            """
        )
    )
    registry = load_registry(tmp_path)
    assert codes_of("Zentacel is FDA-approved.", registry=registry) == []
    assert codes_of("Otheracel is FDA-approved.", registry=registry) == ["CC307"]


# -- required ---------------------------------------------------------------------------------

REQUIRED_END = """
- id: footer-disclaimer
  code: CC250
  kind: required
  severity: warning
  message: no "not medical advice" footer
  rationale: a test rule
  any: [this is not medical advice]
  placement: end
  within: 25
  examples: {pass: ["x. This is not medical advice."], fail: ["Nothing."]}
"""


@pytest.mark.parametrize(
    "wording",
    [
        "This page does not constitute medical advice.",
        "It is not medical advice.",
        "THIS IS NOT MEDICAL ADVICE.",
        "All of this is for informational purposes only.",
        "None of this is medical advice.",
        "This isn't medical advice.",
    ],
)
def test_required_disclaimer_is_found_in_any_wording(wording):
    assert [f for f in findings(f"CAR-T is studied.\n\n{wording}\n") if f.code == "CC201"] == []


@pytest.mark.parametrize("name", ["notes.txt", "notes.md"])
def test_an_appositive_disclaimer_at_the_end_of_a_page_counts(tmp_path, name):
    # the shape of examples/faq.txt's last line: "<what it is>, not medical advice."
    from claimcheck.documents.reader import read_document

    path = tmp_path / name
    path.write_text(
        "Is CAR-T offered for liver cancer?\nOnly in trials.\n\n"
        "All of the above is background reading, not medical advice.\n"
    )
    [result] = lint([read_document(path)], EMPTY_REGISTRY, rules=DEFAULTS).documents
    assert "CC201" not in [f.code for f in result.findings]


def test_the_shipped_faq_example_has_its_disclaimer():
    from claimcheck.documents.reader import read_document

    faq = read_document(REPO / "examples" / "faq.txt")
    [result] = lint([faq], EMPTY_REGISTRY, rules=DEFAULTS).documents
    assert "CC201" not in [f.code for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Ask your oncologist for medical advice about trials.",
        "Do not stop any drug without medical advice.",
        "Never ignore medical advice from your own team.",
    ],
)
def test_a_wording_that_says_no_needs_a_sentence_that_says_no_where_it_matches(text):
    assert [f.code for f in findings(f"CAR-T is studied.\n\n{text}\n")] == ["CC201"]


@pytest.mark.parametrize("lead", [0, 37, 55, 101, 149, 230])
def test_a_disclaimer_inside_a_long_sentence_is_found_wherever_it_stands(lead):
    # the wording crosses the chunks the score bound reads at every one of these offsets
    before = ("Cell therapy trials enrol adults with advanced disease " * 6)[:lead]
    after = " and the trial team answers questions about eligibility by phone or e-mail"
    text = f"CAR-T is studied.\n\n{before}this is not medical advise{after}.\n"
    assert [f.code for f in findings(text) if f.code == "CC201"] == []


def test_a_disclaimer_with_typos_after_many_sentences_counts_and_a_near_miss_does_not():
    body = "\n\n".join(f"Point {n}: the clinic reviews each referral." for n in range(70))
    assert [f.code for f in findings(f"{body}\n\nThis is not medcal advce.\n")] == []
    near_miss = f"{body}\n\nThis is mostly general advice.\n"
    assert [f.code for f in findings(near_miss)] == ["CC201"]


def test_missing_disclaimer_points_at_line_one_and_says_what_to_add():
    [finding] = [f for f in findings("# Cell therapy\n\nIt is studied.\n") if f.code == "CC201"]
    assert (finding.line, finding.col) == (1, 1)
    assert finding.message == "no disclaimer that the page is not medical advice: add one"
    assert "not medical advice" in finding.suggestion


def test_a_sentence_that_merely_mentions_medical_advice_is_no_disclaimer():
    text = "Ask your oncologist for medical advice about trials.\n"
    assert [f.code for f in findings(text)] == ["CC201"]


def test_placement_end_reports_a_disclaimer_at_the_top_and_says_where_it_belongs():
    rules = rule(REQUIRED_END)
    body = "\n\n".join(f"Paragraph {n} about cell therapy." for n in range(8))
    assert findings(f"{body}\n\nThis is not medical advice.\n", rules=rules) == []
    [finding] = findings(f"This is not medical advice.\n\n{body}\n", rules=rules)
    assert (finding.code, finding.line, finding.col) == ("CC250", 1, 1)
    assert "belongs in the last 25% of the page (from line 13)" in finding.message
    [missing] = findings(body + "\n", rules=rules)
    assert missing.message.endswith("add one in the last 25% of the page (from line 11)")


def test_placement_same_section_points_at_the_heading_of_a_section_with_figures():
    rules = rule(
        REQUIRED_END.replace("placement: end", "placement: same-section").replace(
            "  within: 25\n", ""
        )
    )
    text = (
        "# Intro\n\nCell therapy is studied.\n\n## Results\n\nOne in five patients "
        "responded, 20% in all.\n\n## Costs\n\nIt costs $40,000. This is not medical advice.\n"
    )
    [finding] = findings(text, rules=rules)
    assert (finding.line, finding.col) == (5, 1)
    assert "in section 'Results' (line 5), which states figures" in finding.message


# -- qualify ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We offer CAR-T cell therapy for liver cancer.", ["CC310"]),
        ("We offer CAR T cells for solid tumors.", ["CC310"]),
        ("CAR-T for liver cancer is offered in clinical trials.", []),
        ("CAR-T for liver cancer is investigational.\n\nWe can help.", []),
        ("CAR-T for liver cancer.", ["CC310"]),
        ("CAR-T is approved for some lymphomas.", []),
        ("Is CAR-T available for liver cancer?", []),
    ],
)
def test_qualify_needs_a_qualifier_in_the_paragraph(text, expected):
    assert codes_of(text) == expected


def test_qualify_scope_sentence_is_stricter_than_paragraph():
    rules = rule(
        """
        - id: trial-qualifier
          code: CC350
          kind: qualify
          severity: info
          message: '"{match}" without "trial"'
          rationale: a test rule
          terms: [cell therapy]
          qualifiers: [trial]
          scope: sentence
          examples: {pass: ["Cell therapy in a trial."], fail: ["Cell therapy works."]}
        """
    )
    [finding] = findings("Cell therapy is offered. It is given in trials.", rules=rules)
    assert (finding.code, finding.col, finding.message) == (
        "CC350",
        1,
        '"Cell therapy" without "trial"',
    )


SCOPED = """
- id: scoped-qualifier
  code: CC353
  kind: qualify
  severity: warning
  message: '"{match}" without a trial'
  rationale: a test rule
  terms: [CAR-T, cell therapy]
  near: [liver cancer]
  qualifiers: [trial]
  unless_preceded_by: [question about]
  scope: SCOPE
  examples: {pass: ["CAR-T for liver cancer in a trial."], fail: ["CAR-T for liver cancer."]}
"""


def _plain_findings(scope: str) -> list[tuple[int, int, str]]:
    from claimcheck.documents.reader import read_document

    rules = rule(SCOPED.replace("SCOPE", scope))
    page = read_document(REPO / "tests" / "fixtures" / "rules" / "sections.txt")
    [result] = lint([page], EMPTY_REGISTRY, rules=rules).documents
    return [(f.line, f.col, f.message) for f in result.findings if f.code == "CC353"]


def test_section_scope_in_plain_text_short_lines_are_headings_one_finding_per_section():
    # line 3 is qualified by line 2 (same section); line 5 is reported once for its section,
    # "CAR-T cell therapy" as one mention, and line 11 only mentions the question
    assert _plain_findings("section") == [(5, 9, '"CAR-T cell therapy" without a trial')]


def test_paragraph_scope_reports_each_unqualified_line_of_a_plain_text_page():
    assert [line for line, _, _ in _plain_findings("paragraph")] == [3, 5]


def test_page_scope_is_satisfied_by_a_qualifier_anywhere():
    assert _plain_findings("page") == []


def test_section_scope_in_markdown_follows_headings():
    rules = rule(SCOPED.replace("SCOPE", "section"))
    qualified = (
        "# Liver\n\nSome centres run a trial.\n\nWe give CAR-T for liver cancer.\n\n"
        "Our CAR-T for liver cancer is quick.\n"
    )
    assert findings(qualified, rules=rules) == []
    unqualified = qualified.replace("trial.\n", "trial.\n\n## Our offer\n")
    found = [(f.line, f.code) for f in findings(unqualified, rules=rules)]
    assert found == [(7, "CC353")]  # once, for the section without a trial


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your question about CAR-T for liver cancer.",
        "Many readers asked about CAR-T cell therapy for liver cancer.",
        "For families interested in CAR-T for liver cancer, we list open studies below.",
    ],
)
def test_default_qualify_rule_skips_mentions_of_the_topic(text):
    assert codes_of(text) == []


def test_default_qualify_rule_reports_one_section_once():
    text = (
        "# What we offer\n\nWe give CAR-T for liver cancer.\n\n"
        "CAR-T for liver cancer takes a week.\n\nCell therapy for HCC is safe.\n"
    )
    assert [(f.code, f.line) for f in findings(text) if f.code == "CC310"] == [("CC310", 3)]


def test_plain_text_headings_are_short_fresh_lines_that_end_without_punctuation(tmp_path):
    from claimcheck.documents.reader import read_document
    from claimcheck.rules.page import page_of

    path = tmp_path / "page.txt"
    path.write_text(
        "Cell therapy today\n"  # the first line
        "It is studied.\n"
        "Who can take part\n"  # after a sentence
        "Adults with one tumour, as\n"  # runs on: not a heading
        "listed below\n"  # continues the line before
        "- a bullet item\n"
        "Next steps\n"  # after a list item
        "A question line?\n"
        "Label:\n"
        "\n"
        "3.2 Costs\n"
    )
    page = page_of(read_document(path))
    assert [s.title for s in page.sections] == [
        "Cell therapy today",
        "Who can take part",
        "Next steps",
        "3.2 Costs",
    ]


# -- relative-needs-absolute ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The drug gave a 32% reduction in relapse.", ["CC311"]),
        ("It cut deaths by 40%.", ["CC311"]),
        ("It halves the risk of relapse.", ["CC311"]),
        ("Responses were 3-fold more common.", ["CC311"]),
        ("A 40% lower risk of death.", ["CC311"]),
        ("A 32% reduction in relapse, from 25% to 17% of patients.", []),
        ("Relapse fell by 32%.\n\nOverall, 17 in 100 patients relapsed.", ["CC311"]),
        ("Relapse was 17% at two years.", []),
        ("It does not halve the risk.", []),
    ],
)
def test_relative_effects_need_an_absolute_figure_in_the_paragraph(text, expected):
    assert codes_of(text) == expected


def test_relative_finding_points_at_the_relative_figure():
    [finding] = [
        f
        for f in findings("Intro.\n\nThe drug gave a 32% reduction in relapse.")
        if f.code == "CC311"
    ]
    assert (finding.line, finding.col, finding.rule) == (3, 17, "relative-without-absolute")
    assert finding.message.startswith('"32%" is a relative effect')


# -- scope ------------------------------------------------------------------------------------


def test_paths_and_front_matter_scope_a_rule():
    rules = rule(
        """
        - id: faq-cure
          code: CC351
          kind: avoid
          severity: warning
          message: '"{match}" in an FAQ'
          rationale: a test rule
          terms: [cure]
          paths: ["faq/**"]
          front_matter: {type: [faq, qa]}
          examples: {pass: ["No."], fail: ["A cure."]}
        """
    )
    faq = "---\ntype: faq\n---\nA cure for all.\n"
    assert [f.code for f in findings(faq, rules=rules, path="faq/a/b.md")] == ["CC351"]
    assert findings(faq, rules=rules, path="blog/b.md") == []
    assert findings("A cure for all.\n", rules=rules, path="faq/b.md") == []


def test_inflections_are_regular_forms_only():
    assert inflections("cure") == {"cure", "cures", "cured", "curing"}
    assert inflections("guarantee") >= {"guarantees", "guaranteed", "guaranteeing"}
    assert "studies" in inflections("study")
