"""The update-and-review flow against fixture "new upstream" descriptions, in a scratch
copy of the repository (the real openapi.yaml and generated/ are never touched)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.spec_diff import main as spec_diff_main
from generator.update_spec import main
from generator.yaml_io import dump_yaml
from tests.conftest import ROOT
from tests.test_build_failures import SPEC, tree_fingerprint

TIMEZONES = {
    "get": {
        "operationId": "get_timezone_list",
        "tags": ["Dictionaries"],
        "summary": "Get a list of time zones",
        "security": [{"BearerPartner": []}],
        "responses": {
            "200": {
                "description": "OK",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "success": {"type": "boolean"},
                                "data": {"type": "array", "items": {"type": "string"}},
                                "meta": {"type": "array", "example": []},
                            },
                        }
                    }
                },
            }
        },
    }
}


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(dump_yaml(spec), encoding="utf-8")
    return path


def upstream_that_fixes_a_quirk_and_adds_an_operation() -> dict[str, Any]:
    new = copy.deepcopy(SPEC)
    new["components"]["schemas"]["marketplace_partner_settings"]["properties"]["api_key"][
        "type"
    ] = "string"
    new["paths"]["/timezones"] = copy.deepcopy(TIMEZONES)
    return new


def test_an_update_reports_changes_health_and_the_new_operation(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = write(tmp_path / "new.yaml", upstream_that_fixes_a_quirk_and_adds_an_operation())
    assert main([str(new)], root=repo) == 0
    report = capsys.readouterr().out
    assert "### `GET /timezones` (`get_timezone_list`)\n\n- operation added" in report
    assert "api_key" not in report.split("## Override health")[0]  # no change for the client
    assert (
        "- **no longer needed** 20-types.yaml action #1 "
        "($.components.schemas.marketplace_partner_settings.properties.api_key): changes nothing"
    ) in report
    assert "- added: `generated/altegio_devtools/api/dictionaries/get_timezone_list.py`" in report
    assert (repo / "openapi.yaml").read_bytes() == new.read_bytes()
    operations_page = (repo / "generated" / "README.md").read_text(encoding="utf-8")
    assert "`client.dictionaries.get_timezone_list()`" in operations_page
    assert (
        "get_timezone_list"
        in (repo / "generated" / "altegio_devtools" / "_operations.py").read_text()
    )


def test_a_moved_target_is_reported_stale_and_the_build_fails_naming_it(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = upstream_that_fixes_a_quirk_and_adds_an_operation()
    voip = new["paths"]["/voip/integration"]["post"]["requestBody"]["content"]["application/json"]
    disable = next(v for v in voip["schema"]["oneOf"] if v["title"] == "Disable integration")
    disable["title"] = "Disable Integration"  # upstream renamed the variant
    before = tree_fingerprint(repo / "generated")
    assert main([str(write(tmp_path / "new.yaml", new))], root=repo) == 1
    report = capsys.readouterr().out
    stale = "40-voip.yaml action #1 ($.paths['/voip/integration'].post.requestBody"
    assert f"- **stale** {stale}" in report
    assert f"stale override: {stale}" in report.split("## Generated code")[1]
    assert tree_fingerprint(repo / "generated") == before
    assert "Disable Integration" in (repo / "openapi.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("http://127.0.0.1:9/openapi.yaml", "cannot download {path}"),
        ("missing.yaml", "cannot read {path}"),
        ("broken.yaml", "{path} is not valid YAML"),
        ("list.yaml", "{path} is not an OpenAPI description"),
    ],
)
def test_a_download_or_parse_failure_touches_nothing(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, message: str
) -> None:
    (tmp_path / "broken.yaml").write_text("openapi: [3.1\n", encoding="utf-8")
    (tmp_path / "list.yaml").write_text("- 1\n", encoding="utf-8")
    before = (tree_fingerprint(repo / "generated"), (repo / "openapi.yaml").read_bytes())
    path = source if source.startswith("http") else str(tmp_path / source)
    assert main([path], root=repo) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: {message.format(path=path)}")
    assert error.rstrip().endswith("openapi.yaml and generated/ are unchanged")
    assert (tree_fingerprint(repo / "generated"), (repo / "openapi.yaml").read_bytes()) == before


def test_spec_diff_of_the_vendored_description_against_itself(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert spec_diff_main([str(ROOT / "openapi.yaml"), str(ROOT / "openapi.yaml")]) == 0
    assert capsys.readouterr().out.strip() == "No changes."
