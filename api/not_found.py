"""API addresses that find nothing answer a JSON 404, not a redirect to /fr/api/….

Django's LocaleMiddleware turns a 404 outside the language prefixes into a redirect to the same path under
/fr/ whenever that path would resolve, and the site's catch-all page route resolves every path. It decides
with the request's urlconf: the API's answers name a urlconf of the API alone, which has no language
prefixes, so their 404s reach the partner as they are.
"""

from functools import wraps

from django.http import JsonResponse

API_URLCONF = "api.urlconf"


def without_language_redirect(view):
    @wraps(view)
    def answer(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        request.urlconf = API_URLCONF
        return response

    return answer


@without_language_redirect
def unknown_address(request, rest=""):
    return JsonResponse({"message": "unknown address: the endpoints are pages/, themes/ and glossary/"}, status=404)
