"""A scripted HTTP server on 127.0.0.1 that misbehaves on purpose.

Each path has a script: a list of faults played one per request (the last one repeats).
The server counts requests per path, so a test can prove a POST was sent exactly once;
it also notes when each request arrived and how many body bytes each answer got out
before the client hung up (a streamed Reply: a trickle, or a body too large to read).
"""

from __future__ import annotations

import json
import socket
import socketserver
import struct
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | str | Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    #: Send these chunks instead of `body`, `chunk_delay` seconds before each, without a
    #: Content-Length unless `headers` has one (the body ends when the connection closes).
    stream: Callable[[], Iterable[bytes]] | None = None
    chunk_delay: float = 0.0

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


#: Close the connection with a TCP reset instead of answering.
RESET = Reply(status=-1)


def trickle(body: Any, every: float, status: int = 200) -> Reply:
    """Headers at once, then the body one byte every `every` seconds."""
    payload = Reply(body=body).payload()
    return Reply(status, stream=lambda: (payload[i : i + 1] for i in range(len(payload))),
                 chunk_delay=every)  # fmt: skip


def endless(status: int = 200, *, size: int, content_type: str = "text/html") -> Reply:
    """A `size`-byte body without Content-Length, sent in 64 KiB chunks for as long as the
    client reads."""
    chunk = b"<p>" + b"x" * (65536 - 3)

    def chunks() -> Iterator[bytes]:
        for start in range(0, size, len(chunk)):
            yield chunk[: min(len(chunk), size - start)]

    return Reply(status, headers={"Content-Type": content_type}, stream=chunks)


def ok(data: Any = (), meta: Any = ()) -> Reply:
    return Reply(
        200,
        {
            "success": True,
            "data": [] if data == () else data,
            "meta": [] if meta == () else meta,
        },
    )


class FaultServer:
    def __init__(self) -> None:
        self.scripts: dict[str, list[Reply]] = {}
        self.hits: defaultdict[str, int] = defaultdict(int)
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        #: (path, time.monotonic() on arrival) of every request, in order.
        self.arrivals: list[tuple[str, float]] = []
        #: (path, body bytes written) of every streamed answer, once it ended.
        self.streamed: list[tuple[str, int]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def script(self, path: str, *replies: Reply) -> None:
        self.scripts[path] = list(replies)

    def _next(self, path: str) -> Reply:
        with self._lock:
            self.hits[path] += 1
            script = self.scripts.get(path) or [Reply(404, {"success": False, "meta": {}})]
            return script.pop(0) if len(script) > 1 else script[0]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                arrived = time.monotonic()
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0]
                with server._lock:
                    server.requests.append((self.command, self.path, dict(self.headers), body))
                    server.arrivals.append((path, arrived))
                reply = server._next(path)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply is RESET or reply.status == -1:
                    linger = struct.pack("ii", 1, 0)  # close with RST, not FIN
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                    self.connection.close()
                    self.close_connection = True
                    return
                if reply.stream is not None:
                    self._stream(path, reply)
                    return
                payload = reply.payload()
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                try:
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up first (a timeout test): nothing to say
                    self.close_connection = True

            def _stream(self, path: str, reply: Reply) -> None:
                assert reply.stream is not None
                self.send_response(reply.status)
                for name, value in {"Content-Type": "application/json", **reply.headers}.items():
                    self.send_header(name, value)
                written = 0
                try:
                    self.end_headers()
                    for chunk in reply.stream():
                        if reply.chunk_delay:
                            time.sleep(reply.chunk_delay)
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        written += len(chunk)
                except OSError:  # the client hung up: what we got out is what counts
                    pass
                self.close_connection = True
                with server._lock:
                    server.streamed.append((path, written))

            do_GET = do_POST = _serve

        return Handler

    @contextmanager
    def running(self) -> Iterator[FaultServer]:
        with serving(self._server):
            yield self


@contextmanager
def serving(server: socketserver.BaseServer) -> Iterator[None]:
    """Serve on a thread for the `with` block, then shut the server down and close it."""
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def send_json(handler: BaseHTTPRequestHandler, status: int, body: Any) -> None:
    """Answer with `body` as JSON, Content-Length set (so a connection can be kept)."""
    payload = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)
