"""A head-to-head trial's comparator is another trial's treatment (issue 12, session 34), in
our own wording: within the trial the sentence names, a drug that only that trial's control
arm claims name (in their context) is the control arm, though the drug is the treatment arm
of another trial in the registry. So "… 44.1% with mirexumab and 71.0% with tolanib" in
CLEARWAY (mirexumab against tolanib) gives the 71.0% to the tolanib arm: a swap is two
conflicts, the right order none. A drug a trial's ratio claim holds as its subject is that
drug's, whatever the untreated arm's context says it lacked. A regimen's abbreviation (``Kd``,
myeloma's style) names an arm the same way, but not hyphened into another (``D-Kd``) nor
beside the drug added to it (``daratozumab with Kd``: a combination, the treatment arm); a
regimen's code (``LV7FU``, capitals and digits) names it too. A comparison's other side given
a treatment "alone" (``against 69.1% with fluorouracil alone``) may be the control arm."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "clearway-mirexumab-clear-week16",
            "In CLEARWAY, 71.0% of patients given mirexumab had clear skin at week 16.",
            71.0,
            "mirexumab, CLEARWAY",
            "CLEARWAY, clear skin",
            timepoint="week 16",
        ),
        approved_claim(
            "clearway-tolanib-clear-week16",
            "In CLEARWAY, 44.1% of patients given tolanib had clear skin at week 16.",
            44.1,
            "mirexumab, CLEARWAY",
            "CLEARWAY, tolanib, clear skin",
            group="[comparator]",
            timepoint="week 16",
        ),
        approved_claim(
            "fairwind-tolanib-clear-week12",
            "In FAIRWIND, 52.3% of patients given tolanib had clear skin at week 12.",
            52.3,
            "tolanib, FAIRWIND",
            "FAIRWIND, clear skin",
            timepoint="week 12",
        ),
        approved_claim(
            "fairwind-placebo-clear-week12",
            "In FAIRWIND, 3.9% of patients given placebo had clear skin at week 12.",
            3.9,
            "tolanib, FAIRWIND",
            "FAIRWIND, clear skin",
            group="[placebo]",
            timepoint="week 12",
        ),
        approved_claim(
            "harbor-dkd-median-pfs",
            "In HARBOR, median progression-free survival was 28.6 months with daratozumab plus Kd.",
            28.6,
            "daratozumab, HARBOR",
            "HARBOR, D-Kd, median progression-free survival",
        ).replace("unit: percent", "unit: months"),
        approved_claim(
            "harbor-kd-median-pfs",
            "In HARBOR, median progression-free survival was 15.8 months with Kd alone.",
            15.8,
            "daratozumab, HARBOR",
            "HARBOR, Kd, median progression-free survival",
            group="[control]",
        ).replace("unit: percent", "unit: months"),
        approved_claim(
            "corvus-foltex-dfs-3y",
            "In CORVUS, 3-year disease-free survival was 74.0% with FOLTEX.",
            74.0,
            "CORVUS, FOLTEX",
            "CORVUS, disease-free survival, FOLTEX",
        ),
        approved_claim(
            "corvus-lv7fu-dfs-3y",
            "In CORVUS, 3-year disease-free survival was 69.1% with LV7FU.",
            69.1,
            "CORVUS, FOLTEX",
            "CORVUS, disease-free survival, LV7FU, fluorouracil",
            group="[control]",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In CLEARWAY, clear skin at week 16 was 71.0% with mirexumab and 44.1% with tolanib.",
         {}),
        ("In CLEARWAY, clear skin at week 16 was 44.1% with mirexumab and 71.0% with tolanib.",
         {"44.1%": ("CC101", "clearway-mirexumab-clear-week16"),
          "71.0%": ("CC101", "clearway-tolanib-clear-week16")}),
        ("In CLEARWAY, 38.0% of tolanib patients had clear skin at week 16.",
         {"38.0%": ("CC101", "clearway-tolanib-clear-week16")}),
        # … wherever the sentence names the trial
        ("CLEARWAY reported clear skin at week 16 in 44.1% of patients with mirexumab and"
         " 71.0% with tolanib.",
         {"44.1%": ("CC101", "clearway-mirexumab-clear-week16"),
          "71.0%": ("CC101", "clearway-tolanib-clear-week16")}),
        # the same drug as another trial's treatment arm stays that arm's
        ("In FAIRWIND, 52.3% of patients on tolanib had clear skin at week 12.", {}),
        ("In FAIRWIND, 61.0% of patients on tolanib had clear skin at week 12.",
         {"61.0%": ("CC101", "fairwind-tolanib-clear-week12")}),
        # a regimen's abbreviation (Kd) names the control arm; hyphened into the other arm's
        # name (D-Kd) or with the added drug in the clause it does not
        ("In HARBOR, median progression-free survival was 28.6 months with D-Kd and 15.8"
         " months with Kd.", {}),
        ("In HARBOR, median progression-free survival was 15.8 months with D-Kd and 28.6"
         " months with Kd.",
         {"15.8 months": ("CC101", "harbor-dkd-median-pfs"),
          "28.6 months": ("CC101", "harbor-kd-median-pfs")}),
        ("In HARBOR, patients on daratozumab with Kd had a median progression-free survival"
         " of 28.6 months.", {}),
        # a table whose columns are the arms, the trial named in the heading above it
        ("#### CLEARWAY: clear skin at week 16\n\n| Measure | Mirexumab | Tolanib |\n"
         "|---|---|---|\n| Clear skin | 71.0% | 44.1% |", {}),
        ("#### CLEARWAY: clear skin at week 16\n\n| Measure | Mirexumab | Tolanib |\n"
         "|---|---|---|\n| Clear skin | 44.1% | 71.0% |",
         {"44.1%": ("CC101", "clearway-mirexumab-clear-week16"),
          "71.0%": ("CC101", "clearway-tolanib-clear-week16")}),
        # a regimen's code (capitals and digits) names its arm as a drug's name does
        ("In CORVUS, 3-year disease-free survival was 69.1% with LV7FU and 74.0% with FOLTEX.",
         {}),
        ("In CORVUS, 3-year disease-free survival was 74.0% with LV7FU and 69.1% with FOLTEX.",
         {"74.0%": ("CC101", "corvus-lv7fu-dfs-3y"),
          "69.1%": ("CC101", "corvus-foltex-dfs-3y")}),
        ("In CORVUS, 3-year disease-free survival was 74.0% and 69.1% for LV7FU and FOLTEX,"
         " respectively.",
         {"74.0%": ("CC101", "corvus-lv7fu-dfs-3y"),
          "69.1%": ("CC101", "corvus-foltex-dfs-3y")}),
        # a comparison's other side given a treatment "alone" may be the control arm
        ("In CORVUS, 3-year disease-free survival was 74.0% with FOLTEX, against 69.1% with"
         " fluorouracil alone.", {}),
    ],
)  # fmt: skip
def test_a_trials_comparator_is_its_control_arm(lint_text, text, expected):
    assert lint_text(text) == expected
