"""What testing.FakeAltegio refuses, operation by operation, with Altegio's status and a
message naming the field (never a value): after an install of application 2 in location 1,
with the CRM token `crm` of location 1 enabled."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from altegio_devtools.testing import FakeAltegio
from tests.fake_checks import AUTH, TOKEN, fake

USER_AUTH = {**AUTH, "Authorization": f"Bearer {TOKEN}, User u"}
PAYMENT = {"salon_id": 1, "application_id": 2, "currency_iso": "EUR", "payment_sum": 1,
           "payment_date": "2026-01-15 10:30:00", "period_from": "2026-01-15 00:00:00",
           "period_to": "2026-02-15 00:00:00"}  # fmt: skip
HISTORY = {"command": "history", "type": "incoming", "crm_token": "crm", "phone": "+99 1",
           "diversion": "+99 2", "status": "success",
           "date": "2026-01-15T10:30:00+02:00"}  # fmt: skip
CALLS = {"salon_id": 1, "date_from": "2026-01-01", "date_to": "2026-01-31"}
HOOKS = {"active": 1, "urls": ["https://a.example/h"]}


def call(fake_: FakeAltegio, method: str, path: str, body: Any = None) -> httpx.Response:
    prefix = (
        "https://app.alteg.io"
        if path.startswith("/marketplace/")
        else "https://api.alteg.io/api/v1"
    )
    headers = USER_AUTH if path.startswith(("/hooks", "/voip/integration/calls")) else AUTH
    request = httpx.Request(method, prefix + path, headers=headers,
                            **({} if body is None else {"json": body}))  # fmt: skip
    return fake_.handle(request)


@pytest.fixture
def installed() -> FakeAltegio:
    fake_ = fake(crm_tokens={"crm": 1}, locations={1: "Invented", 3: "Other"})
    assert call(fake_, "POST", "/marketplace/partner/callback",
                {"salon_id": 1, "application_id": 2}).status_code == 201  # fmt: skip
    enable = {"command": "setup", "type": "enable", "crm_token": "crm"}
    assert call(fake_, "POST", "/voip/integration", enable).status_code == 202
    return fake_


@pytest.mark.parametrize(
    ("method", "path", "body", "status", "message"),
    [
        ("POST", "/marketplace/partner/callback", {"salon_id": 1, "application_id": 2},
         403, "Пользователь уже установил это приложение."),
        ("POST", "/marketplace/partner/callback", {"salon_id": 3, "application_id": 2,
         "api_key": 5}, 422, "The api_key field must be a string."),
        ("POST", "/marketplace/partner/callback", {"salon_id": 3, "application_id": 2,
         "webhook_urls": {}}, 422, "The webhook_urls field must be a list of strings."),
        ("POST", "/marketplace/partner/callback", {"salon_id": 3, "application_id": 2,
         "webhook_urls": [1]}, 422, "The webhook_urls field must be a list of strings."),
        ("POST", "/marketplace/partner/callback", {"salon_id": 1, "application_id": "2"},
         422, "The application_id field must be an integer."),
        ("POST", "/marketplace/partner/callback/redirect", {"salon_id": 1, "application_id": 2},
         403, "Пользователь уже установил это приложение."),
        ("POST", "/marketplace/salon/3/application/2/uninstall", None, 404, "Not found"),
        ("GET", "/marketplace/salon/1/application/9", None, 404, "Not found"),
        ("GET", "/marketplace/application/2/salons?count=0", None, 422,
         "The count must be a positive integer."),
        ("GET", "/marketplace/application/2/salons?page=x", None, 422,
         "The page must be a positive integer."),
        ("POST", "/marketplace/partner/payment", {**PAYMENT, "payment_sum": "1"}, 422,
         "The payment_sum field must be a number."),
        ("POST", "/marketplace/partner/payment", {**PAYMENT, "payment_sum": True}, 422,
         "The payment_sum field must be a number."),
        ("POST", "/marketplace/partner/payment", {**PAYMENT, "currency_iso": 978}, 422,
         "The currency_iso field must be a string."),
        ("POST", "/marketplace/partner/payment", {**PAYMENT, "period_from": "2026-01-15"}, 422,
         "The period_from does not match the format Y-m-d H:i:s."),
        ("POST", "/marketplace/partner/payment", {**PAYMENT, "application_id": 9}, 403,
         "The application is not installed in this location."),
        ("POST", "/marketplace/partner/payment/refund/99", None, 404, "Not found"),
        ("POST", "/marketplace/partner/short_names", {"salon_id": 1, "application_id": 2},
         422, "The short_names field must be a list of strings."),
        ("POST", "/marketplace/partner/short_names", {"salon_id": 3, "application_id": 2,
         "short_names": []}, 403, "The application is not installed in this location."),
        ("POST", "/api/v1/marketplace/application/update_channel", {"salon_id": 1,
         "application_id": 2, "channel_slug": "fax", "is_available": True}, 422,
         "The channel_slug must be one of sms, whatsapp."),
        ("POST", "/api/v1/marketplace/application/update_channel", {"salon_id": 1,
         "application_id": 2, "channel_slug": "sms", "is_available": 1}, 422,
         "The is_available field must be a boolean."),
        ("POST", "/api/v1/marketplace/application/add_discount", {"salon_ids": [],
         "application_id": 2, "discount": 5}, 422,
         "The salon_ids field must be a non-empty list of integers."),
        ("POST", "/api/v1/marketplace/application/add_discount", {"salon_ids": [True],
         "application_id": 2, "discount": 5}, 422,
         "The salon_ids field must be a non-empty list of integers."),
        ("POST", "/api/v1/marketplace/application/add_discount", {"salon_ids": [1],
         "application_id": 2, "discount": 101}, 422, "The discount must be between 0 and 100."),
        ("POST", "/api/v1/marketplace/application/add_discount", {"salon_ids": [1],
         "application_id": 2, "discount": -1}, 422, "The discount must be between 0 and 100."),
        ("POST", "/api/v1/marketplace/application/add_discount", {"salon_ids": [1, 3],
         "application_id": 2, "discount": 5}, 404, "Not found"),
        ("GET", "/api/v1/marketplace/application/payment_link?salon_id=3&application_id=2",
         None, 404, "Not found"),
        ("GET", "/api/v1/marketplace/application/payment_link?salon_id=1", None, 422,
         "The application_id must be a positive integer."),
        ("GET", "/hooks_settings/4", None, 404, "Not found"),
        ("POST", "/hooks_settings/1", {**HOOKS, "urls": []}, 422,
         "The urls field must hold 1 to 10 unique URLs."),
        ("POST", "/hooks_settings/1", {**HOOKS, "urls": [f"https://{n}.example" for n in
         range(11)]}, 422, "The urls field must hold 1 to 10 unique URLs."),
        ("POST", "/hooks_settings/1", {**HOOKS, "active": 2}, 422,
         "The active field must be 0 or 1."),
        ("POST", "/hooks_settings/1", {"urls": ["https://a.example"]}, 422,
         "The active field must be 0 or 1."),
        ("POST", "/hooks_settings/1", {**HOOKS, "record": True}, 422,
         "The record field must be 0 or 1."),
        ("POST", "/voip/integration", {**HISTORY, "crm_token": "other"}, 404,
         "The integration is not found."),
        ("POST", "/voip/integration", {**HISTORY, "command": "dial"}, 422,
         "The command must be one of setup, event, history."),
        ("POST", "/voip/integration", {**HISTORY, "type": "video"}, 422,
         "The type must be one of incoming, outgoing, internal."),
        ("POST", "/voip/integration", {**HISTORY, "phone": 1}, 422,
         "The phone field must be a string."),
        ("POST", "/voip/integration", {**HISTORY, "diversion": None}, 422,
         "The diversion field must be a string."),
        ("POST", "/voip/integration", {**HISTORY, "date": "2026-01-15 10:30:00"}, 422,
         "The date must be an ISO 8601 moment with its offset."),
        ("POST", "/voip/integration", {**HISTORY, "status": "busy"}, 422,
         "The status must be one of success, missed."),
        ("POST", "/voip/integration", {**HISTORY, "duration": "5"}, 422,
         "The duration field must be an integer."),
        ("POST", "/voip/integration", {"command": "setup", "type": "on", "crm_token": "crm"},
         422, "The type must be one of enable, disable."),
        ("GET", "/voip/integration/calls", {**CALLS, "date_to": "2026-01-31 00:00:00"}, 422,
         "The date_to does not match the format Y-m-d."),
        ("GET", "/voip/integration/calls", {**CALLS, "salon_id": 4}, 404, "Not found"),
        ("GET", "/voip/integration/calls", {**CALLS, "page": 0}, 422,
         "The page and limit must be positive integers."),
        ("GET", "/voip/integration/calls", {**CALLS, "limit": True}, 422,
         "The page and limit must be positive integers."),
        ("GET", "/cities?company_id=4", None, 404, "Not found"),
        ("GET", "/cities?country_id=0", None, 422, "The country_id must be a positive integer."),
    ],
)  # fmt: skip
def test_refusals(
    installed: FakeAltegio, method: str, path: str, body: Any, status: int, message: str
) -> None:
    answer = call(installed, method, path.removeprefix("/api/v1"), body)
    assert answer.json() == {"success": False, "data": None, "meta": {"message": message}}
    assert answer.status_code == status


def test_a_disabled_voip_integration_is_403_and_a_refund_happens_once(
    installed: FakeAltegio,
) -> None:
    disable = {"command": "setup", "type": "disable", "crm_token": "crm"}
    assert call(installed, "POST", "/voip/integration", disable).json() == {
        "success": True, "data": None, "meta": {"message": "Accepted"}}  # fmt: skip
    refused = call(installed, "POST", "/voip/integration", HISTORY)
    assert (refused.status_code, refused.json()["meta"]["message"]) == (
        403, "The integration is disabled.")  # fmt: skip
    paid = call(installed, "POST", "/marketplace/partner/payment", PAYMENT).json()["data"]["id"]
    first = call(installed, "POST", f"/marketplace/partner/payment/refund/{paid}")
    assert (first.status_code, first.content) == (200, b"")
    again = call(installed, "POST", f"/marketplace/partner/payment/refund/{paid}")
    assert (again.status_code, again.json()["meta"]["message"]) == (
        422, "The payment is already refunded.")  # fmt: skip


def test_calls_are_filtered_and_paged(installed: FakeAltegio) -> None:
    for n, (kind, status) in enumerate([("incoming", "success"), ("outgoing", "missed"),
                                        ("incoming", "missed")]):  # fmt: skip
        body = {**HISTORY, "type": kind, "status": status, "phone": f"+99 {n}", "duration": n,
                "link": f"https://rec.example/{n}", "date": f"2026-01-1{n}T10:00:00Z"}  # fmt: skip
        assert call(installed, "POST", "/voip/integration", body).status_code == 202
    calls = "/voip/integration/calls"

    def ids(**query: Any) -> list[int]:
        return [c["id"] for c in call(installed, "GET", calls, {**CALLS, **query}).json()["data"]]

    assert ids() == [1, 2, 3]
    assert ids(types=["incoming"]) == [1, 3]
    assert ids(statuses=["missed"]) == [2, 3]
    assert ids(phone="+99 1") == [2]
    assert ids(date_from="2026-01-11", date_to="2026-01-11") == [2]
    assert ids(limit=2) == [1, 2] and ids(limit=2, page=2) == [3]
    first = call(installed, "GET", calls, CALLS).json()["data"][0]
    assert first == {"id": 1, "client_id": 0, "caller_phone": "+99 0",
                     "record_link": "https://rec.example/0", "duration": 0,
                     "status": "success", "type": "incoming",
                     "call_date": "2026-01-10T10:00:00Z"}  # fmt: skip
    assert ids(salon_id=3) == []


def test_hook_settings_replace_the_whole_configuration(installed: FakeAltegio) -> None:
    fresh = call(installed, "GET", "/hooks_settings/3").json()["data"]
    assert fresh == {"urls": [], "active": 0, **dict.fromkeys(FLAGS, 0)}
    body = {"active": 1, "urls": ["https://a.example", "https://a.example"], "client": 1,
            "self_sending": 1}  # fmt: skip
    saved = call(installed, "POST", "/hooks_settings/3", body)
    assert saved.status_code == 201
    assert saved.json()["data"] == {"urls": ["https://a.example"], "active": 1,
                                    **dict.fromkeys(FLAGS, 0), "client": 1}  # fmt: skip
    call(installed, "POST", "/hooks_settings/3", {"active": 0, "urls": ["https://b.example"]})
    assert installed.hook_settings(3) == {"urls": ["https://b.example"], "active": 0,
                                          **dict.fromkeys(FLAGS, 0)}  # fmt: skip


FLAGS = ("salon", "service_category", "service", "good", "master", "client", "record",
         "goods_operations_sale", "goods_operations_receipt", "goods_operations_consumable",
         "goods_operations_stolen", "goods_operations_move", "finances_operation")  # fmt: skip


def test_an_install_adds_its_hook_urls_to_the_location() -> None:
    fake_ = fake()
    call(fake_, "POST", "/hooks_settings/1", {"active": 0, "urls": ["https://other.example"]})
    body = {"salon_id": 1, "application_id": 2,
            "webhook_urls": ["https://mine.example", "https://other.example"]}  # fmt: skip
    call(fake_, "POST", "/marketplace/partner/callback", body)
    assert fake_.hook_settings(1) == {"urls": ["https://other.example", "https://mine.example"],
                                      "active": 1, **dict.fromkeys(FLAGS, 1)}  # fmt: skip


def test_dictionaries_and_tariffs() -> None:
    fake_ = fake()
    countries = call(fake_, "GET", "/countries").json()
    assert [c["iso_code"] for c in countries["data"]] == ["IR", "SK"] and countries["meta"] == {}
    assert [c["id"] for c in call(fake_, "GET", "/cities").json()["data"]] == [11, 12, 21]
    assert [c["id"] for c in call(fake_, "GET", "/cities?country_id=1").json()["data"]] == [11, 12]
    assert call(fake_, "GET", "/cities?company_id=5").status_code == 200  # any location exists
    groups = call(fake_, "GET", "/references/business_groups_with_types").json()
    assert groups["meta"] == {"count": 1} and len(groups["data"][0]["types"]) == 2
    tariffs = call(fake_, "GET", "/marketplace/application/7/tariffs").json()
    assert tariffs["data"][0]["id"] == 7 and len(tariffs["data"][0]["options"]) == 2


def test_exact_answers_and_state_through_a_flow(installed: FakeAltegio) -> None:
    install = call(installed, "POST", "/marketplace/partner/callback",
                   {"salon_id": 3, "application_id": 2})  # fmt: skip
    assert (install.status_code, install.content) == (201, b"")
    paid = call(installed, "POST", "/marketplace/partner/payment", PAYMENT)
    assert paid.json() == {"success": True, "data": {"id": 1}, "meta": {}}
    names = call(installed, "POST", "/marketplace/partner/short_names",
                 {"salon_id": 1, "application_id": 2, "short_names": ["A"]})  # fmt: skip
    assert (names.status_code, names.content) == (201, b"")
    links = [call(installed, "GET", f"/marketplace/application/payment_link?{query}")
             .json()["data"]["url"] for query in ("salon_id=1&application_id=2",
             "salon_id=1&application_id=2&discount=15.5")]  # fmt: skip
    assert links == ["https://app.alteg.io/payment/1/2/1",
                     "https://app.alteg.io/payment/1/2/2?discount=15.5"]  # fmt: skip
    for discount in (0, 100, 0.5):
        body = {"salon_ids": [1, 3], "application_id": 2, "discount": discount}
        answer = call(installed, "POST", "/marketplace/application/add_discount", body)
        assert answer.json() == {"success": True, "data": {}, "meta": {}}
    assert installed.integration(3, 2)["discount"] == 0.5
    status = call(installed, "GET", "/marketplace/salon/1/application/2").json()["data"]
    log = {"changed_at": "2026-01-15 10:30:00", "source": "partner_api"}
    assert status == {
        "connection_status": {"status": "active", "created_at": "2026-01-15 10:30:00"},
        "payments": [{"id": 1, "is_refunded": False, "payment_sum": 1,
                      "payment_date": "2026-01-15 10:30:00",
                      "period_from": "2026-01-15 00:00:00",
                      "period_to": "2026-02-15 00:00:00"}],
        "logs": [{**log, "status_from": "uninstalled", "status_to": "active"}],
    }  # fmt: skip
    uninstall = "/marketplace/salon/3/application/2/uninstall"
    assert call(installed, "POST", uninstall).json() == {"success": True, "data": None, "meta": {}}
    assert call(installed, "POST", uninstall).status_code == 404
    assert installed.integration(3, 2)["logs"][-1] == {
        **log, "status_from": "active", "status_to": "uninstalled"}  # fmt: skip
    after = [
        call(installed, "GET", "/marketplace/salon/3/application/2"),
        call(installed, "GET", "/marketplace/application/payment_link?salon_id=3&application_id=2"),
        call(installed, "POST", "/marketplace/application/add_discount",
             {"salon_ids": [3], "application_id": 2, "discount": 1}),
        call(installed, "POST", "/marketplace/partner/payment", {**PAYMENT, "salon_id": 3}),
    ]  # fmt: skip
    assert [answer.status_code for answer in after] == [404, 404, 404, 403]


def test_voip_answers_and_call_defaults(installed: FakeAltegio) -> None:
    accepted = {"success": True, "data": None, "meta": {"message": "Accepted"}}
    event = {**HISTORY, "command": "event"}
    assert call(installed, "POST", "/voip/integration", event).json() == accepted
    bare = {k: v for k, v in HISTORY.items() if k not in ("duration", "link")}
    answer = call(installed, "POST", "/voip/integration", bare)
    assert (answer.status_code, answer.json()) == (202, accepted)
    (record,) = call(installed, "GET", "/voip/integration/calls", CALLS).json()["data"]
    assert (record["duration"], record["record_link"]) == (0, "")


def test_default_pages_and_limits() -> None:
    fake_ = fake(crm_tokens={"crm": 1})
    for salon in range(1, 23):
        call(
            fake_, "POST", "/marketplace/partner/callback", {"salon_id": salon, "application_id": 2}
        )
    page = call(fake_, "GET", "/marketplace/application/2/salons").json()["data"]
    assert [location["id"] for location in page] == list(range(1, 21))
    call(
        fake_,
        "POST",
        "/voip/integration",
        {"command": "setup", "type": "enable", "crm_token": "crm"},
    )
    for _ in range(27):
        assert call(fake_, "POST", "/voip/integration", HISTORY).status_code == 202
    assert len(call(fake_, "GET", "/voip/integration/calls", CALLS).json()["data"]) == 25
    many = [f"https://{n}.example" for n in range(12)]
    call(fake_, "POST", "/marketplace/partner/callback",
         {"salon_id": 30, "application_id": 2, "webhook_urls": many})  # fmt: skip
    assert fake_.hook_settings(30)["urls"] == many[:10]
    ten = {**HOOKS, "urls": many[:10]}
    assert call(fake_, "POST", "/hooks_settings/1", ten).status_code == 201
    assert call(fake_, "GET", "/cities?company_id=1").status_code == 200
