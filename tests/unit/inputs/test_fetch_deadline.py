"""fetch_url's timeout bounds the whole download, however a slow sender spreads its bytes.

httpx's own timeouts are per read: a server sending a byte just before each would run for
ever. The body case is in test_fetch.py; these cover headers and redirect chains.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from meshforge.inputs import InputError, fetch_url


class _SlowHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        try:
            if self.path == "/slow-headers":
                # each byte of the status line and headers comes well inside a read timeout
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n" * 20:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.02)
            elif self.path.startswith("/hop/"):
                hop = int(self.path.rsplit("/", 1)[1])
                time.sleep(0.25)  # each hop is quick, three of them are not
                self.send_response(302)
                self.send_header("Location", f"/hop/{hop + 1}")
                self.send_header("Content-Length", "0")
                self.end_headers()
        except OSError:
            pass  # the client gave up, as it should


@pytest.fixture
def slow_url() -> Iterator[str]:
    """Base URL of a loopback server with slow headers and slow redirects."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_trickling_headers_hit_the_total_deadline(slow_url: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"within 0\.5 s"):
        fetch_url(f"{slow_url}/slow-headers", max_bytes=10_000, timeout_s=0.5, allow_private=True)
    assert time.monotonic() - started < 1.5


def test_slow_redirect_hops_share_one_deadline(slow_url: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"within 0\.6 s"):
        fetch_url(f"{slow_url}/hop/0", max_bytes=10_000, timeout_s=0.6, allow_private=True)
    assert time.monotonic() - started < 1.5
