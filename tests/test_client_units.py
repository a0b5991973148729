"""The transport under AltegioClient and AsyncAltegioClient (issue 17, module `client`):
how many times a failing call is tried, what bounds one attempt, which redirects are
followed, what a closed client says, and what the logs tell an operator. Each test talks to
tests/fault_server.py on 127.0.0.1 (or a mock transport where nothing needs to be sent).
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import re
import time
from collections.abc import Iterator
from typing import Any, TypeVar

import httpx
import pytest

from altegio_devtools import AltegioClient, AsyncAltegioClient, RateLimit, drift, errors
from altegio_devtools._retries import RetryPolicy
from altegio_devtools.api.dictionaries import list_countries
from altegio_devtools.client import Client
from tests.fault_server import RESET, FaultServer, Reply, ok, trickle

COUNTRIES = "/api/v1/countries"
MOVED = "/api/v1/countries-moved"
PAYMENT = "/app/marketplace/partner/payment"
ELSEWHERE = "/app/elsewhere"
#: A 200 with an empty body, `delay` seconds late: if the client waited for it, the call
#: would end in ResponseValidationError (not JSON) instead of APITimeoutError.
LATE_EMPTY = Reply(200, b"", delay=1.5)
ClientT = TypeVar("ClientT", AltegioClient, AsyncAltegioClient)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        yield running


def make_client(server: FaultServer, **options: Any) -> AltegioClient:
    return fast_retries(AltegioClient(**settings(server, options)))


def make_async_client(server: FaultServer, **options: Any) -> AsyncAltegioClient:
    return fast_retries(AsyncAltegioClient(**settings(server, options)))


def settings(server: FaultServer, options: dict[str, Any]) -> dict[str, Any]:
    return {
        "partner_token": "partner-token-3f9a",
        "api_base_url": f"{server.url}/api/v1",
        "app_base_url": f"{server.url}/app",
        "rate_limits": None,
        "timeout": 2.0,
        **options,
    }


def fast_retries(client: ClientT) -> ClientT:
    """10 ms backoff instead of 0.5 s, 1 s, 2 s: the count of tries is what these tests
    pin, not the pauses (no public option sets the backoff)."""
    client._client._retry_policy = RetryPolicy(initial_delay=0.01)
    return client


def notify_payment(client: AltegioClient) -> object:
    day = datetime.datetime(2022, 1, 1)
    return client.marketplace.notify_payment(
        salon_id=1, application_id=2, payment_sum=10.0, currency_iso="EUR",
        payment_date=day, period_from=day, period_to=day,
    )  # fmt: skip


def package_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The messages the transport logged (not httpx's, nor drift's)."""
    return [r.getMessage() for r in caplog.records if r.name == "altegio_devtools"]


# -- how many times a failing call is tried ---------------------------------------------------


@pytest.mark.parametrize("max_retries", [0, 1, 2, 3])
def test_a_reset_on_every_try_is_tried_exactly_max_retries_plus_one_times(
    server: FaultServer, max_retries: int
) -> None:
    """A GET whose connection resets every time reaches the server once per allowed try,
    no more (a retry budget that never runs out hammers the API) and no fewer."""
    server.script(COUNTRIES, RESET)
    # total_timeout only ends a call that would otherwise retry forever.
    with make_client(server, max_retries=max_retries, total_timeout=5.0) as client:
        with pytest.raises(errors.APIConnectionError) as error:
            client.dictionaries.list_countries()
    assert not isinstance(error.value, errors.APITimeoutError)
    assert server.hits[COUNTRIES] == max_retries + 1


# -- what bounds one attempt ------------------------------------------------------------------


def test_total_timeout_bounds_a_single_slow_attempt(server: FaultServer) -> None:
    """total_timeout (0.4 s) cuts an attempt short even when `timeout` (5 s) would let it
    wait for the late answer: the call ends in APITimeoutError, not in what came later."""
    server.script(COUNTRIES, LATE_EMPTY)
    with make_client(server, timeout=5.0, total_timeout=0.4) as client:
        with pytest.raises(errors.APITimeoutError):
            client.dictionaries.list_countries()
    assert server.hits[COUNTRIES] == 1  # no time was left for a retry


