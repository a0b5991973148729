"""The webhook receiver's configuration from the environment, for its app factory
(receiver.create_app), so that `pip install 'altegio-devtools[redis,asgi]'` is all a server
needs. In production, the durable inbox:

    export ALTEGIO_WEBHOOK_SECRET=...    # the Bearer secret of your hooks (required)
    export ALTEGIO_PARTNER_TOKEN=...     # lifecycle calls (uninstall, freeze, payment)
    export ALTEGIO_REDIS_URL=redis://10.0.0.5:6379/0   # the inbox (appendonly yes)
    uvicorn altegio_devtools.receiver:create_app --factory --workers 4 --port 8080
    python -m altegio_devtools.inbox work myservice.hooks:handle   # 1 or more workers

With ALTEGIO_REDIS_URL the app only appends each checked delivery to the inbox
(inbox.RedisInbox) and the inbox workers run the handler: ALTEGIO_WEBHOOK_HANDLER is not
used. Without it, one worker handles each event in the request, with a memory
de-duplication store (logged at WARNING): then ALTEGIO_WEBHOOK_HANDLER (module:function)
names the handler. Without ALTEGIO_PARTNER_TOKEN the receiver takes entity events only (no
lifecycle path), also logged at WARNING.
"""

from __future__ import annotations

import logging
import os
import pkgutil
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .inbox import Inbox, RedisInbox

__all__ = ["Deployment", "ReceiverConfigError", "from_environment"]

logger: logging.Logger = logging.getLogger("altegio_devtools.receiver")

#: The variables' names (not secrets themselves).
HANDLER = "ALTEGIO_WEBHOOK_HANDLER"
SECRET = "ALTEGIO_WEBHOOK_SECRET"  # noqa: S105
PARTNER_TOKEN = "ALTEGIO_PARTNER_TOKEN"  # noqa: S105
REDIS_URL = "ALTEGIO_REDIS_URL"

#: receiver.Handler, spelled here: receiver.py imports this module, not the reverse.
Handler = Callable[[Any], Awaitable[None] | None]


class ReceiverConfigError(ValueError):
    """The environment does not configure a receiver: the message names the variable."""


@dataclass(frozen=True)
class Deployment:
    """What receiver.create_app hands WebhookReceiver: an inbox (its workers run the
    handler), or a handler run in the request (with the receiver's default de-duplication
    store, in memory)."""

    secret: str
    partner_token: str | None
    handler: Handler | None = None
    inbox: Inbox | None = None


def from_environment(handler: Handler | None, environ: Mapping[str, str] | None) -> Deployment:
    """ALTEGIO_WEBHOOK_SECRET, ALTEGIO_PARTNER_TOKEN, ALTEGIO_REDIS_URL and, without the
    latter, ALTEGIO_WEBHOOK_HANDLER (unless `handler` is given) read from `environ` (default:
    os.environ). Raises ReceiverConfigError naming what is missing or wrong, never a value."""
    env = os.environ if environ is None else environ
    secret = env.get(SECRET)
    if secret is None:  # starting without one would accept forged events
        raise ReceiverConfigError(f"{SECRET} is not set: the Bearer secret of your hooks")
    partner_token = env.get(PARTNER_TOKEN)
    if partner_token is None:
        logger.warning("%s is not set: lifecycle calls are not received", PARTNER_TOKEN)
    redis_url = env.get(REDIS_URL)
    if redis_url:  # the inbox workers run the handler (python -m altegio_devtools.inbox work)
        return Deployment(secret, partner_token, inbox=_inbox(redis_url))
    logger.warning("%s is not set: handling in the request, one worker only", REDIS_URL)
    handler = handler if handler is not None else _import_handler(env)
    return Deployment(secret, partner_token, handler=handler)


def _import_handler(env: Mapping[str, str]) -> Handler:
    name = env.get(HANDLER)
    if not name:
        raise ReceiverConfigError(
            f"{HANDLER} is not set: name your handler as module:function "
            f"(or set {REDIS_URL} to run it in inbox workers)"
        )
    try:
        handler = pkgutil.resolve_name(name)
    except (ImportError, AttributeError, ValueError) as error:
        raise ReceiverConfigError(
            f"{HANDLER} names nothing importable ({type(error).__name__}); "
            "name your handler as module:function"
        ) from error
    if not callable(handler):
        raise ReceiverConfigError(f"{HANDLER} names a {type(handler).__name__}, not a function")
    return handler  # type: ignore[no-any-return]


def _inbox(redis_url: str) -> Inbox:
    try:
        return RedisInbox(redis_url)
    except ImportError as error:
        raise ReceiverConfigError(
            f"{REDIS_URL} needs the redis extra: pip install 'altegio-devtools[redis]'"
        ) from error
    except ValueError:  # the message would repeat the URL, and its password
        raise ReceiverConfigError(f"{REDIS_URL} is not a redis:// URL") from None
