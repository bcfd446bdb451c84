"""Risky wording as advertising writes it, and the frames that quote it to deny it (bug21
kinds 4-8 of issue 11's kind 14, taken from a user's view: catch the common shapes, stay
silent on negations).

Debunking frames (``it is a myth that``, ``… are false``), ``nobody`` and ``few`` (not ``a
few``) deny what they frame; a clinical modality's purpose (``radiotherapy to shrink the
tumour``) promises no cure; a guarantee needs no word guarantee (``100% effective``,
``works every time``, ``never fails``); a superlative may have one word before its noun
(``leading cancer hospital``, ``world-class team``); a short question answered ``None.``
says "no side effects"; a cure verb reaches over three words (``reverse your type 2
diabetes``). Rows as in ``test_wording_kinds``: square brackets mark the words a finding
quotes; a row without them gets no finding of that code. Sentences of our own.
"""

from __future__ import annotations

import pytest
from test_wording_kinds import check, in_tmp_path  # noqa: F401  (the fixture is used by name)

SILENT = [
    ("CC305", "It is a myth that homeopathy has no side effects."),
    ("CC305", "Claims that the gummies have zero side effects are untrue."),
    ("CC305", "Forget the misconception that herbs have no side effects."),
    ("CC301", "Claims that garlic cures colds are false."),
    ("CC301", "The myth that lemon water cures arthritis keeps coming back."),
    ("CC301", "That turmeric cures dementia is simply a myth."),
    ("CC301", "Nobody can promise a cure for psoriasis."),
    ("CC301", "No one can honestly promise a cure for tinnitus."),
    ("CC306", "Few medicines are completely safe for babies."),
    ("CC306", "Very few procedures are totally risk-free."),
    ("CC301", "Doctors use radiotherapy to shrink the tumour first."),
    ("CC301", "Surgeons often give chemotherapy to shrink the cancer beforehand."),
    ("CC301", "Oncologists may use hormone therapy to shrink the prostate tumour."),
    ("CC302", "No vaccine is 100% effective."),
    ("CC302", "Nothing works every time for migraines."),
    ("CC302", "Even the best inhaler does not work every time."),
    ("CC309", "Smoking is the leading cause of lung cancer."),
    ("CC309", "Falls leading to hospital admission were rare."),
    ("CC309", "Sepsis is a top reason for intensive care."),
    ("CC305", "Side effects? None that we know of in adults."),
    ("CC305", "Serious side effects? None."),
]

FIRE = [
    ("CC302", "Our detox tea is [100% effective]."),
    ("CC302", "The patch is [100 percent successful] for smokers."),
    ("CC302", "This sleep spray [works every time]."),
    ("CC302", "My joint balm [worked every single time]."),
    ("CC302", "A hay fever remedy that [never fails]."),
    ("CC302", "The cream [always works] on cold sores."),
    ("CC309", "The [leading cancer hospital] in the north."),
    ("CC309", "Meet our [world-class team] of surgeons."),
    ("CC309", "Book at our [top-rated clinic] today."),
    ("CC309", "The [best dental care] in town."),
    ("CC309", "A [world-class heart clinic] near you."),
    ("CC305", "[Side effects? None]."),
    ("CC305", "[Adverse reactions? Zero]."),
    ("CC305", "[Any side effects? None at all]!"),
    ("CC305", "[Unwanted effects? Nil]."),
    ("CC305", "[Side effects? Nothing whatsoever]."),
    ("CC301", "[Reverse your type 2 diabetes] naturally."),
    ("CC301", "This plan [reverses their type 2 diabetes] in weeks."),
    ("CC301", "The oil [shrank her large breast tumour] in a month."),
    ("CC301", "Our shakes [wipe out even stubborn childhood eczema]."),
    ("CC301", "Use our tea to [cure] cancer."),
]


@pytest.mark.parametrize(("code", "row"), SILENT)
def test_denied_framed_and_clinical_wordings_stay_silent(run_cli, tmp_path, code, row):
    check(run_cli, tmp_path, code, row)


@pytest.mark.parametrize(("code", "row"), FIRE)
def test_advertising_shapes_fire_their_rule(run_cli, tmp_path, code, row):
    check(run_cli, tmp_path, code, row)
