"""In-memory match index over the reference table: terms, postings per kind, series of superseded figures."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from checker.claims import Interval
from checker.document import SUPPORTED_LANGUAGES
from checker.lexicon import load_lexicon
from checker.terms import Word, fold, institution_words, terms, words

YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: The smallest table size idf counts with (see ReferenceIndex.idf).
IDF_MIN_TABLE = 100
#: Approximate references ("about 50") cover this relative margin either side.
APPROX_MARGIN = 0.1


def reference_interval(record: dict[str, Any]) -> Interval | None:
    """The interval a reference commits to: explicit low/high win over value and qualifier."""
    value, low, high = record.get("value"), record.get("low"), record.get("high")
    if low is not None or high is not None:
        return Interval(-math.inf if low is None else low, math.inf if high is None else high)
    if value is None:
        return None
    qualifier = record.get("qualifier") or "exact"
    margin = abs(value) * APPROX_MARGIN
    return {
        "exact": Interval(value, value),
        "approx": Interval(value - margin, value + margin),
        "more_than": Interval(value, math.inf),
        "at_least": Interval(value, math.inf),
        "less_than": Interval(-math.inf, value),
        "at_most": Interval(-math.inf, value),
    }.get(qualifier, Interval(value, value))


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class IndexedReference:
    """A reference prepared for matching."""

    record: dict[str, Any]
    terms: frozenset[str]
    #: Terms naming who or what the figure is about: one must appear in an article citing it.
    entities: frozenset[str]
    #: Whether ``entities`` are proper names (written capitalised), not the words of a lower-case subject.
    named: bool
    #: A figure per period ("vehicles per day", "annual inflation").
    per_period: bool
    #: The years its description names ("revenue in 2023"): a figure said of another year is not this one.
    years: frozenset[str]
    #: Its subject, measure and aliases, each as its words' forms.
    phrases: tuple[tuple[frozenset[str], ...], ...]
    series_key: tuple[str, str]
    interval: Interval | None
    date: dt.date | None
    as_of: dt.date | None
    #: Words its description uses only as possessives ("pilots" of "pilots' strike"): whose the measure
    #: is, never what it counts.
    possessive: frozenset[str] = frozenset()

    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def kind(self) -> str:
        return self.record["kind"]

    def coverage(self, term: str, found: frozenset[str] | set[str]) -> float:
        """How much of the best phrase holding ``term`` the ``found`` forms cover: 1 for "tunnel" when the
        reference lists "tunnel" alone, 1/2 for "budget" when it only lists "defence budget"."""
        return max((sum(1 for forms in phrase if forms & found) / len(phrase)
                    for phrase in self.phrases if any(term in forms for forms in phrase)), default=0.0)


def _forms(found) -> frozenset[str]:
    return frozenset(form for word in found for form in word.forms)


@lru_cache(maxsize=100_000)
def _tokens(text: str) -> tuple[Word, ...]:
    """The words of one subject, measure or alias (shared between the references that use the same text)."""
    return tuple(words(text))


@lru_cache(maxsize=100_000)
def phrase_forms(text: str) -> tuple[frozenset[str], ...]:
    """The forms of each word of a subject, measure or alias (cached: many references share one text)."""
    return tuple(frozenset(word.forms) for word in _tokens(text))


def entity_terms(subject: str, measure: str, aliases: list[str]) -> tuple[frozenset[str], bool]:
    """The names among the reference's words ("Halvorsen", "Corée du Nord", "Brittany", "ligne 2"), without
    the capitalised words it also lists in lower case (a common word, whatever its capitals elsewhere);
    failing names, the subject's words. Second: whether they are names."""
    found = [word for text in (subject, measure, *aliases) for word in _tokens(text)]
    common = _forms(word for word in found if not word.capitalised)
    # "aide de l'État", « la Région »: an institution's common noun, capitalised, names no one in particular
    names = _forms(word for word in found if word.capitalised) - common - institution_words()
    # A name holding a number is a name whatever its case ("ligne 2", "Ariane 6").
    names |= _forms(word for text in (subject, *aliases) if _numbered(text) for word in _tokens(text))
    if names:
        return names, True
    # « élevages » of "Programme d'inspection des élevages canins" says what "élevages inspectés" counts: a word the
    # measure uses is no one's name
    subject_forms = _forms(_tokens(subject))
    return (subject_forms - _forms(_tokens(measure)) or subject_forms), False


def numbered_names(record: dict[str, Any]) -> set[str]:
    """The subject and aliases that hold a number ("Ariane 6", "ligne 2"), folded, spaces collapsed."""
    texts = [record.get("subject") or "", *(record.get("aliases") or [])]
    return {" ".join(fold(text).split()) for text in texts if _numbered(text)}


