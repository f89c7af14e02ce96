"""Rule kind for figures that contradict each other: shares, changes, gaps and sums computed from other figures."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from checker import units
from checker.claims import OPEN_BOUNDS, Claim, Interval
from checker.engine import wording
from checker.engine.base import CheckContext, RuleKind
from checker.engine.mentions import head
from checker.kin import phrase_forms, widened
from checker.lexicon import load_lexicon
from checker.links import PART_NOUN_WORDS, brought_to, conversion_link, part_of_link, said_after
from checker.report import Finding
from checker.terms import phrase_words, sentence_words, terms
from checker.timing import given_as_past_value

AMOUNT_KINDS = ("count", "money", "quantity")
#: How far before a figure a cue ("from", "of which", "soit") may start.
CUE_REACH = 30
#: How many words may follow a back-reference cue before the figure ("that is" + "a jump of").
BACK_REFERENCE_WORDS = 3
#: How many words the unit a price is for may take ("per square metre").
PRICE_UNIT_WORDS = 3
#: At most this many words from ", each" / « , chacune » to the amount each ("each loaded with about"), and from
#: the group's count to that comma ("six barges").
EACH_OF_GROUP_WORDS = 4
#: How many sentences back the whole of a share set off after its part may be, and how many words may stand
#: between the part and the share ("account for 14 hectares, or nearly a third").
EARLIER_WHOLE_SENTENCES = 2
SHARE_SET_OFF_WORDS = 6
#: How many words may follow a share in its clause for the share to close it ("more than half of all deaths").
SHARE_NOUN_WORDS = 6
#: How many words before a count a split word may say the count shares a whole ("Spread across the 112").
SPLIT_BEFORE_WORDS = 3
#: How many sentences before a shortfall what was raised may be given.
SHORTFALL_SENTENCES = 2
#: How many words may come between a total set off after its rate and the duration it is over ("over a nine-month").
TOTAL_OVER_WORDS = 4
#: How many words the noun of what a count groups may take before "of" and the size ("on-the-spot fines of €135").
PRODUCT_NOUN_WORDS = 3
#: How many words may open a sentence before its subject and a comma ("En six mois, la hausse atteint").
OPENING_WORDS = 4
#: How many words may stand between an amount of change and the percentage restating it ("soit une hausse de", « le
#: nombre a donc augmenté de »).
CHANGE_RESTATED_WORDS = 6
#: How many words may name the time or event a change is measured against before the clause giving its figure
#: ("de plus que lors de l'édition précédente, en janvier 2026, où").
BASE_CLAUSE_WORDS = 14
#: How many words that clause may say before the figure ("when runners climbed only").
BASE_CLAUSE_TAIL_WORDS = 6
#: How many more words an amount of change said after its noun takes ("230 nageurs de moins").
AMOUNT_CHANGE_WORDS = 3
#: How many words may tell of the level reached before the comma that sets a change off after it ("ramené à 9 400
#: tonnes après une nouvelle évaluation du stock, soit une baisse de 21 %").
LEVEL_TAIL_WORDS = 6
#: Days in each unit of the time a change took ("a rise of 57% in little more than a year").
PERIOD_DAYS = {"minute": 1 / 1_440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
#: Share of the speed a distance and a duration, both rounded, leave unsure ("18 km" in "22 minutes").
SPEED_SLACK = 0.1
#: How many characters at most between a percentage and the amount it is applied to ("a 3% fee, so a baker cashing
#: in £2,000").
PERCENT_APPLIED_REACH = 50
#: How many words after an amount a total cue may come ("£900 each in all").
TOTAL_AFTER_WORDS = 3
#: How many words may follow "Of those" / « Parmi les » in the opening of a part's sentence ("Of those examined").
AMONG_THOSE_WORDS = 2
#: How many words before a multiplier "since" may come ("output has since quadrupled").
SINCE_WORDS = 3
#: How far from a share of its whole an amount set off after it may be and still restate it, misstated.
ROUGH_RESTATEMENT_FACTOR = 2.0
#: How many sentences back a difference said with its base may find its level ("the 412 balloons entered …" …
#: "57 balloons larger than the 371").
LEVEL_SENTENCES = 2
#: Words between a level and the date that says when it was ("190,000 pounds in 2039").
DATE_LINK_WORDS = 1
#: How many sentences back the count a price per thing multiplies may be ("… served 310,000 scoops. At €2.50 a scoop").
PRICED_COUNT_SENTENCES = 2
#: Share of a priced total allowed on top of the roundings (a price is often rounded to the cent).
PRICED_SLACK = 0.02
#: Days in each time unit a duration may be written in ("a 24-hour shift").
DURATION_DAYS = {"s": 1 / 86_400, "min": 1 / 1_440, "h": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44,
                 "year": 365.25}
#: How much longer than its lower bound an open-ended period may run ("more than a year": up to 18 months).
OPEN_PERIOD = 1.5
#: Days a dated level's middle may be off the start of the period (a month named, not a day).
PERIOD_SLACK_DAYS = 31
#: Among several levels, the one right before a change's starting value is the level reached when the two are at
#: most this many times apart ("14,2 millions de voyages, contre 11,1 millions").
NEAREST_LEVEL_RATIO = 5.0


def _said_again(context: CheckContext, whole: Claim, stated: Claim) -> bool:
    """Does a word right next to the whole (``CUE_REACH`` characters either side: "£1.84 million pledged") come back
    in the sentence of the figure ("backers, who pledged an average of about £95 each")?"""
    sentences = sentence_words(context.document)
    near = {word.key for word in sentences[whole.sentence]
            if whole.start - CUE_REACH <= word.start and word.end <= whole.end + CUE_REACH
            and not whole.start <= word.start < whole.end and not word.name}
    return any(word.key in near for word in sentences[stated.sentence] if not stated.start <= word.start < stated.end)


def _interval(claim: Claim) -> Interval | None:
    """The claim's interval, if at least one side is bounded."""
    interval = claim.interval
    if interval is None or (math.isinf(interval.low) and math.isinf(interval.high)):
        return None
    return interval


def _as_percent(claim: Claim) -> Interval | None:
    """A share written as a percentage or a fraction, as a percentage interval within [0, 100]."""
    if claim.kind != "ratio" and not (claim.kind == "percent" and (claim.unit or "%") == "%"):
        return None
    interval = _interval(claim)
    if interval is None:
        return None
    if claim.kind == "ratio":
        interval = Interval(interval.low * 100, interval.high * 100)
    return Interval(max(interval.low, 0.0), min(interval.high, 100.0))


def _elliptical(claim: Claim) -> bool:
    """A bare amount whose unit the sentence leaves implicit ("par rapport aux 11,2 milliards")."""
    return claim.kind == "count" and claim.unit is None and not claim.counted


def _comparable(first: Claim, second: Claim) -> bool:
    """Two amounts of one measure: same kind and unit, or one of them elliptical."""
    if first.kind in AMOUNT_KINDS and second.kind in AMOUNT_KINDS and (_elliptical(first) or _elliptical(second)):
        return True
    return first.kind == second.kind and first.unit == second.unit


def _restated_as(amount: Claim, stated: Claim) -> bool:
    """Can ``stated`` restate ``amount`` (as a rate, say): same kind and unit, or a bare figure leaving the unit
    implicit ("9,800 litres in five days, about 2,400 a day")?"""
    return (amount.kind, amount.unit) == (stated.kind, stated.unit) or (
        amount.kind in AMOUNT_KINDS and _elliptical(stated))


def _relative(change: Claim) -> bool:
    """Is the change relative to the starting value: "up 15%", or a fraction ("up a third", "a baissé d'un quart")?"""
    return change.unit == "%" or (change.kind == "ratio" and change.value is not None and 0 < change.value < 1)


