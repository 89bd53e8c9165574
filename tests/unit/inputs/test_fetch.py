"""SSRF guard, pinned connections, redirects, size and time limits of fetch_url (127.0.0.1 only)."""

from __future__ import annotations

import contextlib
import io
import ipaddress
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpcore
import httpx
import pytest
from PIL import Image

from meshforge.inputs import InputError, InputTooLarge, fetch_url, is_public_address
from meshforge.inputs.addresses import system_resolver
from meshforge.inputs.images import IMAGE_CONTENT_TYPES, load_image_input
from meshforge.inputs.pinned import PinnedNetworkBackend, PinnedTransport

PUBLIC_IP = "93.184.215.14"  # a global address; the dial spy reroutes it, nothing leaves the box


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), (200, 30, 40)).save(out, format="PNG")
    return out.getvalue()


PNG = _png()


@dataclass
class Canary:
    """A 127.0.0.1 HTTP server that records every accepted connection and request."""

    port: int = 0
    connections: int = 0
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Host)

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _CanaryServer

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _send(self, status: int, body: bytes, content_type: str = "image/png") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.server.canary.requests.append((self.path, self.headers.get("Host")))
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        # The client gives up on purpose in the size and time limit tests.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route(parts.path, query)

    def _route(self, path: str, query: dict[str, list[str]]) -> None:
        if path == "/image.png":
            self._send(200, PNG)
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", query["to"][0])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/html":
            self._send(200, b"<html>a web page</html>", "text/html; charset=utf-8")
        elif path == "/declared-huge":
            self.send_response(200)
            self.send_header("Content-Length", "10000000")
            self.end_headers()
            self.wfile.write(b"x" * 100)
        elif path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(16):
                self.wfile.write(b"10000\r\n" + b"x" * 0x10000 + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(100):  # one byte every 50 ms: each read is quick, the whole is not
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.05)
        else:
            self._send(404, b"internal secret body", "text/plain")


class _CanaryServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, canary: Canary) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.canary = canary

    def process_request(self, request: Any, client_address: Any) -> None:
        self.canary.connections += 1
        super().process_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # aborted downloads are expected


@pytest.fixture
def canary() -> Iterator[Canary]:
    canary = Canary()
    server = _CanaryServer(canary)
    canary.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.start()
    yield canary
    server.shutdown()
    server.server_close()
    thread.join()


@dataclass
class DialSpy:
    """Records every TCP dial; reroutes fake public addresses to the canary."""

    dials: list[tuple[str, int]] = field(default_factory=list)
    reroute: dict[tuple[str, int], int] = field(default_factory=dict)  # -> 127.0.0.1 port


@pytest.fixture(autouse=True)
def dial_spy(monkeypatch: pytest.MonkeyPatch) -> DialSpy:
    spy = DialSpy()
    real_connect = httpcore.SyncBackend.connect_tcp

    def connect_tcp(self: httpcore.SyncBackend, host: str, port: int, **kwargs: Any) -> Any:
        spy.dials.append((host, port))
        if (host, port) in spy.reroute:
            return real_connect(self, "127.0.0.1", spy.reroute[(host, port)], **kwargs)
        # These tests must never send a packet anywhere but loopback.
        assert ipaddress.ip_address(host).is_loopback, f"dialled {host}"
        return real_connect(self, host, port, **kwargs)

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", connect_tcp)
    return spy


def fake_resolver(table: dict[str, Sequence[str]]) -> Callable[[str, int], Sequence[str]]:
    def resolve(host: str, port: int) -> Sequence[str]:
        return table[host]

    return resolve


