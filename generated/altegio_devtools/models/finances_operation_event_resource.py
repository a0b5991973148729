from enum import StrEnum


class FinancesOperationEventResource(StrEnum):
    FINANCES_OPERATION = "finances_operation"

    def __str__(self) -> str:
        return str(self.value)
