"""The ASGI receiver (issue 13) on real sockets: uvicorn with two workers sharing a real
Valkey for de-duplication under load, and the HTTP edges (chunked, oversize, methods)."""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from altegio_devtools.dedupe import MemoryDedupeStore
from altegio_devtools.receiver import WebhookReceiver
from examples import webhook_receiver
from tests.receiver_app import SECRET, serving
from tests.valkey import free_port

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"Authorization": f"Bearer {SECRET}"}
EVENTS = "/altegio/events"
DISTINCT = 450
DUPLICATES = 50  # 10% of the 500 deliveries
FAILING = 5  # 1%: their handler fails the first time
SENDERS = 50


def event(n: int) -> bytes:
    return json.dumps(
        {"company_id": 7, "resource": "load_test", "resource_id": n, "status": "create",
         "data": {"n": n}}
    ).encode()  # fmt: skip


@pytest.fixture(scope="module")
def workers(valkey_url: str) -> Iterator[str]:
    """uvicorn with 2 worker processes serving tests.receiver_app:load_app."""
    port = free_port()
    failing = random.Random(13).sample(range(DISTINCT), FAILING)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RECEIVER_REDIS_URL": valkey_url,
        "RECEIVER_FAILING": ",".join(map(str, failing)),
    }
    command = [sys.executable, "-m", "uvicorn", "tests.receiver_app:load_app", "--factory",
               "--workers", "2", "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "critical", "--backlog", "256"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/ready", timeout=1).status_code == 404:
                    break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def test_every_distinct_event_is_handled_once_under_load(workers: str, valkey_url: str) -> None:
    deliveries = [event(n) for n in range(DISTINCT)]
    deliveries += [event(n) for n in random.Random(1).sample(range(DISTINCT), DUPLICATES)]
    random.Random(2).shuffle(deliveries)  # duplicates arrive alongside their originals
    statuses: list[int] = []
    duplicates: list[int] = []

    async def deliver(client: httpx.AsyncClient, body: bytes) -> None:
        deadline = time.monotonic() + 60
        while True:  # as Altegio does: again until acknowledged (here: within a deadline)
            assert time.monotonic() < deadline, f"never acknowledged: {body!r}"
            response = await client.post(f"{workers}{EVENTS}", content=body, headers=AUTH)
            statuses.append(response.status_code)
            if response.status_code == 200:
                duplicates.append(response.json()["duplicates"])
                return
            await asyncio.sleep(0.05)

    async def send_all() -> None:
        queue: asyncio.Queue[bytes] = asyncio.Queue()
        for body in deliveries:
            queue.put_nowait(body)
        limits = httpx.Limits(max_connections=SENDERS)
        async with httpx.AsyncClient(limits=limits, timeout=10) as client:

            async def sender() -> None:
                while not queue.empty():
                    await deliver(client, queue.get_nowait())

            await asyncio.gather(*(sender() for _ in range(SENDERS)))

    started = time.monotonic()
    asyncio.run(send_all())  # a reset or refused connection raises here
    elapsed = time.monotonic() - started
    store = redis.Redis.from_url(valkey_url, decode_responses=True)
    handled = [str(key) for key in store.lrange("handled", 0, -1)]
    counts = {status: statuses.count(status) for status in set(statuses)}
    print(
        f"receiver: {len(statuses)} delivered ({len(deliveries)} + redeliveries), "
        f"{len(handled)} handled, {sum(duplicates)} answered as duplicates, statuses {counts}, "
        f"{elapsed:.1f}s"
    )
    assert len(handled) == len(set(handled)) == DISTINCT  # every distinct event once
    assert counts.get(500, 0) == FAILING  # the only 5xx: each planned failure, once
    assert set(counts) <= {200, 409, 500}
    assert sum(duplicates) == DUPLICATES


class CountingStore(MemoryDedupeStore):
    """The memory store, counting the deliveries that asked to claim an event; `arrived`
    is set when `expected` of them have."""

    def __init__(self, expected: int) -> None:
        super().__init__()
        self.claims = 0
        self.expected = expected
        self.arrived = asyncio.Event()

    async def claim(self, key: str) -> bool:
        self.claims += 1
        if self.claims >= self.expected:
            self.arrived.set()
        return await super().claim(key)


def test_concurrent_deliveries_of_one_event_run_the_handler_once() -> None:
    """Three deliveries of one event at once: the first handler holds on until the other
    two have arrived and wait on its claim (so they did overlap: sent one after another,
    the first would wait in vain and the test fails), then fails; one waiting delivery
    runs the handler, the other is a duplicate. No two handlers ever run at once."""
    store = CountingStore(expected=3)
    arrived: list[int] = []  # per handler run: how many deliveries had arrived as it ended
    running = [0, 0]  # handlers running now, and the most that ever ran at once

    async def handle(event: Any) -> None:
        running[0] += 1
        running[1] = max(running)
        first = not arrived
        try:
            if first:
                await asyncio.wait_for(store.arrived.wait(), timeout=5)
                raise RuntimeError("the first attempt fails")
        finally:
            arrived.append(store.claims)
            running[0] -= 1

    async def deliver_three(url: str) -> list[httpx.Response]:
        async with httpx.AsyncClient(timeout=10) as client:
            posts = [client.post(f"{url}{EVENTS}", content=event(5), headers=AUTH) for _ in "abc"]
            return list(await asyncio.gather(*posts))

    app = WebhookReceiver(handle, secret=SECRET, partner_token=None, dedupe=store)
    with serving(app) as url:
        responses = asyncio.run(deliver_three(url))
    # All three had arrived while the first handler ran; the second ran after it, alone.
    assert arrived == [3, 3] and running == [0, 1]
    assert sorted(response.status_code for response in responses) == [200, 200, 500]
    assert [response.json() for response in responses if response.status_code == 200] in (
        [{"handled": 1, "duplicates": 0}, {"handled": 0, "duplicates": 1}],
        [{"handled": 0, "duplicates": 1}, {"handled": 1, "duplicates": 0}],
    )


