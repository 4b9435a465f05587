"""What each page type costs, uncached and cached, against the cheapest Wagtail page on this machine.

    make bench                                   # or: .venv/bin/python bench/pages.py [--timeout 600]

Builds a large bilingual site (5 series of 100 episodes, in French and English) in a scratch PostgreSQL
database (bench_pages, dropped and created again), and a bare `wagtail start` project (the floor) in
another (bench_pages_floor). Serves each with gunicorn (2 workers) and measures, page by page, the SQL
queries of one request (counted in-process; bench_pages_small, the demo site with the same pictures, gives
the same counts at a small size), the median and p95 of sequential requests, requests/s at 16 connections
(wrk) and the workers' memory. Prints one table and writes it to bench/results/latest.md.
"""

import argparse
import http.client
import importlib.util
import itertools
import json
import os
import platform
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))  # the site's own `search` app, not bench/search.py


def bench_module(name):
    """A sibling bench script, loaded by path: bench/search.py would otherwise shadow the site's search app."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


reliability = bench_module("reliability")
search_bench = bench_module("search")

PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).parent / "gunicorn")
WAGTAIL = str(Path(PYTHON).parent / "wagtail")
GUNICORN_CONFIG = str(ROOT / "site_config" / "gunicorn.conf.py")
RESULTS = BENCH / "results" / "latest.md"

SITE_DATABASE, SMALL_DATABASE, FLOOR_DATABASE = "bench_pages", "bench_pages_small", "bench_pages_floor"
REDIS_DB = "14"  # reliability.py uses 15
SITE_BIND, FLOOR_BIND = "127.0.0.1:8781", "127.0.0.1:8782"
WORKERS = 2

SERIES_PER_LANGUAGE = 5
EPISODES_PER_SERIES = 100
IMAGES = 10
SEED = 2024
# The theme page and the search measured: a demo theme, so that the small site has them too.
THEME_SLUG = "faire-du-lien"
SEARCH_WORD = "lien"

WARM_UP_REQUESTS = 20
SEQUENTIAL_REQUESTS = 200
SEQUENTIAL_SECONDS = 20  # a slow page gets fewer sequential requests rather than a longer run
WRK_SECONDS = 10
CONNECTIONS = 16
DEFAULT_TIMEOUT = 600


class BenchTimeout(Exception):
    pass


# Building the sites (runs inside Django: `pages.py pictures|grow`, with the site's environment) ----------

NEW_THEMES = [
    ("Réduction des risques", "reduction-des-risques", "Harm reduction", "harm-reduction"),
    ("Logement d’abord", "logement-d-abord", "Housing first", "housing-first"),
    ("Formation", "formation", "Training", "training"),
    ("Équipe et structure", "equipe-et-structure", "Team and organisation", "team-and-organisation"),
    ("Santé et soins", "sante-et-soins", "Health and care", "health-and-care"),
]
NEW_SERIES = {
    "fr": ["Premiers pas", "Dans la rue", "Au quotidien", "Et après"],
    "en": ["First steps", "On the street", "Day to day", "What comes next"],
}
SPEAKERS = {
    "fr": ["Travailleuse paire", "Travailleur pair", "Cheffe de service", "Éducateur spécialisé", "Directrice"],
    "en": ["Peer worker", "Peer worker", "Head of service", "Social worker", "Director"],
}
AUDIENCES = ["structures", "professionals", "peer_workers", "everyone"]
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def add_pictures():
    """The demo site (migrate + load_demo) with the large site's pictures: posters on its episodes' videos
    (in both languages, as a synchronised field is) and a cover on its series. The demo-size query
    counts are made on this state, so that they differ from the large site's by size alone."""
    from django.db import connection, transaction

    from series.models import EpisodePage, SeriesPage

    with transaction.atomic():
        images = make_images(random.Random(SEED))
        SeriesPage.objects.update(cover_image=images[0])
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {EpisodePage._meta.db_table} SET body = jsonb_set(body, '{{0,value,poster}}', to_jsonb(%s))"
                " WHERE body->0->>'type' = 'video'",
                [images[1].pk],
            )
    return {"images": len(images)}


