"""A lint keeps the objects there before it out of Python's cycle collector for its length
(issue 17's lint speed) and leaves the collector as it found it: nothing frozen, the same
thresholds, enabled or not; and the findings are those of a lint with the collector left
alone."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest

from claimcheck import lint as lint_module
from claimcheck.documents.reader import read_document
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.rules import load_rules

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
DRAFT = (
    "Liver cancer is the sixth most common cancer. About 75% of cases are hepatocellular "
    "carcinoma, and the drug cures it in 100% of patients."
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(CLAIMS, cache=False)


def _findings(registry) -> list[tuple]:
    document = read_document(Path("page.md"), DRAFT.encode("utf-8"))
    result = lint([document], registry, today=date(2026, 1, 1), rules=load_rules())
    return [(f.code, f.start, f.end, f.message) for f in result.findings]


def test_older_objects_are_set_aside_during_a_lint_and_restored_after(registry, monkeypatch):
    seen = []
    judge = lint_module.judge

    def judging(*args, **kwargs):
        seen.append(gc.get_freeze_count() > 0)
        return judge(*args, **kwargs)

    monkeypatch.setattr(lint_module, "judge", judging)
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    _findings(registry)
    assert seen and all(seen)
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
    assert gc.isenabled()


def test_the_findings_are_those_of_a_lint_with_the_collector_alone(registry, monkeypatch):
    eased = _findings(registry)
    monkeypatch.setattr(lint_module, "_older_objects_set_aside", _left_alone)
    assert _findings(registry) == eased
    assert eased  # (the draft has findings to compare)


def test_what_is_frozen_already_stays_frozen(registry):
    gc.freeze()
    try:
        before = gc.get_threshold()
        _findings(registry)
        # not released by the lint (unfreezing empties the permanent generation; a frozen
        # object freed by its last reference leaves it, as any object does)
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == before
    finally:
        gc.unfreeze()


def test_a_disabled_collector_stays_disabled(registry):
    gc.disable()
    try:
        _findings(registry)
        assert not gc.isenabled()
        assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def _left_alone():
    from contextlib import nullcontext

    return nullcontext()