def test_a_chunked_delivery_is_accepted(workers: str) -> None:
    def chunks() -> Iterator[bytes]:
        body = event(100_000)
        yield body[:10]
        yield body[10:]

    response = httpx.post(f"{workers}{EVENTS}", content=chunks(), headers=AUTH)
    assert response.request.headers["transfer-encoding"] == "chunked"
    assert response.status_code == 200 and response.json()["handled"] == 1


def raw_exchange(url: str, head: bytes, body_parts: Iterator[bytes]) -> bytes:
    """Send a request by hand, stop sending when the server has answered, return the
    answer. The server must answer without reading everything."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as connection:
        connection.sendall(head)
        connection.setblocking(False)
        answer = b""
        for part in body_parts:
            try:
                answer += connection.recv(65536)
            except BlockingIOError:
                pass
            if answer:
                break
            try:
                connection.sendall(part)
            except (BlockingIOError, BrokenPipeError, ConnectionResetError):
                break
            time.sleep(0.001)
        connection.settimeout(5)  # each recv; and the whole answer within a deadline
        deadline = time.monotonic() + 10
        while b"\r\n\r\n" not in answer:
            assert time.monotonic() < deadline, "no complete answer in time"
            more = connection.recv(65536)
            assert more, f"the server closed the connection after {answer!r}"
            answer += more
        return answer


def test_an_oversize_body_is_refused_before_it_is_read(workers: str) -> None:
    size = 64 * 1024 * 1024  # would take a while to send, if it were read
    head = (f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nContent-Length: {size}\r\n"
            f"Authorization: Bearer {SECRET}\r\n\r\n").encode()  # fmt: skip
    sent = iter([b"{" * 1024] * 100)  # 100 KiB at most, of 64 MiB
    assert raw_exchange(workers, head, sent).startswith(b"HTTP/1.1 413")


def test_an_oversize_chunked_body_is_refused_while_it_streams(workers: str) -> None:
    head = (f"POST {EVENTS} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            f"Authorization: Bearer {SECRET}\r\n\r\n").encode()  # fmt: skip
    chunk = b"10000\r\n" + b"{" * 0x10000 + b"\r\n"  # 64 KiB a chunk
    sent = iter([chunk] * 64 * 16)  # up to 64 MiB; the limit is 1 MiB
    assert raw_exchange(workers, head, sent).startswith(b"HTTP/1.1 413")


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS", "GET", "PUT"])
def test_other_methods_are_405(workers: str, method: str) -> None:
    response = httpx.request(method, f"{workers}{EVENTS}", headers=AUTH)
    assert response.status_code == 405 and response.headers["allow"] == "POST"


def test_it_refuses_to_start_without_a_secret() -> None:
    with pytest.raises(ValueError, match="secret is required"):
        WebhookReceiver(print, secret=None, partner_token="token")
    for empty in ("", " "):
        with pytest.raises(ValueError, match=r"^secret must be a non-empty string, not blank$"):
            WebhookReceiver(print, secret=empty, partner_token="token")
    for blank in ("", " ", "\n"):
        with pytest.raises(ValueError, match=r"^partner_token must be a non-empty string"):
            WebhookReceiver(print, secret="s", partner_token=blank)
    # Explicitly told to: entity events without authentication.
    WebhookReceiver(print, secret=None, partner_token="token", allow_unauthenticated=True)


def test_the_example_refuses_to_start_without_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "token")
    monkeypatch.delenv("ALTEGIO_WEBHOOK_SECRET", raising=False)
    monkeypatch.delenv("ALTEGIO_REDIS_URL", raising=False)
    with pytest.raises(ValueError, match="ALTEGIO_WEBHOOK_SECRET is not set"):
        webhook_receiver.create_app()
    monkeypatch.setenv("ALTEGIO_WEBHOOK_SECRET", "")
    with pytest.raises(ValueError, match=r"^secret must be a non-empty string, not blank$"):
        webhook_receiver.create_app()


def test_a_failed_handler_lets_the_redelivery_through() -> None:
    calls: list[Any] = []

    async def handle(event: Any) -> None:  # an async handler, awaited in the event loop
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("partner bug")

    with serving(WebhookReceiver(handle, secret=SECRET, partner_token=None)) as url:
        post = [httpx.post(f"{url}{EVENTS}", content=event(1), headers=AUTH) for _ in range(3)]
    assert [response.status_code for response in post] == [500, 200, 200]
    assert [response.json() for response in post[1:]] == [
        {"handled": 1, "duplicates": 0},
        {"handled": 0, "duplicates": 1},
    ]
    assert len(calls) == 2
