from ..types import OpenIntEnum


class StaffEventDataHidden(OpenIntEnum):
    VALUE_0 = 0
    VALUE_1 = 1

    def __str__(self) -> str:
        return str(self.value)
