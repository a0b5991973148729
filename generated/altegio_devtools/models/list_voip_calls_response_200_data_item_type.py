from ..types import OpenStrEnum


class ListVoipCallsResponse200DataItemType(OpenStrEnum):
    INCOMING = "incoming"
    INTERNAL = "internal"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
