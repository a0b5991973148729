"""One run of the rate-limit soak (tests/limit_soak.py) as `make test` runs it: 4 processes,
each a sync and an async client on one redis_rate_limiter, on Altegio's real limits (5/s,
200/min) for 70 s; as the loopback server counts arrivals, no second holds more than 5 and
no minute more than 200. It takes ~80 s, in parallel with the other test files; the five
runs of the issue's acceptance are `python -m tests.limit_soak --seconds 75 --runs 5`."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_the_limits_hold_as_the_server_counts_arrivals_for_70_seconds() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.limit_soak", "--seconds", "70"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    print(result.stdout, result.stderr[-2000:])
    figures = json.loads(result.stdout.splitlines()[-1])
    assert figures["exit_codes"] == [0, 0, 0, 0]
    # 70 s at up to 5 per 1.05 s, 200 per 60.05 s: the minute's limit is reached.
    assert figures["arrivals"] > 200
    assert figures["most_in_1s"] <= 5 and figures["tightest_6"] >= 1.0
    assert figures["most_in_60s"] <= 200 and figures["tightest_201"] >= 60.0
    assert result.returncode == 0
