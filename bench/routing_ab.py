"""A/B: what the routing shortcut (caching/routing.py) saves against Wagtail's own routing.

Times every live page of the demo in both languages through the full Django stack with the whole-page
cache off (bench/in_process_ab.py), alternately with the site's addresses and with
bench/wagtail_routing_urls.py (Wagtail's serve view), and prints the medians per round.

    .venv/bin/python -m bench.routing_ab [--rounds 3] [--passes 60] [--stack dev|production]

On the 2-core development machine (2026-11-30), the demo's 8 pages of then, idle machine, whole rounds
alternating: 3.9-4.1 ms with the shortcut against 6.4-6.6 ms with Wagtail's routing, a saving of 37-41 %
of an uncached page's time. The same day with the demo's 18 live pages (about, contact, videos... added),
variants alternating pass by pass, machine busy with other work: 4.5 queries a page against 9.4,
5.4-6.4 ms against 7.0-8.3 ms, 22-23 %.
"""

import argparse
from contextlib import contextmanager

from . import in_process_ab


def urlconf(name):
    @contextmanager
    def variant():
        from django.test.utils import override_settings
        from django.urls import clear_url_caches

        with override_settings(ROOT_URLCONF=name, ALLOWED_HOSTS=["testserver"]):
            clear_url_caches()
            yield

    return variant


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    in_process_ab.add_arguments(parser)
    options = parser.parse_args()
    with in_process_ab.demo(options.stack) as addresses:
        print(f"{len(addresses)} live pages, {options.passes} passes a round, whole-page cache off ({options.stack})")
        variants = {"shortcut": urlconf("site_config.urls"), "Wagtail": urlconf("bench.wagtail_routing_urls")}
        in_process_ab.compare(variants, addresses, options.rounds, options.passes)


if __name__ == "__main__":
    main()
