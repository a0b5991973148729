from enum import StrEnum


class ScheduleEventResource(StrEnum):
    SCHEDULE = "schedule"

    def __str__(self) -> str:
        return str(self.value)
