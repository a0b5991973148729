"""What an error keeps, shows and redacts (issue 17: the survivors of `errors`): the exact
texts of the errors a user meets through AltegioClient against a server on 127.0.0.1, their
attributes, and what a pickled error (multiprocessing, Celery) carries: the response and
request it refers to, without the Authorization header, without any body (issue 27: a
pickle goes to queues and result stores) and with every token in their texts replaced by
asterisks."""

from __future__ import annotations

import gzip
import json
import pickle
import socket
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, errors
from altegio_devtools.drift import WITHHELD
from tests.fault_server import RESET, FaultServer, Reply

PARTNER = "partner-token-9f3a"
USER = "user-token-2b8c"
STARS = "**********"
COUNTRIES = "/api/v1/countries"
HOOKS = "/api/v1/hooks_settings/1"
PAYMENT = "/app/marketplace/partner/payment"
SALONS = "/app/marketplace/application/1/salons"
FieldError = errors.FieldError


def on(
    server: FaultServer, partner: str = PARTNER, user: str = USER, **options: Any
) -> AltegioClient:
    settings: dict[str, Any] = {"rate_limits": None, "timeout": 2.0, "max_retries": 0, **options}
    return AltegioClient(
        partner_token=partner,
        user_token=user,
        api_base_url=f"{server.url}/api/v1",
        app_base_url=f"{server.url}/app",
        **settings,
    )


def failure(reply: Reply, **options: Any) -> errors.APIError:
    """The error webhooks.get_settings (partner and user token) raises for `reply`."""
    with FaultServer().running() as server:
        server.script(HOOKS, reply)
        with on(server, **options) as client, pytest.raises(errors.APIError) as caught:
            client.webhooks.get_settings(1)
        return caught.value


def round_trip(error: errors.APIError, *tokens: str) -> Any:
    """The error unpickled, after checking that no token is in the pickle."""
    data = pickle.dumps(error)
    for token in tokens or (PARTNER, USER):
        assert token.encode() not in data
    return pickle.loads(data)


def failing(status: int, meta: Any) -> Reply:
    """A `success: false` envelope with this `meta`."""
    return Reply(status, {"success": False, "data": None, "meta": meta})


# -- the text of a status error -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected", "listed"),
    [
        (
            [
                {"field_name": "phone", "field_value": "12", "error_message": "too short"},
                {"field_name": None, "field_value": 7, "error_message": "no field named"},
                "plain message",
            ],
            [
                FieldError("phone", "too short", "12"),
                FieldError(None, "no field named", 7),
                FieldError(None, "plain message"),
            ],
            "phone: too short; no field named; plain message",
        ),
        (
            {"phone": "is invalid", "name": ["is required", "is too long"]},
            [
                FieldError("phone", "is invalid"),
                FieldError("name", "is required"),
                FieldError("name", "is too long"),
            ],
            "phone: is invalid; name: is required; name: is too long",
        ),
    ],
)
def test_a_status_error_names_the_request_the_message_and_each_field_error(
    raw: Any, expected: list[FieldError], listed: str
) -> None:
    """The text a user logs: status, method and URL, `meta.message`, then every field error
    (`field: message`, or the message alone when the API named no field) in parentheses;
    `errors` keeps each entry's value, and a lone message under a field is one entry."""
    with FaultServer().running() as server:
        server.script(HOOKS, failing(422, {"message": "Invalid", "errors": raw}))
        with on(server) as client, pytest.raises(errors.UnprocessableEntityError) as caught:
            client.webhooks.get_settings(1)
        url = f"{server.url}{HOOKS}"
    error = caught.value
    assert error.errors == expected
    assert str(error) == f"HTTP 422 from GET {url}: Invalid ({listed})"
    assert error.message == str(error) == error.args[0]
    assert error.request is not None and error.request.url == url


def test_a_json_error_body_without_a_message_is_named_by_status_and_request_only() -> None:
    """A JSON envelope with no `meta.message` adds nothing to the text (its body is in
    `body`); only a body that is not JSON is quoted."""
    with FaultServer().running() as server:
        server.script(HOOKS, failing(404, []))
        with on(server) as client, pytest.raises(errors.NotFoundError) as caught:
            client.webhooks.get_settings(1)
        url = f"{server.url}{HOOKS}"
    assert str(caught.value) == f"HTTP 404 from GET {url}"
    assert caught.value.body == {"success": False, "data": None, "meta": []}


