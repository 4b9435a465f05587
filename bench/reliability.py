"""Reliability drills against the real stack: gunicorn (production settings), PostgreSQL and Redis.

    .venv/bin/python -m bench.reliability load           # 60 s at 32 connections: requests/s, p95, errors
    .venv/bin/python -m bench.reliability db-restart     # PostgreSQL restarted mid-run: 5xx during and after
    .venv/bin/python -m bench.reliability redis-down     # Redis stopped mid-run: 5xx (must be 0)
    .venv/bin/python -m bench.reliability backup-drill   # backup, restore into an empty database, compare

    .venv/bin/python -m bench.reliability db-restart --through-varnish   # the same load through Varnish
    .venv/bin/python -m bench.reliability redis-down --through-varnish

Each builds the demo site in a scratch database (reliability, dropped first), serves it with
gunicorn on 127.0.0.1:8765 and uses wrk (Debian package) for load; each is bounded in time. Every load
counts the 5xx answers and, apart, the 503 (the application's « back in a moment » page when its database
does not answer, or Varnish's when it has no copy and the application is down); db-restart and redis-down
also count what was answered while PostgreSQL was restarting or Redis was stopped.

--through-varnish puts Varnish (deploy/varnish/site.vcl, bench/varnish.py; Debian package) in front of
gunicorn for load, db-restart and redis-down: the load goes to Varnish, which probes /healthz/ every second.
One more address takes its turn with the sitemap's and the searches: a search never asked before (a new
word each time), which neither Varnish nor the page cache holds, so that the application has to render
pages during the outage. Answers Varnish served from its cache (X-Cache: HIT) are counted, during the
outage too.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .varnish import running_varnish

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/15"
BIND = "127.0.0.1:8765"
BASE = f"http://{BIND}"
REDIS_START = (
    "redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save '' --appendonly no "
    "--dir /var/lib/redis --logfile /var/log/redis/ci.log"
)
SEARCHES = ["/fr/recherche/?q=lien", "/en/search/?q=connection", "/fr/recherche/?q=confiance&theme=faire-du-lien"]
NEW_SEARCH = "/fr/recherche/?q=introuvable{n}"  # wrk_report.lua makes each one new: no cache holds it

WRK_SCRIPT = Path(__file__).resolve().parent / "wrk_report.lua"  # counts 5xx answers, prints a RESULT line


def run(command, env=None, **kwargs):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True, **kwargs)


def site_environment(database, media_root, static_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",  # no TLS proxy in front here
        "DATABASE_URL": f"{POSTGRES}/{database}",
        "REDIS_URL": REDIS_URL,
        "MEDIA_ROOT": str(media_root),
        "STATIC_ROOT": str(static_root),
        "WEB_CONCURRENCY": "4",
        "GUNICORN_BIND": BIND,
        "LOG_LEVEL": "WARNING",
    }


def recreate_database(name):
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


@contextmanager
def demo_site(database="reliability"):
    """The demo site in a scratch database, served by gunicorn; yields its environment."""
    with tempfile.TemporaryDirectory(prefix="reliability-") as scratch:
        env = site_environment(database, Path(scratch) / "media", Path(scratch) / "static")
        recreate_database(database)
        subprocess.run(["redis-cli", "-n", "15", "flushdb"], capture_output=True)
        for command in (["migrate"], ["load_demo"], ["collectstatic", "--noinput"]):
            run([PYTHON, "manage.py", *command, "--verbosity", "0"], env=env)
        server = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "-c", "site_config/gunicorn.conf.py", "site_config.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=open(Path(scratch) / "gunicorn.log", "w"),  # noqa: SIM115
        )
        try:
            wait_until_healthy()
            yield env
        finally:
            server.terminate()
            server.wait(timeout=30)


def wait_until_healthy(timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{BASE}/healthz/", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not become healthy")


def page_paths():
    """Every page of the sitemap plus representative searches."""
    with urllib.request.urlopen(f"{BASE}/sitemap.xml", timeout=10) as response:
        sitemap = response.read().decode()
    pages = [re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    return pages + SEARCHES


def wrk(duration, connections, paths, base=BASE, headers=None):
    """wrk on these paths in turn (wrk_report.lua), with these request headers: requests/s, latency, errors,
    5xx answers, the application's 503 and Varnish's own among them, Varnish hits; and, under "per second",
    {unix second: (answers, hits, 503, Varnish 503, other 5xx)}."""
    header_options = [option for name, value in (headers or {}).items() for option in ("-H", f"{name}: {value}")]
    result = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s", "-s", str(WRK_SCRIPT)]
        + header_options
        + [base, "--", *paths],
        capture_output=True,
        text=True,
        timeout=duration + 60,
    )
    lines = result.stdout.splitlines()
    line = next(line for line in lines if line.startswith("RESULT"))
    requests, duration_us, p50, p95, non_2xx_3xx, socket_errors, fivexx, *unavailable, hits = line.split()[1:]
    seconds = [[int(field) for field in line.split()[1:]] for line in lines if line.startswith("SECOND")]
    return {
        "requests": int(requests),
        "requests/s": int(requests) / (int(duration_us) / 1e6),
        "p50 ms": float(p50),
        "p95 ms": float(p95),
        "non-2xx/3xx": int(non_2xx_3xx),
        "socket errors": int(socket_errors),
        "5xx": int(fivexx),
        "of which 503 from the application": int(unavailable[0]),
        "503 from Varnish": int(unavailable[1]),
        "Varnish hits": int(hits),
        "per second": {second: tuple(counts) for second, *counts in seconds},
    }


def show(title, figures):
    print(
        f"{title}: "
        + ", ".join(
            f"{key} {value:.1f}" if isinstance(value, float) else f"{key} {value}"
            for key, value in figures.items()
            if not isinstance(value, dict)
        )
    )


@dataclass
class Outage:
    """When PostgreSQL or Redis was out, in unix seconds: from the start of one action to the end of another."""

    began: float | None = None
    ended: float | None = None

    def starting(self, action):
        def run():
            self.began = time.time()
            action()

        return run

    def ending(self, action):
        def run():
            action()
            self.ended = time.time()

        return run

    def show(self, figures):
        """The answers of the load's seconds that overlap the outage (wrk_report.lua counts them per second)."""
        if self.began is None or self.ended is None:
            print("outage: not timed (the action did not run)")
            return
        seconds = range(int(self.began), int(self.ended) + 1)
        counts = [figures["per second"].get(second, (0, 0, 0, 0, 0)) for second in seconds]
        answers, hits, unavailable, varnish_unavailable, other = (sum(column) for column in zip(*counts, strict=True))
        show(
            f"while out ({self.ended - self.began:.1f} s, answers of {len(seconds)} whole seconds)",
            {
                "answers": answers,
                "Varnish hits": hits,
                "503 from the application": unavailable,
                "503 from Varnish": varnish_unavailable,
                "other 5xx": other,
            },
        )


