"""Two claims the sentence cannot tell apart (session 41): a figure that differs from both,
in a sentence that says nothing one of them has and the other lacks, accuses neither; the
words, the time or the group that tell them apart still decide."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

TRIAL = "".join(
    (
        approved_claim(
            "zephyr-nausea-lumoxib",
            "In ZEPHYR, nausea was reported by 8% of patients on lumoxib 20 mg.",
            8,
            "lumoxib, ZEPHYR",
            "nausea, adverse events",
        ),
        approved_claim(
            "zephyr-dizziness-lumoxib",
            "In ZEPHYR, dizziness was reported by 5% of patients on lumoxib 20 mg.",
            5,
            "lumoxib, ZEPHYR",
            "dizziness, adverse events",
        ),
        approved_claim(
            "graft-survival-1-year",
            "In the Corvale registry, 1-year survival after lung transplantation is 86%.",
            86,
            "lung transplant, lung transplantation, lung transplant recipients",
            "Corvale, registry, survival, survive",
            timepoint="1 year",
        ),
        approved_claim(
            "graft-survival-5-years",
            "In the Corvale registry, 5-year survival after lung transplantation is 59%.",
            59,
            "lung transplant, lung transplantation, lung transplant recipients",
            "Corvale, registry, survival, survive",
            timepoint="5 years",
        ),
        approved_claim(
            "scans-unneeded-all-ages",
            "Across all ages, 30% of lower-back MRI scans in Country Z were unneeded.",
            30,
            "unneeded MRI scans, lower-back MRI scans",
            "Country Z, lower-back pain",
        ),
        approved_claim(
            "scans-unneeded-65-plus",
            "In people aged 65 and over, 38% of lower-back MRI scans in Country Z were unneeded.",
            38,
            "unneeded MRI scans, lower-back MRI scans",
            "Country Z, lower-back pain",
            group="[65 and over]",
        ),
    )
)
lint_text = figure_verdicts_fixture(TRIAL)


@pytest.mark.parametrize(
    "text",
    [
        # neither side effect is the one said: no claim to accuse the figure
        "In ZEPHYR, a rash was reported by 2% of patients on lumoxib 20 mg.",
        "In ZEPHYR, insomnia affected 3% of the patients given lumoxib 20 mg.",
        "Lumoxib 20 mg caused blurred vision in 1.5% of ZEPHYR patients.",
    ],
)
def test_a_figure_neither_claim_is_about_accuses_neither(lint_text, text):
    (code, registry_id), *_ = lint_text(text).values()
    assert (code, registry_id) == ("CC102", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word that tells the two apart decides whose figure it is
        (
            "In ZEPHYR, nausea was reported by 12% of patients on lumoxib 20 mg.",
            {"12%": ("CC101", "zephyr-nausea-lumoxib")},
        ),
        (
            "In ZEPHYR, dizziness was reported by 9% of patients on lumoxib 20 mg.",
            {"9%": ("CC101", "zephyr-dizziness-lumoxib")},
        ),
        # "the first year" is a timepoint of one year: the 1-year claim's
        (
            "Only 3 in 4 lung transplant recipients in the Corvale registry survive the"
            " first year.",
            {"3 in 4": ("CC101", "graft-survival-1-year")},
        ),
        (
            "In the Corvale registry, 70% of lung transplant recipients were alive within the"
            " first year.",
            {"70%": ("CC101", "graft-survival-1-year")},
        ),
        # no age said: the claim about all ages, not the one about people over 65
        (
            "In Country Z, 45% of lower-back MRI scans were unneeded.",
            {"45%": ("CC101", "scans-unneeded-all-ages")},
        ),
    ],
)
def test_what_tells_two_claims_apart_still_decides(lint_text, text, expected):
    assert lint_text(text) == expected


def test_the_message_names_both_claims(tmp_path, run_cli):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "claims.yaml").write_text(TRIAL, encoding="utf-8")
    draft = tmp_path / "page.md"
    draft.write_text("In ZEPHYR, a rash was reported by 2% of patients on lumoxib 20 mg.\n")
    result = run_cli("lint", "--no-cache", "--registry", folder, "--select", "CC1", draft)
    assert "does not say whether it is about this claim or" in result.stdout
    assert "zephyr-" in result.stdout


FORMS = approved_claim(
    "q-breastfeeding-6m",
    "In Country Q, 48% of infants were breastfeeding at 6 months.",
    48,
    "breastfeeding",
    "Country Q, infants",
    timepoint="6 months",
) + approved_claim(
    "q-tonsillectomy-rate",
    "In Country Q, 12% of children with recurrent sore throat had a tonsillectomy.",
    12,
    "tonsillectomy, tonsillectomies",
    "Country Q, children, recurrent sore throat",
)
lint_forms = figure_verdicts_fixture(FORMS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word subject said in another form of its word names it
        (
            "In Country Q, 30% of infants were still breastfed at 6 months.",
            {"30%": ("CC101", "q-breastfeeding-6m")},
        ),
        (
            "In Country Q, 20% of children with recurrent sore throat were tonsillectomised.",
            {"20%": ("CC101", "q-tonsillectomy-rate")},
        ),
        ("In Country Q, 48% of infants were still breastfed at 6 months.", {}),
    ],
)
def test_a_subject_word_in_another_form_names_it(lint_forms, text, expected):
    assert lint_forms(text) == expected


HABITS = approved_claim(
    "k-smoking-2022",
    "In Region K, 17% of adults smoked in 2022.",
    17,
    "smoking, cigarette smoking",
    "Region K, adults",
) + approved_claim(
    "k-screening-2022",
    "In Region K, 70% of eligible women had breast screening in 2022.",
    70,
    "breast screening, breast cancer screening",
    "Region K, women, eligible",
)
lint_habits = figure_verdicts_fixture(HABITS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit said as a verb, or its doers, names the habit's claim
        ("In Region K, 14% of adults smoked in 2022.", {"14%": ("CC101", "k-smoking-2022")}),
        (
            "In 2022, 14% of adults in Region K were smokers.",
            {"14%": ("CC101", "k-smoking-2022")},
        ),
        ("In 2022, 17% of adults in Region K were smokers.", {}),
        # … not those who do not, nor those who stopped
        ("In 2022, 62% of adults in Region K were non-smokers.", {"62%": ("CC102", None)}),
        ("Ex-smokers made up 12% of adults in Region K in 2022.", {"12%": ("CC102", None)}),
        ("In 2022, 21% of adults in Region K were former smokers.", {"21%": ("CC102", None)}),
    ],
)
def test_a_habit_said_as_a_verb_or_its_doers_names_it(lint_habits, text, expected):
    assert lint_habits(text) == expected
