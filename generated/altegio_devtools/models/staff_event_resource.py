from enum import StrEnum


class StaffEventResource(StrEnum):
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
