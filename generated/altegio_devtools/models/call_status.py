from ..types import OpenStrEnum


class CallStatus(OpenStrEnum):
    BUSY = "busy"
    CANCEL = "cancel"
    MISSED = "missed"
    NOTALLOWED = "notallowed"
    NOTAVAILABLE = "notavailable"
    NOTFOUND = "notfound"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
