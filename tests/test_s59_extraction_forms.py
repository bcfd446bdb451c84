"""Figure forms from session 59 (issue 11, extraction breadth; held-out set s59x), fixed as
kinds with our own examples.

Every paragraph of every kind is read in one ``claimcheck extract --format json`` run, in
Markdown and in HTML (the offset contract checked for each figure). The README's "Session 59
forms" item says each rule. Some rows are forms other extractors' trackers reported
(named beside them), written afresh.
"""

from __future__ import annotations

from figure_helpers import fig, paragraph_tests

THIRD = 1 / 3
TWO_THIRDS = 2 / 3

KINDS: dict[str, list] = {
    # a multiple said against another figure reads as "twice as likely" does: fold, its hedge
    # in the span and approximate
    "multiples against a figure": [
        ("Readmissions in Eastvale ran at roughly twice that of Northam.",
         [fig("roughly twice", 2.0, unit="fold", approx=True)]),
        ("The fracture rate was about three times the rate in the youngest group.",
         [fig("about three times", 3.0, unit="fold", approx=True)]),
        ("Among vapers, the risk was half that of smokers.", [fig("half", 0.5, unit="fold")]),
        ("Hospital stays were twice as long as in 2010.", [fig("twice", 2.0, unit="fold")]),
        ("Women were twice as likely to report pain as men.", [fig("twice", 2.0, unit="fold")]),
        ("Costs per head were nearly four times those seen in Spain.",
         [fig("nearly four times", 4.0, unit="fold", approx=True)]),
        ("Mortality was about a third that of the general population.",
         [fig("about a third", THIRD, unit="fold", approx=True)]),
        ("Deaths were twice the national rate.", [fig("twice", 2.0, unit="fold")]),
        ("Obesity in Riverside is twice that in Marbury.", [fig("twice", 2.0, unit="fold")]),
        ("Costs were double those of 2019.", [fig("double", 2.0, unit="fold")]),
        ("Uptake was roughly half the national average.",
         [fig("roughly half", 0.5, unit="fold", approx=True)]),
        # UD_English-EWT #510: "double the price"
        ("Patients in the north paid double the price of the generic.",
         [fig("double", 2.0, unit="fold")]),
        # a dose or an amount is no figure compared against
        ("Take twice the usual dose on the first day.", []),
        ("The dose is twice the usual one.", []),
        ("Do not take twice that in one day.", [fig("one day", 1, unit="day")]),
    ],
    # a fraction in words with its comparator is a figure, with a percentage in brackets
    # after it as in front of "of"
    "fractions with a comparator": [
        ("Screening uptake rose to more than a third (36%) in 2009.",
         [fig("more than a third", THIRD, None, unit="proportion", li=False),
          fig("36%", 36, unit="percent")]),
        ("Obesity rose to more than a third (35.2%).",
         [fig("more than a third", THIRD, None, unit="proportion", li=False),
          fig("35.2%", 35.2, unit="percent")]),
        ("Coverage was almost two-thirds (64.5%) among girls.",
         [fig("almost two-thirds", TWO_THIRDS, unit="proportion", approx=True),
          fig("64.5%", 64.5, unit="percent")]),
        ("Smoking fell from a quarter in 2000 to under a fifth (18.4%) in 2020.",
         [fig("a quarter", 0.25, unit="proportion"),
          fig("under a fifth", None, 0.2, unit="proportion", hi=False),
          fig("18.4%", 18.4, unit="percent")]),
        ("Vaccination reached fewer than one in five (19%) by March.",
         [fig("fewer than one in five", None, 0.2, unit="proportion", hi=False),
          fig("19%", 19, unit="percent")]),
        ("Almost a quarter (23%) of pupils walk to school.",
         [fig("Almost a quarter", 0.25, unit="proportion", approx=True),
          fig("23%", 23, unit="percent")]),
        ("Over half (51.2%) of dentists reported shortages.",
         [fig("Over half", 0.5, None, unit="proportion", li=False),
          fig("51.2%", 51.2, unit="percent")]),
        ("Adherence was around two thirds.",
         [fig("around two thirds", TWO_THIRDS, unit="proportion", approx=True)]),
        # grobid-quantities #66: "at least two-thirds of wins"
        ("At least two-thirds of wards met the standard.",
         [fig("At least two-thirds", TWO_THIRDS, None, unit="proportion")]),
        # Recognizers-Text #1173: "more than half people"
        ("More than half patients improved.",
         [fig("More than half", 0.5, None, unit="proportion", li=False)]),
        # spaCy #5827: "One-third of Bhutan's population"
        ("One-third of Lakeland's population smokes.",
         [fig("One-third", THIRD, unit="proportion")]),
    ],
    # a count in words beside a count in digits takes its counted noun
    "word counts beside digit counts": [
        ("In the trial, 23 people on statins and seven on placebo had a stroke.",
         [fig("23 people", 23, unit="people"), fig("seven", 7, unit="people")]),
        ("Nausea affected 19 patients in the high-dose arm and five in the low-dose arm.",
         [fig("19 patients", 19, unit="patients"), fig("five", 5, unit="patients")]),
        ("The ward admitted 4 boys and three girls with measles.",
         [fig("4 boys", 4, unit="boys"), fig("three girls", 3, unit="girls")]),
        ("We saw 12 cases in 2022 and nine in 2023.",
         [fig("12 cases", 12, unit="cases"), fig("nine", 9, unit="cases")]),
        ("Rashes were seen in 8 children given the new vaccine and two given the old one.",
         [fig("8 children", 8, unit="children"), fig("two", 2, unit="children")]),
        ("Bleeds hit 11 women taking aspirin compared with four taking the dummy pill.",
         [fig("11 women", 11, unit="women"), fig("four", 4, unit="women")]),
        ("Side effects hit 31 men in the trial and nine in the control group.",
         [fig("31 men", 31, unit="men"), fig("nine", 9, unit="men")]),
        # decided in session 58: before a verb the noun is not carried
        ("Four wards opened and two closed.",
         [fig("Four wards", 4, unit="wards"), fig("two", 2)]),
    ],
    # every comparator of a negated instruction's list is a maximum (or a minimum)
    "negated limits in a list": [
        ("Do not take more than 6 capsules in 24 hours or for longer than 5 days.",
         [fig("more than 6 capsules", None, 6, unit="capsules/day"),
          fig("24 hours", 24, unit="hour"),
          fig("longer than 5 days", None, 5, unit="day")]),
        ("Don't use the spray for longer than 7 days, or more than 3 times a day.",
         [fig("longer than 7 days", None, 7, unit="day"),
          fig("more than 3 times a day", None, 3, unit="times/day")]),
        ("You should not take more than 2 tablets at once, or take it for longer than 10 days"
         " for pain, or for longer than 3 days for a fever.",
         [fig("more than 2 tablets", None, 2, unit="tablets"),
          fig("longer than 10 days", None, 10, unit="day"),
          fig("longer than 3 days", None, 3, unit="day")]),
        ("Never leave it on for longer than 20 minutes or above 40°C.",
         [fig("longer than 20 minutes", None, 20, unit="minute"),
          fig("above 40°C", None, 40, unit="°C")]),
        ("Children should not have more than 2 spoonfuls or use it for longer than 3 days.",
         [fig("more than 2 spoonfuls", None, 2, unit="spoonfuls"),
          fig("longer than 3 days", None, 3, unit="day")]),
        ("Do not drink more than 14 units a week or more than 3 units in one day.",
         [fig("more than 14 units a week", None, 14, unit="unit"),
          fig("more than 3 units", None, 3, unit="unit"),
          fig("one day", 1, unit="day")]),
        ("Do not give it to children under 12 or for longer than 5 days.",
         [fig("longer than 5 days", None, 5, unit="day")]),
        ("Avoid taking more than 2 tablets at once or using it for longer than 3 days.",
         [fig("more than 2 tablets", None, 2, unit="tablets"),
          fig("longer than 3 days", None, 3, unit="day")]),
        # Recognizers-Text #1692: "exceeding 150"; a floor in the same list is a minimum
        ("The dose must not exceed 150 mg or fall below 50 mg.",
         [fig("not exceed 150 mg", None, 150, unit="mg"), fig("below 50 mg", 50, None, unit="mg")]),
        # a condition or another instruction ends the list
        ("Do not use it if you are over 70 or weigh less than 40 kg.",
         [fig("less than 40 kg", None, 40, unit="kg", hi=False)]),
        ("Do not take for more than 3 days, and see your GP if symptoms last longer than 5 days.",
         [fig("more than 3 days", None, 3, unit="day"),
          fig("longer than 5 days", 5, None, unit="day", li=False)]),
        ("Without treatment, more than 20% die and over 40% are disabled.",
         [fig("more than 20%", 20, None, unit="percent", li=False),
          fig("over 40%", 40, None, unit="percent", li=False)]),
        ("Patients who took more than 3 tablets had side effects.",
         [fig("more than 3 tablets", 3, None, unit="tablets", li=False)]),
    ],
    # the README's list rule and session 58's decision, as the README now says them together:
    # a child's schedule ages are group labels, other times at a list stay durations
    "schedule ages and listed times": [
        ("Babies are vaccinated at 8, 12 and 16 weeks.", []),
        ("Infants were immunised at 2, 4 and 6 months of age.", []),
        ("Adults were vaccinated at 8, 12 and 16 weeks after enrolment.",
         [fig("8", 8, unit="week"), fig("12", 12, unit="week"), fig("16 weeks", 16, unit="week")]),
        ("Children were seen at 6 and 12 months.",
         [fig("6", 6, unit="month"), fig("12 months", 12, unit="month")]),
    ],
}  # fmt: skip


ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s59"
)
