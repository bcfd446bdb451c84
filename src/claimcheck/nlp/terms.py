"""``claimcheck_terms``: find registry subjects and context names in a text (PhraseMatcher).

Matching is case-insensitive and hyphen-insensitive ("Glypican-3", "glypican 3",
"glypican3" all match the term ``glypican-3``; "GPC-3" matches ``GPC3``), and a plural "s"
is tolerated. Terms are data,
so they are given through :meth:`TermMatcher.set_terms` (or ``initialize(terms=...)``), never
through the component's config; patterns are built with the tokenizer only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

TERMS_KEY = "terms"


LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)")


def surface_variants(term: str) -> set[str]:
    """The spellings a writer may use for one term: ``GPC3``, ``GPC-3``, ``GPC 3``;
    ``glypican-3``, ``glypican 3``, ``glypican3``; and a plural."""
    base = " ".join(term.split())
    spaced = re.sub(r"\s*-\s*", " ", LETTER_DIGIT.sub(" ", base))
    variants = {base, spaced, spaced.replace(" ", "-"), re.sub(r"\s*-\s*", "", base)}
    variants.add(re.sub(r"\s*-\s*", " ", base))
    variants |= {_plural(v) for v in variants if v[-1:].isalpha() and not v.endswith("s")}
    return {v for v in variants if v}


def _plural(phrase: str) -> str:
    if phrase.endswith("y") and phrase[-2:-1] not in ("a", "e", "o", "u"):
        return phrase[:-1] + "ies"
    return phrase + "s"


class TermMatcher:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")

    def set_terms(self, terms: Iterable[str]) -> None:
        """Replace the known terms; each match is labelled with the term as given."""
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for term in sorted(set(terms)):
            patterns = list(self.nlp.tokenizer.pipe(sorted(surface_variants(term))))
            self.matcher.add(term, patterns)

    def initialize(self, get_examples=None, *, nlp=None, terms: Iterable[str] = ()) -> None:
        self.set_terms(terms)

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)
        ]
        doc.spans[TERMS_KEY] = filter_spans(spans)
        return doc


@Language.factory("claimcheck_terms")
def make_term_matcher(nlp: Language, name: str) -> TermMatcher:
    return TermMatcher(nlp)
