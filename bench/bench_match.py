"""Matching + rules cost per article as the reference table grows (1,000 to 1,000,000 references).

    .venv/bin/python bench/bench_match.py                   # 1k, 10k, 100k
    .venv/bin/python bench/bench_match.py --sizes 1000 1000000

The reference table is synthetic but shaped like a newsroom's: thousands of
subjects (names), a few hundred measures, aliases in English and French, a
realistic share of figures for the subjects the articles talk about (the demo
references are always in). Parsing is timed apart: this measures what comes
after it (matching and rules), which must stay nearly flat as the table grows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import resource
import statistics
import time
from pathlib import Path

from checker import default_rules
from checker.demo import demo_article, demo_references
from checker.document import make_document
from checker.match import match_claims
from checker.parse import parse
from checker.references.index import ReferenceIndex

ARTICLES = Path(__file__).parent / "data" / "articles"
MEASURES = [
    "population", "budget", "annual revenue", "net profit", "unemployment rate", "inflation rate", "death toll",
    "number of refugees", "troops deployed", "tanks delivered", "drones launched", "missiles fired",
    "artillery shells delivered", "length of the railway", "area burned", "rainfall", "peak temperature",
    "turnout", "votes cast", "seats won", "debt", "exports", "imports", "oil output", "gas reserves",
    "wind capacity", "solar capacity", "hospital beds", "vaccinations", "cases recorded", "arrests",
    "jobs created", "jobs cut", "housing starts", "passengers carried", "flights cancelled", "teachers hired",
    "schools closed", "fine imposed", "damages awarded", "market value", "share price", "GDP growth",
]
ALIASES_FR = ["population", "budget", "chiffre d'affaires", "bénéfice net", "taux de chômage", "inflation",
              "bilan", "réfugiés", "soldats", "chars", "drones", "missiles", "obus", "voie ferrée", "pluie"]
KINDS = {"budget": ("money", "EUR"), "annual revenue": ("money", "USD"), "net profit": ("money", "USD"),
         "unemployment rate": ("percent", "%"), "inflation rate": ("percent", "%"), "turnout": ("percent", "%"),
         "length of the railway": ("quantity", "km"), "area burned": ("quantity", "ha"),
         "peak temperature": ("quantity", "°C"), "rainfall": ("quantity", "mm")}
SYLLABLES = ["ka", "lo", "mi", "ra", "to", "ven", "dor", "sal", "ber", "qui", "nas", "tel", "ur", "os", "pha",
             "gri", "zan", "mol", "ced", "fi", "har", "jun", "wex", "yl"]


def synthetic_references(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    names = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()
                    for _ in range(max(50, count // 20))})
    records = list(demo_references())
    for number in range(count - len(records)):
        measure = rng.choice(MEASURES)
        kind, unit = KINDS.get(measure, ("count", None))
        records.append({
            "id": f"syn-{number}",
            "subject": f"{rng.choice(names)} {rng.choice(['Province', 'Group', 'City', 'Republic', 'Holdings'])}",
            "measure": measure,
            "aliases": rng.sample(ALIASES_FR, 2),
            "kind": kind,
            "value": round(rng.uniform(1, 10_000) * 10 ** rng.randint(0, 5), 1),
            "qualifier": rng.choice(["exact", "approx", "more_than"]),
            "unit": unit,
            "as_of": (dt.date(2015, 1, 1) + dt.timedelta(days=rng.randint(0, 3500))).isoformat(),
            "source": "Synthetic Wire",
        })
    return records


def articles() -> list[tuple[str, str]]:
    found = [(path.read_text(encoding="utf-8"), path.name[:2]) for path in sorted(ARTICLES.glob("*.txt"))]
    return found or [(demo_article(lang)["text"] * 6, lang) for lang in ("en", "fr")]


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(size: int, repeats: int) -> dict:
    records = synthetic_references(size)
    started = time.perf_counter()
    index = ReferenceIndex.from_records(records)
    build_s = time.perf_counter() - started
    gc.freeze()  # as the service does once its index is built (checker/references/cache.py)
    rules = default_rules()
    documents = []
    for text, language in articles():
        document = make_document(text, language, dt.date(2024, 3, 1))
        documents.append((document, tuple(parse(document))))
    timings = []
    for _ in range(repeats):
        for document, claims in documents:
            started = time.perf_counter()
            matches = match_claims(document, claims, index)
            rules.run(rules.context(document=document, claims=claims, matches=matches, index=index))
            timings.append((time.perf_counter() - started) * 1000)
    return {"references": len(index), "build_s": build_s, "median_ms": statistics.median(timings),
            "p95_ms": sorted(timings)[int(len(timings) * 0.95) - 1], "rss_mb": max_rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    print("| references | index build (s) | match+rules median (ms/article) | p95 (ms) | max RSS (MB) |")
    print("|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        result = run(size, args.repeats)
        print(f"| {result['references']:,} | {result['build_s']:.1f} | {result['median_ms']:.2f} | "
              f"{result['p95_ms']:.2f} | {result['rss_mb']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
