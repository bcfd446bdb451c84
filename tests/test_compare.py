"""The interval rules of claimcheck.verify.compare, as a table a reviewer can read."""

from __future__ import annotations

import pytest

from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.model import RegistryValue, Tolerance
from claimcheck.verify.compare import compare
from claimcheck.verify.convert import convert

INF = None


def draft(
    low: float | None,
    high: float | None,
    *,
    approx: bool = False,
    unit: str | None = "percent",
    strict: bool = False,
    comparator: str | None = None,
) -> Quantity:
    """A draft quantity; ``strict`` makes its bounds exclusive ("more than", "under")."""
    return Quantity(
        text="x",
        start=0,
        end=1,
        low=low,
        high=high,
        low_inclusive=not strict,
        high_inclusive=not strict,
        approx=approx,
        unit=unit,
        comparator=comparator,
    )


def source(
    low: float | None,
    high: float | None,
    *,
    approx: bool = False,
    unit: str | None = "percent",
    low_inclusive: bool = True,
) -> RegistryValue:
    return RegistryValue(low=low, high=high, low_inclusive=low_inclusive, approx=approx, unit=unit)


GPC3 = source(70, 80)

CASES = [
    # "up to X" promises X: compared with the source's upper end
    ("up to 25% vs 14.9", draft(INF, 25, comparator="up to"), source(14.9, 14.9), None, "conflict"),
    ("up to 80% vs 70-80%", draft(INF, 80, comparator="Up to"), GPC3, None, "supported"),
    (
        "up to 15% vs ~14.9",
        draft(INF, 15, comparator="up to"),
        source(14.9, 14.9, approx=True),
        None,
        "supported",
    ),
    (
        "at most 25% vs 14.9: a plain bound",
        draft(INF, 25, comparator="at most"),
        source(14.9, 14.9),
        None,
        "supported",
    ),
    (
        "up to 25% vs at least 20%",
        draft(INF, 25, comparator="up to"),
        source(20, INF),
        None,
        "conflict",
    ),
    # bounds: the draft covers the source
    ("more than 70% vs 70-80%", draft(70, INF, strict=True), GPC3, None, "supported"),
    ("at least 65% vs 70-80%", draft(65, INF), GPC3, None, "supported"),
    ("more than 90% vs 70-80%", draft(90, INF, strict=True), GPC3, None, "conflict"),
    ("more than 75% vs 70-80% sticks out", draft(75, INF, strict=True), GPC3, None, "conflict"),
    (
        "under 20 months vs 19.2",
        draft(INF, 20, unit="month", strict=True),
        source(19.2, 19.2, unit="month"),
        None,
        "supported",
    ),
    (
        "under 19 months vs 19.2",
        draft(INF, 19, unit="month", strict=True),
        source(19.2, 19.2, unit="month"),
        None,
        "conflict",
    ),
    # a strict bound at the source's own (rounded) figure repeats it: "over 890 million"
    (
        "more than 70% vs exactly 70%",
        draft(70, INF, strict=True),
        source(70, 70),
        None,
        "supported",
    ),
    (
        "under 20 months vs 20",
        draft(INF, 20, unit="month", strict=True),
        source(20, 20, unit="month"),
        None,
        "supported",
    ),
    (
        "over 890 million vs 890 million",
        draft(890e6, INF, strict=True),
        source(890e6, 890e6),
        None,
        "supported",
    ),
    ("at least 70% vs exactly 70%", draft(70, INF), source(70, 70), None, "supported"),
    (
        "more than 60% vs at least 70%: an interval, no words",
        draft(60, INF, strict=True),
        source(70, INF),
        None,
        "supported",
    ),
    (
        "more than 80% vs at least 70%: an interval, no words",
        draft(80, INF, strict=True),
        source(70, INF),
        None,
        "overprecise",
    ),
    ("below 20% vs at most 20%", draft(INF, 20, strict=True), source(INF, 20), None, "supported"),
    # ranges
    ("70-80% vs 70-80%", draft(70, 80), GPC3, None, "supported"),
    ("72-78% inside 70-80%", draft(72, 78), GPC3, None, "supported"),
    # a range wider than the source's misstates it (a bound says less; a range says both ends)
    ("60-90% covers 70-80%", draft(60, 90), GPC3, None, "conflict"),
    ("70-90% sticks out above 70-80%", draft(70, 90), GPC3, None, "conflict"),
    ("about 70-80% is 70-80%", draft(70, 80, approx=True), GPC3, None, "supported"),
    ("60-75% overlaps 70-80%", draft(60, 75), GPC3, None, "conflict"),
    ("85-90% outside 70-80%", draft(85, 90), GPC3, None, "conflict"),
    ("68-80% within tolerance of 70-80%", draft(68, 80), GPC3, Tolerance(absolute=2), "supported"),
    # points against ranges and bounds
    ("73.4% inside 70-80%", draft(73.4, 73.4), GPC3, None, "overprecise"),
    ("75% inside 70-80%", draft(75, 75), GPC3, None, "overprecise"),
    ("~75% inside 70-80%", draft(75, 75, approx=True), GPC3, None, "supported"),
    ("~85% near 70-80%", draft(85, 85, approx=True), GPC3, None, "supported"),
    ("~90% far from 70-80%", draft(90, 90, approx=True), GPC3, None, "conflict"),
    ("90% outside 70-80%", draft(90, 90), GPC3, None, "conflict"),
    ("75% vs at least 70%", draft(75, 75), source(70, INF), None, "overprecise"),
    ("60% vs at least 70%", draft(60, 60), source(70, INF), None, "conflict"),
    ("70% vs more than 70%", draft(70, 70), source(70, INF, low_inclusive=False), None, "conflict"),
    (
        "70% vs at least 70%: the source's own figure",
        draft(70, 70),
        source(70, INF),
        None,
        "supported",
    ),
    (
        "72 hours vs within 72 hours",
        draft(72, 72, unit="hour"),
        source(INF, 72, unit="hour"),
        None,
        "supported",
    ),
    # a limit restated against a limit: bound against bound, whichever holds the other
    (
        "within 120 h vs within 72 h",
        draft(INF, 120, unit="hour", comparator="within"),
        source(INF, 72, unit="hour"),
        None,
        "conflict",
    ),
    (
        "within 48 h vs within 72 h",
        draft(INF, 48, unit="hour", comparator="within"),
        source(INF, 72, unit="hour"),
        None,
        "conflict",
    ),
    (
        "within 3 days vs within 72 h",
        draft(INF, 72, unit="hour", comparator="within"),
        source(INF, 72, unit="hour"),
        None,
        "supported",
    ),
    (
        "no more than 4 g vs max 3 g",
        draft(INF, 4, unit="g", comparator="no more than"),
        source(INF, 3, unit="g"),
        None,
        "conflict",
    ),
    (
        "a minimum of 5 vs minimum 2",
        draft(5, INF, unit="cells", comparator="a minimum of"),
        source(2, INF, unit="cells"),
        None,
        "conflict",
    ),
    # a bound said in words against a bound: bound against bound
    (
        "more than 80% vs at least 70%: said",
        draft(80, INF, strict=True, comparator="more than"),
        source(70, INF),
        None,
        "conflict",
    ),
    (
        "more than 60% vs at least 70%: said",
        draft(60, INF, strict=True, comparator="more than"),
        source(70, INF),
        None,
        "conflict",
    ),
    (
        "more than 35,000 vs more than 2.8 million",
        draft(35_000, INF, strict=True, unit="cases", comparator="more than"),
        source(2_800_000, INF, unit="cases", low_inclusive=False),
        None,
        "conflict",
    ),
    (
        "more than 70% vs at least 70%: the source's bound",
        draft(70, INF, strict=True, comparator="more than"),
        source(70, INF),
        None,
        "supported",
    ),
    (
        "within 120 h vs a point 72 h: a plain bound",
        draft(INF, 120, unit="hour", comparator="within"),
        source(72, 72, unit="hour"),
        None,
        "supported",
    ),
    # points against points: rounding and precision
    ("45.3% vs 45.3%", draft(45.3, 45.3), source(45.3, 45.3), None, "supported"),
    ("~50% vs 45.3%", draft(50, 50, approx=True), source(45.3, 45.3), None, "supported"),
    ("50% vs 45.3%: one digit is no rounding", draft(50, 50), source(45.3, 45.3), None, "conflict"),
    ("45% vs 45.3%", draft(45, 45), source(45.3, 45.3), None, "supported"),
    ("46% vs 45.3%", draft(46, 46), source(45.3, 45.3), None, "conflict"),
    (
        "830,000 deaths vs 830,180",
        draft(830_000, 830_000, unit="deaths/year"),
        source(830_180, 830_180, unit="deaths/year"),
        None,
        "supported",
    ),
    (
        "about 830,000 vs 830,180",
        draft(830_000, 830_000, approx=True, unit="deaths"),
        source(830_180, 830_180, unit="deaths/year"),
        None,
        "supported",
    ),
    (
        "840,000 vs 830,180",
        draft(840_000, 840_000, unit="deaths/year"),
        source(830_180, 830_180, unit="deaths/year"),
        None,
        "conflict",
    ),
    (
        "1.2 million vs 1,234,567",
        draft(1_200_000, 1_200_000, unit="cases"),
        source(1_234_567, 1_234_567, unit="cases"),
        None,
        "supported",
    ),
    (
        "3,800 patients vs 3,756",
        draft(3800, 3800, unit="patients"),
        source(3756, 3756, unit="patients"),
        None,
        "supported",
    ),
    (
        "4,000 patients vs 3,756",
        draft(4000, 4000, unit="patients"),
        source(3756, 3756, unit="patients"),
        None,
        "conflict",
    ),
    (
        "about 4,000 patients vs 3,756",
        draft(4000, 4000, approx=True, unit="patients"),
        source(3756, 3756, unit="patients"),
        None,
        "supported",
    ),
    (
        "about 10-fold vs about 5-fold: no rounding drops the source's first digit",
        draft(10, 10, approx=True, unit="fold"),
        source(5, 5, approx=True, unit="fold"),
        None,
        "conflict",
    ),
    (
        "about 40 vs 38: a rounding",
        draft(40, 40, approx=True, unit="fold"),
        source(38, 38, unit="fold"),
        None,
        "supported",
    ),
    (
        "11 months vs 10.7",
        draft(11, 11, unit="months"),
        source(10.7, 10.7, unit="month"),
        None,
        "supported",
    ),
    (
        "10.73 months vs 10.7",
        draft(10.73, 10.73, unit="month"),
        source(10.7, 10.7, unit="month"),
        None,
        "overprecise",
    ),
    (
        "412,000 vs ~410,000",
        draft(412_000, 412_000, unit="cases"),
        source(410_000, 410_000, approx=True, unit="cases"),
        None,
        "overprecise",
    ),
    (
        "231 patients vs exactly 230",
        draft(231, 231, unit="patients"),
        source(230, 230, unit="patients"),
        None,
        "conflict",
    ),
    (
        "231 patients vs 230 with absolute 2",
        draft(231, 231, unit="patients"),
        source(230, 230, unit="patients"),
        Tolerance(absolute=2),
        "supported",
    ),
    (
        "HR 0.63 vs 0.63",
        draft(0.63, 0.63, unit=None),
        source(0.63, 0.63, unit=None),
        None,
        "supported",
    ),
    ("HR 0.6 vs 0.63", draft(0.6, 0.6, unit=None), source(0.63, 0.63, unit=None), None, "conflict"),
    (
        "409,000 vs 410,038 with relative 2%",
        draft(409_000, 409_000, unit="cases/year"),
        source(410_038, 410_038, unit="cases/year"),
        Tolerance(relative=0.02),
        "supported",
    ),
]