def test_a_phase_timeout_shorter_than_the_attempt_is_kept(server: FaultServer) -> None:
    """httpx.Timeout(5, read=0.3): waiting for the answer is bounded by the read timeout,
    not by the 5 s the attempt may take in all."""
    server.script(COUNTRIES, LATE_EMPTY)
    with make_client(server, timeout=httpx.Timeout(5.0, read=0.3), max_retries=0) as client:
        with pytest.raises(errors.APITimeoutError):
            client.dictionaries.list_countries()


def test_a_per_call_timeout_keeps_the_client_s_total_timeout(server: FaultServer) -> None:
    """A method's own `timeout=` replaces the client's per-attempt timeout only: the
    client's total_timeout still bounds the call."""
    server.script(COUNTRIES, LATE_EMPTY)
    with make_client(server, total_timeout=0.4) as client:
        with pytest.raises(errors.APITimeoutError):
            client.dictionaries.list_countries(timeout=5.0)


def test_a_body_trickling_past_total_timeout_says_so_in_its_cause(server: FaultServer) -> None:
    """A body still arriving (a byte every 50 ms) when total_timeout falls is cut off; the
    httpx exception chained to APITimeoutError says what happened and names the request."""
    server.script(COUNTRIES, trickle(ok([{"id": n} for n in range(20)]).payload(), every=0.05))
    with make_client(server, timeout=5.0, total_timeout=0.5) as client:
        with pytest.raises(errors.APITimeoutError) as error:
            client.dictionaries.list_countries()
    cause = error.value.__cause__
    assert isinstance(cause, httpx.TimeoutException)
    assert str(cause) == "no complete response in time"
    assert cause.request.url == f"{server.url}{COUNTRIES}"


def test_a_rate_limit_wait_past_total_timeout_names_the_request(server: FaultServer) -> None:
    """The APITimeoutError raised instead of a wait the call has no time for says which
    request it was (as the async client's does)."""
    server.script(COUNTRIES, ok())
    with make_client(server, rate_limits=[RateLimit(1, 30.0)], total_timeout=1.0) as client:
        client.dictionaries.list_countries()
        with pytest.raises(errors.APITimeoutError) as error:
            client.dictionaries.list_countries()
    url = f"{server.url}{COUNTRIES}"
    assert str(error.value) == f"request timed out: GET {url}"
    assert error.value.request is not None and error.value.request.url == url
    assert server.hits[COUNTRIES] == 1


def test_a_declared_length_over_the_limit_is_refused_before_the_body_arrives(
    server: FaultServer,
) -> None:
    """A Content-Length of 1000 against max_response_size=100 is refused on the headers
    alone: the client does not sit through a slow body (5 s to reach the limit) first."""
    payload = b"x" * 1000
    server.script(
        COUNTRIES,
        Reply(
            headers={"Content-Length": str(len(payload))},
            stream=lambda: (payload[i : i + 1] for i in range(len(payload))),
            chunk_delay=0.05,
        ),
    )
    with make_client(server, max_response_size=100, timeout=1.0, max_retries=0) as client:
        with pytest.raises(errors.ResponseTooLargeError) as error:
            client.dictionaries.list_countries()
    assert error.value.limit == 100


# -- redirects and statuses -------------------------------------------------------------------


def test_the_sync_client_follows_redirects_only_where_safe(server: FaultServer) -> None:
    """With a following http_client, a GET follows its redirect; a payment answered 308 is
    not re-sent to the new location (RedirectError, the target never hit)."""
    server.script(COUNTRIES, Reply(302, "", headers={"Location": MOVED}))
    server.script(MOVED, ok([{"id": 3}]))
    server.script(PAYMENT, Reply(308, "", headers={"Location": ELSEWHERE}))
    with httpx.Client(follow_redirects=True) as following:
        with make_client(server, http_client=following) as client:
            assert [c.id for c in client.dictionaries.list_countries().data] == [3]
            with pytest.raises(errors.RedirectError) as error:
                notify_payment(client)
    assert error.value.location == ELSEWHERE
    assert (server.hits[MOVED], server.hits[PAYMENT], server.hits[ELSEWHERE]) == (1, 1, 0)


