"""Unit tests of the runtime pieces: error shapes, retry policy, rate limiter, options."""

from __future__ import annotations

import datetime
import email.utils
import time
from collections.abc import Callable

import httpx
import pytest

from altegio_devtools import AltegioClient, RateLimit, Unset, errors, models
from altegio_devtools._coerce import as_bool, as_datetime, as_float, as_int, as_str
from altegio_devtools._rate_limit import RateLimiter
from altegio_devtools._retries import RETRIED_FROM, RetryPolicy
from altegio_devtools.types import Operation

GET = Operation("op", "GET", "/x", host="api", auth="partner")
POST = Operation("op", "POST", "/x", host="app", auth="partner")
FieldError = errors.FieldError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ([{"salon_id": "is required"}], [FieldError("salon_id", "is required")]),
        (
            {"filters": ["bad state", "bad date"]},
            [FieldError("filters", "bad state"), FieldError("filters", "bad date")],
        ),
        (
            [{"field_name": "phone", "field_value": "12", "error_message": "too short"}],
            [FieldError("phone", "too short", "12")],
        ),
        (
            [{"phone": "+1", "name": "Ann", "error": "duplicate"}],
            [FieldError(None, "duplicate", {"phone": "+1", "name": "Ann"})],
        ),
        (["plain message"], [FieldError(None, "plain message")]),
        (None, []),
        ("not a list", []),
    ],
)
def test_all_four_meta_errors_shapes_are_normalised(
    raw: object, expected: list[FieldError]
) -> None:
    assert errors.normalize_errors(raw) == expected


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (402, errors.PaymentRequiredError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (410, errors.APIStatusError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (520, errors.InternalServerError),
    ],
)
def test_each_status_maps_to_its_error_class(status: int, cls: type[errors.APIStatusError]) -> None:
    response = httpx.Response(status, json={"success": False, "meta": []})
    error = errors.APIStatusError.from_response(response)
    assert type(error) is cls and error.status_code == status and error.meta_message is None
    assert isinstance(error, errors.AltegioError)


def test_a_non_json_error_body_is_named_by_size_not_quoted() -> None:
    error = errors.APIStatusError.from_response(httpx.Response(502, text="<html>" + "x" * 500))
    assert error.body is None
    assert str(error) == "HTTP 502 from the request: 506 bytes of text/plain"


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize(
    ("operation", "status", "retried"),
    [
        (GET, 408, True), (GET, 429, True), (GET, 500, True), (GET, 503, True), (GET, 404, False),
        (POST, 429, True), (POST, 408, False), (POST, 500, False), (POST, 502, False),
    ],
)  # fmt: skip
def test_which_responses_are_retried(operation: Operation, status: int, retried: bool) -> None:
    assert RetryPolicy().should_retry_response(operation, response(status)) is retried


def test_no_status_below_retried_from_is_retried() -> None:
    """The client skips the policy for these (every success): the policy must agree."""
    policy = RetryPolicy()
    for operation in (GET, POST):
        for status in range(100, RETRIED_FROM):
            assert not policy.should_retry_response(operation, response(status)), status
    assert policy.should_retry_response(GET, response(RETRIED_FROM))  # the lowest retried


@pytest.mark.parametrize(
    ("error", "get", "post"),
    [
        (httpx.ConnectError("refused"), True, True),
        (httpx.ConnectTimeout("slow connect"), True, True),
        (httpx.PoolTimeout("no free connection"), True, True),
        (httpx.ReadTimeout("slow answer"), True, False),
        (httpx.ReadError("reset"), True, False),
        (httpx.RemoteProtocolError("closed"), True, False),
    ],
)
def test_a_post_is_retried_only_if_it_was_never_sent(
    error: httpx.TransportError, get: bool, post: bool
) -> None:
    policy = RetryPolicy()
    assert (policy.should_retry_error(GET, error), policy.should_retry_error(POST, error)) == (
        get,
        post,
    )


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    for retry, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (5, 8.0), (30, 8.0)]:
        delays = [policy.delay(retry) for _ in range(50)]
        assert all(0.75 * ceiling <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1  # jittered


def test_retry_after_in_seconds_or_as_an_http_date_is_honoured_and_capped() -> None:
    policy = RetryPolicy(max_retry_after=60.0)
    assert policy.delay(0, response(429, **{"Retry-After": "3"})) == 3.0
    assert policy.delay(0, response(429, **{"Retry-After": "3600"})) == 60.0
    in_ten = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8.0 <= policy.delay(0, response(503, **{"Retry-After": in_ten})) <= 10.0
    past = email.utils.formatdate(time.time() - 100, usegmt=True)
    assert policy.delay(0, response(503, **{"Retry-After": past})) == 0.0
    assert policy.delay(0, response(503, **{"Retry-After": "soon"})) <= 0.5  # ignored


def test_the_rate_limiter_keeps_every_window() -> None:
    now = [0.0]
    limiter = RateLimiter([RateLimit(2, 1.0), RateLimit(3, 10.0)], clock=lambda: now[0], margin=0.0)
    waits = [limiter.reserve() for _ in range(4)]
    assert waits == [0.0, 0.0, 1.0, 10.0]
    now[0] = 10.0
    # The t=0 requests have left the 10 s window; the 2/s window then allows t=11.
    assert [limiter.reserve(), limiter.reserve()] == [0.0, 1.0]


def test_invalid_rate_limits_are_rejected() -> None:
    with pytest.raises(ValueError, match="invalid rate limit"):
        RateLimit(0, 1.0)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": httpx.Timeout(None)}, "finite"),
        ({"timeout": 0}, "finite"),
        ({"max_retries": -1}, "max_retries"),
        ({"partner_token": ""}, "partner_token"),
        ({"partner_token": "a,b"}, "without commas"),
        ({"user_token": "u\r\nX-Injected: 1"}, "printable ASCII"),
    ],
)
def test_bad_client_options_are_rejected(options: dict[str, object], message: str) -> None:
    settings: dict[str, object] = {"partner_token": "p", **options}
    with pytest.raises(ValueError, match=message):
        AltegioClient(**settings)  # type: ignore[arg-type]


