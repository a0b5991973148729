"""An ASGI application that receives Altegio's webhooks: no web framework needed; serve it
with uvicorn or gunicorn (uvicorn workers), or mount it in Starlette/FastAPI.

- POST `events_path` (default /altegio/events): entity events, one or a JSON array.
  `Authorization: Bearer <secret>` must match the secret configured for the hooks.
- POST `marketplace_path` (default /altegio/marketplace): lifecycle calls (uninstall,
  freeze, payment), authenticated by `partner_token` and a payment's HMAC `sign`.

Each event runs the handler (sync in a worker thread, or async) once per event_key across
every worker sharing the de-duplication store, and is marked done only after the handler
returned, so a failing handler (answered 500) lets Altegio's redelivery through. Keep the
handler short (enqueue the work): Altegio waits 10-15 s at most. Uninstall and Freeze
skip de-duplication, as their keys cannot tell two real ones apart and repeating is safe.

Answers: 200 handled or duplicate, 400 not an event, 401 unauthenticated, 404 other path,
405 other method, 408 body too slow, 409 the same event still running elsewhere, 413 body
over `max_body_size` (refused before reading it all; chunked bodies are counted as they
arrive), 500 the handler failed, 503 the de-duplication store failed.
"""

from __future__ import annotations

import asyncio
import hmac
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

from . import receiver_app, webhooks
from .dedupe import DedupeStore, DeliveryInProgress, MemoryDedupeStore
from .errors import InvalidWebhookError, WebhookAuthenticationError

__all__ = ["WebhookReceiver"]

logger: logging.Logger = logging.getLogger("altegio_devtools.receiver")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
AnyEvent = webhooks.Event | webhooks.MarketplaceEvent
Handler = Callable[[AnyEvent], Awaitable[None] | None]


