"""The public client against a misbehaving server on 127.0.0.1 (real sockets).

Each fault ends in the documented result or a typed error; POSTs are never repeated
unless the server cannot have processed them.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime
import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest

from altegio_devtools import AltegioClient, AsyncAltegioClient, RateLimit, Unset, errors
from tests.fault_server import RESET, FaultServer, Reply, ok

COUNTRIES = "/api/v1/countries"
STATUS = "/app/marketplace/salon/1/application/2"
PAYMENT = "/app/marketplace/partner/payment"
CALLBACK = "/app/marketplace/partner/callback"
SALONS = "/app/marketplace/application/2/salons"
ALREADY_INSTALLED = "Пользователь уже установил это приложение."


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer().running() as running:
        yield running


def make_client(server: FaultServer, **options: Any) -> AltegioClient:
    settings: dict[str, Any] = {"rate_limits": None, "timeout": 2.0, **options}
    return AltegioClient(
        partner_token="partner-secret",
        user_token="user-secret",
        api_base_url=f"{server.url}/api/v1",
        app_base_url=f"{server.url}/app",
        **settings,
    )


@pytest.fixture
def client(server: FaultServer) -> Iterator[AltegioClient]:
    with make_client(server) as altegio:
        # Fast retries: the delays are not what these tests are about.
        altegio._client._retry_policy = type(altegio._client._retry_policy)(initial_delay=0.01)
        yield altegio


def payment_body() -> dict[str, Any]:
    """notify_payment's keyword arguments."""
    return {
        "salon_id": 123,
        "application_id": 456,
        "payment_sum": 990.99,
        "currency_iso": "EUR",
        "payment_date": datetime.datetime(2022, 1, 1, 10, 10),
        "period_from": datetime.datetime(2022, 1, 1),
        "period_to": datetime.datetime(2022, 2, 1),
    }


