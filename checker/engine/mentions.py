"""Repeated mentions: a figure introduced by "the" or "ces" that restates a quantity the article gave before."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from checker import units
from checker.claims import Claim
from checker.document import Document, per_check
from checker.engine.compare import could_slip_scale
from checker.kin import phrase_forms, widened
from checker.lexicon import cues, load_lexicon
from checker.terms import phrase_words, sentence_words

COMPARABLE_KINDS = ("count", "quantity", "money", "percent")
#: Two mentions more than this many times apart (and not by a zero or a scale word) count different things.
FAR_APART = 5.0
#: How many characters after a figure describe what it is, when it has no counted noun ("cinq ans de retard").
DESCRIPTION_REACH = 40
#: How many characters before a figure may say it names a threshold (« la barre symbolique des »).
THRESHOLD_REACH = 30
#: How many words after a figure may say it names a threshold ("the 50,000 mark", "the 50,000-resident mark").
THRESHOLD_WORDS = 2
#: How many sentences back a pronoun figure ("all five of them") may find the group it stands for.
PRONOUN_SENTENCES = 2
#: A group named again with a new noun ("the eleven rebels") is looked for only among groups this small...
RENAMED_GROUP_MAX = 200
#: ... and whose size is this close to its own (a share of the larger): a slip, not another group.
RENAMED_GROUP_GAP = 0.3
#: How many sentences back a group named again with a new noun may be.
RENAMED_SENTENCES = 10
#: A count standing for a group with no noun ("Around forty of them") is renamed later only from this size: "three of
#: them ... the two departments" is too small to tell.
PRONOUN_GROUP_MIN = 10
#: How many words before "for" name what a sum paid for ("a towing winch for €18,000").
BOUGHT_WORDS = 3
#: Clause marks read as spaces after a pronoun: "220 of them, who …" stands for a group. Not a full stop: a
#: sentence ending on one (« … relevé des incidents dans 12 d'entre eux. ») is left as it was, or the words of
#: the sentences naming its group would outweigh the figure the next sentence names again.
CLAUSE_SPACES = str.maketrans(",;:()", "     ")
#: How many words after a copula the noun saying what a group is may come ("are all teenagers", « sont des
#: adolescents »).
COPULA_WORDS = 3
#: How close a group must be to be what "those N people" stands for.
RENAMED_PEOPLE_GAP = 0.1
#: How far before a figure its determiner and a comma before it may be ("the record, the 3.1 tonnes").
APPOSITION_REACH = 12
#: How many characters before a quantity the thing it measures may be named ("ce silo de", "un silo de béton de").
POINTED_REACH = 30


def _language(document: Document, claim: Claim) -> str:
    return document.sentence_at(claim.start).language


@lru_cache(maxsize=8)
def _actions(language: str) -> dict[str, frozenset[str]]:
    """Each form of an action noun ("departures") -> the forms of the verbs saying it happened ("left")."""
    found: dict[str, frozenset[str]] = {}
    for noun, verbs in load_lexicon(language, "restatements").get("actions", {}).items():
        said = frozenset().union(*(phrase_forms(verb, language) for verb in verbs))
        for form in phrase_forms(noun, language):
            found[form] = found.get(form, frozenset()) | said
    return found


#: Quotation marks, read as spaces before a figure ("We are ten …" opens a quote).
_QUOTES = str.maketrans({mark: " " for mark in "\"“”«»‘’("})


def _preceded_by(document: Document, claim: Claim, cues: Sequence[str]) -> bool:
    before = document.text[max(0, claim.start - 12):claim.start].lower().split()
    return bool(before) and before[-1].lstrip("\"“«‘'(") in cues  # « "Those three giants »


def is_anaphoric(document: Document, claim: Claim) -> bool:
    """Is the figure introduced by a definite or demonstrative word ("the five generals", "ces quatre répliques"),
    by "the same" or a speaker counting their own group ("We are ten farmers": ``cues.restating_before``) or by an
    owner's name ("Brenner's 12,400 votes": ``cues.possessive``)?"""
    language = _language(document, claim)
    cues = load_lexicon(language, "text").get("cues", {})
    if _preceded_by(document, claim, cues.get("anaphoric", ())) or _after_relative_owner(document, claim):
        return True
    before = " " + " ".join(document.text[max(0, claim.start - 30):claim.start].lower().translate(_QUOTES).split())
    if before.endswith(_restating_before(language)):
        # "the same 38 helpers", "We were 38 volunteers" restate a group; "the same 60 pans since 1996" says it
        # did not change
        after = " " + " ".join(document.text[claim.end:claim.end + DESCRIPTION_REACH].lower().split())
        return not any(f" {cue} " in after for cue in cues.get("since_start", ()))
    before = document.text[max(0, claim.start - 30):claim.start].split()
    possessive = tuple(cues.get("possessive", ()))
    if not possessive or not before or not before[-1].endswith(possessive):
        return False
    if before[-1][:1].isupper():
        return True  # "Brenner's 12,400 votes"
    # "the association's twelve employees" after "eleven paid staff": an owner named before, and a noun (or one of
    # its family) the article has used, so the group is one already counted, not one renamed
    return (len(before) > 1 and before[-2].lower() in cues.get("anaphoric", ())
            and used_before(document, widened(head(document, claim), language), claim.start))


