"""The rules evaluation sets (tuned and held out) are valid, and the scripts that score the engine count right."""

from __future__ import annotations

import copy
import importlib.util
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


dataset = _load("rules_dataset", BENCH / "data" / "rules" / "validate.py")
sys.path.insert(0, str(BENCH))
eval_rules = _load("eval_rules", BENCH / "eval_rules.py")
mutation_bench = _load("mutation_bench", BENCH / "mutation_bench.py")

REFERENCES = dataset.load_references()
REFERENCES_BY_ID = {record["id"]: record for record in REFERENCES}
ARTICLES = dataset.load_articles()
LEXICON = dataset.load_lexicon()


@dataclass(frozen=True)
class DataSet:
    """One evaluation folder and the size it must reach."""

    name: str
    folder: Path
    references: tuple[int, int]
    superseded_pairs: int
    articles_per_language: int
    wrong_per_category: int

    def load(self) -> tuple[list[dict], list[dict]]:
        return dataset.load_references(self.folder), dataset.load_articles(self.folder)


DATA_SETS = (
    DataSet("rules", BENCH / "data" / "rules", (60, 300), 8, 20, 8),
    DataSet("rules_holdout", BENCH / "data" / "rules_holdout", (40, 60), 3, 8, 4),
    DataSet("rules_holdout2", BENCH / "data" / "rules_holdout2", (80, 120), 10, 12, 11),
    DataSet("rules_holdout3", BENCH / "data" / "rules_holdout3", (50, 80), 8, 8, 6),
    DataSet("rules_holdout4", BENCH / "data" / "rules_holdout4", (55, 75), 8, 8, 8),
    DataSet("rules_holdout5", BENCH / "data" / "rules_holdout5", (55, 75), 8, 8, 8),
    DataSet("rules_holdout6", BENCH / "data" / "rules_holdout6", (55, 75), 8, 8, 8),
    DataSet("rules_holdout7", BENCH / "data" / "rules_holdout7", (55, 75), 8, 8, 8),
    DataSet("rules_holdout8", BENCH / "data" / "rules_holdout8", (55, 75), 8, 8, 8),
    DataSet("rules_holdout9", BENCH / "data" / "rules_holdout9", (55, 75), 8, 8, 8),
    DataSet("rules_holdout10", BENCH / "data" / "rules_holdout10", (55, 75), 8, 8, 8),
    DataSet("rules_holdout11", BENCH / "data" / "rules_holdout11", (55, 75), 8, 8, 8),
    DataSet("rules_holdout12", BENCH / "data" / "rules_holdout12", (55, 75), 8, 8, 8),
    DataSet("rules_holdout13", BENCH / "data" / "rules_holdout13", (55, 75), 8, 8, 7),
    DataSet("rules_holdout14", BENCH / "data" / "rules_holdout14", (55, 75), 8, 8, 8),
    DataSet("rules_holdout15", BENCH / "data" / "rules_holdout15", (55, 75), 8, 8, 7),
    DataSet("rules_holdout16", BENCH / "data" / "rules_holdout16", (55, 75), 8, 8, 7),
    DataSet("rules_holdout17", BENCH / "data" / "rules_holdout17", (55, 75), 8, 8, 7),
    DataSet("rules_holdout18", BENCH / "data" / "rules_holdout18", (55, 75), 8, 8, 7),
    DataSet("rules_holdout19", BENCH / "data" / "rules_holdout19", (55, 75), 8, 8, 7),
    DataSet("rules_holdout20", BENCH / "data" / "rules_holdout20", (55, 75), 8, 8, 7),
    DataSet("rules_holdout21", BENCH / "data" / "rules_holdout21", (55, 75), 8, 8, 7),
    DataSet("rules_holdout22", BENCH / "data" / "rules_holdout22", (55, 75), 8, 8, 7),
    DataSet("rules_holdout23", BENCH / "data" / "rules_holdout23", (55, 75), 8, 8, 7),
    DataSet("rules_holdout24", BENCH / "data" / "rules_holdout24", (55, 75), 8, 8, 7),
    DataSet("rules_holdout25", BENCH / "data" / "rules_holdout25", (55, 75), 8, 8, 7),
    DataSet("rules_holdout26", BENCH / "data" / "rules_holdout26", (55, 75), 8, 8, 7),
    DataSet("rules_holdout27", BENCH / "data" / "rules_holdout27", (55, 75), 8, 8, 7),
    DataSet("rules_holdout28", BENCH / "data" / "rules_holdout28", (55, 75), 8, 8, 7),
    DataSet("rules_holdout29", BENCH / "data" / "rules_holdout29", (55, 75), 8, 8, 7),
    DataSet("rules_holdout30", BENCH / "data" / "rules_holdout30", (55, 75), 8, 8, 7),
    DataSet("rules_holdout31", BENCH / "data" / "rules_holdout31", (55, 75), 8, 8, 7),
    DataSet("rules_holdout32", BENCH / "data" / "rules_holdout32", (55, 75), 8, 8, 7),
    DataSet("rules_holdout33", BENCH / "data" / "rules_holdout33", (55, 75), 8, 8, 7),
    DataSet("rules_holdout34", BENCH / "data" / "rules_holdout34", (55, 75), 8, 8, 7),
    DataSet("rules_holdout35", BENCH / "data" / "rules_holdout35", (55, 75), 8, 8, 7),
    DataSet("rules_holdout36", BENCH / "data" / "rules_holdout36", (55, 75), 8, 8, 7),
    DataSet("rules_holdout37", BENCH / "data" / "rules_holdout37", (55, 75), 8, 8, 7),
    DataSet("rules_holdout38", BENCH / "data" / "rules_holdout38", (55, 76), 8, 8, 7),
    DataSet("rules_holdout39", BENCH / "data" / "rules_holdout39", (55, 75), 8, 8, 7),
    DataSet("rules_holdout40", BENCH / "data" / "rules_holdout40", (55, 75), 8, 8, 7),
    DataSet("rules_holdout41", BENCH / "data" / "rules_holdout41", (55, 75), 8, 8, 7),
    DataSet("rules_holdout42", BENCH / "data" / "rules_holdout42", (55, 75), 8, 8, 7),
    DataSet("rules_holdout43", BENCH / "data" / "rules_holdout43", (55, 75), 8, 8, 7),
    DataSet("rules_holdout44", BENCH / "data" / "rules_holdout44", (55, 75), 8, 8, 7),
    DataSet("rules_holdout45", BENCH / "data" / "rules_holdout45", (55, 75), 8, 8, 7),
    DataSet("rules_holdout46", BENCH / "data" / "rules_holdout46", (55, 75), 8, 8, 7),
    DataSet("rules_holdout47", BENCH / "data" / "rules_holdout47", (55, 75), 8, 8, 7),
    DataSet("rules_holdout48", BENCH / "data" / "rules_holdout48", (55, 75), 8, 8, 7),
    DataSet("rules_holdout49", BENCH / "data" / "rules_holdout49", (55, 75), 8, 8, 7),
    DataSet("rules_holdout50", BENCH / "data" / "rules_holdout50", (55, 80), 8, 8, 7),
    DataSet("rules_holdout51", BENCH / "data" / "rules_holdout51", (55, 75), 8, 8, 7),
    DataSet("rules_holdout52", BENCH / "data" / "rules_holdout52", (55, 75), 8, 8, 7),
    DataSet("rules_holdout53", BENCH / "data" / "rules_holdout53", (55, 80), 8, 8, 7),
    DataSet("rules_holdout54", BENCH / "data" / "rules_holdout54", (55, 75), 8, 8, 7),
    DataSet("rules_holdout55", BENCH / "data" / "rules_holdout55", (55, 80), 8, 8, 7),
    DataSet("rules_holdout56", BENCH / "data" / "rules_holdout56", (55, 75), 8, 8, 7),
    DataSet("rules_holdout57", BENCH / "data" / "rules_holdout57", (55, 80), 8, 8, 7),
    DataSet("rules_holdout58", BENCH / "data" / "rules_holdout58", (55, 80), 8, 8, 7),
    DataSet("rules_holdout59", BENCH / "data" / "rules_holdout59", (55, 80), 8, 8, 7),
    DataSet("rules_holdout60", BENCH / "data" / "rules_holdout60", (55, 80), 8, 8, 7),
    DataSet("rules_holdout61", BENCH / "data" / "rules_holdout61", (55, 80), 8, 8, 7),
    DataSet("rules_holdout62", BENCH / "data" / "rules_holdout62", (55, 80), 8, 8, 7),
    DataSet("rules_holdout63", BENCH / "data" / "rules_holdout63", (55, 80), 8, 8, 7),
    DataSet("rules_holdout64", BENCH / "data" / "rules_holdout64", (55, 80), 8, 8, 7),
    DataSet("rules_holdout65", BENCH / "data" / "rules_holdout65", (55, 80), 8, 8, 7),
    DataSet("rules_holdout66", BENCH / "data" / "rules_holdout66", (55, 80), 8, 8, 7),
    DataSet("rules_holdout67", BENCH / "data" / "rules_holdout67", (55, 80), 8, 8, 7),
    DataSet("rules_holdout68", BENCH / "data" / "rules_holdout68", (55, 80), 8, 8, 7),
    DataSet("rules_holdout69", BENCH / "data" / "rules_holdout69", (55, 80), 8, 8, 7),
    DataSet("rules_holdout70", BENCH / "data" / "rules_holdout70", (55, 80), 8, 8, 7),
    DataSet("rules_holdout71", BENCH / "data" / "rules_holdout71", (55, 80), 8, 8, 7),
    DataSet("rules_holdout72", BENCH / "data" / "rules_holdout72", (55, 80), 8, 8, 7),
    DataSet("rules_holdout73", BENCH / "data" / "rules_holdout73", (55, 80), 8, 8, 7),
    DataSet("rules_holdout74", BENCH / "data" / "rules_holdout74", (55, 80), 8, 8, 7),
    DataSet("rules_holdout75", BENCH / "data" / "rules_holdout75", (55, 80), 8, 8, 7),
)
ARTICLES_OF_EVERY_SET = [(data_set, article) for data_set in DATA_SETS for article in data_set.load()[1]]


