"""The home page: its own title once, the latest episode first, the series' progress, every episode as a card."""

import re

from home.models import HomePage
from series.models import EpisodePage


def test_the_home_page_title_names_the_site_once(client, french):
    html = client.get("/fr/").content.decode()
    assert re.search(r"<title>([^<]*)</title>", html).group(1) == HomePage.objects.get(locale=french).title


def test_other_pages_end_their_title_with_the_sites_name(client, french):
    episode = EpisodePage.objects.filter(locale=french).first()
    title = re.search(r"<title>([^<]*)</title>", client.get(episode.url).content.decode()).group(1)
    assert title == f"{episode.title} · Plateforme travail pair"


def test_the_home_page_leads_with_the_latest_episode_and_shows_the_series_progress(client, english):
    html = client.get("/en/").content.decode()
    latest = EpisodePage.objects.live().filter(locale=english).order_by("-first_published_at").first()
    published = EpisodePage.objects.live().filter(locale=english).count()
    assert html.index(latest.title) < html.index(f"{published} episodes of 8")
    assert html.count('class="episode-card"') == published