def _after_relative_owner(document: Document, claim: Claim) -> bool:
    """Is the figure right after "whose" (``relative_owner``: "the band's conductor, whose 45 musicians"; French
    needs none, « dont les » ends on an anaphoric « les »)? Its group is one the article counted with a noun of its
    own, never a bare figure."""
    return _preceded_by(document, claim, load_lexicon(_language(document, claim), "restatements").get(
        "relative_owner", ()))


@lru_cache(maxsize=8)
def _restating_before(language: str) -> tuple[str, ...]:
    """``cues.restating_before`` with the space that must come before each ("the same 38", "We were 38")."""
    return tuple(" " + cue for cue in load_lexicon(language, "text").get("cues", {}).get("restating_before", ()))


def _demonstrative(document: Document, claim: Claim) -> bool:
    """Is the figure introduced by "these" or "ces"? It may restate a figure of its own sentence."""
    cues = load_lexicon(_language(document, claim), "restatements").get("demonstratives", ())
    return _preceded_by(document, claim, cues)


def _later_clause(document: Document, earlier: Claim, claim: Claim) -> bool:
    """Is the figure in a later clause of the earlier one's sentence (", and", "; ", « , et »: ``clause_joints``)?"""
    between = " ".join(document.text[earlier.end:claim.start].lower().split())
    joints = load_lexicon(_language(document, claim), "restatements").get("clause_joints", ())
    return any(joint in between for joint in joints)


def _pronoun(document: Document, claim: Claim) -> bool:
    """Does the figure stand for a group named before, with no noun of its own ("all five of them", "the five
    were", « tous les cinq ont », « le Crous en a installé 80 »)?"""
    after = " ".join(document.text[claim.end:claim.end + DESCRIPTION_REACH].lower().translate(CLAUSE_SPACES).split())
    cues = load_lexicon(_language(document, claim), "restatements").get("pronoun_after", ())
    return any(f"{after} ".startswith(f"{cue} ") for cue in cues) or _counted_by_clitic(document, claim)


def _counted_by_clitic(document: Document, claim: Claim) -> bool:
    """Is the figure the object of a verb after a pronoun standing for what it counts (« en a installé 80 », « ont dû
    en ramasser 1 100 »: ``pronoun_clitic`` of lexicons/<lang>/restatements.yaml)? The verb must be one: an
    auxiliary and a participle, a counting verb, or an infinitive after a modal; « en moyenne 80 » is none. A small
    figure (« une bouteille en a blessé deux ») counts a few of the group, not the group."""
    if claim.counted or (claim.value or 0) < PRONOUN_GROUP_MIN:
        return False
    lexicon = load_lexicon(_language(document, claim), "restatements")
    clitic = lexicon.get("pronoun_clitic")
    words = document.text[max(0, claim.start - DESCRIPTION_REACH):claim.start].lower().split()
    if not clitic or len(words) < 2 or not words[-1].isalpha():
        return False
    if words[-2] == clitic:
        return words[-1] in lexicon.get("pronoun_clitic_verbs", ()) or (
            len(words) >= 3 and words[-3] in lexicon.get("pronoun_clitic_modals", ()))
    return len(words) >= 3 and words[-3] == clitic and words[-2] in lexicon.get("pronoun_clitic_auxiliaries", ())


