"""The site's addresses with Wagtail's own serve view where the site uses caching/routing.py.

Used by bench/routing_ab.py (as bench.wagtail_routing_urls) to measure what the routing shortcut saves.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls

from search import views as search_views
from series import views as series_views
from site_config.urls import urlpatterns as site_urlpatterns

# The plain addresses (sitemap, robots, health), then the public pages as Wagtail routes them.
urlpatterns = [pattern for pattern in site_urlpatterns if not hasattr(pattern, "url_patterns")]
urlpatterns += i18n_patterns(
    path(_("recherche/"), search_views.search, name="search"),
    path(_("themes/<slug:slug>/"), series_views.theme_page, name="theme"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
