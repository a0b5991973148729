from ..types import OpenStrEnum


class FinancesOperationEventResource(OpenStrEnum):
    FINANCES_OPERATION = "finances_operation"

    def __str__(self) -> str:
        return str(self.value)