@lru_cache(maxsize=128)
def _spaced(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The cues with the space that must come before them, for one ``str.endswith`` call."""
    return tuple(" " + cue for cue in cues)


def _alike_amount(stated: Claim, claim: Claim) -> bool:
    """Is ``claim`` an amount of the stated one's kind and unit, no change, with a value (a part or whole of it)?"""
    return (claim.kind, claim.unit) == (stated.kind, stated.unit) and not claim.change and bool(claim.value)


def _centre(claim: Claim) -> float | None:
    interval = claim.interval
    if interval is not None and interval.bounded and claim.qualifier == "range":
        return (interval.low + interval.high) / 2
    return claim.value


def _same_thing(context: CheckContext, first: Claim, second: Claim | None,
                second_forms: frozenset[str] = frozenset()) -> bool:
    """Do two figures count the same thing: no counted noun on one side, a generic one ("412 jobs, nearly nine in
    ten of the 530 people"), or nouns sharing a word (family) or naming the same things (« 6,2 millions de
    clients ... 2,9 millions d'abonnés »: lexicons/<lang>/restatements.yaml)?"""
    def forms(claim: Claim | None) -> frozenset[str]:
        if claim is None or not claim.counted or not head(context.document, claim):
            return frozenset()
        return frozenset(form for word in phrase_words(claim.counted, context.language) for form in word.forms)

    ours, theirs = forms(first), forms(second) | second_forms
    return not ours or not theirs or bool(widened(ours, context.language) & theirs)


@lru_cache(maxsize=4)
def _time_words(language: str) -> frozenset[str]:
    """The words of time units ("year", « mois »: lexicons/<lang>/units.yaml), which name a period, not a subject."""
    units_of = load_lexicon(language, "units").get("units", {})
    return frozenset(word if isinstance(word, str) else next(iter(word))
                     for unit in DURATION_DAYS for word in units_of.get(unit, ()))


def _rate_periods(context: CheckContext) -> dict[str, tuple[str, ...]]:
    """Period unit -> the words after a rate that name it (``cues.rate_period_<unit>``)."""
    return {unit: context.cues(f"rate_period_{unit}") for unit in PERIOD_DAYS}


def _price_units(context: CheckContext) -> dict[str, str]:
    """Words after a price -> the unit it is a price of ("a kilo": kg, « la nuit »: day)."""
    found = dict(load_lexicon(context.language, "text").get("price_units", {}))
    for unit, words in _rate_periods(context).items():
        found.update(dict.fromkeys(words, unit))
    return found


def _comparable_units(first: Claim, second: Claim) -> bool:
    """Are the two of one kind, in one unit or two units of one dimension ("1.2 metres", "80 centimetres")?"""
    return first.kind == second.kind and (first.unit == second.unit or (
        first.kind == "quantity" and units.same_dimension(first.unit, second.unit)))


def _in_unit(claim: Claim, unit: str | None) -> Claim:
    """The quantity expressed in another unit of its dimension ("80 centimetres" as 0.8 m), its text unchanged."""
    def converted(value: float | None) -> float | None:
        return None if value is None else units.convert(value, claim.unit, unit)

    return replace(claim, value=converted(claim.value), low=converted(claim.low), high=converted(claim.high), unit=unit)


def _duration(claim: Claim) -> bool:
    """Is the figure a length of time ("75 ans", "three weeks")?"""
    return claim.kind == "quantity" and units.same_dimension(claim.unit, "day")


def _says(text: str, cues: Sequence[str]) -> bool:
    """Does ``text`` hold one of the word cues as whole words (commas aside; a cue of punctuation only is no
    word)?"""
    spaced = f" {text.replace(',', ' ')} "
    return any(f" {cue} " in spaced for cue in cues if cue.strip(",-—"))


def _with_noun(claim: Claim) -> str:
    """A count as written, with the noun it counts when the figure is bare digits ("170 volunteers", not "170")."""
    if claim.kind == "count" and claim.counted and claim.text[-1:].isdigit():
        return f"{claim.text} {claim.counted}"
    return claim.text


def _miss(value: float, stated: Interval) -> float:
    """How far ``value`` falls outside ``stated`` (0 inside): of several readings, the one missing least is taken."""
    return max(stated.low - value, value - stated.high, 0.0)


def _outside(value: float, stated: Interval, slack: float) -> bool:
    return not stated.low - slack <= value <= stated.high + slack


class Arithmetic(RuleKind):
    """Figures that contradict the figures they are computed from.

    Checks these patterns in one sentence: a share next to its part and whole
    ("21 of the 50 missiles, or 60%"; "More than half of the 96 schools, 41,
    were closed"; "34 of the 87 seats, more than half"), or of the sum of
    counts listed before it ("16,210 voted yes and 13,340 no, ... two-thirds of
    those who took part"); a change next to the two values ("up 15%, to $1.2bn
    from $1.1bn"; "up a third on the £3.6 million"; "une hausse de 3,1
    milliards par rapport aux 43,9 milliards"; "up 5.5 points from 55.9%"); a
    multiplier next to the two values it compares ("twice as many as in 2022:
    14,300 against 9,800"); a gap between two percentages ("soit un écart de
    13,4 points"); parts that add up to more than their total ("50 missiles,
    including 30 cruise missiles and 25 drones"); a total given after its
    parts that is not their sum ("30 cruise missiles and 25 drones, a total of
    65"; "..., 23,300 in all"); and an amount each of a whole split between a
    count ("The 27 drivers will split the $168m prize, about $7.2m apiece").
    A share restating one figure ("56 000
    voyageurs, soit la moitié de la fréquentation") is also checked against the
    whole given earlier in the article, a part opening "Parmi eux," against the
    figure of the sentence before, and a share or a change in a sentence that
    points back ("That is more than a third", "Ce bond de 17 %") against the
    figures of the sentence before, as is a change set off after a dated level
    and followed by the time it took up to the article's date ("Prices stood at
    $2,600 in January 2023, a rise of 57% in little more than a year").
    Why: the arithmetic of an article is checkable without any reference, and
    readers do it.
    Passes: "21 of the 50 missiles, or 42%".
    Fails: "21 of the 50 missiles, or 60%".
    The derived figure (the share, the change, the gap, the total) is flagged;
    ``related_claim_ids`` lists the figures it is computed from.
    Parameters: ``slack_points``: percentage points allowed on top of the
    rounding of the stated figure; ``fraction_slack``: share of a fraction in
    words allowed on top; ``multiplier_slack``: share of a multiplier allowed;
    ``per_head_slack``: share of an unhedged amount each allowed;
    ``explanations``: per-pattern wording.
    """

    name = "arithmetic"

    def check(self, context: CheckContext) -> Iterable[Finding]:
        slack = float(self.param("slack_points", 0.5))
        by_sentence: dict[int, list[Claim]] = {}
        for claim in context.claims:
            if claim.is_claim and claim.kind != "date":
                by_sentence.setdefault(claim.sentence, []).append(claim)
        for index, claims in by_sentence.items():
            previous = by_sentence.get(index - 1, [])
            yield from self._shares(context, claims, slack, previous)
            yield from self._share_restated(context, claims, slack)
            yield from self._changes(context, claims, slack, previous)
            yield from self._per_head(context, claims, float(self.param("per_head_slack", 0.05)), previous)
            yield from self._each_of_group(context, claims, float(self.param("per_head_slack", 0.05)))
            yield from self._remainders(context, claims, previous)
            yield from self._shortfalls(context, claims, previous)
            yield from self._complementary_shares(context, claims, previous, slack)
            yield from self._fractions_of(context, claims, previous, slack)
            yield from self._multipliers(context, claims, previous, float(self.param("multiplier_slack", 0.1)))
            if len(claims) < 2:
                continue  # the patterns below compare figures of one sentence
            yield from self._gaps(context, claims, slack)
            yield from self._majorities(context, claims, slack)
            yield from self._sums(context, claims)
            yield from self._totals(context, claims, previous)
            yield from self._sum_of_the_group(context, claims)
            yield from self._added_to_level(context, claims)
            yield from self._added_to_earlier_level(context, claims)
            yield from self._differences(context, claims)
            yield from self._net_differences(context, claims)
            yield from self._rates(context, claims)
            yield from self._rates_over_durations(context, claims, previous)
            yield from self._rate_times_duration(context, claims)
            yield from self._percent_applied(context, claims)
            yield from self._speeds(context, claims)
            yield from self._round_trips(context, claims)
            yield from self._repeated(context, claims)
            yield from self._priced_totals(context, claims)
            yield from self._priced_counts(context, claims)
            yield from self._affordable_counts(context, claims)
            yield from self._priced_stays(context, claims)
            yield from self._priced_earlier(context, claims)
            yield from self._products(context, claims)

    # Shares ---------------------------------------------------------------------------------------------

    def _shares(self, context: CheckContext, claims: list[Claim], points: float,
                previous: list[Claim]) -> Iterable[Finding]:
        for stated in claims:
            share = _as_percent(stated) if not stated.change else None
            if (share is None or not self._share_linked(context, stated) or self._comparative(context, stated)
                    or self._attribute(context, stated)):
                continue
            slack = self._share_slack(stated, points)
            pair = self._share_pair(context, stated, claims, previous)
            if pair is None:
                yield from (list(self._restated_ratio(context, stated, share, claims, slack))
                            or list(self._share_of_parts_and_rest(context, stated, share, claims, slack))
                            or self._share_of_listed(context, stated, share, claims, slack))
                continue
            part, whole = pair
            if not part.value or not whole.value or not 0 < part.value <= whole.value:
                continue  # a part larger than its whole: the two figures were not a part and its whole
            actual = 100 * part.value / whole.value
            if not _outside(actual, share, slack):
                continue
            expected = self._percent(actual, context)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "share", part=part.text, whole=whole.text, actual=expected),
            }, related=[part.id, whole.id], expected=expected)

    def _share_restated(self, context: CheckContext, claims: list[Claim], slack: float) -> Iterable[Finding]:
        """A percentage restated as a fraction right after it: "27% of the crop ..., or more than a third of the
        volume", « 27 % de la récolte, soit plus d'un tiers » (``cues.apposition``): the two must agree. (A fraction
        restated as a percentage is a share of the fraction's own part and whole: ``_shares``.)"""
        for percent, fraction in zip(claims, claims[1:], strict=False):
            if (percent.kind != "percent" or fraction.kind != "ratio" or percent.change or fraction.change
                    or not self._preceded_by(context, fraction, context.cues("apposition"))):
                continue
            if (percent.unit or "%") != "%" or fraction.value is None or not 0 < fraction.value < 1:
                continue
            stated_interval, said = _as_percent(fraction), _interval(percent)
            if (stated_interval is None or said is None or said.overlaps(stated_interval)
                    or not _outside(_centre(percent), stated_interval, self._share_slack(fraction, slack))):
                continue
            yield self.finding(context, fraction, {
                "explanation": self._say(context, "restated_share", share=percent.text, later=fraction.text),
            }, related=[percent.id], expected=percent.text)

    def _share_slack(self, stated: Claim, points: float) -> float:
        """Percentage points a share may be off: a fraction in words rounds more than a percentage ("a third" for
        31%), by ``fraction_slack`` of its value; a hedged one ("nearly two-thirds") has its own width already."""
        if stated.kind != "ratio" or stated.value is None or stated.qualifier != "exact":
            return points
        return max(points, float(self.param("fraction_slack", 0.1)) * 100 * stated.value)

    def _share_pair(self, context: CheckContext, stated: Claim, claims: list[Claim],
                    previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """The part and the whole a share is said of, or None."""
        pair = self._part_and_whole(context, [c for c in claims if c.end <= stated.start])
        if pair is None and self._preceded_by(context, stated, context.cues("share_rate_before")):
            pair = self._rate_of_two(stated, claims) or self._rate_of_whole_before(stated, claims, previous)
        if pair is None:
            pair = self._whole_after(context, stated, claims)
        if pair is None:
            pair = self._part_after_whole(context, stated, claims)
        if pair is None:
            pair = self._whole_before_sentence(context, stated, claims, previous)
        if pair is None and self._preceded_by(context, stated, context.cues("apposition")):
            pair = self._earlier_whole(context, stated, claims)
        if pair is None and self._refers_back(context, stated, claims):
            pair = self._part_and_whole(context, previous) or self._whole_after_back(context, stated, claims, previous)
        if pair is None:
            pair = self._whole_named_back(context, stated, claims, previous)
        if pair is None:
            pair = self._part_named_back(context, stated, claims)
        if pair is None:
            pair = self._nearby_whole(context, stated, claims)
        return pair

    @staticmethod
    def _rate_of_two(stated: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """The part and the whole of a rate named right before it ("produced 1.12 million tonnes for a capacity of
        1.4 million tonnes, a utilisation rate of 80%"): the last two amounts of one dimension before it, the
        smaller first."""
        amounts = [c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS and not c.change and c.value]
        if len(amounts) < 2 or not _comparable_units(amounts[-2], amounts[-1]):
            return None
        part, whole = amounts[-2], amounts[-1]
        if whole.unit != part.unit:
            whole = _in_unit(whole, part.unit)
        return (part, whole) if whole.value and part.value < whole.value else None

    @staticmethod
    def _rate_of_whole_before(stated: Claim, claims: list[Claim],
                              previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """The part and the whole of a named rate whose sentence gives only the part, the whole ending the sentence
        before, larger ("had sent 12,000 invitation letters … 1,180 residents volunteered, a response rate of nearly
        15%")."""
        own = [c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS and not c.change and c.value]
        before = [c for c in previous if c.kind in AMOUNT_KINDS and not c.change and c.value]
        if len(own) != 1 or not before or (before[-1].kind, before[-1].unit) != (own[0].kind, own[0].unit):
            return None
        return (own[0], before[-1]) if own[0].value < before[-1].value else None

    def _nearby_whole(self, context: CheckContext, stated: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """A share set off after an amount, its part, with no whole of its own, and the whole among the larger
        amounts of the part's measure before it, in its sentence or a sentence or two back: one counting the same
        thing ("The course covers 62 hectares. The abandoned holes account for 14 hectares, or nearly a third of the
        course's area"), or the one the share names at the end of its clause ("512 deaths, and in 212 cases the
        family had to look elsewhere: more than half of all deaths"). The nearest fitting of all those amounts is
        taken, so the share is flagged only when none of them fits."""
        share = _as_percent(stated)
        amounts = [c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS and not c.change]
        # "41 of them are 60 or older, nearly a third": an open bound is a threshold said of the part; so is an upper
        # bound that qualifies a noun ("dans des villages de moins de 2 000 habitants": ``cues.share_not_after``;
        # « en échange de plus de 860 000 euros » is an amount)
        parts = [c for c in amounts
                 if not (c.hedge and c.qualifier in ("at_least", "at_most") and c.text.endswith(c.hedge))
                 and not (c.qualifier in ("less_than", "at_most")
                          and self._preceded_by(context, c, context.cues("share_not_after")))]
        if share is None or not parts or not parts[-1].value or self._followed_by_figure(context, stated, claims) \
                or self._restated_change(context, stated, claims):
            return None  # "a majority of more than 70%"; "€187m, up from the €148m budgeted, or about 26%"
        part, between = parts[-1], context.between(amounts[-1], stated)
        if not (self._preceded_by(context, stated, context.cues("apposition")) or between.endswith((",", ":"))):
            return None
        past = context.cues("past_value")
        # "2.31 million, 64% of them": a share of the amount itself; "up from €9.8bn, or 2.1% of output", « 1 550
        # tonnes par rapport à 2026, soit 18 % », « six contre, soit 60 % »: no part of a whole
        if (self._followed_by(context, stated, context.cues("of_them")) or self._preceded_by(context, part, past)
                or any(between.startswith(f"{cue} ") or between.startswith(f"{cue},") for cue in past)):
            return None
        if self._preceded_by(context, part, context.cues("part_of")):
            # « 46 communes n'ont aucune prise, sur les 270 que compte le département, soit près d'une sur trois »:
            # the last amount is the whole of the one before
            smaller = [c for c in parts[:-1] if c.value and c.value < part.value and _comparable(c, part)]
            return (smaller[-1], part) if smaller else None
        # "Turnover reached £8.7m, up from £7.1m … £3.3m, or about 45% of sales": a past value is no whole
        earlier = [c for c in context.claims if c.is_claim and c.kind == part.kind and c.unit == part.unit
                   and not c.change and c.value and c.value > part.value and not self._preceded_by(context, c, past)
                   and (stated.sentence - EARLIER_WHOLE_SENTENCES <= c.sentence < stated.sentence
                        or (c.sentence == stated.sentence and c.end <= part.start))]
        named = self._share_noun(context, stated) if self._closes_clause(context, stated) else frozenset()
        far: list[Claim] = []
        if not earlier and named:
            # "La récolte … s'achève sur un bilan décevant : 1 480 tonnes" … "610 tonnes, soit près des deux tiers de
            # la récolte": further back, the amounts whose sentence names, before them, what the share is of
            earlier = far = [c for c in context.claims if c.sentence < stated.sentence and c.is_claim
                             and (c.kind, c.unit) == (part.kind, part.unit) and not c.change and c.value
                             and c.value > part.value and not self._preceded_by(context, c, past)
                             and not named.isdisjoint(self._sentence_before(context, c))]
        # the whole the share names, with the part the only amount between them
        wholes = [c for c in earlier if named and c.counted and _same_thing(context, c, None, named)
                  and not any(c.end <= other.start for other in parts if other is not part)] or far
        if not wholes and len(between.lstrip(",;:").split()) <= SHARE_SET_OFF_WORDS:  # the words, not the comma
            # a count of the whole says what it counts: « 412 communes » are no share of homes, nor of a bare 140 000
            # given in another sentence
            wholes = [c for c in earlier if _same_thing(context, part, c)
                      and (c.kind != "count" or c.counted or c.sentence == stated.sentence)]
        if not wholes:
            return None
        # "Eighteen horses went to post …, and only seven finished, fewer than a third of the field": the first
        # figure of the share's sentence, when it may be the whole, is the one meant, not "the 28 fences" of the
        # sentence before (a figure after others of its sentence may be a part itself: « L'État en apporte 40 %,
        # soit 1,2 million, et la fondation 690 000 euros, près d'un tiers du total »)
        opening = context.sentence_claims(stated.sentence)[0]
        if opening in wholes and opening.end <= part.start:
            earlier = wholes = [opening]

        def miss(whole: Claim) -> float:
            return _miss(100 * part.value / whole.value, share)

        # flagged against the whole it misses least, when no amount before it fits
        return part, min(reversed(earlier if any(miss(c) == 0 for c in earlier) else wholes), key=miss)

    @staticmethod
    def _followed_by_figure(context: CheckContext, stated: Claim, claims: list[Claim]) -> bool:
        """Is the share said of a figure right after it ("a majority of more than 70%")?"""
        following = next((c for c in claims if c.start >= stated.end), None)
        return following is not None and context.between(stated, following) in context.cues("share_of")

    @staticmethod
    def _closes_clause(context: CheckContext, stated: Claim) -> bool:
        """Does the share end its clause within a few words ("more than half of all deaths."), rather than open one
        (« un tiers des salariés interrogés disent que ... »)?"""
        sentence_end = context.document.sentence_at(stated.start).end
        after = context.document.text[stated.end:sentence_end]
        clause = after.split(",")[0].split(";")[0]
        return len(clause.split()) <= SHARE_NOUN_WORDS

    @staticmethod
    def _share_noun(context: CheckContext, stated: Claim) -> frozenset[str]:
        """The forms of the noun a share is said of ("more than half of all deaths": death; "half the network"),
        empty when no noun follows."""
        sentence_end = context.document.sentence_at(stated.start).end
        after = " ".join(context.document.text[stated.end:min(stated.end + CUE_REACH, sentence_end)].lower().split())
        last = stated.text.lower().split()[-1]
        cues = [cue if cue.endswith("'") else cue + " " for cue in (
            *context.cues("share_of"),
            *(cue[len(last) + 1:] for cue in context.cues("share_without_of") if cue.startswith(last + " ")))]
        cue = max((cue for cue in cues if f"{after} ".startswith(cue)), key=len, default=None)
        if cue is None:
            return frozenset()
        named = phrase_words(after[len(cue):], context.language)[:1]
        return frozenset(named[0].forms) if named else frozenset()

    def _whole_after_back(self, context: CheckContext, stated: Claim, claims: list[Claim],
                          previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """A share pointing back at the sentence before ("That is nearly half of the 86,000 premises ...") of a whole
        after it: the part is the last amount of the sentence before, of the whole's measure and smaller."""
        after = [c for c in claims if c.start >= stated.end and c.kind in AMOUNT_KINDS and not c.change]
        if not after or not after[0].value:
            return None
        linking = " ".join(context.document.text[stated.end:after[0].start].lower().split())
        if not any(linking.startswith(cue + " ") or linking == cue for cue in context.cues("share_of")):
            return None
        whole, past = after[0], context.cues("past_value")
        # "1,070 hectares, up from 820 in May. That is almost a third of the 3,400": 820 is a past value
        parts = [c for c in previous if c.kind in AMOUNT_KINDS and not c.change and c.value
                 and c.value < whole.value and _comparable(c, whole) and not self._preceded_by(context, c, past)]
        return (parts[-1], whole) if parts else None

    def _whole_named_back(self, context: CheckContext, stated: Claim, claims: list[Claim],
                          previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """The only amount before a share said of a whole named back ("of the total", "of that budget", « du
        total », ``cues.share_of_earlier``), and that whole: the largest amount of its kind and unit in the sentence
        before ("1.1 million bottles in all ... The 680,000 found in January make up more than two-thirds of the
        total"; when the sentence before gives none, a sentence further back), unless the share's sentence names
        an earlier figure's noun before the part ("The budget sets aside €214m …": that budget)."""
        if not self._followed_by(context, stated, context.cues("share_of_earlier")):
            return None
        parts = [c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS and not c.change]
        if len(parts) != 1 or not parts[0].value:
            return None
        part = parts[0]
        # "£1.1m to spend, down from the £1.4m proposed": the total is £1.1m
        past = (*context.cues("past_value"), *(f"{cue} {article}" for cue in context.cues("past_value")
                                               for article in context.cues("definite_articles")))
        # "a €1.26bn budget" … "The budget sets aside €214m for the RSA, nearly a quarter of the total": the whole
        # its sentence names before the part, however far back
        named = self._sentence_before(context, part)
        described = [c for c in context.claims if c.sentence < stated.sentence and c.is_claim
                     and (c.kind, c.unit) == (part.kind, part.unit) and not c.change and c.value
                     and c.value > part.value and not self._preceded_by(context, c, past)
                     and not named.isdisjoint(self._named_with(context, c))]
        if described:
            return part, described[-1]
        for back in range(1, EARLIER_WHOLE_SENTENCES + 1):
            wholes = [c for c in context.sentence_claims(stated.sentence - back) if c.is_claim
                      and c.kind in AMOUNT_KINDS and not c.change and c.value and c.value > part.value
                      and (c.kind, c.unit) == (part.kind, part.unit) and not self._preceded_by(context, c, past)]
            if wholes:
                return part, max(wholes, key=lambda c: c.value)
        return None

    @staticmethod
    def _sentence_before(context: CheckContext, claim: Claim) -> frozenset[str]:
        """The forms of the words of a figure's sentence before it: what the sentence says the figure is of."""
        sentence = context.document.sentences[claim.sentence]
        return frozenset(terms(context.document.text[sentence.start:claim.start], context.language))

    @staticmethod
    def _named_with(context: CheckContext, claim: Claim) -> frozenset[str]:
        """The words naming what a figure is: its description and the words right before it ("a €1.26bn budget",
        « un budget de 1,26 milliard »)."""
        before = context.document.text[max(0, claim.start - CUE_REACH):claim.start].split()[-BACK_REFERENCE_WORDS:]
        return frozenset().union(*context.description(claim), *(
            word.forms for word in phrase_words(" ".join(before), context.language)))

    def _share_of_listed(self, context: CheckContext, stated: Claim, share: Interval, claims: list[Claim],
                         slack: float) -> Iterable[Finding]:
        """A share of all the parts listed before it: "16,210 voted yes and 13,340 voted no, so the dam was backed
        by nearly two-thirds of those who took part". It passes when it is the share of any of the parts."""
        if not self._followed_by(context, stated, context.cues("share_of_parts")):
            return
        parts = self._joined_parts([c for c in claims if c.end <= stated.start], context)
        total = sum(p.value for p in parts)
        if len(parts) < 2 or total <= 0:
            return
        actual = {part.id: 100 * part.value / total for part in parts}
        if any(not _outside(value, share, slack) for value in actual.values()):
            return
        part = min(parts, key=lambda p: min(abs(actual[p.id] - share.low), abs(actual[p.id] - share.high)))
        expected = self._percent(actual[part.id], context)
        whole = wording.number(total, context.language)
        yield self.finding(context, stated, {
            "explanation": self._say(context, "share", part=part.text, whole=whole, actual=expected),
        }, related=[p.id for p in parts], expected=expected)

    def _share_of_parts_and_rest(self, context: CheckContext, stated: Claim, share: Interval, claims: list[Claim],
                                 slack: float) -> Iterable[Finding]:
        """A share set off after one of the parts of a whole its sentence splits up to "the rest": "The region is
        paying €1.2 million of the bill, roughly a third, and the state heritage fund €800,000; the town borrows the
        rest, €4.2 million" (19% of €6.2 million). The whole is the sum of the sentence's amounts of the part's
        kind and unit, one of them a remainder (``cues.remainder_before``)."""
        before = [c for c in claims if c.end <= stated.start]
        if not before or not (context.between(before[-1], stated).endswith(",")
                              or self._preceded_by(context, stated, context.cues("apposition"))):
            return
        part = before[-1]
        amounts = [c for c in claims if c is not stated and (c.kind, c.unit) == (part.kind, part.unit)
                   and part.kind in AMOUNT_KINDS and not c.change and c.value]
        rest = [c for c in amounts if c.start > stated.end
                and self._preceded_by(context, c, context.cues("remainder_before"))]
        if not rest or len(amounts) < 3 or part not in amounts:
            return
        total = sum(c.value for c in amounts)
        actual = 100 * part.value / total
        if not _outside(actual, share, self._share_slack(stated, slack)):
            return
        expected = self._percent(actual, context)
        whole = wording.quantity(float(f"{total:.3g}"), part.unit, None, context.language)
        yield self.finding(context, stated, {
            "explanation": self._say(context, "share", part=part.text, whole=whole, actual=expected),
        }, related=[c.id for c in amounts], expected=expected)

    @staticmethod
    def _joined_parts(before: list[Claim], context: CheckContext) -> list[Claim]:
        """The counts listed last before a figure, in text order, each joined to the next by "and"/"et" or a comma,
        all counting one thing: the later ones bare or counting the first one's noun or a vote ("16,210 people
        voted yes and 13,340 voted no", "16 210 électeurs ont voté oui et 13 340 non")."""
        amounts = [c for c in before if c.kind == "count" and not c.change]
        if not amounts or not amounts[-1].value:
            return []
        parts = [amounts[-1]]
        for part in reversed(amounts[:-1]):
            joined = any(context.between(part, parts[0]).endswith(joint) for joint in context.cues("list_joints"))
            if not joined or not part.value:
                break
            parts.insert(0, part)
        first = parts[0].counted
        if any(p.counted not in (None, first, *context.cues("vote_answers")) for p in parts[1:]):
            return []
        return parts

    def _restated_ratio(self, context: CheckContext, stated: Claim, share: Interval, claims: list[Claim],
                        slack: float) -> Iterable[Finding]:
        """A share restating the fraction right before it ("24 sièges sur 87, soit plus d'un tiers")."""
        before = [c for c in claims if c.end <= stated.start]
        ratio = before[-1] if before else None
        if ratio is None or ratio.kind != "ratio" or ratio.change or ratio.value is None:
            return
        linked = not any(mark.isalnum() for mark in context.between(ratio, stated))
        if not (linked or self._preceded_by(context, stated, context.cues("apposition"))):
            return
        actual = 100 * ratio.value
        if not _outside(actual, share, slack):
            return
        expected = self._percent(actual, context)
        yield self.finding(context, stated, {
            "explanation": self._say(context, "ratio", ratio=ratio.text, actual=expected),
        }, related=[ratio.id], expected=expected)

    def _share_linked(self, context: CheckContext, stated: Claim) -> bool:
        """Is the share said of something ("60% of the total", "soit la moitié", "a utilisation rate of 80%")?"""
        after = " " + " ".join(context.document.text[stated.end:stated.end + CUE_REACH].lower().split())
        last = stated.text.lower().split()[-1]  # "half the network"
        return (any(after.startswith(f" {cue} ") for cue in context.cues("share_of"))
                or any(f" {last}{after}".startswith(f" {cue} ") for cue in context.cues("share_without_of"))
                or self._preceded_by(context, stated, context.cues("apposition"))
                or self._preceded_by(context, stated, context.cues("share_rate_before"))
                or self._closing_apposition(context, stated) or self._refers_back(context, stated, ()))

    def _attribute(self, context: CheckContext, stated: Claim) -> bool:
        """Is the percentage what a noun measures ("l'objectif de 2 % du PIB", "a deficit of 6.1% of GDP"), not a
        share restating the figures before it?"""
        return (self._preceded_by(context, stated, context.cues("share_not_after"))
                and not self._preceded_by(context, stated, context.cues("apposition"))
                and not self._preceded_by(context, stated, context.cues("share_rate_before")))

    def _comparative_direction(self, context: CheckContext, stated: Claim) -> str | None:
        """The direction of a fraction given as a change by the comparative after it ("a quarter more than the $4.3
        billion", "un quart de moins que"), else None."""
        if stated.kind != "ratio" or not _relative(stated) or not self._comparative(context, stated):
            return None
        return "decrease" if self._followed_by(context, stated, context.cues("comparative_less")) else "increase"

    def _restated_change(self, context: CheckContext, stated: Claim, claims: list[Claim]) -> str | None:
        """The direction of a percentage set off after a change from one value to another, restating it ("€187m, up
        from €148m, or more than 30%", « 187 millions, contre 148 millions, soit 26 % »): the way the values went.
        Not a share ("or 26% of the budget")."""
        if (stated.kind != "percent" or (stated.unit or "%") != "%" or stated.change
                or not self._preceded_by(context, stated, context.cues("apposition"))
                or self._followed_by(context, stated, context.cues("share_of"))):
            return None
        values = [c for c in self._levels(stated, claims) if c.end <= stated.start]
        pair = self._old_and_new(context, stated, values)
        if pair is None or None in (_centre(pair[0]), _centre(pair[1])) or _centre(pair[0]) == _centre(pair[1]):
            return None
        return "increase" if _centre(pair[1]) > _centre(pair[0]) else "decrease"

    def _amount_change(self, context: CheckContext, stated: Claim) -> str | None:
        """The direction of an amount given as a difference by the word after it or after its noun ("6,500 fewer",
        « 6 500 de moins », « 2 070 arrivants de plus »: ``cues.amount_change_less`` / ``amount_change_more``), else
        None."""
        if stated.kind not in AMOUNT_KINDS:
            return None
        if self._said_after_noun(context, stated, context.cues("amount_change_less")):
            return "decrease"
        return "increase" if self._said_after_noun(context, stated, context.cues("amount_change_more")) else None

    @staticmethod
    def _comparative(context: CheckContext, stated: Claim) -> bool:
        """Is the fraction a change rather than a share ("a third more than in 2019", "un tiers de plus")?"""
        after = " " + " ".join(context.document.text[stated.end:stated.end + CUE_REACH].lower().split()) + " "
        # "une majorité de plus de 80 %": "de plus de" opens the next figure's hedge, it compares nothing; "soit près
        # d'un tiers de moins.": the cue may end the sentence
        return any(after.startswith(f" {cue}") and not after[len(cue) + 1].isalnum()
                   and not after[len(cue) + 2:].startswith(("de ", "d'"))
                   for cue in context.cues("comparative_after"))

    @staticmethod
    def _closing_apposition(context: CheckContext, stated: Claim) -> bool:
        """Is the share set off by commas, a colon or brackets after its pair ("34 went to the Greens, more than a
        third."; "Only 120 of the 420 farms, less than a quarter, were insured"; "… with suspected glaucoma: roughly
        one in ten."; "120 of the 420 farms (a quarter)")?"""
        text = context.document.text
        before = text[max(0, stated.start - CUE_REACH):stated.start].rstrip()
        after = text[stated.end:stated.end + CUE_REACH].lstrip()
        return ((before.endswith((",", ":")) and (not after or after[0] in ".;),–—"))
                or (before.endswith("(") and after.startswith(")")))

    @staticmethod
    def _refers_back(context: CheckContext, stated: Claim, claims: Iterable[Claim]) -> bool:
        """Does the figure's sentence open by pointing back at the one before ("That is a jump of 28%", "Ce bond de
        17 %"), with no amount of its own before the figure?"""
        # a time said first is no amount of its own ("En six mois, la hausse atteint 7 %")
        if any(c.end <= stated.start and c.kind in AMOUNT_KINDS and not c.change and not _duration(c) for c in claims):
            return False
        sentence = context.document.sentence_at(stated.start)
        lead = " ".join(context.document.text[sentence.start:stated.start].lower().split())
        opening, comma, rest = lead.partition(", ")
        if comma and len(opening.split()) <= OPENING_WORDS:
            lead = rest  # "En six mois, la hausse atteint 7 %": a time or a place set before the subject
        cue = next((cue for cue in context.cues("back_reference") if lead == cue or lead.startswith(cue + " ")), None)
        if cue is None:
            # "Councillors called it a 27% cut", « Les élus y voient une baisse de 27 % »: "it" is what was said before
            subject, cue, extra = next((f" {lead} ".partition(f" {cue} ") for cue in context.cues("named_back")
                                        if f" {cue} " in f" {lead} "), ("", "", ""))
            return bool(cue) and len(subject.split()) <= OPENING_WORDS and len(extra.split()) <= BACK_REFERENCE_WORDS
        # "That is a jump of", not "The rise in food prices of": no other subject named on the way.
        extra = lead[len(cue):].split()
        return len(extra) <= BACK_REFERENCE_WORDS and not set(extra[:-1]) & set(context.cues("change_subject"))

    def _part_and_whole(self, context: CheckContext, before: list[Claim]) -> tuple[Claim, Claim] | None:
        """The part/whole pair the figures before a share end with: "21 of the 50", "50 people, of which 21". A pair
        followed by another amount is not the share's ("25 players, 10 of them foreign, and a budget of €40 million,
        half of it"; "300 were accepted, while 900, three-quarters of them")."""
        past = context.cues("past_value")  # "34 of the 87 seats, up from 20": 20 is neither part nor whole
        # "at least one breakdown" says something happened, it counts nothing: "Seize des 32 machines ont connu au
        # moins une panne ..., soit les deux tiers du parc"
        amounts = [claim for claim in before if claim.kind in AMOUNT_KINDS and not claim.change
                   and not self._preceded_by(context, claim, past)
                   and not (claim.kind == "count" and claim.value == 1 and claim.qualifier != "exact")]
        if any(claim.kind == "count" for claim in amounts):
            # « 17 malades, dont 9 âgés de plus de 75 ans, soit près des deux tiers »: an age or a duration among
            # counts is no part or whole of them
            amounts = [claim for claim in amounts if not _duration(claim)]
        # "212 hectares (about 1,300 acres) under glass, and 39 hectares of that": a conversion restates the figure
        amounts = [claim for index, claim in enumerate(amounts)
                   if not (index and claim.unit != amounts[index - 1].unit
                           and conversion_link(context.between(amounts[index - 1], claim), context.language))]
        part_of, inclusive = context.cues("part_of"), context.cues("parts_inclusive")
        for first, second in list(zip(amounts, amounts[1:], strict=False))[-1:]:
            if part_of_link(context.between(first, second), context.language) and _comparable(first, second):
                return first, second
            # "120 people, including 30 men", "The 1,240 volunteers included 410 newcomers": the cue opens the last
            # clause before the part, or follows the whole's noun.
            between = context.between(first, second).rsplit(",", 1)[-1].lstrip(",;: ")
            if self._opens(between, inclusive) and first.kind == second.kind:
                return second, first
            # "Of the 1,200 staff, 300 ...", "Sur les 40 communes touchées, 30 ...", "577 members, 215 of them
            # women": the whole comes first.
            # "Wenlow supplies 1.06 billion litres a day and loses 212 million litres of it": "of it" says so alone
            whole_first = "," in context.document.text[first.end:second.start]
            if ((whole_first and self._owned_after(context, first, part_of))
                    or self._followed_by(context, second, context.cues("of_them"))) and _comparable(first, second):
                return second, first
        return None

    @classmethod
    def _owned_after(cls, context: CheckContext, claim: Claim, cues: Sequence[str]) -> bool:
        """Is the claim preceded by a cue, maybe with an owner between ("Of the 1,850 employees", "Of the city's 1,850
        employees"; ``cues.possessive``)?"""
        if cls._preceded_by(context, claim, cues):
            return True
        words = context.document.text[max(0, claim.start - CUE_REACH):claim.start].lower().split()
        possessive = context.cues("possessive")
        if not possessive or not words or not words[-1].endswith(possessive):
            return False
        return (" " + " ".join(words[:-1])).endswith(_spaced(cues))

    @staticmethod
    def _opens(between: str, cues: Sequence[str]) -> bool:
        """Does a cue open the text, or follow a noun of at most PART_NOUN_WORDS words ("volunteers included")?"""
        words = between.split()
        return any(" ".join(words[skip:]).startswith(cue) for cue in cues for skip in range(PART_NOUN_WORDS + 1))

    def _whole_after(self, context: CheckContext, stated: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """A part before the share and the whole after it: "4,000 people, or 40% of the town's 12,000 residents"."""
        before = [c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS and not c.change]
        after = [c for c in claims if c.start >= stated.end and c.kind in AMOUNT_KINDS and not c.change]
        if not before or not after or not _comparable(before[-1], after[0]):
            return None
        if not _same_thing(context, before[-1], after[0]):
            return None  # "Twenty-three streets stay lit, and 64% of the town's 6,300 lamps": streets are no lamps
        linking = " ".join(context.document.text[stated.end:after[0].start].lower().split())
        if not any(linking.startswith(cue + " ") or linking == cue for cue in context.cues("share_of")) \
                or any(mark in linking for mark in ",;:"):
            return None  # "more than half of the total, RSE notes; the other 60": another clause's figure
        return before[-1], after[0]

    def _part_named_back(self, context: CheckContext, stated: Claim,
                         claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """A share with no figure before it in its sentence, of a whole right after it, whose part the sentence
        names by a noun counted a sentence or two before: "… and cut 1,150 jobs. The job losses amount to about 8%
        of a workforce of more than 21,000" (5.5%). Of several such parts, the one that fits best is taken."""
        if any(c.end <= stated.start and c.kind in AMOUNT_KINDS for c in claims):
            return None
        whole = next((c for c in claims if c.start >= stated.end and c.kind in AMOUNT_KINDS and not c.change), None)
        linking = "" if whole is None else " ".join(context.document.text[stated.end:whole.start].lower().split())
        if (whole is None or not whole.value or any(mark in linking for mark in ",;:")
                or not any(linking.startswith(cue + " ") or linking == cue for cue in context.cues("share_of"))):
            return None
        named = self._sentence_before(context, stated)
        parts = [c for c in context.claims if stated.sentence - EARLIER_WHOLE_SENTENCES <= c.sentence < stated.sentence
                 and c.is_claim and c.kind in AMOUNT_KINDS and not c.change and c.value and c.counted
                 and c.value < whole.value and _comparable(c, whole)
                 and not named.isdisjoint(widened(phrase_forms(c.counted, context.language), context.language))]
        share = _as_percent(stated)
        if not parts or share is None:
            return None
        return min(parts, key=lambda part: _miss(100 * part.value / whole.value, share)), whole

    def _part_after_whole(self, context: CheckContext, stated: Claim,
                          claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """The share first, then its whole and its part set off after it: "More than half of the 96 schools, 41, were
        closed", "Les deux tiers des 1 200 salariés, soit 600 personnes"."""
        after = [c for c in claims if c.start >= stated.end and c.kind in AMOUNT_KINDS and not c.change]
        if len(after) < 2 or not _comparable(after[0], after[1]):
            return None
        whole, part = after[0], after[1]
        linking = " ".join(context.document.text[stated.end:whole.start].lower().split())
        if linking not in context.cues("share_of"):
            return None
        between = context.between(whole, part)
        setting_off = (",", "(", "–", "—", "-", *context.cues("apposition"))
        if len(between.split()) > PART_NOUN_WORDS + 2 or not any(between.endswith(mark) for mark in setting_off):
            return None
        # "41, were closed", "300 people, will": the part closes its aside; "about 50 in the London office," is a
        # subgroup, not the share restated.
        closing = context.document.text[part.end:part.end + CUE_REACH].split()
        closed = next((index for index, word in enumerate(closing) if word[-1] in ",)–—" or word in "–—"), None)
        return (part, whole) if closed is not None and closed < PART_NOUN_WORDS else None

    def _whole_before_sentence(self, context: CheckContext, stated: Claim, claims: list[Claim],
                               previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """A part in a sentence opening "Among them," / "Parmi eux," or followed by "of them" / « d'entre eux », and
        its whole, the sentence before's last figure of its measure ("... auprès de 2 015 actifs. Parmi eux, 1 090
        ..., soit les deux tiers"; « 1 240 salariés. Un repreneur reprendra 310 d'entre eux, soit près d'un tiers »)."""
        amounts = [c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS and not c.change]
        if not amounts or amounts[0].value is None:
            return None
        part = amounts[0]
        sentence = context.document.sentence_at(part.start)
        lead = " ".join(context.document.text[sentence.start:part.start].lower().split()).rstrip(" ,")
        # "19 of them were in villages of fewer than 2,000 people, or 55%": a threshold is no other part
        thresholds = all(c.qualifier in OPEN_BOUNDS for c in amounts[1:])
        of_them = thresholds and self._followed_by(context, part, context.cues("of_them"))
        if lead not in context.cues("among_them") and not of_them and not self._among_those(context, lead):
            return None  # "... 1,240 staff. A buyer will keep 310 of them, nearly a third" also points back
        wholes = [c for c in previous if c.kind in AMOUNT_KINDS and not c.change and c.value
                  and c.value > part.value and _comparable(c, part)]
        if not wholes or (of_them and not self._said_of(context, stated, wholes[-1])):
            return None  # « Dix d'entre eux ont obtenu moins de 5 % des voix »: a share of votes, not of them
        return part, wholes[-1]

    @staticmethod
    def _among_those(context: CheckContext, lead: str) -> bool:
        """Does a sentence open on "Of those" / « Parmi les » and a word or two saying what they did or are ("Of
        those examined,", « Parmi les patients examinés, »: ``cues.among_those``)?"""
        words = lead.split()
        return any(lead.startswith(cue + " ") and len(words) <= len(cue.split()) + AMONG_THOSE_WORDS
                   for cue in context.cues("among_those"))

    def _said_of(self, context: CheckContext, stated: Claim, whole: Claim) -> bool:
        """Is the share said of nothing after it, or of what the whole counts ("près d'un tiers des effectifs" of
        1 240 salariés: one word family)?"""
        named = self._share_noun(context, stated)  # "of the total. Sunvalis ...": "total"
        return not named or _same_thing(context, whole, None, named)

    def _earlier_whole(self, context: CheckContext, stated: Claim,
                       claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """A share restating the figure before it, of a whole the article gave earlier (same thing, larger)."""
        parts = [c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS and not c.change]
        if not parts or parts[-1].value is None:
            return None
        part = parts[-1]
        counted = frozenset(form for word in phrase_words(part.counted or "", context.language) for form in word.forms)
        if not counted:
            return None
        for earlier in reversed([c for c in context.claims if c.sentence < part.sentence]):
            if (earlier.is_claim and _comparable(earlier, part) and earlier.value and earlier.value > part.value
                    and counted & frozenset().union(*context.description(earlier))):
                return part, earlier
        return None

    # Changes and gaps -----------------------------------------------------------------------------------

    def _changes(self, context: CheckContext, claims: list[Claim], slack: float,
                 previous: list[Claim]) -> Iterable[Finding]:
        for stated in claims:
            direction = stated.change or self._comparative_direction(context, stated) or self._restated_change(
                context, stated, claims)
            if direction is None:
                direction = self._amount_change(context, stated)
                if not direction or not self._difference_said(context, stated, claims, previous):
                    continue
            pair = (self._level_of_sentence_before(context, stated, claims, previous)
                    or self._old_and_new(context, stated, self._levels(stated, claims)))
            if pair is None:
                pair = self._range_ends(context, stated, claims)
            if pair is None and self._refers_back(context, stated, claims) and not self._names_subject(context, stated):
                pair = (self._old_and_new(context, stated, self._levels(stated, previous))
                        or self._only_two_levels(context, stated, direction, previous))
            if pair is None:
                pair = self._since_level(context, stated, direction, claims, previous)
            if pair is None:
                pair = self._two_levels(context, stated, direction, claims)
            if pair is None:
                pair = self._level_said_before(context, stated, direction, claims, previous)
            if pair is None:
                pair = self._old_level_after(context, stated, direction, claims, previous)
            if pair is None:
                pair = self._base_in_clause(context, stated, claims, previous)
            if pair is None and _relative(stated):
                yield from self._change_of_amount(context, stated, claims, slack)
                continue
            if pair is not None and self._not_its_values(context, stated, pair, claims):
                continue
            interval = _as_percent(stated) if stated.kind == "ratio" else _interval(stated)
            if pair is None or interval is None:
                continue
            old, new = pair
            actual = self._change(stated, old, new)
            if actual is None:
                continue
            sign = -1 if direction == "decrease" else 1
            low, high = sorted((sign * interval.low, sign * interval.high))
            signed = Interval(low, high)
            allowed = self._share_slack(stated, slack) if _relative(stated) else (
                self._rounding(old) + self._rounding(new))
            if not _outside(actual, signed, allowed):
                continue
            expected = self._written(actual, stated, context)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "change", old=old.text, new=new.text, actual=expected),
            }, related=list(dict.fromkeys([old.id, new.id])), expected=expected)

    def _difference_said(self, context: CheckContext, stated: Claim, claims: list[Claim],
                         previous: list[Claim]) -> bool:
        """Is an amount of change ("6,500 fewer") a difference of two values: right after a "from ... to ..." pair,
        set off after a change ("17,950, up from 14,600, or some 5,000 more"), or set off against a base a clause
        gives (« soit 1 300 mètres de plus qu'en 2032, quand les coureurs n'en avaient gravi que 8 900 »)? "hire
        30 more" is not."""
        set_off = self._preceded_by(context, stated, context.cues("apposition"))
        pair = self._old_and_new(context, stated, self._levels(stated, claims))
        if pair is not None and max(pair[0].end, pair[1].end) <= stated.start and (
                set_off or self._preceded_by(context, pair[1], context.cues("change_to"))):
            return True
        return ((set_off or self._refers_back(context, stated, claims))
                and self._base_in_clause(context, stated, claims, previous) is not None)

    def _two_levels(self, context: CheckContext, stated: Claim, direction: str,
                    claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """The two values of a change set off right after the second of the only two levels of its kind and unit in
        the sentence, neither named as a starting or reached value: "Estimé à 14,6 millions de livres en mars, le
        chantier coûtera 17,9 millions de livres, soit une hausse de 31 %", or a saving from a price to a lower one
        ("costs CHF 320; … pay CHF 200, a saving of more than half": ``cues.saving``). A rise starts from the
        smaller."""
        levels = [c for c in self._levels(stated, claims) if c.end <= stated.start]
        if len(levels) != 2 or not _comparable(levels[0], levels[1]):
            return None  # « 465 000 dollars … en espère 610 000 »: the second may leave its unit implicit
        # set off right after the second level, or after a few words that still tell of it: ", soit une hausse de",
        # "ramené à 9 400 tonnes après une nouvelle évaluation du stock, soit une baisse de"
        said_of_level, comma, set_off = context.between(levels[1], stated).rpartition(",")
        if (not comma or len(said_of_level.split()) > LEVEL_TAIL_WORDS or len(set_off.split()) > CHANGE_RESTATED_WORDS
                or any(c.end <= stated.start and c.start >= levels[1].end and c.kind in AMOUNT_KINDS for c in claims)):
            return None
        if None in (_centre(levels[0]), _centre(levels[1])) or not _same_thing(context, levels[0], levels[1]):
            return None
        # One of them must be marked as a value of the change: the first as an earlier estimate ("Estimé à",
        # "stands at"), or the second as the value reached ("climbing to"); "€5bn and profit €1bn, up 12%" is not.
        # A change in percentage points set off after two percentages is their difference ("removed 61% …; the new
        # one removes 93%, a gain of 32 points"), unless one is a base compared with ("above the 22% of 2045").
        dated = self._dated_in_order(context, levels[0], levels[1])
        if dated is not None:
            return dated  # "sales of A$465,000 in 2044 and expects A$610,000 this year, a rise of 20%"
        earlier = context.cues("earlier_value")
        if not (self._preceded_by(context, levels[0], earlier) or (levels[0].hedge or "").lower() in earlier
                or self._preceded_by(context, levels[1], context.cues("change_to"))
                # "costs CHF 320; … pay CHF 200, a saving of more than half": a price and a lower one
                or (direction == "decrease" and self._preceded_by(context, stated, context.cues("saving")))
                or (stated.unit == "pp" and levels[0].kind == "percent" and not any(
                    self._preceded_by(context, level, context.cues("comparison_base")) for level in levels))):
            return None  # (« Estimé à 14,6 millions » holds its cue as a hedge)
        low, high = sorted(levels, key=_centre)
        return (high, low) if direction == "decrease" else (low, high)

    @staticmethod
    def _dated_in_order(context: CheckContext, first: Claim, second: Claim) -> tuple[Claim, Claim] | None:
        """The two levels, the earlier first, when each has a date of its own and the two dates do not overlap
        ("A$465,000 in 2044 and … A$610,000 this year")."""
        dates = [context.attached_date(level) for level in (first, second)]
        if None in dates or not all(date.date_start and date.date_end for date in dates):
            return None
        (start_a, end_a), (start_b, end_b) = ((date.date_start, date.date_end) for date in dates)
        if end_a < start_b:
            return first, second
        if end_b < start_a:
            return second, first
        return None

    def _change_of_amount(self, context: CheckContext, stated: Claim, claims: list[Claim],
                          slack: float) -> Iterable[Finding]:
        """A change in percent restating an amount of change right before it, of a level said before that: "Annoncée
        à 212 millions d'euros, la facture a gonflé de 56 millions, soit une hausse de plus de 40 %" (26.4%). The
        level may be the old value or the new one, so the percentage must fit neither reading to be flagged."""
        before = [c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS]
        if len(before) < 2 or before[-2].change:
            return
        amount, level = before[-1], before[-2]
        # the amount's change may be said after it, its noun between: « soit 230 nageurs de moins et une baisse de »
        said_after = None if amount.change else self._amount_change(context, amount)
        direction = amount.change or said_after
        words = CHANGE_RESTATED_WORDS + (AMOUNT_CHANGE_WORDS if said_after else 0)
        if not direction or (level.kind, level.unit) != (amount.kind, amount.unit) or len(
                context.between(amount, stated).split()) > words:
            return  # "up €56m, a rise of 40%", « de 56 millions, soit une hausse de 40 % »
        change, base, interval = _centre(amount), _centre(level), _interval(stated)
        if change is None or base is None or interval is None or base <= 0 or change <= 0:
            return
        sign = -1 if direction == "decrease" else 1
        readings = [100 * change / base]  # the level is the old value...
        if base - sign * change > 0:
            readings.append(100 * change / (base - sign * change))  # ... or the new one
        allowed = self._share_slack(stated, slack)
        if any(not _outside(reading, interval, allowed) for reading in readings):
            return
        # « 640 licenciés ... il n'en reste que 410, soit 230 de moins »: the level before is the old value
        earlier = _centre(before[-3]) if len(before) > 2 else None
        new_level = len(readings) > 1 and earlier is not None and math.isclose(earlier, base - sign * change)
        expected = self._written(readings[1] if new_level else readings[0], stated, context)
        level = before[-3] if new_level else level
        yield self.finding(context, stated, {
            "explanation": self._say(context, "change_amount", amount=amount.text, level=level.text, actual=expected),
        }, related=[level.id, amount.id], expected=expected)

    def _since_level(self, context: CheckContext, stated: Claim, direction: str, claims: list[Claim],
                     previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """The two values of a change set off after a level and followed by the time it took, the other level being
        the only one of its measure in the sentence before: "Cocoa touched $9,800 a tonne on Wednesday. Prices stood
        at $2,600 in January 2023, a rise of 57% in little more than a year." A rise starts from the smaller value,
        a fall from the larger."""
        period = self._period(context, stated, claims)
        if period is None or any(c.change for c in previous):
            return None
        levels = [c for c in self._levels(stated, claims) if c.end <= stated.start]
        if len(levels) != 1 or "," not in context.between(levels[0], stated):
            return None
        if not self._runs_to_now(context, levels[0], stated, period):
            return None
        others = [c for c in self._levels(stated, previous) if (c.kind, c.unit) == (levels[0].kind, levels[0].unit)]
        if len(others) != 1 or None in (_centre(levels[0]), _centre(others[0])):
            return None
        low, high = sorted((levels[0], others[0]), key=_centre)
        return (high, low) if direction == "decrease" else (low, high)

    def _level_said_before(self, context: CheckContext, stated: Claim, direction: str, claims: list[Claim],
                           previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """The two values of a change set off right after the only level of its sentence, the other level being the
        only one of its measure in the sentence before, counting the same thing: "The film opened on 780 screens.
        By its third week it was showing on 1,040, an increase of 33%." A rise starts from the smaller value, a fall
        from the larger."""
        levels = [c for c in self._levels(stated, claims) if c.end <= stated.start]
        if len(levels) != 1 or any(c.change for c in previous) or any(c.change for c in claims if c is not stated):
            return None
        level = levels[0]
        # a change over a time said after it ("$4 billion in 2021, up 5% in one year") is the level's own
        end = level if self._period(context, stated, claims) is not None else self._dated_end(context, level, stated)
        between = context.between(end, stated)
        if not between.startswith((",", ":")) or len(between[1:].split()) > CHANGE_RESTATED_WORDS:
            return None  # set off right after the level: ", an increase of", « , soit une hausse de », ": a rise of"
        others = [c for c in self._levels(stated, previous) if (c.kind, c.unit) == (level.kind, level.unit)]
        if len(others) != 1 or None in (_centre(level), _centre(others[0])) \
                or not _same_thing(context, level, others[0]):
            return None
        low, high = sorted((level, others[0]), key=_centre)
        return (high, low) if direction == "decrease" else (low, high)

    def _old_level_after(self, context: CheckContext, stated: Claim, direction: str, claims: list[Claim],
                         previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """The two values of a change followed in its sentence by the old level only, marked as such, the new one
        being the only level of its measure in the sentence before: "The fire has burned 18,400 hectares. The burned
        area has grown by 60% in three days: it stood at only 12,800 hectares on Wednesday" (« elle n'était que de
        12 800 hectares mercredi »: ``cues.earlier_value``, ``cues.change_from``)."""
        levels = [c for c in self._levels(stated, claims) if c.start >= stated.end and not _duration(c)]
        before = [c for c in self._levels(stated, claims) if c.end <= stated.start and not _duration(c)]
        if len(levels) != 1 or before or any(c.change for c in previous):
            return None
        old = levels[0]
        marks = (*context.cues("earlier_value"), *context.cues("change_from"), *context.cues("past_value"))
        if not self._preceded_by(context, old, marks):
            return None
        others = [c for c in self._levels(stated, previous) if (c.kind, c.unit) == (old.kind, old.unit)]
        if len(others) != 1 or None in (_centre(old), _centre(others[0])) or not _same_thing(context, old, others[0]):
            return None
        low, high = sorted((old, others[0]), key=_centre)
        return (high, low) if direction == "decrease" else (low, high)

    @staticmethod
    def _dated_end(context: CheckContext, level: Claim, stated: Claim) -> Claim:
        """The level, or the date right after it that says when it was (« l'ancien record, 190 000 livres en 2039,
        soit 65 % de plus »): what a change set off after the level follows."""
        dates = [c for c in context.sentence_claims(stated.sentence)
                 if c.kind == "date" and level.end <= c.start and c.end <= stated.start]
        if len(dates) == 1 and len(context.between(level, dates[0]).split()) <= DATE_LINK_WORDS:
            return dates[0]
        return level

    def _level_of_sentence_before(self, context: CheckContext, stated: Claim, claims: list[Claim],
                                  previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """A change from a starting value of its sentence, whose subject names the level the sentence before gave
        ("Valdrenne recorded 18,940 births last year. The figure was down from 20,310 in 2025, a drop of nearly
        9%", ``cues.figure_subject``): that level is the one reached."""
        levels = [c for c in self._levels(stated, claims) if c.end <= stated.start]
        starts = [c for c in levels if self._preceded_by(context, c, context.cues("change_from"))]
        if len(levels) != 1 or len(starts) != 1:
            return None  # what follows the change is another clause's ("..., and with 24,310 deaths")
        sentence = context.document.sentences[stated.sentence]
        lead = " ".join(context.document.text[sentence.start:sentence.end].lower().split())
        if not any(lead.startswith(f"{cue} ") for cue in context.cues("figure_subject")):
            return None
        old = starts[0]
        before = [c for c in self._levels(stated, previous) if (c.kind, c.unit) == (old.kind, old.unit)]
        if not before or not _same_thing(context, before[-1], old):
            return None
        return old, before[-1]

    def _only_two_levels(self, context: CheckContext, stated: Claim, direction: str,
                         previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """The only two levels of the sentence a change points back to, of one kind and unit and counting the
        same thing: "118 projets financés ..., qui n'en comptait que 74 il y a cinq ans. Cela représente une
        hausse de plus de 80 %" (59%). A rise starts from the smaller."""
        levels = self._levels(stated, previous)
        if len(levels) != 2 or (levels[0].kind, levels[0].unit) != (levels[1].kind, levels[1].unit) \
                or None in (_centre(levels[0]), _centre(levels[1])) or not _same_thing(context, *levels):
            return None
        low, high = sorted(levels, key=_centre)
        return (high, low) if direction == "decrease" else (low, high)

    def _base_in_clause(self, context: CheckContext, stated: Claim, claims: list[Claim],
                        previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """A change against a time or an event named in words, whose figure a clause then gives: "15% more than in
        the summer of 2029, when 398,000 tourists were counted", « 22 % de plus que lors de l'édition précédente,
        en janvier 2026, où 986 personnes avaient été recensées ». The level reached is the last one before the
        change, in its sentence or else in the sentence before, counting the same thing."""
        base = next((c for c in self._levels(stated, claims) if c.start >= stated.end), None)
        if base is None or not self._base_clause(context, stated, base):
            return None
        reached = ([c for c in self._levels(stated, claims) if c.end <= stated.start and c is not stated]
                   or [c for c in self._levels(stated, previous) if (c.kind, c.unit) == (base.kind, base.unit)])
        if reached and base.kind == "count" and base.unit is None and reached[-1].unit is not None \
                and not base.counted:
            base = replace(base, kind=reached[-1].kind, unit=reached[-1].unit)  # « n'en avaient gravi que 8 900 »
        if not reached or (reached[-1].kind, reached[-1].unit) != (base.kind, base.unit) \
                or not _same_thing(context, reached[-1], base):
            return None
        return base, reached[-1]

    @staticmethod
    def _base_clause(context: CheckContext, stated: Claim, base: Claim) -> bool:
        """Does a clause give the figure of the base a change names in words ("than in 2029, when 398,000")?"""
        between = context.between(stated, base)
        opens = (*context.cues("change_from"), *context.cues("change_from_adjacent"), *context.cues("change_base"))
        if len(between.split()) > BASE_CLAUSE_WORDS or not any(
                between.startswith(cue if cue.endswith("'") else f"{cue} ") for cue in opens):
            return False
        # the clause may say a few words before the figure (« quand les coureurs n'en avaient gravi que 8 900 »)
        for cue in context.cues("base_clause"):
            _, found, tail = f"{between} ".rpartition(f", {cue} ")
            if found and len(tail.split()) <= BASE_CLAUSE_TAIL_WORDS and "," not in tail:
                return True
        return False

    @staticmethod
    def _period(context: CheckContext, stated: Claim, claims: list[Claim]) -> Claim | None:
        """The time a change took, right after it ("a rise of 57% in little more than a year", "en cinq ans")."""
        following = next((c for c in claims if c.start >= stated.end), None)
        if (following is None or following.kind != "quantity" or following.unit not in PERIOD_DAYS
                or following.value is None or context.between(stated, following) not in context.cues("change_span")):
            return None
        return following

    @staticmethod
    def _runs_to_now(context: CheckContext, level: Claim, stated: Claim, period: Claim) -> bool:
        """Does the period run from the date the level is given for to the article's date ("$2,600 in January 2023,
        a rise of 57% in little more than a year", published April 2024), so the change reaches today's level?"""
        dated = next((c for c in context.claims if c.kind == "date" and c.date_start
                      and level.end <= c.start < stated.start), None)
        if dated is None:
            return False
        start = dt.date.fromisoformat(dated.date_start)
        end = dt.date.fromisoformat(dated.date_end or dated.date_start)
        elapsed = (context.document.anchor - (start + (end - start) / 2)).days
        days = PERIOD_DAYS[period.unit]
        low = period.low if period.low is not None else period.value
        high = period.high if period.high is not None and math.isfinite(period.high) else OPEN_PERIOD * period.value
        return low * days - PERIOD_SLACK_DAYS <= elapsed <= high * days + PERIOD_SLACK_DAYS

    def _not_its_values(self, context: CheckContext, stated: Claim, pair: tuple[Claim, Claim],
                        claims: list[Claim]) -> bool:
        """Are the two values another change's or is the change measured against something else?"""
        return (self._named_base(context, stated, claims) or self._contrasted(context, stated, pair)
                or self._nearer_change(stated, pair, claims))

    def _named_base(self, context: CheckContext, stated: Claim, claims: list[Claim]) -> bool:
        """Is the change measured against a base named in words after it ("5 % de plus que la moyenne", "5% above the
        seasonal average"), not against a figure ("50% more than the $3.6 million")?"""
        following = next((c for c in claims if c.start >= stated.end), None)
        if following is not None:
            text = context.between(stated, following)
        else:
            sentence = context.document.sentence_at(stated.start)
            text = " ".join(context.document.text[stated.end:sentence.end].lower().split())
        words = len(text.split())
        if following is not None and self._base_clause(context, stated, following):
            return False  # "5% more than in 2029, when 398,000 came": the base is named, then its figure given
        return any(text.startswith(cue) and words > len(cue.split()) + 1 for cue in context.cues("change_base"))

    @staticmethod
    def _contrasted(context: CheckContext, stated: Claim, pair: tuple[Claim, Claim]) -> bool:
        """Does a contrast set the change apart from the values before it ("Attendance rose from 1,200 to 1,500,
        while ticket prices rose 40%", "tandis que", ``cues.contrast``)?"""
        last = max(pair, key=lambda c: c.start)
        if last.start > stated.start:
            return False
        words = f" {context.between(last, stated)} "
        return any(f" {cue} " in words for cue in context.cues("contrast"))

    @staticmethod
    def _nearer_change(stated: Claim, pair: tuple[Claim, Claim], claims: list[Claim]) -> bool:
        """Is another change of the same kind nearer the two values ("Sales rose 12% to 4,500, from 4,000, while
        prices rose 3%": the values are the 12%'s)?"""
        def distance(change: Claim) -> int:
            return min(abs(change.start - value.start) for value in pair)

        return any(c.change and c is not stated and (c.kind, c.unit) == (stated.kind, stated.unit)
                   and distance(c) < distance(stated) for c in claims)

    def _range_ends(self, context: CheckContext, stated: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """The two ends of a range the parser read as one figure, when it opens with "from"/"de" ("Rents rose 30% in
        five years, from $1,850 to $2,100"): the change's starting value and the one it reaches."""
        opens = (*context.cues("change_from"), *context.cues("change_from_paired"))
        for level in self._levels(stated, claims):
            words = level.text.lower().split()
            if level.qualifier == "range" and level.low is not None and level.high is not None and words[0] in opens:
                ends = [replace(level, value=end, low=end, high=end, qualifier="exact",
                                text=wording.quantity(end, level.unit, None, context.language))
                        for end in (level.low, level.high)]
                return ends[0], ends[1]
        return None

    def _multipliers(self, context: CheckContext, claims: list[Claim], previous: list[Claim],
                     slack: float) -> Iterable[Finding]:
        """A multiplier next to the two values it compares: "a threefold rise, to 9,000 from 3,000", "multipliées
        par trois, passant de 3 000 à 9 000". ``slack`` is relative to the multiplier ("doubled" for x1.9)."""
        for stated in claims:
            if (stated.kind != "ratio" or not stated.value or stated.value <= 1
                    or (interval := _interval(stated)) is None):
                continue
            levels = [c for c in claims if not c.change and c.kind in AMOUNT_KINDS]
            pair = (self._old_and_new(context, stated, levels) or self._times_base(context, stated, levels, previous)
                    or self._multiplied_since(context, stated, levels)
                    or self._multiplied_from_base_before(context, stated, levels)
                    or self._restated_ratio_of_two(context, stated, levels)
                    or self._paces(context, stated, claims, previous))
            if pair is None or None in (_centre(pair[0]), _centre(pair[1])):
                continue
            smaller, larger = sorted(pair, key=_centre)  # a multiplier says how many times the smaller the larger is
            if _centre(smaller) <= 0:
                continue
            actual = _centre(larger) / _centre(smaller)
            # A hedged multiplier ("nearly four times") already spans its rounding: no slack on top.
            if not _outside(actual, interval, slack * stated.value if stated.qualifier == "exact" else 0.0):
                continue
            expected = wording.number(round(actual, 1), context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "multiplier", smaller=smaller.text, larger=larger.text,
                                         actual=expected),
            }, related=[pair[0].id, pair[1].id], expected=expected)

    def _paces(self, context: CheckContext, stated: Claim, claims: list[Claim],
               previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """A multiplier of paces (``cues.pace``: "as fast as", « le rythme ») compares the last two percentages before
        it, in its sentence and the one before: "Egg prices were 27% higher …, while food as a whole rose only 3.4%.
        In other words, eggs are getting dearer ten times as fast" (7.9 times), « la progression n'est que de 3,1 %
        … des ventes en hausse de 6,2 %, soit trois fois le rythme des magasins » (2 times)."""
        if not self._followed_by(context, stated, context.cues("pace")):
            return None
        rates = [c for c in (*previous, *claims) if c.end <= stated.start and c.kind == "percent"
                 and (c.unit or "%") == "%" and c.value]
        return (rates[-2], rates[-1]) if len(rates) >= 2 else None

    @staticmethod
    def _restated_ratio_of_two(context: CheckContext, stated: Claim,
                               levels: list[Claim]) -> tuple[Claim, Claim] | None:
        """A multiplier set off right after the only two amounts before it in its sentence, of one kind and
        dimension: "the
        1,000-watt halogen lamp was replaced by a 90-watt LED, or twenty times less power", « une lampe LED de 90
        watts, soit une consommation vingt fois moindre »."""
        before = [c for c in levels if c.end <= stated.start]
        if len(before) != 2 or before[0].kind != before[1].kind \
                or not _comparable_units(before[0], before[1]):
            return None
        noun, comma, rest = context.between(before[1], stated).partition(",")  # "90-watt LED, or"
        words = rest.split()
        return (before[0], before[1]) if comma and len(noun.split()) <= PART_NOUN_WORDS and words \
            and words[0] in context.cues("apposition") and len(words) <= PART_NOUN_WORDS + 2 else None

    def _multiplied_since(self, context: CheckContext, stated: Claim,
                          levels: list[Claim]) -> tuple[Claim, Claim] | None:
        """A multiplying change since a time whose figure a clause then gives, and the level it reached, said
        before it in its sentence or a sentence or two back: "the 2,600 scooters … The fleet has tripled since
        2031, when it numbered 1,100 machines" (×2.4), « Elle a triplé depuis 2031, quand elle en comptait 1 100 ».
        Of the larger amounts of the base's kind and unit there (those counting the same thing when any does),
        the one that fits best is taken, so the change is flagged only when none fits."""
        if stated.change != "increase":
            return None
        base = next((c for c in levels if c.start >= stated.end), None)
        between = "" if base is None else context.between(stated, base)
        if base is None or not base.value or not any(between.startswith(f"{cue} ") for cue in context.cues("since")) \
                or not any(f", {cue} " in f"{between} " for cue in context.cues("base_clause")) \
                or len(between.split()) > BASE_CLAUSE_WORDS:
            return None
        reached = [c for c in context.claims if stated.sentence - EARLIER_WHOLE_SENTENCES <= c.sentence
                   and c.end <= stated.start and c.is_claim and (c.kind, c.unit) == (base.kind, base.unit)
                   and not c.change and c.value and c.value > base.value]
        reached = [c for c in reached if _same_thing(context, c, base)] or reached
        interval = _interval(stated)
        if not reached or interval is None:
            return None
        return base, min(reversed(reached), key=lambda level: _miss(level.value / base.value, interval))

    def _multiplied_from_base_before(self, context: CheckContext, stated: Claim,
                                     levels: list[Claim]) -> tuple[Claim, Claim] | None:
        """A multiplying change "since" the amount said before it in its sentence, and the level it reached, said a
        sentence or two back: "The co-op makes 38 tonnes of charcoal a year … In its first season, in 2043, it
        produced 13 tonnes; output has since quadrupled" (×2.9), « … elle a produit 13 tonnes ; la production a
        depuis quadruplé » (``cues.since`` in the few words before the multiplier). The level that fits best is
        taken, so the change is flagged only when none fits."""
        if stated.change != "increase" or not any(
                f" {cue} " in f" {' '.join(self._words_before(context, stated).split()[-SINCE_WORDS:])} "
                for cue in context.cues("since")):
            return None
        bases = [c for c in levels if c.end <= stated.start]
        if not bases or not bases[-1].value or any(c.start >= stated.end for c in levels):
            return None
        base = bases[-1]
        reached = [c for c in context.claims
                   if stated.sentence - EARLIER_WHOLE_SENTENCES <= c.sentence < stated.sentence
                   and c.is_claim and (c.kind, c.unit) == (base.kind, base.unit) and not c.change and c.value
                   and c.value > base.value and _same_thing(context, c, base)]
        interval = _interval(stated)
        if not reached or interval is None:
            return None
        return base, min(reversed(reached), key=lambda level: _miss(level.value / base.value, interval))

    def _times_base(self, context: CheckContext, stated: Claim, levels: list[Claim],
                    previous: list[Claim]) -> tuple[Claim, Claim] | None:
        """The amount a multiplier is said of and the base it names after it, both of one kind and unit ("sold for
        €41.5m, nearly four times the artist's previous record of €12.8m"; "12,800 riders, twice as many as on a
        weekday, when the figure falls to 8,600"). A sentence pointing back ("That is three times the 9,400 who
        took the coaches") says it of the last amount of the sentence before."""
        before = [c for c in levels if c.end <= stated.start]
        if not before and self._refers_back(context, stated, levels):
            # the last amount of the sentence before that the base after it could be compared with ("1.2 metres of
            # snow fell in the 48 hours before. That is three times as much as the 80 centimetres ...")
            base = next((c for c in levels if c.start >= stated.end), None)
            before = [c for c in previous if not c.change and c.kind in AMOUNT_KINDS
                      and (base is None or _comparable_units(c, base))]
        if not before:
            return None
        after = [_in_unit(c, before[-1].unit) if c.unit != before[-1].unit else c for c in levels
                 if c.start >= stated.end and _comparable_units(c, before[-1])]
        if not after:
            return None
        # A bare count after "twice as many as ..." or right after "three times the" is the base; after other
        # words it may be anything.
        if before[-1].unit is None and not (self._followed_by(context, stated, context.cues("times_base"))
                                            or context.between(stated, after[0]) in context.cues("times_base_next")
                                            or self._base_clause(context, stated, after[0])):
            return None
        if not _same_thing(context, before[-1], after[0]):
            return None  # "286 cas, six fois plus que l'année précédente, et deux écoles": no base of cases
        return after[0], before[-1]

    @staticmethod
    def _names_subject(context: CheckContext, stated: Claim) -> bool:
        """Does the change name what changed after it ("the rise of 40% in car thefts"), so not the figures before?
        A time it took is no subject ("a jump of 17% in a year")."""
        following = [word.strip(".,;:") for word in context.document.text[stated.end:stated.end + CUE_REACH]
                     .lower().split()]
        if not following or not any(following[0].startswith(cue) for cue in context.cues("change_subject")):
            return False
        return not set(following[1:4]) & _time_words(context.language)

    @staticmethod
    def _levels(stated: Claim, claims: list[Claim]) -> list[Claim]:
        """The figures a change may be computed from: amounts for a change in %, percentages for one in points."""
        levels = [claim for claim in claims if not claim.change]
        if _relative(stated):
            return [c for c in levels if c.kind in AMOUNT_KINDS]
        if stated.unit == "pp":
            return [c for c in levels if c.kind == "percent" and (c.unit or "%") == "%"]
        return [c for c in levels if c.kind in AMOUNT_KINDS and _comparable(c, stated)]

    def _old_and_new(self, context: CheckContext, stated: Claim,
                     values: list[Claim]) -> tuple[Claim, Claim] | None:
        """The value a change starts from ("from", "par rapport aux") and the one it reaches.

        Starting values are tried nearest the change first ("par 52 voix contre 31, un budget ... en hausse de 11 %
        par rapport aux 2,65 milliards"). A cue that is also a plain preposition ("un fonds de 15 mille euros",
        ``cues.change_from_paired``) marks one only when a cue for the reached value follows ("de 9 800 à 14 300");
        "than"/"que les" (``cues.change_from_adjacent``) only right after the change ("50% more than the $3.6
        million", not "prices rose 3.4% ..., fewer than the 240,000 economists had forecast").
        """
        adjacent = [c for c in values if c.start >= stated.end and len(context.between(stated, c).split()) <= 4
                    and self._preceded_by(context, c, context.cues("change_from_adjacent"))]
        for cues, paired in ((context.cues("change_from"), False), (context.cues("change_from_paired"), True)):
            starts = sorted((c for c in values if self._preceded_by(context, c, cues)),
                            key=lambda c: abs(c.start - stated.start))
            starts = adjacent + starts if not paired else starts
            for old in starts:
                new = self._reached(context, old, values, paired)
                if new is not None:
                    return old, new
        return None

    def _reached(self, context: CheckContext, old: Claim, values: list[Claim], paired: bool) -> Claim | None:
        """The value a change from ``old`` reaches: after "to"/"à", else the one level left of old's measure.

        When old has a measure of its own, a bare figure is a candidate only if no figure of that measure is ("by
        52 votes to 31, a budget of $2.8 billion, up 11% on the $2.65 billion": 31 is not the level reached).
        """
        # "… contre 14 200 …, soit une baisse de 9 % en six mois": the time a change took is no level it reached
        others = [c for c in values if c is not old and _comparable(c, old) and (_duration(old) or not _duration(c))]
        same = [c for c in others if (c.kind, c.unit) == (old.kind, old.unit)]
        if same and not _elliptical(old):
            others = same
        reached = [c for c in others if self._preceded_by(context, c, context.cues("change_to"))
                   and (c.start > old.start or not paired)]
        if reached or paired:
            return reached[0] if reached else None
        # "24 of the 87 seats, compared with 18": the whole (87) is not the level the change reaches.
        wholes = {whole.id for part, whole in zip(values, values[1:], strict=False)
                  if part_of_link(context.between(part, whole), context.language)}
        # "7% more than the 74 GWh ..., and comfortably above the 70 GWh pencilled in": 70 is compared, not reached
        levels = [c for c in others if c.id not in wholes
                  and not self._preceded_by(context, c, context.cues("comparison_base"))]
        if len(levels) == 1:
            return levels[0]
        # "les 27 lignes ont enregistré 14,2 millions de voyages, contre 11,1 millions": the level said right
        # before the starting value, of its size, is the one reached
        before = [c for c in values if c.end <= old.start]
        nearest = before[-1] if before else None
        if (nearest in levels and _centre(nearest) and _centre(old)
                and 1 / NEAREST_LEVEL_RATIO <= _centre(nearest) / _centre(old) <= NEAREST_LEVEL_RATIO):
            return nearest
        return None

    @staticmethod
    def _change(stated: Claim, old: Claim, new: Claim) -> float | None:
        before, after = _centre(old), _centre(new)
        if before is None or after is None:
            return None
        if _relative(stated):
            return 100 * (after - before) / before if before > 0 else None
        return after - before

    @staticmethod
    def _rounding(claim: Claim) -> float:
        interval = claim.interval
        if claim.qualifier != "exact" or interval is None or not interval.bounded:
            return 0.0
        return (interval.high - interval.low) / 2

    def _gaps(self, context: CheckContext, claims: list[Claim], slack: float) -> Iterable[Finding]:
        """A gap between two percentages ("un écart de 13,4 points") or between the two sides of a tally ("by
        214 votes to 187, a majority of 37"; « par 214 voix contre 187, soit 37 voix d'écart »)."""
        percents = [c for c in claims if c.kind == "percent" and (c.unit or "%") == "%" and not c.change]
        for stated in claims:
            if stated.change or (stated.kind == "percent" and stated.unit == "%") or not self._is_gap(context, stated):
                continue
            tally = self._tally(context, stated, claims)
            if tally is not None:
                levels = list(tally)
            elif len(percents) >= 2:
                levels = sorted(percents, key=lambda c: abs(c.start - stated.start))[:2]
            else:
                continue
            interval = _interval(stated)
            if len(levels) < 2 or interval is None or levels[0].value is None or levels[1].value is None:
                continue
            first, second = sorted(levels, key=lambda c: c.start)
            actual = abs(first.value - second.value)
            if not _outside(actual, interval, self._rounding(first) + self._rounding(second)):
                continue
            expected = wording.number(round(actual, 1), context.language)
            pattern = "tally_gap" if tally is not None else "gap"
            yield self.finding(context, stated, {
                "explanation": self._say(context, pattern, first=first.text, second=second.text, actual=expected),
            }, related=[first.id, second.id], expected=expected)

    def _tally(self, context: CheckContext, stated: Claim, claims: list[Claim]) -> tuple[Claim, Claim] | None:
        """The two sides of a tally before a count ("by 214 votes to 187", « par 214 voix contre 187 »), or two
        amounts compared before their gap (« 790 euros, contre 1 050 euros ..., soit une économie de 360 euros »):
        two figures of its kind and unit linked by ``cues.tally_link``, the nearest before ``stated``."""
        if stated.kind not in ("count", "money") or (stated.counted or "").lower().startswith("point"):
            return None
        sides = [c for c in claims if (c.kind, c.unit) == (stated.kind, stated.unit) and not c.change
                 and c.end <= stated.start]
        for first, second in reversed(list(zip(sides, sides[1:], strict=False))):
            if context.between(first, second).lstrip(", ") in context.cues("tally_link"):
                return first, second
        return None

    def _majorities(self, context: CheckContext, claims: list[Claim], slack: float) -> Iterable[Finding]:
        """The winning side's share of a tally ("by 1,012 votes to 388, a majority of 72%")."""
        for stated in claims:
            share = _as_percent(stated)
            if share is None or stated.change or not self._preceded_by(context, stated, context.cues("majority")):
                continue
            tally = self._tally(context, replace(stated, kind="count", unit=None, counted=None), claims)
            if tally is None or tally[0].value is None or tally[1].value is None:
                continue
            total = tally[0].value + tally[1].value
            if total <= 0:
                continue
            actual = 100 * max(tally[0].value, tally[1].value) / total
            if not _outside(actual, share, self._share_slack(stated, slack)):
                continue
            expected = self._percent(actual, context)
            winner = tally[0] if tally[0].value >= tally[1].value else tally[1]
            whole = wording.number(total, context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "share", part=winner.text, whole=whole, actual=expected),
            }, related=[tally[0].id, tally[1].id], expected=expected)

    def _is_gap(self, context: CheckContext, stated: Claim) -> bool:
        """Is the figure a gap between two percentages ("un écart de 13,4 points", "5 points ahead of")?"""
        if self._preceded_by(context, stated, context.cues("gap")):
            return True
        following = context.document.text[stated.end:stated.end + CUE_REACH].lower().replace("-", " ")
        after = " " + " ".join(following.split())
        # "5 points d'avance", "37 voix d'écart": the unit or the counted noun may come before the cue.
        spaced = _spaced(context.cues("gap_after"))
        lead = after.split(maxsplit=1)
        return after.startswith(spaced) or (len(lead) == 2 and f" {lead[1]}".startswith(spaced))

    def _differences(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """An amount said to be the gap between a level before it and a base after it: "closed at €31.20, €8.70
        above the €24.50 it was sold at", « 1 092 personnes, 106 de plus que les 986 de l'an dernier »; with no
        level before it in its sentence, the last count of its noun in the two sentences before ("the 412 balloons
        entered this year … This year's field is 57 balloons larger than the 371 that flew in 2039")."""
        for stated in claims:
            if stated.kind not in AMOUNT_KINDS or stated.change or stated.value is None:
                continue
            sign = 1 if self._difference_cue(context, stated, "difference_above") else (
                -1 if self._difference_cue(context, stated, "difference_below") else 0)
            if not sign:
                continue
            after = [c for c in claims if c.start >= stated.end]
            # "up from £412,000 in early March, and £88,000 more than the £450,000": a past value is no level
            past = (*context.cues("change_from"), *context.cues("past_value"))
            before = [c for c in claims if c.end <= stated.start and _comparable(c, stated) and not c.change
                      and not self._preceded_by(context, c, past)] or [
                c for c in context.claims if c.kind == stated.kind == "count" and c.counted and stated.counted
                and c.is_claim and not c.change and stated.sentence - LEVEL_SENTENCES <= c.sentence < stated.sentence
                and _same_thing(context, c, stated)]
            if not after or not before or not _comparable(after[0], stated) or after[0].change:
                continue
            level, base = before[-1], after[0]
            if after[0].start - stated.end > CUE_REACH + 10 or None in (_centre(level), _centre(base)):
                continue
            actual = _centre(level) - _centre(base)
            if abs(actual - sign * stated.value) <= self._rounding(level) + self._rounding(base) + self._rounding(
                    stated) or (stated.qualifier != "exact" and _interval(stated) is not None
                                and not _outside(sign * actual, _interval(stated), 0.0)):
                continue
            expected = wording.quantity(round(abs(actual), 2), stated.unit, None, context.language)
            change = wording.quantity(round(actual, 2), stated.unit, None, context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "change", old=base.text, new=level.text, actual=change),
            }, related=[level.id, base.id], expected=expected)

    def _difference_cue(self, context: CheckContext, stated: Claim, name: str) -> bool:
        """Is a cue of ``name`` right after the amount ("€8.70 above the"), or after its noun when it compares
        ("57 balloons larger than the", « 106 visiteurs de plus que les »: a cue holding ``comparison_words``)?
        "410 beavers over the winter" compares nothing."""
        found = context.cues(name)
        if self._followed_by(context, stated, found):
            return True
        comparing = context.cached(("comparing", name), lambda: tuple(
            cue for cue in found if not set(cue.split()).isdisjoint(context.cues("comparison_words"))))
        after = context.document.text[stated.end:stated.end + CUE_REACH + len(stated.counted or "")].lower()
        return any(word in after for word in context.cues("comparison_words")) and self._said_after_noun(
            context, stated, comparing)

    def _net_differences(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A net difference of the two amounts before it: "420 flats torn down and 310 new homes built, a net loss
        of 130" (110 in fact), « soit un solde négatif de 130 » (``cues.net_difference``). Counts and quantities
        only: "a net loss of €2m" is a company's result, not a difference of the amounts before it."""
        for stated in claims:
            if (stated.kind not in ("count", "quantity") or stated.change or stated.value is None
                    or not self._preceded_by(context, stated, context.cues("net_difference"))):
                continue
            before = [c for c in claims if c.end <= stated.start and not c.change and _comparable(c, stated)]
            if len(before) < 2 or None in (_centre(before[-2]), _centre(before[-1])):
                continue
            first, second = before[-2], before[-1]
            actual = abs(_centre(first) - _centre(second))
            interval = _interval(stated)
            if interval is None or not _outside(actual, interval, self._rounding(first) + self._rounding(second)):
                continue
            expected = wording.quantity(round(actual, 2), stated.unit, None, context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "tally_gap", first=first.text, second=second.text, actual=expected),
            }, related=[first.id, second.id], expected=expected)

    def _remainders(self, context: CheckContext, claims: list[Claim], previous: list[Claim]) -> Iterable[Finding]:
        """What is left of a whole once the parts before it are taken: "Of that [€45m], €18m ... and €12m ...,
        leaving €20m"; "the network's 41 km: 29 km under streets, the remaining 12 km"; « les 12 km restants »."""
        for stated in claims:
            if stated.kind not in AMOUNT_KINDS or stated.change or stated.value is None or not (
                    self._preceded_by(context, stated, context.cues("remainder_before"))
                    or self._followed_by(context, stated, context.cues("remainder_after"))
                    or (self._preceded_by(context, stated, context.cues("definite_articles"))
                        and self._followed_by(context, stated, context.cues("remainder_after_definite")))):
                continue
            if self._followed_by(context, stated, context.cues("shortfall_after")):
                continue  # "which leaves €182,000 still to find once the appeal money is counted": a shortfall
            found = self._whole_and_parts(context, stated, claims, previous)
            if found is None:
                yield from self._remainder_of_shares(context, stated, claims, previous)
                continue
            whole, parts = found
            actual = whole.value - sum(part.value for part in parts)
            # the stated figure's own rounding is in its interval already
            slack = self._rounding(whole) + sum(self._rounding(part) for part in parts)
            interval = _interval(stated)
            if actual <= 0 or interval is None or not _outside(actual, interval, slack) \
                    or self._left_of_whole_before(stated, claims, previous, interval):
                continue
            expected = wording.quantity(actual, stated.unit, None, context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "remainder", whole=whole.text,
                                         parts=", ".join(part.text for part in parts), actual=expected),
            }, related=[whole.id, *(part.id for part in parts)], expected=expected)

    def _shortfalls(self, context: CheckContext, claims: list[Claim], previous: list[Claim]) -> Iterable[Finding]:
        """What is still missing of a sum needed once what was raised is counted: "Its campaign has already raised
        $468,000 … the purchase and the works need $595,000: about $170,000 is still missing" (127,000; « il manque
        donc encore environ 170 000 dollars »). The sum needed is the largest amount of its kind before the shortfall
        in its sentence or the one before (``cues.shortfall_before``, ``cues.shortfall_after``), less what the
        sentence says is paid after it; what was raised, an amount after a verb of raising (``cues.raised_before``)
        in that sentence or the two before. Flagged when none leaves it."""
        for stated in claims:
            if stated.kind not in AMOUNT_KINDS or stated.change or (interval := _interval(stated)) is None or not (
                    self._preceded_by(context, stated, context.cues("shortfall_before"))
                    or self._followed_by(context, stated, context.cues("shortfall_after"))):
                continue
            # the sum needed: the largest before it in its sentence (not a share's amount: "40% of it, or
            # €192,000" is paid), else in the sentence before
            own = [c for c in claims if c.end <= stated.start and _alike_amount(stated, c)]
            wholes = [c for c in own if not self._share_restated_as(context, c, claims)]
            needed = wholes if wholes and max(c.value for c in wholes) > stated.value else [
                *(c for c in previous if _alike_amount(stated, c)), *own]
            if not needed:
                continue
            goal = max(needed, key=lambda c: c.value)
            window = [c for c in context.claims if stated.sentence - SHORTFALL_SENTENCES <= c.sentence
                      and c.end <= stated.start and c is not goal and _alike_amount(stated, c)
                      and c.value < goal.value and self._preceded_by(context, c, context.cues("raised_before"))]
            if not window:
                continue
            # "will cost €480,000. The state … pays …, or €192,000, which leaves €182,000 still to find once the
            # appeal money is counted": what its sentence says is paid after the sum needed is taken too
            paid = [c for c in needed if c.start > goal.end and c not in window]
            left = goal.value - sum(c.value for c in paid)
            slack = self._rounding(goal) + self._rounding(stated) + sum(self._rounding(c) for c in paid)
            if any(not _outside(left - raised.value, interval, slack + self._rounding(raised)) for raised in window):
                continue
            raised = window[-1]
            yield self._rounded_finding(context, stated, "remainder", left - raised.value,
                                        [goal.id, *(c.id for c in paid), raised.id], whole=goal.text,
                                        parts=", ".join(c.text for c in (*paid, raised)))

    def _share_restated_as(self, context: CheckContext, amount: Claim, claims: list[Claim]) -> bool:
        """Is the amount a share right before it restated ("40% of it, or €192,000": ``cues.apposition``)?"""
        before = [c for c in claims if c.end <= amount.start]
        return bool(before) and _as_percent(before[-1]) is not None and self._preceded_by(
            context, amount, context.cues("apposition"))

    def _remainder_of_shares(self, context: CheckContext, stated: Claim, claims: list[Claim],
                             previous: list[Claim]) -> Iterable[Finding]:
        """What is left of a whole once shares of it are taken: "The shelter cost CHF 8.9 million. The canton is
        paying 60% of it, and … are sharing the remaining CHF 4.1 million" (3.56 million). The whole is the nearest
        larger amount of the remainder's measure before it, in its sentence or the one before, with no other
        amount of that measure between; the shares, the percentages between them."""
        before = [c for c in [*previous, *claims] if c.end <= stated.start and c.value and not c.change]
        amounts = [c for c in before if _alike_amount(stated, c)]
        if not amounts or amounts[-1].value <= stated.value or (interval := _interval(stated)) is None:
            return
        whole = amounts[-1]
        shares = [c for c in before if c.start > whole.end and c.kind == "percent" and (c.unit or "%") == "%"]
        if not shares or sum(c.value for c in shares) >= 100:
            return
        actual = whole.value * (1 - sum(c.value for c in shares) / 100)
        slack = self._rounding(whole) + self._rounding(stated) + whole.value * sum(
            self._rounding(c) for c in shares) / 100
        if not _outside(actual, interval, slack):
            return
        yield self._rounded_finding(context, stated, "remainder", actual, [whole.id, *(c.id for c in shares)],
                                    whole=whole.text, parts=", ".join(c.text for c in shares))

    def _complementary_shares(self, context: CheckContext, claims: list[Claim], previous: list[Claim],
                              points: float) -> Iterable[Finding]:
        """A percentage said to be the rest of a whole after its other shares: "78% are volunteers; full-time
        professionals make up the other 28%" (22%), « le reste, soit 28 % », « le reste, moins d'un dixième » (15 %):
        the shares of one whole make 100%.
        The shares are the percentages before it in its sentence, else in the sentence before; it is flagged only
        when neither all of them nor the last one alone leaves it (a past share may sit among them)."""
        for stated in claims:
            # « le reste, moins d'un dixième »: a fraction in words is a share too
            interval = _as_percent(stated) if stated.kind == "ratio" else (
                _interval(stated) if stated.kind == "percent" and (stated.unit or "%") == "%" else None)
            if interval is None or stated.change or not (
                    self._preceded_by(context, stated, context.cues("remainder_before"))
                    or self._followed_by(context, stated, context.cues("remainder_after"))):
                continue
            parts = self._shares_before(stated, claims) or self._shares_before(stated, previous)
            if not parts:
                continue
            readings = [parts, parts[-1:]] if len(parts) > 1 else [parts]
            slack = self._share_slack(stated, points) + (self._rounding(stated) if stated.kind == "percent" else 0)
            left = [100 - sum(part.value for part in reading) for reading in readings]
            if any(actual <= 0 or not _outside(actual, interval, slack + sum(map(self._rounding, reading)))
                   for actual, reading in zip(left, readings, strict=True)):
                continue
            expected = self._percent(left[0], context)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "remainder", whole=self._percent(100, context),
                                         parts=", ".join(part.text for part in parts), actual=expected),
            }, related=[part.id for part in parts], expected=expected)

    @staticmethod
    def _shares_before(stated: Claim, claims: list[Claim]) -> list[Claim]:
        """The percentages of ``claims`` before ``stated`` that may be shares of a whole (no change, no points)."""
        return [c for c in claims if c.end <= stated.start and c.kind == "percent" and (c.unit or "%") == "%"
                and not c.change and c.value and _interval(c) is not None]

    def _left_of_whole_before(self, stated: Claim, claims: list[Claim], previous: list[Claim],
                              interval: Interval) -> bool:
        """Is the remainder what the largest amount of the sentence before leaves once the amounts of the
        remainder's own sentence before it are taken ("It cost C$4.7 million. Quebec paid C$1.9 million and the
        town C$1.2 million; the club borrowed the remaining C$1.6 million")? Then that reading stands."""
        earlier = [c for c in previous if _alike_amount(stated, c)]
        parts = [c for c in claims if c.end <= stated.start and _alike_amount(stated, c)]
        if not earlier or not parts:
            return False
        whole = max(earlier, key=lambda c: c.value)
        actual = whole.value - sum(part.value for part in parts)
        slack = self._rounding(whole) + sum(self._rounding(part) for part in parts)
        return actual > 0 and not _outside(actual, interval, slack)

    @staticmethod
    def _whole_and_parts(context: CheckContext, stated: Claim, claims: list[Claim],
                         previous: list[Claim]) -> tuple[Claim, list[Claim]] | None:
        """The whole a remainder is left of and the parts taken from it: its own whole after it ("the remaining
        19 of the chamber's 420"), else a whole of its sentence with a part of it ("41 of its 96 schools ..., the
        remaining 55"), else the largest amount of its sentence and the one before, less the amounts after it ("a
        €45m fund. Of that, €18m ... and €12m ..., leaving €20m")."""
        before = [c for c in claims if c.end <= stated.start and _alike_amount(stated, c)]
        earlier = [c for c in previous if _alike_amount(stated, c)]
        after = [c for c in claims if c.start >= stated.end and _alike_amount(stated, c)]
        if after and part_of_link(context.between(stated, after[0]), context.language):
            parts = before or earlier
            return (after[0], parts) if parts else None
        for group in (before, earlier):  # "Ferrolis keeps 97 of the 146 staff. The other 52 ..."
            for part, whole in zip(group, group[1:], strict=False):
                # « 82 autobus sur ses 47 circuits »: a part is no larger than its whole ("on", not "out of")
                if part.value <= whole.value and part_of_link(context.between(part, whole), context.language):
                    return whole, [c for c in group if c is not whole]
        # "Of the centre's 86 staff, 31 moved, and the other 55": a whole and a part of its own sentence first
        # a whole is larger than what is left of it: "€18m … and €12m …, leaving €20m" leaves it from the €45m of the
        # sentence before, and "€1.2 million …, €800,000; … the rest, €4.2 million" from no whole the text gives
        window = before if len(before) > 1 and max(c.value for c in before) > stated.value else earlier + before
        # "1,940 students a day on its 47 routes … The remaining 35 diesel buses": no count of buses to leave them of
        # (« Les 29 restants »: the remainder word is no noun of its own)
        remainder_words = (*context.cues("remainder_after"), *context.cues("remainder_after_definite"))
        if stated.counted and " ".join(stated.counted.lower().split()) not in remainder_words:
            window = [c for c in window if _same_thing(context, c, stated)]
        if not window:
            return None
        whole = max(window, key=lambda c: c.value)
        if whole.value <= stated.value:
            return None
        # "It now has 412 members, up from 356, 56 more. Of them, 131 are women, and the other 261 ...": a whole of
        # the sentence before split in the remainder's own sentence, where the parts are ("48 caméras, dont une
        # douzaine dès ce printemps. Le reste, soit 30 caméras": the sentence before gives them)
        parts = [c for c in window if c.start > whole.start and (c in before or not before)]
        return (whole, parts) if parts else None

    def _fractions_of(self, context: CheckContext, claims: list[Claim], previous: list[Claim],
                      slack: float) -> Iterable[Finding]:
        """An amount restating a share of a whole given before it: "The repairs will cost €3.2m. The state would
        pay a third, or €1.6m" (« un tiers, soit 1,6 million »), set off and closed by a total cue ("9,450
        people … 18% of them were minors, about 2,100 children in all"), or a rough figure set off by two commas
        ("pays 70%, about €470,000, and the town the rest"); of the share's own whole when it comes between ("41%
        of the plateau's 250 bogs burned, or about 80 of them"); with no whole in its sentence or the one
        before, the last count of the noun the share is said of ("38% of the homes")."""
        restate = tuple(cue.strip(", ") for cue in context.cues("rate_restated"))
        # amounts restating a share ("half, or €1.6m, and a third, or €1.07m"; "18% of them were minors, about 2,100
        # children in all"): none is the whole of another
        restated = {amount.id for share, amount in zip(claims, claims[1:], strict=False)
                    if _as_percent(share) is not None and (context.between(share, amount).endswith(restate) or (
                        context.between(share, amount).endswith(",")
                        and self._said_after_noun(context, amount, context.cues("total_after")))
                        or self._hedged_apposition(context, share, amount)
                        or self._rough_after_colon(context, share, amount, claims))}
        # "41% of the plateau's 250 bogs burned, or about 80 of them": the share's own whole may come between
        pairs = [(share, stated, None) for share, stated in zip(claims, claims[1:], strict=False)
                 if stated.id in restated]
        pairs += [(share, stated, whole) for share, whole, stated in zip(claims, claims[1:], claims[2:], strict=False)
                  if _as_percent(share) is not None and whole.kind in AMOUNT_KINDS and whole.value
                  and part_of_link(context.between(share, whole), context.language)
                  and (context.between(whole, stated).endswith(restate)  # "…, or about 80 of them"; a hedged
                       or (stated.hedge and context.between(whole, stated).endswith(",")  # one near it: "…, about
                           and self._near_share(share, whole, stated)))  # 470" (not "…, about 50 in London")
                  # « Les deux tiers des 1 200 salariés, soit 600 personnes »: the share is checked (``_shares``)
                  and self._share_pair(context, share, claims, previous) is None]
        for share, stated, own_whole in pairs:
            fraction = _as_percent(share)
            if fraction is None or share.change or stated.kind not in AMOUNT_KINDS or stated.change \
                    or stated.value is None:
                continue
            wholes = ([own_whole] if own_whole.value > stated.value else []) if own_whole is not None else [
                c for c in [*previous, *claims] if c.end <= share.start and c.kind in AMOUNT_KINDS
                and not c.change and c.value and c.value > stated.value and _comparable(c, stated)
                and c.id not in restated]
            if not wholes:
                # "can now reach 214,000 homes" … "Only 38% of the homes that can connect …, or roughly 58,000
                # households": the last count of the noun the share is said of, anywhere before
                wholes = [c for c in self._last_count_of(context, share, self._share_noun(context, share))
                          if c.value > stated.value and _comparable(c, stated)]
            if not wholes:
                continue
            whole = wholes[-1]
            low, high = whole.value * fraction.low / 100, whole.value * fraction.high / 100
            margin = self._share_slack(share, slack) / 100 * whole.value + self._rounding(stated)
            if low - margin <= stated.value <= high + margin:
                continue
            actual = whole.value * (fraction.low + fraction.high) / 200
            yield self._rounded_finding(context, stated, "share_amount", actual, [share.id, whole.id],
                                        unit=stated.unit or whole.unit, share=share.text,
                                        whole=wording.quantity(whole.value, whole.unit, None, context.language))

    @staticmethod
    def _near_share(share: Claim, whole: Claim, stated: Claim) -> bool:
        """Is the amount within ``ROUGH_RESTATEMENT_FACTOR`` of the share of the whole (a rough restatement of it,
        misstated or not), rather than some other group's size ("a third of the 1,200 staff, about 50 in the London
        office")?"""
        fraction = _as_percent(share)
        expected = whole.value * (fraction.low + fraction.high) / 200 if fraction else 0
        return expected > 0 and 1 / ROUGH_RESTATEMENT_FACTOR <= stated.value / expected <= ROUGH_RESTATEMENT_FACTOR

    @staticmethod
    def _rough_after_colon(context: CheckContext, share: Claim, amount: Claim, claims: list[Claim]) -> bool:
        """Is the amount a rough figure opening what a colon after the share's clause says, the last figure of its
        sentence ("64% of it is dirt or gravel: about 90 km of corrugations")? It restates the share."""
        return (context.between(share, amount).endswith(":") and amount.qualifier == "approx"
                and amount is claims[-1])

    @staticmethod
    def _hedged_apposition(context: CheckContext, share: Claim, amount: Claim) -> bool:
        """Is the amount a rough figure set off by two commas right after the share ("the Walloon Region pays 70%,
        about €470,000, and the town the rest")? It restates the share."""
        after = context.document.text[amount.end:amount.end + 2].lstrip()
        return (context.between(share, amount) == "," and amount.qualifier == "approx"
                and after[:1] in (",", ".", ";"))

    def _rates(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A rate restated over another period: "212 million litres a day, or more than 90 billion litres a year"
        (× 365), « 1 200 euros par mois, soit 14 400 euros par an »."""
        restate = context.cues("rate_restated")
        for first, stated in zip(claims, claims[1:], strict=False):
            if first.kind not in AMOUNT_KINDS or (first.kind, first.unit) != (stated.kind, stated.unit) \
                    or first.change or stated.change or first.value is None or _interval(stated) is None:
                continue
            year = self._year_of(context, first, stated)
            between = context.between(first, stated)
            # "612 patients by helicopter in 2045, about 70 a month": a year's total may be restated after a comma
            if not (any(between.endswith(cue) for cue in restate) or (year and between.endswith(","))):
                continue
            first_period = self._rate_period(context, first, stated.start) or year
            stated_period = self._rate_period(context, stated)
            if first_period is None or stated_period is None or first_period[0] == stated_period[0]:
                continue
            (first_days, first_words), (stated_days, stated_words) = first_period, stated_period
            if first.kind == "money" and min(first_days, stated_days) < 1:
                continue  # "£20 an hour, or £800 a week": pay by the hour is for hours worked, not every hour
            actual = first.value * stated_days / first_days
            slack = self._rounding(stated) + self._rounding(first) * stated_days / first_days
            if not _outside(actual, _interval(stated), slack + 0.02 * actual):
                continue
            yield self._rounded_finding(context, stated, "rate", actual, [first.id], first=first.text,
                                        first_period=first_words, period=stated_words)

    @classmethod
    def _year_of(cls, context: CheckContext, total: Claim, stated: Claim) -> tuple[float, str] | None:
        """A total given for a year named between it and its restatement ("6.3 million rides in 2035, or about
        25,000 a day"), or in a sentence opening on "In" a year (« En 2045, ils sont intervenus 3 870 fois, soit
        près de 20 sorties par jour »: ``cues.year_of_total``), is a rate per year. A sentence naming two dates
        gives none."""
        dates = [c for c in context.sentence_claims(total.sentence) if c.kind == "date" and c.end <= stated.start]
        if len(dates) != 1 or dates[0].granularity != "year":
            return None
        date, text = dates[0], context.document.text
        if total.end <= date.start:
            return PERIOD_DAYS["year"], " ".join(text[total.end:date.end].split())  # "trips in 2035"
        sentence = context.document.sentences[date.sentence]
        opening = " ".join(text[sentence.start:date.start].lower().split())
        if opening not in context.cues("year_of_total"):
            return None  # "Since 2040, 6.3 million rides" spans years; "Opened in 2040, it …" is no total's year
        return PERIOD_DAYS["year"], f"{opening} {date.text}"  # « en 2045 »

    def _rates_over_durations(self, context: CheckContext, claims: list[Claim],
                              previous: list[Claim]) -> Iterable[Finding]:
        """A rate restating an amount for a duration: "€1,410 for a 24-hour shift, or about €80 an hour" (1,410
        / 24), « 2 400 euros pour une mission de deux semaines, soit 1 200 euros par semaine »; with no duration in
        its sentence, the last one of the sentence before (« … après neuf jours de démonstrations. … 385 000
        visiteurs …, soit plus de 50 000 par jour »)."""
        triples = list(zip(claims, claims[1:], claims[2:], strict=False))
        own = [claim for claim in claims if _duration(claim) and claim.value]
        if not own:
            durations = [claim for claim in previous if _duration(claim) and claim.value]
            triples += [(amount, durations[-1], stated) for amount, stated in zip(claims, claims[1:], strict=False)
                        if durations]
        elif len(own) == 1:
            # "The 26-minute display sent 22,500 shells from eight barges …, some 1,200 a minute": the one duration,
            # said first, and the largest amount of the rate's kind between them
            for stated in claims:
                amounts = [c for c in claims if own[0].end <= c.start and c.end <= stated.start and c.value
                           and _restated_as(c, stated)]
                # « Le camion a coûté 385 000 dollars. Le district compte l'amortir sur huit ans, soit environ 60 000
                # dollars par an »: with none in its sentence, the last amount of the sentence before
                earlier = [c for c in claims if c.end <= own[0].start and c.kind in AMOUNT_KINDS and c.value]
                amounts = amounts or ([] if earlier else [c for c in previous[-1:] if c.value
                                                          and (c.kind, c.unit) == (stated.kind, stated.unit)])
                if amounts:
                    triples.append((max(amounts, key=lambda c: c.value), own[0], stated))
        for amount, duration, stated in triples:
            if (amount.kind not in AMOUNT_KINDS or not _restated_as(amount, stated)
                    or duration.kind != "quantity" or duration.unit not in DURATION_DAYS or not duration.value
                    or amount.change or stated.change or amount.value is None or _interval(stated) is None):
                continue
            if not (self._preceded_by(context, stated, context.cues("average"))
                    or self._preceded_by(context, stated, context.cues("apposition"))
                    or (duration.end <= amount.start and context.between(amount, stated).rstrip().endswith(","))):
                continue
            period = self._rate_period(context, stated)
            if period is None or self._rate_period(context, amount, stated.start) is not None:
                continue  # "€500 a night for 12 nights" is a rate already
            days, words = period
            actual = amount.value * days / (duration.value * DURATION_DAYS[duration.unit])
            slack = self._rounding(stated) + 0.02 * actual
            if not _outside(actual, _interval(stated), slack):
                continue
            yield self._rounded_finding(context, stated, "rate_duration", actual, [amount.id, duration.id],
                                        first=amount.text, duration=duration.text, period=words)

    def _rate_times_duration(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A rate, then the total it comes to over a duration: "Tuition is C$14,800 a year, so a student who
        completes the two-year diploma pays C$26,600" (29,600), « 14 800 dollars par an : un élève qui suit les deux
        ans de formation débourse 26 600 dollars ». A verb or cue of paying or totalling comes between the duration
        and the total (``cues.duration_total``)."""
        for index, rate in enumerate(claims[:-2]):
            if rate.kind not in AMOUNT_KINDS or rate.change or not rate.value:
                continue
            period = self._rate_period(context, rate, claims[index + 1].start) or self._period_before(context, rate)
            if period is None:
                continue
            duration, stated = claims[index + 1], claims[index + 2]
            if not _duration(duration) and self._total_over(context, claims[index + 1], claims[index + 2]):
                stated, duration = duration, stated  # "€450 a month, or more than €6,000 over a nine-month cycle"
            elif not self._duration_then_total(context, duration, stated):
                continue
            if not _duration(duration) or not duration.value or duration.unit not in DURATION_DAYS \
                    or (stated.kind, stated.unit) != (rate.kind, rate.unit) or stated.change \
                    or (interval := _interval(stated)) is None or self._rate_period(context, stated) is not None:
                continue
            days, words = period
            actual = rate.value * duration.value * DURATION_DAYS[duration.unit] / days
            slack = self._rounding(stated) + self._rounding(rate) * actual / rate.value + PRICED_SLACK * actual
            if not _outside(actual, interval, slack):
                continue
            yield self._rounded_finding(context, stated, "rate_total", actual, [rate.id, duration.id], rate=rate.text,
                                        period=words,
                                        duration=wording.duration(duration.value, duration.unit, context.language))

    @staticmethod
    def _duration_then_total(context: CheckContext, duration: Claim, stated: Claim) -> bool:
        """Does a cue of paying or totalling come between the duration and the total, in one clause?"""
        between = f" {context.between(duration, stated)} "
        return not any(mark in between for mark in ".;") and any(f" {cue} " in between
                                                                 for cue in context.cues("duration_total"))

    def _total_over(self, context: CheckContext, stated: Claim, duration: Claim) -> bool:
        """Is the figure a total set off after its rate and said over the duration right after it ("€450 a
        month, or more than €6,000 over a nine-month cycle", « soit plus de 600 000 francs CFA sur un cycle de
        neuf mois »: ``cues.apposition``, ``cues.total_over``)?"""
        if not _duration(duration) or not self._preceded_by(context, stated, context.cues("apposition")):
            return False
        between = context.between(stated, duration).lower().split()
        return len(between) <= TOTAL_OVER_WORDS and bool(set(between) & set(context.cues("total_over")))

    @staticmethod
    def _period_before(context: CheckContext, claim: Claim) -> tuple[float, str] | None:
        """The period an amount is per, said before it in its clause ("Chaque journée de fermeture prive la ville de
        4 500 euros", "Each day of closure costs the town €4,500"), and the words naming it."""
        sentence = context.document.sentences[claim.sentence]
        before = context.document.text[sentence.start:claim.start].lower()
        clause = " " + " ".join(before[max(before.rfind(mark) for mark in ",;:()") + 1:].split()) + " "
        for unit, words in context.cached(("rate_periods",), lambda: _rate_periods(context)).items():
            for word in words:
                if f" {word} " in clause and word.split()[0] in context.cues("every"):
                    return PERIOD_DAYS[unit], word
        return None

    def _percent_applied(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A percentage applied to an amount, then what is paid or got: "change them back into sterling for a 3%
        fee, so a baker cashing in £2,000 pays £80" (£60), « une commission de 3 % : un boulanger qui change 2 000
        livres paie 80 livres ». The result may be the share itself, the amount plus it (a bonus, a tax) or less it
        (a fee kept back); flagged when it is none of them. The amount comes soon after the percentage
        (``PERCENT_APPLIED_REACH``), then a verb of paying or getting and the result (``cues.percent_applied``)."""
        for index, rate in enumerate(claims[:-2]):
            if rate.kind != "percent" or rate.change or (rate.unit or "%") != "%" or not rate.value:
                continue
            amount, stated = claims[index + 1], claims[index + 2]
            if amount.kind != "money" or stated.kind != "money" or amount.change or stated.change \
                    or not amount.value or not units.same_currency(amount.unit, stated.unit) \
                    or (interval := _interval(stated)) is None:
                continue
            between = f" {context.between(amount, stated)} "
            if amount.start - rate.end > PERCENT_APPLIED_REACH or any(mark in between for mark in ".;") or not any(
                    f" {cue} " in between for cue in context.cues("percent_applied")):
                continue
            share = amount.value * rate.value / 100
            slack = self._rounding(stated) + amount.value * self._rounding(rate) / 100 + PRICED_SLACK * share
            if not all(_outside(actual, interval, slack) for actual in (share, amount.value + share,
                                                                        amount.value - share)):
                continue
            expected = wording.quantity(float(f"{share:.3g}"), stated.unit, None, context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "share_amount", share=rate.text, whole=amount.text,
                                         actual=expected),
            }, related=[rate.id, amount.id], expected=expected)

    def _products(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A total of groups of a given size: "22 teams of seven riders, 164 starters in all" (154), « 22 équipes de
        sept coureurs, soit 164 partants », or of things at a given amount each: "312 on-the-spot fines of €135
        each, more than €52,000 in total" (€42,120): a noun and "of"/« de » between the count and the size, then a
        total cue or a restating one before the total, of the size's kind and unit."""
        links = ("of", "de", "d'")
        restating = (*context.cues("apposition"), *context.cues("total"), *context.cues("total_after"))
        per_piece = _spaced(context.cues("per_piece"))
        for groups, each, stated in zip(claims, claims[1:], claims[2:], strict=False):
            if groups.kind != "count" or each.kind not in ("count", "money") \
                    or any(not c.value or c.change for c in (groups, each, stated)) \
                    or (stated.kind, stated.unit) != (each.kind, each.unit) or (interval := _interval(stated)) is None:
                continue
            gap = context.between(groups, each).split()
            # "22 teams of seven": one noun, then "of"; an amount each may follow a longer noun ("312 on-the-spot
            # fines of €135"), a count not (« 412 patineurs venus de 58 pays »: where they come from); a price a
            # piece after "at" (``cues.price_at``: "sold 2,100 sandwiches at €4 apiece")
            longest = PRODUCT_NOUN_WORDS if each.kind == "money" else 1
            between = " " + context.between(each, stated).rstrip(",")
            priced = each.kind == "money" and between.startswith(per_piece)
            if not 2 <= len(gap) <= longest + 1 or not (gap[-1] in links or (
                    priced and gap[-1] in context.cues("price_at"))):
                continue
            # "164 starters in all": the total cue may follow the total's noun; "at €4 apiece, €9,400": a total set
            # off by a bare comma after a price a piece
            after = " ".join(context.document.text[stated.end:stated.end + 30].lower().replace(".", " ").split()[:4])
            if not (_says(context.between(each, stated), restating)
                    or _says(after, context.cues("total_after"))
                    or (priced and between.strip() in context.cues("per_piece")
                        and context.between(each, stated).endswith(","))):
                continue
            actual = groups.value * each.value
            if not _outside(actual, interval, self._rounding(stated) + self._rounding(groups) * each.value):
                continue
            expected = wording.quantity(actual, stated.unit, None, context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "product", groups=" ".join(
                    context.document.text[groups.start:each.start].split()[:-1]), each=each.text, actual=expected),
            }, related=[groups.id, each.id], expected=expected)

    def _priced_totals(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A total at a price per unit: "a wholesale price of €3,500 a kilo: for the 620 kg seized, that is more
        than €3m" (€2.17m), « 450 euros par jour ; sur un chantier de 16 jours, soit 9 000 euros ». The quantity is
        the first of the price's dimension after it, the total the next amount of the price's currency, restated
        (``cues.apposition``, ``cues.back_reference``, ``cues.priced_total``), with no other amount between."""
        restating = (*context.cues("apposition"), *context.cues("back_reference"), *context.cues("priced_total"))
        for index, price in enumerate(claims):
            if price.kind != "money" or price.change or not price.value \
                    or (per := self._price_unit(context, price)) is None:
                continue
            unit, per_words = per
            quantity = next((c for c in claims[index + 1:] if c.kind == "quantity" and c.value and not c.change
                             and units.same_dimension(c.unit, unit)), None)
            total = next((c for c in claims if quantity is not None and c.start >= quantity.end
                          and c.kind in AMOUNT_KINDS), None)
            if (total is None or total.kind != "money" or total.change
                    or not units.same_currency(total.unit, price.unit) or (interval := _interval(total)) is None
                    or not self._preceded_by(context, total, restating)
                    or self._price_unit(context, total) is not None):
                continue  # "€118 a tonne ... against €131" is another price, not a total
            amount = units.convert(quantity.value, quantity.unit, unit)
            if amount is None:
                continue
            actual = price.value * amount
            unsure = units.convert(self._rounding(quantity), quantity.unit, unit) or 0.0
            if not _outside(actual, interval, self._rounding(total) + price.value * unsure + PRICED_SLACK * actual):
                continue
            yield self._rounded_finding(context, total, "priced_total", actual, [price.id, quantity.id],
                                        quantity=quantity.text, price=price.text, per=per_words)

    def _priced_counts(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A total at a price per thing counted a sentence or two before: "… served 310,000 scoops between them. At
        €2.50 a scoop, that came to about €620,000" (€775,000), « À 2,50 euros par boule, cela représente … ». The
        price names the thing (``cues.per_any``); the total is the next amount of its currency, restated
        (``cues.priced_total``, ``cues.back_reference``) with no other amount between."""
        for price, total, interval in self._priced_pairs(context, claims):
            named = self._per_noun(context, price)
            count = next(iter(self._last_count_of(context, price, named)), None)
            if count is None or count.sentence < price.sentence - PRICED_COUNT_SENTENCES or not count.value:
                continue
            actual = count.value * price.value
            if not _outside(actual, interval, self._rounding(total) + self._rounding(count) * price.value
                            + PRICED_SLACK * actual):
                continue
            after = context.document.text[price.end:price.end + CUE_REACH].split()
            cue = next((cue.split() for cue in sorted(context.cues("per_any"), key=len, reverse=True)
                        if [word.lower() for word in after[:len(cue.split())]] == cue.split()), ["per"])
            per_words = " ".join(after[:len(cue) + 1]).rstrip(",.;:")  # "a scoop", "for each weekend"
            yield self._rounded_finding(context, total, "priced_total", actual, [price.id, count.id],
                                        quantity=f"{count.text} {count.counted}", price=price.text, per=per_words)

    def _priced_stays(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A total restated right after a price per thing, for a count of those things after it: « 18 000 francs CFA
        la nuit en demi-pension, soit 36 000 francs pour un séjour de trois nuits » (54 000), "€95 a night, or €380
        for a stay of three nights" (285). The count counts the noun the price is per ("a night": nights, or
        "a three-night stay")."""
        restating = (*context.cues("apposition"), *context.cues("priced_total"))
        amounts = [c for c in claims if c.kind in AMOUNT_KINDS]  # "with half board" between them is no amount
        for index, price in enumerate(amounts[:-2]):
            total, count = amounts[index + 1], amounts[index + 2]
            if (price.kind != "money" or price.change or not price.value or total.kind != "money" or total.change
                    or count.kind != "count" or count.change or not count.value
                    or not units.same_currency(total.unit, price.unit) or (interval := _interval(total)) is None
                    or not self._preceded_by(context, total, restating)
                    or (per := self._price_unit(context, price)) is None):
                continue
            noun = frozenset(phrase_forms(per[1].split()[-1], context.language))
            after = context.document.text[count.end:count.end + CUE_REACH].lower()
            counted = phrase_forms(count.counted or after.lstrip("-").split(" ")[0], context.language)
            if not noun & counted:
                continue
            actual = price.value * count.value
            if not _outside(actual, interval, self._rounding(total) + PRICED_SLACK * actual):
                continue
            # "three nights", or "three-night" when the noun is glued to the count
            said = f"{count.text} {count.counted}" if count.counted else count.text + after.split(" ")[0]
            yield self._rounded_finding(context, total, "priced_total", actual, [price.id, count.id],
                                        quantity=said, price=price.text, per=per[1])

    def _affordable_counts(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """How many things a sum buys at a price per thing said before it in its sentence: "He is paid CHF 80 a cry,
        and the council has set aside CHF 9,600 for the year, enough for 100 cries" (120), « de quoi payer 100
        criées » (``cues.affordable``). The sum is the last amount of the price's currency before the count, larger
        than the price; the count counts the price's noun (``cues.per_any``)."""
        for index, count in enumerate(claims):
            if count.kind != "count" or count.change or not count.value \
                    or (interval := _interval(count)) is None \
                    or not self._preceded_by(context, count, context.cues("affordable")):
                continue
            before = claims[:index]
            prices = [c for c in before if c.kind == "money" and c.value and not c.change
                      and self._counts_noun(context, count, self._per_noun(context, c))]
            if not prices:
                continue
            price = prices[-1]
            sums = [c for c in before if c.start > price.end and c.kind == "money" and not c.change and c.value
                    and units.same_currency(c.unit, price.unit) and c.value > price.value]
            if not sums:
                continue
            actual = sums[-1].value / price.value
            slack = self._rounding(sums[-1]) / price.value + PRICED_SLACK * actual
            if not _outside(actual, interval, slack):
                continue
            expected = wording.number(float(f"{actual:.3g}"), context.language)
            yield self.finding(context, count, {
                "explanation": self._say(context, "affordable", total=sums[-1].text, price=price.text,
                                         actual=expected),
            }, related=[price.id, sums[-1].id], expected=expected)

    def _priced_pairs(self, context: CheckContext,
                      claims: list[Claim]) -> Iterator[tuple[Claim, Claim, Interval]]:
        """Each price followed by the next amount of its currency, restated as the total it comes to
        (``cues.priced_total``, ``cues.back_reference``), with that total's interval."""
        restating = (*context.cues("priced_total"), *context.cues("back_reference"))
        for price, total in zip(claims, claims[1:], strict=False):
            if price.kind != "money" or total.kind != "money" or price.change or total.change or not price.value \
                    or not units.same_currency(total.unit, price.unit) or (interval := _interval(total)) is None:
                continue
            if self._preceded_by(context, total, restating) or self._restated_in_all(context, total):
                yield price, total, interval

    def _restated_in_all(self, context: CheckContext, total: Claim) -> bool:
        """Is the amount set off as a restatement and said to be a total a few words on ("…, or £900 each in all",
        « soit 900 livres chacun au total »: ``cues.apposition``, ``cues.total_after``)?"""
        text = context.document.text[total.end:total.end + CUE_REACH].lower()
        after = " ".join(text.replace(".", " ").replace(",", " ").split()[:TOTAL_AFTER_WORDS])
        return (self._preceded_by(context, total, context.cues("apposition"))
                and _says(after, context.cues("total_after")))

    def _priced_earlier(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A total, at a price said before it in its sentence, of an amount said a sentence or two before: « estime
        [la récolte] à 4 200 tonnes … Payées 3,10 euros le kilo …, ces châtaignes devraient rapporter quelque 19
        millions d'euros » (13 millions), "128,500 bundles … Sold at €4.80 each, these bundles brought in about
        €820,000" (€617,000). A price per unit of a dimension (``price_units``) takes the last quantity of that
        dimension, when its own sentence has none (``_priced_totals``); a price a piece (``cues.per_piece``) the
        last count of the noun after "these" / « ces » (``cues.demonstratives``). The total is restated
        (``cues.priced_total``, ``cues.back_reference``), the next amount after the price."""
        for price, total, interval in self._priced_pairs(context, claims):
            amount = self._priced_amount(context, price, total, claims)
            if amount is None or not amount.value:
                continue
            per = self._price_unit(context, price)
            value = units.convert(amount.value, amount.unit, per[0]) if amount.kind == "quantity" else amount.value
            if value is None:
                continue
            actual = price.value * value
            if not _outside(actual, interval, self._rounding(total) + PRICED_SLACK * actual):
                continue
            per_words = per[1] if per else next(cue for cue in sorted(context.cues("per_piece"), key=len, reverse=True)
                                                if self._followed_by(context, price, (cue,)))
            yield self._rounded_finding(context, total, "priced_total", actual, [price.id, amount.id],
                                        quantity=_with_noun(amount), price=price.text, per=per_words)

    def _priced_amount(self, context: CheckContext, price: Claim, total: Claim, claims: list[Claim]) -> Claim | None:
        """The amount said before a price's sentence that a total after the price is the value of
        (``_priced_earlier``)."""
        earlier = [c for c in context.claims if c.end <= price.start and c.is_claim and c.value and not c.change
                   and price.sentence - PRICED_COUNT_SENTENCES <= c.sentence < price.sentence]
        per = self._price_unit(context, price)
        if per is not None:
            unit = per[0]
            if unit in PERIOD_DAYS or any(c.kind == "quantity" and units.same_dimension(c.unit, unit) for c in claims):
                return None  # a rate, or a quantity of its own sentence (``_priced_totals``)
            found = [c for c in earlier if c.kind == "quantity" and units.same_dimension(c.unit, unit)]
            return found[-1] if found else None
        if not self._followed_by(context, price, context.cues("per_piece")):
            return None
        between = context.between(price, total).replace(",", " ").split()
        noun = next((between[i + 1] for i, word in enumerate(between[:-1])
                     if word in context.cues("demonstratives")), None)
        if noun is None:
            return None
        named = frozenset(form for word in phrase_words(noun, context.language) for form in word.forms)
        found = [c for c in earlier if self._counts_noun(context, c, named)]
        return found[-1] if found else None

    def _price_unit(self, context: CheckContext, claim: Claim) -> tuple[str, str] | None:
        """The unit an amount is a price of, and the words naming it, right after it: "€3,500 a kilo" (kg), « 3,10
        euros le kilo », "€500 a night" (day) (``price_units``, ``cues.rate_period_<unit>``)."""
        following = context.document.text[claim.end:claim.end + CUE_REACH].lower().split()[:PRICE_UNIT_WORDS]
        price_units = context.cached(("price_units",), lambda: _price_units(context))
        for count in range(len(following), 0, -1):
            words = " ".join(following[:count]).rstrip(",.:;")
            if words in price_units:
                return price_units[words], words
        return None

    def _repeated(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """An amount per period made of one amount done a number of times in that period, both said before it in
        its sentence: « Sa tournée de 2,4 km, qu'il fait deux fois par semaine, lui fait parcourir près de 10 km par
        semaine » (4,8 km), "his 2.4 km round, which he walks three times a week, nearly 10 km a week" (7.2 km).
        The count is followed by "times" / « fois » (``cues.times_per``) and the stated amount's period."""
        for index, stated in enumerate(claims):
            if stated.kind not in ("quantity", "money") or stated.change or (interval := _interval(stated)) is None \
                    or (period := self._rate_period(context, stated)) is None:
                continue
            before = claims[:index]
            times = next((c for c in reversed(before) if c.kind == "count" and c.value and not c.change
                          and self._times_per(context, c, period[0])), None)
            once = next((c for c in reversed(before) if times is not None and c.end <= times.start and c.value
                         and not c.change and _comparable_units(c, stated)
                         and self._rate_period(context, c, times.start) is None), None)
            if once is None:
                continue
            actual = times.value * _centre(_in_unit(once, stated.unit))
            if not _outside(actual, interval, self._rounding(once) * times.value):
                continue
            yield self._rounded_finding(context, stated, "repeated", actual, [once.id, times.id], once=once.text,
                                        times=times.text)

    def _times_per(self, context: CheckContext, count: Claim, days: float) -> bool:
        """Is the count one of times in a period of ``days`` ("three times a week", « deux fois par semaine »)?"""
        after = context.document.text[count.end:count.end + CUE_REACH].lower().split()
        if not after or after[0].strip(",") not in context.cues("times_per"):
            return False
        found = self._rate_period(context, replace(count, end=count.end + len(" " + after[0])))
        return found is not None and found[0] == days

    def _round_trips(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A distance there and back (``cues.round_trip``) twice the one-way distance said before it in its sentence:
        "families drove 62 km to the nearest tower to make a call, a round trip of 104 km" (124 km), « soit un
        aller-retour de 104 km ». The one-way distance is the last length before it; a hedge on either is its width."""
        for index, stated in enumerate(claims):
            if stated.kind != "quantity" or not units.same_dimension(stated.unit, "km") \
                    or (interval := _interval(stated)) is None \
                    or not self._preceded_by(context, stated, context.cues("round_trip")):
                continue
            one_way = next((c for c in reversed(claims[:index]) if c.kind == "quantity" and c.value
                            and not c.change and units.same_dimension(c.unit, "km")), None)
            if one_way is None or (there := _interval(_in_unit(one_way, stated.unit))) is None:
                continue
            if interval.low <= 2 * there.high and 2 * there.low <= interval.high:
                continue
            yield self._rounded_finding(context, stated, "round_trip", 2 * _centre(_in_unit(one_way, stated.unit)),
                                        [one_way.id], distance=one_way.text)

    def _speeds(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A speed restating a distance covered in a duration, both said before it in its sentence: "stayed on
        the ground for 22 minutes and travelled 18 km, or nearly 70 km/h" (49 km/h), « soit une vitesse de près
        de 70 km/h ». Each of the distance and the duration is the last of its kind before the speed; a
        restating cue (``cues.apposition`` or ``cues.average``) stands between them and the speed."""
        for index, stated in enumerate(claims):
            if stated.kind != "quantity" or not units.same_dimension(stated.unit, "km/h") \
                    or (interval := _interval(stated)) is None:
                continue
            before = claims[:index]
            distance = next((c for c in reversed(before) if c.kind == "quantity" and c.value
                             and units.same_dimension(c.unit, "km")), None)
            duration = next((c for c in reversed(before) if c.kind == "quantity" and c.value
                             and c.unit in DURATION_DAYS), None)
            if distance is None or duration is None or any(
                    units.same_dimension(c.unit, "km/h") for c in before if c.kind == "quantity"):
                continue
            restating = (*context.cues("apposition"), *context.cues("average"))
            if not _says(context.between(max(distance, duration, key=lambda c: c.end), stated), restating):
                continue
            km = units.convert(distance.value, distance.unit, "km")
            hours = duration.value * DURATION_DAYS[duration.unit] * 24
            actual = units.convert(km / hours, "km/h", stated.unit) if km is not None and hours else None
            if actual is None:
                continue
            slack = self._rounding(stated) + SPEED_SLACK * actual
            if not _outside(actual, interval, slack):
                continue
            yield self._rounded_finding(context, stated, "speed", actual, [distance.id, duration.id],
                                        distance=distance.text, duration=duration.text)

    @staticmethod
    def _rate_period(context: CheckContext, claim: Claim, until: int | None = None) -> tuple[float, str] | None:
        """How many days the period a rate is given per lasts, and the words naming it ("a day", « par an »), said
        before ``until`` (the next figure: "540 calls in 2045, about 45 a month" gives no period to "540")."""
        reach = claim.end + CUE_REACH + len(claim.counted or "")
        after = " " + " ".join(context.document.text[claim.end:min(reach, until or reach)].lower().split()) + " "
        for unit, words in context.cached(("rate_periods",), lambda: _rate_periods(context)).items():
            for word in words:
                if f" {word} " in after or f" {word}," in after or f" {word}." in after:
                    return PERIOD_DAYS[unit], word
        return None

    # Sums -----------------------------------------------------------------------------------------------

    def _totals(self, context: CheckContext, claims: list[Claim], previous: list[Claim]) -> Iterable[Finding]:
        """A total given after its parts: "30 cruise missiles and 25 drones, a total of 65", "12,400 rebooked and
        8,900 refunded, 23,300 in all"; a part said to come on top (``cues.further_part``: "Another 650 tonnes …,
        nearly 3,000 tonnes in all") adds to the parts the sentence before lists."""
        for index, total in enumerate(claims[1:], start=1):
            stated = total.interval
            if total.change or total.value is None or stated is None or not self._is_total(context, total):
                continue
            parts = self._listed_parts(context, total, claims[:index])
            if len(parts) == 1 and self._preceded_by(context, parts[0], context.cues("further_part")):
                parts += self._listed_parts(context, total, previous)
            if self._priced_for_one(context, total, parts):
                continue
            # Only the run of parts just before the total may be what it sums: any run that adds up passes.
            if len(parts) < 2 or any(self._adds_up(parts[:end], stated) for end in range(2, len(parts) + 1)):
                continue
            parts_sum = wording.number(sum(p.value for p in parts), context.language)
            yield self.finding(context, total, {
                "explanation": self._say(context, "sum", total=total.text, parts_sum=parts_sum),
            }, related=[p.id for p in reversed(parts)], expected=parts_sum)

    def _priced_for_one(self, context: CheckContext, total: Claim, parts: list[Claim]) -> bool:
        """Are the total and a part each a price for one of something ("£9 for an adult and £4 for a child, or £26
        for a couple with two children", ``cues.price_for_one``)? Prices for one do not add up to a group's."""
        for_one = context.cues("price_for_one")
        return self._said_after_noun(context, total, for_one) and any(
            self._said_after_noun(context, part, for_one) for part in parts)

    def _sum_of_the_group(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """A total said of "these two" / « ces deux » things whose amounts the sentence lists before: « Elle peut
        recevoir jusqu'à 60 enfants, et celle du Mail, 45 : ces deux établissements apportent 115 places » (105).
        The group's size must be the number of amounts listed (``cues.demonstratives``)."""
        for index, group in enumerate(claims[:-1]):
            stated = claims[index + 1]
            if group.kind != "count" or group.value not in (2, 3, 4, 5, 6) or group.change \
                    or not self._preceded_by(context, group, context.cues("demonstratives")) \
                    or stated.kind not in AMOUNT_KINDS or stated.change or (interval := _interval(stated)) is None:
                continue
            parts = [c for c in claims[:index] if (c.kind, c.unit) == (stated.kind, stated.unit) and not c.change
                     and c.value is not None]
            if len(parts) != group.value:
                continue
            actual = sum(part.value for part in parts)
            if not _outside(actual, interval, self._rounding(stated) + sum(map(self._rounding, parts))):
                continue
            expected = wording.quantity(actual, stated.unit, None, context.language)
            yield self.finding(context, stated, {
                "explanation": self._say(context, "sum", total=stated.text, parts_sum=expected),
            }, related=[part.id for part in parts], expected=expected)

    def _added_to_level(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """An amount added to another, then the level it brings them to: "will add 85 jobs to the 127 the company
        already has in town, bringing its local payroll to 202" (212), « 85 emplois s'ajouteront aux 127 … portant
        l'effectif à 202 » (``cues.addition_verbs``, ``addition_links``, ``level_verbs``)."""
        for index, added in enumerate(claims[:-2]):
            base, total = claims[index + 1], claims[index + 2]
            if any(c.change or c.value is None for c in (added, base, total)) or not (
                    _comparable(added, base) and _comparable(base, total) and _comparable(added, total)):
                continue
            if not self._added_to(context, added, base) \
                    or not brought_to(context.document.text, total.start, context.language) \
                    or (stated := _interval(total)) is None:
                continue
            yield from self._level_missed(context, total, stated, added, base)

    def _added_to_earlier_level(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        """An amount added, then the level it brings things to, the level before it said in an earlier sentence:
        "the co-op delivered 38,200 hot meals" … "the weekend service will add about 9,000 meals a year, bringing
        the annual total to more than 50,000" (47,200). The base is the last earlier count of the added amount's
        noun (``cues.addition_verbs`` right before the amount added)."""
        for added, total in zip(claims, claims[1:], strict=False):
            if added.kind != "count" or not added.counted or any(c.change or not c.value for c in (added, total)) \
                    or not _comparable(added, total) or not self._preceded_by(context, added,
                                                                               context.cues("addition_verbs")) \
                    or not brought_to(context.document.text, total.start, context.language) \
                    or (stated := _interval(total)) is None:
                continue
            noun = widened(head(context.document, added), context.language)
            bases = [c for c in context.claims if c.sentence < added.sentence and c.is_claim and c.kind == "count"
                     and c.counted and not c.change and c.value and c.value < total.value
                     and not noun.isdisjoint(head(context.document, c))
                     and not given_as_past_value(context.document, c)]
            if bases:
                yield from self._level_missed(context, total, stated, added, bases[-1])

    def _level_missed(self, context: CheckContext, total: Claim, stated: Interval, added: Claim,
                      base: Claim) -> Iterable[Finding]:
        """The finding on a level that is not the amount added plus the one it was added to, if it is not."""
        actual = added.value + base.value
        if not _outside(actual, stated, self._rounding(total) + self._rounding(added) + self._rounding(base)):
            return
        expected = wording.number(actual, context.language)
        yield self.finding(context, total, {
            "explanation": self._say(context, "sum", total=total.text, parts_sum=expected),
        }, related=[added.id, base.id], expected=expected)

    def _added_to(self, context: CheckContext, added: Claim, base: Claim) -> bool:
        """Is ``added`` said to be added to ``base`` ("add 85 jobs to the 127", « 85 emplois s'ajouteront aux
        127 »)? The verb comes right before the amount added or between the two, which a link word ends."""
        between = " " + context.between(added, base)
        verbs = _spaced(context.cues("addition_verbs"))
        if not between.endswith(_spaced(context.cues("addition_links"))) or any(mark in between for mark in ".;:"):
            return False
        return self._preceded_by(context, added, context.cues("addition_verbs")) or any(
            f"{verb} " in between + " " for verb in verbs)

    def _is_total(self, context: CheckContext, claim: Claim) -> bool:
        """Is the figure given as a total: "a total of 55", "soit 940 millions", "23,300 in all"?"""
        # "1,340 items in all": the counted noun may come between the figure and the cue. « le reste, soit 4,2
        # millions » restates what is left, no total.
        if self._preceded_by(context, claim, context.cues("remainder_before")):
            return False
        return (self._preceded_by(context, claim, context.cues("total"))
                or self._said_after_noun(context, claim, context.cues("total_after")))

    @staticmethod
    def _listed_parts(context: CheckContext, total: Claim, before: list[Claim]) -> list[Claim]:
        """The parts a total sums, nearest first: figures of its measure below it, each joined to the next by a list
        joint ("and", "et", a comma) or a word putting them together (« Six apprentis … aux côtés de trois
        charpentiers, soit une équipe de dix personnes »: ``cues.companion_joints``). Figures of another measure
        are passed over ("510 millions, avec l'achat de quatorze rames, puis ... 280 millions"); one as large as the
        total (a whole, another figure) ends the list."""
        joints = context.cues("list_joints")
        companions = context.cues("companion_joints")
        parts: list[Claim] = []
        for part in reversed(before):
            if part.change or part.value is None or not _comparable(part, total):
                continue
            if part.value >= total.value:
                break
            between = context.between(part, parts[-1]) if parts else ""
            if parts and not any(joint in between.replace(",", " , ").split() for joint in joints) \
                    and not any(f" {cue} " in f" {between} " for cue in companions):
                break
            parts.append(part)
        return parts

    @staticmethod
    def _adds_up(parts: list[Claim], stated: Interval) -> bool:
        low = sum(p.low if p.low is not None else p.value for p in parts)
        high = sum(p.high if p.high is not None else p.value for p in parts)
        return Interval(low, high).overlaps(stated)

    def _sums(self, context: CheckContext, claims: list[Claim]) -> Iterable[Finding]:
        exhaustive, inclusive = context.cues("parts_exhaustive"), context.cues("parts_inclusive")
        text = context.document.text
        for index, total in enumerate(claims):
            if total.kind not in AMOUNT_KINDS or total.change or not total.value:
                continue
            parts = self._parts_after(context, total, claims[index + 1:])
            if any(self._amount_change(context, part) for part in parts):
                continue  # « 310 logements neufs, soit 110 de moins, dont une centaine »: a difference is no part
            if len(parts) < 2 or any(p.value >= total.value for p in parts):
                continue  # a part as large as the total: a net figure ("2 200 supprimés : 4 000 ..., 1 800 créés")
            lead = " ".join(text[total.end:parts[0].start].lower().split())
            is_exhaustive = any(cue in lead for cue in exhaustive)
            if not is_exhaustive and not any(cue in lead for cue in inclusive):
                continue
            low = sum((p.low if p.low is not None else p.value) for p in parts)
            high = sum((p.high if p.high is not None else p.value) for p in parts)
            total_bounds = total.interval
            if total_bounds is None:
                continue
            too_many = low > total_bounds.high
            too_few = is_exhaustive and high < total_bounds.low  # an exhaustive list must reach the total
            if not (too_many or too_few):
                continue
            parts_sum = wording.number(sum(p.value for p in parts), context.language)
            yield self.finding(context, total, {
                "explanation": self._say(context, "sum", total=total.text, parts_sum=parts_sum),
            }, related=[p.id for p in parts], expected=parts_sum)

    def _parts_after(self, context: CheckContext, total: Claim, after: list[Claim]) -> list[Claim]:
        """The figures of the total's measure listed after it ("€4.5 billion: €2.1 billion for health, €1.4 billion
        for education and €0.8 billion for culture"), each joined to the one before by a list word; the list ends
        at a ";" or at a figure that is not a part of it, such as an amount per head ("soit 12 vélos par station")."""
        joints = context.cues("list_joints")
        per = (*context.cues("per_head"), *context.cues("per_any"))
        parts: list[Claim] = []
        for part in after:
            if (part.change or part.value is None or not _comparable(part, total)
                    or self._said_after_noun(context, part, per)):
                break
            between = context.between(parts[-1], part) if parts else ""
            if ";" in between or (parts and not any(joint in between.replace(",", " , ").split() for joint in joints)):
                break
            parts.append(part)
        return parts

    # Shares per head -------------------------------------------------------------------------------------

    def _per_head(self, context: CheckContext, claims: list[Claim], slack: float,
                  previous: list[Claim]) -> Iterable[Finding]:
        """An amount each of a count gets from a whole split between them: "The 27 drivers ... will split the prize
        equally, taking home about $7.2m apiece" ($168m earlier). ``slack`` is relative to an unhedged amount. An
        average restating the sentence before ("That works out at about €4,100 per new seat", « soit environ 2 900
        livres par arbre » after « La ville y consacre 6,3 millions de livres ») is checked against each larger
        amount of that sentence, and flagged only when none of them fits."""
        for stated in claims:
            if stated.kind not in AMOUNT_KINDS or stated.change or (interval := _interval(stated)) is None \
                    or not stated.value:
                continue
            average_after = (self._said_after_noun(context, stated, context.cues("average_after"))
                             or (self._followed_by(context, stated, context.cues("per_any"))
                                 and self._average_per_noun(context, stated)))
            average = average_after or self._preceded_by(context, stated, context.cues("average")) or (
                self._preceded_by(context, stated, context.cues("bill_restated"))
                and self._followed_by(context, stated, context.cues("per_head"))) or (
                self._preceded_by(context, stated, context.cues("back_reference"))
                and self._said_after_noun(context, stated, context.cues("per_any"))) or self._set_off_per_count(
                context, stated, claims)
            per_head = self._followed_by(context, stated, context.cues("per_head"))
            restated_each = (stated.kind == "count" and per_head
                             and (self._preceded_by(context, stated, context.cues("apposition"))
                                  or self._set_off_after_count(context, stated, claims)))
            sharers = self._sharers(context, stated, claims) if per_head and not restated_each else None
            given_whole = None
            if stated.kind == "count" and not average and not restated_each:
                # "two tickets each" is no share of a whole; "an average of 5,000 per ship" is, and so is a count
                # the sharers split ("186 pupils … Its 11 teachers share about thirty pupils each", « se partagent
                # une trentaine d'élèves chacun »: "each" may follow the noun)
                if sharers is None and self._said_after_noun(context, stated, context.cues("per_head")):
                    sharers = self._sharers(context, stated, claims)
                given_whole = self._count_split(context, stated) if sharers is not None else None
                if given_whole is None:
                    continue
            if restated_each:
                # "nine dentists carried out 4,320 treatments, or nearly 700 each": the last count is the whole,
                # a count of something before it the doers; a bare figure may leave the whole's unit implicit
                # ("58 volunteers, who logged about 9,000 hours last year, or roughly 200 each")
                amounts = [c for c in claims if c.end <= stated.start and not c.change and c.value
                           and (c.kind == "count" or (_restated_as(c, stated) and c.value > stated.value))]
                given_whole = amounts[-1] if amounts and amounts[-1].value > stated.value else None
                options = [c for c in reversed(amounts[:-1])  # nearest first
                           if c.kind == "count" and c.counted and c.value >= 2]
            elif sharers is not None:  # "The 27 drivers ... will split the prize, ... about $7.2m apiece"
                options, average = [sharers], False
            elif per_head and not average:
                options = []
            elif self._followed_by(context, stated, context.cues("per_each_of")):
                # "$40 for each of the country's 4.1 million inhabitants"; "for each of the growers affected" after
                # "some 640 growers were hit" sentences before
                sharers = self._counted_after(context, stated, claims)
                options = [sharers] if sharers is not None else self._each_of_earlier(context, stated)
            elif average_after or (average and (per_head or self._said_after_noun(  # "or 15 bikes per station"
                    context, stated, context.cues("per_head") + context.cues("per_any"))
                    or self._price_unit(context, stated) is not None)):  # « soit 1 200 dollars le baril »
                # "412 calls and 1.86 million passengers, an average of 5,000 per ship": either count may be the one
                named = self._per_noun(context, stated)  # "£2,100 for every space": the spaces first
                if not named and self._rate_period(context, stated):
                    continue  # « 42 millions de pots par an, soit environ 115 000 par jour » is a rate (``_rates``)
                options = (self._counts_before(stated, claims) or self._counted_earlier(context, stated)
                           or self._counted_next(context, stated, claims)
                           or self._subject_counted_earlier(context, stated, claims)
                           or (self._counts_of_sentence_before(stated, previous) if named else [])
                           or self._bare_counts_before(stated, claims))
                priced = self._price_unit(context, stated)  # "6 tonnes a hectare": the hectares first
                if priced is not None and priced[0] not in PERIOD_DAYS:
                    # "C$2.9 million, or about C$1,200 a barrel": split between barrels, of its sentence or the one
                    # before ("3,610 barrels were emptied"), never the tonnes of its sentence
                    options = [c for c in (*options, *reversed(previous)) if c.kind == "quantity"
                               and units.same_dimension(c.unit, priced[0])][:1]
                if named and not any(self._counts_noun(context, count, named) for count in options):
                    # "for every layout": the layouts, any count of them earlier in the article (the one that fits
                    # is taken: "losing seven pharmacies" … "the 318 pharmacies left" … "about 30,000 per pharmacy")
                    options = self._all_counted_earlier(context, stated, named) + options
                options = sorted(options, key=lambda count: not (
                    self._counts_noun(context, count, named) or (priced is not None and count.kind == "quantity"
                                                                 and units.same_dimension(count.unit, priced[0]))))
            else:
                continue
            wholes = self._larger_amounts(stated, claims)
            others = []  # the other wholes it may be split from: the larger amounts of the sentence before
            if average and not wholes and self._restates_before(context, stated, previous):
                wholes = others = self._larger_amounts(stated, previous)
            elif average and not wholes and per_head and self._counts_before(stated, claims):
                # "… closed with £1.84 million pledged. Lanterns of Vell drew 23,640 backers, who pledged an average
                # of about £95 each": the count shared an amount of the sentence before said with the same word
                # ("tickets cost €32 on average" is said of no count)
                wholes = others = [whole for whole in self._larger_amounts(stated, previous)
                                   if _said_again(context, whole, stated)]
            # « 185 000 bovins, répartis dans 3 100 exploitations, soit une quarantaine de bêtes en moyenne »: the
            # largest amount before an average is its whole; else the nearest one larger than it
            if average and not wholes and given_whole is None:
                continue  # "tickets cost €32 on average": no whole in the sentence to split
            whole = given_whole or (max(wholes, key=lambda c: c.value) if average
                                    else self._split_whole(context, stated) if options else None)
            if whole is None or whole.interval is None or not whole.interval.bounded:
                continue
            options = [count for count in options if count is not whole]
            margin = slack * stated.value if stated.qualifier == "exact" else 0.0  # a hedge has its own width
            stated_interval = Interval(interval.low - margin, interval.high + margin)
            if not options or any(Interval(each.interval.low / count.value, each.interval.high / count.value)
                                  .overlaps(stated_interval) for count in options
                                  for each in (whole, *others) if each.interval and each.interval.bounded):
                continue
            yield self._split_finding(context, stated, whole, options[0])

    @staticmethod
    def _set_off_after_count(context: CheckContext, stated: Claim, claims: list[Claim]) -> bool:
        """Is the figure set off by a bare comma right after the clause of a count ("The 12 trappers … caught 410
        beavers over the winter season, about 50 each")? It restates that count per head."""
        before = [claim for claim in claims if claim.end <= stated.start]
        return bool(before) and before[-1].kind == "count" and context.between(before[-1], stated).endswith(",") \
            and not any(mark in context.between(before[-1], stated)[:-1] for mark in ",;:()")

    def _each_of_group(self, context: CheckContext, claims: list[Claim], slack: float) -> Iterable[Finding]:
        """An amount each of a group counted right before ", each" / « , chacune », a share of the larger amount of
        its kind before the group: "22,500 shells were fired from six barges, each loaded with about 4,500" (3,750),
        « 22 500 bombes … depuis six barges, chacune chargée d'environ 4 500 bombes » (``cues.each_of_group``)."""
        for stated in claims:
            if stated.kind not in AMOUNT_KINDS or stated.change or not stated.value \
                    or (interval := _interval(stated)) is None:
                continue
            clause = context.document.text[max(0, stated.start - CUE_REACH):stated.start].lower().rsplit(",", 1)
            opening = clause[-1].split() if len(clause) == 2 else []
            if not opening or opening[0] not in context.cues("each_of_group") or len(opening) > EACH_OF_GROUP_WORDS:
                continue
            comma = stated.start - len(clause[-1]) - 1
            group = [c for c in claims if c.end <= comma and c.kind == "count" and c.counted and c.value]
            if not group or context.document.text[group[-1].end:comma].count(" ") > EACH_OF_GROUP_WORDS:
                continue
            sharers = group[-1]
            wholes = [c for c in self._larger_amounts(stated, claims) if c.end <= sharers.start]
            if not wholes:
                continue
            whole = wholes[-1]
            margin = slack * stated.value if stated.qualifier == "exact" else 0.0
            if Interval(whole.interval.low / sharers.value, whole.interval.high / sharers.value).overlaps(
                    Interval(interval.low - margin, interval.high + margin)):
                continue
            yield self._split_finding(context, stated, whole, sharers)

    def _split_finding(self, context: CheckContext, stated: Claim, whole: Claim, sharers: Claim) -> Finding:
        """The finding on an amount each that does not split ``whole`` between ``sharers``."""
        each_value = float(f"{whole.value / sharers.value:.3g}")  # three significant digits: "23.4", not "23.415"
        expected = wording.quantity(each_value, stated.unit, None, context.language)
        return self.finding(context, stated, {
            "explanation": self._say(context, "per_head", whole=_with_noun(whole), count=_with_noun(sharers),
                                     actual=expected),
        }, related=[whole.id, sharers.id], expected=expected)

    def _set_off_per_count(self, context: CheckContext, stated: Claim, claims: list[Claim]) -> bool:
        """Is the figure an amount per thing set off after a count of those things in its sentence ("£4.2 million for
        an organ of 5,214 pipes, roughly £1,100 a pipe", « 5 214 tuyaux, environ 1 100 euros par tuyau »), or per
        unit of a quantity of another dimension said before it ("310 tonnes … from 74 hectares of beds, about 6
        tonnes a hectare": ``price_units``; a rate per period is ``_rates_over_durations``')?"""
        if not context.document.text[max(0, stated.start - 3):stated.start].rstrip().endswith(","):
            return False
        named = self._per_noun(context, stated)
        if any(c.end <= stated.start and self._counts_noun(context, c, named) for c in claims):
            return True
        if self._ratio_to_count_before(context, stated, claims):
            return True
        priced = self._price_unit(context, stated)
        if priced is None or priced[0] in PERIOD_DAYS or units.same_dimension(priced[0], stated.unit):
            return False
        return any(c.end <= stated.start and c.kind == "quantity" and units.same_dimension(c.unit, priced[0])
                   for c in claims)

    def _ratio_to_count_before(self, context: CheckContext, stated: Claim, claims: list[Claim]) -> bool:
        """Is the figure a ratio set off right after a larger count, per a thing the article counted earlier ("64
        layouts" … "The society runs the show with 170 volunteers, more than three for every layout")?"""
        before = [c for c in claims if c.end <= stated.start]
        if not before or before[-1].kind != "count" or not before[-1].counted or not before[-1].value \
                or before[-1].value <= stated.value \
                or context.between(before[-1], stated) != f"{before[-1].counted.lower()},":
            return False  # only the count's noun between: "9.6 million prescriptions in 2035, about 30,000 per …"
        return bool(self._counted_earlier(context, stated))

    @staticmethod
    def _average_per_noun(context: CheckContext, stated: Claim) -> bool:
        """Is the figure an average said after what it is per ("four per country on average", « quatre par pays en
        moyenne »: ``cues.per_any``, a noun, then ``cues.average_after``)?"""
        text = context.document.text[stated.end:stated.end + CUE_REACH]
        after = [word.strip(",.;:") for word in text.lower().split()]
        averages = [cue.split() for cue in context.cues("average_after")]
        return any(after[:len(per)] == per and any(after[len(per) + 1:len(per) + 1 + len(cue)] == cue
                                                   for cue in averages)
                   for per in (cue.split() for cue in context.cues("per_any")))

    @staticmethod
    def _larger_amounts(stated: Claim, claims: list[Claim]) -> list[Claim]:
        """The amounts of ``claims`` before ``stated``, of its kind and dimension and larger, in its unit: the wholes
        it may be a share of ("3,2 tonnes de truffes, soit environ 120 kilos chacun")."""
        found = []
        for claim in claims:
            if claim.end > stated.start or claim.change or not claim.value or not _comparable_units(claim, stated):
                continue
            claim = claim if claim.unit == stated.unit else _in_unit(claim, stated.unit)
            if claim.value is not None and claim.value > stated.value:
                found.append(claim)
        return found

    def _restates_before(self, context: CheckContext, stated: Claim, previous: list[Claim]) -> bool:
        """May an average with no whole in its sentence divide an amount of the sentence before? Only when it is set
        off as a restatement (``cues.apposition``, ``cues.back_reference``: "That works out at", « soit environ »),
        not merely an average ("The 5,000 visitors spent €32 on average" says nothing of the sentence before)."""
        if not previous:
            return False
        restating = _spaced((*context.cues("apposition"), *context.cues("back_reference"),
                             *context.cues("bill_restated")))
        before = self._words_before(context, stated)
        # « Cela représente en moyenne 11 000 livres »: the average cue may come between
        trimmed = next((before[:-len(cue)] for cue in _spaced(context.cues("average")) if before.endswith(cue)), "")
        return before.endswith(restating) or trimmed.endswith(restating)

    @staticmethod
    def _sharers(context: CheckContext, stated: Claim, claims: list[Claim]) -> Claim | None:
        """The count of what a whole is split between: the last count of something before the amount each gets,
        with a split word (``cues.split``) between them ("The 27 drivers ... will split the prize")."""
        counts = [c for c in claims if c.end <= stated.start and c.kind == "count" and c.counted and not c.change
                  and c.value and c.value >= 2 and c.qualifier == "exact"]
        if not counts:
            return None
        # "The 27 drivers ... will split the prize"; or the split said before the count: "Spread across the 112
        # pharmacies that qualify, it comes to about £52,000 each", « Réparti entre les 14 écoles »
        before = context.document.text[max(0, counts[-1].start - CUE_REACH):counts[-1].start].lower().split()
        words = context.between(counts[-1], stated).replace(",", " ").split() + before[-SPLIT_BEFORE_WORDS:]
        return counts[-1] if set(words) & set(context.cues("split")) else None

    def _said_after_noun(self, context: CheckContext, claim: Claim, cues: Sequence[str]) -> bool:
        """Does one of ``cues`` follow the figure or its counted noun ("une quarantaine de bêtes en moyenne")?"""
        return self._followed_by(context, claim, cues) or (bool(claim.counted) and said_after(
            context.document.text, claim.end, claim.counted, tuple(cues)))

    @classmethod
    def _counted_earlier(cls, context: CheckContext, stated: Claim) -> list[Claim]:
        """The count an average is per when its sentence has none before it: the nearest earlier count in the
        article of the noun named after "per" / « par » ("1,2 million d'euros ..., soit environ 120 euros par
        spectateur" after "10 000 spectateurs")."""
        return cls._last_count_of(context, stated, cls._per_noun(context, stated))

    @classmethod
    def _subject_counted_earlier(cls, context: CheckContext, stated: Claim, claims: list[Claim]) -> list[Claim]:
        """The count an average per head is of when nothing after it names one: the nearest earlier count in the
        article of a noun its sentence names before the whole ("Ketterley's Christmas market drew 1.26 million
        visits …" … "Visitors spent £47m …, or about £52 a head": £37)."""
        whole = next((c for c in claims if c.end <= stated.start and c.kind in AMOUNT_KINDS), None)
        if whole is None:
            return []
        named = cls._sentence_before(context, whole)
        return cls._last_count_of(context, stated, named)

    @classmethod
    def _each_of_earlier(cls, context: CheckContext, stated: Claim) -> list[Claim]:
        """The count an amount each is given for when no figure follows "for each of the": the nearest earlier count
        in the article of the noun named there ("some 640 growers were hit" ... "under €1,000 for each of the
        growers affected")."""
        after = " " + " ".join(context.document.text[stated.end:stated.end + 2 * CUE_REACH].lower().split())
        cue = next((cue for cue in context.cues("per_each_of") if after.startswith(f" {cue} ")), None)
        if cue is None:
            return []
        rest = after[len(cue) + 2:].split()
        noun = rest[0].strip(".,;:") if rest else ""
        named = frozenset(form for word in phrase_words(noun, context.language) for form in word.forms)
        return cls._last_count_of(context, stated, named)

    @classmethod
    def _all_counted_earlier(cls, context: CheckContext, stated: Claim, named: frozenset[str]) -> list[Claim]:
        """Every count before ``stated`` in the article of the noun whose forms are ``named``, nearest first."""
        return [c for c in reversed(context.claims) if c.end <= stated.start and cls._counts_noun(context, c, named)]

    @classmethod
    def _count_split(cls, context: CheckContext, stated: Claim) -> Claim | None:
        """The whole a count each is of, when it is split between sharers: the nearest earlier count in the article
        of its noun, larger than it ("186 pupils" for "share about thirty pupils each")."""
        named = frozenset(form for word in phrase_words(stated.counted or "", context.language) for form in word.forms)
        earlier = cls._last_count_of(context, stated, named)
        return earlier[0] if earlier and earlier[0].value > stated.value else None

    @classmethod
    def _last_count_of(cls, context: CheckContext, stated: Claim, named: frozenset[str]) -> list[Claim]:
        """The nearest count before ``stated`` in the article of the noun whose forms are ``named`` (or none)."""
        earlier = [c for c in context.claims if c.end <= stated.start and cls._counts_noun(context, c, named)]
        return earlier[-1:]

    @classmethod
    def _counted_next(cls, context: CheckContext, stated: Claim, claims: list[Claim]) -> list[Claim]:
        """The count an average is per, given right after it ("8,5 millions d'euros, soit plus de 60 000 euros par
        salarié pour les 164 employés du site"): the next figure of its sentence, counting the noun named after
        "per" / « par » (or one of its family)."""
        named = cls._per_noun(context, stated)
        after = [c for c in claims if c.start >= stated.end]
        return after[:1] if after and cls._counts_noun(context, after[0], named) else []

    @staticmethod
    def _per_noun(context: CheckContext, stated: Claim) -> frozenset[str]:
        """The forms of the noun named after "per" / « par » right after an average ("5,000 per ship")."""
        after = context.document.text[stated.end:stated.end + CUE_REACH].lower().split()
        cues = sorted((cue.split() for cue in context.cues("per_any")), key=len, reverse=True)  # "for every" first
        at = next((i + len(cue) for i in range(3) for cue in cues if after[i:i + len(cue)] == cue), None)
        if at is None or at >= len(after):
            return frozenset()
        # the noun, or an adjective and the noun: "per new seat"
        return frozenset(form for word in phrase_words(" ".join(after[at:at + 2]).strip(".,;:"), context.language)
                         for form in word.forms)

    @staticmethod
    def _counts_noun(context: CheckContext, claim: Claim, named: frozenset[str]) -> bool:
        """Is the figure a count of two or more of the noun whose forms are ``named``?"""
        return (claim.kind == "count" and bool(claim.counted) and not claim.change and bool(claim.value)
                and claim.value >= 2 and bool(named)
                and bool(named & frozenset(form for word in phrase_words(claim.counted, context.language)
                                           for form in word.forms)))

    @staticmethod
    def _counts_before(stated: Claim, claims: list[Claim]) -> list[Claim]:
        """What an average may be per, before it in its sentence, first first: counts of things ("6,800 people in
        11 countries") and quantities of another dimension than the average's own (« 14 millions d'euros pour 6,5
        hectares, soit plus de 3 millions l'hectare »)."""
        def per(claim: Claim) -> bool:
            if claim.kind == "count":
                return bool(claim.counted) and claim.value >= 2
            return claim.kind == "quantity" and not (stated.kind == "quantity"
                                                     and units.same_dimension(claim.unit, stated.unit))

        return [c for c in claims if c.end <= stated.start and not c.change and c.value and per(c)]

    @staticmethod
    def _bare_counts_before(stated: Claim, claims: list[Claim]) -> list[Claim]:
        """The counts with no noun before an average in its sentence, nearest first, when nothing else names what it
        is per ("The ship is the first of six ordered … worth €1.05bn, or about €310m per vessel")."""
        return [c for c in reversed(claims) if c.end <= stated.start and c.kind == "count" and not c.counted
                and not c.change and (c.value or 0) >= 2]

    @staticmethod
    def _counts_of_sentence_before(stated: Claim, previous: list[Claim]) -> list[Claim]:
        """The counts of the sentence before, nearest first, for an average per something no count of its sentence
        or of the article names ("11,200 registered runners, and 11,084 crossed the line. Its budget of €2.3m works
        out at about €290 per finisher"): flagged only when none of them fits."""
        return [c for c in reversed(previous) if c.kind == "count" and not c.change and (c.value or 0) >= 2]

    @staticmethod
    def _counted_after(context: CheckContext, stated: Claim, claims: list[Claim]) -> Claim | None:
        """The count an amount each is given for, right after it ("$40 for each of the country's 4.1 million
        inhabitants", « 40 dollars pour chacun des 4,1 millions d'habitants »)."""
        after = [c for c in claims if c.start >= stated.end]
        if not after or after[0].kind != "count" or after[0].change or not after[0].value or after[0].value < 2:
            return None
        return after[0] if after[0].start - stated.end <= CUE_REACH + 10 else None

    @staticmethod
    def _split_whole(context: CheckContext, stated: Claim) -> Claim | None:
        """The whole an amount each is a share of: the nearest figure of its kind and unit before it, larger."""
        for earlier in reversed([c for c in context.claims if c.end <= stated.start]):
            if (earlier.is_claim and not earlier.change and (earlier.kind, earlier.unit) == (stated.kind, stated.unit)
                    and earlier.value and earlier.value > stated.value):
                return earlier
        return None

    # Wording --------------------------------------------------------------------------------------------

    @staticmethod
    def _words_before(context: CheckContext, claim: Claim) -> str:
        """The words right before the figure, lower-cased, spaces collapsed, with a space before them."""
        text = context.document.text
        return context.cached(("before", claim.start), lambda: " " + " ".join(
            text[max(0, claim.start - CUE_REACH):claim.start].lower().split()))

    @classmethod
    def _preceded_by(cls, context: CheckContext, claim: Claim, cues: Sequence[str]) -> bool:
        return cls._words_before(context, claim).endswith(_spaced(tuple(cues)))

    @staticmethod
    def _followed_by(context: CheckContext, claim: Claim, cues: Sequence[str]) -> bool:
        """Does one of ``cues`` follow the claim as whole words ("23,300 in all.", "deux tiers des votants")?"""
        text = context.document.text
        after = context.cached(("after", claim.end), lambda: " " + " ".join(
            text[claim.end:claim.end + CUE_REACH].lower().split()) + " ")
        spaced = _spaced(tuple(cues))
        # A cue ending in an apostrophe is glued to the next word ("plus qu'en 2026").
        return after.startswith(spaced) and any(
            after.startswith(cue) and (cue.endswith("'") or not after[len(cue)].isalnum()) for cue in spaced)

    @staticmethod
    def _percent(value: float, context: CheckContext) -> str:
        return wording.quantity(round(value, 1), "%", None, context.language)

    def _written(self, actual: float, stated: Claim, context: CheckContext) -> str:
        if _relative(stated):
            return self._percent(actual, context)
        if stated.unit == "pp":
            # French writes "1,2 point" (singular below 2), English "1.2 points".
            word = "point" if context.language == "fr" and abs(actual) < 2 else "points"
            return f"{wording.number(round(actual, 1), context.language)} {word}"
        return wording.number(actual, context.language)

    def _rounded_finding(self, context: CheckContext, stated: Claim, pattern: str, actual: float,
                         related: list[str], unit: str | None = None, **values: str) -> Finding:
        """The finding on ``stated`` that the explanation ``pattern`` gives with ``values``, ``actual`` being what
        the other figures make, rounded to three digits, in ``unit`` (the stated figure's by default)."""
        expected = wording.quantity(float(f"{actual:.3g}"), unit or stated.unit, None, context.language)
        return self.finding(context, stated, {"explanation": self._say(context, pattern, actual=expected, **values)},
                            related=related, expected=expected)

    def _say(self, context: CheckContext, pattern: str, **values: str) -> str:
        templates = self.param("explanations", {}).get(pattern, {})
        template = templates.get(context.language) or templates.get("en") or ""
        return template.format_map(values)
