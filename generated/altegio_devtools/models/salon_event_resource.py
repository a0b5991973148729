from enum import StrEnum


class SalonEventResource(StrEnum):
    COMPANY = "company"
    SALON = "salon"

    def __str__(self) -> str:
        return str(self.value)
