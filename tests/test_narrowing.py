"""A word that narrows a claim's subject to a part of it ("severe psoriasis", "hip
fracture" beside a claim about spine fracture, "Hispanic adults" beside one about US
adults) makes the figure about something the claim does not state: it is no conflict with
that claim, and the message names the word. A place, a verb or a plural noun before the
subject narrows nothing, and the claim's own words (its statement, context, quotes) never
do."""

from __future__ import annotations

import pytest
from verdict_helpers import registry_linter

REGISTRY = """\
- id: psoriasis-us-adults
  statement: About 3% of US adults have psoriasis.
  subject: [psoriasis]
  context: [US adults, United States]
  value: {value: 3, unit: percent, approx: true}
  sources: [{citation: "Skin survey 2020", quote: "about 3% of US adults"}]
  status: approved
  review_by: 2030-01-01
- id: glaucoma-over-40
  statement: Glaucoma affects 3.5% of people aged 40 to 80 worldwide.
  subject: [glaucoma]
  context: [worldwide]
  value: {value: 3.5, unit: percent}
  sources: [{citation: "Eye review 2014", quote: "3.54% of people aged 40-80 years"}]
  status: approved
  review_by: 2030-01-01
- id: pox-deaths-2022
  statement: Pox Y killed an estimated 8,200 people in 2022.
  subject: [pox Y]
  value: {value: 8200, unit: deaths}
  sources: [{citation: "Pox registry 2023", quote: "8,200 deaths in 2022"}]
  status: approved
  review_by: 2030-01-01
- id: pox-survival
  statement: Five-year survival after pox Y is 91%.
  subject: [pox Y]
  value: {value: 91, unit: percent}
  sources: [{citation: "Pox registry 2023", quote: "five-year survival 91%"}]
  status: approved
  review_by: 2030-01-01
- id: drug-z-spine-fracture
  statement: Drug Z cut the risk of new spine fracture by 65% over three years.
  subject: [drug Z]
  context: [spine fracture, relative risk reduction]
  value: {value: 65, unit: percent}
  sources: [{citation: "Drug Z trial", quote: "a 65% lower risk of new spine fracture"}]
  status: approved
  review_by: 2030-01-01
"""


@pytest.fixture
def lint_text(tmp_path, run_cli):
    return registry_linter(tmp_path, run_cli, REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure", "word"),
    [
        ("Roughly 0.5% of US adults live with severe psoriasis.", "Roughly 0.5%", "severe"),
        ("Pustular psoriasis is found in under 1% of US adults.", "under 1%", "Pustular"),
        (
            "About 1.4% of Hispanic adults in the United States have psoriasis.",
            "About 1.4%",
            "Hispanic",
        ),
        ("Drug Z cut the risk of hip fracture by 40% over three years.", "40%", "hip"),
        (
            "Angle-closure glaucoma affects 0.5% of people aged 40 to 80 worldwide.",
            "0.5%",
            "closure",
        ),
        # a count of one sex, or a stage, against a claim about everyone or every stage
        ("In 2022 pox Y killed about 4,300 men.", "about 4,300 men", "men"),
        ("Five-year survival after stage 4 pox Y is 40%.", "40%", "stage 4"),
        ("Five-year survival after metastatic pox Y is 40%.", "40%", "metastatic"),
    ],
)
def test_a_narrowed_subject_is_no_conflict_and_the_message_says_why(lint_text, text, figure, word):
    findings = [f for f in lint_text("page.md", text + "\n") if f'"{figure}"' in f["message"]]
    assert [f["code"] for f in findings] == ["CC102"], findings
    assert f"'{word}'" in findings[0]["message"], findings[0]["message"]


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # the subject as the claim says it, with a place or a verb before it
        ("About 8% of US adults have psoriasis.", "About 8%", "psoriasis-us-adults"),
        ("Among American adults, about 8% have psoriasis.", "about 8%", "psoriasis-us-adults"),
        ("Studies reported psoriasis in 8% of US adults.", "8%", "psoriasis-us-adults"),
        # the claim's own word ("new") before its context phrase
        (
            "Drug Z cut the risk of new spine fracture by 40% over three years.",
            "40%",
            "drug-z-spine-fracture",
        ),
        ("Worldwide glaucoma affects 6% of people aged 40 to 80.", "6%", "glaucoma-over-40"),
        # the whole, as the claim says it
        ("In 2022 pox Y killed about 4,300 people.", "about 4,300 people", "pox-deaths-2022"),
    ],
)
def test_the_claims_own_subject_is_still_accused(lint_text, text, figure, claim):
    findings = [f for f in lint_text("page.md", text + "\n") if f'"{figure}"' in f["message"]]
    assert [(f["code"], f["registry_id"]) for f in findings] == [("CC101", claim)], findings
