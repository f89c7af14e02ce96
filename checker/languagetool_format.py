"""LanguageTool's HTTP wire format: language tags and annotated `data` in, `/v2/check` responses out.

LanguageTool is written in Java and counts offsets in UTF-16 code units; the rest of
this service counts Python characters (code points). The conversion happens here
and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.document import SUPPORTED_LANGUAGES, Document
from checker.lexicon import load_lexicon
from checker.mapped_text import MappedText
from checker.report import Finding, Report

if TYPE_CHECKING:
    from checker.engine.config import RuleConfig

API_VERSION = 1
#: Characters of text shown on each side of a match in its ``context``, as LanguageTool does.
CONTEXT_CHARS = 40
ELLIPSIS = "..."
#: LanguageTool issue types (from the W3C ITS 2.0 localization quality types) per severity.
ISSUE_TYPES = {"error": "inconsistency", "warning": "inconsistency", "info": "uncategorized"}
#: LanguageTool's match type names: an info finding is a hint, the rest are plain matches.
TYPE_NAMES = {"error": "Other", "warning": "Other", "info": "Hint"}


class InvalidAnnotation(ValueError):
    """A ``data`` parameter that is not LanguageTool's annotated text."""


@dataclass(frozen=True)
class LanguageChoice:
    """What a request's ``language`` names: our language (None for ``auto``) and the tag to echo back."""

    language: str | None
    tag: str


def rule_id(our_id: str) -> str:
    """Our rule id as LanguageTool clients see it: value_mismatch -> VALUE_MISMATCH."""
    return our_id.upper()


def our_rule_ids(lt_ids: list[str], known: list[str]) -> list[str]:
    """The ids of ours among LanguageTool rule ids (any case); other tools' ids are ignored, as LanguageTool
    ignores rule ids it does not know."""
    by_lt_id = {rule_id(rule): rule for rule in known}
    return [by_lt_id[lt_id.strip().upper()] for lt_id in lt_ids if lt_id.strip().upper() in by_lt_id]


def languages() -> list[dict[str, str]]:
    """GET /v2/languages: every supported language and variant as {name, code, longCode}."""
    entries = []
    for code in SUPPORTED_LANGUAGES:
        names = load_lexicon(code, "languagetool")
        entries.append({"name": names["name"], "code": code, "longCode": code})
        entries.extend({"name": name, "code": code, "longCode": tag} for tag, name in names["variants"].items())
    return entries


def choose_language(raw: str) -> LanguageChoice:
    """``auto``, ``fr``, ``fr-FR``, ``en_GB``... (raises ValueError for a language we do not check)."""
    if raw.strip().lower() == "auto":
        return LanguageChoice(None, "auto")
    tag = raw.strip().replace("_", "-")
    code = tag.split("-")[0].lower()
    if code not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {raw[:20]!r}; supported: auto, "
                         + ", ".join(entry["longCode"] for entry in languages()))
    variants = {variant.lower(): variant for variant in load_lexicon(code, "languagetool")["variants"]}
    return LanguageChoice(code, variants.get(tag.lower(), code))


def _language_name(tag: str) -> str:
    names = load_lexicon(tag.split("-")[0], "languagetool")
    return names["variants"].get(tag, names["name"])


def annotated_text(data: Any) -> tuple[str, MappedText]:
    """The whole document (markup included) and the text to check in LanguageTool's annotated ``data``.

    ``{"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "test"}, {"markup": "</b>"}]}``:
    text parts are checked; markup parts are not, but count for the offsets; a markup's
    ``interpretAs`` is checked in its place.
    """
    parts = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(parts, list):
        raise InvalidAnnotation('must be a JSON object {"annotation": [{"text": ...}, {"markup": ...}, ...]}')
    document: list[str] = []
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for number, part in enumerate(parts):
        if isinstance(part, dict) and isinstance(part.get("text"), str) and "markup" not in part:
            text = part["text"]
            document.append(text)
            chars.append(text)
            starts.extend(range(position, position + len(text)))
            ends.extend(range(position + 1, position + len(text) + 1))
            position += len(text)
        elif isinstance(part, dict) and isinstance(part.get("markup"), str) and "text" not in part:
            interpret_as = part.get("interpretAs", "")
            if not isinstance(interpret_as, str):
                raise InvalidAnnotation(f"annotation[{number}].interpretAs must be a string")
            document.append(part["markup"])
            chars.append(interpret_as)
            starts.extend([position] * len(interpret_as))
            position += len(part["markup"])
            ends.extend([position] * len(interpret_as))
        else:
            raise InvalidAnnotation(f'annotation[{number}] must be {{"text": "..."}} or {{"markup": "..."}}')
    return "".join(document), MappedText("".join(chars), tuple(starts), tuple(ends))


