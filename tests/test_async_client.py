"""AsyncAltegioClient against a misbehaving server on 127.0.0.1 (issue 17): it retries,
fails and times out as the sync client does, and honours every constructor option."""

from __future__ import annotations

import asyncio
import datetime
import logging
import socket
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from altegio_devtools import MOCK_BASE_URL, AltegioClient, AsyncAltegioClient, RateLimit, errors
from tests.fault_server import RESET, FaultServer, Reply, endless, ok

COUNTRIES = "/api/v1/countries"
PAYMENT = "/app/marketplace/partner/payment"
#: A retryable answer that asks for no wait, so that retries cost no time.
UNAVAILABLE = Reply(503, "down", headers={"Retry-After": "0"})
T = TypeVar("T")


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        yield running


def run(
    server: FaultServer, call: Callable[[AsyncAltegioClient], Awaitable[T]], **options: Any
) -> T:
    """`call` with an async client of the server (no rate limits, 2 s timeout by default)."""

    async def main() -> T:
        settings: dict[str, Any] = {"rate_limits": None, "timeout": 2.0, **options}
        async with AsyncAltegioClient(
            partner_token="p",
            user_token="u",
            api_base_url=f"{server.url}/api/v1",
            app_base_url=f"{server.url}/app",
            **settings,
        ) as client:
            return await call(client)

    return asyncio.run(main())


async def countries(client: AsyncAltegioClient) -> int:
    return len((await client.dictionaries.list_countries()).data)


async def payment(client: AsyncAltegioClient) -> object:
    return await client.marketplace.notify_payment(
        salon_id=1, application_id=2, payment_sum=10.0, currency_iso="EUR",
        payment_date=datetime.datetime(2022, 1, 1, 10, 10),
        period_from=datetime.datetime(2022, 1, 1), period_to=datetime.datetime(2022, 2, 1),
    )  # fmt: skip


def test_a_get_answered_503_is_retried_until_it_succeeds(server: FaultServer) -> None:
    server.script(COUNTRIES, UNAVAILABLE, UNAVAILABLE, ok([{"id": 1}]))
    assert run(server, countries) == 1
    assert server.hits[COUNTRIES] == 3


@pytest.mark.parametrize("retries", [0, 1, 3])
def test_retries_stop_after_max_retries(server: FaultServer, retries: int) -> None:
    server.script(COUNTRIES, UNAVAILABLE)
    with pytest.raises(errors.InternalServerError):
        run(server, countries, max_retries=retries, total_timeout=10.0)
    assert server.hits[COUNTRIES] == 1 + retries


def test_a_reset_connection_is_retried_for_a_get_but_a_payment_is_sent_once(
    server: FaultServer,
) -> None:
    server.script(COUNTRIES, RESET, RESET, ok([{"id": 1}, {"id": 2}]))
    assert run(server, countries) == 2
    assert server.hits[COUNTRIES] == 3
    server.script(PAYMENT, RESET)
    with pytest.raises(errors.APIConnectionError) as error:
        run(server, payment)
    assert not isinstance(error.value, errors.APITimeoutError)
    assert server.hits[PAYMENT] == 1


def test_a_reset_on_every_try_is_a_connection_error_after_the_retries(
    server: FaultServer,
) -> None:
    server.script(COUNTRIES, RESET)
    with pytest.raises(errors.APIConnectionError):
        run(server, countries, max_retries=1)
    assert server.hits[COUNTRIES] == 2


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # nothing listens there now: connecting is refused


def test_a_refused_connection_is_retried_even_for_a_payment() -> None:
    async def attempt(retries: int) -> float:
        url = f"http://127.0.0.1:{_closed_port()}"
        async with AsyncAltegioClient(
            partner_token="p", app_base_url=url, rate_limits=None, max_retries=retries
        ) as client:
            started = time.monotonic()
            with pytest.raises(errors.APIConnectionError) as error:
                await payment(client)
            assert not isinstance(error.value, errors.APITimeoutError)
            assert "ConnectError" in str(error.value)
            return time.monotonic() - started

    # Never sent, so safe to repeat: the backoff (0.5 s, then 1 s, less jitter) shows it.
    assert asyncio.run(attempt(2)) - asyncio.run(attempt(0)) >= 0.375 + 0.75 - 0.05


