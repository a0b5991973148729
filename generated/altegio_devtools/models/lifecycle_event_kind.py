from ..types import OpenStrEnum


class LifecycleEventKind(OpenStrEnum):
    FREEZE = "freeze"
    UNINSTALL = "uninstall"

    def __str__(self) -> str:
        return str(self.value)
