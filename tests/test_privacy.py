"""People's data stays out of errors, logs and answers (issue 27).

Bodies carry salon clients' names and phones. Each test here feeds bodies holding MARKER
(an invented name and phone) through one error path, the way users meet it: the sync and
async clients against a server on 127.0.0.1, the webhook parsers, and the receiver served
by uvicorn. Then MARKER must not appear in the error's str(), repr(), formatted traceback
(chained causes included) or pickle, in any log record (its text and traceback), or in
the receiver's answer; and the de-duplication keys stay short and free of it.

What is shown instead: paths, JSON types and sizes. Altegio's own words (`meta.message`,
the messages of `meta.errors`) are shown and hold no MARKER here; the values of
`meta.errors` (a field's value, an import row) do.
"""

from __future__ import annotations

import asyncio
import json
import logging
import pickle
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, AsyncAltegioClient, _json, drift, errors, webhooks
from altegio_devtools.dedupe import MemoryDedupeStore
from altegio_devtools.receiver import WebhookReceiver
from tests.fault_server import FaultServer, Reply
from tests.receiver_app import serving

#: An invented client: a name and a phone, as webhook and API bodies carry them.
MARKER = "Zelda Quarrington +15550001234"
NAME = "Zelda Quarrington"
PHONE = "+15550001234"
PARTNER = "partner-token-5e1d"
SECRET = "hook-secret-77aa"
COUNTRIES = "/api/v1/countries"
SALONS = "/app/marketplace/application/1/salons"
EVENTS = "/altegio/events"
MARKETPLACE = "/altegio/marketplace"
#: The longest event_key a delivery may produce (a resource, IDs, status, digests).
KEY_LIMIT = 200


def assert_private(text: str | bytes, where: str) -> None:
    """Neither the whole marker nor the name or the phone alone, as text or as bytes."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "backslashreplace")
    for piece in (MARKER, NAME, PHONE):
        assert piece.encode() not in data, f"{piece!r} in {where}: {text!r:.800}"


def assert_error_private(error: BaseException) -> None:
    assert_private(str(error), "str()")
    assert_private(repr(error), "repr()")
    assert_private("".join(traceback.format_exception(error)), "the traceback")
    assert_private(pickle.dumps(error), "the pickle")
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is type(error) and str(restored) == str(error)


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Every record of the package at DEBUG; drift logged afresh (once per path)."""
    monkeypatch.setattr(drift, "_logged", set())
    caplog.set_level(logging.DEBUG, logger="altegio_devtools")
    yield caplog
    for record in caplog.records:
        text = record.getMessage()
        if record.exc_info:
            text += "".join(traceback.format_exception(*record.exc_info))
        assert_private(text, f"the log record {record.name}:{record.levelname}")


# -- the client: every error a response can raise --------------------------------------------

row = {"id": 1, "title": NAME, "phone": PHONE, "phones": MARKER}
envelope = {"success": True, "data": [row], "meta": []}


def status_body(status: int) -> Reply:
    meta = {
        "message": "Invalid data",
        "errors": [
            {"field_name": "phone", "field_value": PHONE, "error_message": "is taken"},
            {"phone": PHONE, "name": NAME, "error": "duplicate row"},
        ],
    }
    return Reply(status, {"success": False, "data": [row], "meta": meta})


Call = Callable[[Any], Any]
list_countries: Call = lambda client: client.dictionaries.list_countries()  # noqa: E731
list_locations: Call = lambda client: client.marketplace.list_locations(1, page=1, count=10)  # noqa: E731

