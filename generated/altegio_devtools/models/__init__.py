"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bad_request_error_body import BadRequestErrorBody
    from .bad_request_error_body_meta import BadRequestErrorBodyMeta
    from .bad_request_error_data import BadRequestErrorData
    from .booking_widget_promo import BookingWidgetPromo
    from .business_group import BusinessGroup
    from .business_group_list import BusinessGroupList
    from .business_group_list_meta import BusinessGroupListMeta
    from .business_type import BusinessType
    from .call import Call
    from .call_list import CallList
    from .call_status import CallStatus
    from .call_status_filter import CallStatusFilter
    from .call_type import CallType
    from .call_type_filter import CallTypeFilter
    from .channel_slug import ChannelSlug
    from .channel_update import ChannelUpdate
    from .city import City
    from .city_list import CityList
    from .client_event import ClientEvent
    from .client_event_data import ClientEventData
    from .client_event_data_categories_item import ClientEventDataCategoriesItem
    from .client_event_data_custom_fields_item import ClientEventDataCustomFieldsItem
    from .client_event_data_custom_fields_map import ClientEventDataCustomFieldsMap
    from .client_event_data_sex_id import ClientEventDataSexId
    from .client_event_resource import ClientEventResource
    from .connection_state import ConnectionState
    from .connection_status import ConnectionStatus
    from .country import Country
    from .country_list import CountryList
    from .discount_result import DiscountResult
    from .empty_data import EmptyData
    from .empty_meta import EmptyMeta
    from .finances_operation_event import FinancesOperationEvent
    from .finances_operation_event_data import FinancesOperationEventData
    from .finances_operation_event_data_account import FinancesOperationEventDataAccount
    from .finances_operation_event_data_client import FinancesOperationEventDataClient
    from .finances_operation_event_data_expense import FinancesOperationEventDataExpense
    from .finances_operation_event_data_master import FinancesOperationEventDataMaster
    from .finances_operation_event_data_record import FinancesOperationEventDataRecord
    from .finances_operation_event_data_supplier import FinancesOperationEventDataSupplier
    from .finances_operation_event_resource import FinancesOperationEventResource
    from .forbidden_error_body import ForbiddenErrorBody
    from .forbidden_error_body_meta import ForbiddenErrorBodyMeta
    from .forbidden_error_data import ForbiddenErrorData
    from .get_payment_link_result import GetPaymentLinkResult
    from .get_settings_result import GetSettingsResult
    from .get_status_result import GetStatusResult
    from .good_event import GoodEvent
    from .good_event_data import GoodEventData
    from .good_event_data_actual_amounts_item import GoodEventDataActualAmountsItem
    from .good_event_resource import GoodEventResource
    from .good_loyalty_certificate_type import GoodLoyaltyCertificateType
    from .goods_operation_event import GoodsOperationEvent
    from .goods_operation_event_data import GoodsOperationEventData
    from .goods_operation_event_data_client import GoodsOperationEventDataClient
    from .goods_operation_event_data_good import GoodsOperationEventDataGood
    from .goods_operation_event_data_master import GoodsOperationEventDataMaster
    from .goods_operation_event_data_service import GoodsOperationEventDataService
    from .goods_operation_event_data_storage import GoodsOperationEventDataStorage
    from .goods_operation_event_data_supplier import GoodsOperationEventDataSupplier
    from .goods_operation_event_data_unit import GoodsOperationEventDataUnit
    from .goods_operation_event_resource import GoodsOperationEventResource
    from .hook_settings import HookSettings
    from .install_redirect_result import InstallRedirectResult
    from .install_settings import InstallSettings
    from .integration_log import IntegrationLog
    from .integration_status import IntegrationStatus
    from .lifecycle_event_kind import LifecycleEventKind
    from .list_calls_body import ListCallsBody
    from .location import Location
    from .location_list import LocationList
    from .loyalty_card_event import LoyaltyCardEvent
    from .loyalty_card_event_data import LoyaltyCardEventData
    from .loyalty_card_event_resource import LoyaltyCardEventResource
    from .marketplace_webhook import MarketplaceWebhook
    from .not_found_error_body import NotFoundErrorBody
    from .not_found_error_data import NotFoundErrorData
    from .not_found_error_meta import NotFoundErrorMeta
    from .notify_payment_body import NotifyPaymentBody
    from .notify_payment_result import NotifyPaymentResult
    from .partner_error_plain import PartnerErrorPlain
    from .partner_error_plain_meta import PartnerErrorPlainMeta
    from .payment import Payment
    from .payment_link import PaymentLink
    from .payment_receipt import PaymentReceipt
    from .record_client import RecordClient
    from .record_client_custom_field import RecordClientCustomField
    from .record_client_tag import RecordClientTag
    from .record_comer import RecordComer
    from .record_comer_person_info import RecordComerPersonInfo
    from .record_composite import RecordComposite
    from .record_composite_item import RecordCompositeItem
    from .record_event import RecordEvent
    from .record_event_data import RecordEventData
    from .record_event_data_client_custom_fields_map import RecordEventDataClientCustomFieldsMap
    from .record_event_data_custom_fields_item import RecordEventDataCustomFieldsItem
    from .record_event_data_custom_fields_map import RecordEventDataCustomFieldsMap
    from .record_event_data_documents_item import RecordEventDataDocumentsItem
    from .record_event_data_goods_transactions_item import RecordEventDataGoodsTransactionsItem
    from .record_event_data_record_labels_item import RecordEventDataRecordLabelsItem
    from .record_event_data_services_item import RecordEventDataServicesItem
    from .record_event_resource import RecordEventResource
    from .record_staff import RecordStaff
    from .record_staff_position import RecordStaffPosition
    from .salon_event import SalonEvent
    from .salon_event_data import SalonEventData
    from .salon_event_data_schedule import SalonEventDataSchedule
    from .salon_event_data_social import SalonEventDataSocial
    from .salon_event_resource import SalonEventResource
    from .salon_main_group import SalonMainGroup
    from .schedule_event import ScheduleEvent
    from .schedule_event_data_item import ScheduleEventDataItem
    from .schedule_event_resource import ScheduleEventResource
    from .send_event_meta import SendEventMeta
    from .send_event_result import SendEventResult
    from .service_category_event import ServiceCategoryEvent
    from .service_category_event_data import ServiceCategoryEventData
    from .service_category_event_resource import ServiceCategoryEventResource
    from .service_event import ServiceEvent
    from .service_event_data import ServiceEventData
    from .service_event_data_image_group import ServiceEventDataImageGroup
    from .service_event_data_staff_item import ServiceEventDataStaffItem
    from .service_event_resource import ServiceEventResource
    from .set_discount_body import SetDiscountBody
    from .set_discount_forbidden_error_body import SetDiscountForbiddenErrorBody
    from .set_discount_forbidden_error_meta import SetDiscountForbiddenErrorMeta
    from .set_discount_not_found_error_body import SetDiscountNotFoundErrorBody
    from .set_discount_not_found_error_meta import SetDiscountNotFoundErrorMeta
    from .set_discount_result import SetDiscountResult
    from .set_sms_sender_names_body import SetSmsSenderNamesBody
    from .staff_event import StaffEvent
    from .staff_event_data import StaffEventData
    from .staff_event_data_image_group import StaffEventDataImageGroup
    from .staff_event_data_position import StaffEventDataPosition
    from .staff_event_resource import StaffEventResource
    from .staff_user import StaffUser
    from .tariff import Tariff
    from .tariff_list import TariffList
    from .tariff_option import TariffOption
    from .unauthorized_error_body import UnauthorizedErrorBody
    from .unauthorized_error_body_meta import UnauthorizedErrorBodyMeta
    from .unauthorized_error_data import UnauthorizedErrorData
    from .uninstall_result import UninstallResult
    from .update_channel_body import UpdateChannelBody
    from .update_channel_result import UpdateChannelResult
    from .update_channel_validation_error_body import UpdateChannelValidationErrorBody
    from .update_channel_validation_error_meta import UpdateChannelValidationErrorMeta
    from .update_channel_validation_error_meta_errors import UpdateChannelValidationErrorMetaErrors
    from .update_settings_body import UpdateSettingsBody
    from .update_settings_result import UpdateSettingsResult
    from .validation_error_body import ValidationErrorBody
    from .validation_error_body_meta import ValidationErrorBodyMeta
    from .validation_error_data import ValidationErrorData
    from .validation_error_item import ValidationErrorItem
    from .validation_error_map import ValidationErrorMap
    from .vo_ip_call_event import VoIPCallEvent
    from .vo_ip_call_event_type import VoIPCallEventType
    from .vo_ip_call_history import VoIPCallHistory
    from .vo_ip_call_history_status import VoIPCallHistoryStatus
    from .vo_ip_call_history_type import VoIPCallHistoryType
    from .vo_ip_setup_command import VoIPSetupCommand
    from .vo_ip_setup_command_type import VoIPSetupCommandType
    from .webhook_status import WebhookStatus

