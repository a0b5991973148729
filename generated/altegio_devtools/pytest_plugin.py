"""A pytest fixture for partners' tests: `fake_altegio`, a fresh testing.FakeAltegio for each
test. pytest is the partner's test runner; the package itself does not need it.

    pytest_plugins = ["altegio_devtools.pytest_plugin"]   # in the tests' root conftest

    @pytest.fixture
    def fake_altegio_options():        # optional: the fake's keyword arguments
        return {"callback_url": "http://127.0.0.1:8080/altegio/marketplace"}

    def test_install(fake_altegio):
        client = AltegioClient(partner_token=fake_altegio.partner_token,
                               http_client=fake_altegio.http_client())
"""

from __future__ import annotations

from typing import Any

import pytest

from .fake_altegio import FakeAltegio

__all__ = ["PARTNER_TOKEN", "fake_altegio", "fake_altegio_options"]

#: The partner token of the fixture's fake (an invented one), unless the options name another.
PARTNER_TOKEN = "partner-token-of-tests"  # noqa: S105


@pytest.fixture
def fake_altegio_options() -> dict[str, Any]:
    """FakeAltegio's keyword arguments for `fake_altegio`; override it to change them."""
    return {}


@pytest.fixture
def fake_altegio(fake_altegio_options: dict[str, Any]) -> FakeAltegio:
    """A FakeAltegio of its own for each test."""
    return FakeAltegio(**{"partner_token": PARTNER_TOKEN, **fake_altegio_options})
