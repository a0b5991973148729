"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .get_business_types_by_group_response_200 import GetBusinessTypesByGroupResponse200
    from .get_business_types_by_group_response_200_data_item import (
        GetBusinessTypesByGroupResponse200DataItem,
    )
    from .get_business_types_by_group_response_200_data_item_types_item import (
        GetBusinessTypesByGroupResponse200DataItemTypesItem,
    )
    from .get_business_types_by_group_response_200_meta_type_0 import (
        GetBusinessTypesByGroupResponse200MetaType0,
    )
    from .get_city_list_response_200 import GetCityListResponse200
    from .get_city_list_response_200_data_item import GetCityListResponse200DataItem
    from .get_country_list_response_200 import GetCountryListResponse200
    from .get_country_list_response_200_data_item import GetCountryListResponse200DataItem
    from .get_event_notification_settings_response_200 import (
        GetEventNotificationSettingsResponse200,
    )
    from .get_marketplace_integration_status_response_200 import (
        GetMarketplaceIntegrationStatusResponse200,
    )
    from .get_marketplace_integration_status_response_200_data import (
        GetMarketplaceIntegrationStatusResponse200Data,
    )
    from .get_marketplace_integration_status_response_200_data_connection_status import (
        GetMarketplaceIntegrationStatusResponse200DataConnectionStatus,
    )
    from .get_marketplace_integration_status_response_200_data_connection_status_status import (
        GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus,
    )
    from .get_marketplace_integration_status_response_200_data_logs_item import (
        GetMarketplaceIntegrationStatusResponse200DataLogsItem,
    )
    from .get_marketplace_integration_status_response_200_data_payments_item import (
        GetMarketplaceIntegrationStatusResponse200DataPaymentsItem,
    )
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
    from .handle_voip_integration_event_response_202 import HandleVoipIntegrationEventResponse202
    from .handle_voip_integration_event_response_202_meta_type_0 import (
        HandleVoipIntegrationEventResponse202MetaType0,
    )
    from .hook_settings_data import HookSettingsData
    from .list_marketplace_app_locations_response_200 import ListMarketplaceAppLocationsResponse200
    from .list_marketplace_app_locations_response_200_data_item import (
        ListMarketplaceAppLocationsResponse200DataItem,
    )
    from .list_marketplace_app_locations_response_200_data_item_booking_widget_promo_type_0 import (
        ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0,
    )
    from .list_voip_calls_body import ListVoipCallsBody
    from .list_voip_calls_body_statuses_item import ListVoipCallsBodyStatusesItem
    from .list_voip_calls_body_types_item import ListVoipCallsBodyTypesItem
    from .list_voip_calls_response_200 import ListVoipCallsResponse200
    from .list_voip_calls_response_200_data_item import ListVoipCallsResponse200DataItem
    from .list_voip_calls_response_200_data_item_status import (
        ListVoipCallsResponse200DataItemStatus,
    )
    from .list_voip_calls_response_200_data_item_type import ListVoipCallsResponse200DataItemType
    from .loyalty_card_event import LoyaltyCardEvent
    from .loyalty_card_event_data import LoyaltyCardEventData
    from .loyalty_card_event_resource import LoyaltyCardEventResource
    from .marketplace_notification_payment_callback_body import (
        MarketplaceNotificationPaymentCallbackBody,
    )
    from .marketplace_notification_payment_callback_response_200 import (
        MarketplaceNotificationPaymentCallbackResponse200,
    )
    from .marketplace_notification_payment_callback_response_200_data import (
        MarketplaceNotificationPaymentCallbackResponse200Data,
    )
    from .marketplace_notification_settings_redirect_callback_response_200 import (
        MarketplaceNotificationSettingsRedirectCallbackResponse200,
    )
    from .marketplace_partner_application_add_discount_body import (
        MarketplacePartnerApplicationAddDiscountBody,
    )
    from .marketplace_partner_application_add_discount_response_200 import (
        MarketplacePartnerApplicationAddDiscountResponse200,
    )
    from .marketplace_partner_application_add_discount_response_200_data import (
        MarketplacePartnerApplicationAddDiscountResponse200Data,
    )
    from .marketplace_partner_application_add_discount_response_403 import (
        MarketplacePartnerApplicationAddDiscountResponse403,
    )
    from .marketplace_partner_application_add_discount_response_403_meta_type_0 import (
        MarketplacePartnerApplicationAddDiscountResponse403MetaType0,
    )
    from .marketplace_partner_application_add_discount_response_404 import (
        MarketplacePartnerApplicationAddDiscountResponse404,
    )
    from .marketplace_partner_application_add_discount_response_404_meta_type_0 import (
        MarketplacePartnerApplicationAddDiscountResponse404MetaType0,
    )
    from .marketplace_partner_application_payment_link_response_200 import (
        MarketplacePartnerApplicationPaymentLinkResponse200,
    )
    from .marketplace_partner_application_payment_link_response_200_data import (
        MarketplacePartnerApplicationPaymentLinkResponse200Data,
    )
    from .marketplace_partner_applications_tariffs_list_response_200 import (
        MarketplacePartnerApplicationsTariffsListResponse200,
    )
    from .marketplace_partner_applications_tariffs_list_response_200_data_item import (
        MarketplacePartnerApplicationsTariffsListResponse200DataItem,
    )
    from .marketplace_partner_applications_tariffs_list_response_200_data_item_options_item import (
        MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem,
    )
    from .marketplace_partner_applications_update_channel_body import (
        MarketplacePartnerApplicationsUpdateChannelBody,
    )
    from .marketplace_partner_applications_update_channel_body_channel_slug import (
        MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug,
    )
    from .marketplace_partner_applications_update_channel_response_200 import (
        MarketplacePartnerApplicationsUpdateChannelResponse200,
    )
    from .marketplace_partner_applications_update_channel_response_200_data import (
        MarketplacePartnerApplicationsUpdateChannelResponse200Data,
    )
    from .marketplace_partner_applications_update_channel_response_422 import (
        MarketplacePartnerApplicationsUpdateChannelResponse422,
    )
    from .marketplace_partner_applications_update_channel_response_422_meta_type_0 import (
        MarketplacePartnerApplicationsUpdateChannelResponse422MetaType0,
    )
    from .marketplace_partner_applications_update_channel_response_422_meta_type_0_errors import (
        MarketplacePartnerApplicationsUpdateChannelResponse422MetaType0Errors,
    )
    from .marketplace_partner_settings import MarketplacePartnerSettings
    from .marketplace_webhook_body import MarketplaceWebhookBody
    from .marketplace_webhook_body_event import MarketplaceWebhookBodyEvent
    from .partner_error_plain import PartnerErrorPlain
    from .partner_error_plain_meta import PartnerErrorPlainMeta
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
    from .service_category_event import ServiceCategoryEvent
    from .service_category_event_data import ServiceCategoryEventData
    from .service_category_event_resource import ServiceCategoryEventResource
    from .service_event import ServiceEvent
    from .service_event_data import ServiceEventData
    from .service_event_data_active import ServiceEventDataActive
    from .service_event_data_image_group import ServiceEventDataImageGroup
    from .service_event_data_staff_item import ServiceEventDataStaffItem
    from .service_event_resource import ServiceEventResource
    from .set_marketplace_notification_short_names_body import (
        SetMarketplaceNotificationShortNamesBody,
    )
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
    from .uninstall_marketplace_app_response_200 import UninstallMarketplaceAppResponse200
    from .update_event_notification_settings_body import UpdateEventNotificationSettingsBody
    from .update_event_notification_settings_response_201 import (
        UpdateEventNotificationSettingsResponse201,
    )
    from .vo_ip_call_event import VoIPCallEvent
    from .vo_ip_call_event_type import VoIPCallEventType
    from .vo_ip_call_history import VoIPCallHistory
    from .vo_ip_call_history_status import VoIPCallHistoryStatus
    from .vo_ip_call_history_type import VoIPCallHistoryType
    from .vo_ip_setup_command import VoIPSetupCommand
    from .vo_ip_setup_command_type import VoIPSetupCommandType
    from .webhook_status import WebhookStatus

