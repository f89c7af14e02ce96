"""The editors' review page: submit an article, see its figures marked, re-check, accept findings (HTML + JSON)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Flask, Response, g, jsonify, redirect, render_template, request, session, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import RequestEntityTooLarge

from checker.document import SUPPORTED_LANGUAGES, make_document
from checker.keys import SESSION_KEY_ID, authenticate
from checker.pipeline import run_check
from checker.references.models import CheckRun
from checker.runs import get_run, new_check_id, store_run
from checker.web.decisions import UnknownFinding, article_decisions, decision_to_dict, record_decision
from checker.web.errors import Problem, invalid
from checker.web.finding_keys import changes_between
from checker.web.i18n import UI_COOKIE, Translator, ui_language
from checker.web.inputs import json_body
from checker.web.review_page import review_page
from checker.web.security import (
    CSRF_FIELD,
    CsrfRejected,
    add_html_headers,
    check_csrf,
    csrf_token,
    instance_secret_key,
)
from checker.web.state import db, services

pages = Blueprint("review", __name__, template_folder="templates")
api = Blueprint("decisions", __name__)

CHECK_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")
LIMITS = {"title": 1000, "external_id": 255, "editor": 200, "reason": 500}
_EDITOR = "editor"  # session key: the name last typed, to fill the next form


def init_app(app: Flask) -> None:
    """Register the review page and the decisions API, with the session key and the HTML security headers."""
    settings = app.extensions["checker"].settings
    app.secret_key = settings.secret_key or instance_secret_key(settings.instance_path)
    app.config.update(SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_HTTPONLY=True,
                      SESSION_COOKIE_SECURE=settings.public_url.startswith("https://"))
    app.register_blueprint(pages)
    app.register_blueprint(api)
    app.after_request(add_html_headers)


# --- page plumbing -------------------------------------------------------------------------------------------


class PageError(Exception):
    """An error shown as an HTML page in the interface language."""

    def __init__(self, status: int, title_key: str, message_key: str):
        super().__init__(message_key)
        self.status, self.title_key, self.message_key = status, title_key, message_key


@pages.before_request
def _choose_language() -> None:
    g.ui, g.remember_ui = ui_language(request)


@pages.after_request
def _remember_language(response: Response) -> Response:
    if g.get("remember_ui"):
        response.set_cookie(UI_COOKIE, g.ui, max_age=365 * 24 * 3600, samesite="Lax", httponly=True)
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    response.headers.setdefault("Cache-Control", "no-store")  # pages carry this session's CSRF token
    return response


#: The page a form post shows again, for the link to the other interface language.
_PAGE_OF_POST = {"review.submit": "review.form_page", "review.decide": "review.review"}


def _switch_url() -> str:
    """This page in the other interface language (its query string kept)."""
    other = "fr" if g.ui == "en" else "en"
    endpoint = _PAGE_OF_POST.get(request.endpoint or "", request.endpoint or "review.form_page")
    # the query string is encoded apart: url_for would read keys such as "endpoint" or "_external" as its own
    query = urlencode(request.args.to_dict() | {"ui": other})
    return f"{url_for(endpoint, **(request.view_args or {}))}?{query}"


def _render(template: str, status: int = 200, **context: Any) -> tuple[str, int]:
    return render_template(template, t=Translator(g.ui), ui=g.ui, csrf_field=CSRF_FIELD, csrf_token=csrf_token(),
                           switch_url=_switch_url(), **context), status


@pages.errorhandler(PageError)
def _page_error(error: PageError):
    return _render("review/error.html", error.status, title_key=error.title_key, message_key=error.message_key)


@pages.errorhandler(CsrfRejected)
def _csrf_error(_error: CsrfRejected):
    return _render("review/error.html", 403, title_key="csrf_title", message_key="csrf")


@pages.errorhandler(RequestEntityTooLarge)
def _too_large(_error: RequestEntityTooLarge):
    return _render("review/error.html", 413, title_key="too_large_title", message_key="too_large")


def _stored_run(check_id: str) -> CheckRun | None:
    return get_run(db(), check_id) if CHECK_ID.fullmatch(check_id) else None


def _run_or_404(check_id: str) -> CheckRun:
    run = _stored_run(check_id)
    if run is None:
        raise PageError(404, "not_found_title", "not_found")
    return run


# --- the article form ----------------------------------------------------------------------------------------


@dataclass
class ArticleForm:
    """The form's fields as typed (to show them again) and the errors found in them, already translated."""

    title: str = ""
    text: str = ""
    published_at: str = ""
    language: str = "auto"
    external_id: str = ""
    editor: str = ""
    previous_run_id: str = ""
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_run(cls, run: CheckRun, editor: str) -> ArticleForm:
        return cls(title=run.title or "", text=run.text, language=run.language, external_id=run.external_id or "",
                   published_at=run.published_at.isoformat() if run.published_at else "", editor=editor,
                   previous_run_id=run.id)

    @classmethod
    def from_post(cls, data: MultiDict, max_text_chars: int, t: Translator) -> ArticleForm:
        form = cls(**{name: data.get(name, "").strip() for name in
                      ("title", "published_at", "language", "external_id", "editor", "previous_run_id")},
                   text=data.get("text", "").replace("\r\n", "\n").replace("\r", "\n"))  # browsers send CRLF
        form.language = form.language or "auto"
        if not form.text.strip():
            form.errors["text"] = t("error_text_required")
        elif len(form.text) > max_text_chars:
            form.errors["text"] = t("error_text_too_long", length=len(form.text), limit=max_text_chars)
        for name in ("title", "external_id", "editor"):
            if len(getattr(form, name)) > LIMITS[name]:
                form.errors[name] = t("error_too_long", limit=LIMITS[name])
        if form.published_at and form.published_date is None:
            form.errors["published_at"] = t("error_published_at")
        if form.language not in (*SUPPORTED_LANGUAGES, "auto"):
            form.errors["language"] = t("error_language")
        for name in ("title", "text", "external_id", "editor"):
            if "\x00" in getattr(form, name):  # no database stores it, no browser sends it
                form.errors[name] = t("error_nul")
        return form

    @property
    def published_date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.published_at) if self.published_at else None
        except ValueError:
            return None


