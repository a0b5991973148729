"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .booking_widget_promo import BookingWidgetPromo
    from .business_group import BusinessGroup
    from .business_type import BusinessType
    from .call import Call
    from .call_status import CallStatus
    from .call_status_filter import CallStatusFilter
    from .call_type import CallType
    from .call_type_filter import CallTypeFilter
    from .channel_slug import ChannelSlug
    from .channel_update import ChannelUpdate
    from .city import City
    from .client_event import ClientEvent
    from .client_event_data import ClientEventData
    from .client_event_data_categories_item import ClientEventDataCategoriesItem
    from .client_event_data_custom_fields_item import ClientEventDataCustomFieldsItem
    from .client_event_data_custom_fields_map import ClientEventDataCustomFieldsMap
    from .client_event_data_sex_id import ClientEventDataSexId
    from .client_event_data_sms_bot import ClientEventDataSmsBot
    from .client_event_data_sms_check import ClientEventDataSmsCheck
    from .client_event_data_sms_not import ClientEventDataSmsNot
    from .client_event_resource import ClientEventResource
    from .connection_state import ConnectionState
    from .connection_status import ConnectionStatus
    from .country import Country
    from .discount_result import DiscountResult
    from .field_400_bad_request_response import Field400BadRequestResponse
    from .field_400_bad_request_response_data_type_0 import Field400BadRequestResponseDataType0
    from .field_400_bad_request_response_meta import Field400BadRequestResponseMeta
    from .field_401_unauthorized_response import Field401UnauthorizedResponse
    from .field_401_unauthorized_response_data_type_0 import Field401UnauthorizedResponseDataType0
    from .field_401_unauthorized_response_meta import Field401UnauthorizedResponseMeta
    from .field_403_forbidden_response import Field403ForbiddenResponse
    from .field_403_forbidden_response_data_type_0 import Field403ForbiddenResponseDataType0
    from .field_403_forbidden_response_meta import Field403ForbiddenResponseMeta
    from .field_404_not_found_response import Field404NotFoundResponse
    from .field_404_not_found_response_data_type_0 import Field404NotFoundResponseDataType0
    from .field_404_not_found_response_meta_type_0 import Field404NotFoundResponseMetaType0
    from .field_422_unprocessable_entity_response import Field422UnprocessableEntityResponse
    from .field_422_unprocessable_entity_response_data_type_0 import (
        Field422UnprocessableEntityResponseDataType0,
    )
    from .field_422_unprocessable_entity_response_meta import (
        Field422UnprocessableEntityResponseMeta,
    )
    from .field_422_unprocessable_entity_response_meta_errors_type_0_item import (
        Field422UnprocessableEntityResponseMetaErrorsType0Item,
    )
    from .field_422_unprocessable_entity_response_meta_errors_type_1 import (
        Field422UnprocessableEntityResponseMetaErrorsType1,
    )
    from .finances_operation_event import FinancesOperationEvent
    from .finances_operation_event_data import FinancesOperationEventData
    from .finances_operation_event_data_account import FinancesOperationEventDataAccount
    from .finances_operation_event_data_client import FinancesOperationEventDataClient
    from .finances_operation_event_data_expense import FinancesOperationEventDataExpense
    from .finances_operation_event_data_master import FinancesOperationEventDataMaster
    from .finances_operation_event_data_record import FinancesOperationEventDataRecord
    from .finances_operation_event_data_supplier import FinancesOperationEventDataSupplier
    from .finances_operation_event_resource import FinancesOperationEventResource
    from .get_payment_link_response_200 import GetPaymentLinkResponse200
    from .get_settings_response_200 import GetSettingsResponse200
    from .get_status_response_200 import GetStatusResponse200
    from .good_event import GoodEvent
    from .good_event_data import GoodEventData
    from .good_event_data_actual_amounts_item import GoodEventDataActualAmountsItem
    from .good_event_data_loyalty_allow_empty_code import GoodEventDataLoyaltyAllowEmptyCode
    from .good_event_data_loyalty_certificate_type_type_0 import (
        GoodEventDataLoyaltyCertificateTypeType0,
    )
    from .good_event_data_loyalty_serial_number_limited import (
        GoodEventDataLoyaltySerialNumberLimited,
    )
    from .good_event_resource import GoodEventResource
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
    from .install_redirect_response_200 import InstallRedirectResponse200
    from .install_settings import InstallSettings
    from .integration_log import IntegrationLog
    from .integration_status import IntegrationStatus
    from .lifecycle_event_kind import LifecycleEventKind
    from .list_business_types_response_200 import ListBusinessTypesResponse200
    from .list_business_types_response_200_meta_type_0 import ListBusinessTypesResponse200MetaType0
    from .list_calls_body import ListCallsBody
    from .list_calls_response_200 import ListCallsResponse200
    from .list_cities_response_200 import ListCitiesResponse200
    from .list_countries_response_200 import ListCountriesResponse200
    from .list_tariffs_response_200 import ListTariffsResponse200
    from .location import Location
    from .locations_page import LocationsPage
    from .loyalty_card_event import LoyaltyCardEvent
    from .loyalty_card_event_data import LoyaltyCardEventData
    from .loyalty_card_event_resource import LoyaltyCardEventResource
    from .marketplace_webhook import MarketplaceWebhook
    from .notify_payment_body import NotifyPaymentBody
    from .notify_payment_response_200 import NotifyPaymentResponse200
    from .partner_error_plain import PartnerErrorPlain
    from .partner_error_plain_meta import PartnerErrorPlainMeta
    from .payment import Payment
    from .payment_link import PaymentLink
    from .payment_receipt import PaymentReceipt
    from .record_event import RecordEvent
    from .record_event_data import RecordEventData
    from .record_event_data_client_custom_fields_map import RecordEventDataClientCustomFieldsMap
    from .record_event_data_client_type_0 import RecordEventDataClientType0
    from .record_event_data_client_type_0_client_tags_item import (
        RecordEventDataClientType0ClientTagsItem,
    )
    from .record_event_data_client_type_0_custom_fields_item import (
        RecordEventDataClientType0CustomFieldsItem,
    )
    from .record_event_data_comer_person_info_type_0 import RecordEventDataComerPersonInfoType0
    from .record_event_data_comer_type_0 import RecordEventDataComerType0
    from .record_event_data_composite_type_0 import RecordEventDataCompositeType0
    from .record_event_data_composite_type_1_item import RecordEventDataCompositeType1Item
    from .record_event_data_confirmed import RecordEventDataConfirmed
    from .record_event_data_custom_fields_item import RecordEventDataCustomFieldsItem
    from .record_event_data_custom_fields_map import RecordEventDataCustomFieldsMap
    from .record_event_data_documents_item import RecordEventDataDocumentsItem
    from .record_event_data_email_now import RecordEventDataEmailNow
    from .record_event_data_goods_transactions_item import RecordEventDataGoodsTransactionsItem
    from .record_event_data_record_labels_item import RecordEventDataRecordLabelsItem
    from .record_event_data_review_requested import RecordEventDataReviewRequested
    from .record_event_data_services_item import RecordEventDataServicesItem
    from .record_event_data_staff_type_0 import RecordEventDataStaffType0
    from .record_event_data_staff_type_0_position import RecordEventDataStaffType0Position
    from .record_event_resource import RecordEventResource
    from .response_data_null_object_type_0 import ResponseDataNullObjectType0
    from .response_meta_empty_object_type_0 import ResponseMetaEmptyObjectType0
    from .salon_event import SalonEvent
    from .salon_event_data import SalonEventData
    from .salon_event_data_active import SalonEventDataActive
    from .salon_event_data_main_group_type_0 import SalonEventDataMainGroupType0
    from .salon_event_data_schedule import SalonEventDataSchedule
    from .salon_event_data_social import SalonEventDataSocial
    from .salon_event_resource import SalonEventResource
    from .schedule_event import ScheduleEvent
    from .schedule_event_data_item import ScheduleEventDataItem
    from .schedule_event_resource import ScheduleEventResource
    from .send_event_response_202 import SendEventResponse202
    from .send_event_response_202_meta_type_0 import SendEventResponse202MetaType0
    from .service_category_event import ServiceCategoryEvent
    from .service_category_event_data import ServiceCategoryEventData
    from .service_category_event_resource import ServiceCategoryEventResource
    from .service_event import ServiceEvent
    from .service_event_data import ServiceEventData
    from .service_event_data_active import ServiceEventDataActive
    from .service_event_data_image_group import ServiceEventDataImageGroup
    from .service_event_data_staff_item import ServiceEventDataStaffItem
    from .service_event_resource import ServiceEventResource
    from .set_discount_body import SetDiscountBody
    from .set_discount_response_200 import SetDiscountResponse200
    from .set_discount_response_403 import SetDiscountResponse403
    from .set_discount_response_403_meta_type_0 import SetDiscountResponse403MetaType0
    from .set_discount_response_404 import SetDiscountResponse404
    from .set_discount_response_404_meta_type_0 import SetDiscountResponse404MetaType0
    from .set_sms_sender_names_body import SetSmsSenderNamesBody
    from .staff_event import StaffEvent
    from .staff_event_data import StaffEventData
    from .staff_event_data_fired import StaffEventDataFired
    from .staff_event_data_hidden import StaffEventDataHidden
    from .staff_event_data_image_group import StaffEventDataImageGroup
    from .staff_event_data_position import StaffEventDataPosition
    from .staff_event_data_show_rating import StaffEventDataShowRating
    from .staff_event_data_status import StaffEventDataStatus
    from .staff_event_data_user_type_0 import StaffEventDataUserType0
    from .staff_event_resource import StaffEventResource
    from .tariff import Tariff
    from .tariff_option import TariffOption
    from .uninstall_response_200 import UninstallResponse200
    from .update_channel_body import UpdateChannelBody
    from .update_channel_response_200 import UpdateChannelResponse200
    from .update_channel_response_422 import UpdateChannelResponse422
    from .update_channel_response_422_meta_type_0 import UpdateChannelResponse422MetaType0
    from .update_channel_response_422_meta_type_0_errors import (
        UpdateChannelResponse422MetaType0Errors,
    )
    from .update_settings_body import UpdateSettingsBody
    from .update_settings_response_201 import UpdateSettingsResponse201
    from .vo_ip_call_event import VoIPCallEvent
    from .vo_ip_call_event_type import VoIPCallEventType
    from .vo_ip_call_history import VoIPCallHistory
    from .vo_ip_call_history_status import VoIPCallHistoryStatus
    from .vo_ip_call_history_type import VoIPCallHistoryType
    from .vo_ip_setup_command import VoIPSetupCommand
    from .vo_ip_setup_command_type import VoIPSetupCommandType
    from .webhook_status import WebhookStatus

