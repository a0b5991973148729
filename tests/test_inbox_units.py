"""The inbox's pieces that need no server: how much a worker reads and how long it blocks,
loading a handler, what a worker says it is, and the command's set-up (arguments, logging,
the handler's module path). A server that cannot be reached stops the command before it
consumes anything, which is what these tests stop it with."""

from __future__ import annotations

import itertools
import logging
import os
import os.path
import socket
import sys
from pathlib import Path

import pytest

from altegio_devtools import inbox as inbox_module
from altegio_devtools.inbox import (
    Backoff,
    RedisInbox,
    Worker,
    _block_ms,
    _load_handler,
    _pauses,
    _to_read,
)
from tests.valkey import free_port


def unreachable() -> str:
    return f"redis://127.0.0.1:{free_port()}/0"


def test_a_worker_reads_one_entry_per_free_slot() -> None:
    assert _to_read(2, 0, 0) == 2
    assert _to_read(2, 1, 0) == 1
    assert _to_read(2, 2, 0) == 0
    assert _to_read(2, 3, 0) == 0  # never a negative count
    assert _to_read(2, 2, 1) == 1  # an entry resting before its next attempt frees its slot
    assert _to_read(2, 15, 15) == 2
    assert _to_read(2, 16, 16) == 0  # eight times the concurrency held: no more
    assert _to_read(1, 7, 7) == 1 and _to_read(1, 8, 8) == 0


def test_a_worker_blocks_for_half_the_socket_timeout() -> None:
    assert _block_ms(0.5) == 250 and _block_ms(2.0) == 1000
    assert _block_ms(0.0031) == 1 and isinstance(_block_ms(0.0031), int)
    assert _block_ms(0.001) == 1  # 0 would block forever


def test_what_the_server_failed_is_tried_again_after_doubling_pauses() -> None:
    pauses = list(itertools.islice(_pauses(), 9))
    assert pauses == pytest.approx([0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5.0, 5.0, 5.0])
    assert next(_pauses()) == 0.1  # each run of failures starts afresh


def test_a_handler_is_loaded_by_module_and_dotted_name() -> None:
    loaded: list[object] = [_load_handler("os.path:join"), _load_handler("os:path.join")]
    assert loaded == [os.path.join, os.path.join]
    wrong = [
        ("tests.inbox_app", "handler must be module:function, got 'tests.inbox_app'"),
        (":handle", "handler must be module:function, got ':handle'"),
        ("tests.inbox_app:", "handler must be module:function, got 'tests.inbox_app:'"),
        ("tests.inbox_app:handle:x", "handler must be module:function"),
        ("tests.inbox_app:handle()", "handler must be module:function"),
        ("os:sep", "os:sep is not a function"),
    ]
    for spec, message in wrong:
        with pytest.raises(SystemExit) as refused:
            _load_handler(spec)
        assert str(refused.value).startswith(message), spec


def test_a_worker_says_what_it_was_given() -> None:
    inbox = RedisInbox(unreachable(), stream="s", group="g", timeout=0.5)
    worker = Worker(
        print, inbox, partner_token="t", consumer="me", concurrency=2, max_attempts=3,
        backoff=Backoff(0.05, limit=0.1), reclaim_after=5,
    )  # fmt: skip
    assert repr(worker) == (
        "Worker(consumer='me', stream='s', group='g', concurrency=2, max_attempts=3, "
        "backoff=Backoff(initial=0.05, factor=2.0, limit=0.1), reclaim_after=5, "
        "partner_token=set)"
    )
    defaults = Worker(print, RedisInbox(unreachable()))
    assert repr(defaults) == (
        f"Worker(consumer='{socket.gethostname()}:{os.getpid()}', "
        "stream='altegio-devtools:inbox', group='altegio-devtools', concurrency=16, "
        "max_attempts=10, backoff=Backoff(initial=1.0, factor=2.0, limit=300.0), "
        "reclaim_after=30.0, partner_token=None)"
    )


def test_the_work_command_builds_its_worker_from_the_options(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="altegio_devtools.inbox")
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", "inbox-partner-token")
    with pytest.raises(SystemExit) as stopped:
        inbox_module.main(
            ["work", "tests.inbox_app:handle", "--url", unreachable(), "--stream", "s",
             "--group", "grp", "--consumer", "me", "--concurrency", "3", "--max-attempts", "4",
             "--backoff", "0.25", "--backoff-limit", "7", "--reclaim-after", "9"]
        )  # fmt: skip
    assert str(stopped.value) == "the inbox server cannot be reached: ConnectionError"
    assert caplog.messages == [
        "starting Worker(consumer='me', stream='s', group='grp', concurrency=3, "
        "max_attempts=4, backoff=Backoff(initial=0.25, factor=2.0, limit=7.0), "
        "reclaim_after=9.0, partner_token=set)"
    ]
    monkeypatch.delenv("ALTEGIO_PARTNER_TOKEN")
    caplog.clear()
    with pytest.raises(SystemExit):
        inbox_module.main(["work", "tests.inbox_app:handle", "--url", unreachable()])
    assert caplog.messages[0].endswith(
        ", stream='altegio-devtools:inbox', group='altegio-devtools', concurrency=16, "
        "max_attempts=10, backoff=Backoff(initial=1.0, factor=2.0, limit=300.0), "
        "reclaim_after=30.0, partner_token=None)"
    )


def test_the_handler_module_is_looked_up_in_the_working_directory_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As `python -m` would: the project's hooks, not a same-named module elsewhere."""
    for place in ("elsewhere", "project"):
        (tmp_path / place).mkdir()
        (tmp_path / place / "inbox_hooks_here.py").write_text("def handle(event): pass\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "elsewhere"), *sys.path])
    monkeypatch.delitem(sys.modules, "inbox_hooks_here", raising=False)
    monkeypatch.chdir(tmp_path / "project")
    with pytest.raises(SystemExit):
        inbox_module.main(["work", "inbox_hooks_here:handle", "--url", unreachable()])
    loaded = sys.modules.pop("inbox_hooks_here")
    assert loaded.__file__ == str(tmp_path / "project" / "inbox_hooks_here.py")


def test_the_command_configures_logging_with_times_and_levels(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """(pytest's own handlers make basicConfig a no-op: they are set aside here.)"""
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(root, "level", logging.WARNING)
    with pytest.raises(Exception, match="Connect"):  # the dead letters cannot be listed
        inbox_module.main(["dead", "--url", unreachable()])
    (handler,) = root.handlers
    assert root.level == logging.INFO
    assert handler.formatter is not None
    assert handler.formatter._fmt == "%(asctime)s %(levelname)s %(message)s"


def test_the_command_needs_a_subcommand(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ALTEGIO_REDIS_URL", unreachable())
    with pytest.raises(SystemExit) as refused:
        inbox_module.main([])
    assert refused.value.code == 2
    assert "the following arguments are required: command" in capsys.readouterr().err
