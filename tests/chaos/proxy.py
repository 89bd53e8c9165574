"""FaultProxy: a TCP proxy on loopback that can cut, black-hole or slow the service behind it.

Hand-written because nothing well kept does this from Python: Toxiproxy is a Go server that
Debian does not package and PyPI only has clients for; the asyncio chaos proxies on PyPI
(``faulty``, ``faultlib``, ``asyncproxy``) are one-author releases of the last months. What is
needed is small: forward bytes, and on command (from any thread)

- ``cut()``: reset every open connection and refuse new ones (a restart, a crash, a failover),
- ``blackhole()``: reset open connections, then accept new ones and never answer (a
  partition, a firewall dropping packets: clients must time out on their own),
- ``slow(latency_s)``: hold every client-to-server chunk this long (a slow database: with a
  request/response protocol this adds the latency to each query),
- ``heal()``: back to plain forwarding on the same port.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import Coroutine
from typing import Any

#: bytes read per chunk
_CHUNK = 65536


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST (SO_LINGER 0), as a dying server or a failover does."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class FaultProxy:
    """Forwards 127.0.0.1:<port> to ``upstream``; every fault is switched from the test thread."""

    def __init__(self, name: str, upstream_host: str, upstream_port: int) -> None:
        self.name = name
        self.upstream = (upstream_host, upstream_port)
        self.mode = "pass"  #: pass, cut, blackhole
        self.latency_s = 0.0
        self.connections_total = 0
        #: client connections open right now (a pool that leaks keeps this high when idle)
        self.open_connections = 0
        self._writers: set[asyncio.StreamWriter] = set()
        self._server: asyncio.base_events.Server | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=f"proxy-{name}")
        self._thread.daemon = True
        self._thread.start()
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self._call(self._listen())

    # ---- control, from any thread --------------------------------------------------------

    def cut(self) -> None:
        """Reset every connection and refuse new ones until ``heal``."""
        self._call(self._set("cut"))

    def blackhole(self) -> None:
        """Reset every connection; accept new ones but never forward a byte, until ``heal``."""
        self._call(self._set("blackhole"))

    def slow(self, latency_s: float) -> None:
        """Delay every client-to-server chunk by ``latency_s``."""
        self.latency_s = latency_s

    def heal(self) -> None:
        """Forward again, without latency."""
        self.latency_s = 0.0
        self._call(self._set("pass"))

    def close(self) -> None:
        """Stop listening, drop every connection, stop the loop."""
        self._call(self._set("cut"))
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    def _call(self, coroutine: Coroutine[Any, Any, None]) -> None:
        asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)

    # ---- the loop's side -----------------------------------------------------------------

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(
            self._accept, "127.0.0.1", self.port, reuse_address=True
        )

    async def _set(self, mode: str) -> None:
        self.mode = mode
        if mode in ("cut", "blackhole"):
            for writer in list(self._writers):
                _reset(writer)
            self._writers.clear()
        if mode == "cut" and self._server is not None:
            self._server.close()  # refused from now on: nobody listens on the port
            self._server = None
        elif mode != "cut" and self._server is None:
            await self._listen()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections_total += 1
        self.open_connections += 1
        self._writers.add(writer)
        try:
            if self.mode == "blackhole":
                await reader.read()  # swallow whatever comes until the client gives up
                return
            try:
                up_reader, up_writer = await asyncio.open_connection(*self.upstream)
            except OSError:
                _reset(writer)
                return
            self._writers.add(up_writer)
            try:
                await asyncio.gather(
                    self._pump(reader, up_writer, delayed=True),
                    self._pump(up_reader, writer, delayed=False),
                )
            finally:
                self._writers.discard(up_writer)
                up_writer.transport.abort()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            self.open_connections -= 1
            self._writers.discard(writer)
            writer.transport.abort()

    async def _pump(
        self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, *, delayed: bool
    ) -> None:
        try:
            while chunk := await source.read(_CHUNK):
                if delayed and self.latency_s > 0:
                    await asyncio.sleep(self.latency_s)
                if self.mode == "blackhole":
                    continue  # a partition: bytes go nowhere
                sink.write(chunk)
                await sink.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            # one side ended: end the other, so neither waits forever
            sink.transport.abort()
