"""A scripted HTTP server on 127.0.0.1 that misbehaves on purpose.

Each path has a script: a list of faults played one per request (the last one repeats).
The server counts requests per path, so a test can prove a POST was sent exactly once.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
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

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode()
        return json.dumps(self.body).encode()


#: Close the connection with a TCP reset instead of answering.
RESET = Reply(status=-1)


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
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0]
                with server._lock:
                    server.requests.append((self.command, self.path, dict(self.headers), body))
                reply = server._next(path)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply is RESET or reply.status == -1:
                    linger = struct.pack("ii", 1, 0)  # close with RST, not FIN
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                    self.connection.close()
                    self.close_connection = True
                    return
                payload = reply.payload()
                self.send_response(reply.status)
                headers = {"Content-Type": "application/json", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _serve

        return Handler

    @contextmanager
    def running(self) -> Iterator[FaultServer]:
        thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
            thread.join(timeout=5)
