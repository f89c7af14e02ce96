"""Nouns that may name the same things (lexicons/<lang>/restatements.yaml): synonyms, a broader noun and the
narrower nouns it covers ("cats" and "dogs" are "animals"). Shared by the matcher (a count's noun may be the
reference's under another name) and the restatement rules."""

from __future__ import annotations

from functools import lru_cache

from checker.lexicon import load_lexicon
from checker.terms import phrase_words


def phrase_forms(text: str, language: str) -> frozenset[str]:
    """Every form of every word of a short phrase."""
    return frozenset(form for word in phrase_words(text, language) for form in word.forms)


@lru_cache(maxsize=8)
def _kin(language: str) -> dict[str, frozenset[str]]:
    """Each form of a noun of lexicons/<lang>/restatements.yaml -> the forms of the nouns that may name the same
    things: its synonyms, its broader noun (and the broader noun's synonyms), or the narrower nouns it covers."""
    lexicon = load_lexicon(language, "restatements")
    kin: dict[str, frozenset[str]] = {}

    def link(forms: frozenset[str], others: frozenset[str]) -> None:
        for form in forms:
            kin[form] = kin.get(form, frozenset()) | others

    for group in lexicon.get("synonyms", ()):
        forms = frozenset().union(*(phrase_forms(noun, language) for noun in group))
        link(forms, forms)
    for broad, narrower in lexicon.get("kinds", {}).items():
        broad_forms = phrase_forms(broad, language)
        broad_forms = broad_forms.union(*(kin.get(form, ()) for form in broad_forms))
        for noun in narrower:
            forms = phrase_forms(noun, language)
            link(forms, forms | broad_forms)
            link(broad_forms, forms)
    return kin


def widened(forms: frozenset[str], language: str) -> frozenset[str]:
    """The forms of a word and of every noun that may name the same things."""
    kin = _kin(language)
    return forms.union(*(kin.get(form, ()) for form in forms))
