"""The conventions openai-python users expect, through the public surface: `__version__`,
every error at the top level, ConflictError, tokens from the environment, ALTEGIO_LOG,
per-call extra_headers/extra_query/extra_body, and with_options over every client option
(sharing the connection pool and the rate limiter). Requests go to an httpx.MockTransport
or to a keep-alive server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.metadata
import inspect
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

import altegio_devtools
from altegio_devtools import (
    AltegioClient,
    APIStatusError,
    AsyncAltegioClient,
    ClientClosedError,
    ConflictError,
    MissingPartnerTokenError,
    MissingUserTokenError,
    RateLimit,
    errors,
)
from altegio_devtools import client as transport
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.types import UNSET
from tests.conftest import ROOT, Recorder, envelope
from tests.fault_server import send_json, serving

ENV_NAMES = ("ALTEGIO_PARTNER_TOKEN", "ALTEGIO_USER_TOKEN", "ALTEGIO_LOG")
API = "http://127.0.0.1:9/api/v1"
APP = "http://127.0.0.1:9/app"
RETRY_NOW = httpx.Response(503, headers={"Retry-After": "0"})


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


def mocked(recorder: Recorder, **options: Any) -> AltegioClient:
    settings: dict[str, Any] = {
        "partner_token": "partner-1",
        "api_base_url": API,
        "app_base_url": APP,
        "rate_limits": None,
        **options,
    }
    return AltegioClient(
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **settings
    )


def replies(*responses: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    """Answer with the responses in turn, then with an empty success envelope."""
    queue = list(responses)
    return lambda request: queue.pop(0) if queue else envelope()


# -- __version__, the errors at the top level, ConflictError ----------------------------------


def test_version_is_the_distribution_version(recorder: Recorder) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project_version = tomllib.load(file)["project"]["version"]
    assert altegio_devtools.__version__ == project_version
    assert altegio_devtools.__version__ == importlib.metadata.version("altegio-devtools")
    assert "__version__" in altegio_devtools.__all__
    with mocked(recorder) as client:
        client.dictionaries.list_countries()
    assert recorder.last.headers["User-Agent"] == f"altegio-devtools/{project_version}"


def test_every_error_class_is_importable_from_the_top_level() -> None:
    classes = [
        name
        for name in errors.__all__
        if isinstance(getattr(errors, name), type) and issubclass(getattr(errors, name), Exception)
    ]
    assert {"AltegioError", "APIStatusError", "NotFoundError", "ConflictError"} <= set(classes)
    for name in classes:
        assert getattr(altegio_devtools, name) is getattr(errors, name), name
        assert name in altegio_devtools.__all__, name


def test_409_raises_conflict_error(recorder: Recorder) -> None:
    recorder._handler = lambda request: httpx.Response(
        409, json={"success": False, "meta": {"message": "Already installed"}}
    )
    with mocked(recorder) as client, pytest.raises(ConflictError) as caught:
        client.marketplace.uninstall(1, 2)
    assert isinstance(caught.value, APIStatusError)
    assert (caught.value.status_code, caught.value.meta_message) == (409, "Already installed")


# -- tokens from the environment ---------------------------------------------------------------


def test_tokens_come_from_the_environment_unless_passed(
    monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "env-partner")
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", "env-user")
    with mocked(recorder, partner_token=None) as client:
        client.webhooks.get_settings(1)
    assert recorder.last.headers["Authorization"] == "Bearer env-partner, User env-user"
    with mocked(recorder, partner_token="arg-partner", user_token="arg-user") as client:
        client.webhooks.get_settings(1)
    assert recorder.last.headers["Authorization"] == "Bearer arg-partner, User arg-user"


def test_without_a_user_token_in_the_environment_there_is_none(
    monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "env-partner")
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", "  ")  # set but blank: not a token
    with mocked(recorder, partner_token=None) as client:
        with pytest.raises(MissingUserTokenError):
            client.webhooks.get_settings(1)
        client.dictionaries.list_countries()
    assert recorder.last.headers["Authorization"] == "Bearer env-partner"
    assert len(recorder.requests) == 1


def test_user_token_none_sends_no_user_token(
    monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:
    # A partner passing a nullable column per location must not act as the environment's user.
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", "env-user")
    with mocked(recorder, user_token=None) as client:
        with pytest.raises(MissingUserTokenError):
            client.webhooks.get_settings(1)
        client.dictionaries.list_countries()
    assert recorder.last.headers["Authorization"] == "Bearer partner-1"


def test_a_closed_client_derives_nothing(recorder: Recorder) -> None:
    client = mocked(recorder)
    client.close()
    with pytest.raises(errors.ClientClosedError):
        client.with_options(user_token="user-2")


@pytest.mark.parametrize("value", [None, "", " "])
@pytest.mark.parametrize("cls", [AltegioClient, AsyncAltegioClient])
def test_a_missing_partner_token_names_the_argument_and_the_variable(
    monkeypatch: pytest.MonkeyPatch, value: str | None, cls: type[AltegioClient]
) -> None:
    if value is not None:
        monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", value)
    with pytest.raises(MissingPartnerTokenError, match=r"partner_token=.*ALTEGIO_PARTNER_TOKEN"):
        cls()
    assert issubclass(MissingPartnerTokenError, errors.AltegioError)


def test_a_malformed_token_in_the_environment_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "a,b")
    with pytest.raises(ValueError, match="ALTEGIO_PARTNER_TOKEN must be printable ASCII"):
        AltegioClient()


@pytest.mark.parametrize(("given", "in_environment", "named"), [
    ("a,b", None, "user_token"),
    (" ", None, "user_token"),
    (UNSET, "a,b", "ALTEGIO_USER_TOKEN"),
])  # fmt: skip
def test_a_malformed_user_token_names_where_it_came_from(
    monkeypatch: pytest.MonkeyPatch, given: Any, in_environment: str | None, named: str
) -> None:
    if in_environment is not None:
        monkeypatch.setenv("ALTEGIO_USER_TOKEN", in_environment)
    with pytest.raises(ValueError, match=rf"^{named} must be"):
        AltegioClient(partner_token="p", user_token=given)


def test_an_unknown_environment_or_an_endless_timeout_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError) as environment:
        AltegioClient(partner_token="p", environment="staging")  # type: ignore[arg-type]
    assert str(environment.value) == (
        "environment must be one of ['mock', 'production'], not 'staging'"
    )
    for timeout in (0, float("inf"), httpx.Timeout(5.0, read=None)):
        with pytest.raises(ValueError) as endless:
            AltegioClient(partner_token="p", timeout=timeout)
        assert str(endless.value) == (
            "timeouts must be finite and positive: no call may hang forever"
        )


def test_a_base_url_may_end_with_a_slash(recorder: Recorder) -> None:
    with mocked(recorder, api_base_url=API + "/") as client:
        client.dictionaries.list_countries()
    assert str(recorder.last.url) == f"{API}/countries"


def test_the_async_client_reads_the_environment_too(
    monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "env-partner")
    monkeypatch.setenv("ALTEGIO_USER_TOKEN", "env-user")

    async def call() -> None:
        transport = httpx.MockTransport(recorder)
        async with AsyncAltegioClient(
            api_base_url=API, rate_limits=None, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            await client.webhooks.get_settings(1)

    asyncio.run(call())
    assert recorder.last.headers["Authorization"] == "Bearer env-partner, User env-user"


# -- ALTEGIO_LOG -------------------------------------------------------------------------------

LOG_SCRIPT = """\
import logging, sys
import httpx
{configure}
from altegio_devtools import AltegioClient

