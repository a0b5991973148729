"""The inbox's worker (altegio_devtools.inbox) against a real Valkey: de-duplication,
retries with backoff, dead letters and their command, taking over from a silent consumer,
renewing a long handler's entries, a group the server lost. Deadlines, not sleeps, decide."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import redis

from altegio_devtools import webhooks
from altegio_devtools.inbox import (
    ENTITY,
    LIFECYCLE,
    Backoff,
    RedisInbox,
    Worker,
    command_line,
    main,
)
from tests.valkey import ValkeyServer, free_port

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "inbox-partner-token"


def event(n: int, resource: str = "inbox_test") -> bytes:
    return json.dumps(
        {"company_id": 7, "resource": resource, "resource_id": n, "status": "create",
         "data": {"n": n}}
    ).encode()  # fmt: skip


def key(n: int) -> str:
    return webhooks.event_key(webhooks.parse_event(event(n)))


def make_inbox(url: str, timeout: float = 0.5, stream: str | None = None) -> RedisInbox:
    """An inbox of its own (a stream no other test uses), for one event loop."""
    return RedisInbox(url, stream=stream or f"test:{uuid.uuid4().hex}", timeout=timeout)


async def until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "not reached in time"
        await asyncio.sleep(0.01)


@asynccontextmanager
async def working(worker: Worker) -> AsyncIterator[Worker]:
    task = asyncio.create_task(worker.run())
    try:
        yield worker
    finally:
        worker.stop()
        await asyncio.wait_for(task, 15)


async def settled(inbox: RedisInbox) -> bool:
    """Nothing left in the stream (finished entries are deleted) nor counted."""
    left: int = await inbox.redis.xlen(inbox.stream)
    counted: int = await inbox.redis.hlen(inbox.attempts)
    return left == 0 and counted == 0


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_each_event_runs_once_however_often_it_is_delivered(valkey_url: str, mode: str) -> None:
    calls: list[str] = []

    def handle(received: Any) -> None:
        calls.append(webhooks.event_key(received))

    async def handle_async(received: Any) -> None:
        handle(received)

    async def scenario() -> None:
        inbox = make_inbox(valkey_url)
        # reclaim_after far beyond the deadlines below: read, not taken over
        worker = Worker(handle if mode == "sync" else handle_async, inbox, reclaim_after=60)
        async with working(worker):
            for n in (1, 2, 1, 3):
                await inbox.append(ENTITY, event(n))
            both = b"[" + event(4) + b"," + event(2) + b"]"  # an array: each event on its own
            await inbox.append(ENTITY, both)
            await until(lambda: len(calls) >= 4)
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert sorted(calls) == sorted(key(n) for n in (1, 2, 3, 4))
        await inbox.append(ENTITY, event(3))  # days later: still a duplicate
        async with working(Worker(handle, inbox, reclaim_after=2)):
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert len(calls) == 4
        await inbox.aclose()

    asyncio.run(scenario())


def test_a_failing_handler_is_retried_with_backoff_until_it_succeeds(valkey_url: str) -> None:
    tries: list[float] = []

    def handle(received: Any) -> None:
        tries.append(time.monotonic())
        if len(tries) < 3:
            raise ConnectionError("the database is restarting")

    async def scenario() -> None:
        inbox = make_inbox(valkey_url)
        worker = Worker(handle, inbox, backoff=Backoff(0.2, 2.0, 10), reclaim_after=2)
        async with working(worker):
            await inbox.append(ENTITY, event(1))
            await until(lambda: len(tries) == 3)
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert await inbox.redis.xlen(inbox.dead) == 0
        await inbox.aclose()

    asyncio.run(scenario())
    gaps = [later - earlier for earlier, later in itertools.pairwise(tries)]
    assert gaps[0] >= 0.2 and gaps[1] >= 0.4  # 0.2 s, then twice that


def test_backoff_grows_to_its_limit() -> None:
    backoff = Backoff(1.0, 3.0, 20.0)
    assert [backoff.delay(n) for n in (1, 2, 3, 4)] == [1.0, 3.0, 9.0, 20.0]
    assert Backoff().delay(1) == 1.0 and Backoff().delay(100) == 300.0


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "altegio_devtools.inbox", *args, "--url", url]
    return subprocess.run(
        command, check=False, capture_output=True, text=True, timeout=60, cwd=ROOT
    )


def test_after_max_attempts_an_entry_is_a_dead_letter_and_can_be_replayed(
    valkey_url: str,
) -> None:
    private = "Ivan Example +10000000000"  # what a handler's message might carry
    calls: list[str] = []

    def always_fails(received: Any) -> None:
        calls.append("fail")
        raise LookupError(private)

    stream = f"test:{uuid.uuid4().hex}"

    async def fail_three_times() -> None:
        inbox = make_inbox(valkey_url, stream=stream)
        worker = Worker(always_fails, inbox, max_attempts=3, backoff=Backoff(0.05), reclaim_after=2)
        async with working(worker):
            await inbox.append(ENTITY, event(9))
            await until(lambda: len(calls) == 3)
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        await inbox.aclose()

    asyncio.run(fail_three_times())
    assert len(calls) == 3
    inbox = make_inbox(valkey_url, stream=stream)
    listed = cli(valkey_url, "dead", "--stream", inbox.stream)
    assert listed.returncode == 0, listed.stderr
    (letter,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert letter["error"] == "LookupError" and letter["attempts"] == "3"
    assert "test_inbox.py" in letter["where"] and "always_fails" in letter["where"]
    assert letter["kind"] == ENTITY and "body" not in letter
    assert private not in listed.stdout  # the error's type and place, not its message
    shown = cli(valkey_url, "show", letter["id"], "--stream", inbox.stream)
    assert shown.stdout.strip() == event(9).decode()

    replayed = cli(valkey_url, "replay", "--all", "--stream", inbox.stream)
    assert replayed.stdout.strip() == "replay: 1 of 1"
    handled: list[str] = []

    async def succeed() -> None:
        inbox = make_inbox(valkey_url, stream=stream)
        async with working(Worker(lambda e: handled.append("ok"), inbox, reclaim_after=2)):
            await until(lambda: handled == ["ok"])
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert await inbox.redis.xlen(inbox.dead) == 0
        await inbox.aclose()

    asyncio.run(succeed())
    store = redis.Redis.from_url(valkey_url)
    store.xadd(inbox.dead, {"kind": ENTITY, "body": event(1)})
    assert cli(valkey_url, "drop", "--all", "--stream", inbox.stream).stdout.strip() == (
        "drop: 1 of 1"
    )
    assert store.xlen(inbox.dead) == 0
    missing = cli(valkey_url, "show", "1-1", "--stream", inbox.stream)
    assert missing.returncode == 1 and "no dead letter 1-1" in missing.stderr


def test_what_cannot_be_read_is_a_dead_letter_at_once(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    calls: list[Any] = []
    uninstall = json.dumps(
        {"salon_id": 1, "application_id": 2, "event": "uninstall", "partner_token": TOKEN}
    ).encode()

    async def scenario() -> None:
        async with working(Worker(calls.append, inbox, reclaim_after=2)):  # no partner_token
            await inbox.append(LIFECYCLE, uninstall)
            await inbox.redis.xadd(inbox.stream, {"kind": "other", "body": b"{}"})
            deadline = time.monotonic() + 10
            while await inbox.redis.xlen(inbox.dead) < 2:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        letters = await inbox.dead_letters()
        assert [fields["error"] for _, fields in letters] == ["ValueError", "ValueError"]
        assert [fields["attempts"] for _, fields in letters] == ["10", "10"]
        assert calls == []
        await inbox.replay([entry for entry, _ in letters[:1]])
        async with working(Worker(calls.append, inbox, partner_token=TOKEN, reclaim_after=2)):
            await until(lambda: len(calls) == 1)
            await inbox.append(LIFECYCLE, uninstall)  # Uninstall is not de-duplicated
            await until(lambda: len(calls) == 2)
        await inbox.aclose()

    asyncio.run(scenario())
    assert calls[0] == webhooks.Uninstall(1, 2)


def test_entries_of_a_silent_consumer_are_taken_over(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    handled: list[float] = []

    async def scenario() -> None:
        await inbox.ensure_group()
        await inbox.append(ENTITY, event(5))
        # A consumer reads the entry, then dies without a word.
        await inbox.redis.xreadgroup(inbox.group, "ghost", {inbox.stream: ">"}, count=1)
        read = time.monotonic()
        async with working(Worker(lambda e: handled.append(time.monotonic()), inbox,
                                  reclaim_after=1.5)):  # fmt: skip
            await until(lambda: len(handled) == 1)
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert handled[0] - read >= 1.5  # only once it was silent that long
        await inbox.aclose()

    asyncio.run(scenario())


def test_a_long_handler_keeps_its_entry_while_its_consumer_lives(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    started: list[str] = []

    async def slow(received: Any) -> None:
        started.append("run")
        await asyncio.sleep(3.0)  # twice reclaim_after

    async def scenario() -> None:
        first = Worker(slow, inbox, consumer="first", reclaim_after=1.5)
        second = Worker(slow, inbox, consumer="second", reclaim_after=1.5)
        async with working(first):
            await inbox.append(ENTITY, event(6))
            await until(lambda: started == ["run"])
            async with working(second):
                deadline = time.monotonic() + 10
                while not await settled(inbox):
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.01)
        assert started == ["run"]
        await inbox.aclose()

    asyncio.run(scenario())


def test_a_duplicate_entry_waits_for_its_twin_then_counts_as_done(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    runs: list[str] = []

    async def slow(received: Any) -> None:
        runs.append("run")
        await asyncio.sleep(0.5)

    async def scenario() -> None:
        await inbox.append(ENTITY, event(7))
        await inbox.append(ENTITY, event(7))  # the same event, delivered twice at once
        first = Worker(slow, inbox, consumer="a", reclaim_after=2, concurrency=1, busy_pause=0.1)
        second = Worker(slow, inbox, consumer="b", reclaim_after=2, concurrency=1, busy_pause=0.1)
        async with working(first), working(second):
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        await inbox.aclose()

    asyncio.run(scenario())
    assert runs == ["run"]


def test_an_entry_whose_consumers_keep_dying_is_a_dead_letter(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    calls: list[Any] = []

    async def scenario() -> None:
        await inbox.ensure_group()
        entry = await inbox.append(ENTITY, event(8))
        await inbox.redis.xreadgroup(inbox.group, "ghost", {inbox.stream: ">"}, count=1)
        await inbox.redis.hset(inbox.attempts, entry, 3)  # three consumers died in its handler
        async with working(Worker(calls.append, inbox, max_attempts=3, reclaim_after=1)):
            deadline = time.monotonic() + 10
            while await inbox.redis.xlen(inbox.dead) < 1:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        ((_, letter),) = await inbox.dead_letters()
        assert letter["attempts"] == "3" and letter["entry"] == entry
        await inbox.aclose()

    asyncio.run(scenario())
    assert calls == []


def test_the_group_is_created_again_when_the_server_lost_it(
    valkey_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    inbox = make_inbox(valkey_url)
    calls: list[Any] = []

    async def scenario() -> None:
        async with working(Worker(calls.append, inbox, reclaim_after=1)):
            await inbox.append(ENTITY, event(1))
            await until(lambda: len(calls) == 1)
            await inbox.redis.delete(inbox.stream)  # what a restart without AOF leaves
            await inbox.append(ENTITY, event(2))
            await until(lambda: len(calls) == 2)
        await inbox.aclose()

    asyncio.run(scenario())
    assert "inbox group missing: creating it again" in caplog.messages


def test_settings_out_of_range_are_refused(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url, timeout=2.0)
    with pytest.raises(ValueError, match="at least twice"):
        Worker(print, inbox, reclaim_after=3)
    with pytest.raises(ValueError, match="at least 1"):
        Worker(print, inbox, max_attempts=0)
    asyncio.run(inbox.aclose())


def test_the_worker_command_fails_fast_on_a_server_it_cannot_reach() -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"
    started = time.monotonic()
    result = cli(url, "work", "tests.inbox_app:handle")
    assert result.returncode == 1
    assert "the inbox server cannot be reached: ConnectionError" in result.stderr
    assert time.monotonic() - started < 30
    bad = cli(url, "work", "tests.inbox_app:handle", "--reclaim-after", "1")
    assert bad.returncode == 2 and "at least twice" in bad.stderr
    no_handler = cli(url, "work", "tests.inbox_app")
    assert no_handler.returncode == 1 and "module:function" in no_handler.stderr


def test_the_names_beside_the_stream(valkey_url: str) -> None:
    inbox = RedisInbox(valkey_url, stream="s", group="g")
    assert (inbox.stream, inbox.group, inbox.dead) == ("s", "g", "s:dead")
    assert (inbox.attempts, inbox.events, inbox.timeout) == ("s:attempts", "s:event:", 2.0)
    worker = Worker(print, inbox)
    host, pid = worker.consumer.rsplit(":", 1)
    assert host == socket.gethostname() and pid == str(os.getpid())
    asyncio.run(inbox.aclose())


def test_done_markers_last_a_week_and_claims_an_hour(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    ttls: list[int] = []

    async def scenario() -> None:
        async def handle(received: Any) -> None:
            ttls.append(await inbox.redis.ttl(inbox.events + webhooks.event_key(received)))

        async with working(Worker(handle, inbox, reclaim_after=2)):
            await inbox.append(ENTITY, event(1))
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        ttls.append(await inbox.redis.ttl(inbox.events + key(1)))
        await inbox.aclose()

    asyncio.run(scenario())
    claim, done = ttls
    assert 3500 < claim <= 3600 and 7 * 86400 - 100 < done <= 7 * 86400


def test_no_more_handlers_run_at_once_than_the_concurrency(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    running: list[int] = [0]
    most: list[int] = [0]
    finished: list[int] = []

    async def handle(received: Any) -> None:
        running[0] += 1
        most[0] = max(most[0], running[0])
        await asyncio.sleep(0.05)
        running[0] -= 1
        finished.append(1)

    async def scenario() -> None:
        for n in range(8):
            await inbox.append(ENTITY, event(n))
        async with working(Worker(handle, inbox, concurrency=2, reclaim_after=2)):
            await until(lambda: len(finished) == 8)
        await inbox.aclose()

    asyncio.run(scenario())
    assert most[0] == 2


def test_a_dead_letter_says_when_and_where(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)

    def fails(received: Any) -> None:
        raise KeyError("x")

    async def scenario() -> dict[str, str]:
        entry = await inbox.append(ENTITY, event(3))
        async with working(Worker(fails, inbox, max_attempts=1, reclaim_after=2)):
            deadline = time.monotonic() + 10
            while await inbox.redis.xlen(inbox.dead) < 1:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        ((_, letter),) = await inbox.dead_letters()
        assert letter["entry"] == entry
        assert await inbox.dead_letter_body("0-1") is None
        assert await inbox.replay(["0-1"]) == 0 and await inbox.drop([]) == 0
        await inbox.aclose()
        return letter

    letter = asyncio.run(scenario())
    assert letter["error"] == "KeyError" and letter["attempts"] == "1"
    assert letter["where"].endswith("test_inbox.py:" + letter["where"].rsplit(":", 1)[1])
    assert " fails" in letter["where"] and " < " in letter["where"]  # innermost last
    failed_at = time.strptime(letter["failed_at"], "%Y-%m-%dT%H:%M:%SZ")
    assert abs(time.mktime(failed_at) - time.mktime(time.gmtime())) < 60


def test_the_command_in_process(valkey_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    stream = f"test:{uuid.uuid4().hex}"
    store = redis.Redis.from_url(valkey_url)
    first: Any = store.xadd(f"{stream}:dead", {"kind": ENTITY, "body": event(1), "error": "E"})
    store.xadd(f"{stream}:dead", {"kind": ENTITY, "body": event(2), "error": "E"})
    common = ["--url", valkey_url, "--stream", stream]
    main(["dead", *common, "--count", "1"])
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line) == {"id": first.decode(), "kind": ENTITY, "error": "E"}
    main(["show", first.decode(), *common])
    assert capsys.readouterr().out == event(1).decode() + "\n"
    main(["replay", first.decode(), *common])
    assert capsys.readouterr().out == "replay: 1 of 1\n"
    assert store.xlen(stream) == 1 and store.xlen(f"{stream}:dead") == 1
    main(["drop", "--all", *common])
    assert capsys.readouterr().out == "drop: 1 of 1\n"
    with pytest.raises(SystemExit) as missing:
        main(["show", "1-1", *common])
    assert str(missing.value) == "no dead letter 1-1"


def test_the_command_refuses_what_it_cannot_use(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ALTEGIO_REDIS_URL", raising=False)
    with pytest.raises(SystemExit) as no_url:
        main(["dead"])
    assert no_url.value.code == 2
    assert "--url or ALTEGIO_REDIS_URL is required" in capsys.readouterr().err
    url = f"redis://127.0.0.1:{free_port()}/0"
    monkeypatch.setenv("ALTEGIO_REDIS_URL", url)
    with pytest.raises(SystemExit) as unreachable:
        main(["work", "tests.inbox_app:handle"])
    assert str(unreachable.value) == "the inbox server cannot be reached: ConnectionError"
    with pytest.raises(SystemExit) as too_short:
        main(["work", "tests.inbox_app:handle", "--reclaim-after", "3"])
    assert too_short.value.code == 2 and "at least twice" in capsys.readouterr().err
    wrong = [
        ("tests.inbox_app", "handler must be module:function"),
        (":handle", "handler must be module:function"),
        ("tests.inbox_app:SECRET", "tests.inbox_app:SECRET is not a function"),
    ]
    for spec, message in wrong:
        with pytest.raises(SystemExit) as bad:
            main(["work", spec])
        assert message in str(bad.value)


def test_a_worker_started_before_its_server_waits_for_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server = ValkeyServer(tmp_path / "valkey")  # not started yet
    calls: list[Any] = []

    async def scenario() -> None:
        inbox = RedisInbox(server.url, stream="late", timeout=0.5)
        async with working(Worker(calls.append, inbox, reclaim_after=1)):
            await asyncio.sleep(0.5)  # a few failed rounds
            await asyncio.to_thread(server.start)
            await inbox.append(ENTITY, event(1))
            await until(lambda: len(calls) == 1)
            await asyncio.to_thread(server.restart)  # and again after a restart (no AOF)
            deadline = time.monotonic() + 10
            while True:
                try:
                    await inbox.append(ENTITY, event(2))
                    break
                except Exception:
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.05)
            await until(lambda: len(calls) == 2)
        await inbox.aclose()

    try:
        asyncio.run(scenario())
    finally:
        server.stop()
    assert "inbox server unavailable (ConnectionError): retrying" in caplog.messages


def test_the_command_defaults_are_the_documented_ones(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ALTEGIO_REDIS_URL", "redis://example.invalid:6379/0")
    work = command_line().parse_args(["work", "pkg.hooks:handle"])
    assert vars(work) == {
        "command": "work", "handler": "pkg.hooks:handle", "consumer": None,
        "url": "redis://example.invalid:6379/0", "stream": "altegio-devtools:inbox",
        "group": "altegio-devtools", "concurrency": 16, "max_attempts": 10, "backoff": 1.0,
        "backoff_limit": 300.0, "reclaim_after": 30.0,
    }  # fmt: skip
    assert command_line().parse_args(["dead"]).count == 100
    replay = command_line().parse_args(["replay", "1-1", "2-2"])
    assert (replay.ids, replay.all) == (["1-1", "2-2"], False)
    assert command_line().parse_args(["drop", "--all"]).all is True
    with pytest.raises(SystemExit):
        main(["work", "--help"])
    usage = capsys.readouterr().out
    assert usage.startswith("usage: python -m altegio_devtools.inbox work")
    for text in ("module:function, sync or async, taking one event",
                 "this consumer's name (default: host:pid)", "first retry delay (s)"):  # fmt: skip
        assert text in " ".join(usage.split())
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = " ".join(capsys.readouterr().out.split())
    assert "A durable inbox for Altegio's webhooks on Redis/Valkey Streams" in usage
    commands = [
        "consume the inbox",
        "list dead letters (no bodies)",
        "print a dead letter's body",
        "replay dead letters",
        "drop dead letters",
    ]
    for text in commands:
        assert text in usage


def test_the_work_command_in_process(
    valkey_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its options reach the worker; SIGTERM stops it once the work is done."""
    stream = f"test:{uuid.uuid4().hex}"
    effects = tmp_path / "effects.log"
    monkeypatch.setenv("INBOX_EFFECTS", str(effects))
    monkeypatch.setenv("INBOX_MARKS", str(tmp_path))
    monkeypatch.setenv("INBOX_POISON", "99")
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", TOKEN)  # lifecycle deliveries are read
    store = redis.Redis.from_url(valkey_url)
    uninstall = json.dumps(
        {"salon_id": 1, "application_id": 2, "event": "uninstall", "partner_token": TOKEN}
    ).encode()
    for kind, payload in [(ENTITY, event(1)), (ENTITY, event(99)), (LIFECYCLE, uninstall)]:
        store.xadd(stream, {"kind": kind, "body": payload})

    def stop_when_done() -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            done = effects.read_text().count("done ") if effects.exists() else 0
            if done == 2 and store.xlen(f"{stream}:dead") == 1:
                break
            time.sleep(0.02)
        os.kill(os.getpid(), signal.SIGTERM)  # as a process manager stops it

    stopper = threading.Thread(target=stop_when_done)
    stopper.start()
    started = time.monotonic()
    main(["work", "tests.inbox_app:handle", "--url", valkey_url, "--stream", stream,
          "--group", "grp", "--consumer", "me", "--concurrency", "2", "--max-attempts", "2",
          "--backoff", "0.05", "--backoff-limit", "0.1", "--reclaim-after", "5"])  # fmt: skip
    stopper.join()
    assert time.monotonic() - started < 20
    consumers: Any = store.xinfo_consumers(stream, "grp")
    assert [consumer["name"] for consumer in consumers] == [b"me"]
    letters: Any = store.xrange(f"{stream}:dead")
    ((_, letter),) = letters
    assert letter[b"attempts"] == b"2" and letter[b"error"] == b"RuntimeError"
    assert store.xlen(stream) == 0


