"""A partner's flow across every operation of the description against testing.FakeAltegio:
each request and each answer validates against generated/openapi.effective.yaml
(openapi-core), and what the flow changes reads back."""

from __future__ import annotations

import datetime

import httpx

from altegio_devtools import AltegioClient, fake_altegio, models
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.testing import FakeAltegio
from tests.fake_checks import NOW, Checked, checked_client, fake, known

CRM = "crm-token-of-the-fake"


def test_a_flow_across_every_operation_validates_and_reads_back() -> None:
    checked = Checked(fake(crm_tokens={CRM: 1001}))
    with checked_client(checked) as client:
        market = client.marketplace
        market.install(salon_id=1001, application_id=3003, api_key="invented-key",
                       webhook_urls=["https://partner.example/hooks"])  # fmt: skip
        market.install_redirect(salon_id=1002, application_id=3003)
        assert [location.id for location in market.list_locations(3003, count=1)] == [1001, 1002]
        tariffs = market.list_tariffs(3003).data
        assert tariffs[0].id == 3003 and tariffs[0].options
        paid = market.notify_payment(
            salon_id=1001, application_id=3003, payment_sum="99.90", currency_iso="EUR",
            payment_date=NOW, period_from=datetime.datetime(2026, 1, 15),
            period_to=datetime.datetime(2026, 2, 15),
        ).data.id  # fmt: skip
        market.refund_payment(known(paid))
        (payment,) = known(market.get_status(1001, 3003).data.payments)
        assert (payment.id, payment.payment_sum, payment.is_refunded) == (paid, 99.9, True)
        market.set_sms_sender_names(salon_id=1001, application_id=3003, short_names=["Invented"])
        market.update_channel(salon_id=1001, application_id=3003, channel_slug="whatsapp",
                              is_available=True)  # fmt: skip
        market.set_discount(salon_ids=[1001, 1002], application_id=3003, discount=15.5)
        link = market.get_payment_link(salon_id=1001, application_id=3003, discount=15.5)
        assert known(link.data.url).startswith("https://app.alteg.io/payment/1001/3003/")
        kept = checked.fake.integration(1001, 3003)
        assert kept["short_names"] == ["Invented"] and kept["channels"] == {"whatsapp": True}
        assert kept["discount"] == 15.5 and kept["payment_links"] == [link.data.url]

        hooks = client.webhooks.get_settings(1001).data
        assert (hooks.urls, hooks.active, hooks.record) == (["https://partner.example/hooks"], 1, 1)
        client.webhooks.update_settings(1001, active=1, urls=["https://a.example/h"], record=1)
        hooks = client.webhooks.get_settings(1001).data
        assert (hooks.urls, hooks.record, hooks.client) == (["https://a.example/h"], 1, 0)

        client.voip.send_event(command="setup", type="enable", crm_token=CRM)
        client.voip.send_event(command="event", type="incoming", crm_token=CRM,
                               phone="+99 100 200 300", diversion="+99 1")  # fmt: skip
        client.voip.send_event(
            command="history", type="incoming", crm_token=CRM, phone="+99 100 200 300",
            diversion="+99 1", duration=42, status="success", date="2026-01-15T10:30:00+02:00",
        )  # fmt: skip
        (call,) = client.voip.list_calls(salon_id=1001, date_from="2026-01-01",
                                         date_to="2026-01-31")  # fmt: skip
        assert (call.caller_phone, call.duration, call.status) == ("+99 100 200 300", 42, "success")

        assert [c.id for c in client.dictionaries.list_countries().data] == [1, 2]
        assert [c.id for c in client.dictionaries.list_cities(country_id=2).data] == [21]
        assert client.dictionaries.list_business_types().data[0].types

        market.uninstall(1002, 3003)
        assert [location.id for location in market.list_locations(3003)] == [1001]
    asked = {_route(answer.request) for answer in checked.answers}
    assert asked == {(operation_id, True) for operation_id in OPERATIONS}
    assert all(answer.is_success for answer in checked.answers)


def _route(request: httpx.Request) -> tuple[str, bool]:
    found = fake_altegio._route(request)
    assert found is not None
    return found[0], True


def test_production_quirks_still_read_with_the_client() -> None:
    quirky = FakeAltegio(partner_token="t", quirks=True, rate_limits=False)
    with AltegioClient(partner_token="t", user_token="u", http_client=quirky.http_client(),
                       rate_limits=None) as client:  # fmt: skip
        client.marketplace.install(salon_id=1, application_id=2)
        answer = client.marketplace.update_channel(
            salon_id=1, application_id=2, channel_slug="sms", is_available=False
        )
        assert isinstance(answer, models.UpdateChannelResult)
        client.marketplace.refund_payment(
            client.marketplace.notify_payment(
                salon_id=1, application_id=2, payment_sum=5, currency_iso="EUR",
                payment_date=datetime.datetime(2026, 1, 1), period_from="2026-01-01 00:00:00",
                period_to="2026-02-01 00:00:00",
            ).data.id  # type: ignore[arg-type]
        )  # fmt: skip
        (payment,) = known(client.marketplace.get_status(1, 2).data.payments)
        assert payment.is_refunded is True
    raw = quirky.handle(_request("GET", "/marketplace/salon/1/application/2"))
    assert raw.json()["data"]["payments"][0]["is_refunded"] == 1
    assert raw.json()["meta"] == []


def _request(method: str, path: str) -> httpx.Request:
    headers = {"Authorization": "Bearer t", "Accept": "application/vnd.api.v2+json"}
    return httpx.Request(method, f"https://app.alteg.io{path}", headers=headers)
