"""Receiving webhooks: every payload typed, every forged or broken delivery a typed error."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import http.client
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from altegio_devtools import Unset, drift, errors, models, webhooks
from altegio_devtools._webhooks import PAYLOAD_BY_RESOURCE
from altegio_devtools.api.marketplace import list_locations
from altegio_devtools.receiver import WebhookReceiver
from tests.contract_calls import JSON, SPEC, sample
from tests.receiver_app import serving

TOKEN = "partner-token-3f9a"


def payload_for(resource: str) -> dict[str, Any]:
    """A delivery built from the spec's own webhook schema and examples."""
    model = PAYLOAD_BY_RESOURCE[resource].__name__
    schema = SPEC["webhooks"][model]["post"]["requestBody"]["content"][JSON]["schema"]
    payload: dict[str, Any] = sample(schema)
    return {**payload, "resource": resource, "company_id": 11, "resource_id": 22}


@pytest.mark.parametrize("resource", sorted(PAYLOAD_BY_RESOURCE))
def test_every_resource_parses_into_its_generated_model(resource: str) -> None:
    payload = payload_for(resource)
    event = webhooks.parse_event(json.dumps(payload).encode())
    assert type(event) is PAYLOAD_BY_RESOURCE[resource]
    assert not isinstance(event, webhooks.UnknownEvent)
    # What was read goes back out in the typed form (dates as datetimes, 0/1 flags as
    # booleans), and reads back as the same event.
    assert not isinstance(event, webhooks.UnknownEvent) and event.drift == ()
    assert webhooks.parse_event(event.to_dict(), strict=True) == event


def test_all_eleven_entity_payload_models_are_covered() -> None:
    # The 12th webhook, the marketplace lifecycle call (QUIRKS.md #53), has no `resource`:
    # parse_marketplace_event reads it (test_docstrings.py feeds it its payload model).
    entity_events = set(SPEC["webhooks"]) - {"MarketplaceWebhook"}
    assert {model.__name__ for model in PAYLOAD_BY_RESOURCE.values()} == entity_events
    assert len(entity_events) == 11


def test_location_events_arrive_as_company_or_salon() -> None:
    for resource in ("company", "salon"):
        event = webhooks.parse_event(
            {
                "company_id": 1,
                "resource": resource,
                "resource_id": 1,
                "status": "update",
                "data": {},
            }
        )
        assert isinstance(event, models.SalonEvent)


def test_php_empty_array_data_and_partial_data_parse() -> None:
    schedule = webhooks.parse_event(
        '{"company_id": 1, "resource": "schedule", "resource_id": 9, "status": "update",'
        ' "data": []}'
    )
    assert isinstance(schedule, models.ScheduleEvent) and schedule.data == []
    record = webhooks.parse_event(
        {"company_id": 1, "resource": "record", "resource_id": 5, "status": "create", "data": []}
    )
    assert isinstance(record, models.RecordEvent) and isinstance(record.data.id, Unset)
    card = webhooks.parse_event(
        {"company_id": "1", "resource": "loyalty_card", "resource_id": "7", "status": "delete",
         "data": {"id": "7"}}
    )  # fmt: skip
    assert isinstance(card, models.LoyaltyCardEvent) and card.data.id == 7 and card.company_id == 1


def test_unknown_resources_and_statuses_are_kept_raw() -> None:
    raw = {"company_id": 1, "resource": "booking_widget", "resource_id": 3, "status": "create",
           "data": {"x": [1]}}  # fmt: skip
    event = webhooks.parse_event(raw)
    assert isinstance(event, webhooks.UnknownEvent)
    assert (event.resource, event.data, event.raw) == ("booking_widget", {"x": [1]}, raw)
    moved = webhooks.parse_event({**raw, "resource": "record", "status": "moved"})
    assert isinstance(moved, webhooks.UnknownEvent) and moved.status == "moved"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "a JSON array, not an object"),
        (b'{"company_id": 1, "resource": "record"}', "lacks resource_id, status"),
        (b'{"company_id": "x", "resource": "record", "resource_id": 1, "status": "create",'
         b' "data": {}}', "company_id is not an integer"),
    ],
)  # fmt: skip
def test_broken_entity_deliveries_raise_a_typed_error_naming_the_problem(
    body: bytes, message: str
) -> None:
    for strict in (False, True):
        with pytest.raises(errors.InvalidWebhookError, match=message):
            webhooks.parse_event(body, strict=strict)


