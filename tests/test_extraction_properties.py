"""Properties of the number reader and the whole extractor on generated text (issue 11).

Hypothesis writes text from the pieces figures are made of, in any order: digits, the
grouping and decimal marks of several styles (comma, point, space, no-break, thin and narrow
no-break spaces, apostrophes), dashes and signs, currency signs and codes, unit and number
words, comparators, powers of ten, brackets, HTML, no-break and zero-width characters. Whatever
it writes, reading must not fail, every figure's offsets must index the text exactly, and no
two figures may overlap. Thousands of cases run in about ten seconds; a failure prints the
text. ``CLAIMCHECK_PROPERTY_EXAMPLES=30000`` runs a longer hunt.
"""

from __future__ import annotations

import math
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.documents.html import html_analysis
from claimcheck.documents.markdown import markdown_analysis
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantities.numbers import DIGITS, parse_digits

PIECES = [
    # digits and numerals
    *("0", "1", "2", "5", "8", "10", "12", "18", "65", "250", "500", "677", "905", "2019"),
    *("000", "00", "1.5", ".5", "0,8", "3,75", "1,250", "2,35,000", "999", "99"),
    # grouping and decimal marks
    *(",", ".", " ", "  ", "\u00a0", "\u2009", "\u202f", "'", "’"),
    # dashes and signs
    *("-", "–", "—", "‐", "\u2011", "\u2012", "−", "+", "±", "+/-", "~", "≈", "<", ">", "≥", "≤"),
    # powers of ten
    *("×", "x", "X", "*", "·", "^", "**", "e", "E", "E+", "e-", "10^", "10⁸", "⁻", "³", "¹²"),
    # currency
    *("$", "€", "£", "¥", "₹", "Rs", "Rs.", "CHF", "US$", "EUR", "RM", "dollars", "euros"),
    # units, nouns and words that qualify a number
    *("%", "per cent", "mg", "kg", "mL", "cells/kg", "/L", "°C", "years", "weeks", "months"),
    *("patients", "adults", "cases", "tablets", "fold", "times", "million", "bn", "k", "lakh"),
    *("between", "and", "to", "or", "from", "about", "more than", "up to", "in", "of", "out of"),
    *("per", "a year", "Phase", "day", "aged", "over", "by", "fell", "rose", "one", "half"),
    *("twenty", "hundred", "thousand", "CI", "95%", "HR", "P", "=", "SD"),
    # the fourth held-out collection's forms: imperial pairs, restated numbers, markers, q8h
    *("ft", "in", "st", "lb", "oz", "stone", '"', "″", "′", "(30)", "odd", "cents", "pounds"),
    *("cr", "L", "Mn", "bln", "lac", "q", "h", "^1^", "a hundred", "and a quarter", "of age"),
    # the fifth held-out collection's forms: cents, price periods, a dollar's code, hyphenated
    # scale and count words, scores, weeks+days, thru, fullwidth and figure-space characters
    *("¢", "p", "pence", "pcm", "p.a.", "pw", "per mth", "CAD", "-million", "-crore", "-bed"),
    *("MMSE", "/30", "score", "weeks'", "gestation", "thru", "Co-codamol", "infuse", "an hour"),
    *("and a half", "１", "２", "％", "，", "\u2007", "\u3000", "&deg;", "(13 43 25 84)", "PIN"),
    # the sixth held-out collection's forms: unit signs, look-alike signs, clinical shorthand,
    # frequency bands, slash alternatives, open intervals, ordinals in <sup>, <wbr>
    *("℃", "㎎", "㎖", "―", "﹣", "≃", "⁄", "/7", "/52", "hourly", "-monthly", "Q3W", "yrs", "y/o"),
    *("1/100", "1/10 000", "kJ", "kcal", "mg/5 mL", "NR", "not reached", "nd", "<wbr>", "L⁻¹"),
    *("HER2", "Gleason", "2L", "scale", "hrs", "Rp", "Tk", "AED", "naira", "pp", "percentage"),
    # the seventh held-out collection's forms: TeX math and siunitx, combination strengths,
    # gestation over forty, no-cents dashes, day counters, keycaps, raised ordinal letters,
    # section cross-references, attachment sizes, places, Roman numeral counts, age and sex
    *("\\times", "\\pm", "\\geq", "\\,", "^{", "{", "}", "$$", "\\(", "\\)", "\\SI{"),
    *("}{\\milli\\litre}", "\\cdot"),
    *(",-", ",–", ".–", "/40", "+2/40", "/160", "D+", "T+", "1\ufe0f\u20e3", "ⁿᵈ", "ˢᵗ", "5 A Day"),
    *("(5.1)", "(6.1, 6.2)", "See", "PDF,", "KB", "Ward", "bed", "size", "i-ii", "tabs", "gtt"),
    *("SPF", "M with", "d", "x", "25(OH)D", "90's", "1(516)"),
    # round bug23's forms: marks glued to word numbers, units and counts, brand marks, the
    # en-dash minus, newspaper percent in capitals
    *("†", "‡", "§", "¹", "²", "ᵃ", "ᶜ", "®", "™", "®-", "Two-thirds", "Seventy", "mmol/L"),
    *("mg/m²", "cm²", "10⁹/L", "<sup>a</sup>", "<sup>*</sup>", " –", "(–", "PC", "PCT", "Pc"),
    *("(", ")", "[", "]", "/", ":", ";", "\n", "\t", "<sup>", "</sup>", "&times;", "&nbsp;"),
    # invisible characters
    *("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"),
]

