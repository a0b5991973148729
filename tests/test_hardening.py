"""The faults of issue 11 (an adversarial test of the client and the webhook parsers), each
through the public surface against a server on 127.0.0.1: AltegioClient and
AsyncAltegioClient against tests/fault_server.py, and webhooks.parse_marketplace_event
behind a receiver written as the README shows.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime
import hashlib
import hmac
import itertools
import json
import logging
import pickle
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from altegio_devtools import AltegioClient, AsyncAltegioClient, RateLimit, errors, webhooks
from altegio_devtools._operations import OPERATIONS
from tests.fault_server import RESET, FaultServer, Reply, endless, ok, trickle

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = "/api/v1/countries"
CITIES = "/api/v1/cities"
HOOKS = "/api/v1/hooks_settings/1"
PAYMENT = "/app/marketplace/partner/payment"
CALLBACK = "/app/marketplace/partner/callback"
REDIRECT_CALLBACK = "/app/marketplace/partner/callback/redirect"
REFUND = "/app/marketplace/partner/payment/refund/9"
SHORT_NAMES = "/app/marketplace/partner/short_names"
SALONS = "/app/marketplace/application/2/salons"
PARTNER = "partner-secret"
USER = "user-secret"
MiB = 1024 * 1024


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        yield running


def make_client(server: FaultServer, **options: Any) -> AltegioClient:
    settings: dict[str, Any] = {"rate_limits": None, "timeout": 2.0, **options}
    client = AltegioClient(
        partner_token=PARTNER,
        user_token=USER,
        api_base_url=f"{server.url}/api/v1",
        app_base_url=f"{server.url}/app",
        **settings,
    )
    # Fast retries: the backoff is not what these tests are about.
    client._client._retry_policy = type(client._client._retry_policy)(initial_delay=0.01)
    return client


def make_async_client(server: FaultServer, **options: Any) -> AsyncAltegioClient:
    settings: dict[str, Any] = {"rate_limits": None, "timeout": 2.0, **options}
    client = AsyncAltegioClient(
        partner_token=PARTNER,
        user_token=USER,
        api_base_url=f"{server.url}/api/v1",
        app_base_url=f"{server.url}/app",
        **settings,
    )
    client._client._retry_policy = type(client._client._retry_policy)(initial_delay=0.01)
    return client


@pytest.fixture
def client(server: FaultServer) -> Iterator[AltegioClient]:
    with make_client(server) as altegio:
        yield altegio


def payment_body(**changes: Any) -> dict[str, Any]:
    """notify_payment's keyword arguments."""
    fields: dict[str, Any] = {
        "salon_id": 123,
        "application_id": 456,
        "payment_sum": 990.99,
        "currency_iso": "EUR",
        "payment_date": datetime.datetime(2022, 1, 1, 10, 10),
        "period_from": datetime.datetime(2022, 1, 1),
        "period_to": datetime.datetime(2022, 2, 1),
        **changes,
    }
    return fields


def settings() -> dict[str, Any]:
    """install's keyword arguments."""
    return {"salon_id": 1, "application_id": 2}


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the server did not get there in time"
        time.sleep(0.01)


# -- 1. every attempt has a deadline ---------------------------------------------------------


