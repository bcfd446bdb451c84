"""What is not a claim: numbers that name, date, cite, number or decorate rather than measure.

Two kinds of filter. :func:`blocked_spans` finds whole stretches (dates, citations, URLs, phone
numbers, addresses, opening hours, footnote markers, ranks) once per text; any candidate that
overlaps one is dropped. The ``is_*`` predicates judge one candidate by the words that touch it
(``Phase 2``, ``Glypican 3 (GPC3)``, ``In 2023 licensed clinics``, ``open 7 days a week``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from claimcheck.nlp.quantities import units
from claimcheck.nlp.quantities.clock_times import clock_times
from claimcheck.nlp.quantities.digit_starts import digit_runs
from claimcheck.nlp.quantities.end_anchored import EndAnchored
from claimcheck.nlp.quantities.first_chars import StartScanned, guarded
from claimcheck.nlp.quantities.legal_references import legal_references
from claimcheck.nlp.quantities.lexicon import (
    COUNTABLE_NOUNS,
    INDEX_NAMES,
    LAB_FLAG,
    LABEL_WORDS,
    PLACE_WORDS,
)
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.scale_headers import scale_headers
from claimcheck.nlp.quantities.service_numbers import service_number_spans
from claimcheck.nlp.quantities.times_signs import capital_times_sign_before
from claimcheck.nlp.quantities.word_starts import at_word_starts, requires_character

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_YEAR = r"(?:1[5-9]\d\d|2[01]\d\d)"
CAPITAL_UNIT = (
    r"(?:(?:m|µ|μ|u)?IU\b|U/|Gy\b|c?Sv\b|[MGk]?Bq\b|[kM]?Hz\b"
    r"|[A-Z][A-Za-z]{0,3}/(?:[dcmµμ]?L|kg|mL)\b)"
)
"""A unit that opens with a capital letter (``IU/dL``, ``U/L``, ``Gy``, ``mSv``'s ``Sv``,
``MBq``, ``Hz``), which a number at the start of a line is the figure of, not a section number
before a title."""
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
"""A day of a month, 1 to 31, with or without its ordinal ending."""
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?\.?"
_CLOCK = rf"(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?(?:{H}*[ap]\.?m\.?)?"
_CLOCK_RANGE = (
    rf"{_CLOCK}{H}*(?:[-–—]|to|until|till|til){H}*{_CLOCK}(?![\d%])"
    rf"(?!{H}*(?:%|per|times|(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?)\b))"
)
"""A span of opening hours: ``9–5``, ``9am–5pm``, ``8:30 to 18:00``; never ``3-4 days``."""
_CLOCK_MINUTES = rf"(?:[01]?\d|2[0-3])[:.](?:00|15|30|45)(?:{H}*[ap]\.?m\.?)?"
"""A time of day with its quarter-hour minutes, ``9.30``, ``4:45``, ``10.00am``."""
_ROUTE = r"(?:[A-Z]{1,2}-?)?\d{1,4}[A-Z]?\b"
"""A transit route's name: ``704``, ``12``, ``M4``, ``U6``, ``S5``, ``N29``, ``12A``."""
_PAGE = r"[A-Za-z]?\d{1,8}"
_PAGE_RANGE = rf"{_PAGE}{H}*[-–—]{H}*{_PAGE}\b(?![.,]\d|{H}*(?:[-–—%]|[a-z]))"
_PAGES = rf"{_PAGE}\b(?:{H}*[-–—]{H}*{_PAGE}\b)?(?![.,]\d|{H}*(?:[-–—%]|[a-z]))"
_ISSUE = rf"(?:(?i:suppl?)\.?{H}?)?[A-Za-z]?\d{{1,5}}(?:[-–]\d{{1,5}})?"
"""A reference's pages (``593–602``, ``e596–e646``, ``S1-S10``, ``m1091``) and its issue in
brackets (``6``, ``10184``, ``Suppl 1``, ``3-4``)."""
_US_STATE = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI"
    r"|S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
)
_STREET_TYPE = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl|Court|Ct"
    r"|Square|Sq|Terrace|Tce|Crescent|Cres|Close|Highway|Hwy|Parkway|Pkwy|Row|Gardens|Mews"
    r"|Quay|Wharf|Parade|Pde|Circus|Grove)"
)
_UPPER = "ÀÁÂÃÄÅÆÇČĎÈÉÊËĚÌÍÎÏŁŃŇÑÒÓÔÕÖØŘŚŠŤÙÚÛÜŮÝŹŻŽ"
_LOWER = "àáâãäåæçčďèéêëěìíîïłńňñòóôõöøřśšťùúûüůýźżžß"
_NO_PLURAL_END = "".join(
    f"(?<!{end})" for end in "ans ons ers nts ies ees sts ors ths ses ps ks ds ts gs ys".split()
)
"""A capitalised word that does not end as a plural noun or people's name does (``Americans``,
``Londoners``, ``Patients``, ``Steps``): a city may (``Paris``, ``Athens``)."""
_STREET_SUFFIX = (
    r"stra(?:ß|ss)e|str|gasse|weg|platz|allee|damm|ufer|chaussee|steig|straat|laan|gracht|plein"
    r"|kade|singel|gatan|gata|vägen|väg|vej|gade|katu|[\w]{5}tie|utca|ulice|ova|ová|ská|ského"
    r"|ní|ého"
)
"""How street names end in German, Dutch, Nordic, Finnish, Hungarian and Czech."""
_STREET_TYPE_FIRST = (
    r"Via|Viale|Corso|Piazza|Piazzale|Largo|Vicolo|Calle|Carrer|Avenida|Avda|Paseo|Plaza"
    r"|Rambla|Rua|Praça|Travessa|Strada|Ulica|ul|al|Aleja|Náměstí|nám|třída|Rue|Avenue"
    r"|Boulevard|Quai|Chemin|Allée"
)
"""Street types written before the name (``Via Roma 12``, ``ul. Marszałkowska 10``)."""
_NAME_PARTICLE = r"de|del|della|delle|dei|degli|di|da|do|dos|das|des|du|la|le|les|el|d['’]\w+"
_COUNTED = r"patients|people|adults|children|women|men|cases|deaths|participants|clinics|beds"
_NOT_A_STREET = (
    r"In|At|On|By|Of|To|For|With|From|About|Over|Under|Around|Nearly|Only|Just|All|Some|Aged"
    r"|Age|Ages|Since|Until|After|Before|During|And|Or|But|The|A|An|Table|Figure|Fig|Phase"
    r"|Stage|Grade|Step|Week|Day|Month|Year|Cycle|Visit|Group|Arm|Cohort|Part|Section"
    r"|Chapter|Page|Version|Model|Type|Level|Class|Round|Game|Season"
    # the short names of blood tests and vital signs in a results line: Hb 132, Plt 250
    r"|Hb|Hgb|Hct|Plt|Plts|WCC|WBC|Na|Cl|Ca|Mg|Cr|Creat|Urea|Alb|Bili|Glu|Gluc|Temp|Pulse|Sats"
)
"""Capitalised words that never name a street (``In 12, …``, ``Table 2, Panel B``, a
results line's ``Hb 132, Plt 250``)."""
LISTICLE_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
LISTICLE_ADJECTIVES = (
    r"simple|easy|common|key|surprising|little|early|warning|important|quick|proven|great|big"
    r"|hidden|healthy|everyday|essential|top|best|worst|crucial|telltale|tell-tale|subtle|silent"
    r"|practical|expert|natural|smart|useful|unexpected|lesser-known|must-know|vital"
)
LISTICLE_NOUNS = (
    r"things|signs|ways|myths|facts|tips|reasons|questions|mistakes|secrets|habits|rules|tricks"
    r"|hacks|lessons|steps|truths|misconceptions|benefits|foods|symptoms|causes|red flags|dos"
    r"|strategies|ideas|exercises|stretches|recipes|changes"
)
"""A listicle's heading: a small count, an optional adjective, and a noun for items of the
text (``7 signs of``, ``Five simple ways to``, ``3 myths about``)."""
_FUNDING_ID_LABEL = (
    rf"\b(?i:(?:research{H}+)?(?:grants?|awards?|contracts?|projects?|fellowships?"
    rf"|studentships?|(?:grant{H}+)?agreements?))"
    rf"(?:{H}+(?i:numbers?|nos?\.?|ID|IDs|ref(?:erence)?s?\.?|codes?))?"
    rf"(?:{H}+(?i:is|was))?{H}*[:#(]?{H}*"
)
"""What opens a funder's identifier: ``grant``, ``award no.``, ``contract``, ``project
reference``, ``fellowship``, ``grant agreement``, then a colon, ``#`` or a bracket (``grant
number: 17/44/29``, ``grant #45678``, ``grant (204829/Z/16/Z)``)."""
_FUNDING_ID = (
    r"(?:(?!\d{1,3}(?![\w/]|[.-]\w)|\d+\.\d+(?![\w/]|[.-]\w))"
    r"(?=[\w/.-]*\d)[A-Za-z\d][\w/.-]*[A-Za-z\d])"
    r"(?![\w/]|[.-]\w)"
    rf"(?:[ \u00a0][A-Z]{{1,4}}\d[\w/.-]*[A-Za-z\d](?![\w/]|[.-]\w)){{0,2}}"
    rf"(?!{H}*(?:%|[.,]\d)|{H}+(?!(?:was|is|has|its|this|thus|as|his|funds|supports|covers"
    rf"|pays|provides|runs|ends|expires|includes)\b)[a-z]+s\b)"
    rf"|\d{{1,3}}(?![\w/]|[.-]\w)(?={H}*(?:[.,;:)](?!\d)|$)|{H}+(?:from|with|of|to|for|and|in"
    rf"|on|at|by|under|was|is|which|that|funded|supported|paid|covered)\b)"
)
"""A funder's identifier: one run of letters, digits, ``/``, ``.`` and ``-`` that holds a
digit (``17/44/29``, ``2019-1234``, ``204829/Z/16/Z``, ``HHSN272201400008C``, ``12345``), read to
its end, and the NIH's institute code after its activity code (``R01 HL123456``, ``5 U01
AI069924``). Never a count or a share after a verb of the same spelling (``contract 12
nurses``, ``grant 3 weeks of leave``, ``project 40% growth``): a plural noun or a percent
after the number makes it an amount, a decimal is a measure (``agreement was 0.82``), and a
bare number of up to three digits is an identifier only before punctuation or a word of the
funding line (``grant 12 from``, never ``grant 12 children places`` nor ``contract 12,000``)."""
_NOT_DEEP_IN_WORD = r"(?<![\w.+-]{65})"
_NOT_DEEP_IN_DOTTED = r"(?<![\d.]{65})"
"""Not 65 or more characters into a run of word characters (or of digits and points): a
blocker that reads a run to its end (an e-mail address's local part, a version string's
numbers) is tried only near where a run starts, so an unbroken run of 80,000 characters
(``1.234.234…``) is read in linear time, not from each of its 20,000 word boundaries. No
e-mail address or version number is that long: where a run is, the match starts at its
first word boundary."""
_DAY_RANGE = r"[ \u00a0]*(?:[–-]|to)[ \u00a0]*\d{1,3}"
"""The far end of a range of days: ``–90``, `` to 100``."""
_BLOCKERS: list[tuple[str, str]] = [
    # URLs, DOIs, e-mail addresses, database identifiers
    ("l", r"(?:https?://|www\.)\S+"),
    # a test's significance level, not a finding: "significant at the 5% level", "at the 1%
    # significance level", "a 5% level of significance"
    (
        "ld",
        r"\b(?:significan(?:t|tly|ce)\s+at\s+the\s+\d{1,2}(?:\.\d+)?\s?%\s+level"
        r"|(?:at\s+the\s+|an?\s+)?\d{1,2}(?:\.\d+)?\s?%\s+(?:significance\s+level|level\s+of\s+significance))\b",
    ),
    # a rounding note: "may not add up to 100", "do not sum to 100%"
    (
        "l",
        r"\b(?:not|doesn[’']t|don[’']t|won[’']t)\s+(?:add|sum|total)(?:\s+up)?\s+(?:to\s+)?100\b(?:\s?%)?",
    ),
    ("dl", r"\b(?:doi:\s*|https?://doi\.org/)?10\.\d{4,9}/\S+"),
    ("dulp", rf"\b{_NOT_DEEP_IN_WORD}[\w.+-]+@[\w-]+\.[\w.]+"),
    ("u", r"\b(?:PMCID|PMID|ISBN|ISSN|DOI|NCT|ID)\s*:?\s*[\w-]*\d[\w-]*"),
    # session 58 (s58x): labels and furniture with digits. School years name a class of
    # pupils ("school years 8 and 9", "Year 10 pupils"); a rounding note ("rounded to 1
    # decimal place"); a shop's count of reviews or ratings in brackets beside its score
    # ("(2,140 ratings)", "(86 reviews)"); a version of a radio or a system ("Bluetooth
    # 5.3", "USB 2.0", "Wi-Fi 6"); a board paper's number ("TB(25)087"); a performance
    # status scale ("ECOG performance status 0–2", a grade as ECOG PS 0–1 is)
    (
        "ul",
        r"\b(?i:school)[ \u00a0]+(?i:years?)[ \u00a0]+\d{1,2}"
        r"(?:(?:[ \u00a0]*[,–-][ \u00a0]*|[ \u00a0]+(?:and|or|to)[ \u00a0]+)\d{1,2})*\b"
        r"|\bYears?[ \u00a0]+\d{1,2}(?:(?:[ \u00a0]*[,–-][ \u00a0]*|[ \u00a0]+(?:and|or|to)"
        r"[ \u00a0]+)\d{1,2})*(?=[ \u00a0]+(?:pupils|students|children|girls|boys|classes)\b)",
    ),
    (
        "l",
        r"\bto[ \u00a0]+(?:\d|one|two|three)[ \u00a0]+(?:decimal[ \u00a0]+places?"
        r"|significant[ \u00a0]+(?:figures?|digits?))\b",
    ),
    (
        "p",
        r"\([ \u00a0]*\d{1,3}(?:,\d{3})*[ \u00a0]+(?i:reviews?|ratings?|votes?|customer"
        r"[ \u00a0]+reviews?)[ \u00a0]*\)",
    ),
    (
        "u",
        r"\b(?:Bluetooth|USB|Wi-?Fi|HDMI|Android|iOS|iPadOS|macOS|Windows)(?:®)?"
        r"(?:[ \u00a0]+(?:LE|Low[ \u00a0]+Energy|Type-?C))?[ \u00a0]+\d{1,2}(?:\.\d{1,2})?\b",
    ),
    ("u", r"\b[A-Z]{1,4}\(\d{2}\)\d{1,4}\b"),
    (
        "u",
        r"\bECOG(?:[ \u00a0]+(?:PS|performance[ \u00a0]+status))?(?:[ \u00a0]+(?:of|score))?"
        r"[ \u00a0]+\d(?:[ \u00a0]*(?:[–-]|to|or)[ \u00a0]*\d)?\b",
    ),
    # the days of a stay a cost-sharing table prices (s58x): "Days 61–90", "Days 91 and
    # beyond", "Days 101+", "(days 21–44)", "for days 1–4": which days, a label
    (
        "u",
        rf"\bDays?[ \u00a0]+\d{{1,3}}(?:{_DAY_RANGE}|\+|[ \u00a0]+(?:and|or)[ \u00a0]+"
        r"(?:beyond|after|later|over|more|onwards?|up))?(?![\d.,%]|[ \u00a0]*%)",
    ),
    (
        "l",
        r"(?:(?<=\()|(?<=\bfor )|(?<=\bon )|(?<=\bfrom ))days[ \u00a0]+\d{1,3}"
        r"(?:" + _DAY_RANGE + r"|\+|[ \u00a0]+and[ \u00a0]+(?:beyond|after|over|more))",
    ),
    # a drug plan's price basis (s58x): "30-day supply" over a column of copays, "$35 for
    # a one-month supply"; a limit on it ("limited to a 30-day supply") and how long a pack
    # lasts ("90 softgels (a 3-month supply)") stay figures
    (
        "dl",
        r"(?:(?<=\bper )|(?<=\bfor a )|(?<=\bfor an )|(?<=\beach )|(?<=, )|(?<=\u2029 )"
        r"|(?<=\u2029))"
        r"(?:\d{1,3}|one|two|three|six|twelve)[-‐ ](?:day|week|month)[ \u00a0]+supply\b",
    ),
    # a study's subgroup by kidney function (s58x): "the AUC rose 2.4-fold at CrCl 30–49
    # mL/min": whom the figure is about, as an age group is
    (
        "l",
        r"\bat[ \u00a0]+(?:a[ \u00a0]+)?(?:CrCl|e?GFR|creatinine[ \u00a0]+clearance)[ \u00a0]+"
        r"(?:of[ \u00a0]+)?(?:\d{1,3}[ \u00a0]*[–-][ \u00a0]*\d{1,3}|(?:under|below|over|above"
        r"|less[ \u00a0]+than|more[ \u00a0]+than|[<>≤≥])[ \u00a0]*\d{1,3})"
        r"(?:[ \u00a0]*mL/min(?:/1\.73[ \u00a0]?m²)?)?",
    ),
    # a product named with its strength where a heading opens with it or after a slash
    # between two products (s58x): "# Brandol 250 mg film-coated tablets", "Brandol 10
    # mg/mL oral solution"; the composition sentence's "Each tablet contains 250 mg" counts
    (
        "up",
        r"(?:^|(?<=[\u2028\u2029#/]))[ \t]*"
        r"(?!(?:Take|Takes|Give|Use|Apply|Swallow|Chew|Add|Mix|Dissolve|Inject|Buy|Order|Try"
        r"|Get|Each|The|A|An|One|Two|Our|Your|Adults|Children|Dose|Dosage|Max|Maximum|Usual"
        r"|Then|Also|Only|Both|All|Avoid|Do|Don't|Never)\b)(?:[A-Z][A-Za-z]+[ \u00a0-]){1,3}"
        r"\d+(?:\.\d+)?[ \u00a0]*(?:mg|g|mcg|µg|micrograms?|%|IU|units)"
        rf"(?:/{H}*\d*{H}*(?:mL|ml|g|dose|actuation))?{H}+"
        r"(?=(?:(?:film-coated|gastro-resistant|prolonged-release|modified-release|orodispersible"
        r"|chewable|effervescent|dispersible|soluble|hard|soft|oral|sugar-free)[ \u00a0]+)*"
        r"(?:tablets?|capsules?|concentrate|solution|suspension|injection|infusion|cream"
        r"|ointment|gel|syrup|powder|inhalers?|spray|patch(?:es)?|drops|granules|lozenges"
        r"|pessar(?:y|ies)|liquid)\b)",
    ),
    # a diluent named by its strength (s58x): "diluted in sodium chloride 9 mg/mL (0.9%)
    # solution", "glucose 5% infusion"; a liquid medicine's strength in brackets after it:
    # "infant paracetamol liquid (120 mg/5 ml)"
    (
        "l",
        r"\b(?:sodium[ \u00a0]+chloride|glucose|dextrose)[ \u00a0]+\d+(?:\.\d+)?[ \u00a0]*"
        r"(?:mg/m[lL]|%)(?:[ \u00a0]*\([ \u00a0]*\d+(?:\.\d+)?[ \u00a0]*%[ \u00a0]*\))?",
    ),
    (
        "l",
        r"\b(?:liquid|suspension|syrup|oral[ \u00a0]+solution|elixir)[ \u00a0]*\([ \u00a0]*"
        r"\d+(?:\.\d+)?[ \u00a0]*(?:mg|micrograms|mcg|µg)[ \u00a0]*(?:/|in|per)[ \u00a0]*"
        r"\d+(?:\.\d+)?[ \u00a0]*m[lL][ \u00a0]*\)",
    ),
    # a formula's constants (s58x): "(140 − age)", "72 × serum creatinine", "weight (kg) /
    # 3600", "multiplied by 0.85 for women": parts of how a value is worked out, no claims
    (
        "dp",
        r"\(?\d+(?:\.\d+)?[ \u00a0]*[−–×x*/÷+-][ \u00a0]*\(?(?:age|weight|height|serum"
        r"[ \u00a0]+creatinine|creatinine|SCr)\b",
    ),
    (
        "p",
        r"\((?:kg|cm|m|mg/dL|µmol/L|mmol/L|years?|m²)\)\]?[ \u00a0]*[/×*÷][ \u00a0]*"
        r"\d+(?:\.\d+)?\b",
    ),
    (
        "ulp",
        r"(?:[Mm]ultipl(?:y|ied|ying)(?:[ \u00a0]+\w+){0,2}?[ \u00a0]+by|[×*])[ \u00a0]*"
        r"\d(?:\.\d+)?[ \u00a0]+(?:for|in|if)[ \u00a0]+"
        r"(?:women|females?|men|males?)\b",
    ),
    # footnote markers: Markdown's [^2] and its definitions
    ("p", r"\[\^[^\]\s]{1,20}\]"),
    # a cell count's unit written alone, as a reference-range table's Units column holds it
    # (s57x): "×10⁹/L", "x10^9/L", "× 10^12/L", "x109/L" (the superscript lost); with a
    # number before it the power is the number's ("4.5 ×10⁹/L"), read by the finder
    (
        "lp",
        rf"(?<![\d.,])(?<![\d.,]{H})(?<![\d.,]{H}{H})[x×]{H}?10(?:\^|\*\*)?[⁰¹²³⁴⁵⁶⁷⁸⁹0-9]{{1,2}}"
        rf"{H}?/{H}?(?:[mµμu]?[lL]|mm3|mm³|cmm|kg)\b",
    ),
    # a statistical bulletin's notes (s57x): "[note 1]", "(note 4)", "see note 4 for details",
    # "notes 2 and 3"; a word after the number that is not a preposition makes it a count
    # ("please note 40 patients were lost"), and a decimal is a figure the verb reports ("the
    # report notes 8.8 cases per 1000")
    (
        "ul",
        rf"\b[Nn]otes?{H}+\d{{1,3}}[a-z]?(?:{H}*(?:,|and|&|to|[-–]){H}*\d{{1,3}}[a-z]?)*"
        rf"(?![.,]\d)(?=[\])]|{H}*[.,;:!?]|{H}+(?:for|and|in|of|on|to|at|about|below|above)\b|{H}*$)",
    ),
    # and a caret's, glued after a figure's sign or a word (45%^2, deaths^3, (n = 40)^1); a
    # unit's power keeps its caret (kg/m^2, mm^3, 10^6 cells)
    ("p", r"(?:(?<=[%)\]])|(?<=[A-Za-z]{3}))\^\d{1,2}(?![\d.,])"),
    # the name of a regimen or a rule: the 5:2 diet, 16:8 fasting, the 80/20 rule, 4-7-8
    # breathing (a chain of three or more numbers is never one figure)
    (
        "d",
        rf"\b\d{{1,2}}[:/]\d{{1,2}}(?=[-{H[1:-1]}]+(?i:diets?|fasting|fasts?|plans?|rules?"
        rf"|methods?|eating|protocols?|regimes?|breathing|technique)\b)"
        r"|(?<![\w.,\-–])\d{1,2}(?:-\d{1,2}){2,}(?![\w.,%\-–])",
    ),
    # the shape of a table or a trial's design: a 2 × 2 table, a 3x3 grid, a 2 x 2 factorial
    (
        "d",
        rf"\b\d{{1,2}}{H}*[x×X]{H}*\d{{1,2}}(?={H}*-?{H}*(?i:tables?|grids?|matri(?:x|ces)"
        rf"|factorial|contingency|crossover|cross-over)\b)",
    ),
    # a subscript or superscript in Pandoc's Markdown, part of a name: CO~2~, H~2~O, x^2^
    ("p", r"(?<=[A-Za-z)])(?:~[\w.]{1,6}~|\^[\w.]{1,6}\^)(?![~^])"),
    # a listicle's count that opens a heading or a line: "7 signs of dehydration", "Here are 6
    # things to know", "10 ways to lower …" number the text's own items, never things in the
    # world ("Two symptoms appear in most patients" and "3 signs were seen" stay counts: the
    # listicle noun must be followed by a word that announces the list)
    (
        "dpu",
        rf"(?:(?:^|[\u2028\u2029]+)[ \t]*(?:(?i:the|top){H}+)?"
        rf"|(?<![\w-])(?i:here{H}+are|here['’]s|these{H}+are|these){H}+)[ \t]*"
        rf"(?:\d{{1,2}}|(?i:{LISTICLE_NUMBERS}))(?={H}+(?:(?i:{LISTICLE_ADJECTIVES}){H}+)?"
        rf"(?i:{LISTICLE_NOUNS}){H}+(?i:to|about|of|for|that|you|every|which|why|when|from|on"
        rf"|in|parents|doctors|your|we|I)\b)",
    ),
    # ranks: #1, No. 1, No1 (the wording rules read them as superlatives; they measure nothing)
    ("p", rf"(?<![\w&#])#{H}?\d+(?:st|nd|rd|th)?\b"),
    ("ul", rf"\bN(?:o|O)\.?{H}?\d+\b(?!{H}*%)|\bno\.{H}?\d+\b"),
    # opening hours: Mon–Fri 9–5, Saturdays 10-2, open 8 to 6, 24/7/365
    (
        "u",
        rf"\b{_WEEKDAY}(?:{H}*(?:[-–—&,]|to|through|thru|and){H}*{_WEEKDAY})*{H}*[:,]?{H}*"
        rf"(?:from{H}+)?{_CLOCK_RANGE}",
    ),
    (
        "ul",
        rf"\b(?i:open(?:s|ing)?|(?:office|clinic|visiting|surgery){H}+hours|close[sd]?|closing)"
        rf"(?:{H}+(?i:from|daily|weekdays|between|hours|times|are|is))*{H}*:?{H}*{_CLOCK_RANGE}",
    ),
    # "the clinic runs from 9.30 to 4.30": two clock times with minutes after a verb of
    # running a service (never a plain "from 2.5 to 4.0 mg": no unit may follow)
    (
        "ul",
        rf"\b(?i:runs?|running|ran|operates?|operating|staffed|held|available)"
        rf"(?:{H}+(?i:from|daily|weekdays|between))*{H}+{_CLOCK_MINUTES}{H}*"
        rf"(?:[-–—]|to|until|till|and){H}*{_CLOCK_MINUTES}(?![\d%])"
        rf"(?=[.,;:!?)]|\Z|\n|{H}+(?i:daily|each|every|on|at|and|or|weekdays|for|in|with|by"
        rf"|mon|tue|wed|thu|fri|sat|sun)\w*\b)",
    ),
    # "opens at 9.30", "arrive by 8.45", "before 6.30": a single time of day with its
    # quarter-hour minutes after a word of when, nothing of a unit after it
    (
        "ul",
        rf"\b(?i:at|by|before|after|until|till|from){H}+{_CLOCK_MINUTES}(?![\d%])"
        rf"(?=[.,;:!?)]|\Z|\n|{H}+(?i:and|or){H}+(?![\d.])"
        rf"|{H}+(?i:daily|each|every|on|at|then|but|so|when|for|in"
        rf"|with|by|sharp|weekdays|mon|tue|wed|thu|fri|sat|sun|the|is|was|opens?|closes?)\w*\b)",
    ),
    ("d", r"\b24\s*[/x×]\s*(?:7|365)(?:\s*/\s*365)?\b"),
    # dates and times of day
    # (a day is 1 to 31 and whole: "December 61.8% of patients", "In January 2,114 patients"
    # are a month and the figure after it)
    (
        "u",
        rf"\b{_MONTH}{H}+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?:,?{H}*{_YEAR}|(?![\d%]|[.,]\d|{H}*(?:%|per{H}?cent)))",
    ),
    ("d", rf"\b\d{{1,2}}(?:st|nd|rd|th)?{H}+(?:of{H}+)?{_MONTH}(?:,?{H}*{_YEAR})?(?![\w])"),
    # days listed before their month: 25 and 26 December, 3, 10 and 17 October, the 1st and
    # 15th of March, between 4 and 8 July (a span of dates, not a range of 4-8)
    (
        "d",
        rf"\b{_DAY}(?:{H}*,{H}*{_DAY})*{H}*,?{H}+(?:and|&|or|to){H}+{_DAY}{H}+(?:of{H}+)?{_MONTH}(?![\w])",
    ),
    ("u", rf"\b{_MONTH},?{H}+{_YEAR}"),
    ("d", rf"\b{_YEAR}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\b"),
    # numeric dates, one separator throughout (17/6/2021, 17.6.21); "17.6/1000" is a rate
    ("d", r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b"),
    ("d", r"(?<!\d[.,])\b\d{1,2}/\d{1,2}\b(?![.,]\d)"),  # not 4.5/1,000 (a rate)
    ("d", r"\b\d{1,2}(?::\d{2}(?![\d]|,\d{3}))+(?:\s*[ap]\.?\s?m\.?)?"),
    # a time of day (never a price's period: £9.99pm, £9 pm a month are per month)
    # (blanks of any width between: an HTML entity's padding, ``5&nbsp;pm``)
    (
        "d",
        rf"(?<![£$€¥₹])(?<![£$€¥₹] )(?<![\d.,])\b\d{{1,2}}(?:\.[0-5]\d)?{H}*[ap]\.?m\.?(?![\w])",
    ),
    ("dp", r"(?:19|20)\d0['’]?s\b|['’]\d0s\b|(?:(?<=\band )|(?<=\bthe ))\d0['’]s\b"),
    # a month and year: 2024.03, 2024-03, 03/2024, 03.2024, 3/2024 (not 1/2000 births)
    ("d", rf"\b{_YEAR}[.-](?:0[1-9]|1[0-2])\b(?![-–./]?\d|{H}*%)"),
    ("d", r"\b(?:0[1-9][/.-]|1[0-2]\.)(?:19|20)\d\d\b"),
    ("d", rf"\b(?:[1-9]|1[0-2])/(?:19|20)\d\d\b(?!{H}*(?:%|[a-z]))"),
    # years and periods used as time stamps
    ("d", rf"\b{_YEAR}{H}*[-–—/]{H}*(?:{_YEAR}|\d\d)\b(?!{H}*(?:%|per))"),
    ("u", rf"\b(?:FY|CY|Q[1-4]|H[12])(?:{H}|[/-])?'?\d{{2,4}}(?:{H}*[-–/]{H}*'?\d{{2,4}})?\b"),
    ("d", rf"\b[1-4]Q{H}?'?\d\d(?:\d\d)?\b"),
    # phone numbers, before citation markers take their area code
    ("dp", r"(?:\+\d{1,3}[\s.-]?|\b1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]\d{4}\b"),
    # international: +91 98765 43210 (spaces may be no-break: +44&nbsp;20&nbsp;7946&nbsp;0000),
    # and the one-digit area codes and pairs of other plans: +61 2 9876 5432, +33 1 23 45 67 89
    ("p", r"(?<![\w+])\+\d{1,3}(?:[ \u00a0\u202f.-]?\(?\d{2,5}\)?){2,4}\b"),
    (
        "p",
        r"(?<![\w+])\+\d{1,3}(?=(?:[ \u00a0\u202f.()-]{0,2}\d){7,12}\b)"
        r"(?:[ \u00a0\u202f.-]?\(?\d{1,5}\)?){2,6}\b",
    ),
    # a number to dial in brackets after its name in letters, as Australian and vanity numbers
    # are written: 13HEALTH (13 43 25 84); 8 to 12 digits in groups of two to four, never a
    # thousands grouping (a restated 12 500 000 stays a number)
    (
        "p",
        r"\((?!\d{1,3}(?:[ \u00a0]\d{3})+\))(?=(?:\d[ \u00a0]?){8,12}\))"
        r"\d{2,4}(?:[ \u00a0]\d{2,4}){2,5}\)",
    ),
    # an Indian PIN code after its place and a dash (New Delhi – 110029), or after PIN
    (
        "u",
        rf"\b[A-Z][a-z]+{H}*[-–—]{H}*[1-8]\d{{5}}\b(?!{H}*(?:%|[.,]\d|[A-Za-z]))"
        rf"|\b(?:PIN|Pin{H}?[Cc]ode|PIN{H}?[Cc]ode){H}*[:-]?{H}*[1-8]\d{{2}}{H}?\d{{3}}\b",
    ),
    # an extension after a number to dial: (555) 010-0199 ext. 12, 0117 496 0321 extn 204
    (
        "ul",
        r"(?:(?<=\d)|(?<=\d[ \u00a0])|(?<=\d, ))(?i:ext|extn|extension)\.?[ \u00a0]*\d{1,5}\b",
    ),
    # national, with a trunk 0: (02) 9876 5432, 0117 496 0321, 01 23 45 67 89, 030 1234567
    # (never from inside a space-grouped number: the 000 000 of 1 000 000 000 is no phone)
    (
        "dp",
        r"(?:\(0\d{1,4}\)|(?<![\w.,])(?<!\d[ \u00a0\u202f])0\d{1,4})[ \u00a0\u202f.-]?\d{2,4}"
        r"(?:[ \u00a0\u202f.-]\d{2,4}){1,3}\b",
    ),
    ("d", r"(?<![\w.,])0\d{2,4}[ /-]\d{5,8}\b"),
    # a number after a cue to dial it: call 111, Tel: 1300 360 364, Toll-free 1800 425 7788,
    # freephone 0808 808 4994, crisis line 1-800-273-8255
    (
        "ul",
        rf"\b(?i:call|dial|phone|ring|tel(?:ephone)?|fax|mob(?:ile)?|text|whatsapp|hotline"
        rf"|helpline|toll-?free|toll{H}+free|free(?:phone|call)|free{H}+(?:phone|call)"
        rf"|(?:crisis|support|advice){H}+line)"
        rf"(?:{H}+(?i:us|now|free|toll-free|on|at|them|the{H}+\w+|numbers?|no\.?)"
        # the service named between the cue and its number: call Samaritans free on 116 123,
        # ring Lifeline 13 11 14
        rf"|{H}+[A-Z][a-z][\w'’-]*(?={H}+(?:[A-Z][a-z]|\d|(?i:free|toll-free|on|at)\b))"
        rf"|{H}+[A-Z][A-Z0-9]{{1,15}}{H}+to)*{H}*[:.]?{H}*"
        rf"\+?\(?\d[\d \u00a0\u202f().-]*\d"
        rf"(?!{H}*(?:%|[A-Za-z]+s\b|times|[.,]\d))"
        # and a second number offered with it: call 999 or 112, ring 111 / 0300 123 4567
        rf"(?:{H}*(?:or|/){H}*\+?\(?\d[\d \u00a0\u202f().-]*\d"
        rf"(?!{H}*(?:%|[A-Za-z]+s\b|times|[.,]\d)))?",
    ),
    # an emergency number offered as the other choice: "see a GP, or 999 if they stop
    # breathing", "or 911 in an emergency" (a count after "or" has its noun, "or 999 beds",
    # or goes on otherwise: "or 911 in the pooled analysis", "or 999 if day cases count")
    (
        "ul",
        rf"\b(?i:or)(?:{H}+(?i:call|dial|ring|phone))?{H}+(?:999|911|112|111|000)\b"
        rf"(?={H}+(?i:if{H}+(?:they|you|he|she|someone|the{H}+person|your|it|there)"
        rf"|in{H}+an{H}+emergency|immediately|straight{H}+away|urgently)\b)",
    ),
    # a helpline's own number after its name: Samaritans 116 123 (the EU's 116 range),
    # Lifeline 13 11 14 (Australia's six-digit 13 numbers), NHS 24 on 111, Emergency: 000,
    # Police 101 (never a count: "116 123 people", "Cases: 111" name no service)
    (
        "dpu",
        rf"(?<![\w.,])116{H}?\d{{3}}\b(?![.,]\d|{H}\d|{H}*(?:%|[a-z]+s\b|(?i:per|times|million)\b))"
        rf"|(?<![\w.,])13{H}\d\d{H}\d\d(?:{H}\d\d)?\b(?![.,]\d|{H}\d|{H}*(?:%|[a-z]+s\b))"
        rf"|\b[A-Z][\w'’&-]*(?:{H}+(?:[A-Z][\w'’&-]*|\d{{2,3}}(?={H}+on\b))){{0,3}}{H}+on{H}+"
        rf"(?:111|999|112|911|000|988|101|119|211|311|811)\b(?![.,]\d|{H}*(?:%|[a-z]+s\b))"
        rf"|\b(?:NHS|Samaritans|Lifeline|Childline|Healthline|Helpline|Police|Ambulance"
        rf"|Emergency|Crimestoppers|Shout|Mind|Healthdirect)(?:{H}+(?:services?|line))?"
        rf"{H}*[:(]?{H}*(?:111|999|112|911|000|988|101|119|211|311|811|85258)\b"
        rf"(?![.,]\d|{H}*(?:%|[a-z]+s\b))",
    ),
    # a toll-free or shared-cost number with its prefix and groups, as Australia and India
    # write them (1800 425 7788, 1300 60 60 24, 1800 55 1800: ten or eleven digits, never a
    # year and a count, 1800 425), and a US number spelled in letters (1-800-273-TALK)
    (
        "d",
        rf"(?<![\w.,+-])1[38]00(?=(?:[ \u00a0.-]?\d){{6,7}}\b)(?:[ \u00a0.-]\d{{2,4}}){{1,3}}\b"
        rf"(?![.,]\d|{H}*(?:%|[a-z]+s\b))"
        rf"|(?<![\w.,+-])1[-. ]?8(?:00|33|44|55|66|77|88)[-. ](?=[\dA-Z-]*[A-Z])"
        rf"[A-Z\d]{{2,4}}(?:[-. ][A-Z\d]{{2,7}}){{0,2}}\b",
    ),
    # a short service number said as one to use, not to count: 111 online, NHS 111, NHS 119
    # (the number names the service, as a phone number does; "111 patients" stays a count)
    (
        "du",
        rf"(?<![\w.,])(?:NHS{H}+)?(?:111|999|911|112|119|101)(?={H}+online\b)"
        rf"|\bNHS{H}+(?:111|119|101)\b(?!{H}*(?:%|[.,]\d|[a-z]+s\b))",
    ),
    # a transit route's number, and a list of them: tram 704, bus routes 12 and 45, take line
    # 7, metro line 4, tram lines 2 and 6, trams 1, 2 and 3, the 12 or 45 bus, the number 38
    # bus, get off at stop 14 (never a count or a measure: "trams 3 times", "line 10 cm")
    (
        "ul",
        rf"\b(?:(?i:take|catch|ride|board|use|get)(?:{H}+(?i:the|a))?{H}+"
        rf"(?i:lines?|routes?|trams?|trolleybus(?:es)?|buses|bus|trains?|metro)"
        rf"|(?i:metro|tram|subway|tube|u-bahn|s-bahn|bus|rail|train|underground|night)"
        rf"(?:{H}+|-)(?i:lines?|routes?|stops?|numbers?)"
        rf"|(?i:trams?|trolleybus(?:es)?)|(?i:at|next){H}+(?i:stop))"
        rf"(?:{H}+(?i:number|no\.?))?{H}*{_ROUTE}(?:{H}*(?:,|and|or|&|/){H}*{_ROUTE})*"
        rf"(?!{H}*(?:%|[.,]\d|[-–]|times\b|x\b|(?i:[mk]?g|m[lL]|[cmk]?m|miles?|met(?:re|er)s?|mins?|minutes?"
        rf"|h(?:ou)?rs?|days?|weeks?|months?|years?)\b))"
        rf"|\b(?i:the|a|take|catch|ride|board|get){H}+(?:(?i:number|no\.?){H}*)?"
        rf"{_ROUTE}(?:{H}*(?:,|or|and|/){H}*{_ROUTE})*"
        rf"(?={H}+(?i:bus|tram|trolleybus|coach|night{H}+bus)\b"
        rf"(?!{H}+(?i:stops(?!{H}*(?:[.;!?]|$)|{H}+(?:outside|at|near|here|there|by|opposite"
        rf"|every|right|directly|just|close|beside|in{H}+front|on|along|across)\b)"
        rf"|routes|lanes|drivers|journeys|passes|shelters|services)\b))",
    ),
    # a choice on a phone menu or a form: press 2 for the pharmacy, select option 3, option 2
    # (never a count: press 2 times, select 3 patients)
    (
        "ul",
        rf"\b(?i:press|(?:select|choose|pick){H}+option|option|opt\.?)(?:{H}+(?i:number|no\.?))?"
        rf"{H}*[:#]?{H}*\d{{1,2}}\b(?!{H}*(?:%|[.,]\d|times\b|x\b|×|[a-z]+s\b))"
        # and the menu's further choices: press 2 for the pharmacy, 3 for results
        rf"(?:{H}+for\b[^.;:\d\n]{{1,40}}?(?:,|{H}and|{H}or){H}+\d{{1,2}}(?={H}+for\b))*",
    ),
    # a ratio said with a colon after what it is a ratio of: a ratio of 1:100, the odds were
    # 3:1 (the words are blocked with it; they hold no figure)
    (
        "ul",
        rf"\b(?i:ratios?|odds|dilutions?|titres?|titers?|mix|mixture)"
        rf"(?:{H}+(?i:of|were|was|is|are))?{H}+\d+(?:\.\d+)?:\d[\d,]*\b",
    ),
    # a ratio whose second part has one digit, never a clock time (minutes take two): 3:1,
    # a 2:1 mix, 16:8 fasting; 1:1 too, and at a sentence's or clause's end (randomised 1:1.
    # Allocation was 2:1, then); only a point or comma before a digit goes on (3:1.5, 1:1,000)
    ("d", r"(?<![\d:.,])\d{1,2}:\d(?![\d:]|[.,]\d)"),
    # a ratio of three parts or more, as trials write their allocation: randomised 1:1:1, a
    # 2:1:1 design, 1:2:2 (a clock time with seconds, 01:02:33, is no figure either)
    ("d", r"(?<![\d:.,])\d{1,2}(?::\d{1,2}){2,}(?![\d:]|[.,]\d)"),
    # map coordinates: 51°30′N, 0°7′W, 51.5074° N
    (
        "d",
        rf"\b\d{{1,3}}(?:\.\d+)?°{H}*(?:\d{{1,2}}(?:\.\d+)?[′'’]{H}*(?:\d{{1,2}}(?:\.\d+)?[″\"”]{H}*)?)?"
        rf"[NSEW]\b",
    ),
    # a product's or record's number after its name: barcode 5 012345 678900, GTIN, MRN
    (
        "ul",
        rf"\b(?i:bar{H}?code|EAN|GTIN|UPC|SKU|MRN|NHS{H}+number|hospital{H}+number)"
        rf"(?:{H}+(?i:number|no\.?|is|was))*{H}*[:#]?{H}*\d[\d \u00a0-]*\d\b",
    ),
    # a funder's number for a grant, an award, a contract or a project, and a list of them:
    # grant number 17/44/29, NIH grant R01 HL123456, award no. 2019-1234, Wellcome Trust grant
    # 204829/Z/16/Z, contract HHSN272201400008C, project reference 12345, grants 17/44/29
    # and 16/31/98 (FUNDING_ID_LABEL, FUNDING_ID)
    ("ul", rf"{_FUNDING_ID_LABEL}(?:{_FUNDING_ID})(?:{H}*(?:,|and|&){H}*(?:{_FUNDING_ID}))*"),
    # a place in a sequence: dose 2 of 3, step 1 of 4, day 5 of 10, page 2 of 12, and in a
    # year: quarter 1 of 2024, week 12 of 2023
    (
        "ul",
        rf"\b(?i:doses?|shots?|jabs?|injections?|infusions?|steps?|stages?|sessions?|parts?"
        rf"|modules?|visits?|cycles?|rounds?|days?|weeks?|months?|pages?|questions?|slides?"
        rf"|lessons?|videos?|episodes?|chapters?|books?|items?|quarters?|waves?|phases?|years?"
        rf"|terms?|semesters?|trimesters?|Q){H}*\d{{1,3}}{H}+of{H}+\d{{1,4}}\b"
        rf"(?!{H}*(?:%|[.,]\d))",
    ),
    # addresses: street numbers, units, postcodes
    (
        "d",
        rf"\b\d{{1,5}}[A-Za-z]?(?:[-–/]\d{{1,5}}[A-Za-z]?)?,?{H}+(?:[NSEW]\.?{H}+)?"
        rf"(?:(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th)){H}+){{1,3}}{_STREET_TYPE}\b",
    ),
    # a street name that ends in its type, then the number: Hauptstraße 5, Vodičkova 12
    (
        "u",
        rf"\b[A-Z{_UPPER}][\w{_LOWER}-]*(?:{_STREET_SUFFIX})\.?{H}+\d{{1,4}}[a-z]?\b"
        rf"(?!{H}*(?:%|[.,]\d))",
    ),
    # a name, then a street type written as its own lower-case word: Andrássy út 12
    (
        "u",
        rf"\b[A-Z{_UPPER}][\w{_LOWER}-]+{H}+(?:út|utca|körút|tér|ulice|nábřeží|náměstí|třída"
        rf"|gate|gata|vei|veien){H}+\d{{1,4}}[a-z]?\b(?!{H}*(?:%|[.,]\d))",
    ),
    # the street type first, then the name, then the number: Via Roma 12, Calle Mayor 3
    (
        "ul",
        rf"\b(?:{_STREET_TYPE_FIRST})\.?{H}+(?:(?:{_NAME_PARTICLE}){H}+)*"
        rf"(?:[A-Z{_UPPER}][\w{_LOWER}'’.-]*{H}+(?:(?:{_NAME_PARTICLE}){H}+)*){{1,3}}"
        rf"\d{{1,4}}[a-z]?\b(?!{H}*(?:%|[.,]\d|(?:per|percent|{_COUNTED})\b))",
    ),
    # the number first, then the street type: 15 rue de Rivoli, 22 Ave Foch
    (
        "d",
        rf"\b\d{{1,4}}(?:bis|ter)?,?{H}+(?:rue|avenue|boulevard|bd|place|via|viale|calle|avenida"
        rf"|rua|chemin|allée|(?:Ave|Av|Blvd|Bd|Pl|Rue|Avenue|Boulevard|Place)\.?(?={H}+(?:(?:"
        rf"{_NAME_PARTICLE}){H}+)*[A-Z{_UPPER}]))\b",
    ),
    # an address line: a name, its number, a comma, an optional postcode and a place
    (
        "u",
        rf"(?<![\w-])(?!(?:{_NOT_A_STREET})\b)[A-Z{_UPPER}][\w{_LOWER}'’.-]+{H}+\d{{1,4}}[a-z]?"
        rf",{H}*(?:\d{{3}}{H}?\d{{2}}{H}+|\d{{4,5}}{H}+)?[A-Z{_UPPER}][a-z{_LOWER}]+\b",
    ),
    (
        "u",
        rf"\b(?:Suite|Ste|Unit|Level|Floor|Fl|Apt|Apartment|Flat|Building|Bldg|Block|Room|Rm"
        rf"|Office|Shop|Lot|P\.?{H}?O\.?{H}?Box|Box)\.?{H}*#?{H}*\d+[A-Za-z]?\b(?!{H}*(?:%|per\b))",
    ),
    ("u", r"\b[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}\b"),  # UK: SW1A 1AA, M21 9AB
    ("u", r"\b[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d\b"),  # Canada: M5V 3L9
    (
        "d",
        rf"\b\d{{3}}{H}\d{{2}}(?={H}+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÅÄÖ][a-záčďéěíňóřšťúůýžåäö]+)",
    ),  # 110 00 Praha
    ("u", rf"\b{_US_STATE}\.?{H}+\d{{5}}(?:-\d{{4}})?\b"),  # NY 10001
    ("u", rf"\b(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT){H}+\d{{4}}\b"),  # NSW 2000
    # …, 10115 Berlin. / …, 1012 AB Amsterdam, / …, 1030 Wien · Tel. (a header's separator
    # ends the place too; never …, 1500 Americans.)
    (
        "d",
        rf"(?<=,{H})(?:\d{{5}}|\d{{4}}(?:{H}?[A-Z]{{2}})?(?={H}+[A-Z][\w-]*[^\Ws]\b))"
        rf"{H}+[A-Z][\w-]+(?={H}*(?:[,.\n·•|–—]|$))",
    ),
    # a five-digit postcode before its city, with no comma before it: 75008 Paris, 35250
    # İzmir (the city is one capitalised word, not a plural, and the place ends there or a
    # word of where or when follows: "send it to 28013 Madrid for testing"; never "12500
    # Patients" in a title, "35000 Americans", "10000 NHS staff")
    (
        "d",
        rf"(?<![\w.,])\d{{5}}{H}+(?!(?:People|Children|Women|Men|Adults|Babies)\b)"
        rf"[A-Z{_UPPER}İ][a-z{_LOWER}ıüşğ]+{_NO_PLURAL_END}"
        rf"(?:-[A-Z{_UPPER}][a-z{_LOWER}]+)?"
        rf"(?={H}*(?:[,.;:)\n|·•–—]|\Z)|{H}+(?i:for|by|to|in|on|and|or|at|is|was|with|from|via"
        rf"|until|tel|phone|telephone)\b)",
    ),
    (
        "dul",
        rf"\b\d{{5}}(?:-\d{{4}})?{H}+(?i:zip)\b|\b(?i:zip|post(?:al)?{H}?code)(?:{H}+(?i:code))?"
        rf"{H}*:?{H}*[A-Z\d][A-Z\d -]{{1,8}}\d\b",
    ),
    # years of an era: A.D. 1000, between AD 1000 and 1260, 300 BC, 1200-1000 BCE
    (
        "u",
        rf"\b(?:A\.?D\.?|C\.?E\.?)(?:{H}+|(?<=\.))\d{{1,4}}\b"
        rf"(?:{H}*(?:[-–—]|to|and|until){H}*\d{{1,4}}\b(?!{H}*(?:%|[.,]\d)))?",
    ),
    (
        "d",
        rf"\b\d{{1,4}}(?:{H}*(?:[-–—]|to|and){H}*\d{{1,4}})?{H}*"
        rf"(?:B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)(?![\w])",
    ),
    # journal references and citation markers
    # (the year may carry the issue's month and day, Vancouver style: 2018 Oct 2;320(13):1360)
    ("d", r"\d{4}(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;\s*\d+(?:\(\d+\))?:\s*[\w]*\d+(?:[-–]\d+)?"),
    ("ul", r"\b(?:Vol|vol|Volume|No|Issue)\.?\s*\d+\s*(?::|,)\s*\d+(?:[-–]\d+)?"),
    # a reference's volume, issue and pages however spaced: 62(6): 593–602, 73 (5): 1013 -
    # 1020, 28(3), 45–57 (APA), 47(Suppl 1):A12; after its year: 2019; 393 (10184): 1513–1523,
    # Nature 2020, 580: 123–128; a volume and pages before the year: 49, 200–210 (2019)
    (
        "d",
        rf"(?<![\d.,])\d{{1,4}}(?:{H}?\({_ISSUE}\){H}?:{H}*{_PAGES}|\({_ISSUE}\),{H}*{_PAGE_RANGE})"
        rf"|\b{_YEAR}(?:{H}+{_MONTH})?{H}*[;,]{H}*\d{{1,4}}{H}*(?:\({_ISSUE}\){H}*)?:{H}*{_PAGES}"
        rf"|(?<![\d.,])\d{{1,4}},{H}*{_PAGE_RANGE}{H}+\({_YEAR}\)",
    ),
    ("p", r"\((?:\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)(?:\s*[,;]\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*\)"),
    ("p", r"\[\s*\d{1,3}(?:\s*[-–—,;]\s*\d{1,3})*\s*\]"),
    (
        "ul",
        r"(?:\bSee|(?<=[(\[])see){H}+(?:(?i:sections?){H}+)?\d{1,2}(?:\.\d{1,2})*\b"
        r"(?={H}+(?:for|and|below|above)\b|{H}*[).;,\]])".replace("{H}", H),
    ),
    # page furniture
    ("d", r"\b\d+\s*(?:min(?:ute)?s?)\s+read\b"),
    # an attachment's format, file size and pages, as GOV.UK and NHS pages list downloads:
    # "(PDF, 245KB, 12 pages)", "ODS, 18.4 KB", "PDF 1.2 MB"
    (
        "u",
        r"\b(?:PDF|DOCX?|ODS|ODT|ODP|XLSX?|CSV|PPTX?|RTF|EPUB|ZIP|TXT|HTML|MS{H}+Word|Word"
        r"|Excel|PowerPoint){H}*[,(]?{H}*\d+(?:\.\d+)?{H}*(?:[KMG]i?B|kB|[Kk]b|bytes?)\b"
        r"(?:{H}*,{H}*\d+{H}*pages?\b)?".replace("{H}", r"[\s]"),
    ),
    # a list marker in emoji: the keycap digits 1️⃣ 2️⃣
    ("d", r"\d\ufe0f?\u20e3"),
    # a day counted from an event, as transplant and maternity schedules write it: D+100,
    # D-7, T+10 (ten days past the due date)
    ("u", r"\b[DT]{H}?[+−-]{H}?\d{1,3}\b(?!{H}*(?:%|[.,]\d))".replace("{H}", H)),
    # the 5 A Day slogan and a portion of it: "Get your 5 A Day", "counts as 1 of your 5 A Day"
    (
        "d",
        r"\b(?:\d{1,2}{H}+of{H}+(?:your|the|their|our|my|his|her){H}+)?\d{1,2}"
        r"(?:{H}+A{H}+Day|-[aA]-[dD]ay)\b"
        r"|\b\d{1,2}{H}+of{H}+(?:your|the|their|our|my|his|her){H}+\d{1,2}{H}+a{H}+day\b".replace(
            "{H}", H
        ),
    ),
    # a vitamin D metabolite named by its carbon: 25(OH)D, 1,25(OH)2D, 25-OH-D
    ("d", r"\b\d{1,2}(?:,\d{1,2})?(?:\(OH\)[2₂]?|-?OH-?)D[23]?\b"),
    ("dl", r"(?:\b\d+\s*)?\bof\s+\d+\s+pages?\b"),
    # version strings
    # (never thousands grouped by points: 12.500.000)
    (
        "dul",
        r"\b[vV](?:ersion\s*)?\d+(?:\.\d+)+\b"
        rf"|\b{_NOT_DEEP_IN_DOTTED}(?!\d{{1,3}}(?:\.\d{{3}}){{2,}}\b)"
        r"\d+\.\d+\.\d+(?:\.\d+)*\b",
    ),
    # notations of pathology, genetics and oncology that name a class, not an amount:
    # a karyotype (46,XX, 47,XXY, 47,XX,+21), a HER2 score (HER2 3+, IHC 2+), a Gleason
    # pattern sum (Gleason 3+4=7, 4+3), a -RADS category (BI-RADS 4, PI-RADS 3), a line of
    # therapy (2L NSCLC, 3L+ myeloma, 1L/2L)
    ("d", r"\b4[4-9],[ \u00a0]?X{1,4}Y{0,2}\b(?:,[+-]?(?:\d{1,2}|[XY]))*"),
    (
        "u",
        rf"\b(?:HER-?2(?:/neu)?|ERBB2|IHC)\b(?:{H}+(?:score|result|status|expression|is|was"
        rf"|of|an?|IHC)\b)*{H}*[0-3]{H}?\+(?![\d+])",
    ),
    (
        "d",
        rf"(?<![\w.+])[3-5]{H}?\+{H}?[3-5](?:{H}?={H}?(?:[6-9]|10))?"
        rf"(?![\w+%]|{H}*(?:weeks?|wks?|days?)\b)",
    ),
    (
        "u",
        rf"\b(?:BI|PI|LI|TI|O|C|Lung)-?RADS(?:{H}+(?:category|score|class))?{H}*\d[a-cA-C]?\b"
        rf"(?:{H}*(?:[-–—/]|to|or|and){H}*\d[a-cA-C]?\b)?",
    ),
    (
        "d",
        rf"(?<![\w.])[1-5]L(?:\+|(?=/[1-5]L\b)|\b(?={H}+(?:[a-z]?[A-Z]{{2,}}|setting|therapy"
        rf"|treatment|patients|disease|or{H}+later)\b))",
    ),
    # a pharmacokinetic parameter's subscript: AUC0–24, AUC0-∞, AUC0-24h, AUCτ
    ("u", r"\bAUC(?:\d{1,3}|τ|t)?[-–—](?:\d{1,3}|∞|inf(?:inity)?|t|τ|last)(?:h|hr)?\b"),
    # a day's schedule of doses as Indian prescriptions write it spaced (1 - 0 - 1), a
    # multi-buy (3 for 2 on vitamins), and a programme named after a distance (Couch to 5K)
    ("d", rf"(?<![\w.,\-–])[0-4](?:{H}+[-–]{H}+[0-4]){{2,3}}(?![\w.,%\-–])"),
    ("d", rf"\b[2-5]{H}+for{H}+[1-4](?={H}+(?i:on|offers?|deals?)\b)"),
    ("u", rf"\b[A-Z][a-z]+{H}+to{H}+\d{{1,2}}[Kk]\b"),
    # a title of US federal law or regulation (21 CFR 201.57, 42 U.S.C. 1395), a VAT number
    ("d", rf"\b\d{{1,2}}{H}+(?:CFR|C\.F\.R\.|U\.?S\.?C\.?)(?:{H}+(?:§{H}*)?\d+(?:\.\d+)*)?"),
    (
        "u",
        rf"\bVAT(?:{H}+(?i:reg(?:istration)?\.?|registration))?(?:{H}+(?i:no\.?|number))?"
        rf"{H}*:?{H}*(?:[A-Z]{{2}}{H}?)?\d[\d{H[1:-1]}]{{6,12}}\d\b",
    ),
    # a scale's span and anchors, which define how a score is given and claim nothing: on a
    # scale of 0 to 10, a 0–10 scale, a 1-5 Likert scale, scored from 0 to 3, a total of 0 to
    # 27, where 10 is the worst
    (
        "ul",
        rf"\b(?i:scales?)(?:{H}+(?i:of|from|between|ranging{H}+from|running{H}+from))?{H}+"
        rf"\d{{1,3}}{H}*(?:[-–—]|to|and){H}*\d{{1,3}}\b(?!{H}*%)",
    ),
    (
        "d",
        rf"(?<![\w.,])[01]{H}*(?:[-–—]|to){H}*\d{{1,3}}(?:-|{H}+)(?:(?i:point|item|cm|mm){H}*-?{H}*)?"
        rf"(?i:scales?|VAS|NRS|Likert|rating{H}+scales?|scoring)\b",
    ),
    (
        "l",
        rf"\b(?:scored|rated|graded|ranked)(?:{H}+(?:from|between|on))?{H}+[01]{H}*(?:[-–—]|to"
        rf"|and){H}*\d{{1,3}}\b(?!{H}*(?:%|points?{H}+(?:higher|lower|more|less)))",
    ),
    (
        "l",
        rf"\btotal(?:{H}+scores?|s)?{H}+(?:of|from|(?:ranges?|ranging){H}+from){H}+"
        rf"[01]{H}*(?:[-–—]|to){H}*\d{{1,3}}\b(?!{H}*%)",
    ),
    (
        "l",
        rf"\b(?:where|with){H}+\d{{1,3}}{H}+(?:is|being|means|=){H}+(?:the{H}+)?(?:worst|best|most"
        rf"|least|highest|lowest|no|none|maximum|minimum|severe|extreme|worst{H}+possible)\b",
    ),
    # a time of day on the 24-hour clock with its "hours" (2200 hrs, at 1800h, 0800–1600 hrs)
    (
        "l",
        rf"\b(?:at|after|before|from|until|till|by|since|between){H}+(?:[01]\d|2[0-3])[0-5]\d"
        rf"(?:{H}*(?:[-–—]|to|and){H}*(?:[01]\d|2[0-3])[0-5]\d)?{H}*(?:hrs?|hours|h)\b",
    ),
    (
        "d",
        rf"(?<![\w.,])0\d[0-5]\d(?:{H}*(?:[-–—]|to){H}*(?:[01]\d|2[0-3])[0-5]\d)?"
        rf"{H}*(?:hrs?|hours|h)\b",
    ),
    # section and list numbers at the start of a line or inside a sentence, also after the
    # block marks (U+2028, U+2029) a heading or HTML block starts with in the analysis text
    # (``## 1. What it is for``, ``<h2>3. Dosage</h2>``)
    # (never a temperature with a bare scale letter: ``38 C is a fever`` opens with a figure)
    # (nor a count of an acronym's plural: ``45 MIs occurred``, ``18 CAUTIs were reported``)
    # (nor a unit that opens with a capital: ``41.9 IU/dL``, ``35 U/L``, ``2.5 Gy``, ``13 MBq``)
    (
        "dp",
        r"^[ \t]*\d{1,2}(?=[ \t]+[A-Z(\"“‘])(?![ \t]+[CF](?![\w.]))"
        rf"(?![ \t]+{CAPITAL_UNIT})"
        r"(?![ \t]+[A-Z][A-Z0-9]*[A-Z]s\b)"
        r"|^[ \t]*\d{1,2}[.)](?=[ \t]+[A-Z(\"“‘])(?![ \t]+[CF](?![\w.]))",
    ),
    # (a block, unlike a line, may be a table cell: only a numbered one, ``1.`` or ``2)``)
    ("p", r"[\u2028\u2029]+[ \t]*\d{1,2}[.)](?=[ \t]+[A-Z(\"“‘])"),
    # a decimal that opens a line is a section number before a capitalised title (``2.3
    # Methods``, ``4.4 Special warnings``), a figure before a lower-case word (``8.4 cancers
    # per 1,000``, ``- 2.5 times more likely``) or a scale or unit word in a title-case
    # heading (``2.5 Million Screened``); a name with a capital inside its first letters is a
    # title too (``2.8 iNKT cell therapy``, ``3.1 mRNA vaccines``, ``4.2 eGFR``); two or more
    # points are always a section (``1.2.3``)
    (
        "dp",
        r"(?:^|[\u2028\u2029]+)[ \t]*\d{1,2}(?:\.\d{1,2}){2,}(?=[ \t]+[A-Za-z])",
    ),
    (
        "dp",
        r"(?:^|[\u2028\u2029]+)[ \t]*\d{1,2}\.\d{1,2}"
        r"(?=[ \t]+(?!(?i:million|billion|thousand|trillion|per|percent"
        r"|times|fold|(?:year|month|week|day|hour|minute)s?"
        r"|(?:milli|micro|nano|kilo)?(?:grams?|lit(?:re|er)s?|met(?:re|er)s?)|calories)\b"
        rf"|[CFLK](?!\w|-[A-Za-z])|{CAPITAL_UNIT})(?:[A-Z]|[a-z]{{1,4}}[A-Z]))",
    ),
    ("dp", r"(?:^|[\u2028\u2029]+)[ \t]*\d{1,2}(?:\.\d{1,2})*(?:\.(?!\d)|\))"),
    ("d", r"(?:(?<=[:;] )|(?<=[:;]))\d{1,2}\)(?=\s)"),
    # a person's age set off after their name, as testimonials and news give it: "Jean
    # Hollis, 67, went from …", "Dr Amir Khan, 45, said": who speaks, no figure to check
    (
        "u",
        r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \u00a0]+)?[A-Z][a-z'’-]+(?:[ \u00a0][A-Z][a-z'’-]+)?"
        r",[ \u00a0](?:1[01]\d|[1-9]\d?),(?=[ \u00a0]+(?!or\b|and\b)[a-z])",
    ),
    # session 60, second part (s60x): labels that hold a number. A category of a
    # categorical scale and its open end ("pressure ulcers of category 3 or above",
    # "category 2 ulcers", "Category 1 calls"), as grade and stage are; the fat of a kind of
    # milk or yoghurt named by it ("1%-fat milk", "0% fat Greek yoghurt"); the base of a
    # natural frequency or a composition ("Out of every 100 people", "Of every 1,000 women",
    # "Each 5 mL contains", "Every 10 ml spoonful provides"): what the figures are out of
    (
        "ul",
        r"\b(?i:categor(?:y|ies))[ \u00a0]+\d{1,2}[a-c]?(?:[ \u00a0]*(?:[-–]|to|and|or)"
        r"[ \u00a0]*\d{1,2}[a-c]?)*(?:\s+(?:or|and)\s+(?:above|higher|worse|over|more|below"
        r"|lower|less|under))?\b",
    ),
    (
        "d",
        r"\b\d{1,2}(?:\.\d)?[ \u00a0]?%(?:-(?=fat\b)|[ \u00a0](?=fat[ \u00a0]+(?:milk|yog(?:h)?urt"
        r"|spread|cheese|cream|mince)\b))",
    ),
    (
        "ul",
        r"\b(?:Out[ \u00a0]+of|Of)[ \u00a0]+every[ \u00a0]+\d{1,3}(?:,\d{3})*"
        r"(?=[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:people|women|men|adults|children|patients"
        r"|babies|persons|smokers|users)\b)",
    ),
    (
        "u",
        r"\b(?:Each|Every)[ \u00a0]+\d{1,4}(?:\.\d{1,2})?[ \u00a0]*(?:mL|ml|millilitres?|g"
        r"|grams?|tablets?|capsules?|sachets?|drops?)(?=(?:[ \u00a0]+[a-z]+)?[ \u00a0]+"
        r"(?:contains|provides|gives|has|holds)\b)",
    ),
    # a web address with no scheme that opens with digits: "go to 111.nhs.uk", "call 111
    # or visit 111.wales.nhs.uk", "24hr.example.org" (the URL blocker needs http or www)
    (
        "d",
        r"\b\d[\w-]*(?:\.[a-z][\w-]*)*\.(?:uk|com|org|net|gov|edu|info|au|ie|eu|ca|nz|scot"
        r"|wales)\b(?:/\S*)?",
    ),
    # a four-digit postcode before its place after a street's number and its comma
    # ("Boulevard du Régent 48, 1000 Brussels", "Rue Neuve 12, 1000 Bruxelles"): the
    # place may end in s here, as no count of people follows a street number
    (
        "d",
        r"(?:(?<=[^\W\d] \d, )|(?<=[^\W\d] \d\d, )|(?<=[^\W\d] \d\d\d, )|(?<=[^\W\d] \d\d\d\d, ))"
        r"\d{4}[ \u00a0]+[A-Z][\w-]+(?=[ \u00a0]*(?:[,.\n·•|–—]|$))",
    ),
    # a standard by its number: "ISO 13485", "ISO/IEC 27001:2022", "BS EN 1176", "IEC 60601-1"
    (
        "u",
        r"\b(?:ISO|IEC|EN|BS|ASTM|DIN|ANSI|IEEE|CEN|AS/NZS)(?:[ /\u00a0](?:EN|ISO|IEC))*"
        r"[ \u00a0]?\d{3,6}(?:[-:]\d+)*\b",
    ),
]
_FIRST_CHARS = {"d": r"\d", "u": rf"[A-Z{_UPPER}]", "l": r"[a-z]", "p": r"[^\w\n]"}
"""Where a blocker can start (its bucket letters above): a digit, a capital, a lower-case
letter, or anything else (``(``, ``[``, ``+``, ``#``, ``'``, a line's indent)."""
_WORD_CHAR_BUCKETS = "dul"
"""The buckets whose first characters are all word characters (see :func:`at_word_starts`)."""


