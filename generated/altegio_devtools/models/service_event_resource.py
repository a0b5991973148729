from enum import StrEnum


class ServiceEventResource(StrEnum):
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