class Utf16Offsets:
    """Converts code-point offsets into ``text`` to UTF-16 code units (a character above U+FFFF counts 2)."""

    def __init__(self, text: str):
        self._astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)


def utf16_length(text: str) -> int:
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


@lru_cache(maxsize=1)
def software() -> dict[str, Any]:
    try:
        version = metadata.version("numeric-claim-checker")
    except metadata.PackageNotFoundError:  # a checkout that was never pip-installed
        version = "0+checkout"
    built = dt.datetime.fromtimestamp(Path(__file__).stat().st_mtime, dt.UTC)
    return {"name": "Numeric-claim checker", "version": version,
            "buildDate": built.strftime("%Y-%m-%d %H:%M:%S +0000"), "apiVersion": API_VERSION,
            "status": "", "premium": False}


def _context(text: str, start: int, end: int) -> dict[str, Any]:
    """Up to CONTEXT_CHARS of text each side of the match, line breaks as spaces, "..." where cut."""
    left, right = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    prefix = ELLIPSIS if left > 0 else ""
    window = prefix + text[left:right] + (ELLIPSIS if right < len(text) else "")
    window = window.replace("\r", " ").replace("\n", " ")
    before = prefix + text[left:start]
    return {"text": window, "offset": utf16_length(before), "length": utf16_length(text[start:end])}


@dataclass(frozen=True)
class CheckedText:
    """The request's document (``original``: what the client sent, markup included) and what was checked."""

    original: str
    checked: MappedText | None  # None when the text was checked as sent
    document: Document

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.checked.source_span(start, end) if self.checked else (start, end)


def _match(finding: Finding, checked: CheckedText, utf16: Utf16Offsets, rule: RuleConfig,
           category_names: dict[str, str]) -> dict[str, Any]:
    document = checked.document
    start, end = checked.original_span(finding.start, finding.end)
    sentence = document.sentence_at(finding.start)
    return {
        "message": finding.message,
        "shortMessage": finding.short_message,
        "replacements": [{"value": finding.expected}] if finding.expected else [],
        "offset": utf16(start),
        "length": utf16(end) - utf16(start),
        "context": _context(document.text, finding.start, finding.end),
        "sentence": document.text[sentence.start:sentence.end].strip(),
        "type": {"typeName": TYPE_NAMES[finding.severity]},
        "rule": {
            "id": rule_id(finding.rule),
            "description": rule.description or finding.rule,
            "issueType": ISSUE_TYPES[finding.severity],
            "category": {
                "id": finding.category.upper(),
                "name": category_names.get(finding.category) or finding.category.replace("_", " ").capitalize(),
            },
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def check_response(report: Report, checked: CheckedText, choice: LanguageChoice, detected: tuple[str, float],
                   rules: dict[str, RuleConfig]) -> dict[str, Any]:
    """The /v2/check answer for ``report``, offsets in UTF-16 code units of ``checked.original``."""
    utf16 = Utf16Offsets(checked.original)
    category_names = load_lexicon(report.language, "languagetool").get("categories", {})
    tag = report.language if choice.language is None else choice.tag
    detected_code, confidence = detected
    sentence_ranges = []
    for sentence in checked.document.sentences:
        start, end = checked.original_span(sentence.start, sentence.end)
        sentence_ranges.append([utf16(start), utf16(end)])
    return {
        "software": software(),
        "warnings": {"incompleteResults": False},
        "language": {
            "name": _language_name(tag),
            "code": tag,
            "detectedLanguage": {"name": _language_name(detected_code), "code": detected_code,
                                 "confidence": round(confidence, 3)},
        },
        "matches": [_match(finding, checked, utf16, rules[finding.rule], category_names)
                    for finding in report.findings],
        "sentenceRanges": sentence_ranges,
    }