def _threshold(document: Document, claim: Claim) -> bool:
    """Does the figure name a threshold rather than a quantity counted ("passed the 50,000 mark", « franchit la
    barre des 50 000 habitants »: ``threshold_before`` and ``threshold_after`` in
    lexicons/<lang>/restatements.yaml)? It restates nothing."""
    lexicon = load_lexicon(_language(document, claim), "restatements")
    before = " ".join(document.text[max(0, claim.start - THRESHOLD_REACH):claim.start].lower().split())
    if any(f" {before}".endswith(f" {cue}") for cue in lexicon.get("threshold_before", ())):
        return True
    after = document.text[claim.end:claim.end + DESCRIPTION_REACH].lower().replace("-", " ").split()
    return any(word.strip(",.;:") in lexicon.get("threshold_after", ()) for word in after[:THRESHOLD_WORDS])


def _after(document: Document, claim: Claim, next_start: int | None) -> str:
    """The words right after a figure, up to the next figure (starting at ``next_start``) or punctuation mark
    (whole words)."""
    end = claim.end + DESCRIPTION_REACH if next_start is None else min(claim.end + DESCRIPTION_REACH, next_start)
    while end < len(document.text) and document.text[end].isalpha():
        end += 1
    text = document.text[claim.end:end]
    cut = min((position for position in (text.find(mark) for mark in ",.;:()") if position >= 0), default=len(text))
    return text[:cut]


def _known_as(document: Document, claim: Claim) -> str:
    """The name a figure's group is given right after it ("nine cellar hands, known here simply as the turners",
    « neuf caviste, surnommés les retourneurs »: ``cues.known_as``), or ""."""
    text = document.text[claim.end:claim.end + 2 * DESCRIPTION_REACH]
    comma = text.find(",")
    if comma < 0 or any(mark in text[:comma] for mark in ".;:()"):
        return ""
    rest = text[comma + 1:].lstrip()
    lowered = rest.lower()
    cue = next((cue for cue in sorted(cues(_language(document, claim), "known_as"), key=len, reverse=True)
                if lowered.startswith(cue + " ")), None)
    if cue is None:
        return ""
    named = rest[len(cue):]
    cut = min((position for position in (named.find(mark) for mark in ",.;:()") if position >= 0), default=len(named))
    return named[:cut]


def description(document: Document, claim: Claim, next_start: int | None) -> list[frozenset[str]]:
    """What the figure is of, word by word (the forms of each): its counted noun phrase, the words right after
    it up to the next figure, which starts at ``next_start`` (the first claim start at or after the figure's end),
    and the name its group is given right after ("known as the turners")."""
    language = _language(document, claim)
    after = _after(document, claim, next_start)
    named = _known_as(document, claim)
    bought = _bought_before(document, claim)
    return [frozenset(word.forms) for word in phrase_words(f"{claim.counted or ''} {after} {named} {bought}",
                                                           language)]


def _bought_before(document: Document, claim: Claim) -> str:
    """For a sum, the words of its clause before "for" / « pour » right before it (``cues.price_of_before``: "has
    bought a towing winch for €18,000"): what the sum paid for, which a later "the €16,000 winch" names again."""
    if claim.kind != "money":
        return ""
    before = document.text[max(0, claim.start - 2 * DESCRIPTION_REACH):claim.start]
    clause = before[max(before.rfind(mark) for mark in ",.;:()") + 1:]
    words = clause.split()
    if len(words) < 2 or words[-1].lower() not in cues(_language(document, claim), "price_of_before"):
        return ""
    return " ".join(words[-1 - BOUGHT_WORDS:-1])


def head(document: Document, claim: Claim) -> frozenset[str]:
    """The forms of the head noun of what the figure counts ("schools" of "primary schools", "navires" of
    "navires de maintenance", "répliques" of "fortes répliques": lexicons/<lang>/restatements.yaml,
    ``before_noun``); empty with no counted noun or a generic one ("people")."""
    language = _language(document, claim)
    head_first, generic, adjectives = _head_rules(language)
    written = phrase_words(claim.counted or "", language)
    # « ces sept jeunes »: an adjective alone stands for its noun
    phrase = [word for word in written if not frozenset(word.forms) & adjectives] or list(written[-1:])
    if not phrase:
        return frozenset()
    word = phrase[0] if head_first else phrase[-1]
    return frozenset() if frozenset(word.forms) & generic else frozenset(word.forms)


