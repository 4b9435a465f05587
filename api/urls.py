"""/api/v2/: pages (series and episodes), themes and glossary terms; any other address is a JSON 404."""

from django.urls import re_path

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .cache import cached_until_next_publish
from .endpoints import GlossaryTermsEndpoint, ThemesEndpoint
from .not_found import unknown_address, without_language_redirect
from .pages import PagesEndpoint

router = WagtailAPIRouter("partner_api")
router.register_endpoint("pages", PagesEndpoint)
router.register_endpoint("themes", ThemesEndpoint)
router.register_endpoint("glossary", GlossaryTermsEndpoint)

app_name = router.url_namespace
urlpatterns = decorate_urlpatterns(router.get_urlpatterns(), cached_until_next_publish)
urlpatterns = decorate_urlpatterns(urlpatterns, without_language_redirect)
# Only addresses ending in a slash: Django's CommonMiddleware adds the slash to the others (pages/8 → pages/8/).
urlpatterns += [re_path(r"^(?P<rest>(?:.*/)?)$", unknown_address)]
