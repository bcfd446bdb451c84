"""How the extraction tests write an expected figure, shared by the tables of issue 11's kinds."""

from __future__ import annotations


def fig(surface, low, high=..., unit=None, approx=False, li=True, hi=True, **extra):
    """One expected figure as ``extract --format json`` prints it; ``high`` defaults to
    ``low`` (a point); ``extra`` holds fields such as ``role`` or ``spread``."""
    return {
        "text": surface,
        "low": low,
        "high": low if high is ... else high,
        "low_inclusive": li,
        "high_inclusive": hi,
        "approx": approx,
        "unit": unit,
        **extra,
    }


def extract_paragraphs(folder, texts, html=False):
    """Each text as one paragraph of one Markdown draft in ``folder`` (of an HTML draft, one
    ``<p>`` a line, with ``html``), extracted in one ``claimcheck extract --format json`` run:
    {text: [(offset in its paragraph, quantity)]}. Checks the offset contract (``text ==
    file[start:end]``) for every quantity."""
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    opening = "<p>" if html else ""
    path = folder / ("paragraphs.html" if html else "paragraphs.md")
    if html:
        path.write_text("".join(f"<p>{text}</p>\n" for text in texts), encoding="utf-8")
    else:
        path.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    by_text: dict = {text: [] for text in texts}
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for quantity in claim["quantities"]:
            assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
            start = file_text.rfind("\n", 0, quantity["start"]) + 1 + len(opening)
            end = file_text.find("\n", quantity["start"]) - (len("</p>") if html else 0)
            by_text[file_text[start:end]].append((quantity["start"] - start, quantity))
    return by_text


def assert_read_as(got, text, expected):
    """The figures of one paragraph are ``expected`` (see :func:`fig`), at their offsets."""
    import pytest

    assert [q["text"] for _, q in got] == [e["text"] for e in expected]
    for (offset, quantity), want in zip(got, expected, strict=True):
        assert offset == text.index(want["text"])
        assert quantity["end"] - quantity["start"] == len(want["text"])
        for key, value in want.items():
            wanted = pytest.approx(value) if isinstance(value, float) else value
            assert quantity[key] == wanted, key


def extract_drafts(folder, drafts):
    """Each entry of ``drafts`` ({name: [paragraph, …]}) as a Markdown draft of its own, all
    extracted in one ``claimcheck extract --format json`` run: {name: {paragraph: [(offset in
    its paragraph, quantity)]}}. For readings that depend on the rest of the document; checks
    the offset contract (``text == file[start:end]``) for every quantity."""
    import json

    from click.testing import CliRunner

    from claimcheck.cli import main

    for name, paragraphs in drafts.items():
        (folder / f"{name}.md").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(folder)])
    assert result.exit_code == 0, result.output
    found: dict = {name: {text: [] for text in paragraphs} for name, paragraphs in drafts.items()}
    for document in json.loads(result.stdout)["documents"]:
        name = document["path"].replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".md")
        file_text = (folder / f"{name}.md").read_text(encoding="utf-8")
        for claim in document["claims"]:
            for quantity in claim["quantities"]:
                assert file_text[quantity["start"] : quantity["end"]] == quantity["text"]
                start = file_text.rfind("\n", 0, quantity["start"]) + 1
                end = file_text.find("\n", quantity["start"])
                found[name][file_text[start:end]].append((quantity["start"] - start, quantity))
    return found


def cases_by_kind(kinds):
    """``{kind: [(text, expected), ...]}`` as one list of ``(kind, text, expected)`` rows, the
    shape the held-out kind tests parametrise over."""
    return [(kind, text, expected) for kind, cases in kinds.items() for text, expected in cases]


def extracted_quantities(tmp_path, extract_json, sentence: str) -> tuple[str, list[dict]]:
    """(the draft's text, every quantity ``extract --format json`` reads in it) for one
    sentence written as a Markdown draft under ``tmp_path``."""
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    return draft.read_text(encoding="utf-8"), [q for c in claims for q in c["quantities"]]


def figure_texts(path, draft, extract_json):
    """Write ``draft`` to ``path`` and return the surface text of every figure read from it,
    in order (``extract_json`` is the conftest fixture)."""
    path.write_text(draft, encoding="utf-8")
    claims = extract_json(path)["documents"][0]["claims"]
    return [q["text"] for c in claims for q in c["quantities"]]


def paragraph_tests(kinds: dict, tag: str):
    """The rows of ``kinds`` (:func:`cases_by_kind`) and a module's four pieces that read each
    row's sentence as one paragraph of one Markdown draft and one HTML draft, and check it:
    ``ROWS, read_markdown, read_html, test_form_in_markdown, test_form_in_html =
    paragraph_tests(KINDS, "s52")`` at a test module's top."""
    import pytest

    rows = cases_by_kind(kinds)
    texts = [text for _, text, _ in rows]

    @pytest.fixture(scope="module")
    def read_markdown(tmp_path_factory):
        """Every row's sentence read as one paragraph of one Markdown draft."""
        return extract_paragraphs(tmp_path_factory.mktemp(f"{tag}md"), texts)

    @pytest.fixture(scope="module")
    def read_html(tmp_path_factory):
        """Every row's sentence read as one ``<p>`` of one HTML draft."""
        return extract_paragraphs(tmp_path_factory.mktemp(f"{tag}html"), texts, html=True)

    @pytest.mark.parametrize(("kind", "text", "expected"), rows)
    def test_form_in_markdown(read_markdown, kind, text, expected):
        assert_read_as(read_markdown[text], text, expected)

    @pytest.mark.parametrize(("kind", "text", "expected"), rows)
    def test_form_in_html(read_html, kind, text, expected):
        assert_read_as(read_html[text], text, expected)

    return rows, read_markdown, read_html, test_form_in_markdown, test_form_in_html
