"""A bare number that a sentence sets beside an earlier figure takes that figure's unit
(nlp/elided_units), as ``claimcheck extract --format json`` shows it, and lint then judges it
against the claim in that unit."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

# (sentence, the figure that says the unit, the bare figure after it, as written)
CARRIED = [
    # a rate, then years
    ("Measles killed 4.1 people per 100,000 children in 2015 and 2.9 in 2019.", "2.9"),
    # a rate by arm
    (
        "Relapse occurred at 18.5 events per 100 patient-years on the drug and 27.0 on placebo.",
        "27.0",
    ),
    # a statistic
    ("The odds ratio was 1.42 for smokers and 1.08 for former smokers.", "1.08"),
    # a weight against placebo
    ("Patients lost 6.8 kg on tirzepatide against 0.9 on placebo.", "0.9"),
    # money over years
    ("A course cost £2,300 in 2018 and 3,100 in 2024.", "3,100"),
    # a percentage, then 'versus'
    ("Remission was seen in 41% of the treated group versus 12 in the control group.", "12"),
    # a semicolon and 'it was'
    ("In 2010 there were 310 deaths per 100,000 births; by 2020 it was 212.", "212"),
    # a change said with a verb
    (
        "After peaking at 5.6 deaths per 1,000 births in 2016, the rate dropped to 4.2 in 2023.",
        "4.2",
    ),
    # a comma across a few words
    ("Trial A's hazard ratio was 0.74, trial B's 0.81.", "0.81"),
    # the number alone in brackets, a multiple passed over
    ("Boys died at 7.7 per 1,000 births, 1.2 times the rate for girls (6.4).", "6.4"),
    # durations
    ("Median survival was 19 months with the new drug and 13 with chemotherapy.", "13"),
    # a phrase repeated with its preposition after a comma: a list of groups
    ("Symptoms lasted 9.2 years in Black women, 6.1 in white women and 4.4 in Asian women.", "6.1"),
    ("Symptoms lasted 9.2 years in Black women, 6.1 in white women and 4.4 in Asian women.", "4.4"),
    ("Costs were $410 for adults, 260 for children.", "260"),
    # a dose that names an arm is passed over: it lends no unit
    ("Mean LDL was 2.1 mmol/L with velorant 20 mg and 2.9 with placebo.", "2.9"),
    ("Pain scores fell by 2.4 points on tessmiran 150 mg versus 1.1 on placebo.", "1.1"),
    # a grouped number after an acronym or a name in a clause without its verb: a count, not
    # a name's number like "HPV 16" (the grouping says so)
    ("Norovirus caused 21,300 cases in care homes, and RSV 14,750.", "14,750"),
    ("In 2022 E. coli caused 41,200 infections and MRSA 12,900.", "12,900"),
    ("Flu sent 1,480 people to hospital in 2019 and RSV 1,125.", "1,125"),
]

# (sentence, figure as written, its rate's denominator): a rate after a label word ("group",
# "arm") is an amount, not the label's number
RATE_AFTER_LABEL = [
    (
        "The screened group had 61 deaths per 100,000 person-years, the control group 84 per "
        "100,000 person-years.",
        "84 per 100,000 person-years",
    ),
    (
        "Falls ran at 3.1 per 1,000 bed-days on ward A and the comparison arm 4.8 per 1,000 "
        "bed-days.",
        "4.8 per 1,000 bed-days",
    ),
]

# (sentence, bare figure as written): the sentence does not say what the number is
KEPT_BARE = [
    # a verb follows and no whole is said first: 96 what? ("Of 420 patients, 96 had …" counts
    # the whole's patients since session 60: tests/test_s60_extraction_forms.py)
    ("In the end 96 had a second stroke.", "96"),
    ("At 10 years the ratio was 0.79 in women.", "0.79"),  # a time frame lends no unit
    ("Within 6 months, 14 of them relapsed.", "14"),
    ("The clinic saw 35 patients, 2 of them twice.", "2"),
    ("On admission: weight 96.2 kg, BMI 33.5, and pulse regular.", "33.5"),
    ("Cholesterol was 5.2 mmol/L, LDL 3.1 on the second test.", "3.1"),
    ("A 20 mg dose was given; the follow-up survey had 44 questions answered by 30 of them.", "30"),
    ("Weight was 96.2 kg in March, 33.5 on the BMI scale.", "33.5"),  # another preposition
    # a dose naming an arm measures nothing the numbers after it leave out
    ("The relapse rate was 0.21 on ozatumab 0.5 mg and 0.19 on 1.25 mg.", "0.19"),
    ("Attacks per month were 3.2 with drug K 10 mg, against 4.6 on placebo.", "4.6"),
]


def _quantities(extract_json, tmp_path, sentences):
    path = tmp_path / "page.md"
    path.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    claims = extract_json(path)["documents"][0]["claims"]
    return [(claim["text"], q) for claim in claims for q in claim["quantities"]]


def _find(found, sentence, figure):
    matches = [q for text, q in found if text == sentence and q["text"] == figure]
    assert matches, f"{figure!r} not read in {sentence!r}"
    return matches[0]


def _reading(quantity):
    return quantity["unit"], quantity["per"], quantity["statistic"], quantity["kind"]


def test_a_bare_number_beside_a_figure_takes_its_unit(extract_json, tmp_path):
    found = _quantities(extract_json, tmp_path, [sentence for sentence, _f in CARRIED])
    for sentence, figure in CARRIED:
        first = next(q for text, q in found if text == sentence)  # the figure with the unit
        quantity = _find(found, sentence, figure)
        assert first["text"] != figure and first["start"] < quantity["start"], sentence
        assert _reading(first)[:3] != (None, None, None), sentence
        assert _reading(quantity) == _reading(first), sentence


def test_a_rate_after_a_label_word_is_a_figure(extract_json, tmp_path):
    found = _quantities(extract_json, tmp_path, [sentence for sentence, _f in RATE_AFTER_LABEL])
    for sentence, figure in RATE_AFTER_LABEL:
        quantity = _find(found, sentence, figure)
        assert quantity["per"] is not None, sentence


def test_a_name_number_stays_no_figure(extract_json, tmp_path):
    # the grouping is what makes "RSV 14,750" a count: "HPV 16" and "Group 2" stay names
    sentences = [
        "Vaccines against HPV 16 were offered to girls in 2019.",
        "Patients in Group 2 were seen in 2021.",
    ]
    found = _quantities(extract_json, tmp_path, sentences)
    assert [q["text"] for _text, q in found] == []


def test_a_number_the_sentence_does_not_say_the_unit_of_stays_bare(extract_json, tmp_path):
    found = _quantities(extract_json, tmp_path, [sentence for sentence, _f in KEPT_BARE])
    for sentence, figure in KEPT_BARE:
        quantity = _find(found, sentence, figure)
        assert quantity["unit"] is None and quantity["per"] is None, sentence
        assert quantity["statistic"] is None, sentence


REGISTRY = """\
- id: measles-death-rate-2019
  statement: In 2019 measles killed 2.9 people per 100,000 children under five.
  subject: [measles]
  context: [deaths, children, "2019"]
  value: {value: 2.9, unit: "deaths per 100,000 children"}
  sources:
    - citation: Our own test source, 2020
      url: https://example.org/measles
      quote: In 2019 measles killed 2.9 people per 100,000 children under five.
  status: approved
  review_by: 2030-01-01
- id: measles-death-rate-2015
  statement: In 2015 measles killed 4.1 people per 100,000 children under five.
  subject: [measles]
  context: [deaths, children, "2015"]
  value: {value: 4.1, unit: "deaths per 100,000 children"}
  sources:
    - citation: Our own test source, 2016
      url: https://example.org/measles-2015
      quote: In 2015 measles killed 4.1 people per 100,000 children under five.
  status: approved
  review_by: 2030-01-01
"""


lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Measles killed 4.1 children per 100,000 in 2015 and 2.9 in 2019.", {}),
        (
            "Measles killed 4.1 children per 100,000 in 2015 and 3.6 in 2019.",
            {"3.6": ("CC101", "measles-death-rate-2019")},
        ),
        (
            "Measles killed 2.9 children per 100,000 in 2015 and 4.1 in 2019.",
            {
                "2.9 children per 100,000": ("CC101", "measles-death-rate-2015"),
                "4.1": ("CC101", "measles-death-rate-2019"),
            },
        ),
    ],
)
def test_lint_judges_the_elided_figure_in_its_unit(lint_text, text, expected):
    assert lint_text(text) == expected
