"""Reliability drills against the real stack: gunicorn (production settings), PostgreSQL and Redis.

    .venv/bin/python -m bench.reliability load           # 60 s at 32 connections: requests/s, p95, errors
    .venv/bin/python -m bench.reliability db-restart     # PostgreSQL restarted mid-run: 5xx during and after
    .venv/bin/python -m bench.reliability redis-down     # Redis stopped mid-run: 5xx (must be 0)
    .venv/bin/python -m bench.reliability backup-drill   # backup, restore into an empty database, compare

Each builds the demo site in a scratch database (reliability, dropped first), serves it with
gunicorn on 127.0.0.1:8765 and uses wrk (Debian package) for load; each is bounded in time.
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
from pathlib import Path

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


def wrk(duration, connections, paths, base=BASE):
    """wrk on these paths in turn (wrk_report.lua): requests/s, latency, errors and 5xx answers."""
    result = subprocess.run(
        ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s", "-s", str(WRK_SCRIPT)]
        + [base, "--", *paths],
        capture_output=True,
        text=True,
        timeout=duration + 60,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT"))
    requests, duration_us, p50, p95, non_2xx_3xx, socket_errors, fivexx = line.split()[1:]
    return {
        "requests": int(requests),
        "requests/s": int(requests) / (int(duration_us) / 1e6),
        "p50 ms": float(p50),
        "p95 ms": float(p95),
        "non-2xx/3xx": int(non_2xx_3xx),
        "socket errors": int(socket_errors),
        "5xx": int(fivexx),
    }


def show(title, figures):
    print(
        f"{title}: "
        + ", ".join(
            f"{key} {value:.1f}" if isinstance(value, float) else f"{key} {value}" for key, value in figures.items()
        )
    )


def after(seconds, action):
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


def load(args):
    with demo_site():
        paths = page_paths()
        print(f"{len(paths)} paths (every sitemap page and {len(SEARCHES)} searches), {args.connections} connections")
        show(f"load {args.duration} s", wrk(args.duration, args.connections, paths))


def restart_postgres():
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"], check=True)


def db_restart(args):
    with demo_site():
        paths = page_paths()
        timer = after(args.duration / 3, restart_postgres)
        show(
            f"during ({args.duration} s, PostgreSQL restarted at {args.duration / 3:.0f} s)",
            wrk(args.duration, args.connections, paths),
        )
        timer.join()
        show("after (15 s)", wrk(15, args.connections, paths))


def stop_redis():
    subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True)


def start_redis():
    subprocess.run(REDIS_START, shell=True, check=True)


def redis_down(args):
    with demo_site():
        paths = page_paths()
        stop_timer = after(args.duration / 3, stop_redis)
        start_timer = after(2 * args.duration / 3, start_redis)
        try:
            show(
                f"Redis stopped from {args.duration / 3:.0f} s to {2 * args.duration / 3:.0f} s of {args.duration} s",
                wrk(args.duration, args.connections, paths),
            )
        finally:
            stop_timer.join()
            start_timer.join()
            subprocess.run(["redis-cli", "ping"], capture_output=True)


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
    args = parser.parse_args()
    {"load": load, "db-restart": db_restart, "redis-down": redis_down, "backup-drill": backup_drill}[args.drill](args)


if __name__ == "__main__":
    main()
