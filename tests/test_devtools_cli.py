"""`altegio-devtools trigger`, `replay` and `sign` (README "Sandbox"), run as users run them:
the console script from .venv/bin as a subprocess, sending to the package's WebhookReceiver
under uvicorn (started here). Issue 25's acceptance: a trigger of each entity resource ×
status and of each lifecycle event is accepted, authenticated and typed, without drift
unless --quirks was given (then with drift, still accepted)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from altegio_devtools import testing, webhooks
from altegio_devtools._triggers import EVENTS, LIFECYCLE
from altegio_devtools.receiver import WebhookReceiver
from tests.receiver_app import serving

ROOT = Path(__file__).resolve().parent.parent
COMMAND = str(Path(sys.executable).parent / "altegio-devtools")  # the venv running the tests
SECRET = "hooks-secret-invented"
TOKEN = "partner-token-invented"
ENTITY_EVENTS = [name for name in EVENTS if name not in LIFECYCLE]
#: The field each entity event's quirks null (the first string the description requires).
_FIRST = {"client": "data.name", "finances_operation": "data.comment", "record": "data.comment",
          "loyalty_card": "data.number", "staff": "data.api_id", "schedule": "data"}  # fmt: skip
_DRIFT = {
    name: _FIRST.get(name.split(".")[0], "data.type" if "goods_op" in name else "data.title")
    for name in ENTITY_EVENTS
}


@dataclass
class Received:
    events: list[Any] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[tuple[str, Received]]:
    """A WebhookReceiver under uvicorn that keeps every event it handled."""
    received = Received()
    app = WebhookReceiver(received.events.append, secret=SECRET, partner_token=TOKEN)
    with serving(app) as url:
        yield url, received


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {key: value for key, value in os.environ.items() if not key.startswith("ALTEGIO_")}
    return subprocess.run(
        [COMMAND, *args], check=False, capture_output=True, text=True, timeout=60,
        env={**clean, **(env or {})},
    )  # fmt: skip


def trigger_all(url: str, *extra: str) -> list[str]:
    """Trigger every event (two commands: one URL each); what each printed, in order."""
    entity = run("trigger", *ENTITY_EVENTS, "--to", f"{url}/altegio/events", "--secret", SECRET,
                 *extra)  # fmt: skip
    lifecycle = run("trigger", *LIFECYCLE, "--to", f"{url}/altegio/marketplace",
                    "--partner-token", TOKEN, *extra)  # fmt: skip
    assert (entity.returncode, entity.stderr) == (0, ""), entity
    assert (lifecycle.returncode, lifecycle.stderr) == (0, ""), lifecycle
    return re.split(r"\n(?! )", entity.stdout + lifecycle.stdout)[:-1]


def test_every_event_is_accepted_typed_and_without_drift(receiver: tuple[str, Received]) -> None:
    url, received = receiver
    for name, printed in zip(EVENTS, trigger_all(url), strict=True):
        assert printed == f"{name} -> {url}/altegio/{_path(name)}: 200 OK (1 attempt)"
    assert len(received.events) == len(EVENTS) == 3 * 16 + 3
    by_kind = {_kind(event): event for event in received.events}
    assert set(by_kind) == set(EVENTS)
    for name, event in by_kind.items():
        if name in LIFECYCLE:
            expected = {"uninstall": webhooks.Uninstall, "freeze": webhooks.Freeze}
            assert type(event) is expected.get(name, webhooks.Payment)
        else:
            assert not isinstance(event, webhooks.UnknownEvent), name
            assert event.drift == (), name  # typed by its payload model, nothing left over


def test_with_quirks_drift_is_reported_and_still_accepted(receiver: tuple[str, Received]) -> None:
    url, received = receiver
    for name, printed in zip(EVENTS, trigger_all(url, "--quirks"), strict=True):
        first, *drift = printed.split("\n")
        assert first == f"{name} -> {url}/altegio/{_path(name)}: 200 OK (1 attempt)"
        assert drift == (
            [] if name in LIFECYCLE else [f"  drift (as the receiver reads it): {_DRIFT[name]}"]
        )
    entity = [event for event in received.events if hasattr(event, "drift")]
    assert len(entity) == len(ENTITY_EVENTS)
    assert all(event.drift for event in entity)
    assert not any(isinstance(event, webhooks.UnknownEvent) for event in entity)
    payment = next(e for e in received.events if isinstance(e, webhooks.Payment))
    assert payment.raw["salon_id"] == "1001"  # sent as a string, its sign still verified


def _path(name: str) -> str:
    return "marketplace" if name in LIFECYCLE else "events"


def _kind(event: Any) -> str:
    if isinstance(event, webhooks.Uninstall | webhooks.Freeze | webhooks.Payment):
        return type(event).__name__.lower()
    body = event.to_dict()
    return f"{body['resource']}.{body['status']}"


# --- what a receiver refuses, and what cannot be sent ---------------------------------------


def test_a_refused_trigger_exits_1_and_an_unreachable_url_3(
    receiver: tuple[str, Received],
) -> None:
    url, received = receiver
    result = run("trigger", "client.update", "--to", f"{url}/altegio/events")  # no secret
    assert (result.returncode, result.stdout) == (
        1, f"client.update -> {url}/altegio/events: 401 Unauthorized (1 attempt)\n"
    )  # fmt: skip
    result = run("trigger", "payment", "--to", f"{url}/altegio/marketplace",
                 "--partner-token", "another-token")  # fmt: skip
    assert result.returncode == 1 and ": 401 Unauthorized (1 attempt)" in result.stdout
    assert received.events == []
    result = run("trigger", "freeze", "--to", "http://127.0.0.1:9/hooks?secret=s3cr3t",
                 "--partner-token", TOKEN)  # fmt: skip
    assert result.returncode == 3, result
    assert result.stdout == (
        "freeze -> http://127.0.0.1:9/hooks: no answer: ConnectError (3 attempts)\n"
    )  # the query (a secret) is not shown


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["trigger", "client.rename", "--to", "http://h"], "unknown event 'client.rename'"),
        (["trigger", "payment", "--to", "http://127.0.0.1:9"], "needs the partner token"),
        (["trigger", "record.update", "--to", "127.0.0.1:9"], "--to must be an http:// or"),
        (["trigger", "record.update", "--to", "http://h", "--set", "data"], "--set takes field="),
        (["trigger", "schedule.update", "--to", "http://h", "--set", "data.x=1"], "data is not an"),
        (["trigger", "payment", "--to", "http://h", "--partner-token", "t", "--set", "a.b=1"],
         "a lifecycle call has no nested fields"),
        (["sign", "--salon-id", "1", "--amount", "2"], "give --partner-token or set ALTEGIO_PA"),
        (["sign", "--partner-token", "t", "--salon-id", "1"], "give --salon-id and --amount"),
        (["replay", "/nonexistent-dir", "--to", "http://h"], "is not a directory"),
    ],
)  # fmt: skip
def test_bad_arguments_exit_2_with_a_message_naming_them(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert result.stderr.startswith(f"altegio-devtools {args[0]}: error: "), result.stderr
    assert message in result.stderr, result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["sign", "--partner-token", "t", "--salon-id", "x1", "--amount", "2"],
        ["sign", "--partner-token", "t", "--salon-id", "1", "--amount", "nan"],
        ["sandbox", "--port", "70000", "--partner-token", "t"],
        ["trigger", "record.update"],
        ["nonsense"],
    ],
)
def test_unparsable_arguments_are_usage_errors(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2, result
    assert "usage: altegio-devtools" in result.stderr


# --- set, sign, replay ---------------------------------------------------------------------


def test_set_fields_reach_the_receiver(receiver: tuple[str, Received]) -> None:
    url, received = receiver
    result = run("trigger", "record.update", "--to", f"{url}/altegio/events", "--secret", SECRET,
                 "--set", "company_id=4242", "--set", "data.comment=moved to Friday",
                 "--set", "data.client.id=77")  # fmt: skip
    assert result.returncode == 0, result
    (event,) = received.events
    assert (event.company_id, event.data.company_id) == (4242, 4242)
    assert (event.data.comment, event.data.client.id) == ("moved to Friday", 77)
    result = run("trigger", "payment", "--to", f"{url}/altegio/marketplace",
                 "--set", "amount=100", "--set", "discount=12.5",
                 env={"ALTEGIO_PARTNER_TOKEN": TOKEN})  # fmt: skip
    assert result.returncode == 0, result
    payment = received.events[1]
    assert (payment.amount, payment.discount) == (100, 12.5)


def test_sign_prints_the_payment_sign_from_arguments_or_a_body(tmp_path: Path) -> None:
    expected = testing.sign_payment(TOKEN, salon_id=1001, amount=99.9, discount=10)
    result = run("sign", "--partner-token", TOKEN, "--salon-id", "1001", "--amount", "99.90",
                 "--discount", "10")  # fmt: skip
    assert (result.returncode, result.stdout) == (0, expected + "\n"), result
    call = testing.make_lifecycle_event("payment", partner_token=TOKEN, amount=99.9, discount=10)
    assert call["sign"] == expected
    body = tmp_path / "payment.json"
    body.write_text(json.dumps(call), encoding="utf-8")
    result = run("sign", "--body", str(body), env={"ALTEGIO_PARTNER_TOKEN": TOKEN})
    assert (result.returncode, result.stdout) == (0, expected + "\n"), result
    body.write_text('{"salon_id": 1001}', encoding="utf-8")
    result = run("sign", "--body", str(body), "--partner-token", TOKEN)
    assert result.returncode == 2 and f"{body} has no amount" in result.stderr


def test_replay_sends_each_captured_delivery_and_sums_up(
    receiver: tuple[str, Received], tmp_path: Path
) -> None:
    url, received = receiver
    captured = tmp_path / "captured"
    (captured / "webhooks").mkdir(parents=True)
    (captured / "responses").mkdir()
    for index, name in enumerate(["client.update", "record.create", "schedule.update"]):
        resource, status = name.split(".")
        event = testing.make_event(resource, status, resource_id=index + 1)
        (captured / "webhooks" / f"{name}.json").write_text(json.dumps(event), encoding="utf-8")
    (captured / "webhooks" / "broken.json").write_text("{not json", encoding="utf-8")
    (captured / "responses" / "get_country_list.200.json").write_text("{}", encoding="utf-8")
    result = run("replay", str(captured), "--to", f"{url}/altegio/events", "--secret", SECRET)
    assert result.returncode == 1, result  # one was refused
    assert result.stdout.splitlines() == [
        f"webhooks/broken.json -> {url}/altegio/events: 400 Bad Request (1 attempt)",
        f"webhooks/client.update.json -> {url}/altegio/events: 200 OK (1 attempt)",
        f"webhooks/record.create.json -> {url}/altegio/events: 200 OK (1 attempt)",
        f"webhooks/schedule.update.json -> {url}/altegio/events: 200 OK (1 attempt)",
        "4 deliveries: 3 accepted, 1 refused, 0 unreachable; 1 response bodies skipped",
    ]
    assert len(received.events) == 3
    (captured / "webhooks" / "broken.json").unlink()
    result = run("replay", str(captured), "--to", f"{url}/altegio/events", "--secret", SECRET)
    assert result.returncode == 0, result  # accepted again: duplicates are answered 200


def test_the_module_runs_as_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "altegio_devtools.cli", "sign", "--partner-token", TOKEN,
         "--salon-id", "7", "--amount", "100"],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.stdout == testing.sign_payment(TOKEN, salon_id=7, amount=100) + "\n", result
