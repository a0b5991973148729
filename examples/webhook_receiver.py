"""Altegio's webhooks received by the package's ASGI app, on several workers.

The package's own factory needs nothing from this repository: name your handler in the
environment (see altegio_devtools/receiver_app.py),

    pip install 'altegio-devtools[redis,asgi]'
    export ALTEGIO_WEBHOOK_HANDLER=examples.webhook_receiver:handle
    export ALTEGIO_PARTNER_TOKEN=... ALTEGIO_WEBHOOK_SECRET=...
    export ALTEGIO_REDIS_URL=redis://127.0.0.1:6379/0
    uvicorn altegio_devtools.receiver:create_app --factory --workers 4 --port 8080

or, as here, pass it in code: `uvicorn examples.webhook_receiver:create_app --factory`.

- POST /altegio/events       entity events; `Authorization: Bearer <ALTEGIO_WEBHOOK_SECRET>`
  (the secret configured for the hooks) must match. Without the variable it refuses to start.
- POST /altegio/marketplace  lifecycle calls, authenticated by partner_token and, for
  payments, the HMAC `sign`.

Every worker shares the de-duplication store in Redis/Valkey, so an event runs handle()
once however many workers its deliveries reach; without ALTEGIO_REDIS_URL each worker
remembers only its own (fine for --workers 1). handle() should only enqueue the work:
Altegio waits 10-15 s for the answer, and an exception there answers 500 so that Altegio
delivers the event again.
"""

from __future__ import annotations

import logging

from altegio_devtools import receiver, webhooks

logger = logging.getLogger("webhook_receiver")


def handle(event: webhooks.Event | webhooks.MarketplaceEvent) -> None:
    """Your code: put the event on a queue (Celery, RQ, arq, a table) and return."""
    logger.info("received %s", webhooks.event_key(event))


def create_app() -> receiver.WebhookReceiver:
    return receiver.create_app(handle)
