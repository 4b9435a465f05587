"""What browsers and shared caches are told: public pages for a minute in the browser and until purged in a
shared cache, revalidated by an ETag that is the content version (a 304 costs no query); anything
personal private and never stored; a database fault a 503 to retry, never a 500."""

from unittest import mock

import pytest

from django.db import OperationalError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from caching.version import content_changed
from organisation.models import ContactPage
from series.models import EpisodePage


def episode_url(language="fr"):
    return EpisodePage.objects.get(locale__language_code=language, number=1).url


@pytest.mark.parametrize("path", ["/fr/", "/en/", "/sitemap.xml", "/robots.txt", "/api/v2/themes/?locale=fr"])
def test_public_answers_may_be_kept_a_minute_by_browsers_and_longer_by_shared_caches(client, path):
    response = client.get(path)
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "max-age=60" in cache_control
    assert "s-maxage=300" in cache_control  # no purging configured: five minutes
    assert "stale-if-error" in cache_control
    assert response["ETag"].startswith('W/"')


def test_with_purging_configured_shared_caches_keep_pages_a_day(client, settings):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "caching.frontend.VarnishBackend", "LOCATION": "http://127.0.0.1:9"}
    }
    assert "s-maxage=86400" in client.get(episode_url())["Cache-Control"]


def test_a_revisit_with_the_current_version_is_a_304_with_no_body_and_no_query(client):
    address = episode_url()
    tag = client.get(address)["ETag"]
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address, HTTP_IF_NONE_MATCH=tag)
    assert response.status_code == 304 and response.content == b""
    assert response["ETag"] == tag and "max-age=60" in response["Cache-Control"]
    assert len(captured.captured_queries) == 0


def test_after_a_change_the_old_tag_gets_the_new_page(client):
    tag = client.get(episode_url())["ETag"]
    content_changed()
    response = client.get(episode_url(), HTTP_IF_NONE_MATCH=tag)
    assert response.status_code == 200 and response["ETag"] != tag


def test_anything_personal_is_private_and_never_stored(client, admin_client):
    logged_in = admin_client.get(episode_url())
    assert "private" in logged_in["Cache-Control"] and "no-store" in logged_in["Cache-Control"]
    assert "ETag" not in logged_in
    contact = ContactPage.objects.get(locale__language_code="fr")
    assert "no-store" in client.get(contact.url)["Cache-Control"]
    assert "private" in client.get(contact.url)["Cache-Control"]
    assert "no-store" in admin_client.get("/admin/")["Cache-Control"]


def test_only_the_bare_address_varies_on_accept_language(client):
    assert "Accept-Language" in client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Vary"]
    for path in ("/fr/", "/en/", episode_url("en")):
        assert "Accept-Language" not in client.get(path).get("Vary", "")


def test_a_database_fault_answers_a_503_to_retry_in_the_addresses_language():
    client = Client(raise_request_exception=False)
    with mock.patch.object(EpisodePage, "serve", side_effect=OperationalError("the server closed the connection")):
        response = client.get(episode_url("en"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30" and response["Cache-Control"] == "no-store"
    html = response.content.decode()
    assert '<html lang="en">' in html and "back in a moment" in html


def test_any_other_fault_is_still_the_500_page():
    client = Client(raise_request_exception=False)
    with mock.patch.object(EpisodePage, "serve", side_effect=RuntimeError("a bug")):
        response = client.get(episode_url())
    assert response.status_code == 500 and "Retry-After" not in response