def _numbered(text: str) -> bool:
    """Does the name hold a number that is not a year ("Ariane 6", not "Tour de France 2024")?"""
    return any(not YEAR.fullmatch(number) for number in re.findall(r"\d+", text))


@lru_cache(maxsize=1)
def generic_event_words() -> frozenset[str]:
    """Words of a date reference's measure that name no event by themselves ("date", "start", « début »), in
    every language (lexicons/<lang>/text.yaml ``cues.generic_event``): the event is then the subject's."""
    return frozenset(term for language in SUPPORTED_LANGUAGES
                     for cue in load_lexicon(language, "text").get("cues", {}).get("generic_event", ())
                     for term in terms(cue))


@lru_cache(maxsize=1)
def per_period_cues() -> tuple[str, ...]:
    """Words saying a figure is per period ("a day", "par an"), in every language, folded."""
    return tuple(sorted({fold(cue) for language in SUPPORTED_LANGUAGES
                         for cue in load_lexicon(language, "text").get("cues", {}).get("per_period", ())}))


#: Marks ending a sentence of a reference's notes ("A year. Counted in March.").
_SENTENCE_ENDS = re.compile(r"[.;:!?]")


def prepare(record: dict[str, Any]) -> IndexedReference:
    subject, measure = record.get("subject") or "", record.get("measure") or ""
    aliases = list(record.get("aliases") or [])
    entities, named = entity_terms(subject, measure, aliases)
    described = f" {fold(' '.join([measure, *aliases]))} "
    # the notes may say the period a figure is per in a sentence of its own ("A year." for a starting salary; not
    # "Replaces the annual report.")
    notes = {" ".join(sentence.split()) for sentence in _SENTENCE_ENDS.split(fold(record.get("notes") or ""))}
    return IndexedReference(
        record=record,
        terms=_forms(word for text in (subject, measure, *aliases) for word in _tokens(text)),
        entities=entities,
        named=named,
        per_period=any(f" {cue} " in described or cue in notes for cue in per_period_cues()),
        phrases=tuple(phrase for text in (subject, measure, *aliases) if (phrase := phrase_forms(text))),
        years=frozenset(form for text in (measure, *aliases) for word in _tokens(text) for form in word.forms
                        if YEAR.fullmatch(form)),
        series_key=(fold(subject), fold(measure)),
        interval=reference_interval(record),
        date=_as_date(record.get("date")),
        as_of=_as_date(record.get("as_of")),
        possessive=_possessive_only(subject, measure, *aliases),
    )


def _possessive_only(*texts: str) -> frozenset[str]:
    """The forms of the words written only as possessives ("pilots' strike", "the union's members")."""
    possessive: set[str] = set()
    plain: set[str] = set()
    for text in texts:
        for word in _tokens(text):
            (possessive if text[word.end:word.end + 1] in ("'", "\u2019") else plain).update(word.forms)
    return frozenset(possessive - plain) if possessive else frozenset()