def test_with_options_shares_the_pool_and_keeps_the_defaults() -> None:
    client = AltegioClient(partner_token="p", max_retries=5)
    view = client.with_options(timeout=1.0)
    assert view._client._shared.pools is client._client._shared.pools
    assert (view._client._max_retries, view._client._timeout.read) == (5, 1.0)
    assert client.with_options() is not client and client._client._timeout.read == 30.0


def test_open_enums_keep_unknown_values_and_reject_wrong_types() -> None:
    status = models.ConnectionState
    assert status("active") is status.ACTIVE
    unknown = status("archived")
    assert (unknown.value, str(unknown), unknown == "archived") == ("archived", "archived", True)
    with pytest.raises(ValueError):
        status(5)  # type: ignore[arg-type]
    sex = models.ClientEventDataSexId
    assert (sex(2), sex(5).value) == (sex.FEMALE, 5)
    with pytest.raises(ValueError):
        sex("1")  # type: ignore[arg-type]


def test_the_lenient_readers() -> None:
    assert [as_int(1), as_int("16"), as_int(" -3 "), as_int(4.0)] == [1, 16, -3, 4]
    assert [as_float(1), as_float("40.73"), as_float(2.5)] == [1.0, 40.73, 2.5]
    assert [as_bool(True), as_bool(0), as_bool("1"), as_bool("false")] == [True, False, True, False]
    assert [as_str("x"), as_str(-5), as_str(1.5)] == ["x", "-5", "1.5"]
    assert as_datetime("2022-06-27 12:20:02") == datetime.datetime(2022, 6, 27, 12, 20, 2)
    readers: list[tuple[Callable[[object], object], object]] = [
        (as_int, True), (as_int, 1.5), (as_int, "1e3"), (as_float, "x"), (as_bool, 2),
        (as_str, {}), (as_datetime, 5), (as_datetime, "soon"),
    ]  # fmt: skip
    for reader, bad in readers:
        with pytest.raises((TypeError, ValueError)):
            reader(bad)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": float("inf")}, "finite"),
        ({"timeout": float("nan")}, "finite"),
        ({"partner_token": "pärtner"}, "printable ASCII"),
        ({"user_token": "u\x00"}, "printable ASCII"),
    ],
)
def test_tokens_and_timeouts_that_would_fail_on_the_wire_are_rejected_up_front(
    options: dict[str, object], message: str
) -> None:
    settings: dict[str, object] = {"partner_token": "p", **options}
    with pytest.raises(ValueError, match=message):
        AltegioClient(**settings)  # type: ignore[arg-type]


def test_a_closed_client_raises_instead_of_reconnecting() -> None:
    client = AltegioClient(partner_token="p")
    client.close()  # fails before any connection is attempted
    with pytest.raises(errors.ClientClosedError):
        client.dictionaries.list_countries()


def test_clients_can_share_one_rate_limit_budget() -> None:
    now = [0.0]
    shared = RateLimiter([RateLimit(2, 1.0)], clock=lambda: now[0], margin=0.0)
    one = AltegioClient(partner_token="a", rate_limits=shared)
    two = AltegioClient(partner_token="b", rate_limits=shared)
    assert one._client._shared.limiter is two._client._shared.limiter is shared
    assert [shared.reserve(), shared.reserve(), shared.reserve()] == [0.0, 0.0, 1.0]


def test_a_body_that_cannot_be_decoded_is_a_typed_error() -> None:
    def broken_gzip(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"not gzip", headers={"Content-Encoding": "gzip"})

    with AltegioClient(
        partner_token="p",
        rate_limits=None,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(broken_gzip)),
    ) as client:
        with pytest.raises(errors.APIConnectionError, match="DecodingError"):
            client.dictionaries.list_countries()


def test_a_string_where_a_list_is_documented_is_drift_not_a_list_of_characters() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        location = {"id": 1, "phones": "+1 555 0100"}
        return httpx.Response(200, json={"success": True, "data": [location], "meta": []})

    with AltegioClient(
        partner_token="partner-token-7c1e",  # a token's every occurrence is redacted: not "p"
        rate_limits=None,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    ) as client:
        (location,) = client.marketplace.list_locations(1, page=1, count=10).data
        assert isinstance(location.phones, Unset)
        assert [str(entry) for entry in location.drift] == [
            "phones: expected a list, got a string of 11 characters"
        ]
        with pytest.raises(
            errors.ResponseValidationError, match=r"data\[0\]\.phones: expected a list"
        ):
            client.with_options(strict=True).marketplace.list_locations(1, page=1, count=10)


def test_absurdly_deep_json_is_a_validation_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=deep)

    with AltegioClient(
        partner_token="p",
        rate_limits=None,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    ) as client:
        with pytest.raises(errors.ResponseValidationError):
            client.dictionaries.list_countries()