_MODULES = {
    "BadRequestErrorBody": ".bad_request_error_body",
    "BadRequestErrorBodyMeta": ".bad_request_error_body_meta",
    "BadRequestErrorData": ".bad_request_error_data",
    "BookingWidgetPromo": ".booking_widget_promo",
    "BusinessGroup": ".business_group",
    "BusinessGroupList": ".business_group_list",
    "BusinessGroupListMeta": ".business_group_list_meta",
    "BusinessType": ".business_type",
    "Call": ".call",
    "CallList": ".call_list",
    "CallStatus": ".call_status",
    "CallStatusFilter": ".call_status_filter",
    "CallType": ".call_type",
    "CallTypeFilter": ".call_type_filter",
    "ChannelSlug": ".channel_slug",
    "ChannelUpdate": ".channel_update",
    "City": ".city",
    "CityList": ".city_list",
    "ClientEvent": ".client_event",
    "ClientEventData": ".client_event_data",
    "ClientEventDataCategoriesItem": ".client_event_data_categories_item",
    "ClientEventDataCustomFieldsItem": ".client_event_data_custom_fields_item",
    "ClientEventDataCustomFieldsMap": ".client_event_data_custom_fields_map",
    "ClientEventDataSexId": ".client_event_data_sex_id",
    "ClientEventResource": ".client_event_resource",
    "ConnectionState": ".connection_state",
    "ConnectionStatus": ".connection_status",
    "Country": ".country",
    "CountryList": ".country_list",
    "DiscountResult": ".discount_result",
    "EmptyData": ".empty_data",
    "EmptyMeta": ".empty_meta",
    "FinancesOperationEvent": ".finances_operation_event",
    "FinancesOperationEventData": ".finances_operation_event_data",
    "FinancesOperationEventDataAccount": ".finances_operation_event_data_account",
    "FinancesOperationEventDataClient": ".finances_operation_event_data_client",
    "FinancesOperationEventDataExpense": ".finances_operation_event_data_expense",
    "FinancesOperationEventDataMaster": ".finances_operation_event_data_master",
    "FinancesOperationEventDataRecord": ".finances_operation_event_data_record",
    "FinancesOperationEventDataSupplier": ".finances_operation_event_data_supplier",
    "FinancesOperationEventResource": ".finances_operation_event_resource",
    "ForbiddenErrorBody": ".forbidden_error_body",
    "ForbiddenErrorBodyMeta": ".forbidden_error_body_meta",
    "ForbiddenErrorData": ".forbidden_error_data",
    "GetPaymentLinkResult": ".get_payment_link_result",
    "GetSettingsResult": ".get_settings_result",
    "GetStatusResult": ".get_status_result",
    "GoodEvent": ".good_event",
    "GoodEventData": ".good_event_data",
    "GoodEventDataActualAmountsItem": ".good_event_data_actual_amounts_item",
    "GoodEventResource": ".good_event_resource",
    "GoodLoyaltyCertificateType": ".good_loyalty_certificate_type",
    "GoodsOperationEvent": ".goods_operation_event",
    "GoodsOperationEventData": ".goods_operation_event_data",
    "GoodsOperationEventDataClient": ".goods_operation_event_data_client",
    "GoodsOperationEventDataGood": ".goods_operation_event_data_good",
    "GoodsOperationEventDataMaster": ".goods_operation_event_data_master",
    "GoodsOperationEventDataService": ".goods_operation_event_data_service",
    "GoodsOperationEventDataStorage": ".goods_operation_event_data_storage",
    "GoodsOperationEventDataSupplier": ".goods_operation_event_data_supplier",
    "GoodsOperationEventDataUnit": ".goods_operation_event_data_unit",
    "GoodsOperationEventResource": ".goods_operation_event_resource",
    "HookSettings": ".hook_settings",
    "InstallRedirectResult": ".install_redirect_result",
    "InstallSettings": ".install_settings",
    "IntegrationLog": ".integration_log",
    "IntegrationStatus": ".integration_status",
    "LifecycleEventKind": ".lifecycle_event_kind",
    "ListCallsBody": ".list_calls_body",
    "Location": ".location",
    "LocationList": ".location_list",
    "LoyaltyCardEvent": ".loyalty_card_event",
    "LoyaltyCardEventData": ".loyalty_card_event_data",
    "LoyaltyCardEventResource": ".loyalty_card_event_resource",
    "MarketplaceWebhook": ".marketplace_webhook",
    "NotFoundErrorBody": ".not_found_error_body",
    "NotFoundErrorData": ".not_found_error_data",
    "NotFoundErrorMeta": ".not_found_error_meta",
    "NotifyPaymentBody": ".notify_payment_body",
    "NotifyPaymentResult": ".notify_payment_result",
    "PartnerErrorPlain": ".partner_error_plain",
    "PartnerErrorPlainMeta": ".partner_error_plain_meta",
    "Payment": ".payment",
    "PaymentLink": ".payment_link",
    "PaymentReceipt": ".payment_receipt",
    "RecordClient": ".record_client",
    "RecordClientCustomField": ".record_client_custom_field",
    "RecordClientTag": ".record_client_tag",
    "RecordComer": ".record_comer",
    "RecordComerPersonInfo": ".record_comer_person_info",
    "RecordComposite": ".record_composite",
    "RecordCompositeItem": ".record_composite_item",
    "RecordEvent": ".record_event",
    "RecordEventData": ".record_event_data",
    "RecordEventDataClientCustomFieldsMap": ".record_event_data_client_custom_fields_map",
    "RecordEventDataCustomFieldsItem": ".record_event_data_custom_fields_item",
    "RecordEventDataCustomFieldsMap": ".record_event_data_custom_fields_map",
    "RecordEventDataDocumentsItem": ".record_event_data_documents_item",
    "RecordEventDataGoodsTransactionsItem": ".record_event_data_goods_transactions_item",
    "RecordEventDataRecordLabelsItem": ".record_event_data_record_labels_item",
    "RecordEventDataServicesItem": ".record_event_data_services_item",
    "RecordEventResource": ".record_event_resource",
    "RecordStaff": ".record_staff",
    "RecordStaffPosition": ".record_staff_position",
    "SalonEvent": ".salon_event",
    "SalonEventData": ".salon_event_data",
    "SalonEventDataSchedule": ".salon_event_data_schedule",
    "SalonEventDataSocial": ".salon_event_data_social",
    "SalonEventResource": ".salon_event_resource",
    "SalonMainGroup": ".salon_main_group",
    "ScheduleEvent": ".schedule_event",
    "ScheduleEventDataItem": ".schedule_event_data_item",
    "ScheduleEventResource": ".schedule_event_resource",
    "SendEventMeta": ".send_event_meta",
    "SendEventResult": ".send_event_result",
    "ServiceCategoryEvent": ".service_category_event",
    "ServiceCategoryEventData": ".service_category_event_data",
    "ServiceCategoryEventResource": ".service_category_event_resource",
    "ServiceEvent": ".service_event",
    "ServiceEventData": ".service_event_data",
    "ServiceEventDataImageGroup": ".service_event_data_image_group",
    "ServiceEventDataStaffItem": ".service_event_data_staff_item",
    "ServiceEventResource": ".service_event_resource",
    "SetDiscountBody": ".set_discount_body",
    "SetDiscountForbiddenErrorBody": ".set_discount_forbidden_error_body",
    "SetDiscountForbiddenErrorMeta": ".set_discount_forbidden_error_meta",
    "SetDiscountNotFoundErrorBody": ".set_discount_not_found_error_body",
    "SetDiscountNotFoundErrorMeta": ".set_discount_not_found_error_meta",
    "SetDiscountResult": ".set_discount_result",
    "SetSmsSenderNamesBody": ".set_sms_sender_names_body",
    "StaffEvent": ".staff_event",
    "StaffEventData": ".staff_event_data",
    "StaffEventDataImageGroup": ".staff_event_data_image_group",
    "StaffEventDataPosition": ".staff_event_data_position",
    "StaffEventResource": ".staff_event_resource",
    "StaffUser": ".staff_user",
    "Tariff": ".tariff",
    "TariffList": ".tariff_list",
    "TariffOption": ".tariff_option",
    "UnauthorizedErrorBody": ".unauthorized_error_body",
    "UnauthorizedErrorBodyMeta": ".unauthorized_error_body_meta",
    "UnauthorizedErrorData": ".unauthorized_error_data",
    "UninstallResult": ".uninstall_result",
    "UpdateChannelBody": ".update_channel_body",
    "UpdateChannelResult": ".update_channel_result",
    "UpdateChannelValidationErrorBody": ".update_channel_validation_error_body",
    "UpdateChannelValidationErrorMeta": ".update_channel_validation_error_meta",
    "UpdateChannelValidationErrorMetaErrors": ".update_channel_validation_error_meta_errors",
    "UpdateSettingsBody": ".update_settings_body",
    "UpdateSettingsResult": ".update_settings_result",
    "ValidationErrorBody": ".validation_error_body",
    "ValidationErrorBodyMeta": ".validation_error_body_meta",
    "ValidationErrorData": ".validation_error_data",
    "ValidationErrorItem": ".validation_error_item",
    "ValidationErrorMap": ".validation_error_map",
    "VoIPCallEvent": ".vo_ip_call_event",
    "VoIPCallEventType": ".vo_ip_call_event_type",
    "VoIPCallHistory": ".vo_ip_call_history",
    "VoIPCallHistoryStatus": ".vo_ip_call_history_status",
    "VoIPCallHistoryType": ".vo_ip_call_history_type",
    "VoIPSetupCommand": ".vo_ip_setup_command",
    "VoIPSetupCommandType": ".vo_ip_setup_command_type",
    "WebhookStatus": ".webhook_status",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "BadRequestErrorBody",
    "BadRequestErrorBodyMeta",
    "BadRequestErrorData",
    "BookingWidgetPromo",
    "BusinessGroup",
    "BusinessGroupList",
    "BusinessGroupListMeta",
    "BusinessType",
    "Call",
    "CallList",
    "CallStatus",
    "CallStatusFilter",
    "CallType",
    "CallTypeFilter",
    "ChannelSlug",
    "ChannelUpdate",
    "City",
    "CityList",
    "ClientEvent",
    "ClientEventData",
    "ClientEventDataCategoriesItem",
    "ClientEventDataCustomFieldsItem",
    "ClientEventDataCustomFieldsMap",
    "ClientEventDataSexId",
    "ClientEventResource",
    "ConnectionState",
    "ConnectionStatus",
    "Country",
    "CountryList",
    "DiscountResult",
    "EmptyData",
    "EmptyMeta",
    "FinancesOperationEvent",
    "FinancesOperationEventData",
    "FinancesOperationEventDataAccount",
    "FinancesOperationEventDataClient",
    "FinancesOperationEventDataExpense",
    "FinancesOperationEventDataMaster",
    "FinancesOperationEventDataRecord",
    "FinancesOperationEventDataSupplier",
    "FinancesOperationEventResource",
    "ForbiddenErrorBody",
    "ForbiddenErrorBodyMeta",
    "ForbiddenErrorData",
    "GetPaymentLinkResult",
    "GetSettingsResult",
    "GetStatusResult",
    "GoodEvent",
    "GoodEventData",
    "GoodEventDataActualAmountsItem",
    "GoodEventResource",
    "GoodLoyaltyCertificateType",
    "GoodsOperationEvent",
    "GoodsOperationEventData",
    "GoodsOperationEventDataClient",
    "GoodsOperationEventDataGood",
    "GoodsOperationEventDataMaster",
    "GoodsOperationEventDataService",
    "GoodsOperationEventDataStorage",
    "GoodsOperationEventDataSupplier",
    "GoodsOperationEventDataUnit",
    "GoodsOperationEventResource",
    "HookSettings",
    "InstallRedirectResult",
    "InstallSettings",
    "IntegrationLog",
    "IntegrationStatus",
    "LifecycleEventKind",
    "ListCallsBody",
    "Location",
    "LocationList",
    "LoyaltyCardEvent",
    "LoyaltyCardEventData",
    "LoyaltyCardEventResource",
    "MarketplaceWebhook",
    "NotFoundErrorBody",
    "NotFoundErrorData",
    "NotFoundErrorMeta",
    "NotifyPaymentBody",
    "NotifyPaymentResult",
    "PartnerErrorPlain",
    "PartnerErrorPlainMeta",
    "Payment",
    "PaymentLink",
    "PaymentReceipt",
    "RecordClient",
    "RecordClientCustomField",
    "RecordClientTag",
    "RecordComer",
    "RecordComerPersonInfo",
    "RecordComposite",
    "RecordCompositeItem",
    "RecordEvent",
    "RecordEventData",
    "RecordEventDataClientCustomFieldsMap",
    "RecordEventDataCustomFieldsItem",
    "RecordEventDataCustomFieldsMap",
    "RecordEventDataDocumentsItem",
    "RecordEventDataGoodsTransactionsItem",
    "RecordEventDataRecordLabelsItem",
    "RecordEventDataServicesItem",
    "RecordEventResource",
    "RecordStaff",
    "RecordStaffPosition",
    "SalonEvent",
    "SalonEventData",
    "SalonEventDataSchedule",
    "SalonEventDataSocial",
    "SalonEventResource",
    "SalonMainGroup",
    "ScheduleEvent",
    "ScheduleEventDataItem",
    "ScheduleEventResource",
    "SendEventMeta",
    "SendEventResult",
    "ServiceCategoryEvent",
    "ServiceCategoryEventData",
    "ServiceCategoryEventResource",
    "ServiceEvent",
    "ServiceEventData",
    "ServiceEventDataImageGroup",
    "ServiceEventDataStaffItem",
    "ServiceEventResource",
    "SetDiscountBody",
    "SetDiscountForbiddenErrorBody",
    "SetDiscountForbiddenErrorMeta",
    "SetDiscountNotFoundErrorBody",
    "SetDiscountNotFoundErrorMeta",
    "SetDiscountResult",
    "SetSmsSenderNamesBody",
    "StaffEvent",
    "StaffEventData",
    "StaffEventDataImageGroup",
    "StaffEventDataPosition",
    "StaffEventResource",
    "StaffUser",
    "Tariff",
    "TariffList",
    "TariffOption",
    "UnauthorizedErrorBody",
    "UnauthorizedErrorBodyMeta",
    "UnauthorizedErrorData",
    "UninstallResult",
    "UpdateChannelBody",
    "UpdateChannelResult",
    "UpdateChannelValidationErrorBody",
    "UpdateChannelValidationErrorMeta",
    "UpdateChannelValidationErrorMetaErrors",
    "UpdateSettingsBody",
    "UpdateSettingsResult",
    "ValidationErrorBody",
    "ValidationErrorBodyMeta",
    "ValidationErrorData",
    "ValidationErrorItem",
    "ValidationErrorMap",
    "VoIPCallEvent",
    "VoIPCallEventType",
    "VoIPCallHistory",
    "VoIPCallHistoryStatus",
    "VoIPCallHistoryType",
    "VoIPSetupCommand",
    "VoIPSetupCommandType",
    "WebhookStatus",
)
