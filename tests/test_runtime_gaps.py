"""What mutation testing of the runtime (issue 17, `make mutate`) showed no test pinned down,
each through the public surface: limits, error statuses, ownership of a passed-in pool,
per-call options, signed payment amounts, event keys and the lenient readers."""

from __future__ import annotations

import asyncio
import copy
import datetime
import functools
import hashlib
import hmac
import inspect
import json
import logging
import pickle
import re
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from altegio_devtools import (
    AltegioClient,
    AsyncAltegioClient,
    RateLimit,
    RateLimiter,
    Unset,
    _logs,
    dedupe,
    errors,
    models,
    webhooks,
)
from altegio_devtools.dedupe import DeliveryInProgress, MemoryDedupeStore, RedisDedupeStore
from altegio_devtools.drift import Drift, DriftError
from altegio_devtools.receiver import WebhookReceiver
from tests.fault_server import FaultServer, Reply, ok, send_json, serving
from tests.valkey import free_port

COUNTRIES = "/api/v1/countries"
SALONS = "/app/marketplace/application/2/salons"
TOKEN = "partner-token-7c1e"
#: A retryable answer that asks for no wait, so that retries cost no time.
UNAVAILABLE = Reply(503, "down", headers={"Retry-After": "0"})


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        yield running


def on(server: FaultServer, **options: Any) -> AltegioClient:
    settings: dict[str, Any] = {"rate_limits": None, "timeout": 2.0, **options}
    return AltegioClient(
        partner_token=TOKEN,  # not "p": what the server says is redacted of every "p" in it
        api_base_url=f"{server.url}/api/v1",
        app_base_url=f"{server.url}/app",
        **settings,
    )


# -- rate limits -----------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", [AltegioClient, AsyncAltegioClient])
def test_the_default_limits_are_5_per_second_and_200_per_minute(client_class: type) -> None:
    default = inspect.signature(client_class).parameters["rate_limits"].default
    now = [0.0]
    limiter = RateLimiter(default, clock=lambda: now[0], margin=0.0)
    waits = []
    for _ in range(201):
        wait = limiter.reserve()
        waits.append(wait)
        now[0] += 0.25  # 4 per second: within the per-second window
    assert waits[:200] == [0.0] * 200
    # The 201st would make 201 in 60 s: it waits for the first one to leave the minute.
    assert waits[200] == 60.0 - 200 * 0.25
    burst = RateLimiter(default, clock=lambda: 0.0, margin=0.0)
    assert [burst.reserve() for _ in range(6)] == [0.0] * 5 + [1.0]


@pytest.mark.parametrize(("requests", "seconds"), [(5, 0), (5, 0.0), (5, -1.0), (0, 1.0)])
def test_a_limit_without_a_window_or_requests_is_refused(requests: int, seconds: float) -> None:
    with pytest.raises(ValueError, match="invalid rate limit"):
        RateLimit(requests, seconds)
    assert RateLimit(1, 0.001).seconds == 0.001  # the smallest positive ones are fine


def test_a_margin_that_is_not_a_finite_non_negative_number_is_refused() -> None:
    for margin in (-0.1, float("inf"), float("nan")):
        with pytest.raises(ValueError, match="margin"):
            RateLimiter([RateLimit(1, 1.0)], margin=margin)
    now = [0.0]
    limiter = RateLimiter([RateLimit(1, 1.0)], clock=lambda: now[0], margin=0.25)
    assert [limiter.reserve(), limiter.reserve()] == [0.0, 1.25]  # the margin lengthens it


def test_depart_admits_only_what_the_requests_that_left_allow() -> None:
    now = [0.0]
    limiter = RateLimiter([RateLimit(2, 1.0)], clock=lambda: now[0], margin=0.0)
    assert [limiter.depart(), limiter.depart(), limiter.depart()] == [0.0, 0.0, 1.0]
    now[0] = 0.75
    assert limiter.depart() == 0.25  # a refused departure is not counted
    now[0] = 1.0
    assert [limiter.depart(), limiter.depart(), limiter.depart()] == [0.0, 0.0, 1.0]


def test_a_pause_holds_every_request_and_is_never_shortened() -> None:
    now = [10.0]
    limiter = RateLimiter([RateLimit(100, 1.0)], clock=lambda: now[0], margin=0.0)
    limiter.pause(2.0)
    limiter.pause(0.5)  # a shorter Retry-After seen later does not end the pause early
    assert (limiter.reserve(), limiter.depart()) == (2.0, 2.0)
    now[0] = 12.0
    assert (limiter.reserve(), limiter.depart()) == (0.0, 0.0)


def test_every_window_is_kept_with_its_margin() -> None:
    now = [0.0]
    limiter = RateLimiter([RateLimit(2, 1.0), RateLimit(3, 10.0)], clock=lambda: now[0], margin=0.5)
    assert [limiter.reserve() for _ in range(4)] == [0.0, 0.0, 1.5, 10.5]
    default = RateLimiter([RateLimit(1, 1.0)], clock=lambda: now[0])
    assert [default.reserve(), default.reserve()] == [0.0, 1.05]  # 50 ms by default


# -- error statuses and the success envelope -------------------------------------------------


@pytest.mark.parametrize("body", [{"data": []}, "", "<html>Bad Request</html>", {"success": True}])
def test_a_400_is_an_error_whatever_its_body(server: FaultServer, body: Any) -> None:
    server.script(COUNTRIES, Reply(400, body))
    with on(server) as client, pytest.raises(errors.BadRequestError) as error:
        client.dictionaries.list_countries()
    assert error.value.status_code == 400
    assert server.hits[COUNTRIES] == 1  # a client error is not retried


def test_an_error_status_just_below_400_and_one_above_are_told_apart(server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(399, {"success": True, "data": [], "meta": []}))
    with on(server) as client, pytest.raises(errors.RedirectError):
        client.dictionaries.list_countries()
    server.script(COUNTRIES, Reply(401, {"data": []}))
    with on(server) as client, pytest.raises(errors.AuthenticationError):
        client.dictionaries.list_countries()


def test_success_false_only_at_the_top_of_the_envelope_is_an_error(server: FaultServer) -> None:
    nested = {"success": True, "data": [{"id": 1, "title": "X", "success": False}], "meta": []}
    server.script(COUNTRIES, Reply(200, nested))
    with on(server) as client:
        (country,) = client.dictionaries.list_countries().data
        assert (country.id, country.title) == (1, "X")
    spaced = b'{"success" :\n false, "data": [], "meta": {"message": "Nope"}}'
    server.script(COUNTRIES, Reply(200, spaced))
    with on(server) as client, pytest.raises(errors.APIStatusError, match="Nope") as error:
        client.dictionaries.list_countries()
    assert error.value.status_code == 200
    # `"success": false` as a value, or a key merely containing it, is no failure.
    for body in (
        b'{"success": true, "data": [{"id": 2, "title": "\\"success\\": false"}], "meta": []}',
        b'{"success": true, "data": [{"id": 3, "title": "success"}], "meta": {"success": 0}}',
    ):
        server.script(COUNTRIES, Reply(200, body))
        with on(server) as client:
            assert len(client.dictionaries.list_countries().data) == 1


# -- options -----------------------------------------------------------------------------------


def test_with_options_keeps_max_retries_unless_it_is_given(server: FaultServer) -> None:
    server.script(COUNTRIES, UNAVAILABLE)
    with on(server, max_retries=0) as client:
        for view, hits in (
            (client.with_options(timeout=5.0), 1),
            (client.with_options(strict=True), 1),
            (client.with_options(max_retries=1), 2),
            (client.with_options(max_retries=1).with_options(timeout=3.0), 2),
        ):
            before = server.hits[COUNTRIES]
            with pytest.raises(errors.InternalServerError):
                view.dictionaries.list_countries()
            assert server.hits[COUNTRIES] - before == hits
    with on(server, max_retries=3) as client:
        with pytest.raises(errors.InternalServerError):
            client.with_options(total_timeout=10.0).dictionaries.list_countries()
    assert server.hits[COUNTRIES] == 1 + 1 + 2 + 2 + 4


def test_with_options_validates_what_it_is_given() -> None:
    client = AltegioClient(partner_token="p")
    cases: tuple[tuple[dict[str, Any], str], ...] = (
        ({"max_retries": -1}, "max_retries"),
        ({"timeout": 0}, "finite"),
        ({"total_timeout": 0}, "total_timeout"),
        ({"max_response_size": 0}, "max_response_size"),
    )
    for options, message in cases:
        with pytest.raises(ValueError, match=message):
            client.with_options(**options)


# -- ownership of the connection pool --------------------------------------------------------


class _KeepAliveServer(ThreadingHTTPServer):
    """Answers every GET with an empty envelope over kept-alive HTTP/1.1 connections, and
    counts the connections a client holds open."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _KeepAliveHandler)
        self.open = 0
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def open_after(self, seconds: float, expected: int) -> int:
        """The open connections once they are `expected`, or after `seconds`."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.open != expected:
            time.sleep(0.01)
        return self.open


class _KeepAliveHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _KeepAliveServer

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.open += 1

    def finish(self) -> None:
        super().finish()
        with self.server.lock:
            self.server.open -= 1

    def do_GET(self) -> None:
        send_json(self, 200, {"success": True, "data": [], "meta": []})

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def keep_alive_server() -> Iterator[_KeepAliveServer]:
    server = _KeepAliveServer()
    with serving(server):
        yield server


