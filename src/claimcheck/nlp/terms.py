"""``claimcheck_terms``: find registry subjects and context names in a text.

Names compare by their *key*: lower case with everything but letters and digits removed
(:func:`~claimcheck.registry.loader.normalise_term`), so "Glypican-3", "glypican 3" and
"glypican3" are one name, and so are "GPC-3" and "GPC3"; a plural ("carcinomas",
"therapies") finds its singular, and a condition's adjective its name ("infertile",
"osteoporotic", "diabetic", "autistic", "epileptic": :data:`WORD_FORMS`). The scan walks
the tokens once, extending a
candidate name token by token only while it is the prefix of some known key, so its cost
depends on the text, and setting up a registry of 10,000 claims takes a fraction of a second
(a PhraseMatcher with a pattern per spelling took 18 s there). Terms are data, given through
:meth:`TermFinder.set_terms` (or ``initialize(terms=...)``), never through the config.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimcheck.nlp.lay_names import lay_name_patterns
from claimcheck.nlp.tokenizer import doc_text
from claimcheck.nlp.tokens import token_rows
from claimcheck.registry.loader import normalise_term

TERMS_KEY = "terms"
MAX_TERM_TOKENS = 12  # the longest name, in tokens, that the scan will follow
OPENS_MAX = 200_000  # token texts whose answer is kept, forgotten past this many
JOINERS = frozenset("-/'’")  # punctuation inside a name ("CAR-T", "PD-1/PD-L1")
# … and any mark with no space on either side, when a registry name goes on ("RTS,S")
NON_KEY = re.compile(r"[\W_]+")


NUMBERED_STEP = re.compile(r"(stage|grade|phase|step)([1-9])")
"""A stage, grade, phase or step by its number (a key: ``stage5``), which a page may say as
an ordinal before it ("the fifth stage") or a word after it ("stage five")."""
ORDINALS = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
CARDINALS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


NO_NAME = re.compile(r"^\s*no\s+", re.IGNORECASE)
ABSENCE_WORDS = ("without", "withoutany", "withouta", "withoutan")
"""How a page says a registry name that opens with "no": "no booster" is "without a booster"."""


def singular(key: str) -> str:
    """The key a plural stands for: "therapies" -> "therapy", "carcinomas" -> "carcinoma",
    "hot flushes" -> "hot flush"."""
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith(("shes", "ches", "xes", "zes")) and len(key) > 5:
        return key[:-2]  # "hot flushes" -> "hot flush", "rashes" -> "rash"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return key


SPENDING_VERB = r"\b(?:spen[dt]s?|spending)\b"
SPENT_MONEY = (
    r"(?=[^.;:]{0,60}?(?:[$£€¥₹]|\b(?:USD|GBP|EUR|dollars|pounds|euros|billions?|trillions?"
    r"|millions?|bn|money|funds)\b))(?:\W+[^\s.;:%]+){1,8}?"
)
"""The words between a spending verb and "on": who spent it and how much money (a currency
sign, code or word), never a share or a time ("spent over 10% of their budget on health",
"spent 40 minutes on health care" are no spending)."""
SPENDING_HEADS = frozenset({"spending", "expenditure", "expenditures", "spend", "outlay"})
"""The last words of a name of money spent (``health care spending``, ``drug expenditure``)."""


def _lay_paraphrases(labels: dict[str, str]) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """A registry name said by its everyday name (:mod:`~claimcheck.nlp.lay_names`: "brittle
    bones" for osteoporosis, "blood thinners" for anticoagulants), for each name of the field
    the registry holds, singular or plural."""
    found = []
    for pattern, name in LAY_LOOKUP:
        key = normalise_term(name)
        names = tuple(dict.fromkeys(labels[k] for k in (key, f"{key}s") if k in labels))
        if names:
            found.append((pattern, names))
    return tuple(found)


LAY_LOOKUP = lay_name_patterns()


def _spending_paraphrases(
    names: Iterable[str],
) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """A spending name said with its verb: "health care spending" in "spent $4.9 trillion on
    health care", "Britain's spend on healthcare", "spending on health care came to …" (the
    money spent on what the name's first words say; the words between are the amount and
    who spent it). One pattern per name, searched only in a text that says "spen"."""
    found = []
    for name in sorted(names):
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in SPENDING_HEADS:
            continue
        first = r"\W*".join(re.escape(word) for word in words[:-1])  # "health care", "healthcare"
        pattern = re.compile(
            SPENDING_VERB + rf"(?:{SPENT_MONEY})?\W+on\W+"
            rf"(?:the\W+|its\W+|their\W+)?{first}\b",
            re.IGNORECASE,
        )
        found.append((pattern, (name,)))
    return tuple(found)


SPELLINGS = {
    # American -> British, as medical writing spells them (keys: lower case, no spaces)
    "anemi": "anaemi",
    "leukemi": "leukaemi",
    "glycemi": "glycaemi",
    "septicemi": "septicaemi",
    "ischemi": "ischaemi",
    "lipidemi": "lipidaemi",
    "cholesterolemi": "cholesterolaemi",
    "uricemi": "uricaemi",
    "kalemi": "kalaemi",
    "natremi": "natraemi",
    "toxemi": "toxaemi",
    "hemoglobin": "haemoglobin",
    "hemorrhag": "haemorrhag",
    "hematolog": "haematolog",
    "hemophili": "haemophili",
    "hematom": "haematom",
    "hematuri": "haematuri",
    "hemodialys": "haemodialys",
    "hemochromat": "haemochromat",
    "hemolys": "haemolys",
    "hemolyt": "haemolyt",
    "edema": "oedema",
    "esophag": "oesophag",
    "estrogen": "oestrogen",
    "estradiol": "oestradiol",
    "pediatric": "paediatric",
    "orthopedic": "orthopaedic",
    "gynecolog": "gynaecolog",
    "diarrhea": "diarrhoea",
    "tumor": "tumour",
    "fiber": "fibre",
    "center": "centre",
    "liter": "litre",
    "behavior": "behaviour",
    "anesthe": "anaesthe",
    "cesarean": "caesarean",
    "celiac": "coeliac",
    "dyslipidemi": "dyslipidaemi",
    "hospitalization": "hospitalisation",
    "immunization": "immunisation",
    "randomized": "randomised",
    "organization": "organisation",
    "hemostat": "haemostat",
    "gonorrhea": "gonorrhoea",
    "apnea": "apnoea",
    "dyspnea": "dyspnoea",
    "etiolog": "aetiolog",
    "hemorrhoid": "haemorrhoid",
    "feces": "faeces",
    "fecal": "faecal",
    "ameb": "amoeb",
    "leukocyt": "leucocyt",
}
"""American and British spellings of medical words (a registry written in one, a page in
the other): each name is also found in its other spelling."""
_TO_BRITISH = re.compile("|".join(sorted(SPELLINGS, key=len, reverse=True)))
_TO_AMERICAN = re.compile("|".join(sorted(SPELLINGS.values(), key=len, reverse=True)))
_AMERICAN = {british: american for american, british in SPELLINGS.items()}


@lru_cache(maxsize=65536)
def other_spelling(key: str) -> str:
    """A name's key in its other spelling: American where it is British ("anaemia" ->
    "anemia"), else British where it is American ("fiber" -> "fibre"; asked second, as a
    British word holds the American one: "oesophagus" holds "esophag"); the key itself when
    it has no such word."""
    american = _TO_AMERICAN.sub(lambda m: _AMERICAN[m.group()], key)
    if american != key:
        return american
    return _TO_BRITISH.sub(lambda m: SPELLINGS[m.group()], key)


def _inner_singulars(term: str) -> tuple[str, ...]:
    """The keys of a name of several words with one of its inner plurals said singular:
    "patients per nurse" is said "each additional patient per nurse", "years of life lost"
    "year of life lost" (its last word's plural is :func:`singular`'s)."""
    words = term.split()
    if len(words) < 2:
        return ()
    forms = []
    for index, word in enumerate(words[:-1]):
        key = normalise_term(word)
        if len(key) > 4 and key.endswith("s") and singular(key) != key:
            said = [*words[:index], singular(key), *words[index + 1 :]]
            forms.append(normalise_term(" ".join(said)))
    return tuple(forms)


WORD_FORMS = (
    ("ity", "e"),  # infertility -> infertile, obesity -> obese
    ("osis", "otic"),  # osteoporosis -> osteoporotic, psychosis -> psychotic
    ("etes", "etic"),  # diabetes -> diabetic
    ("sion", "sive"),  # hypertension -> hypertensive, depression -> depressive
    ("ion", "ed"),  # infection -> infected, vaccination -> vaccinated, depression -> depressed
    ("mission", "mitted"),  # readmission -> readmitted, transmission -> transmitted
    ("isation", "ised"),  # hospitalisation -> hospitalised, immunisation -> immunised
    ("ization", "ized"),  # hospitalization -> hospitalized
    ("ia", "ic"),  # anaemia -> anaemic, anorexia -> anorexic
    ("ancy", "ant"),  # pregnancy -> pregnant
    ("ception", "ceive"),  # conception -> conceive (-> conceiving, conceived)
    ("ism", "istic"),  # autism -> autistic
    ("psy", "ptic"),  # epilepsy -> epileptic, narcolepsy -> narcoleptic
    ("hma", "hmatic"),  # asthma -> asthmatic
    ("asis", "atic"),  # psoriasis -> psoriatic
    ("itis", "itic"),  # arthritis -> arthritic
    ("rgy", "rgic"),  # allergy -> allergic
    # a habit's doers: smoking -> smokers, drink-driving -> drink-drivers, vaping -> vapers
    ("ing", "er"),
    # … and the habit said as a verb: vaping -> vaped, screening -> screened
    ("ing", "ed"),
)
"""The adjective a condition's name takes in running text ("19% are infertile" names
infertility): the endings of English medical nouns and their adjectives, applied to the
last word of a name."""
MIN_FORM_STEM = 3  # letters a name keeps before its ending, so short keys are left alone


def word_forms(key: str) -> tuple[str, ...]:
    """Other keys the same name is written as: "infertility" -> ("infertile",);
    "conception" -> ("conceive", "conceiving", "conceived"): a verb in -ceive is
    said with -ing and -d too (conceiving, conceived)."""
    forms = [
        key[: -len(ending)] + form
        for ending, form in WORD_FORMS
        if key.endswith(ending) and len(key) - len(ending) >= MIN_FORM_STEM
    ]
    verbs = [f for form in forms if form.endswith("ceive") for f in (form[:-1] + "ing", form + "d")]
    return tuple(forms + verbs)


_DIED = r"\b(?:died|die|dies|dying|deaths?|lost\W+their\W+lives)\b[^.;:\n]{0,30}?"
PARAPHRASES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(
            _DIED + r"\bbefore\W+(?:reaching\W+|turning\W+)?(?:their|his|her|the\W+age\W+of"
            r"|age)\W+(?:fifth\W+birthday|five|5)\b|\bdid\W+not\W+(?:live|survive)\W+(?:to\W+"
            r"(?:see|reach)\W+)?(?:their|the\W+age\W+of)\W+(?:fifth\W+birthday|five|5)\b"
            r"|\b(?:children|kids)\W+(?:under|below|younger\W+than)\W+(?:the\W+age\W+of\W+)?"
            r"(?:five|5)(?:\W+years(?:\W+old)?)?\W+(?:died|die|dying)\b(?!\W+(?:of|from)\b)",
            re.IGNORECASE,
        ),
        ("underfivedeaths", "under5deaths", "underfivemortality", "under5mortality",
         "underfivemortalityrate", "under5mortalityrate", "childdeaths", "childmortality"),
    ),
    (
        re.compile(
            _DIED + r"\b(?:in|within|during)\W+(?:the\W+|their\W+)?(?:first\W+(?:month|28\W+days"
            r"|four\W+weeks)(?:\W+of\W+life)?|28\W+days\W+of\W+(?:birth|life))\b",
            re.IGNORECASE,
        ),
        ("neonataldeaths", "newborndeaths", "neonatalmortality", "neonatalmortalityrate",
         "newbornmortality"),
    ),
    (
        re.compile(
            _DIED + r"\b(?:before\W+(?:reaching\W+|turning\W+)?(?:their|the\W+age\W+of)\W+"
            r"(?:first\W+birthday|one|1)\b|(?:in|within|during)\W+(?:the\W+|their\W+)?first\W+"
            r"year\W+of\W+life)\b",
            re.IGNORECASE,
        ),
        ("infantdeaths", "infantmortality", "infantmortalityrate"),
    ),
)  # fmt: skip
"""How pages say the child-mortality names of WHO and UN IGME reports in words: "died before
their fifth birthday" and "children under five died" (not "died of" a cause) say under-five
deaths (or mortality), "died in their first month" or
"within 28 days of birth" neonatal deaths, "before their first birthday" infant deaths. Each
is read as every registry name of the kind the registry holds (the figure's frame, a count or
a rate, picks among them)."""


UN_PARTICIPLE = re.compile(r"un[a-z]{4,}ed")
NEGATIONS = ("not", "never", "notbeen", "neverbeen", "notyetbeen", "notyet")
"""How a page says a name made of "un" and a participle (``undiagnosed``, ``untreated``,
``unvaccinated``): ``not diagnosed``, ``never been diagnosed``, ``not yet vaccinated``."""


ALONE = "alone"
ALONE_SAID = ("byitself", "onitsown", "bythemselves", "ontheirown", "monotherapy", "only")
"""How a page says a treatment given without the others (an add-on trial's control arm,
"aspirin alone"): "aspirin by itself", "aspirin on its own", "aspirin monotherapy", "aspirin
 only"."""


