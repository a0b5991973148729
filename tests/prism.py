"""Run Stoplight Prism (from node_modules, pinned in package-lock.json) on 127.0.0.1.

    python -m tests.prism                 # serve the effective spec until Ctrl-C (make mock)
    python -m tests.prism -- CMD ARGS...  # serve it while CMD runs, then stop (make demo)

Prism serves every operation at its root, so both hosts point at it. CMD gets the URL in
ALTEGIO_API_BASE_URL and ALTEGIO_APP_BASE_URL, and ALTEGIO_ACCEPT=application/json: Prism
negotiates on the response media types the spec declares (only application/json), whereas
Altegio answers JSON to its required `application/vnd.api.v2+json` (QUIRKS.md #8).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
EFFECTIVE_SPEC = ROOT / "generated" / "openapi.effective.yaml"


class PrismError(RuntimeError):
    """Prism is not installed or did not start."""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running_prism(spec: Path = EFFECTIVE_SPEC, port: int | None = None) -> Iterator[str]:
    """Start Prism in mock mode with request validation (--errors); always stop it."""
    if not PRISM.exists():
        raise PrismError(f"{PRISM} is missing: run `make setup` (npm ci)")
    port = port or _free_port()
    command = [str(PRISM), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port), str(spec)]
    env = {**os.environ, "SCARF_ANALYTICS": "false", "NO_COLOR": "1"}
    # A file, not a pipe: Prism logs every request, and an undrained pipe would block it.
    log = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(
        command, stdout=log, stderr=subprocess.STDOUT, text=True, env=env, start_new_session=True
    )
    try:
        _wait_until_listening(process, port, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        log.close()
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _wait_until_listening(
    process: subprocess.Popen[str], port: int, log: IO[str], timeout: float = 60
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise PrismError(f"Prism exited with {process.returncode}:\n{log.read()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise PrismError(f"Prism did not listen on 127.0.0.1:{port} within {timeout:.0f}s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.prism", description=__doc__)
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    with running_prism(port=args.port) as url:
        if command:
            env = {
                **os.environ,
                "ALTEGIO_API_BASE_URL": url,
                "ALTEGIO_APP_BASE_URL": url,
                "ALTEGIO_ACCEPT": "application/json",
            }
            return subprocess.run(command, env=env, check=False).returncode
        print(f"Prism mock server for {EFFECTIVE_SPEC.name} on {url} (Ctrl-C stops it)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())
