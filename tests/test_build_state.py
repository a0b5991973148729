"""The build validates an effective spec once: an unchanged one is not validated again, a
changed spec or validator always is, and an invalid one is never remembered. Likewise it
applies the overlays to an unchanged spec once, and renders the operations page of an
unchanged package once."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import docs, overlaid, overlay, validate
from generator.pipeline.errors import BuildError
from generator.pipeline.layout import EFFECTIVE_SPEC, PACKAGE, Layout
from generator.pipeline.load import load_spec
from generator.pipeline.names import load_names
from generator.pipeline.operations import operation_table
from generator.pipeline.yaml_io import dump_yaml, load_yaml
from tests.conftest import ROOT

SPEC = load_spec(ROOT / "openapi.yaml")


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The documents really validated (by openapi-spec-validator) from here on."""
    seen: list[dict[str, Any]] = []
    real = validate._validate

    def counting(document: dict[str, Any], name: str) -> None:
        seen.append(document)
        real(document, name)

    monkeypatch.setattr(validate, "_validate", counting)
    return seen


def test_an_unchanged_spec_is_validated_once(
    tmp_path: Path, validations: list[dict[str, Any]]
) -> None:
    state = Layout.of(tmp_path).state
    validate.validate_spec(SPEC, "spec", state)
    validate.validate_spec(copy.deepcopy(SPEC), "spec", state)
    assert len(validations) == 1
    assert [path.name for path in (state / "validated").iterdir()] == [validate.spec_digest(SPEC)]
    validate.validate_spec(SPEC, "spec")  # no state: always validated
    assert len(validations) == 2


def test_a_changed_spec_or_validator_is_validated_again(
    tmp_path: Path, validations: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    validate.validate_spec(SPEC, "spec", tmp_path)
    changed = copy.deepcopy(SPEC)
    changed["info"]["title"] += " (changed)"
    validate.validate_spec(changed, "spec", tmp_path)
    assert len(validations) == 2
    monkeypatch.setattr(validate, "_version", lambda package: "99.0")
    validate.validate_spec(SPEC, "spec", tmp_path)
    assert len(validations) == 3
    assert validate.spec_digest(SPEC) != validate.spec_digest(changed)


def test_an_invalid_spec_is_never_remembered(
    tmp_path: Path, validations: list[dict[str, Any]]
) -> None:
    invalid = copy.deepcopy(SPEC)
    del invalid["info"]
    for _ in range(2):
        with pytest.raises(BuildError, match="not a valid OpenAPI description"):
            validate.validate_spec(invalid, "spec", tmp_path)
    assert len(validations) == 2
    assert not (tmp_path / "validated").exists()


# The overlaid spec: the spec with the overlays applied is remembered by its inputs.

OVERLAYS = ROOT / "overrides" / "overlays"


@pytest.fixture
def applications(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per time the overlays were really applied from here on."""
    seen: list[int] = []
    real = overlay.apply_actions

    def counting(document: dict[str, Any], actions: Any) -> Any:
        seen.append(1)
        return real(document, actions)

    monkeypatch.setattr(overlay, "apply_actions", counting)
    return seen


def _fresh(spec: Path, overlays: Path) -> dict[str, Any]:
    """Loaded and overlaid without the memory (and without counting as an application)."""
    document = load_spec(spec)
    overlay.override_health(document, overlay.load_overlays(overlays))
    return document


def _inputs(tmp_path: Path) -> tuple[Path, Path]:
    overlays = tmp_path / "overlays"
    overlays.mkdir()
    for path in OVERLAYS.glob("*.yaml"):
        (overlays / path.name).write_bytes(path.read_bytes())
    spec = tmp_path / "openapi.yaml"
    spec.write_bytes((ROOT / "openapi.yaml").read_bytes())
    return spec, overlays


def test_the_overlaid_spec_is_applied_once_and_read_back_the_same(
    tmp_path: Path, applications: list[int]
) -> None:
    state = tmp_path / "state"
    first = overlaid.overlaid_spec(ROOT / "openapi.yaml", OVERLAYS, state)
    again = overlaid.overlaid_spec(ROOT / "openapi.yaml", OVERLAYS, state)
    assert len(applications) == 1
    assert again == first == _fresh(ROOT / "openapi.yaml", OVERLAYS)
    assert again is not first
    assert dump_yaml(again) == dump_yaml(first)  # key order and shared nodes kept
    assert len(list((state / "overlaid").iterdir())) == 1


def test_a_changed_spec_overlay_or_library_applies_again_and_keeps_one(
    tmp_path: Path, applications: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, overlays = _inputs(tmp_path)
    state = tmp_path / "state"
    overlaid.overlaid_spec(spec, overlays, state)
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("title:", "title: Changed -", 1), encoding="utf-8"
    )
    changed_spec = overlaid.overlaid_spec(spec, overlays, state)
    assert changed_spec == _fresh(spec, overlays)
    first = sorted(overlays.glob("*.yaml"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    overlaid.overlaid_spec(spec, overlays, state)
    monkeypatch.setattr(overlaid, "_version", lambda package: "99.0")
    overlaid.overlaid_spec(spec, overlays, state)
    assert len(applications) == 4
    assert len(list((state / "overlaid").iterdir())) == 1  # only the latest is kept


def test_a_stale_overlay_is_never_remembered(tmp_path: Path, applications: list[int]) -> None:
    spec, overlays = _inputs(tmp_path)
    (overlays / "99-stale.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: 1.0.0}\nactions:\n"
        "  - target: $.paths['/nowhere']\n    description: gone upstream\n    remove: true\n",
        encoding="utf-8",
    )
    state = tmp_path / "state"
    for _ in range(2):
        with pytest.raises(overlay.StaleActionError, match=r"99-stale\.yaml"):
            overlaid.overlaid_spec(spec, overlays, state)
    assert len(applications) == 2
    assert not (state / "overlaid").exists()


# The operations page: remembered by the built package's source and the build's tables.


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per time the operations page was really rendered from here on."""
    seen: list[int] = []
    real = docs.render_operations_page

    def counting(*args: Any) -> str:
        seen.append(1)
        return real(*args)

    monkeypatch.setattr(docs, "render_operations_page", counting)
    return seen


def test_the_operations_page_is_rendered_once_for_the_same_package_and_tables(
    tmp_path: Path, renders: list[int]
) -> None:
    built = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", built, ignore=shutil.ignore_patterns("__pycache__"))
    spec = load_yaml(built / EFFECTIVE_SPEC)
    names = load_names(ROOT / "overrides" / "names.yaml")
    table = operation_table(spec, names.python_name)
    state = tmp_path / "state"

    def page(spec_text: str = "the effective spec") -> str:
        return docs.operations_page(
            state, built, spec=spec, spec_text=spec_text, operations=table,
            model_names=names.models,
        )  # fmt: skip

    first = page()
    assert first == (ROOT / "generated" / "README.md").read_text(encoding="utf-8")
    assert page() == first
    assert len(renders) == 1
    client = built / PACKAGE / "client.py"
    client.write_text(
        client.read_text(encoding="utf-8").replace(
            'https://app.alteg.io"', 'https://app.altegio-changed.test"', 1
        ),
        encoding="utf-8",
    )
    changed = page()
    assert changed != first
    assert "altegio-changed" in changed
    page(spec_text="another effective spec")
    assert len(renders) == 3
    assert len(list((state / "operations-page").iterdir())) == 1  # only the latest is kept
