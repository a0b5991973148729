from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_str,
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
        from ..models.field_422_unprocessable_entity_response_meta_errors_type_0_item import (
            Field422UnprocessableEntityResponseMetaErrorsType0Item,  # noqa: PLC0415
        )
        from ..models.field_422_unprocessable_entity_response_meta_errors_type_1 import (
            Field422UnprocessableEntityResponseMetaErrorsType1,  # noqa: PLC0415
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _message = d.pop("message", UNSET)
        try:
            message: str | Unset
            if _message is UNSET:
                message = UNSET
            else:
                message = _message if type(_message) is str else as_str(_message)
        except READ_ERRORS as error:
            message = UNSET
            drift = mismatch(drift, "message", "a string", _message, error)

        _errors = d.pop("errors", UNSET)
        try:

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
                try:
                    if not isinstance(data, list):
                        raise TypeError()
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
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                errors_type_1 = Field422UnprocessableEntityResponseMetaErrorsType1.from_dict(data)

                return errors_type_1

            errors = _parse_errors(_errors)
        except READ_ERRORS as error:
            errors = UNSET
            drift = mismatch(drift, "errors", "a list or an object", _errors, error)
        else:
            drift = collect(drift, "errors", errors)

        field_422_unprocessable_entity_response_meta = cls(
            message=message,
            errors=errors,
        )
        if drift:
            field_422_unprocessable_entity_response_meta.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        field_422_unprocessable_entity_response_meta.additional_properties = additional_properties
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
