"""The inbox's worker (altegio_devtools.inbox) against a real Valkey: de-duplication,
retries with backoff, dead letters and their command, taking over from a silent consumer,
renewing a long handler's entries, a group the server lost. Deadlines, not sleeps, decide."""

from __future__ import annotations

import asyncio
import calendar
import contextlib
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
            both = b"[" + event(2) + b"," + event(4) + b"]"  # an array: each event on its own
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


def test_a_failing_handler_is_retried_with_backoff_until_it_succeeds(
    valkey_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    tries: list[float] = []

    def handle(received: Any) -> None:
        tries.append(time.monotonic())
        if len(tries) < 3:
            raise ConnectionError("the database is restarting")

    async def scenario() -> None:
        inbox = make_inbox(valkey_url)
        worker = Worker(handle, inbox, backoff=Backoff(0.1, 5.0, 10), reclaim_after=2)
        async with working(worker):
            entry = await inbox.append(ENTITY, event(1))
            await until(lambda: len(tries) == 3)
            failures = [f"inbox handler failed for {entry} (ConnectionError), attempt {n} of 10"
                        for n in (1, 2)]  # fmt: skip
            assert [m for m in caplog.messages if "handler failed" in m] == failures
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert await inbox.redis.xlen(inbox.dead) == 0
        assert not [m for m in caplog.messages if "taken over" in m]  # read, not reclaimed
        await inbox.aclose()

    asyncio.run(scenario())
    gaps = [later - earlier for earlier, later in itertools.pairwise(tries)]
    assert gaps[0] >= 0.1 and gaps[1] >= 0.5  # 0.1 s, then five times that
    assert gaps[0] < 0.5  # the first delay after the first failure


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


def test_entries_of_a_silent_consumer_are_taken_over(
    valkey_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    inbox = make_inbox(valkey_url)
    handled: list[float] = []

    async def scenario() -> None:
        await inbox.ensure_group()
        entry = await inbox.append(ENTITY, event(5))
        # A consumer reads the entry, then dies without a word.
        await inbox.redis.xreadgroup(inbox.group, "ghost", {inbox.stream: ">"}, count=1)
        read = time.monotonic()
        async with working(Worker(lambda e: handled.append(time.monotonic()), inbox,
                                  reclaim_after=1)):  # fmt: skip
            await until(lambda: len(handled) == 1)
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert handled[0] - read >= 1  # only once it was silent that long
        assert f"inbox entry {entry} taken over from a silent consumer" in caplog.messages
        await inbox.aclose()

    asyncio.run(scenario())


def test_a_long_handler_keeps_its_entry_while_its_consumer_lives(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    started: list[str] = []

    async def slow(received: Any) -> None:
        started.append("run")
        await asyncio.sleep(2.0)  # twice reclaim_after

    async def scenario() -> None:
        first = Worker(slow, inbox, consumer="first", reclaim_after=1)
        second = Worker(slow, inbox, consumer="second", reclaim_after=1)
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


def test_an_entry_whose_consumers_keep_dying_is_a_dead_letter(
    valkey_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    inbox = make_inbox(valkey_url)
    calls: list[Any] = []

    async def scenario() -> None:
        await inbox.ensure_group()
        entry = await inbox.append(ENTITY, event(8))
        await inbox.redis.xreadgroup(inbox.group, "ghost", {inbox.stream: ">"}, count=1)
        await inbox.redis.hset(inbox.attempts, entry, 3)  # three consumers died in its handler
        other = await inbox.append(ENTITY, event(9))
        await inbox.redis.xreadgroup(inbox.group, "ghost", {inbox.stream: ">"}, count=1)
        await inbox.redis.hset(inbox.attempts, other, 2)  # two died: one start is left
        async with working(Worker(calls.append, inbox, max_attempts=3, reclaim_after=1)):
            deadline = time.monotonic() + 10
            while await inbox.redis.xlen(inbox.dead) < 1 or not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        ((_, letter),) = await inbox.dead_letters()
        assert letter["attempts"] == "3" and letter["entry"] == entry
        assert not await inbox.redis.exists(inbox.events + key(8))  # its claim released
        assert not [m for m in caplog.messages if f"failed for {other}" in m]  # ran at once
        await inbox.aclose()

    asyncio.run(scenario())
    assert [webhooks.event_key(handled) for handled in calls] == [key(9)]


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
    with pytest.raises(
        ValueError, match=r"^reclaim_after must be at least twice the inbox's timeout$"
    ):
        Worker(print, inbox, reclaim_after=3)
    with pytest.raises(ValueError, match=r"^max_attempts and concurrency must be at least 1$"):
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


@pytest.fixture
def far_from_utc(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A local time zone nine hours ahead of UTC, for this test only."""
    monkeypatch.setenv("TZ", "UTC-9")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_dead_letter_says_when_and_where(
    valkey_url: str, far_from_utc: None, caplog: pytest.LogCaptureFixture
) -> None:
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
        assert f"inbox entry {entry} is a dead letter (KeyError)" in caplog.messages
        assert not await inbox.redis.exists(inbox.events + key(3))  # its claim released
        assert await inbox.dead_letter_body("0-1") is None
        assert await inbox.replay(["0-1"]) == 0 and await inbox.drop([]) == 0
        await inbox.aclose()
        return letter

    letter = asyncio.run(scenario())
    assert letter["error"] == "KeyError" and letter["attempts"] == "1"
    assert letter["where"].endswith("test_inbox.py:" + letter["where"].rsplit(":", 1)[1])
    assert " fails" in letter["where"] and " < " in letter["where"]  # innermost last
    failed_at = time.strptime(letter["failed_at"], "%Y-%m-%dT%H:%M:%SZ")
    assert abs(calendar.timegm(failed_at) - time.time()) < 60  # UTC, not the local time


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
    assert store.xlen(stream) == 1 and store.xlen(f"{stream}:dead") == 0  # dropped, not replayed
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
    assert capsys.readouterr().err.endswith(": error: --url or ALTEGIO_REDIS_URL is required\n")
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
    monkeypatch.setenv("COLUMNS", "200")  # one line per option: whole lines are compared
    with pytest.raises(SystemExit):
        main(["work", "--help"])
    usage = capsys.readouterr().out
    assert usage.startswith("usage: python -m altegio_devtools.inbox work")
    lines = [
        r"  handler +module:function, sync or async, taking one event",
        r"  --consumer CONSUMER +this consumer's name \(default: host:pid\)",
        r"  --backoff BACKOFF +first retry delay \(s\)",
    ]
    for line in lines:
        assert re.search(f"^{line}$", usage, re.MULTILINE), line
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = capsys.readouterr().out
    first_paragraph = (
        "A durable inbox for Altegio's webhooks on Redis/Valkey Streams (the `redis` extra)."
    )
    assert f"\n{first_paragraph}\n" in usage and "Altegio delivers" not in usage
    commands = [
        ("work", "consume the inbox"),
        ("dead", r"list dead letters \(no bodies\)"),
        ("show", "print a dead letter's body"),
        ("replay", "replay dead letters"),
        ("drop", "drop dead letters"),
    ]
    for name, summary in commands:
        assert re.search(f"^    {name} +{summary}$", usage, re.MULTILINE), name


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

    threads: list[str] = []

    def handle(received: Any) -> Any:
        ran.append(1)
        threads.append(threading.current_thread().name)
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
        ttl = await inbox.redis.ttl(inbox.events + key(1))
        assert 7 * 86400 - 100 < ttl <= 7 * 86400
        await inbox.aclose()

    asyncio.run(scenario())
    assert by_loop == ([] if mode == "sync" else [inbox.events + key(1)])
    assert ran == ([1, 2] if mode == "sync returning a coroutine" else [1])
    assert all(name.startswith("inbox-handler_") for name in threads)  # the worker's own pool


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


class Monitor:
    """The commands the server receives (MONITOR) that name `stream`, as argument lists."""

    def __init__(self, url: str, stream: str) -> None:
        self.stream = stream
        self.commands: list[list[str]] = []
        self.times: list[float] = []  # when the server received each
        self.client = redis.Redis.from_url(url)
        self.monitor: Any = self.client.monitor()  # type: ignore[no-untyped-call]
        self.monitor.__enter__()
        self.thread = threading.Thread(target=self._listen, daemon=True)
        self.thread.start()

    def _listen(self) -> None:
        with contextlib.suppress(Exception):  # the connection closed by stop()
            for received in self.monitor.listen():
                words = received["command"].split()  # (no names or IDs with spaces here)
                if self.stream in words:
                    self.times.append(received["time"])
                    self.commands.append(words)

    def named(self, name: str) -> list[list[str]]:
        return [words for words in self.commands if words[0].upper() == name]

    def gaps(self, name: str) -> list[float]:
        """The seconds between one `name` command and the next."""
        times = [
            at
            for at, words in zip(self.times, self.commands, strict=True)
            if words[0].upper() == name
        ]
        return [later - earlier for earlier, later in itertools.pairwise(times)]

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.monitor.connection.disconnect()
        self.thread.join(5)
        self.client.close()


def test_the_worker_reads_claims_and_renews_with_these_commands(valkey_url: str) -> None:
    """The exact arguments: how many entries a read takes (one per free slot) and how long it
    blocks (half the timeout), how idle an entry is before it is taken over, how many are
    taken over at once, and the renewal of the entries held."""
    inbox = make_inbox(valkey_url, timeout=0.5)
    release = asyncio.Event()
    started: list[str] = []

    async def held(received: Any) -> None:
        started.append("run")
        await release.wait()

    async def scenario() -> None:
        await inbox.ensure_group()
        ghosts = [await inbox.append(ENTITY, event(n)) for n in (11, 12, 13)]
        await inbox.redis.xreadgroup(inbox.group, "ghost", {inbox.stream: ">"}, count=3)
        monitor = Monitor(valkey_url, inbox.stream)
        try:
            await asyncio.sleep(0.2)  # MONITOR is on
            worker = Worker(held, inbox, consumer="me", concurrency=2, reclaim_after=1)
            async with working(worker):
                new = await inbox.append(ENTITY, event(1))
                await until(lambda: len(started) == 2)  # the new entry and one taken over
                await until(lambda: len(monitor.named("XCLAIM")) >= 2)
                release.set()
                deadline = time.monotonic() + 10
                while not await settled(inbox):
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.01)
        finally:
            monitor.stop()
        reads = monitor.named("XREADGROUP")
        assert reads[0] == ["XREADGROUP", "GROUP", inbox.group, "me", "COUNT", "2", "BLOCK",
                            "250", "STREAMS", inbox.stream, ">"]  # fmt: skip
        assert all(words[5] in {"1", "2"} and words[7] == "250" for words in reads)
        claims = monitor.named("XAUTOCLAIM")
        assert claims and all(
            words == ["XAUTOCLAIM", inbox.stream, inbox.group, "me", "1000", "0-0", "COUNT", "2"]
            for words in claims
        )
        # every third of reclaim_after (the first renewal is early: the loop started first)
        assert min(monitor.gaps("XAUTOCLAIM")) >= 0.3 and len(claims) >= 2
        assert max(monitor.gaps("XAUTOCLAIM")) < 1.5  # not reclaim_after or more apart
        assert all(0.3 <= gap < 1.0 for gap in monitor.gaps("XCLAIM"))  # before idle
        renewal = monitor.named("XCLAIM")[0]
        assert renewal[:5] == ["XCLAIM", inbox.stream, inbox.group, "me", "0"]
        assert renewal[-1].upper() == "JUSTID"
        assert new in renewal[5:-1] and set(renewal[5:-1]) <= {new, *ghosts}
        await inbox.aclose()

    asyncio.run(scenario())


def test_the_group_reads_the_stream_from_its_start(valkey_url: str) -> None:
    """Entries appended before the group existed are read; a second creation is harmless;
    what is not a stream is an error."""
    inbox = make_inbox(valkey_url)

    async def scenario() -> None:
        entry = await inbox.append(ENTITY, event(1))  # creates the stream, not the group
        await inbox.ensure_group()
        await inbox.ensure_group()
        answer = await inbox.redis.xreadgroup(inbox.group, "c", {inbox.stream: ">"})
        assert [found.decode() for found, _ in answer[0][1]] == [entry]
        fresh = make_inbox(valkey_url)
        await fresh.ensure_group()  # no stream yet: created with the group
        assert await fresh.redis.xlen(fresh.stream) == 0
        await fresh.redis.delete(fresh.stream)
        await fresh.redis.set(fresh.stream, "not a stream")
        with pytest.raises(redis.exceptions.ResponseError, match="WRONGTYPE"):
            await fresh.ensure_group()
        await fresh.aclose()
        await inbox.aclose()

    asyncio.run(scenario())


def test_resting_entries_free_their_slots_and_a_stopped_worker_leaves_them_pending(
    valkey_url: str,
) -> None:
    """Concurrency 1: while failed entries wait for their next attempt, the next entry runs;
    on stop, the resting entries are not tried again but stay pending for another consumer."""
    inbox = make_inbox(valkey_url)
    calls: list[int] = []

    def handle(received: Any) -> None:
        calls.append(received.resource_id)
        if received.resource_id in {1, 2}:
            raise ConnectionError("down for a while")

    async def scenario() -> None:
        worker = Worker(handle, inbox, concurrency=1, backoff=Backoff(30), reclaim_after=2)
        async with working(worker):
            failing = [await inbox.append(ENTITY, event(1))]
            await until(lambda: calls == [1])
            failing.append(await inbox.append(ENTITY, event(2)))
            await until(lambda: calls == [1, 2])
            await inbox.append(ENTITY, event(3))
            await until(lambda: calls == [1, 2, 3])
        pending = await inbox.redis.xpending_range(inbox.stream, inbox.group, "-", "+", 10)
        assert [found["message_id"].decode() for found in pending] == failing
        assert await inbox.redis.xlen(inbox.dead) == 0
        assert await inbox.redis.hmget(inbox.attempts, failing) == [b"1", b"1"]
        await inbox.aclose()

    asyncio.run(scenario())
    assert calls == [1, 2, 3]


def test_an_entry_done_resting_takes_its_slot_again(valkey_url: str) -> None:
    """Concurrency 1: once a retried entry is finished, each read takes one entry again."""
    inbox = make_inbox(valkey_url)
    calls: list[int] = []

    def handle(received: Any) -> None:
        calls.append(received.resource_id)
        if len(calls) == 1:
            raise ConnectionError("down for a moment")

    async def scenario() -> None:
        monitor = Monitor(valkey_url, inbox.stream)
        try:
            await asyncio.sleep(0.2)  # MONITOR is on
            worker = Worker(handle, inbox, concurrency=1, backoff=Backoff(0.05), reclaim_after=2)
            async with working(worker):
                await inbox.append(ENTITY, event(1))
                deadline = time.monotonic() + 10
                while calls != [1, 1] or not await settled(inbox):
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.01)
                reads = len(monitor.named("XREADGROUP"))
                await until(lambda: len(monitor.named("XREADGROUP")) >= reads + 2)
        finally:
            monitor.stop()
        assert {words[5] for words in monitor.named("XREADGROUP")} == {"1"}  # COUNT 1
        await inbox.aclose()

    asyncio.run(scenario())


def test_server_errors_around_a_handler_are_retried(
    valkey_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Counting the attempt fails (the handler does not run), then, once it ran, finishing
    the entry fails: each is tried again until the server takes it; the handler ran once."""
    inbox = make_inbox(valkey_url)
    calls: list[str] = []
    broken = asyncio.Event()

    async def handle(received: Any) -> None:
        calls.append("run")
        await inbox.redis.delete(inbox.attempts)
        await inbox.redis.set(inbox.attempts, "not a hash")  # finishing (HDEL) fails
        broken.set()

    async def scenario() -> None:
        await inbox.redis.set(inbox.attempts, "not a hash")  # counting (HINCRBY) fails
        async with working(Worker(handle, inbox, reclaim_after=2, busy_pause=0.05)):
            entry = await inbox.append(ENTITY, event(1))
            await until(lambda: f"inbox server error on {entry} (ResponseError)" in caplog.messages)
            assert calls == []
            await inbox.redis.delete(inbox.attempts)
            await asyncio.wait_for(broken.wait(), 10)
            retrying = "inbox server unavailable (ResponseError): retrying"
            await until(lambda: caplog.messages.count(retrying) >= 2)
            await inbox.redis.delete(inbox.attempts)
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert calls == ["run"]
        await inbox.aclose()

    asyncio.run(scenario())


def test_an_entry_taken_over_by_its_own_consumer_runs_once(valkey_url: str) -> None:
    """Renewal came too late (the entry looks idle) and the consumer's own XAUTOCLAIM returns
    an entry it is still working on: no second task runs it."""
    inbox = make_inbox(valkey_url)
    release = asyncio.Event()
    runs: list[str] = []

    async def held(received: Any) -> None:
        runs.append("run")
        await release.wait()

    async def scenario() -> None:
        monitor = Monitor(valkey_url, inbox.stream)
        try:
            await asyncio.sleep(0.2)  # MONITOR is on
            async with working(Worker(held, inbox, consumer="me", reclaim_after=1)):
                entry = await inbox.append(ENTITY, event(1))
                await until(lambda: runs == ["run"])
                claims = len(monitor.named("XAUTOCLAIM"))
                await inbox.redis.xclaim(inbox.stream, inbox.group, "me", 0, [entry],
                                         idle=60_000, justid=True)  # fmt: skip
                await until(lambda: len(monitor.named("XAUTOCLAIM")) >= claims + 2)
                release.set()
                deadline = time.monotonic() + 10
                while not await settled(inbox):
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.01)
        finally:
            monitor.stop()
        assert runs == ["run"]
        await inbox.aclose()

    asyncio.run(scenario())


def test_a_strict_worker_makes_a_drifted_event_a_dead_letter(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    drifted = json.dumps({"company_id": 1, "resource": "record", "resource_id": 1,
                          "status": "create", "data": {"id": "x"}}).encode()  # fmt: skip
    calls: list[Any] = []

    async def scenario() -> None:
        await inbox.append(ENTITY, drifted)
        async with working(Worker(calls.append, inbox, strict=True, reclaim_after=2)):
            deadline = time.monotonic() + 10
            while await inbox.redis.xlen(inbox.dead) < 1:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        ((_, letter),) = await inbox.dead_letters()
        assert letter["error"] == "InvalidWebhookError" and calls == []
        async with working(Worker(calls.append, inbox, reclaim_after=2)):  # lenient: handled
            await inbox.replay([entry for entry, _ in await inbox.dead_letters()])
            await until(lambda: len(calls) == 1)
        await inbox.aclose()

    asyncio.run(scenario())


def test_replay_and_drop_all_take_every_dead_letter(
    valkey_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """More than a page of them (`dead` lists 100 by default)."""
    stream = f"test:{uuid.uuid4().hex}"
    store = redis.Redis.from_url(valkey_url)

    def bury() -> None:
        with store.pipeline() as pipe:
            for n in range(150):
                pipe.xadd(f"{stream}:dead", {"kind": ENTITY, "body": event(n)})
            pipe.execute()

    common = ["--url", valkey_url, "--stream", stream]
    bury()
    main(["replay", "--all", *common])
    assert capsys.readouterr().out == "replay: 150 of 150\n"
    assert store.xlen(stream) == 150 and store.xlen(f"{stream}:dead") == 0
    bury()
    main(["drop", "--all", *common])
    assert capsys.readouterr().out == "drop: 150 of 150\n"
    assert store.xlen(stream) == 150 and store.xlen(f"{stream}:dead") == 0
    store.close()


def test_a_server_error_between_an_entrys_events_is_not_a_lost_attempt(
    valkey_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Two events in one delivery, max_attempts=1: the first ran (an attempt counted), then
    the server failed on the second's claim. Trying again counts another attempt, which is
    not a consumer that died in a handler: the second event still runs."""
    inbox = make_inbox(valkey_url)
    calls: list[str] = []

    async def scenario() -> None:
        await inbox.redis.hset(inbox.events + key(2), "not", "a claim")  # its claim fails
        both = b"[" + event(1) + b"," + event(2) + b"]"
        worker = Worker(lambda e: calls.append(webhooks.event_key(e)), inbox, max_attempts=1,
                        reclaim_after=2, busy_pause=0.05)  # fmt: skip
        async with working(worker):
            entry = await inbox.append(ENTITY, both)
            await until(lambda: f"inbox server error on {entry} (ResponseError)" in caplog.messages)
            assert calls == [key(1)]
            await inbox.redis.delete(inbox.events + key(2))
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert calls == [key(1), key(2)]
        assert await inbox.redis.xlen(inbox.dead) == 0
        await inbox.aclose()

    asyncio.run(scenario())


def test_a_worker_stopped_while_the_server_refuses_a_write_returns(
    valkey_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Finishing the entry keeps failing; stop() ends the retries and run() returns."""
    inbox = make_inbox(valkey_url)
    calls: list[str] = []

    async def handle(received: Any) -> None:
        calls.append("run")
        await inbox.redis.set(inbox.attempts, "not a hash")  # finishing (HDEL) fails

    async def scenario() -> None:
        retrying = "inbox server unavailable (ResponseError): retrying"
        async with working(Worker(handle, inbox, reclaim_after=2)):
            await inbox.append(ENTITY, event(1))
            await until(lambda: retrying in caplog.messages)
        assert calls == ["run"]
        await inbox.redis.delete(inbox.attempts)
        await inbox.aclose()

    asyncio.run(scenario())


def test_short_done_and_claim_lifetimes_are_whole_seconds(valkey_url: str) -> None:
    inbox = make_inbox(valkey_url)
    ttls: list[int] = []

    async def handle(received: Any) -> None:
        ttls.append(await inbox.redis.pttl(inbox.events + webhooks.event_key(received)))

    async def scenario() -> None:
        worker = Worker(handle, inbox, reclaim_after=2, done_ttl=0.4, claim_ttl=0.4)
        async with working(worker):
            await inbox.append(ENTITY, event(1))
            deadline = time.monotonic() + 10
            while not await settled(inbox):
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
            ttls.append(await inbox.redis.pttl(inbox.events + key(1)))
        await inbox.aclose()

    asyncio.run(scenario())
    claim, done = ttls
    assert 0 < claim <= 1000 and 0 < done <= 1000  # at least a second (0 would be invalid)


def test_a_claim_the_server_cannot_release_is_logged(
    valkey_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A failed handler's claim cannot be released (its key was replaced): a warning naming
    the error's type, and the entry is a dead letter all the same."""
    inbox = make_inbox(valkey_url)

    async def handle(received: Any) -> None:
        claim = inbox.events + webhooks.event_key(received)
        await inbox.redis.delete(claim)
        await inbox.redis.hset(claim, "not", "a claim")
        raise LookupError("fails")

    async def scenario() -> None:
        async with working(Worker(handle, inbox, max_attempts=1, reclaim_after=2)):
            await inbox.append(ENTITY, event(1))
            deadline = time.monotonic() + 10
            while await inbox.redis.xlen(inbox.dead) < 1:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        assert "could not release a claim (ResponseError)" in caplog.messages
        await inbox.redis.delete(inbox.events + key(1))
        await inbox.aclose()

    asyncio.run(scenario())


def test_a_timed_out_append_is_not_sent_again(tmp_path: Path) -> None:
    """The server stalls: the append times out and the caller is told (Altegio retries
    itself); it is not sent again, as the server may still run it, and does once it wakes."""
    server = ValkeyServer(tmp_path / "valkey")
    server.start()

    async def scenario() -> None:
        inbox = RedisInbox(server.url, stream="stalled", timeout=0.5)
        await inbox.append(ENTITY, event(1))  # connected
        server.freeze()
        try:
            with pytest.raises(redis.exceptions.TimeoutError):
                await inbox.append(ENTITY, event(2))
        finally:
            server.thaw()
        await asyncio.sleep(0.2)  # (what it had received, it runs now)
        assert await inbox.redis.xlen("stalled") == 2
        await asyncio.to_thread(server.restart)  # a broken connection: once more at once
        assert await inbox.append(ENTITY, event(3))
        await inbox.aclose()

    try:
        asyncio.run(scenario())
    finally:
        server.stop()


@pytest.mark.parametrize("cause", ["busy", "server error"])
def test_entries_resting_after_a_busy_claim_or_a_server_error_free_their_slots(
    valkey_url: str, cause: str
) -> None:
    """Concurrency 1, a long pause: each entry's claim is held elsewhere (a duplicate) or
    the server fails to count its attempt; each rests, and the next one is read meanwhile."""
    inbox = make_inbox(valkey_url)

    async def scenario() -> None:
        await inbox.ensure_group()
        if cause == "busy":
            for n in (1, 2, 3):
                await inbox.redis.set(inbox.events + key(n), "0-1", ex=60)  # another entry's
        else:
            await inbox.redis.set(inbox.attempts, "not a hash")
        worker = Worker(print, inbox, concurrency=1, busy_pause=30, reclaim_after=2)
        async with working(worker):
            for n in (1, 2, 3):
                await inbox.append(ENTITY, event(n))
            deadline = time.monotonic() + 10
            while (await inbox.redis.xpending(inbox.stream, inbox.group))["pending"] < 3:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.01)
        for n in (1, 2, 3):
            await inbox.redis.delete(inbox.events + key(n))
        await inbox.redis.delete(inbox.attempts)
        await inbox.aclose()

    asyncio.run(scenario())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_stop_lets_the_running_handlers_finish(valkey_url: str, mode: str) -> None:
    """run() returns once the handlers that were running have finished their entries."""
    inbox = make_inbox(valkey_url)
    started = threading.Event()
    finished: list[str] = []

    def handle(received: Any) -> None:
        started.set()
        time.sleep(0.5)
        finished.append("sync")

    async def handle_async(received: Any) -> None:
        started.set()
        await asyncio.sleep(0.5)
        finished.append("async")

    async def scenario() -> None:
        worker = Worker(handle if mode == "sync" else handle_async, inbox, reclaim_after=2)
        async with working(worker):
            await inbox.append(ENTITY, event(1))
            await until(started.is_set)
        assert finished == [mode]
        assert await settled(inbox)
        await inbox.aclose()

    asyncio.run(scenario())
