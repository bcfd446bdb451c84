"""Attribution kinds found on pages the matcher was not tuned on: a subject said by another
of its names, a clause that carries on the subject before it, a condition's adjective, a
group named once by a phrase opening the sentence, and a figure about something the claim
does not speak of (unsupported, never a conflict)."""

from __future__ import annotations

import pytest
from verdict_helpers import by_figure, registry_linter

from claimcheck.nlp.terms import word_forms
from claimcheck.registry.loader import normalise_term

REGISTRY = """\
- id: ckd-prevalence-us
  statement: About 14% of US adults have chronic kidney disease.
  subject: [chronic kidney disease, CKD]
  context: [US adults, United States]
  value: {value: 14, unit: percent, approx: true}
  sources: [{citation: "Kidney statistics 2023", quote: "about 14% of US adults"}]
  status: approved
  review_by: 2030-01-01
- id: flu-vaccine-effect-18-49
  statement: In adults aged 18 to 49, the flu vaccine lowered the risk of illness by 52%.
  subject: [flu vaccine]
  context: [aged 18–49]
  value: {value: 52, unit: percent}
  sources: [{citation: "Flu season report", quote: "52% among adults aged 18-49"}]
  status: approved
  review_by: 2030-01-01
- id: flu-vaccine-effect-65-plus
  statement: For people aged 65 and over the flu vaccine lowered the risk of illness by 38%.
  subject: [flu vaccine]
  context: [aged 65 and over]
  value: {value: 38, unit: percent}
  sources: [{citation: "Flu season report", quote: "38% among those 65 and over"}]
  status: approved
  review_by: 2030-01-01
- id: anaemia-pregnancy-worldwide
  statement: Worldwide, 37% of pregnant women have anaemia.
  subject: [anaemia]
  context: [pregnant women, worldwide]
  value: {value: 37, unit: percent}
  sources: [{citation: "WHO anaemia estimates", quote: "37% of pregnant women"}]
  status: approved
  review_by: 2030-01-01
- id: diabetes-share-65-plus
  statement: Diabetes is found in 29% of Americans aged 65 and over.
  subject: [diabetes]
  context: [aged 65 and over]
  value: {value: 29, unit: percent}
  sources: [{citation: "Diabetes report", quote: "29.2% of those 65 or older"}]
  status: approved
  review_by: 2030-01-01
- id: diabetes-share-all-adults
  statement: Diabetes is found in 15% of all American adults.
  subject: [diabetes]
  value: {value: 15, unit: percent}
  sources: [{citation: "Diabetes report", quote: "14.7% of all US adults"}]
  status: approved
  review_by: 2030-01-01
- id: prediabetes-share-65-plus
  statement: Prediabetes is found in 48% of Americans aged 65 and over.
  subject: [prediabetes]
  context: [aged 65 and over]
  value: {value: 48, unit: percent}
  sources: [{citation: "Diabetes report", quote: "48.8% of those 65 or older"}]
  status: approved
  review_by: 2030-01-01
- id: prediabetes-share-all-adults
  statement: Prediabetes is found in 38% of all American adults.
  subject: [prediabetes]
  value: {value: 38, unit: percent}
  sources: [{citation: "Diabetes report", quote: "38.0% of all US adults"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-5pct-responders
  statement: In TRIM-2, 72% of people on zelvatide lost at least 5% of their body weight.
  subject: [zelvatide]
  context: [TRIM-2]
  value: {value: 72, unit: percent}
  sources: [{citation: "TRIM-2 report", quote: "72% lost at least 5%"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-10pct-responders
  statement: In TRIM-2, 41% of people on zelvatide lost at least 10% of their body weight.
  subject: [zelvatide]
  context: [TRIM-2]
  value: {value: 41, unit: percent}
  sources: [{citation: "TRIM-2 report", quote: "41% lost at least 10%"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-5mg-weight-change
  statement: Zelvatide 5 mg lowered body weight by 9% in TRIM-2.
  subject: [zelvatide]
  context: [TRIM-2]
  value: {value: 9, unit: percent}
  sources: [{citation: "TRIM-2 report", quote: "5 mg: 9%"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-10mg-weight-change
  statement: Zelvatide 10 mg lowered body weight by 14% in TRIM-2.
  subject: [zelvatide]
  context: [TRIM-2]
  value: {value: 14, unit: percent}
  sources: [{citation: "TRIM-2 report", quote: "10 mg: 14%"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-week-12
  statement: In the TRIM-3 run-in, people on zelvatide lost 6% of their weight by week 12.
  subject: [zelvatide]
  context: [TRIM-3, run-in]
  value: {value: 6, unit: percent}
  sources: [{citation: "TRIM-3 report", quote: "6% at week 12"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-week-52
  statement: In TRIM-3, people who stayed on zelvatide had lost 13% of their weight at week 52.
  subject: [zelvatide]
  context: [TRIM-3]
  value: {value: 13, unit: percent}
  sources: [{citation: "TRIM-3 report", quote: "13% at week 52"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-blood-pressure
  statement: In TRIM-2, zelvatide lowered systolic blood pressure by 9 mmHg.
  subject: [zelvatide]
  context: [TRIM-2, systolic blood pressure]
  value: {value: 9, unit: mmHg}
  sources: [{citation: "TRIM-2 report", quote: "-9 mmHg with zelvatide"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-placebo-blood-pressure
  statement: In TRIM-2, systolic blood pressure fell by 3 mmHg on placebo.
  subject: [zelvatide]
  context: [TRIM-2, systolic blood pressure, placebo]
  value: {value: 3, unit: mmHg}
  sources: [{citation: "TRIM-2 report", quote: "-3 mmHg with placebo"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-nausea-tablets
  statement: Nausea affected 30% of people taking zelvatide tablets.
  subject: [zelvatide]
  context: [tablets, by mouth, nausea]
  value: {value: 30, unit: percent}
  sources: [{citation: "TRIM-4 report", quote: "nausea 30% (oral)"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-nausea-injection
  statement: Nausea affected 18% of people taking zelvatide.
  subject: [zelvatide]
  context: [injected, injection, nausea]
  value: {value: 18, unit: percent}
  sources: [{citation: "TRIM-4 report", quote: "nausea 18% (injection)"}]
  status: approved
  review_by: 2030-01-01
- id: uk-type-2-share
  statement: About 90% of people with diabetes in the UK have type 2 diabetes.
  subject: [type 2 diabetes]
  context: [UK, share of diabetes]
  value: {value: 90, unit: percent, approx: true}
  sources: [{citation: "UK diabetes charity", quote: "about 90% have type 2"}]
  status: approved
  review_by: 2030-01-01
- id: uk-type-1-share
  statement: About 8% of people with diabetes in the UK have type 1 diabetes.
  subject: [type 1 diabetes]
  context: [UK, share of diabetes]
  value: {value: 8, unit: percent, approx: true}
  sources: [{citation: "UK diabetes charity", quote: "about 8% have type 1"}]
  status: approved
  review_by: 2030-01-01
- id: dementia-diagnosed-women
  statement: In 2023, 64% of women with dementia in England had a diagnosis.
  subject: [dementia diagnosis, dementia]
  context: [England, living with dementia, "2023"]
  group: [women]
  value: {value: 64, unit: percent}
  sources: [{citation: "Dementia audit 2023", quote: "64% of women"}]
  status: approved
  review_by: 2030-01-01
- id: dementia-diagnosed-men
  statement: In 2023, 59% of men with dementia in England had a diagnosis.
  subject: [dementia diagnosis, dementia]
  context: [England, living with dementia, "2023"]
  group: [men]
  value: {value: 59, unit: percent}
  sources: [{citation: "Dementia audit 2023", quote: "59% of men"}]
  status: approved
  review_by: 2030-01-01
- id: cholinesterase-inhibitor-use-2019
  statement: In 2019, 31% of people with Alzheimer's disease took a cholinesterase inhibitor.
  subject: [cholinesterase inhibitor, donepezil]
  context: [Alzheimer's disease, "2019"]
  value: {value: 31, unit: percent}
  sources: [{citation: "Prescribing survey 2019", quote: "31% were prescribed"}]
  status: approved
  review_by: 2030-01-01
- id: trim3-heart-attack-hazard-ratio
  statement: In TRIM-3, zelvatide cut heart attacks by a quarter versus placebo, hazard ratio 0.74.
  subject: [zelvatide, TRIM-3, hazard ratio]
  context: [heart attacks]
  value: {value: 0.74}
  sources: [{citation: "TRIM-3 report", quote: "HR 0.74 (0.65-0.85)"}]
  status: approved
  review_by: 2030-01-01
- id: malaria-cases-2022
  statement: There were 249 million malaria cases worldwide in 2022.
  subject: [malaria]
  context: [worldwide, "2022"]
  value: {value: 249000000, unit: cases}
  sources: [{citation: "World malaria report 2023", quote: "249 million malaria cases"}]
  status: approved
  review_by: 2030-01-01
- id: malaria-deaths-2022
  statement: Malaria killed 608,000 people worldwide in 2022.
  subject: [malaria]
  context: [worldwide, "2022"]
  value: {value: 608000, unit: deaths}
  sources: [{citation: "World malaria report 2023", quote: "608 000 malaria deaths"}]
  status: approved
  review_by: 2030-01-01
- id: clot2-klotase-independent
  statement: >-
    In CLOT-2, 51% of patients given klotase 2 to 6 hours after stroke onset were
    independent at 90 days.
  subject: [CLOT-2, klotase]
  context: [independent]
  value: {value: 51, unit: percent}
  sources: [{citation: "CLOT-2 report", quote: "51% vs 40% independent at day 90"}]
  status: approved
  review_by: 2030-01-01
- id: clot2-placebo-independent
  statement: In CLOT-2, 40% of the placebo group were independent at 90 days.
  subject: [CLOT-2, klotase]
  context: [independent]
  group: [placebo]
  value: {value: 40, unit: percent}
  sources: [{citation: "CLOT-2 report", quote: "51% vs 40% independent at day 90"}]
  status: approved
  review_by: 2030-01-01
- id: mabzumab-iv-flares
  statement: Given intravenously, mabzumab reduced flare-ups by 47% over a year.
  subject: [mabzumab]
  context: [flare-ups]
  value: {value: 47, unit: percent}
  sources: [{citation: "MAB-1 report", quote: "47% (IV) and 53% (SC) fewer flare-ups"}]
  status: approved
  review_by: 2030-01-01
- id: mabzumab-sc-flares
  statement: Given subcutaneously, mabzumab reduced flare-ups by 53% over a year.
  subject: [mabzumab]
  context: [flare-ups]
  value: {value: 53, unit: percent}
  sources: [{citation: "MAB-1 report", quote: "47% (IV) and 53% (SC) fewer flare-ups"}]
  status: approved
  review_by: 2030-01-01
- id: mabzumab-headache
  statement: Headache affected 7% of people given mabzumab.
  subject: [mabzumab]
  context: [headache]
  value: {value: 7, unit: percent}
  sources:
    - citation: "MAB-1 report"
      quote: >-
        Skin reactions at the injection site occurred in 21% of participants and headache
        in 7%.
  status: approved
  review_by: 2030-01-01
- id: living-donor-graft-5y
  statement: Five-year graft survival of living donor kidney transplants was 87%.
  subject: [kidney transplant, living donor]
  value: {value: 87, unit: percent}
  sources: [{citation: "Transplant registry report", quote: "87.0% at 5 years"}]
  status: approved
  review_by: 2030-01-01
- id: living-donor-graft-10y
  statement: Ten-year graft survival of living donor kidney transplants was 66%.
  subject: [kidney transplant, living donor]
  value: {value: 66, unit: percent}
  sources: [{citation: "Transplant registry report", quote: "66.0% at 10 years"}]
  status: approved
  review_by: 2030-01-01
- id: prevent1-placebo-infections
  statement: In the PREVENT-1 placebo group, 5.1% became infected with HIV.
  subject: [PREVENT-1]
  context: [infection rate]
  group: [placebo]
  value: {value: 5.1, unit: percent}
  sources: [{citation: "PREVENT-1 report", quote: "5.1% in the placebo group"}]
  status: approved
  review_by: 2030-01-01
- id: sepsis-deaths-2017
  statement: Sepsis-related illnesses caused 11 million deaths worldwide in 2017.
  subject: [sepsis, sepsis deaths]
  context: [worldwide, sepsis-related illnesses, "2017"]
  value: {value: 11000000, unit: deaths}
  sources: [{citation: "Global sepsis study", quote: "11.0 million sepsis-related deaths"}]
  status: approved
  review_by: 2030-01-01
- id: clotarin-af-strokes
  statement: In people with atrial fibrillation, clotarin cut strokes by 64%.
  subject: [clotarin]
  value: {value: 64, unit: percent}
  sources: [{citation: "Clotarin meta-analysis", quote: "64% fewer strokes"}]
  status: approved
  review_by: 2030-01-01
- id: af-stroke-risk
  statement: Atrial fibrillation makes a stroke five times more likely.
  subject: [atrial fibrillation]
  value: {value: 5, unit: fold}
  sources: [{citation: "Cohort study", quote: "a fivefold risk of stroke"}]
  status: approved
  review_by: 2030-01-01
- id: dementia-new-cases-yearly
  statement: Worldwide there are nearly 10 million new cases of dementia every year.
  subject: [dementia]
  context: [worldwide]
  value: {value: 10000000, unit: cases/year, approx: true}
  sources: [{citation: "Dementia fact sheet", quote: "nearly 10 million new cases every year"}]
  status: approved
  review_by: 2030-01-01
- id: nursing-6-weeks
  statement: In 2015, 41% of mothers were nursing exclusively at 6 weeks.
  subject: [exclusive nursing]
  context: ["2015"]
  timepoint: 6 weeks
  value: {value: 41, unit: percent}
  sources: [{citation: "Feeding survey 2015", quote: "41% at 6 weeks"}]
  status: approved
  review_by: 2030-01-01
- id: nursing-4-months
  statement: In 2015, 18% of mothers were nursing exclusively at 4 months.
  subject: [exclusive nursing]
  context: ["2015"]
  timepoint: 4 months
  value: {value: 18, unit: percent}
  sources: [{citation: "Feeding survey 2015", quote: "18% at 4 months"}]
  status: approved
  review_by: 2030-01-01
- id: trim5-placebo-events
  statement: In TRIM-5, 6.1% of the placebo group had a heart attack.
  subject: [TRIM-5]
  context: [heart attack]
  group: [placebo]
  value: {value: 6.1, unit: percent}
  sources: [{citation: "TRIM-5 report", quote: "6.1% vs 3.9%"}]
  status: approved
  review_by: 2030-01-01
- id: trim5-drug-events
  statement: In TRIM-5, 3.9% of people given zelvatide had a heart attack.
  subject: [TRIM-5]
  context: [heart attack, zelvatide]
  value: {value: 3.9, unit: percent}
  sources: [{citation: "TRIM-5 report", quote: "6.1% vs 3.9%"}]
  status: approved
  review_by: 2030-01-01
- id: dementia-diagnosed-all
  statement: In England in 2023, 62% of people with dementia had been diagnosed.
  subject: [dementia diagnosis, dementia]
  context: [England, living with dementia, "2023"]
  value: {value: 62, unit: percent}
  sources: [{citation: "Dementia audit 2023", quote: "62% overall"}]
  status: approved
  review_by: 2030-01-01
- id: flu-jab-wales-2023
  statement: In 2023, 58% of adults in Wales had a flu jab.
  subject: [flu jab]
  context: [Wales, "2023"]
  value: {value: 58, unit: percent}
  sources: [{citation: "Vaccine uptake report", quote: "58% of adults"}]
  status: approved
  review_by: 2030-01-01
- id: flu-jab-wales-women-2023
  statement: Women in Wales were likelier than men to get the jab in 2023, at 61%.
  subject: [flu jab]
  context: [Wales, "2023"]
  group: [women]
  value: {value: 61, unit: percent}
  sources: [{citation: "Vaccine uptake report", quote: "61% of women"}]
  status: approved
  review_by: 2030-01-01
- id: trim2-participants
  statement: The TRIM-2 trial randomly assigned 2,539 participants with obesity at 120 sites.
  subject: [TRIM-2]
  context: [zelvatide]
  value: {value: 2539, unit: participants}
  sources: [{citation: "TRIM-2 report", quote: "2,539 participants were randomly assigned"}]
  status: approved
  review_by: 2030-01-01
- id: diabetes-share-men
  statement: Diabetes is found in 18% of American men.
  subject: [diabetes]
  context: [men]
  value: {value: 18, unit: percent}
  sources: [{citation: "Diabetes report", quote: "18.0% of men"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-pain-free-1h
  statement: One hour after a dose of zelvatide, 20% of attacks were pain-free.
  subject: [zelvatide]
  context: [migraine attacks, pain-free]
  timepoint: 1 hour
  value: {value: 20, unit: percent}
  sources: [{citation: "TRIM-5 report", quote: "pain-free at 1 h: 20%"}]
  status: approved
  review_by: 2030-01-01
- id: zelvatide-pain-free-2h
  statement: Two hours after a dose of zelvatide, 45% of attacks were pain-free.
  subject: [zelvatide]
  context: [migraine attacks, pain-free]
  timepoint: 2 hours
  value: {value: 45, unit: percent}
  sources: [{citation: "TRIM-5 report", quote: "pain-free at 2 h: 45%"}]
  status: approved
  review_by: 2030-01-01
- id: hcc-share-primary-liver-cancer
  statement: Hepatocellular carcinoma (HCC) makes up 75–85% of primary liver cancers.
  subject: [HCC, hepatocellular carcinoma]
  context: [primary liver cancer]
  value: {low: 75, high: 85, unit: percent}
  sources: [{citation: "Cancer statistics review", quote: "HCC (75%-85% of cases)"}]
  status: approved
  review_by: 2030-01-01
"""


