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

With `inbox=` (inbox.RedisInbox, the `redis` extra) the handler does not run here: each
authenticated, checked delivery is appended to a durable stream and answered 200 once the
server acknowledged the append (503 when it could not, before anything else happens), and
workers (`python -m altegio_devtools.inbox work`) run the handler, retrying it for as long as
it takes. Without one, handling is in the request: enough for one worker, but an event whose
handler fails for longer than Altegio retries (2 retries, 1.5 s apart), or whose worker dies
mid-handler, is lost, and the memory store forgets everything on a restart.

At start-up (ASGI lifespan) the store is checked: an unreachable one fails the start.
GET `health_path` (default /health) answers 200 while the store answers, else 503.

Answers: 200 handled or duplicate (with an inbox: appended), 400 not an event, 401
unauthenticated, 404 other path, 405 other method, 408 body not complete within
`body_timeout` seconds, 409 the same event still running elsewhere, 413 body over
`max_body_size` (refused before reading it all; chunked bodies are counted as they arrive),
500 the handler failed, 503 the de-duplication store or the inbox failed.

No answer and no log line quotes the body: a 400 names what was wrong by path and JSON
type (`{"message": ..., "paths": ["data.client.phone"]}` for fields that do not match the
description in strict mode), and logs name an event by its event_key (IDs and digests).
A delivery carries at most `max_events` events (an array of more is a 400), and every
event_key is short whatever the body held (see webhooks.event_key).
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
from .drift import MESSAGE_LIMIT
from .errors import InvalidWebhookError, WebhookAuthenticationError
from .inbox import ENTITY, LIFECYCLE, Inbox

__all__ = ["WebhookReceiver"]

logger: logging.Logger = logging.getLogger("altegio_devtools.receiver")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
AnyEvent = webhooks.Event | webhooks.MarketplaceEvent
Handler = Callable[[AnyEvent], Awaitable[None] | None]


