"""The values users already have, on the wire (issue 23 B): every accepted form of an amount,
a flag, an enum, a date-time, a date, an ID and a wire-named keyword goes out exactly as
Altegio expects, from the sync and the async client; every refused one raises before
anything is sent, naming the parameter and never the value."""

from __future__ import annotations

import asyncio
import datetime
import inspect
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from altegio_devtools import AltegioClient, AsyncAltegioClient, _coerce, models
from tests.conftest import Recorder, envelope

Call = Callable[[Any], Any]
NAIVE = datetime.datetime(2026, 1, 1, 10, 10)
UTC_CALL = datetime.datetime(2026, 9, 1, 14, 40, 28, tzinfo=datetime.UTC)
MINUS_FIVE = datetime.timezone(datetime.timedelta(hours=-5))


def payment(**changes: Any) -> Call:
    fields: dict[str, Any] = {
        "salon_id": 1050, "application_id": 456, "currency_iso": "EUR",
        "payment_sum": Decimal("19.90"), "payment_date": NAIVE,
        "period_from": datetime.datetime(2026, 1, 1), "period_to": datetime.datetime(2026, 2, 1),
    }  # fmt: skip
    fields.update(changes)
    return lambda client: client.marketplace.notify_payment(**fields)


def payment_bytes(**wire: str) -> bytes:
    fields = {
        "salon_id": "1050", "currency_iso": '"EUR"', "application_id": "456",
        "payment_sum": "19.9", "payment_date": '"2026-01-01 10:10:00"',
        "period_from": '"2026-01-01 00:00:00"', "period_to": '"2026-02-01 00:00:00"',
    }  # fmt: skip
    fields.update(wire)
    return ("{" + ",".join(f'"{key}":{value}' for key, value in fields.items()) + "}").encode()


def calls(**changes: Any) -> Call:
    fields: dict[str, Any] = {
        "salon_id": 1050,
        "date_from": datetime.date(2026, 1, 1),
        "date_to": datetime.date(2026, 2, 1),
    }
    fields.update(changes)
    return lambda client: client.voip.list_calls(**fields)


CALLS_BYTES = b'{"salon_id":1050,"date_from":"2026-01-01","date_to":"2026-02-01"'
#: A paginated call sends its page and the largest page size when none is given.
CALLS_PAGE = b',"page":1,"limit":1000}'
HISTORY: dict[str, Any] = {"command": "history", "crm_token": "t", "diversion": "+1", "phone": "+2"}
HISTORY_BYTES = (
    b'{"command":"history","crm_token":"t","diversion":"+1","phone":"+2","type":"incoming"'
)
URLS = ["https://partner.example/h"]
LINK = "GET /api/v1/marketplace/application/payment_link?salon_id=1&application_id=2"

