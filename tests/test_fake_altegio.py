"""testing.FakeAltegio, driven by the client as a partner's code drives it: every request and
every answer is validated against the effective description (openapi-core, tests/fake_checks),
so the fake cannot drift from it; what Altegio enforces, the webhooks it sends, its faults, and
its state under concurrent use."""

from __future__ import annotations

import asyncio
import datetime
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, Unset, errors, testing, webhooks
from altegio_devtools.testing import Delivery, FakeAltegio
from tests.fake_checks import AUTH, NOW, TOKEN, Checked, checked_client, fake, known


@pytest.fixture
def checked() -> Checked:
    return Checked(fake())


@pytest.fixture
def client(checked: Checked) -> Iterator[AltegioClient]:
    with checked_client(checked) as client:
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
    checked = Checked(fake())
    wrong = httpx.Response(200, json={"success": True, "data": {"id": "not an integer"}})
    checked.fake.handle = lambda request: wrong  # type: ignore[method-assign]
    request = httpx.Request(
        "POST", "https://app.alteg.io/marketplace/partner/payment", json={}, headers={}
    )
    checked(request)
    assert len(checked.problems) == 2 and "not an integer" in checked.problems[1]


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
    answer = fake().handle(
        httpx.Request(
            "POST",
            "https://app.alteg.io/marketplace/partner/callback",
            content=request_body,
            headers={**AUTH, "Authorization": f"Bearer {TOKEN}, User u"},
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
            headers=AUTH,
        )
    )
    assert answer.status_code == 422 and message in answer.json()["meta"]["message"]


def test_unknown_paths_pages_and_locations() -> None:
    fake_ = fake(locations={1: "Invented Studio"})
    app = "https://app.alteg.io/marketplace"

    def handle(method: str, url: str, **options: Any) -> httpx.Response:
        return fake_.handle(
            httpx.Request(method, url, headers=options.pop("headers", AUTH), **options)
        )

    assert handle("GET", f"{app}/nothing/here").status_code == 404
    bad_page = handle("GET", f"{app}/application/3/salons?page=0")
    assert bad_page.status_code == 422
    assert bad_page.json()["meta"] == {"message": "The page must be a positive integer."}
    anonymous = handle("GET", f"{app}/application/3/salons", headers={})
    assert (anonymous.status_code, anonymous.json()["meta"]) == (401, {"message": "Unauthorized"})
    install = f"{app}/partner/callback"
    assert handle("POST", install, json={"salon_id": 2, "application_id": 3}).status_code == 404
    assert handle("POST", install, json={"salon_id": 1, "application_id": 3}).status_code == 201
    listed = handle("GET", f"{app}/application/3/salons")
    assert listed.json()["data"] == [{"id": 1, "title": "Invented Studio", "active": 1}]
    uninstalled = handle("POST", f"{app}/salon/1/application/3/uninstall")
    assert uninstalled.json() == {"success": True, "data": None, "meta": {}}
    with pytest.raises(ValueError) as refused:
        FakeAltegio(partner_token="")
    assert str(refused.value) == "partner_token must be a non-empty partner token"


