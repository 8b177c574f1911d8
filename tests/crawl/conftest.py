"""A local web site for the crawler tests: a real threaded HTTP server (pytest-httpserver) on
127.0.0.1 whose routes a test sets, which answers conditional requests with 304, and which
logs every request it gets with its time, so tests assert on what the crawler really sent."""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from extract.crawl import CrawlSettings, load_settings


@dataclass
class Hit:
    """One request the site received."""

    at: float
    method: str
    path: str
    headers: dict[str, str]
    status: int

    @property
    def conditional(self) -> bool:
        return "If-None-Match" in self.headers or "If-Modified-Since" in self.headers


Handler = Callable[[Request], Response]


class Site:
    """Routes by path (query included); every request logged; unknown paths are 404."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.routes: dict[str, Handler] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        server.expect_request(re.compile(".*")).respond_with_handler(self._dispatch)

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server.port}"

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def page(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
             validators: bool = True, headers: Optional[dict[str, str]] = None) -> None:
        """A static resource; with ``validators`` it has an ETag and Last-Modified and answers
        a matching conditional request with 304."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'

        def handler(request: Request) -> Response:
            extra = dict(headers or {})
            if validators:
                extra.update({"ETag": etag, "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})
                if request.headers.get("If-None-Match") == etag:
                    return Response(status=304, headers=extra)
            return Response(data, status=200, content_type=content_type, headers=extra)

        self.route(path, handler)

    def robots(self, text: str) -> None:
        self.page("/robots.txt", text, content_type="text/plain")

    def requests_to(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path]

    def page_hits(self) -> list[Hit]:
        """Every request but those for robots.txt."""
        with self._lock:
            return [h for h in self.hits if h.path != "/robots.txt"]

    def _dispatch(self, request: Request) -> Response:
        path = request.full_path.rstrip("?") if request.query_string else request.path
        hit = Hit(time.monotonic(), request.method, path, dict(request.headers), 0)  # logged on arrival
        with self._lock:
            self.hits.append(hit)
        handler = self.routes.get(path)
        response = handler(request) if handler else Response("not found", status=404, content_type="text/plain")
        hit.status = response.status_code
        return response


def _site() -> tuple[HTTPServer, Site]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    return server, Site(server)


@pytest.fixture
def site():
    server, site = _site()
    yield site
    server.clear()
    server.stop()


@pytest.fixture
def other_site():
    """A second host (another port: another site to the crawler)."""
    server, site = _site()
    yield site
    server.clear()
    server.stop()


@pytest.fixture
def fast() -> CrawlSettings:
    """Packaged settings with small delays and timeouts so the tests stay fast."""
    return load_settings().with_overrides(
        delay=0.02, backoff_base=0.02, backoff_max=0.2, read_timeout=1.0, connect_timeout=1.0, retries=2
    )


def page_html(title: str, *paragraphs: str, links: tuple[str, ...] = ()) -> str:
    """A small but complete web page with an article."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    anchors = "\n".join(f'<li><a href="{href}">link {i}</a></li>' for i, href in enumerate(links))
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title><meta name='author' content='Jane Roe'>"
        "<meta property='og:site_name' content='Spine Clinic'>"
        "<meta property='article:published_time' content='2024-03-05'></head>"
        f"<body><nav><ul>{anchors}</ul></nav><main><article><h1>{title}</h1>\n{body}\n</article></main></body></html>"
    )


def make_pdf(lines: list[str], title: str = "A tiny PDF", author: str = "A. Author") -> bytes:
    """A real one-page PDF with a text layer (Helvetica), built by hand with a correct xref table."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 12 Tf 72 720 Td 16 TL " + " ".join(f"({esc(line)}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title ({esc(title)}) /Author ({esc(author)}) /CreationDate (D:20240115120000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def manifest_lines(corpus: Path) -> list[dict]:
    import json

    return [json.loads(line) for line in (corpus / "manifest.jsonl").read_text("utf-8").splitlines() if line.strip()]


def by_url(corpus: Path) -> dict[str, dict]:
    return {line["fetch"]["url"]: line for line in manifest_lines(corpus)}