#: label -> (the call, the request line it makes, its exact body).
ACCEPTED: dict[str, tuple[Call, str, bytes]] = {
    "amount as Decimal": (payment(), "POST /marketplace/partner/payment", payment_bytes()),
    "amount as numeric string": (
        payment(payment_sum="99.90"), "POST /marketplace/partner/payment",
        payment_bytes(payment_sum="99.9"),
    ),
    "amount as int": (
        payment(payment_sum=20), "POST /marketplace/partner/payment",
        payment_bytes(payment_sum="20"),
    ),
    "amount as float": (
        payment(payment_sum=19.9), "POST /marketplace/partner/payment", payment_bytes(),
    ),
    "whole Decimal amount": (
        payment(payment_sum=Decimal("100.00")), "POST /marketplace/partner/payment",
        payment_bytes(payment_sum="100"),
    ),
    "date-time as a string in the wire form": (
        payment(period_to="2026-02-01 00:00:00"), "POST /marketplace/partner/payment",
        payment_bytes(),
    ),
    "string ID": (
        payment(salon_id="1050"), "POST /marketplace/partner/payment", payment_bytes(),
    ),
    "discount amounts": (
        lambda c: c.marketplace.set_discount(
            salon_ids=[1, "2"], application_id=3, discount=Decimal("15.5")
        ),
        "POST /api/v1/marketplace/application/add_discount",
        b'{"salon_ids":[1,2],"application_id":3,"discount":15.5}',
    ),
    "query amount as Decimal": (
        lambda c: c.marketplace.get_payment_link(
            salon_id=1, application_id=2, discount=Decimal("15.50")
        ),
        LINK + "&discount=15.5",
        b"",
    ),
    "query amount as string": (
        lambda c: c.marketplace.get_payment_link(salon_id="1", application_id=2, discount="15"),
        LINK + "&discount=15",
        b"",
    ),
    "query ID as string": (
        lambda c: c.dictionaries.list_cities(country_id="7"),
        "GET /api/v1/cities?country_id=7",
        b"",
    ),
    "enum as literal": (
        lambda c: c.marketplace.update_channel(
            salon_id=1, application_id=2, channel_slug="sms", is_available=True
        ),
        "POST /api/v1/marketplace/application/update_channel",
        b'{"salon_id":1,"application_id":2,"channel_slug":"sms","is_available":true}',
    ),
    "enum as member": (
        lambda c: c.marketplace.update_channel(
            salon_id=1, application_id=2, channel_slug=models.ChannelSlug.SMS, is_available=True
        ),
        "POST /api/v1/marketplace/application/update_channel",
        b'{"salon_id":1,"application_id":2,"channel_slug":"sms","is_available":true}',
    ),
    "flags as bools and 0/1": (
        lambda c: c.webhooks.update_settings(
            "1001", active=True, urls=URLS, record=False, client=1, good=0
        ),
        "POST /api/v1/hooks_settings/1001",
        b'{"active":1,"urls":["https://partner.example/h"],"good":0,"client":1,"record":0}',
    ),
    "dates as date": (calls(), "GET /api/v1/voip/integration/calls", CALLS_BYTES + CALLS_PAGE),
    "dates as strings": (
        calls(date_from="2026-01-01", date_to="2026-02-01"),
        "GET /api/v1/voip/integration/calls",
        CALLS_BYTES + CALLS_PAGE,
    ),
    "enum list of literals and members": (
        calls(types=["incoming", models.CallTypeFilter.OUTGOING], statuses=["missed"]),
        "GET /api/v1/voip/integration/calls",
        CALLS_BYTES + b',"types":["incoming","outgoing"],"statuses":["missed"]' + CALLS_PAGE,
    ),
    "wire-named keyword type=": (
        lambda c: c.voip.send_event(command="setup", crm_token="t", type="enable"),
        "POST /api/v1/voip/integration",
        b'{"command":"setup","crm_token":"t","type":"enable"}',
    ),
    "the model's type_= still works": (
        lambda c: c.voip.send_event(command="setup", crm_token="t", type_="disable"),
        "POST /api/v1/voip/integration",
        b'{"command":"setup","crm_token":"t","type":"disable"}',
    ),
    "call date as an aware datetime": (
        lambda c: c.voip.send_event(**HISTORY, type="incoming", date=UTC_CALL),
        "POST /api/v1/voip/integration",
        HISTORY_BYTES + b',"date":"2026-09-01T14:40:28+00:00"}',
    ),
    "call date with a negative offset, as a string": (
        lambda c: c.voip.send_event(
            **HISTORY, type=models.VoIPCallHistoryType.INCOMING, date="2026-09-01T14:40:28-05:00"
        ),
        "POST /api/v1/voip/integration",
        HISTORY_BYTES + b',"date":"2026-09-01T14:40:28-05:00"}',
    ),
    "path ID as a string of digits": (
        lambda c: c.webhooks.get_settings("1001"), "GET /api/v1/hooks_settings/1001", b""
    ),
}  # fmt: skip

