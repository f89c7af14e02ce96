"""Rule kind for the same quantity stated twice in one article with different values."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from checker.claims import OPEN_BOUNDS, Claim
from checker.engine.base import CheckContext, RuleKind
from checker.engine.mentions import DESCRIPTION_REACH, far_apart, head, restates, used_before
from checker.kin import phrase_forms, widened
from checker.lexicon import cues, load_lexicon
from checker.report import Finding
from checker.terms import phrase_words, sentence_words
from checker.timing import is_deadline

#: Date granularities that name a period a figure is for ("en 2023"), not a day something happened.
LONG_PERIODS = ("month", "quarter", "season", "year", "decade")
#: How much larger than the first mention a later one may be and still be the same group misstated.
SLIP_SHARE = 0.3
#: A later figure of the first mention's noun narrowed by what follows it ("the 80 firefighters who answered") but
#: larger is no part of it: the same group misstated, unless this many times larger (then it may be the whole) or
#: narrowed by its owner ("the 85 firefighters of the county", ``cues.owner_after``).
WHOLE_RATIO = 2.0


class InternalContradiction(RuleKind):
    """The article states the same quantity twice with different values.

    Why: a figure corrected in one paragraph and not in another is a classic
    error of rewritten copy.
    Passes: "six North Korean generals were seen" ... "the six generals".
    Fails: "six North Korean generals were seen" ... "the five generals".
    The later mention is flagged; ``related_claim_ids`` points to the first.
    Only a restatement is compared: a figure introduced by "the", "these",
    "les", "ces" (lexicons/<lang>/text.yaml, ``cues.anaphoric``) and an earlier
    figure of the same kind and unit describing the same thing, maybe with
    another noun ("schools" ... "buildings") or none ("all five of them"):
    see checker/engine/mentions.py and lexicons/<lang>/restatements.yaml. Two bare
    mentions ("six officials" ... "five officials said") are as often a group
    and part of it as a correction, so they are left alone, and so is a later
    sentence that also gives the first value ("three defendants were
    convicted" ... "three of the five defendants"): the first figure is
    restated there, so the other one counts something else; nor one that
    restates another figure of the first one's sentence ("trois des douze
    jurés" ... "l'un des trois jurés"). Nor is a later
    figure narrowed by what follows its noun ("its five engineers in Paris",
    ``cues.subgroup_after``), by a word right after the figure ("the two
    most senior generals", ``cues.subgroup_before``) or by a word of its noun
    phrase the first mention lacks, when it is smaller ("its two Argentine
    players" after "four players"): it counts part of the group. A group of
    the same noun a little larger is no part of it ("around 70 firefighters"
    ... "the 85 firefighters who answered"), unless its owner is named ("the
    85 firefighters of the county"). Nor are two groups
    told apart by what happened to them ("twelve soldiers were killed" ...
    "the 30 soldiers wounded", ``cues.outcomes``), or by the periods their
    sentences name ("3 milliards d'aides en 2023" ... "des 2 milliards
    prévus en 2024"), nor a later figure its own reference reports ("Its 23
    fences ... Of the 18 runners", each on file).
    """

    name = "internal"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        for claim in context.claims:
            first = context.antecedent(claim)
            if first is None or _compared(context, claim):
                continue
            if (restates(first, claim) or far_apart(first, claim) or self._restated_beside(context, first, claim)
                    or self._restates_another(context, first, claim) or self._difference(context, first, claim)
                    or self._subgroup(context, first, claim) or self._narrower(context, first, claim)
                    or self._other_outcome(context, first, claim) or self._other_period(context, first, claim)):
                continue
            yield self.finding(context, claim, {"first": context.quote(first)}, related=[first.id],
                               expected=first.text)

    @staticmethod
    def _restated_beside(context: CheckContext, first: Claim, later: Claim) -> bool:
        """Does another figure of the later mention's sentence write the first one's value ("three of the five")?
        A figure open at one end does not ("at least 14 crumbling schools" gives no count of 19 schools)."""
        interval = first.interval
        first_head = head(context.document, first)
        return any(other is not later and other is not first and other.sentence == later.sentence
                   and other.kind == first.kind and other.value is not None and interval is not None
                   and interval.low <= other.value <= interval.high
                   # "Douze jardiniers" ... "les dix jardiniers ..., confié à une douzaine de moutons": sheep
                   and not _other_things(context, first_head, other) for other in context.claims)

    @staticmethod
    def _difference(context: CheckContext, first: Claim, later: Claim) -> bool:
        """Is the later figure the gap between the first one and another figure of its sentence counting the same
        things ("five maternity units would close, up from the three it had listed" ... "one of the two added")?
        It counts the change."""
        if first.value is None or later.value is None:
            return False
        first_head = head(context.document, first)
        # of the same things: "32 associations ... neuf camions" differ by 23 by chance
        return any(other is not first and other.sentence == first.sentence and other.kind == first.kind
                   and other.value is not None and abs(first.value - other.value) == later.value
                   and (not first_head or not (other_head := head(context.document, other))
                        or other_head & first_head)
                   and not _counted_apart(context, first, other)
                   for other in context.claims)

    @staticmethod
    def _restates_another(context: CheckContext, first: Claim, later: Claim) -> bool:
        """Does the later figure restate another figure of the first one's sentence, of the same thing ("Trois des
        douze jurés" ... "l'un des trois jurés")?"""
        own = frozenset().union(*context.description(later))
        # an open figure restates no size: "fewer than 2,300 civil parties" gives no count of 55 lawyers
        return any(other is not first and other is not later and other.sentence == first.sentence
                   and other.kind == later.kind and other.value is not None
                   and other.qualifier not in OPEN_BOUNDS and restates(other, later)
                   and own & frozenset().union(*context.description(other))
                   for other in context.claims)

    @staticmethod
    def _narrower(context: CheckContext, first: Claim, later: Claim) -> bool:
        """Is the later figure smaller and its noun qualified by a word the first mention lacks ("its two
        Argentine players" after "four players")? Its head noun may differ ("the 2,000 warehouse jobs")."""
        if first.value is None or later.value is None or later.value >= first.value:
            return False
        if not used_before(context.document, head(context.document, later), later.start):
            return False  # a group renamed ("four cooling towers ... those three concrete giants") is not narrowed
        phrase = list(phrase_words(later.counted or "", context.language))
        head_first = load_lexicon(context.language, "text").get("counted_head", {}).get("position") == "first"
        modifiers = phrase[1:] if head_first else phrase[:-1]
        # what the first mention's sentence or the two before say of it counts as known: « réduire les effectifs
        # administratifs, soit environ 150 agents » ... « les 120 agents administratifs concernés »
        known = frozenset().union(*context.description(first)) | _around_first(context, first)
        # a name after the noun is its owner, not a narrower group: « les 70 livreurs de Lavandis » after « les 85
        # chauffeurs-livreurs de l'entreprise »
        return any(not frozenset(word.forms) & known and not word.name for word in modifiers)

    @staticmethod
    def _subgroup(context: CheckContext, first: Claim, later: Claim) -> bool:
        """Is the later figure narrowed to part of a group, by the word right after it ("the two most senior
        generals") or by words after its noun ("... in Paris")?"""
        text = context.document.text
        right_after = text[later.end:later.end + DESCRIPTION_REACH].lower().split()
        # "the two most senior generals"; but "four extra cranes ... the five new cranes" is no part: a figure a
        # little larger than the group cannot be one of its parts (a much larger one may be its whole: "220 rooms
        # ... the first instalment of the 1,500 new rooms")
        slip = (first.value is not None and later.value is not None
                and first.value < later.value <= first.value * (1 + SLIP_SHARE))
        if right_after and right_after[0] in context.cues("subgroup_before") and not slip \
                and not _new_as_said(context, first, right_after[0]):
            return True
        found = text.find(later.counted, later.end, later.end + DESCRIPTION_REACH) if later.counted else -1
        if found == -1:
            return False
        if _renamed_smaller(context, first, later):
            return False
        after = text[found + len(later.counted):found + len(later.counted) + DESCRIPTION_REACH]
        following = after.lower().split()
        if not following or following[0] not in context.cues("subgroup_after"):
            return False
        if following[0] in context.cues("complement_of") and _complement(context, after.split()):
            return False  # "the eight rounds of negotiation": what they are, no group they belong to
        if (following[0] in context.cues("owner_after") and first.value is not None and later.value is not None
                and later.value <= first.value * WHOLE_RATIO
                and (_said_of_first(context, first, " ".join(following[1:]))
                     or _story_subject(context, " ".join(following[1:])))):
            return False  # "Les commerçants de la galerie ... Ils sont 36" ... "les 31 commerces de la galerie"; « Onze
            # techniciens … Les douze agents de la station » in a story about the station
        if (following[0] in context.cues("relative_after") and later.qualifier not in OPEN_BOUNDS
                and (_said_of_first(context, first, " ".join(following[1:]))
                     or _story_subject(context, " ".join(following[1:])))):
            return False  # "A team of 212 … sorted the ballots" … "the 190 people who sorted the ballots": the same;
            # "the eight shipwrights who rebuilt her" under "… sails again after a rebuild": the story's own work
        if (following[0] in context.cues("place_after") and later.qualifier not in OPEN_BOUNDS
                and _place_of_first(context, first, " ".join(following[1:]))):
            return False  # "a glass booth where nine engineers watch" … "the seven engineers in the control booth"
        # "the 80 firefighters who answered the call" after "around 70 firefighters": larger, so no part of them,
        # whatever noun names them again (« 36 parfums … les 38 glaces en lice »); but "the 85 firefighters of the
        # county" name whose they are: another group
        larger = (first.value is not None and later.value is not None
                  and first.value < later.value <= first.value * WHOLE_RATIO)
        return not larger or following[0] in context.cues("owner_after")

    @staticmethod
    def _other_outcome(context: CheckContext, first: Claim, later: Claim) -> bool:
        """Are the two mentions told apart by what happened to each ("killed" ... "wounded")? Outcomes that are one
        ("killed", "dead": ``same_outcomes`` of lexicons/<lang>/restatements.yaml) tell nothing apart."""
        outcomes = _outcomes(context.language)

        def said_of(claim: Claim) -> frozenset[str]:
            return frozenset(outcomes[form] for form in frozenset().union(*context.description(claim))
                             if form in outcomes)

        first_outcomes, later_outcomes = said_of(first), said_of(later)
        return bool(first_outcomes) and bool(later_outcomes) and not first_outcomes & later_outcomes

    @staticmethod
    def _other_period(context: CheckContext, first: Claim, later: Claim) -> bool:
        """Are the two figures given for periods (a month or longer) that do not overlap ("3 milliards en 2023" ...
        "des 2 milliards prévus en 2024")? Only the date attached to each figure counts: another date of its
        sentence ("le questionnaire, repris de celui de 2022") dates something else."""
        def period(claim: Claim) -> tuple[str, str] | None:
            date = context.attached_date(claim)
            if date is None or not date.date_end or date.granularity not in LONG_PERIODS:
                return None
            if is_deadline(context.document, date):
                return None  # "about 150 officers by 2029": when a plan is due, not a period the figure counts
            if claim.kind == "count" and date.date_start > context.document.anchor.isoformat():
                return None  # « examinera les quatre dossiers en juin »: what will happen to a group, no period
            return date.date_start, date.date_end

        first_period, later_period = period(first), period(later)
        return (first_period is not None and later_period is not None
                and not (first_period[0] <= later_period[1] and later_period[0] <= first_period[1]))


def _counted_apart(context: CheckContext, first: Claim, other: Claim) -> bool:
    """Is the other figure of the first one's sentence in a later clause, with no noun of its own (« 26 trieurs ;
    une bouteille … en a blessé deux »)? It counts something said of the group, not a group beside it."""
    if other.counted or other.start < first.end:
        return False
    return ";" in context.document.text[first.end:other.start]

def _other_things(context: CheckContext, first_head: frozenset[str], other: Claim) -> bool:
    """Does the other figure count other things than the first head noun names (neither of the two nouns' kin)?"""
    other_head = head(context.document, other)
    return bool(first_head) and bool(other_head) and not widened(first_head, context.language) & other_head


@lru_cache(maxsize=8)
def _outcomes(language: str) -> dict[str, str]:
    """Each form of an outcome word (``cues.outcomes``) -> the outcome it says, one for outcomes that are one."""
    def forms(text: str) -> frozenset[str]:
        return frozenset(form for word in phrase_words(text, language) for form in word.forms)

    found = {form: cue for cue in cues(language, "outcomes") for form in forms(cue)}
    for group in load_lexicon(language, "restatements").get("same_outcomes", ()):
        for word in group:
            found.update(dict.fromkeys(forms(word), group[0]))
    return found


def _renamed_smaller(context: CheckContext, first: Claim, later: Claim) -> bool:
    """Is the later figure a group no larger than the first one, named with a noun the article has not used before
    ("Onze délégués syndicaux ..." ... « les neuf représentants du personnel »)? What follows a new noun is part of
    the new name, it cannot narrow a group of that noun, since there was none. A larger group so named is another
    one ("six marins à bord" ... "l'un des huit équipiers du canot"), and so is a group named to place one of its
    members (« l'une des deux ajoutées à la liste »: ``cues.one_of``)."""
    later_head, first_head = head(context.document, later), head(context.document, first)
    return (bool(later_head) and bool(first_head) and not later_head & first_head
            and first.value is not None and later.value is not None and later.value <= first.value
            and not used_before(context.document, later_head, later.start)
            and not _right_after(context, later, "one_of"))


def _new_as_said(context: CheckContext, first: Claim, word: str) -> bool:
    """Is the word after the later figure one saying its group is new (``new_after``) while the first mention's
    sentence, or the one before, says that group was hired (``new_said``: "douze maîtres du jeu recrutés" … « les dix
    nouveaux animateurs »)? Then it narrows nothing."""
    if word not in load_lexicon(context.language, "restatements").get("new_after", ()):
        return False
    return bool(_hire_words(context.language)
                & (frozenset().union(*context.description(first)) | _around_first(context, first)))


@lru_cache(maxsize=8)
def _hire_words(language: str) -> frozenset[str]:
    """The forms of the words saying a group was hired (``new_said`` of lexicons/<lang>/restatements.yaml)."""
    return frozenset(form for text in load_lexicon(language, "restatements").get("new_said", ())
                     for form in phrase_forms(text, language))


def _said_of_first(context: CheckContext, first: Claim, qualifier: str) -> bool:
    """Does the first word of what narrows a later figure ("de la galerie") name something the first mention's
    sentence or the two before already said of its group? Then it narrows nothing: the same group is meant."""
    qualifying = list(phrase_words(qualifier, context.language))
    return bool(qualifying) and bool(frozenset(qualifying[0].forms) & _around_first(context, first))


def _story_subject(context: CheckContext, owner: str) -> bool:
    """Does the first word of an owner ("de la station") or of a relative clause ("who rebuilt her") name what the
    headline is about? Then every group of the story is that owner's, or did that work, and the words set none apart
    ("Onze techniciens …" … « Les douze agents de la station » under « la station d'épuration … entre en service »;
    "the eight shipwrights who rebuilt her" under "… sails again after a rebuild")."""
    title = context.document.title
    owned = list(phrase_words(owner, context.language))
    return bool(title) and bool(owned) and bool(frozenset(owned[0].forms) & frozenset(
        form for word in phrase_words(title, context.language) for form in word.forms))


def _place_of_first(context: CheckContext, first: Claim, place: str) -> bool:
    """Does the place a later figure is put in ("in the control booth") name, in its first two words, something the
    first mention's sentence or the two before said of its group ("a glass booth where nine engineers watch")?"""
    return any(frozenset(word.forms) & _around_first(context, first)
               for word in list(phrase_words(place, context.language))[:2])


def _around_first(context: CheckContext, first: Claim) -> frozenset[str]:
    """The forms of the words of the first mention's sentence and of the two before: what was said of its group (« La
    manufacture, qui emploie 31 salariés, … Vingt-deux facteurs … L'entreprise a aussi formé cinq apprentis »: the
    apprentices are the workshop's)."""
    sentences = sentence_words(context.document)
    around = [word for number in (first.sentence - 2, first.sentence - 1, first.sentence) if number >= 0
              for word in sentences[number]]
    return frozenset(form for word in around for form in word.forms)


#: Characters before a figure searched for a comparison word.
COMPARISON_REACH = 30


def _compared(context: CheckContext, claim: Claim) -> bool:
    """Is the figure something another is compared with ("7% more than the 74 GWh the developer reported",
    "above the 70 GWh pencilled in", « 7 % de plus que les 74 GWh »: ``cues.comparison_base``)? It is another
    figure by design, not the first one restated."""
    return _right_after(context, claim, "comparison_base")


def _right_after(context: CheckContext, claim: Claim, cue_list: str) -> bool:
    """Does the figure come right after one of the cues ``cue_list`` (lexicons/<lang>/text.yaml)?"""
    before = " " + " ".join(context.document.text[max(0, claim.start - COMPARISON_REACH):claim.start].lower().split())
    return before.endswith(tuple(" " + cue for cue in context.cues(cue_list)))


def _complement(context: CheckContext, words: list[str]) -> bool:
    """Do the words after a noun open a complement saying what the things are, "of" / « de » and a bare common noun
    ("rounds of negotiation", « cycles de négociation »), rather than whose they are ("of the county", « du canot »,
    "of Lavandis")?"""
    if len(words) < 2:
        return False
    noun = words[1].strip(",.;:")
    # « contraints de partager une cellule »: an infinitive says what they must do, it names no things
    return (bool(noun) and noun.isalpha() and noun.islower() and noun not in context.cues("determiners")
            and not noun.endswith(context.cues("infinitive_endings")))
