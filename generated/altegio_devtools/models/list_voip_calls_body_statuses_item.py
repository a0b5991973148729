from enum import StrEnum


class ListVoipCallsBodyStatusesItem(StrEnum):
    BUSY = "busy"
    CANCEL = "cancel"
    MISSED = "missed"
    NOTALLOWED = "notallowed"
    NOTAVAILABLE = "notavailable"
    NOTFOUND = "notfound"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
