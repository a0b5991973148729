"""overrides/names.yaml: the Python surface a partner spells, checked from both ends.

mypy --strict on a user script reports a wrong keyword, a missing required keyword and a
wrong type. (A build whose spec no longer has an entry's operationId or produces an entry's
class fails naming the entry, generated/ untouched: tests/test_build_failures.py.)
"""

from __future__ import annotations

import inspect
import subprocess
import sys

import httpx
import pytest

from altegio_devtools import AltegioClient, models
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.api import marketplace, voip
from generator.pipeline.names import load_names
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


WRONG_CALLS = [
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
]


@pytest.mark.parametrize(
    ("call", "message"),
    WRONG_CALLS,
    ids=["wrong keyword", "missing required keyword", "wrong type"],
)
def test_mypy_strict_reports_a_wrong_call(
    call: str, message: str, mypy_errors: dict[str, list[str]]
) -> None:
    bad = f"bad_{WRONG_CALLS.index((call, message))}.py"
    errors = mypy_errors[bad]
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{bad}:5:"), errors
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
    client.voip.send_event(command="setup", crm_token="t", type=setup)
    by_keywords = recorder.last.content
    client.voip.send_event(body=models.VoIPSetupCommand(crm_token="t", type_=setup))
    assert recorder.last.content == by_keywords
    assert recorder.last_json() == {"command": "setup", "crm_token": "t", "type": "enable"}
    client.with_raw_response.voip.send_event(
        command="event",
        crm_token="t",
        diversion="+1",
        phone="+2",
        type="incoming",
    )
    assert recorder.last_json()["command"] == "event"
    sent = len(recorder.requests)
    with pytest.raises(TypeError, match=r"send_event\(\) takes body= or command= one of"):
        client.voip.send_event(crm_token="t", type=setup)  # type: ignore[call-overload]
    assert len(recorder.requests) == sent


VOIP_SCRIPT = """\
from altegio_devtools import AltegioClient, models

with AltegioClient(partner_token="p") as client:
    client.voip.send_event(command="setup", crm_token="t", type=models.VoIPSetupCommandType.ENABLE)
    client.voip.send_event(command="event", crm_token="t", type=models.VoIPSetupCommandType.ENABLE)
"""


#: The user scripts mypy checks, by file name: a correct one, one per wrong call, the VoIP one.
SCRIPTS = {
    "good.py": USER_SCRIPT.format(call="pass"),
    **{f"bad_{n}.py": USER_SCRIPT.format(call=call) for n, (call, _) in enumerate(WRONG_CALLS)},
    "voip.py": VOIP_SCRIPT,
}


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The error lines of one `mypy --strict` run over every script of SCRIPTS, by file name.

    One run, not one per script: each is its own module and mypy reports errors per file,
    while analysing the package (most of the time) once instead of five times.
    """
    root = tmp_path_factory.mktemp("mypy")
    for name, text in SCRIPTS.items():
        (root / name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--no-incremental",
            "--cache-dir", str(root / "cache"), *SCRIPTS,
        ],
        cwd=root, capture_output=True, text=True, check=False,
        env={"MYPYPATH": str(ROOT / "generated"), "PATH": ""},
    )  # fmt: skip
    assert result.returncode == 1, result.stdout
    errors: dict[str, list[str]] = {name: [] for name in SCRIPTS}
    for line in result.stdout.splitlines():
        if ": error:" in line:
            name = line.split(":", 1)[0]
            # An error anywhere else (in the package itself) is a failure of every test here.
            assert name in errors, result.stdout
            errors[name].append(line)
    assert errors["good.py"] == [], result.stdout
    return errors


def test_mypy_strict_reports_fields_of_the_wrong_voip_variant(
    mypy_errors: dict[str, list[str]],
) -> None:
    errors = mypy_errors["voip.py"]
    assert len(errors) == 1 and errors[0].startswith("voip.py:5:"), errors
    assert "No overload variant" in errors[0], errors
