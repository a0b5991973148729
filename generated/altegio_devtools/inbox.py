"""A durable inbox for Altegio's webhooks on Redis/Valkey Streams (the `redis` extra).

Altegio delivers a webhook at most three times within ~13 s (2 retries 1.5 s apart, 10 s
timeout), so a receiver that runs the handler in the request loses every event whose handler
fails for longer, and every event of a worker killed mid-handler. With an inbox the receiver
(`WebhookReceiver(..., inbox=RedisInbox(url))`) only authenticates and checks a delivery,
appends it to a stream (XADD), and answers 200 once the server acknowledged the append (503
when it could not: Altegio retries). Workers process the stream at their own pace:

    python -m altegio_devtools.inbox work myapp.hooks:handle --url redis://10.0.0.5:6379/0

- Consumer groups: any number of worker processes on any hosts share the work; each entry
  goes to one of them, and stays pending until it is finished.
- At-least-once delivery to the handler (sync, in a thread; or async), de-duplicated by
  `webhooks.event_key` (marked done for `done_ttl`, 7 days): a repeated delivery, concurrent or
  days later, does not run the handler again. Only a consumer killed after its handler
  returned but before it marked the event done runs it twice; keep handlers idempotent.
- A failing handler is retried with exponential backoff (`Backoff`); after `max_attempts`
  the entry moves to the dead-letter stream (`<stream>:dead`) with its error kept as the
  exception's type and where it was raised (not its message, which may hold other data).
  `python -m altegio_devtools.inbox dead|show|replay|drop` inspects and replays them.
- A consumer that dies keeps its entries pending; another takes them over after
  `reclaim_after` seconds of silence (XAUTOCLAIM). A live consumer renews the entries it holds,
  so a long handler is not taken from it; an entry whose consumers kept dying is a dead letter
  after `max_attempts` starts.

Why not a task queue (Celery, RQ, arq, Dramatiq): each is another dependency and broker
format, and none de-duplicates by an event key; Streams already hold what is needed here
(consumer groups, pending entries, XAUTOCLAIM), in the Redis the rate limiter uses.

Persistence: the stream is only as durable as the server. Run it with AOF (`appendonly yes`;
`appendfsync everysec` loses at most the last second on a power cut, `always` nothing). Without
persistence a restart empties the server: entries not yet processed are lost (Altegio was
answered 200 and will not deliver them again), and the done markers too, so a later
redelivery of an event handled before the restart runs its handler again.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import functools
import importlib
import inspect
import json
import logging
import os
import re
import signal
import socket
import sys
import time
import traceback
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from . import webhooks

__all__ = [
    "ENTITY", "LIFECYCLE", "Backoff", "Inbox", "RedisInbox", "Worker", "command_line", "main"
]  # fmt: skip

logger: logging.Logger = logging.getLogger("altegio_devtools.inbox")

#: The kinds of delivery an entry holds: its body is read as the receiver read it.
ENTITY = "events"
LIFECYCLE = "lifecycle"

AnyEvent = webhooks.Event | webhooks.MarketplaceEvent
Handler = Callable[[AnyEvent], Awaitable[None] | None]

# One round trip per decision: done (0), claimed by this entry (1), held by another entry (2).
_CLAIM = """
local state = redis.call('GET', KEYS[1])
if state == 'done' then return 0 end
if state == false or state == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
  return 1
end
return 2
"""
_UNCLAIM = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
"""
_DONE, _MINE = 0, 1


class Inbox(Protocol):
    """What the receiver needs: append a checked delivery, check the store, close."""

    async def append(self, kind: str, body: bytes) -> str: ...
    async def ping(self) -> None: ...
    async def aclose(self) -> None: ...