def test_close_closes_the_pool_the_client_opened() -> None:
    with keep_alive_server() as server:
        client = AltegioClient(partner_token="p", api_base_url=server.url, rate_limits=None)
        client.dictionaries.list_countries()
        assert server.open_after(2.0, 1) == 1  # kept alive in the client's pool
        client.close()
        assert server.open_after(2.0, 0) == 0


def test_close_leaves_a_passed_in_http_client_open() -> None:
    with keep_alive_server() as server, httpx.Client() as mine:
        client = AltegioClient(
            partner_token="p", api_base_url=server.url, rate_limits=None, http_client=mine
        )
        client.dictionaries.list_countries()
        client.close()
        assert not mine.is_closed
        assert server.open_after(0.3, 0) == 1  # still pooled in the caller's client
        assert mine.get(f"{server.url}/countries").json()["success"] is True
        with pytest.raises(errors.ClientClosedError):
            client.dictionaries.list_countries()
    assert server.open_after(2.0, 0) == 0


def test_aclose_closes_the_pool_the_async_client_opened() -> None:
    with keep_alive_server() as server:

        async def use() -> tuple[int, int]:
            client = AsyncAltegioClient(
                partner_token="p", api_base_url=server.url, rate_limits=None
            )
            await client.dictionaries.list_countries()
            during = server.open_after(2.0, 1)
            await client.aclose()
            return during, server.open_after(2.0, 0)

        assert asyncio.run(use()) == (1, 0)


def test_aclose_leaves_a_passed_in_async_http_client_open() -> None:
    with keep_alive_server() as server:

        async def use() -> tuple[bool, bool]:
            async with httpx.AsyncClient() as mine:
                client = AsyncAltegioClient(
                    partner_token="p", api_base_url=server.url, rate_limits=None, http_client=mine
                )
                await client.dictionaries.list_countries()
                await client.aclose()
                still = (await mine.get(f"{server.url}/countries")).json()["success"]
                return mine.is_closed, still

        assert asyncio.run(use()) == (False, True)


# -- pagination, checked by the server -------------------------------------------------------


class _PagedServer(ThreadingHTTPServer):
    """Serves `total` connected locations by `page` and `count`; a missing, zero or
    repeated page is a 400, as Altegio would not answer it with the next items."""

    daemon_threads = True

    def __init__(self, total: int) -> None:
        super().__init__(("127.0.0.1", 0), _PagedHandler)
        self.total = total
        self.pages: list[int] = []

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _PagedHandler(BaseHTTPRequestHandler):
    server: _PagedServer

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        page, count = int(query.get("page", ["0"])[0]), int(query.get("count", ["0"])[0])
        expected = len(self.server.pages) + 1
        self.server.pages.append(page)
        if page != expected or count < 1:
            body: dict[str, Any] = {"success": False, "meta": {"message": f"page {page}?"}}
            status = 400
        else:
            first = (page - 1) * count + 1
            ids = range(first, min(first + count, self.server.total + 1))
            body, status = {"success": True, "data": [{"id": i} for i in ids], "meta": []}, 200
        send_json(self, status, body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def paged_server(total: int) -> Iterator[_PagedServer]:
    server = _PagedServer(total)
    with serving(server):
        yield server


@pytest.mark.parametrize(("total", "pages"), [(5, [1, 2, 3]), (4, [1, 2, 3]), (1, [1]), (0, [1])])
def test_pagination_asks_for_pages_1_2_3_in_order_sync_and_async(
    total: int, pages: list[int]
) -> None:
    with paged_server(total) as server:
        with AltegioClient(partner_token="p", app_base_url=server.url, rate_limits=None) as client:
            ids = [location.id for location in client.iter_locations(2, page_size=2)]
        assert (ids, server.pages) == (list(range(1, total + 1)), pages)

    async def collect(url: str) -> list[Any]:
        async with AsyncAltegioClient(partner_token="p", app_base_url=url, rate_limits=None) as c:
            return [location.id async for location in c.iter_locations(2, page_size=2)]

    with paged_server(total) as server:
        assert asyncio.run(collect(server.url)) == list(range(1, total + 1))
        assert server.pages == pages


def test_the_page_cap_and_page_size_bounds() -> None:
    with paged_server(10) as server:
        with AltegioClient(partner_token="p", app_base_url=server.url, rate_limits=None) as client:
            read: list[Any] = []
            locations = client.iter_locations(2, page_size=3, max_pages=2)
            with pytest.raises(errors.PaginationError, match="max_pages=2") as error:
                read.extend(location.id for location in locations)
            assert (read, error.value.page, server.pages) == ([1, 2, 3, 4, 5, 6], 2, [1, 2])
            for size in (0, 1001, True):
                with pytest.raises(ValueError, match="page_size"):
                    next(client.iter_locations(2, page_size=size))
            for pages in (0, True, 1.5):
                with pytest.raises(ValueError, match="max_pages"):
                    next(client.iter_locations(2, max_pages=pages))  # type: ignore[arg-type]
    with paged_server(1000) as server:
        with AltegioClient(partner_token="p", app_base_url=server.url, rate_limits=None) as client:
            assert len(list(client.iter_locations(2, page_size=1000))) == 1000
        assert server.pages == [1, 2]

    async def capped(url: str) -> int:
        async with AsyncAltegioClient(partner_token="p", app_base_url=url, rate_limits=None) as c:
            with pytest.raises(errors.PaginationError) as error:
                async for _ in c.iter_locations(2, page_size=1, max_pages=3):
                    pass
            return error.value.page

    with paged_server(10) as server:
        assert asyncio.run(capped(server.url)) == 3
        assert server.pages == [1, 2, 3]


# -- webhooks ----------------------------------------------------------------------------------


def _sign(message: str) -> str:
    return hmac.new(TOKEN.encode(), message.encode(), hashlib.sha256).hexdigest()


def _payment(amount: str, sign_amount: str, discount: str | None = None) -> bytes:
    message = f"salon_id=123&amount={sign_amount}"
    fields = f'"salon_id": 123, "application_id": 456, "event": "payment", "amount": {amount}'
    if discount is not None:
        fields += f', "discount": {discount}'
        message += f"&discount={discount}"
    fields += f', "partner_token": "{TOKEN}", "sign": "{_sign(message)}"'
    return ("{" + fields + "}").encode()


@pytest.mark.parametrize(
    ("written", "accepted", "refused"),
    [
        ("100.50", ["100.50", "100.5"], ["100.500", "100.05", "100"]),
        ("100.0", ["100.0", "100"], ["100.00", "1e2"]),
        ("1e2", ["1e2", "100"], ["100.0", "1E2"]),
        ("0.1", ["0.1"], [".1", "0.10"]),
        ("-2.50", ["-2.50", "-2.5"], ["2.5"]),
    ],
)
def test_a_payment_sign_over_the_amount_as_written_or_as_javascript_writes_it(
    written: str, accepted: list[str], refused: list[str]
) -> None:
    for spelling in accepted:
        payment = webhooks.parse_marketplace_event(_payment(written, spelling), partner_token=TOKEN)
        assert isinstance(payment, webhooks.Payment)
        assert payment.amount == float(written) and payment.salon_id == 123
        assert payment.discount is None
    for spelling in refused:
        with pytest.raises(errors.WebhookAuthenticationError, match="sign"):
            webhooks.parse_marketplace_event(_payment(written, spelling), partner_token=TOKEN)


def test_a_signed_discount_keeps_its_spelling_too() -> None:
    payment = webhooks.parse_marketplace_event(_payment("100", "100", "15.50"), partner_token=TOKEN)
    assert isinstance(payment, webhooks.Payment) and payment.discount == 15.5
    body = _payment("100", "100", "15.50").replace(b'"discount": 15.50', b'"discount": 15.5')
    with pytest.raises(errors.WebhookAuthenticationError):
        webhooks.parse_marketplace_event(body, partner_token=TOKEN)


@pytest.mark.parametrize(
    ("number", "javascript"),
    [
        ("100", "100"), ("0", "0"), ("-0.0", "0"), ("1e21", "1e+21"),
        ("1e20", "100000000000000000000"),
        ("1.5e21", "1.5e+21"), ("1e-7", "1e-7"), ("1.25e-7", "1.25e-7"), ("0.000001", "0.000001"),
        ("123.456", "123.456"), ("0.5", "0.5"), ("-1e-7", "-1e-7"), ("12e3", "12000"),
        ("123", "123"), ("7", "7"), ("1.5e3", "1500"), ("123.0", "123"), ("7.0", "7"),
    ],
)  # fmt: skip
def test_amounts_verify_in_javascript_s_spelling_from_a_decoded_dict(
    number: str, javascript: str
) -> None:
    body = json.loads(_payment(number, javascript))
    payment = webhooks.parse_marketplace_event(body, partner_token=TOKEN)
    assert isinstance(payment, webhooks.Payment) and payment.amount == float(number)


def _event(resource: str = "record", **data: Any) -> dict[str, Any]:
    return {"company_id": 11, "resource": resource, "resource_id": 22, "status": "update",
            "data": {"id": 22, **data}}  # fmt: skip


@pytest.mark.parametrize("resource", ["record", "not_a_resource_yet"])
def test_two_updates_of_one_record_have_different_event_keys(resource: str) -> None:
    first = webhooks.parse_event(_event(resource, comment="first"))
    second = webhooks.parse_event(_event(resource, comment="second"))
    assert webhooks.event_key(first) != webhooks.event_key(second)
    again = webhooks.parse_event(json.dumps(_event(resource, comment="first")).encode())
    assert webhooks.event_key(first) == webhooks.event_key(again)
    assert webhooks.event_key(first).startswith(f"{resource}:11:22:update:")


@pytest.mark.parametrize(
    "failure",
    [DriftError([Drift("data.id", "an integer", "x")]), KeyError("id")],
)
def test_a_payload_model_that_cannot_be_built_is_an_invalid_webhook(
    monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    """Models record drift instead of raising, so no payload gets here today; should one
    raise (a future generator), the delivery is refused as invalid (400), not a crash (500),
    and the error names the resource and keeps the drift."""

    def cannot_build(payload: dict[str, Any]) -> None:
        raise failure

    monkeypatch.setattr(models.RecordEvent, "from_dict", cannot_build)
    with pytest.raises(errors.InvalidWebhookError) as caught:
        webhooks.parse_event(_event(comment="x"))
    expected = (
        "record event cannot be read: data.id: expected an integer, got a string of 1 character"
        if isinstance(failure, DriftError)
        else "record event cannot be read (KeyError)"  # its text may quote a value: not shown
    )
    assert str(caught.value) == expected
    assert caught.value.__cause__ is (failure if isinstance(failure, DriftError) else None)
    assert caught.value.drift == getattr(failure, "entries", ())


def test_event_keys_of_drifted_events_differ_by_what_did_not_fit() -> None:
    one = webhooks.parse_event(_event(online={"not": "a flag"}))
    two = webhooks.parse_event(_event(online={"also": "not"}))
    assert one.drift and two.drift
    assert webhooks.event_key(one) != webhooks.event_key(two)


def test_lifecycle_event_keys() -> None:
    def call(event: str, **extra: Any) -> webhooks.MarketplaceEvent:
        body = {"salon_id": 123, "application_id": 456, "event": event, "partner_token": TOKEN}
        return webhooks.parse_marketplace_event({**body, **extra}, partner_token=TOKEN)

    assert webhooks.event_key(call("uninstall")) == "marketplace:uninstall:456:123"
    assert webhooks.event_key(call("freeze")) == "marketplace:freeze:456:123"
    one, two = call("unfreeze", at="1"), call("unfreeze", at="2")
    assert webhooks.event_key(one) != webhooks.event_key(two)
    assert webhooks.event_key(one).startswith("marketplace:unfreeze:456:123:")
    assert webhooks.event_key(one) == webhooks.event_key(call("unfreeze", at="1", sign="x"))
    signed = json.loads(_payment("10", "10"))
    unnumbered = [
        webhooks.parse_marketplace_event({**signed, "payment_date": date}, partner_token=TOKEN)
        for date in ("a", "b")
    ]
    keys = {webhooks.event_key(payment) for payment in unnumbered}
    assert len(keys) == 2 and all(k.startswith("marketplace:payment:456:123:") for k in keys)


@pytest.mark.parametrize("company_id", [3.7, "3.7", True, "", "x"])
def test_a_company_id_that_is_not_a_whole_number_is_refused_not_truncated(
    company_id: object,
) -> None:
    with pytest.raises(errors.InvalidWebhookError, match="company_id is not an integer"):
        webhooks.parse_event({**_event(), "company_id": company_id})


def test_whole_ids_in_any_json_spelling_are_read() -> None:
    for company_id in (3, "3", 3.0, " 3 "):
        event = webhooks.parse_event({**_event(), "company_id": company_id})
        assert event.company_id == 3


# -- lenient readers, through parsed webhooks and responses ----------------------------------


@pytest.mark.parametrize(
    ("sent", "read"),
    [(1, True), (0, False), ("1", True), ("0", False), ("true", True), ("false", False),
     (True, True), (False, False)],
)  # fmt: skip
def test_flags_read_as_booleans(sent: object, read: bool) -> None:
    event = webhooks.parse_event(_event(online=sent))
    assert isinstance(event, models.RecordEvent)
    assert event.data.online is read and not event.drift


@pytest.mark.parametrize("sent", [2, -1, "yes", "True", "", 1.5, None])
def test_other_values_are_no_boolean(sent: object) -> None:
    event = webhooks.parse_event(_event(online=sent))
    assert isinstance(event, models.RecordEvent) and isinstance(event.data.online, Unset)
    assert [entry.path for entry in event.drift] == ["data.online"]


def _next_slot(sent: object) -> tuple[Any, list[str]]:
    def answer(request: httpx.Request) -> httpx.Response:
        location = {"id": 1, "next_slot": sent}
        return httpx.Response(200, json={"success": True, "data": [location], "meta": []})

    transport = httpx.MockTransport(answer)
    with AltegioClient(
        partner_token="p", rate_limits=None, http_client=httpx.Client(transport=transport)
    ) as client:
        (location,) = client.marketplace.list_locations(2, page=1, count=1).data
    return location.next_slot, [entry.path for entry in location.drift]


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        (" 2022-06-27 12:20:02 ", datetime.datetime(2022, 6, 27, 12, 20, 2)),
        ("2022-06-27T12:20:02 ", datetime.datetime(2022, 6, 27, 12, 20, 2)),
        ("", None), ("  ", None), ("0000-00-00", None), (" 0000-00-00 00:00:00 ", None),
        ("0000-00-00T00:00:00", None), (None, None),
    ],
)  # fmt: skip
def test_dates_with_spaces_read_and_empty_ones_are_no_date(sent: object, read: object) -> None:
    assert _next_slot(sent) == (read, [])


