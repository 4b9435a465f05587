"""The page benchmark's report: one table with each page's ratios to the floor, written to results/latest.md."""

import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path

import django

import wagtail

from .measure import CONNECTIONS, SEQUENTIAL_REQUESTS, SEQUENTIAL_SECONDS, WARM_UP_REQUESTS, WRK_SECONDS, Measure
from .processes import BENCH
from .servers import WORKERS
from .varnish import version as varnish_version

RESULTS = BENCH / "results" / "latest.md"


@dataclass
class Row:
    page: str
    mode: str
    path: str
    queries: int | None  # None: the application is not asked
    small_queries: int | None
    measure: Measure
    expects_hits: bool = False  # every measured request should be a cache hit (the notes say when not)


def report(size, paths, floor_path, stylesheet, counts, measures, load, elapsed):
    floor = measures["floor"]["floor"]
    rows = [Row("floor", "bare Wagtail", floor_path, counts["floor"]["floor"]["queries"], None, floor)]
    rows += site_rows(paths, counts, measures)
    rows += beside_rows(paths["episode"], stylesheet, counts["beside"], measures["cached"])
    return f"{header(size, counts, elapsed)}\n\n{table(rows, floor)}\n\n{notes(rows, load)}\n"


def write(text):
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text)
    return RESULTS


def site_rows(paths, counts, measures):
    rows = []
    for page, path in paths.items():
        for mode in ("uncached", "cached"):
            rows.append(
                Row(
                    page,
                    mode,
                    path,
                    counts[mode]["large"][page]["queries"],
                    counts[mode]["small"][page]["queries"],
                    measures[mode][page],
                    expects_hits=mode == "cached",
                )
            )
    return rows


def beside_rows(episode, stylesheet, counts, measures):
    """Measured with the cached site up: the episode from Varnish and revalidated, the stylesheet."""
    return [
        Row("episode", "Varnish hit", episode, None, None, measures["varnish"], expects_hits=True),
        Row("episode", "revalidated (304)", episode, counts["revalidated"]["queries"], None, measures["revalidated"]),
        Row("stylesheet", "WhiteNoise", stylesheet, counts["static"]["queries"], None, measures["static"]),
    ]


def header(size, counts, elapsed):
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
            f"- Large site: {size['series per language']} series × {size['episodes per series']} episodes = "
            f"{size['episodes per language']} episodes per language, French and English ({size['pages']} pages), "
            f"{size['themes per language']} themes per language, {size['images']} images; the demo size is "
            "`load_demo` (1 series, 2 episodes per language) with the same posters and cover",
            f"- The theme page lists {large['theme']['episodes shown']} episodes; the search finds "
            f"{large['search']['results']} episodes and shows {large['search']['episodes shown']}",
            f"- Per page: {WARM_UP_REQUESTS} warm-up requests, then up to {SEQUENTIAL_REQUESTS} sequential requests "
            f"(at most {SEQUENTIAL_SECONDS} s) for median and p95, then `wrk` {WRK_SECONDS} s at {CONNECTIONS} "
            "connections; worker RSS is the mean of the workers after that page's runs",
            f"- Floor: the home page of a bare `wagtail start` project, same gunicorn settings; whole run {elapsed}",
            f"- With the cached site up: the episode from {varnish_version()} in front of it "
            "(deploy/varnish/site.vcl; the application is not asked, the RSS column does not apply), the episode "
            "asked with `If-None-Match` and the ETag the application gave (a 304, no body), and the site's "
            "stylesheet under its hashed name, as WhiteNoise serves it",
        ]
    )


def table(rows, floor):
    lines = [
        "| page | mode | queries (large) | queries (demo size) | median ms | p95 ms | median ÷ floor "
        "| req/s (16 conn.) | req/s ÷ floor | worker RSS MB |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for row in rows:
        measured = row.measure
        queries = "—" if row.queries is None else str(row.queries)
        small = "" if row.small_queries is None else str(row.small_queries)
        rss = "—" if measured.worker_rss_mb is None else f"{measured.worker_rss_mb:.0f}"
        lines.append(
            f"| {row.page} `{row.path}` | {row.mode} | {queries} | {small} | {measured.median_ms:.1f} "
            f"| {measured.p95_ms:.1f} | {measured.median_ms / floor.median_ms:.2f} "
            f"| {measured.requests_per_second:.0f} | {measured.requests_per_second / floor.requests_per_second:.2f} "
            f"| {rss} |"
        )
    return "\n".join(lines)


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
        f"{row.page} {row.mode} ({row.measure.cache_hits}/{row.measure.requests} hits)"
        for row in rows
        if row.expects_hits and row.measure.cache_hits < row.measure.requests
    ]
    if misses:
        lines.append(f"Not every cached request was a cache hit: {', '.join(misses)}.")
    return "\n".join(f"- {line}" for line in lines)
