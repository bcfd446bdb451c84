"""`registry check`: each claim's value against its statement, its quotes and its derivation,
as the registry owner sees it (the command's lines and exit status)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from claimcheck.registry.loader import load_registry

REPO = Path(__file__).resolve().parent.parent


def claim(
    claim_id: str,
    statement: str,
    value: str,
    quotes: tuple[str, ...] = (),
    extra: str = "",
) -> str:
    sources = (
        "".join(
            f'    - citation: "Source {number}, 2024"\n      quote: "{quote}"\n'
            for number, quote in enumerate(quotes, 1)
        )
        or '    - citation: "Source, 2024"\n'
    )
    return (
        f"- id: {claim_id}\n"
        f"  statement: {statement}\n"
        f"  subject: [widgetosis]\n"
        f"  value: {value}\n"
        f"{extra}"
        f"  sources:\n{sources}"
        f"  status: approved\n"
    )


def check(tmp_path: Path, run_cli, *claims: str):
    (tmp_path / "claims.yaml").write_text("".join(claims), encoding="utf-8")
    result = run_cli("registry", "check", tmp_path)
    lines = [line.replace(f"{tmp_path}/", "") for line in result.stdout.splitlines()]
    return result.exit_code, lines


def test_a_value_its_statement_does_not_state_is_an_error_naming_both(tmp_path, run_cli):
    status, lines = check(
        tmp_path,
        run_cli,
        claim(
            "widgetosis-remission",
            "About 82% of people treated for widgetosis are in remission a year later.",
            "{value: 72.3, unit: percent}",
            quotes=("remission at one year was 72.3%",),
        ),
    )
    assert status == 1
    assert lines[0] == (
        "claims.yaml:4:10: error: figure: 'widgetosis-remission': value 72.3% is not what its "
        'statement states ("About 82%", "a year")'
    )
    assert lines[-1] == f"1 claim, 1 error, 0 warnings in {tmp_path}"


def test_quotes_that_state_none_of_their_claims_figures_are_errors(tmp_path, run_cli):
    shared = "Clinics reported their results to the national register in 2023."
    status, lines = check(
        tmp_path,
        run_cli,
        claim(
            "cycle-price",
            "One cycle costs $12,400 at a private clinic.",
            "{value: 12400, unit: USD}",
            (shared,),
        ),
        claim(
            "cycles-per-birth",
            "Couples need 2.7 cycles on average for a birth.",
            "{value: 2.7, unit: cycles}",
            (shared,),
        ),
        claim(
            "twin-rate", "Twins follow 11% of transfers.", "{value: 11, unit: percent}", (shared,)
        ),
    )
    assert status == 1
    errors = [line for line in lines if ": error: " in line]
    assert [line.split(": error: ")[0] for line in errors] == [
        "claims.yaml:4:10",
        "claims.yaml:12:10",
        "claims.yaml:20:10",
    ]
    assert errors[1].endswith(
        "'cycles-per-birth': value 2.7 cycles is stated by no source quote (quote 1 states "
        "no figure); quote the words that carry it, or say how it is computed with 'derived'"
    )


@pytest.mark.parametrize(
    ("statement", "value", "quote"),
    [
        # unit conversion: years to months, "one in five" to percent
        (
            "Median survival was five years.",
            "{value: 60, unit: month}",
            "median survival 60 months",
        ),
        ("One in five patients relapse.", "{value: 20, unit: percent}", "a relapse rate of 20%"),
        # rounding: the statement or quote may round the value to its own last digit
        (
            "Widgetosis killed about 830,000 people.",
            "{value: 830180, unit: deaths/year}",
            "830,200 deaths",
        ),
        ("About half of cases are in men.", "{value: 45.3, unit: percent}", "45.3% were male"),
        # a count's noun need not be the unit's
        (
            "Clinics saw 866,136 new widgetoses.",
            "{value: 866136, unit: cases/year}",
            "866 136 cases",
        ),
        # a range stated as a range, and as its two ends
        ("It affects 75% to 85% of adults.", "{low: 75, high: 85, unit: percent}", "75%–85%"),
        (
            "Prices were $373,000 and $475,000.",
            "{low: 373000, high: 475000, unit: USD}",
            "$373,000 or $475,000",
        ),
        # a bound states a bound on the same side
        (
            "More than 70% respond.",
            "{low: 70, low_inclusive: false, unit: percent}",
            "over 70% responded",
        ),
        # a signed change states its size; a Lancet decimal point is a decimal point
        (
            "Adults lost 14.9% of their weight.",
            "{value: 14.9, unit: percent}",
            "a change of -14.9%",
        ),
        (
            "Median survival was 13.6 months.",
            "{value: 13.6, unit: month}",
            "13·6 months (95% CI 12·1–14·9)",
        ),
    ],
)
def test_figures_that_state_the_value_pass(tmp_path, run_cli, statement, value, quote):
    status, lines = check(tmp_path, run_cli, claim("widgetosis-figure", statement, value, (quote,)))
    assert (status, lines) == (0, [f"1 claim, 0 errors, 0 warnings in {tmp_path}"])


@pytest.mark.parametrize(
    ("statement", "value", "message"),
    [
        # a one-digit rounding needs "about"
        ("Half of cases are in men.", "{value: 45.3, unit: percent}", 'statement states ("Half")'),
        # a percentage never states a count
        ("It affects 20% of adults.", "{value: 20, unit: adults}", 'statement states ("20%")'),
        # another end of a range
        (
            "It affects 75% to 90% of adults.",
            "{low: 75, high: 85, unit: percent}",
            '("75% to 90%")',
        ),
        (
            "Widgetosis is rare in children.",
            "{value: 3, unit: percent}",
            "statement states (no figure)",
        ),
    ],
)
def test_figures_that_do_not_state_the_value_fail(tmp_path, run_cli, statement, value, message):
    status, lines = check(tmp_path, run_cli, claim("widgetosis-figure", statement, value))
    assert status == 1
    assert message in lines[0]


def test_a_claim_without_any_quote_is_a_warning(tmp_path, run_cli):
    status, lines = check(
        tmp_path,
        run_cli,
        claim("widgetosis-share", "It affects 12% of adults.", "{value: 12, unit: percent}"),
    )
    assert status == 0
    assert lines[0] == (
        "claims.yaml:6:5: warning: unquoted: 'widgetosis-share': no source quotes the figure, "
        "so nothing checks it: add the source's words that carry it as 'quote'"
    )


SHARE = (
    "widgetosis-share-region",
    "The region had 45.3% of the world's widgetosis cases.",
    "{value: 45.3, unit: percent}",
)


def test_a_derived_value_passes_when_its_operands_are_quoted(tmp_path, run_cli):
    status, lines = check(
        tmp_path,
        run_cli,
        claim(
            *SHARE,
            ("410 038 cases in the region", "about 906,000 cases worldwide"),
            extra="  derived: 410 038 / 905,677 × 100\n",
        ),
    )
    assert (status, lines) == (0, [f"1 claim, 0 errors, 0 warnings in {tmp_path}"])


@pytest.mark.parametrize(
    ("derived", "message"),
    [
        (
            "410 038 / 800,000 × 100",
            "derived '410 038 / 800,000 × 100': no quote states 800,000",
        ),
        (
            "410 038 / 905,677 × 1,000",
            "derived '410 038 / 905,677 × 1,000' gives 452.742, which rounds to 452.7, not the "
            "value 45.3%",
        ),
        (
            "410 038 / (905,677 - 905,677)",
            "derived '410 038 / (905,677 - 905,677)': it divides by zero",
        ),
        (
            "max(410 038, 2)",
            "derived 'max(410 038, 2)': 'max' is not a number the figure reader reads as one",
        ),
    ],
)
def test_a_wrong_derivation_is_an_error_at_its_line(tmp_path, run_cli, derived, message):
    status, lines = check(
        tmp_path,
        run_cli,
        claim(
            *SHARE,
            ("410 038 cases in the region", "905,677 cases worldwide"),
            extra=f"  derived: {derived}\n",
        ),
    )
    assert status == 1
    assert lines[0] == f"claims.yaml:5:12: error: derived: {message}"


def test_retired_claims_are_not_checked_against_their_quotes(tmp_path, run_cli):
    text = claim("old-share", "It affects 12% of adults.", "{value: 14, unit: percent}")
    status, lines = check(tmp_path, run_cli, text.replace("approved", "retired"))
    assert status == 0
    assert lines[0].endswith("retired: 'old-share' is retired: drafts citing it get CC104")


def test_registry_check_text_is_written_from_the_file(tmp_path, run_cli):
    """The file:line:col of a figure error points at the claim's value as the file has it."""
    text = textwrap.dedent(
        """\
        # one claim
        - id: widgetosis-deaths
          statement: Widgetosis killed 4,100 people in 2023.
          subject: [widgetosis]
          value:
            value: 4200
            unit: deaths
          sources:
            - citation: "Register, 2024"
              quote: "4,100 deaths were registered"
          status: approved
        """
    )
    status, lines = check(tmp_path, run_cli, text)
    assert status == 1
    assert lines[0].startswith(
        "claims.yaml:6:5: error: figure: 'widgetosis-deaths': value 4,200 deaths"
    )
    assert '("4,100 people")' in lines[0]
    assert '(quote 1 states "4,100 deaths")' in lines[1]


