"""Posting a webhook the way Altegio's backend does: a JSON POST,
10 s in all for an attempt (5 s to connect), and at most 2 retries, 1.5 s apart, after a
transport error, a 429 or a 5xx; any other answer is final. Used by the sandbox for what
the fake sends and by `altegio-devtools trigger` and `replay`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

import httpx

__all__ = ["RETRIES", "RETRY_DELAY", "TOTAL_TIMEOUT", "Outcome", "deliver"]

RETRIES = 2
RETRY_DELAY = 1.5
TOTAL_TIMEOUT = 10.0
CONNECT_TIMEOUT = 5.0
USER_AGENT = "altegio-devtools-sandbox"
#: A slow answer's error (its type is what an Outcome reports).
LATE_ANSWER = "the answer took longer than the delivery's timeout"
#: What every delivery carries (the caller's headers may add to it).
SENT_HEADERS = {"Content-Type": "application/json", "User-Agent": USER_AGENT}


@dataclass(frozen=True)
class Outcome:
    """How a delivery ended: the last answer's status (None: no answer at all, `error`
    names the transport error's type) after `attempts` attempts."""

    status: int | None
    attempts: int
    error: str | None = None

    @property
    def accepted(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def describe(self) -> str:
        """`200 OK (1 attempt)`, `503 Service Unavailable (3 attempts)`, `no answer:
        ConnectError (3 attempts)`."""
        attempts = f"{self.attempts} attempt{'' if self.attempts == 1 else 's'}"
        if self.status is None:
            return f"no answer: {self.error} ({attempts})"
        answer = f"{self.status} {httpx.codes.get_reason_phrase(self.status)}".strip()
        return f"{answer} ({attempts})"


def deliver(
    url: str,
    body: bytes,
    headers: Mapping[str, str] | None = None,
    *,
    client: httpx.Client | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Outcome:
    """POST `body` (JSON) to `url` with Altegio's retries; never raises for what the
    receiver or the network does. `sleep` and `clock` (seconds) are for tests."""
    sent = {**SENT_HEADERS, **(headers or {})}
    own = client is None
    http = client if client is not None else httpx.Client()
    try:
        attempts = 0
        while True:
            attempts += 1
            status, error = _attempt(http, url, body, sent, clock)
            if not _retried(status) or attempts > RETRIES:
                return Outcome(status, attempts, error)
            sleep(RETRY_DELAY)
    finally:
        if own:
            http.close()


def _attempt(
    http: httpx.Client,
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    clock: Callable[[], float],
) -> tuple[int | None, str | None]:
    deadline = clock() + TOTAL_TIMEOUT
    timeout = httpx.Timeout(TOTAL_TIMEOUT, connect=CONNECT_TIMEOUT)
    try:
        posting = http.stream(
            "POST",  # pragma: no mutate (httpx upper-cases a method: "post" is the same)
            url, content=body, headers=headers, timeout=timeout,
        )  # fmt: skip
        with posting as answer:
            for _ in _until(deadline, answer.iter_bytes(), clock):
                pass  # the answer is read (a slow one counts against the 10 s), not kept
            return answer.status_code, None
    except httpx.TransportError as error:
        return None, type(error).__name__


def _until(deadline: float, chunks: Iterator[bytes], clock: Callable[[], float]) -> Iterator[bytes]:
    for chunk in chunks:
        if clock() > deadline:
            raise httpx.ReadTimeout(LATE_ANSWER)  # pragma: no mutate (only its type is seen)
        yield chunk


def _retried(status: int | None) -> bool:
    return status is None or status == 429 or status >= 500
