"""`altegio-devtools sandbox` (sandbox.py) and Altegio's delivery policy (_delivery.py).

Issue 25's acceptance first, as users run it: the sandbox started as a subprocess (the console
script from .venv/bin), examples/partner_flow.py run against it as a subprocess, and the
uninstall's lifecycle call checked by the package's WebhookReceiver under uvicorn. Then the
sandbox in this process (its answers, control paths, faults and deliveries) and the delivery
policy against scripted answers."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, sandbox, webhooks
from altegio_devtools._delivery import RETRY_DELAY, Outcome, deliver
from altegio_devtools.fake_altegio import Delivery
from altegio_devtools.receiver import WebhookReceiver
from altegio_devtools.sandbox import Sandbox
from tests.receiver_app import serving

ROOT = Path(__file__).resolve().parent.parent
COMMAND = str(Path(sys.executable).parent / "altegio-devtools")  # the venv running the tests
TOKEN = "partner-token-invented"
SECRET = "hooks-secret-invented"
LOCATION, APPLICATION = 123, 456


class Receiver:
    """A WebhookReceiver under uvicorn (in a thread here) keeping what it handled."""

    def __init__(self, url: str, events: list[Any]) -> None:
        self.url = url
        self.events = events

    def wait_for(self, count: int, timeout: float = 15) -> list[Any]:
        deadline = time.monotonic() + timeout
        while len(self.events) < count:
            assert time.monotonic() < deadline, f"{len(self.events)} of {count} events arrived"
            time.sleep(0.02)
        return self.events


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    events: list[Any] = []
    app = WebhookReceiver(events.append, secret=SECRET, partner_token=TOKEN)
    with serving(app) as url:
        yield Receiver(url, events)


# --- the partner flow against the sandbox, end to end -------------------------------------


def test_the_partner_flow_runs_against_the_sandbox_and_the_uninstall_is_verified(
    receiver: Receiver,
) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("ALTEGIO_")}
    callback = f"{receiver.url}/altegio/marketplace"
    sandbox = subprocess.Popen(
        [COMMAND, "sandbox", "--port", "0", "--partner-token", TOKEN, "--callback-url", callback,
         "--crm-token", "7cf262d6-1656-43f9-86ac-2826bdc125d2=123"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert sandbox.stdout is not None
        first = sandbox.stdout.readline()
        assert first.startswith("Altegio sandbox on http://127.0.0.1:"), first
        url = first.split()[-1]
        assert sandbox.stdout.readline() == f"  api_base_url={url}/api/v1  app_base_url={url}\n"
        flow = subprocess.run(
            [sys.executable, "examples/partner_flow.py"], cwd=ROOT, check=False,
            capture_output=True, text=True, timeout=120,
            env={**env, "ALTEGIO_API_BASE_URL": f"{url}/api/v1", "ALTEGIO_APP_BASE_URL": url,
                 "ALTEGIO_PARTNER_TOKEN": TOKEN},
        )  # fmt: skip
        assert flow.returncode == 0, flow
        lines = [line.strip() for line in flow.stdout.splitlines()]
        assert "✓ connected locations          1 location(s), 123 listed" in lines
        assert "✓ integration status           active, 1 payment(s), payment 1 listed" in lines
        assert "✓ refund of that payment       HTTP 200" in lines
        assert lines[-2:] == ["✓ uninstall                    HTTP 200", "11 of 11 steps succeeded"]
        (event,) = receiver.wait_for(1)
        assert event == webhooks.Uninstall(salon_id=LOCATION, application_id=APPLICATION)
    finally:
        sandbox.terminate()
        out, err = sandbox.communicate(timeout=30)
    assert sandbox.returncode == 0, err
    assert f"delivery uninstall -> {callback}: 200 OK (1 attempt)\n" in out
    assert "POST /marketplace/partner/payment/refund/1: 200\n" in out


# --- the sandbox in this process ---------------------------------------------------------


@pytest.fixture
def running(receiver: Receiver) -> Iterator[tuple[Sandbox, list[str]]]:
    lines: list[str] = []
    box = Sandbox(
        partner_token=TOKEN,
        callback_url=f"{receiver.url}/altegio/marketplace?secret=kept-out-of-reports",
        webhook_secret=SECRET,
        report=lines.append,
    )
    thread = threading.Thread(target=box.serve_forever, daemon=True)
    thread.start()
    try:
        yield box, lines
    finally:
        box.close()
        thread.join(timeout=10)


def client_of(box: Sandbox) -> AltegioClient:
    return AltegioClient(
        partner_token=TOKEN, user_token="user-token-invented", api_base_url=f"{box.url}/api/v1",
        app_base_url=box.url, max_retries=0,
    )  # fmt: skip


def status_of(client: AltegioClient) -> str:
    connection = client.marketplace.get_status(LOCATION, APPLICATION).data.connection_status
    return str(getattr(connection, "status", None))


def control(box: Sandbox, path: str, body: Any = None, method: str = "POST") -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.request(method, f"{box.url}/_sandbox/{path}", content=content, timeout=10)


def test_both_hosts_are_served_and_each_call_is_reported(
    running: tuple[Sandbox, list[str]],
) -> None:
    box, lines = running
    with client_of(box) as client:
        client.marketplace.install(salon_id=LOCATION, application_id=APPLICATION, api_key="k-1")
        assert [loc.id for loc in client.marketplace.list_locations(APPLICATION)] == [LOCATION]
        assert client.dictionaries.list_countries().data
    assert lines == [
        "POST /marketplace/partner/callback: 201",
        f"GET /marketplace/application/{APPLICATION}/salons: 200",
        "GET /api/v1/countries: 200",
    ]
    answer = httpx.get(f"{box.url}/api/v1/countries", timeout=10)  # no token
    assert (answer.status_code, answer.headers["content-type"]) == (401, "application/json")
    assert answer.json()["success"] is False


def test_an_empty_answer_is_json_by_default(running: tuple[Sandbox, list[str]]) -> None:
    """The fake answers an install with no body and no Content-Type: the sandbox says JSON,
    as it does for every answer of its own."""
    box, lines = running
    install = {"salon_id": LOCATION, "application_id": APPLICATION, "api_key": "k-1"}
    answer = httpx.post(f"{box.url}/marketplace/partner/callback", json=install, timeout=10,
                        headers={"Authorization": f"Bearer {TOKEN}",
                                 "Accept": "application/vnd.api.v2+json"})  # fmt: skip
    assert (answer.status_code, answer.content) == (201, b"")
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["content-length"] == "0"
    assert lines == ["POST /marketplace/partner/callback: 201"]


def test_entity_events_go_to_the_hooks_with_the_secret(
    running: tuple[Sandbox, list[str]], receiver: Receiver
) -> None:
    box, lines = running
    with client_of(box) as client:
        urls = [f"{receiver.url}/altegio/events"]
        client.webhooks.update_settings(LOCATION, active=1, urls=urls, record=1, client=0)
    order = {"salon_id": LOCATION, "resource": "record", "status": "create",
             "fields": {"resource_id": 77}}  # fmt: skip
    answer = control(box, "trigger", order)
    assert (answer.status_code, answer.json()) == (202, {"triggered": "record.create"})
    (event,) = receiver.wait_for(1)
    assert (type(event).__name__, event.company_id, event.resource_id) == ("RecordEvent", 123, 77)
    assert event.drift == ()
    answer = control(box, "trigger", {"salon_id": LOCATION, "resource": "client"})
    assert (answer.status_code, answer.json()) == (202, {"triggered": "client.update"})
    time.sleep(0.3)
    assert len(receiver.events) == 1  # the hooks do not take client events
    events_url = f"{receiver.url}/altegio/events"
    assert f"delivery record.create -> {events_url}: 200 OK (1 attempt)" in lines


def test_freeze_and_pay_send_lifecycle_calls_the_receiver_verifies(
    running: tuple[Sandbox, list[str]], receiver: Receiver
) -> None:
    box, lines = running
    ids = {"salon_id": LOCATION, "application_id": APPLICATION}
    assert control(box, "freeze", ids).status_code == 409  # nothing installed yet
    with client_of(box) as client:
        client.marketplace.install(salon_id=LOCATION, application_id=APPLICATION, api_key="k-1")
        assert control(box, "freeze", ids).json() == {"frozen": True}
        assert status_of(client) == "freezed"
        assert control(box, "pay", {**ids, "amount": 99.9}).json() == {"paid": 99.9}
        assert status_of(client) == "active"
    freeze, payment = receiver.wait_for(2)
    assert freeze == webhooks.Freeze(salon_id=LOCATION, application_id=APPLICATION)
    assert isinstance(payment, webhooks.Payment) and payment.amount == 99.9  # sign verified
    marketplace = f"{receiver.url}/altegio/marketplace"  # reported without the query
    time.sleep(0.2)
    assert f"delivery freeze -> {marketplace}: 200 OK (1 attempt)" in lines
    assert f"delivery payment -> {marketplace}: 200 OK (1 attempt)" in lines
    assert not any("kept-out-of-reports" in line for line in lines)


@pytest.mark.parametrize(
    ("path", "body", "status", "message"),
    [
        ("trigger", b"{not json", 400, "the body is not JSON"),
        ("fail", b"", 400, "kind must be one of"),  # no body: an empty order
        ("trigger", [1], 400, "the body is not a JSON object"),
        ("trigger", {"salon_id": "1", "resource": "record"}, 400, "salon_id must be an integer"),
        ("trigger", {"salon_id": True, "resource": "record"}, 400, "salon_id must be an integer"),
        ("trigger", {"salon_id": 1, "resource": "secret-ish"}, 400,
         "resource must be one of client, company, finances_operation, good, goods_operations_"),
        ("trigger", {"salon_id": 1, "resource": "record", "status": "x"}, 400,
         "status must be one of create, update, delete"),
        ("trigger", {"salon_id": 1, "resource": "record", "fields": []}, 400,
         "fields must be an object"),
        ("trigger", {"salon_id": 1, "resource": "record", "fields": {"company_id": 5}}, 409,
         "the fake refused it (TypeError)"),
        ("freeze", {"salon_id": 1}, 400, "application_id must be an integer"),
        ("pay", {"salon_id": 1, "application_id": 2}, 400, "amount must be a number"),
        ("pay", {"salon_id": 1, "application_id": 2, "amount": "9"}, 400,
         "amount must be a number"),
        ("pay", {"salon_id": 1, "application_id": 2, "amount": 9}, 409,
         "the fake refused it (ValueError)"),  # nothing installed
        ("freeze", {"salon_id": 1, "application_id": 2}, 409, "the fake refused it (ValueError)"),
        ("fail", {"kind": "meteor"}, 400, "kind must be one of server_error, timeout, reset, slo"),
        ("fail", {"kind": "reset", "operation": "nope"}, 409, "the fake refused it (ValueError)"),
        ("nothing", {}, 404, "the control paths are /_sandbox/trigger, /_sandbox/freeze, /_sa"),
    ],
)  # fmt: skip
def test_control_paths_refuse_bad_bodies_by_name(
    running: tuple[Sandbox, list[str]], path: str, body: Any, status: int, message: str
) -> None:
    box, _ = running
    answer = control(box, path, body)
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert answer.json()["message"].startswith(message)
    assert "secret-ish" not in answer.text


def test_control_paths_take_post_only_and_a_bad_content_length_is_refused(
    running: tuple[Sandbox, list[str]],
) -> None:
    box, _ = running
    answer = control(box, "trigger", method="GET")
    assert (answer.status_code, answer.json()) == (405, {"message": "POST only"})
    request = b"POST /_sandbox/trigger HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n"
    host, port = box.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request)
        raw = b"".join(iter(lambda: connection.recv(4096), b""))  # until it closes
    assert raw.startswith(b"HTTP/1.1 400 ")
    assert b"\r\nContent-Type: application/json\r\nContent-Length: 33\r\n" in raw
    assert raw.endswith(b'{"message": "bad Content-Length"}')


def test_a_reset_fault_drops_the_connection_once(running: tuple[Sandbox, list[str]]) -> None:
    box, lines = running
    answer = control(box, "fail", {"kind": "reset", "operation": "list_countries"})
    assert (answer.status_code, answer.json()) == (202, {"failing": "reset"})
    with client_of(box) as client, pytest.raises(Exception) as raised:
        client.dictionaries.list_countries()
    assert "RemoteProtocolError" in repr(raised.value) or "Disconnected" in repr(raised.value)
    with client_of(box) as client:
        assert client.dictionaries.list_countries().data
    assert "GET /api/v1/countries: no answer (a fault)" in lines


def test_a_timeout_fault_holds_the_call_unanswered(
    running: tuple[Sandbox, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    box, lines = running
    monkeypatch.setattr(sandbox, "TIMEOUT_HOLD", 1.5)  # 30 s as served
    assert control(box, "fail", {"kind": "timeout", "operation": "list_countries"}).json() == {
        "failing": "timeout"
    }  # fmt: skip
    headers = {"Authorization": f"Bearer {TOKEN}", "Accept": "application/vnd.api.v2+json"}
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{box.url}/api/v1/countries", headers=headers, timeout=0.5)
    deadline = time.monotonic() + 10
    while not lines and time.monotonic() < deadline:
        time.sleep(0.05)
    assert lines == ["GET /api/v1/countries: no answer (a fault)"]


def test_a_sandbox_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Its own free port on 127.0.0.1 (two at once), answers as the description says (no
    quirks), each call printed."""
    first, second = Sandbox(partner_token=TOKEN), Sandbox(partner_token=TOKEN)
    threading.Thread(target=first.serve_forever, daemon=True).start()
    try:
        assert first.url.startswith("http://127.0.0.1:") and first.url != second.url
        headers = {"Authorization": f"Bearer {TOKEN}, User u",
                   "Accept": "application/vnd.api.v2+json"}  # fmt: skip
        answer = httpx.get(f"{first.url}/api/v1/hooks_settings/3", headers=headers, timeout=10)
        assert (answer.status_code, answer.json()["meta"]) == (200, {})
    finally:
        first.close()
        second.close()
    assert capsys.readouterr().out == "GET /api/v1/hooks_settings/3: 200\n"


