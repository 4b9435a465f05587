"""Find the episodes that match a list of search terms, best first, with their themes.

On PostgreSQL with the database backend, the index entries are queried directly: every term is
looked for in the entry's body vector (which holds the title's terms too), so PostgreSQL can use its
GIN index, where Wagtail's own query matches the concatenation of two vectors and reads every
entry. Elsewhere (SQLite, Elasticsearch, OpenSearch) Wagtail's search does the work.
"""

from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Exists, F, IntegerField, OuterRef
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from caching.lookups import published
from caching.version import cached
from series.models import EpisodePage, EpisodeTheme


class Match(NamedTuple):
    episode_id: int
    theme_ids: frozenset


def uses_postgres_index():
    backend = get_search_backend()
    return connection.vendor == "postgresql" and type(backend).__module__.startswith(
        "modelsearch.backends.database.postgres"
    )


def matching_episodes(locale, terms, limit):
    """The visible episodes in this locale containing every term, most relevant first, each with its
    theme ids, so that the theme filter and its counts need no query of their own. Remembered until
    the published content changes."""
    name = f"search:{locale.language_code}:{limit}:{' '.join(terms)}"
    return cached(name, lambda: find_matching_episodes(locale, terms, limit))


def find_matching_episodes(locale, terms, limit):
    if uses_postgres_index():
        ids = postgres_matching_ids(locale, terms, limit)
    else:
        matches = (
            published(EpisodePage.objects.filter(locale=locale)).only("id").search(" ".join(terms), operator="and")
        )
        ids = [episode.pk for episode in matches[:limit]]
    themes = {}
    for page_id, theme_id in theme_links(ids):
        themes.setdefault(page_id, set()).add(theme_id)
    return [Match(pk, frozenset(themes.get(pk, ()))) for pk in ids]


def theme_links(episode_ids):
    """(episode id, theme id) pairs; on PostgreSQL the ids travel as one array, not a parameter each."""
    links = EpisodeTheme.objects.values_list("page_id", "theme_id")
    if connection.vendor == "postgresql":
        return links.filter(page_id__in=RawSQL("SELECT unnest(%s::integer[])", [list(episode_ids)]))
    return links.filter(page_id__in=episode_ids)


def postgres_matching_ids(locale, terms, limit):
    from django.contrib.postgres.search import SearchQuery, SearchRank

    query = SearchQuery(" ".join(terms), search_type="plain", config="simple")
    # The entry's content type already says it is an episode, so the plain page table is enough; EXISTS
    # lets PostgreSQL look up only the matching entries' pages.
    shown = Exists(published(Page.objects.filter(locale=locale, pk=Cast(OuterRef("object_id"), IntegerField()))))
    entries = (
        IndexEntry.objects.filter(shown, content_type=ContentType.objects.get_for_model(EpisodePage), body=query)
        .annotate(rank=SearchRank(F("body"), query) + 2 * SearchRank(F("title"), query))  # title words count more
        .order_by("-rank", "object_id")
        .values_list("object_id", flat=True)[:limit]
    )
    return [int(object_id) for object_id in entries]
