"""What a figure is about beyond its subject: its measure, its group and its time.

A figure's *frame* is read from its own clause (see :func:`clauses`) by the same rules on
both sides: on the draft's sentence around the figure, and on a registry claim's statement
around its value (plus the claim's explicit ``measure``, ``group`` and ``timepoint`` fields,
which take precedence). Two frames *contradict* when both state a slot and the values cannot
be the same: a placebo arm is not the drug arm, people aged 18–29 are not people over 65, a
five-year figure is not a one-year figure, 2018 is not 2020, deaths are not new cases. A
contradicted candidate is not the figure's claim, whatever its wording scores.

The slots are lexical, by design: claimcheck runs on ``spacy.blank("en")`` with no parser, and
a reviewer can read the word lists below to see why a candidate was ruled out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import pycountry

from claimcheck.nlp.claim import CellText, Claim
from claimcheck.nlp.header_thresholds import defines_a_header_outcome
from claimcheck.nlp.quantities.bundle_prices import bundle_around
from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.groups import age_number
from claimcheck.nlp.quantities.numbers import ONES, TENS
from claimcheck.nlp.quantity import STRENGTH, Quantity
from claimcheck.nlp.tables import AGE_TITLE
from claimcheck.nlp.terms import singular
from claimcheck.registry.loader import normalise_term
from claimcheck.registry.schema import parse_timepoint
from claimcheck.registry.units import CURRENCY_CODES, MEASUREMENT_UNITS
from claimcheck.verify.frozen import replace
from claimcheck.verify.gates import GatedNames, lowered
from claimcheck.verify.scans import NeedleScanned

_H = r"[ \t\u00a0\u2009\u202f]"
_NUM_WORDS = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
_NUMBER = rf"(?:\d+(?:\.\d+)?|{_NUM_WORDS})"

CARRIERS_RISK = re.compile(
    r"\b(?:risks?|chances?|likelihood|penetrance|incidence|cumulative|ratios?)\b"
    r"|\b(?:affects?|affected|develops?|developed|gets?)\W+(?:[\w-]+\W+){0,3}?carriers\b"
    r"|\b(?:of|in|among|for)\W+(?:[\w-]+\W+(?:(?:and|or)\W+)?){0,2}?carriers\b"
    r"|\bof\W+(?:women|men|people|patients|adults|children|those)\W+carrying\b",
    re.IGNORECASE,
)
"""Words that make carriers the people a risk or a share is of ("a 45% risk … in BRCA2
carriers", "45% of VHL carriers will have had it", "45% of women carrying a BRCA2 variant
develop …", "MLH1 carriers have a 46% cumulative incidence", "it affects 44 in every 100
carriers"), not a count of carriers; a ratio's too ("in BRCA1 and BRCA2 carriers, … a hazard
ratio of 0.49")."""
MEASURES: dict[str, re.Pattern[str]] = {
    "deaths": re.compile(
        r"\b(?:deaths?|died|die|dies|dying|kill(?:s|ed|ing)?|mortality|(?<!non-)(?<!non )fatal\w*"
        r"|death\W+toll"
        # ("claimed around 1.3 million lives": a figure's digits and scale in between)
        r"|(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|takes?|took|taken|taking)\W+(?:[\w.,’'-]+\W+){0,5}?"
        r"lives|lives\W+(?:were\W+)?lost"
        r"|lost\W+(?:their\W+)?lives|succumb(?:s|ed)?"
        # deaths by what they are: "80% of suicides", "the suicide rate" (not an attempt)
        r"|(?<!attempted\W)suicides(?!\W+attempt)|suicide\W+(?:rates?|numbers?)|homicides)\b",
        re.IGNORECASE,
    ),
    "cases": re.compile(
        # ("and 43% of those diagnosed at stage 4": whom a share said after another is of,
        # not new cases; "86% of people diagnosed with HIV" may still be a diagnosis measure)
        # ("for children diagnosed in 1975": a cohort by the year of its diagnosis, whose
        # survival or share is said, not a count of cases)
        r"\b(?:cases?|(?<!of those )(?!diagnosed\W+(?:in|between|during|since)\W+(?:19|20)\d\d)"
        r"diagnos(?:ed|es|is)|(?<!of those )(?<!children )(?<!patients )(?<!people )"
        r"(?<!women )(?<!adults )"
        r"diagnosed(?=\W+(?:in|between|during|since)\W+(?:19|20)\d\d)"
        r"|incidence|newly\W+diagnosed"
        r"|new\W+patients"
        r"|infect(?:s|ed|ing|ions?)|contract(?:s|ed)|caught|acquir(?:e|es|ed|ing)"
        r"|f[ae]ll(?:s|en)?\W+ill|bec[ao]me\W+ill|(?:got|get|gets)\W+sick|born\W+with"
        r"|(?:made|make|makes|making)\W+(?:[\w,]+\W+){0,5}?(?:ill|sick)|sicken(?:s|ed)?"
        r"|(?:taken|took)\W+ill|illnesses"
        r"|develop(?:s|ed|ing)?(?!\W+(?:countr|world|nation|econom|region|area|setting)))\b",
        re.IGNORECASE,
    ),
    # "stroke survivors" are people who had one, not a survival rate
    # … and "live at least five years": how long those with it live
    "survival": re.compile(
        r"\b(?:surviv(?!ors?\b)\w*|alive"
        r"|live[sd]?\W+(?:for\W+)?(?:at\W+least|more\W+than|over|beyond|longer\W+than)"
        r"|live[sd]?\W+for\W+(?:\w+\W+){1,2}?(?:years?|months?)(?=\W+(?:or\W+(?:more|longer)"
        r"|after|since|from|beyond)))\b",
        re.IGNORECASE,
    ),
    # (an attempted suicide is a non-fatal act, never a suicide death: "1 in 15 have
    # attempted suicide" is no suicide rate)
    "injuries": re.compile(
        r"\b(?:injur(?:e|es|ed|ing|y|ies)|non[- ]fatal|hurt|wounded|maimed"
        r"|attempted\W+suicide|suicide\W+attempts?)\b(?!\W+(?:and|or)\W+(?:kill|die|death))",
        re.IGNORECASE,
    ),
    # (an allergy or a condition that resolves or is outgrown: a share of those who had it,
    # as a remission is, never how common it is)
    "response": re.compile(
        r"\b(?:respon(?:se|ses|ded|d|ders?)|remission|resolv(?:e|es|ed)|resolution"
        r"|outgr(?:ow|ows|ew|own|owing))\b",
        re.IGNORECASE,
    ),
    "recurrence": re.compile(
        r"\b(?:recurr\w*|relaps\w*|reinfect\w*|(?:came|come|comes|coming)\W+back)\b",
        re.IGNORECASE,
    ),
    # a cure is no recurrence: "14.6% were cured" is no figure of the claim that 14.6% had a
    # recurrence (infection trials report clinical cure and recurrence apart)
    "cure": re.compile(
        r"\b(?:cur(?:e|ed|es|ing)|eradicat(?:e|ed|es|ing|ion)"
        r"|clear(?:ed|s|ing)?\W+(?:(?:of|the|their|its|an?)\W+)?(?:[\w-]+\W+)?infections?)\b",
        re.IGNORECASE,
    ),
    # a trial's safety outcome, never its efficacy outcome: "major bleeding in 1.8%" is no
    # figure of the claim about recurrent VTE in 1.8% (ISTH's major bleeding definition)
    # (a haemorrhagic stroke is a kind of stroke, a haemorrhagic fever an infection)
    "bleeding": re.compile(
        r"\b(?:bleed(?:s|ing|ings)?|bled|ha?emorrhag\w*)\b(?!\W+(?:strokes?|fevers?)\b)",
        re.IGNORECASE,
    ),
    # carriers of a recessive gene (cystic fibrosis, sickle cell trait, thalassaemia) are
    # no count of those who have the disease
    "carriers": re.compile(
        r"\b(?:carriers?|(?:carr(?:y|ies|ying)|ha(?:ve|s|ving))\W+(?:[\w-]+\W+){0,5}?(?:genes?"
        r"|variants?|mutations?|traits?|alleles?|cop(?:y|ies)\W+of)|(?:sickle\W+cell"
        r"|thalassa?emia)\W+trait"
        # "one in 250 Ashkenazi Jews carries Tay-Sachs disease": carries the disease's gene
        r"|carr(?:y|ies|ying)\W+(?:[\w-]+\W+){0,3}?(?:disease|syndrome|an(?:a)?emia|fibrosis))\b",
        re.IGNORECASE,
    ),
    # stopping a treatment is no count of those who had its side effects (nor of its
    # response): "stopped treatment because of an adverse event" beside "any adverse event"
    # (stopping said as what came before, "after stopping it", "those who stopped it", is
    # whom the figure counts, not what)
    "discontinuation": re.compile(
        r"(?<!\bafter\s)(?<!\bfollowing\s)(?<!\bsince\s)(?<!\bof\s)(?<!\bwho\s)(?<!\bwhen\s)"
        r"(?<!\bbefore\s)(?<!\bon\s)(?<!\bthat\s)(?<!\bif\s)"
        r"\b(?:discontinu\w*|dropp(?:ed|ing)\W+out|withdr(?:ew|awn|awals?)\W+from\W+(?:the\W+)?"
        r"(?:study|trial|treatment|therapy)"
        r"|(?:stopp(?:ed|ing)|stops?|quit(?:s|ting)?)\W+(?:[\w-]+\W+){0,3}?"
        r"(?:treatment|therapy|medications?|medicines?|drugs?|it|them|tablets?|pills?))\b",
        re.IGNORECASE,
    ),
    "cost": re.compile(
        # (not a cost said absent: "a no-cost scheme", "at no charge", "fee-free", "free of charge")
        r"(?<!\bno[- ])(?<!\bzero[- ])(?<!\blow[- ])"
        r"\b(?:costs?|cost(?:ing)?|price[sd]?|fees?|spend\w*|(?<!in\W)charg(?:e|es|ed|ing))\b"
        r"(?!-free)(?<!free of charge)",
        re.IGNORECASE,
    ),
    "hospitalisations": re.compile(
        r"\b(?:re-?)?hospitali[sz](?:ations?|ed|es?|ing)\b(?!\W+(?:patients?|people|adults|children|infants))"
        r"|\b(?:hospital\W+)?admissions?\b|\badmitted\W+to\b"
        r"|\b(?:sends?|sent|sending|puts?|putting|lands?|landed|landing|ends?\W+up|ended\W+up"
        r"|taken)\W+(?:[\w-]+\W+){0,8}?(?:to|in|into)\W+(?:the\W+)?hospital\b(?!s)"
        r"|\bhospital\W+(?:stays?|care)\b",
        re.IGNORECASE,
    ),
    # a visit to an emergency department is neither a death nor an admission: "kills about
    # 430 people and sends 50,000 to emergency departments" (CDC counts them apart)
    "emergency visits": re.compile(
        r"\b(?:emergency\W+(?:department|room)|A&E|ER|ED)\W+(?:visits?|attendances?|presentations?)\b"
        r"|\bvisit(?:s|ed|ing)?\W+(?:an?\W+|the\W+)?(?:emergency\W+(?:department|room)s?|A&E)\b"
        r"|\b(?:sends?|sent|sending|ends?\W+up|ended\W+up|taken|brought|attend(?:s|ed|ing)?"
        r"|present(?:s|ed|ing)?|treated|seen|(?:seeks?|sought|seeking)\W+(?:care|treatment))"
        r"\W+(?:[\w-]+\W+){0,8}?(?:to|in|at)\W+(?:the\W+|an\W+)?"
        r"(?:US\W+|U\.S\.\W+)?(?:emergency\W+(?:department|room)s?|A&E)\b",
        re.IGNORECASE,
    ),
    # a test's accuracy: the share of those with the disease it finds (sensitivity) is no
    # share of those without it that it clears (specificity), nor a predictive value
    "sensitivity": re.compile(r"\b(?:sensitivity|sensitivities|true[- ]positive\W+rate)\b", re.I),
    "specificity": re.compile(r"\b(?:specificity|specificities|true[- ]negative\W+rate)\b", re.I),
    "positive predictive value": re.compile(r"\bpositive\W+predictive\W+values?\b|\bPPV\b"),
    "negative predictive value": re.compile(r"\bnegative\W+predictive\W+values?\b|\bNPV\b"),
}
"""What is counted or measured, by the words that name it (deaths are not new cases)."""
TEST_ACCURACY = frozenset(
    {"sensitivity", "specificity", "positive predictive value", "negative predictive value"}
)
"""The measures of a test's accuracy (what a figure "is about", not what it counts)."""
KILLED_OR_INJURED = NeedleScanned(
    re.compile(
        r"\b(?:killed|died|deaths?|fatal(?:ly)?|fatalities)\W+(?:and|or|&)\W+(?:\w+\W+)?"
        r"(?:injured|injuries|hurt|wounded|injury)\b"
        r"|\b(?:injured|injuries)\W+(?:and|or|&)\W+(?:killed|deaths?)\b|\bKSI\b",
        re.IGNORECASE,
    )
)
"""One count of those killed or injured together (road safety's KSI: "killed or seriously
injured"): not a count of deaths, nor of injuries alone."""
RATE_PER_POPULATION = re.compile(r"(?:/|\bper\s+)\d")
"""A unit per a number of people ("deaths per 1,000,000", "cases/100,000"): a rate."""
SHARE_OF_CASES = re.compile(
    r"(?P<share>%|\bper\s?cent)\s*of\s+(?:(?:all|the|those|these)\s+)?cases\b(?!\s+of\b)",
    re.IGNORECASE,
)
OF_CASES = re.compile(r"\s*of\s+(?:(?:all|the|those|these)\s+)?cases\b(?!\s+of\b)", re.I)
"""``of cases`` right after a share: what the share is of ("in 82.3% of cases", "in 5% of all
cases"), no count of cases."""
SHARE_INCIDENCE = StartScanned(
    re.compile(
        r"\b(?:incidence|newly\W+(?:\w+\W+)?diagnosed|new(?:ly)?\W+(?:[\w-]+\W+){0,2}?cases?"
        r"|(?:develop|get|gets|getting)\W+(?:[\w-]+\W+){1,4}?(?:each|every|per|a)\W+year)\b",
        re.IGNORECASE,
    )
)
"""Words that say a share counts new cases in a period: ``incidence``, ``newly diagnosed``,
``new cases``, ``develop kidney stones each year`` (a share's verbs alone, "had", "occurred",
say nothing of it)."""
PREVALENCE_WORD = re.compile(
    r"\bprevalen|\bliv(?:e|es|ed|ing)\W+with\b|\bsuffer(?:s|ed|ing)?\W+from\b", re.IGNORECASE
)
"""Words that say a rate counts those who have the condition, whatever its verb: "lives
with", "suffer from" ("affects" does not: "affects 1 in 2,500 babies born" is a birth
incidence)."""
SHARE_PREVALENCE = re.compile(
    r"\bprevalen|\b(?:live|lives|lived)\W+with\b|\bsuffers?\W+from\b", re.IGNORECASE
)
"""Words that say a share counts those who have the condition: "prevalence", and a verb
said of the share itself ("1 in 1,000 adults live with it", "0.5% suffer from it"). A
participle naming the share's population ("30% of people living with HIV") says whom the
share is of, not what it counts; "affects" says neither ("affects 1 in 2,500 babies born" is
a birth incidence)."""
EVENT_FREE_PHRASE = re.compile(
    r"\bfree\W+(?:of|from)\W+(?:[\w-]+\W+){0,3}?progression(?:\W+or\W+death)?\b"
    r"|\bprogression[- ]free\b"
    r"|\b(?:relapse|recurrence|disease|event|metastasis)[- ]free(?!\W+(?:interval|period))\b",
    re.IGNORECASE,
)
"""A progression-free survival in a statement's or a page's words ("free of disease
progression or death", "progression-free"): a survival, whatever death its definition
names, as "alive without disease progression" is; so is a share said ``relapse-free`` (or
recurrence-, disease-, event-, metastasis-free) at a time, its event-free survival. (A
relapse or recurrence said ``free of`` stays what it is counted as: ``free of distant
relapse`` is no invasive disease-free survival.)"""
SINCE_DIAGNOSIS = re.compile(
    r"\b(?:after|since|from|at|of|following|post)\W+(?:(?:the|their|a|his|her|its)\W+)?"
    r"diagnos(?:is|es)\b"
    r"|\b(?:after|since|once)\W+(?:(?:they|he|she|you|we)\W+(?:are|were|is|was|have\W+been"
    r"|has\W+been|had\W+been)|being)\W+diagnosed\b",
    re.IGNORECASE,
)
"""When a time is counted from ("five years after diagnosis", "at diagnosis"): no count of
new cases, whatever "diagnosis" says elsewhere."""
LIVES_COUNTED = re.compile(r"\blives\Z", re.IGNORECASE)
"""A figure counting lives ("around 76,000 lives")."""
LIVES_TAKEN_BEFORE = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|cost(?:s|ing)?|takes?|took|taken|taking)\W+\Z", re.IGNORECASE
)
"""The verb right before a count of lives that says they were lost ("claims", "cost",
"took"): the figure counts deaths (lives saved are deaths prevented, no count of them)."""
UNIT_MEASURES = {
    "deaths": "deaths",
    "death": "deaths",
    "cases": "cases",
    "case": "cases",
    **dict.fromkeys(
        (
            "hospitalizations hospitalisations hospitalization hospitalisation admissions admission"
        ).split(),
        "hospitalisations",
    ),
}
INCIDENCE = StartScanned(
    re.compile(
        r"\b(?:new(?:ly)?\W+(?:[\w-]+\W+){0,3}?(?:cases?|diagnos\w+|infections?|patients)|incidence|incident"
        r"|(?:new(?:ly)?\W+)?(?:acquired|contracted|caught)|new(?:ly)?\W+infected"
        r"|perform(?:s|ed)?|carried\W+out"
        r"|f[ae]ll(?:s|en)?\W+ill|bec[ao]me\W+ill|born\W+with"
        r"|develop(?:s|ed|ing)?(?!\W+(?:countr|world|nation|econom|region|area|setting))"
        r"|(?:each|every|per|a)\W+year|annual(?:ly)?|yearly|struck|strikes?|occur(?:s|red|ring)?"
        r"|happen(?:s|ed)?|(?:had|have|has|suffer(?:s|ed)?)\W+(?:a|an|their|its)\W+(?:new|first)"
        # an acute event had ("805,000 had a heart attack", "have a stroke"): new events
        r"|(?:had|have|has|suffer(?:s|ed)?)\W+(?:a|an)\W+(?:[\w-]+\W+){0,2}?(?:stroke|attack|seizure"
        r"|fracture|fall|fit|miscarriage|infarction)\b"
        # "557,000 people started dialysis": those who began it, not all who are on it
        r"|(?:start|starts|started|starting|began|begin|begins|initiated)\W+(?:[\w-]+\W+){0,2}?"
        r"(?:dialysis|haemodialysis|hemodialysis|insulin|chemotherapy|antiretroviral)"
        # "245,000 people get sepsis": catch it, as "develop" says (not "get better", "get
        # treated", "get a test", nor "cannot get" or "unable to get" care)
        r"|(?<!cannot )(?<!can't )(?<!can’t )(?<!not )(?<!to )(?<!never )"
        r"(?:get|gets|got|getting)\W+(?!(?:better|worse|well|back|home|up|out|to|on|off|over|into"
        r"|a|an|the|their|his|her|its|help|care|treated|treatment|tested|screened|vaccinated"
        r"|pregnant|married|older|enough|more|less|paid|access|support|advice|medical|used"
        r"|rid|involved|checked|seen|referred|admitted|discharged|worried)\b)[a-z]{4,}"
        r")\b",
        re.IGNORECASE,
    )
)
PREVALENCE = StartScanned(
    re.compile(
        r"\b(?:prevalence|prevalent|living\W+(?:with|after)|lived\W+with|live\W+with"
        r"|chronically\W+infected"
        # (not an acute event had: "have a stroke", "had a heart attack", "has a seizure")
        r"|(?:had|have|has)\W+(?!been\b|to\b|no\b|not\b|(?:a|an|their|its)\W+(?:new|first)\b"
        r"|(?:a|an)\W+(?:[\w-]+\W+){0,2}?(?:stroke|attack|seizure|fracture|fall|fit|episode|flare"
        r"|relapse|miscarriage|crisis|exacerbation|infarction)s?\b)"
        r"(?:a\W+|an\W+)?[a-z]"
        r"|suffer(?:s|ed|ing)?\W+from|affect(?:s|ing)?"
        # "786,000 people are on dialysis", "receiving dialysis": all who are on it
        r"|(?:are|were|is|was|remain(?:s|ed)?)\W+(?:now\W+|currently\W+|still\W+)?on\W+"
        r"(?:[\w-]+\W+)?(?:dialysis|haemodialysis|hemodialysis|insulin)"
        r"|(?:receiving|living\W+on|undergoing)\W+(?:[\w-]+\W+)?(?:dialysis|haemodialysis"
        r"|hemodialysis))",
        re.IGNORECASE,
    )
)
"""What a count of people counts: those newly struck in a period (incidence: "new cases",
"each year", "struck", "occurred") or those who have the condition (prevalence: "living
with", "had dementia"). 57 million people who have dementia are not its 10 million new cases
a year."""
HAVING = StartScanned(
    re.compile(
        r"\b(?:struck|strikes?|living\W+(?:with|after)|lived\W+with|live\W+with|found\W+in"
        r"|suffer(?:s|ed|ing)?\W+from|affect(?:s|ed|ing)?)\b",
        re.IGNORECASE,
    )
)
"""Words that make a count of people a count of those who have the condition ("stroke struck
7.3 million people", "700 million people were living with CKD"): cases, not deaths. Not for
a proportion, where "of people living with HIV" names whom the share is of."""

PEOPLE_COUNTED = re.compile(
    r"\b(?:people|persons|patients|adults|children|men|women|Americans|residents)\W*\Z",
    re.IGNORECASE,
)
WITH_AFTER = re.compile(
    r"[ \t]+with\b(?!\W+(?:a\W+|an\W+)?(?:new|first|suspected|possible|symptoms)\b)",
    re.IGNORECASE,
)
"""A count of people said "with" the condition ("153,000 people with Parkinson's"): those
who have it, not the newly diagnosed."""

SURVIVED_ONE = StartScanned(
    re.compile(
        r"\bsurviv(?:ed|ing|ors?)\W+(?:of\W+)?(?:a|an|their|his|her)\W+(?!\d)[a-z]", re.IGNORECASE
    )
)
"""A count of people who "survived a stroke", "survivors of a heart attack": those who have
had it and live on (the claim about how many live after it), not a survival rate."""

CAUSED_BEFORE = NeedleScanned(
    re.compile(
        r"\b(?:caus(?:es|ed|ing)|cause\W+of|behind|responsible\W+for|attributable\W+to"
        r"|blamed\W+for|implicated\W+in|(?:were|was|is|are)\W+related\W+to"
        r"|contribut(?:es|ed|ing)\W+to|triggers?|triggered|dr(?:o|i)ve[sn]?"
        r"|[\w-]+[- ](?:related|attributable)\W+(?:deaths?|cases?|admissions?|hospitali[sz]ations?)"
        r"\W+(?:were|was|are|is|made\W+up|accounted\W+for|represent(?:ed|s)?))"
        r"\W+(?:(?:about|around|roughly|nearly|almost|some|an|estimated|up|to|over"
        r"|the|a|just|only|at|least|more|than)\W+){0,3}\Z",
        re.IGNORECASE,
    )
)
CHANGE_IN_PLACE = re.compile(
    r"\s*(?:reduction|increase|decrease|rise|fall|drop|decline|cut|jump)\s+(?:in|of)\b",
    re.IGNORECASE,
)
"""A relative change said by a noun and what it changes ("a 14% reduction in emergency
admissions"): a change, never a level or a share."""
CHANGE_NOUN_AFTER = re.compile(
    r"\s*(?:reduction|increase|decrease|rise|fall|drop|decline|cut|improvement|gain|loss)\b",
    re.IGNORECASE,
)
"""A change said by a noun right after the figure ("drove a 20% rise in …"): no share the
subject causes, whatever verb leads to it."""
CAUSED_AFTER = re.compile(
    r"\A\W*of\W+(?:[\w-]+\W+){0,8}?(?:are|is|were|was)\W+(?:caused\W+by|due\W+to"
    r"|attributable\W+to|linked\W+to|the\W+result\W+of)\b",
    re.IGNORECASE,
)
"""A proportion of something else that the subject causes ("behind 44% of new cases of
kidney failure", "causes 56% of liver cancers", "implicated in 13.9% of emergency
hospitalisations", "were related to 6.5% of admissions", "20% of cases are due to …",
"sepsis-related deaths were 19.7% of all deaths", as the Global Burden of Disease writes an
attributable share; CAUSED_BEFORE and CAUSED_AFTER together): an
attributable fraction, which a claim about how common the subject is never backs."""
CHANGED_BY = StartScanned(
    re.compile(
        r"\b(?:cut|cuts|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)"
        r"|rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|boost(?:ed|s)?|slash(?:ed|es)?"
        r"|drop(?:ped|s)?|fell|falls?|rose|rises?|improv(?:e|ed|es|ing)|gr[eo]w(?:s|n)?"
        r"|climb(?:ed|s)?|jump(?:ed|s)?|soar(?:ed|s)?|declin(?:e|ed|es)|shr[au]nk|shrinks?"
        r"|shorten(?:ed|s|ing)?|slow(?:ed|s|ing)?|prolong(?:ed|s|ing)?|extend(?:ed|s|ing)?"
        r"|lengthen(?:ed|s|ing)?)\b"
        r"[^.;:]{0,140}?"
        r"(?<!reported )(?<!experienced )(?<!observed )(?<!seen )(?<!noted )(?<!mentioned )"
        r"(?<!described )(?<!affected )(?<!felt )(?<!used )(?<!taken )(?<!cited )"
        r"\bby\W*(?:(?:only|just|about|around|nearly|almost|roughly|some|approximately"
        r"|up\W+to|as\W+much\W+as|an?\W+(?:mean|average|median)(?:\W+of)?)\W+)?\Z",
        re.IGNORECASE,
    )
)
"""A relative change said of the figure ("lowered the risk of hip fracture by 40%", "by only
19%", "by about a third", "grew by a mean 0.22 mm"): not
how many people something happened to, nor who reported a change of theirs ("decreased
libido was reported by 1.8%")."""
GAINED_DIRECT = re.compile(
    r"\b(?:added|adds|adding|gained|gains|gaining)\W+(?:(?:about|around|nearly|almost|some"
    r"|roughly|just|over|under|more|less|than|an|a|median|mean|average|of)\W+){0,3}\Z",
    re.IGNORECASE,
)
"""A gain said by its verb right before the figure ("added 41.1 months to median survival",
"gained 2.3 kg"): the size of a change, in any unit."""
CHANGED_DIRECT = re.compile(
    r"\b(?:rose|fell|grew|jumped|climbed|dropped|declined|soared|slumped|increased|decreased)"
    r"\W+(?:(?:about|around|nearly|almost|some|roughly|just|over|under|more|less|than|an"
    r"|estimated)\W+){0,3}\Z",
    re.IGNORECASE,
)
"""… or said by its verb right before it, with no "by" ("spending grew 7.5% in 2023", "cases
rose nearly 20%"): a change, never the level a share states ("rose to 12%" is a level)."""
LEVEL_REACHED = re.compile(
    r"\W*(?:below|under|above|over|to|less|more|fewer|at|beyond|past|<|>|≤|≥)", re.IGNORECASE
)
"""A figure with its own comparator after a verb of change is the level reached ("fell below
3%", "rose above 10%"), no relative change."""
CHANGED_AFTER = re.compile(
    r"\s*(?:more|less|fewer|higher|lower|greater|smaller)\b(?!\s+than\s+\d)", re.IGNORECASE
)
"""A relative difference said after the figure ("about 50% more common among women", "a 30%
lower risk"): a comparison of two levels, not a level."""
PROPORTION_UNITS = frozenset({"percent", "proportion", "%"})
RATIO_UNITS = frozenset({"fold"})  # "three times as likely", "2.5-fold": a relative risk
RISING = re.compile(
    r"^(?:rais|increas|boost|rose|rise|gr[eo]w|climb|jump|soar|more|higher|greater)", re.I
)
"""The first word of a change up (CHANGED_BY's verbs, CHANGED_AFTER's comparatives)."""


HALVED = re.compile(r"halv(?:e|es|ed|ing)\b|(?:cut|cuts|slashed|reduced)\W+in\W+half\b", re.I)
"""A relative fall said by the verb that is the figure ("halved", "cut in half")."""


def change_direction(text: str, start: int, end: int) -> int:
    """+1 when the figure at ``start``–``end`` of ``text`` is a relative change up ("raises
    the risk by 75%", "a 30% higher risk"), -1 when down ("cut new melanomas by half", "26%
    lower"), 0 when it is no relative change."""
    if HALVED.match(text, start, end):
        return -1  # "halved the risk": the figure is the verb itself
    before = CHANGED_BY.search(text, max(0, start - 200), start)
    if before is not None:
        return 1 if RISING.match(before.group()) else -1
    after = CHANGED_AFTER.match(text, end) or CHANGE_IN_RISK.match(text, end)
    if after is not None:
        return 1 if RISING.match(after.group().strip()) else -1
    return 0


CHANGE_IN_RISK = re.compile(
    r"\s*(?:rise|increase|jump|reduction|drop|fall|decline|decrease|cut)\s+in\s+(?:the\s+)?"
    r"(?:(?:relative|adjusted|overall)\s+)?(?:odds|risk|rate|chance|likelihood|hazard)\b",
    re.IGNORECASE,
)
"""A relative change said by a noun after the figure ("a 23% rise in the odds of burnout",
"a 15% reduction in the risk of death"), as "raised the odds … by 23%" says it by a verb."""