#: label -> (the call, the error, what its message says).
REFUSED: dict[str, tuple[Call, type[Exception], str]] = {
    "amount with an exponent": (
        payment(payment_sum="1e3"), ValueError, r"^payment_sum: a string amount is written like"
    ),
    "amount in non-ASCII digits": (
        payment(payment_sum="١٢"), ValueError, r"^payment_sum: a string amount is written like"
    ),
    "empty amount": (payment(payment_sum=""), ValueError, r"^payment_sum: a string amount"),
    "amount as bool": (payment(payment_sum=True), TypeError, r"^payment_sum: expected an amount"),
    "amount as list": (payment(payment_sum=[1]), TypeError, r"got list$"),
    "NaN amount": (payment(payment_sum=Decimal("NaN")), ValueError, r"finite number$"),
    "infinite amount": (payment(payment_sum=float("inf")), ValueError, r"finite number$"),
    "inexact amount": (
        payment(payment_sum=Decimal("0.1000000000000000000001")), ValueError, r"exactly"
    ),
    "aware payment date": (
        payment(payment_date=datetime.datetime(2026, 12, 7, 0, 4, 59, tzinfo=datetime.UTC)),
        ValueError, r"^payment_date: pass a naive datetime in the location's local time",
    ),
    "period as a bare date string": (
        payment(period_to="2026-02-01"), ValueError,
        r"^period_to: a string must match \^\\d\{4\}-",
    ),
    "period as an ISO string": (
        payment(period_from="2026-01-01T10:10:00"), ValueError, r"^period_from: a string must"
    ),
    "period as a date": (
        payment(period_from=datetime.date(2026, 1, 1)), TypeError,
        r"^period_from: expected a datetime or a string, got date$",
    ),
    "float ID": (payment(salon_id=1050.0), TypeError, r"^salon_id: expected an integer"),
    "bool ID in a list": (
        lambda c: c.marketplace.set_discount(salon_ids=[True], application_id=1, discount=1),
        TypeError, r"^salon_ids: expected an integer",
    ),
    "unknown enum literal": (
        lambda c: c.marketplace.update_channel(
            salon_id=1, application_id=2, channel_slug="telegram", is_available=True
        ),
        ValueError, r"^channel_slug: expected one of \['sms', 'whatsapp'\] or a ChannelSlug",
    ),
    "enum literal in the wrong case": (
        lambda c: c.marketplace.update_channel(
            salon_id=1, application_id=2, channel_slug="SMS", is_available=True
        ),
        ValueError, r"^channel_slug: expected one of",
    ),
    "unknown enum literal in a list": (
        calls(types=["incomming"]), ValueError, r"^types: expected one of \['incoming'"
    ),
    "datetime for a date": (
        calls(date_from=datetime.datetime(2026, 1, 1)), TypeError,
        r"^date_from: expected a date, got datetime \(pass value.date\(\)\)$",
    ),
    "date string in another form": (
        calls(date_to="2026-2-1"), ValueError, r"^date_to: a string must match"
    ),
    "date string in full-width digits": (
        calls(date_to="２０２６-02-01"), ValueError, r"^date_to: a string must match"
    ),
    "flag out of range": (
        lambda c: c.webhooks.update_settings(1, active=2, urls=URLS), TypeError,
        r"^active: expected True/False or 0/1, got int$",
    ),
    "flag as a string": (
        lambda c: c.webhooks.update_settings(1, active="1", urls=URLS), TypeError,
        r"^active: expected True/False or 0/1, got str$",
    ),
    "variant literal of another variant": (
        lambda c: c.voip.send_event(command="setup", crm_token="t", type="incoming"),
        ValueError, r"^type: expected one of \['disable', 'enable'\]",
    ),
    "naive call date": (
        lambda c: c.voip.send_event(**HISTORY, type="incoming", date=datetime.datetime(2026, 9, 1)),
        ValueError, r"^date: pass a timezone-aware datetime",
    ),
    "path ID as float": (
        lambda c: c.webhooks.get_settings(1001.0), TypeError,
        r"^location_id: expected an integer \(or a string of digits\), got float$",
    ),
    "path ID as bool": (
        lambda c: c.webhooks.get_settings(True), TypeError, r"^location_id: .* got bool$"
    ),
    "path ID with an underscore": (
        lambda c: c.marketplace.refund_payment("1_000"), TypeError, r"^payment_id: expected"
    ),
    "query amount that is no number": (
        lambda c: c.marketplace.get_payment_link(salon_id=1, application_id=2, discount="abc"),
        ValueError, r"^discount: a string amount",
    ),
}  # fmt: skip