def test_a_300_answer_is_an_undocumented_redirect_whatever_its_body(server: FaultServer) -> None:
    """300 (Multiple Choices) is a 3xx like the others: not a success, even with a success
    envelope in the body."""
    server.script(COUNTRIES, Reply(300, ok([{"id": 1}]).body, headers={"Location": "/a"}))
    with make_client(server) as client, pytest.raises(errors.RedirectError) as error:
        client.dictionaries.list_countries()
    assert error.value.status_code == 300


# -- closed clients -----------------------------------------------------------------------------


def test_a_closed_client_says_so_and_sends_nothing(server: FaultServer) -> None:
    """After close(), a call and with_options raise ClientClosedError telling the caller
    what to do, and nothing reaches the server."""
    server.script(COUNTRIES, ok())
    client = make_client(server)
    client.close()
    message = "this client is closed; create a new one"
    with pytest.raises(errors.ClientClosedError) as error:
        client.dictionaries.list_countries()
    assert str(error.value) == message
    with pytest.raises(errors.ClientClosedError) as derived_error:
        client.with_options(max_retries=0)
    assert str(derived_error.value) == message
    assert server.hits[COUNTRIES] == 0


def test_the_pools_of_a_closed_client_refuse_to_reopen() -> None:
    """The pools check again under their lock, for a close() that lands between a call's
    own check and its taking a pool: the same message. No public call can stop a thread in
    that gap, so the pools are asked directly."""
    client = AltegioClient(partner_token="p", rate_limits=None)
    pools = client._client._shared.pools
    client.close()
    for open_pool in (pools.http, pools.async_http):
        with pytest.raises(errors.ClientClosedError) as error:
            open_pool()
        assert str(error.value) == "this client is closed; create a new one"


def test_a_pool_the_caller_closed_keeps_httpx_error_as_the_cause(server: FaultServer) -> None:
    """An http_client closed under the client is a ClientClosedError chained to httpx's
    RuntimeError, which says what happened."""
    mine = httpx.Client()
    mine.close()
    with make_client(server, http_client=mine) as client:
        with pytest.raises(errors.ClientClosedError) as error:
            client.dictionaries.list_countries()
    assert isinstance(error.value.__cause__, RuntimeError)
    assert "closed" in str(error.value.__cause__)
    assert server.hits[COUNTRIES] == 0


# -- logs -----------------------------------------------------------------------------------------


