"""Registry loading, schema errors with their positions, checks, units and suggested stubs."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from claimcheck.registry.check import check_registry
from claimcheck.registry.errors import RegistryLoadError
from claimcheck.registry.loader import Registry, load_registry
from claimcheck.registry.schema import parse_claims
from claimcheck.registry.suggest import dump_stubs, stub_for
from claimcheck.registry.units import normalise_unit, unit_is_understood

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
TODAY = date(2026, 6, 1)

VALID = """\
- id: gpc3-expression-hcc
  statement: GPC3 is expressed in 70–80% of hepatocellular carcinomas.
  subject: [GPC3, glypican-3]
  context: [hepatocellular carcinoma, HCC]
  value: {low: 70, high: 80, unit: percent}
  sources:
    - citation: "Author et al. Journal 2020;1:1-2"
  status: approved
  review_by: 2027-04-30
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load_errors(directory: Path) -> list[str]:
    with pytest.raises(RegistryLoadError) as raised:
        load_registry(directory)
    return [str(error).removeprefix(f"{directory}/") for error in raised.value.errors]


# -- the shipped registry ----------------------------------------------------------------------


def test_shipped_registry_loads_clean():
    registry = load_registry(CLAIMS)
    assert len(registry) >= 25
    assert all(claim.sources and claim.sources[0].citation for claim in registry.claims)
    assert registry.by_id["gpc3-expression-hcc"].value.low == 75.7


def test_shipped_registry_warns_only_about_its_marked_stale_retired_and_draft_claims():
    warnings = check_registry(load_registry(CLAIMS), TODAY).problems
    assert {(warning.kind, warning.claim_id) for warning in warnings} == {
        ("stale", "liver-cancer-new-cases-2018"),
        ("retired", "car-t-fda-approved-products-2021"),
        ("draft", "car-t-fda-approved-products"),  # no quote states its count
        ("figure", "car-t-fda-approved-products"),  # a warning: a draft's problems are
    }


def test_term_index_is_case_and_hyphen_insensitive():
    registry = load_registry(CLAIMS)
    ids = {claim.id for claim in registry.candidates("Glypican 3")}
    assert "gpc3-expression-hcc" in ids
    assert registry.by_term["glypican3"] == registry.by_term["gpc3"]
    assert {c.id for c in registry.candidates("GPC-3")} == {
        c.id for c in registry.candidates("gpc3")
    }
    assert "glypican-3" in registry.terms()


# -- one error per fixture, with its position --------------------------------------------------

