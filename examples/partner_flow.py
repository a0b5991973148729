"""A marketplace partner's flow, end to end, with a short transcript: install, the location
in the connected-locations list, a payment listed in the integration status, its refund, the
other partner calls, and the uninstall (after which Altegio sends the lifecycle call to the
application's callback URL).

    make demo                               # against Prism, then against the sandbox
    altegio-devtools sandbox --port 0 --partner-token demo-partner-token \
        --callback-url http://127.0.0.1:8080/altegio/marketplace -- python examples/partner_flow.py
    ALTEGIO_PARTNER_TOKEN=... ALTEGIO_USER_TOKEN=... \\
    ALTEGIO_API_BASE_URL=https://api.alteg.io/api/v1 ALTEGIO_APP_BASE_URL=https://app.alteg.io \\
    ALTEGIO_APPLICATION_ID=... ALTEGIO_LOCATION_ID=... python examples/partner_flow.py

Against a real host the write calls (install, payment, refund, sender names, VoIP event)
are skipped unless ALTEGIO_DEMO_WRITES=yes: they create real records.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from altegio_devtools import DEFAULT_ACCEPT, AltegioClient, errors

env = os.environ.get
API = env("ALTEGIO_API_BASE_URL", "http://127.0.0.1:4010")
APP = env("ALTEGIO_APP_BASE_URL", API)
APPLICATION = int(env("ALTEGIO_APPLICATION_ID", "456"))
LOCATION = int(env("ALTEGIO_LOCATION_ID", "123"))
LOCAL = all(urlsplit(url).hostname in {"127.0.0.1", "localhost"} for url in (API, APP))
WRITES = LOCAL or env("ALTEGIO_DEMO_WRITES") == "yes"
# Invented: `make demo` gives it to the sandbox (--crm-token).
CRM_TOKEN = env("ALTEGIO_CRM_TOKEN", "7cf262d6-1656-43f9-86ac-2826bdc125d2")


def step(
    title: str, call: Callable[[], Any], describe: Callable[[Any], str], write: bool = False
) -> bool:
    if write and not WRITES:
        print(f"  - {title:<28} skipped (a real host; set ALTEGIO_DEMO_WRITES=yes)")
        return True
    try:
        print(f"  ✓ {title:<28} {describe(call())}")
        return True
    except errors.AltegioError as error:
        print(f"  ✗ {title:<28} {type(error).__name__}: {error}")
        return False


def main() -> int:
    now = datetime.now().replace(microsecond=0)
    print(
        f"Altegio partner flow: api={API} app={APP} application={APPLICATION} location={LOCATION}"
    )
    with AltegioClient(
        partner_token=env("ALTEGIO_PARTNER_TOKEN", "demo-partner-token"),
        user_token=env("ALTEGIO_USER_TOKEN", "demo-user-token"),
        api_base_url=API,
        app_base_url=APP,
        accept=env("ALTEGIO_ACCEPT", DEFAULT_ACCEPT),
    ) as client:
        market, raw = client.marketplace, client.with_raw_response.marketplace
        paid: list[int] = []  # the payment's id, for the refund

        def pay() -> Any:
            response = market.notify_payment(
                salon_id=LOCATION,
                application_id=APPLICATION,
                payment_sum=990.99,
                currency_iso="EUR",
                payment_date=now,
                period_from=now,
                period_to=now + timedelta(days=30),
            )
            if isinstance(response.data.id, int):  # the id is optional in the description
                paid.append(response.data.id)
            return response

        results = [
            step(
                "install callback",
                lambda: raw.install(
                    salon_id=LOCATION,
                    application_id=APPLICATION,
                    api_key=str(uuid.uuid4()),
                    webhook_urls=["https://partner.example/altegio/hooks"],
                ),
                lambda r: f"HTTP {r.status_code}",
                write=True,
            ),
            step(
                "connected locations",
                lambda: [(loc.id, loc.title) for loc in market.list_locations(APPLICATION)],
                lambda found: (
                    f"{len(found)} location(s), {LOCATION} "
                    f"{'listed' if any(id_ == LOCATION for id_, _ in found) else 'not listed'}"
                ),
            ),
            step("payment notification", pay, lambda r: f"payment id {r.data.id}", write=True),
            step(
                "integration status",
                lambda: market.get_status(LOCATION, APPLICATION).data,
                lambda d: (
                    f"{d.connection_status.status}, {len(d.payments or [])} payment(s), "
                    f"payment {paid[-1] if paid else '-'} "
                    f"{'listed' if any(p.id in paid for p in d.payments or []) else 'not listed'}"
                ),
            ),
            step(
                "refund of that payment",
                lambda: raw.refund_payment(paid[-1]) if paid else None,
                lambda r: f"HTTP {r.status_code}" if r else "skipped: no payment to refund",
                write=True,
            ),
            step(
                "SMS sender names",
                lambda: raw.set_sms_sender_names(
                    salon_id=LOCATION, application_id=APPLICATION, short_names=["Partner", "PRT"]
                ),
                lambda r: f"HTTP {r.status_code}",
                write=True,
            ),
            step(
                "VoIP integration enabled",
                lambda: client.voip.send_event(command="setup", type="enable", crm_token=CRM_TOKEN),
                lambda r: f"accepted ({r.meta.message if hasattr(r.meta, 'message') else r.meta})",
                write=True,
            ),
            step(
                "VoIP call event",
                lambda: client.voip.send_event(
                    command="event",
                    crm_token=CRM_TOKEN,
                    type="incoming",
                    phone="+13155550175",
                    diversion="+13155550176",
                ),
                lambda r: f"accepted ({r.meta.message if hasattr(r.meta, 'message') else r.meta})",
                write=True,
            ),
            step(
                "countries",
                lambda: client.dictionaries.list_countries().data,
                lambda items: ", ".join(str(c.title) for c in items[:5]),
            ),
            step(
                "cities of country 7",
                lambda: client.dictionaries.list_cities(country_id=7).data,
                lambda items: ", ".join(str(c.title) for c in items[:5]),
            ),
            step(
                "uninstall",
                lambda: raw.uninstall(LOCATION, APPLICATION),
                lambda r: f"HTTP {r.status_code}",
                write=True,
            ),
        ]
    print(f"{sum(results)} of {len(results)} steps succeeded")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
