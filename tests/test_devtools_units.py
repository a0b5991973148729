"""cli.py and _triggers.py in this process: what each command prints and returns for each
kind of input (test_devtools_cli.py runs the same commands as the console script; these
are the unit tests `make mutate` judges the modules by)."""

from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, _triggers, cli, testing, webhooks
from altegio_devtools.receiver import WebhookReceiver
from altegio_devtools.sandbox import Sandbox
from tests.receiver_app import serving
from tests.valkey import free_port

TOKEN = "partner-token-invented"
SECRET = "hooks-secret-invented"
CRM_TOKEN = "7cf262d6-0000-4000-8000-00000000c0de"


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALTEGIO_PARTNER_TOKEN", raising=False)
    monkeypatch.delenv("ALTEGIO_WEBHOOK_SECRET", raising=False)


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[Any]]]:
    events: list[Any] = []
    with serving(WebhookReceiver(events.append, secret=SECRET, partner_token=TOKEN)) as url:
        yield url, events


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


# --- sign --------------------------------------------------------------------------------


def test_sign_from_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "sign", "--partner-token", TOKEN, "--salon-id", "12",
                           "--amount", "100.50")  # fmt: skip
    assert (status, out, err) == (
        0,
        testing.sign_payment(TOKEN, salon_id=12, amount=100.5) + "\n",
        "",
    )
    status, out, _ = run(capsys, "sign", "--partner-token", TOKEN, "--salon-id", "12",
                         "--amount", "-3", "--discount", "5")  # fmt: skip
    assert out == testing.sign_payment(TOKEN, salon_id=12, amount=-3, discount=5) + "\n"
    assert testing.sign_payment(TOKEN, salon_id=12, amount=-3, discount=5) != (
        testing.sign_payment(TOKEN, salon_id=12, amount=-3)
    )


def test_the_command_line_is_read_when_no_arguments_are_given(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["altegio-devtools", "sign", "--partner-token", TOKEN, "--salon-id", "7",
            "--amount", "5"]  # fmt: skip
    monkeypatch.setattr(sys, "argv", argv)
    assert cli.main() == 0
    assert capsys.readouterr().out == testing.sign_payment(TOKEN, salon_id=7, amount=5) + "\n"


@pytest.mark.parametrize(
    ("option", "text", "message"),
    [("--salon-id", "12x", "a location ID is a positive integer"),
     ("--amount", "ten", "not a number"), ("--discount", "nan", "not a finite number")],
)  # fmt: skip
def test_sign_reads_each_option_by_its_type(
    capsys: pytest.CaptureFixture[str], option: str, text: str, message: str
) -> None:
    args = {"--salon-id": "12", "--amount": "100", "--discount": "5", option: text}
    with pytest.raises(SystemExit) as exited:
        cli.main(["sign", "--partner-token", TOKEN, *(w for pair in args.items() for w in pair)])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith(f"error: argument {option}: {message}\n")


def test_sign_reads_the_token_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", TOKEN)
    status, out, _ = run(capsys, "sign", "--salon-id", "1", "--amount", "2")
    assert (status, out) == (0, testing.sign_payment(TOKEN, salon_id=1, amount=2) + "\n")
    status, out, _ = run(capsys, "sign", "--salon-id", "1", "--amount", "2", "--partner-token",
                         "other")  # fmt: skip
    assert out == testing.sign_payment("other", salon_id=1, amount=2) + "\n"  # the option wins


def test_sign_from_a_body(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    body = tmp_path / "call.json"
    calls: list[dict[str, Any]] = [
        {"salon_id": 7, "amount": 99.9},
        {"salon_id": "7", "amount": 10, "discount": 2.5},
        {"salon_id": 7, "amount": 10, "discount": None},
    ]
    for call in calls:
        body.write_text(json.dumps(call), encoding="utf-8")
        status, out, _ = run(capsys, "sign", "--partner-token", TOKEN, "--body", str(body))
        expected = testing.sign_payment(
            TOKEN, salon_id=call["salon_id"], amount=call["amount"], discount=call.get("discount")
        )
        assert (status, out) == (0, expected + "\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{oops", "is not JSON"),
        ("[1]", "is not a JSON object (a payment call)"),
        ('{"amount": 1}', "has no salon_id"),
        ('{"salon_id": 1}', "has no amount"),
        ('{"salon_id": true, "amount": 1}', "salon_id is not an integer or a string"),
        ('{"salon_id": 1.5, "amount": 1}', "salon_id is not an integer or a string"),
        ('{"salon_id": 1, "amount": "1"}', "amount is not a number"),
        ('{"salon_id": 1, "amount": false}', "amount is not a number"),
        ('{"salon_id": 1, "amount": 1, "discount": "2"}', "discount is not a number"),
    ],
)
def test_sign_names_what_is_wrong_with_a_body(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
) -> None:
    body = tmp_path / "call.json"
    body.write_text(content, encoding="utf-8")
    status, out, err = run(capsys, "sign", "--partner-token", TOKEN, "--body", str(body))
    assert (status, out) == (2, "")
    assert err.startswith(f"altegio-devtools sign: error: {body}")
    assert err.endswith(f"{message}\n"), err