@pytest.mark.parametrize(
    ("body", "headers", "summary"),
    [
        (b"bad gateway: +10000000000", {"Content-Type": "text/html"}, "25 bytes of text/html"),
        (b"x" * 201, {"Content-Type": "text/plain; charset=utf-8"}, "201 bytes of text/plain"),
        (b"caf\xe9 is down", {"Content-Type": "t" * 61}, "12 bytes of " + "t" * 60),
        (b"down", {"Content-Type": "text/\u00e9"}, "4 bytes"),  # not ASCII: not quoted
        (b"down", {"Content-Type": ""}, "4 bytes"),
    ],
)  # fmt: skip
def test_a_body_that_is_not_json_is_named_by_size_and_type(
    body: bytes, headers: dict[str, str], summary: str
) -> None:
    """An HTML or text error page is described, never quoted (a 502 page may quote the
    request, people's names included): its size in bytes and its Content-Type (without
    parameters, at most 60 characters); the page is on the live error's response."""
    with FaultServer().running() as server:
        server.script(HOOKS, Reply(400, body, headers))
        with on(server) as client, pytest.raises(errors.BadRequestError) as caught:
            client.webhooks.get_settings(1)
        url = f"{server.url}{HOOKS}"
    assert str(caught.value) == f"HTTP 400 from GET {url}: {summary}"
    assert caught.value.body is None and caught.value.response.content == body


# -- the other errors' texts and attributes -------------------------------------------------------


def test_a_refused_connection_names_the_request_and_the_cause() -> None:
    """A connection error says which call failed (method and URL) and how."""
    with socket.socket() as bound:  # a port nobody listens on, held so nobody can
        bound.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{bound.getsockname()[1]}/api/v1"
        with AltegioClient(partner_token=PARTNER, api_base_url=url, rate_limits=None,
                           max_retries=0) as client:  # fmt: skip
            with pytest.raises(errors.APIConnectionError) as caught:
                client.dictionaries.list_countries()
    assert str(caught.value) == f"connection error on GET {url}/countries: ConnectError"
    assert caught.value.message == str(caught.value)


def test_a_redirect_names_request_and_location_without_the_token() -> None:
    """An undocumented redirect names the call and where it pointed; a token in that
    Location shows as asterisks in the text and in the pickled `location` (the live
    `location` is exact)."""
    location = f"https://elsewhere.example/moved?key={USER}"
    with FaultServer().running() as server:
        server.script(HOOKS, Reply(302, b"", {"Location": location}))
        with on(server) as client, pytest.raises(errors.RedirectError) as caught:
            client.webhooks.get_settings(1)
        url = f"{server.url}{HOOKS}"
    error = caught.value
    text = (
        f"HTTP 302 from GET {url}: an undocumented redirect to "
        f"https://elsewhere.example/moved?key={STARS}, not followed"
    )
    assert (str(error), error.message, error.args) == (text, text, (text,))
    assert error.location == location and error.status_code == 302
    restored = round_trip(error)
    assert (str(restored), restored.message) == (text, text)
    assert restored.location == f"https://elsewhere.example/moved?key={STARS}"
    assert restored.response.headers["location"] == restored.location


def test_a_redirect_without_location_says_so() -> None:
    """A 3xx with no Location header still names the call, and says there was none."""
    with FaultServer().running() as server:
        server.script(HOOKS, Reply(302, b""))
        with on(server) as client, pytest.raises(errors.RedirectError) as caught:
            client.webhooks.get_settings(1)
        url = f"{server.url}{HOOKS}"
    assert caught.value.location is None
    assert str(caught.value) == (
        f"HTTP 302 from GET {url}: an undocumented redirect to (no Location), not followed"
    )


def test_a_response_too_large_names_the_request_and_keeps_the_unread_response() -> None:
    """The refused response is kept (status, headers) and names the call; pickled, it has
    no content (it was never read) rather than failing to pickle."""
    with FaultServer().running() as server:
        server.script(COUNTRIES, Reply(200, b"[" + b" " * 100 + b"]", {"X-Request-Id": "r-1"}))
        with on(server, max_response_size=41) as client:
            with pytest.raises(errors.ResponseTooLargeError) as caught:
                client.dictionaries.list_countries()
        url = f"{server.url}{COUNTRIES}"
    error = caught.value
    assert str(error) == (
        f"the response to GET {url} (HTTP 200) is larger than max_response_size=41 bytes; not read"
    )
    assert error.request is not None and error.request.url == url
    assert error.response.status_code == 200
    assert error.response.headers["x-request-id"] == "r-1"
    restored = round_trip(error, PARTNER)
    assert restored.response.content == b""
    assert restored.response.headers["x-request-id"] == "r-1"
    assert (restored.status_code, restored.limit, str(restored)) == (200, 41, str(error))


