from ..types import OpenStrEnum


class GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus(OpenStrEnum):
    ACTIVE = "active"
    FREEZED = "freezed"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