#: (path, the replies in turn, the call, client options, the error class)
CLIENT_PATHS: dict[str, tuple[str, list[Reply], Call, dict[str, Any], type[errors.APIError]]] = {
    "422 envelope with meta.errors values": (
        COUNTRIES, [status_body(422)], list_countries, {}, errors.UnprocessableEntityError),
    "success false at 200": (
        COUNTRIES, [status_body(200)], list_countries, {}, errors.APIStatusError),
    "502 HTML page": (
        COUNTRIES, [Reply(502, f"<html><p>Bad gateway for {MARKER}</p></html>",
                          {"Content-Type": "text/html"})],
        list_countries, {}, errors.InternalServerError),
    "404 JSON that is no envelope": (
        COUNTRIES, [Reply(404, [MARKER])], list_countries, {}, errors.NotFoundError),
    "302 undocumented redirect with a body": (
        COUNTRIES, [Reply(302, MARKER, {"Location": "https://elsewhere.example/moved"})],
        list_countries, {}, errors.RedirectError),
    "200 not JSON": (
        COUNTRIES, [Reply(200, f'{{"success": true, "data": [{{"title": "{MARKER}'.encode())],
        list_countries, {}, errors.ResponseValidationError),
    "200 not UTF-8": (
        COUNTRIES, [Reply(200, MARKER.encode() + b"\xff")],
        list_countries, {}, errors.ResponseValidationError),
    "200 JSON that is no envelope": (
        COUNTRIES, [Reply(200, {"data": [row]})], list_countries, {},
        errors.ResponseValidationError),
    "200 strict drift": (
        SALONS, [Reply(200, envelope)], list_locations, {"strict": True},
        errors.ResponseValidationError),
    "200 over max_response_size": (
        COUNTRIES, [Reply(200, envelope)], list_countries, {"max_response_size": 40},
        errors.ResponseTooLargeError),
}  # fmt: skip


def client_options(server: FaultServer, **options: Any) -> dict[str, Any]:
    return {"partner_token": PARTNER, "user_token": "user-token-4f0a",
            "api_base_url": f"{server.url}/api/v1", "app_base_url": f"{server.url}/app",
            "rate_limits": None, "max_retries": 0, "timeout": 5.0, **options}  # fmt: skip


@pytest.mark.parametrize("case", CLIENT_PATHS)
def test_client_errors_name_paths_and_types_never_values(case: str, logs: Any) -> None:
    path, replies, call, options, cls = CLIENT_PATHS[case]
    with FaultServer().running() as server:
        server.script(path, *replies)
        with AltegioClient(**client_options(server, **options)) as client:
            with pytest.raises(cls) as caught:
                call(client)
    assert type(caught.value) is cls
    assert_error_private(caught.value)


@pytest.mark.parametrize("case", CLIENT_PATHS)
def test_async_client_errors_name_paths_and_types_never_values(case: str, logs: Any) -> None:
    path, replies, call, options, cls = CLIENT_PATHS[case]

    async def run(url_server: FaultServer) -> BaseException:
        async with AsyncAltegioClient(**client_options(url_server, **options)) as client:
            with pytest.raises(cls) as caught:
                await call(client)
        return caught.value

    with FaultServer().running() as server:
        server.script(path, *replies)
        error = asyncio.run(run(server))
    assert_error_private(error)


def test_the_body_stays_on_the_live_error_for_code_that_asks(logs: Any) -> None:
    """Not in the text, but not lost: the response, the decoded body, the values of
    `errors` and of the drift are there for a debugger or the application's own code."""
    with FaultServer().running() as server:
        server.script(COUNTRIES, status_body(422))
        server.script(SALONS, Reply(200, envelope))
        with AltegioClient(**client_options(server)) as client:
            with pytest.raises(errors.UnprocessableEntityError) as status:
                client.dictionaries.list_countries()
            with pytest.raises(errors.ResponseValidationError) as invalid:
                client.with_options(strict=True).marketplace.list_locations(1, page=1, count=10)
    assert MARKER.encode() in status.value.response.content
    assert status.value.body["data"] == [row]
    assert [error.value for error in status.value.errors] == [PHONE, {"phone": PHONE, "name": NAME}]
    assert str(status.value).endswith(": Invalid data (phone: is taken; duplicate row)")
    (entry,) = invalid.value.drift
    assert (entry.path, entry.value) == ("data[0].phones", MARKER)
    assert "data[0].phones: expected a list, got a string of 30 characters" in str(invalid.value)


