from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._coerce import as_str
from .._read import (
    NO_VALUE,
    as_object,
    enum_reader,
    read_required,
)
from .._typed import Mirror, fitted
from ..drift import READ_ERRORS, Drift, DriftError, mismatch
from ..models.vo_ip_setup_command_type import VoIPSetupCommandType
from ..types import UNSET

T = TypeVar("T", bound="VoIPSetupCommand")

#: The keys the description declares; any other key goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "command",
        "crm_token",
        "type",
    }
)


def _read_command(_command: Any, drift: list[Drift] | None) -> tuple[Any, list[Drift] | None]:
    try:
        command = cast(Literal["setup"], _command)
        if command != "setup":
            raise ValueError(f"command must match const 'setup', got '{command}'")
    except READ_ERRORS as error:
        command = cast(Any, NO_VALUE)
        drift = mismatch(drift, "command", "'setup'", _command, error)
    return command, drift


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
        _src = src_dict if type(src_dict) is dict else as_object(src_dict)
        _get = _src.get
        drift: list[Drift] | None = None
        _absent = 0
        command = _get("command", UNSET)
        _absent += command is UNSET
        command, drift = _read_command(command, drift)

        crm_token = _get("crm_token", UNSET)
        if type(crm_token) is not str:
            _absent += crm_token is UNSET
            crm_token, drift = read_required(crm_token, as_str, "crm_token", "a string", drift)

        type_ = _get("type", UNSET)
        if type(type_) is str:
            type_ = VoIPSetupCommandType(type_)
        else:
            _absent += type_ is UNSET
            type_, drift = read_required(
                type_, enum_reader(VoIPSetupCommandType, False), "type", "a string", drift
            )

        if NO_VALUE in (
            command,
            crm_token,
            type_,
        ):
            raise DriftError(drift or ())
        vo_ip_setup_command = object.__new__(cls)
        vo_ip_setup_command.command = command
        vo_ip_setup_command.crm_token = crm_token
        vo_ip_setup_command.type_ = type_
        vo_ip_setup_command.additional_properties = (
            {}
            if len(_src) + _absent == 3
            else {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        )
        vo_ip_setup_command.drift = tuple(drift) if drift else ()
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


@functools.cache
def typed_mirror() -> Mirror:
    """VoIPSetupCommand's msgspec Struct mirror and its conversion into VoIPSetupCommand: the
    typed fast path (speedups only, built on first use; see _typed.py)."""
    import msgspec  # noqa: PLC0415 - only with the speedups extra

    new = object.__new__
    struct = msgspec.defstruct(
        "VoIPSetupCommandMirror",
        [
            ("command", Any),
            ("crm_token", str),
            ("type_", str, msgspec.field(name="type")),
        ],
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
    )

    def convert(s: Any) -> VoIPSetupCommand:
        m = new(VoIPSetupCommand)
        m.command = fitted(_read_command(s.command, None))
        m.crm_token = s.crm_token
        v = s.type_
        m.type_ = VoIPSetupCommandType(v)
        m.additional_properties = {}
        m.drift = ()
        return m

    return Mirror(struct, convert)