def _send(kind: str, call: Call) -> list[httpx.Request]:
    recorder = Recorder(lambda request: envelope({"id": 1, "url": "https://pay.example/1"}))
    transport = httpx.MockTransport(recorder)
    options: dict[str, Any] = {"partner_token": "p", "user_token": "u", "rate_limits": None}
    if kind == "sync":
        with AltegioClient(http_client=httpx.Client(transport=transport), **options) as client:
            call(client)
        return recorder.requests

    async def run() -> None:
        async with AsyncAltegioClient(
            http_client=httpx.AsyncClient(transport=transport), **options
        ) as client:
            result = call(client)
            assert inspect.isawaitable(result)
            await result

    asyncio.run(run())
    return recorder.requests


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("label", ACCEPTED)
def test_each_accepted_form_goes_out_as_altegio_expects(kind: str, label: str) -> None:
    call, line, body = ACCEPTED[label]
    (request,) = _send(kind, call)
    path = request.url.raw_path.decode()
    assert f"{request.method} {path}" in (line, line.replace(" /api/v1/", " /"))
    assert request.content == body


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("label", REFUSED)
def test_each_refused_form_raises_before_anything_is_sent(kind: str, label: str) -> None:
    call, error, message = REFUSED[label]
    sent: list[httpx.Request] = []
    with pytest.raises(error, match=message) as raised:
        sent = _send(kind, call)
    assert sent == []
    assert "١٢" not in str(raised.value) and "1_000" not in str(raised.value)


def test_the_refused_forms_never_reached_a_transport() -> None:
    """_send returns nothing when the call raises: check the recorder itself is reached."""
    assert _send("sync", lambda c: c.webhooks.get_settings(1)) != []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"partner_token": "Bearer abc"}, r"^partner_token is the token alone: leave out 'Bearer'"),
        ({"partner_token": "bearer abc"}, r"^partner_token is the token alone"),
        ({"partner_token": "p", "user_token": "User abc"}, r"^user_token is the token alone"),
        ({"partner_token": "p", "api_base_url": "api.alteg.io/api/v1"}, r"^api_base_url must be"),
        ({"partner_token": "p", "app_base_url": "ftp://app.alteg.io"}, r"^app_base_url must be"),
        ({"partner_token": "p", "api_base_url": "https://"}, r"^api_base_url must be an absolute"),
    ],
)  # fmt: skip
def test_client_options_are_checked_when_the_client_is_created(
    options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message) as error:
        AltegioClient(**options)
    assert "abc" not in str(error.value)
    with pytest.raises(ValueError, match=message):
        AsyncAltegioClient(**options)


def test_with_options_checks_a_new_base_url_and_token() -> None:
    with AltegioClient(partner_token="p") as client:
        with pytest.raises(ValueError, match=r"^api_base_url must be"):
            client.with_options(api_base_url="127.0.0.1:4010")
        with pytest.raises(ValueError, match=r"^partner_token is the token alone"):
            client.with_options(partner_token="Bearer abc")
        assert client.with_options(api_base_url="http://127.0.0.1:4010/api/v1")


# -- the checks themselves (_coerce.request_*), for what the calls above do not reach ----------

WALL = r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"
ISO = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:?\d{2})$"


class _Count(int):
    """An int subclass (an IntEnum member, a numpy-like scalar)."""


class _Amount(float):
    """A float subclass."""


def test_request_int_takes_ints_and_ascii_digit_strings_only() -> None:
    for given, expected in ((7, 7), (_Count(7), 7), ("7", 7), (" 7 ", 7), ("-3", -3), ("+3", 3)):
        result = _coerce.request_int(given, "n")
        assert (result, type(result)) == (expected, int)
    for refused, got in (
        (True, "bool"), (7.0, "float"), ("7.0", "str that is not a whole number"),
        ("٧", "str that is not a whole number written in ASCII digits$"), (b"7", "bytes$"),
        (None, "NoneType$"), ("", "str that"),
    ):  # fmt: skip
        with pytest.raises(
            TypeError, match=rf"^n: expected an integer \(or a string of digits\), got {got}"
        ):
            _coerce.request_int(refused, "n")


def test_request_number_keeps_the_amount_exactly() -> None:
    for given, expected in (
        (20, 20), (_Count(3), 3), (19.9, 19.9), (Decimal("19.90"), 19.9), (Decimal("1E+2"), 100),
        (Decimal("-0"), 0), ("99.90", 99.9), ("-.5", -0.5), ("5.", 5), ("+7", 7), ("0.1", 0.1),
        (_Amount(2.5), 2.5),
    ):  # fmt: skip
        result = _coerce.request_number(given, "sum")
        assert result == expected and type(result) is type(expected), given
    for refused, error in (
        (float("-inf"), ValueError), (Decimal("sNaN"), ValueError), ("1_0", ValueError),
        (" 1", ValueError), (".", ValueError), (False, TypeError), (None, TypeError),
        (1 + 2j, TypeError),
    ):  # fmt: skip
        with pytest.raises(error, match=r"^sum: "):
            _coerce.request_number(refused, "sum")
    with pytest.raises(ValueError, match=r"^sum: the amount cannot be sent exactly"):
        _coerce.request_number("0.1000000000000000000001", "sum")


