from ..types import OpenStrEnum


class ClientEventResource(OpenStrEnum):
    CLIENT = "client"

    def __str__(self) -> str:
        return str(self.value)
