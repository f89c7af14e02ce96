"""Parser properties: no input raises, spans index the text exactly, work grows linearly with the input."""

import datetime as dt
import re
import re._parser as regex_parser  # the stdlib parser reads a pattern's shape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.claims import KINDS
from checker.document import make_document
from checker.lexicon import load_lexicon
from checker.parse import parse
from checker.parse.counted import _grammar
from checker.parse.mention_checks import check_patterns
from checker.parse.not_claims import _patterns
from checker.parse.numbers import find_numbers
from checker.parse.numeric_lexicon import numeric_lexicon

LANGUAGES = ("en", "fr")
PUBLISHED = dt.date(2024, 3, 15)


def number_words(language: str) -> list[str]:
    data = load_lexicon(language, "numbers")
    hedges = [phrase for phrases in data["hedges"].values() for phrase in phrases]
    return [*data["number_words"], *data["scales"], *hedges, *data["approx_nouns"], *data["indefinite_plurals"]]


# Text made of the pieces numbers are built from, so random draws hit the parser's real paths.
DIGITISH = st.text(alphabet="0123456789 ,.-–+%$€£/:h\u00a0\u202fkmbnMd°C½'", max_size=200)
WORDISH = st.lists(
    st.sampled_from(number_words("en") + number_words("fr") + ["de", "of", "and", "et", "à", "to", "people", "km"]),
    max_size=40,
).map(" ".join)
MIXED = st.lists(st.one_of(DIGITISH, WORDISH, st.text(max_size=30)), max_size=6).map(" ".join)


def assert_well_formed(text: str, claims) -> None:
    previous = -1
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert claim.kind in KINDS
        assert claim.start >= previous
        previous = claim.start
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=300), DIGITISH, WORDISH, MIXED), language=st.sampled_from(LANGUAGES))
def test_find_numbers_never_raises_and_spans_are_exact(text, language):
    assert_well_formed(text, find_numbers(make_document(text, language, PUBLISHED)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=300), MIXED), language=st.sampled_from(LANGUAGES))
def test_parse_gives_ordered_ids_and_no_overlap_with_dates(text, language):
    claims = parse(make_document(text, language, PUBLISHED))
    assert_well_formed(text, claims)
    assert [claim.id for claim in claims] == [f"c{index}" for index in range(1, len(claims) + 1)]
    dates = [claim for claim in claims if claim.kind in ("date", "label")]
    for claim in claims:
        if claim.kind not in ("date", "label"):
            assert all(claim.end <= date.start or date.end <= claim.start for date in dates)


def test_a_megabyte_of_digits_is_one_identifier():
    text = "7" * 1_000_000
    claims = find_numbers(make_document(text, "en"))
    assert [(claim.start, claim.end, claim.kind) for claim in claims] == [(0, len(text), "identifier")]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("unit", "claims_per_unit"),
    [
        ("1 ", 1),  # a count per digit
        ("12 tonnes, ", 1),
        ("more than 5%, ", 1),
        ("1,", 0),  # "1,1,1,...": no well-formed number
        ("1.", 0),  # "1.1.1...": a dotted identifier, one for the whole run
        ("- ", 0),
        ("$ ", 0),
        ("million ", 0),
        ("one ", 0),
        ("plus de ", 0),
        ("1\u00a0", 1),
        ("won 3-1, ", 0),  # a score: a label
        ("35 degrees, ", 1),
        ("$5 billion and 3 billion, ", 2),
        ("one in five, ", 0),
        ("three times higher, ", 0),
        ("over two years, ", 0),
        ("AF 447 ", 0),
        ("Louis XIV ", 0),
    ],
)
def test_pathological_repetitions_complete_and_scale_linearly(language, unit, claims_per_unit):
    small = unit * 2_000
    large = unit * 20_000
    found_small = find_numbers(make_document(small, language))
    found_large = find_numbers(make_document(large, language))
    assert_well_formed(large, found_large)
    if claims_per_unit:
        # Counting, not timing: ten times the input gives ten times the claims, each read once.
        assert len(found_small) == 2_000 * claims_per_unit
        assert len(found_large) == 20_000 * claims_per_unit
    else:
        assert len(found_large) <= max(10 * len(found_small), 1)


def compiled_patterns(language: str) -> list[re.Pattern]:
    lexicon = numeric_lexicon(language)
    patterns = [value for value in vars(lexicon).values() if isinstance(value, re.Pattern)]
    patterns += [finder.pattern for finder in _patterns(language).finders]
    patterns += [scan.pattern for scan in _patterns(language).scans]
    patterns += [value for value in vars(check_patterns(language)).values() if isinstance(value, re.Pattern)]
    grammar = _grammar(language)
    patterns += [grammar.link, grammar.complement]
    return patterns


def unbounded_repeats_nested(tree, inside_unbounded: bool = False) -> bool:
    """Whether an unbounded repeat sits inside another one (the shape of catastrophic backtracking)."""
    for op, av in tree:
        if op in (regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT):
            low, high, sub = av
            unbounded = high == regex_parser.MAXREPEAT
            if unbounded and inside_unbounded:
                return True
            if unbounded_repeats_nested(sub, inside_unbounded or unbounded):
                return True
        elif op in (regex_parser.SUBPATTERN,):
            if unbounded_repeats_nested(av[-1], inside_unbounded):
                return True
        elif op is regex_parser.BRANCH:
            if any(unbounded_repeats_nested(branch, inside_unbounded) for branch in av[1]):
                return True
        elif op in (regex_parser.ASSERT, regex_parser.ASSERT_NOT):
            if unbounded_repeats_nested(av[1], inside_unbounded):
                return True
    return False


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pattern_is_linear_by_construction(language):
    patterns = compiled_patterns(language)
    assert len(patterns) > 40
    offenders = [
        pattern.pattern[:80]
        for pattern in patterns
        if unbounded_repeats_nested(regex_parser.parse(pattern.pattern, pattern.flags))
    ]
    assert offenders == []


def test_the_nesting_check_catches_a_catastrophic_pattern():
    assert unbounded_repeats_nested(regex_parser.parse(r"(?:\d+)+x"))
    assert unbounded_repeats_nested(regex_parser.parse(r"(?:a|(?:\s*,)+)*x"))
    assert not unbounded_repeats_nested(regex_parser.parse(r"(?:\d+,){0,12}x"))
