"""What the matcher works out from each registry claim alone (its frame, content words,
vocabulary, wordings) is stored beside the registry cache after a lint and read by the next
run: the findings are the ones a run without any cache gives, a run that finds the values
stored works none of them out again, and a document claimcheck did not write (unsigned,
signed elsewhere, or authentic but malformed) is ignored whole."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

import pytest

from claimcheck.cache import FORMAT, load_key
from claimcheck.registry import load_registry, stored
from claimcheck.registry.model import NOT_WORKED_OUT, remembered
from claimcheck.verify import stored_memos
from claimcheck.verify.matching import claim_frame

REPO = Path(__file__).resolve().parent.parent

# one subject, claims told apart by their frames: age group, timepoint, measure, year
REGISTRY = """\
- id: otter-bite-infection-adults
  statement: Wound infection follows 12.5% of otter bites in adults aged 18–64.
  subject: [otter bites, otter bite]
  value: {value: 12.5, unit: percent}
  group: [aged 18–64]
  sources: [{citation: "Riverside Clinic. Otter bite audit 2024"}]
  status: approved
  review_by: 2031-01-31
- id: otter-bite-infection-children
  statement: Wound infection follows 21.0% of otter bites in children under 12.
  subject: [otter bites, otter bite]
  value: {value: 21.0, unit: percent}
  sources: [{citation: "Riverside Clinic. Otter bite audit 2024"}]
  status: approved
  review_by: 2031-01-31
- id: otter-bite-healed-6-weeks
  statement: Of otter bites, 88% had healed at 6 weeks.
  subject: [otter bites, otter bite]
  value: {value: 88, unit: percent}
  timepoint: 6 weeks
  sources: [{citation: "Riverside Clinic. Otter bite audit 2024"}]
  status: approved
  review_by: 2031-01-31
- id: otter-bite-healed-2-weeks
  statement: Of otter bites, 35% had healed at 2 weeks.
  subject: [otter bites, otter bite]
  value: {value: 35, unit: percent}
  timepoint: 2 weeks
  sources: [{citation: "Riverside Clinic. Otter bite audit 2024"}]
  status: approved
  review_by: 2031-01-31
- id: otter-bites-2019
  statement: The clinic treated 214 otter bites in 2019.
  subject: [otter bites, otter bite]
  value: {value: 214, unit: bites}
  sources:
    - {citation: "Riverside Clinic. Otter bite audit 2024", quote: "214 bites were seen in 2019"}
  status: approved
  review_by: 2031-01-31
"""
PAGE = """\
# Otter bites

Among adults aged 18 to 64, wound infection follows 14% of otter bites.
Children under 12 fare worse: 21% of their otter bites become infected.
Six weeks on, 88% of otter bites had healed; at two weeks only 40% had.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "otters.yaml").write_text(REGISTRY, encoding="utf-8")
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


def lint(run_cli, *extra: str) -> list[tuple[str, int, str, str | None]]:
    result = run_cli("lint", "page.md", "--registry", "claims", "--format", "json", *extra)
    findings = json.loads(result.stdout)["findings"]
    return [(f["code"], f["line"], f["message"], f["registry_id"]) for f in findings]


def documents(cache_folder: Path) -> list[Path]:
    return sorted((cache_folder / f"v{FORMAT}").glob("registry-derived-*.json"))


def test_a_later_run_reads_what_an_earlier_one_worked_out_and_finds_the_same(
    project, run_cli, own_cache_and_state
):
    expected = lint(run_cli, "--no-cache")
    assert {code for code, *_ in expected} >= {"CC101"}  # 14% and 40% conflict
    assert documents(own_cache_and_state) == []
    assert lint(run_cli) == expected  # the registry cache's entry and the values are written
    files = sorted(Path("claims").glob("*.yaml"))
    key = stored.registry_key([p.name for p in files], [p.read_bytes() for p in files])
    assert documents(own_cache_and_state) == [
        own_cache_and_state / f"v{FORMAT}" / stored.derived_name(key)  # the entry's key
    ]
    before = claim_frame.worked_out
    assert lint(run_cli) == expected
    assert claim_frame.worked_out == before  # every frame it needed was read, none worked out


def test_stored_values_are_read_once_per_loaded_registry(project, run_cli, own_cache_and_state):
    run_cli("lint", "page.md", "--registry", "claims")
    registry = load_registry("claims")
    given = stored_memos.read_memos(registry)
    assert given >= 4  # the frames and words of the candidates of the page's figures
    frame = remembered(claim_frame, registry.by_id["otter-bite-healed-6-weeks"])
    assert frame is not NOT_WORKED_OUT and frame.timepoints == frozenset({42.0})
    assert stored_memos.read_memos(registry) == 0
    assert stored_memos.read_memos(load_registry("claims", cache=False)) == 0  # no cache: none


