"""Fuzzing every documented operation with schemathesis: no 500, every response as documented.

Bounded for CI: a few examples per operation (CHECKER_FUZZ_EXAMPLES, default 15), on SQLite.
Every check runs except "schema-valid request rejected": the service validates more than JSON Schema
can say (a date must exist, `text` and `data` exclude each other...), and says so with a 422.
"""

from __future__ import annotations

import base64
import os
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from checker.web import create_app

EXAMPLES = int(os.environ.get("CHECKER_FUZZ_EXAMPLES", "15"))
_FOLDER = Path(tempfile.mkdtemp(prefix="checker-fuzz-"))
APP = create_app({"database_url": f"sqlite:///{_FOLDER / 'fuzz.sqlite'}", "instance_path": _FOLDER,
                  "rate_limit": "", "demo_references": True,
                  "webhook_secret": "whsec_" + base64.b64encode(b"fuzzing-secret-0123456789").decode()})
schema = schemathesis.openapi.from_wsgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_documented_responses(case):
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
