from ..types import OpenStrEnum


class CallType(OpenStrEnum):
    INCOMING = "incoming"
    INTERNAL = "internal"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
