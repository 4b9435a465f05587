"""A repeated search is served from the page cache with no query; its hits for the popular-queries report are
counted in the cache and written in batches, only for searches that found something; the log stays bounded."""

import datetime

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from series.models import EpisodePage

SEARCH = "/fr/recherche/"


def hits(query_string):
    query = Query.objects.filter(query_string=query_string).first()
    return sum(query.daily_hits.values_list("hits", flat=True)) if query else 0


def test_a_repeated_search_is_served_from_the_cache_with_no_query(client):
    assert client.get(SEARCH, {"q": "confiance"})["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as captured:
        response = client.get(SEARCH, {"q": "confiance"})
    assert response["X-Page-Cache"] == "hit" and len(captured.captured_queries) == 0
    assert "s-maxage" in response["Cache-Control"]


def test_parameters_in_another_order_or_unknown_ones_are_the_same_page(client):
    client.get(f"{SEARCH}?q=lien&theme=faire-du-lien")
    assert client.get(f"{SEARCH}?theme=faire-du-lien&q=lien&utm_source=x")["X-Page-Cache"] == "hit"
    assert client.get(f"{SEARCH}?q=liens")["X-Page-Cache"] == "miss"


def test_hits_are_counted_without_a_query_and_written_in_a_batch(client):
    for _ in range(3):
        client.get(SEARCH, {"q": "Confiance"})
    assert hits("confiance") == 0  # nothing written on the request path
    call_command("flush_search_hits", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert hits("confiance") == 3
    client.get(SEARCH, {"q": "confiance"})
    call_command("flush_search_hits", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert hits("confiance") == 4


def test_searches_that_find_nothing_are_never_logged(client):
    client.get(SEARCH, {"q": "zzzqxw"})
    client.get(SEARCH, {"q": "zzzqxw"})
    call_command("flush_search_hits", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not Query.objects.filter(query_string="zzzqxw").exists()


def test_old_hits_and_the_queries_left_without_any_are_pruned(client):
    old = Query.objects.create(query_string="hébergement")
    QueryDailyHits.objects.create(query=old, date=timezone.now().date() - datetime.timedelta(days=30), hits=1)
    call_command("flush_search_hits", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not Query.objects.filter(pk=old.pk).exists()


def test_a_new_promotion_shows_on_a_cached_search(client):
    client.get(SEARCH, {"q": "confiance"})
    episode = EpisodePage.objects.get(locale__language_code="fr", number=2)
    SearchPromotion.objects.create(
        query=Query.objects.get_or_create(query_string="confiance")[0], page=episode, description="À voir."
    )
    response = client.get(SEARCH, {"q": "confiance"})
    assert response["X-Page-Cache"] == "miss" and "À voir." in response.content.decode()
