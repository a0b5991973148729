"""Contract check without node: every request the client builds is validated against the
effective spec by openapi-core, at the real production URLs; the answer is built from the
spec's examples and must parse.

This covers all 19 operations, including what Prism cannot check (see test_contract_prism),
and the 12 webhooks: the 11 entity events and the marketplace lifecycle call.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from jsonschema.exceptions import ValidationError as SchemaError
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import InvalidRequestBody
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue
from werkzeug.datastructures import Headers, ImmutableMultiDict

from altegio_devtools import DEFAULT_ACCEPT, AltegioClient, AsyncAltegioClient, models, webhooks
from altegio_devtools._operations import OPERATIONS
from tests.contract_calls import CALLS, JSON, SPEC, json_differences, resolve, sample

OPENAPI = OpenAPI.from_dict(SPEC)


class HttpxRequest:
    """httpx.Request seen through openapi-core's Request protocol."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        # One object: openapi-core writes the path parameters it resolves into it.
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.url.params.multi_items()),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return f"{self.request.url.scheme}://{self.request.url.netloc.decode()}"

    @property
    def path(self) -> str:
        return self.request.url.path

    @property
    def method(self) -> str:
        return self.request.method.lower()

    @property
    def content_type(self) -> str:
        return str(self.request.headers.get("content-type", ""))

    @property
    def body(self) -> bytes | None:
        return self.request.content or None


def documented_answer(operation_id: str) -> httpx.Response:
    """The operation's first success response, with a body built from the spec's examples."""
    operation = OPERATIONS[operation_id]
    responses = SPEC["paths"][operation.path][operation.method.lower()]["responses"]
    status = min(code for code in responses if code.startswith("2"))
    content = resolve(responses[status]).get("content", {})
    if JSON not in content:
        return httpx.Response(int(status))
    return httpx.Response(int(status), json=sample(content[JSON]["schema"]))


class Validator:
    """A MockTransport handler that validates each request and answers like the spec."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []
        self.problems: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        try:
            OPENAPI.validate_request(HttpxRequest(request))
        except Exception as error:
            details = [str(error)] + [str(e) for e in getattr(error, "schema_errors", [])]
            details += [
                str(e) for e in getattr(getattr(error, "__cause__", None), "schema_errors", [])
            ]
            self.problems.append(f"{request.method} {request.url}: {'; '.join(details)}")
        operation_id = next(
            name
            for name, op in OPERATIONS.items()
            if op.method == request.method and _matches(op.path, request.url.path)
        )
        return documented_answer(operation_id)


def _matches(template: str, path: str) -> bool:
    parts, actual = template.strip("/").split("/"), path.strip("/").split("/")
    offset = len(actual) - len(parts)  # the api host's /api/v1 prefix
    return offset >= 0 and all(
        p.startswith("{") or p == a for p, a in zip(parts, actual[offset:], strict=True)
    )


def check(validator: Validator, operation_id: str, result: Any) -> None:
    assert validator.problems == [], "\n".join(validator.problems)
    (request,) = validator.sent
    assert request.headers["Accept"] == DEFAULT_ACCEPT
    documented_body, _ = CALLS[operation_id]
    if documented_body is not None:
        differences = json_differences(json.loads(request.content), documented_body)
        assert differences == [], (
            f"{operation_id} does not send the documented body:\n" + "\n".join(differences)
        )
    assert result is None or hasattr(result, "to_dict")


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_every_request_conforms_and_every_answer_parses(operation_id: str) -> None:
    validator = Validator()
    with AltegioClient(
        partner_token="partner",
        user_token="user",
        rate_limits=None,
        strict=True,
        http_client=httpx.Client(transport=httpx.MockTransport(validator)),
    ) as client:
        result = CALLS[operation_id][1](client)
    check(validator, operation_id, result)


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_the_async_client_sends_the_same(operation_id: str) -> None:
    validator = Validator()

    async def call() -> Any:
        async with AsyncAltegioClient(
            partner_token="partner",
            user_token="user",
            rate_limits=None,
            strict=True,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(validator)),
        ) as client:
            return await CALLS[operation_id][1](client)

    check(validator, operation_id, asyncio.run(call()))


def test_every_operation_is_covered() -> None:
    assert sorted(CALLS) == sorted(OPERATIONS)


def test_openapi_core_rejects_a_request_that_breaks_the_contract() -> None:
    validator = Validator()
    with AltegioClient(
        partner_token="p", http_client=httpx.Client(transport=httpx.MockTransport(validator))
    ) as client:
        operation = OPERATIONS["marketplace_notification_payment_callback"]
        client._client.send(operation, {"url": operation.path, "json": {"salon_id": 1.5}})
    assert len(validator.problems) == 1 and "salon_id" in validator.problems[0]


class WebhookDelivery:
    """A webhook payload as openapi-core's WebhookRequest (what Altegio posts to us)."""

    def __init__(self, name: str, payload: Any) -> None:
        self.name = name
        self.method = "post"
        self.body = json.dumps(payload).encode()
        self.content_type = "application/json"
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(), header=Headers(), cookie=ImmutableMultiDict()
        )


#: Not an entity event: webhooks.parse_marketplace_event reads it (QUIRKS.md #53).
LIFECYCLE = "MarketplaceWebhook"
WEBHOOKS = sorted(name for name in SPEC["webhooks"] if name != LIFECYCLE)


@pytest.mark.parametrize("name", WEBHOOKS)
def test_every_webhook_payload_conforms_and_parses_into_its_model(name: str) -> None:
    # Prism does not serve OpenAPI 3.1 `webhooks:`; openapi-core validates them as requests.
    schema = SPEC["webhooks"][name]["post"]["requestBody"]["content"][JSON]["schema"]
    payload = sample(schema)
    OPENAPI.validate_webhook_request(WebhookDelivery(name, payload))
    model = webhooks.parse_event(payload, strict=True)
    assert isinstance(model, getattr(models, name))
    assert json_differences(model.to_dict(), payload) == []


def test_the_lifecycle_webhook_conforms_and_parses_into_its_model_and_event() -> None:
    schema = SPEC["webhooks"][LIFECYCLE]["post"]["requestBody"]["content"][JSON]["schema"]
    payload = sample(schema)
    OPENAPI.validate_webhook_request(WebhookDelivery(LIFECYCLE, payload))
    model = models.MarketplaceWebhook.from_dict(payload)
    assert model.event is models.LifecycleEventKind(payload["event"])
    assert json_differences(model.to_dict(), payload) == []
    event = webhooks.parse_marketplace_event(payload, partner_token=payload["partner_token"])
    assert event == webhooks.Uninstall(
        salon_id=payload["salon_id"], application_id=payload["application_id"]
    )


def test_webhook_validation_is_live() -> None:
    """A payload valid but for one field fails on that field alone, by schema error (its
    path and validator), not by a message that would echo the input."""
    schema = SPEC["webhooks"]["SalonEvent"]["post"]["requestBody"]["content"][JSON]["schema"]
    payload = {**sample(schema), "company_id": "x"}
    with pytest.raises(InvalidRequestBody) as caught:
        OPENAPI.validate_webhook_request(WebhookDelivery("SalonEvent", payload))
    cause = caught.value.__cause__
    assert isinstance(cause, InvalidSchemaValue)
    schema_errors = list(cause.schema_errors)
    assert all(isinstance(error, SchemaError) for error in schema_errors)
    found = [(list(e.path), e.validator) for e in schema_errors if isinstance(e, SchemaError)]
    assert found == [(["company_id"], "type")]