CONTROL_ARM = NeedleScanned(
    re.compile(
        r"\b(?:(?:placebo|sham)(?![-\s](?:controlled|corrected|adjusted|subtracted)\b)|dummy\W+[a-z]{3,}"
        r"|sugar\W+pills?|inactive\W+(?:pills?|injections?|treatment|drug|cream|gel|ointment"
        r"|capsules?|tablets?|spray|drip|infusion)|(?:plain\W+)?base\W+cream|plain\W+(?:cream|gel)"
        r"|(?<!glucose )(?<!glucose-)(?<!glycaemic )(?<!glycemic )(?<!intensive )(?<!intensive-)"
        r"(?<!tight )(?<!tight-)(?<!strict )(?<!rate )(?<!rate-)(?<!rhythm )(?<!rhythm-)"
        r"(?<!pressure )(?<!sugar )(?<!pain )(?<!symptom )(?<!infection )"
        r"control\W+(?:groups?|arms?|clusters?|participants|patients|subjects|condition"
        r"|communities|villages|schools|sites|eyes|areas|regions|districts|practices|wards|households)"
        r"|(?<=\bin\s)controls|(?<=\bamong\s)controls|(?<=\bof\s)controls|(?<=\bthe\s)controls"
        r"|(?<=\bmatched\s)controls|(?<=\bhealthy\s)controls"
        r"|(?:usual|standard|normal|routine)\W+care|(?:usual|normal)\W+treatment"
        r"|(?:physician|investigator|doctor)['’]?s?\W+choice"
        r"|observation(?:\W+(?:group|arm|alone|only))?"
        r"|(?:only|merely|simply|just)\W+(?:observed|watched|monitored)"
        r"|(?:observed|watched|monitored)\W+(?:only|alone)\b"
        r"|watchful\W+waiting|no\W+treatment"
        r"|(?:no|without)\W+(?:[a-z-]+\W+){0,2}?(?:thrombo)?prophylaxis"
        r"|(?<!'s )(?<!’s )(?<!transplant )(?<!organ )(?<!national )(?<!hospital )"
        r"(?<!surgical )(?<!NHS )"
        r"(?<!kidney )(?<!liver )(?<!heart )(?<!lung )(?<!donor )(?<!housing )"
        r"wait(?:ing)?\W*list(?!\W+for\b)"
        # (not an outcome's own words: "seizure-free without any medication", "a normal
        # blood pressure without medicines", "in remission without treatment")
        r"|(?<!free )(?<!pressure )(?<!remission )(?<!controlled )(?<!normal )(?<!range )"
        r"(?<!target )(?<!levels )(?<!well )"
        r"(?:without|in\W+the\W+absence\W+of)\W+(?:any\W+|proper\W+|prompt\W+|medical\W+)?"
        r"(?:treatment|therapy|medications?"
        r"|medicines?|antibiotics|antivirals|chemotherapy|rehydration|vaccination|interventions?)"
        r"|(?:not|never)\W+(?:been\W+|being\W+|getting\W+)?treated"
        r"|(?<!previously )(?<!previously-)untreated(?=\W*,)"
        r"|(?<!previously )(?<!previously-)untreated(?=\W+(?:(?-i:[A-Z][\w-]*)\W+){0,2}"
        r"(?:patients|people|participants|group"
        r"|arm|controls?|women|men|children|adults|eyes)\b)|(?:left|went|remained|were|was)\W+untreated"
        r"|vehicle\W+(?:cream|gel|ointment|group|arm)|vehicle(?=[ \t:=(]*\d)"
        r"|medical\W+(?:therapy|treatment|management)\W+(?:alone|only|groups?|arms?)"
        r"|(?:intensive|conventional|standard|usual|best|optimal|optimi[sz]ed)\W+medical\W+"
        r"(?:therapy|treatment|management|care)"
        # a trial's conventional arm: "intensive versus conventional glucose control"
        r"|conventional\W+(?:(?:glucose|glycaemic|glycemic|blood\W+sugar)\W+)?control)\b",
        re.IGNORECASE,
    )
)
"""The comparison arm of a trial: placebo or sham, usual or standard care, observation or
watchful waiting, no prophylaxis (haemophilia's episodic treatment, `given no prophylaxis`,
`without thromboprophylaxis`: a claim and a page name it either way), a waiting list (not
a transplant's, hospital's or the nation's waiting
list, nor a waiting list for something: those are queues, not arms), no treatment, people
without treatment or not treated ("without treatment it kills up to 50%", "Untreated, …"),
but not an outcome said with its "without" ("seizure-free without any medication"),
untreated people (not an untreated condition: "an untreated decayed tooth"), a vehicle (a
topical drug's base alone), medical therapy alone or the best medical therapy (the arm a
surgical trial compares an operation with: STAMPEDE, carotid and bariatric trials). Not an
arm named for what it controls ("the intensive glucose control group", "rate-control arm": a
treatment), nor people not treated before the trial
("previously untreated patients" are every arm's). Not a trial's design ("a
placebo-controlled trial", "sham controlled") nor a difference from the comparison arm
("49.9% (placebo-corrected)", "placebo-adjusted", "placebo-subtracted"): those are the
treated arm's figures."""
COMPARED_WITH = re.compile(
    r"\b(?:(?:compar(?:ed|ison)\W+(?:with|to)|versus|vs\.?|relative\W+to|against|over|above|below"
    r"|beyond|ahead\W+of|added\W+to"
    r"|on\W+top\W+of|in\W+addition\W+to|plus|alongside|with|besides)\W+(?:\w+\W+){0,2}"
    r"|\b(?:compar(?:ed|ison)\W+(?:with|to)|versus|vs\.?)\W+(?:[^\W\d]\w*\W+){0,4}"
    r"|than\W+(?:\w+\W+){0,4}|between\W+(?:[\w-]+\W+){1,4}?and\W+"
    r"|compar(?:ed|es|ing)\W+(?:[\w-]+\W+){1,5}?(?:with|to|against)\W+)\Z",
    re.IGNORECASE,
)
"""A control named after these words is the reference of a comparison or the background the
treatment is added to ("added to standard care"), or the second side of a difference
"between semaglutide and placebo" or a comparison "compared salmeterol with placebo", not the
figure's arm; after "compared
with" or "versus" up to four words without a digit may come first ("compared with none in
the sham group")."""

STAGES: dict[str, re.Pattern[str]] = {
    "local": re.compile(
        r"\b(?:locali[sz]ed|local|early[- ]stage|confined|stage\W+(?:I|1|one)(?![\w/])"
        r"|first\W+stage)\b",
        re.IGNORECASE,
    ),
    "regional": re.compile(
        r"\b(?:regional(?!\W+(?:an(?:a|ae)?esthe\w*|blocks?|nerve|hospitals?|centres?|centers?"
        r"|offices?|variations?|differences?))|nearby\W+(?:lymph|tissue|organs?)"
        r"|stage\W+(?:II|III|2|3|two|three)(?![\w/])|(?:second|third)\W+stage)\b",
        re.IGNORECASE,
    ),
    "distant": re.compile(
        r"\b(?:spread\W+to\W+(?:distant|other|far)(?:\W+(?:organs?|parts?\W+of\W+the\W+body"
        r"|sites?|tissues?))?|distant|metasta\w*|advanced|late[- ]stage"
        r"|stage\W+(?:IV|4|four)(?![\w/])|fourth\W+stage)\b",
        re.IGNORECASE,
    ),
}
"""How far a disease has spread (SEER's summary stages, and their everyday words: a stage
said as an ordinal, "at the third stage", or a word, "stage three", is that stage)."""
SEXES = {
    "female": re.compile(
        r"\b(?:women|woman|female|females|girls?|mothers?)\b(?![- ]years?\b)", re.IGNORECASE
    ),
    "male": re.compile(r"\b(?:men|man|male|males|boys?|fathers?)\b(?![- ]years?\b)", re.IGNORECASE),
}
"""A sex named as a group (not the person-time of a rate: "per 10,000 women-years")."""
EVERYONE = NeedleScanned(
    re.compile(
        r"\b(?:adults|(?:whole|entire|general)\W+population(?!\W+of\W+(?:wo)?men)|both\W+sexes"
        r"|children\W+and\W+adults|everyone|Americans|Britons|Australians|Canadians)\b",
        re.IGNORECASE,
    )
)
"""Words that say a figure is about people of both sexes: a figure said of women alone is no
figure of a claim about all adults, nor the reverse (NHIS, ONS and GBD report all adults and
each sex side by side). "People" is not among them: "pregnant people" and "people with a
cervix" are one sex in inclusive wording, nor is "population" alone ("the obstetric
population", "the population of pregnant women"); "men and women" names both sexes, which
the sex slot holds already."""
GRADES = NeedleScanned(
    re.compile(
        r"\b(?:(?:well|moderately|poorly|un)[- ]?differentiated|low[- ]grade|high[- ]grade"
        r"|grade\W+(?:[1-4]|I{1,3}V?))\b",
        re.IGNORECASE,
    )
)
"""A tumour grade: a sub-group a general figure is not about."""

REGIONS: dict[str, re.Pattern[str]] = {
    "world": re.compile(
        r"\b(?:[Ww]orld(?:wide|'s)?|[Gg]lobal(?:ly)?|[Ii]nternationally|across the globe)\b"
    ),
    "United States": re.compile(
        r"\b(?:US(?!\$)|U\.S\.|USA|United States"
        r"|(?<!Latin )(?<!South )(?<!Central )(?<!North )(?:(?<!the )Americas?|Americans?))\b"
    ),
    "North America": re.compile(r"\bNorth Americ(?:a|an|ans)\b"),
    "Latin America": re.compile(r"\b(?:Latin|South|Central) Americ(?:a|an|ans)\b"),
    "Asia": re.compile(
        r"\b(?<!East )(?<!Eastern )(?<!South-East )(?<!Southeast )(?<!South )(?<!Central )"
        r"(?<!Western )"
        r"(?<!West )Asia(?:n|ns)?\b"
    ),
    # the Global Burden of Disease's and the UN's sub-regions of Asia: no figure of Asia's
    # or the world's
    "East Asia": re.compile(r"\b(?<!South-)(?<!South )East(?:ern)? Asia(?:n|ns)?\b"),
    "South Asia": re.compile(r"\bSouth Asia(?:n|ns)?\b"),
    "Central Asia": re.compile(r"\bCentral Asia(?:n|ns)?\b"),
    "Middle East": re.compile(r"\b(?:Middle East(?:ern)?|West(?:ern)? Asia(?:n|ns)?)\b"),
    # (Scotland, Wales and Northern Ireland are regions of their own, :data:`UK_NATIONS`;
    # England, most of the UK's people, is read as the UK too, as pages and sources use it)
    "United Kingdom": re.compile(
        r"\b(?:UK|U\.K\.|United Kingdom|Britain|British(?! Columbia)|England|English)\b"
    ),
    "Europe": re.compile(r"\b(?:Europe|Europeans?|EU)\b"),
    "China": re.compile(r"\b(?:China|Chinese)\b"),
    "India": re.compile(r"\b(?:India|Indian)\b"),
    "Canada": re.compile(r"\b(?:Canada|Canadians?)\b"),
    "Australia": re.compile(r"\b(?:Australia|Australians?)\b"),
    "Africa": re.compile(r"\b(?:Africa|Africans?)\b"),
    # the OECD's members as one (its averages): no figure of one country's
    "OECD": re.compile(r"\bOECD\b"),
    # the WHO regions, as global health reports name them
    "Western Pacific": re.compile(r"\bWestern Pacific\b"),
    "South-East Asia": re.compile(r"\bSouth[- ]?East Asia(?:n)?\b|\bSoutheast Asia(?:n)?\b"),
    "Eastern Mediterranean": re.compile(r"\bEastern Mediterranean\b"),
    "the Americas": re.compile(r"\b(?:Region of the Americas|the Americas)\b"),
    # the World Bank's income groups, as WHO and GBD report by them
    # … and the older words for them: "developed" and "developing" countries (a stem
    # alone cannot tell the two apart: both are "develop")
    "high-income countries": re.compile(
        r"\b(?i:high[- ]income\W+(?:countries|nations|settings|economies)"
        r"|(?:developed|industriali[sz]ed|rich|richer|wealthy|wealthier)\W+(?:countries|nations"
        r"|world|economies))\b|\bHICs?\b"
    ),
    "low- and middle-income countries": re.compile(
        r"\b(?i:low[- ]+(?:and|&|to)\W+middle[- ]income\W+(?:countries|nations|settings"
        r"|economies)|developing\W+(?:countries|nations|world|economies)"
        r"|(?:low|limited)[- ]resource\W+(?:countries|settings)"
        r"|resource[- ](?:limited|poor|constrained)\W+(?:countries|settings))\b|\bLMICs?\b"
    ),
}
"""Where a figure's population lives, by the names that say it (case-sensitive: "US" is a
country, "us" a pronoun), and the income groups of countries. A worldwide figure is not a US
one, nor a UK one a European one, nor one for high-income countries the world's."""
WORLD = frozenset({"world"})
AMBIGUOUS_COUNTRY_NAMES = frozenset(
    "Georgia Jordan Chad Turkey Jersey Guinea Mali Niger Israel Dominica Cuba".split()
)
"""Country names that are as often a US state, a person, a food or part of another word's
sense on a health page: not read as a place."""


def _country_names() -> dict[str, str]:
    """Each country's name as pages write it (pycountry's ISO 3166 list: the short name, and
    the common name where the short one is formal), for countries :data:`REGIONS` lacks."""
    said = " ".join(pattern.pattern for pattern in REGIONS.values())
    named = {n for c in pycountry.countries for n in (c.name,) if n in said}
    found: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (getattr(country, "common_name", None), country.name):
            plain = name and "," not in name and "(" not in name
            if plain and name not in AMBIGUOUS_COUNTRY_NAMES and name not in named:
                found[name] = name
    return found


DEMONYMS = {
    "Danish": "Denmark", "Swedish": "Sweden", "Norwegian": "Norway", "Finnish": "Finland",
    "Icelandic": "Iceland", "Dutch": "Netherlands", "German": "Germany", "French": "France",
    "Spanish": "Spain", "Portuguese": "Portugal", "Italian": "Italy", "Irish": "Ireland",
    "Scottish": "Scotland", "Welsh": "Wales", "Swiss": "Switzerland", "Austrian": "Austria",
    "Belgian": "Belgium", "Polish": "Poland", "Czech": "Czechia", "Greek": "Greece",
    "Hungarian": "Hungary", "Romanian": "Romania", "Japanese": "Japan", "Korean": "Korea",
    "Brazilian": "Brazil", "Mexican": "Mexico", "Argentine": "Argentina", "Chilean": "Chile",
    "Nigerian": "Nigeria", "Kenyan": "Kenya", "Ghanaian": "Ghana", "Ethiopian": "Ethiopia",
    "Egyptian": "Egypt", "Pakistani": "Pakistan", "Bangladeshi": "Bangladesh",
    "Indonesian": "Indonesia", "Thai": "Thailand", "Vietnamese": "Viet Nam",
    "Filipino": "Philippines", "Malaysian": "Malaysia", "Singaporean": "Singapore",
    "Israeli": "Israel", "Turkish": "Türkiye", "Russian": "Russia", "Ukrainian": "Ukraine",
    "New Zealand": "New Zealand", "Taiwanese": "Taiwan", "Saudi": "Saudi Arabia",
    "Iranian": "Iran", "Iraqi": "Iraq", "Estonian": "Estonia", "Latvian": "Latvia",
    "Lithuanian": "Lithuania", "Slovak": "Slovakia", "Slovenian": "Slovenia",
    "Croatian": "Croatia", "Serbian": "Serbia", "Bulgarian": "Bulgaria",
}  # fmt: skip
"""Adjectives of nationality and the country each names ("Danish surgeons" are Denmark's):
a claim that says the country explains the adjective."""
DEMONYM = re.compile(
    r"\b(?P<said>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")(?:s\b|\b)"
)


def countries_for_demonyms(text: str) -> str:
    """``text`` with each adjective of nationality replaced by its country's name (with a
    plural ``s`` after it too: "Nigerians")."""
    return DEMONYM.sub(lambda found: DEMONYMS[found.group("said")], text)


COUNTRIES = _country_names()
COUNTRY = re.compile(
    r"\b(?<!New )(?:"
    + "|".join(re.escape(n) for n in sorted(COUNTRIES, key=len, reverse=True))
    + r")\b"
)
"""Any other country named in a clause (case-sensitive): a figure about Indonesia is not
India's, nor Nigeria's a claim about Kenya."""
COUNTRY_FIRST_WORDS = frozenset(name.split()[0] for name in COUNTRIES)
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
POSSESSIVE = re.compile(r"['’]s?$")


_last_capitalised: tuple[str, frozenset[str]] = ("", frozenset())


def _capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words of ``text`` without a possessive ending (``Nigeria's`` is
    ``Nigeria``, ``Kenya-based`` ``Kenya``): the first words a place's name may begin with.
    The last text's are kept: a clause is asked for its countries and its regions in turn.
    (One tuple, replaced whole: a thread reads a pair that belongs together.)"""
    global _last_capitalised
    last = _last_capitalised
    if last[0] is text:
        return last[1]
    found = frozenset(POSSESSIVE.sub("", word).split("-")[0] for word in CAPITALISED.findall(text))
    _last_capitalised = (text, found)
    return found


def _countries(text: str) -> frozenset[str]:
    """The countries :data:`COUNTRY` finds in ``text``, searched only when a capitalised
    word of the text begins a country's name: the alternation of 200 names is the costliest
    pattern of a frame, and most clauses name no country."""
    if not _capitalised_words(text) & COUNTRY_FIRST_WORDS:
        return frozenset()
    return frozenset(COUNTRY.findall(text))


SUBNATIONAL_COUNTRIES = ("US", "CA", "AU")
"""Countries whose states, provinces and territories health pages report apart (state health
departments, CDC's state tables, Statistics Canada, the AIHW by state)."""
AMBIGUOUS_STATE_NAMES = frozenset({"Washington", "Georgia", "Virginia", "Victoria", "Jersey"})
"""State names as often a city, a person or a country on a health page (Washington DC, Georgia
the country, Victoria a name): not read as a place."""
NOT_THE_PLACE = (
    r"(?!\W+(?:State\W+)?(?:Univ|College|School|Heart\b|Medical|Health\b|Hospital|Clinic|"
    r"Institute|Department|Women|Men|Children|Cancer|Study|Studies|Association|Academy|Society|"
    r"Male|Female|Aging|Ageing|Trial|Cohort|Registry)|\W+(?:[A-Z][a-z]+\W+)?Stud(?:y|ies)\b)"
)
"""A state's name that opens an institution's or a study's name (``New York Heart
Association``, ``Iowa Women's Health Study``) places nothing."""


def _subnational_names() -> tuple[str, ...]:
    """The states, provinces and territories of :data:`SUBNATIONAL_COUNTRIES` (pycountry's
    ISO 3166-2 list), longest first, without the ambiguous ones."""
    names = {
        s.name
        for code in SUBNATIONAL_COUNTRIES
        for s in pycountry.subdivisions.get(country_code=code)
        if s.type in {"State", "Province", "Territory", "District"}
        and s.name not in AMBIGUOUS_STATE_NAMES
    }
    return tuple(sorted(names, key=len, reverse=True))


SUBNATIONAL = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in _subnational_names()) + r")\b" + NOT_THE_PLACE
)
"""A state, province or territory named in a clause (case-sensitive), a place of its own: a
figure about Tennessee is not the United States', nor Ontario's Canada's, and a claim about
Queensland is no figure of New South Wales."""
SUBNATIONAL_FIRST_WORDS = frozenset(n.split()[0] for n in _subnational_names())


def _subnational(text: str) -> frozenset[str]:
    """The states and provinces :data:`SUBNATIONAL` finds in ``text``, searched only when a
    capitalised word of the text begins one's name (most clauses name none)."""
    if not _capitalised_words(text) & SUBNATIONAL_FIRST_WORDS:
        return frozenset()
    return frozenset(SUBNATIONAL.findall(text))


UK_NATIONS = {
    "England": re.compile(r"\b(?:England|English|London)\b"),  # (London is in England)
    "Scotland": re.compile(r"\b(?:Scotland|Scottish)\b"),
    "Wales": re.compile(r"\b(?:(?<!New South )Wales|Welsh)\b"),
    "Northern Ireland": re.compile(r"\bNorthern\W+Ir(?:eland|ish)\b"),
}
"""The nations of the United Kingdom, each also a region of its own beside the United Kingdom:
their health statistics are published apart (NHS England, Public Health Scotland …), so a
figure about Scotland is no figure of a claim about England, though both are the UK's, nor
of a claim about the whole UK (Scotland, Wales and Northern Ireland are no UK by name;
England, where most of its people live, still is, as pages and sources write it)."""
ANY_NATION = NeedleScanned(
    re.compile(r"\b(?:England|English|London|Scot|Wales|Welsh|Northern\W+Ir)")
)


NATION_NAMES = frozenset(UK_NATIONS)


def _nations(text: str) -> frozenset[str]:
    """The UK nations ``text`` names (:data:`UK_NATIONS`)."""
    if not ANY_NATION.search(text):
        return frozenset()
    return frozenset(name for name, pattern in UK_NATIONS.items() if pattern.search(text))


ANY_REGION = StartScanned(
    re.compile("|".join(f"(?:{pattern.pattern})" for pattern in REGIONS.values()))
)
"""Whether a text names any region: one search where most clauses name none, instead of one
per region (it matches wherever one of them does)."""

_AGE_WORD = r"(?:aged|ages?|age\W+group|years?\W+old|year[- ]olds?|yrs?)"
_NOT_AFTER_TIME_WORD = "".join(
    rf"(?<!\b{word}[ \xa0])" for word in ("at", "after", "within", "over", "by", "for", "in")
)
"""Not right after a word that makes "1 and 5 years" times ("survival at 1 and 5 years",
"after 2–3 years"), where no age word says it is whom a figure is about."""
AGE_RANGE = StartScanned(
    re.compile(
        rf"\b(?:{_AGE_WORD}{_H}+(?:between{_H}+|from{_H}+)?|{_NOT_AFTER_TIME_WORD})"
        rf"(?P<low>\d{{1,3}})(?:{_H}*"
        rf"(?:[-–—]|to|and){_H}*|-to-)(?P<high>\d{{1,3}})(?:{_H}*|[- ])"
        rf"(?=(?:years?|year[- ]olds?|yrs?)\b)"
        rf"|\b{_AGE_WORD}{_H}+(?:between{_H}+|from{_H}+)?(?P<low2>\d{{1,3}})(?:{_H}*(?:[-–—]|to|and)"
        rf"{_H}*|-to-)(?P<high2>\d{{1,3}})\b(?!{_H}*(?:weeks?|months?|days?)\b)",
        re.IGNORECASE,
    )
)
_PEOPLE_AGED = (
    r"(?:aged|adults|people|patients|women|men|those|anyone|participants|individuals|persons"
    r"|residents|subjects|volunteers|smokers|drivers|workers|girls|boys|users|members"
    r"|children|kids|infants|babies|toddlers|teenagers|adolescents|Americans|Britons|Australians|Canadians|Europeans|seniors|veterans|survivors|students)"
)
"""Who an age bound after them is said of ("participants older than 75", "Americans under
50": the people nouns the group-label reader knows, nlp.quantities.groups.NOUNS)."""
AGE_ABOVE = NeedleScanned(
    re.compile(
        rf"\b{_PEOPLE_AGED}{_H}+(?:over|above|older{_H}+than"
        rf"|at{_H}+least){_H}+(?P<a>\d{{1,3}})"
        rf"(?={_H}*(?:years?|yrs?|\b(?!{_H}*(?:\d|%|percent|months?|weeks?|days?|hours?))))"
        rf"|\b(?:over|above|older{_H}+than){_H}+(?P<a2>\d{{1,3}}){_H}*(?=years?{_H}+(?:old|of{_H}+age))"
        rf"|\b(?P<b>\d{{1,3}})[-{_H[1:-1]}]*(?:years?[-{_H[1:-1]}]+)?(?:and|or)[-{_H[1:-1]}]+"
        rf"(?:older|over|above)\b"
        rf"|\b(?:aged{_H}+)?(?P<c>\d{{1,3}})(?:\+|-plus\b|{_H}+plus(?={_H}+(?:age|years?)\b))"
        rf"|\b(?:over|above|older{_H}+than){_H}+(?:the{_H}+)?age{_H}+(?:of{_H}+)?(?P<e>\d{{1,3}})\b"
        r"|\bover[- ](?P<d>\d{1,3})s\b",  # "the over-65s"
        re.IGNORECASE,
    )
)
ADULTS_OVER_A_SPAN = re.compile(
    rf"(?:adults|women|men|mothers|fathers|veterans|smokers|drivers|workers){_H}+(?:over|above)"
    rf"{_H}+(?:[1-9]|1[0-7]){_H}*(?:years?|yrs?)\b(?!{_H}*(?:old|of{_H}+age))",
    re.IGNORECASE,
)
"""Adults "over" a number of years below adulthood, no "old" after it ("men over 10 years"):
the span a figure was counted over, since no adult is aged under 18."""
_NO_BABY_UNIT = rf"(?!{_H}*(?:weeks?|months?|days?)\b)"
"""Not a baby's age in weeks, months or days (:data:`BABY_AGE_BOUND` reads those)."""
_ONES_WORDS = "|".join(sorted(ONES, key=len, reverse=True))
_TENS_WORDS = "|".join(sorted(TENS, key=len, reverse=True))
_AGE_NUMBER_WORD = rf"(?:(?:{_TENS_WORDS})(?:[-{_H[1:-1]}](?:{_ONES_WORDS}))?|{_ONES_WORDS})"
WORDED_AGE = re.compile(
    rf"(?P<lead>(?:\b(?:aged|under|below|above|older{_H}than|younger{_H}than|up{_H}to|between)"
    rf"|\b\d{{1,3}}{_H}+(?:to|and|or)){_H})(?P<n>{_AGE_NUMBER_WORD})\b"
    rf"|\b(?P<m>{_AGE_NUMBER_WORD})(?=(?:{_H}+(?:and|to|or){_H}+{_AGE_NUMBER_WORD})?"
    rf"[-{_H[1:-1]}]+(?:years?|months?|weeks?)(?:[-{_H[1:-1]}]+old|{_H}+of{_H}+age)\b)",
    re.IGNORECASE,
)
"""An age in words, after a word that bounds an age ("older than one year", "aged twenty")
or before an age's unit ("three months old", "one and two years old"): read as its digits."""
WORDED_AGE_GATE = NeedleScanned(
    re.compile(
        rf"\b{_AGE_NUMBER_WORD}[-{_H[1:-1]}]+(?:years?|months?|weeks?|and|to|or)\b"
        rf"|\b(?:aged|under|below|above|than|to|between){_H}{_AGE_NUMBER_WORD}\b",
        re.IGNORECASE,
    )
)


def _age_in_digits(found: re.Match[str]) -> str:
    """The age in words :data:`WORDED_AGE` found, in digits, after its lead word."""
    number = age_number(found.group("n") or found.group("m"))
    return f"{found.group('lead') or ''}{number:g}"


_CHILD_BEFORE = r"(?:aged|babies|baby|infants?|newborns?|children|child|girls|boys|toddlers)"
BABY_AGE_BOUND = NeedleScanned(
    re.compile(
        rf"(?:\b{_CHILD_BEFORE}{_H}+)?(?:(?P<below>under|below|younger{_H}+than|less{_H}+than"
        rf"|up{_H}+to)|over|above|older{_H}+than|more{_H}+than){_H}+(?P<n>\d{{1,2}}){_H}*"
        rf"(?P<unit>weeks?|months?)(?=[- ]old\b|{_H}+of{_H}+age\b)"
        rf"|\b{_CHILD_BEFORE}{_H}+(?:(?P<below2>under|below|younger{_H}+than|up{_H}+to)|over"
        rf"|older{_H}+than){_H}+(?P<n2>\d{{1,2}}){_H}*(?P<unit2>weeks?|months?)\b",
        re.IGNORECASE,
    )
)
"""A bound on a baby's age in weeks or months: said "old" or "of age" ("under 3 months
old"), or after a child's noun or "aged" ("infants younger than 6 months")."""
AGE_BELOW = NeedleScanned(
    re.compile(
        rf"\b(?:(?:{_PEOPLE_AGED}|children){_H}+)"
        rf"(?:under|below|younger{_H}+than){_H}+(?P<a>\d{{1,3}})\b{_NO_BABY_UNIT}"
        rf"|\b(?:aged|ages?){_H}+(?:under|below){_H}+(?P<b>\d{{1,3}})\b{_NO_BABY_UNIT}"
        rf"|\b(?:under|below|younger{_H}+than){_H}+(?:the{_H}+)?age{_H}+(?:of{_H}+)?(?P<e>\d{{1,3}})\b"
        rf"|\b(?P<f>\d{{1,3}}){_H}*(?:years?{_H}+)?(?:and|or){_H}+(?:younger|under|below)\b"
        r"|\bunder[- ](?P<c>\d{1,3})s\b",  # "the under-70s", "under-5s"
        re.IGNORECASE,
    )
)
AGE_POINT = StartScanned(
    re.compile(
        rf"(?<!under\s)(?<!below\s)(?<!above\s)(?<!over\s)(?<!than\s)"
        rf"\b(?:aged|age|ages){_H}+(?P<n>\d{{1,3}})\b(?!{_H}*(?:[-–—]|to|and|or|\+|%)|\.\d"
        rf"|{_H}*(?:weeks?|months?|days?)\b)"
        rf"|\b(?P<m>\d{{1,3}})[- ]year[- ]olds?\b"
        rf"|\b(?:wom[ae]n|m[ae]n|people|person|patients?)\W+of{_H}+(?P<k>\d{{1,3}})\b(?!{_H}*(?:%|percent|years?\W+of))"
        rf"|\b(?:by|before|until|to){_H}+(?:the{_H}+)?age{_H}+of{_H}+(?P<j>\d{{1,3}})\b(?!{_H}*(?:%|percent))"
        rf"|(?:^|(?<=[.!?]\s))(?-i:By){_H}+(?P<i>\d{{1,3}})(?=,)",
        re.IGNORECASE,
    )
)
"""A single age: ``aged 30``, ``age 37``, ``40-year-olds``, ``a woman of 30``; the age a
cumulative risk is counted to, ``by the age of 80``, ``by age 70``, ``By 70,`` opening a
sentence (read as the claim's ``by age 70`` is, so the two compare)."""
AGE_DECADE = NeedleScanned(
    re.compile(
        r"\bin\W+(?:their|his|her|your|our)\W+(?:(?P<part>early|mid|late)[\W-]*)?(?P<d>[1-9]0)s\b"
        r"(?:\W+(?:and|or|to)\W+(?:(?:their|his|her|your|our)\W+)?(?P<d2>[1-9]0)s\b)?",
        re.IGNORECASE,
    )
)
"""A decade of life: "in their 50s", "in their late 60s" (66–69), "in their 40s and 50s"."""
DECADE_WORDS = {
    "twenties": "20s", "thirties": "30s", "forties": "40s", "fifties": "50s",
    "sixties": "60s", "seventies": "70s", "eighties": "80s", "nineties": "90s",
}  # fmt: skip
DECADE_WORD = NeedleScanned(re.compile(r"\b(?:" + "|".join(DECADE_WORDS) + r")\b", re.IGNORECASE))


def _decade_in_digits(found: re.Match[str]) -> str:
    """A decade in words as its digits ("fifties" -> "50s"), for :data:`AGE_DECADE`."""
    return DECADE_WORDS[found.group().lower()]


