"""The site's pages the page benchmark measures, found in the site's own process.

    DJANGO_SETTINGS_MODULE=... python -m bench.site_pages THEME_SLUG SEARCH_WORD

Prints {page: path} as JSON: the French home, the French series with the most episodes, its middle
episode, the theme page of THEME_SLUG and the search for SEARCH_WORD.
"""

import json
import sys

import django


def site_pages(theme_slug, search_word):
    from series.models import EpisodePage, SeriesPage

    series = SeriesPage.objects.live().filter(locale__language_code="fr").order_by("-numchild", "path").first()
    episodes = list(EpisodePage.objects.child_of(series).live().order_by("number"))
    return {
        "home": "/fr/",
        "series": series.get_url(),
        "episode": episodes[(len(episodes) - 1) // 2].get_url(),
        "theme": f"/fr/themes/{theme_slug}/",
        "search": f"/fr/recherche/?q={search_word}",
    }


if __name__ == "__main__":
    django.setup()
    print(json.dumps(site_pages(*sys.argv[1:3])))
