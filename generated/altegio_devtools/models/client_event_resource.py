from enum import StrEnum


class ClientEventResource(StrEnum):
    CLIENT = "client"

    def __str__(self) -> str:
        return str(self.value)
