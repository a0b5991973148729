from enum import StrEnum


class RecordEventResource(StrEnum):
    RECORD = "record"

    def __str__(self) -> str:
        return str(self.value)
