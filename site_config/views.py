"""Responses of the site as a whole, not of any page: the old favicon address and the server-fault pages."""

import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseServerError
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.http import require_GET

RETRY_AFTER = 30  # seconds: a database restart takes about ten


@require_GET
def favicon(request):
    """Old browsers ask for /favicon.ico whatever the page says; send them to the real icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def server_error(request):
    """The 500 page, in the language of the address; it needs neither the database nor a page.

    When the fault is the database (restarting, unreachable), the page says the site is back in a moment
    and answers 503 with Retry-After: a shared cache then keeps serving what it holds (stale-if-error).
    """
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    unavailable = isinstance(sys.exc_info()[1], DatabaseError)
    with translation.override(language):
        html = render_to_string(
            "503.html" if unavailable else "500.html", {"LANGUAGE_CODE": language, "home_url": f"/{language}/"}
        )
    if not unavailable:
        return HttpResponseServerError(html)
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response
