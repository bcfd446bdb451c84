"""Figure forms from session 60 (issue 11, extraction breadth), fixed as kinds with our own
examples.

Every paragraph of every kind is read in one ``claimcheck extract --format json`` run, in
Markdown and in HTML (the offset contract checked for each figure). The README's "Session 60
forms" item says each rule. Some rows are forms other extractors' trackers reported (named
beside them), written afresh.
"""

from __future__ import annotations

from figure_helpers import fig, paragraph_tests

THIRD = 1 / 3
TWO_THIRDS = 2 / 3

KINDS: dict[str, list] = {
    # a count before its verb in coordinated clauses is a count of its own, spelled or in
    # digits; after a whole said first it counts the whole's noun, with none it stays bare
    "counts before a verb": [
        ("Of the 40 patients, 12 had surgery and seven had radiotherapy.",
         [fig("40 patients", 40, unit="patients", kind="count"),
          fig("12", 12, unit="patients", kind="count"),
          fig("seven", 7, unit="patients", kind="count")]),
        ("Of 50 patients, 38 responded and twelve did not.",
         [fig("50 patients", 50, unit="patients"), fig("38", 38, unit="patients"),
          fig("twelve", 12, unit="patients")]),
        ("Of the 60 children treated, forty-two were cured and eighteen relapsed.",
         [fig("60 children", 60, unit="children"), fig("forty-two", 42, unit="children"),
          fig("eighteen", 18, unit="children")]),
        ("Of the 120 women enrolled, 85 completed the study and 35 dropped out.",
         [fig("120 women", 120, unit="women"), fig("85", 85, unit="women"),
          fig("35", 35, unit="women")]),
        ("Of 300 smokers, 50 quit after 6 months and 20 relapsed within a year.",
         [fig("300 smokers", 300, unit="smokers"), fig("50", 50, unit="smokers"),
          fig("6 months", 6, unit="month"), fig("20", 20, unit="smokers"),
          fig("within a year", None, 1, unit="year")]),
        ("Of the 25 patients, three died within 30 days.",
         [fig("25 patients", 25, unit="patients"), fig("three", 3, unit="patients"),
          fig("within 30 days", None, 30, unit="day")]),
        ("Of the 90 patients who were randomised, 41 (46%) improved and 49 did not.",
         [fig("90 patients", 90, unit="patients"), fig("41", 41, unit="patients"),
          fig("46%", 46, unit="percent"), fig("49", 49, unit="patients")]),
        # no whole said: each count is read, bare (the sentence does not say 9 what)
        ("Twenty had surgery and 11 had chemotherapy.",
         [fig("Twenty", 20, kind="number"), fig("11", 11, kind="number")]),
        ("In the end 14 had surgery and six had radiotherapy.",
         [fig("14", 14), fig("six", 6)]),
        ("Nine recovered fully, while three needed a transplant.",
         [fig("Nine", 9), fig("three", 3)]),
        ("Five were admitted; two died.", [fig("Five", 5), fig("two", 2)]),
        ("By March, 23 had been vaccinated but four had refused.",
         [fig("23", 23), fig("four", 4)]),
        # a determiner or a pronoun's words count nobody anew; a lone spelled number stays
        # a word
        ("The two had surgery and one had radiotherapy.", []),
        ("All three were treated and two recovered.", []),
        ("Seven had no side effects.", []),
        ("She had two children and three grandchildren.",
         [fig("two children", 2, unit="children")]),
    ],
    # a proportion in words of a whole said as a pronoun phrase ("those in", "those who",
    # "those aged"): the proportion, its hedge and comparator, and no figure of the phrase
    # (the ages in it are its group)
    "proportions of those": [
        ("One-third of those in the trial had nausea.",
         [fig("One-third", THIRD, unit="proportion")]),
        ("A quarter of those who smoke will die early.",
         [fig("A quarter", 0.25, unit="proportion")]),
        ("Two in five of those aged 65 to 74 have arthritis.",
         [fig("Two in five", 0.4, unit="proportion")]),
        ("Nearly two-thirds of those surveyed said they exercised.",
         [fig("Nearly two-thirds", TWO_THIRDS, unit="proportion", approx=True)]),
        ("Symptoms persist in up to a third of those infected.",
         [fig("up to a third", None, THIRD, unit="proportion")]),
        ("More than half of those who start smoking become addicted.",
         [fig("More than half", 0.5, None, unit="proportion", li=False)]),
        ("Seven in 10 of those aged 18-24 use social media daily.",
         [fig("Seven in 10", 0.7, unit="proportion")]),
        ("A third of those in their 70s and half of those in their 80s have hearing loss.",
         [fig("A third", THIRD, unit="proportion"), fig("half", 0.5, unit="proportion")]),
        ("Almost one in four of those in prison have a brain injury.",
         [fig("Almost one in four", 0.25, unit="proportion", approx=True)]),
    ],
    # a prescription's shorthand after a dose says when, never what is counted: q-hours read
    # as "every 8 hours" is (a duration), od/OD/o.d. as once a day after a dose's unit or form
    # (as bd and tds are), nocte/mane/prn/stat end the counted noun
    "prescription shorthand after a dose": [
        ("Take 1 tablet q12h.",
         [fig("1 tablet", 1, unit="tablet"), fig("12h", 12, unit="hour", kind="duration")]),
        ("Take 2 tablets od.",
         [fig("2 tablets", 2, unit="tablets"),
          fig("od", 1, unit="times/day", kind="frequency", per="day")]),
        ("Take 1 capsule OD with food.",
         [fig("1 capsule", 1, unit="capsule"), fig("OD", 1, unit="times/day", per="day")]),
        ("Give 10 mg o.d. for a week.",
         [fig("10 mg", 10, unit="mg"), fig("o.d.", 1, unit="times/day", per="day"),
          fig("a week", 1, unit="week")]),
        ("Omeprazole 20mg od before breakfast.",
         [fig("20mg", 20, unit="mg"), fig("od", 1, unit="times/day")]),
        ("Take 1 tablet nocte.", [fig("1 tablet", 1, unit="tablet")]),
        ("Use 1 drop qhs in each eye.", [fig("1 drop", 1, unit="drop")]),
        ("Take 1 tablet prn for pain.", [fig("1 tablet", 1, unit="tablet")]),
        # after a bare number OD is the right eye; alone it is an overdose
        ("IOP was 20 OD and 18 OS.", [fig("20", 20), fig("18", 18)]),
        ("The patient took an OD of paracetamol.", []),
    ],
    # a number hyphenated (or spaced) to "point" before a change's noun is how far a score
    # moved, in points, as "fell by 4 points" is; a points scale or plan is no figure
    "point changes": [
        ("Patients saw a 3-point drop in their score.", [fig("3-point", 3, unit="points")]),
        ("There was a 5-point increase in the mean score.", [fig("5-point", 5, unit="points")]),
        ("The drug gave a 2.5-point mean reduction on the pain scale.",
         [fig("2.5-point", 2.5, unit="points")]),
        ("Scores showed a four-point improvement.", [fig("four-point", 4, unit="points")]),
        ("A 7-point gap separated the two groups.", [fig("7-point", 7, unit="points")]),
        ("There was a 3 point drop in scores.", [fig("3 point", 3, unit="points")]),
        ("Scores fell by 4 points.", [fig("4 points", 4, unit="points")]),
        ("Smoking rates saw a 5-percentage-point drop.",
         [fig("5-percentage-point", 5, unit="percentage points")]),
        ("Pain is rated on a 10-point scale.", []),
        ("The NHS set out a 12-point plan.", []),
    ],
    # "38 degrees" with no scale under a body's temperature word is Celsius or Fahrenheit as
    # the number says (34-43 or 93-109); elsewhere, or out of both ranges, it stays a degree
    "temperatures said in degrees": [
        ("If your baby's temperature is over 38 degrees, call 111.",
         [fig("over 38 degrees", 38, None, unit="°C", li=False)]),
        ("A fever is a temperature of 38 degrees or more.",
         [fig("38 degrees or more", 38, None, unit="°C")]),
        ("Normal body temperature is about 37 degrees.",
         [fig("about 37 degrees", 37, unit="°C", approx=True)]),
        ("A temperature of 100.4 degrees or higher is a fever.",
         [fig("100.4 degrees or higher", 100.4, None, unit="°F")]),
        ("Her temperature was between 37.5 and 38 degrees.",
         [fig("between 37.5 and 38 degrees", 37.5, 38, unit="°C")]),
        ("A fever of 38° or more needs a doctor.", [fig("38° or more", 38, None, unit="°C")]),
        ("Hypothermia is when your body temperature drops below 35 degrees.",
         [fig("below 35 degrees", None, 35, unit="°C", hi=False)]),
        ("Bend your knee to 90 degrees.", [fig("90 degrees", 90, unit="degree")]),
        ("Wash bedding at 60 degrees to kill mites.", [fig("60 degrees", 60, unit="degree")]),
    ],
    # "past" after a verb of rising or being is a floor gone beyond, as "passed" is, and so
    # are "passed/crossed/topped the N mark" and "broke through N"; "in the past 12 months"
    # stays a period and "passed the 3 exams" a count
    "gone past a figure": [
        ("Cases climbed past 1,000 in May.", [fig("past 1,000", 1000, None, li=False)]),
        ("Waiting lists have gone past 7 million.",
         [fig("past 7 million", 7e6, None, li=False)]),
        ("Prices pushed past £500.", [fig("past £500", 500, None, unit="GBP", li=False)]),
        ("Life expectancy is now past 80 for women.", [fig("past 80", 80, None, li=False)]),
        ("Cases broke through 10,000.", [fig("broke through 10,000", 10000, None, li=False)]),
        ("The number of cases has now passed the 1,000 mark.",
         [fig("passed the 1,000", 1000, None, li=False)]),
        ("Spending crossed the £1 billion barrier in 2020.",
         [fig("crossed the £1 billion", 1e9, None, unit="GBP", li=False)]),
        ("Uptake passed the 90% threshold.",
         [fig("passed the 90%", 90, None, unit="percent", li=False)]),
        ("In the past 12 months, 3 people died.",
         [fig("12 months", 12, unit="month"), fig("3 people", 3, unit="people")]),
        ("She passed the 3 exams.", [fig("3 exams", 3, unit="exams")]),
    ],
}  # fmt: skip


ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html = paragraph_tests(
    KINDS, "s60"
)