class RedisInbox:
    """The stream `stream` on the Redis/Valkey server at `url`, its consumer group `group`,
    and beside it `<stream>:dead` (dead letters), `<stream>:attempts` and `<stream>:event:*`
    (claims and done markers). Calls give up after `timeout` seconds."""

    def __init__(
        self,
        url: str,
        *,
        stream: str = "altegio-devtools:inbox",
        group: str = "altegio-devtools",
        timeout: float = 2.0,
    ) -> None:
        import redis.asyncio  # noqa: PLC0415 (an optional extra)
        from redis.asyncio.retry import Retry  # noqa: PLC0415
        from redis.backoff import NoBackoff  # noqa: PLC0415
        from redis.exceptions import ConnectionError as Disconnected  # noqa: PLC0415

        # Once more at once on a broken connection (a restarted server), never after a
        # timeout: the caller (Altegio's 10 s) is waiting, and the command may have run.
        self.redis: Any = redis.asyncio.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 1, (Disconnected,)),
        )
        self.url: str = url
        self.timeout: float = timeout
        self.stream: str = stream
        self.group: str = group
        self.dead: str = f"{stream}:dead"
        self.attempts: str = f"{stream}:attempts"
        self.events: str = f"{stream}:event:"

    async def append(self, kind: str, body: bytes) -> str:
        """Append a delivery; returns once the server holds it (its entry ID)."""
        entry: bytes = await self.redis.xadd(self.stream, {"kind": kind, "body": body})
        return entry.decode()

    async def ping(self) -> None:
        await self.redis.ping()

    async def aclose(self) -> None:
        await self.redis.aclose()

    async def ensure_group(self) -> None:
        """Create the stream and the group reading it from the start, unless they exist."""
        import redis.exceptions  # noqa: PLC0415

        try:
            await self.redis.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except redis.exceptions.ResponseError as error:
            if "BUSYGROUP" not in str(error):
                raise

    async def dead_letters(self, count: int | None = 100) -> list[tuple[str, dict[str, str]]]:
        """The oldest `count` dead letters (None: all): (ID, fields), the body left out."""
        entries = await self.redis.xrange(self.dead, count=count)
        return [
            (entry.decode(), {k.decode(): v.decode() for k, v in fields.items() if k != b"body"})
            for entry, fields in entries
        ]

    async def dead_letter_body(self, entry: str) -> bytes | None:
        entries = await self.redis.xrange(self.dead, min=entry, max=entry)
        return bytes(entries[0][1][b"body"]) if entries else None

    async def replay(self, entries: Sequence[str]) -> int:
        """Append these dead letters to the stream again (attempts start afresh) and remove
        them from the dead letters; the number replayed."""
        replayed = 0
        for entry in entries:
            found = await self.redis.xrange(self.dead, min=entry, max=entry)
            if not found:
                continue
            fields = found[0][1]
            async with self.redis.pipeline() as pipe:
                pipe.xadd(self.stream, {"kind": fields[b"kind"], "body": fields[b"body"]})
                pipe.xdel(self.dead, entry)
                await pipe.execute()
            replayed += 1
        return replayed

    async def drop(self, entries: Sequence[str]) -> int:
        if not entries:
            return 0
        dropped: int = await self.redis.xdel(self.dead, *entries)
        return dropped


@dataclass(frozen=True)
class Backoff:
    """The pause after a handler's n-th failure: initial * factor**(n-1), at most `limit`."""

    initial: float = 1.0
    factor: float = 2.0
    limit: float = 300.0

    def delay(self, failures: int) -> float:
        return float(min(self.limit, self.initial * self.factor ** max(0, failures - 1)))


def _to_read(concurrency: int, held: int, resting: int) -> int:
    """How many new entries to read: one per free handler slot (an entry resting before its
    next attempt frees its slot), none while 8 times the concurrency are held."""
    if held >= 8 * concurrency:
        return 0
    return max(0, concurrency - (held - resting))


def _pauses() -> Iterator[float]:
    """The pauses between tries of what the server failed: 0.1 s, doubling up to 5 s."""
    pause = 0.1
    while True:
        yield pause
        pause = min(pause * 2, 5.0)


def _block_ms(timeout: float) -> int:
    """How long XREADGROUP waits: half the socket timeout, in ms (0 would wait forever)."""
    return max(1, int(timeout * 500))


class _Busy(Exception):
    """Another entry (a duplicate delivery) holds the event's claim."""


class _Failed(Exception):
    """The handler failed (`error`) on its `attempts`-th attempt; never shown itself."""

    def __init__(self, error: BaseException, attempts: int) -> None:
        self.error = error
        self.attempts = attempts


