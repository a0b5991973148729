"""The Overlay 1.0/1.1 applier: merge, append, remove, copy, and stale actions."""

from pathlib import Path
from typing import Any

import pytest

from generator.pipeline.overlay import (
    Action,
    OverlayFormatError,
    StaleActionError,
    apply_actions,
    load_overlays,
)


def action(target: str, update: Any = None, remove: bool = False) -> Action:
    return Action("test.yaml", 1, target, "QUIRKS.md #0: a test", update, remove)


def test_update_merges_objects_recursively_and_appends_to_arrays() -> None:
    document: dict[str, Any] = {"a": {"type": "number", "keep": {"x": 1}}, "enum": ["salon"]}
    results = apply_actions(
        document,
        [action("$.a", {"type": "integer", "keep": {"y": 2}}), action("$.enum", "company")],
    )
    assert document == {
        "a": {"type": "integer", "keep": {"x": 1, "y": 2}},
        "enum": ["salon", "company"],
    }
    assert [(r.matched, r.changed) for r in results] == [(1, True), (1, True)]


def test_remove_deletes_every_selected_list_item_and_member() -> None:
    document = {"params": [{"n": "Accept"}, {"n": "id"}, {"n": "Accept"}], "x": {"y": 1}}
    apply_actions(document, [action("$.params[?@.n == 'Accept']", remove=True)])
    apply_actions(document, [action("$.x.y", remove=True)])
    assert document == {"params": [{"n": "id"}], "x": {}}


def test_an_action_that_changes_nothing_is_reported_as_unchanged() -> None:
    document = {"a": {"type": "integer"}}
    (result,) = apply_actions(document, [action("$.a", {"type": "integer"})])
    assert result.matched == 1 and not result.changed


def test_every_stale_action_is_named_on_its_own_line() -> None:
    stale_one = Action("fixes.yaml", 2, "$.nope", "QUIRKS.md #1: api_key is a number")
    stale_two = Action("fixes.yaml", 3, "$.gone", "QUIRKS.md #2: IDs are floats", remove=True)
    with pytest.raises(StaleActionError) as error:
        apply_actions({"a": 1}, [stale_one, action("$.a", remove=True), stale_two])
    lines = str(error.value).splitlines()
    assert lines == [
        "stale override: fixes.yaml action #2 ($.nope) matches nothing: "
        "QUIRKS.md #1: api_key is a number",
        "stale override: fixes.yaml action #3 ($.gone) matches nothing: "
        "QUIRKS.md #2: IDs are floats",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: []", "Overlay 1.0 or 1.1"),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
            "actions: [{target: $.a, description: d, copy: $.b}]",
            "needs an Overlay 1.1",
        ),
        (
            "overlay: 1.1.0\ninfo: {title: t, version: '1'}\n"
            "actions: [{target: $.a, description: d, copy: $.b, remove: true}]",
            "exactly one",
        ),
        (
            "overlay: 1.1.0\ninfo: {title: t, version: '1'}\n"
            "actions: [{target: $.a, description: d, copy: 'b'}]",
            "`copy` must be a JSONPath",
        ),
        ("overlay: 1.0.0\nactions: [{target: $.a, remove: true}]", "info"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []", "non-empty"),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
            "actions: [{target: $.a, remove: true}]",
            "description",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
            "actions: [{target: $.a, description: d, remove: true, update: {}}]",
            "exactly one",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
            "actions: [{target: 'a.b', description: d, remove: true}]",
            "starting with `$`",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\n"
            "actions: [{target: '$[?@.a ==]', description: d, remove: true}]",
            "invalid JSONPath",
        ),
    ],
)
def test_malformed_overlays_are_rejected_with_the_file_named(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "broken.yaml").write_text(text)
    with pytest.raises(OverlayFormatError, match=r"broken\.yaml") as error:
        load_overlays(tmp_path)
    assert message in str(error.value)


def test_update_of_a_scalar_is_an_error() -> None:
    with pytest.raises(OverlayFormatError, match="not an object or array"):
        apply_actions({"a": 1}, [action("$.a", {"type": "x"})])


def test_appending_a_value_already_there_changes_nothing() -> None:
    document = {"enum": ["salon", "company"]}
    (result,) = apply_actions(document, [action("$.enum", "company")])
    assert document == {"enum": ["salon", "company"]} and not result.changed


def test_a_node_selected_twice_is_removed_once() -> None:
    document = {"a": 1, "b": 2}
    apply_actions(document, [action("$['a', 'a']", remove=True)])
    assert document == {"b": 2}


def copy_action(target: str, source: str) -> Action:
    return Action("test.yaml", 1, target, "QUIRKS.md #0: a test", copy=source)


def test_copy_then_remove_moves_a_node() -> None:
    document: dict[str, Any] = {
        "paths": {"/hook": {"post": {"operationId": "hook"}}, "/other": {}},
        "webhooks": {"Event": {"post": {}}},
    }
    results = apply_actions(
        document,
        [
            action("$.webhooks", {"Hook": {}}),
            copy_action("$.webhooks.Hook", "$.paths['/hook']"),
            action("$.paths['/hook']", remove=True),
        ],
    )
    assert document == {
        "paths": {"/other": {}},
        "webhooks": {"Event": {"post": {}}, "Hook": {"post": {"operationId": "hook"}}},
    }
    assert [(r.matched, r.changed) for r in results] == [(1, True), (1, True), (1, True)]


def test_a_copy_is_a_deep_copy_merged_into_every_target() -> None:
    document: dict[str, Any] = {"a": {"x": 1}, "b": {"y": 2}, "src": {"z": {"deep": [1]}}}
    apply_actions(document, [copy_action("$['a', 'b']", "$.src")])
    document["src"]["z"]["deep"].append(2)
    assert document["a"] == {"x": 1, "z": {"deep": [1]}}
    assert document["b"] == {"y": 2, "z": {"deep": [1]}}


def test_a_copy_whose_source_is_gone_is_stale() -> None:
    stale = Action("move.yaml", 2, "$.a", "QUIRKS.md #53: moved", copy="$.gone")
    with pytest.raises(StaleActionError) as error:
        apply_actions({"a": {}}, [stale])
    assert str(error.value) == (
        "stale override: move.yaml action #2 ($.a <- $.gone) matches nothing: QUIRKS.md #53: moved"
    )


def test_a_copy_source_must_be_one_node() -> None:
    with pytest.raises(OverlayFormatError, match="selects 2 nodes, not one"):
        apply_actions({"a": {}, "b": {}, "c": {}}, [copy_action("$.a", "$['b', 'c']")])