def test_dead_letters_are_found_by_their_id(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)

    async def scenario() -> None:
        ids = [
            (await inbox.redis.xadd(inbox.dead, {"kind": ENTITY, "body": event(n)})).decode()
            for n in range(101)
        ]
        assert len(await inbox.dead_letters()) == 100  # the oldest 100 by default
        assert await inbox.dead_letter_body(ids[7]) == event(7)
        assert await inbox.replay(["0-1", ids[9], ids[8]]) == 2  # an unknown ID is skipped
        appended = await inbox.redis.xrange(inbox.stream)
        assert [fields[b"body"] for _, fields in appended] == [event(9), event(8)]
        assert await inbox.redis.xlen(inbox.dead) == 99
        assert await inbox.drop([ids[0], "0-1"]) == 1
        await inbox.aclose()

    asyncio.run(scenario())


def test_a_dead_letter_keeps_the_innermost_five_frames(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)

    def deep(level: int) -> None:
        if level:
            deep(level - 1)
        raise ValueError("at the bottom")

    def handle(received: Any) -> None:
        deep(8)

    async def scenario() -> dict[str, str]:
        async with working(Worker(handle, inbox, max_attempts=1, reclaim_after=2)):
            await inbox.append(ENTITY, event(1))
            deadline = time.monotonic() + 10
            while await inbox.redis.xlen(inbox.dead) < 1:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        ((_, letter),) = await inbox.dead_letters()
        await inbox.aclose()
        return letter

    frames = asyncio.run(scenario())["where"].split(" < ")
    assert len(frames) == 5
    assert all(re.fullmatch(r"test_inbox\.py:\d+ deep", frame) for frame in frames)


