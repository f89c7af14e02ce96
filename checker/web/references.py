"""The reference API: create (one or many, all or nothing), list, read, update, delete, history."""

from __future__ import annotations

from flask import Blueprint, jsonify, request, url_for

from checker.references import repository as repo
from checker.references.records import REFERENCE_KINDS, InvalidRecord
from checker.runs import runs_citing_old_versions
from checker.web.errors import Problem, invalid
from checker.web.inputs import json_body
from checker.web.state import db, services

blueprint = Blueprint("references", __name__, url_prefix="/references")


def _not_found(ref_id: str) -> Problem:
    return Problem(404, "Not Found", f"no reference with id {ref_id!r}")


def _expected_version() -> int | None:
    """The version named by an If-Match header ("v3", "3" or W/"v3"), if any."""
    header = request.headers.get("If-Match")
    if not header or header.strip() == "*":
        return None
    tag = header.strip().removeprefix("W/").strip('"').removeprefix("v")
    if not tag.isdigit():
        raise Problem(400, "Bad Request", f"If-Match must name a version such as \"v3\", got {header[:40]!r}")
    return int(tag)


def _with_etag(response, version: int):
    response.headers["ETag"] = f'"v{version}"'
    return response


def _committed_write() -> None:
    db().commit()
    services().index_cache.invalidate()


@blueprint.post("")
def create():
    data = json_body(request)
    items = data if isinstance(data, list) else [data]
    if isinstance(data, list) and len(data) > services().settings.max_batch_references:
        raise Problem(413, "Payload Too Large",
                      f"{len(data)} references in one request; the limit is "
                      f"{services().settings.max_batch_references} (use `checker references import` for more)")
    session = db()
    try:
        rows = repo.create_many(session, items)
    except repo.BulkRejected as rejected:
        session.rollback()
        problems = [problem.to_dict() for problem in rejected.problems]
        if not isinstance(data, list):
            exists = any("already exists" in e.message for e in rejected.problems[0].errors)
            if exists:
                raise Problem(409, "Conflict", rejected.problems[0].errors[0].message, errors=problems) from None
            first = rejected.problems[0].errors
            raise Problem(422, "Invalid request", "; ".join(f"{e.field}: {e.message}" for e in first),
                          errors=[e.to_dict() for e in first]) from None
        raise Problem(422, "Invalid request", f"{len(problems)} of {len(items)} records rejected; nothing was stored",
                      errors=problems) from None
    _committed_write()
    records = [repo.to_record(row) for row in rows]
    if isinstance(data, list):
        return jsonify({"created": len(records), "references": records}), 201
    response = jsonify(records[0])
    response.status_code = 201
    response.headers["Location"] = url_for("references.read", ref_id=records[0]["id"])
    return _with_etag(response, rows[0].version)


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise invalid(name, f"must be an integer between {low} and {high}")
    return int(raw)


@blueprint.get("")
def list_references():
    kind = request.args.get("kind")
    if kind is not None and kind not in REFERENCE_KINDS:
        raise invalid("kind", f"must be one of {', '.join(REFERENCE_KINDS)}")
    deleted = request.args.get("deleted", "false").lower()
    if deleted not in {"true", "false"}:
        raise invalid("deleted", "must be true or false")
    limit = _int_arg("limit", 50, 1, services().settings.page_size_max)
    offset = _int_arg("offset", 0, 0, 10**9)
    filters = repo.ListFilter(kind=kind, unit=request.args.get("unit"), source=request.args.get("source"),
                              q=request.args.get("q"), deleted=deleted == "true")
    total, rows = repo.list_current(db(), filters, limit, offset)
    return jsonify({"total": total, "limit": limit, "offset": offset,
                    "references": [repo.to_record(row) for row in rows]})


@blueprint.get("/<ref_id>")
def read(ref_id: str):
    try:
        row = repo.get(db(), ref_id)
    except repo.ReferenceNotFound:
        raise _not_found(ref_id) from None
    return _with_etag(jsonify(repo.to_record(row)), row.version)


def _write(ref_id: str, write):
    """Run ``write(session, expected_version)`` and commit it, or roll back and answer the problem."""
    expected = _expected_version()
    session = db()
    try:
        row = write(session, expected)
    except InvalidRecord as error:
        session.rollback()
        raise Problem(422, "Invalid request", str(error), errors=[e.to_dict() for e in error.errors]) from None
    except repo.ReferenceNotFound:
        session.rollback()
        raise _not_found(ref_id) from None
    except repo.VersionConflict as conflict:
        session.rollback()
        raise Problem(412, "Precondition Failed",
                      f"If-Match names version {expected}; the current version is {conflict.current}") from None
    _committed_write()
    return _with_etag(jsonify(repo.to_record(row)), row.version)


@blueprint.put("/<ref_id>")
def update(ref_id: str):
    data = json_body(request)
    return _write(ref_id, lambda session, expected: repo.update_one(session, ref_id, data, expected))


@blueprint.delete("/<ref_id>")
def delete(ref_id: str):
    return _write(ref_id, lambda session, expected: repo.delete_one(session, ref_id, expected))


@blueprint.get("/<ref_id>/history")
def history(ref_id: str):
    try:
        rows = repo.history(db(), ref_id)
    except repo.ReferenceNotFound:
        raise _not_found(ref_id) from None
    return jsonify({"id": ref_id, "versions": [repo.to_record(row) for row in rows]})


@blueprint.get("/<ref_id>/affected")
def affected(ref_id: str):
    """Stored runs of the last ``days`` days (default 30) whose claims were compared with an older version."""
    days = _int_arg("days", 30, 1, 3650)
    session = db()
    try:
        rows = repo.history(session, ref_id)
    except repo.ReferenceNotFound:
        raise _not_found(ref_id) from None
    current = rows[-1]
    by_version = {row.version: row for row in rows}
    uses = runs_citing_old_versions(session, ref_id, current.version, days)
    return jsonify({
        "id": ref_id,
        "current": repo.to_record(current),
        "days": days,
        "runs": [{
            "check_id": run.id,
            "created_at": run.created_at.isoformat(),
            "origin": run.origin,
            "external_id": run.external_id,
            "title": run.title,
            "claim_id": use.claim_id,
            "claim_text": use.claim_text,
            "matched_version": use.ref_version,
            "matched_value": by_version[use.ref_version].value if use.ref_version in by_version else None,
        } for run, use in uses],
    })
