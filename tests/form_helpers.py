"""One sentence read as real pages hold it: prose, a list item, a Markdown table cell and an
HTML paragraph, for the extraction-form tests that check a kind reads the same in each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

FORMS = ("prose", "list", "cell", "html")


def wrapped(form: str, sentence: str) -> tuple[str, str]:
    """(file suffix, draft) holding ``sentence`` as prose, a list item, a table cell or an
    HTML paragraph."""
    if form == "prose":
        return ".md", sentence + "\n"
    if form == "list":
        return ".md", "Notes:\n\n- " + sentence + "\n"
    if form == "cell":
        return ".md", "| Note |\n|---|\n| " + sentence + " |\n"
    return ".html", "<html><body><p>" + sentence + "</p></body></html>\n"


def claims_in(tmp_path: Path, extract_json: Callable, form: str, sentence: str) -> list[dict]:
    """The claims ``claimcheck extract --format json`` reads from ``sentence`` in ``form``."""
    suffix, draft = wrapped(form, sentence)
    path = tmp_path / f"page{suffix}"
    path.write_text(draft, encoding="utf-8")
    return extract_json(path)["documents"][0]["claims"]


def figures_in(tmp_path: Path, extract_json: Callable, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, unit, approx) of every figure read from ``sentence`` in ``form``."""
    return [
        (q["text"], q["low"], q["high"], q["unit"], q["approx"])
        for c in claims_in(tmp_path, extract_json, form, sentence)
        for q in c["quantities"]
    ]


def bounds_in(tmp_path: Path, extract_json: Callable, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, low_inclusive, high_inclusive, approx) of every figure read."""
    return [
        (q["text"], q["low"], q["high"], q["low_inclusive"], q["high_inclusive"], q["approx"])
        for c in claims_in(tmp_path, extract_json, form, sentence)
        for q in c["quantities"]
    ]


def figures_and_groups(
    folder: Path, texts: list[str], group_fields: tuple[str, ...]
) -> dict[str, tuple[list[str], list[tuple]]]:
    """Each text as one paragraph of one Markdown draft, extracted in one run by
    ``claimcheck extract``: {text: (figure surfaces, [a tuple of ``group_fields`` per group
    label])}, every offset checked against the file."""
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    path = folder / "groups.md"
    path.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    found: dict = {text: ([], []) for text in texts}

    def paragraph(start: int) -> str:
        return file_text[file_text.rfind("\n", 0, start) + 1 : file_text.find("\n", start)]

    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for quantity in claim["quantities"]:
            assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
            found[paragraph(quantity["start"])][0].append(quantity["text"])
        for group in claim["groups"]:
            assert file_text[group["start"] : group["end"]] == group["text"]
            found[paragraph(group["start"])][1].append(tuple(group[f] for f in group_fields))
    return found


def units_of(tmp_path: Path, extract_json: Callable, name: str, draft: str) -> list[tuple]:
    """(text, low, unit) of each figure ``claimcheck extract`` reads from ``draft`` written
    as ``tmp_path / name`` (the name's suffix chooses the reader): the page's currency tests."""
    path = tmp_path / name
    path.write_text(draft, encoding="utf-8")
    return [
        (q["text"], q["low"], q["unit"])
        for c in extract_json(path)["documents"][0]["claims"]
        for q in c["quantities"]
    ]


def html_page(lang_attr: str, body: str, head: str = "") -> str:
    """A one-paragraph HTML page with ``lang_attr`` on its root (``' lang="es-MX"'``) and
    ``head`` in its head (a ``<meta>``)."""
    return f"<html{lang_attr}><head>{head}</head><body><p>{body}</p></body></html>\n"


def quantities_by_file(folder: Path, drafts: dict[str, str]) -> dict[str, list[dict]]:
    """Each draft written as ``folder / name`` and all read by one ``claimcheck extract
    --format json`` run: {file name: its quantities as JSON}, every offset checked against
    the file (the table tests read many small drafts at once)."""
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    for name, text in drafts.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(folder)])
    assert result.exit_code == 0, result.output
    found = {}
    for document in json.loads(result.stdout)["documents"]:
        name = document["path"].replace("\\", "/").rsplit("/", 1)[-1]
        text = (folder / name).read_text(encoding="utf-8")
        quantities = [q for claim in document["claims"] for q in claim["quantities"]]
        for quantity in quantities:
            assert text[quantity["start"] : quantity["end"]] == quantity["text"]
        found[name] = quantities
    return found


def assert_cells_read_as(quantities: list[dict], expected: list[tuple]) -> None:
    """The quantities of one draft are ``expected``, in order: (text, low, unit) each, a low
    of None for a figure with no lower end (the table tests of sessions 56 and 57)."""
    import pytest

    got = [(q["text"], q["low"], q["unit"]) for q in quantities]
    assert [text for text, _, _ in got] == [text for text, _, _ in expected]
    for (_, low, unit), (_, want_low, want_unit) in zip(got, expected, strict=True):
        assert low == (None if want_low is None else pytest.approx(want_low))
        assert unit == want_unit


def table_cell_tests(tables: dict[str, tuple[str, list[tuple]]], folder: str) -> tuple:
    """(fixture, test) for a module's table drafts: ``tables`` maps a file name to (draft,
    expected cells as :func:`assert_cells_read_as` takes them); all are read by one extract
    run into a temporary ``folder``. At a test module's top: ``read_tables,
    test_table_figures_are_the_cells = table_cell_tests(TABLES, "s58_tables")``."""
    import pytest

    @pytest.fixture(scope="module")
    def read_tables(tmp_path_factory):
        drafts = {name: text for name, (text, _) in tables.items()}
        return quantities_by_file(tmp_path_factory.mktemp(folder), drafts)

    @pytest.mark.parametrize("name", list(tables))
    def test_table_figures_are_the_cells(read_tables, name: str) -> None:
        assert_cells_read_as(read_tables[name], tables[name][1])

    return read_tables, test_table_figures_are_the_cells
