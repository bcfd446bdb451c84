"""Three kinds of issue 11 (round ext29), each a table of sentences of our own read by
``claimcheck extract --format json``, with the offset contract (``text == file[start:end]``)
checked for every figure:

1. a number that a score, a scale or a label names (``PASI 90``, ``ACR 20``, ``GCS 15``,
   ``grade 3``, ``at week 12``) is no range's first end before a share in percent: the share
   is read by itself, and the number stays the name's, as in ``PASI90``;
2. a sum said "for every"/"for each" thing after it (``$14,570 for every resident``) is a
   rate per that thing, as ``per resident`` is;
3. ``illnesses`` (and the other nouns of a disease's burden) are counted nouns as ``cases``
   is, the unit kept as written.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

NAMED_ENDS = [
    # the outcome's threshold, then the share of patients that reached it
    ("The biologic gave PASI 90 to 37.5% of the adults.", [fig("37.5%", 37.5, unit="percent")]),
    ("A higher dose gave PASI 75 to 8.4% of children.", [fig("8.4%", 8.4, unit="percent")]),
    ("Drug Q brought ACR 20 to 61% of the treated group.", [fig("61%", 61.0, unit="percent")]),
    ("Ointment Z took EASI 50 to 27% of infants.", [fig("27%", 27.0, unit="percent")]),
    ("The injection gave ASAS 40 to 44% of those enrolled.", [fig("44%", 44.0, unit="percent")]),
    ("Therapy W brought SALT 20 to 13% of users.", [fig("13%", 13.0, unit="percent")]),
    ("It moved DAS28 3 to 29% of the arm.", [fig("29%", 29.0, unit="percent")]),
    # a reached outcome is no level a change reached: no role for the share
    ("The drug reached ACR 50 to 33% of patients.", [fig("33%", 33.0, unit="percent", role=None)]),
    # a count of fewer people than the name's number
    ("Adalimumab gave PASI 75 to 64 patients.", [fig("64 patients", 64.0, unit="patients")]),
    # a scale's value is never a percent; a grade is no percent either (decided: the label's)
    (
        "Those at GCS 14 to 6% of the cohort.",
        [fig("14", 14.0, unit=None), fig("6%", 6.0, unit="percent")],
    ),
    ("Toxicity of grade 3 to 5% of patients was seen.", [fig("5%", 5.0, unit="percent")]),
    # a visit of the schedule: the change still runs from the start to the level reached
    (
        "Clear skin rose from 22% at week 16 to 47% at week 52.",
        [
            fig("22%", 22.0, unit="percent", role="before"),
            fig("47%", 47.0, unit="percent", role="after"),
        ],
    ),
]

STILL_RANGES = [
    # a lab test read in percent, a measure, a band after the name with no percent on it
    ("An HbA1c 6.5 to 7.5% is the aim.", [fig("6.5 to 7.5%", 6.5, 7.5, unit="percent")]),
    ("An LDL 110 to 150 mg/dL is high.", [fig("110 to 150 mg/dL", 110.0, 150.0, unit="mg/dL")]),
    # a place, an ordinal week, a top share: the range is a share of people
    ("In Glasgow 12 to 18% of adults smoke.", [fig("12 to 18%", 12.0, 18.0, unit="percent")]),
    (
        "In the first week 15 to 25% of users felt sick.",
        [fig("15 to 25%", 15.0, 25.0, unit="percent")],
    ),
    ("The top 5 to 10% of earners pay most.", [fig("5 to 10%", 5.0, 10.0, unit="percent")]),
    ("Each week 10 to 12% of staff left.", [fig("10 to 12%", 10.0, 12.0, unit="percent")]),
    (
        "Trials cut cholesterol levels 20 to 30% lower.",
        [fig("20 to 30%", 20.0, 30.0, unit="percent")],
    ),
]

FOR_EACH = [
    (
        "The county spent $12,480 for every resident last year.",
        [fig("$12,480 for every resident", 12480.0, unit="USD", per="resident")],
    ),
    (
        "Care costs £3,150 for each person on the list.",
        [fig("£3,150 for each person", 3150.0, unit="GBP", per="person")],
    ),
    (
        "The scheme pays €75 for every adult screened.",
        [fig("€75 for every adult", 75.0, unit="EUR", per="adult")],
    ),
    (
        "Insurers paid $2,600 for each patient admitted.",
        [fig("$2,600 for each patient", 2600.0, unit="USD", per="patient")],
    ),
    (
        "The grant is ₹4,500 for every child enrolled.",
        [fig("₹4,500 for every child", 4500.0, unit="INR", per="child")],
    ),
    (
        "Wards charge £40 for each extra night.",
        [fig("£40 for each extra night", 40.0, unit="GBP", per="night")],
    ),
    (
        "It costs $45 for each day of care.",
        [fig("$45 for each day", 45.0, unit="USD", per="day")],
    ),
    (
        "Funds gave £900 for each participating clinic.",
        [fig("£900 for each participating clinic", 900.0, unit="GBP", per="clinic")],
    ),
    (
        "It pays $90 for every insured adult in the plan.",
        [fig("$90 for every insured adult", 90.0, unit="USD", per="adult")],
    ),
    # "for each of": no thing named, the sum stays a sum
    (
        "They spent $300 for each of the doses.",
        [fig("$300", 300.0, unit="USD", per=None)],
    ),
]

ILLNESSES = [
    (
        "Norovirus causes 17 to 23 million illnesses in a typical year.",
        [fig("17 to 23 million illnesses", 17e6, 23e6, unit="illnesses")],
    ),
    (
        "Tainted food leads to about 9 million illnesses each year.",
        [
            fig(
                "about 9 million illnesses each year",
                9e6,
                unit="illnesses/year",
                approx=True,
                per="year",
            )
        ],
    ),
    (
        "The outbreak caused 1,480 illnesses and 12 deaths.",
        [fig("1,480 illnesses", 1480.0, unit="illnesses"), fig("12 deaths", 12.0, unit="deaths")],
    ),
    (
        "2018 illnesses were logged in the district.",
        [fig("2018 illnesses", 2018.0, unit="illnesses")],
    ),
    (
        "The region logged 21.400 illnesses last winter.",
        [fig("21.400 illnesses", 21400.0, unit="illnesses")],
    ),
    (
        "Clinics saw twelve illnesses linked to the well.",
        [fig("twelve illnesses", 12.0, unit="illnesses")],
    ),
    (
        "Falls caused 3,200 injuries among the over-80s.",
        [fig("3,200 injuries", 3200.0, unit="injuries")],
    ),
]

TABLES = {
    "named": NAMED_ENDS,
    "ranges": STILL_RANGES,
    "for_each": FOR_EACH,
    "illnesses": ILLNESSES,
}
ROWS = [(kind, text, expected) for kind, rows in TABLES.items() for text, expected in rows]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    """Every sentence of the tables, extracted in one run."""
    return extract_paragraphs(tmp_path_factory.mktemp("ext29"), [text for _, text, _ in ROWS])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), ROWS, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(ROWS)]
)
def test_read_as(read, kind, text, expected):
    assert_read_as(read[text], text, expected)
