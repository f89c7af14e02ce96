"""JSON problem details (RFC 9457) for every error the service answers, in one place."""

from __future__ import annotations

from typing import Any

import structlog
from flask import Flask, Response, jsonify
from sqlalchemy.exc import InterfaceError, OperationalError
from werkzeug.exceptions import HTTPException

log = structlog.get_logger(__name__)

PROBLEM_TYPES = "https://checker.example.org/problems/"


class Problem(Exception):
    """An error answer: status, a short title, a detail sentence, and optional field errors."""

    def __init__(self, status: int, title: str, detail: str, *, errors: list[dict[str, Any]] | None = None,
                 extra: dict[str, Any] | None = None, headers: dict[str, str] | None = None):
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.errors = errors
        self.extra = extra or {}
        self.headers = headers or {}


def invalid(field: str, message: str) -> Problem:
    """A 422 naming the bad field."""
    return Problem(422, "Invalid request", f"{field}: {message}", errors=[{"field": field, "message": message}])


def problem_response(problem: Problem) -> Response:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPES + problem.title.lower().replace(" ", "-"),
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
    }
    if problem.errors is not None:
        body["errors"] = problem.errors
    body.update(problem.extra)
    response = jsonify(body)
    response.status_code = problem.status
    response.content_type = "application/problem+json"
    for name, value in problem.headers.items():
        response.headers[name] = value
    return response


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(Problem, problem_response)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        problem = Problem(error.code or 500, error.name, error.description or error.name)
        response = problem_response(problem)
        if error.code == 405 and error.valid_methods:  # type: ignore[attr-defined]
            response.headers["Allow"] = ", ".join(error.valid_methods)  # type: ignore[attr-defined]
        return response

    @app.errorhandler(OperationalError)
    @app.errorhandler(InterfaceError)
    def database_unavailable(error: Exception):
        log.error("database_unavailable", error=str(error).splitlines()[0])
        return problem_response(Problem(503, "Service Unavailable",
                                        "The database is unreachable; try again shortly.",
                                        headers={"Retry-After": "5"}))

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        log.exception("unhandled_error")
        return problem_response(Problem(500, "Internal Server Error",
                                        "Something went wrong on our side; the error has been logged."))