def raw(fake_: FakeAltegio, method: str, path: str, headers: dict[str, str] | None = None,
        **options: Any) -> httpx.Response:  # fmt: skip
    url = f"https://api.alteg.io/api/v1{path}"
    return fake_.handle(httpx.Request(method, url, headers=AUTH if headers is None else headers,
                                      **options))  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "status", "message"),
    [
        ({"Authorization": f"Bearer {TOKEN}, User u"}, 200, None),
        ({"Authorization": f"Bearer {TOKEN},User u"}, 200, None),
        ({"Authorization": f"Bearer {TOKEN}"}, 401, "This operation needs a user token"),
        ({"Authorization": f"Bearer {TOKEN}, User someone-else"}, 401, "Unauthorized"),
        ({"Authorization": f"Bearer {TOKEN}x, User u"}, 401, "Unauthorized"),
        ({"Authorization": f"{TOKEN}, User u"}, 401, "Unauthorized"),
        ({"Authorization": f"Bearer {TOKEN}, User u", "Accept": "application/json"}, 406,
         "Accept must be application/vnd.api.v2+json."),
    ],
)  # fmt: skip
def test_auth_forms_user_operations_and_accept(
    headers: dict[str, str], status: int, message: str | None
) -> None:
    fake_ = fake(user_token="u")
    answer = raw(fake_, "GET", "/hooks_settings/5", {**AUTH, **headers})
    assert answer.status_code == status
    if message is not None:
        assert answer.json()["meta"]["message"].startswith(message)
    yclients = {**AUTH, "Accept": "application/vnd.yclients.v2+json"}
    assert raw(fake_, "GET", "/countries", yclients).status_code == 200
    assert raw(fake_, "GET", "/countries", {**AUTH, "Authorization": f"Bearer {TOKEN}, User x"}
               ).status_code == 401  # fmt: skip


def test_5_a_second_and_200_a_minute_then_429() -> None:
    moment = [1000.0]
    fake_ = fake(rate_limits=True, clock=lambda: moment[0])
    for second in range(40):
        moment[0] = 1000.0 + second
        assert [raw(fake_, "GET", "/countries").status_code for _ in range(6)] == [200] * 5 + [429]
    moment[0] = 1040.5
    limited = raw(fake_, "GET", "/countries")
    assert (limited.status_code, limited.json()["meta"]) == (429, {"message": "Too Many Requests"})
    moment[0] = 1060.0  # the first second's 5 left the minute
    assert [raw(fake_, "GET", "/countries").status_code for _ in range(6)] == [200] * 5 + [429]


def test_lifecycle_calls_go_to_the_callback_url_verified_by_the_receiver_parser() -> None:
    seen: list[Delivery] = []
    fake_ = fake(callback_url="http://127.0.0.1:9/lifecycle", on_delivery=seen.append)
    with AltegioClient(partner_token=TOKEN, http_client=fake_.http_client(),
                       rate_limits=None) as client:  # fmt: skip
        client.marketplace.install(salon_id=7, application_id=8)
        fake_.freeze(7, 8)
        assert known(client.marketplace.get_status(7, 8).data.connection_status).status == "freezed"
        fake_.pay(7, 8, amount=49.5)
        status = client.marketplace.get_status(7, 8).data
        assert known(status.connection_status).status == "active"
        assert [payment.payment_sum for payment in known(status.payments)] == [49.5]
        client.marketplace.uninstall(7, 8)
    assert seen == fake_.deliveries and len(seen) == 3
    events = [webhooks.parse_marketplace_event(d.body, partner_token=TOKEN) for d in seen]
    assert [type(e).__name__ for e in events] == ["Freeze", "Payment", "Uninstall"]  # fmt: skip
    assert {d.url for d in seen} == {"http://127.0.0.1:9/lifecycle"}
    assert seen[1].json()["period_from"] == "2026-01-15 10:30:00"
    assert seen[2].json() == {"salon_id": 7, "application_id": 8, "event": "uninstall",
                              "partner_token": TOKEN}  # fmt: skip
    assert seen[0].headers == {"Content-Type": "application/json"}
    with pytest.raises(ValueError, match="only an active integration"):
        fake_.freeze(7, 8)
    quiet = fake()
    quiet.handle(
        httpx.Request(
            "POST",
            "https://app.alteg.io/marketplace/partner/callback",
            headers=AUTH,
            json={"salon_id": 1, "application_id": 2},
        )
    )
    assert quiet.freeze(1, 2) is None and quiet.deliveries == []


