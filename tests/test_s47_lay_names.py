"""A condition, an event or a medicine group by its everyday name (session 47): "brittle
bones" is osteoporosis, "blood thinners" are anticoagulants, "an irregular heartbeat" is
atrial fibrillation, "diabetes in pregnancy" gestational diabetes, "broke a hip" a hip
fracture. A registry names them as its sources do, a patient page as its readers do; a
figure there went unsupported ("its subject is not named near the figure"), a wrong one
unaccused. The names meet on both sides, so a claim that says the lay name is found by the
field's name too."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

from claimcheck.nlp.lay_names import said_as_the_field_says

REGISTRY = "".join(
    (
        approved_claim(
            "osteoporosis-women-freedonia",
            "In Freedonia, osteoporosis affects 23% of women over 50.",
            23,
            "osteoporosis",
            "Freedonia, women, over 50",
        ),
        valued_claim(
            "hip-fractures-freedonia",
            "About 76,000 hip fractures happen in Freedonia each year.",
            "{value: 76000, unit: fractures/year}",
            "hip fracture",
            "Freedonia",
        ),
        approved_claim(
            "af-anticoagulant-stroke",
            "In people with atrial fibrillation, anticoagulants cut the risk of stroke by 64%.",
            64,
            "anticoagulants",
            "atrial fibrillation, stroke, relative risk reduction",
        ),
        approved_claim(
            "gdm-freedonia",
            "Gestational diabetes affects about 9% of pregnancies in Freedonia.",
            9,
            "gestational diabetes",
            "Freedonia, pregnancies",
        ),
        approved_claim(
            "glue-ear-children",
            "Glue ear affects 80% of Freedonian children at some point before age 10.",
            80,
            "glue ear",
            "Freedonia, children",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Freedonia, brittle bones affect 23% of women over 50.", {}),
        (
            "In Freedonia, brittle bones affect 32% of women over 50.",
            {"32%": ("CC101", "osteoporosis-women-freedonia")},
        ),
        ("About 76,000 people in Freedonia break a hip each year.", {}),
        (
            "About 67,000 people in Freedonia break a hip each year.",
            {"About 67,000 people": ("CC101", "hip-fractures-freedonia")},
        ),
        (
            "For people with an irregular heartbeat, blood thinners cut the risk of stroke by 46%.",
            {"46%": ("CC101", "af-anticoagulant-stroke")},
        ),
        (
            "For people with an irregular heartbeat, blood thinners cut the risk of stroke by 64%.",
            {},
        ),
        ("Diabetes in pregnancy affects about 9% of pregnancies in Freedonia.", {}),
        (
            "Diabetes in pregnancy affects about 19% of pregnancies in Freedonia.",
            {"about 19%": ("CC101", "gdm-freedonia")},
        ),
        # the claim says the lay name, the page the field's
        (
            "Otitis media with effusion affects 60% of Freedonian children before age 10.",
            {"60%": ("CC101", "glue-ear-children")},
        ),
    ],
)
def test_everyday_names(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("heartburn after meals", "heartburn after meals"),  # a symptom, no condition's name
        ("thin bones", "thin bones osteoporosis"),
        ("people on blood thinning tablets", "people on blood thinning tablets anticoagulant"),
        ("a broken hip", "a broken hip hip fracture"),
    ],
)
def test_only_names_of_the_same_thing(words, said):
    assert said_as_the_field_says(words) == said