SCHEMA_ERRORS = [
    (
        "unknown field",
        VALID.replace("  sources:", "  sorce: x\n  sources:"),
        "a.yaml:6:3: unknown field 'sorce' in a claim (did you mean 'sources'?)",
    ),
    (
        "missing required field",
        VALID.replace("  status: approved\n", ""),
        "a.yaml:1:3: claim 'gpc3-expression-hcc' is missing required field 'status'",
    ),
    (
        "wrong type",
        VALID.replace(
            "statement: GPC3 is expressed in 70–80% of hepatocellular carcinomas.", "statement: 75"
        ),
        "a.yaml:2:14: 'statement' must be text, not a number",
    ),
    (
        "subject not a list",
        VALID.replace("subject: [GPC3, glypican-3]", "subject: GPC3"),
        "a.yaml:3:12: 'subject' must be a list, e.g. [GPC3, glypican-3], not text",
    ),
    (
        "bad id",
        VALID.replace("id: gpc3-expression-hcc", "id: GPC3_Expression"),
        "a.yaml:1:7: id 'GPC3_Expression' is not kebab-case (lower-case letters, digits and "
        "single hyphens), e.g. 'gpc3-expression'",
    ),
    (
        "bad date",
        VALID.replace("2027-04-30", "2027-02-30"),
        "a.yaml:9:14: review_by '2027-02-30' is not a valid date",
    ),
    (
        "not a date",
        VALID.replace("2027-04-30", "next spring"),
        "a.yaml:9:14: review_by 'next spring' is not a date (YYYY-MM-DD)",
    ),
    (
        "status",
        VALID.replace("status: approved", "status: aproved"),
        "a.yaml:8:11: status 'aproved' is not one of approved, draft, retired (did you mean "
        "'approved'?)",
    ),
    (
        "unit typo",
        VALID.replace("unit: percent", "unit: pecent"),
        "a.yaml:5:36: unit 'pecent' not understood (did you mean 'percent'?)",
    ),
    (
        "unknown period",
        VALID.replace("unit: percent", "unit: deaths/patient"),
        "a.yaml:5:36: unit 'deaths/patient': period 'patient' is not one of minute, hour, day, "
        "week, month, year",
    ),
    (
        "low above high",
        VALID.replace("{low: 70, high: 80", "{low: 80, high: 70"),
        "a.yaml:5:16: low (80) is greater than high (70)",
    ),
    (
        "point and range",
        VALID.replace("{low: 70, high: 80", "{value: 75, low: 70"),
        "a.yaml:5:22: value gives both 'value' and 'low': use 'value' for a point, "
        "'low'/'high' for a range or a bound",
    ),
    (
        "no figure",
        VALID.replace("{low: 70, high: 80, unit: percent}", "{unit: percent}"),
        "a.yaml:5:10: value needs 'value' (a point), or 'low' and/or 'high'",
    ),
    (
        "empty sources",
        VALID.replace(
            '  sources:\n    - citation: "Author et al. Journal 2020;1:1-2"\n', "  sources: []\n"
        ),
        "a.yaml:6:12: 'sources' is empty: add at least one source with a citation",
    ),
    (
        "source without citation or url",
        VALID.replace('- citation: "Author et al. Journal 2020;1:1-2"', "- quote: words"),
        "a.yaml:7:7: a source needs a citation or a url",
    ),
    (
        "url only",
        VALID.replace(
            '- citation: "Author et al. Journal 2020;1:1-2"', "- url: https://example.org/a"
        ),
        "a.yaml:7:5: no source has a citation: add one (authors, journal, year)",
    ),
    (
        "bad url",
        VALID.replace(
            '"Author et al. Journal 2020;1:1-2"',
            '"Author et al. Journal 2020;1:1-2"\n      url: doi.org/10.1/x',
        ),
        "a.yaml:8:12: url 'doi.org/10.1/x' must start with http:// or https://",
    ),
    (
        "tolerance as percent",
        VALID.replace("  sources:", "  tolerance: {relative: 5}\n  sources:"),
        "a.yaml:6:25: tolerance 'relative' is a fraction: 0.05 for 5%",
    ),
    (
        "duplicate field",
        VALID.replace("  status: approved", "  status: approved\n  status: retired"),
        "a.yaml:9:3: duplicate field 'status' (first given on line 8)",
    ),
    (
        "not a list of claims",
        "id: x\nstatement: y\n",
        "a.yaml:1:1: a registry file is a list of claims ('- id: ...'), not a mapping",
    ),
    (
        "syntax error",
        VALID.replace("subject: [GPC3, glypican-3]", "subject: [GPC3, glypican-3"),
        "a.yaml:3:12: not valid YAML: '[' is never closed",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [case[1:] for case in SCHEMA_ERRORS],
    ids=[case[0] for case in SCHEMA_ERRORS],
)
def test_schema_error_is_reported_at_its_position(tmp_path, text, expected):
    write(tmp_path, "a.yaml", text)
    assert load_errors(tmp_path) == [expected]


def test_every_error_of_a_file_is_collected(tmp_path):
    text = VALID.replace("status: approved", "status: drafted").replace("2027-04-30", "soon")
    write(tmp_path, "a.yaml", text + VALID.replace("gpc3-expression-hcc", "Second"))
    assert load_errors(tmp_path) == [
        "a.yaml:8:11: status 'drafted' is not one of approved, draft, retired (did you mean "
        "'draft'?)",
        "a.yaml:9:14: review_by 'soon' is not a date (YYYY-MM-DD)",
        "a.yaml:10:7: id 'Second' is not kebab-case (lower-case letters, digits and single "
        "hyphens), e.g. 'second'",
    ]


def test_duplicate_ids_across_files_name_both_places(tmp_path):
    write(tmp_path, "a.yaml", VALID)
    write(tmp_path, "b.yml", "# second topic\n" + VALID)
    assert load_errors(tmp_path) == [
        f"b.yml:2:3: duplicate id 'gpc3-expression-hcc' (first defined at {tmp_path}/a.yaml:1:3)"
    ]


def test_missing_and_empty_directories_are_errors(tmp_path):
    assert load_errors(tmp_path) == [f"{tmp_path}: no registry files (*.yaml, *.yml) found"]
    with pytest.raises(RegistryLoadError, match="registry directory not found"):
        load_registry(tmp_path / "absent")


def test_values_load_as_intervals(tmp_path):
    write(
        tmp_path,
        "a.yaml",
        VALID
        + VALID.replace("gpc3-expression-hcc", "point").replace(
            "{low: 70, high: 80, unit: percent}",
            "{value: 830180, approx: true, unit: deaths per year}",
        )
        + VALID.replace("gpc3-expression-hcc", "at-least").replace(
            "{low: 70, high: 80, unit: percent}", '{low: 70, low_inclusive: false, unit: "%"}'
        ),
    )
    claims = load_registry(tmp_path).by_id
    point, at_least = claims["point"].value, claims["at-least"].value
    assert (point.low, point.high, point.approx, point.unit) == (
        830180,
        830180,
        True,
        "deaths/year",
    )
    assert (at_least.low, at_least.high, at_least.low_inclusive, at_least.unit) == (
        70,
        None,
        False,
        "percent",
    )


# -- warnings ----------------------------------------------------------------------------------


def test_stale_retired_and_near_duplicate_warnings(tmp_path):
    write(
        tmp_path,
        "a.yaml",
        VALID
        + VALID.replace("gpc3-expression-hcc", "gpc3-expression-hcc-again").replace(
            "GPC3 is expressed", "GPC3 is expressed, it is reported,"
        )
        + VALID.replace("gpc3-expression-hcc", "old").replace("2027-04-30", "2025-01-31")
        + VALID.replace("gpc3-expression-hcc", "gone").replace("approved", "retired"),
    )
    warnings = [
        str(w).removeprefix(f"{tmp_path}/")
        for w in check_registry(load_registry(tmp_path), TODAY).problems
        if w.kind != "unquoted"  # VALID quotes no source: tests/test_registry_evidence.py
    ]
    assert warnings == [
        "a.yaml:10:3: warning: near-duplicate: 'gpc3-expression-hcc-again' repeats "
        "'gpc3-expression-hcc' "
        f"({tmp_path}/a.yaml:1; statements 100% alike): merge them or make them distinct",
        "a.yaml:19:3: warning: near-duplicate: 'old' repeats 'gpc3-expression-hcc' "
        f"({tmp_path}/a.yaml:1; statements 100% alike): merge them or make them distinct",
        "a.yaml:19:3: warning: stale: 'old' was due for review on 2025-01-31: check the source is "
        "current, then move review_by forward",
        "a.yaml:28:3: warning: retired: 'gone' is retired: drafts citing it get CC104",
    ]


def test_distinct_statements_on_one_subject_are_not_near_duplicates(tmp_path):
    other = VALID.replace("gpc3-expression-hcc", "gpc3-differentiation").replace(
        "GPC3 is expressed in 70–80% of hepatocellular carcinomas.",
        "Poorly differentiated tumours stain for GPC3 in 92% of cases.",
    )
    write(tmp_path, "a.yaml", VALID + other)
    problems = check_registry(load_registry(tmp_path), TODAY).problems
    assert [problem for problem in problems if problem.kind == "near-duplicate"] == []


def test_one_figure_in_two_named_studies_is_no_near_duplicate(tmp_path):
    """Two trials of one drug can report the same share ("In TRIAL-A, … 2.1% …", "In
    TRIAL-B, … 2.1% …"): each statement names a subject the other does not, so they are two
    facts; the same statement written twice is still reported."""
    claim = """\
- id: {id}
  statement: In {study}, recurrent clots occurred in 2.1% of patients on velaxaban.
  subject: [velaxaban, {study}]
  context: [recurrent clots]
  value: {{value: 2.1, unit: percent}}
  sources: [{{citation: "Trial report", quote: "2.1%"}}]
  status: approved
  review_by: 2030-01-01
"""
    write(
        tmp_path,
        "a.yaml",
        claim.format(id="a-clots", study="VELA-DVT")
        + claim.format(id="b-clots", study="VELA-PE")
        + claim.format(id="c-clots", study="VELA-PE"),
    )
    problems = check_registry(load_registry(tmp_path), TODAY).problems
    assert [str(p).split(": ", 3)[2:] for p in problems if p.kind == "near-duplicate"] == [
        [
            "near-duplicate",
            f"'c-clots' repeats 'b-clots' ({tmp_path}/a.yaml:9; statements 100% alike): "
            "merge them or make them distinct",
        ]
    ]


def _near_duplicates_blocking_every_claim(registry: Registry) -> list[str]:
    """The near-duplicate search as it was before claims without a partner were passed over:
    every live claim blocked by subject name and fact, its group labels read."""
    from claimcheck.registry import check
    from claimcheck.registry.loader import normalise_term

    live = [claim for claim in registry.claims if not claim.is_retired]
    facts = {claim.id: check._fact_key(claim) for claim in live}
    by_subject: dict = {}
    for claim in live:
        for name in {normalise_term(subject) for subject in claim.subject}:
            by_subject.setdefault(name, {}).setdefault(facts[claim.id], []).append(claim)
    warned: set[str] = set()
    found = []
    for blocks in by_subject.values():
        for claims in blocks.values():
            for first, second, _score in check._alike_pairs(claims):
                if second.id in warned or first.id in warned:
                    continue
                if check._numbers_said(first.statement) != check._numbers_said(second.statement):
                    continue  # (two facts: each writes a number the other does not)
                warned.add(second.id)
                found.append(f"{second.id} repeats {first.id}")
    return found


def test_near_duplicates_read_group_labels_only_of_claims_with_a_partner(tmp_path, monkeypatch):
    """A claim alone with its value and time under each of its subject names pairs with no
    other, so its statement's group labels are not read; the warnings are those of blocking
    every claim (a shared-subject registry of the scaling benchmark, where many claims
    share values and some share statements' words)."""
    import sys

    from claimcheck.registry import check

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import registry_scaling

    synthetic = "\n".join(registry_scaling.synthetic("shared", n) for n in range(2500))
    write(tmp_path, "a.yaml", synthetic)
    write(
        tmp_path,
        "b.yaml",
        VALID
        + VALID.replace("gpc3-expression-hcc", "gpc3-again")
        + VALID.replace("gpc3-expression-hcc", "gpc3-other")
        .replace("70–80%", "60–75%")
        .replace("low: 70, high: 80", "low: 60, high: 75"),
    )
    registry = load_registry(tmp_path, cache=False)
    read: list[str] = []
    groups = check._groups
    monkeypatch.setattr(check, "_groups", lambda claim: read.append(claim.id) or groups(claim))
    numbers, alike = check._numbers_said, []
    monkeypatch.setattr(check, "_numbers_said", lambda text: alike.append(text) or numbers(text))
    found = [
        warning.message.split(" (")[0].replace("'", "")
        for warning in check.near_duplicates(registry)
    ]
    assert "gpc3-again" in read and "gpc3-other" not in read
    assert len(read) < len(registry.claims)
    assert found == _near_duplicates_blocking_every_claim(registry)
    assert "gpc3-again repeats gpc3-expression-hcc" in found
    # the synthetic claims are alike in many blocks, each naming its own cohort by number
    # (so none repeats another: two facts)
    assert len(alike) > 200


# -- units -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("%", "percent"),
        ("per cent", "percent"),
        ("percentage points", "percentage points"),
        ("USD", "USD"),
        ("$", "USD"),
        ("USD per month", "USD/month"),
        ("EUR/year", "EUR/year"),
        ("months", "month"),
        ("Weeks", "week"),
        ("fold", "fold"),
        ("°C", "°C"),
        ("deaths/year", "deaths/year"),
        ("cases per year", "cases/year"),
        ("new cases", "new cases"),
        ("CAR-T products", None),
        ("pecent", None),
        ("mnoths", None),
        ("deaths/patient", None),
        ("cases/100,000", "cases per 100,000"),
        ("deaths per 100,000 people", "deaths per 100,000"),
        ("per 1,000 live births", "per 1,000"),
        ("cases/0", None),
        ("mg/m2", "mg/m²"),  # a dose per body surface area
        ("mmHg", "mmHg"),
        ("ml", "mL"),
        ("Litres", "L"),
        ("mg/dL", "mg/dL"),
        ("kg/m2", "kg/m²"),
        ("mg/parsec", None),
        ("kPa", "kPa"),
        ("KPA", "kPa"),
        ("g/dL", "g/dL"),
        # a duration said per day is the duration, as drafts' "7 hours a night" are read
        ("hours/day", "hour"),
        ("hours per night", "hour"),
        ("minutes per 24 hours", "minute"),
        ("days/year", None),
        ("", None),
    ],
)
def test_normalise_unit(written, normalised):
    assert normalise_unit(written) == normalised
    assert unit_is_understood(written) == (normalised is not None)


