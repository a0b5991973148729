"""The changelog's data: one Change per entry, and the parts of a description compared."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


JSON = "application/json"


Schema = Mapping[str, Any]


Direction = Literal["request", "response"]
"""Who reads the data: the API (a request) or the client (a response, a webhook payload)."""


@dataclass(frozen=True)
class Change:
    """One entry of the changelog."""

    operation: str  # "GET /path", "webhook POST Name", or "" for the API as a whole
    location: str  # e.g. "query parameter page", "response 200 data[].id"; "" for the operation
    message: str
    breaking: bool
    operation_id: str = ""


@dataclass(frozen=True)
class Operation:
    operation: Schema
    path_item: Schema
    webhook: bool

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId") or "")


@dataclass(frozen=True)
class Specs:
    """Both descriptions, so that `$ref`s resolve against the side they come from."""

    old: Schema
    new: Schema
