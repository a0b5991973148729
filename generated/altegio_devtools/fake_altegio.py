"""A stateful, in-process fake of Altegio's marketplace for partners' tests (the start of
testing.FakeAltegio): an httpx transport that keeps what a partner's flow changes.

    fake = FakeAltegio(partner_token="token-of-my-tests")
    with AltegioClient(partner_token="token-of-my-tests", http_client=fake.http_client()) as client:
        client.marketplace.install(salon_id=1001, application_id=3003)
        client.marketplace.get_status(1001, 3003)   # active, with the payments made since

It answers in Altegio's envelope (`success`, `data`, `meta`), on both hosts, and enforces what
Altegio enforces on these calls: the partner token (`Bearer <token>` or `Bearer <token>,
User <user>`), the required fields, `Y-m-d H:i:s` dates, a repeated install (403 with
Altegio's message), 404 for an integration that does not exist. Kept so far: installs and
uninstalls per location and application, the connected-locations list with its pages, and
payments (listed in the integration status). Thread-safe: one lock guards the state.
"""

from __future__ import annotations

import datetime
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = ["FakeAltegio"]

#: What Altegio answers to a repeated install ("the user has already installed this app").
ALREADY_INSTALLED = "Пользователь уже установил это приложение."
_ALTEGIO_DATE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_API_PREFIX = "/api/v1"
Answer = httpx.Response
Route = Callable[["FakeAltegio", httpx.Request, re.Match[str]], Answer]


@dataclass
class _Integration:
    created_at: str
    status: str = "active"
    payments: list[dict[str, Any]] = field(default_factory=list)
    logs: list[dict[str, Any]] = field(default_factory=list)


class _Refusal(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class FakeAltegio:
    """The fake. `locations` names the locations that exist (id: title); without it any
    location ID exists. `now` gives the fake's clock (Altegio's `Y-m-d H:i:s`)."""

    def __init__(
        self,
        *,
        partner_token: str,
        locations: dict[int, str] | None = None,
        now: Callable[[], datetime.datetime] = datetime.datetime.now,
    ) -> None:
        if not partner_token:
            raise ValueError("partner_token must be a non-empty partner token")
        self._token = partner_token
        self._locations = locations
        self._now = now
        self._lock = threading.Lock()
        self._integrations: dict[tuple[int, int], _Integration] = {}
        self._payment_ids = 0

    def http_client(self, **options: Any) -> httpx.Client:
        """An httpx.Client whose every request this fake answers."""
        return httpx.Client(transport=httpx.MockTransport(self.handle), **options)

    def async_http_client(self, **options: Any) -> httpx.AsyncClient:
        """An httpx.AsyncClient whose every request this fake answers."""
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle), **options)

    def handle(self, request: httpx.Request) -> Answer:
        """Answer one request as Altegio would (an httpx.MockTransport handler)."""
        path = request.url.path
        if path.startswith(_API_PREFIX):
            path = path[len(_API_PREFIX) :]
        for (method, pattern), route in _ROUTES.items():
            match = pattern.fullmatch(path)
            if match and method == request.method:
                try:
                    self._authenticate(request)
                    with self._lock:
                        return route(self, request, match)
                except _Refusal as refusal:
                    return _error(refusal.status, refusal.message)
        return _error(404, "Not found")

    def _authenticate(self, request: httpx.Request) -> None:
        header = request.headers.get("authorization", "")
        partner = header.removeprefix("Bearer ").split(",", 1)[0].strip()
        if not header.startswith("Bearer ") or partner != self._token:
            raise _Refusal(401, "Unauthorized")

    def _install(self, request: httpx.Request, _: re.Match[str]) -> Answer:
        body = _json_object(request)
        salon_id, application_id = _ids(body, "salon_id", "application_id")
        self._location(salon_id)
        key = (salon_id, application_id)
        known = self._integrations.get(key)
        if known is not None and known.status != "uninstalled":
            raise _Refusal(403, ALREADY_INSTALLED)
        integration = _Integration(created_at=self._stamp())
        integration.logs = [*(known.logs if known else []), self._log("uninstalled", "active")]
        self._integrations[key] = integration
        return httpx.Response(201)

    def _uninstall(self, request: httpx.Request, match: re.Match[str]) -> Answer:
        integration = self._integration(match)
        integration.logs.append(self._log(integration.status, "uninstalled"))
        integration.status = "uninstalled"
        return _ok(None, meta={})

    def _locations_page(self, request: httpx.Request, match: re.Match[str]) -> Answer:
        application_id = int(match["application_id"])
        page = _query_int(request, "page", 1)
        count = _query_int(request, "count", 20)
        connected = sorted(
            salon
            for (salon, application), integration in self._integrations.items()
            if application == application_id and integration.status != "uninstalled"
        )
        chosen = connected[(page - 1) * count : page * count]
        return _ok([{"id": salon, "title": self._location(salon), "active": 1} for salon in chosen])

    def _payment(self, request: httpx.Request, _: re.Match[str]) -> Answer:
        body = _json_object(request)
        salon_id, application_id = _ids(body, "salon_id", "application_id")
        for name in ("currency_iso", "payment_sum", "payment_date", "period_from", "period_to"):
            if name not in body:
                raise _Refusal(422, f"The {name} field is required.")
        for name in ("payment_date", "period_from", "period_to"):
            if not isinstance(body[name], str) or not _ALTEGIO_DATE.fullmatch(body[name]):
                raise _Refusal(422, f"The {name} does not match the format Y-m-d H:i:s.")
        integration = self._integrations.get((salon_id, application_id))
        if integration is None or integration.status == "uninstalled":
            raise _Refusal(403, "The application is not installed in this location.")
        self._payment_ids += 1
        integration.payments.append(
            {
                "id": self._payment_ids,
                "payment_sum": body["payment_sum"],
                "payment_date": body["payment_date"],
                "is_refunded": False,
                "period_from": body["period_from"],
                "period_to": body["period_to"],
            }
        )
        return _ok({"id": self._payment_ids}, meta={})

    def _status(self, request: httpx.Request, match: re.Match[str]) -> Answer:
        integration = self._integration(match)
        if integration.status == "uninstalled":
            raise _Refusal(404, "Not found")
        status = {"status": integration.status, "created_at": integration.created_at}
        data = {
            "connection_status": status,
            "payments": [dict(payment) for payment in integration.payments],
            "logs": [dict(log) for log in integration.logs],
        }
        return _ok(data, meta={})

    def _integration(self, match: re.Match[str]) -> _Integration:
        key = (int(match["location_id"]), int(match["application_id"]))
        integration = self._integrations.get(key)
        if integration is None:
            raise _Refusal(404, "Not found")
        return integration

    def _location(self, salon_id: int) -> str:
        if self._locations is None:
            return f"Location {salon_id}"
        if salon_id not in self._locations:
            raise _Refusal(404, "Not found")
        return self._locations[salon_id]

    def _stamp(self) -> str:
        return self._now().strftime("%Y-%m-%d %H:%M:%S")

    def _log(self, status_from: str, status_to: str) -> dict[str, Any]:
        return {
            "changed_at": self._stamp(),
            "status_from": status_from,
            "status_to": status_to,
            "source": "partner_api",
        }


