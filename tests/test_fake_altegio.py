"""testing.FakeAltegio, driven by the client as a partner's code drives it: every request and
every answer is validated against the effective description (openapi-core), so the fake
cannot drift from it; its state survives concurrent use."""

from __future__ import annotations

import asyncio
import datetime
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from werkzeug.datastructures import Headers

from altegio_devtools import AltegioClient, AsyncAltegioClient, Unset, errors
from altegio_devtools.testing import FakeAltegio
from tests.contract_calls import SPEC
from tests.test_contract_openapi_core import HttpxRequest

OPENAPI = OpenAPI.from_dict(SPEC)
TOKEN = "partner-token-of-the-fake"
NOW = datetime.datetime(2026, 1, 15, 10, 30)


class HttpxResponse:
    """httpx.Response seen through openapi-core's Response protocol."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "")
        self.data = response.content or None


@dataclass
class Checked:
    """The fake behind a handler that validates each request and answer against the spec."""

    fake: FakeAltegio
    answers: list[httpx.Response] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        response = self.fake.handle(request)
        self.answers.append(response)
        try:
            OPENAPI.validate_response(HttpxRequest(request), HttpxResponse(response))
        except Exception as error:
            causes = [str(e) for e in getattr(error, "schema_errors", [])]
            causes += [
                str(e) for e in getattr(getattr(error, "__cause__", None), "schema_errors", [])
            ]
            self.problems.append(f"{request.method} {request.url.path}: {error} {causes}")
        return response


@pytest.fixture
def checked() -> Iterator[Checked]:
    checked = Checked(FakeAltegio(partner_token=TOKEN, now=lambda: NOW))
    yield checked
    assert checked.problems == [], "\n".join(checked.problems)


@pytest.fixture
def client(checked: Checked) -> Iterator[AltegioClient]:
    http = httpx.Client(transport=httpx.MockTransport(checked))
    with AltegioClient(partner_token=TOKEN, http_client=http, max_retries=0) as client:
        yield client


def pay(client: AltegioClient, salon_id: int, amount: str = "99.90") -> int:
    result = client.marketplace.notify_payment(
        salon_id=salon_id, application_id=3003, payment_sum=amount, currency_iso="EUR",
        payment_date=NOW, period_from=datetime.datetime(2026, 1, 15),
        period_to=datetime.datetime(2026, 2, 15),
    )  # fmt: skip
    payment_id = result.data.id
    assert isinstance(payment_id, int)
    return payment_id


def payments_of(client: AltegioClient, salon_id: int, application_id: int = 3003) -> list[Any]:
    payments = client.marketplace.get_status(salon_id, application_id).data.payments
    assert not isinstance(payments, Unset)
    return payments


def test_install_pay_status_uninstall(client: AltegioClient, checked: Checked) -> None:
    client.marketplace.install(salon_id=1001, application_id=3003, api_key="invented-key")
    assert [location.id for location in client.marketplace.list_locations(3003)] == [1001]
    first, second = pay(client, 1001), pay(client, 1001, "10")
    status = client.marketplace.get_status(1001, 3003).data
    assert not isinstance(status.connection_status, Unset)
    assert status.connection_status.status == "active"
    payments = payments_of(client, 1001)
    assert [payment.id for payment in payments] == [first, second] == [1, 2]
    assert [payment.payment_sum for payment in payments] == [99.9, 10]
    assert payments[0].period_to == datetime.datetime(2026, 2, 15)
    client.marketplace.uninstall(1001, 3003)
    assert list(client.marketplace.list_locations(3003)) == []
    with pytest.raises(errors.NotFoundError):
        client.marketplace.get_status(1001, 3003)
    client.marketplace.install(salon_id=1001, application_id=3003)  # installable again
    logs = client.marketplace.get_status(1001, 3003).data.logs
    assert not isinstance(logs, Unset)
    assert [(log.status_from, log.status_to) for log in logs] == [
        ("uninstalled", "active"),
        ("active", "uninstalled"),
        ("uninstalled", "active"),
    ]
    assert len(checked.answers) == 11  # each validated (the fixture checks the problems)


def test_a_repeated_install_is_403_with_altegios_message(client: AltegioClient) -> None:
    client.marketplace.install(salon_id=1001, application_id=3003)
    with pytest.raises(errors.PermissionDeniedError) as refused:
        client.marketplace.install(salon_id=1001, application_id=3003)
    assert refused.value.status_code == 403
    assert refused.value.message.endswith(": Пользователь уже установил это приложение.")
    client.marketplace.install(salon_id=1001, application_id=3004)  # another application


def test_the_locations_list_pages(client: AltegioClient, checked: Checked) -> None:
    for salon_id in (5, 3, 9, 1, 7):
        client.marketplace.install(salon_id=salon_id, application_id=3003)
    client.marketplace.install(salon_id=2, application_id=4004)
    page = client.marketplace.list_locations(3003, count=2)
    assert [location.id for location in page.data] == [1, 3]
    assert [location.id for location in page] == [1, 3, 5, 7, 9]
    assert [location.title for location in page.data] == ["Location 1", "Location 3"]
    assert [answer.json()["data"] for answer in checked.answers[-3:]][-1] == [
        {"id": 9, "title": "Location 9", "active": 1}
    ]


def test_answer_validation_is_live() -> None:
    checked = Checked(FakeAltegio(partner_token=TOKEN))
    wrong = httpx.Response(200, json={"success": True, "data": {"id": "not an integer"}})
    checked.fake.handle = lambda request: wrong  # type: ignore[method-assign]
    request = httpx.Request(
        "POST", "https://app.alteg.io/marketplace/partner/payment", json={}, headers={}
    )
    checked(request)
    assert len(checked.problems) == 1 and "not an integer" in checked.problems[0]


def test_what_does_not_exist_is_404(client: AltegioClient) -> None:
    with pytest.raises(errors.NotFoundError):
        client.marketplace.get_status(1, 2)
    with pytest.raises(errors.NotFoundError):
        client.marketplace.uninstall(1, 2)


def test_a_payment_needs_an_installed_application(client: AltegioClient) -> None:
    with pytest.raises(errors.PermissionDeniedError, match="not installed"):
        pay(client, 1001)


def test_only_the_partner_token_opens_it(checked: Checked) -> None:
    http = httpx.Client(transport=httpx.MockTransport(checked))
    with AltegioClient(partner_token="someone-else", http_client=http, max_retries=0) as other:
        with pytest.raises(errors.AuthenticationError):
            other.marketplace.get_status(1, 2)
    assert checked.answers[-1].json() == {
        "success": False,
        "data": None,
        "meta": {"message": "Unauthorized"},
    }


@pytest.mark.parametrize(
    ("request_body", "message"),
    [
        (b"[", "The body is not JSON."),
        (b"[1]", "The body is not a JSON object."),
        (b'{"salon_id": "1", "application_id": 2}', "The salon_id field must be an integer."),
        (b'{"salon_id": true, "application_id": 2}', "The salon_id field must be an integer."),
    ],
)
def test_malformed_install_bodies_are_422(request_body: bytes, message: str) -> None:
    fake = FakeAltegio(partner_token=TOKEN)
    answer = fake.handle(
        httpx.Request(
            "POST",
            "https://app.alteg.io/marketplace/partner/callback",
            content=request_body,
            headers={"Authorization": f"Bearer {TOKEN}, User u"},
        )
    )
    assert (answer.status_code, answer.json()["meta"]["message"]) == (422, message)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"payment_date": "2026-01-15T10:30:00"}, "payment_date does not match the format"),
        ({"period_to": 20260215}, "period_to does not match the format Y-m-d H:i:s"),
        ({"currency_iso": None}, "The currency_iso field is required."),
    ],
)
def test_payment_fields_are_enforced(changes: dict[str, Any], message: str) -> None:
    fake = FakeAltegio(partner_token=TOKEN)
    body = {
        "salon_id": 1, "application_id": 2, "currency_iso": "EUR", "payment_sum": 1,
        "payment_date": "2026-01-15 10:30:00", "period_from": "2026-01-15 00:00:00",
        "period_to": "2026-02-15 00:00:00",
    }  # fmt: skip
    body = {k: v for k, v in {**body, **changes}.items() if v is not None}
    answer = fake.handle(
        httpx.Request(
            "POST",
            "https://app.alteg.io/marketplace/partner/payment",
            json=body,
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
    )
    assert answer.status_code == 422 and message in answer.json()["meta"]["message"]


def test_unknown_paths_pages_and_locations() -> None:
    fake = FakeAltegio(partner_token=TOKEN, locations={1: "Invented Studio"})
    auth = {"Authorization": f"Bearer {TOKEN}"}
    app = "https://app.alteg.io/marketplace"
    other = fake.handle(httpx.Request("GET", f"{app}/nothing/here", headers=auth))
    assert other.status_code == 404
    bad_page = fake.handle(httpx.Request("GET", f"{app}/application/3/salons?page=0", headers=auth))
    assert bad_page.status_code == 422
    assert bad_page.json()["meta"] == {"message": "The page must be a positive integer."}
    anonymous = fake.handle(httpx.Request("GET", f"{app}/application/3/salons"))
    assert (anonymous.status_code, anonymous.json()["meta"]) == (401, {"message": "Unauthorized"})
    unknown = httpx.Request(
        "POST", f"{app}/partner/callback", json={"salon_id": 2, "application_id": 3}, headers=auth
    )
    assert fake.handle(unknown).status_code == 404
    known = httpx.Request(
        "POST", f"{app}/partner/callback", json={"salon_id": 1, "application_id": 3}, headers=auth
    )
    assert fake.handle(known).status_code == 201
    listed = fake.handle(httpx.Request("GET", f"{app}/application/3/salons", headers=auth))
    assert listed.json()["data"] == [{"id": 1, "title": "Invented Studio", "active": 1}]
    uninstalled = fake.handle(
        httpx.Request("POST", f"{app}/salon/1/application/3/uninstall", headers=auth)
    )
    assert uninstalled.json() == {"success": True, "data": None, "meta": {}}
    with pytest.raises(ValueError) as refused:
        FakeAltegio(partner_token="")
    assert str(refused.value) == "partner_token must be a non-empty partner token"


def test_no_update_is_lost_to_4_threads_and_50_tasks() -> None:
    fake = FakeAltegio(partner_token=TOKEN)

    def install_many(offset: int) -> None:
        with AltegioClient(partner_token=TOKEN, http_client=fake.http_client()) as client:
            for salon_id in range(offset, offset + 25):
                client.marketplace.install(salon_id=salon_id, application_id=1)

    threads = [threading.Thread(target=install_many, args=(n * 100,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    async def pay_all() -> None:
        async with AsyncAltegioClient(
            partner_token=TOKEN, http_client=fake.async_http_client()
        ) as client:
            await asyncio.gather(
                *(
                    client.marketplace.notify_payment(
                        salon_id=(n % 4) * 100,
                        application_id=1,
                        payment_sum=1,
                        currency_iso="EUR",
                        payment_date=NOW,
                        period_from=NOW,
                        period_to=NOW,
                    )
                    for n in range(50)
                )
            )

    asyncio.run(pay_all())
    with AltegioClient(partner_token=TOKEN, http_client=fake.http_client()) as client:
        assert len(list(client.marketplace.list_locations(1, count=30))) == 100
        payments = [
            payment.id
            for offset in (0, 100, 200, 300)
            for payment in payments_of(client, offset, application_id=1)
        ]
    assert sorted(payments) == list(range(1, 51))