# -- suggested stubs ---------------------------------------------------------------------------


def test_stubs_load_as_drafts_with_rounded_values_and_unique_ids():
    stubs = [
        stub_for(
            "China contributes ~50% of global HCC cases annually.",
            {"low": 50.0, "high": 50.0, "approx": True, "unit": "percent"},
            subject=["China"],
            today=date(2026, 5, 1),
        ),
        stub_for(
            "Advanced HCC median OS remains under 20 months.",
            {"low": None, "high": 20.0, "high_inclusive": False, "unit": "month"},
            today=date(2024, 2, 29),
        ),
        stub_for(
            "China contributes ~50% of global HCC cases annually.",
            {"low": 0.1 + 0.2, "high": 0.1 + 0.2, "unit": None},
            today=date(2026, 5, 1),
        ),
    ]
    text = dump_stubs(stubs, taken={"advanced-hcc-median-os-remains-months"})
    assert text.startswith("# TODO reviewer: add a source")
    assert "- id: china-contributes-global-hcc-cases-annually\n" in text
    assert "- id: china-contributes-global-hcc-cases-annually-2\n" in text
    assert "- id: advanced-hcc-median-os-remains-months-2\n" in text  # the registry has it
    assert "  value: {value: 50, approx: true, unit: percent}\n" in text
    assert "  value: {high: 20, high_inclusive: false, unit: month}\n" in text
    assert "  value: {value: 0.3}\n" in text  # not 0.30000000000000004
    assert "  review_by: 2025-02-28\n" in text
    assert text.count("  status: draft\n") == 3
    claims, errors = parse_claims(text, "stubs.yaml")
    assert errors == []
    assert [claim.status for claim in claims] == ["draft"] * 3
    assert Registry.from_claims(claims).by_term == {}  # drafts match no figure


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ('"2027-04-30"', []),
        ("'2027-04-30'", []),
        ('"2027-02-30"', ["a.yaml:9:14: review_by '2027-02-30' is not a valid date"]),
        ('"30/04/2027"', ["a.yaml:9:14: review_by '30/04/2027' is not a date (YYYY-MM-DD)"]),
    ],
)
def test_a_quoted_review_date_is_a_date(tmp_path, written, expected):
    """A registry written by a YAML dumper quotes its dates ("2027-04-30"): the same date,
    not an error saying it is not in the very format it is in."""
    write(tmp_path, "a.yaml", VALID.replace("2027-04-30", written))
    if not expected:
        (claim,) = load_registry(tmp_path).claims
        assert claim.review_by == date(2027, 4, 30)
    else:
        assert load_errors(tmp_path) == expected


