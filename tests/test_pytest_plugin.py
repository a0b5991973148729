"""altegio_devtools.pytest_plugin: its fixtures as a partner's tests get them (imported into
this module, as `pytest_plugins` would register them)."""

from __future__ import annotations

from typing import Any

import pytest

from altegio_devtools import AltegioClient
from altegio_devtools.pytest_plugin import PARTNER_TOKEN, fake_altegio, fake_altegio_options
from altegio_devtools.testing import FakeAltegio

__all__ = ["fake_altegio", "fake_altegio_options"]  # the fixtures this module uses


def test_a_fresh_fake_per_test_with_the_plugins_token(fake_altegio: FakeAltegio) -> None:
    assert fake_altegio.partner_token == PARTNER_TOKEN == "partner-token-of-tests"
    with AltegioClient(partner_token=PARTNER_TOKEN, http_client=fake_altegio.http_client()) as c:
        c.marketplace.install(salon_id=1, application_id=2)
    assert fake_altegio.integration(1, 2)["status"] == "active"


def test_the_fake_before_is_gone(fake_altegio: FakeAltegio) -> None:
    with pytest.raises(KeyError):
        fake_altegio.integration(1, 2)
    assert fake_altegio.quirks is False


class TestOptions:
    @pytest.fixture
    def fake_altegio_options(self) -> dict[str, Any]:
        return {"quirks": True, "partner_token": "another-token"}

    def test_the_options_reach_the_fake(self, fake_altegio: FakeAltegio) -> None:
        assert fake_altegio.quirks is True
        assert fake_altegio.partner_token == "another-token"