def test_request_flag_takes_bools_and_zero_or_one() -> None:
    assert [_coerce.request_flag(v, "f") for v in (True, False, 1, 0)] == [1, 0, 1, 0]
    assert all(type(_coerce.request_flag(v, "f")) is int for v in (True, False))
    for refused in (2, -1, 1.0, "1", None, _Count(1)):
        with pytest.raises(TypeError, match=r"^f: expected True/False or 0/1, got "):
            _coerce.request_flag(refused, "f")


def test_request_enum_takes_known_members_and_values_only() -> None:
    slug = models.ChannelSlug
    assert _coerce.request_enum(slug, slug.SMS, "c") is slug.SMS
    assert _coerce.request_enum(slug, "whatsapp", "c") is slug.WHATSAPP
    history, event = models.VoIPCallHistoryType, models.VoIPCallEventType
    assert _coerce.request_enum(event, history.INCOMING, "type") is event.INCOMING
    unknown = slug("telegram")  # an open enum keeps a value it reads; a request does not
    for refused, got in ((unknown, "ChannelSlug"), ("Sms", "str"), (1, "int"), (None, "NoneType")):
        with pytest.raises(ValueError, match=r"^c: expected one of \['sms', 'whatsapp'\] or a "):
            _coerce.request_enum(slug, refused, "c")
        with pytest.raises(ValueError, match=rf"or a ChannelSlug, got {got}$"):
            _coerce.request_enum(slug, refused, "c")


def test_request_datetime_gives_the_form_of_the_pattern() -> None:
    naive = datetime.datetime(2026, 1, 1, 10, 10, 5, 999999)
    assert _coerce.request_datetime(naive, "d", WALL) == "2026-01-01 10:10:05"
    aware = datetime.datetime(2026, 9, 1, 14, 40, 28, 5, tzinfo=MINUS_FIVE)
    assert _coerce.request_datetime(aware, "d", ISO) == "2026-09-01T14:40:28-05:00"
    assert _coerce.request_datetime("2026-01-01 10:10:05", "d", WALL) == "2026-01-01 10:10:05"
    with pytest.raises(ValueError, match=r"^d: pass a naive datetime in the location's local"):
        _coerce.request_datetime(aware, "d", WALL)
    with pytest.raises(ValueError, match=r"^d: pass a timezone-aware datetime"):
        _coerce.request_datetime(naive, "d", ISO)
    with pytest.raises(ValueError, match=r"^d: a string must match .* \(or pass a datetime\)$"):
        _coerce.request_datetime("2026-01-01 10:10:05 ", "d", WALL)
    with pytest.raises(TypeError, match=r"^d: expected a datetime or a string, got int$"):
        _coerce.request_datetime(1767225600, "d", WALL)


def test_request_date_takes_a_date_or_its_string() -> None:
    assert _coerce.request_date(datetime.date(2026, 1, 2), "d", r"^\d{4}-\d{2}-\d{2}$") == (
        "2026-01-02"
    )
    assert _coerce.request_date("2026-01-02", "d", r"^\d{4}-\d{2}-\d{2}$") == "2026-01-02"
    with pytest.raises(TypeError, match=r"^d: expected a date or a string, got NoneType$"):
        _coerce.request_date(None, "d", r"^\d{4}-\d{2}-\d{2}$")
    with pytest.raises(ValueError, match=r"\(or pass a date\)$"):
        _coerce.request_date("2026-01-02T00:00", "d", r"^\d{4}-\d{2}-\d{2}$")


def test_format_datetime_writes_what_a_model_holds() -> None:
    """A model built by hand is sent as built: an aware date-time keeps its offset there."""
    plus_four = datetime.timezone(datetime.timedelta(hours=4))
    aware = datetime.datetime(2022, 1, 1, 10, 10, 5, 123, tzinfo=plus_four)
    assert _coerce.format_datetime(aware) == "2022-01-01 10:10:05+04:00"
    assert _coerce.format_datetime(aware.replace(tzinfo=None)) == "2022-01-01 10:10:05"
