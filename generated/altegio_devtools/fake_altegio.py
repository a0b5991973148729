"""A stateful, in-process fake of Altegio for partners' tests (testing.FakeAltegio): an httpx
transport, sync and async, that keeps what a partner's flow changes and sends the webhooks a
real location would send.

    fake = FakeAltegio(partner_token="token-of-my-tests", callback_url="http://127.0.0.1:8080/m")
    with AltegioClient(partner_token="token-of-my-tests", http_client=fake.http_client()) as client:
        client.marketplace.install(salon_id=1001, application_id=3003)
        client.marketplace.get_status(1001, 3003)   # active, with the payments made since

It answers the description's 19 operations (both hosts: a path with or without /api/v1) in
Altegio's envelope, and enforces what Altegio enforces: the partner token (`Bearer <token>`
or `Bearer <token>, User <user>`), the user token of the user operations, a v2 `Accept`, the
required fields and their types, `Y-m-d H:i:s` payment dates, a repeated install (403 with
Altegio's message), 404 for what does not exist, and 5 requests a second and 200 a minute
(429; `clock=` makes the windows testable). The state (operations in _fake_state.py): installs
and uninstalls per location and application, the connected-locations list with its pages,
payments and refunds (in the integration status), SMS sender names, channels, discounts,
payment links, hook settings per location, VoIP calls.

Webhooks: each is recorded in `deliveries` and handed to `on_delivery` (outside the lock):
the lifecycle calls (an uninstall through the API, `freeze()`, `pay()` with a valid `sign`)
go to `callback_url`, the entity events of `emit()` to the URLs of the location's hook
settings. `quirks=True` answers as production does (PHP `[]` for an empty object, 0/1 for
booleans); `fail()` injects faults (a 5xx, a timeout, a connection reset, a slow body). One
lock guards the state: threads and asyncio tasks can share a fake.
"""

from __future__ import annotations

import asyncio
import collections
import datetime
import hmac
import json
import random
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import httpx

from . import _fake_state as state_
from ._bodies import make_event, make_lifecycle_event
from ._fake_state import ALREADY_INSTALLED, Answer, Call, Refusal
from ._operations import OPERATIONS

__all__ = ["ALREADY_INSTALLED", "FAULTS", "Delivery", "FakeAltegio"]

#: The faults fail() injects: an HTML 5xx page, a read timeout, a connection reset, a body
#: that arrives slowly (in two parts, `delay` seconds apart).
FAULTS = ("server_error", "timeout", "reset", "slow_body")
#: Altegio's limits per caller: 5 requests a second and 200 a minute.
RATE_LIMITS = ((5, 1.0), (200, 60.0))
_AUTHORIZATION = re.compile(r"Bearer (?P<partner>[^\s,]+)(?:, ?User (?P<user>\S+))?")
_V2_MEDIA = re.compile(r"application/vnd\.(api|yclients)\.v2\+json")
_API_PREFIX = "/api/v1"
_JSON = {"Content-Type": "application/json"}


@dataclass(frozen=True)
class Delivery:
    """A webhook the fake sends: POST `body` (JSON) to `url` with `headers`."""

    url: str
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class _Fault:
    kind: str
    times: int | None
    fraction: float
    operation: str | None
    status: int
    delay: float
    applied: bool