@dataclass
class ReferenceIndex:
    """Postings term -> reference ids, per reference kind (measure words and names apart), kept in step
    with the table.

    ``stamp`` is the database's index stamp this index reflects; ``last_pk`` the
    newest stored version it has applied, so a refresh only reads what changed.
    """

    stamp: int = 0
    last_pk: int = 0
    references: dict[str, IndexedReference] = field(default_factory=dict)
    #: Per kind, measure term -> reference ids (the words saying what is measured).
    postings: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    #: Per kind, name term -> reference ids (the names saying whom or what a figure is about).
    name_postings: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    #: Per kind, subject word -> ids of the references whose subject is no name ("euro area").
    subject_postings: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    #: Per kind, the references naming no subject at all (an article can always cite them).
    unnamed: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    document_frequency: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    series: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    subjects: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: Names in the table that hold a number ("ariane 6", "ligne 2"), folded, with how many references use them.
    numbered_names: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    _distinctive: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]]) -> ReferenceIndex:
        index = cls()
        for record in records:
            index.put(record)
        return index

    def __len__(self) -> int:
        return len(self.references)

    def put(self, record: dict[str, Any]) -> None:
        """Add a reference, replacing an earlier version with the same id."""
        self.remove(record["id"])
        item = prepare(record)
        self.references[item.id] = item
        for term in item.terms:
            self._postings(item, term)[term].add(item.id)
            self.document_frequency[term] += 1
        if not item.entities:
            self.unnamed[item.kind].add(item.id)
        self.series[item.series_key].add(item.id)
        self.subjects[item.series_key[0]].add(item.id)
        for name in numbered_names(item.record):
            self.numbered_names[name] += 1
        self._forget_distinctive(item)

    def remove(self, ref_id: str) -> None:
        item = self.references.pop(ref_id, None)
        if item is None:
            return
        for term in item.terms:
            postings = self._postings(item, term)
            postings[term].discard(ref_id)
            if not postings[term]:
                del postings[term]
            self.document_frequency[term] -= 1
            if self.document_frequency[term] <= 0:
                del self.document_frequency[term]
        self.unnamed[item.kind].discard(ref_id)
        for name in numbered_names(item.record):
            self.numbered_names[name] -= 1
            if self.numbered_names[name] <= 0:
                del self.numbered_names[name]
        for groups, key in ((self.series, item.series_key), (self.subjects, item.series_key[0])):
            members = groups[key]
            members.discard(ref_id)
            if not members:
                del groups[key]
        self._forget_distinctive(item)

    def _postings(self, item: IndexedReference, term: str) -> dict[str, set[str]]:
        if term not in item.entities:
            return self.postings[item.kind]
        return (self.name_postings if item.named else self.subject_postings)[item.kind]

    def _forget_distinctive(self, item: IndexedReference) -> None:
        for ref_id in (item.id, *self.subjects.get(item.series_key[0], ())):
            self._distinctive.pop(ref_id, None)

    def measure_terms(self, item: IndexedReference) -> frozenset[str]:
        """The terms saying what the figure measures: its terms that are not names."""
        return item.terms - item.entities

    def counted_terms(self, item: IndexedReference) -> frozenset[str]:
        """The terms that can name what the figure counts: its measure terms but the possessives ("640
        pilots" is no figure of a "pilots' strike")."""
        return self.measure_terms(item) - item.possessive

    def event_terms(self, item: IndexedReference) -> frozenset[str]:
        """For a dated fact, the terms that set it apart from the subject's other facts: its terms that are
        not names, not carried by another dated fact on the subject, nor by all the subject's figures
        unless the subject is the event ("earthquake" for the "date of the earthquake" of the "Harsa
        earthquake"; "opened" for the opening of a metro line, not "metro", which its length and its
        cost also carry)."""
        found = self._distinctive.get(item.id)
        if found is None:
            others = [self.references[ref_id] for ref_id in self.subjects.get(item.series_key[0], ())
                      if self.references[ref_id].series_key != item.series_key]
            dated = set().union(*(other.terms for other in others if other.kind == "date"))
            common = item.terms.intersection(*(other.terms for other in others)) if others else frozenset()
            # The event a date reference dates may be its subject itself ("date of the earthquake", "start of the
            # strike"); not when the measure names an event of its own ("delivery of the first vessel" of the vessels).
            record = item.record
            measure = frozenset(terms(record.get("measure") or ""))
            subject = frozenset(terms(record.get("subject") or ""))
            # ("polling day" of the "Vorland regional assembly election": the measure names no event but the subject)
            itself = (measure & subject or subject) if not measure - generic_event_words() - subject else frozenset()
            # the other words of an alias naming the subject are part of a name, no event ("coopérative" of
            # "coopérative Mer-Bleue" dates no inauguration)
            naming = frozenset().union(*(words for alias in record.get("aliases") or ()
                                         if (words := frozenset(terms(alias))) & item.entities))
            found = item.terms - item.entities - (naming - measure - itself) - dated - (common - itself)
            self._distinctive[item.id] = found
        return found

    def only_dated_fact(self, item: IndexedReference) -> bool:
        """Is the reference the one dated fact on file about its subject (then a date next to the subject's name,
        "won the Rennick Valley Classic last Saturday", can only be its)?"""
        return item.kind == "date" and not any(
            self.references[ref_id].kind == "date" and self.references[ref_id].series_key != item.series_key
            for ref_id in self.subjects.get(item.series_key[0], ()))

    def cited_by(self, kind: str, names: Iterable[str], words: Iterable[str]) -> set[str]:
        """The references of ``kind`` an article can cite: those whose names it writes (``names``), whose
        unnamed subject's words it uses (``words``), and those naming no subject."""
        found = set(self.unnamed.get(kind, ()))
        for postings, forms in ((self.name_postings.get(kind, {}), names),
                                (self.subject_postings.get(kind, {}), words)):
            found.update(*(postings[form] for form in postings.keys() & forms))
        return found

    def idf(self, term: str) -> float:
        """1 for a term every reference has, growing with rarity. A table is counted as at least
        ``IDF_MIN_TABLE`` references, so that in a small table a word naming one fact still scores as
        a telling word (the matching thresholds are set for tables of a hundred references and more)."""
        size = max(len(self.references), IDF_MIN_TABLE)
        return 1 + math.log((size + 1) / (self.document_frequency.get(term, 0) + 1))

    def series_of(self, item: IndexedReference) -> list[IndexedReference]:
        """References with the same subject and measure (successive figures), oldest first."""
        members = [self.references[ref_id] for ref_id in self.series.get(item.series_key, ())]
        return sorted(members, key=lambda ref: (ref.as_of or dt.date.min, ref.id))