pieces = st.one_of(
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
    st.integers(min_value=0, max_value=10**7).map(str),
    st.integers(min_value=10**300, max_value=10**400).map(str),  # past a float's range
)
texts = st.lists(pieces, max_size=24).map("".join)
"""Pieces written next to each other: numerals run into their marks and words."""
spaced_texts = st.lists(pieces, max_size=24).map(" ".join)

EXAMPLES = int(os.environ.get("CLAIMCHECK_PROPERTY_EXAMPLES", "1500"))
FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _check_figures(text: str) -> None:
    found = find_quantities(text)
    for quantity in found:
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start : quantity.end] == quantity.text
        for value in (quantity.low, quantity.high):
            assert value is None or math.isfinite(value)
        if quantity.low is not None and quantity.high is not None:
            assert quantity.low <= quantity.high
    for before, after in zip(found, found[1:], strict=False):
        assert before.end <= after.start, (before.text, after.text)


@FAST
@given(texts)
def test_every_numeral_the_reader_finds_has_a_finite_value(text):
    for match in re.finditer(DIGITS, text):
        assert math.isfinite(parse_digits(match.group()))


@FAST
@given(texts)
def test_figures_in_run_together_text_are_exact_and_apart(text):
    _check_figures(text)


@FAST
@given(spaced_texts)
def test_figures_in_spaced_text_are_exact_and_apart(text):
    _check_figures(text)


@settings(max_examples=max(1, EXAMPLES // 4), deadline=None)
@given(spaced_texts)
def test_readers_keep_the_file_length_so_offsets_index_the_file(text):
    """The HTML and Markdown readers write the analysis text the finder reads; it must keep
    the raw text's length (exponents written over ``<sup>`` included)."""
    for analysis in (html_analysis(text), markdown_analysis(text, "generated.md")):
        assert len(analysis.text) == len(text)
        _check_figures(analysis.text)


GROUPING_MARKS = [",", " ", "\u00a0", "\u2009", "\u202f", "'", "’"]


def _indian(n: int) -> str:
    """``n`` in lakh grouping: the last three digits, then pairs (12,34,567)."""
    digits = str(n)
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        head, pairs = head[:-2], [head[-2:], *pairs]
    return ",".join([head, *pairs, tail])


@FAST
@given(st.integers(min_value=1000, max_value=10**15 - 1), st.sampled_from(GROUPING_MARKS))
def test_a_grouped_whole_number_reads_its_value(n, mark):
    written = f"{n:,}".replace(",", mark)
    found = find_quantities(f"The registry counted {written} patients.")
    assert [(q.text, q.low, q.high) for q in found] == [(f"{written} patients", n, n)]


@FAST
@given(st.integers(min_value=100_000, max_value=10**13 - 1))
def test_a_lakh_grouped_number_reads_its_value(n):
    written = _indian(n)
    found = find_quantities(f"Treatment costs ₹{written} in total.")
    assert [(q.text, q.low, q.unit) for q in found] == [(f"₹{written}", n, "INR")]


@FAST
@given(
    st.integers(min_value=0, max_value=999),
    st.from_regex(r"\A(?:\d{1,2}|\d{4,6})\Z", fullmatch=True),
)
def test_a_decimal_comma_reads_its_value(whole, fraction):
    found = find_quantities(f"Each dose holds {whole},{fraction} mg of the drug.")
    value = float(f"{whole}.{fraction}")
    assert [(q.text, q.low, q.unit) for q in found] == [(f"{whole},{fraction} mg", value, "mg")]


def test_a_number_too_long_for_a_float_is_no_figure() -> None:
    """Found by the property test above: a run of 320 digits read as infinity; it is no
    figure, and the figure after it is still read."""
    text = "2" * 320 + " mg /40 mg"
    assert [(q.text, q.low) for q in find_quantities(text)] == [("40 mg", 40.0)]
    _check_figures(text)
