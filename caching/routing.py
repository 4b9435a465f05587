"""Find the page of an address in two queries, whatever its depth (one once its address is known).

Wagtail walks the tree from the site's root, two queries a level (the child, then its specific
page). Every page stores its address below the root (`url_path`), so the pages along an address
can be read at once, then the last one's specific page. The result is handed to Wagtail's own serve
view through `request._wagtail_route_for_request`, which it reads before routing itself; anything
unusual (an unknown address, a page not live, a page type with its own routing) is left to Wagtail.
"""

import itertools

from django.http import Http404
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .lookups import locale_by_id
from .version import cached


def serve(request, path):
    """Wagtail's serve view, with the page found by `route` when it can."""
    if not hasattr(request, "_wagtail_route_for_request"):
        result = route(request, path)
        if result is not None:
            request._wagtail_route_for_request = result
    return wagtail_views.serve(request, path)


def route(request, path):
    """The RouteResult of this address, or None to let Wagtail route it."""
    root_path = localized_root_path(request)
    if root_path is None:
        return None
    components = [component for component in path.split("/") if component]
    chain = pages_along(root_path, components)
    if not is_one_branch(chain) or chain[0].url_path != root_path or not chain[0].live:
        return None  # Wagtail serves another language's home page, or answers 404

    for level, page in enumerate(chain):
        page_class = page.specific_class
        if page_class is None or page_class.route not in (Page.route, RoutablePageMixin.route):
            return None  # a page type with routing of its own: Wagtail knows best
        if issubclass(page_class, RoutablePageMixin) and page.live:
            # The page's own addresses come before its children's, as in RoutablePageMixin.route.
            subpath = "/" + "".join(f"{part}/" for part in components[level:])
            try:
                page_class.get_resolver().resolve(subpath)
            except Http404:
                continue
            page = specific_in_chain(chain, level)
            match = page.resolve_subpage(subpath)
            request.routable_resolver_match = match
            view, args, kwargs = match
            return RouteResult(page, args=(view, args, kwargs))
    if len(chain) != len(components) + 1 or not chain[-1].live:
        return None
    return RouteResult(specific_in_chain(chain, len(chain) - 1))


def pages_along(root_path, components):
    """The pages whose addresses begin this one and exist, shallowest first. A route of a routable page
    (a theme's address) finds its page and stops there; a made-up address is remembered too, so that
    a scanner's retries cost no query."""
    addresses = [root_path + "".join(f"{part}/" for part in components[:depth]) for depth in range(len(components) + 1)]

    return cached(f"route:{addresses[-1]}", lambda: list(Page.objects.filter(url_path__in=addresses).order_by("depth")))


def localized_root_path(request):
    """The address of the site's home page in the active language, when that page is live."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk and root.language_code == language:
            return root.root_path
    return None


def is_one_branch(chain):
    """Whether the pages go down one branch of the tree, one level at a time."""
    if not chain:
        return False
    pairs = itertools.pairwise(chain)
    return all(child.depth == parent.depth + 1 and child.path.startswith(parent.path) for parent, child in pairs)


def specific_in_chain(chain, level):
    """The specific page at this level, with its ancestors and locale already known (no more queries)."""
    page = chain[level].specific
    if level:
        page._cached_parent_obj = chain[level - 1]
    page._route_chain = chain[: level + 1]
    locale = locale_by_id(page.locale_id)
    if locale is not None:
        page.locale = locale
    chain[level] = page
    return page
