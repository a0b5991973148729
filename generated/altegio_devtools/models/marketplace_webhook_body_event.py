from enum import StrEnum


class MarketplaceWebhookBodyEvent(StrEnum):
    FREEZE = "freeze"
    UNINSTALL = "uninstall"

    def __str__(self) -> str:
        return str(self.value)
