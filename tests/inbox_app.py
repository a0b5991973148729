"""What the inbox fault tests run as subprocesses, configured by environment variables:

- `receiver_app`: the receiver appending to the inbox at INBOX_REDIS_URL (uvicorn --factory).
- `handle` / `handle_async`: inbox handlers (`python -m altegio_devtools.inbox work
  tests.inbox_app:handle`). Each appends `start <pid> <key>` and, once it completes,
  `done <pid> <key>` to the file INBOX_EFFECTS: the side effects the tests count. An event
  whose resource_id is in INBOX_FAILING fails for INBOX_FAIL_FOR seconds after its first
  attempt (marked in the directory INBOX_MARKS); one in INBOX_POISON always fails. Each
  handler takes INBOX_SLOW seconds.
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from altegio_devtools import webhooks
from altegio_devtools.inbox import RedisInbox
from altegio_devtools.receiver import WebhookReceiver

SECRET = "inbox-secret"
PARTNER_TOKEN = "inbox-partner-token"


def receiver_app() -> WebhookReceiver:
    return WebhookReceiver(
        None,
        secret=SECRET,
        partner_token=PARTNER_TOKEN,
        inbox=RedisInbox(os.environ["INBOX_REDIS_URL"]),
    )


def _ids(name: str) -> set[int]:
    return {int(n) for n in os.environ.get(name, "").split(",") if n}


def _record(line: str) -> None:
    descriptor = os.open(os.environ["INBOX_EFFECTS"], os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    try:
        os.write(descriptor, f"{line}\n".encode())  # one write: lines never interleave
    finally:
        os.close(descriptor)


def _should_fail(event: webhooks.Event | webhooks.MarketplaceEvent, key: str) -> bool:
    resource_id = getattr(event, "resource_id", None)
    if resource_id in _ids("INBOX_POISON"):
        return True
    if resource_id not in _ids("INBOX_FAILING"):
        return False
    mark = Path(os.environ["INBOX_MARKS"]) / key.replace(":", "_")
    try:
        with mark.open("x") as first:  # the first attempt starts the failure's clock
            first.write(str(time.time()))
    except FileExistsError:
        pass
    for _ in range(100):
        text = mark.read_text()
        if text:  # written by the first attempt (maybe in another process) a moment ago
            return time.time() - float(text) < float(os.environ.get("INBOX_FAIL_FOR", "0"))
        time.sleep(0.01)
    return True


def handle(event: webhooks.Event | webhooks.MarketplaceEvent) -> None:
    key = webhooks.event_key(event)
    _record(f"start {os.getpid()} {key}")
    if _should_fail(event, key):
        raise RuntimeError("a planned handler failure")
    time.sleep(float(os.environ.get("INBOX_SLOW", "0")))
    _record(f"done {os.getpid()} {key}")


async def handle_async(event: webhooks.Event | webhooks.MarketplaceEvent) -> None:
    key = webhooks.event_key(event)
    _record(f"start {os.getpid()} {key}")
    if _should_fail(event, key):
        raise RuntimeError("a planned handler failure")
    await asyncio.sleep(float(os.environ.get("INBOX_SLOW", "0")))
    _record(f"done {os.getpid()} {key}")