_MODULES = {
    "BookingWidgetPromo": ".booking_widget_promo",
    "BusinessGroup": ".business_group",
    "BusinessType": ".business_type",
    "Call": ".call",
    "CallStatus": ".call_status",
    "CallStatusFilter": ".call_status_filter",
    "CallType": ".call_type",
    "CallTypeFilter": ".call_type_filter",
    "ChannelSlug": ".channel_slug",
    "ChannelUpdate": ".channel_update",
    "City": ".city",
    "ClientEvent": ".client_event",
    "ClientEventData": ".client_event_data",
    "ClientEventDataCategoriesItem": ".client_event_data_categories_item",
    "ClientEventDataCustomFieldsItem": ".client_event_data_custom_fields_item",
    "ClientEventDataCustomFieldsMap": ".client_event_data_custom_fields_map",
    "ClientEventDataSexId": ".client_event_data_sex_id",
    "ClientEventDataSmsBot": ".client_event_data_sms_bot",
    "ClientEventDataSmsCheck": ".client_event_data_sms_check",
    "ClientEventDataSmsNot": ".client_event_data_sms_not",
    "ClientEventResource": ".client_event_resource",
    "ConnectionState": ".connection_state",
    "ConnectionStatus": ".connection_status",
    "Country": ".country",
    "DiscountResult": ".discount_result",
    "Field400BadRequestResponse": ".field_400_bad_request_response",
    "Field400BadRequestResponseDataType0": ".field_400_bad_request_response_data_type_0",
    "Field400BadRequestResponseMeta": ".field_400_bad_request_response_meta",
    "Field401UnauthorizedResponse": ".field_401_unauthorized_response",
    "Field401UnauthorizedResponseDataType0": ".field_401_unauthorized_response_data_type_0",
    "Field401UnauthorizedResponseMeta": ".field_401_unauthorized_response_meta",
    "Field403ForbiddenResponse": ".field_403_forbidden_response",
    "Field403ForbiddenResponseDataType0": ".field_403_forbidden_response_data_type_0",
    "Field403ForbiddenResponseMeta": ".field_403_forbidden_response_meta",
    "Field404NotFoundResponse": ".field_404_not_found_response",
    "Field404NotFoundResponseDataType0": ".field_404_not_found_response_data_type_0",
    "Field404NotFoundResponseMetaType0": ".field_404_not_found_response_meta_type_0",
    "Field422UnprocessableEntityResponse": ".field_422_unprocessable_entity_response",
    "Field422UnprocessableEntityResponseDataType0": ".field_422_unprocessable_entity_response_data_type_0",
    "Field422UnprocessableEntityResponseMeta": ".field_422_unprocessable_entity_response_meta",
    "Field422UnprocessableEntityResponseMetaErrorsType0Item": ".field_422_unprocessable_entity_response_meta_errors_type_0_item",
    "Field422UnprocessableEntityResponseMetaErrorsType1": ".field_422_unprocessable_entity_response_meta_errors_type_1",
    "FinancesOperationEvent": ".finances_operation_event",
    "FinancesOperationEventData": ".finances_operation_event_data",
    "FinancesOperationEventDataAccount": ".finances_operation_event_data_account",
    "FinancesOperationEventDataClient": ".finances_operation_event_data_client",
    "FinancesOperationEventDataExpense": ".finances_operation_event_data_expense",
    "FinancesOperationEventDataMaster": ".finances_operation_event_data_master",
    "FinancesOperationEventDataRecord": ".finances_operation_event_data_record",
    "FinancesOperationEventDataSupplier": ".finances_operation_event_data_supplier",
    "FinancesOperationEventResource": ".finances_operation_event_resource",
    "GetPaymentLinkResponse200": ".get_payment_link_response_200",
    "GetSettingsResponse200": ".get_settings_response_200",
    "GetStatusResponse200": ".get_status_response_200",
    "GoodEvent": ".good_event",
    "GoodEventData": ".good_event_data",
    "GoodEventDataActualAmountsItem": ".good_event_data_actual_amounts_item",
    "GoodEventDataLoyaltyAllowEmptyCode": ".good_event_data_loyalty_allow_empty_code",
    "GoodEventDataLoyaltyCertificateTypeType0": ".good_event_data_loyalty_certificate_type_type_0",
    "GoodEventDataLoyaltySerialNumberLimited": ".good_event_data_loyalty_serial_number_limited",
    "GoodEventResource": ".good_event_resource",
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
    "InstallRedirectResponse200": ".install_redirect_response_200",
    "InstallSettings": ".install_settings",
    "IntegrationLog": ".integration_log",
    "IntegrationStatus": ".integration_status",
    "LifecycleEventKind": ".lifecycle_event_kind",
    "ListBusinessTypesResponse200": ".list_business_types_response_200",
    "ListBusinessTypesResponse200MetaType0": ".list_business_types_response_200_meta_type_0",
    "ListCallsBody": ".list_calls_body",
    "ListCallsResponse200": ".list_calls_response_200",
    "ListCitiesResponse200": ".list_cities_response_200",
    "ListCountriesResponse200": ".list_countries_response_200",
    "ListTariffsResponse200": ".list_tariffs_response_200",
    "Location": ".location",
    "LocationsPage": ".locations_page",
    "LoyaltyCardEvent": ".loyalty_card_event",
    "LoyaltyCardEventData": ".loyalty_card_event_data",
    "LoyaltyCardEventResource": ".loyalty_card_event_resource",
    "MarketplaceWebhook": ".marketplace_webhook",
    "NotifyPaymentBody": ".notify_payment_body",
    "NotifyPaymentResponse200": ".notify_payment_response_200",
    "PartnerErrorPlain": ".partner_error_plain",
    "PartnerErrorPlainMeta": ".partner_error_plain_meta",
    "Payment": ".payment",
    "PaymentLink": ".payment_link",
    "PaymentReceipt": ".payment_receipt",
    "RecordEvent": ".record_event",
    "RecordEventData": ".record_event_data",
    "RecordEventDataClientCustomFieldsMap": ".record_event_data_client_custom_fields_map",
    "RecordEventDataClientType0": ".record_event_data_client_type_0",
    "RecordEventDataClientType0ClientTagsItem": ".record_event_data_client_type_0_client_tags_item",
    "RecordEventDataClientType0CustomFieldsItem": ".record_event_data_client_type_0_custom_fields_item",
    "RecordEventDataComerPersonInfoType0": ".record_event_data_comer_person_info_type_0",
    "RecordEventDataComerType0": ".record_event_data_comer_type_0",
    "RecordEventDataCompositeType0": ".record_event_data_composite_type_0",
    "RecordEventDataCompositeType1Item": ".record_event_data_composite_type_1_item",
    "RecordEventDataConfirmed": ".record_event_data_confirmed",
    "RecordEventDataCustomFieldsItem": ".record_event_data_custom_fields_item",
    "RecordEventDataCustomFieldsMap": ".record_event_data_custom_fields_map",
    "RecordEventDataDocumentsItem": ".record_event_data_documents_item",
    "RecordEventDataEmailNow": ".record_event_data_email_now",
    "RecordEventDataGoodsTransactionsItem": ".record_event_data_goods_transactions_item",
    "RecordEventDataRecordLabelsItem": ".record_event_data_record_labels_item",
    "RecordEventDataReviewRequested": ".record_event_data_review_requested",
    "RecordEventDataServicesItem": ".record_event_data_services_item",
    "RecordEventDataStaffType0": ".record_event_data_staff_type_0",
    "RecordEventDataStaffType0Position": ".record_event_data_staff_type_0_position",
    "RecordEventResource": ".record_event_resource",
    "ResponseDataNullObjectType0": ".response_data_null_object_type_0",
    "ResponseMetaEmptyObjectType0": ".response_meta_empty_object_type_0",
    "SalonEvent": ".salon_event",
    "SalonEventData": ".salon_event_data",
    "SalonEventDataActive": ".salon_event_data_active",
    "SalonEventDataMainGroupType0": ".salon_event_data_main_group_type_0",
    "SalonEventDataSchedule": ".salon_event_data_schedule",
    "SalonEventDataSocial": ".salon_event_data_social",
    "SalonEventResource": ".salon_event_resource",
    "ScheduleEvent": ".schedule_event",
    "ScheduleEventDataItem": ".schedule_event_data_item",
    "ScheduleEventResource": ".schedule_event_resource",
    "SendEventResponse202": ".send_event_response_202",
    "SendEventResponse202MetaType0": ".send_event_response_202_meta_type_0",
    "ServiceCategoryEvent": ".service_category_event",
    "ServiceCategoryEventData": ".service_category_event_data",
    "ServiceCategoryEventResource": ".service_category_event_resource",
    "ServiceEvent": ".service_event",
    "ServiceEventData": ".service_event_data",
    "ServiceEventDataActive": ".service_event_data_active",
    "ServiceEventDataImageGroup": ".service_event_data_image_group",
    "ServiceEventDataStaffItem": ".service_event_data_staff_item",
    "ServiceEventResource": ".service_event_resource",
    "SetDiscountBody": ".set_discount_body",
    "SetDiscountResponse200": ".set_discount_response_200",
    "SetDiscountResponse403": ".set_discount_response_403",
    "SetDiscountResponse403MetaType0": ".set_discount_response_403_meta_type_0",
    "SetDiscountResponse404": ".set_discount_response_404",
    "SetDiscountResponse404MetaType0": ".set_discount_response_404_meta_type_0",
    "SetSmsSenderNamesBody": ".set_sms_sender_names_body",
    "StaffEvent": ".staff_event",
    "StaffEventData": ".staff_event_data",
    "StaffEventDataFired": ".staff_event_data_fired",
    "StaffEventDataHidden": ".staff_event_data_hidden",
    "StaffEventDataImageGroup": ".staff_event_data_image_group",
    "StaffEventDataPosition": ".staff_event_data_position",
    "StaffEventDataShowRating": ".staff_event_data_show_rating",
    "StaffEventDataStatus": ".staff_event_data_status",
    "StaffEventDataUserType0": ".staff_event_data_user_type_0",
    "StaffEventResource": ".staff_event_resource",
    "Tariff": ".tariff",
    "TariffOption": ".tariff_option",
    "UninstallResponse200": ".uninstall_response_200",
    "UpdateChannelBody": ".update_channel_body",
    "UpdateChannelResponse200": ".update_channel_response_200",
    "UpdateChannelResponse422": ".update_channel_response_422",
    "UpdateChannelResponse422MetaType0": ".update_channel_response_422_meta_type_0",
    "UpdateChannelResponse422MetaType0Errors": ".update_channel_response_422_meta_type_0_errors",
    "UpdateSettingsBody": ".update_settings_body",
    "UpdateSettingsResponse201": ".update_settings_response_201",
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
    "BookingWidgetPromo",
    "BusinessGroup",
    "BusinessType",
    "Call",
    "CallStatus",
    "CallStatusFilter",
    "CallType",
    "CallTypeFilter",
    "ChannelSlug",
    "ChannelUpdate",
    "City",
    "ClientEvent",
    "ClientEventData",
    "ClientEventDataCategoriesItem",
    "ClientEventDataCustomFieldsItem",
    "ClientEventDataCustomFieldsMap",
    "ClientEventDataSexId",
    "ClientEventDataSmsBot",
    "ClientEventDataSmsCheck",
    "ClientEventDataSmsNot",
    "ClientEventResource",
    "ConnectionState",
    "ConnectionStatus",
    "Country",
    "DiscountResult",
    "Field400BadRequestResponse",
    "Field400BadRequestResponseDataType0",
    "Field400BadRequestResponseMeta",
    "Field401UnauthorizedResponse",
    "Field401UnauthorizedResponseDataType0",
    "Field401UnauthorizedResponseMeta",
    "Field403ForbiddenResponse",
    "Field403ForbiddenResponseDataType0",
    "Field403ForbiddenResponseMeta",
    "Field404NotFoundResponse",
    "Field404NotFoundResponseDataType0",
    "Field404NotFoundResponseMetaType0",
    "Field422UnprocessableEntityResponse",
    "Field422UnprocessableEntityResponseDataType0",
    "Field422UnprocessableEntityResponseMeta",
    "Field422UnprocessableEntityResponseMetaErrorsType0Item",
    "Field422UnprocessableEntityResponseMetaErrorsType1",
    "FinancesOperationEvent",
    "FinancesOperationEventData",
    "FinancesOperationEventDataAccount",
    "FinancesOperationEventDataClient",
    "FinancesOperationEventDataExpense",
    "FinancesOperationEventDataMaster",
    "FinancesOperationEventDataRecord",
    "FinancesOperationEventDataSupplier",
    "FinancesOperationEventResource",
    "GetPaymentLinkResponse200",
    "GetSettingsResponse200",
    "GetStatusResponse200",
    "GoodEvent",
    "GoodEventData",
    "GoodEventDataActualAmountsItem",
    "GoodEventDataLoyaltyAllowEmptyCode",
    "GoodEventDataLoyaltyCertificateTypeType0",
    "GoodEventDataLoyaltySerialNumberLimited",
    "GoodEventResource",
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
    "InstallRedirectResponse200",
    "InstallSettings",
    "IntegrationLog",
    "IntegrationStatus",
    "LifecycleEventKind",
    "ListBusinessTypesResponse200",
    "ListBusinessTypesResponse200MetaType0",
    "ListCallsBody",
    "ListCallsResponse200",
    "ListCitiesResponse200",
    "ListCountriesResponse200",
    "ListTariffsResponse200",
    "Location",
    "LocationsPage",
    "LoyaltyCardEvent",
    "LoyaltyCardEventData",
    "LoyaltyCardEventResource",
    "MarketplaceWebhook",
    "NotifyPaymentBody",
    "NotifyPaymentResponse200",
    "PartnerErrorPlain",
    "PartnerErrorPlainMeta",
    "Payment",
    "PaymentLink",
    "PaymentReceipt",
    "RecordEvent",
    "RecordEventData",
    "RecordEventDataClientCustomFieldsMap",
    "RecordEventDataClientType0",
    "RecordEventDataClientType0ClientTagsItem",
    "RecordEventDataClientType0CustomFieldsItem",
    "RecordEventDataComerPersonInfoType0",
    "RecordEventDataComerType0",
    "RecordEventDataCompositeType0",
    "RecordEventDataCompositeType1Item",
    "RecordEventDataConfirmed",
    "RecordEventDataCustomFieldsItem",
    "RecordEventDataCustomFieldsMap",
    "RecordEventDataDocumentsItem",
    "RecordEventDataEmailNow",
    "RecordEventDataGoodsTransactionsItem",
    "RecordEventDataRecordLabelsItem",
    "RecordEventDataReviewRequested",
    "RecordEventDataServicesItem",
    "RecordEventDataStaffType0",
    "RecordEventDataStaffType0Position",
    "RecordEventResource",
    "ResponseDataNullObjectType0",
    "ResponseMetaEmptyObjectType0",
    "SalonEvent",
    "SalonEventData",
    "SalonEventDataActive",
    "SalonEventDataMainGroupType0",
    "SalonEventDataSchedule",
    "SalonEventDataSocial",
    "SalonEventResource",
    "ScheduleEvent",
    "ScheduleEventDataItem",
    "ScheduleEventResource",
    "SendEventResponse202",
    "SendEventResponse202MetaType0",
    "ServiceCategoryEvent",
    "ServiceCategoryEventData",
    "ServiceCategoryEventResource",
    "ServiceEvent",
    "ServiceEventData",
    "ServiceEventDataActive",
    "ServiceEventDataImageGroup",
    "ServiceEventDataStaffItem",
    "ServiceEventResource",
    "SetDiscountBody",
    "SetDiscountResponse200",
    "SetDiscountResponse403",
    "SetDiscountResponse403MetaType0",
    "SetDiscountResponse404",
    "SetDiscountResponse404MetaType0",
    "SetSmsSenderNamesBody",
    "StaffEvent",
    "StaffEventData",
    "StaffEventDataFired",
    "StaffEventDataHidden",
    "StaffEventDataImageGroup",
    "StaffEventDataPosition",
    "StaffEventDataShowRating",
    "StaffEventDataStatus",
    "StaffEventDataUserType0",
    "StaffEventResource",
    "Tariff",
    "TariffOption",
    "UninstallResponse200",
    "UpdateChannelBody",
    "UpdateChannelResponse200",
    "UpdateChannelResponse422",
    "UpdateChannelResponse422MetaType0",
    "UpdateChannelResponse422MetaType0Errors",
    "UpdateSettingsBody",
    "UpdateSettingsResponse201",
    "VoIPCallEvent",
    "VoIPCallEventType",
    "VoIPCallHistory",
    "VoIPCallHistoryStatus",
    "VoIPCallHistoryType",
    "VoIPSetupCommand",
    "VoIPSetupCommandType",
    "WebhookStatus",
)
