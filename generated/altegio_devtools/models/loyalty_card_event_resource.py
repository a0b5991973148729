from ..types import OpenStrEnum


class LoyaltyCardEventResource(OpenStrEnum):
    LOYALTY_CARD = "loyalty_card"

    def __str__(self) -> str:
        return str(self.value)
