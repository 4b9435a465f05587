"""SQL queries per page, for an anonymous visitor, in both languages: within budget, and the same
for a small site (episodes of 3 blocks and 1 theme, a series of 8) and a large one (30 blocks and 6
themes, a series of 100). The whole-page cache is off: this is what rendering a page costs."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from caching.version import content_changed
from series.models import EpisodePage
from tests.support.sizes import LANGUAGES, SEARCHED_WORD, middle_episode, series_with_episodes

BUDGETS = {
    "home": 8,
    "series": 10,
    "episode": 8,
    "theme": 8,
    "search": 10,
    "videos": 8,
    "themes": 4,
    "standard page": 8,
    "contact": 6,
}
STANDARD_PAGES = {"fr": "/fr/a-propos/", "en": "/en/about/"}


def addresses(series, theme_sets):
    """The address of each page type, per language, for the site as it now is."""
    found = {}
    for language in LANGUAGES:
        search = "/fr/recherche/" if language == "fr" else "/en/search/"
        found[language] = {
            "home": f"/{language}/",
            "series": series[language].url,
            "episode": middle_episode(series[language]).url,
            "theme": f"/{language}/themes/{theme_sets[language][0].slug}/",
            "search": f"{search}?q={SEARCHED_WORD[language]}",
            "videos": f"/{language}/videos/",
            "themes": f"/{language}/themes/",
            "standard page": STANDARD_PAGES[language],
            "contact": f"/{language}/contact/",
        }
    return found


def queries(client, address, after_a_publish=False):
    """Queries made by the second request for an address (the first one warms the caches)."""
    assert client.get(address).status_code == 200, address
    if after_a_publish:
        content_changed()  # everything remembered under the content version is looked up again
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200, address
    assert response.get("X-Page-Cache") is None
    return len(captured.captured_queries)


def count_every_page(client, series, theme_sets, after_a_publish=False):
    return {
        (language, page): queries(client, address, after_a_publish)
        for language, pages in addresses(series, theme_sets).items()
        for page, address in pages.items()
    }


def test_query_counts_stay_within_budget_and_do_not_grow_with_the_site(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    small = series_with_episodes("Petite série", episodes=8, blocks=3, themes_per_episode=1, prefix="petite")
    small_counts = count_every_page(client, *small)
    small_after_publish = count_every_page(client, *small, after_a_publish=True)

    large = series_with_episodes("Grande série", episodes=100, blocks=30, themes_per_episode=6, prefix="grande")
    large_episode = middle_episode(large[0]["fr"])
    assert len(large_episode.body) == 30 and len(large_episode.themes) == 6
    assert EpisodePage.objects.child_of(large[0]["en"]).count() == 100
    large_counts = count_every_page(client, *large)
    large_after_publish = count_every_page(client, *large, after_a_publish=True)

    over_budget = {key: count for key, count in large_counts.items() if count > BUDGETS[key[1]]}
    assert over_budget == {}, f"over budget {BUDGETS}: {over_budget}"
    assert large_counts == small_counts  # no query per episode, block or theme
    assert large_after_publish == small_after_publish  # nor when nothing is remembered yet