class _Reply(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class WebhookReceiver:
    """The ASGI application. `handler` gets every event (entity and lifecycle) not seen
    before; `dedupe` is shared by all workers in production (RedisDedupeStore)."""

    def __init__(
        self,
        handler: Handler,
        *,
        secret: str | None,
        partner_token: str | None,
        dedupe: DedupeStore | None = None,
        allow_unauthenticated: bool = False,
        events_path: str = "/altegio/events",
        marketplace_path: str = "/altegio/marketplace",
        max_body_size: int = 1024 * 1024,
        body_timeout: float = 10.0,
        strict: bool = False,
    ) -> None:
        if secret is None and not allow_unauthenticated:
            # Starting without one would accept forged events without a word.
            raise ValueError(
                "secret is required (the Bearer secret of your hooks); pass "
                "allow_unauthenticated=True to accept entity events without authentication"
            )
        if secret is not None and not secret.strip():
            raise ValueError("secret must not be empty: `Bearer ` would authenticate")
        if partner_token is not None and not partner_token:
            raise ValueError("partner_token must be your non-empty partner token")
        self._handler = handler
        self._expected = None if secret is None else f"Bearer {secret}".encode()
        self._partner_token = partner_token
        self._dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupeStore()
        self._paths = {events_path: self._entity_events, marketplace_path: self._lifecycle}
        if partner_token is None:  # no lifecycle calls without a token to check them
            del self._paths[marketplace_path]
        self._max_body_size = max_body_size
        self._body_timeout = body_timeout
        self._strict = strict

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            parse = self._paths.get(scope["path"])
            if parse is None:
                raise _Reply(404, "unknown path")
            if scope["method"] != "POST":
                raise _Reply(405, "POST only")
            body = await self._read_body(scope, receive)
            status, message = await self._deliver(parse(scope, body))
        except _Reply as reply:
            status, message = reply.status, reply.message
        await _answer(send, status, message, head=scope["method"] == "HEAD")

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self._dedupe.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes:
        for name, value in scope["headers"]:
            if name == b"content-length":
                if not value.isdigit():
                    raise _Reply(400, "bad Content-Length")
                if int(value) > self._max_body_size:
                    raise _Reply(413, "body too large")  # before reading any of it
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            try:
                message = await asyncio.wait_for(receive(), self._body_timeout)
            except TimeoutError:
                raise _Reply(408, "body too slow") from None
            if message["type"] == "http.disconnect":
                raise _Reply(400, "client went away")
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self._max_body_size:  # a chunked body says its size only as it comes
                raise _Reply(413, "body too large")
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    def _entity_events(self, scope: Scope, body: bytes) -> list[AnyEvent]:
        if self._expected is not None:
            received = dict(scope["headers"]).get(b"authorization", b"")
            if not hmac.compare_digest(received, self._expected):
                raise _Reply(401, "wrong Authorization")
        try:
            return [*webhooks.parse_events(body, strict=self._strict)]
        except InvalidWebhookError as exc:
            raise _Reply(400, str(exc)) from None

    def _lifecycle(self, scope: Scope, body: bytes) -> list[AnyEvent]:
        assert self._partner_token is not None  # the path exists only with a token
        try:
            return [webhooks.parse_marketplace_event(body, partner_token=self._partner_token)]
        except WebhookAuthenticationError:
            raise _Reply(401, "wrong partner_token or sign") from None
        except InvalidWebhookError as exc:
            raise _Reply(400, str(exc)) from None

    async def _deliver(self, events: list[AnyEvent]) -> tuple[int, str]:
        handled = duplicates = 0
        for event in events:
            if isinstance(event, webhooks.Uninstall | webhooks.Freeze):
                await self._run(event, None)
                handled += 1
                continue
            key = webhooks.event_key(event)
            try:
                claimed = await self._dedupe.claim(key)
            except DeliveryInProgress:
                raise _Reply(409, "this event is being handled by another delivery") from None
            except Exception:
                logger.exception("de-duplication store failed for %s", key)
                raise _Reply(503, "de-duplication store unavailable") from None
            if not claimed:
                duplicates += 1
                continue
            await self._run(event, key)
            handled += 1
        return 200, json.dumps({"handled": handled, "duplicates": duplicates})

    async def _run(self, event: AnyEvent, key: str | None) -> None:
        try:
            result = (
                self._handler(event)
                if inspect.iscoroutinefunction(self._handler)
                else await asyncio.to_thread(self._handler, event)
            )
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("handler failed for %s", key or type(event).__name__)
            if key is not None:
                await self._forget(key)
            raise _Reply(500, "handler failed") from None
        if key is not None:
            try:
                await self._dedupe.done(key)
            except Exception:  # handled already: a redelivery repeats it at worst
                logger.exception("could not mark %s done", key)

    async def _forget(self, key: str) -> None:
        try:
            await self._dedupe.release(key)
        except Exception:  # the claim expires after claim_ttl anyway
            logger.exception("could not release %s", key)


async def _answer(send: Send, status: int, message: str, *, head: bool) -> None:
    body = message.encode() if message.startswith("{") else json.dumps({"message": message})
    payload = body if isinstance(body, bytes) else body.encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode()),
    ]
    if status == 405:
        headers.append((b"allow", b"POST"))
    if status == 413:  # the rest of the body is not read: do not keep the connection
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else payload})


def create_app(
    handler: Handler | None = None, *, environ: Mapping[str, str] | None = None
) -> WebhookReceiver:
    """The deployment's app factory: `uvicorn altegio_devtools.receiver:create_app --factory`.
    Configured by ALTEGIO_WEBHOOK_HANDLER (module:function; unless `handler` is given),
    ALTEGIO_WEBHOOK_SECRET, ALTEGIO_PARTNER_TOKEN and ALTEGIO_REDIS_URL (see
    receiver_app.py); a missing or wrong one is a ReceiverConfigError naming it."""
    deployment = receiver_app.from_environment(handler, environ)
    return WebhookReceiver(
        deployment.handler,
        secret=deployment.secret,
        partner_token=deployment.partner_token,
        dedupe=deployment.dedupe,
    )


ReceiverConfigError = receiver_app.ReceiverConfigError
__all__ += ["ReceiverConfigError", "create_app"]