@pytest.mark.parametrize("sent", ["soon", "0000-00-01", "9999-12-31T24:00:00", 20220627])
def test_what_is_no_date_is_drift(sent: object) -> None:
    value, paths = _next_slot(sent)
    assert isinstance(value, Unset) and paths == ["next_slot"]


def test_request_date_times_go_out_to_the_second_and_an_offset_is_refused() -> None:
    sent: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"success": True, "data": {"id": 1}, "meta": []})

    plus_four = datetime.timezone(datetime.timedelta(hours=4))
    with AltegioClient(
        partner_token="p",
        rate_limits=None,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    ) as client:
        client.marketplace.notify_payment(
            salon_id=1, application_id=2, payment_sum=10.0, currency_iso="EUR",
            payment_date=datetime.datetime(2022, 1, 1, 10, 10, 5, 123456),
            period_from=datetime.datetime(2022, 1, 1, 0, 0, 0, 999999),
            period_to="2022-02-01 00:00:00",
        )  # fmt: skip
        for aware in (
            datetime.datetime(2022, 1, 1, 10, 10, 5, tzinfo=plus_four),
            datetime.datetime(2022, 2, 1, tzinfo=datetime.UTC),
        ):
            with pytest.raises(ValueError, match=r"^period_to: pass a naive datetime"):
                client.marketplace.notify_payment(
                    salon_id=1, application_id=2, payment_sum=10.0, currency_iso="EUR",
                    payment_date=datetime.datetime(2022, 1, 1), period_from="2022-01-01 00:00:00",
                    period_to=aware,
                )  # fmt: skip
    (body,) = sent
    assert (body["payment_date"], body["period_from"], body["period_to"]) == (
        "2022-01-01 10:10:05",
        "2022-01-01 00:00:00",
        "2022-02-01 00:00:00",
    )


class _Text(str):
    """A str subclass, as some frameworks hand over decoded JSON strings."""


def test_a_string_subclass_reads_as_a_string() -> None:
    event = webhooks.parse_event(_event(comment=_Text("from a framework")))
    assert isinstance(event, models.RecordEvent) and not event.drift
    assert event.data.comment == "from a framework"


# -- webhook de-duplication and the receiver, in process ----------------------------------------


def test_the_memory_store_runs_an_event_once_and_forgets_what_it_must() -> None:
    async def scenario() -> None:
        store = MemoryDedupeStore(wait=0.1)
        assert await store.claim("a") is True
        started = time.monotonic()
        with pytest.raises(DeliveryInProgress):
            await store.claim("a")  # pending elsewhere: waits, then gives up
        assert 0.1 <= time.monotonic() - started < 1.0
        await store.release("a")  # that handler failed: the next delivery runs it
        assert await store.claim("a") is True
        await store.done("a")
        assert await store.claim("a") is False  # a duplicate
        assert await store.claim("b") is True
        await store.aclose()

    asyncio.run(scenario())


def test_a_waiting_delivery_learns_how_the_other_one_ended() -> None:
    async def scenario() -> tuple[bool, bool]:
        store = MemoryDedupeStore(wait=5)
        assert await store.claim("done") and await store.claim("failed")
        later_done = asyncio.create_task(store.claim("done"))
        later_failed = asyncio.create_task(store.claim("failed"))
        await asyncio.sleep(0.1)
        await store.done("done")
        await store.release("failed")
        return await later_done, await later_failed

    assert asyncio.run(scenario()) == (False, True)


