"""Reporting a payment taken on the partner side, amounts as Decimal (as the ledger has them)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from altegio_devtools import AltegioClient, AsyncAltegioClient, errors


def report_payment(client: AltegioClient, location_id: int, amount: Decimal) -> int | None:
    """The payment's ID (for a refund later), or None when Altegio gave none."""
    start = datetime.date(2026, 1, 1)
    period_from = datetime.datetime.combine(start, datetime.time())
    receipt = client.marketplace.notify_payment(
        salon_id=location_id,
        application_id=456,
        payment_sum=amount,
        currency_iso="EUR",
        payment_date=datetime.datetime(2026, 1, 1, 10, 10),
        period_from=period_from,
        period_to="2026-02-01 00:00:00",
    )
    payment_id = receipt.data.id
    if isinstance(payment_id, int):
        return payment_id
    return None


def other_amount_forms(client: AltegioClient) -> None:
    for amount in (19.9, 20, "99.90", Decimal("5.50")):
        client.marketplace.set_discount(salon_ids=[1050, 1051], application_id=456, discount=amount)
    link = client.marketplace.get_payment_link(
        salon_id=1050, application_id=456, discount=Decimal("15")
    )
    print(link.data.url)


def refund(client: AltegioClient, payment_id: int) -> None:
    try:
        client.marketplace.refund_payment(payment_id)
    except errors.NotFoundError as error:
        print("no such payment", error.status_code)


async def report_async(amount: Decimal) -> None:
    async with AsyncAltegioClient(partner_token="partner-token-invented") as client:
        await client.marketplace.notify_payment(
            salon_id=1050,
            application_id=456,
            payment_sum=amount,
            currency_iso="EUR",
            payment_date=datetime.datetime(2026, 1, 1, 10, 10),
            period_from=datetime.datetime(2026, 1, 1),
            period_to=datetime.datetime(2026, 2, 1),
        )
