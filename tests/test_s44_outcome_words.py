"""Words around a figure that say which outcome, and whose, it is (session 44).

- A partial recovery (success, healing, resolution, clearance) is not the complete one's
  figure, as a partial response is not a complete response's.
- A claim whose value is a share of patients after an opening phrase of time ("Five years
  after a COPD diagnosis, 61% of patients …") is a share of the people with the disease, so
  "48% of patients with COPD" is accused against it (it was refused as the subject's share).
- A claim about "patients" that names no sex, and no subject only one sex has, is about both
  sexes, as one about "adults" is: "72% of men with …" is a part of it, neither backed nor
  accused. A trial's "participants" stay as they were (a trial may enrol one sex).
- "roughly halved" is a relative change, as "halved" is: no figure of an arm's event rate.
- A share the subject causes ("it causes about 25% of liver cancers") counts what follows
  its "of", not the deaths the clause before counted.
- "seizure-free without any medication", "a normal blood pressure without medicines": the
  outcome's own words, not the untreated arm.
- Examples listed after "such as", "including", "e.g." are kinds of what the clause names:
  "skin reactions such as itching and redness" neither narrows nor leaves words unexplained.
"""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        approved_claim(
            "bell-palsy-complete-recovery",
            "After steroid treatment, 83% of patients with Bell's palsy made a complete recovery.",
            83,
            "Bell's palsy, recovery",
            "steroid treatment",
            group="[complete recovery]",
        ),
        approved_claim(
            "copd-5y-survival",
            "Five years after a COPD diagnosis, 61% of patients in Wales were alive.",
            61,
            "COPD, survival",
            "Wales, diagnosis",
            timepoint="5 years",
        ),
        approved_claim(
            "anticoag-bleed-rate",
            "In the trial, 4.2% of patients on the anticoagulant had a major bleed.",
            4.2,
            "anticoagulant, major bleed",
            "trial",
        ),
        approved_claim(
            "vaccine-local-reactions",
            "Local reactions at the injection site affected 18% of people given the vaccine.",
            18,
            "vaccine, local reactions",
            "injection site",
        ),
        approved_claim(
            "hcv-liver-cancer-share",
            "Hepatitis C causes about 25% of cases of liver cancer in Europe.",
            25,
            "hepatitis C, liver cancer",
            "Europe",
        ),
        valued_claim(
            "hcv-deaths-2022",
            "Hepatitis C killed 242,000 people worldwide in 2022.",
            "{value: 242000, unit: deaths}",
            "hepatitis C",
            'worldwide, deaths, "2022"',
        ),
        approved_claim(
            "vns-seizure-free",
            "Two years after the implant, 31% of patients were free of seizures.",
            31,
            "vagus nerve stimulation, seizure freedom",
            "epilepsy",
            timepoint="2 years",
        ),
        approved_claim(
            "usual-care-seizure-free",
            "Two years into usual care, 9% of patients were free of seizures.",
            9,
            "usual care, seizure freedom",
            "epilepsy",
            group="[control]",
            timepoint="2 years",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partial recovery is no figure of the complete recovery's claim: not accused
        (
            "After steroid treatment for Bell's palsy, a further 83% had partial facial recovery.",
            {"83%": ("CC102", None)},
        ),
        (
            "After steroid treatment for Bell's palsy, 70% of patients made a full recovery.",
            {"70%": ("CC101", "bell-palsy-complete-recovery")},
        ),
        # one sex of all patients
        (
            "After steroid treatment for Bell's palsy, 70% of women made a complete recovery.",
            {"70%": ("CC102", None)},
        ),
        (
            "In Wales, 48% of patients with COPD were alive five years after diagnosis.",
            {"48%": ("CC101", "copd-5y-survival")},
        ),
        # a relative change said by the verb
        (
            "In the trial, the anticoagulant roughly halved the rate of major bleeds.",
            {"roughly halved": ("CC102", None)},
        ),
        # examples of the outcome
        (
            "Local reactions such as pain, redness and swelling affected 18% of people given "
            "the vaccine.",
            {},
        ),
        (
            "Local reactions such as pain, redness and swelling affected 25% of people given "
            "the vaccine.",
            {"25%": ("CC101", "vaccine-local-reactions")},
        ),
    ],
)
def test_outcome_words(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hepatitis C was linked to 242,000 deaths worldwide in 2022, and in Europe it causes "
            "about 25% of liver cancers.",
            {},
        ),
        (
            "Hepatitis C was linked to 242,000 deaths worldwide in 2022, and in Europe it causes "
            "about 40% of liver cancers.",
            {"about 40%": ("CC101", "hcv-liver-cancer-share")},
        ),
    ],
)
def test_a_caused_share_counts_its_own_whole(lint_text, text, expected):
    """The deaths said in the clause before are not what the share it causes counts."""
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two years after vagus nerve stimulation for epilepsy, 31% of patients were "
            "seizure-free without any medication.",
            {},
        ),
        (
            "Two years after vagus nerve stimulation for epilepsy, 41% of patients were "
            "seizure-free without any medication.",
            {"41%": ("CC101", "vns-seizure-free")},
        ),
    ],
)
def test_an_outcome_said_with_without(lint_text, text, expected):
    """ "seizure-free without any medication" is the outcome's own wording, not the untreated
    arm (it was refused as "about another trial arm")."""
    assert lint_text(text) == expected