def test_a_trickled_body_is_cut_off_at_the_timeout_sync_and_async(server: FaultServer) -> None:
    # 41 bytes at one per 0.2 s: 8 s to read in full, each read well inside the timeout.
    server.script(COUNTRIES, trickle({"success": True, "data": [], "meta": []}, every=0.2))
    with make_client(server, timeout=0.5, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            client.dictionaries.list_countries()
        assert time.monotonic() - started < 2.0

    async def call() -> float:
        async with make_async_client(server, timeout=0.5, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(errors.APITimeoutError):
                await client.dictionaries.list_countries()
            return time.monotonic() - started

    assert asyncio.run(call()) < 2.0


def test_total_timeout_bounds_the_whole_call_with_its_retries(server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(503, "down"))
    with make_client(server, max_retries=10) as client:
        # Backoff 0.3 s, then 0.6 s (less up to 25 % jitter): the second does not fit in 0.5 s.
        client._client._retry_policy = type(client._client._retry_policy)(initial_delay=0.3)
        started = time.monotonic()
        with pytest.raises(errors.InternalServerError):  # the last answer, not a timeout
            client.with_options(total_timeout=0.5).dictionaries.list_countries()
        # Not waited for the second backoff (it would end at 0.675 s at the earliest); the
        # slack past 0.5 s is for scheduling on a loaded machine.
        assert time.monotonic() - started < 0.65
    assert server.hits[COUNTRIES] == 2


# -- 2. redirects ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status", "call"),
    [
        (CALLBACK, 302, lambda c: c.marketplace.install(
            **settings())),
        (REFUND, 301, lambda c: c.marketplace.refund_payment(9)),
        (SHORT_NAMES, 303, lambda c: c.marketplace.set_sms_sender_names(
            salon_id=1, application_id=2, short_names=["AL"])),
        (COUNTRIES, 302, lambda c: c.dictionaries.list_countries()),
    ],
)  # fmt: skip
def test_an_undocumented_redirect_is_an_error_naming_status_and_location(
    client: AltegioClient, server: FaultServer, path: str, status: int, call: Any
) -> None:
    server.script(path, Reply(status, b"", {"Location": "https://elsewhere.example/moved"}))
    with pytest.raises(errors.RedirectError) as error:
        call(client)
    assert isinstance(error.value, errors.APIStatusError)
    assert (error.value.status_code, error.value.location) == (
        status,
        "https://elsewhere.example/moved",
    )
    assert f"HTTP {status}" in str(error.value)
    assert "https://elsewhere.example/moved" in str(error.value)
    assert server.hits[path] == 1


def test_the_documented_301_of_the_redirect_callback_is_a_success(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(REDIRECT_CALLBACK, Reply(301, b"", {"Location": "https://partner.example/"}))
    result = client.marketplace.install_redirect(**settings())
    assert result is None


def test_documented_redirects_match_the_description() -> None:
    spec = yaml.safe_load((ROOT / "generated" / "openapi.effective.yaml").read_text())
    documented = {
        operation["operationId"]: frozenset(int(status) for status in operation["responses"]
                                            if str(status).startswith("3"))
        for path in spec["paths"].values()
        for operation in path.values()
        if isinstance(operation, dict) and "operationId" in operation
    }  # fmt: skip
    assert {name: op.redirects for name, op in OPERATIONS.items()} == documented


@pytest.mark.parametrize("status", [307, 302])
def test_a_payment_is_never_redirected_even_by_a_following_http_client(
    server: FaultServer, status: int
) -> None:
    with FaultServer().running() as elsewhere:
        elsewhere.script("/elsewhere", ok({"id": 1}))
        server.script(PAYMENT, Reply(status, b"", {"Location": f"{elsewhere.url}/elsewhere"}))
        http = httpx.Client(follow_redirects=True)
        with make_client(server, http_client=http) as client, pytest.raises(errors.RedirectError):
            client.marketplace.notify_payment(**payment_body())
        http.close()
        assert (server.hits[PAYMENT], elsewhere.hits["/elsewhere"]) == (1, 0)


# -- 3. close() while calls wait ---------------------------------------------------------------


def test_close_while_calls_wait_on_the_rate_limiter_raises_client_closed(
    server: FaultServer,
) -> None:
    server.script(COUNTRIES, ok())
    client = make_client(server, rate_limits=[RateLimit(1, 0.2)])

    def call() -> object:
        try:
            return client.dictionaries.list_countries()
        except Exception as error:  # what each call ended in is the point
            return error

    with concurrent.futures.ThreadPoolExecutor(10) as pool:
        calls = [pool.submit(call) for _ in range(10)]
        wait_for(lambda: server.hits[COUNTRIES] >= 1)
        client.close()
        outcomes = [future.result(timeout=5) for future in calls]
    failures = [o for o in outcomes if isinstance(o, BaseException)]
    assert all(isinstance(o, errors.ClientClosedError) for o in failures), failures
    assert len(failures) >= 5


def test_aclose_while_tasks_wait_on_the_rate_limiter_raises_client_closed(
    server: FaultServer,
) -> None:
    server.script(COUNTRIES, ok())

    async def scenario() -> list[object]:
        client = make_async_client(server, rate_limits=[RateLimit(1, 0.1)])
        calls = [asyncio.create_task(client.dictionaries.list_countries()) for _ in range(6)]
        deadline = time.monotonic() + 5
        while server.hits[COUNTRIES] < 1:
            assert time.monotonic() < deadline, "no call reached the server"
            await asyncio.sleep(0.01)
        await client.aclose()
        return list(await asyncio.gather(*calls, return_exceptions=True))

    outcomes = asyncio.run(scenario())
    failures = [o for o in outcomes if isinstance(o, BaseException)]
    assert all(isinstance(o, errors.ClientClosedError) for o in failures), failures
    assert len(failures) >= 3


# -- 4. Retry-After ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "retry_after",
    [
        "Mon, 01 Jan 99999999999 00:00:00 GMT",  # OverflowError in email.utils
        "Mon, 01 Jan 2026 00:00:00 +99999999",  # an offset no datetime can hold
        "1e999",  # inf: no wait a server meant
        "nan",
        "-5",
        "soon",
    ],
)
def test_a_malformed_retry_after_falls_back_to_backoff(
    client: AltegioClient, server: FaultServer, retry_after: str
) -> None:
    server.script(COUNTRIES, Reply(429, {"success": False}, {"Retry-After": retry_after}), ok())
    started = time.monotonic()
    assert client.dictionaries.list_countries().success is True
    assert server.hits[COUNTRIES] == 2
    assert time.monotonic() - started < 2.0  # the 10 ms backoff, not a 60 s cap


# -- 5. lone surrogates in a lifecycle call ---------------------------------------------------


def on_lifecycle(body: bytes) -> int:
    """The README's receiver, word for word."""
    try:
        webhooks.parse_marketplace_event(body, partner_token=PARTNER)
    except errors.WebhookAuthenticationError:  # wrong partner_token or payment sign
        return 401
    except errors.InvalidWebhookError:
        return 400
    return 200


@contextmanager
def readme_receiver() -> Iterator[Callable[[bytes], int]]:
    """on_lifecycle behind http.server on 127.0.0.1; what escapes it is a 500."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            try:
                status = on_lifecycle(body)
            except Exception:  # what a framework does with an unexpected exception
                status = 500
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.daemon_threads = True
    thread = threading.Thread(target=receiver.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    url = f"http://127.0.0.1:{receiver.server_address[1]}/altegio/marketplace"
    try:
        with httpx.Client() as http:
            yield lambda body: http.post(url, content=body).status_code
    finally:
        receiver.shutdown()
        receiver.server_close()
        thread.join(timeout=5)


def lifecycle_text(**fields: str) -> bytes:
    """A lifecycle body whose values are JSON texts, written as given."""
    values = {"salon_id": "123", "application_id": "456", "event": '"uninstall"',
              "partner_token": json.dumps(PARTNER), **fields}  # fmt: skip
    return ("{" + ", ".join(f'"{key}": {value}' for key, value in values.items()) + "}").encode()


def signed(amount: str, signed_over: str, **fields: str) -> bytes:
    message = f"salon_id=123&amount={signed_over}"
    sign = hmac.new(PARTNER.encode(), message.encode(), hashlib.sha256).hexdigest()
    return lifecycle_text(**{"event": '"payment"', "amount": amount, "sign": f'"{sign}"', **fields})


def test_a_lone_surrogate_is_a_webhook_error_not_a_500() -> None:
    with readme_receiver() as post:
        assert post(lifecycle_text(partner_token='"\\ud800"')) == 401
        assert post(signed("100", "100", sign='"\\ud800"')) == 401
        assert post(signed('"1\\ud8000"', "100")) == 400  # not a number
        assert post(lifecycle_text(salon_id='"\\udfff"')) == 400
        assert post(lifecycle_text()) == 200


# -- 6. pagination terminates -----------------------------------------------------------------


def test_a_server_that_ignores_page_stops_pagination_with_a_typed_error(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(SALONS, ok([{"id": 1}, {"id": 2}], meta={"page": 1}))
    seen: list[int | None] = []
    with pytest.raises(errors.PaginationError, match=r"page 2 .*repeats page 1") as error:
        for location in itertools.islice(client.iter_locations(2, page_size=2), 50):
            seen.append(location.id if isinstance(location.id, int) else None)
    assert error.value.page == 2
    assert seen == [1, 2] and server.hits[SALONS] == 2

    async def walk() -> None:
        async with make_async_client(server) as async_client:
            async for _ in async_client.iter_locations(2, page_size=2):
                pass

    with pytest.raises(errors.PaginationError, match="repeats page 1"):
        asyncio.run(walk())


def test_pagination_has_a_page_cap(client: AltegioClient, server: FaultServer) -> None:
    server.script(SALONS, *(ok([{"id": 2 * n}, {"id": 2 * n + 1}]) for n in range(20)))
    seen: list[object] = []
    locations = client.iter_locations(2, page_size=2, max_pages=3)
    with pytest.raises(errors.PaginationError, match="max_pages=3"):
        seen.extend(location.id for location in locations)
    assert seen == [0, 1, 2, 3, 4, 5] and server.hits[SALONS] == 3


# -- 7. the rate limit as the server counts it -----------------------------------------------


def test_no_window_the_server_sees_holds_more_than_the_limit(server: FaultServer) -> None:
    server.script(COUNTRIES, ok())
    with make_client(server, rate_limits=[RateLimit(4, 0.4)]) as client:
        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            list(pool.map(lambda _: client.dictionaries.list_countries(), range(16)))
    arrivals = sorted(moment for _, moment in server.arrivals)
    assert len(arrivals) == 16
    # Any 5 arrivals (one more than the limit) span more than the 0.4 s window.
    spans = [arrivals[i + 4] - arrivals[i] for i in range(len(arrivals) - 4)]
    assert min(spans) > 0.4, spans


def test_a_429_with_retry_after_pauses_everyone_sharing_the_limiter(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(COUNTRIES, Reply(429, {"success": False}, {"Retry-After": "0.6"}), ok())
    server.script(CITIES, ok())
    caplog.set_level(logging.INFO, logger="altegio_devtools")
    with make_client(server, rate_limits=[RateLimit(100, 1.0)]) as client:
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            first = pool.submit(client.dictionaries.list_countries)
            # The client logs its retry after it paused the limiter for the Retry-After.
            wait_for(lambda: any("after HTTP 429" in r.getMessage() for r in caplog.records))
            client.dictionaries.list_cities()
            first.result(timeout=5)
    arrived = {path: moment for path, moment in reversed(server.arrivals)}  # first arrivals
    assert arrived[CITIES] - arrived[COUNTRIES] >= 0.6 - 0.02


# -- 8. a maximum response size -----------------------------------------------------------------


def test_a_body_over_the_limit_is_refused_while_it_streams(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(COUNTRIES, endless(200, size=100 * MiB, content_type="application/json"))
    with pytest.raises(errors.ResponseTooLargeError, match="max_response_size=33554432") as error:
        client.dictionaries.list_countries()  # the default: 32 MiB
    assert error.value.status_code == 200
    wait_for(lambda: len(server.streamed) == 1)
    assert server.streamed[0][1] < 100 * MiB  # it hung up instead of reading on

    server.script(CITIES, Reply(200, b"[" + b" " * (2 * MiB) + b"]"))  # Content-Length: 2 MiB
    with pytest.raises(errors.ResponseTooLargeError):
        client.with_options(max_response_size=MiB).dictionaries.list_cities()


def test_an_html_error_page_on_a_retried_get_is_not_read_every_time(
    client: AltegioClient, server: FaultServer
) -> None:
    size = 20 * MiB
    server.script(COUNTRIES, endless(502, size=size))
    with pytest.raises(errors.InternalServerError) as error:
        client.dictionaries.list_countries()
    assert error.value.status_code == 502
    assert server.hits[COUNTRIES] == 3
    wait_for(lambda: len(server.streamed) == 3)
    read_in_full = [written for _, written in server.streamed if written == size]
    assert len(read_in_full) <= 1, server.streamed  # only the answer that is raised

    async def call() -> None:
        async with make_async_client(server, max_response_size=MiB) as async_client:
            await async_client.dictionaries.list_countries()

    with pytest.raises(errors.ResponseTooLargeError):
        asyncio.run(call())


# -- 9 and 10. errors pickle without tokens, and never show an echoed token -------------------


@pytest.mark.parametrize(
    "reply",
    [
        Reply(422, {"success": False, "data": None,
                    "meta": {"message": "Invalid", "errors": {"location_id": ["is wrong"]}}}),
        Reply(200, b"<html>not json</html>"),
        Reply(302, b"", {"Location": "https://elsewhere.example/"}),
        RESET,
        Reply(200, {"success": True}, delay=0.5),
    ],
)  # fmt: skip
def test_errors_survive_pickling_without_the_tokens(server: FaultServer, reply: Reply) -> None:
    server.script(HOOKS, reply)
    with make_client(server, timeout=0.2, max_retries=0) as client:
        with pytest.raises(errors.APIError) as caught:
            client.webhooks.get_settings(1)  # sends both tokens
    error = caught.value
    data = pickle.dumps(error)
    assert PARTNER.encode() not in data and USER.encode() not in data
    restored = pickle.loads(data)
    assert type(restored) is type(error)
    assert (str(restored), restored.message, repr(restored)) == (str(error), error.message,
                                                                   repr(error))  # fmt: skip
    assert error.request is not None and restored.request is not None
    assert "authorization" not in restored.request.headers
    assert restored.request.url == error.request.url
    if isinstance(error, errors.APIStatusError):
        assert isinstance(restored, errors.APIStatusError)
        assert (restored.status_code, restored.meta_message, restored.errors) == (
            error.status_code, error.meta_message, error.errors)  # fmt: skip
        assert restored.body is None and restored.response.content == b""  # no body travels


def test_a_token_echoed_by_the_server_is_redacted_in_the_error_text(server: FaultServer) -> None:
    echo = f"Token {PARTNER} is not valid for user {USER}"
    meta = {"message": echo, "errors": {"token": [f"{PARTNER} expired"]}}
    server.script(HOOKS, Reply(401, {"success": False, "data": None, "meta": meta}))
    server.script(COUNTRIES, Reply(200, {"success": True, "data": {"x": f"{PARTNER}"}}))
    with make_client(server) as client:
        with pytest.raises(errors.AuthenticationError) as status_error:
            client.webhooks.get_settings(1)
        with pytest.raises(errors.ResponseValidationError) as body_error:
            client.with_options(strict=True).dictionaries.list_countries()
    for error in (status_error.value, body_error.value):
        text = f"{error} {error!r} {error.message}"
        assert PARTNER not in text and USER not in text, text
    assert "**********" in str(status_error.value)
    (entry,) = body_error.value.drift  # the body is not in the text; its value is redacted
    assert (entry.path, entry.value) == ("data", {"x": "**********"})
    assert status_error.value.meta_message == "Token ********** is not valid for user **********"
    assert status_error.value.errors == [errors.FieldError("token", "********** expired")]
    pickled = pickle.dumps(status_error.value)  # the raw body stays on the live error only
    assert PARTNER.encode() not in pickled


# -- 11. request bodies --------------------------------------------------------------------------


def test_request_bodies_decimal_string_ids_and_naive_datetimes(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(PAYMENT, ok({"id": 1}))
    plus_four = datetime.timezone(datetime.timedelta(hours=4))
    client.marketplace.notify_payment(
        **payment_body(
            payment_sum=Decimal("99.90"),
            salon_id="1050",
            application_id=456,
            payment_date=datetime.datetime(2022, 1, 1, 10, 10),
        )
    )
    sent = json.loads(server.requests[-1][3])
    assert (sent["payment_sum"], sent["salon_id"], sent["application_id"]) == (99.9, 1050, 456)
    assert sent["payment_date"] == "2022-01-01 10:10:00"  # wall time, as Altegio wants
    assert sent["period_from"] == "2022-01-01 00:00:00"

    # A float or bool ID is a bug upstream: refused, as in a path (get_settings(1001.0)).
    for salon_id in ("1_000", "12a", 12.5, 456.0, True):
        with pytest.raises(TypeError, match=r"^salon_id: expected an integer"):
            client.marketplace.notify_payment(**payment_body(salon_id=salon_id))
    with pytest.raises(ValueError, match="exactly"):
        client.marketplace.notify_payment(
            **payment_body(payment_sum=Decimal("0.1000000000000000000001"))
        )
    aware = datetime.datetime(2022, 1, 1, 10, 10, tzinfo=plus_four)
    with pytest.raises(ValueError, match=r"^payment_date: pass a naive datetime"):
        client.marketplace.notify_payment(**payment_body(payment_date=aware))
    assert server.hits[PAYMENT] == 1  # the refused ones were never sent


# -- 12. the payment sign --------------------------------------------------------------------


#: An amount as written in the body, and as JavaScript writes the parsed number.
AMOUNTS = {"99.90": "99.9", "99.9": "99.9", "100.0": "100", "100": "100", "1e2": "100"}


@pytest.mark.parametrize(("written", "javascript"), AMOUNTS.items())
def test_the_sign_verdict_does_not_depend_on_how_the_body_is_passed(
    written: str, javascript: str
) -> None:
    altegio_signed = signed(written, javascript)  # how Altegio's hub verifies it
    literally_signed = signed(written, written)
    with readme_receiver() as post:
        assert post(altegio_signed) == 200
        assert post(literally_signed) == 200
        for other in ("99.900", "100.00", "1E2", "1e+2", "0100", "99.90 "):
            if other.strip() not in (written, javascript):
                assert post(signed(written, other)) == 401, other
    payment = webhooks.parse_marketplace_event(json.loads(altegio_signed), partner_token=PARTNER)
    assert isinstance(payment, webhooks.Payment) and payment.amount == float(written)
    assert webhooks.parse_marketplace_event(altegio_signed, partner_token=PARTNER) == payment
    # A dict from json.loads no longer knows how the number was written (as the README says):
    # it verifies JavaScript's spelling only.
    decoded = json.loads(literally_signed)
    if written == javascript:
        assert webhooks.parse_marketplace_event(decoded, partner_token=PARTNER) == payment
    else:
        with pytest.raises(errors.WebhookAuthenticationError):
            webhooks.parse_marketplace_event(decoded, partner_token=PARTNER)


def test_repeated_keys_and_non_ascii_digits_are_refused() -> None:
    with readme_receiver() as post:
        repeated = lifecycle_text().replace(b'"event"', b'"partner_token": "forged", "event"')
        assert post(repeated) == 400
        assert post(signed("100", "100")[:-1] + b', "amount": 1e9}') == 400
        assert post(lifecycle_text(salon_id='"١٢٣"')) == 400
        assert post(lifecycle_text(salon_id='"1_000"')) == 400
        assert post(lifecycle_text(salon_id='"123"')) == 200
        assert post(signed('"99.90"', "99.90")) == 200  # an amount sent as a string
        assert post(signed('"1_000"', "1_000")) == 400
        assert post(signed("NaN", "NaN")) == 400
