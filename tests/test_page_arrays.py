"""The rules' page read from arrays (issue 17, throughput) is the page read the plain way.

- paragraphs found line by line are ``PARAGRAPH``'s matches that are not all whitespace;
- sentences made when first read have the offsets and words of the sentences the Doc marks,
  and a page's content, sentence ranges and slices read the same from the offset arrays.
"""

from __future__ import annotations

import random

import pytest

from claimcheck.documents.document import BLOCK_BREAK
from claimcheck.documents.reader import read_document
from claimcheck.rules.page import PARAGRAPH, Sentences, _paragraphs, page_of

PIECES = (
    "\n", "\n\n", "\r\n", " ", "   ", "\t", "\u00a0", "\u2028", "\u3000", BLOCK_BREAK,
    f" {BLOCK_BREAK} ", "Cell therapy", "is studied.", "About 45% respond.", "- a bullet",
    "# A heading", "Costs", "?", "x",
)  # fmt: skip


def plain_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in PARAGRAPH.finditer(text) if not m.group().isspace())


@pytest.mark.parametrize("seed", range(40))
def test_paragraphs_line_by_line_are_the_pattern_s(seed):
    rng = random.Random(seed)
    for _ in range(50):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        assert _paragraphs(text) == plain_paragraphs(text), repr(text)


PAGE = (
    "# Liver cancer\n\n"
    "About 75% of primary liver cancers are HCC. Is it curable?\n\n"
    "- Surgery helps some patients.\n- Others get a transplant!\n\n"
    "Five-year survival is 21%.\n\n"
    "This page is not medical advice. Talk to your doctor.\n"
)


def test_sentences_made_when_read_are_the_doc_s(tmp_path):
    from claimcheck.nlp.pipeline import build_pipeline

    path = tmp_path / "page.md"
    path.write_text(PAGE)
    document = read_document(path)
    doc = build_pipeline()(document.analysis)
    page = page_of(document, doc)
    marked = [s for s in doc.sents if any(not t.is_space and t.text != "-" for t in s)]
    assert isinstance(page.sentences, Sentences)
    assert len(page.sentences) == len(marked) > 5
    for sentence, span in zip(page.sentences, marked, strict=True):
        words = [t for t in span if not t.is_space and t.text not in ("-", BLOCK_BREAK)]
        assert (sentence.start, sentence.end) == (words[0].idx, words[-1].idx + len(words[-1]))
        assert [w.text for w in sentence.words] == [t.lower_ for t in words]
    assert page.sentences[-1] is page.sentences[len(marked) - 1]  # made once, then kept
    assert page.sentences[1:3] == tuple(list(page.sentences)[1:3])
    assert page.content == (page.sentences[0].start, page.sentences[-1].end)
    question = next(s for s in page.sentences if s.is_question)
    assert page.sentence_range(question.start, question.end) == (
        list(page.sentences).index(question),
        list(page.sentences).index(question) + 1,
    )
    with pytest.raises(IndexError):
        page.sentences[len(marked)]


def _reference_holding(tokens) -> dict[str, list[int]]:
    """Each word's sentences read token by token, the plain way."""
    found: dict[str, list[int]] = {}
    for form, sentence in zip(tokens.form.tolist(), tokens.sentence.tolist(), strict=True):
        numbers = found.setdefault(tokens.words_of_form[form], [])
        if not numbers or numbers[-1] != sentence:
            numbers.append(sentence)
    return found


@pytest.mark.parametrize("seed", range(8))
def test_words_sentences_read_by_a_radix_sort_are_the_plain_ones(seed, tmp_path):
    """``PageTokens._by_form`` sorts the word numbers as 16-bit keys (numpy's radix sort):
    every word's sentences are those read token by token."""
    from claimcheck.nlp.pipeline import build_pipeline

    rng = random.Random(seed)
    words = [*PIECES, "Liver", "cancer", "HCC", "CAR-T", "trial", "is", "the", "a"]
    text = " ".join(rng.choice(words) for _ in range(rng.randint(50, 400)))
    path = tmp_path / "page.txt"
    path.write_text(text)
    document = read_document(path)
    page = page_of(document, build_pipeline()(document.analysis))
    expected = _reference_holding(page.tokens)
    assert {word: page.tokens.holding(word) for word in expected} == expected


def test_sentences_for_two_finders_are_those_both_can_match_in(tmp_path):
    """``sentences_for(terms, near)``: the sentences of ``terms`` where ``near``'s phrases
    can match too, each as ``sentences_for`` of either finder gives it."""
    from claimcheck.nlp.pipeline import build_pipeline
    from claimcheck.rules.words import PhraseFinder

    path = tmp_path / "page.md"
    path.write_text(
        "CAR-T for liver cancer is new. CAR-T is approved for lymphoma.\n\n"
        "Liver cancer is common. We offer CAR-T cell therapy for HCC.\n"
    )
    document = read_document(path)
    page = page_of(document, build_pipeline()(document.analysis))
    terms = PhraseFinder.of_terms(["CAR-T", "cell therapy"])
    near = PhraseFinder.of_terms(["liver cancer", "HCC"])
    near_starts = {sentence.start for sentence in page.sentences_for(near)}
    both = page.sentences_for(terms, near)
    assert both == [s for s in page.sentences_for(terms) if s.start in near_starts]
    assert [s.start for s in both] == [0, page.sentences[3].start]


def test_words_numbered_in_one_pass_with_the_forms_cache_kept_or_emptied(tmp_path):
    """``page_tokens`` numbers each distinct word once, in the order of its lower-case forms'
    hashes, two forms of one word sharing its number ("n’t" and "n't") and forms that are
    no word (a hyphen) left out; the process's cache of forms (``_WORDS``, where a form that
    is no word is kept as None) gives a page read again the numbers it had when read with
    the cache emptied."""
    from spacy.attrs import LOWER

    from claimcheck.nlp.pipeline import build_pipeline
    from claimcheck.rules import tokens
    from claimcheck.rules.words import APOSTROPHES

    path = tmp_path / "page.txt"
    path.write_text("It isn’t new - it isn't cheap. Don’t stop: HCC and hcc - again.\n")
    document = read_document(path)
    doc = build_pipeline()(document.analysis)
    tokens._WORDS.clear()
    first = tokens.page_tokens(doc)
    assert None in tokens._WORDS.values()  # the hyphen's form: kept as no word
    again = tokens.page_tokens(doc)  # every form read from the cache
    for page in (first, again):
        forms = sorted(set(doc.to_array([LOWER]).ravel().tolist()))
        plain: dict[str, int] = {}
        for key in forms:
            word = tokens.word_of(doc.vocab.strings[key])
            if word is not None:
                plain.setdefault(word, len(plain))
        assert page.numbering == plain
        assert page.words_of_form == list(plain)
        said = [t.lower_.translate(APOSTROPHES) for t in doc if t.text.strip() and t.text != "-"]
        assert [page.words_of_form[f] for f in page.form.tolist()] == said
    assert first.numbering == again.numbering and first.form.tolist() == again.form.tolist()
    assert first.numbering["n't"] == again.numbering["n't"]
    assert "n’t" not in first.numbering and "-" not in first.numbering