class Worker:
    """A consumer of `inbox`'s group: runs `handler` for every event appended there.

    `partner_token` reads lifecycle deliveries (the receiver checked them already);
    `concurrency` handlers run at once; a failing entry is tried `max_attempts` times,
    `backoff` apart, then dead-lettered; entries of a consumer silent for `reclaim_after`
    seconds are taken over."""

    def __init__(
        self,
        handler: Handler,
        inbox: RedisInbox,
        *,
        partner_token: str | None = None,
        strict: bool = False,
        consumer: str | None = None,
        concurrency: int = 16,
        max_attempts: int = 10,
        backoff: Backoff = Backoff(),
        reclaim_after: float = 30.0,
        busy_pause: float = 0.5,
        done_ttl: float = 7 * 86400,
        claim_ttl: float = 3600,
    ) -> None:
        if max_attempts < 1 or concurrency < 1:
            raise ValueError("max_attempts and concurrency must be at least 1")
        if reclaim_after < 2 * inbox.timeout:  # renewals (every third of it) must land
            raise ValueError("reclaim_after must be at least twice the inbox's timeout")
        self._handler = handler
        self._inbox = inbox
        self._redis = inbox.redis
        import redis  # noqa: PLC0415 (an optional extra)

        # For the sync handlers' threads: each marks its event done as soon as it returns.
        self._thread_redis: Any = redis.Redis.from_url(
            inbox.url, socket_timeout=inbox.timeout, socket_connect_timeout=inbox.timeout
        )
        self._partner_token = partner_token
        self._strict = strict
        self.consumer: str = consumer or f"{socket.gethostname()}:{os.getpid()}"
        self._concurrency = concurrency
        self._max_attempts = max_attempts
        self._backoff = backoff
        self._reclaim_after = reclaim_after
        self._busy_pause = busy_pause
        self._done_ttl = max(1, round(done_ttl))
        self._claim_ttl = max(1, round(claim_ttl))
        self._claim = self._redis.register_script(_CLAIM)
        self._unclaim = self._redis.register_script(_UNCLAIM)
        self._threads = concurrent.futures.ThreadPoolExecutor(concurrency, "inbox-handler")
        self._slots = asyncio.Semaphore(concurrency)
        self._held: dict[str, asyncio.Task[None]] = {}
        self._resting: set[str] = set()  # held, waiting for their next attempt
        self._stop = asyncio.Event()

    def __repr__(self) -> str:
        token = "set" if self._partner_token else None
        return (
            f"Worker(consumer={self.consumer!r}, stream={self._inbox.stream!r}, "
            f"group={self._inbox.group!r}, concurrency={self._concurrency}, "
            f"max_attempts={self._max_attempts}, backoff={self._backoff!r}, "
            f"reclaim_after={self._reclaim_after}, partner_token={token})"
        )

    def stop(self) -> None:
        """Read nothing more; run() returns once the running handlers have finished."""
        self._stop.set()

    async def run(self) -> None:
        """Consume until stop(): read new entries, take over abandoned ones, renew ours."""
        renewing = asyncio.create_task(self._renew_forever())
        next_reclaim = time.monotonic()  # at once
        pauses = _pauses()
        try:
            with contextlib.suppress(Exception):  # else the loop creates it once it can
                await self._inbox.ensure_group()
            while not self._stop.is_set():
                try:
                    if time.monotonic() >= next_reclaim:
                        await self._reclaim()
                        next_reclaim = time.monotonic() + self._reclaim_after / 3
                    await self._read()
                    pauses = _pauses()
                except Exception as error:
                    await self._recover(error, next(pauses))
        finally:
            renewing.cancel()
            running = [task for task in self._held.values() if not task.done()]
            if running:
                await asyncio.wait(running)
            self._threads.shutdown(wait=False)
            self._thread_redis.close()

    async def _recover(self, error: Exception, pause: float) -> None:
        if "NOGROUP" in str(error):  # the server lost the stream (a restart without AOF)
            logger.warning("inbox group missing: creating it again")
        else:
            logger.warning("inbox server unavailable (%s): retrying", type(error).__name__)
        await self._sleep(pause)
        with contextlib.suppress(Exception):  # not yet: the next round tries again
            await self._inbox.ensure_group()

    async def _read(self) -> None:
        wanted = _to_read(self._concurrency, len(self._held), len(self._resting))
        if not wanted:
            await self._sleep(0.05)
            return
        answer = await self._redis.xreadgroup(
            self._inbox.group,
            self.consumer,
            {self._inbox.stream: ">"},
            count=wanted,
            block=_block_ms(self._inbox.timeout),
        )
        for _stream, entries in answer or ():
            for entry, fields in entries:
                self._start(entry.decode(), fields, reclaimed=False)

    async def _reclaim(self) -> None:
        idle = int(self._reclaim_after * 1000)
        # Entries deleted from the stream while pending come back without fields (Redis 6.2),
        # or apart, already dropped from the pending entries by the server (7.0 and later).
        _next, entries, *_deleted = await self._redis.xautoclaim(
            self._inbox.stream, self._inbox.group, self.consumer, idle, count=self._concurrency
        )
        for entry, fields in entries:
            if fields is not None:
                self._start(entry.decode(), fields, reclaimed=True)

    def _start(self, entry: str, fields: dict[bytes, bytes], *, reclaimed: bool) -> None:
        if entry in self._held:
            return  # ours already (renewal was late): one task per entry
        if reclaimed:
            logger.warning("inbox entry %s taken over from a silent consumer", entry)
        task = asyncio.create_task(self._process(entry, fields, reclaimed))
        self._held[entry] = task
        task.add_done_callback(lambda _: self._held.pop(entry))

    async def _renew_forever(self) -> None:
        """Keep the entries we hold from looking abandoned (XCLAIM resets their idle time)."""
        while True:
            await asyncio.sleep(self._reclaim_after / 3)
            if self._held:
                try:
                    await self._redis.xclaim(
                        self._inbox.stream,
                        self._inbox.group,
                        self.consumer,
                        0,
                        list(self._held),
                        justid=True,
                    )
                except Exception as error:
                    logger.warning("could not renew held entries (%s)", type(error).__name__)

    async def _process(self, entry: str, fields: dict[bytes, bytes], reclaimed: bool) -> None:
        """Try the entry until it is done or dead; leave it pending when stopped."""
        check_attempts = reclaimed
        while True:
            try:
                async with self._slots:
                    await self._attempt(entry, fields, check_attempts)
            except _Busy:
                await self._rest(entry, self._busy_pause)
            except _Failed as failed:
                logger.warning(
                    "inbox handler failed for %s (%s), attempt %d of %d",
                    entry,
                    type(failed.error).__name__,
                    failed.attempts,
                    self._max_attempts,
                )
                if failed.attempts >= self._max_attempts:
                    await self._persist(self._bury, entry, fields, failed)
                    return
                await self._rest(entry, self._backoff.delay(failed.attempts))
            except Exception as error:  # the server failed: the handler did not run, or is done
                logger.warning("inbox server error on %s (%s)", entry, type(error).__name__)
                await self._rest(entry, self._busy_pause)
            else:
                await self._persist(self._finish, entry)
                return
            check_attempts = False
            if self._stop.is_set():
                return  # pending: another consumer takes it over

    async def _rest(self, entry: str, seconds: float) -> None:
        self._resting.add(entry)
        try:
            await self._sleep(seconds)
        finally:
            self._resting.discard(entry)

    async def _attempt(self, entry: str, fields: dict[bytes, bytes], check_attempts: bool) -> None:
        try:
            events = [(event, self._key(event)) for event in self._parse(fields)]
        except Exception as error:  # cannot become readable by retrying
            raise _Failed(error, self._max_attempts) from error
        attempts = 0
        for event, key in events:
            if key is not None:
                state = await self._claim(keys=[key], args=[entry, self._claim_ttl])
                if state == _DONE:
                    continue
                if state != _MINE:
                    raise _Busy
            if not attempts:  # the first handler this attempt runs: count the attempt
                attempts = await self._redis.hincrby(self._inbox.attempts, entry)  # +1
                if check_attempts and attempts > self._max_attempts:
                    # (no mutate: a dead letter keeps the error's type, never its message)
                    lost = RuntimeError("its consumers stopped in the handler")  # pragma: no mutate
                    await self._release(key, entry)
                    raise _Failed(lost, attempts - 1)
            try:
                marked = await self._call(event, key)
            except Exception as error:
                await self._release(key, entry)
                raise _Failed(error, attempts) from error
            if key is not None and not marked:
                await self._persist(self._mark_done, key)

    def _parse(self, fields: dict[bytes, bytes]) -> list[AnyEvent]:
        kind, body = fields[b"kind"].decode(), bytes(fields[b"body"])
        if kind == ENTITY:
            return [*webhooks.parse_events(body, strict=self._strict)]
        if kind == LIFECYCLE:
            if self._partner_token is None:
                # (no mutate: a dead letter keeps the error's type, never its message)
                raise ValueError("a lifecycle delivery, and no partner_token")  # pragma: no mutate
            return [webhooks.parse_marketplace_event(body, partner_token=self._partner_token)]
        raise ValueError("an entry of an unknown kind")  # pragma: no mutate (as above)

    def _key(self, event: AnyEvent) -> str | None:
        """Uninstall and Freeze are not de-duplicated: their keys cannot tell two real ones
        apart, and handling one twice is harmless."""
        if isinstance(event, webhooks.Uninstall | webhooks.Freeze):
            return None
        return self._inbox.events + webhooks.event_key(event)

    async def _call(self, event: AnyEvent, key: str | None) -> bool:
        """Run the handler; True when its event is marked done already."""
        if inspect.iscoroutinefunction(self._handler):
            await self._handler(event)  # marked next, without yielding to other tasks first
            return False
        loop = asyncio.get_running_loop()
        result, marked = await loop.run_in_executor(self._threads, self._in_thread, event, key)
        if inspect.isawaitable(result):
            await result
        return marked

    def _in_thread(self, event: AnyEvent, key: str | None) -> tuple[object, bool]:
        """A sync handler, its event marked done in the same thread as soon as it returns:
        a busy event loop may take a while to get to it, and a worker killed in between
        runs the handler again."""
        result = self._handler(event)
        if key is None or inspect.isawaitable(result):
            return result, False
        try:
            self._thread_redis.set(key, "done", ex=self._done_ttl)
        except Exception:
            return result, False  # the loop marks it, again until the server takes it
        return result, True

    async def _release(self, key: str | None, entry: str) -> None:
        if key is not None:
            try:
                await self._unclaim(keys=[key], args=[entry])
            except Exception as error:  # the claim expires after claim_ttl anyway
                logger.warning("could not release a claim (%s)", type(error).__name__)

    async def _mark_done(self, key: str) -> None:
        await self._redis.set(key, "done", ex=self._done_ttl)

    async def _finish(self, entry: str) -> None:
        async with self._redis.pipeline() as pipe:  # MULTI/EXEC: one round trip, nothing between;
            # a failed command does not undo the others, and each of them may safely run again
            pipe.xack(self._inbox.stream, self._inbox.group, entry)
            pipe.xdel(self._inbox.stream, entry)
            pipe.hdel(self._inbox.attempts, entry)
            await pipe.execute()

    async def _bury(self, entry: str, fields: dict[bytes, bytes], failed: _Failed) -> None:
        where = traceback.extract_tb(failed.error.__traceback__)[-5:]
        letter = {
            "kind": fields[b"kind"],
            "body": fields[b"body"],
            "entry": entry,
            "attempts": failed.attempts,
            "error": type(failed.error).__qualname__,
            "where": " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in where),
            "failed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        async with self._redis.pipeline() as pipe:
            pipe.xadd(self._inbox.dead, letter)
            pipe.xack(self._inbox.stream, self._inbox.group, entry)
            pipe.xdel(self._inbox.stream, entry)
            pipe.hdel(self._inbox.attempts, entry)
            await pipe.execute()
        logger.error("inbox entry %s is a dead letter (%s)", entry, letter["error"])

    async def _persist(self, write: Callable[..., Awaitable[None]], *args: Any) -> None:
        """Write what must not be lost, again until the server takes it (or we stop: the
        entry stays pending, and its done markers spare the handler a second run)."""
        pauses = _pauses()
        while True:
            try:
                await write(*args)
                return
            except Exception as error:
                logger.warning("inbox server unavailable (%s): retrying", type(error).__name__)
            if self._stop.is_set():
                return
            await self._sleep(next(pauses))

    async def _sleep(self, seconds: float) -> None:
        """Sleep, waking early when stopped."""
        try:
            await asyncio.wait_for(self._stop.wait(), seconds)
        except TimeoutError:
            pass


def _load_handler(spec: str) -> Handler:
    parts = re.fullmatch(r"([\w.]+):([\w.]+)", spec)
    if parts is None:
        raise SystemExit(f"handler must be module:function, got {spec!r}")
    module, name = parts.groups()
    found: Any = functools.reduce(getattr, name.split("."), importlib.import_module(module))
    if not callable(found):
        raise SystemExit(f"{spec} is not a function")
    handler: Handler = found
    return handler


async def _work(args: argparse.Namespace) -> None:
    sys.path.insert(0, os.getcwd())  # handlers of the current project, as `python -m` finds them
    inbox = RedisInbox(args.url, stream=args.stream, group=args.group)
    worker = Worker(
        _load_handler(args.handler),
        inbox,
        partner_token=os.environ.get("ALTEGIO_PARTNER_TOKEN"),
        consumer=args.consumer,
        concurrency=args.concurrency,
        max_attempts=args.max_attempts,
        backoff=Backoff(args.backoff, limit=args.backoff_limit),
        reclaim_after=args.reclaim_after,
    )
    logger.info("starting %r", worker)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, worker.stop)
    try:
        await inbox.ping()  # a bad URL fails here, not on the first entry
    except Exception as error:
        raise SystemExit(f"the inbox server cannot be reached: {type(error).__name__}") from None
    try:
        await worker.run()
    finally:
        await inbox.aclose()


