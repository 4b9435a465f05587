"""The visitors' pages: themes, digest, feed, episode navigation and what a shared link shows."""

import json
import re
from datetime import timedelta

import feedparser
import pytest

from django.test import RequestFactory
from django.utils import timezone

from series.models import EpisodePage, SeriesPage, Theme
from site_config.views import server_error


def structured_data(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def meta(html, name):
    match = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', html)
    return match and match.group(1)


@pytest.mark.parametrize(
    ("path", "other"),
    [("/fr/themes/faire-du-lien/", "/en/themes/building-connection/"), ("/en/themes/shared-language/", None)],
)
def test_theme_pages_list_their_episodes_in_the_page_language(client, path, other):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    theme = response.context["theme"]
    assert theme.locale.language_code == path[1:3]
    episodes = list(response.context["episodes"])
    assert episodes and all(episode.locale_id == theme.locale_id for episode in episodes)
    for episode in episodes:
        assert episode.url in html
    if other:
        assert f'href="{other}" hreflang="en"' in html


def test_episode_themes_link_to_theme_pages(client):
    html = client.get("/en/peer-work-in-their-own-words/building-connection/").content.decode()
    assert 'href="/en/themes/building-connection/"' in html


@pytest.mark.parametrize("path", ["/en/themes/faire-du-lien/", "/fr/themes/inconnu/", "/fr/themes/%00/"])
def test_unknown_theme_is_a_friendly_404(client, path):
    response = client.get(path)
    assert response.status_code == 404


def test_digest_gathers_every_recommendation_grouped_by_episode(client, french, english):
    for locale, path in [(french, "/fr/raconter-le-travail-pair/recommandations/"), (english, None)]:
        series = SeriesPage.objects.get(locale=locale)
        path = path or series.digest_url
        html = client.get(path).content.decode()
        for episode in EpisodePage.objects.filter(locale=locale).order_by("number"):
            titles = [block.value["title"] for block in episode.body if block.block_type == "recommendation"]
            assert titles
            section = html.split(f'id="digest-{episode.pk}"', 1)[1].split("</section>", 1)[0]
            for title in titles:
                assert title in section
    assert client.get("/en/peer-work-in-their-own-words/recommandations/").status_code == 404


def test_digest_switcher_leads_to_the_other_digest(client):
    html = client.get("/fr/raconter-le-travail-pair/recommandations/").content.decode()
    assert 'href="/en/peer-work-in-their-own-words/recommendations/" hreflang="en"' in html
    assert '<link rel="canonical" href="http://testserver/fr/raconter-le-travail-pair/recommandations/">' in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_feed_lists_the_series_episodes_in_its_language(client, language):
    series = SeriesPage.objects.get(locale__language_code=language)
    response = client.get(series.feed_url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == series.title and feed.feed.language == language
    episodes = EpisodePage.objects.filter(locale__language_code=language).order_by("-first_published_at")
    assert [entry.link for entry in feed.entries] == [f"http://testserver{episode.url}" for episode in episodes]
    assert feed.entries[0].title.startswith("Épisode 2" if language == "fr" else "Episode 2")


def test_feed_leaves_out_an_unpublished_translation(client, english):
    EpisodePage.objects.get(locale=english, number=2).unpublish()
    feed = feedparser.parse(client.get(SeriesPage.objects.get(locale=english).feed_url).content)
    assert [entry.title for entry in feed.entries] == ["Episode 1: Roles and missions"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_episode_json_ld_describes_its_video_as_part_of_the_series(client, language):
    episode = EpisodePage.objects.get(locale__language_code=language, number=1)
    data = structured_data(client.get(episode.url).content.decode())
    assert data["@context"] == "https://schema.org" and data["@type"] == "VideoObject"
    assert data["url"] == f"http://testserver{episode.url}"
    assert data["isPartOf"] == {
        "@type": "CreativeWorkSeries",
        "name": episode.get_parent().title,
        "url": f"http://testserver{episode.get_parent().url}",
    }
    assert data["duration"] == "PT4M12S" and data["inLanguage"] == language
    assert data["embedUrl"].startswith("https://www.youtube-nocookie.com/embed/") and "autoplay" not in data["embedUrl"]
    assert data["thumbnailUrl"][0].startswith("http://testserver/")
    assert data["uploadDate"].startswith("2026-02-27")


def test_json_ld_cannot_be_broken_out_of(client, french):
    episode = EpisodePage.objects.get(locale=french, number=1)
    episode.summary = "</script><script>alert(1)</script>"
    episode.save_revision().publish()
    html = client.get(episode.url).content.decode()
    assert "<script>alert(1)" not in html
    assert structured_data(html)["description"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize(
    "path", ["/fr/", "/en/peer-work-in-their-own-words/", "/fr/raconter-le-travail-pair/faire-du-lien/"]
)
def test_shared_links_have_open_graph_and_twitter_cards(client, path):
    html = client.get(path).content.decode()
    for name in ("og:title", "og:description", "og:url", "og:image", "og:type", "og:locale", "twitter:card"):
        assert meta(html, name), name
    assert meta(html, "og:image").startswith("http://testserver/")
    assert meta(html, "og:url") == f"http://testserver{path}"
    assert meta(html, "description")
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@pytest.mark.parametrize(("path", "text"), [("/fr/x/", "Une erreur est survenue"), ("/en/x/", "Something went wrong")])
def test_server_error_page_speaks_the_visitor_language(path, text):
    response = server_error(RequestFactory().get(path))
    assert response.status_code == 500
    assert text in response.content.decode()
    assert f'<html lang="{path[1:3]}">' in response.content.decode()


def test_previous_next_and_related_episodes(client, french):
    first, second = EpisodePage.objects.filter(locale=french).order_by("number")
    assert first.previous_episode() is None and first.next_episode().pk == second.pk
    assert second.previous_episode().pk == first.pk and second.next_episode() is None
    assert [episode.pk for episode in first.related_episodes()] == [second.pk]
    html = client.get(first.url).content.decode()
    assert f'href="{second.url}" rel="next"' in html


def test_series_page_announces_the_next_scheduled_episode(client, french_series):
    go_live = timezone.now() + timedelta(days=20)
    episode = EpisodePage(title="Confiance", slug="confiance", number=3, summary="Bientôt.", live=False)
    french_series.add_child(instance=episode)
    episode.go_live_at = go_live
    episode.save_revision().publish()
    episode.refresh_from_db()
    assert not episode.live
    html = client.get(french_series.url).content.decode()
    assert f"Prochain épisode le {timezone.localtime(go_live).day}" in html
    assert "Confiance" not in html.split('<ol class="card-list episode-list">', 1)[1]


def test_series_without_scheduled_episode_announces_nothing(client, french_series):
    assert "Prochain épisode" not in client.get(french_series.url).content.decode()


def test_themes_without_episodes_still_answer(client, french):
    Theme.objects.create(locale=french, name="Pair-aidance", slug="pair-aidance")
    response = client.get("/fr/themes/pair-aidance/")
    assert response.status_code == 200
    assert "Aucun épisode publié sur ce thème" in response.content.decode()
