"""A typo in an inline control (CC404) says what was probably meant, as a typo in the
config does: `unsuported` -> 'unsupported', `disable-nextline` -> 'disable-next-line'."""

from __future__ import annotations

import pytest

PAGE = """\
# Notes

{control}
Our clinic opened a new building this spring.
"""


@pytest.mark.parametrize(
    ("control", "said"),
    [
        (
            "<!-- claimcheck-disable-next-line unsuported -->",
            "'unsuported' in 'claimcheck-disable-next-line' is not a code or rule id claimcheck "
            "knows: did you mean 'unsupported'? (`claimcheck rules list` shows them)",
        ),
        (
            "<!-- claimcheck-disable cure-claim -->",
            "'cure-claim' in 'claimcheck-disable' is not a code or rule id claimcheck "
            "knows: did you mean 'cure-claims'? (`claimcheck rules list` shows them)",
        ),
        (
            "<!-- claimcheck-disable-nextline CC102 -->",
            "unknown inline control 'claimcheck-disable-nextline' (did you mean "
            "'claimcheck-disable-next-line'?): use claimcheck-disable, claimcheck-enable, "
            "claimcheck-disable-next-line",
        ),
    ],
)
def test_a_typo_in_a_control_gets_a_suggestion(tmp_path, monkeypatch, run_cli, control, said):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "x.yaml").write_text(
        "- id: x\n  statement: About 5% of adults have x.\n  subject: [x]\n"
        "  value: {value: 5, unit: percent, approx: true}\n"
        "  sources:\n    - citation: X\n      quote: about 5% of adults\n  status: approved\n"
    )
    (tmp_path / "a.md").write_text(PAGE.format(control=control))
    result = run_cli("lint", "--registry", "claims", "--select", "CC404", "a.md")
    assert result.exit_code == 1
    assert f"a.md:3:1: CC404 warning: {said}" in result.stdout.splitlines()
