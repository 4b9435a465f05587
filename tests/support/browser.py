"""Debian's Chromium driven by Playwright, with every request leaving 127.0.0.1 recorded and refused."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ARTEFACTS = Path(__file__).resolve().parents[2] / "test-artefacts"


def launch(playwright):
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: `make test` installs Debian's chromium package.")
    # Sync Playwright runs an event loop in the test thread; the live server's ORM calls are safe here.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


class OutsideRequests:
    """Records every request, lets local ones through and refuses the rest."""

    def __init__(self, context):
        self.urls = []
        self.outside = []
        context.route("**/*", self.handle)

    def handle(self, route):
        url = route.request.url
        self.urls.append(url)
        if urlsplit(url).hostname in LOCAL_HOSTS or url.startswith("data:"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()