def build_large_site():
    """Grow the demo site (after add_pictures) to 5 series of 100 episodes per language.

    Pages are inserted in bulk, two statements per batch (Wagtail's page table, then the page type's
    own), with the tree fields treebeard and Wagtail's routing read; every English page shares its
    French source's translation_key, as wagtail-localize's translations do.
    """
    from django.db import connection, transaction

    from wagtail.images.models import Image

    from home.models import HomePage
    from series.models import EpisodePage, SeriesPage

    rng = random.Random(SEED)
    with transaction.atomic():
        images = list(Image.objects.order_by("pk"))
        themes = add_themes()
        homes = {language: HomePage.objects.get(locale__language_code=language) for language in ("fr", "en")}
        demo = {language: SeriesPage.objects.child_of(home).get() for language, home in homes.items()}
        all_series = [demo, *add_series(homes, images, rng)]
        for index, series in enumerate(all_series):
            add_episodes(series, index, images, themes, rng)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # what autovacuum does on a live site after a bulk load
    return {
        "episodes per language": EpisodePage.objects.filter(locale__language_code="fr").count(),
        "series per language": len(all_series),
        "themes per language": len(themes),
        "images": len(images),
        "pages": EpisodePage.objects.count() + SeriesPage.objects.count() + HomePage.objects.count(),
    }


def make_images(rng):
    """Small posters made with Pillow, each with the description the site uses as alt text."""
    from io import BytesIO

    from PIL import Image as Picture
    from PIL import ImageDraw

    from django.core.files.images import ImageFile

    from wagtail.images.models import Image

    images = []
    for number in range(1, IMAGES + 1):
        picture = Picture.new("RGB", (960, 540), tuple(rng.randrange(40, 220) for _ in range(3)))
        draw = ImageDraw.Draw(picture)
        for _ in range(6):
            x, y = rng.randrange(0, 800), rng.randrange(0, 400)
            draw.rectangle((x, y, x + 160, y + 140), fill=tuple(rng.randrange(0, 255) for _ in range(3)))
        buffer = BytesIO()
        picture.save(buffer, "JPEG", quality=80)
        images.append(
            Image.objects.create(
                title=f"Affiche {number}",
                description=f"Affiche de l’épisode : une équipe en réunion, plan {number}",
                file=ImageFile(buffer, name=f"bench-poster-{number}.jpg"),
            )
        )
    return images


def add_themes():
    """The demo's five themes plus five more, each English theme sharing its French theme's translation_key."""
    from wagtail.models import Locale

    from series.models import Theme

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for name_fr, slug_fr, name_en, slug_en in NEW_THEMES:
        key = uuid.uuid4()
        Theme.objects.create(locale=locales["fr"], name=name_fr, slug=slug_fr, translation_key=key)
        Theme.objects.create(locale=locales["en"], name=name_en, slug=slug_en, translation_key=key)
    themes = {}
    for theme in Theme.objects.select_related("locale"):
        themes.setdefault(theme.translation_key, {})[theme.locale.language_code] = theme
    return list(themes.values())


def add_series(homes, images, rng):
    """Four more series per language, after the demo's, each English one a translation of the French."""
    from series.models import SeriesPage

    created = {language: [] for language in homes}
    keys = [uuid.uuid4() for _ in NEW_SERIES["fr"]]
    for language, home in homes.items():
        for index, (title, key) in enumerate(zip(NEW_SERIES[language], keys, strict=True)):
            series = SeriesPage(
                title=title,
                slug=slugify(title),
                translation_key=key,
                introduction=sentence(rng, language, 30),
                description=f"<p>{sentence(rng, language, 60)}</p>",
                cover_image=images[(index + 1) % len(images)],
                planned_episodes=EPISODES_PER_SERIES,
            )
            created[language].append(place(series, home, home.numchild + index + 1, months_ago(60 - 12 * index)))
        bulk_insert_pages(SeriesPage, created[language])
        set_numchild(home, home.numchild + len(created[language]))
    return [dict(zip(homes, pair, strict=True)) for pair in zip(*created.values(), strict=True)]


