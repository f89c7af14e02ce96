"""How the words around figures tie them: as a part and its whole ("21 of the 50", "412 of the airline's
640 pilots", "24 seats out of 87"), shared by the matcher (a part never takes its whole's reference) and the
arithmetic rule (a share is checked against its part and whole); as a figure and its conversion ("207 km/h
(129 mph)", "420 metres long (1,378 feet)"), shared by the matcher and the conversion rule; and what is said
of a figure right after it or its noun ("four more examiners", "1,340 items in all") or before it ("bringing its
payroll to 202"), shared by the matcher and the arithmetic rule."""

from __future__ import annotations

from functools import lru_cache

from checker import units
from checker.claims import Claim
from checker.lexicon import cues

#: How many words of a noun may stand between a part and a cue ("24 seats out of 87").
PART_NOUN_WORDS = 2


def part_of_link(between: str, language: str) -> bool:
    """Does ``between`` (the text between two figures, lower-cased, spaces collapsed) link a part to its whole:
    "of the", "of the airline's" (an owner, ``cues.possessive``), or a noun then "out of" ("24 seats out of 87")?"""
    part_of, possessive = cues(language, "part_of"), cues(language, "possessive")
    words = between.split()
    if words and possessive and words[-1].endswith(possessive):
        words = words[:-1]  # "of the airline's 640": whose whole it is
    linking = " ".join(words)
    if linking in part_of:
        return True
    return (len(words) <= PART_NOUN_WORDS + 2 and not any(mark in between for mark in ",;:()")
            and any(linking.endswith(" " + cue) for cue in part_of if " " in cue))


#: How many words (a dimension: "long", « de long ») may stand between a figure and the bracket opening its
#: conversion.
CONVERSION_WORDS = 2
#: How far into the text after a figure its counted noun may start ("of ", « de », « d' »).
NOUN_LINK_CHARACTERS = 4
#: How far off its conversion a hedged figure after a comma may be and still be one, misstated.
ROUGH_CONVERSION_FACTOR = 2.0
#: How many words (where the figure was: "on the way out") may stand between it and the comma before its rough
#: conversion.
ROUGH_CONVERSION_WORDS = 4
#: How many words of one clause may say more of a figure before a comma and a restating word opening its conversion.
RESTATED_AFTER_WORDS = 8
#: How far from the conversion done the wrong way (multiplied instead of divided) such a figure may be.
WRONG_WAY_SLACK = 0.1


def conversion_link(between: str, language: str, counted: str | None = None) -> bool:
    """Does ``between`` (lower-cased, spaces collapsed) open a conversion of the figure before it: "(", ", or",
    « soit », or a bracket after a word or two ("420 metres long (1,378 feet)"), maybe after what the figure
    measures (its ``counted`` noun: "38 kilometres of linen thread (23.6 miles)")?"""
    noun = " ".join((counted or "").lower().split())
    at = between.find(noun) if noun else -1
    if 0 <= at <= NOUN_LINK_CHARACTERS:
        between = between[at + len(noun):].strip()
    openers = cues(language, "conversion_open")
    if between in openers:
        return True
    words = between.split()
    if not 1 < len(words) <= CONVERSION_WORDS + RESTATED_AFTER_WORDS or any(char.isdigit() for char in between):
        return False
    if words[-1].startswith("(") and words[-1] in openers:
        return len(words) <= CONVERSION_WORDS + 1 and all(word.isalpha() for word in words[:-1])
    # « 96 mètres d'un seul tenant, soit près de 400 pieds », « 85 tonnes de saumon et de truite de mer par an, soit
    # 8 500 kilos »: a comma and a restating word after a few words of one clause
    return (any(between.endswith(opener) for opener in openers if opener.startswith(","))
            and not any(mark in between.rsplit(",", 1)[0] for mark in ",;:()"))