_ROUTES: dict[tuple[str, re.Pattern[str]], Route] = {
    ("POST", re.compile(r"/marketplace/partner/callback")): FakeAltegio._install,
    (
        "POST",
        re.compile(
            r"/marketplace/salon/(?P<location_id>\d+)/application/(?P<application_id>\d+)/uninstall"
        ),
    ): FakeAltegio._uninstall,
    (
        "GET",
        re.compile(r"/marketplace/application/(?P<application_id>\d+)/salons"),
    ): FakeAltegio._locations_page,
    ("POST", re.compile(r"/marketplace/partner/payment")): FakeAltegio._payment,
    (
        "GET",
        re.compile(r"/marketplace/salon/(?P<location_id>\d+)/application/(?P<application_id>\d+)"),
    ): FakeAltegio._status,
}


def _json_object(request: httpx.Request) -> dict[str, Any]:
    try:
        body = json.loads(request.content)
    except ValueError:
        raise _Refusal(422, "The body is not JSON.") from None
    if not isinstance(body, dict):
        raise _Refusal(422, "The body is not a JSON object.")
    return body


def _ids(body: dict[str, Any], *names: str) -> tuple[int, ...]:
    ids = []
    for name in names:
        value = body.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Refusal(422, f"The {name} field must be an integer.")
        ids.append(value)
    return tuple(ids)


def _query_int(request: httpx.Request, name: str, default: int) -> int:
    text = request.url.params.get(name)
    if text is None:
        return default
    if not text.isdigit() or int(text) < 1:
        raise _Refusal(422, f"The {name} must be a positive integer.")
    return int(text)


def _ok(data: Any, meta: Any = None) -> Answer:
    return httpx.Response(200, json={"success": True, "data": data, "meta": meta or {}})


def _error(status: int, message: str) -> Answer:
    return httpx.Response(
        status, json={"success": False, "data": None, "meta": {"message": message}}
    )