def test_claims_and_marks_expire_and_the_oldest_keys_go_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The store's clock, moved by the test: no sleep racing a TTL of the same size.
    now = [1000.0]
    monkeypatch.setattr(dedupe, "time", SimpleNamespace(monotonic=lambda: now[0]))

    async def scenario() -> list[bool]:
        store = MemoryDedupeStore(ttl=2, claim_ttl=1, wait=0, size=2)
        results = [await store.claim("killed-worker")]
        now[0] += 1  # claim_ttl later
        results.append(await store.claim("killed-worker"))  # its claim expired
        await store.done("killed-worker")
        results.append(await store.claim("killed-worker"))  # done: a duplicate
        now[0] += 1.5
        results.append(await store.claim("killed-worker"))  # done: still a duplicate
        now[0] += 0.5  # ttl later
        results.append(await store.claim("killed-worker"))  # done expired after ttl
        for key in ("x", "y", "z"):
            await store.claim(key)
            await store.done(key)
        results += [await store.claim("x"), await store.claim("z")]  # x was forgotten
        return results

    assert asyncio.run(scenario()) == [True, True, False, False, True, True, False]


SECRET = "receiver-secret-5d2"
EVENT = json.dumps(_event(comment="hello")).encode()


def _asgi(
    app: WebhookReceiver,
    body: bytes | list[bytes] = EVENT,
    *,
    method: str = "POST",
    path: str = "/altegio/events",
    headers: dict[str, str] | None = None,
    complete: bool = True,
    then_disconnect: bool = False,
) -> tuple[int, dict[bytes, bytes], Any]:
    """One request through the ASGI app: its status, headers and JSON body. The body comes
    in `chunks`; not `complete`: more is announced and never comes (or the client leaves)."""
    chunks = body if isinstance(body, list) else [body]
    messages: list[dict[str, Any]] = [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1 or not complete}
        for i, chunk in enumerate(chunks)
    ]
    if then_disconnect:
        messages.append({"type": "http.disconnect"})
    sent: list[dict[str, Any]] = []
    if headers is None:
        headers = {"Authorization": f"Bearer {SECRET}"}

    async def receive() -> dict[str, Any]:
        if messages:
            return messages.pop(0)
        await asyncio.sleep(3600)  # the client sends nothing more
        raise AssertionError

    async def send(message: Any) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    asyncio.run(app(scope, receive, send))
    start, end = sent
    payload = end["body"]
    return start["status"], dict(start["headers"]), json.loads(payload) if payload else None


def _receiver(handled: list[Any], **options: Any) -> WebhookReceiver:
    settings: dict[str, Any] = {"secret": SECRET, "partner_token": TOKEN, **options}
    return WebhookReceiver(handled.append, **settings)


def test_the_receiver_handles_an_event_once_and_counts_duplicates() -> None:
    handled: list[Any] = []
    app = _receiver(handled)
    assert _asgi(app)[::2] == (200, {"handled": 1, "duplicates": 0})
    assert _asgi(app)[::2] == (200, {"handled": 0, "duplicates": 1})
    batch = json.dumps([_event(comment="hello"), _event(comment="other")]).encode()
    assert _asgi(app, batch)[::2] == (200, {"handled": 1, "duplicates": 1})
    assert [event.data.comment for event in handled] == ["hello", "other"]


def test_the_receiver_authenticates_and_answers_each_failure() -> None:
    handled: list[Any] = []
    app = _receiver(handled)
    assert _asgi(app, headers={"Authorization": "Bearer guess"})[0] == 401
    assert _asgi(app, headers={})[0] == 401
    assert _asgi(app, b"not json")[0] == 400
    assert _asgi(app, path="/elsewhere")[0] == 404
    status, headers, _ = _asgi(app, method="GET")
    assert (status, headers[b"allow"]) == (405, b"POST")
    status, headers, body = _asgi(app, method="HEAD")
    assert (status, body) == (405, None)
    assert int(headers[b"content-length"]) > 0  # the length of the body a GET would get
    assert handled == []


def test_the_receiver_limits_the_body() -> None:
    app = _receiver([], max_body_size=100)
    length = {"Authorization": f"Bearer {SECRET}", "Content-Length": "101"}
    status, headers, _ = _asgi(app, b"x" * 101, headers=length)
    assert (status, headers[b"connection"]) == (413, b"close")
    assert _asgi(app, [b"x" * 60, b"x" * 41])[0] == 413  # chunked: counted as it comes
    small = json.dumps(_event()).encode()
    assert len(small) <= 100
    assert _asgi(app, [small[:50], small[50:]])[0] == 200
    assert _asgi(app, small, headers={**length, "Content-Length": "-1"})[0] == 400
    assert _asgi(app, small, headers={**length, "Content-Length": "100"})[0] == 200


def test_a_body_that_stops_arriving_is_a_408_and_a_client_that_leaves_a_400() -> None:
    app = _receiver([], body_timeout=0.2)
    started = time.monotonic()
    assert _asgi(app, [EVENT[:10]], complete=False)[0] == 408
    assert 0.2 <= time.monotonic() - started < 2.0
    assert _asgi(app, [EVENT[:10]], complete=False, then_disconnect=True)[0] == 400
    assert _asgi(app, [EVENT[:10], EVENT[10:]])[0] == 200


def test_lifecycle_calls_need_the_partner_token_and_skip_de_duplication() -> None:
    handled: list[Any] = []
    app = _receiver(handled)
    call = {"salon_id": 1, "application_id": 2, "event": "uninstall", "partner_token": TOKEN}
    body = json.dumps(call).encode()
    for _ in range(2):  # repeating an uninstall is safe: both run the handler
        status, _, answer = _asgi(app, body, path="/altegio/marketplace", headers={})
        assert (status, answer) == (200, {"handled": 1, "duplicates": 0})
    forged = json.dumps({**call, "partner_token": "guess"}).encode()
    assert _asgi(app, forged, path="/altegio/marketplace", headers={})[0] == 401
    assert _asgi(app, b"[]", path="/altegio/marketplace", headers={})[0] == 401  # token first
    carried = json.dumps([call]).encode()
    assert _asgi(app, carried, path="/altegio/marketplace", headers={})[0] == 400
    assert handled == [webhooks.Uninstall(1, 2)] * 2
    without_token = _receiver([], partner_token=None)
    assert _asgi(without_token, body, path="/altegio/marketplace", headers={})[0] == 404


def test_the_receiver_refuses_to_start_unsafely() -> None:
    with pytest.raises(ValueError, match="secret is required"):
        WebhookReceiver(print, secret=None, partner_token=None)
    with pytest.raises(ValueError, match="secret must be a non-empty string, not blank"):
        WebhookReceiver(print, secret=" ", partner_token=None)
    with pytest.raises(ValueError, match="secret has whitespace around it"):
        WebhookReceiver(print, secret=f"{SECRET} ", partner_token=None)
    with pytest.raises(ValueError, match="partner_token"):
        WebhookReceiver(print, secret=SECRET, partner_token="")
    handled: list[Any] = []
    open_app = WebhookReceiver(handled.append, secret=None, partner_token=None,
                               allow_unauthenticated=True)  # fmt: skip
    assert _asgi(open_app, headers={})[0] == 200 and len(handled) == 1


def test_strict_receivers_refuse_drift_and_lenient_ones_take_it() -> None:
    drifted = json.dumps(_event(online={"not": "a flag"})).encode()
    assert _asgi(_receiver([]), drifted)[0] == 200
    status, _, answer = _asgi(_receiver([], strict=True), drifted)
    assert (status, answer) == (
        400,
        {"message": "the event does not match the description", "paths": ["data.online"]},
    )


class _FailingStore(MemoryDedupeStore):
    def __init__(self, failing: str) -> None:
        super().__init__(wait=0)
        self.failing = failing

    async def claim(self, key: str) -> bool:
        if self.failing == "claim":
            raise ConnectionError("store down")
        return await super().claim(key)

    async def done(self, key: str) -> None:
        if self.failing == "done":
            raise ConnectionError("store down")
        await super().done(key)

    async def release(self, key: str) -> None:
        if self.failing == "release":
            raise ConnectionError("store down")
        await super().release(key)


def test_store_and_handler_failures_have_their_own_answers() -> None:
    assert _asgi(_receiver([], dedupe=_FailingStore("claim")))[0] == 503
    handled: list[Any] = []
    marks_fail = _receiver(handled, dedupe=_FailingStore("done"))
    assert [_asgi(marks_fail)[0], _asgi(marks_fail)[0]] == [200, 409]  # still claimed
    assert len(handled) == 1

    def broken(event: Any) -> None:
        raise RuntimeError("partner bug")

    store = _FailingStore("release")
    app = WebhookReceiver(broken, secret=SECRET, partner_token=None, dedupe=store)
    assert _asgi(app)[0] == 500
    assert _asgi(app)[0] == 409  # the claim could not be dropped: it stays until it expires
    busy = MemoryDedupeStore(wait=0)
    asyncio.run(busy.claim(webhooks.event_key(webhooks.parse_event(EVENT))))
    assert _asgi(_receiver([], dedupe=busy))[0] == 409


def test_the_receiver_runs_async_handlers_and_its_lifespan() -> None:
    seen: list[Any] = []

    async def handle(event: Any) -> None:
        seen.append(event)

    app = WebhookReceiver(handle, secret=SECRET, partner_token=None)
    assert _asgi(app)[0] == 200 and len(seen) == 1
    closed: list[bool] = []

    class Store(MemoryDedupeStore):
        async def aclose(self) -> None:
            closed.append(True)

    app = WebhookReceiver(handle, secret=SECRET, partner_token=None, dedupe=Store())
    messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[Any] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: Any) -> None:
        sent.append(message["type"])

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert closed == [True]


