from ..types import OpenStrEnum


class ServiceCategoryEventResource(OpenStrEnum):
    SERVICE_CATEGORY = "service_category"

    def __str__(self) -> str:
        return str(self.value)
