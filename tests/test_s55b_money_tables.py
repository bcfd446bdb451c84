"""Money tables of session 55's second set: accounting brackets are negatives (kind 3), and
a header's scale said with zeros or words is no figure and scales its cells (kind 6). The
README's "Session 55 forms (second set)" item says each rule."""

from __future__ import annotations

import pytest
from form_helpers import quantities_by_file

TABLES = {
    "brackets.md": (
        "| Item | 2024 £m | 2023 £m |\n|---|---|---|\n"
        "| Operating result | 12.4 | (3.8) |\n| Finance costs | (1.2) | (0.9) |\n",
        [("12.4", 12.4e6, "GBP"), ("3.8", -3.8e6, "GBP"), ("1.2", -1.2e6, "GBP"),
         ("0.9", -0.9e6, "GBP")],
    ),
    "whole_brackets.md": (
        "| Line | 2025 £000 | 2024 £000 |\n|---|---|---|\n| Net | 1,450 | (450) |\n"
        "| Other | (12) | 3 |\n",
        [("1,450", 1.45e6, "GBP"), ("450", -450e3, "GBP"), ("12", -12e3, "GBP"),
         ("3", 3e3, "GBP")],
    ),
    "html_brackets.html": (
        "<table><tr><th>Result</th><th>2024 ($000s)</th><th>2023 ($000s)</th></tr>"
        "<tr><td>Net income</td><td>1,450</td><td>(450)</td></tr></table>\n",
        [("1,450", 1.45e6, "USD"), ("450", -450e3, "USD")],
    ),
    "statement.md": (
        "The trust reported a deficit of (1,200).\n\nDeficit for the year £m (3.4).\n\n"
        "It made an operating loss of (£2.3m) in 2024.\n\nHearing loss (12) was common.\n\n"
        "Screening rose (12%) on last year.\n",
        [("1,200", -1200.0, None), ("3.4", -3.4e6, "GBP"), ("£2.3m", -2.3e6, "GBP"),
         ("12%", 12.0, "percent")],
    ),
    "no_brackets_without_money.md": (
        "| Outcome | Patients (n) |\n|---|---|\n| Relapse | 12 (4) |\n",
        [("12", 12.0, None)],
    ),
    "zero_headers.md": (
        "| Expenditure (£000) | 2024 | 2023 |\n|---|---|---|\n| Staff | 1,250 | 1,100 |\n\n"
        "| Income (€ '000) | 2024 |\n|---|---|\n| Grants | 350 |\n\n"
        "| Costs (in thousands of dollars) | 2024 |\n|---|---|\n| Drugs | 420 |\n\n"
        "| Revenue ($000s) | 2024 |\n|---|---|\n| Fees | 75 |\n\n"
        "| Spend (in millions of pounds) | 2024 |\n|---|---|\n| Estates | 2.5 |\n\n"
        "| Pay | 2024 £000 |\n|---|---|\n| Nurses | 980 |\n",
        [("1,250", 1.25e6, "GBP"), ("1,100", 1.1e6, "GBP"), ("350", 350e3, "EUR"),
         ("420", 420e3, "USD"), ("75", 75e3, "USD"), ("2.5", 2.5e6, "GBP"),
         ("980", 980e3, "GBP")],
    ),
    "prose_amount_kept.md": (
        "It cost thousands of pounds.\n", [("thousands of pounds", 1000.0, "GBP")]
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    drafts = {name: text for name, (text, _) in TABLES.items()}
    found = quantities_by_file(tmp_path_factory.mktemp("s55b_tables"), drafts)
    return {name: [(q["text"], q["low"], q["unit"]) for q in qs] for name, qs in found.items()}


@pytest.mark.parametrize("name", list(TABLES))
def test_money_table_is_read_as_written(read, name: str) -> None:
    expected = TABLES[name][1]
    got = read.get(name, [])
    assert [text for text, _, _ in got] == [text for text, _, _ in expected]
    for (_, low, unit), (_, want_low, want_unit) in zip(got, expected, strict=True):
        assert low == pytest.approx(want_low)
        assert unit == want_unit