def test_statements_writing_other_numbers_are_two_facts(tmp_path):
    """Two claims of one value whose statements write different other numbers (a threshold,
    a dose) state two facts, however alike their words: "lost a mean 3.1%" and "3.1% lost at
    least 20%" are no repeat; the same statement written twice still is."""
    from claimcheck.registry import check

    claim = """\
- id: {id}
  statement: {statement}
  subject: [velumab, TRIAL-9]
  context: [TRIAL-9, weight]
  group: [placebo]
  value: {{value: 3.1, unit: percent}}
  sources:
    - citation: "Author et al. Journal 2020;1:1-2"
  status: approved
  review_by: 2027-04-30
"""
    mean = "In TRIAL-9, adults given placebo lost a mean 3.1% of their body weight by week 72."
    share = (
        "In TRIAL-9, 3.1% of adults given placebo lost at least 20% of their body weight by"
        " week 72."
    )
    write(
        tmp_path,
        "a.yaml",
        claim.format(id="mean", statement=mean)
        + claim.format(id="share", statement=share)
        + claim.format(id="mean-again", statement=mean.replace("adults", "the adults")),
    )
    registry = load_registry(tmp_path, cache=False)
    found = [w.message.split(" (")[0] for w in check.near_duplicates(registry)]
    assert found == ["'mean-again' repeats 'mean'"]


