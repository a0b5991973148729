from ..types import OpenStrEnum


class ConnectionState(OpenStrEnum):
    ACTIVE = "active"
    FREEZED = "freezed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