def _dispatched(blockers: list[tuple[str, str]]) -> re.Pattern[str]:
    r"""One pattern that tries, at each position, only the blockers that can start with the
    character there: ``(?=\d)(?:…)|(?=[A-Z])(?:…)|…``. Same matches as one flat alternation
    (order kept within each bucket), at a fraction of its cost per character."""
    parts = []
    for bucket, first in _FIRST_CHARS.items():
        # each blocker behind a look-ahead at the characters its match can start with
        # (:func:`guarded`): one test where it cannot start, not a run of its program
        patterns = [guarded(pattern) for buckets, pattern in blockers if bucket in buckets]
        if bucket in _WORD_CHAR_BUCKETS:  # inside a word, skip the blockers that start at \b
            parts.append(at_word_starts(patterns, first))
        else:
            parts.append(f"(?={first})(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    return re.compile("|".join(parts), re.MULTILINE)


BLOCKERS = _dispatched(_BLOCKERS)


@cache
def _blockers_without_at() -> re.Pattern[str]:
    """:data:`BLOCKERS` less those that need an ``@`` (e-mail addresses), for a text
    without one: the e-mail blocker can start at any word character (its local part), so
    it is tried at every word of the windows, a fifth of their cost."""
    return _dispatched([b for b in _BLOCKERS if not requires_character(b[1], "@")])


WINDOW = 60
"""Characters searched each side of a digit run (then out to the ends of the words there)."""
_SPACE = re.compile(r"\s")


_SECTION = r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})?"
SECTION_REFERENCE = re.compile(
    rf"\((?<![\d%][ \u00a0]\()(?<![\d%]\()(?P<see>(?i:see){H}+(?:(?i:sections?){H}+)?)?"
    rf"{_SECTION}(?P<more>(?:{H}*(?:[,;]|and){H}*{_SECTION})+)?\)(?={H}*(?:[.;:\]]|$))",
    re.MULTILINE,
)
"""A bracket of section numbers that closes its clause: ``(5.1)``, ``(6.1, 6.2)``, ``(see
5.3)``, as US prescribing information and summaries of product characteristics refer to
their sections."""
_SENTENCE_START = re.compile(
    r"(?:\A|[.!?][ \u00a0\n\u2028\u2029]|[\n\u2028\u2029])[^.!?\n\u2028\u2029]*\Z"
)


