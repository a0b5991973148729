"""Validate the description the generator is about to read."""

from __future__ import annotations

from typing import Any

from generator.pipeline.errors import BuildError


def validate_spec(document: dict[str, Any], name: str) -> None:
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