@lru_cache(maxsize=8)
def _head_rules(language: str) -> tuple[bool, frozenset[str], frozenset[str]]:
    """Whether the head comes first, the forms of generic heads and of adjectives placed before the noun."""
    rules = load_lexicon(language, "text").get("counted_head", {})
    generic = frozenset().union(*(phrase_forms(noun, language) for noun in rules.get("generic", ())))
    adjectives = frozenset().union(*(phrase_forms(word, language)
                                     for word in load_lexicon(language, "restatements").get("before_noun", ())))
    return rules.get("position") == "first", generic, adjectives


def _same_kind(first: Claim, second: Claim) -> bool:
    if first.kind != second.kind or first.change or second.change:
        return False
    if first.kind == "quantity":
        return units.same_dimension(first.unit, second.unit)
    return first.unit == second.unit


def _said_to_happen(document: Document, claim: Claim, earlier: Claim) -> bool:
    """Is the later figure's noun an action ("the two departures") that the earlier figure's sentence, after
    the figure, says happened ("Three senior executives ... left the company")?"""
    language = _language(document, claim)
    verbs = frozenset().union(*(_actions(language).get(form, ()) for form in head(document, claim)))
    if not verbs:
        return False
    sentence = document.sentences[earlier.sentence]
    return bool(verbs & phrase_forms(document.text[earlier.end:min(sentence.end, claim.start)], language))


def _said_to_be(document: Document, earlier: Claim, forms: frozenset[str]) -> bool:
    """Does the earlier figure's clause say its things are what ``forms`` name ("Nine of the players are
    teenagers", « Neuf des musiciens sont des adolescents »: a copula of ``copulas`` in
    lexicons/<lang>/restatements.yaml, then the noun within ``COPULA_WORDS`` words)?"""
    language = _language(document, earlier)
    sentence = document.sentences[earlier.sentence]
    after = document.text[earlier.end:sentence.end]
    clause = after[:min((at for at in (after.find(mark) for mark in ",;:()") if at >= 0), default=len(after))]
    tokens = clause.lower().split()
    copulas = load_lexicon(language, "restatements").get("copulas", ())
    at = next((index for index, token in enumerate(tokens) if token in copulas), None)
    return at is not None and not forms.isdisjoint(
        phrase_forms(" ".join(tokens[at + 1:at + 1 + COPULA_WORDS]), language))


def _named_by_pronoun(document: Document, earlier: Claim, forms: frozenset[str]) -> bool:
    """Does the earlier figure's sentence open with a subject pronoun standing for a group the sentence before names
    with one of ``forms`` ("… relies on its volunteers. They were 230 signed up …", « … repose sur les bénévoles.
    Ils étaient 230 inscrits »: ``cues.pronoun_subjects``)? Then a later figure of that noun restates it."""
    if earlier.sentence == 0:
        return False
    sentence = document.sentences[earlier.sentence]
    opening = document.text[sentence.start:earlier.start].lstrip(" «“\"(").lower()
    if not any(opening.startswith(cue + " ") for cue in cues(sentence.language, "pronoun_subjects")):
        return False
    return any(not forms.isdisjoint(word.forms) for word in sentence_words(document)[earlier.sentence - 1])


def _groups_before(document: Document, claim: Claim, claims: Sequence[Claim], sentences: int = PRONOUN_SENTENCES,
                   same_sentence: bool = False, pronouns: bool = False) -> list[Claim]:
    """The earlier counts with a noun ``sentences`` sentences back at most (or earlier in the figure's own
    sentence, when ``same_sentence``), in order; with ``pronouns``, also counts standing for a group named before
    ("Around forty of them drove to the prefecture")."""
    last = claim.sentence + 1 if same_sentence else claim.sentence
    return [other for other in claims if other.start < claim.start and other.kind == "count"
            and (other.counted or (pronouns and (other.value or 0) >= PRONOUN_GROUP_MIN and _pronoun(document, other)))
            and claim.sentence - sentences <= other.sentence < last and not other.change]


