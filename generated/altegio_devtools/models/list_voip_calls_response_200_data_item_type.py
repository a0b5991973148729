from enum import StrEnum


class ListVoipCallsResponse200DataItemType(StrEnum):
    INCOMING = "incoming"
    INTERNAL = "internal"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
