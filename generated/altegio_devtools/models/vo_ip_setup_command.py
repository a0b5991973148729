from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import (
    as_str,
)
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.vo_ip_setup_command_type import VoIPSetupCommandType
from ..types import UNSET

T = TypeVar("T", bound="VoIPSetupCommand")


@_attrs_define
class VoIPSetupCommand:
    """
    Attributes:
        command (Literal['setup']): Operation type, always 'setup' Default: 'setup'.
        crm_token (str): CRM token from the VoIP Integration page of the client's chain Example:
            7cf262d6-1656-43f9-86ac-2826bdc125d2.
        type_ (VoIPSetupCommandType): enable = connect the integration, disable = switch it off Example: enable.
    """

    crm_token: str
    type_: VoIPSetupCommandType
    command: Literal["setup"] = "setup"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    drift: tuple[Drift, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    """Where the body deviated from the description (empty when it fitted); see drift.py."""

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        crm_token = self.crm_token

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "crm_token": crm_token,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        drift: list[Drift] | None = None
        unreadable = False
        _command = d.pop("command", UNSET)
        try:
            command = cast(Literal["setup"], _command)
            if command != "setup":
                raise ValueError(f"command must match const 'setup', got '{command}'")
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "command", "'setup'", _command, error)

        _crm_token = d.pop("crm_token", UNSET)
        try:
            crm_token = _crm_token if type(_crm_token) is str else as_str(_crm_token)
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "crm_token", "a string", _crm_token, error)

        _type_ = d.pop("type", UNSET)
        try:
            type_ = VoIPSetupCommandType(_type_ if type(_type_) is str else as_str(_type_))
        except READ_ERRORS as error:
            unreadable = True
            drift = mismatch(drift, "type", "a string", _type_, error)

        if unreadable:
            raise DriftError(drift or ())
        vo_ip_setup_command = cls(
            command=command,
            crm_token=crm_token,
            type_=type_,
        )
        if drift:
            vo_ip_setup_command.drift = tuple(drift)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        vo_ip_setup_command.additional_properties = additional_properties
        return vo_ip_setup_command

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
