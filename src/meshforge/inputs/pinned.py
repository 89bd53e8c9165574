"""An httpx client whose connections go only to addresses the SSRF guard already checked."""

# Hand-written with addresses.py (see the note there): the network backend below dials the
# checked IP while httpcore keeps the original name for the Host header and TLS SNI, so a DNS
# answer that changes between check and connect (rebinding) is never used.

from __future__ import annotations

import functools
import ssl
import time
from collections.abc import Iterable, Mapping
from typing import Any

import httpcore
import httpx

from meshforge.inputs.addresses import CheckedTarget


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    """One verifying TLS context for the process; loading the CA bundle costs milliseconds."""
    return httpx.create_ssl_context(trust_env=False)


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read, write and handshake ends by one absolute deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline_monotonic_s: float) -> None:
        self._inner = inner
        self._deadline_monotonic_s = deadline_monotonic_s

    def _clamp(self, timeout_s: float | None, error: type[Exception]) -> float:
        # Per-operation timeouts alone let a server trickle one byte at a time for ever.
        remaining_s = self._deadline_monotonic_s - time.monotonic()
        if remaining_s <= 0:
            raise error("deadline passed")
        return remaining_s if timeout_s is None else min(timeout_s, remaining_s)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read up to `max_bytes`, waiting no later than the deadline."""
        return self._inner.read(max_bytes, self._clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write `buffer`, waiting no later than the deadline."""
        self._inner.write(buffer, self._clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        """Close the underlying socket."""
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        """Run the TLS handshake (SNI = the original host name) within the deadline."""
        clamped_s = self._clamp(timeout, httpcore.ConnectTimeout)
        tls = self._inner.start_tls(ssl_context, server_hostname, clamped_s)
        return DeadlineStream(tls, self._deadline_monotonic_s)

    def get_extra_info(self, info: str) -> Any:
        """Pass through (httpcore asks e.g. whether the socket is readable)."""
        return self._inner.get_extra_info(info)


class PinnedNetworkBackend(httpcore.NetworkBackend):
    """Dials the pinned IP for each checked (host, port); refuses anything else."""

    def __init__(
        self,
        pins: Mapping[tuple[str, int], str],
        deadline_monotonic_s: float,
        inner: httpcore.NetworkBackend | None = None,
    ) -> None:
        self._pins = {(host.lower(), port): ip for (host, port), ip in pins.items()}
        self._deadline_monotonic_s = deadline_monotonic_s
        self._inner = inner if inner is not None else httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Connect to the address checked for `host`, never to a fresh DNS answer."""
        ip = self._pins.get((host.lower(), port))
        if ip is None:
            raise httpcore.ConnectError("refused: this address was not checked")
        remaining_s = self._deadline_monotonic_s - time.monotonic()
        if remaining_s <= 0:
            raise httpcore.ConnectTimeout("deadline passed")
        connect_timeout_s = remaining_s if timeout is None else min(timeout, remaining_s)
        stream = self._inner.connect_tcp(
            ip,
            port,
            timeout=connect_timeout_s,
            local_address=local_address,
            socket_options=socket_options,
        )
        return DeadlineStream(stream, self._deadline_monotonic_s)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Always refused: fetches go over TCP to checked addresses only."""
        del path, timeout, socket_options  # part of the interface, nothing to use them for
        raise httpcore.ConnectError("refused: unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        """Sleep (httpcore uses this between connection retries)."""
        time.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (request/response mapping, errors) over a pinned backend."""

    def __init__(
        self, backend: PinnedNetworkBackend, *, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        context = ssl_context if ssl_context is not None else _default_ssl_context()
        super().__init__(verify=context, trust_env=False)
        # httpx takes no network backend argument, so swap its pool for one that has ours.
        # Checked here so an httpx change fails loudly instead of silently unpinning.
        if not isinstance(getattr(self, "_pool", None), httpcore.ConnectionPool):
            raise RuntimeError("unsupported httpx version: HTTPTransport has no _pool")
        self._pool = httpcore.ConnectionPool(
            ssl_context=context, network_backend=backend, http1=True, http2=False, retries=0
        )


def pinned_client(
    target: CheckedTarget,
    *,
    deadline_monotonic_s: float,
    headers: Mapping[str, str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> httpx.Client:
    """An httpx client that can reach only `target` (at its checked IP) before the deadline."""
    backend = PinnedNetworkBackend({(target.host, target.port): target.ip}, deadline_monotonic_s)
    remaining_s = max(deadline_monotonic_s - time.monotonic(), 0.001)
    return httpx.Client(
        transport=PinnedTransport(backend, ssl_context=ssl_context),
        # trust_env=False: an HTTP(S)_PROXY variable would otherwise mount a proxy transport
        # in front of ours and the proxy would resolve the name again.
        trust_env=False,
        follow_redirects=False,
        timeout=httpx.Timeout(remaining_s),
        headers=headers,
    )
