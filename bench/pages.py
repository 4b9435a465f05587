"""What each page type costs, uncached and cached, against the cheapest Wagtail page on this machine.

    make bench                                   # or: .venv/bin/python -m bench.pages [--timeout 600]

Builds a large bilingual site (5 series of 100 episodes, in French and English) in a scratch PostgreSQL
database and its demo-size copy (bench/large_site.py), and a bare `wagtail start` project, the floor, in
another (bench/floor_project.py). Serves each with gunicorn, 2 workers (bench/servers.py), and measures,
page by page, the SQL queries of one request, the median and p95 of sequential requests, requests/s at 16
connections (wrk) and the workers' memory (bench/measure.py). With the cached site still up, it also
measures the site's stylesheet as WhiteNoise serves it, the episode revalidated by the application (a 304)
and the episode from Varnish in front of it (bench/varnish.py). Prints one table and writes it to
bench/results/latest.md (bench/report.py).
"""

import argparse
import signal
import subprocess
import tempfile
import time
from functools import partial
from pathlib import Path

from . import floor_project, large_site, report
from .measure import beside_the_pages, count_queries, measure_server
from .processes import ROOT, BenchTimeout

DEFAULT_TIMEOUT = 600


def run_bench(scratch):
    started = time.monotonic()
    print("Building the large site and the demo-size copy…")
    size = large_site.prepare(scratch)
    print("Making the floor (wagtail start)…")
    floor, floor_env = floor_project.prepare(scratch)

    environments = {
        "uncached": large_site.site_environment(scratch, page_cache=False),
        "cached": large_site.site_environment(scratch),
    }
    paths = large_site.measured_pages(environments["uncached"])
    floor_paths = {"floor": "/"}
    print("Counting queries…")
    small_paths = large_site.measured_pages(large_site.small_environment(environments["uncached"]))
    counts = {
        mode: {
            "large": count_queries(env, paths),
            "small": count_queries(large_site.small_environment(env), small_paths),
        }
        for mode, env in environments.items()
    }
    counts["floor"] = count_queries(floor_env, floor_paths, cwd=floor)
    stylesheet = large_site.stylesheet(environments["cached"])
    beside_paths = {"static": stylesheet, "revalidated": {"path": paths["episode"], "revalidate": True}}
    counts["beside"] = count_queries(environments["cached"], beside_paths)

    print("Measuring (one server at a time)…")
    log = scratch / "gunicorn.log"
    measures, load = {}, {}
    measures["floor"], load["floor"] = measure_server("floor", floor_env, floor, "floor.wsgi", floor_paths, log)
    for mode, env in environments.items():
        large_site.flush_redis()
        beside = (
            partial(beside_the_pages, episode=paths["episode"], stylesheet=stylesheet) if mode == "cached" else None
        )
        measures[mode], load[mode] = measure_server(mode, env, ROOT, "site_config.wsgi", paths, log, beside)
    elapsed = time.monotonic() - started
    return report.report(
        size, paths, floor_paths["floor"], stylesheet, counts, measures, load, f"{elapsed / 60:.1f} min"
    )


def on_alarm(signum, frame):
    raise BenchTimeout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT, help="seconds before the run gives up")
    args = parser.parse_args()
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
    written = report.write(result)
    print()
    print(result)
    print(f"Written to {written.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