@pytest.fixture
def lint_text(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)
    return lambda text: by_figure(findings("page.md", text + "\n"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another name of the subject: the claim's own figure passes, another is a conflict
        ("Chronic kidney disease affects about 14% of adults in the United States.", {}),
        ("CKD affects about 14% of adults in the United States.", {}),
        (
            "CKD now touches roughly 30% of adults in the United States.",
            {"roughly 30%": ("CC101", "ckd-prevalence-us")},
        ),
        # a clause that carries on the subject of the clause before it
        (
            "The flu vaccine cut the risk of illness by 52% in adults aged 18–49, and by 38% "
            "in those aged 65 and over.",
            {},
        ),
        (
            "The flu vaccine cut the risk of illness by 38% in adults aged 18–49, and by 52% "
            "in those aged 65 and over.",
            {
                "38%": ("CC101", "flu-vaccine-effect-18-49"),
                "52%": ("CC101", "flu-vaccine-effect-65-plus"),
            },
        ),
        # a condition named by its adjective
        ("Worldwide, 37% of pregnant women are anaemic.", {}),
        (
            "Worldwide, 60% of pregnant women are anaemic.",
            {"60%": ("CC101", "anaemia-pregnancy-worldwide")},
        ),
        # a group named once, by the phrase that opens the sentence, holds for each figure
        ("Among Americans aged 65 and over, 29% have diabetes and 48% have prediabetes.", {}),
        (
            "Among Americans aged 65 and over, 48% have diabetes and 29% have prediabetes.",
            {
                "48%": ("CC101", "diabetes-share-65-plus"),
                "29%": ("CC101", "prediabetes-share-65-plus"),
            },
        ),
        # the clause's other figure (a responder threshold, a dose) tells siblings apart
        (
            "In TRIM-2, 72% of people on zelvatide lost at least 5% of their weight, and 41% "
            "lost at least 10%.",
            {},
        ),
        (
            "In TRIM-2, 41% of people on zelvatide lost at least 5% of their weight, and 72% "
            "lost at least 10%.",
            {
                "41%": ("CC101", "zelvatide-5pct-responders"),
                "72%": ("CC101", "zelvatide-10pct-responders"),
            },
        ),
        ("In TRIM-2, zelvatide 10 mg cut body weight by 14%.", {}),
        (
            "In TRIM-2, zelvatide 5 mg cut body weight by 14%.",
            {"14%": ("CC101", "zelvatide-5mg-weight-change")},
        ),
        # a timepoint said with a word between its preposition and its number
        ("After just 12 weeks on zelvatide, people in TRIM-3 had lost 6% of their weight.", {}),
        (
            "After only 12 weeks on zelvatide, people in TRIM-3 had lost 13% of their weight.",
            {"13%": ("CC101", "zelvatide-week-12")},
        ),
        (
            "In the first 12 weeks of TRIM-3, people on zelvatide lost 13% of their weight.",
            {"13%": ("CC101", "zelvatide-week-12")},
        ),
        # an arm named right after the figure is the figure's own ("3 mmHg with placebo")
        (
            "In TRIM-2, systolic blood pressure fell by 9 mmHg with zelvatide versus 3 mmHg "
            "with placebo.",
            {},
        ),
        (
            "In TRIM-2, systolic blood pressure fell by 3 mmHg with zelvatide versus 9 mmHg "
            "with placebo.",
            {
                "3 mmHg": ("CC101", "zelvatide-blood-pressure"),
                "9 mmHg": ("CC101", "zelvatide-placebo-blood-pressure"),
            },
        ),
        # the claim whose context the clause names more of wins, however its statement
        # is worded ("by mouth" / "injected" tell the arms apart)
        (
            "With zelvatide, nausea hit 18% of people when injected and 30% when taken by mouth.",
            {},
        ),
        (
            "With zelvatide, nausea hit 30% of people when injected and 18% when taken by mouth.",
            {
                "30%": ("CC101", "zelvatide-nausea-injection"),
                "18%": ("CC101", "zelvatide-nausea-tablets"),
            },
        ),
        # a name said split: its first words by the figure, its head elsewhere
        ("In the UK, type 2 makes up about 90% of diabetes, and type 1 about 8%.", {}),
        (
            "In the UK, type 1 makes up about 90% of diabetes, and type 2 about 8%.",
            {
                "about 90%": ("CC101", "uk-type-1-share"),
                "about 8%": ("CC101", "uk-type-2-share"),
            },
        ),
        # a pronoun stands for the subject before it, not for the alternative its own clause
        # replaces ("Against mumps, they …" after a sentence about measles)
        (
            "Taken by mouth, zelvatide caused nausea in 30% of people. When injected, it "
            "caused nausea in 18%.",
            {},
        ),
        (
            "Taken by mouth, zelvatide caused nausea in 18% of people. When injected, it "
            "caused nausea in 30%.",
            {
                "18%": ("CC101", "zelvatide-nausea-tablets"),
                "30%": ("CC101", "zelvatide-nausea-injection"),
            },
        ),
        # timepoints in hours
        ("With zelvatide, 45% of migraine attacks were pain-free at two hours.", {}),
        (
            "With zelvatide, 20% of migraine attacks were pain-free at two hours.",
            {"20%": ("CC101", "zelvatide-pain-free-2h")},
        ),
        # "… of them" stands for the group named before it
        ("Americans aged 65 and over are hit hardest: 29% of them have diabetes.", {}),
        (
            "Americans aged 65 and over are hit hardest: 15% of them have diabetes.",
            {"15%": ("CC101", "diabetes-share-65-plus")},
        ),
        # a figure about an age group, naming no sex, is no figure about men of all ages
        (
            "Among Americans aged 65 and over, 18% have diabetes.",
            {"18%": ("CC101", "diabetes-share-65-plus")},
        ),
        # the subject's share of something else, said as the claim says it
        ("HCC makes up about 80% of primary liver cancers.", {}),
        (
            "HCC makes up about 95% of primary liver cancers.",
            {"about 95%": ("CC101", "hcc-share-primary-liver-cancer")},
        ),
        # a subject said inside a longer name ("women living with dementia" names dementia),
        # and the group each figure is about
        ("In England in 2023, 64% of women living with dementia had been diagnosed.", {}),
        (
            "In England in 2023, 59% of women living with dementia had been diagnosed, "
            "against 64% of men.",
            {
                "59%": ("CC101", "dementia-diagnosed-women"),
                "64%": ("CC101", "dementia-diagnosed-men"),
            },
        ),
        (
            "In 2023, 64% of men living with dementia in England had a diagnosis.",
            {"64%": ("CC101", "dementia-diagnosed-men")},
        ),
        # a figure about one sex, beside a claim about that sex: not the claim about everyone
        (
            "In 2023, 52% of women in Wales had a flu jab.",
            {"52%": ("CC101", "flu-jab-wales-women-2023")},
        ),
        (
            "In England in 2023, 59% of men with dementia had been diagnosed, compared with "
            "70% of women.",
            {"70%": ("CC101", "dementia-diagnosed-women")},
        ),
        # "versus placebo" then a comma: the comparison is the left figure's, the comma
        # divides ("a quarter" is the cut; the hazard ratio is the drug arm's, not placebo's)
        ("In TRIM-3 the hazard ratio for heart attacks with zelvatide was 0.74.", {}),
        (
            "In TRIM-3 the hazard ratio for heart attacks with zelvatide was 0.84.",
            {"0.84": ("CC101", "trim3-heart-attack-hazard-ratio")},
        ),
        (
            "Worldwide, dementia strikes about 25 million people every year.",
            {"about 25 million people every year": ("CC101", "dementia-new-cases-yearly")},
        ),
        # a count of people who have the condition ("struck", "suffered from", "living
        # with") is a count of cases, not of deaths
        ("Worldwide in 2022, malaria struck 249 million people and killed 608,000.", {}),
        (
            "Worldwide in 2022, malaria struck 608,000 people and killed 249 million.",
            {
                "608,000 people": ("CC101", "malaria-cases-2022"),
                "249 million": ("CC101", "malaria-deaths-2022"),
            },
        ),
        (
            "In 2022, some 600,000 people worldwide suffered from malaria.",
            {"some 600,000 people": ("CC101", "malaria-cases-2022")},
        ),
        (
            "Worldwide in 2022 malaria affected 608,000 people.",
            {"608,000 people": ("CC101", "malaria-cases-2022")},
        ),
        # hours "after stroke onset" say when a treatment was given, not when the outcome
        # was measured; an arm named by a phrase opening the clause ("With placebo, …")
        (
            "In CLOT-2, 51% of the klotase group and 40% of the placebo group were "
            "independent at 90 days.",
            {},
        ),
        (
            "In CLOT-2, 40% of the klotase group and 51% of the placebo group were "
            "independent at 90 days.",
            {
                "40%": ("CC101", "clot2-klotase-independent"),
                "51%": ("CC101", "clot2-placebo-independent"),
            },
        ),
        (
            "With placebo, 51% of CLOT-2 patients were independent at 90 days, against 40% "
            "with klotase.",
            {
                "51%": ("CC101", "clot2-placebo-independent"),
                "40%": ("CC101", "clot2-klotase-independent"),
            },
        ),
        # a route and a change said in everyday words ("under the skin", "into a vein",
        # "lowered") are the statement's ("subcutaneously", "intravenously", "reduced")
        (
            "Mabzumab lowered flare-ups by 53% when injected under the skin and by 47% when "
            "given into a vein.",
            {},
        ),
        (
            "Mabzumab lowered flare-ups by 47% when injected under the skin and by 53% when "
            "given into a vein.",
            {
                "47%": ("CC101", "mabzumab-sc-flares"),
                "53%": ("CC101", "mabzumab-iv-flares"),
            },
        ),
        # "five-year graft survival" is a timepoint, with a word between it and "survival"
        ("For living donor kidney transplants, graft survival is 66% at ten years.", {}),
        (
            "For living donor kidney transplants, graft survival is 87% at ten years.",
            {"87%": ("CC101", "living-donor-graft-10y")},
        ),
        # a subject said at the start of a longer name ("sepsis" in "sepsis-related
        # illnesses") names it
        (
            "Worldwide, sepsis-related illnesses killed 6 million people in 2017.",
            {"6 million people": ("CC101", "sepsis-deaths-2017")},
        ),
        # a subject the claim's own statement speaks of is no other subject for it
        ("In atrial fibrillation, clotarin lowered the risk of stroke by 64%.", {}),
        (
            "In atrial fibrillation, clotarin lowered the risk of stroke by 40%.",
            {"40%": ("CC101", "clotarin-af-strokes")},
        ),
        # "acquired HIV" is "became infected"
        (
            "Among PREVENT-1 volunteers in the placebo group, 2.9% acquired HIV.",
            {"2.9%": ("CC101", "prevent1-placebo-infections")},
        ),
        # a baby's age in weeks or months is a time since birth (a timepoint), not an age group
        (
            "### Exclusive nursing, 2015\n\n| Age of baby | Exclusive nursing |\n|---|---|\n"
            "| 6 weeks | 41% |\n| 4 months | 18% |\n",
            {},
        ),
        (
            "### Exclusive nursing, 2015\n\n| Age of baby | Exclusive nursing |\n|---|---|\n"
            "| 6 weeks | 18% |\n| 4 months | 41% |\n",
            {"18%": ("CC101", "nursing-6-weeks"), "41%": ("CC101", "nursing-4-months")},
        ),
        # arms listed after the figures, paired by "respectively"
        (
            "In TRIM-5, heart attacks occurred in 3.9% and 6.1% of the zelvatide and placebo "
            "groups, respectively.",
            {},
        ),
        (
            "In TRIM-5, heart attacks occurred in 6.1% and 3.9% of the zelvatide and placebo "
            "groups, respectively.",
            {"6.1%": ("CC101", "trim5-drug-events"), "3.9%": ("CC101", "trim5-placebo-events")},
        ),
        # "of them" takes the arm named before it too
        ("People given placebo in TRIM-5 fared worse: 6.1% of them had a heart attack.", {}),
        (
            "People given placebo in TRIM-5 fared worse: 3.9% of them had a heart attack.",
            {"3.9%": ("CC101", "trim5-placebo-events")},
        ),
        # a count whose noun is the claim's unit, in a sentence worded unlike the statement
        ("TRIM-2 enrolled about 2,500 participants.", {}),
        (
            "TRIM-2 enrolled about 4,000 participants.",
            {"about 4,000 participants": ("CC101", "trim2-participants")},
        ),
    ],
)
def test_a_figure_is_judged_against_its_own_claim(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Chronic kidney disease is behind 25% of hospital admissions for heart failure.", "25%"),
        ("In the United States, CKD is the cause of 40% of new cases of kidney failure.", "40%"),
        ("The flu vaccine prevented 61% of paediatric intensive care admissions.", "61%"),
        ("Anaemia causes 20% of maternal deaths in low-income settings.", "20%"),
        # a share of the people who have the subject is not the subject's share of people
        (
            "In the United States, 40% of adults with chronic kidney disease wait years for "
            "specialist referral letters.",
            "40%",
        ),
        # a share of something else that the subject causes is no share of people it affects
        ("Diabetes is responsible for 44% of new cases of kidney failure.", "44%"),
        (
            "About 30% of heart attacks in Americans aged 65 and over are due to diabetes.",
            "About 30%",
        ),
        # a share *of* the subject is not the subject's share of something else
        ("The marker EpCAM is found in 40–70% of HCC.", "40–70%"),
        ("High AFP levels are seen in 50–70% of hepatocellular carcinoma.", "50–70%"),
        # a subject said only inside a longer name, in a clause about another claim's subject
        (
            "In England in 2023, 45% of people living with dementia took a cholinesterase "
            "inhibitor.",
            "45%",
        ),
        # the source's quote speaks of another figure too: its words explain only the
        # claim's own figure, so a page's figure about the other thing is not accused
        ("In people given mabzumab, skin reactions occurred in 15%.", "15%"),
        # people who have the condition are not its new cases
        ("Worldwide, some 57 million people are living with dementia.", "some 57 million people"),
        # a relative change ("by N%") is no share of people a level-claim counts
        ("Worldwide, daily iron cut anaemia in pregnant women by 37%.", "37%"),
        (
            "In US adults, better blood pressure control lowered chronic kidney disease by 14%.",
            "14%",
        ),
    ],
)
def test_a_figure_about_something_the_claim_does_not_speak_of_is_unsupported(
    lint_text, text, figure
):
    """Same subject, another measure: no claim backs the figure, and none is accused."""
    assert lint_text(text) == {figure: ("CC102", None)}


