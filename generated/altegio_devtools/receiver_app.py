"""The webhook receiver as a deployment runs it: an app factory configured from the
environment, so that `pip install 'altegio-devtools[redis,asgi]'` is all a server needs.

    export ALTEGIO_WEBHOOK_HANDLER=myservice.hooks:handle   # your handler, module:function
    export ALTEGIO_WEBHOOK_SECRET=...    # the Bearer secret of your hooks (required)
    export ALTEGIO_PARTNER_TOKEN=...     # lifecycle calls (uninstall, freeze, payment)
    export ALTEGIO_REDIS_URL=redis://10.0.0.5:6379/0   # de-duplication shared by workers
    uvicorn altegio_devtools.receiver:create_app --factory --workers 4 --port 8080

Without ALTEGIO_PARTNER_TOKEN the receiver takes entity events only (no lifecycle path);
without ALTEGIO_REDIS_URL each worker de-duplicates on its own (fine for one worker).
Both are logged at WARNING when the app is created.
"""

from __future__ import annotations

import logging
import os
import pkgutil
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .dedupe import DedupeStore, MemoryDedupeStore, RedisDedupeStore

if TYPE_CHECKING:  # receiver.py re-exports create_app: importing it here would be a cycle
    from .receiver import Handler, WebhookReceiver

__all__ = ["ReceiverConfigError", "create_app"]

logger: logging.Logger = logging.getLogger("altegio_devtools.receiver")

#: The variables' names (not secrets themselves).
HANDLER = "ALTEGIO_WEBHOOK_HANDLER"
SECRET = "ALTEGIO_WEBHOOK_SECRET"  # noqa: S105
PARTNER_TOKEN = "ALTEGIO_PARTNER_TOKEN"  # noqa: S105
REDIS_URL = "ALTEGIO_REDIS_URL"


class ReceiverConfigError(ValueError):
    """The environment does not configure a receiver: the message names the variable."""


def create_app(
    handler: Handler | None = None, *, environ: Mapping[str, str] | None = None
) -> WebhookReceiver:
    """A WebhookReceiver configured by ALTEGIO_WEBHOOK_HANDLER (unless `handler` is given),
    ALTEGIO_WEBHOOK_SECRET, ALTEGIO_PARTNER_TOKEN and ALTEGIO_REDIS_URL from `environ`
    (default: os.environ). Raises ReceiverConfigError naming what is missing or wrong."""
    from .receiver import WebhookReceiver  # noqa: PLC0415 (see TYPE_CHECKING above)

    env = os.environ if environ is None else environ
    secret = env.get(SECRET)
    if secret is None:  # starting without one would accept forged events
        raise ReceiverConfigError(f"{SECRET} is not set: the Bearer secret of your hooks")
    partner_token = env.get(PARTNER_TOKEN)
    if partner_token is None:
        logger.warning("%s is not set: lifecycle calls are not received", PARTNER_TOKEN)
    return WebhookReceiver(
        handler if handler is not None else _import_handler(env),
        secret=secret,
        partner_token=partner_token,
        dedupe=_dedupe_store(env.get(REDIS_URL)),
    )


def _import_handler(env: Mapping[str, str]) -> Handler:
    name = env.get(HANDLER)
    if not name:
        raise ReceiverConfigError(f"{HANDLER} is not set: name your handler as module:function")
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


def _dedupe_store(redis_url: str | None) -> DedupeStore:
    if not redis_url:
        logger.warning("%s is not set: each worker de-duplicates on its own", REDIS_URL)
        return MemoryDedupeStore()
    try:
        return RedisDedupeStore(redis_url)
    except ImportError as error:
        raise ReceiverConfigError(
            f"{REDIS_URL} needs the redis extra: pip install 'altegio-devtools[redis]'"
        ) from error
    except ValueError:  # the message would repeat the URL, and its password
        raise ReceiverConfigError(f"{REDIS_URL} is not a redis:// URL") from None
