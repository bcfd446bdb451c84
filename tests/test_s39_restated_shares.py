"""A share said in words and again in digits in brackets is one figure, however the rest of
the sentence words its outcome and whatever markup wraps the digits (session 39, the
breaker of session 38's rules).

``Almost half of adults with hypertension (46%) have not been told they have it``: the
digits matched the claim, but the words, judged alone, were flagged as "another outcome"
(``have not been told`` against the claim's ``unaware``); ``(<strong>46%</strong>)`` on an
HTML page was not read as the bracket at all; and ``About a third … (46%)`` (words that
disagree with their digits) was accused by a sibling claim of 48% instead of the one its
digits name."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, by_figure, registry_linter

REGISTRY = "".join(
    (
        approved_claim(
            "htn-unaware",
            "Of adults in Westland with hypertension, 47% are unaware that they have it.",
            47,
            "hypertension, high blood pressure",
            "unaware, do not know, undiagnosed",
        ),
        approved_claim(
            "htn-tablets",
            "Of adults in Westland with hypertension, 49% take tablets to lower it.",
            49,
            "hypertension, high blood pressure",
            "tablets, treated, treatment",
        ),
    )
)


@pytest.fixture
def lint_page(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)
    return lambda name, text: by_figure(findings(name, text + "\n"))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("page.md", "Perhaps half of adults with high blood pressure (47%) may not know it."),
        ("page.md", "Almost half of adults with high blood pressure (47%) were never told so."),
        ("page.md", "Roughly half of Westland adults with hypertension (47%) may not realise it."),
        (
            "page.html",
            "<p>Almost half of adults with high blood pressure (<strong>47%</strong>) are"
            " unaware that they have it.</p>",
        ),
        ("page.html", "<p>Nearly half of adults with hypertension (<em>47%</em>) do not know.</p>"),
    ],
)
def test_words_and_their_digits_pass_together(lint_page, name, text):
    assert lint_page(name, text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "About a quarter of adults with hypertension (47%) are unaware that they have it.",
            "About a quarter",
        ),
        (
            "About a third of adults with high blood pressure (47%) do not know they have it.",
            "About a third",
        ),
    ],
)
def test_words_that_disagree_with_their_digits_are_the_digits_claims(
    tmp_path, run_cli, text, words
):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)("page.md", text + "\n")
    conflicts = {
        (f["message"].split('"')[1], f["registry_id"]) for f in findings if f["code"] == "CC101"
    }
    assert conflicts == {(words, "htn-unaware")}