def test_entity_events_go_to_the_hook_urls_of_the_location() -> None:
    seen: list[Delivery] = []
    fake_ = fake(webhook_secret="hook-secret", on_delivery=seen.append)
    assert fake_.emit(5, "record", "update") == []  # no settings yet
    with AltegioClient(partner_token=TOKEN, user_token="u", http_client=fake_.http_client(),
                       rate_limits=None) as client:  # fmt: skip
        client.webhooks.update_settings(5, active=1, urls=["http://127.0.0.1:9/a",
                                        "http://127.0.0.1:9/b"], record=1, master=1)  # fmt: skip
    (first, second) = fake_.emit(5, "record", "update", resource_id=77, data={"paid_full": 1})
    assert (first.url, second.url) == ("http://127.0.0.1:9/a", "http://127.0.0.1:9/b")
    assert first.headers["Authorization"] == "Bearer hook-secret"
    event = webhooks.parse_event(first.body)
    assert (type(event).__name__, event.company_id, event.resource_id) == ("RecordEvent", 5, 77)
    assert first.json()["data"]["paid_full"] == 1
    assert len(fake_.emit(5, "staff", "create")) == 2  # its flag is `master`
    assert len(fake_.emit(5, "company", "update")) == 0  # its flag is `salon`, off
    assert fake_.emit(5, "client", "delete") == []  # its flag is off
    assert len(fake_.emit(5, "schedule", "update")) == 2  # no flag of its own
    assert seen == fake_.deliveries and len(seen) == 6
    assert fake_.hook_settings(5)["urls"] == ["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"]


def test_on_delivery_runs_outside_the_lock() -> None:
    fake_: FakeAltegio

    def read_back(delivery: Delivery) -> None:  # a deadlock if the lock were held
        assert fake_.integration(1, 2)["status"] == "uninstalled"

    fake_ = fake(callback_url="http://127.0.0.1:9/m", on_delivery=read_back)
    raw(fake_, "POST", "/marketplace/partner/callback", json={"salon_id": 1, "application_id": 2})
    finished = threading.Event()

    def uninstall() -> None:
        raw(fake_, "POST", "/marketplace/salon/1/application/2/uninstall")
        finished.set()

    threading.Thread(target=uninstall, daemon=True).start()
    assert finished.wait(5)
    assert len(fake_.deliveries) == 1


@pytest.mark.parametrize("kind", ["timeout", "reset"])
def test_transport_faults_for_one_call(kind: str) -> None:
    fake_ = fake()
    fake_.fail(kind, operation="list_countries")
    error = httpx.ReadTimeout if kind == "timeout" else httpx.ReadError
    with pytest.raises(error, match="a FakeAltegio fault"):
        raw(fake_, "GET", "/countries")
    assert raw(fake_, "GET", "/countries").status_code == 200


def test_a_5xx_page_a_slow_body_and_an_applied_fault() -> None:
    fake_ = fake()
    fake_.fail("server_error", status=503, times=2)
    pages = [raw(fake_, "GET", "/countries") for _ in range(3)]
    assert [page.status_code for page in pages] == [503, 503, 200]
    assert b"<h1>503</h1>" in pages[0].content
    fake_.fail("slow_body", delay=0.05)
    with fake_.http_client() as http:
        slow = http.get("https://api.alteg.io/api/v1/countries", headers=AUTH)
    assert slow.json()["data"][0]["id"] == 1
    fake_.fail("timeout", operation="install", applied=True)
    with pytest.raises(httpx.ReadTimeout):
        raw(fake_, "POST", "/marketplace/partner/callback",
            json={"salon_id": 1, "application_id": 2})  # fmt: skip
    assert fake_.integration(1, 2)["status"] == "active"  # it took effect, its answer was lost