def test_planted_near_duplicates_are_found_as_by_comparing_every_block(tmp_path):
    """A generated registry (the scaling benchmark's shared-subject claims) with repeats
    planted in it, each a claim's statement reworded ("In total, …": the same words and
    numbers) under another id, and siblings that write another cohort's number: the search
    finds every planted repeat against its original and nothing else, as blocking every
    claim and scoring every pair of a block does, and the whole check reports the same
    from the evidence cache. A guard for any faster path through the search."""
    import sys

    from claimcheck.registry import check
    from claimcheck.registry.evidence_cache import open_cache

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import registry_scaling

    planted = range(0, 1200, 97)
    entries = [registry_scaling.synthetic("shared", n) for n in range(1200)]
    for n in planted:
        entry = registry_scaling.synthetic("shared", n)
        entries.append(
            entry.replace(f"- id: shared-{n}\n", f"- id: planted-{n}\n").replace(
                'statement: "', 'statement: "In total, '
            )
        )
        entries.append(
            entry.replace(f"- id: shared-{n}\n", f"- id: sibling-{n}\n").replace(
                f"cohort {n} ", f"cohort {n + 5000} "
            )
        )
    write(tmp_path, "a.yaml", "\n".join(entries))
    registry = load_registry(tmp_path, cache=False)
    found = [
        warning.message.split(" (")[0].replace("'", "")
        for warning in check.near_duplicates(registry)
    ]
    assert found == _near_duplicates_blocking_every_claim(registry)
    assert sorted(found) == sorted(f"planted-{n} repeats shared-{n}" for n in planted)
    first = check_registry(registry, date(2026, 1, 1), cache=open_cache(tmp_path, tmp_path / "c"))
    cache = open_cache(tmp_path, tmp_path / "c")
    again = check_registry(registry, date(2026, 1, 1), cache=cache)
    assert again == first and cache is not None and cache.misses == 0  # nothing read again
    assert sum(problem.kind == "near-duplicate" for problem in first.problems) == len(planted)