SUGGEST_PAGE = """# IVF at the Widget Clinic

One IVF cycle costs about $12,000 at private clinics. Most couples need 3 IVF cycles before a
birth. About one in three transfers leads to a pregnancy for women aged 35–37.
Twins happen in 11% of patients who transfer two embryos.
Our treatment is 100% safe for every patient.
"""


def test_suggested_stubs_pass_registry_check_as_drafts(tmp_path, run_cli):
    page = tmp_path / "page.md"
    page.write_text(SUGGEST_PAGE, encoding="utf-8")
    result = run_cli("registry", "suggest", "--registry", REPO / "claims", page)
    assert result.exit_code == 0, result.stderr
    stubs = result.stdout
    assert stubs.count("  status: draft\n") == 5  # none approved before review
    assert "  value: {value: 3, unit: cycles}\n" in stubs  # a unit check understands
    assert "  value: {value: 33.3, approx: true, unit: percent}\n" in stubs  # not 0.333…
    assert "  group: [women aged 35–37]\n" in stubs
    assert "  subject: [Twins, patients]\n" in stubs  # the figure's noun phrases, no verbs
    assert "  subject: [transfers]\n" in stubs
    assert "value: 35" not in stubs and "low: 35" not in stubs  # a group label is no figure
    assert "100% safe" not in stubs  # the wording rule flags it: no claim to draft
    folder = tmp_path / "stubs"
    folder.mkdir()
    (folder / "stubs.yaml").write_text(stubs, encoding="utf-8")
    check = run_cli("registry", "check", folder)
    assert check.exit_code == 0, check.output
    assert check.stdout.splitlines()[-1] == f"5 claims, 0 errors, 10 warnings in {folder}"
    assert {line.split(": ")[2] for line in check.stdout.splitlines()[:-1]} == {
        "draft",
        "unquoted",
    }


