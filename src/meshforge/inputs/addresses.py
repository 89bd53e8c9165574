"""SSRF guard: check a URL's scheme, port and every resolved address before any connection."""

# Written by hand on purpose: no maintained Python library both checks resolved addresses this
# strictly (CGNAT, 6to4, NAT64, ...) and works offline with a pinned connection: advocate is
# archived (2023); safehttpx falls back to Google DNS-over-HTTPS, is GET-only, and lets CGNAT
# (100.64.0.0/10) through.

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from meshforge.inputs.errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

Resolver = Callable[[str, int], Sequence[str]]
"""Turn (host, port) into IP address strings, e.g. `socket.getaddrinfo` underneath."""

ALLOWED_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}

# `is_global` is the main test; these are refused explicitly as well because Python versions
# disagree about some of them (3.11.7 calls 192.0.0.8 and ::7f00:1 global).
_REFUSED_NETWORKS: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] = (
    ipaddress.ip_network("0.0.0.0/8"),  # "this network"; 0.0.0.0 reaches local services on Linux
    ipaddress.ip_network("100.64.0.0/10"),  # carrier-grade NAT, often internal
    ipaddress.ip_network("169.254.0.0/16"),  # link-local, incl. cloud metadata 169.254.169.254
    ipaddress.ip_network("192.0.0.0/24"),  # IETF protocol assignments
    ipaddress.ip_network("::/96"),  # deprecated IPv4-compatible IPv6; some stacks route it to v4
    ipaddress.ip_network("64:ff9b:1::/48"),  # local-use NAT64 (RFC 8215)
)
_NAT64_WELL_KNOWN = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True)
class CheckedTarget:
    """A URL that passed the guard, with the one address the connection must go to."""

    url: httpx.URL
    host: str  # ASCII (IDNA) host, as httpcore will see it
    port: int
    ip: str


def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the OS resolver (`getaddrinfo`), distinct addresses in the order returned."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[str] = []
    for _family, _type, _proto, _canonname, sockaddr in infos:
        address = str(sockaddr[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses a packet to this IPv6 address may really be delivered to."""
    embedded: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        embedded.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        embedded.append(ip.sixtofour)
    if ip.teredo is not None:
        embedded.extend(ip.teredo)
    if ip in _NAT64_WELL_KNOWN:
        embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF))
    return embedded


def is_public_address(ip: IPAddress) -> bool:
    """True when `ip` (and any IPv4 address tunnelled inside it) is globally routable unicast."""
    # is_private alone is not enough: CGNAT is not "private" and multicast counts as global.
    if not ip.is_global or ip.is_multicast:
        return False
    if any(ip.version == net.version and ip in net for net in _REFUSED_NETWORKS):
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        return all(is_public_address(inner) for inner in _embedded_ipv4(ip))
    return True


def _resolve_within(resolver: Resolver, host: str, port: int, timeout_s: float) -> list[str]:
    """Run the resolver in a daemon thread so a hung DNS lookup cannot outlast the deadline."""
    # getaddrinfo has no timeout argument; a stuck lookup leaves one idle thread behind until
    # the OS resolver gives up, which is cheaper than blocking the caller past its deadline.
    outcome: list[Sequence[str]] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(resolver(host, port))
        except BaseException as exc:  # handed back to the caller below
            failure.append(exc)

    worker = threading.Thread(target=run, name="meshforge-resolve", daemon=True)
    worker.start()
    worker.join(max(timeout_s, 0.0))
    if worker.is_alive():
        raise InputError(f"looking up the host {host} took too long")
    if failure:
        if isinstance(failure[0], (OSError, UnicodeError)):
            raise InputError(f"the host {host} could not be found") from failure[0]
        raise failure[0]
    return list(outcome[0])


def parse_url(url: str) -> httpx.URL:
    """Parse with httpx, the library that will send the request, so both read the same host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InputError("the address is not a valid URL") from exc
    if parsed.scheme not in ALLOWED_SCHEMES:
        shown = parsed.scheme or "a relative address"
        raise InputError(f"only http and https addresses are allowed, not {shown}")
    if not parsed.raw_host:
        raise InputError("the address has no host name")
    return parsed


def check_url(
    url: str,
    *,
    allow_private: bool,
    allowed_ports: frozenset[int],
    resolver: Resolver,
    deadline_monotonic_s: float,
) -> CheckedTarget:
    """Validate `url` and resolve its host once; refuse if any address is not public."""
    parsed = parse_url(url)
    host = parsed.raw_host.decode("ascii").lower()
    port = parsed.port if parsed.port is not None else DEFAULT_PORTS[parsed.scheme]
    if not allow_private and port not in allowed_ports:
        raise InputError(f"port {port} is not allowed")

    literal: IPAddress | None
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [str(literal)]
    else:
        remaining_s = deadline_monotonic_s - time.monotonic()
        addresses = _resolve_within(resolver, host, port, remaining_s)
        if not addresses:
            raise InputError(f"the host {host} could not be found")

    if not allow_private:
        for address in addresses:
            try:
                public = is_public_address(ipaddress.ip_address(address.split("%", 1)[0]))
            except ValueError:
                public = False  # a resolver answer that is not an address at all
            if not public:
                # Echo the address only when the user typed it; for a name, naming the
                # internal address it resolves to would leak the server's DNS view.
                if literal is not None:
                    raise InputError(f"the address {host} is not a public address")
                raise InputError(f"the host {host} does not resolve to a public address")
    # Any address is fine once all passed; the first keeps the resolver's preference order.
    return CheckedTarget(url=parsed, host=host, port=port, ip=addresses[0])
