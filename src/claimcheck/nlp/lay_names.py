"""Everyday names of conditions, events and medicines, said as the field says them.

Patient pages name a condition the way their readers do ("brittle bones", "blood thinners",
"an irregular heartbeat"), registries the way their sources do ("osteoporosis",
"anticoagulants", "atrial fibrillation"). :func:`said_as_the_field_says` rewrites the lay name
to the field's (keeping its own words), in text already lower-cased with its punctuation gone (as
:func:`~claimcheck.verify.matching.comparable_words` has it before stemming), on both sides of
a comparison, so either spelling on either side meets the other.

Each pair is a plain-English name that the NHS A–Z or MedlinePlus gives as another name of
the condition (or the British National Formulary of the medicine group): no looser kinship
("heartburn" is a symptom of reflux disease, not its name, and stays apart).
"""

from __future__ import annotations

import re
from functools import lru_cache

LAY_NAMES: dict[str, str] = {
    # bones and joints
    r"(?:brittle|fragile|thin(?:ning)?|weak(?:ened)?) bones?": "osteoporosis",
    r"(?:break|breaks|breaking|broke|broken|fracture[sd]?)(?: (?:a|their|her|his|your))? hips?"
    r"|hip (?:break|breaks)": "hip fracture",
    r"wear and tear arthritis": "osteoarthritis",
    r"slipped discs?": "herniated disc",
    # heart and blood
    r"irregular (?:heartbeats?|heart rhythms?|heart beats?)": "atrial fibrillation",
    r"blood(?: |-)?thinn(?:er|ers|ing (?:drugs?|medicines?|medications?|tablets?|pills?))": (
        "anticoagulant"
    ),
    r"high blood pressure": "hypertension",
    r"low blood pressure": "hypotension",
    r"mini strokes?": "transient ischaemic attack",
    r"blood clots? in (?:the|a|your) lungs?": "pulmonary embolism",
    r"blood clots? in (?:the|a|your) (?:leg|legs|deep veins?)": "deep vein thrombosis",
    r"water (?:tablets?|pills?)": "diuretic",
    # pregnancy and babies
    r"(?:pregnancy diabetes|diabetes (?:in|during) pregnancy|high blood sugar (?:in|during) "
    r"pregnancy)": "gestational diabetes",
    r"cot deaths?": "sudden infant death syndrome",
    r"morning sickness": "nausea and vomiting in pregnancy",
    # infections
    r"whooping cough": "pertussis",
    r"german measles": "rubella",
    r"chicken ?pox": "varicella",
    r"glandular fever": "infectious mononucleosis",
    r"glue ear": "otitis media with effusion",
    r"hay fever": "allergic rhinitis",
    # how a condition shows itself
    r"(?:(?:never|rarely|seldom)(?: (?:have|has|had|get|gets|cause|causes|develop|develops|show"
    r"|shows))?|(?:do|does|did) not (?:have|get|cause|develop|show)|(?:don|doesn|didn)[’']?t"
    r" (?:have|get|cause|develop|show)|without|with no|cause no|causes no|have no|has no) (?:any )?"
    r"symptoms": "asymptomatic",
    r"silent|symptomless|symptom-free": "asymptomatic",
    # other organs
    r"underactive thyroid": "hypothyroidism",
    r"overactive thyroid": "hyperthyroidism",
    r"bowel cancer": "colorectal cancer",
    r"womb cancer": "uterine cancer",
    r"lazy eye": "amblyopia",
}
"""Lay name (a pattern over lower-case words) -> the field's name."""

_LAY = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in LAY_NAMES) + r")\b")
_EACH = tuple((re.compile(rf"\A(?:{p})\Z"), name) for p, name in LAY_NAMES.items())


def lay_name_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each lay name as a pattern over running text (any case; a hyphen where a space is:
    "blood-thinning tablets", "wear-and-tear arthritis") with the field's name it says: the
    term finder reads a registry name of the field's where the page writes the lay one."""
    return tuple(
        (re.compile(r"\b(?:" + pattern.replace(" ", SPACED) + r")\b", re.IGNORECASE), name)
        for pattern, name in LAY_NAMES.items()
    )


SPACED = r"[\s-]+"  # a space of a lay name, in running text


def said_as_the_field_says(words: str) -> str:
    """``words`` (lower case, punctuation gone) with the field's name said after each lay
    name of :data:`LAY_NAMES`: "brittle bones" -> "brittle bones osteoporosis"."""
    if not _LAY.search(words):
        return words
    return _LAY.sub(_field_name, words)


@lru_cache(maxsize=4096)
def field_name(words: str) -> str | None:
    """The field's name when ``words`` (lower case, punctuation gone) are one lay name
    whole ("glue ear" -> "otitis media with effusion"), else None. Kept per text: retrieval
    asks it of the same first words of registry names for every figure."""
    return next((name for pattern, name in _EACH if pattern.match(words)), None)


def _field_name(found: re.Match[str]) -> str:
    """The lay name and the field's after it: either on the other side meets it, and the
    lay words stay words the text says ("bowel cancer screening" still says "bowel")."""
    said = found.group()
    return f"{said} {next(name for pattern, name in _EACH if pattern.match(said))}"