def rough_conversion(between: str, first: Claim, second: Claim) -> bool:
    """Is a figure set off by a comma right after another of its dimension (maybe after its noun and a
    few words, maybe quoted: « 1 650 kilomètres de route à l'aller, « plus de 2 600 miles » ») a rough
    conversion of it ("la tournée couvre 140 km, près de 110 miles comme disent les anciens")? Only if it is
    within a factor of ``ROUGH_CONVERSION_FACTOR`` of the conversion, or near the conversion done the wrong way
    (1,650 km times 1.609 instead of divided by it): "62 feet, about eight nautical miles" are two lengths."""
    if not first.value or not second.value:
        return False
    noun = " ".join((first.counted or "").lower().split())
    at = between.find(noun) if noun else -1
    if 0 <= at <= NOUN_LINK_CHARACTERS:
        between = between[at + len(noun):]
    between = between.strip(" «“\"")
    words = between[:-1].split()
    if not between.endswith(",") or len(words) > ROUGH_CONVERSION_WORDS or any(not word.replace("'", "").replace(
            "’", "").isalpha() for word in words):
        return False
    converted = units.convert(first.value, first.unit, second.unit)
    if not converted:
        return False
    ratio = second.value / converted
    wrong_way = first.value * first.value / converted
    return 1 / ROUGH_CONVERSION_FACTOR <= ratio <= ROUGH_CONVERSION_FACTOR or abs(
        second.value / wrong_way - 1) <= WRONG_WAY_SLACK


#: How far after a figure (beyond its counted noun) a phrase said of it may end.
SAID_AFTER_REACH = 30
#: Words joining a second noun to what a figure counts ("children and adults", « enfants et adultes »).
COORDINATORS = frozenset({"and", "et"})


def said_after(text: str, start: int, counted: str | None, phrases: tuple[str, ...]) -> bool:
    """Is one of ``phrases`` (lower-case) said of the figure ending at ``start`` in ``text``: right after it, after
    its counted noun ("une quarantaine de bêtes en moyenne", "1,340 items in all"), or as the last word of that
    noun (« quatre inspecteurs supplémentaires »)?"""
    openings, endings = _spellings(phrases)
    noun = " ".join((counted or "").lower().split())
    if noun and (f" {noun} ".endswith(endings) or f" {noun} ".startswith(endings)):
        return True  # « quatre inspecteurs supplémentaires », "200 extra beds"
    after = " ".join(text[start:start + SAID_AFTER_REACH + len(noun)].lower().split())
    at = after.find(noun) if noun else -1
    if 0 <= at <= 4:  # the noun right after the figure ("de bêtes", "of cattle")
        after = after[at + len(noun):]
        # "more than 200 children and adults in all": a plural noun joined to the counted one (not "2,950 people
        # and injured more than 8,000": a verb)
        words = after.split()
        if len(words) > 2 and words[0] in COORDINATORS and words[1].endswith(("s", "x")):
            after = " ".join(words[2:])
    return f" {after.strip()} ".startswith(openings)  # a comma ends it ("19 towns, more than two-thirds")


@lru_cache(maxsize=256)
def _spellings(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrases as they may open what follows a figure (" in all ", " in all.", " in all,") and as whole words
    (" in all "), for one ``str.startswith`` / ``str.endswith`` call each."""
    return (tuple(f" {phrase}{end}" for phrase in phrases for end in (" ", ".", ",")),
            tuple(f" {phrase} " for phrase in phrases))


#: How many words before a level, its "to" included, the verb bringing things to it may come ("bringing its local
#: payroll to 202"), and within how many characters.
LEVEL_VERB_WORDS = 8
LEVEL_VERB_REACH = 60


def brought_to(text: str, start: int, language: str) -> bool:
    """Is the figure starting at ``start`` the level something is brought to ("bringing its local payroll to 202", «
    portant ses effectifs locaux à 202 »): a verb of ``cues.level_verbs`` among the few words before, then "to"/« à »
    (``cues.level_links``)?"""
    words = text[max(0, start - LEVEL_VERB_REACH):start].lower().split()
    if not words or words[-1] not in cues(language, "level_links"):
        return False
    window = " " + " ".join(words[-LEVEL_VERB_WORDS:-1]) + " "
    return any(f" {verb} " in window for verb in cues(language, "level_verbs"))