def test_html_502_on_a_get_is_retried_then_raised_as_a_server_error(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(COUNTRIES, Reply(502, "<html><body>Bad Gateway</body></html>"))
    with pytest.raises(errors.InternalServerError) as error:
        client.dictionaries.list_countries()
    assert error.value.status_code == 502
    assert str(error.value).endswith(": 37 bytes of application/json")  # described, not quoted
    assert b"Bad Gateway" in error.value.response.content
    assert server.hits[COUNTRIES] == 3  # the first try and 2 retries


def test_a_payment_answered_by_502_is_sent_exactly_once(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(PAYMENT, Reply(502, "<html>Bad Gateway</html>"))
    with pytest.raises(errors.InternalServerError):
        client.marketplace.notify_payment(**payment_body())
    assert server.hits[PAYMENT] == 1


def test_a_payment_whose_connection_resets_is_sent_exactly_once(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(PAYMENT, RESET)
    with pytest.raises(errors.APIConnectionError):
        client.marketplace.notify_payment(**payment_body())
    assert server.hits[PAYMENT] == 1


def test_payment_dates_go_out_as_altegio_wants_them(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(PAYMENT, ok({"id": 77}))
    result = client.marketplace.notify_payment(**payment_body())
    assert result.data.id == 77
    body = server.requests[-1][3]
    assert b'"payment_date":"2022-01-01 10:10:00"' in body
    assert b'"period_from":"2022-01-01 00:00:00","period_to":"2022-02-01 00:00:00"' in body


def test_a_connection_reset_on_a_get_is_retried(client: AltegioClient, server: FaultServer) -> None:
    server.script(COUNTRIES, RESET, ok([{"id": 7, "title": "USA"}]))
    countries = client.dictionaries.list_countries()
    assert [c.title for c in countries.data] == ["USA"]
    assert server.hits[COUNTRIES] == 2


def test_a_refused_connection_is_a_connection_error() -> None:
    with AltegioClient(
        partner_token="partner-secret",
        api_base_url="http://127.0.0.1:9/api/v1",
        max_retries=0,
        rate_limits=None,
    ) as client:
        with pytest.raises(errors.APIConnectionError) as error:
            client.dictionaries.list_countries()
    assert "ConnectError" in str(error.value)


def test_truncated_json_is_a_response_validation_error(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(COUNTRIES, Reply(200, b'{"success": true, "data": [{"id": 7, "ti'))
    with pytest.raises(errors.ResponseValidationError) as error:
        client.dictionaries.list_countries()
    assert error.value.status_code == 200
    assert str(error.value).endswith(
        "(HTTP 200): not JSON (Unterminated string starting at: character 37); "
        "body: 40 bytes of application/json"
    )  # the body by size, not quoted


def test_success_false_at_http_200_raises(client: AltegioClient, server: FaultServer) -> None:
    server.script(
        COUNTRIES, Reply(200, {"success": False, "data": None, "meta": {"message": "No"}})
    )
    with pytest.raises(errors.APIStatusError) as error:
        client.dictionaries.list_countries()
    assert (error.value.status_code, error.value.meta_message) == (200, "No")


def test_already_installed_403_surfaces_the_message(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(
        CALLBACK,
        Reply(403, {"success": False, "data": None, "meta": {"message": ALREADY_INSTALLED}}),
    )
    with pytest.raises(errors.PermissionDeniedError) as error:
        client.marketplace.install(salon_id=1, application_id=2)
    assert error.value.meta_message == ALREADY_INSTALLED
    assert ALREADY_INSTALLED in str(error.value)
    assert server.hits[CALLBACK] == 1


def test_a_422_carries_normalised_field_errors(client: AltegioClient, server: FaultServer) -> None:
    meta = {"message": "An error has occurred.", "errors": {"salon_id": ["is required"]}}
    server.script(CALLBACK, Reply(422, {"success": False, "data": None, "meta": meta}))
    with pytest.raises(errors.UnprocessableEntityError) as error:
        client.marketplace.install(salon_id=1, application_id=2)
    assert error.value.errors == [errors.FieldError("salon_id", "is required")]
    assert "salon_id: is required" in str(error.value)


def test_429_with_retry_after_waits_that_long(client: AltegioClient, server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(429, {"success": False}, {"Retry-After": "1"}), ok())
    started = time.monotonic()
    client.dictionaries.list_countries()
    assert time.monotonic() - started >= 1.0
    assert server.hits[COUNTRIES] == 2


def test_429_without_retry_after_backs_off_then_raises(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(COUNTRIES, Reply(429, {"success": False, "meta": {"message": "Slow down"}}))
    with pytest.raises(errors.RateLimitError) as error:
        client.dictionaries.list_countries()
    assert error.value.meta_message == "Slow down"
    assert server.hits[COUNTRIES] == 3


def test_a_payment_answered_by_429_is_retried(client: AltegioClient, server: FaultServer) -> None:
    server.script(PAYMENT, Reply(429, {"success": False}), ok({"id": 5}))
    result = client.marketplace.notify_payment(**payment_body())
    assert result.data.id == 5
    assert server.hits[PAYMENT] == 2


def test_a_response_slower_than_the_timeout_is_a_timeout_error(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(COUNTRIES, Reply(200, {"success": True}, delay=0.5))
    with pytest.raises(errors.APITimeoutError):
        client.dictionaries.list_countries(timeout=0.1, max_retries=0)
    assert server.hits[COUNTRIES] == 1


def test_retries_are_configurable_per_call(client: AltegioClient, server: FaultServer) -> None:
    server.script(COUNTRIES, Reply(503, "down"))
    with pytest.raises(errors.InternalServerError):
        client.dictionaries.list_countries(max_retries=4)
    assert server.hits[COUNTRIES] == 5


def test_meta_as_php_empty_array_and_data_null_parse(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(
        "/app/marketplace/salon/1/application/2/uninstall",
        Reply(200, {"success": True, "data": None, "meta": []}),
    )
    result = client.marketplace.uninstall(1, 2)
    assert (result.success, result.data, result.meta) == (True, None, [])


def test_data_null_where_a_list_is_documented_is_drift(
    client: AltegioClient, server: FaultServer
) -> None:
    body: dict[str, Any] = {"success": True, "data": None, "meta": []}
    server.script(COUNTRIES, Reply(200, body), Reply(200, body))
    result = client.dictionaries.list_countries()
    assert result.data == []  # the required list's stand-in, never None
    assert [str(entry) for entry in result.drift] == ["data: expected a list, got null"]
    with pytest.raises(errors.ResponseValidationError, match="data: expected a list, got null"):
        client.with_options(strict=True).dictionaries.list_countries()


def test_unknown_enum_values_and_unknown_fields_are_kept(
    client: AltegioClient, server: FaultServer
) -> None:
    status = {"connection_status": {"status": "archived", "created_at": "2022-06-27 12:20:02"}}
    server.script(STATUS, ok({**status, "brand_new_field": {"x": 1}}))
    result = client.marketplace.get_status(1, 2)
    connection = result.data.connection_status
    assert not isinstance(connection, Unset)
    assert connection.status == "archived"
    assert connection.created_at == datetime.datetime(2022, 6, 27, 12, 20, 2)
    assert result.data["brand_new_field"] == {"x": 1}
    assert result.data.to_dict()["connection_status"]["status"] == "archived"


def test_response_dates_parse_leniently_and_the_zero_date_is_none(
    client: AltegioClient, server: FaultServer
) -> None:
    payments = [
        {"id": 1, "payment_date": "2026-03-07T14:44:39+0400"},
        {"id": 2, "payment_date": "2026-03-23T10:10:00-05:00"},
        {"id": 3, "payment_date": "0000-00-00 00:00:00"},
    ]
    server.script(STATUS, ok({"payments": payments}))
    result = client.marketplace.get_status(1, 2)
    assert not isinstance(result.data.payments, Unset)
    dates = [p.payment_date for p in result.data.payments]
    tz = datetime.timezone
    assert dates == [
        datetime.datetime(2026, 3, 7, 14, 44, 39, tzinfo=tz(datetime.timedelta(hours=4))),
        datetime.datetime(2026, 3, 23, 10, 10, tzinfo=tz(datetime.timedelta(hours=-5))),
        None,
    ]


def test_missing_and_mistyped_fields(client: AltegioClient, server: FaultServer) -> None:
    server.script(
        COUNTRIES,
        Reply(200, {"data": []}),  # no `success`: not the envelope, in either mode
        Reply(200, {"success": True}),  # the envelope's data is required: drift
        ok([{"title": "USA"}]),  # a country's id is optional
        ok([{"id": {"not": "an id"}, "title": "Chile"}]),
        ok([{"id": {"not": "an id"}, "title": "Chile"}]),
    )
    with pytest.raises(errors.ResponseValidationError, match="success: expected a boolean"):
        client.dictionaries.list_countries()
    missing = client.dictionaries.list_countries()
    assert missing.data == []
    assert [str(entry) for entry in missing.drift] == [
        "data: expected a list, got nothing (the key is missing)"
    ]
    (country,) = client.dictionaries.list_countries().data
    assert isinstance(country.id, Unset) and country.title == "USA"
    mistyped = client.dictionaries.list_countries()
    assert isinstance(mistyped.data[0].id, Unset) and mistyped.data[0].title == "Chile"
    assert [(entry.path, entry.value) for entry in mistyped.drift] == [
        ("data[0].id", {"not": "an id"})
    ]
    with pytest.raises(errors.ResponseValidationError, match=r"data\[0\]\.id: expected an integer"):
        client.with_options(strict=True).dictionaries.list_countries()


def test_numeric_strings_are_read_as_numbers(client: AltegioClient, server: FaultServer) -> None:
    location = {
        "id": "1050",
        "coordinate_lat": "40.730610",
        "active": "1",
        "phone_confirmation": "1",
    }
    server.script(SALONS, ok([location]))
    (parsed,) = client.marketplace.list_locations(2, page=1, count=10).data
    assert (parsed.id, parsed.coordinate_lat, parsed.active, parsed.phone_confirmation) == (
        1050,
        40.73061,
        1,
        True,
    )


def test_pagination_walks_every_page_and_stops_at_the_last(
    client: AltegioClient, server: FaultServer
) -> None:
    pages = [ok([{"id": n} for n in range(start, start + 2)]) for start in (1, 3)]
    server.script(SALONS, *pages, ok([{"id": 5}]))
    locations = client.iter_locations(2, page_size=2)
    assert next(locations).id == 1 and server.hits[SALONS] == 1  # lazy
    assert [location.id for location in locations] == [2, 3, 4, 5]
    assert [r[1] for r in server.requests] == [
        f"{SALONS}?page={page}&count=2" for page in (1, 2, 3)
    ]
    with pytest.raises(ValueError, match="page_size"):
        next(client.iter_locations(2, page_size=1001))


def test_a_page_short_only_by_an_unreadable_item_is_not_the_last(
    client: AltegioClient, server: FaultServer
) -> None:
    server.script(SALONS, ok([{"id": 1}, "not a location"]), ok([{"id": 3}]))
    assert [location.id for location in client.iter_locations(2, page_size=2)] == [1, 3]
    assert server.hits[SALONS] == 2


def test_strict_per_call_and_per_client(server: FaultServer) -> None:
    body = ok([{"id": 1, "title": {"not": "a title"}}])
    server.script(COUNTRIES, body, body, body, body)
    with AltegioClient(
        partner_token="p", api_base_url=f"{server.url}/api/v1", rate_limits=None
    ) as lenient:
        assert not lenient._client.strict
        (country,) = lenient.dictionaries.list_countries().data
        assert isinstance(country.title, Unset) and country.id == 1
        strict = lenient.with_options(strict=True)
        with pytest.raises(errors.ResponseValidationError) as error:
            strict.dictionaries.list_countries()
        assert [entry.path for entry in error.value.drift] == ["data[0].title"]
        raw = lenient.with_raw_response.dictionaries.list_countries()
        assert raw.status_code == 200 and raw.parsed.drift[0].path == "data[0].title"
        with pytest.raises(ValueError, match="strict"):
            lenient.with_options(strict=1)  # type: ignore[arg-type]

    async def strict_async() -> None:
        async with AsyncAltegioClient(
            partner_token="p", api_base_url=f"{server.url}/api/v1", rate_limits=None, strict=True
        ) as client:
            with pytest.raises(errors.ResponseValidationError, match=r"data\[0\]\.title"):
                await client.dictionaries.list_countries()

    asyncio.run(strict_async())


def test_async_pagination_and_an_empty_last_page(server: FaultServer) -> None:
    server.script(SALONS, ok([{"id": 1}, {"id": 2}]), ok([]))

    async def collect() -> list[int]:
        async with AsyncAltegioClient(
            partner_token="p", app_base_url=f"{server.url}/app", rate_limits=None
        ) as client:
            return [loc.id async for loc in client.iter_locations(2, page_size=2) if loc.id]

    assert asyncio.run(collect()) == [1, 2]
    assert server.hits[SALONS] == 2


def test_the_async_client_sends_the_same_requests(server: FaultServer) -> None:
    server.script(COUNTRIES, ok([{"id": 7, "title": "USA"}]))

    async def call() -> str:
        async with AsyncAltegioClient(
            partner_token="p", api_base_url=f"{server.url}/api/v1", rate_limits=None
        ) as client:
            raw = await client.with_raw_response.dictionaries.list_countries()
            return str(raw.parsed.data[0].title)

    assert asyncio.run(call()) == "USA"
    method, path, headers, _ = server.requests[-1]
    assert (method, path, headers["Authorization"]) == ("GET", COUNTRIES, "Bearer p")


def test_rate_limits_hold_across_threads(server: FaultServer) -> None:
    server.script(COUNTRIES, ok())
    limits = [RateLimit(3, 0.3)]
    with make_client(server, rate_limits=limits) as client:
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda _: client.dictionaries.list_countries(), range(10)))
        elapsed = time.monotonic() - started
    # 10 calls at 3 per 0.3 s: slots at 0, 0.3, 0.6 and 0.9 s.
    assert elapsed >= 0.9 - 0.02
    assert server.hits[COUNTRIES] == 10


def test_the_default_rate_limit_is_5_per_second(server: FaultServer) -> None:
    server.script(COUNTRIES, ok())
    with make_client(server, rate_limits=None) as unlimited:
        started = time.monotonic()
        for _ in range(6):
            unlimited.dictionaries.list_countries()
        assert time.monotonic() - started < 1.0
    with AltegioClient(partner_token="p", api_base_url=f"{server.url}/api/v1") as limited:
        started = time.monotonic()
        for _ in range(6):
            limited.dictionaries.list_countries()
        assert time.monotonic() - started >= 1.0 - 0.02


def test_tokens_never_reach_errors_or_logs(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(COUNTRIES, Reply(401, {"success": False, "meta": {"message": "Auth needed."}}))
    server.script(PAYMENT, RESET)
    caught: list[BaseException] = []
    with caplog.at_level(logging.DEBUG, logger="altegio_devtools"):
        with make_client(server) as client:
            for call in (
                client.dictionaries.list_countries,
                lambda: client.marketplace.notify_payment(**payment_body()),
            ):
                with pytest.raises(errors.APIError) as error:
                    call()
                caught.append(error.value)
            texts = [repr(client), str(client), caplog.text]
    texts += [f"{e!s} {e!r} {e.args!r}" for e in caught]
    assert all("secret" not in text for text in texts)
    assert "'authorization': '<redacted>'" in caplog.text
    assert f"GET {server.url}{COUNTRIES} -> HTTP 401 in " in caplog.text


def test_debug_logs_show_method_url_status_elapsed_and_retries(
    client: AltegioClient, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(COUNTRIES, Reply(503, "down"), ok())
    with caplog.at_level(logging.DEBUG, logger="altegio_devtools"):
        client.dictionaries.list_countries()
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0].startswith(f"GET {server.url}{COUNTRIES} -> HTTP 503 in ")
    assert "(retry 0)" in lines[0]
    assert lines[1].startswith(f"retrying GET {server.url}{COUNTRIES} in ")
    assert "after HTTP 503 (retry 1 of 2)" in lines[1]
    assert "-> HTTP 200 in " in lines[2] and "(retry 1)" in lines[2]


def test_rate_limits_hold_across_asyncio_tasks(server: FaultServer) -> None:
    server.script(COUNTRIES, ok())

    async def burst() -> float:
        async with AsyncAltegioClient(
            partner_token="p",
            api_base_url=f"{server.url}/api/v1",
            rate_limits=[RateLimit(2, 0.2)],
        ) as client:
            started = time.monotonic()
            await asyncio.gather(*(client.dictionaries.list_countries() for _ in range(7)))
            return time.monotonic() - started

    # 7 calls at 2 per 0.2 s: slots at 0, 0.2, 0.4 and 0.6 s.
    assert asyncio.run(burst()) >= 0.6 - 0.02
    assert server.hits[COUNTRIES] == 7
