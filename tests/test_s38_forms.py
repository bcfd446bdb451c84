"""Number forms read wrong at the start of session 38 (issue 11), each kind with sentences of
our own: a bound on a share restated in brackets in a lab's unit (``below 5.7% (39
mmol/mol)``) lost its bound; and the
``per`` after a figure was dropped or cut (``1 sachet/8 h``, ``2 g of X per 24 hours``,
``CFU per capsule``, ``per clinic visit``); and the thing counted
or the unit after a number was lost (``20 million sperm per millilitre``, ``above 1,500
m``)."""

from __future__ import annotations

import pytest


def _figures(tmp_path, extract_json, text: str, name: str = "page.txt") -> list[dict]:
    draft = tmp_path / name
    draft.write_text(text + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    return [q for claim in claims for q in claim["quantities"]]


def _seen(q: dict) -> tuple:
    """What a user reads of a figure: its words, ends, unit and comparator."""
    return (q["text"], q["low"], q["high"], q["unit"], q["comparator"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An HbA1c below 5.7% (39 mmol/mol) counts as normal.",
         ("39 mmol/mol", None, 39.0, "mmol/mol", "below")),
        ("Most adults should aim for under 7% (53 mmol/mol).",
         ("53 mmol/mol", None, 53.0, "mmol/mol", "under")),
        ("Readings of at least 6.0% (42 mmol/mol) call for a repeat test.",
         ("42 mmol/mol", 42.0, None, "mmol/mol", "at least")),
        ("A target of no more than 6.5% (48 mmol/mol) suits most people.",
         ("48 mmol/mol", None, 48.0, "mmol/mol", "no more than")),
        ("Values above 8% (64 mmol/mol) need a review.",
         ("64 mmol/mol", 64.0, None, "mmol/mol", "above")),
    ],
)  # fmt: skip
def test_a_bound_on_a_share_restated_in_a_lab_unit_keeps_the_bound(
    tmp_path, extract_json, text, expected
):
    assert _seen(_figures(tmp_path, extract_json, text)[1]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over a third (36%) said so.", ("36%", 36.0, 36.0, "percent", None)),
        ("Under 10% (14 patients) stopped early.", ("14 patients", 14.0, 14.0, "patients", None)),
    ],
)
def test_a_share_or_a_count_in_brackets_stays_exact(tmp_path, extract_json, text, expected):
    assert _seen(_figures(tmp_path, extract_json, text)[-1]) == expected


