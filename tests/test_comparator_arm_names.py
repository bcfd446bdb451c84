# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A comparator arm named by its treatments: where the registry's claims about a treatment
are all control-arm claims (``group: [comparator]``), a clause naming that treatment ("patients
on gefitinib or erlotinib") is about the control arm, though it says no "comparator" or
"control"; a trial's name (in capitals, "ZEPHYR"), held by both arms' claims or one, names no
arm. And of two claims of one rank, the one whose context the sentence says wins: the second
clause of "overall survival of 30.0 months with zenotinib and 20.0 months with gefitinib"
carries on the first's measure."""

from __future__ import annotations

import pytest
from verdict_helpers import lint_output

CLAIM = """\
- id: {id}
  statement: {statement}
  subject: [{subject}]
  context: [{context}]
  group: [{group}]
  value: {{value: {value}, unit: months}}
  sources:
    - citation: "ZEPHYR trial report (our own example)"
      url: https://example.org/zephyr
      quote: "{statement}"
  status: approved
  review_by: 2028-12-31
"""
DRUG = "zenotinib, ZEPHYR"
COMPARATOR = "ZEPHYR, gefitinib, erlotinib, standard TKI"
CLAIMS = [
    (
        "zephyr-pfs-zenotinib",
        "In ZEPHYR, median progression-free survival was 18.0 months with zenotinib.",
        DRUG,
        "ZEPHYR, progression-free survival, PFS",
        "zenotinib",
        18.0,
    ),
    (
        "zephyr-pfs-comparator",
        "In ZEPHYR, median progression-free survival was 10.0 months with a standard TKI, gefitinib or erlotinib.",
        COMPARATOR,
        "ZEPHYR, progression-free survival, PFS, comparator",
        "comparator",
        10.0,
    ),
    (
        "zephyr-os-zenotinib",
        "In ZEPHYR, median overall survival was 30.0 months with zenotinib.",
        DRUG,
        "ZEPHYR, overall survival, OS",
        "zenotinib",
        30.0,
    ),
    (
        "zephyr-os-comparator",
        "In ZEPHYR, median overall survival was 20.0 months with a standard TKI, gefitinib or erlotinib.",
        COMPARATOR,
        "ZEPHYR, overall survival, OS, comparator",
        "comparator",
        20.0,
    ),
]


def _lint(tmp_path, draft: str) -> str:
    registry = "".join(
        CLAIM.format(id=i, statement=s, subject=subj, context=ctx, group=g, value=v)
        for i, s, subj, ctx, g, v in CLAIMS
    )
    return lint_output(tmp_path, registry, draft)


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "In ZEPHYR, patients on gefitinib or erlotinib had a median progression-free survival of 18.0 months.",
            ['"18.0 months" conflicts with zephyr-pfs-comparator'],
        ),
        (
            "In ZEPHYR, patients given erlotinib or gefitinib lived a median of 20.0 months overall.",
            [],
        ),
        (
            "ZEPHYR reported a median overall survival of 20.0 months with zenotinib and 30.0 months with gefitinib or erlotinib.",
            [
                '"20.0 months" conflicts with zephyr-os-zenotinib',
                '"30.0 months" conflicts with zephyr-os-comparator',
            ],
        ),
    ],
)
def test_the_comparator_arm_named_by_its_treatments(tmp_path, draft, expected):
    output = _lint(tmp_path, draft)
    for finding in expected:
        assert finding in output, output
    assert output.count("CC101") == len(expected), output
    assert "CC102" not in output, output
