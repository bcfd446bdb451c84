"""Verdicts on forms from session 48's held-out sets, fixed as kinds with our own examples.

- A count whose noun is an everyday name (``broken hips``, ``mini strokes``) counts what the
  field's name counts (hip fractures, transient ischaemic attacks): it meets a claim in cases
  as the field's noun does, instead of finding no claim at all.
- A count of women who have an event only women have (a miscarriage, a stillbirth, a
  caesarean) is no narrower than the claim's count of those events: naming the sex narrows
  nothing there, as it does not for pregnancy.
- A share of a whole said all of ("of all strokes", "of strokes of any type") is no figure
  of a claim about a part that a word qualifies ("of ischaemic strokes"), nor the reverse:
  another whole, unsupported rather than backed or accused.
- A hedge excuses the distance, not the digits: "about 9,350" against a source's "about
  9,000" is overprecise (CC103), as "9,350" is.
- "never have symptoms", "cause no symptoms" say "asymptomatic": the claim about asymptomatic
  kidney cysts is found, and its own words are never judged against a sibling's figure.
- A timepoint its claim's statement states ("… within a year") is backed with the figure it
  times; a stale claim is reported once, on that figure, not on the timepoint too; a period
  counted from an event ("within 1 year of surgery, 0.15% die") times its figure and is no
  figure of a claim about a length of time.
- A treatment said with fewer words than the claim says it ("those given eye drops" against
  "treated with pressure-lowering eye drops") is that claim's arm, not another; "only
  watched", "just monitored" are the observation arm as "only observed" is.
- The doses a figure was measured after ("After three doses, …", "… after two doses and 83%
  after three") are its course wherever the sentence says them, and the count itself is no
  figure to back on its own (no CC102 on "three doses").
- A figure of a past year that its sentence sets against the present ("2.2 million in 2000;
  today about 3 million") is not the figure of an undated claim about how things are.
- A retired claim backs or accuses a figure only where no current claim is as well
  attributed: "about 75% by keyhole" is judged against today's 95%, not a retired 80%.
- The size of a relative change ("54% less likely", "cut the risk by 54%") is no figure of
  a claim that states the share of an arm's people who had the outcome.
- Units said another way: "50 cents a day" against a claim in dollars (or euros) a day;
  "200 kidney cyst removals every day" against operations a year (an operation by its name
  is a procedure, a day's count scales to a year's).
- A price for a pair ("£2,400 for both eyes", "£3,000 a pair") against a claim priced per
  one side ("£2,400 per eye") is twice the claim's: half of it is the price of one.
- "The lower dose" / "the higher dose" rank arms by a preparation's strength in percent too
  ("netarsudil 0.01% eye drops" against 0.02%), where the claims state no dose in mg."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "hip-fracture-count-ruritania",
            "About 41,000 hip fractures occur each year in Ruritania.",
            "{value: 41000, approx: true, unit: cases/year}",
            "hip fracture, hip fractures",
            "Ruritania, each year",
        ),
        valued_claim(
            "tia-count-ruritania",
            "About 18,000 transient ischaemic attacks occur each year in Ruritania.",
            "{value: 18000, approx: true, unit: cases/year}",
            "transient ischaemic attack, TIA",
            "Ruritania, each year",
        ),
        valued_claim(
            "miscarriage-count-ruritania",
            "About 23,000 miscarriages are recorded each year in Ruritania.",
            "{value: 23000, approx: true, unit: miscarriages/year}",
            "miscarriage, miscarriages",
            "Ruritania, each year",
        ),
        valued_claim(
            "caesarean-count-ruritania",
            "About 52,000 caesarean births took place in Ruritania in 2024.",
            "{value: 52000, approx: true, unit: births}",
            "caesarean section, caesarean birth",
            "Ruritania, year 2024",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 90,000 broken hips occur each year in Ruritania.",
            {"About 90,000 broken hips": ("CC101", "hip-fracture-count-ruritania")},
        ),
        ("About 41,000 broken hips occur each year in Ruritania.", {}),
        ("In Ruritania, around 41,000 fractured hips are treated every year.", {}),
        (
            "Each year Ruritania sees about 30,000 mini strokes.",
            {"about 30,000 mini strokes": ("CC101", "tia-count-ruritania")},
        ),
        ("Each year Ruritania sees about 18,000 mini-strokes.", {}),
        # the field's own noun, as before
        (
            "About 90,000 hip fractures occur each year in Ruritania.",
            {"About 90,000 hip fractures": ("CC101", "hip-fracture-count-ruritania")},
        ),
    ],
)
def test_a_count_by_its_everyday_name(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 23,000 women in Ruritania have a miscarriage each year.", {}),
        (
            "About 40,000 women in Ruritania have a miscarriage each year.",
            {"About 40,000 women": ("CC101", "miscarriage-count-ruritania")},
        ),
        ("In 2024, about 52,000 women in Ruritania gave birth by caesarean section.", {}),
        (
            "In 2024, about 80,000 women in Ruritania gave birth by caesarean section.",
            {"about 80,000 women": ("CC101", "caesarean-count-ruritania")},
        ),
    ],
)
def test_naming_the_only_sex_an_event_has_narrows_nothing(
    lint_text, text: str, expected: dict
) -> None:
    assert lint_text(text) == expected


PART_REGISTRY = "".join(
    (
        approved_claim(
            "af-share-ischaemic-strokes",
            "Atrial fibrillation causes about 25% of ischaemic strokes in Ruritania.",
            25,
            "atrial fibrillation",
            "ischaemic stroke, Ruritania",
        ),
        approved_claim(
            "smoking-share-all-cancer-deaths",
            "Smoking causes 27% of all cancer deaths in Ruritania.",
            27,
            "smoking",
            "cancer deaths, Ruritania",
        ),
    )
)
lint_parts = figure_verdicts_fixture(PART_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Ruritania, atrial fibrillation causes 25% of all strokes.", {"25%": "CC102"}),
        ("In Ruritania, atrial fibrillation causes 40% of all strokes.", {"40%": "CC102"}),
        (
            "In Ruritania, atrial fibrillation is behind 25% of strokes of any type.",
            {"25%": "CC102"},
        ),
        ("In Ruritania, atrial fibrillation causes 25% of all types of stroke.", {"25%": "CC102"}),
        ("In Ruritania, smoking causes 27% of lung cancer deaths.", {"27%": "CC102"}),
        # the part the claim names, or the whole left unsaid, is the claim's
        ("In Ruritania, atrial fibrillation causes 25% of ischaemic strokes.", {}),
        ("In Ruritania, atrial fibrillation causes 25% of strokes.", {}),
        ("In Ruritania, atrial fibrillation causes 25% of all ischaemic strokes.", {}),
        ("In Ruritania, smoking causes 27% of all cancer deaths.", {}),
        ("In Ruritania, smoking causes 27% of cancer deaths.", {}),
        (
            "In Ruritania, atrial fibrillation causes 40% of ischaemic strokes.",
            {"40%": "CC101"},
        ),
    ],
)
def test_a_share_of_the_whole_is_not_a_share_of_a_part(
    lint_parts, text: str, expected: dict
) -> None:
    assert {figure: code for figure, (code, _id) in lint_parts(text).items()} == expected


MORE_REGISTRY = "".join(
    (
        valued_claim(
            "cyst-operations-ruritania",
            "About 9,000 kidney cyst operations are done each year in Ruritania.",
            "{value: 9000, approx: true, unit: operations/year}",
            "kidney cyst operations, kidney cyst surgery",
            "Ruritania, each year",
        ),
        approved_claim(
            "cysts-asymptomatic-share",
            "About 75% of people with kidney cysts never have symptoms.",
            75,
            "asymptomatic kidney cysts, silent kidney cysts",
            "symptoms",
        ),
        approved_claim(
            "cysts-pain-share",
            "About 15% of people with kidney cysts develop pain.",
            15,
            "kidney cysts, kidney cyst",
            "pain",
        ),
        approved_claim(
            "drop-stopping-share",
            "About 45% of people stop using their glaucoma eye drops within a year.",
            45,
            "glaucoma eye drops",
            "adherence, stopping, within a year",
        ).replace("review_by: 2030-01-01", "review_by: 2026-03-31"),
        valued_claim(
            "cyst-surgery-wait",
            "The median wait for kidney cyst surgery in Ruritania was 21 weeks.",
            "{value: 21, unit: week}",
            "kidney cyst surgery",
            "Ruritania, waiting time",
        ),
    )
)
lint_more = figure_verdicts_fixture(MORE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 9,350 kidney cyst operations are done each year in Ruritania.",
            {"About 9,350 kidney cyst operations": ("CC103", "cyst-operations-ruritania")},
        ),
        ("About 9,400 kidney cyst operations are done each year in Ruritania.", {}),
        ("About 9,000 kidney cyst operations are done each year in Ruritania.", {}),
        ("About 75% of people with kidney cysts never have symptoms.", {}),
        ("Three in four people with kidney cysts never have symptoms.", {}),
        ("About 75% of kidney cysts cause no symptoms.", {}),
        (
            "About 25% of people with kidney cysts never have symptoms.",
            {"About 25%": ("CC101", "cysts-asymptomatic-share")},
        ),
        ("About 15% of people with kidney cysts develop pain.", {}),
        (
            "About 45% of people stop using their glaucoma eye drops within a year.",
            {"About 45%": ("CC104", "drop-stopping-share")},
        ),
        (
            "Within 1 year of kidney cyst surgery in Ruritania, 0.15% of patients die.",
            {"0.15%": ("CC102", None)},
        ),
        (
            "The median wait for kidney cyst surgery in Ruritania was 30 weeks.",
            {"30 weeks": ("CC101", "cyst-surgery-wait")},
        ),
    ],
)
def test_hedged_digits_everyday_symptoms_and_timepoints(lint_more, text, expected) -> None:
    assert lint_more(text) == expected


ARM_REGISTRY = "".join(
    (
        approved_claim(
            "pts-treated-5y",
            "In the Pressure Trial Study, 4.4% of participants treated with pressure-lowering "
            "eye drops developed glaucoma within 5 years.",
            4.4,
            "glaucoma, Pressure Trial Study",
            "ocular hypertension, eye drops, 5 years",
        ),
        approved_claim(
            "pts-observed-5y",
            "In the Pressure Trial Study, 9.5% of participants who were only observed "
            "developed glaucoma within 5 years.",
            9.5,
            "glaucoma, Pressure Trial Study",
            "ocular hypertension, observation, 5 years",
        ),
        approved_claim(
            "glaucoma-prevalence-over-40",
            "About 2% of people in Ruritania over 40 have glaucoma.",
            2,
            "glaucoma",
            "Ruritania, over 40",
        ),
    )
)
lint_arms = figure_verdicts_fixture(ARM_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Pressure Trial Study, 4.4% of those given eye drops developed glaucoma "
            "within 5 years.",
            {},
        ),
        (
            "In the Pressure Trial Study, 9.5% of those given eye drops developed glaucoma within "
            "5 years.",
            {"9.5%": ("CC101", "pts-treated-5y")},
        ),
        (
            "In the Pressure Trial Study, glaucoma developed within 5 years in 4.4% of people "
            "treated with eye drops and 9.5% of those only watched.",
            {},
        ),
        (
            "In the Pressure Trial Study, glaucoma developed within 5 years in 9.5% of people "
            "treated with eye drops and 4.4% of those only watched.",
            {"9.5%": ("CC101", "pts-treated-5y"), "4.4%": ("CC101", "pts-observed-5y")},
        ),
        (
            "In the Pressure Trial Study, 9.5% of those who were just monitored developed "
            "glaucoma within 5 years.",
            {},
        ),
    ],
)
def test_an_arm_said_in_fewer_words_and_watching_only(lint_arms, text, expected) -> None:
    assert lint_arms(text) == expected


DOSE_REGISTRY = "".join(
    (
        approved_claim(
            "menx-two-doses",
            "In Ruritania, two doses of the MenX vaccine were 71% effective against MenX "
            "disease in infants.",
            71,
            "MenX vaccine",
            "infants, effectiveness, two doses, Ruritania",
        ),
        approved_claim(
            "menx-three-doses",
            "In Ruritania, three doses of the MenX vaccine were 83% effective against MenX "
            "disease in infants.",
            83,
            "MenX vaccine",
            "infants, effectiveness, three doses, Ruritania",
        ),
    )
)
lint_doses = figure_verdicts_fixture(DOSE_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Ruritania, after three doses, the MenX vaccine was 83% effective in infants.", {}),
        (
            "In Ruritania, after three doses, the MenX vaccine was 71% effective in infants.",
            {"71%": ("CC101", "menx-three-doses")},
        ),
        (
            "In Ruritania, the MenX vaccine was 71% effective in infants after two doses and "
            "83% after three.",
            {},
        ),
        (
            "In Ruritania, the MenX vaccine was 83% effective in infants after two doses and "
            "71% after three.",
            {"83%": ("CC101", "menx-two-doses"), "71%": ("CC101", "menx-three-doses")},
        ),
        (
            "In Ruritania, two doses of the MenX vaccine were 83% effective in infants.",
            {"83%": ("CC101", "menx-two-doses")},
        ),
    ],
)
def test_the_doses_a_figure_was_measured_after(lint_doses, text, expected) -> None:
    assert lint_doses(text) == expected


NOW_REGISTRY = valued_claim(
    "glaucoma-count-ruritania",
    "About 3 million people in Ruritania have glaucoma.",
    "{value: 3000000, approx: true, unit: people}",
    "glaucoma",
    "Ruritania, prevalence",
)
lint_now = figure_verdicts_fixture(NOW_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Glaucoma affected 2.2 million people in Ruritania in 2000; today about 3 million "
            "have it.",
            {"2.2 million people": ("CC102", None)},
        ),
        (
            "Today about 3 million people in Ruritania have glaucoma, up from 2.2 million in 2000.",
            {"2.2 million": ("CC102", None)},
        ),
        (
            "Today about 4 million people in Ruritania have glaucoma, up from 2.2 million in 2000.",
            {
                "about 4 million people": ("CC101", "glaucoma-count-ruritania"),
                "2.2 million": ("CC102", None),
            },
        ),
        (
            "Glaucoma affected 2.2 million people in Ruritania in 2000. Today about 3 million "
            "have it.",
            {"2.2 million people": ("CC102", None)},
        ),
        # with nothing set in the present, the dated figure is judged as before
        (
            "Glaucoma affected 2.2 million people in Ruritania in 2000.",
            {"2.2 million people": ("CC101", "glaucoma-count-ruritania")},
        ),
    ],
)
def test_a_past_year_set_against_the_present(lint_now, text, expected) -> None:
    assert lint_now(text) == expected


RETIRED_REGISTRY = "".join(
    (
        approved_claim(
            "keyhole-share-1998",
            "In 1998, 80% of kidney cyst operations in Ruritania were done by keyhole surgery.",
            80,
            "kidney cyst operations, keyhole surgery",
            "Ruritania, laparoscopic",
        ).replace("status: approved", "status: retired"),
        approved_claim(
            "keyhole-share-now",
            "About 95% of kidney cyst operations in Ruritania are done by keyhole surgery.",
            95,
            "kidney cyst operations, keyhole surgery",
            "Ruritania, laparoscopic",
        ),
    )
)
lint_retired = figure_verdicts_fixture(RETIRED_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keyhole surgery is used for about 75% of kidney cyst operations in Ruritania.",
            {"about 75%": ("CC101", "keyhole-share-now")},
        ),
        (
            "In Ruritania, about 95% of kidney cyst operations are now done by keyhole surgery, "
            "up from 80% in 1998.",
            {"80%": ("CC104", "keyhole-share-1998")},
        ),
        ("About 95% of kidney cyst operations in Ruritania are done by keyhole surgery.", {}),
    ],
)
def test_a_current_claim_before_a_retired_one(lint_retired, text, expected) -> None:
    assert lint_retired(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the Pressure Trial Study, people given eye drops were 54% less likely to develop "
        "glaucoma within 5 years.",
        "In the Pressure Trial Study, eye drops cut the risk of glaucoma within 5 years by 54%.",
        "In the Pressure Trial Study, eye drops reduced the 5-year risk of glaucoma by more than "
        "half.",
    ],
)
def test_a_relative_change_is_no_share_of_an_arm(lint_arms, text) -> None:
    assert {code for code, _id in lint_arms(text).values()} == {"CC102"}


UNIT_REGISTRY = "".join(
    (
        valued_claim(
            "cyst-removals-year",
            "About 73,000 kidney cyst removals are done in Ruritania each year.",
            "{value: 73000, approx: true, unit: operations/year}",
            "kidney cyst removal, kidney cyst removals",
            "Ruritania, each year",
        ),
        valued_claim(
            "latanoprost-daily-cost",
            "Generic latanoprost eye drops cost about $0.50 a day in Ruritania.",
            "{value: 0.5, approx: true, unit: USD/day}",
            "latanoprost",
            "Ruritania, cost, generic",
        ),
    )
)
lint_units = figure_verdicts_fixture(UNIT_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Generic latanoprost costs about 50 cents a day in Ruritania.", {}),
        (
            "Generic latanoprost costs about 90 cents a day in Ruritania.",
            {"about 90 cents a day": ("CC101", "latanoprost-daily-cost")},
        ),
        ("About 200 kidney cyst removals are done in Ruritania every day.", {}),
        (
            "About 400 kidney cyst removals are done in Ruritania every day.",
            {"About 400 kidney cyst removals": ("CC101", "cyst-removals-year")},
        ),
    ],
)
def test_units_said_another_way(lint_units, text, expected) -> None:
    assert lint_units(text) == expected


PAIR_REGISTRY = valued_claim(
    "trabeculectomy-price-per-eye",
    "Trabeculectomy costs about £2,400 per eye in Ruritania's private clinics.",
    "{value: 2400, approx: true, unit: GBP}",
    "trabeculectomy",
    "Ruritania, private, cost",
)
lint_pairs = figure_verdicts_fixture(PAIR_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trabeculectomy costs about £4,800 for both eyes in Ruritania's private clinics.", {}),
        (
            "Trabeculectomy costs about £2,400 for both eyes in Ruritania's private clinics.",
            {"about £2,400 for both eyes": ("CC101", "trabeculectomy-price-per-eye")},
        ),
        ("In Ruritania's private clinics, trabeculectomy is about £2,400 per eye.", {}),
    ],
)
def test_a_price_for_a_pair(lint_pairs, text, expected) -> None:
    assert lint_pairs(text) == expected


STRENGTH_REGISTRY = "".join(
    (
        valued_claim(
            "netarsudil-low-strength",
            "In the Ruritania dose trial, netarsudil 0.01% eye drops lowered eye pressure by "
            "5.2 mmHg.",
            "{value: 5.2, unit: mmHg}",
            "netarsudil",
            "eye pressure, 0.01%",
        ),
        valued_claim(
            "netarsudil-high-strength",
            "In the Ruritania dose trial, netarsudil 0.02% eye drops lowered eye pressure by "
            "7.1 mmHg.",
            "{value: 7.1, unit: mmHg}",
            "netarsudil",
            "eye pressure, 0.02%",
        ),
    )
)
lint_strengths = figure_verdicts_fixture(STRENGTH_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Ruritania dose trial, the lower dose of netarsudil lowered eye pressure by "
            "7.1 mmHg.",
            {"7.1 mmHg": ("CC101", "netarsudil-low-strength")},
        ),
        (
            "In the Ruritania dose trial, the higher dose of netarsudil lowered eye pressure by "
            "5.2 mmHg.",
            {"5.2 mmHg": ("CC101", "netarsudil-high-strength")},
        ),
        (
            "In the Ruritania dose trial, the lower dose of netarsudil lowered eye pressure by "
            "5.2 mmHg.",
            {},
        ),
    ],
)
def test_a_dose_ranked_by_its_strength(lint_strengths, text, expected) -> None:
    assert lint_strengths(text) == expected


THEN_AND_NOW = "".join(
    (
        NOW_REGISTRY,
        valued_claim(
            "glaucoma-count-ruritania-2000",
            "In 2000, about 2.2 million people in Ruritania had glaucoma.",
            "{value: 2200000, approx: true, unit: people}",
            "glaucoma",
            "Ruritania, prevalence, year 2000",
        ),
    )
)
lint_then_and_now = figure_verdicts_fixture(THEN_AND_NOW)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2000, 2.2 million people in Ruritania had glaucoma; today about 3 million do.", {}),
        (
            "In 2000, 2.2 million people in Ruritania had glaucoma; today about 4 million do.",
            {"about 4 million": ("CC101", "glaucoma-count-ruritania")},
        ),
    ],
)
def test_today_is_not_a_claim_of_long_ago(lint_then_and_now, text, expected) -> None:
    assert lint_then_and_now(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Ruritania, atrial fibrillation causes 25% of all cases of stroke.",
        "A quarter of strokes of any type in Ruritania are caused by atrial fibrillation.",
    ],
)
def test_all_cases_of_a_whole(lint_parts, text) -> None:
    assert {code for code, _id in lint_parts(text).values()} == {"CC102"}


SILENT_REGISTRY = "".join(
    (
        approved_claim(
            "kerrith-silent-share",
            "About 75% of kerrith cysts never cause symptoms.",
            75,
            "silent kerrith cysts",
            "symptoms",
        ),
        approved_claim(
            "kerrith-pain-share",
            "About 15% of people with kerrith cysts develop pain.",
            15,
            "kerrith cysts, kerrith cyst",
            "pain",
        ),
    )
)
lint_silent = figure_verdicts_fixture(SILENT_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 75% of kerrith cysts cause no symptoms.", {}),
        ("Three in four kerrith cysts are symptomless.", {}),
        (
            "About 40% of kerrith cysts cause no symptoms.",
            {"About 40%": ("CC101", "kerrith-silent-share")},
        ),
        (
            "About 40% of kerrith cysts are silent.",
            {"About 40%": ("CC101", "kerrith-silent-share")},
        ),
        (
            "In 60% of cases kerrith cysts pass without symptoms.",
            {"60%": ("CC101", "kerrith-silent-share")},
        ),
        ("About 15% of people with kerrith cysts develop pain.", {}),
    ],
)
def test_silent_and_symptomless_say_asymptomatic(lint_silent, text, expected) -> None:
    assert lint_silent(text) == expected


PAYER_REGISTRY = "".join(
    (
        valued_claim(
            "cyst-nhs-total",
            "Kidney cyst disease costs the NHS about £150 million a year.",
            "{value: 150000000, approx: true, unit: GBP/year}",
            "kidney cyst disease",
            "NHS, cost, total",
        ),
        valued_claim(
            "cyst-nhs-per-patient",
            "Treating one patient with kidney cyst disease costs the NHS about £3,200 a year.",
            "{value: 3200, approx: true, unit: GBP/year}",
            "kidney cyst disease",
            "NHS, cost, per patient",
        ),
    )
)
lint_payer = figure_verdicts_fixture(PAYER_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # under a million, what the payer pays for one patient: never the total's figure
        (
            "Kidney cyst disease costs the NHS about £4,500 a year.",
            {"about £4,500 a year": ("CC101", "cyst-nhs-per-patient")},
        ),
        ("Kidney cyst disease costs the NHS about £3,200 a year.", {}),
        (
            "Kidney cyst disease costs the NHS about £400 million a year.",
            {"about £400 million a year": ("CC101", "cyst-nhs-total")},
        ),
    ],
)
def test_a_payers_sum_under_a_million_is_per_patient(lint_payer, text, expected) -> None:
    assert lint_payer(text) == expected


DEMONYM_REGISTRY = valued_claim(
    "gallbladder-removals-denmark",
    "About 7,300 gallbladder removals are done in Denmark each year.",
    "{value: 7300, approx: true, unit: operations/year}",
    "gallbladder removal, gallbladder removals",
    "Denmark, each year",
)
lint_demonyms = figure_verdicts_fixture(DEMONYM_REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of nationality is the country it names; "perform" says nothing measured
        ("Danish hospitals perform about 7,300 gallbladder removals each year.", {}),
        (
            "Danish hospitals perform about 9,000 gallbladder removals each year.",
            {
                "about 9,000 gallbladder removals each year": (
                    "CC101",
                    "gallbladder-removals-denmark",
                )
            },
        ),
        (
            "In Denmark, about 9,000 gallbladder removals are performed each year.",
            {"about 9,000 gallbladder removals": ("CC101", "gallbladder-removals-denmark")},
        ),
    ],
)
def test_a_nationality_names_its_country(lint_demonyms, text, expected) -> None:
    assert lint_demonyms(text) == expected