def _group_before(document: Document, claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The group a pronoun figure stands for: the nearest earlier count with a noun, a sentence or two back, or
    earlier in its own sentence when the pronoun figure is in a later clause ("The museum hired 35 seasonal
    guides, and all 28 of those recruits have been kept on")."""
    earlier = _groups_before(document, claim, claims)
    own = [other for other in _groups_before(document, claim, claims, 0, same_sentence=True)
           if _later_clause(document, other, claim)]
    found = earlier + own
    return found[-1] if found else None


def antecedent(document: Document, claim: Claim, claims: Sequence[Claim],
               describe: Callable[[Claim], list[frozenset[str]]]) -> Claim | None:
    """The earlier figure a "the"/"ces" figure restates: of the same kind, in an earlier sentence (or earlier in
    its own after "ces"), whose description shares the most words with it, a noun that may name the same things
    counting as a shared word (the nearest on a tie); None when the figure is not such a restatement. Two figures
    whose head nouns name different things ("rames" ... "agents") are not one restated. ``describe`` gives a
    figure's ``description`` (the check context's, computed once per figure)."""
    if claim.kind not in COMPARABLE_KINDS or claim.change or _threshold(document, claim):
        return None
    if not is_anaphoric(document, claim):
        return _measure_of_noun_pointed_at(document, claim, claims)
    if claim.kind == "count" and _pronoun(document, claim):
        return _group_before(document, claim, claims)
    language = _language(document, claim)
    own = [widened(forms, language) for forms in describe(claim)]
    if not own:
        # "six semaines … Au bout de ces huit semaines,": a quantity pointed back at with no words of its own
        return _measure_before(document, claim, claims, False) if _demonstrative(document, claim) else None
    own_head = widened(head(document, claim), language)
    same_sentence = _demonstrative(document, claim)
    counted_only = _after_relative_owner(document, claim)
    best: tuple[int, bool, int, Claim] | None = None
    for earlier in claims:
        if earlier.start >= claim.start or not _same_kind(earlier, claim) or (counted_only and not earlier.counted):
            continue
        if earlier.sentence == claim.sentence and not same_sentence and not (
                own_head and (own_head & head(document, earlier) or _said_to_happen(document, claim, earlier))
                and _later_clause(document, earlier, claim)):
            continue  # "The town hired 42 lifeguards ..., and the mayor said the forty lifeguards": restated
        their_head = head(document, earlier)
        # "Quatorze élus sortants ... ces 17 sortants", "Trois camions-citernes ... des quatre citernes": the later
        # head may be another word of the earlier noun phrase.
        if own_head and their_head and not own_head & (their_head | phrase_forms(earlier.counted or "", language)
                                                       | phrase_forms(_known_as(document, earlier), language)
                                                       | _complement(document, earlier)):
            if _said_to_happen(document, claim, earlier) or _named_by_pronoun(document, earlier, own_head) \
                    or _said_to_be(document, earlier, own_head):
                shared = 1
            else:
                continue
        else:
            named = frozenset().union(*_group_named_before(document, earlier))
            if own_head and not their_head and not own_head & named and _counted_by_clitic(document, earlier):
                continue  # « Le département en recensait 598 700 » (inhabitants) ... « les 298 communes du … »
            theirs = frozenset().union(*describe(earlier), named)
            shared = sum(1 for forms in own if forms & theirs) or int(
                bool(own_head) and not their_head and _named_by_pronoun(document, earlier, own_head))
        # of two figures sharing as much, one of a size the later could misstate is meant ("Quatorze doctorants
        # ... plus de 6 000 chercheurs ... les seize jeunes chercheurs")
        rank = (shared, not far_apart(earlier, claim), earlier.start)
        if shared and (best is None or rank > best[:3]):
            best = (*rank, earlier)
    if best is None:
        restatements = load_lexicon(language, "restatements")
        if _preceded_by(document, claim, restatements.get("first_person", ())):
            # « mes trois patous »: a speaker's own group, renamed from none, unless the group before was told as a
            # person's own ("He has two apprentices … my three lads")
            group = _renamed_group(document, claim, claims, own_head)
            return group if group is not None and _told_as_own(document, group, language) else None
        return (_renamed_group(document, claim, claims, own_head)
                or _measure_before(document, claim, claims, same_sentence))
    return _nearer_part(document, best[3], claim, claims)


def _told_as_own(document: Document, group: Claim, language: str) -> bool:
    """Is the group told right before its figure as a person's own ("He has two apprentices", « Il a deux
    apprentis »: ``own_group_before`` of lexicons/<lang>/restatements.yaml)?"""
    before = " " + " ".join(document.text[max(0, group.start - 30):group.start].lower().replace("’", "'").split())
    return before.endswith(tuple(" " + cue for cue in load_lexicon(language, "restatements").get(
        "own_group_before", ())))


#: How many characters after a figure's noun may hold the complement saying what its group is (« à la retraite »).
COMPLEMENT_REACH = 30


def _complement(document: Document, claim: Claim) -> frozenset[str]:
    """The forms of the words right after a figure's noun, before any comma, that say what its group is: « deux
    électriciens à la retraite » … « les trois retraités » names that group again."""
    if not claim.counted:
        return frozenset()
    found = document.text.find(claim.counted, claim.end, claim.end + DESCRIPTION_REACH)
    if found == -1:
        return frozenset()
    start = found + len(claim.counted)
    after = document.text[start:start + COMPLEMENT_REACH]
    if document.text[start + COMPLEMENT_REACH:start + COMPLEMENT_REACH + 1].isalnum():
        after = after.rsplit(maxsplit=1)[0] if " " in after.strip() else ""  # no cut word
    clause = re.split(r"[,.;:()«»\"“”]", after)[0]  # « douze rapaces de l'équipe : faucons, buses »: a list
    return phrase_forms(clause, _language(document, claim))


def _measure_before(document: Document, claim: Claim, claims: Sequence[Claim], same_sentence: bool) -> Claim | None:
    """The measure a "the"/"ces" quantity with no words in common stands for: the nearest earlier quantity in its
    unit ("18 hectares of vines ... the 23 hectares", "about six seconds ... those eight seconds"): the unit says
    what is measured, and "the" says it was measured before. Not a quantity describing a noun ("the nine-month
    trial"), nor one in apposition to a noun phrase that says what it is ("the previous record, the 3.1 tonnes
    found in 2023"). A demonstrative after a comma still points back ("Au bout du compte, ces 6 tonnes")."""
    if claim.kind != "quantity" or claim.unit is None or "-" in claim.text:
        return None
    determiner_at = document.text.rfind(" ", max(0, claim.start - APPOSITION_REACH), claim.start - 1)
    if document.text[max(0, determiner_at - APPOSITION_REACH):determiner_at].rstrip().endswith(",") \
            and not _demonstrative(document, claim):
        return None
    # "the"/« les » with a noun of its own points at a measure of that noun, or of none; "these"/« ces » points back
    # whatever the nouns ("8 tonnes of logs … those 6 tonnes of wood")
    own_head = frozenset() if _demonstrative(document, claim) else head(document, claim)
    earlier = [other for other in claims if other.start < claim.start and other.kind == "quantity"
               and other.unit == claim.unit and not other.change and other.value is not None
               and (other.sentence < claim.sentence or same_sentence)
               # "720 mètres d'altitude" measures no « 30 mètres de planches »
               and not (own_head and (their_head := head(document, other)) and not own_head & their_head)]
    return earlier[-1] if earlier else None


def _measure_of_noun_pointed_at(document: Document, claim: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The measure a quantity gives again of a thing pointed back at: « un silo de béton de 4 500 m³ … la
    température de ce silo de 5 400 m³ » (``pointed_noun``: a demonstrative, a noun, a link), or the sum of a
    thing named again after "the" (« une banque a prêté 600 000 euros … rembourser le prêt de 650 000 euros »:
    ``definite``): the nearest earlier figure of its kind and unit with that noun, or a word of its family, among
    the words just before it."""
    if claim.kind not in ("quantity", "money") or claim.unit is None:
        return None
    language = _language(document, claim)
    pointed = load_lexicon(language, "restatements").get("pointed_noun", {})
    determiners = pointed.get("determiners", ()) if claim.kind == "quantity" else pointed.get("definite", ())
    before = document.text[max(0, claim.start - POINTED_REACH):claim.start].lower().split()
    if len(before) < 3 or before[-1] not in pointed.get("links", ()) or before[-3] not in determiners:
        return None
    noun = widened(frozenset().union(*(word.forms for word in phrase_words(before[-2], language))), language)
    if not noun:
        return None
    sentences = sentence_words(document)
    for earlier in reversed(claims):
        if (earlier.start < claim.start and earlier.kind == claim.kind and earlier.unit == claim.unit
                and not earlier.change and earlier.value is not None
                and any(word.end <= earlier.start and word.start >= earlier.start - POINTED_REACH
                        and noun & frozenset(word.forms) for word in sentences[earlier.sentence])):
            return earlier
    return None


def _group_named_before(document: Document, claim: Claim) -> list[frozenset[str]]:
    """For a count standing for a group with no noun ("Hospitals were the worst hit. About 40 of them ...", « 260
    salariés ... Une quarantaine d'entre eux »), the words naming that group: those of the sentence before and of
    its own sentence before it."""
    if claim.kind != "count" or claim.counted or not _pronoun(document, claim):
        return []
    if (named := _noun_after_determiner(document, claim)):
        return [named]  # "Two of those apprentices": the noun names the group
    sentences = sentence_words(document)
    before = sentences[claim.sentence - 1] if claim.sentence > 0 else ()
    own = [word for word in sentences[claim.sentence] if word.end <= claim.start]
    return [frozenset(word.forms) for word in (*before, *own)]


def _noun_after_determiner(document: Document, claim: Claim) -> frozenset[str]:
    """The forms of the noun right after "of those" / "of these" (``determiner_after`` of
    lexicons/<lang>/restatements.yaml) when the article has used it before ("six apprentices … Two of those
    apprentices"); empty otherwise ("two of those hired")."""
    language = _language(document, claim)
    after = " ".join(document.text[claim.end:claim.end + DESCRIPTION_REACH].lower().split())
    for cue in load_lexicon(language, "restatements").get("determiner_after", ()):
        if after.startswith(f"{cue} "):
            words = list(phrase_words(after[len(cue):], language))
            if words and used_before(document, frozenset(words[0].forms), claim.start):
                return frozenset(words[0].forms)
    return frozenset()


@per_check
def _first_uses(document: Document) -> dict[str, int]:
    """Each form of the article's words -> where the first word having it starts (only the article being checked
    is kept)."""
    found: dict[str, int] = {}
    for sentence in sentence_words(document):
        for word in sentence:
            for form in word.forms:
                found.setdefault(form, word.start)
    return found


def used_before(document: Document, forms: frozenset[str], position: int) -> bool:
    """Does the article use one of these word forms before ``position``?"""
    first_uses = _first_uses(document)
    return any(first_uses.get(form, position) < position for form in forms)


def _used_between(document: Document, forms: frozenset[str], start: int, end: int) -> bool:
    """Does the article use one of these word forms between ``start`` and ``end``, as a word of its own (the
    "digger" of "a mini-digger" is a machine, not the "diggers" who drove it)?"""
    first, last = document.sentence_at(start).index, document.sentence_at(end).index
    text = document.text
    return any(start <= word.start < end and not forms.isdisjoint(word.forms) and text[word.start - 1:word.start] != "-"
               for sentence in sentence_words(document)[first:last + 1] for word in sentence)


def _renamed_group(document: Document, claim: Claim, claims: Sequence[Claim], own_head: frozenset[str]) -> Claim | None:
    """The group a "the"/"ces" figure names again with a noun of its own ("twelve members of the coalition
    voted against ... The eleven rebels"; « Sept députés ... Ces huit frondeurs »): a noun the article has not
    used since the group was named is introduced as known, so it stands for the nearest earlier group of people or
    things, up to ``RENAMED_SENTENCES`` back (a sentence or two after a possessive), when that group's size is
    close (``RENAMED_GROUP_GAP``). After "the" only small
    groups count (``RENAMED_GROUP_MAX``: "the 27 member states" may be new); a demonstrative points back
    whatever the size (« 2 300 saisonniers ... ces 3 200 recrues »), and may even have a generic noun when the
    sizes are closer still ("5,900 spectators ... those 6,100 people": ``RENAMED_PEOPLE_GAP``)."""
    if claim.kind != "count" or claim.value is None:
        return None
    demonstrative = _demonstrative(document, claim)
    if not own_head and not (demonstrative and _generic_head(document, claim)):
        return None
    language = _language(document, claim)
    largest = math.inf if demonstrative else RENAMED_GROUP_MAX
    share = RENAMED_GROUP_GAP if own_head else RENAMED_PEOPLE_GAP
    if claim.value > largest:
        return None
    # Beyond a sentence or two, a group is named again by "the" or "those", not by an owner's "his seven councillors"
    sentences = PRONOUN_SENTENCES if _owned(document, claim) else RENAMED_SENTENCES
    pronouns = not _after_relative_owner(document, claim)
    for group in reversed(_groups_before(document, claim, claims, sentences, same_sentence=True, pronouns=pronouns)):
        if group.sentence == claim.sentence and not demonstrative and not _later_clause(document, group, claim):
            continue  # in its own sentence, only a group of an earlier clause ("a team of 16 machinists ..., and
            # management has promised that the 19 sewers")
        if group.value is None or group.value > largest or not float(group.value).is_integer():
            continue  # a group is a whole number of people or things ("13,4 points" is none)
        if own_head and _place_and_people(own_head, head(document, group), language):
            continue  # "Two residents … the three hamlets up the valley": places are no people renamed
        if own_head and _used_between(document, own_head, group.end, claim.start):
            return None  # a noun used since names its own group ("... 18 local farmers ... the drivers ... the 16
            # drivers"), not one used before the group was ("140 staff, from drivers to mechanics ... 18 farmers")
        gap = abs(group.value - claim.value)
        if gap <= max(share * max(group.value, claim.value), 1):
            return group if gap else None  # the nearest group of about its size: "four cooling towers ... those
    return None                            # three concrete giants", past "about 40 older workers"


def _place_and_people(first: frozenset[str], second: frozenset[str], language: str) -> bool:
    """Is one of the two nouns one of places (``places`` of lexicons/<lang>/restatements.yaml) and the other one of
    people (``people_noun``, its synonyms and the narrower nouns it covers)?"""
    places, people = _place_and_people_forms(language)
    return bool((first & places and second & people) or (first & people and second & places))


@lru_cache(maxsize=8)
def _place_and_people_forms(language: str) -> tuple[frozenset[str], frozenset[str]]:
    lexicon = load_lexicon(language, "restatements")
    places = frozenset(form for noun in lexicon.get("places", ()) for form in phrase_forms(noun, language))
    return places, widened(phrase_forms(lexicon.get("people_noun", ""), language), language)


def _owned(document: Document, claim: Claim) -> bool:
    """Is the figure introduced by a possessive ("his seven councillors", « ses trois enfants »)?"""
    cues = load_lexicon(_language(document, claim), "restatements").get("possessives", ())
    return _preceded_by(document, claim, cues)


def _generic_head(document: Document, claim: Claim) -> bool:
    """Is the figure's noun a generic one ("people", « personnes »)?"""
    language = _language(document, claim)
    _, generic, _ = _head_rules(language)
    return bool(claim.counted) and bool(phrase_forms(claim.counted, language) & generic)


def _nearer_part(document: Document, whole: Claim, later: Claim, claims: Sequence[Claim]) -> Claim:
    """The part of a whole ("Four of the airline's 38 aircraft") when its value is nearer the later figure's
    ("the three jets" restates the four, not the 38); else the whole."""
    before = [other for other in claims if other.sentence == whole.sentence and other.end <= whole.start]
    if not before or before[-1].kind != whole.kind or not before[-1].value or not whole.value or not later.value:
        return whole
    part = before[-1]
    between = " ".join(document.text[part.end:whole.start].lower().split())
    cues = load_lexicon(_language(document, whole), "text").get("cues", {}).get("share_of", ())
    if any(mark in between for mark in ",;:()") or not any(f"{between} ".startswith(f"{cue} ") for cue in cues):
        return whole
    return part if abs(math.log(part.value / later.value)) < abs(math.log(whole.value / later.value)) else whole


def restates(first: Claim, later: Claim) -> bool:
    """Can ``later`` be the same figure as ``first``, written with another precision or hedge? Either value
    must fall in the other's interval: "1,180,000" restates "1.2 million"; "five" does not restate "six",
    nor "cinq ans" "quatre ans" although their roundings touch."""
    a, b = first.interval, later.interval
    if a is None or b is None or first.value is None or later.value is None:
        return True
    return a.low <= later.value <= a.high or b.low <= first.value <= b.high


def far_apart(first: Claim, later: Claim) -> bool:
    """Are the two figures too far apart to be one quantity misstated ("two ... licensed fishermen" and "the 86
    licensed fishermen of the estuary")? A slip changes a figure a little, or by a scale word or a zero."""
    if not first.value or not later.value or first.value <= 0 or later.value <= 0:
        return False
    smaller = min(first.value, later.value)
    ratio = max(first.value, later.value) / smaller
    # a scale word slips only on figures that can carry one ("86 idées" is no "86 000" misstated)
    slips = (1, 3, 6, 9) if could_slip_scale(smaller) else (1,)
    return ratio > FAR_APART and not any(abs(ratio / 10 ** power - 1) < 0.25 for power in slips)