def test_a_slow_answer_times_out_and_a_get_is_tried_again(server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(200, ok().payload(), delay=3.0))
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError):
        run(server, countries, timeout=0.3, max_retries=0)
    assert time.monotonic() - started < 2.5
    assert server.hits[COUNTRIES] == 1
    server.script(COUNTRIES, Reply(200, ok().payload(), delay=3.0), ok([{"id": 1}]))
    assert run(server, countries, timeout=0.3, max_retries=1) == 1


def test_total_timeout_bounds_the_call_with_its_retries(server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(503, "down", headers={"Retry-After": "0"}, delay=0.2))
    started = time.monotonic()
    with pytest.raises((errors.APITimeoutError, errors.InternalServerError)):
        run(server, countries, max_retries=50, total_timeout=0.7)
    assert time.monotonic() - started < 3.0  # not the 51 tries of 0.2 s it allows
    assert 1 <= server.hits[COUNTRIES] <= 5


def test_retry_after_is_waited_for(server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(429, "slow down", headers={"Retry-After": "0.4"}), ok())
    started = time.monotonic()
    assert run(server, countries) == 0
    assert time.monotonic() - started >= 0.4 - 0.02
    assert server.hits[COUNTRIES] == 2


# -- the constructor's options ----------------------------------------------------------------


