"""Contract tests against Stoplight Prism serving the effective spec on 127.0.0.1.

Prism validates each request (parameters, security, body) and answers from the spec's
examples. A request it rejects fails the test with Prism's own validation message.

What Prism cannot check, and why (openapi-core covers it: test_contract_openapi_core):
- the Accept header: Prism negotiates on response media types and the spec declares only
  application/json, while Altegio answers JSON to `application/vnd.api.v2+json`
  (QUIRKS.md #8). The tests assert our header, then ask Prism for application/json.
- the 12 OpenAPI 3.1 `webhooks:` payloads: Prism mocks only `paths`; they are requests
  Altegio sends to the partner, validated by openapi-core as webhook requests.
(The VoIP GET with a JSON body, QUIRKS.md #24, is fine: Prism validates that body too.)
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from altegio_devtools import DEFAULT_ACCEPT, AltegioClient, AsyncAltegioClient, errors
from altegio_devtools._operations import OPERATIONS
from tests.conftest import ROOT
from tests.contract_calls import CALLS, PAYMENT, json_differences
from tests.prism import running_prism


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    with running_prism() as url:
        yield url


class Sent:
    """Records what the client sends, checks our Accept, then asks Prism for JSON."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        assert request.headers["Accept"] == DEFAULT_ACCEPT
        request.headers["Accept"] = "application/json"
        self.requests.append(request)

    async def async_hook(self, request: httpx.Request) -> None:
        self(request)


def client_options(prism: str) -> dict[str, Any]:
    return {
        "partner_token": "partner-token",
        "user_token": "user-token",
        "api_base_url": prism,
        "app_base_url": prism,
        "rate_limits": None,
        "max_retries": 0,
        "strict": True,  # the mock answers from the description: no drift allowed
    }


def check(operation_id: str, sent: Sent, outcome: Any) -> None:
    if isinstance(outcome, errors.APIStatusError):
        violations = outcome.response.headers.get("sl-violations", "(no violations header)")
        pytest.fail(f"Prism rejected {operation_id}: HTTP {outcome.status_code} {violations}")
    (request,) = sent.requests
    documented_body, _ = CALLS[operation_id]
    if documented_body is not None:
        differences = json_differences(json.loads(request.content), documented_body)
        assert differences == [], f"{operation_id} sends:\n" + "\n".join(differences)
    assert outcome is None or hasattr(outcome, "to_dict"), outcome


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_prism_accepts_every_call_and_every_answer_parses(prism: str, operation_id: str) -> None:
    sent = Sent()
    http = httpx.Client(event_hooks={"request": [sent]})
    with AltegioClient(**client_options(prism), http_client=http) as client:
        try:
            outcome = CALLS[operation_id][1](client)
        except errors.APIStatusError as error:
            outcome = error
    check(operation_id, sent, outcome)


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_prism_accepts_every_async_call(prism: str, operation_id: str) -> None:
    sent = Sent()

    async def call() -> Any:
        http = httpx.AsyncClient(event_hooks={"request": [sent.async_hook]})
        async with AsyncAltegioClient(**client_options(prism), http_client=http) as client:
            try:
                return await CALLS[operation_id][1](client)
            except errors.APIStatusError as error:
                return error

    check(operation_id, sent, asyncio.run(call()))


def test_prism_rejects_a_request_missing_a_required_field(prism: str) -> None:
    operation = OPERATIONS["marketplace_notification_payment_callback"]
    body = dict(PAYMENT)
    del body["salon_id"]
    http = httpx.Client(event_hooks={"request": [Sent()]})
    with AltegioClient(**client_options(prism), http_client=http) as client:
        with pytest.raises(errors.UnprocessableEntityError) as error:
            client._client.send(operation, {"url": operation.path, "json": body})
    violations = error.value.response.headers["sl-violations"]
    assert "Request body must have required property 'salon_id'" in violations


def test_prism_rejects_a_call_without_credentials(prism: str) -> None:
    request = httpx.get(f"{prism}/countries", headers={"Accept": "application/json"})
    assert request.status_code == 401


def test_the_partner_flow_demo_runs_against_prism() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.prism", "--port", "0", "--",
         sys.executable, str(ROOT / "examples" / "partner_flow.py")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "11 of 11 steps succeeded" in result.stdout
    assert "✓ payment notification         payment id 123" in result.stdout