# -- ALTEGIO_LOG, applied in this process ---------------------------------------------------------


@pytest.fixture
def package_logger() -> Iterator[logging.Logger]:
    """The package's logger, restored afterwards."""
    logger = logging.getLogger("altegio_devtools")
    level, handlers = logger.level, list(logger.handlers)
    logger.setLevel(logging.NOTSET)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_altegio_log_prints_the_package_logs_to_stderr(
    value: str,
    level: int,
    package_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ALTEGIO_LOG", value)
    _logs.configure_from_env()
    _logs.configure_from_env()  # applying it again adds no second handler
    # An application that configured no logging (pytest's capturing handlers aside).
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    assert package_logger.level == level and len(package_logger.handlers) == 1
    logging.getLogger("altegio_devtools.sub").info("an info line")
    logging.getLogger("altegio_devtools.sub").debug("a debug line")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == (2 if level == logging.DEBUG else 1)
    line = r"\[\d{4}-\d\d-\d\d [\d:,]+ - altegio_devtools\.sub:\d+ - INFO\] an info line"
    assert re.fullmatch(line, lines[0])
    logging.getLogger().addHandler(logging.NullHandler())  # the application configures logging
    logging.getLogger("altegio_devtools").warning("not printed twice")
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("value", ["", "  ", "verbose"])
def test_an_unset_or_unknown_altegio_log_changes_nothing(
    value: str, package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTEGIO_LOG", value)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _logs.configure_from_env()
    assert package_logger.level == logging.NOTSET and package_logger.handlers == []
    messages = [str(warning.message) for warning in caught]
    if value.strip():
        assert messages == ["ALTEGIO_LOG='verbose' is ignored: use one of ['debug', 'info']"]
    else:
        assert messages == []


# -- pagination's repeat detection, open enums, UNSET, the JSON decoder ---------------------------


def test_a_server_ignoring_page_is_caught_even_when_its_meta_changes(server: FaultServer) -> None:
    page = [{"id": 1}, {"id": 2}]
    server.script(SALONS, *(Reply(200, {"success": True, "data": page, "meta": {"at": n}})
                            for n in range(5)))  # fmt: skip
    with on(server) as client:
        with pytest.raises(errors.PaginationError) as error:
            list(client.iter_locations(2, page_size=2))
    message = "page 2 of the connected locations repeats page 1 (the server seems to ignore `page`)"
    assert str(error.value) == message + "; stopped" and error.value.page == 2
    assert server.hits[SALONS] == 2


def test_full_pages_of_unreadable_items_are_told_apart_by_their_bodies(
    server: FaultServer,
) -> None:
    server.script(SALONS, ok(["a", "b"]), ok(["c", "d"]), ok(["c", "d"]))
    with on(server) as client, pytest.raises(errors.PaginationError, match="repeats page 2"):
        list(client.iter_locations(2, page_size=2))
    assert server.hits[SALONS] == 3


def test_a_page_short_by_more_than_its_unreadable_items_is_the_last(server: FaultServer) -> None:
    server.script(SALONS, ok([{"id": 1}, "unreadable"]), ok([{"id": 9}]))
    with on(server) as client:
        assert [location.id for location in client.iter_locations(2, page_size=3)] == [1]
    assert server.hits[SALONS] == 1


def test_one_page_is_allowed_and_a_full_one_then_stops(server: FaultServer) -> None:
    server.script(SALONS, ok([{"id": 1}]))
    with on(server) as client:
        assert [location.id for location in client.iter_locations(2, max_pages=1)] == [1]
        with pytest.raises(errors.PaginationError, match="max_pages=1") as error:
            list(client.iter_locations(2, page_size=1, max_pages=1))
    assert error.value.page == 1


def test_client_reprs_name_the_class_and_both_hosts_only() -> None:
    sync = AltegioClient(partner_token="partner-secret", api_base_url="http://a/", rate_limits=None)
    assert repr(sync) == "<AltegioClient api='http://a' app='https://app.alteg.io'>"
    assert repr(sync.with_options(timeout=3.0)) == repr(sync)
    async_client = AsyncAltegioClient(partner_token="partner-secret", environment="mock")
    mock = "https://developer.alteg.io/_mock/en/developers/openapi"
    assert repr(async_client) == f"<AsyncAltegioClient api='{mock}' app='{mock}'>"


def test_unknown_enum_values_keep_their_value_and_name() -> None:
    status = models.ConnectionState("archived")
    assert (status.value, status.name, str(status)) == ("archived", "archived", "archived")
    sex = models.ClientEventDataSexId(7)
    assert (sex.value, sex.name, int(sex), sex == 7) == (7, "7", 7, True)
    for wrong in ("7", None, 2.5):
        with pytest.raises(ValueError):
            models.ClientEventDataSexId(wrong)  # type: ignore[arg-type]


def test_unset_is_falsy_and_says_what_it_is() -> None:
    from altegio_devtools import UNSET  # noqa: PLC0415

    assert (bool(UNSET), repr(UNSET), str(UNSET)) == (False, "UNSET", "UNSET")
    assert isinstance(UNSET, Unset)
    # An enum's only member (issue 23): `x is UNSET` narrows under mypy and pyright, and
    # it stays the one UNSET through copies and pickles (Celery, multiprocessing).
    assert list(Unset) == [UNSET]
    assert copy.deepcopy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET


@pytest.mark.parametrize(
    ("data", "drift"), [([], []), ("", []), ({}, []), ([1, 2], ["data"]), (0, ["data"])]
)
def test_php_s_empty_array_is_an_empty_object_and_other_non_objects_are_drift(
    data: object, drift: list[str]
) -> None:
    event = webhooks.parse_event({**_event(), "data": data})
    assert isinstance(event, models.RecordEvent) and isinstance(event.data, models.RecordEventData)
    assert isinstance(event.data.id, Unset)  # the empty object stands in
    assert [entry.path for entry in event.drift] == drift


def test_the_json_decoder_is_looked_for_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys  # noqa: PLC0415
    import types  # noqa: PLC0415

    from altegio_devtools import _json  # noqa: PLC0415

    monkeypatch.setattr(_json, "_looked", False)
    monkeypatch.setattr(_json, "_decode", None)
    assert _json.speedups_enabled() is True  # msgspec is in the dev environment
    assert _json.loads(b'{"a": [1.5, NaN]}')["a"][0] == 1.5  # refused by msgspec: json.loads
    # Another msgspec now would be used only if the decoder were looked for again.
    other = types.ModuleType("msgspec")
    other.json = types.SimpleNamespace(decode=lambda content: "another decoder")  # type: ignore[attr-defined]
    other.MsgspecError = ValueError  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "msgspec", other)
    assert _json.loads(b"[1]") == [1] and _json.speedups_enabled() is True
    monkeypatch.setitem(sys.modules, "msgspec", None)  # not installed
    monkeypatch.setattr(_json, "_looked", False)
    monkeypatch.setattr(_json, "_decode", None)
    assert _json.loads(b"[1]") == [1] and _json.speedups_enabled() is False


# -- webhook envelopes and lifecycle calls: exact verdicts --------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[1]", "the body is a JSON array, not an object (use parse_events for a list of events)"),
        (b'"x"', "the body is a JSON string, not an object"),
        (b"1.5", "the body is a JSON number, not an object"),
        (b"null", "the body is a JSON null, not an object"),
        (b"true", "the body is a JSON boolean, not an object"),
        (b'{"company_id": 1, "resource_id": "x"}',
         "the body lacks resource, status; resource_id is not an integer: a string of 1 "
         "character"),
        (b'{"resource": "record", "resource_id": 1, "status": "create"}',
         "the body lacks company_id"),
    ],
)  # fmt: skip
def test_what_is_not_an_entity_event_is_refused_saying_why(body: bytes, message: str) -> None:
    with pytest.raises(errors.InvalidWebhookError) as error:
        webhooks.parse_event(body)
    assert str(error.value) == message


def test_a_list_of_events_names_the_item_that_is_not_one() -> None:
    good = _event(comment="a")
    assert len(webhooks.parse_events(json.dumps([good, good]))) == 2
    assert len(webhooks.parse_events(json.dumps(good).encode())) == 1
    for body, message in (
        ([good, 5], "[1]: a JSON number, not an event"),
        ([good, {"company_id": 1}], "[1]: the body lacks resource, resource_id, status"),
        (5, "the body is a JSON number, not an event or a list of events"),
    ):
        with pytest.raises(errors.InvalidWebhookError) as error:
            webhooks.parse_events(json.dumps(body))
        assert str(error.value) == message
    drifted = [good, _event(online={"not": "a flag"})]
    with pytest.raises(errors.InvalidWebhookError, match=r"^\[1\]: record event") as error:
        webhooks.parse_events(json.dumps(drifted), strict=True)
    assert [entry.path for entry in error.value.drift] == ["[1].data.online"]
    lenient = webhooks.parse_events(json.dumps(drifted))
    assert [[entry.path for entry in event.drift] for event in lenient] == [[], ["data.online"]]