def test_lenient_drift_is_logged_by_path_and_type(logs: Any) -> None:
    """A lenient client logs the drift (checked by the `logs` fixture) and keeps the value
    on the model's drift entry, which shows no value either."""
    with FaultServer().running() as server:
        server.script(SALONS, Reply(200, envelope))
        with AltegioClient(**client_options(server)) as client:
            (location,) = client.marketplace.list_locations(1, page=1, count=10).data
    (entry,) = location.drift
    assert entry.value == MARKER
    assert_private(f"{entry} {entry!r} {location.drift!r}", "the drift entry")
    warnings = [r.getMessage() for r in logs.records if r.name == "altegio_devtools.drift"]
    assert warnings == [
        "list_marketplace_app_locations does not match the description: data[].phones: "
        "expected a list, got a string"
    ]


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (json.JSONDecodeError("Expecting value", MARKER, 3),
         "not JSON (Expecting value: character 3)"),
        (UnicodeDecodeError("utf-8", MARKER.encode(), 5, 6, "invalid"),
         "not JSON (invalid UTF-8 at byte 5)"),
        (RecursionError(MARKER), "nested too deeply to read"),
        (TypeError(MARKER), "not readable (TypeError)"),
    ],
    ids=["json", "utf-8", "recursion", "other"],
)  # fmt: skip
def test_a_body_that_cannot_be_read_is_described_by_position_and_kind(
    error: BaseException, text: str
) -> None:
    assert _json.describe_decode_error(error) == text


# -- the webhook parsers --------------------------------------------------------------------

EVENT = {
    "company_id": 1, "resource": "record", "resource_id": 2, "status": "create",
    "data": {"id": 3, "comment": MARKER, "client": {"name": NAME, "phone": PHONE}},
}  # fmt: skip
DRIFTED = {**EVENT, "data": {"id": MARKER, "comment": [PHONE], "client": {"phone": [MARKER]}}}
LIFECYCLE = {"salon_id": 1, "application_id": 2, "event": "uninstall", "partner_token": PARTNER}


def lifecycle(**fields: Any) -> bytes:
    return json.dumps({**LIFECYCLE, **fields}).encode()


#: The body, whether to parse strictly, the parser, the error class.
PARSER_PATHS: dict[str, tuple[Any, Callable[[Any], Any] | None, type[errors.WebhookError]]] = {
    "event: not JSON": (
        f"{{'name': '{MARKER}'".encode(), webhooks.parse_event, errors.InvalidWebhookError),
    "event: not UTF-8": (
        MARKER.encode() + b"\xff", webhooks.parse_event, errors.InvalidWebhookError),
    "event: a JSON string": (
        json.dumps(MARKER).encode(), webhooks.parse_event, errors.InvalidWebhookError),
    "event: ids that are not integers": (
        {**EVENT, "company_id": MARKER, "resource_id": [PHONE]}, webhooks.parse_event,
        errors.InvalidWebhookError),
    "event: no envelope": (
        {"data": {"name": NAME}, "phone": PHONE}, webhooks.parse_event,
        errors.InvalidWebhookError),
    "event: strict drift": (
        DRIFTED, lambda body: webhooks.parse_event(body, strict=True),
        errors.InvalidWebhookError),
    "events: an item that is no event": (
        json.dumps([EVENT, MARKER]).encode(), webhooks.parse_events, errors.InvalidWebhookError),
    "events: an item with strict drift": (
        json.dumps([EVENT, DRIFTED]).encode(),
        lambda body: webhooks.parse_events(body, strict=True), errors.InvalidWebhookError),
    "events: more than max_events": (
        json.dumps([EVENT] * 3).encode(),
        lambda body: webhooks.parse_events(body, max_events=2), errors.InvalidWebhookError),
    "lifecycle: a wrong partner_token": (
        lifecycle(partner_token=MARKER, note=NAME), None, errors.WebhookAuthenticationError),
    "lifecycle: no partner_token, not JSON": (
        MARKER.encode(), None, errors.WebhookAuthenticationError),
    "lifecycle: not JSON": (
        f'{{"partner_token": "{PARTNER}", "note": "{MARKER}'.encode(), None,
        errors.InvalidWebhookError),
    "lifecycle: NaN": (
        f'{{"partner_token": "{PARTNER}", "note": "{MARKER}", "x": NaN}}'.encode(), None,
        errors.InvalidWebhookError),
    "lifecycle: a repeated key": (
        lifecycle()[:-1] + f', "note": "{NAME}", "note": "{PHONE}"}}'.encode(), None,
        errors.InvalidWebhookError),
    "lifecycle: a repeated key named by a value": (
        lifecycle()[:-1] + f', "{MARKER}": 1, "{MARKER}": 2}}'.encode(), None,
        errors.InvalidWebhookError),
    "lifecycle: a JSON array": (
        json.dumps([{**LIFECYCLE, "note": MARKER}]).encode(), None, errors.InvalidWebhookError),
    "lifecycle: a salon_id that is no integer": (
        lifecycle(salon_id=MARKER), None, errors.InvalidWebhookError),
    "lifecycle: lacking fields": (
        json.dumps({"partner_token": PARTNER, "note": MARKER}).encode(), None,
        errors.InvalidWebhookError),
    "payment: an amount that is no number": (
        lifecycle(event="payment", amount=MARKER, sign="0" * 64), None,
        errors.InvalidWebhookError),
    "payment: a wrong sign": (
        lifecycle(event="payment", amount="10", currency_iso=MARKER, sign=PHONE), None,
        errors.WebhookAuthenticationError),
}  # fmt: skip


