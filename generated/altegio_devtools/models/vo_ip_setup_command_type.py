from ..types import OpenStrEnum


class VoIPSetupCommandType(OpenStrEnum):
    DISABLE = "disable"
    ENABLE = "enable"

    def __str__(self) -> str:
        return str(self.value)
