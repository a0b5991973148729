from ..types import OpenStrEnum


class ServiceEventResource(OpenStrEnum):
    SERVICE = "service"

    def __str__(self) -> str:
        return str(self.value)
