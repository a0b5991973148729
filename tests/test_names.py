"""overrides/names.yaml: the Python surface a partner spells, checked from both ends.

mypy --strict on a user script reports a wrong keyword, a missing required keyword and a
wrong type. (A build whose spec no longer has an entry's operationId or produces an entry's
class fails naming the entry, generated/ untouched: tests/test_build_failures.py.)
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from altegio_devtools import AltegioClient, models
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.api import marketplace, voip
from generator.names import load_names
from tests.conftest import ROOT, Recorder

NAMES = load_names(ROOT / "overrides" / "names.yaml")


def test_every_operation_has_its_python_name() -> None:
    for operation_id, operation in OPERATIONS.items():
        assert operation.python_name == NAMES.python_name(operation_id)
        assert operation.operation_id == operation_id
    assert {"list_locations", "notify_payment", "send_event"} <= {
        op.python_name for op in OPERATIONS.values()
    }
    for name in NAMES.models.values():
        assert hasattr(models, name), name


USER_SCRIPT = """\
from altegio_devtools import AltegioClient

with AltegioClient(partner_token="p") as client:
    client.marketplace.set_discount(salon_ids=[1], application_id=2, discount=5.0)
    {call}
"""


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "client.marketplace.set_discount(salon_ids=[1], application_id=2, discont=5.0)",
            'Unexpected keyword argument "discont"',
        ),
        (
            "client.marketplace.set_discount(salon_ids=[1], application_id=2)",
            'Missing named argument "discount"',
        ),
        (
            'client.marketplace.set_discount(salon_ids=[1], application_id="2", discount=5.0)',
            'Argument "application_id" to "set_discount" of "MarketplaceResource" has '
            'incompatible type "str"; expected "int"',
        ),
    ],
    ids=["wrong keyword", "missing required keyword", "wrong type"],
)
def test_mypy_strict_reports_a_wrong_call(call: str, message: str, tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text(USER_SCRIPT.format(call="pass"), encoding="utf-8")
    bad = tmp_path / "bad.py"
    bad.write_text(USER_SCRIPT.format(call=call), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--no-incremental",
            "--cache-dir", str(tmp_path / "cache"), str(good), str(bad),
        ],
        cwd=tmp_path, capture_output=True, text=True, check=False,
        env={"MYPYPATH": str(ROOT / "generated"), "PATH": ""},
    )  # fmt: skip
    lines = result.stdout.splitlines()
    assert result.returncode == 1, result.stdout
    errors = [line for line in lines if ": error:" in line]
    assert len(errors) == 1, result.stdout
    assert errors[0].startswith("bad.py:5:") or errors[0].startswith(f"{bad}:5:"), errors
    assert message in errors[0]


def test_body_fields_are_keyword_arguments_sync_async_and_raw() -> None:
    resources = [
        getattr(marketplace, prefix + "MarketplaceResource" + suffix)
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse")
    ]
    for resource in resources:
        parameters = inspect.signature(resource.notify_payment).parameters
        assert parameters["salon_id"].kind is inspect.Parameter.KEYWORD_ONLY
        assert parameters["salon_id"].default is inspect.Parameter.empty
        assert parameters["salon_id"].annotation == "int"
        assert "body" not in parameters
    assert "body" in inspect.signature(voip.VoipResource.send_event).parameters


def test_voip_send_event_takes_a_variant_by_command_or_the_model(
    client: AltegioClient, recorder: Recorder
) -> None:
    recorder._handler = lambda request: httpx.Response(
        202, json={"success": True, "data": None, "meta": {"message": "Accepted"}}
    )
    setup = models.VoIPSetupCommandType.ENABLE
    client.voip.send_event(command="setup", crm_token="t", type_=setup)
    by_keywords = recorder.last.content
    client.voip.send_event(body=models.VoIPSetupCommand(crm_token="t", type_=setup))
    assert recorder.last.content == by_keywords
    assert recorder.last_json() == {"command": "setup", "crm_token": "t", "type": "enable"}
    client.with_raw_response.voip.send_event(
        command="event",
        crm_token="t",
        diversion="+1",
        phone="+2",
        type_=models.VoIPCallEventType.INCOMING,
    )
    assert recorder.last_json()["command"] == "event"
    sent = len(recorder.requests)
    with pytest.raises(TypeError, match=r"send_event\(\) takes body= or command= one of"):
        client.voip.send_event(crm_token="t", type_=setup)  # type: ignore[call-overload]
    assert len(recorder.requests) == sent


VOIP_SCRIPT = """\
from altegio_devtools import AltegioClient, models

with AltegioClient(partner_token="p") as client:
    client.voip.send_event(command="setup", crm_token="t", type_=models.VoIPSetupCommandType.ENABLE)
    client.voip.send_event(command="event", crm_token="t", type_=models.VoIPSetupCommandType.ENABLE)
"""


def test_mypy_strict_reports_fields_of_the_wrong_voip_variant(tmp_path: Path) -> None:
    script = tmp_path / "voip.py"
    script.write_text(VOIP_SCRIPT, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--no-incremental",
            "--cache-dir", str(tmp_path / "cache"), str(script),
        ],
        cwd=tmp_path, capture_output=True, text=True, check=False,
        env={"MYPYPATH": str(ROOT / "generated"), "PATH": ""},
    )  # fmt: skip
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and ":5:" in errors[0], result.stdout
    assert "No overload variant" in errors[0], result.stdout