answers = [httpx.Response(503, headers={{"Retry-After": "0"}})]
ok = {{"success": True, "data": [], "meta": []}}
answer = lambda request: answers.pop() if answers else httpx.Response(200, json=ok)
transport = httpx.MockTransport(answer)
with AltegioClient(user_token="user-secret-2", http_client=httpx.Client(transport=transport)) as c:
    c.dictionaries.list_countries(
        extra_query={{"echo": "partner-secret-1"}}, extra_headers={{"X-Api-Key": "key-secret-3"}}
    )
print("root handlers:", len(logging.getLogger().handlers), logging.getLogger().level)
"""


def run_logged(log: str | None, configure: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    env["ALTEGIO_PARTNER_TOKEN"] = "partner-secret-1"
    if log is not None:
        env["ALTEGIO_LOG"] = log
    script = LOG_SCRIPT.format(configure=configure)
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )


@pytest.mark.parametrize("level", ["debug", "INFO"])
def test_altegio_log_prints_the_package_logs_to_stderr_without_tokens(level: str) -> None:
    result = run_logged(level)
    assert "retrying GET https://api.alteg.io/api/v1/countries?echo=**********" in result.stderr
    assert ("DEBUG" in result.stderr) == (level == "debug")
    if level == "debug":
        assert "-> HTTP 503" in result.stderr and "'authorization': '<redacted>'" in result.stderr
        assert "'x-api-key': '<redacted>'" in result.stderr  # an extra header named as secret
    assert "secret" not in result.stderr, result.stderr
    assert result.stdout == "root handlers: 0 30\n"  # the root logger untouched (WARNING)


def test_without_altegio_log_nothing_is_printed() -> None:
    result = run_logged(None)
    assert result.stderr == ""


def test_altegio_log_leaves_a_configured_application_alone() -> None:
    configure = "logging.basicConfig(stream=sys.stdout, level=logging.ERROR, format='%(message)s')"
    result = run_logged("debug", configure)
    assert result.stderr == ""  # not printed twice: the application's handler has them
    assert result.stdout.count("retrying GET") == 1
    assert result.stdout.endswith("root handlers: 1 40\n")
    assert "secret" not in result.stdout


def test_an_unknown_altegio_log_value_is_ignored_with_a_warning() -> None:
    result = run_logged("verbose")
    assert "ALTEGIO_LOG='verbose' is ignored: use one of ['debug', 'info']" in result.stderr
    assert "retrying" not in result.stderr


# -- extra_headers, extra_query, extra_body ----------------------------------------------------


def test_extras_go_into_that_request_only_and_are_kept_on_retries(recorder: Recorder) -> None:
    recorder._handler = replies(RETRY_NOW)
    with mocked(recorder) as client:
        client.dictionaries.list_cities(
            country_id=1,
            extra_headers={"X-Trace": "t-1", "accept": "application/json"},
            extra_query={"country_id": 7, "lang": "en", "ids": [1, 2]},
        )
        assert len(recorder.requests) == 2  # the 503 was retried
        for request in recorder.requests:
            assert request.headers["X-Trace"] == "t-1"
            assert request.headers.get_list("Accept") == ["application/json"]  # replaced
            assert request.url.params.multi_items() == [
                ("country_id", "7"), ("lang", "en"), ("ids", "1"), ("ids", "2"),
            ]  # fmt: skip
            assert request.headers["Authorization"] == "Bearer partner-1"
        client.dictionaries.list_cities(country_id=1)
    assert "X-Trace" not in recorder.last.headers
    assert recorder.last.headers["Accept"] == altegio_devtools.DEFAULT_ACCEPT
    assert recorder.last.url.params.multi_items() == [("country_id", "1")]


def test_extra_body_merges_into_the_json_body(recorder: Recorder) -> None:
    with mocked(recorder) as client:
        client.marketplace.set_discount(salon_ids=[1], application_id=2, discount=5.0)
        plain = recorder.last_json()
        client.marketplace.set_discount(
            salon_ids=[1], application_id=2, discount=5.0, extra_body={"discount": 7.5, "note": "n"}
        )
    assert plain == {"salon_ids": [1], "application_id": 2, "discount": 5.0}
    assert recorder.last_json() == {**plain, "discount": 7.5, "note": "n"}
    assert recorder.last.headers["Content-Type"] == "application/json"


def test_extra_body_on_an_operation_without_a_body_is_a_type_error(recorder: Recorder) -> None:
    with mocked(recorder) as client, pytest.raises(TypeError, match="extra_body"):
        client.dictionaries.list_countries(extra_body={"a": 1})  # type: ignore[call-arg]
    assert recorder.requests == []


def test_extra_headers_cannot_replace_the_authorization(recorder: Recorder) -> None:
    with mocked(recorder) as client:
        with pytest.raises(ValueError, match=r"Authorization.*with_options\(partner_token="):
            client.dictionaries.list_countries(extra_headers={"authorization": "Bearer x"})
        with pytest.raises(TypeError, match="extra_query must be a mapping"):
            client.dictionaries.list_countries(extra_query=[("a", "1")])  # type: ignore[arg-type]
    assert recorder.requests == []


def test_extras_on_the_async_and_raw_methods(recorder: Recorder) -> None:
    async def call() -> None:
        transport = httpx.MockTransport(recorder)
        async with AsyncAltegioClient(
            partner_token="p", rate_limits=None, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            raw = await client.with_raw_response.marketplace.set_discount(
                salon_ids=[1],
                application_id=2,
                discount=5.0,
                extra_headers={"X-Trace": "t-2"},
                extra_query={"debug": True},
                extra_body={"note": "async"},
            )
            assert raw.status_code == 200

    asyncio.run(call())
    assert recorder.last.headers["X-Trace"] == "t-2"
    assert recorder.last.url.params["debug"] == "true"
    assert recorder.last_json()["note"] == "async"


def test_every_resource_method_takes_the_extras(effective_spec: dict[str, Any]) -> None:
    with_body = {
        operation.python_name
        for operation in OPERATIONS.values()
        if "requestBody" in effective_spec["paths"][operation.path][operation.method.lower()]
    }
    assert {"set_discount", "send_event", "list_calls"} <= with_body
    checked = set()
    for tag in ("dictionaries", "marketplace", "voip", "webhooks"):
        module = importlib.import_module(f"altegio_devtools.api.{tag}")
        resources = [
            cls
            for name, cls in vars(module).items()
            if isinstance(cls, type) and name.endswith(("Resource", "ResourceWithRawResponse"))
        ]
        assert len(resources) == 4, tag  # sync, async, and their raw-response twins
        for resource in resources:
            for name, method in inspect.getmembers(resource, inspect.isfunction):
                if name.startswith("_"):
                    continue
                parameters = inspect.signature(method).parameters
                assert {"extra_headers", "extra_query"} <= set(parameters), (resource, name)
                assert ("extra_body" in parameters) == (name in with_body), (resource, name)
                checked.add(name)
    assert checked == {operation.python_name for operation in OPERATIONS.values()}


# -- with_options ------------------------------------------------------------------------------


class KeepAliveServer:
    """HTTP/1.1 on 127.0.0.1 that keeps connections open and notes each request's client
    port (requests that share a port shared a connection, so a pool) and Authorization.
    It answers an empty success envelope, or `statuses[path]` with an error envelope."""

    def __init__(self, statuses: dict[str, int] | None = None) -> None:
        self.ports: list[int] = []
        self.authorizations: list[str] = []
        answers = dict(statuses or {})
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server.ports.append(self.client_address[1])
                server.authorizations.append(self.headers.get("Authorization", ""))
                status = answers.get(self.path, 200)
                send_json(self, status, {"success": status == 200, "data": [], "meta": []})

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    @contextmanager
    def running(self) -> Iterator[KeepAliveServer]:
        with serving(self._server):
            yield self


def test_with_options_shares_the_pool_and_closing_it_leaves_the_pool_open() -> None:
    with KeepAliveServer().running() as server:
        client = AltegioClient(partner_token="p", api_base_url=server.url, rate_limits=None)
        client.dictionaries.list_countries()
        location = client.with_options(user_token="location-7", max_retries=0)
        location.dictionaries.list_countries()
        location.close()
        client.dictionaries.list_countries()
        assert len(server.ports) == 3 and len(set(server.ports)) == 1  # one connection
        with pytest.raises(ClientClosedError):
            location.dictionaries.list_countries()
        other = client.with_options(user_token="location-8")
        client.close()
        with pytest.raises(ClientClosedError):
            other.dictionaries.list_countries()


def test_async_with_options_shares_the_pool_too() -> None:
    async def calls(url: str) -> None:
        async with AsyncAltegioClient(partner_token="p", api_base_url=url) as client:
            await client.dictionaries.list_countries()
            location = client.with_options(user_token="location-7")
            await location.dictionaries.list_countries()
            await location.aclose()
            await client.dictionaries.list_countries()
            with pytest.raises(ClientClosedError):
                await location.dictionaries.list_countries()

    with KeepAliveServer().running() as server:
        asyncio.run(calls(server.url))
        assert len(server.ports) == 3 and len(set(server.ports)) == 1


def test_the_readme_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## Client options and conventions\n.*?```python\n(.*?)```", readme, re.S)
    assert code is not None
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "env-partner")
    with KeepAliveServer({"/hooks_settings/2": 409}).running() as server:
        monkeypatch.setitem(transport._BASE_URLS, "production", (server.url, server.url))
        user_tokens = {1: "user-token-1", 2: "user-token-2"}
        exec(compile(code.group(1), "README.md", "exec"), {"user_tokens": user_tokens})
    assert capsys.readouterr().out == f"{altegio_devtools.__version__}\n2 409\n"
    assert server.authorizations == [
        "Bearer env-partner, User user-token-1",
        "Bearer env-partner, User user-token-2",
    ]
    assert len(set(server.ports)) == 1


def test_with_options_shares_the_rate_limiter_unless_rate_limits_change(
    recorder: Recorder,
) -> None:
    with mocked(recorder, rate_limits=[RateLimit(1, 60.0)]) as client:
        client.dictionaries.list_countries()  # the minute's only request
        location = client.with_options(user_token="location-7", total_timeout=0.2)
        with pytest.raises(errors.APITimeoutError):  # it waits for the same limiter
            location.dictionaries.list_countries()
        assert len(recorder.requests) == 1
        location.with_options(rate_limits=None).dictionaries.list_countries()
        client.with_options(rate_limits=[RateLimit(1, 60.0)]).dictionaries.list_countries()
        assert len(recorder.requests) == 3


Check = Callable[[AltegioClient, Recorder], object]


def call_countries(client: AltegioClient, recorder: Recorder) -> object:
    client.dictionaries.list_countries()
    return str(recorder.last.url), recorder.last.headers["Accept"]


def call_settings(client: AltegioClient, recorder: Recorder) -> object:
    try:
        client.webhooks.get_settings(1)
    except MissingUserTokenError:
        return "no user token"
    return recorder.last.headers["Authorization"]


def call_install(client: AltegioClient, recorder: Recorder) -> object:
    client.marketplace.install(salon_id=1, application_id=2, api_key="k")
    return str(recorder.last.url)


def call_timeout(client: AltegioClient, recorder: Recorder) -> object:
    client.dictionaries.list_countries()
    return recorder.last.extensions["timeout"]["read"] <= 0.25


def call_retries(client: AltegioClient, recorder: Recorder) -> object:
    recorder._handler = lambda request: RETRY_NOW
    with pytest.raises(errors.InternalServerError):
        client.dictionaries.list_countries()
    return len(recorder.requests)


def call_slow_retries(client: AltegioClient, recorder: Recorder) -> object:
    recorder._handler = lambda request: httpx.Response(503, headers={"Retry-After": "0.3"})
    with pytest.raises(errors.InternalServerError):
        client.dictionaries.list_countries()
    return len(recorder.requests)  # a retry that would end past total_timeout is not made


def call_drift(client: AltegioClient, recorder: Recorder) -> object:
    recorder._handler = lambda request: envelope([{"id": 1, "title": {"not": "a title"}}])
    try:
        client.dictionaries.list_countries()
    except errors.ResponseValidationError:
        return "raised"
    return "lenient"


def call_large(client: AltegioClient, recorder: Recorder) -> object:
    try:
        client.dictionaries.list_countries()
    except errors.ResponseTooLargeError:
        return "too large"
    return "read"


def call_limited(client: AltegioClient, recorder: Recorder) -> object:
    try:
        for _ in range(2):
            client.dictionaries.list_countries()
    except errors.APITimeoutError:
        return "limited"
    return "sent"


MOCK = altegio_devtools.MOCK_BASE_URL
#: Each option of with_options, a value, what the parent does and what the derived client does.
OPTIONS: list[tuple[dict[str, Any], Check, object, object]] = [
    ({"partner_token": "partner-2"}, call_settings, "Bearer partner-1, User user-1",
     "Bearer partner-2, User user-1"),
    ({"user_token": "user-2"}, call_settings, "Bearer partner-1, User user-1",
     "Bearer partner-1, User user-2"),
    ({"user_token": None}, call_settings, "Bearer partner-1, User user-1", "no user token"),
    ({"environment": "mock"}, call_countries, (f"{API}/countries", altegio_devtools.DEFAULT_ACCEPT),
     (f"{MOCK}/countries", altegio_devtools.DEFAULT_ACCEPT)),
    ({"api_base_url": "http://127.0.0.1:9/v2"}, call_countries,
     (f"{API}/countries", altegio_devtools.DEFAULT_ACCEPT),
     ("http://127.0.0.1:9/v2/countries", altegio_devtools.DEFAULT_ACCEPT)),
    ({"app_base_url": "http://127.0.0.1:9/app2"}, call_install,
     f"{APP}/marketplace/partner/callback", "http://127.0.0.1:9/app2/marketplace/partner/callback"),
    ({"app_base_url": None}, call_install, f"{APP}/marketplace/partner/callback",
     f"{altegio_devtools.APP_BASE_URL}/marketplace/partner/callback"),
    ({"accept": "application/json"}, call_countries,
     (f"{API}/countries", altegio_devtools.DEFAULT_ACCEPT),
     (f"{API}/countries", "application/json")),
    ({"timeout": 0.25}, call_timeout, False, True),
    ({"max_retries": 0}, call_retries, 3, 1),
    ({"rate_limits": [RateLimit(1, 60.0)], "total_timeout": 0.2}, call_limited, "sent", "limited"),
    ({"total_timeout": 0.2}, call_slow_retries, 3, 1),
    ({"strict": True}, call_drift, "lenient", "raised"),
    ({"max_response_size": 10}, call_large, "read", "too large"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("options", "check", "parent", "derived"),
    OPTIONS,
    ids=["-".join(f"{k}={v!r}" for k, v in options.items()) for options, *_ in OPTIONS],
)
def test_with_options_honours_every_option(
    options: dict[str, Any], check: Check, parent: object, derived: object
) -> None:
    recorder = Recorder(lambda request: envelope())
    with mocked(recorder, user_token="user-1") as client:
        assert check(client.with_options(**options), recorder) == derived
        recorder.requests.clear()
        recorder._handler = lambda request: envelope()
        assert check(client, recorder) == parent  # the parent keeps its own


def test_with_options_covers_every_constructor_option() -> None:
    for cls in (AltegioClient, AsyncAltegioClient):
        constructor = set(inspect.signature(cls.__init__).parameters) - {"self", "http_client"}
        options = set(inspect.signature(cls.with_options).parameters) - {"self"}
        assert options == constructor, cls
    covered = {name for options, *_ in OPTIONS for name in options}
    assert covered == constructor


# -- the typed surface -------------------------------------------------------------------------

TYPED_SCRIPT = """\
import altegio_devtools
from altegio_devtools import AltegioClient, APIStatusError, ConflictError, NotFoundError, RateLimit