def test_sign_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    status, _, err = run(capsys, "sign", "--partner-token", TOKEN, "--body", str(missing))
    assert (status, err) == (2, f"altegio-devtools sign: error: {missing} cannot be read "
                                "(FileNotFoundError)\n")  # fmt: skip
    for extra in (["--salon-id", "1"], ["--amount", "1"], ["--discount", "1"]):
        status, _, err = run(capsys, "sign", "--partner-token", TOKEN, "--body", "x", *extra)
        assert (status, err) == (2, "altegio-devtools sign: error: give --body or "
                                    "--salon-id/--amount/--discount, not both\n")  # fmt: skip
    status, _, err = run(capsys, "sign", "--partner-token", TOKEN, "--amount", "1")
    assert (status, err) == (2, "altegio-devtools sign: error: give --salon-id and --amount "
                                "(or --body FILE)\n")  # fmt: skip
    status, _, err = run(capsys, "sign", "--salon-id", "1", "--amount", "1")
    assert (status, err) == (2, "altegio-devtools sign: error: give --partner-token or set "
                                "ALTEGIO_PARTNER_TOKEN\n")  # fmt: skip
    status, _, err = run(capsys, "sign", "--partner-token", " t\n", "--salon-id", "1",
                         "--amount", "1")  # fmt: skip
    assert (status, err) == (2, "altegio-devtools sign: error: the partner token has "
                                "whitespace around it (a pasted newline?)\n")  # fmt: skip


@pytest.mark.parametrize(
    ("convert", "text", "value"),
    [
        (cli._port, "0", 0), (cli._port, "65535", 65535), (cli._salon_id, "0", 0),
        (cli._salon_id, "42", 42), (cli._number, "7", 7), (cli._number, "-7", -7),
        (cli._number, "7.25", 7.25), (cli._number, "1e3", 1000.0), (cli._number, "7.0", 7.0),
        (cli._crm_token, "tok-1=5", ("tok-1", 5)), (cli._crm_token, "a=b=6", ("a=b", 6)),
    ],
)  # fmt: skip
def test_argument_types_read_what_they_take(convert: Any, text: str, value: Any) -> None:
    converted = convert(text)
    assert converted == value and type(converted) is type(value)


@pytest.mark.parametrize(
    ("convert", "text", "message"),
    [
        (cli._port, "65536", "a port is 0 to 65535"), (cli._port, "-1", "a port is 0 to 65535"),
        (cli._port, "http", "a port is 0 to 65535"),
        (cli._salon_id, "-1", "a location ID is a positive integer"),
        (cli._salon_id, "1.0", "a location ID is a positive integer"),
        (cli._number, "ten", "not a number"), (cli._number, "inf", "not a finite number"),
        (cli._number, "nan", "not a finite number"),
        (cli._crm_token, "tok", "TOKEN=LOCATION_ID, e.g. 7cf262d6-...=1001"),
        (cli._crm_token, "=5", "TOKEN=LOCATION_ID, e.g. 7cf262d6-...=1001"),
        (cli._crm_token, "tok=x", "TOKEN=LOCATION_ID, e.g. 7cf262d6-...=1001"),
    ],
)  # fmt: skip
def test_argument_types_refuse_the_rest(convert: Any, text: str, message: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=f"^{message.replace('.', '[.]')}$"):
        convert(text)


# --- trigger -----------------------------------------------------------------------------


def test_the_hooks_secret_is_a_bearer_header_only_when_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert cli._authorization(argparse.Namespace(secret=None)) == {}
    assert cli._authorization(argparse.Namespace(secret="")) == {}
    given = {"Authorization": f"Bearer {SECRET}"}
    assert cli._authorization(argparse.Namespace(secret=SECRET)) == given
    monkeypatch.setenv("ALTEGIO_WEBHOOK_SECRET", SECRET)
    assert cli._authorization(argparse.Namespace(secret=None)) == given