SSRF_URLS = [
    "http://127.0.0.1:{port}/image.png",
    "http://localhost:{port}/image.png",
    "http://[::1]:{port}/image.png",
    "http://127.0.0.1/",
    "http://localhost/",
    "http://[::1]/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://127.1/",
    "http://0177.0.0.1/",
    "http://0/",
    "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::127.0.0.1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://10.0.0.1/",
    "http://192.168.1.1/",
    "http://224.0.0.1/",
    "http://[fd00:ec2::254]/",
    "http://[2002:7f00:1::]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://127.0.0.1\\@evil.example/",
    "https://evil.example#@127.0.0.1/",
    "file:///etc/passwd",
    "ftp://x/",
    "gopher://x/",
    "dict://x:11211/",
    "http://" + PUBLIC_IP + ":22/",
    "http://" + PUBLIC_IP + ":6379/",
    "http://public.example:8080/",
    "/relative/path",
    "http://",
]


def _or_system(
    resolver: Callable[[str, int], Sequence[str]],
) -> Callable[[str, int], Sequence[str]]:
    def resolve(host: str, port: int) -> Sequence[str]:
        try:
            return resolver(host, port)
        except KeyError:
            return system_resolver(host, port)  # numeric forms and localhost, no DNS traffic

    return resolve


@pytest.mark.parametrize("template", SSRF_URLS)
def test_ssrf_forms_are_refused_before_any_connection(
    template: str, canary: Canary, dial_spy: DialSpy
) -> None:
    url = template.format(port=canary.port)
    # A resolver that would only ever hand out a public address for the test hosts.
    resolver = fake_resolver({"public.example": [PUBLIC_IP], "evil.example": ["10.1.2.3"]})
    with pytest.raises(InputError):
        fetch_url(
            url,
            max_bytes=10_000,
            timeout_s=2,
            # The canary's own port is allowed so that the address check is what refuses.
            allowed_ports=frozenset({80, 443, canary.port}),
            resolver=_or_system(resolver),
        )
    assert canary.connections == 0
    assert dial_spy.dials == []


def test_port_outside_the_allow_list_is_refused(canary: Canary, dial_spy: DialSpy) -> None:
    with pytest.raises(InputError, match=f"port {canary.port} is not allowed"):
        fetch_url(canary.url("/image.png"), max_bytes=10_000, timeout_s=2)
    assert canary.connections == 0
    assert dial_spy.dials == []


def test_refusal_message_is_actionable_and_names_the_field(canary: Canary) -> None:
    with pytest.raises(InputError) as caught:
        load_image_input(
            canary.url("/image.png").replace(f":{canary.port}", ""),
            field="init_image",
            max_bytes=10_000,
            max_pixels=1_000_000,
            timeout_s=2,
        )
    assert str(caught.value) == (
        "init_image: could not download the image: the address 127.0.0.1 is not a public address"
    )


def test_hostname_refusal_does_not_reveal_the_internal_address() -> None:
    resolver = fake_resolver({"intranet.example": ["10.9.8.7"]})
    with pytest.raises(InputError) as caught:
        fetch_url("http://intranet.example/", max_bytes=10, timeout_s=2, resolver=resolver)
    assert "10.9.8.7" not in str(caught.value)
    assert "intranet.example" in str(caught.value)


def test_any_non_public_address_in_the_answer_refuses(dial_spy: DialSpy) -> None:
    resolver = fake_resolver({"mixed.example": [PUBLIC_IP, "127.0.0.1"]})
    with pytest.raises(InputError, match="does not resolve to a public address"):
        fetch_url("http://mixed.example/", max_bytes=10, timeout_s=2, resolver=resolver)
    assert dial_spy.dials == []


