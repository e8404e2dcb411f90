"""Real network failures for browser tests: the test owns what listens on the platform's
address, and replaces the platform's server with nothing (the port refuses connections),
with a socket that accepts and never answers, or with a captive portal that answers every
request with its own page. The browser's network stays up all along, so
``navigator.onLine`` stays true, as on a device whose Wi-Fi works but whose uplink or
server does not."""

from __future__ import annotations

import multiprocessing
import socket
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORTAL_PAGE = (
    b"<!DOCTYPE html><html lang='en'><head><title>Wi-Fi sign-in</title></head>"
    b"<body><h1>Welcome to the terminal Wi-Fi</h1><p>Accept the terms to browse.</p></body></html>"
)


class _PortalHandler(BaseHTTPRequestHandler):
    """Every method, every path: 200 and the portal's page, as hotel and airport portals
    answer before the person has accepted their terms."""

    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PORTAL_PAGE)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(PORTAL_PAGE)

    do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = do_OPTIONS = _answer

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class _Portal(ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True


class _Silence:
    """Accepts connections and never answers: a server that hangs."""

    def __init__(self, host: str, port: int):
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((host, port))
        self.listener.listen(64)
        self.held: list[socket.socket] = []
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self._hold, daemon=True)
        self.thread.start()

    def _hold(self):
        while not self.closed.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.held.append(connection)

    def close(self):
        self.closed.set()
        self.listener.close()
        for connection in self.held:
            connection.close()


def _standby(base):
    """A server process class like ``base`` whose process waits, before it serves, until
    it is told to start."""

    class Standby(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.go = multiprocessing.Event()

        def run(self):
            self.go.wait()
            super().run()

    return Standby


class ServerCuts:
    """For a ``ChannelsLiveServerTestCase`` (one test per class): stop the live server, put
    something else on its port, and start the platform's server again on the same port
    (same address, so the browser's service worker, caches and cookies stay those of the
    platform's origin).

    The server that comes back is forked with the first one, before the test starts its
    browser, and waits: a process forked once the browser driver runs would take the
    driver's connection and event loop with it, and the browser would not survive it."""

    _stand_in = None
    _standby_process = None

    @classmethod
    def setUpClass(cls):
        from channels.testing.live import make_application, set_database_connection

        super().setUpClass()
        get_application = partial(
            make_application, static_wrapper=cls.static_wrapper if cls.serve_static else None
        )
        cls._standby_process = _standby(cls.ProtocolServerProcess)(
            cls.host, get_application, setup=set_database_connection, port=cls._port
        )
        cls._standby_process.start()

    @classmethod
    def tearDownClass(cls):
        standby = cls._standby_process
        if standby is not None and standby.is_alive() and not standby.go.is_set():
            standby.terminate()
            standby.join()
        super().tearDownClass()

    @classmethod
    def _server_stop(cls):
        cls._server_process.terminate()
        cls._server_process.join(timeout=10)
        if cls._server_process.is_alive():
            cls._server_process.kill()
            cls._server_process.join()

    def tearDown(self):
        self._stand_in_close()
        super().tearDown()

    def server_stop(self):
        """The server is gone: its port refuses connections."""
        self._server_stop()

    def server_hang(self):
        """The server accepts connections and never answers."""
        self._server_stop()
        type(self)._stand_in = _Silence(self.host, self._port)

    def captive_portal(self):
        """A captive portal answers every request in the server's place."""
        self._server_stop()
        portal = _Portal((self.host, self._port), _PortalHandler)
        threading.Thread(target=portal.serve_forever, daemon=True).start()
        type(self)._stand_in = portal

    def _stand_in_close(self):
        stand_in = type(self)._stand_in
        if isinstance(stand_in, _Portal):
            stand_in.shutdown()
            stand_in.server_close()
        elif stand_in is not None:
            stand_in.close()
        type(self)._stand_in = None

    def server_back(self):
        """Whatever stood in goes; the platform's server starts again on its port (once
        per test)."""
        self._stand_in_close()
        standby = type(self)._standby_process
        assert standby is not None and not standby.go.is_set(), "one restart per test"
        standby.go.set()
        while not standby.ready.wait(timeout=1):
            if not standby.is_alive():
                raise RuntimeError("the server did not start again")
        assert standby.port.value == self._port
        type(self)._server_process = standby
