"""Dates in English and French news text: spans, periods resolved against publication, and year labels.

Conventions (docs/claims.md is authoritative; the choices it leaves open are made here):

- Spans hold the date and its modifiers ("late February", "l'an dernier", "earlier this month"),
  not the preposition or article before it ("in", "en", "le", "the": "le 24 février 2022" gives
  "24 février 2022", "the 1990s" gives "1990s", "la fin de l'année" gives "fin de l'année").
  Relative phrases keep the article they are written with ("le mois dernier", "l'été dernier").
  Approximation words are part of the span, as for numbers ("around 2010", "vers 2010").
- Qualifiers: "since"/"depuis"/"dès"/"à partir de" give ``at_least``; "after"/"après"
  ``more_than``; "before"/"avant" ``less_than``; "by"/"until"/"jusqu'en"/"d'ici" ``at_most``;
  "around"/"vers" ``approx`` (with ``hedge`` set). ``date_start``/``date_end`` stay the period
  the text names: "since 2019" is 2019-01-01..2019-12-31, ``at_least``.
- Ranges are one claim with qualifier ``range``, its span holding "from"/"between"/"de"/"du"/"entre":
  "from 2019 to 2022", "between March and May", "du 1er au 3 mars", "2019-2022"; the granularity
  is the coarser of the two ends.
- A date written without its year (or week) is the latest occurrence started on or before
  publication ("February", "24 March", "Friday", "the third quarter"), or the earliest not yet
  over when the nearest tense marker before it is a future one ("will", "is due to", "doit", a
  French simple future like "se réunira"; past markers are "said", "-ed", "a annoncé"), or the
  first marker after it when the date opens the sentence. A month, season or quarter with no
  marker to tell is the occurrence nearer publication, past or to come ("au-delà de juin" in April).
  "Monday, March 25" takes the year in which 25 March is a Monday. "last"/"dernier" means the latest occurrence already
  over, "next"/"prochain" the first one starting after publication, "this"/"ce" the one holding it.
- Granularity is the unit written: "late February" is ``month`` (days 21-end), "early 2024"
  ``year`` (January-April), halves of a year ``quarter``, weekends ``week``, "two years ago" the
  calendar year, "two weeks ago" the Monday-Sunday week.
- Years used as names are ``label`` claims: the year alone when a noun follows or precedes it
  ("the 2024 election" gives "2024"), the whole name after a fixed prefix ("Euro 2024").
  The rules for bare four-digit numbers are in :mod:`checker.parse.date_years`.
"""

from __future__ import annotations

from checker.claims import Claim
from checker.document import SUPPORTED_LANGUAGES, Document
from checker.parse.date_calendar import Period
from checker.parse.date_forms import SKIP, Candidate, FormReader
from checker.parse.date_grammar import Grammar, grammar
from checker.parse.date_ranges import join_ranges


def _lower_keeping_offsets(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def _segments(document: Document) -> list[tuple[int, int, str]]:
    """Runs of consecutive sentences in the same language."""
    segments: list[tuple[int, int, str]] = []
    for sentence in document.sentences:
        if segments and segments[-1][2] == sentence.language:
            segments[-1] = (segments[-1][0], sentence.end, sentence.language)
        else:
            segments.append((sentence.start, sentence.end, sentence.language))
    return segments or [(0, len(document.text), document.language)]


def _scan(reader: FormReader, language_grammar: Grammar, start: int, end: int) -> list[Candidate]:
    found: list[Candidate] = []
    position = start
    pattern = language_grammar.pattern
    while position < end:
        match = pattern.search(reader.lowered, position, end)
        if match is None:
            break
        result = reader.read(match)
        if result is SKIP:
            position = match.end()
        elif result is None:
            position = match.start(match.lastgroup) + 1
        else:
            found.append(result)
            if result.strong:
                reader.previous = result
            position = match.end()
    return found


def _fields(document: Document, candidate: Candidate) -> dict:
    period: Period | None = candidate.period
    return dict(
        start=candidate.start,
        end=candidate.end,
        text=document.text[candidate.start : candidate.end],
        kind=candidate.kind,
        qualifier=candidate.qualifier if candidate.kind == "date" else "exact",
        hedge=candidate.hedge,
        date_start=period.start.isoformat() if period else None,
        date_end=period.end.isoformat() if period else None,
        granularity=period.granularity if period else None,
        sentence=document.sentence_at(candidate.start).index,
    )


def find_dates(document: Document) -> list[Claim]:
    """Every date and year label in ``document``, in text order, as Claims (ids left empty)."""
    return [Claim(**fields) for fields in date_fields(document)]


def date_fields(document: Document) -> list[dict]:
    """What :func:`find_dates` finds, as the keyword arguments of each Claim (ids left out)."""
    lowered = _lower_keeping_offsets(document.text)
    claims: list[dict] = []
    for start, end, language in _segments(document):
        language_grammar = grammar(language)
        reader = FormReader(document, lowered, language_grammar)
        candidates = join_ranges(_scan(reader, language_grammar, start, end), lowered, language_grammar)
        claims.extend(_fields(document, candidate) for candidate in candidates if candidate.strong)
    return claims


def warm_up() -> None:
    """Compile the date grammars now (at worker start) rather than on the first request (~100 ms)."""
    for language in SUPPORTED_LANGUAGES:
        grammar(language)