def test_a_fault_lasts_the_calls_asked(running: tuple[Sandbox, list[str]]) -> None:
    box, _ = running
    order = {"kind": "server_error", "times": 2, "operation": "list_countries"}
    assert control(box, "fail", order).status_code == 202
    statuses = [httpx.get(f"{box.url}/api/v1/countries", timeout=10,
                          headers={"Authorization": f"Bearer {TOKEN}",
                                   "Accept": "application/vnd.api.v2+json"}).status_code
                for _ in range(3)]  # fmt: skip
    assert statuses == [502, 502, 200]


def test_a_delivery_that_cannot_be_sent_is_reported() -> None:
    lines: list[str] = []
    box = Sandbox(partner_token=TOKEN, report=lines.append)
    box.send(Delivery("http://[::1/hooks?secret=s#f", {}, b'{"event": "freeze"}'))
    box.send(Delivery("ftp://127.0.0.1/hooks#f", {}, b"[1]"))
    box.send(Delivery("http://[::2/a", {}, b"not json"))
    box.send(Delivery("http://[::3/a", {}, b'{"resource": "record", "status": "create"}'))
    box.send(Delivery("http://[::4/a", {}, b'{"resource": "record"}'))
    box.close()  # after the deliveries asked for
    assert sorted(lines) == [
        "delivery freeze -> http://[::1/hooks: not sent (InvalidURL)",
        "delivery record.create -> http://[::3/a: not sent (InvalidURL)",
        "delivery webhook -> ftp://127.0.0.1/hooks: no answer: UnsupportedProtocol (3 attempts)",
        "delivery webhook -> http://[::2/a: not sent (InvalidURL)",
        "delivery webhook -> http://[::4/a: not sent (InvalidURL)",
    ]


