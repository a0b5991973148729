"""The operations page reads the built package's calls from its source, not by importing
it: what it reads is what the imported package says."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import get_overloads

import pytest

from altegio_devtools.api import Resources
from generator.pipeline.errors import BuildError
from generator.pipeline.package_source import PackageSource, short
from tests.conftest import ROOT

SOURCE = PackageSource(ROOT / "generated" / "altegio_devtools")


def test_the_source_says_what_the_imported_package_says() -> None:
    tags = SOURCE.tags()
    assert list(tags) == ["dictionaries", "marketplace", "voip", "webhooks"]
    for tag, (module, resource) in tags.items():
        imported = type(getattr(Resources(client=None), tag))  # type: ignore[arg-type]
        assert imported.__name__ == resource
        for name, method in SOURCE.methods(module, resource).items():
            function = getattr(imported, name)
            signature = inspect.signature(function)
            assert method.returns == short(str(signature.return_annotation))
            assert len(method.overloads) == len(get_overloads(function))
            for parameter in signature.parameters.values():
                if parameter.default is not parameter.empty and parameter.name in (
                    "page", "count", "max_pages",
                ):  # fmt: skip
                    assert f"{parameter.name}: " in method.parameters
                    assert f" = {parameter.default!r}" in method.parameters


def test_constants_are_followed_through_imports() -> None:
    assert SOURCE.constant("client", "API_BASE_URL") == "https://api.alteg.io/api/v1"
    paged = SOURCE.methods("api.marketplace", "MarketplaceResource")["list_locations"]
    assert "max_pages: int = 10000" in paged.parameters  # DEFAULT_MAX_PAGES, from pagination
    assert "Location" in paged.models and "BookingWidgetPromo" in paged.models  # nested


def test_a_missing_module_or_class_is_a_build_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="cannot read the built module"):
        PackageSource(tmp_path).tags()
    with pytest.raises(BuildError, match="no class Nothing"):
        SOURCE.methods("api.voip", "Nothing")
