from enum import StrEnum


class VoIPCallHistoryStatus(StrEnum):
    MISSED = "missed"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