DECADE_PARTS = {"early": (0.0, 3.0), "mid": (3.0, 6.0), "late": (6.0, 9.0)}
AGE_AT = StartScanned(
    re.compile(
        rf"\bat{_H}+(?:(?:the{_H}+)?ages?{_H}+(?:of{_H}+)?)?(?P<low>\d{{1,3}})"
        rf"(?:{_H}*(?:[-–—]|to|or){_H}*(?P<high>\d{{1,3}}))?"
        rf"(?={_H}*(?:[,;:)]|\.(?!\d)|$)|{_H}+(?:(?:and|or)(?!{_H}+\d)|it|a|an|the|she|he|they|women|men|woman"
        rf"|man|people|patients|adults|children|girls|boys)\b)",
        re.IGNORECASE,
    )
)
"""An age said as ``at 30,`` ``at 40–42 it …``, ``at 12 to 13 and …``, ``at age 16 or 17``,
``at 30 a woman …``: ``at`` and a bare number or bracket that no unit or noun follows (``at 30
sites``, ``at 40 mg``, ``at 12 to 13 weeks`` are not)."""
OLDEST_AGE = 120.0
AGE_IN_WEEKS_OR_MONTHS = NeedleScanned(
    re.compile(
        rf"\b(?:aged|(?:vaccinated|immuni[sz]ed|enrolled|recruited)(?:{_H}+[\w-]+){{0,3}}?{_H}+at)"
        rf"{_H}+(?P<low>\d{{1,2}})(?:{_H}*(?:[-–—]|to){_H}*(?P<high>\d{{1,2}}))?{_H}*"
        r"(?P<unit>weeks?|months?)\b"
        rf"|(?<!under{_H})(?<!below{_H})(?<!than{_H})(?<!to{_H})(?<!over{_H})(?<!above{_H})"
        rf"\b(?:between{_H}+)?(?P<low2>\d{{1,2}})(?:{_H}*(?:[-–—]|to|and){_H}*(?P<high2>\d{{1,2}}))?"
        rf"[-{_H[1:-1]}]*(?P<unit2>weeks?|months?)(?:[- ]old|{_H}+of{_H}+age)\b"
        # "children 5–17 months", "infants 6 to 12 weeks": a child noun and a bracket
        rf"|\b(?:children|child|infants?|babies|baby|toddlers?|newborns?){_H}+"
        rf"(?P<low3>\d{{1,2}}){_H}*(?:[-–—]|to){_H}*(?P<high3>\d{{1,2}}){_H}*(?P<unit3>weeks?|months?)\b",
        re.IGNORECASE,
    )
)
"""A baby's or an infant's age said in weeks or months ("children aged 5–17 months", "infants
aged 6–12 weeks", "babies 6 weeks old", "first vaccinated at 6–12 weeks"), read in years:
such brackets tell trial cohorts apart that a stage of life ("infants", "children") cannot."""
UNIT_YEARS = {"week": 7 / 365.25, "month": 1 / 12}
AGE_AS_TIME = re.compile(rf"\b(?:by|at|until|before|after|from|to){_H}+\Z", re.IGNORECASE)
BABY_AGE = re.compile(r"\b(?:weeks?|months?)\b", re.IGNORECASE)
YOUNG_AGE_SLACK = 1 / 12  # a month either end, for brackets under SLACK_FROM years
SLACK_FROM = 3.0
ALL_AGES = NeedleScanned(
    re.compile(
        r"(?:\b(?:of|at|across|in|for)\W+(?:all|any|every)\W+ages?|[,(]\s*all\W+ages"
        r"|\b(?:across|in|of)\W+all\W+age\W+groups|\b(?:all|every)\W+age\W+groups)\b(?!-)",
        re.IGNORECASE,
    )
)
"""People of every age said as such ("1.31 million people of all ages", "across all age
groups", "… of the population, all ages"): the whole age range, which no claim about one
age group is about."""
EVERY_AGE = ((0.0, OLDEST_AGE),)

MEASURED_AFTER = (
    rf"{_H}*-?{_H}*(?:(?:(?-i:(?!(?:old|of|and|or|in|on|for|to|with|the)\b)[a-z]{{3,}})"
    rf"|[a-z]+-(?:free|specific|related)"
    rf"|(?-i:[A-Z][A-Za-z]*(?:-?[A-Z]+)?(?:(?:-|{_H})?\d+)?))"
    rf"{_H}+){{0,2}}"
    rf"(?:survival|surviv|mortality|risk|follow|outcomes?|results?|rates?|data|period"
    rf"|measures?|measurements?|analys[ie]s|visits?|endpoints?|assessments?|mark|landmark"
    rf"|response|remission|recurrence|relapse|progression|efficacy|incidence"
    rf"|trial|study|cohort|programme|program|extension)\b"
)
"""What follows a time said as an adjective of the measure it times (``five-year survival``,
``20-year implant survival rate``, ``10-year cumulative incidence``): up to two modifiers,
then a measured noun; and the length of the study that measured it (``during the seven-year
trial``, ``a 10-year cohort study``), whose end is the figure's time."""
MEASURED_AFTER_DURATION = re.compile(MEASURED_AFTER, re.IGNORECASE)
_OVER_NOT_GIVING = (
    rf"(?:(?<!mg{_H})(?<!mcg{_H})(?<!µg{_H})(?<!\dg{_H})(?<!mL{_H})(?<!ml{_H})(?<!IU{_H})over"
    rf"|over(?={_H}+{_NUMBER}{_H}+(?:weeks?|months?|years?|decades?)\b))"
)
"""``over`` that is no timepoint's when a dose stands right before it and hours or minutes
follow: ``1.8 mg over 1 hour`` is the time the dose is given over (an infusion, a loading
schedule), not when the outcome is measured; ``2.4 mg over 68 weeks`` is still the trial's
timepoint."""
TIMEPOINT = StartScanned(
    re.compile(
        rf"\b(?P<n>{_NUMBER})(?:{_H}*-{_H}*|{_H}+)(?P<unit>years?|months?|weeks?|days?|decades?)"
        rf"(?={MEASURED_AFTER})"
        rf"|\b(?:at|after|by|{_OVER_NOT_GIVING}|through|within|to|during|first|for"
        rf"|from(?=[^.;]{{0,30}}\b(?:on|onwards?)\b)|as{_H}+(?:early|soon|late){_H}+as)"
        rf"(?:{_H}+(?:the|first|just|only|about|around|nearly|roughly|some|almost|whole|full"
        rf"|entire|complete))*"
        rf"{_H}+(?P<n2>{_NUMBER}){_H}+(?P<unit2>years?|months?|weeks?|days?|hours?|minutes?|decades?)\b"
        rf"|\b(?:at|by|through|to|in|during|until|as{_H}+(?:early|soon|late){_H}+as"
        rf"|from(?={_H}+(?:week|month|year|day){_H}+\d+{_H}+(?:on|onwards?)\b))"
        rf"{_H}+(?P<unit3>week|month|year|day){_H}+(?P<n3>\d+)\b"
        rf"|\b(?:surviv(?:e|ed|ing)|alive|(?<!the{_H})(?<!past{_H})(?<!first{_H})(?<!next{_H})"
        rf"last(?:s|ed|ing)?){_H}+(?:(?:for|at|after){_H}+)?"
        rf"(?:(?:at{_H}+least|more{_H}+than|over|beyond){_H}+)?(?P<n4>{_NUMBER}|an?){_H}+"
        rf"(?P<unit4>years?|months?)\b"
        rf"|\b(?P<n5>{_NUMBER})(?:{_H}*-{_H}*|{_H}+)(?P<unit5>years?|months?|weeks?|days?|hours?)"
        rf"(?:{_H}+(?:after|later|into|on)\b|{_H}*-?{_H}*(?:run-in|trial|study|phase"
        rf"|period|programme|program|extension|follow-up)\b)"
        rf"|\b(?:aged?|age{_H}+of){_H}+(?P<n6>{_NUMBER}){_H}+(?P<unit6>weeks?|months?|days?)\b"
        rf"|\b(?:after|within|over|in|by)(?:{_H}+(?:just|only|about|around|nearly))*"
        rf"{_H}+(?P<n7>an?){_H}+(?P<unit7>decade)\b"
        rf"|\b(?:after|within|in|{_OVER_NOT_GIVING})(?:{_H}+(?:just|only|about|around|nearly))*"
        rf"{_H}+(?P<n7b>an?|one){_H}+(?P<unit7b>year|month|week|day)\b"
        rf"(?!{_H}*(?:-|old\b|of{_H}+(?:age|life)\b))"
        rf"|\b(?P<n8>an?){_H}+(?P<unit8>year|month|week|day|decade){_H}+later\b"
        rf"|\b(?P<n8b>an?){_H}+(?P<unit8b>year|month|decade){_H}+(?:after|on(?=\W*(?:,|from\b|\Z)))\b"
        rf"|\b(?:in|over|during){_H}+the{_H}+(?:past|last|previous|preceding){_H}+"
        rf"(?P<n9>{_NUMBER}){_H}+(?P<unit9>days?|weeks?|months?)\b"
        rf"|\b(?:surviv(?:e|es|ed|ing)|alive|within|during|through|over|after|in)"
        rf"(?:{_H}+(?:just|only))?{_H}+(?P<n10>the{_H}+first){_H}+(?P<unit10>year|month|week|day)\b"
        rf"(?!{_H}+of{_H}+(?:life|age))",
        re.IGNORECASE,
    )
)
"""A timepoint a figure is measured at: ``five-year survival``, ``the 24-week measure``,
``12-week confirmed disability progression``, ``20-year implant survival``, ``10-year
cumulative incidence``, ``at 1 year``, ``over 68 weeks``, ``after two decades``, ``after just
20 weeks``, ``at week 68``, ``survive five years``, ``ten years after``, ``the 20-week
run-in``, ``implants last 25 years`` (not ``in the last 25 years``), ``died within a
year``, ``grew by 0.20 mm in a year``, ``over one year``, ``within a decade``, ``survive the
first year``."""
ELIDED_TIMEPOINT = StartScanned(
    re.compile(
        rf"\b(?P<word>at|after|by|within|over|last|lasts|lasted"
        rf"|(?:surviv(?:e|es|ed)|live[sd]?)(?:{_H}+(?:at{_H}+least|for|beyond|past))?)"
        rf"(?:{_H}+(?:just|only|about|around|nearly))*"
        rf"{_H}+(?P<n>{_NUMBER})(?={_H}*(?:[,;:)]|\.(?!\d)|$))",
        re.IGNORECASE,
    )
)
"""A timepoint whose unit is left to the sentence: ``95% after one year and 90% after
five``, ``… at 1 year and 61% at 5.``, ``80% survive ten years, and 84% survive five``."""


TIMEPOINT_LABEL = re.compile(
    rf"\W*(?:(?:at|after|by|within|over){_H}+)?(?P<n>{_NUMBER})[-{_H[1:-1]}]*"
    rf"(?P<unit>days?|weeks?|months?|years?)(?:{_H}+(?:on|after){_H}*)?{_H}*[:–—-]",
    re.IGNORECASE,
)
"""A list item's opening label that is a time alone (``- 1 year: 41%``, ``- At five years
– 88%``): the timepoint of the item's figure, as "at 1 year" would be in a sentence."""


def labelled_timepoint(item: str) -> frozenset[float]:
    """The timepoint, in days, of a list item whose label is a time alone
    (:data:`TIMEPOINT_LABEL`); empty for any other item."""
    label = TIMEPOINT_LABEL.match(item)
    if label is None:
        return frozenset()
    unit = label.group("unit").lower().rstrip("s")
    return frozenset({round(_number(label.group("n")) * DAYS[unit], 6)})


def elided_timepoint(clause: str, sentence: str) -> frozenset[float]:
    """The timepoint, in days, of a clause that says its number and leaves the unit to a
    timepoint said earlier in the sentence (``… after one year and 93% after five``: five
    years). Empty when the clause says none or the sentence names no timepoint before it;
    ``at`` with a bare number is taken only where the sentence's timepoint says ``at`` too
    (``at 30,`` alone is an age)."""
    elided = ELIDED_TIMEPOINT.search(clause)
    if elided is None:
        return frozenset()
    before = next(
        (f for f in TIMEPOINT.finditer(sentence) if f.group("unit2") or f.group("unit4")), None
    )
    if before is None or before.start() >= sentence.find(elided.group()):
        return frozenset()
    if elided.group("word").lower() == "at" and not before.group().lower().startswith("at"):
        return frozenset()
    unit = (before.group("unit2") or before.group("unit4")).lower().rstrip("s")
    return frozenset({round(_number(elided.group("n")) * DAYS[unit], 6)})


DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365.25 / 12,
    "year": 365.25,
    "decade": 3652.5,
}
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Frame:
    """The slots of one figure's frame; an empty slot says nothing and contradicts nothing.

    ``measures``: names from :data:`MEASURES`; ``control``: True when the figure is about a
    trial's comparison arm (placebo, sham, usual care); ``stages``: ``local``/``regional``/
    ``distant``; ``sexes``: ``female``/``male``; ``ages``: closed intervals in years;
    ``grade``: whether a tumour grade is named; ``timepoints``: in days; ``years``: calendar
    years as written; ``regions``: names from :data:`REGIONS`; ``caused``: the figure is a
    share of something else the subject causes (:data:`CAUSED_BEFORE`); ``change``: the
    figure is a relative change said with "by" (:data:`CHANGED_BY`); ``schedules``: how often
    the treatment was given, names from :data:`SCHEDULES`.
    """

    measures: frozenset[str] = frozenset()
    control: bool = False
    stages: frozenset[str] = frozenset()
    sexes: frozenset[str] = frozenset()
    ages: tuple[tuple[float, float], ...] = ()
    grade: bool = False
    timepoints: frozenset[float] = frozenset()
    years: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    caused: bool = False  # a share of something else that the subject causes
    change: bool = False  # a relative change ("cut the risk by 40%"), not a level
    count_of: str = ""  # a count of "new" cases (incidence) or of those who "have" it
    schedules: frozenset[str] = frozenset()  # how often a treatment is given: "monthly"
    courses: frozenset[float] = frozenset()  # how long a treatment is given, in days
    time_spans: tuple[tuple[float, float], ...] = ()  # "at 90 to 120 days", in days
    life_stages: tuple[tuple[float, float], ...] = ()  # "children", "older adults": loose ages
    priced: str = ""  # what a price buys: "one" (a dose, session, cycle) or "all" (a course)
    settings: frozenset[str] = frozenset()  # where the people are cared for: "intensive care"
    ethnicities: frozenset[str] = frozenset()  # a racial or ethnic group: "Hispanic adults"
    severities: frozenset[str] = frozenset()  # how severe the condition counted is: "mild"
    summaries: frozenset[str] = frozenset()  # "central" (mean, median) or "centile 90"
    dose_levels: frozenset[str] = frozenset()  # a dose said in words: "low-dose", "standard"
    responses: frozenset[str] = frozenset()  # how deep a response: "complete", "partial", "overall"
    phases: frozenset[str] = frozenset()  # "before"/"after" an intervention (:data:`PHASE`)
    months: frozenset[str] = frozenset()  # months said with their year: "December 2022"
    everyone: bool = False  # both sexes in general words: "adults", "the population" (EVERYONE)
    other_arm: bool = False  # said after "against", "versus": a comparison's other side


SETTINGS: dict[str, re.Pattern[str]] = {
    "intensive care": re.compile(
        r"\b(?:intensive[- ]care|ICU|critical[- ]care|critically\W+ill)\b", re.IGNORECASE
    ),
    "surgery": re.compile(
        r"\b(?:after|following|undergoing|having)\W+(?:\w+\W+)?surgery\b|\bpost-?operative\w*"
        r"|\bsurgical\W+(?:patients|wards?)\b",
        re.IGNORECASE,
    ),
    "medical wards": re.compile(r"\bmedical\W+(?:wards?|in-?patients)\b", re.IGNORECASE),
    "care homes": re.compile(
        r"\b(?:care|nursing|residential)\W+homes?\b|\blong[- ]term\W+care\b", re.IGNORECASE
    ),
    "the community": re.compile(
        r"\b(?:community[- ]dwelling|living\W+(?:at|in\W+their\W+own)\W+homes?"
        r"|in\W+the\W+community)\b",
        re.IGNORECASE,
    ),
}
"""Where a figure's people are cared for: delirium in intensive care is not delirium after
surgery, nor a care home's figure one for people living at home."""


_PEOPLE = (
    r"(?:people|persons?|adults?|women|men|children|kids|teens|adolescents|youths?|girls?|boys?"
    r"|infants?|babies|births?|newborns?|neonates?|toddlers?|mothers?|patients?|individuals?"
    r"|participants?|residents?"
    r"|Americans?|Britons?|Australians?|Canadians?|students?|populations?|communit(?:y|ies)"
    r"|households?|families|smokers?|drinkers?|veterans?|youth|athletes?|players?|workers?"
    r"|employees?|runners?|recruits?|soldiers?|nurses?|doctors?|drivers?|survivors?|users?|donors?)"
)
PEOPLE_NOUN = re.compile(rf"\b{_PEOPLE}\b", re.IGNORECASE)
"""A noun that says people (adults, babies, Americans): who a figure counts, not what."""
# "Black and White Americans", "Black NCAA athletes", "White college students"
_AND_OTHER = r"(?:\W+(?:and|or)\W+[A-Z][\w-]+)?(?:\W+[\w-]+)?"
_NO_SUBREGION = (
    r"(?<!East )(?<!Eastern )(?<!South-East )(?<!Southeast )(?<!South )(?<!Central )"
    r"(?<!Western )(?<!West )"
)
ETHNICITIES: dict[str, re.Pattern[str]] = {
    "Hispanic": re.compile(
        r"\b(?<!non-)(?<!non )(?:Hispanic|Latin[oaex]s?|Mexican[- ]Americans?)\b"
    ),
    "Black": re.compile(
        rf"\b(?:African[- ]Americans?\b"
        rf"|(?:non-?\W?Hispanic\W+)?Black\b(?={_AND_OTHER}\W+{_PEOPLE}\b)"
        rf"|(?:non-?\W?Hispanic|among|in|for)\W+Black\b)",
        re.IGNORECASE,
    ),
    "White": re.compile(
        rf"\b(?:(?:non-?\W?Hispanic\W+)?White\b(?={_AND_OTHER}\W+{_PEOPLE}\b)"
        rf"|(?:non-?\W?Hispanic|among|in|for)\W+White\b(?!\W+(?:blood|cells?|matter|coat|spots?))"
        rf"|Caucasians?\b)",
        re.IGNORECASE,
    ),
    "Asian": re.compile(
        r"\b(?:Asian[- ]Americans?|non-?\W?Hispanic\W+Asians?|Asian\W+(?:and|or)\W+Pacific"
        r"\W+Islanders?"
        # Asian people said to live in a country outside Asia, or listed among other groups
        rf"|Asians?(?:\W+{_PEOPLE})?(?=\W+(?:living\W+)?in\W+(?:the\W+)?(?:US|U\.S\.|United\W+States"
        r"|UK|United\W+Kingdom|England|Britain|Canada|Australia|New\W+Zealand)\b)"
        r"|(?<=Black, )Asian|(?<=White, )Asian|(?<=Hispanic, )Asian"
        r"|(?<=Black and )Asian|(?<=White and )Asian|(?<=Hispanic and )Asian"
        r"|Asian(?=,?\W+(?:Black|White|Hispanic)\b)"
        # "Asian people", "among Asians": people of a group, as health pages and surveys
        # count them, not the continent's (which pages say "in Asia"); "Asian countries"
        # names no one, and "East Asian" or "South Asian" a sub-region of its own
        rf"|(?<=among )Asians|(?<=\bin )Asians|{_NO_SUBREGION}Asian(?=\W+{_PEOPLE}\b))\b",
        re.IGNORECASE,
    ),
    "Indigenous": re.compile(
        r"\b(?:American\W+Indians?|Alaska(?:n)?\W+Natives?|Native\W+Americans?|Aboriginal"
        r"|Torres\W+Strait|M[aā]ori|Pacific\W+Islanders?|First\W+Nations|Indigenous)\b",
        re.IGNORECASE,
    ),
}
"""A racial or ethnic group a figure is about, as US and other surveys report them
(NCHS, CDC and ACS report by these groups; Asian as US surveys name it, "Asian American",
"non-Hispanic Asian", since "Asian" alone is as often a place): a figure for Hispanic
children is not the
figure for all children, nor for Black children. "White blood cells" and "in white
matter" name no one: Black and White need a people noun after them or "non-Hispanic",
"among", "in" before."""


SEVERITIES: dict[str, re.Pattern[str]] = {
    "minimal": re.compile(r"\b(?:minimal|slight)\b", re.IGNORECASE),
    "mild": re.compile(r"\bmild(?:ly)?\b(?![- ](?:cognitive|traumatic))", re.IGNORECASE),
    "moderate": re.compile(
        r"\bmoderate(?:ly)?\b(?![- ](?:intensity|exercise|activity|drinking|alcohol))",
        re.IGNORECASE,
    ),
    "severe": re.compile(r"\bsevere(?:ly)?\b", re.IGNORECASE),
    "profound": re.compile(r"\bprofound(?:ly)?\b", re.IGNORECASE),
    "all": re.compile(
        r"\b(?:all|any|every)\W+(?:severit(?:y|ies)|grades?|degrees?(?:\W+of\W+severity)?)\b",
        re.IGNORECASE,
    ),
}
"""How severe the condition a figure counts is, as graded scales say it (minimal, mild,
moderate, severe, profound; ``all`` for "all severities", "any degree"): minimal erectile
dysfunction is not the claim about any degree of it, nor severe haemophilia the figure for
all severities. `Mild cognitive impairment`
and `moderate-intensity exercise` are names, not grades."""


DOSE_LEVELS: dict[str, re.Pattern[str]] = {
    "low": re.compile(r"\b(?:low|lower|reduced|minimal)[- ]dos(?:e|es|ed|ing)\b", re.IGNORECASE),
    "standard": re.compile(
        r"\b(?:standard|usual|regular|full|normal)[- ]dos(?:e|es|ed|ing)\b", re.IGNORECASE
    ),
    "high": re.compile(r"\b(?:high|higher|increased)[- ]dos(?:e|es|ed|ing)\b", re.IGNORECASE),
    "loading": re.compile(
        r"\b(?:loading|initial|starting|bolus)[- ]dos(?:e|es|ing)\b|\bloading[- ]infusions?\b",
        re.IGNORECASE,
    ),
    "maintenance": re.compile(r"\bmaintenance[- ](?:dos(?:e|es|ing)|infusions?)\b", re.IGNORECASE),
}
"""A dose said in words, as trials name their arms without the milligrams (ELITE-Symphony's
low-dose and standard-dose cyclosporine, ENGAGE AF's high- and low-dose edoxaban): the
low-dose arm's figure is not the standard-dose claim's. A regimen's loading (initial, bolus)
dose and its maintenance dose are two steps of one regimen, each the other's no figure (a
step after "then" or "followed by" a loading dose is the maintenance dose:
``matching.Surroundings``)."""
DOSE_STEPS = frozenset({"loading", "maintenance"})
AFTER_LOADING = re.compile(
    r"\b(?:after|following|once)\W+(?:(?:the|a|an|its|their)\W+)?"
    r"(?:loading|initial|starting|bolus)[- ]dos(?:e|es|ing)\b",
    re.IGNORECASE,
)
"""A loading dose said as the step before ("After the loading dose, X is given at 10 mg/kg
every 12 hours", "following a loading dose"): what follows is the maintenance dose."""
CENTRAL = NeedleScanned(
    re.compile(r"\b(?:on\W+average|averag(?:e|ed|ing)|mean|median|typical(?:ly)?)\b", re.I)
)
CENTILE = NeedleScanned(
    re.compile(
        r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)[- ](?:centile|percentile)\b"
        r"|\b(?P<share>\d{1,2})(?:\s?%|\s?per\s?cent)\s+of\b[^.;:]{0,60}?"
        r"\b(?:within|in(?:\W+(?:under|less\W+than))?)\W+(?:about\W+)?\d",
        re.IGNORECASE,
    )
)
"""Which summary of a spread of times or values a figure is: a central one (``on average``,
``mean``, ``median``: writers use them for one another) or a centile (``90th centile``, ``90%
of calls … within 18 minutes``, which is the 90th centile of the response times). A mean
response time is not the 90th-centile target (NHS England's ambulance standards state both)."""


SOURCE_YEAR = re.compile(
    r"\b(?P<year>(?:19|20)\d{2})\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:meta-?analys[ie]s|systematic\s+reviews?|reviews?|studies|study|papers?|articles?"
    r"|publications?|analys[ie]s|trials?)\b"
)
"""A year that dates a source, not the figure: "a 2021 meta-analysis", "a 2019 Cochrane
review", "the 2018 study" (a survey's or report's year is usually the year it measured)."""
SEASON = NeedleScanned(
    re.compile(r"\b(?P<first>(?:19|20)\d{2})\s?[–/-]\s?(?P<next>\d{2})\b(?!%|[.,]\d)")
)
"""A season or academic year written with its second year short: ``2013–14``, ``2009/10``."""


DECADE = NeedleScanned(
    re.compile(
        r"\b(?P<before>(?:before|until|up\W+to|prior\W+to|pre)\W+(?:the\W+)?)?"
        r"(?:(?:early|mid|late)\W*)?(?P<first>(?:19|20)\d)0s\b"
        r"(?:\W*(?:[–—-]|to|and|or|through)\W*(?:the\W+)?(?:(?:early|mid|late)\W*)?"
        r"(?P<next>(?:19|20)?\d)0s\b)?",
        re.IGNORECASE,
    )
)
"""A decade or run of decades as an era: ``the 1990s``, ``the 1970s–80s``, ``the 1990s and
2000s``, ``the mid-1980s``, ``before the 1970s`` (an era of its own: what came before)."""


def decades_named(text: str) -> frozenset[str]:
    """The decades ``text`` names as eras, written ``1970s`` (one per decade of a run:
    ``the 1970s–80s`` names 1970s and 1980s), and ``before 1970s`` for an era said by its
    end. A page names eras in words where a source names them in full, so the two compare
    as years do (:func:`years_meet`)."""
    eras: set[str] = set()
    for found in DECADE.finditer(text):
        first = found.group("first")
        if found.group("before"):
            eras.add(f"before {first}0s")
            continue
        eras.add(f"{first}0s")
        written = found.group("next")
        if written:
            following = written if len(written) == 3 else first[:2] + written
            if first < following <= str(int(first) + 5):
                eras.update(f"{d}0s" for d in range(int(first) + 1, int(following) + 1))
    return frozenset(eras)


YEAR_SPAN = NeedleScanned(
    re.compile(
        r"\b(?:(?P<lead>from|between|over|during|across|spanning|for)\W+(?:the\W+(?:years\W+)?)?)?"
        r"(?P<first>(?:19|20)\d{2})\s*(?P<joint>[–—-]|to|and|through|until|till)\s*"
        r"(?P<last>(?:19|20)\d{2})\b(?![–-]\d)",
        re.IGNORECASE,
    )
)
"""A span of calendar years a figure is about as a whole: ``over 2011–2015``, ``between 2011
and 2015``, ``from 2011 to 2015`` (a word joint needs its lead word: "in 2011 and 2015" is
two years). The joint dash form needs no lead (``the 2011-2015 average``)."""
SPAN_PREFIX = "years "


def year_spans(text: str, leads: tuple[str, ...] = ()) -> frozenset[str]:
    """The spans of years ``text`` names (:data:`YEAR_SPAN`), as ``years 2011-2015``; with
    ``leads``, only those said after one of those words (``between``, ``from``)."""
    spans = set()
    for found in YEAR_SPAN.finditer(text):
        lead = (found.group("lead") or "").lower()
        if leads and lead not in leads:
            continue
        if found.group("joint") in "–—-" or lead:
            first, last = found.group("first"), found.group("last")
            if int(first) + 1 < int(last):  # two years running are a season (2017–2018)
                spans.add(f"{SPAN_PREFIX}{first}-{last}")
    return frozenset(spans)


def without_spans(years: frozenset[str]) -> frozenset[str]:
    """``years`` without the spans among them (:func:`year_spans`)."""
    return frozenset(year for year in years if not year.startswith(SPAN_PREFIX))


ANOTHER_TIME = "it is measured at another time"
"""Why a claim measured at another timepoint is not the figure's (week 12 is not week 52)."""


def span_against_year(figure: Frame, claim: Frame) -> bool:
    """Whether the figure's own clause is about a span of years as a whole (:func:`year_spans`)
    and the claim about one year or another span: a figure over 2011–2015 is no figure of the
    claim about 2015. A change over the span ("fell 7.2% from 2022 to 2023") is the change of
    its last year; a claim that names the span's two ends without the span ("August
    2021–August 2023") may be about the span. A figure in one year against a claim over a
    span is left to :func:`years_meet`: pages date a period's figure by its last year."""
    if figure.change or not any(year.startswith(SPAN_PREFIX) for year in figure.years):
        return False
    spans = [{y for y in frame.years if y.startswith(SPAN_PREFIX)} for frame in (figure, claim)]
    if spans[1]:
        return not spans[0] & spans[1]
    return len(without_spans(claim.years)) == 1


def years_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two frames' years share one: the same year or era, a year inside a decade
    the other names (1985 is in the 1980s), or a year or decade before an era said by its end
    (1950 is before the 1970s). A span of years (:func:`year_spans`) is here its years:
    :func:`span_against_year` tells a figure over the span as a whole from a single year's."""
    a, b = without_spans(a), without_spans(b)
    if a & b:
        return True
    return any(
        _in_era(year, era) for one, other in ((a, b), (b, a)) for year in one for era in other
    )


def _in_era(year: str, era: str) -> bool:
    """Whether a year or decade (``1985``, ``1950s``) lies in an era (``1980s``; ``before
    1970s``: any time before 1970)."""
    if era.startswith("before "):
        end = era.removeprefix("before ")[:4]
        return year[:4].isdigit() and year[:4] < end and not year.startswith("before")
    return year.isdigit() and era[3:] == "0s" and era[:3] == year[:3]


SINCE_YEAR = re.compile(
    r"\bsince\W+(?:records\W+began\W+in\W+)?"
    r"(?:the\W+(?:(?:start|end|middle|turn)\W+of\W+(?:the\W+)?)?)?(?:(?:early|mid|late)\W*)?"
    r"((?:19|20)\d(?:\d|0s))\b",
    re.IGNORECASE,
)
"""A year or decade since which (``since 2019``, ``since the late 1990s``, ``since records
began in 1990``): a point of comparison for a superlative, not the figure's own year."""

SUPERLATIVE_SINCE = re.compile(
    r"\b(?:(?:high|low|larg|bigg|small|great|bus)est|best|worst|most|fewest|least|first\W+time"
    r"|any\W+(?:other\W+)?(?:year|time|season|month))\b(?:\W+[\w-]+){0,4}?\W+"
    + SINCE_YEAR.pattern.removeprefix(r"\b"),
    re.IGNORECASE,
)
"""The year after a superlative's ``since`` (``the worst year since the late 1990s``, ``the
first time since 2010``)."""