def test_a_lenient_call_logs_its_drift_naming_the_operation(
    server: FaultServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A response that deviates from the description is logged as a warning on
    altegio_devtools.drift, naming the operation, so an operator sees which call drifted."""
    # Drift is logged once per (operation, path) per process: forget what other tests logged.
    monkeypatch.setattr(drift, "_logged", set())
    server.script(COUNTRIES, ok([{"id": 1, "title": {"not": "a title"}}]))
    with caplog.at_level(logging.WARNING, logger="altegio_devtools.drift"):
        with make_client(server) as client:
            client.dictionaries.list_countries()
    (record,) = [r for r in caplog.records if r.name == "altegio_devtools.drift"]
    assert record.levelno == logging.WARNING
    message = record.getMessage()
    assert message.startswith("get_country_list does not match the description: data[].title: ")
    assert message.endswith(", got an object")


def test_retry_and_exchange_logs_name_the_error_and_hide_only_secrets(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    """The retry line says which transport error it retries after; the debug exchange
    lines show headers in clear except Authorization, and a plausible elapsed time."""
    server.script(COUNTRIES, RESET, ok())
    url = f"{server.url}{COUNTRIES}"
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG, logger="altegio_devtools"):
        with make_client(server) as client:
            client.dictionaries.list_countries()
    took = time.monotonic() - started
    failed, retrying, succeeded = package_lines(caplog)
    pattern = rf"retrying GET {re.escape(url)} in \d+\.\d\ds after (\w+) \(retry 1 of 2\)"
    retry = re.fullmatch(pattern, retrying)
    assert retry is not None, retrying
    error_name = retry.group(1)
    assert issubclass(getattr(httpx, error_name), httpx.TransportError)
    assert failed.startswith(f"GET {url} -> {error_name} in ") and "(retry 0)" in failed
    assert succeeded.startswith(f"GET {url} -> HTTP 200 in ") and "(retry 1)" in succeeded
    for line in (failed, succeeded):
        assert "'accept': 'application/vnd.api.v2+json'" in line
        assert "'user-agent': 'altegio-devtools/" in line
        assert "'authorization': '<redacted>'" in line
        elapsed = re.search(r" in (\d+\.\d{3})s ", line)
        assert elapsed is not None and float(elapsed.group(1)) <= took + 0.001, line


def test_async_connection_errors_are_logged_and_raised_naming_the_request(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    """With debug logging, an async GET whose connection resets is logged and retried
    naming the request; when the retries run out, the error names it too."""
    url = f"{server.url}{COUNTRIES}"

    async def call(**options: Any) -> int:
        async with make_async_client(server, **options) as client:
            return len((await client.dictionaries.list_countries()).data)

    server.script(COUNTRIES, RESET, ok([{"id": 1}]))
    with caplog.at_level(logging.DEBUG, logger="altegio_devtools"):
        assert asyncio.run(call()) == 1
    failed, retrying, succeeded = package_lines(caplog)
    assert failed.startswith(f"GET {url} -> ") and "(retry 0)" in failed
    assert retrying.startswith(f"retrying GET {url} in ")
    assert succeeded.startswith(f"GET {url} -> HTTP 200 in ")

    server.script(COUNTRIES, RESET)
    with pytest.raises(errors.APIConnectionError) as error:
        asyncio.run(call(max_retries=0))
    cause = error.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert str(error.value) == f"connection error on GET {url}: {type(cause).__name__}"


# -- what is refused before sending ---------------------------------------------------------------


def test_extra_body_on_an_operation_without_a_json_body_names_the_method() -> None:
    """The generated functions take a Client (for_call offers extra_body to every one):
    extra_body on a GET is refused naming the method, and nothing is sent."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True, "data": [], "meta": []})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with Client(partner_token="p", rate_limits=None, http_client=http) as client:
        with pytest.raises(TypeError) as error:
            list_countries.sync(client=client.for_call(extra_body={"note": "x"}))
    assert str(error.value) == "list_countries sends no JSON body for extra_body"
    assert sent == []


@pytest.mark.parametrize("limit", [99, 100])
def test_a_body_its_transport_read_already_is_held_to_the_limit(limit: int) -> None:
    """httpx.MockTransport hands back a body already read: not read again, but a larger
    one than max_response_size is refused all the same (sync and async)."""
    body = b'{"success": true, "data": [], "meta": []}'.ljust(100)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body)

    options: dict[str, Any] = {
        "partner_token": "partner-token-units",
        "rate_limits": None,
        "max_retries": 0,
        "max_response_size": limit,
    }
    transport = httpx.MockTransport(handle)
    with AltegioClient(http_client=httpx.Client(transport=transport), **options) as client:
        if limit < len(body):
            with pytest.raises(errors.ResponseTooLargeError) as error:
                client.dictionaries.list_countries()
            assert error.value.limit == limit
        else:
            assert client.dictionaries.list_countries().data == []

    async def async_call() -> None:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncAltegioClient(http_client=http, **options) as client:
            if limit < len(body):
                with pytest.raises(errors.ResponseTooLargeError):
                    await client.dictionaries.list_countries()
            else:
                assert (await client.dictionaries.list_countries()).data == []

    asyncio.run(async_call())


def test_a_get_answered_408_is_retried_sync_and_async() -> None:
    """408 is the lowest status the policy retries (RETRIED_FROM): the client asks the
    policy for it, not only from 429 or 5xx on."""
    answers: list[int] = []
    body = b'{"success": true, "data": [], "meta": []}'

    def handle(request: httpx.Request) -> httpx.Response:
        answers.append(408 if len(answers) % 2 == 0 else 200)
        return httpx.Response(answers[-1], content=body)

    options: dict[str, Any] = {"partner_token": "partner-token-units", "rate_limits": None}
    transport = httpx.MockTransport(handle)
    with AltegioClient(http_client=httpx.Client(transport=transport), **options) as client:
        client._client._retry_policy = RetryPolicy(initial_delay=0.01)
        assert client.dictionaries.list_countries().data == []

    async def async_call() -> None:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncAltegioClient(http_client=http, **options) as client:
            client._client._retry_policy = RetryPolicy(initial_delay=0.01)
            assert (await client.dictionaries.list_countries()).data == []

    asyncio.run(async_call())
    assert answers == [408, 200, 408, 200]