def test_an_unknown_event_keeps_the_envelope_and_the_raw_body() -> None:
    body = {**_event("something_new", comment="x"), "status": "archived"}
    event = webhooks.parse_event(body)
    assert isinstance(event, webhooks.UnknownEvent)
    assert (event.company_id, event.resource, event.resource_id, event.status) == (
        11, "something_new", 22, "archived"
    )  # fmt: skip
    assert event.data == {"id": 22, "comment": "x"} and event.raw == body and event.drift == ()
    known_resource = webhooks.parse_event({**_event(), "status": "archived"})
    assert isinstance(known_resource, webhooks.UnknownEvent)


def _lifecycle(**fields: Any) -> dict[str, Any]:
    body = {"salon_id": 123, "application_id": 456, "event": "uninstall", "partner_token": TOKEN}
    return {**body, **fields}


def test_lifecycle_ids_are_json_integers_or_ascii_digits() -> None:
    read = webhooks.parse_marketplace_event(
        _lifecycle(salon_id="0123", application_id=456), partner_token=TOKEN
    )
    assert read == webhooks.Uninstall(123, 456)
    for salon_id in (True, 1.0, "12a", "", None, "١٢٣"):
        with pytest.raises(errors.InvalidWebhookError, match="salon_id is not an integer"):
            webhooks.parse_marketplace_event(_lifecycle(salon_id=salon_id), partner_token=TOKEN)


@pytest.mark.parametrize("token", [123, None, "", TOKEN + "x", TOKEN[:-1], "\ud800"])
def test_a_lifecycle_call_with_another_token_is_refused(token: object) -> None:
    with pytest.raises(errors.WebhookAuthenticationError, match="wrong partner_token"):
        webhooks.parse_marketplace_event(_lifecycle(partner_token=token), partner_token=TOKEN)


def test_a_payment_reads_every_field_and_checks_its_sign() -> None:
    fields = json.loads(_payment("990.99", "990.99"))
    fields.update(
        payment_id="15", currency_iso=840, discount=None, tariff_option_id=None,
        period_from="2026-01-01", period_to=None, payment_date="2026-01-01 10:10:00",
    )  # fmt: skip
    payment = webhooks.parse_marketplace_event(fields, partner_token=TOKEN)
    assert payment == webhooks.Payment(
        salon_id=123, application_id=456, payment_id=15, amount=990.99, currency_iso="840",
        discount=None, period_from=datetime.datetime(2026, 1, 1), period_to=None,
        payment_date=datetime.datetime(2026, 1, 1, 10, 10), tariff_option_id=None,
    )  # fmt: skip
    upper = {**fields, "sign": fields["sign"].upper()}
    assert webhooks.parse_marketplace_event(upper, partner_token=TOKEN) == payment
    for sign in (123, None, fields["sign"] + "0", "é" * 64):
        with pytest.raises(errors.WebhookAuthenticationError, match="wrong sign"):
            webhooks.parse_marketplace_event({**fields, "sign": sign}, partner_token=TOKEN)
    with pytest.raises(errors.InvalidWebhookError, match="the body lacks amount, sign"):
        webhooks.parse_marketplace_event(_lifecycle(event="payment"), partner_token=TOKEN)


@pytest.mark.parametrize("amount", ["1e400", "true", '"1_000"', '"nan"', "[1]", '"1e400"'])
def test_an_amount_that_is_not_a_finite_number_is_refused(amount: str) -> None:
    with pytest.raises(errors.InvalidWebhookError, match="amount is not a finite number"):
        webhooks.parse_marketplace_event(_payment(amount, "1"), partner_token=TOKEN)


def test_lifecycle_bodies_are_strict_json_objects() -> None:
    text = json.dumps(_lifecycle())
    repeated = text[:-1] + ', "partner_token": "forged"}'
    with pytest.raises(errors.InvalidWebhookError, match="repeats the key 'partner_token'"):
        webhooks.parse_marketplace_event(repeated, partner_token=TOKEN)
    token = f'"partner_token": "{TOKEN}"'
    for body, message in (
        (text.replace("456", "NaN"), "not JSON"), (b"\xff" + token.encode(), "not JSON"),
        (f"[{{{token}}}]", "JSON array"), (json.dumps([_lifecycle()]), "JSON array"),
        (f"{{{token}", "not JSON"),
    ):  # fmt: skip
        with pytest.raises(errors.InvalidWebhookError, match=message):
            webhooks.parse_marketplace_event(body, partner_token=TOKEN)
    for unauthenticated in ("[]", b"\xff", "{"):  # no token: refused as such, unread
        with pytest.raises(errors.WebhookAuthenticationError):
            webhooks.parse_marketplace_event(unauthenticated, partner_token=TOKEN)
    with pytest.raises(errors.InvalidWebhookError, match="JSON array"):
        webhooks.parse_marketplace_event([_lifecycle()], partner_token=TOKEN)
    with pytest.raises(ValueError, match="partner_token must be a non-empty string"):
        webhooks.parse_marketplace_event(text, partner_token="")


# -- what the transport puts on the wire and refuses up front -------------------------------------


def _sent(call: Callable[[AltegioClient], object], **options: Any) -> httpx.Request:
    """The one request `call` sends through a client with `options`."""
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"success": True, "data": {"id": 1}, "meta": []})

    settings: dict[str, Any] = {"partner_token": "p", "rate_limits": None, **options}
    transport = httpx.MockTransport(answer)
    with AltegioClient(http_client=httpx.Client(transport=transport), **settings) as client:
        call(client)
    (request,) = requests
    return request


def _notify(client: AltegioClient, **changes: Any) -> object:
    fields: dict[str, Any] = {
        "salon_id": 1, "application_id": 2, "payment_sum": 10, "currency_iso": "€UR",
        "payment_date": datetime.datetime(2022, 1, 1), "period_from": datetime.datetime(2022, 1, 1),
        "period_to": datetime.datetime(2022, 2, 1), **changes,
    }  # fmt: skip
    return client.marketplace.notify_payment(**fields)


def test_headers_and_the_json_body_as_sent() -> None:
    get = _sent(lambda client: client.dictionaries.list_countries())
    assert get.headers["User-Agent"].startswith("altegio-devtools/")
    assert "Content-Type" not in get.headers and get.content == b""
    post = _sent(lambda client: _notify(client, payment_sum=Decimal("99.90")))
    assert post.headers["Content-Type"] == "application/json"
    assert b'"application_id":2,"payment_sum":99.9,' in post.content  # compact
    assert '"currency_iso":"€UR"'.encode() in post.content  # UTF-8, not \\u escapes
    whole = _sent(lambda client: _notify(client, payment_sum=Decimal("100.000")))
    assert b'"payment_sum":100,' in whole.content


def test_amounts_that_json_cannot_carry_exactly_are_refused_before_sending() -> None:
    for amount, error, message in (
        (Decimal("0.1000000000000000000001"), ValueError, "exactly"),
        (Decimal("NaN"), ValueError, "^payment_sum: an amount must be a finite number$"),
        (Decimal("Infinity"), ValueError, "^payment_sum: an amount must be a finite number$"),
        (float("nan"), ValueError, "^payment_sum: an amount must be a finite number$"),
        ("1e3", ValueError, "^payment_sum: a string amount is written like 99.90"),
        ("١٢", ValueError, "^payment_sum: a string amount is written like 99.90"),
        (True, TypeError, "^payment_sum: expected an amount"),
    ):
        with pytest.raises(error, match=message):
            _sent(functools.partial(_notify, payment_sum=amount))