@pytest.mark.parametrize("case", PARSER_PATHS)
@pytest.mark.parametrize("decoded", [False, True], ids=["raw", "decoded"])
def test_parser_errors_name_paths_and_types_never_values(
    case: str, decoded: bool, logs: Any
) -> None:
    body, parse, cls = PARSER_PATHS[case]
    if decoded and "repeated key" in case:
        pytest.skip("a decoded object cannot repeat a key")
    if parse is None:
        parse = lambda body: webhooks.parse_marketplace_event(body, partner_token=PARTNER)  # noqa: E731
    if decoded:  # the same body as the application's framework decoded it
        try:
            body = json.loads(body) if isinstance(body, bytes) else body
        except ValueError:
            pytest.skip("not JSON: no decoded form")
    with pytest.raises(errors.WebhookError) as caught:
        parse(body)
    assert isinstance(caught.value, cls if not decoded else errors.WebhookError)
    assert_error_private(caught.value)


def test_parsed_events_keep_values_out_of_their_drift_and_unknown_reprs(logs: Any) -> None:
    event = webhooks.parse_event(DRIFTED)
    assert {entry.path for entry in event.drift} >= {"data.id", "data.comment"}
    assert_private(f"{event.drift} {event.drift!r}", "the drift")
    unknown = webhooks.parse_event({**EVENT, "resource": "client_note", "data": {"x": MARKER}})
    assert isinstance(unknown, webhooks.UnknownEvent) and unknown.data == {"x": MARKER}
    assert_private(repr(unknown), "an UnknownEvent's repr")


@pytest.mark.parametrize(
    "event",
    [
        {**EVENT, "resource": MARKER * 1000},
        {**EVENT, "resource": "record", "status": MARKER},
        {**EVENT, "resource": {"name": NAME}, "company_id": "7"},
        {**EVENT, "resource": ["x"] * 10_000},
    ],
    ids=["a long resource", "an unknown status", "an object resource", "a long list"],
)
def test_event_keys_of_unknown_input_are_short_digests(event: dict[str, Any]) -> None:
    key = webhooks.event_key(webhooks.parse_event(event))
    assert len(key) < KEY_LIMIT
    assert_private(key, "the event_key")
    assert webhooks.event_key(webhooks.parse_event(event)) == key  # still stable


def test_unknown_lifecycle_event_keys_are_short_digests() -> None:
    call = webhooks.parse_marketplace_event(lifecycle(event=MARKER * 100), partner_token=PARTNER)
    key = webhooks.event_key(call)
    assert len(key) < KEY_LIMIT and key.startswith("marketplace:#")
    assert_private(key, "the event_key")


# -- the receiver, served by uvicorn ---------------------------------------------------------


class RecordingStore(MemoryDedupeStore):
    """The memory store, noting each key it is asked to claim; `failing` makes one of its
    steps raise (as a Redis outage would)."""

    def __init__(self, failing: str = "") -> None:
        super().__init__()
        self.keys: list[str] = []
        self.failing = failing

    def _step(self, name: str) -> None:
        if name == self.failing:
            raise ConnectionError("the store is down")

    async def claim(self, key: str) -> bool:
        self.keys.append(key)
        self._step("claim")
        return await super().claim(key)

    async def done(self, key: str) -> None:
        self._step("done")
        await super().done(key)

    async def release(self, key: str) -> None:
        self._step("release")
        await super().release(key)


