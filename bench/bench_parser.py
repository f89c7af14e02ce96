"""Parser speed: ms per ~750-word article for checker.extract and for the naive quantulum3 + dateparser pipeline.

    .venv/bin/python bench/bench_parser.py               # 50 runs of ours, 5 of the naive pipeline
    .venv/bin/python bench/bench_parser.py --runs 200 --naive-runs 10

Articles: ``bench/data/articles/*.txt`` with their language and publication
date in ``articles.json``. Each system's first call in the process (lazy
imports, lexicons, language data) is timed apart as the warm-up; then every article is extracted ``--runs`` times
(ours) or ``--naive-runs`` times (naive) and the median and mean wall-clock
times per article are reported, with the ratio naive / ours. Run it on a quiet
machine: the figures are single-process wall-clock times.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from eval_parser import naive_extract, our_extractor

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def load_articles() -> list[dict]:
    index = json.loads((ARTICLES / "articles.json").read_text(encoding="utf-8"))
    return [
        {"name": name, "text": (ARTICLES / name).read_text(encoding="utf-8"), **meta}
        for name, meta in sorted(index.items())
    ]


def time_calls(predict: Callable[[str, str, str], list[dict]], article: dict, runs: int) -> list[float]:
    """Milliseconds of ``runs`` extractions of one article."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        predict(article["text"], article["language"], article["published_at"])
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def warm_up(predict: Callable[[str, str, str], list[dict]], articles: list[dict]) -> float:
    """Milliseconds of the very first call (first article), then one call per language to load the rest."""
    started = time.perf_counter()
    predict(articles[0]["text"], articles[0]["language"], articles[0]["published_at"])
    first = (time.perf_counter() - started) * 1000
    for language in {article["language"] for article in articles}:
        article = next(a for a in articles if a["language"] == language)
        predict(article["text"], article["language"], article["published_at"])
    return first


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50, help="extractions per article for ours (default 50)")
    parser.add_argument(
        "--naive-runs",
        type=int,
        help="extractions per article for the naive pipeline (default: a tenth of --runs, at least 3)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or (args.naive_runs is not None and args.naive_runs < 1):
        parser.error("runs must be at least 1")
    naive_runs = args.naive_runs or max(3, args.runs // 10)

    articles = load_articles()
    systems: dict[str, tuple[Callable, int]] = {}
    first_call: dict[str, float] = {}
    ours, reason = our_extractor(probe=False)
    if ours is not None:
        try:
            first_call["ours"] = warm_up(ours, articles)
            systems["ours"] = (ours, args.runs)
        except Exception as error:  # present but broken: still time the naive pipeline
            ours, reason = None, f"checker.extract fails ({type(error).__name__}: {error})"
    if ours is None:
        print(f"NOTE: {reason}; timing the naive pipeline only.\n", file=sys.stderr)
    systems["naive"] = (naive_extract, naive_runs)
    first_call["naive"] = warm_up(naive_extract, articles)
    timings = {
        name: {a["name"]: time_calls(predict, a, runs) for a in articles} for name, (predict, runs) in systems.items()
    }
    found = {a["name"]: len(ours(a["text"], a["language"], a["published_at"])) if ours else None for a in articles}

    print(f"## Parser speed: {len(articles)} articles, {args.runs} runs (ours), {naive_runs} runs (naive)\n")
    print(
        "| article | words | mentions found (ours) | ours median ms | ours mean ms "
        "| naive median ms | naive mean ms | naive / ours |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for article in articles:
        name = article["name"]
        ours_median = statistics.median(timings["ours"][name]) if "ours" in timings else None
        naive_median = statistics.median(timings["naive"][name])
        ratio = f"{naive_median / ours_median:.1f}x" if ours_median else "n/a"
        print(
            f"| {name} | {len(article['text'].split())} | {found[name] if ours else 'n/a'} "
            f"| {_ms(ours_median)} "
            f"| {_ms(statistics.fmean(timings['ours'][name]) if 'ours' in timings else None)} "
            f"| {_ms(naive_median)} | {_ms(statistics.fmean(timings['naive'][name]))} | {ratio} |"
        )
    summary = {
        name: statistics.median([t for runs in per_article.values() for t in runs])
        for name, per_article in timings.items()
    }
    means = {
        name: statistics.fmean([t for runs in per_article.values() for t in runs])
        for name, per_article in timings.items()
    }
    ratio = f"{summary['naive'] / summary['ours']:.1f}x" if "ours" in summary else "n/a"
    print(
        f"| **all** | | | **{_ms(summary.get('ours'))}** | {_ms(means.get('ours'))} "
        f"| **{_ms(summary['naive'])}** | {_ms(means['naive'])} | **{ratio}** |\n"
    )
    print(
        "First call (warm-up, not included above): "
        + ", ".join(f"{name} {_ms(ms)} ms" for name, ms in first_call.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