COMPARED_YEAR = re.compile(
    r"\b(?:(?:up|down)\W+from|compar(?:ed|ison)\W+(?:with|to)|than\W+in|than)\W+(?:the\W+year\W+)?"
    r"((?:19|20)\d{2})\b(?![-–/]\d)",
    re.IGNORECASE,
)
"""A year a figure is compared with, said alone ("up from 2018", "compared with 2019",
"than in 2015"): no figure of that year stands there."""
RELATIVE_CHANGE_SAID = re.compile(
    r"\b(?:rose|risen|rises?|increased?|increases|fell|fallen|falls?|dropped|drops?|declined?"
    r"|grew|grown|jumped|climbed|up|down)\W+by\b|\b(?:rise|increase|fall|drop|decline|jump)\W+(?:in|of|on)\b",
    re.IGNORECASE,
)
"""A relative change ("rose by 50.3% … compared with 2021", "a 12% rise"): the year compared
with is the start of its period, the figure's as much as the end's."""


MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
MONTH_YEAR = re.compile(
    rf"\b{_MONTH}\.?{_H}+(?:\d{{1,2}}(?:st|nd|rd|th)?,?{_H}+)?(?P<year>(?:19|20)\d{{2}})\b"
)
MONTH_SPAN = re.compile(
    rf"\b{_MONTH.replace('?P<month>', '?P<first>')}\.?(?:{_H}+(?P<first_year>(?:19|20)\d{{2}}))?"
    rf"{_H}*(?:[-–—]|to|and|until|through){_H}*(?:\d{{1,2}}(?:st|nd|rd|th)?{_H}+)?"
    rf"{MONTH_YEAR.pattern[2:]}"
)
MONTH_START = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _month_number(said: str) -> int:
    return next(i for i, name in enumerate(MONTH_NAMES) if name.startswith(said[:3])) + 1


def _months_said(months: frozenset[str]) -> str:
    """Months as a reason says them: one, or the first to the last (``April 2023 to June
    2023``)."""
    ordered = sorted(months, key=lambda m: (m.split()[1], _month_number(m)))
    return ordered[0] if len(ordered) == 1 else f"{ordered[0]} to {ordered[-1]}"


def _months_between(first: int, first_year: int, last: int, last_year: int) -> set[str]:
    """Each month from the first to the last, as ``April 2022`` (at most two years of them)."""
    found, month, year = set(), first, first_year
    while (year, month) <= (last_year, last) and len(found) < 24:
        found.add(f"{MONTH_NAMES[month - 1]} {year}")
        month, year = (1, year + 1) if month == 12 else (month + 1, year)
    return found


def months_named(text: str) -> frozenset[str]:
    """The months ``text`` names with their year (``In April 2022``, ``as of 4 December
    2022``, ``week ending 13 Feb 2022``: ``April 2022`` …), for monthly statistics (vacancy
    rates, bed occupancy, survey waves) whose year alone cannot tell them apart. A span of
    months (``between April and June 2023``, ``from April 2020 to March 2021``) names each
    month in it, so a month outside it is another time and one inside is not."""
    if not YEAR.search(text) or not MONTH_START.search(text):
        return frozenset()
    found: set[str] = set()
    spans = []
    for span in MONTH_SPAN.finditer(text):
        last, last_year = _month_number(span.group("month")), int(span.group("year"))
        first = _month_number(span.group("first"))
        first_year = int(
            span.group("first_year") or (last_year if first <= last else last_year - 1)
        )
        found |= _months_between(first, first_year, last, last_year)
        spans.append(span.span())
    for match in MONTH_YEAR.finditer(text):
        if not any(start <= match.start() < end for start, end in spans):
            month = MONTH_NAMES[_month_number(match.group("month")) - 1]
            found.add(f"{month} {match.group('year')}")
    return frozenset(found)


def years_named(text: str) -> frozenset[str]:
    """The calendar years ``text`` names, a season's short second year written out
    (``2009–10 to 2013–14`` names 2009, 2010, 2013 and 2014), and the eras it names in
    decades (:func:`decades_named`)."""
    years = set(YEAR.findall(text)) | decades_named(text) | year_spans(text)
    if years and SOURCE_YEAR.search(text):
        # "a 2021 meta-analysis put … at 6.76%": when the source was published, not the
        # year the figure is about (unless the text names it elsewhere too)
        dated = [found.group("year") for found in SOURCE_YEAR.finditer(text)]
        years -= {y for y in dated if len(re.findall(rf"\b{y}\b", text)) == 1}
    if len(years) > 1 and "since" in text:
        # "285 cases in 2024, more than in any year since 2019": the year since which is a
        # point of comparison, not the figure's, when the text names the figure's own
        since = {found.group(1) for found in SINCE_YEAR.finditer(text)}
        if years - since:
            years -= {y for y in since if len(re.findall(rf"\b{y}\b", text)) == 1}
    if "since" in text:
        # "38 deaths, the worst year since the late 1990s": after a superlative the year
        # since which is never the figure's, even where the clause names no other year
        years -= {found.group(1) for found in SUPERLATIVE_SINCE.finditer(text)}
    if (
        len(years) > 1
        and ("from" in text or "compared" in text or "than" in text)
        and not RELATIVE_CHANGE_SAID.search(text)
    ):
        # "In 2022, 45.6% … said so, up from 2018": the year compared with, said with no
        # figure of its own, is not the figure's, when the text names the figure's own
        compared = {found.group(1) for found in COMPARED_YEAR.finditer(text)}
        if years - compared:
            years -= {y for y in compared if len(re.findall(rf"\b{y}\b", text)) == 1}
    for season in SEASON.finditer(text):
        first = int(season.group("first"))
        following = first // 100 * 100 + int(season.group("next"))
        if following == first + 1:
            years.add(str(following))
    return frozenset(years)


def _summaries(text: str, skip: tuple[int, int] | None) -> frozenset[str]:
    """The summaries ``text`` names; a share that is the figure itself (``skip``) names none
    (the 90% of "90% of calls within 18 minutes" is the share, the 18 minutes the centile)."""
    found = set()
    for m in CENTILE.finditer(text):
        number = "share" if m.group("share") else "n"
        if skip is None or not (m.start(number) < skip[1] and skip[0] < m.end(number)):
            found.add(f"centile {m.group(number)}")
    return frozenset(found) if found else frozenset({"central"} if CENTRAL.search(text) else ())


SCHEDULES: dict[str, re.Pattern[str]] = {
    "as needed": re.compile(
        r"\b(?:as[\s-]needed|when needed|on[\s-]demand|PRN|pro re nata)\b", re.IGNORECASE
    ),
    "twice daily": re.compile(
        r"\b(?:twice[\s-]daily|twice a day|two times a day|BID\b|b\.i\.d\.)", re.IGNORECASE
    ),
    "three times daily": re.compile(
        # (the abbreviations as words: "tidal volumes" say no "TID")
        r"\b(?:(?:three|3) times (?:daily|a day|per day)|thrice daily|TID\b|t\.i\.d\.)",
        re.IGNORECASE,
    ),
    "four times daily": re.compile(
        r"\b(?:(?:four|4) times (?:daily|a day|per day)|QID\b|q\.i\.d\.)", re.IGNORECASE
    ),
    "daily": re.compile(
        r"\b(?:once[\s-]daily|once a day|every day|each day)\b"
        r"|(?<!twice )(?<!twice-)(?<!thrice )(?<!times )\bdaily\b"
        r"(?!\s+(?!(?:doses?|dosing|tablets?|pills?|capsules?|injections?|infusions?|use|oral"
        r"|treatment|therapy|regimen|administration|for|and|or|with|in|at|to|plus|versus|vs"
        r"|compared|than|from|by|on|over|during|until|after|before|was|were|is|are|had|has"
        r"|led|gave|reduced|cut|lowered)\b)[a-z])",
        re.IGNORECASE,
    ),
    "weekly": re.compile(
        r"\b(?:once[\s-]weekly|(?<!twice )(?<!twice-)(?<!times )weekly|once a week|every week"
        r"|qw)\b",
        re.IGNORECASE,
    ),
    "twice weekly": re.compile(
        r"\b(?:twice[\s-]weekly|twice a week|two times a week|(?:2|two) times weekly|BIW)\b",
        re.IGNORECASE,
    ),
    "every two weeks": re.compile(
        r"\b(?:every (?:2|two|other) weeks?|every second week|fortnightly|biweekly|q2w)\b",
        re.IGNORECASE,
    ),
    "monthly": re.compile(
        r"\b(?:monthly|once a month|every month|every (?:4|four) weeks|q4w)\b", re.IGNORECASE
    ),
}
"""How often a treatment is given. Two figures given on different schedules (ranibizumab
monthly and as needed, in CATT) are different arms of a trial. A bare "daily" before a
word that is no dose word nor a function word qualifies what is counted (``daily
micturitions``, ``activities of daily living``): a period of the outcome, not a schedule."""

EVERY_INTERVAL = re.compile(
    rf"\bevery\W+(?P<n>{_NUMBER})\W+(?P<unit>days?|weeks?|months?)\b"
    r"|(?<![\w.])q(?P<q>\d{1,2})(?P<q_unit>d|w|wk|wks)\b",
    re.IGNORECASE,
)
"""A dosing interval said with its number ("every 8 weeks", "every 12 weeks", and the
prescriber's ``q8w``, ``Q3W``, ``q21d``): a schedule of its own when no named one says it."""
Q_UNITS = {"d": "day", "w": "week", "wk": "week", "wks": "week"}


# each list searched only where a word its patterns need stands (see verify/gates.py)
_MEASURES, _STAGES, _SEXES, _SETTINGS = map(GatedNames, (MEASURES, STAGES, SEXES, SETTINGS))
_ETHNICITIES, _SEVERITIES, _DOSE_LEVELS, _SCHEDULES = map(
    GatedNames, (ETHNICITIES, SEVERITIES, DOSE_LEVELS, SCHEDULES)
)


_OUTCOME = (
    r"(?:respon(?:se|ses|ded|ders?)|remissions?|recovery|recoveries|success|resolution"
    r"|healing|clearance)\b"
)
RESPONSE_DEPTHS: dict[str, re.Pattern[str]] = {
    "complete": re.compile(
        rf"\b(?:complete|full)\W+(?:[a-z]+\W+){{0,2}}?{_OUTCOME}|\bpCR\b|\bCR\W+rates?\b",
        re.IGNORECASE,
    ),
    "partial": re.compile(
        rf"\bpartial\W+(?:[a-z]+\W+){{0,2}}?{_OUTCOME}|\bPR\W+rates?\b", re.IGNORECASE
    ),
    "overall": re.compile(
        rf"\b(?:overall|objective|any)\W+(?:[a-z]+\W+){{0,2}}?{_OUTCOME}|\bORR\b"
        r"|\bresponders?\b|\bresponded\b|\bresponse\W+rates?\b|\bremissions?\b"
        r"|\b(?:had|achieved|reached|showed|with|a)\W+(?:[a-z]+\W+)?response\b",
        re.IGNORECASE,
    ),
}
"""How deep a treatment response or remission is, as oncology and haematology grade it
(RECIST, IMWG, Lugano): a complete response (CR, pCR), a partial one, or the overall
(objective) response that counts both. Other outcomes are graded so too: a complete or
partial recovery (hearing, nerve function), success, resolution, healing or clearance. A
plain "responded" or "remission" is the overall one.
A complete-response figure is not the overall-response claim's, nor the reverse."""
NOT_A_RESPONSE = re.compile(
    r"\b(?:immune|antibody|antibodies|dose|in|inflammatory|stress|emergency|ambulance)\W+response"
    r"|\bresponse\W+times?\b",
    re.IGNORECASE,
)
"""Responses that are no treatment outcome: an immune response, a dose-response curve, an
ambulance's response time."""


_OTHER_OUTCOME_GATE = re.compile(r"ecover|uccess|esolution|ealing|learance")


def _responses(text: str) -> frozenset[str]:
    """The response depths ``text`` names (:data:`RESPONSE_DEPTHS`): "complete or partial"
    together is the overall response."""
    if not (
        "espon" in text
        or "emission" in text
        or "CR" in text
        or "PR " in text
        or _OTHER_OUTCOME_GATE.search(text)
    ):
        return frozenset()
    text = NOT_A_RESPONSE.sub(" ", text)
    depths = {name for name, pattern in RESPONSE_DEPTHS.items() if pattern.search(text)}
    if {"complete", "partial"} <= depths:
        return frozenset({"overall"})
    if len(depths) > 1:
        depths.discard("overall")  # "a complete response" also says "a … response"
    return frozenset(depths)


def _dose_levels(text: str, lower: str) -> frozenset[str]:
    """The dose levels ``text`` names (:data:`DOSE_LEVELS`); a loading dose named only as the
    step before (:data:`AFTER_LOADING`) makes the dose said the maintenance one."""
    levels = _DOSE_LEVELS.found(text, lower)
    if "loading" in levels:
        before = {found.end() for found in AFTER_LOADING.finditer(text)}
        if all(m.end() in before for m in DOSE_LEVELS["loading"].finditer(text)):
            return (levels - {"loading"}) | {"maintenance"}
    return levels


def _schedules(text: str, lower: str | None = None) -> frozenset[str]:
    named = set(_SCHEDULES.found(text, lowered(text) if lower is None else lower))
    if "very" not in text and "q" not in text and "Q" not in text:
        return frozenset(named)
    for found in EVERY_INTERVAL.finditer(text):
        if found.group("q"):
            unit = Q_UNITS[found.group("q_unit").lower()]
            days = round(int(found.group("q")) * DAYS[unit])
            named |= {name for name, p in SCHEDULES.items() if p.search(found.group())} or {
                f"every {days} days"
            }
            continue
        days = round(_number(found.group("n")) * DAYS[found.group("unit").lower().rstrip("s")])
        spaced = re.sub(r"\W+", " ", found.group())  # "every-two-weeks" is every two weeks
        said = {name for name, pattern in SCHEDULES.items() if pattern.search(spaced)}
        named |= said or {f"every {days} days"}
    return frozenset(named)


_COURSE_UNIT = r"(?:days?|weeks?|months?)"
_TREATMENT = (
    r"(?:treatment|therapy|antibiotics?|dosing|[a-z]+(?:mab|nib|vir|cillin|mycin|floxacin|azole))"
)
COURSE = NeedleScanned(
    re.compile(
        rf"\b(?P<n>{_NUMBER})[- ](?P<unit>day|week|month)[- ](?:course|regimen|treatment|therapy)\b"
        rf"|\b(?:treated|treatment|therapy|antibiotics?|given|taken|taking|took)"
        rf"(?:\W+(?:with|on)(?:\W+[\w-]+){{1,3}}?)?\W+for\W+(?P<n2>{_NUMBER})\W+"
        rf"(?P<unit2>{_COURSE_UNIT})\b"
        rf"|(?<!\bat\W)(?<!\bby\W)(?<!\bafter\W)(?<!\bwithin\W)(?<!\bover\W)(?<!\bthrough\W)"
        rf"(?<!\bduring\W)(?<!\bin\W)(?<!\bfirst\W)(?<!\blast\W)(?<!\bthe\W)\b(?P<n3>{_NUMBER})\W+"
        rf"(?P<unit3>{_COURSE_UNIT})\W+of\W+(?!(?:follow|pregnancy|gestation|age|life|the\b|a\b|study"
        rf"|trial|observation|data|use\b))(?:{_TREATMENT}|[A-Za-z][\w-]*)\b"
        rf"|\bcourse\W+of\W+(?P<n4>{_NUMBER})\W+(?P<unit4>{_COURSE_UNIT})\b"
        # "500 mg twice daily for 5 days", "… and fosfomycin once, each for 3 days": after a
        # dose, its schedule or "each", how long the regimen is given
        rf"|(?:\b(?:daily|a\W+day|per\W+day|weekly|a\W+week|doses?|tablets?|capsules?|each"
        rf"|both|all)|\d\W?(?:mg|g|mcg|µg|IU|ml))\W+for\W+(?P<n5>{_NUMBER})\W+"
        rf"(?P<unit5>{_COURSE_UNIT})\b",
        re.IGNORECASE,
    )
)
"""How long a treatment is given: an 8-day course of antibiotics is not the 15-day arm,
8 weeks of sofosbuvir not 12 (``8-day course``, ``treated for 8 days``, ``eight days of
treatment``, ``a course of 15 days``). Not a timepoint: the outcome is measured after it."""


COURSE_GROUPS = tuple((f"n{i}", f"unit{i}") for i in ("", 2, 3, 4, 5))
"""The (number, unit) groups of :data:`COURSE`'s alternatives."""


def _courses(text: str) -> frozenset[float]:
    if not TIME_UNIT.search(text):
        return frozenset()  # every course names a day, week or month
    found = set()
    for match in COURSE.finditer(text):
        for number, unit in COURSE_GROUPS:
            if match.group(number):
                size = DAYS[match.group(unit).lower().rstrip("s")]
                found.add(round(_number(match.group(number)) * size, 6))
    return frozenset(found)


_INTERVENTION = (
    r"(?:intervention|programme|program|campaign|scheme|ban|tax|levy|law|policy|checklist"
    r"|initiative|strategy|reform|bundle|mandate|rollout|roll-out|introduction|implementation"
    r"|launch|pandemic|lockdown)s?"
)
_INTRODUCED = (
    r"(?:introduced|launched|rolled\W+out|implemented|brought\W+in|adopted|began|started"
    r"|came\W+in(?:to\W+(?:force|effect))?|took\W+effect|in\W+(?:use|place|force)|reached)"
)
_CUE = r"(?:before|prior|until|after|following|since|once)\b"
_PHASE_OBJECT = rf"\W+(?:(?!{_CUE})[A-Za-z'’-]+\W+){{0,5}}?(?:{_INTERVENTION}|{_INTRODUCED})\b"
PHASE = StartScanned(
    re.compile(
        rf"\b(?P<before>before|prior\W+to|until){_PHASE_OBJECT}"
        rf"|\b(?P<after>after|following|since|once){_PHASE_OBJECT}"
        rf"|\b(?P<base>at\W+baseline|pre-?{_INTERVENTION})\b"
        rf"|\b(?P<post>afterwards|thereafter|post-?{_INTERVENTION})\b",
        re.IGNORECASE,
    )
)
"""Before or after an intervention that changes the figure (a before-and-after study, a
policy's effect): ``before the checklist was introduced``, ``once it was in use``,
``since the sugar tax``, ``at baseline``, ``post-intervention``. "Before"/"after" must reach
an intervention word or a verb of bringing one in within five words, none of them a figure
or another such word: the "after" of "death after surgery" or "at 12 weeks after treatment"
is a measure's or a timepoint's, no phase (nor does it reach the "checklist" of "deaths after
surgery were 0.8% before the checklist")."""


def _phases(text: str) -> frozenset[str]:
    if not PHASE_WORD.search(text):
        return frozenset()
    return frozenset(
        "before" if found.group("before") or found.group("base") else "after"
        for found in PHASE.finditer(text)
    )


PHASE_WORD = NeedleScanned(
    re.compile(r"(?i)before|prior|until|after|following|since|once|baseline|\bpre|\bpost")
)
"""A cheap test before :data:`PHASE`'s alternation (most clauses say none of these)."""


def sexes_named(text: str) -> frozenset[str]:
    """The sexes ``text`` names: ``read_frame(text).sexes`` without reading the rest of the
    frame, for a caller that asks only this of a whole sentence (a sentence's frame costs
    some forty pattern searches, its sexes one gated list)."""
    return _SEXES.found(text, lowered(text))


# One slot of ``read_frame(text)`` (no unit, nothing skipped) without reading the others: a
# frame costs some 150 us a clause, and callers that ask one slot of a sentence's part, a
# lead-in or a heading (whether it names the control arm, its ages, its timepoints) made a
# whole frame for it. Each reads the slot exactly as read_frame does
# (tests/test_frame_gates.py compares them on every verdict set's text).


def control_named(text: str, skip: tuple[int, int] | None = None) -> bool:
    """``read_frame(text, unit, skip).control``, whatever the unit (the slot reads none):
    the figure at ``skip`` blanked out as read_frame blanks it."""
    if skip is not None:
        text = text[: skip[0]] + " " * (skip[1] - skip[0]) + text[skip[1] :]
    return _names_control(text, skip)


def ages_named(text: str) -> tuple[tuple[float, float], ...]:
    """``read_frame(text).ages``: the age groups ``text`` names, none where it says every
    age of a stage of life ("people of all ages … children")."""
    ages = tuple(_ages(text))
    if ages == EVERY_AGE and _life_stages(text):
        return ()
    return ages


def timepoints_named(text: str) -> frozenset[float]:
    """``read_frame(text).timepoints``."""
    return frozenset(_timepoints(text))


def stage_or_age_named(text: str) -> bool:
    """``bool(read_frame(text).life_stages or read_frame(text).ages)``: whether ``text``
    names a stage of life or an age group."""
    return bool(_life_stages(text)) or bool(_ages(text))


CAUSE_OF_DEATH = re.compile(
    r"\b(?:deaths?|died|dying|fatal)\W+(?:from|of|due\W+to|caused\W+by|after)\W+"
    r"(?:(?:an?|the|their|its|a\W+severe|severe|overwhelming)\W+)?(?:[a-z-]+\W+){0,2}?"
    r"(infections?|illness(?:es)?)\b",
    re.IGNORECASE,
)
"""An infection or illness said as the cause of a death (``death from infection``), which
counts no cases of it."""


FATAL = re.compile(r"\b(?<!non-)(?<!non )fatal\b", re.IGNORECASE)
"""Cases said fatal (``fatal lactic acidosis``), which are deaths."""


DEMONYM_PEOPLE = re.compile(
    r"\b(?P<said>"
    + "|".join(sorted((d for d in DEMONYMS if " " not in d), key=len, reverse=True))
    + rf")(?:s\b|\W+(?:[a-z][\w-]*\W+)?{_PEOPLE}\b)"
)
"""An adjective of nationality said of people ("Norwegians", "Japanese patients", "Danish
older adults"): their country is where the figure's people live. Not before any other noun:
"Japanese encephalitis", "German measles" and "Spanish flu" are diseases, no place."""
DEMONYM_WORDS = frozenset(DEMONYMS) | frozenset(d + "s" for d in DEMONYMS)


def _demonym_places(text: str) -> frozenset[str]:
    """The countries :data:`DEMONYM_PEOPLE` finds in ``text`` (searched only when a
    capitalised word of it is an adjective of nationality)."""
    if not _capitalised_words(text) & DEMONYM_WORDS:
        return frozenset()
    return frozenset(DEMONYMS[found.group("said")] for found in DEMONYM_PEOPLE.finditer(text))


def _asia_said_as_a_place(text: str) -> bool:
    """Whether "Asia" that :data:`REGIONS` found is the continent: not where every "Asian"
    in ``text`` is people of an ethnic group (:data:`ETHNICITIES`) and "Asia" itself is
    not said."""
    return bool(re.search(r"\bAsia\b", text)) or "Asian" not in _ETHNICITIES.found(text, None)


def regions_named(text: str) -> frozenset[str]:
    """The regions, countries and UK nations ``text`` names (:data:`REGIONS`), countries by
    their people too ("Norwegians", "Japanese patients"); not Asia where "Asian" names an
    ethnic group ("among Asian people", "White, Black and Asian women")."""
    found = (
        frozenset(name for name, pattern in REGIONS.items() if pattern.search(text))
        if ANY_REGION.search(text)
        else frozenset()
    )
    if "Asia" in found and not _asia_said_as_a_place(text):
        found -= {"Asia"}
    return found | _countries(text) | _demonym_places(text) | _nations(text) | _subnational(text)


def regions_in_reach(sentence: str, clause_end: int) -> frozenset[str]:
    """The places a figure's sentence names up to the end of its clause and on to the next
    outer break (", and", ";", "while" …): "1.28 billion adults have hypertension, and about
    two thirds of them live in low- and middle-income countries" places the second figure
    only, while "38% of adults and 42% of children in Europe" places both."""
    found = OUTER_BREAK.search(sentence, clause_end)
    return regions_named(sentence[: found.start() if found else len(sentence)])


def read_frame(text: str, unit: str | None = None, skip: tuple[int, int] | None = None) -> Frame:
    """The frame stated by ``text`` (a figure's clause), leaving out the figure itself
    (``skip``, offsets in ``text``) so a duration figure is not its own timepoint."""
    figure_words = ""
    written = text
    if skip is not None:
        figure_words = text[skip[0] : skip[1]]  # "11.9 million incident strokes"
        text = text[: skip[0]] + " " * (skip[1] - skip[0]) + text[skip[1] :]
    measured = SINCE_DIAGNOSIS.sub(" ", text) if "iagnos" in text else text
    if "free" in measured:
        measured = EVENT_FREE_PHRASE.sub(" survival ", measured)
    if "cases" in measured:
        # "intact in 82.3% of cases": the cases are what the share is of, not its measure
        measured = SHARE_OF_CASES.sub(r"\g<share>", measured)
        if skip is not None and unit in PROPORTION_UNITS:  # the share itself left out
            after = OF_CASES.match(measured, skip[1])
            if after is not None:
                measured = measured[: skip[1]] + measured[after.end() :]
    if "infect" in measured or "illness" in measured:
        # "agranulocytosis led to death from infection in 2 patients": the infection is
        # what they died of, no count of cases
        measured = CAUSE_OF_DEATH.sub(
            lambda m: m.group(0)[: m.start(1) - m.start()] + " " * len(m.group(1)), measured
        )
    lower = lowered(text)
    measures = set(_MEASURES.found(measured, lower if measured is text else lowered(measured)))
    if "carriers" in measures and CARRIERS_RISK.search(measured):
        # "a 45% risk of breast cancer in BRCA2 carriers": carriers are whom the risk is of,
        # not what is counted
        measures.discard("carriers")
    if (
        skip is not None
        and LIVES_COUNTED.search(figure_words)
        and LIVES_TAKEN_BEFORE.search(text, 0, skip[0])
    ):
        # "Hip fractures claim around 76,000 lives": the figure's own "lives" are the deaths
        measures.add("deaths")
    if KILLED_OR_INJURED.search(text):
        # "killed or seriously injured": one count of both, neither the deaths nor the injuries
        measures = (measures - {"deaths", "injuries"}) | {"deaths or injuries"}
    count_of = ""
    if unit in RATIO_UNITS:
        pass  # "three times as likely to have a first stroke": two groups' risks compared,
        # neither a count of new cases nor of those who have it
    elif (unit and unit not in PROPORTION_UNITS and not money_or_time(unit)) or (
        unit is None and skip is not None
    ):
        if HAVING.search(text):
            measures.add("cases")
        if SURVIVED_ONE.search(text):
            # "101 million people had survived a stroke": those living after it, not a
            # survival rate
            measures = (measures - {"survival"}) | {"cases"}
        new = bool(INCIDENCE.search(f"{text} {figure_words} {unit or ''}"))  # "new cases": a unit
        having = bool(PREVALENCE.search(text)) or (
            skip is not None
            and PEOPLE_COUNTED.search(figure_words) is not None
            and WITH_AFTER.match(text, skip[1]) is not None
        )  # "Of the 50,000 people with it": those who have it
        count_of = "new" if new and not having else "having" if having and not new else ""
        if count_of == "having" and unit and RATE_PER_POPULATION.search(unit):
            # "had 25 road deaths per million": a rate, whatever verb has it; "prevalence"
            # and "living with" still say whom a rate counts
            count_of = "having" if PREVALENCE_WORD.search(text) else ""
    elif unit in PROPORTION_UNITS:
        # a share counts new cases or those who have it only by the words that say so
        # ("10.6% of men are newly diagnosed each year", "an incidence of 2%" against "the
        # prevalence … is 10.6%"); its verbs ("had", "occurred") say nothing of it
        new = bool(SHARE_INCIDENCE.search(text))
        having = bool(SHARE_PREVALENCE.search(text))  # "of people living with": its population
        count_of = "new" if new and not having else "having" if having and not new else ""
    if unit:
        head = unit.split("/")[0].split()[-1].lower() if unit.split("/")[0].split() else ""
        if unit.partition("/")[0] in CURRENCY_CODES:
            # "the bill for workplace injury and new cases … came to £20.74 billion": a sum
            # of money measures cost, whatever it is the cost of (words that name no measure
            # leave the slot empty, as before)
            measures = {"cost"} if measures else measures
        elif FATAL.search(unit):
            measures = {"deaths"}  # "412 fatal surgical site infections": deaths, no cases
        elif head in UNIT_MEASURES:
            if UNIT_MEASURES[head] == "cases" and "deaths" in measures and FATAL.search(text):
                # "fatal lactic acidosis … 0.03 cases per 1,000 patient-years": cases said
                # fatal are deaths, as "5,190 fatal work injuries" are
                measures = {"deaths"}
            else:
                measures = {UNIT_MEASURES[head]}
        elif MEASURES["hospitalisations"].search(unit):
            measures = {"hospitalisations"}  # "hospital stays"
    ages, life_stages = tuple(_ages(text)), tuple(_life_stages(text))
    if not life_stages and figure_words:
        # the figure's own counted noun says whom it counts: "48,000 children die"
        life_stages = tuple(_life_stages(figure_words))
    if ages == EVERY_AGE and life_stages:
        # "Asthma affects people of all ages: 6.5% of US children have it": the stage of
        # life the figure is said of, not every age
        ages = ()
    return Frame(
        measures=frozenset(measures),
        control=_names_control(text, skip),
        stages=_STAGES.found(text, lower),
        sexes=_SEXES.found(text, lower) or _unit_sexes(unit),
        everyone=bool(EVERYONE.search(text)),
        ages=ages,
        life_stages=life_stages,
        grade=bool(GRADES.search(text)),
        timepoints=frozenset(_timepoints(text)),
        time_spans=_time_spans(text) if TIME_SPAN_GATE.search(text) else (),
        years=years_named(text),
        months=months_named(text),
        regions=regions_named(text),
        change=unit not in PROPORTION_UNITS
        and (unit or "").split("/")[0] not in CURRENCY_CODES
        and skip is not None
        and bool(
            # "rose by 1.1 per 100,000", "slowed the decline by 2.49 points", "added 41.1
            # months to median survival": the size of a change in any unit but money's (what
            # an infection "adds" to a hospital's costs is what it costs)
            CHANGED_BY.search(text[: skip[0]])
            or GAINED_DIRECT.search(text, max(0, skip[0] - 30), skip[0])
        )
        or unit in PROPORTION_UNITS
        and skip is not None
        and bool(
            CHANGED_BY.search(text[: skip[0]])
            or (
                CHANGED_DIRECT.search(text, max(0, skip[0] - 40), skip[0]) is not None
                and not LEVEL_REACHED.match(figure_words)
            )
            or CHANGED_AFTER.match(text, skip[1])
            or CHANGE_IN_PLACE.match(text, skip[1])
            or HALVED.search(figure_words)  # "(roughly) halved": the verb is the figure
        ),
        count_of=count_of,
        schedules=_schedules(text, lower),
        settings=_SETTINGS.found(text, lower),
        ethnicities=_ETHNICITIES.found(text, lower),
        severities=_SEVERITIES.found(text, lower),
        summaries=_summaries(written, skip),
        dose_levels=_dose_levels(text, lower),
        responses=_responses(text),
        courses=_courses(text),
        phases=_phases(text),
        priced=_priced(text, figure_words, unit, (written, skip)),
        caused=unit in PROPORTION_UNITS
        and skip is not None
        and bool(CAUSED_BEFORE.search(text[: skip[0]]) or CAUSED_AFTER.search(text[skip[1] :]))
        and not CHANGE_NOUN_AFTER.match(text, skip[1]),
    )


