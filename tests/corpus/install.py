"""The install callback after Altegio redirected the location's owner to us."""

from __future__ import annotations

import os

from altegio_devtools import AltegioClient, Unset, models

APPLICATION_ID = int(os.environ.get("APP_ID", "456"))


def on_install_redirect(salon_id: str, api_key: str) -> None:
    """`salon_id` comes from the redirect's query string, as a string of digits."""
    with AltegioClient(partner_token="partner-token-invented") as client:
        client.marketplace.install(
            salon_id=int(salon_id),
            application_id=APPLICATION_ID,
            api_key=api_key,
            webhook_urls=["https://partner.example/hooks/altegio"],
        )
        # Altegio expects a 0/1 flag; a bool is what the partner has.
        client.with_options(user_token="user-token-invented").webhooks.update_settings(
            int(salon_id),
            active=True,
            urls=["https://partner.example/hooks/altegio"],
            record=True,
            client=False,
            finances_operation=1,
        )
        client.marketplace.update_channel(
            salon_id=int(salon_id),
            application_id=APPLICATION_ID,
            channel_slug="whatsapp",
            is_available=True,
        )
        client.marketplace.update_channel(
            salon_id=int(salon_id),
            application_id=APPLICATION_ID,
            channel_slug=models.ChannelSlug.SMS,
            is_available=False,
        )
        client.marketplace.set_sms_sender_names(
            salon_id=int(salon_id), application_id=APPLICATION_ID, short_names=["Partner"]
        )


def status_line(location_id: int) -> str:
    with AltegioClient(partner_token="partner-token-invented") as client:
        status = client.marketplace.get_status(location_id, APPLICATION_ID).data
        connection = status.connection_status
        state = "unknown" if isinstance(connection, Unset) else str(connection.status)
        return f"{location_id}: {state}"
