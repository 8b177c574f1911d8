"""Serving the app: a threaded WSGI server on 127.0.0.1 unless told otherwise.

werkzeug's ``make_server(threaded=True)`` (it comes with Flask: no extra dependency) runs each
request in its own thread, which is plenty for a handful of reviewers; the verdict store
serialises writes in SQLite. Binding to any address that is not loopback needs
``allow_remote`` and a password (HTTP basic auth), because anyone who can reach the port could
otherwise read the corpus and write verdicts.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from dataclasses import dataclass
from typing import Optional

from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
PASSWORD_ENV = "EVIDENCE_REVIEW_PASSWORD"


class BindError(ValueError):
    """A host the app may not listen on as asked; the message says what to add."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or 'localhost' (a name is resolved)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)


def check_bind(host: str, allow_remote: bool, password: Optional[str]) -> Optional[str]:
    """The password the app must ask for (None on loopback without one); raise BindError when not allowed."""
    if is_loopback(host):
        return password or None
    if not allow_remote:
        raise BindError(
            f"{host} is not a loopback address: anyone who can reach it could read the corpus and write verdicts; "
            f"add --allow-remote and a password (--password or ${PASSWORD_ENV}) to serve it there"
        )
    if not password:
        raise BindError(f"serving on {host} needs a password: give --password or set ${PASSWORD_ENV}")
    return password


@dataclass
class RunningServer:
    """A server answering in a background thread; :meth:`stop` shuts it down."""

    server: BaseWSGIServer
    thread: threading.Thread

    @property
    def url(self) -> str:
        host = self.server.host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.server.port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def make(app: Flask, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> BaseWSGIServer:
    """A threaded WSGI server for ``app`` bound to ``host:port`` (port 0: any free port)."""
    return make_server(host, port, app, threaded=True)


def start(app: Flask, host: str = DEFAULT_HOST, port: int = 0) -> RunningServer:
    """Serve ``app`` in a daemon thread (port 0: a free port; see ``.url``)."""
    server = make(app, host, port)
    thread = threading.Thread(target=server.serve_forever, name="evidence-review", daemon=True)
    thread.start()
    return RunningServer(server, thread)
