"""The `checker` command: serve, check, extract, references import/export, db upgrade, rules list."""

from __future__ import annotations

import datetime as dt
import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from checker.config import Settings, load_settings


def _settings() -> Settings:
    try:
        return load_settings()
    except ValueError as error:
        raise click.ClickException(str(error)) from None


@contextmanager
def _session(settings: Settings, migrate: bool = True):
    from checker.db import make_engine, make_session_factory
    from checker.migrate import upgrade

    engine = make_engine(settings.resolved_database_url)
    try:
        if migrate and settings.auto_migrate:
            upgrade(engine)
        with make_session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise click.ClickException(f"cannot read {path}: {error}") from None


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected an ISO date (YYYY-MM-DD), got {value!r}") from None


@click.group()
@click.version_option(package_name="numeric-claim-checker")
def main() -> None:
    """Check the numbers of news articles against prior reports and against themselves."""


# -- serving -----------------------------------------------------------------------------------------

@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--workers", default=None, type=int, help="Worker processes (default: 2 x CPU cores + 1).")
@click.option("--dev", is_flag=True, help="Flask's single-process development server instead of gunicorn.")
def serve(host: str, port: int, workers: int | None, dev: bool) -> None:
    """Run the HTTP service (gunicorn; migrations and demo references applied at start)."""
    from checker.web import create_app

    if dev:
        create_app().run(host=host, port=port)
        return
    from checker.serve import run_gunicorn

    run_gunicorn(host=host, port=port, workers=workers)


# -- checking ----------------------------------------------------------------------------------------

def _print_report(report: dict, text: str) -> None:
    colours = {"error": "red", "warning": "yellow", "info": "blue"}
    summary = report["summary"]
    click.echo(f"language: {report['language']}  claims: {summary['claims']}  errors: {summary['errors']}  "
               f"warnings: {summary['warnings']}  infos: {summary['infos']}")
    for finding in report["findings"]:
        line = text.count("\n", 0, finding["start"]) + 1
        label = click.style(f"{finding['severity']:7}", fg=colours[finding["severity"]], bold=True)
        click.echo(f"{label} line {line} [{finding['start']}:{finding['end']}] {finding['rule']}: "
                   f"{finding['message']}")
    if not report["findings"]:
        click.echo("No findings.")


@main.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--language", type=click.Choice(["en", "fr", "auto"]), default="auto", show_default=True)
@click.option("--published-at", help="ISO date the article is published (anchors relative dates).")
@click.option("--title", help="The article's headline: not checked, but the subject it names counts.")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report (the /check contract).")
@click.option("--store/--no-store", default=False, show_default=True, help="Keep the run in the database.")
@click.option("--rules", help="Comma-separated rule ids to run.")
@click.option("--disable-rules", help="Comma-separated rule ids to skip.")
@click.option("--batch", is_flag=True,
              help="FILE is a folder of .txt/.json articles or a JSONL file: check them all and store the runs.")
@click.option("--processes", type=int, help="With --batch: worker processes (default: CPU cores).")
@click.option("--local", is_flag=True, help="With --batch: run here even when REDIS_URL is set.")
def check(file: str, language: str, published_at: str | None, title: str | None, as_json: bool, store: bool,
          rules: str | None, disable_rules: str | None, batch: bool, processes: int | None, local: bool) -> None:
    """Check an article (a text file, or - for stdin), or many with --batch, against the reference table."""
    if batch:
        _check_batch(Path(file), processes, local)
        return
    from checker import default_rules
    from checker.document import make_document
    from checker.engine import UnknownRule
    from checker.pipeline import run_check
    from checker.references.cache import IndexCache
    from checker.runs import new_check_id, store_run

    text = _read_text(file)
    if not text.strip():
        raise click.ClickException(f"{file} is empty")
    try:
        rule_set = default_rules().select(rules.split(",") if rules else None,
                                          disable_rules.split(",") if disable_rules else None)
    except UnknownRule as error:
        raise click.BadParameter(str(error), param_hint="--rules") from None
    settings = _settings()
    document = make_document(text, None if language == "auto" else language, _parse_date(published_at), title)
    with _session(settings) as session:
        report = run_check(document, IndexCache().get(session), rule_set)
        check_id = None
        if store:
            check_id = new_check_id()
            store_run(session, report, text, origin="cli", check_id=check_id, title=title)
            session.commit()
    body = report.to_dict() | {"check_id": check_id}
    if as_json:
        click.echo(json.dumps(body, ensure_ascii=False, indent=2))
    else:
        _print_report(body, text)


