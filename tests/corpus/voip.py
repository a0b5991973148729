"""A telephony bridge: switching the integration on, popping up a call, saving its history."""

from __future__ import annotations

import datetime

from altegio_devtools import AltegioClient, models

CRM_TOKEN = "00000000-0000-0000-0000-000000000000"


def enable(client: AltegioClient) -> None:
    client.voip.send_event(command="setup", crm_token=CRM_TOKEN, type="enable")


def ring(client: AltegioClient, caller: str, line: str) -> None:
    client.voip.send_event(
        command="event", crm_token=CRM_TOKEN, type="incoming", phone=caller, diversion=line
    )


def save_history(client: AltegioClient, caller: str, line: str, seconds: int) -> None:
    client.voip.send_event(
        command="history",
        crm_token=CRM_TOKEN,
        type=models.VoIPCallHistoryType.INCOMING,
        phone=caller,
        diversion=line,
        duration=seconds,
        status="success",
        date=datetime.datetime(2026, 9, 1, 14, 40, 28, tzinfo=datetime.UTC),
    )


def disable_with_a_model(client: AltegioClient) -> None:
    client.voip.send_event(
        body=models.VoIPSetupCommand(crm_token=CRM_TOKEN, type_=models.VoIPSetupCommandType.DISABLE)
    )