PRICED_UNIT = (
    r"(?:dose|injection|jab|shot|vial|session|cycle|treatment|appointment|consultation|visit)"
)
PRICED_ALL = NeedleScanned(
    re.compile(
        rf"\b(?:(?:full|whole|complete|entire){_H}+)?(?:course|package|bundle|programme|program)\b"
        rf"|\b(?:both|all){_H}+(?:(?:two|three|four|\d){_H}+)?{PRICED_UNIT}s\b"
        rf"|\b(?:two|three|four|five|six|\d+)[- ]{PRICED_UNIT}s?\b"
        rf"|\b(?:in{_H}+total|altogether|all{_H}+in)\b",
        re.IGNORECASE,
    )
)
PRICED_ONE = StartScanned(
    re.compile(
        rf"\b(?:per|a|an|each|every|one|a{_H}+single|for{_H}+one){_H}+{PRICED_UNIT}\b",
        re.IGNORECASE,
    )
)
PRICED_REASONS = {
    "one": "it is the price of one dose or session, the figure a whole course",
    "all": "it is the price of a whole course, the figure one dose or session",
}


def priced_by(text: str) -> str:
    """What a price in ``text`` buys: ``all`` for a whole course ("the two-dose course comes
    to £238", "£1,200 for all three sessions", "in total"), ``one`` for a single dose,
    session or cycle ("£119 per dose", "$15,000 a cycle"); a course named wins over the
    doses it is made of. Empty when the text says neither (most prices)."""
    if PRICED_ALL.search(text):
        return "all"
    return "one" if PRICED_ONE.search(text) else ""


def _priced(
    text: str,
    figure_words: str,
    unit: str | None,
    figure: tuple[str, tuple[int, int] | None] = ("", None),
) -> str:
    """What a price buys, from its clause or, for a price read with its basis (``£74 per
    dose``, unit ``GBP/dose``), from the figure's own words; a bundle said around the price
    (``figure``: the clause as written and where the price is in it) is a whole course's."""
    if unit is not None and not money_or_time(unit):
        return ""
    written, skip = figure
    if unit in CURRENCY_CODES and skip is not None and bundle_around(written, *skip):
        return "all"  # "3 sessions for £150", "£225 for three": the bundle's price
    said = priced_by(text)
    if not said and unit and "/" in unit and unit.partition("/")[0] in CURRENCY_CODES:
        said = priced_by(figure_words)
    return said


def _unit_sexes(unit: str | None) -> frozenset[str]:
    """The sex a count's noun says ("3,200 women", its unit carried to "… falling to 3,200"):
    whom the count is of, as if the clause had said it."""
    if not unit or "/" in unit:
        return frozenset()
    return frozenset(name for name, pattern in SEXES.items() if pattern.fullmatch(unit))


def money_or_time(unit: str) -> bool:
    """Whether a unit is money or a duration: no count of people, so neither new cases nor
    those who have it ("costs $7,200 a year" is no incidence)."""
    head = unit.partition("/")[0]
    return head in CURRENCY_CODES or head.lower().rstrip("s") in DAYS


GROUP_SLOTS = ("stages", "sexes", "ages", "life_stages", "ethnicities", "regions")
"""Whom a figure is about: the slots a group said elsewhere fills."""
CONTEXT_SLOTS = GROUP_SLOTS + (
    "everyone",
    "schedules",
    "courses",
    "priced",
    "settings",
    "severities",
    "summaries",
    "dose_levels",
    "responses",
    "phases",
)
"""… and the treatment's schedule, course, price basis, setting, severity, summary, dose
level and response depth, which a claim's context fills where its statement leaves them unsaid."""


def _filled(frame: Frame, more: Frame, slots: tuple[str, ...]) -> Frame:
    """``frame`` with each of its empty ``slots`` taken from ``more``."""
    return replace(frame, **{slot: getattr(frame, slot) or getattr(more, slot) for slot in slots})


def fill_group(frame: Frame, more: Frame) -> Frame:
    """``frame`` with its empty group slots (stage, sex, age group, stage of life, ethnic
    group, region) taken from ``more``: whom a figure is about, said elsewhere."""
    return _filled(frame, more, GROUP_SLOTS)


def fill_empty(frame: Frame, more: Frame) -> Frame:
    """``frame`` with its empty population slots (stage, sex, age group, region) and its
    treatment schedule taken from ``more``
    (a claim's context, where its statement leaves the group unsaid). Measures, arms and
    times are not taken: a context names the trial's placebo or the disease's deaths as
    background as often as the claim's own."""
    return _filled(frame, more, CONTEXT_SLOTS)


BARE_COURSE = re.compile(r"\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>day|week|month)s?(?:\s+of\s+\w+)?\s*")
"""A course written alone as a ``group`` item: ``8 weeks``, ``15 days of antibiotics``."""


BARE_GROUP_AGE = re.compile(
    rf"(?:ages?{_H}*)?"
    rf"(?:(?:over|under)[- ]?\d{{1,2}}s"
    rf"|(?:over|above|under|below|older{_H}+than|younger{_H}+than|[<>≤≥]=?){_H}*\d{{1,3}}"
    rf"|\d{{1,3}}{_H}*(?:[-–—]|to){_H}*\d{{1,3}}|\d{{1,3}}\+"
    rf"|\d{{1,3}}{_H}+(?:and|or){_H}+(?:over|older|above|under|younger|below))"
    rf"(?:{_H}*(?:years?|yrs?)(?:{_H}+old)?)?",
    re.IGNORECASE,
)
"""An age as a ``group`` item writes it, without "aged" (``over 80``, ``18–44``, ``65+``,
``<5``, ``≥65``, ``Age <65 years``, ``under-5s``)."""


BARE_CONTROL = re.compile(r"(?:the\s+)?(?:controls?|comparator|untreated|vehicle)", re.IGNORECASE)
"""A ``group`` item that is the control arm by itself: in a group field, "control" or
"vehicle" (a topical drug's base alone) needs no "group" or "cream" after it."""


BARE_ETHNIC_ASIAN = re.compile(r"(?:non-?\W?Hispanic\W+)?Asians?(?:\W+Americans?)?", re.IGNORECASE)
"""A ``group`` item that is the ethnic group alone: ``Asian``, ``Asians``, ``Asian American``."""


def _group_frame(text: str) -> Frame:
    """The frame a ``group`` item states: what :func:`read_frame` reads, and a bare
    duration as the length of the treatment course (``8 weeks``)."""
    frame = read_frame(text)
    if BARE_ETHNIC_ASIAN.fullmatch(text.strip()):
        # a group of people by ethnicity, as a claim's declared group means it (a claim
        # about the continent says "Asia"): no place
        frame = replace(frame, ethnicities=frame.ethnicities | {"Asian"}, regions=frozenset())
    if not frame.control and BARE_CONTROL.fullmatch(text.strip()):
        frame = replace(frame, control=True)  # "control", "controls", "comparator"
    if not frame.ages and (bare := BARE_GROUP_AGE.fullmatch(text.strip())):
        # "over 80", "18–44", "65+", "<5": in a group field an age needs no "aged"
        said = re.sub(r"^ages?\s*", "", bare.group(), flags=re.IGNORECASE)
        said = re.sub(r"^[<≤]=?\s*", "under ", re.sub(r"^[>≥]=?\s*", "over ", said))
        said = re.sub(r"^(over|under)[- ]?(\d{1,2})s$", r"\1 \2", said, flags=re.IGNORECASE)
        frame = replace(frame, ages=read_frame(f"aged {said}").ages)
    bare = BARE_COURSE.fullmatch(text)
    if bare and not frame.courses:
        days = round(float(bare.group("n")) * DAYS[bare.group("unit").lower()], 6)
        frame = replace(frame, courses=frozenset({days}))
    return frame


def group_ages(text: str) -> tuple[tuple[float, float], ...]:
    """The age band a ``group`` item or a list label says (``18–44``, ``65 and older``)."""
    return _group_frame(text).ages


def names_a_group(text: str) -> bool:
    """Whether ``text`` (a registry claim's ``group`` item) names a group frames can read:
    an age, sex, stage, grade, control arm, place, schedule or course length. An ethnic
    group (``Hispanic adults``) is read as a frame slot too, and stays a name the page must
    say, as a group in words does."""
    frame = _group_frame(text)
    return bool(
        frame.control
        or frame.stages
        or frame.sexes
        or frame.ages
        or frame.grade
        or frame.regions
        or frame.schedules
        or frame.courses
    )


COUNTED_AS = {"prevalence": "having", "incidence": "new"}
"""A declared ``measure`` that says whom a count counts: :attr:`Frame.count_of`."""


def apply_declared(frame: Frame, registry_claim: object) -> Frame:
    """A registry claim's frame with its declared ``measure``, ``group`` and ``timepoint``
    (:class:`~claimcheck.registry.model.RegistryClaim` fields) in place of what its
    statement seemed to say. A group that says no age keeps the statement's single age
    ("group: [BRCA1]" keeps "by age 70", the age a risk is counted to), not a bracket ("men
    aged 15 and older" is whom "group: [men]" means), but for a baby's age in weeks or months
    ("group: [infants]" keeps "aged 6–12 weeks", which tells trial cohorts apart); its sexes,
    stages and arms are the claim's whole group."""
    measure = getattr(registry_claim, "measure", None)
    group = getattr(registry_claim, "group", ())
    timepoint = getattr(registry_claim, "timepoint", None)
    if measure in COUNTED_AS:
        # prevalence and incidence say whom a count counts (those who have it, new cases),
        # not what is counted: the statement's own measure stays
        frame = replace(frame, count_of=COUNTED_AS[measure])
    elif measure:
        frame = replace(frame, measures=frozenset({measure}))
    if group:
        said = [_group_frame(item) for item in group]
        frame = replace(
            frame,
            control=any(f.control for f in said),
            stages=frozenset().union(*(f.stages for f in said)),
            sexes=frozenset().union(*(f.sexes for f in said)),
            ethnicities=frozenset().union(*(f.ethnicities for f in said)) or frame.ethnicities,
            severities=frozenset().union(*(f.severities for f in said)) or frame.severities,
            dose_levels=frozenset().union(*(f.dose_levels for f in said)) or frame.dose_levels,
            ages=tuple(age for f in said for age in f.ages)
            or (frame.ages if _arms_only(said) else ())
            or tuple(age for age in frame.ages if age[0] == age[1] or age[1] < SLACK_FROM),
            grade=any(f.grade for f in said),
            regions=frozenset().union(*(f.regions for f in said)) or frame.regions,
            schedules=frozenset().union(*(f.schedules for f in said)) or frame.schedules,
            courses=frozenset().union(*(f.courses for f in said)) or frame.courses,
        )
    if timepoint:
        found = parse_timepoint(timepoint)
        if found:
            days = round(found[0] * DAYS[found[1]], 6)
            # the statement's own time around its value stays, beside the declared one, when
            # it is a period the outcome spans ("stopped binge eating for 4 weeks", measured
            # at week 12): a figure said with that period is the claim's
            statement = getattr(registry_claim, "statement", "")
            spans = (
                frozenset(t for t in frame.timepoints if t < days)
                if OUTCOME_PERIOD.search(statement)
                else frozenset()
            )
            frame = replace(frame, timepoints=frozenset({days}) | spans)
    return frame


def _arms_only(said: list[Frame]) -> bool:
    """Whether a claim's ``group`` items name only trial arms or regimens (``vehicle``,
    ``placebo``, ``8 weeks``), no people: the statement's age bracket ("patients aged 12 and
    over using vehicle cream") is then still whom the claim counts, as a group naming people
    ("group: [men]" over "men aged 15 and older") would replace it."""
    return all(
        (f.control or f.schedules or f.courses or f.dose_levels)
        and not (f.sexes or f.ages or f.ethnicities or f.regions or f.stages)
        for f in said
    )


OUTCOME_PERIOD = re.compile(
    rf"\b(?:stopped|stayed|remained|kept|free|abstinent|without|sustained|continuous(?:ly)?"
    rf"|cessation)\b[^.;]{{0,40}}?\bfor{_H}+(?:at{_H}+least{_H}+)?\w+{_H}+(?:days?|weeks?|months?)\b"
    rf"|\b\d+-(?:day|week|month){_H}+(?:cessation|abstinence|remission|response)\b",
    re.IGNORECASE,
)
"""A period an outcome lasts, said in a claim's statement (``stopped binge eating for 4
weeks``, ``abstinent for at least 6 months``, ``4-week cessation``): no time it was measured
at, which the claim's ``timepoint`` gives."""


def cell_frame_text(cell: CellText) -> str:
    """The words a table cell's frame is read from: its row header, column header and the
    heading above the table. Under a column titled "Age" a bare row header ("35–37",
    "Under 35", "65+") is an age bracket, read as if it said "aged …"; under one titled by a
    sex ("Women", "Men", up to three words) the row is that sex's ("Chinese" women)."""
    row = cell.row
    if row and AGE_TITLE.search(cell.row_title) and not _ages(row) and not BABY_AGE.search(row):
        row = f"aged {row}"  # (a baby's age in weeks or months stays a timepoint)
    column = cell.column
    if CONTROL_HEADER.fullmatch(column):
        column = "control group"  # a column titled "Control" is the trial's control arm
    if CONTROL_HEADER.fullmatch(row):
        row = "control group"
    if (
        cell.row_title
        and len(cell.row_title.split()) <= TITLE_WORDS
        and not sexes_named(row)
        and sexes_named(cell.row_title)
    ):
        # the rows' column titled "Women" (rows "Chinese", "Japanese"): every row is women
        row = f"{row} {cell.row_title}" if row else row
    heading = without_study_population(cell.heading)
    if HEADING_COMPARISON.search(heading):
        # "Drug X 120 mg versus placebo", "difference from placebo (minutes)": the title
        # says what every cell is compared with; the row or column names a cell's own arm
        heading = CONTROL_ARM.sub(" ", heading)
    return " ".join(part for part in (row, column, heading) if part)


STUDY_POPULATION = re.compile(
    r"(?<=[A-Z0-9])\s*\((?=[^()]*\b(?:aged|adults|children|people|patients|participants|women"
    r"|men|infants|babies)\b)[^()]{3,80}\)"
)
"""A bracket right after a study's name in capitals or digits that says whom the study
enrolled: ``ZOE-70 (adults aged 70 and over)``, ``SPRINT (adults aged 50+)``."""


def without_study_population(heading: str) -> str:
    """``heading`` without the brackets that describe a study's population after its name:
    ``### ZOE-70 (adults aged 70 and over)`` above a table says whom the whole trial
    enrolled, not an age group of its cells (the trial's own claims, about everyone in it,
    are theirs; an age group the row or column names still is)."""
    if "(" not in heading:
        return heading
    return STUDY_POPULATION.sub(" ", heading)


HEADING_COMPARISON = re.compile(
    r"\b(?:versus|vs\.?|compared|comparison|difference|relative|against|than|over)\b", re.IGNORECASE
)


CONTROL_HEADER = re.compile(r"\W*(?:the\W+)?controls?(?:\W+(?:arm|group|patients))?\W*", re.I)
"""A header that is nothing but "Control" or "Controls": the comparison arm of the table."""


def row_names(cell: CellText) -> tuple[str, ...]:
    """The name keys a row header makes with its column's title: a row ``Breast`` under a
    first column titled ``Cancer`` (or ``Cancer site``, ``Cancers``) names breast cancer, as
    ``Type 2`` under ``Diabetes`` names type 2 diabetes. A registry that knows none of them
    is not asked for them; a title of more than three words or with a digit makes none."""
    if not cell.row or not cell.row_title:
        return ()
    words = cell.row_title.split()
    if len(words) > TITLE_WORDS or DIGIT.search(cell.row_title):
        return ()
    keys = {
        normalise_term(f"{cell.row} {title}") for title in {cell.row_title, words[0], words[-1]}
    }
    return tuple(sorted(keys | {singular(key) for key in keys}))


TITLE_WORDS = 3  # the words of a first column's title that may finish its rows' names


def cell_times(cell: CellText) -> str:
    """What the cell's row and column headers say of its time, in the words the frame rules
    read (:func:`header_time`), "" when they say nothing of it. Kept apart from the headers'
    words, which the wording score compares."""
    if AGE_TITLE.search(cell.row_title):
        return header_time(cell.column, "")
    said = (header_time(cell.row, cell.row_title), header_time(cell.column, ""))
    if not any(said) and (first := FIRST_PERIOD.search(cell.row_title)):
        # "| LAMP, first year | Axial growth (mm) |": the corner names the table's time
        return _first_period(first)
    return " ; ".join(part for part in said if part)


