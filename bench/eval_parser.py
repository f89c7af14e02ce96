"""Parser quality on the annotated corpus: our extractor and the naive quantulum3 + dateparser pipeline, side by side.

    .venv/bin/python bench/eval_parser.py                  # both languages, markdown tables
    .venv/bin/python bench/eval_parser.py --lang fr --errors 20
    .venv/bin/python bench/eval_parser.py --json bench/results/parser.json

Corpus: ``bench/data/parser/{en,fr}.jsonl`` (see PROVENANCE.md there). Metrics, per
language and per kind, for each system:

- span P/R/F1: a predicted claim (kinds count, quantity, money, percent, ratio,
  date) is right when its span equals a gold claim's span exactly. Predicted
  not-claims are not claim predictions; a claim predicted on a gold not-claim
  (a phone number read as a count) is a false positive. Per kind, the kind must
  match too. Lenient F1 matches spans one-to-one by overlap instead.
- on matched claims (the lenient one-to-one pairs, so that a figure found
  without its hedge counts against the hedge, not only against the span):
  kind accuracy; value accuracy (relative tolerance 1e-6, 1e-3 for ratios);
  unit accuracy (quantity, money, percent); hedge (qualifier) accuracy and
  change accuracy (non-date claims); date accuracy (date_start and date_end
  both right); counted accuracy (counts; case- and accent-folded equality or
  the same head noun). Per kind, by the gold kind.
- value F1 and value+unit F1: lenient span matches that also carry the right
  value (the right dates for a date), and the right unit: the figures the
  published quantity-extraction benchmarks report.
- not-claims: the share of gold not-claims (times, phones, addresses,
  identifiers, labels, ordinals) that a predicted claim overlaps ("leaked"),
  and the share a predicted not-claim of the same kind overlaps ("recognised").

The naive pipeline is what a newcomer would write: ``quantulum3.parser.parse``
on the whole text plus ``dateparser.search.search_dates`` (with the article
date as the relative base), quantulum3 units mapped to our symbols and ISO
codes, bare numbers that fall inside a found date dropped. It has no hedges,
no ``counted`` and no not-claims. The script always exits 0 (it is a report),
except on usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import time
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.claims import CLAIM_KINDS, NOT_CLAIM_KINDS  # noqa: E402

CORPUS = ROOT / "bench" / "data" / "parser"
LANGUAGES = ("en", "fr")
SYSTEMS = ("ours", "naive")
VALUE_TOLERANCE = 1e-6
RATIO_TOLERANCE = 1e-3
UNIT_KINDS = ("quantity", "money", "percent")

# quantulum3 unit names -> our unit symbols (docs/claims.md). The arc minute and
# second are quantulum3's reading of "90 minutes" and "30 seconds".
QUANTULUM_UNITS = {
    "kilometre": "km",
    "metre": "m",
    "centimetre": "cm",
    "millimetre": "mm",
    "mile": "mi",
    "foot": "ft",
    "inch": "in",
    "square kilometre": "km²",
    "hectare": "ha",
    "kilogram": "kg",
    "gram": "g",
    "tonne": "t",
    "pound-mass": "lb",
    "litre": "L",
    "barrel": "bbl",
    "degree Celsius": "°C",
    "degree fahrenheit": "°F",
    "kilometre per hour": "km/h",
    "mile per hour": "mph",
    "metre per second": "m/s",
    "knot": "kn",
    "watt": "W",
    "kilowatt": "kW",
    "megawatt": "MW",
    "gigawatt": "GW",
    "kilowatt hour": "kWh",
    "megawatt hour": "MWh",
    "gigawatt hour": "GWh",
    "terawatt hour": "TWh",
    "second": "s",
    "minute": "min",
    "hour": "h",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "barrel per day": "bpd",
    "second of arc": "s",
    "minute of arc": "min",
}
PERCENT_UNITS = {"percentage": "%", "per mille": "‰", "percentage point": "pp"}
# Currency names quantulum3 glues to a wrong unit ("euro metre" for "€300m").
CURRENCY_NAMES = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "south korean won": "KRW",
    "russian ruble": "RUB",
    "ukrainian hryvnia": "UAH",
    "swiss franc": "CHF",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "indian rupee": "INR",
}
# Words before the head noun of a French counted phrase: determiners and pre-nominal adjectives.
FRENCH_BEFORE_HEAD = frozenset(
    "le la les l un une des de d du ses leurs premier premiers premiere premieres dernier derniers derniere "
    "dernieres nouveau nouveaux nouvelle nouvelles autre autres seul seuls seule seules grand grands grande "
    "grandes petit petits petite petites jeunes principaux principales".split()
)


# --------------------------------------------------------------------------- systems


def load_corpus(language: str) -> list[dict]:
    path = CORPUS / f"{language}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def our_extractor(probe: bool = True) -> tuple[Callable[[str, str, str], list[dict]] | None, str]:
    """``checker.extract`` as a predictor, or None and the reason it cannot run.

    ``probe`` runs it once on a short sentence first (which also warms it up).
    """
    try:
        from checker import extract

        if probe:
            extract("It rose 5% on Friday.", language="en", published_at="2024-03-15")
    except (ImportError, AttributeError) as error:
        return None, f"checker.extract is not available ({type(error).__name__}: {error})"
    except Exception as error:  # present but broken: still report the naive pipeline
        return None, f"checker.extract fails on a probe sentence ({type(error).__name__}: {error})"

    def predict(text: str, language: str, published_at: str) -> list[dict]:
        return [claim.to_dict() for claim in extract(text, language=language, published_at=published_at)]

    return predict, ""


def _currency(unit) -> str | None:
    code = getattr(unit, "currency_code", None)
    if code:
        return code
    name = unit.name.lower()
    for currency_name in sorted(CURRENCY_NAMES, key=len, reverse=True):
        if name == currency_name or name.startswith(currency_name + " "):
            return CURRENCY_NAMES[currency_name]
    return None


def _quantulum_claim(quantity, text: str) -> dict:
    start, end = quantity.span
    if text[start:end] != quantity.surface:
        found = text.find(quantity.surface)
        if found >= 0:
            start, end = found, found + len(quantity.surface)
    unit = quantity.unit
    currency = _currency(unit)
    if currency:
        kind, symbol = "money", currency
    elif unit.name in PERCENT_UNITS:
        kind, symbol = "percent", PERCENT_UNITS[unit.name]
    elif unit.name == "dimensionless":
        kind, symbol = "count", None
    else:
        kind, symbol = "quantity", QUANTULUM_UNITS.get(unit.name, unit.name)
    value, qualifier = quantity.value, "exact"
    if quantity.uncertainty:
        value, qualifier = quantity.value - quantity.uncertainty, "range"
    return {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": kind,
        "value": value,
        "qualifier": qualifier,
        "unit": symbol,
    }


def naive_extract(text: str, language: str, published_at: str) -> list[dict]:
    """The newcomer's pipeline: quantulum3 on the whole text plus dateparser's search_dates."""
    from dateparser.search import search_dates

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser as quantulum

        quantities = quantulum.parse(text)
        base = dt.datetime.fromisoformat(published_at)
        found = search_dates(text, languages=[language], settings={"RELATIVE_BASE": base}) or []
    dates, cursor = [], 0
    for surface, moment in found:
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        cursor = start + len(surface)
        day = moment.date().isoformat()
        dates.append(
            {
                "start": start,
                "end": cursor,
                "text": surface,
                "kind": "date",
                "qualifier": "exact",
                "date_start": day,
                "date_end": day,
            }
        )
    claims = list(dates)
    for quantity in quantities:
        claim = _quantulum_claim(quantity, text)
        inside_date = any(d["start"] <= claim["start"] and claim["end"] <= d["end"] for d in dates)
        if not (claim["kind"] == "count" and inside_date):
            claims.append(claim)
    return sorted(claims, key=lambda claim: claim["start"])


# --------------------------------------------------------------------------- comparison


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).lower()
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).split())


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def head_noun(phrase: str, language: str) -> str:
    """The head noun of a counted phrase: last word before "of" in English, first content word in French."""
    words = _fold(phrase).replace("'", "' ").split()
    if not words:
        return ""
    if language == "fr":
        content = [w for w in words if w.rstrip("'") not in FRENCH_BEFORE_HEAD]
        return _singular(content[0] if content else words[0])
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return _singular(words[-1])


def _conjuncts(phrase: str) -> list[str]:
    """``individuals and companies`` -> both nouns: a coordinated phrase has one head per conjunct."""
    words = phrase.split()
    parts, current = [], []
    for word in words:
        if word.lower() in ("and", "or", "et", "ou") and current:
            parts.append(" ".join(current))
            current = []
        else:
            current.append(word)
    return parts + [" ".join(current)] if current else parts


def counted_matches(gold: str | None, predicted: str | None, language: str) -> bool:
    if not gold:
        return not predicted
    if not predicted:
        return False
    if _fold(gold) == _fold(predicted):
        return True
    heads = {head_noun(part, language) for part in _conjuncts(gold)}
    return bool(heads & {head_noun(part, language) for part in _conjuncts(predicted)})


def value_matches(gold: dict, predicted: dict) -> bool:
    expected, got = gold["value"], predicted.get("value")
    if got is None or not isinstance(got, int | float) or math.isnan(got):
        return False
    tolerance = RATIO_TOLERANCE if gold["kind"] == "ratio" else VALUE_TOLERANCE
    return abs(got - expected) <= tolerance * max(abs(expected), 1e-9)


def dates_match(gold: dict, predicted: dict) -> bool:
    return gold["date_start"] == predicted.get("date_start") and gold["date_end"] == predicted.get("date_end")


def figure_matches(gold: dict, predicted: dict) -> bool:
    """The value (dates for a date) is right: the test of the value F1."""
    if gold["kind"] == "date":
        return dates_match(gold, predicted)
    return value_matches(gold, predicted)


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_exact(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    by_span: dict[tuple[int, int], dict] = {}
    for claim in predicted:
        by_span.setdefault((claim["start"], claim["end"]), claim)
    return [(g, by_span[(g["start"], g["end"])]) for g in gold if (g["start"], g["end"]) in by_span]


def match_lenient(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one pairs of overlapping spans, largest overlaps first."""
    candidates = sorted(
        (
            (overlap(g, p), -abs(g["start"] - p["start"]), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
            if overlap(g, p)
        ),
        reverse=True,
    )
    used_gold, used_pred, pairs = set(), set(), []
    for _, _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


class Tally:
    """Counts of one system on one language, overall and per kind."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.by_kind: dict[str, Counter] = defaultdict(Counter)
        self.not_claims: dict[str, Counter] = defaultdict(Counter)
        self.errors: list[str] = []
        self.exceptions = 0
        self.seconds = 0.0

    def add(self, key: str, kind: str, hit: bool) -> None:
        for counter in (self.counts, self.by_kind[kind]):
            counter[key + "_n"] += 1
            counter[key + "_ok"] += int(hit)

    def note(self, line: dict, message: str) -> None:
        self.errors.append(f"{line['id']} {message}\n    {line['text']}")

    def score(self, line: dict, predicted: list[dict]) -> None:
        gold = [c for c in line["claims"] if c["kind"] in CLAIM_KINDS]
        gold_not = [c for c in line["claims"] if c["kind"] in NOT_CLAIM_KINDS]
        claims = [c for c in predicted if c.get("kind") in CLAIM_KINDS]
        not_claims = [c for c in predicted if c.get("kind") in NOT_CLAIM_KINDS]
        language = line["language"]
        self.counts["gold"] += len(gold)
        self.counts["pred"] += len(claims)
        for claim in gold:
            self.by_kind[claim["kind"]]["gold"] += 1
        for claim in claims:
            self.by_kind[claim["kind"]]["pred"] += 1
        exact = match_exact(gold, claims)
        self.counts["tp"] += len(exact)
        for g, p in exact:
            self.by_kind[g["kind"]]["tp"] += int(p["kind"] == g["kind"])
        lenient = match_lenient(gold, claims)
        self.counts["tp_lenient"] += len(lenient)
        self._note_span_errors(line, gold, claims, exact, lenient)
        for g, p in lenient:
            self._score_pair(line, g, p, language)
            right_figure = figure_matches(g, p)
            self.counts["tp_value"] += int(right_figure)
            self.counts["tp_value_unit"] += int(right_figure and p.get("unit") == g["unit"])
        for g in gold_not:
            tally = self.not_claims[g["kind"]]
            tally["gold"] += 1
            leaked = any(overlap(g, p) for p in claims)
            tally["leaked"] += int(leaked)
            tally["recognised"] += int(any(overlap(g, q) and q.get("kind") == g["kind"] for q in not_claims))
            if leaked:
                self.note(line, f"LEAKED {g['kind']} «{g['text']}» read as a claim")

    def _note_span_errors(self, line: dict, gold: list[dict], claims: list[dict], exact: list, lenient: list):
        exact_ids = {id(g) for g, _ in exact} | {id(p) for _, p in exact}
        partner = {id(g): p for g, p in lenient} | {id(p): g for g, p in lenient}
        for g in gold:
            if id(g) in exact_ids:
                continue
            if id(g) in partner:
                self.note(line, f"SPAN «{g['text']}» ({g['kind']}): got «{partner[id(g)].get('text', '')}»")
            else:
                self.note(line, f"MISSED {g['kind']} «{g['text']}»")
        for p in claims:
            if id(p) not in exact_ids and id(p) not in partner:
                self.note(line, f"SPURIOUS {p['kind']} «{p.get('text', '')}»")

    def _score_pair(self, line: dict, gold: dict, predicted: dict, language: str) -> None:
        kind = gold["kind"]
        self.add("kind", kind, predicted.get("kind") == kind)
        if predicted.get("kind") != kind:
            self.note(line, f"KIND «{gold['text']}»: gold {kind}, got {predicted.get('kind')}")
        checks = []
        if kind == "date":
            checks.append(
                (
                    "date",
                    dates_match(gold, predicted),
                    (gold["date_start"], gold["date_end"]),
                    (predicted.get("date_start"), predicted.get("date_end")),
                )
            )
        else:
            checks.append(("value", value_matches(gold, predicted), gold["value"], predicted.get("value")))
            checks.append(
                (
                    "qualifier",
                    predicted.get("qualifier") == gold["qualifier"],
                    gold["qualifier"],
                    predicted.get("qualifier"),
                )
            )
            checks.append(
                ("change", predicted.get("change") == gold["change"], gold["change"], predicted.get("change"))
            )
        if kind in UNIT_KINDS:
            checks.append(("unit", predicted.get("unit") == gold["unit"], gold["unit"], predicted.get("unit")))
        if kind == "count":
            checks.append(
                (
                    "counted",
                    counted_matches(gold["counted"], predicted.get("counted"), language),
                    gold["counted"],
                    predicted.get("counted"),
                )
            )
        for name, hit, expected, got in checks:
            self.add(name, kind, hit)
            if not hit:
                self.note(line, f"{name.upper()} «{gold['text']}»: gold {expected!r}, got {got!r}")


def evaluate(lines: Iterable[dict], predict: Callable[[str, str, str], list[dict]]) -> Tally:
    tally = Tally()
    started = time.perf_counter()
    for line in lines:
        try:
            predicted = predict(line["text"], line["language"], line["published_at"])
        except Exception as error:  # a crash on one sentence is a finding, not the end of the report
            tally.exceptions += 1
            tally.note(line, f"EXCEPTION {type(error).__name__}: {error}")
            predicted = []
        tally.score(line, predicted)
    tally.seconds = time.perf_counter() - started
    return tally


# --------------------------------------------------------------------------- metrics and report


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


def _f1(precision: float | None, recall: float | None) -> float | None:
    """F1; 0 when there is gold but nothing was predicted, None when there is no gold."""
    if recall is None:
        return None
    if precision is None or precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def _accuracies(counter: Counter) -> dict:
    names = ("kind", "value", "unit", "qualifier", "date", "counted", "change")
    return {name: _ratio(counter[name + "_ok"], counter[name + "_n"]) for name in names}


def metrics(tally: Tally) -> dict:
    c = tally.counts
    precision, recall = _ratio(c["tp"], c["pred"]), _ratio(c["tp"], c["gold"])
    overall = {
        "gold": c["gold"],
        "predicted": c["pred"],
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "f1_lenient": _f1(_ratio(c["tp_lenient"], c["pred"]), _ratio(c["tp_lenient"], c["gold"])),
        "value_f1": _f1(_ratio(c["tp_value"], c["pred"]), _ratio(c["tp_value"], c["gold"])),
        "value_unit_f1": _f1(_ratio(c["tp_value_unit"], c["pred"]), _ratio(c["tp_value_unit"], c["gold"])),
        **_accuracies(c),
        "support": {name: c[name + "_n"] for name in ("value", "unit", "qualifier", "date", "counted")},
    }
    kinds = {}
    for kind in CLAIM_KINDS:
        k = tally.by_kind[kind]
        p, r = _ratio(k["tp"], k["pred"]), _ratio(k["tp"], k["gold"])
        kinds[kind] = {
            "gold": k["gold"],
            "predicted": k["pred"],
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            **_accuracies(k),
        }
    not_claims = {
        kind: {
            "gold": t["gold"],
            "leaked": _ratio(t["leaked"], t["gold"]),
            "recognised": _ratio(t["recognised"], t["gold"]),
        }
        for kind, t in sorted(tally.not_claims.items())
    }
    total = Counter()
    for t in tally.not_claims.values():
        total.update(t)
    not_claims["all"] = {
        "gold": total["gold"],
        "leaked": _ratio(total["leaked"], total["gold"]),
        "recognised": _ratio(total["recognised"], total["gold"]),
    }
    return {
        "overall": overall,
        "kinds": kinds,
        "not_claims": not_claims,
        "exceptions": tally.exceptions,
        "seconds": round(tally.seconds, 2),
    }


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _pair(results: dict, path: tuple[str, ...]) -> str:
    cells = []
    for system in SYSTEMS:
        value = results.get(system)
        for key in path:
            value = None if value is None else value.get(key)
        cells.append(_cell(value) if system in results else "n/a")
    return " / ".join(cells)


def report(language: str, sentences: int, results: dict) -> str:
    """Markdown tables for one language; ``results`` maps system -> metrics."""
    first = next(iter(results.values()))
    not_claims = first["not_claims"]["all"]["gold"]
    lines = [
        f"## {language}: {sentences} sentences, {first['overall']['gold']} gold claims, {not_claims} gold not-claims",
        "",
        "| metric | ours | naive |",
        "|---|---|---|",
    ]
    rows = [
        ("span precision (exact)", "precision"),
        ("span recall (exact)", "recall"),
        ("span F1 (exact)", "f1"),
        ("span F1 (lenient)", "f1_lenient"),
        ("kind accuracy", "kind"),
        ("value accuracy", "value"),
        ("unit accuracy", "unit"),
        ("hedge accuracy", "qualifier"),
        ("date accuracy", "date"),
        ("counted accuracy", "counted"),
        ("change accuracy", "change"),
        ("value F1 (lenient)", "value_f1"),
        ("value+unit F1 (lenient)", "value_unit_f1"),
    ]
    for label, key in rows:
        lines.append(
            f"| {label} | "
            + " | ".join(_cell(results[s]["overall"][key]) if s in results else "n/a" for s in SYSTEMS)
            + " |"
        )
    for label, key in (("not-claims leaked as claims", "leaked"), ("not-claims recognised", "recognised")):
        lines.append(
            f"| {label} | "
            + " | ".join(_cell(results[s]["not_claims"]["all"][key]) if s in results else "n/a" for s in SYSTEMS)
            + " |"
        )
    lines.append(
        "| seconds for the corpus | "
        + " | ".join(str(results[s]["seconds"]) if s in results else "n/a" for s in SYSTEMS)
        + " |"
    )
    lines += [
        "",
        f"### {language} per kind (ours / naive)",
        "",
        "| kind | gold | F1 | precision | recall | value | unit | hedge | date | counted |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for kind in CLAIM_KINDS:
        cells = [
            _pair({s: r["kinds"] for s, r in results.items()}, (kind, key))
            for key in ("f1", "precision", "recall", "value", "unit", "qualifier", "date", "counted")
        ]
        lines.append(f"| {kind} | {first['kinds'][kind]['gold']} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"### {language} not-claims (ours / naive)",
        "",
        "| kind | gold | leaked | recognised |",
        "|---|---|---|---|",
    ]
    for kind, values in first["not_claims"].items():
        cells = [
            _pair({s: r["not_claims"] for s, r in results.items()}, (kind, key)) for key in ("leaked", "recognised")
        ]
        lines.append(f"| {kind} | {values['gold']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, help="one language (default: both)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the full metrics as JSON")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print the first N mismatches per language and system"
    )
    parser.add_argument("--naive-only", action="store_true", help="skip our extractor")
    args = parser.parse_args(argv)

    predictors: dict[str, Callable] = {}
    if not args.naive_only:
        ours, reason = our_extractor()
        if ours is None:
            print(f"NOTE: {reason}; reporting the naive pipeline only.\n", file=sys.stderr)
        else:
            predictors["ours"] = ours
    predictors["naive"] = naive_extract

    everything = {}
    for language in [args.lang] if args.lang else LANGUAGES:
        lines = load_corpus(language)
        tallies = {name: evaluate(lines, predict) for name, predict in predictors.items()}
        results = {name: metrics(tally) for name, tally in tallies.items()}
        everything[language] = results
        print(report(language, len(lines), results) + "\n")
        for name, tally in tallies.items():
            if tally.exceptions:
                print(f"WARNING: {name} raised on {tally.exceptions} {language} sentences\n", file=sys.stderr)
            if args.errors:
                print(f"### first {args.errors} mismatches, {language}, {name}\n")
                print("\n".join(tally.errors[: args.errors]) + "\n")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(everything, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