class FakeAltegio:
    """The fake. `locations` names the locations that exist (id: title; default: any ID);
    `user_token`, when given, is the only user token accepted; `crm_tokens` maps VoIP CRM
    tokens to their location; `webhook_secret` is the Bearer secret sent with entity events;
    `now` is the clock of the dates it writes, `clock` (seconds) that of its rate limits,
    `seed` that of the faults given as a fraction of calls."""

    def __init__(
        self,
        *,
        partner_token: str,
        user_token: str | None = None,
        locations: Mapping[int, str] | None = None,
        crm_tokens: Mapping[str, int] | None = None,
        callback_url: str | None = None,
        webhook_secret: str | None = None,
        on_delivery: Callable[[Delivery], None] | None = None,
        quirks: bool = False,
        rate_limits: bool = True,
        now: Callable[[], datetime.datetime] = datetime.datetime.now,
        clock: Callable[[], float] = time.monotonic,
        seed: int = 0,
    ) -> None:
        if not partner_token:
            raise ValueError("partner_token must be a non-empty partner token")
        self._token = partner_token
        self._user_token = user_token
        self._callback_url = callback_url
        self._webhook_secret = webhook_secret
        self._on_delivery = on_delivery
        self.quirks = quirks
        self._rate_limits = rate_limits
        self._now = now
        self._clock = clock
        self._random = random.Random(seed)  # noqa: S311 (which calls fail, not a secret)
        self._lock = threading.Lock()
        self._state = state_.State(dict(locations) if locations is not None else None,
                                   dict(crm_tokens or {}))  # fmt: skip
        self._admitted: collections.deque[float] = collections.deque()
        self._faults: list[_Fault] = []
        self.deliveries: list[Delivery] = []

    @property
    def partner_token(self) -> str:
        """The partner token the fake accepts (an invented one, for the client under test)."""
        return self._token

    # -- clients --------------------------------------------------------------------------

    def http_client(self, **options: Any) -> httpx.Client:
        """An httpx.Client whose every request this fake answers."""
        return httpx.Client(transport=_Transport(self), **options)

    def async_http_client(self, **options: Any) -> httpx.AsyncClient:
        """An httpx.AsyncClient whose every request this fake answers."""
        return httpx.AsyncClient(transport=_Transport(self), **options)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (its body read) as Altegio would. A fault may raise
        httpx.ReadTimeout or httpx.ReadError instead."""
        found = _route(request)
        if found is None:
            return self._error(404, state_.NOT_FOUND)
        operation_id, path_ids = found
        fault = self._fault_for(operation_id)
        if fault is not None and not fault.applied and fault.kind != "slow_body":
            return _faulty(fault, request, None)  # the call never reached Altegio
        response, lifecycle = self._answer(request, operation_id, path_ids)
        for body in lifecycle:
            self._send_lifecycle(body)
        return response if fault is None else _faulty(fault, request, response)

    # -- what a test does as Altegio or as a location --------------------------------------

    def fail(
        self,
        kind: str,
        *,
        times: int | None = 1,
        fraction: float = 1.0,
        operation: str | None = None,
        status: int = 502,
        delay: float = 1.0,
        applied: bool = False,
    ) -> None:
        """Make calls fail with `kind` (one of FAULTS): the next `times` calls (None: every
        call), each with probability `fraction` (drawn from the seeded generator), of the
        operation `operation` (its python name, such as "notify_payment"; None: any).
        `applied=True` lets the call take effect before its answer is lost (a slow body
        is always that of the call's answer)."""
        if kind not in FAULTS:
            raise ValueError(f"unknown fault {kind!r}; one of {', '.join(FAULTS)}")
        if not 0 < fraction <= 1:
            raise ValueError("fraction must be above 0 and at most 1")
        names = {op.python_name for op in OPERATIONS.values()}
        if operation is not None and operation not in names:
            raise ValueError(f"unknown operation {operation!r}")
        with self._lock:
            self._faults.append(_Fault(kind, times, fraction, operation, status, delay, applied))

    def emit(self, salon_id: int, resource: str, status: str, **fields: Any) -> list[Delivery]:
        """Send the entity event of a record that changed in location `salon_id` (see
        testing.make_event for `resource`, `status` and `fields`) to each URL its hook
        settings name, if they are active and take that resource. Returns the deliveries."""

        body = make_event(resource, status, company_id=salon_id, **fields)
        headers = dict(_JSON)
        if self._webhook_secret is not None:
            headers["Authorization"] = f"Bearer {self._webhook_secret}"
        with self._lock:
            settings = self._state.hooks.get(salon_id, {})
            flag = state_.FLAG_OF_RESOURCE.get(resource, resource)
            wanted = settings.get("active") == 1 and settings.get(flag, 1) == 1
            urls = list(settings["urls"]) if wanted else []
        return [self._deliver(Delivery(url, headers, _dumps(body))) for url in urls]

    def freeze(self, salon_id: int, application_id: int) -> Delivery | None:
        """The location stopped paying: the integration is frozen and the freeze call sent."""
        with self._lock:
            integration = self._state.integrations.get((salon_id, application_id))
            if integration is None or integration.status != "active":
                raise ValueError("only an active integration can be frozen")
            self._state.change_status(integration, "freezed", self._stamp())
        return self._send_lifecycle(
            {"event": "freeze", "salon_id": salon_id, "application_id": application_id}
        )

    def pay(
        self, salon_id: int, application_id: int, *, amount: float, currency_iso: str = "EUR",
        months: int = 1,
    ) -> Delivery | None:  # fmt: skip
        """The location paid for the application through Altegio: the payment is recorded
        (an active integration again) and the payment call, with its `sign`, sent."""
        with self._lock:
            key = (salon_id, application_id)
            integration = self._state.integrations.get(key)
            if integration is None or integration.status == "uninstalled":
                raise ValueError("only an installed application can be paid for")
            start = self._now()
            end = start + datetime.timedelta(days=30 * months)
            dates = {"payment_date": _altegio(start), "period_from": _altegio(start),
                     "period_to": _altegio(end)}  # fmt: skip
            payment_id = self._state.add_payment(key, payment_sum=amount, **dates)
            if integration.status == "freezed":
                self._state.change_status(integration, "active", dates["payment_date"])
        return self._send_lifecycle(
            {"event": "payment", "salon_id": salon_id, "application_id": application_id,
             "payment_id": payment_id, "amount": amount, "currency_iso": currency_iso, **dates}
        )  # fmt: skip

    def integration(self, salon_id: int, application_id: int) -> Mapping[str, Any]:
        """A copy of what the fake keeps about one application in one location (status,
        payments, logs, short_names, channels, discount, payment_links), for assertions."""
        with self._lock:
            integration = self._state.integrations.get((salon_id, application_id))
            if integration is None:
                raise KeyError((salon_id, application_id))
            return MappingProxyType(json.loads(json.dumps(vars(integration))))

    def hook_settings(self, salon_id: int) -> Mapping[str, Any]:
        """A copy of location `salon_id`'s hook settings."""
        with self._lock:
            return MappingProxyType(json.loads(json.dumps(self._state.hook_settings(salon_id))))

    # -- inside ---------------------------------------------------------------------------

    def _answer(
        self, request: httpx.Request, operation_id: str, path_ids: dict[str, int]
    ) -> tuple[httpx.Response, list[dict[str, Any]]]:
        operation = OPERATIONS[operation_id]
        try:
            self._authenticate(request, needs_user=operation.auth == "partner_user")
            if not _V2_MEDIA.fullmatch(request.headers.get("accept", "").split(";")[0].strip()):
                raise Refusal(406, "Accept must be application/vnd.api.v2+json.")
            call = Call(path_ids, dict(request.url.params), request.content, self._stamp)
            with self._lock:
                self._admit()
                answer = state_.OPERATIONS[operation_id](self._state, call)
        except Refusal as refusal:
            return self._error(refusal.status, refusal.message), []
        return self._response(answer), answer.lifecycle

    def _authenticate(self, request: httpx.Request, *, needs_user: bool) -> None:
        found = _AUTHORIZATION.fullmatch(request.headers.get("authorization", ""))
        if found is None or not hmac.compare_digest(found["partner"], self._token):
            raise Refusal(401, "Unauthorized")
        user = found["user"]
        if needs_user and user is None:
            raise Refusal(401, "This operation needs a user token: Bearer <partner>, User <user>.")
        if user is not None and self._user_token is not None:
            if not hmac.compare_digest(user, self._user_token):
                raise Refusal(401, "Unauthorized")

    def _admit(self) -> None:
        """Altegio's limits (under the lock): a request over either window is a 429."""
        if not self._rate_limits:
            return
        now = self._clock()
        longest = max(seconds for _, seconds in RATE_LIMITS)
        while self._admitted and self._admitted[0] <= now - longest:
            self._admitted.popleft()
        for limit, seconds in RATE_LIMITS:
            if sum(1 for moment in self._admitted if moment > now - seconds) >= limit:
                raise Refusal(429, "Too Many Requests")
        self._admitted.append(now)

    def _fault_for(self, operation_id: str) -> _Fault | None:
        name = OPERATIONS[operation_id].python_name
        with self._lock:
            for fault in self._faults:
                if fault.operation not in (None, name):
                    continue
                if fault.fraction < 1 and self._random.random() >= fault.fraction:
                    continue
                if fault.times is not None:
                    fault.times -= 1
                    if fault.times == 0:
                        self._faults.remove(fault)
                return fault
        return None

    def _response(self, answer: Answer) -> httpx.Response:
        if answer.empty:
            return httpx.Response(answer.status)
        if answer.bare:
            return httpx.Response(answer.status, json={"success": True})
        data, meta = answer.data, answer.meta
        if self.quirks:
            data, meta = _php(data), _php(meta)
        return httpx.Response(answer.status, json={"success": True, "data": data, "meta": meta})

    def _error(self, status: int, message: str) -> httpx.Response:
        body = {"success": False, "data": None, "meta": {"message": message}}
        return httpx.Response(status, json=body)

    def _send_lifecycle(self, fields: dict[str, Any]) -> Delivery | None:
        if self._callback_url is None:
            return None

        event = fields.pop("event")
        body = make_lifecycle_event(event, partner_token=self._token, **fields)
        return self._deliver(Delivery(self._callback_url, dict(_JSON), _dumps(body)))

    def _deliver(self, delivery: Delivery) -> Delivery:
        with self._lock:
            self.deliveries.append(delivery)
        if self._on_delivery is not None:  # outside the lock: it may call the fake back
            self._on_delivery(delivery)
        return delivery

    def _stamp(self) -> str:
        return _altegio(self._now())


class _Transport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake as an httpx transport, sync and async."""

    def __init__(self, fake: FakeAltegio) -> None:
        self._fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._fake.handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._fake.handle(request)


class _SlowBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in two parts, `delay` seconds apart."""

    def __init__(self, content: bytes, delay: float) -> None:
        self._parts = (content[: len(content) // 2], content[len(content) // 2 :])
        self._delay = delay

    def __iter__(self) -> Iterator[bytes]:
        yield self._parts[0]
        time.sleep(self._delay)
        yield self._parts[1]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._parts[0]
        await asyncio.sleep(self._delay)
        yield self._parts[1]


def _faulty(fault: _Fault, request: httpx.Request, answer: httpx.Response | None) -> httpx.Response:
    if fault.kind == "timeout":
        raise httpx.ReadTimeout("the read timed out (a FakeAltegio fault)", request=request)
    if fault.kind == "reset":
        raise httpx.ReadError("connection reset by peer (a FakeAltegio fault)", request=request)
    if fault.kind == "server_error":
        return httpx.Response(
            fault.status, html=f"<html><body><h1>{fault.status}</h1></body></html>"
        )
    assert answer is not None  # a slow body is that of the answer
    slow = _SlowBody(answer.content, fault.delay)
    return httpx.Response(answer.status_code, headers=answer.headers, stream=slow)


def _route(request: httpx.Request) -> tuple[str, dict[str, int]] | None:
    path = request.url.path
    if path.startswith(_API_PREFIX + "/"):
        path = path[len(_API_PREFIX) :]
    for operation_id, operation in OPERATIONS.items():
        found = _pattern(operation.path).fullmatch(path)
        if found is not None and operation.method == request.method:
            return operation_id, {name: int(value) for name, value in found.groupdict().items()}
    return None


def _pattern(path: str) -> re.Pattern[str]:
    """`/a/{b_id}/c` as a regular expression (re caches the compiled ones)."""
    return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>\\d+)", re.escape(path)))


def _php(value: Any) -> Any:
    """How PHP writes a value: an empty object as [], a boolean as 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict):
        return {key: _php(item) for key, item in value.items()} if value else []
    if isinstance(value, list):
        return [_php(item) for item in value]
    return value


def _altegio(moment: datetime.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode()
