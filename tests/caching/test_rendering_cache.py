"""Rendering work done once: image renditions are reused, cached fragments follow publishing."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model
from wagtail.test.utils.form_data import rich_text

from series.models import EpisodePage
from tests.support.factories import EpisodePageFactory, QuoteBlockFactory, SeriesPageFactory, ThemeFactory
from tests.support.forms import episode_form_data_from_page
from tests.support.sizes import series_with_episodes


def warm_queries(client, address):
    client.get(address)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_renditions_are_made_once_then_reused(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    series, _themes = series_with_episodes("Série illustrée", episodes=4, blocks=3, themes_per_episode=1, prefix="vue")
    Rendition = get_image_model().get_rendition_model()
    episode = EpisodePage.objects.child_of(series["fr"]).get(number=2)

    for address in (series["fr"].url, episode.url):
        client.get(address)
        made = Rendition.objects.count()
        assert made > 0
        sql = warm_queries(client, address)
        assert not [query for query in sql if Rendition._meta.db_table in query]  # nothing looked up again
        assert Rendition.objects.count() == made  # nor made again
    html = client.get(episode.url).content.decode()
    assert html.count("<img") >= 2  # the episode's poster, and the cards of its neighbours


@pytest.fixture
def neighbours(settings, french):
    """Two published episodes of a series, next to each other and sharing a theme; fragments are cached,
    whole pages are not."""
    settings.PAGE_CACHE_ENABLED = False
    series = SeriesPageFactory(published=True)
    theme = ThemeFactory()
    return [
        EpisodePageFactory(
            parent=series, number=number, body__0="video", body__1="paragraph", themes=[theme], published=True
        )
        for number in (1, 2)
    ]


def test_cached_episode_links_follow_a_publish(client, neighbours):
    first, second = neighbours
    assert second.title in client.get(first.url).content.decode()  # "next episode", now cached

    second.title = "Un titre revu"
    second.save_revision().publish()
    assert "Un titre revu" in client.get(first.url).content.decode()


def test_cached_episode_links_follow_an_unpublish(client, neighbours):
    first, second = neighbours
    assert f'href="{second.url}" rel="next"' in client.get(first.url).content.decode()  # now cached

    second.unpublish()
    html = client.get(first.url).content.decode()
    assert second.title not in html and 'rel="next"' not in html


def test_a_preview_never_shows_cached_links(admin_client, client, neighbours):
    """The links of a draft follow its own themes, not those cached for the live page."""
    first, _second = neighbours
    assert "Sur les mêmes thèmes" in client.get(first.url).content.decode()  # cached for the live page

    data = episode_form_data_from_page(first)
    data.update({key.replace("-ORDER", "-DELETE"): "1" for key in data if key.endswith("-ORDER")})  # no theme
    preview = f"/admin/pages/{first.pk}/edit/preview/"
    assert admin_client.post(preview, data).json()["is_valid"]
    html = admin_client.get(preview).content.decode()
    assert first.title in html and "Sur les mêmes thèmes" not in html


def test_cached_lists_of_cards_follow_a_publish(client, neighbours):
    _first, episode = neighbours
    theme_page = f"/fr/themes/{episode.themes[0].slug}/"
    for address in (episode.get_parent().url, theme_page):
        assert episode.title in client.get(address).content.decode()  # the list of cards, now cached

    episode.title = "Un titre revu"
    episode.save_revision().publish()
    for address in (episode.get_parent().url, theme_page):
        assert "Un titre revu" in client.get(address).content.decode(), address


def test_a_preview_never_shows_the_body_cached_for_the_live_page(admin_client, client, neighbours):
    episode, _second = neighbours
    assert client.get(episode.url).status_code == 200  # its blocks are now cached

    data = episode_form_data_from_page(episode)
    paragraph = next(key for key, value in data.items() if key.endswith("-type") and value == "paragraph")
    data[paragraph.replace("-type", "-value")] = rich_text("<p>Un brouillon qui change tout.</p>")
    preview = f"/admin/pages/{episode.pk}/edit/preview/"
    assert admin_client.post(preview, data).json()["is_valid"]
    assert "Un brouillon qui change tout." in admin_client.get(preview).content.decode()


def test_a_preview_leaves_the_cached_body_of_the_live_page_alone(admin_client, client, neighbours):
    episode, _second = neighbours
    client.get(episode.url)
    data = episode_form_data_from_page(episode)
    paragraph = next(key for key, value in data.items() if key.endswith("-type") and value == "paragraph")
    data[paragraph.replace("-type", "-value")] = rich_text("<p>Un brouillon qui change tout.</p>")
    assert admin_client.post(f"/admin/pages/{episode.pk}/edit/preview/", data).json()["is_valid"]
    admin_client.get(f"/admin/pages/{episode.pk}/edit/preview/")
    assert "Un brouillon qui change tout." not in client.get(episode.url).content.decode()


def test_the_cached_body_follows_a_publish(client, neighbours):
    episode, _second = neighbours
    assert client.get(episode.url).status_code == 200  # its blocks are now cached

    episode.body.append(("quote", QuoteBlockFactory(text="Une parole ajoutée au montage.")))
    episode.save_revision().publish()
    assert "Une parole ajoutée au montage." in client.get(episode.url).content.decode()
