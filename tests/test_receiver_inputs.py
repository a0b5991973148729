"""The receiver's inputs and edges (issue 24): a deadline for the whole body, event keys that
never raise, the inbox mode (200 only once appended, 503 when it cannot append), the store
checked at start-up, and the health endpoint. Real sockets (uvicorn), a real Valkey."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from altegio_devtools import webhooks
from altegio_devtools.dedupe import RedisDedupeStore
from altegio_devtools.inbox import ENTITY, LIFECYCLE, RedisInbox
from altegio_devtools.receiver import WebhookReceiver
from tests.receiver_app import serving
from tests.valkey import free_port

ROOT = Path(__file__).resolve().parent.parent
SECRET = "inputs-secret"
TOKEN = "inputs-partner-token"
AUTH = {"Authorization": f"Bearer {SECRET}"}
EVENTS = "/altegio/events"


def entity(**fields: Any) -> bytes:
    base = {"company_id": 7, "resource": "record", "resource_id": 3, "status": "create",
            "data": {}}  # fmt: skip
    return json.dumps({**base, **fields}).encode()


def test_a_trickled_body_is_answered_408_by_the_body_deadline() -> None:
    receiver = WebhookReceiver(print, secret=SECRET, partner_token=None, body_timeout=1.5)
    with serving(receiver) as url:
        port = int(url.rsplit(":", 1)[1])
        head = (f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
                f"Authorization: Bearer {SECRET}\r\n\r\n").encode()  # fmt: skip
        with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
            connection.sendall(head)
            started = time.monotonic()
            connection.setblocking(False)
            answer = b""
            while not answer and time.monotonic() - started < 8:
                connection.sendall(b" ")  # 1 byte a second: each chunk well within 1.5 s
                deadline = time.monotonic() + 1
                while time.monotonic() < deadline and not answer:
                    try:
                        answer = connection.recv(65536)
                    except BlockingIOError:
                        time.sleep(0.01)
            elapsed = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 408")
    assert elapsed < 3.0  # the deadline (1.5 s) and a second's tick of the loop above


@pytest.mark.parametrize("field", ["resource", "status"])
def test_a_lone_surrogate_makes_a_key_the_store_takes(valkey_url: str, field: str) -> None:
    body = entity(**{field: "\ud800 odd"})  # json.dumps escapes it: valid JSON
    (parsed,) = webhooks.parse_events(body)
    key = webhooks.event_key(parsed)
    key.encode()  # no UnicodeEncodeError
    assert "#" in key and "\ud800" not in key  # the odd part is a digest (webhooks._key_part)
    other = webhooks.event_key(webhooks.parse_events(entity(**{field: "\udfff odd"}))[0])
    assert other != key  # a digest still tells the two apart
    calls: list[Any] = []
    store = RedisDedupeStore(valkey_url, prefix=f"surrogate:{field}:")
    with serving(WebhookReceiver(calls.append, secret=SECRET, partner_token=None,
                                 dedupe=store)) as url:  # fmt: skip
        answers = [httpx.post(f"{url}{EVENTS}", content=body, headers=AUTH) for _ in "ab"]
    assert [answer.status_code for answer in answers] == [200, 200]
    assert [answer.json()["duplicates"] for answer in answers] == [0, 1]
    assert len(calls) == 1


def test_a_lone_surrogate_in_a_lifecycle_event_makes_a_key() -> None:
    body = json.dumps(
        {"salon_id": 1, "application_id": 2, "event": "\udfff", "partner_token": TOKEN}
    ).encode()
    event = webhooks.parse_marketplace_event(body, partner_token=TOKEN)
    key = webhooks.event_key(event)
    key.encode()  # no UnicodeEncodeError
    assert key.startswith("marketplace:#") and ":2:1:" in key  # the name as a digest


def nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


def test_keys_of_deeply_nested_events_never_raise() -> None:
    deep = nested(20_000)  # deeper than any stack: the iterative digest
    event = webhooks.UnknownEvent(7, "thing", 1, "create", deep, {"data": deep})
    assert webhooks.event_key(event) == webhooks.event_key(event)  # stable
    other = webhooks.UnknownEvent(7, "thing", 1, "create", deep, {"data": [deep]})
    assert webhooks.event_key(event) != webhooks.event_key(other)


@pytest.mark.parametrize(
    "value",
    [{"b": [1, 2.5, {"z": None, "a": True}], "a": "\ud800é", "c": [[[]]], "d": {}, "e": ""},
     [], {}, "text", 3, None, [1, [2, [3, {"k": [False]}]]], {"x": object}],
)  # fmt: skip
def test_the_iterative_digest_is_the_recursive_one(value: Any) -> None:
    from altegio_devtools.webhooks import _canonical  # noqa: PLC0415

    assert _canonical(value) == json.dumps(
        value, sort_keys=True, separators=(",", ":"), default=str
    )


def test_a_body_nested_970_deep_is_answered_without_a_server_error() -> None:
    body = b'{"company_id": 7, "resource": "x", "resource_id": 1, "status": "create", "data": '
    body += b"[" * 970 + b"]" * 970 + b"}"
    with serving(WebhookReceiver(print, secret=SECRET, partner_token=None)) as url:
        answer = httpx.post(f"{url}{EVENTS}", content=body, headers=AUTH)
    assert answer.status_code in (200, 400)  # an event, or not one: never a 500


def test_with_an_inbox_a_delivery_is_answered_once_appended(valkey_url: str) -> None:
    inbox = RedisInbox(valkey_url, stream="inputs:inbox")
    receiver = WebhookReceiver(None, secret=SECRET, partner_token=TOKEN, inbox=inbox)
    uninstall = json.dumps(
        {"salon_id": 1, "application_id": 2, "event": "uninstall", "partner_token": TOKEN}
    ).encode()
    with serving(receiver) as url:
        first = httpx.post(f"{url}{EVENTS}", content=entity(), headers=AUTH)
        both = httpx.post(f"{url}{EVENTS}", content=b"[" + entity() + b"," + entity() + b"]",
                          headers=AUTH)  # fmt: skip
        lifecycle = httpx.post(f"{url}/altegio/marketplace", content=uninstall)
        forged = httpx.post(f"{url}{EVENTS}", content=entity(), headers={"Authorization": "x"})
        broken = httpx.post(f"{url}{EVENTS}", content=b"{", headers=AUTH)
    assert (first.status_code, first.json()) == (200, {"queued": 1})
    assert (both.status_code, both.json()) == (200, {"queued": 2})
    assert lifecycle.status_code == 200
    assert (forged.status_code, broken.status_code) == (401, 400)  # neither appended
    store = redis.Redis.from_url(valkey_url)
    entries: Any = store.xrange("inputs:inbox")
    assert [fields[b"kind"].decode() for _, fields in entries] == [ENTITY, ENTITY, LIFECYCLE]
    assert entries[0][1][b"body"] == entity() and entries[2][1][b"body"] == uninstall


def test_an_inbox_that_cannot_append_is_answered_503(tmp_path: Path) -> None:
    from tests.valkey import ValkeyServer  # noqa: PLC0415

    server = ValkeyServer(tmp_path / "valkey")
    server.start()
    inbox = RedisInbox(server.url, stream="inputs:down", timeout=0.5)
    receiver = WebhookReceiver(None, secret=SECRET, partner_token=None, inbox=inbox)
    try:
        with serving(receiver) as url:
            assert httpx.get(f"{url}/health").status_code == 200
            assert httpx.post(f"{url}{EVENTS}", content=entity(), headers=AUTH).status_code == 200
            server.freeze()  # a stalled server: the append times out
            started = time.monotonic()
            stalled = httpx.post(f"{url}{EVENTS}", content=entity(), headers=AUTH, timeout=10)
            assert stalled.status_code == 503 and time.monotonic() - started < 3
            assert httpx.get(f"{url}/health", timeout=10).status_code == 503
            server.stop()
            gone = httpx.post(f"{url}{EVENTS}", content=entity(), headers=AUTH, timeout=10)
            assert (gone.status_code, gone.json()) == (503, {"message": "inbox unavailable"})
            server.start()  # the same port: it answers again, without a restart of ours
            back = httpx.post(f"{url}{EVENTS}", content=entity(), headers=AUTH, timeout=10)
            assert back.status_code == 200
    finally:
        server.stop()


def test_the_receiver_takes_a_handler_or_an_inbox() -> None:
    inbox = RedisInbox("redis://127.0.0.1:1/0")
    with pytest.raises(ValueError, match=r"a handler .* or an inbox"):
        WebhookReceiver(None, secret=SECRET, partner_token=None)
    with pytest.raises(ValueError, match=r"a handler .* or an inbox"):
        WebhookReceiver(print, secret=SECRET, partner_token=None, inbox=inbox)
    asyncio.run(inbox.aclose())


def test_health_answers_200_with_a_working_store() -> None:
    with serving(WebhookReceiver(print, secret=SECRET, partner_token=None)) as url:
        assert httpx.get(f"{url}/health").json() == {"message": "ok"}
        assert httpx.head(f"{url}/health").status_code == 200
        assert httpx.post(f"{url}/health").status_code == 404  # only GET and HEAD


def test_the_example_fails_to_start_on_a_redis_it_cannot_reach() -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ALTEGIO_PARTNER_TOKEN": "token",
           "ALTEGIO_WEBHOOK_SECRET": "secret",
           "ALTEGIO_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}  # fmt: skip
    command = [sys.executable, "-m", "uvicorn", "examples.webhook_receiver:create_app",
               "--factory", "--port", str(port)]  # fmt: skip
    started = time.monotonic()
    result = subprocess.run(command, check=False, env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=60)  # fmt: skip
    assert result.returncode != 0
    assert "the webhook store cannot be reached: ConnectionError" in result.stderr
    assert time.monotonic() - started < 30
