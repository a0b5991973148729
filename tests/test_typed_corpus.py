"""The typed user corpus (tests/corpus) as the type checkers see it: mypy --strict and pyright
(strict) accept every script there (`make lint` runs both), and report each misuse below, at
its line, before anything could be sent.

An aware datetime is not among the misuses: typeshed has one `datetime` type for naive and
aware values, so no checker can tell them apart; the methods refuse an aware one before
sending (tests/test_request_inputs.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

PROLOGUE = """\
import datetime
from decimal import Decimal

from altegio_devtools import AltegioClient, models

client = AltegioClient(partner_token="p")
"""

PAYMENT = (
    'salon_id=1, application_id=2, currency_iso="EUR", payment_sum=Decimal("9.90"), '
    "payment_date=datetime.datetime(2026, 1, 1), period_from=datetime.datetime(2026, 1, 1)"
)

#: A misuse per case: the line a partner might write, and mypy's error code for it.
NEGATIVE_CASES = {
    "wrong_enum_literal": (
        "client.marketplace.update_channel("
        'salon_id=1, application_id=2, channel_slug="telegram", is_available=True)',
        "arg-type",
    ),
    "wrong_enum_literal_in_a_list": (
        "client.voip.list_calls(salon_id=1, date_from=datetime.date(2026, 1, 1), "
        'date_to=datetime.date(2026, 2, 1), types=["incomming"])',
        "list-item",
    ),
    "wrong_variant_literal": (
        'client.voip.send_event(command="setup", crm_token="t", type="incoming")',
        "call-overload",
    ),
    "missing_required_keyword": (
        f"client.marketplace.notify_payment({PAYMENT})",
        "call-arg",
    ),
    "date_for_a_date_time": (
        f"client.marketplace.notify_payment({PAYMENT}, period_to=datetime.date(2026, 2, 1))",
        "arg-type",
    ),
    "timestamp_for_a_date_time": (
        f"client.marketplace.notify_payment({PAYMENT}, period_to=1767225600)",
        "arg-type",
    ),
    "flag_out_of_range": (
        'client.webhooks.update_settings(1, active=2, urls=["https://partner.example/h"])',
        "arg-type",
    ),
    "wrong_type_for_an_amount": (
        "client.marketplace.set_discount(salon_ids=[1], application_id=2, discount=[15])",
        "arg-type",
    ),
    "wrong_type_for_a_path_id": (
        "client.webhooks.get_settings(1001.5)",
        "arg-type",
    ),
    "python_spelling_of_a_wire_name": (
        'client.voip.send_event(command="setup", crm_token="t", type_="enable")',
        "call-overload",
    ),
}
LINE = len(PROLOGUE.splitlines()) + 1


@pytest.fixture(scope="module")
def scripts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("negative")
    for name, (line, _) in NEGATIVE_CASES.items():
        (folder / f"{name}.py").write_text(PROLOGUE + line + "\n", encoding="utf-8")
    (folder / "pyrightconfig.json").write_text(
        # Strict, but a case need not use every import of the shared prologue.
        json.dumps(
            {"typeCheckingMode": "strict", "pythonVersion": "3.11", "reportUnusedImport": "none"}
        ),
        encoding="utf-8",
    )
    return folder


def test_mypy_strict_reports_each_misuse_at_its_line(scripts: Path) -> None:
    result = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--no-incremental",
            "--cache-dir", str(scripts / ".mypy_cache"),
            *sorted(str(path) for path in scripts.glob("*.py")),
        ],
        cwd=scripts, capture_output=True, text=True, check=False,
        env={"MYPYPATH": str(ROOT / "generated"), "PATH": ""},
    )  # fmt: skip
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    for name, (_, code) in NEGATIVE_CASES.items():
        mine = [line for line in errors if Path(line.split(":")[0]).stem == name]
        assert mine, f"{name}: mypy reports nothing\n{result.stdout}"
        assert all(line.split(":")[1] == str(LINE) for line in mine), mine
        assert any(line.endswith(f"[{code}]") for line in mine), mine


def test_pyright_strict_reports_each_misuse_at_its_line(scripts: Path) -> None:
    assert PYRIGHT.exists(), "pyright comes from package-lock.json: run `make setup` (npm ci)"
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable],
        cwd=scripts, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == len(NEGATIVE_CASES)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    for name in NEGATIVE_CASES:
        mine = [d for d in errors if Path(d["file"]).stem == name]
        assert mine, f"{name}: pyright reports nothing\n{result.stdout}"
        # pyright counts lines from 0.
        assert {d["range"]["start"]["line"] + 1 for d in mine} == {LINE}, mine


def test_the_corpus_is_what_make_lint_checks_and_both_checkers_accept_it() -> None:
    corpus = sorted(path.stem for path in (ROOT / "tests" / "corpus").glob("*.py"))
    assert corpus == [
        "__init__", "error_handling", "install", "pages", "payments", "voip",
        "webhook_handlers",
    ]  # fmt: skip
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lint = makefile.split("\nlint:", 1)[1].split("\n\n", 1)[0]
    assert "node_modules/.bin/pyright" in lint and "mypy --strict" in lint
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson"], cwd=ROOT, capture_output=True, text=True, check=False,
        timeout=600,
    )  # fmt: skip
    summary = json.loads(result.stdout)["summary"]
    assert (summary["filesAnalyzed"], summary["errorCount"]) == (len(corpus), 0), result.stdout
