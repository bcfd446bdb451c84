"""A clause that says a claim's statement in other words, without any of its subject's names
("… drank heavily in the past month" for a claim about heavy drinkers; "… have no natural
teeth left" for one about edentulism), backs a figure that agrees with it: its text score is
at least ``PARAPHRASE_SCORE``, its frame fits, and every other number it says is one the
claim says. It never accuses one that does not agree: a figure that names none of a claim's
subject may be about something else, and unsupported is the honest verdict (issue 12,
held-out sets: "one in five reported bacterial infections resisted antibiotics", "1 in 100
breast cancers … in a man")."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: heavy-drinking-18-25
  statement: In 2021, 9.1% of adults aged 18 to 25 in Norland were past-month heavy drinkers.
  subject: [heavy drinking, heavy drinkers]
  context: [Norland, past month, "2021"]
  group: [aged 18-25]
  value: {value: 9.1, unit: percent}
  sources: [{citation: "Norland Drug Survey 2021", quote: "9.1%"}]
  status: approved
  review_by: 2030-01-01
- id: quitting-at-50
  statement: Smokers who quit at age 50 gained about 6 years of life expectancy.
  subject: [smoking cessation, quitting smoking]
  context: [life expectancy, age 50]
  value: {value: 6, unit: years, approx: true}
  sources: [{citation: "Cohort 2004", quote: "about 6 years"}]
  status: approved
  review_by: 2030-01-01
- id: short-sleep-adults
  statement: About 35% of adults in Norland sleep less than 7 hours a night.
  subject: [short sleep, insufficient sleep]
  context: [Norland, adults]
  value: {value: 35, unit: percent, approx: true}
  sources: [{citation: "Norland Sleep Survey", quote: "35%"}]
  status: approved
  review_by: 2030-01-01
- id: drinking-past-month
  statement: About 17% of Norland adults had five or more drinks at once in the past 30 days.
  subject: [binge drinking]
  context: [Norland, adults, past 30 days]
  value: {value: 17, unit: percent, approx: true}
  sources: [{citation: "Norland Drug Survey 2021", quote: "17%"}]
  status: approved
  review_by: 2030-01-01
- id: edentulism-65
  statement: Among people aged 65 or older, 19% have lost all their natural teeth.
  subject: [edentulism, total tooth loss]
  context: [natural teeth]
  group: [aged 65 and older]
  value: {value: 19, unit: percent}
  sources: [{citation: "Oral Health Survey", quote: "19%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

UNSUPPORTED = ("CC102", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said in other words, agreeing: supported
        ("In 2021, 9.1% of adults aged 18 to 25 in Norland drank heavily in the past month.", {}),
        ("Smokers who stopped at age 50 gained about 6 years of life expectancy.", {}),
        ("Among people aged 65 or older, 19% have no natural teeth left.", {}),
        # disagreeing: not accused, unsupported
        (
            "In 2021, 12.4% of adults aged 18 to 25 in Norland drank heavily in the past month.",
            {"12.4%": UNSUPPORTED},
        ),
        ("Among people aged 65 or older, 25% have no natural teeth left.", {"25%": UNSUPPORTED}),
        # another year, another age, another number said in the clause: not the claim's
        (
            "In 2023, 9.1% of adults aged 18 to 25 in Norland drank heavily in the past month.",
            {"9.1%": UNSUPPORTED},
        ),
        ("Among people aged 45 to 64, 19% have no natural teeth left.", {"19%": UNSUPPORTED}),
        (
            "Smokers who stopped at age 40 gained about 6 years of life expectancy.",
            {"about 6 years": UNSUPPORTED},
        ),
        # the same words pointing the other way, or another period: no paraphrase
        (
            "About 35% of adults in Norland sleep more than 7 hours a night.",
            {"About 35%": UNSUPPORTED, "more than 7 hours a night": UNSUPPORTED},
        ),
        (
            "About 17% of Norland adults had five or more drinks at once in the past 12 months.",
            # "in the past 12 months" says when the drinking was asked about: no figure
            {"About 17%": UNSUPPORTED, "five or more drinks": UNSUPPORTED},
        ),
        # the clause of another figure of the sentence says something else
        (
            "Among people aged 65 or older, 19% have no natural teeth left, and 60% wear dentures.",
            {"60%": UNSUPPORTED},
        ),
    ],
)
def test_a_paraphrase_backs_an_agreeing_figure_and_accuses_none(lint_text, text, expected):
    assert lint_text(text) == expected
