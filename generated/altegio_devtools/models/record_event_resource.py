from ..types import OpenStrEnum


class RecordEventResource(OpenStrEnum):
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
