"""Fixtures of the review app's tests: the seed corpus's outputs made once per session, copies
of them per test (each with its own verdict database), a real server on a free port, and one
Chromium per module driven by Playwright."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import pytest
import requests

from extract.runner import OUTPUT_FILES

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
#: Where the browser tests save their screenshots: a scratch folder, so a test run leaves the
#: repository as it was; ``EVIDENCE_SCREENSHOTS=outputs/review`` refreshes the committed ones.
SCREENSHOTS = Path(os.environ.get("EVIDENCE_SCREENSHOTS") or Path(tempfile.gettempdir()) / "evidence-review-screenshots")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="session")
def fbss_outputs(nlp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of `evidence run corpora/fbss` (linking on), made once per session; never written to."""
    import extract

    out = tmp_path_factory.mktemp("fbss_outputs")
    info = extract.run([CORPORA / "fbss"], out, nlp=nlp)
    assert info.counts["documents"] == 5 and info.counts["conflicts"] >= 3, info.counts
    return out


def copy_outputs(source: Path, dest: Path) -> Path:
    """A copy of a run's output files (no verdict database), for a test to review."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in OUTPUT_FILES:
        shutil.copy2(source / name, dest / name)
    return dest


@pytest.fixture
def outputs(fbss_outputs: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seed outputs, with no verdicts yet."""
    return copy_outputs(fbss_outputs, tmp_path / "out")


@contextmanager
def serving(folder: Path, password: Optional[str] = None) -> Iterator[str]:
    """A real threaded server over ``folder`` on a free loopback port; yields its URL."""
    from extract.review.app import create_app
    from extract.review.server import start

    running = start(create_app(folder, password=password), "127.0.0.1", 0)
    try:
        yield running.url
    finally:
        running.stop()


def csrf_session(url: str, conflict_id: str, auth: Optional[tuple[str, str]] = None) -> tuple[requests.Session, str]:
    """A client session holding the app's cookie, and the CSRF token of its forms."""
    session = requests.Session()
    session.auth = auth
    page = session.get(f"{url}/conflict/{conflict_id}", timeout=30)
    page.raise_for_status()
    match = TOKEN.search(page.text)
    assert match, "the conflict page has no CSRF token"
    return session, match.group(1)


def post_verdict(
    session: requests.Session, url: str, token: str, conflict_id: str, verdict: str, reviewer: str,
    comment: str = "", wrong: tuple[str, ...] = (),
) -> requests.Response:  # fmt: skip
    """Post the verdict form as a browser would (without following the redirect)."""
    data = {"csrf_token": token, "verdict": verdict, "reviewer": reviewer, "comment": comment, "wrong": list(wrong)}
    return session.post(f"{url}/conflict/{conflict_id}/verdict", data=data, allow_redirects=False, timeout=60)


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory):
    """One Chromium per module (Debian's, fresh user-data-dir), as a Playwright browser context."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
        )  # fmt: skip
        try:
            yield context
        finally:
            context.close()