def test_close_without_serving_returns() -> None:
    box = Sandbox(partner_token=TOKEN, report=lambda line: None)
    box.close()  # shutdown() would wait forever for a serve_forever() never started


# --- Altegio's delivery policy -------------------------------------------------------------


Step = int | type[httpx.TransportError]


def scripted(*answers: Step) -> tuple[httpx.Client, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    remaining = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = remaining.pop(0)
        if isinstance(step, int):
            return httpx.Response(step, text="a receiver's answer")
        raise step("scripted", request=request)

    return httpx.Client(transport=httpx.MockTransport(answer)), seen


def sent(*answers: Step) -> tuple[Outcome, list[httpx.Request], list[float]]:
    client, seen = scripted(*answers)
    pauses: list[float] = []
    outcome = deliver("http://receiver.test/hooks", b'{"a": 1}', {"X-Custom": "1"},
                      client=client, sleep=pauses.append)  # fmt: skip
    return outcome, seen, pauses


def test_a_2xx_is_delivered_at_once_as_a_json_post() -> None:
    outcome, seen, pauses = sent(204)
    assert (outcome, pauses) == (Outcome(204, 1), [])
    assert outcome.accepted and outcome.describe() == "204 No Content (1 attempt)"
    (request,) = seen
    assert (request.method, str(request.url), request.content) == (
        "POST", "http://receiver.test/hooks", b'{"a": 1}'
    )  # fmt: skip
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == "altegio-devtools-sandbox"
    assert request.headers["x-custom"] == "1"
    timeouts = {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    assert request.extensions["timeout"] == timeouts  # 10 s an attempt, 5 s to connect


def test_the_callers_headers_add_to_the_json_post() -> None:
    client, seen = scripted(200)
    deliver("http://receiver.test/", b"{}", {"Authorization": "Bearer s"}, client=client)
    (request,) = seen
    assert request.headers["authorization"] == "Bearer s"
    assert request.headers["content-type"] == "application/json"


@pytest.mark.parametrize("status", [429, 500, 502, 503, 599])
def test_429_and_5xx_get_two_retries_one_and_a_half_seconds_apart(status: int) -> None:
    outcome, seen, pauses = sent(status, status, status)
    assert (outcome, len(seen), pauses) == (Outcome(status, 3), 3, [RETRY_DELAY, RETRY_DELAY])
    assert RETRY_DELAY == 1.5 and not outcome.accepted
    outcome, seen, pauses = sent(status, 200)
    assert (outcome, len(seen), pauses) == (Outcome(200, 2), 2, [1.5])


@pytest.mark.parametrize("status", [300, 400, 401, 404, 409, 428, 499])
def test_other_answers_are_final(status: int) -> None:
    outcome, seen, pauses = sent(status)
    assert (outcome, len(seen), pauses) == (Outcome(status, 1), 1, [])
    assert not outcome.accepted


def test_transport_errors_are_retried_and_named() -> None:
    outcome, seen, pauses = sent(httpx.ConnectError, httpx.ReadTimeout, httpx.ReadError)
    assert outcome == Outcome(None, 3, "ReadError")
    assert outcome.describe() == "no answer: ReadError (3 attempts)"
    assert (len(seen), pauses) == (3, [1.5, 1.5])
    outcome, _, _ = sent(httpx.ConnectError, 200)
    assert outcome == Outcome(200, 2, None) and outcome.describe() == "200 OK (2 attempts)"


def test_an_answer_slower_than_the_total_timeout_is_a_timeout() -> None:
    times = iter([0.0, 10.5, 20.0, 30.5, 40.0, 50.5])
    client, _ = scripted(200, 200, 200)
    outcome = deliver("http://receiver.test/", b"{}", client=client, sleep=lambda _: None,
                      clock=lambda: next(times))  # fmt: skip
    assert outcome == Outcome(None, 3, "ReadTimeout")
    times = iter([0.0, 10.0])  # at the limit: in time
    client, _ = scripted(200)
    outcome = deliver("http://receiver.test/", b"{}", client=client, clock=lambda: next(times))
    assert outcome == Outcome(200, 1)


def test_the_deliverer_closes_only_its_own_client(monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ = scripted(200, 200)
    deliver("http://receiver.test/", b"{}", client=client)
    assert not client.is_closed
    made: list[httpx.Client] = []
    original: Callable[..., httpx.Client] = httpx.Client

    def recording(**options: Any) -> httpx.Client:
        made.append(original(transport=httpx.MockTransport(lambda r: httpx.Response(200))))
        return made[-1]

    monkeypatch.setattr(httpx, "Client", recording)
    assert deliver("http://receiver.test/", b"{}") == Outcome(200, 1)
    assert made[0].is_closed


@pytest.mark.parametrize(
    ("outcome", "accepted"),
    [(Outcome(199, 1), False), (Outcome(200, 1), True), (Outcome(299, 1), True),
     (Outcome(300, 1), False), (Outcome(None, 1, "ConnectError"), False)],
)  # fmt: skip
def test_accepted_means_a_2xx(outcome: Outcome, accepted: bool) -> None:
    assert outcome.accepted is accepted


def test_an_unknown_status_is_described_without_a_reason() -> None:
    assert Outcome(599, 2).describe() == "599 (2 attempts)"
