"""The site the page benchmark measures: the large site (bench_pages) and its demo-size copy (bench_pages_small).

Both start as the demo (`migrate`, `load_demo`); the copy is taken before `build_large_site`
(series/management/commands/build_large_site.py) grows the original, and gets the same pictures, so that
its query counts differ from the large site's by size alone.
"""

import json
import time
from pathlib import Path

import psycopg

from . import reliability
from .processes import PYTHON, json_output, manage, run
from .servers import WORKERS

SITE_DATABASE, SMALL_DATABASE = "bench_pages", "bench_pages_small"
REDIS_DB = "14"  # reliability.py uses 15, lookups_ab.py 13
SITE_BIND = "127.0.0.1:8781"
STYLESHEET = "css/site.css"  # the one every page links, served by WhiteNoise under its hashed name
# The theme page and the search measured: a demo theme, so that the demo size has them too.
THEME_SLUG = "faire-du-lien"
SEARCH_WORD = "lien"


def site_environment(scratch, database=SITE_DATABASE, page_cache=True):
    """The site's production settings on this database, Redis database REDIS_DB, served on SITE_BIND."""
    env = reliability.site_environment(database, scratch / "media", scratch / "static") | {
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "WEB_CONCURRENCY": str(WORKERS),
        "GUNICORN_BIND": SITE_BIND,
    }
    env.pop("PAGE_CACHE", None)
    return env if page_cache else env | {"PAGE_CACHE": "false"}


def flush_redis():
    run(["redis-cli", "-n", REDIS_DB, "flushdb"], env=None)


def prepare(scratch):
    """Both databases built, indexed and the static files collected; returns the large site's size."""
    env = site_environment(scratch)
    small_env = site_environment(scratch, SMALL_DATABASE)
    reliability.recreate_database(SITE_DATABASE)
    flush_redis()
    for command in (["migrate"], ["load_demo"]):
        manage([*command, "--verbosity", "0"], env)
    copy_database(SITE_DATABASE, SMALL_DATABASE)
    started = time.monotonic()
    size = json_output(manage(["build_large_site"], env))
    print(f"  built in {time.monotonic() - started:.0f} s: {size}")
    manage(["build_large_site", "--pictures-only"], small_env)
    started = time.monotonic()
    manage(["update_index", "--verbosity", "0"], env)  # the search reads Wagtail's index table
    print(f"  indexed in {time.monotonic() - started:.0f} s")
    manage(["collectstatic", "--noinput", "--verbosity", "0"], env)
    return size


def copy_database(source, target):
    with psycopg.connect(f"{reliability.POSTGRES}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')


def measured_pages(env):
    """{page: path} of the pages measured, in the site of this environment."""
    return json_output(run([PYTHON, "-m", "bench.site_pages", THEME_SLUG, SEARCH_WORD], env))


def small_environment(env):
    """The same settings on the demo-size copy."""
    return env | {"DATABASE_URL": f"{reliability.POSTGRES}/{SMALL_DATABASE}"}


def stylesheet(env):
    """The address of the site's stylesheet under the hashed name `collectstatic` gave it (its manifest)."""
    manifest = json.loads((Path(env["STATIC_ROOT"]) / "staticfiles.json").read_text())
    return f"/static/{manifest['paths'][STYLESHEET]}"
