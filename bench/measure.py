"""What the page benchmark measures: queries of one request (in-process), latency, requests/s and memory."""

import json
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from . import reliability
from .processes import BENCH, PYTHON, ROOT, json_output, run
from .servers import get, gunicorn

WARM_UP_REQUESTS = 20
SEQUENTIAL_REQUESTS = 200
SEQUENTIAL_SECONDS = 20  # a slow page gets fewer sequential requests rather than a longer run
WRK_SECONDS = 10
CONNECTIONS = 16


def count_queries(env, paths, cwd=ROOT):
    """bench/query_counts.py in the project of cwd, with its settings: per page, the queries of one warm request."""
    command = [PYTHON, "-P", str(BENCH / "query_counts.py"), json.dumps(paths)]
    counts = json_output(run(command, env | {"PYTHONPATH": str(cwd)}, cwd))
    for name, count in counts.items():
        if count["status"] != 200:
            raise SystemExit(f"{name} ({paths[name]}) answered {count['status']} in-process")
    return counts


@dataclass
class Measure:
    median_ms: float
    p95_ms: float
    requests: int
    requests_per_second: float
    worker_rss_mb: float
    cache_hits: int


def measure_server(label, env, cwd, application, paths, log):
    """Every page on one freshly started gunicorn, one page at a time (never two loads at once); also
    how busy the machine was with other work just before."""
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
    load = reliability.wrk(WRK_SECONDS, CONNECTIONS, [path], base=f"http://{bind}")
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
