"""The webhook payload models by `resource`, read from the spec by `make generate`."""

from .models import (
    ClientEvent,
    FinancesOperationEvent,
    GoodEvent,
    GoodsOperationEvent,
    LoyaltyCardEvent,
    RecordEvent,
    SalonEvent,
    ScheduleEvent,
    ServiceCategoryEvent,
    ServiceEvent,
    StaffEvent,
)

WebhookPayload = (
    ClientEvent
    | FinancesOperationEvent
    | GoodEvent
    | GoodsOperationEvent
    | LoyaltyCardEvent
    | RecordEvent
    | SalonEvent
    | ScheduleEvent
    | ServiceCategoryEvent
    | ServiceEvent
    | StaffEvent
)

PAYLOAD_BY_RESOURCE: dict[str, type[WebhookPayload]] = {
    "client": ClientEvent,
    "company": SalonEvent,
    "finances_operation": FinancesOperationEvent,
    "good": GoodEvent,
    "goods_operations_consumable": GoodsOperationEvent,
    "goods_operations_move": GoodsOperationEvent,
    "goods_operations_receipt": GoodsOperationEvent,
    "goods_operations_sale": GoodsOperationEvent,
    "goods_operations_stolen": GoodsOperationEvent,
    "loyalty_card": LoyaltyCardEvent,
    "record": RecordEvent,
    "salon": SalonEvent,
    "schedule": ScheduleEvent,
    "service": ServiceEvent,
    "service_category": ServiceCategoryEvent,
    "staff": StaffEvent,
}
