"""A local webhook receiver for tests: scripted answers, every call recorded, optionally held."""

from __future__ import annotations

import http.server
import threading
from typing import Any


class Receiver:
    """Answers from a script of status codes, then 200; records each call.

    With ``hold``, every request waits in the handler until the event is set: a receiver that
    hangs. ``arrived`` is set when the first request comes in.
    """

    def __init__(self, statuses: list[int] | None = None, hold: threading.Event | None = None):
        self.statuses = list(statuses or [])
        self.calls: list[dict[str, Any]] = []
        self.arrived = threading.Event()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.calls.append({"headers": dict(self.headers), "body": body})
                receiver.arrived.set()
                if hold is not None:
                    hold.wait(60)
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        """Stop serving and free the port."""
        self.httpd.shutdown()
        self.httpd.server_close()