def test_tokens_must_be_strings_neither_blank_nor_padded() -> None:
    request = _sent(lambda client: client.dictionaries.list_countries(), partner_token="p1")
    assert request.headers["Authorization"] == "Bearer p1"
    for token in (123, "   ", "", "\n"):
        with pytest.raises(ValueError, match=r"^partner_token must be a non-empty string$"):
            AltegioClient(partner_token=token)  # type: ignore[arg-type]
    for padded in ("  p1  ", "p1\n", " p1"):  # a pasted newline: refused, not guessed at
        with pytest.raises(ValueError, match=r"^partner_token has whitespace around it"):
            AltegioClient(partner_token=padded)
        with pytest.raises(ValueError, match=r"^user_token has whitespace around it"):
            AltegioClient(partner_token="p1", user_token=padded)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"total_timeout": 0}, "total_timeout"), ({"total_timeout": -1.0}, "total_timeout"),
        ({"total_timeout": True}, "total_timeout"), ({"total_timeout": "5"}, "total_timeout"),
        ({"total_timeout": float("inf")}, "total_timeout"),
        ({"max_response_size": 0}, "max_response_size"),
        ({"max_response_size": True}, "max_response_size"),
        ({"max_response_size": 1.5}, "max_response_size"),
        ({"max_retries": True}, "max_retries"), ({"max_retries": 1.0}, "max_retries"),
        ({"strict": 1}, "strict"), ({"strict": None}, "strict"),
        ({"timeout": httpx.Timeout(5.0, connect=None)}, "finite"),
        ({"timeout": httpx.Timeout(5.0, pool=-1.0)}, "finite"),
        ({"timeout": -1}, "finite"),
    ],
)  # fmt: skip
def test_bad_options_are_refused_naming_the_option(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        AltegioClient(partner_token="p", **options)
    assert AltegioClient(partner_token="p", total_timeout=0.5, max_response_size=1, max_retries=0)


@pytest.mark.parametrize("size", [41, 42, 40])
def test_a_body_exactly_at_max_response_size_is_read(server: FaultServer, size: int) -> None:
    body = ok().payload()
    assert len(body) == 41
    server.script(COUNTRIES, Reply(200, body))
    with on(server, max_response_size=size) as client:
        if size >= 41:
            assert client.dictionaries.list_countries().data == []
        else:
            with pytest.raises(errors.ResponseTooLargeError, match=f"max_response_size={size}"):
                client.dictionaries.list_countries()

    async def call() -> object:
        url = f"{server.url}/api/v1"
        async with AsyncAltegioClient(
            partner_token="p", api_base_url=url, rate_limits=None, max_response_size=size
        ) as client:
            return await client.dictionaries.list_countries()

    if size >= 41:
        asyncio.run(call())
    else:
        with pytest.raises(errors.ResponseTooLargeError):
            asyncio.run(call())


def test_a_declared_length_over_the_limit_is_refused_unread(server: FaultServer) -> None:
    body = ok().payload() + b" "
    server.script(COUNTRIES, Reply(headers={"Content-Length": "42"}, stream=lambda: [body]))
    with on(server, max_response_size=41) as client, pytest.raises(errors.ResponseTooLargeError):
        client.dictionaries.list_countries()


def test_a_retry_that_would_end_past_total_timeout_is_not_made(server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(503, "down", headers={"Retry-After": "5"}))
    started = time.monotonic()
    with on(server, total_timeout=2.0) as client, pytest.raises(errors.InternalServerError):
        client.dictionaries.list_countries()
    assert time.monotonic() - started < 1.5 and server.hits[COUNTRIES] == 1


def test_a_rate_limit_wait_past_total_timeout_is_a_timeout_before_sending(
    server: FaultServer,
) -> None:
    server.script(COUNTRIES, ok())
    limits = [RateLimit(1, 30.0)]
    with on(server, rate_limits=limits, total_timeout=1.0) as client:
        client.dictionaries.list_countries()
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            client.dictionaries.list_countries()
        assert time.monotonic() - started < 0.5  # refused at once, not after waiting
    assert server.hits[COUNTRIES] == 1


# -- webhooks: keys, spellings and messages pinned down -------------------------------------------


def test_event_keys_are_16_hex_digits_after_the_envelope() -> None:
    for event in (webhooks.parse_event(_event()), webhooks.parse_event(_event("new_thing"))):
        assert re.fullmatch(r"[a-z_]+:11:22:update:[0-9a-f]{16}", webhooks.event_key(event))


def test_an_unknown_event_s_key_ignores_key_order_and_reads_any_value() -> None:
    one = webhooks.parse_event({**_event("new_thing"), "data": {"a": 1, "b": 2}})
    two = webhooks.parse_event({**_event("new_thing"), "data": {"b": 2, "a": 1}})
    assert webhooks.event_key(one) == webhooks.event_key(two)
    # A body decoded by a framework may hold values JSON has no type for.
    amounts = [
        webhooks.parse_event({**_event("new_thing"), "data": {"amount": Decimal(text)}})
        for text in ("1.5", "2.5")
    ]
    assert len({webhooks.event_key(event) for event in amounts}) == 2


def test_a_resource_that_is_not_a_string_is_an_unknown_event() -> None:
    event = webhooks.parse_event({**_event(), "resource": ["record"]})
    assert isinstance(event, webhooks.UnknownEvent) and event.resource == "['record']"


def test_unknown_lifecycle_keys_do_not_depend_on_the_partner_token() -> None:
    keys = {
        webhooks.event_key(
            webhooks.parse_marketplace_event(
                _lifecycle(event="unfreeze", partner_token=token), partner_token=token
            )
        )
        for token in (TOKEN, "rotated-token-9b4")
    }
    assert len(keys) == 1


def test_lifecycle_messages_are_exact() -> None:
    with pytest.raises(errors.WebhookAuthenticationError) as error:
        webhooks.parse_marketplace_event(_lifecycle(partner_token="guess"), partner_token=TOKEN)
    assert str(error.value) == "lifecycle call with a wrong partner_token"
    with pytest.raises(errors.WebhookAuthenticationError) as error:
        webhooks.parse_marketplace_event(_payment("10", "11"), partner_token=TOKEN)
    assert str(error.value) == "payment call with a wrong sign"
    with pytest.raises(ValueError) as value_error:
        webhooks.parse_marketplace_event(_lifecycle(), partner_token="")
    assert str(value_error.value) == "partner_token must be a non-empty string, not blank"
    with pytest.raises(errors.InvalidWebhookError) as invalid:
        body = f'{{"salon_id": NaN, "partner_token": "{TOKEN}"}}'.encode()
        webhooks.parse_marketplace_event(body, partner_token=TOKEN)
    assert str(invalid.value) == "the body is not JSON: NaN is not a JSON number"


def test_a_string_salon_id_is_signed_as_written() -> None:
    message = "salon_id=0123&amount=10"
    body = {**json.loads(_payment("10", "10")), "salon_id": "0123", "sign": _sign(message)}
    payment = webhooks.parse_marketplace_event(body, partner_token=TOKEN)
    assert isinstance(payment, webhooks.Payment) and payment.salon_id == 123
    with pytest.raises(errors.WebhookAuthenticationError):
        webhooks.parse_marketplace_event({**body, "sign": _sign("salon_id=123&amount=10")},
                                         partner_token=TOKEN)  # fmt: skip


def test_decoded_amounts_verify_as_written_or_as_javascript_writes_them_only() -> None:
    body = json.loads(_payment("10", "10"))
    cases: list[tuple[object, list[str], list[str]]] = [
        (Decimal("99.90"), ["99.90", "99.9"], ["None", "99.900"]),
        (100, ["100"], ["None", "100.0"]),
        (99.9, ["99.9"], ["None", "99.90"]),
    ]
    for amount, accepted, refused in cases:
        for spelling in accepted:
            signed = {**body, "amount": amount, "sign": _sign(f"salon_id=123&amount={spelling}")}
            payment = webhooks.parse_marketplace_event(signed, partner_token=TOKEN)
            assert isinstance(payment, webhooks.Payment) and payment.amount == float(amount)  # type: ignore[arg-type]
        for spelling in refused:
            signed = {**body, "amount": amount, "sign": _sign(f"salon_id=123&amount={spelling}")}
            with pytest.raises(errors.WebhookAuthenticationError):
                webhooks.parse_marketplace_event(signed, partner_token=TOKEN)


class _Id(int):
    """An int subclass, as a framework's decoded body may hold."""


def test_an_integer_subclass_is_an_id_and_an_odd_own_token_is_no_crash() -> None:
    read = webhooks.parse_marketplace_event(_lifecycle(salon_id=_Id(7)), partner_token=TOKEN)
    assert read == webhooks.Uninstall(7, 456)
    with pytest.raises(errors.WebhookAuthenticationError):
        webhooks.parse_marketplace_event(_lifecycle(), partner_token="token\ud800")


def test_a_payment_keeps_its_period_and_tariff_option() -> None:
    body = {**json.loads(_payment("10", "10")), "period_from": "2026-01-01",
            "period_to": "2026-02-01", "tariff_option_id": "7"}  # fmt: skip
    payment = webhooks.parse_marketplace_event(body, partner_token=TOKEN)
    assert isinstance(payment, webhooks.Payment)
    assert (payment.period_from, payment.period_to, payment.tariff_option_id) == (
        datetime.datetime(2026, 1, 1), datetime.datetime(2026, 2, 1), 7
    )  # fmt: skip


# -- the transport's refusals and messages, exactly -----------------------------------------------


def test_extras_that_are_not_mappings_or_set_authorization_are_refused() -> None:
    client = AltegioClient(partner_token="p", rate_limits=None)
    cases: list[tuple[dict[str, Any], type[Exception], str]] = [
        ({"extra_headers": [("a", "b")]}, TypeError, "extra_headers must be a mapping, not list"),
        ({"extra_query": "a=b"}, TypeError, "extra_query must be a mapping, not str"),
        ({"extra_body": 5}, TypeError, "extra_body must be a mapping, not int"),
        ({"extra_headers": {"AUTHORIZATION": "Bearer x"}}, ValueError,
         "extra_headers cannot set Authorization: the client builds it from its tokens "
         "(use with_options(partner_token=..., user_token=...))"),
    ]  # fmt: skip
    for extras, error, message in cases:
        with pytest.raises(error) as raised:
            if "extra_body" in extras:
                _notify(client, **extras)
            else:
                client.dictionaries.list_countries(**extras)
        assert str(raised.value) == message


def test_with_options_checks_new_tokens_naming_them() -> None:
    client = AltegioClient(partner_token="p", rate_limits=None)
    cases: tuple[tuple[dict[str, Any], str], ...] = (
        ({"partner_token": " "}, "partner_token must be a non-empty string"),
        ({"user_token": ""}, "user_token must be a non-empty string"),
        ({"user_token": "a,b"}, "user_token must be printable ASCII without commas"),
    )
    for options, message in cases:
        with pytest.raises(ValueError) as raised:
            client.with_options(**options)
        assert str(raised.value) == message


def test_a_pool_the_caller_closed_is_a_client_closed_error(server: FaultServer) -> None:
    mine = httpx.Client()
    mine.close()
    with on(server, http_client=mine) as client, pytest.raises(errors.ClientClosedError) as error:
        client.dictionaries.list_countries()
    assert str(error.value) == "this client was closed during the call"
    assert server.hits[COUNTRIES] == 0


def test_a_streamed_body_over_the_limit_names_it_sync_and_async(server: FaultServer) -> None:
    body = ok([{"id": n} for n in range(50)]).payload()
    server.script(COUNTRIES, Reply(stream=lambda: [body[:100], body[100:]]))
    message = "is larger than max_response_size=120 bytes; not read"
    with on(server, max_response_size=120) as client:
        with pytest.raises(errors.ResponseTooLargeError, match=message) as error:
            client.dictionaries.list_countries()
    assert error.value.limit == 120

    async def call() -> object:
        url = f"{server.url}/api/v1"
        async with AsyncAltegioClient(
            partner_token="p", api_base_url=url, rate_limits=None, max_response_size=120
        ) as client:
            return await client.dictionaries.list_countries()

    with pytest.raises(errors.ResponseTooLargeError, match=message):
        asyncio.run(call())


def test_what_json_cannot_carry_is_named_exactly() -> None:
    # The parameter is named, the value never is (it may be personal data).
    with pytest.raises(ValueError) as error:
        _sent(functools.partial(_notify, payment_sum=Decimal("NaN")))
    assert str(error.value) == "payment_sum: an amount must be a finite number"
    with pytest.raises(ValueError) as value_error:
        _sent(functools.partial(_notify, payment_sum=Decimal("0.1000000000000000000001")))
    assert str(value_error.value) == (
        "payment_sum: the amount cannot be sent exactly as a JSON number"
    )


def test_debug_and_retry_log_lines_never_show_either_token(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    partner, user = "partner-token-5e6f7a", "user-token-1a2b3c"
    server.script(COUNTRIES, UNAVAILABLE, ok())
    with caplog.at_level(logging.DEBUG, logger="altegio_devtools"):
        with AltegioClient(
            partner_token=partner, user_token=user, api_base_url=f"{server.url}/api/v1",
            rate_limits=None,
        ) as client:  # fmt: skip
            client.dictionaries.list_countries(extra_query={"echo": f"{partner}-{user}"})
    assert "retrying GET" in caplog.text and "-> HTTP 200" in caplog.text
    assert partner not in caplog.text and user not in caplog.text
    assert server.requests[-1][1].endswith(f"echo={partner}-{user}")  # sent as given


def test_the_readers_say_what_they_expected_and_got() -> None:
    """The lenient readers' errors (the generated code's, and request IDs' `to_dict`)."""
    from altegio_devtools import _coerce  # noqa: PLC0415

    cases: list[tuple[Callable[[object], object], object, str]] = [
        (_coerce.as_int, True, "expected an integer, got True"),
        (_coerce.as_int, "1_000", "expected an integer, got '1_000'"),
        (_coerce.as_float, True, "expected a number, got True"),
        (_coerce.as_float, "inf", "expected a number, got 'inf'"),
        (_coerce.as_float, None, "expected a number, got None"),
        (_coerce.as_bool, 2, "expected a boolean, got 2"),
        (_coerce.as_str, {}, "expected a string, got {}"),
        (_coerce.as_datetime, 5, "expected a date-time string, got 5"),
        (_coerce.as_datetime, "9999-12-31T24:00:00", "not a date-time: '9999-12-31T24:00:00'"),
    ]
    for reader, value, message in cases:
        with pytest.raises((TypeError, ValueError)) as error:
            reader(value)
        assert str(error.value) == message


def test_an_unset_altegio_log_changes_nothing(
    package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ALTEGIO_LOG", raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _logs.configure_from_env()
    assert package_logger.level == logging.NOTSET and package_logger.handlers == []


def test_an_unknown_altegio_log_warns_about_the_code_that_applied_it(
    package_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTEGIO_LOG", "trace")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _logs.configure_from_env()
    (warning,) = caught
    # not _logs.py itself but its caller (not pinned to this file: mutmut adds a frame)
    assert warning.filename != _logs.__file__


def test_the_redis_store_runs_an_event_once_across_stores(valkey_url: str) -> None:
    async def scenario() -> None:
        one = RedisDedupeStore(valkey_url, prefix="gaps:", wait=0.2, claim_ttl=0.4)
        two = RedisDedupeStore(valkey_url, prefix="gaps:", wait=5)
        other_prefix = RedisDedupeStore(valkey_url, prefix="elsewhere:", wait=0)
        assert await one.claim("a") is True
        assert await other_prefix.claim("a") is True  # its own key space
        started = time.monotonic()
        with pytest.raises(DeliveryInProgress):
            await one.claim("a")  # pending in the other worker: waits, then gives up
        assert 0.2 <= time.monotonic() - started < 2.0
        waiting = asyncio.create_task(two.claim("a"))
        await asyncio.sleep(0.1)
        await one.done("a")
        assert await waiting is False  # the other delivery finished it: a duplicate
        assert await two.claim("b") is True
        await two.release("b")  # its handler failed: the redelivery runs it
        assert await one.claim("b") is True
        # claim_ttl rounds up to 1 s: a killed worker's claim expires, and the delivery that
        # waits on it (up to 5 s) then runs the handler. Not a sleep against the TTL.
        started = time.monotonic()
        assert await two.claim("b") is True
        assert 0.5 < time.monotonic() - started < 5
        assert await two.claim("a") is False  # done stays for ttl (a week)
        for store in (one, two, other_prefix):
            await store.aclose()

    asyncio.run(scenario())


def test_a_redis_store_that_cannot_be_reached_fails_the_delivery() -> None:
    store = RedisDedupeStore(f"redis://127.0.0.1:{free_port()}/0", timeout=0.5)
    assert _asgi(_receiver([], dedupe=store))[0] == 503


def test_every_receiver_answer_says_why_in_json() -> None:
    handled: list[Any] = []
    app = _receiver(handled, max_body_size=1000, body_timeout=0.1)
    bad_length = {"Authorization": f"Bearer {SECRET}", "Content-Length": "x"}
    too_long = {"Authorization": f"Bearer {SECRET}", "Content-Length": "1001"}
    cases: list[tuple[dict[str, Any], int, str]] = [
        ({"headers": {}}, 401, "wrong Authorization"),
        ({"body": json.dumps(_lifecycle(partner_token="guess")).encode(),
          "path": "/altegio/marketplace", "headers": {}}, 401, "wrong partner_token or sign"),
        ({"path": "/elsewhere"}, 404, "unknown path"),
        ({"method": "PUT"}, 405, "POST only"),
        ({"headers": bad_length}, 400, "bad Content-Length"),
        ({"body": b"x" * 1001, "headers": too_long}, 413, "body too large"),
        ({"body": [b"x" * 600, b"x" * 401]}, 413, "body too large"),
        ({"body": [b"{"], "complete": False}, 408, "body too slow"),
        ({"body": [b"{"], "complete": False, "then_disconnect": True}, 400, "client went away"),
        ({"body": json.dumps([_lifecycle()]).encode(), "path": "/altegio/marketplace",
          "headers": {}}, 400, "the body is a JSON array, not an object"),
        ({"body": b"[1]", "path": "/altegio/marketplace", "headers": {}}, 401,
         "wrong partner_token or sign"),  # no token: not told what else is wrong
    ]  # fmt: skip
    for request, status, message in cases:
        got, headers, answer = _asgi(app, **request)
        assert (got, answer) == (status, {"message": message}), request
        assert headers[b"content-type"] == b"application/json"
    assert handled == []


def test_a_batch_counts_what_it_handled_and_what_it_had_seen() -> None:
    handled: list[Any] = []
    app = _receiver(handled)
    events = [_event(comment=text) for text in ("a", "b")]
    assert _asgi(app, json.dumps(events).encode())[2] == {"handled": 2, "duplicates": 0}
    again = json.dumps([*events, _event(comment="c")]).encode()
    assert _asgi(app, again)[2] == {"handled": 1, "duplicates": 2}
    assert [event.data.comment for event in handled] == ["a", "b", "c"]


def test_failures_answer_in_json_and_are_logged_with_the_event_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    key = webhooks.event_key(webhooks.parse_event(EVENT))

    def broken(event: Any) -> None:
        raise RuntimeError("partner bug")

    cases: list[tuple[WebhookReceiver, int, str, str]] = [
        (WebhookReceiver(broken, secret=SECRET, partner_token=None), 500, "handler failed",
         f"handler failed for {key}"),
        (_receiver([], dedupe=_FailingStore("claim")), 503, "de-duplication store unavailable",
         f"de-duplication store failed for {key}"),
        (WebhookReceiver(broken, secret=SECRET, partner_token=None,
                         dedupe=_FailingStore("release")), 500, "handler failed",
         f"could not release {key}"),
        (_receiver([], dedupe=_FailingStore("done")), 200, "", f"could not mark {key} done"),
    ]  # fmt: skip
    for app, status, message, logged in cases:
        caplog.clear()
        with caplog.at_level(logging.ERROR, logger="altegio_devtools.receiver"):
            got, _, answer = _asgi(app)
        assert got == status and (not message or answer == {"message": message})
        assert logged in [record.getMessage() for record in caplog.records]
    busy = MemoryDedupeStore(wait=0)
    asyncio.run(busy.claim(key))
    assert _asgi(_receiver([], dedupe=busy))[::2] == (
        409, {"message": "this event is being handled by another delivery"}
    )  # fmt: skip
