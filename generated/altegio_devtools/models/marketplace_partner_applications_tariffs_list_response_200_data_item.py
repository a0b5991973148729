from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_int, as_str
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

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: int | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = _id if type(_id) is int else as_int(_id)

        _title = d.pop("title", UNSET)
        title: str | Unset
        if _title is UNSET:
            title = UNSET
        else:
            title = _title if type(_title) is str else as_str(_title)

        _options = d.pop("options", UNSET)
        options: (
            list[MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem] | Unset
        ) = UNSET
        if _options is not UNSET:
            if not isinstance(_options, list):
                raise TypeError(f"expected a list, got {type(_options).__name__}")
            options = []
            for options_item_data in _options:
                _options_item = options_item_data
                options_item = MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem.from_dict(
                    _options_item
                )

                options.append(options_item)

        marketplace_partner_applications_tariffs_list_response_200_data_item = cls(
            id=id,
            title=title,
            options=options,
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
