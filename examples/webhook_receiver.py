"""Altegio's webhooks received by the package's ASGI app on several workers, and handled by
inbox workers that retry for as long as it takes.

The package's own factory needs nothing from this repository (see
altegio_devtools/receiver_app.py); the inbox workers are given the handler,

    pip install 'altegio-devtools[redis,asgi]'
    export ALTEGIO_PARTNER_TOKEN=... ALTEGIO_WEBHOOK_SECRET=...
    export ALTEGIO_REDIS_URL=redis://127.0.0.1:6379/0   # a server with appendonly yes
    uvicorn altegio_devtools.receiver:create_app --factory --workers 4 --port 8080
    python -m altegio_devtools.inbox work examples.webhook_receiver:handle   # 1 or more

Without ALTEGIO_REDIS_URL the handler runs in the request: name it in the environment
(ALTEGIO_WEBHOOK_HANDLER=examples.webhook_receiver:handle) or, as here, pass it in code:
`uvicorn examples.webhook_receiver:create_app --factory`.

- POST /altegio/events       entity events; `Authorization: Bearer <ALTEGIO_WEBHOOK_SECRET>`
  (the secret configured for the hooks) must match. Without the variable it refuses to start.
- POST /altegio/marketplace  lifecycle calls, authenticated by partner_token and, for
  payments, the HMAC `sign`.
- GET /health                200 while Redis answers (for the load balancer).

With ALTEGIO_REDIS_URL the receiver only appends each checked delivery to the inbox stream
and answers 200 once Redis has it (503 otherwise: Altegio retries); it refuses to start when
Redis cannot be reached. The inbox workers run handle() once per event, retry it with
backoff when it raises (a database restart), take over the events of a worker that died, and
keep what failed 10 times as dead letters (`python -m altegio_devtools.inbox dead`).

Without ALTEGIO_REDIS_URL (one worker, --workers 1) handle() runs in the request: an event
whose handler fails for longer than Altegio's two retries 1.5 s apart, or whose process dies
mid-handler, is lost, and a restart forgets which events were handled.
"""

from __future__ import annotations

import logging

from altegio_devtools import receiver, webhooks

logger = logging.getLogger("webhook_receiver")


def handle(event: webhooks.Event | webhooks.MarketplaceEvent) -> None:
    """Your code. With the inbox it may take its time, and raise to be retried later."""
    logger.info("received %s", webhooks.event_key(event))


def create_app() -> receiver.WebhookReceiver:
    return receiver.create_app(handle)