def _check_batch(path: Path, processes: int | None, local: bool) -> None:
    """Check every article of a folder or JSONL file; print a summary table."""
    from tqdm import tqdm

    from checker import batch

    if not path.exists():
        raise click.ClickException(f"{path} does not exist")
    try:
        jobs = list(batch.read_batch(path))
    except (batch.BatchInputError, UnicodeDecodeError) as error:
        raise click.ClickException(str(error)) from None
    if not jobs:
        raise click.ClickException(f"no articles found in {path} (.txt/.json files, or JSONL lines)")
    settings = _settings()
    with _session(settings):  # migrate once before the workers start
        pass
    if settings.redis_url and not local:
        batch_id = batch.enqueue(settings.redis_url, jobs)
        click.echo(f"Queued {len(jobs)} articles as batch {batch_id}; `checker worker` processes run them. "
                   f"Status: GET /check/batch/{batch_id}")
        return
    results = list(tqdm(batch.check_locally(jobs, processes), total=len(jobs), desc="checking", unit=" articles",
                        disable=None, file=sys.stderr))
    results.sort(key=lambda result: result["label"])
    click.echo(f"{'article':40} {'errors':>6} {'warnings':>8} {'infos':>5}  check id")
    for result in results:
        summary = result["summary"]
        click.echo(f"{result['label'][:40]:40} {summary['errors']:>6} {summary['warnings']:>8} "
                   f"{summary['infos']:>5}  {result['check_id']}")
    totals = {key: sum(r["summary"][key] for r in results) for key in ("errors", "warnings", "infos")}
    click.echo(f"{len(results)} articles checked and stored: {totals['errors']} errors, "
               f"{totals['warnings']} warnings, {totals['infos']} infos.")


@main.command()
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def worker(burst: bool) -> None:
    """Run an RQ worker for queued checks (needs REDIS_URL); start as many as you like, on any host."""
    from rq import Worker

    from checker import batch

    settings = _settings()
    if not settings.redis_url:
        raise click.ClickException("REDIS_URL is not set: there is no queue to work on")
    rq_queue = batch.queue(settings.redis_url)
    Worker([rq_queue], connection=rq_queue.connection).work(burst=burst, with_scheduler=True)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True), default="-")
@click.option("--language", type=click.Choice(["en", "fr", "auto"]), default="auto", show_default=True)
@click.option("--published-at", help="ISO date the text is published (anchors relative dates).")
@click.option("--jsonl", is_flag=True,
              help='Read one JSON object {"text", "language", "published_at"} per line; write one result per line.')
def extract(file: str, language: str, published_at: str | None, jsonl: bool) -> None:
    """Print the claims of a text (JSON), or of many texts with --jsonl."""
    import checker

    if not jsonl:
        text = _read_text(file)
        claims = checker.extract(text, None if language == "auto" else language, _parse_date(published_at))
        click.echo(json.dumps([claim.to_dict() for claim in claims], ensure_ascii=False, indent=2))
        return
    stream = sys.stdin if file == "-" else open(file, encoding="utf-8")  # noqa: SIM115
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            click.echo(json.dumps(_extract_line(number, line, language), ensure_ascii=False))


def _extract_line(number: int, line: str, default_language: str) -> dict:
    """One JSONL result: the claims, or an error naming the line (the stream goes on)."""
    import checker

    try:
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError('expected an object with a "text" string')
        lang = item.get("language") or (None if default_language == "auto" else default_language)
        claims = checker.extract(item["text"], None if lang == "auto" else lang, item.get("published_at"))
    except (ValueError, TypeError) as error:
        return {"line": number, "error": str(error)}
    result = {"line": number, "claims": [claim.to_dict() for claim in claims]}
    if "id" in item:
        result["id"] = item["id"]
    return result


# -- references --------------------------------------------------------------------------------------

@main.group()
def references() -> None:
    """Import and export the reference table."""


@references.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "file_format", type=click.Choice(["csv", "json", "jsonl"]),
              help="Default: from the file extension.")
@click.option("--update-existing", is_flag=True,
              help="Store a new version of references whose id already exists (the history keeps the old one).")
