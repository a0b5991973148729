"""What goes on the wire: hosts, headers, bodies, IDs (through httpx.MockTransport)."""

from __future__ import annotations

import importlib
import json
import pickle

import httpx
import pytest

import altegio_devtools
from altegio_devtools import AltegioClient, errors, models
from altegio_devtools._operations import OPERATIONS
from altegio_devtools.client import Client
from tests.conftest import Recorder, envelope

TAGS = ("marketplace", "webhooks", "voip", "dictionaries")
API_KEY = "2f181e2a-5c22-4ae7-9d9b-07104f312c28"


def test_install_callback_goes_to_the_app_host_with_the_exact_body(
    client: AltegioClient, recorder: Recorder
) -> None:
    client.marketplace.install(
        salon_id=123,
        application_id=456,
        api_key=API_KEY,
        webhook_urls=["https://partner.example/hooks"],
    )
    request = recorder.last
    assert request.method == "POST"
    assert str(request.url) == "https://app.alteg.io/marketplace/partner/callback"
    assert request.content == (
        b'{"salon_id":123,"application_id":456,'
        b'"api_key":"2f181e2a-5c22-4ae7-9d9b-07104f312c28",'
        b'"webhook_urls":["https://partner.example/hooks"]}'
    )
    assert request.headers["Accept"] == "application/vnd.api.v2+json"
    assert request.headers["Authorization"] == "Bearer partner-secret"
    assert request.headers["Content-Type"] == "application/json"


def test_ids_go_out_as_integers_in_paths_queries_and_bodies(
    client: AltegioClient, recorder: Recorder
) -> None:
    client.marketplace.get_status(1050, 77)
    assert recorder.last.url.path == "/marketplace/salon/1050/application/77"
    client.marketplace.get_payment_link(salon_id=123, application_id=456)
    assert recorder.last.url.query == b"salon_id=123&application_id=456"
    client.marketplace.set_discount(salon_ids=[1, 2], application_id=3, discount=15.5)
    assert recorder.last_json() == {"salon_ids": [1, 2], "application_id": 3, "discount": 15.5}


@pytest.mark.parametrize("operation", OPERATIONS.values(), ids=list(OPERATIONS))
def test_every_operation_goes_to_its_documented_host_with_its_auth(
    operation: altegio_devtools.types.Operation,
) -> None:
    recorder = Recorder(lambda request: envelope())
    client = Client(
        partner_token="p",
        user_token="u",
        api_base_url="http://api.test/api/v1",
        app_base_url="http://app.test",
        rate_limits=None,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )
    client.send(operation, {"url": "/x"})
    request = recorder.last
    expected = {"api": "http://api.test/api/v1/x", "app": "http://app.test/x"}[operation.host]
    assert (request.method, str(request.url)) == (operation.method, expected)
    expected_auth = {"partner": "Bearer p", "partner_user": "Bearer p, User u"}.get(operation.auth)
    assert request.headers.get("Authorization") == expected_auth


def test_the_user_token_is_added_only_where_security_asks_for_it(
    client: AltegioClient, recorder: Recorder
) -> None:
    client.webhooks.get_settings(99)
    assert recorder.last.headers["Authorization"] == "Bearer partner-secret, User user-secret"
    assert str(recorder.last.url) == "https://api.alteg.io/api/v1/hooks_settings/99"
    client.dictionaries.list_countries()
    assert recorder.last.headers["Authorization"] == "Bearer partner-secret"


def test_an_operation_needing_a_user_token_fails_before_sending() -> None:
    recorder = Recorder(lambda request: envelope())
    with AltegioClient(
        partner_token="partner-secret",
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    ) as client:
        with pytest.raises(errors.MissingUserTokenError, match=r"^get_settings needs") as error:
            client.webhooks.get_settings(99)
    assert recorder.requests == []
    assert (error.value.method, error.value.operation_id) == (
        "get_settings",
        "get_event_notification_settings",
    )
    assert str(pickle.loads(pickle.dumps(error.value))) == str(error.value)


def test_base_urls_and_accept_are_configurable() -> None:
    recorder = Recorder(lambda request: envelope())
    with AltegioClient(
        partner_token="p",
        api_base_url="http://127.0.0.1:9/api/v1/",
        app_base_url="http://127.0.0.1:9/app",
        accept="application/vnd.yclients.v2+json",
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    ) as client:
        client.dictionaries.list_cities(country_id=7)
        assert str(recorder.last.url) == "http://127.0.0.1:9/api/v1/cities?country_id=7"
        assert recorder.last.headers["Accept"] == "application/vnd.yclients.v2+json"
        client.marketplace.uninstall(1, 2)
        assert (
            str(recorder.last.url)
            == "http://127.0.0.1:9/app/marketplace/salon/1/application/2/uninstall"
        )


def test_the_mock_preset_points_both_hosts_at_the_documented_mock_server() -> None:
    client = AltegioClient(partner_token="p", environment="mock")
    mock = "https://developer.alteg.io/_mock/en/developers/openapi"
    assert client._client.base_urls == {"api": mock, "app": mock}


def test_tokens_never_appear_in_a_repr() -> None:
    client = AltegioClient(partner_token="partner-secret", user_token="user-secret")
    texts = [repr(client), str(client), repr(client._client), repr(client._client._shared.__dict__)]
    assert not any("secret" in text for text in texts), texts


def test_a_voip_setup_command_is_built_without_repeating_the_constant(
    client: AltegioClient, recorder: Recorder
) -> None:
    recorder_response = {"success": True, "data": None, "meta": {"message": "Accepted"}}
    recorder._handler = lambda request: httpx.Response(202, json=recorder_response)
    result = client.voip.send_event(
        body=models.VoIPSetupCommand(crm_token="t", type_=models.VoIPSetupCommandType.ENABLE)
    )
    assert recorder.last_json() == {"command": "setup", "crm_token": "t", "type": "enable"}
    assert result.data is None


def test_the_package_has_all_19_operations_and_12_webhook_payload_models() -> None:
    for operation in OPERATIONS.values():
        name = operation.python_name
        modules = [_find(f"altegio_devtools.api.{tag}.{name}") for tag in TAGS]
        assert len([m for m in modules if m is not None]) == 1, name
    assert len(OPERATIONS) == 19
    webhook_models = [
        "SalonEvent", "StaffEvent", "ServiceEvent", "ServiceCategoryEvent", "ClientEvent",
        "RecordEvent", "LoyaltyCardEvent", "ScheduleEvent", "GoodEvent", "GoodsOperationEvent",
        "FinancesOperationEvent", "MarketplaceWebhook",
    ]  # fmt: skip
    for name in webhook_models:
        assert hasattr(getattr(models, name), "from_dict"), name


def _find(module: str) -> object | None:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError:
        return None


def test_a_webhook_payload_parses_into_its_model() -> None:
    event = models.SalonEvent.from_dict(
        json.loads(
            '{"company_id": 1, "resource": "company", "resource_id": 1, "status": "update",'
            ' "data": {"id": 1, "title": "La Visage", "phones": ["+1"]}}'
        )
    )
    assert event.resource == models.SalonEventResource.COMPANY
    assert event.data.phones == ["+1"]