def add_episodes(series, series_index, images, themes, rng):
    """Episodes up to EPISODES_PER_SERIES in one series (French and English), with their themes."""
    from series.models import EpisodePage, EpisodeTheme

    first = series["fr"].numchild + 1
    episodes = {language: [] for language in series}
    links = []
    for number in range(first, EPISODES_PER_SERIES + 1):
        key = uuid.uuid4()
        published = months_ago((EPISODES_PER_SERIES - number) + 3 * (SERIES_PER_LANGUAGE - series_index))
        for language, parent, fields in episode_translations(number, images, rng, series):
            page = EpisodePage(translation_key=key, **fields)
            episodes[language].append(place(page, parent, number, published))
        links.append([(uuid.uuid4(), theme) for theme in rng.sample(themes, rng.randint(1, 3))])
    for language, pages in episodes.items():
        bulk_insert_pages(EpisodePage, pages)
        set_numchild(series[language], EPISODES_PER_SERIES)
        EpisodeTheme.objects.bulk_create(
            EpisodeTheme(
                page_id=page.pk,
                theme=theme[language],
                locale_id=page.locale_id,
                translation_key=link_key,
                sort_order=order,
            )
            for page, page_links in zip(pages, links, strict=True)
            for order, (link_key, theme) in enumerate(page_links)
        )


def episode_translations(number, images, rng, series):
    """(language, parent, fields) of one episode in French and English: the same blocks (ids, video,
    poster, moments) with each language's text, as a translation made in wagtail-localize has."""
    plan = body_plan(rng, images)
    duration = timedelta(minutes=rng.randint(3, 11), seconds=rng.randint(0, 59))
    for language in ("fr", "en"):
        title = sentence(rng, language, 4)[:-1]
        yield (
            language,
            series[language],
            {
                "title": title,
                "slug": f"episode-{number}",
                "number": number,
                "summary": sentence(rng, language, 22)[:300],
                "body": [block_data(block, language, title, rng) for block in plan],
                "transcript": "".join(f"<p>{sentence(rng, language, 50)}</p>" for _ in range(rng.randint(8, 14))),
                "video_duration": duration,
            },
        )


def body_plan(rng, images):
    """A video first, then 3-6 quotes, 2-3 recommendations and 2-3 paragraphs in a random order."""
    kinds = ["quote"] * rng.randint(3, 6) + ["recommendation"] * rng.randint(2, 3) + ["paragraph"] * rng.randint(2, 3)
    rng.shuffle(kinds)
    video = {
        "type": "video",
        "id": str(uuid.uuid4()),
        "video_id": "".join(rng.choice(ALPHABET) for _ in range(11)),
        "poster": rng.choice(images).pk,
    }
    return [video] + [
        {
            "type": kind,
            "id": str(uuid.uuid4()),
            "moment": f"{rng.randint(0, 9):02d}:{rng.randint(0, 59):02d}",
            "speaker": rng.randrange(len(SPEAKERS["fr"])),
            "audience": rng.choice(AUDIENCES),
        }
        for kind in kinds
    ]


