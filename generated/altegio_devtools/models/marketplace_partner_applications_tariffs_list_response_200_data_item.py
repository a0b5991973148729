from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_int,
    as_str,
)
from ..drift import READ_ERRORS, Drift, mismatch, nested
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item import (
        MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem,
    )


T = TypeVar("T", bound="MarketplacePartnerApplicationsTariffsListResponse200DataItem")


@_attrs_define
class MarketplacePartnerApplicationsTariffsListResponse200DataItem:
    """
    Attributes:
        id (int | Unset): Tariff ID Example: 89.
        title (str | Unset): Tariff name Example: 1 month.
        options (list[MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem] | Unset): Tariff options
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    options: (
        list[MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.marketplace_partner_applications_tariffs_list_response_200_data_item_options_item import (
            MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem,  # noqa: PLC0415
        )

        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        _id = d.pop("id", UNSET)
        try:
            id: int | Unset
            if _id is UNSET:
                id = UNSET
            else:
                id = _id if type(_id) is int else as_int(_id)
        except READ_ERRORS as error:
            id = UNSET
            drift = mismatch(drift, "id", "an integer", _id, error)

        _title = d.pop("title", UNSET)
        try:
            title: str | Unset
            if _title is UNSET:
                title = UNSET
            else:
                title = _title if type(_title) is str else as_str(_title)
        except READ_ERRORS as error:
            title = UNSET
            drift = mismatch(drift, "title", "a string", _title, error)

        _options = d.pop("options", UNSET)
        try:
            options: (
                list[MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem]
                | Unset
            ) = UNSET
            if _options is not UNSET and _options != "":
                if not isinstance(_options, list):
                    raise TypeError(f"expected a list, got {type(_options).__name__}")
                options = []
                for index, options_item_data in enumerate(_options):
                    try:
                        options_item = MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem.from_dict(
                            options_item_data
                        )
                    except READ_ERRORS as error:
                        drift = mismatch(
                            drift, f"options[{index}]", "an object", options_item_data, error
                        )
                        continue
                    if options_item.drift:
                        drift = nested(drift, f"options[{index}]", options_item.drift)
                    options.append(options_item)
        except READ_ERRORS as error:
            options = UNSET
            drift = mismatch(drift, "options", "a list", _options, error)

        marketplace_partner_applications_tariffs_list_response_200_data_item = cls(
            id=id,
            title=title,
            options=options,
        )
        if drift:
            marketplace_partner_applications_tariffs_list_response_200_data_item.drift = tuple(
                drift
            )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        marketplace_partner_applications_tariffs_list_response_200_data_item.additional_properties = additional_properties
        return marketplace_partner_applications_tariffs_list_response_200_data_item

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
