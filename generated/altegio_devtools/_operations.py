"""Host and auth of every operation, read from the effective spec by `make generate`."""

from .types import Operation

OPERATIONS: dict[str, Operation] = {
    "get_business_types_by_group": Operation(
        operation_id="get_business_types_by_group",
        method="GET",
        path="/references/business_groups_with_types",
        host="api",
        auth="partner",
    ),
    "get_city_list": Operation(
        operation_id="get_city_list", method="GET", path="/cities", host="api", auth="partner"
    ),
    "get_country_list": Operation(
        operation_id="get_country_list", method="GET", path="/countries", host="api", auth="partner"
    ),
    "get_event_notification_settings": Operation(
        operation_id="get_event_notification_settings",
        method="GET",
        path="/hooks_settings/{location_id}",
        host="api",
        auth="partner_user",
    ),
    "get_marketplace_integration_status": Operation(
        operation_id="get_marketplace_integration_status",
        method="GET",
        path="/marketplace/salon/{location_id}/application/{application_id}",
        host="app",
        auth="partner",
    ),
    "handle_voip_integration_event": Operation(
        operation_id="handle_voip_integration_event",
        method="POST",
        path="/voip/integration",
        host="api",
        auth="partner",
    ),
    "list_marketplace_app_locations": Operation(
        operation_id="list_marketplace_app_locations",
        method="GET",
        path="/marketplace/application/{application_id}/salons",
        host="app",
        auth="partner",
    ),
    "list_voip_calls": Operation(
        operation_id="list_voip_calls",
        method="GET",
        path="/voip/integration/calls",
        host="api",
        auth="partner_user",
    ),
    "marketplace_notification_payment_callback": Operation(
        operation_id="marketplace_notification_payment_callback",
        method="POST",
        path="/marketplace/partner/payment",
        host="app",
        auth="partner",
    ),
    "marketplace_notification_settings_callback": Operation(
        operation_id="marketplace_notification_settings_callback",
        method="POST",
        path="/marketplace/partner/callback",
        host="app",
        auth="partner",
    ),
    "marketplace_notification_settings_redirect_callback": Operation(
        operation_id="marketplace_notification_settings_redirect_callback",
        method="POST",
        path="/marketplace/partner/callback/redirect",
        host="app",
        auth="partner",
        redirects=frozenset({301}),
    ),
    "marketplace_partner_application_add_discount": Operation(
        operation_id="marketplace_partner_application_add_discount",
        method="POST",
        path="/marketplace/application/add_discount",
        host="api",
        auth="partner",
    ),
    "marketplace_partner_application_payment_link": Operation(
        operation_id="marketplace_partner_application_payment_link",
        method="GET",
        path="/marketplace/application/payment_link",
        host="api",
        auth="partner",
    ),
    "marketplace_partner_applications_tariffs_list": Operation(
        operation_id="marketplace_partner_applications_tariffs_list",
        method="GET",
        path="/marketplace/application/{application_id}/tariffs",
        host="api",
        auth="partner",
    ),
    "marketplace_partner_applications_update_channel": Operation(
        operation_id="marketplace_partner_applications_update_channel",
        method="POST",
        path="/marketplace/application/update_channel",
        host="api",
        auth="partner",
    ),
    "marketplace_payment_refund_callback": Operation(
        operation_id="marketplace_payment_refund_callback",
        method="POST",
        path="/marketplace/partner/payment/refund/{payment_id}",
        host="app",
        auth="partner",
    ),
    "marketplace_webhook": Operation(
        operation_id="marketplace_webhook",
        method="POST",
        path="/marketplace_webhook",
        host="api",
        auth="none",
    ),
    "set_marketplace_notification_short_names": Operation(
        operation_id="set_marketplace_notification_short_names",
        method="POST",
        path="/marketplace/partner/short_names",
        host="app",
        auth="partner",
    ),
    "uninstall_marketplace_app": Operation(
        operation_id="uninstall_marketplace_app",
        method="POST",
        path="/marketplace/salon/{location_id}/application/{application_id}/uninstall",
        host="app",
        auth="partner",
    ),
    "update_event_notification_settings": Operation(
        operation_id="update_event_notification_settings",
        method="POST",
        path="/hooks_settings/{location_id}",
        host="api",
        auth="partner_user",
    ),
}