def block_data(block, language, episode_title, rng):
    """One block of the body as stored (series/blocks.py shapes), in this language."""
    kind = block["type"]
    if kind == "video":
        value = {
            "url": f"https://www.youtube.com/watch?v={block['video_id']}",
            "title": episode_title,
            "poster": block["poster"],
            "captions_url": "",
        }
    elif kind == "quote":
        value = {
            "text": sentence(rng, language, rng.randint(12, 30)),
            "speaker_role": SPEAKERS[language][block["speaker"]],
            "moment": block["moment"],
        }
    elif kind == "recommendation":
        value = {
            "title": sentence(rng, language, 6)[:-1],
            "text": sentence(rng, language, 25),
            "audience": block["audience"],
        }
    else:
        value = f"<p>{sentence(rng, language, 45)}</p><p>{sentence(rng, language, 30)}</p>"
    return {"type": kind, "value": value, "id": block["id"]}


FILLER_CUMULATIVE = list(itertools.accumulate(search_bench.FILLER_WEIGHTS))


def sentence(rng, language, length):
    """search.sentence's text (its words, one domain word in fifty), drawn all at once: search.sentence
    sums its 3,000 word weights again for every word, which would take most of the build here."""
    words = rng.choices(search_bench.FILLER, cum_weights=FILLER_CUMULATIVE, k=length)
    domain = search_bench.WORDS[language]
    words = [rng.choice(domain) if rng.random() < 0.02 else word for word in words]
    return " ".join(words).capitalize() + "."


def place(page, parent, position, published):
    """A new live page as the position-th child of parent, with the tree fields treebeard and routing read."""
    page.path = parent.path + search_bench.encode(position)
    page.depth = parent.depth + 1
    page.numchild = 0
    page.url_path = f"{parent.url_path}{page.slug}/"
    page.locale_id = parent.locale_id
    page.draft_title = page.title
    page.live = True
    page.first_published_at = page.last_published_at = published
    return page


def bulk_insert_pages(model, pages):
    """Insert pages of one type in two statements: their Page rows, then the type's own rows."""
    from django.db import connection

    from wagtail.models import Page

    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = Page.objects.bulk_create(
        [Page(**{field.attname: getattr(page, field.attname) for field in page_fields}) for page in pages]
    )
    for page, row in zip(pages, rows, strict=True):
        page.pk = page.id = row.pk
    own_fields = model._meta.local_concrete_fields  # page_ptr_id and the type's fields
    columns = ", ".join(connection.ops.quote_name(field.column) for field in own_fields)
    placeholders = ", ".join(["%s"] * len(own_fields))
    values = [[f.get_db_prep_save(getattr(page, f.attname), connection) for f in own_fields] for page in pages]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {model._meta.db_table} ({columns}) VALUES ({placeholders})", values)


def set_numchild(page, count):
    from wagtail.models import Page

    Page.objects.filter(pk=page.pk).update(numchild=count)
    page.numchild = count


def months_ago(months):
    from django.utils import timezone

    return timezone.now() - timedelta(days=30 * months)


def slugify(text):
    from django.utils.text import slugify as django_slugify

    return django_slugify(text.replace("’", "-"))


# Counting queries in-process (`manage.py shell -c`, with each site's settings) --------------------------

PATHS_SNIPPET = """
import json
from series.models import EpisodePage, SeriesPage
series = SeriesPage.objects.live().filter(locale__language_code="fr").order_by("-numchild", "path").first()
episodes = list(EpisodePage.objects.child_of(series).live().order_by("number"))
paths = {
    "home": "/fr/",
    "series": series.get_url(),
    "episode": episodes[(len(episodes) - 1) // 2].get_url(),
    "theme": "/fr/themes/%s/",
    "search": "/fr/recherche/?q=%s",
}
print("PATHS " + json.dumps(paths))
"""

COUNT_SNIPPET = """
import json, os, re
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
counts = {}
for name, path in json.loads(os.environ["BENCH_PATHS"]).items():
    client.get(path)  # warms every cache: what a worker has after its first visit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    content = response.content.decode()
    found = re.search(r"(\\d+) (?:épisodes?|episodes?) pour", content)
    counts[name] = {
        "status": response.status_code,
        "queries": len(queries),
        "episodes shown": content.count('class="episode-card"') + content.count('class="search-result"'),
        "results": int(found.group(1)) if found else None,
    }
print("COUNTS " + json.dumps(counts))
"""


