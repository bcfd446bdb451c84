"""Figure forms from session 60's second part (issue 11, extraction breadth; held-out set
s60x), fixed as kinds with our own examples.

Every paragraph of every kind is read in one ``claimcheck extract --format json`` run, in
Markdown and in HTML (the offset contract checked for each figure). The README's "Session 60
forms, second part" item says each rule.
"""

from __future__ import annotations

from figure_helpers import fig, paragraph_tests

KINDS: dict[str, list] = {
    # a change in points: signed beside a share, or short after a verb of change beside one,
    # is percentage points; signed with no share near it is points of a score; a nutrition
    # panel's bare "Calories" value is kcal
    "units lost": [
        # first in the draft: a share in the paragraph before would make these percentage
        # points in HTML, whose paragraphs and cells are both blocks (README, ambiguous)
        ("The mean pain score changed by +3 points.",
         [fig("+3 points", 3, unit="points")]),
        ("Screening uptake was 71.2% this year against 69.6% (+1.6 pts).",
         [fig("71.2%", 71.2, unit="percent"), fig("69.6%", 69.6, unit="percent"),
          fig("+1.6 pts", 1.6, unit="percentage points")]),
        ("Uptake fell to 66.9% (\u22120.5 pts).",
         [fig("66.9%", 66.9, unit="percent"),
          fig("\u22120.5 pts", -0.5, unit="percentage points")]),
        ("Vaccine cover was 88% last year and 86.5% now (\u22121.5 pts).",
         [fig("88%", 88, unit="percent"), fig("86.5%", 86.5, unit="percent"),
          fig("\u22121.5 pts", -1.5, unit="percentage points")]),
        ("Smoking rose 2.1 pts to 14% among young men.",
         [fig("2.1 pts", 2.1, unit="percentage points"), fig("14%", 14, unit="percent")]),
        ("Calories 150", [fig("150", 150, unit="kcal")]),
        ("Calories: 230", [fig("230", 230, unit="kcal")]),
        ("The team scored 12 pts in 40% of games.",
         [fig("12", 12), fig("40%", 40, unit="percent")]),
    ],
    # a kJ/kcal pair is two figures, each with its unit, also where the spaces are no-break
    # spaces written as entities (the entity's blanks were not taken out before the slash)
    "kJ and kcal pairs": [
        ("One flapjack gives 622&nbsp;kJ/148&nbsp;kcal of energy.",
         [fig("622&nbsp;kJ", 622, unit="kJ"), fig("148&nbsp;kcal", 148, unit="kcal")]),
        ("An adult needs about 8400&nbsp;kJ/2000&nbsp;kcal a day.",
         [fig("8400&nbsp;kJ", 8400, unit="kJ"), fig("2000&nbsp;kcal", 2000, unit="kcal")]),
        ("A slice of toast has 330&nbsp;kJ/79&nbsp;kcal.",
         [fig("330&nbsp;kJ", 330, unit="kJ"), fig("79&nbsp;kcal", 79, unit="kcal")]),
        ("A can of cola holds 590\u00a0kJ/139\u00a0kcal.",
         [fig("590\u00a0kJ", 590, unit="kJ"), fig("139\u00a0kcal", 139, unit="kcal")]),
        ("One biscuit gives 250 kJ/60&nbsp;kcal.",
         [fig("250 kJ", 250, unit="kJ"), fig("60&nbsp;kcal", 60, unit="kcal")]),
        ("A banana gives 450&nbsp;kJ/107 kcal.",
         [fig("450&nbsp;kJ", 450, unit="kJ"), fig("107 kcal", 107, unit="kcal")]),
    ],
    # labels that hold a number are no figures: someone's age said with a verb of being or
    # joining, a category of a scale, a visit named by its period, a milk's fat, the base
    # of a natural frequency or a composition, a web address, a postcode after a street
    "not figures": [
        ("If your baby is 2 to 3 months old and has a high temperature, call your GP.", []),
        ("When your child is 6 months old, you can start solid foods.", []),
        ("By the time you are 60 and a half, you should have had your first kit.", []),
        ("Keep going until she turns 16.", []),
        ("Members who join at 61 or older pay a 20% co-payment.",
         [fig("20%", 20, unit="percent")]),
        ("People who enrol at 70 or over are not covered.", []),
        ("Out of every 100 people tested, about 97 get a clear result.",
         [fig("about 97", 97, approx=True)]),
        ("Of every 1,000 women screened, 8 are found to have cancer.", [fig("8", 8)]),
        ("Each 5 mL contains 2.5 g of sugar.", [fig("2.5 g", 2.5, unit="g")]),
        ("Every 10 ml spoonful provides 250 mg of calcium.", [fig("250 mg", 250, unit="mg")]),
        ("Pressure ulcers of category 2 or above fell from 40 to 31.",
         [fig("40", 40, role="before"), fig("31", 31, role="after")]),
        ("We saw 12 category 3 ulcers this year.", [fig("12", 12)]),
        ("Pain scores were lower at the 8-month visit.", []),
        ("Weight is checked at your 6-week appointment.", []),
        ("Make it with 250 ml of 1%-fat milk.", [fig("250 ml", 250, unit="mL")]),
        ("Choose 0% fat yoghurt over cream.", []),
        ("Call 111 or go to 111.nhs.uk if you need help.", []),
        ("Write to Care Mutual, Rue Neuve 48, 1000 Brussels.", []),
        ("About 1 in every 5 adults smoke.",
         [fig("About 1 in every 5", 0.2, unit="proportion", approx=True)]),
        ("The 6-week course cut pain by 30%.",
         [fig("6-week", 6, unit="week"), fig("30%", 30, unit="percent")]),
    ],
}  # fmt: skip


ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s60b"
)
