"""Webhook handlers: entity events and the marketplace lifecycle call."""

from __future__ import annotations

from altegio_devtools import errors, models, webhooks

PARTNER_TOKEN = "partner-token-invented"


def on_event(body: bytes) -> int:
    try:
        events = webhooks.parse_events(body)
    except errors.InvalidWebhookError:
        return 400
    for event in events:
        key = webhooks.event_key(event)
        if isinstance(event, models.RecordEvent):
            print(key, event.status.value, event.data.id)
        elif isinstance(event, webhooks.UnknownEvent):
            print(key, "unknown resource", event.resource)
    return 200


def on_lifecycle(body: bytes) -> int:
    try:
        call = webhooks.parse_marketplace_event(body, partner_token=PARTNER_TOKEN)
    except errors.WebhookAuthenticationError:
        return 401
    except errors.InvalidWebhookError:
        return 400
    if isinstance(call, webhooks.Payment):
        print(call.salon_id, call.amount, call.currency_iso)
    elif isinstance(call, webhooks.Uninstall | webhooks.Freeze):
        print("switch off", call.salon_id)
    return 200
