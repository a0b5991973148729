"""testing.FakeAltegio behind a handler that validates every request and every answer against
the effective description (openapi-core): the fake cannot drift from it."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from openapi_core import OpenAPI
from werkzeug.datastructures import Headers

from altegio_devtools import AltegioClient, Unset
from altegio_devtools.testing import FakeAltegio
from tests.contract_calls import SPEC
from tests.test_contract_openapi_core import HttpxRequest

OPENAPI = OpenAPI.from_dict(SPEC)
TOKEN = "partner-token-of-the-fake"
USER = "user-token-of-the-fake"
NOW = datetime.datetime(2026, 1, 15, 10, 30)
AUTH = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/vnd.api.v2+json"}


class HttpxResponse:
    """httpx.Response seen through openapi-core's Response protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "")
        self.data = response.content or None


def _causes(error: Exception) -> list[str]:
    causes = [str(e) for e in getattr(error, "schema_errors", [])]
    return causes + [
        str(e) for e in getattr(getattr(error, "__cause__", None), "schema_errors", [])
    ]


@dataclass
class Checked:
    """The fake behind a handler that validates each request and answer against the spec."""

    fake: FakeAltegio
    answers: list[httpx.Response] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        try:
            OPENAPI.validate_request(HttpxRequest(request))
        except Exception as error:
            self.problems.append(
                f"request {request.method} {request.url.path}: {error} {_causes(error)}"
            )
        response = self.fake.handle(request)
        self.answers.append(response)
        try:
            OPENAPI.validate_response(HttpxRequest(request), HttpxResponse(response))
        except Exception as error:
            self.problems.append(
                f"answer {request.method} {request.url.path}: {error} {_causes(error)}"
            )
        return response


def fake(**options: Any) -> FakeAltegio:
    return FakeAltegio(**{"partner_token": TOKEN, "now": lambda: NOW, "rate_limits": False,
                          **options})  # fmt: skip


@contextmanager
def checked_client(checked: Checked, **options: Any) -> Iterator[AltegioClient]:
    http = httpx.Client(transport=httpx.MockTransport(checked))
    settings = {"partner_token": TOKEN, "user_token": USER, "http_client": http,
                "max_retries": 0, "rate_limits": None, **options}  # fmt: skip
    with AltegioClient(**settings) as client:
        yield client
    assert checked.problems == [], "\n".join(checked.problems)


T = TypeVar("T")


def known(value: T | Unset) -> T:
    """A field the fake always sends."""
    assert not isinstance(value, Unset)
    return value
