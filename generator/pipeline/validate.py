"""Validate the description the generator is about to read.

Validation is most of the build's own CPU time, and most builds (`make check`, a template
change) validate the very same effective spec again. A spec that passed is remembered by
a digest of its JSON text and of the validator's version (and this module's code), one empty
file per digest in the build's state directory (.build-state/validated/): an unchanged spec
is not validated twice, a changed spec or validator always is, and a spec that failed is
never remembered.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from generator.pipeline.errors import BuildError

#: What validates (their versions are part of the digest).
VALIDATOR_PACKAGES = ("openapi-spec-validator", "openapi-schema-validator", "jsonschema")


def validate_spec(document: dict[str, Any], name: str, state: Path | None = None) -> None:
    """Raise BuildError naming `name` unless `document` is a valid OpenAPI description;
    with a `state` directory, a document that passed before (same validator) is not
    checked again."""
    stamp = None if state is None else state / "validated" / spec_digest(document)
    if stamp is not None and stamp.exists():
        return
    _validate(document, name)
    if stamp is not None:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.touch()


def spec_digest(document: dict[str, Any]) -> str:
    """The SHA-256 of the document's JSON text, the validators' versions and this code."""
    digest = hashlib.sha256()
    for package in VALIDATOR_PACKAGES:
        digest.update(f"{package}=={_version(package)}\n".encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(json.dumps(document, separators=(",", ":")).encode())
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "missing"


def _validate(document: dict[str, Any], name: str) -> None:
    # Imported here: it takes ~0.2 s, and only the build needs it.
    from openapi_spec_validator import validate  # noqa: PLC0415
    from openapi_spec_validator.validation.exceptions import (  # noqa: PLC0415
        OpenAPIValidationError,
    )

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(part) for part in exc.absolute_path) or "(root)"
        raise BuildError(
            f"{name} is not a valid OpenAPI description: {exc.message} at {where}"
        ) from exc
    except Exception as exc:  # e.g. referencing's PointerToNowhere: a dangling $ref
        raise BuildError(f"{name} is not a valid OpenAPI description: {exc}") from exc
