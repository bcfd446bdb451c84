"""Currency signs as pages around the world write them (issue 11): a country's dollar sign
(``R$``, ``C$``, ``NZ$``, ``MX$``) before or after the amount, ``kr`` and ``Fr.`` on either
side, one-character signs (``₩``, ``₦``, ``₱``, ``₺``, ``₽``, ``₪``), ``KSh``, ``NIS`` and the
finance scale ``MM``. Each amount is money in its currency, offsets exact."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("A dental crown costs R$ 1200 in Recife.", [fig("R$ 1200", 1200, unit="BRL")]),
    ("Physio is R$80,50 for a session.", [fig("R$80,50", 80.5, unit="BRL")]),
    ("The clinic charged MX$350.", [fig("MX$350", 350, unit="MXN")]),
    ("A blood panel is 95 C$ in Montreal.", [fig("95 C$", 95, unit="CAD")]),
    ("The pump lists at 2 400 C$.", [fig("2 400 C$", 2400, unit="CAD")]),
    ("Insulin costs NZ$ 60 a month.", [fig("NZ$ 60 a month", 60, unit="NZD")]),
    ("A GP visit is 120 A$.", [fig("120 A$", 120, unit="AUD")]),
    ("The vaccine costs kr 750 at a pharmacy.", [fig("kr 750", 750, unit="kr")]),
    ("A night in hospital costs kr. 2 300 there.", [fig("kr. 2 300", 2300, unit="kr")]),
    ("Dental care costs kr 1,100–1,400.", [fig("kr 1,100–1,400", 1100, 1400, unit="kr")]),
    ("An MRI costs Fr. 850 in Zurich.", [fig("Fr. 850", 850, unit="CHF")]),
    ("An MRI costs 850 Fr. in Zurich.", [fig("850 Fr.", 850, unit="CHF")]),
    ("An X-ray costs SFr. 95.50.", [fig("SFr. 95.50", 95.5, unit="CHF")]),
    ("A scan costs ₩85,000 in Seoul.", [fig("₩85,000", 85000, unit="KRW")]),
    ("Malaria tests cost ₦1,200 in Abuja.", [fig("₦1,200", 1200, unit="NGN")]),
    ("A check-up is ₱800 in Cebu.", [fig("₱800", 800, unit="PHP")]),
    ("The drug costs ₺450 a box.", [fig("₺450", 450, unit="TRY")]),
    ("The drug costs 450 ₽.", [fig("450 ₽", 450, unit="RUB")]),
    ("Therapy costs ₪300 per hour.", [fig("₪300 per hour", 300, unit="ILS")]),
    ("Therapy costs 300 NIS per hour.", [fig("300 NIS per hour", 300, unit="ILS")]),
    ("Testing costs KSh 1,500 in Mombasa.", [fig("KSh 1,500", 1500, unit="KES")]),
    ("Firms above $5MM joined.", [fig("above $5MM", 5e6, None, li=False, unit="USD")]),
    ("The budget is $1.2MM a year.", [fig("$1.2MM a year", 1.2e6, unit="USD")]),
    ("A grant of $2.5k was paid.", [fig("$2.5k", 2500, unit="USD")]),
    ("The scheme cost £4.2m.", [fig("£4.2m", 4.2e6, unit="GBP")]),
    ("Spending reached $3bn.", [fig("$3bn", 3e9, unit="USD")]),
    # MM is money's scale only; R alone is no rand (the R number); Fr. before a name is a title
    ("The cyst measured 12 MM across.", [fig("12", 12)]),
    ("Fr. Brennan visited 14 wards.", [fig("14 wards", 14, unit="wards", kind="count")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return extract_paragraphs(tmp_path_factory.mktemp("money"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:40] for text, _ in CASES])
def test_currency_is_read_as_written(extracted: dict, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


def test_signs_read_in_html_entities(tmp_path) -> None:
    """A sign written as an HTML entity reads as the sign: ``&#8361;85,000`` is won."""
    text = "A scan costs &#8361;85,000 in Busan."
    got = extract_paragraphs(tmp_path, [text], html=True)[text]
    assert [(q["text"], q["low"], q["unit"]) for _, q in got] == [("&#8361;85,000", 85000, "KRW")]
