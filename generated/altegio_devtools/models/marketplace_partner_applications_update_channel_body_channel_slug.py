from ..types import OpenStrEnum


class MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug(OpenStrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)