def test_a_body_that_does_not_match_names_request_drift_and_body() -> None:
    """A strict client's validation error lists the drift by path and type (not an
    exception's name, never the value), names the call without its query, describes the
    body by size and type and keeps the response."""
    body = b'{"success":true,"data":[{"id":1,"phones":"+1 555 0100"}],"meta":[]}'
    with FaultServer().running() as server:
        server.script(SALONS, Reply(200, body))
        with on(server, strict=True) as client:
            with pytest.raises(errors.ResponseValidationError) as caught:
                client.marketplace.list_locations(1, page=1, count=10)
        url = f"{server.url}{SALONS}"
    error = caught.value
    assert str(error) == (
        f"unexpected response body to GET {url} (HTTP 200): "
        "data[0].phones: expected a list, got a string of 11 characters; "
        f"body: {len(body)} bytes of application/json"
    )
    assert error.response.content == body and error.status_code == 200


def test_a_strict_error_redacts_an_echoed_token_and_pickles_its_drift_without_values() -> None:
    """The drift entries hold each value as it came, with the tokens redacted; pickled,
    they keep path and type, and the value stays behind."""
    row = {"id": 1, "phones": f"call {PARTNER}"}
    body = json.dumps({"success": True, "data": [row], "meta": []}).encode()
    with FaultServer().running() as server:
        server.script(SALONS, Reply(200, body))
        with on(server, strict=True) as client:
            with pytest.raises(errors.ResponseValidationError) as caught:
                client.marketplace.list_locations(1, page=1, count=10)
    (entry,) = caught.value.drift
    assert (entry.path, entry.value) == ("data[0].phones", f"call {STARS}")
    (restored,) = round_trip(caught.value).drift
    assert (restored.path, restored.expected) == (entry.path, entry.expected)
    assert restored.value is WITHHELD


def test_a_token_in_the_query_stays_out_of_the_pickled_request() -> None:
    """A token passed in extra_query is sent as given and redacted in the pickle."""
    with FaultServer().running() as server:
        server.script(HOOKS, Reply(500, "down"))
        with on(server) as client, pytest.raises(errors.InternalServerError) as caught:
            client.webhooks.get_settings(1, extra_query={"key": USER, "page": "2"})
    sent = caught.value.request
    assert sent is not None and sent.url.params["key"] == USER
    restored = round_trip(caught.value)
    assert dict(restored.request.url.params) == {"key": STARS, "page": "2"}
    assert restored.response.request.url == restored.request.url


def test_no_partner_token_anywhere_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without partner_token and ALTEGIO_PARTNER_TOKEN the error names both ways to give one."""
    monkeypatch.delenv("ALTEGIO_PARTNER_TOKEN", raising=False)
    with pytest.raises(errors.MissingPartnerTokenError) as caught:
        AltegioClient()
    assert str(caught.value) == (
        "no partner token: pass partner_token=... or set the ALTEGIO_PARTNER_TOKEN "
        "environment variable"
    )


# -- tokens: which are redacted -------------------------------------------------------------------


@pytest.mark.parametrize(("partner", "user"), [("Qz6tok", "Jw5tk"), ("p", "u/v")])
def test_a_token_of_any_length_is_redacted(partner: str, user: str) -> None:
    """However short, a token is replaced in what the server sent (the texts, the live body
    and the pickle); our own words and the URL are cleared of tokens of 6 characters or
    more only, so that a test's `partner_token="p"` leaves "http://" readable."""
    meta = {"message": f"{partner} and {user} are unknown"}
    error = failure(failing(401, meta), partner=partner, user=user)
    assert isinstance(error, errors.AuthenticationError)
    assert error.meta_message == f"{STARS} and {STARS} are unknown"
    assert error.body["meta"]["message"] == error.meta_message
    assert str(error).startswith("HTTP 401 from GET http://127.0.0.1:")
    assert str(error).endswith(f"/hooks_settings/1: {STARS} and {STARS} are unknown")
    restored = pickle.loads(pickle.dumps(error))
    assert (restored.meta_message, str(restored)) == (error.meta_message, str(error))