@pytest.mark.parametrize("data_set", DATA_SETS, ids=lambda data_set: data_set.name)
def test_references_carry_exactly_the_contract_fields_with_valid_kinds_and_qualifiers(data_set):
    references, _ = data_set.load()
    assert dataset.validate_references(references) == []
    low, high = data_set.references
    assert low <= len(references) <= high
    assert {record["kind"] for record in references} == set(dataset.REFERENCE_KINDS)
    assert all(tuple(record) == dataset.REFERENCE_FIELDS for record in references)


@pytest.mark.parametrize("data_set", DATA_SETS, ids=lambda data_set: data_set.name)
def test_the_table_holds_superseded_figures_to_test_outdated(data_set):
    references, _ = data_set.load()
    pairs = Counter((record["subject"], record["measure"]) for record in references)
    assert sum(count > 1 for count in pairs.values()) >= data_set.superseded_pairs


@pytest.mark.parametrize(
    ("data_set", "article"),
    ARTICLES_OF_EVERY_SET,
    ids=[f"{data_set.name}/{article['id']}" for data_set, article in ARTICLES_OF_EVERY_SET],
)
def test_every_label_is_found_at_its_occurrence_and_every_number_is_labelled(data_set, article):
    references, _ = data_set.load()
    by_id = {record["id"]: record for record in references}
    assert dataset.validate_article(article, by_id, LEXICON) == []


