"""A/B timings in one process, shared by routing_ab.py and lookups_ab.py.

The demo is built in a scratch database with the whole-page cache off, so that every request renders its
page; every live page of both languages is requested through the full Django stack (test client), the
two variants taking turns pass by pass, and each round gives each variant's median time a page.

Two stacks:
- `dev` (the default): the development settings as they are, a scratch SQLite file and the process's
  own memory as the cache;
- `production`: PostgreSQL (scratch database bench_ab) and Redis (database 13, flushed), persistent
  database connections and DEBUG off, as in production; each query and each cache read then costs a
  round trip to a server on the same machine.
"""

import os
import statistics
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from . import reliability

STACKS = ("dev", "production")
AB_DATABASE = "bench_ab"
AB_REDIS_DB = "13"  # large_site.py uses 14, reliability.py 15


def add_arguments(parser):
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=60)
    parser.add_argument("--stack", choices=STACKS, default="dev", help="see bench/in_process_ab.py")


@contextmanager
def demo(stack):
    """The demo, migrated and loaded, with Django set up; yields the addresses of its live pages."""
    with tempfile.TemporaryDirectory(prefix="bench-ab-") as scratch:
        os.environ["PAGE_CACHE"] = "false"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.dev")
        if stack == "production":
            reliability.recreate_database(AB_DATABASE)
            subprocess.run(["redis-cli", "-n", AB_REDIS_DB, "flushdb"], check=True, capture_output=True)
            os.environ |= {
                "DATABASE_URL": f"{reliability.POSTGRES}/{AB_DATABASE}",
                "REDIS_URL": f"redis://127.0.0.1:6379/{AB_REDIS_DB}",
                "CONN_MAX_AGE": "60",
                "DJANGO_DEBUG": "false",
            }
        else:
            os.environ["DATABASE_URL"] = f"sqlite:///{Path(scratch) / 'ab.sqlite3'}"
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
        from wagtail.models import Page

        yield [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]


def warm_and_count(variant, addresses):
    """Every address requested once (asserting it answers), then once more counting its SQL queries;
    returns the mean queries a page."""
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    with variant():
        client = Client()  # made inside the variant: it loads the variant's middleware
        for address in addresses:  # warm every remembered route, lookup and fragment
            assert client.get(address).status_code == 200, address
        queries = 0
        for address in addresses:
            reset_queries()  # as each request does: a capture spans one request only
            with CaptureQueriesContext(connection) as captured:
                client.get(address)
            queries += len(captured)
    return queries / len(addresses)


def one_pass(variant, addresses):
    """Seconds of each request of one pass over the addresses, with this variant in place."""
    from django.test import Client

    times = []
    with variant():
        client = Client()
        for address in addresses:
            start = time.perf_counter()
            client.get(address)
            times.append(time.perf_counter() - start)
    return times


def compare(variants, addresses, rounds, passes):
    """Two variants (context managers), `rounds` rounds of `passes` passes each. Within a round the
    variants take turns pass by pass, in an order flipped every pass, so that both see the same load
    from anything else running on the machine. Prints each round's medians and returns the savings in %."""
    (label_a, variant_a), (label_b, variant_b) = variants.items()
    queries_a, queries_b = warm_and_count(variant_a, addresses), warm_and_count(variant_b, addresses)
    print(f"queries a page: {label_a} {queries_a:.1f}, {label_b} {queries_b:.1f}")
    savings = []
    for round_number in range(rounds):
        times = {label_a: [], label_b: []}
        for pass_number in range(passes):
            turns = [(label_a, variant_a), (label_b, variant_b)]
            for label, variant in turns if pass_number % 2 == 0 else reversed(turns):
                times[label] += one_pass(variant, addresses)
        a, b = (statistics.median(times[label]) * 1000 for label in (label_a, label_b))
        savings.append(100 * (b - a) / b)
        print(f"round {round_number + 1}: {label_a} {a:.2f} ms, {label_b} {b:.2f} ms, saves {savings[-1]:.1f} %")
    print(
        f"{label_a} saves {statistics.median(savings):.1f} % of {label_b}'s time a page "
        f"(median of {rounds} rounds; {min(savings):.1f} to {max(savings):.1f} %)"
    )
    return savings