def failing_handler(event: Any) -> None:
    raise RuntimeError("the handler failed")


AUTH = {"Authorization": f"Bearer {SECRET}"}
UNKNOWN = json.dumps({**EVENT, "resource": MARKER}).encode()

#: The body, the path, the receiver's options, the handler, the store's failing step, the
#: status answered.
RECEIVER_PATHS: dict[str, tuple[bytes, str, dict[str, Any], Any, str, int]] = {
    "event: not JSON": (
        f"{{'name': '{MARKER}'".encode(), EVENTS, {}, None, "", 400),
    "event: ids that are not integers": (
        json.dumps({**EVENT, "company_id": MARKER}).encode(), EVENTS, {}, None, "", 400),
    "event: strict drift": (
        json.dumps(DRIFTED).encode(), EVENTS, {"strict": True}, None, "", 400),
    "events: an item that is no event": (
        json.dumps([EVENT, MARKER]).encode(), EVENTS, {}, None, "", 400),
    "events: more than max_events": (
        json.dumps([EVENT] * 3).encode(), EVENTS, {"max_events": 2}, None, "", 400),
    "event: the handler fails": (
        UNKNOWN, EVENTS, {}, failing_handler, "", 500),
    "event: the handler and the release fail": (
        UNKNOWN, EVENTS, {}, failing_handler, "release", 500),
    "event: the store fails": (
        UNKNOWN, EVENTS, {}, None, "claim", 503),
    "event: marking it done fails": (
        UNKNOWN, EVENTS, {}, None, "done", 200),
    "lifecycle: a wrong partner_token": (
        lifecycle(partner_token=MARKER), MARKETPLACE, {}, None, "", 401),
    "lifecycle: a salon_id that is no integer": (
        lifecycle(salon_id=MARKER), MARKETPLACE, {}, None, "", 400),
    "lifecycle: a repeated key named by a value": (
        lifecycle()[:-1] + f', "{MARKER}": 1, "{MARKER}": 2}}'.encode(), MARKETPLACE, {}, None,
        "", 400),
    "payment: an amount that is no number": (
        lifecycle(event="payment", amount=MARKER, sign="0" * 64), MARKETPLACE, {}, None, "",
        400),
    "payment: a wrong sign": (
        lifecycle(event="payment", amount="10", note=MARKER, sign=PHONE), MARKETPLACE, {}, None,
        "", 401),
    "lifecycle: an unknown event, the handler fails": (
        lifecycle(event=MARKER), MARKETPLACE, {}, failing_handler, "", 500),
}  # fmt: skip


@pytest.mark.parametrize("case", RECEIVER_PATHS)
def test_receiver_answers_and_logs_name_paths_and_types_never_values(case: str, logs: Any) -> None:
    body, path, options, handler, failing, status = RECEIVER_PATHS[case]
    store = RecordingStore(failing)
    app = WebhookReceiver(
        handler or (lambda event: None), secret=SECRET, partner_token=PARTNER, dedupe=store,
        **options,
    )  # fmt: skip
    with serving(app) as url:
        answer = httpx.post(f"{url}{path}", content=body, headers=AUTH, timeout=10)
    assert answer.status_code == status, answer.text
    assert_private(answer.content, "the answer")
    assert_private(str(answer.headers), "the answer's headers")
    for key in store.keys:
        assert len(key) < KEY_LIMIT
        assert_private(key, "a de-duplication key")
    # The failures are logged (with the event_key and a traceback), so the fixture's check
    # of every record has something to check.
    logged = [r.getMessage() for r in logs.records if r.name == "altegio_devtools.receiver"]
    assert bool(logged) == (status >= 500 or failing == "done"), logged
    if status == 400 and "strict" in options:
        assert answer.json() == {
            "message": "the event does not match the description",
            "paths": ["data.id", "data.comment", "data.client.phone"],
        }
