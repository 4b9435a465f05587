"""Find the episodes that match a list of search terms, best first.

On PostgreSQL with the database backend, the index entries are queried directly: every term is
looked for in the entry's body vector (which holds the title's terms too), so PostgreSQL can use its
GIN index, where Wagtail's own query matches the concatenation of two vectors and reads every
entry. Elsewhere (SQLite, Elasticsearch, OpenSearch) Wagtail's search does the work.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField
from django.db.models.functions import Cast

from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from series.models import EpisodePage


def uses_postgres_index():
    backend = get_search_backend()
    return connection.vendor == "postgresql" and type(backend).__module__.startswith(
        "modelsearch.backends.database.postgres"
    )


def matching_episode_ids(episodes, terms, limit):
    """Ids of the episodes (from the `episodes` queryset) containing every term, most relevant first."""
    if uses_postgres_index():
        return postgres_matching_ids(episodes, terms, limit)
    matches = episodes.only("id").search(" ".join(terms), operator="and")
    return [episode.pk for episode in matches[:limit]]


def postgres_matching_ids(episodes, terms, limit):
    from django.contrib.postgres.search import SearchQuery, SearchRank

    query = SearchQuery(" ".join(terms), search_type="plain", config="simple")
    candidates = episodes.annotate(text_id=Cast("pk", output_field=CharField())).values("text_id")
    entries = (
        IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(EpisodePage), body=query, object_id__in=candidates
        )
        .annotate(rank=SearchRank("body", query) + 2 * SearchRank("title", query))  # title words count more
        .order_by("-rank", "object_id")
        .values_list("object_id", flat=True)[:limit]
    )
    return [int(object_id) for object_id in entries]
