"""Verdicts on forms from session 50, fixed as kinds with our own examples.

- A ratio (hazard, risk or odds ratio, a multiple) is never one arm's figure: "by 15% versus
  placebo (HR 0.85)" does not make the ratio the placebo arm's.
- An absolute risk reduction written in % is a difference of percentage points, compared
  with a claim stored in points (a relative reduction written there is a conflict).
- "stays", "remains", "persists" leave no word unexplained: a threshold "stays above" is
  judged as one "is above".
- "who have never had a heart attack" names the people counted, not an event they avoided.
- A figure said at no time is the trial's headline (its whole follow-up), not a landmark
  claim at 12 or 24 months the sentence does not name.
- A share of the same whole the subject is "behind" ("60% of non-cardia gastric cancers are
  caused by H. pylori") is judged against the share of that whole it is found in.
- A group said by its history ("children who had never had dengue", "patients who had
  previously received a statin") narrows the claim's people unless the claim says it.
- A table's signed change ("−8.2%") against a claim that states a loss ("lost a mean 8.2%")
  is that loss.
- A test's specificity is no figure of a claim about its sensitivity (nor the reverse).
- Groups set against each other before a colon ("more common in men than women in the US:
  5.2% versus 1.1%") pair with the figures in order, the place beside them aside; a figure
  naming its own group ("1.1% of adult women") keeps it.
- A share of people who stayed "relapse-free" is no figure of a claim that does not say
  relapse.
- A share of people past a threshold ("20.1% lost 10% or more") is no mean change.
- A brand name the sibling claims hold as another name of the shared subject ("Repatha")
  does not tell them apart where the clause names what only the top claim holds.
- "1 in 4 (25.3%)" is one figure said twice: overprecise, never a self-contradiction.
- A rough claim's latitude does not take in the exact value of a sibling claim ruled out for
  the figure ("about 1 in 12 children" against the children's 1 in 11 and the adults' 1 in
  12): that is a swap.
- A definition's band restated with other ends ("defined as 140 to 149 mmHg" against 140 to
  159 mmHg) is a conflict, not a part of the band.
- Doses listed as arms ("5 mg, 10 mg and 15 mg led to 15.0%, 19.5% and 20.9%,
  respectively") pair with the figures in order and are never judged as doses themselves;
  a bound against a claim's maximum dose is compared as that maximum.
- A share after "rising to" is no regimen's next step: "1 in 8 men …, rising to 1 in 4 for
  Black men" is judged against the Black men's claim.
- A measured ratio written in per cent ("an FEV1/FVC ratio under 70%") is compared with a
  claim that gives it as a fraction (below 0.70).
- A change a claim reads off a hazard ratio is relative: "reduced the absolute risk by 20%"
  is no figure of it.
- A share of people past a threshold never restates a mean-change claim of the same value
  ("8.2% … lost 10% or more" against "lost a mean 8.2%").
- Each of "relative risk reduction 15%, absolute risk reduction 2.5%" is read on its own
  scale.
- "who have never been vaccinated" are a claim's "unvaccinated"; "steroid-free remission"
  is no plain remission claim's figure, even past a clause cut at "every 8 weeks".
- An active comparator named right after a figure ("by 15% compared with X and by 25%
  compared with Y") is that figure's: swapped comparators are accused.
"""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture, valued_claim

