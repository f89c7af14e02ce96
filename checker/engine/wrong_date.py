"""Rule kind for dated facts placed on the wrong date, month or year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from checker.claims import Claim
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.lexicon import cues, load_lexicon
from checker.match import Candidate, after_state_word, governed_date
from checker.references.index import YEAR, IndexedReference
from checker.report import Finding
from checker.terms import Word, event_verbs, sentence_words, terms
from checker.timing import CLAUSE_MARKS, REACH, date_range, is_deadline, opens_period

#: At most this many characters between a comma and a date it sets in apposition (", le ", ", on ").
APPOSITION_REACH = 5
#: How many words after a comma may say that the date that follows is when the event happened ("which was held").
OPENER_WORDS = 4
#: How many words a place or a description set off by two commas may have ("in eastern France", "a network of 112
#: weather stations run by Westmore State University").
PLACE_ASIDE_WORDS = 12
#: How many words may come before a date that opens its sentence ("On Tuesday,", « Dès le 3 mars, »).
FRONTED_WORDS = 2
#: How many words before an event word, and characters at most, may say it is another occurrence ("the last").
OCCURRENCE_WORDS = 3
OCCURRENCE_REACH = 30
#: A date more than this far from another the article gives the same event may date another occurrence of it.
OCCURRENCE_GAP = dt.timedelta(days=366)
#: A date further than this from the reference's is another event's, however its words match (a building's year).
OTHER_EVENT_GAP = dt.timedelta(days=10 * 366)
#: A date this close to the reference's is the event's own, whatever word says "last" before the event.
NEAR_FACT = dt.timedelta(days=31)
#: The sentences of the lead, where a day with no event word next to it may date the article's fact.
LEAD_SENTENCES = 2
#: How many days off the reference's such a day may be (a weekday slipped, not another event).
LEAD_DAY_GAP = dt.timedelta(days=7)
#: The longest date of the article that gives the lead's fact another day by covering it (a week, a month; not a
#: season "from April to October").
COVERING_SPAN = dt.timedelta(days=31)
#: At most this many words before an event verb opening its sentence: a subject pronoun and a clitic (« Il
#: s'installera »), standing for what the sentence before named.
PRONOUN_SUBJECT_WORDS = 2


def _event_distance(context: CheckContext, claim: Claim, candidate: Candidate) -> int | None:
    """Characters between the date and the nearest word of its clause naming the event (a word of the
    reference that sets it apart from the subject's other dated facts), counting only words to which
    this date is the nearest date of the sentence."""
    sentence = context.document.sentences[claim.sentence]
    event = context.index.event_terms(candidate.reference)
    sentence_claims = context.sentence_claims(claim.sentence)
    dates = [other for other in sentence_claims if other.kind == "date"]
    figures = [other for other in sentence_claims if other.is_claim]
    best = None
    found = _sentence_words(context, claim.sentence)
    verbs = event_verbs(sentence.language)
    for position, word in enumerate(found):
        # a word of the event, or a verb saying it happened (« Commencée mi-juillet »: the start of the harvest)
        names_event = bool(event & set(word.forms)) or any(event & verbs.get(form, frozenset()) for form in word.forms)
        if word.name or not names_event or any(f.start <= word.start < f.end for f in figures):
            continue
        if _another_occurrence(context, claim, candidate, found, position):
            continue  # "the last walkout", "the 2025 race": not the event the reference dates
        if _apart(context.document.text, word, claim, sentence.language, sentence.start):
            continue  # "on Sunday, nine days after an earthquake": another clause, another event
        distance = _gap(word.start, word.end, claim) - _aside_length(context.document.text, word, claim,
                                                                      sentence.language)
        if any(_gap(word.start, word.end, other) < distance
               and not _apart(context.document.text, word, other, sentence.language, sentence.start)
               for other in dates if other is not claim):
            continue  # a nearer date of the word's clause is the event's ("au 1er mai, selon le rapport" is not)
        if claim.end <= word.start and any(governed_date(context.document.text, word, other, sentence.language)
                                           for other in dates if other is not claim):
            continue  # "The huts wrecked by the storm in January reopened on 19 May": the verb's own date is after it
        best = distance if best is None else min(best, distance)
    return best


def _apart(text: str, word: Word, claim: Claim, language: str, sentence_start: int) -> bool:
    """Are the event word and the date in different clauses? A date opening its sentence and set off by a comma
    ("Mardi, les douaniers ont découvert", "On Tuesday, officers found") is of the clause that follows, and so is a
    day followed by a clause about it ("on Sunday, when the Trust reopened": ``cues.relative_when``; a season's
    "when" clause tells what goes on through it, not the event a reference dates)."""
    if word.end <= claim.start:
        return not _same_clause(text, word.end, claim.start, language)
    between = text[claim.end:word.start]
    if len(text[sentence_start:claim.start].split()) <= FRONTED_WORDS and between.lstrip().startswith(","):
        between = between.lstrip()[1:]
    # "On Thursday the Tallgrass Ridge Mesonet, a network of 112 weather stations …, issued its first alert"
    between = _without_place_asides(between, language)
    # "at 10:30 on Sunday, when the Trust reopened the flight", « le 13 avril, quand … »: a clause about the date
    opening = between.lstrip().removeprefix(",").split()
    if claim.granularity == "day" and opening and opening[0].lower() in cues(language, "relative_when") and not any(
            mark in between.lstrip().removeprefix(",") for mark in CLAUSE_MARKS):
        return False
    return any(mark in between for mark in CLAUSE_MARKS)


def _sentence_words(context: CheckContext, number: int) -> tuple[Word, ...]:
    """The words of sentence ``number`` (read once per check, checker/terms.py ``sentence_words``)."""
    return sentence_words(context.document)[number]


def _another_occurrence(context: CheckContext, claim: Claim, candidate: Candidate, found: tuple[Word, ...],
                        position: int) -> bool:
    """Does the event word name another occurrence of the event: after a word such as "last" or « précédente »
    in its clause (lexicons/<lang>/dates.yaml, ``other_occurrence``), or next to a year other than the
    reference's ("the 2025 race")?"""
    word, text = found[position], context.document.text
    fact_year = str(candidate.reference.date.year) if candidate.reference.date else None
    for neighbour in found[max(0, position - 1):position + 2]:
        inside = claim.start <= neighbour.start < claim.end
        if YEAR.fullmatch(neighbour.key) and neighbour.key != fact_year and not inside:
            return True
    if _near_fact(claim, candidate):
        return False  # "The last furnace ... was switched off on Monday" (two days off): the final one, misdated
    start = max([context.document.sentences[claim.sentence].start, word.start - OCCURRENCE_REACH,
                 *(other.end for other in context.claims if other.end <= word.start)])
    before = text[start:word.start]
    before = before[max(before.rfind(mark) for mark in CLAUSE_MARKS) + 1:].lower().split()
    cues = load_lexicon(context.document.sentence_at(word.start).language, "dates").get("other_occurrence", ())
    return any(token in cues for token in before[-OCCURRENCE_WORDS:])


def _near_fact(claim: Claim, candidate: Candidate) -> bool:
    """Is the date within ``NEAR_FACT`` of the reference's? Another occurrence of an event (the last walkout, the
    previous race) is months or years away; a date this close is the event's own, slipped."""
    fact = candidate.reference.date
    if fact is None or not claim.date_start:
        return False
    start, end = date_range(claim)
    return start - NEAR_FACT <= fact <= end + NEAR_FACT


def _another_occurrence_dated(candidate: Candidate, period: tuple[dt.date, dt.date],
                              dated: list[tuple[Claim, Candidate, tuple[dt.date, dt.date]]]) -> bool:
    """Does the article give the same event another date, more than a year away from this one and nearer the
    reference's? Then this one dates another occurrence ("approved in a referendum yesterday" ... "a
    referendum on a smaller dam failed in 2019"); the nearer one is still compared."""
    fact = candidate.reference.date

    def off(start: dt.date, end: dt.date) -> dt.timedelta:
        return max(start - fact, fact - end, dt.timedelta(0))

    start, end = period
    return any(other.reference.id == candidate.reference.id and off(*other_period) < off(start, end)
               and (start - other_period[1] > OCCURRENCE_GAP or other_period[0] - end > OCCURRENCE_GAP)
               for _, other, other_period in dated)


def _same_clause(text: str, start: int, end: int, language: str) -> bool:
    """No clause mark between an event word and the date after it, except one setting the date in apposition
    ("l'invasion de l'Ukraine, le 24 février 2022") or opening a phrase that says when the event happened
    ("l'accident du car, survenu mardi"; "the strike, which began on Tuesday": ``apposition_openers`` in
    lexicons/<lang>/dates.yaml)."""
    between = _without_place_asides(text[start:end], language)
    last = max(between.rfind(mark) for mark in CLAUSE_MARKS)
    if last == -1:
        return True
    if any(mark in between[:last] for mark in CLAUSE_MARKS):
        return False
    if len(between) - last <= APPOSITION_REACH:
        return True
    opening = " ".join(between[last + 1:].lower().split()[:OPENER_WORDS])
    openers = load_lexicon(language, "dates").get("apposition_openers", ())
    if any(f"{opening} ".startswith(f"{opener} ") for opener in openers):
        return True
    # a participle of a verb saying an event happened, in any agreement: « les liaisons, lancées mardi »
    first = opening.split()[0] if opening else ""
    return bool(first) and any(form in event_verbs(language) for form in terms(first, language))


def _without_place_asides(between: str, language: str) -> str:
    """The text with a short place or description set off by two commas taken out, commas and all ("its campus, in
    eastern France, on Tuesday"; "the Mesonet, a network of 112 weather stations, issued": ``place_asides`` in
    lexicons/<lang>/dates.yaml): it tells where or what, it opens no clause."""
    openers = load_lexicon(language, "dates").get("place_asides", ())
    parts = between.split(",")
    text, position = parts[0], 1
    while position < len(parts):
        words = parts[position].split()
        if position < len(parts) - 1 and 0 < len(words) <= PLACE_ASIDE_WORDS and any(
                " ".join(words[:len(opener.split())]).lower() == opener for opener in openers):
            text += " " + parts[position + 1].lstrip()  # the aside and both its commas go
            position += 2
            continue
        text += "," + parts[position]
        position += 1
    return text


def _aside_length(text: str, word: Word, claim: Claim, language: str) -> int:
    """How many characters of asides (``_without_place_asides``) lie between a word and a date: they do not part
    them."""
    between = text[word.end:claim.start] if word.end <= claim.start else text[claim.end:word.start]
    return len(between) - len(_without_place_asides(between, language))


def _gap(start: int, end: int, claim: Claim) -> int:
    return max(claim.start - end, start - claim.end, 0)


class WrongDate(RuleKind):
    """A dated fact (an invasion, an election, a report) placed outside the reference date.

    Why: a slipped year or month is invisible to a reader and common in copy
    written from memory.
    Passes: "Russia's full-scale invasion of Ukraine in February 2022" against
    a reference dated 2022-02-24.
    Fails: "the invasion of Ukraine in March 2022"; "l'invasion de l'Ukraine
    l'an dernier" in an article of 2024.
    A date is compared only when it is the date nearest to a word naming the
    event (a word of the reference that sets it apart from the subject's other
    dated facts: "met", "summit", not "Putin"), so "said on Friday" is not taken for
    the date of the summit the sentence mentions; or when it is attached to a
    figure whose reference has a dated twin, a date reference on the same
    subject dated the day the figure was reported ("44,1 °C mercredi" dates the
    record); or when it is a day of the lead a few days off the date reference
    the matcher clearly gave it, no other date near that one being given for it
    ("Carnmoor's lifts started turning on Sunday"); or, for a date the matcher
    left alone, when a verb next to it says the event happened ("qui s'est
    achevé hier": the closing); or when the matcher gave the fact to a date of
    the sentence that only says when a figure holds ("1 126 détenus au 1er mai,
    selon le rapport … rendu public avant-hier"). Dates opening a period
    ("since 2019"), dates on the other side of the publication date from the
    fact (a past event placed "next year" is another event) and dates of another
    occurrence of the event ("the last walkout, in 2022"; a second date given
    the same event, years from the first) are left alone.
    Parameters: ``max_distance`` (characters between the date and the event
    word), ``tolerance_days``.
    """

    name = "wrong_date"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        max_distance = int(self.param("max_distance", 80))
        tolerance = dt.timedelta(days=int(self.param("tolerance_days", 0)))
        published = context.document.anchor
        dated: list[tuple[Claim, Candidate, tuple[dt.date, dt.date]]] = []
        for claim in context.claims:
            if claim.kind != "date" or not claim.date_start:
                continue
            # "since 2019" bounds a period: it dates a fact only as the start the matcher tied it to
            candidate = self._start(context, claim) if opens_period(context.document, claim) \
                else self._event(context, claim, max_distance)
            if candidate is not None and candidate.reference.date is not None:
                start, end = date_range(claim)
                # a date on the other side of the publication date from the fact dates another event (a past
                # event placed "next year"): it is neither compared nor another date of this one
                if ((start >= published and end > published) == (candidate.reference.date > published)
                        or _year_slipped(claim, candidate, start) or _month_slipped(claim, candidate, start)):
                    dated.append((claim, candidate, (start, end)))
        for claim, candidate, (start, end) in dated:
            fact_date = candidate.reference.date
            if _another_occurrence_dated(candidate, (start, end), dated):
                continue
            if start - tolerance <= fact_date <= end + tolerance:
                continue
            if fact_date <= end and is_deadline(context.document, claim):
                continue  # "will open by 2048": any day up to then, the earlier the better
            if fact_date - end > OTHER_EVENT_GAP or start - fact_date > OTHER_EVENT_GAP:
                continue  # "a stone building from 1887" is no date of an opening in 2046: another event
            if _another_years_event(claim, candidate.reference, start, end):
                continue
            record = candidate.reference.record
            values = {
                "event": record.get("measure") or "",
                "subject": record.get("subject") or "",
                "reference_value": wording.date(fact_date, "day", context.language),
                "source": wording.source(record, context.language),
                "claimed": wording.date(start, claim.granularity, context.language),
            }
            yield self.finding(context, claim, values, candidate=candidate, expected=fact_date.isoformat())

    @staticmethod
    def _start(context: CheckContext, claim: Claim) -> Candidate | None:
        """The start of an event a date after "since" / « depuis » gives ("on strike since last month": the start
        of the strike): the matcher's best candidate, only ever a start (``cues.start_measure``). Not a date
        bounding a figure of its clause ("has hit at least 14 local governments since last year"), nor one after
        "from" / « à partir de », which as often opens a period to come."""
        match = context.matches.get(claim.id)
        if match is None or match.best is None or match.ambiguous:
            return None
        before = " " + " ".join(context.document.text[max(0, claim.start - 20):claim.start].lower().split())
        if not before.endswith(tuple(" " + cue for cue in context.cues("since_start"))):
            return None
        for figure in context.sentence_claims(claim.sentence):
            if figure.kind != "date" and figure.is_claim and figure.end <= claim.start \
                    and not any(mark in context.document.text[figure.end:claim.start] for mark in CLAUSE_MARKS):
                return None
        return match.best

    @staticmethod
    def _event(context: CheckContext, claim: Claim, max_distance: int) -> Candidate | None:
        """The dated fact the date is given for: the one its words name, close by; else the fact reported by
        the figure the date is attached to ("44,1 °C mercredi": the day of the record)."""
        match = context.matches.get(claim.id)
        if match is not None and match.best is not None:
            # Two close candidates (the matcher's ambiguity) are told apart by the event word next to the date
            # ("le sommet de Vostotchny, le 13 septembre 2023, puis un traité ..."): the nearer one, if nearer.
            options = match.candidates if match.ambiguous else match.candidates[:1]
            near = sorted((distance, rank) for rank, candidate in enumerate(options)
                          if (distance := _event_distance(context, claim, candidate)) is not None
                          and distance <= max_distance)
            if near and (len(near) == 1 or near[0][0] < near[1][0]):
                return options[near[0][1]]
            if _lead_day(context, claim, match.best) and not match.ambiguous:
                return match.best
        taken = _taken_from_neighbour(context, claim, max_distance)
        if taken is not None:
            return taken
        for figure in context.sentence_claims(claim.sentence):
            if figure.kind == "date" or not figure.is_claim:
                continue
            if max(claim.start - figure.end, figure.start - claim.end) > REACH:
                continue
            if context.attached_date(figure) is not claim:
                continue
            comparison = context.comparison(figure)
            if comparison is not None:
                dated = _date_of(context, comparison.reference)
                if dated is not None:
                    return Candidate(dated, comparison.candidate.score, comparison.candidate.matched_terms)
        return _event_by_verb(context, claim, max_distance) if match is None or match.best is None else None


def _another_years_event(claim: Claim, reference: IndexedReference, start: dt.date, end: dt.date) -> bool:
    """Is the date a relative one ("last spring", « l'an dernier »: no digit written) of another year than the one
    the reference names ("peak migration night of spring 2046")? The writer meant that other year's occurrence: a
    relative date cannot slip a year the way a written one can."""
    if any(char.isdigit() for char in claim.text) or reference.date is None \
            or str(reference.date.year) not in reference.years:
        return False  # "its decision on the 2027 quota", taken in December 2026: the year named is not the event's
    return not any(str(year) in reference.years for year in range(start.year, end.year + 1))


def _year_slipped(claim: Claim, candidate: Candidate, start: dt.date) -> bool:
    """Does the date write the year of its day or month, and put the fact's very day or month in another year
    ("until 31 May 2031" for a deadline of 31 May 2032)? Then it is the fact's date with the year slipped, though
    the two lie on either side of the publication date."""
    fact = candidate.reference.date
    if fact is None or not YEAR.search(claim.text) or start.year == fact.year:
        return False
    if claim.granularity == "day":
        return (start.month, start.day) == (fact.month, fact.day)
    return claim.granularity == "month" and start.month == fact.month


def _month_slipped(claim: Claim, candidate: Candidate, start: dt.date) -> bool:
    """Does the date put the fact's very day of the month in the month before or after ("entré en vigueur le 1er
    juin" for a contract starting on 1 July), across the publication date? A slipped month, not another event."""
    fact = candidate.reference.date
    if fact is None or claim.granularity != "day" or start.day != fact.day:
        return False
    months = (start.year - fact.year) * 12 + start.month - fact.month
    return abs(months) == 1


def _lead_day(context: CheckContext, claim: Claim, candidate: Candidate) -> bool:
    """Is the date the day the lead gives the article's dated fact, though no word of the event stands next to it
    ("Brannock Hut … took in its first overnight guests in three years on Sunday" for its reopening on the
    Saturday): a day in the first ``LEAD_SENTENCES`` sentences, the matcher's clear choice a date reference a few
    days off (``LEAD_DAY_GAP``) that no other date of the article near it is given for (« au premier tour, la
    semaine dernière »; « La crue a commencé le 29 septembre »: then this day is another's)."""
    reference = candidate.reference
    if (claim.granularity != "day" or claim.sentence >= LEAD_SENTENCES or reference.kind != "date"
            or reference.date is None):
        return False
    start, _ = date_range(claim)
    if start == reference.date or abs(start - reference.date) > LEAD_DAY_GAP:
        return False
    for other in context.claims:
        if other.kind != "date" or not other.date_start or other is claim:
            continue
        low, high = date_range(other)
        # a season the fact falls in ("open from April to October") gives no other day for it; a week does
        if low - LEAD_DAY_GAP <= reference.date <= high + LEAD_DAY_GAP and (
                (low <= reference.date <= high and high - low <= COVERING_SPAN)
                or ((found := context.matches.get(other.id)) is not None and found.best is not None
                    and found.best.reference is reference)):
            return False
    return True


def _taken_from_neighbour(context: CheckContext, claim: Claim, max_distance: int) -> Candidate | None:
    """The dated fact the matcher gave another date of the sentence, when that date says when a figure holds and
    names no word of the event in its clause, and this one does ("1 126 détenus au 1er mai, selon le rapport de
    la contrôleuse … rendu public avant-hier": the report is dated by "avant-hier"). The matcher gives a fact to
    one date per sentence."""
    match = context.matches.get(claim.id)
    if match is not None and match.best is not None:
        return None
    sentence = context.sentence_claims(claim.sentence)
    holding = {id(context.attached_date(figure))
               for figure in sentence if figure.kind != "date" and figure.is_claim}
    for other in sentence:
        found = context.matches.get(other.id)
        if other is claim or id(other) not in holding or found is None or found.best is None or found.ambiguous:
            continue
        candidate = found.best
        distance = _event_distance(context, claim, candidate)
        if distance is not None and distance <= max_distance and _event_distance(context, other, candidate) is None:
            return candidate
    return None


def _event_by_verb(context: CheckContext, claim: Claim, max_distance: int) -> Candidate | None:
    """For a date the matcher left alone, the dated fact a verb next to it says happened ("Le festival des Nuits
    de Corbelin, qui s'est achevé hier": the closing of the festival; "Les travaux, commencés l'an dernier":
    their start). The verb is in the date's clause, the date is the nearest to it, and one date reference
    fits: it has a noun for the verb and another word (not a name) the sentence writes before the verb
    ("festival", "travaux"), and its subject is named in the lead or in the date's sentence or the two before."""
    sentence = context.document.sentences[claim.sentence]
    language = sentence.language
    verbs = event_verbs(language)
    text = context.document.text
    found = _sentence_words(context, claim.sentence)
    figures = context.sentence_claims(claim.sentence)
    dates = [other for other in figures if other.kind == "date"]
    for position, word, nouns in context.cached(("event_verbs", claim.sentence), lambda: _verb_words(found, verbs)):
        if any(other.start <= word.start < other.end for other in figures):
            continue  # "start of the summer" is a date, not a start
        if after_state_word(text, word.start, language):
            continue  # "two machines were forced open in August": a state, no opening
        distance = _gap(word.start, word.end, claim)
        if distance > max_distance or any(_gap(word.start, word.end, other) < distance
                                          or governed_date(text, word, other, language)
                                          for other in dates if other is not claim):
            continue
        between = text[word.end:claim.start] if word.end <= claim.start else text[claim.end:word.start]
        if any(mark in between for mark in CLAUSE_MARKS):
            continue
        before = frozenset(form for earlier in found[:position] for form in earlier.forms)
        if position <= PRONOUN_SUBJECT_WORDS and claim.sentence > 0:
            # « Il s'installera à partir du 10 mars »: a subject pronoun stands for what the sentence before named
            before |= {form for word in _sentence_words(context, claim.sentence - 1) for form in word.forms}
        fitting = [reference for reference in _dated_by(context, nouns, claim.sentence)
                   if (context.index.measure_terms(reference) - nouns) & before]
        if len(fitting) == 1:
            matched = context.index.measure_terms(fitting[0]) & (nouns | before)
            return Candidate(fitting[0], 0.0, tuple(sorted(matched)))
    return None


def _verb_words(found: tuple[Word, ...], verbs: dict[str, frozenset[str]]) -> list[tuple[int, Word, frozenset[str]]]:
    """The words of a sentence that are event verbs, with their positions and the forms of the nouns they name."""
    found_verbs = []
    for position, word in enumerate(found):
        named = [verbs[form] for form in word.forms if form in verbs]
        if named and (nouns := frozenset().union(*named)):
            found_verbs.append((position, word, nouns))
    return found_verbs


def _dated_by(context: CheckContext, nouns: frozenset[str], sentence: int) -> list[IndexedReference]:
    """Date references on file at publication with one of ``nouns`` (not as a name), on a subject named in the
    lead or in the sentence or the two before."""
    index, document = context.index, context.document
    ids = set().union(*(index.postings.get("date", {}).get(noun, ()) for noun in nouns))
    if not ids:
        return []
    near = {0, *range(max(0, sentence - 2), sentence + 1)}
    named = frozenset(form for number in near for word in _sentence_words(context, number) for form in word.forms)
    published = document.published_at
    return [index.references[ref_id] for ref_id in sorted(ids)
            if (reference := index.references[ref_id]).date is not None
            and (not reference.entities or reference.entities & named)
            and (published is None or reference.as_of is None or reference.as_of <= published)]


def _date_of(context: CheckContext, reference: IndexedReference) -> IndexedReference | None:
    """The date reference that dates the figure's fact: on the same subject, dated the day the figure holds
    from, and sharing a word of its description ("date du record de température", 18 July, for the
    "température maximale relevée" reported on 18 July)."""
    index = context.index
    if reference.as_of is None:
        return None
    measured = _measure_words(reference)
    for ref_id in sorted(index.subjects.get(reference.series_key[0], ())):
        other = index.references[ref_id]
        if other.kind == "date" and other.date == reference.as_of and _measure_words(other) & measured:
            return other
    return None


def _measure_words(reference: IndexedReference) -> frozenset[str]:
    return frozenset(terms(reference.record.get("measure") or "")) - reference.entities
