from enum import StrEnum


class ServiceCategoryEventResource(StrEnum):
    SERVICE_CATEGORY = "service_category"

    def __str__(self) -> str:
        return str(self.value)
