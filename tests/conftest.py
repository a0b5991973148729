"""Shared fixtures: the repository layout, the effective spec and a recording transport.

`make test` runs the tests in parallel (pytest-xdist, `-n auto --dist loadfile`, one worker
more than cores: see below): every test file runs whole, in order, in one worker process,
and the files are spread over the workers. So a test may share state with the tests of its
own file (module-scoped fixtures: one server or build per file), never with another file's;
session-scoped fixtures run once per worker. Each test writes under its own tmp_path or
temporary directory, takes its ports from the OS (port 0), and leaves the real checkout as
it found it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from altegio_devtools import AltegioClient
from tests.valkey import valkey_server

ROOT = Path(__file__).resolve().parent.parent
EFFECTIVE_SPEC = ROOT / "generated" / "openapi.effective.yaml"

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, unknown without it
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: one worker more than the cores this process may use (pytest-xdist's own
    PYTEST_XDIST_AUTO_NUM_WORKERS still decides when set). Many tests wait rather than
    compute (servers starting, retries, rate limits, subprocesses): the extra worker fills
    those waits."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch copy of what the build reads and writes, so that a test of a failing (or
    unexpectedly succeeding) build can never touch the real generated/."""
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "overrides", root / "overrides")
    shutil.copytree(
        ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copyfile(ROOT / "openapi.yaml", root / "openapi.yaml")
    return root


@pytest.fixture(scope="session")
def effective_spec() -> dict[str, Any]:
    # yaml.safe_load with libyaml's parser: the same document, four times faster.
    text = EFFECTIVE_SPEC.read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.load(text, Loader=yaml.CSafeLoader)
    return spec


class Recorder:
    """An httpx transport that records requests and answers with a handler."""

    def __init__(self, handler: Handler) -> None:
        self.requests: list[httpx.Request] = []
        self._handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._handler(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


def envelope(data: Any = (), meta: Any = (), status: int = 200) -> httpx.Response:
    """A success envelope; by default `data` and `meta` are PHP's empty array `[]`."""
    return httpx.Response(
        status,
        json={
            "success": True,
            "data": list(data) if data == () else data,
            "meta": list(meta) if meta == () else meta,
        },
    )


@pytest.fixture
def recorder() -> Recorder:
    return Recorder(lambda request: envelope())


@pytest.fixture
def client(recorder: Recorder) -> Iterator[AltegioClient]:
    with AltegioClient(
        partner_token="partner-secret",
        user_token="user-secret",
        rate_limits=None,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    ) as altegio:
        yield altegio


@pytest.fixture(scope="module")
def valkey_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Valkey server on 127.0.0.1 for a test module (shared limits, de-duplication)."""
    with valkey_server(tmp_path_factory.mktemp("valkey")) as url:
        yield url
