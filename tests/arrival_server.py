"""A loopback HTTP/1.1 server that notes when each request arrived, as the host saw it: the
kernel's receive timestamp of the request's first byte (SO_TIMESTAMPNS, wall clock), so
that however late this process gets to read it, the count is the arrivals'. Every request
gets 200 with an empty Altegio envelope; connections are kept alive. For the rate-limit
soak (tests/limit_soak.py)."""

from __future__ import annotations

import selectors
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_BODY = b'{"success": true, "data": [], "meta": []}'
_ANSWER = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    b"Content-Length: " + str(len(_BODY)).encode() + b"\r\n\r\n" + _BODY
)
_TIMESPEC = struct.Struct("@ll")
#: Linux's SO_TIMESTAMPNS (= SCM_TIMESTAMPNS); Python names it from 3.14 on.
_SO_TIMESTAMPNS: int = getattr(socket, "SO_TIMESTAMPNS", 35)


class ArrivalServer:
    def __init__(self) -> None:
        self.arrivals: list[float] = []  # wall-clock seconds, in the order read
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        # Set before accepting (connections inherit it): a request may arrive before accept().
        self._listener.setsockopt(socket.SOL_SOCKET, _SO_TIMESTAMPNS, 1)
        self._listener.setblocking(False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._listener, selectors.EVENT_READ)
        self._pending: dict[socket.socket, bytes] = {}
        self._stopping = threading.Event()

    @property
    def url(self) -> str:
        port = self._listener.getsockname()[1]
        return f"http://127.0.0.1:{port}"

    @contextmanager
    def running(self) -> Iterator[ArrivalServer]:
        thread = threading.Thread(target=self._serve, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stopping.set()
            thread.join(timeout=10)
            for connection in list(self._pending):
                connection.close()
            self._listener.close()
            self._selector.close()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            for key, _ in self._selector.select(timeout=0.05):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                if sock is self._listener:
                    self._accept()
                else:
                    self._read(sock)

    def _accept(self) -> None:
        try:
            connection, _ = self._listener.accept()
        except BlockingIOError:
            return
        connection.setblocking(False)
        self._pending[connection] = b""
        self._selector.register(connection, selectors.EVENT_READ)

    def _read(self, connection: socket.socket) -> None:
        try:
            data, ancillary, _, _ = connection.recvmsg(65536, socket.CMSG_SPACE(_TIMESPEC.size))
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data, ancillary = b"", []
        if not data:
            self._selector.unregister(connection)
            del self._pending[connection]
            connection.close()
            return
        received = next(
            (
                seconds + nanoseconds / 1e9
                for level, kind, value in ancillary
                if level == socket.SOL_SOCKET and kind == _SO_TIMESTAMPNS
                for seconds, nanoseconds in [_TIMESPEC.unpack(value[: _TIMESPEC.size])]
            ),
            None,
        )
        assert received is not None, "no receive timestamp"
        buffered = self._pending[connection]
        if not buffered:
            self.arrivals.append(received)  # this read starts a request
        buffered += data
        answers = 0
        while b"\r\n\r\n" in buffered:  # GETs without a body: a request ends its headers
            _, buffered = buffered.split(b"\r\n\r\n", 1)
            answers += 1
            if buffered:
                self.arrivals.append(received)  # the next one came in the same read
        self._pending[connection] = buffered
        if answers:
            connection.sendall(_ANSWER * answers)
