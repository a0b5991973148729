"""The webhook receiver's ASGI edges: message fields a server may leave out, a body of
exactly the size limit, where handlers run, and what a failed handler's log names."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import MutableMapping
from typing import Any

import pytest

from altegio_devtools import models
from altegio_devtools.receiver import WebhookReceiver

SECRET = "receiver-units-secret-41"
TOKEN = "receiver-units-token-93"
EVENT = {"company_id": 11, "resource": "record", "resource_id": 22, "status": "update",
         "data": {"id": 22, "comment": "from the units"}}  # fmt: skip
UNINSTALL = {"salon_id": 5, "application_id": 6, "event": "uninstall", "partner_token": TOKEN}


def deliver(
    app: WebhookReceiver, messages: list[dict[str, Any]], *, path: str = "/altegio/events"
) -> tuple[int, Any]:
    """One POST through the ASGI app, its body in `messages` as the server passes them on."""
    pending = list(messages)
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if pending:
            return pending.pop(0)
        await asyncio.sleep(3600)  # the client sends nothing more
        raise AssertionError

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": path,
             "headers": [(b"authorization", f"Bearer {SECRET}".encode())]}  # fmt: skip
    asyncio.run(app(scope, receive, send))
    start, end = sent
    return start["status"], json.loads(end["body"])


def receiver(handler: Any, **options: Any) -> WebhookReceiver:
    return WebhookReceiver(handler, secret=SECRET, partner_token=TOKEN, body_timeout=1, **options)


def test_asgi_messages_may_leave_out_body_and_more_body() -> None:
    """ASGI makes both optional (b"" and False): a server that omits them still delivers."""
    handled: list[Any] = []
    body = json.dumps(EVENT).encode()
    messages: list[dict[str, Any]] = [
        {"type": "http.request", "more_body": True},  # no body yet
        {"type": "http.request", "body": body},  # the last: no more_body
    ]
    assert deliver(receiver(handled.append), messages) == (200, {"handled": 1, "duplicates": 0})
    assert [event.data.comment for event in handled] == ["from the units"]


@pytest.mark.parametrize(("extra", "status"), [(0, 200), (1, 413)])
def test_a_chunked_body_may_be_exactly_the_size_limit(extra: int, status: int) -> None:
    body = json.dumps(EVENT).encode()
    app = receiver(lambda event: None, max_body_size=len(body))
    half = len(body) // 2
    messages = [
        {"type": "http.request", "body": body[:half], "more_body": True},
        {"type": "http.request", "body": body[half:] + b" " * extra, "more_body": False},
    ]
    assert deliver(app, messages)[0] == status


def test_an_async_handler_gets_the_event_on_the_event_loop() -> None:
    seen: list[tuple[Any, bool]] = []

    async def handle(event: Any) -> None:
        seen.append((event, threading.current_thread() is threading.main_thread()))

    message = {"type": "http.request", "body": json.dumps(EVENT).encode()}
    assert deliver(receiver(handle), [message])[0] == 200
    ((event, on_loop),) = seen
    assert isinstance(event, models.RecordEvent) and event.data.comment == "from the units"
    assert on_loop


def test_a_plain_handler_runs_in_a_worker_thread() -> None:
    """A blocking handler (a database call, a request) must not stall the event loop that
    receives every other delivery."""
    threads: list[threading.Thread] = []
    message = {"type": "http.request", "body": json.dumps(EVENT).encode()}
    app = receiver(lambda event: threads.append(threading.current_thread()))
    assert deliver(app, [message])[0] == 200
    assert threads and threads[0] is not threading.main_thread()


def test_a_failed_lifecycle_handler_is_logged_by_its_event(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Lifecycle calls have no event key: the log names the kind of event instead."""

    def fail(event: Any) -> None:
        raise RuntimeError("the partner's handler broke")

    message = {"type": "http.request", "body": json.dumps(UNINSTALL).encode()}
    with caplog.at_level(logging.ERROR, logger="altegio_devtools"):
        status, answer = deliver(receiver(fail), [message], path="/altegio/marketplace")
    assert (status, answer) == (500, {"message": "handler failed"})
    assert [record.getMessage() for record in caplog.records] == ["handler failed for Uninstall"]


def test_a_delivery_may_take_ten_seconds_to_send_its_body_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Waiting for a real 10 s would slow the suite: the deadline the body read is given
    (one for the whole body: tests/test_receiver_inputs.py trickles one)."""
    left: list[float] = []
    timeout_at = asyncio.timeout_at

    def recording(when: float) -> Any:
        left.append(when - asyncio.get_running_loop().time())
        return timeout_at(when)

    monkeypatch.setattr(asyncio, "timeout_at", recording)
    app = WebhookReceiver(lambda event: None, secret=SECRET, partner_token=TOKEN)
    message = {"type": "http.request", "body": json.dumps(EVENT).encode()}
    assert deliver(app, [message])[0] == 200
    assert len(left) == 1 and 9.5 < left[0] <= 10.0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"secret": None}, "secret is required (the Bearer secret of your hooks); pass "
         "allow_unauthenticated=True to accept entity events without authentication"),
        ({"secret": " "}, "secret must be a non-empty string, not blank"),
        ({"secret": f"{SECRET}\n"}, "secret has whitespace around it: remove it (a pasted "
         "newline?)"),
        ({"partner_token": ""}, "partner_token must be a non-empty string, not blank"),
        ({"partner_token": " "}, "partner_token must be a non-empty string, not blank"),
        ({"partner_token": f" {TOKEN}"}, "partner_token has whitespace around it: remove it (a "
         "pasted newline?)"),
    ],
)  # fmt: skip
def test_a_receiver_set_up_wrong_says_how_to_set_it_up(
    options: dict[str, Any], message: str
) -> None:
    settings: dict[str, Any] = {"secret": SECRET, "partner_token": TOKEN, **options}
    with pytest.raises(ValueError) as caught:
        WebhookReceiver(lambda event: None, **settings)
    assert str(caught.value) == message