@pytest.mark.parametrize("mode", ["sync", "async", "sync returning a coroutine", "no server"])
def test_a_sync_handler_marks_its_event_done_in_its_own_thread(
    valkey_url: str, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """The loop may be slow to get to a finished thread: the thread marks the event done
    itself (a kill in between would run the handler again); the loop marks the rest."""
    inbox = make_inbox(valkey_url)
    by_loop: list[str] = []
    mark_done = Worker._mark_done

    async def recording(self: Worker, key: str) -> None:
        by_loop.append(key)
        await mark_done(self, key)

    monkeypatch.setattr(Worker, "_mark_done", recording)
    ran: list[int] = []

    async def later() -> None:
        ran.append(2)

    def handle(received: Any) -> Any:
        ran.append(1)
        return later() if mode == "sync returning a coroutine" else None

    async def handle_async(received: Any) -> None:
        ran.append(1)

    async def scenario() -> None:
        worker = Worker(handle_async if mode == "async" else handle, inbox, reclaim_after=2)
        if mode == "no server":
            worker._thread_redis = redis.Redis.from_url(f"redis://127.0.0.1:{free_port()}/0")
        async with working(worker):
            await inbox.append(ENTITY, event(1))
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert await inbox.redis.get(inbox.events + key(1)) == b"done"
        await inbox.aclose()

    asyncio.run(scenario())
    assert by_loop == ([] if mode == "sync" else [inbox.events + key(1)])
    assert ran == ([1, 2] if mode == "sync returning a coroutine" else [1])


def test_an_entry_deleted_while_pending_is_acknowledged(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)

    async def scenario() -> None:
        await inbox.ensure_group()
        entry = await inbox.append(ENTITY, event(1))
        await inbox.redis.xreadgroup(inbox.group, "ghost", {inbox.stream: ">"}, count=1)
        await inbox.redis.xdel(inbox.stream, entry)  # trimmed by hand, say
        async with working(Worker(print, inbox, reclaim_after=1)):
            deadline = time.monotonic() + 10
            while (await inbox.redis.xpending(inbox.stream, inbox.group))["pending"]:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        await inbox.aclose()

    asyncio.run(scenario())