FIRST_PERIOD = re.compile(
    r"\b(?:the\W+)?first\W+(?:(?P<n>\d+(?:\.\d+)?)\W+)?(?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)
"""A period a header counts from the start ("first year", "the first 6 months"): the cells are
measured at its end."""
PERIOD_SPAN = re.compile(
    r"(?P<unit>day|week|month|year)s?\W*(?P<a>\d+)\s*(?:[-–—]|to)\s*(?P<n>\d+)", re.IGNORECASE
)
"""A header naming a span of a trial's periods ("Years 1–2", "Weeks 0 to 12"): the cells are
measured at its last."""


def _first_period(found: re.Match[str]) -> str:
    return f"at {found.group('n') or 1} {found.group('unit').lower()}s"


_TIME_WORD = r"(?:days?|weeks?|months?|years?)"
LABEL_FIRST = re.compile(r"(?:at\W+)?(?P<unit>day|week|month|year)\W*(?P<n>\d+(?:\.\d+)?)", re.I)
BARE_DURATION = re.compile(
    rf"(?:at|after)?\W*(?P<n>{_NUMBER})(?:\W*-\W*|\W+)(?P<unit>{_TIME_WORD})", re.IGNORECASE
)
NAMED_DURATION = re.compile(
    rf"(?P<name>[^\W\d](?:[^,(]*?[^\W_])?)\W*?(?:,|\(|\bfor\b|\s[x×]|:|[-–—]\s)\W*"
    rf"(?P<n>\d+(?:\.\d+)?)(?:\W*-\W*|\W+)(?P<unit>{_TIME_WORD})\W*",
    re.IGNORECASE,
)
AT_DURATION_END = re.compile(
    rf".*?[\w)],?\s+(?:at|after)\W+(?P<n>{_NUMBER})(?:\W*-\W*|\W+)(?P<unit>{_TIME_WORD})\W*",
    re.IGNORECASE,
)
"""A header that names something, then when with "at" or "after" ("NATALEE (ribociclib), at
3 years")."""
COURSE_TITLE = re.compile(
    r"\b(?:regimens?|treatments?|therap(?:y|ies)|durations?|length|courses?|arms?|dos(?:e|es|ing))\b",
    re.IGNORECASE,
)
"""A row headers' column titled so ("Regimen", "Treatment length") holds how long each row's
treatment was given: a bare duration there is a course, not a timepoint."""


def header_time(header: str, title: str) -> str:
    """What a table header that is a time label says, in the words the frame rules read (""
    for any other header). ``Week 12``, ``Month 6``, ``12 months`` or ``At 1 year`` say
    when the cells were measured (``at week 12``, a timepoint) unless the row headers'
    column is titled as a treatment (``Regimen``, ``Duration``: then ``8 weeks`` is a course);
    a treatment named with its length (``Glecaprevir-pibrentasvir, 8 weeks``, ``Drug X
    (12 weeks)``, ``Placebo for 24 weeks``) is a course of that treatment, and a measure named
    with one (``Survival, 5 years``) is that measure at that time."""
    text = header.strip()
    unit_titled = TITLE_TIME_UNIT.search(title) if BARE_ROW_NUMBER.fullmatch(text) else None
    if unit_titled:  # "| Years on dialysis | Alive |" over "| 5 | 49% |": at 5 years
        unit = (unit_titled.group("unit") or unit_titled.group("unit2")).lower()
        return (
            f"{text} {unit}s of treatment" if COURSE_TITLE.search(title) else f"at {text} {unit}s"
        )
    label = LABEL_FIRST.fullmatch(text)
    if label:
        return f"at {label.group('unit')} {label.group('n')}"
    span = PERIOD_SPAN.fullmatch(text)
    if span:  # "Years 1–2": at the end of year 2
        return f"at {span.group('unit').lower()} {span.group('n')}"
    first = FIRST_PERIOD.fullmatch(text)
    if first:  # "First year", "The first 6 months"
        return _first_period(first)
    bare = BARE_DURATION.fullmatch(text)
    if bare:
        n, unit = bare.group("n"), bare.group("unit")
        return f"{n} {unit} of treatment" if COURSE_TITLE.search(title) else f"at {n} {unit}"
    at_end = AT_DURATION_END.fullmatch(text)
    if at_end:  # "monarchE (abemaciclib), at 5 years": "at" says when, whatever is named
        return f"at {at_end.group('n')} {at_end.group('unit')}"
    named = NAMED_DURATION.fullmatch(text)
    if named:
        n, unit, name = named.group("n"), named.group("unit"), named.group("name")
        measured = any(p.search(name) for p in MEASURES.values()) or TIMEPOINT_WORD.search(name)
        return f"at {n} {unit}" if measured else f"{n} {unit} of treatment"
    return ""


BARE_ROW_NUMBER = re.compile(r"(?:[1-9]\d?|0)(?:\.\d+)?")
TITLE_TIME_UNIT = re.compile(
    r"\A\W*(?P<unit>day|week|month|year)(?:s\W*\Z|s?\b(?=\W*\w))"
    r"|\((?P<unit2>day|week|month|year)s?\)",
    re.IGNORECASE,
)
"""A row headers' column titled by a unit of time ("Years on dialysis", "Months since
diagnosis", "Follow-up (years)"): a bare number under it (``5``) is that many of the unit,
when the cells were measured. A title of the unit alone and singular ("Year") leaves it
(calendar years are written so); "Years" counts them."""
TIMEPOINT_WORD = re.compile(r"\b(?:follow\W*up|visit|time\W*point|endpoint|rate)\b", re.IGNORECASE)
"""Words of a header that say the duration beside them is when it was measured."""


def duration_days(quantity: Quantity) -> float | None:
    """A duration in days (``five years`` -> 1826.2; ``within 2 years`` -> 730.5, its upper
    end), None for anything else."""
    value = quantity.low if quantity.low is not None else quantity.high
    if quantity.kind != "duration" or value is None:
        return None
    if quantity.low is not None and quantity.high is not None and quantity.low != quantity.high:
        return None
    unit = (quantity.unit or "").lower().rstrip("s")
    if unit not in DAYS:
        return None
    return round(value * DAYS[unit], 6)


RESPECTIVELY = NeedleScanned(re.compile(r"\brespectively\b", re.IGNORECASE))


ETHNIC_MENTION = re.compile(
    r"\b(?:non-?\W?Hispanic\W+)?(?:Black|White|Hispanic|Latin[oax]|Asian(?:\W+American)?"
    r"|American\W+Indian|Alaska\W+Native|Native\W+American|Pacific\W+Islander|Indigenous"
    r"|M[aā]ori|Aboriginal)\b(?!\W+(?:blood|cells?|matter|coat|spots?|paper|House|light))"
)
"""A racial or ethnic group named by its adjective, capitalised as surveys write it
("Black, White and Hispanic women"): one group of a list a "respectively" pairs."""


def group_mentions(text: str, before: int) -> list[tuple[int, int]]:
    """Where ``text`` names a sex, an age group or a place before offset ``before``, in
    order, none overlapping: the groups a list of figures after them may follow one by one."""
    found: list[tuple[int, int]] = []
    patterns = (
        *SEXES.values(),
        AGE_RANGE,
        AGE_ABOVE,
        AGE_BELOW,
        AGE_POINT,
        *REGIONS.values(),
        ETHNIC_MENTION,
    )
    for pattern in patterns:
        found.extend(m.span() for m in pattern.finditer(text, 0, before))
    found.extend(_numbered_groups(text, before))
    found.extend(_named_age_run(text, before))
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    kept = _with_listed_ages(text, kept, before)
    merged: list[tuple[int, int]] = []
    for span in kept:
        if merged and ONE_GROUP_GAP.fullmatch(text, merged[-1][1], span[0]):
            # "US women aged 30–49": a place, a sex and an age said together are one group
            merged[-1] = (merged[-1][0], span[1])
        else:
            merged.append(span)
    return merged


_HYPHEN_OR_SPACE = f"[-{_H[1:-1]}]"
_NAMED_AGE_SHAPE = (
    rf"\d{{1,3}}(?:{_H}*[-–—]{_H}*|{_HYPHEN_OR_SPACE}+to{_HYPHEN_OR_SPACE}+)\d{{1,3}}"
    rf"|\d{{1,3}}(?:\+|-plus\b|{_H}+plus\b)"
    rf"|\d{{1,3}}{_HYPHEN_OR_SPACE}+(?:and|or){_HYPHEN_OR_SPACE}+(?:over|older|above)\b"
)
_NAMED_AGE_GAP = rf"(?:{_H}*,{_H}*(?:(?:and|or){_H}+)?|{_H}+(?:and|or|&){_H}+)"
NAMED_AGE_RUN = NeedleScanned(
    re.compile(
        rf"(?<![\d.,])(?:{_NAMED_AGE_SHAPE})(?:{_NAMED_AGE_GAP}(?:{_NAMED_AGE_SHAPE}))*"
        rf"(?:{_HYPHEN_OR_SPACE}*(?:years?|yrs?)(?:-old)?)?{_HYPHEN_OR_SPACE}+age{_HYPHEN_OR_SPACE}*"
        r"(?:groups?|bands?|brackets?|ranges?|categor(?:y|ies)|cohorts?)\b",
        re.IGNORECASE,
    )
)
"""Age groups named as such, one or a list: "the 70–79 and 80-plus age groups", "the 18-24,
25-34 and 35+ age bands", "the 80-and-over age group" (the extractor's group labels,
``nlp.quantities.groups.NAMED_AGE_GROUP``, read the same)."""
_NAMED_AGE_ITEM = re.compile(rf"(?<![\d.,])(?:{_NAMED_AGE_SHAPE})", re.IGNORECASE)


def _named_age_run(text: str, before: int) -> list[tuple[int, int]]:
    """Each age group of a list named as age groups before offset ``before``: in "the 70–79
    and 80-plus age groups" both the 70–79 and the 80-plus are groups a "respectively" pairs
    with figures (without the words "aged" or "years", the frame's other age readers see
    neither)."""
    found = []
    for run in NAMED_AGE_RUN.finditer(text, 0, before):
        found.extend(m.span() for m in _NAMED_AGE_ITEM.finditer(text, run.start(), run.end()))
    return found


_GROUP_NUMBER = r"(?:[0-4]|IV|I{1,3})[A-Ca-c]?"
NUMBERED_GROUP = NeedleScanned(
    re.compile(
        rf"\b(?P<label>stages?|grades?|types?|class(?:es)?)\b{_H}+(?P<first>{_GROUP_NUMBER})\b"
        rf"(?P<rest>(?:{_H}*,{_H}*(?:(?:and|or){_H}+)?{_GROUP_NUMBER}\b"
        rf"|{_H}+(?:and|or){_H}+{_GROUP_NUMBER}\b)*)(?![.,]?\d|{_H}*%)",
        re.IGNORECASE,
    )
)
"""A sub-group named by its number (a stage, grade, type or class): "stage 2", "stage III",
"grades 1, 2 and 3". Each number of a list is a group of its own: in "five-year survival for
stages 2 and 3 is 80% and 70%, respectively" the figures follow the numbers one by one."""
_LISTED_NUMBER = re.compile(rf"(?<![\w.]){_GROUP_NUMBER}\b")


def _numbered_groups(text: str, before: int) -> list[tuple[int, int]]:
    """Where ``text`` names a numbered sub-group before offset ``before``: the whole "stage
    2", and each number listed after it on its own ("3" of "stages 2 and 3")."""
    found = []
    for label in NUMBERED_GROUP.finditer(text, 0, before):
        found.append((label.start(), label.end("first")))
        rest = label.start("rest")
        found.extend(
            (rest + m.start(), rest + m.end()) for m in _LISTED_NUMBER.finditer(label.group("rest"))
        )
    return found


ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def _arabic(number: str) -> str:
    """A group's number in digits ("III" is 3, "IIIa" 3a): registries and pages write a
    stage both ways."""
    core = number.rstrip("ABCabc")
    return ROMAN.get(core.lower(), core) + number[len(core) :]


def numbered_groups_in(text: str) -> tuple[tuple[str, str], ...]:
    """Each numbered group ``text`` names, as (its label, its number in digits): "stages 2
    and III" gives ("stage", "2") and ("stage", "3")."""
    found = []
    for label in NUMBERED_GROUP.finditer(text):
        word = label.group("label").lower()
        singular = "class" if word.startswith("class") else word.rstrip("s")
        numbers = [label.group("first"), *_LISTED_NUMBER.findall(label.group("rest"))]
        found.extend((singular, _arabic(number)) for number in numbers)
    return tuple(found)


def numbered_group_text(text: str, span: tuple[int, int]) -> str | None:
    """A numbered group as words with its number in digits ("stage 3" for the "3" of
    "stages 2 and 3", and for "stage III"), or None when the span is no numbered group."""
    said = text[span[0] : span[1]]
    whole = NUMBERED_GROUP.fullmatch(said)
    if whole is not None and not whole.group("rest"):
        return f"{whole.group('label').lower()} {_arabic(whole.group('first'))}"
    if not _LISTED_NUMBER.fullmatch(said):
        return None
    for label in NUMBERED_GROUP.finditer(text, 0, span[1]):
        if label.start("rest") <= span[0] < label.end("rest"):
            word = label.group("label").lower()
            singular = "class" if word.startswith("class") else word.rstrip("s")
            return f"{singular} {_arabic(said)}"
    return None


ONE_GROUP_GAP = re.compile(
    rf"{_H}*(?:(?:adults|people|persons|patients|individuals|residents|participants)"
    rf"(?:{_H}+(?:who\W+are|were|are))?{_H}+)?"
)
"""Between the parts of one group named together ("US women aged 30–49", "US adults aged
40–59": a population noun may stand between the place and the age)."""
_LISTED_AGE_SHAPE = _NAMED_AGE_SHAPE  # "30–49", "60-to-69", "65+", "80-plus", "75 or older"
LISTED_AGE = re.compile(
    rf"(?:{_H}*,{_H}*(?:(?:and|or){_H}+)?|{_H}+(?:and|or){_H}+)(?P<age>{_LISTED_AGE_SHAPE})"
    rf"(?![\d]|[.,]\d|{_H}*(?:%|percent|per\b))",
    re.IGNORECASE,
)
"""An age group listed after another without the word "aged" ("aged 30–49 and 50–70")."""
AGES_SAID = re.compile(
    "|".join(
        re.sub(r"\(\?P<\w+>", "(?:", p.pattern)
        for p in (AGE_RANGE, AGE_ABOVE, AGE_BELOW, AGE_POINT)
    ),
    re.IGNORECASE,
)
"""Any age a group's words say, to take it out of them."""
BARE_AGE = re.compile(_LISTED_AGE_SHAPE, re.IGNORECASE)
"""A listed age group written as its numbers only (use ``fullmatch``): "50–70" after "aged"."""


def _with_listed_ages(text: str, kept: list[tuple[int, int]], before: int) -> list[tuple[int, int]]:
    """``kept`` with the age groups listed right after an age mention: in "men aged 30–49
    and 50–70" the second range is a group too (the same rule as the extractor's)."""
    ages = (AGE_RANGE, AGE_ABOVE, AGE_BELOW, AGE_POINT)
    out: list[tuple[int, int]] = []
    for index, span in enumerate(kept):
        out.append(span)
        if not any(p.fullmatch(text, *span) for p in ages):
            continue
        limit = kept[index + 1][0] if index + 1 < len(kept) else before
        end = span[1]
        while (listed := LISTED_AGE.match(text, end)) and listed.end() <= limit:
            out.append(listed.span("age"))
            end = listed.end()
    return out


def respective_groups(text: str, figures: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The group each figure of a list belongs to, in order, when the sentence pairs them
    one by one: "women and men smoked at rates of 13.1% and 10.1%, respectively", "Women
    smoke more than men: 13.1% versus 10.1%". None unless there are as many groups before
    the first figure as figures (two or more) and the sentence says "respectively" or puts
    the figures after a colon."""
    if len(figures) < 2:
        return None
    first = figures[0][0]
    mentions = group_mentions(text, first)
    said = RESPECTIVELY.search(text)
    if len(mentions) != len(figures):
        if said is None:
            # "… more common in men than women in the US: 5.2% versus 1.1%": the groups set
            # against each other before the colon, not the place said beside them
            compared = _listed_run(text, mentions, len(figures), COMPARED_GAP)
            if compared is None and len(figures) == 2:
                # "Women in England are more likely than men to …, 19% against 12%": the
                # two groups set against each other, a place between them no group of its own
                compared = _than_pair(text, mentions, figures)
            if (
                compared is None
                or (
                    ":" not in text[compared[-1][1] : first]
                    and not _compared_then_figures(text, compared, figures)
                )
                or all(_names_own_group(text, span) for span in figures)
            ):
                return None
            return compared
        # "Men and women in the US had … 12.1% and 10.5%, respectively": the groups listed
        # together, not a place said beside them
        listed = _listed_run(text, mentions, len(figures))
        if listed is not None:
            return listed
        # "in 1.6% and 4.3% of the aspirin and placebo groups, respectively": the arms
        # listed after the figures
        arms = arm_list(text, figures[-1][1])
        if len(arms) == len(figures):
            return arms
        # "Drug K 5 mg, 10 mg and 15 mg led to 15.0%, 19.5% and 20.9%, respectively": the
        # arms listed by their doses before the figures
        doses = _listed_run(
            text, [m.span() for m in LISTED_DOSE.finditer(text, 0, first)], len(figures)
        )
        if doses is not None:
            return doses
        # "In 2019 and 2022, respectively, it caused 242,000 and 290,000 deaths": the years
        # listed before the figures
        years = _listed_run(
            text, [m.span() for m in LISTED_YEAR.finditer(text, 0, first)], len(figures)
        )
        if years is not None:
            return years
        # "… by 40.6% and 37.2% of US women and men, respectively": the groups after them
        after = [s for s in group_mentions(text, said.start()) if s[0] >= figures[-1][1]]
        return after if len(after) == len(figures) else _listed_run(text, after, len(figures))
    after_colon = ":" in text[mentions[-1][1] : first] or _compared_then_figures(
        text, mentions, figures
    )
    if said is not None:
        return mentions
    if not after_colon or all(_names_own_group(text, span) for span in figures):
        # "… highest rates: 31 per 100,000 men and 42 per 100,000 women": each figure says
        # its own group, so the names before the colon are not listed one by one
        return None
    return mentions


FIGURES_SET_AGAINST = re.compile(
    rf"{_H}*(?:against|versus|vs\.?|compared{_H}+(?:with|to)|and){_H}*\Z", re.IGNORECASE
)
GROUPS_SET_AGAINST = re.compile(r"\b(?:than|versus|vs|compared)\b", re.IGNORECASE)
COMMA_BEFORE_FIGURES = re.compile(r"[^.;:]{0,40}?,\s*(?:at\s+|with\s+)?\Z")


def _compared_then_figures(
    text: str, mentions: list[tuple[int, int]], figures: list[tuple[int, int]]
) -> bool:
    """Whether two groups set against each other are followed, after a comma, by their two
    figures set against each other, in the groups' order, as a colon would put them: "Women
    face a higher lifetime risk than men, 25.1% against 24.7%"."""
    return (
        len(mentions) == len(figures) == 2
        and GROUPS_SET_AGAINST.search(text, mentions[0][1], mentions[1][0]) is not None
        and COMMA_BEFORE_FIGURES.fullmatch(text, mentions[1][1], figures[0][0]) is not None
        and FIGURES_SET_AGAINST.fullmatch(text, figures[0][1], figures[1][0]) is not None
    )


def _than_pair(
    text: str, mentions: list[tuple[int, int]], figures: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """The two groups before two figures that "than" (or "versus") sets against each other,
    places passed over ("Women in England are more likely than men …"), or None."""
    people = [m for m in mentions if not regions_named(text[m[0] : m[1]])]
    if len(people) != 2:
        return None
    return people if _compared_then_figures(text, people, figures) else None


LISTED_DOSE = re.compile(
    r"(?<![\w.,])\d+(?:\.\d+)?[ \t\u00a0]?(?:mg|mcg|µg|g|mg/kg|IU|units)\b(?![/-]\w)"
)
"""A dose that may name an arm in a list of them ("5 mg, 10 mg and 15 mg")."""
LISTED_YEAR = re.compile(r"(?<![\w.,/–-])(?:19|20)\d{2}(?![\w/–-]|[.,]\d)")
"""A year that may be one of a list of them ("In 2019 and 2022, respectively, …"); not one of a
season ("2019/20") or a range ("2019–2022")."""
LIST_GAP = re.compile(rf"{_H}*,?{_H}*(?:(?:and|or){_H}+)?")
"""Between two items of a list of groups ("men and women", "18–39, 40–59 and 60+")."""


COMPARED_GAP = re.compile(
    rf"{_H}+(?:than|versus|vs\.?|compared{_H}+(?:with|to))(?:{_H}+(?:in|among|for))?{_H}+"
)
"""Between two groups set against each other ("men than women", "men versus women")."""


def _listed_run(
    text: str, mentions: list[tuple[int, int]], count: int, gap: re.Pattern[str] = LIST_GAP
) -> list[tuple[int, int]] | None:
    """The one run of ``count`` groups in ``mentions`` listed together (only commas, "and"
    or "or" between them, or the ``gap`` given), or None when there is no such run or more
    than one."""
    runs = [
        mentions[i : i + count]
        for i in range(len(mentions) - count + 1)
        if all(
            gap.fullmatch(text, mentions[j][1], mentions[j + 1][0]) for j in range(i, i + count - 1)
        )
    ]
    return runs[0] if len(runs) == 1 else None


def own_group_sexes(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The sexes the people right after a share name (``9.7% of adult women``: female), or
    none when no such phrase follows it."""
    after = OWN_GROUP_AFTER.match(text, span[1])
    if after is None:
        return frozenset()
    return frozenset(sex for sex, pattern in SEXES.items() if pattern.search(after.group()))


def _names_own_group(text: str, span: tuple[int, int]) -> bool:
    """Whether a figure's own words name a sex (``42 per 100,000 women``), or the words
    right after it whose share it is (``1.1% of adult women``)."""
    end = span[1]
    after = OWN_GROUP_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    return any(pattern.search(text, span[0], end) for pattern in SEXES.values())


OWN_GROUP_AFTER = re.compile(
    r"\s+(?:of|among|in|for)\s+(?:(?:the|all|adult|US|UK|young|older|[A-Z][a-z]+)\s+){0,2}"
    r"[A-Za-z]+\b"
)
"""The people a share is of, right after it (``of adult women``, ``among US men``)."""


_ARM_ITEM = r"[\w-]+(?:\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g)\b)?"
"""An arm's name, with the dose that tells it from its siblings ("dabigatran 150 mg")."""
ARM_LIST = re.compile(
    rf"\b(?P<names>{_ARM_ITEM}(?:,\s+{_ARM_ITEM})*,?\s+(?:and|or)\s+{_ARM_ITEM})"
    r"\s+(?:groups|arms|cohorts)\b",
    re.IGNORECASE,
)
ARM_NAME = re.compile(rf"\b(?!(?:and|or)\b){_ARM_ITEM}", re.IGNORECASE)


def arm_list(text: str, after: int) -> list[tuple[int, int]]:
    """The arms a sentence lists after offset ``after`` ("the aspirin and placebo groups"),
    each as the span of its name."""
    found = ARM_LIST.search(text, after)
    if found is None:
        return []
    start = found.start("names")
    return [(start + m.start(), start + m.end()) for m in ARM_NAME.finditer(found.group("names"))]


ARM_AFTER_FIGURE = re.compile(r"\A\W*(?:[\w-]+\W+){0,6}\Z")
"""The few words between a figure and the arm it belongs to ("77 ml with placebo", "14.9%
for those given a dummy injection of placebo")."""
NOT_ITS_ARM = re.compile(
    r"\b(?:versus|vs|than|compared|comparison|against|relative|over|above|below|beyond|ahead)\b",
    re.IGNORECASE,
)


def _names_control(text: str, skip: tuple[int, int] | None = None) -> bool:
    """Whether the text names the comparison arm as the figure's own: not after "compared
    with", "versus" and the like, unless the arm follows the figure itself within a few
    words ("… versus 77 ml with placebo": the 77 ml is the placebo arm's)."""
    for found in CONTROL_ARM.finditer(text):
        if ALONE_AFTER.match(text, found.end()):
            return True  # "with standard care alone": the arm itself, no background
        if skip is not None and skip[1] <= found.start():
            gap = text[skip[1] : found.start()]
            if ARM_AFTER_FIGURE.match(gap) and not NOT_ITS_ARM.search(gap):
                return True
        compared = COMPARED_WITH.search(text, 0, found.start())
        if compared is None or _opens_with_arm(text, compared):
            return True
        if compared.group().strip().lower() == "with" and ABSENT_ARM.match(found.group()):
            return True  # "the rate with no prophylaxis was 23.3": that arm's, no comparison
        between = text[compared.start() : found.start()]
        if (
            DUMMY.match(found.group())
            and BACKGROUND_WORD.match(between)
            and not NOT_ITS_ARM.search(between)
        ):
            return True  # "letrozole with placebo", "plus placebo": the placebo arm
    return False


ABSENT_ARM = re.compile(r"(?:no|without)\b", re.IGNORECASE)
"""An arm named by what it goes without (``no prophylaxis``, ``no treatment``)."""
ALONE_AFTER = re.compile(
    r"\W+(?:alone|only|on\W+(?:its|their)\W+own|by\W+(?:itself|themselves))\b", re.IGNORECASE
)
"""Words after a control arm's name that make it the arm, not a background a treatment is
added to ("with usual care alone" against "drug K with usual care")."""
DUMMY = re.compile(r"placebo|sham|dummy|sugar|inactive|vehicle", re.IGNORECASE)
BACKGROUND_WORD = re.compile(
    r"(?:with|plus|alongside|added\W+to|on\W+top\W+of|in\W+addition\W+to|besides)\b",
    re.IGNORECASE,
)
"""A placebo is never the background a treatment is added to: "letrozole with placebo" and
"placebo plus letrozole" are the placebo arm, where "with usual care" is a background."""


def _opens_with_arm(text: str, compared: re.Match[str]) -> bool:
    """``With placebo, 17.8% …`` / ``On placebo, …``: a clause that opens by naming the arm
    is about that arm; "with" elsewhere adds a background ("… with usual care")."""
    return compared.group().lower().startswith("with") and not text[: compared.start()].strip(
        " \t,;:(\u2029"
    )


def _number(written: str) -> float:
    lower = written.lower()
    if lower in ONES:
        return float(ONES[lower])
    if lower in TENS:
        return float(TENS[lower])
    return float(written)


DIGIT = re.compile(r"\d")
"""Every age pattern reads a number in digits: a clause without one names no age group."""
TIME_UNIT = NeedleScanned(re.compile(r"year|month|week|day|hour|minute|decade", re.IGNORECASE))
"""Every timepoint pattern names one of these units: a clause without one names no timepoint
(a plain search for them costs a fraction of the patterns' own)."""


GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)")
"""A number with thousands separators (``2,000``): never an age, nor are its digits one
(``at 2,000 m`` is an altitude, not "at 2")."""


UNIT_AFTER_AGE = re.compile(
    r"\s*(?:%|per\s*cent|percent|(?:[mµun]?g|kg|lb|lbs|stone|cm|mm|m|mmHg|mmol|µmol|umol|nmol"
    r"|pmol|IU|U|mL|ml|L|kPa|bpm|points?|units?)(?:/[A-Za-z0-9.²]+)*\b)"
)
"""A unit right after the number of an age bound: the bound is of a measure, not an age
("patients over 50 kg", "patients below 6 mg/dL", "women under 25%")."""


def _unit_follows(text: str, end: int) -> bool:
    return UNIT_AFTER_AGE.match(text, end) is not None


def _ages(text: str) -> list[tuple[float, float]]:
    if WORDED_AGE_GATE.search(text):
        # "older than one year", "between one and two years old": an age in words is read
        # as its digits are
        # (twice: "aged thirty to thirty-nine" reads its second end after its first)
        text = WORDED_AGE.sub(_age_in_digits, WORDED_AGE.sub(_age_in_digits, text))
    if DECADE_WORD.search(text):
        # "in their fifties", "in their late sixties": the decade read as its digits
        text = DECADE_WORD.sub(_decade_in_digits, text)
    if not DIGIT.search(text):
        return list(EVERY_AGE) if ALL_AGES.search(text) else []
    if ALL_AGES.search(text):
        return list(EVERY_AGE)
    ages = []
    for found in BABY_AGE_BOUND.finditer(text):
        # "babies under 3 months old", "infants younger than 6 months", "older than 12
        # months of age": a bound on a baby's age in months or weeks, read in years
        unit = (found.group("unit") or found.group("unit2")).lower().rstrip("s")
        number = round(float(found.group("n") or found.group("n2")) * UNIT_YEARS[unit], 4)
        below = found.group("below") or found.group("below2")
        ages.append((0.0, number) if below else (number, OLDEST_AGE))
    if "," in text:
        text = GROUPED_NUMBER.sub(lambda found: "#" * len(found.group()), text)
    for found in AGE_IN_WEEKS_OR_MONTHS.finditer(text):
        unit = (found.group("unit") or found.group("unit2") or found.group("unit3")).lower()
        unit = unit.rstrip("s")
        low = float(found.group("low") or found.group("low2") or found.group("low3"))
        high = float(found.group("high") or found.group("high2") or found.group("high3") or low)
        if low == high and AGE_AS_TIME.search(text, 0, found.start()):
            continue  # "by 20 months of age": when, as "at 20 months" is, not whom
        if low <= high:
            ages.append((round(low * UNIT_YEARS[unit], 4), round(high * UNIT_YEARS[unit], 4)))
    for found in AGE_RANGE.finditer(text):
        low = found.group("low") or found.group("low2")
        high = found.group("high") or found.group("high2")
        if float(low) < float(high) <= OLDEST_AGE:
            ages.append((float(low), float(high)))
    for found in NAMED_AGE_RUN.finditer(text):
        # "the 70–79 and 80-plus age groups": each age group of the list (the open ones are
        # read by AGE_ABOVE below too, and a repeat changes nothing)
        for item in _NAMED_AGE_ITEM.finditer(text, found.start(), found.end()):
            ends = [float(n) for n in re.findall(r"\d{1,3}", item.group())]
            if len(ends) == 2 and ends[0] < ends[1] <= OLDEST_AGE:
                ages.append((ends[0], ends[1]))
    for found in AGE_ABOVE.finditer(text):
        if _unit_follows(text, found.end()):
            continue  # "patients over 50 kg": a weight, not an age
        if found.group("a") and ADULTS_OVER_A_SPAN.match(text, found.start()):
            continue  # "deaths among control-group men over 10 years": how long, not whom
        value = float(
            found.group("a")
            or found.group("a2")
            or found.group("b")
            or found.group("c")
            or found.group("d")
            or found.group("e")
        )
        if value <= OLDEST_AGE:
            ages.append((value, OLDEST_AGE))
    for found in AGE_BELOW.finditer(text):
        if _unit_follows(text, found.end()):
            continue  # "69.4% of patients below 6 mg/dL": a lab target, not an age
        below = found.group("a") or found.group("b") or found.group("c") or found.group("e")
        # "74 or younger" is under 75, as "under 75" reads (the brackets' ends may differ by a
        # year, AGE_SLACK)
        ages.append((0.0, float(below) if below else float(found.group("f")) + 1))
    for found in AGE_POINT.finditer(text):
        value = float(
            found.group("n")
            or found.group("m")
            or found.group("k")
            or found.group("j")
            or found.group("i")
        )
        if 0 < value <= OLDEST_AGE:
            ages.append((value, value))
    for found in AGE_AT.finditer(text):
        low = float(found.group("low"))
        high = float(found.group("high") or low)
        if 0 < low <= high <= OLDEST_AGE:
            ages.append((low, high))
    for found in AGE_DECADE.finditer(text):
        decade = float(found.group("d"))
        if found.group("d2"):
            ages.append((decade, float(found.group("d2")) + 9))  # "in their 40s and 50s"
            continue
        low, high = DECADE_PARTS.get((found.group("part") or "").lower(), (0.0, 9.0))
        ages.append((decade + low, decade + high))
    return ages


TREATMENT_TIMING = re.compile(
    r"\W*(?:(?:after|of|from)\W+)?(?:(?:a|the|its|their|symptom|stroke|first)\W+){0,2}"
    r"(?:stroke|onset|symptoms?|injury|arrival|admission|presentation|birth|exposure)\b"
    r"|\W*(?:after|since|from)\W+(?:(?:they|he|she|the\W+patient|patients)\W+(?:was|were)\W+)?"
    r"last\W+(?:known|seen)\W+(?:to\W+be\W+)?(?:well|normal)\b",
    re.IGNORECASE,
)
"""Hours or minutes "after stroke onset", "of symptom onset", "after they were last known
well": when a treatment was given (alteplase 3 to 4.5 hours after a stroke), not when its
outcome was measured."""
SHORT_UNITS = frozenset({"minute", "hour"})
CHANGE_SIZE = re.compile(r"by\b", re.IGNORECASE)
"""Minutes, hours or days after "by" are the size of a change ("cut waking time by 18.3
minutes", "shortened symptoms by 17 hours", "cut migraine days by 2.8 days"), not when it was
measured ("by 12 weeks" still is)."""
CHANGE_SIZE_UNITS = frozenset({"minute", "hour", "day"})


HALVES = re.compile(
    r"\bhalf\s+an?\s+(?P<half>year|month|week|day|hour)\b"
    r"|\b(?:(?:a|an|one)\s+(?P<unit>year|month|week|day|hour)\s+and\s+a\s+half"
    r"|(?P<n>\d+|[a-z]+)\s+and\s+a\s+half\s+(?P<units>years?|months?|weeks?|days?|hours?))\b",
    re.IGNORECASE,
)
"""A time with a half in words: "a year and a half" (18 months), "two and a half years",
"half a year" (six months)."""


def _halves_as_decimal(found: re.Match[str]) -> str:
    """The time of :data:`HALVES` in digits, as :data:`TIMEPOINT` reads it ("1.5 years");
    words that are no number are left as they are ("several and a half" stays)."""
    if found.group("half"):  # "after half a year": six months
        return f"0.5 {found.group('half')}s"
    if found.group("unit"):
        return f"1.5 {found.group('unit')}s"
    try:
        whole = _number(found.group("n"))
    except ValueError:
        return found.group()
    return f"{whole + 0.5:g} {found.group('units')}"


LIFETIME_DAYS = 36525.0 * 2  # a lifetime, longer than any timepoint a source states
CURRENT_DAYS = 36525.0 * 4  # "currently", a point prevalence: no lifetime (nor within 3% of one)
PAST_YEAR = r"\b(?:in|over|during|within)\W+the\W+(?:past|last|previous|preceding|prior)\W+year\b"
"""A survey's past year said in words ("in the previous year"): the look-back period below,
and never the year before the sentence's year unless a change sets two years apart."""
LOOK_BACK: tuple[tuple[NeedleScanned, float], ...] = (
    (
        NeedleScanned(
            re.compile(
                PAST_YEAR + r"|\bpast[- ]year\b|\b(?:12|twelve)[- ]month\W+(?:prevalence|period)\b"
                r"|\bannual\W+prevalence\b",
                re.IGNORECASE,
            )
        ),
        365.25,
    ),
    (
        NeedleScanned(
            re.compile(
                r"\blifetime\b(?!\W+(?:of|supply|achievement|guarantee)\b)"
                r"|\bat\W+(?:some|any)\W+(?:point|time|stage)\W+in\W+(?:their|your|his|her|our)\W+li(?:fe|ves)\b"
                r"|\bin\W+(?:their|your|his|her|our)\W+lifetimes?\b|\bover\W+a\W+lifetime\b"
                # "have had long COVID at some point": a perfect's "at some point" is in a life
                r"|\b(?:had|been)\b(?:\W+[\w-]+){0,5}?\W+at\W+(?:some|any)\W+(?:point|time|stage)\b"
                r"(?!\W+(?:in|during|over)\W+the\W+(?:past|last|previous|next)\b)",
                re.IGNORECASE,
            )
        ),
        LIFETIME_DAYS,
    ),
    (
        # "have ever had", "ever been diagnosed", "ever-smokers": at any time of a life
        NeedleScanned(
            re.compile(
                r"\bever\b(?=\W+(?:had|been|having|diagnosed|told|used|smoked|tried|taken|received"
                r"|experienced|injected|vaped|drunk|drank|attempted|infected|contracted|gave|given))"
                r"|\bever[- ](?:smokers?|users?|drinkers?)\b",
                re.IGNORECASE,
            )
        ),
        LIFETIME_DAYS,
    ),
    (
        # "currently have", "current wheezing", "at the time of the interview": a point
        # prevalence, which neither a lifetime nor a past year's is
        NeedleScanned(
            re.compile(
                r"\bcurrently\b|\bcurrent\W+(?:prevalence|smok\w*|wheez\w*|symptoms?|use|users?"
                r"|drink\w*|vap\w*|asthma|infections?|episodes?|illness|disease|long\W+covid)\b"
                r"|\bat\W+the\W+time\W+of\W+(?:the\W+|their\W+)?(?:interview|survey)\b"
                r"|\bwhen\W+(?:they\W+were\W+)?(?:interviewed|surveyed|asked)\b"
                r"|\bpoint\W+prevalence\b"
                r"|\b(?:ha(?:ve|s)|living\W+with|li(?:ve|ves)\W+with)\W+(?:(?!(?:had|been)\b)[\w-]+\W+){1,3}?"
                r"(?:right\W+)?(?:now|at\W+present|today)\b"
                r"|\b(?:are|is)\W+(?:now\W+|currently\W+|still\W+)?living\W+with\b"
                r"|\bstill\W+(?:ha(?:ve|s)|li(?:ve|ves|ving)\W+with)\b"
                r"|^\W*(?:at\W+present|at\W+the\W+moment|at\W+this\W+time|right\W+now|these\W+days)\W*,"
                r"|\bright\W+now\b"  # "are going through an episode right now"
                # "0.2% have it at any one time": a point prevalence, no lifetime's share
                r"|\bat\W+(?:any|a)\W+(?:one\W+|given\W+)?(?:point\W+in\W+time|moment)\b"
                r"|\bat\W+(?:any\W+(?:one|given)|a\W+given)\W+time\b",
                re.IGNORECASE,
            )
        ),
        CURRENT_DAYS,
    ),
)
"""A survey's look-back period said without a number: the past year (``past-year``,
``12-month prevalence``, as NCS-R and NSDUH report it), a lifetime (``lifetime
prevalence``, ``at some point in their lives``, ``had ever had``) or now (``currently``,
``current wheezing``, ``at the time of interview``, ``have it now``, ``at any one time``: a
point prevalence, as
NHIS reports "currently had long COVID" beside "ever had"). A past-year prevalence is not the
lifetime one, nor either the current one. Each is searched behind a needle check and a start
scan: every figure's frame asks all four, most clauses hold a gate word ("year", "when",
"now"), and each ran its program at every character."""
LOOK_BACK_PHRASES = LOOK_BACK[:2]
"""The look-back periods said as phrases ("at some point in their lives"), not as words a
claim's statement shares ("ever", "current"): the frame weighs them, not the words."""


LOOK_BACK_GATE = (
    "life", "lives", "year", "month", "ever", "current", "time of", "when", "point", "now",
    "present", "today", "living", "still", "moment", "this time", "these days", "at any",
    "given time",
)  # fmt: skip
"""Words one of :data:`LOOK_BACK` needs (lower case): most clauses have none of them."""


TIME_SPAN = NeedleScanned(
    re.compile(
        rf"\b(?:(?:at|after|within|over|for|during|by|between|from)"
        r"(?:\W+the\W+(?:next|following|subsequent|ensuing|coming))?"
        rf"\W+(?P<low>{_NUMBER})\W*"
        rf"(?:to|-|–|—|and)\W*(?P<high>{_NUMBER})\W+(?P<unit>years?|months?|weeks?|days?|hours?)\b"
        rf"|(?P<low2>{_NUMBER})\W*(?:to|-|–|—)\W*(?P<high2>{_NUMBER})\W+"
        rf"(?P<unit2>years?|months?|weeks?|days?|hours?)(?:\W+(?:after|later|post|into|on)\b|\s*\Z))",
        re.IGNORECASE,
    )
)
"""A time said as a span ("after 4 to 6 years of levodopa", "at 90 to 120 days", "between
6 and 12 months", "20 to 40 days after the fracture", "over the next 4 to 6 years"): a
claim measured at any time inside it is measured then."""
TIME_SPAN_GATE = re.compile(r"\d\W*(?:to|-|–|—|and)\W*\d|\b(?:to|and)\b", re.IGNORECASE)


def _time_spans(text: str) -> tuple[tuple[float, float], ...]:
    """The spans of time ``text`` says a figure was measured over, as (first, last) days."""
    spans = set()
    for found in TIME_SPAN.finditer(text):
        ends = ("low", "high", "unit") if found.group("low") else ("low2", "high2", "unit2")
        size = DAYS[found.group(ends[2]).lower().rstrip("s")]
        low, high = _number(found.group(ends[0])), _number(found.group(ends[1]))
        if low < high:
            spans.add((round(low * size, 6), round(high * size, 6)))
    return tuple(sorted(spans))


def _timepoints(text: str) -> set[float]:
    lowered = text.lower()
    looks_back = any(word in lowered for word in LOOK_BACK_GATE)
    found_days: set[float] = {
        days for pattern, days in LOOK_BACK if looks_back and pattern.search(text)
    }
    if not TIME_UNIT.search(text):
        return found_days
    if "half" in text:
        text = HALVES.sub(_halves_as_decimal, text)
    courses = [m.span() for m in COURSE.finditer(text)]
    for found in TIMEPOINT.finditer(text):
        if any(
            start <= found.start() < end or found.start() <= start < found.end()
            for start, end in courses
        ):
            continue  # "treated for 8 days": how long it was given, not when it was measured
        short = any(
            (found.group(unit) or "").lower().rstrip("s") in SHORT_UNITS
            for unit in ("unit", "unit2", "unit3", "unit4", "unit5", "unit6")
        )
        if short and (
            TREATMENT_TIMING.match(text, found.end()) or CHANGE_SIZE.match(found.group())
        ):
            continue  # "cut waking time by 18 minutes": how much, not when
        for number, unit in (
            ("n", "unit"),
            ("n2", "unit2"),
            ("n3", "unit3"),
            ("n4", "unit4"),
            ("n5", "unit5"),
            ("n6", "unit6"),  # a baby "aged 6 weeks": a time since birth, not an age group
            ("n7", "unit7"),  # "within a decade": one
            ("n7b", "unit7b"),  # "within a year": one
            ("n8", "unit8"),  # "alive a year later": one
            ("n8b", "unit8b"),  # "a year after surgery", "a month on,": one (not "a day on
            # placebo" nor "a day after meals", a rate's period)
            ("n9", "unit9"),  # "in the past 30 days": a survey's look-back period
            ("n10", "unit10"),  # "survive the first year": one (not "the first year of life")
        ):
            if found.group(number):
                size = DAYS[found.group(unit).lower().rstrip("s")]
                said = found.group(number).lower()
                count = 1.0 if said in ("a", "an") or said.endswith("first") else _number(said)
                found_days.add(round(count * size, 6))
    return found_days


SEEN_IN_EMERGENCY = frozenset({"cases", "injuries"})
"""The measures an emergency department's visits are counts of: its cases, its injuries (never
its deaths or the admissions it leads to)."""


def measures_meet(figure: frozenset[str], claim: frozenset[str]) -> bool:
    """Whether two frames' measures name the same thing: one measure in common, or a cure
    and a response (a cure is a response that lasts: "cured 95%" is a sustained virologic
    response claim's figure), never a cure and a recurrence."""
    return (
        bool(figure & claim)
        or ("cure" in figure and "response" in claim)
        or ("response" in figure and "cure" in claim)
        # cases or injuries treated in emergency departments are its visits ("64% of … exposures
        # treated in US emergency departments" against "73% of … cases")
        or ("emergency visits" in figure and bool(claim & SEEN_IN_EMERGENCY))
        or ("emergency visits" in claim and bool(figure & SEEN_IN_EMERGENCY))
        # a test's accuracy is about finding cases ("No-biopsy diagnosis" above a PPV)
        or (bool(figure & TEST_ACCURACY) and claim == {"cases"})
        or (bool(claim & TEST_ACCURACY) and figure == {"cases"})
    )


def contradiction(figure: Frame, claim: Frame, ages_said: bool = True) -> str | None:
    """Why the claim's frame cannot be the figure's, in words for a message; None if it can.

    A slot contradicts only when both frames fill it: a page that names no year is not
    contradicted by a claim about 2020. An age group the figure has only from a pronoun's
    antecedent (``ages_said`` false: "Arexvy is for adults aged 60 and over. It was 94.1%
    effective against severe disease") still rules out another age group's claim, but not
    the claim about all ages: the sentence before says whom the product is for, not that the
    figure is about a part of them."""
    if figure.measures and claim.measures and not measures_meet(figure.measures, claim.measures):
        verb = "is about" if (figure.measures | claim.measures) & TEST_ACCURACY else "counts"
        return f"it {verb} {_list(claim.measures)}, the figure {_list(figure.measures)}"
    if "discontinuation" in figure.measures and "discontinuation" not in claim.measures:
        # stopping a treatment is neither its side effects nor its effect, however alike the
        # words ("stopped because of an adverse event" against "any adverse event"); a
        # claim's stopping said in words the figure does not use is left to its wording
        return "the figure counts those who stopped treatment"
    if ("carriers" in figure.measures) != ("carriers" in claim.measures):
        # carrying a recessive gene is not having the disease, whatever else either says
        return (
            "it counts carriers" if "carriers" in claim.measures else "the figure counts carriers"
        )
    if "deaths" in figure.measures and claim.count_of and "deaths" not in claim.measures:
        # "killed 110,000 people" is no count of those who had a new heart attack or live on
        counted = "new cases" if claim.count_of == "new" else "those who have it"
        return f"it counts {counted}, the figure deaths"
    if (
        "deaths" in claim.measures
        and figure.count_of == "having"
        and "deaths" not in figure.measures
    ):
        # "a prevalence of 2,638 per 100,000" is no death rate, however close its words (a
        # figure's "new" is weaker: "claims 48,000 lives each year" counts deaths)
        return "it counts deaths, the figure those who have it"
    if figure.count_of and claim.count_of and figure.count_of != claim.count_of:
        return (
            "it counts new cases, the figure those who have it"
            if claim.count_of == "new"
            else "it counts those who have it, the figure new cases"
        )
    if "response" in figure.measures and claim.count_of == "having" and not claim.measures:
        # "peanut allergy resolves in about 20% of children" is no share of children who
        # have it (a prevalence claim): it is a share of those who had it
        return "it counts those who have it, the figure those whose condition resolved"
    if figure.caused and not claim.caused:
        return "it is not about a share the subject causes"
    if figure.change and not claim.change:
        return "it states how many, the figure a relative change"
    if (
        figure.control != claim.control
        and (figure.control or claim.control)
        and not (figure.other_arm and claim.control)
    ):
        # a figure after "against" is a comparison's other side, which may be the control
        # arm without a word for it ("66.5% of those who tested positive, against 53.3% of
        # those who tested negative")
        return "it is about another trial arm"
    if figure.stages and claim.stages and not figure.stages & claim.stages:
        return f"it is about {_list(claim.stages)} disease"
    if figure.schedules and claim.schedules and not figure.schedules & claim.schedules:
        return f"it is about treatment given {_list(claim.schedules)}"
    if figure.courses and claim.courses and not same_days(figure.courses, claim.courses):
        return "it is about a treatment course of another length"
    if figure.priced and claim.priced and figure.priced != claim.priced:
        return PRICED_REASONS[claim.priced]
    if figure.settings and claim.settings and not figure.settings & claim.settings:
        return f"it is about people in {_list(claim.settings)}"
    if figure.sexes and claim.sexes and not figure.sexes & claim.sexes:
        return f"it is about {_list(claim.sexes)} people"
    if len(figure.sexes) == 1 and claim.everyone and not claim.sexes:
        # "4.4% of US women" is no figure of the claim about all US adults
        return f"it is about {EVERYONE_SAID}, the figure about {_sex_said(figure.sexes)} only"
    if figure.everyone and not figure.sexes and len(claim.sexes) == 1:
        # "11.7% of Americans" is no figure of the claim about women
        return f"it is about {_sex_said(claim.sexes)} only, the figure about {EVERYONE_SAID}"
    if claim.ethnicities and not figure.ethnicities & claim.ethnicities:
        # a figure that names no ethnic group is about everyone, not the claim's group
        return f"it is about {_list(claim.ethnicities)} people"
    if figure.dose_levels and claim.dose_levels and not figure.dose_levels & claim.dose_levels:
        if claim.dose_levels & DOSE_STEPS or figure.dose_levels & DOSE_STEPS:
            return f"it is about the {_list(claim.dose_levels)} dose"
        return f"it is about the {_list(claim.dose_levels)}-dose arm"
    if figure.responses and claim.responses and not figure.responses & claim.responses:
        return (
            f"it is about {_list(claim.responses)} response or recovery, the figure about "
            f"{_list(figure.responses)}"
        )
    if figure.phases and claim.phases and not figure.phases & claim.phases:
        theirs, ours = _list(claim.phases), _list(figure.phases)
        return f"it is from {theirs} the intervention, the figure from {ours} it"
    if figure.summaries and claim.summaries and not figure.summaries & claim.summaries:
        return f"it states the {_list(claim.summaries)} figure"
    if (
        figure.severities
        and claim.severities
        and not figure.severities & claim.severities
        and "all" not in claim.severities
    ):
        return f"it is about {_list(claim.severities)} disease"
    if figure.ages == EVERY_AGE and (claim.ages or claim.life_stages) and claim.ages != EVERY_AGE:
        # "95,000 people of all ages" is no figure of the claim about children under 5
        return "it is about one age group, the figure about all ages"
    if claim.ages == EVERY_AGE and (figure.ages or figure.life_stages) and figure.ages != EVERY_AGE:
        # "14.7% of US adults had diabetes" is no figure of the claim about all ages
        return "it is about all ages, the figure about one age group"
    if figure.ages and claim.ages and not _ages_overlap(figure.ages, claim.ages):
        return "it is about another age group"
    if (figure.life_stages or claim.life_stages) and not (figure.ages and claim.ages):
        # a stage of life is loose ("children" are 0-17 here, 5-17 there): only ages it
        # cannot hold at all are another group (children are not adults aged 18 and over)
        ours, theirs = figure.ages or figure.life_stages, claim.ages or claim.life_stages
        if ours and theirs and not _any_overlap(ours, theirs):
            return "it is about another age group"
    if figure.timepoints and claim.timepoints and not _same_time(figure, claim):
        return _another_look_back(figure, claim) or ANOTHER_TIME
    if (
        figure.years
        and claim.years
        and (not years_meet(figure.years, claim.years) or span_against_year(figure, claim))
    ):
        return (
            f"it is about {_years_said(claim.years)}, the figure about {_years_said(figure.years)}"
        )
    if figure.months and claim.months and not figure.months & claim.months:
        # "In April 2022, 2.8% …" is no figure of the claim as of December 2022
        return (
            f"it is about {_months_said(claim.months)}, the figure about "
            f"{_months_said(figure.months)}"
        )
    figure_years, claim_years = without_spans(figure.years), without_spans(claim.years)
    if (
        len(figure_years) == 2
        and len(claim_years) == 2
        and figure_years != claim_years
        and all(y.isdigit() for y in figure_years | claim_years)
    ):
        # a period is its two ends: 1990–2019 is not 1990–2020
        return (
            f"it is about {_years_said(claim.years)}, the figure about {_years_said(figure.years)}"
        )
    if figure.regions and claim.regions and not figure.regions & claim.regions:
        return f"it is about {_list(claim.regions)}, the figure about {_list(figure.regions)}"
    nations, their_nations = figure.regions & NATION_NAMES, claim.regions & NATION_NAMES
    if nations and their_nations and not nations & their_nations:
        # "in Scotland" is not the claim about England, though both are in the UK
        return f"it is about {_list(their_nations)}, the figure about {_list(nations)}"
    places, theirs = figure.regions - WORLD, claim.regions - WORLD
    if places and theirs and not places & theirs:
        # "Indonesia had 10% of the world's cases" is not India's share of the world's
        return f"it is about {_list(theirs)}, the figure about {_list(places)}"
    named, theirs = group_slots(figure) - {"sex"}, group_slots(claim) - {"sex"}
    claim_groups = group_slots(claim)
    claim_part_of_life = part_of_life(claim.life_stages)
    if (
        "age" in named
        and ages_said
        and figure.ages != EVERY_AGE  # "of all ages" is the claim about all ages
        and not claim_part_of_life  # a claim about children is about an age group (loosely)
        and (not claim_groups or (claim_groups == {"sex"} and not figure.sexes and not claim.ages))
    ):
        # a figure about one age group is not the claim about all ages (a stage or a sex
        # may be the whole page's population: an advanced-cancer trial, a fertility page),
        # nor the claim about one sex of all ages when the figure names no sex
        return "it is about all ages, the figure about one age group"
    if named and theirs and not named & theirs:
        return f"it is about a group by {_list(theirs)}, the figure by {_list(named)}"
    return None


EVERYONE_SAID = "both sexes"
SEX_SAID = {"female": "women", "male": "men"}


def _sex_said(sexes: frozenset[str]) -> str:
    """A frame's one sex as a group of people: "women", "men"."""
    return " and ".join(SEX_SAID[sex] for sex in sorted(sexes))


def group_slots(frame: Frame) -> frozenset[str]:
    """Which kinds of sub-group a frame names. Two frames naming groups of different kinds
    are about different people (stage III disease is not a well-differentiated grade, nor an
    age group), though neither contradicts the other slot by slot; a sex alone does not
    count there, since a page about fertility or prostate cancer names one throughout."""
    return frozenset(
        name
        for name, filled in (
            ("grade", frame.grade),
            ("stage", bool(frame.stages)),
            ("age", bool(frame.ages)),
            ("sex", len(frame.sexes) == 1),
        )
        if filled
    )


def unstated_groups(figure: Frame, claim: Frame) -> int:
    """How many sub-group slots (a tumour grade, a stage, an age group, a sex) one frame
    fills and the other leaves empty: a figure that names no group is about everyone, so the
    claim about the whole beats its siblings about parts; and a figure about a part (people
    with localized disease) is better matched by the claim about that part than by the
    claim about everyone."""
    return len(group_slots(figure) ^ group_slots(claim))


def shared_slots(figure: Frame, claim: Frame) -> int:
    """How many filled slots the two frames agree on: evidence that the claim is this one's."""
    return len(shared_slot_names(figure, claim))


def shared_slot_names(figure: Frame, claim: Frame) -> frozenset[str]:
    """The filled slots the two frames agree on, by name (measure, stage, age, timepoint,
    year, arm)."""
    agreeing = {
        "measure": measures_meet(figure.measures, claim.measures),
        "stage": bool(figure.stages & claim.stages),
        "age": bool(figure.ages) and bool(claim.ages) and _ages_overlap(figure.ages, claim.ages),
        "timepoint": bool(figure.timepoints)
        and bool(claim.timepoints)
        and _same_time(figure, claim),
        "year": years_meet(figure.years, claim.years),
        "arm": figure.control and claim.control,
    }
    return frozenset(name for name, agrees in agreeing.items() if agrees)


AGE_SLACK = 1.0  # years either end of a bracket may differ by ("under 35" / "34 and under")


def _ages_overlap(a: tuple[tuple[float, float], ...], b: tuple[tuple[float, float], ...]) -> bool:
    """Whether two frames name the same age group: the same bracket (each end within
    :data:`AGE_SLACK`), or a single age inside the other's bracket. Brackets that merely
    overlap are siblings: people aged 50 and over are not people aged 70 and over, though
    the one group holds the other."""
    for x_low, x_high in a:
        for y_low, y_high in b:
            # a year either way for people's ages, a month for a baby's ("aged 6–12 weeks"
            # is not "aged 5–17 months")
            slack = AGE_SLACK if max(x_high, y_high) >= SLACK_FROM else YOUNG_AGE_SLACK
            if abs(x_low - y_low) <= slack and abs(x_high - y_high) <= slack:
                return True
            if x_low == x_high and y_low <= x_low <= y_high:
                return True
            if y_low == y_high and x_low <= y_low <= x_high:
                return True
    return False


def part_of_life(stages: tuple[tuple[float, float], ...]) -> bool:
    """Whether stages of life (:data:`LIFE_STAGES`) name a part of life, not adulthood:
    children, babies, teenagers or older people."""
    return any(low < 18 or low >= 65 for low, _high in stages)


def _any_overlap(a: tuple[tuple[float, float], ...], b: tuple[tuple[float, float], ...]) -> bool:
    return any(x_low <= y_high and y_low <= x_high for x_low, x_high in a for y_low, y_high in b)


LIFE_STAGES: tuple[tuple[re.Pattern[str], tuple[float, float]], ...] = (
    (
        re.compile(
            r"\b(?:older|elderly)\W+(?:adults?|people|persons|patients|women|men)\b"
            r"|\b(?:the\W+)?elderly\b|\bseniors\b|\bpensioners?\b|\bretirees?\b",
            re.IGNORECASE,
        ),
        (65.0, 130.0),
    ),
    (re.compile(r"\b(?:infants?|newborns?|neonates?|bab(?:y|ies))\b", re.IGNORECASE), (0.0, 1.0)),
    (re.compile(r"\btoddlers?\b", re.IGNORECASE), (1.0, 3.0)),
    (re.compile(r"\b(?:adolescents?|teenagers?|teens)\b", re.IGNORECASE), (10.0, 19.0)),
    (
        re.compile(r"\b(?:children|child|kids|paediatric|pediatric|childhood)\b", re.IGNORECASE),
        (0.0, 17.99),
    ),
    (re.compile(r"(?<!older\W)(?<!young\W)\badults?\b", re.IGNORECASE), (18.0, 130.0)),
)
"""Stages of life and the ages they hold at the widest (WHO: adolescents 10-19; older adults
65 and over): loose age groups, told apart from an age bracket only where they cannot
overlap at all."""


def _life_stages(text: str) -> list[tuple[float, float]]:
    if not LIFE_STAGE_WORD.search(text):
        return []
    return [ages for pattern, ages in LIFE_STAGES if pattern.search(text)]


LIFE_STAGE_WORD = NeedleScanned(
    re.compile(
        r"\b(?:adult|elderly|senior|pensioner|retiree|infant|newborn|neonate|bab|toddler|adolescent"
        r"|teen|child|kid"
        r"|p(?:a)?ediatric)",
        re.IGNORECASE,
    )
)


def same_days(a: frozenset[float], b: frozenset[float]) -> bool:
    return any(abs(x - y) <= 0.05 * max(x, y) for x in a for y in b)


TIMEPOINT_SLACK = 0.03
"""How far apart two timepoints may be and still be one (26 weeks and six months, 76 weeks and
"18 months", 2.9% apart, are within it; week 22 and week 23 of pregnancy, 4% apart, are
not)."""


LOOK_BACK_SAID = {
    365.25: "those who had it in the past year",
    LIFETIME_DAYS: "those who ever had it",
    CURRENT_DAYS: "those who have it now",
}
"""The look-back periods of :data:`LOOK_BACK` as a reason says them."""


ANOTHER_LOOK_BACK = "it is about another look-back period:"
"""How a reason of :func:`_another_look_back` begins."""


def _another_look_back(figure: Frame, claim: Frame) -> str | None:
    """Why a claim of another look-back period is not the figure's ("it is about another
    look-back period: those who ever had it, the figure those who have it now"), when each
    states one and only one."""
    ours = [LOOK_BACK_SAID[d] for d in figure.timepoints if d in LOOK_BACK_SAID]
    theirs = [LOOK_BACK_SAID[d] for d in claim.timepoints if d in LOOK_BACK_SAID]
    if not ours or not theirs or len(figure.timepoints) > 1 or len(claim.timepoints) > 1:
        return None
    return f"{ANOTHER_LOOK_BACK} {theirs[0]}, the figure {ours[0]}"


def _inside_a_span(spanning: Frame, other: Frame) -> bool:
    """Whether every time ``other`` says falls in a span ``spanning`` says, or the two say
    one span ("at 90 to 120 days" against a claim measured at 90 days)."""
    if not spanning.time_spans:
        return False
    if set(spanning.time_spans) & set(other.time_spans):
        return True
    return bool(other.timepoints) and all(
        any(
            low * (1 - TIMEPOINT_SLACK) <= t <= high * (1 + TIMEPOINT_SLACK)
            for low, high in spanning.time_spans
        )
        for t in other.timepoints
        if not any(t in (low, high) for low, high in other.time_spans)
    )


def _same_time(figure: Frame, claim: Frame) -> bool:
    def meets(x: float) -> bool:
        return any(
            abs(x - y) <= TIMEPOINT_SLACK * max(x, y) or _trial_months(x, y) or _trial_months(y, x)
            for y in claim.timepoints
        )

    if _inside_a_span(figure, claim) or _inside_a_span(claim, figure):
        return True  # "after 4 to 6 years" against a claim measured at 5 years
    if len(figure.timepoints) > 1 and len(claim.timepoints) > 1:
        # "At week 24, 40% stopped binge eating for four weeks" against a claim measured at
        # week 12 whose outcome lasts 4 weeks: every time the figure says must be the claim's
        return all(meets(x) for x in figure.timepoints)
    return any(meets(x) for x in figure.timepoints)


MONTH_DAYS = 365.25 / 12
TRIAL_MONTH_DAYS = 28.0


def _trial_months(weeks: float, months: float) -> bool:
    """Whether ``weeks`` days (a timepoint in weeks) are the four-week months trials count
    ``months`` days (a timepoint in whole months) in: week 24 is reported as "six months",
    week 12 as "three months", week 52 as "a year" (and the
    3% slack of :data:`TIMEPOINT_SLACK` is too tight for it: 24 weeks is 8% short of six
    calendar months)."""
    count = months / MONTH_DAYS
    if count < 1 or abs(count - round(count)) > 1e-6:
        return False
    whole = round(count)
    # (a year is 52 weeks, never 48: "48 weeks" is no year's figure)
    days = 364 * whole / 12 if whole % 12 == 0 else TRIAL_MONTH_DAYS * whole
    return abs(weeks - days) < 1e-6


def _list(values: frozenset[str]) -> str:
    return " and ".join(sorted(values))


def _years_said(years: frozenset[str]) -> str:
    """Years as a reason says them: a span as one period (``2011–2015 as a whole``), the
    years that are its ends not again."""
    spans = sorted(year.removeprefix(SPAN_PREFIX) for year in years if year.startswith(SPAN_PREFIX))
    ends = {end for span in spans for end in span.split("-")}
    said = [f"{span.replace('-', '–')} as a whole" for span in spans]
    said += sorted(year for year in without_spans(years) if year not in ends)
    return " and ".join(said)


OUTER_BREAK = re.compile(
    r"\u2029|;|:\s|,\s+(?:and|but|while|whereas|whilst)\s|\s(?:while|whereas|whilst)\s"
)
"""Where a clause ends on the far side of a sentence's first or last figure."""
NOT_PUT_TO = "".join(
    f"(?<!{word} )"
    for word in """assigned randomised randomized allocated switched due according referred
    admitted exposed attributed attributable related linked added""".split()
)
"""Words before ``to`` that say where people were put or what a figure is owed to: no break."""
BETWEEN_BREAKS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (7, re.compile("\u2029")),  # a table cell's or block's edge (BLOCK_BREAK)
    (6, re.compile(r";|:\s|\s[—–]\s")),
    (5, re.compile(r"\b(?:while|whereas|whilst|but|although|though)\b", re.IGNORECASE)),
    (
        4,
        re.compile(
            r"\b(?:compar(?:ed|ison)\W+(?:with|to)|versus|vs\.?|than|relative\W+to)(?=\W)"
            r"|(?<!effective )(?<!efficacy )(?<!protection )(?<!protective )(?<!protects )"
            r"(?<!protect )(?<!protected )(?<!active )(?<!works )(?<!work )\bagainst(?=\W)"
            r"|,\s+and\b|\brespectively\b"
            # the second "as" of "twice as common at 65 and over (17.7%) as at 50–64 (8.4%)",
            # right after the first figure: the comparison's other side
            r"|(?<=[)%\d]\s)as(?=\s+(?:at|in|among|for|with|on|by|after|before|from|those"
            r"|people|patients|men|women|children|adults|the|a|an|it|they|he|she)\b)",
            re.IGNORECASE,
        ),
    ),
    (3, re.compile(rf"\band\b(?!{_H}+(?:over|older|above|under|younger)\b)", re.IGNORECASE)),
    (2, re.compile(r",\s")),
    # an "or" divides only where no "and" or comma does: "0.49 for ovarian or fallopian tube
    # cancer, 0.21 for breast cancer" joins two names, the comma two clauses
    (2, re.compile(rf"\bor\b(?!{_H}+(?:over|older|above|under|younger)\b)", re.IGNORECASE)),
    (1, re.compile(NOT_PUT_TO + r"\bto\b", re.IGNORECASE)),
)
"""Breaks between two figures of one sentence, strongest first: each figure owns its side.
The ``and`` of an age group (``aged 50 and over``) divides nothing; ``to`` divides the two
ends of a change (``from 136,200 in 2021 to 95,000 in 2022``) when nothing stronger does,
but not when it names where people were put (``assigned to``, ``randomised to``, ``switched
to``) or what a figure is owed to (``due to``, ``attributed to``)."""


def figure_clauses(
    text: str, spans: list[tuple[int, int]], protected: tuple[tuple[int, int], ...] = ()
) -> list[tuple[int, int]]:
    """The clause of each figure in a sentence, as offsets in ``text`` (the sentence).

    Between two figures the clause ends at the strongest break that separates them (a
    semicolon, then ``while``/``but``, then ``compared with``/``versus``/``than``, then
    ``and``, then a comma), the leftmost of equal strength: in "Hepatitis B causes 20% of
    liver cancers and hepatitis C a further 56%", the 20% is about hepatitis B and the 56%
    about hepatitis C. Before the first figure and after the last, a clause runs to a
    semicolon, a colon, or a comma with a conjunction. A break inside a ``protected`` span
    (a registry name such as "low- and middle-income countries", a group label such as
    "aged 50 and over") divides nothing.
    """
    bounds: list[tuple[int, int]] = []
    first = spans[0][0]
    start = 0
    breaks = list(OUTER_BREAK.finditer(text, 0, first))
    if breaks and _labels_the_figure(text, breaks[-1], first):
        breaks.pop()  # "Glaucoma: 51%": the label before the colon is the figure's clause
    if breaks:
        start = breaks[-1].end()
    edges = [(start, start)]
    for (_left_start, left_end), (right_start, right_end) in zip(spans, spans[1:], strict=False):
        edge = _strongest_break(text, left_end, right_start, protected)
        if edge is None:  # nothing divides them: the right figure shares the left's clause
            edge = (right_end, edges[-1][1])
        edges.append(edge)
    last = spans[-1][1]
    end = len(text)
    if found := OUTER_BREAK.search(text, last):
        end = found.start()
    for index, _span in enumerate(spans):
        left = edges[index][1]
        right = edges[index + 1][0] if index + 1 < len(spans) else end
        bounds.append((left, max(left, right)))
    return bounds


def _labels_the_figure(text: str, found: re.Match[str], first: int) -> bool:
    """Whether a colon right before a sentence's first figure ends a label of it (a list
    item or a key and its value: ``- Glaucoma: 8%``, ``Prevalence in women: 12%``) rather
    than a clause of its own (``… is common: it affects 1 in 4``): nothing but spaces
    between the colon and the figure, or a word or two that are no clause (``- Men: every 16
    weeks``, ``Women: usually 12 weeks``) after a short label."""
    if not found.group().startswith(":"):
        return False
    between = text[found.end() : first].split()
    if not between:
        return True
    label = text[: found.start()].split()
    return (
        len(between) <= LABEL_GAP_WORDS
        and len(label) <= LABEL_WORDS
        and not any(word.lower().strip(",") in CLAUSE_OPENERS for word in between)
    )


LABEL_GAP_WORDS = 2  # words a label's colon may stand from its figure ("Men: every 16 weeks")
LABEL_WORDS = 6  # words a label before a colon has at most ("Men aged 15 and over")
CLAUSE_OPENERS = frozenset(
    """it its they them their this that these those he she we you there which who is are was
    were has have had affects affected causes caused""".split()
)
"""Words that make what follows a colon a clause of its own, not a label's value."""


def _strongest_break(
    text: str, start: int, end: int, protected: tuple[tuple[int, int], ...] = ()
) -> tuple[int, int] | None:
    """(where the left clause ends, where the right one starts) between two figures; None
    when nothing divides them ("Two doses of MMR are 88% effective")."""
    for _strength, pattern in BETWEEN_BREAKS:
        for found in pattern.finditer(text, start, end):
            if any(s <= found.start() and found.end() <= e for s, e in protected):
                continue
            if (
                _names_its_control(text, found, end)
                or _its_own_comparison(text, start, found, end)
                or _protects_against(text, start, found, end)
                or _names_its_comparator(text, start, found, end)
            ):
                # "by a third versus placebo, hazard ratio 0.69": the comparison says what
                # the left figure is measured against; the comma after it divides the two
                continue
            return found.start(), found.end()
    return None


COMPARISON = re.compile(r"compar(?:ed|ison)|versus|vs|against|than|relative", re.IGNORECASE)
AFTER_CONTROL = re.compile(r",\s|\b(?:and|while|whereas|but)\b", re.IGNORECASE)
"""What divides a comparison naming the control arm from the next figure: "by 22.8 minutes
more than placebo with drug X 25 mg and by 12.2 minutes with 50 mg"."""
CONTROL_REACH = 30  # characters after "versus" in which the control arm is named


def _names_its_control(text: str, found: re.Match[str], end: int) -> bool:
    """Whether a comparison between two figures only names the control arm the left figure
    is measured against, with a comma or a conjunction after it before the right figure
    ("… by a third versus placebo, hazard ratio 0.69")."""
    if not COMPARISON.match(found.group()):
        return False
    after = AFTER_CONTROL.search(text, found.end(), end)
    if after is None:
        return False
    return bool(
        CONTROL_ARM.search(text, found.end(), min(after.start(), found.end() + CONTROL_REACH))
    )


EFFICACY_SAID = re.compile(r"\b(?:effica\w*|effective\w*|protect\w*|immunity)\b", re.IGNORECASE)


def _protects_against(text: str, start: int, found: re.Match[str], end: int) -> bool:
    """Whether ``against`` right after a figure names what a vaccine or a treatment protects
    against, in a sentence that speaks of efficacy before it ("put efficacy … at 88.8% against
    shingles and 91.3% against postherpetic neuralgia"), not the other side of a comparison:
    no figure follows it before the next conjunction or comma (``63% against 48%``), and no
    control arm (``88% against placebo``)."""
    if found.group().lower() != "against" or text[start : found.start()].strip():
        return False
    if not EFFICACY_SAID.search(text, 0, start):
        return False
    after = AFTER_CONTROL.search(text, found.end(), end)
    stop = after.start() if after else end
    if stop >= end or any(char.isdigit() for char in text[found.end() : stop]):
        return False
    return not CONTROL_ARM.search(text, found.end(), stop)


COMPARATIVE_THAN = re.compile(
    r"\b(?:more|less|fewer|higher|lower|greater|better|worse|longer|shorter|smaller|larger"
    r"|bigger|faster|slower)\b(?:\W+[\w-]+){0,6}?\W*\Z",
    re.IGNORECASE,
)
"""A comparative said after a figure, before ``than`` ("1.06 points more", "a 47% lower risk
of death over four years")."""


COMPARATOR_REACH = 60  # characters of a comparator's name after "compared with"


def _names_its_comparator(text: str, start: int, found: re.Match[str], end: int) -> bool:
    """Whether a comparison right after the left figure names what it is measured against,
    with no figure in it, and a comma or a conjunction then divides it from the right figure:
    in "by 15% compared with umeclidinium-vilanterol and by 25% compared with fluticasone",
    the umeclidinium-vilanterol is the 15%'s comparator (an active one, which
    :func:`_names_its_control` does not know)."""
    if not COMPARISON.match(found.group()) or text[start : found.start()].strip(" ,"):
        return False
    after = AFTER_CONTROL.search(text, found.end(), end)
    if after is None or after.start() - found.end() > COMPARATOR_REACH:
        return False
    return not any(char.isdigit() for char in text[found.end() : after.start()])


def _its_own_comparison(text: str, start: int, found: re.Match[str], end: int) -> bool:
    """Whether a ``than`` between two figures only says what the left figure is compared
    with, the comparative right after it, and a comma or conjunction divides it from the right
    figure: in "by 1.06 points more than best practice at 4 months and by 1.81 points at 12
    months" the 4 months are the 1.06's."""
    if found.group().strip().lower() != "than":
        return False
    if not COMPARATIVE_THAN.search(text, start, found.start()):
        return False
    return AFTER_CONTROL.search(text, found.end(), end) is not None


TIMEPOINT_BEFORE = StartScanned(
    re.compile(
        r"(?:surviv\w*|alive|at|after|over|within|by|for|during|past|last|previous|preceding"
        r"|before|end\W+of|wait|waited|waiting|delay|delayed|deferred)"
        r"(?:\W+the\W+(?:next|following|subsequent|ensuing|coming))?\W*\Z",
        re.IGNORECASE,
    )
)
"""A duration after these words says when another figure was measured, not a new figure:
``36.1% survive five years``, ``Over 15 years, lifestyle change lowered …``, ``at the end of 7
weeks``, ``over the next 4 to 6 years``, and the period a survey asks about (``back pain
in the past three months``, ``in the last 12 months``), and how long an arm was made to
wait (``those asked to wait a year``), which names the arm."""
TIMEPOINT_COMPARATORS = frozenset({"within"})
FROM_BEFORE = re.compile(r"\bfrom\W*\Z", re.IGNORECASE)
ON_AFTER = re.compile(r"\W*(?:on|onwards?)\b", re.IGNORECASE)
"""… and a duration said as ``from 10 weeks on`` (not ``from 18 weeks to 26 weeks``, a
change's start)."""
"""… and so does a duration read with one of these comparators (``92% within 2 years``)."""


AFTER_AN_EVENT = re.compile(
    rf"{_H}+(?:after|later|post|following|into|since)\b|{_H}+on{_H}*(?:[,;:]|$)", re.IGNORECASE
)
NO_TIME_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|of|lived|lives|live|lasted|lasts|last|took|takes"
    r"|take|median|mean|average|spent|spend|gained|gains|added|adds|extra|another|further)\W+"
    r"(?:(?:about|around|nearly|almost|only|just|roughly|approximately|some|over|under|more"
    r"\W+than|less\W+than|up\W+to|at\W+least)\W+)?\Z",
    re.IGNORECASE,
)
"""A duration followed by ``after``, ``later`` or ``on`` says when another figure was measured
(``Seven years after vaccination, … 89.8% effective``, ``Ten years on, …`` (not ``2 days on
placebo``), ``… effective
five years after the jab``) unless a verb or noun before it makes the duration the figure
(``median survival was 7 years after diagnosis``, ``lived 2 years longer``)."""


LABEL_COLON = re.compile(
    r"[ \t]*:[ \t]*(?=[~≈<>≥≤]?[\d$£€]|(?:about|around|nearly|almost|over)\b)", re.IGNORECASE
)
LABEL_OPENS = re.compile(
    r"(?:\A|\n|\u2029)[ \t]*(?:[-*•+>]|\d{1,2}[.)])?[ \t]*"
    r"(?:(?:at|after|by|within|in|over)[ \t]+)?\Z",
    re.IGNORECASE,
)
"""A duration that opens a line or a list item and ends at a colon before a figure ("- Five
years: 95.2%", "At 10 years: 91%"): the item's label, when its figure holds."""


def labels_its_figure(text: str, quantity: Quantity, offset: int) -> bool:
    """Whether a duration is the label of a line or list item, before a colon and the
    item's figure ("- Five years: 95.2%"): when that figure was measured, as "at five years"
    says, no figure of its own."""
    at = quantity.start - offset
    return (
        quantity.kind == "duration"
        and LABEL_COLON.match(text, quantity.end - offset) is not None
        and LABEL_OPENS.search(text, max(0, at - 40), at) is not None
    )


def says_when(text: str, quantity: Quantity, offset: int) -> bool:
    """Whether a duration says when a figure was measured, when its treatment was given or
    for how long (``survive five years``, ``92% within 2 years``, ``a 15-year implant survival
    rate of 90%``, ``3 hours after stroke onset``, ``a 7-day course``)."""
    at = quantity.start - offset
    before = TIMEPOINT_BEFORE.search(text, max(0, at - TIMEPOINT_REACH), at)
    if before and CHANGE_SIZE.match(before.group()) and _short(quantity):
        before = None  # "by 18.3 minutes": the size of a change
    return quantity.kind == "duration" and bool(
        before
        or MEASURED_AFTER_DURATION.match(text, quantity.end - offset)
        or labels_its_figure(text, quantity, offset)
        or (
            FROM_BEFORE.search(text, max(0, at - 8), at)
            and ON_AFTER.match(text, quantity.end - offset)
        )
        or (quantity.comparator or "").lower() in TIMEPOINT_COMPARATORS
        or TREATMENT_TIMING.match(text, quantity.end - offset)
        or any(m.start() <= at < m.end() for m in COURSE.finditer(text, max(0, at - 40)))
    )


def times_after_an_event(text: str, quantity: Quantity, offset: int) -> bool:
    """Whether a duration is the time since an event at which the sentence's figures hold
    (:data:`AFTER_AN_EVENT`): no figure of its own, though it may divide clauses."""
    at = quantity.start - offset
    return (
        quantity.kind == "duration"
        and AFTER_AN_EVENT.match(text, quantity.end - offset) is not None
        and NO_TIME_BEFORE.search(text, max(0, at - 40), at) is None
    )


def _short(quantity: Quantity) -> bool:
    return (quantity.unit or "").lower().rstrip("s") in CHANGE_SIZE_UNITS


def times_another_figure(
    text: str, quantities: tuple[Quantity, ...], target: Quantity, offset: int = 0
) -> bool:
    """Whether ``target`` is a duration that only says when another figure of its sentence
    was measured (``87% survive for at least five years``): part of that figure, whose claim
    states its time, so no figure to back on its own."""
    return (says_when(text, target, offset) or times_after_an_event(text, target, offset)) and any(
        q is not target and q.kind != "duration" for q in quantities
    )


def labels_table_cells(claim: Claim, target: Quantity) -> bool:
    """Whether ``target`` labels a table's cells rather than being a figure of its own: a
    count in the header row (a column's title: ``1 dose | 2 doses``, ``Aged 65+``), or a
    duration in a header that labels a row or a column by its time (``Glecaprevir-
    pibrentasvir, 8 weeks``, ``1 year``, ``52 weeks``), which says when, or for how long, of
    the cells (:func:`cell_times`), or a dose in a header (``Glucoxin 25 mg``), which names
    the arm. The cells' claims state it, so it is no figure to back
    on its own. A row header is a cell with no row header of its own (its column's title
    says whether a bare duration is a course), a column header one with no column header;
    a bare number or a share in a header row stays a figure (a header is seldom one, but
    when it is, its number is the point)."""
    cell, _names = claim.cell_of(target)
    if cell is None or (cell.row and cell.column):
        return False
    if defines_a_header_outcome(claim, target):
        return True  # "Responders (50% fewer migraine days)": what the cells count
    if target.kind == "count" and target.unit and (cell.row or cell.column):
        return True  # "2 doses" over a column of figures, "At least one attack" before a row
    at = target.start - claim.start
    if target.unit is None and SCORE_NAMED_BEFORE.search(claim.text, max(0, at - 24), at):
        return True  # "DLQI = 0", "UAS7 ≤ 6" over a column: the outcome its cells count
    if is_dose(target):
        return True  # "Glucoxin 25 mg" over a column: the arm the cells are about
    if target.kind != "duration":
        return False
    if INTERVAL_BEFORE.search(claim.text, max(0, at - 12), at) or _bracketed_with_words(
        claim.text, target.start - claim.start, target.end - claim.start
    ):
        # "Lanadelumab 300 mg every 2 weeks (HELP, 26 weeks)": how often the arm's dose is
        # given and how long its trial ran, both said of the cells
        return True
    if PERIOD_LABEL.fullmatch(claim.text.strip()):
        return True  # a corner cell "Over 3 years": the period all the cells cover
    return bool(header_time(claim.text, "" if cell.row else cell.column))


PERIOD_LABEL = re.compile(
    r"(?:over|across|during|within|in|after|at|by)\s+(?:the\s+first\s+)?\d+(?:\.\d+)?\s*"
    r"(?:days?|weeks?|wks?|months?|years?|yrs?)",
    re.IGNORECASE,
)
"""A header that is only a period (``Over 3 years``, ``Within 12 weeks``)."""


SCORE_NAMED_BEFORE = re.compile(
    r"\b[A-Za-z][\w-]*\d[\w-]*[ \t]*(?:=[ \t]*)?\Z|\b[A-Z]{2,}[\w-]*[ \t]*(?:=[ \t]*)?\Z"
)
"""A score's name right before its level in a header (``UAS7 = 0``, ``DLQI ≤ 1``, ``mRS 0–2``):
a score's name holds a digit or is an acronym."""
INTERVAL_BEFORE = re.compile(
    r"(?:\b(?:every|each|once\W+(?:every|a|per))\W+|(?<![\w.])[qQ])\Z", re.IGNORECASE
)
"""``every`` before a duration, or the ``q`` glued to it: how often a dose is given (``every 2
weeks``, ``q4w``)."""
HEADER_ASIDE = re.compile(r"\(([^()]*)\)")


def _bracketed_with_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in brackets beside words (``(HELP, 26 weeks)``):
    an aside of a header naming a trial's or an arm's length."""
    for aside in HEADER_ASIDE.finditer(text):
        if aside.start() < start and end < aside.end():
            rest = aside.group(1).replace(text[start:end], " ")
            return re.search(r"[A-Za-z]{2,}", rest) is not None
    return False


def names_an_arm(claim: Claim, target: Quantity) -> bool:
    """Whether ``target`` is a dose beside figures that are no doses ("35% and 12% of adults
    on glucoxin 10 mg and placebo"): it names the arm of those figures, whose claims state
    it, so it is no figure to back on its own (it still rules out a claim about another
    dose for them). How often the dose is given ("7.5 mg twice a week") is its own
    schedule (:func:`schedules_a_dose`), no figure it is the arm of."""
    return is_dose(target) and _beside_measured_figures(claim, target)


def listed_arm_dose(claim: Claim, target: Quantity) -> bool:
    """Whether ``target`` is one of a list of two or more doses (:data:`LISTED_DOSE`, "5 mg,
    10 mg and 15 mg") that name the arms of the sentence's other figures
    (:func:`names_an_arm`)."""
    if not names_an_arm(claim, target):
        return False
    at = target.start - claim.start
    spans = [m.span() for m in LISTED_DOSE.finditer(claim.text)]
    mine = [i for i, (a, b) in enumerate(spans) if a <= at < b]
    if not mine:
        return False
    i = mine[0]
    before = i > 0 and LIST_GAP.fullmatch(claim.text, spans[i - 1][1], spans[i][0])
    after = i + 1 < len(spans) and LIST_GAP.fullmatch(claim.text, spans[i][1], spans[i + 1][0])
    return bool(before or after)


def _beside_measured_figures(claim: Claim, target: Quantity) -> bool:
    """Whether the sentence holds a figure other than ``target`` that is measured of an arm:
    no dose, time, frequency, nor a count of things other than people."""
    return any(
        q is not target
        and q.kind not in ("duration", "frequency")
        and not is_dose(q)
        and (q.kind != "count" or _counts_people(q.unit))
        for q in claim.quantities
    )


INTERVAL_BEFORE_ARM = re.compile(r"(?:\b(?:every|each)\s+|(?<![A-Za-z])[qQ])$")
"""What stands right before a dosing interval that names an arm ("every 4 weeks", "q4w")."""


def schedules_an_arm(claim: Claim, target: Quantity) -> bool:
    """Whether ``target`` is a dosing interval beside figures that are no doses ("45% and 42%
    of patients on velumab every 2 weeks and every 4 weeks", "velumab q4w"): it names an arm
    of those figures, as a dose does (:func:`names_an_arm`), no figure to back on its own."""
    return (
        target.kind == "duration"
        and INTERVAL_BEFORE_ARM.search(claim.text, 0, target.start - claim.start) is not None
        and _beside_measured_figures(claim, target)
    )


DOSE_TO_SCHEDULE = re.compile(r"[\s,(–-]*(?:[A-Za-z][\w-]*[\s,]+){0,3}?", re.IGNORECASE)
"""What may stand between a dose and how often it is given ("500 mg twice daily", "500 mg,
taken by mouth twice a day", "500 mg (four times a day)", "100 mg of co-careldopa three
times a day")."""


def schedules_a_dose(claim: Claim, target: Quantity) -> bool:
    """Whether ``target`` says how often a dose just before it is given ("500 mg four times
    a day"): part of that dose's regimen, judged with the dose, no figure to back on its
    own (a claim whose statement states it still backs it)."""
    if target.kind == "count" and (target.unit or "").lower() in DOSE_FORMS:
        # "two 20 mg tablets a day": how many of the dose, part of its regimen
        return any(
            is_dose(q)
            and DOSE_RIGHT_AFTER.fullmatch(
                claim.text, target.end - claim.start, q.start - claim.start
            )
            for q in claim.quantities
        )
    if target.kind != "frequency":
        # (an interval, "every 4 weeks", is a figure of its own: a claim may state it)
        return False
    for q in claim.quantities:
        if q is not target and is_dose(q) and q.end <= target.start:
            gap = DOSE_TO_SCHEDULE.fullmatch(
                claim.text, q.end - claim.start, target.start - claim.start
            )
            if gap is not None:
                return True
    return False


DOSE_FORMS = frozenset(
    "tablets capsules pills caplets sachets patches injections puffs lozenges drops".split()
)
DOSE_RIGHT_AFTER = re.compile(r"\s*")
"""A count of a dose form with the dose right after it (``two 20 mg tablets``)."""

DOSE_NOUNS = frozenset({"dose", "doses", "injection", "injections", "jab", "jabs", "shot", "shots"})


def counts_its_doses(claim: Claim, target: Quantity) -> bool:
    """Whether ``target`` counts the doses another figure of its sentence was measured after
    ("after three doses, the vaccine was 83% effective", "two doses gave 71% protection"):
    which course the figure is of, as a timepoint says when; judged with that figure, no
    figure to back on its own (a claim whose statement states it still backs it)."""
    if target.kind != "count" or target.per:
        return False
    noun = (target.unit or "").lower().split()[-1:] or [""]
    if noun[0] not in DOSE_NOUNS:
        return False
    return any(
        q is not target and q.kind in ("percent", "proportion", "multiple", "ratio")
        for q in claim.quantities
    )


def _counts_people(unit: str | None) -> bool:
    """Whether a count counts people (``1,200 patients on glucoxin 10 mg``: the arm's), not
    the parts or times of a course (``3 occasions``, ``5 infusions``)."""
    noun = (unit or "").lower().partition("/")[0].split()[-1:] or [""]
    return noun[0] not in REGIMEN_PARTS and noun[0] not in COURSE_TIMES


REGIMEN_PARTS = frozenset(
    {"fractions", "infusions", "cycles", "doses", "injections", "sessions", "applications"}
)
COURSE_TIMES = frozenset({"occasions", "times", "visits", "appointments", "treatments"})
"""Counts of the times a course is given (``on 3 occasions``): no outcome of an arm."""
"""What a course of treatment is counted in: ``15 mg/kg over three infusions`` and ``60 Gy
in 20 fractions`` count the dose's own parts, no outcome of an arm the dose would name."""


SUBGROUP_OPENER = re.compile(
    r"\b(?:with|whose|among|amongst|if|where|having)\b[^.;:!?]{0,60}\Z", re.IGNORECASE
)
"""Words that open whom a threshold is of, right before it: "among patients with a urine
albumin-to-creatinine ratio of", "in men whose PSA was"."""


def names_a_subgroup(claim: Claim, target: Quantity) -> bool:
    """Whether ``target`` is the threshold or band of a level that says whom other figures
    of its sentence are about ("among patients with a urine albumin-to-creatinine ratio of
    1000 mg/g or less, the hazard ratio was 0.54", "in men whose PSA was 2.1 to 3.0 ng/mL,
    cancer was found in 24%"), or a table row's band of that level ("| PSA 0.6–1.0 ng/mL |
    …"): it is no figure to back on its own (CONSORT calls such groups subgroups; the
    figures' claims state them, and another threshold still rules a claim out for them)."""
    share = target.kind == "percent"
    if not (share or target.kind == "measure") or is_dose(target) or target.unit in (None, "kg"):
        return False
    if target.low is not None and target.high is not None and target.low == target.high:
        return False  # a level said as one value is a figure ("a mean PSA of 4.2 ng/mL")
    cell, _names = claim.cell_of(target)
    if cell is not None and (cell.row or cell.column):  # (an HTML paragraph has empty ones)
        return not (cell.row and cell.column)  # a header: it labels its row or column
    if not any(q is not target and (share or q.unit != target.unit) for q in claim.quantities):
        return False  # nothing else in the sentence for it to say whom it counts
    at = target.start - claim.start
    opened = SUBGROUP_OPENER.search(claim.text, max(0, at - 80), at)
    if opened is None or any(
        claim.start + opened.start() < q.start < target.start for q in claim.quantities
    ):
        return False  # no figure between ("with 12% … of 50 mg/dL"): names may hold digits
    between = claim.text[opened.start() : at]
    if share and not LEVEL_NOUN.search(between):
        return False  # "with good care, fewer than 1% of people die": a share, no level
    # (not a change it measures: "with a decline in eGFR of at least 50%" is an outcome)
    return not OUTCOME_THRESHOLD.search(between)


LEVEL_NOUN = re.compile(
    r"\b(?:scores?|expression|levels?|ratio|fraction|index|saturation|HbA1c|A1c|PD-L1|TPS|CPS"
    r"|counts?|concentration|stenosis|FEV1|percentage)\b",
    re.IGNORECASE,
)
"""A level measured in per cent that sets a subgroup ("PD-L1 expression below 1%", "an
ejection fraction under 40%", "HbA1c of 7% or more"), unlike a share of people."""


LEVELS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in {
        "HbA1c": r"\b(?:HbA1c|A1C|glyc(?:at|osyl)ed\W+ha?emoglobin)\b",
        "glucose": r"\b(?:(?:blood|plasma)\W+(?:glucose|sugar)|glucose|glyca?emia)\b",
        "LDL cholesterol": r"\b(?:LDL|low-density\W+lipoprotein)",
        "HDL cholesterol": r"\b(?:HDL|high-density\W+lipoprotein)",
        "total cholesterol": r"(?<!LDL\W)(?<!HDL\W)(?<!lipoprotein\W)\bcholesterol\b",
        "triglycerides": r"\btriglycerides?\b",
        "blood pressure": r"\b(?:blood\W+pressure|BP|systolic|diastolic)\b",
        "kidney function": r"\b(?:e?GFR|glomerular\W+filtration|creatinine\W+clearance)\b",
        "albuminuria": r"\b(?:albuminuria|UACR|albumin(?:-to-|\W+)creatinine)\b",
        "body weight": r"\b(?:body\W*weight|weight)\b",
        "BMI": r"\b(?:BMI|body\W+mass\W+index)\b",
        "PSA": r"\b(?:PSA|prostate-specific\W+antigen)\b",
        "haemoglobin": r"(?<!glycated\W)(?<!glycosylated\W)\bha?emoglobin\b",
        "urate": r"\b(?:urate|uric\W+acid)\b",
        "viral load": r"\b(?:viral\W+load|HIV(?:-1)?\W+RNA)\b",
        "ejection fraction": r"\b(?:LVEF|ejection\W+fraction)\b",
        "FEV1": r"\bFEV1\b",
        "INR": r"\bINR\b",
        "CD4 count": r"\bCD4\b",
        "PD-L1": r"\b(?:PD-L1|TPS|CPS)\b",
    }.items()
}
"""The levels a threshold is of ("an HbA1c below 7.0%", "an LDL cholesterol below 70 mg/dL",
"a blood pressure under 130/80 mmHg"), with the names and abbreviations clinical guidelines
use for each (ADA Standards of Care, ESC/EAS lipid guidelines, KDIGO): a share of people
past a threshold of one level is no share past a threshold of another."""

LEVEL_REACH = 50  # characters before a threshold searched for the level it is of


def levels_before(text: str, at: int) -> frozenset[str]:
    """The :data:`LEVELS` named in the words just before position ``at`` of ``text`` (a
    threshold's start), within its clause (not past a ';' or a sentence's end)."""
    window = text[max(0, at - LEVEL_REACH) : at]
    window = window[max(window.rfind(";"), window.rfind(". ")) + 1 :]
    return frozenset(name for name, pattern in LEVELS.items() if pattern.search(window))


OUTCOME_THRESHOLD = re.compile(
    r"\b(?:declines?|reductions?|decreases?|falls?|drops?|loss|gains?|increases?|rises?"
    r"|relief|improvements?|changes?|doubling|halving)(?:[^\w,;]+\w+){0,4}[^\w,;]*\Z",
    re.IGNORECASE,
)
"""A change named just before a threshold ("a decline in eGFR of at least 50%", "≥50% pain
relief" written "pain relief of at least 50%"): the threshold defines what happened (the
outcome), not whom a figure counts."""


def clause_of(
    text: str,
    quantities: tuple[Quantity, ...],
    target: Quantity,
    offset: int = 0,
    protected: tuple[tuple[int, int], ...] = (),
) -> tuple[int, int]:
    """The clause of ``target`` among the figures of one sentence (:func:`clauses_of`)."""
    index = next((i for i, q in enumerate(quantities) if q is target), None)
    if index is None:
        index = quantities.index(target)
    return clauses_of(text, quantities, offset, protected)[index]


TIMEPOINT_REACH = 60  # characters before a duration searched for a timepoint word


DOSE_UNITS = frozenset({"µg", "mg", "g"})


def is_dose(quantity: Quantity) -> bool:
    """Whether the quantity is a dose: a mass in µg, mg or g (not a body weight in kg), one
    per body weight or area (``5 mg/kg``, ``75 mg/m2``, ``1 mg/kg/day``), or international
    units (``60,000 IU`` of vitamin D)."""
    unit = (quantity.unit or "").lower()
    if quantity.role == STRENGTH:
        return True  # "5% minoxidil": a product's strength names its arm as a dose does
    if PER_BODY_DOSE.fullmatch(unit):
        return True
    if unit in ("unit", "iu") and INTERNATIONAL_UNITS.search(quantity.text):
        return True  # "60,000 IU of vitamin D", "800 international units"
    if unit in MEASUREMENT_UNITS and MEASUREMENT_UNITS[unit][0] == "g":
        # "1 g of amoxicillin" is a dose; "a baby should weigh more than 2,000 g" a weight
        # (no medicine is dosed by the hundred grams)
        return (quantity.low or quantity.high or 0.0) < MAX_DOSE_GRAMS
    return unit in MEASUREMENT_UNITS and MEASUREMENT_UNITS[unit][0] in DOSE_UNITS


MAX_DOSE_GRAMS = 100.0


PER_BODY_DOSE = re.compile(r"(?:µg|mcg|mg|g)\s?/\s?(?:kg|m2|m²)(?:\s?/\s?(?:day|d|24\s?h))?")
INTERNATIONAL_UNITS = re.compile(r"\bI\.?U\.?(?!\w)|\binternational\s+units?\b", re.IGNORECASE)


def _dose_before_its_figure(
    quantities: tuple[Quantity, ...], index: int, timing: frozenset[int], text: str, offset: int
) -> bool:
    """A dose followed by a figure that is no dose says which arm that figure is about: it
    divides nothing. Two doses in a row (``500 mg for adults and 250 mg for children``) are
    figures of their own, and a conjunction after the dose ends its clause ("by 22.8 minutes
    with drug X 25 mg and by 12.2 minutes with 50 mg": the 25 mg is the 22.8's).
    ``timing``: the indexes of durations that only say when."""
    # (in a regimen of doses alone, not how often the dose is given: "a 20 mg/kg loading
    # dose, then 5 mg/kg every 12 hours" is two doses, the 12 hours the second's interval;
    # "38% of adults on drug X 300 mg every two weeks" keeps the dose with its figure)
    regimen = not any(
        not is_dose(q) and q.kind not in ("duration", "frequency") for q in quantities[:index]
    )
    following = [
        q
        for i, q in enumerate(quantities[index + 1 :], index + 1)
        if q.kind != "frequency"
        and i not in timing
        and not (
            regimen
            and q.kind == "duration"
            and INTERVAL_BEFORE.search(text, max(0, q.start - offset - 20), q.start - offset)
        )
    ]
    dose = quantities[index]
    if not (is_dose(dose) and following and not is_dose(following[0])):
        return False
    if any(is_dose(q) for q in following) and is_dose(
        next((q for q in following if q.kind != "duration"), following[0])
    ):
        # "50 mg a day for the first six weeks, then 100 mg a day": a course's length
        # between two doses makes no arm of them, the doses are a regimen's steps
        return False
    gap = (dose.end - offset, following[0].start - offset)
    if not DOSE_CLAUSE_END.search(text, *gap):
        return True
    # "the difference between drug A 1 mg and drug B was 4.1 kg": "between … and" pairs two
    # arms, it ends no clause
    earlier = max((q.end - offset for q in quantities[:index]), default=0)
    return bool(BETWEEN.search(text, earlier, dose.start - offset)) and bool(
        PAIRED_AND.match(text, *gap)
    )


BETWEEN = re.compile(r"\bbetween\b(?!.*\band\b)", re.IGNORECASE)
PAIRED_AND = re.compile(r"\s+and\s+[A-Za-z]", re.IGNORECASE)


DOSE_CLAUSE_END = re.compile(r"\b(?:and|while|whereas|but)\b|;", re.IGNORECASE)
"""What ends a dose's clause before the next figure: that figure is another arm's."""


DAILY_DOSE = re.compile(r"(?:µg|mcg|mg|g)\s?/\s?(?:day|d|24\s?h)")


def _dose_aside(quantities: tuple[Quantity, ...], index: int, text: str, offset: int) -> bool:
    """Whether the figure stands in brackets that hold only doses (and bare numbers sharing
    their unit) after another figure of the sentence: "78% of children on drug X (30, 50 or
    70 mg/day) were improved" names the arm's doses in an aside, which divides nothing."""
    at = quantities[index].start - offset
    opened = text.rfind("(", 0, at)
    closed = text.find(")", at)
    if opened < 0 or closed < 0 or ")" in text[opened:at]:
        return False
    inside = [q for q in quantities if opened < q.start - offset < closed]
    doses = [q for q in inside if is_dose(q) or DAILY_DOSE.fullmatch((q.unit or "").lower())]
    return (
        bool(doses)
        and all(q in doses or q.unit is None for q in inside)
        and any(q.end - offset <= opened for q in quantities)
    )


def _dose_after_its_figure(
    quantities: tuple[Quantity, ...], index: int, timing: frozenset[int], text: str, offset: int
) -> bool:
    """A dose after the sentence's last figure that is no dose names that figure's arm ("81.6%
    of patients on drug X 300 mg reached PASI 90 at week 12", "fell by 22.8 minutes with
    drug X 25 mg"): it divides nothing, so the outcome and time after it stay the figure's."""
    if not is_dose(quantities[index]):
        return False
    measured = [q for i, q in enumerate(quantities) if q.kind != "frequency" and i not in timing]
    position = next(i for i, q in enumerate(measured) if q is quantities[index])
    before, after = measured[:position], measured[position + 1 :]
    dose = quantities[index]
    outcomes = [q for q in before if q.kind != "duration"]
    if outcomes and is_dose(outcomes[-1]):
        return False  # "50 mg … for the first six weeks, then 100 mg": a regimen's next step
    return (
        bool(before)
        and not is_dose(before[-1])
        and not DOSE_CLAUSE_END.search(text, before[-1].end - offset, dose.start - offset)
        and (
            not after
            or bool(DOSE_CLAUSE_END.search(text, dose.end - offset, after[0].start - offset))
        )
    )


RESTATED_OPEN = re.compile(
    r"\s*\(\s*(?:(?:about|around|approximately|roughly|nearly|almost|or|i\.e\.,?|~|≈)\s*)?$",
    re.IGNORECASE,
)


def _restated(text: str, before: Quantity, quantity: Quantity, offset: int) -> bool:
    """Whether ``quantity`` stands alone in brackets as ``before`` said again: right after it,
    the same figure in another form (``0.1% (1 in 1,000)``, ``400 µg (0.4 mg)``, ``£1,200
    ($1,500)``), or after the few words that say whom it counts, the same share in digits
    (``Almost half of adults with hypertension (46%) do not know …``, :func:`_share_restated`).
    Its clause is the one the sentence goes on with, not the words before it."""
    if not _closes_bracket(text, quantity.end - offset):
        return False
    between = INLINE_TAG.sub("", text[before.end - offset : quantity.start - offset])
    return bool(RESTATED_OPEN.fullmatch(between)) or _share_restated(before, quantity, between)


INLINE_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?>|[*_]{1,3}")
"""An HTML tag or Markdown emphasis inside a sentence (``(<strong>46%</strong>)``,
``(**46%**)``): a claim's text keeps its source's characters, tags and all."""
CLOSING_AFTER_TAGS = re.compile(r"(?:\s*(?:</?[A-Za-z][\w-]*(?:\s[^<>]*)?>|[*_]{1,3}))*\s*\)")


def _closes_bracket(text: str, end: int) -> bool:
    """Whether a bracket closes right after ``end`` (past spaces and inline tags)."""
    return CLOSING_AFTER_TAGS.match(text, end) is not None


RESTATING_PHRASE = re.compile(
    r"(?:\s+(?!(?:and|or|but|while|whereas|than|versus|vs|compared|against|respectively)\b)"
    r"[^\W\d_]+(?:['’-][^\W\d_]+)*){1,8}\s*\(\s*",
    re.IGNORECASE,
)
"""The words between a share and its digits in brackets: a plain noun phrase ("of adults
with hypertension"), no conjunction or comparison that would make the bracket another
group's figure, no punctuation that would end the phrase."""
RESTATED_SHARE_SLACK = 0.1  # relative difference within which two shares are one said twice


def share_said_twice(
    text: str, before: Quantity, quantity: Quantity, offset: int, slack: bool = True
) -> bool:
    """Whether ``quantity`` is the share ``before`` said in words, said again in digits in
    brackets after whom it counts (:func:`_share_restated`); offsets as :func:`_restated`.
    With ``slack`` false, whatever the two values: a bare share in brackets there (``About
    a third of adults with hypertension (46%) …``) gives the share its words mean, right
    or wrong."""
    if not _closes_bracket(text, quantity.end - offset):
        return False
    between = INLINE_TAG.sub("", text[before.end - offset : quantity.start - offset])
    if slack:
        return _share_restated(before, quantity, between)
    return (
        _share_percent(before) is not None
        and _share_percent(quantity) is not None
        and RESTATING_PHRASE.fullmatch(between) is not None
    )


def _share_restated(before: Quantity, quantity: Quantity, between: str) -> bool:
    """Whether a share said in words or rounded (``almost half``, ``about a third``) is said
    again in digits in brackets after the phrase naming whom it counts (``… of men over 50
    (31.5%)``): both shares, within :data:`RESTATED_SHARE_SLACK` of each other. A bracket
    that differs more ("Almost half of adults (21%) …") is a figure of its own."""
    first, second = _share_percent(before), _share_percent(quantity)
    if first is None or second is None or not RESTATING_PHRASE.fullmatch(between):
        return False
    return abs(first - second) <= RESTATED_SHARE_SLACK * max(first, second)


def _share_percent(quantity: Quantity) -> float | None:
    """A share's point value in percent (``half`` is 50), or the one bound of a share said
    past it (``More than 8 in 10`` is 80: its digits in brackets say where past it), or None
    for any other figure."""
    if quantity.unit not in PROPORTION_UNITS:
        return None
    if quantity.low is not None and quantity.high is not None and quantity.low != quantity.high:
        return None
    value = quantity.low if quantity.low is not None else quantity.high
    if value is None:
        return None
    return value * 100 if quantity.unit == "proportion" else value


def clauses_of(
    text: str,
    quantities: tuple[Quantity, ...],
    offset: int = 0,
    protected: tuple[tuple[int, int], ...] = (),
) -> list[tuple[int, int]]:
    """The clause of each of the figures of one sentence, in order, as offsets in ``text``
    (the figures' offsets minus ``offset`` index ``text``), worked out in one pass. A
    duration that only says when a figure was measured (``36.1% survive five years``,
    ``Over 15 years, … by 27%``), or when its treatment was given (``alteplase 3 to 4.5
    hours after stroke``), divides nothing and belongs to that figure's clause; so does how
    often a dose is given (``5 mg twice daily``, ``10 mg three times a day``)."""
    splitting: list[Quantity] = []
    # a duration says when another figure was measured only when there is one: "A within
    # 120 hours, while B within 72 hours" has no other figure, its durations are its figures
    measured = any(q.kind != "duration" for q in quantities)
    timing = frozenset(
        index
        for index, quantity in enumerate(quantities)
        if quantity.kind == "duration" and (not measured or says_when(text, quantity, offset))
    )
    for index, quantity in enumerate(quantities):
        if _dose_aside(quantities, index, text, offset):
            continue  # "78% of children on drug X (30, 50 or 70 mg/day) were …": its arm's doses
        if _dose_before_its_figure(
            quantities, index, timing, text, offset
        ) or _dose_after_its_figure(quantities, index, timing, text, offset):
            continue  # "With tofacitinib 5 mg twice daily, 51.5% …": the dose is the figure's
        if quantity.kind == "frequency" and index and is_dose(quantities[index - 1]):
            continue  # "5 mg twice daily": how often the dose is given, part of its regimen
        if index and _restated(text, quantities[index - 1], quantity, offset):
            continue  # "about 0.1% (1 in 1,000) for Black people": one figure said twice
        if says_when(text, quantity, offset) and measured:
            continue
        splitting.append(quantity)
    if not splitting:
        return [(0, len(text))] * len(quantities)
    spans = [(q.start - offset, q.end - offset) for q in splitting]
    bounds = figure_clauses(text, spans, tuple((s - offset, e - offset) for s, e in protected))
    starts = [q.start for q in splitting]
    result = []
    for target in quantities:
        # its own clause, or the clause of the dividing figure before it, else the first
        owner = bisect.bisect_right(starts, target.start) - 1
        result.append(bounds[max(owner, 0)])
    return result
