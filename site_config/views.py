"""Responses of the site as a whole, not of any page: the old favicon address and the server-fault page."""

from django.conf import settings
from django.http import HttpResponsePermanentRedirect, HttpResponseServerError
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.http import require_GET


@require_GET
def favicon(request):
    """Old browsers ask for /favicon.ico whatever the page says; send them to the real icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def server_error(request):
    """The 500 page, in the language of the address; it needs neither the database nor a page."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string("500.html", {"LANGUAGE_CODE": language, "home_url": f"/{language}/"})
    return HttpResponseServerError(html)