def test_an_edited_registry_is_not_judged_by_values_stored_for_the_old_one(project, run_cli):
    assert lint(run_cli) == lint(run_cli)
    path = project / "claims" / "otters.yaml"
    path.write_text(REGISTRY.replace("timepoint: 2 weeks", "timepoint: 4 weeks"), "utf-8")
    assert lint(run_cli) == lint(run_cli, "--no-cache")
    assert load_registry("claims").by_id["otter-bite-healed-2-weeks"].timepoint == "4 weeks"
    registry = load_registry("claims")
    stored_memos.read_memos(registry)
    frame = remembered(claim_frame, registry.by_id["otter-bite-healed-2-weeks"])
    assert frame is not NOT_WORKED_OUT and frame.timepoints == frozenset({28.0})


def _written(project: Path) -> dict:
    """The document claimcheck itself writes for the project's registry, decoded."""
    registry = load_registry(project / "claims")
    stored_memos.read_memos(registry)
    for registry_claim in registry.claims:
        for function, _encode, _decode in stored_memos.MEMOS.values():
            function(registry_claim)
    store, key = stored.entry_of(registry)
    assert store.read_signed(stored.derived_name(key), stored_memos.MAX_MEMOS_BYTES) is None
    stored_memos.write_memos(registry)
    document = store.read_signed(stored.derived_name(key), stored_memos.MAX_MEMOS_BYTES)
    assert document is not None
    return document


def _plant(cache_folder: Path, document: object, sign_with: bytes | None) -> None:
    files = sorted(Path("claims").glob("*.yaml"))
    key = stored.registry_key([p.name for p in files], [p.read_bytes() for p in files])
    payload = json.dumps(document).encode()
    mac = hmac.new(sign_with, payload, hashlib.sha256).hexdigest().encode() if sign_with else b"0"
    path = cache_folder / f"v{FORMAT}" / stored.derived_name(key)
    path.write_bytes(mac.ljust(64, b"0") + b"\n" + payload)


def _frame_of(document: dict, claim_id: str) -> list:
    frames = document["memos"]["frame"]
    return frames["values"][frames["claims"][claim_id]]


@pytest.mark.parametrize("sign_with", [None, b"another machine's key!!"])
def test_a_planted_document_is_never_read(project, run_cli, own_cache_and_state, sign_with):
    expected = lint(run_cli, "--no-cache")
    document = _written(project)
    # every claim given the frame of the 6-week claim: the 2-week figure would match it
    six_weeks = document["memos"]["frame"]["claims"]["otter-bite-healed-6-weeks"]
    for claim_id in document["memos"]["frame"]["claims"]:
        document["memos"]["frame"]["claims"][claim_id] = six_weeks
    _plant(own_cache_and_state, document, sign_with)
    assert stored_memos.read_memos(load_registry("claims")) == 0
    assert lint(run_cli) == expected


@pytest.mark.parametrize(
    "damage",
    [
        lambda doc: doc.__setitem__("format", 999),
        lambda doc: doc["memos"].pop("words"),
        lambda doc: doc["memos"]["frame"]["claims"].__setitem__("no-such-claim", 0),
        lambda doc: doc["memos"]["frame"]["claims"].__setitem__("otter-bites-2019", 99),
        lambda doc: _frame_of(doc, "otter-bites-2019").__setitem__(0, "response"),  # not a list
        lambda doc: _frame_of(doc, "otter-bites-2019").pop(),  # a slot short
        lambda doc: _frame_of(doc, "otter-bites-2019").__setitem__(6, ["six weeks"]),
        lambda doc: doc["memos"]["wordings"]["values"][0].__setitem__(0, [1, None, []]),
        lambda doc: doc["memos"]["words"]["values"].__setitem__(0, "otter"),
    ],
)
def test_an_authentic_but_malformed_document_is_ignored_whole(
    project, run_cli, own_cache_and_state, damage
):
    expected = lint(run_cli, "--no-cache")
    document = _written(project)
    damage(document)
    _plant(own_cache_and_state, document, load_key())
    assert stored_memos.read_memos(load_registry("claims")) == 0
    assert lint(run_cli) == expected


REGISTRIES = [REPO / "claims", *sorted((REPO / "tests" / "fixtures").glob("registry_*"))]


def test_every_value_of_every_shipped_and_test_registry_comes_back_as_it_was():
    """Each value, written and read back, is equal and of the same types (365 stays an
    integer, 365.0 a float): a slot or value of a kind the store does not know fails here."""
    kinds = 0
    for folder in REGISTRIES:
        registry = load_registry(folder, cache=False)
        for registry_claim in registry.claims:
            for function, encode, decode in stored_memos.MEMOS.values():
                value = function(registry_claim)
                written = json.dumps(encode(value))
                back = decode(json.loads(written))
                assert back == value, (registry_claim.id, value)
                assert json.dumps(encode(back)) == written, (registry_claim.id, value)  # types
                kinds += 1
    assert kinds > 4_000