def test_a_json_escaped_token_is_redacted_in_the_text_the_body_and_the_errors() -> None:
    """PHP writes `/` as `\\/` and JSON escapes `"` and `\\`: the token is found written
    either way, in `meta.message`, in `body` and in the values of `errors`, on the live
    error as in the pickle."""
    partner = 'pa/rt"ner\\tok'
    php = json.dumps(partner)[1:-1].replace("/", "\\/")
    raw = (
        '{"success": false, "data": null, "meta": {"message": "bad ' + php + '", '
        '"errors": [{"field_name": "t", "field_value": "' + php + '", "error_message": "no"}]}}'
    )
    error = failure(Reply(401, raw.encode()), partner=partner)
    assert isinstance(error, errors.AuthenticationError)
    assert error.meta_message == f"bad {STARS}"
    assert error.body["meta"]["message"] == f"bad {STARS}"
    assert error.errors == [FieldError("t", "no", STARS)]
    data = pickle.dumps(error)
    assert php.encode() not in data and partner.encode() not in data


def test_a_token_with_a_space_inside_is_redacted_whole() -> None:
    """Any printable ASCII token without commas is accepted, spaces included; all of it is
    redacted, not just its last word."""
    partner = "partner token 31"
    error = failure(failing(401, {"message": f"bad token {partner}"}), partner=partner)
    assert str(error).endswith(f": bad token {STARS}")
    round_trip(error, partner)


# -- what a pickled error carries -----------------------------------------------------------------


def test_field_errors_redact_tokens_and_pickle_without_their_values() -> None:
    """`errors` keep each entry's value on the live error (tokens redacted) and never show
    it; pickled, entries keep field and message, not the value (an import row holds a
    client's phone); entries without a field stay without one."""
    meta = {
        "message": "Invalid",
        "errors": [
            {"field_name": "key", "field_value": f"Bearer {PARTNER}", "error_message": "unused"},
            {"phone": "+10000000000", "note": f"sent by {USER}", "error": "duplicate"},
            "plain message",
        ],
    }
    error = failure(failing(422, meta))
    assert isinstance(error, errors.UnprocessableEntityError)
    assert error.errors == [
        FieldError("key", "unused", f"Bearer {STARS}"),
        FieldError(None, "duplicate", {"phone": "+10000000000", "note": f"sent by {STARS}"}),
        FieldError(None, "plain message"),
    ]
    assert "+10000000000" not in repr(error.errors) and "+10000000000" not in str(error)
    restored = round_trip(error)
    assert restored.errors == [
        FieldError("key", "unused"),
        FieldError(None, "duplicate"),
        FieldError(None, "plain message"),
    ]
    assert b"+10000000000" not in pickle.dumps(error)
    assert str(restored) == str(error)


SKIPPED = ("content-encoding", "content-length", "transfer-encoding")


def chunked(payload: bytes) -> Reply:
    """`payload` with Transfer-Encoding: chunked, in two chunks."""
    half = len(payload) // 2
    parts = [payload[:half], payload[half:]]
    wire = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"
    return Reply(409, headers={"Transfer-Encoding": "chunked", "X-Request-Id": "r-2"},
                 stream=lambda: [wire])  # fmt: skip


def echo_body() -> bytes:
    meta = {"message": "Conflict", "echo": f"{PARTNER} / {USER}"}
    return json.dumps({"success": False, "data": None, "meta": meta}).encode()


@pytest.mark.parametrize(
    "reply",
    [
        Reply(409, gzip.compress(echo_body()),
              {"Content-Encoding": "gzip", "X-Request-Id": "r-2"}),  # with Content-Length
        chunked(echo_body()),
    ],
    ids=["gzip", "chunked"],
)  # fmt: skip
def test_a_pickled_status_error_keeps_response_and_request_without_bodies(reply: Reply) -> None:
    """Unpickled, the error's response has its status and its headers (no longer
    compressed or chunked) and no content; `body` is None, `meta_message` stays; its
    request is the one sent (method, URL, headers) minus Authorization and its content,
    on the error and on its response alike."""
    with FaultServer().running() as server:
        server.script("/api/v1/hooks_settings/5", reply)
        with on(server) as client, pytest.raises(errors.ConflictError) as caught:
            client.webhooks.update_settings(
                5, active=1, urls=["https://partner.example/hooks"],
                extra_body={"note": f"from {PARTNER}"},
            )  # fmt: skip
        sent = server.requests[-1][3]
    error = caught.value
    assert error.response.content == echo_body()  # decoded while read
    assert PARTNER.encode() in sent  # what the caller asked to send, sent as given

    assert error.body["meta"]["echo"] == f"{STARS} / {STARS}"  # live, tokens redacted
    restored = round_trip(error)
    response = restored.response
    assert response.status_code == 409 and restored.status_code == 409
    assert response.content == b""
    assert response.headers["x-request-id"] == "r-2"
    assert response.headers["content-type"] == "application/json"
    assert not any(name in response.headers for name in ("content-encoding", "transfer-encoding"))
    kept = [(k, v) for k, v in error.response.headers.multi_items() if k not in SKIPPED]
    assert response.headers.multi_items() == kept  # no Content-Length: there is no content
    assert restored.body is None and restored.meta_message == "Conflict"

    original = error.request
    assert original is not None
    for request in (restored.request, response.request):
        assert (request.method, request.url) == ("POST", original.url)
        assert "authorization" not in request.headers
        left_out = ("authorization", "content-length")
        assert [item for item in request.headers.multi_items() if item[0] not in left_out] == [
            item for item in original.headers.multi_items() if item[0] not in left_out
        ]
        assert request.headers["content-length"] == "0"
        assert request.headers["content-type"] == "application/json"
        assert request.content == b""


