from ..types import OpenIntEnum


class ClientEventDataSexId(OpenIntEnum):
    UNKNOWN = 0
    MALE = 1
    FEMALE = 2

    def __str__(self) -> str:
        return str(self.value)
