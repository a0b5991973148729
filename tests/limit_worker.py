"""One process of the cross-process rate-limit tests: a client with its own limiter on the
named backend, making `calls` calls from `start_at` (wall clock) on."""

from __future__ import annotations

import time
from typing import Any

from altegio_devtools import AltegioClient, RateLimit, RateLimiter
from altegio_devtools.shared_limits import file_rate_limiter, redis_rate_limiter

#: Altegio's 5/s and 200/min, scaled down so that 40 calls take seconds, not minutes.
LIMITS = (RateLimit(5, 0.5), RateLimit(20, 2.5))
#: The windows' margin. The default 50 ms covers network jitter; on a test machine running
#: several test workers on 2 cores a process can be held longer between the limiter's grant
#: and the server's clock, which the server counts as a burst. (pyrate-limiter wants the
#: shorter window no sparser than the longer one: 5/0.65 s >= 20/2.65 s.)
MARGIN = 0.15


def limiter(backend: str, where: str) -> RateLimiter:
    if backend == "redis":
        return redis_rate_limiter(where, LIMITS, key="test:limits", margin=MARGIN)
    if backend == "file":
        return file_rate_limiter(where, LIMITS, margin=MARGIN)
    return RateLimiter(LIMITS, margin=MARGIN)


def call(client: Any) -> None:
    """The one API call these tests make (its name appears here only)."""
    client.dictionaries.list_countries()


def make_client(base_url: str, rate_limits: RateLimiter) -> AltegioClient:
    return AltegioClient(
        partner_token="partner-token",
        api_base_url=f"{base_url}/api/v1",
        app_base_url=f"{base_url}/app",
        rate_limits=rate_limits,
        timeout=5.0,
    )


def run(backend: str, where: str, base_url: str, calls: int, start_at: float) -> None:
    with make_client(base_url, limiter(backend, where)) as client:
        time.sleep(max(0.0, start_at - time.time()))
        for _ in range(calls):
            call(client)


async def acall(client: Any) -> None:
    """call() for AsyncAltegioClient."""
    await client.dictionaries.list_countries()
