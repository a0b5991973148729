from ..types import OpenStrEnum


class VoIPCallHistoryStatus(OpenStrEnum):
    MISSED = "missed"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