@pytest.mark.parametrize(
    ("name", "adjective"),
    [
        ("infertility", "infertile"),
        ("osteoporosis", "osteoporotic"),
        ("diabetes", "diabetic"),
        ("hypertension", "hypertensive"),
        ("depression", "depressed"),
        ("anaemia", "anaemic"),
        ("pregnancy", "pregnant"),
        ("obesity", "obese"),
        ("conception", "conceive"),
        ("conception", "conceiving"),
        ("conception", "conceived"),
        ("mania", "manic"),
        ("autism", "autistic"),
        ("epilepsy", "epileptic"),
        ("narcolepsy", "narcoleptic"),
        ("asthma", "asthmatic"),
        ("psoriasis", "psoriatic"),
        ("arthritis", "arthritic"),
        ("allergy", "allergic"),
    ],
)
def test_a_condition_is_found_by_its_adjective(name, adjective):
    assert normalise_term(adjective) in word_forms(normalise_term(name))


def test_a_near_miss_message_names_the_words_the_claim_does_not_use(tmp_path, run_cli):
    """The closest claim's reason is the clause's words it does not explain, never only
    "not close enough", when those words are why it was not used."""
    lint_draft = registry_linter(tmp_path, run_cli, REGISTRY)
    text = "Chronic kidney disease patients in the US wait 40% longer for specialist referral.\n"
    (finding,) = lint_draft("page.md", text)
    assert finding["code"] == "CC102"
    assert "closest: ckd-prevalence-us" in finding["message"]
    assert "speaks of 'wait', 'longer', 'specialist'" in finding["message"]
