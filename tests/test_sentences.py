"""The pipeline's sentencizer (nlp/sentences.py) starts every sentence where spaCy's does, after
the block boundaries have marked theirs: issue 17's extraction speed."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import SENT_START
from spacy.pipeline import Sentencizer
from test_regex_shortcuts import PROSE, soup

from claimcheck.documents.reader import read_document
from claimcheck.nlp.pipeline import build_pipeline
from claimcheck.nlp.sentences import ArraySentencizer

DRAFTS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "drafts"
EDGES = [
    "",
    " ",
    ".",
    "!!",
    "Hi. ",
    "a . . b",
    "。x",
    "Mr. Smith. ok",
    "\n\n.",
    "e.g. this one",
    'It rose (p < 0.01). Then? It fell!! "Quoted." 12 people.',
    "Smith et al. (2019) found 40%. No. 1 clinic. ¿Qué? ‼ Yes",
]


def _starts(sentencizer: Sentencizer, text: str) -> list[int]:
    nlp = build_pipeline()
    doc = nlp.get_pipe("claimcheck_blocks")(nlp.make_doc(text))
    sentencizer(doc)
    return doc.to_array([SENT_START]).tolist() if len(doc) else []


def _texts() -> list[str]:
    drafts = sorted(DRAFTS.glob("*.txt"))[:5] if DRAFTS.is_dir() else []
    return [*EDGES, *PROSE, *soup(1500, seed=49), *(read_document(p).analysis for p in drafts)]


@pytest.mark.parametrize("overwrite", [False, True])
def test_array_sentencizer_starts_sentences_where_spacys_does(overwrite: bool) -> None:
    spacys, ours = Sentencizer(overwrite=overwrite), ArraySentencizer(overwrite=overwrite)
    for text in _texts():
        assert _starts(ours, text) == _starts(spacys, text), text[:80]


def test_array_sentencizer_keeps_given_punctuation() -> None:
    spacys, ours = Sentencizer(punct_chars=[";"]), ArraySentencizer(punct_chars=[";"])
    for text in [*EDGES, *PROSE, "a; b. c; d"]:
        assert _starts(ours, text) == _starts(spacys, text), text


def test_pipeline_sentencizer_is_the_array_one() -> None:
    assert isinstance(build_pipeline().get_pipe("sentencizer"), ArraySentencizer)
