"""Test helpers for partners: FakeAltegio (a stateful fake of both hosts, see fake_altegio)
and the bodies Altegio posts, built from the description's models (_bodies).

    from altegio_devtools import testing, webhooks

    body = testing.make_event("record", "update", data={"paid_full": True})
    event = webhooks.parse_event(body)                  # a RecordEvent, no drift
    call = testing.make_lifecycle_event("payment", partner_token="my-token", amount=99.9)
    webhooks.parse_marketplace_event(call, partner_token="my-token")  # sign verified

make_event fills every field of the resource's payload model (nested models and lists
included) with an invented value of its type, then applies the overrides: envelope keys
replace theirs, `data=` is merged into the generated data. The bodies are what the models
write (`to_dict()`), so they read back without drift; values are invented, never anyone's.
"""

from ._bodies import (
    LIFECYCLE_EVENTS,
    RESOURCES,
    STATUSES,
    make_event,
    make_lifecycle_event,
    sign_payment,
)
from .fake_altegio import Delivery, FakeAltegio

__all__ = [
    "LIFECYCLE_EVENTS",
    "RESOURCES",
    "STATUSES",
    "Delivery",
    "FakeAltegio",
    "make_event",
    "make_lifecycle_event",
    "sign_payment",
]