KESTREL = "KESTREL, tarnexumab"
REGISTRY = "".join(
    (
        valued_claim(
            "kestrel-hr",
            "In KESTREL, tarnexumab reduced the primary end point compared with placebo "
            "(hazard ratio 0.85).",
            "{value: 0.85}",
            KESTREL,
            "primary end point, hazard ratio",
        ),
        approved_claim(
            "kestrel-rrr",
            "In KESTREL, tarnexumab reduced the risk of the primary end point by 15% compared "
            "with placebo.",
            15,
            KESTREL,
            "primary end point, relative risk reduction",
        ),
        valued_claim(
            "kestrel-arr",
            "In KESTREL, tarnexumab gave an absolute risk reduction of 1.5 percentage points in "
            "the primary end point.",
            "{value: 1.5, unit: percentage points}",
            KESTREL,
            "primary end point, absolute risk reduction",
        ),
        approved_claim(
            "kestrel-placebo",
            "In KESTREL, the primary end point occurred in 11.3% of patients on placebo over "
            "2.2 years.",
            11.3,
            KESTREL,
            "primary end point",
            group="[placebo]",
        ),
        approved_claim(
            "kestrel-drug",
            "In KESTREL, the primary end point occurred in 9.8% of patients on tarnexumab over "
            "2.2 years.",
            9.8,
            KESTREL,
            "primary end point",
            group="[tarnexumab]",
        ),
        approved_claim(
            "kestrel-12m-placebo",
            "In KESTREL, 5.2% of patients on placebo had a primary end point event at 12 months.",
            5.2,
            KESTREL,
            "primary end point",
            group="[placebo]",
            timepoint="12 months",
        ),
        approved_claim(
            "kestrel-24m-placebo",
            "In KESTREL, 10.1% of patients on placebo had a primary end point event at 24 months.",
            10.1,
            KESTREL,
            "primary end point",
            group="[placebo]",
            timepoint="24 months",
        ),
        approved_claim(
            "kestrel-12m-drug",
            "In KESTREL, 4.6% of patients on tarnexumab had a primary end point event at 12 "
            "months.",
            4.6,
            KESTREL,
            "primary end point",
            group="[tarnexumab]",
            timepoint="12 months",
        ),
        approved_claim(
            "kestrel-24m-drug",
            "In KESTREL, 8.6% of patients on tarnexumab had a primary end point event at 24 "
            "months.",
            8.6,
            KESTREL,
            "primary end point",
            group="[tarnexumab]",
            timepoint="24 months",
        ),
        approved_claim(
            "orbit-weight",
            "In ORBIT, adults given orlistatine lost a mean 8.2% of body weight over 52 weeks.",
            8.2,
            "ORBIT, orlistatine",
            "weight loss, body weight",
            timepoint="52 weeks",
        ),
        approved_claim(
            "orbit-weight-placebo",
            "In ORBIT, adults given placebo lost a mean 2.1% of body weight over 52 weeks.",
            2.1,
            "ORBIT, orlistatine",
            "weight loss, body weight",
            group="[placebo]",
            timepoint="52 weeks",
        ),
        approved_claim(
            "orbit-5pct",
            "In ORBIT, 61.3% of adults given orlistatine lost at least 5% of body weight.",
            61.3,
            "ORBIT, orlistatine",
            "body weight, lost at least 5%",
        ),
        approved_claim(
            "stonescan-sensitivity",
            "In the STONESCAN study, low-dose CT had a sensitivity of 93% for kidney stones.",
            93,
            "low-dose CT, STONESCAN",
            "sensitivity, kidney stones",
        ),
        approved_claim(
            "gout-women-2021",
            "In 2021, 1.1% of adult women in the US had gout.",
            1.1,
            "gout",
            "US, prevalence",
            group="[women]",
        ),
        approved_claim(
            "gout-men-2021",
            "In 2021, 5.2% of adult men in the US had gout.",
            5.2,
            "gout",
            "US, prevalence",
            group="[men]",
        ),
        approved_claim(
            "gout-adults-2021",
            "In 2021, 3.1% of US adults had gout.",
            3.1,
            "gout",
            "US, prevalence",
        ),
        approved_claim(
            "remyelin-disability",
            "In REMYELIN, 17.7% of patients on remyelinab had disability progression confirmed "
            "after 3 months, over 24 months.",
            17.7,
            "remyelinab, REMYELIN",
            "disability progression, confirmed disability progression, 24 months",
        ),
        valued_claim(
            "tarnexumab-price",
            "Kestrava (tarnexumab) costs about $5,850 a year at list price in the US.",
            "{value: 5850, unit: USD/year, approx: true}",
            "tarnexumab, Kestrava",
            "list price, cost",
        ),
        approved_claim(
            "gout-men-over-80",
            "About 1 in 4 men over 80 in the UK have had gout.",
            25,
            "gout",
            "UK, over 80",
            group="[men]",
        ).replace("unit: percent", "unit: percent, approx: true"),
        approved_claim(
            "wheeze-children-uk",
            "About 1 in 11 children in the UK has wheeze disease.",
            9.1,
            "wheeze disease",
            "UK",
            group="[children]",
        ).replace("unit: percent", "unit: percent, approx: true"),
        approved_claim(
            "wheeze-adults-uk",
            "About 1 in 12 adults in the UK has wheeze disease.",
            8.3,
            "wheeze disease",
            "UK",
            group="[adults]",
        ).replace("unit: percent", "unit: percent, approx: true"),
        approved_claim(
            "triad-vs-lama",
            "In TRIAD, triple therapy reduced the rate of moderate or severe exacerbations by "
            "25% compared with umeclidinium-vilanterol.",
            25,
            "TRIAD, triple therapy",
            "moderate or severe exacerbations, umeclidinium-vilanterol, rate ratio",
        ),
        approved_claim(
            "triad-vs-ics",
            "In TRIAD, triple therapy reduced the rate of moderate or severe exacerbations by "
            "15% compared with fluticasone furoate-vilanterol.",
            15,
            "TRIAD, triple therapy",
            "moderate or severe exacerbations, fluticasone furoate-vilanterol, rate ratio",
        ),
        valued_claim(
            "stage1-hypertension-definition",
            "Stage 1 hypertension is defined as a systolic blood pressure from 140 to 159 mmHg.",
            "{low: 140, high: 159, unit: mmHg}",
            "stage 1 hypertension",
            "defined, systolic blood pressure",
        ),
        valued_claim(
            "velo-max-dose",
            "The maximum dose of velistatine is 15 mg once weekly.",
            "{value: 15, unit: mg}",
            "velistatine",
            "maximum dose",
        ),
        approved_claim(
            "velo-5mg",
            "In VELO, velistatine 5 mg led to a mean weight reduction of 15.0%.",
            15.0,
            "velistatine, VELO",
            "weight reduction",
            group="[5 mg]",
        ),
        approved_claim(
            "velo-15mg",
            "In VELO, velistatine 15 mg led to a mean weight reduction of 20.9%.",
            20.9,
            "velistatine, VELO",
            "weight reduction",
            group="[15 mg]",
        ),
        approved_claim(
            "stones-lifetime-men",
            "In Ruritania, about 1 in 8 men will get kidney stones in their lifetime.",
            12.5,
            "kidney stones",
            "lifetime risk, Ruritania",
            group="[men]",
        ).replace("unit: percent", "unit: percent, approx: true"),
        approved_claim(
            "stones-lifetime-black-men",
            "In Ruritania, about 1 in 4 Black men will get kidney stones in their lifetime.",
            25,
            "kidney stones",
            "lifetime risk, Ruritania",
            group="[Black men]",
        ).replace("unit: percent", "unit: percent, approx: true"),
        approved_claim(
            "stones-recurrence-10y",
            "In Ruritania, about 50% of people with kidney stones have another within 10 years.",
            50,
            "kidney stones",
            "recurrence, Ruritania, 10 years",
        ).replace("unit: percent", "unit: percent, approx: true"),
        valued_claim(
            "obstruction-ratio-threshold",
            "Airflow obstruction is confirmed by a post-bronchodilator FEV1/FVC ratio below 0.70.",
            "{high: 0.70, high_inclusive: false}",
            "airflow obstruction",
            "FEV1/FVC ratio, spirometry, post-bronchodilator",
        ),
        approved_claim(
            "selecta-mace",
            "In SELECTA, tarnaglutide reduced the risk of major adverse cardiovascular events by "
            "20% compared with placebo (hazard ratio 0.80).",
            20,
            "SELECTA, tarnaglutide",
            "major adverse cardiovascular events, MACE, heart attack, stroke",
        ),
        approved_claim(
            "measles-unvaccinated-attack",
            "About 90% of unvaccinated people exposed to measles will catch it.",
            90,
            "measles",
            "unvaccinated, exposed",
        ).replace("unit: percent", "unit: percent, approx: true"),
        approved_claim(
            "unifa-remission",
            "In the UNIFA trial, 43.8% of patients on ustekinab every 8 weeks were in clinical "
            "remission at week 44.",
            43.8,
            "ustekinab, UNIFA",
            "clinical remission, week 44",
        ),
        valued_claim(
            "renaformin-dose-egfr-30-44",
            "When eGFR is 30 to 44, the maximum dose of renaformin is 1,000 mg a day.",
            "{high: 1000, unit: mg/day}",
            "renaformin",
            "maximum dose, eGFR 30 to 44",
        ),
        valued_claim(
            "hypertrig-definition",
            "Persistent hypertriglyceridaemia is defined by fasting triglycerides above 1.7 "
            "mmol/L for at least 6 months.",
            "{low: 1.7, low_inclusive: false, unit: mmol/L}",
            "hypertriglyceridaemia",
            "triglycerides, defined",
        ),
        approved_claim(
            "aspirin-arr-primary",
            "Aspirin gave an absolute risk reduction in heart attack of 0.4% over five years in "
            "primary prevention.",
            0.4,
            "aspirin",
            "heart attack, absolute risk reduction, primary prevention",
        ),
        approved_claim(
            "hp-gastric-share",
            "H. pylori is found in 89% of non-cardia gastric cancers.",
            89,
            "H. pylori, Helicobacter pylori",
            "non-cardia gastric cancers",
        ),
        approved_claim(
            "caga-gastric-share",
            "cagA-positive H. pylori strains cause about 60% of non-cardia gastric cancers.",
            60,
            "cagA-positive H. pylori strains, cagA-positive strains",
            "non-cardia gastric cancers",
        ),
        approved_claim(
            "dengvax-efficacy-3y",
            "Cumulative efficacy of Dengvax against virologically confirmed dengue after 3 "
            "years was 61.2%.",
            61.2,
            "Dengvax",
            "dengue, efficacy, virologically confirmed dengue",
            timepoint="3 years",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_ratio_after_versus_placebo_is_no_arms_figure(lint_text):
    """The HR compares the arms; the share before "versus placebo" is no arm's either."""
    assert (
        lint_text(
            "In KESTREL, tarnexumab lowered the primary end point by 15% versus placebo (HR 0.85)."
        )
        == {}
    )
    assert lint_text(
        "In KESTREL, tarnexumab lowered the primary end point by 25% versus placebo (HR 0.75)."
    ) == {"25%": ("CC101", "kestrel-rrr"), "HR 0.75": ("CC101", "kestrel-hr")}


def test_arms_swapped_beside_a_ratio_are_still_accused(lint_text):
    assert lint_text(
        "In KESTREL, the primary end point occurred in 11.3% of patients on tarnexumab "
        "versus 9.8% on placebo (HR 0.85)."
    ) == {"11.3%": ("CC101", "kestrel-drug"), "9.8%": ("CC101", "kestrel-placebo")}


def test_an_absolute_reduction_in_percent_is_compared_in_points(lint_text):
    assert lint_text(
        "In KESTREL, tarnexumab gave an absolute risk reduction of 15% in the primary end point."
    ) == {"15%": ("CC101", "kestrel-arr")}
    assert (
        lint_text(
            "In KESTREL, tarnexumab gave an absolute risk reduction of 1.5% in the primary end "
            "point."
        )
        == {}
    )


def test_a_threshold_that_stays_above_is_judged(lint_text):
    assert lint_text(
        "Hypertriglyceridaemia is diagnosed when fasting triglycerides stay above 2.3 mmol/L "
        "for six months or more."
    ) == {"above 2.3 mmol/L": ("CC101", "hypertrig-definition")}
    assert (
        lint_text(
            "Hypertriglyceridaemia is diagnosed when fasting triglycerides remain above 1.7 "
            "mmol/L for six months or more."
        )
        == {}
    )


def test_people_who_never_had_the_event_are_whom_it_counts(lint_text):
    assert (
        lint_text(
            "For adults who have never had a heart attack, aspirin lowers the risk of one by "
            "0.4 percentage points over five years."
        )
        == {}
    )


def test_a_figure_at_no_time_is_the_headline_not_a_landmark(lint_text):
    assert lint_text(
        "In KESTREL, 11.3% of patients on tarnexumab and 9.8% of those on placebo had a "
        "primary end point event."
    ) == {"11.3%": ("CC101", "kestrel-drug"), "9.8%": ("CC101", "kestrel-placebo")}
    assert lint_text("In KESTREL, 12.6% of patients on placebo had a primary end point event.") == {
        "12.6%": ("CC101", "kestrel-placebo")
    }


def test_a_landmark_named_is_still_its_claims(lint_text):
    assert (
        lint_text(
            "In KESTREL, 5.2% of patients on placebo had a primary end point event at 12 months."
        )
        == {}
    )
    assert lint_text(
        "In KESTREL, 10.1% of patients on placebo had a primary end point event at 12 months."
    ) == {"10.1%": ("CC101", "kestrel-12m-placebo")}


def test_a_share_of_the_same_whole_caused_is_judged(lint_text):
    assert lint_text("About 60% of non-cardia gastric cancers are caused by H. pylori.") == {
        "About 60%": ("CC101", "hp-gastric-share")
    }
    assert lint_text("About 89% of non-cardia gastric cancers are caused by H. pylori.") == {}


def test_a_share_of_another_whole_caused_is_not_accused(lint_text):
    found = lint_text("H. pylori causes about 89% of gastric ulcers.")
    assert found["about 89%"][0] == "CC102"


def test_a_group_said_by_its_history_narrows_the_claim(lint_text):
    found = lint_text(
        "In children who had never had dengue before, Dengvax's efficacy at 3 years was 54.3%."
    )
    assert found["54.3%"][0] == "CC102"
    found = lint_text(
        "Among patients who had previously received a statin, 9.8% of those on tarnexumab had "
        "a primary end point event."
    )
    assert found["9.8%"][0] == "CC102"


def test_a_signed_change_in_a_table_is_the_loss_a_claim_states(lint_text):
    table = (
        "| ORBIT (52 weeks) | Orlistatine | Placebo |\n|---|---|---|\n"
        "| Mean weight change | {} | {} |"
    )
    assert lint_text(table.format("−8.2%", "−2.1%")) == {}
    assert lint_text(table.format("−2.1%", "−8.2%")) == {
        "−2.1%": ("CC101", "orbit-weight"),
        "−8.2%": ("CC101", "orbit-weight-placebo"),
    }


def test_specificity_is_no_figure_of_sensitivity(lint_text):
    found = lint_text(
        "In the STONESCAN study, low-dose CT had a specificity of 41% for kidney stones."
    )
    assert found["41%"][0] == "CC102"
    found = lint_text(
        "In the STONESCAN study, low-dose CT had a specificity of 93% for kidney stones."
    )
    assert found["93%"][0] == "CC102"
    assert (
        lint_text("In the STONESCAN study, low-dose CT had a sensitivity of 93% for kidney stones.")
        == {}
    )


def test_groups_compared_before_a_colon_pair_in_order(lint_text):
    assert (
        lint_text("Gout is more common in men than women in the US: 5.2% versus 1.1% in 2021.")
        == {}
    )
    assert lint_text(
        "Gout is more common in men than women in the US: 1.1% versus 5.2% in 2021."
    ) == {"1.1%": ("CC101", "gout-men-2021"), "5.2%": ("CC101", "gout-women-2021")}


def test_a_figure_naming_its_own_group_keeps_it(lint_text):
    assert (
        lint_text(
            "Gout is more common in men than women in the US: 5.2% of adult men had it in 2021."
        )
        == {}
    )
    assert (
        lint_text(
            "Gout is more common in men than women: 1.1% of adult women versus 5.2% of adult "
            "men had it in 2021 in the US."
        )
        == {}
    )


def test_a_relapse_free_share_is_no_disability_figure(lint_text):
    found = lint_text(
        "In REMYELIN, 70% of patients taking remyelinab stayed relapse-free for 24 months."
    )
    assert found["70%"][0] == "CC102"


def test_a_share_past_a_threshold_is_no_mean_change(lint_text):
    found = lint_text(
        "In ORBIT, 61.3% of adults on orlistatine lost 5% or more of their weight, and 20.1% "
        "lost 10% or more."
    )
    assert "5% or more" not in found and "61.3%" not in found
    assert found["20.1%"][0] == "CC102"
    assert lint_text("In ORBIT, adults on orlistatine lost a mean 9.5% of their weight.") == {
        "9.5%": ("CC101", "orbit-weight")
    }


def test_a_brand_of_the_shared_subject_tells_no_sibling_apart(lint_text):
    assert lint_text(
        "In KESTREL, Kestrava reduced the risk of the primary end point by 25% compared with "
        "placebo."
    ) == {"25%": ("CC101", "kestrel-rrr")}


def test_one_in_n_said_again_in_digits_is_overprecise_not_a_contradiction(lint_text):
    found = lint_text("Men over 80 in the UK have a 1 in 4 (25.3%) chance of having had gout.")
    assert found == {"25.3%": ("CC103", "gout-men-over-80")}


def test_a_siblings_exact_value_is_no_rounding_of_a_rough_claim(lint_text):
    assert lint_text("About 1 in 12 children in the UK has wheeze disease.") == {
        "About 1 in 12": ("CC101", "wheeze-children-uk")
    }
    assert lint_text("About 1 in 11 children in the UK has wheeze disease.") == {}
    assert lint_text("About 9% of children in the UK have wheeze disease.") == {}
    assert lint_text("About 8% of adults in the UK have wheeze disease.") == {}


def test_a_definitions_band_restated_with_other_ends_is_a_conflict(lint_text):
    assert lint_text(
        "Stage 1 hypertension is defined as a systolic blood pressure between 140 and 149 mmHg."
    ) == {"between 140 and 149 mmHg": ("CC101", "stage1-hypertension-definition")}
    assert (
        lint_text(
            "Stage 1 hypertension is defined as a systolic blood pressure between 140 and 159 mmHg."
        )
        == {}
    )


def test_an_active_comparator_after_the_figure_is_its_own(lint_text):
    text = (
        "In TRIAD, triple therapy cut moderate or severe exacerbations by {} compared with "
        "umeclidinium-vilanterol and by {} compared with fluticasone furoate-vilanterol."
    )
    assert lint_text(text.format("25%", "15%")) == {}
    assert lint_text(text.format("15%", "25%")) == {
        "15%": ("CC101", "triad-vs-lama"),
        "25%": ("CC101", "triad-vs-ics"),
    }


def test_doses_listed_as_arms_pair_in_order_and_are_not_judged(lint_text):
    text = (
        "Velistatine 5 mg, 10 mg and 15 mg led to mean weight reductions of {}, 19.5% and {} "
        "in VELO, respectively."
    )
    found = lint_text(text.format("15.0%", "20.9%"))
    assert set(found) == {"19.5%"} and found["19.5%"][0] == "CC102"
    found = lint_text(text.format("20.9%", "15.0%"))
    assert found["20.9%"] == ("CC101", "velo-5mg")
    assert found["15.0%"] == ("CC101", "velo-15mg")
    assert "5 mg" not in found


def test_a_bound_against_a_maximum_dose_is_that_maximum(lint_text):
    found = lint_text("The maximum dose of velistatine is 20 mg once weekly.")
    assert [v for v in found.values()] == [("CC101", "velo-max-dose")]
    assert lint_text("The maximum dose of velistatine is 15 mg once weekly.") == {}


def test_a_share_rising_to_another_groups_is_no_regimen_step(lint_text):
    text = (
        "In Ruritania, 1 in 8 men will get kidney stones in their lifetime, rising to {} for "
        "Black men."
    )
    assert lint_text(text.format("1 in 4")) == {}
    assert lint_text(text.format("1 in 3")) == {"1 in 3": ("CC101", "stones-lifetime-black-men")}


def test_a_measured_ratio_in_per_cent_is_the_fraction(lint_text):
    text = "An FEV1/FVC ratio under {} after a bronchodilator confirms airflow obstruction."
    assert lint_text(text.format("70%")) == {}
    assert lint_text(text.format("80%")) == {"under 80%": ("CC101", "obstruction-ratio-threshold")}


def test_a_change_read_off_a_hazard_ratio_is_relative(lint_text):
    found = lint_text(
        "SELECTA found tarnaglutide reduced the absolute risk of a heart attack or stroke by 20%."
    )
    assert found["20%"][0] == "CC102"
    assert (
        lint_text("SELECTA found tarnaglutide reduced the risk of a heart attack or stroke by 20%.")
        == {}
    )


def test_a_share_past_a_threshold_never_restates_a_mean(lint_text):
    found = lint_text(
        "In ORBIT, 8.2% of adults on orlistatine lost 10% or more of their body weight."
    )
    assert found["8.2%"][0] == "CC102"


def test_each_risk_scale_in_one_sentence_is_its_own(lint_text):
    text = (
        "KESTREL, primary end point with tarnexumab: relative risk reduction 15%, absolute risk "
        "reduction {}."
    )
    assert lint_text(text.format("1.5%")) == {}
    assert lint_text(text.format("2.5%")) == {"2.5%": ("CC101", "kestrel-arr")}


def test_never_vaccinated_people_are_the_unvaccinated(lint_text):
    assert (
        lint_text(
            "About 9 in 10 people who have never been vaccinated will catch measles if exposed."
        )
        == {}
    )


def test_a_steroid_free_state_is_no_plain_remission_figure(lint_text):
    found = lint_text(
        "In UNIFA, 43.8% of patients on ustekinab every 8 weeks were in steroid-free remission "
        "at week 44."
    )
    assert found["43.8%"][0] == "CC102"
    assert (
        lint_text(
            "In UNIFA, 43.8% of patients on ustekinab every 8 weeks were in clinical remission "
            "at week 44."
        )
        == {}
    )


def test_a_dose_naming_an_arm_is_never_judged_against_the_maximum(lint_text):
    found = lint_text(
        "In VELO, 37% of adults on velistatine 10 mg and 43% on 20 mg lost at least 5% of "
        "their weight."
    )
    assert "10 mg" not in found and "20 mg" not in found
    found = lint_text("In VELO, the 7 mg dose of velistatine lowered weight by 9%.")
    assert "7 mg" not in found


def test_an_absolute_scale_said_is_not_outnamed_by_an_arms_claim(lint_text):
    found = lint_text(
        "In KESTREL, tarnexumab gave an absolute reduction of 15% in the risk of the primary "
        "end point."
    )
    assert found == {"15%": ("CC101", "kestrel-arr")}


def test_a_dose_beside_a_band_of_whom_it_is_for_is_judged(lint_text):
    found = lint_text("With an eGFR of 30 to 44, renaformin can be taken at up to 2,000 mg a day.")
    assert [v for v in found.values()] == [("CC101", "renaformin-dose-egfr-30-44")]
