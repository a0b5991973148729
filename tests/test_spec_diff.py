"""The OpenAPI changelog: what it reports, what it calls breaking, and its command line."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.tooling.spec_diff import (
    Change,
    changelog_json,
    diff_specs,
    load_description,
    main,
    render_markdown,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "spec_diff"
JSON = "application/json"
INT: dict[str, Any] = {"type": "integer"}
STR: dict[str, Any] = {"type": "string"}

Finding = tuple[str, str, bool]


# --- building small descriptions -----------------------------------------------------------


def api(operation: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    """A description with one operation, `POST /items`, plus any top-level members."""
    post = {"operationId": "create_item", **(operation or {})}
    document = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}
    return {**document, "paths": {"/items": {"post": post}}, **top}


def body(schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"required": required, "content": {JSON: {"schema": schema}}}


def request(schema: dict[str, Any], **top: Any) -> dict[str, Any]:
    return api({"requestBody": body(schema)}, **top)


def response(schema: dict[str, Any], **top: Any) -> dict[str, Any]:
    ok = {"description": "OK", "content": {JSON: {"schema": schema}}}
    return api({"responses": {"200": ok}}, **top)


def params(*parameters: dict[str, Any]) -> dict[str, Any]:
    return api({"parameters": list(parameters)})


def query(name: str, required: bool = False, schema: dict[str, Any] = INT) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def webhook(schema: dict[str, Any]) -> dict[str, Any]:
    event = {"post": {"operationId": "webhook_item", "requestBody": body(schema)}}
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "webhooks": {"Item": event}}


def obj(*required: str, **fields: Any) -> dict[str, Any]:
    return {"type": "object", "required": list(required), "properties": fields}


def found(old: dict[str, Any], new: dict[str, Any]) -> set[Finding]:
    return {(change.location, change.message, change.breaking) for change in diff_specs(old, new)}


# --- schemas: one rule per row -------------------------------------------------------------

NULLABLE_STR = {"type": ["string", "null"]}
OLD_STYLE_NULLABLE = {"type": "string", "nullable": True}  # OpenAPI 3.0
STATUS = {"type": "string", "enum": ["active", "closed"]}
MORE_STATUS = {"type": "string", "enum": ["active", "closed", "paused"]}
LESS_STATUS = {"type": "string", "enum": ["active"]}
DATE = {"type": "string", "format": "date"}
DATE_TIME = {"type": "string", "format": "date-time"}

REQUEST_RULES = [
    (obj(a=INT), obj(a=INT, b=STR), ("b", "field added (optional)", False)),
    (obj(a=INT), obj("b", a=INT, b=STR), ("b", "field added (required)", True)),
    (obj(a=INT, b=STR), obj(a=INT), ("b", "field removed", True)),
    (obj(a=INT), obj("a", a=INT), ("a", "made required", True)),
    (obj("a", a=INT), obj(a=INT), ("a", "made optional", False)),
    (obj(a=INT), obj(a=STR), ("a", "type changed: `integer` → `string`", True)),
    (obj(a=DATE), obj(a=DATE_TIME), ("a", "format changed: `date` → `date-time`", True)),
    (obj(a=STR), obj(a=NULLABLE_STR), ("a", "became nullable", False)),
    (obj(a=NULLABLE_STR), obj(a=STR), ("a", "became non-nullable", True)),
    (obj(a=OLD_STYLE_NULLABLE), obj(a=STR), ("a", "became non-nullable", True)),
    (obj(a=STATUS), obj(a=MORE_STATUS), ("a", "enum values added: `paused`", False)),
    (obj(a=STATUS), obj(a=LESS_STATUS), ("a", "enum values removed: `closed`", True)),
    (obj(a=STR), obj(a=STATUS), ("a", "restricted to enum values `active`, `closed`", True)),
    (
        obj(salon_ids={"type": "array", "items": INT}),
        obj(salon_ids={"type": "array", "items": STR}),
        ("salon_ids[]", "type changed: `integer` → `string`", True),
    ),
]

RESPONSE_RULES = [
    (obj(a=INT), obj(a=INT, b=STR), ("b", "field added (optional)", False)),
    (obj(a=INT), obj("b", a=INT, b=STR), ("b", "field added (required)", False)),
    (obj(a=INT, b=STR), obj(a=INT), ("b", "field removed", True)),
    (obj("a", a=INT), obj(a=INT), ("a", "made optional", True)),
    (obj(a=INT), obj("a", a=INT), ("a", "made required", False)),
    (obj(a=INT), obj(a=STR), ("a", "type changed: `integer` → `string`", True)),
    (obj(a=DATE), obj(a=DATE_TIME), ("a", "format changed: `date` → `date-time`", True)),
    (obj(a=STR), obj(a=NULLABLE_STR), ("a", "became nullable", True)),
    (obj(a=STR), obj(a=OLD_STYLE_NULLABLE), ("a", "became nullable", True)),
    (obj(a=NULLABLE_STR), obj(a=STR), ("a", "became non-nullable", False)),
    (obj(a=STATUS), obj(a=MORE_STATUS), ("a", "enum values added: `paused`", False)),
    (obj(a=STATUS), obj(a=LESS_STATUS), ("a", "enum values removed: `closed`", False)),
    (
        obj(data={"type": "array", "items": obj(id=INT)}),
        obj(data={"type": "array", "items": obj(id=STR)}),
        ("data[].id", "type changed: `integer` → `string`", True),
    ),
    (  # an untyped list getting an item type narrows what a reader gets: nothing breaks
        obj(phones={"type": "array"}),
        obj(phones={"type": "array", "items": STR}),
        ("phones[]", "type changed: `any` → `string`", False),
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), REQUEST_RULES)
def test_request_body_rules(old: dict[str, Any], new: dict[str, Any], expected: Finding) -> None:
    where, message, breaking = expected
    assert found(request(old), request(new)) == {(f"request body {where}", message, breaking)}


@pytest.mark.parametrize(("old", "new", "expected"), RESPONSE_RULES)
def test_response_rules(old: dict[str, Any], new: dict[str, Any], expected: Finding) -> None:
    where, message, breaking = expected
    assert found(response(old), response(new)) == {(f"response 200 {where}", message, breaking)}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (obj(a=INT), obj(a=INT, b=STR), ("payload b", "field added (optional)", False)),
        (obj(a=INT, b=STR), obj(a=INT), ("payload b", "field removed", True)),
        (obj(a=INT), obj(a=STR), ("payload a", "type changed: `integer` → `string`", True)),
        (obj(a=STR), obj(a=NULLABLE_STR), ("payload a", "became nullable", True)),
    ],
)
def test_webhook_payloads_are_read_by_the_receiver(
    old: dict[str, Any], new: dict[str, Any], expected: Finding
) -> None:
    assert found(webhook(old), webhook(new)) == {expected}
    assert {change.operation for change in diff_specs(webhook(old), webhook(new))} == {
        "webhook POST Item"
    }


def test_a_removed_webhook_is_breaking_and_an_added_one_is_not() -> None:
    without = {**webhook(obj()), "webhooks": {}}
    assert found(webhook(obj()), without) == {("", "operation removed", True)}
    assert found(without, webhook(obj())) == {("", "operation added", False)}


def test_a_change_in_a_shared_schema_is_reported_at_every_operation_using_it() -> None:
    old, new = (load_description(str(FIXTURES / name)) for name in ("old.yaml", "new.yaml"))
    retyped = [change for change in diff_specs(old, new) if change.message.startswith("type")]
    assert [(change.operation, change.location, change.breaking) for change in retyped] == [
        ("GET /locations", "response 200 data[].id", True),
        ("GET /locations/{id}", "response 200 id", True),
        ("webhook POST LocationEvent", "payload data.id", True),
    ]


def test_the_fixture_report_is_exactly_as_reviewed() -> None:
    old, new = (load_description(str(FIXTURES / name)) for name in ("old.yaml", "new.yaml"))
    expected = (FIXTURES / "expected.md").read_text(encoding="utf-8")
    assert render_markdown(diff_specs(old, new)) == expected


def test_recursive_schemas_are_compared_once_and_terminate() -> None:
    def tree(label: dict[str, Any]) -> dict[str, Any]:
        node = obj(label=label, children={"type": "array", "items": {"$ref": "#/$defs/Node"}})
        return response({"$ref": "#/$defs/Node"}, **{"$defs": {"Node": node}})

    assert found(tree(INT), tree(STR)) == {
        ("response 200 label", "type changed: `integer` → `string`", True)
    }


def test_all_of_parts_are_merged_so_moving_a_field_between_them_is_no_change() -> None:
    old = {"allOf": [obj(a=INT, b=STR), obj(c=INT)]}
    new = {"allOf": [obj(a=INT), obj(b=STR, c=INT)]}
    assert found(response(old), response(new)) == set()
    assert found(response(old), response({"allOf": [obj(a=INT), obj(c=INT)]})) == {
        ("response 200 b", "field removed", True)
    }


def test_one_of_with_null_reads_as_nullable() -> None:
    ref = {"$ref": "#/$defs/Item"}
    defs = {"$defs": {"Item": obj(id=INT)}}
    old = response(obj(item=ref), **defs)
    new = response(obj(item={"oneOf": [ref, {"type": "null"}]}), **defs)
    assert found(old, new) == {("response 200 item", "became nullable", True)}


def test_one_of_branches_are_paired_by_title() -> None:
    setup = {"title": "Setup", **obj(command=STR)}
    call = {"title": "Call", **obj(command=STR, phone=STR)}
    hangup = {"title": "Hangup", **obj(command=STR)}
    old = request({"oneOf": [setup, call]})
    new = request({"oneOf": [hangup, setup, {**call, "properties": {"command": STR}}]})
    assert found(old, new) == {
        ("request body oneOf[Call].phone", "field removed", True),
        ("request body oneOf[Hangup]", "branch added", False),
    }
    assert found(new, old) >= {("request body oneOf[Hangup]", "branch removed", True)}


def test_one_of_branches_without_titles_are_paired_by_position() -> None:
    old = response({"oneOf": [obj(a=INT), obj(b=INT)]})
    new = response({"oneOf": [obj(a=INT), obj(b=STR), obj(c=INT)]})
    assert found(old, new) == {
        ("response 200 oneOf[1].b", "type changed: `integer` → `string`", True),
        ("response 200 oneOf[2]", "branch added", True),
    }


# --- operations, parameters, bodies, responses ---------------------------------------------


def test_operations_added_and_removed() -> None:
    other = {"openapi": "3.1.0", "paths": {"/other": {"get": {"operationId": "get_other"}}}}
    changes = diff_specs(api(), other)
    assert [(c.operation, c.operation_id, c.message, c.breaking) for c in changes] == [
        ("GET /other", "get_other", "operation added", False),
        ("POST /items", "create_item", "operation removed", True),
    ]


def test_operation_id_and_first_tag_changes_rename_client_methods() -> None:
    old = api({"tags": ["Items"]})
    new = api({"operationId": "make_item", "tags": ["Things"], "deprecated": True})
    assert found(old, new) == {
        ("", "operationId changed: `create_item` → `make_item`", True),
        ("", "tag changed: `Items` → `Things`", True),
        ("", "deprecated", False),
    }


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (params(), params(query("page")), {("query parameter page", "added (optional)", False)}),
        (
            params(),
            params(query("page", required=True)),
            {("query parameter page", "added (required)", True)},
        ),
        (params(query("page")), params(), {("query parameter page", "removed", True)}),
        (
            params(query("page")),
            params(query("page", required=True)),
            {("query parameter page", "made required", True)},
        ),
        (
            params(query("page", required=True)),
            params(query("page")),
            {("query parameter page", "made optional", False)},
        ),
        (
            params(query("page")),
            params(query("page", schema=STR)),
            {("query parameter page", "type changed: `integer` → `string`", True)},
        ),
        (
            params(query("ids", schema={"type": "array", "items": INT})),
            params(query("ids", schema={"type": "array", "items": STR})),
            {("query parameter ids[]", "type changed: `integer` → `string`", True)},
        ),
        (
            params(query("status", schema=STATUS)),
            params(query("status", schema=LESS_STATUS)),
            {("query parameter status", "enum values removed: `closed`", True)},
        ),
        (
            params(query("city", schema=STR)),
            params(query("town", required=True, schema=STR)),
            {
                ("query parameter town", "renamed from `city`", True),
                ("query parameter town", "made required", True),
            },
        ),
    ],
)
def test_parameter_rules(old: dict[str, Any], new: dict[str, Any], expected: set[Finding]) -> None:
    assert found(old, new) == expected


def test_a_parameter_is_only_renamed_when_the_pair_is_unambiguous() -> None:
    old = params(query("city", schema=STR), query("page"))
    new = params(query("town", schema=STR), query("region", schema=STR), query("size"))
    assert found(old, new) == {
        ("query parameter city", "removed", True),
        ("query parameter town", "added (optional)", False),
        ("query parameter region", "added (optional)", False),
        ("query parameter size", "renamed from `page`", True),
    }


def test_path_level_and_referenced_parameters_count() -> None:
    page = {"components": {"parameters": {"Page": query("page")}}}
    old = api({"parameters": [{"$ref": "#/components/parameters/Page"}]}, **page)
    new = api(**page)
    new["paths"]["/items"]["parameters"] = [query("page", required=True)]
    assert found(old, new) == {("query parameter page", "made required", True)}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (api(), api({"requestBody": body(obj())}), ("request body", "added (optional)", False)),
        (
            api(),
            api({"requestBody": body(obj(), required=True)}),
            ("request body", "added (required)", True),
        ),
        (api({"requestBody": body(obj())}), api(), ("request body", "removed", True)),
        (
            api({"requestBody": body(obj())}),
            api({"requestBody": body(obj(), required=True)}),
            ("request body", "made required", True),
        ),
        (
            request(obj()),
            api({"requestBody": {"content": {"multipart/form-data": {"schema": obj()}}}}),
            ("request body", "media type `application/json` removed", True),
        ),
    ],
)
def test_request_body_presence(old: dict[str, Any], new: dict[str, Any], expected: Finding) -> None:
    assert expected in found(old, new)


def test_status_codes() -> None:
    def answers(*codes: str) -> dict[str, Any]:
        return api({"responses": {code: {"description": code} for code in codes}})

    assert found(answers("200", "404"), answers("201")) == {
        ("response 200", "status code removed", True),
        ("response 201", "status code added", False),
        ("response 404", "status code removed", False),
    }


def test_yaml_integer_status_codes_and_response_refs_are_read() -> None:
    ok = {"description": "OK", "content": {JSON: {"schema": obj(id=INT)}}}
    old = api({"responses": {200: {"$ref": "#/components/responses/Ok"}}})
    old["components"] = {"responses": {"Ok": ok}}
    assert found(old, response(obj(id=STR))) == {
        ("response 200 id", "type changed: `integer` → `string`", True)
    }


# --- security and servers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "breaking"),
    [
        ([{"Partner": []}], [{"User": []}], True),
        ([{"Partner": []}], [{"Partner": []}, {"User": []}], False),
        ([{"Partner": []}], [{"Partner": [], "User": []}], True),
        ([{"Partner": []}], [], False),
        ([], [{"Partner": []}], True),
    ],
)
def test_security_changes(
    old: list[dict[str, list[str]]], new: list[dict[str, list[str]]], breaking: bool
) -> None:
    [change] = diff_specs(api({"security": old}), api({"security": new}))
    assert (change.location, change.breaking) == ("security", breaking)


def test_security_is_inherited_from_the_top_level() -> None:
    old, new = api(security=[{"Partner": []}]), api(security=[{"User": []}])
    assert found(old, new) == {("security", "changed: `Partner` → `User`", True)}


def test_security_schemes() -> None:
    bearer = {"type": "http", "scheme": "bearer"}
    old = api(components={"securitySchemes": {"Partner": bearer, "Old": bearer}})
    new = api(
        components={
            "securitySchemes": {
                "Partner": {"type": "apiKey", "in": "header", "name": "X-Key"},
                "New": {**bearer, "description": "descriptions do not matter"},
            }
        }
    )
    assert {(c.operation, c.location, c.message, c.breaking) for c in diff_specs(old, new)} == {
        ("", "security scheme New", "added", False),
        ("", "security scheme Old", "removed", True),
        ("", "security scheme Partner", "changed how credentials are sent", True),
    }


def servers(*urls: str) -> list[dict[str, str]]:
    return [{"url": url} for url in urls]


def test_global_servers_are_reported_once() -> None:
    old = api(servers=servers("https://api.example.com/v1"))
    other_host = api(servers=servers("https://api.example.org/v1"))
    other_path = api(servers=servers("https://api.example.com/v2"))
    assert [(c.operation, c.location, c.breaking) for c in diff_specs(old, other_host)] == [
        ("", "servers", True)
    ]
    assert [(c.operation, c.location, c.breaking) for c in diff_specs(old, other_path)] == [
        ("", "servers", False)
    ]


def test_operation_and_path_level_servers() -> None:
    top = servers("https://api.example.com")
    old = api(servers=top)
    on_operation = api({"servers": servers("https://app.example.com")}, servers=top)
    on_path = api(servers=top)
    on_path["paths"]["/items"]["servers"] = servers("https://app.example.com")
    expected = {("servers", "changed: `https://api.example.com` → `https://app.example.com`", True)}
    assert found(old, on_operation) == expected
    assert found(old, on_path) == expected
    assert found(on_operation, on_path) == set()


# --- the report ----------------------------------------------------------------------------


def test_identical_descriptions_have_no_changes() -> None:
    spec = load_description(str(FIXTURES / "old.yaml"))
    assert diff_specs(spec, spec) == []
    assert render_markdown([]) == "No changes.\n"


def test_the_vendored_description_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    spec = str(ROOT / "openapi.yaml")
    assert main([spec, spec]) == 0
    assert capsys.readouterr().out == "No changes.\n"


def test_summary_counts_and_order() -> None:
    changes = [
        Change("POST /b", "x", "removed", True),
        Change("GET /a", "", "operation added", False, "get_a"),
        Change("", "servers", "changed", False),
    ]
    assert render_markdown(changes) == (
        "**1 breaking change**, 2 other changes\n"
        "\n### Whole API\n\n- `servers`: changed\n"
        "\n### `GET /a` (`get_a`)\n\n- operation added\n"
        "\n### `POST /b`\n\n- **breaking** `x`: removed\n"
    )
    assert render_markdown(changes[1:]).startswith("No breaking changes, 2 other changes\n")


def test_breaking_first_puts_breaking_entries_at_the_top() -> None:
    changes = [
        Change("GET /a", "", "operation added", False, "get_a"),
        Change("POST /b", "y", "field added (optional)", False),
        Change("POST /b", "x", "removed", True),
    ]
    assert render_markdown(changes, breaking_first=True) == (
        "**1 breaking change**, 2 other changes\n"
        "\n### Breaking changes\n"
        "\n#### `POST /b`\n\n- **breaking** `x`: removed\n"
        "\n### Other changes\n"
        "\n#### `GET /a` (`get_a`)\n\n- operation added\n"
        "\n#### `POST /b`\n\n- `y`: field added (optional)\n"
    )
    only_breaking = render_markdown(changes[2:], breaking_first=True, level=2)
    assert only_breaking == (
        "**1 breaking change**, 0 other changes\n\n## Breaking changes\n\n"
        "### `POST /b`\n\n- **breaking** `x`: removed\n"
    )
    assert render_markdown([], breaking_first=True) == "No changes.\n"


def test_the_changelog_as_json_lists_entries_in_the_markdown_order() -> None:
    changes = [Change("POST /b", "x", "removed", True), Change("GET /a", "", "added", False, "a")]
    assert changelog_json(changes) == {
        "breaking": 1,
        "other": 1,
        "changes": [
            {
                "operation": "GET /a",
                "location": "",
                "message": "added",
                "breaking": False,
                "operation_id": "a",
            },
            {
                "operation": "POST /b",
                "location": "x",
                "message": "removed",
                "breaking": True,
                "operation_id": "",
            },
        ],
    }


# --- the command line ----------------------------------------------------------------------


def test_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = str(FIXTURES / "old.yaml"), str(FIXTURES / "new.yaml")
    assert main([old, new]) == 1
    report = capsys.readouterr().out
    assert report == (FIXTURES / "expected.md").read_text(encoding="utf-8")
    assert main([old, new, "--report-only"]) == 0
    assert capsys.readouterr().out == report
    assert main([new, old]) == 1  # the reverse also breaks (the rename, the removals)
    capsys.readouterr()
    assert main([old, old]) == 0


def test_markdown_and_json_files_next_to_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = str(FIXTURES / "old.yaml"), str(FIXTURES / "new.yaml")
    markdown, data = tmp_path / "diff.md", tmp_path / "diff.json"
    assert main([old, new, "--report-only", "--markdown", str(markdown), "--json", str(data)]) == 0
    expected = (FIXTURES / "expected.md").read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected
    assert markdown.read_text(encoding="utf-8") == expected
    report = json.loads(data.read_text(encoding="utf-8"))
    assert (report["breaking"], report["other"]) == (9, 5)
    assert report["changes"][0] == {
        "operation": "DELETE /legacy",
        "location": "",
        "message": "operation removed",
        "breaking": True,
        "operation_id": "delete_legacy",
    }
    assert sum(change["breaking"] for change in report["changes"]) == 9


def test_only_non_breaking_changes_exit_0(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(response(obj(a=INT))), encoding="utf-8")
    new.write_text(yaml.safe_dump(response(obj(a=INT, b=STR))), encoding="utf-8")
    assert main([str(old), str(new)]) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a: [unclosed", "is not valid YAML"),
        ("just: a mapping", "is not an OpenAPI description"),
        (
            "openapi: 3.1.0\npaths: {/x: {get: {responses: {'200': {$ref: '#/nowhere'}}}}}",
            "$ref '#/nowhere' points to nothing",
        ),
    ],
)
def test_unusable_descriptions_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    assert main([str(bad), str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ")
    assert message in captured.err
    assert captured.err.count("\n") == 1


def git(repo: Path, *args: str) -> None:
    executable = shutil.which("git")
    assert executable is not None
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]
    subprocess.run(
        [executable, *identity, "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway repository with two commits of openapi.yaml: old.yaml, then new.yaml."""
    git(tmp_path, "init", "-q")
    for name in ("old.yaml", "new.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / "openapi.yaml")
        git(tmp_path, "add", "openapi.yaml")
        git(tmp_path, "commit", "-q", "-m", name)
    return tmp_path


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_refs(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["HEAD~1", "HEAD"], root=repo) == 1
    assert capsys.readouterr().out == (FIXTURES / "expected.md").read_text(encoding="utf-8")
    # The defaults: HEAD against the working tree.
    assert main([], root=repo) == 0
    assert capsys.readouterr().out == "No changes.\n"
    shutil.copy(FIXTURES / "old.yaml", repo / "openapi.yaml")
    assert main([], root=repo) == 1
    assert "renamed from `town`" in capsys.readouterr().out
    # A ref against a file.
    assert main(["HEAD~1", str(FIXTURES / "old.yaml")], root=repo) == 0


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.parametrize("ref", ["no-such-ref", "-p"])
def test_unknown_git_ref_exits_2(repo: Path, capsys: pytest.CaptureFixture[str], ref: str) -> None:
    assert main(["--", ref, "HEAD"], root=repo) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {ref!r} is neither a file nor a git ref")
    assert err.count("\n") == 1


def test_map_values_and_constants() -> None:
    old = response(obj(prices={"type": "object", "additionalProperties": INT}, kind={"const": "a"}))
    new = response(obj(prices={"type": "object", "additionalProperties": STR}, kind={"const": "b"}))
    assert found(old, new) == {
        ("response 200 prices{}", "type changed: `integer` → `string`", True),
        ("response 200 kind", "enum values added: `b`", False),
        ("response 200 kind", "enum values removed: `a`", False),
    }


def test_a_webhook_operation_id_is_no_client_name() -> None:
    renamed = webhook(obj())
    renamed["webhooks"]["Item"]["post"]["operationId"] = "on_item"
    assert found(webhook(obj()), renamed) == {
        ("", "operationId changed: `webhook_item` → `on_item`", False)
    }
