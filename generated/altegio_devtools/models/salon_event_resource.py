from ..types import OpenStrEnum


class SalonEventResource(OpenStrEnum):
    COMPANY = "company"
    SALON = "salon"

    def __str__(self) -> str:
        return str(self.value)
