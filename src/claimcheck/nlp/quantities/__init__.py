"""Rule-based quantity finding: ``find_quantities(text)`` returns every quantitative claim.

Modules, one job each: ``numbers`` reads numerals and number words, ``units`` the unit lexicon,
``lexicon`` comparators and other words that qualify a number, ``filters`` what is not a
claim, ``finder`` the scan that puts them together.
"""

from claimcheck.nlp.quantities.finder import find_quantities

__all__ = ["find_quantities"]
