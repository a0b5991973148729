from enum import StrEnum


class LoyaltyCardEventResource(StrEnum):
    LOYALTY_CARD = "loyalty_card"

    def __str__(self) -> str:
        return str(self.value)