SUSPENDING = frozenset({"and", "or", ","})
SUSPENDED_WORDS = 3  # words before "and" that may share a name's head ("South Asian and …")
"""What stands between a word and the name whose last words it shares ("white and South Asian
adults")."""


ONLY_THIS_ITEM = frozenset({"alone", "only", "monotherapy"})
COMBINED = frozenset({"plus", "+", "with", "and"})
"""A last word that sets its item apart from the one before "and" (``chemotherapy alone``),
and the words that make that one part of a combination (``… plus chemotherapy and``): then
the two share no head."""


class TermFinder:
    def __init__(self) -> None:
        self.labels: dict[str, str] = {}  # key (and its singular) -> the name as registered
        self.also: dict[str, tuple[str, ...]] = {}  # a name -> the names it is a word form of
        self.prefixes: frozenset[str] = frozenset()
        self.known: frozenset[str] = frozenset()  # the names last set: setting them again is free
        self.paraphrased: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = ()
        self.given: object = None  # the collection they came in: the same one again is free too
        self._opens: dict[str, bool] = {}  # a token's lower-case text -> may a name start there
        self.acronyms: frozenset[str] = frozenset()  # the names that are acronyms ("NHIS")

    def set_terms(self, terms: Iterable[str]) -> None:
        """Replace the known names; each match is labelled with the name as registered."""
        if terms is self.given and isinstance(terms, tuple):  # one registry's, linted again
            return
        self.given = terms
        known = frozenset(terms)
        if known == self.known:
            return
        self.known = known
        labels: dict[str, str] = {}
        for term in sorted(known):
            key = normalise_term(term)
            if key:
                labels.setdefault(key, term)
                if not term.isupper():  # an acronym is no plural: CARES is not "care"
                    labels.setdefault(singular(key), term)
                for form in _inner_singulars(term):
                    labels.setdefault(form, term)
        also: dict[str, list[str]] = {}
        for key, term in list(labels.items()):  # a name itself wins over another's word form
            # (or its other spelling: "fiber" finds "fibre", "anaemia" finds "anemia")
            forms = (key, *word_forms(key))
            spelt = tuple(other_spelling(form) for form in forms)
            for form in (*forms[1:], *(s for s, f in zip(spelt, forms, strict=True) if s != f)):
                held = labels.setdefault(form, term)
                if held != term and normalise_term(held) == form:
                    # … and is said as both: "autistic", a name of some claims, still says
                    # "autism", the name of the rest ("an autistic person" is a person with autism)
                    also.setdefault(held, [])
                    if term not in also[held]:
                        also[held].append(term)
        self.also = {held: tuple(terms) for held, terms in also.items()}
        for term in sorted(known):  # "no contraception" is said "without any contraception"
            if NO_NAME.match(term):
                rest = normalise_term(NO_NAME.sub("", term))
                for said in ABSENCE_WORDS:
                    labels.setdefault(said + rest, term)
        for key, term in list(labels.items()):  # "stage 5" is said "the fifth stage"
            if numbered := NUMBERED_STEP.fullmatch(key):
                word, number = numbered.group(1), int(numbered.group(2))
                labels.setdefault(ORDINALS[number] + word, term)
                labels.setdefault(word + CARDINALS[number], term)
        for key, term in list(labels.items()):  # "aspirin alone" is said "aspirin by itself"
            if key.endswith(ALONE) and len(key) > len(ALONE):
                for said in ALONE_SAID:
                    labels.setdefault(key[: -len(ALONE)] + said, term)
        for key, term in list(labels.items()):  # "undiagnosed" is said "never been diagnosed"
            if UN_PARTICIPLE.fullmatch(key):
                for said in NEGATIONS:
                    labels.setdefault(said + key[2:], term)
        self.labels = labels
        self._opens = {}
        self.acronyms = frozenset(
            term for term in known if term.isupper() and term.isalpha() and 3 <= len(term) <= 7
        )
        self.prefixes = frozenset(key[:i] for key in labels for i in range(1, len(key) + 1))
        self.paraphrased = (
            tuple(
                (pattern, tuple(labels[key] for key in keys if key in labels))
                for pattern, keys in PARAPHRASES
                if any(key in labels for key in keys)
            )
            + _spending_paraphrases(known)
            + _lay_paraphrases(labels)
        )

    def initialize(self, get_examples=None, *, nlp=None, terms: Iterable[str] = ()) -> None:
        self.set_terms(terms)

    def _longest_at(
        self, rows: _Lowered, start: int, stop: int | None = None
    ) -> tuple[int, str] | None:
        """The end and label of the longest known name starting at token ``start`` (and
        ending before token ``stop``, when given)."""
        key, found = "", None
        last = min(len(rows.lowers), start + MAX_TERM_TOKENS)
        if stop is not None:
            last = min(last, stop)
        for index in range(start, last):
            text = rows.lowers[index]
            part = text if text.isalnum() else NON_KEY.sub("", text)
            glued = index > start and not rows.spaced[index - 1] and not rows.spaced[index]
            if text.isspace() or (not part and text not in JOINERS and not glued):
                break  # a mark glued on both sides joins too: "RTS,S", "Tdap+IPV"
            if index > start and rows.spaced[index - 1] and not part:
                break
            key += part
            label = self.labels.get(key) or self.labels.get(singular(key))
            if part and label is not None and not _acronym_in_lower_case(label, rows, start, index):
                found = (index + 1, label)
            if key not in self.prefixes:
                break
        return found

    def _opens_name(self, text: str) -> bool:
        """Whether :meth:`_longest_at` can find a name starting at a token of this (lower-case)
        text: its key is a name, a plural of one, or the start of a longer one. Most words of
        a page are none of these; the answer is kept per text, so a word the page repeats is
        looked at once, not through the scan's steps each time."""
        opens = self._opens.get(text)
        if opens is None:
            if len(self._opens) > OPENS_MAX:
                self._opens.clear()
            key = text if text.isalnum() else NON_KEY.sub("", text)
            opens = self._opens[text] = (
                key in self.prefixes
                or self.labels.get(key) is not None
                or self.labels.get(singular(key)) is not None
            )
        return opens

    def _inside(self, rows: _Lowered, start: int, end: int) -> list[tuple[int, int, str]]:
        """The names said inside a longer one from token ``start`` (its first) to ``end``
        ("HIV" in "living with HIV", "AIDS" in "AIDS-related illnesses"): a clause about
        people living with HIV names HIV too."""
        inner = []
        index = start
        while index < end:
            found = None
            if rows.lowers[index][:1].isalnum():
                # a name at the longer one's own start must end before it does
                found = self._longest_at(rows, index, end - 1 if index == start else end)
            if found and found[0] <= end:
                inner.append((index, found[0], found[1]))
                index = found[0]
            else:
                index += 1
        return inner

    def _straddling(self, rows: _Lowered, start: int, end: int) -> tuple[int, int, str] | None:
        """A name that starts inside the one found from token ``start`` to ``end`` and goes
        on past it ("hepatitis C" in "chronic hepatitis C", where "chronic hepatitis" is a
        name too): both are said, and the longer reach names what the text is about."""
        for index in range(start + 1, end):
            if not rows.lowers[index][:1].isalnum():
                continue
            found = self._longest_at(rows, index)
            if found and found[0] > end:
                return index, found[0], found[1]
        return None

    def _suspended(self, rows: _Lowered, start: int, end: int) -> tuple[int, int, str] | None:
        """A word before "and"/"or" that, with the found name's last words, is a name too:
        in "white and South Asian adults" the "white" says "white adults", the head the two
        share being said once. None when there is no such word."""
        if start < 2 or rows.lowers[start - 1] not in SUSPENDING:
            return None
        words = ""
        for first in range(start - 2, max(start - 2 - SUSPENDED_WORDS, -1), -1):
            word = rows.lowers[first]  # "white", then "south asian": one word more each
            if not word.isalpha():
                return None
            words = word + words
            tail = ""
            for index in range(end - 1, start, -1):  # the name's last words, one more each
                tail = NON_KEY.sub("", rows.lowers[index]) + tail
                if tail in ONLY_THIS_ITEM and (
                    rows.lowers[start] == rows.lowers[first]
                    or (first > 0 and rows.lowers[first - 1] in COMBINED)
                ):
                    # "pembrolizumab plus chemotherapy and chemotherapy alone": the first
                    # "chemotherapy" is part of a combination, and the word said again sets
                    # the two apart, so "alone" is the second item's only
                    break
                key = words + tail
                label = self.labels.get(key) or self.labels.get(singular(key))
                if label is not None:
                    return first, start - 1, label
        return None

    def __call__(self, doc: Doc) -> Doc:
        """Tokens are read as lists (nlp/tokens.py), not as a Token object each: the scan
        looks at every token of every draft."""
        spans = []
        if self.labels and len(doc):
            rows = _lowered(doc)
            prefixes, lowers = self.prefixes, rows.lowers
            # the words that may open a name, each asked once: most of a page's tokens are
            # none, and the scan visits only those that are (not every token in turn)
            opening = {
                text
                for text in set(lowers)
                if text[:1] in prefixes and text[:1].isalnum() and self._opens_name(text)
            }
            index = 0  # the first token no name found so far covers
            for start in [i for i, text in enumerate(lowers) if text in opening]:
                if start < index:
                    continue
                index = start
                found = self._longest_at(rows, index)
                if found:
                    end, label = found
                    spans.append(Span(doc, index, end, label=label))
                    spans.extend(Span(doc, index, end, label=n) for n in self.also.get(label, ()))
                    inner = self._inside(rows, index, end)
                    spans.extend(Span(doc, s, e, label=n) for s, e, n in inner)
                    straddling = self._straddling(rows, index, end)
                    if straddling is not None:  # "chronic hepatitis C": "hepatitis C" too
                        spans.append(Span(doc, *straddling))
                    suspended = self._suspended(rows, index, end)
                    if suspended is not None:  # "white and South Asian adults"
                        spans.append(Span(doc, *suspended))
                    index = end
        # the text read once (:func:`doc_text`): ``doc.text`` makes a Token of every token
        # on each access, and was read twice here and again for every paraphrase pattern
        text = doc_text(doc)
        if self.acronyms and SPELLED_RUN_NEEDLE.search(text):
            for start, end, name in spelled_acronyms(text, self.acronyms):
                span = doc.char_span(start, end, label=name, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        for pattern, names in self.paraphrased:  # "died before their fifth birthday"
            if names and pattern.pattern.startswith(SPENDING_VERB) and "spen" not in text:
                continue  # (a spending name's pattern needs its verb)
            for found in pattern.finditer(text):
                for name in names:
                    span = doc.char_span(*found.span(), label=name, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
        doc.spans[TERMS_KEY] = spans
        return doc


SPELLED_RUN = re.compile(
    r"\b[A-Z][a-z]+(?:[ \u00a0-]+(?:(?:of|and|for|on|in|the|&)[ \u00a0]+)*[A-Z][a-z]+){2,6}\b"
)
"""A run of three to seven capitalised words, small linking words between them: where an
acronym may be spelt out ("National Health Interview Survey", "Office for National
Statistics")."""
SPELLED_RUN_NEEDLE = re.compile(r"[A-Z][a-z]+[ \u00a0-]+(?:[a-z&]+[ \u00a0]+)*[A-Z][a-z]")
LINKING_WORDS = frozenset({"of", "and", "for", "on", "in", "the", "&"})


def spelled_acronyms(text: str, acronyms: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each run of capitalised words in ``text`` whose initials spell a
    registered acronym of three to seven letters: "the 2022 National Health Interview Survey"
    says ``NHIS``, "the Office for National Statistics" ``ONS``, as a source's own first
    mention spells it (a linking word's initial is left out, as acronyms leave it out)."""
    found = []
    for run in SPELLED_RUN.finditer(text):
        words = [
            (m.start(), m.end(), m.group())
            for m in re.finditer(r"[^\s\u00a0-]+", run.group())
            if m.group().lower() not in LINKING_WORDS  # ("Office For Health Statistics")
        ]
        for first in range(len(words)):
            for last in range(len(words) - 1, first + 1, -1):
                letters = "".join(word[0] for _s, _e, word in words[first : last + 1])
                if letters in acronyms:
                    start = run.start() + words[first][0]
                    found.append((start, run.start() + words[last][1], letters))
                    break
            else:
                continue
            break
    return found


@dataclass(frozen=True)
class _Lowered:
    lowers: list[str]  # each token's text in lower case (Token.lower_)
    spaced: list[bool]  # whether a space follows it (Token.whitespace_)
    texts: list[str]  # each token's text as written


ACRONYM_PLURAL = re.compile(r"[A-Z][A-Z0-9]*[A-Z]s")
"""An acronym's plural, ``MIs``, ``PEs``, ``UTIs``: the acronym's name said of several
(:func:`singular` leaves three letters alone, ``its`` and ``has`` being no plurals)."""


def _acronym_in_lower_case(label: str, rows: _Lowered, start: int, end: int) -> bool:
    """Whether a name registered in capitals (``STONE``, ``FAST``, ``CARES``: a trial's
    acronym, letters only) is written here in lower case only, tokens ``start`` to ``end``:
    ``kidney stone``, ``fast``, ``care`` are words, not the trial (``Stone`` with a capital,
    and ``gpc3`` for ``GPC3``, whose digits make it no word, are still the name)."""
    if not (label.isupper() and label.isalpha()):
        return False  # (a name with digits, "GPC3", is no word when written "gpc3")
    written = "".join(rows.texts[start : end + 1])
    return written.islower()


def _lowered(doc: Doc) -> _Lowered:
    rows = token_rows(doc)
    return _Lowered(
        [
            text[:-1].lower()
            if text[-1:] == "s" and text[:1].isupper() and ACRONYM_PLURAL.fullmatch(text)
            else text.lower()
            for text in rows.texts
        ],
        rows.spaced,
        rows.texts,
    )


@Language.factory("claimcheck_terms")
def make_term_finder(nlp: Language, name: str) -> TermFinder:
    return TermFinder()
