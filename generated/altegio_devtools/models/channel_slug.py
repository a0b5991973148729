from ..types import OpenStrEnum


class ChannelSlug(OpenStrEnum):
    SMS = "sms"
    WHATSAPP = "whatsapp"

    def __str__(self) -> str:
        return str(self.value)