@pages.get("/review")
def form_page():
    editor = session.get(_EDITOR, "")
    source = request.args.get("from")
    if source:
        run = _run_or_404(source)
        return _render("review/form.html", form=ArticleForm.from_run(run, editor), previous=run)
    return _render("review/form.html", form=ArticleForm(editor=editor), previous=None)


@pages.post("/review")
def submit():
    check_csrf(request.form.get(CSRF_FIELD))
    state, session_db, t = services(), db(), Translator(g.ui)
    form = ArticleForm.from_post(request.form, state.settings.max_text_chars, t)
    previous = None
    if form.previous_run_id:
        previous = _stored_run(form.previous_run_id)
        if previous is None:
            form.errors["previous_run_id"] = t("error_previous")
    document = None
    if not form.errors:
        try:
            document = make_document(form.text, None if form.language == "auto" else form.language,
                                     form.published_date, form.title or None)
        except ValueError as error:
            form.errors["language"] = t("error_language_detect", detail=str(error))
    if document is None:
        return _render("review/form.html", 422, form=form, previous=previous)
    if form.editor:
        session[_EDITOR] = form.editor
    report = run_check(document, state.index_cache.get(session_db), state.rules)
    check_id = new_check_id()
    store_run(session_db, report, form.text, origin="review", check_id=check_id,
              external_id=form.external_id or None, title=form.title or None,
              previous_run_id=previous.id if previous else None)
    session_db.commit()
    return redirect(url_for("review.review", check_id=check_id), 303)


# --- signing in (CHECKER_AUTH=keys) --------------------------------------------------------------------------


def _safe_next(target: str | None) -> str:
    """Only a path of this service (never another site) to return to after signing in."""
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return url_for("review.form_page")


@pages.get("/review/login")
def login():
    return _render("review/login.html", next=_safe_next(request.args.get("next")), error=False)


