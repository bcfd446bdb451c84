"""The registry cache: a registry that loaded is read back from signed JSON, equal to the YAML
it came from; an edited file, a forged or damaged entry, or --no-cache loads the YAML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.cache import FORMAT, load_key
from claimcheck.registry import load_registry, stored
from claimcheck.registry import loader as registry_loader

REGISTRY = """\
- id: tick-bite-fever-share
  statement: Fever follows 38.5% of tick bites in the valley, by the clinic's 2023 audit.
  subject: [tick bites, tick bite]
  context: [valley clinic]
  value: {value: 38.5, unit: percent}
  tolerance: {absolute: 0.5}
  variants: ["About two in five tick bites bring a fever."]
  group: [women]
  sources:
    - citation: "Valley Clinic. Tick bite audit 2023"
      url: https://example.org/audit
      quote: "38.5% of bites were followed by fever"
      file: sources/audit.txt
      page: 2
  status: approved
  review_by: 2031-01-31
- id: tick-bite-rash-days
  statement: The rash after a tick bite lasts 3 to 30 days.
  subject: [tick bite rash]
  value: {low: 3, high: 30, unit: day}
  sources:
    - citation: "Valley Clinic. Tick bite audit 2023"
  status: draft
  review_by: 2031-01-31
"""
PAGE = "# Ticks\n\nIn the valley, fever follows 52% of tick bites.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "ticks.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


def entries(cache_folder: Path) -> list[Path]:
    return sorted((cache_folder / f"v{FORMAT}").glob("registry-claims-*.json"))


def lint(run_cli, *extra: str) -> list[tuple[str, str, str | None]]:
    """The figure findings (CC1xx) of linting the page: what the registry decides."""
    result = run_cli("lint", "page.md", "--registry", "claims", "--format", "json", *extra)
    findings = json.loads(result.stdout)["findings"]
    return [(f["code"], f["message"], f["registry_id"]) for f in findings if f["code"] < "CC2"]


def record_fields(registry) -> list:
    return [stored._encode(claim) + [claim.path] for claim in registry.claims]


def test_a_second_load_comes_from_the_cache_and_equals_the_yaml(
    project, own_cache_and_state, monkeypatch
):
    first = load_registry("claims")
    assert len(entries(own_cache_and_state)) == 1

    def no_yaml(*args, **kwargs):
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(registry_loader, "parse_claims", no_yaml)
    second = load_registry("claims")
    assert second.claims == first.claims
    assert record_fields(second) == record_fields(first)  # marks and paths too
    assert second.claims[0].position("value") == (5, 10)
    assert [claim.id for claim in second.drafts] == ["tick-bite-rash-days"]


def test_claims_decoded_in_chunks_equal_the_yaml_across_chunk_boundaries(
    project, own_cache_and_state, monkeypatch
):
    # the records are decoded a chunk at a time, a field at a time: claims of every shape
    # (a tolerance or none, sources or several, names or none) in chunks of two and three
    many = "".join(
        REGISTRY.replace("tick-bite-", f"tick-bite-{n}-").replace("Fever follows", f"In {n},")
        for n in range(5)
    )
    (project / "claims" / "ticks.yaml").write_text(many, encoding="utf-8")
    (project / "claims" / "more.yaml").write_text(
        REGISTRY.replace("tick-bite-", "more-"), encoding="utf-8"
    )
    first = load_registry("claims")
    for chunk in (2, 3):
        monkeypatch.setattr(stored, "CHUNK", chunk)
        again = load_registry("claims")
        assert again.claims == first.claims
        assert record_fields(again) == record_fields(first)  # marks, paths and types too
        assert [type(c.value.low) for c in again.claims] == [
            type(c.value.low) for c in first.claims
        ]


def test_the_same_files_under_another_name_are_named_as_given(project, own_cache_and_state):
    load_registry("claims")
    again = load_registry(project / "claims")
    assert again.claims[0].path == str(project / "claims" / "ticks.yaml")
    assert len(entries(own_cache_and_state)) == 1


def test_lint_findings_are_the_same_from_the_cache(project, run_cli, own_cache_and_state):
    fresh = lint(run_cli, "--no-cache")
    assert not own_cache_and_state.exists()
    assert fresh == lint(run_cli) == lint(run_cli)
    assert fresh[0][0] == "CC101" and fresh[0][2] == "tick-bite-fever-share"
    assert len(entries(own_cache_and_state)) == 1


def test_an_edited_registry_file_is_read_again(project, run_cli):
    assert lint(run_cli)[0][0] == "CC101"
    registry = project / "claims" / "ticks.yaml"
    registry.write_text(REGISTRY.replace("38.5", "52"), encoding="utf-8")
    assert [code for code, _m, _id in lint(run_cli)] == []


def test_a_registry_with_errors_is_never_stored(project, run_cli, own_cache_and_state):
    registry = project / "claims" / "ticks.yaml"
    registry.write_text(REGISTRY.replace("unit: percent", "unit: pecent"), encoding="utf-8")
    for _ in range(2):
        result = run_cli("lint", "page.md", "--registry", "claims")
        assert result.exit_code == 2
        assert "claims/ticks.yaml:5:" in result.stderr
    assert entries(own_cache_and_state) == []


def _forge(cache_folder: Path, document: object, *, sign_with: bytes | None) -> None:
    """Write ``document`` where the entry of the project's registry lives: signed with
    ``sign_with`` (None: a MAC of zeros)."""
    import hashlib
    import hmac

    files = sorted(Path("claims").glob("*.yaml"))
    key = stored.registry_key([p.name for p in files], [p.read_bytes() for p in files])
    payload = json.dumps(document).encode()
    mac = (
        hmac.new(sign_with, payload, hashlib.sha256).hexdigest().encode()
        if sign_with
        else b"0" * 64
    )
    path = cache_folder / f"v{FORMAT}" / stored.entry_name(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(mac + b"\n" + payload)


def _planted_value(project: Path) -> dict:
    """The entry claimcheck itself would write, with the fever share changed to 52%."""
    registry = load_registry(project / "claims", cache=False)
    document = stored.encode(registry.claims, project / "claims")
    document["claims"][0][4] = [52.0, 52.0, True, True, False, "percent"]
    return document


def test_a_planted_entry_changes_no_verdict(project, run_cli, own_cache_and_state):
    expected = lint(run_cli, "--no-cache")
    _forge(own_cache_and_state, _planted_value(project), sign_with=None)
    assert lint(run_cli) == expected
    _forge(own_cache_and_state, _planted_value(project), sign_with=b"another machine's key!!")
    assert lint(run_cli) == expected


@pytest.mark.parametrize(
    "damage",
    [
        lambda doc: doc["claims"][0].__setitem__(1, 7),  # a statement that is a number
        lambda doc: doc["claims"][0].__setitem__(10, 9),  # a file that is not listed
        lambda doc: doc["claims"][0].pop(),  # a record one field short
        lambda doc: doc.__setitem__("files", ["../elsewhere.yaml"]),
        lambda doc: doc["claims"][0].__setitem__(-1, "id,three,7"),  # a mark that is no mark
        lambda doc: doc["claims"][0].__setitem__(-1, [["id", 3, 7]]),  # marks not packed
        lambda doc: doc.__setitem__("format", 999),
        lambda doc: doc["claims"][-1][7].__setitem__(0, [None]),  # the last source damaged
        lambda doc: doc["claims"][0][2].append(3),  # a name that is a number
    ],
)
def test_an_authentic_but_malformed_entry_is_a_miss(project, run_cli, own_cache_and_state, damage):
    expected = lint(run_cli, "--no-cache")
    registry = load_registry(project / "claims", cache=False)
    document = stored.encode(registry.claims, project / "claims")
    damage(document)
    key = load_key()
    assert key is not None
    _forge(own_cache_and_state, document, sign_with=key)
    assert lint(run_cli) == expected
