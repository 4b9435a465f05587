"""Search latency at scale: builds a large bilingual site in a scratch PostgreSQL database and times
representative searches through the real view, with and without a theme filter.

    .venv/bin/python -m bench.search_latency [--episodes 10000] [--runs 40] [--database-url postgres://...]

The scratch database (bench_search by default) is dropped and created again; nothing else is touched.
The text is made up with the words of the page benchmark's large site (build_large_site).
"""

import argparse
import os
import random
import statistics
import time
import uuid

QUERIES = {
    "fr": ["liens", "confiance", "rôle mission", "réduction des risques", "hébergement"],
    "en": ["connections", "trust", "role", "harm reduction", "housing"],
}


def build(episodes_per_language, rng):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone

    from wagtail.models import Locale, Page

    from home.models import HomePage
    from series.management.commands.build_large_site import WORDS, encode, sentence
    from series.models import EpisodePage, EpisodeTheme, SeriesPage, Theme

    episode_type = ContentType.objects.get_for_model(EpisodePage)
    root = Page.get_first_root_node()
    french = Locale.objects.get(language_code="fr")
    english, _ = Locale.objects.get_or_create(language_code="en")
    now = timezone.now()
    for locale in (french, english):
        language = locale.language_code
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            home = root.add_child(instance=HomePage(title=f"Home {language}", slug=f"home-{language}", locale=locale))
        series = home.add_child(
            instance=SeriesPage(
                title=f"Bench {language}", slug=f"bench-{language}", introduction="Bench.", locale=locale
            )
        )
        themes = [
            Theme.objects.create(locale=locale, name=f"{word} {index}", slug=f"{language}-{index}")
            for index, word in enumerate(WORDS[language][:12])
        ]
        pages = []
        for number in range(1, episodes_per_language + 1):
            pages.append(
                Page(
                    title=sentence(rng, language, 4)[:-1],
                    draft_title="",
                    slug=f"episode-{number}",
                    content_type=episode_type,
                    path=series.path + encode(number),
                    depth=series.depth + 1,
                    numchild=0,
                    url_path=f"{series.url_path}episode-{number}/",
                    locale=locale,
                    translation_key=uuid.uuid4(),
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        with transaction.atomic():
            created = Page.objects.bulk_create(pages, batch_size=1000)
            rows = [
                (page.pk, number, sentence(rng, language, 25), body(rng, language), "[]", None)
                for number, page in enumerate(created, start=1)
            ]
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {EpisodePage._meta.db_table} "
                    "(page_ptr_id, number, summary, body, transcript, video_duration) VALUES (%s, %s, %s, %s, %s, %s)",
                    rows,
                )
            EpisodeTheme.objects.bulk_create(
                [
                    EpisodeTheme(
                        page_id=page.pk, theme=theme, locale=locale, translation_key=uuid.uuid4(), sort_order=index
                    )
                    for page in created
                    for index, theme in enumerate(rng.sample(themes, 2))
                ],
                batch_size=2000,
            )
            Page.objects.filter(pk=series.pk).update(numchild=episodes_per_language)


def body(rng, language):
    import json

    from series.management.commands.build_large_site import sentence

    blocks = [
        {"type": "paragraph", "value": f"<p>{sentence(rng, language, 40)}</p>", "id": str(uuid.uuid4())},
        {
            "type": "quote",
            "value": {"text": sentence(rng, language, 20), "speaker_role": "", "moment": ""},
            "id": str(uuid.uuid4()),
        },
        {
            "type": "recommendation",
            "value": {
                "title": sentence(rng, language, 5),
                "text": sentence(rng, language, 25),
                "audience": "structures",
            },
            "id": str(uuid.uuid4()),
        },
    ]
    return json.dumps(blocks)


def time_searches(runs, language, theme_slug=None, fresh=False):
    """Median and p95 in ms; fresh=True forgets cached results before each request, as after a publish."""
    from django.test import Client

    from caching.version import content_changed

    client = Client()
    path = "/fr/recherche/" if language == "fr" else "/en/search/"
    timings = []
    for run in range(runs):
        query = QUERIES[language][run % len(QUERIES[language])]
        params = {"q": query, **({"theme": theme_slug} if theme_slug else {})}
        if fresh:
            content_changed()
        start = time.perf_counter()
        response = client.get(path, params)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=10_000, help="episodes per language")
    parser.add_argument("--runs", type=int, default=40, help="timed requests per case")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/bench_search")
    parser.add_argument("--reuse", action="store_true", help="time the site built by an earlier run")
    args = parser.parse_args()

    os.environ["DATABASE_URL"] = args.database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "site_config.settings.test"
    import psycopg

    import django

    admin_url = args.database_url.rsplit("/", 1)[0] + "/postgres"
    name = args.database_url.rsplit("/", 1)[1]
    if not args.reuse:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from series.models import EpisodePage

    if not args.reuse:
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        build(args.episodes, random.Random(42))
        built = time.perf_counter()
        call_command("update_index", verbosity=0)
        indexed = time.perf_counter()
        print(f"built {args.episodes} episodes per language in {built - started:.0f} s", end=", ")
        print(f"indexed in {indexed - built:.0f} s")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # what autovacuum does on a live site after a bulk load
    print(f"{EpisodePage.objects.count()} episodes in {name}")

    print(f"{'case':<26} {'results':<9} {'median ms':>10} {'p95 ms':>8}")
    for language in ("fr", "en"):
        for label, theme_slug in (("search", None), ("search + theme", f"{language}-3")):
            for results, fresh in (("computed", True), ("cached", False)):
                median, p95 = time_searches(args.runs, language, theme_slug, fresh)
                print(f"{language + ' ' + label:<26} {results:<9} {median:>10.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