def _per(tmp_path, extract_json, text: str) -> list[tuple]:
    return [(q["text"], q["low"], q["high"], q["unit"], q["per"])
            for q in _figures(tmp_path, extract_json, text)]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Give 1 sachet/8 h.", ("1 sachet/8 h", 1.0, 1.0, "sachet/8 hours", "8 hours")),
        ("The maximum is 8 tablets/24hrs.", ("8 tablets/24hrs", 8.0, 8.0, "tablets/day", "day")),
        ("Apply 3 drops/6 hours.", ("3 drops/6 hours", 3.0, 3.0, "drops/6 hours", "6 hours")),
        ("Take at most 2 g of ibuprofen per 24 hours.", ("at most 2 g", None, 2.0, "g", "day")),
        ("Children: no more than 60 mg of codeine every 24 hours.",
         ("no more than 60 mg", None, 60.0, "mg", "day")),
    ],
)  # fmt: skip
def test_a_period_of_hours_after_a_count_or_an_amount_is_kept(
    tmp_path, extract_json, text, expected
):
    assert _per(tmp_path, extract_json, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blend supplies 5 x 10^9 CFU per sachet.",
         ("5 x 10^9 CFU", 5e9, 5e9, "CFU", "sachet")),
        ("The vaccine holds 40 micrograms of antigen per dose.",
         ("40 micrograms", 40.0, 40.0, "µg", "dose")),
        ("There are 5 g of sugar per serving.", ("5 g", 5.0, 5.0, "g", "serving")),
        ("The label lists 12 mg of caffeine a cup.", ("12 mg", 12.0, 12.0, "mg", "cup")),
        ("Each softgel gives 1 g of fish oil per softgel.", ("1 g", 1.0, 1.0, "g", "softgel")),
    ],
)  # fmt: skip
def test_an_amount_per_product_unit_keeps_its_basis(tmp_path, extract_json, text, expected):
    assert _per(tmp_path, extract_json, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It costs $12 per clinic visit.", ("USD", "clinic visit")),
        ("The fee is £25 per dental check-up.", ("GBP", "dental check-up")),
        ("Care costs £60 per hospital night.", ("GBP", "hospital night")),
        ("Only £4 per online consultation.", ("GBP", "online consultation")),
        ("Labs charge €30 per blood test.", ("EUR", "blood test")),
        ("It is £150 per scan for adults.", ("GBP", "scan")),
    ],
)  # fmt: skip
def test_a_price_basis_of_two_words_is_kept_whole(tmp_path, extract_json, text, expected):
    assert _per(tmp_path, extract_json, text)[0][3:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A count of at least 20 million sperm per millilitre is normal.",
         (2e7, None, "sperm/mL", "at least")),
        ("The sample held 25 million sperm or more per ejaculate.",
         (2.5e7, None, "sperm/ejaculate", "or more")),
        ("The infusion gives 2 million cells per kg.", (2e6, 2e6, "cells/kg", None)),
        ("Tap water had 5 million spores per litre.", (5e6, 5e6, "spores/L", None)),
        ("A normal count is 150,000 platelets per microlitre.",
         (1.5e5, 1.5e5, "platelets/µL", None)),
        ("There were 40 million sperm in the sample.", (4e7, 4e7, "sperm", None)),
    ],
)  # fmt: skip
def test_a_count_keeps_its_noun_and_the_volume_it_is_per(tmp_path, extract_json, text, expected):
    q = _figures(tmp_path, extract_json, text)[0]
    assert (q["low"], q["high"], q["unit"], q["comparator"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boil water for 3 minutes above 1,500 m.", ("above 1,500 m", 1500.0, None, "m")),
        ("Climbers above 3,000 m often feel sick.", ("above 3,000 m", 3000.0, None, "m")),
        ("The clinic sits at an altitude of 2,400 m.", ("2,400 m", 2400.0, 2400.0, "m")),
        ("Walk 400 m each day.", ("400 m each day", 400.0, 400.0, "m")),
        ("Symptoms are rare below 2,500 m.", ("below 2,500 m", None, 2500.0, "m")),
        ("The trust spent £2 m.", ("£2 m", 2e6, 2e6, "GBP")),
        ("About 20 m people use it.", ("About 20 m people", 2e7, 2e7, "people")),
    ],
)
def test_a_spaced_m_of_height_or_distance_is_metres(tmp_path, extract_json, text, expected):
    q = _figures(tmp_path, extract_json, text)[-1]
    assert (q["text"], q["low"], q["high"], q["unit"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trailing comparator after the period a figure is per bounds it, as after its unit
        ("Loratadine can be raised to 40 mg a day at most.\n", ("40 mg a day at most", None, 40)),
        ("Most adults walk 30 minutes a day or more.\n", ("30 minutes a day or more", 30, None)),
        ("A session costs £85 per hour or less.\n", ("£85 per hour or less", None, 85)),
        ("Patients who smoked 20 a day or more were excluded.\n", ("20 a day or more", 20, None)),
        ("Take 1 g at most.\n", ("1 g at most", None, 1)),
        # … never "at most" before the next figure, which it bounds
        ("Take 2 tablets at most 4 times a day.\n", ("2 tablets", 2, 2)),
    ],
)
def test_a_comparator_after_a_period_bounds_the_figure(tmp_path, extract_json, text, expected):
    draft = tmp_path / "page.md"
    draft.write_text(text, encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    first = [q for claim in claims for q in claim["quantities"]][0]
    assert (first["text"], first["low"], first["high"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label that ends in a rate's period ("… per year:") is no label of the number after
        # it ("Year 2: 22.3" is): the number is the rate's value
        ("- Painful crises per year: 2.5\n", ["2.5"]),
        ("Clinic visits per month: 3\n", ["3"]),
        ("- Seizures per week: 0.8\n", ["0.8"]),
        ("| Measure | Value |\n|---|---|\n| Relapses per year | 0.34 |\n", ["0.34"]),
        # … while a bare period word before a number still labels it
        ("Year 2: 22.3 of them returned.\n", ["22.3"]),
        ("Phase 2 began in March.\n", []),
    ],
)
def test_a_number_after_a_rates_period_label_is_its_value(tmp_path, extract_json, text, expected):
    draft = tmp_path / "page.md"
    draft.write_text(text, encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    assert [q["text"] for claim in claims for q in claim["quantities"]] == expected