@contextmanager
def front(args):
    """Where the load goes: gunicorn itself, or Varnish in front of it (--through-varnish)."""
    if not args.through_varnish:
        yield BASE
        return
    with running_varnish(int(BIND.rsplit(":", 1)[1]), host_header="localhost") as port:
        print(f"through Varnish on 127.0.0.1:{port}, in front of gunicorn on {BIND}")
        yield f"http://127.0.0.1:{port}"


def load_paths(args):
    """The sitemap and the searches; through Varnish, also a search never asked before, in turn with them."""
    return page_paths() + ([NEW_SEARCH] if args.through_varnish else [])


def after(seconds, action):
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


def load(args):
    with demo_site(), front(args) as base:
        paths = load_paths(args)
        print(f"{len(paths)} paths (every sitemap page and the searches), {args.connections} connections")
        show(f"load {args.duration} s", wrk(args.duration, args.connections, paths, base))


def restart_postgres():
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True)


def db_restart(args):
    with demo_site(), front(args) as base:
        paths = load_paths(args)
        outage = Outage()
        timer = after(args.duration / 3, outage.ending(outage.starting(restart_postgres)))
        figures = wrk(args.duration, args.connections, paths, base)
        timer.join()
        show(f"during ({args.duration} s, PostgreSQL restarted at {args.duration / 3:.0f} s)", figures)
        outage.show(figures)
        show("after (15 s)", wrk(15, args.connections, paths, base))


def stop_redis():
    subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True)


def start_redis():
    subprocess.run(REDIS_START, shell=True, check=True)


def redis_down(args):
    with demo_site(), front(args) as base:
        paths = load_paths(args)
        outage = Outage()
        stop_timer = after(args.duration / 3, outage.starting(stop_redis))
        start_timer = after(2 * args.duration / 3, outage.ending(start_redis))
        try:
            figures = wrk(args.duration, args.connections, paths, base)
            show(
                f"Redis stopped from {args.duration / 3:.0f} s to {2 * args.duration / 3:.0f} s of {args.duration} s",
                figures,
            )
        finally:
            stop_timer.join()
            start_timer.join()
            subprocess.run(["redis-cli", "ping"], capture_output=True)
        outage.show(figures)


def fingerprint(env):
    """bench/fingerprint.py in the site of this environment."""
    return json.loads(run([PYTHON, "-m", "bench.fingerprint"], env=env).stdout.strip().splitlines()[-1])


def backup_drill(args):
    with demo_site() as env, tempfile.TemporaryDirectory(prefix="backup-") as backup:
        Path(env["MEDIA_ROOT"]).mkdir(parents=True, exist_ok=True)
        (Path(env["MEDIA_ROOT"]) / "drill.txt").write_text("media survives the drill\n")
        before = fingerprint(env)
        run(["scripts/backup.sh", backup], env=env)
        size = sum(path.stat().st_size for path in Path(backup).iterdir())
        recreate_database("reliability_restored")
        restored_media = Path(backup) / "restored-media"
        restored_env = env | {"DATABASE_URL": f"{POSTGRES}/reliability_restored", "MEDIA_ROOT": str(restored_media)}
        started = time.perf_counter()
        run(["scripts/restore.sh", backup], env=restored_env | {"PYTHON": PYTHON})
        restore_seconds = time.perf_counter() - started
        restored = fingerprint(restored_env)
        media_same = (restored_media / "drill.txt").read_text() == "media survives the drill\n"
        show("before", before)
        show("restored", restored)
        print(f"backup {size / 1024:.0f} KiB, restore {restore_seconds:.1f} s, media identical: {media_same}")
        print("IDENTICAL" if before == restored and media_same else "DIFFERENT")
        shutil.rmtree(restored_media, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drill", choices=["load", "db-restart", "redis-down", "backup-drill"])
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--through-varnish", action="store_true", help="load, db-restart, redis-down: the load goes through Varnish"
    )
    args = parser.parse_args()
    {"load": load, "db-restart": db_restart, "redis-down": redis_down, "backup-drill": backup_drill}[args.drill](args)


if __name__ == "__main__":
    main()
