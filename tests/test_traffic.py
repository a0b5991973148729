"""Real Altegio traffic (issue 10): synthetic bodies in the shapes production really sends.

Each file in tests/fixtures/traffic is one delivery or response shape, documented in
overrides/QUIRKS.md (#37 on). Webhooks are named `<resource>.<status>.<what>.json` (or
`batch.*` for a JSON array of events), responses `<operation_id>.<HTTP status>.<what>.json`.
Every body must read as its typed model with zero drift, leniently and strictly: the
overlays in overrides/overlays/70-traffic.yaml make the description honest where the
generic lenient coercions would not absorb a shape. The negative controls break one field
in a way no overlay covers, to show that drift is still caught.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
import yaml

from altegio_devtools import AltegioClient, errors, models, webhooks
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.api.dictionaries import list_cities, list_countries
from altegio_devtools.api.marketplace import get_payment_link, install_redirect, notify_payment
from altegio_devtools.api.voip import send_event
from altegio_devtools.types import UNSET

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "traffic"
QUIRKS = ROOT / "overrides" / "QUIRKS.md"
OVERLAY = ROOT / "overrides" / "overlays" / "70-traffic.yaml"
WEBHOOK_TYPES_OVERLAY = ROOT / "overrides" / "overlays" / "72-webhook-types.yaml"

ALL_FIXTURES = sorted(path.name for path in FIXTURES.glob("*.json"))
RESPONSE_FIXTURES = [name for name in ALL_FIXTURES if name.split(".")[0] in OPERATIONS]
WEBHOOK_FIXTURES = [name for name in ALL_FIXTURES if name not in RESPONSE_FIXTURES]
SUCCESS_FIXTURES = [name for name in RESPONSE_FIXTURES if int(name.split(".")[1]) < 400]
ERROR_FIXTURES = [name for name in RESPONSE_FIXTURES if name not in SUCCESS_FIXTURES]
BROKEN = {"x": 1}
"""A value no overlay allows anywhere: an object where a scalar is declared."""

E = TypeVar("E")
WebhookCheck = Callable[[list[webhooks.Event]], None]
ResponseCheck = Callable[[Any], None]
WEBHOOK_CHECKS: dict[str, WebhookCheck] = {}
RESPONSE_CHECKS: dict[str, ResponseCheck] = {}

# The generated parser of each operation with a response fixture, and how to call it.
PARSERS: dict[str, Callable[[httpx.Response], Any]] = {
    "handle_voip_integration_event": send_event._parse_response,
    "marketplace_notification_payment_callback": (notify_payment._parse_response),
    "marketplace_notification_settings_redirect_callback": (install_redirect._parse_response),
    "get_country_list": list_countries._parse_response,
    "get_city_list": list_cities._parse_response,
    "marketplace_partner_application_payment_link": (get_payment_link._parse_response),
}
CALLS: dict[str, Callable[[AltegioClient], Any]] = {
    "handle_voip_integration_event": lambda client: client.voip.send_event(
        body=models.VoIPCallEvent(
            crm_token="00000000-0000-0000-0000-000000000000",
            diversion="+10000000009",
            phone="+10000000001",
            type_=models.VoIPCallEventType.INCOMING,
        )
    ),
    "marketplace_notification_payment_callback": lambda client: client.marketplace.notify_payment(
        salon_id=100001,
        currency_iso="USD",
        application_id=1700,
        payment_sum=990.99,
        payment_date="2025-07-01 10:00:00",
        period_from="2025-07-01 00:00:00",
        period_to="2025-08-01 00:00:00",
    ),
    "marketplace_notification_settings_redirect_callback": lambda client: (
        client.marketplace.install_redirect(salon_id=100001, application_id=1700)
    ),
    "get_country_list": lambda client: client.dictionaries.list_countries(),
    "get_city_list": lambda client: client.dictionaries.list_cities(country_id=1),
    "marketplace_partner_application_payment_link": lambda client: (
        client.marketplace.get_payment_link(salon_id=100001, application_id=1700)
    ),
}


def read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def client_answering(name: str, *, strict: bool, body: bytes | None = None) -> AltegioClient:
    """A client whose every call gets the fixture's status and body (in-process)."""
    status = int(name.split(".")[1])
    content = read(name) if body is None else body

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    return AltegioClient(
        partner_token="partner-token",
        user_token="user-token",
        api_base_url="http://api.test/api/v1",
        app_base_url="http://app.test",
        strict=strict,
        max_retries=0,
        rate_limits=None,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def only(events: list[webhooks.Event], kind: type[E]) -> E:
    (event,) = events
    assert isinstance(event, kind)
    return event


def webhook_check(name: str) -> Callable[[WebhookCheck], WebhookCheck]:
    def register(check: WebhookCheck) -> WebhookCheck:
        WEBHOOK_CHECKS[name] = check
        return check

    return register


def response_check(name: str) -> Callable[[ResponseCheck], ResponseCheck]:
    def register(check: ResponseCheck) -> ResponseCheck:
        RESPONSE_CHECKS[name] = check
        return check

    return register


def break_field(body: Any, path: str) -> Any:
    """A copy of `body` with the value at `path` (`data.id`, `data[0].id`, `[0].data.id`)
    replaced by BROKEN."""
    broken = json.loads(json.dumps(body))
    keys: list[str | int] = [
        int(index) if index else key for key, index in re.findall(r"([A-Za-z_]+)|\[(\d+)\]", path)
    ]
    node = broken
    for key in keys[:-1]:
        node = node[key]
    node[keys[-1]] = BROKEN
    return broken


# --- Webhook deliveries -----------------------------------------------------------------


@webhook_check("record.update.php-isms.json")
def _record_php_isms(events: list[webhooks.Event]) -> None:
    data = only(events, models.RecordEvent).data
    # Integers where strings or booleans are declared: read losslessly (QUIRKS.md #42).
    assert data.master_request == "1"
    assert data.notified == "0"
    assert data.paid_full is True
    assert data.sms_now is False
    assert data.is_mobile is False
    # sms_before holds hours, not a 0/1 flag (QUIRKS.md #43).
    assert data.sms_before == 24
    assert type(data.sms_before) is int
    # null where a string is declared (QUIRKS.md #40), PHP [] for an object (#37).
    assert isinstance(data.staff, models.RecordStaff)
    assert data.staff.api_id is None
    assert data.staff.position is UNSET
    assert data.staff.name == "Test Master"
    # comer is declared nullable already (QUIRKS.md #41).
    assert data.comer is None
    assert data.comer_person_info is None
    # custom_fields as an object (QUIRKS.md #44), record_labels as "" (#45).
    assert isinstance(data.custom_fields, models.RecordEventDataCustomFieldsMap)
    assert data.custom_fields.additional_properties == {"some_key": 123}
    assert data.custom_fields["some_key"] == 123
    assert data.record_labels is UNSET
    assert isinstance(data.client, models.RecordClient)
    assert data.client.sex == "0"
    assert isinstance(data.client.custom_fields, models.RecordEventDataClientCustomFieldsMap)
    assert data.client.custom_fields.additional_properties == {}
    assert data.client.phone == "+10000000001"
    # Three date forms in one object, each read as a datetime; "" is no date (QUIRKS.md #49).
    moscow = datetime.timezone(datetime.timedelta(hours=3))
    assert data.datetime_ == datetime.datetime(2025, 7, 12, 12, 10, tzinfo=moscow)
    assert data.create_date == datetime.datetime(2025, 7, 10, 9, 41, 27, tzinfo=moscow)
    assert data.date == datetime.datetime(2025, 7, 12, 12, 10)  # the location's wall time
    assert data.client.birthday is None
    # 0/1 flags read as booleans (QUIRKS.md #54).
    assert data.confirmed is True
    # What was read goes back out unchanged.
    assert data.to_dict()["custom_fields"] == {"some_key": 123}
    assert data.to_dict()["staff"]["api_id"] is None


@webhook_check("record.create.empty-php-arrays.json")
def _record_empty_arrays(events: list[webhooks.Event]) -> None:
    data = only(events, models.RecordEvent).data
    assert data.custom_fields == []
    assert data.record_labels == []
    assert data.documents == []
    assert data.paid_full is False
    assert data.sms_now is True
    assert data.master_request == "0"
    assert data.sms_before == 1
    assert isinstance(data.staff, models.RecordStaff)
    assert data.staff.api_id == ""  # kept as sent: a string, not null
    assert isinstance(data.staff.position, models.RecordStaffPosition)
    assert isinstance(data.client, models.RecordClient)
    assert data.client.custom_fields == []
    assert isinstance(data.services, list)
    assert data.services[0].cost_to_pay == 1800


@webhook_check("record.update.labels-and-custom-fields.json")
def _record_labels(events: list[webhooks.Event]) -> None:
    data = only(events, models.RecordEvent).data
    assert isinstance(data.record_labels, list)
    assert [label.title for label in data.record_labels] == ["Test Label", "Test Label Two"]
    assert data.record_labels[0].id == 1101
    assert isinstance(data.custom_fields, models.RecordEventDataCustomFieldsMap)
    assert data.custom_fields.additional_properties == {}
    assert isinstance(data.client, models.RecordClient)
    assert isinstance(data.client.custom_fields, models.RecordEventDataClientCustomFieldsMap)
    assert data.client.custom_fields["test-field"] == "Test value"
    assert data.client.sex == ""
    assert data.sms_before == 0
    assert data.notified == "1"
    assert isinstance(data.staff, models.RecordStaff)
    assert data.staff.api_id == "staff-ext-1"


@webhook_check("client.update.php-isms.json")
def _client_php_isms(events: list[webhooks.Event]) -> None:
    data = only(events, models.ClientEvent).data
    assert isinstance(data.custom_fields, models.ClientEventDataCustomFieldsMap)
    assert data.custom_fields["some_key"] == 123
    assert data.birth_date is None  # PHP's "" for no date (QUIRKS.md #49)
    assert data.categories == []
    assert data.sex_id is models.ClientEventDataSexId.UNKNOWN  # named members (QUIRKS.md #54)
    assert data.sms_check is False
    assert data.sms_not is False
    assert data.email == "client@example.com"


@webhook_check("client.create.custom-fields-empty-object.json")
def _client_custom_fields_empty_object(events: list[webhooks.Event]) -> None:
    event = only(events, models.ClientEvent)
    assert event.status == models.WebhookStatus.CREATE
    data = event.data
    assert isinstance(data.custom_fields, models.ClientEventDataCustomFieldsMap)
    assert data.custom_fields.additional_properties == {}
    assert data.birth_date == datetime.date(1990, 5, 20)
    assert isinstance(data.categories, list)
    assert data.categories[0].title == "Test Category"


@webhook_check("staff.update.position-empty-array.json")
def _staff_position(events: list[webhooks.Event]) -> None:
    data = only(events, models.StaffEvent).data
    assert data.position is UNSET
    assert data.image_group is UNSET
    assert data.user is None
    assert data.user_id is None
    assert data.name == "Test Master"


@webhook_check("finances_operation.create.php-isms.json")
def _finances_php_isms(events: list[webhooks.Event]) -> None:
    data = only(events, models.FinancesOperationEvent).data
    assert data.master is UNSET
    assert data.supplier is UNSET
    assert data.sold_item_type is None
    assert data.record is None
    assert isinstance(data.client, models.FinancesOperationEventDataClient)
    assert data.client.email == "client@example.com"
    assert isinstance(data.account, models.FinancesOperationEventDataAccount)
    assert data.amount == 1500


@webhook_check("finances_operation.update.older-delivery.json")
def _finances_older(events: list[webhooks.Event]) -> None:
    data = only(events, models.FinancesOperationEvent).data
    # "" (older deliveries) is a string and stays one; only null reads as None.
    assert data.sold_item_type == ""
    assert isinstance(data.master, models.FinancesOperationEventDataMaster)
    assert data.master.additional_properties == {}
    assert data.supplier is UNSET
    assert data.client is UNSET
    assert data.record is None
    assert data.amount == -250.5
    assert data.date == datetime.datetime(2020, 11, 3, 17, 45)


@webhook_check("goods_operations_sale.create.php-isms.json")
def _goods_sale(events: list[webhooks.Event]) -> None:
    event = only(events, models.GoodsOperationEvent)
    assert event.resource == models.GoodsOperationEventResource.GOODS_OPERATIONS_SALE
    data = event.data
    assert data.good_id == 1300001
    assert data.id is UNSET
    assert "good_id" not in data.additional_properties
    assert data.operation_unit_type == "1"
    assert data.client is UNSET
    assert data.master is UNSET
    assert data.service is UNSET
    assert data.supplier is UNSET
    assert isinstance(data.good, models.GoodsOperationEventDataGood)
    assert data.good.id == 1300001
    assert data.amount == -1


@webhook_check("goods_operations_receipt.create.php-isms.json")
def _goods_receipt(events: list[webhooks.Event]) -> None:
    data = only(events, models.GoodsOperationEvent).data
    assert data.good_id == 1300002
    assert data.id is UNSET
    assert data.client is UNSET
    assert isinstance(data.master, models.GoodsOperationEventDataMaster)
    assert data.master.id is UNSET
    assert data.service is UNSET
    assert isinstance(data.supplier, models.GoodsOperationEventDataSupplier)
    assert data.supplier.title == "Test Supplier"
    assert data.operation_unit_type == "1"


@webhook_check("good.update.good-id-without-id.json")
def _good(events: list[webhooks.Event]) -> None:
    data = only(events, models.GoodEvent).data
    assert data.good_id == 1300001
    assert "id" not in data.additional_properties
    assert data.loyalty_certificate_type is None
    assert data.critical_amount is None
    assert isinstance(data.actual_amounts, list)
    assert data.actual_amounts[0].additional_properties == {"storage_id": 1400001, "amount": 9}


@webhook_check("batch.update.array-of-events.json")
def _batch(events: list[webhooks.Event]) -> None:
    record, finance, schedule = events
    assert isinstance(record, models.RecordEvent)
    assert record.data.paid_full is False
    assert record.data.custom_fields == []
    assert record.data.record_labels is UNSET
    assert record.data.comer is None
    assert isinstance(finance, models.FinancesOperationEvent)
    assert finance.data.sold_item_type is None
    assert finance.data.record is None
    assert finance.data.master is UNSET
    assert isinstance(schedule, models.ScheduleEvent)
    assert schedule.data == []
    assert [event.resource_id for event in events] == [500000004, 900000003, 200001]


@pytest.mark.parametrize("name", WEBHOOK_FIXTURES)
def test_a_real_delivery_reads_typed_without_drift(name: str) -> None:
    check = WEBHOOK_CHECKS[name]
    lenient = webhooks.parse_events(read(name))
    assert not any(isinstance(event, webhooks.UnknownEvent) for event in lenient)
    assert [list(event.drift) for event in lenient] == [[] for _ in lenient]
    check(lenient)
    strict = webhooks.parse_events(read(name), strict=True)
    assert strict == lenient
    check(strict)


def _webhook_break_path(name: str) -> str:
    field = "data.good_id" if name.startswith("good.") else "data.id"
    return "[0]." + field if name.startswith("batch.") else field


@pytest.mark.parametrize("name", WEBHOOK_FIXTURES)
def test_a_field_no_overlay_covers_is_still_drift(name: str) -> None:
    path = _webhook_break_path(name)
    field = path.removeprefix("[0].")
    body = break_field(json.loads(read(name)), path)
    events = webhooks.parse_events(body)
    entries = [entry for event in events for entry in event.drift]
    assert [(entry.path, entry.value) for entry in entries] == [(field, BROKEN)]
    assert str(entries[0]).startswith(f"{field}: expected an integer, got ")
    with pytest.raises(errors.InvalidWebhookError, match=re.escape(field)) as raised:
        webhooks.parse_events(body, strict=True)
    assert [entry.path for entry in raised.value.drift] == [path]  # [i]. for an array


# --- API responses ----------------------------------------------------------------------


@response_check("handle_voip_integration_event.202.no-data.json")
def _voip_no_data(result: Any) -> None:
    assert isinstance(result, models.SendEventResult)
    assert result.success is True
    assert result.data is UNSET
    assert isinstance(result.meta, models.SendEventMeta)
    assert result.meta.message == "Accepted"


@response_check("marketplace_notification_payment_callback.200.extra-fields.json")
def _payment_extra_fields(result: Any) -> None:
    assert isinstance(result, models.NotifyPaymentResult)
    assert result.success is True
    assert result.data.id == 170001
    assert result.data.additional_properties["status"] == "payed"
    assert result.data.additional_properties["extra"] == {"source": "api", "comment": None}
    assert result.additional_properties == {"server_time": 1752314400}
    assert result.meta == []


@response_check("get_country_list.200.meta-missing.json")
def _countries_meta_missing(result: Any) -> None:
    assert isinstance(result, models.CountryList)
    assert result.meta is UNSET
    assert [country.iso_code for country in result.data] == ["TL"]


@response_check("get_city_list.200.meta-empty-object.json")
def _cities_meta_empty_object(result: Any) -> None:
    assert isinstance(result, models.CityList)
    assert isinstance(result.meta, models.EmptyMeta)
    assert result.meta.additional_properties == {}
    assert [city.title for city in result.data] == ["Test City", "Test Town"]


@response_check("marketplace_partner_application_payment_link.200.meta-empty-array.json")
def _payment_link_meta_empty_array(result: Any) -> None:
    assert isinstance(result, models.GetPaymentLinkResult)
    assert result.meta == []
    assert isinstance(result.data.url, str)
    assert result.data.url.startswith("https://example.com/appstore/payment/")


# Where each negative control breaks its response: a field no overlay touches.
RESPONSE_BREAK_PATHS = {
    "handle_voip_integration_event.202.no-data.json": ("meta.message", "a string"),
    "marketplace_notification_payment_callback.200.extra-fields.json": ("data.id", "an integer"),
    "get_country_list.200.meta-missing.json": ("data[0].id", "an integer"),
    "get_city_list.200.meta-empty-object.json": ("data[0].id", "an integer"),
    "marketplace_partner_application_payment_link.200.meta-empty-array.json": (
        "data.url",
        "a string",
    ),
}


@pytest.mark.parametrize("name", SUCCESS_FIXTURES)
def test_a_real_response_reads_typed_without_drift(name: str) -> None:
    operation_id, status, _ = name.split(".", 2)
    check = RESPONSE_CHECKS[name]
    parsed = PARSERS[operation_id](httpx.Response(int(status), content=read(name)))
    assert parsed.drift == ()
    check(parsed)
    for strict in (False, True):
        with client_answering(name, strict=strict) as client:
            result = CALLS[operation_id](client)
        assert result.drift == ()
        check(result)


@pytest.mark.parametrize("name", SUCCESS_FIXTURES)
def test_a_response_field_no_overlay_covers_is_still_drift(name: str) -> None:
    operation_id, status, _ = name.split(".", 2)
    path, expected = RESPONSE_BREAK_PATHS[name]
    body = json.dumps(break_field(json.loads(read(name)), path)).encode()
    parsed = PARSERS[operation_id](httpx.Response(int(status), content=body))
    assert [(entry.path, entry.expected, entry.value) for entry in parsed.drift] == [
        (path, expected, BROKEN)
    ]
    with client_answering(name, strict=False, body=body) as client:
        assert [entry.path for entry in CALLS[operation_id](client).drift] == [path]
    with client_answering(name, strict=True, body=body) as client:
        with pytest.raises(errors.ResponseValidationError, match=re.escape(path)) as raised:
            CALLS[operation_id](client)
    assert [entry.path for entry in raised.value.drift] == [path]


@pytest.mark.parametrize("strict", [False, True])
def test_the_undocumented_400_of_callback_redirect_is_a_bad_request_error(strict: bool) -> None:
    name = "marketplace_notification_settings_redirect_callback.400.undocumented.json"
    assert ERROR_FIXTURES == [name]
    with client_answering(name, strict=strict) as client:
        with pytest.raises(errors.BadRequestError) as raised:
            CALLS["marketplace_notification_settings_redirect_callback"](client)
    error = raised.value
    assert error.status_code == 400
    assert error.meta_message == "Test error: the location is not connected to the application"
    assert error.body == json.loads(read(name))
    # The status is documented now, with the envelope it carries.
    model = models.BadRequestErrorBody.from_dict(json.loads(read(name)))
    assert model.drift == ()
    assert model.success is False
    assert model.data is None
    assert isinstance(model.meta, models.BadRequestErrorBodyMeta)
    assert model.meta.message == error.meta_message


# --- The fixtures, the quirks and the overlay agree -------------------------------------


def test_every_fixture_has_its_typed_checks_and_a_well_formed_name() -> None:
    assert set(WEBHOOK_CHECKS) == set(WEBHOOK_FIXTURES)
    assert set(RESPONSE_CHECKS) == set(SUCCESS_FIXTURES) == set(RESPONSE_BREAK_PATHS)
    assert set(PARSERS) == set(CALLS) == {name.split(".")[0] for name in RESPONSE_FIXTURES}
    for name in WEBHOOK_FIXTURES:
        parts = name.split(".")
        assert len(parts) == 4
        assert parts[1] in ("create", "update", "delete"), name
    assert any(isinstance(json.loads(read(name)), list) for name in WEBHOOK_FIXTURES)
    for name in RESPONSE_FIXTURES:
        assert re.fullmatch(r"[a-z_]+\.\d{3}\.[a-z0-9-]+\.json", name), name


def test_every_fixture_is_documented_and_every_action_cites_a_quirk() -> None:
    quirks = QUIRKS.read_text(encoding="utf-8")
    numbers = {int(number) for number in re.findall(r"^(\d+)\. \*\*", quirks, re.M)}
    assert min(numbers) == 37
    assert numbers == set(range(37, max(numbers) + 1))
    for name in ALL_FIXTURES:
        assert f"`{name}`" in quirks, f"{name} is in no QUIRKS.md entry"
    for path in (OVERLAY, WEBHOOK_TYPES_OVERLAY):
        overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
        for action in overlay["actions"]:
            cited = re.match(r"QUIRKS\.md #(\d+): ", action["description"])
            assert cited, action["target"]
            assert int(cited.group(1)) in numbers
        assert path.name in quirks


def test_the_drift_report_finds_no_drift_in_the_traffic_fixtures(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from generator.tooling import drift_report  # noqa: PLC0415 - a build tool, not the client

    assert drift_report.main([str(FIXTURES)]) == 0
    assert capsys.readouterr().out.startswith("No drift: 19 events and responses in 17 files")
