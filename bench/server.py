"""A minimal keep-alive HTTP/1.1 server on 127.0.0.1, run in its own process.

It answers the two benchmark endpoints (bench.routes) with Content-Length bodies over
persistent connections. It runs in a separate process so that its work does not share
the GIL with the client being measured. `python -m bench.server --locations N` prints
the port it listens on, then serves until terminated.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Self

from bench.routes import Routes

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
_NOT_FOUND = b'{"success": false, "data": null, "meta": []}'


class _HTTPProtocol(asyncio.Protocol):
    """One connection: parse GET requests (pipelining allowed), answer each in order."""

    def __init__(self, routes: Routes) -> None:
        self._routes = routes
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            head = bytes(self._buffer[:end]).decode("latin-1")
            request_line, *header_lines = head.split("\r\n")
            headers = dict(_header(line) for line in header_lines if ":" in line)
            length = int(headers.get("content-length", "0"))
            if len(self._buffer) < end + 4 + length:
                return  # wait for the request body
            del self._buffer[: end + 4 + length]
            self._answer(request_line, close=headers.get("connection") == "close")

    def _answer(self, request_line: str, *, close: bool) -> None:
        assert self._transport is not None
        parts = request_line.split(" ")
        path = parts[1].split("?", 1)[0] if len(parts) > 1 else "/"
        body = self._routes.body(path)
        status = "200 OK" if body is not None else "404 Not Found"
        payload = body if body is not None else _NOT_FOUND
        self._transport.write(
            f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n"
            f"Connection: {'close' if close else 'keep-alive'}\r\n\r\n".encode()
            + payload
        )
        if close:
            self._transport.close()


def _header(line: str) -> tuple[str, str]:
    name, _, value = line.partition(":")
    return name.strip().lower(), value.strip().lower()


async def serve(routes: Routes, port: int = 0) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _HTTPProtocol(routes), HOST, port, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


class LoopbackServer:
    """Runs `python -m bench.server` in a child process for the duration of a with block."""

    def __init__(self, locations: int) -> None:
        self._locations = locations
        self._process: subprocess.Popen[str] | None = None
        self.origin = ""

    def __enter__(self) -> Self:
        command = [sys.executable, "-m", "bench.server", "--locations", str(self._locations)]
        self._process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        port = self._process.stdout.readline().strip()
        if not port.isdigit():
            self._stop()
            raise RuntimeError(f"the loopback server did not start (printed {port!r})")
        self.origin = f"http://{HOST}:{port}"
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stop()

    def _stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()
        self._process = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--locations", type=int, default=1000)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    asyncio.run(serve(Routes(args.locations), args.port))


if __name__ == "__main__":
    main()
