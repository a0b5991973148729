from ..types import OpenStrEnum


class ScheduleEventResource(OpenStrEnum):
    SCHEDULE = "schedule"

    def __str__(self) -> str:
        return str(self.value)