async def _dead(args: argparse.Namespace) -> None:
    inbox = RedisInbox(args.url, stream=args.stream)  # dead letters belong to no group
    try:
        if args.command == "dead":
            for entry, fields in await inbox.dead_letters(args.count):
                print(json.dumps({"id": entry, **fields}))
        elif args.command == "show":
            body = await inbox.dead_letter_body(args.id)
            if body is None:
                raise SystemExit(f"no dead letter {args.id}")
            sys.stdout.buffer.write(body + b"\n")
        else:
            entries = args.ids
            if args.all:
                entries = [entry for entry, _ in await inbox.dead_letters(None)]
            act = inbox.replay if args.command == "replay" else inbox.drop
            print(f"{args.command}: {await act(entries)} of {len(entries)}")
    finally:
        await inbox.aclose()


def command_line() -> argparse.ArgumentParser:
    """The command's arguments: `work` and the dead-letter commands."""
    parser = argparse.ArgumentParser(
        prog="python -m altegio_devtools.inbox", description=__doc__.split("\n\n")[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        found = commands.add_parser(name, help=summary)
        found.add_argument("--url", default=os.environ.get("ALTEGIO_REDIS_URL"))
        found.add_argument("--stream", default="altegio-devtools:inbox")
        found.add_argument("--group", default="altegio-devtools")
        return found

    work = command("work", "consume the inbox")
    work.add_argument("handler", help="module:function, sync or async, taking one event")
    work.add_argument("--consumer", help="this consumer's name (default: host:pid)")
    work.add_argument("--concurrency", type=int, default=16)
    work.add_argument("--max-attempts", type=int, default=10)
    work.add_argument("--backoff", type=float, default=1.0, help="first retry delay (s)")
    work.add_argument("--backoff-limit", type=float, default=300.0)
    work.add_argument("--reclaim-after", type=float, default=30.0)
    dead = command("dead", "list dead letters (no bodies)")
    dead.add_argument("--count", type=int, default=100)
    show = command("show", "print a dead letter's body")
    show.add_argument("id")
    for name in ("replay", "drop"):
        act = command(name, f"{name} dead letters")
        act.add_argument("ids", nargs="*")
        act.add_argument("--all", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    parser = command_line()
    args = parser.parse_args(argv)
    if not args.url:
        parser.error("--url or ALTEGIO_REDIS_URL is required")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        asyncio.run(_work(args) if args.command == "work" else _dead(args))
    except ValueError as error:  # a setting out of range
        parser.error(str(error))


if __name__ == "__main__":
    main()
