"""What an error keeps, shows and redacts (issue 17: the survivors of `errors`): the exact
texts of the errors a user meets through AltegioClient against a server on 127.0.0.1, their
attributes, and what a pickled error (multiprocessing, Celery) carries: the response and
request it refers to, without the Authorization header and with every token in their texts
and bodies replaced by asterisks."""

from __future__ import annotations

import gzip
import json
import pickle
import socket
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, errors
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
    ("body", "quoted"),
    [
        (b"bad gateway", "'bad gateway'"),
        (b"x" * 200, repr("x" * 200)),  # exactly the 200 bytes shown: nothing cut
        (b"x" * 201, repr("x" * 200 + "…")),
        (b"caf\xe9 is down", "'caf\ufffd is down'"),  # Latin-1, not UTF-8
        (b"<p>\n  line\tone  </p>", "'<p> line one </p>'"),
    ],
)
def test_a_body_that_is_not_json_is_quoted_up_to_200_bytes(body: bytes, quoted: str) -> None:
    """An HTML or text error page is quoted in the message: its first 200 bytes, whitespace
    collapsed, undecodable bytes replaced, and `…` only when something was cut."""
    with FaultServer().running() as server:
        server.script(HOOKS, Reply(400, body, {"Content-Type": "text/html"}))
        with on(server) as client, pytest.raises(errors.BadRequestError) as caught:
            client.webhooks.get_settings(1)
        url = f"{server.url}{HOOKS}"
    assert str(caught.value) == f"HTTP 400 from GET {url}: {quoted}"
    assert caught.value.body is None


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
    """A strict client's validation error lists the drift itself (not an exception's name),
    names the call without its query, quotes the body and keeps the response."""
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
        f'data[0].phones: expected a list, got "+1 555 0100"; body: {body.decode()!r}'
    )
    assert error.response.content == body and error.status_code == 200


def test_a_strict_error_pickles_its_drift_without_an_echoed_token() -> None:
    """The drift entries hold each value as it came; pickled, a token in one is redacted."""
    row = {"id": 1, "phones": f"call {PARTNER}"}
    body = json.dumps({"success": True, "data": [row], "meta": []}).encode()
    with FaultServer().running() as server:
        server.script(SALONS, Reply(200, body))
        with on(server, strict=True) as client:
            with pytest.raises(errors.ResponseValidationError) as caught:
                client.marketplace.list_locations(1, page=1, count=10)
    (entry,) = caught.value.drift
    assert (entry.path, entry.value) == ("data[0].phones", f"call {PARTNER}")
    (restored,) = round_trip(caught.value).drift
    assert (restored.path, restored.expected) == (entry.path, entry.expected)
    assert restored.value == f"call {STARS}"


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


def test_a_six_character_token_is_redacted_and_a_five_character_one_is_not() -> None:
    """Tokens of 6 characters or more are replaced in texts and pickled bodies; shorter
    ones would garble ordinary words, so they are left."""
    partner, user = "Qz6tok", "Jw5tk"
    meta = {"message": f"{partner} and {user} are unknown"}
    error = failure(failing(401, meta), partner=partner, user=user)
    assert isinstance(error, errors.AuthenticationError)
    assert error.meta_message == f"{STARS} and {user} are unknown"
    assert partner not in str(error) and partner not in repr(error)
    restored = round_trip(error, partner)
    echoed = json.loads(restored.response.content)["meta"]["message"]
    assert echoed == f"{STARS} and {user} are unknown"


def test_a_token_with_a_space_inside_is_redacted_whole() -> None:
    """Any printable ASCII token without commas is accepted, spaces included; all of it is
    redacted, not just its last word."""
    partner = "partner token 31"
    error = failure(failing(401, {"message": f"bad token {partner}"}), partner=partner)
    assert str(error).endswith(f": bad token {STARS}")
    round_trip(error, partner)


# -- what a pickled error carries -----------------------------------------------------------------


def test_pickled_field_errors_keep_their_values_without_tokens() -> None:
    """`errors` survive pickling entry by entry (field, message, value); the tokens in their
    values become asterisks, entries without a field stay without one."""
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
        FieldError("key", "unused", f"Bearer {PARTNER}"),
        FieldError(None, "duplicate", {"phone": "+10000000000", "note": f"sent by {USER}"}),
        FieldError(None, "plain message"),
    ]
    restored = round_trip(error)
    assert restored.errors == [
        FieldError("key", "unused", f"Bearer {STARS}"),
        FieldError(None, "duplicate", {"phone": "+10000000000", "note": f"sent by {STARS}"}),
        FieldError(None, "plain message"),
    ]
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
def test_a_pickled_status_error_keeps_response_and_request_without_tokens(reply: Reply) -> None:
    """Unpickled, the error's response has its status, its headers, its decoded body (tokens
    redacted) described by its own Content-Length, no longer compressed or chunked; its
    request is the one sent (method, URL, headers, JSON body) minus Authorization and with
    the tokens in the body redacted, on the error and on its response alike."""
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

    restored = round_trip(error)
    response = restored.response
    assert response.status_code == 409 and restored.status_code == 409
    assert response.content == echo_body().replace(PARTNER.encode(), STARS.encode()).replace(
        USER.encode(), STARS.encode()
    )
    assert response.headers["x-request-id"] == "r-2"
    assert response.headers["content-type"] == "application/json"
    assert not any(name in response.headers for name in ("content-encoding", "transfer-encoding"))
    assert response.headers["content-length"] == str(len(response.content))
    kept = [(k, v) for k, v in error.response.headers.multi_items() if k not in SKIPPED]
    assert [item for item in response.headers.multi_items() if item[0] != "content-length"] == kept
    assert restored.body == json.loads(response.content) and restored.meta_message == "Conflict"

    original = error.request
    assert original is not None
    for request in (restored.request, response.request):
        assert (request.method, request.url) == ("POST", original.url)
        assert "authorization" not in request.headers
        assert request.headers.multi_items() == [
            (k, v) for k, v in original.headers.multi_items() if k != "authorization"
        ]
        assert request.headers["content-type"] == "application/json"
        assert request.content == sent.replace(PARTNER.encode(), STARS.encode())
        assert json.loads(request.content)["note"] == f"from {STARS}"


def test_a_pickled_connection_error_redacts_the_request_body() -> None:
    """A connection error has no response: its request alone says which tokens to redact,
    and a token the caller put in the body does not travel in the pickle."""
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
    restored = round_trip(error, PARTNER)
    assert "authorization" not in restored.request.headers
    assert restored.request.content == sent.replace(PARTNER.encode(), STARS.encode())
    assert str(restored) == str(error)


# -- errors built by hand -------------------------------------------------------------------------


def test_errors_built_from_hand_made_responses_show_and_pickle() -> None:
    """A user's test doubles build errors from httpx responses with a request that has no
    Authorization, or with no request at all: both show and pickle."""
    request = httpx.Request("GET", "https://api.example.test/countries?page=2")
    response = httpx.Response(502, text="down", request=request)
    error = errors.APIStatusError.from_response(response)
    assert type(error) is errors.InternalServerError
    assert str(error) == "HTTP 502 from GET https://api.example.test/countries: 'down'"
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