@pytest.mark.parametrize("data_set", DATA_SETS, ids=lambda data_set: data_set.name)
def test_the_json_articles_are_what_the_annotated_sources_build(data_set):
    _, articles = data_set.load()
    assert dataset.validate_sources(articles, data_set.folder) == []


@pytest.mark.parametrize("data_set", DATA_SETS, ids=lambda data_set: data_set.name)
def test_the_whole_folder_validates_as_the_validator_script_sees_it(data_set):
    assert dataset.validate_all(data_set.folder) == []


@pytest.mark.parametrize("data_set", DATA_SETS, ids=lambda data_set: data_set.name)
def test_the_set_is_large_enough_in_both_languages_and_every_category(data_set):
    _, articles = data_set.load()
    languages = Counter(article["language"] for article in articles)
    assert languages["en"] >= data_set.articles_per_language and languages["fr"] >= data_set.articles_per_language
    wrong = [
        (article["language"], label["category"])
        for article in articles
        for label in article["labels"]
        if label["label"] == "wrong"
    ]
    for category in dataset.CATEGORIES:
        assert sum(cat == category for _, cat in wrong) >= data_set.wrong_per_category, category
        assert {lang for lang, cat in wrong if cat == category} == {"en", "fr"}, category
    assert any(all(label["label"] != "wrong" for label in article["labels"]) for article in articles)


@pytest.mark.parametrize("held_out", DATA_SETS[1:], ids=lambda data_set: data_set.name)
def test_a_held_out_set_shares_no_reference_subject_or_article_text_with_the_tuned_set(held_out):
    (tuned_references, tuned_articles), (held_references, held_articles) = DATA_SETS[0].load(), held_out.load()
    assert not {record["id"] for record in tuned_references} & {record["id"] for record in held_references}
    assert not {record["subject"] for record in tuned_references} & {record["subject"] for record in held_references}
    assert not {article["text"] for article in tuned_articles} & {article["text"] for article in held_articles}


def test_a_folder_too_small_for_its_bar_is_rejected(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "source").mkdir()
    (tmp_path / "references.json").write_text("[]", encoding="utf-8")
    assert any("fewer than" in problem for problem in dataset.validate_all(tmp_path))


def _article(text: str, labels: list[dict], language: str = "en") -> dict:
    return {
        "id": f"{language}-99",
        "language": language,
        "published_at": "2024-03-01",
        "title": "t",
        "text": text,
        "labels": labels,
    }


def _label(text: str, label: str = "unverifiable", category=None, reference=None, occurrence: int = 1) -> dict:
    return {"text": text, "occurrence": occurrence, "label": label, "category": category, "reference": reference}


