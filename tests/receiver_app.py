"""The receiver under test: served by uvicorn in a thread (serving), or as the app factory
of a multi-worker uvicorn (load_app, configured by environment variables)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import redis
import uvicorn

from altegio_devtools import webhooks
from altegio_devtools.dedupe import RedisDedupeStore
from altegio_devtools.receiver import WebhookReceiver
from tests.valkey import free_port

SECRET = "load-secret"


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 in this process; yield its base URL."""
    port = free_port()

    # A function, not `app` itself: uvicorn calls the app without arguments to tell it from a
    # factory, and under `make mutate` (mutmut wraps __call__) that call would not fail.
    async def asgi(scope: Any, receive: Any, send: Any) -> None:
        await app(scope, receive, send)

    config = uvicorn.Config(asgi, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def load_app() -> WebhookReceiver:
    """Records each handled event in Redis; the events whose resource_id is listed in
    RECEIVER_FAILING fail the first time they are handled."""
    url = os.environ["RECEIVER_REDIS_URL"]
    failing = {int(n) for n in os.environ.get("RECEIVER_FAILING", "").split(",") if n}
    store = redis.Redis.from_url(url)

    def handle(event: webhooks.Event | webhooks.MarketplaceEvent) -> None:
        key = webhooks.event_key(event)
        attempt = store.incr(f"attempt:{key}")
        if getattr(event, "resource_id", None) in failing and attempt == 1:
            raise RuntimeError("a planned handler failure")
        store.rpush("handled", key)

    return WebhookReceiver(
        handle, secret=SECRET, partner_token=None, dedupe=RedisDedupeStore(url, prefix="seen:")
    )