version: str = altegio_devtools.__version__
client = AltegioClient()
location: AltegioClient = client.with_options(
    partner_token="p", user_token="u", environment="mock", api_base_url=None,
    app_base_url="http://127.0.0.1:9", accept="application/json", timeout=1.0, max_retries=0,
    rate_limits=[RateLimit(1, 1.0)], strict=True, total_timeout=2.0, max_response_size=1024,
)
try:
    location.marketplace.set_discount(
        salon_ids=[1], application_id=2, discount=5.0, extra_headers={{"X-Trace": "1"}},
        extra_query={{"lang": "en", "ids": [1, 2]}}, extra_body={{"note": "n"}},
    )
except (ConflictError, NotFoundError) as error:
    status: int = error.status_code
except APIStatusError:
    pass
{bad}
"""

BAD_LINES = {
    "client.dictionaries.list_countries(extra_body={'a': 1})":
        'Unexpected keyword argument "extra_body"',
    "client.dictionaries.list_countries(extra_headers={'X-Trace': 1})":
        'Dict entry 0 has incompatible type "str": "int"',
    "client.with_options(user_token=5)":
        'Argument "user_token" to "with_options" of "_ClientBase" has incompatible type "int"',
    "client.with_options(http_client=None)": 'Unexpected keyword argument "http_client"',
}  # fmt: skip


def test_mypy_strict_accepts_the_conventions_and_reports_misuse(tmp_path: Path) -> None:
    scripts = [tmp_path / "good.py"]
    scripts[0].write_text(TYPED_SCRIPT.format(bad=""), encoding="utf-8")
    for number, line in enumerate(BAD_LINES):
        scripts.append(tmp_path / f"bad{number}.py")
        scripts[-1].write_text(TYPED_SCRIPT.format(bad=line), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--no-incremental",
            "--cache-dir", str(tmp_path / "cache"), *map(str, scripts),
        ],
        cwd=tmp_path, capture_output=True, text=True, check=False,
        env={"MYPYPATH": str(ROOT / "generated"), "PATH": ""},
    )  # fmt: skip
    reported = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not [line for line in reported if line.startswith("good.py")], result.stdout
    last_line = len(TYPED_SCRIPT.format(bad="x").splitlines())
    for number, message in enumerate(BAD_LINES.values()):
        mine = [line for line in reported if line.startswith(f"bad{number}.py:")]
        assert len(mine) == 1 and mine[0].startswith(f"bad{number}.py:{last_line}:"), result.stdout
        assert message in mine[0], mine
