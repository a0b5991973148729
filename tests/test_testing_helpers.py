"""altegio_devtools.testing: the bodies a partner's tests post to their handler. Every entity
event conforms to the effective description (openapi-core) and reads back without drift; a
lifecycle call, payment included, is accepted by the parser and by the ASGI receiver."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI

from altegio_devtools import _bodies, errors, models, testing, webhooks
from altegio_devtools._webhooks import PAYLOAD_BY_RESOURCE
from altegio_devtools.receiver import WebhookReceiver
from tests.contract_calls import SPEC, json_differences
from tests.test_contract_openapi_core import WebhookDelivery

OPENAPI = OpenAPI.from_dict(SPEC)
TOKEN = "partner-token-for-tests"
CASES = [(resource, status) for resource in testing.RESOURCES for status in testing.STATUSES]


def test_every_resource_of_the_description_is_offered() -> None:
    assert set(testing.RESOURCES) == set(PAYLOAD_BY_RESOURCE)
    models_offered = {PAYLOAD_BY_RESOURCE[resource].__name__ for resource in testing.RESOURCES}
    assert models_offered == {name for name in SPEC["webhooks"] if name != "MarketplaceWebhook"}
    assert len(models_offered) == 11


@pytest.mark.parametrize(("resource", "status"), CASES)
def test_each_event_conforms_and_reads_back_without_drift(resource: str, status: str) -> None:
    body = testing.make_event(resource, status)
    model = PAYLOAD_BY_RESOURCE[resource]
    OPENAPI.validate_webhook_request(WebhookDelivery(model.__name__, body))
    event = webhooks.parse_event(json.dumps(body), strict=True)
    assert type(event) is model and event.drift == ()
    assert (event.company_id, event.resource_id, str(event.status)) == (1001, 2002, status)
    assert json_differences(event.to_dict(), body) == []


def test_every_field_of_the_data_is_filled() -> None:
    body = testing.make_event("record", "update")
    data = body["data"]
    assert set(data) == {field.lstrip("_") for field in _data_keys("RecordEvent")}
    assert data["id"] == 2002 and data["company_id"] == 1001
    assert data["services"] and isinstance(data["services"][0], dict)
    assert data["comment"] == "invented comment"
    assert testing.make_event("schedule", "delete")["data"] == []


def _data_keys(name: str) -> set[str]:
    schema = SPEC["components"]["schemas"][name]["properties"]["data"]
    return set(schema["properties"])


def test_overrides_replace_envelope_keys_and_merge_into_data() -> None:
    body = testing.make_event(
        "client", "delete", company_id=5, resource_id=6, data={"name": "Ada"}, extra=1
    )
    assert (body["company_id"], body["resource_id"], body["extra"]) == (5, 6, 1)
    assert body["data"]["name"] == "Ada" and body["data"]["id"] == 6
    assert body["data"]["surname"] == "invented surname"
    event = webhooks.parse_event(body)
    assert isinstance(event, models.ClientEvent) and event.additional_properties == {"extra": 1}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: testing.make_event("lesson", "create"),
            f"unknown resource 'lesson'; one of {', '.join(testing.RESOURCES)}",
        ),
        (
            lambda: testing.make_event("record", "restore"),
            "unknown status 'restore'; one of create, update, delete",
        ),
        (
            lambda: testing.make_event("schedule", "update", data={"a": 1}),
            "a schedule event's data is always an empty list",
        ),
        (
            lambda: testing.make_lifecycle_event("refund", partner_token=TOKEN),
            "unknown lifecycle event 'refund'; one of uninstall, freeze, payment",
        ),
        (
            lambda: testing.make_lifecycle_event("freeze", partner_token=""),
            "partner_token must be a non-empty partner token",
        ),
        (
            lambda: testing.sign_payment("", salon_id=1, amount=1),
            "partner_token must be a non-empty partner token",
        ),
    ],
)
def test_wrong_arguments_are_value_errors_naming_them(call: Any, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        call()
    assert str(raised.value) == message


def test_a_signed_amount_is_a_number_or_a_string() -> None:
    for amount, kind in ((True, "bool"), (None, "NoneType"), ([1], "list")):
        with pytest.raises(TypeError) as raised:
            testing.sign_payment(TOKEN, salon_id=1, amount=amount)  # type: ignore[arg-type]
        assert str(raised.value) == f"a signed amount is a number or a string, not {kind}"


def test_values_are_invented_by_type() -> None:
    data = testing.make_event("client")["data"]
    assert testing.make_event("client")["status"] == "create"
    assert (data["visits"], data["discount"], data["sms_check"]) == (7, 12.5, True)
    assert data["birth_date"] == "2026-01-15"
    with pytest.raises(TypeError, match=r"^no example for blob: <class 'bytes'>$"):
        _bodies._scalar(bytes, "blob", {"resource_id": 1, "company_id": 2})


def test_the_payment_call_has_the_hubs_fields() -> None:
    call = testing.make_lifecycle_event("payment", partner_token=TOKEN)
    sign = call.pop("sign")
    assert call == {
        "salon_id": 1001, "application_id": 3003, "event": "payment", "partner_token": TOKEN,
        "payment_id": 4004, "amount": 990.5, "currency_iso": "USD", "discount": None,
        "period_from": "2026-01-15 00:00:00", "period_to": "2026-02-15 00:00:00",
        "payment_date": "2026-01-15 10:30:00", "tariff_option_id": None,
    }  # fmt: skip
    assert sign == testing.sign_payment(TOKEN, salon_id=1001, amount=990.5)


def test_a_token_is_keyed_as_its_utf8_bytes_even_a_lone_surrogate() -> None:
    token = "tök\ud800"
    key = token.encode("utf-8", "surrogatepass")
    expected = hmac.new(key, b"salon_id=1&amount=2", hashlib.sha256).hexdigest()
    assert testing.sign_payment(token, salon_id=1, amount=2) == expected


@pytest.mark.parametrize("kind", ["uninstall", "freeze"])
def test_uninstall_and_freeze_are_the_descriptions_model(kind: str) -> None:
    call = testing.make_lifecycle_event(kind, partner_token=TOKEN, salon_id=8)
    OPENAPI.validate_webhook_request(WebhookDelivery("MarketplaceWebhook", call))
    assert call == {"salon_id": 8, "application_id": 3003, "event": kind, "partner_token": TOKEN}
    expected = webhooks.Uninstall(8, 3003) if kind == "uninstall" else webhooks.Freeze(8, 3003)
    assert webhooks.parse_marketplace_event(json.dumps(call), partner_token=TOKEN) == expected


def test_a_payment_is_signed_and_verified() -> None:
    call = testing.make_lifecycle_event("payment", partner_token=TOKEN, amount=99.9, discount=10)
    payment = webhooks.parse_marketplace_event(json.dumps(call), partner_token=TOKEN)
    assert isinstance(payment, webhooks.Payment)
    assert (payment.salon_id, payment.application_id, payment.payment_id) == (1001, 3003, 4004)
    assert (payment.amount, payment.discount, payment.currency_iso) == (99.9, 10.0, "USD")
    assert payment.period_to is not None and payment.period_to.isoformat() == "2026-02-15T00:00:00"
    with pytest.raises(errors.WebhookAuthenticationError):
        webhooks.parse_marketplace_event(json.dumps(call), partner_token="another-token")
    forged = {**call, "amount": 1}
    with pytest.raises(errors.WebhookAuthenticationError):
        webhooks.parse_marketplace_event(json.dumps(forged), partner_token=TOKEN)
    given = testing.make_lifecycle_event("payment", partner_token=TOKEN, sign="0" * 64)
    assert given["sign"] == "0" * 64


def test_the_sign_is_hmac_sha256_of_the_documented_message() -> None:
    def expected(message: str) -> str:
        return hmac.new(TOKEN.encode(), message.encode(), hashlib.sha256).hexdigest()

    sign = testing.sign_payment
    assert sign(TOKEN, salon_id=1, amount=100.0) == expected("salon_id=1&amount=100")
    assert sign(TOKEN, salon_id=1, amount=99.90) == expected("salon_id=1&amount=99.9")
    assert sign(TOKEN, salon_id="01", amount="99.90") == expected("salon_id=01&amount=99.90")
    assert sign(TOKEN, salon_id=2, amount=5, discount=12.5) == expected(
        "salon_id=2&amount=5&discount=12.5"
    )
    assert sign(TOKEN, salon_id=2, amount=1e21) == expected("salon_id=2&amount=1e+21")
    assert len(sign(TOKEN, salon_id=1, amount=1)) == 64


def test_the_receiver_accepts_what_make_event_builds() -> None:
    handled: list[Any] = []
    app = WebhookReceiver(handled.append, secret="s", partner_token=TOKEN)
    transport = httpx.ASGITransport(app=app)

    async def deliver() -> list[int]:
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
            statuses = []
            for resource, status in CASES:
                body = testing.make_event(resource, status)
                answer = await http.post(
                    "/altegio/events", json=body, headers={"Authorization": "Bearer s"}
                )
                statuses.append(answer.status_code)
            for kind in testing.LIFECYCLE_EVENTS:
                call = testing.make_lifecycle_event(kind, partner_token=TOKEN)
                statuses.append((await http.post("/altegio/marketplace", json=call)).status_code)
            return statuses

    assert asyncio.run(deliver()) == [200] * (len(CASES) + 3)
    assert len(handled) == len(CASES) + 3
    assert all(not getattr(event, "drift", ()) for event in handled)
    assert isinstance(handled[-1], webhooks.Payment)
    assert models.RecordEvent in {type(event) for event in handled}