def section_references(text: str) -> list[tuple[int, int]]:
    """The spans of :data:`SECTION_REFERENCE` brackets that are cross-references, not a
    figure said again in brackets (README, "the rate for men (26.6)": a bare number taking
    the unit of the figure before it). A bracket is a cross-reference when it holds two or
    more section numbers, says ``see``, stands inside square brackets (``[see Warnings and
    Precautions (5.1)]``), has no figure before it in its sentence to take a unit from, or
    when the draft has two or more such brackets (a label's style, not an aside's)."""
    if "(" not in text:
        return []
    found = list(SECTION_REFERENCE.finditer(text))
    if len(found) >= 2:
        return [match.span() for match in found]
    spans = []
    for match in found:
        sentence = _SENTENCE_START.search(text, max(0, match.start() - 400), match.start())
        before = sentence.group() if sentence else text[max(0, match.start() - 400) : match.start()]
        if (
            match.group("see")
            or match.group("more")
            or text[match.end() : match.end() + 1] == "]"
            or not any(char.isdigit() for char in before)
        ):
            spans.append(match.span())
    return spans


THINNING = StartScanned(
    re.compile(
        rf"(?<![\d:.,])\d+(?:{H}*:{H}*|{H}+in{H}+)\d[\d,]*(?={H}+(?i:titres?|titers?|dilutions?)\b)"
        rf"|\b(?i:dilut(?:e|ed|es|ing))(?:{H}+(?i:it|them|this|to|at|with|by))?"
        rf"{H}+\d+(?:{H}*:{H}*|{H}+in{H}+)\d[\d,]*\b"
    )
)
"""A titre or a dilution written before its name (``a 1:160 titre``, ``a 1 in 10 dilution``)
or after the verb that makes it (``dilute 1 in 10``, ``diluted to 1:2,000``): how a sample or a
drug is thinned, never a share of people. Searched only on a text that names one
(:func:`_names_a_thinning`), apart from :data:`BLOCKERS`, whose every branch costs on every
page."""


