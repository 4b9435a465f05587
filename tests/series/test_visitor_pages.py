"""The visitors' pages: themes, digest, feed, episode navigation and what a shared link shows."""

import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import feedparser
import pytest

from django.test import RequestFactory
from django.utils import timezone

from series.models import EpisodePage
from site_config.views import server_error
from tests.support.english import translate_into_english
from tests.support.factories import EpisodePageFactory, SeriesPageFactory, ThemeFactory


def structured_data(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def meta(html, name):
    match = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', html)
    return match and match.group(1)


def published_on(episode, moment):
    """Date an episode's publication, as the demo loader does (publishing itself records now)."""
    EpisodePage.objects.filter(pk=episode.pk).update(first_published_at=moment, last_published_at=moment)
    return EpisodePage.objects.get(pk=episode.pk)


FIRST_DAY = datetime(2026, 2, 27, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


@pytest.fixture
def theme(french):
    return ThemeFactory(name="Pair-aidance", slug="pair-aidance")


@pytest.fixture
def bilingual(theme):
    """A series of two published episodes sharing a theme, a week apart, each with two recommendations,
    and everything translated into English: {"fr": {...}, "en": {...}} of series, episodes and theme."""
    series = SeriesPageFactory(published=True)
    episodes = [
        published_on(
            EpisodePageFactory(
                parent=series,
                number=number,
                body__0="video",
                body__1="recommendation",
                body__2="paragraph",
                body__3="recommendation",
                themes=[theme],
                published=True,
            ),
            FIRST_DAY + timedelta(days=7 * number),
        )
        for number in (1, 2)
    ]
    english_theme = translate_into_english(theme)
    english_series = translate_into_english(series)
    english_episodes = [
        published_on(translate_into_english(episode), episode.first_published_at) for episode in episodes
    ]
    return {
        "fr": {"series": series, "episodes": episodes, "theme": theme},
        "en": {"series": english_series, "episodes": english_episodes, "theme": english_theme},
    }


def other_language(language):
    return "en" if language == "fr" else "fr"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_theme_page_lists_its_episodes_in_the_page_language_newest_first(client, bilingual, language):
    built = bilingual[language]
    response = client.get(f"/{language}/themes/{built['theme'].slug}/")
    assert response.status_code == 200
    newest_first = [episode.pk for episode in reversed(built["episodes"])]
    assert [episode.pk for episode in response.context["episodes"]] == newest_first
    html = response.content.decode()
    for episode in built["episodes"]:
        assert episode.url in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_theme_page_switches_to_the_same_theme_in_the_other_language(client, bilingual, language):
    other = other_language(language)
    html = client.get(f"/{language}/themes/{bilingual[language]['theme'].slug}/").content.decode()
    assert f'href="/{other}/themes/{bilingual[other]["theme"].slug}/" hreflang="{other}"' in html


def test_episode_themes_link_to_theme_pages(client, bilingual):
    built = bilingual["en"]
    html = client.get(built["episodes"][0].url).content.decode()
    assert f'href="/en/themes/{built["theme"].slug}/"' in html


def test_a_theme_is_not_found_under_the_other_language_s_address(client, theme):
    assert client.get(f"/fr/themes/{theme.slug}/").status_code == 200
    assert client.get(f"/en/themes/{theme.slug}/").status_code == 404


@pytest.mark.parametrize("path", ["/fr/themes/inconnu/", "/fr/themes/%00/"])
def test_unknown_theme_is_a_friendly_404(client, path):
    response = client.get(path)
    assert response.status_code == 404


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_digest_gathers_every_recommendation_grouped_by_episode(client, bilingual, language):
    built = bilingual[language]
    html = client.get(built["series"].digest_url).content.decode()
    for episode in built["episodes"]:
        titles = [block.value["title"] for block in episode.body if block.block_type == "recommendation"]
        assert len(titles) == 2
        section = html.split(f'id="digest-{episode.pk}"', 1)[1].split("</section>", 1)[0]
        for title in titles:
            assert title in section


def test_the_digest_leaves_out_an_episode_without_recommendation(client, bilingual):
    series = bilingual["fr"]["series"]
    quiet = EpisodePageFactory(parent=series, number=3, body__0="video", published=True)
    assert f'id="digest-{quiet.pk}"' not in client.get(series.digest_url).content.decode()


def test_a_series_digest_answers_only_at_its_own_language_s_address(client, bilingual):
    english_series = bilingual["en"]["series"]
    assert english_series.digest_url.endswith("/recommendations/")
    assert client.get(english_series.digest_url).status_code == 200
    assert client.get(f"{english_series.url}recommandations/").status_code == 404


def test_the_digest_switcher_leads_to_the_other_digest(client, bilingual):
    french, english = bilingual["fr"]["series"], bilingual["en"]["series"]
    html = client.get(french.digest_url).content.decode()
    assert f'href="{english.digest_url}" hreflang="en"' in html
    assert f'<link rel="canonical" href="http://testserver{french.digest_url}">' in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_feed_lists_the_series_episodes_in_its_language_newest_first(client, bilingual, language):
    built = bilingual[language]
    response = client.get(built["series"].feed_url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == built["series"].title and feed.feed.language == language
    newest_first = list(reversed(built["episodes"]))
    assert [entry.link for entry in feed.entries] == [f"http://testserver{episode.url}" for episode in newest_first]
    title = newest_first[0].title
    assert feed.entries[0].title == (f"Épisode 2 : {title}" if language == "fr" else f"Episode 2: {title}")


def test_the_feed_leaves_out_an_unpublished_translation(client, bilingual):
    first, second = bilingual["en"]["episodes"]
    second.unpublish()
    feed = feedparser.parse(client.get(bilingual["en"]["series"].feed_url).content)
    assert [entry.link for entry in feed.entries] == [f"http://testserver{first.url}"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_episode_json_ld_describes_its_video_as_part_of_the_series(client, bilingual, language):
    series = bilingual[language]["series"]
    episode = bilingual[language]["episodes"][0]
    EpisodePage.objects.filter(pk=episode.pk).update(video_duration=timedelta(minutes=4, seconds=12))
    data = structured_data(client.get(episode.url).content.decode())
    assert data["@context"] == "https://schema.org" and data["@type"] == "VideoObject"
    assert data["url"] == f"http://testserver{episode.url}"
    assert data["isPartOf"] == {
        "@type": "CreativeWorkSeries",
        "name": series.title,
        "url": f"http://testserver{series.url}",
    }
    assert data["duration"] == "PT4M12S" and data["inLanguage"] == language
    assert data["embedUrl"].startswith("https://www.youtube-nocookie.com/embed/") and "autoplay" not in data["embedUrl"]
    assert data["thumbnailUrl"][0].startswith("http://testserver/")
    assert data["uploadDate"].startswith(episode.first_published_at.date().isoformat())


def test_json_ld_cannot_be_broken_out_of(client, french):
    episode = EpisodePageFactory(body__0="video", summary="</script><script>alert(1)</script>", published=True)
    html = client.get(episode.url).content.decode()
    assert "<script>alert(1)" not in html
    assert structured_data(html)["description"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("page", ["home", "series", "episode"])
def test_shared_links_have_open_graph_and_twitter_cards(client, bilingual, page):
    path = {
        "home": "/fr/",
        "series": bilingual["en"]["series"].url,
        "episode": bilingual["fr"]["episodes"][1].url,
    }[page]
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


def test_an_episode_knows_its_previous_and_next_published_episodes(bilingual):
    first, second = bilingual["fr"]["episodes"]
    assert first.previous_episode() is None and first.next_episode().pk == second.pk
    assert second.previous_episode().pk == first.pk and second.next_episode() is None


def test_an_unpublished_episode_is_nobody_s_neighbour(bilingual):
    first, second = bilingual["fr"]["episodes"]
    third = EpisodePageFactory(parent=first.get_parent(), number=3, published=True)
    second.unpublish()
    assert EpisodePage.objects.get(pk=first.pk).next_episode().pk == third.pk


def test_related_episodes_share_a_theme_with_the_episode(bilingual):
    first, second = bilingual["fr"]["episodes"]
    EpisodePageFactory(parent=first.get_parent(), number=3, themes=[ThemeFactory()], published=True)
    assert [episode.pk for episode in first.related_episodes()] == [second.pk]


def test_the_episode_page_links_to_the_next_episode(client, bilingual):
    first, second = bilingual["fr"]["episodes"]
    html = client.get(first.url).content.decode()
    assert f'href="{second.url}" rel="next"' in html


def test_the_series_page_announces_the_next_scheduled_episode(client, french):
    series = SeriesPageFactory(published=True)
    EpisodePageFactory(parent=series, published=True)
    go_live = timezone.now() + timedelta(days=20)
    episode = EpisodePageFactory(parent=series, title="Confiance", live=False)
    episode.go_live_at = go_live
    episode.save_revision().publish()
    episode.refresh_from_db()
    assert not episode.live
    html = client.get(series.url).content.decode()
    assert f"Prochain épisode le {timezone.localtime(go_live).day}" in html
    assert "Confiance" not in html.split('<ol class="card-list episode-list">', 1)[1]


def test_a_series_without_scheduled_episode_announces_nothing(client, bilingual):
    assert "Prochain épisode" not in client.get(bilingual["fr"]["series"].url).content.decode()


def test_a_theme_without_episodes_still_answers(client, theme):
    response = client.get(f"/fr/themes/{theme.slug}/")
    assert response.status_code == 200
    assert "Aucun épisode publié sur ce thème" in response.content.decode()