def import_references(file: str, file_format: str | None, update_existing: bool) -> None:
    """Load references from a CSV or JSON file, all or nothing."""
    from tqdm import tqdm

    from checker.references import repository as repo
    from checker.references.io import ReferenceFileError, detect_format, read_records

    path = Path(file)
    try:
        file_format = detect_format(path, file_format)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(tqdm(read_records(handle, file_format), desc="reading", unit=" rows",
                             disable=None, file=sys.stderr))
    except (ReferenceFileError, UnicodeDecodeError) as error:
        raise click.ClickException(f"{path.name}: {error}") from None
    row_numbers = [number for number, _ in rows]
    records, problems = repo.validate_many(tqdm((raw for _, raw in rows), total=len(rows), desc="validating",
                                                unit=" rows", disable=None, file=sys.stderr))
    if not problems:
        with _session(_settings()) as session:
            try:
                repo.insert_records(session, records, update_existing=update_existing)
                session.commit()
            except repo.BulkRejected as rejected:
                session.rollback()
                problems = rejected.problems
    if problems:
        label = "line" if file_format in {"csv", "jsonl"} else "record"
        for problem in problems[:100]:
            for error in problem.errors:
                click.echo(f"{path.name}: {label} {row_numbers[problem.index]}: {error.field}: {error.message}",
                           err=True)
        if len(problems) > 100:
            click.echo(f"... and {len(problems) - 100} more rejected rows", err=True)
        raise click.ClickException(f"{len(problems)} of {len(rows)} rows rejected; nothing was imported")
    click.echo(f"Imported {len(records)} references from {path.name}.")


@references.command("export")
@click.option("--format", "file_format", type=click.Choice(["json", "jsonl", "csv"]), default="json",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Default: stdout.")
def export_references(file_format: str, output: str) -> None:
    """Write every current reference (contract fields only) to a file or stdout."""
    from checker.references import repository as repo
    from checker.references.io import write_records

    with _session(_settings()) as session:
        records = (repo.to_record(row, with_meta=False) for row in repo.iter_current(session))
        if output == "-":
            count = write_records(records, sys.stdout, file_format)
        else:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                count = write_records(records, handle, file_format)
    click.echo(f"Exported {count} references.", err=True)


# -- API keys ---------------------------------------------------------------------------------------

@main.group()
def keys() -> None:
    """API keys (used when CHECKER_AUTH=keys)."""


@keys.command("create")
@click.option("--name", required=True, help="Who or what uses the key (a desk, the CMS...).")
@click.option("--role", type=click.Choice(["editor", "admin"]), default="editor", show_default=True)
def keys_create(name: str, role: str) -> None:
    """Create a key and print its secret (shown once; only a hash is stored)."""
    from checker.keys import create_key

    with _session(_settings()) as session:
        try:
            key, secret = create_key(session, name, role)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None
        session.commit()
        click.echo(f"Created {key.id} ({role}) for {key.name}. Secret (shown once):")
        click.echo(secret)


@keys.command("revoke")
@click.argument("key_id")
def keys_revoke(key_id: str) -> None:
    """Revoke a key: it stops working at once and stays listed."""
    from checker.keys import revoke_key

    with _session(_settings()) as session:
        try:
            key = revoke_key(session, key_id)
        except LookupError as error:
            raise click.ClickException(str(error)) from None
        session.commit()
        click.echo(f"Revoked {key.id} ({key.name}).")


@keys.command("list")
def keys_list() -> None:
    """List keys: id, role, prefix, name, created, revoked."""
    from checker.keys import list_keys

    with _session(_settings()) as session:
        for key in list_keys(session):
            revoked = key.revoked_at.isoformat(timespec="seconds") if key.revoked_at else "-"
            click.echo(f"{key.id}  {key.role:6}  {key.prefix}…  {key.created_at:%Y-%m-%d}  revoked: {revoked}  "
                       f"{key.name}")


# -- database and rules ------------------------------------------------------------------------------

@main.group()
def db() -> None:
    """Database schema."""


@db.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision: str) -> None:
    """Apply the migrations (DATABASE_URL, default: the SQLite file in the instance folder)."""
    from checker.db import make_engine
    from checker.migrate import current_revision, upgrade

    engine = make_engine(_settings().resolved_database_url)
    try:
        upgrade(engine, revision)
        click.echo(f"Database at revision {current_revision(engine)}.")
    finally:
        engine.dispose()


@main.group()
def rules() -> None:
    """The rule set in rules/."""


@rules.command("list")
def rules_list() -> None:
    """List the rules: id, kind, severity, enabled, description."""
    from checker import default_rules
    from checker.engine import RuleFileError

    try:
        configs = default_rules().configs()
    except RuleFileError as error:
        raise click.ClickException(str(error)) from None
    for config in configs:
        state = "on " if config.enabled else "off"
        click.echo(f"{config.id:24} {config.kind:18} {config.severity:8} {state} {config.description}")