FILLER = " The minister spoke to reporters outside the building after the meeting." * 20


def test_the_validator_rejects_a_label_missing_from_the_text_and_an_unlabelled_number():
    article = _article("Officials counted 21 of the 50 missiles." + FILLER, [_label("21"), _label("51")])
    problems = dataset.validate_article(article, REFERENCES_BY_ID, LEXICON)
    assert any("'51'" in problem and "not found" in problem for problem in problems)
    assert any("digit" in problem for problem in problems)


def test_the_validator_rejects_a_wrong_label_without_a_valid_category_and_a_spelled_number_left_out():
    article = _article(
        "Six officials resigned and five others stayed." + FILLER, [_label("Six"), _label("five", "wrong", "typo")]
    )
    problems = dataset.validate_article(article, REFERENCES_BY_ID, LEXICON)
    assert any("category" in problem for problem in problems)
    french = _article("Trois ministres ont démissionné mardi." + FILLER, [_label("Trois")], language="fr")
    assert any("mardi" in problem for problem in dataset.validate_article(french, REFERENCES_BY_ID, LEXICON))


def test_the_validator_rejects_a_reference_off_the_contract():
    record = copy.deepcopy(REFERENCES[0])
    record["kind"] = "length"
    record["extra"] = 1
    assert dataset.validate_references([record]) != []


def test_occurrences_count_every_offset_where_the_span_starts():
    text = "Between 150 and 50 people: 50 were hurt."
    assert dataset.locate(text, "50", 1) == (9, 11)
    assert dataset.locate(text, "50", 3) == (27, 29)
    assert dataset.locate(text, "50", 4) is None


def _oracle(articles: list[dict], flag_everything: bool = False):
    """A fake check that finds exactly the labelled wrong figures (or flags every label)."""
    by_text = {article["text"]: article for article in articles}

    class Report:
        def __init__(self, findings):
            self.findings = findings

        def to_dict(self):
            return {"claims": [], "findings": self.findings}

    def check(text, *, language, published_at, references, title=None):
        findings = []
        for start, end, label in dataset.label_spans(by_text[text]):
            if label["label"] == "wrong" or flag_everything:
                findings.append(
                    {
                        "id": f"f{start}",
                        "rule": "oracle",
                        "category": label["category"] or "value_mismatch",
                        "severity": "error",
                        "start": start,
                        "end": end,
                        "message": "m",
                        "claim_id": "c",
                        "related_claim_ids": [],
                        "expected": None,
                        "reference": REFERENCES_BY_ID.get(label["reference"]),
                    }
                )
        return Report(findings)

    return check


def test_an_engine_finding_exactly_the_wrong_figures_scores_full_recall_and_no_false_alarm():
    articles = ARTICLES[:6]
    result, rows, stray, _ = eval_rules.evaluate(_oracle(articles), articles, REFERENCES)
    assert result["recall"]["all"]["all"]["recall"] == 1.0
    assert result["false_alarms"]["correct"]["all"]["alarmed"] == 0
    assert result["caught_citing_expected_reference"]["rate"] == 1.0
    assert stray == []


def test_an_engine_flagging_every_figure_has_a_false_alarm_on_every_correct_label():
    articles = ARTICLES[:3]
    result, *_ = eval_rules.evaluate(_oracle(articles, flag_everything=True), articles, REFERENCES)
    correct = result["false_alarms"]["correct"]["all"]
    assert correct["labels"] > 0 and correct["alarmed"] == correct["labels"]


@pytest.mark.parametrize(
    ("span", "kind", "language", "expected"),
    [
        ("1\u202f240", "+20%", "fr", ["1\u202f488"]),
        ("2,1 milliards d'euros", "x1000", "fr", ["2,1 billions d'euros"]),
        ("18,3 km", "unit", "fr", ["18,3 miles"]),
        ("plus d'un million", "hedge", "fr", ["moins d'un million"]),
        ("$4.8 billion", "-20%", "en", ["$3.8 billion"]),
        ("44.1C", "unit", "en", ["44.1F"]),
        ("about 140,000", "x10", "en", ["about 1,400,000"]),
        ("61.4%", "x1000", "en", []),
    ],
)
def test_mutations_rewrite_figures_in_the_articles_own_number_format(span, kind, language, expected):
    mutations = LEXICON[language]["mutations"]
    assert mutation_bench.mutate_span(span, kind, language, False, mutations) == expected


def test_year_mutations_apply_to_dates_only():
    mutations = LEXICON["fr"]["mutations"]
    assert mutation_bench.mutate_span("24 février 2022", "year±1", "fr", True, mutations) == [
        "24 février 2023",
        "24 février 2021",
    ]
    assert mutation_bench.mutate_span("2022", "year±1", "fr", False, mutations) == []
