from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_str
from .._read import (
    as_object,
    read,
)
from ..drift import READ_ERRORS, Drift, collect, mismatch
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_422_unprocessable_entity_response_meta_errors_type_0_item import (
        Field422UnprocessableEntityResponseMetaErrorsType0Item,
    )
    from ..models.field_422_unprocessable_entity_response_meta_errors_type_1 import (
        Field422UnprocessableEntityResponseMetaErrorsType1,
    )


T = TypeVar("T", bound="Field422UnprocessableEntityResponseMeta")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "message",
        "errors",
    }
)


_nested_imported = False


def _import_nested() -> None:
    """Bind the models this one holds as module globals, once: they cannot be imported with
    the module (they may import it in turn), and an import per from_dict call costs ~1 µs."""
    global _nested_imported  # noqa: PLW0603
    from ..models.field_422_unprocessable_entity_response_meta_errors_type_0_item import (
        Field422UnprocessableEntityResponseMetaErrorsType0Item,  # noqa: PLC0415
    )
    from ..models.field_422_unprocessable_entity_response_meta_errors_type_1 import (
        Field422UnprocessableEntityResponseMetaErrorsType1,  # noqa: PLC0415
    )

    globals().update(
        {
            "Field422UnprocessableEntityResponseMetaErrorsType0Item": Field422UnprocessableEntityResponseMetaErrorsType0Item,
            "Field422UnprocessableEntityResponseMetaErrorsType1": Field422UnprocessableEntityResponseMetaErrorsType1,
        }
    )
    _nested_imported = True


def _parse_errors(
    data: object,
) -> (
    Field422UnprocessableEntityResponseMetaErrorsType1
    | list[Field422UnprocessableEntityResponseMetaErrorsType0Item]
    | Unset
):
    if isinstance(data, Unset):
        return data
    if data == "":  # PHP's empty value for an absent object or list
        return UNSET
    if isinstance(data, list):
        try:
            _errors_type_0 = data
            if not isinstance(_errors_type_0, list):
                raise TypeError(f"expected a list, got {type(_errors_type_0).__name__}")
            errors_type_0 = []
            for errors_type_0_item_data in _errors_type_0:
                errors_type_0_item = (
                    Field422UnprocessableEntityResponseMetaErrorsType0Item.from_dict(
                        errors_type_0_item_data
                    )
                )

                errors_type_0.append(errors_type_0_item)

            return errors_type_0
        except READ_ERRORS:
            pass
    if not isinstance(data, dict):
        raise TypeError()
    errors_type_1 = Field422UnprocessableEntityResponseMetaErrorsType1.from_dict(data)

    return errors_type_1


def _read_errors(_errors: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        errors = _parse_errors(_errors)
    except READ_ERRORS as error:
        errors = UNSET
        drift = mismatch(drift, "errors", "a list or an object", _errors, error)
    else:
        drift = collect(drift, "errors", errors)
    return errors, drift


@_attrs_define
class Field422UnprocessableEntityResponseMeta:
    """Additional response data.

    Attributes:
        message (str | Unset): Error message. Example: An error has occurred..
        errors (Field422UnprocessableEntityResponseMetaErrorsType1 |
            list[Field422UnprocessableEntityResponseMetaErrorsType0Item] | Unset): Validation error messages.
    """

    message: str | Unset = UNSET
    errors: (
        Field422UnprocessableEntityResponseMetaErrorsType1
        | list[Field422UnprocessableEntityResponseMetaErrorsType0Item]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_imported:
            _import_nested()
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        message = _get("message", UNSET)
        if type(message) is not str:
            _absent += message is UNSET
            message, drift = read(message, as_str, "message", "a string", drift)

        errors = _get("errors", UNSET)
        _absent += errors is UNSET
        errors, drift = _read_errors(errors, drift)

        field_422_unprocessable_entity_response_meta = object.__new__(cls)
        field_422_unprocessable_entity_response_meta.message = message
        field_422_unprocessable_entity_response_meta.errors = errors
        field_422_unprocessable_entity_response_meta.additional_properties = (
            {}
            if len(_src) + _absent == 2
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        field_422_unprocessable_entity_response_meta.drift = tuple(drift) if drift else ()
        return field_422_unprocessable_entity_response_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