def test_a_fraction_of_calls_fails_the_same_way_for_a_seed() -> None:
    def statuses(seed: int) -> list[int]:
        fake_ = fake(seed=seed)
        fake_.fail("server_error", times=None, fraction=0.3)
        return [raw(fake_, "GET", "/countries").status_code for _ in range(100)]

    first = statuses(7)
    assert first == statuses(7) != statuses(8)
    assert 15 <= first.count(502) <= 45


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            {"kind": "meteor"},
            "unknown fault 'meteor'; one of server_error, timeout, reset, slow_body",
        ),
        ({"kind": "reset", "fraction": 0}, "fraction must be above 0 and at most 1"),
        ({"kind": "reset", "fraction": 1.5}, "fraction must be above 0 and at most 1"),
        ({"kind": "reset", "operation": "nope"}, "unknown operation 'nope'"),
    ],
)
def test_fault_arguments_are_checked(arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as refused:
        fake().fail(**arguments)
    assert str(refused.value) == message


def test_async_slow_body_and_fault() -> None:
    fake_ = fake()
    fake_.fail("slow_body", delay=0.01)
    fake_.fail("reset")

    async def calls() -> None:
        async with fake_.async_http_client() as http:
            slow = await http.get("https://api.alteg.io/api/v1/countries", headers=AUTH)
            assert slow.json()["success"] is True
            with pytest.raises(httpx.ReadError):
                await http.get("https://api.alteg.io/api/v1/countries", headers=AUTH)

    asyncio.run(calls())


def test_no_update_is_lost_to_4_threads_and_50_asyncio_tasks() -> None:
    """Every thread and task installs the same 20 locations and pays once per call: each
    location is installed once (the others 403) and each payment gets its own ID. The clock
    is slow (it is read between the install's check and its write), so without the lock two
    installs of one location would both succeed (checked by removing it in a scratch copy)."""

    def slow_clock() -> datetime.datetime:
        time.sleep(0.0005)  # the other threads run meanwhile
        return NOW

    fake_ = fake(now=slow_clock)
    url = "https://app.alteg.io/marketplace/partner"
    payment = {"application_id": 1, "currency_iso": "EUR", "payment_sum": 1,
               "payment_date": "2026-01-15 10:30:00", "period_from": "2026-01-15 00:00:00",
               "period_to": "2026-02-15 00:00:00"}  # fmt: skip
    installs: list[int] = []
    paid: list[int] = []

    def record(answer: httpx.Response, salon: int) -> None:
        installs.append(salon if answer.status_code == 201 else -answer.status_code)

    def in_thread() -> None:
        with fake_.http_client(headers=AUTH) as http:
            for salon in range(1, 21):
                record(
                    http.post(f"{url}/callback", json={"salon_id": salon, "application_id": 1}),
                    salon,
                )
                answer = http.post(f"{url}/payment", json={**payment, "salon_id": salon})
                paid.append(answer.json()["data"]["id"])

    async def in_tasks() -> None:
        async with fake_.async_http_client(headers=AUTH) as http:

            async def one(n: int) -> None:
                salon = n % 20 + 1
                body = {"salon_id": salon, "application_id": 1}
                record(await http.post(f"{url}/callback", json=body), salon)
                answer = await http.post(f"{url}/payment", json={**payment, "salon_id": salon})
                paid.append(answer.json()["data"]["id"])

            await asyncio.gather(*(one(n) for n in range(50)))

    threads = [threading.Thread(target=in_thread) for _ in range(4)]
    for thread in threads:
        thread.start()
    asyncio.run(in_tasks())
    for thread in threads:
        thread.join()
    assert sorted(salon for salon in installs if salon > 0) == list(range(1, 21))
    assert installs.count(-403) == 4 * 20 + 50 - 20
    assert sorted(paid) == list(range(1, 4 * 20 + 50 + 1))


def installed_fake(**options: Any) -> FakeAltegio:
    fake_ = fake(callback_url="http://127.0.0.1:9/m", **options)
    raw(fake_, "POST", "/marketplace/partner/callback", json={"salon_id": 7, "application_id": 8})
    return fake_


def test_pay_records_the_payment_and_sends_its_signed_call() -> None:
    fake_ = installed_fake()
    fake_.freeze(7, 8)
    delivery = fake_.pay(7, 8, amount=49.5, currency_iso="USD", months=2)
    assert delivery is not None and delivery.url == "http://127.0.0.1:9/m"
    assert delivery.headers == {"Content-Type": "application/json"}
    dates = {"payment_date": "2026-01-15 10:30:00", "period_from": "2026-01-15 10:30:00",
             "period_to": "2026-03-16 10:30:00"}  # fmt: skip
    assert delivery.json() == testing.make_lifecycle_event(
        "payment", partner_token=TOKEN, salon_id=7, application_id=8, payment_id=1,
        amount=49.5, currency_iso="USD", **dates,
    )  # fmt: skip
    kept = fake_.integration(7, 8)
    assert kept["payments"] == [{"id": 1, "is_refunded": False, "payment_sum": 49.5, **dates}]
    assert [(log["status_from"], log["status_to"]) for log in kept["logs"]] == [
        ("uninstalled", "active"), ("active", "freezed"), ("freezed", "active")]  # fmt: skip
    assert {log["changed_at"] for log in kept["logs"]} == {"2026-01-15 10:30:00"}
    assert kept["status"] == "active"
    second = fake_.pay(7, 8, amount=10)
    assert second is not None and second.json()["payment_id"] == 2
    assert second.json()["currency_iso"] == "EUR"
    assert second.json()["period_to"] == "2026-02-14 10:30:00"
    assert len(fake_.integration(7, 8)["logs"]) == 3  # an active one stays as it is
    with pytest.raises(ValueError, match=r"^only an installed application can be paid for$"):
        fake_.pay(7, 9, amount=1)
    raw(fake_, "POST", "/marketplace/salon/7/application/8/uninstall")
    with pytest.raises(ValueError, match=r"^only an installed application can be paid for$"):
        fake_.pay(7, 8, amount=1)


def test_freeze_sends_the_description_s_call() -> None:
    fake_ = installed_fake()
    delivery = fake_.freeze(7, 8)
    assert delivery is not None
    assert delivery.json() == {"salon_id": 7, "application_id": 8, "event": "freeze",
                               "partner_token": TOKEN}  # fmt: skip
    with pytest.raises(ValueError, match=r"^only an active integration can be frozen$"):
        fake_.freeze(7, 9)
    uninstalled = raw(fake_, "POST", "/marketplace/salon/7/application/8/uninstall")
    assert uninstalled.status_code == 200
    assert fake_.deliveries[-1].json()["event"] == "uninstall"
    with pytest.raises(KeyError):
        fake_.integration(1, 1)


def test_emitted_bodies_are_utf8_json_without_a_secret_unless_given() -> None:
    fake_ = fake()
    raw(fake_, "POST", "/hooks_settings/5", {**AUTH, "Authorization": f"Bearer {TOKEN}, User u"},
        json={"active": 1, "urls": ["http://127.0.0.1:9/h"], "client": 1})  # fmt: skip
    (delivery,) = fake_.emit(5, "client", "update", data={"name": "Студия"})
    assert delivery.headers == {"Content-Type": "application/json"}
    assert "Студия".encode() in delivery.body
    assert delivery.json()["company_id"] == 5
    raw(fake_, "POST", "/hooks_settings/5", {**AUTH, "Authorization": f"Bearer {TOKEN}, User u"},
        json={"active": 0, "urls": ["http://127.0.0.1:9/h"], "client": 1})  # fmt: skip
    assert fake_.emit(5, "client", "update") == []  # inactive


def test_exact_faults() -> None:
    fake_ = fake()
    fake_.fail("timeout")
    with pytest.raises(httpx.ReadTimeout) as timed_out:
        raw(fake_, "GET", "/countries")
    assert str(timed_out.value) == "the read timed out (a FakeAltegio fault)"
    fake_.fail("reset")
    with pytest.raises(httpx.ReadError) as reset:
        raw(fake_, "GET", "/countries")
    assert str(reset.value) == "connection reset by peer (a FakeAltegio fault)"
    fake_.fail("server_error")
    page = raw(fake_, "GET", "/countries")
    assert (page.status_code, page.content) == (502, b"<html><body><h1>502</h1></body></html>")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert raw(fake_, "GET", "/countries").status_code == 200  # one call only
    request = httpx.Request("GET", "https://api.alteg.io/api/v1/countries", headers=AUTH)
    for kind in ("timeout", "reset"):
        fake_.fail(kind)
        with pytest.raises(httpx.TransportError) as failed:
            fake_.handle(request)
        assert failed.value.request is request


def test_faults_by_operation_count_and_fraction() -> None:
    fake_ = fake()
    fake_.fail("server_error", operation="list_cities", times=None)
    fake_.fail("server_error", times=3, status=500)
    statuses = [raw(fake_, "GET", "/countries").status_code for _ in range(4)]
    assert statuses == [500, 500, 500, 200]
    assert [raw(fake_, "GET", "/cities").status_code for _ in range(3)] == [502] * 3
    rare = fake(seed=1)
    rare.fail("server_error", fraction=0.01, times=None)  # never for this seed's first draws
    rare.fail("reset", fraction=1.0)
    with pytest.raises(httpx.ReadError):  # the next fault is tried when one is not drawn
        raw(rare, "GET", "/countries")
    assert raw(rare, "GET", "/countries").status_code == 200


def test_a_slow_body_arrives_in_two_parts_delay_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("altegio_devtools.fake_altegio.time.sleep", slept.append)
    fake_ = fake()
    fake_.fail("slow_body", delay=2.5)
    with (
        fake_.http_client() as http,
        http.stream("GET", "https://api.alteg.io/api/v1/countries", headers=AUTH) as response,
    ):
        parts = list(response.iter_raw())
        assert response.headers["content-length"] == str(len(b"".join(parts)))
    assert slept == [2.5] and len(parts) == 2
    assert len(parts[0]) == len(b"".join(parts)) // 2
    assert json.loads(b"".join(parts))["data"][1]["iso_code"] == "SK"

    async def asleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr("altegio_devtools.fake_altegio.asyncio.sleep", asleep)
    fake_.fail("slow_body", delay=0.5)

    async def read() -> list[bytes]:
        async with (
            fake_.async_http_client() as http,
            http.stream("GET", "https://api.alteg.io/api/v1/countries", headers=AUTH) as response,
        ):
            return [part async for part in response.aiter_raw()]

    assert len(asyncio.run(read())) == 2 and slept == [2.5, 0.5]


def test_defaults_limits_on_and_seed_0() -> None:
    fake_ = FakeAltegio(partner_token=TOKEN)
    assert [raw(fake_, "GET", "/countries").status_code for _ in range(6)][-1] == 429

    def draws(fake_: FakeAltegio) -> list[int]:
        fake_.fail("server_error", times=None, fraction=0.5)
        return [raw(fake_, "GET", "/countries").status_code for _ in range(40)]

    assert draws(FakeAltegio(partner_token=TOKEN, rate_limits=False)) == draws(fake(seed=0))


def test_accept_parameters_and_a_missing_accept() -> None:
    fake_ = fake()
    headers = {**AUTH, "Accept": "application/vnd.api.v2+json; charset=utf-8"}
    assert raw(fake_, "GET", "/countries", headers).status_code == 200
    missing = raw(fake_, "GET", "/countries", {"Authorization": f"Bearer {TOKEN}"})
    assert missing.status_code == 406


def test_a_redirect_install_answers_success_alone() -> None:
    answer = raw(fake(), "POST", "/marketplace/partner/callback/redirect",
                 json={"salon_id": 1, "application_id": 2})  # fmt: skip
    assert (answer.status_code, answer.json()) == (200, {"success": True})