@pytest.mark.parametrize(
    ("address", "public"),
    [
        (PUBLIC_IP, True),
        ("2606:4700::1111", True),
        ("2002:5db8:d70e::", True),  # 6to4 around the public test address
        ("64:ff9b::5db8:d70e", True),  # NAT64 around it
        ("100.64.0.1", False),
        ("169.254.169.254", False),
        ("192.0.0.8", False),
        ("ff0e::1", False),
        ("64:ff9b:1::1", False),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),  # Teredo
        ("2002:a00:1::", False),  # 6to4 around 10.0.0.1
    ],
)
def test_address_classification(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


def test_allow_private_serves_the_canary_png(canary: Canary) -> None:
    image = load_image_input(
        canary.url("/image.png"),
        field="init_image",
        max_bytes=100_000,
        max_pixels=1_000_000,
        timeout_s=2,
        allow_private=True,
    )
    assert image.rgba.shape == (6, 8, 4)
    assert image.format == "PNG"
    assert canary.connections == 1


def test_redirect_to_loopback_is_followed_only_when_allowed(canary: Canary) -> None:
    url = canary.url("/redirect?to=" + canary.url("/image.png"))
    assert fetch_url(url, max_bytes=100_000, timeout_s=2, allow_private=True) == PNG
    assert [path for path, _host in canary.requests] == [
        "/redirect?to=" + canary.url("/image.png"),
        "/image.png",
    ]


def test_public_host_redirecting_to_loopback_is_refused(canary: Canary, dial_spy: DialSpy) -> None:
    dial_spy.reroute[(PUBLIC_IP, 80)] = canary.port
    resolver = fake_resolver({"images.example": [PUBLIC_IP]})
    target = canary.url("/image.png")
    with pytest.raises(InputError, match=r"127\.0\.0\.1 is not a public address"):
        fetch_url(
            f"http://images.example/redirect?to={target}",
            max_bytes=100_000,
            timeout_s=2,
            # The canary's port is allowed so that the address check is what refuses.
            allowed_ports=frozenset({80, canary.port}),
            resolver=resolver,
        )
    assert [path for path, _host in canary.requests] == [f"/redirect?to={target}"]
    assert dial_spy.dials == [(PUBLIC_IP, 80)]


def test_redirect_to_a_private_name_or_other_scheme_is_refused(
    canary: Canary, dial_spy: DialSpy
) -> None:
    dial_spy.reroute[(PUBLIC_IP, 80)] = canary.port
    resolver = fake_resolver({"images.example": [PUBLIC_IP], "db.internal": ["10.0.0.5"]})
    for target in ("http://db.internal/", "file:///etc/passwd"):
        with pytest.raises(InputError):
            fetch_url(
                f"http://images.example/redirect?to={target}",
                max_bytes=100,
                timeout_s=2,
                resolver=resolver,
            )
    assert dial_spy.dials == [(PUBLIC_IP, 80)] * 2


def test_invalid_redirect_location_is_an_input_error(canary: Canary) -> None:
    with pytest.raises(InputError, match="invalid response"):
        fetch_url(
            canary.url("/redirect?to=http://[::1"), max_bytes=100, timeout_s=2, allow_private=True
        )


def test_redirects_stop_after_three(canary: Canary) -> None:
    with pytest.raises(InputError, match="too many redirects"):
        fetch_url(canary.url("/loop"), max_bytes=100, timeout_s=2, allow_private=True)
    assert len(canary.requests) == 4


def test_dns_rebinding_connects_to_the_checked_address(canary: Canary, dial_spy: DialSpy) -> None:
    answers = iter([[PUBLIC_IP], ["127.0.0.1"]])
    calls: list[str] = []

    def rebinding_resolver(host: str, port: int) -> Sequence[str]:
        calls.append(host)
        return next(answers)

    dial_spy.reroute[(PUBLIC_IP, 80)] = canary.port
    body = fetch_url(
        "http://rebind.example/image.png",
        max_bytes=100_000,
        timeout_s=2,
        resolver=rebinding_resolver,
    )
    assert body == PNG
    assert calls == ["rebind.example"]  # resolved once; httpx never resolves again
    assert dial_spy.dials == [(PUBLIC_IP, 80)]
    assert canary.requests == [("/image.png", "rebind.example")]  # original Host header


class _RecordingStream(httpcore.NetworkStream):
    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        del ssl_context, timeout
        self.record["sni"] = server_hostname
        raise httpcore.ConnectError("stop here: no real handshake in tests")

    def close(self) -> None:
        pass


class _RecordingBackend(httpcore.NetworkBackend):
    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        del timeout, local_address, socket_options
        self.record["dial"] = (host, port)
        return _RecordingStream(self.record)


def test_tls_uses_the_original_name_for_sni_while_dialling_the_pin() -> None:
    record: dict[str, Any] = {}
    backend = PinnedNetworkBackend(
        {("secure.example", 443): PUBLIC_IP},
        time.monotonic() + 5,
        inner=_RecordingBackend(record),
    )
    with (
        httpx.Client(transport=PinnedTransport(backend)) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get("https://secure.example/")
    assert record == {"dial": (PUBLIC_IP, 443), "sni": "secure.example"}


def test_backend_refuses_hosts_that_were_not_checked() -> None:
    backend = PinnedNetworkBackend({("a.example", 80): PUBLIC_IP}, time.monotonic() + 5)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("b.example", 80)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("a.example", 8080)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_unix_socket("/var/run/docker.sock")


def test_proxy_variables_are_ignored(canary: Canary, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://10.0.0.1:3128")
    monkeypatch.setenv("ALL_PROXY", "http://10.0.0.1:3128")
    assert fetch_url(canary.url("/image.png"), max_bytes=10**5, timeout_s=2, allow_private=True)


def test_declared_length_over_the_cap_is_refused_early(canary: Canary) -> None:
    with pytest.raises(InputTooLarge, match="1 KB"):
        fetch_url(canary.url("/declared-huge"), max_bytes=1000, timeout_s=2, allow_private=True)


def test_chunked_body_over_the_cap_is_cut_off(canary: Canary) -> None:
    with pytest.raises(InputTooLarge):
        fetch_url(canary.url("/chunked"), max_bytes=100_000, timeout_s=2, allow_private=True)


def test_body_at_the_cap_is_accepted(canary: Canary) -> None:
    assert fetch_url(canary.url("/image.png"), max_bytes=len(PNG), timeout_s=2, allow_private=True)


def test_trickling_server_hits_the_total_deadline(canary: Canary) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"within 0\.4 s"):
        fetch_url(canary.url("/slow"), max_bytes=10_000, timeout_s=0.4, allow_private=True)
    assert time.monotonic() - started < 1.5


def test_http_error_status_is_reported_without_the_body(canary: Canary) -> None:
    with pytest.raises(InputError) as caught:
        fetch_url(canary.url("/missing"), max_bytes=10_000, timeout_s=2, allow_private=True)
    assert "HTTP 404" in str(caught.value)
    assert "secret" not in str(caught.value)


def test_web_page_is_refused_when_images_are_expected(canary: Canary) -> None:
    with pytest.raises(InputError, match="text/html"):
        fetch_url(
            canary.url("/html"),
            max_bytes=10_000,
            timeout_s=2,
            allow_private=True,
            allowed_content_types=IMAGE_CONTENT_TYPES,
        )


def test_closed_port_gives_a_generic_message() -> None:
    with pytest.raises(InputError, match="could not be reached"):
        fetch_url("http://127.0.0.1:9/", max_bytes=10, timeout_s=2, allow_private=True)


def test_unknown_host_is_an_input_error() -> None:
    def nxdomain(host: str, port: int) -> Sequence[str]:
        raise OSError("Name or service not known")

    with pytest.raises(InputError, match="could not be found"):
        fetch_url("http://nowhere.example/", max_bytes=10, timeout_s=2, resolver=nxdomain)


def test_hung_resolver_is_bounded_by_the_deadline() -> None:
    release = threading.Event()

    def hung(host: str, port: int) -> Sequence[str]:
        release.wait(5)
        return [PUBLIC_IP]

    started = time.monotonic()
    try:
        with pytest.raises(InputError, match="took too long"):
            fetch_url("http://slow-dns.example/", max_bytes=10, timeout_s=0.2, resolver=hung)
    finally:
        release.set()
    assert time.monotonic() - started < 1
