"""The videos page lists every published episode of every series in its language, newest first, and filters
them by theme; the themes index lists each theme with the number of its episodes."""

import re

from series.models import EpisodePage, Theme, VideosPage
from tests.support.factories import EpisodePageFactory, ThemeFactory


def card_titles(html):
    return re.findall(r'<h3 class="episode-card__title"><a [^>]*href="[^"]+">([^<]+)</a>', html)


def test_every_published_episode_is_listed_newest_first_in_the_pages_language(client, french, french_series):
    extra = EpisodePageFactory(parent=french_series, title="Épisode tout neuf")
    extra.save_revision().publish()
    draft = EpisodePageFactory(parent=french_series, title="Épisode en brouillon", live=False)
    html = client.get(VideosPage.objects.get(locale=french).url).content.decode()
    titles = card_titles(html)
    published = EpisodePage.objects.live().filter(locale=french).order_by("-first_published_at")
    assert titles == [episode.title for episode in published]
    assert titles[0] == "Épisode tout neuf" and draft.title not in titles


def test_a_theme_filter_keeps_only_the_episodes_on_that_theme_and_marks_it(client, french, french_series):
    theme = ThemeFactory(name="Pair-aidance", slug="pair-aidance")
    on_theme = EpisodePageFactory(parent=french_series, title="Épisode sur la pair-aidance")
    on_theme.episode_themes.create(theme=theme, locale=french)
    on_theme.save_revision().publish()
    page = VideosPage.objects.get(locale=french)
    html = client.get(f"{page.url}?theme=pair-aidance").content.decode()
    assert card_titles(html) == ["Épisode sur la pair-aidance"]
    assert f'href="{page.url}?theme=pair-aidance" aria-current="page">Pair-aidance</a>' in html


def test_an_unknown_theme_shows_every_video_rather_than_an_error(client, french):
    page = VideosPage.objects.get(locale=french)
    response = client.get(f"{page.url}?theme=n-existe-pas")
    assert response.status_code == 200
    assert len(card_titles(response.content.decode())) == EpisodePage.objects.live().filter(locale=french).count()


def test_the_themes_index_counts_the_episodes_visitors_can_see(client, english):
    html = client.get("/en/themes/").content.decode()
    for theme in Theme.objects.filter(locale=english):
        assert f'href="/en/themes/{theme.slug}/">{theme.name}</a>' in html
    assert 'hreflang="fr" href="http://testserver/fr/themes/"' in html or 'href="/fr/themes/"' in html
