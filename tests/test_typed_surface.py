"""The types say what the parser guarantees (issue 23), as both checkers a partner runs see
them: mypy --strict and pyright strict check `assert_type` on the forms the README shows
(pages, `is UNSET` narrowing, dates, webhook fields), and each reports a script that
treats a parsed date as a string."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

SCRIPT = """\
import datetime
from typing import assert_type

from altegio_devtools import UNSET, AltegioClient, AsyncAltegioClient, Unset, models, webhooks
from altegio_devtools.pagination import AsyncPage, Page


def calls(client: AltegioClient) -> list[int]:
    page = client.voip.list_calls(salon_id=1, date_from="2026-01-01", date_to="2026-01-31")
    assert_type(page, Page[models.Call, models.CallList])
    assert_type(page.data, list[models.Call])
    assert_type(page.body, models.CallList)
    ids: list[int] = []
    for call in page:
        if call.id is UNSET:  # narrows int | Unset to int
            continue
        assert_type(call.id, int)
        ids.append(call.id)
    return ids


async def async_calls(client: AsyncAltegioClient) -> list[int]:
    page = await client.voip.list_calls(salon_id=1, date_from="2026-01-01", date_to="2026-01-31")
    assert_type(page, AsyncPage[models.Call, models.CallList])
    return [call.id async for call in page if not isinstance(call.id, Unset)]


def status(client: AltegioClient) -> datetime.datetime | None:
    result = client.marketplace.get_status(1, 2)
    assert_type(result, models.GetStatusResult)
    payments = result.data.payments
    if payments is UNSET:
        return None
    for payment in payments:
        assert_type(payment.payment_date, datetime.datetime | None | Unset)
        if payment.payment_date is not UNSET:
            return payment.payment_date
    return None


def on_event(body: bytes) -> datetime.date | None:
    event = webhooks.parse_event(body)
    if isinstance(event, models.RecordEvent):
        assert_type(event.data.datetime_, datetime.datetime | None | Unset)
        assert_type(event.data.confirmed, bool | Unset)
    if isinstance(event, models.ClientEvent):
        assert_type(event.data.sex_id, models.ClientEventDataSexId | Unset)
        birth = event.data.birth_date
        if birth is UNSET:
            return None
        assert_type(birth, datetime.date | None)
        return birth
    return None


def on_lifecycle(body: bytes) -> datetime.datetime | None:
    call = webhooks.parse_marketplace_event(body, partner_token="p")
    if isinstance(call, webhooks.Payment):
        assert_type(call.payment_date, datetime.datetime | None)
        return call.period_to
    return None
"""

#: A date the parser read is no string: each checker reports this line.
NEGATIVE = """\
from altegio_devtools import AltegioClient


def when(client: AltegioClient) -> str:
    for payment in client.marketplace.get_status(1, 2).data.payments or []:
        if isinstance(payment.payment_date, str):
            return payment.payment_date
        return payment.payment_date.strftime("%Y")  # error: None | Unset have no strftime
    return ""
"""


def mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--warn-unreachable", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def pyright(path: Path) -> dict[str, object]:
    assert PYRIGHT.exists(), "pyright comes from package-lock.json: run `make test` (npm ci)"
    config = path.parent / "pyrightconfig.json"
    config.write_text(json.dumps({"typeCheckingMode": "strict", "include": [path.name]}))
    venv = Path(sys.executable).parent
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "-p", str(config), "--pythonpath", sys.executable],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": f"{venv}:/usr/bin:/bin", "HOME": str(path.parent)},
    )
    report: dict[str, object] = json.loads(result.stdout)
    return report


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "partner.py"
    path.write_text(SCRIPT, encoding="utf-8")
    return path


def test_mypy_strict_accepts_the_precise_types(script: Path) -> None:
    result = mypy(script)
    assert result.returncode == 0, result.stdout


def test_pyright_strict_accepts_the_precise_types(script: Path) -> None:
    report = pyright(script)
    summary = report["summary"]
    assert isinstance(summary, dict) and summary["errorCount"] == 0, report


def test_both_checkers_refuse_a_date_used_as_a_string(tmp_path: Path) -> None:
    path = tmp_path / "wrong.py"
    path.write_text(NEGATIVE, encoding="utf-8")
    result = mypy(path)
    # The `str` branch cannot happen: the field holds no str.
    assert "wrong.py:7: error: Statement is unreachable" in result.stdout, result.stdout
    assert 'wrong.py:8: error: Item "None" of "datetime | Unset | None"' in result.stdout
    diagnostics = pyright(path)["generalDiagnostics"]
    assert isinstance(diagnostics, list)
    rules = {(d["range"]["start"]["line"] + 1, d.get("rule")) for d in diagnostics}
    assert {(8, "reportOptionalMemberAccess"), (8, "reportAttributeAccessIssue")} <= rules
