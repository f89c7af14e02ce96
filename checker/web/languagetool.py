"""A LanguageTool-compatible API (GET /v2/languages, POST /v2/check) so writing tools show our findings."""

from __future__ import annotations

import json
import time

from flask import Blueprint, jsonify, request
from werkzeug.datastructures import MultiDict

from checker import languagetool_format as lt
from checker.document import detect_language, make_document
from checker.engine import RuleSet
from checker.mapped_text import MappedText
from checker.pipeline import run_check
from checker.web.errors import Problem, invalid
from checker.web.inputs import optional_bool
from checker.web.state import db, services

blueprint = Blueprint("languagetool", __name__, url_prefix="/v2")

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


@blueprint.get("/languages")
def languages():
    return jsonify(lt.languages())


def _form() -> MultiDict:
    if request.mimetype not in FORM_TYPES:
        raise Problem(415, "Unsupported Media Type",
                      f"expected Content-Type application/x-www-form-urlencoded, got {request.mimetype or 'none'}")
    return request.form


def _checked_text(form: MultiDict, max_chars: int) -> tuple[str, MappedText | None]:
    """The document the client sent and, for annotated ``data``, the text to check mapped onto it."""
    text, data = form.get("text"), form.get("data")
    if (text is None) == (data is None):
        raise invalid("text", "give either text or data (LanguageTool's annotated JSON), not both")
    if text is not None:
        original, checked = text, None
    else:
        try:
            original, checked = lt.annotated_text(json.loads(data))
        except ValueError as error:  # malformed JSON or not an annotation
            raise invalid("data", str(error)) from None
    if len(original) > max_chars:
        raise Problem(413, "Payload Too Large", f"the text is {len(original)} characters; the limit is {max_chars}")
    return original, checked


def _ids(form: MultiDict, name: str) -> list[str]:
    return [part for part in form.get(name, "").split(",") if part.strip()]


def _rules(rules: RuleSet, form: MultiDict) -> RuleSet:
    """LanguageTool's rule switches on our rules. Info rules (unverified figures, conflicting references)
    only run when ``enabledRules`` names them: a writing tool underlines what needs fixing."""
    known = rules.ids
    enabled = lt.our_rule_ids(_ids(form, "enabledRules"), known)
    disabled = lt.our_rule_ids(_ids(form, "disabledRules"), known)
    if optional_bool(form, "enabledOnly", False):
        if not _ids(form, "enabledRules"):
            raise invalid("enabledOnly", "enabledOnly=true needs enabledRules")
        chosen = enabled
    else:
        chosen = [config.id for config in rules.configs()
                  if config.enabled and config.severity != "info"] + enabled
    return rules.select(chosen, disabled)


@blueprint.post("/check")
def check():
    started = time.perf_counter()
    state = services()
    form = _form()
    original, checked = _checked_text(form, state.settings.max_text_chars)
    if not form.get("language"):
        raise invalid("language", "is required: auto, or a code from GET /v2/languages")
    try:
        choice = lt.choose_language(form["language"])
    except ValueError as error:
        raise invalid("language", str(error)) from None
    text = checked.text if checked else original
    detected = detect_language(text)
    document = make_document(text, choice.language)
    report = run_check(document, state.index_cache.get(db()), _rules(state.rules, form), started=started)
    rules = {config.id: config for config in state.rules.configs()}
    body = lt.check_response(report, lt.CheckedText(original, checked, document), choice, detected, rules)
    return jsonify(body)
