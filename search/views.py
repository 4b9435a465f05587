"""Site search in the visitor's language, over live public pages only."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from series.models import Theme

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Drop control characters (NUL included) and cap the length."""
    printable = "".join(char for char in raw if char.isprintable() or char == " ")
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=locale).specific()
        results = pages.search(query)

    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        results_page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        results_page = paginator.page(1)
    except EmptyPage:
        results_page = paginator.page(paginator.num_pages)

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_results": results_page,
            "themes": Theme.objects.filter(locale=locale) if not query else Theme.objects.none(),
        },
    )