class _Reply(Exception):
    def __init__(self, status: int, message: str, paths: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.paths = paths


class WebhookReceiver:
    """The ASGI application. `handler` gets every event (entity and lifecycle) not seen
    before; `dedupe` is shared by all workers in production (RedisDedupeStore). Or, with
    `inbox` instead of a handler, deliveries are appended there for inbox workers."""

    def __init__(
        self,
        handler: Handler | None,
        *,
        secret: str | None,
        partner_token: str | None,
        dedupe: DedupeStore | None = None,
        inbox: Inbox | None = None,
        allow_unauthenticated: bool = False,
        events_path: str = "/altegio/events",
        marketplace_path: str = "/altegio/marketplace",
        max_body_size: int = 1024 * 1024,
        body_timeout: float = 10.0,
        strict: bool = False,
        max_events: int = 100,
        health_path: str | None = "/health",
    ) -> None:
        if secret is None and not allow_unauthenticated:
            # Starting without one would accept forged events without a word.
            raise ValueError(
                "secret is required (the Bearer secret of your hooks); pass "
                "allow_unauthenticated=True to accept entity events without authentication"
            )
        if secret is not None:  # blank, `Bearer ` would authenticate
            webhooks.check_secret(secret, "secret")
        if partner_token is not None:
            webhooks.check_secret(partner_token, "partner_token")
        if (handler is None) == (inbox is None):
            raise ValueError("pass a handler (run here) or an inbox (run by its workers)")
        if inbox is not None and dedupe is not None:
            raise ValueError("with an inbox the workers de-duplicate: pass dedupe or inbox")
        self._handler = handler
        self._inbox = inbox
        self._health_path = health_path
        self._kinds = {events_path: ENTITY, marketplace_path: LIFECYCLE}
        self._expected = None if secret is None else f"Bearer {secret}".encode()
        self._partner_token = partner_token
        self._dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupeStore()
        self._paths = {events_path: self._entity_events, marketplace_path: self._lifecycle}
        if partner_token is None:  # no lifecycle calls without a token to check them
            del self._paths[marketplace_path]
        self._max_body_size = max_body_size
        self._body_timeout = body_timeout
        self._strict = strict
        self._max_events = max_events

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            if scope["path"] == self._health_path and scope["method"] in ("GET", "HEAD"):
                raise _Reply(*await self._health())
            parse = self._paths.get(scope["path"])
            if parse is None:
                raise _Reply(404, "unknown path")
            if scope["method"] != "POST":
                raise _Reply(405, "POST only")
            body = await self._read_body(scope, receive)
            events = parse(scope, body)
            if self._inbox is not None:
                status, message = await self._append(self._inbox, scope["path"], body, events)
            else:
                status, message = await self._deliver(events)
            paths: tuple[str, ...] = ()
        except _Reply as reply:
            status, message, paths = reply.status, reply.message, reply.paths
        await _answer(send, status, message, paths, head=scope["method"] == "HEAD")

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self._store().ping()  # a bad URL fails the start, not each delivery
                except Exception as error:
                    failure = f"the webhook store cannot be reached: {type(error).__name__}"
                    await send({"type": "lifespan.startup.failed", "message": failure})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self._store().aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _store(self) -> Inbox | DedupeStore:
        return self._inbox if self._inbox is not None else self._dedupe

    async def _health(self) -> tuple[int, str]:
        try:
            await self._store().ping()
        except Exception:
            return 503, "store unavailable"
        return 200, "ok"

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
        deadline = asyncio.get_running_loop().time() + self._body_timeout  # for the whole body
        while more:
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
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
            return [*webhooks.parse_events(body, strict=self._strict, max_events=self._max_events)]
        except InvalidWebhookError as exc:
            raise _invalid(exc) from None

    def _lifecycle(self, scope: Scope, body: bytes) -> list[AnyEvent]:
        assert self._partner_token is not None  # the path exists only with a token
        try:
            return [webhooks.parse_marketplace_event(body, partner_token=self._partner_token)]
        except WebhookAuthenticationError:
            raise _Reply(401, "wrong partner_token or sign") from None
        except InvalidWebhookError as exc:
            raise _invalid(exc) from None

    async def _append(
        self, inbox: Inbox, path: str, body: bytes, events: list[AnyEvent]
    ) -> tuple[int, str]:
        try:
            await inbox.append(self._kinds[path], body)
        except Exception as error:
            logger.error("inbox append failed (%s)", type(error).__name__)
            raise _Reply(503, "inbox unavailable") from None
        return 200, json.dumps({"queued": len(events)})

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
        assert self._handler is not None  # no inbox: a handler
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


def _invalid(error: InvalidWebhookError) -> _Reply:
    """The 400 for a body that is not an acceptable event. Its message names paths and
    types only (webhooks' rule); the fields that do not match the description (strict) are
    answered by path alone, up to drift.MESSAGE_LIMIT of them."""
    if not error.drift:
        return _Reply(400, str(error))
    paths = tuple(dict.fromkeys(entry.path for entry in error.drift))
    return _Reply(400, "the event does not match the description", paths[:MESSAGE_LIMIT])


async def _answer(
    send: Send, status: int, message: str, paths: tuple[str, ...], *, head: bool
) -> None:
    if message.startswith("{"):
        payload = message.encode()
    else:
        answer: dict[str, Any] = {"message": message}
        if paths:
            answer["paths"] = list(paths)
        payload = json.dumps(answer).encode()
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
    Configured by ALTEGIO_WEBHOOK_SECRET, ALTEGIO_PARTNER_TOKEN and ALTEGIO_REDIS_URL (the
    durable inbox, whose workers run the handler: `python -m altegio_devtools.inbox work
    module:function`), or, without the inbox, ALTEGIO_WEBHOOK_HANDLER (module:function;
    unless `handler` is given) run in the request (see receiver_app.py); a missing or wrong
    one is a ReceiverConfigError naming it."""
    deployment = receiver_app.from_environment(handler, environ)
    return WebhookReceiver(
        deployment.handler,
        secret=deployment.secret,
        partner_token=deployment.partner_token,
        inbox=deployment.inbox,
    )


ReceiverConfigError = receiver_app.ReceiverConfigError
__all__ += ["ReceiverConfigError", "create_app"]
