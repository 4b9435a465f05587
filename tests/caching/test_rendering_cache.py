"""Rendering work done once: image renditions are reused, cached fragments follow publishing."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model
from wagtail.test.utils.form_data import rich_text

from series.models import EpisodePage
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


def test_cached_episode_links_follow_a_publish(client, settings, french):
    settings.PAGE_CACHE_ENABLED = False
    first = EpisodePage.objects.get(locale=french, number=1)
    second = EpisodePage.objects.get(locale=french, number=2)
    assert second.title in client.get(first.url).content.decode()  # "next episode", now cached

    second.title = "Faire du lien, pas à pas"
    second.save_revision().publish()
    assert "Faire du lien, pas à pas" in client.get(first.url).content.decode()

    second.unpublish()
    html = client.get(first.url).content.decode()
    assert "Faire du lien, pas à pas" not in html and 'rel="next"' not in html


def test_a_preview_never_shows_cached_links(admin_client, client, settings, french):
    """The links of a draft follow its own themes, not those cached for the live page."""
    settings.PAGE_CACHE_ENABLED = False
    first = EpisodePage.objects.get(locale=french, number=1)
    assert "Sur les mêmes thèmes" in client.get(first.url).content.decode()  # cached for the live page

    data = episode_form_data_from_page(first)
    data.update({key.replace("-ORDER", "-DELETE"): "1" for key in data if key.endswith("-ORDER")})  # no theme
    preview = f"/admin/pages/{first.pk}/edit/preview/"
    assert admin_client.post(preview, data).json()["is_valid"]
    html = admin_client.get(preview).content.decode()
    assert first.title in html and "Sur les mêmes thèmes" not in html


def test_cached_lists_of_cards_follow_a_publish(client, settings, french, french_series):
    settings.PAGE_CACHE_ENABLED = False
    episode = EpisodePage.objects.get(locale=french, number=2)
    theme_page = f"/fr/themes/{episode.themes[0].slug}/"
    for address in (french_series.url, theme_page):
        assert episode.title in client.get(address).content.decode()  # the list of cards, now cached

    episode.title = "Faire du lien, au long cours"
    episode.save_revision().publish()
    for address in (french_series.url, theme_page):
        assert "Faire du lien, au long cours" in client.get(address).content.decode(), address


def test_the_cached_body_follows_a_publish_and_never_shows_in_a_preview(admin_client, client, settings, french):
    settings.PAGE_CACHE_ENABLED = False
    episode = EpisodePage.objects.get(locale=french, number=1)
    assert client.get(episode.url).status_code == 200  # its blocks are now cached

    data = episode_form_data_from_page(episode)
    paragraph = next(key for key, value in data.items() if key.endswith("-type") and value == "paragraph")
    data[paragraph.replace("-type", "-value")] = rich_text("<p>Un brouillon qui change tout.</p>")
    preview = f"/admin/pages/{episode.pk}/edit/preview/"
    assert admin_client.post(preview, data).json()["is_valid"]
    assert "Un brouillon qui change tout." in admin_client.get(preview).content.decode()
    assert "Un brouillon qui change tout." not in client.get(episode.url).content.decode()

    episode.body.append(("quote", {"text": "Une parole ajoutée au montage.", "speaker_role": "", "moment": ""}))
    episode.save_revision().publish()
    assert "Une parole ajoutée au montage." in client.get(episode.url).content.decode()
