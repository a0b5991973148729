from enum import StrEnum


class GoodEventResource(StrEnum):
    GOOD = "good"

    def __str__(self) -> str:
        return str(self.value)
