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

POST /_sandbox/trigger `{"salon_id": 1001, "resource": "record", "status": "update",
"fields": {...}}` makes the fake send an entity event (fake.emit), for tests in any language.

Not a production server: one process, state in memory, no TLS; it binds 127.0.0.1 unless
told otherwise, and its control path has no authentication.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import testing
from ._delivery import deliver

__all__ = ["TRIGGER_PATH", "Sandbox"]

TRIGGER_PATH = "/_sandbox/trigger"
_CONTROL_PREFIX = "/_sandbox/"
DELIVERY_WORKERS = 4


class Delivery(Protocol):
    """What the fake hands on_delivery (testing.Delivery)."""

    @property
    def url(self) -> str: ...
    @property
    def headers(self) -> Any: ...
    @property
    def body(self) -> bytes: ...


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
        quirks: bool = False,
        report: Callable[[str], None] = print,
    ) -> None:
        self.report = report
        options: dict[str, Any] = {
            "partner_token": partner_token,
            "on_delivery": self.send,
            "callback_url": callback_url,
        }
        if quirks:
            options["quirks"] = True
        self.fake = testing.FakeAltegio(**options)
        self._senders = ThreadPoolExecutor(DELIVERY_WORKERS, thread_name_prefix="delivery")
        self._server = _Server((host, port), _Handler)
        self._server.sandbox = self
        self._served = False

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def serve_forever(self) -> None:
        self._served = True
        self._server.serve_forever()

    def close(self) -> None:
        """Stop answering, then finish the deliveries under way (queued ones are dropped)."""
        if self._served:  # shutdown() waits for serve_forever() to return
            self._server.shutdown()
        self._server.server_close()
        self._senders.shutdown(wait=True, cancel_futures=True)

    def send(self, delivery: Delivery) -> None:
        """The fake's on_delivery: post it from a worker thread."""
        self._senders.submit(self._deliver, delivery)

    def _deliver(self, delivery: Delivery) -> None:
        outcome = deliver(delivery.url, delivery.body, dict(delivery.headers))
        where = urlunsplit(urlsplit(delivery.url)._replace(query="", fragment=""))
        self.report(f"delivery {_kind(delivery.body)} -> {where}: {outcome.describe()}")

    def trigger(self, body: bytes) -> tuple[int, dict[str, Any]]:
        """The control path: an entity event the fake sends."""
        try:
            order = json.loads(body)
        except ValueError:
            return 400, {"message": "the body is not JSON"}
        refusal = _refusal(order)
        if refusal is not None:
            return 400, {"message": refusal}
        salon_id, resource = order.get("salon_id", 1001), order["resource"]
        status, fields = order.get("status", "update"), order.get("fields", {})
        try:
            self.fake.emit(salon_id, resource, status, **fields)
        except (TypeError, ValueError) as error:  # its message may quote the fields
            return 400, {"message": f"the fake refused the event ({type(error).__name__})"}
        return 202, {"triggered": f"{resource}.{status}"}


def _refusal(order: Any) -> str | None:
    """What is wrong with a trigger's body, by name (never quoting it)."""
    if not isinstance(order, dict):
        return "the body is not a JSON object"
    if type(order.get("salon_id", 1001)) is not int:
        return "salon_id must be an integer"
    if order.get("resource") not in testing.RESOURCES:
        return f"resource must be one of {', '.join(testing.RESOURCES)}"
    if order.get("status", "update") not in testing.STATUSES:
        return f"status must be one of {', '.join(testing.STATUSES)}"
    if not isinstance(order.get("fields", {}), dict):
        return "fields must be an object"
    return None


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
        length = self.headers.get("Content-Length", "0")
        if not length.isdigit():
            self._reply(400, "application/json", b'{"message": "bad Content-Length"}')
            return
        body = self.rfile.read(int(length))
        if self.path.startswith(_CONTROL_PREFIX):
            status, answer = self._control(sandbox, body)
            self._reply(status, "application/json", json.dumps(answer).encode())
            return
        request = httpx.Request(
            self.command,
            f"http://{self.headers.get('Host', 'sandbox')}{self.path}",
            headers=list(self.headers.items()),
            content=body,
        )
        try:
            response = sandbox.fake.handle(request)
            response.read()
        except httpx.TransportError:  # a fault asked of the fake: the connection drops
            sandbox.report(f"{self.command} {self.path}: connection dropped (a fault)")
            self.close_connection = True
            return
        sandbox.report(f"{self.command} {urlsplit(self.path).path}: {response.status_code}")
        kind = response.headers.get("Content-Type", "application/json")
        self._reply(response.status_code, kind, response.content)

    def _control(self, sandbox: Sandbox, body: bytes) -> tuple[int, dict[str, Any]]:
        if self.path != TRIGGER_PATH:
            return 404, {"message": f"the control path is {TRIGGER_PATH}"}
        if self.command != "POST":
            return 405, {"message": "POST only"}
        return sandbox.trigger(body)

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
        return "delivery"
    if isinstance(payload, dict) and isinstance(payload.get("event"), str):
        return str(payload["event"])
    if isinstance(payload, dict) and {"resource", "status"} <= payload.keys():
        return f"{payload['resource']}.{payload['status']}"
    return "delivery"
