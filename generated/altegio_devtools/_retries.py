"""When to retry a request, and how long to wait first.

Idempotent requests (GET, ...) are retried on connection errors, timeouts, 408, 429 and
5xx. A POST (payments, refunds, callbacks) is retried only when the server cannot have
processed it: the connection was never made, or the answer was 429. A 502 to a payment
may hide a payment that went through, so it is never sent twice.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass

import httpx

from .types import Operation

#: The lowest status ever retried (should_retry_response: 408, 429, 5xx). No answer with a
#: lower one is retried (nor paused for): the client skips the policy for those.
RETRIED_FROM = 408
#: Transport failures that happen before a single byte of the request is sent.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter; Retry-After (seconds or HTTP date) wins, capped."""

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def should_retry_response(self, operation: Operation, response: httpx.Response) -> bool:
        status = response.status_code
        if status == 429:
            return True
        return operation.idempotent and (status == 408 or status >= 500)

    def should_retry_error(self, operation: Operation, error: httpx.RequestError) -> bool:
        return isinstance(error, NOT_SENT) or operation.idempotent

    def delay(self, retry: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number `retry` (0-based)."""
        retry_after = self.retry_after(response) if response is not None else None
        if retry_after is not None:
            return retry_after
        backoff = min(self.initial_delay * 2.0**retry, self.max_delay)
        return backoff * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not crypto

    def retry_after(self, response: httpx.Response) -> float | None:
        """The response's Retry-After in seconds, capped at max_retry_after; None when it
        is absent, unparsable or absurd (not finite, negative, a date beyond year 9999)."""
        seconds = _retry_after(response)
        return None if seconds is None else min(seconds, self.max_retry_after)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    seconds: float | None
    try:
        seconds = float(value)
    except ValueError:
        seconds = _seconds_until(value)
    # nan, inf and negative values are no delay a server meant: back off instead.
    return seconds if seconds is not None and 0.0 <= seconds < math.inf else None


def _seconds_until(date: str) -> float | None:
    import email.utils  # noqa: PLC0415 - rare, and costly to import up front

    try:
        moment = email.utils.parsedate_to_datetime(date)
        return max(0.0, moment.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError, IndexError):  # e.g. year 99999999999
        return None