@pytest.mark.parametrize(
    ("drafted", "sourced", "tolerance", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_compare(drafted, sourced, tolerance, expected):
    assert compare(drafted, sourced, tolerance) == expected


@pytest.mark.parametrize(
    ("drafted", "sourced"),
    [
        (draft(70, 80, unit="month"), GPC3),
        (draft(10, 10, unit="USD"), source(10, 10, unit="EUR")),
        (draft(13, 13, unit="patients"), source(13, 13, unit="trials")),
        (draft(5, 5, unit=None), GPC3),
        (draft(INF, INF), GPC3),
    ],
    ids=["month vs percent", "USD vs EUR", "patients vs trials", "bare vs percent", "empty"],
)
def test_incompatible_or_empty_gives_no_verdict(drafted, sourced):
    assert compare(drafted, sourced, None) is None


@pytest.mark.parametrize(
    ("draft_unit", "source_unit"),
    [
        ("%", "percent"),
        ("months", "month"),
        ("HCC patients", "patients"),
        ("deaths", "deaths/year"),
        (None, "deaths/year"),
        ("new HCC cases/year", "cases/year"),
        # a count of a health event by its own name is a count of its cases
        ("strokes", "cases"),
        ("heart attacks", "cases/year"),
        ("hip fractures", "events"),
        ("babies", "stillbirths"),  # "1.9 million babies were stillborn"
    ],
)
def test_compatible_units_compare(draft_unit, source_unit):
    assert compare(draft(7, 7, unit=draft_unit), source(7, 7, unit=source_unit), None) == (
        "supported"
    )


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("0.16 litres", "mL", 160.0),
        ("160 ml", "L", 0.16),
        ("2.5 kg", "g", 2500.0),
        ("11 lb", "kg", 4.98951607),
        ("250 mcg", "mg", 0.25),
        ("3 cm", "mm", 30.0),
        ("2,000 kcal", "kcal", 2000.0),
        ("120 mmHg", "mmHg", 120.0),
        # concentrations convert part by part: 13 g/dL is 130 g/L
        ("13 g/dL", "g/L", 130.0),
        ("110 g/L", "g/dL", 11.0),
        ("180 mg/dL", "mg/L", 1800.0),
        ("4 mg/mL", "mg/L", 4000.0),
        ("2 kPa", "mmHg", 15.00123152),
        ("12 kilopascals", "kPa", 12.0),
        ("15 ng/mL", "µg/L", 15.0),  # nanograms and picograms are masses too
        ("0.1 mmol/L", "µmol/L", 100.0),  # … and micromoles, nanomoles amounts
        ("250 pmol/L", "nmol/L", 0.25),
    ],
)
def test_units_of_measurement_convert_within_their_dimension(text, unit, expected):
    """A figure in litres is judged against a claim in millilitres (0.16 L is 160 mL)."""
    (quantity,) = find_quantities(f"The mean change was {text} in the trial.")
    converted = convert(quantity, unit)
    assert converted is not None and converted.low == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "unit"),
    [("5 kg", "mL"), ("120 mmHg", "mm"), ("3 mg", "%"), ("5.5 mmol/L", "mg/dL"), ("4 g/L", "g")],
)
def test_units_of_other_dimensions_do_not_convert(text, unit):
    (quantity,) = find_quantities(f"The mean change was {text} in the trial.")
    assert convert(quantity, unit) is None


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("About one in three adults", 33.3, "supported"),
        ("One in three adults", 33.3, "supported"),
        ("Roughly one in eleven adults", 9.1, "supported"),
        ("A third of adults", 33, "supported"),
        ("Two in five adults", 40.0, "supported"),
        ("Four in ten adults", 43.0, "supported"),  # how a page rounds 43%
        # a fraction is a figure said approximately: within 10% of the source it holds
        ("A third of adults", 33.8, "supported"),
        ("One in five adults", 21.0, "supported"),
        ("A quarter of adults", 26.4, "supported"),
        ("Seven out of ten adults", 72.5, "supported"),
        # … and it still conflicts with another figure
        ("One in three adults", 25.0, "conflict"),
        ("One in five adults", 26.0, "conflict"),
        ("A quarter of adults", 31.0, "conflict"),
        # a precise percentage finer than the source stays overprecise
        ("33.33% of adults", 33.3, "overprecise"),
    ],
)
def test_a_fraction_or_an_approximate_figure_is_never_overprecise(text, value, expected):
    """ "One in three" is 33.33…%: the source's 33.3% said coarsely, not more precisely."""
    (quantity,) = find_quantities(f"{text} have it.")
    converted = convert(quantity, "percent")
    assert compare(converted, source(value, value), None) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("More than 1 in 7 adults", 14, "supported"),  # 14.29%: the source rounded it to 14%
        ("Over 12.2 million adults", 12_000_000, "supported"),
        ("More than 1 in 6 adults", 14, "conflict"),  # 16.7% is not a rounding of 14%
        ("Fewer than 1 in 7 adults", 14, "supported"),
    ],
)
def test_a_strict_bound_that_rounds_to_the_source_figure_is_supported(text, value, expected):
    """ "More than 1 in 7" beside a source's 14%: the bound is the source's figure, unrounded."""
    (quantity,) = find_quantities(f"{text} have it.")
    unit = "percent" if quantity.unit == "proportion" else quantity.unit
    converted = convert(quantity, unit)
    assert compare(converted, source(value, value, unit=unit), None) == expected


