"""The verdict sets are well-formed: every set file parses, every expected id is a claim of
its registry, and every registry passes ``claimcheck registry check``.

The accuracy itself is measured by ``python benchmarks/verdict_accuracy.py``, not asserted
here: the sets were labelled before the matcher was changed to meet them.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "verdict_accuracy", REPO / "benchmarks" / "verdict_accuracy.py"
)
verdict_accuracy = importlib.util.module_from_spec(_spec)
sys.modules["verdict_accuracy"] = verdict_accuracy  # dataclasses look their module up
_spec.loader.exec_module(verdict_accuracy)

SETS = verdict_accuracy.discover_sets()


def test_sets_are_found_with_their_registries():
    names = {case_set.name for case_set in SETS}
    assert {"matching_cases", "matching_cases_obesity"} <= names
    domains = [case_set for case_set in SETS if case_set.name.startswith("verdicts/")]
    assert len(domains) >= 3
    for case_set in SETS:
        assert case_set.registry.is_dir(), f"{case_set.path} has no registry {case_set.registry}"


def test_every_set_parses_and_expects_ids_of_its_registry():
    loaded = verdict_accuracy.load_sets()
    for case_set, registry in loaded:
        ids = {claim.id for claim in registry.claims}
        assert case_set.cases, case_set.path
        for case in case_set.cases:
            assert case.expect is None or case.expect in ids
            start, end = verdict_accuracy.locate(case)
            assert case.text[start:end] == case.figure


@pytest.mark.parametrize(
    "registry",
    sorted({case_set.registry for case_set in SETS}),
    ids=lambda path: path.name,
)
def test_every_registry_passes_registry_check(run_cli, registry):
    result = run_cli("registry", "check", registry)
    assert result.exit_code == 0, result.output
    if registry.name.startswith("registry_"):  # the verdict sets' own: no advice either,
        # but for claims whose source we hold no quote of (nothing to check them against)
        advice = [line for line in result.output.splitlines()[:-1] if ": unquoted: " not in line]
        assert advice == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- text: A draft.\n  figure: 5%\n  expect: null\n", "does not occur in the text"),
        (
            "- text: Two doses of MMR work.\n  figure: Two\n  expect: mmr\n  verdict: maybe\n",
            "verdict 'maybe' is not one of",
        ),
        ("- text: 5% of cases.\n  figure: 5%\n  expect: some-id\n", "goes with verdict"),
        ("- text: 5% of cases.\n  figure: 5%\n  expect: null\n  kinds: x\n", "unknown field"),
        ("- text: a: b\n", "invalid YAML"),
    ],
)
def test_a_malformed_set_is_named_with_its_line(tmp_path, text, message):
    path = tmp_path / "broken.yaml"
    path.write_text("# a broken set\n" + text, encoding="utf-8")
    with pytest.raises(verdict_accuracy.SetError) as raised:
        verdict_accuracy.parse_cases(path)
    assert str(raised.value).startswith(f"{path}:2")
    assert message in str(raised.value)
