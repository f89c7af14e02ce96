"""Every non-date number of a document as Claims: counts, quantities, money, percents, ratios and not-claims."""

from __future__ import annotations

from collections.abc import Iterator

from checker.claims import Claim
from checker.document import Document, make_document
from checker.parse.context import read_in_context
from checker.parse.counted import counted_after
from checker.parse.figure import Figure
from checker.parse.figures import find_figures
from checker.parse.intervals import bounds, is_rounded, tidy
from checker.parse.not_claims import Mention, find_mentions
from checker.parse.numeric_lexicon import DURATION_SYMBOLS, NumericLexicon, numeric_lexicon
from checker.parse.patterns import lower_keeping_offsets
from checker.parse.ranges import merge_ranges

#: Ratios that compare two amounts ("three times higher", "a ratio of 3:1") count no thing.
_COUNT_NOTHING = frozenset({"multiplier", "pair"})


def find_numbers(document: Document) -> list[Claim]:
    """All number claims and not-claims of ``document`` except dates, sorted by start, ids empty."""
    return [Claim(**fields) for fields in number_fields(document)]


def number_fields(document: Document, dates: list[dict] | None = None) -> list[dict]:
    """What :func:`find_numbers` finds, as the keyword arguments of each Claim (ids left out).

    :func:`checker.parse.parse` builds each Claim once, with its id, from these. The numbers of
    ``dates`` (Claim fields with ``start`` and ``end``) are not read: the date holds them.
    """
    text = document.text
    low = lower_keeping_offsets(text)
    claims: list[dict] = []
    for lo, hi, language in _language_runs(document):
        lex = numeric_lexicon(language)
        taken = bytearray(hi - lo)
        mentions = find_mentions(text, low, lo, hi, language)
        _mark(taken, lo, mentions)
        for date in dates or ():
            if lo <= date["start"] and date["end"] <= hi:
                taken[date["start"] - lo : date["end"] - lo] = b"\x01" * (date["end"] - date["start"])
        figures, cue_mentions = find_figures(text, low, lo, hi, lex, taken)
        figures = merge_ranges(figures, low, lo, lex)
        counted = _not_dates(_counted(figures, text, low, hi, lex), figures, text, dates or ())
        read_in_context(figures, counted, text, low, lo, hi, lex)
        for figure, noun in zip(figures, counted, strict=True):
            claims.append(_claim(figure, noun, text, document))
        for mention in mentions + cue_mentions:
            claims.append(_mention_claim(mention, text, document))
    claims.sort(key=_span)
    return claims


def _span(fields: dict) -> tuple[int, int]:
    return fields["start"], fields["end"]


def _language_runs(document: Document) -> Iterator[tuple[int, int, str]]:
    """Stretches of consecutive sentences in the same language."""
    run_start, run_language, run_end = None, None, 0
    for sentence in document.sentences:
        if sentence.language != run_language:
            if run_language is not None:
                yield run_start, run_end, run_language
            run_start, run_language = sentence.start, sentence.language
        run_end = sentence.end
    if run_language is not None:
        yield run_start, run_end, run_language


def _mark(taken: bytearray, lo: int, spans) -> None:
    for span in spans:
        taken[span.start - lo : span.end - lo] = b"\x01" * (span.end - span.start)


def _not_dates(nouns: list[str | None], figures: list[Figure], text: str, dates) -> list[str | None]:
    """No figure counts a date: "16 950 l'an dernier" counts nothing, « l'an dernier » says when."""
    kept: list[str | None] = []
    for figure, noun in zip(figures, nouns, strict=True):
        at = text.find(noun, figure.end) if noun else -1
        if at >= 0 and any(date["start"] < at + len(noun) and at < date["end"] for date in dates):
            noun = None
        kept.append(noun)
    return kept


def _counted(figures: list[Figure], text: str, low: str, hi: int, lex: NumericLexicon) -> list[str | None]:
    nouns: list[str | None] = []
    for figure in figures:
        if figure.counted:
            nouns.append(figure.counted)
        elif figure.kind in ("count", "ratio") and figure.source not in _COUNT_NOTHING:
            singular = figure.value == 1 or figure.kind == "ratio"
            plural = figure.value != 1 and (figure.kind == "count" or figure.source == "ratio")  # not "a third"
            linked = figure.linked or figure.kind == "ratio"  # "one in five of the adults"
            nouns.append(
                counted_after(text, figure.end, hi, lex.language, linked=linked, singular=singular, plural=plural)
            )
        elif figure.kind == "quantity" and figure.unit not in DURATION_SYMBOLS:
            # "500 tonnes of grain" counts grain; "two weeks of talks" counts no thing.
            nouns.append(counted_after(text, figure.end, hi, lex.language, linked=True, link_required=True))
        else:
            nouns.append(None)
    # "21 of the 50 missiles", "les trois quarts des 577 députés": the first counts what the second counts.
    for index in range(len(figures) - 2, -1, -1):
        first, second = figures[index], figures[index + 1]
        if nouns[index] is None and first.kind in ("count", "ratio") and second.kind == "count":
            if lex.part_of_gap.match(low, first.end, second.start):
                nouns[index] = nouns[index + 1]
    # "Forty-four of the stalls", « trois des usines »: a part with no figure for its group counts what the group is
    for index, figure in enumerate(figures):
        if nouns[index] is None and figure.kind == "count" and figure.value != 1:
            nouns[index] = _group_noun(figure, figures[index + 1] if index + 1 < len(figures) else None, text, low,
                                       hi, lex)
    return nouns


def _group_noun(figure: Figure, following: Figure | None, text: str, low: str, hi: int,
                lex: NumericLexicon) -> str | None:
    """The noun of the group a part is taken from ("of the stalls"), unless a figure gives the group ("of the 50
    missiles", « des cinq usines ») or an owner is named first ("of the company's factories")."""
    lead = lex.part_of_lead.match(low, figure.end, hi)
    if lead is None or (following is not None and following.start - lead.end() <= 1):
        return None
    noun = counted_after(text, lead.end(), hi, lex.language, linked=False, plural=True)
    return None if noun is None or "'" in noun or "’" in noun else noun


def _claim(figure: Figure, noun: str | None, text: str, document: Document) -> dict:
    if figure.qualifier == "range":
        low, high = figure.low, figure.high
    else:
        low, high = bounds(
            figure.value,
            figure.qualifier,
            step=figure.step,
            rounded=is_rounded(figure.kind, figure.has_decimals, figure.scale > 1.0) and figure.kind != "ratio",
            margin=figure.margin,
            kind=figure.kind,
            unit=figure.unit,
        )
        if figure.source == "majority":
            high = 1.0  # "the majority of": more than half, at most all
    return dict(
        start=figure.start,
        end=figure.end,
        text=text[figure.start : figure.end],
        kind=figure.kind,
        value=tidy(figure.value),
        low=low,
        high=high,
        qualifier=figure.qualifier,
        unit=figure.unit,
        counted=noun,
        hedge=figure.hedge,
        change=figure.change,
        sentence=document.sentence_at(figure.start).index,
    )


def _mention_claim(mention: Mention, text: str, document: Document) -> dict:
    return dict(
        start=mention.start,
        end=mention.end,
        text=text[mention.start : mention.end],
        kind=mention.kind,
        sentence=document.sentence_at(mention.start).index,
    )


def warm_up_numbers(language: str) -> None:
    """Compile the number, unit and not-claim patterns of ``language`` by reading a few figures."""
    find_numbers(make_document("1 2 3%", language))