def test_a_url_is_http_or_https_with_a_host() -> None:
    for url in ("http://127.0.0.1:9/hooks", "https://receiver.test/hooks?k=v"):
        assert cli._url(url, "--to") == url
    for url in ("ftp://receiver.test/", "HTTPS://", "https:///hooks", "receiver.test/hooks"):
        with pytest.raises(cli.CommandError, match=r"^--to must be an http:// or https:// URL"):
            cli._url(url, "--to")


def test_trigger_sends_each_event_and_prints_its_answer(
    capsys: pytest.CaptureFixture[str], receiver: tuple[str, list[Any]]
) -> None:
    url, events = receiver
    status, out, err = run(capsys, "trigger", "client.create", "staff.delete", "--to",
                           f"{url}/altegio/events?k=v", "--secret", SECRET)  # fmt: skip
    assert (status, err) == (0, "")
    assert out == (
        f"client.create -> {url}/altegio/events: 200 OK (1 attempt)\n"
        f"staff.delete -> {url}/altegio/events: 200 OK (1 attempt)\n"
    )
    assert [type(event).__name__ for event in events] == ["ClientEvent", "StaffEvent"]


def test_trigger_takes_the_secret_and_token_from_the_environment(
    capsys: pytest.CaptureFixture[str],
    receiver: tuple[str, list[Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, events = receiver
    monkeypatch.setenv("ALTEGIO_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", TOKEN)
    assert run(capsys, "trigger", "good.update", "--to", f"{url}/altegio/events")[0] == 0
    assert run(capsys, "trigger", "freeze", "--to", f"{url}/altegio/marketplace")[0] == 0
    assert [type(event).__name__ for event in events] == ["GoodEvent", "Freeze"]


def test_trigger_with_quirks_prints_the_drift(
    capsys: pytest.CaptureFixture[str], receiver: tuple[str, list[Any]]
) -> None:
    url, events = receiver
    status, out, _ = run(capsys, "trigger", "service.update", "--quirks", "--to",
                         f"{url}/altegio/events", "--secret", SECRET)  # fmt: skip
    assert (status, out) == (0, (
        f"service.update -> {url}/altegio/events: 200 OK (1 attempt)\n"
        "  drift (as the receiver reads it): data.title\n"
    ))  # fmt: skip
    (event,) = events
    assert [entry.path for entry in event.drift] == ["data.title"]


def test_trigger_sets_fields_and_lists_every_drifting_path(
    capsys: pytest.CaptureFixture[str], receiver: tuple[str, list[Any]]
) -> None:
    url, events = receiver
    status, out, _ = run(capsys, "trigger", "service.update", "--quirks", "--to",
                         f"{url}/altegio/events", "--secret", SECRET, "--set",
                         "data.booking_title=null", "--set", "resource_id=31")  # fmt: skip
    assert (status, out.splitlines()[1]) == (
        0, "  drift (as the receiver reads it): data.title, data.booking_title"
    )  # fmt: skip
    (event,) = events
    assert event.resource_id == 31


def test_trigger_exit_status_is_the_worst_outcome(
    capsys: pytest.CaptureFixture[str], receiver: tuple[str, list[Any]]
) -> None:
    url, _ = receiver
    events = f"{url}/altegio/events"
    status, out, _ = run(capsys, "trigger", "record.update", "payment", "--to", events,
                         "--secret", SECRET, "--partner-token", TOKEN)  # fmt: skip
    assert status == 1  # a lifecycle call carries no Authorization: not at the events path
    assert out.splitlines()[1] == f"payment -> {events}: 401 Unauthorized (1 attempt)"
    status, out, _ = run(capsys, "trigger", "record.update", "--to", "http://127.0.0.1:9/x")
    assert status == 3


def test_trigger_refuses_bad_input_before_sending(
    capsys: pytest.CaptureFixture[str], receiver: tuple[str, list[Any]]
) -> None:
    url, events = receiver
    status, out, err = run(capsys, "trigger", "record.update", "record.rename", "--to", url)
    assert (status, out) == (2, "")
    assert err.startswith("altegio-devtools trigger: error: unknown event 'record.rename': ")
    for to in ("ftp://127.0.0.1/x", "http://", "127.0.0.1:80"):
        status, _, err = run(capsys, "trigger", "record.update", "--to", to)
        assert (status, err) == (2, "altegio-devtools trigger: error: --to must be an http:// "
                                    "or https:// URL with a host\n")  # fmt: skip
    assert events == []


def test_only_the_sandbox_runs_a_command_after_dashes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["sign", "--partner-token", "t", "--", "true"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith(
        "altegio-devtools: error: only `sandbox` runs a command after --\n"
    )


# --- replay ------------------------------------------------------------------------------


def test_replay_sends_captures_in_order_with_the_secret(
    capsys: pytest.CaptureFixture[str], receiver: tuple[str, list[Any]], tmp_path: Path
) -> None:
    url, events = receiver
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.json").write_text(json.dumps(testing.make_event("record", "update")))
    (tmp_path / "1.json").write_text(json.dumps([testing.make_event("client", "create")]))
    (tmp_path / "list_voip_calls.200.no-meta.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("not a capture")
    status, out, _ = run(capsys, "replay", str(tmp_path), "--to", f"{url}/altegio/events",
                         "--secret", SECRET)  # fmt: skip
    assert status == 0
    assert out.splitlines() == [
        f"1.json -> {url}/altegio/events: 200 OK (1 attempt)",
        f"b/2.json -> {url}/altegio/events: 200 OK (1 attempt)",
        "2 deliveries: 2 accepted, 0 refused, 0 unreachable; 1 response bodies skipped",
    ]
    assert [type(event).__name__ for event in events] == ["ClientEvent", "RecordEvent"]
    status, out, _ = run(capsys, "replay", str(tmp_path), "--to", f"{url}/altegio/events")
    assert status == 1  # no secret: refused
    assert out.splitlines()[-1] == (
        "2 deliveries: 0 accepted, 2 refused, 0 unreachable; 1 response bodies skipped"
    )
    status, out, _ = run(capsys, "replay", str(tmp_path), "--to", "http://127.0.0.1:9/")
    assert status == 3
    assert out.splitlines()[-1] == (
        "2 deliveries: 0 accepted, 0 refused, 2 unreachable; 1 response bodies skipped"
    )


def test_replay_refuses_an_empty_or_missing_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "get_city_list.200.json").write_text("{}")
    status, _, err = run(capsys, "replay", str(tmp_path), "--to", "http://127.0.0.1:9/")
    assert (status, err) == (2, f"altegio-devtools replay: error: {tmp_path} holds no captured "
                                "deliveries (*.json)\n")  # fmt: skip
    status, _, err = run(capsys, "replay", str(tmp_path / "x"), "--to", "http://127.0.0.1:9/")
    assert (status, err) == (2, f"altegio-devtools replay: error: {tmp_path / 'x'} is not a "
                                "directory\n")  # fmt: skip
    status, _, err = run(capsys, "replay", str(tmp_path), "--to", "nowhere")
    assert status == 2 and "--to must be an http://" in err


def test_replay_names_a_capture_it_cannot_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "1.json").write_text("{}")

    def unreadable(self: Path) -> bytes:
        raise PermissionError(13, "denied")

    monkeypatch.setattr(Path, "read_bytes", unreadable)
    status, _, err = run(capsys, "replay", str(tmp_path), "--to", "http://127.0.0.1:9/")
    assert (status, err) == (2, f"altegio-devtools replay: error: {tmp_path / '1.json'} cannot "
                                "be read (PermissionError)\n")  # fmt: skip


# --- sandbox -----------------------------------------------------------------------------


def test_the_sandbox_runs_a_command_against_itself(
    capsys: pytest.CaptureFixture[str],
    receiver: tuple[str, list[Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hooks' secret from ALTEGIO_WEBHOOK_SECRET (what the receiver reads) signs the
    entity event the command asks for."""
    url, events = receiver
    monkeypatch.setenv("ALTEGIO_WEBHOOK_SECRET", SECRET)
    script = (
        "import os, httpx; from altegio_devtools import AltegioClient\n"
        "base = os.environ['ALTEGIO_APP_BASE_URL']\n"
        "with AltegioClient(partner_token=os.environ['ALTEGIO_PARTNER_TOKEN'],"
        " user_token='u', api_base_url=os.environ['ALTEGIO_API_BASE_URL'],"
        " app_base_url=base) as client:\n"
        "    client.marketplace.install(salon_id=5, application_id=6, api_key='k')\n"
        f"    client.webhooks.update_settings(5, active=1, urls=['{url}/altegio/events'],"
        " record=1)\n"
        "    order = {'salon_id': 5, 'resource': 'record', 'fields': {'resource_id': 8}}\n"
        "    assert httpx.post(base + '/_sandbox/trigger', json=order).status_code == 202\n"
        "    client.marketplace.uninstall(5, 6)\n"
        "raise SystemExit(7)\n"
    )
    status, out, err = run(capsys, "sandbox", "--port", "0", "--partner-token", TOKEN,
                           "--callback-url", f"{url}/altegio/marketplace", "--",
                           sys.executable, "-c", script)  # fmt: skip
    assert status == 7, err  # the command's
    deliveries = [line for line in out.splitlines() if line.startswith("delivery ")]
    assert [line for line in out.splitlines() if line not in deliveries] == [
        "POST /marketplace/partner/callback: 201",
        "POST /api/v1/hooks_settings/5: 201",
        "POST /marketplace/salon/5/application/6/uninstall: 200",
    ]
    assert sorted(deliveries) == [
        f"delivery record.update -> {url}/altegio/events: 200 OK (1 attempt)",
        f"delivery uninstall -> {url}/altegio/marketplace: 200 OK (1 attempt)",
    ]  # the deliveries finished before the sandbox stopped
    uninstall = webhooks.Uninstall(salon_id=5, application_id=6)
    (record,) = [event for event in events if event != uninstall]
    assert (type(record).__name__, record.company_id, record.resource_id) == ("RecordEvent", 5, 8)
    assert uninstall in events


def test_the_sandbox_serves_until_sigterm(
    monkeypatch: pytest.MonkeyPatch, receiver: tuple[str, list[Any]]
) -> None:
    """The long-running form as a script watching its output sees it: the banner and each
    report line readable at once (flushed) on a pipe; a VoIP call with the CRM token given;
    an entity event with the hooks' secret and production's quirks; the deliveries; then
    SIGTERM stops it as Ctrl-C does (its handler is this process's until the test puts the
    old one back)."""
    url, events = receiver
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    reading, writing = os.pipe()
    monkeypatch.setattr(sys, "stdout", open(writing, "w", encoding="utf-8"))
    arrived: queue.Queue[str] = queue.Queue()
    seen: list[str] = []
    problems: list[BaseException] = []
    metas: list[Any] = []

    def read() -> None:
        with open(reading, encoding="utf-8") as pipe:
            for line in pipe:
                arrived.put(line.rstrip("\n"))

    def wait_for(prefix: str) -> None:
        while not (seen and seen[-1].startswith(prefix)):
            seen.append(arrived.get(timeout=10))  # only what was flushed arrives

    def partner() -> None:
        try:
            wait_for("  entity events: POST ")
            with AltegioClient(partner_token=TOKEN, user_token="u", app_base_url=base,
                               api_base_url=f"{base}/api/v1", max_retries=0) as client:  # fmt: skip
                client.marketplace.install(salon_id=3, application_id=4, api_key="k")
                client.voip.send_event(command="setup", type="enable", crm_token=CRM_TOKEN)
                client.webhooks.update_settings(3, active=1, urls=[f"{url}/altegio/events"],
                                                record=1)  # fmt: skip
                headers = {"Authorization": f"Bearer {TOKEN}, User u",
                           "Accept": "application/vnd.api.v2+json"}  # fmt: skip
                settings = httpx.get(f"{base}/api/v1/hooks_settings/3", headers=headers)
                metas.append(settings.json()["meta"])
                order = {"salon_id": 3, "resource": "record", "fields": {"resource_id": 9}}
                assert httpx.post(f"{base}/_sandbox/trigger", json=order).status_code == 202
                wait_for("delivery record.update")
                client.marketplace.uninstall(3, 4)
                wait_for("delivery uninstall")
        except BaseException as error:  # the test fails on it below
            problems.append(error)
        finally:
            os.kill(os.getpid(), signal.SIGTERM)

    # Until the command installs its own handler, a SIGTERM (a partner giving up) is ignored.
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: None)
    threading.Thread(target=read, daemon=True).start()
    caller = threading.Thread(target=partner)
    caller.start()
    try:
        status = cli.main(["sandbox", "--port", str(port), "--host", "127.0.0.1",
                           "--partner-token", TOKEN, "--webhook-secret", SECRET,
                           "--crm-token", f"{CRM_TOKEN}=3",
                           "--callback-url", f"{url}/altegio/marketplace", "--quirks"])  # fmt: skip
    finally:
        caller.join(timeout=30)
        signal.signal(signal.SIGTERM, previous)
        sys.stdout.close()  # the reader's end of the pipe
    assert (status, problems) == (0, [])
    assert seen == [
        f"Altegio sandbox on {base}",
        f"  api_base_url={base}/api/v1  app_base_url={base}",
        "  lifecycle calls (uninstall, ...) go to the --callback-url",
        f"  entity events: POST {base}/_sandbox/trigger  (Ctrl-C stops)",
        "POST /marketplace/partner/callback: 201",
        "POST /api/v1/voip/integration: 202",
        "POST /api/v1/hooks_settings/3: 201",
        "GET /api/v1/hooks_settings/3: 200",
        f"delivery record.update -> {url}/altegio/events: 200 OK (1 attempt)",
        "POST /marketplace/salon/3/application/4/uninstall: 200",
        f"delivery uninstall -> {url}/altegio/marketplace: 200 OK (1 attempt)",
    ]
    record, uninstall = events
    assert (type(record).__name__, record.company_id, record.resource_id) == ("RecordEvent", 3, 9)
    assert metas == [[]]  # production's quirks: PHP's [] for an empty object
    assert uninstall == webhooks.Uninstall(salon_id=3, application_id=4)
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{base}/api/v1/countries", timeout=2)  # stopped


def test_the_sandbox_listens_where_asked(capsys: pytest.CaptureFixture[str]) -> None:
    """An address not this machine's (TEST-NET-1) cannot be bound: nothing is sent."""
    status, _, err = run(capsys, "sandbox", "--host", "192.0.2.1", "--port", "0",
                         "--partner-token", "t", "--", "true")  # fmt: skip
    assert (status, err) == (2, "altegio-devtools sandbox: error: cannot listen on "
                                "192.0.2.1:0 (OSError)\n")  # fmt: skip


def test_the_sandbox_banner_without_a_callback_url(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: Sandbox) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Sandbox, "serve_forever", interrupted)
    monkeypatch.setenv("ALTEGIO_PARTNER_TOKEN", TOKEN)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        assert cli.main(["sandbox", "--port", "0"]) == 0
    finally:
        signal.signal(signal.SIGTERM, previous)
    banner = capsys.readouterr().out.splitlines()
    assert len(banner) == 3 and banner[0].startswith("Altegio sandbox on http://127.0.0.1:")
    assert "lifecycle" not in "".join(banner)


def test_the_sandbox_names_what_stops_it(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        status, _, err = run(capsys, "sandbox", "--port", str(port), "--partner-token", "t")
    assert (status, err) == (2, f"altegio-devtools sandbox: error: cannot listen on "
                                f"127.0.0.1:{port} (OSError)\n")  # fmt: skip
    status, _, err = run(capsys, "sandbox", "--port", "0", "--", "true")
    assert (status, err) == (2, "altegio-devtools sandbox: error: give --partner-token or set "
                                "ALTEGIO_PARTNER_TOKEN\n")  # fmt: skip
    status, _, err = run(capsys, "sandbox", "--port", "0", "--partner-token", "t",
                         "--", "/nonexistent/command")  # fmt: skip
    assert (status, err) == (2, "altegio-devtools sandbox: error: /nonexistent/command cannot "
                                "be run (FileNotFoundError)\n")  # fmt: skip
    status, _, err = run(capsys, "sandbox", "--port", "0", "--partner-token", "t",
                         "--callback-url", "localhost:80/x", "--", "true")  # fmt: skip
    assert (status, err) == (2, "altegio-devtools sandbox: error: --callback-url must be an "
                                "http:// or https:// URL with a host\n")  # fmt: skip


# --- the bodies (_triggers) --------------------------------------------------------------


def test_every_event_name_builds_a_body_that_reads_back_without_drift() -> None:
    assert len(_triggers.EVENTS) == 3 * len(testing.RESOURCES) + 3
    for name in _triggers.EVENTS:
        built = _triggers.build(name, partner_token=TOKEN)
        assert (built.name, built.drift) == (name, ())
        kind = built.body.get("event") or f"{built.body['resource']}.{built.body['status']}"
        assert kind == name
        assert built.lifecycle is (name in ("uninstall", "freeze", "payment"))
        assert json.loads(built.encoded()) == built.body


def test_quirks_make_the_entity_body_as_production_sends_it() -> None:
    built = _triggers.build("record.update", partner_token=None, quirks=True)
    plain = _triggers.build("record.update", partner_token=None)
    assert built.body["resource_id"] == str(plain.body["resource_id"])
    data = built.body["data"]
    assert data[_triggers.NEW_KEY] == 1
    flags = [key for key, value in plain.body["data"].items() if value is True]
    assert flags and all(data[key] == 1 and type(data[key]) is int for key in flags)
    nulled = [key for key in plain.body["data"] if data.get(key, "") is None]
    assert nulled == ["comment"] and built.drift == ("data.comment",)
    assert plain.body["data"]["comment"] is not None
    event = webhooks.parse_event(built.encoded())
    assert type(event).__name__ == "RecordEvent"
    assert _triggers.build("schedule.update", partner_token=None, quirks=True).body.keys() == {
        "company_id", "resource", "resource_id", "status"
    }  # fmt: skip


def test_quirks_null_a_nested_string_when_no_top_level_one_drifts() -> None:
    body = {"company_id": 1, "resource": "x", "resource_id": 2, "status": "update",
            "data": {"flag": False, "inner": {"items": [True], "text": "t"}}}  # fmt: skip
    assert _triggers._php_flags(body["data"]) == {"flag": 0, "inner": {"items": [1], "text": "t"}}
    assert _triggers._string_paths(body["data"], ("data",)) == [("data", "inner", "text")]


def test_quirky_lifecycle_calls_send_string_ids_and_stay_signed() -> None:
    built = _triggers.build("payment", partner_token=TOKEN, quirks=True,
                            settings=["salon_id=77", "amount=12"])  # fmt: skip
    assert (built.body["salon_id"], built.body["application_id"]) == ("77", "3003")
    payment = webhooks.parse_marketplace_event(built.encoded(), partner_token=TOKEN)
    assert isinstance(payment, webhooks.Payment)
    assert (payment.salon_id, payment.amount) == (77, 12)
    freeze = _triggers.build("freeze", partner_token=TOKEN, quirks=True).body
    assert (freeze["salon_id"], freeze["application_id"]) == ("1001", "3003")
    assert webhooks.parse_marketplace_event(json.dumps(freeze), partner_token=TOKEN) == (
        webhooks.Freeze(salon_id=1001, application_id=3003)
    )


@pytest.mark.parametrize(
    ("setting", "path", "value"),
    [
        ("data.title=Hall", ["data", "title"], "Hall"),
        ('data.title="5"', ["data", "title"], "5"),
        ("data.count=5", ["data", "count"], 5),
        ("data.flag=true", ["data", "flag"], True),
        ("data.gone=null", ["data", "gone"], None),
        ("data.list=[1, 2]", ["data", "list"], [1, 2]),
        ("comment=a=b", ["comment"], "a=b"),
        ("x=", ["x"], ""),
    ],
)
def test_set_reads_json_or_else_a_string(setting: str, path: list[str], value: Any) -> None:
    assert _triggers._setting(setting) == (path, value)


@pytest.mark.parametrize("setting", ["data", "=1", "data..x=1", "1x=2", "data.=3", "a b=1"])
def test_set_refuses_what_is_not_a_field(setting: str) -> None:
    with pytest.raises(_triggers.TriggerError, match=r"^--set takes field=value, the field a "):
        _triggers._setting(setting)


def test_set_fields_land_in_the_body() -> None:
    built = _triggers.build(
        "record.update", partner_token=None,
        settings=["company_id=9", "resource_id=8", "data.client.name=X", "extra=1",
                  "data.new.deep=2"],
    )  # fmt: skip
    body = built.body
    assert (body["company_id"], body["resource_id"], body["data"]["company_id"]) == (9, 8, 9)
    assert (body["extra"], body["data"]["new"], body["data"]["client"]["name"]) == (
        1, {"deep": 2}, "X"
    )  # fmt: skip
    as_text = _triggers.build("record.update", partner_token=None, settings=['company_id="9"'])
    assert as_text.body["company_id"] == "9"  # not an int: set as sent, data left alone
    assert as_text.body["data"]["company_id"] == 1001
    with pytest.raises(_triggers.TriggerError, match=r"^--set data.id.x: data.id is not an "):
        _triggers.build("record.update", partner_token=None, settings=["data.id.x=1"])


def test_a_body_is_sent_as_utf8_json() -> None:
    built = _triggers.build("client.update", partner_token=None, settings=["data.name=Zoë"])
    assert '"name": "Zoë"'.encode() in built.encoded()


def test_an_unknown_event_is_named_with_the_choices() -> None:
    with pytest.raises(_triggers.TriggerError) as raised:
        _triggers.build("client.renamed", partner_token=None)
    assert str(raised.value) == (
        f"unknown event 'client.renamed': RESOURCE.STATUS (a resource of "
        f"{', '.join(testing.RESOURCES)}; create, update or delete) or one of "
        "uninstall, freeze, payment"
    )
    assert "client, company, " in str(raised.value)


def test_lifecycle_needs_a_token_and_flat_fields() -> None:
    with pytest.raises(_triggers.TriggerError, match=r"^a payment call needs the partner token"):
        _triggers.build("payment", partner_token=None)
    with pytest.raises(_triggers.TriggerError, match=r"^a freeze call needs the partner token"):
        _triggers.build("freeze", partner_token="")
    built = _triggers.build("uninstall", partner_token=TOKEN, settings=["salon_id=5"])
    assert built.body["salon_id"] == 5 and built.lifecycle
    for nested in ("a.b=1", "a.b.c=1"):
        with pytest.raises(_triggers.TriggerError) as raised:
            _triggers.build("payment", partner_token=TOKEN, settings=[nested])
        path = nested.split("=")[0]
        assert str(raised.value) == f"--set {path}: a lifecycle call has no nested fields"


# --- help ----------------------------------------------------------------------------------

HELP = {
    (): """\
usage: altegio-devtools [-h] COMMAND ...

A local Altegio for testing partner integrations.

positional arguments:
  COMMAND
    sandbox   serve a stateful fake Altegio over HTTP
    trigger   send webhooks to a receiver, one by one
    replay    send captured deliveries (make drift's layout)
    sign      print a lifecycle payment call's sign

options:
  -h, --help  show this help message and exit
""",
    ("sandbox",): """\
usage: altegio-devtools sandbox [-h] [--port PORT] [--host HOST] [--partner-token T]
                                [--callback-url CALLBACK_URL] [--webhook-secret S]
                                [--crm-token TOKEN=LOCATION] [--quirks]

options:
  -h, --help            show this help message and exit
  --port PORT           0 picks a free port
  --host HOST
  --partner-token T     the partner token (default: $ALTEGIO_PARTNER_TOKEN)
  --callback-url CALLBACK_URL
                        where lifecycle calls (uninstall, ...) go
  --webhook-secret S    Bearer secret of entity events (default: $ALTEGIO_WEBHOOK_SECRET)
  --crm-token TOKEN=LOCATION
                        a VoIP CRM token the fake knows, and its location ID
  --quirks              answer with production quirks
""",
    ("trigger",): """\
usage: altegio-devtools trigger [-h] --to URL [--secret S] [--partner-token T] [--set FIELD=VALUE]
                                [--quirks]
                                EVENT [EVENT ...]

positional arguments:
  EVENT              RESOURCE.STATUS, uninstall, freeze, payment

options:
  -h, --help         show this help message and exit
  --to URL           the receiver's URL
  --secret S         the hooks' Bearer secret (default: $ALTEGIO_WEBHOOK_SECRET)
  --partner-token T  the partner token (default: $ALTEGIO_PARTNER_TOKEN)
  --set FIELD=VALUE  set a field (data.title=Hall, amount=100); the value is JSON or a string
  --quirks           send it as production would
""",
    ("replay",): """\
usage: altegio-devtools replay [-h] --to URL [--secret S] DIR

positional arguments:
  DIR

options:
  -h, --help  show this help message and exit
  --to URL    the receiver's URL
  --secret S  the hooks' Bearer secret (default: $ALTEGIO_WEBHOOK_SECRET)
""",
    ("sign",): """\
usage: altegio-devtools sign [-h] [--partner-token T] [--salon-id SALON_ID] [--amount AMOUNT]
                             [--discount DISCOUNT] [--body FILE]

options:
  -h, --help           show this help message and exit
  --partner-token T    the partner token (default: $ALTEGIO_PARTNER_TOKEN)
  --salon-id SALON_ID
  --amount AMOUNT      a number, signed as JavaScript spells it
  --discount DISCOUNT
  --body FILE          a payment call's JSON body
""",
}


@pytest.mark.parametrize("command", list(HELP))
def test_each_command_explains_its_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps to the terminal's width
    with pytest.raises(SystemExit) as exited:
        cli.main([*command, "--help"])
    assert (exited.value.code, capsys.readouterr()) == (0, (HELP[command], ""))


def test_the_sandbox_defaults() -> None:
    args = cli._parser().parse_args(["sandbox"])
    assert (args.port, args.host, args.partner_token, args.callback_url) == (
        8787, "127.0.0.1", None, None
    )  # fmt: skip
    assert (args.webhook_secret, args.crm_token, args.quirks, args.run) == (
        None, [], False, cli.sandbox
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "missing"),
    [([], "COMMAND"), (["trigger", "record.update"], "--to"), (["replay", "."], "--to"),
     (["trigger", "--to", "http://127.0.0.1:9/"], "EVENT"),
     (["replay", "--to", "http://127.0.0.1:9/"], "DIR")],
)  # fmt: skip
def test_what_a_command_cannot_go_without(
    capsys: pytest.CaptureFixture[str], args: list[str], missing: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(args)
    assert exited.value.code == 2
    assert f"error: the following arguments are required: {missing}" in capsys.readouterr().err
