from ..types import OpenStrEnum


class CallTypeFilter(OpenStrEnum):
    INCOMING = "incoming"
    INTERNAL = "internal"
    OUTGOING = "outgoing"

    def __str__(self) -> str:
        return str(self.value)
