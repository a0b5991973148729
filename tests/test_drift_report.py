"""`make drift`: captured bodies become a drift table and overlay actions that really fix it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.pipeline.build import build
from generator.pipeline.layout import Layout
from generator.pipeline.overlay import JSONPATH, load_overlays
from generator.tooling.drift_report import effective_spec
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "drift"
SAMPLES = FIXTURES / "samples"
CLEAN = FIXTURES / "clean"
SUFFIX = "add a QUIRKS entry and a synthetic fixture before committing"

# (source, path, expected, what came, count, example) for every file in SAMPLES but the
# clean salon event, whose row must not appear.
EXPECTED_ROWS = [
    ("client event", "`data`", "an object", "`missing`", "1", "`(missing)`"),
    ("client event", "`data.sex_id`", "an integer", "`string`", "1", '`"female"`'),
    (
        "finances_operation event",
        "`data.amount`",
        "a number",
        "`object`",
        "1",
        '`{"value": 55.5, "currency": "EUR"}`',
    ),
    ("get_country_list 200", "`data[].title`", "a string", "`null`", "1", "`null`"),
    ("get_country_list 200", "`meta`", "an object or a list", "`null`", "1", "`null`"),
    ("record event", "`data.confirmed`", "a boolean", "`string`", "1", '`"yes"`'),
    ("record event", "`data.services[].title`", "a string", "`null`", "2", "`null`"),
]

COUNTRIES = "$.paths['/countries'].get.responses['200'].content['application/json'].schema"
RECORD = "$.webhooks.RecordEvent.post.requestBody.content['application/json'].schema"
CLIENT = "$.webhooks.ClientEvent.post.requestBody.content['application/json'].schema"
FINANCES = "$.webhooks.FinancesOperationEvent.post.requestBody.content['application/json'].schema"


def run_report(directory: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI, in a fresh interpreter; with `pythonpath`, reading with the client built there
    (and saying on the first line of stderr which altegio_devtools it imported)."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    code = (
        "import sys, altegio_devtools\n"
        "from generator.tooling.drift_report import main\n"
        "print(altegio_devtools.__file__, file=sys.stderr)\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(directory)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip


def table_rows(markdown: str) -> list[tuple[str, ...]]:
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert rows[:2] == [
        "| source | path | expected | what came | count | example |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    return [tuple(cell.strip() for cell in row.strip("|").split(" | ")) for row in rows[2:]]


def overlay_text(markdown: str) -> str:
    """The one ```yaml block of the report, as a user would paste it."""
    blocks: list[str] = re.findall(r"^```yaml\n(.*?)^```$", markdown, re.MULTILINE | re.DOTALL)
    assert len(blocks) == 1, markdown
    return blocks[0]


def overlay_block(markdown: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(overlay_text(markdown))
    return document


def errors_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return result.stderr.splitlines()[1:]  # after the line naming the package


@pytest.fixture(scope="module")
def samples_report() -> subprocess.CompletedProcess[str]:
    return run_report(SAMPLES)


@pytest.fixture(scope="module")
def patched_client(
    samples_report: subprocess.CompletedProcess[str], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The client built from a copy of the repository with the suggested overlay added as
    overrides/overlays/99-suggested.yaml; the directory to put on PYTHONPATH."""
    root = tmp_path_factory.mktemp("suggested") / "repo"
    shutil.copytree(
        ROOT / "overrides", root / "overrides", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copyfile(ROOT / "openapi.yaml", root / "openapi.yaml")
    shutil.copyfile(ROOT / "pyproject.toml", root / "pyproject.toml")
    overlay = overlay_text(samples_report.stdout)
    (root / "overrides" / "overlays" / "99-suggested.yaml").write_text(overlay, encoding="utf-8")
    build(Layout.of(root), root / "generated")
    return root / "generated"


def test_the_samples_give_exactly_the_expected_rows(
    samples_report: subprocess.CompletedProcess[str],
) -> None:
    assert samples_report.returncode == 1, samples_report.stderr
    assert errors_of(samples_report) == []
    assert table_rows(samples_report.stdout) == EXPECTED_ROWS
    assert "7 (source, path) pairs drifted in 8 events and responses from 7 files" in (
        samples_report.stdout
    )


def test_the_overlay_is_valid_and_each_target_is_one_node_of_the_overlaid_spec(
    samples_report: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    document = overlay_block(samples_report.stdout)
    assert document["overlay"] == "1.0.0"
    assert document["info"]["title"] and document["info"]["version"]
    (tmp_path / "99-suggested.yaml").write_text(overlay_text(samples_report.stdout), "utf-8")
    actions = load_overlays(tmp_path)  # the build's own Overlay 1.0 checks
    spec = effective_spec()
    for action in actions:
        assert len(list(JSONPATH.finditer(action.target, spec))) == 1, action.target
        assert action.description.startswith("seen in 1 captured body: ")
        assert action.description.endswith(SUFFIX)
    by_target = {(a.target, a.remove): a for a in actions}
    assert [(a.target, a.remove) for a in actions] == [
        (f"{CLIENT}.required[?@ == 'data']", True),
        (f"{CLIENT}.properties.data.properties.sex_id.enum", True),
        (f"{CLIENT}.properties.data.properties.sex_id", False),
        (f"{FINANCES}.properties.data.properties.amount", False),
        (f"{COUNTRIES}.properties.data.items.properties.title", False),
        (f"{COUNTRIES}.properties.meta['$ref']", True),
        (f"{COUNTRIES}.properties.meta", False),
        (f"{RECORD}.properties.data.properties.confirmed", False),
        (f"{RECORD}.properties.data.properties.services.items.properties.title", False),
    ]
    # Text where an integer enum is declared: the enum goes, the type widens.
    sex = by_target[(f"{CLIENT}.properties.data.properties.sex_id", False)]
    assert set(sex.update["type"]) == {"integer", "string"}
    # Text where a 0/1 flag (a boolean) is declared: the type widens.
    confirmed = by_target[(f"{RECORD}.properties.data.properties.confirmed", False)]
    assert set(confirmed.update["type"]) == {"boolean", "string"}
    title = by_target[
        (f"{RECORD}.properties.data.properties.services.items.properties.title", False)
    ]
    assert title.update == {"type": ["string", "null"]}
    assert "record event data.services[].title came as null where a string is declared" in (
        title.description
    )
    # A $ref cannot be merged away: it is removed, then the property becomes a union.
    meta = by_target[(f"{COUNTRIES}.properties.meta", False)]
    assert meta.update == {
        "oneOf": [{"$ref": "#/components/schemas/response_meta_empty_object"}, {"type": "null"}]
    }
    amount = by_target[(f"{FINANCES}.properties.data.properties.amount", False)]
    assert set(amount.update["type"]) == {"number", "object"}
    missing = by_target[(f"{CLIENT}.required[?@ == 'data']", True)]
    assert "client event data was missing where an object is required" in missing.description


def test_the_suggested_actions_make_the_drift_go_away(patched_client: Path) -> None:
    result = run_report(SAMPLES, pythonpath=patched_client)
    imported = Path(result.stderr.splitlines()[0])
    assert imported.is_relative_to(patched_client), "the report did not read with the new client"
    assert errors_of(result) == []
    assert result.stdout.startswith("No drift: 8 events and responses in 7 files"), result.stdout
    assert result.returncode == 0


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.json", '{"company_id": 1,', "not JSON: "),
        ("no_such_operation.200.json", '{"success": true}', "unknown operationId"),
        ("get_country_list.200.json", "[1, 2]", "not a get_country_list response: "),
        (
            "get_country_list.200.json",
            '{"data": []}',
            "not a get_country_list response: success: expected a boolean, got nothing",
        ),
        ("hello.json", '{"hello": "world"}', "not a webhook delivery: the body lacks company_id"),
        ("numbers.json", "[1]", "not a webhook delivery: [0]"),
    ],
)
def test_an_unreadable_file_is_one_error_line_and_exit_2(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    result = run_report(tmp_path)
    assert result.returncode == 2
    [line] = errors_of(result)
    assert line.startswith(f"error: {tmp_path / name}: {reason}"), line
    assert "Traceback" not in result.stderr


def test_an_unreadable_file_among_drifting_ones_still_gets_the_report(tmp_path: Path) -> None:
    shutil.copytree(SAMPLES, tmp_path / "samples")
    (tmp_path / "samples" / "empty.json").write_text("", encoding="utf-8")
    result = run_report(tmp_path / "samples")
    assert result.returncode == 2
    assert errors_of(result) == [
        f"error: {tmp_path / 'samples' / 'empty.json'}: not JSON: "
        + ("Expecting value: line 1 column 1 (char 0)")
    ]
    assert table_rows(result.stdout) == EXPECTED_ROWS


def test_an_undocumented_event_kind_is_listed_and_fails_the_report() -> None:
    result = run_report(FIXTURES / "undocumented")
    assert result.returncode == 1, result.stderr
    assert "Event kinds the description does not document" in result.stdout
    assert "- resource `visit`, status `create`: 1" in result.stdout


def test_the_clean_samples_give_exit_0() -> None:
    result = run_report(CLEAN)
    assert errors_of(result) == []
    assert result.stdout == "No drift: 2 events and responses in 2 files fit the spec.\n"
    assert result.returncode == 0


def test_a_directory_without_samples_is_an_error(tmp_path: Path) -> None:
    result = run_report(tmp_path)
    assert result.returncode == 2
    assert errors_of(result) == [f"error: {tmp_path} holds no *.json files"]
    result = run_report(tmp_path / "nowhere")
    assert result.returncode == 2
    assert errors_of(result) == [f"error: {tmp_path / 'nowhere'} is not a directory"]


def test_make_drift_needs_samples() -> None:
    # -n: print the recipe without running it (or the venv setup it depends on).
    missing = subprocess.run(
        ["make", "-n", "--no-print-directory", "drift"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert missing.returncode != 0
    assert "SAMPLES is not set" in missing.stderr
    given = subprocess.run(
        ["make", "-n", "--no-print-directory", "drift", "SAMPLES=captured"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert given.returncode == 0
    assert ".venv/bin/python -m generator.tooling.drift_report captured" in given.stdout
