"""Interface strings of the HTML pages per language (checker/web/i18n/<lang>.yaml) and the choice of language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from babel.dates import format_date, format_datetime
from flask import Request

UI_LANGUAGES = ("en", "fr")
UI_COOKIE = "ui"


@cache
def strings(language: str) -> dict[str, str]:
    """Every interface string of ``language``, read once."""
    with (resources.files("checker") / "web" / "i18n" / f"{language}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@dataclass(frozen=True)
class Translator:
    """``t("key", name=value)`` in templates: the string in the page's language, its placeholders filled."""

    language: str

    def __call__(self, key: str, **values: Any) -> str:
        text = strings(self.language)[key]
        return text.format(**values) if values else text

    def datetime(self, value: dt.datetime) -> str:
        if value.tzinfo is None:  # SQLite hands back naive UTC timestamps
            value = value.replace(tzinfo=dt.UTC)
        return format_datetime(value, "medium", tzinfo=dt.UTC, locale=self.language) + " UTC"

    def date(self, value: dt.date | str) -> str:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        return format_date(value, "long", locale=self.language)


def ui_language(request: Request) -> tuple[str, bool]:
    """The interface language (``?ui=`` override, then the cookie, then Accept-Language) and whether to remember it."""
    chosen = request.args.get("ui")
    if chosen in UI_LANGUAGES:
        return chosen, request.cookies.get(UI_COOKIE) != chosen
    remembered = request.cookies.get(UI_COOKIE)
    if remembered in UI_LANGUAGES:
        return remembered, False
    return request.accept_languages.best_match(UI_LANGUAGES, default=UI_LANGUAGES[0]), False
