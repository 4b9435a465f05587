"""The API alone, as a urlconf: named by API answers so that their 404s are not redirected (not_found.py)."""

from django.urls import include, path

urlpatterns = [path("api/v2/", include("api.urls"))]
