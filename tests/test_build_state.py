"""The build validates an effective spec once: an unchanged one is not validated again, a
changed spec or validator always is, and an invalid one is never remembered."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import validate
from generator.pipeline.errors import BuildError
from generator.pipeline.layout import Layout
from generator.pipeline.load import load_spec
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
