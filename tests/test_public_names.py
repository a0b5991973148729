"""What a partner spells and hovers carries no generator-shaped names (issue 23): no status
code (`Response200`, `Field400...`) and no openapi-python-client `TypeN` suffix in a public
name, a method's signature or return annotation, or a model's field types."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator

import attrs

import altegio_devtools
from altegio_devtools import api, models

#: The acceptance pattern of issue 23, and any three-digit status code in a class name.
GENERATED_SHAPE = re.compile(r"Response\d{3}|Type\d+|[A-Za-z]\d{3}[A-Z]")


def public_modules() -> Iterator[str]:
    for info in pkgutil.walk_packages(altegio_devtools.__path__, "altegio_devtools."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            yield info.name


def public_names() -> Iterator[tuple[str, str]]:
    for name in ["altegio_devtools", *public_modules()]:
        module = importlib.import_module(name)
        for exported in getattr(module, "__all__", ()):
            yield name, exported


def test_no_public_name_carries_a_status_code_or_a_type_suffix() -> None:
    offenders = [f"{module}.{name}" for module, name in public_names()
                 if GENERATED_SHAPE.search(name)]  # fmt: skip
    assert offenders == []
    assert len(models.__all__) > 100  # the check saw the models


def resource_methods() -> Iterator[tuple[str, object]]:
    for tag in ("marketplace", "webhooks", "voip", "dictionaries"):
        module = importlib.import_module(f"{api.__name__}.{tag}")
        for class_name, cls in vars(module).items():
            if class_name.endswith(("Resource", "ResourceWithRawResponse")):
                for method_name, method in vars(cls).items():
                    if not method_name.startswith("_"):
                        yield f"{class_name}.{method_name}", method


def test_no_signature_return_annotation_or_help_shows_one() -> None:
    methods = list(resource_methods())
    assert len(methods) == 4 * 19  # every operation, sync and async, plain and raw
    offenders = [
        where
        for where, method in methods
        if GENERATED_SHAPE.search(str(inspect.signature(method)))  # type: ignore[arg-type]
        or GENERATED_SHAPE.search(method.__doc__ or "")  # help(): args, result, raises
    ]
    assert offenders == []


def test_no_model_field_type_or_help_shows_one() -> None:
    offenders = []
    for name in models.__all__:
        model = getattr(models, name)
        if attrs.has(model):
            for field in attrs.fields(model):
                if GENERATED_SHAPE.search(str(field.type)):
                    offenders.append(f"{name}.{field.name}: {field.type}")
            if GENERATED_SHAPE.search(model.__doc__ or ""):
                offenders.append(f"{name}.__doc__")
    assert offenders == []