def test_a_pickled_connection_error_leaves_the_request_body_behind() -> None:
    """A connection error has no response: its request alone says which tokens to redact;
    the body sent (a token the caller put there included) does not travel in the pickle."""
    with FaultServer().running() as server:
        server.script(PAYMENT, RESET)
        with on(server) as client, pytest.raises(errors.APIConnectionError) as caught:
            client.marketplace.notify_payment(
                salon_id=1, application_id=2, payment_sum=10, currency_iso="EUR",
                payment_date="2022-01-01 10:10:00", period_from="2022-01-01 00:00:00",
                period_to="2022-02-01 00:00:00", extra_body={"note": f"from {PARTNER}"},
            )  # fmt: skip
        url = f"{server.url}{PAYMENT}"
        sent = server.requests[-1][3]
    error = caught.value
    assert str(error).startswith(f"connection error on POST {url}: ")
    assert PARTNER.encode() in sent
    restored = round_trip(error, PARTNER)
    assert "authorization" not in restored.request.headers
    assert restored.request.content == b""
    assert str(restored) == str(error)


# -- errors built by hand -------------------------------------------------------------------------


def test_errors_built_from_hand_made_responses_show_and_pickle() -> None:
    """A user's test doubles build errors from httpx responses with a request that has no
    Authorization, or with no request at all: both show and pickle."""
    request = httpx.Request("GET", "https://api.example.test/countries?page=2")
    response = httpx.Response(502, text="down", request=request)
    error = errors.APIStatusError.from_response(response)
    assert type(error) is errors.InternalServerError
    assert (
        str(error) == "HTTP 502 from GET https://api.example.test/countries: 4 bytes of text/plain"
    )
    restored = pickle.loads(pickle.dumps(error))
    assert restored.request.url == request.url and str(restored) == str(error)

    bare = errors.APIStatusError.from_response(httpx.Response(503, json={"success": False}))
    restored = pickle.loads(pickle.dumps(bare))
    assert restored.request is None and restored.response.status_code == 503
    assert str(restored) == "HTTP 503 from the request"


def test_errors_constructed_directly_keep_what_they_are_given() -> None:
    """The public constructors beyond what the client passes: a connection error without a
    cause, a pagination error and a redirect with a request or a body, an error about a
    streamed upload (its body cannot be kept: pickled, it is empty)."""
    request = httpx.Request(
        "POST", "https://app.example.test/x", headers={"Authorization": f"Bearer {PARTNER}"}
    )
    assert str(errors.APIConnectionError(request)) == (
        "connection error on POST https://app.example.test/x"
    )

    paging = errors.PaginationError("stopped", request=request, page=4)
    assert (paging.request, paging.page) == (request, 4)
    restored = round_trip(paging, PARTNER)
    assert restored.request.url == request.url and "authorization" not in restored.request.headers

    response = httpx.Response(302, json={"moved": True}, request=request)
    assert errors.RedirectError(response, {"moved": True}).body == {"moved": True}

    streamed = httpx.Request("POST", "https://app.example.test/x", content=iter([b"chunk"]),
                             headers={"Authorization": f"Bearer {PARTNER}"})  # fmt: skip
    restored = round_trip(errors.APIConnectionError(streamed, httpx.ReadError("reset")), PARTNER)
    assert restored.request.content == b""
    assert str(restored) == "connection error on POST https://app.example.test/x: ReadError"