def site_paths(env):
    output = manage(["shell", "--no-imports", "-c", PATHS_SNIPPET % (THEME_SLUG, SEARCH_WORD)], env).stdout
    return marked_json(output, "PATHS")


def count_queries(env, paths, cwd=ROOT):
    output = manage(["shell", "--no-imports", "-c", COUNT_SNIPPET], env | {"BENCH_PATHS": json.dumps(paths)}, cwd)
    counts = marked_json(output.stdout, "COUNTS")
    for name, count in counts.items():
        if count["status"] != 200:
            raise SystemExit(f"{name} ({paths[name]}) answered {count['status']} in-process")
    return counts


def marked_json(output, marker):
    line = next(line for line in output.splitlines() if line.startswith(marker + " "))
    return json.loads(line[len(marker) + 1 :])


def manage(arguments, env, cwd=ROOT, timeout=300):
    return subprocess.run(
        [PYTHON, "manage.py", *arguments], cwd=cwd, env=env, check=True, capture_output=True, text=True, timeout=timeout
    )


# The two sites -------------------------------------------------------------------------------------------


def site_environment(database, scratch, page_cache=True):
    env = reliability.site_environment(database, scratch / "media", scratch / "static") | {
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "WEB_CONCURRENCY": str(WORKERS),
        "GUNICORN_BIND": SITE_BIND,
    }
    env.pop("PAGE_CACHE", None)
    return env if page_cache else env | {"PAGE_CACHE": "false"}


def prepare_site(scratch):
    """The large site in bench_pages and the demo-size site in bench_pages_small; returns the large site's size."""
    env = site_environment(SITE_DATABASE, scratch)
    reliability.recreate_database(SITE_DATABASE)
    subprocess.run(["redis-cli", "-n", REDIS_DB, "flushdb"], check=True, capture_output=True)
    for command in (["migrate"], ["load_demo"]):
        manage([*command, "--verbosity", "0"], env)
    build_step("pictures", env)
    copy_database(SITE_DATABASE, SMALL_DATABASE)
    started = time.monotonic()
    size = build_step("grow", env)
    print(f"  built in {time.monotonic() - started:.0f} s: {size}")
    started = time.monotonic()
    manage(["update_index", "--verbosity", "0"], env)  # the search reads Wagtail's index table
    print(f"  indexed in {time.monotonic() - started:.0f} s")
    manage(["collectstatic", "--noinput", "--verbosity", "0"], env)
    return size


def build_step(step, env):
    """One of BUILD_STEPS, run in Django with the site's settings (`pages.py <step>`)."""
    output = subprocess.run([PYTHON, __file__, step], env=env, **CHECKED).stdout
    return marked_json(output, "DONE")


CHECKED = {"cwd": ROOT, "check": True, "capture_output": True, "text": True, "timeout": 300}


def copy_database(source, target):
    import psycopg

    with psycopg.connect(f"{reliability.POSTGRES}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


FLOOR_SETTINGS = """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["*"]
SECRET_KEY = {secret!r}
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": {database!r},
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,  # as the site's production settings
        "CONN_HEALTH_CHECKS": True,
    }}
}}
"""


def prepare_floor(scratch):
    """A bare `wagtail start` project on its own database: the least a Wagtail page costs here."""
    project = scratch / "floor"
    project.mkdir()
    subprocess.run([WAGTAIL, "start", "floor", str(project)], **CHECKED)
    settings = FLOOR_SETTINGS.format(secret=secrets.token_urlsafe(50), database=FLOOR_DATABASE)
    (project / "floor" / "settings" / "bench.py").write_text(settings)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "floor.settings.bench",
        "WEB_CONCURRENCY": str(WORKERS),
        "GUNICORN_BIND": FLOOR_BIND,
    }
    reliability.recreate_database(FLOOR_DATABASE)
    manage(["migrate", "--verbosity", "0"], env, cwd=project)
    return project, env


