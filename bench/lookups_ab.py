"""A/B: what the remembered lookups (caching/lookups.py) save against Wagtail's own lookups.

Times every live page of the demo in both languages through the full Django stack with the whole-page
cache off (bench/in_process_ab.py), alternately as the site runs and with Wagtail's own lookups, and
prints the medians per round. Wagtail's own, in this process only (caching/ is left untouched):
- no CachedSiteMiddleware: Wagtail finds the site itself (Site.find_for_request, a query a request);
- every module holding a lookup of caching/lookups.py gets the Wagtail call it stands for:
  Locale.get_active() for active_locale(), .live().public() (without aliases) for published(), the
  locales and view restrictions read from the database for locales(), locale_by_id() and
  view_restrictions(), and Page.get_view_restrictions() for CachedRestrictionsMixin.
Everything else the site remembers (routes, card lists, fragments, translations) stays on in both.

    .venv/bin/python -m bench.lookups_ab [--rounds 3] [--passes 60] [--stack dev|production]

On the 2-core development machine (2026-11-30, busy with other work: load 3 to 5), the demo's 18 live
pages: 4.5 queries a page against 8.8. Development stack: 7.8-10.1 ms against 9.9-13.5 ms, a saving of
21-31 % (median 25 %) of an uncached page's time; production stack (PostgreSQL, Redis): 8.7-10.0 ms
against 11.0-12.5 ms, 20-23 % (median 21 %). So they stay.
"""

import argparse
import sys
from contextlib import ExitStack, contextmanager
from pathlib import Path
from unittest import mock

from . import in_process_ab
from .processes import ROOT

SITE_MIDDLEWARE = "caching.lookups.CachedSiteMiddleware"
VIRTUALENV = ROOT / ".venv"


def wagtail_equivalents():
    """Each remembered lookup of caching/lookups.py, by name, and the Wagtail call it replaces."""
    from wagtail.models import Locale, PageViewRestriction

    return {
        "active_locale": Locale.get_active,
        "published": lambda queryset: queryset.live().public().filter(alias_of__isnull=True),
        "locales": lambda: {locale.language_code: locale for locale in Locale.objects.all()},
        "locale_by_id": lambda locale_id: Locale.objects.filter(pk=locale_id).first(),
        "view_restrictions": lambda: list(PageViewRestriction.objects.select_related("page")),
    }


def holders(name, function):
    """The project's modules (their file in the project folder, outside the virtualenv) holding this lookup:
    `from caching.lookups import published`, and caching.lookups itself."""
    modules = list(sys.modules.values())
    return [module for module in modules if in_project(module) and vars(module).get(name) is function]


def in_project(module):
    path = Path(getattr(module, "__file__", None) or "/")
    return path.is_relative_to(ROOT) and not path.is_relative_to(VIRTUALENV)


@contextmanager
def remembered():
    from django.test.utils import override_settings

    with override_settings(ALLOWED_HOSTS=["testserver"]):
        yield


@contextmanager
def wagtail_own():
    from django.conf import settings
    from django.test.utils import override_settings

    from wagtail.models import Page

    from caching import lookups

    middleware = [name for name in settings.MIDDLEWARE if name != SITE_MIDDLEWARE]
    with ExitStack() as stack:
        stack.enter_context(override_settings(ALLOWED_HOSTS=["testserver"], MIDDLEWARE=middleware))
        for name, replacement in wagtail_equivalents().items():
            for module in holders(name, getattr(lookups, name)):
                stack.enter_context(mock.patch.object(module, name, replacement))
        stack.enter_context(
            mock.patch.object(lookups.CachedRestrictionsMixin, "get_view_restrictions", Page.get_view_restrictions)
        )
        yield


def replaced_where():
    """Which module holds which lookup, for the reader to check that nothing was missed."""
    from caching import lookups

    return {
        name: sorted(module.__name__ for module in holders(name, getattr(lookups, name)))
        for name in wagtail_equivalents()
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    in_process_ab.add_arguments(parser)
    options = parser.parse_args()
    with in_process_ab.demo(options.stack) as addresses:
        variants = {"remembered": remembered, "Wagtail's own": wagtail_own}
        in_process_ab.one_pass(remembered, addresses)  # imports every module that holds a lookup
        for name, modules in replaced_where().items():
            print(f"{name}: {', '.join(modules)}")
        print(f"{len(addresses)} live pages, {options.passes} passes a round, whole-page cache off ({options.stack})")
        in_process_ab.compare(variants, addresses, options.rounds, options.passes)


if __name__ == "__main__":
    main()