def sibling(claim_id: str, statement: str, value: str, extra: str = "") -> str:
    return claim(claim_id, statement, value, (statement,), extra=extra).replace(
        "subject: [widgetosis]", "subject: [live birth rate]"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # another age group and another figure
            (
                "Women aged 35-37 have a 31% live birth rate per IVF cycle.",
                "{value: 31, unit: percent}",
            ),
            (
                "Women aged 38-40 have a 22% live birth rate per IVF cycle.",
                "{value: 22, unit: percent}",
            ),
        ),
        (  # the same figure for another age group
            (
                "Women aged 35-37 have a 25% live birth rate per IVF cycle.",
                "{value: 25, unit: percent}",
            ),
            (
                "Women aged 38-40 have a 25% live birth rate per IVF cycle.",
                "{value: 25, unit: percent}",
            ),
        ),
        (  # the same figure in another year
            ("In 2019 the live birth rate per IVF cycle was 25%.", "{value: 25, unit: percent}"),
            ("In 2021 the live birth rate per IVF cycle was 25%.", "{value: 25, unit: percent}"),
        ),
    ],
)
def test_siblings_that_differ_by_group_time_or_value_are_not_near_duplicates(
    tmp_path, run_cli, first, second
):
    status, lines = check(
        tmp_path, run_cli, sibling("first-rate", *first), sibling("second-rate", *second)
    )
    assert (status, lines) == (0, [f"2 claims, 0 errors, 0 warnings in {tmp_path}"])


def test_one_fact_written_twice_is_still_a_near_duplicate(tmp_path, run_cli):
    one = (
        "Women aged 35-37 have a 31% live birth rate per IVF cycle.",
        "{value: 31, unit: percent}",
    )
    again = ("Women aged 35-37 have a 31% live birth rate for each IVF cycle.", one[1])
    status, lines = check(tmp_path, run_cli, sibling("rate", *one), sibling("rate-again", *again))
    assert status == 0
    assert lines[0].startswith(
        "claims.yaml:9:3: warning: near-duplicate: 'rate-again' repeats 'rate'"
    )