@pages.post("/review/login")
def login_submit():
    check_csrf(request.form.get(CSRF_FIELD))
    principal = authenticate(db(), (request.form.get("key") or "").strip())
    target = _safe_next(request.form.get("next"))
    if principal is None:
        return _render("review/login.html", 401, next=target, error=True)
    session[SESSION_KEY_ID] = principal.key_id
    return redirect(target, 303)


# --- the review of one run -----------------------------------------------------------------------------------


def _share_url(check_id: str) -> str:
    public = services().settings.public_url.rstrip("/")
    if public:
        return public + url_for("review.review", check_id=check_id)
    return url_for("review.review", check_id=check_id, _external=True)


def _render_review(run: CheckRun, status: int = 200, decision_errors: dict[str, str] | None = None,
                   open_anchor: str | None = None):
    session_db = db()
    page = review_page(run.id, run.text, run.report, article_decisions(session_db, run))
    previous = get_run(session_db, run.previous_run_id) if run.previous_run_id else None
    changes = changes_between(previous.report, run.report) if previous else None
    return _render("review/page.html", status, run=run, page=page, previous=previous, changes=changes,
                   share_url=_share_url(run.id), editor=session.get(_EDITOR, ""),
                   decision_errors=decision_errors or {}, open_anchor=open_anchor)


@pages.get("/review/<check_id>")
def review(check_id: str):
    return _render_review(_run_or_404(check_id))


@pages.post("/review/<check_id>/decisions")
def decide(check_id: str):
    check_csrf(request.form.get(CSRF_FIELD))
    run = _run_or_404(check_id)
    t = Translator(g.ui)
    finding_id = request.form.get("finding_id", "")
    reason = request.form.get("reason", "").strip()
    editor = request.form.get("editor", "").strip()
    finding = next((f for f in run.report.get("findings", []) if f["id"] == finding_id), None)
    errors = {}
    if finding is None:
        errors["finding_id"] = t("error_finding_unknown")
    if not reason:
        errors["reason"] = t("error_reason_required")
    if not editor:
        errors["editor"] = t("error_editor_required")
    for name, value in (("reason", reason), ("editor", editor)):
        if len(value) > LIMITS[name]:
            errors[name] = t("error_too_long", limit=LIMITS[name])
        if "\x00" in value:
            errors[name] = t("error_nul")
    if errors:
        return _render_review(run, 422, decision_errors=errors, open_anchor=finding["claim_id"] if finding else None)
    session[_EDITOR] = editor
    record_decision(db(), run, finding_id, reason, editor)
    db().commit()
    return redirect(url_for("review.review", check_id=run.id, _anchor=f"claim-{finding['claim_id']}"), 303)


# --- the same decision as JSON -------------------------------------------------------------------------------


def _required_text(data: dict[str, Any], name: str) -> str:
    raw = data.get(name)
    if not isinstance(raw, str) or not raw.strip():
        raise invalid(name, "is required and must be a non-empty string")
    if len(raw.strip()) > LIMITS[name]:
        raise invalid(name, f"must be at most {LIMITS[name]} characters")
    if "\x00" in raw:
        raise invalid(name, "must not contain NUL characters")
    return raw.strip()


@api.post("/checks/<check_id>/decisions")
def create_decision(check_id: str):
    run = _stored_run(check_id)
    if run is None:
        raise Problem(404, "Not Found", f"no stored check with id {check_id!r}")
    data = json_body(request)
    if not isinstance(data, dict):
        raise invalid("(body)", "must be a JSON object")
    unknown = sorted(set(data) - {"finding_id", "reason", "editor"})
    if unknown:
        raise invalid(unknown[0], f"unknown field(s) {', '.join(unknown)}; known: editor, finding_id, reason")
    finding_id = data.get("finding_id")
    if not isinstance(finding_id, str):
        raise invalid("finding_id", "is required and must be a finding id such as \"f1\"")
    reason, editor = _required_text(data, "reason"), _required_text(data, "editor")
    try:
        decision = record_decision(db(), run, finding_id, reason, editor)
    except UnknownFinding:
        raise invalid("finding_id", f"check {check_id} has no finding {finding_id!r}") from None
    db().commit()
    return jsonify(decision_to_dict(decision)), 201
