"""A webhook receiver for Altegio on the standard library alone.

    ALTEGIO_PARTNER_TOKEN=... python examples/webhook_receiver.py --port 8080

Why the standard library: nothing to install, and the parts that matter are two calls a
partner moves into any framework: webhooks.parse_events and webhooks.parse_marketplace_event.

- POST /altegio/events       entity events (records, clients, staff, ...): one event, or a
  JSON array of them. If ALTEGIO_WEBHOOK_SECRET is set, the shared
  `Authorization: Bearer <secret>` configured for the hooks must match. An event that
  deviates from the description is accepted (its `drift` lists what did not fit).
- POST /altegio/marketplace  lifecycle calls (uninstall, freeze, payment), authenticated
  by partner_token and, for payments, the HMAC `sign`.

It acknowledges at once (Altegio waits 10-15 s at most and retries little) and hands the
event to a worker thread; repeated deliveries are dropped by webhooks.event_key. Answers:
200 accepted (or a duplicate), 400 not an event, 401 forged, 404 other path, 405 other
method, 413 over 1 MiB. It never answers 500.
"""

from __future__ import annotations

import argparse
import hmac
import json
import logging
import os
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from altegio_devtools import errors, webhooks

MAX_BODY = 1024 * 1024
logger = logging.getLogger("webhook_receiver")
Handler = Callable[[webhooks.Event | webhooks.MarketplaceEvent], None]


class Deduplicator:
    """Remembers the last `size` event keys."""

    def __init__(self, size: int = 10_000) -> None:
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        with self._lock:
            if key in self._seen:
                return False
            self._seen[key] = None
            if len(self._seen) > self._size:
                self._seen.popitem(last=False)
            return True


class Receiver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        *,
        partner_token: str,
        handle: Handler,
        secret: str | None = None,
    ) -> None:
        super().__init__(address, _RequestHandler)
        self.partner_token = partner_token
        self.secret = secret
        self.deduplicator = Deduplicator()
        self.events: queue.Queue[webhooks.Event | webhooks.MarketplaceEvent] = queue.Queue()
        self._worker = threading.Thread(target=self._work, args=(handle,), daemon=True)
        self._worker.start()

    def _work(self, handle: Handler) -> None:
        while True:
            event = self.events.get()
            try:
                handle(event)
            except Exception:  # a failing handler must not stop the worker
                logger.exception("handler failed for %s", webhooks.event_key(event))
            finally:
                self.events.task_done()

    def accept(self, path: str, headers: Any, body: bytes) -> tuple[int, str]:
        """Status and short answer for one delivery."""
        if path == "/altegio/events":
            if self.secret is not None and not hmac.compare_digest(
                headers.get("Authorization", "").encode(), f"Bearer {self.secret}".encode()
            ):
                return 401, "wrong Authorization"
            events: list[webhooks.Event | webhooks.MarketplaceEvent] = [
                *webhooks.parse_events(body)
            ]
        elif path == "/altegio/marketplace":
            events = [webhooks.parse_marketplace_event(body, partner_token=self.partner_token)]
        else:
            return 404, "unknown path"
        fresh = 0
        for event in events:
            # Uninstall/Freeze keys cannot tell two real ones apart; they are safe to repeat.
            state_change = isinstance(event, webhooks.Uninstall | webhooks.Freeze)
            if state_change or self.deduplicator.first_time(webhooks.event_key(event)):
                self.events.put(event)
                fresh += 1
        return 200, "accepted" if fresh or not events else "duplicate"


class _RequestHandler(BaseHTTPRequestHandler):
    server: Receiver
    timeout = 10  # seconds a slow client may hold a thread (Altegio gives up after 10-15)

    def do_POST(self) -> None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._answer(400, "bad Content-Length")
            return
        if length > MAX_BODY:
            self._answer(413, "body too large")
            return
        body = self.rfile.read(length)
        try:
            status, message = self.server.accept(self.path.split("?")[0], self.headers, body)
        except errors.WebhookAuthenticationError as error:
            status, message = 401, str(error)
        except errors.InvalidWebhookError as error:
            status, message = 400, str(error)
        except Exception:  # never a 500: a bug here must not look like an outage to Altegio
            logger.exception("could not read a delivery to %s", self.path)
            status, message = 400, "could not process the delivery"
        self._answer(status, message)

    def do_GET(self) -> None:
        self._answer(405, "POST only")

    do_PUT = do_DELETE = do_PATCH = do_GET

    def _answer(self, status: int, message: str) -> None:
        payload = json.dumps({"ok": status == 200, "message": message}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        logger.info("%s %s", self.address_string(), format % args)


def print_event(event: webhooks.Event | webhooks.MarketplaceEvent) -> None:
    print(f"{webhooks.event_key(event)}  {type(event).__name__}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    receiver = Receiver(
        (args.host, args.port),
        partner_token=os.environ["ALTEGIO_PARTNER_TOKEN"],  # parse_* rejects an empty one
        handle=print_event,
        secret=os.environ.get("ALTEGIO_WEBHOOK_SECRET"),
    )
    print(f"listening on http://{args.host}:{args.port}/altegio/events and /altegio/marketplace")
    receiver.serve_forever()


if __name__ == "__main__":
    main()