# Serving and measuring -----------------------------------------------------------------------------------


@contextmanager
def gunicorn(env, cwd, application, log):
    """gunicorn with the site's production config for both sites (same workers, keep-alive, logs); worker
    recycling (max_requests) is off so that no run times a worker's restart."""
    with open(log, "a") as errors:
        server = subprocess.Popen(
            [GUNICORN, "-c", GUNICORN_CONFIG, "--max-requests", "0", application],
            cwd=cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        try:
            wait_until_serving(env["GUNICORN_BIND"], server)
            yield server
        except BenchTimeout:
            raise
        except Exception:
            print(f"gunicorn's last words ({log}):\n" + "\n".join(Path(log).read_text().splitlines()[-20:]))
            raise
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def wait_until_serving(bind, server, timeout=60):
    """reliability.wait_until_healthy, for any server: the floor has no /healthz/, so ask for /robots.txt."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn on {bind} exited with {server.returncode}")
        try:
            get(bind, "/robots.txt")
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn on {bind} did not answer")


def get(bind, path):
    """One request on a new connection (gunicorn's sync workers close it anyway): seconds, status, cache header."""
    host, port = bind.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return time.perf_counter() - started, response.status, response.getheader("X-Page-Cache")
    finally:
        connection.close()


@dataclass
class Measure:
    median_ms: float
    p95_ms: float
    requests: int
    requests_per_second: float
    worker_rss_mb: float
    cache_hits: int


def measure(bind, path, server):
    for _ in range(WARM_UP_REQUESTS):
        get(bind, path)
    timings, hits = sequential(bind, path)
    load = load_test(bind, path)
    return Measure(
        median_ms=statistics.median(timings),
        p95_ms=timings[int(0.95 * (len(timings) - 1))],
        requests=len(timings),
        requests_per_second=load["requests/s"],
        worker_rss_mb=worker_rss_mb(server.pid),
        cache_hits=hits,
    )


def sequential(bind, path):
    """Sorted latencies in ms of up to SEQUENTIAL_REQUESTS requests, one after the other, and the cache hits."""
    timings, hits = [], 0
    deadline = time.monotonic() + SEQUENTIAL_SECONDS
    while len(timings) < SEQUENTIAL_REQUESTS and time.monotonic() < deadline:
        seconds, status, cache = get(bind, path)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        timings.append(seconds * 1000)
        hits += cache == "hit"
    return sorted(timings), hits


def load_test(bind, path):
    """reliability.wrk (its Lua script counts errors), aimed at this server."""
    previous, reliability.BASE = reliability.BASE, f"http://{bind}"
    try:
        load = reliability.wrk(WRK_SECONDS, CONNECTIONS, [path])
    finally:
        reliability.BASE = previous
    if load["non-2xx/3xx"] or load["socket errors"]:
        raise SystemExit(f"wrk on {path}: {load}")
    return load


def worker_rss_mb(master_pid):
    """Mean resident memory of the master's children (the workers), from /proc/<pid>/status."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue  # the process ended meanwhile
        if fields.get("PPid", "").strip() == str(master_pid) and "VmRSS" in fields:
            sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
    return statistics.mean(sizes) if sizes else float("nan")


def other_cpu_load(seconds=2):
    """The share of the machine's CPU busy while nothing of ours runs: other work slows every figure."""

    def sample():
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]  # all, idle + iowait

    total_before, idle_before = sample()
    time.sleep(seconds)
    total_after, idle_after = sample()
    return 1 - (idle_after - idle_before) / max(1, total_after - total_before)


def measure_server(label, env, cwd, application, paths, log):
    """Every page on one freshly started gunicorn, one page at a time (never two loads at once)."""
    load = other_cpu_load()
    results = {}
    with gunicorn(env, cwd, application, log) as server:
        for name, path in paths.items():
            results[name] = measure(env["GUNICORN_BIND"], path, server)
            print(
                f"  {label:<8} {name:<8} median {results[name].median_ms:6.1f} ms, "
                f"{results[name].requests_per_second:6.0f} req/s"
            )
    return results, load


# Report --------------------------------------------------------------------------------------------------


@dataclass
class Row:
    page: str
    mode: str
    path: str
    queries: int
    small_queries: int | None
    measure: Measure


def table(rows, floor):
    lines = [
        "| page | mode | queries (large) | queries (demo size) | median ms | p95 ms | median ÷ floor "
        "| req/s (16 conn.) | req/s ÷ floor | worker RSS MB |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for row in rows:
        measured = row.measure
        small = "" if row.small_queries is None else str(row.small_queries)
        lines.append(
            f"| {row.page} `{row.path}` | {row.mode} | {row.queries} | {small} | {measured.median_ms:.1f} "
            f"| {measured.p95_ms:.1f} | {measured.median_ms / floor.median_ms:.1f} "
            f"| {measured.requests_per_second:.0f} | {measured.requests_per_second / floor.requests_per_second:.2f} "
            f"| {measured.worker_rss_mb:.0f} |"
        )
    return "\n".join(lines)


def site_rows(paths, counts, measures):
    rows = []
    for page, path in paths.items():
        for mode in ("uncached", "cached"):
            shown_mode = "cached (searches never are)" if page == "search" and mode == "cached" else mode
            rows.append(
                Row(
                    page,
                    shown_mode,
                    path,
                    counts[mode]["large"][page]["queries"],
                    counts[mode]["small"][page]["queries"],
                    measures[mode][page],
                )
            )
    return rows


def header(size, counts, elapsed):
    import django

    import wagtail

    large = counts["uncached"]["large"]
    cpu_lines = Path("/proc/cpuinfo").read_text().splitlines()
    cpu = next((line.split(":", 1)[1].strip() for line in cpu_lines if "model name" in line), platform.processor())
    return "\n".join(
        [
            "# Page benchmark (`make bench`)",
            "",
            f"- Date: {time.strftime('%Y-%m-%d %H:%M %Z')}; machine: {os.cpu_count()} cores ({cpu}), "
            f"{platform.system()} {platform.release()}",
            f"- Wagtail {wagtail.__version__}, Django {django.__version__}, Python {platform.python_version()}, "
            f"gunicorn {WORKERS} sync workers per site, PostgreSQL and Redis on the same machine",
            f"- Large site: {size['series per language']} series × {EPISODES_PER_SERIES} episodes = "
            f"{size['episodes per language']} episodes per language, French and English ({size['pages']} pages), "
            f"{size['themes per language']} themes per language, {size['images']} images; the demo size is "
            "`load_demo` (1 series, 2 episodes per language) with the same posters and cover",
            f"- The theme page lists {large['theme']['episodes shown']} episodes; the search finds "
            f"{large['search']['results']} episodes and shows {large['search']['episodes shown']}",
            f"- Per page: {WARM_UP_REQUESTS} warm-up requests, then up to {SEQUENTIAL_REQUESTS} sequential requests "
            f"(at most {SEQUENTIAL_SECONDS} s) for median and p95, then `wrk` {WRK_SECONDS} s at {CONNECTIONS} "
            "connections; worker RSS is the mean of the workers after that page's runs",
            f"- Floor: the home page of a bare `wagtail start` project, same gunicorn settings; whole run {elapsed}",
        ]
    )


def report(size, paths, floor_path, counts, measures, load, elapsed):
    floor = measures["floor"]["floor"]
    rows = [Row("floor", "bare Wagtail", floor_path, counts["floor"]["floor"]["queries"], None, floor)]
    rows += site_rows(paths, counts, measures)
    return f"{header(size, counts, elapsed)}\n\n{table(rows, floor)}\n\n{notes(rows, load)}\n"


def notes(rows, load):
    """What a reader needs to trust the table: how busy the machine was, and what fell short."""
    lines = [
        "CPU busy with other work just before each server started: "
        + ", ".join(f"{label} {share:.0%}" for label, share in load.items())
        + "."
    ]
    if max(load.values()) > 0.15:
        lines.append("**The machine was not idle: every figure is slower than on an idle machine.**")
    short = [row for row in rows if row.measure.requests < SEQUENTIAL_REQUESTS]
    if short:
        cut = ", ".join(f"{row.page} {row.mode} ({row.measure.requests})" for row in short)
        lines.append(f"Fewer than {SEQUENTIAL_REQUESTS} sequential requests (cut at {SEQUENTIAL_SECONDS} s): {cut}.")
    misses = [
        f"{row.page} ({row.measure.cache_hits}/{row.measure.requests} hits)"
        for row in rows
        if row.mode == "cached" and row.measure.cache_hits < row.measure.requests
    ]
    if misses:
        lines.append(f"Not every cached request was a cache hit: {', '.join(misses)}.")
    return "\n".join(f"- {line}" for line in lines)


# Main ----------------------------------------------------------------------------------------------------

BUILD_STEPS = {"pictures": add_pictures, "grow": build_large_site}


def on_alarm(signum, frame):
    raise BenchTimeout


def run_bench(scratch):
    started = time.monotonic()
    print("Building the large site and the demo-size copy…")
    size = prepare_site(scratch)
    print("Making the floor (wagtail start)…")
    floor_project, floor_env = prepare_floor(scratch)

    uncached_env = site_environment(SITE_DATABASE, scratch, page_cache=False)
    cached_env = site_environment(SITE_DATABASE, scratch)
    paths = site_paths(uncached_env)
    floor_paths = {"floor": "/"}
    print("Counting queries…")
    small_database = {"DATABASE_URL": f"{reliability.POSTGRES}/{SMALL_DATABASE}"}
    small_paths = site_paths(uncached_env | small_database)
    counts = {
        mode: {"large": count_queries(env, paths), "small": count_queries(env | small_database, small_paths)}
        for mode, env in (("uncached", uncached_env), ("cached", cached_env))
    }
    counts["floor"] = count_queries(floor_env, floor_paths, cwd=floor_project)

    print("Measuring (one server at a time)…")
    log = scratch / "gunicorn.log"
    measures, load = {}, {}
    measures["floor"], load["floor"] = measure_server("floor", floor_env, floor_project, "floor.wsgi", floor_paths, log)
    for mode, env in (("uncached", uncached_env), ("cached", cached_env)):
        subprocess.run(["redis-cli", "-n", REDIS_DB, "flushdb"], check=True, capture_output=True)
        measures[mode], load[mode] = measure_server(mode, env, ROOT, "site_config.wsgi", paths, log)
    elapsed = time.monotonic() - started
    return report(size, paths, floor_paths["floor"], counts, measures, load, f"{elapsed / 60:.1f} min")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", nargs="?", choices=list(BUILD_STEPS), help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT, help="seconds before the run gives up")
    args = parser.parse_args()
    if args.step:
        import django

        django.setup()
        print("DONE " + json.dumps(BUILD_STEPS[args.step]()))
        return

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(args.timeout)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-pages-") as scratch:
            result = run_bench(Path(scratch))
    except BenchTimeout:
        raise SystemExit(f"make bench gave up after {args.timeout} s (--timeout)") from None
    except subprocess.CalledProcessError as error:
        raise SystemExit(f"{' '.join(map(str, error.cmd[:4]))} failed:\n{error.stdout}\n{error.stderr}") from None
    finally:
        signal.alarm(0)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(result)
    print()
    print(result)
    print(f"Written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
