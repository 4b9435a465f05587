from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api import urls as api_urls
from caching import routing
from comments import views as comment_views
from home import views as home_views
from home.sitemaps import LocalizedSitemap
from search import views as search_views
from series import views as series_views

from . import views as site_views
from .health import healthz

urlpatterns = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz/", healthz, name="healthz"),
    path("favicon.ico", site_views.favicon),
    path("api/v2/", include(api_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if getattr(settings, "SERVE_MEDIA", False):
    from django.views.static import serve as serve_file

    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns += [re_path(rf"^{media_prefix}/(?P<path>.*)$", serve_file, {"document_root": settings.MEDIA_ROOT})]

# Wagtail's serve pattern, routed faster, but for Wagtail's own views under _util/ (a private page's
# password form and login), which its URLs put first.
FAST_SERVE_PATTERN = r"^(?!_util/)" + wagtail_urls.serve_pattern.removeprefix("^")

# Public pages live under /fr/ and /en/; LocaleMiddleware redirects "/" by Accept-Language.
urlpatterns += i18n_patterns(
    path(_("recherche/"), search_views.search, name="search"),
    path(_("themes/"), series_views.theme_index, name="themes"),
    path(_("themes/<slug:slug>/"), series_views.theme_page, name="theme"),
    re_path(
        r"^(?P<path>(?:[\w-]+/)+)(?P<name>captions|transcription)\.(?P<language>[a-z]{2})\.(?P<extension>vtt|srt|txt)$",
        series_views.transcript_file,
        name="transcript_file",
    ),
    # A comment's form and its ticket, outside the cached episode page (comments/protection.py).
    path(_("commentaires/<int:episode_id>/"), comment_views.comment_form, name="comment_form"),
    path(_("commentaires/<int:episode_id>/jeton/"), comment_views.ticket, name="comment_ticket"),
    re_path(FAST_SERVE_PATTERN, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "site_config.views.server_error"
