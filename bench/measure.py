"""What the page benchmark measures: queries of one request (in-process), latency, requests/s and memory."""

import json
import statistics
import time
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from . import reliability
from .processes import BENCH, PYTHON, ROOT, json_output, run
from .servers import get, gunicorn
from .varnish import running_varnish

WARM_UP_REQUESTS = 20
SEQUENTIAL_REQUESTS = 200
SEQUENTIAL_SECONDS = 20  # a slow page gets fewer sequential requests rather than a longer run
WRK_SECONDS = 10
CONNECTIONS = 16


def count_queries(env, paths, cwd=ROOT):
    """bench/query_counts.py in the project of cwd, with its settings: per page, the queries of one warm request.
    A page given as {"path": …, "revalidate": true} is asked again with the ETag it gave, and must answer 304."""
    command = [PYTHON, "-P", str(BENCH / "query_counts.py"), json.dumps(paths)]
    counts = json_output(run(command, env | {"PYTHONPATH": str(cwd)}, cwd))
    for name, count in counts.items():
        expected = 304 if isinstance(paths[name], dict) and paths[name].get("revalidate") else 200
        if count["status"] != expected:
            raise SystemExit(f"{name} ({paths[name]}) answered {count['status']} in-process, not {expected}")
    return counts


@dataclass(frozen=True)
class Target:
    """What one row asks for: its path with these headers, the status every answer must have, and the header
    and value by which a cache says it answered (None: no cache expected)."""

    path: str
    headers: dict = field(default_factory=dict)
    status: int = 200
    hit: tuple[str, str] | None = ("X-Page-Cache", "hit")


@dataclass
class Measure:
    median_ms: float
    p95_ms: float
    requests: int
    requests_per_second: float
    worker_rss_mb: float | None  # None: gunicorn not asked (Varnish answered)
    cache_hits: int | None  # None: no cache expected in the way


def measure_server(label, env, cwd, application, paths, log, beside=None):
    """Every page on one freshly started gunicorn, one page at a time (never two loads at once); then, if
    given, `beside(bind, server)`'s rows while the server is still up; also how busy the machine was with
    other work just before."""
    load = other_cpu_load()
    results = {}
    bind = env["GUNICORN_BIND"]
    with gunicorn(env, cwd, application, log) as server:
        pages = ((name, measure(bind, Target(path), server)) for name, path in paths.items())
        for name, result in chain(pages, beside(bind, server) if beside else ()):  # each measured in its turn
            results[name] = result
            print(f"  {label:<8} {name:<11} median {result.median_ms:6.1f} ms, {result.requests_per_second:6.0f} req/s")
    return results, load


def beside_the_pages(bind, server, episode, stylesheet):
    """The rows measured with the cached site up, one after the other: the stylesheet as WhiteNoise serves it,
    the episode revalidated by the application (If-None-Match with the ETag it gave: a 304) and the episode
    from Varnish in front of it (deploy/varnish/site.vcl, a hit after the first request)."""
    yield "static", measure(bind, Target(stylesheet, hit=None), server)
    tag = get(bind, episode)[2]["ETag"]
    yield "revalidated", measure(bind, Target(episode, {"If-None-Match": tag}, status=304, hit=None), server)
    with running_varnish(int(bind.rsplit(":", 1)[1]), host_header="localhost") as port:
        yield "varnish", measure(f"127.0.0.1:{port}", Target(episode, hit=("X-Cache", "HIT")), None)


def measure(bind, target, server):
    """One row: warm-up, sequential requests, wrk; the workers' memory when server (gunicorn) is given."""
    for _ in range(WARM_UP_REQUESTS):
        get(bind, target.path, target.headers)
    timings, hits = sequential(bind, target)
    load = load_test(bind, target)
    return Measure(
        median_ms=statistics.median(timings),
        p95_ms=timings[int(0.95 * (len(timings) - 1))],
        requests=len(timings),
        requests_per_second=load["requests/s"],
        worker_rss_mb=worker_rss_mb(server.pid) if server else None,
        cache_hits=None if target.hit is None else hits,
    )


def sequential(bind, target):
    """Sorted latencies in ms of up to SEQUENTIAL_REQUESTS requests, one after the other, and the cache hits."""
    timings, hits = [], 0
    deadline = time.monotonic() + SEQUENTIAL_SECONDS
    while len(timings) < SEQUENTIAL_REQUESTS and time.monotonic() < deadline:
        seconds, status, headers = get(bind, target.path, target.headers)
        if status != target.status:
            raise SystemExit(f"{target.path} answered {status}, not {target.status}")
        timings.append(seconds * 1000)
        if target.hit:
            name, value = target.hit
            hits += headers.get(name) == value
    return sorted(timings), hits


def load_test(bind, target):
    """reliability.wrk (its Lua script counts errors), aimed at this server, with the target's headers."""
    load = reliability.wrk(WRK_SECONDS, CONNECTIONS, [target.path], base=f"http://{bind}", headers=target.headers)
    if load["non-2xx/3xx"] or load["socket errors"]:
        raise SystemExit(f"wrk on {target.path}: {load}")
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
