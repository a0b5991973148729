from enum import StrEnum


class GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus(StrEnum):
    ACTIVE = "active"
    FREEZED = "freezed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