def test_a_mistyped_field_is_drift_lenient_and_an_error_naming_every_path_strict() -> None:
    body = {"company_id": 1, "resource": "record", "resource_id": 1, "status": "create",
            "data": {"id": {"nested": True}, "comment": "kept", "services": [{"id": 5}, 7],
                     "staff": {"id": "x"}}}  # fmt: skip
    event = webhooks.parse_event(body)
    assert isinstance(event, models.RecordEvent)
    assert isinstance(event.data.id, Unset) and event.data.comment == "kept"
    assert [str(entry) for entry in event.drift] == [
        "data.id: expected an integer, got an object of 1 key",
        "data.services[1]: expected an object, got a number",
        "data.staff.id: expected an integer, got a string of 1 character",
    ]
    assert event.drift[0].value == {"nested": True}  # the raw value stays reachable
    with pytest.raises(errors.InvalidWebhookError) as error:
        webhooks.parse_event(body, strict=True)
    assert [entry.path for entry in error.value.drift] == [
        "data.id",
        "data.services[1]",
        "data.staff.id",
    ]
    assert "record event does not match the description: data.id: expected an integer" in str(
        error.value
    )


def test_drift_is_logged_once_per_event_kind_and_path(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drift, "_logged", set())  # what earlier tests logged
    body = {"company_id": 1, "resource": "client", "resource_id": 1, "status": "update",
            "data": {"id": 1, "name": ["not", "a", "name"]}}  # fmt: skip
    with caplog.at_level("WARNING", logger="altegio_devtools.drift"):
        for _ in range(3):
            webhooks.parse_event(body)
    lines = [r.getMessage() for r in caplog.records if r.name == "altegio_devtools.drift"]
    # The JSON type, never the value: webhook values are people's names and phones.
    assert lines == [
        "client event does not match the description: data.name: expected a string, got a list"
    ]


def test_an_unreadable_envelope_key_fails_in_both_modes_naming_it() -> None:
    body = {"company_id": 1, "resource": "record", "resource_id": 1, "status": "create",
            "data": {}}  # fmt: skip
    assert webhooks.parse_event(body).drift == ()
    for strict in (False, True):
        with pytest.raises(errors.InvalidWebhookError, match="resource_id is not an integer"):
            webhooks.parse_event({**body, "resource_id": None}, strict=strict)


def test_envelope_problems_are_named_together_and_ids_read_like_model_integers() -> None:
    body = {"company_id": "x", "resource": "record", "resource_id": [1], "data": {}}
    with pytest.raises(errors.InvalidWebhookError) as error:
        webhooks.parse_event(body)
    assert str(error.value) == (
        "the body lacks status; company_id is not an integer: a string of 1 character; "
        "resource_id is not an integer: a list of 1 item"
    )
    fine = {**body, "company_id": 7.0, "resource_id": "8", "status": "create"}
    event = webhooks.parse_event(fine)
    assert (event.company_id, event.resource_id) == (7, 8)
    with pytest.raises(errors.InvalidWebhookError, match="company_id is not an integer"):
        webhooks.parse_event({**fine, "company_id": "\u0661\u0662\u0663"})  # Arabic-Indic 123


def test_out_of_range_dates_and_odd_numbers_are_drift_not_exceptions() -> None:
    body = {"company_id": 1, "resource": "client", "resource_id": 1, "status": "update",
            "data": {"id": 1, "name": 1.5, "comment": float("inf")}}  # fmt: skip
    event = webhooks.parse_event(body)
    assert isinstance(event, models.ClientEvent)
    assert event.data.name == "1.5"  # a finite number where text is declared: its text
    assert [entry.path for entry in event.drift] == ["data.comment"]
    location = {"success": True, "data": [{"id": 1, "next_slot": "9999-12-31T24:00:00"}]}
    parsed = list_locations._parse_response(
        httpx.Response(200, content=json.dumps(location).encode())
    )
    assert [entry.path for entry in parsed.drift] == ["data[0].next_slot"]
    assert isinstance(parsed.data[0].next_slot, Unset)


