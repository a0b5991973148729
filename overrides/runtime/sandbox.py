"""`altegio-devtools sandbox`: testing.FakeAltegio served over HTTP on loopback, so that a
partner's code in any language or process can run its flow against a stateful Altegio:

    altegio-devtools sandbox --port 8787 --partner-token T --callback-url URL
    # api_base_url=http://127.0.0.1:8787/api/v1  app_base_url=http://127.0.0.1:8787

Both hosts' paths are served from one port (the `/api/v1` prefix tells them apart). The
webhooks the fake sends (entity events to the URLs set through the hook settings, lifecycle
calls such as uninstall to the callback URL) are posted with Altegio's delivery policy
(_delivery.py) from worker threads: an answer never waits for a delivery. Each call and
each delivery is reported in one line (method, path, status; a delivery's URL without its
query, which may hold a secret).

Control paths, for tests in any language (POST, JSON; answered 202, 400 naming what is
wrong, or 409 when the fake refuses, e.g. freezing what is not active):
- /_sandbox/trigger `{"salon_id": 1001, "resource": "record", "status": "update", "fields":
  {...}}`: the entity event of a changed record, sent to the location's hooks (fake.emit);
- /_sandbox/freeze `{"salon_id": 1001, "application_id": 3003}`: the integration freezes and
  the freeze call goes to the callback URL (fake.freeze);
- /_sandbox/pay `{"salon_id": 1001, "application_id": 3003, "amount": 990.5}`: the location
  pays through Altegio; the payment call, with its sign, goes to the callback URL (fake.pay);
- /_sandbox/fail `{"kind": "reset", "times": 1, "operation": "notify_payment"}`: the next
  calls fail (fake.fail; kinds: server_error, timeout, reset, slow_body). Over HTTP a reset
  drops the connection unanswered, a timeout holds it 30 s first.

Not a production server: one process, state in memory, no TLS; it binds 127.0.0.1 unless
told otherwise, and its control path has no authentication.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import httpx

from . import testing
from ._delivery import deliver
from .fake_altegio import FAULTS, Delivery

__all__ = ["TRIGGER_PATH", "Sandbox"]

TRIGGER_PATH = "/_sandbox/trigger"
_CONTROL_PREFIX = "/_sandbox/"
#: How long a `timeout` fault holds the connection before dropping it.
TIMEOUT_HOLD = 30.0


class Sandbox:
    """A FakeAltegio behind an HTTP server on (host, port); port 0 picks a free one.
    `serve_forever()` answers until `close()` (from another thread) or an interrupt."""

    def __init__(
        self,
        *,
        partner_token: str,
        host: str = "127.0.0.1",
        port: int = 0,
        callback_url: str | None = None,
        webhook_secret: str | None = None,
        crm_tokens: Mapping[str, int] | None = None,
        quirks: bool = False,
        report: Callable[[str], None] = print,
    ) -> None:
        self.report: Callable[[str], None] = report
        self.fake: testing.FakeAltegio = testing.FakeAltegio(
            partner_token=partner_token,
            callback_url=callback_url,
            webhook_secret=webhook_secret,
            crm_tokens=crm_tokens,
            on_delivery=self.send,
            quirks=quirks,
        )
        self._senders = ThreadPoolExecutor()  # deliveries wait on the network, not the CPU
        self._server = _Server((host, port), _Handler)
        self._server.sandbox = self
        self._served = False  # pragma: no mutate (its mutant None is as false)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def serve_forever(self) -> None:
        self._served = True
        self._server.serve_forever()

    def close(self) -> None:
        """Stop answering, then finish the deliveries asked for."""
        if self._served:  # shutdown() waits for serve_forever() to return
            self._server.shutdown()
        self._server.server_close()
        self._senders.shutdown()  # waits for every delivery asked (each ends within ~33 s)

    def send(self, delivery: Delivery) -> None:
        """The fake's on_delivery: post it from a worker thread."""
        self._senders.submit(self._deliver, delivery)

    def _deliver(self, delivery: Delivery) -> None:
        where = delivery.url.partition("?")[0].partition("#")[0]  # a query may hold a secret
        try:
            result = deliver(delivery.url, delivery.body, dict(delivery.headers)).describe()
        except Exception as error:  # a URL httpx cannot post to: said, not lost in a thread
            result = f"not sent ({type(error).__name__})"
        self.report(f"delivery {_kind(delivery.body)} -> {where}: {result}")

    def control(self, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
        """A control path's answer: what the fake was made to do, or why not (by name)."""
        try:
            order = json.loads(body or b"{}")
        except ValueError:
            return 400, {"message": "the body is not JSON"}
        if not isinstance(order, dict):
            return 400, {"message": "the body is not a JSON object"}
        refusal = _refusal(order, _CONTROLS[path])
        if refusal is not None:
            return 400, {"message": refusal}
        try:
            return 202, _CONTROLS[path](self.fake, order)
        except (TypeError, ValueError, LookupError) as error:  # a message may quote a field
            return 409, {"message": f"the fake refused it ({type(error).__name__})"}


def _trigger(fake: testing.FakeAltegio, order: dict[str, Any]) -> dict[str, Any]:
    resource, status = order["resource"], order.get("status", "update")
    fake.emit(order["salon_id"], resource, status, **order.get("fields", {}))
    return {"triggered": f"{resource}.{status}"}


def _freeze(fake: testing.FakeAltegio, order: dict[str, Any]) -> dict[str, Any]:
    fake.freeze(order["salon_id"], order["application_id"])
    return {"frozen": True}


def _fail(fake: testing.FakeAltegio, order: dict[str, Any]) -> dict[str, Any]:
    fake.fail(order["kind"], times=order.get("times", 1), operation=order.get("operation"))
    return {"failing": order["kind"]}


def _pay(fake: testing.FakeAltegio, order: dict[str, Any]) -> dict[str, Any]:
    amount = order["amount"]
    fake.pay(order["salon_id"], order["application_id"], amount=amount)
    return {"paid": amount}


Control = Callable[[testing.FakeAltegio, dict[str, Any]], dict[str, Any]]
_CONTROLS: dict[str, Control] = {
    TRIGGER_PATH: _trigger,
    "/_sandbox/freeze": _freeze,
    "/_sandbox/pay": _pay,
    "/_sandbox/fail": _fail,
}


def _refusal(order: dict[str, Any], control: Control) -> str | None:
    """What is wrong with a control body, by name (never quoting it)."""
    if control is _fail:
        return None if order.get("kind") in FAULTS else f"kind must be one of {', '.join(FAULTS)}"
    names = ["salon_id"] if control is _trigger else ["salon_id", "application_id"]
    for name in names:
        if type(order.get(name)) is not int:
            return f"{name} must be an integer"
    if control is _pay and not _is_number(order.get("amount")):
        return "amount must be a number"
    return _event_refusal(order) if control is _trigger else None


def _event_refusal(order: dict[str, Any]) -> str | None:
    if order.get("resource") not in testing.RESOURCES:
        return f"resource must be one of {', '.join(testing.RESOURCES)}"
    if order.get("status", "update") not in testing.STATUSES:
        return f"status must be one of {', '.join(testing.STATUSES)}"
    if not isinstance(order.get("fields", {}), dict):
        return "fields must be an object"
    return None


def _is_number(value: Any) -> bool:
    return type(value) in (int, float)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    sandbox: Sandbox


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the sandbox reports each call itself."""

    def _answer(self) -> None:
        sandbox = self.server.sandbox
        given = self.headers.get("Content-Length")  # pragma: no mutate (any case names it)
        length = "0" if given is None else given
        if not length.isdigit():  # where the body ends is unknown: close after answering
            self.close_connection = True
            self._reply_json(400, {"message": "bad Content-Length"})
            return
        body = self.rfile.read(int(length))
        if self.path.startswith(_CONTROL_PREFIX):
            self._reply_json(*self._control(sandbox, body))
            return
        request = httpx.Request(
            self.command,
            f"http://sandbox{self.path}",  # the fake answers by the path alone
            headers=list(self.headers.items()),
            content=body,
        )
        try:
            response = sandbox.fake.handle(request)
            response.read()
        except httpx.TransportError as fault:  # asked of the fake: no answer
            if isinstance(fault, httpx.TimeoutException):
                time.sleep(TIMEOUT_HOLD)  # longer than a client waits
            sandbox.report(f"{self.command} {urlsplit(self.path).path}: no answer (a fault)")
            self.close_connection = True
            return
        sandbox.report(f"{self.command} {urlsplit(self.path).path}: {response.status_code}")
        kind = response.headers.get("Content-Type")  # pragma: no mutate (any case names it)
        self._reply(response.status_code, kind or "application/json", response.content)

    def _control(self, sandbox: Sandbox, body: bytes) -> tuple[int, dict[str, Any]]:
        if self.path not in _CONTROLS:
            return 404, {"message": f"the control paths are {', '.join(_CONTROLS)}"}
        if self.command != "POST":
            return 405, {"message": "POST only"}
        return sandbox.control(self.path, body)

    def _reply_json(self, status: int, answer: dict[str, Any]) -> None:
        self._reply(status, "application/json", json.dumps(answer).encode())

    def _reply(self, status: int, kind: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def _kind(body: bytes) -> str:
    """What a delivery is (`record.update`, `uninstall`), from its envelope keys alone."""
    try:
        payload = json.loads(body)
    except ValueError:
        return "webhook"
    if isinstance(payload, dict) and isinstance(payload.get("event"), str):
        return str(payload["event"])
    if isinstance(payload, dict) and {"resource", "status"} <= payload.keys():
        return f"{payload['resource']}.{payload['status']}"
    return "webhook"