def test_a_figure_only_a_draft_claim_matches_is_unsupported_and_names_the_draft(tmp_path, run_cli):
    registry = tmp_path / "claims"
    registry.mkdir()
    approved = claim(
        "widgetosis-prevalence",
        "Widgetosis affects 12% of adults.",
        "{value: 12, unit: percent}",
        ("12% of adults had widgetosis",),
    )
    draft = (
        claim(
            "widgetinib-response-rate",
            "Widgetinib shrank tumours in 41% of patients.",
            "{value: 41, unit: percent}",
        )
        .replace("[widgetosis]", "[widgetinib]")
        .replace("approved", "draft")
    )
    (registry / "claims.yaml").write_text(approved + draft, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text("Widgetinib shrank tumours in 41% of patients in its first trial.\n")
    result = run_cli("lint", "--registry", registry, "--no-cache", "--format", "json", page)
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["message"]) for f in findings if f["code"].startswith("CC1")] == [
        (
            "CC102",
            '"41%" is not backed by any sourced claim in the registry (a draft claim exists: '
            "widgetinib-response-rate, not yet approved)",
        )
    ]


def test_registry_usage_lists_each_claims_uses_and_the_unused(tmp_path, run_cli, monkeypatch):
    from workflow_helpers import make_project

    make_project(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(
        "# Liver cancer\n\nHepatocellular carcinoma makes up 75–85% of primary liver cancers.\n"
        "\nChronic hepatitis B is behind 56% of liver cancer cases worldwide.\n"
    )
    (tmp_path / "drafts" / "b.md").write_text(
        "# HBV\n\nHepatitis B infection causes 70% of liver cancer cases around the world.\n"
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli("registry", "usage", "hbv-attributable-liver-cancer", "drafts")
    assert result.exit_code == 0, result.output
    line = load_registry(REPO / "claims").by_id["hbv-attributable-liver-cancer"].line
    assert result.stdout.splitlines() == [
        f"hbv-attributable-liver-cancer (claims/epidemiology.yaml:{line}): 2 uses",
        '  drafts/a.md:5:31: "56%" supported',
        '  drafts/b.md:3:30: "70%" conflict',
        "1 claim, 1 used (2 uses), 0 used nowhere, in 2 drafts",
    ]
    every = run_cli("registry", "usage", "--format", "json")  # no PATHS: the config's folder
    data = json.loads(every.stdout)
    assert data["drafts_checked"] == 2
    uses = {item["id"]: [use["verdict"] for use in item["uses"]] for item in data["claims"]}
    assert uses["hcc-share-primary-liver-cancer"] == ["supported"]
    assert "gpc3-expression-hcc" in data["unused"] and uses["gpc3-expression-hcc"] == []
    assert "car-t-fda-approved-products" not in uses  # a draft supports nothing
    unknown = run_cli("registry", "usage", "no-such-claim")
    assert unknown.exit_code == 2
    assert "'no-such-claim' is neither a claim id of the registry nor an existing path" in (
        unknown.stderr
    )


def test_the_schema_references_claim_examples_pass_registry_check(tmp_path, run_cli):
    import re

    doc = (REPO / "docs" / "registry-schema.md").read_text(encoding="utf-8")
    examples = re.findall(r"```yaml\n(- id: .*?)```", doc, re.S)
    assert len(examples) >= 2
    (tmp_path / "examples.yaml").write_text("\n".join(examples), encoding="utf-8")
    result = run_cli("registry", "check", tmp_path)
    assert result.exit_code == 0, result.output
    assert f"{len(examples)} claims, 0 errors" in result.stdout.splitlines()[-1]


def test_worker_processes_report_what_one_process_does(tmp_path, run_cli, monkeypatch):
    from claimcheck.registry import check

    monkeypatch.setattr(check, "EVIDENCE_CHUNK", 2)  # several chunks from a small registry
    entries = [
        *_marsh_claims(),
        claim("marsh-cost", "A course costs 120 US dollars.", "{value: 120, unit: USD}"),
    ]
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "marsh.yaml").write_text("".join(entries), encoding="utf-8")
    alone = run_cli("registry", "check", str(folder), "-v")
    shared = run_cli("registry", "check", str(folder), "-v", "--jobs", "2")
    assert alone.exit_code == 1
    assert "value 41%" in alone.stdout and "marsh-rash" in alone.stdout
    assert (shared.exit_code, shared.stdout, shared.stderr) == (
        alone.exit_code,
        alone.stdout,
        alone.stderr,
    )


def _marsh_claims(rash_statement: str = "A rash follows in 2 of 3 cases.") -> list[str]:
    """The marsh-fever claims both worker tests check: a wrong value, a duration, a claim
    backed by its quote, and a rash share whose statement states another figure."""
    return [
        claim("marsh-share", "Marsh fever strikes 14% of anglers.", "{value: 41, unit: percent}"),
        claim("marsh-days", "Marsh fever lasts 9 days.", "{value: 9, unit: day}"),
        claim(
            "marsh-quoted",
            "Marsh fever recurs in 6% of cases.",
            "{value: 6, unit: percent}",
            quotes=("six in a hundred relapse",),
        ),
        claim("marsh-rash", rash_statement, "{value: 80, unit: percent}"),
    ]


def _marsh_registry(folder: Path, rash_statement: str = "A rash follows in 2 of 3 cases.") -> None:
    entries = [
        *_marsh_claims(rash_statement),
        claim(
            "marsh-sum",
            "Marsh fever costs 240 US dollars.",
            "{value: 240, unit: USD}",
            quotes=("a course costs 120 US dollars",),
            extra="  derived: 120 * 3\n",
        ),
    ]
    folder.mkdir(exist_ok=True)
    (folder / "marsh.yaml").write_text("".join(entries), encoding="utf-8")


def _checked(folder: Path, cache=None, jobs: int = 1) -> list[str]:
    from datetime import date

    from claimcheck.registry.check import check_registry

    checked = check_registry(load_registry(folder, cache=False), date(2026, 1, 1), jobs, cache)
    return [str(problem) for problem in checked.problems] + [str(q) for q in checked.found]


def test_the_evidence_cache_and_workers_report_what_one_uncached_process_does(
    tmp_path, run_cli, monkeypatch
):
    from claimcheck.registry import check

    monkeypatch.setattr(check, "EVIDENCE_CHUNK", 2)  # several chunks from a small registry
    folder = tmp_path / "claims"
    _marsh_registry(folder)
    plain = run_cli("registry", "check", str(folder), "-v", "--no-cache")
    assert plain.exit_code == 1 and "marsh-rash" in plain.stdout
    assert "error: derived" in plain.stdout  # 120 * 3 is 360, not 240
    cache_dir = tmp_path / "cache"
    runs = [
        run_cli("registry", "check", str(folder), "-v", "--cache-dir", str(cache_dir), *jobs)
        for jobs in ((), ("--jobs", "2"), ("--jobs", "2"), ())
    ]
    assert list((cache_dir / "v3").glob("evidence-*.json"))  # the first run filled it
    for run in runs:
        assert (run.exit_code, run.stdout, run.stderr) == (
            plain.exit_code,
            plain.stdout,
            plain.stderr,
        )


def test_a_changed_claim_is_read_again_and_the_others_come_from_the_cache(tmp_path):
    from claimcheck.registry.evidence_cache import open_cache

    folder = tmp_path / "claims"
    _marsh_registry(folder)
    first = open_cache(folder, tmp_path / "cache")
    assert first is not None
    assert _checked(folder, first) == _checked(folder)
    assert (first.hits, first.misses) == (0, 5)
    again = open_cache(folder, tmp_path / "cache")
    before = _checked(folder, again)
    assert before == _checked(folder)
    assert any("figure: 'marsh-rash'" in line for line in before)
    assert (again.hits, again.misses) == (5, 0)
    _marsh_registry(folder, rash_statement="A rash follows in 4 of 5 cases.")  # now 80%: states it
    changed = open_cache(folder, tmp_path / "cache")
    fresh = _checked(folder)
    assert _checked(folder, changed) == fresh
    assert not any("figure: 'marsh-rash'" in line for line in fresh)
    assert (changed.hits, changed.misses) == (4, 1)


def test_a_claim_that_only_moved_in_its_file_is_not_read_again(tmp_path):
    from claimcheck.registry.evidence_cache import open_cache

    folder = tmp_path / "claims"
    _marsh_registry(folder)
    _checked(folder, open_cache(folder, tmp_path / "cache"))
    text = (folder / "marsh.yaml").read_text(encoding="utf-8")
    (folder / "marsh.yaml").write_text("# moved down\n\n" + text, encoding="utf-8")
    moved = open_cache(folder, tmp_path / "cache")
    assert _checked(folder, moved) == _checked(folder)  # the new lines, not the cached ones
    assert (moved.hits, moved.misses) == (5, 0)


def test_a_corrupt_or_forged_evidence_cache_is_ignored(tmp_path):
    from claimcheck.registry.evidence_cache import open_cache

    folder = tmp_path / "claims"
    _marsh_registry(folder)
    expected = _checked(folder)
    cache = open_cache(folder, tmp_path / "cache")
    _checked(folder, cache)
    (document,) = (tmp_path / "cache" / "v3").glob("evidence-*.json")
    document.write_bytes(document.read_bytes()[:-40] + b"garbage")  # its MAC no longer holds
    broken = open_cache(folder, tmp_path / "cache")
    assert _checked(folder, broken) == expected
    assert (broken.hits, broken.misses) == (0, 5)
    # signed with this machine's key, but not what claimcheck writes: every entry a miss
    forged = open_cache(folder, tmp_path / "cache")
    keys = [forged.get(c)[0] for c in load_registry(folder, cache=False).claims]
    bad = [[["value", "figure", "planted", "error"], "x"], [["line", "figure", "m", "error"]]]
    claims = dict(zip(keys, [*bad, "none", 7, [["value", "figure", "m", "fatal"]]], strict=True))
    forged.store.write_signed(forged.name, {"format": 1, "claims": claims})
    reread = open_cache(folder, tmp_path / "cache")
    assert _checked(folder, reread) == expected
    assert (reread.hits, reread.misses) == (0, 5)


def test_quotes_after_one_that_states_the_value_are_not_read(monkeypatch):
    """A claim's figure check stops at the first quote that states the value (the others
    only fill the message of a claim that none states): the same notes, fewer readings."""
    from claimcheck.registry import evidence
    from claimcheck.registry.model import RegistryClaim, RegistryValue, Source

    read: list[str] = []
    reading = evidence.reading

    def counted(text, value):
        read.append(text)
        return reading(text, value)

    monkeypatch.setattr(evidence, "reading", counted)
    quotes = ("Kestrels hovered in 14 fields.", "14 fields had kestrels.", "Owls: 3 barns.")
    claim = RegistryClaim(
        id="kestrel-fields", statement="Kestrels hunted in 14 fields.",
        subject=("kestrels",), context=(), value=RegistryValue(14.0, 14.0, unit="fields"),
        tolerance=None, variants=(),
        sources=tuple(Source(citation=f"Survey {n}", quote=q) for n, q in enumerate(quotes)),
        status="approved", review_by=None, path="p", line=1,
    )  # fmt: skip
    assert evidence.figure_notes(claim) == []
    assert read == [claim.statement, quotes[0]]
    read.clear()
    wrong = evidence.replace(claim, value=RegistryValue(15.0, 15.0, unit="fields"))
    notes = evidence.figure_notes(wrong)
    assert read == [claim.statement, *quotes]  # none states 15: every quote named
    assert "quote 1 states" in notes[-1][2] and "quote 3 states" in notes[-1][2]


def test_group_labels_remembered_in_a_check_are_the_labels_read_afresh(tmp_path) -> None:
    """``registry check`` reads each statement's group labels once for the near-duplicate
    search and the figure reader (``groups.group_labels_remembered``): the labels, the
    figures and the check's problems are those read without it, and each caller gets its
    own list."""
    import contextlib
    from datetime import date

    import claimcheck.nlp.quantities.groups as groups
    from claimcheck.nlp.quantities import find_quantities
    from claimcheck.registry.check import check_registry
    from claimcheck.registry.figures import figures_in

    texts = [
        "Women aged 38–40 had a 12% success rate in 2019.",
        "Of adults over 65, 30% (n = 1,200) were vaccinated; children under 5: 4.5%.",
        "Stage III disease was found in 41% of patients aged 18 to 64 years.",
        "No figure here.",
    ]
    fresh = [(groups.find_group_labels(t), find_quantities(t)) for t in texts]
    with groups.group_labels_remembered():
        for _ in range(2):
            kept = [(groups.find_group_labels(t), find_quantities(t)) for t in texts]
            assert kept == fresh
        first = groups.find_group_labels(texts[0])
        first.clear()
        assert groups.find_group_labels(texts[0]) == fresh[0][0]
    assert groups._REMEMBERED is None

    folder = tmp_path / "claims"
    folder.mkdir()
    entries = [
        claim(
            f"c-{n}",
            f"{pct}% of women aged 38–40 had it in 2019",
            f"{{value: {pct}, unit: percent}}",
        )
        for n, pct in enumerate((12, 12, 30, 12.5))
    ]
    (folder / "c.yaml").write_text("".join(entries), encoding="utf-8")
    registry = load_registry(folder)
    checked = check_registry(registry, date(2026, 1, 1))
    assert any(w.kind == "near-duplicate" for w in checked.problems)  # the labels were read
    real = groups.group_labels_remembered
    try:
        groups.group_labels_remembered = contextlib.nullcontext
        figures_in.cache_clear()
        assert check_registry(registry, date(2026, 1, 1)) == checked
    finally:
        groups.group_labels_remembered = real


def test_every_error_is_reported_in_one_run_exit_2(tmp_path, run_cli):
    """A claim with a schema error (a mistyped unit) hid the duplicate of its id and every
    other claim's evidence error until it was fixed: each is one line naming file and line."""
    rate = "About {}% of adults have widgetosis."
    (tmp_path / "claims.yaml").write_text(
        claim("widgetosis-rate", rate.format(10), "{value: 10, unit: percnt}")
        + claim("widgetosis-rate", rate.format(20), "{value: 20, unit: percent}")
        + claim("widgetosis-cure", "About 30% of adults are cured.", "{value: 35, unit: percent}"),
        encoding="utf-8",
    )
    result = run_cli("registry", "check", tmp_path, "--no-cache")
    errors = [line.replace(f"{tmp_path}/", "") for line in result.stderr.splitlines()]
    lines = [line.replace(f"{tmp_path}/", "") for line in result.stdout.splitlines()]
    assert result.exit_code == 2
    assert errors == [
        "claimcheck: error: claims.yaml:4:28: unit 'percnt' not understood "
        "(did you mean 'percent'?)",
        "claimcheck: error: claims.yaml:8:3: duplicate id 'widgetosis-rate' "
        "(first defined at claims.yaml:1:3)",
    ]
    assert any(
        line.startswith("claims.yaml:18:10: error: figure: 'widgetosis-cure'") for line in lines
    )
    assert lines[-1].startswith("2 claims, 3 errors")


def test_a_text_several_claims_share_is_read_once_in_a_check(tmp_path, monkeypatch) -> None:
    """``registry check`` reads a quote several claims share (or a statement written twice)
    once, the whole registry apart (``figures.figures_shared``): the problems are those read
    text by text, and a text read once is not kept."""
    import functools
    from datetime import date

    from claimcheck.registry import figures
    from claimcheck.registry.check import check_registry

    shared = "Of 200 adults, 30% had widgetosis and 12% had it severely; 45% were women."
    folder = tmp_path / "claims"
    folder.mkdir()
    entries = [
        claim(f"w-{n}", f"{pct}% of adults had widgetosis {kind}", value, (shared,))
        for n, (pct, kind, value) in enumerate(
            [
                (30, "at all", "{value: 30, unit: percent}"),
                (12, "severely", "{value: 12, unit: percent}"),
                (14, "mildly", "{value: 14, unit: percent}"),  # its quote states no 14
            ]
        )
    ] + [claim("w-again", "30% of adults had widgetosis at all", "{value: 31, unit: percent}")]
    (folder / "c.yaml").write_text("".join(entries), encoding="utf-8")
    registry = load_registry(folder, cache=False)
    read: list[str] = []
    reader = figures._read_figures

    def counted(text: str):
        read.append(text)
        return reader(text)

    monkeypatch.setattr(figures, "_read_figures", counted)
    for size in (4096, 0):  # with the bounded cache, and without it: only the sharing left
        monkeypatch.setattr(
            figures, "figures_in", functools.lru_cache(maxsize=size)(figures.figures_in.__wrapped__)
        )
        read.clear()
        checked = check_registry(registry, date(2026, 1, 1))
        assert read.count(shared) == 1
        assert read.count("30% of adults had widgetosis at all") == 1
        assert figures._SHARED is None
    messages = [p.message for p in checked.errors]
    assert len(messages) == 2 and "14%" in messages[0] and "31%" in messages[1]
