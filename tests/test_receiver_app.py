"""The receiver as a deployment runs it: `uvicorn altegio_devtools.receiver:create_app
--factory`, configured from the environment, and `python -m altegio_devtools.inbox work`
running the partner's handler module, with no checkout of this repository (both run in an
empty directory)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis

from altegio_devtools import receiver, webhooks
from altegio_devtools.dedupe import MemoryDedupeStore
from altegio_devtools.inbox import RedisInbox
from altegio_devtools.receiver import ReceiverConfigError, WebhookReceiver, create_app
from examples import webhook_receiver
from tests.valkey import free_port

SECRET = "deploy-secret"
PARTNER_TOKEN = "deploy-partner-token"
HANDLER_MODULE = """
import os
import redis
from altegio_devtools import webhooks

store = redis.Redis.from_url(os.environ["ALTEGIO_REDIS_URL"])

def handle(event):
    store.rpush("handled", webhooks.event_key(event))
"""
ENTITY = {"company_id": 4, "resource": "client", "resource_id": 9, "status": "update",
          "data": {"id": 9, "name": "Invented Name"}}  # fmt: skip
UNINSTALL = {"salon_id": 4, "application_id": 77, "event": "uninstall",
             "partner_token": PARTNER_TOKEN}  # fmt: skip


def uvicorn(cwd: Path, env: dict[str, str], port: int, workers: int = 2) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "uvicorn", "altegio_devtools.receiver:create_app",
               "--factory", "--workers", str(workers), "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "warning"]  # fmt: skip
    return subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def deployment_env(handler_dir: Path, **variables: str) -> dict[str, str]:
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("ALTEGIO_")}
    return {**inherited, "PYTHONPATH": str(handler_dir), **variables}


@pytest.fixture
def deployed(tmp_path: Path, valkey_url: str) -> Iterator[str]:
    (tmp_path / "partner_hooks.py").write_text(HANDLER_MODULE)
    server_dir = tmp_path / "server"
    server_dir.mkdir()
    env = deployment_env(
        tmp_path,
        ALTEGIO_WEBHOOK_SECRET=SECRET,
        ALTEGIO_PARTNER_TOKEN=PARTNER_TOKEN,
        ALTEGIO_REDIS_URL=valkey_url,
    )
    redis.Redis.from_url(valkey_url).flushdb()
    port = free_port()
    process = uvicorn(server_dir, env, port)
    worker_command = [
        sys.executable,
        "-m",
        "altegio_devtools.inbox",
        "work",
        "partner_hooks:handle",
    ]
    worker = subprocess.Popen(worker_command, cwd=server_dir, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "uvicorn did not start"
                time.sleep(0.05)
        yield url
    finally:
        for running in (process, worker):
            running.terminate()
            running.wait(timeout=15)


def test_the_packaged_factory_queues_to_the_inbox_and_a_worker_handles(
    deployed: str, valkey_url: str
) -> None:
    auth = {"Authorization": f"Bearer {SECRET}"}
    body = json.dumps(ENTITY)
    first = httpx.post(f"{deployed}/altegio/events", content=body, headers=auth)
    again = httpx.post(f"{deployed}/altegio/events", content=body, headers=auth)
    forged = httpx.post(f"{deployed}/altegio/events", content=body, headers={})
    lifecycle = httpx.post(f"{deployed}/altegio/marketplace", content=json.dumps(UNINSTALL))
    assert (first.status_code, first.json()) == (200, {"queued": 1})
    assert (again.status_code, again.json()) == (200, {"queued": 1})  # the worker de-duplicates
    assert forged.status_code == 401
    assert lifecycle.status_code == 200
    store = redis.Redis.from_url(valkey_url, decode_responses=True)
    deadline = time.monotonic() + 20
    while store.llen("handled") < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # a second run of the repeated event would show by now
    handled = sorted(store.lrange("handled", 0, -1))
    assert handled == [
        webhooks.event_key(webhooks.parse_event(body)),
        "marketplace:uninstall:77:4",
    ]  # (sorted: "client:..." before "marketplace:...")


def test_uvicorn_refuses_to_start_naming_the_missing_variable(tmp_path: Path) -> None:
    env = deployment_env(tmp_path, ALTEGIO_REDIS_URL="redis://127.0.0.1:1/0")
    process = uvicorn(tmp_path, env, free_port(), workers=1)  # a supervisor would respawn
    try:
        _, stderr = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode != 0
    assert "ReceiverConfigError: ALTEGIO_WEBHOOK_SECRET is not set" in stderr


def handler(event: Any) -> None:
    """A handler for ALTEGIO_WEBHOOK_HANDLER to name."""


NOT_A_FUNCTION = 42
SETTINGS = {"ALTEGIO_WEBHOOK_SECRET": "s", "ALTEGIO_PARTNER_TOKEN": "t"}


def test_the_handler_is_imported_from_the_named_module() -> None:
    env = {**SETTINGS, "ALTEGIO_WEBHOOK_HANDLER": f"{__name__}:handler"}
    app = create_app(environ=env)
    assert app._handler is handler
    assert app._expected == b"Bearer s" and app._partner_token == "t"
    assert isinstance(app._dedupe, MemoryDedupeStore)


def test_a_given_handler_wins_over_the_environment() -> None:
    env = {**SETTINGS, "ALTEGIO_WEBHOOK_HANDLER": "no.such.module:handler"}
    assert create_app(print, environ=env)._handler is print


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            None,
            "ALTEGIO_WEBHOOK_HANDLER is not set: name your handler as module:function "
            "(or set ALTEGIO_REDIS_URL to run it in inbox workers)",
        ),
        ("", "ALTEGIO_WEBHOOK_HANDLER is not set"),
        (
            "no_such_module_here:handle",
            "ALTEGIO_WEBHOOK_HANDLER names nothing importable (ModuleNotFoundError); "
            "name your handler as module:function",
        ),
        (f"{__name__}:no_such_name", "names nothing importable (AttributeError)"),
        ("not a name!", "names nothing importable (ValueError)"),
        (f"{__name__}:NOT_A_FUNCTION", "ALTEGIO_WEBHOOK_HANDLER names a int, not a function"),
    ],
)
def test_a_handler_that_cannot_be_had_is_a_config_error(name: str | None, message: str) -> None:
    env = {**SETTINGS, **({} if name is None else {"ALTEGIO_WEBHOOK_HANDLER": name})}
    with pytest.raises(ReceiverConfigError) as raised:
        create_app(environ=env)
    assert message in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_the_secret_is_required_and_not_empty() -> None:
    with pytest.raises(ReceiverConfigError, match=r"^ALTEGIO_WEBHOOK_SECRET is not set"):
        create_app(print, environ={"ALTEGIO_PARTNER_TOKEN": "t"})
    with pytest.raises(ValueError, match=r"^secret must be a non-empty string, not blank$"):
        create_app(print, environ={"ALTEGIO_WEBHOOK_SECRET": ""})


def test_what_is_left_out_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="altegio_devtools.receiver"):
        app = create_app(print, environ={"ALTEGIO_WEBHOOK_SECRET": "s"})
    assert app._partner_token is None
    assert [record.getMessage() for record in caplog.records] == [
        "ALTEGIO_PARTNER_TOKEN is not set: lifecycle calls are not received",
        "ALTEGIO_REDIS_URL is not set: handling in the request, one worker only",
    ]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="altegio_devtools.receiver"):
        create_app(print, environ=SETTINGS)
    assert len(caplog.records) == 1


def test_a_redis_url_is_the_inbox_and_a_bad_one_is_named_not_shown() -> None:
    env = {**SETTINGS, "ALTEGIO_REDIS_URL": "redis://127.0.0.1:1/0"}
    app = create_app(environ=env)  # no handler needed: the inbox workers run it
    assert isinstance(app._inbox, RedisInbox) and app._handler is None
    assert app._expected == b"Bearer s" and app._partner_token == "t"
    assert app._inbox.url == "redis://127.0.0.1:1/0"
    env["ALTEGIO_WEBHOOK_HANDLER"] = "no.such.module:handle"  # not read with the inbox
    assert isinstance(create_app(print, environ=env)._inbox, RedisInbox)
    env["ALTEGIO_REDIS_URL"] = "mysql://user:hunter2@db/0"
    with pytest.raises(ReceiverConfigError) as raised:
        create_app(print, environ=env)
    assert str(raised.value) == "ALTEGIO_REDIS_URL is not a redis:// URL"
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_a_redis_url_without_the_redis_extra_says_which_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "redis.asyncio", None)  # as if not installed
    env = {**SETTINGS, "ALTEGIO_REDIS_URL": "redis://127.0.0.1:1/0"}
    with pytest.raises(ReceiverConfigError) as raised:
        create_app(print, environ=env)
    assert str(raised.value) == (
        "ALTEGIO_REDIS_URL needs the redis extra: pip install 'altegio-devtools[redis]'"
    )


def test_the_example_is_a_thin_user_of_the_factory(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("ALTEGIO_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("ALTEGIO_WEBHOOK_SECRET", "s")
    app = webhook_receiver.create_app()
    assert isinstance(app, WebhookReceiver)
    assert app._handler is webhook_receiver.handle
    assert receiver.create_app is create_app
