from enum import StrEnum


class ListVoipCallsBodyTypesItem(StrEnum):
    INCOMING = "incoming"
    INTERNAL = "internal"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