_MODULES = {
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
    "GetBusinessTypesByGroupResponse200": ".get_business_types_by_group_response_200",
    "GetBusinessTypesByGroupResponse200DataItem": ".get_business_types_by_group_response_200_data_item",
    "GetBusinessTypesByGroupResponse200DataItemTypesItem": ".get_business_types_by_group_response_200_data_item_types_item",
    "GetBusinessTypesByGroupResponse200MetaType0": ".get_business_types_by_group_response_200_meta_type_0",
    "GetCityListResponse200": ".get_city_list_response_200",
    "GetCityListResponse200DataItem": ".get_city_list_response_200_data_item",
    "GetCountryListResponse200": ".get_country_list_response_200",
    "GetCountryListResponse200DataItem": ".get_country_list_response_200_data_item",
    "GetEventNotificationSettingsResponse200": ".get_event_notification_settings_response_200",
    "GetMarketplaceIntegrationStatusResponse200": ".get_marketplace_integration_status_response_200",
    "GetMarketplaceIntegrationStatusResponse200Data": ".get_marketplace_integration_status_response_200_data",
    "GetMarketplaceIntegrationStatusResponse200DataConnectionStatus": ".get_marketplace_integration_status_response_200_data_connection_status",
    "GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus": ".get_marketplace_integration_status_response_200_data_connection_status_status",
    "GetMarketplaceIntegrationStatusResponse200DataLogsItem": ".get_marketplace_integration_status_response_200_data_logs_item",
    "GetMarketplaceIntegrationStatusResponse200DataPaymentsItem": ".get_marketplace_integration_status_response_200_data_payments_item",
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
    "HandleVoipIntegrationEventResponse202": ".handle_voip_integration_event_response_202",
    "HandleVoipIntegrationEventResponse202MetaType0": ".handle_voip_integration_event_response_202_meta_type_0",
    "HookSettingsData": ".hook_settings_data",
    "ListMarketplaceAppLocationsResponse200": ".list_marketplace_app_locations_response_200",
    "ListMarketplaceAppLocationsResponse200DataItem": ".list_marketplace_app_locations_response_200_data_item",
    "ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0": ".list_marketplace_app_locations_response_200_data_item_booking_widget_promo_type_0",
    "ListVoipCallsBody": ".list_voip_calls_body",
    "ListVoipCallsBodyStatusesItem": ".list_voip_calls_body_statuses_item",
    "ListVoipCallsBodyTypesItem": ".list_voip_calls_body_types_item",
    "ListVoipCallsResponse200": ".list_voip_calls_response_200",
    "ListVoipCallsResponse200DataItem": ".list_voip_calls_response_200_data_item",
    "ListVoipCallsResponse200DataItemStatus": ".list_voip_calls_response_200_data_item_status",
    "ListVoipCallsResponse200DataItemType": ".list_voip_calls_response_200_data_item_type",
    "LoyaltyCardEvent": ".loyalty_card_event",
    "LoyaltyCardEventData": ".loyalty_card_event_data",
    "LoyaltyCardEventResource": ".loyalty_card_event_resource",
    "MarketplaceNotificationPaymentCallbackBody": ".marketplace_notification_payment_callback_body",
    "MarketplaceNotificationPaymentCallbackResponse200": ".marketplace_notification_payment_callback_response_200",
    "MarketplaceNotificationPaymentCallbackResponse200Data": ".marketplace_notification_payment_callback_response_200_data",
    "MarketplaceNotificationSettingsRedirectCallbackResponse200": ".marketplace_notification_settings_redirect_callback_response_200",
    "MarketplacePartnerApplicationAddDiscountBody": ".marketplace_partner_application_add_discount_body",
    "MarketplacePartnerApplicationAddDiscountResponse200": ".marketplace_partner_application_add_discount_response_200",
    "MarketplacePartnerApplicationAddDiscountResponse200Data": ".marketplace_partner_application_add_discount_response_200_data",
    "MarketplacePartnerApplicationAddDiscountResponse403": ".marketplace_partner_application_add_discount_response_403",
    "MarketplacePartnerApplicationAddDiscountResponse403MetaType0": ".marketplace_partner_application_add_discount_response_403_meta_type_0",
    "MarketplacePartnerApplicationAddDiscountResponse404": ".marketplace_partner_application_add_discount_response_404",
    "MarketplacePartnerApplicationAddDiscountResponse404MetaType0": ".marketplace_partner_application_add_discount_response_404_meta_type_0",
    "MarketplacePartnerApplicationPaymentLinkResponse200": ".marketplace_partner_application_payment_link_response_200",
    "MarketplacePartnerApplicationPaymentLinkResponse200Data": ".marketplace_partner_application_payment_link_response_200_data",
    "MarketplacePartnerApplicationsTariffsListResponse200": ".marketplace_partner_applications_tariffs_list_response_200",
    "MarketplacePartnerApplicationsTariffsListResponse200DataItem": ".marketplace_partner_applications_tariffs_list_response_200_data_item",
    "MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem": ".marketplace_partner_applications_tariffs_list_response_200_data_item_options_item",
    "MarketplacePartnerApplicationsUpdateChannelBody": ".marketplace_partner_applications_update_channel_body",
    "MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug": ".marketplace_partner_applications_update_channel_body_channel_slug",
    "MarketplacePartnerApplicationsUpdateChannelResponse200": ".marketplace_partner_applications_update_channel_response_200",
    "MarketplacePartnerApplicationsUpdateChannelResponse200Data": ".marketplace_partner_applications_update_channel_response_200_data",
    "MarketplacePartnerApplicationsUpdateChannelResponse422": ".marketplace_partner_applications_update_channel_response_422",
    "MarketplacePartnerApplicationsUpdateChannelResponse422MetaType0": ".marketplace_partner_applications_update_channel_response_422_meta_type_0",
    "MarketplacePartnerApplicationsUpdateChannelResponse422MetaType0Errors": ".marketplace_partner_applications_update_channel_response_422_meta_type_0_errors",
    "MarketplacePartnerSettings": ".marketplace_partner_settings",
    "MarketplaceWebhookBody": ".marketplace_webhook_body",
    "MarketplaceWebhookBodyEvent": ".marketplace_webhook_body_event",
    "PartnerErrorPlain": ".partner_error_plain",
    "PartnerErrorPlainMeta": ".partner_error_plain_meta",
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
    "ServiceCategoryEvent": ".service_category_event",
    "ServiceCategoryEventData": ".service_category_event_data",
    "ServiceCategoryEventResource": ".service_category_event_resource",
    "ServiceEvent": ".service_event",
    "ServiceEventData": ".service_event_data",
    "ServiceEventDataActive": ".service_event_data_active",
    "ServiceEventDataImageGroup": ".service_event_data_image_group",
    "ServiceEventDataStaffItem": ".service_event_data_staff_item",
    "ServiceEventResource": ".service_event_resource",
    "SetMarketplaceNotificationShortNamesBody": ".set_marketplace_notification_short_names_body",
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
    "UninstallMarketplaceAppResponse200": ".uninstall_marketplace_app_response_200",
    "UpdateEventNotificationSettingsBody": ".update_event_notification_settings_body",
    "UpdateEventNotificationSettingsResponse201": ".update_event_notification_settings_response_201",
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
    "GetBusinessTypesByGroupResponse200",
    "GetBusinessTypesByGroupResponse200DataItem",
    "GetBusinessTypesByGroupResponse200DataItemTypesItem",
    "GetBusinessTypesByGroupResponse200MetaType0",
    "GetCityListResponse200",
    "GetCityListResponse200DataItem",
    "GetCountryListResponse200",
    "GetCountryListResponse200DataItem",
    "GetEventNotificationSettingsResponse200",
    "GetMarketplaceIntegrationStatusResponse200",
    "GetMarketplaceIntegrationStatusResponse200Data",
    "GetMarketplaceIntegrationStatusResponse200DataConnectionStatus",
    "GetMarketplaceIntegrationStatusResponse200DataConnectionStatusStatus",
    "GetMarketplaceIntegrationStatusResponse200DataLogsItem",
    "GetMarketplaceIntegrationStatusResponse200DataPaymentsItem",
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
    "HandleVoipIntegrationEventResponse202",
    "HandleVoipIntegrationEventResponse202MetaType0",
    "HookSettingsData",
    "ListMarketplaceAppLocationsResponse200",
    "ListMarketplaceAppLocationsResponse200DataItem",
    "ListMarketplaceAppLocationsResponse200DataItemBookingWidgetPromoType0",
    "ListVoipCallsBody",
    "ListVoipCallsBodyStatusesItem",
    "ListVoipCallsBodyTypesItem",
    "ListVoipCallsResponse200",
    "ListVoipCallsResponse200DataItem",
    "ListVoipCallsResponse200DataItemStatus",
    "ListVoipCallsResponse200DataItemType",
    "LoyaltyCardEvent",
    "LoyaltyCardEventData",
    "LoyaltyCardEventResource",
    "MarketplaceNotificationPaymentCallbackBody",
    "MarketplaceNotificationPaymentCallbackResponse200",
    "MarketplaceNotificationPaymentCallbackResponse200Data",
    "MarketplaceNotificationSettingsRedirectCallbackResponse200",
    "MarketplacePartnerApplicationAddDiscountBody",
    "MarketplacePartnerApplicationAddDiscountResponse200",
    "MarketplacePartnerApplicationAddDiscountResponse200Data",
    "MarketplacePartnerApplicationAddDiscountResponse403",
    "MarketplacePartnerApplicationAddDiscountResponse403MetaType0",
    "MarketplacePartnerApplicationAddDiscountResponse404",
    "MarketplacePartnerApplicationAddDiscountResponse404MetaType0",
    "MarketplacePartnerApplicationPaymentLinkResponse200",
    "MarketplacePartnerApplicationPaymentLinkResponse200Data",
    "MarketplacePartnerApplicationsTariffsListResponse200",
    "MarketplacePartnerApplicationsTariffsListResponse200DataItem",
    "MarketplacePartnerApplicationsTariffsListResponse200DataItemOptionsItem",
    "MarketplacePartnerApplicationsUpdateChannelBody",
    "MarketplacePartnerApplicationsUpdateChannelBodyChannelSlug",
    "MarketplacePartnerApplicationsUpdateChannelResponse200",
    "MarketplacePartnerApplicationsUpdateChannelResponse200Data",
    "MarketplacePartnerApplicationsUpdateChannelResponse422",
    "MarketplacePartnerApplicationsUpdateChannelResponse422MetaType0",
    "MarketplacePartnerApplicationsUpdateChannelResponse422MetaType0Errors",
    "MarketplacePartnerSettings",
    "MarketplaceWebhookBody",
    "MarketplaceWebhookBodyEvent",
    "PartnerErrorPlain",
    "PartnerErrorPlainMeta",
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
    "ServiceCategoryEvent",
    "ServiceCategoryEventData",
    "ServiceCategoryEventResource",
    "ServiceEvent",
    "ServiceEventData",
    "ServiceEventDataActive",
    "ServiceEventDataImageGroup",
    "ServiceEventDataStaffItem",
    "ServiceEventResource",
    "SetMarketplaceNotificationShortNamesBody",
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
    "UninstallMarketplaceAppResponse200",
    "UpdateEventNotificationSettingsBody",
    "UpdateEventNotificationSettingsResponse201",
    "VoIPCallEvent",
    "VoIPCallEventType",
    "VoIPCallHistory",
    "VoIPCallHistoryStatus",
    "VoIPCallHistoryType",
    "VoIPSetupCommand",
    "VoIPSetupCommandType",
    "WebhookStatus",
)
