"""A count of children, babies, teenagers or older people is no figure of a claim that counts
people of every age (session 47): "48,000 children die of it each year" against the claim
that 48,000 people do agreed in number, so the claim backed a figure about a part of its
people. Weighed for counts only, as a sex is: a share "of children" in a children's trial,
a course's length or a dose "in children" are the claim's own.

And a study's name said in full before its short form ("The Zemocept Outcomes in Sepsis
(ZOSTER) study") or called a study where the registry says trial is no word the claim
leaves unexplained, so a wrong figure there is accused, not left unsupported."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "freedonia-fever-deaths",
            "In Freedonia, 12,400 people die from marsh fever every year.",
            "{value: 12400, unit: deaths/year}",
            "marsh fever",
            "Freedonia, deaths",
        ),
        valued_claim(
            "freedonia-fever-cases",
            "About 310,000 people in Freedonia catch marsh fever each year.",
            "{value: 310000, unit: cases/year}",
            "marsh fever",
            "Freedonia, cases",
        ),
        valued_claim(
            "fever-course",
            "A course of quinavir for marsh fever lasts 5 to 7 days.",
            "{low: 5, high: 7, unit: days}",
            "quinavir",
            "marsh fever, course",
        ),
        approved_claim(
            "zoster-drug",
            "In the ZOSTER trial, 21.4% of patients given zemocept had died by 90 days.",
            21.4,
            "ZOSTER trial",
            "zemocept, sepsis",
            group="[zemocept]",
        ),
        approved_claim(
            "zoster-placebo",
            "In the ZOSTER trial, 26.9% of patients given placebo had died by 90 days.",
            26.9,
            "ZOSTER trial",
            "zemocept, sepsis",
            group="[placebo]",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Freedonia, 12,400 people die from marsh fever every year.", {}),
        # the same number of children, babies, teenagers or older people: another count
        (
            "In Freedonia, 12,400 children die from marsh fever every year.",
            {"12,400 children": ("CC102", None)},
        ),
        (
            "Every year about 310,000 babies in Freedonia catch marsh fever.",
            {"about 310,000 babies": ("CC102", None)},
        ),
        (
            "Marsh fever kills 12,400 older people in Freedonia every year.",
            {"12,400 older people": ("CC102", None)},
        ),
        (
            "About 310,000 teenagers in Freedonia catch marsh fever each year.",
            {"About 310,000 teenagers": ("CC102", None)},
        ),
        (
            "In Freedonia, 12,400 kids die from marsh fever every year.",
            {"12,400 kids": ("CC102", None)},
        ),
        (
            "In Freedonia, 12,400 pensioners die from marsh fever every year.",
            {"12,400 pensioners": ("CC102", None)},
        ),
        # a stage named elsewhere in the clause is not what the figure counts
        (
            "Marsh fever kills 12,400 people in Freedonia every year, including many young "
            "children.",
            {},
        ),
        # adults are most of the people a claim counts: not told apart
        ("In Freedonia, 12,400 adults die from marsh fever every year.", {}),
        # a course's length in children is the claim's own
        ("A course of quinavir for marsh fever in children lasts 5 to 7 days.", {}),
    ],
)
def test_a_count_of_a_part_of_life(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Zemocept Outcomes in Sepsis Trial Evaluation and Research (ZOSTER) study found "
            "90-day mortality of 31.2% with placebo.",
            {"31.2%": ("CC101", "zoster-placebo")},
        ),
        (
            "The Zemocept Outcomes in Sepsis Trial Evaluation and Research (ZOSTER) study found "
            "90-day mortality of 26.9% with placebo.",
            {},
        ),
        (
            "In ZOSTER (Zemocept Outcomes in Sepsis Trial Evaluation and Research), 90-day "
            "mortality with placebo was 31.2%.",
            {"31.2%": ("CC101", "zoster-placebo")},
        ),
        (
            "In the ZOSTER study, 90-day mortality with zemocept was 24.9%.",
            {"24.9%": ("CC101", "zoster-drug")},
        ),
    ],
)
def test_a_study_named_in_full_or_called_a_study(lint_text, text, expected):
    assert lint_text(text) == expected