def _names_a_thinning(text: str) -> bool:
    """Whether the text holds ``dilut…``, ``titre`` or ``titer`` in any case (substring tests:
    cheap)."""
    return "ilut" in text or "itre" in text or "iter" in text and "titer" in text.lower()


COLON_AFTER_NUMBER = StartScanned(re.compile(r"\d[a-z]?[ \t*_]*:"))  # at runs' last digits
LABEL_BEFORE_COLON = re.compile(rf"[A-Z][a-z]{{2,}}{H}+\d{{1,3}}[a-z]?\Z")
LINE_OPENING = re.compile(r"[ \t\u2028\u2029*+>#-]*(?:\d{1,2}[.)][ \t]+)?\Z")
LINE_BREAKS = ("\n", "\u2028", "\u2029")


def numbered_labels(text: str) -> list[tuple[int, int]]:
    """Where a numbered label opens a line, list item or paragraph before its colon: "- Bag
    1: 200 mL over 1 hour", "Dose 2: 0.5 mL at 8 weeks", "**Visit 3:** …" (which one, not how
    many). The analysis text reads a list item's marker as a paragraph separator (and HTML's
    blocks as line and paragraph separators), bold marks as spaces. Looked for from each
    number before a colon, which few pages hold, not at every character."""
    found = []
    for colon in COLON_AFTER_NUMBER.finditer(text):
        end = colon.start() + 1
        if text[end : end + 1].isalpha():
            end += 1  # "Visit 3a:"
        label = LABEL_BEFORE_COLON.search(text, max(0, end - 40), end)
        if label is None:
            continue
        line = max(text.rfind(mark, 0, label.start()) for mark in LINE_BREAKS) + 1
        if LINE_OPENING.match(text, line, label.start()):
            found.append(label.span())
    return found


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint (start, end) stretches of ``text`` that hold no claim.

    Every blocker covers a digit, and only stretches that cover a digit can drop a figure,
    so :data:`BLOCKERS` is searched only in windows around digit runs (``WINDOW`` characters
    each side, widened to whole words so that a URL or e-mail address is never cut): the
    alternation costs as much per character as the rest of the finder, and most of a page
    is words."""
    spans: list[tuple[int, int]] = section_references(text)
    spans.extend(legal_references(text))  # "paragraph 25(4)(a)", "regulation 12(1)"
    spans.extend(clock_times(text))  # "Mon–Fri 8h–18h", "8 h 30 to 16 h 30", "24.12.2025"
    spans.extend(scale_headers(text))  # "(£000)", "(in thousands of dollars)"
    blockers = BLOCKERS if "@" in text else _blockers_without_at()
    for start, end in _digit_windows(text):
        spans.extend(
            match.span()
            for match in blockers.finditer(text, start, end)
            if match.end() > match.start()
        )
    if ":" in text:
        spans.extend(numbered_labels(text))
    if "1" in text or "9" in text or "000" in text:
        spans.extend(service_number_spans(text))  # "help from 111", "Try 111 first"
    if any(mark in text for mark in BREADCRUMB_MARKS):
        spans.extend(breadcrumb_numbers(text))
    if _names_a_thinning(text):
        spans.extend(match.span() for match in THINNING.finditer(text))
    if "+" in text:
        spans.extend(match.span(match.lastgroup) for match in DIPSTICK_GRADE.finditer(text))
    if "/" in text or "fL" in text or "pg" in text:
        spans = [span for span in spans if not _brackets_a_lab_range(text, *span)]
    return sorted(spans)


BREADCRUMB_MARKS = ("›", "»", "→", "‣", " > ")
_CRUMB_LINE = re.compile(r"[^\n\u2028\u2029]*(?:›|»|→|‣| > )[^\n\u2028\u2029]*")
"""A line holding a mark (what :func:`_crumb_lines` finds without this pattern's cost)."""
_LINE_BREAKS = "\n\u2028\u2029"
_CRUMB_NUMBER = re.compile(
    rf"(?:(?<=[›»→‣])|(?<=[A-Za-z\d)] >)|^){H}*(?P<number>\d{{1,2}}(?:\.\d{{1,2}})+|\d{{1,2}}\.)"
    rf"(?={H}+(?!(?i:million|billion|thousand|trillion|per|percent)\b)[A-Z][A-Za-z'’-]*(?:{H}+[A-Za-z'’&-]+)*{H}*(?:[›»→‣]|>|\Z))"
)


def breadcrumb_numbers(text: str) -> list[tuple[int, int]]:
    """The section numbers of a breadcrumb trail: ``Annual report › 2. Performance ›
    2.1 Overview``, ``Home » 3. Services » 3.2 Maternity``, ``Guide > 4. Fees > 4.1
    Extras``. A section number (``2.``, ``2.1``) opening an item of the trail (after a mark,
    or opening the line before one) and followed by a title, not a unit, names the page's
    place, as a numbered heading does (``Results › 3 Patients died`` keeps its count); a
    plain ``>`` leads a trail only where the line has two of them (``HbA1c > 7.5 Consider
    insulin`` keeps its bound)."""
    spans = []
    for line_start, line_end in _crumb_lines(text):
        body = text[line_start:line_end]
        if not any(mark in body for mark in "›»→‣") and body.count(" > ") < 2:
            continue
        for found in _CRUMB_NUMBER.finditer(body):
            start, end = found.span("number")
            spans.append((line_start + start, line_start + end))
    return spans


def _crumb_lines(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``text`` (between ``_LINE_BREAKS``) that holds one of
    :data:`BREADCRUMB_MARKS`, in order: what ``_CRUMB_LINE.finditer`` matches, found from the
    marks. The pattern, tried at every character of a line without a mark, ran to the line's
    end from each one (quadratic in a line's length: a tenth of extraction on the drafts)."""
    end = 0
    marks = {mark: text.find(mark) for mark in BREADCRUMB_MARKS}  # each one's next place
    breaks = {brk: text.find(brk) for brk in _LINE_BREAKS}
    while True:
        mark_at = _next_of(text, marks, end)
        if mark_at < 0:
            return
        # the line starts after the last break before the mark (the last line ended at one)
        start = max(text.rfind(brk, end, mark_at) for brk in _LINE_BREAKS) + 1
        end = _next_of(text, breaks, mark_at)
        end = len(text) if end < 0 else end
        yield start, end


def _next_of(text: str, places: dict[str, int], at: int) -> int:
    """The first place at or after ``at`` of one of ``places``' strings (-1 for none),
    ``places`` (each string's next place, -1 where it has none) moved on past ``at``: each
    string is looked for afresh only once it is passed, so a walk over the text is linear."""
    for needle, place in places.items():
        if 0 <= place < at:
            places[needle] = text.find(needle, at)
    return min((place for place in places.values() if place >= 0), default=-1)


_POWER = r"(?:[x×*]\s*10\s*(?:\^|\*\*)?\s*[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*)"
_LAB_UNIT = rf"(?:{_POWER}?[A-Za-zµμ]*/[A-Za-z]|(?-i:fL|pg)\b)"  # a red-cell index: 72 fL, 25 pg
LAB_RESULT_BEFORE = re.compile(rf"\d{H}*{_LAB_UNIT}[\w.]*(?:/[\w.]+)*{LAB_FLAG}{H}*\Z")
"""A lab result in a unit of concentration or count (``8 ug/L``, ``9 pmol/L H``, ``45 ×10⁹/L``)
right before a bracket: the bracket is its reference range, not a citation."""
LAB_UNIT_AFTER = re.compile(rf"{H}*{_LAB_UNIT}")
BRACKETED_RANGE = re.compile(r"[(\[]\s*\d{1,3}\s*[-–—]\s*\d{1,3}\s*[)\]]\Z")


def _brackets_a_lab_range(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, blocked as a citation marker (``(15-200)``), is a lab
    result's reference range: a bracketed whole-number range right after a result in a unit
    per volume (``Ferritin 8 ug/L (15-200)``), or between a bare result and that unit
    (``Sodium 131 (135–145) mmol/L``). Reference numbers follow words, not a unit."""
    if not BRACKETED_RANGE.match(text[start:end]):
        return False
    before = text[max(0, start - 40) : start]
    if LAB_RESULT_BEFORE.search(before):
        return True
    return bool(re.search(rf"\d{H}*\Z", before)) and bool(LAB_UNIT_AFTER.match(text, end))


_ANALYTE = (
    r"(?i:protein|proteinuria|albumin|glucose|glycosuria|ketones?|blood|ha?ematuria"
    r"|leu[ck]ocytes?(?:[ \t\u00a0]+esterase)?|nitrites?|bilirubin|urobilinogen)"
)
DIPSTICK_GRADE = StartScanned(
    re.compile(
        rf"(?<![\w]){_ANALYTE}{H}*[:=]?{H}*(?P<grade>[1-4]\+(?![\d+]))"
        rf"|(?<![\w.,])(?P<before>[1-4]\+(?![\d+]))(?={H}+(?:(?i:on){H}+(?:(?i:the|a){H}+)?"
        rf"(?:(?i:urine){H}+)?(?i:dipstick|urinalysis|dip)\b|{_ANALYTE}))"
    )
)
"""A urine dipstick's grade (``protein 2+``, ``Leukocytes: 3+``, ``1+ on dipstick``, ``2+
protein``): a semi-quantitative reading on a scale of 1+ to 4+, not an open-ended figure of
at least 1 (so not ``150,000+``): it asserts no number to verify."""


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Disjoint (start, end) windows around the digit runs of ``text``, in order."""
    windows: list[tuple[int, int]] = []
    for run_start, run_end in digit_runs(text):
        if windows and run_start < windows[-1][1]:
            continue
        start = max(0, run_start - WINDOW)
        while start and not text[start - 1].isspace():
            start -= 1
        space = _SPACE.search(text, min(len(text), run_end + WINDOW))
        end = space.start() if space else len(text)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


YEAR = re.compile(rf"{_YEAR}\Z")
_WORD_BEFORE = re.compile(
    rf"(?<![\w.&/-])(?:[^\WA-Za-z]|[.&/-])*+(?P<word>[A-Za-z][\w.&/-]*+)"
    rf"{H}*[:#]?{H}*(?<![\w])[-−–+]?\Z"
)
r"""The word before a number, across a colon or ``#`` and a sign (``day −7``, ``week +2``): the
first ASCII letter of the last run of word characters, ``.``, ``&``, ``/`` and ``-`` on, the
match opening where that run does (``match.start("word")`` is where the word does). Written
as ``(?P<word>[A-Za-z][\w.&/-]*)…\Z`` it was tried, and its run given back a character at a
time, from every letter of the window: a tenth of the cost, the same words."""
_PER_BEFORE_LABEL = re.compile(rf"\b(?i:per){H}+\Z")
_THIS_BEFORE = EndAnchored(re.compile(rf"\b(?i:this|that|each|every|which|what|same|one){H}+\Z"))
_LAST_BEFORE = EndAnchored(re.compile(rf"\b(?i:last|next|past|previous|coming|following){H}+\Z"))
"""``Last month 38,906 handovers``, ``in the past year 4,000 people``: before a period that
names when, the number after it is the count (s57x), as after ``this week``; only before a
period, so ``the next Phase 3 trial`` keeps its label."""
PERIOD_LABELS = frozenset({"week", "day", "month", "year"})
_ABBREVIATION_AFTER = re.compile(rf"{H}*\((?P<abbr>[^()\s]{{2,15}})\)")
_IDENTIFIER_IS = (
    EndAnchored(
        re.compile(
            rf"\b(?i:code|lot|batch|serial|reference|ref)(?:{H}+(?i:number|no\.?))?"
            rf"{H}+(?i:is|was|=){H}*\Z"
        )
    ),
    EndAnchored(re.compile(rf"\b(?i:code|lot|batch|serial){H}+(?i:number|no\.?){H}*:?{H}*\Z")),
    EndAnchored(
        re.compile(
            rf"(?<![\w-])(?:(?i:reg(?:istration)?\.?|licen[cs]e)"
            rf"|(?-i:GPhC|GMC|NMC|HCPC|GDC|GOC|PSNI|CQC|ODS)"
            rf"(?={H}*(?::|(?i:reg(?:istration)?\b\.?|number|no\b\.?|pin)))"
            rf"(?:{H}+(?i:reg(?:istration)?\.?))?)"
            rf"(?:{H}+(?i:number|no\.?|num\.?|pin))?(?:{H}+(?i:is|was))?{H}*[:#]?{H}*\Z"
        )
    ),
    EndAnchored(
        re.compile(
            rf"\b(?i:registered){H}+(?i:charity|company|society|provider)"
            rf"(?:{H}+(?i:number|no\.?))?{H}*[:#]?{H}*\Z"
        )
    ),
)
"""An identifier's label said as a sentence: ``the code is 860975``, ``the batch number
was 4821``, ``lot number 20931``; and a professional or licence registration, ``GPhC reg.
2061847``, ``registration 4412``, ``Her GMC number is 7012345``, ``NMC PIN: 1234567``,
``licence no. 5521`` (a regulator's acronym only with its word of registration or a colon
after it); a footer's ``Registered charity 1148320`` or ``Registered company: 04382215`` with
no ``number`` between (s57x). Each pattern is searched only where its last word can end (asked
before every bare number)."""
_AGO = re.compile(rf"{H}+ago\b|{H}+(?:years?|months?|weeks?|days?){H}+ago\b")


_TIME_WORD = r"\b(?:weeks|days|months|cycles|visits)"
# "in 4 weeks 12–15 patients": 4's unit; a comma and a space before the word is a clause's
# ("Cases by week, weeks 1–10": a heading's window), a comma glued to a digit a number's
_NOT_A_UNIT = rf"(?<![\d.]{H})(?<![\d.,])"
_SPAN = r"\s*(?:[-–—‒‑]|to|through|(?P<and>and))\s*"
_BETWEEN = EndAnchored(re.compile(rf"\bbetween{H}+\Z", re.IGNORECASE))
_PLURAL_TIME_WORD = EndAnchored(re.compile(rf"{_NOT_A_UNIT}{_TIME_WORD}{H}+\Z", re.IGNORECASE))
_WINDOW_END = re.compile(rf"{_NOT_A_UNIT}{_TIME_WORD}{H}+\d{{1,3}}{_SPAN}\Z", re.IGNORECASE)
_WINDOW = re.compile(rf"\d{{1,3}}{_SPAN}\d{{1,3}}(?![\d%]|[.,]\d)", re.IGNORECASE)


def _names_window(text: str, span: re.Match[str] | None, word: re.Match[str] | None) -> bool:
    """Whether a span after a plural time word is a window: ``and`` only after ``between``
    (``days 1 and 8`` lists two days)."""
    if span is None or word is None:
        return False
    return not span.group("and") or bool(
        _BETWEEN.search(text, max(0, word.start() - 9), word.start())
    )


def is_time_window(text: str, start: int) -> bool:
    """Two numbers after a plural time word name a window of a schedule, not a figure:
    ``through weeks 9–24``, ``on days 1–14 of each cycle``, ``in months 6 to 12``,
    ``between days 3 and 5``.

    The word must not be an earlier number's unit (``in 4 weeks 12–15 patients`` counts
    patients), and a single number or a list after it stays a figure as before
    (``on days 1, 8 and 15``, ``days 1 and 8``), whatever comparator comes before
    (``over weeks 1–4`` is a window too)."""
    end = _WINDOW_END.search(text, max(0, start - 24), start)
    if end:  # the second number of "weeks 9–24"
        return _names_window(text, end, end)
    word = _PLURAL_TIME_WORD.search(text, max(0, start - 12), start)
    return _names_window(text, _WINDOW.match(text, start), word)


REFERENCE_LABELS = frozenset("ref reference refs references".split())
"""Label words that name a citation (``Reference 3``) or, before an interval or a decimal, a
laboratory's reference interval (``reference 3.5-5.0 mmol/L``, ``ref 0.5``)."""
_REFERENCE_INTERVAL = re.compile(
    rf"\d+(?:[.,]\d+){H}*(?:[-–—]|to\b){H}*\d|\d+[.,]\d|\d+(?:{H}*(?:[-–—]|to\b){H}*\d+)?{H}*(?:[a-zµμ]+/|%)",
    re.IGNORECASE,
)
_RESULT_THEN_REFERENCE = re.compile(
    r"\d(?:[.,]\d+)?[ \u00a0]*(?:[x×][ \u00a0]*10(?:\^|\*\*)?[-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+[ \u00a0]*)?"
    rf"(?:[A-Za-zµμ/][\w/µμ.]*|%){LAB_FLAG}[ \u00a0]*(?:\([ \u00a0]*"
    r"(?i:ref(?:erence)?\.?)(?:[ \u00a0]+(?i:range|interval))?[ \u00a0]*[:=]?"
    r"|(?i:ref(?:erence)?\.?)(?:[ \u00a0]+(?i:range|interval))?[ \u00a0]*[:=])[ \u00a0]*\Z"
)
"""A result in a unit, then a bracket that opens with ``ref``: ``128 mmol/L (ref. 135-145)``,
``90 ×10⁹/L (ref 150–400)`` (a cell count's power of ten before its unit), with or without a
lab flag between (``128 mmol/L L (ref 135-145)``, :data:`LAB_FLAG`), or the portal's
unbracketed ``Ref:`` (``70 mg/dL H Ref: 70-99``)."""
_WHOLE_RANGE = re.compile(rf"\d+{H}*[-–—]{H}*\d+(?!\d|[.,]\d)")
PLACE_LABELS = frozenset(
    "ward wards bay bays theatre theatres theater theaters bus buses platform platforms".split()
)
"""Label words of places and routes, whose numbers are whole (``Ward 23``, ``bus 38``)."""
DECIMAL_AT = re.compile(r"[-−–+]?\d+[.,]\d")


SCHEDULE_LIST_HEAD = EndAnchored(
    re.compile(
        rf"(?<![\w])(?i:at|on|in|by|from|after|until|through|during|between|and){H}+"
        rf"(?P<head>(?i:weeks|days|months|cycles|visits|doses)){H}+\Z"
    )
)
"""A plural schedule word after its preposition before a list of numbers: ``at weeks 12, 24
and 48``, ``on days 1, 8 and 15``, ``at months 3, 6 and 12`` name when, as ``week 12`` does."""
_LIST_FOLLOWS = re.compile(rf"\d{{1,3}}(?:{H}*,{H}*|{H}+(?:and|or|&){H}+|{H}*&{H}*)\d")


FIELD_COLON_BEFORE = EndAnchored(re.compile(rf"[A-Za-z]:{H}*\Z"))
"""A colon right after a word before a number: the number is a field's value (``Schedule: 2
doses``), which a count or a period after it says is an amount, not the word's label."""


def is_label_number(text: str, start: int) -> bool:
    """A number named by the word before it: ``Phase 2``, ``Table 1``, ``S&P 500``, ``STEP 1``;
    not after ``this``/``that``/``each`` … (``at this stage 40 patients`` counts patients).
    A plural schedule word names a list's first number (``at weeks 12, 24 and 48``), but
    never a lone number (``over 6 weeks 12 patients`` counts patients)."""
    window = text[max(0, start - 30) : start]
    if SCHEDULE_LIST_HEAD.search(window) and _LIST_FOLLOWS.match(text, start):
        return True
    if any(identifier.search(window) for identifier in _IDENTIFIER_IS):
        return True  # "the RxNorm code is 860975", "lot number: 4821"
    match = _WORD_BEFORE.search(window)
    word = match.group("word").lower().rstrip(".:") if match else ""
    if match and word in PLACE_LABELS and DECIMAL_AT.match(text, start):
        return False  # "rated the ward 4.6 out of 5": a place's number is whole
    if match and word in REFERENCE_LABELS and _REFERENCE_INTERVAL.match(text, start):
        return False  # "(reference 3.5-5.0 mmol/L)": a lab's reference interval, not a citation
    if (
        match
        and word in REFERENCE_LABELS
        and _WHOLE_RANGE.match(text, start)
        and _RESULT_THEN_REFERENCE.search(text, max(0, start - 60), start)
    ):
        return False  # "128 mmol/L (ref. 135-145)": after a result, whole ends are a lab's too
    if match and word in MEASURE_LABELS and _MEASURED_AFTER.match(text, start):
        return False  # "Tidal volume 500 mL", "Glucose level 5 mmol/L": the measure's value
    if match and (word in LABEL_WORDS or match.group("word") in ("p.", "P.")):
        # "p. 45" (a page of a citation); a bare "p" is as often a P value
        # "at this stage 40 patients": the word names a moment, not the number after it;
        # "Treated bleeds per year: 1.5": the word is a rate's period, the number its value
        return not (
            _THIS_BEFORE.search(window, 0, match.start("word"))
            or _PER_BEFORE_LABEL.search(window, 0, match.start("word"))
            or (word in PERIOD_LABELS and _LAST_BEFORE.search(window, 0, match.start("word")))
        )
    return bool(INDEX_NAMES.search(window))


MEASURE_LABELS = frozenset({"level", "levels", "volume", "index"})
"""Label words that also name a measure (``Volume 2`` of a report, ``tidal volume 500 mL``):
a number after them with a unit of measure is the measure's value."""
_MEASURED_AFTER = re.compile(rf"\d[\d,]*(?:\.\d+)?(?={units.MEASURE.pattern}|{H}*%|{H}*[x×]{H}*10)")


_SIZE_BEFORE = EndAnchored(
    re.compile(
        rf"(?:^|[.!?;:(\u2029]{H}*|\b(?i:a|an|the|in|order|use|wear|buy|choose|try|get|fits?|of"
        rf"|for|and|or|uses|wears|needs?|takes?|from){H}+)(?i:size){H}+\Z",
        re.MULTILINE,
    )
)
"""``Size 4 nappies``, ``order size 7 gloves``: a size after no noun of its own (``the effect
size 0.4`` and ``a sample size 400`` measure)."""


def names_a_place(text: str, start: int) -> bool:
    """A number after a place in a building (:data:`PLACE_WORDS`: ``bed 12``, ``floor 4``)
    or after ``size`` worn or bought (``size 4 nappies``) names it; asked only of a bare
    number or a count, so ``the pelvic floor 10 times`` stays a frequency."""
    if DECIMAL_AT.match(text, start):
        return False  # "patients rated the clinic 4.6": a place's number is whole
    window = text[max(0, start - 30) : start]
    if _SIZE_BEFORE.search(window):
        return True
    match = _WORD_BEFORE.search(window)
    return bool(match) and match.group("word").lower() in PLACE_WORDS


_NAME_BEFORE = re.compile(
    r"(?<![.!?:] )(?<!^)(?<![.!?:]\n)(?<![\n\u2029]\n)(?<!\u2029)\b[A-Z][\w&'’.-]*(?<!['’]s) \Z"
)
"""A capitalised word before a number, not the first word of a sentence or of a block (after a
stop, a blank line or a block break: ``…day.\n\nThe 5- to 10-mg tablets`` names nothing)."""


def is_named_number(text: str, start: int) -> bool:
    """A bare number right after a capitalised word names a thing: ``iPhone 11``, ``Note 20``.
    A possessive is no name's number but the owner's figure: ``EMPA-KIDNEY's 0.72``; nor is
    a measure's acronym (:data:`MEASURE_ACRONYMS`: ``NPV 0.99``)."""
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if name is None:
        return _named_elsewhere(text, start)
    if name.group().strip() in MEASURE_ACRONYMS:
        return False
    if _PANEL_FIELD_BEFORE.search(text, max(0, start - 40), start):
        return False  # "Servings Per Container 30": a nutrition panel's field, then its value
    if capital_times_sign_before(text, start):
        return False  # "500mg X 2 daily": the times sign typed as a capital, no name
    # the first word of a list item, a quote or a block whose markup the reader blanked
    # ("- Sodium 131 (135–145) mmol/L", "<li>Potassium 6.1 …"): a label, as at a line's start,
    # unless the page names the same thing in mid-sentence ("# Vireo 2 monitor")
    if _LINE_OPENING.search(text, max(0, name.start() - 16), name.start()) is None:
        return True
    return _named_elsewhere(text, start)


_PANEL_FIELD_BEFORE = re.compile(
    r"\b(?:Servings?[ \u00a0]+(?:Per|per)[ \u00a0]+(?:Container|Pack|Package|Bottle|Tub|Pot|Box)"
    r"|Amount[ \u00a0]+(?:Per|per)[ \u00a0]+Serving|Calories|Total[ \u00a0]+Fat|Protein"
    r"|Sodium|Total[ \u00a0]+Carbohydrate|Dietary[ \u00a0]+Fiber|Total[ \u00a0]+Sugars)[ \u00a0]+\Z"
)
"""A US nutrition panel's field before its value, no colon between (s58x: ``Servings Per
Container 30``, ``Calories 45``): the value is a figure, not a name's number."""


_OPENING_NAME = re.compile(r"(?<![\w&'’.-])(?P<name>[A-Z][a-z][\w&'’-]*) \Z")
_NAME_DIGITS = re.compile(r"\d{1,3}(?![\d.,]\d|\w)")


def _named_elsewhere(text: str, start: int) -> bool:
    """A capitalised word opening a sentence, a heading or a line before a number is the
    name's first word when the page says the same name and number in mid-sentence, where it
    can only be a name: a device page's heading ``# Vireo 2 blood pressure monitor`` and its
    footnote ``*Vireo 2 is indicated for adults`` name the ``the Vireo 2 cuff`` of its text
    (s57x: a product's model number is an identifier, the annotation guide's "names and
    identifiers that contain digits"). A function word or a label opening the sentence
    (``In 12``, ``Table 2``) is no name (:data:`_NOT_A_PRODUCT`)."""
    opening = _OPENING_NAME.search(text, max(0, start - 30), start)
    digits = _NAME_DIGITS.match(text, start)
    if opening is None or digits is None or opening.group("name") in _NOT_A_PRODUCT:
        return False
    name = re.escape(opening.group("name"))
    said = re.compile(rf"(?<![\w&'’.-]){name} {digits.group()}(?![\d.,]\d|\w)")
    for other in said.finditer(text):
        number = other.end() - len(digits.group())
        if (
            number != start
            and _NAME_BEFORE.search(text, max(0, number - 30), number)
            and _LINE_OPENING.search(text, max(0, other.start() - 16), other.start()) is None
        ):
            return True
    return False


_LINE_OPENING = re.compile(
    r"(?:\A|[\n\u2028\u2029])[ \t\u00a0\u2028\u2029]*"
    r"(?:(?:[-*+•·‣▪>]|\d{1,2}[.)]|[★☆⭐✩✭✮✯]{1,10})[ \t\u00a0]+)?\Z"
)
"""Where a line or a block opens: its start, blanked markup, a list marker or a quote's, or
a shop page's row of stars (``★★★★★ Rated 4.6 out of 5``, s57x: the rating, no name)."""


_PRODUCT_VERBS = (
    r"is|was|has|does|can|will|may|comes|contains|costs|counts|detects|displays|gives|helps"
    r"|includes|lasts|lets|logs|measures|monitors|offers|protects|provides|reads|records"
    r"|relieves|runs|sends|shows|supports|syncs|tracks|treats|uses|works"
)
_PRODUCT_NAME_BEFORE = re.compile(rf"(?<![\w&'’.-])(?P<name>[A-Z][\w&'’.-]*){H}+\Z")
_PRODUCT_VERB_AFTER = re.compile(
    rf"\d{{1,3}}(?![\w.,/%:-]){H}+(?:{_PRODUCT_VERBS})\b"
    rf"(?!{H}*(?:[.,;:)]|and\b|or\b|are\b|were\b|have\b|had\b|of\b|per\b|for\b|in\b|at\b"
    rf"|on\b|from\b|with\b|to\b|[a-z]+ed\b|a{H}+(?:day|week|month|year)\b))"
)
_NOT_A_PRODUCT = frozenset(
    (
        _NOT_A_STREET
        + "|Nearly|Almost|Roughly|Approximately|About|Around|Another|Fewer|More|Less|Still"
        + "|Even|Exactly|If|When|Where|While|Although|Because|Once|As|Then|So|Yet|Here"
        + "|There|Today|Now|Overall|Altogether|Only|Just|Some|Those|These|Every|Each|Top"
        + "|Number|No|Nos|Total|Score|Grade|Dose|Room|Ward|Bed|Floor|Gate|Door|Bay|Unit|Zone"
    ).split("|")
)
"""Capitalised words before a number that name no product: function words that open a
sentence (``Only 10 is left``), labels (``Table 2 shows``) and places (``Ward 4 has``)."""


def is_product_number_before_verb(text: str, start: int) -> bool:
    """A whole number of up to three digits between a capitalised name and a verb of its
    own ends the name: ``the Fitbit Charge 6 tracks 7 sleep stages``, ``Zyrtec 10 is sold``,
    ``the Apple Watch Series 9 measures``. English counts two or more things with a plural
    verb (``10 are sold``), so a singular verb (``is``, ``has``, a verb in -s a device or a
    medicine does: ``tracks``, ``measures``, ``treats``) after the number says it is part of
    the name; an -s word followed by a verb, a preposition or the clause's end is a plural
    noun and counted (``In Scotland 40 checks were done``, ``6 tracks per album``, ``40
    checks logged``: a verb in -ed after the -s word). A word
    opening a sentence counts as a name here (a brand opens sentences too: ``Gardasil 9
    protects``) unless it is a function word, a label or a place (:data:`_NOT_A_PRODUCT`)."""
    if not _PRODUCT_VERB_AFTER.match(text, start):
        return False
    name = _PRODUCT_NAME_BEFORE.search(text, max(0, start - 40), start)
    return name is not None and name.group("name") not in _NOT_A_PRODUCT


_LIST_ITEM = r"\d{1,3}[A-Za-z]?"
_LIST_SEPARATOR = (
    rf"{H}*(?:,{H}*(?:(?P<comma_and>and|or|&){H}+)?|(?:and|or|&|/|plus|as{H}+well{H}+as)(?={H}|-|\d))"
    rf"{H}*"
)
_ENDS_IN_SEPARATOR = re.compile(rf"(?:,|\b(?:and|or|plus|as)|&|/){H}*-?\Z")
_LISTED_AFTER_NAME = re.compile(
    rf"(?<![\w-])(?P<head>[A-Za-z]+(?:-[A-Z][A-Za-z]*)*)(?:{H}+|(?P<hyphen>(?<=[A-Z])-))"
    rf"(?P<first>{_LIST_ITEM})"
    rf"(?:{_LIST_SEPARATOR.replace('?P<comma_and>', '?:')}-?{_LIST_ITEM})*"
    rf"(?P<last>{_LIST_SEPARATOR})(?P<sign>-)?\Z",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*(?:-?[A-Z][A-Za-z]*)+\Z")


def is_listed_name_number(text: str, start: int, counts: bool) -> bool:
    """A number that goes on a list of a name's numbers is a name's number too: ``HPV types
    16 and 18``, ``HPV 6, 11, 16 and 18``, ``serotypes 19A and 3 as well as 14``, ``HIV-1 and
    -2``, ``codons 12 and 13``, ``type 1 and 2 diabetes``, ``grades 3 and 4``, a scale's
    scores after its hyphenated name (``CGI-I 1 or 2``).

    The list's first number follows a label word (:data:`LABEL_WORDS`: ``types``, ``grade``,
    ``serotypes`` …), an acronym (``HPV``, ``IL``) or a capitalised name in mid-sentence; each
    later one follows a comma, ``and``, ``or``, ``&``, ``/``, ``plus`` or ``as well as``.
    ``start`` is where the number (or its sign) starts; ``counts`` says whether it is read
    with a counted noun (``2 diabetes``), which goes on the list only after ``and``/``or``/
    ``&``/``/`` (``In phase 2, 40 patients`` counts 40 patients) and never after a hyphenated
    name unless signed like it (``COVID-19 and 5 other infections`` counts five)."""
    if not _ENDS_IN_SEPARATOR.search(text, max(0, start - 12), start):
        return False
    found = _LISTED_AFTER_NAME.search(text, max(0, start - 80), start)
    if not found:
        return False
    head = found.group("head")
    if found.group("hyphen"):
        if not _ACRONYM.match(head) or (counts and not found.group("sign")):
            return False
    elif not (
        head.lower().rstrip(".") in LABEL_WORDS
        or SCHEDULE_LIST_HEAD.search(text, max(0, found.start() - 12), found.start("first"))
        or _ACRONYM.match(head)
        or is_named_number(text, found.start("first"))
    ):
        return False
    if counts:
        last = found.group("last").strip()
        return bool(last) and (not last.startswith(",") or found.group("comma_and") is not None)
    return True


_ACRONYM_BEFORE = re.compile(rf"(?<![\w-])[A-Z][A-Za-z]*[A-Z][A-Za-z]*{H}+\Z")


def names_a_number(text: str, start: int, capitalised: bool = True) -> bool:
    """Whether the word before ``start`` makes the number there a name's or a label's: a
    label word, an acronym anywhere (``HPV 16/18``, ``PM 2.5`` opening a sentence) or, with
    ``capitalised``, a capitalised name in mid-sentence (:func:`is_named_number`)."""
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 20), start)
    if acronym and acronym.group().strip() in MEASURE_ACRONYMS:
        return False  # "its NPV 0.99": the measure's figure, no name's number
    return (
        is_label_number(text, start)
        or acronym is not None
        or (capitalised and is_named_number(text, start))
    )


MEASURE_ACRONYMS = frozenset({"PPV", "NPV"})
"""Acronyms of a measure whose figure follows them (``PPV 0.45``, ``NPV 99%``): the
predictive values of a test, never a name's number as ``HPV 16`` or ``PM 2.5`` is."""


_NAME_AFTER = re.compile(rf"{H}(?!{_MONTH}\b|{_WEEKDAY}\b|[AP]\.?M\b)[A-Z][a-z][A-Za-z]*\b(?!['’])")


def is_model_number(text: str, end: int) -> bool:
    """A bare number right before a capitalised word is a model's or a title's number:
    ``11 Pro``, ``787 Dreamliner``, ``4 Started`` (a unit or a counted noun in Title Case is
    read before this is asked: ``20 Percent``, ``4 Weeks``, ``40 Americans``). The finder asks
    it only of numbers of up to three digits: ``27000 Model S cars`` is a count."""
    return bool(_NAME_AFTER.match(text, end))


def is_named_by_abbreviation(text: str, end: int, digits: str) -> bool:
    """``Glypican 3 (GPC3)``, ``interleukin 7 (IL-7)``: the abbreviation repeats the number."""
    match = _ABBREVIATION_AFTER.match(text, end)
    if not match:
        return False
    abbreviation = match.group("abbr")
    return any(c.isalpha() for c in abbreviation) and digits in abbreviation


def is_time_stamp_ago(text: str, end: int) -> bool:
    """``five years ago`` dates an event; it states no amount."""
    return bool(_AGO.match(text, end))


_TIME_PREPOSITION = re.compile(
    rf"(?<![\w-])(?P<word>in|during|since|until|till|before|after|by|from|through|throughout"
    rf"|between|as{H}+of|circa|c\.|ca\.|early|mid|late|end{H}+of|start{H}+of|spring|summer"
    rf"|autumn|fall|winter|(?:later|earlier|sooner){H}+than){H}+(?:-{H}*)?\Z",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(rf"{H}+(?P<word>[A-Za-z]+)")
_CLAUSE_START = re.compile(rf"(?:\A|[.!?:;]{H}+|\n{H}*|[\u2029\x1d]{H}*)\Z")


_PAGE_WORDS = (
    r"(?:page|leaflet|article|information|guide|guidance|content|site|website|factsheet"
    r"|fact{H}+sheet|booklet|advice|section|resource|list|statistics)s?"
).replace("{H}", H)
_PAGE_REVIEWED = EndAnchored(
    re.compile(
        rf"(?:\b(?i:we|I|editors?|our{H}+(?:team|editors|clinicians|writers)){H}+"
        rf"(?:(?:aim{H}+to|try{H}+to|will|plan{H}+to){H}+)?"
        rf"(?i:update|review|check|revise|refresh|re-?check)s?"
        rf"(?:{H}+(?i:this|the|our|these|all|each|every)){{0,2}}{H}+(?i:{_PAGE_WORDS})"
        rf"|\b(?i:this|the|our|these|each|every|all)(?:{H}+[A-Za-z-]+)?{H}+(?i:{_PAGE_WORDS})"
        rf"{H}+"
        rf"(?i:is|are|will{H}+be|gets|get|is{H}+being){H}+"
        rf"(?i:updated|reviewed|checked|revised|refreshed))"
        rf"(?:{H}+[a-z]+){{0,3}}?{H}+(?i:at{H}+least{H}+|once{H}+|roughly{H}+|about{H}+)?"
        rf"(?i:every){H}+\Z"
        rf"|\b(?i:next){H}+(?i:review|update)(?:{H}+(?i:due|date))?{H}*:?{H}*"
        rf"(?:(?i:in|within|after){H}+)?\Z"
    )
)


def is_page_review_interval(text: str, start: int) -> bool:
    """``We update this page every 6 months``, ``This leaflet is reviewed every 2 years``,
    ``next review in 12 months``: how often a page is looked over is page furniture, as a
    reading time is, no figure about the world. Only a page, leaflet, guide … (or its
    information) updated, reviewed or checked; ``we review your medicines every 6 months``
    states a service's promise and stays a figure."""
    return _PAGE_REVIEWED.search(text, max(0, start - 120), start) is not None


def is_year_time_stamp(text: str, start: int, end: int) -> bool:
    """A year after a preposition of time dates what follows: ``In 2023 licensed clinics``,
    ``by 2030``, ``since 2019``. The counted noun after it is the sentence's subject, not the
    year's (``In 2023 licensed clinics performed …`` counts no clinics).

    Only 1900-2099 is read so. A round hundred after a lower-case preposition stays a count
    (``resulted in 2000 deaths``, ``rose by 1500 cases``); so does a year after lower-case
    ``by``, which is as often a change (``fell by 2019 patients`` is rare, ``by 2030`` is
    caught by the plain year rule when no noun follows). ``In``/``By`` opening a sentence
    always date it. A year that opens a sentence by itself dates it too (``2019 saw new
    sites``), unless a counted noun follows at once (``2019 patients were enrolled``)."""
    surface = text[start:end]
    if not (len(surface) == 4 and surface.isdigit() and surface[:2] in ("19", "20")):
        return False
    found = _TIME_PREPOSITION.search(text, max(0, start - 16), start)
    if not found:
        # a year opening a sentence dates it unless a counted noun follows at once:
        # "2019 saw new sites" / "2023 licensed clinics…", but "2019 patients were enrolled"
        next_word = _NEXT_WORD.match(text, end)
        return bool(_CLAUSE_START.search(text, max(0, start - 40), start)) and not (
            next_word and next_word.group("word").lower() in COUNTABLE_NOUNS
        )
    word = found.group("word")
    opens_sentence = word[0].isupper() and bool(
        _CLAUSE_START.search(text, max(0, found.start() - 40), found.start())
    )
    if opens_sentence:
        return True
    if word.lower() == "by":
        return False
    return not surface.endswith("00")


_ALWAYS_PATTERN = (
    rf"(?:(?:24|twenty[-{H[1:-1]}]four){H}+hours?(?P<day>{H}+(?:a|per|each){H}+day)?"
    rf"|(?:7|seven){H}+days?(?P<week>{H}+(?:a|per|each){H}+week)?"
    rf"|365{H}+days?(?P<year>{H}+(?:a|per|each){H}+year)?"
    rf"|(?:52|fifty[-{H[1:-1]}]two){H}+weeks?{H}+(?:a|per|each){H}+year)"
)
_ALWAYS = re.compile(_ALWAYS_PATTERN, re.IGNORECASE)
_ALWAYS_AFTER = re.compile(rf"{H}*(?:,|and|or|/)?{H}*{_ALWAYS_PATTERN}", re.IGNORECASE)
_ALWAYS_BEFORE = re.compile(rf"{_ALWAYS_PATTERN}{H}*(?:,|and|or|/)?{H}*\Z", re.IGNORECASE)
_HOURS_BEFORE = re.compile(
    rf"(?:\b[ap]\.m\.|\b[ap]m\b|\d{{1,2}}[:.]\d{{2}}|\b(?i:noon|midnight)\b){H}*,?{H}*\Z"
)
"""A clock time right before an always idiom: opening hours (``8am to 6pm, 7 days a week``)."""
_PERIOD_NEXT = re.compile(
    rf"{H}+(?:after|later|before|from|post|of|following|until|to|into|in|since)\b", re.IGNORECASE
)
_AVAILABLE_BEFORE = re.compile(
    rf"\b(?:open(?:s|ed)?|available|availability|staffed|operat(?:e|es|ed|ing)|runs?"
    rf"|answered|reachable|here|on{H}+call|on{H}+hand|contact(?:able)?|support|helpline"
    rf"|hotline|line|service|services|access|bookings?|appointments?|call{H}+us|reach{H}+us"
    rf"|online|book|order|chat|text|e-?mail|message|ring|phone|call|on{H}+duty|on{H}+site)\b"
    rf"[^.!?;\n\u2029\x1d]{{0,30}}\Z",
    re.IGNORECASE,
)


_HELPLINE_BRACKET = re.compile(rf"\d{H}*\((?:[^()\d]{{0,20}},{H}*)?\Z")
"""A bracket right after a number, perhaps with a word before a comma: ``116 123 (24 hours``,
``0800 123 4567 (free, 24 hours``."""


_ALWAYS_ADJECTIVE = re.compile(
    rf"(?:(?:24|twenty[-‐]four)[-‐]hours?|(?:7|seven)[-‐]days?|365[-‐]days?)"
    rf"(?={H}+(?:(?:a|an|the){H}+)?(?:[a-z]+{H}+)?(?:helplines?|hotlines?|lines?|services?"
    r"|support|advice|access|cover|pharmac(?:y|ies)|receptions?|opening|chat|emergency"
    r"|emergencies|A&E|care|nursing|staffing)\b)",
    re.IGNORECASE,
)
"""``24-hour helpline``, ``7-day service``, ``a 24-hour phone line``: the "always" idiom as
an adjective before what can be reached (``24-hour urine test`` keeps its 24 hours)."""


def is_opening_hours(text: str, start: int) -> bool:
    """``open 7 days a week``, ``nurses available 24 hours a day``, ``24 hours a day, 7 days a
    week``: the "always" idioms (24 hours, 7 days, 365 days, 52 weeks a year) say when a
    service can be reached, not an amount. One is dropped after an availability word in the
    same clause (open, available, staffed, here, line, service …) or when chained to another;
    else it stays a figure: ``took the tablets 7 days a week`` is a regimen, ``7 days of
    antibiotics`` a duration. The ways a service is reached count as availability words too
    (session 53): ``book online 24 hours a day``, ``chat to a nurse 7 days a week``, ``text
    us 24 hours a day``, ``ring us 365 days a year``, ``pharmacists on duty 7 days a week``.
    Without its ``a day``/``a week`` the idiom must not lead into a period (``results are
    available 7 days after the test`` keeps its 7 days)."""
    if _ALWAYS_ADJECTIVE.match(text, start):
        return True
    idiom = _ALWAYS.match(text, start)
    if not idiom:
        return False
    if _HOURS_BEFORE.search(text, max(0, start - 20), start):
        return True  # "8 a.m. to 8 p.m., 7 days a week": when the lines are open (s58x)
    if _ALWAYS_AFTER.match(text, idiom.end()) or _ALWAYS_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return True
    if idiom.group("day") or idiom.group("year"):
        return True  # "24 hours a day", "365 days a year": all of every day, whatever is done
    if _HELPLINE_BRACKET.search(text, max(0, start - 40), start):
        return True  # "Samaritans 116 123 (free, 24 hours)": when the number can be rung
    bare = not (idiom.group("day") or idiom.group("week") or idiom.group("year"))
    if bare and _PERIOD_NEXT.match(text, idiom.end()):
        return False
    return bool(_AVAILABLE_BEFORE.search(text, max(0, start - 60), start))


_ONE_DAY = re.compile(rf"(?i:one){H}+day\b")
_ONE_DAY_AFTER_MODAL = re.compile(
    rf"\b(?:may|might|could|would|will|can|shall|should|must|['’]ll|perhaps|maybe"
    rf"|(?:hope[sd]?|hoping|aim(?:s|ed|ing)?|want(?:s|ed)?|wish(?:es|ed)?|dream(?:s|ed)?"
    rf"|plan(?:s|ned)?|expect(?:s|ed)?|set|going){H}+to)(?:{H}+[a-z]+ly)?{H}+\Z",
    re.IGNORECASE,
)
_OPENS_SENTENCE = re.compile(rf"(?:\A|[.!?:;\n\u2029\x1d\"“(]){H}*\Z")
_ONE_DAY_IDIOM_AFTER = re.compile(
    rf"{H}*,|{H}+(?:soon|in{H}+the{H}+(?:near{H}+|distant{H}+)?future|at{H}+a{H}+time)\b",
    re.IGNORECASE,
)

_ONE_DAY_SUBJECT_AFTER = re.compile(
    rf"{H}+(?:I|you|we|they|he|she|it|there|this|your|our|their|my|You|We|They|He|She|It"
    rf"|There|This|Your|Our|Their|My)\b"
)
"""A subject right after a sentence's opening ``One day``: ``One day you may need help``."""


HALF_IDIOM_AFTER = re.compile(
    rf"{H}+(?i:the|your|our|their|my){H}+(?i:job|battle|story|fun|problem|answer|picture|truth"
    rf"|work|trouble|equation|solution|puzzle)(?![\w-])"
)
"""``half the battle``, ``only half the job``, ``half the story``: a part of a whole that is no
amount (``half the patients``, ``half the risk`` stay figures)."""
OTHER_BEFORE = re.compile(rf"(?<![\w-])(?i:the|an?){H}+(?i:other|better){H}+\Z")
"""``the other half``, ``my better half``: the rest of a group or a person, no share (``half
of adults``, ``cut by half`` stay figures)."""


def is_half_idiom(text: str, start: int, end: int) -> bool:
    """``half`` in an idiom, no proportion: ``half the battle``, ``the other half``."""
    if text[start:end].lower() != "half":
        return False
    return bool(
        HALF_IDIOM_AFTER.match(text, end) or OTHER_BEFORE.search(text, max(0, start - 16), start)
    )


def is_idiom(text: str, start: int, end: int) -> bool:
    """``one day`` meaning "some day" is no duration: after a modal or a verb of hoping (``may
    one day replace``, ``could one day``, ``hope to one day``), before ``soon``, ``in the
    future`` or ``at a time`` (``one day at a time``), or opening a sentence before a comma
    or a subject (``One day, a cure …``, ``One day you may need help``). ``lasts one day``,
    ``for one day``, ``one day a week`` stay durations."""
    if is_half_idiom(text, start, end):
        return True
    idiom = _ONE_DAY.match(text, start)
    if not idiom or idiom.end() != end:
        return False
    after = _ONE_DAY_IDIOM_AFTER.match(text, end)
    if after and after.group().strip() != ",":
        return True
    if _ONE_DAY_AFTER_MODAL.search(text, max(0, start - 40), start):
        return True
    if not after:
        after = _ONE_DAY_SUBJECT_AFTER.match(text, end)
    return bool(after) and bool(_OPENS_SENTENCE.search(text, max(0, start - 40), start))


def names_no_amount(text: str, start: int, first_number: tuple[int, int]) -> bool:
    """The context rules that need a whole reading: a year after a preposition of time
    (:func:`is_year_time_stamp`) and opening hours in words (:func:`is_opening_hours`)."""
    return is_year_time_stamp(text, *first_number) or is_opening_hours(text, start)


CLOCK_WORD_AFTER = re.compile(rf"{H}*(?i:noon|midnight|midday|o['’]clock)(?![\w-])")
"""``12 noon``, ``12 midnight``, ``9 o'clock``: a time of day said with its word, no figure."""


def is_clock_time(text: str, end: int) -> bool:
    """Whether a bare number ending at ``end`` is a time of day told by a word after it
    (:data:`CLOCK_WORD_AFTER`): ``open until 12 noon``, ``from 12 midnight``."""
    return CLOCK_WORD_AFTER.match(text, end) is not None


REGISTERED_NUMBER = re.compile(r"\(\d{6,8}\)")
"""A bracket holding nothing but six to eight ungrouped digits: ``Heart Trust (1183456)``, a
registered charity's or company's number, as a page's footer writes it."""


def is_registered_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start``-``end`` stands alone in brackets as a registration
    number does (:data:`REGISTERED_NUMBER`): a count of six digits or more is grouped
    (``(1,183,456)``) or has its noun."""
    if start <= 0 or REGISTERED_NUMBER.fullmatch(text, start - 1, end + 1) is None:
        return False
    # … after an organisation's name or a word of registration, not after what a count
    # counts ("stomach cancers (769000)" is a count of deaths in a source's list)
    before = text[max(0, start - REGISTERED_REACH) : start - 1]
    return bool(REGISTERED_WORD.search(before) or NAME_BEFORE.search(before))


REGISTERED_REACH = 50  # characters before the bracket searched for the name or its word
REGISTERED_WORD = re.compile(
    r"\b(?:charit(?:y|ies)|compan(?:y|ies)|registered|registration|reg\.?|no\.|number|trust"
    r"|foundation|limited|ltd|CIC|plc)\b",
    re.IGNORECASE,
)
NAME_BEFORE = re.compile(r"\b[A-Z][\w&'’-]*[ \u00a0]*\Z")
"""A capitalised word right before the bracket: an organisation's name (``Heart Trust``)."""


ALLERGEN_COMPONENT_BEFORE = re.compile(
    r"(?<![\w-])r?n?(?:[A-Z][a-z]{2,3}[ \u00a0][b-z]"
    r"|(?:Amb|Alt|Cor|Tri|Sin|Che|Cup|Jun|Cry|Pho|Lol|Zea|Hor|Sec|Fag|Que|Aln)[ \u00a0]a)"
    r"[ \u00a0]\Z"
)
"""The genus and species letters of an allergen component's WHO/IUIS name, before its number:
``Phl p 1``, ``Bet v 1``, ``Ara h 2``, ``Der p 1``, ``Fel d 1``, ``Pru p 3``, ``rBet v 1``. The
species letter ``a`` only after a genus that has one (``Amb a 1``, ``Cor a 1``, ``Tri a
19``): ``Take a 5 minute break`` opens a sentence with the article."""
STAR_ALLELE_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9-]*\d[A-Za-z0-9]*\*\Z")
"""A gene's name and the star of its allele: ``CYP2D6*4``, ``CYP2C19*2``, ``UGT1A1*28``."""
ALLERGEN_NUMBER = re.compile(r"\d{1,2}(?:\.\d{2,4})?(?![\d.,]\d|[ \u00a0]*%)")


def is_allergen_or_allele(text: str, start: int) -> bool:
    """Whether the number at ``start`` ends an allergen component's name (``Phl p 1``, ``Ara h
    2``: :data:`ALLERGEN_COMPONENT_BEFORE`) or a gene's star allele (``CYP2D6*4``): a name's
    number, no figure."""
    if STAR_ALLELE_BEFORE.search(text, max(0, start - 16), start):
        return True
    return bool(
        ALLERGEN_COMPONENT_BEFORE.search(text, max(0, start - 12), start)
        and ALLERGEN_NUMBER.match(text, start)
    )
