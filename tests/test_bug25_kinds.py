"""Issue 11, the kinds round bug25 found (ext35): labels, registries, forums and schedules,
each kind read as a whole, with examples of our own wording; every figure is checked at its
offset (``text == file[start:end]``).

1. Joules by their symbol are a unit, read as the spelled-out word is (``360 J``,
   ``120–200 J``); per body weight ``J/kg``; ``kJ`` stays kilojoules.
2. ``IU`` keeps its name as the unit (``1000 IU``, ``400 IU/day``, ``IU/L``).
3. An ASCII arrow between two figures (``->``, ``-->``, ``=>``) is a change, as ``→`` is:
   the first figure ``before``, the second ``after``, never a comparator.
4. A degree sign on the first end only (``20° to 25°C``) is one range in the second end's
   scale.
5. A grade with a comparator (``Grade ≥3``, ``grade 3 or higher``) names which events are
   counted: no figure.
6. A number's modifier noun keeps its unit and takes no word after it (``a 2,000 calorie
   diet``, ``a 12 step programme helps``).
7. A trial registry's age-eligibility field is an age group, not a duration.
8. Schedule lists (``at weeks 12, 24 and 48``) name when; ``-ish`` is approximate; a whole
   number of stars is a rating; ``SIR``/``SMR``/the number needed to treat are statistics.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig


def _ci(low: float, high: float, level: float | None = 95.0) -> dict:
    """A CI spread as the JSON gives it."""
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": level}


KINDS = {
    "joules": [
        ("The pads delivered 360 J on the third try.", [fig("360 J", 360.0, unit="joules")]),
        (
            "Biphasic units use 150–200 J for adults.",
            [fig("150–200 J", 150.0, 200.0, unit="joules")],
        ),
        ("Children get 2 J/kg for the first shock.", [fig("2 J/kg", 2.0, unit="J/kg")]),
        ("A second shock of 4 J per kg may follow.", [fig("4 J per kg", 4.0, unit="J/kg")]),
        ("The unit stores 200J between shocks.", [fig("200J", 200.0, unit="joules")]),
        (
            "Cardioversion used 50 J to 100 J in most cases.",
            [fig("50 J to 100 J", 50.0, 100.0, unit="joules")],
        ),
        ("One flapjack holds 1,600 kJ of energy.", [fig("1,600 kJ", 1600.0, unit="kJ")]),
        ("Volume 96 J Med was cited.", []),
    ],
    "international units": [
        ("Adults may take 1000 IU of vitamin D.", [fig("1000 IU", 1000.0, unit="IU")]),
        ("Babies need 400 IU/day in winter.", [fig("400 IU/day", 400.0, unit="IU/day", per="day")]),
        ("The upper limit is 4,000 IU/d.", [fig("4,000 IU/d", 4000.0, unit="IU/day", per="day")]),
        ("Her ALT was 52 IU/L last week.", [fig("52 IU/L", 52.0, unit="IU/L")]),
        ("Heparin 5,000 units was given.", [fig("5,000 units", 5000.0, unit="unit")]),
        ("Start with 10 IU at bedtime.", [fig("10 IU", 10.0, unit="IU")]),
    ],
    "ascii arrow": [
        (
            "My HbA1c went 8.4 -> 6.9 in a year.",
            [fig("8.4", 8.4, role="before"), fig("6.9", 6.9, role="after")],
        ),
        (
            "Weight 118 kg --> 102 kg since spring.",
            [
                fig("118 kg", 118.0, unit="kg", role="before"),
                fig("102 kg", 102.0, unit="kg", role="after"),
            ],
        ),
        (
            "Triglycerides 3.1=>1.8 on fish oil.",
            [fig("3.1", 3.1, role="before"), fig("1.8", 1.8, role="after")],
        ),
        (
            "Pain score 7->3 points after the block.",
            [fig("7", 7.0, role="before"), fig("3 points", 3.0, unit="points", role="after")],
        ),
        (
            "Body fat 31%->24% by June.",
            [
                fig("31%", 31.0, unit="percent", role="before"),
                fig("24%", 24.0, unit="percent", role="after"),
            ],
        ),
        (
            "Resting pulse 88 → 64 after training.",
            [fig("88", 88.0, role="before"), fig("64", 64.0, role="after")],
        ),
        ("Treat if the score is => 3.", [fig("=> 3", 3.0, None, comparator="=>")]),
    ],
    "degree on the first end": [
        (
            "Keep the pens at 20° to 25°C.",
            [fig("20° to 25°C", 20.0, 25.0, unit="°C")],
        ),
        (
            "Ship the kit between 2° and 8°C only.",
            [fig("between 2° and 8°C", 2.0, 8.0, unit="°C")],
        ),
        ("The label says 59° to 86°F.", [fig("59° to 86°F", 59.0, 86.0, unit="°F")]),
        ("A normal reading is 36.1°–37.2° C.", [fig("36.1°–37.2° C", 36.1, 37.2, unit="°C")]),
        ("Store the syrup at 15°-30°C.", [fig("15°-30°C", 15.0, 30.0, unit="°C")]),
        ("Raise the head of the bed 30° to 45°.", [fig("30° to 45°", 30.0, 45.0, unit="degree")]),
    ],
    "grade with a comparator": [
        ("Grade ≥3 rashes affected 14% of users.", [fig("14%", 14.0, unit="percent")]),
        ("grade 3 or higher anaemia hit 22 patients.", [fig("22 patients", 22.0, unit="patients")]),
        ("CTCAE grade 2+ fatigue was noted in 30%.", [fig("30%", 30.0, unit="percent")]),
        ("Grade ≥ 2 nausea was uncommon.", []),
        ("Grade 2 or above colitis occurred in 8%.", [fig("8%", 8.0, unit="percent")]),
        ("Toxicity of grade >2 was seen in 5% of the arm.", [fig("5%", 5.0, unit="percent")]),
    ],
    "modifier noun": [
        ("Labels assume a 2,000 calorie diet.", [fig("2,000 calorie", 2000.0, unit="kcal")]),
        (
            "A 2,500 calorie diet suits active men.",
            [fig("2,500 calorie", 2500.0, unit="kcal")],
        ),
        ("She kept to a 1,200-calorie plan.", [fig("1,200-calorie", 1200.0, unit="kcal")]),
        ("Swallow a 20-mg capsule at night.", [fig("20-mg", 20.0, unit="mg")]),
        ("A 12 step programme helps many drinkers.", [fig("12 step", 12.0, unit="step")]),
        ("A 4 drug regimen suits most adults.", [fig("4 drug", 4.0, unit="drug")]),
        ("Each bar holds 230 kilocalories.", [fig("230 kilocalories", 230.0, unit="kcal")]),
    ],
    "schedule lists, -ish, stars and statistics": [
        ("Swabs were taken at weeks 4, 8 and 16.", []),
        ("Infuse on days 1, 8 and 22.", []),
        ("Scans at months 6, 12 and 24 were clear.", []),
        (
            "Over 8 weeks 14 patients improved.",
            [
                fig("Over 8 weeks", 8.0, None, unit="week", li=False, comparator="Over"),
                fig("14 patients", 14.0, unit="patients"),
            ],
        ),
        ("Maybe 30ish% of my group had it.", [fig("30ish%", 30.0, unit="percent", approx=True)]),
        ("The queue took 25ish minutes.", [fig("25ish minutes", 25.0, unit="minute", approx=True)]),
        (
            "Around 40-ish parents came.",
            [fig("Around 40-ish parents", 40.0, unit="parents", approx=True)],
        ),
        ("Reviewers gave it 4 out of 5 stars.", [fig("4 out of 5", 4.0)]),
        ("Three out of 5 dentists agree.", [fig("Three out of 5", 0.6, unit="proportion")]),
        (
            "The SIR 2.4 (95% CI 1.6–3.5) was high.",
            [fig("SIR 2.4", 2.4, statistic="SIR", spread=_ci(1.6, 3.5))],
        ),
        (
            "The number needed to treat was 21.",
            [fig("number needed to treat was 21", 21.0, statistic="NNT")],
        ),
        (
            "A standardised mortality ratio of 1.3 was found.",
            [fig("standardised mortality ratio of 1.3", 1.3, statistic="SMR")],
        ),
    ],
}
CASES = cases_by_kind(KINDS)
REGISTRY_AGES = [
    (
        "Ages Eligible for Study: 21 Years to 80 Years (Adult, Older Adult); 55% were women.",
        "Ages Eligible for Study: 21 Years to 80 Years",
        (21.0, 80.0),
    ),
    ("Maximum Age: 70 Years, 25 sites.", "Maximum Age: 70 Years", (None, 70.0)),
    ("Minimum Age: 16 Years, 14 sites.", "Minimum Age: 16 Years", (16.0, None)),
    (
        "Age Range: 2 Years to 11 Years, with 150 children.",
        "Age Range: 2 Years to 11 Years",
        (2.0, 11.0),
    ),
    ("Eligible ages: 45 to 74 years; 9 clinics.", "Eligible ages: 45 to 74 years", (45.0, 74.0)),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("bug25"), [text for _, text, _ in CASES])


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_each_kind_is_read_as_a_whole(readings, kind, text, expected) -> None:
    assert_read_as(readings[text], text, expected)


@pytest.mark.parametrize(("text", "label", "bounds"), REGISTRY_AGES)
def test_registry_age_field_is_a_group(tmp_path, extract_json, text, label, bounds) -> None:
    """The field is the claim's group label, in years, and never a figure of its own."""
    draft = tmp_path / "record.md"
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    file_text = draft.read_text(encoding="utf-8")
    groups = [g for c in claims for g in c["groups"]]
    assert [g["text"] for g in groups] == [label]
    assert (groups[0]["low"], groups[0]["high"]) == bounds
    assert groups[0]["unit"] == "year"
    for claim in claims:
        for quantity in claim["quantities"]:
            assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
            assert quantity["start"] >= len(label)  # nothing read inside the field