def test_drift_entries_are_hashable_whatever_their_value() -> None:
    entries = {drift.Drift("data.a", "a string", [1]), drift.Drift("data.a", "a string", [1])}
    assert len(entries) == 1


def test_parse_events_reads_one_event_or_an_array_of_them() -> None:
    one = {"company_id": 1, "resource": "client", "resource_id": 2, "status": "create",
           "data": {"id": 2}}  # fmt: skip
    other = {**one, "resource_id": 3, "data": {"id": 3}}
    assert [e.resource_id for e in webhooks.parse_events(json.dumps(one))] == [2]
    events = webhooks.parse_events(json.dumps([one, other]).encode())
    assert [(type(e).__name__, e.resource_id) for e in events] == [
        ("ClientEvent", 2),
        ("ClientEvent", 3),
    ]
    assert webhooks.parse_events(b"[]") == []
    with pytest.raises(errors.InvalidWebhookError, match=r"^\[1\]: the body lacks status"):
        webhooks.parse_events([one, {"company_id": 1, "resource": "client", "resource_id": 1}])
    with pytest.raises(errors.InvalidWebhookError, match=r"^\[0\]: a JSON number, not an event"):
        webhooks.parse_events(b"[5]")
    with pytest.raises(errors.InvalidWebhookError, match="parse_events"):
        webhooks.parse_event(json.dumps([one]))
    broken = {**one, "data": {"id": {"x": 1}}}
    with pytest.raises(errors.InvalidWebhookError, match=r"^\[1\]: client event .* data\.id") as e:
        webhooks.parse_events([one, broken], strict=True)
    assert [entry.path for entry in e.value.drift] == ["[1].data.id"]


def lifecycle(event: str, **extra: Any) -> dict[str, Any]:
    return {"salon_id": 123, "application_id": 456, "event": event, "partner_token": TOKEN, **extra}


def signed_payment(amount_text: str = "990.99", discount_text: str | None = None) -> bytes:
    message = f"salon_id=123&amount={amount_text}"
    if discount_text is not None:
        message += f"&discount={discount_text}"
    sign = hmac.new(TOKEN.encode(), message.encode(), hashlib.sha256).hexdigest()
    fields = {
        **lifecycle("payment"),
        "payment_id": 1523, "currency_iso": "EUR", "period_from": "2026-01-01 00:00:00",
        "period_to": "2026-02-01 00:00:00", "payment_date": "2026-01-01 10:10:00",
        "tariff_option_id": None, "sign": sign,
    }  # fmt: skip
    text = json.dumps(fields)[:-1]
    text += f', "amount": {amount_text}, "discount": {discount_text or "null"}}}'
    return text.encode()


def test_uninstall_and_freeze_with_the_right_token() -> None:
    assert webhooks.parse_marketplace_event(lifecycle("uninstall"), partner_token=TOKEN) == (
        webhooks.Uninstall(123, 456)
    )
    assert webhooks.parse_marketplace_event(
        json.dumps(lifecycle("freeze")), partner_token=TOKEN
    ) == webhooks.Freeze(123, 456)


@pytest.mark.parametrize(("amount", "discount"), [("990.99", None), ("100", "15.5"), ("0.5", "0")])
def test_a_payment_with_a_valid_sign(amount: str, discount: str | None) -> None:
    payment = webhooks.parse_marketplace_event(
        signed_payment(amount, discount), partner_token=TOKEN
    )
    assert isinstance(payment, webhooks.Payment)
    assert (payment.payment_id, payment.amount, payment.currency_iso) == (
        1523,
        float(amount),
        "EUR",
    )
    assert payment.discount == (None if discount is None else float(discount))
    # The dates typed as datetimes (issue 23), the call as sent kept in `raw`.
    assert (payment.period_from, payment.period_to, payment.payment_date) == (
        datetime.datetime(2026, 1, 1),
        datetime.datetime(2026, 2, 1),
        datetime.datetime(2026, 1, 1, 10, 10),
    )
    assert payment.raw["period_from"] == "2026-01-01 00:00:00"
    assert "partner_token" not in payment.raw and "sign" not in payment.raw


