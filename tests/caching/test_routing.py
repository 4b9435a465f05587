"""caching/routing.py finds the same page as Wagtail's own routing, in two queries whatever the depth."""

import pytest

from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page, Site

from caching.lookups import locales
from caching.routing import route
from series.models import EpisodePage, SeriesPage


def request_for(language, path):
    request = RequestFactory().get(f"/{language}/{path}")
    request._wagtail_site = Site.find_for_request(request)
    return request


def wagtail_route(language, path):
    """What Wagtail's Page.route_for_request would find, without our shortcut."""
    request = request_for(language, path)
    try:
        return request._wagtail_site.root_page.localized.specific.route(request, [p for p in path.split("/") if p])
    except Http404:
        return None


def addresses():
    """Every live page below each home, its sub-addresses, and addresses of nothing."""
    found = []
    for series in SeriesPage.objects.all():
        language = series.locale.language_code
        base = series.url.split("/", 2)[2]
        found += [(language, base), (language, f"{base}rss/"), (language, f"{base}recommandations/")]
        found += [(language, f"{base}recommendations/"), (language, f"{base}inconnu/"), (language, f"{base}rss/x/")]
        found += [(language, episode.url.split("/", 2)[2]) for episode in EpisodePage.objects.child_of(series)]
    for language in ("fr", "en"):
        found += [(language, ""), (language, "inconnu/"), (language, "inconnu/encore/")]
    return found


def same_result(ours, theirs):
    if theirs is None:
        return ours is None
    if ours is None or ours.page.pk != theirs.page.pk or type(ours.page) is not type(theirs.page):
        return False
    view = lambda result: result.args[0].__name__ if result.args else None  # noqa: E731 (a routable page's view)
    return view(ours) == view(theirs) and ours.args[1:] == theirs.args[1:]


def test_every_address_leads_where_wagtail_would_lead(db):
    differences = []
    for language, path in addresses():
        with translation.override(language):
            ours, theirs = route(request_for(language, path), path), wagtail_route(language, path)
        if ours is None and theirs is not None:
            differences.append((language, path, "left to Wagtail"))  # a live page: the shortcut should find it
        elif not same_result(ours, theirs):
            differences.append((language, path))
    assert differences == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_episode_is_found_in_two_queries(db, language):
    episode = EpisodePage.objects.filter(locale__language_code=language).first()
    path = episode.url.split("/", 2)[2]
    series = episode.get_parent()
    request = request_for(language, path)
    locales()  # remembered from the first request on (caching/lookups.py)
    with translation.override(language), CaptureQueriesContext(connection) as captured:
        result = route(request, path)
        assert result.page.get_parent().pk == series.pk  # known without a query
        assert result.page.locale.language_code == language
    assert result.page.pk == episode.pk and isinstance(result.page, EpisodePage)
    assert len(captured.captured_queries) == 2


def test_pages_that_are_not_live_are_left_to_wagtail(db, french):
    episode = EpisodePage.objects.get(locale=french, number=2)
    episode.unpublish()
    path = episode.url_path.split("/", 2)[2]
    with translation.override("fr"):
        assert route(request_for("fr", path), path) is None
    assert Page.objects.get(pk=episode.pk).live is False


def test_a_made_up_address_costs_a_query_once_then_none(db):
    path = "inconnu/encore/"
    with translation.override("fr"):
        assert route(request_for("fr", path), path) is None
        request = request_for("fr", path)
        with CaptureQueriesContext(connection) as captured:
            assert route(request, path) is None
    assert captured.captured_queries == []
