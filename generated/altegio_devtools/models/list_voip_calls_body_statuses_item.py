from ..types import OpenStrEnum


class ListVoipCallsBodyStatusesItem(OpenStrEnum):
    BUSY = "busy"
    CANCEL = "cancel"
    MISSED = "missed"
    NOTALLOWED = "notallowed"
    NOTAVAILABLE = "notavailable"
    NOTFOUND = "notfound"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