def test_a_payment_is_never_refused_for_its_dates() -> None:
    body = json.loads(signed_payment())
    for odd in ("", "0000-00-00 00:00:00", "soon", 20260101):
        payment = webhooks.parse_marketplace_event(
            {**body, "payment_date": odd}, partner_token=TOKEN
        )
        assert isinstance(payment, webhooks.Payment) and payment.payment_date is None
        assert payment.raw["payment_date"] == odd
    iso = {**body, "period_to": "2026-02-01T00:00:00+0400", "period_from": "2026-01-01"}
    payment = webhooks.parse_marketplace_event(iso, partner_token=TOKEN)
    assert isinstance(payment, webhooks.Payment)
    assert payment.period_from == datetime.datetime(2026, 1, 1)
    assert payment.period_to == datetime.datetime(
        2026, 2, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=4))
    )


def test_forged_lifecycle_calls_are_rejected_without_leaking_tokens() -> None:
    forged = [
        lifecycle("uninstall", partner_token="guess"),
        lifecycle("uninstall", partner_token=None),
        json.loads(signed_payment().replace(b"990.99", b"9.99")),  # amount changed after signing
        {**json.loads(signed_payment()), "sign": "0" * 64},
        {k: v for k, v in json.loads(signed_payment()).items() if k != "sign"},
    ]
    for payload in forged:
        with pytest.raises(errors.WebhookError) as error:
            webhooks.parse_marketplace_event(payload, partner_token=TOKEN)
        text = f"{error.value} {error.value!r}"
        assert TOKEN not in text and "guess" not in text and str(payload.get("sign")) not in text
    with pytest.raises(errors.WebhookAuthenticationError, match="wrong sign"):
        webhooks.parse_marketplace_event({**json.loads(signed_payment()), "sign": "0" * 64},
                                         partner_token=TOKEN)  # fmt: skip


def test_unknown_lifecycle_events_are_kept_after_authentication() -> None:
    event = webhooks.parse_marketplace_event(lifecycle("unfreeze"), partner_token=TOKEN)
    assert isinstance(event, webhooks.UnknownMarketplaceEvent) and event.event == "unfreeze"
    with pytest.raises(errors.InvalidWebhookError, match=r"^the body lacks application_id, event$"):
        webhooks.parse_marketplace_event(
            {"salon_id": 1, "partner_token": TOKEN}, partner_token=TOKEN
        )
    with pytest.raises(errors.WebhookAuthenticationError):  # no token: nothing else is said
        webhooks.parse_marketplace_event({"salon_id": 1}, partner_token=TOKEN)


def test_event_keys_are_stable_and_tell_different_deliveries_apart() -> None:
    first = webhooks.parse_event(payload_for("record"))
    again = webhooks.parse_event(json.dumps(payload_for("record")))
    changed = webhooks.parse_event({**payload_for("record"), "status": "delete"})
    assert webhooks.event_key(first) == webhooks.event_key(again)
    assert webhooks.event_key(first) != webhooks.event_key(changed)
    assert webhooks.event_key(first).startswith("record:11:22:create:")
    payment = webhooks.parse_marketplace_event(signed_payment(), partner_token=TOKEN)
    assert webhooks.event_key(payment) == "marketplace:payment:456:123:1523"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(["company_id", "resource", "resource_id", "status", "data", "salon_id",
                         "application_id", "event", "partner_token", "sign", "amount", "id"])
        | st.text(max_size=5),
        children,
        max_size=7,
    ),
    max_leaves=30,
)  # fmt: skip
deliveries = (
    st.binary(max_size=80)
    | json_values.map(lambda v: json.dumps(v).encode())
    | st.fixed_dictionaries(
        {
            "company_id": st.integers() | st.text(max_size=3),
            "resource": st.sampled_from(sorted(PAYLOAD_BY_RESOURCE)) | st.text(max_size=5),
            "resource_id": st.integers(),
            "status": st.sampled_from(["create", "update", "delete", "x"]) | json_values,
            "data": json_values,
        }
    ).map(lambda v: json.dumps(v).encode())
)


