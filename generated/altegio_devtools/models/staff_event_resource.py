from ..types import OpenStrEnum


class StaffEventResource(OpenStrEnum):
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
