"""README's quickstart runs as written (against the loopback fault server)."""

from __future__ import annotations

import re

import pytest

from altegio_devtools import client as transport
from tests.conftest import ROOT
from tests.fault_server import FaultServer, Reply, ok


def test_the_quickstart_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## Quickstart\n\n```python\n(.*?)```", readme, re.S)
    assert code is not None
    with FaultServer().running() as server:
        server.script("/app/marketplace/partner/callback", Reply(201))
        server.script("/app/marketplace/partner/payment", ok({"id": 1523}))
        server.script(
            "/app/marketplace/application/456/salons", ok([{"id": 1050, "title": "La Visage"}])
        )
        monkeypatch.setitem(transport._BASE_URLS, "production", (server.url, f"{server.url}/app"))
        exec(compile(code.group(1), "README.md", "exec"), {"__name__": "readme"})
        assert server.hits["/app/marketplace/partner/payment"] == 1
    assert capsys.readouterr().out == "1050 La Visage\n"


def test_the_drift_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## When Altegio sends something else\n.*?```python\n(.*?)```", readme, re.S)
    assert code is not None
    exec(compile(code.group(1), "README.md", "exec"), {"__name__": "readme"})
    assert capsys.readouterr().out == "data.comment: expected a string, got a list of 1 item\n"


def test_the_testing_example_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"## Testing your integration\n.*?```python\n(.*?)```", readme, re.S)
    assert code is not None
    namespace: dict[str, object] = {"__name__": "readme"}
    exec(compile(code.group(1), "README.md", "exec"), namespace)
    tests = [name for name in namespace if name.startswith("test_")]
    assert tests == ["test_a_paid_record_is_booked", "test_a_payment_call_is_verified"]
    for name in tests:
        test = namespace[name]
        assert callable(test)
        test()