@settings(max_examples=500, deadline=None)
@given(body=deliveries)
def test_any_delivery_gives_a_result_or_a_typed_error(body: bytes) -> None:
    for parse in (
        webhooks.parse_event,
        lambda b: webhooks.parse_marketplace_event(b, partner_token=TOKEN),
    ):
        try:
            parse(body)
        except errors.WebhookError:
            pass


# -- the package's ASGI receiver, over a real loopback socket (uvicorn) -----------------------


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[Any]]]:
    handled: list[Any] = []
    app = WebhookReceiver(handled.append, secret="s3", partner_token=TOKEN)
    with serving(app) as url:
        yield url, handled


def post(url: str, path: str, body: bytes, method: str = "POST", **headers: str) -> int:
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_the_receiver_answers_each_kind_of_delivery(receiver: tuple[str, list[Any]]) -> None:
    server, handled = receiver
    event = json.dumps(payload_for("client")).encode()
    auth = {"Authorization": "Bearer s3"}
    assert post(server, "/altegio/events", event, **auth) == 200
    assert post(server, "/altegio/events", event, **auth) == 200  # a repeat: acknowledged, dropped
    assert post(server, "/altegio/events", event) == 401  # without the shared secret
    assert post(server, "/altegio/events", event, Authorization="Bearer ") == 401
    assert post(server, "/altegio/marketplace", signed_payment()) == 200
    assert (
        post(
            server,
            "/altegio/marketplace",
            json.dumps(lifecycle("freeze", partner_token="x")).encode(),
        )
        == 401
    )
    assert (
        post(
            server,
            "/altegio/marketplace",
            json.dumps({**json.loads(signed_payment()), "sign": "f" * 64}).encode(),
        )
        == 401
    )
    assert post(server, "/altegio/events", b"<html>garbage", **auth) == 400
    assert post(server, "/altegio/marketplace", b"[]") == 401  # the token first
    assert post(server, "/altegio/marketplace", f'["partner_token", "{TOKEN}"]'.encode()) == 401
    assert post(server, "/altegio/marketplace", f'[{{"partner_token": "{TOKEN}"}}]'.encode()) == 400
    assert post(server, "/elsewhere", event) == 404
    assert post(server, "/altegio/events", b"", method="GET") == 405
    # Judged on Content-Length alone: the receiver does not read an oversized body.
    too_long = {"Content-Length": str(1024 * 1024 + 1)}
    assert post(server, "/altegio/events", b"{}", **auth, **too_long) == 413
    assert [type(e).__name__ for e in handled] == ["ClientEvent", "Payment"]


@pytest.fixture(scope="module")
def lenient_receiver() -> Iterator[str]:
    app = WebhookReceiver(lambda event: None, secret=None, partner_token=TOKEN,
                          allow_unauthenticated=True)  # fmt: skip
    with serving(app) as url:
        yield url


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=deliveries)
def test_the_receiver_never_answers_500(lenient_receiver: str, body: bytes) -> None:
    # 500 means the handler failed; this one never does.
    for path in ("/altegio/events", "/altegio/marketplace"):
        assert post(lenient_receiver, path, body) in {200, 400, 401}


def test_a_failing_handler_does_not_stop_the_receiver() -> None:
    calls: list[int] = []

    def handle(event: Any) -> None:
        calls.append(1)
        raise RuntimeError("partner bug")

    app = WebhookReceiver(handle, secret=None, partner_token=TOKEN, allow_unauthenticated=True)
    with serving(app) as url:
        for status in ("create", "update"):
            body = json.dumps({**payload_for("staff"), "status": status}).encode()
            assert post(url, "/altegio/events", body) == 500  # so that Altegio delivers again
    assert len(calls) == 2


