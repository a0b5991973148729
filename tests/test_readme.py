"""README's quickstart runs as written (against the loopback fault server)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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


def test_the_testing_example_runs_under_pytest(tmp_path: Path) -> None:
    """The README's conftest.py and test_partner.py, run by pytest as a partner runs them."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your integration\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n# (\w+\.py)\n(.*?)```", section, re.S)
    assert [name for name, _ in blocks] == ["conftest.py", "test_partner.py"]
    for name, code in blocks:
        (tmp_path / name).write_text(code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ALTEGIO_", "PYTEST_"))}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rA", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    passed = sorted(re.findall(r"^PASSED test_partner.py::(\w+)", result.stdout, re.M))
    assert passed == [
        "test_a_connected_location_sends_its_records",
        "test_a_paid_record_is_booked",
        "test_a_payment_call_is_verified",
    ]