def _recorded(**options: Any) -> list[httpx.Request]:
    """The requests an async client with `options` sends for one list_countries call."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"success": True, "data": [], "meta": []})

    async def main() -> None:
        transport = httpx.MockTransport(answer)
        async with AsyncAltegioClient(
            partner_token="p", http_client=httpx.AsyncClient(transport=transport), **options
        ) as client:
            await client.dictionaries.list_countries()

    asyncio.run(main())
    return sent


def test_the_mock_environment_sends_to_the_mock_server_not_production() -> None:
    (request,) = _recorded(environment="mock", rate_limits=None)
    assert str(request.url).startswith(MOCK_BASE_URL + "/")
    (request,) = _recorded(rate_limits=None)
    assert str(request.url).startswith("https://api.alteg.io/api/v1/")


def test_accept_and_the_tokens_are_sent() -> None:
    (request,) = _recorded(accept="application/json", rate_limits=None)
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Authorization"] == "Bearer p"
    (request,) = _recorded(rate_limits=None)
    assert request.headers["Accept"] == "application/vnd.api.v2+json"


def test_rate_limits_are_honoured_and_none_disables_them(server: FaultServer) -> None:
    server.script(COUNTRIES, ok())

    async def eleven(client: AsyncAltegioClient) -> float:
        started = time.monotonic()
        for _ in range(11):
            await client.dictionaries.list_countries()
        return time.monotonic() - started

    # The default 5 per second would take 2 s, [RateLimit(10, 0.3)] 0.3 s, no limits none.
    assert 0.3 - 0.02 <= run(server, eleven, rate_limits=[RateLimit(10, 0.3)]) < 1.5
    assert run(server, eleven, rate_limits=None) < 1.5


def test_max_response_size_and_strict_are_honoured(server: FaultServer) -> None:
    body = {"success": True, "data": [{"id": 1, "title": {"not": "a title"}}], "meta": []}
    server.script(COUNTRIES, Reply(200, body))
    assert run(server, countries) == 1
    with pytest.raises(errors.ResponseValidationError, match=r"data\[0\]\.title"):
        run(server, countries, strict=True)
    with pytest.raises(errors.ResponseTooLargeError):
        run(server, countries, max_response_size=20)
    assert run(server, countries, max_response_size=10_000) == 1


def test_with_options_on_the_async_client(server: FaultServer) -> None:
    server.script(COUNTRIES, UNAVAILABLE)

    async def calls(client: AsyncAltegioClient) -> list[int]:
        hits = []
        for view in (client, client.with_options(timeout=5.0), client.with_options(max_retries=2)):
            before = server.hits[COUNTRIES]
            with pytest.raises(errors.InternalServerError):
                await view.dictionaries.list_countries()
            hits.append(server.hits[COUNTRIES] - before)
        return hits

    assert run(server, calls, max_retries=0) == [1, 1, 3]


def test_error_statuses_and_success_false_are_typed_errors(server: FaultServer) -> None:
    for reply, error in (
        (Reply(400, {"data": []}), errors.BadRequestError),
        (Reply(404, ""), errors.NotFoundError),
        (Reply(200, {"success": False, "meta": {"message": "Nope"}}), errors.APIStatusError),
        (Reply(302, "", headers={"Location": "/elsewhere"}), errors.RedirectError),
        (Reply(200, b'{"success": true, "data": [], "meta": []'), errors.ResponseValidationError),
    ):
        server.script(COUNTRIES, reply)
        with pytest.raises(error):
            run(server, countries)
    assert server.hits[COUNTRIES] == 5  # none of them retried


def test_a_closed_async_client_raises_instead_of_reconnecting(server: FaultServer) -> None:
    server.script(COUNTRIES, ok())

    async def after_close(client: AsyncAltegioClient) -> int:
        await client.aclose()
        return await countries(client)

    with pytest.raises(errors.ClientClosedError):
        run(server, after_close)
    assert server.hits[COUNTRIES] == 0


def test_a_429_pauses_the_other_calls_through_the_limiter(server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(429, "wait", headers={"Retry-After": "0.5"}), ok())

    async def two(client: AsyncAltegioClient) -> None:
        with pytest.raises(errors.RateLimitError):
            await client.with_options(max_retries=0).dictionaries.list_countries()
        await client.dictionaries.list_countries()

    run(server, two, rate_limits=[RateLimit(100, 1.0)])
    (_, refused), (_, next_one) = server.arrivals
    assert next_one - refused >= 0.5 - 0.02


def test_a_body_in_several_chunks_is_read_whole_sync_and_async(server: FaultServer) -> None:
    body = ok([{"id": n} for n in range(20)]).payload()
    chunks = [body[:7], body[7:100], body[100:]]
    server.script(COUNTRIES, Reply(stream=lambda: chunks, chunk_delay=0.02))
    assert run(server, countries) == 20
    with AltegioClient(
        partner_token="p", api_base_url=f"{server.url}/api/v1", rate_limits=None
    ) as client:
        assert len(client.dictionaries.list_countries().data) == 20


def test_a_rate_limit_wait_past_total_timeout_fails_at_once(server: FaultServer) -> None:
    server.script(COUNTRIES, ok())

    async def two(client: AsyncAltegioClient) -> float:
        await client.dictionaries.list_countries()
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            await client.dictionaries.list_countries()
        return time.monotonic() - started

    assert run(server, two, rate_limits=[RateLimit(1, 30.0)], total_timeout=1.0) < 0.5
    assert server.hits[COUNTRIES] == 1


def test_the_async_client_follows_redirects_only_where_safe(server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(302, "", headers={"Location": "/api/v1/countries-moved"}))
    server.script("/api/v1/countries-moved", ok([{"id": 3}]))
    server.script(PAYMENT, Reply(307, "", headers={"Location": "/app/elsewhere"}))

    async def calls(client: AsyncAltegioClient) -> int:
        with pytest.raises(errors.RedirectError):
            await payment(client)  # a payment is never sent twice, nor elsewhere
        return await countries(client)  # a GET follows, as its http_client does

    async def main() -> int:
        async with httpx.AsyncClient(follow_redirects=True) as following:
            return await calls(
                AsyncAltegioClient(
                    partner_token="p", api_base_url=f"{server.url}/api/v1",
                    app_base_url=f"{server.url}/app", rate_limits=None, http_client=following,
                )
            )  # fmt: skip

    assert asyncio.run(main()) == 1
    assert (server.hits[PAYMENT], server.hits["/app/elsewhere"]) == (1, 0)


def test_a_pool_the_caller_closed_is_a_client_closed_error(server: FaultServer) -> None:
    async def main() -> None:
        mine = httpx.AsyncClient()
        await mine.aclose()
        client = AsyncAltegioClient(
            partner_token="p", api_base_url=f"{server.url}/api/v1", http_client=mine
        )
        with pytest.raises(errors.ClientClosedError) as error:
            await countries(client)
        assert str(error.value) == "this client was closed during the call"
        assert isinstance(error.value.__cause__, RuntimeError)  # httpx's, kept as the cause
        assert "closed" in str(error.value.__cause__)

    asyncio.run(main())
    assert server.hits[COUNTRIES] == 0


def test_async_debug_logs_and_timeouts_name_the_request(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(COUNTRIES, UNAVAILABLE, ok())
    with caplog.at_level(logging.DEBUG, logger="altegio_devtools"):
        run(server, countries)
    lines = [record.getMessage() for record in caplog.records]
    url = f"{server.url}{COUNTRIES}"
    assert lines[0].startswith(f"GET {url} -> HTTP 503 in ") and "(retry 0)" in lines[0]
    assert lines[1].startswith(f"retrying GET {url} in ")
    assert lines[2].startswith(f"GET {url} -> HTTP 200 in ") and "(retry 1)" in lines[2]

    async def two(client: AsyncAltegioClient) -> str:
        await client.dictionaries.list_countries()
        with pytest.raises(errors.APITimeoutError) as error:
            await client.dictionaries.list_countries()
        return str(error.value)

    message = run(server, two, rate_limits=[RateLimit(1, 30.0)], total_timeout=1.0)
    assert message == f"request timed out: GET {url}"


def test_extra_body_values_json_cannot_carry_are_refused() -> None:
    with pytest.raises(ValueError, match="JSON"):
        _recorded_payment(extra_body={"note": float("nan")})


def _recorded_payment(**extras: Any) -> None:
    async def main() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
        async with AsyncAltegioClient(
            partner_token="p", rate_limits=None, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            day = datetime.datetime(2022, 1, 1)
            await client.marketplace.notify_payment(
                salon_id=1, application_id=2, payment_sum=10.0, currency_iso="EUR",
                payment_date=day, period_from=day, period_to=day, **extras,
            )  # fmt: skip

    asyncio.run(main())


def _streamed(server: FaultServer, count: int) -> list[int]:
    """Bytes the server wrote in each streamed answer, once `count` of them ended."""
    deadline = time.monotonic() + 10
    while len(server.streamed) < count:
        assert time.monotonic() < deadline, "the server did not finish its answers"
        time.sleep(0.01)
    return [written for _, written in server.streamed]


def test_an_endless_body_is_refused_while_it_streams(server: FaultServer) -> None:
    """The async client stops reading at max_response_size: it never holds 100 MiB."""
    server.script(COUNTRIES, endless(200, size=100 * 2**20, content_type="application/json"))
    with pytest.raises(errors.ResponseTooLargeError, match="max_response_size=1048576"):
        run(server, countries, max_response_size=2**20)
    assert _streamed(server, 1)[0] < 100 * 2**20


def test_a_retried_answers_body_is_never_read(server: FaultServer) -> None:
    size = 20 * 2**20
    server.script(COUNTRIES, endless(502, size=size), endless(502, size=size), ok([{"id": 1}]))
    assert run(server, countries, max_retries=2) == 1
    assert all(written < size for written in _streamed(server, 2))


def test_a_timed_out_attempt_says_so_in_its_cause(server: FaultServer) -> None:
    """The httpx exception chained to APITimeoutError names the request and what happened
    (the deadline fell while asyncio waited, not inside httpx)."""
    server.script(COUNTRIES, Reply(200, ok().payload(), delay=3.0))
    with pytest.raises(errors.APITimeoutError) as error:
        run(server, countries, timeout=5.0, total_timeout=0.3, max_retries=0)
    cause = error.value.__cause__
    assert isinstance(cause, httpx.TimeoutException)
    assert str(cause) == "no complete response in time"
    assert cause.request.url == f"{server.url}{COUNTRIES}"
