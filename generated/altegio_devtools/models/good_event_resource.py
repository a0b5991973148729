from ..types import OpenStrEnum


class GoodEventResource(OpenStrEnum):
    GOOD = "good"

    def __str__(self) -> str:
        return str(self.value)