def test_an_empty_partner_token_is_refused_not_trusted() -> None:
    forged = {"salon_id": 1, "application_id": 2, "event": "uninstall", "partner_token": ""}
    with pytest.raises(ValueError, match=r"^partner_token must be a non-empty string, not blank$"):
        webhooks.parse_marketplace_event(forged, partner_token="")


def test_a_status_that_is_not_a_string_is_kept_raw() -> None:
    event = webhooks.parse_event(
        {"company_id": 1, "resource": "record", "resource_id": 2, "status": ["create"], "data": {}}
    )
    assert isinstance(event, webhooks.UnknownEvent) and event.status == "['create']"


def test_the_receiver_refuses_a_negative_content_length(
    receiver: tuple[str, list[Any]],
) -> None:
    server, _ = receiver
    assert post(server, "/altegio/marketplace", b"", **{"Content-Length": "-1"}) == 400


# -- the token before the parse (issue 27) ---------------------------------------------------


def test_a_lifecycle_call_without_our_token_is_refused_before_any_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Raw bytes are scanned for our token first: a call without it never reaches the JSON
    parser (with its per-number hooks), whatever it holds."""

    def no_parse(body: Any) -> Any:
        raise AssertionError("parsed before the token was checked")

    monkeypatch.setattr(webhooks, "_load_lifecycle", no_parse)
    for body in (
        json.dumps(lifecycle("uninstall", partner_token="guess")).encode(),
        json.dumps({**lifecycle("uninstall"), "partner_token": None}).encode(),
        b"[" + b'{"a": 1.5},' * 1000 + b"1]",
        b"\xff not JSON",
        json.dumps({"note": f"partner_token {TOKEN}"}),  # the token, but not as the key's value
    ):
        with pytest.raises(errors.WebhookAuthenticationError):
            webhooks.parse_marketplace_event(body, partner_token=TOKEN)


@pytest.mark.parametrize(
    "written",
    [
        '"partner_token":"ab\\/cd"',  # PHP's json_encode escapes "/"
        '"partner_token" :\n\t"ab/cd"',
        '"partner_token": "\\u0061\\u0062/cd"',
    ],
    ids=["php-escaped", "spaced", "unicode-escaped"],
)
def test_the_token_is_found_however_json_writes_it(written: str) -> None:
    body = f'{{"salon_id": 1, "application_id": 2, "event": "freeze", {written}}}'
    assert webhooks.parse_marketplace_event(body, partner_token="ab/cd") == webhooks.Freeze(1, 2)
    assert webhooks.parse_marketplace_event(body.encode(), partner_token="ab/cd") == (
        webhooks.Freeze(1, 2)
    )


def test_the_scan_looks_at_the_first_four_token_keys_and_the_parse_has_the_last_word() -> None:
    top = '"salon_id": 1, "application_id": 2, "event": "freeze"'
    decoy = '{"partner_token": "guess"}'

    def body(decoys: int, token: str = TOKEN) -> str:
        nested = ", ".join(f'"n{i}": {decoy}' for i in range(decoys))
        return f'{{{nested}{", " if decoys else ""}{top}, "partner_token": "{token}"}}'

    assert webhooks.parse_marketplace_event(body(3), partner_token=TOKEN) == webhooks.Freeze(1, 2)
    with pytest.raises(errors.WebhookAuthenticationError):  # Altegio sends one such key
        webhooks.parse_marketplace_event(body(4), partner_token=TOKEN)
    # Our token in a nested object passes the scan; the top-level one is what counts.
    nested = f'{{{top}, "x": {{"partner_token": "{TOKEN}"}}, "partner_token": "guess"}}'
    with pytest.raises(errors.WebhookAuthenticationError):
        webhooks.parse_marketplace_event(nested, partner_token=TOKEN)


def test_a_secret_with_whitespace_around_it_is_refused() -> None:
    for token in (f"{TOKEN}\n", f" {TOKEN}"):
        with pytest.raises(ValueError, match="partner_token has whitespace around it"):
            webhooks.parse_marketplace_event(lifecycle("freeze"), partner_token=token)
