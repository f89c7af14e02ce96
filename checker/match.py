"""Claim -> ranked reference candidates, each with the terms that matched (the evidence).

A claim is matched by the words around it, weighted by how closely they are tied
to it: its counted noun phrase most, then the words of its sentence (less the
farther they are, and less again when another figure of the sentence is nearer
to them), then the names in the sentence before; a figure given as the past value
of another ("2.4%, down from 2.6%") takes on that figure's words. A shared word scores its weight times its
rarity in the table (idf). A candidate must also pass the tests an editor would
apply: its kind and unit fit the claim; one of its names (its subject) appears
in the article; a word saying *what* it measures is the claim's own (nearer to
it than to any other figure; a quantity's unit says it), and for a count, the counted noun is what the
reference counts ("six generals" is not a troop figure); a goal or forecast ("by
2032") is settled only by a forecast on file, a demand ("unions want 30") only by a
demand on file; and it was on file when the article
was published. In one sentence two figures never cite the
same series of references: they are shared out so that the figures' scores add
up to the most.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from checker import units
from checker.claims import OPEN_BOUNDS, Claim
from checker.document import SUPPORTED_LANGUAGES, Document
from checker.kin import widened
from checker.lexicon import cues, load_lexicon
from checker.links import brought_to, part_of_link, said_after
from checker.references.index import YEAR, IndexedReference, ReferenceIndex, phrase_forms
from checker.terms import Word, calendar_words, event_nouns, event_verbs, fold, phrase_words, sentence_words, words
from checker.timing import (
    compared_with_base,
    converts,
    demanded,
    given_as_past_value,
    is_goal,
    opens_period,
    right_after_cue,
)

#: Which reference kinds a claim kind may be compared with.
COMPATIBLE_KINDS = {
    "count": ("count",),
    "quantity": ("quantity",),
    "money": ("money",),
    "percent": ("percent",),
    "ratio": ("percent",),
    "date": ("date",),
}
COUNTED_WEIGHT = 3.0
SENTENCE_WEIGHT = 1.0
#: A sentence word this many characters from the claim weighs half as much as one next to it.
HALF_WEIGHT_DISTANCE = 40
#: A punctuation mark between a word and a figure puts them this many characters further apart (another clause).
CLAUSE_DISTANCE = 20
_CLAUSE_MARK = re.compile("[,;:()—–]")
#: The least weight of a name written in the claim's sentence, however far and whichever figure is nearer.
SENTENCE_NAME_WEIGHT = 0.6
#: A sentence word nearer to another figure of the sentence is shared, not the claim's own.
SHARED_FACTOR = 0.5
NEIGHBOUR_WEIGHT = 0.3
#: How many characters open a sentence where a subject pronoun is looked for.
PRONOUN_REACH = 20
#: The weight of the words of the sentence before when a pronoun opening the figure's sentence stands for them.
PRONOUN_WEIGHT = 0.6
#: A quantity whose unit fits a reference on a subject named in its sentence or the one before: the unit
#: says what is measured ("the riders will cover 3,492 miles"), as much as a telling word would.
UNIT_WEIGHT = 4.0
#: A name of the reference found elsewhere in the article (its topic).
ARTICLE_WEIGHT = 0.25
#: Clause and sentence marks set apart from the word before them ("a year." → "a year .").
_MARKS_APART = str.maketrans({mark: f" {mark}" for mark in ",.;:!?)"})
#: A figure per period ("a month") and a reference per period: the period says what is measured, as a word would.
PER_PERIOD_WEIGHT = 1.0
#: How far after a percentage to look for what it is a share of.
SHARE_OF_REACH = 40
#: What a word of a reference's phrase is worth, at least, when the rest of the phrase is missing.
PHRASE_FLOOR = 0.5
#: Terms carried by more references than this only score; they do not fetch candidates.
MAX_POSTINGS = 2000
MAX_CANDIDATES = 5
#: A date's event must be of the subject of the lead or of one named in the date's sentence or in this many
#: sentences before it.
NEARBY_SENTENCES = 2
#: The opening sentences that name the story's subject (a lead may open on a scene: "Le bilan publié mercredi
#: est sans appel. La vallée du Sarrel n'a produit ...").
LEAD_SENTENCES = 2
#: How far after a figure (and its counted noun) a per-period phrase ("a day") still qualifies it.
PER_PERIOD_REACH = 20
#: How many words before a change are its verb ("loses", « a perdu »), and the characters searched for them.
CHANGE_VERB_WORDS = 1
CUE_WINDOW = 30
#: How far before a figure, in characters and in words, a yardstick cue ("the equivalent of") still counts.
EQUIVALENCE_REACH = 60
EQUIVALENCE_WORDS = 5
#: Kinds of figure that can be a part of a whole stated beside them.
PART_KINDS = ("count", "money", "quantity")
#: A whole whose best reference is more than this many times off is not that reference's figure...
NEAR_FACTOR = 2.0
#: How far a date may be from a reference's date and still be its own, slipped (a year, a month, a weekday).
NEAR_DATE = dt.timedelta(days=3 * 366)
#: A figure writing the reference's value (its digits, maybe scaled by 10^3n) counts as much as two words of weight 1
#: (measured on the labelled sets: 1.0 missed six scale slips that 2.0 finds, with no new false alarm).
DIGITS_WEIGHT = 2.0
#: How many words before a figure may say it is of an old thing ("the old works removed 61%").
OLD_SUBJECT_WORDS = 4
#: What a word naming the reference's event glued to a date ("Saturday's referendum") is worth.
ATTACHED_EVENT_WEIGHT = 2.0
#: How many words after a counted noun may say what happened to the things counted ("skiers were killed").
OUTCOME_WORDS = 3
#: The share of ``min_score`` a day needs: it already shares a word of the event its reference dates, and a
#: day is said of one event (a year or a month may be any figure's period).
DAY_FLOOR = 0.8
#: The share of ``min_score`` a percentage needs when what it is a share of is a word of the reference.
SHARE_OF_FLOOR = 0.7
#: How many words may stand between a date and the verb saying what happened then (« a refermé ses portes dimanche »).
EVENT_VERB_WORDS = 3
#: ... and when figures of one sentence compete for references, such a reference weighs this share of its score.
FAR_VALUE_WEIGHT = 0.6
#: ... and a date years off a reference's date, this share ("a building from 1887" against an opening in 2046).
FAR_DATE_WEIGHT = 0.25
#: Shortest stem a place adjective leaves once its ending is cut that may be a name ("ardelan" of "ardelanaise").
MIN_NAME_STEM = 4
#: What a place name may end with that its adjective drops ("Kestrava" -> "kestravaise", "Italie" -> "italien").
NAME_FINAL_VOWELS = ("", "a", "e", "ie", "ia")
#: A name guessed from a place adjective makes at most this many references citable (a place, not a common word).
GUESSED_NAME_POSTINGS = 200
#: Above this many ways to share references out in one sentence, the best-scored figure chooses first.
MAX_ASSIGNMENTS = 4096


@dataclass(frozen=True)
class MatchSettings:
    min_score: float = 3.75
    #: A runner-up within this share of the best score makes the match ambiguous.
    ambiguity_ratio: float = 0.85


DEFAULT_MATCH = MatchSettings()


@dataclass(frozen=True)
class Candidate:
    reference: IndexedReference
    score: float
    matched_terms: tuple[str, ...]
    #: The part of the score every candidate of the claim gets alike (a fitting unit): it tells none apart.
    bonus: float = 0.0

    def evidence(self) -> dict:
        return {"score": round(self.score, 3), "matched_terms": list(self.matched_terms)}


@dataclass(frozen=True)
class Match:
    """The candidates of one claim, best first (empty: the claim is unverified)."""

    claim: Claim
    candidates: tuple[Candidate, ...]
    ambiguous: bool = False
    #: The number is part of a name the table knows ("Ariane 6", "la ligne 2"): not a figure.
    name: bool = False
    #: The candidates of the other series than the best one are themselves ambiguous: the runner-up cannot be
    #: told from the next (checker/engine/compare.py falls back on it when the best is about something else).
    rest_ambiguous: bool = False

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@lru_cache(maxsize=4096)
def _same_dimension(first: str, second: str) -> bool:
    return units.same_dimension(first, second)


def compatible(claim: Claim, reference: IndexedReference) -> bool:
    """Kind and unit agree (a count never matches money; km matches miles)."""
    if reference.kind not in COMPATIBLE_KINDS.get(claim.kind, ()):
        return False
    ref_unit = reference.record.get("unit")
    if claim.kind == "quantity":
        return bool(claim.unit and ref_unit) and (_same_dimension(claim.unit, ref_unit)
                                                  or _same_telling_number(claim, reference))
    if claim.kind == "money":
        return (claim.unit is None or ref_unit is None or units.same_currency(claim.unit, ref_unit)
                or _same_telling_number(claim, reference))  # "24,50 dollars" for €24.50: the wrong currency
    if claim.kind == "percent":
        return (claim.unit or "%") == (ref_unit or "%")
    return True


def _same_telling_number(claim: Claim, reference: IndexedReference) -> bool:
    """The reference's number as written, and a telling one ("496 MWh" for a 496 MW plant, "180 MWh" for
    180 MW, "8,2 MWh" for 8.2 MW): the right number in a unit of another dimension, a unit error worth checking.
    A small or round number ("2 hours", "20 km", "100 km/h") says too little to tie a figure to another
    dimension; a decimal one ("8.2") says enough."""
    value, interval = reference.record.get("value"), claim.interval
    if value is None or interval is None or claim.value is None:
        return False
    digits = f"{abs(claim.value):.12g}".replace(".", "").strip("0")
    mantissa = abs(claim.value)
    while mantissa >= 1000:
        mantissa /= 1000  # "1,1 million" is written 1.1
    telling = (len(digits) >= 3 or (abs(claim.value) >= 100 and claim.value % 100 != 0)
               or (len(digits) >= 2 and not mantissa.is_integer())  # "8,2 MWh", "1,1 million de dollars"
               # power for energy and back ("a 62 kW battery", "a 60 kW battery" for 60 kWh): the classic slip,
               # telling from two digits, round or not
               or (abs(claim.value) >= 10 and units.power_and_energy(claim.unit, reference.record.get("unit"))))
    return telling and interval.low <= value <= interval.high


def _equivalence(document: Document, claim: Claim) -> bool:
    """Is the figure a yardstick ("the equivalent of the consumption of 700,000 homes", « de quoi alimenter
    300 000 foyers »)? It says how big another figure is, not what the subject counts: only a reference of such an
    equivalent ("homes supplied, annual equivalent": cues ``equivalence_measure``) is compared with it."""
    language = document.sentence_at(claim.start).language
    before = fold(document.text[max(0, claim.start - EQUIVALENCE_REACH):claim.start]).replace("\u2019", "'")
    for cue in _folded_cues(language, "equivalence"):
        at = before.rfind(cue)
        if at >= 0:
            between = before[at + len(cue):]
            if not any(mark in between for mark in ",;:()") and len(between.split()) <= EQUIVALENCE_WORDS:
                return True
    return False


def matchable(claim: Claim) -> bool:
    """A claim a reference can settle: a level, or a change ("pay rises by 4.5%", "cutting 240 jobs"), which only a
    reference of a change can settle (``_reports_change``)."""
    return claim.is_claim and claim.kind in COMPATIBLE_KINDS


def _period_of_amount(document: Document, date: Claim, figures: Sequence[Claim]) -> bool:
    """Is the year the period of the amount right before it ("The crews flew 1,486 missions in 2045", « 3 870
    interventions en 2045 »: only its counted noun and ``cues.amount_period`` between)? Or is the year or month the
    period of a change right before it ("27% higher in August", « 27 % plus cher en août »: one word of the change,
    then the cue)? It dates that figure, no event of a reference."""
    before = [figure for figure in figures if figure.end <= date.start]
    if not before or date.granularity not in ("year", "month"):
        return False
    between = " ".join(document.text[before[-1].end:date.start].lower().split())
    language = document.sentence_at(date.start).language
    if before[-1].change and before[-1].kind in ("percent", "ratio", "count", "money", "quantity"):
        words = between.split()
        return len(words) in (1, 2) and words[-1] in _folded_cues(language, "amount_period")
    if date.granularity != "year" or before[-1].kind not in ("count", "money", "quantity"):
        return False
    counted = (before[-1].counted or "").lower()
    if counted and between.startswith(counted):
        between = between[len(counted):].strip()
    return between in _folded_cues(language, "amount_period")


def _rivals(claim: Claim, other: Claim) -> bool:
    """Could the two figures measure the same thing (and so compete for the words between them)?"""
    if not matchable(other) or not set(COMPATIBLE_KINDS[claim.kind]) & set(COMPATIBLE_KINDS[other.kind]):
        return False
    if claim.granularity in ("day", "week") and other.granularity == "year":
        return False  # "wolves that may be shot this year in an order signed on 16 June": the order is the day's;
        # "Since last week, they can do it in the old presbytery, a building from 1887": the opening is the week's
    return claim.kind != "quantity" or (bool(claim.unit and other.unit) and _same_dimension(claim.unit, other.unit))


def _in_name(document: Document, claim: Claim, index: ReferenceIndex) -> bool:
    """Is the number the end of a name the table holds ("Ariane 6", "la ligne 2")?"""
    if claim.kind != "count" or not claim.text.isdigit() or not index.numbered_names:
        return False
    before = document.text[max(0, claim.start - 40):claim.start].split()
    return bool(before) and " ".join(fold(f"{before[-1]} {claim.text}").split()) in index.numbered_names


def _parts(document: Document, figures: Sequence[Claim]) -> tuple[dict[str, str], set[str]]:
    """The parts of a whole in a sentence. First, part id -> whole id for "412 of the airline's 640 pilots",
    "34 of the 87 seats", "61 outbreaks, 48 of which" / « 61 foyers, dont 48 »: a part may have a reference of its
    own (the party's seats), never its whole's.
    Second, the figures given as a share of a total the sentence does not state ("120 farms, less than a
    third of the total") or restating a share ("58% of that traffic, or roughly 1.07 million travellers"): the
    words that fetch the total's reference would fetch them too, so they are left to the arithmetic rule,
    unless a reference writes their very digits (``_Context.share_part``)."""
    if len(figures) < 2:
        return {}, set()
    language = document.sentence_at(figures[0].start).language
    wholes: dict[str, str] = {}
    for claim, following in zip(figures, figures[1:], strict=False):
        if claim.kind in PART_KINDS and following.kind == claim.kind and not claim.change:
            between = " ".join(document.text[claim.end:following.start].lower().split())
            if part_of_link(between, language):
                wholes[claim.id] = following.id
            elif any(between.rsplit(",", 1)[-1].strip().startswith(cue + " ") or between.endswith(", " + cue)
                     for cue in _folded_cues(language, "parts_inclusive")):
                wholes[following.id] = claim.id  # "61 foyers ..., dont 48 chez des producteurs de canards"
    shares: set[str] = set()
    for claim, following in zip(figures, figures[1:], strict=False):
        if (claim.kind in PART_KINDS and not claim.change and claim.id not in wholes.values()
                and following.kind in ("ratio", "percent") and "," in document.text[claim.end:following.start]):
            rest = " ".join(fold(document.text[following.end:following.end + SHARE_OF_REACH]).split())
            if any(rest.startswith(cue) for cue in _folded_cues(language, "of_total")):
                shares.add(claim.id)
    # "Volantis accounted for 58% of that traffic, or roughly 1.07 million travellers": an amount restating a
    # share is a part of a total, never the total's figure.
    restate = _folded_cues(language, "rate_restated")
    for share, claim in zip(figures, figures[1:], strict=False):
        between = " ".join(fold(document.text[share.end:claim.start]).split())
        if share.kind in ("ratio", "percent") and claim.kind in PART_KINDS and len(between.split()) <= 6 and any(
                between.endswith(cue) for cue in restate if cue.startswith(",")):
            shares.add(claim.id)
    return wholes, shares


@dataclass
class _Context:
    """The words tied to one claim: form -> weight, form -> word key, its own words, its counted noun's head."""

    weights: dict[str, float] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    #: Forms of the words nearer to this claim than to any other figure of its sentence (names and the words
    #: of figures left out), and of its counted noun: the words that can say what the claim measures.
    own: set[str] = field(default_factory=set)
    head: frozenset[str] = frozenset()
    #: The claim is a figure per period ("€9 million a year").
    per_period: bool = False
    #: The words a percentage is said to be a share of ("38,5 % des suffrages"), one set of forms per word.
    share_of: tuple[frozenset[str], ...] = ()

    #: The years written before the figure or after it in its clause ("12,4 milliards en 2023"), not after a
    #: clause mark ("..., and a bridge is due to open in 2029").
    years: set[str] = field(default_factory=set)
    #: The figure is an addition ("four more examiners"): only a reference of additions settles it.
    increment: bool = False
    #: The figure is a goal or a forecast ("€7.2bn of savings by 2032"): only a forecast on file can settle it.
    goal: bool = False
    #: The figure is what someone asks for ("unions want 30 culls"): only a demand on file can settle it.
    demand: bool = False
    #: The figure is a share of a total ("1.35 billion tonnes, 71% of all the beet"): the total's words fetch
    #: the total's references, so only a reference writing its very digits is its own.
    share_part: bool = False
    #: The figure is a yardstick ("the equivalent of 58,000 homes"): only a reference of such an equivalent settles it.
    equivalent: bool = False
    #: The figure is a distance there and back ("a round trip of more than 50 km"): only a round trip on file
    #: settles it.
    round_trip: bool = False
    #: The date opens a period ("on strike since 13 January"): only the start of an event can be dated by it.
    period_start: bool = False
    #: The forms of the words right before a change ("loses", « ont perdu »): a reference whose words say the same
    #: ("share of water lost", « colonies perdues ») reports that very figure, though it is no change.
    change_words: frozenset[str] = frozenset()

    #: For a date alone in its sentence, the forms of the names nearer to it than to any other figure: a named
    #: subject whose one dated fact on file it may be ("won the Rennick Valley Classic last Saturday").
    names: set[str] = field(default_factory=set)
    #: For such a date, the forms of the nouns naming the events its sentence's verbs say happened (« a refermé
    #: ses portes dimanche »: a closing): a dated fact of another event is not the date's by its subject's name.
    event_nouns: set[str] = field(default_factory=set)
    #: Said per year ("a year", « par an »): a reference of one year's figure ("trips in 2045") is per year too.
    per_year: bool = False
    #: The forms of those verbs ("installée"): a reference whose words name the verb itself is of that event.
    event_verbs: set[str] = field(default_factory=set)
    #: Forms known only from the sentence before: they tell who is spoken of, not what is measured.
    before: set[str] = field(default_factory=set)

    def inherit(self, other: _Context) -> None:
        """Take on the words saying what ``other`` measures ("2.4%, down from 2.6%": the same rate), at the
        weight of shared words, so that ``other`` keeps them first; they rank this figure's candidates but
        are not its own (a word of its own must still say what it measures: "February")."""
        for form in other.own:
            weight = other.weights.get(form, 0.0) * SHARED_FACTOR
            if weight > self.weights.get(form, 0.0):
                self.weights[form] = weight
                self.keys[form] = other.keys[form]
                self.before.discard(form)

    def add(self, word: Word, weight: float, before: bool = False) -> None:
        for form in word.forms:
            if weight > self.weights.get(form, 0.0):
                self.weights[form] = weight
                self.keys[form] = word.key
                if before:
                    self.before.add(form)
                else:
                    self.before.discard(form)


class ArticleWords:
    """The words of a document, split once per sentence, and the forms and names the article uses."""

    def __init__(self, document: Document):
        self.document = document
        self.sentences: tuple[tuple[Word, ...], ...] = sentence_words(document)
        every = [word for found in self.sentences for word in found]
        #: The headline's words (their offsets are the title's): it names the story's subject, as the lead does.
        self.headline: tuple[Word, ...] = tuple(words(document.title, document.language)) if document.title else ()
        self.forms: frozenset[str] = frozenset(form for word in (*every, *self.headline) for form in word.forms)
        #: Where the clause marks (, ; : parentheses, dashes) are, in order.
        self.marks: list[int] = [match.start() for match in _CLAUSE_MARK.finditer(document.text)]
        #: Forms of the words written capitalised (in the headline, not first), less those it also writes in lower
        #: case (the "Air" of "Fells Air Ambulance" after "in the air" is a common word), and of the places its
        #: adjectives name: the article's names.
        lower = frozenset(form for word in every if not word.capitalised for form in word.forms)
        self.names: frozenset[str] = frozenset(form for word in every if word.capitalised for form in word.forms
                                               if form not in lower) \
            | frozenset(form for word in self.headline if word.name for form in word.forms) \
            | _places([*every, *self.headline], document.language)
        #: The names guessed from unknown place adjectives ("ardelanaise" -> ardelan): they make a reference citable
        #: only when few references carry the name (« républicain » is no adjective of every "Republic").
        self.guessed: frozenset[str] = _adjective_stems(every, document.language)
        self.names |= self.guessed
        self._citable: dict[str, set[str]] = {}
        self._sentence_forms: dict[int, frozenset[str]] = {}
        self._nearby: dict[int, frozenset[str]] = {}
        self._reachable: dict[tuple[int, str], bool] = {}
        self._fetching: dict[tuple[int, str], bool] = {}
        self._cites_changes: dict[str, bool] = {}
        self._pronoun_led: dict[int, bool] = {}
        self._series_by_dimension: dict[str | None, int] = {}
        #: How many figures of the article measure each dimension (``match_claims`` counts them).
        self.quantities_by_dimension: Counter[str | None] = Counter()

    def reachable(self, index: ReferenceIndex, claim: Claim) -> bool:
        """Can any citable reference share a word with the claim's sentence or the one before (its counted
        noun is part of its sentence)? A cheap test, once per sentence and kind, that spares building the
        context of most figures of a long article."""
        key = (claim.sentence, claim.kind)
        if key not in self._reachable:
            forms = self.sentence_forms(claim.sentence) | self.sentence_forms(claim.sentence - 1)
            self._reachable[key] = any(
                not citable.isdisjoint(postings[form])
                for kind in COMPATIBLE_KINDS.get(claim.kind, ()) if (citable := self.citable(index, kind))
                for postings in (index.postings.get(kind, {}), index.name_postings.get(kind, {}))
                for form in forms if form in postings)
        return self._reachable[key]

    def may_fetch(self, index: ReferenceIndex, claim: Claim, figures: Sequence[Claim]) -> bool:
        """Can a word the claim's context may hold fetch a citable candidate, as ``_candidates`` fetches them (a
        measure word, or any word for a quantity; a word of fewer than ``MAX_POSTINGS`` references)? The words of
        its sentence, of the one before and of the counted nouns of the sentence's ``figures`` are all a context
        can hold, so a claim that fails this has no candidate and its context need not be built. Once per
        sentence and kind: most figures of a long article fail it."""
        key = (claim.sentence, claim.kind)
        if key not in self._fetching:
            language = self.document.sentence_at(claim.start).language
            forms = self.sentence_forms(claim.sentence) | self.sentence_forms(claim.sentence - 1) | frozenset(
                form for figure in figures for word in phrase_words(figure.counted or "", language)
                for form in word.forms)
            self._fetching[key] = self.fetches(index, claim.kind, forms)
        return self._fetching[key]

    def fetches(self, index: ReferenceIndex, kind: str, forms: Iterable[str]) -> bool:
        """Does one of the words ``forms`` fetch a citable reference for a figure of ``kind``?"""
        return any(not citable.isdisjoint(ids) for ids, citable in self.postings_fetched(index, kind, forms))

    def postings_fetched(self, index: ReferenceIndex, kind: str, forms: Iterable[str]) -> Iterator[
            tuple[set[str], set[str]]]:
        """The postings the words ``forms`` fetch for a figure of ``kind``, each with the citable references of its
        kind: measure words' (any word's, names included, for a quantity: a unit says what it measures), leaving out
        words of more than ``MAX_POSTINGS`` references."""
        quantity = kind == "quantity"
        for compatible_kind in COMPATIBLE_KINDS.get(kind, ()):
            citable = self.citable(index, compatible_kind)
            if not citable:
                continue
            for postings in (index.postings.get(compatible_kind, {}),
                             index.name_postings.get(compatible_kind, {}) if quantity else {}):
                for form in forms:
                    ids = postings.get(form)
                    if ids and len(ids) <= MAX_POSTINGS:
                        yield ids, citable

    def opens_with_pronoun(self, position: int) -> bool:
        """Does sentence ``position`` open with a subject pronoun standing for what the sentence before named
        (lexicons/<lang>/text.yaml ``cues.pronoun_subjects``: "They", « Celles-ci », « Chacune »), or with a
        distributive one right before a verb in "-s" ("Each takes about 40 days", not "Each year":
        ``cues.distributive_subjects``)?"""
        if position not in self._pronoun_led:
            sentence = self.document.sentences[position]
            opening = self.document.text[sentence.start:sentence.start + PRONOUN_REACH].lstrip(" «“\"(").lower()
            following = opening.split()[1:2]
            self._pronoun_led[position] = any(
                opening.startswith(cue + " ") for cue in cues(sentence.language, "pronoun_subjects")) or (
                bool(following) and following[0].endswith("s")
                and any(opening.startswith(cue + " ") for cue in cues(sentence.language, "distributive_subjects")))
        return self._pronoun_led[position]

    def nearby(self, position: int) -> frozenset[str]:
        """The forms of a sentence, of the ``NEARBY_SENTENCES`` before it, of the lead (``LEAD_SENTENCES``) and of
        the headline, which name the story's subject, with the places they name (once per sentence)."""
        if position not in self._nearby:
            around = range(max(0, position - NEARBY_SENTENCES), position + 1)
            found = [word for index in {*range(LEAD_SENTENCES), *around} if index < len(self.sentences)
                     for word in self.sentences[index]] + list(self.headline)
            language = self.document.language
            self._nearby[position] = frozenset(form for word in found for form in word.forms) | _places(
                found, language) | _adjective_stems(found, language)
        return self._nearby[position]

    def sentence_forms(self, position: int) -> frozenset[str]:
        if not 0 <= position < len(self.sentences):
            return frozenset()
        if position not in self._sentence_forms:
            self._sentence_forms[position] = frozenset(form for word in self.sentences[position]
                                                       for form in word.forms)
        return self._sentence_forms[position]

    def cites_changes(self, index: ReferenceIndex, kind: str) -> bool:
        """Can the article cite a reference of a change a figure of ``kind`` may be compared with ("pay rise
        offered", "routes dropped")? Computed once per kind."""
        if kind not in self._cites_changes:
            self._cites_changes[kind] = any(_reports_change(index.references[ref_id])
                                            for compatible_kind in COMPATIBLE_KINDS.get(kind, ())
                                            for ref_id in self.citable(index, compatible_kind))
        return self._cites_changes[kind]

    def citable(self, index: ReferenceIndex, kind: str) -> set[str]:
        """The references of ``kind`` whose subject the article names (computed once per kind)."""
        if kind not in self._citable:
            found = index.cited_by(kind, self.names - self.guessed, self.forms)
            postings = index.name_postings.get(kind, {})
            for stem in self.guessed:
                ids = postings.get(stem)
                if ids and len(ids) <= GUESSED_NAME_POSTINGS:
                    found |= ids
            self._citable[kind] = found
        return self._citable[kind]

    def sole_of_dimension(self, index: ReferenceIndex, claim: Claim, reference: IndexedReference) -> bool:
        """Is the reference the one series of the citable quantities whose unit measures what its unit does (the
        only speed on file for the boats the article names), and the claim the article's one figure of that
        dimension? Then the claim names it by its unit alone ("Sa machine à vapeur lui permet de filer à 22 km/h",
        the paddle steamer's cruising speed)."""
        dimension = units.dimension_key(reference.record.get("unit"))
        if dimension is None or dimension != units.dimension_key(claim.unit) \
                or units.same_dimension(reference.record.get("unit"), "day"):
            return False  # lengths of time are said of everything: ages, delays, terms
        if self.quantities_by_dimension.get(dimension, 0) != 1:
            return False  # "Their range of 260 km … A rival operator's newer vans, rated at 320 km": which is it?
        if dimension not in self._series_by_dimension:
            self._series_by_dimension[dimension] = len({
                index.references[ref_id].series_key for ref_id in self.citable(index, "quantity")
                if units.dimension_key(index.references[ref_id].record.get("unit")) == dimension})
        return self._series_by_dimension[dimension] == 1

    def counted(self, claim: Claim) -> tuple[list[Word], frozenset[str], bool]:
        """The counted noun phrase's words, the forms of its head noun, and whether that head says nothing of
        what is measured: a generic noun ("people", lexicons/<lang>/text.yaml ``counted_head``) or a name
        ("6 million Ukrainians")."""
        if not claim.counted:
            return [], frozenset(), False
        language = self.document.sentence_at(claim.start).language
        phrase = list(phrase_words(claim.counted, language))
        rules = load_lexicon(language, "text").get("counted_head", {})
        lowered = f" {fold(claim.counted)} "
        cuts = [lowered.find(f" {fold(stop)} ") for stop in rules.get("stop_before", ())]
        cut = min((position for position in cuts if position >= 0), default=-1)
        kept = [word for word in phrase if cut == -1 or word.start < cut] or phrase
        if not kept:
            return phrase, frozenset(), False
        head = kept[0] if rules.get("position") == "first" else kept[-1]
        if fold(head.key) in _containers(language) and (after := [word for word in phrase if word.start > head.end]):
            # "17 cases of death-cap poisoning", « 17 cas d'intoxication »: what the cases are of is counted
            head = after[-1] if rules.get("position") != "first" else after[0]
        generic = {fold(noun) for noun in (*rules.get("generic", ()), *rules.get("people", ()))}
        return phrase, frozenset(head.forms), head.capitalised or bool(generic & set(head.forms))


    def share_of(self, claim: Claim) -> tuple[frozenset[str], ...]:
        """For a percentage or a fraction, the first words of what it is a share of ("38,5 % des suffrages",
        "two-thirds of those who took part")."""
        if claim.kind not in ("percent", "ratio") or (claim.unit or "%") != "%":
            return ()
        language = self.document.sentence_at(claim.start).language
        after = self.document.text[claim.end:claim.end + SHARE_OF_REACH]
        after = after[:min((i for i in (after.find(mark) for mark in ",.;:()") if i >= 0), default=len(after))]
        folded = " ".join(fold(after).split())
        cue = next((cue for cue in _folded_cues(language, "share_of") if folded.startswith(cue + " ")), None)
        if cue is None:
            return ()
        # An owner and a number say whose and how many, not of what ("38% of the group's 9,400 employees").
        rest = " ".join(word for word in folded[len(cue):].split()
                        if not word.endswith(_folded_cues(language, "possessive")) and not word[:1].isdigit())
        found = words(rest, language)[:2]
        if found and found[0].key in _folded_cues(language, "share_of_time"):
            return ()  # "occupied 58% of the time", « 58 % du temps »: how often, no whole the report must name
        # a noun naming the same things names the same whole ("38 % des agents" and a share "du personnel")
        return tuple(widened(frozenset(word.forms), language) for word in found)

    def per_period(self, claim: Claim, following: Claim | None) -> str | None:
        """The period cue the figure is said per ("a day" of "26,000 vehicles a day", « par an » of "340 millions
        d'euros par an"), or None."""
        end = min(claim.end + len(claim.counted or "") + PER_PERIOD_REACH,
                  following.start if following else len(self.document.text))
        # "30,000 CFA francs a month, paid out of …", "€120 a year.": a clause may end on the period
        after = f" {fold(self.document.text[claim.end:end]).translate(_MARKS_APART)} "
        language = self.document.sentence_at(claim.start).language
        # "members paying a monthly subscription": after a determiner, the word qualifies the noun that follows
        qualifying = tuple(f" {word} " for word in _folded_cues(language, "determiners"))
        # "38 a year earlier" is a past value, not a rate
        past = tuple(f" {word} " for word in _folded_cues(language, "per_period_not_before"))
        return next((cue for cue in _folded_cues(language, "per_period")
                     if f" {cue} " in after and not any(f"{word}{cue} " in after for word in qualifying)
                     and not any(f" {cue}{word}" in after for word in past)), None)


@lru_cache(maxsize=8)
def _containers(language: str) -> frozenset[str]:
    """Nouns that count cases of what follows them (lexicons/<lang>/numbers.yaml ``counted.containers``)."""
    return frozenset(fold(noun) for noun in load_lexicon(language, "numbers")["counted"].get("containers", ()))


@lru_cache(maxsize=64)
def _folded_cues(language: str, name: str) -> tuple[str, ...]:
    """Cue phrases of a language (lexicons/<lang>/text.yaml ``cues``), folded, longest first."""
    cues = load_lexicon(language, "text").get("cues", {}).get(name, ())
    return tuple(sorted({fold(cue) for cue in cues}, key=len, reverse=True))


def _places(found: list[Word], language: str) -> frozenset[str]:
    """The forms of every name of the places the text names by an adjective or by one of their names, in any
    language ("russe" or "la Russie" -> Russie, Russia)."""
    keys = f" {' '.join(word.key for word in found)} "
    places: set[str] = set()
    for spellings, forms in _demonyms(language):
        if any(spelling in keys for spelling in spellings):
            places.update(forms)
    return frozenset(places)


def _adjective_stems(found: list[Word], language: str) -> frozenset[str]:
    """What the place adjectives the demonym list does not know may name: "ardelanaise" -> "ardelan",
    "Kestravan" -> "kestrava", « lyonnais » -> "lyon", « italien » -> "italie". Only a name of a reference counts.
    English writes its place adjectives with a capital, so only capitalised English words are read: each stem that
    happens to be some reference's name widens the references an article can cite."""
    capitalised_only = load_lexicon(language, "text").get("demonyms_capitalised", False)
    endings, known = _demonym_endings(language), _known_adjectives()
    keys = {word.key for word in found if word.key.endswith(endings) and word.key not in known
            and (word.capitalised or not capitalised_only)}
    return frozenset().union(*(_stems(key, language) for key in keys))


@lru_cache(maxsize=1)
def _known_adjectives() -> frozenset[str]:
    """The keys of the place adjectives the demonym lists know ("american", « britannique »): their places are
    named by the lists, not guessed from their endings."""
    return frozenset(word.key for language in SUPPORTED_LANGUAGES
                     for adjective in load_lexicon(language, "text").get("demonyms", {})
                     for word in phrase_words(adjective, language))


@lru_cache(maxsize=50_000)
def _stems(key: str, language: str) -> frozenset[str]:
    """The names a word ending like a place adjective may stand for ("ardelanaise" -> ardelan, ardelana, ...)."""
    stems: set[str] = set()
    for ending in _demonym_endings(language):
        stem = key[:-len(ending)]
        if key.endswith(ending) and len(stem) >= MIN_NAME_STEM:
            if stem[-1] == stem[-2]:
                stem = stem[:-1]
            stems.update(stem + vowel for vowel in NAME_FINAL_VOWELS)
    return frozenset(stems)


@lru_cache(maxsize=8)
def _demonym_endings(language: str) -> tuple[str, ...]:
    return tuple(fold(ending) for ending in load_lexicon(language, "text").get("demonym_endings", ()))


@lru_cache(maxsize=8)
def _demonyms(language: str) -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """Each place of lexicons/<lang>/text.yaml ``demonyms``: the keys of its adjective and names as they are
    looked for in a text (" russe ", " russie "), and the forms of all its names and adjectives in every language
    (« ports français » names France, and what a reference calls "the French fleet")."""
    adjectives = _adjectives_by_name()
    found = []
    for adjective, names in load_lexicon(language, "text").get("demonyms", {}).items():
        forms = frozenset(form for name in names for word in phrase_words(name) for form in word.forms)
        found.append((tuple(f" {' '.join(word.key for word in phrase_words(text, language))} "
                            for text in (adjective, *names)),
                      forms.union(*(adjectives.get(form, ()) for form in forms))))
    return tuple(found)


@lru_cache(maxsize=1)
def _country_forms() -> frozenset[str]:
    """The forms of the countries' names (lexicons/<lang>/text.yaml ``demonyms``), in every language: a name many
    stories share, which alone ties no figure to a reference that also names a town or a body."""
    return frozenset(form for language in SUPPORTED_LANGUAGES
                     for names in load_lexicon(language, "text").get("demonyms", {}).values()
                     for name in names for word in phrase_words(name) for form in word.forms)


def _subject_names_more(reference: IndexedReference) -> bool:
    """Does the reference's subject name someone or somewhere besides a country ("Station-service communale de
    Vézillac-sur-Dourbe (France)"), not a country alone ("France", whatever acronym its aliases give)?"""
    subject = frozenset().union(*phrase_forms(reference.record.get("subject") or ""))
    return bool((reference.entities & subject) - _country_forms())


@lru_cache(maxsize=1)
def _adjectives_by_name() -> dict[str, frozenset[str]]:
    """The form of each place name -> the forms of that place's adjectives in every language ("france" -> français,
    french)."""
    found: dict[str, set[str]] = {}
    for language in SUPPORTED_LANGUAGES:
        for adjective, names in load_lexicon(language, "text").get("demonyms", {}).items():
            adjective_forms = {form for word in phrase_words(adjective, language) for form in word.forms}
            for name in names:
                for word in phrase_words(name):
                    for form in word.forms:
                        found.setdefault(form, set()).update(adjective_forms)
    return {form: frozenset(adjectives) for form, adjectives in found.items()}


def _plain_distance(word: Word, claim: Claim) -> int:
    """Characters between a word and a figure, clause marks not counted."""
    return max(claim.start - word.end, word.start - claim.end, 0)


def _distance(marks: list[int], word: Word, claim: Claim) -> int:
    """Characters between a word and a figure, each punctuation mark between them counting as a clause apart."""
    if word.end <= claim.start:
        start, end = word.end, claim.start
    elif word.start >= claim.end:
        start, end = claim.end, word.start
    else:
        return 0
    return end - start + CLAUSE_DISTANCE * (bisect_left(marks, end) - bisect_left(marks, start))


def _in_aside(marks: list[int], sentence_start: int, word: Word, claim: Claim) -> bool:
    """Is a word before the figure set off between two clause marks, after the sentence's opening ("The firm, founded
    in 1962, made …"), rather than in the clause that opens the sentence ("En 2025, la ville …")?"""
    if word.end > claim.start:
        return False
    at = bisect_left(marks, word.start)
    return 0 < at < len(marks) and marks[at - 1] >= sentence_start and marks[at] < claim.start


def _context(article: ArticleWords, claim: Claim, rivals: Sequence[Claim], figures: Sequence[Claim]) -> _Context:
    context = _Context()
    if 0 < claim.sentence < len(article.sentences):
        # A sentence opening with a pronoun ("They amount to", « Celles-ci s'élèvent à ») is about what the one
        # before named: its words say what the figure measures, as the figure's own would.
        pronoun = article.opens_with_pronoun(claim.sentence)
        for word in article.sentences[claim.sentence - 1]:
            context.add(word, PRONOUN_WEIGHT if pronoun else NEIGHBOUR_WEIGHT, before=not pronoun)
            if pronoun:
                context.own.update(word.forms)
    if claim.sentence < len(article.sentences):
        marks, is_date, own_forms = article.marks, claim.kind == "date", context.own
        lone_date = is_date and sum(figure.kind == "date" for figure in figures) == 1
        verbs = event_verbs(article.document.sentences[claim.sentence].language) if lone_date else {}
        sentence_start = article.document.sentences[claim.sentence].start
        spans = [(figure.start, figure.end) for figure in figures]
        language = article.document.sentences[claim.sentence].language
        for word in article.sentences[claim.sentence]:
            inside = any(start <= word.start < end for start, end in spans)
            if inside and not is_date:
                continue  # "million", "euros", "barrels": how a number is written, not what it measures
            if is_date and after_state_word(article.document.text, word.start, language):
                continue  # "two machines were forced open in August": a state, no opening
            own = _distance(marks, word, claim)
            shared = any(_distance(marks, word, rival) < own for rival in rivals)
            if is_date and (owner := next((figure for figure in figures if figure.kind == "date" and governed_date(
                    article.document.text, word, figure, language)), None)) is not None:
                shared = owner is not claim  # "wrecked in January reopened on 19 May": the verb is the May's
            weight = SENTENCE_WEIGHT / (1 + own / HALF_WEIGHT_DISTANCE)
            weight = weight * SHARED_FACTOR if shared else weight
            # A name in the sentence says whose figures all of them are ("North Korea has shipped X ... and Y").
            context.add(word, max(weight, SENTENCE_NAME_WEIGHT) if word.name else weight)
            if lone_date and not shared and word.name:
                context.names.update(word.forms)
            if lone_date and _next_to(article.document.text, word, claim):
                for form in word.forms:
                    context.event_nouns.update(verbs.get(form, ()))
                if any(form in verbs for form in word.forms):
                    context.event_verbs.update(word.forms)
            if not shared and not word.name and not inside:
                own_forms.update(word.forms)
                if word.key[:1].isdigit() and (word.end <= claim.start or own == _plain_distance(word, claim)) \
                        and not _in_aside(marks, sentence_start, word, claim):
                    # a year before the figure ("En 2025, ...", "since 2022, when it employed ...") or after it in
                    # its clause may be the figure's; one after a clause mark dates something else, and one in an
                    # aside before it ("The firm, founded in 1962, made €54.1m") says when something else was
                    context.years.update(form for form in word.forms if YEAR.fullmatch(form))
    context.share_of = article.share_of(claim)
    phrase, head, generic = article.counted(claim)
    for word in phrase:
        context.add(word, SENTENCE_WEIGHT if generic else COUNTED_WEIGHT)
        context.own.update(word.forms)
    # "Fewer than 5,200 cats and dogs were neutered": a reference counting animals counts them too
    language = article.document.sentences[claim.sentence].language
    context.head = frozenset() if generic else widened(head, language) | _outcome_after(article, claim, language)
    later = [figure for figure in figures if figure.start >= claim.end]
    period = article.per_period(claim, later[0] if later else None)
    context.per_period = period is not None
    context.per_year = period in _folded_cues(language, "per_year")
    return context


def _outcome_after(article: ArticleWords, claim: Claim, language: str) -> frozenset[str]:
    """The forms of what happened to the things a count counts, said right after them ("Four skiers were killed":
    ``cues.outcomes``, within ``OUTCOME_WORDS`` words of the noun, in its clause): a reference counting the dead
    counts them; or of what they became ("2,640 residents who became shareholders": ``cues.become``)."""
    text = article.document.text
    end = text.find(claim.counted, claim.end, claim.end + 40) if claim.counted else -1
    if end < 0:
        return frozenset()
    following = re.split(r"[,;:.()]", text[end + len(claim.counted):end + len(claim.counted) + 40], maxsplit=1)[0]
    outcomes = set(_folded_cues(language, "outcomes"))
    found = frozenset(form for word in following.lower().split()[:OUTCOME_WORDS] if fold(word) in outcomes
                      for found in phrase_words(word, language) for form in found.forms)
    # "2,640 residents who became shareholders", « 2 640 habitants devenus actionnaires »: what they now are
    folded = " ".join(fold(following).split())
    become = next((cue for cue in _folded_cues(language, "become") if f"{folded} ".startswith(f"{cue} ")), None)
    if become is not None:
        now = phrase_words(folded[len(become):].strip(), language)
        found |= frozenset(now[0].forms) if now else frozenset()
    return found


def _with_implied_unit(article: ArticleWords, claim: Claim, figures: Sequence[Claim]) -> Claim:
    """A bare amount takes the kind and unit of the amount it is listed with or compared to: "2,2 millions de
    barils par jour, dont 1 million ... et 500 000" (barrels a day); "par rapport aux 11,2 milliards" (euros)."""
    if claim.kind != "count" or claim.unit is not None or claim.counted:
        return claim
    language = article.document.sentence_at(claim.start).language
    cues = load_lexicon(language, "text").get("cues", {})
    links = [*cues.get("past_value", ()), *cues.get("parts_inclusive", ())]
    for earlier in reversed([other for other in figures if other.end <= claim.start]):
        if earlier.kind in ("money", "quantity") and earlier.unit and not earlier.change:
            between = f" {' '.join(article.document.text[earlier.end:claim.start].lower().split())} "
            if any(f" {link} " in between for link in links):
                return replace(claim, kind=earlier.kind, unit=earlier.unit)
            return claim
    return claim


def _compared_with(article: ArticleWords, claim: Claim, figures: Sequence[Claim]) -> Claim | None:
    """The figure of the sentence this one is given as a past value of ("61.4%, up from 55.9%"), if any."""
    if not given_as_past_value(article.document, claim):
        return None
    earlier = [other for other in figures if other.end <= claim.start and matchable(other)
               and other.kind == claim.kind and other.unit == claim.unit]
    return earlier[-1] if earlier else None


def _counted_compared(article: ArticleWords, claim: Claim, figures: Sequence[Claim]) -> Claim | None:
    """The figure of the sentence a bare count is compared with, when that one says what it counts: "about 31,000
    visitors over the weekend, well above the about 25,000 the market usually draws" (visitors, too). A past
    value ("64 500 visiteurs, contre 31 000 à la mi-mars") is left as it is: it would take the series of the
    figure it is the past of (``_share_out``)."""
    if claim.kind != "count" or not compared_with_base(article.document, claim):
        return None
    earlier = [other for other in figures if other.end <= claim.start and other.kind == "count"]
    return earlier[-1] if earlier and earlier[-1].counted else None


def _counted_added(article: ArticleWords, claim: Claim, figures: Sequence[Claim]) -> Claim | None:
    """The count added before a bare level it brings things to, when it says what it counts: "added four charging
    points and brings the co-op's total to 11" (charging points, too)."""
    if claim.kind != "count" or not brought_to(article.document.text, claim.start,
                                               article.document.sentence_at(claim.start).language):
        return None
    earlier = [other for other in figures if other.end <= claim.start and other.kind == "count"]
    return earlier[-1] if earlier and earlier[-1].counted else None


def _writes_value(claim: Claim, reference: IndexedReference) -> bool:
    """Does the figure write the reference's value, in its unit, within its own rounding?"""
    center, interval = reference.record.get("value"), claim.interval
    return (center is not None and interval is not None and claim.unit == reference.record.get("unit")
            and interval.low <= center <= interval.high)


def _near_value(claim: Claim, reference: IndexedReference) -> bool:
    """Could the reference be the figure's own (at most ``NEAR_FACTOR`` times off, a date at most ``NEAR_DATE`` off,
    or not comparable here)? "34 of the 95 seats": a reference of 34 seats is not the 95's."""
    if claim.kind == "date":
        # "Since last week, … in the old presbytery, a building from 1887": an opening on file in 2046 is not 1887's
        if reference.date is None or not claim.date_start or not claim.date_end:
            return True
        start, end = dt.date.fromisoformat(claim.date_start), dt.date.fromisoformat(claim.date_end)
        return start - NEAR_DATE <= reference.date <= end + NEAR_DATE
    center = reference.record.get("value")
    if claim.value is None or not center or claim.unit != reference.record.get("unit"):
        return True
    ratio = claim.value / center
    return 1 / NEAR_FACTOR <= ratio <= NEAR_FACTOR


@lru_cache(maxsize=16)
def _cues_of_every_language(name: str) -> tuple[str, ...]:
    """The cue phrases ``name`` of every language, folded (a reference may be written in any of them)."""
    return tuple(cue for language in SUPPORTED_LANGUAGES for cue in _folded_cues(language, name))


@lru_cache(maxsize=65_536)
def _measure_says(measure: str, name: str) -> bool:
    """Does a reference's measure use one of the cue phrases ``name`` ("pay rise offered": ``change_measure``;
    "extra vaccine doses": ``increment``; "posts to be cut": ``planned``)? Once per measure."""
    folded = f" {' '.join(fold(measure).split())} "
    lemmas = frozenset(form for word in phrase_words(measure) for form in word.forms)  # "routes dropped": drop
    return any(f" {cue} " in folded or cue in lemmas for cue in _cues_of_every_language(name))


def _words_before(document: Document, claim: Claim, count: int) -> frozenset[str]:
    """The forms of the ``count`` words right before the figure ("loses 27.4%", « a perdu moins de 30 % »)."""
    before = document.text[max(0, claim.start - CUE_WINDOW):claim.start].split()[-count:]
    language = document.sentence_at(claim.start).language
    return frozenset(form for word in phrase_words(" ".join(before), language) for form in word.forms)

def _reports_change(reference: IndexedReference) -> bool:
    """Is the reference's figure a change ("pay rise offered", « baisse des arrêts maladie »)?"""
    return _measure_says(reference.record.get("measure") or "", "change_measure")


def _increment(document: Document, claim: Claim) -> bool:
    """Is the figure an addition to a level ("four more examiners", « quatre inspecteurs supplémentaires »:
    ``cues.increment``)?"""
    language = document.sentence_at(claim.start).language
    return said_after(document.text, claim.end, claim.counted, cues(language, "increment"))


def _reports_increment(reference: IndexedReference) -> bool:
    """Is the reference's figure an addition ("extra vaccine doses ordered", « postes supplémentaires »)?"""
    return _measure_says(reference.record.get("measure") or "", "increment")


def _forecast(reference: IndexedReference) -> bool:
    """Is the reference itself a goal or a forecast: does it name a year after its own date ("savings expected by
    2032", as of 2026) or say it is planned ("posts to be cut", « emplois prévus »: ``cues.planned``)?"""
    if reference.as_of is not None and any(int(year) > reference.as_of.year for year in reference.years):
        return True
    return _measure_says(reference.record.get("measure") or "", "planned")


def _usable(reference: IndexedReference, published: dt.date | None) -> bool:
    """On file when the article was published (a later report cannot contradict it)."""
    return published is None or reference.as_of is None or reference.as_of <= published


def _score(claim: Claim, reference: IndexedReference, context: _Context, article: ArticleWords,
           index: ReferenceIndex) -> tuple[float, tuple[str, ...], float] | None:
    """The candidate's score, matched terms and unit bonus, or None when it fails a test."""
    if reference.entities:
        shared = reference.entities & (article.names if reference.named else article.forms)
        if not shared or (shared <= _country_forms() and _subject_names_more(reference)):
            return None  # a story in France names France; the reference's "Vézillac-sur-Dourbe (France)" it must name
    if claim.kind == "date" and reference.entities and not reference.entities & article.nearby(claim.sentence):
        return None  # a date is checked against an event of the story's subject or of one named close by
    if claim.kind == "count" and context.head and not context.head & index.counted_terms(reference):
        return None  # "six North Korean generals" counts no troops; "2,300 emergency visits" counts emergencies
    if context.per_period and not reference.per_period and not (context.per_year and reference.years):
        return None  # "5,200 trips a year" may be the trips of a year on file ("trips in 2045")
    if context.demand and not _measure_says(reference.record.get("measure") or "", "demand_measure"):
        return None  # "unions want 30 culls" is no plan of the prefecture's
    if context.goal and not context.demand and not _forecast(reference) and not (
            _same_digits(claim, reference)
            and (claim.value != reference.record.get("value") or claim.qualifier in OPEN_BOUNDS)):
        return None  # "expects to handle 1.45 million tonnes a year" writes the 1,450 t on file: that figure, slipped
        # ("less than 6,500 m³" and "more than 6,500" on file: the bound turned round)
    if context.equivalent and not _measure_says(reference.record.get("measure") or "", "equivalence_measure"):
        return None  # "the equivalent of 700,000 homes" is no count of the city's homes
    if context.round_trip and not _measure_says(reference.record.get("measure") or "", "round_trip_measure"):
        return None  # "a round trip of more than 50 km" is no distance to the nearest pump
    if context.period_start and not _measure_says(reference.record.get("measure") or "", "start_measure") \
            and not (claim.kind == "date" and index.event_terms(reference) & context.own
                     & event_verbs(article.document.sentences[claim.sentence].language).keys()):
        return None  # "since 2019" bounds a period; it dates only a start ("on strike since 13 January"), or the
        # event its sentence says began it (« Depuis samedi, il en a : deux blocs …, inaugurés devant le préfet »)
    if claim.change and not _reports_change(reference) and context.change_words.isdisjoint(
            index.measure_terms(reference)):
        return None  # "up 15%" is no level of the table
    if context.increment and not _reports_increment(reference):
        return None  # "four more examiners" is no count of examiners
    if context.share_of and not any(forms & reference.terms for forms in context.share_of):
        return None  # "38,5 % des suffrages" is no turnout
    years = context.years
    if years and (reference.years and not reference.years & years):
        return None  # "12,4 milliards en 2023" is no 2022 figure
    digits = _same_digits(claim, reference)
    if context.share_part and not digits:
        return None
    # a date is tied to the words setting its event apart; one opening a period to any word of the fact started
    what = index.event_terms(reference) if claim.kind == "date" and not context.period_start \
        else index.measure_terms(reference)
    if claim.kind != "quantity" and not what & context.own and not (  # a unit says what it measures: "3,492 miles"
            claim.granularity == "day" and reference.named and reference.entities & context.names
            and index.only_dated_fact(reference)):  # "won the Rennick Valley Classic last Saturday"
        return None
    if claim.kind == "date" and _other_event_said(context, what, article.document.sentences[claim.sentence].language):
        return None  # « a refermé ses portes dimanche » dates no opening day, whatever the fair's words
    shared = reference.terms.intersection(context.weights) - (context.before - reference.entities)
    best: dict[str, float] = {}
    found = context.weights.keys()
    for form in shared - reference.entities:
        # A word of a longer phrase of the reference is worth less alone ("budget" of "defence budget").
        credit = max(PHRASE_FLOOR, reference.coverage(form, found))
        value = context.weights[form] * index.idf(form) * credit
        key = context.keys[form]
        if value > best.get(key, 0.0):
            best[key] = value
    # The subject is one piece of evidence however many words name it ("Saudi Arabia", "Kim Jong Un").
    named = [context.weights[form] * index.idf(form) for form in shared & reference.entities]
    topic = reference.entities.difference(context.weights) & article.forms
    named += [ARTICLE_WEIGHT * index.idf(form) for form in topic]
    score = sum(best.values()) + max(named, default=0.0) + (DIGITS_WEIGHT if digits else 0.0)
    if claim.kind == "date" and _event_attached(article.document, claim, what):
        score += ATTACHED_EVENT_WEIGHT
    if context.per_period:
        score += PER_PERIOD_WEIGHT  # "30,000 CFA francs a month" and a monthly allowance
    bonus = UNIT_WEIGHT if claim.kind == "quantity" and (
        reference.entities & context.weights.keys() or article.sole_of_dimension(index, claim, reference)) else 0.0
    return score + bonus, tuple(sorted(shared)), bonus


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+([^\W\d_]+)")


@lru_cache(maxsize=4)
def _linked_before(language: str) -> re.Pattern[str]:
    """A word and a link to the date right after it ("the referendum of", « le référendum de »:
    ``cues.event_date_links``)."""
    links = "|".join(re.escape(cue) for cue in _folded_cues(language, "event_date_links"))
    return re.compile(rf"([^\W\d_]+)\s+(?:{links})\s*$", re.IGNORECASE)


def _event_attached(document: Document, claim: Claim, what: frozenset[str]) -> bool:
    """Is a word naming the reference's event glued to the date ("Saturday's referendum", "the referendum of 14
    March", « le référendum de dimanche »)? Then the date is that event's, whatever other date shares its words."""
    text, language = document.text, document.sentence_at(claim.start).language
    after = _POSSESSIVE_AFTER.match(text, claim.end, claim.end + 40)
    before = _linked_before(language).search(text, max(0, claim.start - 40), claim.start)
    return any(found and what & frozenset(form for word in phrase_words(found.group(1), language)
                                          for form in word.forms)
               for found in (after, before))


def _measure_but_years(index: ReferenceIndex, reference: IndexedReference) -> frozenset[str]:
    """What a reference measures, whatever year or month it names: its measure terms but the years and months
    ("annual inflation in February" measures what "annual inflation in March" does)."""
    return frozenset(term for term in index.measure_terms(reference) - reference.years
                     if not term.startswith("month-") and term not in calendar_words())


def governed_date(text: str, word: Word, date: Claim, language: str) -> bool:
    """Does the date follow the word with only a preposition between ("reopened on 19 May", « rouvert le 19 mai »:
    ``cues.event_date_prepositions``)? It is that word's date, whatever date comes nearer before it."""
    between = text[word.end:date.start].lower().split()
    return (date.start >= word.end and len(between) == 1
            and between[0] in cues(language, "event_date_prepositions"))


def after_state_word(text: str, start: int, language: str) -> bool:
    """Is the word starting at ``start`` right after one making a word of an event a state ("forced open",
    « restée ouverte »: ``cues.state_before``)? Shared by the matcher and the date rule."""
    before = text[max(0, start - 30):start].split()
    return bool(before) and fold(before[-1]) in _folded_cues(language, "state_before")


def _next_to(text: str, word: Word, claim: Claim) -> bool:
    """Is the word an inflected verb (not its bare form, which may be an adjective: "in open water last week")
    within ``EVENT_VERB_WORDS`` words of the figure, in its clause?"""
    if len(word.forms) < 2:
        return False
    between = text[word.end:claim.start] if word.end <= claim.start else text[claim.end:word.start]
    return not any(mark in between for mark in ",;:()") and len(between.split()) <= EVENT_VERB_WORDS


def _other_event_said(context: _Context, what: frozenset[str], language: str) -> bool:
    """Does a verb of the date's sentence say another event happened than the one the reference names, with only
    words of its subject's things to tie it ("La foire … a refermé ses portes dimanche" and the fair's opening day:
    ``event_verbs`` of lexicons/<lang>/dates.yaml)? Not when the reference's words name that verb itself (« la
    yourte, installée début février » and a yurt's opening that lists « installée »)."""
    if not context.event_nouns or context.event_nouns & what or context.event_verbs & what:
        return False
    events = event_nouns(language)
    return bool(what & events) and not what & context.own & events


def _same_digits(claim: Claim, reference: IndexedReference) -> bool:
    """Does the figure write the reference's value, maybe with another scale word ("€9.4bn" for 9.4 million), with
    at least two significant digits (a round "20" may be anything)? A telling coincidence, worth a word."""
    value, center = claim.value, reference.record.get("value")
    if claim.kind == "date" or not value or not center or value <= 0 or center <= 0:
        return False
    digits = f"{value:.6g}".replace(".", "").lstrip("0").rstrip("0").split("e")[0]
    if len(digits) < 2:
        return False
    exponent = math.log10(value / center)
    return abs(exponent - round(exponent)) < 1e-6 and round(exponent) % 3 == 0


def _candidates(claim: Claim, context: _Context, article: ArticleWords, index: ReferenceIndex,
                settings: MatchSettings) -> list[Candidate]:
    # Every candidate but a quantity's shares a measure word of the claim's own: those words fetch the pool;
    # a quantity's candidates are fetched by any word of its context, names included.
    fetching = context.weights.keys() if claim.kind == "quantity" else context.own
    pool: set[str] = set()
    for ids, citable in article.postings_fetched(index, claim.kind, fetching):
        pool.update(ids & citable)
    published = article.document.published_at
    # a share said of what the reference's words name ("under 80% of the workforce") needs less of the rest
    floor = settings.min_score * (SHARE_OF_FLOOR if claim.kind == "percent" and context.share_of
                                  else DAY_FLOOR if claim.granularity == "day" or context.period_start else 1.0)
    scored: list[tuple[float, str, Candidate]] = []
    for ref_id in pool:
        reference = index.references[ref_id]
        if not _usable(reference, published) or not compatible(claim, reference):
            continue
        result = _score(claim, reference, context, article, index)
        if result is not None and result[0] >= floor:
            scored.append((result[0], ref_id, Candidate(reference, *result)))
    return [candidate for _, _, candidate in heapq.nlargest(MAX_CANDIDATES, scored, key=lambda item: item[:2])]


def match_claims(document: Document, claims: Iterable[Claim], index: ReferenceIndex,
                 settings: MatchSettings = DEFAULT_MATCH) -> dict[str, Match]:
    """The match of every claim of ``document`` (one reference per figure of a sentence)."""
    claims = [claim for claim in claims if claim.is_claim]
    if not index.references:
        return {claim.id: Match(claim, ()) for claim in claims}
    article = ArticleWords(document)
    article.quantities_by_dimension.update(units.dimension_key(claim.unit) for claim in claims
                                           if claim.kind == "quantity")
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    names = {claim.id for claim in claims if _in_name(document, claim, index)}
    by_id = {claim.id: claim for claim in claims}
    whole_of: dict[str, str] = {}
    shares: set[str] = set()
    for figures in by_sentence.values():
        found, shared = _parts(document, figures)
        whole_of.update(found)
        shares |= shared
    # the verb of each change ("loses 27.4%"): a reference naming it reports that figure, though it is no change
    change_verbs = {claim.id: _words_before(document, claim, CHANGE_VERB_WORDS) for claim in claims if claim.change}
    matched_as: dict[str, Claim] = {}
    for claim in claims:
        if not matchable(claim) or claim.id in names or not article.reachable(index, claim):
            continue
        if claim.change and not article.cites_changes(index, claim.kind) and not article.fetches(
                index, claim.kind, change_verbs[claim.id]):
            continue  # a change is only checked against a reference of a change, or one naming its verb ("lost")
        if claim.kind != "date" and converts(document, claim, claims):
            continue
        if claim.kind == "date" and _period_of_amount(document, claim, by_sentence[claim.sentence]):
            continue
        claim = _with_implied_unit(article, claim, by_sentence[claim.sentence])
        if claim.id in whole_of and not claim.counted:  # "412 of the 640 pilots" counts pilots too
            claim = replace(claim, counted=by_id[whole_of[claim.id]].counted)
        elif not claim.counted and (base_of := _counted_compared(article, claim, by_sentence[claim.sentence])
                                    or _counted_added(article, claim, by_sentence[claim.sentence])):
            claim = replace(claim, counted=base_of.counted)
        matched_as[claim.id] = claim
    fetching = {claim_id for claim_id, claim in matched_as.items()
                if article.may_fetch(index, claim, by_sentence[claim.sentence])}
    past_of = _past_values(article, fetching, matched_as, by_id, by_sentence)
    contexts = {claim.id: _context_for(article, matched_as[claim.id], by_sentence[claim.sentence])
                for claim in claims if claim.id in fetching or claim.id in past_of.values()}
    for claim_id in fetching:
        _set_tests(document, contexts[claim_id], matched_as[claim_id], claims)
        contexts[claim_id].share_part = claim_id in shares
        contexts[claim_id].change_words = change_verbs.get(claim_id, frozenset())
    for claim in claims:
        if claim.id in past_of:
            contexts[claim.id].inherit(contexts[past_of[claim.id]])
    ranked = {claim.id: _candidates(matched_as[claim.id], contexts[claim.id], article, index, settings)
              if claim.id in fetching else [] for claim in claims}
    for part, whole in whole_of.items():
        # « 17 des 26 vitraux ont été brisés »: the verb after the whole tells of the part; a reference whose value
        # the whole writes (the church's 26 windows) is the whole's, though the words favour another
        _put_written_first(by_id[whole], ranked)
        # "will keep 23 of the tannery's 38 jobs": a reference whose value the part writes is the part's; the whole,
        # whose best candidate it was, falls back on the others near its own value, when they tell one apart
        part_interval = by_id[part].interval
        written = {candidate.reference.series_key for candidate in ranked[part]
                   if part_interval is not None and part_interval.bounded
                   and _writes_value(by_id[part], candidate.reference)}
        if ranked[whole] and ranked[whole][0].reference.series_key in written:
            rest = [candidate for candidate in ranked[whole] if candidate.reference.series_key not in written]
            ranked[whole] = [] if _ambiguous(rest, settings) else [
                candidate for candidate in rest if _near_value(by_id[whole], candidate.reference)]
        # "412 of the 640 pilots": the 640 pilots' reference is not the 412's, when it is the whole's at all
        if ranked[whole] and _near_value(by_id[whole], ranked[whole][0].reference):
            series = ranked[whole][0].reference.series_key
            ranked[part] = [candidate for candidate in ranked[part] if candidate.reference.series_key != series]
    for figures in by_sentence.values():
        _leave_to_days(figures, ranked)
        _leave_to_the_new(document, figures, ranked)
        _share_out(figures, ranked)
    for past, later in past_of.items():
        # "46 lynx, up from 38 a year earlier": the 38 counts what the 46 counts; having left that series to the
        # 46, it is no figure of another measure ("lynx released since 2019"), though it may be another year's
        # report of it ("revenue in 2022" for "12,4 milliards …, en hausse de 14 % par rapport aux 11,2 milliards")
        if ranked[later]:
            measure = _measure_but_years(index, ranked[later][0].reference)
            ranked[past] = [candidate for candidate in ranked[past]
                            if _measure_but_years(index, candidate.reference) == measure]
    _leave_written(claims, ranked)
    return {claim.id: Match(claim, tuple(ranked[claim.id]), _ambiguous(ranked[claim.id], settings),
                            claim.id in names, _rest_ambiguous(ranked[claim.id], settings)) for claim in claims}


def _past_values(article: ArticleWords, fetching: set[str], matched_as: dict[str, Claim], by_id: dict[str, Claim],
                 by_sentence: dict[int, list[Claim]]) -> dict[str, str]:
    """Claim id -> the id of the figure it is given as a past value of, for the figures whose candidates are
    fetched and, in turn, for those figures (their words rank its candidates: ``_Context.inherit``)."""
    past_of: dict[str, str] = {}
    pending = list(fetching)
    while pending:
        claim_id = pending.pop()
        claim = by_id[claim_id]
        earlier = _compared_with(article, claim, by_sentence[claim.sentence])
        if earlier is not None and earlier.id in matched_as:
            past_of[claim_id] = earlier.id
            if earlier.id not in fetching and earlier.id not in past_of:
                pending.append(earlier.id)
    return past_of


def _context_for(article: ArticleWords, claim: Claim, figures: list[Claim]) -> _Context:
    """The context of a figure among the figures of its sentence."""
    rivals = [other for other in figures if other is not claim and _rivals(claim, other)]
    # Words inside a figure are not what a number measures, but a year may say which edition it is of.
    spans = [other for other in figures if claim.kind == "date" or other.kind != "date"]
    return _context(article, claim, rivals, spans)


def _set_tests(document: Document, context: _Context, claim: Claim, claims: Sequence[Claim]) -> None:
    """What the figure's wording asks of its candidates: a forecast, a demand, an increment, an equivalence."""
    is_date = claim.kind == "date"
    context.goal = not is_date and is_goal(document, claim, claims)
    context.demand = context.goal and demanded(document, claim)
    context.increment = claim.kind in PART_KINDS and _increment(document, claim)
    context.equivalent = not is_date and _equivalence(document, claim)
    # "a round trip of more than 50 km", « un aller-retour de »
    context.round_trip = claim.kind == "quantity" and right_after_cue(document, claim.start, "round_trip",
                                                                       EQUIVALENCE_REACH)
    context.period_start = is_date and opens_period(document, claim)


def match_claim(document: Document, claim: Claim, index: ReferenceIndex,
                settings: MatchSettings = DEFAULT_MATCH) -> Match:
    """The match of one claim taken alone (no other figure of its sentence competes for its words)."""
    return match_claims(document, [claim], index, settings)[claim.id]


def _leave_to_the_new(document: Document, figures: list[Claim], ranked: dict[str, list[Candidate]]) -> None:
    """A figure said of an old thing ("The old works removed 61% of the nitrogen; the new one removes 93%":
    ``cues.old_subject`` among the few words before it, in its clause) leaves the series it shares with another
    figure of the sentence to that one: the report is of the thing as it is now."""
    contenders = [claim for claim in figures if ranked[claim.id]]
    for claim in contenders:
        if not _said_of_old(document, claim):
            continue
        others = {ranked[other.id][0].reference.series_key for other in contenders
                  if other is not claim and not _said_of_old(document, other)}
        ranked[claim.id] = [candidate for candidate in ranked[claim.id] if candidate.reference.series_key not in others]


def _said_of_old(document: Document, claim: Claim) -> bool:
    """Is one of ``cues.old_subject`` among the ``OLD_SUBJECT_WORDS`` words before the figure, in its clause?"""
    before = document.text[max(0, claim.start - 60):claim.start]
    clause = re.split(r"[,;:()]", before)[-1]
    words = {fold(word) for word in re.findall(r"[^\W\d_]+", clause.lower())[-OLD_SUBJECT_WORDS:]}
    return bool(words & set(_folded_cues(document.sentence_at(claim.start).language, "old_subject")))


def _share_out(figures: list[Claim], ranked: dict[str, list[Candidate]]) -> None:
    """Give each series of references to at most one figure of the sentence, so that the chosen scores add up
    to the most; a figure that loses its best reference keeps its other candidates, best first.

    Two figures of one sentence about the same series are the same figure twice or a figure and its past
    value ("26,000, up from 21,000"): only the better-tied one is checked against the table.
    """
    contenders = [claim for claim in figures if ranked[claim.id]]
    if len(contenders) < 2:
        return
    firsts = [ranked[claim.id][0].reference.series_key for claim in contenders]
    if len(set(firsts)) == len(firsts):
        # each keeps its best; the best series of another figure that writes its value is no rival of its own
        # ("84.6% this year, short of the 88.1% recorded in 2025": the 2025 report is the 88.1%'s)
        taken = {series for claim, series in zip(contenders, firsts, strict=True)
                 if _writes_value(claim, ranked[claim.id][0].reference)}
        for claim, own in zip(contenders, firsts, strict=True):
            ranked[claim.id] = [candidate for candidate in ranked[claim.id]
                                if candidate.reference.series_key == own or candidate.reference.series_key not in taken]
        return
    # A reference far off a figure's value counts for less here: "34 of the 95 seats" gives the 34 seats to the
    # 34 and the 95 to the assembly's size, whatever words each figure is nearer to.
    original: dict[int, Candidate] = {}
    options = []
    for claim in contenders:
        weighted = []
        for candidate in ranked[claim.id]:
            far = FAR_DATE_WEIGHT if claim.kind == "date" else FAR_VALUE_WEIGHT
            scored = replace(candidate, score=candidate.score * (1.0 if _near_value(claim, candidate.reference)
                                                                  else far))
            original[id(scored)] = candidate
            weighted.append(scored)
        options.append(sorted(weighted, key=lambda candidate: -candidate.score))
    ways = 1
    for found in options:
        ways *= len(found) + 1
    chosen = _best_assignment(options) if ways <= MAX_ASSIGNMENTS else _greedy_assignment(options)
    chosen = [original[id(pick)] if pick is not None else None for pick in chosen]
    for claim, pick in zip(contenders, chosen, strict=True):
        others = {other.reference.series_key for other in chosen if other is not None and other is not pick}
        rest = [c for c in ranked[claim.id] if c is not pick and c.reference.series_key not in others]
        ranked[claim.id] = [pick, *rest] if pick else []


def _leave_to_days(figures: list[Claim], ranked: dict[str, list[Candidate]]) -> None:
    """A dated fact a day of the sentence may date is that day's, not a year's ("the number of wolves that may be
    shot this year, in an order signed on 16 June": the order is dated by the day; "this year" says when the
    shooting may happen)."""
    days = {candidate.reference.series_key for figure in figures if figure.granularity == "day"
            for candidate in ranked[figure.id]}
    for figure in figures:
        if figure.granularity == "year" and days:
            ranked[figure.id] = [candidate for candidate in ranked[figure.id]
                                 if candidate.reference.series_key not in days]


def _put_written_first(claim: Claim, ranked: dict[str, list[Candidate]]) -> None:
    """Move the first candidate whose value the figure writes ahead of the others."""
    found = ranked[claim.id]
    written = next((candidate for candidate in found if _writes_value(claim, candidate.reference)), None)
    if written is not None and written is not found[0]:
        ranked[claim.id] = [written, *(candidate for candidate in found if candidate is not written)]


def _leave_written(claims: list[Claim], ranked: dict[str, list[Candidate]]) -> None:
    """A reference whose value one figure of the article writes is that figure's: another figure of another value
    whose best candidate it is, tied to it by no more words, counts something else ("The restoration cost £2.75
    million. … the remaining £1.65 million came from an appeal"), so it falls back on its other candidates, if
    its words ranked them below the one taken (on a tie they tell none apart). One tied to it by more words is
    still checked against it ("Russia launched about 80 missiles at Ukrainian cities …
    45 of 50 cruise missiles", against a report of about 50 missiles launched at the cities)."""
    # a bound ("above $8,000") writes no value: it only says the value is beyond it
    written: dict[str, int] = {}
    for claim in claims:
        best = ranked[claim.id][0] if ranked[claim.id] else None
        if best and claim.interval is not None and claim.interval.bounded and _writes_value(claim, best.reference):
            ref_id = best.reference.record["id"]
            written[ref_id] = max(len(best.matched_terms), written.get(ref_id, 0))
    for claim in claims:
        found = ranked[claim.id]
        if found and len(found[0].matched_terms) <= written.get(found[0].reference.record["id"], -1) \
                and not _writes_value(claim, found[0].reference):
            rest = [candidate for candidate in found if candidate.reference.record["id"] not in written]
            # a candidate its words tied with the one taken is no better told apart from the rest: none is its own
            ranked[claim.id] = rest if rest and rest[0].score < found[0].score else []


def _greedy_assignment(options: list[list[Candidate]]) -> list[Candidate | None]:
    """The best-scored figure chooses first."""
    chosen: list[Candidate | None] = [None] * len(options)
    taken: set[tuple[str, str]] = set()
    for position in sorted(range(len(options)), key=lambda item: -options[item][0].score):
        pick = next((c for c in options[position] if c.reference.series_key not in taken), None)
        if pick is not None:
            chosen[position] = pick
            taken.add(pick.reference.series_key)
    return chosen


def _best_assignment(options: list[list[Candidate]]) -> list[Candidate | None]:
    """The choice of one candidate (or none) per figure, series distinct, with the highest total score."""
    best_total, best_choice = -1.0, [None] * len(options)

    def search(position: int, taken: frozenset, total: float, choice: list[Candidate | None]) -> None:
        nonlocal best_total, best_choice
        if position == len(options):
            if total > best_total:
                best_total, best_choice = total, list(choice)
            return
        for candidate in options[position]:
            key = candidate.reference.series_key
            if key not in taken:
                search(position + 1, taken | {key}, total + candidate.score, [*choice, candidate])
        search(position + 1, taken, total, [*choice, None])

    search(0, frozenset(), 0.0, [])
    return best_choice


def _rest_ambiguous(candidates: Sequence[Candidate], settings: MatchSettings) -> bool:
    """Are the candidates of the other series than the best one ambiguous among themselves?"""
    if len(candidates) < 3:
        return False
    series = candidates[0].reference.series_key
    return _ambiguous([candidate for candidate in candidates if candidate.reference.series_key != series], settings)


def _ambiguous(candidates: Sequence[Candidate], settings: MatchSettings) -> bool:
    """Two close candidates from different series with different values: say so rather than guess."""
    if len(candidates) < 2:
        return False
    first, second = candidates[0], candidates[1]
    if second.score - second.bonus < (first.score - first.bonus) * settings.ambiguity_ratio:
        return False
    if first.reference.series_key == second.reference.series_key:
        return False
    a, b = first.reference.interval, second.reference.interval
    if a is not None and b is not None:
        return not a.overlaps(b)
    return first.reference.date != second.reference.date