@pytest.mark.parametrize(
    ("draft_unit", "source_unit"), [("strokes", "deaths"), ("falls", "people")]
)
def test_a_health_event_is_no_count_of_deaths_or_people(draft_unit, source_unit):
    assert compare(draft(7, 7, unit=draft_unit), source(7, 7, unit=source_unit), None) is None


def test_a_factor_that_is_no_power_of_ten_makes_the_figure_approximate():
    """8 kPa is 60.005 mmHg: digits its writer never wrote, so it is no overprecise figure
    against a source of 60 mmHg; a figure a power of ten away keeps its digits."""
    (kpa,) = find_quantities("Oxygen was below 8 kPa in the trial.")
    converted = convert(kpa, "mmHg")
    assert converted is not None and converted.approx
    (gdl,) = find_quantities("Haemoglobin was 13 g/dL in the trial.")
    assert not convert(gdl, "g/L").approx


def test_a_converted_bound_against_a_bound_is_no_overprecise_figure():
    """A bound restated in another unit writes no digit the source lacks: "below 60 mmHg"
    against a source's "below 8 kPa" (60.005 mmHg) is supported."""
    (mmhg,) = find_quantities("Failure is a PaO2 below 60 mmHg on room air.")
    converted = convert(mmhg, "kPa")
    source = RegistryValue(low=None, high=8, high_inclusive=False, unit="kPa")
    assert compare(converted, source, None) == "supported"
    (wrong,) = find_quantities("Failure is a PaO2 below 75 mmHg on room air.")
    assert compare(convert(wrong, "kPa"), source, None) == "conflict"
