"""Two web processes on one database obey a change made elsewhere on their very next request.

Production settings without REDIS_URL, so the cache every process shares is the database cache
(site_config/settings/production.py): the content version, routes, view restrictions and whole pages
remembered by one process are the ones the other reads. Two gunicorn servers on a scratch database
(a SQLite file; PostgreSQL when the suite runs on it) are warmed up, then a third process unpublishes
or restricts a page, as an editor in the admin would.
"""

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
UNPUBLISHED = "/en/peer-work-in-their-own-words/roles-and-missions/"
UNPUBLISHED_TEXT = "why it is worth defining it with them"
# Another family of translations than the unpublished page's: what happens to a French page may
# happen to its English translation too.
RESTRICTED = "/fr/raconter-le-travail-pair/faire-du-lien/"
RESTRICTED_TEXT = "comment un vécu partagé aide à créer la confiance"
RESTRICTED_PAGE = "Page.objects.get(url_path='/accueil/raconter-le-travail-pair/faire-du-lien/')"
WARM_UP_REQUESTS = 3  # per address and process, with and without a query string (which skips the page cache)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """One gunicorn server (one worker) with the production settings."""

    def __init__(self, name, environment, directory):
        self.name = name
        self.port = free_port()
        self.log = open(directory / f"{name}.log", "w+")  # noqa: SIM115  (closed in stop())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "site_config/gunicorn.conf.py", "site_config.wsgi"],
            cwd=ROOT,
            env={**environment, "GUNICORN_BIND": f"127.0.0.1:{self.port}", "WEB_CONCURRENCY": "1"},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its worker goes with it in stop()
        )

    def get(self, path):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode()
        finally:
            connection.close()

    def wait_until_ready(self, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"{self.name} stopped:\n{self.output()}")
            try:
                if self.get("/healthz/")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        pytest.fail(f"{self.name} did not answer within {timeout} s:\n{self.output()}")

    def output(self):
        self.log.seek(0)
        return self.log.read()[-5000:]

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


@contextmanager
def scratch_database(directory):
    """The address of an empty database: a SQLite file, or a new PostgreSQL database on the server
    the suite runs on when DATABASE_URL points to one (`.ci/run` runs the suite on both)."""
    suite_database = os.environ.get("DATABASE_URL", "")
    if not suite_database.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{directory / 'site.sqlite3'}"
        return
    import psycopg

    name = f"shared_cache_{secrets.token_hex(4)}"
    with psycopg.connect(suite_database, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlsplit(suite_database)._replace(path=f"/{name}").geturl()
    finally:
        with psycopg.connect(suite_database, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def site():
    """The demo site in a scratch database served by two processes, and a way to change it from a third."""
    with tempfile.TemporaryDirectory(prefix="shared-cache-") as scratch, scratch_database(Path(scratch)) as database:
        directory = Path(scratch)
        environment = {
            name: value
            for name, value in os.environ.items()
            if name not in ("REDIS_URL", "PAGE_CACHE", "DJANGO_DEBUG") and not name.startswith("PYTEST")
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="site_config.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            DATABASE_URL=database,
            MEDIA_ROOT=str(directory / "media"),
            STATIC_ROOT=str(directory / "static"),
            LOG_LEVEL="WARNING",
        )

        def manage(*args):
            result = subprocess.run(
                [sys.executable, "manage.py", *args],
                cwd=ROOT,
                env=environment,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert result.returncode == 0, result.stdout + result.stderr
            return result.stdout

        manage("migrate", "--noinput")  # creates the database cache's table too
        manage("load_demo")
        manage("collectstatic", "--noinput")  # production names static files by their hash
        servers = []
        try:
            servers += [Server("first", environment, directory), Server("second", environment, directory)]
            for server in servers:
                server.wait_until_ready()
            yield servers, manage
        finally:
            for server in servers:
                server.stop()


def change(manage, code):
    """Runs Python in a third process with the same settings: as an editor's action in the admin would."""
    manage("shell", "--no-imports", "--command", "from wagtail.models import Page, PageViewRestriction\n" + code)


def warm_up(servers, pages):
    """Each process serves each page several times, so that everything about it is remembered."""
    for server in servers:
        for path, text in pages.items():
            for attempt in range(WARM_UP_REQUESTS):
                for address in (path, f"{path}?warm={attempt}"):
                    status, _headers, body = server.get(address)
                    assert status == 200 and text in body, (server.name, address, status)


def test_the_shared_cache_is_the_database_one(site):
    servers, manage = site
    backend = manage("shell", "--no-imports", "--command", "from django.conf import settings; print(settings.CACHES)")
    assert "django.core.cache.backends.db.DatabaseCache" in backend
    warm_up(servers, {"/fr/": '<html lang="fr"'})
    # What one process rendered, the other finds: the page cache is one for both.
    assert [server.get("/fr/")[1].get("X-Page-Cache") for server in servers] == ["hit", "hit"]


def test_a_page_unpublished_elsewhere_is_gone_from_every_process_at_once(site):
    servers, manage = site
    warm_up(servers, {UNPUBLISHED: UNPUBLISHED_TEXT})

    change(manage, f"Page.objects.get(url_path='/home{UNPUBLISHED.removeprefix('/en')}').specific.unpublish()")

    for server in servers:
        for address in (UNPUBLISHED, f"{UNPUBLISHED}?after=1"):
            status, _headers, body = server.get(address)
            assert status == 404 and UNPUBLISHED_TEXT not in body, (server.name, address, status)


def test_a_page_restricted_elsewhere_is_refused_by_every_process_at_once(site):
    servers, manage = site
    warm_up(servers, {RESTRICTED: RESTRICTED_TEXT})

    change(
        manage,
        f"PageViewRestriction.objects.create(page={RESTRICTED_PAGE}, restriction_type='password', password='s3cret')",
    )

    for server in servers:
        for address in (RESTRICTED, f"{RESTRICTED}?after=1"):
            status, headers, body = server.get(address)
            assert status == 200 and 'name="password"' in body, (server.name, address, status)
            assert RESTRICTED_TEXT not in body and "no-cache" in headers.get("Cache-Control", ""), server.name

    # The restriction changed: accounts only. Every process sends visitors to log in instead.
    change(
        manage,
        f"restriction = PageViewRestriction.objects.get(page={RESTRICTED_PAGE})\n"
        "restriction.restriction_type = 'login'\n"
        "restriction.save()",
    )

    for server in servers:
        for address in (RESTRICTED, f"{RESTRICTED}?after=2"):
            status, headers, body = server.get(address)
            assert status == 302 and "/_util/login/" in headers["Location"], (server.name, address, status)
            assert RESTRICTED_TEXT not in body
