"""A proportion's whole said by its scale word alone after ``every`` or a hyphened ``a``
(``one in every hundred``, ``a one-in-a-hundred chance``) is a share; a slash fraction before
a plural noun keeps the n/N reading (``9/10 dentists`` is 0.9 ``dentists``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

# sentence, figure's text, share, approx
SHARES = [
    # n/N before a plural noun of people is their share, 0.8, never "0.8 patients" (session 39)
    ("4/5 patients said the leaflet helped.", "4/5", 0.8, False),
    ("One person in every hundred has the gene.", "One person in every hundred", 0.01, False),
    (
        "About one adult in every thousand is affected.",
        "About one adult in every thousand",
        0.001,
        True,
    ),
    ("One in every hundred babies is born early.", "One in every hundred", 0.01, False),
    ("There is a one-in-a-hundred chance of a bleed.", "one-in-a-hundred", 0.01, False),
    ("It carries a one-in-a-million risk.", "one-in-a-million", 1e-6, False),
    ("One child in every two hundred has it.", "One child in every two hundred", 0.005, False),
]

# a slash fraction before a plural noun is the n/N share of it, or an amount of a unit
AMOUNTS = [
    ("9/10 dentists back the paste.", "9/10 dentists", "dentists"),
    ("Take 1/2 tablets twice a day.", "1/2 tablets", "tablets"),
    ("Rest for 1/2 hours after the dose.", "1/2 hours", "hour"),
    ("It was seen in hundreds of clinics.", "hundreds of clinics", "clinics"),
]


@pytest.mark.parametrize("case", SHARES, ids=[c[0] for c in SHARES])
def test_share_is_read(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, share, approx = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = [q for q in quantities if q["unit"] == "proportion"]
    assert figure["text"] == written == raw[figure["start"] : figure["end"]]
    assert figure["low"] == figure["high"] == pytest.approx(share)
    assert figure["approx"] is approx


@pytest.mark.parametrize(("sentence", "written", "unit"), AMOUNTS)
def test_amount_is_no_share(
    tmp_path: Path, extract_json, sentence: str, written: str, unit: str
) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert [(q["text"], q["unit"]) for q in quantities if q["kind"] != "frequency"] == [
        (written, unit)
    ]
