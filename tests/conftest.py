import io

import pytest
from playwright.sync_api import sync_playwright

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.test import Client
from django.utils import translation

from wagtail.models import Locale, Page

from editorial.groups import EDITORS
from home.models import HomePage
from series.models import EpisodePage, SeriesPage
from tests.support.browser import launch
from tests.support.roles import member_of


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo site once, right after the test database is created, outside any transaction.

    wagtail-localize publishes translations on commit, so the demo must be loaded in autocommit
    mode; each test then runs in a transaction rolled back to this state. Returns what the command
    printed.
    """
    out = io.StringIO()
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=out)
        # Transactional tests (the browser ones) empty the database when they end; with
        # serialized_rollback they start again from this snapshot, demo included.
        for connection in connections.all():
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    return out.getvalue()


@pytest.fixture
def demo_output(django_db_setup):
    return django_db_setup


@pytest.fixture(autouse=True)
def _demo_site(db):
    """Every test runs against the demo site, in a transaction rolled back afterwards."""


@pytest.fixture(autouse=True)
def _empty_cache():
    """The database is rolled back after each test but the cache is not: start each test with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in French; a request served in English must not leak into the next test."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def french(db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def french_series(french):
    return SeriesPage.objects.get(locale=french)


@pytest.fixture
def editor_client(db):
    """A browser session of a member of the « Éditeurs » group."""
    client = Client()
    client.force_login(member_of(EDITORS))
    return client


@pytest.fixture
def french_episode(french):
    return EpisodePage.objects.get(locale=french, number=1)


@pytest.fixture
def french_home(french):
    return HomePage.objects.get(locale=french)


@pytest.fixture
def demo_pages(db):
    """Every demo page, French and English."""
    return list(Page.objects.filter(depth__gt=1).order_by("locale__language_code", "path").specific())


@pytest.fixture
def browser(transactional_db):
    """A fresh Chromium per browser test, started after the database is restored (see django_db_setup)."""
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()
        # Queries made while Playwright's loop runs use their own connections: close them too,
        # or PostgreSQL refuses to drop the test database at the end.
        connections.close_all()


@pytest.fixture
def context(browser):
    """A browser context of its own for one test (cookies, storage), closed after it."""
    context = browser.new_context()
    yield context
    context.close()


def runs_in_transactions(item):
    marker = item.get_closest_marker("django_db")
    return item.get_closest_marker("browser") is not None or bool(marker and marker.kwargs.get("transaction"))


def pytest_collection_modifyitems(config, items):
    """Tests against a live server (browser, HTTP cache) run last: their transactional database is emptied
    when each one ends."""
    items.sort(key=runs_in_transactions)
